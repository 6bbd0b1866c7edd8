"""Spanish modality (annotate.events_es_modality), read straight off a parsed trigger: its own
auxiliaries and marks, then the clauses above it."""

from __future__ import annotations

import pytest

from chronicler.annotate.events_es_modality import modality
from chronicler.annotate.events_es_vocab import load_vocab_es

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def _flags(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    (token,) = [t for t in nlp(text) if t.text == word]
    return modality(token, load_vocab_es())


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("La Policía detuvo al periodista.", "detuvo", (False, False, False)),
        ("La Policía no detuvo al periodista.", "detuvo", (True, False, False)),
        ("El Gobierno liberará a los presos.", "liberará", (False, True, False)),
        ("El Gobierno va a liberar a los presos.", "liberar", (False, True, False)),
        ("El Gobierno podría liberar a los presos.", "liberar", (False, False, True)),
    ],
)
def test_own_negation_tense_and_mood(nlp_es, text: str, word: str, expected) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp_es, text, word)
    assert (flags.negated, flags.future, flags.hypothetical) == expected


def test_an_intent_verb_above_announces_the_act_and_names_the_intent(nlp_es) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp_es, "El Gobierno amenazó con expulsar al embajador.", "expulsar")
    assert flags.future and flags.intent == "threaten" and flags.intent_i is not None
    # a denial above the act negates it
    flags = _flags(nlp_es, "El ministro negó haber detenido al periodista.", "detenido")
    assert flags.negated and flags.intent is None
