"""Acts told relative to another the text dates: "a day after police detained him on Tuesday,
the journalist was freed" (Wednesday), "after Monday's talks, the government freed ..." (on
or after Monday), "two days after the election" with the election dated elsewhere in the
text ("The election was held on February 4"), "has been held since the election" (a state
begun at the election's date). The anchor is an act of the phrase (a verb of an "after"
clause, an event noun) or a happening noun the text dates elsewhere; the offset ("a day",
"two weeks", "hours") is added to the anchor's date, and with no offset the act is only on
or after it (approximate). Words are in event_dates.toml [anchored]."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from chronicler.annotate.event_date_frame import follows_by_days
from chronicler.annotate.event_date_values import datable, event_dates_table, timeline_value
from chronicler.annotate.events_coding import is_factual
from chronicler.annotate.timex import find_time_expressions
from chronicler.annotate.timex_calendar import granularity_of, shift_value
from chronicler.model import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from chronicler.model import EventMention, TimeExpression

# Bases of a date the text gives an act (not a guess as of the report, nor a span counted
# back from it: "freed X five years after he was arrested" dates the arrest by the release).
_TOLD = frozenset({"sentence", "discourse"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_CLAUSE_DEPS = frozenset({"advcl"})


@cache
def _table() -> dict[str, Any]:
    return dict(event_dates_table()["anchored"])


def _words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _table()[key])


class _Link:
    """An anchor phrase on an act's verb: its direction, the anchor word, the offset's words
    and the span of text the phrase covers."""

    def __init__(
        self,
        sign: int,
        anchor: Token,
        offset: list[Token],
        tokens: list[Token],
        trailing: list[Token] | None = None,
    ):
        self.sign, self.anchor, self.offset = sign, anchor, offset
        # a time phrase right after the anchor noun the parse hung on the verb instead
        self.trailing = trailing or []
        tokens = [*tokens, *self.trailing]
        self.start = min(t.idx for t in tokens)
        self.end = max(t.idx + len(t) for t in tokens)


def _direction(word: str) -> int | None:
    w = word.lower()
    if w in _words("after"):
        return 1
    if w in _words("before"):
        return -1
    if w in _words("since"):
        return 0
    return None


def _unit_words(head: Token, before: int) -> list[Token]:
    """The offset ("a day", "two days", "hours", "un día") among `head`'s children before
    position `before`: a time unit noun and its own words."""
    units = _words("units")
    for c in head.children:
        if (
            c.i < before
            and c.dep_ in ("npadvmod", "obl", "nmod", "obl:tmod")
            and (c.lemma_.lower() in units or c.lower_ in units)
        ):
            return sorted(c.subtree, key=lambda t: t.i)
    return []


def _links(root: Token) -> list[_Link]:
    """The anchor phrases hanging on an act's verb."""
    out: list[_Link] = []
    for c in root.children:
        # "a day after police detained him": an "after" clause (its marker on its verb)
        if c.dep_ in _CLAUSE_DEPS:
            marks = [m for m in c.children if m.dep_ == "mark" and m.i < c.i]
            sign = next((_direction(m.text) for m in marks if _direction(m.text) is not None), None)
            if sign is not None and sign != 0:
                first = min(m.i for m in marks)
                offset = _unit_words(c, first) or _unit_words(root, first)
                offset = [t for t in offset if t.i < first]
                tokens = [*c.subtree, *offset]
                out.append(_Link(sign, c, offset, tokens))
        # "two days after the election", "after Monday's talks", "since the election"
        elif c.dep_ == "prep" and _direction(c.text) is not None:
            objs = [o for o in c.children if o.dep_ == "pobj" and o.pos_ in _NOUNS]
            if objs:
                offset = _unit_words(c, c.i)
                trailing = _trailing_time_phrase(root, c)
                out.append(_Link(_direction(c.text) or 0, objs[0], offset, [*c.subtree], trailing))
        # "a day after the arrest", the unit heading its phrase
        elif c.dep_ == "npadvmod" and c.lemma_.lower() in _words("units"):
            preps = [p for p in c.children if p.dep_ == "prep" and _direction(p.text) is not None]
            objs = [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ in _NOUNS]
            if objs:
                inner = {t.i for t in preps[0].subtree}
                offset = [t for t in c.subtree if t.i not in inner]
                out.append(_Link(_direction(preps[0].text) or 0, objs[0], offset, [*c.subtree]))
        # "un día después de que ...", "dos días después de las elecciones"
        elif c.dep_ == "advmod" and _direction(c.text) is not None:
            anchors = [
                o
                for o in c.children
                if o.i > c.i
                and (o.dep_ in _CLAUSE_DEPS or (o.dep_ in ("obl", "nmod") and o.pos_ in _NOUNS))
            ]
            if anchors:
                offset = _unit_words(c, c.i)
                out.append(_Link(_direction(c.text) or 0, anchors[0], offset, [*c.subtree]))
        # "tras las conversaciones del lunes", "desde las elecciones"
        elif c.dep_ in ("obl", "nmod") and c.pos_ in _NOUNS:
            cases = [k for k in c.children if k.dep_ == "case" and k.i < c.i]
            sign = next((_direction(k.text) for k in cases if _direction(k.text) is not None), None)
            first = min(t.i for t in c.subtree)
            lead = c.doc[first - 1] if first > 0 else None
            if sign is None and lead is not None and lead.head.i == root.i:
                # "luego de las elecciones": the adverb hangs on the verb, its noun beside it
                sign = _direction(lead.text)
                if sign is not None:
                    offset = _unit_words(lead, lead.i)
                    out.append(_Link(sign, c, offset, [*lead.subtree, *c.subtree]))
                    continue
            if sign is not None:
                out.append(_Link(sign, c, [], [*c.subtree]))
    return out


def _offset(words: list[Token], lang: str) -> str | None:
    """The offset as a TIMEX3 duration ("P1D"), "PT" for hours or less, "X" + unit for a
    bare plural unit ("days", "weeks"), or None for none."""
    if not words:
        return None
    text = " ".join(t.text for t in words)
    for t in find_time_expressions(text, None, lang):
        if t.type == "DURATION" and t.value and t.value[1:2].isdigit():
            return "PT" if t.value.startswith("PT") else t.value
    head = next((t for t in words if t.pos_ in _NOUNS), words[-1])
    if head.lemma_.lower() in _words("instant_units") or head.lower_ in _words("instant_units"):
        return "PT"
    return "X" + head.lower_


def _told_date(ev: EventMention) -> EventDate | None:
    if is_factual(ev) and ev.date.basis in _TOLD and ev.date.value:
        return ev.date
    return None


def _time_in(times: Sequence[TimeExpression], tokens: Sequence[Token]) -> EventDate | None:
    """A point date among `tokens` (a noun phrase or a clause), as told."""
    if not tokens:
        return None
    lo, hi = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    for t in times:
        if lo <= t.start and t.end <= hi and datable(t):
            value, gran = timeline_value(t.value)
            return EventDate(value=value, basis="sentence", certainty="exact", granularity=gran)
    return None


def _own_phrase(noun: Token) -> list[Token]:
    """A noun's phrase without its clauses: "Monday's talks", "las elecciones del 4 de
    febrero", not "the vote that was held on Monday"."""
    out: list[Token] = []
    stack = [noun]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.pos_ not in ("VERB", "AUX"))
    return out


def _dated_mention(
    doc: Doc, noun: Token, times: Sequence[TimeExpression], events: Sequence[EventMention]
) -> EventDate | None:
    """The date the text gives the happening `noun` names: in its own phrase ("after Monday's
    talks"), as an event the text dates, or in another sentence naming it with a date ("The
    election was held on February 4", "the February 4 election"), nearest before it first."""
    own = _time_in(times, _own_phrase(noun))
    if own is not None:
        return own
    for ev in events:
        if ev.trigger_start <= noun.idx < ev.trigger_end and (told := _told_date(ev)):
            return told
    lemma = noun.lemma_.lower()
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= noun.i < s.end)
    order = [*reversed(sents[:here]), *sents[here + 1 :]]
    for sent in order:
        for tok in sent:
            if tok.lemma_.lower() != lemma or tok.pos_ not in _NOUNS:
                continue
            dated = _time_in(times, _own_phrase(tok)) or _occurrence_date(tok, times)
            if dated is not None:
                return replace(dated, basis="discourse")
    return None


def _named_again(noun: Token, events: Sequence[EventMention]) -> EventDate | None:
    """An event noun the text does not date itself ("un día después de su detención") names
    again the latest act of its coding told before it with its own sentence's date."""
    at = next((e for e in events if e.trigger_start <= noun.idx < e.trigger_end), None)
    if at is None:
        return None
    start = noun.sent.start_char
    for other in reversed([e for e in events if e.trigger_end <= start]):
        same = (other.type, other.mode) == (at.type, at.mode)
        if same and is_factual(other) and other.date.basis == "sentence" and other.date.value:
            return replace(other.date, basis="discourse")
    return None


def _occurrence_date(noun: Token, times: Sequence[TimeExpression]) -> EventDate | None:
    """The date of a clause telling that the happening took place ("The election was held on
    Sunday, February 4", "Las elecciones se celebraron el domingo"): the noun is the subject
    of a verb of occurrence, the date among the verb's own words."""
    verb = noun.head
    if not noun.dep_.startswith("nsubj") or verb.lemma_.lower() not in _words("occurrence"):
        return None
    for c in verb.children:
        if c.dep_ in ("prep", "obl", "npadvmod", "obl:tmod", "nmod"):
            dated = _time_in(times, list(c.subtree))
            if dated is not None:
                return dated
    return None


_CALENDAR_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _not_before(date: EventDate, anchor: EventDate) -> bool:
    """The date is on or after the anchor's at their common granularity, or cannot be
    compared: not a time an act told "before" the anchor can have."""
    if not (date.value and anchor.value):
        return True
    if not (_CALENDAR_DATE.fullmatch(date.value) and _CALENDAR_DATE.fullmatch(anchor.value)):
        return True
    common = min(len(date.value), len(anchor.value))
    return date.value[:common] >= anchor.value[:common]


def _anchored(anchor: EventDate, sign: int, offset: str | None) -> EventDate | None:
    """The act's date from its anchor's, the direction and the offset."""
    value = anchor.value
    if value is None:
        return None
    if offset is None:
        if sign < 0:
            return None  # "before the election": some time before, unknown
        return EventDate(value, "discourse", "approximate", granularity_of(value))
    if offset == "PT":
        return EventDate(value, "discourse", "approximate", granularity_of(value))
    if offset.startswith("X"):
        # "days after", "weeks after": by an unknown amount, keep the part it cannot change
        keep = _table()["vague_keeps"].get(offset[1:].lower())
        cut = {"month": 7, "year": 4}.get(str(keep))
        if cut is None:
            return None
        value = value[:cut]
        return EventDate(value, "discourse", "approximate", granularity_of(value))
    shifted = shift_value(value, offset, sign)
    moved, gran = timeline_value(shifted)
    if moved is None:
        return None
    return EventDate(moved, "discourse", anchor.certainty, gran)


def _trailing_time_phrase(root: Token, prep: Token) -> list[Token]:
    """A phrase of time ("on February 4") right after an anchor phrase ("two days after the
    election"), with no comma between, that the parse hung on the act's verb: the words read
    as the anchor noun's date, the nearer attachment ("two days after the election on
    February 4" is February 6)."""
    last = max(t.i for t in prep.subtree)
    for c in root.children:
        if c.i == last + 1 and c.dep_ == "prep" and c.lower_ in _words("trailing_time_preps"):
            return sorted(c.subtree, key=lambda t: t.i)
    return []


def _in_time(times: Sequence[TimeExpression], tok: Token) -> bool:
    """The token is part of a time expression ("since June 2022")."""
    return any(t.start <= tok.idx < t.end for t in times)


def _dated_outside(times: Sequence[TimeExpression], root: Token, link: _Link) -> bool:
    """A point date in the act's own clause outside the anchor phrase: the act's own."""
    clause = sorted(root.subtree, key=lambda t: t.i)
    lo, hi = clause[0].idx, clause[-1].idx + len(clause[-1])
    return any(
        datable(t)
        and lo <= t.start
        and t.end <= hi
        and not (t.start < link.end and link.start < t.end)
        for t in times
    )


def _host_verb(root: Token) -> list[Token]:
    """The verb a state noun is told through ("has been under house arrest", "remains in
    custody"), if the trigger is the object of its preposition."""
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        return [prep.head]
    return []


def _a_state(span: Span) -> bool:
    """The trigger tells a state one is in ("has been held", "está detenido", "permanece
    detenido", "remains in custody"): a passive participle, an adjective, or a verb of
    remaining (`anchored.states`)."""
    states = _words("states")
    if _host_verb(span.root):
        return True  # "under house arrest", "in custody": a condition one is in
    for tok in span:
        if tok.pos_ == "ADJ" or tok.lemma_.lower() in states:
            return True
        if any(c.dep_ in ("auxpass", "aux:pass") for c in tok.children):
            return True
        if any(c.lemma_.lower() in states for c in tok.children if c.dep_ in ("aux", "cop")):
            return True
    return False


def with_anchored_dates(
    doc: Doc, events: Sequence[EventMention], times: Sequence[TimeExpression]
) -> list[EventMention]:
    """The events, each act an "after"/"before"/"since" phrase on its verb ties to an anchor
    the text dates, with no date of its own clause, dated from the anchor."""
    out = [_with_anchor(doc, ev, events, times) for ev in events]
    # "un día después de su detención": the noun, counted back from the report by the offset
    # (as "five years after his arrest, he remains in jail" is), is the act named again
    anchors: set[int] | None = None  # read once, and only when a noun needs it
    for i, ev in enumerate(out):
        root = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
        if ev.date.basis == "duration" and root is not None and root.root.pos_ in _NOUNS:
            dated = _named_again(root.root, out)
            if dated is None:
                continue
            if anchors is None:
                anchors = _anchors_of_dated_acts(doc, out)
            if root.root.i in anchors:
                out[i] = replace(ev, date=dated)
    return out


def _anchors_of_dated_acts(doc: Doc, events: Sequence[EventMention]) -> set[int]:
    """The tokens that anchor an act this pass dated from them."""
    out: set[int] = set()
    for e in events:
        if e.date.basis != "discourse":
            continue
        span = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
        if span is not None:
            out.update(lk.anchor.i for tok in span for lk in _links(tok))
    return out


def _with_anchor(
    doc: Doc, ev: EventMention, events: Sequence[EventMention], times: Sequence[TimeExpression]
) -> EventMention:
    if not is_factual(ev):
        return ev
    span = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
    if span is None:
        return ev
    root = span.root
    sentence = doc[span.start].sent
    # ("permanece detenido desde ...": the phrase may hang on any word of the trigger; "has
    # been under house arrest since ...": on the verb the state's phrase hangs on)
    hosts = [*span, *_host_verb(root)]
    for link in [lk for tok in hosts for lk in _links(tok)]:
        if link.start <= ev.trigger_start < link.end:
            continue  # the act is the anchor itself ("since the coup", the coup)
        if _in_time(times, link.anchor) or _dated_outside(times, root, link):
            continue  # "held since June 2022": the time itself, the sentence's rule
        if ev.date.basis == "sentence" and _dated_outside(times, sentence.root, link):
            # "en diciembre se refugió ..., cuando la Fiscalía lo investigaba por peculado en
            # la reconstrucción tras el terremoto de 2016": the time the sentence tells is
            # the act's, whatever a phrase the parse hangs on its verb names
            continue
        offset = _offset(link.offset, doc.lang_ or "en")
        if link.sign == 0 and (offset is not None or not _a_state(span)):
            # "two years since the election": a length, not the start; "since the election,
            # police have arrested 40 people": acts over the span, not at its start
            continue
        anchor = _time_in(times, link.trailing) or _anchor_date(doc, link.anchor, events, times, ev)
        if link.sign < 0 and offset is None and anchor is not None:
            if _not_before(ev.date, anchor):
                # "Before the vote on Sunday, police arrested ...": some time before that
                # day, neither the day itself nor a later one the narrative carries
                return replace(ev, date=EventDate(None, "unknown", "inferred"))
            continue
        if anchor is None:
            if ev.date.basis == "duration" and offset is not None:
                # "two days after the election" undated: not two days before the report
                return replace(ev, date=EventDate(None, "unknown", "inferred"))
            continue
        dated = _anchored(anchor, link.sign or 1, offset)
        exact = offset is not None and offset[:1] == "P"
        if dated is not None and dated.value and not exact and follows_by_days(ev.mode):
            # "charged ... after police say he struck a woman last night": a charge follows
            # what it answers by days, so of the anchor's day only the month holds
            month = dated.value[:7]
            dated = replace(dated, value=month, granularity=granularity_of(month))
        if link.sign == 0 and dated is not None:
            dated = replace(dated, certainty="approximate")  # begun at or right after it
        if dated is not None:
            return replace(ev, date=dated)
    return ev


def _anchor_date(
    doc: Doc,
    anchor: Token,
    events: Sequence[EventMention],
    times: Sequence[TimeExpression],
    ev: EventMention,
) -> EventDate | None:
    """The anchor's date: an act of the anchor clause the text dates, or the happening its
    noun names."""
    if anchor.pos_ in _NOUNS:
        others = [e for e in events if e is not ev]
        return _dated_mention(doc, anchor, times, others) or _named_again(anchor, others)
    for other in events:
        if other is not ev and other.trigger_start <= anchor.idx < other.trigger_end:
            return _told_date(other)
    return _time_in(times, list(anchor.subtree))
