from __future__ import annotations

from pathlib import Path

import pytest

from chronicler.clean import clean_document
from chronicler.model import DeclaredMetadata, RawDocument

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data" / "clean"


def test_clean_document_text() -> None:
    raw = RawDocument(
        source="article_en.txt",
        payload=(DATA / "article_en.txt").read_text(encoding="utf-8"),
        kind="text",
    )
    article = clean_document(raw)
    assert article.title == "Harbour city council approves new flood defences"
    assert article.outlet == "Coastline Daily"
    assert article.wire == "AP"
    assert article.language == "en"
    assert article.input_text == raw.payload
    assert article.text.startswith("PORTVILLE (AP)")
    assert len(article.id) == 64
    for span in article.removed:
        assert article.input_text[span.start : span.end] == span.text


def test_clean_document_html_uses_page_metadata() -> None:
    raw = RawDocument(
        source="page.html",
        payload=(DATA / "page.html").read_text(encoding="utf-8"),
        kind="html",
        declared=DeclaredMetadata(url="https://riverside.example/bridge"),
    )
    article = clean_document(raw)
    assert "reopened to traffic" in article.text
    assert article.outlet == "Riverside Herald"
    assert article.published.value == "2024-05-14"
    assert article.url == "https://riverside.example/bridge"
    assert any(span.text == "School fair this weekend" for span in article.removed)
    for span in article.removed:
        assert article.input_text[span.start : span.end] == span.text


def test_clean_document_declared_metadata_wins() -> None:
    raw = RawDocument(
        source="x.jsonl#1",
        payload=(DATA / "article_es.txt").read_text(encoding="utf-8"),
        kind="text",
        declared=DeclaredMetadata(title="Liberan presos", outlet="Diario X", source_id="r1"),
    )
    article = clean_document(raw)
    assert (article.title, article.outlet, article.source_id) == (
        "Liberan presos",
        "Diario X",
        "r1",
    )
    assert article.language == "es"
    assert article.wire == "EFE"


def test_same_body_same_id() -> None:
    text = (DATA / "article_es.txt").read_text(encoding="utf-8")
    a = clean_document(RawDocument(source="a", payload=text, kind="text"))
    b = clean_document(RawDocument(source="b", payload="\n\n" + text + "\n", kind="text"))
    assert a.id == b.id


EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
NAG_FAMILIES = {"subscription", "newsletter", "terms"}
BOILERPLATE_MARKERS = [
    "suscripción",
    "Most viewed",
    "Últimas noticias",
    "Terms of Use",
    "Subscribe to",
    "Sign up for",
    "©",
    "Share this story",
    "Photo: Reuters",
    "Archived In",
    "newsletter",
    "A A A",
    "Back issues",
]


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_examples_lose_boilerplate_and_keep_paragraphs(path: Path) -> None:
    raw_text = path.read_text(encoding="utf-8")
    article = clean_document(RawDocument(source=str(path), payload=raw_text, kind="text"))
    for marker in BOILERPLATE_MARKERS:
        assert marker not in article.text, marker
    # Every long prose paragraph survives unless a lexicon family (a nag) removed it.
    reasons = {span.text: span.reason for span in article.removed}
    for line in (line.strip() for line in raw_text.splitlines()):
        if len(line.split()) >= 25 and line.endswith((".", '"', "”")):
            assert line in article.text or reasons.get(line) in NAG_FAMILIES, line
    assert article.outlet is not None
    assert article.language == "en"
