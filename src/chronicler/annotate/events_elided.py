"""A sentencing told twice with its verb said once: "He was sentenced to nine years in 2022
and to 19 years in August 2023", "fue condenado a nueve años ... y, en agosto de 2023, a otros
19 años". The second conjunct is a sentencing of its own, with its own term and date. Words
are data: `term_units` and `term_preps` in each language's vocabulary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.doc_text import doc_text
from chronicler.annotate.event_dates import date_event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from chronicler.model import EventMention, PublicationDate, Sentence, TimeExpression

_SENTENCING_MODES = frozenset({"convict"})


def _counted_unit(tok: Token, units: frozenset[str]) -> bool:
    """A time unit with a number on it: "19 years", "otros 19 años"."""
    # the number may hang on a determiner before the unit ("otros tres años")
    return tok.lemma_.lower() in units and any(t.like_num for c in tok.lefts for t in c.subtree)


def _conjunct_term(tok: Token, units: frozenset[str], preps: frozenset[str]) -> Token | None:
    """The first word of an elided term conjunct `tok` heads: a coordinated "to 19 years"
    (the preposition heads it) or "a otros 19 años" (the noun heads it, with its "a")."""
    if tok.dep_ != "conj":
        return None
    if tok.lower_ in preps:
        pobj = [c for c in tok.children if c.dep_ == "pobj" and _counted_unit(c, units)]
        return tok if pobj else None
    if _counted_unit(tok, units):
        case = [c for c in tok.children if c.dep_ == "case" and c.lower_ in preps]
        return case[0] if case else None
    return None


def _timed_term(tok: Token, units: frozenset[str], preps: frozenset[str]) -> Token | None:
    """The first word of the term a conjunct opened by a time phrase holds: "and in 2020 to
    eight years" (the parser coordinates "in", the term hanging on its year), "y en 2020 a
    ocho años" (it coordinates the year, the term hanging on it)."""
    if tok.dep_ != "conj":
        return None
    hosts = [tok, *(c for c in tok.children if c.dep_ == "pobj")]
    for host in hosts:
        for c in host.children:
            counted = any(g.dep_ == "pobj" and _counted_unit(g, units) for g in c.children)
            if c.dep_ == "prep" and c.lower_ in preps and counted:
                return c
            if c.dep_ in ("nmod", "obl") and _counted_unit(c, units):
                case = [g for g in c.children if g.dep_ == "case" and g.lower_ in preps]
                if case:
                    return case[0]
    return None


def _unit_of(first: Token) -> Token:
    """The unit noun of a term whose first word is `first` ("to" of "to 19 years", "a" of
    "a otros 19 años")."""
    if first.dep_ == "case":
        return first.head
    return next(c for c in first.children if c.dep_ == "pobj")


def _opening_time(first: Token) -> Token | None:
    """The first word of the time phrase a timed term conjunct opens with ("in" of "and in
    2020 to eight years", "en" of "y en 2020 a ocho años"); none when the term opens it."""
    conj = first.head.head if first.dep_ == "case" else first.head
    while conj.dep_ != "conj" and conj.head.i != conj.i and conj.i > first.i - 6:
        conj = conj.head
    if conj.dep_ != "conj" or conj.i > first.i:
        return None
    opener = conj.left_edge
    while opener.dep_ in ("cc", "punct") and opener.i < first.i:
        opener = opener.nbor()
    return opener if opener.i < first.i else None


def _time_span(opener: Token, first: Token) -> tuple[int, int]:
    """The characters of the time phrase from `opener` to the term's `first` word."""
    last = first.doc[first.i - 1]
    return opener.idx, last.idx + len(last.text)


def elided_terms(
    verb: Token, units: frozenset[str], preps: frozenset[str]
) -> list[tuple[Token, Token]]:
    """(first word, unit noun) of each term conjunct after the sentencing verb with no verb
    of its own: each is a further sentencing the verb tells."""
    found = []
    for tok in verb.subtree:
        if tok.i <= verb.i:
            continue
        first = _conjunct_term(tok, units, preps) or _timed_term(tok, units, preps)
        if first is None:
            continue
        noun = _unit_of(first)
        # a conjunct with a verb of its own is a clause the extractor reads by itself
        if any(t.pos_ in ("VERB", "AUX") for t in tok.subtree):
            continue
        found.append((first, noun))
    return found


def with_elided_sentencings(
    doc: Doc,
    events: Sequence[EventMention],
    times: Sequence[TimeExpression],
    published: PublicationDate,
    sentences: Sequence[Sentence],
    units: frozenset[str],
    preps: frozenset[str],
) -> list[EventMention]:
    """The events, each verbal sentencing followed by the sentencings its elided conjuncts
    tell: same parties, the conjunct's own term, dated from the conjunct."""
    out: list[EventMention] = []
    for ev in events:
        out.append(ev)
        if ev.mode not in _SENTENCING_MODES or not sentences:
            continue
        span = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
        if span is None or span.root.pos_ not in ("VERB", "AUX"):
            continue
        for first, noun in elided_terms(span.root, units, preps):
            start, end = first.idx, noun.idx + len(noun.text)
            # dated from its own time phrase when one opens it ("and in 2020 to eight years"),
            # not from its term, a penalty's length, not time elapsed
            opener = _opening_time(first)
            term = doc[first.i + 1 : noun.i + 1].text
            attrs = tuple((n, v) for n, v in ev.attributes if n not in ("term", "charge"))
            out.append(
                replace(
                    ev,
                    trigger=doc_text(doc)[start:end],
                    trigger_start=start,
                    trigger_end=end,
                    date=date_event(
                        ev.sentence,
                        *(_time_span(opener, first) if opener is not None else (start, end)),
                        times,
                        published,
                        sentences,
                        rivals=((ev.trigger_start, ev.trigger_end),),
                    ),
                    attributes=(*attrs, ("term", term), ("elided_of", ev.trigger)),
                    main=False,
                )
            )
    return out
