"""Noun triggers: who takes part in an event named by a noun, and how vocabulary choices
type it, on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, has, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def main_event(evs):  # type: ignore[no-untyped-def]
    return next(e for e in evs if e.main)


def test_a_measure_noun_carries_the_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Greek and Turkish frigates began five days of joint naval drills on Monday."
    ev = main_event(events(nlp, text))
    assert ev.type == "COOPERATE" and has(ev.actors, "frigates")


def test_gathering_for_an_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Armenian and Azeri diplomats returned to Vienna on Monday for talks on the border."
    ev = one(events(nlp, text), "meet")
    assert has(ev.actors, "diplomats") and not has(ev.targets, "Vienna")


def test_the_orderer_of_a_noun_event_is_its_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The regional governor ordered patrols by riot police after the attack."
    ev = one(events(nlp, text), "troops")
    assert has(ev.actors, "governor") and not has(ev.targets, "patrols")


def test_accepting_demands_is_a_concession(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "The junta accepted demands from striking miners on Friday."))
    assert ev.type == "CONCEDE" and has(ev.targets, "miners")


def test_easing_a_blockade_or_sanctions_is_a_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "The navy lifted its blockade on the port of Varna."))
    assert (ev.type, ev.mode) == ("RETREAT", "withdraw")
    ev = main_event(events(nlp, "The European Union lifted sanctions on Belarus in March."))
    assert (ev.type, ev.mode) == ("RETREAT", "ease") and has(ev.targets, "Belarus")


def test_stone_throwing_is_a_riot_not_an_armed_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "Angry students threw stones at the riot police."))
    assert (ev.type, ev.mode) == ("PROTEST", "riot") and has(ev.targets, "police")
    ev = main_event(events(nlp, "The militia fired rockets at the army base."))
    assert ev.type == "ASSAULT"


def test_calling_off_a_strike_is_a_concession_not_a_ceasefire(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "The teachers' union called off its strike on Friday."))
    assert ev.type == "CONCEDE"
    ev = main_event(events(nlp, "The army halted its air strikes on the city."))
    assert (ev.type, ev.mode) == ("RETREAT", "ceasefire")


def test_a_document_demanding_is_its_issuers_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The miners' union issued a statement demanding that the government free them."
    ev = one(events(nlp, text), None)
    assert ev.type == "REQUEST" and has(ev.actors, "union") and has(ev.targets, "government")


def test_a_suspension_of_links_is_a_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Portugal announced a suspension of air links with Ruritania on Monday."
    ev = main_event(events(nlp, text))
    assert ev.type == "SANCTION" and has(ev.actors, "Portugal")


def test_a_deployment_of_peacekeepers_arriving_somewhere(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The first deployment of Ghanaian peacekeepers arrived in Liberia on Monday."
    ev = one(events(nlp, text), "peacekeeping")
    assert has(ev.actors, "Ghanaian") and has(ev.targets, "Liberia")


def test_a_state_noun_after_remain_ranks_by_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Georgian troops remained on alert in South Ossetia to forestall more violence."
    evs = events(nlp, text)
    ev = main_event(evs)
    assert ev.mode == "troops" and has(ev.actors, "troops")
    # where the troops stand ready is where, not whom at: the PLOVER recipient of a MOBILIZE
    # is "against whom the actor mobilizes ... if that is clear" (roles 1.24.0)
    assert not has(ev.targets, "Ossetia")
    violence = [e for e in evs if e.trigger == "violence"]
    assert not violence or violence[0].negated  # what is forestalled does not happen


def test_a_persons_seizure_is_an_arrest(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "After Noriega's seizure by US troops, the city was calm."), "arrest")
    assert has(ev.targets, "Noriega")
    ev = main_event(events(nlp, "The army's seizure of the farmland angered villagers."))
    assert ev.mode == "seize"


def test_a_possessor_with_an_of_patient_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ruritania's deportation of the Freedonian workers angered its neighbours."
    ev = one(events(nlp, text), "deport")
    assert has(ev.actors, "Ruritania") and has(ev.targets, "workers")
    assert not has(ev.targets, "Ruritania")
    ev = one(events(nlp, "Protesters demanded Lopez's release from prison."), "release")
    assert has(ev.targets, "Lopez")  # without an "of"-patient the possessor undergoes it


def test_approving_an_act_is_doing_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The cabinet approved the release of 40 political prisoners."
    ev = next(e for e in events(nlp, text) if e.main)
    assert ev.mode == "release" and has(ev.actors, "cabinet") and has(ev.targets, "prisoners")
    ev = next(e for e in events(nlp, "The parliament approved the budget on Tuesday.") if e.main)
    assert ev.type == "SUPPORT"


@pytest.mark.parametrize(
    "text",
    [
        "The army restored order in the capital.",
        "Police struggled to maintain law and order.",
        "Troops were sent to keep public order in the province.",
        "The junta imposed order on the northern towns.",
    ],
)
def test_public_order_is_no_command(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "restored order", "law and order": order kept or restored is the public one, a state
    of things (a mass noun), not a command given to someone."""
    assert not [e for e in events(nlp, text) if e.trigger == "order"]


def test_an_order_given_is_a_command(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The minister imposed an order on the editors to close the paper.")
    assert [e.type for e in evs if e.trigger == "order"] == ["REQUEST"]


# --- cbrn14: weapons of mass destruction; a phrase's own event noun ---


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The generals warned they could launch nuclear strikes on the capital.", "2042"),
        ("The air force carried out a chemical attack on the village, rebels said.", "2041"),
    ],
)
def test_a_strike_with_weapons_of_mass_destruction(nlp, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    (ev,) = [e for e in events(nlp, text) if e.mode == "cbrn"]
    assert (ev.type, ev.cameo) == ("ASSAULT", cameo)
    assert not any(e.mode == "strike" for e in events(nlp, text))


def test_a_phrase_and_its_own_event_noun_are_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = [
        e
        for e in events(nlp, "Bus drivers went on strike in Lagos on Tuesday.")
        if e.mode == "strike"
    ]
    assert len(evs) == 1 and has(evs[0].actors, "drivers")


def test_a_phrase_taking_a_more_exact_noun_of_its_type_is_one_event_of_that_mode(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = [
        e
        for e in events(nlp, "The jailed activist went on a hunger strike last month.")
        if e.type == "PROTEST"
    ]
    assert [(e.mode, e.cameo) for e in evs] == [("hunger", "142")]
    assert has(evs[0].actors, "activist")
