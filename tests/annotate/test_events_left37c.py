"""Leftovers of the thirty-seventh session's English audits (left37c): sentences written
for these tests."""

from __future__ import annotations

from event_helpers import events


def test_passive_destruction_by_an_attack_is_one_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    # the thirty-sixth ruling, passive form: no COERCE seize beside the assault
    for text in (
        "The school was destroyed by a bomb attack on Tuesday.",
        "The clinic was destroyed by shelling overnight.",
    ):
        evs = events(nlp, text)
        assert [e.type for e in evs] == ["ASSAULT"], text
        assert [t.text for t in evs[0].targets] in (["school"], ["clinic"])
        assert not evs[0].actors  # the shelling is the act, not its doer
