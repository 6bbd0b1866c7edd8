"""Write the export document as JSON (one object), or as CSV / Parquet (one table per file).

Tables flatten the nested contract: a list of objects becomes a child table keyed by its
parent's id (`events_sources`, `entities_mentions`...), a nested object becomes prefixed
columns (`date_value`; left empty where the object is null), and a list of plain values is
joined with "; ".
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Literal

Format = Literal["json", "csv", "parquet"]
TABLE_SECTIONS = ("articles", "stories", "entities", "events", "disagreements", "custody")


def write_export(document: dict[str, Any], path: Path, fmt: Format) -> list[Path]:
    """Write the document; returns the files written."""
    if fmt == "json":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        return [path]
    tables = flatten_tables(document)
    path.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables.items():
        target = path / f"{name}.{fmt}"
        if fmt == "csv":
            _write_csv(target, rows)
        else:
            _write_parquet(target, rows)
        written.append(target)
    meta = {k: document[k] for k in ("schema_version", "pipeline_version")}
    (path / "export.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return [*written, path / "export.json"]


def flatten_tables(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for section in TABLE_SECTIONS:
        _flatten_into(tables, section, document.get(section, []), parent=None)
    return tables


def _flatten_into(
    tables: dict[str, list[dict[str, Any]]],
    name: str,
    records: list[dict[str, Any]],
    parent: tuple[str, Any] | None,
) -> None:
    rows = tables.setdefault(name, [])
    shapes = _object_shapes(records)
    for position, record in enumerate(records):
        row: dict[str, Any] = {}
        if parent is not None:
            row[parent[0]] = parent[1]
            row["position"] = position
        own_id = record.get("id", record.get("entity_id", record.get("event_id")))
        if own_id is None and parent is not None:
            own_id = f"{parent[1]}#{position}"
        for key, value in record.items():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                child_key = f"{_singular(name.rsplit('_', 1)[-1])}_id"
                _flatten_into(tables, f"{name}_{key}", value, parent=(child_key, own_id))
            elif isinstance(value, list):
                row[key] = "; ".join("" if v is None else str(v) for v in value)
            elif isinstance(value, dict):
                for sub_key, sub_value in value.items():
                    row[f"{key}_{sub_key}"] = _scalar(sub_value)
            elif value is None and key in shapes:  # an object absent: its columns empty
                row.update(dict.fromkeys(f"{key}_{sub_key}" for sub_key in shapes[key]))
            else:
                row[key] = value
        rows.append(row)


def _object_shapes(records: list[dict[str, Any]]) -> dict[str, list[str]]:
    """key -> the keys of the objects it holds in some record, so that a record where it is
    null (an article's `topic` in an older store) has the same columns, empty."""
    shapes: dict[str, dict[str, None]] = {}
    for record in records:
        for key, value in record.items():
            if isinstance(value, dict):
                shapes.setdefault(key, {}).update(dict.fromkeys(value))
    return {key: list(keys) for key, keys in shapes.items()}


def _singular(name: str) -> str:
    """ "stories" -> "story", "entities" -> "entity", "events" -> "event", "custody" stays."""
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") else name


def _scalar(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def _write_csv(target: Path, rows: list[dict[str, Any]]) -> None:
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=_columns(rows) or ["id"])
        writer.writeheader()
        writer.writerows(rows)


def _write_parquet(target: Path, rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = _columns(rows) or ["id"]
    table = pa.table(
        {c: pa.array(_uniform([row.get(c) for row in rows])) for c in columns}
        if rows
        else {c: pa.array([], type=pa.string()) for c in columns}
    )
    pq.write_table(table, target)


def _uniform(values: list[Any]) -> list[Any]:
    """Parquet columns have one type: a column mixing types is written as text."""
    kinds = {type(v) for v in values if v is not None}
    if len(kinds) <= 1 or kinds == {int, float}:
        return values
    return [None if v is None else str(v) for v in values]
