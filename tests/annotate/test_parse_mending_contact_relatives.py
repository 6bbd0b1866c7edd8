"""An object relative without "that" on a sentence's opening subject, mended
(parse_mending_contact_relatives), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "relative", "doer", "undergoer", "main"),
    [
        (
            "The general the rebels captured was released.",
            "captured",
            "rebels",
            "general",
            "released",
        ),
        (
            "The journalist the police arrested was freed on bail.",
            "arrested",
            "police",
            "journalist",
            "freed",
        ),
        (
            "The soldier the militants kidnapped last year was killed.",
            "kidnapped",
            "militants",
            "soldier",
            "killed",
        ),
    ],
)
def test_contact_relatives_on_the_subject(  # type: ignore[no-untyped-def]
    nlp, text: str, relative: str, doer: str, undergoer: str, main: str
) -> None:
    evs = events(nlp, text)
    act = by_trigger(evs, relative)
    assert [a.text for a in act.actors] == [doer]
    assert [t.text for t in act.targets] == [undergoer]
    assert [t.text for t in by_trigger(evs, main).targets] == [undergoer]


@pytest.mark.parametrize(
    "text",
    [
        "The night the rebels attacked was quiet.",  # a time: no object gap
        "The day the army attacked the village was calm.",  # the verb has its object
        "Police arrested the man, the court said.",
    ],
)
def test_contact_relatives_none(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from chronicler.annotate.parse_mending_contact_relatives import contact_relatives

    doc = nlp(text)
    assert not any(contact_relatives(s) for s in doc.sents)


def test_contact_relatives_a_relative_read_right_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The minister the envoy met with resigned on Friday.")
    assert [a.text for a in by_trigger(evs, "resigned").actors] == ["minister"]
    assert [a.text for a in by_trigger(evs, "met").actors] == ["envoy"]
