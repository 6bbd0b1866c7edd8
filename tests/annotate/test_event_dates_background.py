"""Times an act does not take (event-dates-33): a past tenure's act takes neither its
sentence's day nor the report's, a past act no plan time of its sentence, a present-tense
complement of a past verb no frame carried; and times it does: a relative clause telling what
a document says takes the document's occasion, a custody step with no time of its own its
person's arrest day. Sentences written here."""

from __future__ import annotations

from chronicler.annotate.event_dates import date_event
from chronicler.annotate.nlp import annotate_doc
from chronicler.annotate.timex import find_time_expressions
from chronicler.model import Article, EventDate, EventMention, PublicationDate, Sentence

PUBLISHED = PublicationDate("2020-10-25", "metadata", 0.9)  # a Sunday


def _events(nlp, text: str, lang: str = "en") -> list[EventMention]:  # type: ignore[no-untyped-def]
    article = Article("t", "test", text, None, None, None, PUBLISHED, lang)
    return list(annotate_doc(article, nlp(text)).events)


def _dated(nlp, text: str, trigger: str, lang: str = "en") -> EventDate:  # type: ignore[no-untyped-def]
    found = [e for e in _events(nlp, text, lang) if e.trigger.lower().startswith(trigger)]
    assert found, [e.trigger for e in _events(nlp, text, lang)]
    return found[0].date


def _date(text: str, trigger: str, lang: str = "en", past: bool = False) -> EventDate:
    sentences = [Sentence(0, 0, len(text), text)]
    times = find_time_expressions(text, PUBLISHED.value, lang)
    start = text.index(trigger)
    return date_event(0, start, start + len(trigger), times, PUBLISHED, sentences, past=past)


def test_an_act_a_past_tenure_frames_takes_neither_the_sentences_day_nor_the_reports() -> None:
    told = "The court ruled on Saturday that the former minister arrested dozens of opponents"
    d = _date(f"{told} while he was in office.", "arrested")
    assert (d.value, d.basis) == (None, "unknown")
    d = _date(f"While she was president, {told[:-1].split('that ')[1]}s.", "arrested")
    assert d.value is None
    # a time the tenure's clause tells is the act's; with no tenure, the sentence's day
    assert _date(f"{told} while he was in office in 2015.", "arrested").value == "2015"
    assert _date(f"{told}.", "arrested").value == "2020-10-24"
    d = _date(
        "El tribunal dictaminó el sábado que el exministro detuvo a decenas de opositores "
        "mientras era presidente.",
        "detuvo",
        "es",
    )
    assert (d.value, d.basis) == (None, "unknown")
    d = _date(
        "El tribunal dictaminó el sábado que detuvo a opositores durante su mandato.",
        "detuvo",
        "es",
    )
    assert d.value is None


def test_a_plan_time_dates_no_past_act_of_its_sentence() -> None:
    text = "Police arrested Khan ahead of a vote scheduled for next month."
    assert _date(text, "arrested", past=True).basis == "article"
    # an act to come, or the plan's own noun, keeps it
    assert _date(text, "arrested").value == "2020-11"
    assert _date(text, "vote", past=True).value == "2020-11"
    text = "La Policía detuvo a Khan antes de las elecciones previstas para el próximo mes."
    assert _date(text, "detuvo", "es", past=True).basis == "article"


def test_a_plan_time_dates_no_past_act_as_parsed(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested Khan ahead of a vote scheduled for next month."
    assert _dated(nlp, text, "arrested").value == "2020-10-25"
    text = "La Policía detuvo a Khan antes de las elecciones previstas para el próximo mes."
    assert _dated(nlp_es, text, "detuvo", "es").value == "2020-10-25"


def test_a_present_complement_of_a_past_verb_is_as_of_the_report(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los agentes detuvieron el viernes a Glas.\n\nLa canciller explicó que la demanda "
        "pide a la corte que suspenda a Ecuador."
    )
    d = _dated(nlp_es, text, "pide", "es")
    assert (d.value, d.basis) == ("2020-10-25", "article")
    # told in the past, the request goes on in Friday's frame
    text = text.replace("pide", "pidió")
    assert _dated(nlp_es, text, "pidió", "es").value == "2020-10-23"


def test_a_relative_clause_on_a_document_is_of_its_occasion(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "The council approved a resolution on Wednesday, which condemned the incursion."
    assert _dated(nlp, text, "condemned").value == "2020-10-21"
    text = "El Consejo aprobó el miércoles una resolución, que condena la irrupción."
    assert _dated(nlp_es, text, "condena", "es").value == "2020-10-21"
    # a relative clause on a country tells its own act, before: not Wednesday's
    text = "The exiles flew to Mexico on Wednesday, which granted them asylum."
    assert _dated(nlp, text, "granted").value != "2020-10-21"


def test_a_custody_step_with_no_time_takes_its_persons_arrest_day(nlp) -> None:  # type: ignore[no-untyped-def]
    arrest = "Police arrested Jorge Glas at the embassy on Friday."
    others = "Mexico broke off relations with Ecuador."
    step = "Glas was flown to Guayaquil and locked up in La Roca."
    d = _dated(nlp, f"{arrest}\n\n{others}\n\n{step}", "locked")
    assert (d.value, d.certainty) == ("2020-10-23", "approximate")
    # a release told in between ends that custody: the step is not of the arrest's day
    freed = "Glas was released on Saturday."
    d = _dated(nlp, f"{arrest} {freed}\n\n{others}\n\n{step}", "locked")
    assert d.value != "2020-10-23"


def test_an_act_in_a_relative_clause_under_a_past_perfect_takes_no_day_before_it(
    nlp, nlp_es
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The judge ruled on Saturday that the former minister had hidden the proceeds of "
        "selling weapons he received from foreign leaders."
    )
    d = _dated(nlp, text, "received")
    assert (d.value, d.basis) == (None, "unknown")
    # a time told after it in its own clause is still its own
    assert _dated(nlp, text.replace("leaders.", "leaders in 2019."), "received").value == "2019"
    from chronicler.annotate.event_dates import in_relative_under_past_perfect

    doc = nlp_es("El juez dictaminó que Khan había ocultado los regalos que recibió de líderes.")
    (recibio,) = [t for t in doc if t.text == "recibió"]
    assert in_relative_under_past_perfect(recibio)
    # a clause of time tells the past perfect's own time, not an earlier one
    doc = nlp("He had been behind bars since January 2021, when he was detained at the airport.")
    (detained,) = [t for t in doc if t.text == "detained"]
    assert not in_relative_under_past_perfect(detained)
