"""Leftovers noticed on real news, round 31 (vocabulary 1.262.0, roles 1.65.0): people freed
who were trapped, stuck or buried are rescued; a boiler blowing up and the harm of an
explosion the vocabulary reads as an accident are no attack; the one found guilty of a murder
did it; a petition received asks its receivers; a rioter armed with petrol bombs holds them;
"he said, and alleged, that" is his allegation; a sentence meted out to people or served by
someone is aimed at them; the rank words are data. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events

from chronicler.annotate.events_vocab import load_vocab

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # (1) a participle or a relative clause telling the one freed was caught: a rescue
        ("Police freed two people trapped in a car after the crash.", "freed", []),
        ("Police freed three miners who were trapped underground.", "freed", []),
        ("Soldiers freed a woman buried under the debris.", "freed", []),
        ("The police freed a driver stuck in his car.", "freed", []),
        # hostages held by rebels stay a release
        ("The army freed two hostages held by rebels in the jungle.", "freed", ["RETREAT/release"]),
        ("Police freed two men who were held by kidnappers.", "freed", ["RETREAT/release"]),
        # (2) a boiler or a cylinder blowing up is an accident
        ("The boiler blew up.", "blew up", []),
        ("A gas cylinder blew up in the kitchen.", "blew up", []),
        # a bomber blowing himself up and militants blowing up a bridge stay
        (
            "A suicide bomber blew himself up in the market.",
            "blew himself up",
            ["ASSAULT/explosives"],
        ),
        ("Militants blew up a bridge.", "blew up", ["COERCE/seize"]),
        # the harm an accidental explosion does has no attacker
        ("A gas explosion killed four workers.", "killed", []),
        ("A boiler explosion injured two workers.", "injured", []),
        ("The boiler blew up on Monday, killing two workers.", "killing", []),
        # a bomb blast, or an explosion told bare, stays an attack
        ("A bomb blast killed four workers.", "killed", ["ASSAULT/explosives"]),
        ("The explosion killed four workers.", "killed", ["ASSAULT/explosives"]),
    ],
)
def test_rescues_and_accidents(nlp, text, trigger, expected) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The jury found Smith guilty for the murder of Jones.",
        "A jury found Smith guilty of the murder of Jones.",
        "The court convicted Smith for the murder of Jones.",
        "A jury returned a guilty verdict against Smith for the murder of Jones.",
    ],
)
def test_the_one_found_guilty_did_the_murder(nlp, text) -> None:  # type: ignore[no-untyped-def]
    murder = by_trigger(events(nlp, text), "murder")
    assert [a.text for a in murder.actors] == ["Smith"]
    assert [t.text for t in murder.targets] == ["Jones"]


@pytest.mark.parametrize(
    ("text", "urger"),
    [
        ("The ministers received petitions urging them to resign.", ["petitions"]),
        ("The ministers received dozens of petitions urging them to resign.", ["petitions"]),
        ("The ministers received petitions from residents urging them to resign.", ["residents"]),
        # sent "to" them, as before
        ("Activists sent petitions to the ministers urging them to resign.", ["Activists"]),
    ],
)
def test_a_petition_received_asks_its_receivers(nlp, text, urger) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    urging = by_trigger(evs, "urging")
    assert [a.text for a in urging.actors] == urger
    assert [t.text for t in urging.targets] == ["ministers"]
    assert [a.text for a in by_trigger(evs, "resign").actors] == ["ministers"]


def test_a_statement_issued_still_speaks_for_its_issuer(nlp) -> None:  # type: ignore[no-untyped-def]
    urging = by_trigger(
        events(nlp, "The union issued a statement urging the government to resign."), "urging"
    )
    assert [a.text for a in urging.actors] == ["union"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Police arrested rioters who were armed with petrol bombs.", "rioters"),
        ("Rioters who were armed with petrol bombs attacked the police.", "Rioters"),
    ],
)
def test_the_one_armed_holds_the_weapon(nlp, text, holder) -> None:  # type: ignore[no-untyped-def]
    bombs = by_trigger(events(nlp, text), "bombs")
    assert [a.text for a in bombs.actors] == [holder]


def test_a_participle_conjoined_with_its_own_clause_is_active(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Smith is charged with the murder of a guard. Prosecutor John Brown addressed the "
        "jury on Monday. He said, and alleged, that Smith had stabbed the guard."
    )
    alleged = by_trigger(events(nlp, text), "alleged")
    assert [a.text for a in alleged.actors] == ["John Brown"]
    assert [t.text for t in alleged.targets] == ["Smith"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The court heard that the sentences meted out to other leaders were harsh.",
            "other leaders",
        ),
        ("The sentence handed to Smith was harsh.", "Smith"),
        ("The sentences handed down to the other leaders were harsh.", "other leaders"),
    ],
)
def test_a_sentence_meted_out_is_aimed_at_whom_it_is_given(nlp, text, target) -> None:  # type: ignore[no-untyped-def]
    sentence = next(e for e in events(nlp, text) if e.type == "SANCTION")
    assert [t.text for t in sentence.targets] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The boss ran the gang from prison while serving a ten-year sentence.", "boss"),
        ("The smuggler is serving a life sentence in a federal prison.", "smuggler"),
    ],
)
def test_a_sentence_served_is_the_servers_and_undated(nlp, text, target) -> None:  # type: ignore[no-untyped-def]
    sentence = next(e for e in events(nlp, text) if e.type == "SANCTION")
    assert [t.text for t in sentence.targets] == [target]
    assert sentence.date.value is None  # no sentencing on the day of serving


def test_a_sentence_passed_keeps_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = by_trigger(events(nlp, "The judge passed a harsh sentence."), "sentence")
    assert [a.text for a in sentence.actors] == ["judge"]
    assert not sentence.targets


def test_rank_words_are_data(nlp) -> None:  # type: ignore[no-untyped-def]
    assert {"first", "only", "last", "sole"} <= load_vocab().words("rank_words")
    resign = by_trigger(events(nlp, "Smith was the first minister to resign."), "resign")
    assert [a.text for a in resign.actors] == ["Smith"]
