"""Which words name an actor: the argument-finding Context (mentions, vocabulary, triggers,
resolved pronouns), and the tests that a token or a phrase names a person, a group, an
organisation or a state rather than a thing, a time or an event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chronicler.annotate.datelines import is_dash
from chronicler.annotate.events_counted_groups import counted_group
from chronicler.annotate.events_person_names import person_aliases
from chronicler.annotate.events_phrases import hyphenated, phrase_tokens
from chronicler.annotate.events_pronouns import PERSONAL, with_surnames
from chronicler.annotate.events_vocab import Rule, Vocab, lemma, load_vocab
from chronicler.annotate.mention_lookup import entity_at as entity_at
from chronicler.annotate.mention_lookup import mentions_in as mentions_in
from chronicler.annotate.parse_mending_ages import AGE_UNITS
from chronicler.annotate.timex_lexicon import load_lexicon
from chronicler.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


RELATIVE = frozenset({"who", "that", "which", "whom", "whose"})
NEUTER = frozenset({"it", "its"})
PLURAL = frozenset({"they", "them", "their"})
# Entity labels of times and amounts: never an actor or a target.
TIME_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})


def names_time(token: Token) -> bool:
    """A phrase naming when, never who: tagged a date or time, or headed by a weekday or a part
    of the day of the dates grammar (data/dates/en.toml): in "The evening of March 5 the
    journalist was arrested" the parser makes the untagged "evening" a subject. Months are left
    to the tagger: they name people and acts too ("Theresa May", "the march"). An age told
    as a person, which the tagger calls a date, is who ("The 10-year-old was shot";
    parse_mending makes its "old" a noun). A share of people, which the tagger calls a
    percentage or money ("92 per cent of the workforce"), is who: its "of"-phrase (vocabulary
    1.440.0)."""
    if token.ent_type_ in TIME_ENTS and not age_noun(token) and not _share_of_people(token):
        return True
    lex = load_lexicon("en")
    return bool({token.lower_, lemma(token)} & (lex.weekdays.keys() | lex.parts.keys()))


def _share_of_people(token: Token) -> bool:
    """A share noun with an "of"-phrase ("92 per cent of the workforce", `share_nouns`)."""
    return lemma(token) in load_vocab().words("share_nouns") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    )


def age_noun(token: Token) -> bool:
    """The "old" of an age heading a noun phrase ("the 10-year-old", "a six-month-old"):
    a noun with a unit of time before it among its dependents."""
    return (
        token.lower_ == "old"
        and token.tag_ == "NN"
        and any(c.lower_ in AGE_UNITS and c.i < token.i for c in token.children)
    )


@dataclass(frozen=True)
class Context:
    """What argument finding needs besides the parse: mentions and sentence starts."""

    mentions: Sequence[Mention]
    mention_starts: list[int]
    vocab: Vocab
    triggers: frozenset[int]  # token indices that are event triggers in this doc
    rules: dict[int, Rule]  # trigger token index -> its rule
    pronouns: dict[int, Mention]  # token index of a he/she/him/her -> antecedent mention


def make_context(
    mentions: Sequence[Mention],
    vocab: Vocab,
    triggers: dict[int, Rule],
    doc: Doc | None = None,
) -> Context:
    ordered = sorted(person_aliases(mentions), key=lambda m: m.start)
    starts = [m.start for m in ordered]
    pronouns = with_surnames(doc, ordered, starts) if doc is not None else {}
    return Context(ordered, starts, vocab, frozenset(triggers), dict(triggers), pronouns)


def is_agentive(token: Token, ctx: Context) -> bool:
    """An entity or a word naming a kind of actor ("rebels", "prisoners"), not a thing."""
    if negated_prefix(token):
        return False  # "anti-aircraft batteries" are not aircraft
    if entity_at(token, ctx) in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    low = lemma(token)
    if token.pos_ == "PRON" and low not in RELATIVE:
        return True
    return any(low in words or token.lower_ in words for _, words in ctx.vocab.roles)


def negated_prefix(token: Token) -> bool:
    """The word is the X of "anti-X" / "pro-X": it says what the phrase is for or against."""
    return (
        token.i >= 2
        and token.nbor(-1).text == "-"
        and token.nbor(-2).lower_ in ("anti", "pro", "non")
    )


def agentive_phrase(head: Token, ctx: Context) -> bool:
    """Some word of the head's phrase names an actor ("Ugandan opposition candidates"). An
    adjective names one only on a group of people ("armed men"), not on a thing ("official
    contact", "a military aid program")."""
    if head.pos_ == "PRON":  # "helped him oust X": a personal pronoun is a person
        return lemma(head) in PERSONAL | PLURAL | {"we", "us", "i", "me", "you"}
    thing = head.tag_ in ("NN", "VBG") and not is_agentive(head, ctx)
    tokens = phrase_tokens(head)
    # "Russian-made drones": the maker, a sponsor or an origin is no actor of the phrase
    others = {t.i for h in hyphenated(tokens, ctx.vocab) if h.relation != "leader" for t in h.words}
    return any(
        is_agentive(t, ctx)
        for t in tokens
        if t.pos_ != "PRON"
        and t.i not in others
        and not (thing and t.pos_ == "ADJ" and entity_at(t, ctx) is None)
    )


def people_of_act(token: Token, vocab: Vocab) -> bool:
    """A noun of an act that also names those who undergo it (`people_act_nouns`), used of
    people: in the plural or counted one by one ("Cuban exiles protested", "a Cuban exile"),
    not the act ("went into exile", "his exile")."""
    if token.pos_ != "NOUN" or lemma(token) not in vocab.words("people_act_nouns"):
        return False
    return token.tag_ == "NNS" or any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another", "every")
        for c in token.children
    )


def people_noun(token: Token, ctx: Context) -> bool:
    """A common noun for people that no role lists ("to disperse the crowd", "kidnapped a
    businessman"): a listed person word, or a person noun of the generated list that is no
    group ("party", "school" are also institutions)."""
    if token.tag_ not in ("NN", "NNS"):
        return False
    low = lemma(token)
    if low in ctx.vocab.words("person_nouns") or people_of_act(token, ctx.vocab):
        return True
    if low in ctx.vocab.words("counted_people") and token.tag_ == "NNS":  # "several others"
        return any(c.dep_ in ("nummod", "amod", "quantmod") for c in token.children)
    return low in ctx.vocab.words("actor_nouns") and low not in ctx.vocab.words("collective_nouns")


def names_party(token: Token, ctx: Context) -> bool:
    """A phrase that names a party an act can be done by or asked of: an actor's phrase
    (`agentive_phrase`) or a common noun for people (`people_noun`)."""
    return agentive_phrase(token, ctx) or people_noun(token, ctx)


def misplaced_of(head: Token, ctx: Context) -> Token | None:
    """The "of" the parser hung on an act noun's "by"-object although it is the act's own:
    "the killing by police of a 15-year-old boy" (the police killed the boy). Only for a
    doer that is a kind of actor and no follower ("the attack by supporters of Maduro"
    keeps them his), an "of" naming people, and an act noun with no "of" of its own; the
    mirror of "the arrest of the leader by state agents"."""
    by = head.head
    if head.dep_ != "pobj" or by.lower_ != "by" or by.head.i not in ctx.triggers:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in by.head.children):
        return None
    if lemma(head) in ctx.vocab.words("follower_nouns") or not is_agentive(head, ctx):
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    if objects and all(people_noun(o, ctx) or entity_at(o, ctx) == "PERSON" for o in objects):
        return of
    return None


def dash_cut_of(noun: Token) -> list[Token]:
    """The "of"-objects of an act noun whose "of" an aside set off by dashes cuts off, which
    the parser hangs on the aside: "the murder - never carried out - of Savino", "the
    assassination -- ordered by the cartel -- of a judge" (Savino, the judge; roles
    1.76.0)."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or not is_dash(doc[noun.i + 1]):
        return []
    for j in range(noun.i + 2, min(noun.i + 16, len(doc) - 1)):
        if is_dash(doc[j]):
            of = doc[j + 1]
            if of.lower_ != "of" or of.head.i == noun.i:
                return []
            return [c for c in of.children if c.dep_ == "pobj"]
        if doc[j].is_sent_start:
            return []
    return []


def can_act(head: Token, ctx: Context) -> bool:
    """An argument inherited from a governing verb names an actor, a group or a pronoun
    ("it", "they"); a relative pronoun stands for the noun its clause modifies."""
    head = antecedent(head)
    if head.i in ctx.triggers:  # "the arrest of X by Y sparked protests": an event acts not
        return False
    if head.pos_ in ("PRON", "PROPN") or head.tag_ in ("NNS", "NNPS"):
        return True
    if counted_group(head) is not None:  # "Two managed to escape, but the other three boats"
        return True
    if lemma(head) in ctx.vocab.words("collective_nouns"):
        return True
    if head.tag_ == "NN" and people_noun(head, ctx):  # "an armed man carried out a robbery"
        return True
    if head.tag_ == "NN" and not is_agentive(head, ctx) and _owned_only(head, ctx):
        return False  # "Castillo's ouster set off unrest": the ouster, no doer, set it off
    return agentive_phrase(head, ctx)


def _owned_only(head: Token, ctx: Context) -> bool:
    """Only the possessor of the head names an actor ("Castillo's ouster", "the
    president's decision"): the phrase names a thing of theirs."""
    owned = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    return bool(owned) and not any(
        is_agentive(t, ctx) for t in phrase_tokens(head) if t.i not in owned and t.pos_ != "PRON"
    )


def relative_head(token: Token) -> Token:
    """For "who"/"that" as a relative clause's subject, the noun the clause modifies."""
    tok = token
    for _ in range(4):
        if tok.dep_ == "relcl":
            return _person_told_of(tok.head) if lemma(token) in _PERSON_RELATIVES else tok.head
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return _set_off_antecedent(token) or token


_THING_RELATIVES = frozenset({"that", "which"})


def _set_off_antecedent(token: Token) -> Token | None:
    """A "that" or "which" set off by a comma whose clause the parser hung on the main verb
    instead of on the noun before it ("followed an ambush on a bus in the north, that killed
    10 people": the ambush, was the pronoun itself): the widest noun phrase ending right
    before the comma, climbed from its last word through the phrases it closes."""
    if lemma(token) not in _THING_RELATIVES or token.dep_ != "nsubj" or token.i < 2:
        return None
    if token.nbor(-1).text != "," or token.head.dep_ not in ("advcl", "conj", "ccomp"):
        return None
    last = token.nbor(-2)
    tok, found = last, None
    while True:
        if tok.pos_ in ("NOUN", "PROPN"):
            found = tok
        head = tok.head
        if head.i == tok.i or head.i > tok.i or head.dep_ == "ROOT":
            break
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "acl":
            break  # only a participle on a noun stays inside the phrase ("a bus carrying")
        if max(t.i for t in head.subtree if not t.is_punct) != last.i:
            break
        tok = head
    return found


_PERSON_RELATIVES = frozenset({"who", "whom"})


def _person_told_of(noun: Token) -> Token:
    """A "who" stands for a person: where the parser hangs its clause on a word for no person
    whose "of" phrase names one ("the death of their boss, who was gunned down", "the home of
    Mayor Ortiz, who"), the clause is that person's (roles 1.167.0)."""
    words = load_vocab().words("person_nouns") | load_vocab().words("actor_nouns")
    if noun.pos_ != "NOUN" or lemma(noun) in words:
        return noun
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for person in prep.children:
            if person.dep_ == "pobj" and (
                (person.pos_ == "NOUN" and lemma(person) in words)
                or (person.pos_ == "PROPN" and person.ent_type_ == "PERSON")
            ):
                return person
    return noun


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the attacks that were ...": the attacks), else
    the token itself."""
    return relative_head(token) if lemma(token) in RELATIVE else token
