"""Spanish leftovers of the thirty-fourth session (left34g): an armed force in the "de"-phrase
of an offensive launches it; acts told in a relative clause on a launched attack are its
makers'; the act a call urges is no target of the call; the ones called to rise rise, ahead."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def test_an_armed_force_launches_the_offensive(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Doce rebeldes murieron en una ofensiva del ejército en la sierra."
    offensive = by_trigger(events(nlp_es, text), "ofensiva")
    assert has(offensive.actors, "ejército")
    assert not has(offensive.targets, "ejército")
    invaded = by_trigger(events(nlp_es, "La invasión de Irak comenzó en marzo."), "invasión")
    assert not has(invaded.actors, "Irak")


def test_arrests_in_a_launched_attack_are_its_makers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El ejército lanzó una ofensiva en la que fueron detenidos veinte sospechosos."
    arrest = by_trigger(events(nlp_es, text), "detenidos")
    assert [p.text for p in arrest.actors] == ["ejército"]
    text = "Los vecinos denunciaron una ofensiva en la que fueron detenidos veinte jóvenes."
    assert not by_trigger(events(nlp_es, text), "detenidos").actors


def test_the_act_called_for_is_no_target_of_the_call(nlp_es) -> None:  # type: ignore[no-untyped-def]
    call = by_trigger(events(nlp_es, "La central instó a una huelga general."), "instó")
    assert not has(call.targets, "huelga")
    text = "La central instó a los docentes a una huelga general."
    assert has(by_trigger(events(nlp_es, text), "instó").targets, "docentes")


def test_the_ones_called_to_rise_rise_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El caudillo llamó a los indígenas a levantarse contra el gobierno."
    rising = by_trigger(events(nlp_es, text), "levantarse")
    assert [p.text for p in rising.actors] == ["indígenas"]
    assert rising.future and not rising.hypothetical
    text = "La federación convocó a los mineros a marchar hacia la capital."
    march = by_trigger(events(nlp_es, text), "marchar")
    assert has(march.actors, "mineros") and march.future
    risen = by_trigger(events(nlp_es, "Los indígenas se levantaron contra el gobierno."),
                       "levantaron")  # fmt: skip
    assert not risen.future
