"""Shapes of a sentence that tell an act's mood (annotate/events_modality_shapes.py), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The rebel group issued a statement vowing to resume the war and condemning the "
            "government's offer.",
            "condemning",
        ),
        (
            "The militia released a video promising to resume attacks and denouncing the "
            "president's plan.",
            "denouncing",
        ),
    ],
)
def test_a_gerund_beside_an_infinitive_is_not_vowed(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """A gerund the parser hangs as a conjunct of the infinitive an intent word takes stands
    beside the intent word: done, not announced."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.future and not ev.hypothetical and not ev.negated


def test_the_vowed_infinitive_stays_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebel group issued a statement vowing to attack the capital and condemning the offer."
    )
    assert by_trigger(events(nlp, text), "attack").future


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The government vowed to crack down on the militants for a string of bombings.",
            "bombings",
        ),
        ("The minister promised to punish the gang for the killings.", "killings"),
        ("The leaders vowed to crackdown on the gangs for a wave of attacks.", "attacks"),
    ],
)
def test_the_deed_a_reaction_is_for_was_done(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.future and not ev.hypothetical and not ev.negated


def test_a_case_verb_keeps_its_deed_alleged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested a man for killing his neighbour."
    assert by_trigger(events(nlp, text), "killing").hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "The opposition accused the police of doing nothing to stop the riots.",
        "The army did nothing to prevent the riots.",
    ],
)
def test_what_nothing_was_done_to_stop_happened(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    riots = by_trigger(evs, "riots")
    assert not riots.negated
    stopping = [e for e in evs if e.trigger.lower() in ("stop", "prevent")]
    assert all(e.negated for e in stopping), [(e.trigger, e.negated) for e in stopping]


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("The envoy said a peace agreement was about to be signed.", True),
        ("Officials said an accord was about to be concluded.", True),
    ],
)
def test_an_agreement_takes_the_mood_of_its_signing(nlp, text: str, future: bool) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.type == "AGREE")
    assert ev.future is future


def test_a_settlement_restated_after_a_comma_is_as_near_as_its_signing(nlp) -> None:  # type: ignore[no-untyped-def]
    # "a deal that would anger Beijing" restates the pact close to being signed (1.195.5)
    text = "The two governments are close to signing a trade pact, a deal that would anger Beijing."
    assert by_trigger(events(nlp, text), "deal").future
    text = "The two governments signed a trade pact on Monday, a deal that will anger Beijing."
    ev = by_trigger(events(nlp, text), "deal")
    assert not (ev.future or ev.hypothetical)


def test_a_settlement_restated_after_a_reporting_clause_is_as_near(nlp) -> None:  # type: ignore[no-untyped-def]
    # read as a bare noun phrase of "said" by the parser (modality 1.195.8)
    text = (
        "France and Chad are close to signing a $2 billion arms plan, an official said "
        "Monday, a deal that could put Paris at odds with Washington."
    )
    assert by_trigger(events(nlp, text), "deal").future
