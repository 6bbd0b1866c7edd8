"""Actors and targets from the parse (annotate/events_args.py), on sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "mode", "actor"),
    [
        ("The activist was arrested in a police raid on his home.", "arrest", "police"),
        ("Three rebels were killed in an army operation near the border.", "kill", "army"),
        ("The journalist was detained in a military operation in the north.", "arrest", "military"),
        ("Five students were arrested in police raids on Tuesday.", "arrest", "police"),
        ("He was arrested in a raid by the police.", "arrest", "police"),
        (
            "Shortly after the general's capture in French airstrikes, the war ended.",
            "arrest",
            "French",
        ),
    ],
)
def test_the_operation_an_act_was_done_in_names_its_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, mode: str | None, actor: str
) -> None:
    """A violent or coercive act with no actor of its own, done in a raid, an operation or an
    attack, was done by whoever carried that out: its own actor, or the state or force that
    modifies it ("a police raid", "US airstrikes")."""
    assert has(one(events(nlp, text), mode).actors, actor)


def test_an_operation_names_no_doer_of_an_act_it_did_not_do(nlp) -> None:  # type: ignore[no-untyped-def]
    """The state where an unattributed arrest happened stays its actor without an operation;
    an operation named by its doer overrides that guess ("captured in a US raid on Caracas")."""
    assert has(
        one(events(nlp, "Maduro was captured in a US raid on Caracas."), "arrest").actors, "US"
    )
    ev = one(events(nlp, "The students were arrested during a protest by workers."), "arrest")
    assert not has(ev.actors, "workers")


@pytest.mark.parametrize(
    "text",
    [
        "The unions say the minister ditched a promise made to the strikers.",
        "The opposition welcomed a promise made to the strikers last week.",
    ],
)
def test_a_participle_tells_who_made_an_act_noun(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "a promise made to X": the participle names its parties, X its addressee; whoever
    ditches or welcomes it afterwards is not thereby its maker."""
    ev = one(events(nlp, text), None)
    assert ev.type == "AGREE" and has(ev.targets, "strikers")
    assert not has(ev.actors, "unions") and not has(ev.actors, "opposition")


def test_an_act_noun_claimed_is_its_claimants(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Rebels claimed the attack launched on Monday against the base."), None)
    assert has(ev.actors, "Rebels")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("A police raid on the newspaper's offices ended before dawn.", "raid", "police"),
        ("A government crackdown on dissent followed the vote.", "crackdown", "government"),
    ],
)
def test_a_force_modifying_an_act_noun_did_it(nlp, text: str, trigger: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    (ev,) = [e for e in events(nlp, text) if e.trigger == trigger]
    assert [a.text for a in ev.actors] == [doer]


def test_a_role_modifying_an_act_noun_is_not_its_doer_unless_a_force(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a prisoner release" releases the prisoners; they did not release anyone."""
    (ev,) = [
        e for e in events(nlp, "The prisoner release was delayed again.") if e.mode == "release"
    ]
    assert not any(a.text == "prisoner" for a in ev.actors)


def test_beside_a_recipient_the_direct_object_is_the_thing_given(nlp) -> None:  # type: ignore[no-untyped-def]
    (ev,) = [e for e in events(nlp, "Brazil offered Venezuela its support.") if e.type == "AGREE"]
    assert [t.text for t in ev.targets] == ["Venezuela"]


@pytest.mark.parametrize(
    ("text", "actor", "held"),
    [
        ("The junta moved Ko Lwin from prison to house arrest on Monday.", "junta", "Lwin"),
        ("Police placed Ana Ruiz under house arrest on Monday.", "Police", "Ruiz"),
        ("The writer Ko Lwin spent 15 years under house arrest.", None, "Lwin"),
        ("Ana Ruiz remains under house arrest.", None, "Ruiz"),
        ("The tribunal put the deposed governor under house arrest.", "tribunal", "governor"),
        ("The deposed governor was put under house arrest by the army.", "army", "governor"),
        ("The ousted mayor was placed under house arrest.", None, "mayor"),
    ],
)
def test_house_arrest_is_being_held_by_whoever_put_one_there(  # type: ignore[no-untyped-def]
    nlp, text: str, actor: str | None, held: str
) -> None:
    """ "under house arrest" is custody held (imprison), not an arrest; the person moved or
    put into it undergoes it, and the mover holds; years spent in it are no one held."""
    ev = one(events(nlp, text), "imprison")
    assert has(ev.targets, held), [p.text for p in ev.targets]
    if actor is None:
        assert not ev.actors, [p.text for p in ev.actors]
    else:
        assert has(ev.actors, actor), [p.text for p in ev.actors]
    assert not [e for e in events(nlp, text) if e.mode == "arrest" and e.trigger == "arrest"]
    # one event: the verb that puts X there is no arrest of its own beside it
    assert [e.mode for e in events(nlp, text) if e.type == "COERCE"] == ["imprison"]


def test_put_under_arrest_is_one_arrest_with_the_verbs_parties(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers put the union leader under arrest."
    evs = [e for e in events(nlp, text) if e.type == "COERCE"]
    assert len(evs) == 1, [(e.mode, e.trigger) for e in evs]
    assert evs[0].mode == "arrest"
    assert has(evs[0].actors, "Soldiers") and has(evs[0].targets, "leader")


def test_put_in_prison_stays_the_verbs_event(nlp) -> None:  # type: ignore[no-untyped-def]
    # no custody noun of its own in the phrase: the verb is the event
    ev = one(events(nlp, "The regime put the two reporters in prison."), "arrest")
    assert has(ev.actors, "regime") and has(ev.targets, "reporters")


def test_a_participle_on_a_thing_names_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "YANGON (AP) — Myanmar's military seized power on Monday, detaining ..." is parsed
    with "detaining" on "power": the power and the names around it detain no one (the
    leaders it lists are detained); a participle on people still has them as doers."""
    text = (
        "YANGON, Myanmar (AP) — Myanmar's military seized power on Monday in a coup, "
        "detaining the country's elected leader, Aung San Suu Kyi, President Win Myint and "
        "dozens of other leaders."
    )
    ev = one(events(nlp, text), "arrest")
    assert not has(ev.actors, "Myint") and not has(ev.actors, "leaders"), [
        p.text for p in ev.actors
    ]
    ev = one(events(nlp, "Police officers detaining a student outside the university."), "arrest")
    assert has(ev.actors, "officers") and has(ev.targets, "student")


def test_at_the_request_of_x_x_asks(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "at the request of prosecutors": the prosecutors ask, nobody is asked of; a thing
    after "of" is what is asked for, no participant."""
    evs = events(nlp, "A court in Lima issued the warrant at the request of prosecutors.")
    (asked,) = [e for e in evs if e.type == "REQUEST"]
    assert has(asked.actors, "prosecutors") and not asked.targets
    evs = events(nlp, "The plane left at the request of the Spanish government.")
    (asked,) = [e for e in evs if e.type == "REQUEST"]
    assert has(asked.actors, "government") and not asked.targets


def test_who_recovers_from_or_survives_an_act_underwent_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The critic spent five months recovering from a poisoning", "survived a poisoning",
    "died of a beating": the subject is the act's target (the time spent is no one), and a
    substance modifying a force word ("a nerve agent poisoning") is no doer."""
    ev = one(
        events(nlp, "The critic spent five months recovering from a nerve agent poisoning."),
        "poison",
    )
    assert has(ev.targets, "critic") and not ev.actors
    ev = one(events(nlp, "The journalist survived a poisoning in 2004."), "poison")
    assert has(ev.targets, "journalist") and not ev.actors
    ev = one(events(nlp, "The activist died of a beating in custody."), "beat")
    assert has(ev.targets, "activist")
    # a force word with no substance word on it still names the doer
    ev = one(events(nlp, "The activist was arrested in a police raid."), "arrest")
    assert has(ev.actors, "police")


def test_a_shutdown_of_a_place_is_staged_by_the_verbs_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # the "of"-object of a strike noun acts only when it names people
    ev = one(events(nlp, "Workers staged a shutdown of the port."), "strike")
    assert has(ev.actors, "workers") and not has(ev.actors, "port")
    assert has(ev.targets, "port")
    ev = one(events(nlp, "A strike of dock workers closed the port on Monday."), "strike")
    assert has(ev.actors, "dock workers")


def test_aid_received_from_a_giver(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Ukraine received military aid from the United States.")
    (ev,) = [e for e in evs if e.type == "AID"]
    assert has(ev.actors, "united states") and has(ev.targets, "ukraine")


def test_a_custody_noun_after_a_verb_of_state_holds_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "remain under arrest", "stayed in detention": the subject is held, not holding
    for text, held in (
        ("Two journalists remain under arrest in Managua.", "journalists"),
        ("The union leader stayed in detention for two years.", "union leader"),
    ):
        arrest = one(events(nlp, text), "arrest")
        assert has(arrest.targets, held), text
        assert not has(arrest.actors, held), text


def test_someone_placed_under_arrest_is_held_by_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    arrest = one(events(nlp, "Police placed the journalist under arrest."), "arrest")
    assert has(arrest.actors, "police") and has(arrest.targets, "journalist")


def test_a_participle_predicated_of_a_passive_subject_is_said_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "were left wounded": "wounded" is the object predicate of "left"; the students are hurt
    evs = events(nlp, "Two students were left wounded after the clash.")
    wounding = next(e for e in evs if e.trigger == "wounded")
    assert has(wounding.targets, "students")


@pytest.mark.parametrize(
    "text",
    [
        "The arrest of the union leader by state security agents angered workers.",
        "The abduction of the mayor by gunmen shocked the town.",
    ],
)
def test_a_by_phrase_hung_on_the_of_object_is_the_act_s_doer(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "the arrest of X by Y": Y arrested X, though the parser hangs "by Y" on X; a means
    ("the sale of the house by auction") is no doer."""
    ev = next(e for e in events(nlp, text) if e.type in ("COERCE", "ASSAULT") and e.targets)
    assert has(ev.actors, "agents") or has(ev.actors, "gunmen"), ev.actors
    assert not has(ev.actors, "leader") and not has(ev.actors, "mayor")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The EU urged an end to the fighting in the north.", "urged"),
        ("The union demanded a halt to the layoffs.", "demanded"),
        (
            "The strategy may stop Iran from bringing the negotiations to a conclusion.",
            "negotiations",
        ),
    ],
)
def test_an_end_is_no_party_an_act_is_aimed_at(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert not any(has(ev.targets, w) for w in ("end", "halt", "conclusion"))


def test_an_end_to_an_act_is_aimed_at_its_named_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The opposition called for a halt to raids by the army."), "called")
    assert has(ev.targets, "army") and not has(ev.targets, "halt")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "The governor announced the deal during a meeting in his office with the union "
            "leaders.",
            "governor",
            "union leaders",
        ),
        ("At talks with Turkish officials, the minister pledged more aid.", "minister", "Turkish"),
    ],
)
def test_the_subject_of_a_clause_a_meeting_is_the_occasion_of_met(  # type: ignore[no-untyped-def]
    nlp, text: str, actor: str, target: str
) -> None:
    met = one(events(nlp, text), "meet")
    assert has(met.actors, actor) and has(met.targets, target)


def test_talks_between_two_sides_are_held_by_each_with_the_other(nlp) -> None:  # type: ignore[no-untyped-def]
    met = one(events(nlp, "Negotiations between Israel and Hamas resumed in Cairo."), "meet")
    assert has(met.actors, "Israel") and has(met.targets, "Hamas")


def test_a_giver_that_cannot_act_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lately, though, the agency is getting criticism from the opposite direction."
    ev = by_trigger(events(nlp, text), "criticism")
    assert not ev.actors and has(ev.targets, "agency")
    text = "The minister drew condemnation from rights groups."
    assert has(by_trigger(events(nlp, text), "condemnation").actors, "rights groups")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Taiwan 'threatened with Chinese invasion'", "Chinese", "Taiwan"),
        ("Journalists threatened with arrest by the police", "police", "Journalists"),
    ],
)
def test_a_headline_passive_threatens_its_subject(  # type: ignore[no-untyped-def]
    nlp, text: str, actor: str, target: str
) -> None:
    ev = by_trigger(events(nlp, text), "threatened")
    assert has(ev.actors, actor) and has(ev.targets, target)


def test_a_threat_with_an_object_keeps_its_subject_as_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The rebels threatened the villagers with death."), "threatened")
    assert has(ev.actors, "rebels") and has(ev.targets, "villagers")


def test_a_bare_verb_coordinated_with_a_perfect_agrees_with_the_plural_reporter(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Many farmers believe that Brazil has long undercut their prices and support the "
        "minister's efforts to impose tariffs."
    )
    backing = by_trigger(events(nlp, text), "support")
    assert has(backing.actors, "farmers") and not has(backing.actors, "Brazil")


def test_a_that_opening_a_clause_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Cashier Ana Ruiz tells the newspaper that she fought with the masked man."
    fight = by_trigger(events(nlp, text), "fought")
    assert has(fight.targets, "masked man") and not has(fight.targets, "that")


def test_siege_laid_to_a_place_is_aimed_at_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Riot police have laid siege to a hospital, trapping 300 patients inside."
    siege = by_trigger(events(nlp, text), "siege")
    assert has(siege.actors, "police") and has(siege.targets, "hospital")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The committee requested documents from the contractors.", "contractors"),
        ("The union demanded a pay rise from the company.", "company"),
        ("Regulators are demanding explanations from the banks.", "banks"),
        ("Passengers sought compensation from the airline.", "airline"),
    ],
)
def test_what_is_asked_from_someone_is_asked_of_them(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    ask = next(e for e in events(nlp, text) if e.type == "REQUEST")
    assert [p.text for p in ask.targets] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "The singer wrote on Instagram accusing her former label of blocking the album.",
        "The governor appeared on television criticizing the federal government.",
    ],
)
def test_a_participle_on_a_platform_is_done_by_the_subject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    act = next(e for e in events(nlp, text) if e.trigger in ("accusing", "criticizing"))
    assert [p.text for p in act.actors] in (["singer"], ["governor"])


def test_a_participle_on_people_is_still_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police fired on protesters demanding the release of the opposition leader."
    assert has(by_trigger(events(nlp, text), "demanding").actors, "protesters")


def test_a_participle_before_those_addressed_is_their_doing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister told visiting Chinese diplomats that the deal was off."
    visit = by_trigger(events(nlp, text), "visiting")
    assert has(visit.actors, "diplomats") and not has(visit.actors, "minister")
    assert not has(visit.targets, "diplomats")


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "The union said the new timetable has confused drivers and demanded talks.",
            "demanded",
            "union",
        ),
        (
            "The ministry said the rebels had attacked a convoy and kidnapped two drivers.",
            "kidnapped",
            "rebels",
        ),
    ],
)
def test_a_past_after_a_reported_thing_is_the_reporters(
    nlp, text: str, trigger: str, actor: str
) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert [p.text for p in act.actors] == [actor]


@pytest.mark.parametrize(
    ("text", "trigger", "onlooker"),
    [
        ("The senator said she saw the raids on the camps as a grave error.", "raids", "senator"),
        ("Residents saw the shelling of the town from their windows.", "shelling", "Residents"),
    ],
)
def test_who_sees_an_act_is_no_party_to_it(nlp, text: str, trigger: str, onlooker: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert not has(act.actors, onlooker)


def test_the_noun_before_a_gerund_after_to_is_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor said she objected to Canada opening an inquiry into the port."
    inquiry = by_trigger(events(nlp, text), "inquiry")
    assert has(inquiry.actors, "Canada") and not has(inquiry.actors, "mayor")


# --- roles14: who did it to whom on constructions written for these tests ---


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("The actress complained on Twitter that the airline had lost her bags.", "Twitter"),
        ("The minister complained on state television about the delays.", "television"),
        ("The rapper lashed out on Instagram at his former label.", "Instagram"),
    ],
)
def test_a_medium_one_speaks_through_is_no_target(nlp, text: str, platform: str) -> None:  # type: ignore[no-untyped-def]
    """ "complained on Instagram": the platform is where it was said, not whom it is aimed
    at; a rule's own "on" still names its target ("cracked down on Facebook")."""
    ev = one(events(nlp, text), "disapprove")
    assert not has(ev.targets, platform)
    crackdown = events(nlp, "The government cracked down on Facebook after the protests.")
    assert has(one(crackdown, "repress").targets, "Facebook")


@pytest.mark.parametrize(
    ("text", "force", "target"),
    [
        ("Indian troops were deployed to the border on Monday.", "troops", None),
        ("Riot police were deployed against the protesters.", "police", "protesters"),
    ],
)
def test_a_force_a_passive_deploys_makes_the_move(  # type: ignore[no-untyped-def]
    nlp, text: str, force: str, target: str | None
) -> None:
    """ "troops were deployed": the force moves, it is no target of its own deployment."""
    ev = one(events(nlp, text), "troops")
    assert has(ev.actors, force) and not has(ev.targets, force)
    if target is not None:
        assert has(ev.targets, target)


@pytest.mark.parametrize(
    ("text", "doer", "mode"),
    [
        ("The opposition accused the army of killing protesters.", "army", "kill"),
        ("Rights groups accused police of \u201ctorturing\u201d detainees.", "police", "torture"),
    ],
)
def test_the_accused_does_the_gerund_hung_on_it(nlp, text: str, doer: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "accused X of V-ing": X does V, also when the parser hangs the "of" on X and the
    gerund stands in quotation marks."""
    assert has(one(events(nlp, text), mode).actors, doer)


def test_an_inquiry_asked_of_someone_is_a_request_to_them(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "asked X to investigate Y": a request to X, not opposition rallied against Y."""
    ev = by_trigger(events(nlp, "He asked Zelenskiy to investigate Biden."), "asked")
    assert ev.type == "REQUEST" and has(ev.targets, "Zelenskiy") and not has(ev.targets, "Biden")


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        (
            "Witnesses described the president's phone call in July, when he asked "
            "Zelenskiy for a favour.",
            "asked",
            "president",
        ),
        (
            "The dispute began with the minister's visit to Kyiv, when she urged Zelenskiy "
            "to hold elections.",
            "urged",
            "minister",
        ),
    ],
)
def test_a_pronoun_in_a_when_clause_is_the_event_nouns_owner(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, owner: str
) -> None:
    """ "X's call, when he asked Y": X asked Y (Y the target)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, owner) and has(ev.targets, "Zelenskiy")


def test_a_pronoun_of_the_other_gender_is_not_the_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "The actress's complaint came in May, when he criticized the police."),
        "criticized",
    )
    assert not has(ev.actors, "actress")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("A Reuters photographer was arrested by police in Minsk.", "photographer", "Hamas"),
        ("A Google engineer was detained at the airport.", "engineer", "Hamas"),
    ],
)
def test_a_person_working_for_a_body_is_the_person(nlp, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    """ "a Reuters photographer": the photographer is held, not Reuters; an office still
    speaks for its body ("a Hamas official")."""
    ev = one(events(nlp, text), "arrest")
    assert any(person in t.text for t in ev.targets)
    official = one(events(nlp, "A Hamas official was arrested in Hebron."), "arrest")
    assert any(t.text == body for t in official.targets)


@pytest.mark.parametrize(
    ("text", "mode", "partner"),
    [
        (
            "Sondland did discuss investigations with the visiting Ukrainians.",
            "investigate",
            "Ukrainians",
        ),
        ("The envoy discussed sanctions with the Europeans.", "discontinue", "Europeans"),
    ],
)
def test_an_act_talked_about_is_not_aimed_at_who_talked(  # type: ignore[no-untyped-def]
    nlp, text: str, mode: str, partner: str
) -> None:
    """ "discussed investigations with X": X is met, not investigated."""
    evs = events(nlp, text)
    assert not has(one(evs, mode).targets, partner)
    assert has(one(evs, "meet").targets, partner)


@pytest.mark.parametrize(
    ("text", "trigger", "group", "side"),
    [
        (
            "Most member states stayed silent, and those that did propose sanctions were outvoted.",
            "propose",
            "states",
            "actors",
        ),
        (
            "Several lawmakers backed the bill, while those who opposed it were expelled.",
            "opposed",
            "lawmakers",
            "actors",
        ),
        (
            "Several lawmakers backed the bill, while those who opposed it were expelled.",
            "expelled",
            "lawmakers",
            "targets",
        ),
    ],
)
def test_those_picked_out_by_a_clause_are_of_the_group_beside_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, group: str, side: str
) -> None:
    """ "X did A, and those that did B": some of X did B (was "those", or no one)."""
    assert has(getattr(by_trigger(events(nlp, text), trigger), side), group)


def test_those_with_no_group_beside_stay_named_by_their_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Those arrested on Monday were students."), "arrest")
    assert has(ev.targets, "students")


@pytest.mark.parametrize(
    ("text", "invitee", "met"),
    [
        (
            "The minister received an invitation to attend a meeting of NATO defence chiefs.",
            "minister",
            "NATO",
        ),
        ("Russia sent Ukraine an invitation to attend peace talks in Istanbul.", "Ukraine", None),
    ],
)
def test_who_is_invited_does_the_act_invited_to(  # type: ignore[no-untyped-def]
    nlp, text: str, invitee: str, met: str | None
) -> None:
    """ "an invitation to attend X": the one invited would attend (was no one)."""
    ev = by_trigger(events(nlp, text), "attend")
    assert has(ev.actors, invitee)
    if met is not None:
        assert has(ev.targets, met)


@pytest.mark.parametrize(
    ("text", "mode", "doer"),
    [
        (
            'The group claimed responsibility for "attacking" a police station in Kabul.',
            None,
            "group",
        ),
        ("The rebels took credit for freeing the hostages.", "release", "rebels"),
    ],
)
def test_who_answers_for_an_act_did_it(nlp, text: str, mode: str | None, doer: str) -> None:  # type: ignore[no-untyped-def]
    """ "claimed responsibility for attacking X": the claimer attacked (was no one)."""
    assert has(one(events(nlp, text), mode).actors, doer)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Detectives are looking into whether the landlord was a witness.", "landlord"),
        ("The council opened an inquiry into whether the militia burned the farms.", "militia"),
    ],
)
def test_a_whether_clause_after_a_preposition_stands_for_its_subject(  # type: ignore[no-untyped-def]
    nlp, text: str, target: str
) -> None:
    """ "looking into whether X was ...": the clause is no participant; X, whom it asks
    about, is the target (as for "investigating whether X ...")."""
    ev = one(events(nlp, text), "investigate")
    assert [t.text for t in ev.targets] == [target]


def test_talks_have_their_sides_in_a_between_phrase_on_their_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    talks = by_trigger(events(nlp, "Talks have resumed between Norland and Vesta."), "talks")
    parties = [*talks.actors, *talks.targets]
    assert has(parties, "Norland") and has(parties, "Vesta"), [p.text for p in parties]


def test_a_between_phrase_of_things_on_the_verb_names_no_sides(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Talks resumed between lunch and dinner."
    talks = by_trigger(events(nlp, text), "talks")
    assert not talks.actors and not talks.targets, [p.text for p in talks.targets]


def test_be_in_talks_with_has_its_subject_as_a_side(nlp) -> None:  # type: ignore[no-untyped-def]
    talks = by_trigger(events(nlp, "Norland is in talks with Vesta over the dam."), "talks")
    assert has(talks.actors, "Norland") and has(talks.targets, "Vesta"), [
        [p.text for p in talks.actors],
        [p.text for p in talks.targets],
    ]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a city named on an attack's noun tells where it was (roles 1.13.0)
        ("He is charged in three Atlanta attacks.", []),
        ("The Texas shooting shocked the nation.", []),
        ("Iraqi attacks on Kurdish villages continued.", ["Iraq"]),
        ("Moscow's attacks on Chechnya continued.", ["Moscow"]),
    ],
)
def test_a_city_on_an_attack_is_its_scene(nlp, text: str, actors: list[str]) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.type == "ASSAULT"]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert [a.text for a in evs[0].actors] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a city, a capital too, named on a protest's noun tells where it was (roles 1.14.0)
        ("Students joined the Cairo protests on Friday.", ["Students"]),
        ("A teacher at the Athens demonstration spoke to reporters.", []),
        ("The Lyon rally drew thousands.", []),
        ("Iraqi protests spread to the south.", ["Iraq"]),
    ],
)
def test_a_city_on_a_protest_is_its_scene(nlp, text: str, actors: list[str]) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.type == "PROTEST"]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert [a.text for a in evs[0].actors] == actors


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A federal jury found Tomas Vega guilty of extortion.", "Vega"),
        ("The court found the two officers guilty of torture.", "officers"),
    ],
)
def test_the_one_found_guilty_is_the_target(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "found")
    assert ev.mode == "convict" and has(ev.targets, target)


def test_a_crime_on_a_trial_noun_keeps_the_trial_defendant_out(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the murder trial of X": X is tried, not murdered
    found = events(nlp, "The murder trial of a Boston teenager opened on Monday.")
    trial = by_trigger(found, "trial")
    assert has(trial.targets, "teenager")
    # the offence on the trial names what is tried, no act of its own (vocabulary 1.208.0):
    # no murder at all now, and none of him
    murders = [e for e in found if e.trigger.lower().startswith("murder")]
    assert not any(has(e.targets, "teenager") for e in murders)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("In Lagos, a senior army officer denied the newspaper report.", "denied", "Lagos"),
        ("In Lima, the interior minister rejected the union's claims.", "rejected", "Lima"),
        (
            "The Chilean government condemned the car bombing near the embassy in Peru.",
            "condemned",
            "Peru",
        ),
    ],
)
def test_a_said_act_is_not_aimed_at_its_scene(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, place: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert not has(ev.targets, place)


def test_a_fronted_place_stays_the_target_of_an_act_done_there(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "In Mosul, the army imposed a curfew on Sunday."), "curfew")
    assert has(ev.targets, "Mosul")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The former mayor was given three life sentences on Friday.", "sentences", "mayor"),
        ("The general was given a death sentence by the tribunal.", "sentence", "general"),
        ("The court handed the smuggler a ten-year sentence.", "sentence", "smuggler"),
    ],
)
def test_whom_a_giving_verb_hands_an_act_is_its_target(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    """The subject of a passive giving verb, or its person object before the act noun, gets
    the act (roles 1.18.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, target), [t.text for t in ev.targets]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of villagers marched on Sunday, demanding the soldier's return.",
        "The families held a rally demanding the return of the kidnapped fishermen.",
    ],
)
def test_who_is_to_move_is_no_target_of_a_demand(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for ev in events(nlp, text):
        if ev.type in ("REQUEST", "PROTEST"):
            assert not has(ev.targets, "soldier") and not has(ev.targets, "fishermen"), (
                ev.trigger,
                [t.text for t in ev.targets],
            )


def test_a_demanded_return_from_a_state_is_aimed_at_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Peru demanded the pilot's return from Ecuador."), "demanded")
    assert has(ev.targets, "Ecuador") and not has(ev.targets, "pilot")


@pytest.mark.parametrize(
    "text",
    [
        "The fire spread quickly, but no one was injured.",
        "Nobody was arrested after the clashes in the port.",
        "Police fired on the crowd, but No-one has been injured.",
        "Troops shelled the town; no-one was hurt.",
    ],
)
def test_no_one_is_no_participant(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for ev in events(nlp, text):
        assert not has(ev.targets, "one") and not has(ev.targets, "nobody"), ev.trigger


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The deputies involved in the shooting were placed on leave.", "shooting", "deputies"),
        ("Two gunmen involved in the ambush were captured.", "ambush", "gunmen"),
    ],
)
def test_those_involved_in_an_attack_did_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, actor) and not has(ev.targets, actor)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The mayor flew to Denver for a meeting of the National Governors Association.",
            "Governors",
        ),
        ("A meeting of Arab foreign ministers was held in Cairo.", "ministers"),
    ],
)
def test_those_a_meeting_is_of_meet(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "meeting")
    assert has(ev.actors, actor) and not has(ev.targets, actor)


def test_the_one_under_an_act_undergoes_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "The treasurer under investigation resigned on Monday."), "investigation"
    )
    assert has(ev.targets, "treasurer")


def test_a_person_left_out_after_another_is_no_territory(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Three people were killed and another injured in an attack on a market in Kabul."
    ev = by_trigger(events(nlp, text), "injured")
    assert has(ev.targets, "another") and not has(ev.targets, "Kabul"), [t.text for t in ev.targets]


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        # an act noun naming its doers stands for them (events-roles 1.19.4)
        ("Soldiers quelled the rebels' uprising.", "quelled", ["rebels"]),
        ("Police prevented the demonstration staged by students.", "prevented", ["students"]),
        # one naming none is no party of an act on it
        ("The general crushed a similar revolt in 1989.", "crushed", []),
        ("The minister led a crackdown on anti-government protests.", "crackdown", []),
        # an answering act keeps what it answers
        ("The minister condemned the attack.", "condemned", ["attack"]),
    ],
)
def test_an_act_noun_target_stands_for_its_doers(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, targets: list[str]
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert [t.text for t in ev.targets] == targets


def test_a_manner_phrase_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "on a daily basis" tells how often, not what is investigated."""
    ev = by_trigger(
        events(
            nlp, "Detectives examine the hundreds of leads we are investigating on a daily basis."
        ),
        "investigating",
    )
    assert not has(ev.targets, "basis")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The minister lavished praise on the embassy staff.", "praise", "staff"),
        ("The senator heaped criticism on the minister.", "criticism", "minister"),
    ],
)
def test_an_act_put_on_someone_is_aimed_at_them(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, target)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("The prisoners the government freed returned home.", "freed", "government", "prisoners"),
        ("The leader whom the army detained was freed.", "detained", "army", "leader"),
        ("Detectives examine the leads we are investigating.", "investigating", "we", "leads"),
    ],
)
def test_the_noun_a_relative_clause_is_on_is_its_object(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    """A relative clause with a subject of its own and no object is done to the noun it is
    on; a "whom" the parser makes a second subject is that object too."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, target) and not has(ev.actors, target)
    assert has(ev.actors, actor)


@pytest.mark.parametrize(
    "text",
    [
        "Jordan is seeking some guidance about a provision of the embargo.",
        "The lawyers requested clarification on the ruling.",
    ],
)
def test_a_thing_asked_for_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.type == "REQUEST")
    assert not any(w in p.text for p in ev.targets for w in ("guidance", "clarification"))


def test_whom_a_thing_is_asked_of_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = next(
        e
        for e in events(nlp, "The lawyers sought clemency from the governor.")
        if e.type == "REQUEST"
    )
    assert has(ev.targets, "governor")


def test_who_weighs_a_request_is_the_one_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "He will stay until the Supreme Court can consider a formal appeal."), "appeal"
    )
    assert has(ev.targets, "Supreme Court") and not has(ev.actors, "Supreme Court")


def test_a_complement_clause_has_no_gap(nlp) -> None:  # type: ignore[no-untyped-def]
    """A clause "that" opens as the content of a noun is no relative clause on it."""
    # "belittling", not "minimizing": an amount minimized is no event (vocabulary 1.215.0)
    text = "Many voiced fears that officials are belittling the outbreak."
    ev = by_trigger(events(nlp, text), "belittling")
    assert not has(ev.targets, "fears")


def test_a_country_before_the_adjectives_of_aid_is_no_donor(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Ukraine military aid" goes to Ukraine: no actor guessed from the name."""
    ev = by_trigger(events(nlp, "Ukraine military aid was delayed for weeks."), "aid")
    assert not has(ev.actors, "Ukraine")


def test_bases_struck_are_no_manner(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "bases" is lemmatised as "basis": the word as written decides."""
    ev = by_trigger(events(nlp, "Jets carried out air strikes on rebel bases."), "air strikes")
    assert has(ev.targets, "bases")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("That was a cowardly attack on the villagers, the governor said.", "attack", "villagers"),
        ("This was an execution of a prisoner, the lawyer said.", "execution", "prisoner"),
    ],
)
def test_the_subject_of_be_is_no_doer_of_the_act_it_is_called(  # type: ignore[no-untyped-def]
    nlp, text, trigger, target
) -> None:
    """ "This was an assassination of X": the act told again, named by "be", has no doer in
    the demonstrative (roles 1.21.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.actors, text
    assert has(ev.targets, target), text


def test_a_place_on_a_meeting_noun_is_where_its_members_met(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a Florida meeting of the campaign staff": the staff meet, Florida is where (roles
    1.21.0); a country by its own name may still be a side."""
    ev = by_trigger(
        events(nlp, "She spoke at a Texas meeting of the party staff on Friday."), "meeting"
    )
    assert has(ev.actors, "staff") and not has(ev.actors, "texas")
    assert not ev.targets
    ev = by_trigger(
        events(nlp, "The Geneva summit of the two foreign ministers ended early."), "summit"
    )
    assert has(ev.actors, "ministers") and not has(ev.actors, "geneva")


def test_a_weapon_an_attack_clause_is_on_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Police found the rifle he fired at the rally."), "fired")
    assert not has(ev.targets, "rifle")
    ev = by_trigger(events(nlp, "Police freed the hostages the gang seized."), "seized")
    assert has(ev.targets, "hostages")  # a relative clause on people still names the target


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The governor was under investigation for fraud.", "investigation", "governor"),
        ("The senator remains under investigation by prosecutors.", "investigation", "senator"),
        ("While under arrest, the activist was beaten by guards.", "arrest", "activist"),
    ],
)
def test_who_is_under_an_act_after_a_verb_of_state_undergoes_it(  # type: ignore[no-untyped-def]
    nlp, text, trigger, target
) -> None:
    """ "X was / remains under investigation", "while under arrest, X ...": X undergoes the
    act, never does it (roles 1.21.0, as "a man under arrest")."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, target), text
    assert not has(ev.actors, target), text


def test_a_by_phrase_after_under_names_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "The soldiers came under attack by rebels near the border."), "attack"
    )
    assert has(ev.actors, "rebels") and has(ev.targets, "soldiers")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Smith was convicted of the murder of a police officer.", "murder", "smith"),
        ("Jones's conviction for the kidnapping of a banker was upheld.", "kidnapping", "jones"),
        ("Brown was convicted in May of murder for the stabbing of a guard.", "stabbing", "brown"),
    ],
)
def test_who_was_convicted_of_a_crime_did_it(nlp, text, trigger, doer) -> None:  # type: ignore[no-untyped-def]
    """The crime a conviction names was done by the one convicted (roles 1.21.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, doer), text


def test_a_charge_names_no_doer_of_the_crime(nlp) -> None:  # type: ignore[no-untyped-def]
    """A charge only alleges: "charged with the murder of X" leaves the murder's doer open."""
    ev = by_trigger(events(nlp, "Smith was charged with the murder of a police officer."), "murder")
    assert not has(ev.actors, "smith")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The former governor went on trial on Monday.", "governor"),
        ("Jones goes to trial next week.", "jones"),
    ],
)
def test_who_goes_to_trial_is_tried(nlp, text, target) -> None:  # type: ignore[no-untyped-def]
    """ "X goes to trial", "X went on trial": X undergoes it, as one who stands trial; a case
    going to trial names no one (roles 1.21.0)."""
    ev = by_trigger(events(nlp, text), "trial")
    assert has(ev.targets, target), text
    ev = by_trigger(events(nlp, "The case went to trial in May."), "trial")
    assert not ev.targets


def test_an_it_called_an_act_keeps_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "It was the worst violence to hit the city": the act stays, with no doer."""
    ev = by_trigger(
        events(nlp, "It was the worst violence to hit the capital in years."), "violence"
    )
    assert not ev.actors


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("The threat of tariffs has prompted officials to make concessions.", []),
        ("The threat of war worried the markets.", []),
        ("The threat of the rebels worried the villagers.", ["rebels"]),
    ],
)
def test_what_a_threat_noun_is_of_is_what_is_threatened(nlp, text: str, targets: list[str]) -> None:  # type: ignore[no-untyped-def]
    threat = by_trigger(events(nlp, text), "threat")
    assert [t.text for t in threat.targets] == targets


@pytest.mark.parametrize(
    ("text", "trigger", "judge"),
    [
        ("The minister called the arrests illegal.", "arrests", "minister"),
        ("The opposition described the crackdown as brutal.", "crackdown", "opposition"),
        ("The rebels regard the ceasefire as a trap.", "ceasefire", "rebels"),
        ('The envoy called the order "grave and sinister."', "order", "envoy"),
    ],
)
def test_who_describes_or_labels_an_act_is_no_party(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, judge: str
) -> None:
    """A verb that only tells how its subject sees the act noun it takes makes that subject
    no doer of the act (roles 1.24.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not has(ev.actors, judge), [p.text for p in ev.actors]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The union called a strike for Monday.", "strike", "union"),
        ("The government declared a ceasefire.", "ceasefire", "government"),
    ],
)
def test_who_calls_or_declares_an_act_with_no_label_does_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, doer), [p.text for p in ev.actors]


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("The activist had been arrested twice for protesting abortion.", "abortion"),
        ("Students protested the tuition increase on Monday.", "increase"),
    ],
)
def test_an_issue_protested_is_no_target(nlp, text: str, issue: str) -> None:  # type: ignore[no-untyped-def]
    """A protest is against the recipient, an actor (PLOVER): a policy or practice named as
    what is protested is no target (roles 1.24.0)."""
    ev = by_trigger(events(nlp, text), "protest")
    assert not has(ev.targets, issue), [p.text for p in ev.targets]


def test_a_body_protested_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Thousands protested against the government."), "protest")
    assert has(ev.targets, "government")


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("Albright arrived in Nairobi on a visit to East Africa.", "Albright"),
        ("The premier left for Beijing on a two-day visit.", "premier"),
    ],
)
def test_who_comes_on_a_visit_makes_it(nlp, text: str, visitor: str) -> None:  # type: ignore[no-untyped-def]
    """The subject of a verb of going or coming "on" a visit is the visitor (roles 1.24.0)."""
    ev = by_trigger(events(nlp, text), "visit")
    assert has(ev.actors, visitor), [p.text for p in ev.actors]


def test_a_measure_of_acts_as_target_stands_for_the_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "repression against the first massive day of popular protests": not aimed at the
    day; the protests, aimed at no one named, are no party, as without the measure."""
    text = "Soldiers led the repression against the first massive day of popular protests."
    ev = one(events(nlp, text), "repress")
    assert not has(ev.targets, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Riots broke out in protest at the killing by police of a 15-year-old boy.",
        "The shooting by police of an unarmed man sparked protests.",
    ],
)
def test_an_of_phrase_hung_on_the_by_agent_is_the_acts(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "the killing by police of a boy": the parser hangs the "of" on the police; the
    police kill, the boy is killed (roles 1.28.0)."""
    ev = next(e for e in events(nlp, text) if e.type == "ASSAULT")
    assert [p.text for p in ev.actors] == ["police"]
    assert has(ev.targets, "boy") or has(ev.targets, "man")


def test_a_by_agents_own_of_phrase_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    """Followers and members keep their "of" phrase: "the attack by supporters of the
    president" is the supporters', the president no target."""
    text = "The killing by members of a gang shocked the town."
    ev = by_trigger(events(nlp, text), "killing")
    assert has(ev.actors, "members of a gang") and not ev.targets


def test_what_was_used_in_an_act_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "no gun was used in the murders": a means, no one killed; "was put under
    investigation" still undergoes it (roles 1.28.0)."""
    ev = by_trigger(events(nlp, "Police said a knife was used in the murders."), "murders")
    assert not has(ev.targets, "knife")
    ev = by_trigger(events(nlp, "The mayor was placed under investigation."), "investigation")
    assert has(ev.targets, "mayor")


def test_a_warning_from_someone_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "warnings from Moscow": Moscow warns, no one is warned; a withdrawal "from"
    a place still leaves it."""
    text = "The minister spoke after stern warnings from Moscow on Thursday."
    ev = by_trigger(events(nlp, text), "warnings")
    assert has(ev.actors, "Moscow") and not has(ev.targets, "Moscow")
    ev = by_trigger(events(nlp, "Israel announced its withdrawal from Gaza."), "withdrawal")
    assert has(ev.targets, "Gaza")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The bus blew up near the market, killing nine people.", "killing"),
        ("The truck exploded at a checkpoint and killed four soldiers.", "killed"),
    ],
)
def test_what_blew_up_does_not_do_the_harm_told_after(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    """The thing an explosion's verb says blew up is no actor of the harm a participle or a
    coordinated verb sharing its subject tells (roles 1.32.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.actors
    assert has(ev.targets, "people") or has(ev.targets, "soldiers")


def test_a_bomber_who_blew_himself_up_keeps_the_harm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A suicide bomber blew himself up in a mosque, killing 20 worshippers."
    ev = by_trigger(events(nlp, text), "killing")
    assert has(ev.actors, "bomber")
    ev = by_trigger(events(nlp, "The rebels blew up a bridge, killing two guards."), "killing")
    assert has(ev.actors, "rebels")


@pytest.mark.parametrize(
    ("text", "lender", "borrower"),
    [
        ("Greece got 110 billion euros in loans from China.", "China", "Greece"),
        (
            "Portugal received 78 billion euros in loans over three years from eurozone countries.",
            "eurozone countries",
            "Portugal",
        ),
        ("Kenya got loans from the World Bank.", "World Bank", "Kenya"),
    ],
)
def test_a_loans_from_phrase_names_the_lender(  # type: ignore[no-untyped-def]
    nlp, text: str, lender: str, borrower: str
) -> None:
    """ "in loans from China": China lends, also when the parser hangs the "from" on the
    verb of getting; its subject gets them (roles 1.32.0)."""
    ev = by_trigger(events(nlp, text), "loans")
    assert has(ev.actors, lender) and not has(ev.targets, lender)
    assert has(ev.targets, borrower)


def test_protection_from_a_danger_names_no_giver(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The villagers sought protection from the militia."
    evs = [e for e in events(nlp, text) if e.trigger.lower().startswith("protection")]
    assert not any(has(e.actors, "militia") for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        ("The government revoked the journalist's visa.", "revoked", "journalist"),
        ("Police seized the rebels' weapons on Sunday.", "seized", "rebels"),
        ("The opposition criticized the government's budget.", "criticized", "government"),
        # a word for one person of no role owns it too (roles 1.35.0)
        ("The judge threatened to revoke the boy's parole.", "revoke", "boy"),
        ("The ministry revoked the woman's passport on Monday.", "revoked", "woman"),
    ],
)
def test_a_thing_someone_owns_stands_for_its_owner(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, owner: str
) -> None:
    """ "revoked the journalist's visa": the journalist is the target, not the visa (roles
    1.32.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert [p.text for p in ev.targets] == [owner]


def test_an_owned_building_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """A home or a site owned is where the act was, kept whole ("the relatives' home")."""
    ev = by_trigger(events(nlp, "Federal agents raided the relatives' home."), "raided")
    assert has(ev.targets, "home")


def test_a_thing_the_doer_owns_keeps_its_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "suspend its mediation efforts among the factions": no owner for a target, the
    factions stay whom it is among."""
    text = "Norway may suspend its mediation efforts among the warring factions of Sudan."
    ev = by_trigger(events(nlp, text), "suspend")
    assert has(ev.targets, "factions")


@pytest.mark.parametrize(
    ("text", "trigger", "victim"),
    [
        (
            "Gunmen shot Dr. Anna Kowalski outside her clinic. "
            "Police want to find those responsible for Kowalski's slaying.",
            "slaying",
            "Kowalski",
        ),
        (
            "Reporter Tomas Ferreira was found dead in Lima. "
            "Prosecutors opened an inquiry into Ferreira's murder.",
            "murder",
            "Ferreira",
        ),
    ],
)
def test_one_person_owning_a_killing_is_its_victim(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, victim: str
) -> None:
    """A person is killed once: the one person owning a singular noun of a killing with no
    "of"-object underwent it, no killer."""
    killing = by_trigger(events(nlp, text), trigger)
    assert has(killing.targets, victim)
    assert not has(killing.actors, victim)


def test_a_body_owning_killings_did_them(nlp) -> None:  # type: ignore[no-untyped-def]
    """Killings owned by a body, or the killing of someone named, keep the owner as the doer."""
    killings = by_trigger(events(nlp, "The army's killings drew condemnation."), "killings")
    assert has(killings.actors, "army")
    killing = by_trigger(
        events(nlp, "The sniper's killing of the doctor shocked the town."), "killing"
    )
    assert has(killing.actors, "sniper")
    assert has(killing.targets, "doctor")


@pytest.mark.parametrize(
    ("text", "trigger", "undergoer"),
    [
        ("Iraq can expect air strikes if it does not comply.", "air strikes", "Iraq"),
        ("The rebels now await a fresh assault on the valley.", "assault", "rebels"),
    ],
)
def test_who_expects_a_hostile_act_is_to_undergo_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, undergoer: str
) -> None:
    """ "Iraq can expect air strikes": Iraq is the target, not the actor (roles 1.35.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, undergoer) and not has(ev.actors, undergoer)


def test_who_expects_a_protest_does_not_hold_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials expect protests in the capital next week."
    ev = by_trigger(events(nlp, text), "protests")
    assert not has(ev.actors, "Officials") and not has(ev.targets, "Officials")


def test_who_hears_an_act_and_a_part_of_the_day_are_no_parties(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Neighbours heard the explosion at dawn": the hearers did not set it off, and dawn is
    when it went off, no target."""
    ev = by_trigger(events(nlp, "Neighbours heard the explosion at dawn."), "explosion")
    assert not ev.actors and not ev.targets


def test_the_noun_of_a_participle_naming_no_doer_does_not_act(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The circumstances surrounding the shooting": the circumstances shot no one; "Gunmen
    staging the attack" still attack (roles 1.39.0)."""
    ev = by_trigger(
        events(nlp, "The circumstances surrounding the shooting remain unclear."), "shooting"
    )
    assert not ev.actors
    ev = by_trigger(events(nlp, "Gunmen staging the attack killed four guards."), "attack")
    assert has(ev.actors, "Gunmen")


@pytest.mark.parametrize(
    ("text", "trigger", "evader"),
    [
        ("The general fled abroad to avoid prosecution.", "prosecution", "general"),
        ("Palin has an uncanny ability to avoid incarceration.", "incarceration", "Palin"),
    ],
)
def test_who_avoids_a_custody_act_would_undergo_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, evader: str
) -> None:
    """ "fled abroad to avoid prosecution": the general would be prosecuted, no prosecutor
    (roles 1.39.0); "the rebels avoided attacks on civilians" keeps the rebels as attackers."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, evader) and not has(ev.actors, evader)
    ev = by_trigger(events(nlp, "The rebels avoided attacks on civilians."), "attacks")
    assert has(ev.actors, "rebels")


def test_who_mishandles_a_riot_did_not_riot(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The police mishandled the rioting in the capital."), "rioting")
    assert not has(ev.actors, "police")


def test_an_avoided_act_aimed_at_someone_is_the_avoider_s_own(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "avoided criticism of the Teachers Union": the governor would criticise, no one else;
    "fled abroad to avoid prosecution" still makes him the one who would be prosecuted."""
    text = "The governor has avoided direct criticism of the Teachers Union."
    ev = by_trigger(events(nlp, text), "criticism")
    assert has(ev.actors, "governor") and ev.negated


@pytest.mark.parametrize(
    ("text", "trigger", "given"),
    [
        ("The ministry supplied the rebels with weapons last year.", "supplied", "rebels"),
        ("Iran provided Hezbollah with rockets and drones.", "provided", "Hezbollah"),
    ],
)
def test_the_object_of_a_furnishing_verb_with_a_with_phrase_is_given_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, given: str
) -> None:
    """ "supplied X with Y": X is given Y, the target (the verb's object is otherwise what is
    given, no party: "supplied weapons to X" keeps X, the "to"-object)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert ev.type == "AID" and has(ev.targets, given)
    ev = by_trigger(events(nlp, "The ministry supplied weapons to the rebels."), "supplied")
    assert has(ev.targets, "rebels") and not has(ev.targets, "weapons")


def test_what_a_sent_force_carries_does_not_make_it_a_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """Only verbs of furnishing take the one given as object: "sent troops with heavy weapons
    to the border" sends the troops, no target."""
    ev = by_trigger(events(nlp, "Russia sent troops with heavy weapons to the border."), "sent")
    assert not has(ev.targets, "troops")


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "The envoy was pleased by the close cooperation we have had with the police in Kenya.",
            "cooperation",
            "we",
            "police",
        ),
        ("The minister praised the talks he held with the rebels.", "talks", "minister", "rebels"),
    ],
)
def test_a_relative_clause_that_holds_an_act_noun_names_its_parties(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    """ "the cooperation we have had with X", "the talks he held with X": the relative
    clause's subject does the act its verb only carries, its "with" names the other side."""
    evs = events(nlp, text)
    ev = by_trigger(evs, trigger)
    assert has(ev.actors, actor) and has(ev.targets, target)


def test_a_relative_clause_of_another_verb_names_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """Only verbs that carry or hold the act: "the talks he praised" were not his."""
    ev = by_trigger(events(nlp, "The talks he praised with his allies failed."), "talks")
    assert not has(ev.actors, "he")


@pytest.mark.parametrize(
    "text",
    [
        "The attacks were clearly targeted at the United States.",
        "Kenya suffered from terrorist attacks that were clearly targeted at the United States.",
    ],
)
def test_an_act_told_as_aimed_at_someone_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "attacks that were targeted at X": the attacks are the act aimed, X the target."""
    ev = by_trigger(events(nlp, text), "targeted")
    assert has(ev.targets, "United States") and not has(ev.targets, "attacks")
    ev = by_trigger(events(nlp, "The protesters were targeted by the police."), "targeted")
    assert has(ev.targets, "protesters")


def test_a_side_named_after_of_on_a_cooperation_noun_takes_part(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "with full cooperation of Iraqi authorities": the authorities cooperate (actors),
    as "cooperation from X" and "X cooperated" tell."""
    text = "All sites were inspected with full cooperation of Iraqi authorities."
    ev = by_trigger(events(nlp, text), "cooperation")
    assert has(ev.actors, "Iraqi authorities") and not has(ev.targets, "authorities")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The president got a final deal with China.", "president"),
        ("The war complicated the president's ability to get a final deal.", "president"),
    ],
)
def test_one_who_gets_a_deal_is_a_party_to_it(nlp, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    """ "got a final deal": the getter makes it (actor); what one gets from others stays
    given to the getter ("the army got support from Russia": the army the target)."""
    ev = by_trigger(events(nlp, text), "deal")
    assert has(ev.actors, party) and not has(ev.targets, party)
    ev = by_trigger(events(nlp, "The army got support from Russia."), "support")
    assert has(ev.actors, "Russia") and has(ev.targets, "army")


@pytest.mark.parametrize(
    ("text", "trigger", "victims"),
    [
        (
            "The minister paid tribute on Tuesday to bombing victims and aid workers.",
            "bombing",
            "victims",
        ),
        ("The governor met shooting victims at the hospital on Monday.", "shooting", "victims"),
    ],
)
def test_a_gerund_before_bare_victims_names_no_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, victims: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.actors and has(ev.targets, victims)


def test_a_gerund_with_its_own_object_keeps_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The gunman kept shooting the victims as they fled."), "shooting")
    assert has(ev.actors, "gunman") and has(ev.targets, "victims")


def test_a_rally_a_participle_hangs_on_supports_through_its_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands joined a rally supporting the jailed opposition leader."
    ev = by_trigger(events(nlp, text), "supporting")
    assert not has(ev.actors, "rally") and has(ev.targets, "leader")
    text = "Thousands joined a rally of students supporting the jailed opposition leader."
    ev = by_trigger(events(nlp, text), "supporting")
    assert has(ev.actors, "students") and not has(ev.actors, "rally")


def test_people_a_participle_hangs_on_still_act(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Officials supporting the plan met on Monday."), "supporting")
    assert has(ev.actors, "Officials") and has(ev.targets, "plan")


@pytest.mark.parametrize(
    "text",
    ["Investigators examined the Tanzania blast on Friday.", "The Kenya explosion shook the city."],
)
def test_a_country_named_on_a_blast_is_where_it_went_off(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    blast = [e for e in evs if e.trigger.lower() in ("blast", "explosion")]
    assert blast and not blast[0].actors


@pytest.mark.parametrize(
    "text",
    [
        "The attack killed 20 people, eight of them Americans, and over 1,000 were injured.",
        "More than 100 people have died, eight of them Americans and over 1,000 injured since "
        "a bomb ripped through an office building.",
    ],
)
def test_people_counted_out_of_them_are_no_party_of_the_next_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    hurt = by_trigger(events(nlp, text), "injured")
    assert not has(hurt.targets, "Americans") and has(hurt.targets, "1,000")
