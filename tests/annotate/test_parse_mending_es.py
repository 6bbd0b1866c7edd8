"""A preterite the small Spanish model reads as a noun after an object clitic is mended
(parse_mending_es), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

from chronicler.annotate.nlp import PARSE_MENDING_ES_COMPONENT

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per session)


def test_the_component_runs_in_the_spanish_pipeline_only(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    assert PARSE_MENDING_ES_COMPONENT in nlp_es.pipe_names
    assert PARSE_MENDING_ES_COMPONENT not in nlp.pipe_names


@pytest.mark.parametrize(
    ("text", "verb", "subject", "lemma"),
    [
        ("Los estudiantes marcharon por el centro y la policía los dispersó.",
         "dispersó", "policía", "dispersar"),
        ("Cientos de campesinos marcharon hasta la plaza, pero la policía los dispersó.",
         "dispersó", "policía", "dispersar"),
        ("Los mineros bloquearon la carretera y la policía los desalojó.",
         "desalojó", "policía", "desalojar"),
    ],
)  # fmt: skip
def test_a_preterite_after_an_object_clitic_is_a_verb(  # type: ignore[no-untyped-def]
    nlp_es, text: str, verb: str, subject: str, lemma: str
) -> None:
    """ "la policía los dispersó": the model tags "dispersó" a name or noun and "los" its
    article; mended, it is a finite verb with the clitic as its object and the noun phrase
    before the clitic as its subject, coordinated with the clause before."""
    doc = nlp_es(text)
    by_text = {t.text: t for t in doc}
    v = by_text[verb]
    assert v.pos_ == "VERB" and v.lemma_ == lemma and v.dep_ in ("conj", "ROOT")
    assert "Fin" in v.morph.get("VerbForm")
    assert (by_text["los"].dep_, by_text["los"].head.i) == ("obj", v.i)
    assert by_text["los"].pos_ == "PRON"
    assert (by_text[subject].dep_, by_text[subject].head.i) == ("nsubj", v.i)


def test_the_dispersal_after_a_march_is_its_own_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The police disperse the marchers; the march has no target "los dispersó" nor the
    police as a party."""
    evs = events(nlp_es, "Los estudiantes marcharon por el centro y la policía los dispersó.")
    march = by_trigger(evs, "marcharon")
    assert has(march.actors, "estudiantes")
    assert not has(march.targets, "dispers") and not has(march.targets, "policía")
    dispersal = by_trigger(evs, "dispersó")
    assert dispersal.type == "COERCE"
    assert has(dispersal.actors, "policía") and has(dispersal.targets, "estudiantes")


@pytest.mark.parametrize(
    "text",
    [
        "El presidente visitó a los heridos en el hospital.",  # an article before a noun
        "Los dominó en la partida.",  # opening the sentence: left to the parser
        "La Asamblea aprobó la ley y los diputados la celebraron.",  # already a verb
    ],
)
def test_no_mend_without_a_misread_preterite_after_a_clitic(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    from chronicler.annotate.parse_mending_es import misread_clitic_verbs

    assert misread_clitic_verbs(nlp_es(text)) == []


@pytest.mark.parametrize(
    ("text", "gerund", "lemma", "taken"),
    [
        ("El dirigente recorrió los barrios pidiéndoles a los vecinos que participaran.",
         "pidiéndoles", "pedir", "vecinos"),
        ("El presidente habló a los manifestantes, pidiéndoles calma.",
         "pidiéndoles", "pedir", "calma"),
        ("El sindicato emitió un comunicado pidiéndoles a los afiliados que se sumen.",
         "pidiéndoles", "pedir", "afiliados"),
    ],
)  # fmt: skip
def test_a_gerund_with_clitics_is_a_verb(  # type: ignore[no-untyped-def]
    nlp_es, text: str, gerund: str, lemma: str, taken: str
) -> None:
    """ "pidiéndoles": the model tags a gerund with clitics glued on an adjective on the noun
    before it (or that verb's object); mended, it is a gerund, an adverbial clause of the verb
    above, and the phrase after it is its own."""
    doc = nlp_es(text)
    by_text = {t.text: t for t in doc}
    g = by_text[gerund]
    assert (g.pos_, g.dep_, g.lemma_.split(" ")[0]) == ("VERB", "advcl", lemma)
    assert by_text[taken].head.i == g.i


def test_a_request_in_a_gerund_with_clitics_is_read(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es, "El dirigente recorrió los barrios pidiéndoles a los vecinos que marcharan."
    )
    asked = by_trigger(evs, "pidiéndoles")
    assert asked.type == "REQUEST" and has(asked.actors, "dirigente")
    assert has(asked.targets, "vecinos")


def test_a_que_clause_after_a_gerund_with_clitics_is_its_complement(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Un grupo lanzó un llamamiento a los fieles de la región pidiéndoles que ayunen un día."
    doc = nlp_es(text)
    by_text = {t.text: t for t in doc}
    assert by_text["ayunen"].head.i == by_text["pidiéndoles"].i
    assert by_text["ayunen"].dep_ == "ccomp"
    assert by_trigger(events(nlp_es, text), "ayunen").hypothetical
