"""The parties of a speaker's judgement told as a reported copula's predicate."""

from __future__ import annotations

import pytest

from chronicler.annotate.events_spoken_judgements import spoken_judgement_parties

pytestmark = pytest.mark.slow


def _parties(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    found = spoken_judgement_parties(token)
    return None if found is None else ([t.text for t in found[0]], [t.text for t in found[1]])


def test_the_speaker_acts_on_the_one_it_is_time_for(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor said it was time for the police to act."
    assert _parties(nlp, text, "time") == (["mayor"], ["police"])
    assert _parties(nlp, "It is time for the police to act.", "time") is None  # no speaker
    # the speaker among those it is time for: advice, no demand on another
    text = "The aide said it was time for both of us to think about our families."
    assert _parties(nlp, text, "time") is None
    assert _parties(nlp, "The aide said it was time for us to leave.", "time") is None


def test_the_speaker_acts_on_what_a_condemning_adjective_judges(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister says the decision is outrageous."
    assert _parties(nlp, text, "outrageous") == (["minister"], ["decision"])
    assert _parties(nlp, "The minister says it is outrageous.", "outrageous") is None
