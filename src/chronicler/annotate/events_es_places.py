"""Spanish events: where an act happened and where its subject is held.

"en Caracas", "huyó a Colombia", "marcharon por las calles de París"; "recluido en la cárcel
de máxima seguridad La Roca", "trasladado a la colonia penal": places told by a trigger's
obliques, its relative "donde" clause, or a place name set after a place of custody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_args import (
    OBLIQUE_DEPS,
    EsContext,
    attribute_text,
    entity_at,
    span_text,
)
from chronicler.annotate.events_es_governors import governing_verb, in_other_clause
from chronicler.annotate.events_es_morph import SUBJECT_DEPS, case_of
from chronicler.annotate.events_es_recipients import is_route
from chronicler.annotate.events_es_subjects import lemma_set
from chronicler.annotate.events_es_vocab import EsRule

if TYPE_CHECKING:
    from spacy.tokens import Token


def _is_place(head: Token, ctx: EsContext, destination: bool = False) -> bool:
    # After "a"/"hacia" a movement's proper noun is a place even when the small model calls it
    # a person ("desterrado a España").
    label = entity_at(head, ctx)
    return (
        label in ("GPE", "LOC", "FAC")
        or bool(lemma_set(head, ctx.vocab) & ctx.vocab.words("places"))
        or (head.pos_ == "PROPN" and (destination or label not in ("PERSON", "ORG")))
    )


def location(
    trigger: Token, rule: EsRule, anchors: list[Token], ctx: EsContext, taken: list[tuple[int, int]]
) -> str | None:
    """Where it happened: "en Caracas", "en la sede del Sebin"; the destination first for a
    movement ("huyó a Colombia", "partió al exilio en España")."""
    preps = ctx.vocab.words("location_preps")
    destinations: frozenset[str] = frozenset()
    if rule.mode in ctx.vocab.words("movement_modes"):
        destinations = ctx.vocab.words("destination_preps")
    for anchor in anchors:
        for child in anchor.children:
            case = case_of(child)
            route = child.dep_ in OBLIQUE_DEPS and case == "por" and is_route(child, ctx)
            if rule.type == "PROTEST" and route:
                # "marcharon por las calles de París": the way a march takes is where
                return attribute_text(child) or None
            if child.dep_ not in OBLIQUE_DEPS or case not in preps | destinations:
                continue
            _, start, end = span_text([child])
            if any(start < e and s < end for s, e in taken):
                continue
            if _is_place(child, ctx, destination=case in destinations):
                return attribute_text(child) or None
            if child.i in ctx.rules and case in preps:
                # "murieron en las represiones de Sacaba, en Cochabamba": where the act it
                # happened in did, the place that act is "of", before the wider region
                named = [g for g in child.children if g.dep_ == "nmod" and case_of(g) == "de"]
                places = [g for g in named if g.pos_ == "PROPN" and _is_place(g, ctx)]
                if places:
                    return attribute_text(places[0]) or None
    where = _relative_place(trigger)
    if where is not None:
        return attribute_text(where) or None
    # "detenido por agentes del Sebin en Caracas": a place named deeper in the clause
    clause = trigger if trigger.pos_ != "NOUN" else (governing_verb(trigger)[0] or trigger)
    # "X, exembajador en Washington, fue arrestado": a place in the subject's phrase tells
    # who the subject is, not where the act happened
    described = {t.i for s in clause.children if s.dep_ in SUBJECT_DEPS for t in s.subtree}
    for tok in clause.subtree:
        if (
            tok.i not in described
            and not in_other_clause(tok, clause, ctx.vocab.words("background_marks"))
            and tok.dep_ in OBLIQUE_DEPS
            and case_of(tok) == "en"
            and entity_at(tok, ctx) in ("GPE", "LOC", "FAC")
            and not any(tok.idx < e and s < tok.idx + len(tok) for s, e in taken)
            and tok.i not in ctx.rules
        ):
            return attribute_text(tok) or None
    return None


def _relative_place(trigger: Token) -> Token | None:
    """The place "donde" stands for in the trigger's relative clause ("su embajada en Quito,
    donde los agentes detuvieron a X"): the noun the clause modifies, or, when the parser hung
    the clause on the city after it, the place noun that city is "en" of."""
    if trigger.dep_ not in ("acl", "acl:relcl"):
        return None
    if not any(c.lower_ == "donde" and c.dep_ in ("obl", "advmod") for c in trigger.children):
        return None
    place = trigger.head
    city = place.pos_ == "PROPN" and place.dep_ == "nmod" and case_of(place) == "en"
    return place.head if city and place.head.pos_ == "NOUN" else place


def held_at(trigger: Token, rule: EsRule, anchors: list[Token], ctx: EsContext) -> list[str]:
    if rule.mode not in ctx.vocab.words("custody_modes"):
        return []
    words = "release_preps" if rule.mode == "release" else "held_preps"
    preps = ctx.vocab.words(words)
    out: list[str] = []
    # "trasladado a la colonia penal ...": the phrase's own place word is where he is held
    phrase_place = [a for a in anchors[1:2] if a.i != trigger.i and place_word(a, ctx)]
    out += [t for t in (attribute_text(a) for a in phrase_place) if t]
    # "recluida primero en la cárcel de X y después en el centro Y": the verbless second
    # conjunct, an adverb the parser hangs the second place on, tells where next
    later = [c for a in anchors for c in a.children if c.dep_ == "conj" and c.pos_ == "ADV"]
    for anchor in [*anchors, *later]:
        for child in anchor.children:
            if child.dep_ not in OBLIQUE_DEPS or case_of(child) not in preps:
                continue
            if rule.mode in ctx.vocab.words("scene_modes") and lemma_set(
                child, ctx.vocab
            ) & ctx.vocab.words("dwelling_places"):
                continue  # "lo detuvo en su residencia": where the arrest was, not custody
            if place_word(child, ctx) or entity_at(child, ctx) == "FAC":
                text = attribute_text(child)
                name = _place_name(child)
                if text and name is not None:  # "la cárcel de máxima seguridad La Roca"
                    text = f"{text} {span_text(list(name.subtree))[0]}"
                if text and text not in out:
                    out.append(text)
    where = _relative_place(trigger)
    if not out and where is not None and place_word(where, ctx):
        # "la cárcel de mujeres de Miraflores, en La Paz, donde permanece recluida": held
        # there, as the English "where she has been held"
        out += [t for t in [attribute_text(where)] if t]
    return out


def _place_name(place: Token) -> Token | None:
    """The proper name set right after a place of custody's phrase ("la cárcel de máxima
    seguridad La Roca"), which the parser may hang anywhere: the place's own name."""
    after = place.right_edge.i + 1
    if after >= len(place.doc):
        return None
    nxt = place.doc[after]
    if nxt.pos_ not in ("PROPN", "DET"):
        return None  # ("la sede del Sebin en El Helicoide": a place named apart)
    name = nxt if nxt.pos_ == "PROPN" else nxt.head
    if name.pos_ != "PROPN" or name.left_edge.i != after or name.i < after:
        return None
    return name


# Dependencies of a destination ("trasladado a Guayaquil"), never of a personal "a" object.
_DESTINATION_DEPS = frozenset({"obl", "obl:arg"})


def held_places(anchors: list[Token], ctx: EsContext) -> list[tuple[int, int]]:
    """Character spans of the places the act holds or takes someone to, with a name set
    after one ("recluido en la cárcel ... La Roca", "trasladado a Guayaquil"): where, not whom."""
    out: list[tuple[int, int]] = []
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ not in OBLIQUE_DEPS and child.dep_ != "obj":
                continue
            name = _place_name(child) if place_word(child, ctx) else None
            if name is not None:
                out.append(span_text(list(name.subtree))[1:])
            elif (
                child.dep_ in _DESTINATION_DEPS  # (not "detuvo a X", an object)
                and case_of(child) in ctx.vocab.words("destination_preps")
                and entity_at(child, ctx) in ("GPE", "LOC", "FAC")
            ):
                out.append(span_text(list(child.subtree))[1:])
    return out


def place_word(token: Token, ctx: EsContext) -> bool:
    """A place of custody: "la cárcel", or a noun its adjective makes one, "la colonia penal"."""
    lemmas = lemma_set(token, ctx.vocab)
    if lemmas & ctx.vocab.words("places"):
        return True
    compounds = ctx.vocab.words("place_compounds")
    return any(
        f"{lem} {w}" in compounds
        for c in token.children
        if c.dep_ == "amod"
        for w in lemma_set(c, ctx.vocab)
        for lem in lemmas
    )
