"""Spanish secondary events, round 32 (es7): acts called for by a call noun the model tags a
participle, a warning that is a sign, the working of a mine, an offer accepted, a state of
exile, harm by fire or disaster, talks told as failed, a protest organised for a purpose, a
complaint told to the press, and whom a verdict is for."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def test_an_act_a_call_noun_asks_for_is_hypothetical(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El dirigente insistió el lunes en su llamado a derrocar al gobierno.")
    coup = by_trigger(evs, "derrocar")
    assert (coup.type, coup.hypothetical) == ("ASSAULT", True)
    called = events(nlp_es, "El llamado a la huelga general fue aplazado por el sindicato.")
    assert by_trigger(called, "huelga").hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "El paro nacional se convirtió en una advertencia para el gobierno.",
        "La derrota electoral sirvió de advertencia para el partido.",
    ],
)
def test_a_happening_that_becomes_a_warning_threatens_no_one(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type == "THREATEN"]


def test_a_warning_given_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El ejército lanzó una advertencia a los rebeldes.")
    assert by_trigger(evs, "advertencia").type == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "Los campesinos protestaron contra la explotación de una mina de oro en su territorio.",
        "La explotación de petróleo en la selva preocupa a los indígenas.",
    ],
)
def test_the_working_of_a_mine_is_no_blast(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type == "ASSAULT"]


def test_an_offer_accepted_is_one_agreement(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los mineros aceptaron la oferta de la empresa y levantaron el bloqueo.")
    assert by_trigger(evs, "aceptaron").type == "AGREE"
    assert not [e for e in evs if e.trigger == "oferta"]
    # a rejection of another party's rejection is two acts
    rejected = events(nlp_es, "El canciller repudió el rechazo de la extradición por el juez.")
    assert [e.trigger for e in rejected if e.type == "REJECT"] == ["repudió", "rechazo"]


@pytest.mark.parametrize(
    "text",
    [
        "La comunidad venezolana en el exilio denunció la represión.",
        "El exministro temía las denuncias que pretendía presentar la comunidad cubana en el "
        "exilio.",
    ],
)
def test_people_in_exile_are_described_no_one_exiled(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.mode == "exile"]


def test_exile_told_as_an_act_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El régimen envió al poeta al exilio en 1975.")
    assert [e for e in evs if e.mode == "exile"]


@pytest.mark.parametrize(
    "text",
    [
        "Un incendio mató a cuatro trabajadores en una fábrica de Lima.",
        "Un alud hirió a tres alpinistas en los Andes.",
        "El derrumbe de una mina mató a doce obreros.",
    ],
)
def test_harm_by_fire_or_disaster_has_no_attacker(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type == "ASSAULT"]


def test_a_killing_by_people_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los guerrilleros mataron a cuatro soldados en una emboscada.")
    assert by_trigger(evs, "mataron").type == "ASSAULT"


def test_talks_told_as_failed_were_held(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los maestros continuarán su huelga por el fracaso de sus negociaciones con el ministerio."
    )
    talks = by_trigger(events(nlp_es, text), "negociaciones")
    assert (talks.type, talks.future, talks.hypothetical) == ("CONSULT", False, False)


def test_a_protest_organised_for_a_purpose_is_one(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Un estudiante murió tras la marcha, disuelta por la policía, organizada para protestar "
        "por la reforma."
    )
    evs = events(nlp_es, text)
    assert [e.trigger for e in evs if e.type == "PROTEST"] == ["marcha"]


def test_a_complaint_told_to_the_press_accuses_the_press_of_nothing(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El sindicato denunció a la AFP que la policía detuvo a diez obreros.")
    complaint = by_trigger(evs, "denunció")
    assert not has(complaint.targets, "AFP")
    accused = by_trigger(
        events(nlp_es, "El gobierno denunció al ministro por corrupción."), "denunció"
    )
    assert has(accused.targets, "ministro")


def test_whom_a_verdict_is_for(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El jurado emitió un veredicto de culpabilidad para Smith.")
    assert has(by_trigger(evs, "veredicto").targets, "Smith")


def test_a_protest_received_from_a_government_is_a_complaint(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "La cancillería recibió una enérgica protesta del gobierno vecino.")
    complaint = by_trigger(evs, "protesta")
    assert (complaint.type, complaint.mode) == ("ACCUSE", "disapprove")
    assert has(complaint.actors, "gobierno")
    # a crowd that meets someone is a rally, whatever the verb
    met = events(nlp_es, "El embajador fue recibido por protestas en el estadio.")
    assert by_trigger(met, "protestas").type == "PROTEST"


def test_a_subjunctive_the_model_reads_as_an_ar_indicative(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La policía amenazó con arrestar a los vecinos que insistan en concentrarse en la plaza."
    assert by_trigger(events(nlp_es, text), "concentrarse").hypothetical
    told = "La policía arrestó a los vecinos que se concentraron en la plaza."
    assert not by_trigger(events(nlp_es, told), "concentraron").hypothetical
