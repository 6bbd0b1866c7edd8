"""Publication date of an article: candidates from metadata, dateline, header,
copyright line and URL, checked against what the text says about itself."""

from __future__ import annotations

from chronicler.model import DeclaredMetadata, PublicationDate


def find_publication_date(
    input_text: str, body: str, declared: DeclaredMetadata, meta_date: str | None = None
) -> PublicationDate:
    """Placeholder until the dates stage lands: trusts declared metadata only."""
    date = declared.date or meta_date
    if date:
        return PublicationDate(value=date[:10], basis="metadata", confidence=0.9)
    return PublicationDate(value=None, basis="unknown", confidence=0.0)
