"""Spanish verbs of state and result the small model misreads (annotate.events_es_vocab): a
verb of state opening a sentence capitalised is tagged a name, yet it is the verb, not a
participant; a participle or custody phrase after "quedar"/"resultar" is the subject's."""

from __future__ import annotations

import pytest
from event_helpers import es_events as events
from event_helpers import one

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def test_capitalised_state_verb_opening_a_sentence_is_the_verb(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "Permanecen" opens the sentence and is tagged PROPN: still "permanecer" + participle,
    # the custody state (imprisonment), and no one called "Permanecen" is held
    evs = events(nlp_es, "Permanecen detenidos en la cárcel de La Modelo.")
    held = one(evs, "imprison")
    assert held.trigger.startswith("Permanecen")
    assert not any(p.text == "Permanecen" for e in evs for p in (*e.actors, *e.targets))
    assert not [e for e in evs if e.mode == "arrest"]


def test_capitalised_name_opening_a_sentence_stays_a_name(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # a name of no verb of state's form is left as the model reads it
    evs = events(nlp_es, "Carmen Pérez fue detenida en Managua.")
    assert any("Carmen" in p.text for e in evs for p in e.targets)


def test_a_participle_after_quedar_tells_the_act_done_to_the_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "quedaron detenidas": an arrest of the subject, by no one named
    arrest = one(events(nlp_es, "Las dos hermanas quedaron detenidas."), "arrest")
    assert [p.text for p in arrest.targets] == ["hermanas"]
    assert not arrest.actors


def test_a_participle_after_resultar_takes_its_por_agent_as_doer(nlp_es) -> None:  # type: ignore[no-untyped-def]
    removal = one(events(nlp_es, "El diputado resultó destituido por el Congreso."), "remove")
    assert [p.text for p in removal.targets] == ["diputado"]
    assert [p.text for p in removal.actors] == ["Congreso"]


def test_an_irregular_participle_read_as_a_noun_after_a_verb_of_result(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "presa" is tagged a noun (the model's "prey"); after "quedar" it is the participle:
    # she is held, and holds no one
    held = one(events(nlp_es, "La periodista quedó presa en El Chipote."), "imprison")
    assert [p.text for p in held.targets] == ["periodista"]
    assert not held.actors


def test_a_custody_noun_after_a_verb_of_state_is_the_subjects_state(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "permaneció bajo arresto": the former deputy is under arrest, not arresting
    arrest = one(
        events(nlp_es, "El exdiputado permaneció bajo arresto tras el allanamiento."), "arrest"
    )
    assert [p.text for p in arrest.targets] == ["exdiputado"]
    assert not arrest.actors


def test_a_pronominal_state_after_a_verb_of_state_keeps_its_subject_as_doer(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "refugiados" (read as a noun) is the state the subject put itself in: they ask refuge
    evs = events(nlp_es, "Los opositores permanecieron refugiados en la embajada.")
    assert [p.text for p in one(evs, "asylum").actors] == ["opositores"]


def test_a_strike_kept_with_a_verb_of_state_is_its_subjects(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los campesinos permanecen en huelga de hambre.")
    assert [p.text for p in one(evs, "hunger").actors] == ["campesinos"]
