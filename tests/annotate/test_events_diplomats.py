"""Expelling a diplomat is SANCTION 'expel' (CAMEO 166), in English and Spanish: a
declaration of persona non grata, and an expulsion told by a participle on the envoy's name.
Sentences written here."""

from __future__ import annotations

from event_helpers import by_trigger, es_events, events, has


def test_persona_non_grata_is_an_expulsion(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The foreign minister declared Ambassador Juan Ortiz persona non grata on Monday."
    ev = by_trigger(events(nlp, text), "declared")
    assert (ev.type, ev.mode, ev.cameo) == ("SANCTION", "expel", "166")
    assert has(ev.targets, "ortiz")


def test_spanish_persona_non_grata_is_an_expulsion(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La canciller declaró el lunes persona non grata al embajador Juan Ortiz."
    ev = by_trigger(es_events(nlp_es, text), "declaró")
    assert (ev.type, ev.mode) == ("SANCTION", "expel")


def test_spanish_participle_on_an_envoys_name_expels_the_envoy(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "el embajador mexicano Juan Ortiz, expulsado un día antes por el Gobierno": the envoy
    undergoes it, a diplomat's expulsion, not a deportation."""
    text = (
        "En el avión viajó el embajador mexicano Juan Ortiz, expulsado un día antes por el "
        "Gobierno peruano."
    )
    ev = by_trigger(es_events(nlp_es, text), "expulsado")
    assert (ev.type, ev.mode) == ("SANCTION", "expel")
    assert has(ev.targets, "ortiz") and has(ev.actors, "gobierno")


def test_spanish_participle_on_a_migrant_stays_a_deportation(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Llegó al aeropuerto el migrante Juan Ortiz, expulsado un día antes por el Gobierno."
    ev = by_trigger(es_events(nlp_es, text), "expulsado")
    assert (ev.type, ev.mode) == ("COERCE", "deport")


def test_breaking_off_relations_is_cameo_161_as_in_spanish(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "broke off diplomatic relations with X", "cut ties with X": SANCTION 'withdraw' (CAMEO
    161, break diplomatic relations), the coding of "rompió relaciones con X", so the two
    reports merge; trade ties cut stay an economic sanction (162)."""
    for text, trigger in (
        ("The president broke off diplomatic relations with Peru on Monday.", "broke"),
        ("Honduras cut ties with Taiwan in March.", "cut"),
    ):
        ev = by_trigger(events(nlp, text), trigger)
        assert (ev.type, ev.mode, ev.cameo) == ("SANCTION", "withdraw", "161"), text
        assert has(ev.targets, "peru") or has(ev.targets, "taiwan")
    es = by_trigger(es_events(nlp_es, "El presidente rompió relaciones con Perú."), "rompió")
    assert (es.type, es.mode, es.cameo) == ("SANCTION", "withdraw", "161")
    trade = by_trigger(events(nlp, "The government cut trade ties with Russia."), "cut")
    assert trade.cameo == "162"


def test_a_lawsuit_filed_against_a_state_is_coded_as_sued(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "presentó una demanda contra Bolivia ante la corte" is ACCUSE 'allege' (CAMEO 112), the
    coding of the English "sued Bolivia"; demands handed to a government are no lawsuit."""
    es = by_trigger(
        es_events(nlp_es, "Chile presentó el lunes una demanda contra Bolivia ante la corte."),
        "demanda",
    )
    en = by_trigger(events(nlp, "Chile sued Bolivia at the court on Monday."), "sued")
    assert (
        (es.type, es.mode, es.cameo) == (en.type, en.mode, en.cameo) == ("ACCUSE", "allege", "112")
    )
    assert has(es.targets, "bolivia") and has(es.actors, "chile")
    demands = es_events(nlp_es, "Los sindicatos presentaron sus demandas al Gobierno.")
    assert not [e for e in demands if e.type == "ACCUSE"]


def test_recalling_ones_own_envoy_is_a_withdrawal(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "recalled its ambassador": one's own diplomats withdrawn, PLOVER SANCTION 'withdraw'
    (not 'expel', which sends another's diplomats away)."""
    for text, trigger in (
        ("Spain recalled its ambassador from Caracas on Tuesday.", "recalled"),
        ("The special envoy was recalled to Washington for consultations.", "recalled"),
    ):
        ev = by_trigger(events(nlp, text), trigger)
        assert (ev.type, ev.mode) == ("SANCTION", "withdraw"), text
