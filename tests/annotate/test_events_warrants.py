"""An arrest ordered, not made, is THREATEN 'arrest' (PLOVER manual: an arrest issued in
absentia), in English and Spanish; an arrest made stays COERCE. Sentences written here."""

from __future__ import annotations

from event_helpers import es_events, events, has, one


def test_an_ordered_arrest_is_a_threat_that_was_made(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp, "A judge in Lima ordered the arrest of the former mayor on Friday."), "arrest"
    )
    assert ev.type == "THREATEN" and not ev.hypothetical
    assert has(ev.targets, "mayor")


def test_an_arrest_warrant_is_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp, "A court in Quito issued an arrest warrant for the banker on Monday."), "arrest"
    )
    assert ev.type == "THREATEN"


def test_a_warrant_for_an_arrest_is_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a warrant for his arrest", "a warrant was issued for the arrest of X": the warrant
    names the arrest through "for", on the noun or on the verb that issues it."""
    for text in (
        "A court in Quito issued a warrant for the arrest of the banker.",
        "A warrant was issued on Monday for the arrest of the banker.",
        "Prosecutors in Quito obtained a warrant for the banker's arrest.",
    ):
        ev = one(events(nlp, text), "arrest")
        assert ev.type == "THREATEN" and has(ev.targets, "banker"), text


def test_an_arrest_joined_to_another_modifier_of_the_warrant_is_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Federal and state arrest warrants": the parser joins "arrest" to "Federal", not to
    the warrants; it still names them (events_warrants.ordered_by)."""
    text = "Federal and state arrest warrants were issued for the suspect."
    assert one(events(nlp, text), "arrest").type == "THREATEN"
    text = "Police obtained a search and arrest warrant for the house."
    assert one(events(nlp, text), "arrest").type == "THREATEN"
    text = "Police arrested the driver and the passenger."
    assert one(events(nlp, text), "arrest").type == "COERCE"


def test_an_arrest_made_stays_coercion(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Police in Lima arrested the former mayor on Friday."), "arrest")
    assert ev.type == "COERCE"


def test_spanish_warrant_and_ordered_detention(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Un juez de Quito dictó una orden de captura contra el banquero el lunes."
    ev = one(es_events(nlp_es, text), "arrest")
    assert ev.type == "THREATEN"
    text = "La jueza ordenó la detención del alcalde de Cali."
    ev = one(es_events(nlp_es, text), "arrest")
    assert ev.type == "THREATEN" and not ev.hypothetical
    text = "La Policía detuvo al alcalde de Cali el martes."
    assert one(es_events(nlp_es, text), "arrest").type == "COERCE"


def test_spanish_warrant_names_its_issuer_and_whom_it_is_against(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Un juez dictó una orden de captura contra el alcalde el lunes."
    ev = one(es_events(nlp_es, text), "arrest")
    assert has(ev.actors, "juez") and has(ev.targets, "alcalde")


def test_a_house_arrest_ordered_is_held_by_the_one_ordering_it(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A detention noun an ordering verb takes is custody imposed, not a threat: the one who
    orders it holds, and it happened (no hypothetical); an arrest ordered stays a warrant."""
    ev = one(
        es_events(nlp_es, "La jueza ordenó el arresto domiciliario del exgobernador."), "imprison"
    )
    assert ev.type == "COERCE" and not ev.hypothetical
    assert has(ev.actors, "jueza") and has(ev.targets, "exgobernador")
    ev = one(es_events(nlp_es, "Ayer el tribunal ordenó su arresto domiciliario."), "imprison")
    assert has(ev.actors, "tribunal") and not ev.hypothetical
    ev = one(events(nlp, "A judge in Cusco ordered the house arrest of the governor."), "imprison")
    assert ev.type == "COERCE" and not ev.hypothetical and has(ev.actors, "judge")
    ev = one(es_events(nlp_es, "La jueza ordenó la detención del exgobernador."), "arrest")
    assert ev.type == "THREATEN"
