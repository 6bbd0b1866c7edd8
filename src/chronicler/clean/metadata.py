"""Article metadata from the text itself: wire service, outlet, language, content id.

Each finder is a small pure function over strings; `data/clean/metadata.toml` holds the
wire patterns, outlet names and domains. The body is where a wire credits itself
("MIAMI (AP) —", "(Bloomberg) --", a closing "(AFP)"); the page furniture around it
(header, copyright line, nags) is where an outlet names itself. A name in the body
("told AFP", "Photo: Reuters") is a source or a photo credit, not the wire or the outlet.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from chronicler.clean.lexicon import MetadataLexicon, metadata_lexicon

_SPACE = re.compile(r"\s+")
# "© 2019 Reuters. All Rights Reserved.", "©2023 Bloomberg L.P.", "Copyright 2024 The Outlet"
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w&.'’ -]{1,60}?)\s*(?:L\.P\.|Inc\.?|LLC|Ltd\.?|S\.A\.?|,|\.|"
    r"\ball rights\b|\btodos los\b|$)",
    re.IGNORECASE,
)
_TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*$")
_TITLE_SUFFIX = re.compile(r"^(?P<title>.{10,}?)\s+[-|–—]\s+(?P<name>[^-|–—]{2,40})$")
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_LETTER = re.compile(r"[^\W\d_]")


def content_id(body: str) -> str:
    """sha256 hex of the body normalised (NFC, whitespace collapsed, casefolded)."""
    normal = _SPACE.sub(" ", unicodedata.normalize("NFC", body)).strip().casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def find_wire(body: str, lexicon: MetadataLexicon | None = None) -> str | None:
    """The wire service credited in the body's opening or closing lines, if any."""
    lex = lexicon or metadata_lexicon()
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    # Datelines open a story, sign-offs close it: look at both ends only.
    window = lines[:3] + lines[-3:]
    for line in window:
        cleaned = lex.not_wire.sub(" ", line)
        for wire in lex.wires:
            if wire.pattern.search(cleaned):
                return wire.name
    return None


def _known_outlet(texts: Iterable[str], lex: MetadataLexicon) -> str | None:
    counts: dict[str, int] = {}
    for text in texts:
        for name, pattern in lex.outlets:
            if pattern.search(text):
                counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None


def outlet_from_copyright(lines: Iterable[str]) -> str | None:
    for line in lines:
        if len(line) > 200:
            continue
        match = _COPYRIGHT.search(line)
        if match:
            # "© EFE 2023.": the year may follow the name
            name = _TRAILING_YEAR.sub("", match.group("name")).strip(" .,-")
            if name and not name[0].isdigit() and len(name.split()) <= 6:
                return name
    return None


def outlet_from_title_suffix(first_line: str | None, title: str | None) -> str | None:
    """ "Headline - RTHK": the suffix after the headline the page shows elsewhere."""
    if not first_line:
        return None
    match = _TITLE_SUFFIX.match(first_line.strip())
    if not match:
        return None
    name = match.group("name").strip()
    if len(name.split()) > 5:
        return None
    if title and _fold(match.group("title")) != _fold(title):
        return None
    return name


def outlet_from_doubled_header(lines: Iterable[str]) -> str | None:
    """A masthead rendered twice on one line ("Courthouse News Service Courthouse News Service")."""
    for line in lines:
        words = line.split()
        half = len(words) // 2
        if 2 <= half <= 6 and len(words) % 2 == 0 and words[:half] == words[half:]:
            return " ".join(words[:half])
    return None


def outlet_from_url(url: str | None, lexicon: MetadataLexicon | None = None) -> str | None:
    if not url:
        return None
    lex = lexicon or metadata_lexicon()
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    host = host.removeprefix("www.")
    if not host:
        return None
    parts = host.split(".")
    for k in range(len(parts) - 1):
        candidate = ".".join(parts[k:])
        if candidate in lex.domains:
            return lex.domains[candidate]
    return host


def find_outlet(
    furniture: list[str],
    first_line: str | None,
    title: str | None,
    declared: str | None = None,
    sitename: str | None = None,
    url: str | None = None,
    lexicon: MetadataLexicon | None = None,
) -> str | None:
    """Outlet name from declared metadata, the page furniture, or the URL; else None. A
    platform's word standing where the outlet's name should ("Hosted") is passed over.

    `furniture` is every line that is not body (header, footer, nags, copyright).
    """
    lex = lexicon or metadata_lexicon()
    candidates = _outlet_candidates(furniture, first_line, title, declared, sitename, url, lex)
    generic = lex.generic_names
    return next((c for c in candidates if c and c.strip().casefold() not in generic), None)


def _outlet_candidates(
    furniture: list[str],
    first_line: str | None,
    title: str | None,
    declared: str | None,
    sitename: str | None,
    url: str | None,
    lex: MetadataLexicon,
) -> Iterator[str | None]:
    """The outlet names the page offers, most trusted first, each read only when asked for."""
    yield declared
    yield sitename
    yield outlet_from_title_suffix(first_line, title)
    yield _known_outlet(furniture, lex)
    yield outlet_from_copyright(furniture)
    yield outlet_from_doubled_header(furniture[:10])
    yield outlet_from_url(url, lex)


@cache
def _detector(languages: tuple[str, ...]) -> Any:
    from lingua import Language, LanguageDetectorBuilder

    chosen = [getattr(Language, name) for name in languages]
    return (
        LanguageDetectorBuilder.from_languages(*chosen).with_minimum_relative_distance(0.1).build()
    )


def detect_language(text: str, lexicon: MetadataLexicon | None = None) -> str | None:
    """ISO 639-1 code among the expected languages, or None (non-Latin script, too unsure)."""
    lex = lexicon or metadata_lexicon()
    sample = text[:3000]
    letters = _LETTER.findall(sample)
    if len(letters) < 20 or sum(1 for c in letters if _LATIN.match(c)) < 0.7 * len(letters):
        return None
    language = _detector(lex.languages).detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language is not None else None


def _fold(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()
