"""A participle of "shelter" after a verb of state (annotate.events_vocab, rule sheltered-in):
the refuge its subject took, like "took refuge in"; sheltering someone stays aid."""

from __future__ import annotations

import pytest
from event_helpers import events, has, one


def test_remained_sheltered_in_an_embassy_is_refuge_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Five opposition leaders remained sheltered in the Argentine embassy.")
    refuge = one(evs, "asylum")
    assert refuge.type == "REQUEST"
    assert has(refuge.actors, "leaders")
    assert has(refuge.targets, "embassy")
    assert not [e for e in evs if e.type == "AID"]


def test_stayed_sheltered_at_a_residence_is_refuge_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The aides have stayed sheltered at the ambassador's residence for a year.")
    assert one(evs, "asylum").type == "REQUEST"


def test_sheltering_someone_stays_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The government sheltered the dissidents in the embassy.")
    aid = [e for e in evs if e.type == "AID"]
    assert aid and has(aid[0].targets, "dissidents")
    assert not [e for e in evs if e.type == "REQUEST"]


def _aid(evs):  # type: ignore[no-untyped-def]
    found = [e for e in evs if e.type == "AID"]
    assert found, [(e.type, e.mode, e.trigger) for e in evs]
    return found[0]


def test_a_passive_shelter_is_aid_by_its_agent_to_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp, "The opposition leader was sheltered by the Mexican government in its embassy."
    )
    aid = _aid(evs)
    assert has(aid.actors, "government") and has(aid.targets, "leader")
    assert not [e for e in evs if e.type == "REQUEST"]


def test_a_shelter_a_verb_of_state_keeps_with_a_by_agent_is_aid_not_refuge(nlp) -> None:  # type: ignore[no-untyped-def]
    # the agent gives the shelter: no refuge asked of it
    evs = events(nlp, "Two former ministers remain sheltered by the Mexican government.")
    aid = _aid(evs)
    assert has(aid.actors, "government") and has(aid.targets, "ministers")
    assert not [e for e in evs if e.type == "REQUEST"]


def test_a_subject_hung_on_a_verb_of_state_read_as_an_auxiliary_is_the_participles(nlp) -> None:  # type: ignore[no-untyped-def]
    # "stayed" parsed as a passive auxiliary with "dissident" its subject: still the one
    # sheltered
    aid = _aid(events(nlp, "The dissident stayed sheltered by Argentina in its embassy."))
    assert has(aid.actors, "Argentina") and has(aid.targets, "dissident")


@pytest.mark.parametrize(
    "text",
    [
        "The former minister was sheltered in the Brazilian embassy.",
        "The former minister was sheltered in the embassy of Brazil.",
        "The former minister was sheltered in Brazil's embassy.",
    ],
)
def test_a_passive_shelter_in_a_mission_is_given_by_its_state(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """No "by"-agent: the state whose embassy it is gives the shelter."""
    aid = _aid(events(nlp, text))
    assert [a.text for a in aid.actors] == ["Brazil"] and has(aid.targets, "minister")


def test_a_shelter_in_a_mission_of_no_state_named_has_no_giver(nlp) -> None:  # type: ignore[no-untyped-def]
    aid = _aid(events(nlp, "The former minister was sheltered in the embassy."))
    assert not aid.actors and has(aid.targets, "minister")


# --- custody13: people kept in a barracks or a garrison are held ---


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers kept two reporters in a barracks near the capital for five days.",
        "Troops held the village elders at a garrison on the border.",
    ],
)
def test_people_kept_in_a_barracks_are_held(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, text), "imprison")
    assert ev.type == "COERCE" and ev.targets and ev.actors


def test_a_barracks_visited_holds_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister kept his word and visited the barracks on Friday."
    assert not [e for e in events(nlp, text) if e.mode == "imprison"]
