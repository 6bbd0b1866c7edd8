"""Leftovers noticed on real news, round 35 (left35): a name the parser hangs as an adverb
after the verb, a pronoun told before the name it stands for, and more. Sentences written
here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "judged"),
    [
        ("A jury acquitted John Smith.", "acquitted", "smith"),  # "Smith" an npadvmod
        ("A jury acquitted Smith.", "acquitted", "smith"),
        ("A jury convicted Maria Lopez of fraud.", "convicted", "lopez"),
    ],
)
def test_the_one_judged_is_the_target_however_the_name_is_hung(nlp, text, trigger, judged) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert has(event.targets, judged)
    assert has(event.actors, "jury")


def test_a_date_hung_as_an_adverb_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "Rebels attacked Monday."), "attacked")
    assert not event.targets


@pytest.mark.parametrize(
    ("text", "trigger", "person"),
    [
        ("Before police arrested him, Peter Brown fled to Spain.", "arrested", "brown"),
        ("When a jury acquitted her, Mary Jones wept.", "acquitted", "jones"),
    ],
)
def test_a_pronoun_in_a_fronted_clause_goes_with_the_main_subject(
    nlp, text, trigger, person
) -> None:  # type: ignore[no-untyped-def]
    assert has(by_trigger(events(nlp, text), trigger).targets, person)


def test_a_person_named_before_still_comes_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police were looking for Peter Brown. When officers arrested him, Ana Ruiz wept."
    assert has(by_trigger(events(nlp, text), "arrested").targets, "brown")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Thousands protested against the government's pension reform.", "government"),
        ("Thousands protested against the reform passed by parliament.", "parliament"),
        ("Workers marched against the new labour law on Monday.", None),
        ("Thousands protested against the pension reform.", None),
    ],
)
def test_a_protest_is_aimed_at_the_body_behind_a_policy_or_none(nlp, text, body) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events(nlp, text) if e.type == "PROTEST")
    assert [t.text for t in event.targets] == ([body] if body else [])


@pytest.mark.parametrize(
    "text",
    [
        "The teacher who saw the boy says he hit him.",
        "The teacher who saw the boy said he hit him.",
    ],
)
def test_a_person_in_the_reporters_relative_clause_is_no_reporter(nlp, text) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    says = next(t for t in doc if t.lower_ in ("says", "said"))
    assert says.dep_ == "ROOT"  # mended: was a second relative clause of "teacher"
    assert [c.lower_ for c in says.children if c.dep_ == "nsubj"] == ["teacher"]
    event = by_trigger(events(nlp, text), "hit")
    assert not has(event.actors, "boy")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Police stopped the rioters near the square. They fired tear gas.", "fired", "police"),
        ("The rebels clashed with troops. They burned two villages.", "burned", "rebels"),
    ],
)
def test_they_after_two_groups_is_the_subject_group(nlp, text, trigger, doer) -> None:  # type: ignore[no-untyped-def]
    assert has(by_trigger(events(nlp, text), trigger).actors, doer)


def test_they_after_an_organisation_is_that_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Hamas claimed the attack on Sunday. They said the fighters had been killed."
    killed = by_trigger(events(nlp, text), "killed")
    assert [p.text for p in killed.reported_by] == ["Hamas"]


@pytest.mark.parametrize(
    "text",
    [
        "357 Magnum and opened fire, killing two women before being taken into custody.",
        "He pulled out a Kalashnikov and opened fire, killing two guards.",
    ],
)
def test_a_gun_by_its_make_is_no_party(nlp, text) -> None:  # type: ignore[no-untyped-def]
    for event in events(nlp, text):
        assert not has(event.actors, "magnum") and not has(event.targets, "magnum")
        assert not has(event.actors, "kalashnikov")


@pytest.mark.parametrize(
    "text",
    [
        "Police put the march, to mark the strike, at 30,000 people.",
        "Police put the rally, held to mark the strike, at 30,000.",
    ],
)
def test_who_estimates_a_crowd_is_none_of_it(nlp, text) -> None:  # type: ignore[no-untyped-def]
    for event in events(nlp, text):
        assert not has(event.actors, "police")


@pytest.mark.parametrize(
    "text",
    [
        "The council issued a statement condemning the attack.",
        "The council released a statement denouncing the raid.",
    ],
)
def test_the_issuer_of_a_statement_is_its_condemner(nlp, text) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events(nlp, text) if e.type == "ACCUSE")
    assert [a.text for a in event.actors] == ["council"]


def test_a_text_its_authors_untold_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The assembly rejected a resolution that condemned the raid."
    assert by_trigger(events(nlp, text), "condemned").actors == ()
    adopted = "The council adopted a resolution that condemned the attack."
    assert has(by_trigger(events(nlp, adopted), "condemned").actors, "council")
