"""Custody pronouns ("he was held") across sentences, on texts written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_chain_of_custody_pronouns_stays_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Colonel Anton Brel left for Lisbon on Sunday to live in exile.\n\n"
        "He had served the president Ivo Marek for a decade.\n\n"
        "Marek later called Marek's critics traitors.\n\n"
        "Marek dismissed the army chief.\n\n"
        "Marek praised the police.\n\n"
        "Marek attacked the press.\n\n"
        "Marek, who never served in the army, viewed him as a rival.\n\n"
        "In 2019 he was arrested by military agents.\n\n"
        "Later he was charged with treason.\n\n"
        "He spent four years at a military prison."
    )
    evs = events(nlp, text)
    spent = next(e for e in evs if e.trigger.startswith("spent"))
    assert has(spent.targets, "Brel"), [p.text for p in spent.targets]
