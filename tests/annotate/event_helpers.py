"""Helpers for the event tests: run the extractor on a sentence written for a test."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronicler.annotate.events import extract_events
from chronicler.annotate.events_es import extract_events_es
from chronicler.annotate.nlp import LABEL_MAP, parse_texts
from chronicler.model import (
    Article,
    EventMention,
    Mention,
    PublicationDate,
    Sentence,
    TimeExpression,
)

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
Extractor = Callable[..., Any]


def events(  # type: ignore[no-untyped-def]
    nlp,
    text: str,
    published: str | None = "2024-06-10",
    extract: Extractor = extract_events,
    times: tuple[TimeExpression, ...] = (),
) -> tuple[EventMention, ...]:
    """Events of `text` by `extract` (the English stage by default) over the mentions the
    pipeline tags, with its labels mapped as the annotate stage maps them."""
    doc = nlp(text)
    sentences = tuple(
        Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text)
        for i, s in enumerate(doc.sents)
    )
    mentions = tuple(
        Mention(e.start_char, e.end_char, e.text, LABEL_MAP.get(e.label_, e.label_), 0)
        for e in doc.ents
        if LABEL_MAP.get(e.label_, e.label_) in LABELS
    )
    return tuple(extract(doc, mentions, times, sentences, PublicationDate(published, "header")))


def es_events(nlp, text: str, published: str | None = "2024-06-10") -> tuple[EventMention, ...]:  # type: ignore[no-untyped-def]
    """Events of `text` by the Spanish stage (`nlp` a Spanish pipeline)."""
    return events(nlp, text, published, extract=extract_events_es)


def codings(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    """ "TYPE/mode" of each event of the English `text` whose trigger is `trigger`."""
    return [f"{e.type}/{e.mode}" for e in events(nlp, text) if e.trigger.lower() == trigger]


def one(evs: tuple[EventMention, ...], mode: str) -> EventMention:
    found = [e for e in evs if e.mode == mode]
    assert found, f"no {mode} event in {[(e.type, e.mode, e.trigger) for e in evs]}"
    return found[0]


def by_trigger(evs: tuple[EventMention, ...], trigger: str) -> EventMention:
    """The first event whose trigger starts with `trigger` (any case)."""
    found = [e for e in evs if e.trigger.lower().startswith(trigger)]
    assert found, f"no '{trigger}' event in {[(e.type, e.trigger) for e in evs]}"
    return found[0]


def parties(nlp, text: str, trigger: str) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """The actors' and targets' texts of the first English event whose trigger starts with
    `trigger`."""
    event = by_trigger(events(nlp, text), trigger)
    return [a.text for a in event.actors], [t.text for t in event.targets]


def names(participants) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{p.text} {p.phrase or ''}".lower() for p in participants]


def has(participants, word: str) -> bool:  # type: ignore[no-untyped-def]
    return any(word.lower() in n for n in names(participants))


def article(
    text: str, language: str | None = "en", published: PublicationDate | None = None
) -> Article:
    """An article of `text` alone, for tests that run the annotate stage on it."""
    return Article(
        id="t",
        source="t.txt",
        text=text,
        title=None,
        outlet=None,
        wire=None,
        published=published or PublicationDate("2024-06-10", "header", 0.9),
        language=language,
    )


def headline_events(nlp, text: str) -> tuple[EventMention, ...]:  # type: ignore[no-untyped-def]
    """Spanish events of a text parsed as the annotate stage parses it (a headline in
    capitals in sentence case, annotate.truecase)."""
    doc = next(iter(parse_texts(nlp, [text])))
    sentences = tuple(
        Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text)
        for i, s in enumerate(doc.sents)
    )
    return extract_events_es(doc, (), (), sentences, PublicationDate("2024-06-10", "header"))


def check_says(nlp, text: str, word: str, check, rule=None):  # type: ignore[no-untyped-def]
    """What a check of whether a trigger reports an event (events_filters.CHECKS) says of the
    word `word` of `text`, under `rule` (by default the rule that fires on the word), with
    the word's subject as its actor."""
    from chronicler.annotate.events_actors import make_context
    from chronicler.annotate.events_match import match_rule
    from chronicler.annotate.events_vocab import load_vocab

    doc = nlp(text)
    vocab = load_vocab()
    trigger = next(t for t in doc if t.lower_ == word)
    rule = rule or match_rule(trigger, vocab)
    assert rule is not None
    actors = [c for c in trigger.children if c.dep_ == "nsubj"]
    ctx = make_context((), vocab, {trigger.i: rule}, doc)
    return check(trigger, rule, actors, [], ctx)


def parsed_context(nlp, text: str):  # type: ignore[no-untyped-def]
    """The parse of `text` and the context of the English stage over it, every word a rule
    matches a trigger (no mentions), for tests of one argument reader."""
    from chronicler.annotate.events_actors import make_context
    from chronicler.annotate.events_match import match_rule
    from chronicler.annotate.events_vocab import load_vocab

    doc = nlp(text)
    vocab = load_vocab()
    rules = {t.i: r for t in doc if (r := match_rule(t, vocab)) is not None}
    return doc, make_context((), vocab, rules, doc)
