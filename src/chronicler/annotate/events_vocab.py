"""The event vocabulary: trigger rules, actor roles and modality cues, read from the versioned
data files in chronicler/data/events/ once per process."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import MISSING, dataclass, field, fields, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, get_type_hints

from chronicler.annotate.events_vocab_modality import Modality
from chronicler.annotate.past_roles import PastCues, past_cues
from chronicler.settings import data_path

if TYPE_CHECKING:
    from _typeshed import DataclassInstance
    from spacy.tokens import Token

R = TypeVar("R", bound="DataclassInstance")

# PLOVER's 16 event types, and which count as cooperative (quads 1 and 2) for coding
# statements of intent as AGREE (cooperative) or THREATEN (conflictual).
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
COOPERATIVE_TYPES = frozenset(PLOVER_TYPES[:7])
NO_EVENT = "NONE"  # a rule of this type blocks a trigger (e.g. "released a statement")
# English relative pronouns, by lemma: the clause's subject or object stands for the noun the
# clause is on ("the car that hit her": the car). Here, a module every reader imports, so
# events_senses and events_doer_words read one set (twins41, vocab 1.395.1).
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})


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
    # the mode an event of the rule is given when nothing says how it was done ("were
    # killed": kill), the word the event pair scorer reads; the rule itself says no how, so a
    # causer noun that does still codes it ("the bombing killed five": explosives)
    told_mode: str | None = None
    # The object is the actor's own means ("withdrew its troops from X", "fired rockets at
    # X"): the target is found in the trigger's prepositions instead.
    instrument_object: bool = False
    # fires only without an object ("X's seizure", not "of land") or a "by"-agent
    no_object: bool = False
    # fires only when the object is the doer's own, its possessor a personal pronoun
    # ("destroyed its missiles", not "destroyed the rebels' weapons")
    own_object: bool = False
    clausal: bool = False  # fires only over a reported clause ("protested that ...")
    # fires only over an act its complement names: a clause, a gerund or an infinitive
    # ("denied arresting him", "denied that he was held")
    over_act: bool = False
    # fires only over an act asked of someone: a bare-form clause ("suggested he resign",
    # "recommended that she should leave") or an object's infinitive ("advised him to quit")
    mandative: bool = False
    # causative only over an act with no subject of its own: "helped spring him" (the
    # helpers free him), not "helped Colombia fight" (aid to Colombia)
    bare_causative: bool = False
    # prepositions whose object did the act ("received weapons from X": X gave them)
    source_preps: frozenset[str] = frozenset()
    # a two-way act ("X and Y clashed", "fighting between X and Y"): no side is the target
    reciprocal: bool = False
    # a phrase rule fires only when the phrase's noun has an "of"-object of its own: someone
    # else's release ("won the release of the hostages" brokers it, "won his release" is one)
    phrase_of_object: bool = False
    # a phrase rule fires only when the phrase's word is negated ("found him not guilty")
    phrase_negated: bool = False
    # a phrase rule's noun is the trigger's own word, its object or passive subject, never a
    # preposition's object: "opened fire on the crowd", not "opened investigations into the
    # fire" (where the parser hangs "into" on the verb)
    phrase_own_word: bool = False
    # a noun whose agentive "of"-object asks ("at the request of prosecutors"); any other
    # "of"-object is what is asked for, no participant
    of_agent: bool = False
    # a departure ("left his country", "flew out of Venezuela"): fires only when what it
    # leaves, its object or the object of "out of", is a country, a `context` word or a
    # country's name; and it stays only for a person the same article puts in legal
    # jeopardy (events_departures). `context` is then read as this list alone.
    departure: bool = False
    # who does it must be one of these (the subject, or for an infinitive the subject of the
    # verb it completes: "the union threatened to strike" is a labour strike, "the army
    # threatened to strike" is no such thing)
    doers: frozenset[str] = frozenset()
    # never when the object's "of"-phrase names one of these ("signed a memorandum of
    # understanding": an agreement, not a directive; vocabulary 1.273.0)
    object_of_not: frozenset[str] = frozenset()
    # fires only when one party does it alone: no coordinated subject ("the US and Japan
    # signed"), no subject counted as several sides ("the two countries", "both sides") and
    # no partner after "with" or "between" (vocabulary 1.273.0)
    one_party: bool = False
    # a noun trigger fires only as the object of "in" hung on one of these lemmas ("trained
    # in hand-to-hand combat", "skilled in close combat": a skill; vocabulary 1.273.0)
    in_phrase_of: frozenset[str] = frozenset()
    # the `objects` condition also holds for an object that is a place by its own name
    # ("seized parts of Iraq", "captured Mosul": territory; vocabulary 1.366.0)
    place_objects: bool = False
    # the `objects` condition also holds for an object that is a town by its own name, no
    # state's ("blasting Gaza City and Jenin": struck, while "blasted Washington" is a state
    # criticised), with no reason given ("over", "for"; events_place_objects.struck_town;
    # vocabulary 1.439.0)
    town_objects: bool = False
    # fires only in a sentence holding one of these words ("arson-fire": a fire noun in a
    # sentence of arson; vocabulary 1.277.0)
    sentence_words: frozenset[str] = frozenset()
    # `sentence_words` also hold when a `target_preps` object is a person's name ("the hunt
    # for Osama bin Laden"; events_named_quarry; vocabulary 1.437.2)
    named_quarry: bool = False
    # never in a sentence holding one of these words ("search-and-rescue": a rescue in a
    # sentence telling a bombing is aid after an attack, not the emergency services' work
    # after an accident; vocabulary 1.398.0)
    sentence_words_not: frozenset[str] = frozenset()
    # a speaker's judgement, the predicate of a copula clause a reporting verb reports: the
    # speaker acts on the party judged ("says it is time for Arafat to exert control", "says
    # today's action is unjustified"; events_spoken_judgements; vocabulary 1.426.1)
    speaker_acts: bool = False
    # the one who feels displeasure at a cause told disapproves of it ("was disappointed by
    # the decision": the one disappointed, the decision; events_spoken_judgements; vocabulary
    # 1.430.0)
    feeler_acts: bool = False
    # fires only on a reporting verb telling another party obliged to act ("says the minister
    # must resign": a demand on the minister; events_spoken_demands; vocabulary 1.432.0)
    speaker_demands: bool = False
    # fires only on a reporting verb telling a wrong of another party ("say the gang is
    # responsible for the bombings": an accusation of the gang; events_spoken_allegations;
    # vocabulary 1.437.0)
    speaker_alleges: bool = False
    # fires only on a verb of wanting or waiting for an act of another party ("wants the
    # Government to release the documents"; events_wanted_acts; vocabulary 1.432.0)
    wanted_of_other: bool = False
    # the votes by which a word no rule lists took this rule from its WordNet neighbours
    # (events_unseen); 0 for the vocabulary's own rules, and never written in it
    fallback: float = 0.0


@dataclass(frozen=True)
class SpeechAct:
    """One entry of the speech-act table: a statement of intent coded `act` (THREATEN,
    AGREE) that announces an act of one of the `announced` codings ("TYPE/mode", "TYPE", or
    "*" for any) takes this PLOVER mode (the content of a threat) and CAMEO code."""

    act: str
    announced: frozenset[str]
    mode: str | None
    cameo: str | None

    def covers(self, type_: str, mode: str | None) -> bool:
        keys = {type_.lower(), f"{type_}/{mode}".lower() if mode else type_.lower(), "*"}
        return bool(self.announced & keys)


class _Worded(Protocol):
    """A rule of either language's vocabulary, as far as its words and conditions go."""

    @property
    def verbs(self) -> frozenset[str]: ...
    @property
    def nouns(self) -> frozenset[str]: ...
    @property
    def adjs(self) -> frozenset[str]: ...
    @property
    def phrases(self) -> Iterable[tuple[str, str]]: ...
    @property
    def objects(self) -> frozenset[str]: ...
    @property
    def context(self) -> frozenset[str]: ...


def rule_words_without(rule: _Worded, gone: frozenset[str]) -> dict[str, Any] | None:
    """A rule's words, phrases and object and context conditions without the words `gone`
    (leave-lemma-out), as fields to replace, or None when its object or context condition
    held only with them ("staged" with "protest" for its object would otherwise hold with
    any object)."""
    conditions = {
        name: getattr(rule, name) - gone
        for name in ("objects", "objects_not", "context", "context_not")
    }
    if (rule.objects and not conditions["objects"]) or (rule.context and not conditions["context"]):
        return None
    phrases = [p for p in rule.phrases if not gone & set(p)]
    return {
        "verbs": rule.verbs - gone,
        "nouns": rule.nouns - gone,
        "adjs": rule.adjs - gone,
        # (a frozenset in the Spanish rules, a tuple in table order in the English ones)
        "phrases": frozenset(phrases) if isinstance(rule.phrases, frozenset) else tuple(phrases),
        **conditions,
    }


@dataclass(frozen=True, eq=False)
class Vocab:
    version: str
    rules: tuple[Rule, ...]
    roles: tuple[tuple[str, frozenset[str]], ...]
    modality: Modality
    attributes: dict[str, frozenset[str]]
    # word form -> lemma, where the tagger's lemmatiser slips ("hoped" -> "hop")
    lemma_fixes: Mapping[str, str] = field(default_factory=dict)
    # statements of intent as events of their own, in table order (first match wins)
    speech_acts: tuple[SpeechAct, ...] = ()
    # a state's organs known by a name with no country word ("state department": "USA")
    state_organs: Mapping[str, str] = field(default_factory=dict)
    # marks putting a role word in the past ("former U.S. Marine"; roles.toml past_marks)
    past: PastCues = field(default_factory=PastCues)
    # a participle after a hyphen -> what the word before it is to the phrase ("backed":
    # sponsor; roles.toml hyphen_modifiers)
    hyphen_relations: Mapping[str, str] = field(default_factory=dict)
    # person nouns marking a gender ("masculine", "feminine") and singular nouns of several
    # people ("several"): roles.toml person_descriptions
    person_descriptions: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def speech_act(self, act: str, type_: str, mode: str | None) -> SpeechAct | None:
        """The table's entry for a statement coded `act` announcing a `type_`/`mode` act."""
        return next((s for s in self.speech_acts if s.act == act and s.covers(type_, mode)), None)

    def words(self, name: str) -> frozenset[str]:
        return self.attributes.get(name, frozenset())

    def role_words(self, roles: Collection[str]) -> frozenset[str]:
        """The words of the roles table's `roles` ("police", "military", ...), together."""
        return frozenset(w for role, words in self.roles if role in roles for w in words)

    def readings(self, lemmas: frozenset[str], pos: str) -> frozenset[Coding]:
        """Every coding a rule gives one of `lemmas` as a word of `pos`, whatever its
        conditions: what the word may name when nothing around it says which."""
        return readings_of(self.rules, lemmas, pos)

    def without_trigger(self, word: str) -> Vocab:
        """This vocabulary as if it had never listed `word` (leave-lemma-out measuring): no
        rule has it as a verb, noun or adjective or heads a phrase with it, no rule's object
        or context condition names it (a rule whose condition named only it is gone: "staged"
        with "protest" for its object would still type a protest), and no word list, modality
        cue or role word holds it; lists of modes, types, rule ids and entity labels name no
        words and are kept. Its other spellings go with it ("mobilise" with "mobilize"). The
        former offices (`past`, built from the role words when the vocabulary is read) and word
        lists written in the code (events_quoted_speakers.REPORTING_VERBS) still hold it."""
        gone = spellings(word)
        rules = []
        for r in self.rules:
            words = rule_words_without(r, gone)
            if words is not None:  # (None: its condition held only with the word)
                rules.append(replace(r, **words))
        modality = replace(
            self.modality,
            **{
                f.name: _without(getattr(self.modality, f.name), gone)
                for f in fields(self.modality)
            },
        )
        return replace(
            self,
            rules=tuple(rules),
            roles=tuple((role, _without(words, gone)) for role, words in self.roles),
            modality=modality,
            attributes={
                name: words if name.endswith(_LABEL_LISTS) else _without(words, gone)
                for name, words in self.attributes.items()
            },
            hyphen_relations={k: v for k, v in self.hyphen_relations.items() if k not in gone},
            person_descriptions={k: _without(v, gone) for k, v in self.person_descriptions.items()},
        )


# word lists of [attributes] whose entries are labels, not words: modes, types, rule ids,
# entity labels (kept by Vocab.without_trigger; "riot_acts" holds "type/mode" pairs, no word)
_LABEL_LISTS = ("_modes", "_types", "_rules", "_labels")


def _without(words: frozenset[str], gone: frozenset[str]) -> frozenset[str]:
    """A word list without the words `gone`, nor any multi-word entry one of them is one of
    the words of ("big deal" without "deal")."""
    return frozenset(w for w in words if not gone & set(w.split()))


# British and American spellings of one word: (one ending, the other)
_SPELLINGS = (("ise", "ize"), ("isation", "ization"), ("yse", "yze"), ("our", "or"))


def spellings(word: str) -> frozenset[str]:
    """The word and its other regular spellings ("mobilise", "mobilize"; "honour", "honor")."""
    out = {word}
    for a, b in _SPELLINGS:
        for x, y in ((a, b), (b, a)):
            if word.endswith(x) and len(word) > len(x) + 2:
                out.add(word[: -len(x)] + y)
    return frozenset(out)


# An event's coding: PLOVER type, mode, CAMEO code.
Coding = tuple[str, str | None, str | None]


class _Coded(Protocol):
    """A rule of either language's vocabulary, as far as its coding and words go."""

    @property
    def type(self) -> str: ...
    @property
    def mode(self) -> str | None: ...
    @property
    def cameo(self) -> str | None: ...
    @property
    def verbs(self) -> frozenset[str]: ...
    @property
    def nouns(self) -> frozenset[str]: ...


def readings_of(rules: Iterable[_Coded], lemmas: frozenset[str], pos: str) -> frozenset[Coding]:
    """The codings of the rules listing one of `lemmas` among their words of `pos` (a
    noun's, else a verb's)."""
    return frozenset(
        (r.type, r.mode, r.cameo)
        for r in rules
        if lemmas & (r.nouns if pos in ("NOUN", "PROPN") else r.verbs)
    )


def words_of(value: Any) -> frozenset[str]:
    """A TOML list of words as a lower-case set."""
    return frozenset(str(v).lower() for v in (value or ()))


def role_words(
    table: dict[str, Any], roles: dict[str, Any], words: Callable[[Any], frozenset[str]] = words_of
) -> tuple[tuple[str, frozenset[str]], ...]:
    """A [roles] table (role -> words, in order) with roles.toml's `rank_abbreviations` of
    each role added to its words ("gen.", "cnel." to military): the short forms of a
    rank are one list for both languages."""
    short = roles.get("rank_abbreviations", {})
    return tuple((k, words(v) | words(short.get(k))) for k, v in table.items())


def phrase_pairs(value: Any) -> tuple[tuple[str, str], ...]:
    """A TOML list of two-word phrases as lower-case (head lemma, child lemma) pairs; an
    entry of any other length is dropped."""
    return tuple(
        (parts[0].lower(), parts[1].lower())
        for parts in (str(p).split() for p in (value or ()))
        if len(parts) == 2
    )


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


# How a TOML value is read for each field type a vocabulary record uses (frozenset[str], the
# word lists, is read by the caller's `words`).
_READERS: dict[object, Callable[[Any], Any]] = {
    str: str,
    str | None: _optional_str,
    bool: bool,
    tuple[tuple[str, str], ...]: phrase_pairs,
    frozenset[tuple[str, str]]: lambda value: frozenset(phrase_pairs(value)),
}


def read_record(
    cls: type[R],
    raw: Mapping[str, Any],
    *,
    words: Callable[[Any], frozenset[str]] = words_of,
    defaults: Mapping[str, Any] | None = None,
    readers: Mapping[str, Callable[[Any], Any]] | None = None,
) -> R:
    """A frozen dataclass from a TOML table keyed on its fields, each value read by the
    field's type (`words` for word lists) or by its entry in `readers`. A missing key takes
    its entry in `defaults`, else the field's own default, else its type's empty value; a
    missing str and a key the dataclass lacks are errors naming the table's id."""
    hints = get_type_hints(cls)
    name = f"{cls.__name__} {raw.get('id', '?')!r}"
    unknown = sorted(set(raw) - set(hints))
    if unknown:
        raise ValueError(f"{name}: unknown key(s) {unknown}")
    values: dict[str, Any] = {}
    for f in fields(cls):
        hint = hints[f.name]
        read = (readers or {}).get(f.name) or (
            words if hint == frozenset[str] else _READERS.get(hint)
        )
        if read is None:
            raise TypeError(f"{cls.__name__}.{f.name}: no TOML reader for {hint}")
        if f.name in raw:
            values[f.name] = read(raw[f.name])
        elif defaults and f.name in defaults:
            values[f.name] = defaults[f.name]
        elif f.default is MISSING and f.default_factory is MISSING:
            if hint is str:
                raise ValueError(f"{name}: missing key {f.name!r}")
            values[f.name] = read(None)
    return cls(**values)


def _rule(raw: dict[str, Any]) -> Rule:
    return read_record(
        Rule, raw, defaults={"subject": "actor", "poss": "actor"}, readers={"fallback": float}
    )


def _read(name: str) -> dict[str, Any]:
    with data_path("events", name).open("rb") as fh:
        return tomllib.load(fh)


def parse_vocab(vocab: dict[str, Any], roles: dict[str, Any], modality: dict[str, Any]) -> Vocab:
    """Build a Vocab from parsed TOML tables (separate from I/O so tests can pass their own)."""
    rules = tuple(_rule(r) for r in vocab.get("rules", ()))
    role_table = role_words(roles.get("roles", {}), roles)
    speech_acts = tuple(read_record(SpeechAct, raw) for raw in vocab.get("speech_acts", ()))
    unknown = ({r.type for r in rules} | {s.act for s in speech_acts}) - set(PLOVER_TYPES)
    unknown -= {NO_EVENT}
    if unknown:
        raise ValueError(f"event vocabulary names unknown PLOVER types: {sorted(unknown)}")
    mod_fields = Modality.__dataclass_fields__
    return Vocab(
        version="+".join(str(d.get("version", "?")) for d in (vocab, roles, modality)),
        rules=rules,
        roles=role_table,
        modality=Modality(**{k: words_of(modality.get(k)) for k in mod_fields}),
        # roles.toml's own word lists (weapons as doers...) join the vocabulary's
        attributes={
            k: words_of(v)
            for k, v in {**vocab.get("attributes", {}), **roles.get("attributes", {})}.items()
        },
        lemma_fixes={str(k).lower(): str(v).lower() for k, v in vocab.get("lemmas", {}).items()},
        speech_acts=speech_acts,
        state_organs=state_organs(roles),
        past=past_cues(roles, frozenset().union(*(w for _, w in role_table))),
        hyphen_relations={
            word: relation
            for relation, words in roles.get("hyphen_modifiers", {}).items()
            for word in words_of(words)
        },
        person_descriptions={
            k: words_of(v) for k, v in roles.get("person_descriptions", {}).items()
        },
    )


def state_organs(roles: dict[str, Any]) -> dict[str, str]:
    """roles.toml's `state_organs`: folded name -> alpha-3, English and Spanish names in one
    table (both pipelines read it)."""
    return {str(k).lower(): str(v).upper() for k, v in roles.get("state_organs", {}).items()}


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


def lemma(token: Token) -> str:
    """The token's lemma, with the lemmatiser's known slips repaired (vocab.toml [lemmas])."""
    lem = token.lemma_.lower()
    i = token.i
    if i >= 2 and token.doc[i - 1].text == "-" and token.doc[i - 2].lower_ == "non":
        return f"non{lem}"  # "non-violent", "non - violent": never "violent" (vocab 1.338.6)
    return load_vocab().lemma_fixes.get(token.lower_, lem)


def word_in(token: Token, words: frozenset[str]) -> bool:
    """The token's lemma or its lower-cased text is one of `words` (lemmas of plurals and
    inflected forms vary)."""
    return lemma(token) in words or token.lower_ in words


def verb_listed(verb: Token, words: frozenset[str]) -> bool:
    """The verb's lemma, or its lemma with one of its particles ("break up"), is one of
    `words`."""
    low = lemma(verb)
    return low in words or any(
        f"{low} {c.lower_}" in words for c in verb.children if c.dep_ == "prt"
    )


def word_index(rule_words: Iterable[Iterable[str]]) -> dict[str, tuple[int, ...]]:
    """Each word -> the positions, in table order, of the rules whose words (one iterable per
    rule, in table order) hold it: a token is then tried only against the rules naming it."""
    found: dict[str, list[int]] = {}
    for i, words in enumerate(rule_words):
        for word in words:
            found.setdefault(word, []).append(i)
    return {w: tuple(ids) for w, ids in found.items()}
