"""Which way a bare weekday or month points, read from the verb tense of a spaCy parse."""

from __future__ import annotations

import pytest

from chronicler.annotate.nlp import parse_texts
from chronicler.annotate.timex import find_time_expressions

ANCHOR = "2023-06-21"  # a Wednesday: "Monday" is 2023-06-19 behind or 2023-06-26 ahead
BEHIND, AHEAD = "2023-06-19", "2023-06-26"


def _value(nlp, text: str, word: str, language: str = "en") -> str | None:  # type: ignore[no-untyped-def]
    doc = next(parse_texts(nlp, [text]))
    found = [t for t in find_time_expressions(text, ANCHOR, language, doc) if t.text == word]
    assert len(found) == 1, found
    return found[0].value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # a present tense in a full sentence of news tells a scheduled act
        ("The two finance ministers confer privately Monday with the lenders.", "Monday", AHEAD),
        ("The foreign ministers gather in Oslo on Monday for a second round.", "Monday", AHEAD),
        (
            "Lawyers say the ruling may change when the appeal is argued in October.",
            "October",
            "2023-10",
        ),
        # ... but a headline's present tells a past act, and a past tense is past
        ("Soldiers detain opposition leader Monday", "Monday", BEHIND),
        ("The governor visited the flooded villages on Monday.", "Monday", BEHIND),
        ("The union held a rally in May outside the ministry.", "May", "2023-05"),
        # a present perfect is past
        ("The council has approved the budget on Monday.", "Monday", BEHIND),
        # a reported future, an infinitive a plan governs, a time a plan is for
        ("The envoy said she would fly to Nairobi on Monday.", "Monday", AHEAD),
        ("The rebels have agreed to hand over their weapons in September.", "September", "2023-09"),
        ("A second hearing was set for September, the clerk said.", "September", "2023-09"),
        ("The minister is going to resign Monday, aides said.", "Monday", AHEAD),
        ("The strike had been planned to start Monday, but was called off.", "Monday", BEHIND),
        # a participle on a noun tells what was done
        ("The decree, signed Monday by the president, bans the rallies.", "Monday", BEHIND),
    ],
)
def test_tense_of_the_verb_points_a_bare_day(nlp, text: str, word: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _value(nlp, text, word) == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Los dos presidentes se reúnen el lunes en la capital.", "el lunes", AHEAD),
        ("El ministro viajará el lunes a Bogotá para la cumbre.", "el lunes", AHEAD),
        ("El portavoz dijo que el presidente firmaría el decreto el lunes.", "el lunes", AHEAD),
        ("La policía detuvo el lunes a tres manifestantes.", "el lunes", BEHIND),
        ("El congreso del partido está previsto para mayo, dijo su portavoz.", "mayo", "2024-05"),
        # "hasta" a day a deferral runs to: ahead; a stay until it: behind
        ("El tribunal aplazó la audiencia hasta el lunes.", "el lunes", AHEAD),
        ("Los mineros se quedaron en la plaza hasta el lunes.", "el lunes", BEHIND),
    ],
)
def test_spanish_tense_points_a_bare_day(nlp_es, text: str, word: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _value(nlp_es, text, word, "es") == value


def test_without_a_parse_the_window_decides() -> None:
    text = "The two finance ministers confer privately Monday with the lenders."
    assert [t.value for t in find_time_expressions(text, ANCHOR)] == [BEHIND]


def test_a_parse_of_another_text_is_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = next(parse_texts(nlp, ["The two finance ministers confer privately Monday."]))
    text = "The governor will visit the villages Monday."
    assert [t.value for t in find_time_expressions(text, ANCHOR, "en", doc)] == [AHEAD]


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # a plan called off is told in the tense of the calling off
        (
            "The ferry crossing scheduled for Monday was scrapped because of the storm.",
            "Monday",
            BEHIND,
        ),
        (
            "A concert planned at the stadium for Monday was canceled after threats.",
            "Monday",
            BEHIND,
        ),
        ("The ferry crossing scheduled for Monday will be scrapped.", "Monday", AHEAD),
        # a day a deferral runs until lies after it; a mere stay until a day does not
        ("The judge adjourned the hearing until Monday.", "Monday", AHEAD),
        ("Officials postponed until Monday any decision on the permit.", "Monday", AHEAD),
        (
            "The regulator gave the company until November to submit more data.",
            "November",
            "2023-11",
        ),
        ("The protesters stayed until Monday.", "Monday", BEHIND),
        # a possessed day takes a future that marks the clause; a plain past leaves it behind
        ("Officials said Monday's vote would be close.", "Monday", AHEAD),
        ("Turnout at Monday's vote was low.", "Monday", BEHIND),
    ],
)
def test_called_off_plans_deferrals_and_possessed_days(
    nlp, text: str, word: str, value: str
) -> None:  # type: ignore[no-untyped-def]
    assert _value(nlp, text, word) == value


# --- date13 ---


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # a possible act is still to come ...
        ("The court's verdict may come Monday, a lawyer said.", "Monday", AHEAD),
        ("Negotiators might resume the talks on Monday in Geneva.", "Monday", AHEAD),
        # ... unless a perfect puts it behind
        ("The suspect may have crossed the border on Monday.", "Monday", BEHIND),
    ],
)
def test_may_and_might_put_a_bare_day_ahead(nlp, text: str, word: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _value(nlp, text, word) == value


def test_without_a_parse_may_is_ahead_and_a_reported_clause_is_not_read() -> None:
    def values(text: str) -> list[str | None]:
        return [t.value for t in find_time_expressions(text, ANCHOR, "en")]

    assert values("The court's verdict may come Monday.") == [AHEAD]
    assert values("The suspect may have crossed the border Monday.") == [BEHIND]
    # the month "May" is no modal
    assert values("The union marched in May and again on Monday.") == ["2023-05", BEHIND]
    # the cue after "said" belongs to the reported clause, not to the day of saying
    assert values("The minister on Monday said the embargo will be widened.") == [BEHIND]
