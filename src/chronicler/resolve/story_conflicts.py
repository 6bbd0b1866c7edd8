"""Contradiction evidence between a small cluster of articles and a story it may join.

Cosine similarity only rewards what two articles share, so a lone report of another happening
of the same kind (a second quake on the island, another title defence of the same boxer)
loses nothing by the people and places that tell it apart. This is the evidence against such
a join: the names nearly every report of the story gives (its core: the boxer's opponent, the
town the quake struck) that the cluster never names, while it names people and places of its
own. It is read from the story terms each article keeps (`e:` names, `w:` word stems), so it
is the same in batch clustering and through the store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.resolve.text import stem

if TYPE_CHECKING:  # stories.py calls this module; the records are only annotations here
    from chronicler.resolve.stories import StoryFeatures


def names_of(features: StoryFeatures) -> frozenset[str]:
    """The names the article gives (its `e:` terms: people, organisations, places, events)."""
    return frozenset(t[2:] for t in features.terms if t.startswith("e:"))


def names(features: StoryFeatures, name: str) -> bool:
    """Whether the article names `name`, in full or by its last word ("Thompson" for "Tony
    Thompson", "Cannes" alone): a report that calls a person by surname still names them."""
    if f"e:{name}" in features.terms:
        return True
    last = name.rsplit(" ", 1)[-1]
    return f"w:{stem(last)}" in features.terms


def story_core(story: Sequence[StoryFeatures], share: float) -> frozenset[str]:
    """Names given by at least `share` of the story's articles: who and where the happening
    is, as its reports tell it (a name one report drops does not make the others disagree)."""
    counts: Counter[str] = Counter()
    for features in story:
        counts.update(names_of(features))
    needed = share * len(story)
    return frozenset(n for n, c in counts.items() if c >= needed)


def missing_core(
    cluster: Sequence[StoryFeatures], story: Sequence[StoryFeatures], share: float
) -> frozenset[str]:
    """The story's core names that no article of the cluster names."""
    return frozenset(n for n in story_core(story, share) if not any(names(f, n) for f in cluster))


def contradicts(
    cluster: Sequence[StoryFeatures], story: Sequence[StoryFeatures], share: float
) -> bool:
    """The cluster names people or places of its own but leaves out one the story's reports
    all give (at least `share` of them): it tells of someone or somewhere else. A cluster that
    names nobody gives no evidence either way."""
    if not any(names_of(f) for f in cluster):
        return False
    return bool(missing_core(cluster, story, share))
