"""Shapes of a sentence that tell an act's mood against the words over it (events_modality's
climb reads these as hooks; modality 1.186.0; its gerund beside a vowed infinitive and its
"doing nothing to prevent" were folded into prec42c's events_modality_marks and prec42b's
events_modality_degree readings of the same classes at the merge):

- the deed a reaction to it (not a blame, which accuses) names in its "for" phrase was done
  ("vowed to crack down on them for a wave of attacks", "will punish them for the bombing":
  the attacks, the bombing, told);
- an event noun that is the subject of a passive verb making it ("an agreement was about to
  be signed", "a deal could be reached") is told in that verb's mood;
- a settlement noun set after a comma as an appositive restating the object of a verb of
  making a settlement before it ("are close to signing a trade pact, a deal that would anger
  Beijing") is told in that verb's mood (modality 1.195.5).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_modality_nouns import subject_verbs
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_vocab_modality import Modality


def deed_reacted_to(prep: Token, head: Token, cues: Modality) -> bool:
    """`prep` is the "for" phrase of a verb of reacting to a deed (`deed_reaction_verbs`:
    punish, crack down, retaliate, praise, apologise ...; not blaming, which accuses): it
    names the deed, done, whatever is said of the reaction ("vowed to crack down on them for
    a wave of suicide assaults": the assaults were made)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and head.pos_ == "VERB"
        and lemma(head) in cues.deed_reaction_verbs
    )


def made_as(noun: Token, cues: Modality) -> Token | None:
    """The passive verb of making an event noun is the subject of ("an agreement was about to
    be signed", "a deal could be reached", `making_passives`): its mood is the noun's. The
    verb is the subject's own or the infinitive an adjective or a raising verb takes ("was
    about to be signed", "is expected to be signed")."""
    return next(
        (
            v
            for v in subject_verbs(noun)
            if v.pos_ == "VERB"
            and lemma(v) in cues.making_passives
            and any(c.dep_ == "auxpass" for c in v.children)
        ),
        None,
    )


def restated_making(noun: Token, cues: Modality) -> Token | None:
    """The verb of making a settlement (`making_passives`) whose object a settlement noun
    (`nearness_acts`) restates as an appositive after a comma: "The two governments are close
    to signing a trade pact, a deal that would anger Beijing" (the parser hangs the
    appositive anywhere before it): the deal is as near as the signing is. The object is the
    last noun before the comma that opens the appositive's phrase (modality 1.195.5)."""
    # (an appositive the parser reads as a bare noun phrase of a verb of saying too: "...,
    # an official said Monday, a deal that could anger Beijing")
    if noun.dep_ not in ("appos", "npadvmod") or lemma(noun) not in cues.nearness_acts:
        return None
    start = noun.left_edge.i
    if start == 0 or noun.doc[start - 1].text != ",":
        return None
    sent_start = noun.sent.start
    for tok in reversed(noun.doc[sent_start : start - 1]):
        if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
            verb = tok.head
            return verb if lemma(verb) in cues.making_passives else None
    return None
