"""Words that stand in for a party or name none (roles 1.199.2).

A stance as the doer: "Government policy has ruled out any devaluation of the peso": a policy
rejects nothing, the Government does (`stance_holder_nouns`; its owner or the actor word
before it). A public body's adjective on an inquiry: "Labor wants a parliamentary inquiry"
(the parliament holds it; `inquiring_body_adjectives`), when nothing else names its doer. An
act as the object of working together: "moved to coordinate the hunt" (the hunt is what is
worked on, no party; `joint_work_nouns`). A document filed: "The papers, filed in a lawsuit,
allege" (the papers are what is filed, no target; `filed_document_nouns`). A warrant's issuer
for the act it is "for": "A judge issued a warrant for the arrest of X" (the judge).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act, is_agentive
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def stance_holders(actors: list[Token], ctx: Context) -> list[Token]:
    """Each actor that is a stance noun with an owner or a modifier naming an actor ("the
    party's position", "Government policy") replaced by that owner; others kept."""
    nouns = ctx.vocab.words("stance_holder_nouns")
    out: list[Token] = []
    for actor in actors:
        holder = None
        if actor.pos_ == "NOUN" and lemma(actor) in nouns:
            holder = next(
                (
                    c
                    for c in actor.children
                    if c.dep_ in ("poss", "compound", "nmod")
                    and c.i < actor.i
                    and (is_agentive(c, ctx) or can_act(c, ctx))
                    and c.pos_ in ("NOUN", "PROPN")
                ),
                None,
            )
        out.append(holder if holder is not None else actor)
    return out


def inquiring_bodies(trigger: Token, ctx: Context) -> list[Token]:
    """The public body's adjective on an inquiry noun ("a parliamentary inquiry"), as its
    doer; none otherwise."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("inquiry_nouns"):
        return []
    adjectives = ctx.vocab.words("inquiring_body_adjectives")
    return [
        c
        for c in trigger.children
        if c.dep_ in ("amod", "compound") and c.i < trigger.i and c.lower_ in adjectives
    ]


def worked_on_acts(trigger: Token, rule: Rule, targets: list[Token], ctx: Context) -> list[Token]:
    """The targets of an act of working together (COOPERATE) without the acts or operations
    it works on ("coordinate the hunt": no target; "with local militias" stays)."""
    if rule.type != "COOPERATE":
        return targets
    nouns = ctx.vocab.words("joint_work_nouns")
    return [t for t in targets if not _worked_on(t, trigger, nouns)]


def _worked_on(target: Token, trigger: Token, nouns: frozenset[str]) -> bool:
    """The trigger's object is an act noun with no party of its own after it ("the hunt";
    not "the operation with local militias", whose party a later reading takes)."""
    if target.pos_ != "NOUN" or target.dep_ != "dobj" or target.head.i != trigger.i:
        return False
    partnered = any(c.dep_ == "prep" and lemma(c) in ("with", "against") for c in target.children)
    return lemma(target) in nouns and not partnered


def filed_documents(trigger: Token, rule: Rule, targets: list[Token], ctx: Context) -> list[Token]:
    """The targets of an accusation without the document its passive verb says was filed
    ("The papers, filed in a lawsuit in the US, allege": the papers)."""
    if rule.type != "ACCUSE" or lemma(trigger) != "file":
        return targets
    nouns = ctx.vocab.words("filed_document_nouns")
    return [t for t in targets if not (t.pos_ == "NOUN" and lemma(t) in nouns)]


def warrant_issuers(trigger: Token, ctx: Context) -> list[Token]:
    """Who issued the warrant an act noun is the "for" object of ("A judge issued a warrant
    for the arrest of X": the judge orders the arrest, as "issued an arrest warrant for X"
    already reads); none otherwise."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or lemma(prep) != "for":
        return []
    warrants = ctx.vocab.words("warrant_nouns")
    issuing = prep.head
    if lemma(issuing) in warrants and issuing.dep_ == "dobj":
        issuing = issuing.head
    elif not any(c.dep_ == "dobj" and lemma(c) in warrants for c in issuing.children):
        return []  # (the parser may hang the "for" on the verb of issuing)
    return [s for s in subjects(issuing).active if can_act(s, ctx)]


def active_subjects(verb: Token) -> list[Token]:
    """Who does `verb`: its active subjects, or, for an active conjunct with no subject of its
    own coordinated with a passive ("after being discovered living in Baghdad and facing
    interrogation"), the passive subject it shares, which it does not undergo but does."""
    subj = subjects(verb)
    if subj.active:
        return list(subj.active)
    own = {c.dep_ for c in verb.children}
    if verb.dep_ != "conj" or own & {"auxpass", "nsubj", "nsubjpass"} or verb.tag_ == "VBN":
        return []
    return list(subj.passive)
