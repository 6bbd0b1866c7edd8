"""HTML pages: body and metadata through trafilatura.

Options are data (data/clean/html.toml). On the article-extraction benchmark's dev slice,
`favor_precision` with comments left out beat trafilatura's defaults (see bench/bench_clean.py).
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from chronicler.settings import data_path

# trafilatura logs every page it finds too short at WARNING: noise for a batch tool.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


@dataclass(frozen=True)
class HtmlExtraction:
    """What trafilatura found in one page; `text` is "" when no body was found."""

    text: str
    title: str | None
    sitename: str | None
    date: str | None
    url: str | None
    language: str | None


@dataclass(frozen=True)
class HtmlOptions:
    favor_precision: bool
    favor_recall: bool
    include_comments: bool
    include_tables: bool
    fallback_to_recall: bool  # retry with favor_recall when the precise pass finds nothing
    postfilter_families: tuple[str, ...]  # plain-text lexicon families cut from the body


@cache
def html_options() -> HtmlOptions:
    with data_path("clean", "html.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    spec = dict(raw["trafilatura"])
    spec["postfilter_families"] = tuple(raw["postfilter"]["families"])
    return HtmlOptions(**spec)


def postfilter_body(text: str, title: str | None, families: tuple[str, ...]) -> str:
    """Drop a leading copy of the title and nag lines trafilatura kept (lexicon families)."""
    from chronicler.clean.boilerplate import line_family, split_lines
    from chronicler.clean.lexicon import boilerplate_lexicon

    lex = boilerplate_lexicon()
    wanted = set(families)
    kept = []
    for line in split_lines(text, lex.stopwords):
        if line.index == 0 and title and line.text == title.strip():
            continue  # the headline is metadata, not body
        if wanted and line_family(line, lex) in wanted:
            continue
        kept.append(line.text)
    return "\n".join(kept)


def _attr(doc: Any, name: str) -> str | None:
    value = getattr(doc, name, None)
    return str(value).strip() or None if value else None


def _extract(html: str, url: str | None, options: HtmlOptions, favor_recall: bool) -> Any:
    import trafilatura  # imported late: it is slow to import and only HTML needs it

    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        favor_precision=options.favor_precision and not favor_recall,
        favor_recall=favor_recall,
        include_comments=options.include_comments,
        include_tables=options.include_tables,
    )


def extract_html(
    html: str, url: str | None = None, options: HtmlOptions | None = None
) -> HtmlExtraction:
    """Main text and metadata of an HTML page (`url` helps trafilatura's site rules)."""
    opts = options or html_options()
    doc = _extract(html, url, opts, opts.favor_recall)
    text = (_attr(doc, "text") or "") if doc is not None else ""
    if not text and opts.fallback_to_recall and not opts.favor_recall:
        retry = _extract(html, url, opts, True)
        if retry is not None and _attr(retry, "text"):
            doc, text = retry, _attr(retry, "text") or ""
    if doc is None:
        return HtmlExtraction(text="", title=None, sitename=None, date=None, url=url, language=None)
    title = _attr(doc, "title")
    return HtmlExtraction(
        text=postfilter_body(text, title, opts.postfilter_families),
        title=title,
        sitename=_attr(doc, "sitename"),
        date=_attr(doc, "date"),
        url=_attr(doc, "url") or url,
        language=_attr(doc, "language"),
    )


# Elements whose text is never shown, and elements that start a new line when rendered.
_HIDDEN = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "blockquote",
    "figure",
    "figcaption",
    "pre",
    "dd",
    "dt",
    "dl",
    "form",
    "main",
    "title",
    "hr",
    "address",
}


def visible_text(html: str) -> str:
    """The page's visible text, one block per line: what a reader (and the cleaner) sees."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return ""
    parts: list[str] = []
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        parts.extend([title.text_content().strip(), "\n"])
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        hidden = tag in _HIDDEN or any(
            isinstance(a.tag, str) and a.tag in _HIDDEN for a in element.iterancestors()
        )
        if tag in _BLOCK:
            parts.append("\n")
        # Comments and processing instructions have a text but show nothing.
        if element.text and not hidden and tag:
            parts.append(element.text)
        # The tail belongs to the parent: hidden only if an ancestor is hidden.
        if element.tail:
            parent_hidden = any(
                isinstance(a.tag, str) and a.tag in _HIDDEN for a in element.iterancestors()
            )
            if not parent_hidden:
                parts.append(("\n" if tag in _BLOCK else "") + element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)
