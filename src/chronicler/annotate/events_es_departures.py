"""Leaving one's country, read on the Spanish (Universal Dependencies) parse: "salió del país",
"abandonó Venezuela", "partió rumbo a España", "su salida del país". Like the English
`departure` rules (events_match.leaves_country) these only make candidates; the shared pass
(events_departures.departures_in_jeopardy) keeps them as exile for a person the article puts
in legal jeopardy. The words are data (`vocab_es.toml`): the rule's `context` lists the nouns
for one's country, `departure_from_preps` what opens the place left, `destination_preps` and
`route_nouns` ("rumbo a", "con destino a") a destination abroad."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_departures import is_homeland
from chronicler.annotate.events_es_morph import case_of
from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab

# Where the place left or the destination hangs: a verb's oblique or object, a noun's nmod.
_PLACE_DEPS = frozenset({"obl", "obj", "nmod"})


def _country(place: Token, homeland: frozenset[str], vocab: EsVocab) -> bool:
    return is_homeland(place, lemma_set(place, vocab), homeland)


def left_places(token: Token, vocab: EsVocab) -> list[Token]:
    """What the trigger leaves: its bare object ("abandonó Venezuela") or a place after
    `departure_from_preps` ("salió del país", "su salida de Venezuela")."""
    froms = vocab.words("departure_from_preps")
    return [
        c
        for c in token.children
        if (c.dep_ == "obj" and case_of(c) is None)
        or (c.dep_ in _PLACE_DEPS and case_of(c) in froms)
    ]


def destinations(token: Token, vocab: EsVocab) -> list[Token]:
    """Where the trigger goes: "hacia Estados Unidos", "rumbo a España", "con destino a Costa
    Rica" (the place hung on the route noun)."""
    to = vocab.words("destination_preps")
    routes = vocab.words("route_nouns")
    out: list[Token] = []
    for c in token.children:
        if c.dep_ not in _PLACE_DEPS:
            continue
        if lemma_set(c, vocab) & routes:
            out += [g for g in c.children if g.dep_ in _PLACE_DEPS and _to_place(g, to)]
        elif case_of(c) in to:
            out.append(c)
    return out


def _to_place(place: Token, to: frozenset[str]) -> bool:
    """ "a España" after a route noun, the "a" read as its case or as fixed to the noun."""
    return case_of(place) in to or any(
        f.dep_ == "fixed" and f.lower_ in to for f in place.head.children
    )


def leaves_country_es(token: Token, homeland: frozenset[str], vocab: EsVocab) -> bool:
    """The trigger leaves a country ("del país", "Venezuela") or goes to one ("rumbo a
    España"); leaving a city ("salió de Caracas") or going to one ("partió hacia Madrid") is
    no departure from one's country."""
    return any(_country(p, homeland, vocab) for p in left_places(token, vocab)) or any(
        _country(p, frozenset(), vocab) for p in destinations(token, vocab)
    )
