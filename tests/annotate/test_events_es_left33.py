"""Spanish leftovers of round 32 (left33es): charges dropped and sanctions lifted are
concessions and retreats, not a charge or a sanction; the one a dative stands for is asked,
not those the asked act is done to; workers stopping work strike, and a strike announced is
ahead; a protest named again in its sentence is no second event."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("La fiscalía levantó las acusaciones contra el exministro Juan Pérez.",
         "levantó", "Juan Pérez"),
        ("La fiscalía levantó las acusaciones que pesaban sobre el exministro Juan Pérez.",
         "levantó", "Juan Pérez"),
        ("Los fiscales retiraron los cargos contra el periodista.", "retiraron", "periodista"),
        ("El juez desestimó la acusación contra los dirigentes sindicales.", "desestimó",
         "dirigentes sindicales"),
        ("El levantamiento de los cargos contra el alcalde fue celebrado por sus seguidores.",
         "levantamiento", "alcalde"),
    ],
)  # fmt: skip
def test_charges_dropped_are_a_concession(nlp_es, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    dropped = by_trigger(evs, trigger)
    assert (dropped.type, dropped.cameo) == ("CONCEDE", "081")
    assert [t.text for t in dropped.targets] == [target]
    assert not [e for e in evs if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("La fiscalía levantó cargos contra el exministro por corrupción.", "levantó"),
        ("Ortega rechazó las acusaciones que pretendía levantar en su contra la comunidad.",
         "acusaciones"),
    ],
)  # fmt: skip
def test_charges_brought_stay_a_charge(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert by_trigger(evs, trigger).type == "ACCUSE"
    assert not [e for e in evs if e.type == "CONCEDE"]


def test_a_post_left_is_no_charge_dropped(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El ministro fue retirado del cargo tras el escándalo.")
    assert not [e for e in evs if e.type == "CONCEDE"]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Estados Unidos levantó las sanciones contra Venezuela.", "levantó", "Venezuela"),
        ("Washington anunció el levantamiento de las sanciones a Cuba.", "levantamiento",
         "Cuba"),
        ("El gobierno flexibilizó el embargo contra la isla.", "flexibilizó", "isla"),
    ],
)  # fmt: skip
def test_sanctions_lifted_are_eased(nlp_es, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    eased = by_trigger(evs, trigger)
    assert (eased.type, eased.mode, eased.cameo) == ("RETREAT", "ease", "085")
    assert [t.text for t in eased.targets] == [target]
    assert not [e for e in evs if e.type == "SANCTION"]


def test_an_uprising_and_sanctions_imposed_stay(nlp_es) -> None:  # type: ignore[no-untyped-def]
    rising = by_trigger(events(nlp_es, "El levantamiento popular dejó cien muertos."), "lev")
    assert (rising.type, rising.mode) == ("ASSAULT", "uprising")
    imposed = events(nlp_es, "La Unión Europea impuso sanciones contra Rusia.")
    assert by_trigger(imposed, "sanciones").type == "SANCTION"


@pytest.mark.parametrize(
    ("text", "trigger", "asked"),
    [
        ("Los sindicatos marcharon frente al ministerio, exigiéndole la liberación de los "
         "presos.", "exigiéndole", ["ministerio"]),
        ("Las madres se plantaron ante el gobernador, pidiéndole la liberación de sus hijos.",
         "pidiéndole", ["gobernador"]),
        ("Los vecinos se concentraron ante los jueces, pidiéndoles la liberación de los presos.",
         "pidiéndoles", ["jueces"]),
    ],
)  # fmt: skip
def test_the_one_a_dative_stands_for_is_asked(nlp_es, text: str, trigger: str, asked) -> None:  # type: ignore[no-untyped-def]
    demand = by_trigger(events(nlp_es, text), trigger)
    assert demand.type == "REQUEST"
    assert [t.text for t in demand.targets] == asked


def test_a_dative_with_no_one_before_names_none_of_the_prisoners(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los manifestantes rodearon la plaza, exigiéndole la liberación de los presos."
    demand = by_trigger(events(nlp_es, text), "exigiéndole")
    assert not [t for t in demand.targets if t.text == "presos"]


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        ("Los maestros pararán el lunes en todo el país.", "pararán", True),
        ("Los camioneros anunciaron que pararán el lunes.", "pararán", True),
        ("Los trabajadores del metro paran hoy contra la reforma.", "paran", False),
    ],
)
def test_workers_stopping_work_strike(nlp_es, text: str, trigger: str, future: bool) -> None:  # type: ignore[no-untyped-def]
    strike = by_trigger(events(nlp_es, text), trigger)
    assert (strike.type, strike.mode, strike.future) == ("PROTEST", "strike", future)


@pytest.mark.parametrize(
    "text",
    [
        "El camionero paró en la gasolinera.",
        "La policía paró a los manifestantes en la avenida.",
        "El tren paró en la estación.",
    ],
)
def test_a_stop_that_is_no_strike(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.mode == "strike"]


def test_a_strike_announced_is_ahead_unless_told_held(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ahead = by_trigger(events(nlp_es, "Los sindicatos anunciaron una huelga general."), "huelga")
    assert ahead.future
    held = "El sindicato anunció un paro que paralizó el transporte."
    assert not by_trigger(events(nlp_es, held), "paro").future


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Unos 200 deudores instalaron un piquete frente al banco, y quienes participan de la "
         "movilización exigen la condonación de sus deudas.", "piquete"),
        ("Los estudiantes marcharon contra la reforma y la policía reprimió la marcha.",
         "marcharon"),
    ],
)  # fmt: skip
def test_a_protest_named_again_is_one_event(nlp_es, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    protests = [e for e in events(nlp_es, text) if e.type == "PROTEST"]
    assert [e.trigger for e in protests] == [kept]


@pytest.mark.parametrize(
    "text",
    [
        # another kind told after the first
        "Los maestros marcharon por el centro y anunciaron que la huelga continuará.",
        # another one, in a place of its own
        "Miles de personas protestaron en Madrid, mientras que en Sevilla la manifestación "
        "reunió a unas 3.000 personas.",
        # a protest of its own, by others
        "Los campesinos bloquearon la carretera y la protesta de los estudiantes paralizó la "
        "ciudad.",
    ],
)
def test_another_protest_in_the_sentence_stays(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len([e for e in events(nlp_es, text) if e.type == "PROTEST"]) == 2
