"""Leftovers of round 32 on news English (vocabulary 1.273.0, roles 1.71.0): a memorandum one
party signs alone is a directive, one of understanding or signed with a partner an agreement;
a place in the "in" phrase of a riot's or a clash's noun is its location, no target; offences
listed after a plotted killing's victims are charges, no victims; youths hurling petrol bombs
throw them; combat trained or skilled in is a skill, no fight."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a memorandum signed alone orders; one of understanding, or with a partner, agrees
        (
            "The president signed a memorandum directing federal agencies to review the rules.",
            "signed",
            ["REQUEST/None"],
        ),
        ("The governor signed a memo halting the new permits.", "signed", ["REQUEST/None"]),
        (
            "The two countries signed a memorandum of understanding on energy.",
            "signed",
            ["SUPPORT/sign"],
        ),
        ("The minister signed a memorandum with Japan on trade.", "signed", ["SUPPORT/sign"]),
        ("France and Italy signed a memorandum on rail links.", "signed", ["SUPPORT/sign"]),
        ("The rebels signed a peace agreement.", "signed", ["SUPPORT/sign"]),
        # combat learnt or taught is a skill; combat fought stays a fight
        ("The soldiers were trained in hand-to-hand combat.", "combat", []),
        ("Both guards were skilled in unarmed combat.", "combat", []),
        ("The sergeant trained cadets and guards in armed combat.", "combat", []),
        ("She taught officers in unarmed combat.", "combat", []),
        ("The agents are experts in close-quarters combat.", "combat", []),
        ("Fierce combat broke out near the border on Sunday.", "combat", ["ASSAULT/None"]),
    ],
)
def test_codings_left32c(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Riots in Greece continued for a third night.", "riots", "Greece"),
        ("Rioting in France entered its fifth day.", "rioting", "France"),
        ("Clashes in Athens left dozens injured on Sunday.", "clashes", "Athens"),
    ],
)
def test_place_in_riot_noun_is_location_not_target(
    nlp, text: str, trigger: str, place: str
) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert [t.text for t in event.targets] == []
    assert event.location == place


@pytest.mark.parametrize(
    ("text", "trigger", "victims"),
    [
        (
            "Two men were charged with conspiracy to murder two officers, arson and robbery.",
            "murder",
            ["officers"],
        ),
        (
            "A jury found him guilty of conspiracy to murder rival gang leaders, racketeering, "
            "extortion and other charges.",
            "murder",
            ["rival gang leaders"],
        ),
        (
            "They were convicted of conspiracy to seize weapons and drugs.",
            "seize",
            ["weapons", "drugs"],
        ),
        ("Rebels killed two soldiers and a policeman.", "killed", ["soldiers", "policeman"]),
    ],
)
def test_offences_listed_after_plotted_act_are_no_victims(
    nlp, text: str, trigger: str, victims: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger)[1] == victims


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Youths went on the rampage, with several dozen youths hurling petrol bombs at stores.",
            "bombs",
            "several dozen youths",
        ),
        (
            "Gangs of youths hurling petrol bombs at police clashed with riot officers.",
            "hurling",
            "Gangs of youths",
        ),
        (
            "Gangs of youths hurling petrol bombs at police clashed with riot officers.",
            "bombs",
            "Gangs of youths",
        ),
        ("Youths were seen hurling petrol bombs at police lines.", "bombs", "Youths"),
    ],
)
def test_petrol_bombs_hurled_are_the_hurlers(nlp, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger)[0] == [actor]
