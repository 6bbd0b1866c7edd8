"""The event vocabulary files: they load, name a version, and only use PLOVER's types."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

import pytest

from chronicler.annotate.events_es_vocab import parse_vocab_es
from chronicler.annotate.events_vocab import (
    NO_EVENT,
    PLOVER_TYPES,
    load_vocab,
    parse_vocab,
    read_record,
    with_derived,
)
from chronicler.settings import data_path


def test_vocab_loads_with_versions() -> None:
    vocab = load_vocab()
    # vocabulary, roles, modality, the WordNet-derived rules and actor nouns each name one
    derived = tomllib.loads(data_path("events", "vocab_wordnet.toml").read_text())["version"]
    nouns = data_path("events", "actor_nouns.txt").read_text().splitlines()[0]
    assert vocab.version.count("+") == 4 and f"+{derived}+" in vocab.version
    assert vocab.version.endswith("+" + nouns.lstrip("# ").split(":")[0])
    assert {"cleric", "settler"} <= vocab.words("actor_nouns")
    assert not {"router", "tournament"} & vocab.words("actor_nouns")
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


def test_no_word_list_is_named_in_both_vocabulary_and_roles() -> None:
    # the two files' [attributes] are merged into one table, roles.toml's winning: a list of
    # one name in both would silently hide the vocabulary's (two helpers' `damage_verbs`)
    def attributes(name: str) -> set[str]:
        return set(tomllib.loads(data_path("events", name).read_text()).get("attributes", {}))

    assert not attributes("vocab.toml") & attributes("roles.toml")


def test_unknown_type_is_refused() -> None:
    bad = {"version": "x", "rules": [{"id": "r", "type": "PARTY", "verbs": ["dance"]}]}
    with pytest.raises(ValueError, match="PARTY"):
        parse_vocab(bad, {}, {})


def test_phrases_are_head_child_pairs() -> None:
    vocab = parse_vocab(
        {"rules": [{"id": "r", "type": "RETREAT", "phrases": ["set free", "bad"]}]}, {}, {}
    )
    assert vocab.rules[0].phrases == (("set", "free"),)


def test_derived_rules_come_after_every_hand_rule_and_copy_their_base() -> None:
    hand = parse_vocab(
        {
            "version": "v",
            "rules": [
                {
                    "id": "arrest",
                    "type": "COERCE",
                    "mode": "arrest",
                    "verbs": ["arrest"],
                    "poss": "target",
                },
                {"id": "block", "type": "NONE", "verbs": ["collar"], "objects": ["shirt"]},
            ],
        },
        {},
        {},
    )
    derived = {
        "version": "w",
        "rules": [
            {"id": "arrest-wn", "based_on": "arrest", "verbs": ["collar"], "nouns": ["detainment"]},
            {"id": "gone", "based_on": "missing", "verbs": ["x"]},
        ],
    }
    vocab = with_derived(hand, derived)
    assert [r.id for r in vocab.rules] == ["arrest", "block", "arrest-wn"]  # no base: skipped
    rule = vocab.rules[-1]
    assert (rule.type, rule.mode, rule.poss) == ("COERCE", "arrest", "target")
    assert rule.verbs == {"collar"} and rule.nouns == {"detainment"}
    assert vocab.version == f"{hand.version}+w"


def test_shipped_derived_rules_name_existing_hand_rules() -> None:
    derived = tomllib.loads(data_path("events", "vocab_wordnet.toml").read_text())
    ids = {r.id for r in load_vocab().rules}
    assert derived["rules"] and all(r["based_on"] in ids for r in derived["rules"])
    assert all(f"{r['based_on']}-wordnet" == r["id"] for r in derived["rules"])


@dataclass(frozen=True)
class _Record:
    id: str
    mode: str | None
    words: frozenset[str]
    pairs: tuple[tuple[str, str], ...]
    flag: bool
    side: str
    extra: frozenset[str] = frozenset({"kept"})


def test_read_record_converts_by_field_type_with_defaults() -> None:
    raw = {"id": 7, "words": ["Arrest", "JAIL"], "pairs": ["Set Free", "one"], "flag": 1}
    record = read_record(_Record, raw, defaults={"side": "actor"})
    assert record == _Record(
        id="7",
        mode=None,
        words=frozenset({"arrest", "jail"}),
        pairs=(("set", "free"),),
        flag=True,
        side="actor",
    )
    assert read_record(_Record, {"id": "r", "side": "target", "mode": "x"}).words == frozenset()
    upper = read_record(
        _Record,
        {"id": "r", "side": "s", "words": ["a"], "extra": ["b"]},
        words=lambda value: frozenset(str(w).upper() for w in value),
    )
    assert (upper.words, upper.extra) == ({"A"}, {"B"})


def test_read_record_refuses_unknown_and_missing_keys_naming_the_rule() -> None:
    with pytest.raises(ValueError, match=r"'seize'.*\['verbz'\]"):
        read_record(_Record, {"id": "seize", "side": "actor", "verbz": ["seize"]})
    with pytest.raises(ValueError, match=r"'seize'.*'side'"):
        read_record(_Record, {"id": "seize"})


def test_vocab_rules_refuse_an_unknown_key() -> None:
    bad = {"rules": [{"id": "r", "type": "RETREAT", "verbs": ["free"], "objects_nto": ["x"]}]}
    with pytest.raises(ValueError, match=r"Rule 'r'.*objects_nto"):
        parse_vocab(bad, {}, {})
    with pytest.raises(ValueError, match=r"EsRule 'r'.*objects_nto"):
        parse_vocab_es(bad)


def test_rank_abbreviations_join_their_role_in_both_languages() -> None:
    """roles.toml's short ranks ("gen.", "cnel.") are role words of the English and the
    Spanish vocabulary alike."""
    with data_path("events", "roles.toml").open("rb") as fh:
        roles = tomllib.load(fh)
    english = dict(load_vocab().roles)
    spanish = dict(parse_vocab_es({"roles": {"military": ["general"]}}, roles).roles)
    for word in ("gen.", "col.", "lt.", "gral.", "cnel."):
        assert word in english["military"] and word in spanish["military"], word
    assert "general" in spanish["military"]


def test_without_trigger_forgets_the_word_in_every_list() -> None:
    """Leave-lemma-out removes a word wherever the vocabulary names it: its rules, the
    conditions of other rules, the word lists and the modality cues; label lists stay."""
    vocab = load_vocab()
    assert "reject" in vocab.modality.negating_verbs
    assert any("receive" in words for words in vocab.attributes.values())
    reduced = vocab.without_trigger("reject")
    assert "reject" not in reduced.modality.negating_verbs
    assert not any("reject" in r.verbs | r.nouns | r.objects | r.context for r in reduced.rules)
    gone = vocab.without_trigger("receive")
    assert not any("receive" in words for words in gone.attributes.values())
    # a mode list names modes, not words: "arrest" stays a custody mode
    assert "arrest" in vocab.without_trigger("arrest").words("custody_modes")


def test_without_trigger_drops_a_rule_whose_condition_named_only_the_word() -> None:
    rules = [r for r in load_vocab().rules if len(r.objects) == 1]
    assert rules  # some rule fires only with one object word
    rule = rules[0]
    (word,) = rule.objects
    assert rule.id not in {r.id for r in load_vocab().without_trigger(word).rules}


def test_without_trigger_takes_the_other_spellings_too() -> None:
    from chronicler.annotate.events_vocab import spellings

    assert spellings("mobilize") == {"mobilize", "mobilise"}
    assert spellings("honour") == {"honour", "honor"}
    assert spellings("rise") == {"rise"}  # too short to be a suffix
    reduced = load_vocab().without_trigger("mobilize")
    assert not any({"mobilize", "mobilise"} & r.verbs for r in reduced.rules)


def test_word_index_lists_each_words_rules_in_table_order() -> None:
    from chronicler.annotate.events_vocab import word_index

    index = word_index([{"arrest", "detain"}, {"free"}, {"arrest"}])
    assert index == {"arrest": (0, 2), "detain": (0,), "free": (1,)}
