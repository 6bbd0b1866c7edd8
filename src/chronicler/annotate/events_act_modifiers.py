"""Modifiers of an act noun that name its doers, or only where it happened: a state, a
people or an organisation named before the noun ("US sanctions"), a security force ("a police
raid"), and the names that tell a place instead ("three Atlanta attacks", "the Athens
demonstration", "the biggest French heist"). Moved out of events_arg_cues (roles 1.117.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_country_name, is_place_name, mention_country
from chronicler.annotate.events_actors import Context, entity_at, mentions_in
from chronicler.annotate.events_vocab import Rule, lemma, word_in

if TYPE_CHECKING:
    from spacy.tokens import Token


def scene_of_attack(modifier: Token, rule: Rule | None, ctx: Context) -> bool:
    """ "three Atlanta attacks", "a Birmingham, Ala., abortion clinic": a city or a region
    named on an attack's noun, or on the place it struck, tells where it was; only a country
    or its capital, standing for a state, can have done it ("US strikes", "Moscow's
    attacks"). Roles 1.13.0.

    A protest is made by people, not by a state: a city named on its noun tells where it
    was, a capital too ("the Athens demonstration", "the Cairo protests", "a Moscow rally");
    only a country's own name may be the state protesting ("US protests"). Roles 1.14.0.

    So with a meeting its members hold: a city or region named on its noun tells where it
    was held ("a Florida meeting of the campaign staff", "the Geneva summit"). Roles 1.21.0.

    A blast or an explosion is no act a state is told to do: any place named on its noun,
    a country or a capital too, tells where it went off ("the Tanzania blast", "the Nairobi
    explosion killed twelve": no actor, were Tanzania and Nairobi; `explosion_nouns`). Roles
    1.45.0 (a country's or capital's name the tagger calls an organisation too). A theft is
    no state's act either: a people's, a country's or a town's name on its noun tells where
    it happened ("in biggest French heist", as events_scenes.scene_only; roles 1.117.0)."""
    if rule is None:
        return False
    if rule.id in ctx.vocab.words("theft_rules"):  # "in biggest French heist"
        return entity_at(modifier, ctx) in ("GPE", "LOC", "NORP")
    if rule.type == "ASSAULT" and lemma(modifier.head) in ctx.vocab.words("explosion_nouns"):
        named = mentions_in(modifier.idx, modifier.idx + len(modifier), ctx)
        return bool(named) and (
            entity_at(modifier, ctx) in ("GPE", "LOC") or is_place_name(named[0].text)
        )
    if entity_at(modifier, ctx) != "GPE":
        return False
    meeting = lemma(modifier.head) in ctx.vocab.words("member_meeting_nouns")
    if rule.type not in ("ASSAULT", "PROTEST") and not (meeting and rule.type == "CONSULT"):
        return False
    found = mentions_in(modifier.idx, modifier.idx + len(modifier), ctx)
    if rule.type != "ASSAULT":
        return bool(found) and not is_country_name(found[0].text)
    return bool(found) and not is_place_name(found[0].text)


def entity_modifiers(noun: Token, ctx: Context, rule: Rule | None = None) -> list[Token]:
    """A state, people or organisation named as a noun's modifier ("US sanctions"), also
    before the noun's adjectives, where the parser makes it a nominal modifier ("the US
    economic and political embargo"; roles 1.20.0), but not for aid, which a name before
    its adjectives as often receives ("Ukraine military aid"; `recipient_modified_types`),
    nor an offence's initials the tagger names ("a DUI arrest", `offence_heads`)."""
    nominal = rule is None or rule.type.lower() not in ctx.vocab.words("recipient_modified_types")
    return [
        c
        for c in noun.children
        if (c.dep_ in ("compound", "amod") or (nominal and c.dep_ == "nmod" and c.i < noun.i))
        and entity_at(c, ctx) in ("NORP", "GPE", "ORG")
        and not _regional_force(c, noun, ctx)
        # an offence the tagger took for a name ("a previous DUI arrest"): what the act is
        # for, no party (roles 1.140.0)
        and c.lower_ not in ctx.vocab.words("offence_heads")
        # a creed's adjective tells the act's kind ("an Islamic insurgency"), no one doing it:
        # a people's adjective still does ("a Palestinian uprising"; roles 1.156.0)
        and not (
            c.dep_ == "amod"
            and entity_at(c, ctx) == "NORP"
            and c.lower_ in ctx.vocab.words("creed_adjectives")
        )
    ]


def _regional_force(modifier: Token, noun: Token, ctx: Context) -> bool:
    """An adjective of a region or a people that names no state, right before a force word
    modifying the same act noun, says whose force it is ("a Sicilian police raid", "a
    Kurdish army offensive"): the force acts (`force_modifiers`), not the region; a state's
    adjective stays its state, with the force's role ("a Turkish army offensive": Turkey;
    roles 1.50.0)."""
    if modifier.dep_ != "amod" or modifier.i + 1 >= len(noun.doc):
        return False
    forces = force_modifiers(noun, ctx) + armed_band_doers(noun, ctx.rules.get(noun.i), ctx)
    if noun.doc[modifier.i + 1] not in forces:  # "a Sicilian pirate attack": the pirates
        return False
    named = mentions_in(modifier.idx, modifier.idx + len(modifier), ctx)
    return not any(mention_country(m, "en") for m in named)


def force_modifiers(noun: Token, ctx: Context) -> list[Token]:
    """A security force or authority named by a word modifying an act noun ("a police raid";
    force_roles), unless a word naming a substance ("a nerve agent poisoning"; substance_
    modifiers) or "non" ("a non - jury trial", roles 1.117.0) modifies it. A doer noun keeps
    its own words: "army snipers" are the doers, not the army."""
    forces = [words for name, words in ctx.vocab.roles if name in ctx.vocab.words("force_roles")]
    return _modifiers_in(noun, forces, ("compound",), ctx)


def armed_band_doers(noun: Token, rule: Rule | None, ctx: Context) -> list[Token]:
    """An armed band of no force role (`armed_band_words`) named by a noun or an adjective
    before a hostile act's noun (`harm_doer_types`) did it, never underwent it ("the scene
    of the pirate attack", "the militant attack on the base", "a rebel attack", "a terrorist
    attack": the band; roles 1.152.0 and 1.159.0, one reading since 1.165.0). Read only
    where no force is named ("a police raid"), as a force's word is."""
    if rule is None or rule.type.lower() not in ctx.vocab.words("harm_doer_types"):
        return []
    bands = [ctx.vocab.words("armed_band_words")]
    return _modifiers_in(noun, bands, ("compound", "amod"), ctx)


def _modifiers_in(
    noun: Token, lists: list[frozenset[str]], deps: tuple[str, ...], ctx: Context
) -> list[Token]:
    """The words before an act noun, of the dependencies `deps`, that one of `lists` holds,
    but none on a noun of doers ("army snipers": the snipers) and none a substance's word
    or "non" modifies ("a nerve agent poisoning", "a non - jury trial")."""
    if noun.pos_ != "NOUN" or lemma(noun) in ctx.vocab.words("actor_nouns"):
        return []
    substance = ctx.vocab.words("substance_modifiers")  # "a nerve agent poisoning": the means
    return [
        c
        for c in noun.children
        if c.dep_ in deps
        and c.i < noun.i
        and any(word_in(c, w) for w in lists)
        and not any(
            lemma(m) in substance or m.lower_ == "non"
            for m in c.children
            if m.dep_ in ("compound", "amod")
        )
    ]
