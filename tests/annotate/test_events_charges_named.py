"""An offence named as a charge is that charge, not an event of its own ("acusó de rebelión a
X", "charged with rebellion"); an offence with its own parties, or an uprising told as a
happening, is still an event. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, events, has, one

from chronicler.model import EventMention

pytestmark = pytest.mark.slow  # needs the spaCy pipelines (loaded once per session)


def _modes(evs: tuple[EventMention, ...]) -> list[str | None]:
    return [e.mode for e in evs]


def _charges(ev: EventMention) -> list[str]:
    return [v for k, v in ev.attributes if k == "charge"]


@pytest.mark.parametrize(
    ("text", "mode", "charge"),
    [
        ("La Fiscalía acusó de rebelión al expresidente Pedro Castillo.", "charge", "rebelión"),
        ("El juez lo investiga por el delito de rebelión.", "investigate", "rebelión"),
        ("Castillo fue condenado por rebelión y conspiración.", "convict", "rebelión"),
        ("El general fue procesado por sedición.", "charge", "sedición"),
    ],
)
def test_spanish_offence_named_as_a_charge_is_no_event(  # type: ignore[no-untyped-def]
    nlp_es, text: str, mode: str, charge: str
) -> None:
    evs = es_events(nlp_es, text)
    assert "uprising" not in _modes(evs), text
    assert charge in _charges(one(evs, mode))


def test_spanish_offence_after_delito_is_no_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "El delito de rebelión prevé penas de hasta veinte años.")
    assert "uprising" not in _modes(evs)


def test_spanish_uprising_told_as_a_happening_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "Los militares protagonizaron una rebelión contra el gobierno.")
    assert "uprising" in _modes(evs)


def test_spanish_offence_with_its_own_parties_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "Fue acusado del asesinato del periodista Juan Pérez.")
    assert "assassinate" in _modes(evs)


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("Prosecutors charged the former president with rebellion.", True),
        ("He was accused of sedition and conspiracy.", True),
        ("The court convicted him of rebellion.", True),
        ("He faces charges of sedition.", False),
    ],
)
def test_english_offence_named_as_a_charge_is_no_event(  # type: ignore[no-untyped-def]
    nlp, text: str, charged: bool
) -> None:
    evs = events(nlp, text)
    assert "uprising" not in _modes(evs), text
    if charged:
        assert any(_charges(e) for e in evs)


def test_english_uprising_told_as_a_happening_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The soldiers staged a rebellion against the government.")
    assert "uprising" in _modes(evs)


def test_the_offence_alleged_is_the_charge_not_someone_accused(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "protests over allegations of fraud in the election": fraud is what is alleged, no
    party accused of it."""
    text = (
        "Ruiz resigned on Nov. 10, 2019, after weeks of protests over allegations of fraud in "
        "the election."
    )
    alleged = next(e for e in events(nlp, text) if e.trigger == "allegations")
    assert any(n == "charge" and v.startswith("fraud") for n, v in alleged.attributes)
    assert not alleged.targets, alleged.targets


@pytest.mark.parametrize(
    ("text", "mode", "expected"),
    [
        (
            "They were later charged with minor offences, a police document said.",
            "charge",
            ["minor offences"],
        ),
        ("He was charged on treason charges in March.", "charge", ["treason"]),
        ("She was arrested on drug charges in Lima.", "arrest", ["drug"]),
    ],
)
def test_a_bare_adjective_on_a_generic_charge_is_no_charge_alone(  # type: ignore[no-untyped-def]
    nlp, text: str, mode: str, expected: list[str]
) -> None:
    assert _charges(one(events(nlp, text), mode)) == expected


@pytest.mark.parametrize(
    ("text", "tried"),
    [
        ("His lawyers said the former mayor was unfit to stand trial.", "mayor"),
        ("The two officers will stand trial for the beating next month.", "officers"),
    ],
)
def test_who_stands_trial_is_the_one_tried(nlp, text: str, tried: str) -> None:  # type: ignore[no-untyped-def]
    """stand-trial (vocabulary 1.176.0): the subject is the target, no prosecutor."""
    ev = by_trigger(events(nlp, text), "stand trial")
    assert ev.type == "ACCUSE" and has(ev.targets, tried) and not has(ev.actors, tried)


@pytest.mark.parametrize(
    "text",
    [
        "Omar Khan fled to Texas. Police arrested him on murder charges.",
        "Omar Khan fled to Texas. Police arrested him on charges of murder.",
    ],
)
def test_a_charge_phrase_leaves_the_one_arrested(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The charge an arrest is made on is its attribute, and the pronoun held still finds the
    person named before it (a pronoun with no one named before it names no one)."""
    arrest = one(events(nlp, text), "arrest")
    assert has(arrest.targets, "Omar Khan")
    assert ("charge", "murder") in arrest.attributes
