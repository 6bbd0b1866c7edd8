"""A Spanish ultimatum: a command joined by "o" to what its speaker will do otherwise ("Sal o
te matamos", "Entreguen las armas o los atacaremos", "Ríndanse o morirán"). What follows "o"
is the threat's content, done only if the command is not obeyed: hypothetical, by the lead's
ruling of the thirty-sixth session ("a threat's content quoted in speech is hypothetical").

The small model often misreads the command that opens the sentence or the quotation as a
name or a noun ("Sal/PROPN"), and then hangs the consequence on it as a conjunct or takes it
as the consequence's subject; both readings are taken here. (Read by events_es_modality.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import feats

if TYPE_CHECKING:
    from spacy.tokens import Token

# What opens a stretch of speech: the sentence's start, a quotation mark, a colon, a dash.
_OPENERS = frozenset({'"', "“", "«", ":", "—", "-", "'"})


def _opens_speech(word: Token) -> bool:
    """The word stands first in its sentence or right after an opening mark."""
    if word.is_sent_start or word.i == 0:
        return True
    return word.doc[word.i - 1].text in _OPENERS


def _command(word: Token) -> bool:
    """A command opening the speech: an imperative or a subjunctive verb, or a capitalised
    word the model read as a name or a noun there ("Sal", "Váyanse")."""
    if not _opens_speech(word):
        return False
    if word.pos_ in ("VERB", "AUX"):
        return bool({"Imp", "Sub"} & set(feats(word, "Mood")))
    # (a bare word: no article nor modifier, as a name or a noun in a sentence would have
    # none only rarely; the model may even tag it a place, "Sal")
    bare = not any(c.dep_ not in ("punct", "cc", "conj") and c.i < word.i for c in word.children)
    return word.pos_ in ("PROPN", "NOUN") and word.text[:1].isupper() and bare


def misread_command(word: Token) -> bool:
    """A command read as the subject of the consequence it is joined to by "o" ("Sal o te
    matamos": "Sal" no doer)."""
    return word.dep_ in ("nsubj", "nsubj:pass") and ultimatum_consequence(word.head)


def ultimatum_consequence(trigger: Token) -> bool:
    """`trigger` is a verb in the first person or the future joined by "o" to a command that
    opens its sentence or quotation: what will be done if the command is not obeyed."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    if not ({"1"} & set(feats(trigger, "Person")) or "Fut" in feats(trigger, "Tense")):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "o" for c in trigger.children):
        return False
    if trigger.dep_ == "conj" and trigger.head.i < trigger.i:
        return _command(trigger.head)
    # "Sal o te matamos", the command read as the subject of the consequence
    return any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.i < trigger.i and _command(c)
        for c in trigger.children
    )
