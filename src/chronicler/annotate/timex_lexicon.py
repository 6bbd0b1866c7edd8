"""The time-expression grammar as data: word tables and patterns from
data/dates/<language>.toml, compiled once per language."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from chronicler.settings import data_path

LANGUAGES = ("en", "es")
# End of a match: not inside a word or hyphenated compound ("two-year-old" is one
# unit), though a possessive may follow ("last year's election").
_END = r")(?![\w-])(?!['’](?![sS]\b)\w)"


@dataclass(frozen=True)
class Rule:
    kind: str  # the normaliser that reads this rule's named groups
    regex: re.Pattern[str]
    order: int  # tie-break: earlier rules win among equally long matches


@dataclass(frozen=True)
class Lexicon:
    language: str
    version: str
    months_capitalised: bool
    months: dict[str, int]
    abbreviations: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, float | str]
    units: dict[str, str]
    parts: dict[str, str]
    seasons: dict[str, str]
    directions: dict[str, tuple[int, str]]
    post_directions: dict[str, tuple[int, str]]
    deictic: dict[str, int]
    day_parts: dict[str, tuple[int, str]]
    refs: dict[str, str]
    sets: dict[str, str]
    ordinals: dict[str, int]
    holidays: dict[str, str]
    decade_words: dict[str, str]
    century_words: dict[str, str]
    future: re.Pattern[str]
    past: re.Pattern[str]
    # what the words right before an expression end with when they put it ahead whatever
    # the clause's tense ("effective Feb. 1"); None when the language lists none
    ahead_before: re.Pattern[str] | None
    # what, right before an expression, points it ahead as a clause's future cue does, only
    # there ("as soon as Friday"); None when the language lists none
    future_before: re.Pattern[str] | None
    # words after an expression that hedge it and belong to its extent ("1994 or later",
    # "the next year or so"); None when the language lists none
    hedge_after: re.Pattern[str] | None
    # what follows (English) or comes before (Spanish) a house number: a street's name and
    # kind ("1909 Jolinda Drive", "avenida Bolívar 1909"); None when the language lists none
    address_after: re.Pattern[str] | None
    address_before: re.Pattern[str] | None
    rules: tuple[Rule, ...]
    # a slashed date with two readings ("05/02/2013") is day first in the language's
    # convention (Spanish), else month first (English, as US wires write)
    numeric_day_first: bool = False


def _alternation(words: Any, dotted: bool = False) -> str:
    """Regex alternation of words, longest first so "the past" beats "past"."""
    items = sorted(words, key=len, reverse=True)
    parts = []
    for w in items:
        p = re.escape(w).replace(r"\ ", r"\s+")
        parts.append(p + (r"\.?" if dotted else ""))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _expand(pattern: str, macros: dict[str, str]) -> str:
    # macros may refer to other macros; three passes cover the nesting we use
    for _ in range(3):
        for name, body in macros.items():
            pattern = pattern.replace("{" + name + "}", body)
    return pattern


def _pairs(table: dict[str, Any]) -> dict[str, tuple[int, str]]:
    return {k.lower(): (int(v[0]), str(v[1])) for k, v in table.items()}


@cache
def load_lexicon(language: str) -> Lexicon:
    """Load and compile the grammar for a language ("en" or "es"; others fall back to "en")."""
    lang = language if language in LANGUAGES else "en"
    with open(data_path("dates", f"{lang}.toml"), "rb") as fh:
        raw = tomllib.load(fh)
    months = {k.lower(): int(v) for k, v in raw["months"].items()}
    abbrev = {k.lower(): int(v) for k, v in raw.get("month_abbrev", {}).items()}
    # abbreviations that are also plain words ("sep", "mar"): a month only beside a day number
    dated = {k.lower(): int(v) for k, v in raw.get("month_abbrev_dated", {}).items()}
    month = "(?:" + _alternation(months) + "|" + _alternation(abbrev, dotted=True)
    macros: dict[str, str] = {
        "MONTH": month + ")",
        "MONTH_DATED": month + ("|" + _alternation(dated, dotted=True) if dated else "") + ")",
        "WEEKDAY": _alternation(raw["weekdays"]),
        "NUMWORD": _alternation(raw["numbers"]),
        "UNIT": _alternation(raw["units"]),
        "PART": _alternation(raw["parts"]),
        "SEASON": _alternation(raw["seasons"]),
        "DIR": _alternation(raw["directions"]),
        "POSTDIR": _alternation(raw.get("post_directions", {})),
        "DEICTIC": _alternation(raw["deictic"]),
        "REF": _alternation(raw["refs"]),
        "DAYPART": _alternation(raw.get("day_parts", {})),
        "DECADEWORD": _alternation(raw.get("decade_words", {})),
        "CENTURYWORD": _alternation(raw.get("century_words", {})),
        "SET": _alternation(raw["sets"]),
        "HOLIDAY": _alternation(raw.get("holidays", {})),
    }
    macros.update(raw.get("macros", {}))
    rules = []
    for i, r in enumerate(raw["rules"]):
        body = _expand(r["pattern"], macros)
        # word boundaries that also respect hyphenated compounds ("two-year")
        regex = re.compile(r"(?<![\w'’-])(?:" + body + _END, re.IGNORECASE)
        rules.append(Rule(kind=r["kind"], regex=regex, order=i))
    month_table = dict(months)
    month_table.update(abbrev)
    month_table.update(dated)
    return Lexicon(
        language=lang,
        version=raw["version"],
        months_capitalised=bool(raw.get("months_capitalised", False)),
        months=month_table,
        abbreviations=frozenset(abbrev) | frozenset(dated),
        weekdays={k.lower(): int(v) for k, v in raw["weekdays"].items()},
        numbers={k.lower(): v for k, v in raw["numbers"].items()},
        units={k.lower(): str(v) for k, v in raw["units"].items()},
        parts={k.lower(): str(v) for k, v in raw["parts"].items()},
        seasons={k.lower(): str(v) for k, v in raw["seasons"].items()},
        directions=_pairs(raw["directions"]),
        post_directions=_pairs(raw.get("post_directions", {})),
        deictic={k.lower(): int(v) for k, v in raw["deictic"].items()},
        day_parts=_pairs(raw.get("day_parts", {})),
        refs={k.lower(): str(v) for k, v in raw["refs"].items()},
        sets={k.lower(): str(v) for k, v in raw["sets"].items()},
        ordinals={k.lower(): int(v) for k, v in raw.get("ordinals", {}).items()},
        holidays={k.lower(): str(v) for k, v in raw.get("holidays", {}).items()},
        decade_words={k.lower(): str(v) for k, v in raw.get("decade_words", {}).items()},
        century_words={k.lower(): str(v) for k, v in raw.get("century_words", {}).items()},
        future=re.compile(raw["tense"]["future"], re.IGNORECASE),
        past=re.compile(raw["tense"]["past"], re.IGNORECASE),
        ahead_before=(
            re.compile(raw["tense"]["ahead_before"] + r"\s*$", re.IGNORECASE)
            if "ahead_before" in raw["tense"]
            else None
        ),
        future_before=(
            re.compile(raw["tense"]["future_before"] + r"\s*$", re.IGNORECASE)
            if "future_before" in raw["tense"]
            else None
        ),
        hedge_after=(
            re.compile(raw["hedge_after"], re.IGNORECASE) if "hedge_after" in raw else None
        ),
        address_after=re.compile(raw["address_after"]) if "address_after" in raw else None,
        address_before=re.compile(raw["address_before"]) if "address_before" in raw else None,
        rules=tuple(rules),
        numeric_day_first=raw.get("numeric_order") == "day_first",
    )


def norm_words(text: str) -> str:
    """Lower-case and collapse whitespace, the form table keys are stored in."""
    return re.sub(r"\s+", " ", text.strip().lower())


def data_version() -> str:
    """Versions of every dates data file, for `pipeline_version`."""
    versions = []
    for name in (*LANGUAGES, "published", "tense"):
        with open(data_path("dates", f"{name}.toml"), "rb") as fh:
            versions.append(str(tomllib.load(fh).get("version", "?")))
    return "+".join(versions)
