"""Events the recall audit of the Lee corpus found missed or typed wrongly (recall43): a raid
on an armed force or made from the air, an ultimatum to prove a will to end violence, a
territory reoccupied, troops arriving in a country, forces combing ground, a green light
given. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow


def test_a_raid_on_an_armed_force_is_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "led raids against government troops", "raided an army garrison": ASSAULT; a police
    raid on a house or against dealers stays a seizure (COERCE seize)."""
    text = "The rebel commander led raids against government troops in the mountains."
    ev = by_trigger(events(nlp, text), "raids")
    assert ev.type == "ASSAULT" and has(ev.targets, "troops")
    text = "Guerrillas raided an army garrison near the border."
    assert by_trigger(events(nlp, text), "raided").type == "ASSAULT"
    for text, word in (
        ("Police raided the house and seized documents.", "raided"),
        ("Police carried out raids against drug dealers in the capital.", "raids"),
    ):
        assert (by_trigger(events(nlp, text), word).type, word) == ("COERCE", word)


def test_raids_an_air_attack_is_made_in_are_that_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Warplanes pounded villages in night raids on Tuesday."), "raids")
    assert (ev.type, ev.mode) == ("ASSAULT", "aerial")
    ev = by_trigger(events(nlp, "Five people were arrested in dawn raids on Tuesday."), "raids")
    assert ev.type == "COERCE"  # arrests in raids: police raids


def test_a_deadline_to_prove_a_will_to_end_violence_is_an_ultimatum(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The envoy gave the two factions 24 hours to prove they were serious about the truce."
    ev = by_trigger(events(nlp, text), "gave")
    assert (ev.type, ev.cameo) == ("THREATEN", "139") and has(ev.targets, "factions")
    found = events(nlp, "The teacher gave the pupils two days to show their projects.")
    assert not any(e.type == "THREATEN" for e in found)


def test_a_territory_reoccupied_is_seized(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "Government tanks have reoccupied the town of Jenin."), "reoccupied"
    )
    assert (ev.type, ev.mode) == ("COERCE", "seize")


def test_troops_arriving_in_a_country_are_deployed(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "More British troops have arrived in Kabul."), "arrived")
    assert (ev.type, ev.cameo) == ("MOBILIZE", "154") and has(ev.actors, "troops")
    # since vocabulary 1.438.0 (unseen45) a force's arrival is its deployment with no place
    # named too, "Masked soldiers arrived first, followed by tanks" (MOBILIZE, as the recall
    # audit's seed 829 judges it; tests/annotate/test_events_unseen_motion.py); a civilian's
    # arrival stays none
    text = "The foreign minister arrived in Beijing on Monday."
    assert not any(e.type == "MOBILIZE" for e in events(nlp, text)), text


def test_forces_combing_ground_search_for_an_enemy(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers are combing the hills for the escaped rebels."
    ev = by_trigger(events(nlp, text), "combing")
    assert (ev.type, ev.mode) == ("COERCE", "seize") and has(ev.actors, "soldiers")
    assert not events(nlp, "Rescuers combed the rubble for survivors.")


def test_a_green_light_given_is_endorsement(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Washington gave a green light to the offensive."), "gave")
    assert (ev.type, ev.cameo) == ("SUPPORT", "051") and has(ev.actors, "Washington")


def test_an_act_it_is_said_to_be_time_for_is_not_done(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "said it was time for the rebels to lay down their arms": called for, hypothetical;
    "the rebels laid down their arms at the time" stays done."""
    for text, word in (
        ("The president said it was time for the rebels to lay down their arms.", "lay down"),
        ("It is time for the government to release the prisoners, the envoy said.", "release"),
        ("It is high time the army released the prisoners.", "released"),
    ):
        assert by_trigger(events(nlp, text), word).hypothetical, text
    text = "The rebels released the prisoners at the time of the truce."
    assert not by_trigger(events(nlp, text), "released").hypothetical


def test_a_speaker_saying_it_is_time_for_a_party_to_act_makes_a_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "says it is time for the government to release the prisoners": REQUEST by the
    speaker on the government; the release called for, not done."""
    found = events(nlp, "The envoy says it is time for the government to release the prisoners.")
    ev = by_trigger(found, "time")
    assert (ev.type, ev.cameo) == ("REQUEST", "100") and not ev.hypothetical
    assert has(ev.actors, "envoy") and has(ev.targets, "government")
    assert by_trigger(found, "release").hypothetical
    text = "It is time for the army to go back to its barracks, the senator said."
    ev = by_trigger(events(nlp, text), "time")
    assert has(ev.actors, "senator") and has(ev.targets, "army")
    for text in (
        "The time was right for talks, the minister said.",
        "At that time it was unclear who fired first.",
    ):
        assert not any(e.type == "REQUEST" for e in events(nlp, text)), text


def test_a_speaker_calling_an_act_unacceptable_criticises_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bank's spokesman says the union's action is unacceptable."
    ev = by_trigger(events(nlp, text), "unacceptable")
    assert (ev.type, ev.mode, ev.cameo) == ("ACCUSE", "disapprove", "111")
    assert has(ev.actors, "spokesman") and has(ev.targets, "action")
    for text in (
        "The attack was unacceptable.",  # no speaker told
        "The minister said it was unacceptable to wait any longer.",  # no party judged
    ):
        assert not any(e.type == "ACCUSE" for e in events(nlp, text)), text
