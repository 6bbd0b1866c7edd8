"""Marks of modality one predicate tells (annotate/events_modality_marks.py) and the given
acts the modality climb stops at, on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _flags(nlp, text: str, trigger: str) -> tuple[bool, bool, bool]:  # type: ignore[no-untyped-def]
    e = by_trigger(events(nlp, text), trigger)
    return e.negated, e.future, e.hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The union repeated its demand today that the government release the prisoners.",
            "release",
        ),
        ("The union renewed its call on Monday that the army withdraw from the city.", "withdraw"),
    ],
)
def test_a_bare_clause_after_a_noun_of_asking_hung_on_the_verb_is_asked(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    assert _flags(nlp, text, trigger) == (False, False, True)


def test_a_told_clause_after_a_verb_is_not_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The union repeated today that the government released the prisoners."
    assert _flags(nlp, text, "released") == (False, False, False)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The protesters demanded that Japan match the Canadian government's support for them.",
            "support",
        ),
        ("The summit will test the minister's vow to reform the police.", "vow"),
    ],
)
def test_an_owned_act_matched_or_tested_was_made(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp, text, trigger) == (False, False, False)


def test_an_indefinite_act_to_match_stays_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp, "Germany will match any offer of aid.", "offer")[1]


def test_a_round_of_talks_a_demand_is_made_at_is_held(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The strikers demanded the dismissal of the manager at the third round of negotiations."
    assert _flags(nlp, text, "round") == (False, False, False)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Dockers stopped work on the second day of a national strike.", "strike"),
        ("The delegates refused to meet on the sidelines of the summit.", "summit"),
    ],
)
def test_an_act_a_time_or_side_phrase_names_is_a_setting(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp, text, trigger) == (False, False, False)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The gunman walked into the office with the purpose of killing the manager.", "killing"),
        ("Rebels formed a militia with the aim of overthrowing the regime.", "overthrowing"),
        ("Police raided the house with the goal of arresting the smugglers.", "arresting"),
    ],
)
def test_the_act_a_purpose_noun_names_is_ahead(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    # events_modality_marks.purpose_content (modality 1.160.0)
    assert _flags(nlp, text, trigger) == (False, True, False)


def test_the_act_noun_a_purpose_is_of_is_told_done(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp, "The purpose of the raid on the depot was unclear.", "raid") == (
        False,
        False,
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The manager was not in the office at the time of the attack.",
        "No officers were at the scene of the attack.",
    ],
)
def test_an_act_whose_moment_or_scene_a_denied_clause_names_happened(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # modality 1.160.1: `frame_nouns` time, moment, hour, scene, site
    assert _flags(nlp, text, "attack") == (False, False, False)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Thousands of farmers blocked the highway in defiance of the army.", "defiance"),
        ("The miners blocked the gates in defiance of the court.", "defiance"),
    ],
)
def test_a_stance_phrase_on_a_stopping_verb_is_done_with_it(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    # a bare "in defiance of X" says how the blocking was done, not what it stops
    assert _flags(nlp, text, trigger) == (False, False, False)


def test_a_stance_phrase_keeps_its_doer_from_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of farmers blocked the highway in defiance of Turkish authorities."
    ev = by_trigger(events(nlp, text), "defiance")
    assert has(ev.actors, "farmers") and not has(ev.actors, "Turkish")
    assert has(ev.targets, "authorities")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The envoy was to have met the king in Rome on Monday.", "met"),
        ("The pact was to have been signed in Oslo, but the talks broke down.", "signed"),
        ("The guerrillas were to have attacked the port last month.", "attacked"),
    ],
)
def test_a_past_be_to_with_a_perfect_infinitive_did_not_come_about(
    nlp, text: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    """modality 1.178.0: a counterfactual, neither told done nor ahead"""
    assert _flags(nlp, text, trigger) == (False, False, True)


def test_a_be_to_without_the_perfect_stays_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp, "The envoy is to meet the king in Rome next week.", "meet")[1]


def test_a_gerund_beside_a_vows_infinitive_is_told(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a statement vowing to continue its war and condemning his call": "condemning" goes
    with "vowing" (the parser hangs it on "continue"), told, and so is the call it condemns;
    a second infinitive stays vowed."""
    text = (
        "The rebel group issued a statement vowing to continue its war and condemning his"
        " call for talks."
    )
    evs = events(nlp, text)
    ev = by_trigger(evs, "condemning")
    assert not (ev.future or ev.hypothetical)
    assert not by_trigger(evs, "call").future
    ev = by_trigger(
        events(nlp, "The army is planning to attack the town and to arrest the mayor."), "arrest"
    )
    assert ev.future


def test_the_act_of_an_order_denied_is_negated(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "there was no order to fire", "In no way was there any directive to expel the envoy":
    the act negated (no order given), also through a conjunct inverted after the fronted
    "in no way"; an order that was given leaves its act alone."""
    ev = by_trigger(events(nlp, "There was no order to fire on the crowd."), "fire")
    assert ev.negated
    text = "In no way was there any directive to expel the envoy."
    assert by_trigger(events(nlp, text), "expel").negated
    text = (
        "In no way does it mean or was there any order to harm or to expel the envoy, the"
        " spokesman said."
    )
    assert by_trigger(events(nlp, text), "expel").negated
    ev = by_trigger(events(nlp, "There was an order to arrest the mayor."), "arrest")
    assert not ev.negated


def test_an_act_one_is_close_to_is_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "are close to signing an oil deal", "close to a deal": not reached yet (future); a
    deal signed close to the border was signed."""
    text = "Venezuela and Cuba are close to signing an oil deal."
    assert by_trigger(events(nlp, text), "signing").future
    text = "The two sides are close to a deal on the prisoners."
    assert by_trigger(events(nlp, text), "deal").future
    ev = by_trigger(events(nlp, "The two sides signed a deal close to the border."), "signed")
    assert not ev.future


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials say it is likely that more raids will be launched against the gangs.", "raids"),
        ("The ministry said the talks would be held in Geneva.", "talks"),
        ("Witnesses said an assault on the rebel town was imminent.", "assault"),
        ("Diplomats believe a crackdown on the opposition is impending.", "crackdown"),
    ],
)
def test_an_act_to_be_carried_out_or_imminent_is_ahead(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    negated, future, _ = _flags(nlp, text, trigger)
    assert future and not negated, text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The raids were launched against the gangs at dawn.", "raids"),
        ("The talks were held in Geneva last week.", "talks"),
    ],
)
def test_an_act_carried_out_in_the_past_is_told(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp, text, trigger) == (False, False, False)


def test_a_split_didnt_before_have_to_tells_the_act_done(nlp) -> None:  # type: ignore[no-untyped-def]
    # a tokeniser's "didn ’ t" is read as nouns: the past still tells the act done, no
    # obligation ahead (modality 1.195.0); a present "have to" stays obliged
    text = "“ They didn ’ t have to shoot the boy , ” a neighbour said ."
    ev = by_trigger(events(nlp, text), "shoot")
    assert not (ev.hypothetical or ev.future)
    text = "“ We have to shoot the traitor , ” the rebel leader said ."
    assert by_trigger(events(nlp, text), "shoot").hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister rejected criticism of the handling of the strike.", "strike"),
        ("The police chief denied any mishandling of the riots.", "riots"),
    ],
)
def test_an_act_whose_handling_is_denied_was_held(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    # the handling is what is rejected, the act handled was held (modality 1.195.2)
    ev = by_trigger(events(nlp, text), trigger)
    assert not (ev.negated or ev.hypothetical), text


def test_a_definite_act_halted_was_under_way(nlp) -> None:  # type: ignore[no-untyped-def]
    # stopped, so under way (modality 1.195.1); one prevented was not held
    ev = by_trigger(events(nlp, "The prison guards stopped the riot at dawn."), "riot")
    assert not (ev.negated or ev.hypothetical)
    ev = by_trigger(events(nlp, "The navy prevented the attack on the tanker."), "attack")
    assert ev.negated


def test_a_with_clause_setting_the_scene_is_real(nlp) -> None:  # type: ignore[no-untyped-def]
    # an absolute "with" clause tells a state of affairs going on (modality 1.195.3)
    text = "With both countries massing troops along the border, the minister warned of war."
    ev = by_trigger(events(nlp, text), "massing")
    assert not (ev.future or ev.hypothetical or ev.negated)


@pytest.mark.parametrize(
    "text",
    [
        "There was an order to arrest the governor.",
        "The police received instructions to arrest the governor.",
    ],
)
def test_an_order_to_act_tells_no_act_done(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # ordered, not done (modality 1.195.4)
    assert by_trigger(events(nlp, text), "arrest").hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A gunman tried to storm a police post in the village of Qana, wounding two guards.",
            "wounding",
        ),
        (
            "The bomber tried to blow up a bus in the centre of the town, injuring ten people.",
            "injuring",
        ),
    ],
)
def test_a_result_of_an_attempt_past_an_of_phrase_is_no_charge_listed(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    assert _flags(nlp, text, trigger) == (False, False, False), text


def test_a_gerund_after_an_accusation_of_is_still_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prosecutors accused him of forging passports, smuggling arms and bombing a mosque."
    assert _flags(nlp, text, "bombing")[2]


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        ("The envoy said Israel had to withdraw its troops from the city.", "withdraw", True),
        ("The minister said police had to release the protesters.", "release", True),
        ("He said the villagers had to flee their homes after the coup.", "flee", False),
        ("The villagers had to flee their homes.", "flee", False),
    ],
)
def test_a_reported_had_to_with_no_time_of_its_own_is_an_obligation(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert _flags(nlp, text, trigger)[2] is hypothetical, text


def test_a_particle_with_an_object_of_its_own_is_no_going_on(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "by calling on his allies to freeze the assets": the parser's particle "on" takes the
    allies, so it asks them, not "goes on" (modality 1.209.0); "pressed on with" goes on."""
    text = "The minister marked the day by calling on his allies to freeze the assets of the bank."
    assert by_trigger(events(nlp, text), "freeze").hypothetical
    offensive = by_trigger(events(nlp, "The troops pressed on with the offensive."), "offensive")
    assert not offensive.hypothetical
