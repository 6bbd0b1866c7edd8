"""The text of a parsed Doc, built once per Doc."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "chronicler_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, cached: spaCy joins every token anew on each access, which made event
    extraction quadratic in the article's length."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return str(text)
