"""A personal object the small Spanish model fuses with its preposition: "extraditó al
narcotraficante a Estados Unidos" is parsed with "al" an adverb of the verb and
"narcotraficante" a fixed word of "al", as if "al narcotraficante" were a locution like "al
margen" or "al menos". The noun is then nobody's object, and only the state the person goes
to is left as the target.

Only a noun that names people (the roles table, `is_agentive`) is taken back as the object:
the true locutions fused the same way ("al máximo", "al término de", "a partir de", "a raíz
de") name none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_args import is_agentive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_args import EsContext

# The personal "a" and its contraction with the article, as the parser leaves them.
_PERSONAL_A = frozenset({"a", "al"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def fused_personal(verb: Token, ctx: EsContext) -> list[Token]:
    """The people nouns the parser fused as fixed words into a personal "a" hung on `verb`
    ("extraditó al narcotraficante": "narcotraficante", events-vocab-es 1.178.0)."""
    return [
        noun
        for prep in verb.children
        if prep.lower_ in _PERSONAL_A and prep.dep_ in ("advmod", "case", "mark")
        for noun in prep.children
        if noun.dep_ == "fixed" and noun.pos_ in _NOMINAL and is_agentive(noun, ctx)
    ]
