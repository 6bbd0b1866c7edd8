"""A noun the unseen-word fallback cannot type from its English neighbours, told an act held
(events_es_unseen.held_act: "promovieron el paro", "el paro general, convocado ...") for a
protest or a demand: "convocado para protestar", "promovieron el paro para exigir", "iniciaron
un X en protesta por". PLOVER codes a collective action carried out as a protest, demands in
the form of demonstrations included, PROTEST; the held act's purpose is the second piece of
evidence a failed vote lacks, so the noun is typed PROTEST. The encoder places some common
words far from their translation ("paro": nearest "throng" and "pardon", none a strike).

Settings in data/events/unseen_es.toml: `held_protest_purpose_verbs` (the "para" infinitives
of protesting or demanding) and `held_protest_purpose_nouns` (the "en" nouns: "en protesta
por", "en reclamo de"). Read only for a noun no Spanish rule lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import case_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def _holders(noun: Token) -> list[Token]:
    """The words that may carry the held act's purpose: the noun, its governing verb and a
    participle on it ("el paro, convocado para protestar")."""
    out = [noun]
    if noun.head is not noun and noun.head.pos_ in ("VERB", "AUX"):
        out.append(noun.head)
    out += [
        c
        for c in noun.children
        if c.dep_ in ("amod", "acl") and "Part" in c.morph.get("VerbForm", [])
    ]
    return out


def protest_purpose(noun: Token, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether the noun, its holding verb or participle has a purpose of protesting or
    demanding: a "para" infinitive of `verbs` or an "en" phrase of `nouns`."""
    for holder in _holders(noun):
        for c in holder.children:
            lemma = c.lemma_.lower()
            purpose = any(m.dep_ == "mark" and m.lower_ == "para" for m in c.children)
            if c.dep_ in ("advcl", "acl") and purpose and lemma in verbs:
                return True
            if c.dep_ in ("obl", "nmod") and case_of(c) == "en" and lemma in nouns:
                return True
    return False
