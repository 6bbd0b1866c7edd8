"""People the reports describe and never name ("A photographer was arrested in Minsk", "Una
periodista fue detenida"): each is an actor of its own article alone, shown by its description,
so that its events and custody are told without a name. Such an actor is never merged: not with
another unnamed one (two articles' photographers may be two people), nor with a named one (the
article does not say who she is). Its id holds the article and the offset of the description;
its one mention is labelled `LABEL`, never PERSON, so neither label votes, nor a story's
binding of people, nor a later rebuild's name spans take it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from chronicler.model import DESCRIBED_LABEL, EventMention, Participant

PREFIX = "person:unnamed:"
LABEL = DESCRIBED_LABEL


def described_id(article_id: str, p: Participant) -> str:
    """The actor of the description at `p`'s offsets in one article."""
    return f"{PREFIX}{article_id}:{p.start}"


def is_described(entity_id: str) -> bool:
    return entity_id.startswith(PREFIX)


def article_of(entity_id: str) -> str | None:
    """The one article that tells of an unnamed person; None for any other actor."""
    if not is_described(entity_id):
        return None
    return entity_id[len(PREFIX) :].rsplit(":", 1)[0]


def shown_name(p: Participant) -> str:
    """ "photographer (unnamed)": the description, and that no name was given."""
    return f"{p.text} (unnamed)"


def described_people(
    article_id: str, events: Iterable[EventMention], seeker: Callable[[EventMention], bool]
) -> dict[str, Participant]:
    """id -> the description, for each person an article's events only describe: as a target,
    or as the actor of an act whose custody step is its actor's (`seeker`: a refuge taken).
    Other actors ("a judge sentenced him") keep their words, with no actor of their own."""
    found: dict[str, Participant] = {}
    for event in events:
        for p in (*(event.actors if seeker(event) else ()), *event.targets):
            if p.described:
                found.setdefault(described_id(article_id, p), p)
    return found


def described_ids(
    article_id: str, participants: Sequence[Participant], named: Sequence[frozenset[str]]
) -> frozenset[str]:
    """The unnamed actors of these participants, each of which named the entities in
    `named` (same order): a description linked to an entity is no unnamed person."""
    return frozenset(
        described_id(article_id, p)
        for p, ids in zip(participants, named, strict=True)
        if p.described and not ids
    )
