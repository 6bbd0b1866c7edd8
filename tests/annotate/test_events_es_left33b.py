"""Spanish leftovers noticed in round 33 (es33b): an act named as a time phrase is not
negated with its clause; a strike promoted is organised, no request; a strike called is told
held only by a word about it; an act an anniversary recalls is no event of the report; the
ties restored are no party; a span after "parar" is the strike's length."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("El presidente pidió a la población no ceder al miedo tras los atentados de París.",
         "atentados"),
        ("No hubo incidentes durante la huelga de los maestros.", "huelga"),
    ],
)  # fmt: skip
def test_an_act_named_as_the_time_is_not_negated(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not by_trigger(events(nlp_es, text), trigger).negated


def test_the_negated_act_itself_stays_negated(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El gobierno no negociará tras los ataques de la guerrilla.")
    assert by_trigger(evs, "negociará").negated


@pytest.mark.parametrize(
    "text",
    [
        "Los sindicatos promovieron el paro para exigir aumentos salariales.",
        "Los trabajadores promovieron una huelga el martes para exigir mejores salarios.",
    ],
)
def test_a_strike_promoted_is_organised(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    strike = next(e for e in evs if e.mode == "strike")
    assert not (strike.hypothetical or strike.future)
    assert not by_trigger(evs, "exigir").hypothetical


def test_what_is_promoted_otherwise_stays_sought(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "La ONG promovió el diálogo entre las partes.")
    assert by_trigger(evs, "diálogo").hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "ahead"),
    [
        ("El líder opositor convocó a un levantamiento nacional y dijo que la lucha continuará.",
         "levantamiento", True),
        ("Los gremios convocaron a una marcha, mientras el gobierno continuará las negociaciones.",
         "marcha", True),
        ("La protesta de los maestros continuará el lunes con el apoyo del frente opositor, que "
         "convocó a un levantamiento popular.", "levantamiento", True),
        ("Los sindicatos convocaron a una huelga y los maestros la cumplieron con amplia adhesión.",
         "huelga", False),
        ("Los sindicatos convocaron a una huelga general y la medida paralizó el país.", "huelga",
         False),
        ("Los sindicatos convocaron a un paro que paralizó las escuelas.", "paro", False),
    ],
)  # fmt: skip
def test_a_held_mark_is_about_the_called_act(nlp_es, text: str, trigger: str, ahead: bool) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), trigger).future is ahead


@pytest.mark.parametrize(
    "text",
    [
        # (one with a count of years is dated from it since 1.145.0: test_events_left34b)
        "El país conmemoró el aniversario de la invasión de 1989.",
        "Los vecinos recordaron el aniversario del atentado contra la embajada.",
    ],
)
def test_an_act_an_anniversary_recalls_is_no_event(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type == "ASSAULT"]


def test_a_march_on_an_anniversary_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "En el aniversario de la masacre, miles marcharon hacia la plaza.")
    assert by_trigger(evs, "marcharon").type == "PROTEST"
    assert not [e for e in evs if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Argentina y Chile restablecieron relaciones diplomáticas.", []),
        ("Estados Unidos restableció relaciones diplomáticas con Cuba en 2015.", ["Cuba"]),
        ("El gobierno reanudó sus relaciones con Israel tras diez años.", ["Israel"]),
    ],
)  # fmt: skip
def test_the_ties_restored_are_no_target(nlp_es, text: str, targets: list[str]) -> None:  # type: ignore[no-untyped-def]
    ties = next(e for e in events(nlp_es, text) if e.mode == "recognize")
    assert (ties.cameo, [t.text for t in ties.targets]) == ("054", targets)


@pytest.mark.parametrize(
    "text",
    [
        "Los médicos pararán 24 horas la próxima semana.",
        "Los docentes volvieron a parar 72 horas esta semana.",
    ],
)
def test_a_span_after_parar_is_the_strikes_length(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), "par").mode == "strike"


def test_parar_with_a_thing_stopped_is_no_strike(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los camioneros pararon el tráfico durante horas.")
    assert not [e for e in evs if e.mode == "strike"]
