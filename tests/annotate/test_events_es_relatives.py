"""Spanish relative clauses the small parser misreads, and raids: a relative read object
first ("una resolución que condena la irrupción"), a relative marked by personal "a" hung far
from the person named before its comma, the place "donde" stands for, a raid by security
forces ("irrumpieron en"), and who links a happening to another, no party to it. Sentences
written here."""

from __future__ import annotations

from event_helpers import by_trigger, es_events, has


def test_a_resolution_that_condemns_a_raid_is_criticism_not_a_sentence(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El Consejo aprobó el martes una resolución que condena la irrupción, con 20 votos a favor."
    )
    ev = by_trigger(es_events(nlp_es, text), "condena")
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")
    assert not has(ev.actors, "irrupción")


def test_a_relative_after_a_persons_name_stands_for_that_person(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chile presentó una queja por la irrupción de la Policía en su consulado en Lima, "
        "donde los agentes detuvieron al exministro Juan Pérez, al que el Gobierno chileno "
        "había concedido asilo político horas antes."
    )
    evs = es_events(nlp_es, text)
    grant = by_trigger(evs, "concedido")
    assert grant.mode == "asylum" and has(grant.targets, "pérez")
    assert not has(grant.targets, "irrupción")
    arrest = by_trigger(evs, "detuvieron")
    assert has(arrest.targets, "pérez")
    assert arrest.location is not None and "consulado" in arrest.location


def test_security_forces_forcing_their_way_in_is_a_raid(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Decenas de policías irrumpieron en la sede diplomática la noche del sábado."
    ev = by_trigger(es_events(nlp_es, text), "irrumpieron")
    assert (ev.type, ev.mode, ev.cameo) == ("COERCE", "seize", "171")
    assert has(ev.actors, "policías") and has(ev.targets, "sede")
    # no one of the security forces: no raid
    assert not [
        e
        for e in es_events(nlp_es, "Los manifestantes irrumpieron en el Congreso.")
        if e.mode == "seize"
    ]


def test_who_links_a_killing_to_something_did_not_kill(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La crisis estalló después de que el presidente vinculara el 3 de mayo el asesinato "
        "del candidato Juan Pérez con el resultado de las elecciones."
    )
    ev = by_trigger(es_events(nlp_es, text), "asesinato")
    assert has(ev.targets, "pérez")
    assert not ev.actors


def test_a_relative_after_the_second_side_of_a_clash_stands_for_that_side(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "un enfrentamiento entre soldados y campesinos que intentaban bloquear la carretera":
    the peasants try to block it (a protest obstruction), not the soldiers, whom the parser
    hangs the clause on."""
    text = (
        "Hubo diez heridos en un enfrentamiento entre soldados y campesinos que intentaban "
        "bloquear la carretera."
    )
    block = by_trigger(es_events(nlp_es, text), "bloquear")
    assert (block.type, block.mode) == ("PROTEST", "obstruct")
    assert has(block.actors, "campesinos") and not has(block.actors, "soldados")


def test_a_relative_pronoun_as_subject_is_checked_as_the_noun_it_stands_for(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """An armed rule's roles are read on the noun a relative pronoun stands for: "los
    soldados que bloqueaban la carretera" restrict movement."""
    text = "Los soldados que bloqueaban la carretera dispararon contra los manifestantes."
    block = by_trigger(es_events(nlp_es, text), "bloqueaban")
    assert (block.type, block.mode) == ("COERCE", "restrict")
