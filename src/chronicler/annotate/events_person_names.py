"""A person's name forms folded to one key ("Miguel Rodríguez Torres", "Rodriguez Torres",
"Torres Jr." -> ("torres",)), and the names the small NER model tags otherwise or misses after
the full name (split from events_pronouns, which binds pronouns to these people)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _fold(text: str) -> tuple[str, ...]:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return tuple(w for w in plain.replace("’s", "").replace("'s", "").split() if w)


# Generational suffixes written after a surname: "John Q. Doe Jr." is "Doe" again, not "Jr."
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def name_words(text: str) -> tuple[str, ...]:
    """The folded words of a name without a generational suffix ("Jr.", "III") after them."""
    words = _fold(text.replace(",", " "))
    return words[:-1] if len(words) > 1 and words[-1] in _NAME_SUFFIXES else words


def person_key(text: str) -> tuple[str, ...]:
    """One key for the forms of a person's name: the folded surname ("Rodríguez Torres",
    "Miguel Rodriguez Torres", "Miguel Torres Jr." -> ("torres",))."""
    return name_words(text)[-1:]


def person_aliases(mentions: Sequence[Mention]) -> list[Mention]:
    """The small NER model often tags a bare two-word surname ("Rodríguez Torres") ORG or
    GPE after tagging the full name PERSON: such a mention is relabelled PERSON when its words
    end a PERSON mention's words."""
    people = {_fold(m.text) for m in mentions if m.label == "PERSON"}
    out = []
    for m in mentions:
        words = _fold(m.text)
        if (
            m.label in ("ORG", "GPE", "NORP")
            and words
            and any(len(p) > len(words) and p[-len(words) :] == words for p in people)
        ):
            m = replace(m, label="PERSON")
        out.append(m)
    return out


def bare_surnames(doc: Doc, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Bare surnames the NER model missed after the person's full name ("Leopoldo López ...
    López took care of them"): the start of each such word -> the full-name mention it
    stands for."""
    full = sorted(
        (m for m in mentions if m.label == "PERSON" and len(_fold(m.text)) > 1),
        key=lambda m: m.start,
    )
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in taken]
    owners: dict[int, Mention] = {}
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.is_title:
            continue
        key = person_key(tok.text)
        # the first person introduced under that surname: a namesake named later is
        # reintroduced in full each time, while the first is the one shortened
        owner = next((m for m in full if m.end <= tok.idx and person_key(m.text) == key), None)
        i = bisect.bisect_right(starts, tok.idx) - 1
        if owner is None or (i >= 0 and taken[i][1] > tok.idx):
            continue  # no full name before it, or already inside a mention
        owners[tok.idx] = owner
    return owners
