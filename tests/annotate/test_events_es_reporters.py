"""Who reports a passive act in Spanish (events_es_verb_arguments, `proxy_nouns` in vocab_es.toml)
on sentences written for these tests: one who speaks for someone else is not who underwent
it; one who reports what was done to them is."""

from __future__ import annotations

import pytest
from event_helpers import es_events, has, one

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "reporter",
    ["su familia aseguró", "su abogado denunció", "su madre afirmó"],
)
def test_es_one_who_speaks_for_another_is_not_the_one_beaten(nlp_es, reporter: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La activista Ana Ruiz murió el lunes en un hospital de la capital. Las autoridades "
        f"culparon a una enfermedad, pero {reporter} que fue golpeada durante su detención."
    )
    beaten = one(es_events(nlp_es, text), "beat")
    assert not has(beaten.targets, reporter.split()[1]), beaten.targets
    assert has(beaten.targets, "Ana Ruiz"), beaten.targets


def test_es_those_who_report_what_was_done_to_them_underwent_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los detenidos denunciaron que fueron torturados por agentes de la DGCIM."
    assert has(one(es_events(nlp_es, text), "torture").targets, "detenidos")
