"""Participants that are things, not actors, and what an act is done on or given to: a
street or a weapon named after a preposition, what blew up, a thing standing for its owner, a
lent thing's lender.

Shared by the checks of which triggers report an event (events_filters, events_intents): a
clause, a neuter pronoun or a common noun naming no kind of actor cannot act; "15 of its
observers" means the observers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import (
    Context,
    agentive_phrase,
    can_act,
    is_agentive,
    names_party,
    people_noun,
)
from chronicler.annotate.events_group_pronouns import owner_group
from chronicler.annotate.events_match import object_of, phrase_child
from chronicler.annotate.events_phrases import expand, objects_of, prep_objects
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_RECIPIENT_PREPS = frozenset({"to", "for"})


def acted_on(trigger: Token, ctx: Context) -> list[Token]:
    """What a verb acts on: its direct object, its passive subject, or the noun a reduced
    relative modifies ("hamburgers donated by ...")."""
    out = objects_of(trigger)
    if not out and trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VBN":
        out = [trigger.head]
    return [through_of(o, ctx) for o in expand(out)]


def through_of(head: Token, ctx: Context) -> Token:
    """ "15 of its observers", "dozens of refugees": the "of"-object is what is meant."""
    if head.pos_ == "NUM" or lemma(head) in ctx.vocab.words("quantity_nouns"):
        for child in head.children:
            if child.dep_ == "prep" and lemma(child) == "of":
                return next((g for g in child.children if g.dep_ == "pobj"), head)
    return head


def recipients(trigger: Token, ctx: Context) -> list[Token]:
    out = []
    for c in trigger.children:
        if c.dep_ == "dative":
            out += [g for g in c.children if g.dep_ == "pobj"] if c.pos_ == "ADP" else [c]
        elif c.dep_ == "prep" and lemma(c) in _RECIPIENT_PREPS:
            out += [g for g in c.children if g.dep_ == "pobj"]
    return [through_of(r, ctx) for r in expand(out)]


# Penn tags of relative pronouns ("that", "which", "who").
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def is_thing(head: Token, ctx: Context) -> bool:
    """A participant that can be no actor: a clause ("taking a leadership role"), a neuter or
    demonstrative pronoun, or a common noun that names no kind of actor ("the merger", "organ
    systems", "the quiz")."""
    if head.pos_ in ("VERB", "AUX"):
        return True
    if (
        head.tag_ in RELATIVE_TAGS
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.head.dep_ == "relcl"
    ):
        # "the only device that supports 4K": the device; not a personal pronoun, "the
        # prison, where she has been held": she
        head = head.head.head
    if head.pos_ == "PRON":
        if head.tag_ == "WDT" and head.dep_ != "nsubj":
            return False  # a relative "that" stands for its noun ("the envoy that he hoped to see")
        return lemma(head) in ctx.vocab.words("thing_pronouns")
    if head.ent_type_.lower() in ctx.vocab.words("thing_labels"):
        return True  # a product or a work ("charging any Apple Watch")
    # a verb's tag on a subject or object is the tagger's slip for a plural noun ("Wireless
    # routers that support Wi-Fi 6", "routers" read as a verb, reached through "that";
    # version 1.127.0)
    nominal = head.pos_ == "VERB" and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if (head.tag_ not in ("NN", "NNS", "VBG") and not nominal) or head.ent_type_:
        return False
    if not _names_no_actor(head, ctx):
        return False
    # a possessor or an "of"-phrase may name the actor ("members of the opposition"); a
    # name in a compound is a maker or a brand ("Apple laptops"), not an actor
    return not any(
        agentive_phrase(c, ctx)
        for c in head.children
        if c.dep_ in ("poss", "appos") or (c.dep_ == "prep" and lemma(c) == "of")
    )


def thing_noun(head: Token, ctx: Context) -> bool:
    """A common noun that names no kind of actor, whoever owns it ("the boy's parole", "the
    rebels' weapons"; is_thing takes an owner naming an actor for the actor)."""
    if head.tag_ not in ("NN", "NNS") or head.ent_type_:
        return False
    return _names_no_actor(head, ctx)


def _names_no_actor(head: Token, ctx: Context) -> bool:
    """The word is no person's, group's or actor's word (the lists, or a role's word)."""
    people = ctx.vocab.words("person_nouns") | ctx.vocab.words("actor_nouns")
    if lemma(head) in ctx.vocab.words("collective_nouns") | people or head.lower_ in people:
        return False
    return not is_agentive(head, ctx)


def thoroughfare(t: Token, ctx: Context) -> bool:
    """A street, road or square named after a preposition ("set up a roadblock on Church
    Avenue", "fired on protesters in Tahrir Square") is where the act was, no party: a
    recipient is an actor (PLOVER), the place goes to the event's location
    (`thoroughfare_nouns`); so is one a verb of going takes as its object ("marched down
    Fifth Avenue", the parser's "down" a particle; roles 1.69.0)."""
    return (
        (t.dep_ == "pobj" or (t.dep_ == "dobj" and any(c.dep_ == "prt" for c in t.head.children)))
        and lemma(t) in ctx.vocab.words("thoroughfare_nouns")
        and (t.pos_ == "PROPN" or t.ent_type_ in ("FAC", "GPE", "LOC"))
    )


def means_used(t: Token, ctx: Context) -> bool:
    """A weapon or force as a mass noun in a "with" phrase is what an act is done with ("to
    crush the uprising with excessive and lethal force", "dispersed them with tear gas"),
    no party the act is aimed at (`weapon_nouns`, `means_of_force`; roles 1.23.0), nor is a
    weapon an act of force is told done with in the passive ("another brick was thrown",
    "shots were fired": the means, no target; `means_subject_types`; roles 1.52.0)."""
    if t.pos_ == "NOUN" and t.dep_ == "nsubjpass" and lemma(t) in ctx.vocab.words("weapon_nouns"):
        rule = ctx.rules.get(t.head.i)
        return rule is not None and rule.type.lower() in ctx.vocab.words("means_subject_types")
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or lemma(t.head) != "with":
        return False
    if lemma(t) in ctx.vocab.words("weapon_nouns"):
        return True
    return (
        t.tag_ == "NN"
        and lemma(t) in ctx.vocab.words("means_of_force")
        and not any(c.dep_ in ("det", "nummod", "poss", "compound") for c in t.children)
    )


_PERSON_OWNERS = frozenset({"his", "her", "their"})


def owner_of_thing(target: Token, ctx: Context) -> Token:
    """A thing someone owns, told as the target, stands for its owner: "threatened to revoke
    the boy's parole", "revoked the journalist's visa", "seized the rebels' weapons" (the boy,
    the journalist, the rebels; roles 1.32.0). Not an act noun, whose own rules name its
    doers, nor a building or a site, which is where the act was ("a raid on the Miami
    relatives' home" keeps the home), nor one with a phrase of its own, nor one a pronoun
    owns, most often the doer ("suspended its mediation efforts among the factions")."""
    if target.pos_ != "NOUN" or target.i in ctx.rules:
        return target
    body_owner = _body_owner(target, ctx)
    if body_owner is not None:  # "struck the back of his thighs": him
        return body_owner
    if not thing_noun(target, ctx):
        return target
    owner = next((c for c in target.children if c.dep_ == "poss"), None)
    if _goods_taken_from(target, owner, ctx) and owner is not None:
        # "Troops seized their weapons", "their boat": whom they were taken from, never the
        # taker (roles 1.170.1)
        return owner if owner.lower_ != "their" else (owner_group(owner, ctx) or target)
    places = ctx.vocab.words("site_nouns") | ctx.vocab.words("dwelling_places")
    if lemma(target) in places and not _stolen(target, ctx):
        return target  # where the act was; "stole a policeman's car": loot, its owner robbed
    if lemma(target) in ctx.vocab.words("voiced_nouns"):
        # "ignored comments from 300,000 citizens": the citizens (roles 1.60.0)
        voicers = [
            p
            for p in prep_objects(target, frozenset({"from", "by"}))
            if can_act(p, ctx) or people_noun(p, ctx)
        ]
        if voicers:
            return voicers[0]
        if owner is not None and owner.pos_ in ("NOUN", "PROPN") and can_act(owner, ctx):
            # "rejected the airline's proposals for a wage freeze": the airline voiced them,
            # whatever they are for (roles 1.186.0)
            return owner
    if any(c.dep_ == "prep" for c in target.children):
        return target  # "suspend its mediation efforts among the factions": whom it is among
    if (
        owner is not None
        and owner.tag_ == "PRP$"
        and owner.lower_ in _PERSON_OWNERS
        and lemma(target) in ctx.vocab.words("conditional_liberties")
    ):
        return owner  # "his probation was revoked": his, never the revoker's (roles 1.130.0)
    # a pronoun owner is most often the doer's own ("suspended its efforts"): left as it is
    if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
        return target
    # a word for one person of no role owns it too ("the boy's parole"; roles 1.35.0)
    if not (can_act(owner, ctx) or people_noun(owner, ctx)):
        return target
    return owner


def _stolen(target: Token, ctx: Context) -> bool:
    """The object of a theft (vocab's `theft_rules`): a vehicle one steals is loot, not the
    site an act was done at, whose owner is the one robbed ("stealing a policeman's car": the
    policeman; roles 1.190.1)."""
    rule = ctx.rules.get(target.head.i)
    return target.dep_ == "dobj" and rule is not None and rule.id in ctx.vocab.words("theft_rules")


def _goods_taken_from(target: Token, owner: Token | None, ctx: Context) -> bool:
    """Goods a seizure takes (`owned_goods_taking_verbs`) owned by a personal possessive
    (`loot_owner_pronouns`): taken from their owner, as a theft's loot is ("Troops seized
    their weapons", "confiscated her passport"); "its" is a body's own ("seized its assets"
    stays as it was), a raid's or a search's object where the act was (roles 1.170.1)."""
    return (
        owner is not None
        and owner.tag_ == "PRP$"
        and owner.lower_ in ctx.vocab.words("loot_owner_pronouns")
        and target.dep_ == "dobj"
        and lemma(target.head) in ctx.vocab.words("owned_goods_taking_verbs")
    )


_PERSONAL_OWNERS = frozenset({"his", "her", "their", "my", "your", "our"})


def _body_owner(target: Token, ctx: Context) -> Token | None:
    """Whose body a part of it told as the target is: its possessor, a personal pronoun too,
    reached through an "of"-phrase naming a part in turn ("a bullet struck his thigh", "hit
    the back of his head", "the officer's arm": him, the officer; roles 1.127.0). A part of a
    thing or a body ("the back of the building", "the head of the family", "the party's
    head": a chief) or of no one named is no one's."""
    parts = ctx.vocab.words("body_parts")
    part = target
    for _ in range(3):
        if lemma(part) not in parts:
            return None
        inner = [o for o in prep_objects(part, frozenset({"of"})) if o.pos_ in ("NOUN", "PRON")]
        if not inner:
            break
        part = inner[0]
    owner = next((c for c in part.children if c.dep_ == "poss"), None)
    if owner is None or lemma(part) not in parts:
        return None
    if owner.pos_ == "PRON":
        return owner if owner.lower_ in _PERSONAL_OWNERS else None
    return owner if people_noun(owner, ctx) or owner.ent_type_ == "PERSON" else None


def container_owner(target: Token, trigger: Token, ctx: Context) -> list[Token]:
    """A thing money or goods are kept in that something was taken "from" stands for its
    owner, the person or body that owns it or the place it is in ("stole jewels from the safe
    in the hotel room of a dealer", "took cash from the bank's vault"), else for no one: it
    is where ("stole $1 million from a safe in Nice"; `container_nouns`, roles 1.102.0).
    Any other target is itself."""
    if not (
        target.dep_ == "pobj"
        and lemma(target.head) == "from"
        and lemma(target) in ctx.vocab.words("container_nouns")
    ):
        return [target]
    where = frozenset({"in", "at", "inside"})
    for place in (target, *prep_objects(target, where), *prep_objects(trigger, where)):
        owners = [c for c in place.children if c.dep_ == "poss"]
        owners += prep_objects(place, frozenset({"of"}))
        found = [o for o in owners if o.pos_ in ("NOUN", "PROPN") and can_act(o, ctx)]
        found = found or [o for o in owners if people_noun(o, ctx)]
        if found:
            return found[:1]
    return []


def lenders(trigger: Token, ctx: Context) -> tuple[list[Token], list[Token]]:
    """Who lends or gives a thing a noun of `lending_nouns` names: a party in its own "from"
    phrase ("$2 billion in loans from China"), or in that of the verb of getting whose object
    the noun measures, where the parser hangs it ("Greece received 110 billion euros in loans
    over three years from eurozone countries"; roles 1.32.0); and, then, who gets it, that
    verb's subject (Greece)."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("lending_nouns"):
        return [], []
    anchors = [trigger]
    getters: list[Token] = []
    measured = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" else None
    if measured is not None and measured.dep_ == "dobj":
        verb = measured.head
        if lemma(verb) in ctx.vocab.words("converse_verbs") | _GETTING_VERBS:
            anchors.append(verb)
            getters = [h for h in subjects(verb).active if can_act(h, ctx)]
    givers = [g for a in anchors for g in prep_objects(a, frozenset({"from"})) if can_act(g, ctx)]
    return givers, getters if givers else []


_GETTING_VERBS = frozenset({"get", "obtain", "secure", "take", "win", "seek"})


def blown_up(actor: Token, trigger: Token, ctx: Context, mode: str | None) -> bool:
    """The thing an explosion's verb says blew up, its subject, is no actor: "the plane
    exploded", "a truck exploded at a checkpoint" (a bomber who "exploded among the crowd"
    is); nor of the harm a participle or a coordinated verb sharing that subject tells ("the
    bus blew up near the market, killing nine": no killer, was the bus; roles 1.32.0)."""
    if actor.dep_ != "nsubj" or lemma(actor) in ctx.vocab.words("exploding_doers"):
        return False
    devices = ctx.vocab.words("device_modes")
    if actor.head.i == trigger.i:
        own = mode in devices
    else:
        verb = ctx.rules.get(actor.head.i)
        own = (
            verb is not None
            and verb.mode in devices
            and trigger.head.i == actor.head.i
            and trigger.dep_ in ("advcl", "conj", "xcomp")
            and trigger.pos_ == "VERB"
        )
    return own and is_thing(actor, ctx)


def right_holders(things: list[Token], ctx: Context) -> list[Token]:
    """Whose rights an act on rights is aimed at: the owner or the "of"-object of a noun of
    `held_right_nouns` ("violated the rights of detainees", "trampled their liberties", "the
    prisoners' rights": the detainees, they, the prisoners), a person or a body (roles
    1.80.0)."""
    rights = ctx.vocab.words("held_right_nouns")
    owners = [
        o
        for t in things
        if lemma(t) in rights
        for o in [c for c in t.children if c.dep_ == "poss"] + prep_objects(t, frozenset({"of"}))
    ]
    return [o for o in owners if names_party(o, ctx)]


def appealed_decision(
    trigger: Token, actors: list[Token], targets: list[Token], ctx: Context
) -> tuple[list[Token], list[Token]]:
    """A decision appealed is what the appeal goes against, no party to it ("Smith's death
    sentence will be appealed to the Supreme Court", "the defence appealed the ruling"): the
    court it is taken "to" is the target, and the one a sentence or a conviction was passed
    on, its owner, is the appellant when the text names no other (`appeal_words`,
    `appealed_decisions`, `appellant_decisions`; roles 1.113.0). Other parties as they are."""
    if lemma(trigger) not in ctx.vocab.words("appeal_words"):
        return actors, targets
    decisions = [t for t in targets if lemma(t) in ctx.vocab.words("appealed_decisions")]
    if not decisions:
        return actors, targets
    if not actors:
        passed_on = ctx.vocab.words("appellant_decisions")
        owners = [c for d in decisions if lemma(d) in passed_on for c in d.children]
        actors = [
            o
            for o in owners
            if o.dep_ == "poss" and (o.pos_ == "PRON" or can_act(o, ctx) or people_noun(o, ctx))
        ]
    rest = [t for t in targets if t not in decisions]
    courts = [c for c in prep_objects(trigger, frozenset({"to"})) if c not in actors]
    return actors, rest or courts


def voided_penalty_bearers(
    trigger: Token, rule: Rule, targets: list[Token], ctx: Context
) -> list[Token]:
    """A penalty a court voids is no party: the one it was passed on is ("The court overturned
    his conviction": him; "quashed the conviction of the governor": the governor; "the
    verdict against the journalist was reversed": the journalist). Read for an easing
    (`penalty_easing_types`) whose object, or phrase word, is a penalty (`voided_penalties`):
    its possessor, a pronoun too, and the person of its "of" or "against" phrase (roles
    1.156.0). Other targets as they are."""
    if rule.type.lower() not in ctx.vocab.words("penalty_easing_types"):
        return targets
    penalty = object_of(trigger) or phrase_child(trigger, rule)
    if penalty is None or lemma(penalty) not in ctx.vocab.words("voided_penalties"):
        return targets
    owners = [c for c in penalty.children if c.dep_ == "poss"]
    owners += prep_objects(penalty, frozenset({"of", "against"}))
    bearers = [o for o in owners if o.pos_ == "PRON" or can_act(o, ctx) or people_noun(o, ctx)]
    if not bearers:
        return [t for t in targets if t.i != penalty.i]
    return [t for t in targets if t.i != penalty.i and t not in bearers] + bearers


def loot_owners(things: list[Token], rule: Rule, ctx: Context) -> list[Token]:
    """Whose loot a theft's object is, told by a possessive pronoun (`loot_owner_pronouns`):
    the thief takes what is someone else's ("tied up the shop owner and stole his watches",
    "she accused him of stealing her guitar": the owner, the woman), resolved as any
    pronoun; one standing for the thief names no one ("the gang stole their getaway car").
    A noun owner is read by owner_of_thing (roles 1.114.0)."""
    if rule.id not in ctx.vocab.words("theft_rules"):
        return []
    pronouns = ctx.vocab.words("loot_owner_pronouns")
    return [
        c
        for t in things
        if t.dep_ == "dobj"
        for c in t.children
        if c.dep_ == "poss" and c.lower_ in pronouns
    ]


def eased_measure(target: Token, rule: Rule, ctx: Context) -> bool:
    """A measure an easing lifts or relaxes, told with no one it bore on ("Castro relaxed
    travel restrictions", "the army lifted the curfew"): the thing eased, no recipient. The
    PLOVER manual's recipient is the entity the act is directed at "if this is clear", and
    its gold codes the bearer ("lifted a blockade on Palestinian lorries": Palestinian, "a
    curfew in Montenegro": Montenegro), never the measure; a bearer told "on", "in" or by a
    possessive is read as before (`eased_measure_nouns`, `easing_types`; roles 1.129.0)."""
    return (
        rule.type.lower() in ctx.vocab.words("easing_types")
        and target.pos_ == "NOUN"
        and not target.ent_type_
        and lemma(target) in ctx.vocab.words("eased_measure_nouns")
        and not any(c.dep_ == "prep" for c in target.children)  # "the blockade of Gaza"
    )
