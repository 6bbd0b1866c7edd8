"""Leftovers noticed on real news, round 33 (vocabulary 1.280.0, roles 1.75.0, modality
1.102.0): charges dropped are a concession as in Spanish; a workers' strike announced by a
pronoun's speaker; a firm in a compound's own modifier is an affiliation; a scandal's abuses, a
battle between firms, a rule of one's own relaxed and a commitment affirmed are no events; a
purpose disowned in the past does not negate the act. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Prosecutors dropped the charges against the journalist.", "dropped", "journalist"),
        ("The state withdrew the charges against the two activists.", "withdrew", "activists"),
        ("The court lifted the charges against the former minister.", "lifted", "minister"),
        ("A judge dismissed the charges against the mayor.", "dismissed", "mayor"),
        ("The charges against John Smith were dropped last week.", "dropped", "John Smith"),
    ],
)
def test_charges_dropped_concede_081(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert (event.type, event.mode, event.cameo) == ("CONCEDE", None, "081")
    assert any(target in t.text for t in event.targets)


def test_other_drops_stay(nlp) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, "Police charged him with fraud.", "charged") == ["ACCUSE/charge"]
    assert not codings(nlp, "The company dropped its bid for the rival.", "dropped")


@pytest.mark.parametrize(
    "text",
    [
        "The truckers announced they will strike on Monday.",
        "The teachers said they would strike if talks failed.",
        "The union said its members will strike next week.",
    ],
)
def test_announced_strike_is_a_labour_strike(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, "strike") == ["PROTEST/strike"]


def test_armed_strike_stays_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, "The rebels warned they would strike again.", "strike") == ["ASSAULT/None"]
    event = by_trigger(events(nlp, "The truckers announced they will strike on Monday."), "strike")
    assert event.future


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A former Acme Foods company employee was arrested on Tuesday.", "arrested"),
        ("Police arrested a former Boeing company engineer.", "arrested"),
    ],
)
def test_firm_in_compound_is_affiliation(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, text, trigger)
    assert len(targets) == 1 and targets[0].endswith(("employee", "engineer")), targets


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Watergate abuses led to new laws.", "abuses"),
        ("The studio battled the magazine for months.", "battled"),
        ("The battle between Paramount and the magazine dragged on for a year.", "battle"),
        ("A battle is going on between a publisher and a rival network.", "battle"),
        ("The government is relaxing the law on street trading.", "relaxing"),
        ("The statement affirms the administration's commitment to free trade.", "commitment"),
    ],
)
def test_not_events(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not codings(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "coding"),
    [
        ("Guards abused the prisoners at the jail.", "abused", "ASSAULT/torture"),
        ("Rebels battled government troops near the border.", "battled", "ASSAULT/None"),
        (
            "Under pressure from protesters, the government relaxed the curfew law.",
            "relaxed",
            "CONCEDE/None",
        ),
    ],
)
def test_kept(nlp, text: str, trigger: str, coding: str) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == [coding]


def test_disowned_purpose_keeps_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    hit = by_trigger(events(nlp, "The bullet was not meant to hit the girl."), "hit")
    assert not hit.negated
    # a person's intent denied is a plea that leaves the act untold ("never intended to harm
    # her": no harm is told), so it stays negated (modality 1.102.1)
    harm = by_trigger(events(nlp, "The man never intended to harm the senator."), "harm")
    assert harm.negated
    shot = by_trigger(events(nlp, "The soldier did not mean to shoot the boy."), "shoot")
    assert shot.negated
    # a purpose denied now is still of an act not done
    attack = by_trigger(events(nlp, "The army does not intend to attack the rebels."), "attack")
    assert attack.negated
