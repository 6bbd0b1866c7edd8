"""Spanish: a death in a penal colony, a transfer to a prison (the prison is where, not whom),
counts bounded by "más de", "de acuerdo con" as attribution, an announced act as a statement,
a penalty's length as no charge, and a wire dateline's ".-" as no mood. Sentences written
here."""

from __future__ import annotations

from event_helpers import by_trigger, es_events, has


def test_dying_in_a_penal_colony_is_a_death_in_custody(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El opositor murió el viernes en la colonia penitenciaria del Ártico."
    ev = by_trigger(es_events(nlp_es, text), "murió")
    assert (ev.type, ev.mode) == ("ASSAULT", "custody-death") and has(ev.targets, "opositor")
    assert ("held_at", "colonia penitenciaria del Ártico") in ev.attributes


def test_a_neighbourhood_called_colonia_is_no_prison(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "Un comerciante murió en la colonia Roma tras un accidente.")
    assert not [e for e in evs if e.mode == "custody-death"]


def test_a_transfer_to_a_prison_holds_the_person_there(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        es_events(nlp_es, "Los detenidos fueron trasladados a la cárcel de Tocorón."), "trasladados"
    )
    assert (ev.type, ev.mode) == ("COERCE", "imprison")
    assert has(ev.targets, "detenidos") and not has(ev.targets, "tocorón")
    assert ("held_at", "cárcel de Tocorón") in ev.attributes
    ev = by_trigger(es_events(nlp_es, "Fue trasladado a la colonia penal de Jarp."), "trasladado")
    assert ev.mode == "imprison"
    evs = es_events(nlp_es, "El activista fue trasladado a un hospital de Moscú.")
    assert not [e for e in evs if e.mode == "imprison"]


def test_a_count_bounded_by_mas_de_is_kept(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        es_events(nlp_es, "La policía detuvo a más de 400 personas en la plaza."), "detuvo"
    )
    assert ("target_count", "más de 400") in ev.attributes
    ev = by_trigger(es_events(nlp_es, "Más de 10.000 personas fueron arrestadas."), "arrestadas")
    assert ("target_count", "Más de 10.000") in ev.attributes


def test_de_acuerdo_con_is_attribution_not_agreement(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "De acuerdo con la Fiscalía, el preso se sintió mal tras un paseo.")
    assert not [e for e in evs if e.type == "AGREE"]
    evs = es_events(nlp_es, "El Gobierno y los sindicatos llegaron a un acuerdo.")
    assert [e for e in evs if e.type == "AGREE"]


def test_an_announced_act_is_a_statement_beside_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "Washington anunció que impondrá nuevas sanciones a Rusia.")
    sanction = by_trigger(evs, "sanciones")
    assert sanction.future
    said = by_trigger(evs, "anunció")
    assert (said.type, said.mode) == ("THREATEN", "restrict")
    assert ("announces", "SANCTION/discontinue") in said.attributes
    assert has(said.actors, "washington") and has(said.targets, "rusia")
    # what it reports in the past is no intent
    evs = es_events(nlp_es, "La Fiscalía anunció que el opositor murió en la cárcel.")
    assert not by_trigger(evs, "murió").future
    assert not [e for e in evs if e.type == "THREATEN"]


def test_a_penalty_length_is_no_charge(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "En 2022 fue condenado a nueve años por fraude y, en 2023, "
        'a otros 19 años por "extremismo".'
    )
    ev = by_trigger(es_events(nlp_es, text), "condenado")
    charges = [v for name, v in ev.attributes if name == "charge"]
    assert "fraude" in charges and not [c for c in charges if "años" in c]


def test_a_wire_dateline_gives_the_lead_no_future(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Moscú (AFP).- El opositor ruso Alexéi Navalni, el crítico más conocido del presidente "
        "Vladímir Putin, murió el viernes en la colonia penitenciaria del Ártico."
    )
    ev = by_trigger(es_events(nlp_es, text), "murió")
    assert not ev.future and not ev.hypothetical


def test_a_prison_named_after_its_phrase_is_where_not_whom(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "recluido en la cárcel de máxima seguridad El Rodeo": the name set after the prison
    is the place held, no target; the city someone is flown to ("a Barinas") is where he
    went, no target either; "detuvo a Roca", an object, stays the target."""
    text = (
        "El exministro fue trasladado a Barinas y recluido en la cárcel de alta seguridad El Rodeo."
    )
    evs = es_events(nlp_es, text)
    held = by_trigger(evs, "recluido")
    assert [v for n, v in held.attributes if n == "held_at"] == [
        "cárcel de alta seguridad El Rodeo"
    ]
    for ev in evs:
        assert has(ev.targets, "exministro") and not has(ev.targets, "rodeo"), ev.targets
        assert not has(ev.targets, "barinas"), ev.targets
    ev = by_trigger(es_events(nlp_es, "La Policía detuvo a Roca en Quito."), "detuvo")
    assert has(ev.targets, "roca")
