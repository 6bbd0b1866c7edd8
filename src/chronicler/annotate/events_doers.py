"""Who did an act told with an event noun as its subject ("a raid that freed Ortega from
prison"): a raid frees nobody, the ones who took part in it did. The noun's own doers stand
for it, or no one. A weapon does nothing either ("killed by a police bullet"): whoever it is
told as belonging to, or who fired it, did the act, else no one is named."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_act_modifiers import scene_of_attack
from chronicler.annotate.events_actors import (
    RELATIVE,
    Context,
    antecedent,
    can_act,
    is_agentive,
    people_noun,
)
from chronicler.annotate.events_args import argument_heads
from chronicler.annotate.events_party_clauses import clause_subject
from chronicler.annotate.events_phrases import partitive_of
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def _weapon_it(head: Token, ctx: Context) -> Token | None:
    """The weapon an "it" stands for, the subject of the clause that reports it ("the gun was
    sent to a laboratory to determine whether it was used to kill him": the gun, as the
    participant rules resolve it; a weapon is no doer; roles 1.35.0)."""
    if head.pos_ != "PRON" or head.lower_ != "it":
        return None
    subject = clause_subject(head)
    if subject is None or subject.pos_ != "NOUN" or subject.i == head.i:
        return None
    return subject if lemma(subject) in ctx.vocab.words("weapon_nouns") else None


def act_doers(heads: list[Token], rule: Rule, ctx: Context) -> list[Token]:
    """`heads` with an event noun read as its own doers ("X took part in a raid that freed
    Ortega": X), else dropped. An act of the same type told as what did it stays ("a bombing
    wounded two soldiers", events_party_checks.act_as_doer), but not through a relative
    clause, which re-tells the noun's act ("a stabbing that killed a passenger": no killer
    named). A custody act (an arrest, a release) is done by someone who can act, never by a
    thing."""
    out: list[Token] = []
    custody = rule.mode in ctx.vocab.words("custody_modes")
    for head in heads:
        noun = antecedent(head)
        # "the gun that killed her": the relative pronoun stands for the weapon (roles 1.24.0)
        weapon = noun if noun.pos_ == "NOUN" else _weapon_it(head, ctx) or head
        # "Some of the pellets hit the victims": the weapons a part is counted out of (roles
        # 1.152.0)
        weapon = partitive_of(weapon, ctx.vocab) or weapon
        if weapon.pos_ == "NOUN" and (
            lemma(weapon) in ctx.vocab.words("weapon_nouns") or _force_as_means(weapon, ctx)
        ):
            out += [h for h in weapon_holders(weapon, ctx) if h not in out]
            continue
        if noun is not head:
            noun = _act_of_thing(noun, ctx)
        other = ctx.rules.get(noun.i)
        person = people_noun(noun, ctx)  # "protesters": people, though a protest's word
        # an act of the same type told as what did it stays ("a bombing wounded two
        # soldiers", as PLOVER codes it), unless a relative clause re-tells the noun's own
        # act: "a stabbing that killed a passenger" names one act, with no one who did it
        same = (
            other is not None
            and other.type == rule.type
            and (bool(rule.fallback) or lemma(head) not in RELATIVE)
        )
        if same and not person and _recalled_harm(noun, rule, ctx):
            continue  # "the bombings killed 259 people": who bombed is not told here
        kind = _kind_of_doers(noun, ctx) if same and not person else []
        if kind:  # "the terrorist blasts killed 257 people": terrorists, not the blasts
            out += [k for k in kind if k not in out]
            continue
        if other is not None and noun.pos_ == "NOUN" and not same and not person:
            found = argument_heads(noun, other, ctx)[0]
            out += [a for a in found if a not in out and a.i != noun.i]
        elif custody and not person and not _able(head, noun, ctx):
            continue
        elif head not in out:
            out.append(head)
    return out


def _force_as_means(noun: Token, ctx: Context) -> bool:
    """ "used excessive and lethal force to crush the protests", "force was used": force as a
    mass noun (singular, with no determiner or number) is a means, as a weapon is, not a
    body of troops ("the force", "a multinational force", "security forces" stay)."""
    if noun.tag_ != "NN" or lemma(noun) not in ctx.vocab.words("means_of_force"):
        return False
    return not any(c.dep_ in ("det", "nummod", "poss", "compound") for c in noun.children)


def _recalled_harm(noun: Token, rule: Rule, ctx: Context) -> bool:
    """A definite event noun told as what did a harm ("the bombings killed 259 people", "the
    attack wounded 12 soldiers") re-tells an act told before: it is how they died, not who
    killed them, so no actor is named (PLOVER codes the actor unknown, as for a weapon, roles
    1.15.0). A noun told as someone's ("the Israeli strikes killed ...", "the rebels'
    attack") keeps them; an indefinite one ("a roadside bombing killed ...") stays as the
    dev gold codes it, with the noun as the source."""
    if noun.pos_ != "NOUN" or rule.type.lower() not in ctx.vocab.words("harm_doer_types"):
        return False
    if (
        not any(
            c.dep_ == "det" and c.lower_ in ctx.vocab.words("definite_words") for c in noun.children
        )
        and not _bare_plural(noun)
        and not _indefinite_act(noun, ctx)
    ):
        return False
    # a date or a count before it tells when or how many, not whose ("the Aug. 7 bombings"),
    # as a place it went off in does ("the Nairobi explosion"; roles 1.45.0)
    return not any(
        c.dep_ in ("poss", "compound", "amod", "nmod")
        and (c.ent_type_ not in _COUNTS or people_noun(c, ctx) or is_agentive(c, ctx))
        and not (c.dep_ == "compound" and scene_of_attack(c, rule, ctx))
        for c in noun.children
    )


def _indefinite_act(noun: Token, ctx: Context) -> bool:
    """A singular act noun with "a"/"an" or none ("a clinic bombing wounded a nurse", "a
    shooting killed two guards") names no doer either: a bombing is done by someone the
    clause does not name, as the PLOVER manual codes "killed in a suicide bombing" with no
    actor. A going off ("a minefield explosion killed two youths") is no one's act and stays,
    as the dev gold codes it with the explosion as the source (roles 1.52.0)."""
    if noun.tag_ != "NN" or lemma(noun) in ctx.vocab.words("explosion_nouns"):
        return False
    return all(c.lower_ in ("a", "an") for c in noun.children if c.dep_ == "det")


def _kind_of_doers(noun: Token, ctx: Context) -> list[Token]:
    """An adjective naming a kind of actor and no one by name on an act told as its doer
    ("the terrorist blasts killed 257 people", "a rebel attack killed 25 villagers"): the
    kind of people who did it, as a noun before it is ("the rebel attacks"), not the act."""
    return [
        c
        for c in noun.children
        if c.dep_ == "amod" and c.pos_ == "ADJ" and not c.ent_type_ and is_agentive(c, ctx)
    ]


def _bare_plural(noun: Token) -> bool:
    """A plural event noun with no determiner, bare or counted ("explosions killed dozens",
    "two bombings killed 12 people"), tells how they died as a definite one does, naming no
    one; only a singular indefinite one ("a minefield explosion killed ...") stays, as the
    dev gold codes it, and one with a name before it ("US Predator attacks killed ...")
    keeps it (roles 1.24.0)."""
    if noun.tag_ != "NNS" or any(c.dep_ == "det" for c in noun.children):
        return False
    # "Recent US Predator attacks killed ...": a name anywhere before it tells whose they are
    return not any(
        t.ent_type_ not in _COUNTS or t.pos_ == "PROPN" for left in noun.lefts for t in left.subtree
    )


_COUNTS = frozenset({"", "CARDINAL", "ORDINAL", "QUANTITY", "DATE", "TIME"})


def _act_of_thing(noun: Token, ctx: Context) -> Token:
    """What a relative clause on a thing an act was done to tells of: the act ("the bombing
    of a Birmingham abortion clinic that killed an officer": the bombing killed him, not the
    clinic, nor Birmingham). A noun that can act stays ("the arrest of a guard who shot ...")."""
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and lemma(prep) == "of"
        and prep.head.i in ctx.rules
        and prep.head.pos_ == "NOUN"
        and not people_noun(noun, ctx)
        and not is_agentive(noun, ctx)
        and noun.pos_ == "NOUN"
    ):
        return prep.head
    return noun


def _able(head: Token, noun: Token, ctx: Context) -> bool:
    """A doer of a custody act: a name, a pronoun, a group or a role; not a thing ("the
    decree freed him") nor an event (can_act)."""
    if noun.i in ctx.triggers:
        return False
    return head.pos_ in ("PRON", "PROPN") or can_act(head, ctx)


def weapon_holders(weapon: Token, ctx: Context) -> list[Token]:
    """Who a weapon told as the doer stands for: the one it is told as belonging to ("a
    police bullet", "a sniper's bullet": the police, the sniper) or who fired or threw it ("a
    bullet fired by a guard"); no one else. The PLOVER manual codes the actor of "two
    civilians were killed by a bomb" as unknown: the weapon is how, not who."""
    owners = [
        c
        for c in weapon.children
        if c.dep_ in ("poss", "compound", "amod") and (people_noun(c, ctx) or is_agentive(c, ctx))
    ]
    if owners:
        return owners
    if weapon.dep_ == "dobj" and lemma(weapon.head) in ctx.vocab.words("using_verbs"):
        # "China used excessive and lethal force to crush the protests": who uses it
        return [c for c in weapon.head.children if c.dep_ == "nsubj"]
    return [
        o
        for acl in weapon.children
        if acl.dep_ in ("acl", "relcl") and acl.tag_ == "VBN"
        for agent in acl.children
        if agent.dep_ == "agent"
        for o in agent.children
        if o.dep_ == "pobj"
    ]
