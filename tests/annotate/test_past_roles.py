"""Roles read off a participant's words that it does not act in: a past affiliation
("former U.S. Marine", "el general retirado"), an owned deputy, a charge's gerund, a force a
country owns (annotate/past_roles, events_participant_roles.role_of), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import es_events, events, one

pytestmark = pytest.mark.slow  # needs the spaCy pipelines (loaded once per session)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia freed former U.S. Marine John Miller on Thursday.", "John Miller"),
        ("A former soldier was arrested by police.", "former soldier"),
        ("The former head of the army was arrested.", "former head of the army"),
        ("Retired Gen. Pedro Ruiz, a former guerrilla, was arrested.", "Pedro Ruiz"),
        ("The ex-soldier was arrested by police.", "ex-soldier"),
    ],
)
def test_a_past_affiliation_is_no_role(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """A soldier or guerrilla of the past is no longer military or rebel (PLOVER codes
    former officials apart from the state, sector ELI)."""
    ev = one(events(nlp, text), "arrest" if "arrested" in text else "release")
    (target,) = [p for p in ev.targets if name in p.text or name in (p.phrase or "")]
    assert target.role is None, target


def test_a_role_held_now_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Army general John Smith was arrested by police."), "arrest")
    assert ev.targets[0].role == "military"


def test_a_former_leader_keeps_his_country(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Former Colombian President Alvaro Uribe met the envoy."), "meet")
    assert ev.actors[0].role is None and ev.actors[0].country == "COL", ev.actors


def test_an_owned_deputy_is_a_second_in_command(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Maduro's deputy" is a vice-president, not a legislator ("an opposition deputy")."""
    ev = one(events(nlp, "Maduro's deputy Delcy Rodriguez met the Spanish ambassador."), "meet")
    assert ev.actors and all(p.role == "government" for p in ev.actors), ev.actors
    ev = one(events(nlp, "Opposition deputy Juan Guaido was arrested by police."), "arrest")
    assert ev.targets[0].role == "opposition"


def test_a_charge_gerund_is_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "spying charges": "spying" names the offence, not a spy."""
    text = "He was serving a 16-year sentence on spying charges."
    evs = events(nlp, text)
    assert not [p for e in evs for p in (*e.actors, *e.targets) if p.role == "police"], evs


def test_a_charge_is_no_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    """What someone is charged with is the charge, no one an act is done by or aimed at."""
    text = "Smith, who was detained in Moscow, is serving a sentence on spying charges he denied."
    evs = events(nlp, text)
    parties = [p.text for e in evs for p in (*e.actors, *e.targets)]
    assert not [p for p in parties if "charges" in p], parties


def test_a_force_a_country_owns_is_the_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Iran's morality police": the force, with Iran's country, not Iran as police."""
    ev = one(events(nlp, "The United States sanctioned Iran's morality police."), "discontinue")
    (target,) = ev.targets
    assert target.text == "Iran's morality police"
    assert (target.role, target.country) == ("police", "IRN")
    ev = one(events(nlp, "Washington sanctioned Venezuela's government."), "discontinue")
    assert ev.targets[0].text == "Venezuela" and ev.targets[0].role == "government"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("El exjefe del Ejército fue detenido por la policía.", "exjefe"),
        ("El general retirado Pedro Ruiz fue detenido por la policía.", "retirado"),
        ("El exguerrillero Pedro Ruiz fue detenido por la policía.", "exguerrillero"),
    ],
)
def test_es_a_past_affiliation_is_no_role(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(es_events(nlp_es, text), "arrest")
    (target,) = [p for p in ev.targets if word in (p.phrase or p.text)]
    assert target.role is None, target


def test_es_a_role_held_now_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(es_events(nlp_es, "El general Pedro Ruiz fue detenido por la policía."), "arrest")
    assert ev.targets[0].role == "military"


def test_es_a_force_a_country_owns_is_the_participant(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(es_events(nlp_es, "Estados Unidos sancionó a la policía de Irán."), "discontinue")
    assert [(p.text, p.role, p.country) for p in ev.targets] == [
        ("policía de Irán", "police", "IRN")
    ], ev.targets


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gen. Tomas Varga ordered the arrest of the mayor.", "Tomas Varga"),
        ("Col. Irene Duval arrested three students on Monday.", "Irene Duval"),
        ("Guards detained Lt. Oscar Brandt at the border.", "Oscar Brandt"),
        ("Maj. Nils Ekberg met the ambassador in the capital.", "Nils Ekberg"),
        ("Capt. Irene Duval was detained by police.", "Irene Duval"),
        ("Sgt. Tomas Varga was arrested by police.", "Tomas Varga"),
    ],
)
def test_a_rank_written_short_gives_the_military_role(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """ "Gen.", "Col.", "Lt.", "Maj." before a name are ranks as "general" is (roles.toml
    rank_abbreviations)."""
    found = [p for e in events(nlp, text) for p in (*e.actors, *e.targets) if name in p.text]
    assert found and all(p.role == "military" for p in found), found


def test_a_rank_written_short_in_the_past_gives_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Retired Col. Irene Duval was arrested by police."), "arrest")
    (target,) = [p for p in ev.targets if "Irene Duval" in p.text]
    assert target.role is None, target


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("El gral. Tomás Varga detuvo al alcalde.", "Tomás Varga"),
        ("El cnel. Irene Duval detuvo a tres estudiantes.", "Irene Duval"),
    ],
)
def test_a_spanish_rank_written_short_gives_the_military_role(nlp_es, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = [p for e in es_events(nlp_es, text) for p in (*e.actors, *e.targets) if name in p.text]
    assert found and all(p.role == "military" for p in found), found
