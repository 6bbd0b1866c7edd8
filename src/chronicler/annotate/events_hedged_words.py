"""An act read only through another word of its sentence (a rule's `sentence_words`: a fire is
the arson), and whether each such word is told as only possible, suspected or alleged.

Moved out of events_modality.py on 2026-12-06 (split40).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_modality import modality
from chronicler.annotate.events_modality_nouns import told_possible
from chronicler.annotate.events_vocab import Modality, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def read_through_hedged_word(trigger: Token, words: frozenset[str], cues: Modality) -> bool:
    """A trigger read as an act only through another word of its sentence (a rule's
    `sentence_words`: a fire is the arson) is only possible when each such word is: "Arson is
    likely, given that the fire broke out at 3 a.m.", "police said arson was possible",
    "suspected arson" (hypothetical; roles 1.102.0). A word told as a fact ("the fire was
    arson") leaves the trigger as it is."""
    named = [
        t for t in trigger.sent if t.i != trigger.i and (t.lower_ in words or lemma(t) in words)
    ]
    return bool(named) and all(hedged_word(w, cues) for w in named)


def hedged_word(word: Token, cues: Modality) -> bool:
    """The word is told as only possible, suspected or alleged, by its own modifier, the
    copula it is the subject of, or the verbs over it."""
    own = (word, word.head) if word.dep_ == "compound" else (word,)
    alleged = cues.alleged_words
    if any(
        c.dep_ == "amod" and (c.lower_ in alleged or lemma(c) in alleged)
        for w in own
        for c in w.children
    ):
        return True  # "suspected arson", "a suspected arson fire"
    if word.dep_ == "nsubj" and lemma(word.head) == "be":
        predicates = cues.possibility_words | cues.doubted_predicates
        if any(c.dep_ == "acomp" and lemma(c) in predicates for c in word.head.children):
            return True  # "arson is likely", even with a clause of grounds after it
    return told_possible(word, cues) or modality(word, cues).hypothetical
