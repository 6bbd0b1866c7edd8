"""Thin command line: each command parses arguments, calls one library function, prints."""

from __future__ import annotations

import click

from chronicler.settings import DEFAULT_DB, Settings


@click.group()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="DuckDB store file.")
@click.option("--model", "spacy_model", default=None, help="spaCy pipeline to annotate with.")
@click.pass_context
def main(ctx: click.Context, db_path: str, spacy_model: str | None) -> None:
    """chronicler: turn news articles into a sourced record of political events."""
    ctx.obj = Settings.from_env(db_path=db_path, spacy_model=spacy_model)
