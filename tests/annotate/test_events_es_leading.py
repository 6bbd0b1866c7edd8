"""Which Spanish event leads its sentence (annotate/events_es_leading): a verb of accusing put
after the clause it reports is the clause's source. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import es_events


def _main_trigger(nlp, text: str) -> str:  # type: ignore[no-untyped-def]
    mains = [e.trigger for e in es_events(nlp, text) if e.main]
    assert len(mains) == 1
    return mains[0]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Los manifestantes saquearon varias tiendas, acusó la policía.", "saquearon"),
        ("Los soldados han quemado las casas de los campesinos, denunció el alcalde.", "quemado"),
        ('"Los guardias golpearon a los presos", denunció la organización.', "golpearon"),
    ],
)
def test_a_postposed_accusation_leaves_the_reported_act_leading(
    nlp_es, text: str, act: str
) -> None:  # type: ignore[no-untyped-def]
    """ "X saquearon tiendas, acusó la policía": the police tell the looting, as "dijo la
    policía"; the looting is the sentence's event."""
    assert _main_trigger(nlp_es, text) == act


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("La policía acusó a los manifestantes de saquear tiendas.", "acusó"),
        ("El alcalde denunció que los soldados saquearon varias tiendas.", "denunció"),
        ("Los rebeldes atacarán la ciudad, denunció el alcalde.", "denunció"),
    ],
)
def test_an_accusation_before_its_clause_or_of_an_act_ahead_still_leads(
    nlp_es, text: str, report: str
) -> None:  # type: ignore[no-untyped-def]
    """The accuser named before its verb, a "que"-clause, or an act told ahead ("atacarán"):
    the accusation is the event."""
    assert _main_trigger(nlp_es, text) == report
