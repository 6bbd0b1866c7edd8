"""Read models and Rich renderings for `chronicler stories`, `story ID` and `actor NAME`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from chronicler.store import resolved as db
from chronicler.store import resolved_views
from chronicler.store.db import Store
from chronicler.store.queries import outlet_names, topic_readings


def stories_overview(store: Store) -> list[dict[str, Any]]:
    out = []
    for story in resolved_views.list_stories(store.con):
        events = resolved_views.story_events(store.con, story["id"])
        out.append(
            {
                **story,
                "events": len(events),
                "multi_source_events": sum(1 for e in events if e.get("num_sources", 1) > 1),
                "disagreements": len(resolved_views.story_disagreements(store.con, story["id"])),
            }
        )
    return out


def source_name(article: Mapping[str, Any]) -> str:
    """How views name a source: its outlet, else the wire that wrote it (a scraped "(EFE)"
    piece whose site is unknown), else its file."""
    return str(article.get("outlet") or article.get("wire") or article["source"])


def _article_summaries(store: Store, article_ids: list[str]) -> list[dict[str, Any]]:
    """Each article's head, with its topic reading (`topic`, None when it was stored before
    readings were kept): an article not read as political news may have no events."""
    topics = topic_readings(store, article_ids)
    rows = []
    for article_id in article_ids:
        a = store.load_article(article_id)
        rows.append(
            {
                "id": a.id,
                "outlet": a.outlet,
                "wire": a.wire,
                "title": a.title,
                "published": a.published.value,
                "language": a.language,
                "source": a.source,
                "lead": " ".join(a.text.split())[:300],
                "topic": topics.get(a.id),
            }
        )
    return rows


def story_view(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story: its articles, merged events (most sourced first) and disagreements. An id
    (or prefix) of a story that was merged into another, or emptied by a regrouping, leads to
    the story it went into, and the view says so under `merged_from`."""
    stories = resolved_views.list_stories(store.con)
    matches = [s for s in stories if s["id"].startswith(story_id)]
    retired = db.retired_ids_with_prefix(store.con, story_id)
    if len(matches) + len(retired) != 1:
        return None
    merged_from = None
    if retired:
        merged_from = retired[0]
        into = db.story_alias(store.con, merged_from)
        matches = [s for s in stories if s["id"] == into]
        if not matches:
            return None
    story = matches[0]
    events = sorted(
        resolved_views.story_events(store.con, story["id"]),
        key=lambda e: (-e.get("num_sources", 1), e["date"]["value"] or "", e["id"]),
    )
    articles = _article_summaries(store, story["article_ids"])
    return {
        **story,
        "articles": articles,
        "outlets": {a["id"]: source_name(a) for a in articles},
        "events": events,
        "disagreements": resolved_views.story_disagreements(store.con, story["id"]),
        "names": _names_of(store, events),
        "merged_from": merged_from,
        **_linked_stories(store, story["id"], stories),
    }


def _linked_stories(
    store: Store, story_id: str, stories: list[dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    """The earlier stories this one follows and the later ones that follow it (story_threads:
    one by their words, kept apart by their dates), each by id and title."""
    from chronicler.resolve.config import load_config
    from chronicler.resolve.story_threads import stored_links

    links = stored_links(store.con, story_id, load_config())
    titles = {s["id"]: s["title"] for s in stories}
    return {
        "follows": [{"id": s, "title": titles.get(s)} for s in links.follows],
        "followed_by": [{"id": s, "title": titles.get(s)} for s in links.followed_by],
    }


def _names_of(store: Store, events: list[dict[str, Any]]) -> dict[str, str]:
    """Display names of every actor, target and broker the events name."""
    ids = {i for e in events for key in ("actors", "targets", "brokers") for i in e.get(key, [])}
    names = db.entity_names(store.con, ids)
    return dict(sorted(names.items()))  # a stable order, so that output can be compared


def actor_view(store: Store, name: str) -> list[dict[str, Any]]:
    """Actors matching a name: aliases, events, custody history and sources."""
    out = []
    for entity in resolved_views.find_entities(store.con, name):
        events = sorted(  # a timeline: oldest first, undated last
            db.events_of_entity(store.con, entity["id"]),
            key=lambda e: (e["date"]["value"] or "9999", e["type"], e["id"]),
        )
        custody = resolved_views.custody_of(store.con, entity["id"])
        brokers = [{"brokers": ep["brokers"]} for ep in (custody or {}).get("episodes", [])]
        articles = sorted({m["article_id"] for m in entity["mentions"]})
        sourced = {s["article_id"] for e in events for s in e["sources"]}
        out.append(
            {
                **entity,
                "articles": articles,
                "events": events,
                # the events it is only alleged to have done (charged with, accused of):
                # shown apart from the acts told done
                "alleged_event_ids": [
                    e["id"] for e in events if entity["id"] in e.get("alleged_actors", [])
                ],
                "custody": custody,
                "names": _names_of(store, [*events, *brokers]),
                "outlets": outlet_names(store, sorted(sourced | set(articles))),
            }
        )
    return out


def outlet_list(article_ids: Iterable[str], outlets: dict[str, str]) -> str:
    """Outlets of these articles, "EL PAÍS ×2" when one outlet wrote two of them."""
    counts = Counter(outlets.get(a, a[:8]) for a in set(article_ids))
    return ", ".join(f"{o} ×{n}" if n > 1 else o for o, n in sorted(counts.items()))


def display_names(
    ids: list[str],
    spans: list[str],
    names: dict[str, str],
    missing: str = "-",
    alleged: Collection[str] = (),
) -> str:
    """Resolved actors by name; else the text that stood for them ("agents of the police").
    An actor of `alleged` (an id, or a span's text) is shown "(alleged)": the sources only
    allege it did the act (charged with it, accused of it)."""
    if ids:
        return ", ".join(alleged_label(names.get(i, i), i in alleged) for i in ids)
    return ", ".join(alleged_label(t, t in alleged) for t in spans[:1]) or missing


def alleged_label(name: str, alleged: bool) -> str:
    """ "Samir Haddad (alleged)": a party the text only alleges did the act."""
    return f"{name} (alleged)" if alleged else name


def coding_label(event: Mapping[str, Any]) -> str:
    """ "THREATEN/restrict (announces SANCTION/discontinue)": an event's type and mode, and
    for a statement of intent the act it announces (a listed row's `announces`, or a merged
    event's attribute of that name)."""
    announced = event.get("announces") or next(
        (a["value"] for a in event.get("attributes") or () if a.get("name") == "announces"), None
    )
    head = f"{event['type']}/{event['mode'] or '-'}"
    return f"{head} (announces {announced})" if announced else head


def date_label(date: dict[str, Any]) -> str:
    label = date.get("value") or "undated"
    certainty = date.get("certainty")
    return f"{label} ({certainty})" if certainty and certainty != "exact" else label


def event_label(event: dict[str, Any] | None, event_id: str, names: dict[str, str]) -> str:
    """ "COERCE/imprison Miguel Rodríguez Torres · 2018": what a merged event is about."""
    if event is None:  # not among the loaded events: show its id
        return f"event {event_id[:10]}…{event_id.rsplit(':', 1)[-1]}"
    whom = display_names(event["targets"], event.get("target_names", []), names, missing="")
    head = f"{event['type']}/{event['mode'] or '-'}" + (f" {whom}" if whom else "")
    return f"{head} · {date_label(event['date'])}"


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
    if view.get("merged_from"):
        console.print(f"story {_short(view['merged_from'])}… was merged into {_short(view['id'])}…")
    # the title is article text: shown as text, never read as console markup
    articles = Table(title=Text(f"story {_short(view['id'])}: {view['title']}"), expand=True)
    for a in view["articles"]:
        articles.add_column(f"{source_name(a)} ({a['published'] or '?'})", overflow="fold")
    articles.add_row(*(_article_cell(a) for a in view["articles"]))
    console.print(articles)
    events = Table(title=f"{len(view['events'])} merged event(s)", expand=True)
    # evidence gets most of the width: at 80 columns six equal columns wrapped it a word a line
    events.add_column("when / what", overflow="fold", width=18)  # "COERCE/imprison" whole
    events.add_column("who → whom", overflow="fold", ratio=1)
    events.add_column("evidence, by source", overflow="fold", ratio=2)
    outlets = view["outlets"]
    for e in view["events"]:
        evidence = [
            f"[{outlets.get(s['article_id'], _short(s['article_id']))}] {clip(s['sentence'], 160)}"
            for s in e["sources"][:3]
        ]
        if len(e["sources"]) > 3:
            rest = outlet_list((s["article_id"] for s in e["sources"][3:]), outlets)
            evidence.append(f"(and {len(e['sources']) - 3} more: {rest})")
        who = display_names(
            e["actors"], e.get("actor_names", []), view["names"], "?", _alleged_of(e)
        )
        whom = display_names(
            e["targets"], e.get("target_names", []), view["names"], "", _alleged_of(e)
        )
        events.add_row(
            Text(f"{e['date']['value'] or '?'}\n{e['type']}/{e['mode'] or '-'}"),
            Text(who + (f" → {whom}" if whom else "")),
            Text("\n".join(evidence)),
        )
    console.print(events)
    disagreements = Table(title=f"{len(view['disagreements'])} disagreement(s)", expand=True)
    for column in ("event", "attribute", "values (sources)"):
        disagreements.add_column(column, overflow="fold")
    by_id = {e["id"]: e for e in view["events"]}
    for d in view["disagreements"]:
        values = "\n".join(
            f"{v['value']}  <- {outlet_list(v['article_ids'], outlets)}" for v in d["values"]
        )
        label = event_label(by_id.get(d["event_id"]), d["event_id"], view["names"])
        disagreements.add_row(Text(label), Text(d["attribute"]), Text(values))
    console.print(disagreements)
    for key, told in (("follows", "follows the earlier"), ("followed_by", "followed by the later")):
        for linked in view.get(key, []):
            # a title is article text: printed as text, never read as console markup
            console.print(Text(f"{told} story {_short(linked['id'])}…: {linked['title'] or '?'}"))


def _article_cell(article: dict[str, Any]) -> Text:
    """Title and lead, under a mark when the article does not read as political news."""
    cell = Text()
    topic = article.get("topic")
    if topic and not topic["political"]:
        note = _not_political_note(topic)
        cell.append(f"[{note}; score {topic['score']:.2f}]\n", style="yellow")
    cell.append(f"{article['title'] or ''}\n\n{article['lead']}")
    return cell


def _not_political_note(topic: Mapping[str, Any]) -> str:
    """How an article not read as political news is marked where it is listed."""
    if topic["events_kept"]:
        return "not political news (events kept)"
    return f"not political news: {topic['events_left_out']} event mention(s) left out"


def clip(text: str, width: int) -> str:
    """The text on one line, cut to `width` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_actor(views: list[dict[str, Any]], console: Console) -> None:
    if not views:
        console.print("no actor matches")
        return
    for v in views:
        console.print(
            Text(f"{v['name']}  [{v['type']}]  id={v['id']}", style="bold"),
            Text(
                f"aliases: {', '.join(v['aliases']) or '-'}; articles: "
                f"{outlet_list(v['articles'], v['outlets'])}"
            ),
        )
        alleged = set(v.get("alleged_event_ids", []))
        told = [e for e in v["events"] if e["id"] not in alleged]
        for title, events in (
            ("events", told),
            (
                "alleged acts (the sources only allege it did them)",
                [e for e in v["events"] if e["id"] in alleged],
            ),
        ):
            if events:
                console.print(_actor_events(v, events, title))
        if v["custody"]:
            console.print(custody_lines(v["custody"]["episodes"], v["names"], v["outlets"]))


def custody_lines(
    episodes: list[dict[str, Any]], names: dict[str, str], outlets: dict[str, str]
) -> Group:
    """One line per step, in the order the history has them, then where the person was held,
    the charges and the brokers: a table with a column per step wraps them beyond reading."""
    lines = [Text("custody history", style="bold italic")]
    for n, ep in enumerate(episodes, start=1):
        sources = outlet_list((s["article_id"] for s in ep["sources"]), outlets)
        lines.append(Text(f"episode {n}  [{sources}]", style="bold"))
        for st in ep.get("steps", []):
            line = Text(f"  {st['date'] or 'undated':<12} {st['step']:<10} ")
            if st.get("term"):  # how long a remand holds the person
                line.append(f"({st['term']}) ")
            line.append(f"[{outlet_list(st['article_ids'], outlets)}]", style="green")
            for other in st.get("other_dates", []):  # another report's day for this step
                line.append(f"  also told {other['date']} ", style="yellow")
                line.append(f"[{outlet_list(other['article_ids'], outlets)}]", style="green")
            lines.append(line)
        for label, values in (
            ("held at", ep["held_at"]),
            ("charged with", ep["charges"]),
            ("brokered by", [names.get(b, b) for b in ep["brokers"]]),
        ):
            if values:
                lines.append(Text(f"  {label + ':':<23} {'; '.join(values)}"))
    return Group(*lines)


def _actor_events(view: dict[str, Any], events: list[dict[str, Any]], title: str) -> Table:
    """An actor page's table of events: its role in each, who else took part, the outlets."""
    table = Table(title=title, expand=True)
    for column in ("date", "type/mode", "role", "with", "sources"):
        table.add_column(column, overflow="fold")
    for e in events:
        target = view["id"] in e["targets"]
        others, spans = (
            (e["actors"], e.get("actor_names", []))
            if target
            else (e["targets"], e.get("target_names", []))
        )
        role = "target" if target else "actor"
        if view["id"] in e.get("alleged_actors", []):  # (a two-way act's side as target too)
            role = "alleged actor" if not target else "alleged side"
        table.add_row(
            Text(e["date"]["value"] or "?"),
            Text(f"{e['type']}/{e['mode'] or '-'}"),
            Text(role),
            Text(
                display_names(
                    [o for o in others if o != view["id"]],
                    spans,
                    view["names"],
                    alleged=_alleged_of(e),
                )
            ),
            Text(outlet_list((s["article_id"] for s in e["sources"]), view["outlets"])),
        )
    return table


def _alleged_of(event: Mapping[str, Any]) -> set[str]:
    """The ids and words of a merged event's actors the sources only allege did it."""
    return set(event.get("alleged_actors", [])) | set(event.get("alleged_actor_names", []))
