"""The parties of a speaker's judgement told as a reported copula's predicate."""

from __future__ import annotations

import pytest

from chronicler.annotate.events_spoken_judgements import (
    felt_displeasure_parties,
    spoken_judgement_parties,
)

pytestmark = pytest.mark.slow


def _parties(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    found = spoken_judgement_parties(token, frozenset({"measure"}))
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


def test_a_condemning_adjective_on_the_noun_of_the_predicate_judges_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The senator said it was a draconian measure."
    assert _parties(nlp, text, "draconian") == (["senator"], ["measure"])
    text = "The senator said the bill was a draconian measure."
    assert _parties(nlp, text, "draconian") == (["senator"], ["bill"])
    assert _parties(nlp, "It was a draconian measure.", "draconian") is None  # no speaker
    # a pronoun's predicate noun that names no measure or act: no one's measure judged
    assert _parties(nlp, "The coach said it was an unfair game.", "unfair") is None


def _felt(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    token = next(t for t in nlp(text) if t.text == word)
    found = felt_displeasure_parties(token, frozenset({"result"}))
    return None if found is None else ([t.text for t in found[0]], [t.text for t in found[1]])


def test_displeasure_at_a_cause_told_is_the_one_who_feels_it_on_the_cause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The farmers were angry at the minister's refusal."
    assert _felt(nlp, text, "angry") == (["farmers"], ["refusal"])
    text = "The mayor said she was dismayed by the ruling."
    assert _felt(nlp, text, "dismayed") == (["she"], ["ruling"])
    assert _felt(nlp, "The farmers were angry.", "angry") is None  # no cause told
    assert _felt(nlp, "An angry crowd gathered at the gate.", "angry") is None
    assert _felt(nlp, "The coach was disappointed with the result.", "disappointed") is None
    assert _felt(nlp, "The ruling angered the farmers.", "angered") is None  # done to them


def test_a_noun_of_wrongdoing_a_speaker_calls_a_party_judges_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said the rebel commander was a murderer and a liar."
    assert _parties(nlp, text, "murderer") == (["minister"], ["commander"])
    assert _parties(nlp, text, "liar") is None  # one denunciation, on the first noun
    assert _parties(nlp, "The rebel commander was a murderer.", "murderer") is None  # no speaker
    assert _parties(nlp, '"I am not a liar," the senator said.', "liar") is None
    assert _parties(nlp, "The minister said the general was not a criminal.", "criminal") is None


def test_a_clause_joined_in_a_quote_is_the_speakers_too(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"I watched the witness for a week and in my view she is a liar," the lawyer said.'
    assert _parties(nlp, text, "liar") == (["lawyer"], ["she"])


def test_the_noun_a_reported_relative_clause_is_on_is_judged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Troops were hunting a commander they say is responsible for several ambushes."
    assert _parties(nlp, text, "responsible") == (["they"], ["commander"])
