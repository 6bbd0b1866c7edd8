"""Material and diplomatic acts the recall audit of the Lee corpus found missed (recall44b):
armed forces entering or moving into a place, rushing into it, ground taken or overrun, a
stand-off with police, a manhunt or a swoop, a diplomat's arrival, and more of the kind.
Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow


def test_an_armed_force_entering_a_country_is_deployed(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "American commandos have secretly entered Yemen."), "entered")
    assert (ev.type, ev.cameo) == ("MOBILIZE", "154") and has(ev.actors, "commandos")
    ev = by_trigger(events(nlp, "US army officers have entered Somalia."), "entered")
    assert ev.type == "MOBILIZE"  # officers of an army
    for text in (
        "The minister entered parliament in 1990.",
        "The tourists entered the museum.",
        "Soldiers entered the house and arrested two men.",  # a raid, not a deployment
    ):
        assert not any(e.type == "MOBILIZE" for e in events(nlp, text)), text


def test_an_armed_force_moving_into_a_place_is_deployed(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, word in (
        ("Turkish troops crossed into northern Iraq on Sunday.", "crossed"),
        ("Tanks rolled into the city centre at dawn.", "rolled"),
        ("Government troops marched into the rebel town.", "marched"),  # no protest march
    ):
        ev = by_trigger(events(nlp, text), word)
        assert (ev.type, ev.mode) == ("MOBILIZE", "troops"), text
    for text in (
        "The refugees crossed into Pakistan on foot.",
        "Thousands of students marched into the square.",
        "The family moved into a new house.",
    ):
        assert not any(e.type == "MOBILIZE" for e in events(nlp, text)), text


def test_an_armed_force_rushing_into_a_place_attacks(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Israeli troops charged into the refugee camp."), "charged into")
    assert ev.type == "ASSAULT" and has(ev.targets, "camp")
    assert by_trigger(events(nlp, "Troops burst into the village at dawn."), "burst into")
    ev = by_trigger(events(nlp, "Riot police charged into the crowd of students."), "charged into")
    assert (ev.type, ev.mode) == ("COERCE", "repress")  # a charge at a crowd stays repression


def test_ground_taken_or_overrun_is_seized(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, word in (
        ("The rebels took the airport and two villages.", "took"),
        ("The army conquered the eastern province.", "conquered"),
        ("We have overrun all their bases in the mountains.", "overrun"),  # "bases" not "basis"
        ("Rebels overran the army barracks on Friday.", "overran"),
    ):
        ev = by_trigger(events(nlp, text), word)
        assert (ev.type, ev.mode, ev.cameo) == ("ASSAULT", "seize", "192"), text
    for text in (
        "She took the train to Sydney.",
        "Labor took the seat of Ryan in the by-election.",
        "The band took the city by storm.",
        "The minister took part in the talks.",
    ):
        assert not any(e.mode == "seize" for e in events(nlp, text)), text


def test_a_stand_off_with_police_is_a_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A tense stand-off continued between protesters and riot police outside parliament."
    assert by_trigger(events(nlp, text), "stand-off").type == "PROTEST"
    for text in (
        "A police stand-off with an armed man ended peacefully.",  # a siege
        "A standoff between the two armies continued along the border.",
    ):
        assert not any(e.type == "PROTEST" for e in events(nlp, text)), text


def test_a_manhunt_or_a_swoop_is_a_search_for_offenders(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The hunt for the gunmen has moved to the hills."), "hunt")
    assert (ev.type, ev.mode) == ("COERCE", "seize") and has(ev.targets, "gunmen")
    ev = by_trigger(events(nlp, "Police swooped on a house in the western suburbs."), "swooped")
    assert ev.type == "COERCE" and has(ev.actors, "Police")
    text = "A swoop through the caves failed to find the rebel leader."
    assert by_trigger(events(nlp, text), "swoop").type == "COERCE"
    for text in (
        "He solved it in one fell swoop.",
        "The hunt for a new party leader has begun.",
        "The hunt for survivors of the bombing went on through the night.",
    ):
        assert not any(e.type == "COERCE" for e in events(nlp, text)), text


def test_a_diplomat_arriving_visits(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The arrival of US envoy Anthony Zinni in Ramallah was delayed."
    ev = by_trigger(events(nlp, text), "arrival")
    assert (ev.type, ev.cameo) == ("CONSULT", "042") and has(ev.actors, "Zinni")
    ev = by_trigger(events(nlp, "The UN envoy arrived in Kabul on Monday."), "arrived")
    assert ev.type == "CONSULT"
    for text in (
        "The arrival of refugees in Darwin strained the camps.",
        "The foreign minister arrived home on Monday.",
    ):
        assert not any(e.type == "CONSULT" for e in events(nlp, text)), text


def test_a_state_closing_its_own_mission_reduces_relations(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Canada closed its embassy in Tehran."), "closed")
    assert (ev.type, ev.mode, ev.cameo) == ("SANCTION", "withdraw", "161")
    assert has(ev.actors, "Canada") and has(ev.targets, "Tehran")
    assert not events(nlp, "Police closed the embassy road for two hours.")


def test_an_armed_force_driving_its_enemy_off_fights_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Government forces drove the rebels out of the town."
    ev = by_trigger(events(nlp, text), "drove")
    assert ev.type == "ASSAULT" and has(ev.targets, "rebels")
    ev = by_trigger(events(nlp, "Troops pushed back the militants on Monday."), "pushed")
    assert ev.type == "ASSAULT"
    assert not events(nlp, "Parents drove the children out of the flooded street.")


def test_a_blockade_by_civilians_is_their_obstruction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Farmers blockaded the main highway into the capital."
    ev = by_trigger(events(nlp, text), "blockaded")
    assert (ev.type, ev.mode, ev.cameo) == ("PROTEST", "obstruct", "144")
    ev = by_trigger(events(nlp, "The navy blockaded the port."), "blockaded")
    assert (ev.type, ev.mode) == ("COERCE", "restrict")  # a state's blockade


def test_a_diplomat_seeing_a_leader_meets_him(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The envoy saw the Israeli prime minister on Tuesday."), "saw")
    assert ev.type == "CONSULT" and has(ev.targets, "minister")
    assert not events(nlp, "The ambassador saw a film on Tuesday.")


def test_fighting_told_heavy_or_raging_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, word in (
        ("Heavy fighting broke out between rebels and government troops.", "fighting"),
        ("Fierce fighting continued in the mountains overnight.", "fighting"),
        ("Violence flared in the West Bank on Friday.", "violence"),
    ):
        assert by_trigger(events(nlp, text), word).type == "ASSAULT", text
    for text in (
        "The report documents domestic violence in rural areas.",
        "But the violence has continued.",  # the fighting told before, named again
    ):
        assert not any(e.type == "ASSAULT" for e in events(nlp, text)), text


def test_joint_patrols_with_another_party_are_military_cooperation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Indonesia has agreed to resume joint patrols with Australia."
    found = events(nlp, text)
    assert by_trigger(found, "patrols").type == "COOPERATE"
    assert by_trigger(found, "agreed").type == "AGREE"  # announced cooperation, no threat
    text = "The army increased patrols along the border."
    assert by_trigger(events(nlp, text), "patrols").type == "MOBILIZE"


def test_an_armed_force_taking_control_of_a_place_seizes_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Anti-Taliban forces have seized control of Kandahar airport."
    ev = by_trigger(events(nlp, text), "seized")
    assert (ev.type, ev.mode) == ("ASSAULT", "seize") and has(ev.targets, "airport")
    text = "Rebels took control of the northern town on Sunday."
    assert by_trigger(events(nlp, text), "took").type == "ASSAULT"
    for text in (
        "The company took control of the airline.",
        "Police took control of the situation.",
        "Soldiers seized control of the broadcasting equipment.",  # a thing, no ground
    ):
        assert not any(e.type == "ASSAULT" for e in events(nlp, text)), text


def test_a_telephone_conversation_with_a_party_is_a_talk(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In a telephone conversation with Arafat, Powell urged him to act."
    ev = by_trigger(events(nlp, text), "conversation")
    assert ev.type == "CONSULT" and has(ev.targets, "Arafat")
    assert not events(nlp, "Investigators listened to phone calls between the suspects.")


def test_food_dropped_from_the_air_is_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "US planes dropped food parcels over northern Afghanistan."
    assert by_trigger(events(nlp, text), "dropped").type == "AID"
    text = "US planes dropped bombs over northern Afghanistan."
    assert not any(e.type == "AID" for e in events(nlp, text))
    assert not events(nlp, "The charity dropped its plans for a new hospital.")
