"""A present-tense verb the small Spanish model reads as a name or a noun in a sentence left
with no verb: "Policía palestina mata a diez manifestantes" (a headline, or a headline in
capitals parsed in sentence case, annotate.truecase) has "mata" a proper noun hung on
"Policía" and "manifestantes" a modifier of the name, so no killing is read.

Only a verb takes a personal "a" right after it with no verb in the sentence to take it, and a
third-person present ends in "-a"/"-e" ("-an"/"-en"). Mended (parse_mending_es), the word is a
finite verb (so the lemmatizer, which runs after, gives its infinitive), the noun phrase right
before it (from the sentence's start or a punctuation mark) its subject, the "a"-phrase its
object, and the phrases after the object hung on the subject or the word its obliques.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
_SUBJECT_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
_PRESENT_ENDINGS = (("an", "Plur"), ("en", "Plur"), ("a", "Sing"), ("e", "Sing"))


@dataclass(frozen=True)
class VerblessVerb:
    """A verb read as a nominal: the word, its subject's words (head first) and its object."""

    verb: Token
    subject: Token
    subject_words: tuple[Token, ...]
    obj: Token
    number: str


def verbs_read_as_nominals(doc: Doc) -> list[VerblessVerb]:
    """Each lowercase word read as a noun or name with a present ending, right after a bare
    noun phrase opening its sentence or clause and right before a personal "a" and a common
    noun, in a sentence with no verb ("Guerrilla mata a dos soldados en Antioquia")."""
    found = []
    for sent in doc.sents:
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        for word in sent:
            if (reading := _read_as_nominal(word, sent.start)) is not None:
                found.append(reading)
                break  # (one verb a sentence)
    return found


def _read_as_nominal(word: Token, sent_start: int) -> VerblessVerb | None:
    if word.pos_ not in _NOMINAL or not word.text.isalpha() or not word.text.islower():
        return None
    number = next((n for end, n in _PRESENT_ENDINGS if word.text.endswith(end)), None)
    doc = word.doc
    if number is None or word.i + 2 >= len(doc) or doc[word.i + 1].lower_ != "a":
        return None
    marker = doc[word.i + 1]
    obj = marker.head
    if marker.dep_ != "case" or obj.pos_ != "NOUN" or obj.i <= marker.i:
        return None
    start = word.i
    while start - 1 >= sent_start and doc[start - 1].pos_ in _SUBJECT_WORDS:
        start -= 1
    if start == word.i or (start > sent_start and doc[start - 1].pos_ != "PUNCT"):
        return None  # ("el ejército de colombia a..."): no bare phrase before it
    words = doc[start : word.i]
    heads = [t for t in words if t.pos_ in _NOMINAL]
    if not heads:
        return None
    subject = heads[0]
    inside = {t.i for t in words} | {word.i}
    above = word.head if word.head.i not in inside else subject.head
    if above.i not in inside and above.i > word.i:
        return None  # (the phrase hung on a word after it: no tree to mend safely)
    return VerblessVerb(word, subject, (subject, *(t for t in words if t != subject)), obj, number)


def mend_verbless(found: list[VerblessVerb], heads: list[int], deps: list[str]) -> None:
    """Hang each found verb's subject, object and trailing phrases on it (in `heads` and
    `deps`, the parse being mended)."""
    for reading in found:
        verb, subject = reading.verb, reading.subject
        inside = {t.i for t in reading.subject_words} | {verb.i}
        # the verb takes the place of its phrase: the root, or what the phrase hung on
        above = verb.head if verb.head.i not in inside else subject.head
        if above.i in inside:
            heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        else:
            keep = deps[verb.i] if verb.head.i not in inside else deps[subject.i]
            heads[verb.i] = above.i
            deps[verb.i] = "parataxis" if keep in ("flat", "appos", "nmod", "compound") else keep
        heads[subject.i], deps[subject.i] = verb.i, "nsubj"
        for word in reading.subject_words[1:]:
            if heads[word.i] not in inside or heads[word.i] == verb.i:
                heads[word.i] = subject.i
        heads[reading.obj.i], deps[reading.obj.i] = verb.i, "obj"
        trailing = (t for t in verb.sent if t.i > reading.obj.i and t.i not in inside)
        for token in trailing:
            if heads[token.i] in inside and deps[token.i] in ("nmod", "obl", "appos", "flat"):
                heads[token.i], deps[token.i] = verb.i, "obl"  # "en Antioquia"
