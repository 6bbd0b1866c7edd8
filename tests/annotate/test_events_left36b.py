"""Leftovers and the thirty-sixth session's standards on news English (left36b; vocabulary
1.326.0, modality 1.126.0, parse mending v16): a threat's content after a command is only
threatened; a purpose is ahead; shelling or bombing told by what it destroyed is one assault;
a command not to strike is a labour strike. Sentences written for these tests (the behaviour
on main before the change in each test's comment)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # was: flagged future only
        ('"Get out, or we\'ll shoot you again," the gunmen told the villagers.', "shoot"),
        ('The rebels warned: "Leave the city or we will kill you all."', "kill"),
        # was: the burning told as done
        ('"Pay up or we burn your shop," the gang told him.', "burn"),
    ],
)
def test_threat_after_a_command_is_hypothetical(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).hypothetical


def test_act_after_a_told_act_keeps_its_flags(nlp) -> None:  # type: ignore[no-untyped-def]
    shot = by_trigger(events(nlp, "The gunmen entered the village and shot two men."), "shot")
    assert not (shot.hypothetical or shot.future)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # was: the bringing to justice, the freeing, the rescue told as done
        (
            '"We are doing all we can to bring the offender to justice," the police chief said.',
            "bring",
        ),
        ("The army raided the camp in order to free the hostages.", "free"),
        ("Troops stormed the building so as to rescue the captives.", "rescue"),
    ],
)
def test_purpose_is_ahead(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert event.future or event.hypothetical


def test_bare_purpose_of_a_past_act_keeps_its_flags(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the PLOVER gold codes "took steps to enhance political freedoms" as the concession)
    free = by_trigger(events(nlp, "The army raided the camp to free the hostages."), "free")
    assert not (free.future or free.hypothetical)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # was: COERCE seize "destroyed" beside the shelling (or alone)
        ("The shelling destroyed the hospital.", "shelling", "hospital"),
        ("Shelling destroyed the hospital.", "shelling", "hospital"),
        ("The bombing destroyed the market.", "bombing", "market"),
        ("Israeli air strikes destroyed three houses.", "air strikes", "houses"),
    ],
)
def test_attack_told_by_what_it_destroyed_is_one_assault(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    evs = events(nlp, text)
    assert not [e for e in evs if e.type == "COERCE"]
    assault = [e for e in evs if e.type == "ASSAULT"]
    assert len(assault) == 1
    assert any(target in t.text for t in assault[0].targets)


def test_destruction_by_a_party_stays_a_seizure(nlp) -> None:  # type: ignore[no-untyped-def]
    destroyed = by_trigger(events(nlp, "Rebels destroyed the bridge."), "destroyed")
    assert destroyed.type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        # was ASSAULT (the "kill" rule), the workers its target
        "If workers are unhappy, don't strike.",
        "Don't strike, the union leader told the workers.",
        "If the workers are unhappy, they should not strike, the minister said.",
    ],
)
def test_command_not_to_strike_is_a_labour_strike(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    strike = by_trigger(events(nlp, text), "strike")
    assert (strike.type, strike.mode) == ("PROTEST", "strike")
    assert strike.negated or strike.hypothetical
    assert not strike.targets


def test_command_to_strike_at_a_place_stays_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    strike = by_trigger(
        events(nlp, "Strike the bridge tonight, the general told the pilots."), "strike"
    )
    assert strike.type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "happening"),
    [
        # was: REJECT by the president against the clashes, no clash
        ("The president dismissed the clashes as a minor riot.", "clashes"),
        ("The government dismissed the protests as the work of foreign agents.", "protests"),
    ],
)
def test_happening_belittled_is_told_with_no_rejection(nlp, text: str, happening: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    assert not [e for e in evs if e.type == "REJECT"]
    told = by_trigger(evs, happening)
    assert not (told.negated or told.hypothetical or told.actors)


@pytest.mark.parametrize(
    "text",
    [
        "The minister dismissed the demands of the union.",
        "The opposition dismissed the proposal as a publicity stunt.",
    ],
)
def test_demand_or_proposal_dismissed_stays_a_rejection(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "dismissed").type == "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        # was CONSULT meet by the chief executive, by the manager
        "The chief executive is in talks over a new contract.",
        "The club's manager is in talks over a new contract with the board.",
    ],
)
def test_talks_over_ones_contract_are_no_consultation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The union is in talks with the government over a new contract.",
        "The coach is in talks with France over a contract extension.",
        "The government is in talks over a new arms contract.",
    ],
)
def test_contract_talks_with_a_state_stay(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "talks").type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # was COOPERATE flagged future (and an AGREE), REJECT and PROTEST told done
        ("A merger is when two firms agree to cooperate.", "cooperate"),
        ("A strike is when workers refuse to work.", "refuse"),
        ("A strike is when workers refuse to work.", "strike"),
    ],
)
def test_definition_by_when_tells_no_act(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).hypothetical


def test_past_when_clause_is_no_definition(nlp) -> None:  # type: ignore[no-untyped-def]
    arrest = by_trigger(events(nlp, "The protest was when police arrested him."), "arrested")
    assert not arrest.hypothetical


@pytest.mark.parametrize(
    "text",
    [
        # was SUPPORT by the experts, by the regulators
        "Developers are required to get approval from government experts before building.",
        "The merger is subject to approval by regulators.",
        "Firms must obtain permission from the ministry.",
    ],
)
def test_approval_required_is_no_backing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council gave its approval to the mission.",
        "The plan won approval from parliament.",
    ],
)
def test_approval_given_stays(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "approval").type == "SUPPORT"


@pytest.mark.parametrize(
    "text",
    [
        # was AID by Mary Jones, by the nurse
        "In the 1980s, Mary Jones taught at a Sunday school in Ohio, helping young mothers "
        "and visiting prisons.",
        "For years the retired nurse worked at a church, helping homeless veterans.",
    ],
)
def test_charity_work_of_a_private_person_is_no_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        "The UN agency spent the year helping refugees.",
        "The army spent weeks helping flood victims.",
        "Russia is helping Syrian rebels.",
    ],
)
def test_help_by_a_body_stays_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "helping").type == "AID"


@pytest.mark.parametrize(
    ("text", "intended"),
    [
        # was ASSAULT kill flagged future with no doer, COERCE theft flagged future
        ("He served time on a 1998 conviction of assault with intent to murder.", "murder"),
        ("She was convicted of burglary with intent to commit theft.", "theft"),
    ],
)
def test_intent_in_an_offence_name_is_no_event(nlp, text: str, intended: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger.lower() == intended]


def test_intent_of_a_told_attack_stays_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels attacked the town with intent to kill its mayor."
    assert by_trigger(events(nlp, text), "kill").future


@pytest.mark.parametrize(
    "text",
    [
        # was: the murder flagged hypothetical (alleged)
        "Two men were arrested last night in the case of the murder of John Smith, which took "
        "place outside his home this August 2nd.",
        "Two men were arrested in the murder of John Smith, which happened on May 5.",
    ],
)
def test_happening_told_past_with_a_date_is_done(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    murder = by_trigger(events(nlp, text), "murder")
    assert not murder.hypothetical
    assert [a.text for a in murder.actors] == ["men"]


def test_suspected_murder_with_no_date_stays_alleged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two men were arrested on suspicion of the murder of John Smith."
    assert by_trigger(events(nlp, text), "murder").hypothetical


@pytest.mark.parametrize(
    "text",
    [
        # was: the protesters lost, a conjunct of the verb
        "Police arrested Smith and two anti - government protesters on Monday.",
        "Police arrested Smith and two anti-government protesters on Monday.",
    ],
)
def test_object_conjoined_after_a_prefixed_noun_is_a_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    arrest = by_trigger(events(nlp, text), "arrested")
    assert any("protesters" in t.text for t in arrest.targets)


@pytest.mark.parametrize(
    "text",
    [
        # (the parser already reads these prefixes as the co/ex mend makes them)
        "Smith and his vice - president were arrested on Monday.",
        "Smith and several pro - democracy activists were arrested on Monday.",
        "Police detained Jones and several pro - democracy activists.",
    ],
)
def test_other_dash_prefixes_keep_both_parties(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    arrest = by_trigger(evs, "arrested" if "arrested" in text else "detained")
    assert len(arrest.targets) == 2


def test_approval_by_a_vote_stays_backing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Voters approved a bond measure allowing the city to buy the old mill."
    assert by_trigger(events(nlp, text), "approved").type == "SUPPORT"


def test_object_mend_leaves_a_gerunds_conjuncts(nlp) -> None:  # type: ignore[no-untyped-def]
    # (a first form of the mend moved "embassy staffers" onto the bombing's victims)
    text = (
        "The envoy paid tribute Tuesday to bombing victims and embassy staffers on a visit to "
        "Kenya, and promised to find the bombers."
    )
    tribute = by_trigger(events(nlp, text), "tribute")
    assert any("staffers" in t.text for t in tribute.targets)
