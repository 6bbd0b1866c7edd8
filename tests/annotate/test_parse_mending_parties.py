"""Parse mends of a clause's parties (parse_mending_parties) in chronicler_parse_mending_v44:
a question's bare verb read as the object noun of its "do" (left40); in v52 an object's reduced
relative read as a clause of the main verb and a report's occasion hung on its reported clause
(prec42a). Sentences written for the
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


def test_a_reduced_relative_on_an_object_read_as_a_clause_modifies_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "... with the royal commission set up to investigate claims": the model makes "set"
    a past tense hung on the main verb, whose subject then investigates; mended, the
    participle modifies the commission, which investigates (chronicler_parse_mending_v52)."""
    text = (
        "Unions are already voicing their anger with the royal commission set up to "
        "investigate claims of bribery, fraud and violence in the mining industry."
    )
    doc = nlp(text)
    word = next(t for t in doc if t.text == "set")
    assert (word.dep_, word.head.text, word.tag_) == ("acl", "commission", "VBN")
    ev = by_trigger(events(nlp, text), "investigate")
    assert [a.text for a in ev.actors] == ["royal commission"]


def test_a_verb_after_and_with_its_own_object_stays_a_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The rebels attacked the town and tried to seize the bridge.")
    word = next(t for t in doc if t.text == "tried")
    assert (word.dep_, word.head.text) == ("conj", "attacked")


def test_the_occasion_of_a_report_after_its_clause_is_the_reporters(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "X said Y remains ..., in separate calls with Z": the model hangs the "in" phrase on
    the reported verb, so Y made the calls; mended, it is the reporting verb's and X calls
    (chronicler_parse_mending_v52, `report_occasion_nouns`)."""
    text = (
        "Chancellor Weber, meanwhile, said Mr Haddad remains the only credible partner for "
        "peace, in separate calls with President Novak and the Egyptian leader."
    )
    doc = nlp(text)
    prep = next(t for t in doc if t.text == "in")
    assert prep.head.text == "said"
    ev = by_trigger(events(nlp, text), "calls")
    assert [a.text for a in ev.actors] == ["Weber"]


def test_a_place_after_a_reported_clause_stays_the_clauses(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("She said the prisoners were held in cells, in the capital.")
    last_in = [t for t in doc if t.text == "in"][-1]
    assert last_in.head.text != "said"
