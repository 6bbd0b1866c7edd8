"""Spanish: an act asked of someone is a request to that person and a hypothetical act of
theirs, also when the quoted verb is read as an adjective over its infinitive
(events_es_match._mandative, events_es_subjects.infinitive_read_as_subject); a paragraph's
first word is no sentence alone (nlp line breaks); a body's document does what the body does
(events_es_subjects._issuer); a refuge's mission is its target (take-refuge target_preps);
one held in a place a "donde" clause tells of is the one the sentence is about
(events_es_verb_arguments.place_relative_topic)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has, one
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)

SUGGESTED = (
    "Su hija responsabilizó al Gobierno.\n\nMorales dimitió el 10 de noviembre, después de que "
    'el entonces jefe de las Fuerzas Armadas, Williams Kaliman, le "sugiriera" renunciar en '
    "medio de las protestas."
)


def test_a_quoted_suggestion_is_a_request_and_the_asked_act_hypothetical(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, SUGGESTED)
    asked = by_trigger(evs, "sugiriera")
    assert asked.type == "REQUEST" and has(asked.actors, "Kaliman")
    assert has(asked.targets, "Morales")
    quit_ = by_trigger(evs, "renunciar")
    assert quit_.hypothetical and has(quit_.actors, "Morales")
    done = by_trigger(evs, "dimitió")
    assert not done.hypothetical and has(done.actors, "Morales")


def test_a_paragraphs_first_word_is_no_sentence_alone(nlp_es) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_es(SUGGESTED)
    assert not any(s.text.strip() == "Morales" for s in doc.sents)


def test_a_suggestion_with_an_infinitive_or_a_subjunctive_is_a_request(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp_es, "Evo Morales dimitió después de que Kaliman le sugiriera renunciar."),
        "sugiriera",
    )
    assert ev.type == "REQUEST" and has(ev.actors, "Kaliman") and has(ev.targets, "Morales")
    ev = by_trigger(events(nlp_es, "La ONU le recomendó que dejara el país."), "recomendó")
    assert ev.type == "REQUEST"
    assert not [
        e for e in events(nlp_es, "El informe sugiere que hubo fraude.") if e.type == "REQUEST"
    ]


def test_what_an_approved_resolution_does_its_body_does(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El Consejo Permanente de la Organización de los Estados Americanos (OEA) aprobó el "
        "miércoles una resolución que condena la irrupción."
    )
    ev = by_trigger(events(nlp_es, text), "condena")
    assert ev.type == "ACCUSE" and has(ev.actors, "Consejo Permanente")
    assert not has(ev.actors, "resolución") and not has(ev.targets, "resolución")
    ev = by_trigger(
        events(nlp_es, "El Consejo rechazó una resolución que condena el asalto."), "condena"
    )
    assert not has(ev.actors, "Consejo")


def test_the_mission_sheltering_someone_is_the_refuges_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp_es, "El diplomático se refugió en la embajada de los Países Bajos."), "asylum"
    )
    assert has(ev.actors, "diplomático") and has(ev.targets, "Países Bajos")
    assert ev.location == "embajada de los Países Bajos"
    ev = one(events(nlp_es, "El diplomático se refugió en la embajada mexicana."), "asylum")
    assert has(ev.targets, "embajada mexicana")


def test_one_held_where_a_donde_clause_says_is_the_sentences_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Áñez siguió la audiencia por video desde la cárcel de mujeres de Miraflores, en La "
        "Paz, donde está recluida."
    )
    ev = one(events(nlp_es, text), "imprison")
    assert has(ev.targets, "Áñez") and not has(ev.targets, "Paz")
    text = "Los agentes trasladaron al opositor a la cárcel de Tipitapa, donde permanece recluido."
    ev = by_trigger(events(nlp_es, text), "permanece")
    assert has(ev.targets, "opositor") and not has(ev.targets, "agentes")


def test_snipers_as_the_agent_of_a_killing_are_its_doers_not_a_second_attack(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los estudiantes fueron ejecutados por francotiradores de la policía chavista."
    evs = events(nlp_es, text)
    assert [e.trigger for e in evs if e.type == "ASSAULT"] == ["ejecutados"]
    (killing,) = evs
    assert has(killing.actors, "francotiradores") and killing.actors[0].role == "police"
    assert has(killing.targets, "estudiantes")


def test_a_body_approving_a_text_supports_it_as_in_english(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """'aprobó una resolución' is the English approve-act (SUPPORT 051); passing an exam is none."""
    evs = events(nlp_es, "La Asamblea Nacional aprobó el martes una resolución sobre la crisis.")
    approved = [e for e in evs if e.trigger == "aprobó"]
    assert approved and approved[0].type == "SUPPORT" and approved[0].cameo == "051"
    assert "Asamblea Nacional" in [a.text for a in approved[0].actors]
    assert not [
        e for e in events(nlp_es, "La alumna aprobó el examen de química.") if e.trigger == "aprobó"
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("El Senado sancionó la reforma del código penal.", "sancionó"),
        ("La ley fue sancionada por el Congreso el martes.", "sancionada"),
        ("La Alianza y el peronismo acordaron en el Congreso sancionar una ley laboral.",
         "sancionar"),
    ],
)  # fmt: skip
def test_enacting_a_law_is_approving_it_no_sanction(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), trigger)
    assert ev.type == "SUPPORT" and ev.cameo == "051"
    # an agreement to enact it is no threat of sanctions
    assert all(e.type != "THREATEN" for e in events(nlp_es, text))


def test_sanctioning_people_is_still_a_sanction(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp_es, "Estados Unidos sancionó a tres funcionarios venezolanos."), "sancionó"
    )
    assert ev.type == "SANCTION" and has(ev.targets, "funcionarios")
