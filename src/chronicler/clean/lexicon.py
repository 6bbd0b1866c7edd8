"""The clean stage's data files (data/clean/*.toml), read once into frozen option objects."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from chronicler.settings import data_path


@dataclass(frozen=True)
class Family:
    """One boilerplate family: a combined pattern that fires on lines up to `max_words` long."""

    name: str
    pattern: re.Pattern[str]
    max_words: int


@dataclass(frozen=True)
class Scoring:
    lexicon_penalty: float
    prose_min_words: int
    prose_min_stopword: float
    prose_base: float
    prose_per_word: float
    prose_word_cap: int
    terminal_bonus: float
    unterminated_factor: float
    list_max_items: int
    headline_run_min: int
    short_penalty: float
    medium_penalty: float
    short_max_words: int
    titlecase_penalty: float
    blank_gap_penalty: float
    duplicate_penalty: float
    extra_region_min_score: float
    title_min_words: int


@dataclass(frozen=True)
class BoilerplateLexicon:
    version: int
    families: tuple[Family, ...]
    scoring: Scoring
    stopwords: frozenset[str]


@dataclass(frozen=True)
class Wire:
    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class MetadataLexicon:
    version: int
    wires: tuple[Wire, ...]
    not_wire: re.Pattern[str]  # photo credits and attributions: "Photo: Reuters", "told AFP"
    outlets: tuple[tuple[str, re.Pattern[str]], ...]  # canonical name, pattern
    domains: dict[str, str]  # registered domain -> outlet name
    generic_names: frozenset[str]  # casefolded site names that name no outlet ("hosted")
    languages: tuple[str, ...]  # lingua Language names the detector is limited to


def _load(name: str) -> dict[str, Any]:
    with data_path("clean", name).open("rb") as handle:
        return tomllib.load(handle)


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def boilerplate_lexicon() -> BoilerplateLexicon:
    raw = _load("boilerplate.toml")
    families = tuple(
        Family(name=name, pattern=_alternation(spec["patterns"]), max_words=int(spec["max_words"]))
        for name, spec in raw["families"].items()
    )
    stop = _load("stopwords.toml")
    words = frozenset(w for lang in stop["languages"].values() for w in lang["words"])
    return BoilerplateLexicon(
        version=int(raw["version"]),
        families=families,
        scoring=Scoring(**raw["scoring"]),
        stopwords=words,
    )


@cache
def metadata_lexicon() -> MetadataLexicon:
    raw = _load("metadata.toml")
    wires = tuple(
        Wire(name=spec["name"], pattern=re.compile("|".join(f"(?:{p})" for p in spec["patterns"])))
        for spec in raw["wires"]
    )
    outlets = tuple(
        (spec["name"], re.compile("|".join(f"(?:{p})" for p in spec["patterns"])))
        for spec in raw["outlets"]
    )
    return MetadataLexicon(
        version=int(raw["version"]),
        wires=wires,
        not_wire=_alternation(raw["not_wire"]["patterns"]),
        outlets=outlets,
        domains=dict(raw["domains"]),
        generic_names=frozenset(w.casefold() for w in raw["generic_names"]["words"]),
        languages=tuple(raw["language"]["detect"]),
    )
