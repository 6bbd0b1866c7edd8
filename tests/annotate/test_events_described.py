"""A bare definite description of one person as a subject (annotate/events_described.py):
the one person named before it, as in Spanish. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import article, es_events, events, one

from chronicler.annotate.nlp import annotate_articles
from chronicler.model import EventMention, PublicationDate

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)

BEFORE = "A court ordered the arrest of Edmundo González. "


@pytest.mark.parametrize(
    "description", ["The retired diplomat, 75,", "The opposition candidate", "The diplomat"]
)
def test_a_bare_description_is_the_one_person_named_before(nlp, description: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{BEFORE}{description} took refuge in the Dutch embassy."
    ev = one(events(nlp, text), "asylum")
    assert [a.text for a in ev.actors] == ["Edmundo González"]
    assert ev.actors[0].resolved


@pytest.mark.parametrize(
    "text",
    [
        # two people named: no telling which
        "A court ordered the arrest of Edmundo González and Juan Pérez. The retired diplomat "
        "took refuge in the Dutch embassy.",
        # a word of its own says which
        BEFORE + "The Spanish diplomat took refuge in the Dutch embassy.",
    ],
)
def test_a_description_of_no_one_person_stays_itself(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, text), "asylum")
    assert not any(a.text in ("Edmundo González", "Juan Pérez") for a in ev.actors)


# --- args12: a he/she standing for a described person ---


def _annotated(nlp, text: str) -> tuple[EventMention, ...]:  # type: ignore[no-untyped-def]
    """The events of `text` as the annotate stage finds them (the whole-document path)."""
    published = PublicationDate("2023-03-20", "header", 0.9)
    (annotation,) = annotate_articles([article(text, "en", published)], nlp)
    return annotation.events


def test_an_object_pronoun_stands_for_the_person_described_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "When the mayor left the building, two officers detained him."
    ev = one(_annotated(nlp, text), "arrest")
    assert [t.text for t in ev.targets] == ["mayor"] and ev.targets[0].resolved


def test_a_subject_pronoun_goes_on_with_the_person_described_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A photographer was arrested in Minsk on Monday. She was freed two days later."
    ev = one(_annotated(nlp, text), "release")
    assert [t.text for t in ev.targets] == ["photographer"]


def test_an_indefinite_description_after_a_name_is_the_newer_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Ruiz spoke to reporters on Monday. A teacher was detained in Quito. "
        "He was freed on Friday."
    )
    ev = one(_annotated(nlp, text), "release")
    assert [t.text for t in ev.targets] == ["teacher"]


def test_a_definite_description_leaves_the_named_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the minister" after "Luis Mora" may be Mora himself: the name stands."""
    text = (
        "Luis Mora flew to Quito on Monday. Police stopped the minister at the airport. "
        "He was freed on Friday."
    )
    ev = one(_annotated(nlp, text), "release")
    assert [t.text for t in ev.targets] == ["Luis Mora"]


def test_a_pronoun_of_the_other_gender_is_not_the_described_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "When the woman left the building, two officers detained him."
    ev = one(_annotated(nlp, text), "arrest")
    assert not ev.targets


def test_the_subject_of_an_object_pronouns_own_clause_is_not_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(_annotated(nlp, "The governor had him arrested."), "arrest")
    assert not [t for t in ev.targets if t.text == "governor"]


def test_two_described_people_leave_the_pronoun_open(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A judge questioned a farmer in Cuzco. He was detained afterwards."
    ev = one(_annotated(nlp, text), "arrest")
    assert not ev.targets


def test_a_pronoun_in_a_quotation_is_not_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    """In direct speech the speaker is "I": a "him" inside the quote is someone else."""
    text = 'The lawyer told reporters: "The police arrested him without a warrant."'
    ev = one(_annotated(nlp, text), "arrest")
    assert not [t for t in ev.targets if t.text == "lawyer"]


def test_a_crowd_is_no_he(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A crowd gathered outside the station. Police detained him there."
    ev = one(_annotated(nlp, text), "arrest")
    assert not ev.targets


def test_a_name_told_again_after_the_description_is_the_latest(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "A judge ordered Quispe to stay in jail while prosecutors investigate him": Quispe,
    named again after the judge, is the one investigated, not the judge."""
    text = (
        "Former governor Raúl Quispe was detained on Monday. A High Court judge on Friday "
        "ordered Quispe to stay in jail while prosecutors investigate him for fraud."
    )
    ev = one(_annotated(nlp, text), "investigate")
    assert [t.text for t in ev.targets] == ["Raúl Quispe"]


def test_a_description_in_apposition_to_a_name_leaves_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Marta Solís, a retired nurse, ...": the nurse is Solís, whom "her" goes back to."""
    text = "Marta Solís, a retired nurse, left the hospital on Monday. Guards detained her there."
    ev = one(_annotated(nlp, text), "arrest")
    assert [t.text for t in ev.targets] == ["Marta Solís"]


# --- custody13: one person only described is marked so (an actor of its article alone) ---


def test_a_person_introduced_by_a_description_is_marked_in_each_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "An engineer was detained at the airport in Tbilisi. He was released on bail."
    evs = _annotated(nlp, text)
    arrest, release = one(evs, "arrest"), one(evs, "release")
    assert [(t.text, t.described) for t in arrest.targets] == [("engineer", True)]
    # the pronoun stands for the description: the same offsets, so one unnamed actor
    assert [(t.start, t.described) for t in release.targets] == [(arrest.targets[0].start, True)]


@pytest.mark.parametrize(
    "text",
    [
        "The engineer was detained at the airport in Tbilisi.",  # may be someone named
        "Two engineers were detained at the airport in Tbilisi.",  # several
        "An engineer and a driver were detained at the airport in Tbilisi.",
        "Nino Beridze, an engineer, was detained at the airport in Tbilisi.",  # named
    ],
)
def test_no_description_of_one_new_person_is_marked(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(_annotated(nlp, text), "arrest")
    assert not any(t.described for t in ev.targets), ev.targets


def test_a_spanish_dropped_subject_goes_on_with_the_person_described(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Un abogado fue arrestado el martes en León. Fue puesto en libertad dos días después."
    evs = es_events(nlp_es, text)
    arrest, release = one(evs, "arrest"), one(evs, "release")
    assert [(t.text, t.described) for t in arrest.targets] == [("abogado", True)]
    assert [(t.start, t.described) for t in release.targets] == [(arrest.targets[0].start, True)]


@pytest.mark.parametrize(
    "text",
    [
        "El abogado fue arrestado el martes en León.",
        "Dos abogados fueron arrestados el martes en León.",
    ],
)
def test_no_spanish_description_of_one_new_person_is_marked(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(es_events(nlp_es, text), "arrest")
    assert not any(t.described for t in ev.targets), ev.targets


def test_a_bare_definite_description_goes_back_to_the_one_person_described_so(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A nurse was detained in Mandalay on Monday. Soldiers released the nurse on Friday."
    evs = _annotated(nlp, text)
    arrest, release = one(evs, "arrest"), one(evs, "release")
    assert [(t.start, t.described) for t in release.targets] == [(arrest.targets[0].start, True)]


def test_a_definite_description_after_two_introduced_so_is_no_one_of_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A nurse was detained in Mandalay. Another nurse was detained in Yangon. "
        "Soldiers released the nurse on Friday."
    )
    release = one(_annotated(nlp, text), "release")
    assert not any(t.described for t in release.targets)


def test_a_spanish_definite_description_goes_back_to_the_one_described_so(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Una enfermera fue detenida el lunes en Mandalay. La enfermera fue liberada el viernes."
    evs = es_events(nlp_es, text)
    arrest, release = one(evs, "arrest"), one(evs, "release")
    assert [(t.start, t.described) for t in release.targets] == [(arrest.targets[0].start, True)]


# --- desc14: a description with its adjectives, and the Spanish "al" ---


def test_a_definite_description_with_an_adjective_of_age_goes_back(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A cameraman was detained in Yerevan on Monday. Police freed the elderly cameraman."
    evs = _annotated(nlp, text)
    arrest, release = one(evs, "arrest"), one(evs, "release")
    assert [(t.start, t.described) for t in release.targets] == [(arrest.targets[0].start, True)]


def test_an_indefinite_description_with_an_adjective_is_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A young nurse was detained in Yerevan on Monday. She was freed on Friday."
    evs = _annotated(nlp, text)
    arrest, release = one(evs, "arrest"), one(evs, "release")
    assert [(t.text, t.described) for t in arrest.targets] == [("young nurse", True)]
    assert [(t.start, t.described) for t in release.targets] == [(arrest.targets[0].start, True)]


def test_a_compound_before_the_noun_is_no_description_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(_annotated(nlp, "A police officer was detained in Yerevan on Monday."), "arrest")
    assert not any(t.described for t in ev.targets), ev.targets


def test_al_is_a_definite_description(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Un camarógrafo fue detenido el lunes en Ereván. La policía liberó al camarógrafo."
    evs = es_events(nlp_es, text)
    arrest, release = one(evs, "arrest"), one(evs, "release")
    assert [(t.start, t.described) for t in release.targets] == [(arrest.targets[0].start, True)]


def test_un_joven_descrito_sigue_con_el_sujeto_omitido(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Un joven enfermero fue detenido el lunes en Ereván. Fue liberado el viernes."
    evs = es_events(nlp_es, text)
    arrest, release = one(evs, "arrest"), one(evs, "release")
    assert arrest.targets[0].described
    assert [(t.start, t.described) for t in release.targets] == [(arrest.targets[0].start, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Crowds mourned a young teacher held by the guards. Lindani, a teacher from Bulawayo, "
        "was detained on Monday.",
        "A teacher was detained in Bulawayo. The teacher, Lindani Moyo, was freed on Friday.",
    ],
)
def test_a_description_given_to_a_name_elsewhere_is_no_unnamed_person(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = _annotated(nlp, text)
    assert not any(t.described for e in evs for t in e.targets), [e.targets for e in evs]


def test_una_descripcion_dada_a_un_nombre_no_es_una_persona_sin_nombre(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Una periodista fue detenida en Bulawayo. Lindani Moyo, una periodista local, fue liberada."
    )
    evs = es_events(nlp_es, text)
    assert not any(t.described for e in evs for t in e.targets), [e.targets for e in evs]


def test_a_subject_pronoun_goes_on_with_the_described_subject_of_a_fronted_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "After the governor met X, he ordered ...": the clause set before tells of its own
    subject, whom the main clause's he goes on with, not of the person it names after it."""
    ev = one(
        events(nlp, "After the governor received Pablo Mena, he ordered the arrest of two monks."),
        "arrest",
    )
    assert [a.text for a in ev.actors] == ["governor"]
    ev = one(
        events(nlp, "When Pablo Mena received the governor, he ordered the arrest of two monks."),
        "arrest",
    )
    assert [a.text for a in ev.actors] == ["Pablo Mena"]


@pytest.mark.parametrize(
    "text",
    [
        "In a meeting with Smith, the head of the union, the minister agreed to raise wages.",
        "In a meeting with Smith, the minister agreed to raise wages.",
        "According to Smith, the minister agreed to raise wages.",
    ],
)
def test_a_person_named_in_a_fronted_phrase_is_not_the_subject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.trigger == "agreed")
    assert [a.text for a in ev.actors] == ["minister"]


def test_a_body_after_a_fronted_phrase_naming_a_person_is_not_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "After the protests against President Ortega, the army mobilized its reservists."
    ev = next(e for e in events(nlp, text) if e.trigger == "mobilized")
    assert [a.text for a in ev.actors] == ["army"] and not ev.targets


@pytest.mark.parametrize(
    "text",
    [
        "The audition went badly, with a director offering her a part in return for money, but"
        " she refused.",
        "A test went badly, with a producer offering her a role in return for favours -- she"
        " refused.",
    ],
)
def test_a_description_acting_on_a_pronoun_of_her_gender_is_not_she(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # "her" is someone else than the director: "she" goes on with her, not the director
    ev = next(e for e in events(nlp, text) if e.trigger == "refused")
    assert not any(a.text in ("director", "producer") for a in ev.actors)


def test_she_goes_on_with_the_woman_a_description_acted_on(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mary Jones went to Hollywood in 1950. A screen test went badly, with a producer"
        " offering her a role in return for favours -- she refused."
    )
    ev = next(e for e in events(nlp, text) if e.trigger == "refused")
    assert [a.text for a in ev.actors] == ["Mary Jones"]


def test_a_subject_she_goes_on_with_the_named_subject_not_the_one_acted_on(nlp) -> None:  # type: ignore[no-untyped-def]
    # roles 1.167.0: "Maria Lopez shot a guard. She fled": Lopez fled
    evs = events(nlp, "Maria Lopez shot a guard at the gate. She fled on foot.")
    assert [a.text for a in one(evs, "flee").actors] == ["Maria Lopez"]


def test_a_subject_he_still_takes_the_description_that_was_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "A guard shot Maria Lopez at the gate. He fled on foot.")
    assert [a.text for a in one(evs, "flee").actors] == ["guard"]
