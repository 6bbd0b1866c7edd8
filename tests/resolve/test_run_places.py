"""Places across reports: one place whatever each report's tagger labelled it and however
each language spelt its romanised name; a country's own name read as a body is the country."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from chronicler.model import Mention, ProcessedArticle
from chronicler.resolve import resolve_new
from chronicler.resolve.actors import place_block, resolve_article
from chronicler.resolve.config import load_config
from chronicler.store import Store
from chronicler.store.resolved_views import export_sections

SPELLINGS = load_config().spellings


def _with_mentions(article: ProcessedArticle, spans: list[tuple[str, str]]) -> ProcessedArticle:
    text = article.article.text
    mentions = tuple(
        Mention(text.index(s), text.index(s) + len(s), s, label, 0) for s, label in spans
    )
    return replace(article, annotation=replace(article.annotation, mentions=mentions))


def test_a_place_spelt_after_two_languages_shares_a_block() -> None:
    assert place_block("gpe:sheremetyevo", SPELLINGS) == place_block("loc:sheremetievo", SPELLINGS)
    assert place_block("gpe:rodriguez torres", SPELLINGS) != place_block(
        "gpe:rodriguez zapatero", SPELLINGS
    )


def test_a_place_named_in_two_romanisations_is_one_place(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    en = make_article("The prisoners flew out of Sheremetyevo airport on Thursday.")
    es = make_article(
        "Los presos salieron del aeropuerto de Sheremétievo el jueves.", language="es"
    )
    en = _with_mentions(en, [("Sheremetyevo", "GPE")])
    es = _with_mentions(es, [("Sheremétievo", "LOC")])
    for a in (en, es):
        store.add(a, "test")
    resolve_new(store, [en.article.id, es.article.id], use_embeddings=False)
    places = [e for e in export_sections(store.con)["entities"] if e["type"] in ("GPE", "LOC")]
    assert len(places) == 1, places
    assert {m["text"] for m in places[0]["mentions"]} == {"Sheremetyevo", "Sheremétievo"}


def test_a_countrys_own_name_read_as_a_body_is_the_country() -> None:
    text = "Lukashenko, who has ruled Belarus since 1994, spoke as the Kremlin watched."
    spans = [("Lukashenko", "PERSON"), ("Belarus", "ORG"), ("Kremlin", "ORG")]
    mentions = [Mention(text.index(s), text.index(s) + len(s), s, lab, 0) for s, lab in spans]
    keys = [r.key for r in resolve_article("a" * 64, text, mentions, load_config())]
    assert keys[1] == "gpe:belarus"
    assert keys[2].startswith("org:")  # a seat of power the country table lists stays a body


def test_an_untagged_state_written_as_the_articles_place_links_to_it() -> None:
    """ "Belarus freed him" with this "Belarus" untagged, where the article tags "Belarus"
    elsewhere: the participant is that state, as an untagged organisation's name is."""
    from chronicler.model import Participant
    from chronicler.resolve import actors as actor_rules
    from chronicler.resolve.story_events import participant_ids

    named = [("gpe:belarus", "Belarus"), ("person:x", "X")]
    assert actor_rules.organisation_names(named) == {}
    places = actor_rules.organisation_names(named, ("org:", "gpe:"))
    assert places == {"belarus": "gpe:belarus"}
    belarus = Participant("Belarus", 0, 7, role="government")
    assert participant_ids([belarus], [], [], places) == {"gpe:belarus"}


def test_a_place_is_shown_by_every_reports_spelling_not_the_first() -> None:
    from chronicler.resolve.actors import place_display_name

    # once each: the English report's form; more often: the form written most
    assert place_display_name([("Sheremétievo", "es", 1), ("Sheremetyevo", "en", 1)]) == (
        "Sheremetyevo"
    )
    assert place_display_name([("Jarp", "es", 2), ("Kharp", "en", 1)]) == "Jarp"
    # a dateline's capitals count with the name; a name the country table translates is
    # shown in English
    assert place_display_name([("YANGON", "en", 2), ("Yangon", "en", 1)]) == "Yangon"
    assert place_display_name([("Teherán", "es", 3), ("Tehran", "en", 1)]) == "Tehran"
    # no language known either way: the form without accents, then alphabetical
    assert place_display_name([("Sheremétievo", "es", 1), ("Sheremetievo", "es", 1)]) == (
        "Sheremetievo"
    )


def test_a_places_shown_name_does_not_hang_on_the_order_of_reports(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    es = make_article(
        "Los presos salieron del aeropuerto de Sheremétievo el jueves.", language="es"
    )
    en = make_article("The prisoners flew out of Sheremetyevo airport on Thursday.")
    es = _with_mentions(es, [("Sheremétievo", "LOC")])
    en = _with_mentions(en, [("Sheremetyevo", "GPE")])
    for a in (es, en):  # the Spanish report first
        store.add(a, "test")
        resolve_new(store, [a.article.id], use_embeddings=False)
    places = [e for e in export_sections(store.con)["entities"] if e["type"] in ("GPE", "LOC")]
    assert [p["name"] for p in places] == ["Sheremetyevo"], places
