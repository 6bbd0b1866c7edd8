"""Whether the verb an act noun hangs on makes its subject a party to the act
(annotate/events_noun_verbs.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, parsed_context

from chronicler.annotate.events_noun_verbs import (
    engaged_on,
    gotten_as_party,
    held_in_relative,
    judged,
)

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _word(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize(
    ("text", "verb", "noun", "said"),
    [
        ("The minister called the arrests illegal.", "called", "arrests", True),
        ("The opposition described the crackdown as brutal.", "described", "crackdown", True),
        ("The union called a strike for Monday.", "called", "strike", False),
        ("The government announced the release of the prisoners.", "announced", "release", False),
    ],
)
def test_judged_by_the_label_a_verb_puts_on_an_act(  # type: ignore[no-untyped-def]
    nlp, text: str, verb: str, noun: str, said: bool
) -> None:
    doc, ctx = parsed_context(nlp, text)
    assert judged(_word(doc, verb), _word(doc, noun), "dobj", ctx) is said
    assert not judged(_word(doc, verb), _word(doc, noun), "in", ctx)


def test_engaged_on_a_visit(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, ctx = parsed_context(nlp, "The premier left for Beijing on a two-day visit.")
    visit = _word(doc, "visit")
    assert engaged_on(visit, ctx.rules[visit.i], ctx)
    doc, ctx = parsed_context(nlp, "The premier praised the visit of the king.")
    visit = _word(doc, "visit")
    assert not engaged_on(visit, ctx.rules[visit.i], ctx)


def test_held_in_relative_only_for_a_verb_that_carries_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, ctx = parsed_context(nlp, "The minister praised the talks he held with the rebels.")
    assert held_in_relative(_word(doc, "held"), ctx)
    doc, ctx = parsed_context(nlp, "The talks he praised with his allies failed.")
    assert not held_in_relative(_word(doc, "praised"), ctx)


def test_gotten_as_party_with_no_giver_named(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, ctx = parsed_context(nlp, "The president got a final deal with China.")
    deal = _word(doc, "deal")
    assert gotten_as_party(deal, _word(doc, "got"), ctx.rules[deal.i], ctx)
    doc, ctx = parsed_context(nlp, "The president got a final deal from China.")
    deal = _word(doc, "deal")
    assert not gotten_as_party(deal, _word(doc, "got"), ctx.rules[deal.i], ctx)


@pytest.mark.parametrize(
    ("text", "trigger", "judge"),
    [
        ("The minister called the arrests illegal.", "arrests", "minister"),
        ("The opposition described the crackdown as brutal.", "crackdown", "opposition"),
        ("The rebels regard the ceasefire as a trap.", "ceasefire", "rebels"),
        ('The envoy called the order "grave and sinister."', "order", "envoy"),
    ],
)
def test_who_describes_or_labels_an_act_is_no_party(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, judge: str
) -> None:
    """A verb that only tells how its subject sees the act noun it takes makes that subject
    no doer of the act (roles 1.24.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not has(ev.actors, judge), [p.text for p in ev.actors]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The union called a strike for Monday.", "strike", "union"),
        ("The government declared a ceasefire.", "ceasefire", "government"),
    ],
)
def test_who_calls_or_declares_an_act_with_no_label_does_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, doer), [p.text for p in ev.actors]


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("Albright arrived in Nairobi on a visit to East Africa.", "Albright"),
        ("The premier left for Beijing on a two-day visit.", "premier"),
    ],
)
def test_who_comes_on_a_visit_makes_it(nlp, text: str, visitor: str) -> None:  # type: ignore[no-untyped-def]
    """The subject of a verb of going or coming "on" a visit is the visitor (roles 1.24.0)."""
    ev = by_trigger(events(nlp, text), "visit")
    assert has(ev.actors, visitor), [p.text for p in ev.actors]


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "The envoy was pleased by the close cooperation we have had with the police in Kenya.",
            "cooperation",
            "we",
            "police",
        ),
        ("The minister praised the talks he held with the rebels.", "talks", "minister", "rebels"),
    ],
)
def test_a_relative_clause_that_holds_an_act_noun_names_its_parties(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    """ "the cooperation we have had with X", "the talks he held with X": the relative
    clause's subject does the act its verb only carries, its "with" names the other side."""
    evs = events(nlp, text)
    ev = by_trigger(evs, trigger)
    assert has(ev.actors, actor) and has(ev.targets, target)


def test_a_relative_clause_of_another_verb_names_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """Only verbs that carry or hold the act: "the talks he praised" were not his."""
    ev = by_trigger(events(nlp, "The talks he praised with his allies failed."), "talks")
    assert not has(ev.actors, "he")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The president got a final deal with China.", "president"),
        ("The war complicated the president's ability to get a final deal.", "president"),
    ],
)
def test_one_who_gets_a_deal_is_a_party_to_it(nlp, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    """ "got a final deal": the getter makes it (actor); what one gets from others stays
    given to the getter ("the army got support from Russia": the army the target)."""
    ev = by_trigger(events(nlp, text), "deal")
    assert has(ev.actors, party) and not has(ev.targets, party)
    ev = by_trigger(events(nlp, "The army got support from Russia."), "support")
    assert has(ev.actors, "Russia") and has(ev.targets, "army")
