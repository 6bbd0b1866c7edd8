"""What an act undergone is about (roles 1.178.0).

"The governor has faced serious criticism about his remarks": the remarks (and their owner,
"his") are what the criticism is about; the subject of the verb that undergoes the act (a
converse verb: face, draw, receive) is the one it is aimed at, named, where the pronoun may
not resolve to them (a title with no name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# prepositions of what an act noun is about ("of" and "for" may name whom it is aimed at:
# "criticism of the government", "blame for the minister")
_TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning"})


def topic_only(target: Token, trigger: Token) -> bool:
    """`target` is a common noun the trigger's topic phrase names, or a possessive pronoun
    owning it ("criticism about his sensitivity": sensitivity, his)."""
    noun = target.head if target.dep_ == "poss" and target.pos_ == "PRON" else target
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _TOPIC_PREPS
        and noun.head.head.i == trigger.i
    )
