"""Cues that a name tagged as a person or body names a place or facility; used by
`entities.py`.

- A name linked to a facility or place noun ("el aeropuerto Jorge Chávez", "Jorge Chávez
  international airport", "la cárcel de máxima seguridad La Roca") is that facility's or
  place's name, unless the text has it acting elsewhere.
- A lone name in a list of lone names one of which is a known place is a place too.
- A wire dateline's capitalised name is the city the report was filed from.
- A place cut before a word tagged as no actor runs on over it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_place_name
from chronicler.annotate.datelines import in_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from chronicler.annotate.entities import PersonCues


# How a name modifies the noun after it when it names it ("Jorge Chávez airport").
_NAMING_DEPS = frozenset({"compound", "nmod"})


def names_a_facility(ent: Span, nouns: frozenset[str], cues: PersonCues) -> bool:
    """A "person" that names the facility or place noun (of `nouns`) it is linked to: the
    noun before it, past lower-case words when a linking preposition comes right before the
    name ("el aeropuerto Jorge Chávez", "la cárcel de mujeres de Miraflores", "el Centro de
    Orientación Femenina"), or the noun after it past lower-case modifiers ("Jorge Chávez
    international airport", "the Miraflores neighborhood"): the facility's or place's name,
    not a person's. Not a name the text has acting elsewhere ("la cárcel de Navalni" where
    "Navalni denunció ..."): that one is a person whose place it is."""
    root, doc = ent.root, ent.doc
    noun = root.head
    if any(c.dep_ == "appos" and c.i > ent.end and c.lower_ in nouns for c in root.children):
        return True  # "La Roca, a maximum-security prison"
    if _after_modified_noun(ent, nouns, cues) and not _acts_elsewhere(ent):
        return True  # "la cárcel de máxima seguridad La Roca"
    if noun.i < ent.start and noun.lower_ in nouns:
        between = doc[noun.i + 1 : ent.start]
        if not between:
            return True
        return (
            between[-1].lower_ in cues.facility_links
            and all(t.is_lower for t in between)
            and not _acts_elsewhere(ent)
        )
    return (
        noun.i >= ent.end
        and root.dep_ in _NAMING_DEPS  # not a possessor: "Maduro's palace" is his
        and noun.lower_ in nouns
        and all(t.is_lower for t in doc[ent.end : noun.i])
    )


# How far before a name a facility noun and its modifiers may start ("cárcel de máxima
# seguridad La Roca": three words between).
_MODIFIER_SPAN = 4


def _after_modified_noun(ent: Span, nouns: frozenset[str], cues: PersonCues) -> bool:
    """The name comes right after one of `nouns` and lower-case modifiers with no article:
    adjectives and "de" phrases ("la cárcel militar La Roca", "la cárcel de máxima seguridad
    La Roca"), read by the words, whatever the parser hung the name on. A determiner or any
    other word ends the noun's phrase ("sacó de la cárcel al opositor X")."""
    doc = ent.doc
    linked = False  # a noun between is a "de" phrase's own noun ("de máxima seguridad")
    for i in range(ent.start - 1, max(-1, ent.start - 2 - _MODIFIER_SPAN), -1):
        tok = doc[i]
        if tok.lower_ in nouns:
            return i < ent.start - 1  # (right before it: the parse-based rule decides)
        if not tok.is_lower:
            return False
        if tok.pos_ == "NOUN":
            linked = any(t.lower_ in cues.facility_links for t in doc[max(0, i - 2) : i])
            if not linked:
                return False
        elif tok.pos_ == "ADP":
            if tok.lower_ not in cues.facility_links:
                return False
        elif tok.pos_ != "ADJ":
            return False
    return False


def _acts_elsewhere(ent: Span) -> bool:
    """A name elsewhere in the text that holds this one's head word is a verb's subject."""
    word = ent.root.text
    return any(
        other.start != ent.start
        and word in {t.text for t in other}
        and other.root.dep_.startswith("nsubj")
        for other in ent.doc.ents
    )


def in_list_of_places(ent: Span, place: str) -> bool:
    """A lone name in a list of three or more lone names of which one is a place the country
    table knows (a country or capital), tagged as a place: "Tehran, Mashhad and Isfahan" (the
    small model tags Mashhad a person, Isfahan an organisation)."""
    if len(ent) != 1:
        return False
    tok = ent[0]
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    group = [top, *top.conjuncts]
    if len(group) < 3 or tok not in group:
        return False
    others = [t for t in group if t.i != tok.i]
    # each a lone name: no part of a longer one ("Nicolás Maduro", "Human Rights Watch")
    if any(t.ent_iob_ != "B" or _entity_length(t) != 1 for t in others):
        return False
    return any(is_place_name(t.text) and t.ent_type_ in (place, "GPE", "LOC") for t in others)


def dateline_places(doc: Doc) -> frozenset[str]:
    """The names (lower case) a wire dateline opens its sentence with, in capitals before its
    dash and outside the agency's bracket ("VILNIUS, Lithuania —", "YANGON, Myanmar (AP) —"):
    the place the report was filed from, which the small models often tag an organisation;
    the same name in the body is that city too."""
    found: set[str] = set()
    if not doc.has_annotation("SENT_START"):
        return frozenset()  # (a hand-built doc with no sentences has no dateline)
    for ent in doc.ents:
        first = ent[0]
        if first.i != first.sent.start or not ent.text.isupper() or not in_dateline(ent[-1]):
            continue
        found.add(ent.text.lower())
    return frozenset(found)


# Name-like labels that name no actor: a place the tagger cut before one of these words
# ("Ramo" FAC + "Verde" PRODUCT, the Ramo Verde prison) runs on over it.
_NON_ACTOR_NAMES = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "MISC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def place_end(doc: Doc, end: int) -> int:
    """Run a place's or facility's span on over the capitalised words right after it that the
    tagger gave a label naming no actor: one name cut in two."""
    while (
        end < len(doc)
        and doc[end].ent_type_ in _NON_ACTOR_NAMES
        and doc[end].is_title
        and doc[end - 1].whitespace_ != ""
    ):
        end += 1
    return end


def _entity_length(tok: Token) -> int:
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return end - tok.i
