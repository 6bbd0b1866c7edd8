"""Roles on ECB+ news, round 37 (roles 1.113.0, modality 1.130.0): a theft or an attack noun
that re-names what a verb's subject did in its "in" phrase takes that subject as its doer; an
appeal goes against the decision, to the court, by the one sentenced; the object pronoun of a
relative clause is not the noun the clause hangs on; an attack noun as the agent of a passive
verb of damage is aimed at what it damaged; a capacity to stand trial leaves the trial ahead;
a definite act whose link to something else is conditional happened. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Two men snatched watches from a boutique in one of the largest heists in history.",
         "heists", "men"),
        ("Masked thieves stole paintings from the museum in one of the largest art heists in "
         "history.", "heists", "Masked thieves"),
        ("Gunmen shot dead six villagers in an attack on a market.", "attack", "Gunmen"),
    ],
)  # fmt: skip
def test_an_act_noun_in_the_in_phrase_renames_the_verbs_act(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str
) -> None:
    actors, _ = parties(nlp, text, trigger)
    assert actors == [actor]


def test_a_passive_subject_does_not_do_the_act_it_undergoes_in(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "A guard was shot in the robbery at the bank.")
    robbery = [e for e in evs if e.trigger == "robbery"]
    assert all(not e.actors for e in robbery)


def test_the_heist_is_aimed_at_whom_the_loot_was_taken_from(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Armed robbers snatched diamonds from a dealer in one of the largest heists in years."
    actors, targets = parties(nlp, text, "heists")
    assert actors == ["Armed robbers"]
    assert targets == ["dealer"]


@pytest.mark.parametrize(
    ("text", "appellant", "court"),
    [
        ("Smith's death sentence will be automatically appealed to the state Supreme Court.",
         "Smith", "Supreme Court"),
        ("The man's conviction will be appealed to the Supreme Court.", "man", "Supreme Court"),
    ],
)  # fmt: skip
def test_an_appeal_goes_against_the_decision_to_the_court(  # type: ignore[no-untyped-def]
    nlp, text: str, appellant: str, court: str
) -> None:
    actors, targets = parties(nlp, text, "appealed")
    assert actors == [appellant]
    assert len(targets) == 1 and court in targets[0]


def test_a_relative_clauses_object_pronoun_is_not_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Smith was arrested on Monday. The senator, who had criticised him for years, left."
    actors, targets = parties(nlp, text, "criticised")
    assert actors == ["senator"] and targets == ["Smith"]


def test_an_attack_damaging_in_the_passive_is_aimed_at_what_it_damaged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The school was badly damaged by fire on Friday, and police suspect arson."
    ev = by_trigger(events(nlp, text), "fire")
    assert [t.text for t in ev.targets] == ["school"]
    assert ev.hypothetical  # arson only suspected


def test_a_capacity_to_stand_trial_leaves_the_trial_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A judge ruled that Smith was competent to stand trial on murder charges."
    assert by_trigger(events(nlp, text), "stand trial").hypothetical
    # one found unfit will not be tried: the trial is denied (pron37's reading, merged)
    text = "Doctors said Smith was unfit to stand trial."
    assert by_trigger(events(nlp, text), "stand trial").negated


def test_a_definite_act_whose_link_is_conditional_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police asked whether the attack was linked to the election."
    assert not by_trigger(events(nlp, text), "attack").hypothetical
    text = "If an attack is linked to the group, the government will respond."
    assert by_trigger(events(nlp, text), "attack").hypothetical


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The robbers tied up the shop owner and stole his watches.", "shop owner"),
        ("Mary Smith said thieves stole her car on Monday.", "Mary Smith"),
    ],
)
def test_whose_loot_a_pronoun_tells_is_the_theft_target(nlp, text: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, text, "stole")
    assert targets == [owner]


def test_the_thieves_own_loot_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, targets = parties(nlp, "The gang stole their getaway car from a parking lot.", "stole")
    assert actors == ["gang"] and targets == []


def test_a_reduced_passive_undergoes_the_act_it_is_in(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two bystanders killed and three injured in the crossfire, police said."
    for ev in events(nlp, text):
        assert "bystanders" not in [a.text for a in ev.actors]


def test_charges_an_indictment_brings_are_against_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "The indictment brought new charges against the mayor.", "indictment")
    assert targets == ["mayor"]


def test_an_act_set_a_deadline_is_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He was ordered to be transferred within 10 days to the state prison."
    assert by_trigger(events(nlp, text), "transferred").future
    text = "The prisoners were released within 24 hours."
    assert not by_trigger(events(nlp, text), "released").future
