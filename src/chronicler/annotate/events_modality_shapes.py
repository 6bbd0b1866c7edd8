"""Shapes of a sentence that tell an act's mood against the words over it (events_modality's
climb reads these as hooks; modality 1.186.0):

- a gerund or a finite verb the parser hangs as a conjunct of a to-infinitive is no part of
  what the "to" governs ("issued a statement vowing to continue the war and slamming the
  offer": the slamming was done, beside the vowing, not vowed);
- the deed a reaction to it (not a blame, which accuses) names in its "for" phrase was done
  ("vowed to crack down on them for a wave of attacks", "will punish them for the bombing":
  the attacks, the bombing, told);
- what nothing, or little, is done to bring about is not done ("doing nothing to prevent
  attacks": no preventing), while what it would have prevented is not denied by it (the
  attacks happened);
- an event noun that is the subject of a passive verb making it ("an agreement was about to
  be signed", "a deal could be reached") is told in that verb's mood.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_vocab_modality import Modality

# forms that are never the bare verb a "to" governs
_NOT_BARE = frozenset({"VBG", "VBD", "VBZ", "VBP"})
# what is done to bring an act about, told as nothing or next to nothing
_NOTHING_DONE = frozenset({"nothing", "little"})


def infinitive_conjunct_head(token: Token, head: Token) -> Token:
    """The verb a gerund or a finite verb coordinated with a to-infinitive really stands
    beside: the infinitive's own governor ("vowing to continue the war and slamming the call":
    "slamming" is "vowing"'s conjunct, whatever the parse). Any other governor is `head`."""
    if (
        token.dep_ == "conj"
        and token.tag_ in _NOT_BARE
        and head.tag_ == "VB"
        and to_infinitive(head)
        and head.dep_ in ("xcomp", "advcl", "acl")
        and head.head.pos_ == "VERB"
        and head.head.tag_ in _NOT_BARE | {"VBN"}
    ):
        return head.head
    return head


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


def nothing_done_for(verb: Token) -> bool:
    """A to-infinitive told as what nothing or little was done for ("doing nothing to prevent
    attacks", "did little to stop the killings"): the act is not done (negated)."""
    if not to_infinitive(verb) or verb.dep_ not in ("relcl", "acl", "advcl", "xcomp"):
        return False
    done = verb.head
    if done.lower_ in _NOTHING_DONE and done.dep_ == "dobj":
        return lemma(done.head) == "do"
    # "did nothing to stop it", the infinitive hung on the verb
    return lemma(done) == "do" and any(
        c.dep_ == "dobj" and c.lower_ in _NOTHING_DONE for c in done.children
    )


def unmade_prevention(head: Token, cues: Modality) -> bool:
    """A verb of stopping or preventing (`negating_verbs`) that nothing was done for ("doing
    nothing to prevent attacks"): what it would have stopped is not denied by it."""
    return lemma(head) in cues.negating_verbs and nothing_done_for(head)


def made_as(noun: Token, cues: Modality) -> Token | None:
    """The passive verb of making an event noun is the subject of ("an agreement was about to
    be signed", "a deal could be reached", `making_passives`): its mood is the noun's. The
    verb is the subject's own or the infinitive an adjective or a raising verb takes ("was
    about to be signed", "is expected to be signed")."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = noun.head
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    verbs += [
        g for c in head.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp"
    ]
    return next(
        (
            v
            for v in verbs
            if v.pos_ == "VERB"
            and lemma(v) in cues.making_passives
            and any(c.dep_ == "auxpass" for c in v.children)
        ),
        None,
    )
