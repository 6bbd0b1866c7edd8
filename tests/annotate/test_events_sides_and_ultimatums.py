"""Who the parties are in a few constructions: a coordinated "with" object of a two-way act
is one side, a conjunct verb agrees with its subject, an ultimatum to leave, a participle
set off after a name, and a clitic shared by coordinated verbs. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, events, has, one

pytestmark = pytest.mark.slow


def test_a_coordinated_with_object_of_a_clash_is_one_side(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "clashes with police and soldiers": police and soldiers fought someone unnamed, not
    each other; "between police and protesters" still names both sides."""
    ev = by_trigger(events(nlp, "Nine people died in clashes with police and soldiers."), "clashes")
    assert not ev.actors and has(ev.targets, "police") and has(ev.targets, "soldiers")
    text = "Clashes between police and protesters left five dead."
    ev = by_trigger(events(nlp, text), "clashes")
    assert has(ev.actors, "police") and has(ev.targets, "protesters")
    ev = by_trigger(events(nlp, "Protesters clashed with police and soldiers in Lima."), "clashed")
    assert has(ev.actors, "protesters") and len(ev.targets) == 2


def test_a_conjunct_verb_takes_the_subject_it_agrees_with(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "His lawyers say he is innocent and have appealed": the parser hangs "have appealed"
    on "he is"; "have" agrees with the lawyers, so they appealed, not he."""
    ev = by_trigger(events(nlp, "His lawyers say he is innocent and have appealed."), "appealed")
    assert has(ev.actors, "lawyers")
    text = "Police say the suspect was arrested and has been charged."
    ev = one(events(nlp, text), "charge")
    assert not has(ev.actors, "police")


def test_an_ultimatum_to_leave_is_a_threat_of_expulsion(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "gave the ambassador 72 hours to leave the country": THREATEN 'expel' (CAMEO 139,
    give ultimatum), aimed at whom it was given, not aid."""
    text = "The government gave the Mexican ambassador 72 hours to leave the country."
    ev = one(events(nlp, text), "expel")
    assert (ev.type, ev.cameo) == ("THREATEN", "139")
    assert has(ev.actors, "government") and has(ev.targets, "ambassador")
    assert not [e for e in events(nlp, text) if e.type == "AID"]


def test_spanish_ultimatum_and_its_clitic_is_the_first_verbs_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "declaró persona non grata a Monroy y le dio 72 horas para abandonar el país": "le" is
    Monroy, whom the first verb took; the ultimatum is THREATEN 'expel'."""
    text = (
        "Juan Pérez fue detenido en Lima. La canciller Ana Gómez declaró el martes persona "
        "non grata al embajador Pablo Monroy y le dio 72 horas para abandonar el país."
    )
    (threat,) = [e for e in es_events(nlp_es, text) if e.type == "THREATEN"]
    assert (threat.mode, threat.cameo) == ("expel", "139")
    assert has(threat.targets, "monroy") and not has(threat.targets, "pérez")


def test_spanish_participle_after_a_name_describes_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "viajó el embajador Pablo Monroy, expulsado un día antes por el Gobierno": Monroy
    was expelled, not the main clause's subject nor a place."""
    text = (
        "La familia salió de Lima rumbo a México, en el mismo avión en el que viajó el "
        "embajador mexicano Pablo Monroy, expulsado un día antes por el Gobierno de Perú."
    )
    ev = by_trigger(es_events(nlp_es, text), "expulsado")
    assert has(ev.targets, "monroy") and not has(ev.targets, "méxico")


def test_a_death_in_a_clash_or_shooting_is_its_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "eight who died when troops opened fire", "died in clashes with police": killed in
    the act (ASSAULT, the dead its target, counted); a death told with no such act ("died in
    Ayacucho", "died in a fire at their home") is no one's act."""
    text = "Eight protesters died when troops opened fire on a march."
    ev = by_trigger(events(nlp, text), "died")
    assert ev.type == "ASSAULT" and has(ev.targets, "protesters")
    assert ("target_count", "Eight") in ev.attributes
    ev = by_trigger(events(nlp, "Two students died in clashes with police in Cusco."), "died")
    assert ev.type == "ASSAULT" and has(ev.targets, "students")
    for text in ("Eight people died in Ayacucho on Thursday.", "Three people died in a fire."):
        assert not [e for e in events(nlp, text) if e.trigger == "died"], text


def test_a_killing_and_a_death_in_a_clash_take_the_mode_kill(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "were killed", "died in clashes with police": a killing told without how, mode kill
    (the word the event pair scorer reads); an attack or a wounding is none."""
    evs = events(nlp, "At least 12 miners were killed when soldiers stormed the camp.")
    assert by_trigger(evs, "killed").mode == "kill"
    evs = events(nlp, "Four students died in clashes with police in the capital.")
    assert by_trigger(evs, "died").mode == "kill"
    evs = events(nlp, "Rebels attacked an army post near the border on Monday.")
    assert by_trigger(evs, "attacked").mode is None


def test_a_span_of_time_given_to_comply_is_an_ultimatum(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "has given the rebel leader 24 hours to comply": THREATEN (CAMEO 139, give ultimatum),
    aimed at whom it is given to, not aid; the act demanded is still ahead; a time limit
    for a chore is no threat."""
    evs = events(nlp, "The army has given the rebel leader just 24 hours to comply.")
    ev = by_trigger(evs, "given")
    assert (ev.type, ev.cameo) == ("THREATEN", "139")
    assert has(ev.actors, "army") and has(ev.targets, "leader")
    assert not [e for e in evs if e.type == "AID"]
    evs = events(nlp, "The government gave the militia two days to surrender its weapons.")
    assert by_trigger(evs, "gave").type == "THREATEN"
    assert by_trigger(evs, "surrender").future
    assert not events(nlp, "The speaker gave the committee two weeks to study the bill.")


def test_an_air_force_sent_is_forces_moved(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "sent its airforce to strike the camps": MOBILIZE troops, also spelt as one word,
    not AID."""
    ev = by_trigger(events(nlp, "Colombia sent its airforce to strike the camps."), "sent")
    assert (ev.type, ev.mode) == ("MOBILIZE", "troops")
