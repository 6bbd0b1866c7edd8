"""Spanish leftovers of the thirty-ninth session (es40): a personal object the parser fuses
with "al" as if it were a locution ("extraditó al narcotraficante a Estados Unidos"), and a
decision revoked or annulled (the act decided is off). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "El gobierno de Colombia extraditó al narcotraficante a Estados Unidos.",
            "narcotraficante",
        ),
        ("México extraditó al capo a Estados Unidos el martes.", "capo"),
        ("Francia extraditó al militante a España.", "militante"),
    ],
)
def test_the_person_extradited_is_the_target_not_the_state(nlp_es, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """The one extradited is the target; the state it goes to is no party (the thirty-ninth
    session's standard), even when the parser reads "al" + noun as an adverb."""
    ev = by_trigger(events(nlp_es, text), "extradit")
    targets = [t.text.lower() for t in ev.targets]
    assert person in targets, targets
    assert not any("estados unidos" in t or "españa" in t for t in targets), targets


def test_a_fused_locution_is_no_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A true locution fused the same way ("al máximo") names no one."""
    evs = events(nlp_es, "La policía detuvo al máximo de manifestantes posible en la plaza.")
    assert all("máximo" not in [t.text.lower() for t in e.targets] for e in evs)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("El tribunal revocó la decisión del gobierno de expulsar a los inmigrantes.", "expulsar"),
        ("El juez revocó la decisión de liberar al acusado.", "liberar"),
        ("La Corte anuló la orden de detención contra el periodista.", "detención"),
    ],
)
def test_a_revoked_decision_s_act_is_off(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    """A decision or an order revoked or annulled is undone: its act is negated, as a
    suspended or called-off one ("negating_verbs"), not merely ahead."""
    assert by_trigger(events(nlp_es, text), word).negated, text


def test_a_decision_rejected_by_another_stays_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """Rejecting another's decision does not undo it (1.177.1): unchanged by revoking."""
    text = "El juez rechazó la decisión del presidente de expulsar al embajador."
    ev = by_trigger(events(nlp_es, text), "expulsar")
    assert ev.future and not ev.negated


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cientos de presos se amotinaron el domingo en la cárcel de La Paz.", "amotinaron"),
        ("Un motín carcelario dejó tres muertos en el penal de Lurigancho.", "motín"),
        ("Los reclusos iniciaron un motín el lunes.", "motín"),
    ],
)
def test_a_prison_mutiny_is_a_riot(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    """A mutiny told with its prison or its prisoners is violent protest against those who
    hold them (PROTEST riot, CAMEO 145), no armed uprising."""
    ev = by_trigger(events(nlp_es, text), word)
    assert (ev.type, ev.mode) == ("PROTEST", "riot"), text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Un grupo de soldados se amotinó en el cuartel de la capital.", "amotinó"),
        ("Los rebeldes se sublevaron contra el gobierno.", "sublevaron"),
    ],
)
def test_a_mutiny_of_soldiers_or_rebels_stays_an_uprising(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), word)
    assert (ev.type, ev.mode) == ("ASSAULT", "uprising"), text


def test_a_trade_is_no_mediation_but_good_offices_are(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El torero no mostró ni clase, ni valor, ni oficio, y oyó protestas del público."
    assert not [e for e in events(nlp_es, text) if e.mode == "mediate"]
    text = "El fiscal envió un oficio al juez de la causa."
    assert not [e for e in events(nlp_es, text) if e.mode == "mediate"]
    text = "La Iglesia ofreció sus buenos oficios para resolver el conflicto con los huelguistas."
    assert by_trigger(events(nlp_es, text), "oficios").mode == "mediate"
