"""Spanish leftovers of the fortieth session (es41): a number's bounding locution before a
personal object ("detuvo al menos a diez manifestantes"), a bare count of people as a party
("Miles llegan ... para exigir"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("La policía detuvo al menos a diez manifestantes.", "detuvo", "manifestantes"),
        (
            "La policía detuvo al menos a diez manifestantes en la plaza central.",
            "detuvo",
            "manifestantes",
        ),
        ("Los soldados mataron al menos a tres campesinos.", "mataron", "campesinos"),
        ("La policía arrestó a por lo menos veinte estudiantes.", "arrestó", "estudiantes"),
        ("La policía detuvo a cuando menos treinta personas.", "detuvo", "personas"),
        ("La policía dispersó al menos a doscientos manifestantes.", "dispersó", "manifestantes"),
    ],
)
def test_a_bounding_locution_before_the_personal_object_keeps_the_target(
    nlp_es,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
    target: str,
) -> None:
    ev = by_trigger(events(nlp_es, text), trigger)
    assert [t.text for t in ev.targets] == [target], text


def test_a_locution_of_place_is_still_no_personal_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "a lo largo de" is a preposition of its own, no bounding locution."""
    text = "La policía detuvo a lo largo de la avenida a tres estudiantes."
    ev = by_trigger(events(nlp_es, text), "detuvo")
    assert "avenida" not in [t.text for t in ev.targets]


@pytest.mark.parametrize(
    ("text", "trigger", "count"),
    [
        ("Cientos marcharon contra el gobierno.", "marcharon", "Cientos"),
        ("Centenares protestaron frente al Congreso.", "protestaron", "Centenares"),
        (
            "Miles llegan a la capital para exigir la dimisión del gobernador.",
            "exigir",
            "Miles",
        ),
    ],
)
def test_a_bare_count_of_people_is_the_crowd_acting(
    nlp_es, text: str, trigger: str, count: str
) -> None:  # type: ignore[no-untyped-def]
    """A count with no "de"-phrase stands for the people it counts: the actor, civilians."""
    ev = by_trigger(events(nlp_es, text), trigger)
    assert [(a.text, a.role) for a in ev.actors] == [(count, "civilians")], text


def test_a_bare_count_of_people_undergoes_an_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, "La policía detuvo a decenas durante la protesta."), "detuvo")
    assert [(t.text, t.role) for t in ev.targets] == [("decenas", "civilians")]


def test_a_count_naming_its_people_keeps_them(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Miles de campesinos": the peasants, as before; money counted is no one."""
    ev = by_trigger(
        events(nlp_es, "Miles de campesinos marcharon contra el gobierno."), "marcharon"
    )
    assert [a.text for a in ev.actors] == ["campesinos"]
    assert not events(nlp_es, "El gobierno gastó millones en la campaña.")


def test_a_bare_count_is_a_known_party_for_the_unseen_fallback(nlp_es, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With "exigir" left out of the vocabulary (every module reading the reduced one, as the
    leave-lemma-out bench does), the fallback's demand by "Miles" is kept: the crowd is a
    known party, no longer a bare word of no role."""
    import sys

    from chronicler.annotate.events_es_vocab import load_vocab_es

    reduced = load_vocab_es().without_trigger("exigir")
    for name, module in list(sys.modules.items()):
        if name.startswith("chronicler.annotate") and (
            getattr(module, "load_vocab_es", None) is load_vocab_es
        ):
            monkeypatch.setattr(module, "load_vocab_es", lambda: reduced)
    text = "Miles llegan a la capital para exigir la dimisión del gobernador."
    ev = by_trigger(events(nlp_es, text), "exigir")
    assert ev.type == "REQUEST" and [a.text for a in ev.actors] == ["Miles"]


@pytest.mark.parametrize(
    "text",
    [
        "El paro subió al 12 por ciento en el último trimestre.",
        "Miles de personas cobran el subsidio de paro.",
        "La tasa de paro bajó en marzo.",
        "El paro registrado descendió en mayo.",
    ],
)
def test_paro_as_unemployment_is_no_strike(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.mode == "strike"], text


@pytest.mark.parametrize(
    "text",
    [
        "Los maestros iniciaron un paro para exigir aumentos salariales.",
        "Los transportistas realizaron un paro contra la tasa de peaje.",
        "El paro de los camioneros afectó el abastecimiento.",
        "El paro nacional de maestros entra en su tercera semana.",
    ],
)
def test_a_strike_with_figures_in_its_phrase_stays_a_strike(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """Only the noun's own head and modifiers tell the jobless count: words deeper in its
    phrase ("aumentos", "tasa") do not."""
    assert by_trigger(events(nlp_es, text), "paro").mode == "strike", text
