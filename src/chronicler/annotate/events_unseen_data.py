"""The unseen-word fallback's data (events_unseen): its settings (data/events/unseen.toml)
and the table of each word's WordNet neighbours the vocabulary lists
(data/events/unseen_wordnet.tsv.gz, built by bench/build_unseen_wordnet.py), read once per
process; a row is parsed only when its word is met."""

from __future__ import annotations

import gzip
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from chronicler.settings import data_path


@dataclass(frozen=True)
class Neighbour:
    """A vocabulary word WordNet relates to an unseen one."""

    word: str
    pos: str  # "v" | "n"
    relation: str  # syn, der, hyp, hyp2, hypo, grp, also
    rank: int  # of the unseen word's sense it comes through, most frequent first
    own_rank: int  # of its own sense
    synset: int  # the related synset, numbered within the unseen word's row
    # hand-written vocabulary words of its type near that sense, as (pos, lemma): the sense
    # counts only while one of them is listed; () when it has no other sense
    anchors: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class UnseenSettings:
    version: str
    min_votes: float
    min_share: float
    dyadic_votes: float
    direct_relations: frozenset[str]
    decisive_relations: frozenset[str]
    decisive_strength: frozenset[str]  # parts of speech ("v") a decisive vote makes sure
    min_synsets: int
    relations: dict[str, float]
    senses: tuple[float, ...]
    verb_lexnames: frozenset[str]
    noun_lexnames: frozenset[str]
    known_lists: tuple[str, ...]  # words known as any part of speech
    # words known only as verbs ("fight" among the participation verbs) or only as nouns
    # ("shell" among the explosive devices: "shelled the town" is still unseen)
    known_verb_lists: tuple[str, ...] = ()
    known_noun_lists: tuple[str, ...] = ()
    # particles that make a phrasal verb another act than its verb ("call off" is no call)
    sense_particles: frozenset[str] = frozenset()
    # prepositions whose prepositional verb's row is read before the bare verb's ("called for
    # sanctions" is requesting, "called" alone naming or phoning)
    prepositions: frozenset[str] = frozenset()
    # weights of the senses past `senses` read for derivations alone, in order
    derivation_senses: tuple[float, ...] = ()
    # a link weighing less than this is no evidence either way: it votes for no type and
    # dilutes no vote (since 1.17.0)
    min_link: float = 0.0
    # a type voted through a rule whose object or context condition holds wins the vote
    selective: bool = False
    # a doer named by a noun of people or a group ("a Saudi businessman") is a party
    people_doers: bool = False
    # suffixes making a noun of a verb ("deploy" + "ment", "evacuate" + "ion"): a listed noun
    # so made of an unseen verb votes as the word's own other form (relation "morph"), and
    # so does a listed verb an unseen noun is made of by one of `noun_suffixes` (relation
    # "morph_noun": a noun so made often names the act's result, "a pension contribution",
    # so it weighs less), whether WordNet links them or not
    nominal_suffixes: tuple[str, ...] = ()
    noun_suffixes: tuple[str, ...] = ()
    # suffixes making a verb of a noun ("threat" + "en"): the listed noun an unseen verb is so
    # made of votes as its own other form (relation "morph", since 1.13.0)
    verb_suffixes: tuple[str, ...] = ()
    # light verbs, each with its kind ("launch": doing, "send": giving): verbs whose act is
    # named by their object ("launched missiles at", "sent troops", "received aid"). Such a
    # verb, unseen, takes the type of the rules of light verbs of its kind whose object
    # condition holds on its object (_light_rule), before its WordNet neighbours are read
    light_verbs: dict[str, str] = field(default_factory=dict)
    # kinds of light verbs that act on an act their object names ("lifted the blockade"): for
    # them an event noun object counts as any other
    act_kinds: frozenset[str] = frozenset()
    # the votes such an event counts toward `dyadic_votes`
    light_votes: float = 0.0
    # a kind of light verbs whose converse kind's object rules tell what its object is, when
    # its own say nothing ("giving": "receiving", whose "receive-aid" names arms and food);
    # the type is taken with the kind's own rule of that type ("aid-give"), since the roles
    # are reversed (the receiver is the subject)
    converse_kinds: dict[str, str] = field(default_factory=dict)
    # the share of its kin's votes a type needs when a verb of `act_kinds` acting on an act no
    # rule of its kind names takes the type of its kin's first holding rules (since 1.12.0);
    # above 1: never
    kin_share: float = 2.0
    # nouns naming a force beside the vocabulary's own_force_nouns: a verb whose object names
    # one reads its neighbours' rules of own_force_types first ("mobilized reservists" moves
    # forces, through "mobilization", which "protest" lists before "mobilize"); () turns off
    force_nouns: tuple[str, ...] = ()
    # verbs of arriving, approaching, entering and advancing (a WordNet class) that an armed
    # force doing them makes a deployment: they take the rule `force_motion_rule` without its
    # context condition, weighing `force_motion_votes` (since 1.32.0; events_unseen_motion);
    # doers modified by one of `force_motion_not_doers` are no armed force ("fire fighters")
    force_motion_verbs: frozenset[str] = frozenset()
    force_motion_rule: str = ""
    force_motion_votes: float = 0.0
    force_motion_not_doers: frozenset[str] = frozenset()
    # armed groups the rule's doers leave out ("gunman", "militant"), the marks of a people
    # noun told armed ("armed men"), and the counts or formations whose "of" phrase names who
    # moves ("hundreds of marines", "a convoy of troops", "truckloads of armed men")
    force_motion_doers: frozenset[str] = frozenset()
    armed_marks: frozenset[str] = frozenset()
    force_formation_nouns: frozenset[str] = frozenset()
    # a type whose votes no direct link or two synsets corroborate is left out of a plain
    # vote, its votes with it, so it splits no other type's
    drop_uncorroborated: bool = False
    # a light verb's object that another light verb of its kind makes a listed phrase with
    # ("took refuge") votes for that phrase's rule as an object rule holding would (since
    # 1.13.0: "sought refuge" is "take-refuge"'s)
    light_phrases: bool = False
    # an unseen verb taking back (a neighbour of it is one of `reneging_verbs`: "rescind",
    # "revoke") an act of these types its object or the object of one of `reneging_preps`
    # names ("reneged on its pledge", "welshed on the deal") refuses what was agreed: it takes
    # the rule `refusal_rule` (since 1.13.0; () turns off)
    reneged_types: frozenset[str] = frozenset()
    reneging_verbs: frozenset[str] = frozenset()
    reneging_preps: frozenset[str] = frozenset()
    refusal_rule: str = ""
    # the votes a type needs when a rule of it (any verb's) whose object condition holds on
    # the verb's object decides the vote (since 1.14.0: "scuppered the resolution" is
    # REJECT's "block-decision", not the COERCE of its neighbour "ban"); above any: never
    object_type_votes: float = 100.0
    # and the share of the best-voted event type's votes it needs: a type few neighbours
    # vote for is no reading of the verb ("prevented the demonstration" is no halting of
    # it, though "stop" and "halt" vote so, beside the many verbs of restricting)
    object_type_share: float = 1.0
    # the preposition an unseen verb takes corroborates a vote for a type the vocabulary
    # lists a verb-and-preposition phrase of (since 1.16.0): "pushed for higher wages" is
    # REQUEST through the one synset of "urge" and "press" above it, as "call for" is
    prep_corroborates: bool = False
    # an unseen noun written as one word of a listed phrase's word and head ("airstrike":
    # "strike air", "jailbreak": "break jail") takes that phrase's rule (since 1.16.0); the
    # phrase's word must not be one of these particles ("upbeat" is no "beat up"); empty:
    # never read so
    compound_particles: frozenset[str] = frozenset()
    closed_compounds: bool = False
    # a noun the table has no row for reads the row of the verb spelled as it ("ordered
    # patrols": the act of patrolling), with the verbs' lexicographer files (since 1.18.0)
    noun_reads_verb: bool = False
    # since 1.21.0: a word the vocabulary lists as one part of speech only (a noun, a verb) is
    # unseen as the other ("loaned" beside the noun "loan"); before, a word listed as any
    # part of speech was never unseen
    listed_by_pos: bool = False
    # parts of speech ("v") whose own other form by a regular suffix keeps its link beside
    # the WordNet derivation of the same pair, the stronger of the two weighing (since
    # 1.20.0); others: the WordNet derivation, through the senses it names, decides
    stronger_own_forms: frozenset[str] = frozenset()
    # a verb whose lead type a rule's object condition backs ("retook the village": ASSAULT
    # seize through "seize" and "capture", whose rule names villages) weighs `light_votes` at
    # least, as an object overturning the lead does (since 1.23.0)
    object_backing: bool = False
    # modes of acts done to people (taking or holding them): a neighbour's rule of one votes
    # only on a verb whose object, if any, is a person; rules of things taken (by id) only on
    # one whose object is none (since 1.24.0)
    person_object_modes: frozenset[str] = frozenset()
    thing_object_rules: frozenset[str] = frozenset()
    # rules (by id) of acts done to people whatever their mode, read as those modes' rules
    # are (since 1.26.0: "picked off a pass" is no shooting, "picked off three soldiers" is)
    person_object_rules: frozenset[str] = frozenset()
    # an object backs a vote only through a rule of the voted (type, mode) (since 1.24.0)
    backing_by_mode: bool = False
    # an object overturns the neighbours' lead only through a rule of a mode voted (1.29.0)
    overturning_by_mode: bool = False
    # verbs of judging or seeming whose participle complement with no object is a trait told
    # ("find the rules stifling"), no act (since 1.26.0)
    judging_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Entry:
    lexname: str  # of the word's most frequent sense (a noun's: naming an event)
    neighbours: tuple[Neighbour, ...]


def parse_settings(raw: dict[str, Any]) -> UnseenSettings:
    return UnseenSettings(
        version=str(raw.get("version", "?")),
        min_votes=float(raw.get("min_votes", 1.0)),
        min_share=float(raw.get("min_share", 1.0)),
        dyadic_votes=float(raw.get("dyadic_votes", 0.0)),
        direct_relations=frozenset(str(x) for x in raw.get("direct_relations", ())),
        decisive_relations=frozenset(str(x) for x in raw.get("decisive_relations", ())),
        decisive_strength=frozenset(str(x) for x in raw.get("decisive_strength", ())),
        min_synsets=int(raw.get("min_synsets", 1)),
        relations={str(k): float(v) for k, v in raw.get("relations", {}).items()},
        senses=tuple(float(w) for w in raw.get("senses", (1.0,))),
        verb_lexnames=frozenset(str(x) for x in raw.get("verb_lexnames", ())),
        noun_lexnames=frozenset(str(x) for x in raw.get("noun_lexnames", ())),
        known_lists=tuple(str(x) for x in raw.get("known_lists", ())),
        known_verb_lists=tuple(str(x) for x in raw.get("known_verb_lists", ())),
        known_noun_lists=tuple(str(x) for x in raw.get("known_noun_lists", ())),
        sense_particles=frozenset(str(x) for x in raw.get("sense_particles", ())),
        prepositions=frozenset(str(x) for x in raw.get("prepositions", ())),
        derivation_senses=tuple(float(w) for w in raw.get("derivation_senses", ())),
        min_link=float(raw.get("min_link", 0.0)),
        selective=bool(raw.get("selective", False)),
        people_doers=bool(raw.get("people_doers", False)),
        nominal_suffixes=tuple(str(x) for x in raw.get("nominal_suffixes", ())),
        noun_suffixes=tuple(str(x) for x in raw.get("noun_suffixes", ())),
        verb_suffixes=tuple(str(x) for x in raw.get("verb_suffixes", ())),
        light_verbs={
            str(verb): str(kind)
            for kind, verbs in raw.get("light_verbs", {}).items()
            for verb in verbs
        },
        act_kinds=frozenset(str(x) for x in raw.get("act_kinds", ())),
        light_votes=float(raw.get("light_votes", 0.0)),
        converse_kinds={str(k): str(v) for k, v in raw.get("converse_kinds", {}).items()},
        kin_share=float(raw.get("kin_share", 2.0)),
        force_nouns=tuple(str(x) for x in raw.get("force_nouns", ())),
        force_motion_verbs=frozenset(str(x) for x in raw.get("force_motion_verbs", ())),
        force_motion_rule=str(raw.get("force_motion_rule", "")),
        force_motion_votes=float(raw.get("force_motion_votes", 0.0)),
        force_motion_not_doers=frozenset(str(x) for x in raw.get("force_motion_not_doers", ())),
        force_motion_doers=frozenset(str(x) for x in raw.get("force_motion_doers", ())),
        armed_marks=frozenset(str(x) for x in raw.get("armed_marks", ())),
        force_formation_nouns=frozenset(str(x) for x in raw.get("force_formation_nouns", ())),
        drop_uncorroborated=bool(raw.get("drop_uncorroborated", False)),
        light_phrases=bool(raw.get("light_phrases", False)),
        reneged_types=frozenset(str(x) for x in raw.get("reneged_types", ())),
        reneging_preps=frozenset(str(x) for x in raw.get("reneging_preps", ())),
        reneging_verbs=frozenset(str(x) for x in raw.get("reneging_verbs", ())),
        refusal_rule=str(raw.get("refusal_rule", "")),
        object_type_votes=float(raw.get("object_type_votes", 100.0)),
        object_type_share=float(raw.get("object_type_share", 1.0)),
        prep_corroborates=bool(raw.get("prep_corroborates", False)),
        compound_particles=frozenset(str(x) for x in raw.get("compound_particles", ())),
        closed_compounds=bool(raw.get("closed_compounds", False)),
        noun_reads_verb=bool(raw.get("noun_reads_verb", False)),
        listed_by_pos=bool(raw.get("listed_by_pos", False)),
        stronger_own_forms=frozenset(str(x) for x in raw.get("stronger_own_forms", ())),
        object_backing=bool(raw.get("object_backing", False)),
        person_object_modes=frozenset(str(x) for x in raw.get("person_object_modes", ())),
        thing_object_rules=frozenset(str(x) for x in raw.get("thing_object_rules", ())),
        person_object_rules=frozenset(str(x) for x in raw.get("person_object_rules", ())),
        backing_by_mode=bool(raw.get("backing_by_mode", False)),
        overturning_by_mode=bool(raw.get("overturning_by_mode", False)),
        judging_verbs=frozenset(str(x) for x in raw.get("judging_verbs", ())),
    )


@cache
def load_settings() -> UnseenSettings:
    with data_path("events", "unseen.toml").open("rb") as fh:
        return parse_settings(tomllib.load(fh))


def parse_table(lines: list[str]) -> tuple[str, dict[tuple[str, str], str]]:
    """The table's version (its first comment, up to the colon) and its rows by (lemma, pos),
    each still a string: a row is read only when its word is met (parse_entry)."""
    version = lines[0].lstrip("# ").split(":")[0] if lines else "?"
    table: dict[tuple[str, str], str] = {}
    for line in lines:
        if line and not line.startswith("#"):
            word, pos, rest = line.split("\t", 2)
            table[(word, pos)] = rest
    return version, table


def parse_entry(row: str) -> Entry:
    """A row's lexicographer file and neighbours: "lexname<TAB>word/pos/relation/sense/word
    sense/synset/anchors ..." (see bench/build_unseen_wordnet.py)."""
    lexname, cells = row.split("\t")
    neighbours = []
    for cell in cells.split():
        other, other_pos, relation, rank, own_rank, synset, near = cell.split("/")
        anchors = tuple(
            (a.rsplit(".", 1)[1], a.rsplit(".", 1)[0]) for a in near.split(",") if a != "*"
        )
        neighbours.append(
            Neighbour(other, other_pos, relation, int(rank), int(own_rank), int(synset), anchors)
        )
    return Entry(lexname, tuple(neighbours))


@cache
def load_table() -> tuple[str, dict[tuple[str, str], str]]:
    with gzip.open(data_path("events", "unseen_wordnet.tsv.gz"), "rt", encoding="utf-8") as fh:
        return parse_table(fh.read().splitlines())


@lru_cache(maxsize=4096)
def table_entry(word: str, pos: str) -> Entry | None:
    row = load_table()[1].get((word, pos))
    return parse_entry(row) if row is not None else None


def unseen_version() -> str:
    return f"{load_settings().version}+{load_table()[0]}"
