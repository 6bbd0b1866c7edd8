"""A "when" clause hung on a date takes that date; a cause told before its effect does not take
the date that follows the effect's trigger. Sentences written here."""

from __future__ import annotations

from chronicler.annotate.event_dates import date_event
from chronicler.annotate.timex import find_time_expressions
from chronicler.model import PublicationDate, Sentence

PUBLISHED = PublicationDate("2024-02-16", "metadata", 0.9)


def _date(text: str, trigger: str, rival: str | None = None, lang: str = "en") -> str | None:
    sentences = [Sentence(0, 0, len(text), text)]
    times = find_time_expressions(text, PUBLISHED.value, lang)
    start = text.index(trigger)
    rivals = ()
    if rival is not None:
        r = text.index(rival)
        rivals = ((r, r + len(rival)),)
    return date_event(
        0, start, start + len(trigger), times, PUBLISHED, sentences, rivals=rivals
    ).value


def test_a_when_clause_on_a_date_takes_that_date() -> None:
    text = "He had been behind bars since January 2021, when he was detained at the airport."
    assert _date(text, "detained") == "2021-01"
    text = "Estaba preso desde enero de 2021, cuando fue detenido en el aeropuerto."
    assert _date(text, "detenido", lang="es") == "2021-01"


def test_a_when_clause_not_on_a_date_is_left_as_before() -> None:
    text = "He was detained when he landed in Moscow in January 2021."
    assert _date(text, "detained") == "2021-01"  # the sentence's date, as before
    text = "He was freed on Saturday, two years after he was detained, his lawyer said."
    assert _date(text, "detained") != "2024-02-10"


def test_a_cause_does_not_take_the_date_after_its_effect() -> None:
    text = "Su detención provocó manifestaciones en decenas de ciudades el 23 de enero de 2021."
    assert _date(text, "detención", rival="manifestaciones", lang="es") != "2021-01-23"
    assert _date(text, "manifestaciones", lang="es") == "2021-01-23"
    text = "His arrest set off protests across the country on Jan. 23, 2021."
    assert _date(text, "arrest", rival="protests") != "2021-01-23"
    assert _date(text, "protests") == "2021-01-23"
