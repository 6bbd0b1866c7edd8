from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chronicler.settings import Settings
from chronicler.store import Store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "test.duckdb") as opened:
        yield opened


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db_path=str(tmp_path / "test.duckdb"))
