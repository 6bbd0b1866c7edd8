"""Event dates: an event takes its date from its own sentence's time expression,
else from the discourse (the last dated sentence of the three before it, across a paragraph
break only if that date is not old background), else
from the article date marked "approximate". A duration next to the trigger
("spent five years in prison", "five years after he was arrested") dates the start
of an episode whose end is known (basis "duration")."""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from chronicler.annotate.timex_calendar import granularity_of, shift_value, to_date
from chronicler.model import EventDate, PublicationDate, Sentence, TimeExpression
from chronicler.settings import data_path

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How far back the discourse fallback looks, in sentences: farther than this the
# narrative has usually moved on to background.
DISCOURSE_WINDOW = 3
# A duration whose edge is this close (chars) to the trigger belongs to its clause.
DURATION_REACH = 40
# "five years after he was arrested": the duration counts back from the anchor, as it does
# over a recovery ("spent five months recovering from a poisoning").
_BACK_LINK = re.compile(
    r"^\s*(?:after|since|later|despu[eé]s|desde|(?:recover|recuperat|convalesc)\w*\s+from)\b",
    re.IGNORECASE,
)
_POINT_TYPES = ("DATE", "TIME")
# A new clause between trigger and duration: the duration is not the trigger's.
_CLAUSE_BREAK = re.compile(
    r"[,;:]|\b(?:who|which|that|and|but|while|after|before|when|que|quien|y|pero)\b",
    re.IGNORECASE,
)
_ADJECTIVAL = re.compile(r"\w-(?:year|month|week|day|hour|decade)s?\b", re.IGNORECASE)
# "five years in prison": a duration just before its trigger noun.
SHORT_GAP = 12
# How much text before a duration is read for a penalty cue ("sentenced him last month to").
PENALTY_REACH = 60


@cache
def _table() -> dict[str, Any]:
    """event_dates.toml, read once."""
    with open(data_path("dates", "event_dates.toml"), "rb") as fh:
        return tomllib.load(fh)


def event_dates_version() -> str:
    """event_dates.toml's version, for `pipeline_version`."""
    return str(_table()["version"])


@cache
def _penalty_cues() -> tuple[re.Pattern[str], ...]:
    cues = _table()["penalty_length"]["before"]
    return tuple(re.compile(c, re.IGNORECASE) for c in cues)


@cache
def _age_cues() -> tuple[re.Pattern[str], ...]:
    cues = _table()["age"]["before"]
    return tuple(re.compile(c, re.IGNORECASE) for c in cues)


@cache
def _participial_openings() -> tuple[re.Pattern[str], ...]:
    cues = _table()["participial_clause"]["opening"]
    return tuple(re.compile(c, re.IGNORECASE) for c in cues)


@cache
def _attributive_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = _table()["attributive"]
    return re.compile(cues["before"], re.IGNORECASE), re.compile(cues["after"])


def attributive(t: TimeExpression, sentence: Sentence) -> bool:
    """ "the July election", "the 2018 protests": the date sits between a determiner and the
    noun it modifies, naming which happening is meant; it is no time frame for the sentences
    after."""
    before_cue, after_cue = _attributive_cues()
    before = sentence.text[: max(t.start - sentence.start, 0)]
    after = sentence.text[t.end - sentence.start :]
    return bool(before_cue.search(before[-20:]) and after_cue.match(after))


@cache
def _postnominal_cue() -> re.Pattern[str]:
    before = _table()["postnominal"]["before"]
    cues = [before] if isinstance(before, str) else before
    return re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE)


def postnominal(t: TimeExpression, sentence: Sentence) -> bool:
    """ "over Castillo's arrest two weeks ago": the date follows the possessed noun it
    dates; it is no time frame for the sentences after."""
    before = sentence.text[: max(t.start - sentence.start, 0)]
    return bool(_postnominal_cue().search(before[-40:]))


def _dates_other_noun(t: TimeExpression, sentence: Sentence, trigger_start: int) -> bool:
    """An attributive month or day is not the trigger's unless the trigger is the noun it
    modifies ("the July protests"), at most one word after it. (An attributive year still
    dates its sentence: "arrested months before the 2021 election" was arrested in 2021.)"""
    if granularity_of(t.value) not in ("month", "day", "week") or not attributive(t, sentence):
        return False
    gap = sentence.text[t.end - sentence.start : trigger_start - sentence.start]
    return t.end > trigger_start or not re.fullmatch(r"\s+(?:[\w-]+\s+)?", gap)


_NOUN_BEFORE_DE = re.compile(r"([^\W\d_]+)\s+de\s+$")


def _names_other_happening(t: TimeExpression, sentence: Sentence, trigger_start: int) -> bool:
    """A year after its noun and "de" ("tras el terremoto de 2016", "las elecciones de
    2023") names which happening that noun is: it dates that noun only, not an act the
    sentence tells around it ("cuando la Fiscalía lo investigaba por peculado en la
    reconstrucción tras el terremoto de 2016" was no investigation in 2016)."""
    if granularity_of(t.value) != "year" or not postnominal(t, sentence):
        return False
    before = sentence.text[: max(t.start - sentence.start, 0)]
    noun = _NOUN_BEFORE_DE.search(before)
    return noun is not None and sentence.start + noun.start(1) != trigger_start


@cache
def _subordinate_opener() -> re.Pattern[str]:
    return re.compile(_table()["subordinate"]["openers"], re.IGNORECASE)


@cache
def _date_clause_opener() -> re.Pattern[str]:
    return re.compile(_table()["date_clause"]["openers"], re.IGNORECASE)


def _clause_of_date(
    points: Sequence[TimeExpression], sentence: Sentence, trigger_start: int
) -> TimeExpression | None:
    """The date a "when" clause holding the trigger hangs on ("since January 2021, when he was
    detained"): the point right before the opener, with no clause break from there on."""
    base = sentence.start
    for t in sorted(points, key=lambda t: -t.end):
        if t.end > trigger_start:
            continue
        gap = sentence.text[t.end - base : trigger_start - base]
        opener = _date_clause_opener().match(gap)
        if opener is None:
            return None  # only the nearest date before the trigger may own its clause
        return None if _CLAUSE_BREAK.search(gap[opener.end() :]) else t
    return None


def _hangs_a_clause(t: TimeExpression, sentence: Sentence) -> bool:
    """A "when" clause hangs on the date ("behind bars since January 2021, when he was
    detained"): it dates that happening, a frame the story goes on in, not only a state's
    start."""
    return _date_clause_opener().match(sentence.text[t.end - sentence.start :]) is not None


@cache
def _cause_verbs() -> re.Pattern[str]:
    return re.compile(_table()["cause"]["verbs"], re.IGNORECASE)


def causes(between: str) -> bool:
    """The text between two triggers says the first caused the second ("His arrest set off
    some of the largest protests", "Su detención provocó manifestaciones")."""
    return _cause_verbs().fullmatch(between) is not None


def _effects_point(
    t: TimeExpression,
    sentence: Sentence,
    trigger_end: int,
    rivals: Sequence[tuple[int, int]],
) -> bool:
    """ "Su detención provocó manifestaciones ... los días 23 y 31 de enero": the date follows
    the trigger of the event this one caused; it dates the effect, not the cause."""
    text, base = sentence.text, sentence.start
    return any(
        trigger_end <= start < end <= t.start
        and _cause_verbs().fullmatch(text[trigger_end - base : start - base]) is not None
        for start, end in rivals
    )


@cache
def _same_day_words() -> re.Pattern[str]:
    return re.compile(_table()["subordinate"]["same_day"], re.IGNORECASE)


def within_hours(sentence: Sentence, opened: int) -> bool:
    """The clause opened at `opened` is set within hours of the one it hangs on ("shortly
    after a court convicted him", "pocas horas después de que")."""
    return bool(_same_day_words().search(sentence.text[: opened - sentence.start]))


def in_subordinate_clause(sentence: Sentence, trigger_start: int) -> int | None:
    """Where the "after"/"después de que" clause holding the trigger opens, if it does: the
    last opener before the trigger with no clause break between them."""
    before = sentence.text[: max(trigger_start - sentence.start, 0)]
    found = list(_subordinate_opener().finditer(before))
    # an opener that looks at the word after it sees the trigger itself ("después de salir")
    word = _WORD_AT.match(sentence.text, len(before))
    window = sentence.text[: word.end()] if word else before
    found += [m for m in _subordinate_opener().finditer(window) if m.end() == len(before)]
    found.sort(key=lambda m: m.start())
    if not found or _CLAUSE_END.search(before[found[-1].end() :]):
        return None
    return sentence.start + found[-1].start()


_WORD_AT = re.compile(r"\w+")


# A relative clause set off by a comma after its noun ("México, que les concedió asilo",
# "Mexico, which has granted them asylum"); not one of place ("the villa, where she led the
# struggle"), which tells what went on there at the main clause's time.
_APPENDED_RELATIVE = re.compile(
    r",\s*(?:que|quien|quienes|cuyo|cuya|cuyos|cuyas|which|who|whom|whose)\b",
    re.IGNORECASE,
)


def in_appended_relative(sentence: Sentence, trigger_start: int) -> int | None:
    """Where the relative clause set off by a comma that holds the trigger opens, if it
    does: the last such opener before the trigger, no clause break between them."""
    before = sentence.text[: max(trigger_start - sentence.start, 0)]
    found = list(_APPENDED_RELATIVE.finditer(before))
    if not found or _CLAUSE_END.search(before[found[-1].end() :]):
        return None
    return sentence.start + found[-1].start() + 1


@cache
def _offence_clause() -> tuple[frozenset[str], re.Pattern[str]]:
    table = _table()["offence_clause"]
    return frozenset(table["modes"]), re.compile(table["openers"], re.IGNORECASE)


def in_offence_clause(t: TimeExpression, sentence: Sentence, trigger_end: int, mode: str) -> bool:
    """ "convicted ... when she assumed the presidency in 2019": for a verdict, charge or
    accusation, a date in a clause opened after the trigger dates the offence it tells."""
    modes, openers = _offence_clause()
    return mode in modes and _in_clause_opened_after(t, sentence, trigger_end, openers)


def _in_later_subordinate(t: TimeExpression, sentence: Sentence, trigger_end: int) -> bool:
    """ "stayed there for a month, until he moved on Thursday": a date in a clause opened
    after the trigger dates that clause's event."""
    return _in_clause_opened_after(t, sentence, trigger_end, _subordinate_opener())


def _between_trigger_and(t: TimeExpression, sentence: Sentence, trigger_end: int) -> str | None:
    """The sentence's text from the trigger's end to a time expression after it; None when
    the time expression comes before the trigger's end."""
    if t.start < trigger_end:
        return None
    return sentence.text[trigger_end - sentence.start : t.start - sentence.start]


def _in_clause_opened_after(
    t: TimeExpression, sentence: Sentence, trigger_end: int, openers: re.Pattern[str]
) -> bool:
    """The time expression sits in a clause one of `openers` opens after the trigger, and
    that clause has not ended before it."""
    between = _between_trigger_and(t, sentence, trigger_end)
    if between is None:
        return False
    found = list(openers.finditer(between))
    return bool(found) and not _CLAUSE_END.search(between[found[-1].end() :])


@cache
def _coordinate_opener() -> re.Pattern[str]:
    return re.compile(_table()["coordinate"]["openers"], re.IGNORECASE)


def _opens_later_coordinate(t: TimeExpression, sentence: Sentence, trigger_end: int) -> bool:
    """ "broke off relations that night, and on Sunday the staff flew home": a date right
    after the comma and conjunction of a clause coordinated after the trigger's dates that
    clause."""
    between = _between_trigger_and(t, sentence, trigger_end)
    return between is not None and bool(_coordinate_opener().search(between))


def in_participial_clause(t: TimeExpression, sentence: Sentence) -> bool:
    """ "X and Y, todos ellos detenidos en 2021, ...": the time expression sits in a
    participial clause set off by a comma, which tells the background of the people named."""
    before = sentence.text[: max(t.start - sentence.start, 0)]
    comma = before.rfind(",")
    if comma < 0 or _CLAUSE_END.search(before[comma + 1 :]):
        return False
    if _closes_an_apposition(before[:comma]):
        return False  # "Morales, Bolivia's first Indigenous president, resigned on ...": main
    return any(cue.match(before[comma + 1 :]) for cue in _participial_openings())


# A sentence opening with a short subject and an apposition set off by commas ("Morales,
# Bolivia's first Indigenous president, resigned on ..."): the word after the second comma
# is the main verb, not a participle about the people before it (whose list, "X, Y and Z,
# all of them arrested in 2021", names people, not a description in lower case).
_APPOSITION = re.compile(r"^\s*[^,]{1,40},(?P<appos>[^,]+)$")
_DESCRIPTION_WORD = re.compile(r"\b[a-záéíóúñ]{4,}\b")


def _closes_an_apposition(text: str) -> bool:
    m = _APPOSITION.match(text)
    return m is not None and bool(_DESCRIPTION_WORD.search(m["appos"]))


def is_penalty_length(before: str) -> bool:
    """A duration after `before` is a penalty's length ("sentenced to 25 years", "condenado
    a 26 años"), not time that has passed since the event."""
    window = before[-PENALTY_REACH:]
    return any(cue.search(window) for cue in _penalty_cues())


def is_age(before: str) -> bool:
    """A duration after `before` is a person's age ("X, de 57 años,", "aged 57"), not time
    that has passed since the event."""
    window = before[-PENALTY_REACH:]
    return any(cue.search(window) for cue in _age_cues())


def _datable(t: TimeExpression) -> bool:
    """A point value a timeline can place (not PAST_REF, not a bare XXXX, not a decade)."""
    return t.type in _POINT_TYPES and timeline_value(t.value)[0] is not None


def timeline_value(value: str | None) -> tuple[str | None, str | None]:
    """A TIMEX3 value as the export contract's date ("YYYY-MM-DD" | "YYYY-MM" | "YYYY"),
    never finer than the value: a week inside one month is that month, a quarter or a
    season is its year; a decade or "PAST_REF" is no date."""
    gran = granularity_of(value)
    if value is None or gran is None or not value[:4].isdigit():
        return None, None
    if gran in ("day", "time"):
        return value[:10], "day"
    if gran in ("month", "year"):
        return value, gran
    if gran == "week":
        monday = to_date(value)
        if monday is None:
            return None, None
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return f"{monday.year:04d}-{monday.month:02d}", "month"
        return (f"{monday.year:04d}", "year") if monday.year == sunday.year else (None, None)
    if gran in ("quarter", "season") or re.fullmatch(r"\d{4}-H[12]", value):
        return value[:4], "year"
    return None, None


def _in_sentence(t: TimeExpression, sentence: Sentence) -> bool:
    return sentence.start <= t.start and t.end <= sentence.end


def _distance(t: TimeExpression, start: int, end: int) -> int:
    if t.end <= start:
        return start - t.end
    if t.start >= end:
        return t.start - end
    return 0


# A count of weeks back ("two weeks ago", "hace dos semanas"): its day is a guess.
_WEEKS_BACK = re.compile(r"\b(?:weeks?|semanas?)\b", re.IGNORECASE)


def _counted_week(t: TimeExpression) -> str | None:
    """The week a day counted back in weeks falls in ("2022-W49"), as precise as the count:
    a report's own day of the happening, a day or two off, refines it, never contradicts it."""
    if t.certainty != "approximate" or granularity_of(t.value) != "day":
        return None
    if not _WEEKS_BACK.search(t.text):
        return None
    day = to_date(t.value)
    if day is None:
        return None
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _from_point(t: TimeExpression, basis: str, certainty: str | None = None) -> EventDate:
    value, gran = timeline_value(_counted_week(t) or t.value)
    return EventDate(
        value=value,
        basis=basis,
        certainty=certainty or t.certainty,  # type: ignore[arg-type]
        granularity=gran,
    )


def _duration_start(duration: TimeExpression, end_value: str | None) -> EventDate | None:
    """Start of an episode of `duration` that ended at `end_value`."""
    if end_value is None or duration.value is None:
        return None
    start, _ = timeline_value(shift_value(end_value, duration.value, -1))
    if start is None:
        return None
    return EventDate(
        value=start, basis="duration", certainty="approximate", granularity=granularity_of(start)
    )


def article_date(published: PublicationDate) -> EventDate:
    """The article's own date as an event date of last resort, marked approximate."""
    if published.value is None:
        return EventDate(value=None, basis="unknown", certainty="inferred")
    return EventDate(
        value=published.value,
        basis="article",
        certainty="approximate",
        granularity=granularity_of(published.value),
    )


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
    carry = _table()["frame_carry"]
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


def _adjacent(sentences: Sequence[Sentence], i: int) -> bool:
    """No gap between sentence i-1 and sentence i. The English parser hands a paragraph's
    closing newline to the sentence before it, so this holds across its paragraph breaks."""
    return sentences[i].start - sentences[i - 1].end <= 1


# A paragraph's blank line, which the Spanish parser leaves out of both sentences.
PARAGRAPH_GAP = 2


@cache
def _same_time_cues() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(c, re.IGNORECASE) for c in _table()["frame_carry"]["same_time"])


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
    if dated is None or (len(value) >= 10 and _months_before(value, published) < carry.news_months):
        return True
    if any(cue.match(opening) for cue in carry.sequence_openings):
        return True
    name = _opening_name(opening, carry, _proper_words(sentences))
    told = {_word(w) for w in sentences[dated].text.split()}
    return not name or any(w in told for w in name)


_SINCE_WORD = re.compile(r"\b(?:since|desde)\b", re.IGNORECASE)


_PRESENT_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|ha|han|hemos)\s+(?:been\s+|sido\s+)?(?:\w+\s+)?$", re.IGNORECASE
)


def _tally_to_date(sentence: Sentence, trigger_start: int) -> bool:
    """ "22 personas han muerto ... desde el inicio de las movilizaciones", "have been killed
    since the protests began": a perfect with "since" counts up to the report's own time, so
    no earlier sentence's date is its time."""
    before = sentence.text[: max(trigger_start - sentence.start, 0)]
    return bool(_PRESENT_PERFECT_BEFORE.search(before[-30:])) and bool(
        _SINCE_WORD.search(sentence.text)
    )


def _runs_from(duration: TimeExpression, point: TimeExpression, sentence: Sentence) -> bool:
    """ "held for 491 days since his arrest ... on March 29, 2023": the duration runs from
    the point, which is when the state began, not when it ended."""
    if point.start < duration.end:
        return False
    text, base = sentence.text, sentence.start
    return bool(_SINCE_WORD.search(text[duration.end - base : point.start - base]))


# A relative clause opens with one of these; its dates tell the background of a name
# ("the blogger whose arrest five years ago set off protests"), not the story's time frame.
# A preposition with an article and "que"/"cual" opens one too ("la forma en que asumió el
# cargo en 2019", "la casa en la que vivía desde 2019").
_RELATIVE = re.compile(
    r"\b(?:who|whom|whose|which|quien|quienes|cuyo|cuya|cuyos|cuyas|"
    r"(?:en|con|por|durante)\s+(?:el\s+|la\s+|los\s+|las\s+)?(?:que|cual|cuales))\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:()—–]")


def _relative_opening(t: TimeExpression, sentence: Sentence) -> int | None:
    """Where the relative clause holding the time expression opens (a relative word before it
    in the sentence, no comma or dash closing that clause in between), if any."""
    before = sentence.text[: max(t.start - sentence.start, 0)]
    opened = list(_RELATIVE.finditer(before))
    if not opened or _CLAUSE_END.search(before[opened[-1].end() :]):
        return None
    return sentence.start + opened[-1].start()


def in_relative_clause(t: TimeExpression, sentence: Sentence) -> bool:
    """The time expression sits inside a relative clause."""
    return _relative_opening(t, sentence) is not None


def _in_later_relative_clause(t: TimeExpression, sentence: Sentence, trigger_start: int) -> bool:
    """ "Among those freed were X and Y, who had hoped to run in the 2021 election": the date
    is in a relative clause opened after the trigger, about the people named, not the act."""
    opening = _relative_opening(t, sentence)
    return opening is not None and trigger_start < opening


def rival_spans(doc: Doc, triggers: Iterable[int], i: int) -> tuple[tuple[int, int], ...]:
    """Character spans of the other triggers (token indexes) in trigger i's sentence."""
    sent = doc[i].sent
    return tuple(
        (doc[j].idx, doc[j].idx + len(doc[j]))
        for j in sorted(triggers)
        if j != i and sent.start <= j < sent.end
    )


def _rivals_point(
    t: TimeExpression,
    sentence: Sentence,
    trigger_end: int,
    rivals: Sequence[tuple[int, int]],
) -> bool:
    """ "Also freed were X and Paul Whelan, a former Marine arrested in Moscow in 2018": the
    date follows another event's trigger set off from this one (by a comma, a relative
    word), with nothing between that trigger and the date: it is that event's date."""
    text, base = sentence.text, sentence.start
    for start, end in rivals:
        if not trigger_end <= start < end <= t.start:
            continue
        set_off = _CLAUSE_BREAK.search(text[trigger_end - base : start - base])
        if set_off and not _CLAUSE_BREAK.search(text[end - base : t.start - base]):
            return True
    return False


# At most this many words between an attributive date and the noun it names ("a 2014 suspended
# sentence").
_ATTRIBUTIVE_GAP = 1


def _rivals_attributive(
    t: TimeExpression,
    sentence: Sentence,
    trigger_start: int,
    rivals: Sequence[tuple[int, int]],
) -> bool:
    """ "ordered him to serve the rest of a 2014 suspended sentence": an attributive date
    names another event's trigger noun, right after it; it is that event's date, not this
    one's."""
    if not attributive(t, sentence):
        return False
    text, base = sentence.text, sentence.start
    return any(
        start != trigger_start
        and t.end <= start
        and len(text[t.end - base : start - base].split()) <= _ATTRIBUTIVE_GAP
        for start, _ in rivals
    )


# A past-perfect trigger: "she had been convicted of", "que había sido condenado".
_PERFECT_BEFORE = re.compile(
    r"\b(?:had|hab[ií]an?)\s+(?:(?:been|sido|already|ya|previously|earlier)\s+)*$", re.IGNORECASE
)


def _perfect_after_a_rival(
    t: TimeExpression,
    sentence: Sentence,
    trigger_start: int,
    rivals: Sequence[tuple[int, int]],
) -> bool:
    """ "Last year the military pardoned her on five of the offences she had been convicted
    of": the date opens the clause of another event's trigger, and this one, told in the past
    perfect after it, happened before that event: the date is the other event's."""
    text, base = sentence.text, sentence.start
    if not _PERFECT_BEFORE.search(text[: trigger_start - base]):
        return False
    return any(t.end <= start and end <= trigger_start for start, end in rivals)


_RANGE_OPEN = re.compile(r"\b(?:between|from|entre|desde)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|until|till|through|y|hasta|a)\s+$", re.IGNORECASE)


def _range_start(
    best: TimeExpression, points: Sequence[TimeExpression], sentence: Sentence
) -> TimeExpression:
    """ "spent 15 of the years between 1989 and 2010 under house arrest", "held from 2015 to
    2019": the act began at the range's first date, however near its end lies."""
    text, base = sentence.text, sentence.start
    for first in points:
        joined = first.end <= best.start and _RANGE_JOIN.match(
            text[first.end - base : best.start - base]
        )
        if joined and _RANGE_OPEN.search(text[: first.start - base]):
            return first
    return best


def _own_point_after(
    points: Sequence[TimeExpression], sentence: Sentence, trigger_end: int
) -> bool:
    """A point date after the trigger in its own clause ("his arrest ... on March 29, 2023")
    is the trigger's date; a duration before the trigger ("held for 491 days since his
    arrest") then measures time since that date and does not date the trigger."""
    text, base = sentence.text, sentence.start
    return any(
        t.start >= trigger_end
        and not _CLAUSE_BREAK.search(text[trigger_end - base : t.start - base])
        for t in points
    )


_SINCE = re.compile(r"\b(?:since|desde)\s+(?:the\s+|el\s+|la\s+)?$", re.IGNORECASE)


def _starts_a_state(t: TimeExpression, sentence: Sentence) -> bool:
    """ "held since March 2018", "detenido desde marzo de 2018": when a state began."""
    text, base = sentence.text, sentence.start
    return bool(_SINCE.search(text[max(t.start - base - 12, 0) : t.start - base]))


def _state_start_elsewhere(
    t: TimeExpression, sentence: Sentence, trigger_start: int, trigger_end: int
) -> bool:
    """ "X, imprisoned since February 2024, was freed": a "since" date starts a state told in
    another clause; it is not the date of an event outside that clause."""
    text, base = sentence.text, sentence.start
    if not _starts_a_state(t, sentence):
        return False
    lo, hi = sorted((t.end, trigger_start) if t.end <= trigger_start else (trigger_end, t.start))
    return bool(_CLAUSE_BREAK.search(text[lo - base : hi - base]))


def custody_started(
    trigger_modes: Iterable[tuple[int, str | None]],
    sentences: Sequence[Sentence],
    start_modes: frozenset[str],
    end_modes: frozenset[str],
) -> frozenset[int]:
    """Sentences (by index) that report a custody's start (an arrest) but not its end, from
    each trigger's character offset and mode: a custody's end dated through the discourse
    stops there (`barred` of `date_event`)."""
    if not sentences:
        return frozenset()
    starts = [s.start for s in sentences]

    def position(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    modes = list(trigger_modes)
    started = {position(o) for o, mode in modes if mode in start_modes}
    ended = {position(o) for o, mode in modes if mode in end_modes}
    return frozenset(sentences[p].index for p in started - ended)


def date_event(
    sentence_index: int,
    trigger_start: int,
    trigger_end: int,
    times: Sequence[TimeExpression],
    published: PublicationDate,
    sentences: Sequence[Sentence],
    barred: frozenset[int] = frozenset(),
    rivals: Sequence[tuple[int, int]] = (),
    mode: str | None = None,
    root: bool = False,
    follows_by_days: bool = False,
) -> EventDate:
    """Date of the event whose trigger is at [trigger_start, trigger_end) in the sentence.
    The discourse fallback stops at a `barred` sentence (by index): the narrative there is
    at an earlier stage than this event, so its time is not this event's. An event that
    `follows_by_days` the step the narrative told before it (a court's remand, decided at a
    hearing in the days after the arrest) keeps only the month of a carried day. `rivals` are the
    character spans of the sentence's other event triggers, which may own a date; `mode`,
    the event's, says whether a later clause may tell its offence (`in_offence_clause`);
    `root`, that the parse makes the trigger the sentence's main verb, which no relative
    clause before it holds ("agents, who were guarding his home, freed him" with the closing
    comma left out)."""
    by_index = {s.index: pos for pos, s in enumerate(sentences)}
    pos = by_index.get(sentence_index)
    if pos is None:
        return article_date(published)
    sentence = sentences[pos]
    own = [t for t in times if _in_sentence(t, sentence)]

    # 1. a point date in the same sentence, nearest to the trigger
    points = [t for t in own if _datable(t)]
    if mode is not None:
        points = [t for t in points if not in_offence_clause(t, sentence, trigger_end, mode)]
    # "a 14-year sentence" gives a length, not time elapsed: only spelled-out spans count
    durations = [
        t
        for t in own
        if t.type == "DURATION"
        and t.value
        and t.value[1:2].isdigit()
        and not _ADJECTIVAL.search(t.text)
        and not is_penalty_length(sentence.text[: t.start - sentence.start])
        and not is_age(sentence.text[: t.start - sentence.start])
    ]
    near_duration = [
        t for t in durations if _distance(t, trigger_start, trigger_end) <= DURATION_REACH
    ]
    if near_duration:
        # a duration in the trigger's own clause outranks a point date farther away
        d = min(near_duration, key=lambda t: _distance(t, trigger_start, trigger_end))
        closer_points = [
            t
            for t in points
            if _distance(t, trigger_start, trigger_end) < _distance(d, trigger_start, trigger_end)
        ]
        if d.end <= trigger_start and _own_point_after(points, sentence, trigger_end):
            closer_points = points
        if not closer_points:
            end_value = None
            nearest = min(
                points, key=lambda t: _distance(t, trigger_start, trigger_end), default=None
            )
            if nearest is not None and _runs_from(d, nearest, sentence):
                return _from_point(nearest, "sentence")
            if nearest is not None:
                end_value = nearest.value
            elif published.value:
                end_value = published.value
            rel = sentence.start
            if d.end <= trigger_start:
                gap = sentence.text[d.end - rel : trigger_start - rel]
                # "five years after he was arrested", "five years in prison"
                linked = bool(_BACK_LINK.match(gap)) or len(gap) <= SHORT_GAP
            else:
                gap = sentence.text[trigger_end - rel : d.start - rel]
                # "imprisoned for 5 years", but not "freed a chief who spent five years"
                linked = not _CLAUSE_BREAK.search(gap)
            if linked:
                started = _duration_start(d, end_value)
                if started is not None:
                    return started
    hung_on = _clause_of_date(points, sentence, trigger_start)
    if hung_on is not None:
        return _from_point(hung_on, "sentence")
    opened = in_subordinate_clause(sentence, trigger_start)
    hours_apart = opened is not None and within_hours(sentence, opened)
    if hours_apart:  # "arrested on Saturday, shortly after a court convicted him": Saturday
        opened = None
    relative = (
        in_appended_relative(sentence, trigger_start) if opened is None and not root else None
    )
    if relative is not None:
        # "salieron este miércoles rumbo a México, que les concedió asilo": the relative
        # clause tells what its noun did before, not on the main clause's day; with no date
        # of its own it is as of the report
        dated_main = bool(points)
        points = [t for t in points if t.start >= relative]
        if not points and dated_main:
            return article_date(published)
        # with no date in the sentence at all ("He flew to Mexico, which granted him
        # asylum"), the clause goes on in the frame of the sentences before, as its main one
    if opened is not None:
        # "left late Saturday, days after a judge ordered his arrest": not Saturday's
        points = [t for t in points if t.start >= opened]
    points = [
        t
        for t in points
        if not _in_later_subordinate(t, sentence, trigger_end)
        and not _opens_later_coordinate(t, sentence, trigger_end)
    ]
    points = [
        t
        for t in points
        if not _state_start_elsewhere(t, sentence, trigger_start, trigger_end)
        and not _dates_other_noun(t, sentence, trigger_start)
        and not _names_other_happening(t, sentence, trigger_start)
        and not _in_later_relative_clause(t, sentence, trigger_start)
        and not _rivals_point(t, sentence, trigger_end, rivals)
        and not _rivals_attributive(t, sentence, trigger_start, rivals)
        and not _effects_point(t, sentence, trigger_end, rivals)
        and not _perfect_after_a_rival(t, sentence, trigger_start, rivals)
    ]
    if points:
        text, base = sentence.text, sentence.start

        def rank(t: TimeExpression) -> tuple[bool, int, int]:
            # its own clause first ("arrested in 2018 and freed on Saturday"), then nearest
            lo, hi = sorted(
                (t.end, trigger_start) if t.end <= trigger_start else (trigger_end, t.start)
            )
            crosses = bool(_CLAUSE_BREAK.search(text[lo - base : hi - base]))
            return crosses, _distance(t, trigger_start, trigger_end), t.start

        best = min(points, key=rank)
        dated = _from_point(_range_start(best, points, sentence), "sentence")
        return replace(dated, certainty="approximate") if hours_apart else dated
    # "now", "currently": the article's own time
    if any(t.value == "PRESENT_REF" for t in own) and published.value:
        return EventDate(
            value=published.value,
            basis="sentence",
            certainty="approximate",
            granularity=granularity_of(published.value),
        )

    if opened is not None:  # before or after the time its clause hangs on: not known
        return EventDate(value=None, basis="unknown", certainty="inferred")

    if _tally_to_date(sentence, trigger_start):
        return article_date(published)

    # 2. discourse: the most recent dated sentence before it, in its paragraph or, unless it is
    # old background, in the paragraphs before (carries_frame)
    i = pos
    steps = 0
    crossed = False
    while (
        i > 0
        and steps < DISCOURSE_WINDOW
        and (_adjacent(sentences, i) or (i == pos and _joined_across_blank_line(sentences, i)))
    ):
        crossed = crossed or not _same_paragraph(sentences, i)
        i -= 1
        steps += 1
        if sentences[i].index in barred:
            break
        # when a state began ("held since March 2018") is no time frame the story goes on in
        prior = [
            t
            for t in times
            if _in_sentence(t, sentences[i])
            and _datable(t)
            and (not _starts_a_state(t, sentences[i]) or _hangs_a_clause(t, sentences[i]))
            and not in_relative_clause(t, sentences[i])
            and not in_participial_clause(t, sentences[i])
            and not attributive(t, sentences[i])
            and not postnominal(t, sentences[i])
        ]
        if prior:
            last = max(prior, key=lambda t: t.start)
            value = timeline_value(last.value)[0]
            if not carries_frame(sentences, pos, crossed, value, published.value, i):
                break
            # "Weeks later, a court ordered ...": only the year of January's frame holds
            kept = _shift_kept(sentences, i + 1, pos)
            if follows_by_days:
                kept = min(kept if kept is not None else _MONTH, _MONTH)
            return _shifted(_from_point(last, "discourse", "approximate"), kept)
        # a sentence dated only by the happenings it names ("el Jubileo de 2025") turned to
        # them: the time frame before it is not carried past it
        if any(
            _in_sentence(t, sentences[i]) and _datable(t) and postnominal(t, sentences[i])
            for t in times
        ):
            break

    # 3. the article date
    return article_date(published)


_WITHIN_CLAUSE = frozenset(
    {"obj", "dobj", "pobj", "prep", "compound", "nmod", "amod", "xcomp", "obl", "case", "attr"}
)


@cache
def _present_relative() -> dict[str, frozenset[str]]:
    table = _table()["present_relative"]
    return {k: frozenset(v) for k, v in table.items()}


def _present(verb: Token) -> bool:
    """The verb or one of its auxiliaries is in the present tense ("is serving", "cumple")."""
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass", "aux:pass"))]
    return any("Pres" in t.morph.get("Tense", []) for t in forms) and not any(
        "Past" in t.morph.get("Tense", []) for t in forms
    )


def _cleft(relative: Token) -> bool:
    """The relative clause is a cleft's ("It is Rodríguez Torres who takes López to prison",
    "Es Rodríguez Torres quien lleva a López a prisión"): its noun is what an empty "it is" or
    a bare "es" predicates, so the clause tells the sentence's own happening (in a narrative,
    its historical present), not a state of the noun as of the report."""
    noun = relative.head
    verb = noun.head
    if noun.dep_ == "attr" and verb.lemma_ == "be":  # English: "It is X who ..."
        return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)
    # Spanish: the noun is the root, with the copula "ser" and no subject of its own
    return (
        noun.dep_ == "ROOT"
        and any(c.dep_ == "cop" and c.lemma_ == "ser" and c.i < noun.i for c in noun.children)
        and not any(c.dep_ == "nsubj" for c in noun.children)
    )


def in_present_relative(trigger: Token) -> bool:
    """The trigger belongs to a relative clause in the present tense, which describes a state
    as of the report ("the compound where Fujimori is serving a prison sentence"): such a
    clause takes no time frame from the narrative (`present_relative`)."""
    words = _present_relative()
    node = trigger
    for _ in range(4):
        if node.dep_ in words["deps"] or (
            node.dep_ in words["adnominal"]
            and any(c.lower_ in words["pronouns"] for c in node.children if c.i < node.i)
        ):
            return _present(node) and not _cleft(node)
        # a trigger in the clause's object or complement ("cumple condena", "is serving a
        # prison sentence") belongs to the clause above it; any other attachment ends it
        if node.dep_ not in _WITHIN_CLAUSE or node.head.i == node.i:
            return False
        node = node.head
    return False
