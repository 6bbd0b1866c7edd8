"""The sides of a Spanish meeting or agreement noun named by "entre" (events_es_mutual_sides),
on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, has

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "first", "second"),
    [
        ("Las negociaciones entre el gobierno y los rebeldes fracasaron.", "negociaciones",
         "gobierno", "rebeldes"),
        ("La reunión entre el presidente y los sindicatos terminó sin resultados.", "reunión",
         "presidente", "sindicatos"),
        ("Fracasa negociación entre gobierno y maestros en paro", "negociación", "gobierno",
         "maestros"),
    ],
)  # fmt: skip
def test_the_sides_between_whom_a_meeting_is_held(
    nlp_es, text: str, trigger: str, first: str, second: str
) -> None:  # type: ignore[no-untyped-def]
    """ "las negociaciones entre el gobierno y los rebeldes": the side named first is the
    actor, the other the target (was neither)."""
    meeting = by_trigger(es_events(nlp_es, text), trigger)
    assert has(meeting.actors, first) and has(meeting.targets, second)


def test_the_parties_of_an_agreement_between_them(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "un acuerdo entre el gobierno y el FMI": both parties agree (was no party)."""
    text = "Los vecinos protestaron contra un acuerdo entre el gobierno y el FMI."
    agreement = by_trigger(es_events(nlp_es, text), "acuerdo")
    assert has(agreement.actors, "gobierno")
    assert has(agreement.actors, "FMI") or has(agreement.targets, "FMI")


@pytest.mark.parametrize(
    "text",
    [
        "Hubo una reunión entre semana en el ministerio.",
        "El gobierno firmó un acuerdo entre otras medidas.",
    ],
)
def test_no_sides_where_entre_names_no_parties(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "entre semana", "entre otras medidas" name no one."""
    for event in es_events(nlp_es, text):
        assert not has(event.actors, "semana") and not has(event.targets, "semana")
        assert not has(event.targets, "medidas")
