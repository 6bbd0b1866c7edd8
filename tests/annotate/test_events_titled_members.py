"""An office holder hung on the organisation whose office it is
(annotate/events_titled_members.py). Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "Talks began on the eve of a visit here by Palestine Liberation Organization (PLO)"
        " Chairman Yasser Arafat.",
        "Talks began on the eve of a visit here by Irish Republican Army (IRA) Chairman"
        " John Murphy.",
    ],
)
def test_the_titled_person_is_the_party_not_the_organisation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "visit")
    assert ev.actors and all(
        "Organization" not in a.text and "Army" not in a.text for a in ev.actors
    )


def test_an_organisation_alone_stays_the_party(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "The Palestine Liberation Organization attacked the base."), "attacked"
    )
    assert has(ev.actors, "Palestine Liberation Organization")
