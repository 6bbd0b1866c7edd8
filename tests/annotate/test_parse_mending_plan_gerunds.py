"""A gerund of planning read as a compound of the act noun it opens (annotate/
parse_mending_plan_gerunds.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_planning_gerund_takes_the_act_noun_as_its_object(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A student confessed to planning attacks against the embassy.")
    gerund = next(t for t in doc if t.lower_ == "planning")
    noun = next(t for t in doc if t.lower_ == "attacks")
    assert gerund.tag_ == "VBG" and gerund.dep_ == "pcomp"
    assert noun.head.i == gerund.i and noun.dep_ == "dobj"


def test_the_acts_planned_are_ahead_and_the_planner_does_them(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "A student confessed to planning attacks against the embassy."), "attacks"
    )
    assert has(ev.actors, "student") and has(ev.targets, "embassy")
    assert ev.future or ev.hypothetical


def test_a_planning_noun_modifier_keeps_its_reading(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The planning meetings were held in Paris.")
    assert next(t for t in doc if t.lower_ == "planning").dep_ != "pcomp"
