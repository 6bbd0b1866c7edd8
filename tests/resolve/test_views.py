"""The actor view's custody lines (resolve/views.py), on an episode written here."""

from __future__ import annotations

from rich.console import Console

from chronicler.resolve.views import custody_lines


def test_a_remand_step_shows_its_term() -> None:
    episode = {
        "sources": [{"article_id": "a"}],
        "steps": [
            {"step": "detained", "date": "2022-12-07", "article_ids": ["a"]},
            {"step": "remanded", "date": "2022-12-15", "article_ids": ["a"], "term": "18 months"},
        ],
        "held_at": [],
        "charges": [],
        "brokers": [],
    }
    console = Console(width=100, record=True)
    console.print(custody_lines([episode], {}, {"a": "AP"}))
    text = console.export_text()
    assert "remanded   (18 months)" in text and "detained   [AP]" in text
