from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest

from chronicler.model import (
    Annotation,
    Article,
    EventDate,
    EventMention,
    Mention,
    Participant,
    ProcessedArticle,
    PublicationDate,
    Sentence,
)


def _make_article(
    text: str,
    people: list[str] = (),  # type: ignore[assignment]
    events: list[tuple[str, str, str, str | None]] = (),  # type: ignore[assignment]
    title: str | None = None,
    published: str | None = "2024-06-22",
    language: str = "en",
) -> ProcessedArticle:
    """An article with hand-made annotation: PERSON mentions for `people` (every occurrence),
    and events (type, mode, target surface, date) anchored on the target's first occurrence."""
    article_id = hashlib.sha256(text.encode()).hexdigest()
    mentions = []
    for name in people:
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name, "PERSON", 0))
            start = text.find(name, start + len(name))
    mentions.sort(key=lambda m: m.start)
    event_mentions = []
    for type_, mode, target, date in events:
        at = text.find(target)
        event_mentions.append(
            EventMention(
                type=type_,
                mode=mode,
                cameo=None,
                trigger=mode,
                trigger_start=at,
                trigger_end=at + 1,
                sentence=0,
                sentence_start=0,
                sentence_end=len(text),
                targets=(Participant(target, at, at + len(target), label="PERSON"),),
                date=EventDate(date, "sentence", "exact"),
            )
        )
    article = Article(
        id=article_id,
        source=f"{article_id[:8]}.txt",
        text=text,
        title=title,
        outlet=None,
        wire=None,
        published=PublicationDate(published, "dateline", 1.0),
        language=language,
        input_text=text,
    )
    annotation = Annotation(
        article_id,
        (Sentence(0, 0, len(text), text),),
        tuple(mentions),
        (),
        tuple(event_mentions),
    )
    return ProcessedArticle(article, annotation)


@pytest.fixture
def make_article() -> Callable[..., ProcessedArticle]:
    return _make_article
