"""Senses and moods of Australian and world news English from the forty-fourth session's Lee
corpus audit (prec44, sample lee8): craft destroyed by war machines. Sentences written for
the tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _coded(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{e.type}/{e.mode}" for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    "text",
    [
        "Gunships destroyed the militia's two helicopters near the border.",
        "Warplanes destroyed three rebel boats off the coast.",
        "Army tanks destroyed a government helicopter on the runway.",
    ],
)
def test_a_crewed_craft_a_war_machine_destroys_is_attacked(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(nlp, text, "destroyed") == ["ASSAULT/None"], text


@pytest.mark.parametrize(
    "text",
    ["Tanks destroyed the houses of the militants.", "The storm destroyed the boats."],
)
def test_a_building_or_a_storm_is_no_such_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT/None" not in _coded(nlp, text, "destroyed"), text
