"""A hunt told by the one hunted, named: "the hunt for Osama bin Laden", "the hunt for Al
Qaeda leader Osama bin Laden". A person sought by name is a quarry whatever the sentence calls
him (rule field `named_quarry`, which stands in for the offender words a hunt's sentence must
otherwise hold, `sentence_words`: "the hunt for survivors" is none, and "the hunt for Robert
Smith, missing since Friday" still falls to `sentence_words_not`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def named_quarry(trigger: Token, preps: frozenset[str]) -> bool:
    """The object of one of the trigger's `preps` ("for") is a person's name the tagger
    found."""
    return any(
        o.dep_ == "pobj" and o.ent_type_ == "PERSON"
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
    )
