"""English participants of the thirty-eighth session's second wave (left38d): a "they" after an
act of force that answers it is the group forced (events-roles 1.135.0); what a consideration
such as security requires is no request (events-vocab 1.360.0)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "not_doer"),
    [
        (
            "Police arrested two students on Monday. They fled the country.",
            "fled",
            "students",
            "police",
        ),
        (
            "Soldiers detained three activists. They escaped from the camp.",
            "escaped",
            "activists",
            "soldiers",
        ),
        # not an act one answers force with: the subject group, as before
        (
            "Police arrested two students. They accused the pair of theft.",
            "accused",
            "police",
            "students",
        ),
        (
            "Police stopped the rioters near the square. They fired tear gas.",
            "fired",
            "police",
            "rioters",
        ),
    ],
)
def test_a_they_answering_force_is_the_group_forced(nlp, text, trigger, doer, not_doer) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert has(event.actors, doer) and not has(event.actors, not_doer), [
        a.text for a in event.actors
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The school closed because security required it.",
        "The border stayed shut because security demanded it.",
        "Circumstances demanded a swift change.",
    ],
)
def test_what_a_consideration_requires_is_no_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "REQUEST"], text


def test_guards_called_security_still_require(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "Security required visitors to leave the hall."), "required")
    assert event.type == "REQUEST" and has(event.targets, "visitors")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The gunman fled after the shooting.", "shooting", "gunman"),
        ("The bomber was identified after the attack.", "attack", "bomber"),
    ],
)
def test_a_doer_named_by_the_deed_did_the_attack_of_its_time_phrase(
    nlp, text, trigger, doer
) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert event.type == "ASSAULT" and has(event.actors, doer), [a.text for a in event.actors]


def test_a_bare_attack_noun_with_no_doer_beside_it_stays_a_recall(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, "Police arrived after the shooting.") if e.type == "ASSAULT"]


def test_the_subject_of_a_question_with_do_is_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "police" the parser hung as a compound on "arrest" (chronicler_parse_mending_v32)."""
    doc = nlp("Whom did the police arrest?")
    police = next(t for t in doc if t.lower_ == "police")
    assert police.dep_ == "nsubj" and police.head.lower_ == "arrest"
    event = by_trigger(events(nlp, "Whom did the police arrest?"), "arrest")
    assert has(event.actors, "police"), [a.text for a in event.actors]


@pytest.mark.parametrize(
    ("text", "doer"),
    [("Jones fired first.", "Jones"), ("The gunman fired twice before fleeing.", "gunman")],
)
def test_fired_with_no_object_is_a_shot(nlp, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), "fired")
    assert (event.type, event.mode) == ("ASSAULT", "firearms") and has(event.actors, doer)


@pytest.mark.parametrize(
    "text",
    ["The engine fired.", "Smith was fired on Monday.", "He fired off an angry letter."],
)
def test_fired_of_a_thing_a_dismissal_or_words_is_no_shot(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"], text


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Employee Tom Reyes tells the paper that he fought with the masked man.", "fought", "man"),
        ("The guard told the reporters that he attacked the intruder.", "attacked", "intruder"),
    ],
)
def test_a_that_clause_told_to_someone_is_no_relative_clause_on_them(
    nlp, text: str, trigger: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    """The one told is no target of what they were told ("tells the paper that he fought":
    the paper was told; events-roles 1.139.0), while "the man that police arrested" stays."""
    targets = [t.text for t in by_trigger(events(nlp, text), trigger).targets]
    assert any(target in t for t in targets) and not any(
        "paper" in t or "reporters" in t for t in targets
    ), (text, targets)
    arrest = by_trigger(events(nlp, "The man that police arrested was released."), "arrested")
    assert [t.text for t in arrest.targets] == ["man"]
