"""Entity mentions overlapping a character range, found by bisection on their starts."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from chronicler.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


class MentionIndex(Protocol):
    """A sentence's mentions sorted by start, with their starts (the English events_actors
    Context and the Spanish EsContext)."""

    @property
    def mentions(self) -> Sequence[Mention]: ...

    @property
    def mention_starts(self) -> Sequence[int]: ...


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


def mentions_in(start: int, end: int, ctx: MentionIndex) -> list[Mention]:
    """The context's mentions that overlap [start, end)."""
    return mentions_overlapping(ctx.mentions, ctx.mention_starts, start, end)


def entity_at(token: Token, ctx: MentionIndex) -> str | None:
    """The label of the first mention over `token`, or None."""
    found = mentions_in(token.idx, token.idx + len(token), ctx)
    return found[0].label if found else None
