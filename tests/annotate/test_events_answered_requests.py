"""Who was asked, when a request noun is what someone answers (events_answered_requests).
Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "asked", "askers"),
    [
        (
            "The envoy was responding favourably to requests to stay on.",
            "requests",
            "envoy",
            [],
        ),
        ("The government bowed to demands from the unions.", "demands", "government", ["unions"]),
    ],
)
def test_who_answers_a_request_is_the_one_asked(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, asked: str, askers: list[str]
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert [t.text for t in ev.targets] == [asked], text
    assert [a.text for a in ev.actors] == askers, text


def test_a_request_made_keeps_its_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The unions made requests to the government."), "requests")
    assert [a.text for a in ev.actors] == ["unions"]
    assert [t.text for t in ev.targets] == ["government"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The fishing boat ignored orders to stop and continued heading north.", "boat"),
        ("The army obeyed the order.", "army"),
    ],
)
def test_who_heeds_or_defies_a_request_is_the_one_asked(nlp, text: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    """roles 1.186.0 (prec43a): the subject of a verb of heeding or defying the request noun
    it takes as its object (`request_heeding_verbs`); a crewed craft stands for its crew."""
    ev = next(e for e in events(nlp, text) if e.type == "REQUEST")
    assert has(ev.targets, asked) and not has(ev.actors, asked)
