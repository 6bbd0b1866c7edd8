"""A sentencing told twice with its verb said once: "He was sentenced to nine years in 2022
and to 19 years in August 2023", "fue condenado a nueve años ... y, en agosto de 2023, a otros
19 años". The second conjunct is a sentencing of its own, with its own term and date. Words
are data: `term_units` and `term_preps` in each language's vocabulary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

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


def elided_terms(
    verb: Token, units: frozenset[str], preps: frozenset[str]
) -> list[tuple[Token, Token]]:
    """(first word, unit noun) of each term conjunct after the sentencing verb with no verb
    of its own: each is a further sentencing the verb tells."""
    found = []
    for tok in verb.subtree:
        if tok.i <= verb.i:
            continue
        first = _conjunct_term(tok, units, preps)
        if first is None:
            continue
        noun = (
            tok
            if tok.lemma_.lower() in units
            else next(c for c in tok.children if c.dep_ == "pobj")
        )
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
            term = doc[first.i + 1 : noun.i + 1].text
            attrs = tuple((n, v) for n, v in ev.attributes if n not in ("term", "charge"))
            out.append(
                replace(
                    ev,
                    trigger=doc.text[start:end],
                    trigger_start=start,
                    trigger_end=end,
                    date=date_event(
                        ev.sentence,
                        start,
                        end,
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
