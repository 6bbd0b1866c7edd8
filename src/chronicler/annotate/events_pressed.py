"""Who is pressed to act does the act pressed for (roles 1.178.0).

"maintain pressure on President Mugabe to allow observers", "put pressure on the authorities
to grant them a visa", "pile pressure on Mr Arafat to arrest and sentence extremists", "a
call on Iran to release the sailors": the one the pressure or the call is on (`pressing_nouns`
with `pressed_preps`) is the doer of the infinitive, not the one pressing nor no one. The
parser hangs the infinitive on the noun, on the verb that takes the noun, or on the one
pressed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, agentive_phrase, people_noun
from chronicler.annotate.events_object_control import pressed_party

if TYPE_CHECKING:
    from spacy.tokens import Token


def pressed_doers(trigger: Token, ctx: Context) -> list[Token]:
    """The one pressed (events_object_control.pressed_party), when `trigger` is the
    infinitive it is pressed to do or one coordinated with it ("to arrest and sentence X"),
    and it names a party; none otherwise."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        return []
    pressed = pressed_party(verb)
    if pressed is None or not (agentive_phrase(pressed, ctx) or people_noun(pressed, ctx)):
        return []
    return [pressed]
