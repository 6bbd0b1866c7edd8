"""The ground an arrest is made on, no act of its own: "two other players who were arrested
for investigation of DUI", "was detained on investigation of assault": the legal wording for
"on suspicion of", an investigation named as what the arrest is for, tells no inquiry beside
the arrest (the arrest is the event). "Police opened an investigation" and "arrested during
an investigation into the bombing" (an inquiry under way, told by its own phrase) stay. The
check has the signature of events_filters' checks (vocabulary 1.378.5)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# the prepositions an arrest's ground follows: "arrested for", "detained on", "held under"
_GROUND_PREPS = frozenset({"for", "on", "under"})
_CUSTODY_MODES = frozenset({"arrest", "imprison"})


def arrest_ground(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """An inquiry noun (`arrest_ground_nouns`) that is the object of "for", "on" or "under"
    on a custody trigger, with an "of" phrase naming an offence: the arrest's ground."""
    if rule.mode != "investigate" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return None
    if lemma(trigger) not in ctx.vocab.words("arrest_ground_nouns"):
        return None
    prep = trigger.head
    custody = ctx.rules.get(prep.head.i)
    if lemma(prep) not in _GROUND_PREPS or custody is None:
        return None
    if custody.mode not in _CUSTODY_MODES:
        return None
    if not any(c.dep_ == "prep" and lemma(c) == "of" for c in trigger.children):
        return None  # "held for investigation": what the police will do with him, left
    return "the ground of an arrest, no inquiry of its own"


GROUND_SENSES = (arrest_ground,)
