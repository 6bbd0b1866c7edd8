"""The full name every report of a story gives, as evidence that a small cluster is one more
report of its happening.

A retelling of a happening (an obituary written the day after the death, a columnist's post,
a piece on where a sentenced man will serve his time) shares few of the wire reports' words,
so it sits loosely by its story as a whole, under the attachment rule's cohesion share
(stories.attach_small). What it does share is the story's protagonist, named in full: the
person every one of the story's reports names ("Bettie Page", "Brian Nichols"). A lone report
of another happening of the kind (another election in the same country, another title fight
in the same division) shares the setting's names ("Turkmenistan", "Saints"), seldom a full
name all of the story's reports give. A name is "full" when it has `words` words or more:
one word may be a surname every report of a family or a team uses, or a country. The small
cluster must give every such name, not one of them: every report of a country's news may name
its president in full ("Nicolás Maduro"), and a report of the troops who defied him, which
names him, is no report of the spy chief's release whose every report names both.

Names are the story terms' `e:` terms (stories.story_terms), so the store path reads them
back as the batch path does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from chronicler.annotate.leaders import find_leader

ENTITY_TERM = "e:"


def full_names(terms: Mapping[str, float], words: int) -> set[str]:
    """The names (`e:` terms) of at least `words` words among an article's terms, leaders of
    states and international bodies left out (annotate/leaders.py's table): every report of a
    country's news may name its president in full, so he tells no story of his own apart,
    even where a story's reports share no other full name."""
    return {
        t
        for t in terms
        if t.startswith(ENTITY_TERM) and len(t[2:].split()) >= words and not _leader(t[2:])
    }


@lru_cache(maxsize=4096)
def _leader(name: str) -> bool:
    return find_leader(name) is not None


def story_full_names(story: Sequence[Mapping[str, float]], share: float, words: int) -> set[str]:
    """The full names at least `share` of the story's articles give."""
    counts: Counter[str] = Counter()
    for terms in story:
        counts.update(full_names(terms, words))
    return {t for t, n in counts.items() if n >= share * len(story)}


def names_the_story(
    small: Sequence[Mapping[str, float]],
    story: Sequence[Mapping[str, float]],
    share: float,
    words: int,
) -> bool:
    """The story's articles (at least `share` of them) give full names, and every article of
    the small cluster gives every one of them: all the story's protagonists, not one of them (a
    head of state every report of a country names in full beside the story's own people)."""
    common = story_full_names(story, share, words)
    return bool(common) and all(common <= full_names(terms, words) for terms in small)
