"""Leftovers noticed on real news, round 32b (vocabulary 1.272.0, roles 1.70.0): a pair of
quotation marks setting off a short label parts no description from a pronoun after it; a
suit worn, treatment sought, a thing corrected and a consultation of a review procedure are
no events; a killing charged "in" a named death is reported as "the murder of X" is; a death
in custody of a stated natural cause is no one's act. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        'The officer was looking for a man considered to be a "career criminal" and was hoping '
        "to arrest him.",
        "The officer was looking for a man considered to be a career criminal and was hoping "
        "to arrest him.",
        'Deputy John Brown was searching for a man known as a "dangerous thief" and wanted to '
        "arrest him on suspicion of robbery, officials said.",
    ],
)
def test_a_label_in_quotation_marks_parts_no_description_from_its_pronoun(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert "man" in parties(nlp, text, "arrest")[1]


def test_a_real_quotation_still_parts_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The officer saw a man near the bank. "We will find the robber and arrest him," he said.'
    assert "man" not in parties(nlp, text, "arrest")[1]


@pytest.mark.parametrize(
    "text",
    [
        "Police were hoping to arrest him.",
        "Police wanted to arrest him.",
        "Police sought to arrest him.",
    ],
)
def test_an_arrest_hoped_wanted_or_sought_is_one_intent_alike(nlp, text) -> None:  # type: ignore[no-untyped-def]
    """Today's convention (modality future_verbs; test_events_match): an arrest one hopes,
    wants or seeks to make is an intent to come, flagged future, all three alike."""
    arrest = by_trigger(events(nlp, text), "arrest")
    assert arrest.future and not arrest.hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a suit worn is clothing (events_senses_homonyms.worn_thing)
        ("He insisted he wear a suit to the hearing.", "suit", []),
        ("He was dressed in a dark suit at the funeral.", "suit", []),
        ("The company filed a suit against the city.", "filed a suit", ["ACCUSE/allege"]),
        # care a person seeks is treatment (treatment_sought)
        ("He sought psychiatric help after the attack.", "sought", []),
        ("She sought medical treatment in Germany.", "sought", []),
        ("The government sought military help from Russia.", "sought", ["REQUEST/None"]),
        ("The rebels sought medical help from the Red Cross.", "sought", ["REQUEST/None"]),
        # a thing corrected is amended (thing_corrected)
        (
            "The paper said it wanted to correct something it had written about the senator.",
            "correct",
            [],
        ),
        ("The agency corrected its figures on Monday.", "corrected", []),
        ("The minister corrected the reporter.", "corrected", ["ACCUSE/disapprove"]),
        # a consultation of a review procedure (procedure_consultation)
        (
            "The company must complete public consultations under the Environmental Protection "
            "Act before the permit is granted.",
            "consultations",
            [],
        ),
        ("The new policy ends informal consultation between agencies.", "consultation", []),
        ("The agency conducted 5,000 consultations last year.", "consultations", []),
        (
            "The president held consultations with the opposition on the new cabinet.",
            "consultations",
            ["CONSULT/meet"],
        ),
        ("The ministers began consultations on the crisis.", "consultations", ["CONSULT/meet"]),
    ],
)
def test_word_senses_that_are_no_event(nlp, text: str, trigger: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Peter Jones was charged with murder in the death of his girlfriend.", "his girlfriend"),
        ("Peter Jones was indicted for murder in the death of Anna Lee.", "Anna Lee"),
        ("Peter Jones was charged with the murder of Anna Lee.", "Anna Lee"),
    ],
)
def test_a_killing_charged_in_a_named_death_is_reported_as_alleged(nlp, text, victim) -> None:  # type: ignore[no-untyped-def]
    murder = by_trigger(events(nlp, text), "murder")
    assert murder.type == "ASSAULT" and murder.hypothetical
    assert [t.text for t in murder.targets] == [victim]


def test_a_bare_charge_and_a_death_told_as_an_act_stay_as_they_were(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [e.trigger for e in events(nlp, "Peter Jones was charged with murder.")] == ["charged"]
    text = "Peter Jones was charged with manslaughter in the killing of his son."
    assert [e.trigger for e in events(nlp, text)] == ["charged", "killing"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The former mob boss died in prison of cancer.", []),
        ("The dissident died in custody of a heart attack, officials said.", []),
        ("The old general died in prison of natural causes.", []),
        ("The dissident died in prison last year.", ["ASSAULT/custody-death"]),
        ("The activist died in custody after a hunger strike.", ["ASSAULT/custody-death"]),
        (
            "The activist died in custody of his injuries after a beating.",
            ["ASSAULT/custody-death"],
        ),
    ],
)
def test_a_custody_death_of_a_stated_natural_cause_is_no_ones_act(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, "died") == expected
