"""Noun triggers another trigger of their clause reports (events_folds)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_act_noun_subject_folds_into_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The attack by the paramilitaries killed three farmers.")
    assert len([e for e in evs if e.type == "ASSAULT"]) == 1
    (ev,) = evs
    assert has(ev.actors, "paramilitaries") and not has(ev.actors, "attack")
    assert has(ev.targets, "farmers")


def test_device_subject_folds_into_explosion(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "A bomb exploded in the market.")
    assert len([e for e in evs if e.mode == "explosives"]) == 1


def test_person_noun_participant_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("Police arrested two protesters.", "Police arrested hundreds of protesters."):
        evs = events(nlp, text)
        assert not [e for e in evs if e.type == "PROTEST"], text
        assert [e for e in evs if e.mode == "arrest" and has(e.targets, "protesters")], text


def test_protesters_on_their_own_stay_a_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Protesters marched through the city.",
        "Thousands of protesters gathered in the square.",
    ):
        assert len([e for e in events(nlp, text) if e.type == "PROTEST"]) == 1, text


def test_device_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    (ev,) = events(nlp, "A bomb exploded in the market.")
    assert not has(ev.actors, "bomb")
    (ev,) = events(nlp, "A bomb planted by rebels exploded near the barracks.")
    assert has(ev.actors, "rebels") and not has(ev.actors, "bomb")


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb planted by rebels killed twenty people.",
        "A car bomb set off by rebels killed twenty people.",
        "A bomb hidden by the rebels in a truck killed twenty people.",
    ],
)
def test_whoever_placed_the_device_is_the_killing_s_actor(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A device kills no one by itself: with no one named, the killing has no actor; who
    planted it is the actor."""
    ev = one(events(nlp, text), "explosives")
    assert has(ev.actors, "rebels") and not has(ev.actors, "bomb")
    assert has(ev.targets, "people")
    (ev,) = events(nlp, "A car bomb killed twenty people.")
    assert not ev.actors and has(ev.targets, "people")


def test_a_device_set_off_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "detonated a bomb": the bomb is the means, not what was attacked."""
    for text in (
        "A bomb detonated by militants killed twenty people in Kabul.",
        "Militants detonated a car bomb near the police station.",
    ):
        for ev in events(nlp, text):
            assert not has(ev.targets, "bomb"), text


def test_specific_noun_codes_the_verb_it_folds_into(nlp) -> None:  # type: ignore[no-untyped-def]
    (ev,) = events(nlp, "The bombing killed five soldiers.")
    assert ev.mode == "explosives" and ev.cameo == "183"
    assert has(ev.targets, "soldiers")


def test_the_weapon_doers_of_a_killing_are_that_killing(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "executed by police snipers" is one killing, the execution, by the snipers: the
    sniper noun says only how it was done and is no second attack."""
    evs = events(nlp, "Two farmers were executed by army snipers near the river.")
    assert [e.mode for e in evs] == ["assassinate"]
    assert has(evs[0].actors, "snipers") and has(evs[0].targets, "farmers")


def test_a_killing_by_snipers_is_coded_as_shooting(nlp) -> None:  # type: ignore[no-untyped-def]
    """A verb that says no more than a killing takes the weapon mode of its doers."""
    evs = events(nlp, "Two students were killed by snipers in the square.")
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "firearms")]
    assert has(evs[0].actors, "snipers")


def test_two_acts_of_one_type_by_different_doers_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp, "Snipers opened fire on the crowd, and troops later executed three prisoners."
    )
    assert sorted(e.mode or "" for e in evs if e.type == "ASSAULT") == ["assassinate", "firearms"]


def test_power_seized_in_a_coup_is_one_coup_by_the_seizer(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The army seized power on Monday in a coup": power seized is a coup (not property
    seized), and the coup noun saying how is the same event, not a second one with no
    actor."""
    evs = events(nlp, "The army seized power on Monday in a coup.")
    (coup,) = [e for e in evs if e.type == "ASSAULT"]
    assert coup.mode == "coup" and has(coup.actors, "army")
    assert not [e for e in evs if e.mode == "seize"]


def test_a_clash_someone_was_killed_in_stays_an_event(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "26 people have been killed in clashes with police": the killing is the clashes'
    toll; the clashes stay an event of their own."""
    evs = events(nlp, "At least 26 people have been killed in clashes with police.")
    assert len([e for e in evs if e.type == "ASSAULT"]) == 2


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Several ministers resigned in protest.", "resigned"),
        ("Several ministers resigned in protest at the arrests.", "resigned"),
        ("The opposition boycotted the vote in protest.", "boycotted"),
        ("He went on hunger strike in protest at his detention.", "went on hunger strike"),
    ],
)
def test_a_protest_told_as_the_manner_of_an_act_is_no_event_of_its_own(  # type: ignore[no-untyped-def]
    nlp, text: str, act: str
) -> None:
    """ "resigned in protest", "boycotted the vote in protest" (where the parser hangs the
    phrase on the object): the act is the event, the bare protest noun only says how
    (`manner_modes`, `manner_preps`), as Spanish "en protesta por"."""
    evs = events(nlp, text)
    assert not [e for e in evs if e.trigger == "protest"], [(e.type, e.trigger) for e in evs]
    assert [e for e in evs if e.trigger == act]


@pytest.mark.parametrize(
    ("text", "protester"),
    [
        ("Students gathered in protest outside the parliament.", "Students"),
        ("The workers walked off the job in protest.", "workers"),
    ],
)
def test_a_protest_told_as_the_manner_of_no_event_is_its_doers(  # type: ignore[no-untyped-def]
    nlp, text: str, protester: str
) -> None:
    """With no event verb ("gathered in protest"), the protest is the event and whoever does
    the act protests."""
    ev = one(events(nlp, text), "demo")
    assert ev.trigger == "protest" and has(ev.actors, protester)


def test_an_act_done_in_a_protest_held_leaves_the_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "arrested 20 people in the protest": a protest held, not the arrest's manner."""
    evs = events(nlp, "Police arrested 20 people in the protest.")
    assert [e for e in evs if e.trigger == "protest"]
    assert not has(one(evs, "demo").actors, "Police")


def test_a_verb_sending_someone_into_exile_is_that_exile(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "sent/forced/drove X into exile": one exile, the sender its actor, X exiled; the
    sending verb is no aid of its own."""
    for text, sender, exiled in (
        ("The journalist was sent into exile by the generals in 1976.", "generals", "journalist"),
        ("The colonels sent the union leader into exile.", "colonels", "union leader"),
        ("The new junta drove the novelist into exile.", "junta", "novelist"),
    ):
        evs = events(nlp, text)
        assert not any(e.type == "AID" for e in evs), text
        ev = one(evs, "exile")
        assert has(ev.actors, sender) and has(ev.targets, exiled), (text, ev.actors, ev.targets)
    # sending goods stays aid
    assert any(e.type == "AID" for e in events(nlp, "Mexico sent food aid to the refugees."))


@pytest.mark.parametrize(
    "text",
    [
        "Three guards were killed by a bomb believed to have been planted by separatists.",
        "A patrol was hit by a rocket thought to be fired by separatists.",
        "Four guards died when a bomb that was planted by separatists exploded.",
    ],
)
def test_a_device_s_hedged_placer_is_the_actor(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A verb of belief hedging who set off the device ("a bomb believed to have been
    planted by X") still names X as the one who did it."""
    ev = next(e for e in events(nlp, text) if e.type == "ASSAULT" and e.actors)
    assert has(ev.actors, "separatists") and not has(ev.actors, "bomb")
    assert not has(ev.actors, "rocket")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack a value, an institution or a policy is under is criticism (1.145.0)
        ("Press freedom is under attack in the country.", "ACCUSE/disapprove"),
        ("Never has science been under such fierce attack.", "ACCUSE/disapprove"),
        # a convoy or a town under attack is assaulted
        ("The convoy came under attack near the border.", "ASSAULT/None"),
        ("The town came under heavy rocket attack on Sunday.", "ASSAULT/None"),
    ],
)
def test_an_attack_a_value_is_under_is_criticism(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    attacks = [f"{e.type}/{e.mode}" for e in events(nlp, text) if e.trigger == "attack"]
    assert attacks == [expected]


# the PLOVER manual: single-country exercises are MOBILIZE, joint military operations
# (two parties or more, or one "with" another) COOPERATE; an exercise told as neither is none
_SHOW = [("MOBILIZE", "150")]
_JOINT = [("COOPERATE", "062")]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Russia staged naval drills in the Baltic Sea on Tuesday.", _SHOW),
        ("Beijing held war games near the island over the weekend.", _SHOW),
        ("Iran began large-scale air defence exercises in the south.", _SHOW),
        ("Japan and Australia began military exercises off the coast on Monday.", _JOINT),
        ("Polish and Lithuanian troops launched a week of war games near the border.", _JOINT),
        ("India will hold naval drills with France next month.", _JOINT),
        ("Seoul and Washington started joint exercises.", _JOINT),
        ("The exercise of power by the executive worried the judges.", []),
        ("The whole debate was an exercise in futility.", []),
        ("Pupils took part in a fire drill at the school.", []),
    ],
)
def test_a_military_exercise_shows_force_unless_joint(  # type: ignore[no-untyped-def]
    nlp, text: str, coded: list[tuple[str, str]]
) -> None:
    evs = events(nlp, text)
    assert [(e.type, e.cameo) for e in evs if e.type in ("COOPERATE", "MOBILIZE")] == coded, text


def test_the_with_phrase_of_a_single_country_exercise_names_its_means(nlp) -> None:  # type: ignore[no-untyped-def]
    (ev,) = events(nlp, "The army conducted military drills with live ammunition.")
    assert ev.type == "MOBILIZE" and has(ev.actors, "army") and not ev.targets


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "The junta freed forty political prisoners in an apparent concession to the unions.",
            "concession",
            "junta",
        ),
        ("The rebels burned two villages in reprisal for the raid.", "reprisal", "rebels"),
    ],
)
def test_a_bare_characterizing_noun_is_done_by_the_clause_s_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str
) -> None:
    """ "freed the prisoners in an apparent concession to X": the release was the concession,
    made by whoever freed them."""
    assert has(by_trigger(events(nlp, text), trigger).actors, doer)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the sniper is thought to have fired the bullet that killed the judge.",
        "The sniper appears to have fired a shot at the guard from the roof.",
        "The sniper fired a bullet through the window.",
    ],
)
def test_a_sniper_doing_its_act_is_one_firing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A doer noun of a weapon's mode as the subject of its act's verb, or of the verb that
    governs that verb's infinitive, is that act told by its doer (vocabulary 1.212.0)."""
    assert not [e for e in events(nlp, text) if e.trigger.lower() == "sniper"]


def test_a_sniper_alone_stays_the_firing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police believe the sniper stood behind a tree and waited."
    assert [e.mode for e in events(nlp, text) if e.trigger.lower() == "sniper"] == ["firearms"]


@pytest.mark.parametrize(
    "text",
    [
        "The doctor was killed in his kitchen by a sniper's bullet last fall.",
        "A sniper's bullet killed the officer outside the station.",
    ],
)
def test_a_snipers_bullet_is_the_snipers_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The owner of the weapon that does the verb's act did it: one killing, by the sniper
    (vocabulary 1.212.0)."""
    evs = events(nlp, text)
    assert not [e for e in evs if e.trigger.lower() == "sniper"]
    assert has(by_trigger(evs, "killed").actors, "sniper")


@pytest.mark.parametrize(
    ("text", "verb", "weapon"),
    [
        ("Masked youths hurled petrol bombs at the police station.", "hurled", "bombs"),
        ("Rioters threw grenades at the soldiers on Friday.", "threw", "grenades"),
    ],
)
def test_a_weapon_thrown_is_the_means_of_the_throw(  # type: ignore[no-untyped-def]
    nlp, text: str, verb: str, weapon: str
) -> None:
    """roles 1.44.0: "hurled petrol bombs at X" is one attack by the throwers, not also a
    bombing no one is said to do (events_folds.thrown_means); a device placed, whose verb
    is no attack, stays the event."""
    evs = events(nlp, text)
    assert [e.trigger for e in evs if e.type == "ASSAULT"] == [verb]
    assert by_trigger(evs, verb).actors
    placed = events(nlp, "The militants planted bombs near the station.")
    assert [e.trigger for e in placed if e.type == "ASSAULT"] == ["bombs"]


def test_an_ing_word_before_a_weapon_is_no_throw(nlp) -> None:  # type: ignore[no-untyped-def]
    """roles 1.44.2: "punishing" describes the strikes, which stay the event."""
    text = "The general can expect punishing air strikes to continue well into the future."
    assert [e.trigger for e in events(nlp, text) if e.type == "ASSAULT"] == ["air strikes"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the officers should be punished.",
        "The regime vowed to punish the rebels.",
    ],
)
def test_a_punishment_is_a_penalty_no_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.381.0 (left40): SANCTION, where the WordNet fallback read ASSAULT."""
    evs = events(nlp, text)
    assert [e.type for e in evs if e.trigger.startswith("punish")] == ["SANCTION"]


def test_a_punishment_vowed_is_still_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The regime vowed to punish the rebels.")
    assert any(e.type == "THREATEN" and e.trigger == "vowed" for e in evs)
