"""The terminal report: the sourced record a store holds, read top-down.

Articles, then what the resolve stage made of them: stories, the most reported actors (after
alias merging and label voting), one line per merged event with every outlet behind it,
custody histories and the details sources disagree on. A store ingested with `--no-resolve`
falls back to raw entity mentions and event mentions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from chronicler.annotate.topic import load_topic_lexicon
from chronicler.resolve.views import (
    alleged_label,
    clip,
    coding_label,
    date_label,
    display_names,
    event_label,
    outlet_list,
    source_name,
)
from chronicler.store import Store, resolved_views
from chronicler.store import resolved as db
from chronicler.store.queries import event_rows, export_articles, top_mentioned

MAX_EVENTS = 60
MAX_NOT_POLITICAL = 30


def render_report(store: Store, console: Console, width_of_sentence: int = 160) -> None:
    articles = export_articles(store)
    outlets = {a["id"]: source_name(a) for a in articles}
    console.rule(f"[bold]chronicler report[/] · {store.path} · {len(articles)} articles")
    console.print(_articles_table(articles))
    unpolitical = [a for a in articles if a["topic"] and not a["topic"]["political"]]
    if unpolitical:
        console.print(_not_political(unpolitical, outlets))
    stories = resolved_views.list_stories(store.con)
    if stories:
        events = resolved_views.all_events(store.con)
        disagreements = resolved_views.all_disagreements(store.con)
        custody = resolved_views.all_custody(store.con)
        names = _names(store, events, custody)
        console.print(_stories_table(stories, outlets, events, disagreements))
        console.print(_actors_table("People", resolved_views.top_entities(store.con, ["PERSON"])))
        console.print(
            _actors_table("Organisations", resolved_views.top_entities(store.con, ["ORG"]))
        )
        console.print(_events(events, names, outlets, width_of_sentence))
        console.print(_custody(custody, names, outlets))
        console.print(_disagreements(disagreements, events, names, outlets))
    else:
        console.print(_mentions_table("People", top_mentioned(store, "PERSON")))
        console.print(_mentions_table("Organisations", top_mentioned(store, "ORG")))
        console.print(_event_mentions(event_rows(store, limit=MAX_EVENTS), width_of_sentence))
    failures = store.failures()
    if failures:
        console.print(
            Panel(
                Group(*(Text(f"{source}: {reason}") for source, reason in failures[-20:])),
                title=f"{len(failures)} input(s) could not be read",
                border_style="yellow",
            )
        )


def _names(
    store: Store, events: list[dict[str, Any]], custody: list[dict[str, Any]]
) -> dict[str, str]:
    """Display names of every entity the report names, looked up in one pass."""
    ids = {i for e in events for key in ("actors", "targets", "brokers") for i in e[key]}
    ids |= {d["entity_id"] for d in custody}
    ids |= {b for d in custody for ep in d["episodes"] for b in ep["brokers"]}
    found = db.entity_names(store.con, ids)
    return {i: found.get(i, i.split(":", 1)[-1]) for i in ids}


def _articles_table(articles: list[dict[str, Any]]) -> Table:
    table = Table(title="Articles", show_lines=False, expand=True)
    table.add_column("title", ratio=3)
    for column in ("outlet", "wire", "published", "basis", "lang", "id"):
        table.add_column(column, ratio=1, overflow="fold")
    for a in articles:
        title = Text(a["title"] or "(no title)")
        if a["topic"] and not a["topic"]["political"]:
            title.append(" · not political news", style="yellow")
        table.add_row(
            title,
            Text(a["outlet"] or "-"),
            Text(a["wire"] or "-"),
            Text(a["published"] or "unknown"),
            Text(a["published_basis_detail"] or "-"),
            Text(a["language"] or "-"),
            Text(a["id"][:8]),
        )
    return table


def _not_political(articles: list[dict[str, Any]], outlets: dict[str, str]) -> Group:
    """Articles that do not read as political news, lowest score first: the ones whose
    events ingest left out (all of them unless it ran with --keep-all-events)."""
    left_out = [a for a in articles if not a["topic"]["events_kept"]]
    mentions = sum(a["topic"]["events_left_out"] for a in left_out)
    without = f"stored without their {mentions} event mention(s)"
    title = f"Not political news: {len(articles)} article(s) {without}"
    if not left_out:
        title = f"Not political news: {len(articles)} article(s), events kept (--keep-all-events)"
    elif len(left_out) < len(articles):  # some ingested with --keep-all-events
        title = (
            f"Not political news: {len(articles)} article(s), {len(left_out)} {without}, "
            f"{len(articles) - len(left_out)} with them (--keep-all-events)"
        )
    lines = [Text(title, style="bold italic")]
    ranked = sorted(articles, key=lambda a: (a["topic"]["score"], a["id"]))
    for a in ranked[:MAX_NOT_POLITICAL]:
        topic = a["topic"]
        line = Text(f"{topic['score']:>6.2f}  ", style="cyan")
        line.append(
            f"(political {topic['political_rate']:.2f}, names {topic['names_rate']:.2f})  ",
            style="dim",
        )
        line.append(clip(a["title"] or "(no title)", 80))
        line.append(f"  [{outlets[a['id']]} · {a['id'][:8]}]", style="green")
        if topic["events_kept"]:
            line.append("  events kept", style="yellow")
        lines.append(line)
    if len(ranked) > MAX_NOT_POLITICAL:
        lines.append(Text(f"(and {len(ranked) - MAX_NOT_POLITICAL} more: see `export`)"))
    bar = load_topic_lexicon()
    lines.append(
        Text(
            "score: political words (role and public-affairs words) and names of peoples and "
            f"states per 100 words; news reads at {bar.threshold:g}, of which "
            f"{bar.min_political:g} political words ({bar.version})",
            style="dim",
        )
    )
    return Group(*lines)


def _stories_table(
    stories: list[dict[str, Any]],
    outlets: dict[str, str],
    events: list[dict[str, Any]],
    disagreements: list[dict[str, Any]],
) -> Table:
    table = Table(title=f"Stories ({len(stories)})", expand=True)
    table.add_column("story", ratio=1)
    table.add_column("title", ratio=3)
    table.add_column("articles", ratio=2)
    table.add_column("events", justify="right", ratio=1)
    table.add_column("multi-source", justify="right", ratio=1)
    table.add_column("disagreements", justify="right", ratio=1)
    by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        by_story[e["story_id"]].append(e)
    story_of_event = {e["id"]: e["story_id"] for e in events}
    disagreeing = Counter(story_of_event.get(d["event_id"]) for d in disagreements)
    for s in stories:
        own = by_story[s["id"]]
        table.add_row(
            Text(s["id"][:10]),
            Text(s["title"] or "-"),
            Text(", ".join(outlets.get(a, a[:8]) for a in s["article_ids"])),
            str(len(own)),
            str(sum(1 for e in own if e.get("num_sources", 1) > 1)),
            str(disagreeing[s["id"]]),
        )
    return table


def _actors_table(title: str, rows: list[dict[str, Any]]) -> Table:
    table = Table(title=f"Most reported: {title}", expand=True)
    table.add_column("name", ratio=2)
    table.add_column("also written", ratio=3)
    table.add_column("articles", justify="right", ratio=1)
    table.add_column("mentions", justify="right", ratio=1)
    for r in rows:
        table.add_row(
            Text(r["name"]),
            Text(", ".join(r["aliases"][:4]) or "-"),
            str(r["articles"]),
            str(r["mentions"]),
        )
    return table


def _events(
    events: list[dict[str, Any]], names: dict[str, str], outlets: dict[str, str], width: int
) -> Group:
    """Merged events that name an actor or a target, oldest first, each with its sources."""
    shown = [e for e in events if e["actors"] or e["targets"]][:MAX_EVENTS]
    title = f"Events ({len(shown)} of {len(events)} shown: those naming an actor or a target)"
    lines: list[Text] = [Text(title, style="bold italic")]
    for e in shown:
        head = Text(f"{date_label(e['date']):<22} ", style="cyan")
        head.append(coding_label(e), style="bold")
        alleged = set(e.get("alleged_actors", [])) | set(e.get("alleged_actor_names", []))
        who = display_names(e["actors"], e.get("actor_names", []), names, "?", alleged)
        whom = display_names(e["targets"], e.get("target_names", []), names, "", alleged)
        head.append(f"  {who}" + (f" → {whom}" if whom else ""))
        if e.get("location"):
            head.append(f" @ {e['location']}")
        if e.get("brokers"):
            head.append(f"  (brokered by {', '.join(names[b] for b in e['brokers'])})")
        article_ids = {s["article_id"] for s in e["sources"]}
        head.append(
            f"  [{len(article_ids)} source(s): {outlet_list(article_ids, outlets)}]", style="green"
        )
        lines.append(head)
        first = e["sources"][0]
        lines.append(Text(f"{'':<24}“{clip(first['sentence'], width)}”", style="dim"))
    return Group(*lines)


def _custody(
    custody: list[dict[str, Any]], names: dict[str, str], outlets: dict[str, str]
) -> Group:
    lines: list[Text] = [Text(f"Custody histories ({len(custody)})", style="bold italic")]
    for doc in custody:
        person = names[doc["entity_id"]]
        for n, ep in enumerate(doc["episodes"], start=1):
            parts = _steps_in_order(ep)
            if ep.get("held_at"):
                parts.append(f"held at {'; '.join(ep['held_at'])}")
            if ep.get("charges"):
                parts.append(f"charged with {'; '.join(ep['charges'])}")
            if ep.get("brokers"):
                parts.append(f"brokered by {', '.join(names[b] for b in ep['brokers'])}")
            line = Text(f"{person} (episode {n}): ", style="bold")
            line.append(" · ".join(parts) or "-")
            sources = {s["article_id"] for s in ep["sources"]}
            line.append(f"  [{outlet_list(sources, outlets)}]", style="green")
            lines.append(line)
    return Group(*lines)


def _steps_in_order(episode: dict[str, Any]) -> list[str]:
    """The episode's steps as its history orders them (by time where every step is dated),
    each with its date; a step's first telling takes the most precise date any source gives
    it. (In a fixed life-cycle order, "refuge 2023-12 · sentenced 2017-12" read backwards.)
    A step told right after the same step at a date one refines is said once, at the finer
    date: two reports' "detained 2018" and "detained 2018-03" are one line of the summary
    (the actor page lists each)."""
    told: list[tuple[str, str | None]] = []
    for st in episode.get("steps", []):
        step = st["step"]
        date = st["date"]
        if not any(s == step for s, _ in told):
            date = episode.get(step) or date
        if told and told[-1][0] == step and _one_refines(told[-1][1], date):
            told[-1] = (step, max(told[-1][1] or "", date or "", key=len) or None)
            continue
        told.append((step, date))
    return [f"{step} {date or '(undated)'}" for step, date in told]


def _one_refines(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and (a.startswith(b) or b.startswith(a))


def _disagreements(
    disagreements: list[dict[str, Any]],
    events: list[dict[str, Any]],
    names: dict[str, str],
    outlets: dict[str, str],
) -> Group:
    """Each disagreement under the event it is about (type, whom, when), values side by side."""
    lines: list[Text] = [
        Text(f"Where sources disagree ({len(disagreements)})", style="bold italic")
    ]
    by_id = {e["id"]: e for e in events}
    for d in disagreements:
        line = Text(f"{event_label(by_id.get(d['event_id']), d['event_id'], names)}  ", "cyan")
        line.append(f"{d['attribute']}: ", style="bold")
        line.append(
            "  |  ".join(
                f"{v['value']} [{outlet_list(v['article_ids'], outlets)}]" for v in d["values"]
            )
        )
        lines.append(line)
    return Group(*lines)


def _mentions_table(title: str, rows: list[tuple[str, int, int]]) -> Table:
    table = Table(title=f"Most mentioned: {title} (unresolved)")
    table.add_column("name")
    table.add_column("mentions", justify="right")
    table.add_column("articles", justify="right")
    for name, mentions, docs in rows:
        table.add_row(Text(name), str(mentions), str(docs))
    return table


def _event_mentions(events: list[dict[str, Any]], width: int) -> Group:
    """Event mentions one by one, for a store whose articles are not resolved yet."""
    lines: list[Text] = [
        Text("Event mentions (not merged: run `chronicler resolve`)", style="bold italic")
    ]
    for e in events:
        date = e["date"] or "undated"
        if e["certainty"] and e["certainty"] != "exact":
            date += f" ({e['certainty']})"
        head = Text(f"{date:<24} ", style="cyan")
        head.append(coding_label(e), style="bold")
        alleged = e.get("alleged_actors", [])
        who = ", ".join(alleged_label(a, a in alleged) for a in e["actors"]) or "?"
        whom = ", ".join(alleged_label(t, t in alleged) for t in e["targets"])
        head.append(f"  {who}" + (f" → {whom}" if whom else ""))
        lines.append(head)
        source = e["outlet"] or e["article_id"][:8]
        lines.append(Text(f"{'':<26}“{clip(e['sentence'], width)}” [{source}]", style="dim"))
    return Group(*lines)
