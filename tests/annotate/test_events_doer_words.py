"""Who does a trigger's act, for the rules' `doers` condition (annotate/events_doer_words.py),
on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

from chronicler.annotate.events_doer_words import doer_words

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_participle_clause_shares_the_main_clauses_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    # vocabulary 1.378.4: pirates seizing ships hijack them (`seize-craft-armed`, by `doers`)
    text = "Armed pirates have grown bolder this year, seizing a number of cargo ships."
    assert by_trigger(events(nlp, text), "seizing").type == "ASSAULT"


def test_a_coast_guard_seizing_boats_still_seizes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The coast guard patrolled the bay, seizing two fishing boats."
    assert by_trigger(events(nlp, text), "seizing").type == "COERCE"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The judge granted the workers permission to strike.", "worker"),
        ("The union exercised its right to strike.", "union"),
        ("The teachers exercised their right to strike.", "teacher"),
    ],
)
def test_who_is_given_or_holds_a_permission_does_what_it_allows(nlp, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    strike = next(t for t in nlp(text) if t.lower_ == "strike")
    assert doer in doer_words(strike), text


def test_a_right_to_strike_used_by_a_union_is_a_labour_strike(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The union exercised its right to strike."), "strike")
    assert (ev.type, ev.mode) == ("PROTEST", "strike")


@pytest.mark.parametrize(
    ("text", "verb", "doer"),
    [
        ("The car that hit her fled.", "hit", "car"),
        ("The rebels, who attacked the convoy, fled.", "attacked", "rebel"),
        # capitalised, read by lemma as the shared RELATIVE_PRONOUNS are (twins41)
        ("The truck, Which hit the crowd, was stolen.", "hit", "truck"),
    ],
)
def test_a_relative_subject_stands_for_the_noun_its_clause_is_on(  # type: ignore[no-untyped-def]
    nlp, text: str, verb: str, doer: str
) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    assert doer in doer_words(token), text


def test_a_whom_the_parser_makes_a_subject_is_never_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    """twins41: "whom" is in RELATIVE_PRONOUNS, but as the object's case it never stands
    for the doer: the clause's own subject does (was "whom"; the leader, had "whom" stood
    for the noun its clause is on)."""
    token = next(
        t for t in nlp("The leader whom the army detained was freed.") if t.text == "detained"
    )
    words = doer_words(token)
    assert "army" in words and "leader" not in words and "whom" not in words


def test_whom_a_commander_orders_to_act_does_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "ordered his troops to blast the village": the troops blast it, an armed strike at the
    general's command, not criticism (`commanding_verbs`; prec45, vocabulary 1.439.0)."""
    text = "The general ordered his troops to blast the hilltop village."
    ev = by_trigger(events(nlp, text), "blast")
    assert ev.type == "ASSAULT"
    doc = nlp(text)
    assert "troop" in doer_words(next(t for t in doc if t.text == "blast"))


def test_whom_a_speaker_urges_to_blast_a_plan_criticises_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The senator urged her colleagues to blast the budget plan."
    assert by_trigger(events(nlp, text), "blast").type == "ACCUSE"
