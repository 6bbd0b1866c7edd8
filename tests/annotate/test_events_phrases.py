"""Argument phrases (annotate.events_phrases), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, one

from chronicler.annotate.events_phrases import (
    clause_verb,
    direct_objects,
    in_direct_object,
    objects_of,
    relative_head_object,
)

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "Thursday night soldiers detained two union leaders.",
        "The following morning soldiers detained two union leaders.",
    ],
)
def test_a_fronted_time_is_no_part_of_the_subject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the parser folds the time into the subject's phrase as a compound
    ev = one(events(nlp, text), "arrest")
    assert [a.text for a in ev.actors] == ["soldiers"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The trade ministers of Brazil and Argentina met on Friday.", ("brazil", "argentina")),
        (
            "The defence chiefs of Norway, Finland and Sweden held talks.",
            ("norway", "finland", "sweden"),
        ),
    ],
)
def test_names_coordinated_in_an_of_phrase_stay_in_it(  # type: ignore[no-untyped-def]
    nlp, text: str, words: tuple[str, ...]
) -> None:
    """ "the trade ministers of Brazil and Argentina": the ministers of both, one phrase."""
    ev = next(e for e in events(nlp, text) if e.type == "CONSULT")
    (actor,) = ev.actors
    assert all(w in (actor.phrase or "").lower() for w in words), actor


def test_a_list_after_an_of_phrase_is_still_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    """A coordinated common noun after the "of"-phrase is another participant ("the leader
    of Hamas and two of his aides")."""
    ev = next(e for e in events(nlp, "Police detained the leader of Hamas and two of his aides."))
    assert not any("aides" in (t.phrase or "") and "leader" in (t.phrase or "") for t in ev.targets)


def test_a_conjunct_hung_on_another_word_of_a_name_is_still_listed(nlp) -> None:  # type: ignore[no-untyped-def]
    """When the parser hangs a coordinated name on the second word of the first name (its
    first word the subject), the second name is still a member of the list."""
    doc = nlp("Barack Obama and Vladimir Putin will meet in Zurich.")
    from chronicler.annotate.events_phrases import expand

    barack, obama, putin = doc[0], doc[1], doc[4]
    if putin.head.i == obama.i and obama.head.i == barack.i:  # the misparse this is about
        assert putin in expand([barack])
    ev = next(e for e in events(nlp, "Barack Obama and Vladimir Putin will meet in Zurich."))
    assert any("Putin" in p.text for p in ev.actors + ev.targets), (ev.actors, ev.targets)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ('The rebels were backed by "far right coup mongers".', "far right coup mongers"),
        ("Troops attacked the internationally recognized government.", "internationally"),
    ],
)
def test_an_adverb_of_an_adjective_stays_in_the_phrase(nlp, text: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    """ "far right", "internationally recognized": how far the modifier holds is part of
    the description."""
    (ev,) = [e for e in events(nlp, text) if e.actors or e.targets]
    assert any(phrase in p.text for p in ev.actors + ev.targets), (ev.actors, ev.targets)


def test_an_adverb_on_the_noun_itself_stays_out(nlp) -> None:  # type: ignore[no-untyped-def]
    (ev,) = [e for e in events(nlp, "Police there arrested two students.") if e.mode == "arrest"]
    assert [a.text for a in ev.actors] == ["Police"]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Police seized the port and the airport.", "seized", ["port"]),
        ("The port was seized by police.", "seized", ["port"]),
        ("Police arrived at the port.", "arrived", []),
    ],
)
def test_what_a_verb_is_done_to_as_written(nlp, text: str, verb: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    token = next(t for t in nlp(text) if t.text == verb)
    assert [t.text for t in objects_of(token)] == expected


def test_the_clause_verb_is_the_first_verb_up_from_a_word(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The rebels said their leaders held a meeting in the capital.")
    word = {t.lower_: t for t in doc}
    assert clause_verb(word["their"]).lower_ == "held"  # their -> leaders -> held
    assert clause_verb(word["capital"]).lower_ == "held"  # capital -> in -> held
    assert clause_verb(word["capital"], steps=1).lower_ == "in"  # one step only
    assert clause_verb(word["said"]).lower_ == "said"  # a verb is its own clause's


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a target preposition stranded in a relative clause with no pronoun (roles 1.160.0)
        ("The boat the soldiers shot at was a fishing boat.", "shot", "boat"),
        ("The village the militia fired on was empty.", "fired on", "village"),
        ("The village that the militia fired on was empty.", "fired on", "village"),
    ],
)
def test_a_stranded_target_preposition_takes_the_relative_clauses_noun(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    event = next(e for e in events(nlp, text) if e.trigger == trigger)
    assert [t.text for t in event.targets] == [target]


def test_the_noun_an_objectless_relative_clause_is_on_is_its_object(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The kinds of weapons she was describing alarmed the panel.")
    verb = next(t for t in doc if t.lemma_ == "describe")
    assert [t.text for t in direct_objects(verb)] == ["kinds"]
    assert in_direct_object(verb, next(t for t in doc if t.text == "weapons"))
    assert not in_direct_object(verb, next(t for t in doc if t.text == "she"))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The officer who described the weapons resigned.", "describe"),
        ("The weapons she described the smugglers using were seized.", "describe"),
    ],
)
def test_a_relative_clause_with_its_own_object_or_relative_word_has_none(  # type: ignore[no-untyped-def]
    nlp, text: str, verb: str
) -> None:
    doc = nlp(text)
    assert relative_head_object(next(t for t in doc if t.lemma_ == verb)) is None
