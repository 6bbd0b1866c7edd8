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


def _sentences(text: str) -> list[Sentence]:
    """One sentence per line, as the Spanish parser splits paragraphs set off by a blank line
    (the blank line belongs to neither sentence)."""
    out, start = [], 0
    for i, line in enumerate(text.split("\n\n")):
        out.append(Sentence(i, start, start + len(line), line))
        start += len(line) + 2
    return out


def _date_in(text: str, trigger: str, lang: str = "es") -> str | None:
    sentences = _sentences(text)
    times = find_time_expressions(text, PUBLISHED.value, lang)
    start = text.index(trigger)
    index = next(s.index for s in sentences if s.start <= start < s.end)
    return date_event(index, start, start + len(trigger), times, PUBLISHED, sentences).value


def test_a_date_opening_a_later_coordinated_clause_is_that_clauses() -> None:
    text = (
        "Los agentes irrumpieron en la sede la noche del 9 de febrero.\n\n"
        "El presidente rompió esa misma noche las relaciones con Chile, y el domingo el "
        "personal de la embajada regresó a Lima."
    )
    assert _date_in(text, "rompió") == "2024-02-09"  # the frame, not Sunday
    text = "He was detained at his home, and on Monday a judge ordered him held."
    assert _date(text, "detained") != "2024-02-12"
    # a date the trigger's own clause gives, before the conjunction, is its own
    text = "Fue detenido el lunes, y su familia no sabe dónde está."
    assert _date(text, "detenido", lang="es") == "2024-02-12"


def test_a_spanish_paragraph_goes_on_in_the_time_before_only_when_it_says_so() -> None:
    """The Spanish parser leaves a paragraph's blank line out of both sentences: the frame
    goes on across it when the new paragraph opens in sequence ("Al día siguiente") or names
    the same time ("esa misma noche"), not otherwise."""
    first = "La policía detuvo al periodista el 9 de febrero."
    text = f"{first}\n\nEsa misma noche, su familia denunció la detención."
    assert _date_in(text, "denunció") == "2024-02-09"
    text = f"{first}\n\nMás tarde, el Gobierno expulsó al embajador."
    assert _date_in(text, "expulsó") == "2024-02-09"
    # "Al día siguiente" is a date of its own (dates-es-7): the day after the one before
    text = f"{first}\n\nAl día siguiente, el Gobierno expulsó al embajador."
    assert _date_in(text, "expulsó") == "2024-02-10"
    text = f"{first}\n\nSu familia denunció la detención."
    assert _date_in(text, "denunció") == "2024-02-16"  # the article's date, as before


def test_a_year_after_its_noun_and_de_is_no_time_frame() -> None:
    text = (
        "El presidente criticó el 3 de febrero el resultado de las elecciones de 2023.\n\n"
        "Al día siguiente, el Gobierno expulsó al embajador."
    )
    # the day after 3 February, not a day of 2023 (timex-7)
    assert _date_in(text, "expulsó") == "2024-02-04"
    text = "El 3 de febrero visitó la zona del terremoto de 2016.\n\nLuego detuvieron al alcalde."
    assert _date_in(text, "detuvieron") == "2024-02-03"


def test_an_event_noun_a_lawsuit_is_over_does_not_take_the_lawsuits_date() -> None:
    text = "Chile presentó el jueves una demanda ante la corte por la irrupción de la Policía."
    assert _date(text, "irrupción", lang="es") != "2024-02-15"
    text = "Chile sued Peru at the court on Thursday over the raid on its embassy."
    assert _date(text, "raid") != "2024-02-15"
    assert _date(text, "sued") == "2024-02-15"


def test_a_sentence_dated_only_by_a_named_happening_stops_the_frame() -> None:
    """ "El 9 de febrero anunció ... / Lo enmarcó en el Jubileo de 2025. / La Iglesia
    facilitó la excarcelación": the sentence that turns to a named happening ends the frame
    of the one before it; the last takes the article's date, not the announcement's."""
    text = (
        "El Gobierno anunció el 9 de febrero que liberará a los presos. "
        "Lo enmarcó en el Jubileo de 2025. La Iglesia facilitó la excarcelación."
    )
    sentences = []
    start = 0
    for i, part in enumerate(text.split(". ")):
        part = part if part.endswith(".") else part + "."
        sentences.append(Sentence(i, start, start + len(part), part))
        start += len(part) + 1
    times = find_time_expressions(text, PUBLISHED.value, "es")
    at = text.index("excarcelación")
    dated = date_event(2, at, at + len("excarcelación"), times, PUBLISHED, sentences)
    assert dated.value == "2024-02-16"


def _dated(text: str, trigger: str, mode: str, lang: str = "en") -> str | None:
    sentences = [Sentence(0, 0, len(text), text)]
    times = find_time_expressions(text, PUBLISHED.value, lang)
    start = text.index(trigger)
    return date_event(0, start, start + len(trigger), times, PUBLISHED, sentences, mode=mode).value


def test_a_verdict_is_not_dated_by_the_clause_that_tells_the_offence() -> None:
    """ "convicted her of X when she took office in 2019": the clause after the verdict tells
    the offence (event_dates.toml offence_clause); an arrest keeps a "when" clause's date."""
    text = "The court convicted the former mayor of fraud when she took office in 2019."
    assert _dated(text, "convicted", "convict") != "2019"
    assert _dated(text, "convicted", "arrest") == "2019"
    text = "Prosecutors on Monday charged him with bribery over contracts that he signed in 2015."
    assert _dated(text, "charged", "charge") == "2024-02-12"
    text = (
        "El tribunal declaró culpable a la exalcaldesa por la forma en que asumió el cargo en 2019."
    )
    assert _dated(text, "declaró culpable", "convict", "es") != "2019"
    text = "El tribunal la declaró culpable en 2023 de un fraude cometido en 2019."
    assert _dated(text, "declaró culpable", "convict", "es") == "2023"


def _date_in_paragraph(sentences_text: list[str], trigger: str, lang: str = "en") -> str | None:
    """The date of `trigger` in the last of the sentences (one paragraph)."""
    sentences, start = [], 0
    for i, s in enumerate(sentences_text):
        sentences.append(Sentence(i, start, start + len(s), s))
        start += len(s) + 1
    text = " ".join(sentences_text)
    times = find_time_expressions(text, PUBLISHED.value, lang)
    at = text.rindex(trigger)
    last = sentences[-1].index
    return date_event(last, at, at + len(trigger), times, PUBLISHED, sentences).value


def test_an_appended_relative_in_an_undated_sentence_takes_the_frame() -> None:
    """ "He flew to Panama, which granted him asylum": no date in the sentence, so the clause
    goes on in the frame the sentence before set, as its main clause does; with a date in
    the main clause ("left on Tuesday for Panama, which granted him asylum") it is as of
    the report, as before."""
    told = ["The former president resigned on Nov. 10, 2019, after weeks of protests."]
    assert _date_in_paragraph(
        [*told, "He flew to Panama, which granted him asylum."], "granted"
    ) == ("2019-11-10")
    dated = "His family left on Tuesday for Panama, which granted them asylum."
    assert _date_in_paragraph([*told, dated], "granted") == PUBLISHED.value


def test_a_date_after_a_preposition_and_que_is_in_a_relative_clause() -> None:
    """ "por la forma en que asumió el cargo en noviembre de 2019": the date is the relative
    clause's, and frames no later sentence."""
    told = (
        "El tribunal la declaró culpable por la forma en que asumió el cargo en noviembre de 2019."
    )
    later = "El mismo tribunal condenó a diez años a dos exjefes militares."
    assert _date_in_paragraph([told, later], "condenó", "es") != "2019-11"


def test_an_act_hours_before_the_main_one_takes_its_day() -> None:
    """ "arrested him on Saturday, shortly after a court convicted him": the conviction is of
    Saturday too (within hours), while "days after a judge ordered his arrest" stays unknown."""
    text = "Police arrested him on Saturday, shortly after a court convicted him of fraud."
    assert _date(text, "convicted") == "2024-02-10"
    text = "He left late Saturday, days after a judge ordered his arrest."
    assert _date(text, "ordered") is None
    text = "La Policía lo detuvo el sábado, pocas horas después de que un tribunal lo condenara."
    assert _date(text, "condenara", lang="es") == "2024-02-10"


def test_an_act_hours_before_an_undated_main_clause_takes_no_carried_day() -> None:
    """ "Shortly after Maduro's seizure in US airstrikes, Trump announced ...", after a
    paragraph about Thursday: the seizure was not on the Thursday the narrative carries."""
    told = "Thursday's move by Caracas came as Trump spoke of oil."
    later = "Shortly after the seizure of the president in a raid, Trump announced a transition."
    assert _date_in_paragraph([told, later], "seizure") is None


def test_a_year_naming_another_happening_does_not_date_the_act() -> None:
    """ "cuando la Fiscalía lo investigaba por peculado en la reconstrucción tras el
    terremoto de 2016": the year says which earthquake, not when he was investigated; the
    "cuando" clause goes with December, the main clause's time."""
    text = (
        "En diciembre se refugió en la embajada, cuando la Fiscalía lo investigaba por "
        "peculado en la reconstrucción tras el terremoto de 2016."
    )
    assert _date(text, "investigaba", lang="es") == "2023-12"
    # the noun the year follows is still dated by it
    assert _date("Recordó el terremoto de 2016.", "terremoto", lang="es") == "2016"


def test_an_act_hours_after_the_main_clause_is_not_dated_by_a_relative_clause_before() -> None:
    """ "freed on Saturday X, the blogger whose arrest five years ago set off protests, hours
    after the president met an envoy": the meeting is of Saturday (the main clause's day),
    not of the relative clause's five years ago, which still dates the arrest it tells."""
    text = (
        "Belarus on Saturday freed Ivan Petrov, the blogger whose arrest five years ago set "
        "off protests, hours after the president met an envoy of the United States."
    )
    assert _date(text, "met") == "2024-02-10"
    assert _date(text, "arrest") == "2019"
    text = (
        "Bielorrusia liberó el sábado a Iván Petrov, el bloguero cuya detención hace cinco años "
        "desató protestas, pocas horas después de que el presidente se reuniera con un enviado."
    )
    assert _date(text, "reuniera", lang="es") == "2024-02-10"


def test_a_date_modifying_a_noun_dates_that_noun_only() -> None:
    """ "le sugirió renunciar ... por el fraude en las elecciones del 20 de octubre", "the
    elections of 20 October", "Sunday's vote": the date says which election, not when the
    request was made; the noun itself keeps it, and a time noun's date ("la noche del 20 de
    octubre", "the night of October 20") or an occasion's is still the act's."""
    text = "Kaliman le sugirió renunciar por el fraude en las elecciones del 20 de octubre."
    assert _date(text, "sugirió", lang="es") != "2023-10-20"
    assert _date(text, "elecciones", lang="es") == "2023-10-20"
    text = "Kaliman le sugirió renunciar por el fraude en la votación del domingo."
    assert _date(text, "sugirió", lang="es") != "2024-02-11"
    text = "Kaliman suggested that he resign over fraud in the elections of 20 October."
    assert _date(text, "suggested") != "2023-10-20"
    text = "Kaliman suggested that he resign over fraud in Sunday's vote."
    assert _date(text, "suggested") != "2024-02-11"
    assert _date("La policía lo detuvo la noche del 20 de octubre.", "detuvo", lang="es") == (
        "2023-10-20"
    )
    assert _date("Police detained him on the night of October 20.", "detained") == "2023-10-20"
    text = "En la audiencia del 20 de octubre el juez ordenó su detención."
    assert _date(text, "ordenó", lang="es") == "2023-10-20"
    # the occasion the act happened at, close after it, dates it too
    text = "Win Myint, who was detained with her in the coup of February 2021, was moved."
    assert _date(text, "detained") == "2021-02"
    text = "El expresidente fue detenido durante las protestas del 20 de octubre."
    assert _date(text, "detenido", lang="es") == "2023-10-20"
    # a possessive date dates its noun phrase: "last week's police raid" is the raid's
    text = "Mexico sued Ecuador on Thursday over last week's police raid on its embassy."
    assert _date(text, "raid") == "2024-02"
    assert _date(text, "sued") == "2024-02-15"
    # an act told in a clause set in the happening named is of its time
    text = (
        "Mexico sued Ecuador on Thursday over last week's police raid on its embassy, in which "
        "officers arrested a former vice president."
    )
    assert _date(text, "arrested") == "2024-02"


def test_a_full_date_with_its_year_set_off_before_a_happening_noun_dates_that_noun_only() -> None:
    """ "the October 20, 2019, election": the year set off by commas changes nothing, the date
    says which election (as "the October 20 election"), not when the request was made; after
    "on" the comma opens the clause ("on Oct. 20, 2019, police said"), and the date is the
    act's; an occasion noun after it ("the May 3, 2021, hearing") is still the act's time."""
    text = "Kaliman suggested that he resign over fraud in the October 20, 2019, election."
    assert _date(text, "suggested") != "2019-10-20"
    assert _date(text, "election") == "2019-10-20"
    text = "Kaliman suggested that he resign over fraud in the Oct. 20, 2019, presidential vote."
    assert _date(text, "suggested") != "2019-10-20"
    assert _date("The man was arrested on Oct. 20, 2019, police said.", "arrested") == (
        "2019-10-20"
    )
    text = "The man was arrested on Oct. 20, 2019, election officials said."
    assert _date(text, "arrested") == "2019-10-20"
    assert _date("Police arrested him at the May 3, 2021, hearing.", "arrested") == "2021-05-03"


def test_a_preposition_of_time_anywhere_in_the_acts_clause_opens_its_occasion() -> None:
    """ "held with three of his aides during the strike of 12 March": "during" opens the act's
    own occasion however many words after the trigger, as long as no clause break comes
    between; an "in" farther off still hangs on another noun."""
    text = "The union leader was held with three of his aides during the strike of 12 March."
    assert _date(text, "held") == "2024-03-12"
    text = "The union leader was held with three of his aides during Tuesday's strike."
    assert _date(text, "held") == "2024-02-13"
    text = "El sindicalista fue retenido con tres asesores durante la huelga del 12 de marzo."
    assert _date(text, "retenido", lang="es") == "2024-03-12"
    # a clause break between: the strike is another clause's
    text = "The union leader was held, and his aides joined during the strike of 12 March."
    assert _date(text, "held") != "2024-03-12"
    text = "Kaliman urged him to resign over the fraud in the ballot of 20 October."
    assert _date(text, "urged") != "2023-10-20"
