"""A Spanish act noun naming again an act told before it (events_es_named_again), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def test_a_march_named_again_with_its_article_is_one_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Miles de jubilados marcharon por el centro de Quito. La marcha "
                 "terminó sin incidentes.")  # fmt: skip
    assert [e.trigger for e in evs if e.type == "PROTEST"] == ["marcharon"]


def test_a_march_with_a_day_of_its_own_is_another_one(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Miles de jubilados marcharon por el centro de Quito. El sindicato "
                 "convocó la marcha del próximo viernes.")  # fmt: skip
    assert len([e for e in evs if e.type == "PROTEST"]) == 2
