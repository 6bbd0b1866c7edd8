"""Cues in the words around a name (annotate/entities_roles.py), through mend_entities."""

from __future__ import annotations


def _mended_parsed(nlp, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """mend_entities over the pipeline's parse of `text` with these entities set instead of
    its own (each surface found after the previous one)."""
    from chronicler.annotate.entities import mend_entities

    doc = nlp(text)
    ents, cursor = [], 0
    for surface, label in spans:
        start = doc.text.index(surface, cursor)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None
        ents.append(span)
        cursor = start + len(surface)
    doc.ents = ents
    return [(e.text, e.label_) for e in mend_entities(doc).ents]


def test_a_name_apposed_to_the_capital_is_a_place_there_and_elsewhere(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "The army detained leaders in the capital, Naypyitaw. Lines in Naypyitaw were cut."
    spans = [("Naypyitaw", "PERSON"), ("Naypyitaw", "PERSON")]
    assert _mended_parsed(nlp, text, spans) == [("Naypyitaw", "GPE"), ("Naypyitaw", "GPE")]
    text = "Los militares detuvieron a los líderes en la capital, Naipyidó, antes del amanecer."
    assert _mended_parsed(nlp_es, text, [("Naipyidó", "PER")]) == [("Naipyidó", "LOC")]


def test_a_subject_after_the_capital_stays_what_it_was(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "In the capital, Maduro said": no apposition, the sentence's subject."""
    text = "In the capital, Maduro said the vote was clean."
    assert _mended_parsed(nlp, text, [("Maduro", "PERSON")]) == [("Maduro", "PERSON")]


def test_a_name_a_prison_is_in_is_a_place(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "She had been held in a prison in Naypyitaw since June 2022."
    assert _mended_parsed(nlp, text, [("Naypyitaw", "PERSON")]) == [("Naypyitaw", "GPE")]
    text = "Fue trasladada a un penal en Naipyidó desde junio."
    assert _mended_parsed(nlp_es, text, [("Naipyidó", "PER")]) == [("Naipyidó", "LOC")]


def test_a_name_described_as_a_person_is_a_person(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Among those returned was Vadim Krasikov, an FSB officer serving a life sentence."
    spans = [("Vadim Krasikov", "ORG"), ("FSB", "ORG")]
    assert ("Vadim Krasikov", "PERSON") in _mended_parsed(nlp, text, spans)
    text = "La denuncia la presentó Lidia Patty, exdiputada del partido de gobierno."
    assert ("Lidia Patty", "PER") in _mended_parsed(nlp_es, text, [("Lidia Patty", "ORG")])


def test_a_country_or_body_described_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Poland, a NATO member, sent troops, and China, the world leader in steel, did not."
    spans = [("Poland", "GPE"), ("NATO", "ORG"), ("China", "GPE")]
    assert _mended_parsed(nlp, text, spans) == spans
    text = "Human Rights Watch, a rights group, said so."
    spans = [("Human Rights Watch", "ORG")]
    assert _mended_parsed(nlp, text, spans) == spans


def test_a_name_after_an_office_and_its_body_is_a_person(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La causa se abrió por una denuncia de la exdiputada del Movimiento al Socialismo "
        "(MAS) Lidia Patty."
    )
    spans = [("Movimiento al Socialismo", "ORG"), ("MAS", "ORG"), ("Lidia Patty", "ORG")]
    assert ("Lidia Patty", "PER") in _mended_parsed(nlp_es, text, spans)


def test_the_body_an_office_is_of_is_no_person(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "líder de la Unión Patriótica": the body itself follows the office, no name after it."""
    text = (
        "Ferrer, líder de la Unión Patriótica de Cuba, fue detenido; un juez de la Corte "
        "Suprema lo condenó."
    )
    spans = [("Ferrer", "PER"), ("Unión Patriótica", "LOC"), ("Corte Suprema", "LOC")]
    mended = _mended_parsed(nlp_es, text, spans)
    assert ("Unión Patriótica", "PER") not in mended and ("Corte Suprema", "PER") not in mended


def test_a_body_of_states_acts_as_one_not_by_its_other_words(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "union" is a civilians' word and "security" a police one; the European Union and the
    Security Council are bodies of states, in English and Spanish; ministers of the EU's
    states keep their own role."""
    from event_helpers import es_events, events

    def roles(evs) -> set[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
        return {(p.text, p.role) for e in evs for p in e.actors}

    found = roles(events(nlp, "The European Union condemned the execution."))
    assert ("The European Union", "international") in found
    text = "The United Nations Security Council condemned the arrest of the opposition leader."
    assert ("The United Nations Security Council", "international") in roles(events(nlp, text))
    assert ("miners' union", "civilians") in roles(
        events(nlp, "The miners' union condemned the arrest.")
    )
    found = roles(es_events(nlp_es, "La Unión Europea condenó la ejecución de Shekari."))
    assert ("Unión Europea", "international") in found
    text = "Los ministros de Exteriores de la UE condenaron la ejecución."
    assert ("ministros de Exteriores de la UE", "government") in roles(es_events(nlp_es, text))


def test_a_name_a_facility_noun_names_is_that_facility(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """After the noun, maybe past "known as" and quotes, untagged too; before it past lower
    case modifiers; and the same name elsewhere in the text."""
    text = "He was moved to the labor camp known as “Black Dolphin” near the border."
    assert ("Black Dolphin", "FAC") in _mended_parsed(nlp, text, [])
    text = "Fue trasladado a la colonia penitenciaria conocida como Delfín Negro, en el sur."
    assert _mended_parsed(nlp_es, text, [("Delfín Negro", "ORG")]) == [("Delfín Negro", "LOC")]
    text = (
        "Guards lined up outside the La Tumba detention centre. Officials vowed to shut La Tumba."
    )
    spans = [("La Tumba", "ORG"), ("La Tumba", "ORG")]
    assert _mended_parsed(nlp, text, spans) == [("La Tumba", "FAC"), ("La Tumba", "FAC")]


def test_a_body_before_its_building_stays_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the FBI building", "the Justice Ministry building": the body whose building it is."""
    text = "Agents gathered at the FBI building and the Justice Ministry building on Monday."
    spans = [("FBI", "ORG"), ("Justice Ministry", "ORG")]
    assert _mended_parsed(nlp, text, spans) == spans


def test_a_name_right_after_an_outlet_noun_is_the_outlet_there_and_elsewhere(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "la agencia Nasr" tagged a place, "the news agency Kavir" a person: outlets, and so
    is the same name alone later; a capital after the noun stays a place."""
    text = "Lo confirmó la agencia Nasr, del poder judicial. Según Nasr, hubo dos juicios."
    spans = [("Nasr", "LOC"), ("Nasr", "LOC")]
    assert _mended_parsed(nlp_es, text, spans) == [("Nasr", "ORG"), ("Nasr", "ORG")]
    text = "The news agency Kavir said two men were hanged, according to Kavir."
    spans = [("Kavir", "PERSON"), ("Kavir", "GPE")]
    assert _mended_parsed(nlp, text, spans) == [("Kavir", "ORG"), ("Kavir", "ORG")]
    text = "The newspaper Caracas Hoy was closed. The daily printed in Caracas."
    spans = [("Caracas Hoy", "GPE"), ("Caracas", "GPE")]
    assert _mended_parsed(nlp, text, spans) == [("Caracas Hoy", "ORG"), ("Caracas", "GPE")]
