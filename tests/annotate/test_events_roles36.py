"""Roles on ECB+ news, round 36 (roles 1.102.0, vocabulary 1.324.0): shots counted by a
total or a quantity are the means, whom they were fired at the target; an inquiry ordered is
no target; a safe something was taken from stands for its owner; a "then" step shares the
subject of the verb before it; the word of arson a fire is read through is no party, and an
arson only likely or suspected leaves the fire hypothetical. Then (roles 1.102.1, vocabulary
1.324.1): a temblor kills no one, a visit to one's own kin is family life, a licensing deal is
business, a threat from nature threatens no one, a judge's ruling is no agreement, a denial
takes no party of what it denies, and a site acted on is the target, not its town. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Both soldiers fired a total of 9 shots at the man.", "man"),
        ("Both soldiers fired dozens of shots at the man.", "man"),
        ("The two deputies fired a total of 14 rounds at the gunman.", "gunman"),
    ],
)
def test_counted_shots_are_the_means(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, text, "fired")
    assert targets == [target]


def test_counted_shots_into_the_air_hit_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "Both soldiers fired dozens of shots into the air.", "fired")
    assert targets == []


def test_total_counts_the_people(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "Police arrested a total of 12 protesters.", "arrested")
    assert targets == ["protesters"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The president ordered a review of the policy.", "ordered"),
        ("The mayor issued a statement while ordering a review of police tactics.", "ordering"),
        ("The family requested an independent autopsy.", "requested"),
    ],
)
def test_inquiry_asked_is_no_target(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    actors, targets = parties(nlp, text, trigger)
    assert actors and targets == []


def test_one_ordered_to_review_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The governor ordered the state police to conduct a review."
    _, targets = parties(nlp, text, "ordered")
    assert targets == ["state police"]


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        (
            "Gunmen stole $2 million from the safe in the home of a wealthy farmer.",
            "stole",
            "farmer",
        ),
        (
            "Thieves raided the fair, stealing paintings from the safe of a Belgian dealer.",
            "stealing",
            "dealer",
        ),
    ],
)
def test_safe_stands_for_its_owner(nlp, text: str, trigger: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, text, trigger)
    assert len(targets) == 1 and owner in targets[0]


def test_safe_with_no_owner_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "Robbers stole $1 million from a safe in Nice.", "stole")
    assert targets == []


def test_thing_seized_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "Police seized the safe.", "seized")
    assert targets == ["safe"]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Garrison Black escaped on Friday. He put on a guard's jacket, then stole two rifles.",
            "stole",
            "Garrison Black",
        ),
        ("The gunman entered the bank, then shot two guards.", "shot", "gunman"),
        ("Rebels seized the town, then executed three officials.", "executed", "Rebels"),
    ],
)
def test_then_step_shares_the_subject(nlp, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, text, trigger)
    assert actors == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Arson is likely, given that the fire broke out at 3 a.m. in an empty building.",
        "Police said arson was possible, since the fire started in two places.",
        "A suspected arson fire destroyed the church.",
        "Arson is suspected in the fire at the school.",
    ],
)
def test_arson_only_likely_leaves_the_fire_hypothetical(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    fire = by_trigger(events(nlp, text), "fire")
    assert fire.type == "ASSAULT" and fire.hypothetical
    assert not any("arson" in t.text.lower() for t in fire.targets)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The fire at the warehouse was arson, police said.", "warehouse"),
        ("Investigators believe the fire at the mosque was arson.", "mosque"),
    ],
)
def test_arson_told_leaves_the_fire_as_it_is(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    fire = by_trigger(events(nlp, text), "fire")
    assert not fire.hypothetical and [t.text for t in fire.targets] == [place]


def test_arsonist_stays_the_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, "An arsonist started the fire at the store.", "fire")
    assert actors == ["arsonist"]


# Second batch (roles 1.102.1, vocabulary 1.324.1).


@pytest.mark.parametrize(
    "text",
    [
        "That temblor killed at least six people and injured almost 50.",
        "The tremor injured 12 villagers.",
    ],
)
def test_earthquake_by_other_words_kills_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Sarah was visiting her mum in Leeds, where she was at college.",
        "Sarah was visiting her mother in Leeds.",
    ],
)
def test_visit_to_own_kin_is_family_life(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "CONSULT"]


def test_public_role_visiting_kin_is_family_life_too(nlp) -> None:  # type: ignore[no-untyped-def]
    # a public role's visit to its own kin stayed a CONSULT until the fortieth session, when
    # prec40b's `visit-kin` made a visit to one's relative private life whoever makes it (the
    # lead's ruling: a consultation is between parties, a family visit is none)
    text = "The president visited his daughter at the hospital."
    assert [e.type for e in events(nlp, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The singer signed a lucrative licensing and merchandising deal that helped her.",
        "The agent used her photos for a lucrative licensing deal.",
    ],
)
def test_licensing_deal_is_business(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type in ("AGREE", "SUPPORT")]


@pytest.mark.parametrize(
    "text",
    [
        "The bear was listed as threatened due to the threat from global warming.",
        "Farmers face a threat from drought this summer.",
    ],
)
def test_threat_from_nature_threatens_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "THREATEN"]


def test_threat_from_a_party_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The country faces a threat from Islamist militants."
    assert [e.type for e in events(nlp, text)] == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "It remains unclear whether a judge will accept his placement at the clinic.",
        "The judge agreed with the prosecutors.",
    ],
)
def test_judge_ruling_is_no_agreement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "AGREE"]


def test_state_accepting_stays_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Iran accepted the proposal of the mediators."
    assert "AGREE" in [e.type for e in events(nlp, text)]


def test_denial_takes_no_party_of_the_denied_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister denied reports that he had met the rebels."
    denial = by_trigger(events(nlp, text), "denied")
    assert not any("rebels" in t.text for t in denial.targets)


def test_accuser_of_a_denial_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "The army denied the rebels' claims.", "denied")
    assert targets == ["rebels"]


@pytest.mark.parametrize(
    ("text", "trigger", "site"),
    [
        ("Vandals set fire to a supermarket in Bristol.", "set fire", "supermarket"),
        ("Soldiers raided a hospital in Gaza.", "raided", "hospital"),
        ("Gunmen attacked a church in Lagos.", "attacked", "church"),
    ],
)
def test_site_acted_on_is_the_target_not_its_town(nlp, text: str, trigger: str, site: str) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, text, trigger)
    assert targets == [site]


def test_curfew_in_a_town_keeps_the_town(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "The army imposed a curfew in Jericho.", "curfew")
    assert targets == ["Jericho"]


def test_store_owner_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Robbers targeted a jewellery store owned by Ahmed Khan."
    _, targets = parties(nlp, text, "targeted")
    assert targets == ["Ahmed Khan"]
