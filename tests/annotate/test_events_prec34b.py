"""Senses of news English that are no event (events-vocab 1.307.0, prec34b)."""

from __future__ import annotations

from event_helpers import codings, events


def test_crack_with_a_solved_object_is_no_repression(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "An informant helped the editors crack the bribery scandal.", "crack") == []
    assert codings(nlp, "Detectives finally cracked the case last week.", "cracked") == []
    assert codings(nlp, "Hackers cracked the code within hours.", "cracked") == []


def test_crack_down_stays_repression(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "The government cracked down on protesters.", "cracked") == [
        "COERCE/repress"
    ]


def test_seconds_of_time_are_no_backing(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "The clerks had ten seconds to check each ballot.", "seconds") == []
    assert codings(nlp, "The alarm sounded for thirty seconds.", "seconds") == []


def test_a_label_a_dismissal_puts_is_not_denied(nlp):  # type: ignore[no-untyped-def]
    evs = events(nlp, "The mayor dismissed the break-in as a petty burglary.")
    burglary = [e for e in evs if e.trigger == "burglary"]
    assert burglary and not burglary[0].negated and burglary[0].hypothetical


def test_a_dismissed_report_stays_denied(nlp):  # type: ignore[no-untyped-def]
    evs = events(nlp, "The army dismissed reports of a kidnapping near the border.")
    assert [e.negated for e in evs if e.trigger == "kidnapping"] == [True]


def test_seconding_a_motion_stays_backing(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "The senator seconded the motion to adjourn.", "seconded") == [
        "SUPPORT/None"
    ]
