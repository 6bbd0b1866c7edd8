"""A past progressive goes on at the time of the act it frames: a "when" clause on it or, in a
relative clause on a subject, the main verb that subject does (events vocabulary 1.265.0).
Sentences written here."""

from __future__ import annotations

import pytest

from chronicler.annotate.nlp import annotate_doc
from chronicler.model import Article, PublicationDate

pytestmark = pytest.mark.slow

PUBLISHED = PublicationDate("2024-06-10", "metadata", 0.9)


def _dates(nlp, text: str, mode: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    article = Article("t", "test", text, None, None, None, PUBLISHED, "en")
    events = annotate_doc(article, nlp(text)).events
    return [(e.date.value, e.date.granularity) for e in events if e.mode == mode]


@pytest.mark.parametrize(
    "text",
    [
        "Smith, who was serving a 15-year sentence, escaped in 2019.",
        "Smith was serving a 15-year sentence when he escaped in 2019.",
        "Smith had been serving a 15-year sentence when he escaped in 2019.",
    ],
)
def test_the_escape_and_the_serving_it_ended_take_the_escape_year(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _dates(nlp, text, "flee") == [("2019", "year")]
    assert _dates(nlp, text, "imprison") == [("2019", "year")]


def test_a_progressive_framing_no_dated_act_stays_as_of_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Whelan, who was detained in December 2018, was serving a 16-year sentence."
    assert _dates(nlp, text, "imprison") == [("2024-06-10", "day")]
    assert _dates(nlp, "Smith, who was serving a life sentence, escaped.", "imprison") == [
        ("2024-06-10", "day")
    ]
