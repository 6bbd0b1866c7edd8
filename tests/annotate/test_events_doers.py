"""Who did an act told with an event noun or a thing as its subject (events_doers), and a
passive's agent the parser hung on its "as"-complement (events_subjects), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_raid_that_freed_someone_is_done_by_who_took_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pablo Rivas, a former rebel who in 1978 took part in an assault that freed Mendoza "
        "from jail, died last year."
    )
    freed = by_trigger(events(nlp, text), "freed")
    assert freed.mode == "release" and has(freed.targets, "Mendoza")
    assert not has(freed.actors, "assault")
    assert has(freed.actors, "rebel") or has(freed.actors, "Rivas")


def test_a_thing_frees_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    freed = by_trigger(events(nlp, "The decree freed the journalist on Monday."), "freed")
    assert not freed.actors and has(freed.targets, "journalist")


def test_a_by_agent_hung_on_the_as_complement_is_the_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels were led by Carlos Mena, who is recognized as Bolivia's president by "
        "the European Union and some 40 countries."
    )
    ev = by_trigger(events(nlp, text), "recognized")
    assert ev.type == "SUPPORT" and has(ev.targets, "Mena")
    assert has(ev.actors, "European Union") and has(ev.actors, "countries")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "A shooting that wounded two guards may have started after an argument.",
            "wounded",
            "guards",
        ),
        (
            "A blast that wounded six police officers hit the market on Friday.",
            "wounded",
            "officers",
        ),
    ],
)
def test_a_relative_clause_re_telling_an_act_noun_names_no_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    hurt = by_trigger(events(nlp, text), trigger)
    assert not hurt.actors and has(hurt.targets, target)


def test_an_act_noun_told_as_the_subject_of_its_own_type_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    hurt = by_trigger(events(nlp, "A bombing wounded two soldiers near the border."), "wounded")
    assert has(hurt.actors, "bombing") and has(hurt.targets, "soldiers")
