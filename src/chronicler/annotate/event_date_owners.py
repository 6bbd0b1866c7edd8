"""Whose date a time expression in the trigger's sentence is when it is not the trigger's:
another trigger's set off before it, the noun it modifies ("the July protests", "el terremoto
de 2016"), the effect a cause verb leads to, a state's start ("since March 2018"), the
event a past perfect tells as earlier; and the first date of a range."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from chronicler.annotate.event_date_clauses import CLAUSE_BREAK, in_later_relative_clause
from chronicler.annotate.event_date_values import event_dates_table
from chronicler.annotate.timex_calendar import granularity_of
from chronicler.model import Sentence, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc


@cache
def _attributive_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = event_dates_table()["attributive"]
    return (
        re.compile(cues["before"], re.IGNORECASE),
        re.compile(cues["after"]),
        re.compile(cues["set_off_after"]),
    )


_ENDS_WITH_YEAR = re.compile(r"\b\d{4}$")


def attributive(t: TimeExpression, sentence: Sentence) -> bool:
    """ "the July election", "the 2018 protests": the date sits between a determiner and the
    noun it modifies, naming which happening is meant; it is no time frame for the sentences
    after. So does a full date whose year commas set off before a happening noun ("the
    October 20, 2019, election")."""
    before_cue, after_cue, set_off_cue = _attributive_cues()
    before = sentence.text[: max(t.start - sentence.start, 0)]
    after = sentence.text[t.end - sentence.start :]
    if not before_cue.search(before[-20:]):
        return False
    set_off = _ENDS_WITH_YEAR.search(t.text) is not None and set_off_cue.match(after)
    return bool(after_cue.match(after) or set_off)


@cache
def _postnominal_cue() -> re.Pattern[str]:
    before = event_dates_table()["postnominal"]["before"]
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
    # (",": the closing comma of a year set off, "the October 20, 2019, election")
    return t.end > trigger_start or not re.fullmatch(r",?\s+(?:[\w-]+\s+)?", gap)


_NOUN_BEFORE_DE = re.compile(r"([^\W\d_]+)\s+de\s+$")


@cache
def _named_happening_cues() -> tuple[re.Pattern[str], ...]:
    cues = event_dates_table()["named_happening"]
    before = "|".join(f"(?:{c})" for c in cues["before"])
    return (
        re.compile(before, re.IGNORECASE),
        re.compile(cues["after"], re.IGNORECASE),
        re.compile(cues["occasion"], re.IGNORECASE),
        re.compile(cues["inside"], re.IGNORECASE),
        re.compile(cues["occasion_in_clause"], re.IGNORECASE),
    )


def _modified_noun(t: TimeExpression, sentence: Sentence) -> tuple[int, int] | None:
    """Where the noun (or noun phrase) a date modifies lies, if the date is its modifier: a
    year after its noun and "de" ("el terremoto de 2016"), any date after its noun and
    "de"/"del"/"of" ("las elecciones del 20 de octubre", "the elections of 20 October") or
    before it with "'s" ("Sunday's vote", "last week's police raid")."""
    before = sentence.text[: max(t.start - sentence.start, 0)]
    if granularity_of(t.value) == "year" and postnominal(t, sentence):
        noun = _NOUN_BEFORE_DE.search(before)
        if noun is not None:
            return sentence.start + noun.start(1), sentence.start + noun.end(1)
    before_cue, after_cue = _named_happening_cues()[:2]
    window = before[-40:]
    found = before_cue.search(window)
    if found is not None:
        group = next(g for g in range(1, (found.lastindex or 0) + 1) if found.group(g))
        offset = t.start - len(window)
        return offset + found.start(group), offset + found.end(group)
    owner = after_cue.match(sentence.text[t.end - sentence.start :])
    return None if owner is None else (t.end + owner.start(1), t.end + owner.end(1))


def _names_other_happening(t: TimeExpression, sentence: Sentence, trigger_start: int) -> bool:
    """A date that modifies a noun ("tras el terremoto de 2016", "las elecciones del 20 de
    octubre", "Sunday's vote") names which happening that noun is: it dates that noun only,
    not an act the sentence tells around it ("cuando la Fiscalía lo investigaba por peculado
    en la reconstrucción tras el terremoto de 2016" was no investigation in 2016)."""
    noun = _modified_noun(t, sentence)
    if noun is None or noun[0] <= trigger_start < noun[1]:
        return False
    phrase = min(noun[0], t.start)  # "during Sunday's rally": the phrase opens at the date
    return not _act_occasion(sentence, trigger_start, phrase) and not _told_inside(
        sentence, trigger_start, noun[1]
    )


def _told_inside(sentence: Sentence, trigger_start: int, noun_end: int) -> bool:
    """The trigger is told in a relative clause set in the happening the noun names ("last
    week's police raid ..., in which officers arrested X")."""
    between = sentence.text[noun_end - sentence.start : trigger_start - sentence.start]
    return trigger_start > noun_end and _named_happening_cues()[3].search(between) is not None


def _act_occasion(sentence: Sentence, trigger_start: int, noun_start: int) -> bool:
    """The noun is the occasion the trigger's act happened at, opened by "in"/"during" close
    after the trigger ("detained with her in the coup of February 2021") or by a preposition
    of time anywhere in the trigger's clause ("arrested with two aides during the rally of
    3 May")."""
    if trigger_start >= noun_start:
        return False
    text = sentence.text[trigger_start - sentence.start : noun_start - sentence.start]
    between = text[len(text.split(None, 1)[0]) :] if text.strip() else text
    if _named_happening_cues()[2].fullmatch(between) is not None:
        return True
    # a preposition of time in the trigger's own clause ("arrested with two of her aides
    # during the rally of 3 May"), however many words after it
    return not CLAUSE_BREAK.search(between) and bool(_named_happening_cues()[4].search(between))


@cache
def _cause_verbs() -> re.Pattern[str]:
    return re.compile(event_dates_table()["cause"]["verbs"], re.IGNORECASE)


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
        trigger_end <= start < end <= t.start and causes(text[trigger_end - base : start - base])
        for start, end in rivals
    )


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
        set_off = CLAUSE_BREAK.search(text[trigger_end - base : start - base])
        if set_off and not CLAUSE_BREAK.search(text[end - base : t.start - base]):
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


def range_start(
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


_SINCE = re.compile(r"\b(?:since|desde)\s+(?:the\s+|el\s+|la\s+)?$", re.IGNORECASE)


def starts_a_state(t: TimeExpression, sentence: Sentence) -> bool:
    """ "held since March 2018", "detenido desde marzo de 2018": when a state began."""
    text, base = sentence.text, sentence.start
    return bool(_SINCE.search(text[max(t.start - base - 12, 0) : t.start - base]))


def _state_start_elsewhere(
    t: TimeExpression, sentence: Sentence, trigger_start: int, trigger_end: int
) -> bool:
    """ "X, imprisoned since February 2024, was freed": a "since" date starts a state told in
    another clause; it is not the date of an event outside that clause."""
    text, base = sentence.text, sentence.start
    if not starts_a_state(t, sentence):
        return False
    lo, hi = sorted((t.end, trigger_start) if t.end <= trigger_start else (trigger_end, t.start))
    return bool(CLAUSE_BREAK.search(text[lo - base : hi - base]))


def owned_points(
    points: Sequence[TimeExpression],
    sentence: Sentence,
    trigger_start: int,
    trigger_end: int,
    rivals: Sequence[tuple[int, int]],
) -> list[TimeExpression]:
    """The points of the trigger's sentence left once those dating another happening are set
    aside: a state's start told in another clause, a noun the date modifies or names, the
    people of a later relative clause, another trigger's, an effect's, an earlier act's."""
    return [
        t
        for t in points
        if not _state_start_elsewhere(t, sentence, trigger_start, trigger_end)
        and not _dates_other_noun(t, sentence, trigger_start)
        and not _names_other_happening(t, sentence, trigger_start)
        and not in_later_relative_clause(t, sentence, trigger_start)
        and not _rivals_point(t, sentence, trigger_end, rivals)
        and not _rivals_attributive(t, sentence, trigger_start, rivals)
        and not _effects_point(t, sentence, trigger_end, rivals)
        and not _perfect_after_a_rival(t, sentence, trigger_start, rivals)
    ]
