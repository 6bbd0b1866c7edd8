"""Time expressions: extents, TIMEX3 values at their own granularity, anchoring."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from chronicler.annotate.timex import find_time_expressions
from chronicler.cli import main
from chronicler.model import TimeExpression

ANCHOR = "2023-06-24"  # a Saturday


def one(text: str, anchor: str | None = ANCHOR, language: str = "en") -> TimeExpression:
    found = find_time_expressions(text, anchor, language)
    assert len(found) == 1, found
    return found[0]


def values(text: str, anchor: str | None = ANCHOR, language: str = "en") -> list[str | None]:
    return [t.value for t in find_time_expressions(text, anchor, language)]


def test_timex_month_year_keeps_month_granularity() -> None:
    t = one("In March 2018, he was hauled away by agents.")
    assert (t.text, t.value, t.granularity, t.type) == ("March 2018", "2018-03", "month", "DATE")
    assert t.certainty == "exact"


def test_timex_full_date_and_offsets() -> None:
    text = "He joined the coup attempt on February 4, 1992 against the government."
    t = one(text)
    assert t.value == "1992-02-04"
    assert text[t.start : t.end] == "February 4, 1992"


def test_timex_year_alone_is_a_year() -> None:
    assert one("He was arrested in 2018 on the charge.").value == "2018"


def test_timex_clock_time_takes_its_day_not_a_year_named_before() -> None:
    # "in 2013 ... at 5 pm" is not 1 January 2013: with no day named, the article's date
    assert values("The law passed in 2013. At 5 pm the crowd left.") == ["2013", "2023-06-24T17:00"]
    assert values("The law passed in 2013. At 5 pm the crowd left.", None)[1] == "XXXX-XX-XXT17:00"
    assert values("He was freed on March 3, 2018. At 5 pm he spoke.")[1] == "2018-03-03T17:00"


def test_timex_money_is_not_a_year() -> None:
    assert values("The company paid $2018 in fees and 2019% more.") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officers stopped a car driven by a man of 1909 Jolinda Drive.", "en"),
        ("He resides at 2134 Caldwell Place with his wife.", "en"),
        ("The office is at 1600 W. Main St. downtown.", "en"),
        ("Vive en la avenida Simón Bolívar 1909 con su familia.", "es"),
        ("La oficina está en la calle Los Olivos 1950, en el centro.", "es"),
    ],
)
def test_timex_house_number_is_not_a_year(text: str, language: str) -> None:
    assert values(text, language=language) == []


def test_timex_year_beside_a_street_word_of_another_phrase_stays_a_year() -> None:
    assert values("In 1998 he moved, and the street was renamed.") == ["1998"]
    assert values("Desde 1995 vive en la avenida Bolívar.", language="es") == ["1995"]


def test_timex_lower_case_may_is_a_verb() -> None:
    assert values("He may leave the country soon, and march on.") == []


def test_timex_weekday_in_past_news_is_on_or_before_anchor() -> None:
    assert one("He departed his homeland Saturday.").value == "2023-06-24"
    assert one("Maduro met him on Monday.").value == "2023-06-19"
    assert one("The family released a statement Thursday afternoon.").value == "2023-06-22TAF"


def test_timex_weekday_in_future_clause_is_after_anchor() -> None:
    assert one("He will travel to Madrid on Tuesday.").value == "2023-06-27"


def test_timex_the_next_day_puts_no_weekday_after_it_in_the_future() -> None:
    """ "the next day" counts from the narrative's time: no future cue for a weekday told
    after it in past tense, which is the one before the anchor, not the one after."""
    text = (
        "The ministry expelled the envoy the next day, and the rebels answered by freeing "
        "him on Monday."
    )
    assert values(text)[-1] == "2023-06-19"
    # a future clause still puts the weekday ahead
    assert (
        values("The talks resume next week, and the envoy will land on Monday.")[-1] == "2023-06-26"
    )


def test_timex_last_year_after_a_day_is_no_reference_for_the_next_day() -> None:
    """ "said on June 3 that ... the vote last year. The next day ...": the year counted from
    the article date is background; "the next day" follows June 3."""
    text = (
        "The minister said on June 3 that the vote last year was rigged. The next day he resigned."
    )
    assert values(text) == ["2023-06-03", "2022", "2023-06-04"]
    # a year the text names still sets the time frame ("in 1998 ... the next day")
    assert values("He was arrested in 1998. The next day he was freed.")[-1] == "1998"


def test_timex_a_future_verb_before_the_clause_opener_does_not_set_the_tense() -> None:
    """ "apelará la condena que le impuso el viernes": "apelará" is the clause above; the
    weekday's own clause is past, so it is the last Friday, as "que impondrá el viernes" is
    the next one."""
    text = "El exministro apelará la condena que le impuso el viernes un tribunal."
    assert one(text, "2023-06-24", language="es").value == "2023-06-23"
    text = "El exministro espera la condena que le impondrá el viernes un tribunal."
    assert one(text, "2023-06-24", language="es").value == "2023-06-30"
    text = "He will appeal the sentence that the court handed down on Friday."
    assert one(text).value == "2023-06-23"


def test_timex_last_and_next_weekday() -> None:
    assert one("They met last Friday.").value == "2023-06-23"
    assert one("They meet next Saturday.").value == "2023-07-01"


def test_timex_deictic_and_relative_units() -> None:
    assert values("Yesterday he spoke; today he left; tomorrow he flies.") == [
        "2023-06-23",
        "2023-06-24",
        "2023-06-25",
    ]
    assert one("Last year, Maduro freed several prisoners.").value == "2022"
    assert one("He met Maduro earlier this week.").value == "2023-W25"
    assert one("Prices rose last month.").value == "2023-05"
    assert one("Elections are due next year.").value == "2024"


def test_timex_ago_counts_from_the_anchor() -> None:
    assert one("He was arrested five years ago.").value == "2018"
    assert one("He was arrested two days ago.").value == "2023-06-22"


def test_timex_before_and_after_count_from_the_discourse_date() -> None:
    found = find_time_expressions(
        "He was detained in March 2018. Two months later he was charged.", ANCHOR
    )
    assert [t.value for t in found] == ["2018-03", "2018-05"]
    assert found[1].anchor == "2018-03-01"


def test_timex_next_day_is_no_finer_than_its_reference() -> None:
    found = find_time_expressions("The uprising came in 2019. The next day, troops fled.", ANCHOR)
    assert found[1].value == "2019"  # never an invented day


def test_timex_durations() -> None:
    assert one("He spent nearly five years in prison.").value == "P5Y"
    assert one("He was imprisoned for 5 years.").value == "P5Y"
    assert one("They hid for seven nerve-wracking months.").value == "P7M"
    assert one("a two-year sentence").value == "P2Y"
    assert one("over the past two months").value == "P2M"
    t = one("They talked for three hours.")
    assert (t.type, t.value) == ("DURATION", "PT3H")


def test_timex_duration_before_an_event_is_a_duration() -> None:
    t = one("Two months before the invasion of Panama the general crushed a revolt.")
    assert (t.text, t.type, t.value) == ("Two months", "DURATION", "P2M")


def test_timex_quarters_weeks_and_decades() -> None:
    assert one("Profit fell in the third quarter.", "1989-10-26").value == "1989-Q3"
    assert one("Profit fell in the fourth quarter.", "1990-01-15").value == "1989-Q4"
    assert one("It grew in the 1990s.").value == "199"


def test_timex_refs_and_sets() -> None:
    assert one("He is now in Spain.").value == "PRESENT_REF"
    assert one("He was recently freed.").value == "PAST_REF"
    t = one("The paper is published daily.")
    assert (t.type, t.value) == ("SET", "P1D")
    assert one("The magazine comes out twice a year.").type == "SET"


def test_timex_time_of_day() -> None:
    t = one("The vote ends at 10 p.m. Wednesday.")
    assert (t.type, t.value) == ("TIME", "2023-06-21T22:00")


def test_timex_month_without_year_is_the_most_recent_in_past_tense() -> None:
    assert one("Guaidó declared himself president in January.").value == "2023-01"
    assert one("They revolted in December.").value == "2022-12"


def test_timex_without_anchor_leaves_relative_values_open() -> None:
    assert one("He left on Saturday.", None).value == "XXXX-WXX-6"
    assert one("He left in March 2018.", None).value == "2018-03"


def test_timex_coarse_anchor_coarsens_relative_values() -> None:
    t = one("He left on Saturday.", "2023")
    assert t.value == "2023" and t.certainty == "approximate"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El gobierno lo liberó el sábado.", "2023-06-24"),
        ("Fue detenido en marzo de 2018.", "2018-03"),
        ("Participó en el golpe del 4 de febrero de 1992.", "1992-02-04"),
        ("Hace dos días anunció su liberación.", "2023-06-22"),
        ("El pasado jueves viajó a Madrid.", "2023-06-22"),
        ("El jueves pasado viajó a Madrid.", "2023-06-22"),
        ("El año pasado hubo protestas.", "2022"),
        ("Ayer habló con la prensa.", "2023-06-23"),
        ("Mañana viajará a España.", "2023-06-25"),
        ("Estuvo preso durante cinco años.", "P5Y"),
        ("Llegó en mayo.", "2023-05"),
        ("A finales del año pasado fue liberado.", "2022"),
        ("En los años noventa hubo crisis.", "199"),
        ("La semana próxima habrá elecciones.", "2023-W26"),
    ],
)
def test_timex_spanish(text: str, expected: str) -> None:
    assert one(text, language="es").value == expected


def test_timex_spanish_morning_is_not_tomorrow() -> None:
    assert values("Salió por la mañana.", language="es") == []


def test_cli_dates_json_offsets_into_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "Línea uno.\r\nHe left Saturday, in March 2018 terms.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    result = CliRunner().invoke(main, ["dates", "--anchor", ANCHOR, str(path), "--json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert [i["value"] for i in items] == ["2023-06-24", "2018-03"]
    for item in items:
        assert {"start", "end", "text", "type", "value"} <= set(item)
        assert text[item["start"] : item["end"]] == item["text"]


def test_cli_dates_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("He left on Saturday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["dates", "--anchor", ANCHOR, str(path)])
    assert result.exit_code == 0 and "2023-06-24" in result.output


def test_timex_past_tense_month_is_not_pushed_into_the_future() -> None:
    t = one("When Guaidó declared himself president in January, they joined.", "2019-11-15")
    assert t.value == "2019-01"


def test_timex_past_tense_day_far_ahead_is_last_year() -> None:
    t = one("Guardsmen shocked the world by revolting on April 30 against Maduro.", "2019-11-20")
    assert t.value == "2019-04-30"
    t = one("The company said it paid the notes due Dec. 15.", "1989-10-26")
    assert t.value == "1989-12-15"  # close ahead: a deadline, not last year's date


def test_timex_current_the_noun_is_not_a_time() -> None:
    assert values("He founded a new political current, the Movement.") == []
    assert values("The current government fell.") == ["PRESENT_REF"]


def test_timex_month_day_against_a_year_only_anchor_keeps_month_and_day() -> None:
    from chronicler.annotate.timex import find_time_expressions

    times = find_time_expressions("On April 30, troops revolted. On Monday they fled.", "2019")
    values = {t.text: (t.value, t.certainty) for t in times}
    assert values["April 30"] == ("2019-04-30", "approximate")
    assert values["Monday"] == ("2019", "approximate")  # the day itself cannot be known


def test_spanish_abbreviations_that_are_words_are_months_only_between_day_and_year() -> None:
    """Agency headers write "08 sep 2024 - 16:45 CEST", "13 may 2023"; alone, "sep" is an
    acronym ("la SEP"), "mar" the sea and "may" no Spanish word: no date."""
    assert values("08 sep 2024 - 16:45 CEST", language="es")[0] == "2024-09-08"
    assert values("13 may 2023 - 10:00 CET", language="es")[0] == "2023-05-13"
    assert values("La SEP cerró las escuelas frente al mar.", language="es") == []


def test_timex_spanish_name_ending_like_a_future_verb_is_no_future_tense() -> None:
    """A place name ending in "-rán" or "-rá" is no future verb: a day and month in a past
    clause that names it are the last such day, not next year's."""
    text = "El activista murió el 3 de mayo en un hospital de Ciudad Morán."
    assert one(text, "2023-06-24", language="es").value == "2023-05-03"
    assert one("El ministro viajará el 3 de mayo.", "2023-06-24", language="es").value == (
        "2024-05-03"
    )


def test_timex_spanish_that_same_day_is_the_day_the_text_last_named() -> None:
    """ "ese mismo día", "aquella misma semana": the text's last date, as "that same day"."""
    text = "El 25 de mayo hubo disturbios. El joven fue detenido ese mismo día."
    assert values(text, language="es") == ["2023-05-25", "2023-05-25"]
    text = "El 25 de mayo hubo disturbios. Aquel día murieron tres personas."
    assert values(text, language="es")[-1] == "2023-05-25"


def _values(text: str, anchor: str, language: str = "en") -> dict[str, str | None]:
    return {t.text: t.value for t in find_time_expressions(text, anchor, language)}


def test_timex_a_yearless_day_takes_the_year_of_the_narratives_frame() -> None:
    """A day named without its year a sentence or two after a day named with an earlier
    year than the article's is in that frame: the article's year only past it."""
    text = (
        "El dirigente fue arrestado el 2 de septiembre de 2020 en Oruro. Un fiscal lo acusó "
        "de sedición. El 4 de septiembre un juez ordenó su detención."
    )
    assert _values(text, "2021-11-20", "es")["El 4 de septiembre"] == "2020-09-04"
    text = (
        "The activist was detained on Oct. 3, 2019, in Quito. She denied the charges. On Oct. 6, "
        "a judge ordered her held. On May 2 she was freed."
    )
    values = _values(text, "2020-11-01")
    assert values["Oct. 6"] == "2019-10-06"
    assert values["May 2"] == "2020-05-02"  # more than a season from the frame's day


def test_timex_a_frame_named_many_sentences_back_no_longer_holds() -> None:
    text = (
        "The activist was detained on Oct. 3, 2019, in Quito. She denied the charges. Her lawyer "
        "spoke. Her mother wept. Police stood by. On Oct. 6, a judge ordered her held."
    )
    assert _values(text, "2020-11-01")["Oct. 6"] == "2020-10-06"


def test_timex_spanish_contracted_article_before_a_relative_unit() -> None:
    """ "al día siguiente" (a + el), "a la semana siguiente": the next day or week after the
    last date named, as "el día siguiente"."""
    text = "El tribunal falló el 11 de mayo y quedó en libertad al día siguiente."
    assert values(text, language="es") == ["2023-05-11", "2023-05-12"]
    text = "Llegó el 3 de mayo y a la semana siguiente se fue."
    assert values(text, language="es")[1].startswith("2023-W")


def test_timex_spanish_al_dia_siguiente_is_the_day_after_the_one_named() -> None:
    """ "Al día siguiente" ("al" is "a el") is the day after the last day named, not "al día"
    (per day), as "el día siguiente" and "the next day" are (dates-es-7)."""
    text = "El presidente habló el 3 de abril. Al día siguiente, el Gobierno expulsó al embajador."
    assert values(text, "2024-04-12", "es") == ["2024-04-03", "2024-04-04"]
    assert values("Al mes siguiente volvió.", "2024-04-12", "es")[0] is not None


def test_timex_a_year_after_the_day_in_its_sentence_is_no_reference() -> None:
    """A year named after the narrative's day in that day's sentence says which happening is
    meant ("las elecciones de 2023", "the 2023 election"): "the next day" after it counts from
    the day (timex-7)."""
    text = (
        "Vinculó el 3 de abril el asesinato con las elecciones de 2023. "
        "Al día siguiente, el Gobierno expulsó a la embajadora."
    )
    assert values(text, "2024-04-12", "es") == ["2024-04-03", "2023", "2024-04-04"]
    text = "On April 3 he linked the killing to the 2023 election. The next day he was expelled."
    assert values(text, "2024-04-12")[-1] == "2024-04-04"
    # in a sentence of its own a year is still the reference
    text = "He was elected in 2019. A year later he resigned."
    assert values(text, "2024-04-12")[-1] == "2020"


def test_timex_every_weekday_or_a_plural_weekday_is_a_set() -> None:
    """ "every Friday", "Wednesday evenings", "cada martes": that weekday of every week, not
    the Friday before the anchor."""
    found = find_time_expressions("The market opens every Friday and Wednesday evenings.", ANCHOR)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("every Friday", "SET", "XXXX-WXX-5"),
        ("Wednesday evenings", "SET", "XXXX-WXX-3TEV"),
    ]
    assert (one("He rests on Sundays.").type, one("He rests on Sundays.").value) == (
        "SET",
        "XXXX-WXX-7",
    )
    t = one("El mercado abre cada martes.", language="es")
    assert (t.text, t.type, t.value) == ("cada martes", "SET", "XXXX-WXX-2")
    # a possessive is one day: "Friday's vote"
    assert one("Friday's vote was close.").type == "DATE"


def test_timex_a_span_before_a_gerund_counts_from_its_event() -> None:
    """ "two years after leaving office": a length counted from the leaving, not a date two
    years after the anchor."""
    t = one("She returned two years after leaving office.")
    assert (t.text, t.type, t.value) == ("two years", "DURATION", "P2Y")


def test_timex_as_soon_as_and_expected_put_a_weekday_or_month_ahead() -> None:
    """A Saturday anchor: "could land as early as Tuesday" is the Tuesday to come, "a ruling
    is expected in March" next March; "since" puts a day behind."""
    assert one("The envoy could land as early as Tuesday.").value == "2023-06-27"
    assert one("A verdict might come as soon as Monday.").value == "2023-06-26"
    assert one("A ruling is expected in March.").value == "2024-03"
    assert one("Police have been searching since the Dec. 20 attack.").value == "2022-12-20"


def test_timex_decade_words_name_a_decade() -> None:
    assert values("Crime fell through the nineties.") == ["199"]
    assert values("It was built in the early sixties.") == ["196"]
    assert values("She is in her thirties.") == []


def test_timex_a_years_possessive_quarter_is_that_years() -> None:
    """ "next year's second quarter" is a quarter of next year, not "next year" and a
    second quarter of this one; "last year's quarter" the last completed quarter a year back."""
    t = one("Sales should recover in next year's second quarter.")
    assert (t.text, t.value) == ("next year's second quarter", "2024-Q2")
    t = one("Profit fell from last year's quarter.")
    assert (t.text, t.value) == ("last year's quarter", "2022-Q1")
    assert one("Income rose in the fiscal-second quarter.").value == "2023-Q2"


def test_timex_the_next_morning_is_a_part_of_the_day_after_the_one_named() -> None:
    text = "The editor was detained on Wednesday. She was freed the following evening."
    assert values(text) == ["2023-06-21", "2023-06-22TEV"]
    text = "The editor was detained on Wednesday, and that same night she was charged."
    assert values(text) == ["2023-06-21", "2023-06-21TNI"]
    # after a year, no day is known
    assert values("The editor left in 2019. The next morning she returned.") == ["2019"]


def test_timex_a_vague_span_later_is_a_span_not_the_future() -> None:
    """ "A few days later": counted from the narrative's time, not the present, and vague: no
    FUTURE_REF, only the span."""
    found = find_time_expressions("A few days later, the editor was freed.", ANCHOR)
    assert [(t.text, t.type, t.value) for t in found] == [("A few days", "DURATION", "PXD")]
    assert one("They met a few years ago.").value == "PAST_REF"


def test_timex_an_expectation_or_aim_puts_a_month_ahead() -> None:
    """A Saturday anchor of June: "expects to publish its results in mid-January" is next
    January, as are "espera publicar ... en enero" and "tan pronto como el martes"."""
    assert one("The firm expects to publish its results in mid-January.").value == "2024-01"
    assert one("The union hopes to settle in January.").value == "2024-01"
    assert one("La empresa espera publicar sus resultados en enero.", language="es").value == (
        "2024-01"
    )
    text = "El enviado podría llegar tan pronto como el martes."
    assert values(text, language="es")[-1] == "2023-06-27"
    # without the expectation, the January before
    assert one("The firm published its results in January.").value == "2023-01"


def test_timex_weeks_ago_names_a_week() -> None:
    # the unit sets the granularity, as "a month ago" is a month: 2023-06-24 is in ISO week 25
    assert one("The strike began three weeks ago.").value == "2023-W22"
    assert one("Hace dos semanas los mineros marcharon.", language="es").value == "2023-W23"
    assert one("The ministry answered two days ago.").value == "2023-06-22"


def test_timex_previous_or_following_weekday_counts_from_the_day_named() -> None:
    # 2023-03-03 was a Friday: "the previous Friday" is the week before it, not near the anchor
    text = "The rally was held on March 3, 2023. The previous Friday police had arrested two."
    assert values(text) == ["2023-03-03", "2023-02-24"]
    text = "The vote took place on Friday, June 9. The following Monday the mayor resigned."
    assert values(text) == ["2023-06-09", "2023-06-12"]
    # with no day named, the article's date
    assert values("The previous Friday the talks collapsed.") == ["2023-06-23"]


def test_timex_year_end_and_the_full_year_are_the_year() -> None:
    assert values("The bank expects to close the sale by year-end.") == ["2023"]
    assert values("The rules should be in force by year's end.") == ["2023"]
    assert values("Profit for the full year will rise, the chairman forecast.") == ["2023"]
    # counted since: the end of the year before
    assert values("Shares have gained 8% since year-end.") == ["2022"]


def test_timex_the_day_a_change_takes_effect_lies_ahead() -> None:
    # a past-tense announcement of a change "effective" on a day: the day ahead, not last year's
    assert values("The board named a new chairman, effective Feb. 1.") == ["2024-02-01"]
    assert values("The airline said the new fares take effect Monday.") == ["2023-06-26"]
    # a change that took effect is past, and the word elsewhere in the clause says nothing
    assert values("The new fares took effect Monday.") == ["2023-06-19"]
    assert values("The most effective protest was held Monday.") == ["2023-06-19"]


def test_timex_more_trading_and_long_spans_are_durations() -> None:
    assert values("The talks will need two more weeks.") == ["P2W"]
    assert values("The court gave him an additional year to repay.") == ["P1Y"]
    assert values("The index fell for eight trading days.") == ["P8D"]
    assert values("Dockers held a day-long strike.") == ["P1D"]
    assert values("The decades-long feud ended in a truce.") == ["PXY"]
    assert [t.type for t in find_time_expressions("It pays a dividend every quarter.", ANCHOR)] == [
        "SET"
    ]


def test_timex_year_ago_after_a_quarter_already_a_year_back_is_that_quarter() -> None:
    # (2023-06-24: the last completed quarter is 2023-Q1) the period reported is the latest
    # first quarter, and "year-ago" counts a year back from it ...
    text = "Profit rose in the first quarter. Year-ago sales were flat."
    assert values(text) == ["2023-Q1", "2022-Q1"]
    # ... but a quarter a year or more before the latest is already the year-ago period
    text = "Profit rose from the 2022 first quarter. Year-ago sales were flat."
    assert values(text) == ["2022-Q1", "2022-Q1"]


def test_timex_halves_go_into_the_next_smaller_unit() -> None:
    assert values("She spent 4 1/2 hours at the border post.") == ["PT4H30M"]
    assert values("The clip lasts a minute and a half.") == ["PT1M30S"]
    assert values("He served three and a half years in prison.") == ["P3Y6M"]


def test_timex_a_hedge_after_an_expression_is_in_its_extent() -> None:
    t = one("The mine may not reopen until 2031 or later.")
    assert (t.text, t.value) == ("2031 or later", "2031")
    assert one("Prices should hold for the next month or so.").text == "the next month or so"
    assert one("Funding for 2030 and beyond was cut.").text == "2030 and beyond"
    # ... unless its words begin the next expression
    found = find_time_expressions("The vote will come Friday or later this month.", ANCHOR)
    assert [t.text for t in found] == ["Friday", "later this month"]


def test_timex_the_day_before_or_after_a_weekday() -> None:
    # anchor Saturday 2023-06-24: last Tuesday is 06-20, the day before it 06-19
    t = one("Talks broke down the day before last Tuesday.")
    assert (t.text, t.value) == ("the day before last Tuesday", "2023-06-19")
    assert values("He flew home the day after Thursday's vote.") == ["2023-06-23"]


def test_timex_a_march_by_name_and_high_noon_are_no_times() -> None:
    assert values("Thousands joined the annual March for Peace in the capital.") == []
    assert values("She led the March of the Widows to the palace.") == []
    assert values("For the rebels, high noon has come.") == []
    # the month and the hour themselves still are
    assert values("He was detained in March for the first time.") == ["2023-03"]
    assert values("He was detained in March of 2019.") == ["2019-03"]
    assert values("The talks began at noon.") == ["2023-06-24T12:00"]


def test_timex_midday_is_noon_but_not_as_a_modifier() -> None:
    assert values("The envoy is due to land at midday.") == ["2023-06-24T12:00"]
    assert values("They broke for a midday meal under the midday heat.") == []


def test_timex_the_future_of_something_is_its_fate() -> None:
    assert values("The summit will shape the future of the alliance.") == []
    assert values("The plant may close in the future.") == ["FUTURE_REF"]


def test_timex_a_second_day_of_the_same_month() -> None:
    found = find_time_expressions("The summit will be held on July 14 and 15 in Oslo.", ANCHOR)
    assert [(t.text, t.value) for t in found] == [("July 14", "2023-07-14"), ("15", "2023-07-15")]
    assert values("Voting ran on June 3rd or 4th, reports said.") == ["2023-06-03", "2023-06-04"]
    # a count after a day is no day; nor is a smaller number
    assert values("On June 3 and 4 people were hurt.") == ["2023-06-03"]
    assert values("Chapter 12 and 13, he said.") == []
    assert values("On June 13 and 4, he said.") == ["2023-06-13"]


def test_timex_a_month_or_season_with_a_spoken_year() -> None:
    t = one("The flood came in the spring of nineteen eighty-two.")
    assert (t.text, t.value) == ("the spring of nineteen eighty-two", "1982-SP")
    assert values("In February nineteen ninety-one the talks began.") == ["1991-02"]
    # a count after a month is no year
    assert values("In May nineteen miners died.") == ["2023-05"]
    assert values("the year two thousand") == ["2000"]


# --- date13 ---


def test_timex_quarter_counted_back_a_year_is_one_expression() -> None:
    """ "the quarter a year earlier", "the comparable period last year": the reported quarter
    of the year before, one expression (not "the quarter" and a separate "a year earlier")."""
    t = one("Margins narrowed from the quarter a year earlier, the bank said.", "2023-07-20")
    assert (t.text, t.value) == ("the quarter a year earlier", "2022-Q2")
    t = one("Orders beat the comparable period last year.", "2023-07-20")
    assert (t.text, t.value) == ("the comparable period last year", "2022-Q2")
    t = one("Losses widened against the corresponding quarter a year ago.", "2023-10-30")
    assert (t.text, t.value) == ("the corresponding quarter a year ago", "2022-Q3")


def test_timex_ordinal_quarter_last_year_is_the_year_before_the_article() -> None:
    # early in 1990, "the fourth quarter last year" is 1989's fourth quarter, not 1988's
    t = one("Exports dipped in the fourth quarter last year.", "1990-02-10")
    assert (t.text, t.value) == ("the fourth quarter last year", "1989-Q4")
    t = one("Exports dipped in the second quarter a year earlier.", "2023-10-30")
    assert (t.text, t.value) == ("the second quarter a year earlier", "2022-Q2")


def test_timex_coming_and_future_quarters_lie_ahead() -> None:
    assert one("Analysts see weaker demand in coming quarters.").value == "FUTURE_REF"
    assert one("The miner warned about future quarters.").value == "FUTURE_REF"


def test_timex_bare_plural_units_after_within_of_and_in() -> None:
    """A bare plural unit is a vague span after "within", in "after months of", and
    closing "the first time in years."; not in "years of age" or "in years past"."""
    t = one("Reinforcements should arrive within weeks, a colonel said.")
    assert (t.text, t.value, t.type) == ("weeks", "PXW", "DURATION")
    assert one("The truce came after months of shelling.").value == "PXM"
    assert one("Turnout rose for the first time in decades.").value == "PXY"
    assert values("Their talks follow years of silence.") == ["PXY"]
    assert values("He was jailed after years, not days.") == []
    assert values("Prices stood in years past at half this level.") == []


def test_timex_election_day_is_the_tuesday_after_the_first_monday_of_november() -> None:
    t = one("Polls will open on Election Day.", "2022-10-20")
    assert (t.text, t.value) == ("Election Day", "2022-11-08")
    # 1 November 2016 was a Tuesday: the first Monday is the 7th, the vote the 8th
    assert one("Candidates will campaign hard until Election Day.", "2016-10-25").value == (
        "2016-11-08"
    )


def test_timex_the_week_of_a_day_is_that_days_week() -> None:
    t = one("The trial could open the week of March 6, a clerk said.", "2000-02-24")
    assert (t.text, t.value) == ("the week of March 6", "2000-W10")
    t = one("Shipments resumed in the week of Jan. 10, 2000.", "2000-02-24")
    assert (t.text, t.value) == ("the week of Jan. 10, 2000", "2000-W02")


def test_timex_a_year_after_pre_or_post_is_that_year() -> None:
    t = one("The post-1989 order in Europe is fraying.")
    assert (t.text, t.value) == ("post-1989", "1989")
    assert values("Pre-2000 rules still apply.") == ["2000"]


def test_timex_a_count_before_a_unit_makes_a_frequency() -> None:
    t = one("The two ministers meet twice a week.")
    assert (t.text, t.type, t.value) == ("a week", "SET", "P1W")
    assert one("The carrier flies four flights a week to Lima.").type == "SET"
    assert one("Police run hundreds of checks a day.").type == "SET"
    # a stay of a week is still a span
    t = one("He stayed a week in Lima.")
    assert (t.type, t.value) == ("DURATION", "P1W")
    assert one("The two sides talked for a week.").type == "DURATION"


def test_timex_some_day_and_pay_are_no_spans() -> None:
    assert values("She hopes she will one day fly to Mars.") == []
    assert values("He wants to one day lead the party.") == []
    assert values("She hoped to one day return home.") == []
    assert values("The strike lasted one day.") == ["P1D"]
    assert values("The court cut the wait to one day.") == ["P1D"]
    assert values("Staff get a bonus of six months of base pay.") == []
    assert values("He earned a year's salary in a week.") == ["P1W"]
    assert values("He was jailed for six months of the year.") == ["P6M"]


def test_timex_a_quoted_title_and_the_world_of_tomorrow_are_no_times() -> None:
    assert values('Baker, speaking on ABC\'s "This Week," said talks would go on.') == []
    assert values("She said the vote is set for this week.") == ["2023-W25"]
    assert values("He wants to train the leaders of tomorrow.") == []
    assert values("The result of tomorrow's vote is open.") == ["2023-06-25"]
    assert values("The vote is tomorrow.") == ["2023-06-25"]


def test_timex_bare_quarter_after_a_fiscal_quarter_is_that_quarter() -> None:
    """A report that names its quarter as fiscal keeps no calendar quarters: "the quarter
    ended Sept. 28", "the latest period" and "the 2022 period" are that fiscal quarter (of
    that year), not the last completed calendar one (2023-Q1 on 2023-06-24)."""
    text = (
        "The retailer earned $3 million in the fiscal third quarter. Sales for the quarter "
        "ended May 27 rose 8%. In the 2022 period, it lost money. The latest period was its "
        "best, and the year-ago quarter its worst."
    )
    found = {t.text: t.value for t in find_time_expressions(text, ANCHOR)}
    assert found["the fiscal third quarter"] == "2022-Q3"
    assert found["the quarter"] == "2022-Q3"
    assert found["the 2022 period"] == "2022-Q3"
    assert found["The latest period"] == "2022-Q3"
    assert found["the year-ago quarter"] == "2021-Q3"
    # without a fiscal quarter named, the calendar's last completed quarter
    assert one("Sales for the quarter rose 8%.").value == "2023-Q1"
    # "the current quarter" is still the calendar's
    found = {
        t.text: t.value
        for t in find_time_expressions(
            "Profit rose in the fiscal second quarter, and the current quarter began well.", ANCHOR
        )
    }
    assert found["the current quarter"] == "2023-Q2"
    # a round-up moving on to a company named with a calendar quarter leaves the fiscal one
    text = (
        "Delta earned more in the fiscal third quarter. Separately, Alaska Air reported "
        "first-quarter profit. During the quarter, traffic rose."
    )
    assert values(text) == ["2022-Q3", "2023-Q1", "2023-Q1"]


def test_timex_year_earlier_after_a_span_of_months_is_that_year() -> None:
    """ "For the nine months ... a year earlier": the same span of last year, which only its
    year can say (not the quarter named before, nor a day); "year-earlier" likewise."""
    text = (
        "Profit rose in the third quarter from $3 million a year earlier. For the first six "
        "months, net was $25 million, up from $16 million a year earlier. Year-earlier results "
        "included a gain. Sales in the latest nine months were 45% of revenue, compared with "
        "40% a year earlier."
    )
    found = [(t.text, t.value) for t in find_time_expressions(text, "1989-10-26")]
    assert found == [
        ("the third quarter", "1989-Q3"),
        ("a year earlier", "1988-Q3"),
        ("the first six months", "P6M"),
        ("a year earlier", "1988"),
        ("Year-earlier", "1988"),
        ("nine months", "P9M"),
        ("a year earlier", "1988"),
    ]
    # a span served is no period reported: the quarter named before still counts
    text = (
        "Profit rose in the third quarter. He served nine months in jail. A year earlier, he fled."
    )
    assert values(text, "1989-10-26")[-1] == "1988-Q3"


def test_timex_two_quarters_of_a_year_are_its_half() -> None:
    t = one("Losses should go on through the first two quarters of 1990.")
    assert (t.text, t.value) == ("the first two quarters of 1990", "1990-H1")
    assert one("Sales rose in the last two quarters of 2022.").value == "2022-H2"
    # without a year it stays a span
    assert one("Sales rose in the first two quarters.").value == "P2Q"


def test_timex_fiscal_year_named_relative_to_the_article() -> None:
    """ "the latest fiscal year" is the last one closed: the year before the article's (its
    end is not said); "the current fiscal year" the article's, "next fiscal year" the one
    after; "the fiscal year ended June 30" stays a year-long span."""
    text = "Food was 27% of sales in the latest fiscal year."
    assert one(text, "1989-10-26").value == "1988"
    assert one("Profit should rise in the current fiscal year.", "1989-10-26").value == "1989"
    assert one("Sales should rise next fiscal year.", "1989-10-26").value == "1990"
    found = find_time_expressions("Revenue for the fiscal year ended June 30 rose.", "1989-10-26")
    assert [(t.text, t.value) for t in found] == [
        ("the fiscal year", "P1Y"),
        ("June 30", "1989-06-30"),
    ]


def test_timex_as_soon_as_puts_ahead_only_the_time_right_after_it() -> None:
    assert values("The ruling could come as soon as Friday.") == ["2023-06-30"]
    text = "He opposed it as soon as he learned about it on June 18, and thought we could act."
    assert values(text) == ["2023-06-18"]


def test_timex_an_amount_per_unit_of_time_is_a_rate_not_a_time() -> None:
    # money or a share measured per year is a rate: no frequency, no span
    assert values("The cuts should save the firm $500 million a year in costs.") == []
    assert values("Subscribers pay $5 per year.") == []
    assert values("The bank expects lending to grow 8.5% annually through 2026.") == ["2026"]
    assert values("Rents rose 3 percent a year.") == []
    assert values("Los alquileres subieron un 3 por ciento al año.", language="es") == []
    # a count of acts is still a frequency, a stay still a span
    assert values("The ministers meet twice a week.") == ["P1W"]
    assert values("The carrier flies four flights a week to Lima.") == ["P1W"]
    assert one("He stayed a year in Lima.").type == "DURATION"
    assert one("The 5% rise came a year ago.").value == "2022"


def test_timex_an_ordinal_century_is_its_leading_digits() -> None:
    t = one("The treaty shaped Europe in the 20th century.")
    assert (t.text, t.type, t.value, t.granularity) == ("the 20th century", "DATE", "19", "century")
    assert one("The town dates from the early nineteenth century.").value == "18"
    assert one("She collects 18th-century maps.").text == "18th-century"
    assert one("Leaders met to plan for the twenty-first century.").value == "20"
    # a cricketer's hundred is no century of years
    assert values("He made his second century of the series on Monday.") == ["2023-06-19"]


def test_timex_a_month_with_this_next_or_last_year_is_one_expression_of_that_year() -> None:
    t = one("The two countries join the alliance in April next year.", "1998-12-03")
    assert (t.text, t.value) == ("April next year", "1999-04")
    t = one("The lower house approved it in early October this year.", "1998-12-03")
    assert (t.text, t.value) == ("early October this year", "1998-10")
    # the year named settles a month the tense alone would put the other way
    assert values("He was arrested in May last year.", "1998-12-03") == ["1997-05"]
    assert values("The vote is due on June 3 next year.", "1998-12-03") == ["1999-06-03"]
    # a possessive year is a noun's of its own
    assert values("In March this year's budget passed.", "1998-12-03") == ["1998-03", "1998"]


def test_timex_a_spanish_century_by_its_roman_numeral() -> None:
    t = one("Fue la peor crisis del siglo XX.", language="es")
    assert (t.text, t.value, t.granularity) == ("siglo XX", "19", "century")
    assert values("A principios del siglo XXI, el país creció.", language="es") == ["20"]
    # a publisher's name is no century
    assert values("El libro lo publicó Siglo XXI Editores.", language="es") == []
