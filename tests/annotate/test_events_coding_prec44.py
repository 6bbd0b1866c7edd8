"""Senses and moods of Australian and world news English from the forty-fourth session's Lee
corpus audit (prec44, sample lee8): craft destroyed by war machines. Sentences written for
the tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _coded(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{e.type}/{e.mode}" for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    "text",
    [
        "Gunships destroyed the militia's two helicopters near the border.",
        "Warplanes destroyed three rebel boats off the coast.",
        "Army tanks destroyed a government helicopter on the runway.",
    ],
)
def test_a_crewed_craft_a_war_machine_destroys_is_attacked(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(nlp, text, "destroyed") == ["ASSAULT/None"], text


@pytest.mark.parametrize(
    "text",
    ["Tanks destroyed the houses of the militants.", "The storm destroyed the boats."],
)
def test_a_building_or_a_storm_is_no_such_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT/None" not in _coded(nlp, text, "destroyed"), text


@pytest.mark.parametrize(
    "text",
    [
        "Police halted the march before it reached the palace.",
        "Riot police stopped the demonstration outside the ministry.",
    ],
)
def test_a_protest_a_force_halts_is_broken_up(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [f"{e.type}/{e.mode}" for e in events(nlp, text) if e.type in ("COERCE", "CONCEDE")] == [
        "COERCE/repress"
    ], text


@pytest.mark.parametrize(
    "text",
    ["The union halted the march after talks.", "The students stopped their protest on Friday."],
)
def test_a_protest_its_own_side_halts_is_eased(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" in {e.type for e in events(nlp, text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the offer was unacceptable.",
        "The union says the company's latest proposal is unacceptable.",
    ],
)
def test_a_proposal_called_unacceptable_is_turned_down(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(nlp, text, "unacceptable") == ["REJECT/None"], text


def test_an_act_called_unacceptable_is_criticised(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said the violence was unacceptable."
    assert _coded(nlp, text, "unacceptable") == ["ACCUSE/disapprove"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("We heard it coming and as it hit, the whole roof shook.", "hit"),
        ("When it struck, the windows of the house blew in.", "struck"),
        ("When the storm hit, power lines came down across the town.", "hit"),
    ],
)
def test_an_impact_of_it_or_of_weather_with_nothing_hit_is_no_attack(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    assert _coded(nlp, text, trigger) == [], text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("It hit the convoy at dawn, killing four soldiers.", "hit"),
        ("Israeli jets struck overnight, the army said.", "struck"),
    ],
)
def test_an_impact_on_a_party_or_by_a_force_stays_an_attack(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    assert _coded(nlp, text, trigger) == ["ASSAULT/None"], text


def test_a_bloody_raid_is_an_armed_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tensions rose after the bloody raid on the national parliament in May."
    assert _coded(nlp, text, "raid") == ["ASSAULT/None"]
    assert _coded(nlp, "Police raided the house of the mayor at dawn.", "raided") == [
        "COERCE/seize"
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The sergeant suffered from stress and retired from the police force.", "retired"),
        ("Counsel assisting the inquiry told the commission of threats.", "assisting"),
        ("To celebrate, the three networks will broadcast a concert.", "celebrate"),
    ],
)
def test_a_career_end_a_title_and_a_festivity_are_no_events(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    assert _coded(nlp, text, trigger) == [], text


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("The prime minister retired from politics in 2010.", "retired", "RETREAT/resign"),
        ("Crowds celebrated the verdict outside the court.", "celebrated", "SUPPORT/None"),
    ],
)
def test_leaving_office_and_a_thing_celebrated_stay(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coded: str
) -> None:
    assert _coded(nlp, text, trigger) == [coded], text
