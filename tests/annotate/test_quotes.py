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
