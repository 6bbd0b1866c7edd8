"""Quotation marks by role, one table for every stage that reads quoted text.

Curly and angled marks open and close apart; a straight mark does both. Single marks are
listed apart because the straight one is also the apostrophe ("Sondland's"), which a count of
open quotations must not read.
"""

from __future__ import annotations

import re

DOUBLE_OPENING = frozenset({"“", "«", "„"})
DOUBLE_CLOSING = frozenset({"”", "»"})
STRAIGHT_DOUBLE = '"'
# The typesetting marks of tokenised newswire text (the Penn Treebank's, in wire corpora and
# ECB+): two backquotes open a quotation and two apostrophes close it ("The protesters
# chanted `` murderers out ''"). The tokenizer splits the backquotes, keeping the apostrophes
# one token (events_quoted_speakers._mark_side); read by the event stage (roles 1.128.0).
TEX_OPENING = "``"
TEX_CLOSING = "''"
SINGLE_OPENING = frozenset({"‘"})
SINGLE_CLOSING = frozenset({"’"})
STRAIGHT_SINGLE = "'"

# Any double quotation mark: speech in another voice.
DOUBLE_MARKS = DOUBLE_OPENING | DOUBLE_CLOSING | {STRAIGHT_DOUBLE}
# A mark that may open a quotation, single or double (a token, where the apostrophe is apart).
OPENING_MARKS = DOUBLE_OPENING | SINGLE_OPENING | {STRAIGHT_DOUBLE, STRAIGHT_SINGLE}
# Any quotation mark as a token of its own (around a name: "the colony known as 'Polar Wolf'").
QUOTE_MARKS = DOUBLE_MARKS | SINGLE_OPENING | SINGLE_CLOSING | {STRAIGHT_SINGLE}


def _opened_before(before: str, opening: frozenset[str], closing: frozenset[str]) -> bool:
    """The last of these marks before the time opens a quotation."""
    last = max((before.rfind(m) for m in opening | closing), default=-1)
    return last >= 0 and before[last] in opening


def _closed_after(after: str, opening: frozenset[str], closing: frozenset[str]) -> bool:
    """The first of these marks after the time closes a quotation (opened a sentence before)."""
    found = [i for i in (after.find(m) for m in opening | closing) if i >= 0]
    return bool(found) and after[min(found)] in closing


# A curly closing single mark is also the apostrophe ("the mayor’s office"): only one that is
# not between letters closes a quotation.
_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")


def inside_quotation(before: str, after: str) -> bool:
    """A span with this text of its sentence before and after it is inside quoted speech.
    Straight double marks open and close by turns; a double quotation may have opened in a
    sentence before (its closing mark comes after the span); a single one counts only opened
    in the sentence, after its curly opening mark."""
    straight_before = before.count(STRAIGHT_DOUBLE)
    if straight_before % 2 == 1:
        return True
    if not straight_before and after.count(STRAIGHT_DOUBLE) % 2 == 1:
        return True
    if _opened_before(before, DOUBLE_OPENING, DOUBLE_CLOSING):
        return True
    if not any(m in before for m in DOUBLE_OPENING | DOUBLE_CLOSING) and _closed_after(
        after, DOUBLE_OPENING, DOUBLE_CLOSING
    ):
        return True
    if _inside_typeset(before, after):
        return True
    return _opened_before(_APOSTROPHE.sub("", before), SINGLE_OPENING, SINGLE_CLOSING)


def _inside_typeset(before: str, after: str) -> bool:
    """Inside the typesetting marks of tokenised newswire (`` opens, '' closes: "`` We will
    land on the Moon by 2024 , '' he said"): the last of them before the span opens, or,
    with none before, the first after it closes a quotation opened a sentence before (read
    by the date and clean stages as by the event stage; left39)."""
    opened, closed = before.rfind(TEX_OPENING), before.rfind(TEX_CLOSING)
    if opened >= 0 or closed >= 0:
        return opened > closed
    closing, opening = after.find(TEX_CLOSING), after.find(TEX_OPENING)
    return closing >= 0 and (opening < 0 or closing < opening)
