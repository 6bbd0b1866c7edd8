"""A relative clause closed before the trigger keeps its time to itself; an act its tense holds
as of the report (a present-tense relative clause, a present perfect) takes no time of another
clause nor a day carried from the narrative. Sentences written here."""

from __future__ import annotations

from chronicler.annotate.nlp import annotate_doc
from chronicler.model import Article, EventMention, PublicationDate

PUBLISHED = PublicationDate("2021-03-12", "metadata", 0.9)


def _events(nlp, text: str, lang: str) -> list[EventMention]:  # type: ignore[no-untyped-def]
    article = Article("t", "test", text, None, None, None, PUBLISHED, lang)
    return list(annotate_doc(article, nlp(text)).events)


def _dates(nlp, text: str, mode: str | None, lang: str = "en") -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.date.value for e in _events(nlp, text, lang) if e.mode == mode]


def test_a_time_in_a_relative_clause_closed_before_the_main_verb_is_not_its(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The engineer, who was detained in Tehran in May 2019, was serving a ten-year "
        "sentence on espionage charges."
    )
    assert _dates(nlp, text, "arrest") == ["2019-05"]
    assert _dates(nlp, text, "imprison") == ["2021-03-12"]


def test_a_spanish_comma_que_clause_keeps_its_time_to_itself(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El periodista, que fue detenido en La Habana en mayo de 2019, cumplía una condena "
        "de diez años por espionaje."
    )
    assert _dates(nlp_es, text, "arrest", "es") == ["2019-05"]
    assert _dates(nlp_es, text, "imprison", "es") == ["2021-03-12"]


def test_a_main_verb_before_the_relative_clause_still_takes_its_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On May 4, 2019, police detained the engineer, who was visiting his family in Tehran."
    assert _dates(nlp, text, "arrest") == ["2019-05-04"]


def test_a_present_perfect_takes_no_day_carried_from_the_narrative(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police arrested the mayor on Sept. 3 in the port city.\n\nThe arrest set off marches "
        "in the north. Students have burned tyres on the main roads and crowds have attacked "
        "police stations."
    )
    assert _dates(nlp, text, "arrest")[0] == "2020-09-03"
    # (the tyres burnt are a protest act, vocabulary 1.270.0; were a seizure of property)
    assert _burned(nlp, text) == ["2021-03-12"]
    # the simple past goes on in the carried day
    past = text.replace("have burned", "burned").replace("have attacked", "attacked")
    assert _burned(nlp, past) == ["2020-09-03"]


def _burned(nlp, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.date.value for e in _events(nlp, text, "en") if e.trigger.startswith("burned")]


def test_a_spanish_present_perfect_takes_no_day_carried_from_the_narrative(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La policía detuvo al alcalde el 3 de septiembre en la ciudad portuaria.\n\nLa "
        "detención desató marchas en el norte. La multitud ha atacado comisarías en tres "
        "provincias."
    )
    (attack,) = [e for e in _events(nlp_es, text, "es") if e.trigger.startswith("atacado")]
    assert attack.date.value == "2021-03-12"
    past = text.replace("ha atacado", "atacó")
    (attack,) = [e for e in _events(nlp_es, past, "es") if e.trigger.startswith("atac")]
    assert attack.date.value == "2020-09-03"


def test_a_present_relative_clause_after_a_preposition_is_as_of_the_report(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El abogado del alcalde recurrirá la condena que le impuso el martes un juez de "
        "Lima, al que acusa de parcialidad."
    )
    assert _dates(nlp_es, text, "allege", "es") == ["2021-03-12"]
    # in the past tense, the accusing goes on in the time its sentence tells
    past = text.replace("recurrirá", "recurrió").replace("acusa", "acusó")
    assert _dates(nlp_es, past, "allege", "es") != ["2021-03-12"]


def test_a_restrictive_relative_clause_goes_on_past_its_comma(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El juez la declaró culpable por la forma en que asumió el cargo en mayo de 2019, "
        "tras la renuncia del gobernador."
    )
    assert _dates(nlp_es, text, "resign", "es") == ["2019-05"]
