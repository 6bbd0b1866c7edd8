"""Clean stage: a RawDocument in, an Article (clean body + metadata) out.

Cascade of `clean_document`:
1. body: HTML through trafilatura (`html.extract_html`); plain text through our line
   classifier (`boilerplate.remove_boilerplate`), which also finds the title line;
2. removed spans: what the cleaner cut, with offsets into `Article.input_text` (the decoded
   text for plain text; the page's visible text for HTML);
3. metadata: title (declared, else HTML/text title), outlet (declared, site name, page
   furniture, URL), wire (credits in the body), language (lingua, expected languages only);
4. publication date: `published.find_publication_date` (owned by the dates stage);
5. id: sha256 of the normalised body.
"""

from __future__ import annotations

from chronicler.clean.boilerplate import remove_boilerplate, word_key
from chronicler.clean.html import extract_html, visible_text
from chronicler.clean.metadata import content_id, detect_language, find_outlet, find_wire
from chronicler.clean.published import find_publication_date
from chronicler.model import Article, RawDocument, RemovedSpan
from chronicler.settings import data_versions

# The code's number is bumped with a change in how the lexicons are used; the lexicons of
# data/clean/ name their own versions.
CLEAN_VERSION = (
    f"clean-3({data_versions('clean', ('boilerplate', 'html', 'metadata', 'stopwords'))})"
)

__all__ = ["clean_document", "clean_html", "clean_text"]


def html_removed_spans(input_text: str, body: str) -> tuple[RemovedSpan, ...]:
    """Lines of the page's visible text that did not make it into the body."""
    body_key = f" {word_key(body)} "
    spans: list[RemovedSpan] = []
    pos = 0
    for line in input_text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            key = word_key(stripped)
            if key and f" {key} " not in body_key:
                start = pos + line.index(stripped[0])
                spans.append(
                    RemovedSpan(
                        start=start, end=start + len(stripped), text=stripped, reason="html"
                    )
                )
        pos += len(line)
    return tuple(spans)


def clean_text(raw: RawDocument) -> Article:
    """Plain text: our own boilerplate remover, then metadata from the text itself."""
    text = raw.payload
    result = remove_boilerplate(text)
    furniture = [span.text for span in result.removed]
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), None)
    title = raw.declared.title or result.title
    return _article(
        raw,
        input_text=text,
        body=result.body,
        title=title,
        outlet=find_outlet(
            furniture, first_line, result.title, declared=raw.declared.outlet, url=raw.declared.url
        ),
        removed=result.removed,
        meta_date=None,
    )


def clean_html(raw: RawDocument) -> Article:
    """HTML: trafilatura's body and metadata; removed spans are lines of the visible text."""
    extraction = extract_html(raw.payload, url=raw.declared.url)
    text = visible_text(raw.payload)
    removed = html_removed_spans(text, extraction.text)
    furniture = [span.text for span in removed]
    first_line = next((line for line in text.splitlines() if line.strip()), None)
    return _article(
        raw,
        input_text=text,
        body=extraction.text,
        title=raw.declared.title or extraction.title,
        outlet=find_outlet(
            furniture,
            first_line,
            extraction.title,
            declared=raw.declared.outlet,
            sitename=extraction.sitename,
            url=raw.declared.url or extraction.url,
        ),
        removed=removed,
        meta_date=extraction.date,
        url=extraction.url,
    )


def _article(
    raw: RawDocument,
    *,
    input_text: str,
    body: str,
    title: str | None,
    outlet: str | None,
    removed: tuple[RemovedSpan, ...],
    meta_date: str | None,
    url: str | None = None,
) -> Article:
    return Article(
        id=content_id(body),
        source=raw.source,
        text=body,
        title=title,
        outlet=outlet,
        wire=find_wire(body),
        published=find_publication_date(input_text, body, raw.declared, meta_date),
        language=detect_language(body),
        source_id=raw.declared.source_id,
        url=raw.declared.url or url,
        removed=removed,
        input_text=input_text,
    )


def clean_document(raw: RawDocument) -> Article:
    """Clean one raw document into an Article (see the module docstring for the cascade)."""
    if raw.kind == "html":
        return clean_html(raw)
    return clean_text(raw)
