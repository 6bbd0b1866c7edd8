"""Leaving one's country as exile (annotate/events_departures.py, the `departure` vocabulary
rules) on sentences written for these tests: an exile for a person the article puts in legal
jeopardy, a trip, no event, for anyone else."""

from __future__ import annotations

import pytest
from event_helpers import events

from chronicler.annotate.events_departures import departures_in_jeopardy
from chronicler.model import EventMention, Participant

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _exiled(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.text for e in events(nlp, text) if e.mode == "exile" for t in e.targets]


@pytest.mark.parametrize(
    "text",
    [
        "A judge ordered the arrest of the activist Juan Pérez last week. Pérez left his "
        "country late Saturday aboard an air force plane.",
        "Prosecutors charged the dissident Ana Ruiz with treason. Ruiz left Venezuela for "
        "Spain on Sunday.",
        "Spain granted asylum to the journalist Marta Gil. Gil flew out of the country on Sunday.",
        "The colonel Rui Mendes sought refuge at an embassy. Mendes departed his homeland on "
        "Friday.",
    ],
)
def test_leaving_the_country_in_legal_jeopardy_is_exile(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    exiled = _exiled(nlp, text)
    assert len(exiled) == 1 and exiled[0] in text.split(". ")[1]


@pytest.mark.parametrize(
    "text",
    [
        "The minister Carlos Soto left for Brussels on Monday.",
        "The minister Carlos Soto left the country for a summit on Monday.",
        "The singer Lena Berg flew out of the country after the concert.",
        # jeopardy, but someone else's
        "Police arrested the driver Ivo Marek. The minister Carlos Soto left the country.",
        # the city is no country
        "A judge ordered the arrest of Juan Pérez. Pérez left Caracas on Sunday.",
    ],
)
def test_leaving_the_country_otherwise_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _exiled(nlp, text)


def test_a_departures_place_is_where_it_went_not_where_it_left(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prosecutors charged Ana Ruiz with treason. Ruiz left her country on Sunday."
    (exile,) = [e for e in events(nlp, text) if e.mode == "exile"]
    assert exile.location is None


def _event(mode: str, target: str, rule: str, etype: str = "COERCE") -> EventMention:
    who = Participant(text=target, start=0, end=len(target))
    return EventMention(
        type=etype,
        mode=mode,
        cameo=None,
        trigger="x",
        trigger_start=0,
        trigger_end=1,
        sentence=0,
        sentence_start=0,
        sentence_end=1,
        targets=(who,) if etype != "REQUEST" else (),
        actors=(who,) if etype == "REQUEST" else (),
        attributes=(("rule", rule),),
    )


def test_a_surname_is_the_full_name_of_another_sentence() -> None:
    leave = _event("exile", "Pérez", "leave-country")
    modes = frozenset({"arrest", "asylum"})
    kept = departures_in_jeopardy(
        [_event("arrest", "Juan Pérez", "arrest"), leave], frozenset({"leave-country"}), modes
    )
    assert leave in kept
    asked = _event("asylum", "Juan Pérez", "take-refuge", etype="REQUEST")
    assert leave in departures_in_jeopardy([asked, leave], frozenset({"leave-country"}), modes)
    other = _event("arrest", "Ana Ruiz", "arrest")
    assert departures_in_jeopardy([other, leave], frozenset({"leave-country"}), modes) == [other]
