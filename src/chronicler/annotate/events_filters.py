"""Which matched triggers report a political event at all.

A trigger word is not yet an event: a generic verb needs actors around it ("they cooked
hamburgers donated by well-wishers" is no aid), some words only name an event in some
constructions ("agents charged with spying on opponents" is a duty, "when asked whether"
is a question). Each check is a small function of the trigger, its rule and the argument
heads that returns why the trigger is no event, or None; `rejection` runs them in turn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_args import (
    Context,
    agentive_phrase,
    expand,
    governing_verb,
    is_agentive,
)
from chronicler.annotate.events_match import lemma
from chronicler.annotate.events_vocab import Rule

if TYPE_CHECKING:
    from spacy.tokens import Token

Check = Callable[["Token", Rule, Sequence["Token"], Sequence["Token"], Context], "str | None"]

_RECIPIENT_PREPS = frozenset({"to", "for"})


def _objects(trigger: Token, ctx: Context) -> list[Token]:
    """What a verb acts on: its direct object, its passive subject, or the noun a reduced
    relative modifies ("hamburgers donated by ...")."""
    out = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not out and trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VBN":
        out = [trigger.head]
    return [_through_of(o, ctx) for o in expand(out)]


def _through_of(head: Token, ctx: Context) -> Token:
    """ "15 of its observers", "dozens of refugees": the "of"-object is what is meant."""
    if head.pos_ == "NUM" or lemma(head) in ctx.vocab.words("quantity_nouns"):
        for child in head.children:
            if child.dep_ == "prep" and lemma(child) == "of":
                return next((g for g in child.children if g.dep_ == "pobj"), head)
    return head


def _recipients(trigger: Token, ctx: Context) -> list[Token]:
    out = []
    for c in trigger.children:
        if c.dep_ == "dative":
            out += [g for g in c.children if g.dep_ == "pobj"] if c.pos_ == "ADP" else [c]
        elif c.dep_ == "prep" and lemma(c) in _RECIPIENT_PREPS:
            out += [g for g in c.children if g.dep_ == "pobj"]
    return [_through_of(r, ctx) for r in expand(out)]


def generic_without_actors(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """A generic verb ("give", "send", "protect") is an event only between actors: a named
    actor must be one ("that position gave him cover" is not), and what is given goes to an
    actor or is aid ("sent troops"); what is protected is an actor, not a building."""
    if not rule.generic or trigger.pos_ != "VERB":
        return None
    # a singular common noun that names no actor is a thing ("that position", "training");
    # plurals may be groups the role lists miss ("volunteers"), pronouns are resolved later
    collective = ctx.vocab.words("collective_nouns")
    if any(
        a.tag_ in ("NN", "VBG") and lemma(a) not in collective and not agentive_phrase(a, ctx)
        for a in actors
    ):
        return "generic verb with a thing as its actor"
    objects = _objects(trigger, ctx)
    if rule.generic == "beneficiary":  # the head itself: "government buildings" are things
        if objects and not any(is_agentive(o, ctx) for o in objects):
            return "generic verb acting on a thing"
        return None
    if any(agentive_phrase(r, ctx) for r in _recipients(trigger, ctx)):
        return None
    if any(c.dep_ == "prep" and lemma(c) == "with" for c in trigger.children) and any(
        agentive_phrase(o, ctx) for o in objects
    ):
        return None  # "provided the rebels with weapons": the object receives
    aid = ctx.vocab.words("aid_objects")
    if any(lemma(o) in aid or o.ent_type_ == "MONEY" for o in objects):
        return None
    if any(o.pos_ == "NOUN" and is_agentive(o, ctx) for o in objects):
        return None  # "sent envoys", "sent 300 troops"; not "he was sent to his home"
    return "generic verb giving something to no one"


def duty_not_charge(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a team of agents charged with spying on opponents": a body charged with doing
    something is given a task, not an indictment."""
    if rule.mode != "charge" or lemma(trigger) != "charge" or trigger.dep_ != "acl":
        return None
    duty = any(
        c.dep_ == "prep"
        and lemma(c) == "with"
        and any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
        for c in trigger.children
    )
    holder = trigger.head
    bodies = ctx.vocab.words("task_holders")
    if duty and (lemma(holder) in bodies or (holder.i > 0 and lemma(holder) in _state_roles(ctx))):
        return "charged with a duty"
    return None


def _state_roles(ctx: Context) -> frozenset[str]:
    return frozenset(
        w
        for role, words in ctx.vocab.roles
        if role in ("police", "military", "government")
        for w in words
    )


def question_not_request(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "When asked whether ...": a journalist's question, not a request."""
    if lemma(trigger) != "ask" or rule.type != "REQUEST":
        return None
    marks = ctx.vocab.words("question_marks")
    for child in trigger.children:
        if child.dep_ in ("ccomp", "advcl") and any(
            g.dep_ in ("mark", "advmod", "nsubj", "dobj") and lemma(g) in marks
            for g in child.children
        ):
            return "a question"
    return None


def custody_left(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "sprung from house arrest", "escaped from detention": a custody noun inside a "from"
    phrase is the custody someone leaves, not a new arrest."""
    if trigger.pos_ != "NOUN" or rule.mode not in ("arrest", "imprison"):
        return None
    tok = trigger.head if trigger.dep_ == "compound" else trigger
    for _ in range(3):
        if tok.dep_ not in ("pobj", "oprd", "dobj", "pcomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "ADP" and lemma(tok) in ctx.vocab.words("release_preps"):
            return "custody left"
    return None


def intent_noun_without_content(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "their plans are uncertain", "discuss plans": a plan or promise names an event only
    with what is planned ("a plan to free", "a peace plan", "the plan for talks")."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("content_nouns"):
        return None
    for child in trigger.children:
        if child.dep_ in ("acl", "compound", "relcl", "amod") or (
            child.dep_ == "prep" and lemma(child) in ("for", "to", "on", "of", "with", "between")
        ):
            return None
    verb, _ = governing_verb(trigger)
    if verb is not None and lemma(verb) in ctx.vocab.words("announce_verbs"):
        return None  # "unveiled a plan", "accepted the offer"
    return "intent noun without content"


def generic_noun_alone(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "they scurried for protection": a generic noun (help, protection, relief) with
    nobody giving or getting it reports no event."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("generic_nouns"):
        return None
    if actors or targets:
        return None
    return "generic noun without participants"


CHECKS: tuple[Check, ...] = (
    generic_without_actors,
    generic_noun_alone,
    duty_not_charge,
    question_not_request,
    custody_left,
    intent_noun_without_content,
)


def rejection(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """Why this trigger reports no event (the first check that says so), or None."""
    for check in CHECKS:
        reason = check(trigger, rule, actors, targets, ctx)
        if reason is not None:
            return reason
    return None
