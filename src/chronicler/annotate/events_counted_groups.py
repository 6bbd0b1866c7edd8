"""The group a bare count stands for: "Two managed to escape, but the other three boats were
intercepted" (the boats), "Police stopped five boats. Two of them were seized" (two of the
boats). A numeral subject with no noun of its own, or a count "of them", takes the group the
text counts around it: "the other" or "the remaining" N of a noun after it in its sentence, or
the nearest noun counted before it, in its sentence or the one before, that holds more than
it counts. With no such group the count stays as it is ("Two were killed in the blast")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.timex_norm import number_value

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_REST_WORDS = frozenset({"other", "remaining"})  # "the other three boats"
_GROUP_PRONOUNS = frozenset({"them", "those"})  # "two of them"
_OF = frozenset({"of"})


def _count(number: Token) -> float | None:
    return number_value(number.text, "en")


def _counted_noun(noun: Token) -> float | None:
    """The count a plural common noun is given ("five boats": 5), else None."""
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN":
        return None
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    return _count(counts[0]) if counts else None


def _rest_after(number: Token) -> Token | None:
    """ "Two managed to escape, but the other three boats ...": the rest of the group, told
    after the count in its own sentence."""
    for tok in number.sent:
        if tok.i <= number.i or _counted_noun(tok) is None:
            continue
        if any(c.dep_ == "amod" and c.lower_ in _REST_WORDS for c in tok.children):
            return tok
    return None


def _counted_before(number: Token, count: float) -> Token | None:
    """The nearest noun counted before the count, in its sentence or the one before, that
    holds more than the count ("Police stopped five boats. Two ...": the boats)."""
    sent = number.sent
    start = sent.start
    if start > 0:
        start = number.doc[start - 1].sent.start
    for tok in reversed(number.doc[start : number.i]):
        held = _counted_noun(tok)
        if held is not None and held > count:
            return tok
    return None


def counted_group(head: Token) -> Token | None:
    """The group a bare numeral subject ("Two managed to escape") or a count "of them"
    ("Two of them were seized") counts some of, when the text names it; else None."""
    if head.pos_ != "NUM" or head.dep_ not in _SUBJECT_DEPS:
        return None
    count = _count(head)
    if count is None:
        return None
    parts = prep_objects(head, _OF, ("pobj",))
    if parts:  # "two of them": a pronoun for the group; "two of the boats" names it
        if parts[0].lower_ not in _GROUP_PRONOUNS:
            return None
        return _counted_before(head, count)
    if any(c.dep_ not in ("punct", "advmod", "quantmod") for c in head.children):
        return None
    return _rest_after(head) or _counted_before(head, count)


def group_span(noun: Token) -> tuple[int, int]:
    """The characters naming the group itself, without its count, article or "other" ("the
    other three fishing boats": "fishing boats")."""
    first = min([noun, *(c for c in noun.children if c.dep_ == "compound" and c.i < noun.i)])
    first = first.left_edge if first.i != noun.i else first
    return first.idx, noun.idx + len(noun)


def counting_of(head: Token) -> Token:
    """The count a "them" or "those" after "of" is read through ("Two of them": "Two"), else
    the head itself."""
    if head.lower_ in _GROUP_PRONOUNS and head.dep_ == "pobj" and head.head.lower_ == "of":
        return head.head.head
    return head
