"""A list of objects the parser broke: "demanding his release, Boluarte's resignation and
immediate elections", "exigen la liberación del expresidente, la renuncia de Boluarte, el
cierre del Congreso". The small models hang the second item anywhere (an apposition of a place
before the verb, an oblique of the main clause), so its flags are read off the item before it:
what is demanded after a comma is demanded too."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_OBJECT_DEPS = frozenset({"dobj", "obj"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
# How many heads may be climbed from the last word of the item before to its head noun.
_MAX_CLIMB = 4


def list_predecessor(trigger: Token) -> Token | None:
    """The object heading the list item just before `trigger` (the two set apart by a comma
    alone), when the parser did not coordinate them; None otherwise."""
    if trigger.pos_ not in _NOMINAL or trigger.dep_ == "conj":
        return None
    left = trigger.left_edge  # (the parser may hang the comma itself on the item)
    comma = left.i if left.text == "," else left.i - 1
    if comma - 1 < trigger.sent.start or trigger.doc[comma].text != ",":
        return None
    tok = trigger.doc[comma - 1]
    for _ in range(_MAX_CLIMB):
        if tok.dep_ in _OBJECT_DEPS or tok.head.i == tok.i or tok.head.i >= comma:
            break
        tok = tok.head
    if tok.dep_ not in _OBJECT_DEPS or tok.pos_ not in _NOMINAL or tok.head.i > tok.i:
        return None
    return tok
