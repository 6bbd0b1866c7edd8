"""The event vocabulary: trigger rules, actor roles and modality cues, read from the versioned
data files in chronicler/data/events/ once per process."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from chronicler.settings import data_path

# PLOVER's 16 event types, and which count as cooperative (quads 1 and 2) for coding
# statements of intent as AGREE (cooperative) or THREATEN (conflictual).
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
COOPERATIVE_TYPES = frozenset(PLOVER_TYPES[:7])
NO_EVENT = "NONE"  # a rule of this type blocks a trigger (e.g. "released a statement")


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    mode: str | None
    cameo: str | None
    verbs: frozenset[str]
    nouns: frozenset[str]
    adjs: frozenset[str]
    phrases: tuple[tuple[str, str], ...]  # (head lemma, child lemma)
    objects: frozenset[str]
    objects_not: frozenset[str]
    context: frozenset[str]
    context_not: frozenset[str]
    subject: str  # "actor" | "target"
    poss: str  # "actor" | "target"
    target_preps: frozenset[str]
    absorb: bool
    intent: bool
    force_type: bool
    requires_object: bool
    requires_poss: bool
    light: bool
    causative: bool
    object_place: bool
    of_actor: bool
    # A generic verb ("give", "protect") is an event only between actors: "recipient" (it
    # goes to an actor, or what is given is aid), "beneficiary" (its object is an actor).
    generic: str = ""
    # The object is the actor's own means ("withdrew its troops from X", "fired rockets at
    # X"): the target is found in the trigger's prepositions instead.
    instrument_object: bool = False
    no_object: bool = False  # fires only without an object ("X's seizure", not "of land")
    clausal: bool = False  # fires only over a reported clause ("protested that ...")
    # causative only over an act with no subject of its own: "helped spring him" (the
    # helpers free him), not "helped Colombia fight" (aid to Colombia)
    bare_causative: bool = False
    # prepositions whose object did the act ("received weapons from X": X gave them)
    source_preps: frozenset[str] = frozenset()
    # a two-way act ("X and Y clashed", "fighting between X and Y"): no side is the target
    reciprocal: bool = False


@dataclass(frozen=True)
class Modality:
    negation_words: frozenset[str]
    negating_verbs: frozenset[str]
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    hypothetical_aux: frozenset[str]
    obligation_aux: frozenset[str]
    hypothetical_verbs: frozenset[str]
    weak_hypothetical_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    alleged_words: frozenset[str]
    hypothetical_nouns: frozenset[str]
    substitution_words: frozenset[str]
    goal_prepositions: frozenset[str]


@dataclass(frozen=True, eq=False)
class Vocab:
    version: str
    rules: tuple[Rule, ...]
    roles: tuple[tuple[str, frozenset[str]], ...]
    modality: Modality
    attributes: dict[str, frozenset[str]]

    def words(self, name: str) -> frozenset[str]:
        return self.attributes.get(name, frozenset())


def words_of(value: Any) -> frozenset[str]:
    """A TOML list of words as a lower-case set."""
    return frozenset(str(v).lower() for v in (value or ()))


def _rule(raw: dict[str, Any]) -> Rule:
    phrases = tuple(
        (parts[0].lower(), parts[1].lower())
        for parts in (str(p).split() for p in raw.get("phrases", ()))
        if len(parts) == 2
    )
    return Rule(
        id=str(raw["id"]),
        type=str(raw["type"]),
        mode=raw.get("mode"),
        cameo=raw.get("cameo"),
        verbs=words_of(raw.get("verbs")),
        nouns=words_of(raw.get("nouns")),
        adjs=words_of(raw.get("adjs")),
        phrases=phrases,
        objects=words_of(raw.get("objects")),
        objects_not=words_of(raw.get("objects_not")),
        context=words_of(raw.get("context")),
        context_not=words_of(raw.get("context_not")),
        subject=str(raw.get("subject", "actor")),
        poss=str(raw.get("poss", "actor")),
        target_preps=words_of(raw.get("target_preps")),
        absorb=bool(raw.get("absorb", False)),
        intent=bool(raw.get("intent", False)),
        force_type=bool(raw.get("force_type", False)),
        requires_object=bool(raw.get("requires_object", False)),
        requires_poss=bool(raw.get("requires_poss", False)),
        light=bool(raw.get("light", False)),
        causative=bool(raw.get("causative", False)),
        object_place=bool(raw.get("object_place", False)),
        of_actor=bool(raw.get("of_actor", False)),
        generic=str(raw.get("generic", "")),
        instrument_object=bool(raw.get("instrument_object", False)),
        no_object=bool(raw.get("no_object", False)),
        clausal=bool(raw.get("clausal", False)),
        bare_causative=bool(raw.get("bare_causative", False)),
        source_preps=words_of(raw.get("source_preps")),
        reciprocal=bool(raw.get("reciprocal", False)),
    )


def _read(name: str) -> dict[str, Any]:
    with data_path("events", name).open("rb") as fh:
        return tomllib.load(fh)


def parse_vocab(vocab: dict[str, Any], roles: dict[str, Any], modality: dict[str, Any]) -> Vocab:
    """Build a Vocab from parsed TOML tables (separate from I/O so tests can pass their own)."""
    rules = tuple(_rule(r) for r in vocab.get("rules", ()))
    unknown = {r.type for r in rules} - set(PLOVER_TYPES) - {NO_EVENT}
    if unknown:
        raise ValueError(f"event vocabulary names unknown PLOVER types: {sorted(unknown)}")
    mod_fields = Modality.__dataclass_fields__
    return Vocab(
        version="+".join(str(d.get("version", "?")) for d in (vocab, roles, modality)),
        rules=rules,
        roles=tuple((k, words_of(v)) for k, v in roles.get("roles", {}).items()),
        modality=Modality(**{k: words_of(modality.get(k)) for k in mod_fields}),
        attributes={k: words_of(v) for k, v in vocab.get("attributes", {}).items()},
    )


def with_derived(vocab: Vocab, derived: dict[str, Any]) -> Vocab:
    """The vocabulary with derived rules (vocab_wordnet.toml) appended after every hand rule:
    each has the type, mode and argument rules of the hand rule it is `based_on`, fired by its
    own bare verbs and nouns only."""
    by_id = {r.id: r for r in vocab.rules}
    extra = tuple(
        replace(
            by_id[str(raw["based_on"])],
            id=str(raw["id"]),
            verbs=words_of(raw.get("verbs")),
            nouns=words_of(raw.get("nouns")),
            adjs=frozenset(),
            phrases=(),
        )
        for raw in derived.get("rules", ())
        if str(raw.get("based_on")) in by_id
    )
    version = f"{vocab.version}+{derived.get('version', '?')}"
    return replace(vocab, version=version, rules=vocab.rules + extra)


def with_actor_nouns(vocab: Vocab, text: str) -> Vocab:
    """The vocabulary with the generated list of person and group nouns (actor_nouns.txt:
    one lemma a line, its version in the first comment) as the `actor_nouns` word list."""
    lines = text.splitlines()
    version = lines[0].lstrip("# ").split(":")[0] if lines else "?"
    words = frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))
    return replace(
        vocab,
        version=f"{vocab.version}+{version}",
        attributes={**vocab.attributes, "actor_nouns": words},
    )


@cache
def load_vocab() -> Vocab:
    hand = parse_vocab(_read("vocab.toml"), _read("roles.toml"), _read("modality.toml"))
    nouns = data_path("events", "actor_nouns.txt").read_text(encoding="utf-8")
    return with_actor_nouns(with_derived(hand, _read("vocab_wordnet.toml")), nouns)
