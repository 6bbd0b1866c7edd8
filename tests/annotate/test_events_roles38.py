"""Parties of round 38 (roles38): a struck body part stands for its owner, a capitalised title
after "the" is a one-person description a pronoun may stand for, and the typeset quotation
marks of tokenised newswire ("`` ... ''") quote as curly ones do; sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Maria Lopez, 34, was shot by a gunman on Friday. A bullet struck the back of her "
            "head.",
            "struck",
        ),
        ("Maria Lopez, 34, was shot by a gunman on Friday. A bullet hit her left arm.", "hit"),
        ("The guard struck the back of the prisoner's neck with a baton.", "struck"),
    ],
)
def test_a_struck_body_part_stands_for_its_owner(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    hit = by_trigger(events(nlp, text), trigger)
    assert hit.type == "ASSAULT"
    assert [t.text for t in hit.targets] in (["Maria Lopez"], ["prisoner"])


def test_a_part_of_a_thing_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    hit = by_trigger(events(nlp, "A rocket struck the back of the hospital."), "rocket")
    assert not any(t.text in ("her", "him") for t in hit.targets)
    assert has(hit.targets, "hospital")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Governor said she apologizes for the delays at the border.", "Governor"),
        ("The Prime Minister said she apologizes for the remarks.", "Prime Minister"),
    ],
)
def test_a_capitalised_title_is_whom_a_pronoun_stands_for(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    apology = by_trigger(events(nlp, text), "apologizes")
    assert [a.text for a in apology.actors] == [actor]


def test_typeset_quotation_marks_set_off_a_slogan(nlp) -> None:  # type: ignore[no-untyped-def]
    chant = by_trigger(events(nlp, "The strikers chanted `` thieves out '' ."), "chanted")
    assert chant.type == "PROTEST" and has(chant.actors, "strikers")
    assert chant.targets == ()


def test_typeset_quotation_marks_hand_we_to_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "`` We will not shell the villages , '' the rebel commander said ."
    shelling = by_trigger(events(nlp, text), "shell")
    assert has(shelling.actors, "commander") and shelling.negated


@pytest.mark.parametrize(
    "text",
    ["The striker's ankle was examined on Sunday.", "Team doctors examined her wrist on Monday."],
)
def test_a_medical_examination_is_no_inquiry(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ACCUSE"]


def test_an_inquiry_into_accounts_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    probe = by_trigger(events(nlp, "Auditors examined the governor's accounts."), "examined")
    assert probe.mode == "investigate"


def test_a_quantity_noun_counts_what_a_rule_reads(nlp) -> None:  # type: ignore[no-untyped-def]
    # "crack" a riddle is solving it, through a loose count too; a crackdown stays
    assert not events(nlp, "The journalists helped crack a slew of old riddles.")
    arrest = by_trigger(events(nlp, "Police arrested a slew of officials on Monday."), "arrested")
    assert [t.text for t in arrest.targets] == ["officials"]


def test_a_meeting_a_clause_works_for_is_its_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    talks = by_trigger(events(nlp, "The envoy pushed for talks with the rebel leaders."), "talks")
    assert has(talks.actors, "envoy") and has(talks.targets, "rebel")


def test_a_meeting_an_object_is_held_for_names_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police detained the activist for meetings with the rebels."
    assert not any(e.type == "CONSULT" and has(e.actors, "police") for e in events(nlp, text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The teen was carrying a knife when he was shot by police.", "teen"),
        ("The inmate was sleeping when he was stabbed.", "inmate"),
    ],
)
def test_a_he_goes_back_to_one_person_of_crime_news(nlp, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    shot = next(e for e in events(nlp, text) if e.type == "ASSAULT")
    assert [t.text for t in shot.targets] == [person]


def test_an_act_a_slogan_tells_to_stop_goes_on_and_lends_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "``End the killing in Darfur,'' the students chanted outside the embassy."
    found = events(nlp, text)
    assert any(e.trigger == "killing" and not e.negated for e in found)
    chant = by_trigger(found, "chanted")
    assert not has(chant.targets, "Darfur")
