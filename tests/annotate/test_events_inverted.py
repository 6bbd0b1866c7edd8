"""Inverted passives and appositions: who underwent the act (events_inverted,
events_participants.appositive_anchor)."""

from __future__ import annotations

import pytest
from event_helpers import events, has, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "Also freed were Evan Gershkovich, Paul Whelan and Vladimir Kara-Murza.",
        "Among those freed were Evan Gershkovich, Paul Whelan and Vladimir Kara-Murza.",
    ],
)
def test_inverted_passive_subject_is_released(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, text), "release")
    assert has(ev.targets, "Gershkovich") and has(ev.targets, "Whelan")
    assert has(ev.targets, "Kara-Murza")


def test_reduced_relative_in_apposition_targets_the_anchor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Also freed was Paul Whelan, a former Marine arrested in Moscow in 2018."
    ev = one(events(nlp, text), "arrest")
    assert has(ev.targets, "Whelan") and not has(ev.targets, "Marine")


def test_relative_clause_in_apposition_targets_the_anchor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ihar Karnei, a journalist for RFE/RL who had been jailed, was released."
    ev = one(events(nlp, text), "imprison")
    assert has(ev.targets, "Karnei") and not has(ev.targets, "RFE")


def test_name_in_apposition_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Police arrested the journalist, Ana Pereira, in Valencia."), "arrest")
    assert has(ev.targets, "Pereira")


def test_names_listed_after_a_plural_noun_and_a_trailing_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Also freed were the opposition politicians Vladimir Kara-Murza and Ilya Yashin"
        " and Paul Whelan, a former Marine arrested in Moscow in 2018."
    )
    evs = events(nlp, text)
    freed = one(evs, "release")
    assert all(has(freed.targets, n) for n in ("Kara-Murza", "Yashin", "Whelan"))
    arrest = one(evs, "arrest")
    assert has(arrest.targets, "Whelan") and not has(arrest.targets, "Marine")
