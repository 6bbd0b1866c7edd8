"""Roles round 30b on ECB+ news (events-roles 1.60.0): the body a "which" clause on a named
person's "of"-phrase is about, the one asked in the passive, the
one tried in a trial that sets a verdict, and the party whose comments an act is aimed at.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            '"That is simply wrong," said attorney Ana Ruiz of the Civil Liberties Union, '
            "which is suing the state over the law.",
            "suing",
            "Civil Liberties Union",
        ),
        (
            '"We will fight this," said spokesman John Reed of the Farmers Union, which has '
            "organized the protests.",
            "protests",
            "Farmers Union",
        ),
    ],
)
def test_which_on_a_person_is_about_the_body_named(nlp, text, trigger, actor) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, text, trigger)
    assert any(actor in a for a in actors)
    assert not any("Ruiz" in a or "Reed" in a for a in actors)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Witnesses are asked to contact Kent Police on the number below.", ["Witnesses"]),
        ("Anyone with information about the robbery is asked to call the police.", ["Anyone"]),
        ("Residents were urged to contact the city council.", ["Residents"]),
    ],
)
def test_one_asked_in_the_passive_is_the_target(nlp, text, targets) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    request = next(e for e in evs if e.type == "REQUEST")
    assert [t.text for t in request.targets] == targets


def test_an_active_request_keeps_its_object(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "Police asked witnesses to contact them.", "asked") == (
        ["Police"],
        ["witnesses"],
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("In a criminal trial, the former minister was convicted of bribery.", "former minister"),
        ("At the trial, the jury acquitted the colonel.", "colonel"),
    ],
)
def test_a_trial_setting_a_verdict_is_the_trial_of_the_one_judged(nlp, text, target) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, "trial")[1] == [target]


def test_a_trial_setting_no_verdict_names_no_one_tried(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "During the trial, a witness was threatened.", "trial")[1] == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The administration ignored comments from thousands of citizens.", "citizens"),
        ("The ministry ignored objections from 500 scientists.", "scientists"),
    ],
)
def test_what_a_party_said_stands_for_the_party(nlp, text, target) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, text, "ignored")
    assert len(targets) == 1 and target in targets[0]
    assert "comments" not in targets[0] and "objections" not in targets[0]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "During a visit to the Justice Ministry, the president said the reforms would "
            "continue.",
            "president",
            "the Justice Ministry",
        ),
        (
            "During a visit to Paris, the prime minister met the French president.",
            "prime minister",
            "Paris",
        ),
    ],
)
def test_a_visit_set_as_a_clauses_occasion_is_its_subjects(nlp, text, actor, target) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, "visit") == ([actor], [target])


def test_a_visit_by_someone_keeps_its_visitor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "After a visit by the pope, protesters rallied in the square."
    assert parties(nlp, text, "visit")[0] == ["pope"]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "The tapes revealed the president's efforts to obstruct the inquiry.",
            "obstruct",
            "president",
        ),
        ("An attempt by the general to seize power failed.", "seize", "general"),
        ("The army's bid to retake the town stalled.", "retake", "army"),
    ],
)
def test_whose_effort_an_infinitive_names_does_it(nlp, text, trigger, actor) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger)[0] == [actor]
