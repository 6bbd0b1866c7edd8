"""Leftovers of the thirty-seventh session's English audits of real news (left38): sentences
written for these tests."""

from __future__ import annotations

from event_helpers import events


def _parties(evs, trigger: str):  # type: ignore[no-untyped-def]
    return [
        ([a.text for a in e.actors], [t.text for t in e.targets])
        for e in evs
        if e.trigger.lower() == trigger
    ]


def test_a_shop_loot_is_taken_from_is_the_one_robbed_not_its_town(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, site in (
        ("Thieves made off with jewels stolen from a Paris boutique on Monday.", "boutique"),
        ("Jewellery worth $1 million was stolen from a London gallery.", "gallery"),
    ):
        (stolen,) = [e for e in events(nlp, text) if e.trigger == "stolen"]
        assert [t.text.split()[-1] for t in stolen.targets] == [site], text


def test_a_question_word_is_no_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _parties(events(nlp, "Who is to blame for the attack?"), "blame") == [([], [])]
    assert _parties(events(nlp, "Whom did the police arrest?"), "arrest") == [([], [])]
    # a relative "who" stands for its noun as before
    assert _parties(events(nlp, "Police arrested the man who attacked the guard."), "attacked") == [
        (["man"], ["guard"])
    ]


def test_an_eased_measure_is_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Castro relaxed travel restrictions and allowed Cubans to travel abroad.")
    assert _parties(evs, "relaxed") == [(["Castro"], [])]
    assert _parties(evs, "allowed") == [(["Castro"], ["Cubans"])]
    assert _parties(events(nlp, "The army lifted the curfew on Monday."), "lifted") == [
        (["army"], [])
    ]
    # the one a measure bore on stays its recipient
    for text, bearer in (
        ("The government eased restrictions on journalists.", "journalists"),
        ("Serbia lifted a night curfew in Montenegro.", "Montenegro"),
        ("Israel lifted its blockade of Gaza.", "Gaza"),
        ("Washington lifted sanctions against Iran.", "Iran"),
    ):
        (lifted,) = [e for e in events(nlp, text) if e.trigger in ("eased", "lifted")]
        assert [t.text for t in lifted.targets] == [bearer], text


def test_a_us_state_named_new_jersey_is_no_jersey(nlp) -> None:  # type: ignore[no-untyped-def]
    (indicted,) = events(nlp, "In 1990, he was indicted in New Jersey on a charge of bribery.")
    assert not indicted.actors  # was Jersey (JEY), the island's state
    # a country named as the place still stands for its authority (the Lebanon standard)
    (charged,) = events(nlp, "The banker was indicted in Jersey on fraud charges.")
    assert [a.text for a in charged.actors] == ["Jersey"]
