"""Which matched words are reported as triggers (annotate/events_select.py), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, has, one

from chronicler.annotate.events_select import select_triggers
from chronicler.annotate.events_vocab import load_vocab

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _selected(nlp, text: str):  # type: ignore[no-untyped-def]
    """The words kept as triggers, and the intent and causer words by the word they announce
    or order."""
    doc = nlp(text)
    kept, intent_of, causer_of = select_triggers(doc, load_vocab())
    words = {doc[i].lower_ for i in kept}
    return (
        words,
        {doc[i].lower_: t.lower_ for i, t in intent_of.items()},
        {doc[i].lower_: t.lower_ for i, t in causer_of.items()},
    )


def test_a_light_verb_gives_way_to_the_event_noun_it_takes(nlp) -> None:  # type: ignore[no-untyped-def]
    words, _, _ = _selected(nlp, "The junta authorized the release of the students.")
    assert "release" in words and "authorized" not in words


def test_a_statement_of_intent_gives_way_to_the_act_it_announces(nlp) -> None:  # type: ignore[no-untyped-def]
    words, intent_of, _ = _selected(nlp, "The government agreed to release the prisoners.")
    assert "release" in words and "agreed" not in words
    assert intent_of == {"release": "agreed"}


def test_a_causative_gives_way_to_the_act_it_orders(nlp) -> None:  # type: ignore[no-untyped-def]
    words, _, causer_of = _selected(nlp, "The general ordered troops to arrest the editor.")
    assert "arrest" in words and "ordered" not in words
    assert causer_of == {"arrest": "ordered"}


def test_a_phrase_noun_of_a_more_exact_mode_is_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "went on a hunger strike": one event, the phrase verb's, with the noun's mode (not
    the plain strike of "went on strike")."""
    modes = {}
    for text in ("The prisoners went on a hunger strike.", "The prisoners went on strike."):
        doc = nlp(text)
        kept, _, _ = select_triggers(doc, load_vocab())
        assert [doc[i].lower_ for i in kept] == ["went"], text
        modes[text] = next(iter(kept.values())).mode
    assert len(set(modes.values())) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched against the minister's visit on Tuesday.",
        "Hundreds of protesters rallied outside the parliament.",
    ],
)
def test_protesters_demonstrating_are_one_demonstration(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    demos = [e for e in events(nlp, text) if e.type == "PROTEST"]
    assert len(demos) == 1 and has(demos[0].actors, "protesters")


def test_light_verb_noun_takes_the_verb_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The junta authorized the release of the students."), "release")
    assert has(ev.actors, "junta") and has(ev.targets, "students")


def test_freed_from_custody_idioms(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Loyal guards helped spring the deposed governor from house arrest.")
    ev = one(evs, "release")
    assert has(ev.targets, "governor") and has(ev.actors, "guards")
    assert not [e for e in evs if e.mode == "arrest"]  # left custody, no new arrest
    evs = events(nlp, "Armed men broke the union organiser out of prison last night.")
    ev = one(evs, "release")
    assert has(ev.targets, "organiser") and has(ev.actors, "men")
    evs = events(nlp, "The cleric was released from house arrest on Monday.")
    assert [e.mode for e in evs] == ["release"]
    assert not [e for e in events(nlp, "Fighting broke out in the port.") if e.mode == "release"]


def test_helping_do_an_act_is_taking_part_in_it_helping_someone_is_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Two officers helped spring the opposition leader from house arrest.")
    ev = next(e for e in evs if e.main)
    assert ev.mode == "release" and has(ev.actors, "officers") and has(ev.targets, "leader")
    assert not any(e.type == "AID" for e in evs)
    ev = next(
        e for e in events(nlp, "The United States helped Colombia fight the rebels.") if e.main
    )
    assert ev.type == "AID" and has(ev.targets, "Colombia")


@pytest.mark.parametrize(
    "text",
    [
        "The banker was convicted of helping to defraud thousands of pensioners.",
        "Two clerks helped launder the cartel's money.",
    ],
)
def test_helping_commit_a_crime_is_no_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "AID" for e in events(nlp, text))


def test_relief_from_sanctions_is_their_easing_not_sanctions(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "relief from US sanctions" names the sanctions' easing, the US's to give; the
    sanctions are part of it, no SANCTION of their own. Hoped for, it is not yet done."""
    evs = events(nlp, "The rebels hope to win relief from American sanctions in exchange.")
    assert not [e for e in evs if e.type == "SANCTION"]
    ev = one(evs, "ease")
    # the winners of the relief are whom it is granted
    assert ev.future and has(ev.actors, "American") and has(ev.targets, "rebels")
    evs = events(nlp, "The lifting of sanctions on Iran was announced on Monday.")
    assert not [e for e in evs if e.type == "SANCTION"]
    assert has(one(evs, "ease").targets, "Iran")
