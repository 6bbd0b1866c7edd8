"""Annotate stage: a clean Article in; its sentences, entity mentions, time expressions and
PLOVER-typed events out (nlp.annotate_doc puts them together)."""
