"""Words of intent that announce no political act (events_intents), next to those that do,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def types(text: str, nlp) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.type for e in events(nlp, text)}


def test_an_intent_to_an_everyday_act_is_no_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in types("Apple plans to launch a new phone next month.", nlp)
    assert "AGREE" not in types("I'm eager to try the recipe this weekend.", nlp)
    assert "AGREE" not in types("The fans are ready for the final on Sunday.", nlp)
    assert "AGREE" not in types("The club intends to sign a younger goalkeeper.", nlp)
    assert "AGREE" not in types("You have to be willing to share your photos online.", nlp)


def test_an_intent_to_cooperate_or_of_a_political_actor_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" in types("The rebels are willing to negotiate with the army.", nlp)
    assert "AGREE" in types("Iran offered to release the prisoners.", nlp)
    assert "AGREE" in types("The government plans to hold talks with the strikers.", nlp)
    assert "AGREE" in types("The company is willing to cooperate with the inquiry.", nlp)
    # a plan to act on its own is no agreement (the lead's ruling, vocabulary 1.300.0)
    assert "AGREE" not in types("The government plans to build new ports in the south.", nlp)
    assert "AGREE" in types("Chile is ready to send doctors to the region.", nlp)


def test_a_plan_for_a_thing_is_no_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in types("The firm's expansion plans were shelved in May.", nlp)
    assert "AGREE" not in types("Engineers drew up plans for the new stadium roof.", nlp)
    assert "AGREE" not in types("We're planning our garden for next spring.", nlp)
    assert "AGREE" in types("The mediators presented a peace plan to both sides.", nlp)


def test_promising_as_hopeful_is_no_promise(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in types("The first test results look promising.", nlp)
    assert "AGREE" not in types("It was a promising start for the young striker.", nlp)
    assert "AGREE" in types("The junta is promising to free the detained students.", nlp)
    # read as a progressive verb with a thing as subject, whoever owns it (1.124.0)
    assert "AGREE" not in types("Nintendo's new console is promising at first glance.", nlp)
    assert "AGREE" in types("The mayor is promising a new bridge.", nlp)


def test_an_intent_whose_clause_names_cooperation_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The charity is ready to fly volunteers north to help the flood victims."
    assert "AGREE" in types(text, nlp)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure imposed on others is no cooperation (vocabulary 1.147.0)
        ("The ministry had planned to impose a tariff on imported steel.", set()),
        ("The government plans to levy new duties on cars.", set()),
        ("The two leaders plan to sign a trade deal next month.", {"AGREE", "SUPPORT"}),
    ],
)
def test_an_intent_to_impose_a_measure_is_no_cooperation(  # type: ignore[no-untyped-def]
    nlp, text: str, expected: set[str]
) -> None:
    assert types(text, nlp) == expected


def test_a_participle_on_an_agreement_is_no_act_it_announces(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the accord signed by X", "the deal reached in May": the participle tells what was
    done to the agreement, no act the agreement announces, so it is not flagged future."""
    text = "The sites may only be visited by monitors under the accord signed by the two leaders."
    signed = by_trigger(events(nlp, text), "signed")
    assert not signed.future
    text = "The rebels reached an agreement to release the hostages."
    assert by_trigger(events(nlp, text), "release").future


def test_an_intent_to_travel_is_no_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    """A journey announced by a plain word of intent is no cooperation, whoever intends it;
    one whose clause names a meeting, or an act with an object, stays (vocabulary 1.205.0)."""
    text = "The ministers announced plans to travel to an unnamed city to explain the policy."
    assert "AGREE" not in types(text, nlp)
    assert "AGREE" not in types("The governor made plans to return to the capital at once.", nlp)
    assert "AGREE" not in types("The senator intends to travel to Texas next week.", nlp)
    text = "The foreign minister plans to travel to Beijing for talks with Chinese leaders."
    assert "AGREE" in types(text, nlp)
    assert "AGREE" in types("The government plans to return the seized land to the farmers.", nlp)


def test_readiness_at_short_notice_to_travel_is_no_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    """An adjective of intent's infinitive the parser hangs on the noun of its copula's
    phrase is its content (vocabulary 1.212.0)."""
    text = "Her father is ready at a moment's notice to come to the United States."
    assert "AGREE" not in types(text, nlp)
    text = "Chile is ready at a moment's notice to send doctors to the region."
    assert "AGREE" in types(text, nlp)
