"""Parse mends of parse_mending_headlines: a headline's passive told without "was" and a verb
the parser hung as a conjunct of the object noun before it; sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Nominee praised for her commitment to justice.", "praised", "Nominee"),
        ("Activist jailed for insulting the president.", "jailed", "Activist"),
        ("Minister criticised for remarks on refugees.", "criticised", "Minister"),
    ],
)
def test_a_headline_participle_is_a_passive(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert has(act.targets, target)
    assert not has(act.actors, target)


def test_a_headline_passive_takes_its_by_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, "Senator praised by colleagues for his courage."), "praised")
    assert has(act.actors, "colleagues")
    assert has(act.targets, "Senator")


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("The minister praised the police for their work.", "praised", "minister", "police"),
        ("Police arrested and charged the two men.", "arrested", "Police", "men"),
    ],
)
def test_an_active_verb_with_its_object_stays(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    act = by_trigger(events(nlp, text), trigger)
    assert has(act.actors, actor)
    assert has(act.targets, target)


def test_a_verb_hung_on_an_object_noun_shares_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # (not "In many kidnappings, ...": a pattern of a kind is no event since vocab 1.396.0,
    # the fortieth session's ruling; this one keeps the parse the mending reads)
    text = "In the kidnapping, gangs take the drivers hostage and demand a ransom."
    demand = by_trigger(events(nlp, text), "demand")
    assert demand.type == "REQUEST"
    assert has(demand.actors, "gangs")
    assert not has(demand.targets, "ransom")  # what is asked, no party (vocab 1.379.0)


def test_a_past_tense_read_as_a_noun_is_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In early May, a gunman shot and wounded three people at a warehouse."
    wounded = by_trigger(events(nlp, text), "wounded")
    assert has(wounded.actors, "gunman")
    assert has(wounded.targets, "people")


def test_a_subject_hung_on_the_clause_before_is_the_verb_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Football is a hard game and teammate John Miller was arrested last month."
    arrested = by_trigger(events(nlp, text), "arrested")
    assert has(arrested.targets, "Miller")
    assert not has(arrested.targets, "Football")


def test_a_subject_of_its_own_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    injured = by_trigger(
        events(nlp, "Police arrested Smith and two protesters were injured."), "injured"
    )
    assert has(injured.targets, "protesters")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "The minister does not want to see the farmers punished for the drought.",
            "punished",
            "farmers",
        ),
        ("She wanted her attackers jailed.", "jailed", "attackers"),
    ],
)
def test_a_small_clause_participle_is_a_passive(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    """A passive small clause told without "be" under a verb of seeing or wanting: the one
    the act is done to is its target, never its doer (parse mending v51)."""
    act = by_trigger(events(nlp, text), trigger)
    assert has(act.targets, target)
    assert not has(act.actors, target)


def test_a_seen_clause_with_its_object_stays_active(nlp) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, "They saw the rebels attacked the base."), "attacked")
    assert has(act.actors, "rebels")
