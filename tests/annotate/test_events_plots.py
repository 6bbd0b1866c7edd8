"""A hostile act planned or plotted is the plotters' act, not yet done, and no statement of
intent to anyone (vocab plan-act, vocab_es plot_intents), on sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import es_events, events, has, one

pytestmark = pytest.mark.slow  # needs the spaCy pipelines (loaded once per session)


def test_a_planned_revolt_is_the_planners_and_no_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The colonels planned a revolt against the president.")
    revolt = one(evs, "uprising")
    assert has(revolt.actors, "colonels") and has(revolt.targets, "president")
    assert revolt.future or revolt.hypothetical
    assert not [e for e in evs if e.type in ("AGREE", "THREATEN")]


def test_a_plan_to_free_prisoners_is_still_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The government plans to release the prisoners.")
    assert [e for e in evs if e.type == "AGREE"]


def test_spanish_a_plotted_rebellion_is_no_threat(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "Los coroneles planearon una rebelión contra el presidente.")
    revolt = one(evs, "uprising")
    assert has(revolt.actors, "coroneles") and revolt.future
    assert not [e for e in evs if e.type in ("AGREE", "THREATEN")]
    evs = es_events(nlp_es, "El gobierno planea liberar a los presos.")
    assert [e for e in evs if e.type == "AGREE"]
