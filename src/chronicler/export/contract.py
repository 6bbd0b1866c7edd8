"""Build the export document (schema_version 1, see ARCHITECTURE.md) from the store."""

from __future__ import annotations

from typing import Any

from chronicler.store import Store
from chronicler.store.queries import (
    export_articles,
    export_event_mentions,
    export_mention_entities,
)

SCHEMA_VERSION = 1


def build_export(store: Store, pipeline_version: str) -> dict[str, Any]:
    sections = _resolved_sections(store)
    return {
        "schema_version": SCHEMA_VERSION,
        "pipeline_version": pipeline_version,
        "articles": export_articles(store),
        "stories": sections.get("stories", []),
        "entities": sections.get("entities") or export_mention_entities(store),
        "events": sections.get("events") or export_event_mentions(store),
        "disagreements": sections.get("disagreements", []),
        "custody": sections.get("custody", []),
    }


def _resolved_sections(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Corpus-wide sections from the resolve stage; empty when ingest ran with --no-resolve,
    in which case entities and events fall back to per-article mentions."""
    from chronicler.store.resolved_views import export_sections

    return export_sections(store.con)
