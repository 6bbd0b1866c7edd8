"""The discourse frame (event_date_frame): how far a date is carried, what stops it, and the
report's date an act told as the first of a sequence does not take (event_dates)."""

from __future__ import annotations

from chronicler.annotate.event_dates import date_event
from chronicler.annotate.timex import find_time_expressions
from chronicler.model import EventDate, PublicationDate, Sentence

PUBLISHED = PublicationDate("2023-06-24", "metadata", 0.9)  # a Saturday


def _sentences(paragraphs: tuple[str, ...], blank_line_apart: bool) -> tuple[str, list[Sentence]]:
    """Paragraphs split on '. '. The English parser hands a paragraph's blank line to its last
    sentence; the Spanish one often leaves it out of both (`blank_line_apart`)."""
    text, sentences = "", []
    for p, paragraph in enumerate(paragraphs):
        if p and blank_line_apart:
            text += "\n\n"
        for i, piece in enumerate(pieces := paragraph.split(". ")):
            piece = piece if i == len(pieces) - 1 else piece + ". "
            if i == len(pieces) - 1 and p < len(paragraphs) - 1 and not blank_line_apart:
                piece += "\n\n"
            sentences.append(Sentence(len(sentences), len(text), len(text) + len(piece), piece))
            text += piece
    return text, sentences


def _date(
    *paragraphs: str, trigger: str, blank_line_apart: bool = False, language: str = "en"
) -> EventDate:
    text, sentences = _sentences(paragraphs, blank_line_apart)
    times = find_time_expressions(text, PUBLISHED.value, language)
    start = text.index(trigger)
    index = next(s.index for s in sentences if s.start <= start < s.end)
    return date_event(index, start, start + len(trigger), times, PUBLISHED, sentences)


def test_the_sentences_of_the_events_own_paragraph_do_not_count_against_the_window() -> None:
    """ "On May 9, police arrested him ... / His arrest set off protests. Supporters attacked
    ... At least eight people were killed": one stretch of the story, four sentences back."""
    told = "On May 9, police arrested him at the court. The agency accuses him of fraud"
    after = "His arrest set off protests. Supporters attacked buildings. Eight people were killed"
    d = _date(told, after, trigger="killed")
    assert (d.value, d.basis) == ("2023-05-09", "discourse")
    # the window still holds across the paragraphs before the event's own
    d = _date(
        told, "Critics spoke out", "Many were angry", "Eight people were killed", trigger="killed"
    )
    assert d.basis == "article"


def test_a_paragraph_back_to_the_news_ends_the_background_for_the_paragraphs_after_it() -> None:
    """ "X was sentenced in April 2023" / "President Vladimir Putin pardoned the prisoners" /
    "\"Their ordeal is over,\" Biden said. He said the deal was hard won": not April 2023."""
    d = _date(
        "Kara-Murza was sentenced to 25 years in April 2023",
        "President Vladimir Putin pardoned the prisoners",
        '"Their ordeal is over," the president said. He said the deal was hard won.',
        trigger="deal",
    )
    assert d.basis == "article"
    # one that names the same time goes on in it ("was sworn in the same afternoon")
    d = _date(
        "Kara-Murza was sentenced to 25 years in April 2023",
        "President Vladimir Putin spoke the same afternoon",
        "Kara-Murza appealed the verdict.",
        trigger="appealed",
    )
    assert d.value == "2023-04"


def test_a_past_perfect_sentence_passes_no_date_on() -> None:
    """ "He had taken refuge there in December" tells a time before the narrative: the
    sentences after it do not go on in December, nor in the time before it."""
    told = "Police stormed the embassy on May 9. He had taken refuge there in December"
    d = _date(told + ". Peru cut ties with Mexico.", trigger="cut")
    assert (d.value, d.basis) == ("2023-06-24", "article")
    d = _date(
        "La policía irrumpió en la embajada el 9 de mayo. Se había refugiado allí en diciembre"
        ". Perú rompió relaciones con México.",
        trigger="rompió",
        language="es",
    )
    assert (d.value, d.basis) == ("2023-06-24", "article")
    # a simple past in December goes on as before
    d = _date(
        "Police stormed the embassy on May 9. He fled there in December. Peru cut ties.",
        trigger="cut",
    )
    assert d.value == "2022-12"
    # a saying's date before a past perfect it reports is the saying's
    d = _date(
        "The army said in May the vote had been rigged. Two leaders were held.", trigger="held"
    )
    assert d.value == "2023-05"


def test_a_spanish_paragraph_opening_with_a_distal_demonstrative_goes_on_in_the_time_before() -> (
    None
):
    """ "El 9 de mayo ... lo detuvieron. / Aquel arresto desató disturbios. ... murieron":
    across the blank line the Spanish parser leaves between them."""
    d = _date(
        "El 9 de mayo los agentes lo detuvieron en el tribunal",
        "Aquel arresto desató disturbios. Miles de seguidores atacaron cuarteles"
        ". Diez personas murieron.",
        trigger="murieron",
        blank_line_apart=True,
        language="es",
    )
    assert (d.value, d.basis) == ("2023-05-09", "discourse")
    d = _date(
        "El 9 de mayo los agentes lo detuvieron en el tribunal",
        "La oposición convocó marchas.",
        trigger="convocó",
        blank_line_apart=True,
        language="es",
    )
    assert d.basis == "article"


def test_a_day_a_paragraph_reaches_after_another_time_is_not_the_next_paragraphs() -> None:
    """ "... broke off relations the same night. Staff flew home on Sunday. / Foreign Secretary
    Alicia Bárcena said the complaint asks ...": the Sunday is a later step of its own."""
    d = _date(
        "Police stormed the embassy on Friday. The president broke off relations the same night"
        ". Embassy staff flew home on Sunday",
        "Foreign Secretary Alicia Barcena said the complaint asks the court to act.",
        trigger="asks",
    )
    assert d.basis == "article"
    d = _date(
        "Police stormed the embassy on Tuesday. Embassy staff flew home on Thursday",
        "Foreign Secretary Alicia Barcena said the complaint asks the court to act.",
        trigger="asks",
    )
    assert d.basis == "article"
    # the paragraph's own people go on in it ("Embassy staff ..." / "The staff ...")
    d = _date(
        "Police stormed the embassy on Tuesday. Embassy staff flew home on Thursday",
        "The staff landed in Mexico City.",
        trigger="landed",
    )
    assert (d.value, d.basis) == ("2023-06-22", "discourse")
    # a day told alone, or after a later one it recalls, is still the news's frame
    d = _date(
        "Police stormed the embassy on Friday",
        "Foreign Secretary Alicia Barcena condemned the raid.",
        trigger="condemned",
    )
    assert (d.value, d.basis) == ("2023-06-23", "discourse")
    d = _date(
        "The defence said on Friday it would appeal the sentence imposed on Tuesday",
        "The Supreme Court upheld the verdict.",
        trigger="upheld",
    )
    assert (d.value, d.basis) == ("2023-06-20", "discourse")


def test_an_act_told_as_the_first_of_a_sequence_is_not_as_of_the_report() -> None:
    """ "López first took refuge at the Chilean residence and then moved ...": background to
    the later acts, undated unless an earlier date frames it."""
    d = _date("Lopez first took refuge at the Chilean residence and then moved on.", trigger="took")
    assert (d.value, d.basis) == (None, "unknown")
    d = _date("He was initially held at a police base.", trigger="held")
    assert d.basis == "unknown"
    d = _date("Se refugió primero en la residencia de Chile.", trigger="refugió", language="es")
    assert d.basis == "unknown"
    d = _date("En un primer momento fue recluido en una base.", trigger="recluido", language="es")
    assert d.basis == "unknown"
    # framed by a date told before it, it takes that date
    d = _date(
        "On April 30 he was freed. He first took refuge at the Chilean residence.", trigger="took"
    )
    assert (d.value, d.basis) == ("2023-04-30", "discourse")
    # "first" as an adjective of a noun is no sequence
    d = _date("The first protesters gathered in the square.", trigger="gathered")
    assert d.basis == "article"
    d = _date("Her first protest drew crowds.", trigger="protest")
    assert d.basis == "article"


def test_a_time_a_plan_is_set_for_is_no_frame_for_a_past_act() -> None:
    """ "... out of elections due later this year. / Khan was driven to a prison": driven
    there on the day told before, not "this year"; so for "previstas para noviembre" and for
    any time after the article's date ("next month")."""
    told = (
        "Police arrested Khan at his home on Saturday, shortly after a court convicted him, a "
        "verdict that could keep him out of elections due later this year"
    )
    d = _date(f"{told}. Khan was driven to a prison, officials said.", trigger="driven")
    assert (d.value, d.basis) == ("2023-06-24", "discourse")
    told = "Police arrested Khan on Saturday, ahead of a vote scheduled for next month"
    d = _date(f"{told}. He was driven to a prison.", trigger="driven")
    assert d.value == "2023-06-24"
    told = "La Policía detuvo a Khan el sábado, antes de las elecciones previstas para noviembre"
    d = _date(f"{told}. Fue trasladado a una cárcel.", trigger="trasladado", language="es")
    assert d.value == "2023-06-24"


def test_a_day_told_after_a_later_one_is_not_the_frame_of_other_peoples_paragraphs() -> None:
    """ "Police detained Maradiaga on Thursday ... / On Monday, Cruz was arrested ... /
    According to police, Maradiaga and Chamorro are being investigated": the report steps
    back to Monday for Cruz; the paragraph after, about others, is as of the report. One
    that keeps to Saturday's people goes on in it."""
    news = "Police detained Felix Maradiaga on Thursday"
    back = "On Monday, economist Arturo Cruz was arrested at the airport"
    others = "According to police, Maradiaga and Juan Chamorro are being investigated"
    d = _date(news, back, others, trigger="investigated")
    assert d.basis == "article"
    d = _date(news, back, "Cruz was taken to a prison in the capital", trigger="taken")
    assert (d.value, d.basis) == ("2023-06-19", "discourse")
    d = _date(
        "La Policía detuvo el jueves a Félix Maradiaga",
        "El lunes, el economista Arturo Cruz fue arrestado en el aeropuerto",
        "Según la Policía, Maradiaga y Juan Chamorro son investigados por traición",
        trigger="investigados",
        blank_line_apart=True,
        language="es",
    )
    assert d.basis == "article"


def test_a_time_in_a_relative_clause_is_not_the_frame_when_the_main_clause_has_one() -> None:
    """ "Mexico filed a complaint on Thursday over the raid on its embassy, where police
    arrested X on Friday": the next sentence goes on in Thursday, in either language; with no
    time in the main clause the relative clause's is still the frame."""
    d = _date(
        "Mexico filed a complaint on Thursday over the raid on its embassy, where police "
        "arrested Glas on Friday. The foreign minister asked for Ecuador's suspension",
        trigger="asked",
    )
    assert (d.value, d.basis) == ("2023-06-22", "discourse")
    d = _date(
        "México presentó el jueves una demanda contra Ecuador por la irrupción de la policía en "
        "su embajada, donde los agentes detuvieron el pasado viernes a Glas. La canciller pidió "
        "la suspensión de Ecuador",
        trigger="pidió",
        language="es",
    )
    assert (d.value, d.basis) == ("2023-06-22", "discourse")
    d = _date(
        "Mexico filed a complaint over the raid on its embassy, where police arrested Glas on "
        "Friday. The foreign minister asked for Ecuador's suspension",
        trigger="asked",
    )
    assert d.value == "2023-06-23"


def test_a_time_inside_quoted_speech_frames_no_sentence_after_it() -> None:
    """ "“... investigations into the Bidens and Burisma in 2016,” Vindman testified. Trump
    slammed the ongoing hearings": 2016 is what the witness told of, not the narrative's time."""
    d = _date(
        "“I was worried about investigations into the Bidens and Burisma in 2016,” the officer"
        " testified. The president slammed the ongoing hearings",
        trigger="slammed",
    )
    assert d.basis == "article"
    # straight marks, and a quotation opened in the sentence before
    d = _date(
        '"We lost everything. Our farms burned in 2019," one farmer said. The ministry sent aid',
        trigger="sent",
    )
    assert d.basis == "article"
    # the typesetting marks of tokenised newswire (left39)
    d = _date(
        "`` We lost everything . Our farms burned in 2019 , '' one farmer said . The ministry"
        " sent aid",
        trigger="sent",
    )
    assert d.basis == "article"
    # the saying's own time outside the quotation is still the frame ...
    d = _date(
        "On Tuesday, “we saw troops in March,” the mayor said. The army denied the claim",
        trigger="denied",
    )
    assert (d.value, d.basis) == ("2023-06-20", "discourse")
    # ... and so is a time told outside any quotation, after an apostrophe
    d = _date(
        "The mayor’s office said in March that troops came. The army denied it", trigger="denied"
    )
    assert (d.value, d.basis) == ("2023-03", "discourse")


def test_a_time_inside_spanish_angled_quotes_frames_no_sentence_after_it() -> None:
    d = _date(
        "«Perdimos todo en 2019», dijo un campesino. El ministerio envió ayuda a la región",
        trigger="envió",
        language="es",
    )
    assert d.basis == "article"
    d = _date(
        "En 2019 los campesinos perdieron todo. El ministerio envió ayuda a la región",
        trigger="envió",
        language="es",
    )
    assert (d.value, d.basis) == ("2019", "discourse")


def test_a_time_inside_quoted_speech_dates_no_act_told_outside_it() -> None:
    d = _date(
        "“Investigators froze the accounts in 2016,” the officer testified", trigger="testified"
    )
    assert d.basis == "article"
    # an act told inside the quotation takes the quotation's time
    d = _date("“Investigators froze the accounts in 2016,” the officer testified", trigger="froze")
    assert (d.value, d.basis) == ("2016", "sentence")
