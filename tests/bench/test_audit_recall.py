"""The recall audit's matching and scoring (bench/audit_recall.py), on hand-made items."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from audit_recall import RecallTotals, found_mention, score_sentence


def gold(type_: str, trigger: str, actors=(), targets=(), main=False, flags=()) -> dict[str, Any]:
    return {
        "type": type_,
        "trigger": trigger,
        "actors": list(actors),
        "targets": list(targets),
        "main": main,
        "flags": list(flags),
    }


def found(type_: str, trigger: str, actors=(), targets=(), main=False, flags=()) -> dict[str, Any]:
    return {
        "type": type_,
        "mode": None,
        "trigger": trigger,
        "start": 0,
        "actors": list(actors),
        "targets": list(targets),
        "flags": list(flags),
        "main": main,
    }


def test_a_mention_of_the_type_on_the_trigger_matches_with_its_parties() -> None:
    score = score_sentence(
        [gold("ASSAULT", "shelled", ["army"], ["village"], main=True)],
        [found("ASSAULT", "shelled", ["the army"], ["a village"], main=True)],
    )
    assert (score.gold, score.matched, score.actors_right, score.targets_right) == (1, 1, 1, 1)
    assert score.main_agrees is True and not score.extra and not score.misses


def test_alternative_trigger_words_match_and_a_wrong_target_is_counted_apart() -> None:
    score = score_sentence(
        [gold("COERCE", "detained / arrest", ["police"], ["students"], main=True)],
        [found("COERCE", "arrest", ["police"], ["the campus"], main=True)],
    )
    assert score.matched == 1 and score.actors_right == 1 and score.targets_right == 0


def test_a_miss_says_why() -> None:
    events = [
        gold("REJECT", "refused", ["minister"], main=True),
        gold("ACCUSE", "blamed", ["union"]),
        gold("PROTEST", "marched", ["workers"]),
    ]
    stored = [
        found("CONCEDE", "refused", ["minister"], main=True),
        found("ACCUSE", "blamed", ["union"], flags=["negated"]),
    ]
    score = score_sentence(events, stored)
    causes = [cause for _, cause in score.misses]
    assert causes == ["type (CONCEDE)", "flagged", "no mention"]
    assert score.main_agrees is False
    assert score_sentence(events, [], gated=True).misses[0][1] == "gated"


def test_a_flagged_gold_act_is_not_counted_in_recall_and_a_stray_mention_is_extra() -> None:
    score = score_sentence(
        [
            gold("THREATEN", "threatened", ["state"], main=True),
            gold("SANCTION", "impose", ["state"], flags=["future"]),
        ],
        [
            found("THREATEN", "threatened", ["the state"], main=True),
            found("SANCTION", "impose", ["the state"], flags=["future"]),
            found("CONSULT", "meeting", ["envoy"]),
        ],
    )
    assert (score.gold, score.matched, score.flagged_gold, score.flagged_matched) == (1, 1, 1, 1)
    assert [m["trigger"] for m in score.extra] == ["meeting"]


def test_a_sentence_with_no_event_scores_only_its_stray_mentions() -> None:
    score = score_sentence([], [found("ASSAULT", "hit", ["storm"], main=True)])
    assert score.main_agrees is None and score.gold == 0 and len(score.extra) == 1


def test_totals_and_found_mention() -> None:
    totals = RecallTotals()
    totals.add(score_sentence([gold("AID", "sent", ["Japan"], main=True)], []))
    totals.add(
        score_sentence(
            [gold("AID", "sent", ["Japan"], main=True)],
            [found("AID", "sent", ["Japan"], main=True)],
        )
    )
    assert totals.summary().startswith("recall 0.500 (1/2 gold events)")
    assert totals.causes == {"no mention": 1}
    stored = {
        "key": "doc-1:42",
        "trigger": "sent",
        "main": True,
        "signature": {"type": "AID", "mode": None, "actors": ["Japan"], "targets": [], "flags": []},
    }
    assert found_mention(stored)["start"] == 42


def test_the_main_mention_is_read_as_the_benchmarks_code_it() -> None:
    # "threatened to impose sanctions" with the sanctions as the main mention: coded THREATEN
    threat = [gold("THREATEN", "threatened", ["state"], main=True)]
    sanctions = found("SANCTION", "impose", ["the state"], main=True, flags=["future"])
    assert score_sentence(threat, [{**sanctions, "coded": "THREATEN"}]).main_agrees is True
    # a flagged act of the gold main's own type is no factual main event
    aid = [gold("AID", "aid", ["Australia"], main=True)]
    accept = found("AID", "accept", [], main=True, flags=["future"])
    assert (
        score_sentence(aid, [found("AID", "aid"), {**accept, "coded": "AGREE"}]).main_agrees
        is False
    )


def test_with_none_marked_the_first_mention_is_main() -> None:
    stored = [found("ASSAULT", "shelled"), found("AID", "sent")]
    assert score_sentence([gold("ASSAULT", "shelled", main=True)], stored).main_agrees is True
    assert score_sentence([gold("AID", "sent", main=True)], stored).main_agrees is False


def test_a_flagged_gold_main_agrees_with_a_flagged_mention_of_its_type() -> None:
    # "He insisted the rebels would not surrender to X, who has been cooperating with Y"
    events = [
        gold("RETREAT", "surrender", ["rebels"], main=True, flags=["negated"]),
        gold("COOPERATE", "cooperating", ["X"]),
    ]
    surrender = found("RETREAT", "surrender", ["rebels"], main=True, flags=["negated"])
    cooperating = found("COOPERATE", "cooperating", ["X"])
    assert score_sentence(events, [surrender, cooperating]).main_agrees is True
    unflagged = found("RETREAT", "surrender", ["rebels"], main=True)
    assert score_sentence(events, [unflagged, cooperating]).main_agrees is False
    # only flagged gold events: the sentence reports no factual event, main not scored
    assert score_sentence(events[:1], [surrender]).main_agrees is None
