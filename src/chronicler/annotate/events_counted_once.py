"""Acts told twice in one clause, counted once: the duty a force is sent on ("The navy sent
two frigates on patrol in the gulf", "deployed troops on a peacekeeping mission") is the
sending's own purpose, one MOBILIZE, not a second one by the ships sent (vocabulary
1.412.3)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_actors import Context
    from chronicler.annotate.events_vocab import Rule


def duty_sent_on(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """An act noun in the "on" phrase of a trigger of its own type that governs it ("sent
    frigates on patrol"): the purpose of that act, told with it, when the act sends forces
    named as its object. "Troops on patrol were attacked" (no act above), "The frigate was
    deployed on patrol" (the patrol the frigate's own act; roles40) and "sent aid on a convoy"
    (another type) stay."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "on":
        return None
    verb = trigger.head.head
    above = ctx.rules.get(verb.i)
    if verb.i == trigger.i or verb.pos_ != "VERB" or above is None or above.type != rule.type:
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None  # "The frigate was deployed on patrol": the patrol is the frigate's act
    return "the duty a force is sent on, counted with the sending"


COUNTED_ONCE_SENSES = (duty_sent_on,)
