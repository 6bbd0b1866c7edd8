"""Resolve settings: thresholds and the curated alias table, read from data files once."""

from __future__ import annotations

import gzip
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from chronicler.resolve.text import fold
from chronicler.settings import data_path


@dataclass(frozen=True)
class DedupParams:
    num_perm: int = 64
    bands: int = 16
    shingle: int = 5
    jaccard: float = 0.8


@dataclass(frozen=True)
class StoryParams:
    num_perm: int = 64
    bands: int = 32
    max_key_df: int = 200
    max_candidates: int = 200
    threshold: float = 0.20
    entity_weight: float = 2.0
    number_weight: float = 1.0  # weight of terms with a digit (years, tolls, scores)
    bigrams: bool = False
    binary: bool = False
    min_df: int = 1
    idf_power: float = 1.0
    embedding_weight: float = 0.0
    cross_language_threshold: float = 0.55
    merge_stories: bool = True
    mean_over_story: bool = False  # average over the whole story, not its candidates
    prior_weight: float = 0.0  # imaginary background articles in IDF (0 = store counts only)
    recluster: bool = False  # regroup the new article's neighbourhood (bounded) by clustering
    recluster_floor: float = 0.5  # share of the threshold a story needs to be in it
    # A cluster of at most attach_size articles joins the story of at least attach_min_story
    # articles it is nearest to on average, when that reaches attach_floor
    # (stories.attach_small; 0 = off).
    attach_size: int = 0
    attach_floor: float = 0.0
    attach_min_story: int = 2
    # ... and, with attach_reach, scores at least the threshold with that share of the story's
    # articles; with attach_margin, leads the second-nearest story by that much (0 = off)
    attach_reach: float = 0.0
    attach_margin: float = 0.0
    # ... and not when at least attach_year_share of the pairs of articles that both name
    # years share none (0 = off)
    attach_year_share: float = 0.0
    # ... and not when the cluster names people or places of its own but none of a name at
    # least attach_conflict_share of the story's articles give (story_conflicts; 0 = off)
    attach_conflict_share: float = 0.0
    # ... and only when its average similarity to the story reaches attach_cohesion times the
    # story's own cohesion, the average similarity of its articles to each other
    # (stories.cohesion; 0 = off)
    attach_cohesion: float = 0.0
    # ... or, whatever those rules say, when the heads of one of its articles and one of the
    # story's name days at most attach_day_window apart, from attach_day_floor on and
    # attach_day_cohesion times the story's cohesion (story_dates; 0 = off)
    attach_day_floor: float = 0.0
    attach_day_window: int = 1
    attach_day_cohesion: float = 0.0
    # ... or, whatever the rules before the day rule say, when every one of its articles gives
    # a full name (of attach_name_words words or more) that at least attach_name_share of the
    # story's articles give, and no pair's dates place them apart (stories.time_factor), from
    # attach_name_floor on and attach_name_cohesion times the story's cohesion (story_names;
    # 0 = off)
    attach_name_floor: float = 0.0
    attach_name_cohesion: float = 0.0
    attach_name_share: float = 1.0
    attach_name_words: int = 2
    # the lines of a report's head whose calendar days are kept as `d:` terms (0 = none)
    day_lines: int = 0
    # subtracted when both articles name years and share none (stories.years_disagree)
    year_penalty: float = 0.0
    # Time as evidence: two articles whose publication dates (both at least as fine as
    # date_granularity) lie more than date_gap_years apart score date_factor times their
    # similarity (0 = off: dates are not used).
    date_gap_years: float = 0.0
    date_factor: float = 1.0
    # ... and, when this is set, date_factor once more per date_decay_years of the gap beyond
    # that: the farther apart, the less likely one happening (0 = a flat date_factor)
    date_decay_years: float = 0.0
    date_granularity: str = "month"  # "year" | "month" | "day": coarser dates are ignored
    # ... and where either publication date is coarser, the dates the two leads give their
    # acts (stories.lead_dates) stand in
    lead_dates: bool = False
    lead_sentences: int = 3  # the lead: a report's first sentences
    # Later developments (story_threads): story B follows story A when their average
    # similarity with the time rule off reaches follow_floor and at least follow_apart_share of
    # the pairs of their reports are placed apart by their dates (0 = no links)
    follow_floor: float = 0.0
    follow_apart_share: float = 0.5


@dataclass(frozen=True)
class ResolveConfig:
    version: str
    dedup: DedupParams
    stories: StoryParams
    fuzzy: int
    max_day_gap: int
    durative_modes: frozenset[str]  # modes naming a state over time (held in prison)
    plural_pronouns: frozenset[str]  # folded: a participant of these is never one person
    # attributes of a detention a court ordered: never one event with one it did not order
    remand_attributes: frozenset[str]
    aliases: dict[str, str]  # folded form -> canonical name
    alias_types: dict[str, str]  # canonical name -> ORG | GPE
    titles: frozenset[str]
    # folded words that alone name a state body every country has (institutions.py)
    institution_words: frozenset[str]
    term_prior: dict[str, float]  # stem -> share of news articles containing it
    # transliterated spellings of names: (word endings, anywhere), each (from, to) in order
    spellings: tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = ((), ())
    general_modes: frozenset[str] = frozenset()  # folded: modes that agree with any other
    # a folded participant text whose head noun is plural: a group, never one person
    plural_noun: re.Pattern[str] | None = None
    # folded: words naming a building by its kind, by which a writer names a place again
    building_nouns: frozenset[str] = frozenset()
    # within one article, an act dated by the report only may retell one of its type the article
    # dates at most this many days before (merge.retold_undated; 0 = never)
    retold_days: int = 0
    # within one article, acts each dated to a day by its own sentence more than this many
    # days apart are two (merge.told_on_other_days; None = max_day_gap alone decides)
    own_day_gap: int | None = None
    # folded: a government's words; "Gobierno de Daniel Ortega" is the state's government
    governments_led: frozenset[str] = frozenset()
    # folded: words of armed forces ("air", "aerea", "army"), which act abroad: where a report
    # is filed from does not tell whose they are (institutions.institution_keys)
    mobile_institution_words: frozenset[str] = frozenset()
    # folded: words that make a length a round figure ("casi 14 años"), and how far from it
    # (a share of it) another source's length may lie and still agree (disagreements.Length)
    approximate_words: frozenset[str] = frozenset()
    approximate_share: float = 0.0
    # folded (English, Spanish) words naming an organ of a body: its head nouns ("council",
    # "consejo") and the words that qualify them ("permanent", "permanente"; organs.py)
    organ_heads: tuple[tuple[str, str], ...] = ()
    organ_modifiers: tuple[tuple[str, str], ...] = ()


def _pattern(text: str | None) -> re.Pattern[str] | None:
    return re.compile(text) if text else None


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _pick(cls: type, table: dict[str, Any]) -> Any:
    fields = cls.__dataclass_fields__  # type: ignore[attr-defined]
    return cls(**{k: v for k, v in table.items() if k in fields})


@lru_cache(maxsize=1)
def load_config() -> ResolveConfig:
    settings = tomllib.loads(data_path("resolve", "resolve.toml").read_text(encoding="utf-8"))
    aliases_doc = tomllib.loads(data_path("resolve", "aliases.toml").read_text(encoding="utf-8"))
    aliases: dict[str, str] = {}
    alias_types: dict[str, str] = {}
    for kind in ("org", "gpe"):
        for group in aliases_doc.get(kind, []):
            canonical = group["canonical"]
            alias_types[canonical] = kind.upper()
            for form in [canonical, *group["forms"]]:
                aliases[fold(form)] = canonical
    titles = frozenset(fold(t) for t in aliases_doc.get("titles", {}).get("forms", []))
    prior_version, term_prior = load_term_prior()
    return ResolveConfig(
        version=f"resolve.toml:{settings['version']}+aliases.toml:{aliases_doc['version']}"
        f"+term_prior:{prior_version}",
        dedup=_pick(DedupParams, settings.get("dedup", {})),
        stories=_pick(StoryParams, settings.get("stories", {})),
        fuzzy=int(settings.get("actors", {}).get("fuzzy", 92)),
        max_day_gap=int(settings.get("events", {}).get("max_day_gap", 1)),
        durative_modes=frozenset(settings.get("events", {}).get("durative_modes", [])),
        plural_pronouns=frozenset(
            fold(w) for w in settings.get("events", {}).get("plural_pronouns", [])
        ),
        remand_attributes=frozenset(settings.get("custody", {}).get("remand_attributes", [])),
        general_modes=frozenset(
            fold(m) for m in settings.get("events", {}).get("general_modes", [])
        ),
        plural_noun=_pattern(settings.get("events", {}).get("plural_noun")),
        building_nouns=frozenset(
            fold(w) for w in settings.get("events", {}).get("building_nouns", [])
        ),
        retold_days=int(settings.get("events", {}).get("retold_days", 0)),
        own_day_gap=_optional_int(settings.get("events", {}).get("own_day_gap")),
        approximate_words=frozenset(
            fold(w) for w in settings.get("disagreements", {}).get("approximate_words", [])
        ),
        approximate_share=float(settings.get("disagreements", {}).get("approximate_share", 0)),
        aliases=aliases,
        alias_types=alias_types,
        titles=titles,
        institution_words=frozenset(
            fold(w) for w in settings.get("actors", {}).get("institution_words", [])
        ),
        governments_led=frozenset(
            fold(w) for w in settings.get("actors", {}).get("governments_led", [])
        ),
        mobile_institution_words=frozenset(
            fold(w) for w in settings.get("actors", {}).get("mobile_institution_words", [])
        ),
        term_prior=term_prior,
        organ_heads=_word_pairs(aliases_doc.get("organs", {}).get("heads", [])),
        organ_modifiers=_word_pairs(aliases_doc.get("organs", {}).get("modifiers", [])),
        spellings=(
            tuple((a, b) for a, b in aliases_doc.get("transliteration", {}).get("end", [])),
            tuple((a, b) for a, b in aliases_doc.get("transliteration", {}).get("any", [])),
        ),
    )


def _word_pairs(rows: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((fold(en), fold(es)) for en, es in rows)


def load_term_prior() -> tuple[str, dict[str, float]]:
    """(version, stem -> background share) from term_prior.tsv.gz (bench/build_term_prior.py
    writes it from wordfreq's data, CC BY-SA 4.0)."""
    raw = gzip.decompress(data_path("resolve", "term_prior.tsv.gz").read_bytes()).decode("utf-8")
    version, prior = "0", {}
    for line in raw.splitlines():
        if line.startswith("#"):
            if "version" in line and version == "0":
                version = line.split("version", 1)[1].split(":", 1)[0].strip()
            continue
        stem, _, share = line.partition("\t")
        prior[stem] = float(share)
    return version, prior
