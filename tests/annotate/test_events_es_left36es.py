"""Spanish leftovers of the thirty-sixth session (left36es): a purpose flagged future ("para
liberarlos", "con el fin de", "a fin de"), a threat's content hypothetical ("sal o te
matamos"), an attack told by what it destroyed, sanctions approved in protest, and a
resignation told past a relative clause. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("El ejército lanzó una operación para liberar a los rehenes.", "liberar"),
        ("La policía desplegó agentes con el fin de detener a los saqueadores.", "detener"),
        ("El gobierno envió tropas a fin de reprimir la protesta.", "reprimir"),
    ],
)
def test_a_purpose_is_ahead_not_hypothetical(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    """The lead's ruling of the thirty-sixth session: a purpose is flagged future."""
    ev = by_trigger(events(nlp_es, text), word)
    assert ev.future and not ev.hypothetical and not ev.negated, text


def test_the_act_a_purpose_phrase_hangs_on_is_done(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La policía desplegó agentes con el fin de detener a los saqueadores."
    ev = by_trigger(events(nlp_es, text), "desplegó")
    assert not (ev.future or ev.hypothetical or ev.negated)
