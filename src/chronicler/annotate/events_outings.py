"""Visits and calls that meet or ask no one (vocabulary 1.195.0).

A visit whose only visited are places of a sight, a memory or a work ("paid a visit to the
city's old prison", "visited the national museum", "a visit to a war memorial") is a tour of
the place, no meeting: there is no host to consult ("visited the governor", "a visit to
Moscow", a state, stay; an inspectors' visit is an inspection, the rule inspection-visit).
A visit by a people named by its nationality or by tourists is travel ("Americans visiting
Kenya"), and a departure one is free to make is a liberty, no exile ("would be free to leave
the country"; vocabulary 1.229.0).
A telephone call listened to, taken part in or named by its medium ("other calls I had
listened to", "said on a call with reporters", "phone calls") is a conversation, no request
("calls for his resignation", "the call on the government to resign" stay). Each check
returns why the trigger is no event, or None, as the checks of events_filters do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at, is_agentive
from chronicler.annotate.events_phrases import partitive_of, prep_objects
from chronicler.annotate.events_senses_speech import public_roles
from chronicler.annotate.events_things import through_of
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def place_visit(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "met with officials and paid a visit to the city's Hoa Lo prison", "the president
    visited the museum": a visit whose every visited is a place of a sight or a memory
    (`visited_places`) meets no one; so does a tour of them ("led his team on a tour of three
    suspected weapons sites"; "a tour of early-voting states" stays; vocabulary 1.212.0)."""
    if rule.type != "CONSULT" or lemma(trigger) not in ("visit", "tour"):
        return None
    places = ctx.vocab.words("visited_places")
    # a tour's "of"-objects are what it goes round, whoever the targets found ("a tour of
    # weapons sites classified as sensitive by the Iraqi authorities")
    toured = [o for o in prep_objects(trigger, frozenset({"of"})) if o.dep_ == "pobj"]
    if lemma(trigger) == "tour" and toured and all(lemma(t) in places for t in toured):
        return "a tour of places, no meeting"
    # "surprise visits to a number of sites", "visit any of the eight sites": the "of"-object
    seen = [_of_object(t, ctx) for t in targets if t.pos_ != "PRON" or lemma(t) == "any"]
    if seen and all(lemma(t) in places for t in seen):
        return "a visit to a place, no meeting"
    return None


def _of_object(head: Token, ctx: Context) -> Token:
    """What a count or a quantifier of places stands for: "a number of sites", "any of the
    sites" (version 1.236.7)."""
    if lemma(head) == "any":
        return next(iter(prep_objects(head, frozenset({"of"}))), head)
    return partitive_of(head, ctx.vocab) or head


_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def travellers_visit(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Americans should exercise caution when visiting Kenya", "tourists visiting Egypt":
    a visit whose every visitor is a people named by its nationality in the plural or a
    traveller is travel, with no host party to consult ("American officials visiting Kenya",
    "the foreign minister is visiting Kenya" stay; vocabulary 1.229.0)."""
    if rule.type != "CONSULT" or trigger.pos_ != "VERB" or lemma(trigger) != "visit":
        return None
    visitors = list(actors)
    if not visitors and trigger.dep_ == "advcl":  # "when visiting": the clause's subject
        visitors = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    visitors = [through_of(v, ctx) for v in visitors]  # "thousands of pilgrims"
    travellers = ctx.vocab.words("traveller_nouns")
    return (
        "travel, no meeting"
        if visitors
        and all(
            (v.ent_type_ == "NORP" and v.tag_ in _PLURAL_TAGS) or lemma(v) in travellers
            for v in visitors
        )
        else None
    )


def free_to_leave(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the soonest Elian would be free to leave the country", "is now able to leave the
    country": a departure one is free or able to make is a liberty, no exile ("was forced to
    leave the country", "left the country for Spain" stay with the rule; vocabulary 1.229.0)."""
    if not rule.departure or trigger.pos_ != "VERB" or trigger.dep_ != "xcomp":
        return None
    head = trigger.head
    if head.pos_ == "ADJ" and lemma(head) in ctx.vocab.words("liberty_adjectives"):
        return "free to leave, no exile"
    return None


def phone_call(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "That struck me as different than other calls I had listened to", "listened to calls
    between the leaders", "said on a call with reporters", "phone calls": a call named by its
    medium, listened to, or one someone is on is a conversation, no request; a call with a
    "for" or an "on" of its own asks ("calls for his resignation")."""
    if rule.type != "REQUEST" or trigger.pos_ != "NOUN" or lemma(trigger) != "call":
        return None
    if any(c.dep_ == "prep" and lemma(c) in ("for", "on", "upon") for c in trigger.children):
        return None
    media = ctx.vocab.words("call_media")
    hearing = ctx.vocab.words("call_hearing_verbs")
    if any(c.dep_ in ("compound", "amod", "nmod") and lemma(c) in media for c in trigger.children):
        return "a telephone call, no request"
    # "calls I had listened to", "the calls he monitored": a relative clause of hearing on it
    if any(c.dep_ == "relcl" and lemma(c) in hearing for c in trigger.children):
        return "a telephone call, no request"
    if trigger.dep_ == "pobj":
        prep = trigger.head
        if lemma(prep) == "to" and lemma(prep.head) in hearing:  # "listened to calls"
            return "a telephone call, no request"
        if lemma(prep) == "on" and prep.head.pos_ in ("VERB", "AUX"):  # "said on a call"
            return "a telephone call, no request"
    if trigger.dep_ in ("dobj", "nsubjpass") and lemma(trigger.head) in hearing:
        return "a telephone call, no request"  # "monitored the calls", "calls were recorded"
    if _from_the_public(trigger, ctx):
        return "a telephone call, no request"
    return None


def _from_the_public(call: Token, ctx: Context) -> bool:
    """ "anxious calls from would-be tourists", "calls from worried parents": calls from
    people who are no party, asking nothing told (no infinitive or clause on the call), are
    ones a desk takes; "calls from Western leaders to release him" asks (vocabulary 1.219.0)."""
    if any(c.dep_ in ("acl", "relcl", "ccomp") for c in call.children):
        return False
    callers = [g for g in prep_objects(call, frozenset({"from"})) if g.dep_ == "pobj"]
    return bool(callers) and all(
        entity_at(g, ctx) is None and g.pos_ == "NOUN" and not is_agentive(g, ctx) for g in callers
    )


def prison_visit(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "while she visited him in prison", "his lawyer visits him in jail every week", "a
    visit to an inmate": a visit told in a place of custody (`custody_state_words`), or whose
    every visited is a prisoner, by no state, body or public role (a relative, a friend, a
    lawyer) is a private one, no consultation between parties; "the ambassador visited the
    jailed journalist in prison", "Red Cross officials visited the detainees" stay
    (vocabulary 1.314.0)."""
    if rule.type != "CONSULT" or lemma(trigger) != "visit":
        return None
    held = ctx.vocab.words("custody_state_words")
    prisoners = ctx.vocab.role_words(("prisoners",))
    seen = [t for t in targets if t.pos_ != "PRON"]
    places = [o for h in (trigger, *targets) for o in prep_objects(h, _WHERE_HELD)]
    if not (
        any(lemma(o) in held for o in places) or (seen and all(lemma(t) in prisoners for t in seen))
    ):
        return None
    public = public_roles(ctx)
    for actor in actors:
        if entity_at(actor, ctx) in ("ORG", "GPE", "NORP") or lemma(actor) in public:
            return None
        if any(c.dep_ == "compound" and lemma(c) in public for c in actor.children):
            return None  # "Red Cross officials", "embassy staff"
    return "a private visit to a prisoner, no consultation"


# Prepositions telling where one is visited: "visited him in prison", "at the jail".
_WHERE_HELD = frozenset({"in", "at", "inside"})


OUTING_SENSES = (place_visit, travellers_visit, free_to_leave, phone_call, prison_visit)
