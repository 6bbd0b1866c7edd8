"""Relative-clause slips in both languages and Spanish leftovers (left34f): what a threat or
plan holds in a relative clause, the arrests of a raid told in its relative clause, an act
called with "llamar a"/"instar a", a threat's receiver, the dead of an attack's relative
clause, what a looting or seizure noun's "de"-phrase names."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipelines (loaded once per process)


def test_what_a_threat_holds_is_not_done(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The governor received threats that included burning down his office."
    assert by_trigger(events(nlp, text), "burning").hypothetical


def test_what_a_plan_holds_is_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    # a plan is an intent: its act is flagged future, as "plans to" flags it (modality 1.111.0)
    storming = by_trigger(
        events(nlp, "The militia drew up a plan that involved storming the airport."), "storming"
    )
    assert storming.future and not storming.hypothetical


def test_an_attack_a_relative_clause_tells_stays_done(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The raids that included burning the village left ten dead.")
    assert not any(e.hypothetical for e in evs if e.trigger.lower() == "raids")


def test_arrests_in_a_raid_relative_clause_are_its_makers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Troops carried out a raid in which 12 militants were detained."
    detained = by_trigger(events(nlp, text), "detained")
    assert has(detained.actors, "troops") and has(detained.targets, "militants")


def test_a_raid_with_no_maker_names_no_arrester(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A raid in which 12 militants were detained took place overnight."
    assert not by_trigger(events(nlp, text), "detained").actors


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("La central obrera llamó a una huelga general contra la reforma.", "huelga"),
        ("El caudillo llamó a un levantamiento contra el régimen.", "levantamiento"),
        ("La central obrera convocó a una huelga general contra la reforma.", "huelga"),
    ],
)  # fmt: skip
def test_an_act_called_with_a_is_ahead(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    called = by_trigger(es_events(nlp_es, text), trigger)
    assert called.future and not called.hypothetical


def test_a_call_noun_and_a_call_to_do_stay_asked(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El caudillo instó a los campesinos a levantarse contra el régimen."
    assert by_trigger(es_events(nlp_es, text), "levantarse").hypothetical


def test_the_one_threatened_does_not_do_the_threatened_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La jueza recibió amenazas de quemar su vivienda."
    burning = by_trigger(es_events(nlp_es, text), "quemar")
    assert not has(burning.actors, "jueza")
    assert burning.hypothetical


def test_the_threatener_does_the_threatened_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los sicarios lanzaron amenazas de quemar la vivienda de la jueza."
    assert has(by_trigger(es_events(nlp_es, text), "quemar").actors, "sicarios")


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("La guerrilla lanzó un ataque en el que murieron ocho policías.", "policías"),
        ("Un atentado en el que fallecieron veinte civiles sacudió la ciudad.", "civiles"),
    ],
)  # fmt: skip
def test_the_dead_of_an_attack_relative_clause_are_its_targets(
    nlp_es, text: str, dead: str
) -> None:  # type: ignore[no-untyped-def]
    attack = next(e for e in es_events(nlp_es, text) if e.type == "ASSAULT")
    assert has(attack.targets, dead)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Los saqueos de comercios se extendieron por el barrio.", "saqueos", "comercios"),
        ("El hurto de dos camiones fue denunciado ayer.", "hurto", "camiones"),
    ],
)  # fmt: skip
def test_what_a_looting_noun_names_is_looted(nlp_es, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert has(by_trigger(es_events(nlp_es, text), trigger).targets, target)
