"""A gerund of planning that the small English model reads as a compound of the act noun after
it: "confessed to planning attacks against Australia", "accused of plotting bombings" ("planning"
tagged a noun modifying "attacks"). Mended, the gerund takes the noun's place and the noun is
its object, so the act is told planned, not done, and done by whoever plans it. The forms are
data (`plan_gerund_forms` in roles.toml); "a planning meeting", "the planning committee", with
a word before the gerund in the noun's phrase, keep their reading."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_vocab import load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOUN_TAGS = frozenset({"NN", "NNS"})
# where the noun phrase stands: after a preposition ("confessed to ...") or as an object
_NOUN_PLACES = frozenset({"pobj", "dobj"})


def plan_gerunds_read_as_compounds(sent: Span) -> list[tuple[Token, Token]]:
    """(gerund, act noun) pairs: a planning form opening the noun's phrase as its compound."""
    forms = load_vocab().words("plan_gerund_forms")
    found = []
    for tok in sent:
        noun = tok.head
        if (
            tok.lower_ in forms
            and tok.dep_ == "compound"
            and noun.i == tok.i + 1
            and noun.tag_ == "NNS"
            and noun.dep_ in _NOUN_PLACES
            and not any(c.i < tok.i for c in noun.children)
        ):
            found.append((tok, noun))
    return found


def mend_plan_gerunds(
    found: list[tuple[Token, Token]], heads: list[int], deps: list[str], tags: list[str]
) -> None:
    """The gerund in the noun's place (a preposition's complement or the verb's object), the
    noun its object."""
    for gerund, noun in found:
        heads[gerund.i] = heads[noun.i]
        deps[gerund.i] = "pcomp" if deps[noun.i] == "pobj" else deps[noun.i]
        tags[gerund.i] = "VBG"
        heads[noun.i], deps[noun.i] = gerund.i, "dobj"
