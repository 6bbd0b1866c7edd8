"""Recipients a Spanish act leaves unnamed (annotate.events_es_recipients): what a protest
is about, told in its manner."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def test_protest_manner_hung_on_a_time_clause_is_the_main_acts(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # (changed in left36es, events-vocab-es 1.162.3: an official's bare "renunció" is now a
    # resignation, and a protest told as its manner is part of it, as "renunciaron en
    # protesta"; the protest noun was the event, with the declarations its target)
    text = (
        "El ministro renunció seis meses después de haber sido nombrado, como protesta por las "
        "declaraciones del presidente."
    )
    evs = events(nlp_es, text)
    ev = by_trigger(evs, "renunció")
    assert (ev.type, ev.mode) == ("RETREAT", "resign") and has(ev.actors, "ministro")
    assert not [e for e in evs if e.type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "La exministra fue acogida en la embajada de Brasil.",
        "Los exministros fueron acogidos en la embajada brasileña.",
    ],
)
def test_a_passive_shelter_in_a_mission_is_given_by_its_state(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "fue acogida en la embajada de Brasil": shelter (AID) its state gives to her."""
    (aid,) = [e for e in events(nlp_es, text) if e.type == "AID"]
    assert any("Bra" in a.text for a in aid.actors) and has(aid.targets, "exministr")


def test_acoger_a_thing_is_no_shelter(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El gobierno acogió la propuesta de los empresarios.")
    assert not [e for e in evs if e.type == "AID"]
