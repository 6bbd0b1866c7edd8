"""A sentence's main verb is in no relative clause, whatever commas the writer left out; a
cleft's relative clause tells the sentence's own happening; "después de" before an infinitive
opens a clause of its own. Sentences written here."""

from __future__ import annotations

from chronicler.annotate.event_dates import date_event
from chronicler.annotate.nlp import annotate_doc
from chronicler.annotate.timex import find_time_expressions
from chronicler.model import Article, EventMention, PublicationDate, Sentence

PUBLISHED = PublicationDate("2020-10-25", "metadata", 0.9)


def _events(nlp, text: str, lang: str = "en") -> list[EventMention]:  # type: ignore[no-untyped-def]
    article = Article("t", "test", text, None, None, None, PUBLISHED, lang)
    return list(annotate_doc(article, nlp(text)).events)


def _dated(nlp, text: str, mode: str, lang: str = "en") -> str | None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in _events(nlp, text, lang) if e.mode == mode]
    return event.date.value


def test_a_main_verb_after_a_relative_clause_takes_the_sentence_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On April 30, 2019, agents of the intelligence service, known as SEBIN, who were "
        "guarding his home freed him, and he joined the opposition leader."
    )
    assert _dated(nlp, text, "release") == "2019-04-30"


def test_a_verb_in_a_relative_clause_still_keeps_to_its_own_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Wednesday the exiles flew to Mexico, which granted them asylum in a hurry, "
        "officials said."
    )
    dates = [e.date.value for e in _events(nlp, text) if e.mode == "asylum"]
    assert dates and "2020-10-21" not in dates


def test_a_clefts_relative_clause_takes_the_narratives_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "He led the crackdown on the protests against the president in 2014, which left "
        "dozens dead.\n\nIt is Rodríguez Torres who takes Leopoldo López to prison, and he "
        "is credited with founding La Tumba."
    )
    assert _dated(nlp, text, "arrest") == "2014"


def test_a_present_relative_clause_of_a_state_stays_as_of_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fujimori was sentenced in 2009. He is in the police compound where he is serving "
        "a prison sentence."
    )
    assert _dated(nlp, text, "imprison") == "2020-10-25"


def test_a_spanish_clefts_relative_clause_takes_the_narratives_time(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tuvo que encabezar la represión de las protestas contra Maduro en 2014, que causaron "
        "decenas de muertos. Es Rodríguez Torres quien detiene a Leopoldo López."
    )
    assert _dated(nlp_es, text, "arrest", "es") == "2014"


def _date(text: str, trigger: str, lang: str) -> str | None:
    sentences = [Sentence(0, 0, len(text), text)]
    times = find_time_expressions(text, PUBLISHED.value, lang)
    start = text.index(trigger)
    return date_event(0, start, start + len(trigger), times, PUBLISHED, sentences).value


def test_despues_de_before_an_infinitive_opens_a_clause_of_its_own() -> None:
    text = "López llegó este domingo a Madrid después de salir en secreto de Venezuela."
    assert _date(text, "salir", "es") is None  # before Sunday, by how much not said
    assert _date(text, "llegó", "es") == "2020-10-25"
    text = "Tras el fracaso de la sublevación se refugió el 30 de abril en la embajada."
    assert _date(text, "refugió", "es") == "2020-04-30"  # "tras" before a noun: main clause


def test_a_bare_that_or_que_relative_clause_keeps_its_time_to_itself(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "detained the editor that published the leaked memo on Monday": Monday is the
    publishing's, in a relative clause a bare "that"/"que" opens, not the detention's; a
    "that" opening a reported clause still passes its time on."""
    text = "Agents detained the editor that published the leaked memo on Monday."
    assert _dated(nlp, text, "arrest") != "2020-10-19"
    text = "Los agentes detuvieron al editor que publicó el memorando filtrado el lunes."
    assert _dated(nlp_es, text, "arrest", "es") != "2020-10-19"
    text = "The ministry said that agents detained the editor on Monday."
    assert _dated(nlp, text, "arrest") == "2020-10-19"
    text = "El ministerio informó que los agentes detuvieron al editor el lunes."
    assert _dated(nlp_es, text, "arrest", "es") == "2020-10-19"


def test_a_bare_relative_clause_on_the_happening_dates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the sit-in that began on Monday": the clause is on the happening's own noun."""
    text = "Officers detained dozens at the sit-in that began on Monday."
    (sit_in,) = [e for e in _events(nlp, text) if e.trigger.startswith("sit-in")]
    assert sit_in.date.value == "2020-10-19"


def test_an_act_in_a_bare_relative_clause_takes_no_time_of_the_clause_around_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday agents detained the student that led the occupation of the ministry."
    dates = [e.date.value for e in _events(nlp, text) if e.trigger == "occupation"]
    assert dates and "2020-10-19" not in dates
    assert _dated(nlp, text, "arrest") == "2020-10-19"


def test_an_act_told_in_a_bare_relative_clause_on_another_happening_takes_its_time(
    nlp, nlp_es
) -> None:  # type: ignore[no-untyped-def]
    """ "a raid that freed 40 inmates": what the raid did, it did at the raid's time."""
    text = (
        "The commander, who in 2009 led a raid that freed 40 inmates from the city jail, "
        "was arrested."
    )
    assert _dated(nlp, text, "release") == "2009"
    text = (
        "El comandante, que en 2009 encabezó un asalto que liberó a 40 reclusos de la cárcel, "
        "fue detenido."
    )
    assert _dated(nlp_es, text, "release", "es") == "2009"
