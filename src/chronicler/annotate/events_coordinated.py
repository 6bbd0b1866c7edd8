"""Act nouns coordinated with another act noun's argument: "Iraq's invasion of Kuwait and its
military buildup". The small English model hangs the second act noun on the first one's
"of"-object as its conjunct, so the buildup would be a second invaded party and its "its"
would go to the clause's subject ("The UN condemned ..."). An act noun is no party of
another act: it is a conjunct of that act, and a possessive "its"/"their" on it stands for
the possessor of the act it is coordinated with (roles 1.21.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act, people_noun
from chronicler.annotate.events_scenes import owning_place
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_OWNING_PRONOUNS = frozenset({"its", "their"})


def coordinated_act(conjunct: Token, first: Token, ctx: Context) -> bool:
    """`conjunct`, coordinated with `first` (a party), names an act of the vocabulary, not a
    party: it is no second target or actor ("invaded Kuwait and its oil fields" keeps the
    fields; "the rebels and the gunmen" keeps the gunmen, a word for people)."""
    return (
        conjunct.i != first.i
        and conjunct.pos_ == "NOUN"
        and conjunct.i in ctx.rules
        and first.i not in ctx.rules
        and not people_noun(conjunct, ctx)
    )


def parallel_owner(pronoun: Token, ctx: Context) -> Token | None:
    """The possessor an "its"/"their" on a coordinated act noun stands for: the possessor of
    the act noun it is coordinated with, or of the act whose "of"-object the parser hung it
    on ("Iraq's invasion of Kuwait and its military buildup": Iraq); None otherwise."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in _OWNING_PRONOUNS:
        return None
    noun = pronoun.head
    if noun.i not in ctx.rules or noun.dep_ != "conj":
        return None
    first = noun.head
    while first.dep_ == "conj":
        first = first.head
    if first.i not in ctx.rules and first.dep_ == "pobj" and lemma(first.head) == "of":
        first = first.head.head  # the act whose "of"-object the parser hung it on
    if first.i not in ctx.rules:
        return None
    owners = [c for c in first.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return owners[0] if owners else None


_VERB_POS = frozenset({"VERB", "AUX"})
# what may stand between two coordinated verbs sharing an object ("arrested and later charged")
_BETWEEN_DEPS = frozenset({"cc", "advmod", "punct"})


def shared_object(verb: Token, rule_type: str, ctx: Context) -> list[Token]:
    """The object of the verb coordinated right after `verb`, which has none of its own:
    both verbs take it ("police arrested and charged the mayor", "the army beat and jailed two
    students"; roles 1.39.0). Only for acts done to someone (`shared_object_types`: "marched
    and burned cars" leaves the march without a target), the second verb with no subject of
    its own and only an "and"/"or", an adverb or a comma between them."""
    if rule_type.lower() not in ctx.vocab.words("shared_object_types"):
        return []
    if any(c.dep_ in ("dobj", "dative", "prep", "xcomp", "ccomp") for c in verb.children):
        return []
    second = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in _VERB_POS), None)
    if second is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return []
    between = verb.doc[verb.i + 1 : second.i]
    if not any(t.lower_ in ("and", "or") for t in between):
        return []
    if not all(t.dep_ in _BETWEEN_DEPS and t.head.i in (verb.i, second.i) for t in between):
        return []
    return [c for c in second.children if c.dep_ == "dobj"]


def shared_possessor(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The possessor of the noun an act noun is coordinated after, when the act noun has no
    determiner, possessor or party word of its own: one "'s" owns both ("Mr Sharon's hard
    words and air strikes": Sharon's strikes; "the general's threats and raids"); only for
    a possessor who acts (`rule.poss` actor) and who can act, never a place named as where
    the act happened (roles 1.206.0). "the general's threats and the raids", "Sharon's words
    and Hamas attacks" keep their own readings."""
    if rule.poss != "actor" or trigger.pos_ != "NOUN" or trigger.dep_ != "conj":
        return []
    if any(c.dep_ in _OWN_OWNERS for c in trigger.children):
        return []
    first = trigger.head
    while first.dep_ == "conj":
        first = first.head
    if first.pos_ != "NOUN" or any(
        c.dep_ in ("compound", "amod") and can_act(c, ctx) for c in trigger.children
    ):
        return []
    owners = [c for c in first.children if c.dep_ == "poss" and c.lower_ not in _OWNING_PRONOUNS]
    return [o for o in owners[:1] if can_act(o, ctx) and not owning_place(o, rule, ctx)]


# What gives an act noun parties of its own: a determiner, a possessor, a count.
_OWN_OWNERS = frozenset({"det", "poss", "nummod"})
