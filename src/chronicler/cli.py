"""Thin command line: each command parses arguments, calls one library function, prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from chronicler.settings import DEFAULT_DB, Settings
from chronicler.store import Store, StoreError

_T = TypeVar("_T")  # what a read command shows


@click.group()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="DuckDB store file.")
@click.option("--model", "spacy_model", default=None, help="spaCy pipeline to annotate with.")
@click.pass_context
def main(ctx: click.Context, db_path: str, spacy_model: str | None) -> None:
    """chronicler: turn news articles into a sourced record of political events."""
    ctx.obj = Settings.from_env(db_path=db_path, spacy_model=spacy_model)


def _open_store(settings: Settings, read_only: bool = False) -> Store:
    if read_only and not Path(settings.db_path).exists():
        raise click.ClickException(
            f"{settings.db_path}: no such store; run `chronicler ingest` first"
        )
    try:
        return Store.open(settings.db_path, read_only=read_only)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--max-bytes", type=int, default=None, help="Refuse single articles over this size.")
@click.option("--no-resolve", is_flag=True, help="Skip the corpus-wide resolve stage.")
@click.option(
    "--keep-all-events",
    is_flag=True,
    help="Keep the events of articles that do not read as political news (left out by default).",
)
@click.pass_obj
def ingest(
    settings: Settings,
    paths: tuple[Path, ...],
    max_bytes: int | None,
    no_resolve: bool,
    keep_all_events: bool,
) -> None:
    """Read files or folders (.txt, .html, .jsonl, .warc, each also gzipped) into the store."""
    from chronicler.pipeline import ingest as run_ingest

    if max_bytes:
        settings = replace(settings, max_bytes=max_bytes)
    if keep_all_events:
        settings = replace(settings, keep_unpolitical_events=True)
    console = Console(stderr=True)
    with (
        _open_store(settings) as store,
        Progress(
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("ingesting", total=None)
        report = run_ingest(
            list(paths),
            store,
            settings,
            on_file_done=lambda _source: progress.advance(task),
            resolve=not no_resolve,
            on_file_count=lambda count: progress.update(task, total=count),
        )
    for failure in report.failures:
        console.print(Text(f"error: {failure.source}: {failure.reason}", style="red"))
    skipped = ", ".join(f"{suffix} ×{n}" for suffix, n in sorted(report.skipped.items()))
    console.print(
        f"{report.files} file(s): {len(report.stored)} new article(s), "
        f"{report.already_stored} already stored, {len(report.failures)} failed"
        + (
            f"; {sum(report.skipped.values())} skipped, not a type read ({skipped})"
            if skipped
            else ""
        )
        + (f"; {report.resolve_summary}" if report.resolve_summary else "")
    )
    if report.unpolitical:
        console.print(
            f"{len(report.unpolitical)} article(s) stored without their "
            f"{sum(report.unpolitical.values())} event mention(s): they do not read as "
            "political news (few words of public affairs); --keep-all-events keeps them"
        )
    if not report.ok:
        sys.exit(1)


@main.command()
@click.pass_obj
def resolve(settings: Settings) -> None:
    """Link stored articles not yet resolved (after `ingest --no-resolve` or a crash)."""
    from chronicler.pipeline import resolve_pending

    with _open_store(settings) as store:
        summary = resolve_pending(store)
    Console(stderr=True).print(summary or "nothing to resolve")


@main.command()
@click.pass_obj
def report(settings: Settings) -> None:
    """Print a readable summary of the store."""
    from chronicler.report import render_report

    with _open_store(settings, read_only=True) as store:
        render_report(store, Console())


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv", "parquet"]),
    default="json",
    show_default=True,
)
@click.argument("path", type=click.Path(path_type=Path))
@click.pass_obj
def export(settings: Settings, fmt: str, path: Path) -> None:
    """Export the store: JSON (one file) or CSV/Parquet (a folder of tables)."""
    from chronicler.export.contract import build_export
    from chronicler.export.writers import write_export
    from chronicler.pipeline import pipeline_version

    with _open_store(settings, read_only=True) as store:
        document = build_export(store, pipeline_version(settings))
    written = write_export(document, path, fmt)  # type: ignore[arg-type]
    Console(stderr=True).print(f"wrote {len(written)} file(s) to {path}")


@main.command()
@click.option(
    "--type", "event_type", default=None, help="PLOVER type or mode, e.g. COERCE, arrest."
)
@click.option("--actor", default=None, help="Part of an actor's or target's name.")
@click.option(
    "--country", default=None, help="ISO 3166 alpha-3 code an actor or target acts for (VEN)."
)
@click.option("--from", "date_from", default=None, help="Earliest date, YYYY[-MM[-DD]].")
@click.option("--to", "date_to", default=None, help="Latest date, YYYY[-MM[-DD]].")
@click.option("--all", "include_unreal", is_flag=True, help="Include negated/hypothetical/future.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option(
    "--merged",
    is_flag=True,
    help="One row per happening (events merged across articles, with every source).",
)
@click.option("--limit", default=200, show_default=True)
@click.pass_obj
def events(
    settings: Settings,
    event_type: str | None,
    actor: str | None,
    country: str | None,
    date_from: str | None,
    date_to: str | None,
    include_unreal: bool,
    as_json: bool,
    merged: bool,
    limit: int,
) -> None:
    """List event mentions with their evidence sentence (--merged: one per happening)."""
    from chronicler.resolve.views import coding_label
    from chronicler.store.queries import event_rows

    if merged:
        _merged_events(settings, event_type, actor, date_from, date_to, as_json, limit, country)
        return
    with _open_store(settings, read_only=True) as store:
        rows = event_rows(
            store, event_type, actor, date_from, date_to, include_unreal, limit, country
        )
    columns = ("date", "type/mode", "cameo", "actors", "targets", "where", "sentence")
    cells = [
        (
            f"{r['date'] or '?'} ({r['certainty']})",
            coding_label(r) + (f" [{', '.join(r['flags'])}]" if r["flags"] else ""),
            r["cameo"] or "-",
            _participants_cell(r["actors"], r["actors_resolved"], r["alleged_actors"]),
            _participants_cell(r["targets"], r["targets_resolved"], r["alleged_actors"]),
            r["location"] or "-",
            " ".join(r["sentence"].split()),
        )
        for r in rows
    ]
    _print_listing(rows, as_json, f"{len(rows)} event(s)", columns, cells)


def _participants_cell(texts: list[str], resolved: list[str], alleged: list[str]) -> str:
    """Each participant by the actor it was resolved to ("he" or "Torres" shown as "Miguel
    Rodríguez Torres"), marked where the text only alleges its part."""
    from chronicler.resolve.views import alleged_label

    cells = [alleged_label(n, t in alleged) for t, n in zip(texts, resolved, strict=True)]
    return ", ".join(cells) or "-"


def _print_listing(
    payload: list[dict[str, Any]],
    as_json: bool,
    title: str,
    columns: Sequence[str],
    cells: Sequence[Sequence[str]],
) -> None:
    """A listing as JSON (the records themselves) or as a table of their display cells."""

    def render(_payload: list[dict[str, Any]], console: Console) -> None:
        table = Table(title=title, expand=True)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in cells:
            table.add_row(*(Text(cell) for cell in row))
        console.print(table)

    _show(payload, as_json, render)


def _show(payload: _T, as_json: bool, render: Callable[[_T, Console], None]) -> None:
    """What a read command found: as JSON (for scripts) or drawn by `render` (for people)."""
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    render(payload, Console())


def _merged_events(
    settings: Settings,
    event_type: str | None,
    actor: str | None,
    date_from: str | None,
    date_to: str | None,
    as_json: bool,
    limit: int,
    country: str | None = None,
) -> None:
    from chronicler.resolve.views import coding_label, display_names
    from chronicler.store import resolved as db
    from chronicler.store import resolved_views

    with _open_store(settings, read_only=True) as store:
        docs = resolved_views.filtered_events(
            store.con, event_type, actor, date_from, date_to, limit, country
        )
        names = db.entity_names(
            store.con, {i for d in docs for i in d["actors"] + d["targets"] + d["brokers"]}
        )
    columns = ("date", "type/mode", "cameo", "actors", "targets", "sources", "evidence")
    cells = [
        (
            f"{d['date']['value'] or '?'} ({d['date']['certainty']})",
            coding_label(d),
            d["cameo"] or "-",
            display_names(
                d["actors"],
                d.get("actor_names", []),
                names,
                alleged=set(d.get("alleged_actors", [])) | set(d.get("alleged_actor_names", [])),
            ),
            display_names(  # (a two-way act's alleged side written as its target)
                d["targets"],
                d.get("target_names", []),
                names,
                alleged=set(d.get("alleged_actors", [])) | set(d.get("alleged_actor_names", [])),
            ),
            str(d.get("num_sources", len(d["sources"]))),
            " ".join(d["sources"][0]["sentence"].split()) if d["sources"] else "-",
        )
        for d in docs
    ]
    _print_listing(docs, as_json, f"{len(docs)} merged event(s)", columns, cells)


@main.command()
@click.option("--anchor", default=None, help="Article date YYYY-MM-DD to resolve relative dates.")
@click.option("--lang", "language", default="en", show_default=True, help="en or es.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.option(
    "--parse",
    is_flag=True,
    help="Parse the text with spaCy so verb tenses point bare weekdays and months.",
)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def dates(
    settings: Settings, anchor: str | None, language: str, as_json: bool, parse: bool, file: Path
) -> None:
    """Time expressions of a plain text FILE, normalised against --anchor."""
    from chronicler.annotate.timex import (
        find_time_expressions,
        read_plain_text,
        time_expressions_json,
    )

    text = read_plain_text(str(file))
    doc = None
    if parse:
        from chronicler.annotate.nlp import load_pipeline, parse_texts, pipeline_for_language

        name = pipeline_for_language(language, settings.spacy_model, settings.spanish_model)
        doc = next(parse_texts(load_pipeline(name), [text]))
    items = time_expressions_json(find_time_expressions(text, anchor, language, doc))
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False))
        return
    table = Table(title=f"{len(items)} time expression(s), anchor {anchor or 'none'}")
    columns = ("start", "end", "text", "type", "value", "granularity", "certainty")
    for column in columns:
        table.add_column(column, overflow="fold")
    for t in items:
        table.add_row(*(Text("-" if t[c] is None else str(t[c])) for c in columns))
    Console().print(table)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_obj
def stories(settings: Settings, as_json: bool) -> None:
    """List stories: articles about the same happening, across outlets and languages."""
    from chronicler.resolve.views import render_stories, stories_overview

    with _open_store(settings, read_only=True) as store:
        rows = stories_overview(store)
    _show(rows, as_json, render_stories)


@main.command()
@click.argument("story_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.pass_obj
def story(settings: Settings, story_id: str, as_json: bool) -> None:
    """One story (id or id prefix): articles side by side, merged events, disagreements."""
    from chronicler.resolve.views import render_story, story_view

    with _open_store(settings, read_only=True) as store:
        view = story_view(store, story_id)
    if view is None:
        raise click.ClickException(f"{story_id}: no such story (or the prefix is ambiguous)")
    _show(view, as_json, render_story)


@main.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.pass_obj
def actor(settings: Settings, name: str, as_json: bool) -> None:
    """An actor by (part of) a name: aliases, events, custody history, sources."""
    from chronicler.resolve.views import actor_view, render_actor

    with _open_store(settings, read_only=True) as store:
        views = actor_view(store, name)
    _show(views, as_json, render_actor)
