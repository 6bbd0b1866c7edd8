"""English non-events, flags and codes left open after the thirty-sixth session (left37b;
events-vocab 1.338.x, events-modality 1.132.x). Sentences written for these tests (the
behaviour on main before the change in each test's comment)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, events

from chronicler.annotate.events import plover_coding

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # was: the shooting, the beating told done
        ("Police contend that Jones shot the man outside the bar.", "shot"),
        ("Prosecutors argued that the guards beat him.", "beat"),
    ],
)
def test_act_a_verb_of_allegation_tells_is_alleged(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).hypothetical


def test_own_deed_maintained_stays_told(nlp) -> None:  # type: ignore[no-untyped-def]
    shot = by_trigger(
        events(nlp, "The rebels maintain that they shot down the helicopter."), "shot"
    )
    assert not shot.hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # was: the arrest and the killing told done, unflagged
        ("Officers were working to arrest Jones when he fled.", "arrest"),
        ("Smith was chosen to kill the informer.", "kill"),
        ("The gunman was hired to kill the witness.", "kill"),
    ],
)
def test_purpose_of_an_effort_or_a_choosing_is_ahead(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).future


def test_purpose_of_a_deployment_keeps_its_flags(nlp) -> None:  # type: ignore[no-untyped-def]
    # (troops sent or deployed: the PLOVER gold codes such purposes as told)
    disperse = by_trigger(events(nlp, "Troops were deployed to disperse the crowd."), "disperse")
    assert not disperse.future


@pytest.mark.parametrize(
    "text",
    [
        # was: a conviction told done
        "The jury is still deliberating on Smith's verdict.",
        "Smith is awaiting the verdict.",
    ],
)
def test_verdict_deliberated_on_or_awaited_is_not_given(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    verdict = by_trigger(events(nlp, text), "verdict")
    assert verdict.future or verdict.hypothetical


def test_verdict_reached_is_given(nlp) -> None:  # type: ignore[no-untyped-def]
    verdict = by_trigger(events(nlp, "The jury reached a verdict on Smith."), "verdict")
    assert not (verdict.future or verdict.hypothetical or verdict.negated)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # was: negated (and hypothetical under the hope)
        ("I do hope the church was not torched because of her beliefs.", "torched"),
        ("The man was not attacked because of his race, police said.", "attacked"),
        ("The mosque was not targeted simply because it is a mosque.", "targeted"),
    ],
)
def test_not_on_a_motive_leaves_the_act_told(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert not (act.negated or act.hypothetical)


def test_reason_for_not_acting_keeps_the_not(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He was not arrested because of a lack of evidence."
    assert by_trigger(events(nlp, text), "arrested").negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # was: alleged (hypothetical); a year ("on August 2, 2007") told it done already
        ("Smith was charged with murdering Jones on August 2nd.", "murdering"),
        ("Smith was arrested for attacking a guard on 14 March.", "attacking"),
    ],
)
def test_charged_act_on_a_calendar_day_happened(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not by_trigger(events(nlp, text), trigger).hypothetical


def test_charged_act_without_a_date_stays_alleged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Smith was charged with murdering Jones outside a nightclub."
    assert by_trigger(events(nlp, text), "murdering").hypothetical


@pytest.mark.parametrize(
    "text",
    [
        # was: AGREE for the deal
        "The deal needs approval from regulators in Brussels.",
        "The accord still awaits approval by the parliament.",
    ],
)
def test_deal_awaiting_approval_is_no_agreement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "AGREE"]


def test_deal_signed_keeps_its_signing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The two countries signed a deal that needs approval from parliament."
    assert by_trigger(events(nlp, text), "signed").type == "SUPPORT"


_FIRE = (
    "A fire destroyed the old creamery on Main Street on Tuesday night. Flames could be seen"
    " for miles. About 60 firefighters from five towns fought the blaze. \u201cIt's called"
    " surround and drown, when you are fighting from the air,\u201d the chief said. Helicopters"
    " dropped water on the flames until morning. The cause of the blaze is under investigation."
)


def test_fighting_in_fire_news_is_firefighting(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: ASSAULT by "you"
    assert not [e for e in events(nlp, _FIRE) if e.type == "ASSAULT"]


def test_troops_fighting_from_the_air_stay(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebels attacked the northern town on Tuesday. The army said its troops were fighting"
        " from the air and on the ground. Smoke rose over the town as shells fell. Residents"
        " fled to the hills. The fighting killed at least ten people, officials said."
    )
    assert by_trigger(events(nlp, text), "fighting").type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        # was: ASSAULT by the player
        "Smith injured his knee in the second half and left the game.",
        "The striker injured himself during training.",
        (
            "The Saints lost to the Panthers 24-10 on Sunday. Quarterback Mike Smith missed the"
            " second half with a knee injury. He injured it against the Panthers in the first"
            " quarter. The coach said the team would know more on Monday. The loss dropped the"
            " Saints to 3-5 this season. The team plays Atlanta next week at home."
        ),
    ],
)
def test_injury_to_ones_own_body_is_no_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The gunman injured the guard's arm.", "injured"),
        ("The blast injured his leg.", "injured"),
    ],
)
def test_injury_dealt_stays(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).type == "ASSAULT"


def test_title_fight_is_a_bout(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: ASSAULT beat by Klitschko against Rahman, and a fight by Klitschko
    text = "Klitschko beat Rahman in their title fight on Saturday."
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        # was: ASSAULT heavy-weapons, CAMEO 194 (artillery and tanks)
        "Soldiers stormed the rebel headquarters in the capital.",
        "Gunmen stormed the hotel and took hostages.",
    ],
)
def test_storming_a_place_tells_no_weapon(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    stormed = by_trigger(events(nlp, text), "stormed")
    assert (stormed.type, stormed.mode, stormed.cameo) == ("ASSAULT", None, "190")


def test_shelling_keeps_its_heavy_weapons(nlp) -> None:  # type: ignore[no-untyped-def]
    shelled = by_trigger(events(nlp, "The army shelled the town."), "shelled")
    assert (shelled.mode, shelled.cameo) == ("heavy-weapons", "194")


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        # was: "violent marchers", "violent protesters"
        (
            "Police arrested three non - violent marchers outside parliament.",
            "arrested",
            "non - violent marchers",
        ),
        (
            "About 300 non - violent protesters marched through the city.",
            "marched",
            "non - violent protesters",
        ),
    ],
)
def test_dash_prefix_stays_in_the_party(nlp, text: str, trigger: str, party: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert party in [p.text for p in (*event.actors, *event.targets)]


def test_non_violent_struggle_is_no_armed_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: ASSAULT (the struggle read as violent)
    text = "The group led a non-violent struggle against the regime."
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]
    violent = "The group led a violent struggle against the regime."
    assert by_trigger(events(nlp, violent), "struggle").type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # was: THREATEN (the purpose read as an announced intent)
        ("Smith was chosen to kill the informer.", "ASSAULT"),
        ("Officers were working to arrest Jones when he fled.", "COERCE"),
        # an announced act keeps its announcement
        ("The rebels will attack the town.", "THREATEN"),
        ("Iran threatened to shell Iraqi towns.", "THREATEN"),
    ],
)
def test_purpose_as_main_event_is_coded_as_its_act(nlp, text: str, coded: str) -> None:  # type: ignore[no-untyped-def]
    main = next(e for e in events(nlp, text) if e.main)
    assert plover_coding(main) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # was: AGREE, THREATEN (the purpose read as an announced intent)
        ("Miles de manifestantes en Berlín para apoyar al PDS.", "SUPPORT"),
        ("El gobierno se alió con los poderosos para reprimir a los humildes.", "COERCE"),
    ],
)
def test_spanish_purpose_is_coded_as_its_act(nlp_es, text: str, coded: str) -> None:  # type: ignore[no-untyped-def]
    purposes = [e for e in es_events(nlp_es, text) if dict(e.attributes).get("purpose")]
    assert purposes
    assert plover_coding(purposes[0]) == coded


def test_choosing_ones_own_act_is_a_decision(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The party chose to boycott the vote."
    assert not by_trigger(events(nlp, text), "boycott").future
