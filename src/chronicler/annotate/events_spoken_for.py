"""The body a spokesperson's "we" stands for (events-roles 1.167.0).

A quotation's "we" is its speaker's side (events_quoted_speakers.first_person_speaker): '"We
will not attack civilians," the commander said' is the commander's. A spokesperson speaks for a
body, not for a group of their own: '"We fired in self-defense," Commodore Nirad Sinha, a navy
spokesman, told CNN' is the navy's fire, and so is '"We fired," said a spokesman for the
navy'. The body is the word the spokesperson noun (`spokesperson_nouns`) is the spokesperson of:
its compound ("a navy spokesman"), or its "for"/"of" phrase ("a spokesman for the navy"), on the
speaker itself or on an apposition to the speaker's name. An "I" stays the speaker's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLURAL_FIRST_PERSON = frozenset({"we", "us", "our", "ours"})
_OF_BODY = frozenset({"for", "of"})


def body_spoken_for(speaker: Token, pronoun: Token, ctx: Context) -> Token | None:
    """The body the spokesperson `speaker` speaks for where `pronoun` is a "we", else None."""
    if pronoun.lower_ not in _PLURAL_FIRST_PERSON:
        return None
    titles = ctx.vocab.words("spokesperson_nouns")
    described = [speaker, *(c for c in speaker.children if c.dep_ == "appos")]
    for noun in described:
        if lemma(noun) not in titles:
            continue
        bodies = [c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
        bodies += prep_objects(noun, _OF_BODY)
        if bodies:
            return bodies[0]
    return None
