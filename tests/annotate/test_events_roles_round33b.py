"""English leftovers of roles round 33 (events-roles 1.76.0, events-vocab 1.290.0): a
headline's bare present read as a noun has its subject as actor, a resignation takes no
target from the accusation it is over, those who only watch a trial's verdict are not tried,
an animal's owner is no target of its killing, an "of" a dashed aside cuts off still names
the victim; walking out of a place, a team's march, odds overcome, "her trials" as hardships
and "the second of six children" are no events. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codings, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Soldiers fire at protesters in the capital", "fire", "Soldiers"),
        ("Troops fire on crowd outside parliament", "fire", "Troops"),
    ],
)
def test_a_headline_bare_present_has_its_subject_as_actor(nlp, text, trigger, actor) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger)[0] == [actor]


def test_a_resignation_takes_no_target_from_the_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The deputy minister resigned over accusations that the agency was bribed."
    assert parties(nlp, text, "resigned") == (["deputy minister"], [])


@pytest.mark.parametrize(
    "text",
    [
        "Families awaited the verdict outside the courthouse.",
        "The relatives of the victims are awaiting the verdict.",
    ],
)
def test_kin_awaiting_a_verdict_are_not_its_target(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, "verdict")[1] == []


def test_the_accused_awaiting_trial_stays_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The former mayor is awaiting trial on fraud charges."
    assert parties(nlp, text, "trial")[1] == ["former mayor"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The family's pet collie was killed by a neighbour.", "killed"),
        ("The farmer's dog was shot by a hunter.", "shot"),
    ],
)
def test_a_killed_pet_is_no_attack_on_its_owner(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == []


def test_a_killed_owner_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "The gang killed the farmer's son.", "killed")[1] == ["farmer's son"]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The murder - never carried out - of Savino was planned by the gang.", "murder", "Savino"),
        ("The assassination -- ordered by the cartel -- of a judge shocked the town.",
         "assassination", "judge"),
    ],
)  # fmt: skip
def test_an_of_cut_off_by_a_dashed_aside_names_the_victim(nlp, text, trigger, target) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger)[1] == [target]


def test_walking_out_of_a_place_is_leaving(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The prisoner walked out of the jail after his sentence ended."
    assert codings(nlp, text, "walked out") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses walked out on Monday over pay.",
        "The union delegates walked out of the talks with management.",
        "The opposition walked out of the meeting.",
    ],
)
def test_a_walkout_stays_a_protest(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, "walked out") == ["PROTEST/strike"]


def test_a_teams_march_in_sports_news_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Saints will march into Detroit on Sunday for the playoff game. The team beat "
        "Chicago last week in a close game. The coach praised the quarterback after the game. "
        "The league has not announced the kickoff time. Fans are expected to fill the stadium "
        "for the game."
    )
    assert [e for e in events(nlp, text) if e.type == "PROTEST"] == []


def test_protesters_marching_stay_a_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of protesters marched into the city centre."
    assert codings(nlp, text, "marched") == ["PROTEST/demo"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Tigers overcame a height advantage to win the game.", "overcame"),
        ("The visitors seized the advantage early in the second half.", "seized"),
    ],
)
def test_odds_overcome_are_no_act(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == []


def test_a_town_seized_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, "The rebels seized the town.", "seized") == ["ASSAULT/seize"]


@pytest.mark.parametrize(
    "text",
    [
        "Despite her trials, the singer kept performing.",
        "The actress spoke openly about her trials and triumphs.",
    ],
)
def test_her_trials_as_hardships_are_no_court_trials(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, "trials") == []


@pytest.mark.parametrize(
    "text", ["His trials for fraud lasted two years.", "Their trials ended in acquittals."]
)
def test_trials_of_a_court_stay(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, "trials") == ["ACCUSE/charge"]


def test_the_second_of_six_children_is_a_rank(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Born the second of six children in a farming family, Lee joined the army."
    assert codings(nlp, text, "second") == []


def test_seconding_a_plan_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The suspect, the second of six children, seconded the plan."
    assert codings(nlp, text, "seconded") == ["SUPPORT/None"]
