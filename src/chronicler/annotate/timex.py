"""Time expressions (TIMEX3-style DATE, TIME, DURATION, SET) found by a rule
grammar kept as data (data/dates/<language>.toml) and normalised to ISO values at
their own granularity.

Cascade for one text:
1. every rule of the language's grammar proposes matches;
2. each match is normalised once (a normaliser may reject it: "may" the verb);
3. overlapping matches: the longest wins, then the earlier rule;
4. the survivors are normalised again in reading order, so "the next day" or
   "a year earlier" count from the last date the text named (the discourse
   reference), while "yesterday", "last year", "Saturday" count from the anchor
   (the article date). A bare weekday or month in a past-tense clause is the most
   recent one on or before the anchor; in a future-tense clause, the next one. With a
   spaCy parse of the text, the tense of the verb the expression hangs on decides
   (timex_tense); the character window of tense cues is the fallback.
Without a parse this runs on raw text and is fast enough for whole corpora.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from chronicler.annotate.timex_calendar import coarser, fmt, granularity_of, to_date
from chronicler.annotate.timex_lexicon import Lexicon, Rule, data_version, load_lexicon
from chronicler.annotate.timex_norm import Context, Groups, Norm
from chronicler.annotate.timex_rules import NORMALISERS
from chronicler.annotate.timex_tense import parsed_direction
from chronicler.model import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Named in `pipeline_version`: the code's rule set and the data files it reads.
# 2: a year counted from the article date after a day the text names is no reference
# 4: a day named without its year takes the year of the narrative's frame (below)
# 5 and 7 (two branches found one rule): a year named after the narrative's day in its
# sentence is no discourse reference; 8: both together, one kept; 9: a weekday every week
# ("every Friday", "Fridays") is a SET, and a span before a gerund counts from its event;
# 10: with a parse, the tense of the verb a bare weekday or month hangs on points it
# (timex_tense), and a clause opened by "where" keeps the cues before it out; 11: "six weeks
# ago" is a week (2023-W22); with a parse, a plan called off ("the trip planned for Friday
# was cancelled") takes the calling off's tense, a day a deferral runs until ("adjourned until
# Monday") lies ahead, a possessed day on a subject takes a marked future ("said Friday's vote
# would be close"); "the previous Friday" counts from the day the text named last; new kinds
# year_end, duration_long, weekday_shift; a hedge after an expression ("1994 or later") is in
# its extent, a half in the next smaller unit (PT5H30M); the tense of a match is read once;
# 13: a quarter counted back a year in its own words ("the quarter a year earlier", "the
# fourth quarter last year"), "the week of March 6" (new kind week_of), holidays a few days
# after an n-th weekday (Election Day), bare plural units read from three groups; "may",
# "might" put a day ahead (tense-3); a cue after "said" is the reported clause's, not the
# saying's ("on Tuesday said the U.S. may extend")
TIMEX_VERSION = f"timex-13({data_version()})"

# How far either side of an expression the tense cue may be, within its sentence.
TENSE_WINDOW_BEFORE = 60
TENSE_WINDOW_AFTER = 40
_SENTENCE_END = re.compile(r"[.!?;\n]\s")
# A day named without its year ("El 15 de marzo") a few sentences after a day the text names
# with an earlier year than the article's ("13 de marzo de 2021") is in that day's frame,
# when it falls within a season of it: how far back, in sentences, and how near, in days.
FRAME_SENTENCES = 3
FRAME_DAYS = 92
# A span of months a report covers ("for the nine months") is what "a year earlier" counts
# back from for this many sentences after it (unless the text names a new date between).
MONTHS_SPAN_SENTENCES = 3
_SENTENCE_BREAK = re.compile(r"[.!?]\s+")
# "on Tuesday said the U.S. may extend": what follows a verb of saying is the reported clause
_CLAUSE_AFTER = re.compile(
    r"\b(?:that|which|who|and|but|said|says|told|que|y|pero)\b|,", re.IGNORECASE
)
# A relative or complement clause holding the expression opens with one of these.
_CLAUSE_BEFORE = re.compile(r"\b(?:that|which|who|where|que|donde|cuando)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    rule: Rule
    groups: Groups


def _parse_anchor(anchor: str | None) -> tuple[date | None, str]:
    if not anchor:
        return None, "day"
    value = anchor.strip()[:10]
    return to_date(value), granularity_of(value) or "day"


def sentence_sides(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before and after an expression, each cut at the sentence's end."""
    lo = max(0, start - TENSE_WINDOW_BEFORE)
    before = text[lo:start]
    cuts = list(_SENTENCE_END.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    after = text[end : end + TENSE_WINDOW_AFTER]
    cut = _SENTENCE_END.search(after)
    if cut:
        after = after[: cut.start() + 1]
    return before, after


def sentence_window(text: str, start: int, end: int) -> str:
    """Text around an expression within its sentence: "In March 2018, he was hauled
    away" takes its past tense from the main clause after the comma."""
    before, after = sentence_sides(text, start, end)
    return before + " " + after


def clause_window(text: str, start: int, end: int) -> str:
    """Text around an expression, cut at sentence ends, for the tense cue."""
    before, after = sentence_sides(text, start, end)
    # "said Monday that it will bid": the cue after "that" belongs to another clause
    cut = _CLAUSE_AFTER.search(after)
    if cut:
        after = after[: cut.start()]
    # "apelará la sentencia que le impuso el viernes": nor is the cue before the "que"
    # that opens the expression's own clause
    opened = list(_CLAUSE_BEFORE.finditer(before))
    if opened:
        before = before[opened[-1].end() :]
    return before + " " + after


# a title in quotes: ABC's "This Week," the "Today" show
_QUOTES_OPEN = ('"', "“", "‘", "`", "'")
_QUOTE_CLOSE = re.compile(r"[,.]?[\"”’']")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """A time expression of two or more capitalised words that fills a quotation ("This
    Week," a television programme) is a title, not a time."""
    words = text[start:end].split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and text[start - 1 : start] in _QUOTES_OPEN
        and _QUOTE_CLOSE.match(text, end) is not None
    )


def _matches(text: str, lex: Lexicon) -> list[_Match]:
    found = []
    for rule in lex.rules:
        for m in rule.regex.finditer(text):
            if m.end() <= m.start():
                continue
            groups: Groups = dict(m.groupdict())
            if "unit" in rule.regex.groupindex and m.group("unit") is not None:
                groups["_unit_end"] = str(m.end("unit"))
            found.append(_Match(m.start(), m.end(), rule, groups))
    return found


def _tense_of(m: _Match, text: str, lex: Lexicon, doc: Doc | None) -> tuple[bool, bool]:
    """Whether the clause around a match points ahead, or (failing that) behind."""
    # "effective Feb. 1": the day a change takes effect lies ahead, whatever the tense
    if lex.ahead_before is not None and lex.ahead_before.search(
        text, max(0, m.start - 30), m.start
    ):
        return True, False
    # the parse points a bare weekday or month; a day of a month keeps the window's reading,
    # whose past tense tolerates a deadline just ahead (timex_rules)
    parsed = None
    if doc is not None and not m.groups.get("day"):
        parsed = parsed_direction(doc, m.start, m.end)
    if parsed is not None:
        return parsed == "future", parsed == "past"
    future = bool(lex.future.search(clause_window(text, m.start, m.end))) or bool(
        lex.future_before is not None
        and lex.future_before.search(text, max(0, m.start - 30), m.start)
    )
    past = not future and bool(lex.past.search(sentence_window(text, m.start, m.end)))
    return future, past


def _normalise(
    m: _Match,
    text: str,
    lex: Lexicon,
    anchor: date | None,
    ref: date | None,
    ref_gran: str,
    doc: Doc | None = None,
    tense: tuple[bool, bool] | None = None,
    fiscal: tuple[int, int] | None = None,
    months_span: bool = False,
) -> Norm | None:
    # the tense depends on the match and the text only, not on the discourse reference:
    # the caller reads it once for both passes
    future, past = tense if tense is not None else _tense_of(m, text, lex, doc)
    ctx = Context(
        lex=lex,
        text=text,
        start=m.start,
        end=m.end,
        anchor=anchor,
        ref=ref,
        ref_granularity=ref_gran,
        future=future,
        past=past,
        fiscal=fiscal,
        months_span=months_span,
    )
    return NORMALISERS[m.rule.kind](m.groups, ctx)


def _select(candidates: list[tuple[_Match, Norm]]) -> list[tuple[_Match, Norm]]:
    """Non-overlapping matches: longest first, then the earlier rule."""
    ranked = sorted(candidates, key=lambda c: (-(c[0].end - c[0].start), c[0].rule.order))
    taken: list[tuple[_Match, Norm]] = []
    for cand in ranked:
        m = cand[0]
        if all(m.end <= t.start or m.start >= t.end for t, _ in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c[0].start)


def _coarsen(value: str | None, anchor: date | None, anchor_gran: str) -> str | None:
    """A value resolved against a coarse anchor ("2023") is no finer than it: "Saturday"
    in an article known only to be from 2023 is just "2023"."""
    gran = granularity_of(value)
    if value is None or anchor is None or gran is None or coarser(gran, anchor_gran) == gran:
        return value
    return fmt(anchor, anchor_gran)


def _names_which_happening(
    gran: str | None, ref_gran: str, ref_end: int | None, text: str, start: int
) -> bool:
    """A year named after the day the narrative is at, in that day's own sentence ("vinculara
    el 3 de abril el asesinato ... con el resultado de las elecciones de 2023", "said on
    April 3 that ... the 2023 election") says which happening is meant, not a time the
    story goes on from: "al día siguiente" after it is 4 April, not a day of 2023."""
    if gran != "year" or ref_gran != "day" or ref_end is None or ref_end > start:
        return False
    return not _SENTENCE_BREAK.search(text, ref_end, start)


def in_frame(value: str | None, named: date, breaks: int) -> str | None:
    """The day `value` (resolved against the article date) moved into the year of the day
    the narrative last `named` with its year, `breaks` sentences back: "detenida el 13 de
    marzo de 2021 ... El 15 de marzo un juez le impuso" in a 2022 report is 2021-03-15.
    None when the frame does not hold: a day only, named further back than FRAME_SENTENCES,
    in an earlier year than the value's, and the day in that year within FRAME_DAYS of it."""
    point = to_date(value) if granularity_of(value) == "day" else None
    if point is None or breaks > FRAME_SENTENCES or named.year >= point.year:
        return None
    try:
        moved = point.replace(year=named.year)
    except ValueError:  # 29 February
        return None
    return moved.isoformat() if abs((moved - named).days) <= FRAME_DAYS else None


# a definite span of months a report covers: "the nine months", "the first six months"
_MONTHS_SPAN = re.compile(
    r"\b(?:the|its)\s+(?:first\s+|latest\s+|past\s+)?\S+\s+months$", re.IGNORECASE
)
_MONTHS_VALUE = re.compile(r"P(?:[2-9]|1[01])M")
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def _fiscal_quarter(
    m: _Match, norm: Norm, fiscal: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The year and number of the quarter the text last named as fiscal ("the fiscal first
    quarter", "fiscal second-quarter"), which a bare "the quarter" later refers to; none
    once another quarter is named by its number without "fiscal" (a round-up moving on to
    a company that keeps calendar quarters: "Separately, X reported third-quarter profit")."""
    q = _QUARTER_VALUE.fullmatch(norm.value or "")
    if q is None or not m.groups.get("ord"):
        return fiscal
    named = (int(q[1]), int(q[2]))
    if any(m.groups.get(k) for k in ("fiscal0", "fiscal1", "fiscal2")):
        return named
    return fiscal if fiscal is not None and fiscal[1] == named[1] else None


def find_time_expressions(
    text: str, anchor: str | None, language: str = "en", doc: Doc | None = None
) -> list[TimeExpression]:
    """Time expressions in `text`, normalised against `anchor` ("YYYY-MM-DD", or a
    coarser "YYYY-MM"/"YYYY"; None leaves relative values unresolved). `doc`, a spaCy
    parse of exactly `text`, lets verb tenses point bare weekdays and months."""
    # (a parse of other text, or by another language's pipeline, says nothing of these verbs)
    if doc is not None and (doc.text != text or doc.lang_ != (language or "en")[:2].lower()):
        doc = None
    lex = load_lexicon((language or "en")[:2].lower())
    anchor_date, anchor_gran = _parse_anchor(anchor)
    candidates = []
    tenses: dict[int, tuple[bool, bool]] = {}  # by id() of a match, read once for both passes
    for m in _matches(text, lex):
        tenses[id(m)] = _tense_of(m, text, lex, doc)
        norm = _normalise(m, text, lex, anchor_date, None, "day", doc, tenses[id(m)])
        if norm is not None and not _quoted_title(text, m.start, m.end):
            candidates.append((m, norm))
    out: list[TimeExpression] = []
    ref, ref_gran = anchor_date, anchor_gran
    ref_end: int | None = None  # where the text named the reference, if it did
    named: tuple[date, int] | None = None  # the last day named with its year, and its end
    fiscal: tuple[int, int] | None = None  # the last quarter named as a fiscal one
    span_end: int | None = None  # where a span of months reported on ended, after the reference
    selected = _select(candidates)
    for i, (m, _) in enumerate(selected):
        months_span = span_end is not None and (
            len(_SENTENCE_BREAK.findall(text, span_end, m.start)) <= MONTHS_SPAN_SENTENCES
        )
        norm = _normalise(
            m, text, lex, anchor_date, ref, ref_gran, doc, tenses[id(m)], fiscal, months_span
        )
        if norm is None:
            continue
        fiscal = _fiscal_quarter(m, norm, fiscal)
        start = norm.start if norm.start is not None else m.start
        end = norm.end if norm.end is not None else m.end
        hedge = lex.hedge_after.match(text, end) if lex.hedge_after is not None else None
        following = selected[i + 1][0].start if i + 1 < len(selected) else len(text)
        if hedge is not None and hedge.end() <= following:
            end = hedge.end()  # "1994 or later": the hedge is part of the expression
        value = norm.value
        certainty = norm.certainty
        resolved = norm.anchor
        if m.rule.kind == "date" and not norm.explicit and named is not None:
            breaks = len(_SENTENCE_BREAK.findall(text, named[1], start))
            framed = in_frame(value, named[0], breaks) if resolved == anchor_date else None
            if framed is not None:
                value, resolved = framed, named[0]
        if resolved is not None and resolved == anchor_date and anchor_gran != "day":
            if m.rule.kind == "date" and anchor_gran == "year" and anchor_date and value:
                # "April 30" names its month and day; only the year comes from an article
                # known to be from 2019: 2019-04-30, approximate (not coarsened to "2019").
                value = f"{anchor_date.year:04d}{value[4:]}"
            else:
                value = _coarsen(value, anchor_date, anchor_gran)
            certainty = "approximate" if certainty == "exact" else certainty
        gran = granularity_of(value)
        # only dates the text names, or counts from the article date, become the
        # discourse reference: "a year earlier" after "a year ago" is not two years back
        from_anchor = resolved is not None and resolved == anchor_date
        # ... but a period counted from the article date that is coarser than the narrative's
        # day ("said on April 3 that ... the election last year") is background, not the
        # time the story goes on from: "the next day" after it is April 4
        if from_anchor and not norm.explicit and ref_gran == "day" and ref != anchor_date:
            from_anchor = gran != "year"
        in_narrative = resolved is not None and resolved != norm.anchor  # put in the frame
        if (
            norm.type == "DATE"
            and gran is not None
            and (norm.explicit or from_anchor or in_narrative)
            and not _names_which_happening(gran, ref_gran, ref_end, text, start)
        ):
            point = to_date(value)
            if point is not None:
                ref, ref_gran, ref_end = point, gran, end
                span_end = None
                if norm.explicit and gran == "day":
                    named = (point, end)
        if _MONTHS_VALUE.fullmatch(value or "") and _MONTHS_SPAN.search(
            text[max(0, start - 12) : end]
        ):
            span_end = end
        out.append(
            TimeExpression(
                start=start,
                end=end,
                text=text[start:end],
                type=norm.type,  # type: ignore[arg-type]
                value=value,
                granularity=gran,
                certainty=certainty,  # type: ignore[arg-type]
                anchor=resolved.isoformat() if resolved else None,
            )
        )
    return out


def grammar_version(language: str = "en") -> str:
    """The grammar's data version, for `pipeline_version`."""
    return load_lexicon(language).version


def time_expressions_json(times: list[TimeExpression]) -> list[dict[str, object]]:
    """The `chronicler dates --json` shape: start, end, text, type, value, and more."""
    return [
        {
            "start": t.start,
            "end": t.end,
            "text": t.text,
            "type": t.type,
            "value": t.value,
            "granularity": t.granularity,
            "certainty": t.certainty,
            "anchor": t.anchor,
        }
        for t in times
    ]


def read_plain_text(path: str) -> str:
    """A file's text exactly as read (UTF-8, newlines untranslated), so offsets hold."""
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        return fh.read()
