from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from chronicler.ingest.readers import (
    SkippedFile,
    UnreadableText,
    decode_text,
    iter_paths,
    read_file,
    read_paths,
)
from chronicler.model import IngestFailure, RawDocument

LIMIT = 1_000_000
BODY = "Soldiers detained the mayor on Monday. " * 20


def _one(path: Path) -> RawDocument | IngestFailure:
    results = list(read_file(path, LIMIT))
    assert len(results) == 1
    return results[0]


def _warc_bytes(pages: list[str], gz: bool, ends: list[int] | None = None) -> bytes:
    """A WARC of one response record per page; `ends` collects each record's end offset."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for i, html in enumerate(pages):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://news.example/{i}",
            "response",
            payload=io.BytesIO(html.encode()),
            http_headers=headers,
        )
        writer.write_record(record)
        if ends is not None:
            ends.append(buffer.tell())
    return buffer.getvalue()


def test_readers_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    doc = _one(path)
    assert isinstance(doc, RawDocument)
    assert doc.kind == "text" and doc.payload == BODY and doc.source == str(path)


def test_readers_txt_that_is_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><body><p>x</p></body></html>", encoding="utf-8")
    doc = _one(path)
    assert isinstance(doc, RawDocument) and doc.kind == "html"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (b"\x81\x8d\x8f\x90\x9d" * 50, "not UTF-8"),
    ],
)
def test_readers_bad_files_fail_with_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    failure = _one(path)
    assert isinstance(failure, IngestFailure)
    assert failure.source == str(path)
    assert reason in failure.reason


def test_readers_cp1252_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    text = "Los guardias liberaron al “general” Pérez en Caracas – según fuentes."
    path.write_bytes(text.encode("cp1252"))
    doc = _one(path)
    assert isinstance(doc, RawDocument)
    assert doc.payload == text


def test_readers_decode_text_rejects_control_characters() -> None:
    with pytest.raises(UnreadableText, match="binary"):
        decode_text(bytes(range(1, 32)) * 100)


def test_readers_file_over_limit_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # 50 MB, sparse where the filesystem allows
        handle.seek(50 * 1024 * 1024 - 1)
        handle.write(b"x")
    failure = _one(path)
    assert isinstance(failure, IngestFailure)
    assert "too large: 50.0 MB" in failure.reason


def test_readers_jsonl_keeps_good_records_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": BODY, "title": "T", "date": "2024-05-01", "outlet": "X"}),
        "{not json",
        json.dumps({"id": "r3"}),
        json.dumps({"id": "r4", "html": "<html><body><p>" + BODY + "</p></body></html>"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_file(path, LIMIT))
    docs = [r for r in results if isinstance(r, RawDocument)]
    failures = [r for r in results if isinstance(r, IngestFailure)]
    assert [d.declared.source_id for d in docs] == ["r1", "r4"]
    assert docs[0].declared.date == "2024-05-01" and docs[0].declared.outlet == "X"
    assert docs[1].kind == "html"
    assert [f.source for f in failures] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert "invalid JSON" in failures[0].reason
    assert "no 'text' or 'html'" in failures[1].reason


def test_readers_truncated_jsonl_gz_keeps_what_was_read(tmp_path: Path) -> None:
    records = [json.dumps({"id": str(i), "text": f"{BODY} {i}"}) for i in range(200)]
    data = gzip.compress(("\n".join(records) + "\n").encode())
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    results = list(read_file(path, LIMIT))
    assert any(isinstance(r, RawDocument) for r in results)
    assert isinstance(results[-1], IngestFailure)
    assert "truncated or corrupt gzip" in results[-1].reason


@pytest.mark.parametrize("gz", [False, True])
def test_readers_warc_records(tmp_path: Path, gz: bool) -> None:
    pages = [f"<html><body><p>{BODY} page {i}</p></body></html>" for i in range(3)]
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(_warc_bytes(pages, gz))
    docs = list(read_file(path, LIMIT))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.declared.url for d in docs] == [f"https://news.example/{i}" for i in range(3)]
    assert all(d.kind == "html" for d in docs)


@pytest.mark.parametrize("gz", [False, True])
def test_readers_truncated_warc_is_reported(tmp_path: Path, gz: bool) -> None:
    pages = [f"<html><body><p>{BODY * 5} page {i}</p></body></html>" for i in range(3)]
    ends: list[int] = []
    data = _warc_bytes(pages, gz, ends)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    # cut inside the last record (record ids are random, so sizes vary between runs): one
    # failure, however much of it is left
    for share in (0.25, 0.5, 0.75, 0.95):
        path.write_bytes(data[: ends[1] + int((ends[2] - ends[1]) * share)])
        results = list(read_file(path, LIMIT))
        docs = [r for r in results if isinstance(r, RawDocument)]
        failures = [r for r in results if isinstance(r, IngestFailure)]
        assert len(docs) == 2, share
        assert len(failures) == 1 and "truncated" in failures[0].reason, (share, failures)
        assert failures[0].source.startswith(str(path))


def test_readers_folders_are_walked_and_missing_paths_reported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<p>{BODY}</p>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    results = list(read_paths([tmp_path, tmp_path / "missing.txt"], LIMIT))
    sources = [r.source for r in results]
    assert sources == [
        str(tmp_path / "a.html"),
        str(tmp_path / "sub" / "b.txt"),
        str(tmp_path / "missing.txt"),
    ]
    assert isinstance(results[-1], IngestFailure)
    assert results[-1].reason == "no such file or folder"


def test_readers_gzipped_pages_are_read_and_bad_ones_fail_with_reason(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(f"<html><p>{BODY}</p></html>".encode()))
    result = _one(page)
    assert isinstance(result, RawDocument) and result.kind == "html"
    assert BODY in result.payload
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress(BODY.encode())[:-12])
    failure = _one(cut)
    assert isinstance(failure, IngestFailure) and "not a readable gzip file" in failure.reason
    bomb = tmp_path / "bomb.txt.gz"  # 30 KB on disk, 30 MB inflated
    bomb.write_bytes(gzip.compress(b"a" * 30_000_000))
    failure = _one(bomb)
    assert isinstance(failure, IngestFailure) and "too large once decompressed" in failure.reason


def test_readers_folders_count_what_they_skip(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    items = list(iter_paths([tmp_path]))
    assert items == [
        tmp_path / "a.txt",
        SkippedFile(tmp_path / "notes.md", ".md"),
        SkippedFile(tmp_path / "scan.pdf", ".pdf"),
    ]
