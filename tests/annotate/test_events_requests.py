"""Words of asking or demanding that report no request: a question, a claim, what a norm or
a document requires, a naming (annotate/events_requests.py), on sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, check_says, events, has

from chronicler.annotate.events_match import match_rule
from chronicler.annotate.events_requests import naming, norm_not_request
from chronicler.annotate.events_vocab import load_vocab

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def types(text: str, nlp) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.type for e in events(nlp, text)}


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("The senator called the general a liar.", True),
        ("A new standard called PD raised the peak wattage.", True),
        ("The opposition called on the army to stand aside.", False),
        ("The opposition called for new elections.", False),
    ],
)
def test_naming_someone_something_asks_for_nothing(nlp, text: str, rejected: bool) -> None:  # type: ignore[no-untyped-def]
    """Under the rule of a call for something (the vocabulary matches no request on "called
    X a Y" at all), a naming is told apart from a call on someone."""
    call = next(t for t in nlp("The opposition called for new elections.") if t.lower_ == "called")
    rule = match_rule(call, load_vocab())
    assert rule is not None and rule.type == "REQUEST"
    assert (check_says(nlp, text, "called", naming, rule) is not None) == rejected


@pytest.mark.parametrize(
    ("text", "word", "rejected"),
    [
        ("The constitution demands a new vote.", "demands", True),
        ("The treaty bans such weapons.", "bans", True),
        ("The unions demanded a new vote.", "demanded", False),
    ],
)
def test_what_a_norm_requires_or_forbids_is_no_ones_act(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, rejected: bool
) -> None:
    assert (check_says(nlp, text, word, norm_not_request) is not None) == rejected


def test_a_question_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "When asked whether the talks would resume, the minister smiled."
    assert "REQUEST" not in types(text, nlp)
    assert "REQUEST" in types("The minister asked the rebels to resume talks.", nlp)


def test_asking_how_is_a_question(nlp) -> None:  # type: ignore[no-untyped-def]
    # the question word hung on the adverb it asks about (vocabulary 1.170.0)
    assert "REQUEST" not in types("The senator asked how long the inquiry would take.", nlp)
    assert "REQUEST" not in types("Reporters asked how much the new jets would cost.", nlp)
    assert "REQUEST" in types("The senator asked the envoy to extend the truce.", nlp)


def test_a_question_without_content_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in types('"Why now?" the senator asked.', nlp)
    assert "REQUEST" not in types("The reporter demanded how he could be so sure.", nlp)
    assert "REQUEST" in types("The unions demanded higher wages from the government.", nlp)
    assert "REQUEST" in types("The senator asked the court for a delay.", nlp)


def test_insisting_on_a_fact_is_a_claim_not_a_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in types("The president insists his tactics will work.", nlp)
    assert "REQUEST" not in types("She insisted that she was innocent.", nlp)
    assert "REQUEST" in types("The protesters insisted that the prisoners be released.", nlp)
    assert "REQUEST" in types("The EU insisted that Iran must free the sailors.", nlp)


def test_an_insistence_on_a_fact_is_a_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    """The noun's "that" clause tells a claim as the verb's does (vocabulary 1.179.0)."""
    text = "The premier's insistence that the cuts are vital failed to sway the unions."
    assert "REQUEST" not in types(text, nlp)
    text = "The union's insistence that the premier must resign angered the cabinet."
    assert "REQUEST" in types(text, nlp)


def test_naming_asks_for_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in types("A new standard called PD raised the peak wattage.", nlp)
    assert "REQUEST" not in types("During the call, he asked about the Brotherhood.", nlp)
    assert "REQUEST" in types("The opposition called for new elections.", nlp)


def test_what_a_document_obliges_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Senator Ruiz's proposal requires the agency to hold hearings": what the proposal
    provides; "the judge required the suspect to report weekly" is asked by the judge."""
    text = "Senator Ruiz's proposal requires the agency to hold public hearings."
    assert not [e for e in events(nlp, text) if e.type == "REQUEST"]
    ev = events(nlp, "The judge required the suspect to report weekly.")[0]
    assert ev.type == "REQUEST" and has(ev.actors, "judge")


def test_a_challenge_to_act_is_a_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "challenged the council to release the figures": a demand of the council (REQUEST),
    no rejection; "challenged the result" keeps its own reading (vocabulary 1.411.0)."""
    ev = by_trigger(
        events(nlp, "The union challenged the council to release the figures."), "challenged"
    )
    assert ev.type == "REQUEST" and has(ev.actors, "union") and has(ev.targets, "council")
    ev = by_trigger(events(nlp, "The opposition challenged the result in court."), "challenged")
    assert ev.type != "REQUEST"
