"""The terminal report: articles, most mentioned people and organisations, dated timelines."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from chronicler.store import Store
from chronicler.store.queries import (
    dated_timeline,
    event_rows,
    export_articles,
    top_mentioned,
)


def render_report(store: Store, console: Console, width_of_sentence: int = 160) -> None:
    articles = export_articles(store)
    console.rule(f"[bold]chronicler report[/] · {store.path} · {len(articles)} articles")
    console.print(_articles_table(articles))
    console.print(_top_table("People", top_mentioned(store, "PERSON")))
    console.print(_top_table("Organisations", top_mentioned(store, "ORG")))
    events = event_rows(store, limit=60)
    if events:
        console.print(_events_table(events, width_of_sentence))
    console.print(_timeline_table(dated_timeline(store), width_of_sentence))
    failures = store.failures()
    if failures:
        console.print(
            Panel(
                Group(*(Text(f"{source}: {reason}") for source, reason in failures[-20:])),
                title=f"{len(failures)} input(s) could not be read",
                border_style="yellow",
            )
        )


def _articles_table(articles: list[dict]) -> Table:  # type: ignore[type-arg]
    table = Table(title="Articles", show_lines=False, expand=True)
    for column in ("title", "outlet", "wire", "published", "basis", "lang", "id"):
        table.add_column(column, overflow="fold")
    for a in articles:
        table.add_row(
            Text(a["title"] or "(no title)"),
            Text(a["outlet"] or "-"),
            Text(a["wire"] or "-"),
            Text(a["published"] or "unknown"),
            Text(a["published_basis_detail"] or "-"),
            Text(a["language"] or "-"),
            Text(a["id"][:12]),
        )
    return table


def _top_table(title: str, rows: list[tuple[str, int, int]]) -> Table:
    table = Table(title=f"Most mentioned: {title}")
    table.add_column("name")
    table.add_column("mentions", justify="right")
    table.add_column("articles", justify="right")
    for name, mentions, docs in rows:
        table.add_row(Text(name), str(mentions), str(docs))
    return table


def _events_table(events: list[dict], width: int) -> Table:  # type: ignore[type-arg]
    table = Table(title="Timeline of events", expand=True)
    for column in ("date", "type/mode", "actors", "targets", "where", "source sentence"):
        table.add_column(column, overflow="fold")
    for e in events:
        date = e["date"] or "?"
        if e["certainty"] and e["certainty"] != "exact":
            date += f" ({e['certainty']})"
        table.add_row(
            Text(date),
            Text(f"{e['type']}/{e['mode'] or '-'}"),
            Text(", ".join(e["actors"]) or "-"),
            Text(", ".join(e["targets"]) or "-"),
            Text(e["location"] or "-"),
            Text(_clip(e["sentence"], width) + f"  [{e['outlet'] or e['article_id'][:8]}]"),
        )
    return table


def _timeline_table(rows: list[dict], width: int) -> Table:  # type: ignore[type-arg]
    table = Table(title="Timeline of dated expressions", expand=True)
    for column in ("value", "expression", "outlet", "sentence"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(
            Text(r["value"]),
            Text(r["text"]),
            Text(r["outlet"] or r["article_id"][:8]),
            Text(_clip(r["sentence"], width)),
        )
    return table


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
