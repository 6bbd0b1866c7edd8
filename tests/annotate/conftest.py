"""Shared fixtures for the annotate tests: each spaCy pipeline is loaded once per session."""

from __future__ import annotations

import pytest

from chronicler.settings import DEFAULT_SPACY_MODEL, DEFAULT_SPANISH_MODEL


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from chronicler.annotate.nlp import load_pipeline

    return load_pipeline(DEFAULT_SPACY_MODEL)


@pytest.fixture(scope="session")
def nlp_es():  # type: ignore[no-untyped-def]
    from chronicler.annotate.nlp import load_pipeline

    pytest.importorskip(DEFAULT_SPANISH_MODEL, reason="make spanish installs it")
    return load_pipeline(DEFAULT_SPANISH_MODEL)
