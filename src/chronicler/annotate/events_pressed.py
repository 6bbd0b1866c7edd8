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
from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def pressed_doers(trigger: Token, ctx: Context) -> list[Token]:
    """The ones a noun of pressing is on, when `trigger` is the infinitive it presses for;
    none otherwise."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "to arrest and sentence X"
        verb = verb.head
    if verb.pos_ != "VERB" or not to_infinitive(verb):
        return []
    noun = _pressing_noun(verb, ctx)
    if noun is None:
        return []
    preps = ctx.vocab.words("pressed_preps")
    # "put pressure on X": the "on" may hang on the verb that takes the noun
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    # the infinitive right after the one pressed, as events_object_control.pressed_doer reads
    # it: not a later one the parser hung there ("step up pressure on Baghdad and rally
    # opinion behind the US drive to oust Saddam": the drive's)
    return [
        p
        for h in holders
        for p in prep_objects(h, preps)
        if (agentive_phrase(p, ctx) or people_noun(p, ctx))
        and verb.left_edge.i == p.right_edge.i + 1
    ]


def _pressing_noun(verb: Token, ctx: Context) -> Token | None:
    nouns = ctx.vocab.words("pressing_nouns")
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.pos_ == "NOUN" and lemma(head) in nouns:
        return head  # "pressure on X to allow"
    if verb.dep_ in ("advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        # "put pressure on X to grant": the infinitive hung on the verb taking the noun
        return next(
            (c for c in head.children if c.dep_ == "dobj" and lemma(c) in nouns),
            None,
        )
    if verb.dep_ in ("acl", "relcl") and head.dep_ == "pobj":
        # "pressure on Iran to release": the infinitive hung on the one pressed
        prep = head.head
        if lemma(prep) in ctx.vocab.words("pressed_preps") and lemma(prep.head) in nouns:
            return prep.head
    return None
