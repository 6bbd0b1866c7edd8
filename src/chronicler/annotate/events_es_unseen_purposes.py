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

from chronicler.annotate.events_es_context import RELATIVE_PRONOUNS
from chronicler.annotate.events_es_morph import case_of
from chronicler.annotate.events_es_vocab import load_vocab_es

if TYPE_CHECKING:
    from spacy.tokens import Token


def _holders(noun: Token) -> list[Token]:
    """The words that may carry the held act's purpose: the noun, its governing verb and a
    participle on it ("el paro, convocado para protestar"), and a relative clause telling of
    the act ("convocó a un paro, que respaldó la central, para protestar")."""
    out = [noun]
    if noun.head is not noun and noun.head.pos_ in ("VERB", "AUX"):
        out.append(noun.head)
    out += [
        c
        for c in noun.children
        if c.dep_ in ("amod", "acl") and "Part" in c.morph.get("VerbForm", [])
    ]
    # (the parser may hang the relative clause on the date right after the noun, "convocó a un
    # paro el lunes, que respaldó la central, para protestar": a date backs no one)
    owners = [noun, *_date_after(noun)]
    out += [c for o in owners for c in o.children if _relative_clause(c)]
    return out


def _relative_clause(clause: Token) -> bool:
    """A relative clause whose subject is its relative pronoun ("que respaldó la central")."""
    return clause.dep_ in ("acl", "acl:relcl") and any(
        s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS for s in clause.children
    )


def _date_after(noun: Token) -> list[Token]:
    """A time word whose phrase starts right after the noun's, on the noun or its verb."""
    times = load_vocab_es().words("time_words")
    near = [*noun.children, *(noun.head.children if noun.head is not noun else [])]
    return [
        t
        for t in near
        if t.left_edge.i == noun.right_edge.i + 1
        and (t.lemma_.lower() in times or "Tim" in t.morph.get("AdvType", []))
    ]


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
