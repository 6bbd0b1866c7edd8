"""Spanish warnings as statements of intent (`future_clause_verbs` in vocab_es.toml, read by
events_es_modality) on sentences written for these tests: "advertir" announces the act it
takes as an infinitive or as a clause in the future or conditional, so the warning is a
THREATEN of that act's content; what it warns of otherwise is told as it is."""

from __future__ import annotations

import pytest
from event_helpers import es_events, has

from chronicler.annotate.events import is_factual

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "announced", "mode"),
    [
        ("Estados Unidos advirtió con imponer sanciones a Venezuela.", "SANCTION", "restrict"),
        ("El Gobierno advirtió que expulsará a los diplomáticos.", "SANCTION", "expel"),
        ("El Gobierno advirtió que expulsaría a los diplomáticos.", "SANCTION", "expel"),
    ],
)
def test_es_a_warning_announces_the_act_it_warns_of(  # type: ignore[no-untyped-def]
    nlp_es, text: str, announced: str, mode: str
) -> None:
    evs = es_events(nlp_es, text)
    (warning,) = [e for e in evs if e.type == "THREATEN"]
    assert is_factual(warning) and warning.trigger.startswith("advirti")
    assert warning.mode == mode and any(
        k == "announces" and v.startswith(announced) for k, v in warning.attributes
    ), warning
    (act,) = [e for e in evs if e.type == announced]
    assert act.future and not is_factual(act)


def test_es_what_a_warning_tells_as_it_is_happened(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "advirtió de que mil personas siguen encarceladas": they are held; nothing announced."""
    evs = es_events(nlp_es, "La ONG advirtió de que mil personas siguen encarceladas.")
    (held,) = [e for e in evs if e.mode == "imprison"]
    assert is_factual(held) and has(held.targets, "personas")
    assert not [e for e in evs if any(k == "announces" for k, _ in e.attributes)]
