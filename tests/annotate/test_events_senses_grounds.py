"""The ground an arrest is made on (annotate/events_senses_grounds.py, vocabulary 1.378.5), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _types(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.trigger.lower(), e.type) for e in events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Two other players were arrested for investigation of drunk driving.",
        "The guard was detained on suspicion of theft last week.",
    ],
)
def test_an_inquiry_an_arrest_is_for_is_its_ground(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _types(nlp, text)
    assert not any(t in ("investigation", "suspicion") for t, _ in found)
    assert any(kind == "COERCE" for _, kind in found)


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was arrested during an investigation into the bombing.",
        "Police opened an investigation into the shooting.",
    ],
)
def test_an_inquiry_told_of_its_own_stays(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("investigation", "ACCUSE") in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He was arrested for investigation of DUI.",
        "Police arrested him for investigation of assault.",
    ],
)
def test_the_arrest_alone_is_told(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """left40's cases (vocab 1.381.0), folded here with its twin check."""
    assert [e.mode for e in events(nlp, text)] == ["arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "He was arrested during an investigation of the bombing.",
        "Police began an investigation into the arrest.",
    ],
)
def test_an_inquiry_around_an_arrest_stays(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.mode == "investigate" for e in events(nlp, text))
