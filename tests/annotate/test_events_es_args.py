"""Arguments of Spanish events (annotate/events_es_args): who a dropped subject stands for.
Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import events, has, one

from chronicler.annotate.events_es import extract_events_es


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "El opositor Tomás Iriarte llegó el sábado a Bogotá. Quito amaneció en calma el "
            "domingo. Fue detenido horas antes en su casa.",
            "arrest",
        ),
        (
            "El dirigente Tomás Iriarte llegó a Bogotá. Lima vivió una jornada tranquila. "
            "Había partido al exilio horas antes.",
            "exile",
        ),
    ],
)
def test_a_capital_as_subject_is_no_person_for_a_later_dropped_subject(
    nlp_es, text: str, mode: str
) -> None:  # type: ignore[no-untyped-def]
    """The small model tags people LOC, so a LOC subject may be a person; a capital the
    country table knows is not ("Quito amaneció en calma"), as a country's name was not."""
    ev = one(events(nlp_es, text, extract=extract_events_es), mode)
    assert has(ev.targets, "Iriarte") and not has(ev.targets, text.split(". ")[1].split()[0])


def test_a_court_named_by_its_city_is_the_court_not_the_city(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp_es, "Un tribunal de Lima ordenó su detención.", extract=extract_events_es),
        "arrest",
    )
    (court,) = ev.actors
    assert (court.text, court.role, court.country) == ("tribunal de Lima", "judiciary", "PER")


def test_que_standing_for_an_act_is_no_actor_of_its_clause(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "el asilo político que ha solicitado": the parser makes "que" (the asylum) the
    subject of "solicitado"; asylum asks for nothing. The people of "los soldados que
    atacaron" still act."""
    text = "España le otorgará el asilo político que ha solicitado."
    asked = [e for e in events(nlp_es, text, extract=extract_events_es) if e.type == "REQUEST"]
    assert asked and not any(has(e.actors, "asilo") for e in asked)
    text = "Los soldados que atacaron el pueblo fueron detenidos."
    attack = next(e for e in events(nlp_es, text, extract=extract_events_es) if e.type == "ASSAULT")
    assert has(attack.actors, "soldados")
