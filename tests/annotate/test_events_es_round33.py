"""Spanish secondary events, round 33 (es8): a weapon told as the means of a killing, giving
in to a feeling, what a ruling establishes, repelling with force, another's account of a
plan, a schedule of strikes, a solution sought for a strike, a preparation's purpose, a
stopping only asked for, and an act kept up until it was called off."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    "text",
    [
        "El activista fue asesinado de varios disparos en la carretera.",
        "El policía murió de dos disparos en la cabeza.",
    ],
)
def test_a_weapon_told_as_the_means_is_one_killing(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert [e.type for e in evs] == ["ASSAULT"]
    assert not [e for e in evs if e.trigger == "disparos"]


def test_shots_fired_beside_a_killing_stay(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los soldados dispararon contra la multitud y mataron a tres personas.")
    assert by_trigger(evs, "dispararon").mode == "firearms"
    assert by_trigger(evs, "mataron").type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "El presidente pidió a la población no ceder al miedo.",
        "El obispo instó a los fieles a no ceder a la tentación de la venganza.",
        "El moderador cedió la palabra al ministro.",
    ],
)
def test_giving_in_to_a_feeling_concedes_nothing(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type == "CONCEDE"]


def test_giving_in_to_pressure_stays_a_concession(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El gobierno cedió a las presiones de los camioneros.")
    assert by_trigger(evs, "cedió").type == "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "El tribunal internacional estableció la soberanía de Chile sobre las islas.",
        "La nueva ley establece penas de cárcel para los saqueadores.",
    ],
)
def test_what_a_ruling_or_a_law_establishes_is_no_agreement(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not events(nlp_es, text)


def test_ties_established_are_a_recognition(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los dos países establecieron relaciones diplomáticas en julio.")
    assert (by_trigger(evs, "establecieron").type, by_trigger(evs, "establecieron").mode) == (
        "SUPPORT",
        "recognize",
    )


def test_repelling_with_force_is_fighting(nlp_es) -> None:  # type: ignore[no-untyped-def]
    shot = events(nlp_es, "Los guardias repelieron a tiros el asalto de los presos.")
    assert by_trigger(shot, "repelieron").type == "ASSAULT"
    gassed = events(nlp_es, "La policía repelió con gases lacrimógenos a los manifestantes.")
    assert by_trigger(gassed, "repelió").type == "ASSAULT"
    words = events(nlp_es, "El ministro repelió las acusaciones de la oposición.")
    assert by_trigger(words, "repelió").type == "REJECT"


def test_anothers_account_of_a_plan_is_no_threat(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es, "Los médicos denuncian que el Gobierno pretende congelar los fondos del hospital."
    )
    assert not [e for e in evs if e.type == "THREATEN"]
    assert by_trigger(evs, "congelar").future
    # an official may speak for the government: the statement stays
    said = events(nlp_es, "El ministro dijo que el Gobierno pretende congelar la ayuda a Cuba.")
    assert by_trigger(said, "pretende").type == "THREATEN"


def test_acts_a_schedule_lists_are_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los obreros han elaborado un cronograma de huelgas y marchas.")
    assert by_trigger(evs, "huelgas").future


def test_an_uprising_called_is_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El partido convocó a un levantamiento popular contra el régimen.")
    assert by_trigger(evs, "levantamiento").future


def test_a_strike_a_solution_is_sought_for_goes_on(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es,
        "El gobierno reanudó el diálogo para dar solución a un paro que afecta a los campesinos.",
    )
    strike = by_trigger(evs, "paro")
    assert not (strike.hypothetical or strike.future or strike.negated)


def test_a_preparations_purpose_is_ahead_not_hypothetical(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es, "Los dirigentes denunciaron que el ejército se prepara para atacar a los obreros."
    )
    attack = by_trigger(evs, "atacar")
    assert (attack.future, attack.hypothetical) == (True, False)


def test_a_stopping_only_asked_for_denies_nothing(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "La oposición pidió al gobierno impedir una reunión de los rebeldes.")
    meeting = by_trigger(evs, "reunión")
    assert (meeting.negated, meeting.hypothetical) == (False, True)
    stopped = events(nlp_es, "La policía impidió la marcha de los estudiantes.")
    assert by_trigger(stopped, "marcha").negated


def test_a_call_the_parser_hangs_apart_still_asks(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El sindicato había lanzado un llamado al ministro a impedir la cumbre.")
    summit = by_trigger(evs, "cumbre")
    assert (summit.negated, summit.hypothetical) == (False, True)


def test_an_act_kept_up_until_called_off_was_held(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es, "Los vecinos suspendieron el bloqueo de la vía, que mantenían desde el domingo."
    )
    assert not by_trigger(evs, "bloqueo").negated
    ahead = events(nlp_es, "Los sindicatos suspendieron la huelga prevista para el lunes.")
    assert by_trigger(ahead, "huelga").negated
