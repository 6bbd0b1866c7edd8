"""Places that are only the scene of an act, never the territory it is aimed at (events-roles
1.20.0).

Event coders code a country, city or region an act lands in as its target when no party is named
("imposed a curfew in Kano", events_targets.place_targets,
events_party_checks.territory_target). Some places are not that: the city where a protest was
held (a protest is "against the recipient", PLOVER), a place told in another act noun's phrase
("agreed to hand them over for trial in the Netherlands": where the trial is), and one in an
adverbial clause whose subject is a party ("might sue while the child is in the United States":
where the child is).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_country_name
from chronicler.annotate.events_actors import Context, mentions_in
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def scene_only(place: Token, rule: Rule, ctx: Context) -> bool:
    """A city or region where an act of `scene_only_types` happened, never whom it is aimed
    at: a protest is "against the recipient" (PLOVER), so "protests in Athens" are no protest
    against Athens; a country by its own name stands for its state, which the protest may be
    against, as the PLOVER dev gold codes "demonstrated on Tuesday in Serbia" (roles 1.20.0)."""
    if rule.id in ctx.vocab.words("theft_rules"):
        # "stole jewels at a party in Cannes", "Gunmen robbed a bank in Lyon": the town, or the
        # country, is where the theft happened, no state or people robbed; whom it was taken
        # from is told by "from" or the owner (vocabulary 1.308.0, 1.310.0)
        return True
    kind = rule.type.lower()
    if kind in ctx.vocab.words("jurisdiction_types") and place.dep_ == "pobj":
        # "papers filed in a lawsuit in the US", "sued the company in France": the country
        # is where the case is brought, its court's, not the one accused; not a place of
        # a thing looked into ("re-examine the refineries in Iran"; roles 1.176.0)
        held = place.head.head
        if place.head.lower_ in ctx.vocab.words("scene_in_preps") and (
            held.pos_ in ("VERB", "AUX") or lemma(held) in ctx.vocab.words("jurisdiction_nouns")
        ):
            return True
    # "deployed in the Gulf of Aden": the place may be read at the name inside its "of"
    # phrase, the preposition is the whole name's (roles 1.140.0)
    while place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.dep_ == "pobj":
        place = place.head.head
    if kind not in ctx.vocab.words("scene_only_types") and not (
        # "the People's Liberation Army could be deployed in Beijing" (roles 1.23.0),
        # "troops remained on alert in South Ossetia" (1.24.0): where forces are deployed,
        # massed or stand ready, not whom at; the PLOVER recipient is "against whom the actor
        # mobilizes ... if that is clear", the place goes to the event's location
        kind in ctx.vocab.words("scene_in_types")
        and place.dep_ == "pobj"
        and place.head.lower_ in ctx.vocab.words("scene_in_preps")
    ):
        return False
    found = mentions_in(place.idx, place.idx + len(place), ctx)
    return not (found and is_country_name(found[0].text))


def owning_place(owner: Token, rule: Rule, ctx: Context) -> bool:
    """ "the Greek capital's street protests", "the city's biggest robbery": a town, a region
    or a country named by a common noun (`territory_nouns`) as the owner of a protest or a
    theft is where it happened, neither who protests or steals nor whom it is aimed at
    (roles 1.117.0; a state's own name stays, as scene_only keeps it)."""
    if rule.type.lower() not in ctx.vocab.words("scene_only_types") and (
        rule.id not in ctx.vocab.words("theft_rules")
    ):
        return False
    return owner.pos_ == "NOUN" and lemma(owner) in ctx.vocab.words("territory_nouns")


def scene_of_noun(place: Token, trigger: Token, rule: Rule, ctx: Context) -> bool:
    """A place, a country too, in the "in" phrase of a protest noun or of a two-way fight's
    noun is where it happened, never whom it is aimed at ("Riots in Greece continued",
    "clashes in Athens left dozens injured": Greece and Athens are the location; a verb's
    place stays as scene_only reads it; `scene_noun_types`, roles 1.71.0)."""
    if not _act_noun(trigger) or place.dep_ != "pobj" or place.head.lower_ != "in":
        return False
    if place.head.head.i != trigger.i:
        return False
    return rule.reciprocal or rule.type.lower() in ctx.vocab.words("scene_noun_types")


def _act_noun(token: Token) -> bool:
    """A noun, or a gerund the parser reads as a verb standing where a noun does ("Fighting
    in Gaza killed 12": "Fighting" the subject; roles 1.74.0)."""
    if token.pos_ == "NOUN":
        return True
    return token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


def other_scene(place: Token, trigger: Token, ctx: Context) -> bool:
    """The place is told as another act's or as where someone else is, never the territory
    `trigger`'s act is aimed at: in the phrase of another act noun ("agreed to hand them
    over for trial in the Netherlands": where the trial is held), or in an adverbial clause
    with a subject of its own ("might sue for visitation while the child is in the United
    States": where the child is), or in the deed a judgment or a charge is for (_deed_told)."""
    above = {trigger.i, *(a.i for a in trigger.ancestors)}
    tok = place
    while tok.i not in above and tok.head.i != tok.i:
        head = tok.head
        if (
            tok.dep_ == "prep"
            and head.i not in above
            and head.i in ctx.triggers
            and _act_noun(head)
        ):
            return True
        if tok.dep_ == "advcl" and _own_party(tok, ctx):
            return True
        if _deed_told(tok, trigger, ctx):
            return True
        tok = head
    return False


def _deed_told(tok: Token, trigger: Token, ctx: Context) -> bool:
    """A gerund the act is "for", "of", "over" (`charge_preps`): the deed it judges or charges,
    whose place is where the deed was ("was criticised for promoting a summit in Boise",
    "accused of torching a church in Leeds": no target Boise, Leeds; roles 1.63.0)."""
    head = tok.head
    return (
        tok.dep_ == "pcomp"
        and head.dep_ == "prep"
        and head.head.i == trigger.i
        and head.lower_ in ctx.vocab.words("charge_preps")
    )


def _own_party(clause: Token, ctx: Context) -> bool:
    """The clause has a subject of its own that is a party, not an act told as the scene
    ("as street battles raged in central Baghdad" sets the act's scene; "while the child is
    in the United States" tells where the child is)."""
    subjects = [c for c in clause.children if c.dep_ in _OWN_SUBJECTS]
    return bool(subjects) and not any(s.i in ctx.triggers for s in subjects)


def ranked_scope(party: Token, trigger: Token, rule: Rule, ctx: Context) -> bool:
    """A place owning a theft noun ranked by a superlative is the field it is ranked in, no
    thief and no one robbed ("France's biggest jewellery theft", "Britain's largest
    robbery": where it ranks; "China's theft of the designs" keeps its thief; vocabulary
    1.334.0). A word of the world or of a span of time owning any act noun so ranked is
    that field too, whatever the act ("one of the world's biggest heists", "the decade's
    worst riots": no party; `ranking_scopes`, vocabulary 1.348.0)."""
    if party.dep_ != "poss" or party.head.i != trigger.i:
        return False
    if not any(_superlative(c) for c in trigger.children):
        return False
    if lemma(party) in ctx.vocab.words("ranking_scopes"):
        return True
    if rule.id not in ctx.vocab.words("theft_rules"):
        return False
    found = mentions_in(party.idx, party.idx + len(party), ctx)
    return bool(found) and found[0].label in ("GPE", "LOC")


def _superlative(modifier: Token) -> bool:
    """ "biggest", "most daring": a superlative adjective or one "most" grades."""
    if modifier.dep_ != "amod":
        return False
    return modifier.tag_ == "JJS" or any(c.tag_ == "RBS" for c in modifier.children)
