"""Publication dates: candidates, bases, and checks against the text."""

from __future__ import annotations

from datetime import date

from chronicler.clean.published import (
    body_evidence,
    find_candidates,
    find_publication_date,
    find_wire_day,
    joined_numeric_dates,
    month_named_dates,
    parse_date_string,
)
from chronicler.model import DeclaredMetadata

NONE = DeclaredMetadata()


def test_parse_date_string_keeps_granularity() -> None:
    assert parse_date_string("2023-06-24T10:00:00Z") == "2023-06-24"
    assert parse_date_string("2023-06") == "2023-06"
    assert parse_date_string("Sat, 24 Jun 2023 10:00:00 GMT") == "2023-06-24"
    assert parse_date_string("June 24, 2023") == "2023-06-24"
    assert parse_date_string("not a date") is None


def test_declared_metadata_wins_when_the_text_agrees() -> None:
    body = "In March 2018, he was arrested. He was freed on Saturday."
    p = find_publication_date(body, body, DeclaredMetadata(date="2023-06-24T08:00:00Z"))
    assert (p.value, p.basis) == ("2023-06-24", "metadata")
    assert p.confidence >= 0.85


def test_dateline_line_with_date_and_time_zone() -> None:
    text = "Venezuela begins prisoner release\n\n2026-01-09 HKT 07:01\nShare this story\n"
    body = "Venezuela on Thursday began releasing prisoners."
    p = find_publication_date(text + body, body, NONE)
    assert (p.value, p.basis) == ("2026-01-09", "dateline")


def test_wire_dateline_with_a_date() -> None:
    text = "CARACAS, Venezuela, June 24, 2023 (AP) — The government freed him on Saturday."
    p = find_publication_date(text, text, NONE)
    assert (p.value, p.basis) == ("2023-06-24", "dateline")


def test_a_tokenised_date_line_keeps_its_year() -> None:
    # corpora shipped as tokens (ECB+) put a space before the comma: "August 17 , 2011"
    text = "Quake hits the island\nAugust 17 , 2011\nA strong quake shook the island on Tuesday ."
    p = find_publication_date(text, "A strong quake shook the island on Tuesday .", NONE)
    assert (p.value, p.basis) == ("2011-08-17", "dateline")


def test_a_tokenised_numeric_date_line_is_read() -> None:
    # tokenised text spaces the slashes, hyphens and colons of a numeric date and a clock time
    body = "Storm floods the valley ."
    for line, value in (
        ("On Wed , 21 / 03 / 2012 - 09 : 15", "2012-03-21"),  # a day over 12: day first
        ("2014 - 10 - 02", "2014-10-02"),
        ("Posted 10 / 30 / 2014 6 : 05 PM ET", "2014-10-30"),
        ("03 / 11 / 09 04 : 20 PM ET", "2009-03-11"),  # two readings: English, month first
        ("Article posted on 14 . 02 . 2015", "2015-02-14"),
        ("Published : 2015 . 02 . 14 08 : 10 AM", "2015-02-14"),
        (
            "First Posted : 04 / 22 / 16 10 : 01 AM ET Updated : 05 / 01 / 16 09 : 00 AM ET",
            "2016-04-22",
        ),
    ):
        p = find_publication_date(f"Storm floods the valley\n{line}\n{body}", body, NONE)
        assert (p.value, p.basis) in ((value, "dateline"), (value, "byline")), line


def test_a_date_line_with_a_label_brackets_a_dash_or_a_zone_offset_is_read() -> None:
    # what a page puts beside its own date: a label ("Story Created", "Last updated"),
    # brackets, a dash before the clock time, a zone's offset, a clock's bare "p", a spaced
    # "p. m.", a dotted British clock time
    body = "Storm floods the valley ."
    for line, value in (
        ("Story Created : Mar 4 , 2015 at 7 : 02 AM PST", "2015-03-04"),
        ("14 May 2016 Last updated at 09 : 40 BST", "2016-05-14"),
        ("( October 2 , 2009 ) - -", "2009-10-02"),
        ("Feb 9 , 2014 – 6 : 10 PM", "2014-02-09"),
        ("3 March 2015 , 11 : 30 ( GMT+03 : 00 )", "2015-03-03"),
        ("on Nov 2 2014 , 8 : 41p", "2014-11-02"),
        ("9 : 14 p . m . EDT Apr 6 , 2016", "2016-04-06"),
        ("Monday 5 May 2008 10 . 41 BST", "2008-05-05"),
        ("on Friday , 4 April 2008 10 : 20 .", "2008-04-04"),
    ):
        p = find_publication_date(f"Storm floods the valley\n{line}\n{body}", body, NONE)
        assert (p.value, p.basis) == (value, "dateline"), line


def test_a_month_named_date_in_page_furniture_shapes_is_read() -> None:
    # a dot after a full month name, a dash before the year, a month between hyphens (with a
    # two-digit year), a label "Found"/"Filed", a wire agency's name beside the date
    body = "Storm floods the valley ."
    for line, value in (
        ("Thu . , June . 12 , 2014 8 : 05 AM PDT", "2014-06-12"),
        ("Monday , October 6 - 2008 at 09 : 30", "2008-10-06"),
        ("Edited on Tue Mar - 4 - 08 10 : 12 AM", "2008-03-04"),
        ("Posted 04 - Mar - 2008 10 : 12", "2008-03-04"),
        ("Found June 03 , 2014", "2014-06-03"),
        ("Filed : October 6 , 2008", "2008-10-06"),
        ("Bloomberg Oct 6 , 2008 , 11 . 20AM EDT", "2008-10-06"),
    ):
        p = find_publication_date(f"Storm floods the valley\n{line}\n{body}", body, NONE)
        assert (p.value, p.basis) in ((value, "dateline"), (value, "byline")), line


def test_month_named_dates_only_rewrite_dates() -> None:
    today = date(2026, 12, 7)
    assert month_named_dates("Wed., July. 9, 2014", "en", today) == "Wed., July 9, 2014"
    assert month_named_dates("Dec - 19 - 05 03:49 PM", "en", today) == "Dec 19, 2005 03:49 PM"
    assert month_named_dates("19-Dec-2012", "en", today) == "Dec 19, 2012"
    # words that are no month stay as written
    for line in ("Vol. 3 , 2014", "Covid - 19 - 2020", "won 3 - 1 - 10", "Item - 4 - 12"):
        assert month_named_dates(line, "en", today) == line


def test_a_yearless_head_is_no_dated_date_line() -> None:
    # "Dec. 24 4:33 AM EST" gives no year: none is guessed from the line
    body = "The team won on Sunday ."
    for line in ("Dec . 24 4 : 33 AM EST", "APR 28", "Jul . 7 5 : 59 PM EDT"):
        assert find_candidates(f"Title\n{line}\n{body}", NONE) == [], line


def test_a_date_line_of_other_words_is_no_date_line() -> None:
    body = "Storm floods the valley ."
    line = "End of the season : Friday , June 24 , 2005"
    p = find_publication_date(f"Storm floods the valley\n{line}\n{body}", body, NONE)
    assert p.basis != "dateline"


def test_a_year_a_schedule_points_to_is_no_narrated_year() -> None:
    # a release a sentence was due to end in, a contract's last year: they may lie ahead of
    # the writing, and a date line of an earlier year stands
    for sentence in (
        "The banker was serving a ten-year term and was due to be released in May 2012 .",
        "He had signed a deal that paid him $9 million through 2015 , his agent said .",
    ):
        text = f"Banker dies in custody\nPublished : Mar . 2 , 2009 at 8 : 15 AM\n{sentence}"
        p = find_publication_date(text, sentence, NONE)
        assert (p.value, p.basis) == ("2009-03-02", "byline"), sentence


def test_joined_numeric_dates() -> None:
    today = date(2026, 12, 7)
    assert joined_numeric_dates("21 / 03 / 2012 - 09 : 15", today) == "2012-03-21 - 09:15"
    assert joined_numeric_dates("05 / 06 / 2012", today) == "5/6/2012"  # for the language
    assert joined_numeric_dates("05 . 06 . 2012", today) == "2012-06-05"  # dots: day first
    assert joined_numeric_dates("12 / 16 / 98", today) == "1998-12-16"
    assert joined_numeric_dates("12 / 16 / 25", today) == "2025-12-16"
    assert joined_numeric_dates("23 : 37 : 00", today) == "23:37:00"
    # no date: a score or a range of small numbers, a month 13, a version number
    assert (
        joined_numeric_dates("won 3 - 1 - 10 on aggregate", today) == "won 3 - 1 - 10 on aggregate"
    )
    assert joined_numeric_dates("2012 - 13 - 01", today) == "2012 - 13 - 01"
    assert joined_numeric_dates("version 2 . 4 . 1", today) == "version 2 . 4 . 1"
    assert joined_numeric_dates("08 . 23 BST", today) == "08.23 BST"
    assert joined_numeric_dates("a 5 . 9 magnitude quake", today) == "a 5 . 9 magnitude quake"


def test_byline_date() -> None:
    text = "Title\nBy Regina Garcia Cano | Published June 24, 2023\nThe government freed him."
    p = find_publication_date(text, "The government freed him.", NONE)
    assert (p.value, p.basis) == ("2023-06-24", "byline")


def test_url_date() -> None:
    declared = DeclaredMetadata(url="https://example.com/world/2023/06/24/venezuela-frees-spy/")
    p = find_publication_date("text", "The government freed him.", declared)
    assert (p.value, p.basis) == ("2023-06-24", "url")


def test_copyright_year_when_the_text_agrees() -> None:
    body = "Venezuela freed him five years after he was arrested. He was arrested in 2018."
    p = find_publication_date(body + "\n©2023 Bloomberg L.P.", body, NONE)
    assert (p.value, p.basis) == ("2023", "copyright")


def test_header_render_date_contradicted_by_the_text_is_never_returned() -> None:
    header = "Tuesday, June 25, 2024 | Back issues\nCourthouse News Service\n"
    body = (
        "MIAMI (AP) — On Monday, 16 guardsmen who revolted on April 30 fled the embassy. "
        "He met López in 2018. When Guaidó declared himself president in January, "
        "they joined the conspiracy."
    )
    p = find_publication_date(header + body, body, NONE)
    assert p.value != "2024-06-25"
    assert p.basis == "inferred"
    assert p.value == "2019"
    assert p.note and "header 2024-06-25" in p.note


def test_header_date_not_contradicted_is_kept_as_header() -> None:
    header = "Tuesday, June 25, 2024 | Back issues\n"
    body = "Protesters marched in Caracas in 2024 against the government."
    p = find_publication_date(header + body, body, NONE)
    assert (p.value, p.basis) == ("2024-06-25", "header")
    assert p.confidence < 0.6


def test_candidate_older_than_the_narrated_year_is_rejected() -> None:
    body = "He was arrested in 2018."
    p = find_publication_date(body, body, DeclaredMetadata(date="2015-01-01"))
    assert p.basis != "metadata"
    assert p.note and "2015-01-01" in p.note


def test_inferred_from_duration_when_nothing_is_declared() -> None:
    body = (
        "The government freed a spy chief who spent nearly five years in prison. "
        "In March 2018, he was hauled away by agents."
    )
    p = find_publication_date(body, body, NONE)
    assert (p.value, p.basis) == ("2023", "inferred")


def test_only_overlong_durations_are_no_evidence_and_no_crash() -> None:
    body = "He was jailed in 1990. He spent 60 years in exile after the war, his son said."
    ev = body_evidence(body, today=date(2026, 1, 1))
    assert ev.latest_year == 1990 and ev.duration_year is None


def test_a_decade_is_no_year() -> None:
    ev = body_evidence(
        "In the 1940s, the family fled. He was arrested in 2018.", today=date(2026, 1, 1)
    )
    assert ev.latest_year == 2018
    ev = body_evidence("Wages rose sharply in the 1950s, the report said.", today=date(2026, 1, 1))
    assert ev.latest_year is None


def test_no_evidence_is_an_honest_null() -> None:
    body = "The government freed a spy chief."
    p = find_publication_date(body, body, NONE)
    assert (p.value, p.basis) == (None, "unknown")


def test_evidence_ignores_future_tense_years() -> None:
    ev = body_evidence(
        "Elections will be held in 2030. He was arrested in 2018.", today=date(2026, 1, 1)
    )
    assert ev.latest_year == 2018


def test_candidates_order_puts_article_bound_dates_first() -> None:
    text = "Tuesday, June 25, 2024 | Back issues\nBy Jane Doe | June 20, 2024\nBody.\n© 2024 X"
    bases = [c.basis for c in find_candidates(text, NONE)]
    assert bases == ["byline", "copyright", "header"]


def test_spanish_body_evidence() -> None:
    body = (
        "El gobierno liberó al general, que pasó cinco años preso. Fue detenido en marzo de 2018."
    )
    p = find_publication_date(body, body, NONE)
    assert (p.value, p.basis) == ("2023", "inferred")


def test_parse_date_string_falls_back_to_strict_dateparser() -> None:
    assert parse_date_string("24/06/2023 10:00") == "2023-06-24"
    assert parse_date_string("sometime soon") is None


def test_date_lines_in_other_shapes() -> None:
    for line in (
        "Published 10:02 AM EDT, June 24, 2023",
        "Saturday 24 June 2023 12.05 BST",
        "24 de junio de 2023 - 10:15 CEST",
        "Publicado el 24 jun 2023 10:15",
        "June 24, 2023 7:45 PM GMT+3 Updated 2 hours ago",
    ):
        found = find_candidates(f"Title\n{line}\nBody.", NONE)
        assert [c.value for c in found] == ["2023-06-24"], line


def test_named_event_relative_to_the_article_dates_it() -> None:
    body = "The 2018 election was marred by fraud. Last year's election left Maduro in power."
    assert body_evidence(body).event_year == 2019
    p = find_publication_date("Monday, June 3, 2024 | Home\n" + body, body, NONE)
    assert (p.value, p.basis) == ("2019", "inferred")


def test_past_tense_month_after_the_header_month_contradicts_it() -> None:
    body = "Protests in 2024 grew. Varela, who left office in July, spoke to reporters."
    p = find_publication_date("Tuesday, June 25, 2024 | Back issues\n" + body, body, NONE)
    assert p.basis != "header"
    assert p.note and "month 7" in p.note


def test_attributive_and_present_tense_years_do_not_bound_the_date() -> None:
    body = "WeWork's 2025 bond has weakened. The 2020 election looms. It said on Monday it agreed."
    p = find_publication_date(body, body, DeclaredMetadata(date="2019-11-18"))
    assert (p.value, p.basis) == ("2019-11-18", "metadata")


WIRE_ES = (
    "Inicio\nInternacional\n"
    "Santiago de Cuba, 16 ene (EFE).- El opositor fue excarcelado este jueves, dos días "
    "después del anuncio del pasado martes.\n\n"
    "Había sido detenido el 11 de julio de 2021 cuando se unía a las protestas.\n"
)
TODAY = date(2026, 12, 1)


def test_wire_day_reads_the_dateline_and_the_lead_s_own_weekday() -> None:
    wire = find_wire_day(WIRE_ES)
    assert wire is not None
    # "el pasado martes" is another day of the week, not the dateline's
    assert (wire.month, wire.day, wire.weekdays) == (1, 16, (4,))
    english = find_wire_day("WASHINGTON, Jan. 16 (Reuters) - The U.S. said on Thursday it ...")
    assert english is not None and (english.month, english.day, english.weekdays) == (1, 16, (4,))
    assert find_wire_day("CARACAS, Venezuela (AP) — The government freed him.") is None


def test_a_yearless_wire_dateline_takes_the_first_year_its_weekday_fits() -> None:
    body = WIRE_ES.split("\n", 2)[2]
    p = find_publication_date(WIRE_ES, body, NONE, today=TODAY)
    # 16 January fell on a Thursday in 2025, the first such year from 2021, the latest
    # year the text narrates (2022 Sunday, 2023 Monday, 2024 Tuesday)
    assert (p.value, p.basis) == ("2025-01-16", "inferred")
    assert p.note and "este jueves" in p.note


def test_no_weekday_or_no_fitting_year_keeps_the_year_guess() -> None:
    no_weekday = WIRE_ES.replace("este jueves", "hoy")
    p = find_publication_date(no_weekday, no_weekday, NONE, today=TODAY)
    assert (p.value, p.basis) == ("2022", "inferred")
    # 16 January is a Wednesday in no year from 2021 to 2026
    wednesday = WIRE_ES.replace("este jueves", "este miércoles")
    p = find_publication_date(wednesday, wednesday, NONE, today=TODAY)
    assert (p.value, p.basis) == ("2022", "inferred")


def test_a_dated_dateline_is_not_second_guessed_by_its_weekday() -> None:
    text = "CARACAS, 16 de enero de 2024 (EFE).- El opositor fue excarcelado este jueves."
    p = find_publication_date(text, text, NONE, today=TODAY)
    assert (p.value, p.basis) == ("2024-01-16", "dateline")


def test_a_numeric_date_on_a_spanish_page_is_day_first() -> None:
    """ "11/06/2022 - 14:20" under a Spanish headline is 11 June; on an English page the same
    line is read month first."""
    spanish = "La defensa del exministro apelará la condena que le impuso el tribunal."
    page = f"Titular de la noticia\n11/06/2022 - 14:20\n{spanish}"
    p = find_publication_date(page, spanish, NONE, today=date(2026, 1, 1))
    assert p.value == "2022-06-11"
    english = "The former minister said he would appeal the sentence that the court handed down."
    page = f"Headline\n11/06/2022 - 14:20\n{english}"
    p = find_publication_date(page, english, NONE, today=date(2026, 1, 1))
    assert p.value == "2022-11-06"


def test_a_year_in_a_noun_phrase_before_a_name_is_attributive() -> None:
    """ "the newest 2020 Democratic presidential hopeful", "Sanders' 2020 campaign": the year
    names a campaign, no time the article narrates; "in 2020 Trump won" still does."""
    body = (
        "Owners were gathered on Tuesday night when they were told the newest 2020 Democratic "
        "presidential hopeful would stop by. Sanders' 2020 Campaign staff said they were glad."
    )
    p = find_publication_date(body, body, DeclaredMetadata(date="2019-11-20"))
    assert (p.value, p.basis) == ("2019-11-20", "metadata")
    narrated = "In 2020 Trump lost the election, and he said he was robbed."
    p = find_publication_date(narrated, narrated, DeclaredMetadata(date="2019-11-20"))
    assert p.basis != "metadata"


def test_a_year_in_quoted_speech_is_no_evidence_of_the_date() -> None:
    """What a speaker says of a year is his plan or his past, not when the report was written."""
    body = '"We wanted to land humans on the Moon by 2024," he said on Monday.'
    p = find_publication_date(body, body, DeclaredMetadata(date="2019-11-18"))
    assert (p.value, p.basis) == ("2019-11-18", "metadata")


def test_a_year_in_typeset_quoted_speech_is_no_evidence_of_the_date() -> None:
    """The typesetting marks of tokenised newswire quote as curly ones do (left39)."""
    body = "`` We wanted to land humans on the Moon by 2024 , '' he said on Monday ."
    p = find_publication_date(body, body, DeclaredMetadata(date="2019-11-18"))
    assert (p.value, p.basis) == ("2019-11-18", "metadata")


def test_two_sources_agreeing_to_the_day_outweigh_the_narrated_years() -> None:
    """A dateline and the declared metadata on the same day stand, whatever year a schedule in
    the body seems to tell in the past ("the first crewed flight in 2022"); one alone is
    still checked against it."""
    text = "WASHINGTON, Nov. 18, 2019 (AP) — The first crewed flight lifted off in 2022."
    declared = DeclaredMetadata(date="2019-11-18")
    p = find_publication_date(text, text, declared)
    assert (p.value, p.basis) == ("2019-11-18", "metadata")
    alone = "The first crewed flight lifted off in 2022."
    assert find_publication_date(alone, alone, declared).basis != "metadata"
