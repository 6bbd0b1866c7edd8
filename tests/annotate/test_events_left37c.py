"""Leftovers of the thirty-seventh session's English audits (left37c): sentences written
for these tests."""

from __future__ import annotations

from event_helpers import events


def test_passive_destruction_by_an_attack_is_one_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    # the thirty-sixth ruling, passive form: no COERCE seize beside the assault
    for text in (
        "The school was destroyed by a bomb attack on Tuesday.",
        "The clinic was destroyed by shelling overnight.",
    ):
        evs = events(nlp, text)
        assert [e.type for e in evs] == ["ASSAULT"], text
        assert [t.text for t in evs[0].targets] in (["school"], ["clinic"])
        assert not evs[0].actors  # the shelling is the act, not its doer


def test_non_events_of_everyday_english(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, trigger in (
        ("Commuters faced long holdups on the motorway after the crash.", "holdups"),
        ("Fans rebelled against the new phone after its launch.", "rebelled"),
        ("They are stealing our dreams, the young activist said.", "stealing"),
        ("The release process for the new app was slow.", "release"),
        ("We are protecting ourselves, the farmer said.", "protecting"),
        (
            "The ambassador delivered champagne to the prime minister to congratulate him.",
            "delivered",
        ),
    ):
        assert not [e for e in events(nlp, text) if e.trigger.lower() == trigger], text


def test_the_acts_those_senses_are_told_apart_from_stay(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, trigger, kind in (
        ("Gunmen staged a holdup at the bank.", "holdup", "COERCE"),
        ("Soldiers rebelled against their commanders.", "rebelled", "ASSAULT"),
        ("The army protected the villagers from the rebels.", "protected", "AID"),
    ):
        assert [e.type for e in events(nlp, text) if e.trigger.lower() == trigger] == [kind]


def test_a_place_in_a_crimes_in_phrase_is_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "A student lost her phone in a robbery in Berlin.")
    robbery = [e for e in evs if e.trigger == "robbery"]
    assert robbery and not robbery[0].actors
    # an act of state authority there stays the state's
    arrest = events(nlp, "A journalist was arrested in Lebanon on Monday.")
    assert [a.text for e in arrest for a in e.actors] == ["Lebanon"]


def test_who_is_to_blame_is_the_accused(nlp) -> None:  # type: ignore[no-untyped-def]
    blame = events(nlp, "Hamas is to blame for the bombing, officials said.")
    assert [(e.type, [a.text for a in e.actors], [t.text for t in e.targets]) for e in blame] == [
        ("ACCUSE", ["officials"], ["Hamas"])
    ]
    active = events(nlp, "The opposition blamed the government for the violence.")
    assert [([a.text for a in e.actors], [t.text for t in e.targets]) for e in active] == [
        (["opposition"], ["government"])
    ]


def test_the_convicted_conspirer_is_the_would_be_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "John Smith went on trial in May. The jury convicted him on charges of conspiring"
        " to murder Mr. Jones.",
        "Smith was convicted of conspiracy to murder a judge.",
    ):
        murder = [e for e in events(nlp, text) if e.trigger == "murder"]
        assert [a.text for a in murder[0].actors] == ["John Smith" if "John" in text else "Smith"]
        assert murder[0].hypothetical  # a conspiracy to murder leaves the murder not done
