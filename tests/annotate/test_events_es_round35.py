"""Spanish secondary events, round 35 (es10): a kind of strike is no act of its own, a stance
given up is no coup, a game is no meeting, an act only possible, feared or the topic of a
stance, marches announced by a noun, a condemnation a protest is held to make, and an
accusation told as a complaint's content."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("Los mineros iniciaron una huelga de advertencia de 24 horas.", "huelga"),
        ("Los choferes realizaron un paro de advertencia.", "paro"),
    ],
)  # fmt: skip
def test_a_warning_strike_is_no_threat(nlp_es, text: str, strike: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert by_trigger(evs, strike).type == "PROTEST"
    assert not [e for e in evs if e.type == "THREATEN"]
    # a warning given to someone stays one
    warned = events(nlp_es, "El ministro lanzó una advertencia a los huelguistas.")
    assert by_trigger(warned, "advertencia").type == "THREATEN"


def test_a_stance_given_up_is_no_coup(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Los ocupantes no atendieron las exhortaciones para deponer su actitud.",
        "El gobierno exige que los rebeldes depongan las armas.",
    ):
        assert not [e for e in events(nlp_es, text) if e.mode == "coup"], text
    deposed = events(nlp_es, "Los militares depusieron al presidente.")
    assert by_trigger(deposed, "depusieron").mode == "coup"


def test_a_game_is_no_meeting(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Cuando el árbitro del encuentro salió al campo, los hinchas derribaron la portería.",
        "El encuentro de fútbol terminó con incidentes.",
    ):
        assert not [e for e in events(nlp_es, text) if e.type == "CONSULT"], text
    met = events(nlp_es, "El ministro tuvo un encuentro con los dirigentes sindicales.")
    assert by_trigger(met, "encuentro").type == "CONSULT"


def test_a_possible_strike_is_hypothetical_and_a_topic_not_put_off(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es,
        "Los sindicatos aplazaron la adopción de una posición común sobre una posible "
        "huelga nacional.",
    )
    strike = by_trigger(evs, "huelga")
    assert strike.hypothetical and not strike.negated
    worrying = events(nlp_es, "Una posible huelga de los médicos preocupa al gobierno.")
    assert by_trigger(worrying, "huelga").hypothetical
    held = events(nlp_es, "Una huelga de los médicos preocupa al gobierno.")
    assert not by_trigger(held, "huelga").hypothetical


def test_an_expulsion_feared_is_hypothetical(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los inmigrantes afrontan el temor de ser expulsados del país.")
    assert by_trigger(evs, "expulsados").hypothetical


def test_marches_a_noun_announces_are_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es,
        "La reforma provocó el anuncio de masivas marchas de protesta en todo el país.",
    )
    assert by_trigger(evs, "marchas").future
    held = events(nlp_es, "Las masivas marchas de protesta paralizaron la capital.")
    assert not by_trigger(held, "marchas").future


def test_a_condemnation_a_protest_is_held_to_make_is_no_act_of_its_own(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Los ecologistas protagonizaron una protesta al escalar un silo para denunciar la "
        "contaminación del río.",
        "Cientos de vecinos marcharon para denunciar la corrupción del alcalde.",
    ):
        evs = events(nlp_es, text)
        assert [e for e in evs if e.type == "PROTEST"], text
        assert not [e for e in evs if e.type == "ACCUSE"], text


def test_an_accusation_told_as_a_complaints_content_is_one_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Honduras recibió una protesta del gobierno salvadoreño acusando al teniente de "
        "haber matado a un campesino.",
        "La embajada entregó una nota de protesta acusando a los guardias de maltratar a "
        "los detenidos.",
    ):
        accusations = [e for e in events(nlp_es, text) if e.type == "ACCUSE"]
        assert [e.trigger for e in accusations] == ["protesta"], text
    # a street protest's accusation stays one of its own
    street = events(nlp_es, "Los estudiantes realizaron una protesta acusando al rector.")
    assert by_trigger(street, "acusando").type == "ACCUSE"


def test_officers_seized_by_civilians_are_taken_hostage(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text, trigger in (
        ("Un grupo de estudiantes capturaron a un policía en la avenida.", "capturaron"),
        ("Los manifestantes retuvieron a un funcionario del ministerio.", "retuvieron"),
    ):
        seized = by_trigger(events(nlp_es, text), trigger)
        assert (seized.type, seized.mode) == ("ASSAULT", "abduct"), text
    for text in ("La policía capturó a tres estudiantes.", "Los vecinos capturaron a un ladrón."):
        assert by_trigger(events(nlp_es, text), "captur").mode == "arrest", text


def test_an_agreement_named_again_is_the_one_told(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es,
        "Los desocupados aceptaron una oferta oficial, pero condicionaron el fin del bloqueo "
        "a la firma de una garantía escrita del acuerdo.",
    )
    assert [e.trigger for e in evs if e.type == "AGREE"] == ["aceptaron"]
    # an agreement told on its own stays
    told = events(nlp_es, "El ministro anunció un acuerdo con los sindicatos.")
    assert by_trigger(told, "acuerdo").type == "AGREE"
