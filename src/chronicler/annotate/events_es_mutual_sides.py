"""The sides of a meeting or an agreement named by "entre": "las negociaciones entre el
gobierno y los rebeldes", "un acuerdo entre Colombia y Venezuela". The small model hangs the
second side on the first as its conjunct; the first side is written as the actor and the
others as targets, as the English reading writes "talks between X and Y"
(events_meeting_sides) and as a coder writes the meeting of two parties."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_args import EsContext, agentive_phrase
from chronicler.annotate.events_es_morph import case_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsRule

# the event types whose sides meet or agree with one another
_MUTUAL_TYPES = frozenset({"CONSULT", "AGREE"})


def between_sides(phrase: Token, rule: EsRule, ctx: EsContext) -> tuple[Token, list[Token]] | None:
    """The first side and the others of a meeting or agreement noun's "entre"-phrase, when
    every side names a party ("entre el gobierno y el FMI"; not "entre semana", not "un
    acuerdo entre otras medidas"); None otherwise."""
    if rule.type not in _MUTUAL_TYPES or rule.reciprocal or case_of(phrase) != "entre":
        return None
    others = [c for c in phrase.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    sides = [phrase, *others]
    if not others or not all(agentive_phrase(s, ctx) for s in sides):
        return None
    return phrase, others
