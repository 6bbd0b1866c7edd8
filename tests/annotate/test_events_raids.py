"""Raids on a place and being held: police storming a building is a raid (COERCE 'seize',
CAMEO 171), not shelling; "locked up in X" and "returned to prison" are imprisonment, not
a new arrest nor a thing given back; "calling the raid an outrage" halts no fighting.
Sentences written here."""

from __future__ import annotations

from event_helpers import by_trigger, events, has


def test_police_storming_a_building_is_a_raid_not_shelling(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police stormed the consulate late Saturday and arrested the former minister."
    evs = events(nlp, text)
    raid = by_trigger(evs, "stormed")
    assert (raid.type, raid.mode, raid.cameo) == ("COERCE", "seize", "171")
    assert has(raid.actors, "police") and has(raid.targets, "consulate")
    assert by_trigger(evs, "arrested").mode == "arrest"
    # troops storming a town is still an armed assault
    assault = by_trigger(events(nlp, "Troops stormed the rebel town."), "stormed")
    assert assault.type == "ASSAULT"


def test_locked_up_and_returned_to_prison_are_imprisonment(nlp) -> None:  # type: ignore[no-untyped-def]
    locked = by_trigger(events(nlp, "The guards locked him up in a military prison."), "locked")
    assert (locked.type, locked.mode) == ("COERCE", "imprison")
    back = by_trigger(events(nlp, "The activist was returned to prison on Friday."), "returned")
    assert (back.type, back.mode) == ("COERCE", "imprison")
    assert has(back.targets, "activist")
    # a thing given back is still a return
    given = by_trigger(events(nlp, "The army returned the seized land to the farmers."), "returned")
    assert given.mode == "return"


def test_calling_a_raid_names_no_ceasefire(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister condemned the attack, calling the raid an outrage."
    assert not [e for e in events(nlp, text) if e.mode == "ceasefire"]
    off = by_trigger(events(nlp, "The army called off the offensive."), "called")
    assert (off.type, off.mode) == ("RETREAT", "ceasefire")


def test_a_police_incursion_or_one_into_a_building_is_a_raid(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a police incursion", "an incursion by security forces into the campus": a raid
    (COERCE 'seize'), as "stormed" is; an army's incursion into a territory stays an attack."""
    for text in (
        "The council condemned the police incursion into the consulate.",
        "Rights groups denounced an incursion by police into the university campus.",
        "Rights groups denounced an incursion into the cathedral.",
    ):
        raid = by_trigger(events(nlp, text), "incursion")
        assert (raid.type, raid.mode, raid.cameo) == ("COERCE", "seize", "171"), text
    war = by_trigger(events(nlp, "The army launched an incursion into northern Gaza."), "incursion")
    assert war.type == "ASSAULT"


def test_spanish_assault_on_a_building_is_a_raid(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "El asalto a la embajada": forcing one's way into a building is a raid (COERCE
    'seize'), as "an incursion into the embassy" is; an assault on a town is an attack."""
    from event_helpers import es_events

    raid = by_trigger(es_events(nlp_es, "El asalto a la embajada fue condenado."), "asalto")
    assert (raid.type, raid.mode, raid.cameo) == ("COERCE", "seize", "171")
    text = "El asalto de los guerrilleros al pueblo dejó diez muertos."
    assert by_trigger(es_events(nlp_es, text), "asalto").type == "ASSAULT"
