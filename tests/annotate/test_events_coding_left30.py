"""Leftovers of round 30 (vocabulary 1.254.0, modality 1.95.0, roles 1.62.0): troops or police
sent are a deployment, people freed by rescuers or from rubble are rescued, a utility
restored is a repair, a plane or a pipeline exploding is an accident, an act a suspicion names
is alleged, an act after "without" is not done, and the first minister to resign is the one
who resigns; the political or military sense of the same words still stands."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # troops, soldiers, forces or police sent are deployed
        ("The government sent troops to the border on Monday.", "sent", ["MOBILIZE/troops"]),
        ("The army sent soldiers into the northern province.", "sent", ["MOBILIZE/troops"]),
        ("Moscow sent forces to the region.", "sent", ["MOBILIZE/troops"]),
        ("Washington dispatched two warships to the gulf.", "dispatched", ["MOBILIZE/troops"]),
        ("The ministry sent police to the square.", "sent", ["MOBILIZE/police"]),
        # aid, doctors and food sent stay aid; peacekeepers stay peacekeeping
        ("France sent doctors and food to the refugee camps.", "sent", ["AID/None"]),
        ("Japan sent 300 troops to help the flood victims.", "sent", ["AID/None"]),
        ("The UN sent peacekeepers to the region.", "sent", ["AID/peacekeeping"]),
        # people freed by rescuers, or from rubble or a lift, are rescued
        ("Firefighters freed two people trapped in the rubble.", "freed", []),
        ("Rescuers freed a man trapped in a lift for six hours.", "freed", []),
        ("Neighbours freed the boy from the wreckage.", "freed", []),
        # hostages and prisoners freed stay a release
        ("Rebels freed 20 hostages on Sunday.", "freed", ["RETREAT/release"]),
        ("The army freed the prisoners from the camp.", "freed", ["RETREAT/release"]),
        ("The government released 300 political prisoners.", "released", ["RETREAT/release"]),
        # places of custody are no traps (version 1.258.3)
        (
            "He was released from the County House of Correction in 2008.",
            "released",
            ["RETREAT/release"],
        ),
        (
            "The opposition leader was freed from house arrest on Monday.",
            "freed",
            ["RETREAT/release"],
        ),
        # a utility, power or a network put back is a repair
        ("The company said normal service may not be restored until Friday.", "restored", []),
        ("Power was restored to the city on Tuesday.", "restored", []),
        ("Rail operators said the network would be restored by Monday.", "restored", []),
        # a service a state had cut stays a concession; ties restored stay
        ("The authorities restored internet access in the region.", "restored", ["CONCEDE/None"]),
        (
            "The government restored mobile internet service after the protests.",
            "restored",
            ["CONCEDE/None"],
        ),
        ("The two countries restored diplomatic ties.", "restored", ["SUPPORT/recognize"]),
        # a plane, a pipeline or a plant exploding is an accident
        ("The plane exploded shortly after take-off.", "exploded", []),
        ("The gas pipeline exploded on Monday.", "exploded", []),
        ("An explosion at a fireworks factory shook the town.", "explosion", []),
        # a bomb or a device exploding stays a bombing
        ("A car bomb exploded near the market.", "exploded", ["ASSAULT/explosives"]),
        ("A device exploded outside the police station.", "exploded", ["ASSAULT/explosives"]),
    ],
)
def test_left30codings(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


def test_bombing_has_no_actor_unless_named(nlp) -> None:  # type: ignore[no-untyped-def]
    blast = by_trigger(events(nlp, "A bomb exploded outside the embassy."), "exploded")
    assert (blast.type, blast.actors) == ("ASSAULT", ())
    named = by_trigger(events(nlp, "Rebels detonated a car bomb in the capital."), "detonated")
    assert [a.text for a in named.actors] == ["Rebels"]


@pytest.mark.parametrize(
    "text",
    [
        "Police detained him on suspicion he attacked a guard.",
        "Police detained him on suspicion of attacking a guard.",
        "Police arrested him on charges of beating a prisoner.",
    ],
)
def test_act_a_suspicion_names_is_alleged(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = events(nlp, text)
    act = next(e for e in found if e.type == "ASSAULT")
    assert act.hypothetical and not act.negated
    arrest = next(e for e in found if e.type == "COERCE")
    assert not arrest.hypothetical


def test_definite_act_in_a_suspicion_is_the_suspects_alleged_act(nlp) -> None:  # type: ignore[no-untyped-def]
    """(was: done, no doer; the lead's ruling of the 35th session: the one arrested on
    suspicion is its alleged doer, the act flagged hypothetical; modality 1.119.0)"""
    found = events(nlp, "He was arrested on suspicion of the murder of the mayor.")
    assert by_trigger(found, "murder").hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The government acted without consultation with its allies.", "consultation"),
        ("The minister decided without consultation with the unions.", "consultation"),
        ("The army withdrew without firing a shot.", "firing"),
    ],
)
def test_act_after_without_is_not_done(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    found = events(nlp, text)
    assert by_trigger(found, trigger).negated
    if trigger == "firing":
        assert not by_trigger(found, "withdrew").negated


def test_bare_consultation_without_stays_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, "The plan went ahead without consultation.", "consultation") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Smith was the first minister to resign.", "Smith"),
        ("Jones became the second official to resign over the scandal.", "Jones"),
    ],
)
def test_ranked_one_does_the_infinitive(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    resign = by_trigger(events(nlp, text), "resign")
    assert resign.type == "RETREAT"
    assert [a.text for a in resign.actors] == [actor]


def test_calls_to_quit_name_no_quitter(nlp) -> None:  # type: ignore[no-untyped-def]
    quit_ = by_trigger(events(nlp, "Karamanlis has dismissed calls to quit."), "quit")
    assert quit_.actors == () and quit_.hypothetical


def test_scarcely_without_is_no_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    found = events(nlp, "Hardly a day passes without an attack on the convoy.")
    assert not by_trigger(found, "attack").negated
    found = events(nlp, "The rebels did not give up the town without a fight.")
    assert by_trigger(found, "give").negated


def test_allegation_found_true_tells_the_act_done(nlp) -> None:  # type: ignore[no-untyped-def]
    found = events(nlp, "Jurors found true the allegations of murder of a police officer.")
    assert not by_trigger(found, "murder").hypothetical
