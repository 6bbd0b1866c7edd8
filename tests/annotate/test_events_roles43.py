"""Roles of the forty-third session's roles43 round (the Lee corpus sample leeroles3), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "caller"),
    [
        ("The UN called on Israel to withdraw its troops.", "withdraw", "Israel", "UN"),
        ("Protesters called on the president to resign.", "resign", "president", "Protesters"),
        ("Unions are calling on the minister to apologise and resign.", "resign", "minister",
         "Unions"),
        ("The opposition appealed to the king to dissolve parliament.", "dissolve", "king",
         "opposition"),
    ],
)  # fmt: skip
def test_the_one_appealed_to_does_the_act_appealed_for(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str, caller: str
) -> None:
    """ "called on X to V", "appealed to X to V": X would do it, not the caller
    (`appealing_verb_preps`, roles 1.189.0)."""
    actors, _ = parties(nlp, text, trigger)
    assert doer in actors and caller not in actors, actors


def test_a_call_made_on_a_day_keeps_the_caller_as_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, "The envoy called on Monday to end the strike.", "end")
    assert actors == ["envoy"]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Mr Karzai, apparently losing patience with warlords defying his orders, sent his "
         "troops at dawn to arrest a commander.", "sent", "Karzai"),
        ("The president, reportedly losing patience with rebels defying the truce, ordered "
         "the arrest of their leader.", "arrest", "president"),
    ],
)  # fmt: skip
def test_a_subject_before_a_participle_aside_is_the_main_verb_s(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str
) -> None:
    """ "X, apparently V-ing ..., sent": the parser may give X to the participle; the main
    verb, with no subject of its own, takes it (roles 1.189.0)."""
    actors, _ = parties(nlp, text, trigger)
    assert actors == [doer]


@pytest.mark.parametrize(
    ("text", "doers", "not_doers"),
    [
        ("Three people were wounded when the police clashed with armed students.",
         {"police", "armed students"}, set()),
        ("Five people were injured when soldiers fired on the crowd.", {"soldiers"},
         {"crowd"}),
    ],
)  # fmt: skip
def test_casualties_of_a_fight_told_in_a_clause_are_its_parties(  # type: ignore[no-untyped-def]
    nlp, text: str, doers: set[str], not_doers: set[str]
) -> None:
    """ "were injured when X clashed with Y": both sides hurt them; "when soldiers fired on
    the crowd": the soldiers (`casualty_clause_marks`, vocabulary 1.424.0)."""
    actors, targets = parties(nlp, text, "wounded" if "wounded" in text else "injured")
    assert doers <= set(actors) and not (not_doers & set(actors)), actors
    assert targets == ["people"]


def test_a_harm_with_no_attack_in_its_clause_has_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, "Two soldiers were wounded when a storm hit the camp.", "wounded")
    assert actors == []


def test_an_elided_twin_s_phrase_names_the_first_harm_s_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "24 were killed and 15 injured in raids by X": the raids' phrase, hung on the elided
    "injured", tells who killed too (roles 1.189.0)."""
    text = "At least 20 villagers were killed and 12 injured in night raids by Russian jets."
    actors, targets = parties(nlp, text, "killed")
    assert actors and "Russian" in actors[0] and targets == ["villagers"], (actors, targets)


def test_whom_a_weapon_is_aimed_at_is_the_attack_s_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "opened fire with rifles at a bus ..., on the edge of the Gaza Strip": the "at" hung
    on the weapon; the bus, not the region (roles 1.189.0)."""
    text = (
        "Two gunmen opened fire with rifles at a bus near the settlement, on the southern "
        "edge of the Gaza Strip."
    )
    assert parties(nlp, text, "opened")[1] == ["bus"]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Troops opened fire on the crowd on the outskirts of Jenin.", ["crowd"]),
        ("Gunmen opened fire on a car on the edge of the town.", ["car"]),
    ],
)
def test_a_place_s_part_is_where_beside_what_was_hit(nlp, text: str, hit: list[str]) -> None:  # type: ignore[no-untyped-def]
    """ "on the outskirts of Jenin": where (`place_part_nouns`, roles 1.189.0)."""
    assert parties(nlp, text, "opened")[1] == hit


def test_a_bomber_s_blast_site_is_hit_not_its_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A suicide bomber blew himself up at a bus station in the northern town of Hadera."
    assert parties(nlp, text, "blew")[1] == ["bus station"]
    # with no site named, the town stays, as a place an act is aimed at
    text = "A suicide bomber blew himself up in the town of Hadera."
    assert parties(nlp, text, "blew")[1] == ["Hadera"]


def test_a_meeting_s_purpose_names_no_one_met(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "meet today to choose a speaker": the post to fill is no party (roles 1.189.2); a
    visit's purpose still names whom it is for."""
    text = "The members of the new parliament meet today to choose a speaker."
    assert parties(nlp, text, "meet")[1] == []
    assert parties(nlp, "The envoy flew to Kabul to meet the rebels.", "meet")[1] == ["rebels"]


@pytest.mark.parametrize(
    ("text", "enemy", "side"),
    [
        ("He fought for the Taliban against the Northern Alliance.", ["the Northern Alliance"],
         "Taliban"),
        ("The rebels fought alongside government troops against the militia.", ["militia"],
         "government troops"),
    ],
)  # fmt: skip
def test_the_side_fought_for_is_no_target(nlp, text: str, enemy: list[str], side: str) -> None:  # type: ignore[no-untyped-def]
    """ "fought for the Taliban": his side (`fought_for_preps`, roles 1.189.2)."""
    targets = parties(nlp, text, "fought")[1]
    assert targets == enemy and side not in targets, targets


def test_a_degree_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The attacks on the embassy, of a previously unknown magnitude, shocked the world."
    assert "magnitude" not in " ".join(parties(nlp, text, "attacks")[1])


def test_an_agreement_named_for_a_city_has_no_party_by_that_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the Bonn accord": where it was made; "the Iran deal": Iran a party (roles 1.189.2)."""
    text = "The new cabinet will take office a week after the signing of the Bonn accord."
    assert parties(nlp, text, "signing")[0] == []
    text = "The new cabinet will take office after the signature of the Bonn accord."
    assert parties(nlp, text, "accord")[0] == []
    assert parties(nlp, "The Iran deal collapsed.", "deal")[0] == ["Iran"]


def test_an_act_after_another_is_not_its_doers(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The station was bombed after a mob lynched two soldiers there": two acts; the mob
    did not bomb (roles 1.189.0)."""
    text = "The police station was bombed last year after a mob lynched two soldiers there."
    assert parties(nlp, text, "bombed")[0] == []


def test_a_quotation_handed_to_a_reply_is_the_replier_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """'"We will not press you," Mr Ford replied': we is Ford's side (`quote_answering_verbs`,
    roles 1.189.3)."""
    text = '"We will not press you on the matter," the senator replied.'
    assert parties(nlp, text, "press")[0] == ["senator"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The prime minister invited the opposition leader for talks.", "talks"),
        ("The premier had called the union leaders for an urgent meeting to discuss the "
         "strike.", "discuss"),
    ],
)  # fmt: skip
def test_who_convenes_meets_the_ones_convened(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """ "invited X for talks": the inviter meets X (`convening_verbs`, roles 1.189.3)."""
    actors, targets = parties(nlp, text, trigger)
    assert actors and targets and "leader" in targets[0], (actors, targets)


def test_a_site_named_by_its_region_through_a_modifier_is_where(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "abuse at a Queensland Anglican school": the region on the school's modifier, as on
    the school itself, tells where (roles 1.189.4)."""
    text = "He faced claims of sexual abuse at a Victoria Catholic school."
    assert parties(nlp, text, "abuse")[1] == []


def test_a_delay_asked_of_a_court_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "demanded a 10-day adjournment": what is asked (`asked_things`, roles 1.189.4)."""
    assert parties(nlp, "The defence demanded a two-week adjournment.", "demanded")[1] == []


def test_the_side_a_truce_is_with_is_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "broker a cease-fire with Israel": Israel; "with immediate effect" is how (roles
    1.189.5)."""
    text = "The envoy hopes to broker a ceasefire with the rebels."
    assert parties(nlp, text, "ceasefire")[1] == ["rebels"]
    assert parties(nlp, "A ceasefire with immediate effect was declared.", "ceasefire")[1] == []


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("The rebels ran into a police checkpoint and opened fire.", ["police checkpoint"]),
        ("The gunmen drove up to the army base and opened fire.", ["army base"]),
        ("The gunmen went home and opened fire.", []),
    ],
)
def test_a_firing_after_coming_upon_a_post_is_aimed_at_it(nlp, text: str, post: list[str]) -> None:  # type: ignore[no-untyped-def]
    """ "ran into an army post and opened fire": the post (`fire_approach_verbs`, roles
    1.189.6)."""
    assert parties(nlp, text, "opened")[1] == post
