"""Text folding and tokenising shared by the resolve modules: pure, language-agnostic."""

from __future__ import annotations

import re

from chronicler.folding import strip_accents

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_SPACE = re.compile(r"\s+")

# Function words of English and Spanish: they carry no story identity. Kept short on purpose;
# IDF weighting does the rest.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "more",
        "not",
        "of",
        "on",
        "or",
        "our",
        "she",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "also",
        "after",
        "about",
        "over",
        "said",
        "says",
        "say",
        "could",
        "can",
        "may",
        "might",
        "just",
        "one",
        "two",
        "its",
        "it's",
        "did",
        "does",
        "do",
        "up",
        "out",
        "new",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "unos",
        "unas",
        "y",
        "o",
        "de",
        "del",
        "al",
        "en",
        "por",
        "para",
        "con",
        "sin",
        "sobre",
        "que",
        "se",
        "su",
        "sus",
        "es",
        "son",
        "fue",
        "fueron",
        "ha",
        "han",
        "como",
        "más",
        "pero",
        "lo",
        "le",
        "les",
        "este",
        "esta",
        "estos",
        "estas",
        "ese",
        "esa",
        "eso",
        "entre",
        "ya",
        "muy",
        "desde",
        "hasta",
        "cuando",
        "donde",
        "quien",
        "también",
        "según",
        "tras",
    ]
)


def fold(text: str) -> str:
    """Lower case, accents removed, curly quotes straightened, whitespace collapsed."""
    text = text.replace("’", "'").replace("‘", "'")
    stripped = strip_accents(text)
    return _SPACE.sub(" ", stripped).strip().lower()


def words(text: str) -> list[str]:
    """Folded word tokens."""
    return _WORD.findall(fold(text))


def content_words(text: str) -> list[str]:
    """Folded tokens that may carry meaning: no stop words, no one-letter tokens."""
    out = []
    for w in words(text):
        w = w.strip("'.-")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) > 1 and w not in STOPWORDS:
            out.append(w)
    return out


def stem(word: str, drop_e: bool = False) -> str:
    """A crude suffix stripper so that "released"/"releases"/"release" share a term."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    # for trigger lemmas a final silent e goes too, so "release" meets "releas(ed|es|ing)";
    # story terms keep it (their threshold was tuned without it)
    return word[:-1] if drop_e and len(word) > 4 and word.endswith("e") else word
