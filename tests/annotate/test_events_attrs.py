"""Event attributes (annotate/events_attrs.py) on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_place_in_a_relative_clause_is_its_nouns_not_the_events(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "freed X in exchange for Y, who were serving sentences in Spain": Spain is where Y
    were held, not where X was freed."""
    text = (
        "The junta freed three aid workers in exchange for two officers who were serving "
        "prison terms in Spain."
    )
    assert one(events(nlp, text), "release").location is None
    assert one(events(nlp, "Police arrested the mayor on Monday in Caracas."), "arrest").location


def test_a_reduced_relative_still_places_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The army freed two hostages held by rebels in Peru."), "release")
    assert ev.location == "Peru"
