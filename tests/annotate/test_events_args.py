"""Actors and targets from the parse (annotate/events_args.py), on sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


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


def test_a_participle_predicated_of_a_passive_subject_is_said_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "were left wounded": "wounded" is the object predicate of "left"; the students are hurt
    evs = events(nlp, "Two students were left wounded after the clash.")
    wounding = next(e for e in evs if e.trigger == "wounded")
    assert has(wounding.targets, "students")


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
    speaks for its body ("a Hamas official") as a doer, but as a target the person is held,
    the body only his affiliation (the lead's ruling of 2026-12-05, roles 1.69.0)."""
    ev = one(events(nlp, text), "arrest")
    assert any(person in t.text for t in ev.targets)
    official = one(events(nlp, "A Hamas official was arrested in Hebron."), "arrest")
    assert [t.text for t in official.targets] == [f"{body} official"]
    said = by_trigger(events(nlp, "A Hamas official criticized the arrests."), "criticized")
    assert [a.text for a in said.actors] == [body]


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


def test_an_it_called_an_act_keeps_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "It was the worst violence to hit the city": the act stays, with no doer."""
    ev = by_trigger(
        events(nlp, "It was the worst violence to hit the capital in years."), "violence"
    )
    assert not ev.actors


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


def test_a_measure_of_acts_as_target_stands_for_the_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "repression against the first massive day of popular protests": not aimed at the
    day; the protests, aimed at no one named, are no party, as without the measure."""
    text = "Soldiers led the repression against the first massive day of popular protests."
    ev = one(events(nlp, text), "repress")
    assert not has(ev.targets, "day")


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


def test_who_hears_an_act_and_a_part_of_the_day_are_no_parties(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Neighbours heard the explosion at dawn": the hearers did not set it off, and dawn is
    when it went off, no target."""
    ev = by_trigger(events(nlp, "Neighbours heard the explosion at dawn."), "explosion")
    assert not ev.actors and not ev.targets


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


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("The junta gave in to demands from the students to free the prisoners.", "students"),
        ("The cabinet met after repeated calls from the opposition for elections.", "opposition"),
    ],
)
def test_a_noun_of_asking_names_its_asker_through_from(nlp, text: str, asker: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.type == "REQUEST")
    assert has(ev.actors, asker) and not has(ev.targets, asker)


def test_a_verb_of_asking_asks_whom_its_from_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The families demanded answers from the phone companies."
    ev = by_trigger(events(nlp, text), "demanded")
    assert has(ev.targets, "companies") and has(ev.actors, "families")


def test_small_arms_fired_are_the_means_and_the_craft_aimed_at_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # roles 1.167.0: "arms" as written is a weapon (its lemma is the limb's), and a craft
    # fired at stands for its crew
    text = "The crew said that two skiffs were firing small arms at the tanker."
    ev = by_trigger(events(nlp, text), "firing")
    assert [t.text for t in ev.targets] == ["tanker"]


def test_the_famous_crossing_a_picket_line_are_its_doers(nlp) -> None:  # type: ignore[no-untyped-def]
    # vocabulary 1.397.0: "star", "celebrity" are people
    text = "That raises the prospect of film stars boycotting the ceremony."
    assert has(by_trigger(events(nlp, text), "boycotting").actors, "stars")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Rocket attacks from Gaza continued on Monday.", "attacks", "Gaza"),
        ("Mortar attacks from Lebanon resumed after dusk.", "attacks", "Lebanon"),
    ],
)
def test_an_attack_nouns_from_place_is_its_doers(nlp, text: str, trigger: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    # vocabulary 1.397.0: where the attackers come from, not whom the attack is aimed at
    ev = by_trigger(events(nlp, text), trigger)
    assert [a.text for a in ev.actors] == [doer] and not has(ev.targets, doer)


def test_a_pronoun_fired_at_with_the_means_is_the_reporter(nlp) -> None:  # type: ignore[no-untyped-def]
    # roles 1.167.0: "firing shots at it" keeps "it", the tanker that reports it
    text = "The tanker reported that two skiffs were firing shots at it."
    assert has(by_trigger(events(nlp, text), "firing").targets, "tanker")


def test_what_is_discussed_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "are discussing the resumption of trade ties", "discussed the crisis": the topic is no
    party; whom one talks with stays the target, also where the parser hangs "with" on the
    topic."""
    text = "Brazil and Chile are discussing the resumption of trade ties."
    ev = by_trigger(events(nlp, text), "discussing")
    assert not ev.targets and has(ev.actors, "Brazil")
    ev = by_trigger(events(nlp, "The two leaders discussed the crisis."), "discussed")
    assert not ev.targets
    ev = by_trigger(events(nlp, "Brazil discussed the crisis with Chile."), "discussed")
    assert [t.text for t in ev.targets] == ["Chile"]
    ev = by_trigger(events(nlp, "The minister discussed the budget with the unions."), "discussed")
    assert has(ev.targets, "unions")


@pytest.mark.parametrize(
    ("text", "trigger", "count"),
    [
        (
            "At least 12 soldiers were killed and 30 injured in weekend ambushes by rebels.",
            "injured",
            "30",
        ),
        (
            "Two Palestinians were killed and more than 120 injured in the air strikes.",
            "injured",
            "more than 120",
        ),
    ],
)
def test_the_count_a_participle_is_on_is_its_target(
    nlp, text: str, trigger: str, count: str
) -> None:  # type: ignore[no-untyped-def]
    """ "24 civilians were killed and 15 injured": the 15 were hurt (roles 1.186.0, prec43a)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, count)


def test_occasions_counted_are_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "fired on the crowd on two occasions": the crowd only (roles 1.186.0, prec43a)."""
    ev = by_trigger(events(nlp, "Soldiers fired on the marchers on two occasions."), "fired")
    assert has(ev.targets, "marchers") and not has(ev.targets, "occasions")


def test_a_count_after_a_passive_with_were_left_out_is_hurt(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Nine miners were killed and 14 injured in the bombing": the 14 were injured, and the
    bombing hurt them; "Two were arrested and three fled": the three fled (roles 1.186.0)."""
    evs = events(nlp, "Nine miners were killed and 14 injured in the bombing.")
    assert has(by_trigger(evs, "injured").targets, "14")
    assert has(by_trigger(evs, "bombing").targets, "14")
    fled = by_trigger(events(nlp, "Two were arrested and three fled."), "fled")
    assert not has(fled.targets, "three")
