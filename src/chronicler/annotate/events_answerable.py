"""Who an act noun is said to be the work of, by a phrase of answering for it rather than a
verb of doing it: "the militants behind the bombing", "the group was behind the attack",
"the rebels were responsible for the killing", "held the rebels responsible for the attack",
"a man they say is responsible for many attacks". The one behind it or answering for it is
the act's actor (`answerable_adjectives`, `behind_preps` in roles.toml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import can_act
from chronicler.annotate.events_match import VERB_POS
from chronicler.annotate.events_relative_gaps import reported_gap_subject
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_actors import Context

_PARTY_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _copula_subjects(verb: Token) -> list[Token]:
    """The subject of the verb a predicate hangs on, also the noun a relative clause's gap
    stands for ("a man they say is responsible": the man)."""
    found = list(subjects(verb).active)
    if not found and (gap := reported_gap_subject(verb)) is not None:
        found = [gap]
    return found


def _shared_blame(adjective: Token, ctx: Context) -> bool:
    """The adjective of answering is shared out or qualified by an adverb
    (`shared_blame_adverbs`: "equally", "partly", "morally" responsible): a blame put beside
    the doer's, not a telling of who did the act."""
    shared = ctx.vocab.words("shared_blame_adverbs")
    return any(c.dep_ == "advmod" and lemma(c) in shared for c in adjective.children)


def answerable_doers(trigger: Token, ctx: Context) -> list[Token]:
    """The one behind an act noun or answering for it (see the module's docstring); none for
    any other noun."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return []
    noun = trigger
    if lemma(noun.head) == "of" and lemma(noun.head.head) in ctx.vocab.words(
        "summed_series_nouns"
    ):  # "the extremists behind a wave of suicide bombings"
        noun = noun.head.head
        if noun.dep_ != "pobj":
            return []
    prep = noun.head
    holder = prep.head
    found: list[Token] = []
    if lemma(prep) in ctx.vocab.words("behind_preps"):
        if holder.pos_ in _PARTY_POS:  # "the militants behind the bombing"
            found = [holder]
        elif lemma(holder) == "be":  # "the group was behind the attack"
            found = _copula_subjects(holder)
        elif holder.pos_ in VERB_POS:
            # no verb is done behind an act: the parser hung the "behind" of the verb's
            # object on the verb ("arrested the militants behind the bombing")
            found = [c for c in holder.children if c.dep_ == "dobj" and c.i < prep.i]
    elif lemma(prep) == "for" and lemma(holder) in ctx.vocab.words("answerable_adjectives"):
        if _shared_blame(holder, ctx):
            return []  # "were equally responsible for the slaying": blamed beside the doer
        above = holder.head
        if holder.dep_ == "amod" and above.pos_ in _PARTY_POS:  # "the group responsible for"
            found = [above]
        elif holder.dep_ == "acomp" and above.pos_ in VERB_POS | {"AUX"}:  # "was responsible"
            found = _copula_subjects(above)
        elif holder.dep_ in ("oprd", "ccomp", "xcomp") and above.pos_ in VERB_POS:
            # "held the rebels responsible for the attack": the one held responsible
            found = [c for c in above.children if c.dep_ == "dobj"]
            found = found or [s for c in holder.children if c.dep_ == "nsubj" for s in [c]]
    return [t for t in found if t.i != trigger.i and can_act(t, ctx)]
