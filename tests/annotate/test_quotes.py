"""Quotation marks by role: the apostrophe is no double mark, every curly mark has a side."""

from __future__ import annotations

from chronicler.annotate.quotes import (
    DOUBLE_CLOSING,
    DOUBLE_MARKS,
    DOUBLE_OPENING,
    OPENING_MARKS,
    QUOTE_MARKS,
    STRAIGHT_SINGLE,
)


def test_the_apostrophe_opens_no_double_quotation() -> None:
    assert STRAIGHT_SINGLE not in DOUBLE_MARKS
    assert STRAIGHT_SINGLE in OPENING_MARKS and STRAIGHT_SINGLE in QUOTE_MARKS


def test_curly_marks_open_or_close_never_both() -> None:
    assert not DOUBLE_OPENING & DOUBLE_CLOSING
    assert not DOUBLE_CLOSING & OPENING_MARKS
    assert DOUBLE_MARKS <= QUOTE_MARKS


def test_typeset_marks_open_and_close_a_quotation() -> None:
    """`` opens and '' closes, as tokenised newswire writes them (left39)."""
    from chronicler.annotate.quotes import inside_quotation

    assert inside_quotation("`` We lost everything in ", " , '' a farmer said .")
    assert not inside_quotation("`` We lost everything , '' a farmer said in ", " .")
    # a quotation opened a sentence before: its closing mark comes after the span
    assert inside_quotation("Our farms burned in ", " , '' one farmer said .")
    assert not inside_quotation("The ministry sent aid in ", " to the region .")
