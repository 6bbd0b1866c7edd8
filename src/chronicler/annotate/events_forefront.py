"""Who leads an act told by a place at its front: "he was at the forefront of the insurgency",
"the students were in the vanguard of the protests", "the cleric stood at the head of the
uprising". The act noun in the "of" phrase of a noun of the front place (`front_place_nouns`)
that a copula or a verb of standing takes in its "at" or "in" phrase is done by that verb's
subject (roles 1.186.2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act
from chronicler.annotate.events_match import VERB_POS
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLACE_PREPS = frozenset({"at", "in"})


def front_runners(trigger: Token, ctx: Context) -> list[Token]:
    """The subject of the verb whose "at the forefront of" phrase holds the act noun, else []."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or lemma(trigger.head) != "of":
        return []
    front = trigger.head.head
    if front.dep_ != "pobj" or lemma(front) not in ctx.vocab.words("front_place_nouns"):
        return []
    prep = front.head
    verb = prep.head
    if (
        prep.dep_ != "prep"
        or lemma(prep) not in _PLACE_PREPS
        or verb.pos_ not in (*VERB_POS, "AUX")
    ):
        return []
    if lemma(verb) not in ctx.vocab.words("front_standing_verbs"):
        return []
    return [h for h in subjects(verb).active if can_act(h, ctx)]
