"""A prisoner who dies in a penal colony dies in custody; a transfer to a prison or a penal
colony is imprisonment there, the place being where and not whom; blame laid by holding
someone responsible is an accusation, not custody. English sentences written here."""

from __future__ import annotations

from event_helpers import by_trigger, events, has


def test_dying_in_a_penal_colony_is_a_death_in_custody(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The opposition leader died in a penal colony in Siberia."), "died")
    assert (ev.type, ev.mode) == ("ASSAULT", "custody-death")
    assert has(ev.targets, "leader")
    assert ("held_at", "penal colony in Siberia") in ev.attributes


def test_dying_elsewhere_is_no_death_in_custody(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The former minister died in a hospital in Madrid after a long illness.")
    assert not [e for e in evs if e.mode == "custody-death"]


def test_a_transfer_to_a_prison_is_imprisonment_there(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "Authorities moved the activist to a maximum-security prison."), "moved"
    )
    assert (ev.type, ev.mode) == ("COERCE", "imprison")
    assert has(ev.actors, "authorities") and has(ev.targets, "activist")
    ev = by_trigger(
        events(nlp, "The dissident was transferred to a penal colony in the Urals."), "transferred"
    )
    assert ev.mode == "imprison" and has(ev.targets, "dissident")
    assert any(name == "held_at" and "penal colony" in v for name, v in ev.attributes)


def test_a_transfer_to_a_hospital_is_no_imprisonment(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The dissident was transferred to a hospital in Berlin.")
    assert not [e for e in evs if e.mode == "imprison"]


def test_holding_someone_responsible_is_an_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The bloc held the Russian regime solely responsible."), "held")
    assert (ev.type, ev.mode) == ("ACCUSE", "allege")
    assert has(ev.actors, "bloc") and has(ev.targets, "regime")
    ev = by_trigger(events(nlp, "The activists were held in a prison outside the capital."), "held")
    assert (ev.type, ev.mode) == ("COERCE", "imprison")


def test_a_prison_named_with_an_apposition_is_the_place_held(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "locked up in El Rodeo, a maximum-security prison": the name is the place held."""
    text = (
        "The former minister was flown to the capital and locked up in El Rodeo, "
        "a maximum-security prison."
    )
    ev = by_trigger(events(nlp, text), "locked up")
    assert ev.mode == "imprison"
    assert ("held_at", "El Rodeo") in ev.attributes
