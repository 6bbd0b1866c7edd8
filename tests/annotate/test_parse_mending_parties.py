"""Parse mends of a clause's parties (parse_mending_parties) in chronicler_parse_mending_v44:
a question's bare verb read as the object noun of its "do" (left40). Sentences written for the
tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "verb", "doer", "undergoer"),
    [
        ("Which leaders did the government arrest?", "arrest", "government", "leaders"),
        ("Which protesters did the army arrest?", "arrest", "army", "protesters"),
    ],
)
def test_a_question_verb_read_as_a_noun_is_the_verb(  # type: ignore[no-untyped-def]
    nlp, text: str, verb: str, doer: str, undergoer: str
) -> None:
    doc = nlp(text)
    word = next(t for t in doc if t.text == verb)
    assert (word.dep_, word.pos_) == ("ROOT", "VERB")
    ev = by_trigger(events(nlp, text), verb)
    assert [a.text for a in ev.actors] == [doer]
    assert [t.text for t in ev.targets] == [undergoer]


def test_a_question_on_an_act_noun_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "did" with a real object noun and no question word stays as parsed."""
    doc = nlp("The government did the arrest.")
    assert next(t for t in doc if t.text == "arrest").dep_ == "dobj"


@pytest.mark.parametrize(
    "text",
    [
        "A frigate foiled a two-boat pirate attack on a tanker crossing the strait on Sunday "
        "capturing 14 raiders on two of the boats.",
        "A coast guard cutter foiled a three-boat raid on the port on Friday capturing 12 gunmen.",
    ],
)
def test_a_foiler_s_capture_is_its_own_and_told(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A participle of capture after the act foiled is what the foiler did (parse mending
    v51): not denied with the act, not done by the act's doers."""
    capture = by_trigger(events(nlp, text), "capturing")
    assert not capture.negated
    assert not has(capture.actors, "pirate")
