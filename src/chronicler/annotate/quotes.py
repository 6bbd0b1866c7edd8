"""Quotation marks by role, one table for every stage that reads quoted text.

Curly and angled marks open and close apart; a straight mark does both. Single marks are
listed apart because the straight one is also the apostrophe ("Sondland's"), which a count of
open quotations must not read.
"""

from __future__ import annotations

DOUBLE_OPENING = frozenset({"“", "«", "„"})
DOUBLE_CLOSING = frozenset({"”", "»"})
STRAIGHT_DOUBLE = '"'
SINGLE_OPENING = frozenset({"‘"})
SINGLE_CLOSING = frozenset({"’"})
STRAIGHT_SINGLE = "'"

# Any double quotation mark: speech in another voice.
DOUBLE_MARKS = DOUBLE_OPENING | DOUBLE_CLOSING | {STRAIGHT_DOUBLE}
# A mark that may open a quotation, single or double (a token, where the apostrophe is apart).
OPENING_MARKS = DOUBLE_OPENING | SINGLE_OPENING | {STRAIGHT_DOUBLE, STRAIGHT_SINGLE}
# Any quotation mark as a token of its own (around a name: "the colony known as 'Polar Wolf'").
QUOTE_MARKS = DOUBLE_MARKS | SINGLE_OPENING | SINGLE_CLOSING | {STRAIGHT_SINGLE}
