"""Spanish leftovers of the forty-second session (es42): a number locution "a lo sumo" with the
personal "a" fixed to it; goods read as a name are no owner of the thing looted.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Detuvieron a lo sumo a diez personas.", "detuvieron", "personas"),
        (
            "La policía detuvo a lo sumo a diez personas durante la protesta.",
            "detuvo",
            "personas",
        ),
        ("La policía golpeó a lo sumo a tres periodistas.", "golpeó", "periodistas"),
    ],
)
def test_a_locution_with_the_personal_a_fixed_to_it_keeps_the_target(
    nlp_es,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
    target: str,
) -> None:
    ev = by_trigger(events(nlp_es, text), trigger)
    assert [t.text for t in ev.targets] == [target], text


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Los manifestantes saquearon un camión de whisky.", "saquearon", "camión de whisky"),
        ("Los saqueadores asaltaron una bodega de champán.", "asaltaron", "bodega de champán"),
        # a name written with its capital, and a body, still own the thing
        ("Los manifestantes saquearon un bus de Transmilenio.", "saquearon", "Transmilenio"),
        ("Los manifestantes saquearon un camión de la empresa.", "saquearon", "empresa"),
    ],
)
def test_goods_read_as_a_name_are_no_owner_of_the_thing(
    nlp_es,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
    target: str,
) -> None:
    ev = by_trigger(events(nlp_es, text), trigger)
    assert [t.text for t in ev.targets] == [target], text


@pytest.mark.parametrize(
    "text",
    [
        "El embajador acudió el sábado a un hospital infantil a hacer una donación y fue "
        "recibido por protestas.",
        "El alcalde viajó a la capital para entregar una donación y fue recibido por protestas.",
    ],
)
def test_a_trips_purpose_yields_the_lead_to_an_act_done(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert next(e for e in evs if e.main).type == "PROTEST", text
    aid = by_trigger(evs, "donación")
    assert aid.future and not aid.main, text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the purpose alone: it leads
        ("Los campesinos viajaron a la capital para protestar contra la ley.", "protestar"),
        ("El presidente viajó a Cuba a firmar un acuerdo comercial.", "firmar"),
    ],
)
def test_a_trips_purpose_told_alone_still_leads(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert next(e for e in events(nlp_es, text) if e.main).trigger.lower().startswith(trigger)
