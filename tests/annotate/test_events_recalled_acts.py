"""An act noun that refers back to an act told before takes its parties (events_recalled_acts,
roles 1.199.4), on texts written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _second(nlp, text: str, trigger: str):  # type: ignore[no-untyped-def]
    found = [e for e in events(nlp, text) if e.sentence == 1 and e.trigger == trigger]
    assert found, events(nlp, text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("Police in Kenya arrested a local smuggler last week. The arrest comes after a long "
         "investigation.", "arrest", "Police", "local smuggler"),
        ("Rebels stormed the presidential palace at dawn. The president was at home during "
         "the attack.", "attack", "Rebels", "presidential palace"),
    ],
)  # fmt: skip
def test_a_definite_act_noun_takes_the_parties_of_the_act_told_before(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    event = _second(nlp, text, trigger)
    assert [a.text for a in event.actors] == [actor], event.actors
    assert [t.text for t in event.targets] == [target], event.targets


def test_a_new_act_of_the_same_type_is_no_recall(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels stormed the presidential palace at dawn. The latest attack shocked the capital."
    event = _second(nlp, text, "attack")
    assert not event.actors and not event.targets


def test_no_act_of_the_type_before_gives_no_parties(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _second(
        nlp, "The storm hit the coast on Monday. The attacks came as the cabinet met.", "attacks"
    )
    assert not event.actors and not event.targets
