"""Verbal reactions and judgements the recall audit of the Lee corpus found missed
(recall44a): displeasure felt or expressed at a party's act, a measure called harsh or unfair
by a speaker, another's decision regretted, a defence given of someone, an act or a decision
welcomed. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow


def test_displeasure_at_a_decision_is_disapproval_by_the_one_who_feels_it(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, word, target in (
        (
            "The mayor says she was disappointed by the council's decision.",
            "disappointed",
            "decision",
        ),
        ("The union was angry at the company's plan to cut jobs.", "angry", "plan"),
        ("The growers said they were dismayed by the new quotas.", "dismayed", "quotas"),
    ):
        ev = by_trigger(events(nlp, text), word)
        assert (ev.type, ev.mode) == ("ACCUSE", "disapprove"), text
        assert has(ev.targets, target), text
    # "with" the cause, no charge: the verdict stays a conviction of its own
    found = events(nlp, "The victim's father is disappointed with the verdict.")
    ev = by_trigger(found, "disappointed")
    assert ev.type == "ACCUSE" and has(ev.targets, "verdict")
    assert not any(name == "charges" for name, _ in ev.attributes)
    assert by_trigger(found, "verdict").type == "SANCTION"
    for text in (
        "The coach was disappointed with the result.",  # a game's outcome
        "An angry crowd gathered outside the stadium.",  # no cause told
        "The farmers were upset.",
    ):
        assert not any(e.type == "ACCUSE" for e in events(nlp, text)), text


def test_displeasure_expressed_is_at_what_its_noun_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The airline's chief has expressed his disappointment at the pilots' actions."
    ev = by_trigger(events(nlp, text), "expressed")
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove") and has(ev.targets, "pilots")
    text = "The bishop voiced his displeasure over the new regulations."
    assert by_trigger(events(nlp, text), "voiced").type == "ACCUSE"


def test_a_measure_a_speaker_calls_harsh_or_unfair_is_criticised(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Greens say the new visa rules are inhumane."
    ev = by_trigger(events(nlp, text), "inhumane")
    assert ev.type == "ACCUSE" and has(ev.actors, "greens") and has(ev.targets, "rules")
    text = "The law society said it was a very draconian law."
    ev = by_trigger(events(nlp, text), "draconian")
    assert ev.type == "ACCUSE" and has(ev.actors, "society")
    # told by no speaker, or a thing no one did
    for text in ("The new visa rules are draconian.", "It was an unfair game, the coach said."):
        assert not any(e.type == "ACCUSE" for e in events(nlp, text)), text


def test_another_partys_decision_regretted_is_disapproval(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Canada regrets the decision of the Chinese court."), "regrets")
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove") and has(ev.actors, "canada")
    for text in ("She regretted the loss of life.", "He regrets leaving the party."):
        assert not any(e.type == "ACCUSE" for e in events(nlp, text)), text


def test_a_defence_given_of_someone_is_spoken_support(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The attorney-general gave a strong defence of the tribunal."
    ev = by_trigger(events(nlp, text), "defence")
    assert ev.type == "SUPPORT" and has(ev.actors, "attorney") and has(ev.targets, "tribunal")
    for text in (
        "The rebel commander is leading the defence of the city.",
        "The garrison mounted a stout defence of the fort.",
    ):
        assert not any(e.type == "SUPPORT" for e in events(nlp, text)), text


def test_a_decision_welcomed_is_support_a_guest_welcomed_a_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The opposition welcomed the decision to free the journalists."
    ev = by_trigger(events(nlp, text), "welcomed")
    assert ev.type == "SUPPORT" and has(ev.actors, "opposition")
    text = "The president welcomed the visiting delegation at the airport."
    assert by_trigger(events(nlp, text), "welcomed").type == "CONSULT"
    assert not any(e.type == "SUPPORT" for e in events(nlp, "The fans welcomed the new season."))


def test_a_party_declared_irrelevant_or_branded_a_traitor_is_denounced(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The cabinet has declared the rebel leader irrelevant."
    ev = by_trigger(events(nlp, text), "declared")
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove") and has(ev.targets, "leader")
    text = "The minister branded the protesters traitors."
    ev = by_trigger(events(nlp, text), "branded")
    assert ev.type == "ACCUSE" and has(ev.targets, "protesters")
    assert not has(ev.targets, "traitors")  # what they are called, no party
    ev = by_trigger(events(nlp, "Ministers vilified the judges."), "vilified")
    assert ev.type == "ACCUSE" and has(ev.targets, "judges")
    for text in (
        "The firm branded its new phone the fastest on the market.",  # a product named
        "The doctor declared him fit to work.",
    ):
        assert not any(e.type == "ACCUSE" for e in events(nlp, text)), text


def test_idioms_of_public_criticism_are_disapproval(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The treasurer hit out at the banks."), "hit")
    assert ev.type == "ACCUSE" and has(ev.targets, "banks")
    text = "The archbishop spoke out against the new asylum policy."
    ev = by_trigger(events(nlp, text), "spoke")
    assert ev.type == "ACCUSE" and has(ev.targets, "policy")
    text = "The council voiced strong opposition to the airport plan."
    ev = by_trigger(events(nlp, text), "voiced")
    assert ev.type == "ACCUSE" and has(ev.targets, "plan")
    assert by_trigger(events(nlp, "Soldiers hit the village with shells."), "hit").type == "ASSAULT"
    assert not any(e.type == "ACCUSE" for e in events(nlp, "She spoke out about her illness."))


def test_a_criticism_told_before_a_deed_of_its_subject_is_not_the_main_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The junta has declared the envoy irrelevant and has decided to cut all ties with him."
    found = events(nlp, text)
    assert not by_trigger(found, "declared").main
    text = "The minister condemned the attack and the police arrested two men."
    assert by_trigger(events(nlp, text), "condemned").main  # a deed with its own subject
