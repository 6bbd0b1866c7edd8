from __future__ import annotations

from pathlib import Path

from chronicler.clean.html import extract_html, visible_text

PAGE = (Path(__file__).parents[1] / "data" / "clean" / "page.html").read_text(encoding="utf-8")


def test_extract_html_body_and_metadata() -> None:
    result = extract_html(PAGE)
    assert "reopened to traffic on Monday morning" in result.text
    assert "brought flowers for the workers" in result.text
    assert "School fair" not in result.text
    assert "All rights reserved" not in result.text
    assert result.sitename == "Riverside Herald"
    assert result.date == "2024-05-14"
    assert result.title and result.title.startswith("Bridge reopens after repairs")


def test_extract_html_of_garbage_is_empty() -> None:
    assert extract_html("<html><body></body></html>").text == ""


def test_visible_text_drops_scripts_and_keeps_blocks_on_lines() -> None:
    text = visible_text(PAGE)
    assert "tracking" not in text
    lines = text.splitlines()
    assert "Home" in lines
    assert any(line.startswith("The old river bridge reopened") for line in lines)


def test_postfilter_body_drops_title_copy_and_nags() -> None:
    from chronicler.clean.html import postfilter_body

    text = "Bridge reopens\nThe bridge reopened on Monday.\nSubscribe now for unlimited access"
    out = postfilter_body(text, "Bridge reopens", ("subscription",))
    assert out == "The bridge reopened on Monday."


def test_postfilter_body_drops_teasers_of_other_stories() -> None:
    from chronicler.clean.html import html_options, postfilter_body

    text = (
        "Police laid siege to a university on Monday.\n"
        "SEE MORE: Hong Kong protests: 800 students under siege in university\n"
        "The students were told to come out."
    )
    out = postfilter_body(text, None, html_options().postfilter_families)
    assert out.splitlines() == [
        "Police laid siege to a university on Monday.",
        "The students were told to come out.",
    ]
