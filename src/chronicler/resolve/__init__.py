"""Corpus-wide resolution: near-duplicates, stories, actors, merged events, disagreements and
custody histories, incrementally (see run.py for the cascade)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# 2: events merged by the learnt pair scorer (data/resolve/event_coref.json); 3: a short form
# binds to the one full name its story gives (bindings.py); 4: a statement of intent merges
# only with statements, or with a threat naming no content (merge.statements_compatible); 5: a
# mediation naming no one brokers the release told in its own sentence first (brokers.py)
RESOLVE_VERSION = "5"

if TYPE_CHECKING:
    from chronicler.resolve.run import ResolveResult


def resolve_new(store: Any, article_ids: Any, use_embeddings: bool = True) -> ResolveResult:
    """Link newly stored articles to stories, actors and events (see chronicler.resolve.run)."""
    from chronicler.resolve.run import resolve_new as run

    return run(store, article_ids, use_embeddings)


__all__ = ["RESOLVE_VERSION", "resolve_new"]
