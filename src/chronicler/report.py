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
    table.add_column("title", ratio=3)
    for column in ("outlet", "wire", "published", "basis", "lang", "id"):
        table.add_column(column, ratio=1, overflow="fold")
    for a in articles:
        table.add_row(
            Text(a["title"] or "(no title)"),
            Text(a["outlet"] or "-"),
            Text(a["wire"] or "-"),
            Text(a["published"] or "unknown"),
            Text(a["published_basis_detail"] or "-"),
            Text(a["language"] or "-"),
            Text(a["id"][:8]),
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


def _events_table(events: list[dict], width: int) -> Group:  # type: ignore[type-arg]
    """One entry per event: a summary line, then its evidence sentence indented."""
    lines: list[Text] = [Text("Timeline of events", style="bold italic")]
    for e in events:
        date = e["date"] or "undated"
        if e["certainty"] and e["certainty"] != "exact":
            date += f" ({e['certainty']})"
        head = Text(f"{date:<24} ", style="cyan")
        head.append(f"{e['type']}/{e['mode'] or '-'}", style="bold")
        who = ", ".join(e["actors"]) or "?"
        whom = ", ".join(e["targets"])
        head.append(f"  {who}" + (f" → {whom}" if whom else ""))
        if e["location"]:
            head.append(f" @ {e['location']}")
        lines.append(head)
        source = e["outlet"] or e["article_id"][:8]
        lines.append(Text(f"{'':<26}“{_clip(e['sentence'], width)}” [{source}]", style="dim"))
    return Group(*lines)


def _timeline_table(rows: list[dict], width: int) -> Group:  # type: ignore[type-arg]
    lines: list[Text] = [Text("Timeline of dated expressions", style="bold italic")]
    for r in rows:
        head = Text(f"{r['value']:<12} ", style="cyan")
        head.append(f"“{r['text']}”", style="bold")
        head.append(f"  [{r['outlet'] or r['article_id'][:8]}]")
        lines.append(head)
        lines.append(Text(f"{'':<13}{_clip(r['sentence'], width)}", style="dim"))
    return Group(*lines)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
