"""The subject of a Spanish verb of reporting set after what it reports, which the parser
reads as an object: "Según denunció este lunes la cancillería de Quito ..." (a "según"
clause), "Los manifestantes saquearon comercios, acusó la policía" (a clause told first, its
reporter after the comma). A noun object takes "a" when it is a person's; a bare noun there
is the one who tells.

Split out of events_es_subjects, which asks these when a finite verb has no subject of its
own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import case_of, feats, number_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def according_to_subject(verb: Token) -> list[Token]:
    """The subject set after a verb of reporting opened by "según", which the parser read as
    its object: "Según denunció este lunes la cancillería de Quito en una carta, tres
    helicópteros habrían violado ..." (the chancery reports; a "según" clause says who tells
    the clause it hangs on, and takes no object of its own). Only a bare noun, no "a"."""
    if not any(c.dep_ == "mark" and c.lower_ == "según" for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and not case_of(c)
    ][:1]


def reporter_after_clause(verb: Token) -> list[Token]:
    """The subject of a verb of reporting set after the finite clause it reports, read as
    its object: "Los manifestantes saquearon comercios, acusó la policía", "fueron
    torturados, denunció la familia" (what is told comes first; the verb takes no object of
    its own there). Only a bare noun after the verb, no "a", agreeing with it in number
    (events-vocab-es 1.154.0)."""
    told = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and c.i < verb.i and "Fin" in feats(c, "VerbForm")
    ]
    if not told:
        return []
    number = number_of(verb)
    return [
        c
        for c in verb.children
        if c.dep_ in ("obj", "iobj")
        and c.i > verb.i
        and c.pos_ in ("NOUN", "PROPN")
        and not case_of(c)
        and number_of(c) in (None, number)
    ][:1]
