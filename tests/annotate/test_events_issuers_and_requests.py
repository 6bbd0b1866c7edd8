"""English: an act asked of someone is a request to that person and a hypothetical act of
theirs (events_match.mandative, events_pronouns); a body's document does what the body does
(events_subjects_texts.issuer_verb); a hyphenated event noun the tokenizer splits is still its word
(events_match.hyphenated); a doer noun is its own phrase, not the name modifying it
(events_arg_cues.doer_noun)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per process)


def test_a_suggested_act_is_a_request_to_the_one_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Evo Morales resigned on Sunday after army chief Williams Kaliman suggested he resign."
    evs = events(nlp, text)
    asked = by_trigger(evs, "suggested")
    assert asked.type == "REQUEST" and has(asked.actors, "Kaliman")
    assert has(asked.targets, "Morales")
    (resign,) = [e for e in evs if e.trigger == "resign"]  # the asked act, not "resigned"
    assert resign.hypothetical and has(resign.actors, "Morales")
    assert not has(resign.actors, "Kaliman")
    done = by_trigger(evs, "resigned")
    assert not done.hypothetical and has(done.actors, "Morales")


def test_an_inference_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("The figures suggest the economy is growing.", "The data suggest prices rise."):
        assert not [e for e in events(nlp, text) if e.type == "REQUEST"], text


def test_advice_with_an_object_infinitive_is_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The minister advised the governor to resign."), "advised")
    assert ev.type == "REQUEST" and has(ev.actors, "minister")


def test_what_an_approved_resolution_does_its_body_does(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Permanent Council of the Organization of American States approved a resolution "
        "on Wednesday that condemned the incursion."
    )
    ev = by_trigger(events(nlp, text), "condemned")
    assert ev.type == "ACCUSE" and has(ev.actors, "Permanent Council")
    assert not has(ev.actors, "resolution")
    ev = by_trigger(events(nlp, "The council adopted a resolution which demands a truce."), "dem")
    assert has(ev.actors, "council")


def test_a_rejected_resolution_is_not_its_rejecters_act(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "The council rejected a resolution that condemned the raid."), "cond"
    )
    assert not has(ev.actors, "council")


def test_a_sit_in_is_a_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Hundreds of students held a sit-in at the ministry."), "sit-in")
    assert (ev.type, ev.mode) == ("PROTEST", "demo") and has(ev.actors, "students")
    ev = by_trigger(events(nlp, "The sit-ins ended after three days."), "sit-ins")
    assert ev.type == "PROTEST"


def test_snipers_named_by_an_adherent_word_are_the_killers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The students, who were executed by Chavista police snipers, were protesting."
    ev = by_trigger(events(nlp, text), "executed")
    (actor,) = ev.actors
    assert actor.phrase == "Chavista police snipers" and actor.role == "police"
    assert has(ev.targets, "students")
    ev = by_trigger(events(nlp, "Two students were shot by army snipers."), "shot")
    assert has(ev.actors, "army snipers") and ev.actors[0].role == "military"


def test_a_clause_subject_read_as_a_prepositions_object_still_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Morales resigned on Nov. 10, 2019, after weeks of protests and after the armed forces "
        "chief, Kaliman, “suggested” that he step down."
    )
    ev = by_trigger(events(nlp, text), "suggested")
    assert ev.type == "REQUEST" and has(ev.actors, "chief") and not has(ev.actors, "Morales")
    text = "Police arrested him after the protest, releasing him on Friday."
    assert has(by_trigger(events(nlp, text), "releasing").actors, "Police")


def test_approving_a_text_or_measure_is_support_and_passing_a_test_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    # approve-act takes only a text or measure (as the Spanish): "approved the exam" is a pass
    approved = by_trigger(
        events(nlp, "The city council approved the new budget on Tuesday."), "approved"
    )
    assert approved.type == "SUPPORT" and approved.cameo == "051"
    assert has(approved.actors, "council")
    passed = events(nlp, "The nursing student finally approved the chemistry exam.")
    assert not [e for e in passed if e.trigger == "approved"]


def test_approving_of_people_is_support_for_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The senator openly approved of the striking miners."
    approved = by_trigger(events(nlp, text), "approved")
    assert approved.type == "SUPPORT" and has(approved.targets, "miners")


@pytest.mark.parametrize(
    "text",
    [
        "Berlin summoned Iran's envoy after the executions.",
        "The foreign ministry summoned the Danish ambassador over the cartoons.",
    ],
)
def test_a_summoned_diplomat_is_a_diplomatic_protest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the PLOVER manual: summoning an ambassador to present grievances is ACCUSE
    ev = by_trigger(events(nlp, text), "summon")
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove"), text


def test_anyone_else_summoned_is_asked_to_appear(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The judge summoned the two witnesses to appear on Monday.")
    ev = by_trigger(evs, "summon")
    assert ev.type == "REQUEST" and has(ev.targets, "witnesses")
