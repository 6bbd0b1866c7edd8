"""Precision round 30 on ECB+ news (vocabulary 1.247.0, modality 1.93.0): medical life
support, a livelihood searched for, a plan named by its field and an act that looms are no
events; a noun coordinated with a light verb's object shares its maker; a statement's polite
wish performs what it says. The political sense of the same words still is an event."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _types(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # medical life support is no backing
        ("Doctors said the former president remains on life support.", "support", []),
        ("His sons agreed to take him off life support on Sunday.", "support", []),
        ("The president won the support of the army.", "support", ["SUPPORT"]),
        # a livelihood searched for is no search by a force
        ("The family moved from town to town in search of work.", "search", []),
        ("Thousands crossed the border in search of jobs and a better life.", "search", []),
        ("Police carried out a search of his flat and seized two rifles.", "search", ["COERCE"]),
        # a plan named by its field is no agreement
        ("The company unveiled a new business plan on Monday.", "plan", []),
        # a plan to aid another party stays (vocabulary 1.300.0)
        ("The government unveiled a rescue plan for the banks.", "plan", ["AGREE"]),
        # an act that threatens with nothing threatened looms: no threat made
        ("He checked himself into a clinic whenever prosecutions threatened.", "threatened", []),
        ("The rebels threatened to attack the town.", "threatened", ["THREATEN"]),
        ("The union threatened a strike.", "threatened", ["THREATEN"]),
        # working land or sea a regulator allows is a land-use rule, no concession
        ("The government allowed logging in the national forest.", "allowed", []),
        ("The ministry allowed fishing in the bay.", "allowed", []),
        ("The junta allowed international observers to monitor the vote.", "allowed", ["CONCEDE"]),
        # what a requirement demands, told by its infinitive, is a case it covers
        (
            "The requirement to consult with scientists before building dams is crucial.",
            "consult",
            [],
        ),
        ("The minister consulted with scientists before the vote.", "consulted", ["CONSULT"]),
        # a name or a memory invoked is a figure of speech, no appeal
        ("The senator invoked the memory of the slain civil rights leader.", "invoked", []),
        ('He was known as "Chin," and his moniker was often invoked by rivals.', "invoked", []),
        # information volunteered is told, no promise
        ("The informant did not want to volunteer much information.", "volunteer", []),
        ("The rebels offered a ceasefire to the government.", "offered", ["AGREE"]),
        # persecution is repression
        ("Thousands fled persecution by the regime.", "persecution", ["COERCE"]),
        ("The regime persecuted religious minorities for decades.", "persecuted", ["COERCE"]),
    ],
)
def test_senses_round30(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text, trigger) == expected


def test_a_nouns_conjunct_shares_its_light_verbs_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "made threats and demands": the maker is the actor of both, and the demands are
    another act, not what the threats threaten."""
    evs = events(nlp, "The rebel leader made threats and demands on state radio.")
    demands = by_trigger(evs, "demands")
    assert [a.text for a in demands.actors] == ["rebel leader"]
    assert not demands.hypothetical
    warnings = by_trigger(
        events(nlp, "The minister issued threats and warnings to the protesters."), "warnings"
    )
    assert [a.text for a in warnings.actors] == ["minister"]
    assert not warnings.hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He checked himself into a clinic whenever prosecutions threatened.", "prosecutions"),
        ("A general strike looms over the capital.", "strike"),
        ("Workers braced for the looming strike.", "strike"),
    ],
)
def test_an_act_that_looms_is_to_come(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).future


def test_the_protests_that_threaten_something_are_told(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The protests threatened the stability of the government.")
    assert not by_trigger(evs, "protests").future


def test_a_statements_polite_wish_performs_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Police would like to thank the residents", "the family wishes to thank": performed in
    the statement whoever says it; "he wished to thank" (past) and "wants to" stay as they are,
    and the act a performed condemnation takes is no longer hypothetical."""
    text = '"Thames Valley Police would like to thank residents for their patience."'
    thanks = by_trigger(events(nlp, text), "thank")
    assert not thanks.hypothetical and not thanks.future
    family = by_trigger(events(nlp, "The family wishes to thank the rescuers."), "thank")
    assert not family.hypothetical and not family.future
    assert by_trigger(
        events(nlp, "He wished to thank the nurses but left before he could."), "thank"
    ).future
    assert by_trigger(
        events(nlp, "The senator wants to thank the voters next week."), "thank"
    ).future
    attack = by_trigger(
        events(nlp, '"We would like to condemn the attack on the embassy."'), "attack"
    )
    assert not attack.hypothetical
