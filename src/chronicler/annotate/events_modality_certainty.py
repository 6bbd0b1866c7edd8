"""Acts told under a speaker's doubt: "police are not sure the guards were attacked",
"officials are uncertain the rebels fired first". A clause a negated adjective of certainty
(`certainty_words`) or an adjective of doubt (`uncertainty_words`) takes tells what the
speaker does not vouch for: hypothetical, as a clause under "unlikely" is. "Police are sure
the guards were attacked" stays told. Modality 1.159.1."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_modality_nouns import weighed_act
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_vocab_modality import Modality


def doubted_by_speaker(trigger: Token, cues: Modality) -> bool:
    """The trigger's clause is what an adjective of certainty, negated, or of doubt takes,
    whether the parser hangs it on the adjective or on its copula, or hangs the doubt's
    clause before it on the trigger ('"I'm not positive all three were targeted," he said',
    read with "'m" as the trigger's clause). Not a verb of aiming (`aim_verbs`): "I'm not
    positive all three of the people were targeted" doubts the shooter's aim, while the
    shooting of the three is told (the ruling of ecbdev3, prec39b)."""
    if lemma(trigger) in cues.aim_verbs:
        return False
    if any(c.dep_ == "ccomp" and c.i < trigger.i and _doubting(c, cues) for c in trigger.children):
        return True
    # (a clause with no subordinator the parser read as adverbial is the adjective's too)
    unmarked = trigger.dep_ == "advcl" and not any(c.dep_ == "mark" for c in trigger.children)
    return (trigger.dep_ == "ccomp" or unmarked) and _doubting(trigger.head, cues)


def _doubting(head: Token, cues: Modality) -> bool:
    """`head` is an adjective of doubt, or of certainty negated, or its copula."""
    if head.pos_ == "ADJ":
        adjectives, copula = [head], head.head
    elif lemma(head) == "be":
        adjectives, copula = [c for c in head.children if c.dep_ == "acomp"], head
    else:
        return False
    negated = any(c.dep_ == "neg" for w in (*adjectives, copula) for c in w.children)
    return any(
        lemma(a) in cues.uncertainty_words or (negated and lemma(a) in cues.certainty_words)
        for a in adjectives
    )


def not_vouched(trigger: Token, cues: Modality) -> bool:
    """An act only weighed ("difficulties in attacking land bases", events_modality_nouns)
    or doubted by its speaker: hypothetical either way."""
    return weighed_act(trigger, cues) or doubted_by_speaker(trigger, cues)
