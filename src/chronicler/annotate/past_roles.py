"""Roles put in the past: "former U.S. Marine Paul Whelan", "a former guerrilla", "el exjefe
del Ejército" name an affiliation the person no longer acts in, so the role word gives no
role (roles.toml `past_marks`, `past_offices`). Shared by the English and Spanish stages."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependencies from a role word up to the word a past mark may modify, inside one phrase:
# a modifier ("former [U.S. Marine] Paul Whelan"), an "of"/"de" phrase ("the former head of
# the army", "el exjefe del Ejército"). Not an apposition: "Retired Gen. X, a guerrilla" is
# no former guerrilla.
_UP_DEPS = frozenset({"compound", "amod", "flat", "nmod", "prep", "pobj", "nummod"})
# How a mark hangs on the word it puts in the past ("general en retiro": nmod).
_MARK_DEPS = frozenset({"amod", "advmod", "compound", "nmod", "flat", "det", "case"})
_MAX_UP = 4


@dataclass(frozen=True)
class PastCues:
    marks: frozenset[str] = frozenset()
    offices: frozenset[str] = frozenset()  # a glued "ex" prefix on these is a past mark
    # role words that take another role when someone owns them ("Maduro's deputy")
    possessed: Mapping[str, str] = field(default_factory=dict)


def past_cues(roles: dict[str, Any], role_words: Collection[str]) -> PastCues:
    """roles.toml's past marks; an office a glued "ex" may put in the past is a `past_offices`
    word or any role word ("exguerrillero")."""
    offices = {str(w).lower() for w in roles.get("past_offices", ())} | set(role_words)
    return PastCues(
        marks=frozenset(str(w).lower() for w in roles.get("past_marks", ())),
        offices=frozenset(offices),
        possessed={str(k).lower(): str(v) for k, v in roles.get("possessed_roles", {}).items()},
    )


def in_the_past(tok: Token, tokens: Collection[Token], cues: PastCues) -> bool:
    """The role word `tok` is put in the past by a mark on it or on a word of the phrase it
    modifies or completes, up to the phrase's head."""
    node = tok
    for _ in range(_MAX_UP):
        if _glued_ex(node, cues) or any(
            c.dep_ in _MARK_DEPS and c.lower_ in cues.marks for c in node.children
        ):
            return True
        if node.dep_ not in _UP_DEPS or node.head.i == node.i or node.head not in tokens:
            return False
        node = node.head
    return False


def _glued_ex(tok: Token, cues: PastCues) -> bool:
    """ "exjefe", "ex-comandante", "exguerrillero": an office with the prefix glued on."""
    low = tok.lower_
    if not low.startswith("ex") or len(low) < 5:
        return False
    return low[2:].lstrip("-") in cues.offices or tok.lemma_.lower()[2:].lstrip("-") in cues.offices


def possessed_role(tok: Token, cues: PastCues) -> str | None:
    """The role of a role word someone owns ("Maduro's deputy": government), or None."""
    role = cues.possessed.get(tok.lemma_.lower()) or cues.possessed.get(tok.lower_)
    if role is None or not any(c.dep_ == "poss" for c in tok.children):
        return None
    return role
