"""Acts told as given or done (annotate/events_modality_given.py), on sentences written for
these tests; the flags they lead to are tested in test_events_modality.py."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

from chronicler.annotate.events_modality_given import (
    achieved,
    dated_in_past,
    fled_happening,
    label_put_on,
    recalled_plan,
    standing,
    told_among,
    told_as_done,
)
from chronicler.annotate.events_vocab import load_vocab

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lower_ == text)


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("The opposition described the removal as a coup.", "coup", True),
        ("The minister called the raid a massacre.", "massacre", True),
        ("The army staged a coup.", "coup", False),
    ],
)
def test_a_label_put_on_an_object(nlp, text: str, word: str, label: bool) -> None:  # type: ignore[no-untyped-def]
    assert label_put_on(_word(nlp(text), word), load_vocab().modality) == label


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("Officers were able to apprehend a suspect.", True),
        ("Officers will be able to apprehend a suspect.", False),
    ],
)
def test_an_ability_in_the_past_is_achieved(nlp, text: str, done: bool) -> None:  # type: ignore[no-untyped-def]
    assert achieved(_word(nlp(text), "able"), load_vocab().modality) == done


@pytest.mark.parametrize(
    ("text", "word", "done"),
    [
        ("The ministers agreed that the police arrested them.", "arrested", True),
        ("The ministers agreed that the prisoners would be freed.", "freed", False),
    ],
)
def test_a_clause_told_as_done(nlp, text: str, word: str, done: bool) -> None:  # type: ignore[no-untyped-def]
    clause = _word(nlp(text), word)
    assert told_as_done(clause, clause.dep_, load_vocab().modality) == done


@pytest.mark.parametrize(
    ("text", "recalled"),
    [
        ("The group planned the attacks.", True),
        ("The group planned an attack.", False),
        ("The group will plan the attacks.", False),
    ],
)
def test_a_definite_act_planned_in_the_past_is_recalled(nlp, text: str, recalled: bool) -> None:  # type: ignore[no-untyped-def]
    token = next(t for t in nlp(text) if t.lower_ in ("attacks", "attack"))
    assert recalled_plan(token, token.head, load_vocab().modality) == recalled


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        ("They will build on the partnership that has existed for years.", True),
        ("They want the partnership that will end the war.", False),
    ],
)
def test_an_act_with_its_own_past_relative_clause_stands(nlp, text: str, stands: bool) -> None:  # type: ignore[no-untyped-def]
    assert standing(_word(nlp(text), "partnership"), load_vocab().modality) == stands


@pytest.mark.parametrize(
    ("text", "word", "dated"),
    [
        ("They are suspected of blowing up a jet over Scotland in 1988.", "blowing", True),
        ("She is charged with killing two women 41 years ago.", "killing", True),
        ("He is accused of killing the doctor last October.", "killing", True),
        ("He was charged with murdering the guard.", "murdering", False),
        ("He is accused of killing the guard on duty.", "killing", False),
    ],
)
def test_an_act_dated_in_the_past(nlp, text: str, word: str, dated: bool) -> None:  # type: ignore[no-untyped-def]
    assert dated_in_past(_word(nlp(text), word), load_vocab().modality) == dated


@pytest.mark.parametrize(
    ("text", "word", "fled"),
    [
        ("The farmer was shot as he tried to flee a police raid on his farm.", "raid", True),
        ("Hundreds of families escaped the shelling of the port.", "shelling", True),
        ("The smuggler escaped arrest by hiding in a truck.", "arrest", False),
        ("The guards planned a raid on the camp.", "raid", False),
    ],
)
def test_an_act_fled_is_under_way(nlp, text: str, word: str, fled: bool) -> None:  # type: ignore[no-untyped-def]
    assert fled_happening(_word(nlp(text), word), load_vocab().modality) == fled


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an act in the "of" phrase of a noun of fear or risk is feared (vocabulary 1.408.1)
        ("The guards stayed inside for fear of reprisals by the militia.", "reprisals"),
        ("The risk of arrest kept the reporters away from the border.", "arrest"),
        ("Fears of a coup grew in the capital this week.", "coup"),
    ],
)
def test_act_in_a_fear_nouns_phrase_is_feared(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).hypothetical


def test_act_after_a_fear_noun_is_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The fear in the town grew after the arrest of the mayor."
    assert not by_trigger(events(nlp, text), "arrest").hypothetical


@pytest.mark.parametrize(
    ("text", "word", "among"),
    [
        ("The envoy worked to calm unrest among the hill tribes.", "unrest", True),
        ("The envoy worked to calm the unrest among the hill tribes.", "unrest", False),
        ("The envoy worked to calm unrest in the hills.", "unrest", False),
    ],
)
def test_a_bare_act_noun_told_among_a_group(nlp, text: str, word: str, among: bool) -> None:  # type: ignore[no-untyped-def]
    """modality 1.191.0 (prec43a); a definite one is given by definite_or_owned."""
    assert told_among(_word(nlp(text), word)) is among


def test_unrest_a_verb_of_calming_counters_goes_on(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "to calm unrest among the tribes": the unrest is going on, its calmer no party; "the
    protests" a calming verb takes, definite, too (modality 1.191.0, prec43a)."""
    text = "The governor has been working with the army to calm unrest among the hill tribes."
    ev = by_trigger(events(nlp, text), "unrest")
    assert not (ev.future or ev.hypothetical) and not ev.actors
    ev = by_trigger(events(nlp, "The army tried to calm the protests."), "protests")
    assert not (ev.future or ev.hypothetical) and not ev.actors


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The motive is not explained in the indictment against the mayor.", "indictment"),
        ("The rebels may have been behind the bombing of the station.", "bombing"),
        ("The rebels have agreed to UN monitoring in the peace talks with the army.", "talks"),
    ],
)
def test_a_given_act_in_a_scene_phrase_keeps_no_denial_doubt_or_intent(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    """A definite or owned act noun in an "in", "at" or "behind" phrase is the scene of what
    the governor tells, given (modality 1.209.0)."""
    e = by_trigger(events(nlp, text), trigger)
    assert not (e.negated or e.hypothetical or e.future)


def test_a_given_act_in_a_scene_phrase_keeps_a_tense_to_come(nlp) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, "The envoy will mediate in the talks next week."), "talks").future


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The officials tried to obstruct the inquiry into the massacre.", "inquiry"),
        ("The lawyers would have dropped the lawsuit against the paper.", "lawsuit"),
        ("The army vowed to put an end to the raids on the villages.", "raids"),
        ("The president called for an end to the attacks on civilians.", "attacks"),
    ],
)
def test_an_act_hindered_dropped_or_ended_is_under_way(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """What a verb of hindering, dropping or ending takes (a definite act), or what the "to"
    phrase of a noun of ending names, goes on or was made (modality 1.209.0)."""
    e = by_trigger(events(nlp, text), trigger)
    assert not (e.negated or e.hypothetical or e.future)


def test_an_indefinite_act_to_obstruct_stays_with_the_attempt(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The officials tried to obstruct an inquiry into the massacre."
    assert by_trigger(events(nlp, text), "inquiry").hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "The rebels did not participate in the talks.",
        "The minister did not take part in the talks.",
    ],
)
def test_the_phrase_of_taking_part_is_no_scene(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The "in" phrase of a verb of taking part names the subject's own act, denied with it
    (modality 1.209.3)."""
    assert by_trigger(events(nlp, text), "talks").negated
