"""Constructions that tell an unseen verb's sense is no event (events-unseen 1.26.0): a
person moved to a post, a trait judged."""

from __future__ import annotations

from typing import Any

import pytest
from event_helpers import events

from chronicler.annotate.events_unseen import unseen_rule
from chronicler.annotate.events_vocab import load_vocab
from chronicler.model import EventMention


def _unseen(evs: tuple[EventMention, ...]) -> list[tuple[str, str, str | None]]:
    return [
        (e.trigger, e.type, e.mode) for e in evs if dict(e.attributes)["rule"].endswith("+unseen")
    ]


def _rule(nlp: Any, text: str, word: str) -> tuple[str, str | None] | None:
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == word), load_vocab())
    return None if rule is None else (rule.type, rule.mode)


@pytest.mark.parametrize(
    "text",
    [
        "The colonel was promoted to brigadier general after the offensive.",
        "The defence minister promoted her deputy to chief negotiator on Monday.",
        "The officer was promoted from sergeant to the rank of captain in 2010.",
        # a passive conjunct's person is its first verb's subject; "to colonel" parsed as an
        # infinitive's complement
        "Smith has spent ten years with the ministry and was promoted to deputy minister "
        "and chief negotiator in 2003.",
        "Jones has served twelve years in the army and was promoted to colonel in 2001.",
    ],
)
def test_a_person_moved_to_a_post_is_no_event(nlp: Any, text: str) -> None:
    """A change of post or rank (`rank_post_nouns`, a bare title): "promote" votes SUPPORT
    through "support", its sense of furthering a cause; a person moved to a post is no
    backing of anyone (was SUPPORT, the person its target)."""
    assert _rule(nlp, text, "promote") is None
    assert not _unseen(events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The firm promoted the banker to the title of partner.",
        "The firm promoted the banker to the level of partner.",
    ],
)
def test_the_posts_a_promotion_reads_are_the_fallbacks_posts(nlp: Any, text: str) -> None:
    """events-unseen 1.26.1, vocab 1.395.0 (twins41): one list of posts, the vocabulary's
    `rank_post_nouns`, for the fallback and the promotions alike (was SUPPORT: "title" and
    "level" were the promotions' words only)."""
    assert _rule(nlp, text, "promote") is None


def test_an_office_a_person_is_taken_to_is_a_place(nlp: Any) -> None:
    """ "office" is no post of the shared list: as often the place someone is taken to (the
    promotions' own list had it; the fallback's did not)."""
    assert _rule(nlp, "Gunmen snatched the mayor to a remote office.", "snatch") == (
        "ASSAULT",
        "abduct",
    )


def test_a_cause_promoted_is_still_backed(nlp: Any) -> None:
    """No person moved: the backing "support" names stays."""
    text = "The ruling party promoted the peace plan across the country."
    assert _rule(nlp, text, "promote") == ("SUPPORT", None)


@pytest.mark.parametrize(
    "text",
    [
        # a title with its article or a group is no post ("introduced him to the president")
        "Rebels snatched the envoy to the president from his car.",
    ],
)
def test_a_title_with_its_article_is_no_post(nlp: Any, text: str) -> None:
    assert _rule(nlp, text, "snatch") == ("ASSAULT", "abduct")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Some diplomats might find the new rules stifling.", "stifle"),
        ("Critics call the curfew stifling.", "stifle"),
    ],
)
def test_a_trait_judged_is_no_act(nlp: Any, text: str, word: str) -> None:
    """A present participle with no object that a verb of judging takes (`judging_verbs`)
    tells what a thing is like: no repression (was COERCE repress through "repress")."""
    assert _rule(nlp, text, word) is None


def test_an_act_with_its_object_stays(nlp: Any) -> None:
    assert _rule(nlp, "The army stifled dissent in the north.", "stifle") == ("COERCE", "repress")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gaze into space is no inquiry (vocabulary 1.377.0, `gaze_objects`)
        ("The general sat in the dock, looking blankly into space as the judge spoke.", []),
        (
            "Police in Ohio are looking into the shooting of the mayor.",
            [("looking", "ACCUSE", "investigate")],
        ),
    ],
)
def test_looking_into_space_is_a_gaze(nlp: Any, text: str, expected: list[Any]) -> None:
    assert [e for e in _unseen(events(nlp, text)) if e[0] == "looking"] == expected
