"""Leftovers of round 34 (left34b; vocabulary 1.296.0, Spanish vocabulary 1.145.0): a death
in custody with no cause told is a custody-death with no CAMEO code in both languages, one
from a told illness none; an act an anniversary marks is dated from its ordinal or not kept.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import es_events, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _deaths(evs):  # type: ignore[no-untyped-def]
    return [(e.type, e.mode, e.cameo) for e in evs if e.mode == "custody-death"]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader died in prison on Tuesday.",
        "The blogger died in police custody last month, his lawyer said.",
        "The reporter was found dead in his cell on Monday.",
        "The former governor died in jail aged 81.",
    ],
)
def test_death_in_custody_no_cause_no_cameo(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _deaths(events(nlp, text)) == [("ASSAULT", "custody-death", None)]


@pytest.mark.parametrize(
    "text",
    [
        "El dirigente opositor murió en la cárcel el martes.",
        "El sindicalista falleció bajo custodia policial, según su familia.",
        "El periodista fue hallado muerto en su celda el lunes.",
    ],
)
def test_death_in_custody_no_cause_no_cameo_es(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _deaths(es_events(nlp_es, text)) == [("ASSAULT", "custody-death", None)]


@pytest.mark.parametrize(
    "text",
    [
        "El exgobernador murió en la cárcel de cáncer.",
        "El recluso falleció en prisión tras una larga enfermedad.",
        "La exministra murió en prisión por causas naturales.",
    ],
)
def test_death_in_custody_from_illness_none_es(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _deaths(es_events(nlp_es, text))


def test_killing_in_custody_keeps_its_code(nlp) -> None:  # type: ignore[no-untyped-def]
    (ev,) = [e for e in events(nlp, "The dissident was killed in prison in 2019.") if e.main]
    assert (ev.type, ev.cameo) == ("ASSAULT", "190")
