"""Event dates: own sentence, then discourse, then the article date; durations."""

from __future__ import annotations

from chronicler.annotate.event_dates import custody_started, date_event
from chronicler.annotate.timex import find_time_expressions
from chronicler.model import EventDate, PublicationDate, Sentence

PUBLISHED = PublicationDate("2023-06-24", "metadata", 0.9)


def split(text: str) -> list[Sentence]:
    """Naive sentence split on '. ' for fixtures."""
    out, start = [], 0
    for i, piece in enumerate(text.split(". ")):
        end = start + len(piece) + (0 if text.endswith(piece) else 1)
        out.append(Sentence(i, start, end, text[start:end]))
        start = end + 1
    return out


def date_of(
    text: str,
    trigger: str,
    published: PublicationDate = PUBLISHED,
    barred: frozenset[int] = frozenset(),
) -> EventDate:
    sentences = split(text)
    times = find_time_expressions(text, published.value)
    start = text.index(trigger)
    index = next(s.index for s in sentences if s.start <= start < s.end)
    return date_event(index, start, start + len(trigger), times, published, sentences, barred)


def test_event_takes_its_own_sentence_date_at_its_granularity() -> None:
    d = date_of("In March 2018, he was hauled away by agents.", "hauled")
    assert (d.value, d.basis, d.granularity) == ("2018-03", "sentence", "month")


def test_event_prefers_the_nearest_date_in_its_sentence() -> None:
    text = "He was arrested in 2018 and freed on Saturday."
    assert date_of(text, "freed").value == "2023-06-24"
    assert date_of(text, "arrested").value == "2018"


def test_event_falls_back_to_the_discourse() -> None:
    d = date_of("In March 2018, police raided a hotel. He was arrested there.", "arrested")
    assert (d.value, d.basis, d.certainty) == ("2018-03", "discourse", "approximate")


def test_discourse_date_stops_at_a_barred_sentence() -> None:
    text = "In March 2018, police raided a hotel. He was arrested there. Later he was freed."
    assert date_of(text, "freed").value == "2018-03"
    d = date_of(text, "freed", barred=frozenset({1}))  # the arrest's time is not the release's
    assert (d.value, d.basis) == ("2023-06-24", "article")


def test_event_falls_back_to_the_article_date_approximately() -> None:
    d = date_of("The government freed a former spy chief.", "freed")
    assert (d.value, d.basis, d.certainty) == ("2023-06-24", "article", "approximate")


def test_event_without_any_date_is_unknown() -> None:
    d = date_of("The government freed him.", "freed", PublicationDate(None))
    assert (d.value, d.basis) == (None, "unknown")


def test_duration_dates_the_start_of_an_episode() -> None:
    d = date_of("Rodríguez Torres was imprisoned for 5 years.", "imprisoned")
    assert (d.value, d.basis, d.granularity) == ("2018", "duration", "year")
    d = date_of("Venezuela freed him five years after he was arrested.", "arrested")
    assert (d.value, d.basis) == ("2018", "duration")


def test_duration_in_another_clause_does_not_date_the_trigger() -> None:
    d = date_of("The government freed a spy chief who spent nearly five years in prison.", "freed")
    assert d.basis == "article"
    d = date_of("The government freed a spy chief who spent nearly five years in prison.", "spent")
    assert (d.value, d.basis) == ("2018", "duration")


def test_duration_counts_back_from_a_date_in_its_sentence() -> None:
    d = date_of("Released in June 2023, he had been held for two years.", "held")
    # "two years" is not counted in months: the start is known to the year
    assert (d.value, d.basis) == ("2021", "duration")


def test_a_window_up_to_the_report_dates_the_sentence_it_opens() -> None:
    """ "in the past month", "over the last year": a window ending at the article's date,
    also when it opens a clause before the trigger's, past a subject or a comma."""
    text = "As fighting raged in the past month the army had already freed dozens of hostages."
    d = date_of(text, "freed")
    assert (d.value, d.basis, d.granularity) == ("2023-05", "duration", "month")
    d = date_of("Over the last year, the rebels released twelve hostages.", "released")
    assert (d.value, d.basis) == ("2022", "duration")
    # a length of time before the trigger's clause is no window ("for five years, ...")
    d = date_of("For five years, the general fought the charges. He was freed.", "freed")
    assert d.basis != "duration"


def test_present_ref_is_the_article_date() -> None:
    d = date_of("He is now in exile in Spain.", "exile")
    assert (d.value, d.basis) == ("2023-06-24", "sentence")


def test_adjectival_duration_is_a_length_not_elapsed_time() -> None:
    d = date_of("He met López in 2018 when López was finishing a 14-year sentence.", "sentence")
    assert d.basis == "sentence" and d.value == "2018"


def test_event_date_values_follow_the_export_contract() -> None:
    from chronicler.annotate.event_dates import timeline_value

    assert timeline_value("2023-06-22TAF") == ("2023-06-22", "day")
    assert timeline_value("2023-W25") == ("2023-06", "month")
    assert timeline_value("2022-Q3") == ("2022", "year")
    assert timeline_value("199") == (None, None)
    assert timeline_value("PAST_REF") == (None, None)
    d = date_of("The family released a statement Thursday afternoon.", "released")
    assert (d.value, d.granularity) == ("2023-06-22", "day")


def test_event_prefers_a_date_in_its_own_clause() -> None:
    text = "On Saturday he was freed, while his arrest came in March 2018 after a speech."
    assert date_of(text, "arrest").value == "2018-03"
    assert date_of(text, "freed").value == "2023-06-24"


def test_event_dates_a_since_date_in_another_clause_is_not_the_event_date() -> None:
    from chronicler.annotate.event_dates import date_event
    from chronicler.annotate.timex import find_time_expressions
    from chronicler.model import PublicationDate, Sentence

    text = "Ana Ruiz, jailed since March 2021 over a protest, was freed with four others."
    times = find_time_expressions(text, "2024-05-10")
    sentences = [Sentence(0, 0, len(text), text)]
    published = PublicationDate("2024-05-10", "dateline", 0.9)
    freed = text.index("freed")
    date = date_event(0, freed, freed + 5, times, published, sentences)
    assert date.value != "2021-03"
    jailed = text.index("jailed")
    assert date_event(0, jailed, jailed + 6, times, published, sentences).value == "2021-03"


def test_a_since_date_is_no_time_frame_for_the_next_sentence() -> None:
    """ "freed on Saturday ..., held since March 2018. He left for Spain": the departure is
    dated by Saturday, the time the story goes on in, not by when the detention began."""
    text = "He was freed on Saturday after being held since March 2018. He left for Spain."
    d = date_of(text, "left")
    assert (d.value, d.basis) == ("2023-06-24", "discourse")
    text = "In March 2018, police raided a hotel. He was arrested there."
    assert date_of(text, "arrested").value == "2018-03"  # an ordinary date still carries


def test_a_penalty_length_is_no_elapsed_time() -> None:
    """ "sentenced to 25 years ... in April 2023" was a sentencing in April 2023, not in 1998."""
    text = "Kara-Murza was sentenced to 25 years for treason in April 2023."
    assert date_of(text, "sentenced").value == "2023-04"
    d = date_of("A court sentenced him last month to 16 years in a penal colony.", "sentenced")
    assert d.value == "2023-05"
    d = date_of("Un juez lo condenó a 26 años de prisión.", "condenó")
    assert (d.value, d.basis) == ("2023-06-24", "article")
    # time served is still elapsed time
    d = date_of("Rodríguez Torres was imprisoned for 5 years.", "imprisoned")
    assert (d.value, d.basis) == ("2018", "duration")


def test_a_date_in_the_triggers_own_clause_outranks_a_duration_counted_to_it() -> None:
    """ "held for 491 days since his arrest ... on March 29, 2023": the arrest is that day."""
    text = "He had been held for 491 days since his arrest in Yekaterinburg on March 29, 2023."
    d = date_of(text, "arrest")
    assert (d.value, d.basis) == ("2023-03-29", "sentence")
    # and the holding ran from that day: it is not counted back 491 days from it
    d = date_of(text, "held")
    assert (d.value, d.basis) == ("2023-03-29", "sentence")
    d = date_of("Venezuela freed him five years after he was arrested.", "arrested")
    assert (d.value, d.basis) == ("2018", "duration")


def test_a_date_inside_a_relative_clause_is_no_time_frame_for_the_next_sentence() -> None:
    """ "Belarus on Saturday freed X, the blogger whose arrest five years ago set off protests.
    X was one of 14 prisoners released": the release is Saturday's, not five years back."""
    text = (
        "Belarus on Saturday freed Tsikhanouski, the blogger whose arrest five years ago set "
        "off protests. Tsikhanouski was one of 14 prisoners released"
    )
    d = date_of(text, "released")
    assert (d.value, d.basis) == ("2023-06-24", "discourse")
    # a relative clause closed before the date leaves it in the main clause
    text = "Kara-Murza, who holds two passports, was sentenced in April 2023. He was moved"
    assert date_of(text, "moved").value == "2023-04"


def test_a_date_in_a_participial_clause_is_no_time_frame_for_the_next_sentence() -> None:
    """ "Figuran X e Y, todos ellos detenidos en 2021, antes de las elecciones. El obispo se
    negó": the refusal is not dated by the others' arrests."""
    text = (
        "Entre los desterrados figuran Téllez y Chamorro, todos ellos detenidos en 2021, antes "
        "de las elecciones. El obispo se negó a subir"
    )
    assert date_of(text, "negó").basis == "article"
    assert date_of(text, "detenidos").value == "2021"
    text = "Freed were Chamorro and Maradiaga, all of them arrested in 2021. They flew"
    assert date_of(text, "flew").basis == "article"
    # a main clause after a comma still sets the time frame
    text = "On Monday, the court sentenced him in March 2021. He was moved"
    assert date_of(text, "moved").value == "2021-03"


def test_a_main_verb_after_an_apposition_is_no_participial_clause() -> None:
    """ "Vera, the country's first female president, resigned on November 10, 2019, ... He flew
    to Panama": the verb after the apposition is the main one; its date frames the next
    sentence (a list of names before "all of them arrested" still does not)."""
    text = (
        "Vera, the country's first female president, resigned on November 10, 2019, after weeks "
        "of protests. He flew to Panama"
    )
    assert date_of(text, "flew").value == "2019-11-10"
    text = "Freed were Chamorro, Maradiaga, all of them arrested in 2021. They flew"
    assert date_of(text, "flew").basis == "article"


def test_a_date_in_a_relative_clause_after_the_trigger_does_not_date_it() -> None:
    text = (
        "Among those freed were Chamorro and Maradiaga, who had hoped to run in the 2021 "
        "election and were arrested months before the vote."
    )
    assert date_of(text, "freed").basis == "article"
    assert date_of(text, "arrested").value == "2021"
    # a relative clause that holds the trigger keeps its date
    assert date_of("Whelan, who was detained in December 2018, was ill.", "detained").value == (
        "2018-12"
    )


def test_a_date_after_another_trigger_set_off_from_this_one_is_that_events() -> None:
    text = "Also freed was Paul Whelan, a former Marine arrested in Moscow in 2018."
    sentences = split(text)
    times = find_time_expressions(text, PUBLISHED.value)
    freed, arrested = text.index("freed"), text.index("arrested")
    rivals = ((arrested, arrested + 8),)
    d = date_event(0, freed, freed + 5, times, PUBLISHED, sentences, rivals=rivals)
    assert (d.value, d.basis) == ("2023-06-24", "article")
    d = date_event(
        0, arrested, arrested + 8, times, PUBLISHED, sentences, rivals=((freed, freed + 5),)
    )
    assert d.value == "2018"
    # not set off: "arrested during protests in 2014" is an arrest in 2014
    text = "He was arrested during protests in 2014."
    times = find_time_expressions(text, PUBLISHED.value)
    a, p = text.index("arrested"), text.index("protests")
    d = date_event(0, a, a + 8, times, PUBLISHED, split(text), rivals=((p, p + 8),))
    assert d.value == "2014"


def test_a_year_before_a_capitalised_modifier_and_its_noun_names_that_happening() -> None:
    """ "charged in three attacks, including the 1996 Olympic bombing": the year says which
    bombing, as in "the 1996 bombing"; the charge and the attacks are not of 1996."""
    text = "He is charged in three attacks, including the 1996 Olympic bombing."
    sentences = split(text)
    times = find_time_expressions(text, PUBLISHED.value)
    charged, bombing = text.index("charged"), text.index("bombing")
    d = date_event(
        0, charged, charged + 7, times, PUBLISHED, sentences, rivals=((bombing, bombing + 7),)
    )
    assert d.basis == "article"
    d = date_event(
        0, bombing, bombing + 7, times, PUBLISHED, sentences, rivals=((charged, charged + 7),)
    )
    assert d.value == "1996"
    # nor is it a time frame for the next sentence
    text = "He joined the 2019 Venezuelan uprising. He was detained at a checkpoint"
    assert date_of(text, "detained").basis == "article"


def test_a_persons_age_is_no_elapsed_time() -> None:
    """ "X, de 57 años, cumplía una condena": an age next to the trigger does not date it
    57 years back; the event falls back to the article date."""
    d = date_of("El obispo, de 57 años, cumplía una condena en la cárcel.", "cumplía")
    assert (d.value, d.basis) == ("2023-06-24", "article")
    d = date_of("The bishop, aged 57, was serving a sentence in prison.", "serving")
    assert (d.value, d.basis) == ("2023-06-24", "article")
    d = date_of("Ferrer, de 54 años de edad, fue detenido en su casa.", "detenido")
    assert (d.value, d.basis) == ("2023-06-24", "article")
    # a duration that is time passed still counts back
    d = date_of("Rodríguez Torres, a lawyer, was imprisoned for 5 years.", "imprisoned")
    assert (d.value, d.basis) == ("2018", "duration")


def test_custody_started_names_sentences_with_an_arrest_and_no_release() -> None:
    text = "He was arrested in 2018. He was charged and freed in 2020. Police held him again"
    sentences = split(text)
    offsets = {w: text.index(w) for w in ("arrested", "charged", "freed", "held")}
    modes = [
        (offsets["arrested"], "arrest"),
        (offsets["charged"], "charge"),
        (offsets["freed"], "release"),
        (offsets["held"], None),
    ]
    begin, end = frozenset({"arrest", "charge"}), frozenset({"release"})
    assert custody_started(modes, sentences, begin, end) == frozenset({0})
    assert custody_started(modes, [], begin, end) == frozenset()


def _paragraphs(*paragraphs: str) -> tuple[str, list[Sentence]]:
    """Paragraphs split on '. ', the closing blank line handed to the paragraph's last
    sentence, as the English parser does."""
    text, sentences = "", []
    for p, paragraph in enumerate(paragraphs):
        for i, piece in enumerate(pieces := paragraph.split(". ")):
            piece = piece if i == len(pieces) - 1 else piece + ". "
            if i == len(pieces) - 1 and p < len(paragraphs) - 1:
                piece += "\n\n"
            sentences.append(Sentence(len(sentences), len(text), len(text) + len(piece), piece))
            text += piece
    return text, sentences


def _date_in(paragraphs: tuple[str, ...], trigger: str) -> EventDate:
    text, sentences = _paragraphs(*paragraphs)
    times = find_time_expressions(text, PUBLISHED.value)
    start = text.index(trigger)
    index = next(s.index for s in sentences if s.start <= start < s.end)
    return date_event(index, start, start + len(trigger), times, PUBLISHED, sentences)


def test_old_background_is_no_time_frame_for_the_next_paragraph() -> None:
    """A paragraph of a life's history ("won a prize in 1991 and was confined until 2008")
    does not date the news the next paragraph returns to."""
    background = "The writer won a national prize in 1991 and was confined until 2008"
    d = _date_in((background, "Rights groups urged the government to free her."), "urged")
    assert (d.value, d.basis) == ("2023-06-24", "article")
    # within its paragraph the old date still frames the next sentence
    d = _date_in((background + ". She was freed under a deal.",), "freed")
    assert (d.value, d.basis) == ("2008", "discourse")
    # a paragraph opened in sequence with the one before goes on in its time
    d = _date_in((background, "Later, she was charged with sedition."), "charged")
    assert (d.value, d.basis) == ("2008", "discourse")
    # recent background goes on across the break (wire copy has a paragraph per sentence)
    d = _date_in(
        ("The writer was arrested in May 2019", "She was charged with sedition."), "charged"
    )
    assert (d.value, d.basis) == ("2019-05", "discourse")


def test_an_attributive_date_is_no_time_frame() -> None:
    """ "The army said the November election had been marred by fraud. Two leaders were
    detained": the date says which election, not when the detention happened."""
    text = "The army said the November election had been marred by fraud. Two leaders were held"
    assert date_of(text, "held").basis == "article"
    text = "The army said in November the election had been marred by fraud. Two leaders were held"
    assert date_of(text, "held").value == "2022-11"
    # after a name's possessive too: "Trump's July 25 call" says which call
    text = "He listened in on the president's June 5 call. He urged lawmakers to act."
    assert date_of(text, "urged").basis == "article"


def test_a_change_to_a_penalty_or_a_measure_for_a_time_is_no_elapsed_time() -> None:
    """ "pardoned her, cutting six years from her sentence", "declared a state of emergency
    for one year": lengths, not time counted back from the act."""
    text = "Last year the junta pardoned her, cutting six years from her sentence."
    assert date_of(text, "sentence").value == "2022"
    text = "On Monday the army declared a state of emergency for one year."
    assert date_of(text, "state of emergency").value == "2023-06-19"
    text = "The court reduced the term to two years on Friday."
    assert date_of(text, "reduced").value == "2023-06-23"
    # a spell in custody still counts back
    assert date_of("She has been jailed for two years.", "jailed").value == "2021"


def test_a_past_perfect_act_after_another_event_does_not_take_its_date() -> None:
    """ "Last year the junta pardoned her on five of the offences she had been convicted of":
    the conviction came before the pardon, whose date that is."""
    text = "Last year the junta pardoned her on five of the offences she had been convicted of."
    times = find_time_expressions(text, PUBLISHED.value)
    pardoned, convicted = text.index("pardoned"), text.index("convicted")
    rivals = ((pardoned, pardoned + 8),)
    d = date_event(0, convicted, convicted + 9, times, PUBLISHED, split(text), rivals=rivals)
    assert (d.value, d.basis) == ("2023-06-24", "article")
    d = date_event(
        0,
        pardoned,
        pardoned + 8,
        times,
        PUBLISHED,
        split(text),
        rivals=((convicted, convicted + 9),),
    )
    assert d.value == "2022"
    # a past perfect with its own date before it is dated by it
    text = "In 2019 she had been convicted of fraud."
    times = find_time_expressions(text, PUBLISHED.value)
    c = text.index("convicted")
    assert date_event(0, c, c + 9, times, PUBLISHED, split(text)).value == "2019"


def test_an_act_over_a_range_of_dates_starts_at_its_first() -> None:
    """ "spent 15 of the years between 1989 and 2010 under house arrest": held from 1989."""
    text = "She spent 15 of the years between 1989 and 2010 under house arrest."
    assert date_of(text, "house arrest").value == "1989"
    assert date_of("He was held from March 2015 to 2019 in a prison.", "held").value == "2015-03"
    # two dates that are no range keep the nearest
    assert date_of("Arrested in 2015, he was freed in 2019.", "freed").value == "2019"


def test_a_month_modifying_a_noun_dates_neither_other_events_nor_the_next_sentence() -> None:
    text = "The mayor resigned over his defeat in the March election. He was arrested at his home."
    assert date_of(text, "resigned").basis == "article"
    assert date_of(text, "arrested").basis == "article"  # no frame carried from "March"
    # the noun it modifies keeps it
    assert date_of("Thousands joined the March protests.", "protests").value == "2023-03"


def test_a_trigger_in_an_after_clause_takes_no_date_from_the_clause_it_hangs_on() -> None:
    """ "left late on Saturday, days after a judge ordered his arrest": the order came
    before Saturday; "hid there for a month, until he moved on Thursday": Thursday is the
    move's."""
    text = "The mayor left the country on Saturday, days after a judge ordered his arrest."
    assert date_of(text, "arrest").value is None
    assert date_of(text, "left").value == "2023-06-24"
    text = "He hid at the embassy, until he moved to a hotel on Thursday."
    assert date_of(text, "hid").basis == "article"
    assert date_of(text, "moved").value == "2023-06-22"
    # a month counted back from Thursday still dates when the stay began
    text = "He hid at the embassy for a month, until he moved to a hotel on Thursday."
    assert date_of(text, "hid").value == "2023-05"
    text = "Llegó a Lima el sábado, días después de que un juez ordenara su detención."
    sentences = split(text)
    times = find_time_expressions(text, PUBLISHED.value, "es")
    start = text.index("detención")
    d = date_event(0, start, start + len("detención"), times, PUBLISHED, sentences)
    assert d.value is None


def test_recent_background_stops_where_a_new_paragraph_names_someone_else() -> None:
    """ "The critic Ana Ruiz ... was sentenced in April 2022" does not date "President Carlos
    Soto pardoned the prisoners" in the next paragraph: a paragraph opening with a name the
    dated sentence does not give returns to the news; one that goes on with its people (a
    pronoun, a name it gives, an attribution before it) keeps its time."""
    background = "The critic Ana Ruiz was sentenced to 25 years in April 2022"
    d = _date_in((background, "President Carlos Soto pardoned the prisoners."), "pardoned")
    assert (d.value, d.basis) == ("2023-06-24", "article")
    for goes_on, trigger in (
        ("She was charged with sedition.", "charged"),
        ("Ruiz was charged with sedition.", "charged"),
        ("According to her lawyer, she was charged with sedition.", "charged"),
    ):
        d = _date_in((background, goes_on), trigger)
        assert (d.value, d.basis) == ("2022-04", "discourse"), goes_on
    # the news's own frame (within `news_months` of the article) goes on whoever is named
    d = _date_in(
        ("The critic was freed on Thursday", "President Carlos Soto pardoned her."), "pardoned"
    )
    assert d.basis == "discourse"


def test_a_month_alone_is_background_at_a_paragraph_break() -> None:
    """ "In June, the critic was moved to a prison in the north" does not date "President
    Carlos Soto defended the move" in the next paragraph, though June is within
    `news_months` of the article: the news is told by its day. Her own next paragraph goes
    on in June; a name opening with a dotted abbreviation ("U.S. President") is a name."""
    background = "In June, the critic was moved to a prison in the north"
    d = _date_in((background, "President Carlos Soto defended the move."), "defended")
    assert (d.value, d.basis) == ("2023-06-24", "article")
    d = _date_in((background, "She was charged with sedition."), "charged")
    assert (d.value, d.basis) == ("2023-06", "discourse")
    # (two sentences built by hand: the helper splits on the abbreviation's dot)
    older = "The critic Ana Ruiz was sentenced to 25 years in April 2022.\n\n"
    text = older + "U.S. President Carlos Soto condemned the sentence."
    sentences = [
        Sentence(0, 0, len(older), older),
        Sentence(1, len(older), len(text), text[len(older) :]),
    ]
    start = text.index("condemned")
    times = find_time_expressions(text, PUBLISHED.value)
    d = date_event(1, start, start + len("condemned"), times, PUBLISHED, sentences)
    assert (d.value, d.basis) == ("2023-06-24", "article")


def test_a_relative_clause_after_a_comma_takes_no_date_from_its_main_clause() -> None:
    """ "left on Wednesday for Mexico, which had granted them asylum": the asylum was granted
    before, not on Wednesday; a date inside the clause still dates it."""
    text = "The family left on Wednesday for Mexico, which had granted them asylum."
    assert date_of(text, "granted").basis == "article"  # as of the report
    assert date_of(text, "left").value == "2023-06-21"
    text = "Police freed the journalist, who was detained on Monday."
    assert date_of(text, "detained").value == "2023-06-19"
    es = "La familia salió el miércoles rumbo a México, que les concedió asilo."
    assert date_of(es, "concedió").basis == "article"


def test_a_date_after_a_possessed_noun_frames_no_later_sentence() -> None:
    """ "over Castillo's arrest two weeks ago": that arrest's date, not the time of the next
    sentence; the main clause's "on Tuesday" frames it."""
    text = (
        "The government expelled the ambassador on Tuesday over the president's arrest two "
        "weeks ago. Mexico granted asylum to his family"
    )
    assert date_of(text, "granted").value == "2023-06-20"
    assert date_of(text, "arrest").value == "2023-06"  # the week, inside one month


def test_a_perfect_tally_since_a_start_is_dated_by_the_report() -> None:
    """ "have been killed ... since the protests began" ("han muerto ... desde el inicio"): a
    count up to the report's time, not the day an earlier sentence names."""
    text = (
        "The president was sworn in on June 7. At least 26 people have been killed in clashes "
        "since the protests began"
    )
    d = date_of(text, "killed")
    assert (d.value, d.basis) == ("2023-06-24", "article")
    text = "The president was sworn in on June 7. Later, two ministers resigned"
    assert date_of(text, "resigned").value == "2023-06-07"  # no tally: the frame goes on


def test_a_day_counted_back_in_weeks_dates_an_event_by_its_week() -> None:
    """ "arrested two weeks ago" (from Saturday 24 June: the week of 10 June) is that week,
    inside June, not the guessed day, so a report's exact day refines it; "two days ago" keeps
    its day."""
    d = date_of("He was arrested two weeks ago.", "arrested")
    assert (d.value, d.granularity) == ("2023-06", "month")
    assert date_of("He was arrested two days ago.", "arrested").value == "2023-06-22"


def test_a_vague_shift_keeps_only_the_part_of_the_frame_it_cannot_change() -> None:
    """ "Weeks later" after a January date may be February: only the year holds; "Days
    later" keeps the month, "Hours later" the day; "Years later" keeps nothing (Spanish
    "semanas después" and the like alike)."""
    arrested = "The editor was arrested on January 17, 2021"
    d = _date_in((arrested, "Weeks later, a court sentenced him to two years."), "sentenced")
    assert (d.value, d.basis) == ("2021", "discourse")
    d = _date_in((arrested, "Days later, a court charged him with fraud."), "charged")
    assert d.value == "2021-01"
    d = _date_in((arrested, "Years later, he was freed."), "freed")
    assert d.value is None
    d = _date_in((arrested, "Hours later, he was charged with fraud."), "charged")
    assert d.value == "2021-01-17"
    # a shift that names its number is a time expression of its own, as before
    d = _date_in((arrested, "Then a court sentenced him to two years."), "sentenced")
    assert d.value == "2021-01-17"


def test_a_recovery_counts_back_to_what_was_recovered_from() -> None:
    """ "returned in January 2021 from Germany, where he had spent five months recovering
    from a poisoning": the poisoning was five months before the return."""
    text = (
        "He was detained in January 2021 on his return from Germany, where he had spent five "
        "months recovering from a poisoning."
    )
    d = date_of(text, "poisoning")
    assert (d.value, d.basis) == ("2020-08", "duration")


def _dated_with_mode(text: str, trigger: str, mode: str, language: str = "en") -> EventDate:
    sentences = split(text)
    times = find_time_expressions(text, PUBLISHED.value, language)
    start = text.index(trigger)
    index = next(s.index for s in sentences if s.start <= start < s.end)
    end = start + len(trigger)
    return date_event(index, start, end, times, PUBLISHED, sentences, mode=mode)


def test_a_charge_dated_only_by_a_carried_day_keeps_its_month() -> None:
    """ "Police arrested X on March 13, 2021. Prosecutors accused her of terrorism": the
    accusation is made in the days after the arrest, so of the arrest's day carried to it only
    the month holds (event_dates.toml follows_by_days); in both languages, by the event's
    mode. An act of another mode keeps the day."""
    text = "Police arrested Ana Ruiz on March 13, 2021. Prosecutors accused her of terrorism."
    d = _dated_with_mode(text, "accused", "allege")
    assert (d.value, d.basis) == ("2021-03", "discourse")
    assert _dated_with_mode(text, "accused", "protest").value == "2021-03-13"
    text = "Ana Ruiz fue detenida el 13 de marzo de 2021. La Fiscalía la acusó de terrorismo."
    assert _dated_with_mode(text, "acusó", "charge", "es").value == "2021-03"
    # a charge with its own day keeps it
    text = "Police arrested Ana Ruiz on March 13. On March 15 prosecutors charged her."
    assert _dated_with_mode(text, "charged", "charge").value == "2023-03-15"


def test_an_act_the_next_morning_takes_the_day_after_the_one_named() -> None:
    text = "The editor was detained on Wednesday. She was freed the following evening"
    assert date_of(text, "freed").value == "2023-06-22"


# --- date13 ---


def test_an_act_that_may_happen_on_a_bare_day_is_dated_ahead() -> None:
    """ "may rule on Monday" in a Wednesday's report is the coming Monday, not the one before
    (the nearer); "may have arrested him on Monday" is the Monday before."""
    published = PublicationDate("2023-06-21", "metadata", 0.9)
    assert date_of("The court may rule on Monday, a lawyer said.", "rule", published).value == (
        "2023-06-26"
    )
    text = "Police may have arrested him on Monday, his family said."
    assert date_of(text, "arrested", published).value == "2023-06-19"
