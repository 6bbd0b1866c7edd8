"""Leftovers noticed on news English, round 37 (left37): "each other" / "one another" make
any act two-way; a meeting verb's place is no party met; a place a sending reaches is no
recipient; each act in a row of one doer's keeps its own object; coordinated passives share
their "by"-agent. Sentences written for these tests (the behaviour on main before the change
in each test's comment)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # was: no reciprocal mark
        ("The two gangs attacked one another on Sunday.", "attacked"),
        ("The two leaders criticised each other in public.", "criticised"),
        ("The soldiers fired at each other across the river.", "fired"),
    ],
)
def test_reciprocal_object_makes_an_act_two_way(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert ("reciprocal", "yes") in event.attributes


def test_coordinated_sides_attacking_each_other_are_actor_and_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: both sides actors, no target, no reciprocal mark
    event = by_trigger(
        events(nlp, "Armenia and Azerbaijan attacked each other on Sunday."), "attacked"
    )
    assert [a.text for a in event.actors] == ["Armenia"]
    assert [t.text for t in event.targets] == ["Azerbaijan"]
    assert ("reciprocal", "yes") in event.attributes


def test_one_way_act_stays_one_way(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "The two gangs attacked a police station."), "attacked")
    assert ("reciprocal", "yes") not in event.attributes


@pytest.mark.parametrize(
    "text",
    [
        # was: Geneva the target
        "The leaders met each other in Geneva.",
        "The ministers met in Brussels on Monday.",
        "The two sides negotiated in Doha for a week.",
    ],
)
def test_meeting_verbs_place_is_no_party(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events(nlp, text) if e.type == "CONSULT")
    assert not event.targets, event.targets
    assert event.location


def test_visit_keeps_its_host(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "The minister attended a summit in Switzerland."), "attended")
    assert has(event.targets, "Switzerland")


@pytest.mark.parametrize(
    "text",
    [
        # was: "front" the target ("the area" was left out already)
        "The rebels sent fighters to the front.",
        "The army dispatched more fighters to the area on Tuesday.",
    ],
)
def test_place_a_sending_reaches_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events(nlp, text) if e.type == "MOBILIZE")
    assert not event.targets, event.targets


def test_named_place_sent_to_stays_target(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "The government sent troops to Lebanon."), "sent")
    assert has(event.targets, "Lebanon")


@pytest.mark.parametrize(
    ("text", "first", "own", "other"),
    [
        # was: the seizure aimed at the officials too
        ("Rebels seized the town, then executed three officials.", "seized", "town", "officials"),
        ("Troops captured the village and arrested the mayor.", "captured", "village", "mayor"),
    ],
)
def test_each_act_in_a_row_keeps_its_own_object(
    nlp, text: str, first: str, own: str, other: str
) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), first)
    assert has(event.targets, own)
    assert not has(event.targets, other)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        # was: the ambush with no actor
        (
            "The soldiers were ambushed and fought by militants near the border.",
            "ambushed",
            "militants",
        ),
        ("The shopkeeper was beaten and robbed by a gang.", "beaten", "gang"),
    ],
)
def test_coordinated_passives_share_their_agent(nlp, text: str, trigger: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert has(event.actors, doer)


def test_a_shared_agent_that_cannot_act_is_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    # the lead's merge mend: "fines" settle cases, they do not dismiss them
    text = "Most of the charges were dismissed or settled by fines."
    event = by_trigger(events(nlp, text), "dismissed")
    assert not has(event.actors, "fines")


def test_passive_clause_of_its_own_keeps_its_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(
        events(nlp, "The convoy was ambushed, and two soldiers were killed by militants."),
        "ambushed",
    )
    assert not has(event.actors, "militants")


@pytest.mark.parametrize(
    ("text", "trigger", "hit"),
    [
        # was: the shelling with no target ("damage" is no trigger)
        ("Russian shelling damaged the hospital.", "shelling", "hospital"),
        ("The hospital was damaged by Russian shelling.", "shelling", "hospital"),
        ("The explosion damaged the embassy.", "explosion", "embassy"),
        # was: no event (read as a downturn of a market)
        ("The bombing damaged the market.", "bombing", "market"),
    ],
)
def test_attack_told_by_what_it_damaged_is_aimed_at_it(
    nlp, text: str, trigger: str, hit: str
) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert event.type == "ASSAULT"
    assert has(event.targets, hit)


def test_damage_with_no_attack_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not events(nlp, "The storm damaged the hospital.")


@pytest.mark.parametrize(
    ("text", "trigger", "party", "thing"),
    [
        # was: no target
        (
            "The students were lashing out at all that ails the country: a weak government, "
            "an economy in ruins and their own bleak prospects.",
            "lashing",
            "government",
            "economy",
        ),
        # was: "everything" the target
        (
            "Farmers protested against everything that hurts them: high taxes, corrupt "
            "officials and the ministry.",
            "protested",
            "officials",
            "taxes",
        ),
    ],
)
def test_colon_list_after_a_summing_word_names_the_targets(
    nlp, text: str, trigger: str, party: str, thing: str
) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert has(event.targets, party)
    assert not has(event.targets, thing)


@pytest.mark.parametrize(
    "text",
    [
        # was: the police the unrest's actor
        "Police played down the unrest in the capital.",
        "The mayor played down the riots on Sunday.",
    ],
)
def test_one_who_plays_down_a_happening_is_not_its_doer(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events(nlp, text) if e.type == "PROTEST")
    assert not event.actors, event.actors


def test_conjunct_under_belief_keeps_the_reported_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: no actor (the conjunct read as the doubter's)
    event = by_trigger(
        events(nlp, "She doubted her brother was carrying a gun, but was rather punching the man."),
        "punching",
    )
    assert has(event.actors, "brother")


def test_conjunct_of_a_plain_verb_keeps_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(
        events(nlp, "The rebels left the town, but were later attacked by the army."), "attacked"
    )
    assert has(event.targets, "rebels")


def test_they_after_things_coordinated_goes_on_with_the_group(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: no actor ("jewellery and watches" read as a second group)
    text = (
        "The source said the men drove a car into the shop and grabbed jewellery and luxury "
        "watches worth two million euros. They then set fire to the vehicle."
    )
    event = by_trigger(events(nlp, text), "set fire")
    assert has(event.actors, "men")


def test_judge_told_by_surname_alone_agreeing_is_court_procedure(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: AGREE by the judge
    text = (
        "Judge Marsha Revel heard the case on Monday. Revel agreed that the actress should "
        "remain in rehab."
    )
    assert not [e for e in events(nlp, text) if e.type == "AGREE"]


def test_other_surname_alone_still_agrees(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "President John Smith met the rebels on Monday. Smith agreed to a ceasefire."
    assert [e for e in events(nlp, text) if e.type == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        # was: the murder with no doer
        "John Smith is on trial for the murder of Anna Jones.",
        "John Smith stands trial for the murder of Anna Jones.",
        "The trial of John Smith for the murder of Anna Jones opened on Monday.",
    ],
)
def test_one_on_trial_is_the_alleged_doer(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), "murder")
    assert has(event.actors, "Smith")
    assert all(a.alleged for a in event.actors)
    assert event.hypothetical
    assert has(event.targets, "Anna Jones")


def test_convicted_doer_stays_established(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(
        events(nlp, "John Smith was convicted of the murder of Anna Jones."), "murder"
    )
    assert has(event.actors, "Smith")
    assert not any(a.alleged for a in event.actors)
    assert not event.hypothetical


def test_son_whose_mother_is_named_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: the mother the target
    event = by_trigger(
        events(nlp, "Mary Jones, whose son was arrested last week, spoke to reporters."),
        "arrested",
    )
    assert has(event.targets, "son")
    assert not has(event.targets, "Mary Jones")


@pytest.mark.parametrize(
    "text",
    [
        # was: the firm the target
        "A gunman opened fire at the Kraft Foods plant in Philadelphia.",
        "A man opened fire at a Walmart store in Texas.",
    ],
)
def test_site_named_by_its_owner_where_an_attack_was_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), "opened")
    assert not event.targets, event.targets


def test_attack_on_a_site_itself_keeps_its_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "Rebels bombed the Shell refinery."), "bombed")
    assert has(event.targets, "Shell")


@pytest.mark.parametrize(
    ("text", "trigger", "harmed"),
    [
        # was: the firm the target
        (
            "Two people were killed and another wounded in a shooting at the Kraft Foods plant.",
            "shooting",
            "people",
        ),
        # was: no target
        ("Three soldiers were killed in an air strike on Monday.", "air strike", "soldiers"),
    ],
)
def test_attack_noun_aims_at_those_harmed_in_it(nlp, text: str, trigger: str, harmed: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert has(event.targets, harmed)
    assert not has(event.targets, "Kraft")


def test_arson_at_a_named_site_keeps_the_site(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police suspect arson caused the fire at the Walmart store on Friday."
    event = by_trigger(events(nlp, text), "fire")
    assert has(event.targets, "Walmart")
