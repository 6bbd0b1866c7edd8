"""Helpers for the event tests: run the extractor on a sentence written for a test."""

from __future__ import annotations

from chronicler.annotate.events import extract_events
from chronicler.model import EventMention, Mention, PublicationDate, Sentence

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def events(nlp, text: str, published: str | None = "2024-06-10") -> tuple[EventMention, ...]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    sentences = tuple(
        Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text)
        for i, s in enumerate(doc.sents)
    )
    mentions = tuple(
        Mention(e.start_char, e.end_char, e.text, e.label_, 0)
        for e in doc.ents
        if e.label_ in LABELS
    )
    return extract_events(doc, mentions, (), sentences, PublicationDate(published, "header"))


def one(evs: tuple[EventMention, ...], mode: str) -> EventMention:
    found = [e for e in evs if e.mode == mode]
    assert found, f"no {mode} event in {[(e.type, e.mode, e.trigger) for e in evs]}"
    return found[0]


def names(participants) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{p.text} {p.phrase or ''}".lower() for p in participants]


def has(participants, word: str) -> bool:  # type: ignore[no-untyped-def]
    return any(word.lower() in n for n in names(participants))
