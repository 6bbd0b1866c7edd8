"""Shapes of a trigger and a word near it that the argument reading (events_args) tests:
whether a word is a means fired, a weapon, a site acted on, a thing asked for, a courtesy
title with no name, whether a verb of asking is passive, furnishes its object, or uses a means
for an act, and whether a refused act is a harm spared. Each is a small predicate over the
parse and the vocabulary's word lists, read by events_args and, for a few, by the main event's
ranking (events_salience) and the stage's assembly (events)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, agentive_phrase
from chronicler.annotate.events_match import VERB_POS, to_infinitive
from chronicler.annotate.events_phrases import partitive_of, prep_objects
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import Rule, lemma, word_in

if TYPE_CHECKING:
    from spacy.tokens import Token


def instrument_users(trigger: Token, ctx: Context) -> list[Token] | None:
    """Who does the act a means is used for: the subject (or "by"-agent) of the verb of using
    whose infinitive the trigger is, also when the parser hangs it on the means ("protesters
    used laser pointers to target police", "the militants used a truck to attack the
    checkpoint": the protesters, the militants, were the pointers and no one); None when the
    trigger is no such infinitive (roles.toml instrument_verbs; version 1.63.0)."""
    if trigger.pos_ not in VERB_POS or not to_infinitive(trigger):
        return None
    if trigger.dep_ == "xcomp":
        verb = trigger.head
    elif trigger.dep_ in ("relcl", "acl") and trigger.head.dep_ == "dobj":
        verb = trigger.head.head  # "used a truck to attack": read as the truck's
    else:
        return None
    if verb.pos_ not in VERB_POS or lemma(verb) not in ctx.vocab.words("instrument_verbs"):
        return None
    users = subjects(verb)
    return list(users.active or users.agent)


def means_fired(trigger: Token, ctx: Context) -> list[Token]:
    """The means a verb fires, where the parser may hang whom it was aimed at: its object and,
    for a measure noun, what that counts ("fired a volley of shots at the police": "at" on
    "shots"; `measure_nouns`, roles 1.84.0)."""
    out = [c for c in trigger.children if c.dep_ == "dobj"]
    measures = ctx.vocab.words("measure_nouns")
    out += [o for m in out if lemma(m) in measures for o in prep_objects(m, frozenset({"of"}))]
    out += [o for m in out if (o := partitive_of(m, ctx.vocab)) is not None and o not in out]
    return out


def refused_harm(trigger: Token, refused: Token, rule: Rule, ctx: Context) -> bool:
    """A rejection's refused act is one done against someone (`refused_harm_types`: "refusing
    to crack down on Islamic hardliners", "refused to arrest the protesters"): whom it would
    be done to is spared, not rejected; the rejection is of whoever asked for it (roles
    1.178.0). A refused act of dealing with someone ("refused to meet X") keeps X."""
    own = ctx.rules.get(refused.i)
    return (
        rule.type == "REJECT"
        and own is not None
        and own.type.lower() in ctx.vocab.words("refused_harm_types")
    )


def site_acted_on(target: Token, trigger: Token, ctx: Context) -> bool:
    """A building or a site (`site_nouns`) an assault or a seizure is done to, as its object
    or the object of its own preposition ("set fire to a supermarket in Bristol", "raided a
    clinic in Gaza")."""
    rule = ctx.rules.get(trigger.i)
    return (
        rule is not None
        and rule.type in ("ASSAULT", "COERCE")
        and target.pos_ == "NOUN"
        and lemma(target) in ctx.vocab.words("site_nouns")
    )


def weapon_fired(target: Token, ctx: Context) -> bool:
    """A weapon or what it shoots as the object, also read through a count ("fired dozens of
    shots"; `weapon_nouns`)."""
    counted = partitive_of(target, ctx.vocab) or target
    # (the plural as written too: "firing small arms at it", whose lemma is the limb's)
    return as_written(target, ctx).dep_ == "dobj" and word_in(
        counted, ctx.vocab.words("weapon_nouns")
    )


def as_written(target: Token, ctx: Context) -> Token:
    """The object as written that a target read through a count stands for: "fired dozens of
    shots at the man" reads "shots" for the object "dozens" (`quantity_nouns`, a numeral;
    roles 1.102.0); any other target is itself."""
    count = target.head.head if target.dep_ == "pobj" and lemma(target.head) == "of" else None
    return count if count is not None and partitive_of(count, ctx.vocab) is target else target


def asked_thing(trigger: Token, target: Token, ctx: Context) -> bool:
    """The noun a participle of demanding hangs on, or the subject of its passive, that is no
    person nor body: the thing demanded ("the cuts demanded by the IMF")."""
    told = (trigger.dep_ == "acl" and target.i == trigger.head.i) or (
        target.dep_ == "nsubjpass" and target.head.i == trigger.i
    )
    return told and target.pos_ == "NOUN" and not agentive_phrase(target, ctx)


def nominal_gerund(trigger: Token) -> bool:
    """A gerund standing as a noun phrase, a subject or an object with no subject or object of
    its own ("Shelling from Syria hit two villages"): its "from" is where it came from, as an
    act noun's is, not an object of a verb ("shelling from the hills at the town")."""
    return (
        trigger.tag_ == "VBG"
        and trigger.dep_ in ("csubj", "nsubj", "nsubjpass", "dobj", "pobj")
        and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in trigger.children)
    )


def asked_in_passive(trigger: Token, rule: Rule) -> bool:
    """A verb of asking in the passive with a subject: that subject is the one asked, and the
    object of the infinitive it is asked to do is no target of the request ("Anyone with
    information is asked to call the police", "Witnesses are urged to contact detectives":
    not the police, the detectives), whoever the subject is (roles 1.60.0)."""
    if rule.type != "REQUEST" or trigger.pos_ not in VERB_POS:
        return False
    deps = {c.dep_ for c in trigger.children}
    return "nsubjpass" in deps and "auxpass" in deps


def furnished(verb: Token, obj: Token, ctx: Context) -> bool:
    """The object of a verb of furnishing is the one given what its "with" phrase names
    ("supplied Woodward with leads", "provided the rebels with weapons"; the parser may hang
    the "with" on the object); "supplied weapons to the rebels" gives the weapons."""
    if lemma(verb) not in ctx.vocab.words("furnishing_verbs") or obj.dep_ != "dobj":
        return False
    return any(p.i > obj.i for h in (verb, obj) for p in prep_objects(h, frozenset({"with"})))


def bare_honorific(tok: Token, ctx: Context) -> bool:
    """A courtesy title with no name after it in its sentence names no one ("Seven bullets
    hit Mr." where the sentence was cut before the name: no target "Mr"; `honorifics`,
    roles 1.90.0)."""
    if tok.lower_ not in ctx.vocab.words("honorifics"):
        return False
    return all(t.is_punct or t.is_space for t in tok.doc[tok.i + 1 : tok.sent.end])
