"""Parties and types of news English left after the forty-first session (left42): a body
calling itself "it", an "it" that states something after the body that issued it, a text
sponsored for a vote. Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The border police said it detained four smugglers on Monday.", "border police"),
        ("The coast guard said it detained four smugglers on Monday.", "coast guard"),
    ],
)
def test_a_body_speaking_of_itself_as_it(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, "detained") == ([actor], ["smugglers"])


def test_an_it_a_linking_verb_holds_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, "The coast guard said it was a lawful shooting."), "shooting")
    assert not act.actors


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "The ruling party met on Sunday. It condemned the arrest of the opposition leader.",
            "condemned",
            "ruling party",
        ),
        (
            "The foreign ministry issued a statement on Tuesday. It urged both sides to show "
            "restraint.",
            "urged",
            "foreign ministry",
        ),
        (
            "The council adopted a resolution on Monday. It demands an immediate ceasefire.",
            "demands",
            "council",
        ),
        # a document told in between speaks for the body before it; a sponsor is no issuer
        (
            "The Security Council met on Thursday. A resolution, co-sponsored by Ghana and "
            "France, expresses sorrow to the families. It strongly condemns the raids.",
            "condemns",
            "The Security Council",
        ),
        (
            "A resolution adopted by the assembly on Friday was read aloud. It demands a "
            "ceasefire.",
            "demands",
            "assembly",
        ),
        # a sentence whose verb the parser lost, its document noun the root; "And it"
        (
            "The Security Council met on Monday. A resolution, drafted by Ghana and backed by all, "
            "``expresses sorrow to the families.'' And it strongly condemns the raids.",
            "condemns",
            "The Security Council",
        ),
    ],
)
def test_an_it_stating_something_after_the_body_that_issued_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str
) -> None:
    assert parties(nlp, text, trigger)[0] == [actor]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A bomb exploded in the market on Monday. It killed five people.", "killed"),
        ("The students marched on Monday. It condemned the arrests.", "condemned"),
    ],
)
def test_an_it_after_no_body_stays_open(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger)[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "A resolution, co-sponsored by Kenya and the United States, was adopted on Friday.",
        "The senator sponsored the bill.",
    ],
)
def test_a_text_sponsored_for_a_vote_is_no_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "AID"]


def test_an_armed_group_sponsored_stays_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, "Rebels sponsored by Iran attacked the base."), "sponsored")
    assert act.type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "The court gave permission to the union to strike.",
        "The judge granted permission to the dockers to strike on Monday.",
    ],
)
def test_the_act_a_permission_given_allows_is_no_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    assert [e.type for e in evs] == ["CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "The navy sent two frigates on patrol in the gulf.",
        "The army deployed troops on a peacekeeping mission.",
    ],
)
def test_the_duty_a_force_is_sent_on_is_counted_with_the_sending(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text)] == ["MOBILIZE"]


def test_a_force_on_patrol_with_no_sending_keeps_its_duty(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Troops on patrol were attacked near the border.")
    assert sorted(e.type for e in evs) == ["ASSAULT", "MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "sought"),
    [
        ("The search for the gunman continued on Monday.", "gunman"),
        ("A search for the fugitive was launched in the hills.", "fugitive"),
    ],
)
def test_a_search_for_an_offender_is_a_manhunt(nlp, text: str, sought: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), "search")
    assert act.type == "COERCE"
    assert [t.text for t in act.targets] == [sought]


@pytest.mark.parametrize(
    "text",
    ["The search for survivors continued on Monday.", "The search for a new coach continued."],
)
def test_a_search_for_anyone_else_stays_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not events(nlp, text)


@pytest.mark.parametrize(
    ("text", "sought"),
    [
        ("Police officers hid as the search went on for the gunman.", ["gunman"]),
        ("The search continued for three days.", []),
        ("A bomb went off at the consulate in Lagos on Monday.", ["consulate"]),
    ],
)
def test_whom_a_search_going_on_is_for(nlp, text: str, sought: list[str]) -> None:  # type: ignore[no-untyped-def]
    act = next(e for e in events(nlp, text) if e.type in ("COERCE", "ASSAULT"))
    assert [t.text for t in act.targets] == sought
