"""Parties a phrase on an act names by its words rather than by the parse's subject or
object (roles 1.199.0).

A command phrase: "Abu Nidal was murdered on the orders of Saddam Hussein", "the editor was
arrested at the behest of the minister", "killed on the general's instructions": the act
names no doer of its own, but the one who ordered it had it done, and is its actor (PLOVER
codes an ordered act's source as the one ordering it). The command noun itself ("orders"),
when it is a trigger, is given by that same "of" object or owner, not undergone by it.

An act offered in a gerund: "repeated his offer of holding talks with Vajpayee": the offer is
made to the other party of the talks (Vajpayee), not to "holding talks".

An "anti-X" adjective: "rebels launched anti-American attacks", "students staged
anti-government protests": the act is aimed at X, its target (X is never its doer,
events_actors.negated_prefix).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import text_country
from chronicler.annotate.events_actors import Context, agentive_phrase, can_act, entity_at
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_GIVER_PREPS = frozenset({"of", "from", "by"})
_PARTY_PREPS = frozenset({"with", "to"})


def _order_givers(command: Token, ctx: Context) -> list[Token]:
    """Who gave the command a command noun names: its owner ("the general's orders") or its
    "of" / "from" / "by" object ("the orders of Saddam", "orders from the commander")."""
    owners = [c for c in command.children if c.dep_ == "poss"]
    givers = owners + prep_objects(command, _GIVER_PREPS, ("pobj",))
    return [g for g in givers if can_act(g, ctx) and agentive_phrase(g, ctx)]


def _command_phrase(prep: Token, ctx: Context) -> Token | None:
    """The command noun a preposition takes, when the preposition is one of command
    ("on the orders of", "at the behest of")."""
    if prep.dep_ != "prep" or lemma(prep) not in ctx.vocab.words("command_phrase_preps"):
        return None
    nouns = ctx.vocab.words("command_phrase_nouns")
    return next(
        (n for n in prep.children if n.dep_ == "pobj" and (lemma(n) in nouns or n.lower_ in nouns)),
        None,
    )


def command_givers(trigger: Token, ctx: Context) -> list[Token]:
    """Who ordered the act: the givers of the command a phrase on the trigger names ("was
    murdered on the orders of X": X); none without such a phrase."""
    for prep in trigger.children:
        command = _command_phrase(prep, ctx)
        if command is not None:
            return _order_givers(command, ctx)
    return []


def command_noun_givers(trigger: Token, ctx: Context) -> list[Token] | None:
    """For a command noun that is itself a trigger in a command phrase ("on the orders of
    X"), who gave it (X, its actor); None for any other trigger."""
    command = _command_phrase(trigger.head, ctx) if trigger.dep_ == "pobj" else None
    if command is None or command.i != trigger.i:
        return None
    return _order_givers(trigger, ctx)


def opposed_by_prefix(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The X of an "anti-X" adjective on an act noun of `opposed_prefix_types`, when X names
    an actor ("anti-American attacks": American, the US; not "anti-war protests")."""
    if rule.type.lower() not in ctx.vocab.words("opposed_prefix_types"):
        return []
    return [
        c
        for c in trigger.children
        if c.dep_ in ("amod", "compound", "nmod")
        and c.i >= 2
        and c.nbor(-1).text == "-"
        and c.nbor(-2).lower_ == "anti"
        and _names_actor(c, ctx)
    ]


def _names_actor(token: Token, ctx: Context) -> bool:
    """An entity or a word of a kind of actor, tested as if the prefix were not there (the
    prefix itself makes events_actors.is_agentive say no)."""
    if entity_at(token, ctx) in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if text_country(token.text, "en") is not None:  # "anti-American": the tagger names none
        return True
    low = lemma(token)
    return any(low in words or token.lower_ in words for _, words in ctx.vocab.roles)


def offered_act_parties(targets: list[Token], ctx: Context) -> list[Token]:
    """A target that is the gerund of an act offered or proposed ("his offer of holding talks
    with the rebel leader") names no party; the "with" / "to" party of that act does (the
    rebel leader). Other targets are kept as they are."""
    out: list[Token] = []
    for target in targets:
        parties: list[Token] = []
        objects = [c for c in target.children if c.dep_ == "dobj"]
        gerund = target.tag_ == "VBG" or (target.lower_.endswith("ing") and bool(objects))
        if target.dep_ == "pcomp" and lemma(target.head) == "of" and gerund:
            acts = [target, *objects]
            parties = [
                p
                for act in acts
                for p in prep_objects(act, _PARTY_PREPS, ("pobj",))
                if agentive_phrase(p, ctx)
            ]
        out += [p for p in parties or [target] if p not in out]
    return out
