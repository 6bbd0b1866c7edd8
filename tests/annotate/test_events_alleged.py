"""The "alleged doer" mark (events_alleged, events_es_alleged): the one charged with, accused
of, arrested for or suspected of an act is its doer only as the text alleges, whether the act
is flagged hypothetical or told done; a conviction, a guilty plea or an admission establishes
it; the accusing itself is told done. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, events

from chronicler.model import EventMention, Participant

pytestmark = pytest.mark.slow  # needs the spaCy pipelines (loaded once per session)


def _actors(ev: EventMention) -> list[tuple[str, bool]]:
    return [(p.text, p.alleged) for p in ev.actors]


def _alleged(ev: EventMention, word: str) -> bool:
    found = [p for p in ev.actors if word in p.text]
    assert found, f"no actor {word!r} in {_actors(ev)}"
    return all(p.alleged for p in found)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # the act told done, its doer only charged with it
        ("Samir Haddad was charged in the 1998 bombings of two hotels.", "bombings", "Haddad"),
        ("Samir Haddad was charged with the murder of Lena Ortiz.", "murder", "Haddad"),
        ("The prosecutor accused the militia of burning three villages.", "burning", "militia"),
        ("The militia was accused of burning three villages.", "burning", "militia"),
        ("Officers arrested Dan Price for the stabbing of his landlord.", "stabbing", "Price"),
        ("Dan Price was arrested on suspicion of stabbing his landlord.", "stabbing", "Price"),
        ("Dan Price, who is suspected of stabbing his landlord, fled.", "stabbing", "Price"),
        ("The council blamed the rebels for the shelling of the school.", "shelling", "rebels"),
        ("Dan Price was acquitted of the stabbing of his landlord.", "stabbing", "Price"),
        ("The guards allegedly beat the inmates.", "beat", "guards"),
        ("The suspected sniper shot three soldiers.", "shot", "sniper"),
    ],
)
def test_an_alleged_doer_is_marked(nlp, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert _alleged(by_trigger(events(nlp, text), trigger), actor), text


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Samir Haddad was convicted of the murder of Lena Ortiz.", "murder", "Haddad"),
        ("Samir Haddad admitted stabbing his landlord.", "stabbing", "Haddad"),
        ("The rebels shelled the school on Monday.", "shelled", "rebels"),
        # the accusing is told done: the accuser is no alleged doer
        ("The prosecutor accused the militia of burning three villages.", "accused", "prosecutor"),
        # the arrest's own doers, and the act one is arrested for that is told
        ("Officers arrested Dan Price for the stabbing of his landlord.", "arrested", "Officers"),
    ],
)
def test_an_established_doer_is_not_marked(nlp, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert not any(p.alleged for p in ev.actors if actor in p.text), _actors(ev)


def test_told_done_charge_keeps_the_act_but_marks_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "Samir Haddad was charged in the 1998 bombings of two hotels."), "bombings"
    )
    assert not ev.hypothetical
    assert _actors(ev) == [("Samir Haddad", True)]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "La fiscalía acusó a los paramilitares de matar a doce campesinos.",
            "matar",
            "paramilitares",
        ),
        ("Los guardias fueron acusados de golpear a los reclusos.", "golpear", "guardias"),
        ("Los policías presuntamente golpearon a los manifestantes.", "golpearon", "policías"),
        ("El presunto sicario disparó contra dos agentes.", "disparó", "sicario"),
    ],
)
def test_spanish_alleged_doer_is_marked(nlp_es, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert _alleged(by_trigger(es_events(nlp_es, text), trigger), actor), text


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("La fiscalía acusó a los paramilitares de matar a doce campesinos.", "acusó", "fiscalía"),
        ("Los guardias golpearon a los reclusos el lunes.", "golpearon", "guardias"),
        ("Raúl Medina confesó haber matado a su vecino.", "matado", "Medina"),
    ],
)
def test_spanish_established_doer_is_not_marked(
    nlp_es, text: str, trigger: str, actor: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(es_events(nlp_es, text), trigger)
    assert not any(p.alleged for p in ev.actors if actor in p.text), _actors(ev)


def test_participant_defaults_to_not_alleged() -> None:
    assert Participant("X", 0, 1).alleged is False


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Officials alleged that the wardens beat the inmates.", "beat", "wardens"),
        ("The wardens beat the inmates, officials claimed.", "beat", "wardens"),
    ],
)
def test_an_act_a_verb_of_allegation_reports_has_alleged_doers(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str
) -> None:
    assert _alleged(by_trigger(events(nlp, text), trigger), actor), text


def test_a_deed_its_doer_claims_is_not_alleged(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The militants claimed they shot down a drone."), "shot")
    assert not any(p.alleged for p in ev.actors), _actors(ev)


@pytest.mark.parametrize(
    ("text", "alleged"),
    [
        ("Los policías saquearon varias tiendas, acusó la alcaldesa.", True),
        ("La alcaldesa denunció que los policías saquearon varias tiendas.", True),
        ("La alcaldesa dijo que los policías saquearon varias tiendas.", False),
    ],
)
def test_spanish_act_an_accuser_reports_has_alleged_doers(  # type: ignore[no-untyped-def]
    nlp_es, text: str, alleged: bool
) -> None:
    assert _alleged(by_trigger(es_events(nlp_es, text), "saquearon"), "policías") is alleged


def test_one_facing_charges_in_an_attack_is_its_alleged_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    # roles 1.167.0: "facing murder charges in the shooting", as "charged in the shooting"
    text = "A woman facing murder charges in a nightclub shooting was denied bail."
    evs = [e for e in events(nlp, text) if e.trigger == "shooting"]
    assert evs and [(a.text, a.alleged) for a in evs[0].actors] == [("woman", True)]
