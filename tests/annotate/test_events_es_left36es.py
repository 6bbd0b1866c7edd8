"""Spanish leftovers of the thirty-sixth session (left36es): a purpose flagged future ("para
liberarlos", "con el fin de", "a fin de"), a threat's content hypothetical ("sal o te
matamos"), an attack told by what it destroyed, sanctions approved in protest, and a
resignation told past a relative clause. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("El ejército lanzó una operación para liberar a los rehenes.", "liberar"),
        ("La policía desplegó agentes con el fin de detener a los saqueadores.", "detener"),
        ("El gobierno envió tropas a fin de reprimir la protesta.", "reprimir"),
    ],
)
def test_a_purpose_is_ahead_not_hypothetical(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    """The lead's ruling of the thirty-sixth session: a purpose is flagged future."""
    ev = by_trigger(events(nlp_es, text), word)
    assert ev.future and not ev.hypothetical and not ev.negated, text


def test_the_act_a_purpose_phrase_hangs_on_is_done(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La policía desplegó agentes con el fin de detener a los saqueadores."
    ev = by_trigger(events(nlp_es, text), "desplegó")
    assert not (ev.future or ev.hypothetical or ev.negated)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Los paramilitares le dijeron al campesino: "Sal o te matamos".', "matamos"),
        ("Sal o te matamos.", "matamos"),
        ('"Entreguen las armas o los atacaremos", advirtió el comandante.', "atacaremos"),
        ('Los hombres armados gritaron: "Váyanse o los matamos a todos".', "matamos"),
    ],
)
def test_a_threat_s_content_after_a_command_and_o_is_hypothetical(
    nlp_es, text: str, word: str
) -> None:  # type: ignore[no-untyped-def]
    """The lead's ruling of the thirty-sixth session: a threat's content quoted in speech is
    hypothetical; the command the model reads as a name ("Sal") is no doer, and a verb after
    an object clitic in the first person is mended as a verb (parse mend v5)."""
    ev = by_trigger(events(nlp_es, text), word)
    assert ev.type == "ASSAULT" and ev.hypothetical and not ev.future, text
    assert not ev.actors, text


def test_a_disjunction_of_acts_told_stays_told(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los manifestantes marcharon o bloquearon las calles."
    ev = by_trigger(events(nlp_es, text), "bloquearon")
    assert not (ev.hypothetical or ev.future or ev.negated)


def test_a_first_person_conjunct_takes_no_third_person_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, "Ríndanse o los atacaremos."), "atacaremos")
    assert not ev.actors


@pytest.mark.parametrize(
    ("text", "attack", "destroyed"),
    [
        ("Los bombardeos destruyeron el hospital.", "bombardeos", "hospital"),
        ("Un bombardeo destruyó la escuela del pueblo.", "bombardeo", "escuela"),
        ("Un ataque aéreo arrasó la aldea.", "ataque", "aldea"),
    ],
)
def test_an_attack_told_by_what_it_destroyed_is_one_assault_on_it(
    nlp_es, text: str, attack: str, destroyed: str
) -> None:  # type: ignore[no-untyped-def]
    """The lead's ruling of the thirty-sixth session: one ASSAULT by the weapon, the
    destroyed its target, no actor when no attacker is told, no COERCE of its own."""
    evs = events(nlp_es, text)
    assert [e.type for e in evs] == ["ASSAULT"], text
    assert evs[0].trigger.startswith(attack) and not evs[0].actors, text
    assert [t.text.split()[0] for t in evs[0].targets] == [destroyed], text


def test_a_party_destroying_property_stays_a_seizure(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, "Los rebeldes destruyeron la escuela."), "destruyeron")
    assert ev.type == "COERCE"


def test_sanctions_approved_are_the_sanction_by_the_approver(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El gobierno aprobó ayer sanciones económicas en protesta por la detención del periodista."
    )
    evs = events(nlp_es, text)
    assert not [e for e in evs if e.type == "SUPPORT"]
    sanction = by_trigger(evs, "sanciones")
    assert sanction.type == "SANCTION" and [a.text for a in sanction.actors] == ["gobierno"]
    # the act protested is the reason, no party: its doer is not told
    assert not sanction.targets
    text = "El gobierno aprobó sanciones contra Rusia."
    assert [t.text for t in by_trigger(events(nlp_es, text), "sanciones").targets] == ["Rusia"]


@pytest.mark.parametrize(
    "text",
    [
        "El ministro renunció ayer.",
        "El ministro, cuya popularidad cayó cuando anunció los despidos, renunció ayer.",
    ],
)
def test_an_official_who_resigns_with_nothing_given_up_named_resigns(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "renunció")
    assert (ev.type, ev.mode) == ("RETREAT", "resign") and ev.actors[0].text == "ministro"


def test_giving_up_a_right_is_no_resignation(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El ministro renunció a su derecho de apelar.")
    assert not [e for e in evs if e.mode == "resign"]
