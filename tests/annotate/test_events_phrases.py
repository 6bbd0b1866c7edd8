"""Argument phrases (annotate.events_phrases), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "Thursday night soldiers detained two union leaders.",
        "The following morning soldiers detained two union leaders.",
    ],
)
def test_a_fronted_time_is_no_part_of_the_subject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the parser folds the time into the subject's phrase as a compound
    ev = one(events(nlp, text), "arrest")
    assert [a.text for a in ev.actors] == ["soldiers"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The trade ministers of Brazil and Argentina met on Friday.", ("brazil", "argentina")),
        (
            "The defence chiefs of Norway, Finland and Sweden held talks.",
            ("norway", "finland", "sweden"),
        ),
    ],
)
def test_names_coordinated_in_an_of_phrase_stay_in_it(  # type: ignore[no-untyped-def]
    nlp, text: str, words: tuple[str, ...]
) -> None:
    """ "the trade ministers of Brazil and Argentina": the ministers of both, one phrase."""
    ev = next(e for e in events(nlp, text) if e.type == "CONSULT")
    (actor,) = ev.actors
    assert all(w in (actor.phrase or "").lower() for w in words), actor


def test_a_list_after_an_of_phrase_is_still_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    """A coordinated common noun after the "of"-phrase is another participant ("the leader
    of Hamas and two of his aides")."""
    ev = next(e for e in events(nlp, "Police detained the leader of Hamas and two of his aides."))
    assert not any("aides" in (t.phrase or "") and "leader" in (t.phrase or "") for t in ev.targets)
