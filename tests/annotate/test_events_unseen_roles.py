"""The roles an unseen trigger's fallback rule brings (events_unseen.reads_as, _one_way)."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from event_helpers import events

from chronicler.annotate.events import extract_events
from chronicler.annotate.events_vocab import load_vocab

slow = pytest.mark.slow


def _left_out(nlp: Any, word: str, text: str) -> Any:
    reduced = partial(extract_events, vocab=load_vocab().without_trigger(word))
    found = [e for e in events(nlp, text, extract=reduced) if e.main]
    assert found and dict(found[0].attributes)["rule"].endswith("+unseen"), found
    return found[0]


@slow
@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("meet", "Norland and Vesta met in Geneva on Monday."),
        ("negotiation", "Norland and Vesta renewed negotiations on Monday."),
    ],
)
def test_unseen_meeting_word_reads_its_rules_mutual_meetings(
    nlp: Any, word: str, text: str
) -> None:
    """Coordinated sides of an unseen meeting word meet one another, as with a listed one:
    the side named first is the actor, the other the target."""
    ev = _left_out(nlp, word, text)
    assert ev.type == "CONSULT"
    assert [p.text for p in ev.actors] == ["Norland"]
    assert [p.text for p in ev.targets][:1] == ["Vesta"]


@slow
def test_unseen_passive_verb_with_an_agent_is_one_way(nlp: Any) -> None:
    """A two-way rule the fallback gives a passive verb with a "by"-agent is one way: the
    agent did it to the subject."""
    ev = _left_out(nlp, "attack", "A camp for refugees was attacked by militiamen on Monday.")
    assert ev.type == "ASSAULT"
    assert [p.text for p in ev.actors] == ["militiamen"]
    assert "reciprocal" not in dict(ev.attributes)


@slow
def test_unseen_two_way_verb_stays_two_way_in_the_active(nlp: Any) -> None:
    ev = _left_out(nlp, "attack", "Militiamen attacked a camp for refugees on Monday.")
    assert ev.type == "ASSAULT"
    assert dict(ev.attributes).get("reciprocal") == "yes"


@slow
def test_unseen_noun_takes_the_mode_of_its_own_verb(nlp: Any) -> None:
    """Within the voted type, the mode of the word's own other form decides ("mediation"
    is "mediate"'s act, not the talks above it): its rule's "between" names the sides."""
    ev = _left_out(
        nlp, "mediation", "Norway began a mediation between the rebels and the government."
    )
    assert (ev.type, ev.mode) == ("CONSULT", "mediate")
    assert {p.text for p in ev.targets} >= {"rebels", "government"}


@slow
def test_unseen_verb_backed_by_its_object_needs_one_party(nlp: Any) -> None:
    """A lead type the object backs (a rule of that type names it: villages are seized)
    weighs as an object overturning the lead does: the doer alone suffices, the place taken
    being no party (events-unseen 1.23.0, `object_backing`)."""
    text = "Burmese troops have retaken a strategic village near the border after heavy fighting."
    ev = _left_out(nlp, "retake", text)
    assert (ev.type, ev.mode) == ("ASSAULT", "seize")
    assert [p.text for p in ev.actors] == ["Burmese troops"]
    assert "village" in " ".join(p.text for p in ev.targets)


@slow
def test_unlisted_verb_backed_by_its_object_is_kept(nlp: Any) -> None:
    found = [e for e in events(nlp, "Government troops wrested back the town.") if e.main]
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "seize")]
    assert [p.text for p in found[0].actors] == ["Government troops"]
