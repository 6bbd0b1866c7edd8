"""What an attack was aimed at, past the places told around it (roles 1.189.0).

Three misreadings give an attack the town or region it happened in as its target though the
sentence names what was hit:

- "opened fire with rifles at the vehicle ...": the parser hangs the "at" phrase on the
  weapon of the "with" phrase, so the vehicle was no target and a place phrase was read
  instead. Whom a weapon is aimed at is the attack's (`target_preps` of its rule).
- "fired on the crowd on the outskirts of Jenin", "on the northern edge of the Gaza Strip": a
  phrase of a place's part (`place_part_nouns`: edge, outskirts) tells where, not a second
  target, when something else was hit.
- "a suicide bomber blew himself up at a bus station in the town of Hadera": with the bomber
  himself the object, the site of the blast (`site_nouns`) is what was hit, not the town it
  stands in (as "a bomb at a store" hits the store).

And the side one fights for or alongside is no target of the fight ("imagine him fighting for
a terrorist regime", "fought alongside the Northern Alliance": `fought_for_preps`); a firing
with no target of its own after a coming upon a post of a force ("ran into an army post and
opened fire", "approached a police station and opened fire": `fire_approach_verbs`) is aimed
at that post.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, agentive_phrase
from chronicler.annotate.events_match import VERB_POS
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_targets import in_place_phrase
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_WITH = frozenset({"with"})
_AT = frozenset({"at"})


def aimed_past_places(
    trigger: Token, rule: Rule, actors: list[Token], targets: list[Token], ctx: Context
) -> list[Token]:
    """The attack's targets with what it was aimed at put before the places read for it."""
    if rule.type != "ASSAULT" or trigger.pos_ not in VERB_POS:
        return targets
    if rule.reciprocal:  # "fighting for a terrorist regime": his side, not his enemy
        sides = prep_objects(trigger, ctx.vocab.words("fought_for_preps"))
        targets = [t for t in targets if t not in sides]
    aimed = [
        t
        for weapon in prep_objects(trigger, _WITH)
        for t in prep_objects(weapon, rule.target_preps)
        if t not in actors and t not in targets
    ]
    aimed = aimed or _blast_site(trigger, targets, ctx)
    if aimed:
        # a place read for the attack gives way to what it was aimed at
        targets = aimed + [t for t in targets if not in_place_phrase(t) and t not in aimed]
    hit = [t for t in targets if not _place_part(t, ctx)]
    return hit or targets or _post_come_upon(trigger, actors, ctx)


_APPROACH_PREPS = frozenset({"into", "upon", "on", "at", "to", "toward", "towards"})


def _post_come_upon(trigger: Token, actors: list[Token], ctx: Context) -> list[Token]:
    """The post of a force the verb before the firing came upon ("ran into an army post and
    opened fire"): an agentive phrase, its object or the object of its preposition of
    reaching, of a verb of `fire_approach_verbs` the firing is coordinated after."""
    if trigger.dep_ != "conj" or trigger.head.i > trigger.i:
        return []
    came = trigger.head
    if came.pos_ != "VERB" or lemma(came) not in ctx.vocab.words("fire_approach_verbs"):
        return []
    reached = [c for c in came.children if c.dep_ == "dobj"]
    reached += prep_objects(came, _APPROACH_PREPS)
    reached += [
        o for p in came.children if p.dep_ == "prt" for o in prep_objects(p, _APPROACH_PREPS)
    ]
    return [r for r in reached if agentive_phrase(r, ctx) and r not in actors]


def _blast_site(trigger: Token, targets: list[Token], ctx: Context) -> list[Token]:
    """The site a bomber blew himself up at ("blew himself up at a bus station"), when what
    was read as hit is only a place around it."""
    reflexive = ctx.vocab.words("reflexive_pronouns")
    if not any(c.dep_ == "dobj" and c.lower_ in reflexive for c in trigger.children):
        return []
    if any(not in_place_phrase(t) for t in targets):
        return []
    sites = ctx.vocab.words("site_nouns")
    return [s for s in prep_objects(trigger, _AT) if lemma(s) in sites]


def _place_part(target: Token, ctx: Context) -> bool:
    """A target that is a place's part, or the place of one ("on the northern edge of the
    Gaza Strip": the edge, the Gaza Strip)."""
    parts = ctx.vocab.words("place_part_nouns")
    if lemma(target) in parts and target.dep_ == "pobj":
        return True
    return (
        target.dep_ == "pobj"
        and lemma(target.head) == "of"
        and lemma(target.head.head) in parts
        and target.head.head.dep_ == "pobj"
    )
