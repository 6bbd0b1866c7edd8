"""Who does a trigger's act, for the rules' `doers` condition (annotate/events_doer_words.py),
on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_participle_clause_shares_the_main_clauses_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    # vocabulary 1.378.4: pirates seizing ships hijack them (`seize-craft-armed`, by `doers`)
    text = "Armed pirates have grown bolder this year, seizing a number of cargo ships."
    assert by_trigger(events(nlp, text), "seizing").type == "ASSAULT"


def test_a_coast_guard_seizing_boats_still_seizes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The coast guard patrolled the bay, seizing two fishing boats."
    assert by_trigger(events(nlp, text), "seizing").type == "COERCE"
