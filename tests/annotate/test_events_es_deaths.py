"""Deaths told as dying in a clash or a shooting are killings, in Spanish; a death by
accident is none. Sentences written here."""

from __future__ import annotations

from event_helpers import by_trigger, es_events, events, has


def test_dying_in_clashes_is_killing_by_the_other_side(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Al menos 15 personas han muerto en enfrentamientos con la policía desde el lunes."
    ev = by_trigger(es_events(nlp_es, text), "muerto")
    assert ev.type == "ASSAULT" and not ev.hypothetical
    assert has(ev.targets, "personas") and has(ev.actors, "policía")
    assert ("target_count", "15") in ev.attributes


def test_dying_when_soldiers_fire_is_killing(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Seis personas fallecieron cuando los soldados dispararon contra los manifestantes."
    ev = by_trigger(es_events(nlp_es, text), "fallecieron")
    assert ev.type == "ASSAULT" and has(ev.targets, "personas")


def test_dying_in_an_accident_is_no_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "Dos personas murieron en un accidente de tráfico en la carretera.")
    assert not [e for e in evs if e.trigger.startswith("murieron")]


def test_deaths_in_a_repression_and_a_killing_take_the_mode_kill(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The English vocabulary's mode for a killing told without how: "fallecieron en la
    represión", "mataron a tres campesinos"; an attack is no killing."""
    text = "Ocho mineros fallecieron durante la represión policial en Potosí."
    assert by_trigger(es_events(nlp_es, text), "fallecieron").mode == "kill"
    text = "Unos pistoleros mataron a tres campesinos en el Cauca."
    assert by_trigger(es_events(nlp_es, text), "mataron").mode == "kill"
    text = "Los rebeldes atacaron un cuartel del ejército en el Cauca."
    assert by_trigger(es_events(nlp_es, text), "atacaron").mode is None


def test_a_detention_in_a_coordinated_clause_is_no_death_in_custody(nlp_es, nlp) -> None:  # type: ignore[no-untyped-def]
    """ "diez personas murieron ... y unas 5.000 fueron detenidas": those detained are other
    people, a happening of their own, and their count is the detention's; so in English."""
    text = (
        "Al menos diez personas murieron en los enfrentamientos con la Policía y unas 5.000 "
        "fueron detenidas."
    )
    evs = es_events(nlp_es, text)
    assert not [e for e in evs if e.mode == "custody-death"], evs
    assert by_trigger(evs, "murieron").mode == "kill"
    assert ("target_count", "unas 5.000") in by_trigger(evs, "detenidas").attributes
    evs = events(nlp, "Ten people died and more than 4,000 were detained.")
    assert not [e for e in evs if e.mode == "custody-death"], evs
    assert ("target_count", "more than 4,000") in by_trigger(evs, "detained").attributes
