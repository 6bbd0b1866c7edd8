"""Shared by the end-to-end corpus tests: a folder through `chronicler ingest` and `export`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from chronicler.cli import main


def ingest_and_export(corpus: Path, folder: Path) -> dict[str, Any]:
    """The export document of a fresh store in `folder` holding every article of `corpus`."""
    db, out = str(folder / "store.duckdb"), folder / "export.json"
    ingested = CliRunner().invoke(main, ["--db", db, "ingest", str(corpus)])
    assert ingested.exit_code == 0, ingested.output
    exported = CliRunner().invoke(main, ["--db", db, "export", str(out)])
    assert exported.exit_code == 0, exported.output
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data
