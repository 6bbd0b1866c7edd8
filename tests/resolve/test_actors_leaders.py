"""A lone surname the curated table of state leaders gives one leader is that leader across
the corpus, when the article's year falls in the leader's term and no other person of the
article bears the surname (actors.leader_key)."""

from __future__ import annotations

from chronicler.model import Mention
from chronicler.resolve.actors import resolve_article
from chronicler.resolve.config import load_config


def _keys(text: str, spans: list[tuple[str, str]], year: int | None) -> dict[str, str]:
    mentions, cursor = [], 0
    for surface, label in spans:
        start = text.index(surface, cursor)
        mentions.append(Mention(start, start + len(surface), surface, label, 0))
        cursor = start + len(surface)
    resolved = resolve_article("a" * 64, text, mentions, load_config(), year=year)
    return {r.mention.text: r.key for r in resolved}


def test_a_leaders_lone_surname_in_his_term_is_the_leader() -> None:
    text = "Trump said on Monday that the talks were over. Putin did not answer."
    keys = _keys(text, [("Trump", "PERSON"), ("Putin", "PERSON")], 2019)
    assert keys == {"Trump": "person:donald trump", "Putin": "person:vladimir putin"}


def test_a_leaders_surname_out_of_his_term_or_undated_stays_the_articles() -> None:
    text = "Trump said on Monday that the talks were over."
    assert _keys(text, [("Trump", "PERSON")], 2023) == {"Trump": "person:trump@aaaaaaaaaaaa"}
    assert _keys(text, [("Trump", "PERSON")], None) == {"Trump": "person:trump@aaaaaaaaaaaa"}


def test_a_common_surname_or_a_namesake_keeps_the_surname_in_the_article() -> None:
    text = "López and Rodríguez met. Ivanka Trump spoke; later Trump left."
    spans = [("López", "PERSON"), ("Rodríguez", "PERSON"), ("Ivanka Trump", "PERSON")]
    keys = _keys(text, [*spans, ("Trump", "PERSON")], 2019)
    assert keys["López"] == "person:lopez@aaaaaaaaaaaa"
    assert keys["Rodríguez"] == "person:rodriguez@aaaaaaaaaaaa"
    assert keys["Trump"] == "person:ivanka trump"  # the article's own full name, as before


def test_a_full_name_in_the_article_still_wins() -> None:
    text = "Nicolás Maduro spoke. Maduro said the vote was clean."
    keys = _keys(text, [("Nicolás Maduro", "PERSON"), ("Maduro", "PERSON")], 2019)
    assert keys["Maduro"] == "person:nicolas maduro"
