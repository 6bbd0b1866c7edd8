"""Read models and Rich renderings for `chronicler stories`, `story ID` and `actor NAME`."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from chronicler.store import resolved as db
from chronicler.store.db import Store


def stories_overview(store: Store) -> list[dict[str, Any]]:
    out = []
    for story in db.list_stories(store.con):
        events = db.story_events(store.con, story["id"])
        out.append(
            {
                **story,
                "events": len(events),
                "multi_source_events": sum(1 for e in events if e.get("num_sources", 1) > 1),
                "disagreements": len(db.story_disagreements(store.con, story["id"])),
            }
        )
    return out


def _article_summaries(store: Store, article_ids: list[str]) -> list[dict[str, Any]]:
    rows = []
    for article_id in article_ids:
        a = store.load_article(article_id)
        rows.append(
            {
                "id": a.id,
                "outlet": a.outlet,
                "title": a.title,
                "published": a.published.value,
                "language": a.language,
                "source": a.source,
                "lead": " ".join(a.text.split())[:300],
            }
        )
    return rows


def story_view(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story: its articles, merged events (most sourced first) and disagreements."""
    matches = [s for s in db.list_stories(store.con) if s["id"].startswith(story_id)]
    if len(matches) != 1:
        return None
    story = matches[0]
    events = sorted(
        db.story_events(store.con, story["id"]),
        key=lambda e: (-e.get("num_sources", 1), e["date"]["value"] or "", e["id"]),
    )
    return {
        **story,
        "articles": _article_summaries(store, story["article_ids"]),
        "events": events,
        "disagreements": db.story_disagreements(store.con, story["id"]),
        "names": _names_of(store, events),
    }


def _names_of(store: Store, events: list[dict[str, Any]]) -> dict[str, str]:
    """Display names of every actor, target and broker the events name."""
    ids = {i for e in events for key in ("actors", "targets", "brokers") for i in e.get(key, [])}
    return db.entity_names(store.con, ids)


def actor_view(store: Store, name: str) -> list[dict[str, Any]]:
    """Actors matching a name: aliases, events, custody history and sources."""
    out = []
    for entity in db.find_entities(store.con, name):
        events = db.events_of_entity(store.con, entity["id"])
        custody = db.custody_of(store.con, entity["id"])
        brokers = [{"brokers": ep["brokers"]} for ep in (custody or {}).get("episodes", [])]
        out.append(
            {
                **entity,
                "articles": sorted({m["article_id"] for m in entity["mentions"]}),
                "events": events,
                "custody": custody,
                "names": _names_of(store, [*events, *brokers]),
            }
        )
    return out


def display_names(
    ids: list[str], spans: list[str], names: dict[str, str], missing: str = "-"
) -> str:
    """Resolved actors by name; else the text that stood for them ("agents of the police")."""
    return ", ".join(names.get(i, i) for i in ids) or ", ".join(spans[:1]) or missing


def _short(article_id: str) -> str:
    return article_id[:10]


def render_stories(stories: list[dict[str, Any]], console: Console) -> None:
    table = Table(title=f"{len(stories)} stor(ies)", expand=True)
    for column in ("id", "title", "articles", "events", "multi-source", "disagreements"):
        table.add_column(column, overflow="fold")
    for s in stories:
        table.add_row(
            Text(_short(s["id"])),
            Text(s["title"] or "-"),
            Text(str(len(s["article_ids"]))),
            Text(str(s["events"])),
            Text(str(s["multi_source_events"])),
            Text(str(s["disagreements"])),
        )
    console.print(table)


def render_story(view: dict[str, Any], console: Console) -> None:
    articles = Table(title=f"story {_short(view['id'])}: {view['title']}", expand=True)
    for a in view["articles"]:
        articles.add_column(
            f"{a['outlet'] or a['source']} ({a['published'] or '?'})", overflow="fold"
        )
    articles.add_row(*(Text(f"{a['title'] or ''}\n\n{a['lead']}") for a in view["articles"]))
    console.print(articles)
    events = Table(title=f"{len(view['events'])} merged event(s)", expand=True)
    for column in ("date", "type/mode", "targets", "actors", "sources", "evidence"):
        events.add_column(column, overflow="fold")
    for e in view["events"]:
        evidence = "\n".join(
            f"[{_short(s['article_id'])}] {' '.join(s['sentence'].split())[:160]}"
            for s in e["sources"][:3]
        )
        events.add_row(
            Text(f"{e['date']['value'] or '?'}"),
            Text(f"{e['type']}/{e['mode'] or '-'}"),
            Text(display_names(e["targets"], e.get("target_names", []), view["names"])),
            Text(display_names(e["actors"], e.get("actor_names", []), view["names"])),
            Text(str(e.get("num_sources", len(e["sources"])))),
            Text(evidence),
        )
    console.print(events)
    disagreements = Table(title=f"{len(view['disagreements'])} disagreement(s)", expand=True)
    for column in ("event", "attribute", "values (sources)"):
        disagreements.add_column(column, overflow="fold")
    for d in view["disagreements"]:
        values = "\n".join(
            f"{v['value']}  <- {', '.join(_short(a) for a in v['article_ids'])}"
            for v in d["values"]
        )
        disagreements.add_row(Text(_short(d["event_id"])), Text(d["attribute"]), Text(values))
    console.print(disagreements)


def render_actor(views: list[dict[str, Any]], console: Console) -> None:
    if not views:
        console.print("no actor matches")
        return
    for v in views:
        console.print(
            Text(f"{v['name']}  [{v['type']}]  id={v['id']}", style="bold"),
            Text(
                f"aliases: {', '.join(v['aliases']) or '-'}; articles: "
                f"{', '.join(_short(a) for a in v['articles'])}"
            ),
        )
        if v["events"]:
            table = Table(title="events", expand=True)
            for column in ("date", "type/mode", "role", "sources"):
                table.add_column(column, overflow="fold")
            for e in v["events"]:
                role = "target" if v["id"] in e["targets"] else "actor"
                table.add_row(
                    Text(e["date"]["value"] or "?"),
                    Text(f"{e['type']}/{e['mode'] or '-'}"),
                    Text(role),
                    Text(", ".join(sorted({_short(s["article_id"]) for s in e["sources"]}))),
                )
            console.print(table)
        if v["custody"]:
            table = Table(title="custody history", expand=True)
            for column in (
                "episode",
                "detained",
                "held at",
                "charges",
                "released",
                "exile",
                "brokers",
                "sources",
            ):
                table.add_column(column, overflow="fold")
            for n, ep in enumerate(v["custody"]["episodes"], start=1):
                steps = {st["step"] for st in ep.get("steps", [])}

                def when(step: str, ep: dict[str, Any] = ep, steps: set[str] = steps) -> str:
                    return ep[step] or ("yes, undated" if step in steps else "-")

                table.add_row(
                    Text(str(n)),
                    Text(when("detained")),
                    Text("; ".join(ep["held_at"]) or "-"),
                    Text("; ".join(ep["charges"]) or "-"),
                    Text(when("released")),
                    Text(when("exile")),
                    Text(", ".join(v["names"].get(b, b) for b in ep["brokers"]) or "-"),
                    Text(", ".join(_short(s["article_id"]) for s in ep["sources"])),
                )
            console.print(table)
