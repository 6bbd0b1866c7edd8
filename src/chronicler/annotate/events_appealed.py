"""Who is appealed to does the act appealed for (roles 1.189.0).

"The UN called on Israel to withdraw its troops", "groups are calling on the Governor-General
to resign", "the opposition appealed to the king to dissolve parliament", "pleaded with the
rebels to free the hostages": the infinitive's act is the one appealed to's (Israel
withdraws), not the caller's. The parser hangs the infinitive on the verb of appealing with
no object, so the subject of that verb, the caller, was read as its doer. A verb of appealing
and the preposition naming whom are `appealing_verb_preps` ("call on", "appeal to"); nouns of
pressing ("pressure on X to V", "a call on X to V") are events_pressed's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, agentive_phrase, people_noun
from chronicler.annotate.events_match import VERB_POS, to_infinitive
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def appealed_doers(trigger: Token, ctx: Context) -> list[Token]:
    """The ones a verb of appealing is addressed to, when `trigger` is the infinitive (or a
    verb coordinated with it: "to resign or explain") that verb appeals for; none
    otherwise."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "to resign or explain"
        verb = verb.head
    if verb.pos_ != "VERB" or not to_infinitive(verb) or verb.dep_ not in ("xcomp", "advcl"):
        return []
    appealing = verb.head
    if appealing.pos_ not in VERB_POS or any(c.dep_ == "dobj" for c in appealing.children):
        return []  # "called the police to ...": an object of its own is whom it asks
    pairs = _appealing_pairs(ctx)
    return [
        p
        for prep in appealing.children
        if prep.dep_ == "prep" and (lemma(appealing), lemma(prep)) in pairs
        for p in prep.children
        if p.dep_ == "pobj"
        and (agentive_phrase(p, ctx) or people_noun(p, ctx))
        # the infinitive right after the one appealed to: not one the parser hung there
        # from further on ("called on Monday for talks to end the strike")
        and verb.left_edge.i == p.right_edge.i + 1
    ]


def _appealing_pairs(ctx: Context) -> frozenset[tuple[str, str]]:
    """`appealing_verb_preps` as (verb, preposition) pairs: "call on" -> ("call", "on")."""
    return frozenset(
        (words[0], words[1])
        for entry in ctx.vocab.words("appealing_verb_preps")
        if len(words := entry.split()) == 2
    )
