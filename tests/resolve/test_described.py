"""People the reports describe and never name (resolve/described.py): each an actor of its
article alone, with its custody, never merged with another. Articles written here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from chronicler.model import Participant, ProcessedArticle
from chronicler.resolve import resolve_new
from chronicler.resolve.described import article_of, described_id, described_people
from chronicler.store import Store
from chronicler.store.resolved_views import export_sections

FIRST = (
    "A cameraman was detained in Gomel on Monday by plain-clothes officers. He was freed on "
    "Wednesday after two nights in a police cell."
)
SECOND = (
    "A cameraman working for a local channel was detained in Gomel on Monday, colleagues said. "
    "Officers let him go on Wednesday."
)
NAMED = "Police in Gomel detained the cameraman Pavel Lenski on Monday, his channel said."


def _described(article: ProcessedArticle, noun: str) -> ProcessedArticle:
    """The article with each event's target set to the first `noun` of its text, unnamed and
    marked as one person only described (as the annotate stage marks "a cameraman")."""
    at = article.article.text.find(noun)
    who = Participant(noun, at, at + len(noun), described=True)
    events = tuple(replace(e, targets=(who,)) for e in article.annotation.events)
    return replace(article, annotation=replace(article.annotation, events=events))


def _custody_story(make_article: Callable[..., ProcessedArticle], text: str) -> ProcessedArticle:
    return _described(
        make_article(
            text,
            [],
            [
                ("COERCE", "arrest", "detained", "2024-03-04"),
                ("RETREAT", "release", "Wednesday", "2024-03-06"),
            ],
        ),
        "cameraman",
    )


def test_an_unnamed_person_gets_a_custody_history_of_its_own_article(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    a = _custody_story(make_article, FIRST)
    b = _custody_story(make_article, SECOND)
    named = make_article(
        NAMED, ["Pavel Lenski"], [("COERCE", "arrest", "Pavel Lenski", "2024-03-04")]
    )
    store.add(a, "test"), store.add(b, "test"), store.add(named, "test")
    ids = [a.article.id, b.article.id, named.article.id]
    resolve_new(store, ids, use_embeddings=False)
    sections = export_sections(store.con)
    custody = {c["entity_id"]: c for c in sections["custody"]}
    first, second = (described_id(i, p) for i, p in ((ids[0], _who(a)), (ids[1], _who(b))))
    # two articles' cameramen are two actors, and neither is the one named
    assert {first, second, "person:pavel lenski"} <= set(custody)
    for entity_id, article_id in ((first, ids[0]), (second, ids[1])):
        (episode,) = custody[entity_id]["episodes"]
        assert (episode["detained"], episode["released"]) == ("2024-03-04", "2024-03-06")
        # told by its own article alone, whatever other reports its events merged with
        assert episode["sources"] == [{"article_id": article_id}]
    entities = {e["id"]: e for e in sections["entities"]}
    assert entities[first]["name"] == "cameraman (unnamed)" and entities[first]["unnamed"]
    assert "unnamed" not in entities["person:pavel lenski"]
    assert [m["article_id"] for m in entities[first]["mentions"]] == [ids[0]]
    # (the named arrest's event may merge the others': it lists every source, and the
    # unnamed actors stay beside the named one, none of them merged into another)
    (lenski,) = custody["person:pavel lenski"]["episodes"]
    assert {"article_id": ids[2]} in lenski["sources"]
    people = {e["id"] for e in sections["entities"] if e["type"] == "PERSON"}
    assert {first, second, "person:pavel lenski"} <= people


def _who(article: ProcessedArticle) -> Participant:
    return article.annotation.events[0].targets[0]


def test_an_unnamed_actor_is_its_articles_description_at_its_offsets() -> None:
    p = Participant("cameraman", 2, 11, described=True)
    assert article_of(described_id("abc", p)) == "abc"
    assert article_of("person:pavel lenski") is None
    assert described_id("abc", p) != described_id("abd", p)


def test_a_person_never_marked_described_gets_no_unnamed_actor(
    make_article: Callable[..., ProcessedArticle],
) -> None:
    article = make_article(FIRST, [], [("COERCE", "arrest", "cameraman", "2024-03-04")])
    unmarked = replace(article.annotation.events[0], targets=(Participant("cameraman", 2, 11),))
    assert described_people("x", [unmarked], lambda e: True) == {}


def test_an_organisation_tagged_a_person_by_the_corpus_vote_has_its_custody(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    """The tagger read "Marta Quiroga" as an organisation in the report of her arrest; two
    other reports tag her a person: the corpus's vote makes her one, and her custody is told.
    An organisation "held" (its offices sealed) is no one's custody."""
    arrest = make_article(
        "Marta Quiroga was arrested in Sucre on Tuesday.",
        ["Marta Quiroga"],
        [("COERCE", "arrest", "Marta Quiroga", "2024-05-07")],
    )
    arrest = _relabelled_as_org(arrest, "Marta Quiroga")
    others = [
        make_article(
            f"Marta Quiroga spoke to supporters in {town} last month.",
            ["Marta Quiroga"],
            published="2024-04-02",
        )
        for town in ("Potosí", "Oruro")
    ]
    office = _relabelled_as_org(
        make_article(
            "Police held Radio Sur Andina in Tarija, sealing its studios.",
            ["Radio Sur Andina"],
            [("COERCE", "arrest", "Radio Sur Andina", "2024-05-08")],
        ),
        "Radio Sur Andina",
    )
    for a in (*others, arrest, office):
        store.add(a, "test")
    resolve_new(store, [a.article.id for a in (*others, arrest, office)], use_embeddings=False)
    custody = {c["entity_id"]: c for c in export_sections(store.con)["custody"]}
    assert custody["person:marta quiroga"]["episodes"][0]["detained"] == "2024-05-07"
    assert not any("radio" in entity_id for entity_id in custody)


def _relabelled_as_org(article: ProcessedArticle, name: str) -> ProcessedArticle:
    mentions = tuple(
        replace(m, label="ORG") if m.text == name else m for m in article.annotation.mentions
    )
    events = tuple(
        replace(e, targets=tuple(replace(t, label="ORG") for t in e.targets))
        for e in article.annotation.events
    )
    annotation = replace(article.annotation, mentions=mentions, events=events)
    return replace(article, annotation=annotation)


def test_only_a_target_or_a_refuge_seeker_gets_an_unnamed_actor(
    make_article: Callable[..., ProcessedArticle],
) -> None:
    """ "A judge sentenced him": the judge keeps its words; "a nurse took refuge in the
    embassy" makes the nurse an actor, whose refuge is a step of her custody."""
    judge = Participant("judge", 2, 7, described=True)
    nurse = Participant("nurse", 40, 45, described=True)
    article = make_article(FIRST, [], [("COERCE", "arrest", "cameraman", "2024-03-04")])
    base = article.annotation.events[0]
    sentencing = replace(base, type="SANCTION", mode="convict", actors=(judge,), targets=())
    refuge = replace(base, type="REQUEST", mode="asylum", actors=(nurse,), targets=())
    people = described_people("x", [sentencing, refuge], lambda e: e.mode == "asylum")
    assert list(people.values()) == [nurse]
