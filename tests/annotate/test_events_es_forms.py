"""Spanish verbs opening a sentence that the small model tags names
(annotate.events_es_forms): the form is read back to the verbs it may come from and kept when
the vocabulary knows one; names that look like verbs stay names."""

from __future__ import annotations

import pytest
from event_helpers import es_events as events
from event_helpers import one

from chronicler.annotate.events_es_forms import finite_infinitives, name_read_as_verb
from chronicler.annotate.events_es_vocab import load_vocab_es


@pytest.mark.parametrize(
    ("form", "verb"),
    [
        ("capturan", "capturar"),
        ("detuvieron", "detener"),
        ("hirieron", "herir"),
        ("destierran", "desterrar"),
        ("impusieron", "imponer"),
        ("condujeron", "conducir"),
        ("huyeron", "huir"),
        ("reprimió", "reprimir"),
        ("allanaban", "allanar"),
        ("expulsarán", "expulsar"),
    ],
)
def test_a_third_person_form_reads_back_to_its_infinitive(form: str, verb: str) -> None:
    assert verb in finite_infinitives(form)


@pytest.mark.parametrize("name", ["salvador", "dolores", "amparo", "luis"])
def test_a_name_of_no_third_person_ending_reads_as_no_verb(name: str) -> None:
    assert finite_infinitives(name) == ()


@pytest.mark.slow
def test_a_capitalised_verb_read_as_a_name_is_the_verb(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "Capturan" opens the sentence and is tagged PROPN: capturar, an arrest of the people
    # after it, and no one called "Capturan"
    evs = events(nlp_es, "Capturan a dos opositores en León.")
    arrest = one(evs, "arrest")
    assert arrest.trigger == "Capturan"
    assert [p.text for p in arrest.targets] == ["opositores"]
    assert not any(p.text == "Capturan" for e in evs for p in (*e.actors, *e.targets))


@pytest.mark.slow
def test_a_capitalised_verb_with_a_stem_change_after_a_quote_is_the_verb(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "«Destierran a 222 presos políticos», dijo el diario.")
    assert one(evs, "exile").trigger == "Destierran"


@pytest.mark.slow
def test_a_capitalised_noun_with_an_adjective_stays_no_verb(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "Condena internacional": a noun (an adjective agrees with it), no sentencing
    evs = events(nlp_es, "Condena internacional por la detención del obispo.")
    assert not [e for e in evs if e.trigger == "Condena"]


@pytest.mark.slow
def test_a_name_going_on_with_a_surname_stays_a_name(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Salvador Ortega fue detenido en Managua.")
    assert [p.text for p in one(evs, "arrest").targets] == ["Salvador Ortega"]


@pytest.mark.slow
def test_a_form_that_is_also_an_event_noun_is_the_verb_only_with_an_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "Marcha por ...": the noun (no object); "Amenaza a periodistas": the verb
    vocab = load_vocab_es()
    march = nlp_es("Marcha por la liberación de los presos políticos.")[0]
    assert march.pos_ == "PROPN" and name_read_as_verb(march, vocab) == ()
    threat = nlp_es("Amenaza a periodistas de La Prensa el jefe policial.")[0]
    assert threat.pos_ == "PROPN" and name_read_as_verb(threat, vocab) == ("amenazar",)


@pytest.mark.slow
def test_a_verb_after_a_colon_read_as_an_apposition_with_an_object_is_the_verb(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "Liberan" is parsed a name in apposition to "Ortega": with its object it is the verb
    release = one(events(nlp_es, "Ortega: Liberan a 135 presos políticos."), "release")
    assert release.trigger == "Liberan"
    assert [p.text for p in release.targets] == ["presos políticos"]
