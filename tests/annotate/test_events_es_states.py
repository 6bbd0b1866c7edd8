"""Spanish verbs of state the small model misreads (annotate.events_es_vocab): a verb of state
opening a sentence capitalised is tagged a name, yet it is the verb, not a participant."""

from __future__ import annotations

import pytest
from event_helpers import es_events as events
from event_helpers import one

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def test_capitalised_state_verb_opening_a_sentence_is_the_verb(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "Permanecen" opens the sentence and is tagged PROPN: still "permanecer" + participle,
    # the custody state (imprisonment), and no one called "Permanecen" is held
    evs = events(nlp_es, "Permanecen detenidos en la cárcel de La Modelo.")
    held = one(evs, "imprison")
    assert held.trigger.startswith("Permanecen")
    assert not any(p.text == "Permanecen" for e in evs for p in (*e.actors, *e.targets))
    assert not [e for e in evs if e.mode == "arrest"]


def test_capitalised_name_opening_a_sentence_stays_a_name(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # a name of no verb of state's form is left as the model reads it
    evs = events(nlp_es, "Carmen Pérez fue detenida en Managua.")
    assert any("Carmen" in p.text for e in evs for p in e.targets)
