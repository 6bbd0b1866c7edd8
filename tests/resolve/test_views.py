"""The actor view's custody lines (resolve/views.py), on an episode written here."""

from __future__ import annotations

from rich.console import Console

from chronicler.resolve.views import custody_lines


def test_a_remand_step_shows_its_term() -> None:
    episode = {
        "sources": [{"article_id": "a"}],
        "steps": [
            {"step": "detained", "date": "2022-12-07", "article_ids": ["a"]},
            {"step": "remanded", "date": "2022-12-15", "article_ids": ["a"], "term": "18 months"},
        ],
        "held_at": [],
        "charges": [],
        "brokers": [],
    }
    console = Console(width=100, record=True)
    console.print(custody_lines([episode], {}, {"a": "AP"}))
    text = console.export_text()
    assert "remanded   (18 months)" in text and "detained   [AP]" in text


def _event(event_id: str, alleged: list[str]) -> dict:  # type: ignore[type-arg]
    return {
        "id": event_id,
        "type": "ASSAULT",
        "mode": "explosives",
        "date": {"value": "1998-08-07", "certainty": "exact"},
        "actors": ["person:haddad"],
        "targets": ["org:hotel"],
        "target_names": ["two hotels"],
        "alleged_actors": alleged,
        "sources": [{"article_id": "a"}],
    }


def test_an_actor_page_sets_alleged_acts_apart() -> None:
    from chronicler.resolve.views import render_actor

    view = {
        "id": "person:haddad",
        "name": "Samir Haddad",
        "type": "PERSON",
        "aliases": [],
        "articles": ["a"],
        "events": [_event("a:0", ["person:haddad"]), _event("a:1", [])],
        "alleged_event_ids": ["a:0"],
        "custody": None,
        "names": {"org:hotel": "Grand Hotel"},
        "outlets": {"a": "AP"},
    }
    console = Console(width=120, record=True)
    render_actor([view], console)
    text = console.export_text()
    told, alleged = text.split("alleged acts")
    assert "alleged actor" in alleged and "alleged actor" not in told
    assert told.count("ASSAULT/explosives") == 1 and alleged.count("ASSAULT/explosives") == 1


def test_display_names_marks_an_alleged_actor() -> None:
    from chronicler.resolve.views import display_names

    names = {"person:haddad": "Samir Haddad", "org:army": "Army"}
    shown = display_names(["org:army", "person:haddad"], [], names, alleged={"person:haddad"})
    assert shown == "Army, Samir Haddad (alleged)"
    assert display_names([], ["the gunmen"], {}, alleged={"the gunmen"}) == "the gunmen (alleged)"


def test_an_actor_page_reads_an_alleged_side_written_as_target() -> None:
    """A two-way act's alleged side written as its target ("X and Y were charged with
    assaulting each other": Y) is an alleged party too (left37; was: shown as a plain target,
    its act among the told ones)."""
    from chronicler.resolve.views import render_actor

    fight = {
        "id": "a:0",
        "type": "ASSAULT",
        "mode": "beat",
        "date": {"value": "2024-06-01", "certainty": "exact"},
        "actors": ["person:smith"],
        "targets": ["person:brown"],
        "alleged_actors": ["person:brown", "person:smith"],
        "sources": [{"article_id": "a"}],
    }
    view = {
        "id": "person:brown",
        "name": "Tom Brown",
        "type": "PERSON",
        "aliases": [],
        "articles": ["a"],
        "events": [fight],
        "alleged_event_ids": ["a:0"],
        "custody": None,
        "names": {"person:smith": "John Smith"},
        "outlets": {"a": "AP"},
    }
    console = Console(width=120, record=True)
    render_actor([view], console)
    text = console.export_text()
    assert "alleged side" in text and "John Smith (alleged)" in text
