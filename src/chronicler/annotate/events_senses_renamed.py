"""Words that name no act of their own: a strike an attack of its clause is done "in" (the
attack named again), and a participle a verb of describing gives as what someone seemed
("describing the suspect as subdued": a state, no act), and a person's "firing" from a job.
Each check has the signature of
events_filters' checks (vocabulary 1.387.0)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, is_agentive, people_noun
from chronicler.annotate.events_folds import act_done_in_strike
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_PARTICIPLE_TAGS = frozenset({"VBN", "JJ"})


def strike_naming_an_attack(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Warplanes bombed the town in a second strike this week": the strike an attack is
    done in is that attack again, one event, no labour strike; "Dock workers walked out in a
    strike over pay" stays (a walkout is no attack)."""
    act = act_done_in_strike(trigger, rule)
    if act is None or act.i not in ctx.rules or ctx.rules[act.i].type != "ASSAULT":
        return None
    return "the attack of its clause named again"


def described_state(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Police described the suspect as subdued", "portrayed the protesters as injured": a
    participle a verb of describing (`describing_verbs`) gives after "as" tells how someone
    seemed to the speaker, no act anyone did; "described how troops subdued the crowd" (a
    clause with a subject of its own) stays."""
    if trigger.tag_ not in _PARTICIPLE_TAGS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for c in trigger.children):
        return None
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in trigger.children)
    head = trigger.head
    if not marked and head.lower_ == "as" and trigger.dep_ in ("pobj", "pcomp", "amod"):
        marked, head = True, head.head  # "as" read as a preposition over the participle
    if not marked or head.i == trigger.i:
        return None
    if lemma(head) not in ctx.vocab.words("describing_verbs"):
        return None
    return "a state described, no act"


def dismissal_firing(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Cheeks's firing came after a losing season", "the coach's firing": the noun "firing"
    owned by a named person or a holder of a post (`dismissed_post_nouns`), with no one or
    nothing fired at or fired ("Smith's firing at the officers", "the firing of rockets"
    stay), is a dismissal from a job, no gunfire."""
    if trigger.pos_ != "NOUN" or trigger.lower_ != "firing":
        return None
    if any(c.dep_ == "prep" for c in trigger.children):
        return None
    owners = [c for c in trigger.children if c.dep_ == "poss"]
    posts = ctx.vocab.words("dismissed_post_nouns")
    if owners and all(o.pos_ == "PROPN" or lemma(o) in posts for o in owners):
        return "a dismissal from a job, no gunfire"
    return None


def ramming_no_one(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The car rammed into a tree", "rammed the gate": a ramming of no person, no crowd and
    no party is a crash (`ram-people` keeps "rammed his truck into the crowd")."""
    if rule.id != "ram-people":
        return None
    if any(people_noun(t, ctx) or is_agentive(t, ctx) for t in targets):
        return None
    return "a ramming of a thing, a crash"


RENAMED_SENSES = (strike_naming_an_attack, described_state, dismissal_firing, ramming_no_one)
