"""Numeric dates: one reading for the time grammar of sentences and the date lines."""

from __future__ import annotations

from datetime import date

from chronicler.annotate.timex import find_time_expressions
from chronicler.annotate.timex_numeric import numeric_order, read_numeric_date, two_digit_year
from chronicler.clean.published import joined_numeric_dates


def found(text: str, anchor: str | None = "2012-08-09", language: str = "en") -> list[tuple]:
    return [(t.text, t.value) for t in find_time_expressions(text, anchor, language)]


def test_the_order_a_numeric_date_settles_itself() -> None:
    assert numeric_order("07", ".", "08") == "day_first"  # dots: the day-first mark
    assert numeric_order("16", "/", "08") == "day_first"  # no 16th month
    assert numeric_order("08", "/", "16") == "month_first"
    assert numeric_order("05", "/", "02") is None  # two readings: the language's convention


def test_a_two_digit_year_is_the_latest_one_allowed() -> None:
    assert two_digit_year(8, 2026) == 2008
    assert two_digit_year(98, 2026) == 1998
    assert two_digit_year(26, 2026) == 2026
    assert two_digit_year(27, 2026) == 1927


def test_read_numeric_date() -> None:
    assert read_numeric_date("7", ".", "8", "2012", 2026, "month_first") == date(2012, 8, 7)
    assert read_numeric_date("05", "/", "02", "2013", 2026, "month_first") == date(2013, 5, 2)
    assert read_numeric_date("05", "/", "02", "2013", 2026, "day_first") == date(2013, 2, 5)
    assert read_numeric_date("31", "/", "04", "2013", 2026, "day_first") is None
    # a dotted date with a two-digit year writes its day and month with two digits
    assert read_numeric_date("2", ".", "4", "10", 2026, "day_first") is None


def test_a_sentence_reads_dotted_dates_day_first() -> None:
    assert found("The bout was held on 7.8.2012 in Bern.") == [("7.8.2012", "2012-08-07")]
    assert found("The deal was signed on 07.08.12, officials said.") == [("07.08.12", "2012-08-07")]
    assert found("La reunión fue el 3.11.2010 en Quito.", language="es") == [
        ("3.11.2010", "2010-11-03")
    ]


def test_a_sentence_reads_slashed_dates_by_their_numbers_then_the_language() -> None:
    assert found("Ballots cast on 16/08/2011 were recounted.") == [("16/08/2011", "2011-08-16")]
    assert found("Ballots cast on 12/16/08 were recounted.") == [("12/16/08", "2008-12-16")]
    assert found("Ballots cast on 03/04/2011 were recounted.") == [("03/04/2011", "2011-03-04")]
    assert found("Votaron el 03/04/2011 en la capital.", language="es") == [
        ("03/04/2011", "2011-04-03")
    ]
    assert found("Votaron el 04/13/2011 en la capital.", language="es") == [
        ("04/13/2011", "2011-04-13")
    ]


def test_a_year_first_numeric_date_is_iso_order_whatever_its_mark() -> None:
    assert found("The polls closed on 2012/08/07 and on 2012.08.09.") == [
        ("2012/08/07", "2012-08-07"),
        ("2012.08.09", "2012-08-09"),
    ]


def test_numbers_that_are_no_dates() -> None:
    assert found("Install version 2.4.10 before the 192.168.1.10 server restarts.") == []
    assert found("Se pagaron 1.500.000 pesos.", language="es") == []
    # no 31 April: no day (its year may still be read)
    assert [v for _, v in found("They won 31/04/2012 in the raffle.") if len(v) > 4] == []


def test_a_two_digit_year_after_a_month_and_day() -> None:
    assert found("Story Created: Aug 7, '12 at 9:56 AM")[0] == ("Aug 7, '12", "2012-08-07")
    assert found("The vote of 7 Aug '98 was annulled.") == [("7 Aug '98", "1998-08-07")]
    # a sentence's two-digit year may lie a few years ahead of its article
    assert found("The treaty expires on June 30, '15.", anchor="2012-08-09") == [
        ("June 30, '15", "2015-06-30")
    ]


def test_the_date_lines_read_numeric_dates_as_the_sentences_do() -> None:
    today = date(2026, 12, 7)
    for spaced, sentence in (("07 . 08 . 12", "07.08.12"), ("16 / 08 / 2011", "16/08/2011")):
        line = joined_numeric_dates(spaced, today)
        assert find_time_expressions(line, None)[0].value == found(sentence)[0][1]
