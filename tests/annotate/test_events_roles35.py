"""Roles on ECB+ news, round 35 (roles 1.90.0, vocabulary 1.310.0): a single person noun
carrying out an act does it; a town a theft happened in is no target; "it" never stands for
a person, and an act noun that is a label has no labeller as its doer; who foils, prevents or
breaks up an act is no party to it, and an act broken up was under way; a courtesy title with
no name names no one; a suit people are in is clothing; a quoted question is no request.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("An armed man carried out a robbery at a petrol station.", "robbery", "armed man"),
        ("A lone attacker carried out a stabbing at the market.", "stabbing", "attacker"),
        ("A woman carried out an attack on a police officer.", "attack", "woman"),
    ],
)
def test_one_person_carries_out_the_act(nlp, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, text, trigger)
    assert any(actor in a for a in actors)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen robbed a bank in Lyon on Friday.", "robbed"),
        ("Masked men carried out a robbery at a jewellery fair in Nice.", "robbery"),
        ("Thieves stole paintings from a gallery in Madrid.", "stole"),
    ],
)
def test_town_of_a_theft_is_no_target(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, text, trigger)
    assert not any(town in t for t in targets for town in ("Lyon", "Nice", "Madrid"))


def test_owner_robbed_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "Gunmen robbed the Smith family's home in Leeds.", "robbed")
    assert any("Smith" in t for t in targets)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The chief said it was an unlawful shooting.", "shooting"),
        ("The senator disagreed, saying it was an illegal arrest.", "arrest"),
        ("The mayor called it a brutal crackdown.", "crackdown"),
        ("Mr. Okafor concurred, saying it appeared to be a lawful shooting.", "shooting"),
    ],
)
def test_speaker_or_labeller_is_no_doer(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, text, trigger)
    assert actors == []


def test_body_saying_it_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, "The army said it would launch an offensive.", "offensive")
    assert any("army" in a for a in actors)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police foiled the attack on the embassy.", "attack"),
        ("Security forces thwarted a bombing in the capital.", "bombing"),
        ("A guard broke up the fight in the yard.", "fight"),
    ],
)
def test_who_stops_an_act_is_no_party(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, text, trigger)
    assert actors == []


def test_act_broken_up_was_under_way(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two neighbours who tried to break up the attack were hurt."
    event = by_trigger(events(nlp, text), "attack")
    assert not event.hypothetical and not event.negated
    assert event.actors == ()


def test_prevented_act_stays_a_goal(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "Guards tried to prevent an attack on the prison."), "attack")
    assert event.hypothetical or event.negated


def test_bare_title_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "Three bullets hit Mr."), "hit")
    assert event.targets == ()
    _, targets = parties(nlp, "Three bullets hit Mr. Ahmed.", "hit")
    assert any("Ahmed" in t for t in targets)


@pytest.mark.parametrize(
    "text",
    [
        "Five men in business suits were arrested outside the embassy.",
        "A man in a dark suit left the court.",
        "Workers in protective suits cleaned the site.",
    ],
)
def test_suit_worn_is_no_lawsuit(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not codings(nlp, text, "suits") and not codings(nlp, text, "suit")


def test_lawsuit_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The family filed a civil suit against the city."
    assert [e.type for e in events(nlp, text) if "suit" in e.trigger] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    ['The senator asks: "Who ordered the raid?"', 'The judge asked, "Where were you that night?"'],
)
def test_quoted_question_is_no_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "REQUEST"]


def test_request_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister asked the rebels to lay down their arms."
    assert codings(nlp, text, "asked") == ["REQUEST/None"]


@pytest.mark.parametrize(
    "text",
    [
        "At this stage, nobody is thought to have been injured.",
        "Nobody is believed to have been killed in the blast.",
    ],
)
def test_raised_negative_subject_negates(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events(nlp, text) if e.type == "ASSAULT")
    assert event.negated


def test_raised_counted_subject_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "Two people are thought to have been injured."), "injured")
    assert not event.negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("People are afraid of retaliation.", "retaliation"),
        ("Residents were wary of reprisals by the militia.", "reprisals"),
    ],
)
def test_act_feared_is_hypothetical(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).hypothetical


def test_act_told_is_not_feared(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not by_trigger(events(nlp, "The retaliation was swift."), "retaliation").hypothetical
