"""The event vocabulary files: they load, name a version, and only use PLOVER's types."""

from __future__ import annotations

import pytest

from chronicler.annotate.events_vocab import NO_EVENT, PLOVER_TYPES, load_vocab, parse_vocab


def test_vocab_loads_with_versions() -> None:
    vocab = load_vocab()
    assert vocab.version.count("+") == 2  # vocabulary, roles and modality each name one
    assert len(PLOVER_TYPES) == 16
    assert {r.type for r in vocab.rules} <= set(PLOVER_TYPES) | {NO_EVENT}


def test_custody_life_cycle_is_covered() -> None:
    modes = {r.mode for r in load_vocab().rules}
    for mode in (
        "arrest",
        "imprison",
        "charge",
        "convict",
        "release",
        "exile",
        "deport",
        "flee",
        "asylum",
        "custody-death",
        "torture",
        "coup",
        "uprising",
        "exchange",
    ):
        assert mode in modes


def test_rule_ids_are_unique() -> None:
    ids = [r.id for r in load_vocab().rules]
    assert len(ids) == len(set(ids))


def test_unknown_type_is_refused() -> None:
    bad = {"version": "x", "rules": [{"id": "r", "type": "PARTY", "verbs": ["dance"]}]}
    with pytest.raises(ValueError, match="PARTY"):
        parse_vocab(bad, {}, {})


def test_phrases_are_head_child_pairs() -> None:
    vocab = parse_vocab(
        {"rules": [{"id": "r", "type": "RETREAT", "phrases": ["set free", "bad"]}]}, {}, {}
    )
    assert vocab.rules[0].phrases == (("set", "free"),)
