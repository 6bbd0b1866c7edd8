"""A locution bounding a number ("cuando menos", "por lo menos", "a lo sumo") that the small
Spanish model parses as a clause or a phrase of its own, taking the counted people with it.

"La policía detuvo a cuando menos quince estudiantes durante la protesta": the model hangs
"a" on the verb as an adverb, "cuando" fixed to it, and "estudiantes" on the "a" (an
adposition heading a noun), so the verb has no object and the arrest no target; in
"arrestaron cuando menos a veinte campesinos" the people hang on "menos". With no "a" the
model may read "cuando" as a clause's mark on the noun ("detuvo cuando menos quince
estudiantes"), which no reading of a bounding locution (events_es_morph) recognises.

Only a number follows such a locution, so the words are read by their form: the locution's
first word is the counted nominal's adverb with the others fixed to it (as the model parses
"por lo menos doce manifestantes"), a personal "a" right before or after the locution the
nominal's case, and a nominal the model hung inside the locution the object of the word the
locution hangs on. A nominal hung elsewhere keeps its head and relation ("Cuando menos diez
personas murieron" stays the subject).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Locutions bounding a number, word by word (lowercase). "al menos" is left out: the model
# reads it as a fixed pair already, and "al" is also "a" + "el".
_LOCUTIONS: tuple[tuple[str, ...], ...] = (
    ("cuando", "menos"),
    ("por", "lo", "menos"),
    ("a", "lo", "sumo"),
    ("como", "mínimo"),
    ("como", "máximo"),
)
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
# words that may stand between the locution and the counted nominal ("quince", "unos", "mil")
_COUNT_WORDS = frozenset({"NUM", "DET", "ADJ"})


@dataclass(frozen=True)
class BoundedCount:
    """A bounding locution's words, the personal "a" beside it (or None), the nominal it
    counts, and the word the whole phrase hangs on when the model hung the nominal inside the
    locution (else None)."""

    words: tuple[Token, ...]
    personal: Token | None
    nominal: Token
    governor: Token | None


def _counted_nominal(doc: Doc, start: int) -> Token | None:
    """The nominal a number opening at `start` counts: the first noun after count words, a
    number among them ("quince estudiantes")."""
    seen_number = False
    for token in doc[start : min(len(doc), start + 5)]:
        if token.pos_ in _NOMINAL:
            return token if seen_number else None
        if token.pos_ not in _COUNT_WORDS:
            return None
        seen_number = seen_number or token.pos_ == "NUM" or token.like_num
    return None


def bounded_counts(doc: Doc) -> list[BoundedCount]:
    """Each bounding locution right before a counted nominal whose parse the model got wrong:
    the nominal hung on one of the locution's words (or on the "a" beside it), or the
    locution's first word read as a clause's mark."""
    found: list[BoundedCount] = []
    lowers = [t.lower_ for t in doc]
    for i in range(len(doc)):
        for locution in _LOCUTIONS:
            end = i + len(locution)
            if tuple(lowers[i:end]) != locution:
                continue
            words = tuple(doc[i:end])
            personal = None
            if i > 0 and lowers[i - 1] == "a" and locution[0] != "a":
                personal = doc[i - 1]  # "a cuando menos quince"
            elif end < len(doc) and lowers[end] == "a":
                personal = doc[end]  # "cuando menos a veinte"
            after = end + 1 if personal is not None and personal.i == end else end
            nominal = _counted_nominal(doc, after)
            if nominal is None:
                continue
            span = {t.i for t in words} | ({personal.i} if personal is not None else set())
            inside = nominal.head.i in span
            if not inside and words[0].dep_ != "mark":
                continue
            governor = None
            if inside:
                top = nominal
                while top.head.i != top.i and (top.head.i in span or top.head.i == nominal.i):
                    top = top.head
                governor = top.head if top.head.i != top.i else None
                if governor is None or governor.pos_ not in ("VERB", "AUX"):
                    continue
            found.append(BoundedCount(words, personal, nominal, governor))
    return found


def mend_bounded_counts(found: list[BoundedCount], heads: list[int], deps: list[str]) -> None:
    """Rehang each locution on the nominal it counts: first word an adverb, the rest fixed to
    it, the personal "a" the nominal's case, a nominal hung inside the locution the object of
    the verb the locution hung on."""
    for bounded in found:
        first, *rest = bounded.words
        nominal = bounded.nominal
        heads[first.i], deps[first.i] = nominal.i, "advmod"
        for word in rest:
            heads[word.i], deps[word.i] = first.i, "fixed"
        if bounded.personal is not None:
            heads[bounded.personal.i], deps[bounded.personal.i] = nominal.i, "case"
        if bounded.governor is not None:
            heads[nominal.i], deps[nominal.i] = bounded.governor.i, "obj"
