"""Spanish secondary events, round 34 (es9): a protest told as the manner or purpose of
another act the parser hangs elsewhere (a coordinated predicate, a participle on the act's
object, the predicate of a rally, a schedule, a gerund, a noun's last word), the people a
strike takes in protesting by it, a sanction's purpose, a request told inside another, a
rally planned for a day, an act whose authors are named, a blockade to be cleared."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def _triggers(evs) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger.lower() for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        # the manner hung on a predicate coordinated with the blockade
        "Los camioneros bloquearon la autopista y cerraron el paso a los autobuses, en señal "
        "de protesta por el alza del peaje.",
        # on a participle describing the boycott's object
        "Una organización pidió a los consumidores que boicoteen los productos fabricados en "
        "Francia en protesta por los ensayos nucleares.",
        # on the rally noun's own predicate
        "Para el jueves está prevista una marcha de jubilados en Montevideo, en protesta "
        "contra el recorte de las pensiones.",
        # on the verb taking a schedule of strikes
        "Los cafeteros han elaborado un cronograma de paros regionales y tomas de carreteras "
        "como forma de protesta por la caída de los precios.",
    ],
)
def test_a_protest_told_as_the_manner_of_a_protest_act_is_no_second_one(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "protesta" not in _triggers(events(nlp_es, text))


@pytest.mark.parametrize(
    "text",
    [
        # the purpose hung on the gerund telling how the rally was held
        "Unos 20.000 estudiantes se reunieron frente al Congreso respondiendo al llamado de la "
        "federación, para protestar contra los recortes.",
        # the purpose of sanctions, hung on the last noun of their phrase
        "Los ministros habían decidido un embargo sobre las armas y una suspensión de la ayuda "
        "para protestar contra la ejecución del periodista.",
    ],
)
def test_a_protest_told_as_the_purpose_of_an_act_is_no_second_one(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "protestar" not in _triggers(events(nlp_es, text))


def test_the_people_a_strike_takes_in_protest_by_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es,
        "Los delegados reanudaron negociaciones para intentar dar solución a un paro que "
        "involucra a unas 30.000 personas que protestan desde hace una semana por el cierre "
        "de la mina.",
    )
    assert "paro" in _triggers(evs)
    assert "protestan" not in _triggers(evs)


def test_strikers_who_call_a_march_keep_their_strike(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es,
        "Unos provocadores se infiltraron en la marcha que había sido convocada por obreros y "
        "maestros en paro para protestar contra la política económica.",
    )
    assert "paro" in _triggers(evs)


def test_a_request_told_inside_a_call_or_a_demand_is_no_second_one(nlp_es) -> None:  # type: ignore[no-untyped-def]
    call = events(
        nlp_es,
        "Un sindicato lanzó un llamamiento a los trabajadores pidiéndoles que no acudan a sus "
        "puestos el lunes.",
    )
    assert [e.type for e in call] == ["REQUEST"]
    demand = events(
        nlp_es,
        "Unos 60 indígenas ocuparon la catedral exigiendo la atención del gobierno para sus "
        "peticiones de tierras y vivienda.",
    )
    assert "peticiones" not in _triggers(demand)
    assert by_trigger(demand, "exigiendo").type == "REQUEST"


def test_a_letter_asking_keeps_its_request(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es, "El comité envió una carta al ministro pidiéndole que libere a los detenidos."
    )
    assert by_trigger(evs, "pidiéndole").type == "REQUEST"


def test_a_rally_planned_for_a_day_is_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es,
        "Para el jueves está prevista una marcha de jubilados en Montevideo, en protesta "
        "contra el recorte de las pensiones.",
    )
    assert by_trigger(evs, "marcha").future


def test_an_act_whose_authors_are_named_was_done(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es,
        'La ONU pidió al gobierno que "retire sus fuerzas especiales" responsables de la '
        "represión en la provincia.",
    )
    repression = by_trigger(evs, "represión")
    assert not (repression.hypothetical or repression.future or repression.negated)
    assert by_trigger(evs, "retire").hypothetical


def test_a_blockade_to_be_cleared_is_held(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es,
        "El ministro intercedió ayer para destrabar el piquete que instalaron los jubilados "
        "frente al Congreso.",
    )
    picket = by_trigger(evs, "piquete")
    assert not (picket.hypothetical or picket.future or picket.negated)


def test_who_sets_up_a_picket_holds_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es,
        "El ministro intercedió ayer para destrabar el piquete que instaló un grupo de "
        "jubilados frente al Congreso.",
    )
    assert [p.text for p in by_trigger(evs, "piquete").actors] == ["jubilados"]


@pytest.mark.parametrize(
    "text",
    [
        "Miles de maestros marcharon el lunes por el centro de Lima, convocados por el sindicato "
        "para protestar contra la reforma educativa.",
        "La policía amenazó con detener a los opositores que insistan en concentrarse frente al "
        "palacio, lo que expone a los manifestantes convocados para protestar contra el fraude a "
        "un choque con los agentes.",
    ],
)
def test_the_purpose_of_calling_a_protest_told_is_that_protest(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert "protestar" not in _triggers(evs)
    assert [e for e in evs if e.type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        # hung deep in the strike's phrase, or on the frame noun's act
        "Los controladores aéreos realizan este lunes la tercera jornada de huelga prevista "
        "hasta el viernes con más de 300 vuelos cancelados, para protestar contra la "
        "privatización de los aeropuertos.",
        # hung on a relative clause on the strike's date
        "La cámara de comercio convocó, con éxito, a un paro nacional el lunes 5 de marzo, que "
        "respaldó la mayor central obrera, para protestar la aprobación de las leyes.",
    ],
)
def test_a_purpose_hung_deep_in_a_strikes_phrase_is_the_strikes(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert "protestar" not in _triggers(evs)
    assert [e for e in evs if e.type == "PROTEST"]


def test_a_purpose_of_people_met_stays_their_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es,
        "El ministro se reunió con los dirigentes, que viajaron a la capital para protestar "
        "contra la reforma.",
    )
    assert by_trigger(evs, "protestar").type == "PROTEST"
