"""Targets: whom (or where) an act is aimed at, per pattern family, on sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def main_event(evs):  # type: ignore[no-untyped-def]
    return next(e for e in evs if e.main)


def test_a_named_place_is_the_target_of_an_act_on_a_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The governor lifted the weekend curfew in Moldova on Friday."), None)
    assert ev.type == "CONCEDE"
    assert has(ev.targets, "Moldova") and not has(ev.targets, "curfew")
    assert ev.location and "Moldova" in ev.location  # still where it happened


def test_place_through_an_of_phrase_or_a_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers set up roadblocks in the capital city of Tbilisi on Sunday."
    assert has(main_event(events(nlp, text)).targets, "Tbilisi")
    text = "The general shortened the curfew imposed in Georgia after the riots."
    assert has(main_event(events(nlp, text)).targets, "Georgia")


def test_a_territory_object_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Rebel forces captured a border town in eastern Ruritania."), "seize")
    assert has(ev.targets, "town")


def test_custody_place_is_a_location_not_a_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Police arrested the editor Ana Lisboa in Porto on Monday."), "arrest")
    assert has(ev.targets, "Lisboa") and not has(ev.targets, "Porto")


def test_the_light_verb_recipient_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Norway will give Malawi a loan of 40 million dollars."), None)
    assert ev.type == "AID" and has(ev.actors, "Norway") and has(ev.targets, "Malawi")


def test_asylum_granted_to(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Chile granted political asylum to 12 Bolivian miners."), "asylum")
    assert has(ev.actors, "Chile") and has(ev.targets, "miners")


def test_recipient_of_a_program_through_of(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Canada suspended part of a military training program for Ruritania on Monday."
    ev = main_event(events(nlp, text))
    assert ev.type == "SANCTION" and has(ev.targets, "Ruritania")


def test_an_adjective_does_not_make_a_thing_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels said they would boycott all official contact with the government."
    ev = main_event(events(nlp, text))
    assert has(ev.targets, "government") and not has(ev.targets, "contact")


def test_a_pronoun_subject_of_the_helped_act_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia offered its troops to President Tomas Ledvin to help him defeat the rebels."
    ev = one(events(nlp, text), None)
    assert ev.type == "AID" and has(ev.targets, "Ledvin")


def test_withdrawing_own_troops_from_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Armenia will withdraw its troops from Georgia next month."), "withdraw")
    assert has(ev.targets, "Georgia") and not has(ev.targets, "troops")


def test_mobilizing_for_a_war_against(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ruritania mobilized its reservists for a war against Moldova on Monday."
    ev = one(events(nlp, text), "troops")
    assert has(ev.targets, "Moldova") and not has(ev.targets, "reservists")


def test_a_refusal_takes_the_refused_acts_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "Chile has refused to deploy peacekeepers in Haiti."))
    assert ev.type == "REJECT" and has(ev.targets, "Haiti")


def test_a_demand_that_x_does_something_targets_x(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The union repeated its demand on Monday that the government raise wages."
    ev = main_event(events(nlp, text))
    assert ev.type == "REQUEST" and has(ev.targets, "government")


def test_a_conditional_act_targets_the_condition_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Moldova threatened to suspend the talks if Russia deploys new missiles."
    ev = main_event(events(nlp, text))
    assert has(ev.targets, "Russia")


def test_a_place_inside_an_at_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Inmates rioted on Monday at a prison in northern Georgia."), "riot")
    assert has(ev.targets, "Georgia")
    ev = main_event(events(nlp, "Tanks fired three shells at targets in Hebron on Sunday."))
    assert has(ev.targets, "Hebron")


def test_the_doer_of_a_thing_acted_on_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police opened an investigation into abuses committed by the border guards."
    ev = one(events(nlp, text), "investigate")
    assert has(ev.targets, "guards")
    text = "Riot police prevented a march organized by the teachers' union."
    ev = main_event(events(nlp, text))
    assert has(ev.targets, "union")


def test_a_phrase_words_prepositions_name_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "Moldova presented evidence against Russia on Monday."))
    assert ev.type == "ACCUSE" and has(ev.targets, "Russia")
    ev = one(events(nlp, "Thousands of Syrians sought refuge in Turkey last year."), "asylum")
    assert has(ev.targets, "Turkey")


def test_an_event_named_by_of_is_content_not_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "He lived under the constant threat of torture."), None)
    assert ev.type == "THREATEN" and not ev.targets
    ev = one(events(nlp, "The arrest of protesters shocked the city."), "arrest")
    assert has(ev.targets, "protesters")


def test_an_undirected_act_is_coded_against_the_territory_where_it_happens(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The regional bank agreed to open a new office in Nairobi."), None)
    assert ev.type == "AGREE" and has(ev.targets, "Nairobi")
    ev = one(events(nlp, "Rebels fled to Colombia."), "flee")  # custody: the target is a person
    assert not has(ev.targets, "Colombia")


@pytest.mark.parametrize(
    ("text", "person", "place", "country"),
    [
        ("A man was stabbed in Hayward.", "man", "Hayward", None),
        ("Gunmen killed three people in Baghdad.", "people", "Baghdad", "IRQ"),
    ],
)
def test_an_act_aimed_at_people_named_by_a_common_noun_is_not_aimed_at_their_city(  # type: ignore[no-untyped-def]
    nlp, text: str, person: str, place: str, country: str | None
) -> None:
    """The people are the target, the territory's own (its state their country, as "a Gaza
    resident"); the city is only where it happened."""
    ev = main_event(events(nlp, text))
    assert [t.text for t in ev.targets] == [person] and ev.location == place
    assert ev.targets[0].country == country


def test_an_act_aimed_at_no_actor_takes_the_target_of_its_purpose(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "Denmark agreed to ship medical supplies to help rebuild Armenia."))
    assert ev.type == "AID" and has(ev.targets, "Armenia")
    ev = main_event(events(nlp, "Denmark refused to commit to any assistance to Armenia."))
    assert ev.type == "REJECT" and has(ev.targets, "Armenia")


def test_background_clauses_and_the_act_s_own_object_give_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two weeks before the invasion of Ruritania, the colonel crushed a mutiny."
    ev = one(events(nlp, text), "repress")
    assert not has(ev.targets, "Ruritania")
    text = "After the protests against President Ortega, the army mobilized its reservists."
    ev = one(events(nlp, text), "troops")
    assert not has(ev.targets, "Ortega")


def test_fighting_is_with_the_other_side(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "Government troops clashed with rebels near the border."))
    assert ev.type == "ASSAULT" and has(ev.targets, "rebels") and has(ev.actors, "troops")
    ev = main_event(events(nlp, "Police fought with striking miners in the capital on Monday."))
    assert has(ev.targets, "miners")


def test_a_clash_has_one_side_as_actor_and_the_other_as_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "X and Y clashed" and "fighting between X and Y" have no direction: the side named
    first is the actor, the other the target, and the event is marked reciprocal."""
    for text in (
        "Troops and rebels clashed in the north on Monday.",
        "Fighting between troops and rebels broke out in the north.",
    ):
        ev = main_event(events(nlp, text))
        assert ev.type == "ASSAULT", text
        assert has(ev.actors, "troops") and not has(ev.targets, "troops"), text
        assert has(ev.targets, "rebels") and not has(ev.actors, "rebels"), text
        assert ("reciprocal", "yes") in ev.attributes
    ev = main_event(events(nlp, "The rebels attacked the troops in the north."))
    assert ("reciprocal", "yes") not in ev.attributes  # an attack has a direction


def test_a_passive_conjunct_undergoes_what_its_inherited_subject_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The gunmen stormed the bank and were later arrested by the police."
    ev = one(events(nlp, text), "arrest")
    assert has(ev.targets, "gunmen") and has(ev.actors, "police")


def test_up_to_a_number_is_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels have kidnapped up to 16 Chinese civilian engineers from a village market."
    assert has(one(events(nlp, text), "abduct").targets, "engineers")


def test_a_name_folded_into_a_weekday_is_the_argument(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana's foreign minister met with Nigerian President Bola Tinubu Thursday in Abuja."
    ev = main_event(events(nlp, text))
    assert ev.type == "CONSULT" and has(ev.targets, "Tinubu")


def test_a_list_misread_as_an_apposition_is_still_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "The US, Kenya, and Norway met yesterday."))
    # every member is a side of the meeting: the first its actor, the others met (two-way)
    assert has(ev.actors, "US") and has(ev.targets, "Kenya") and has(ev.targets, "Norway")
    assert ("reciprocal", "yes") in ev.attributes


def test_put_under_investigation_is_done_to_the_passive_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A Dutch journalist has been placed under investigation in Turkey for espionage."
    ev = one(events(nlp, text), "investigate")
    assert has(ev.targets, "journalist")


def test_a_protest_is_aimed_at_whom_its_demand_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thousands of Tibetans demonstrated in the city of Lhasa on Monday calling for "
        "autonomy from China."
    )
    ev = main_event(events(nlp, text))
    assert ev.type == "PROTEST" and has(ev.targets, "China") and not has(ev.targets, "Lhasa")


def test_a_refusal_despite_pressure_is_aimed_at_who_presses(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The prime minister has refused to step down despite mounting pressure from the unions."
    ev = main_event(events(nlp, text))
    assert ev.type == "REJECT" and has(ev.targets, "unions")


def test_an_act_after_talks_with_x_answers_x(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The teachers' union has called off a three-day strike after talks with the government."
    ev = main_event(events(nlp, text))
    assert ev.type == "CONCEDE" and has(ev.targets, "government")


def test_a_warrant_is_for_whom_it_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A judge in Lima issued arrest warrants for three Chilean businessmen on Friday."
    ev = one(events(nlp, text), "arrest")
    assert has(ev.targets, "businessmen")
    # the passive hangs the "for" on the verb the warrant is the subject of
    text = "Arrest warrants were issued on Friday for three Chilean businessmen."
    ev = one(events(nlp, text), "arrest")
    assert has(ev.targets, "businessmen")


def test_a_conditional_threat_through_a_light_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ruritania threatened to launch an offensive unless Freedonia withdrew its troops."
    ev = main_event(events(nlp, text))
    assert has(ev.targets, "Freedonia")


def test_among_names_whom_an_act_is_between(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norway may suspend its mediation efforts among the warring factions of Sudan."
    ev = main_event(events(nlp, text))
    assert has(ev.targets, "factions")


def test_a_demand_for_what_x_took_is_aimed_at_x(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The farmers demanded the return of land seized by the army."
    ev = main_event(events(nlp, text))
    assert ev.type == "REQUEST" and has(ev.targets, "army")


def test_what_is_given_is_no_target_whom_it_goes_to_is(nlp) -> None:  # type: ignore[no-untyped-def]
    # (soldiers sent are deployed, MOBILIZE, since left30's send-forces; was AID)
    ev = main_event(events(nlp, "Germany sent 500 soldiers to Afghanistan on Monday."))
    assert ev.type == "MOBILIZE" and has(ev.targets, "Afghanistan")
    assert not has(ev.targets, "soldier")
    ev = main_event(events(nlp, "Germany sent 500 tonnes of food to Afghanistan on Monday."))
    assert ev.type == "AID" and has(ev.targets, "Afghanistan") and not has(ev.targets, "food")


def test_an_event_noun_is_no_actor_of_what_it_causes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The arrest of the opposition leader by security forces sparked protests."
    for ev in events(nlp, text):
        assert not has(ev.actors, "arrest")


def test_opening_fire_on_a_crowd(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Witnesses said soldiers opened fire on a crowd of mourners in the town."
    ev = one(events(nlp, text), "firearms")
    assert has(ev.actors, "soldiers") and has(ev.targets, "crowd")


def test_an_act_answering_an_event_is_aimed_at_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "Ruritania vowed to retaliate against any Freedonian attack."))
    assert has(ev.targets, "Freedonian") and not has(ev.targets, "attack")
    text = "The minister condemned the killing of two farmers by police officers."
    ev = main_event(events(nlp, text))
    assert ev.type == "ACCUSE" and has(ev.targets, "officers")


def test_setting_fire_to_a_building(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "Rioters set fire to the town hall on Friday night."))
    assert has(ev.targets, "hall")


def test_a_converse_light_verb_turns_the_event_round(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ruritania's plan to annex the islands drew sharp criticism from the African Union."
    ev = next(e for e in events(nlp, text) if e.type == "ACCUSE")
    assert has(ev.actors, "African Union") and has(ev.targets, "Ruritania")


def test_taking_to_the_streets_is_a_demonstration(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "Thousands of teachers took to the streets of Nairobi on Monday."))
    assert (ev.type, ev.mode) == ("PROTEST", "demo") and has(ev.actors, "teachers")


def test_striking_targets_is_an_attack_when_the_military_strikes(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "Saudi warplanes struck targets in northern Yemen overnight."))
    assert ev.type == "ASSAULT" and has(ev.targets, "Yemen")
    evs = events(nlp, "The retailer hit its sales target for the year.")
    assert not any(e.type == "ASSAULT" for e in evs)


def test_a_purpose_clause_names_a_crowd(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers fired live rounds to disperse the crowd outside the palace."
    assert has(main_event(events(nlp, text)).targets, "crowd")


def test_receiving_aid_or_assurances_from_x_is_x_acting(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "The rebel army received arms from a neighbouring state."))
    assert ev.type == "AID" and has(ev.actors, "state") and has(ev.targets, "army")
    text = "The farmers' union received guarantees from the agriculture ministry."
    ev = main_event(events(nlp, text))
    assert ev.type == "AGREE" and has(ev.actors, "ministry") and has(ev.targets, "union")
    ev = main_event(events(nlp, "The president received the Kenyan delegation on Monday."))
    assert ev.type == "CONSULT"


def test_a_person_object_is_not_replaced_by_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "Leftist guerrillas kidnapped a businessman in Bogota."))
    assert ev.targets[0].text == "businessman"  # the place may follow it, as coders code it


def test_withdrawing_ones_own_staff_is_aimed_at_the_host(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "Canada withdrew its diplomats from Venezuela on Monday."))
    assert ev.type == "SANCTION" and has(ev.targets, "Venezuela")
    ev = main_event(events(nlp, "Canada expelled two Venezuelan diplomats on Monday."))
    assert ev.type == "SANCTION" and has(ev.targets, "diplomats")


def test_giving_in_to_someones_demands_is_aimed_at_them(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(
        events(nlp, "The mining company conceded to the miners' demands for safety gear.")
    )
    assert ev.type == "CONCEDE" and has(ev.targets, "miners")


@pytest.mark.parametrize(
    "text",
    [
        "The consuls, who took up their case and worked all night guaranteeing their safe"
        " arrival to the embassy, were thanked.",
        "The envoy guaranteed the dissidents' safe passage to the Spanish embassy.",
        "Norway promised the safe return of the activists to the capital.",
    ],
)
def test_the_mover_is_the_target_of_guaranteeing_a_movement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "guaranteed their safe arrival to the embassy": the guarantee is given to those who
    travel (the movement's possessor or "of"-object), not to where they go."""
    ev = next(e for e in events(nlp, text) if e.type == "AGREE")
    assert not has(ev.targets, "embassy") and not has(ev.targets, "capital")
    if "their safe" in text:  # names no one it could stand for: no participant, not the place
        assert not ev.targets, [p.text for p in ev.targets]
    else:
        assert any(has(ev.targets, who) for who in ("dissidents", "activists"))


def test_safe_passage_to_someone_is_given_to_them(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = next(
        e
        for e in events(nlp, "The army guaranteed safe passage to the rebels.")
        if e.type == "AGREE"
    )
    assert has(ev.targets, "rebels")


# ---------------------------------------------------------------- by the type, not the word


def test_own_force_is_means_and_the_type_gives_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """A word no rule lists ("withdrew", left out) is typed with another word's rule, whose
    objects and prepositions are not its own: the actor's own troops are no target, and a
    withdrawal is aimed at whom it leaves (target_preps_retreat)."""
    from functools import partial

    from chronicler.annotate.events import extract_events
    from chronicler.annotate.events_vocab import load_vocab

    reduced = partial(extract_events, vocab=load_vocab().without_trigger("withdraw"))
    ev = main_event(
        events(nlp, "Syria withdrew its troops from Lebanon on Monday.", extract=reduced)
    )
    assert ev.type == "RETREAT"
    assert has(ev.targets, "Lebanon") and not has(ev.targets, "troops")


def test_own_soldiers_attacked_stay_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # only acts that move or lend forces use them as means (own_force_types)
    ev = main_event(events(nlp, "The junta executed its own soldiers in Yangon."))
    assert ev.type == "ASSAULT" and has(ev.targets, "soldiers")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels took refuge in the mountains after the attack.",
        "The leaders took refuge in the jungle near the border.",
        "The guerrillas took refuge in the hills along the border area.",
    ],
)
def test_a_natural_place_a_refuge_is_taken_in_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A refuge is asked of a mission, a state or a person who shelters someone; the
    mountains or the jungle someone hides in are where, not whom."""
    ev = one(events(nlp, text), "asylum")
    assert not ev.targets, ev.targets
    ev = one(events(nlp, "Lopez took refuge in the Spanish embassy."), "asylum")
    assert has(ev.targets, "embassy")


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        (
            "The senator criticized the freeze on American military aid to Ukraine.",
            "American",
            "Ukraine",
        ),
        ("The envoy opposed the hold on British security assistance.", "British", None),
    ],
)
def test_a_hold_on_aid_is_not_aimed_at_the_giver(
    nlp, text: str, giver: str, receiver: str | None
) -> None:  # type: ignore[no-untyped-def]
    act = next(e for e in events(nlp, text) if e.trigger in ("criticized", "opposed"))
    assert not has(act.targets, giver)
    assert receiver is None or has(act.targets, receiver)


def test_a_body_of_people_is_the_target_not_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "The premier welcomed the trade delegation to Rome on Monday."))
    assert has(ev.targets, "delegation") and not has(ev.targets, "Rome")
    ev = main_event(events(nlp, "The governor lifted the weekend curfew in Moldova on Friday."))
    assert has(ev.targets, "Moldova")  # a thing acted on still leaves the place as target


def test_a_bare_amount_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp, "The minister fears that the unions will only demand more."))
    assert ev.type == "REQUEST" and not ev.targets
    ev = main_event(events(nlp, "The rebels freed more of the prisoners."))
    assert has(ev.targets, "prisoners")


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # (a person defended: a place defended is held by arms, no event; vocabulary 1.196.0)
        ("The garrison defended the governor against the insurgents.", "insurgents"),
        ("The spokesman defended the verdict against its critics.", "critics"),
        (
            "The senator defended the ruling party from the accusations of the opposition.",
            "opposition",
        ),
    ],
)
def test_whom_a_shielding_verb_shields_against_is_no_target(  # type: ignore[no-untyped-def]
    nlp, text: str, danger: str
) -> None:
    ev = by_trigger(events(nlp, text), "defend")
    assert not has(ev.targets, danger), text


def test_a_party_defended_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Washington defended Seoul's right to respond."), "defend")
    assert has(ev.targets, "Seoul")


def test_the_verb_boycott_boycotts_as_the_noun_does(nlp) -> None:  # type: ignore[no-untyped-def]
    # PLOVER's mode boycott (the withdrawal of relations), not a labour strike
    for text in ("Supporters boycotted the tournament over the ban.", "The boycott of the poll."):
        ev = by_trigger(events(nlp, text), "boycott")
        assert (ev.type, ev.mode) == ("PROTEST", "boycott"), text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds gathered at a candlelight vigil for Daniel Ortiz, who was shot by police.",
        "Neighbours held a vigil for Daniel Ortiz outside the police station.",
    ],
)
def test_a_vigil_is_for_the_one_mourned_not_aimed_at_them(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """mourning_nouns: whom a vigil is "for" is mourned, no target."""
    vigil = by_trigger(events(nlp, text), "vigil")
    assert not has(vigil.targets, "Ortiz")


def test_a_protest_keeps_whom_it_is_against(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Students held a protest against the governor outside his office."
    assert has(by_trigger(events(nlp, text), "protest").targets, "governor")


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("It is the US economic embargo which has kept Cuba in a box.", "embargo", "US", "Cuba"),
        ("The US economic sanctions hurt Venezuela.", "sanctions", "US", "Venezuela"),
    ],
)
def test_a_measure_is_aimed_at_whom_it_is_told_doing_something_to(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    """A state named before a measure's adjectives imposes it; the object of the verb the
    measure is the subject of is whom it is aimed at."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, actor) and has(ev.targets, target)


def test_what_an_attack_had_as_its_target_is_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The two bombings happened minutes apart, with the U.S. embassies as their targets."
    ev = by_trigger(events(nlp, text), "bombings")
    assert has(ev.targets, "embassies")


def test_a_movement_as_target_stands_for_those_who_move(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "celebrated the safe departure ... of the dissidents": the dissidents, not their
    departure, also when the parser hangs their "of" on the place they left (roles 1.21.0);
    a state after the place owns it."""
    ev = by_trigger(
        events(nlp, "The senator welcomed the safe arrival of the refugees in Madrid."), "welcomed"
    )
    assert has(ev.targets, "refugees") and not has(ev.targets, "arrival")
    ev = by_trigger(
        events(nlp, "The leader praised the quick exit from the compound of the striking miners."),
        "praised",
    )
    assert has(ev.targets, "miners") and not has(ev.targets, "exit")


def test_an_offence_gerund_is_no_party_of_an_investigation(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "under investigation for bribing Chicago police": the bribing is the offence; the
    police or their city are not whom the investigation is aimed at (roles 1.21.0)."""
    evs = events(nlp, "The mayor was under investigation for bribing Chicago police officers.")
    ev = by_trigger(evs, "investigation")
    assert has(ev.targets, "mayor") and not has(ev.targets, "chicago")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the subject a copula says is the target or the victim of an act (roles 1.43.1)
        ("The governor was the target of an assassination attempt.", "assassination", "governor"),
        ("The mayor was the victim of a bomb attack by the rebels.", "attack", "mayor"),
        # a relative pronoun stands for its noun (roles 1.43.5)
        ("They spoke to the mayor, who was the victim of an attack last year.", "attack", "mayor"),
    ],
)
def test_who_is_said_to_be_the_target_of_an_act(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert has(by_trigger(events(nlp, text), trigger).targets, target)


def test_a_medium_a_participle_names_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # roles 1.43.2: where it was said
    text = "In a long verbal attack read on state television, the general called the king a liar."
    assert not by_trigger(events(nlp, text), "attack").targets
    text = "The government broke the promise made to the opposition."
    assert has(by_trigger(events(nlp, text), "promise").targets, "opposition")


def test_an_unresolved_who_is_no_victim(nlp) -> None:  # type: ignore[no-untyped-def]
    # roles 1.43.5: the parser leaves this "who" no noun to stand for
    text = "Police found a man bleeding, who was possibly the victim of a stabbing."
    assert [t.text for t in by_trigger(events(nlp, text), "stabbing").targets] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A bomb went off at the embassy in Tanzania at the same time.", "bomb"),
        ("A bomb went off at the consulate in Karachi on Monday.", "bomb"),
    ],
)
def test_the_host_of_a_mission_attacked_is_no_target(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """The embassy is another state's: its host is where it stands (roles 1.52.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert ev.type == "ASSAULT"
    assert not any(t.text in ("Tanzania", "Karachi") for t in ev.targets)


def test_a_mission_opened_in_a_capital_keeps_its_host(nlp) -> None:  # type: ignore[no-untyped-def]
    """As the dev gold codes "opened an embassy in Tehran": Tehran the recipient."""
    text = "Sri Lanka has established diplomatic ties with and opened an embassy in Tehran."
    ev = by_trigger(events(nlp, text), "established")
    assert has(ev.targets, "Tehran")


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("The rebels will break the ceasefire.", []),
        ("The army violated the truce on Monday.", []),
        ("The rebels broke the truce with the government.", ["government"]),
    ],
)
def test_a_truce_broken_is_no_party(nlp, text: str, targets: list[str]) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.381.0 (left40): the truce is what is broken, never whom the attack is on."""
    (broken,) = [e for e in events(nlp, text) if e.cameo == "196"]
    assert [t.text for t in broken.targets] == targets


# roles41 (roles 1.167.0): a city named on a firm or a gathering an attack happened at is
# where it was; the people harmed there are its targets.
@pytest.mark.parametrize(
    "text",
    [
        "A gunman opened fire at a Chicago office party.",
        "A former clerk opened fire at a suburban Denver accounting firm.",
    ],
)
def test_a_city_on_the_firm_or_party_attacked_at_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "opened fire")
    assert not ev.targets


def test_a_bare_number_counts_the_people_the_verb_beside_it_harmed(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "A gunman shot four customers at a Denver bank, wounding one.")
    assert [t.text for t in by_trigger(evs, "wounding").targets] == ["one"]


def test_a_bare_number_alone_is_still_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The gunman fired two at the crowd.")
    assert not any(t.text == "two" for e in evs for t in e.targets)


def test_a_kind_counts_what_its_of_phrase_names(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Many kinds of ships have been seized in the strait."), "seized")
    assert [t.text for t in ev.targets] == ["ships"]
