"""An act named as a phenomenon, no act told: what a phrase is against ("an anti-piracy
operation", "anti-war groups") and a bare mass noun a measure curbs or fights ("an effort to
curtail piracy", "the fight against terrorism"). Each check has the signature of
events_filters' checks (vocabulary 1.364.0)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, negated_prefix
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# what makes a noun one happening or one kind told of particular parties: "the piracy",
# "this violence", "Somali piracy", "their violence", "piracy of the ship"
_PARTICULAR = frozenset({"det", "poss", "nummod", "amod", "compound", "nmod", "prep", "relcl"})


def against_prefix(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the fifth anti - piracy operation", "anti - war groups": the word after "anti-" says
    what the phrase is against, no act of its own (the operation, the protest is one)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or not negated_prefix(trigger):
        return None
    if trigger.doc[trigger.i - 2].lower_ != "anti":
        return None
    return "what a phrase is against, no act"


def _origin_phrase(child: Token, ctx: Context) -> bool:
    """ "piracy from Somalia", "piracy in the Gulf of Aden": a phrase of where the phenomenon
    comes from or rages (`phenomenon_origin_preps`) leaves it a phenomenon; "piracy of the
    ship" names one act (prec41, vocabulary 1.396.0)."""
    return child.dep_ == "prep" and lemma(child) in ctx.vocab.words("phenomenon_origin_preps")


def curbed_phenomenon(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "in an effort to curtail piracy", "the fight against terrorism", "a crackdown on
    violence": a bare mass noun that a measure curbs or fights names the phenomenon, no act
    told ("curb the violence in the north", "fight Somali piracy" stay)."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NN":
        return None
    # parties read into the noun from outside it ("vowed to combat kidnapping": the vowing
    # government is no kidnapper) leave it a phenomenon; its own ("their piracy") do not
    # (nor a place it comes from: "piracy from Somalia" is read with Somalia as its target)
    origins = [c for c in trigger.children if _origin_phrase(c, ctx)]
    own = set(trigger.subtree) - {t for o in origins for t in o.subtree}
    if any(p in own for p in (*actors, *targets)):
        return None
    if any(c.dep_ in _PARTICULAR and c not in origins for c in trigger.children):
        return None
    curbing = ctx.vocab.words("curbing_words")
    head = trigger.head
    if trigger.dep_ == "dobj" and lemma(head) in curbing:
        return "a phenomenon curbed, no act told"
    if (
        trigger.dep_ == "pobj"
        and lemma(head) in ctx.vocab.words("curbing_preps")
        and lemma(head.head) in curbing
    ):
        return "a phenomenon fought, no act told"
    return None


PHENOMENON_SENSES = (against_prefix, curbed_phenomenon)
