from __future__ import annotations

from pathlib import Path

import pytest

from chronicler.clean.boilerplate import remove_boilerplate

DATA = Path(__file__).parents[1] / "data" / "clean"

BODY_EN = [
    "PORTVILLE (AP) — The city council voted on Tuesday",
    "Council members argued for most of the evening",
    '"We have waited long enough',
    "Engineers told the council that the wall",
    "Residents who attended the meeting said",
    "The work is expected to begin in the spring",
]


@pytest.fixture(scope="module")
def english() -> tuple[str, object]:
    text = (DATA / "article_en.txt").read_text(encoding="utf-8")
    return text, remove_boilerplate(text)


def test_remove_boilerplate_keeps_every_body_line(english) -> None:
    _, result = english
    for start in BODY_EN:
        assert start in result.body, start
    assert result.body.count("\n\n") == len(BODY_EN) - 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this story facebook", "share"),
        ("Advertisement", "advertisement"),
        ("Sign up for our free morning newsletter", "subscription"),
        ("Photo: Reuters", "caption"),
        ("Tu suscripción se está usando en otro dispositivo", "subscription"),
        ("Most viewed", "most-viewed"),
        ("- Ten places to eat fresh fish in the old town", "most-viewed"),
        ("Terms of Use | Privacy Policy", "nav"),
        ("© 2025 Coastline Daily. All rights reserved.", "terms"),
        ("By Maria Ellison", "byline"),
        ("Home", "nav"),
    ],
)
def test_remove_boilerplate_removes_each_family(english, line: str, reason: str) -> None:
    _, result = english
    assert line not in result.body
    reasons = {span.text: span.reason for span in result.removed}
    matches = [r for text, r in reasons.items() if text.startswith(line)]
    assert matches == [reason]


def test_remove_boilerplate_finds_title_not_body(english) -> None:
    _, result = english
    assert result.title == "Harbour city council approves new flood defences"
    assert "flood defences" not in result.body


def test_removed_offsets_point_into_input(english) -> None:
    text, result = english
    assert result.removed
    for span in result.removed:
        assert text[span.start : span.end] == span.text


def test_remove_boilerplate_spanish_nags_in_spanish_article() -> None:
    text = (DATA / "article_es.txt").read_text(encoding="utf-8")
    result = remove_boilerplate(text)
    assert "presos políticos" in result.body
    assert "Según las organizaciones" in result.body
    assert "Suscríbete" not in result.body
    assert "Lo más visto" not in result.body


def test_body_paragraph_mentioning_subscriptions_is_kept() -> None:
    line = (
        "The company said its subscription revenue grew last year, and that readers who "
        "sign up for the new service will be able to cancel at any time without paying a fee."
    )
    text = "Headline about revenue\n\n" + line + "\n\n" + line.replace("company", "firm") + "\n"
    assert line in remove_boilerplate(text).body


def test_empty_and_blank_text() -> None:
    assert remove_boilerplate("").body == ""
    assert remove_boilerplate("\n\n  \n").removed == ()


@pytest.mark.slow
def test_remove_boilerplate_handles_5mb() -> None:
    text = (DATA / "article_en.txt").read_text(encoding="utf-8")
    big = (text + "\n") * (5_000_000 // len(text) + 1)
    result = remove_boilerplate(big)
    assert "PORTVILLE (AP)" in result.body
