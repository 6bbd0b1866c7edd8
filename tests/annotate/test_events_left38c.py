"""English role leftovers of ECB+ sample ecb27 (left38c; events-vocab 1.356.x, events-roles
1.132.x): a backing one has is given by the "of"-object or the possessor to the holder.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("The rebels have the support of the army.", "support", "army", "rebels"),
        ("The bill has the backing of the president.", "backing", "president", "bill"),
        ("The governor has the full backing of the party leadership.", "backing",
         "party leadership", "governor"),
        ("The bill enjoys the support of most senators.", "support", "most senators", "bill"),
        ("The miners have the sympathy of the whole nation.", "sympathy", "whole nation",
         "miners"),
        ("The rebels won the support of the army.", "support", "army", "rebels"),
        ("The mayor won backing from the unions.", "backing", "unions", "mayor"),
        ("The government has the support of parliament for the reform.", "support",
         "parliament", "government"),
    ],
)  # fmt: skip
def test_a_backing_held_is_given_by_its_of_object_to_the_holder(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    assert parties(nlp, text, trigger) == ([actor], [target])


def test_a_sympathy_held_goes_to_the_holder_from_the_possessor(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, targets = parties(
        nlp, "The families of the victims have our deepest sympathy.", "sympathy"
    )
    assert actors == ["our"]
    assert targets and targets[0].startswith("families")


def test_no_backing_held_is_the_holders_lack_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The party has no support.")
    support = by_trigger(evs, "support")
    assert support.negated
    assert not support.actors
    assert [t.text for t in support.targets] == ["party"]


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("The army gave its support to the rebels.", "support", "army", "rebels"),
        ("The rebels took the city with the backing of the army.", "backing", "army", "rebels"),
    ],
)  # fmt: skip
def test_a_backing_given_keeps_its_parties(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    assert parties(nlp, text, trigger) == ([actor], [target])


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The indictment also said John Smith paid bribes to two customs officers.",
         "indictment", "John Smith"),
        ("The lawsuit claims the officers beat the prisoner.", "lawsuit", "officers"),
        ("The complaint alleges that the mayor threatened a reporter.", "complaint", "mayor"),
    ],
)  # fmt: skip
def test_a_charging_text_is_aimed_at_whom_its_clause_says_did_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    assert parties(nlp, text, trigger)[1] == [target]


def test_a_pronoun_owning_a_law_is_no_party_to_its_repeal(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, targets = parties(nlp, "The opposition wants to repeal our labour laws.", "repeal")
    assert actors == ["opposition"]
    assert "our" not in targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Her testimony came as part of a plea bargain on behalf of her husband, Robert, also "
         "convicted of racketeering.", "Robert"),
        ("Police questioned his cousin, Ben, also arrested in the raid.", "Ben"),
    ],
)  # fmt: skip
def test_a_participle_after_a_name_in_apposition_is_told_of_that_name(  # type: ignore[no-untyped-def]
    nlp, text: str, target: str
) -> None:
    event = next(e for e in events(nlp, text) if e.trigger in ("convicted", "arrested"))
    assert [t.text for t in event.targets] == [target]


def test_an_offence_hung_on_the_prison_of_a_sentence_is_the_sentenced_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Her mother moved to Ohio after divorcing her husband, who was sentenced to two years "
        "in an Ohio penitentiary for stealing a neighbour's truck."
    )
    actors, _ = parties(nlp, text, "stealing")
    assert actors == ["her husband"]


@pytest.mark.parametrize(
    ("text", "resigned"),
    [
        ("She became famous long after quitting work as a model.", False),
        ("He quit smoking last year.", False),
        ("The finance minister quit on Monday.", True),
        ("The minister quit his post after the scandal.", True),
    ],
)
def test_quitting_ones_work_or_a_habit_is_no_resignation(nlp, text: str, resigned: bool) -> None:  # type: ignore[no-untyped-def]
    assert any(e.mode == "resign" for e in events(nlp, text)) is resigned
