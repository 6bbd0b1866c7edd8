"""Readers: files and containers on disk -> RawDocument records, or IngestFailure with a reason.

Readers stream: a JSONL dump or a WARC crawl is read record by record, and one bad record
never stops the rest of the file, nor one bad file the rest of the batch.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from chronicler.model import DeclaredMetadata, IngestFailure, PayloadKind, RawDocument

TEXT_SUFFIXES = (".txt", ".text", ".txt.gz")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES

ReadResult = RawDocument | IngestFailure


class UnreadableText(ValueError):
    """Bytes that are not article text; the message is the reason shown to the user."""


@dataclass(frozen=True)
class SkippedFile:
    """A file inside a given folder that is of no type we read (notes, images, PDFs)."""

    path: Path
    suffix: str


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | IngestFailure | SkippedFile]:
    """Expand folders (recursively, sorted for a stable order) into supported files; the
    others are reported as skipped, hidden files (".DS_Store") not at all."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or child.name.startswith("."):
                    continue
                suffix = _suffix_of(child)
                yield child if suffix in SUPPORTED_SUFFIXES else SkippedFile(child, suffix)
        elif path.is_file():
            yield path
        else:
            yield IngestFailure(str(path), "no such file or folder")


def read_paths(paths: Iterable[str | Path], max_bytes: int) -> Iterator[ReadResult]:
    for item in iter_paths(paths):
        if isinstance(item, IngestFailure):
            yield item
        elif isinstance(item, Path):
            yield from read_file(item, max_bytes)


def read_file(path: Path, max_bytes: int) -> Iterator[ReadResult]:
    suffix = _suffix_of(path)
    source = str(path)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, max_bytes)
        elif suffix in WARC_SUFFIXES:
            yield from _read_warc(path, max_bytes)
        elif suffix in HTML_SUFFIXES or suffix in TEXT_SUFFIXES:
            yield _read_single(path, max_bytes, "html" if suffix in HTML_SUFFIXES else "text")
        else:
            yield IngestFailure(source, f"unsupported file type {suffix or '(none)'!r}")
    except OSError as exc:
        yield IngestFailure(source, f"cannot read file: {exc.strerror or exc}")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding) or raises UnreadableText.

    UTF-8 first; Windows-1252 (common for older news exports) only when it decodes
    strictly and the result looks like text.
    """
    if not data.strip():
        raise UnreadableText("empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableText("binary content (NUL bytes), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _check_textlike(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as exc:
            raise UnreadableText(f"invalid UTF-16 at byte {exc.start}") from exc
    try:
        return _check_textlike(data.decode("utf-8-sig")), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return _check_textlike(data.decode("cp1252")), "cp1252"
        except UnicodeDecodeError:
            raise UnreadableText(
                f"not UTF-8 (invalid byte at offset {utf8_error.start}) nor Windows-1252 text"
            ) from utf8_error


def _check_textlike(text: str) -> str:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if sample and controls / len(sample) > 0.01:
        raise UnreadableText("binary content (control characters), not text")
    if not text.strip():
        raise UnreadableText("empty file")
    return text


def sniff_kind(text: str, declared: PayloadKind) -> PayloadKind:
    """A .txt that is really an HTML page is read as HTML."""
    head = text[:1000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return declared


def _read_single(path: Path, max_bytes: int, kind: PayloadKind) -> ReadResult:
    size = path.stat().st_size
    if size > max_bytes:
        return IngestFailure(str(path), _too_big(size, max_bytes))
    if path.name.lower().endswith(".gz"):
        problem, data = _gunzip_capped(path, max_bytes)
        if problem:
            return IngestFailure(str(path), problem)
    else:
        data = path.read_bytes()
    try:
        text, _encoding = decode_text(data)
    except UnreadableText as exc:
        return IngestFailure(str(path), str(exc))
    return RawDocument(source=str(path), payload=text, kind=sniff_kind(text, kind))


def _gunzip_capped(path: Path, max_bytes: int) -> tuple[str | None, bytes]:
    """The decompressed bytes, read no further than the limit (a small file can inflate to
    gigabytes), or the reason they cannot be had."""
    try:
        with gzip.open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as exc:
        return f"not a readable gzip file: {exc}", b""
    if len(data) > max_bytes:
        return f"too large once decompressed: over the {max_bytes / 1_048_576:.0f} MB limit", b""
    return None, data


def _too_big(size: int, max_bytes: int) -> str:
    return (
        f"too large: {size / 1_048_576:.1f} MB, over the {max_bytes / 1_048_576:.0f} MB "
        "limit for one article (--max-bytes)"
    )


# -- JSONL ---------------------------------------------------------------------------------


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[ReadResult]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as handle:  # type: ignore[operator]
        lineno = 0
        try:
            for lineno, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                yield _jsonl_record(path, lineno, line, max_bytes)
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            yield IngestFailure(f"{path}:{lineno + 1}", f"truncated or corrupt gzip: {exc}")
    if lineno == 0:
        yield IngestFailure(str(path), "empty file")


def _jsonl_record(path: Path, lineno: int, line: bytes, max_bytes: int) -> ReadResult:
    source = f"{path}:{lineno}"
    if len(line) > max_bytes:
        return IngestFailure(source, _too_big(len(line), max_bytes))
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return IngestFailure(source, f"invalid JSON: {exc}")
    if not isinstance(record, dict):
        return IngestFailure(source, "a JSONL line must be an object")
    html, text = record.get("html"), record.get("text") or record.get("body")
    payload, kind = (html, "html") if isinstance(html, str) and html.strip() else (text, "text")
    if not isinstance(payload, str) or not payload.strip():
        return IngestFailure(source, "record has no 'text' or 'html'")
    declared = DeclaredMetadata(
        url=_str_or_none(record.get("url")),
        title=_str_or_none(record.get("title")),
        date=_str_or_none(record.get("date") or record.get("published")),
        outlet=_str_or_none(record.get("outlet") or record.get("source")),
        source_id=_str_or_none(record.get("id")),
    )
    return RawDocument(source=source, payload=payload, kind=kind, declared=declared)  # type: ignore[arg-type]


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


# -- WARC ----------------------------------------------------------------------------------


# What warcio raises on damaged input: besides its own ArchiveLoadFailed, a record cut inside
# its headers fails deep in its parser (AttributeError on a missing URI, among others).
_WARC_PARSE_ERRORS = (
    EOFError,
    zlib.error,
    gzip.BadGzipFile,
    ValueError,
    AttributeError,
    KeyError,
    IndexError,
    TypeError,
)


def _read_warc(path: Path, max_bytes: int) -> Iterator[ReadResult]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if path.stat().st_size == 0:
        yield IngestFailure(str(path), "empty file")
        return
    index = 0
    last_cut_short = False
    with open(path, "rb") as handle:
        try:
            for record in ArchiveIterator(handle):
                if record.rec_type not in ("response", "resource"):
                    continue
                index += 1
                result = _warc_record(path, index, record, max_bytes)
                last_cut_short = isinstance(result, IngestFailure) and "truncated" in result.reason
                yield result
        except (ArchiveLoadFailed, *_WARC_PARSE_ERRORS) as exc:
            yield IngestFailure(f"{path}#{index + 1}", f"truncated or corrupt WARC: {exc!r}")
            return
    # warcio stops silently at a truncated gzip member, so check the stream's end ourselves
    # (unless the last record was already reported cut short: that is the same truncation).
    if path.name.lower().endswith(".gz") and not last_cut_short:
        problem = _gzip_problem(path)
        if problem:
            yield IngestFailure(
                f"{path}#{index + 1}", f"truncated or corrupt gzip after record {index}: {problem}"
            )
            return
    if index == 0:
        yield IngestFailure(str(path), "no response or resource records in WARC")


def _gzip_problem(path: Path) -> str | None:
    try:
        with gzip.open(path, "rb") as handle:
            while handle.read(1 << 20):
                pass
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as exc:
        return str(exc)
    return None


def _warc_record(path: Path, index: int, record: object, max_bytes: int) -> ReadResult:
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    source = f"{path}#{index}" + (f" {url}" if url else "")
    declared_length = record.rec_headers.get_header("Content-Length")  # type: ignore[attr-defined]
    if declared_length and int(declared_length) > max_bytes:
        return IngestFailure(source, _too_big(int(declared_length), max_bytes))
    stream = record.content_stream()  # type: ignore[attr-defined]
    data = stream.read(max_bytes + 1)
    # warcio returns a truncated record's body cut short without an error: compare lengths.
    raw_read = record.raw_stream.tell() if hasattr(record, "raw_stream") else None  # type: ignore[attr-defined]
    expected = int(declared_length) if declared_length else None
    if expected is not None and raw_read is not None and raw_read < expected:
        return IngestFailure(
            source, f"truncated WARC record: {raw_read} of {expected} bytes present"
        )
    content_type = ""
    http = getattr(record, "http_headers", None)
    if http is not None:
        content_type = http.get_header("Content-Type") or ""
        status = http.get_statuscode()
        if status and not str(status).startswith("2"):
            return IngestFailure(source, f"HTTP status {status}, not an article")
    if content_type and not any(t in content_type for t in ("html", "text/plain", "xml")):
        return IngestFailure(source, f"not a text page ({content_type})")
    try:
        text, _encoding = decode_text(data)
    except UnreadableText as exc:
        return IngestFailure(source, str(exc))
    kind: PayloadKind = "text" if "text/plain" in content_type else "html"
    return RawDocument(
        source=source,
        payload=text,
        kind=sniff_kind(text, kind),
        # WARC-Date is when the page was fetched, not published: it is not declared as a date.
        declared=DeclaredMetadata(url=url),
    )


def _suffix_of(path: Path) -> str:
    name = path.name.lower()
    for suffix in (".warc.gz", ".jsonl.gz", ".html.gz", ".htm.gz", ".txt.gz"):
        if name.endswith(suffix):
            return suffix
    return os.path.splitext(name)[1]
