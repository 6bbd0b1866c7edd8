"""The state someone died in ("died Friday in the colony where he was serving a sentence") is
no new detention on the day of death, when another step tells how the custody began."""

from __future__ import annotations

from chronicler.resolve.custody import CustodyEvent, custody_history

PERSON = "person:ana perez"


def _held(date: str, basis: str = "sentence") -> CustodyEvent:
    return CustodyEvent(
        "held", "COERCE", "imprison", date, frozenset({PERSON}), ("b",), (), (), basis
    )


def test_the_state_someone_died_in_is_no_new_detention() -> None:
    events = [
        CustodyEvent("arrest", "COERCE", "arrest", "2021-01-17", frozenset({PERSON}), ("a",)),
        _held("2024-02-16"),
        CustodyEvent(
            "died", "ASSAULT", "custody-death", "2024-02-16", frozenset({PERSON}), ("a", "b")
        ),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [(s.step, s.date) for s in episode.steps] == [
        ("detained", "2021-01-17"),
        ("died", "2024-02-16"),
    ]


def test_with_no_other_detention_the_state_is_still_a_step() -> None:
    events = [
        _held("2024-02-16"),
        CustodyEvent("died", "ASSAULT", "custody-death", "2024-02-16", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["detained", "died"]


def test_a_detention_on_another_day_than_the_death_stays_a_step() -> None:
    events = [
        CustodyEvent("arrest", "COERCE", "arrest", "2021-01-17", frozenset({PERSON}), ("a",)),
        _held("2023-12"),
        CustodyEvent("died", "ASSAULT", "custody-death", "2024-02-16", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    # a step still, though of one held since the arrest: `held`, no second detention
    assert ("held", "2023-12") in [(s.step, s.date) for s in episode.steps]
