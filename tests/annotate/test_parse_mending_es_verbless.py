"""A present-tense verb the small Spanish model reads as a name or noun in a sentence with no
verb is mended (parse_mending_es_verbless), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import has, headline_events

from chronicler.annotate.nlp import parse_texts

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "subject", "obj"),
    [
        ("Guerrilla mata a dos soldados en Antioquia", "Guerrilla", "soldados"),
        ("Policía mata a un estudiante durante protesta", "Policía", "estudiante"),
        ("La policía palestina mata a diez manifestantes.", "policía", "manifestantes"),
        ("EJERCITO MATA A CUATRO CAMPESINOS EN EL SUR", "EJERCITO", "CAMPESINOS"),
        ("(Nota: cifras provisionales) GUARDIAS MATAN A TRES PRESOS", "GUARDIAS", "PRESOS"),
    ],
)
def test_a_verb_read_as_a_name_before_a_personal_a_is_the_verb(
    nlp_es, text: str, subject: str, obj: str
) -> None:  # type: ignore[no-untyped-def]
    """ "Guerrilla mata a dos soldados": "mata" tagged a name hung on "Guerrilla", the soldiers
    a modifier of the name; mended, "mata" is the verb (lemma "matar"), the phrase before it
    its subject and the "a"-phrase its object, also in a headline in capitals."""
    doc = next(iter(parse_texts(nlp_es, [text])))
    verb = next(t for t in doc if t.lower_.startswith("mat"))
    assert verb.pos_ == "VERB" and verb.lemma_ == "matar"
    kill = next(e for e in headline_events(nlp_es, text) if e.mode == "kill")
    assert has(kill.actors, subject) and has(kill.targets, obj)


@pytest.mark.parametrize(
    "text",
    [
        "El ejército de Colombia a los campesinos",  # a phrase after "de": no subject
        "EL EJERCITO DE COLOMBIA A LOS CAMPESINOS",  # so in capitals, sentence-cased
        "Mata de la Sierra a la capital",  # the name opens the sentence, capitalised
        "Los soldados quemaron la mata de la finca a la entrada del pueblo.",  # a verb already
    ],
)
def test_no_name_or_noun_is_mended_where_the_sentence_has_its_verb_or_no_subject(
    nlp_es, text: str
) -> None:  # type: ignore[no-untyped-def]
    doc = next(iter(parse_texts(nlp_es, [text])))
    assert not any(t.pos_ == "VERB" for t in doc if t.lower_ in ("colombia", "mata"))
