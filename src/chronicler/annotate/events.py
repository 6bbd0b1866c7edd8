"""Events: who did what to whom, when and where, typed in PLOVER, with evidence.

Cascade, per article (pure, given the parsed Doc):
  1. match triggers: each token against the vocabulary rules (data/events/vocab.toml);
  2. drop triggers that another absorbs ("lifted the curfew": one event, not two) and
     statements of intent whose announced event is itself a trigger ("plans to free": the
     release is kept, flagged future, with an `intent` attribute);
  3. per trigger: actors/targets from the dependency parse (events_args), negation /
     future / hypothetical flags (events_modality), location, charges, held_at, brokers
     (events_attrs), date (event_dates.date_event);
  4. mark each sentence's main event (the trigger closest to the parse root).
`plover_coding` turns an event into the single PLOVER category an event coder would assign
to its sentence (statements of intent become AGREE/THREATEN, per the PLOVER manual).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_args import argument_heads, expand, make_context, participant
from chronicler.annotate.events_args import phrase_tokens as _phrase_tokens
from chronicler.annotate.events_attrs import brokered, charges, held_at, location, term
from chronicler.annotate.events_match import match_rule, object_of, phrase_text
from chronicler.annotate.events_modality import modality
from chronicler.annotate.events_vocab import COOPERATIVE_TYPES, Rule, Vocab, load_vocab
from chronicler.model import (
    EventDate,
    EventMention,
    Mention,
    Participant,
    PublicationDate,
    Sentence,
    TimeExpression,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

try:  # the dates engineer's module; fall back to the article date if it is missing
    from chronicler.annotate.event_dates import date_event as _date_event
except ImportError:  # pragma: no cover - only while event_dates is being written
    _date_event = None

EVENTS_VOCAB_VERSION: str = load_vocab().version

# Intent verbs that always code as THREATEN, whatever they announce.
_THREAT_INTENTS = frozenset({"threaten", "warn"})
_VERBAL_CONFLICT = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "acl", "advcl"})


def _article_date(published: PublicationDate) -> EventDate:
    if published.value is None:
        return EventDate(value=None, basis="unknown", certainty="inferred")
    return EventDate(value=published.value, basis="article", certainty="approximate",
                     granularity={10: "day", 7: "month", 4: "year"}.get(len(published.value)))


def _date(
    sentence: int, start: int, end: int, times: Sequence[TimeExpression],
    published: PublicationDate, sentences: Sequence[Sentence],
) -> EventDate:
    if _date_event is None:
        return _article_date(published)
    return _date_event(sentence, start, end, times, published, sentences)


def _depth(token: Token) -> int:
    depth = 0
    while token.head is not token and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _embedded(token: Token, matches: dict[int, Rule]) -> list[Token]:
    """Triggers a statement of intent announces: "agreed to release", "willing to send"."""
    out = []
    for child in token.children:
        if child.dep_ in _EMBED_DEPS and child.dep_ != "advcl":
            for tok in expand([child]):
                if tok.i in matches and tok.i != token.i:
                    out.append(tok)
    return out


def _select(doc: Doc, vocab: Vocab) -> tuple[dict[int, Rule], dict[int, Token]]:
    """Triggers to report, and for each announced trigger the intent word announcing it."""
    matches = {t.i: rule for t in doc if (rule := match_rule(t, vocab)) is not None}
    dropped: set[int] = set()
    intent_of: dict[int, Token] = {}
    for i, rule in matches.items():
        tok = doc[i]
        if rule.absorb:
            obj = object_of(tok)
            if obj is not None:
                dropped.update(o.i for o in expand([obj]) if o.i in matches and o.i != i)
        if rule.intent:
            inner = _embedded(tok, matches)
            if inner:
                dropped.add(i)
                for e in inner:
                    intent_of.setdefault(e.i, tok)
    return {i: r for i, r in matches.items() if i not in dropped}, intent_of


def _participants(
    heads: list[Token], ctx: object, floor: int
) -> tuple[list[Participant], list[tuple[int, int]]]:
    out: list[Participant] = []
    spans: list[tuple[int, int]] = []
    for head in expand(heads):
        p, eff = participant(head, ctx, floor)  # type: ignore[arg-type]
        if any(q.start == p.start and q.end == p.end for q in out):
            continue
        out.append(p)
        toks = _phrase_tokens(eff)
        spans.append((toks[0].idx, toks[-1].idx + len(toks[-1])))
    return out, spans


def extract_events(
    doc: Doc,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    sentences: Sequence[Sentence],
    published: PublicationDate,
) -> tuple[EventMention, ...]:
    """Event mentions of one article, in text order."""
    vocab = load_vocab()
    triggers, intent_of = _select(doc, vocab)
    ctx = make_context(mentions, vocab, triggers.keys(), doc)
    starts = [s.start for s in sentences]
    events: list[tuple[int, int, EventMention]] = []  # (spacy sentence start, depth, event)
    for i, rule in sorted(triggers.items()):
        tok = doc[i]
        s_idx = max(bisect.bisect_right(starts, tok.idx) - 1, 0) if sentences else -1
        sentence = sentences[s_idx] if sentences else None
        floor = sentences[max(s_idx - 3, 0)].start if sentences else 0
        actor_heads, target_heads = argument_heads(tok, rule, ctx)
        intent_tok = intent_of.get(i)
        if not actor_heads and intent_tok is not None:  # "X agreed to release": X releases
            actor_heads = argument_heads(intent_tok, rule, ctx)[0]
        actors, a_spans = _participants(actor_heads, ctx, floor)
        targets, t_spans = _participants(
            [h for h in target_heads if h not in actor_heads], ctx, floor
        )
        flags = modality(tok, vocab.modality)
        attrs: list[tuple[str, str]] = [("rule", rule.id)]
        intent = intent_tok.lemma_.lower() if intent_tok is not None else flags.intent
        if intent:
            attrs.append(("intent", intent))
        if flags.modal:
            attrs.append(("modal", flags.modal))
        attrs += [("charge", c) for c in charges(tok, rule, ctx)]
        attrs += [("held_at", h) for h in held_at(tok, rule, ctx)]
        broker = brokered(tok, rule, ctx)
        if broker:
            attrs.append(("broker_of", broker))
        length = term(tok, rule)
        if length:
            attrs.append(("term", length))
        attrs += [("actor_count", p.count) for p in actors if p.count]
        attrs += [("target_count", p.count) for p in targets if p.count]
        start, end = phrase_text(tok, rule)
        anchor = intent_tok if intent_tok is not None else tok
        events.append((
            tok.sent.start,
            _depth(anchor) + (0 if tok.pos_ == "VERB" else 1),
            EventMention(
                type=rule.type,
                mode=rule.mode,
                cameo=rule.cameo,
                trigger=doc.text[start:end],
                trigger_start=start,
                trigger_end=end,
                sentence=sentence.index if sentence else -1,
                sentence_start=sentence.start if sentence else tok.sent.start_char,
                sentence_end=sentence.end if sentence else tok.sent.end_char,
                actors=tuple(actors),
                targets=tuple(targets),
                location=location(tok, ctx, a_spans + t_spans),
                date=_date(s_idx, start, end, times, published, sentences)
                if sentences else _article_date(published),
                negated=flags.negated,
                hypothetical=flags.hypothetical,
                future=flags.future or intent is not None,
                attributes=tuple(attrs),
            ),
        ))
    return tuple(_mark_main(events))


def _mark_main(events: list[tuple[int, int, EventMention]]) -> list[EventMention]:
    best: dict[int, tuple[int, int]] = {}
    for n, (sent, depth, _) in enumerate(events):
        if sent not in best or depth < best[sent][0]:
            best[sent] = (depth, n)
    mains = {n for _, n in best.values()}
    out = []
    for n, (_, _, ev) in enumerate(events):
        if n in mains:
            ev = EventMention(**{**ev.__dict__, "main": True})
        out.append(ev)
    return out


def is_factual(event: EventMention) -> bool:
    """A reported event that happened: not negated, hypothetical or announced for later."""
    return not (event.negated or event.hypothetical or event.future)


def plover_coding(event: EventMention) -> str:
    """The PLOVER category a coder assigns to the sentence when this is its main event:
    announced cooperation is AGREE, announced conflict THREATEN (manual, Sec. 2.3), an
    obligation put on someone else REQUEST, refused cooperation REJECT."""
    attrs = dict(event.attributes)
    intent = attrs.get("intent")
    if event.type == "THREATEN" or intent in _THREAT_INTENTS:
        return "THREATEN"
    if event.negated and event.type in COOPERATIVE_TYPES:
        return "REJECT"
    if intent or (event.future and event.type not in _VERBAL_CONFLICT):
        if event.type in _VERBAL_CONFLICT:
            return event.type
        return "AGREE" if event.type in COOPERATIVE_TYPES else "THREATEN"
    if attrs.get("modal") in ("must", "should", "ought") and event.type not in _VERBAL_CONFLICT:
        return "REQUEST"
    return event.type
