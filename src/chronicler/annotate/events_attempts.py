"""Violence attempted is violence done: "Israeli forces were attempting to kill the militant",
"the gunman tried to assassinate the governor". Event coders code the attempt as the attack
(CAMEO 186 "assassinate" covers an attempt on a life; an attack that misses is still an
attack), so an ASSAULT a verb of attempting takes as its infinitive is not hypothetical for
the attempt alone, when the attempt itself is told done: not denied, not ahead, not asked for
or alleged ("was accused of trying to kill him", "will try to storm the town" stay).
A plot, a plan or a conspiracy is no attempt ("plotted to kill" stays hypothetical)."""

from __future__ import annotations

from spacy.tokens import Token

from chronicler.annotate.events_modality import modality
from chronicler.annotate.events_vocab import lemma
from chronicler.annotate.events_vocab_modality import Modality

# the types whose attempt is itself the act (PLOVER ASSAULT: armed and unconventional violence)
ATTEMPT_DONE_TYPES = frozenset({"ASSAULT"})


def attempted_violence(trigger: Token, type_: str, cues: Modality) -> bool:
    """Whether `trigger` is an act of violence only attempted by a verb of attempting told
    done ("were attempting to kill X": the attack was made)."""
    if type_ not in ATTEMPT_DONE_TYPES or trigger.pos_ != "VERB" or trigger.dep_ != "xcomp":
        return False
    attempt = trigger.head
    if lemma(attempt) not in cues.attempted_violence_verbs or any(
        c.dep_ == "neg" for c in trigger.children
    ):
        return False
    told = modality(attempt, cues)
    return not (told.negated or told.future or told.hypothetical)
