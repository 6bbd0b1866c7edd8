"""The discourse frame: the date of the last dated sentence of the few before an undated one,
carried within a paragraph always and across a paragraph break unless it is background (old,
or recent but about other people than a paragraph it crosses opens with, or a day the
paragraph before reached after another time or stepped back to from a later one), cut by
vague shifts ("Weeks later"), never from a past perfect ("He had fled there in December"),
never a time a plan is set for ("elections due later this year") and never past a sentence
that counts a tally up to the report's time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from chronicler.annotate.event_date_clauses import (
    CLAUSE_BREAK,
    hangs_a_clause,
    in_participial_clause,
    in_relative_clause,
)
from chronicler.annotate.event_date_durations import SINCE_WORD
from chronicler.annotate.event_date_owners import attributive, postnominal, starts_a_state
from chronicler.annotate.event_date_values import (
    datable,
    event_dates_table,
    from_point,
    in_sentence,
    timeline_value,
)
from chronicler.annotate.quotes import inside_quotation
from chronicler.annotate.timex_calendar import granularity_of
from chronicler.model import EventDate, PublicationDate, Sentence, TimeExpression

# How far back the discourse fallback looks, in sentences of the paragraphs before the
# event's own (whose sentences all count as one stretch of the story): farther than this the
# narrative has usually moved on to background.
DISCOURSE_WINDOW = 3


@dataclass(frozen=True)
class FrameCarry:
    """The [frame_carry] cues of event_dates.toml (see there)."""

    background_years: int
    sequence_openings: tuple[re.Pattern[str], ...]
    news_months: int
    attribution_openings: tuple[re.Pattern[str], ...]
    vague_shifts: tuple[tuple[re.Pattern[str], str], ...] = ()  # (opening, granularity kept)


@cache
def _frame_carry() -> FrameCarry:
    carry = event_dates_table()["frame_carry"]
    cues = tuple(re.compile(c, re.IGNORECASE) for c in carry["sequence_openings"])
    said = tuple(re.compile(c, re.IGNORECASE) for c in carry["attribution_openings"])
    shifts = tuple(
        (re.compile(v["opening"], re.IGNORECASE), str(v["keeps"]))
        for v in carry.get("vague_shifts", [])
    )
    return FrameCarry(int(carry["background_years"]), cues, int(carry["news_months"]), said, shifts)


# How much of a date each granularity keeps (characters of an ISO value).
_KEPT_LENGTH = {"year": 4, "month": 7, "day": 10, "none": 0}

_MONTH = _KEPT_LENGTH["month"]


def _shift_kept(sentences: Sequence[Sentence], first: int, last: int) -> int | None:
    """How many characters of a carried frame survive the vague shifts ("Weeks later") that
    sentences first..last open with: the fewest any of them keeps; None when none opens so."""
    shifts = _frame_carry().vague_shifts
    kept = [
        _KEPT_LENGTH.get(keeps, 0)
        for j in range(first, last + 1)
        for cue, keeps in shifts
        if cue.match(sentences[j].text)
    ]
    return min(kept) if kept else None


def _shifted(date: EventDate, kept: int | None) -> EventDate:
    """The carried date cut to what a vague shift leaves of it (unknown when nothing)."""
    if kept is None or date.value is None or len(date.value) <= kept:
        return date
    if kept == 0:
        return EventDate(value=None, basis="unknown", certainty="inferred")
    value = date.value[:kept]
    return replace(date, value=value, granularity=granularity_of(value))


@cache
def _plan_cues() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    table = event_dates_table()["plan_time"]
    before = tuple(re.compile(c, re.IGNORECASE) for c in table["before"])
    return before, re.compile(table["opening"], re.IGNORECASE)


def plan_time(t: TimeExpression, sentence: Sentence, published: str | None) -> bool:
    """The time is one a plan or an expectation is set for ("elections due later this year",
    "scheduled for next month", "previstas para noviembre"), or lies after the article's
    date: what is to come, no frame for a past act told after it (`plan_time`)."""
    value = timeline_value(t.value)[0]
    if value and published and value[: len(published)] > published[: len(value)]:
        return True
    return planned_for(t, sentence)


def planned_for(t: TimeExpression, sentence: Sentence) -> bool:
    """The text tells the time as one a plan is set for ("scheduled for next month",
    "previstas para noviembre", "next month"), not only by its lying after the article's date
    (which a year guessed for a bare month may do)."""
    before_cues, opening = _plan_cues()
    before = sentence.text[: max(t.start - sentence.start, 0)][-40:]
    return bool(opening.match(t.text)) or any(c.search(before) for c in before_cues)


def _adjacent(sentences: Sequence[Sentence], i: int) -> bool:
    """No gap between sentence i-1 and sentence i. The English parser hands a paragraph's
    closing newline to the sentence before it, so this holds across its paragraph breaks."""
    return sentences[i].start - sentences[i - 1].end <= 1


# A paragraph's blank line, which the Spanish parser leaves out of both sentences.
PARAGRAPH_GAP = 2


@cache
def _same_time_cues() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(c, re.IGNORECASE) for c in event_dates_table()["frame_carry"]["same_time"]
    )


def _joined_across_blank_line(sentences: Sequence[Sentence], i: int) -> bool:
    """Sentence i opens a paragraph set off by a blank line and says it goes on in the time
    before it: it opens in sequence ("Al día siguiente, el Gobierno ...") or names the same
    time ("rompió esa misma noche las relaciones"); otherwise the Spanish parser's blank line
    still stops the frame (version 14)."""
    if sentences[i].start - sentences[i - 1].end > PARAGRAPH_GAP:
        return False
    text = sentences[i].text
    return any(c.match(text) for c in _frame_carry().sequence_openings) or any(
        c.search(text) for c in _same_time_cues()
    )


@cache
def _past_perfect_auxiliary() -> re.Pattern[str]:
    return re.compile(event_dates_table()["past_perfect"]["auxiliary"], re.IGNORECASE)


# What may come before a date that opens its sentence ("In December", "En agosto").
_OPENING_DATE = re.compile(r"^\W*(?:[^\W\d_]{1,7}\s+)?$")


def in_past_perfect(t: TimeExpression, sentence: Sentence) -> bool:
    """The date `t` is a past perfect's ("In December he had taken refuge there", "había sido
    detenido en agosto de 2022"): a past perfect in its sentence with no clause break between
    it and the date ("said in August that she had cut her arm" is the saying's date)."""
    if starts_a_state(t, sentence):
        # "had been behind bars since January 2021, when he was detained": the start of a
        # state lasting into the narrative's time, not a time before it
        return False
    text, base = sentence.text, sentence.start
    start, end = t.start - base, t.end - base
    for found in _past_perfect_auxiliary().finditer(text):
        if found.end() <= start:
            gap = text[found.end() : start]
        elif end <= found.start() and _OPENING_DATE.match(text[:start]):
            # a date before the past perfect is its own only when it opens the sentence ("In
            # December he had fled"): "said in November the election had been marred" is the
            # saying's
            gap = text[end : found.start()]
        else:
            continue
        if not CLAUSE_BREAK.search(gap):
            return True
    return False


def in_quotation(t: TimeExpression, sentence: Sentence) -> bool:
    """The time is told inside quoted speech ("“investigations into the Bidens and Burisma in
    2016,” Vindman testified"): the time of what the speaker says, not the frame the narrative
    goes on in, nor the time of the saying."""
    return quoted_at(sentence, t.start, t.end)


def quoted_at(sentence: Sentence, start: int, end: int) -> bool:
    """The text at [start, end) of the sentence is inside quoted speech (inside_quotation)."""
    text, base = sentence.text, sentence.start
    return inside_quotation(text[: max(start - base, 0)], text[max(end - base, 0) :])


def _same_paragraph(sentences: Sequence[Sentence], i: int) -> bool:
    """Sentence i continues the paragraph of sentence i-1: no gap and no line break between
    them."""
    prev = sentences[i - 1]
    return _adjacent(sentences, i) and "\n" not in prev.text[len(prev.text.rstrip()) :]


def _months_before(value: str, published: str) -> int:
    """Whole months from `value` to `published` (a year alone counts from its December)."""
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 12
    return (int(published[:4]) - int(value[:4])) * 12 + int(published[5:7] or 12) - month


# (dotted abbreviations count: "U.S. President Joe Biden said")
_CAPITALISED = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w.-]*$")

_POSSESSIVE = re.compile(r"['’]s?$")


def _word(raw: str) -> str:
    return _POSSESSIVE.sub("", raw.strip(',.;:()"“”'))


def _proper_words(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Words written capitalised inside a sentence, not first: names, as far as text tells."""
    return frozenset(
        w for s in sentences for w in map(_word, s.text.split()[1:]) if _CAPITALISED.match(w)
    )


def _opening_name(text: str, carry: FrameCarry, proper: frozenset[str]) -> list[str]:
    """The name words a sentence opens with, after any attribution ("Según X, ..."): its
    leading capitalised words ("President Vladimir Putin pardoned", "La Unión Europea
    condenó"); none for "She was charged", "It is X who", "Fue acusado"."""
    for cue in carry.attribution_openings:
        text = cue.sub("", text, count=1)
    words: list[str] = []
    for raw in text.split():
        word = _word(raw)
        if not _CAPITALISED.match(word):
            break
        words.append(word)
        if raw.rstrip().endswith((",", ";", ":")):
            break
    # (the first word is capitalised anyway: a name only if written so inside a sentence too)
    return [w for n, w in enumerate(words) if n or w in proper]


def carries_frame(
    sentences: Sequence[Sentence],
    i: int,
    crossed: bool,
    value: str | None,
    published: str | None,
    dated: int | None = None,
    aside: bool = False,
) -> bool:
    """A date `value` of a sentence before sentence i (`dated`, a position in `sentences`) is
    sentence i's time frame: within a paragraph always; across a paragraph break (`crossed`)
    unless it is background more than `background_years` before the article's date, and
    then still when sentence i's paragraph opens in sequence with the one before ("Later, he
    was charged"). Recent background (older than `news_months`) goes on across the break
    only while the new paragraph keeps to the people of the dated sentence: not when it
    opens with a name that sentence does not give ("Kara-Murza ... was sentenced in April
    2023 ..." / "President Vladimir Putin pardoned the prisoners": the news again). A date
    of the month alone ("In December, he was transferred") is such background even within
    `news_months`: the news is told by its day."""
    if not crossed or not value or not published:
        return True
    carry = _frame_carry()
    start = next((j for j in range(i, 0, -1) if not _same_paragraph(sentences, j)), 0)
    opening = sentences[start].text
    if int(value[:4]) < int(published[:4]) - carry.background_years:
        return any(cue.match(opening) for cue in carry.sequence_openings)
    if dated is None:
        return True
    if len(value) >= 10 and _months_before(value, published) < carry.news_months and not aside:
        return True
    # every paragraph between the dated sentence and this one must keep to its people: one
    # that returns to the news ("President Vladimir Putin pardoned ...") ends the background
    # for the paragraphs after it too
    proper = _proper_words(sentences)
    told = {_word(w) for w in sentences[dated].text.split()}
    for j in range(dated + 1, i + 1):
        if _same_paragraph(sentences, j) and j != start:
            continue
        text = sentences[j].text
        if any(cue.match(text) for cue in carry.sequence_openings) or any(
            c.search(text) for c in _same_time_cues()
        ):
            continue  # "Boluarte ... was sworn in the same afternoon": the time before goes on
        name = _opening_name(text, carry, proper)
        if name and not any(w in told for w in name):
            return False
    return True


def _reached_after_another_time(
    sentences: Sequence[Sentence], dated: int, last: TimeExpression, times: Sequence[TimeExpression]
) -> bool:
    """The paragraph of sentence `dated` tells another time before its date `last` ("broke off
    relations the same night. ... Staff flew home on Sunday", "esa misma noche ..., y el
    domingo"): the day it reaches at the end is a later step of its own, not the frame of the
    paragraph after it (`aside` of `carries_frame`)."""
    start = next((j for j in range(dated, 0, -1) if not _same_paragraph(sentences, j)), 0)
    value = timeline_value(last.value)[0]
    lo, hi = sentences[start].start, last.start
    # (an earlier time told after a later one is a flashback, not a step on: "anunció este
    # sábado que apelará la sentencia que le impuso el viernes")
    if any(
        lo <= t.start < hi and datable(t) and (timeline_value(t.value)[0] or "") < (value or "")
        for t in times
    ):
        return True
    told = " ".join(s.text for s in sentences[start : dated + 1])[: hi - lo]
    return any(c.search(told) for c in _same_time_cues())


def _flashback_day(
    last: TimeExpression, told: int, times: Sequence[TimeExpression], published: str | None
) -> bool:
    """The day `last` steps back from a later day the article told in a sentence before its
    own, which starts at `told` ("detuvo este martes a Maradiaga ... / El sábado, Cruz fue
    arrestado"): it is background to the news, not the frame of the paragraphs after it,
    which go on in it only while they keep to its people (`aside` of `carries_frame`). (An
    earlier day a sentence recalls for its own act, "said on Friday it would appeal the
    sentence imposed on Tuesday", is no step back of the story.)"""
    value = timeline_value(last.value)[0] or ""
    if len(value) < _KEPT_LENGTH["day"]:
        return False
    for t in times:
        later = timeline_value(t.value)[0] or ""
        if t.start >= told or not datable(t) or len(later) < _KEPT_LENGTH["day"]:
            continue
        if value < later and (published is None or later <= published):
            return True
    return False


_PRESENT_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|ha|han|hemos)\s+(?:been\s+|sido\s+)?(?:\w+\s+)?$", re.IGNORECASE
)


def tally_to_date(sentence: Sentence, trigger_start: int) -> bool:
    """ "22 personas han muerto ... desde el inicio de las movilizaciones", "have been killed
    since the protests began": a perfect with "since" counts up to the report's own time, so
    no earlier sentence's date is its time."""
    before = sentence.text[: max(trigger_start - sentence.start, 0)]
    return bool(_PRESENT_PERFECT_BEFORE.search(before[-30:])) and bool(
        SINCE_WORD.search(sentence.text)
    )


@cache
def _by_days_modes() -> frozenset[str]:
    return frozenset(event_dates_table()["follows_by_days"]["modes"])


@cache
def _relative_openings() -> tuple[re.Pattern[str], ...]:
    openings = event_dates_table()["frame_carry"].get("relative_openings", [])
    return tuple(re.compile(o, re.IGNORECASE) for o in openings)


_CLAUSE_END = re.compile(r"[,;:()—–]")


def _in_relative_clause(t: TimeExpression, sentence: Sentence) -> bool:
    """The time sits in a clause a `relative_openings` cue opens, with no comma or dash closing
    it before the time ("..., donde los agentes detuvieron el pasado viernes a Glas")."""
    before = sentence.text[: max(t.start - sentence.start, 0)]
    ends = [m.end() for cue in _relative_openings() for m in cue.finditer(before)]
    return bool(ends) and not _CLAUSE_END.search(before[max(ends) :])


def _main_clause_times(
    times: Sequence[TimeExpression], sentence: Sentence
) -> Sequence[TimeExpression]:
    """The times a sentence passes on: those of its main clause when it has any ("México
    presentó este jueves una demanda ..., donde ... el pasado viernes": Thursday), else all."""
    main = [t for t in times if not _in_relative_clause(t, sentence)]
    return main or times


def follows_by_days(mode: str | None) -> bool:
    """An event of this mode (a charge, an accusation) follows the step told before it by
    days, so a carried day keeps only its month (`follows_by_days` of `discourse_date`)."""
    return mode in _by_days_modes()


def discourse_date(
    sentences: Sequence[Sentence],
    pos: int,
    times: Sequence[TimeExpression],
    published: PublicationDate,
    barred: frozenset[int],
    follows_by_days: bool,
) -> EventDate | None:
    """The time frame sentence `pos` (a position in `sentences`) goes on in: the last date
    of the nearest dated sentence before it in its paragraph or of the DISCOURSE_WINDOW
    sentences of the paragraphs before, unless it is background there (carries_frame), cut
    to what a vague shift ("Weeks later") leaves of it; None when there is none. The search
    stops at a `barred` sentence (by index) and at a sentence dated by a past perfect, and an
    event that `follows_by_days` the step told before it keeps only the month of a carried
    day."""
    i = pos
    steps = 0
    crossed = False
    while (
        i > 0
        and steps < DISCOURSE_WINDOW
        and (_adjacent(sentences, i) or _joined_across_blank_line(sentences, i))
    ):
        crossed = crossed or not _same_paragraph(sentences, i)
        i -= 1
        # the sentences of the event's own paragraph tell one stretch of the story ("His
        # arrest set off protests. ... At least eight people were killed"): the window counts
        # only those of the paragraphs before it
        steps += crossed
        if sentences[i].index in barred:
            break
        # when a state began ("held since March 2018") is no time frame the story goes on in
        prior = [
            t
            for t in times
            if in_sentence(t, sentences[i])
            and datable(t)
            and (not starts_a_state(t, sentences[i]) or hangs_a_clause(t, sentences[i]))
            and not in_relative_clause(t, sentences[i])
            and not in_participial_clause(t, sentences[i])
            and not attributive(t, sentences[i])
            and not postnominal(t, sentences[i])
            and not plan_time(t, sentences[i], published.value)
            # a time inside quoted speech is what the speaker tells of, no frame for the
            # narrative after it ("... in 2016,” Vindman testified. Trump slammed ...")
            and not in_quotation(t, sentences[i])
        ]
        if prior:
            last = max(_main_clause_times(prior, sentences[i]), key=lambda t: t.start)
            if in_past_perfect(last, sentences[i]):
                break  # a time before the narrative's ("He had fled there in December")
            value = timeline_value(last.value)[0]
            aside = crossed and (
                _reached_after_another_time(sentences, i, last, times)
                or _flashback_day(last, sentences[i].start, times, published.value)
            )
            if not carries_frame(sentences, pos, crossed, value, published.value, i, aside):
                break
            # "Weeks later, a court ordered ...": only the year of January's frame holds
            kept = _shift_kept(sentences, i + 1, pos)
            if follows_by_days:
                kept = min(kept if kept is not None else _MONTH, _MONTH)
            return _shifted(from_point(last, "discourse", "approximate"), kept)
        # a sentence dated only by the happenings it names ("el Jubileo de 2025") turned to
        # them: the time frame before it is not carried past it
        if any(
            in_sentence(t, sentences[i]) and datable(t) and postnominal(t, sentences[i])
            for t in times
        ):
            break
    return None
