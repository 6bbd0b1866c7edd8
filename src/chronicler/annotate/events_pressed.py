"""Who is pressed or appealed to does the act pressed for (roles 1.178.0, 1.189.0).

"maintain pressure on President Mugabe to allow observers", "put pressure on the authorities
to grant them a visa", "a call on Iran to release the sailors": the one the pressure or the
call is on (`pressing_nouns` with `pressed_preps`, events_object_control.pressed_party) is
the doer of the infinitive, not the one pressing nor no one. So is the one a verb of appealing
is addressed to (`appealing_verb_preps`): "The UN called on Israel to withdraw its troops",
"appealed to the king to dissolve parliament", "pleaded with the rebels to free the hostages"
(the parser hangs the infinitive on the verb of appealing, whose subject, the caller, was read
as its doer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, names_party
from chronicler.annotate.events_match import VERB_POS, to_infinitive
from chronicler.annotate.events_object_control import pressed_party
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def pressed_doers(trigger: Token, ctx: Context) -> list[Token]:
    """The one appealed to or pressed, when `trigger` is the infinitive it is asked to do or
    one coordinated with it ("to arrest and sentence X", "to resign or explain"), and it names
    a party; none otherwise."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        return []
    asked = _appealed_to(verb, ctx) or pressed_party(verb)
    if asked is None or not names_party(asked, ctx):
        return []
    return [asked]


def _appealed_to(verb: Token, ctx: Context) -> Token | None:
    """The "on"/"to"/"with" object of the verb of appealing the infinitive `verb` hangs on,
    right before the infinitive (not one the parser hung there from further on: "called on
    Monday for talks to end the strike")."""
    if not to_infinitive(verb) or verb.dep_ not in ("xcomp", "advcl"):
        return None
    appealing = verb.head
    if appealing.pos_ not in VERB_POS or any(c.dep_ == "dobj" for c in appealing.children):
        return None  # "called the police to ...": an object of its own is whom it asks
    pairs = _appealing_pairs(ctx)
    return next(
        (
            p
            for prep in appealing.children
            if prep.dep_ == "prep" and (lemma(appealing), lemma(prep)) in pairs
            for p in prep.children
            if p.dep_ == "pobj" and verb.left_edge.i == p.right_edge.i + 1
        ),
        None,
    )


def _appealing_pairs(ctx: Context) -> frozenset[tuple[str, str]]:
    """`appealing_verb_preps` as (verb, preposition) pairs: "call on" -> ("call", "on")."""
    return frozenset(
        (words[0], words[1])
        for entry in ctx.vocab.words("appealing_verb_preps")
        if len(words := entry.split()) == 2
    )
