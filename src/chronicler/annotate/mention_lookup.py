"""Entity mentions overlapping a character range, found by bisection on their starts."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from chronicler.model import Mention


def mentions_overlapping(
    mentions: Sequence[Mention], starts: Sequence[int], start: int, end: int
) -> list[Mention]:
    """Mentions (sorted by start, `starts` their start offsets) that overlap [start, end)."""
    i = bisect.bisect_left(starts, start)
    while i > 0 and mentions[i - 1].end > start:
        i -= 1
    out = []
    for m in mentions[i:]:
        if m.start >= end:
            break
        if m.end > start:
            out.append(m)
    return out
