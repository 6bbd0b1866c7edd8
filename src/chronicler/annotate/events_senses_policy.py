"""A plan described, no agreement: "It's a plan that will not add to our deficit", "the
committees made progress on a plan that will lower costs", "the plans are being put in
place". A plan or a proposal
(`described_plan_nouns`) that a sentence only describes, by what it is or what it will do,
names a policy, with no one who agreed to it nor anything agreed; "Obama's plan", "the peace
plan", "a plan to free the prisoners" and "the plan agreed by both sides" name its owner, its
content or its parties and stay. The check has the signature of events_filters' checks
(vocabulary 1.378.1)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# what names a plan's owner, its content or its parties: a possessive, a noun before it, an
# infinitive or a participle after it, an "of", "for", "by", "with", "between" or "on" phrase
_NAMING_DEPS = frozenset({"poss", "compound", "nmod", "acl", "appos"})
_NAMING_PREPS = frozenset({"of", "for", "by", "with", "between", "on", "from", "to"})
_THING_PRONOUNS = frozenset({"it", "this", "that"})
_RELATIVE_PRONOUNS = frozenset({"that", "which"})


def plan_described(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """A plan noun with no party, owner or content, that is the predicate of "be" ("It's a
    plan that ...") or whose relative clause says what it will do ("a plan that will lower
    costs"): a policy described, no agreement."""
    if rule.type != "AGREE" or trigger.pos_ != "NOUN":
        return None
    # the subject "be" says it of is what the plan is, no party ("It is a plan that ...")
    if targets or any(lemma(a) not in _THING_PRONOUNS for a in actors):
        return None
    if lemma(trigger) not in ctx.vocab.words("described_plan_nouns"):
        return None
    for child in trigger.children:
        if child.dep_ in _NAMING_DEPS:
            return None
        if child.dep_ == "prep" and lemma(child) in _NAMING_PREPS:
            return None
    relatives = [c for c in trigger.children if c.dep_ == "relcl"]
    # "a plan that both sides signed": who made or took it up is named, a party
    if any(not _plan_does(r) for r in relatives):
        return None
    described = trigger.dep_ == "attr" and lemma(trigger.head) == "be"
    if not described and not relatives and not _plan_handled(trigger, ctx):
        return None
    return "a plan described, a policy, no agreement"


def _plan_handled(trigger: Token, ctx: Context) -> bool:
    """A plan only handled, with no one named who handles it: the passive subject of a verb
    with no "by" ("why the plans are being put in place", "rather than individual proposals
    being put out there"), or counted by a quantity noun ("is taking a set of proposals to
    the meeting"; `plan_quantity_nouns`): a policy moved about, no agreement (prec45,
    vocabulary 1.439.0)."""
    head = trigger.head
    if trigger.dep_ == "nsubjpass":
        return not any(c.dep_ == "agent" for c in head.children)
    if trigger.dep_ != "pobj" or lemma(head) != "of":
        return False
    counter = head.head
    if lemma(counter) not in ctx.vocab.words("plan_quantity_nouns"):
        return False
    return not any(c.dep_ in ("poss", "compound") for c in counter.children)


def _plan_does(relative: Token) -> bool:
    """The relative clause tells what the plan itself does or will do: its active subject is
    the relative pronoun ("that will lower costs"; not "which was approved by the council")."""
    return any(c.dep_ == "nsubj" and lemma(c) in _RELATIVE_PRONOUNS for c in relative.children)


POLICY_SENSES = (plan_described,)
