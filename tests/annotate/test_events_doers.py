"""Who did an act told with an event noun or a thing as its subject (events_doers), and a
passive's agent the parser hung on its "as"-complement (events_subjects), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_raid_that_freed_someone_is_done_by_who_took_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pablo Rivas, a former rebel who in 1978 took part in an assault that freed Mendoza "
        "from jail, died last year."
    )
    freed = by_trigger(events(nlp, text), "freed")
    assert freed.mode == "release" and has(freed.targets, "Mendoza")
    assert not has(freed.actors, "assault")
    assert has(freed.actors, "rebel") or has(freed.actors, "Rivas")


def test_a_thing_frees_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    freed = by_trigger(events(nlp, "The decree freed the journalist on Monday."), "freed")
    assert not freed.actors and has(freed.targets, "journalist")


def test_a_by_agent_hung_on_the_as_complement_is_the_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels were led by Carlos Mena, who is recognized as Bolivia's president by "
        "the European Union and some 40 countries."
    )
    ev = by_trigger(events(nlp, text), "recognized")
    assert ev.type == "SUPPORT" and has(ev.targets, "Mena")
    assert has(ev.actors, "European Union") and has(ev.actors, "countries")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "A shooting that wounded two guards may have started after an argument.",
            "wounded",
            "guards",
        ),
        (
            "A blast that wounded six police officers hit the market on Friday.",
            "wounded",
            "officers",
        ),
    ],
)
def test_a_relative_clause_re_telling_an_act_noun_names_no_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    hurt = by_trigger(events(nlp, text), trigger)
    assert not hurt.actors and has(hurt.targets, target)


def test_a_going_off_told_as_the_subject_of_its_own_type_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    """As the dev gold codes "a minefield explosion killed ..." (roles 1.19.1)."""
    text = "A land mine explosion near the border wounded two soldiers."
    hurt = by_trigger(events(nlp, text), "wounded")
    assert has(hurt.actors, "explosion") and has(hurt.targets, "soldiers")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("A bombing wounded two soldiers near the border.", "wounded", "soldiers"),
        ("A clinic bombing in Denver severely wounded a nurse.", "wounded", "nurse"),
        ("A shooting outside the bank killed two guards.", "killed", "guards"),
    ],
)
def test_an_indefinite_act_told_as_the_doer_of_a_harm_names_no_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    """A bombing is someone's act the clause does not name: the PLOVER manual codes "killed
    in a suicide bombing" with no actor (roles 1.52.0)."""
    hurt = by_trigger(events(nlp, text), trigger)
    assert hurt.type == "ASSAULT" and not hurt.actors and has(hurt.targets, target)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The Aug. 7 terrorist blasts killed 257 people.", "terrorist"),
        ("A militant attack killed 25 villagers.", "militant"),
    ],
)
def test_an_adjective_naming_a_kind_of_actor_on_the_act_stands_for_its_doers(  # type: ignore[no-untyped-def]
    nlp, text: str, doer: str
) -> None:
    """Terrorists did it, not the blasts (roles 1.52.0)."""
    killed = by_trigger(events(nlp, text), "killed")
    assert [p.text for p in killed.actors] == [doer]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The navy drew criticism for shelling fishing villages on the coast.", "shelling", "navy"),
        (
            "The guards drew international condemnation for beating the inmates.",
            "beating",
            "guards",
        ),
    ],
)
def test_drawing_criticism_for_an_act_names_its_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str
) -> None:
    """ "X drew criticism for doing Y", with the "for" hung on the verb: X did Y, not the
    criticism (the verb's object)."""
    assert has(by_trigger(events(nlp, text), trigger).actors, actor)


def test_blame_laid_on_someone_for_an_act_is_not_the_layers_act(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "laid the blame on X for doing Y": X did Y, the one laying the blame did not."""
    ev = by_trigger(
        events(nlp, "The mayor put the blame on the rebels for burning the market."), "burning"
    )
    assert not has(ev.actors, "mayor")


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "The detainees were beaten at the hands of their jailers.",
            "beaten",
            "jailers",
            "detainees",
        ),
        (
            "Dozens of villagers suffered torture at the hands of the militia.",
            "torture",
            "militia",
            "villagers",
        ),
    ],
)
def test_at_the_hands_of_names_the_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    """ "at the hands of X" on a passive verb or on an act noun a verb of undergoing takes:
    X did the act, as a "by"-agent does."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, actor) and has(ev.targets, target)


def test_a_passive_relative_clause_carrying_out_an_act_names_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the ambush, which was staged by X": X did the ambush; a relative clause of another
    verb ("which was condemned by Y") names no doer."""
    evs = events(nlp, "Witnesses described the raid, which was conducted by masked gunmen.")
    assert has(by_trigger(evs, "raid").actors, "gunmen")
    evs = events(nlp, "Witnesses described the raid, which was condemned by the mayor.")
    assert not has(by_trigger(evs, "raid").actors, "mayor")


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "The student was killed by a police bullet outside the school.",
            "killed",
            "police",
            "student",
        ),
        ("A soldier's bullet wounded the farmer near the fence.", "wounded", "soldier", "farmer"),
        ("A rifle fired by a border guard killed the smuggler.", "killed", "guard", "smuggler"),
    ],
)
def test_a_weapon_stands_for_whoever_holds_or_fired_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    """A weapon told as the doer does nothing itself (events_doers.weapon_holders)."""
    hurt = by_trigger(events(nlp, text), trigger)
    assert has(hurt.actors, actor) and has(hurt.targets, target)
    assert not has(hurt.actors, "bullet") and not has(hurt.actors, "rifle")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The teacher was struck by a stray bullet during the clashes.", "struck", "teacher"),
        ("A knife wounded the shopkeeper on Tuesday night.", "wounded", "shopkeeper"),
    ],
)
def test_a_weapon_of_no_one_named_names_no_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    """The PLOVER manual codes "killed by a bomb" with an unknown actor."""
    hurt = by_trigger(events(nlp, text), trigger)
    assert not hurt.actors and has(hurt.targets, target)


def test_a_relative_clause_on_the_thing_an_act_was_done_to_tells_of_the_act(  # type: ignore[no-untyped-def]
    nlp,
) -> None:
    # the bombing killed the guard, not the clinic (nor the city named on it)
    text = "He fled after the 1996 bombing of a Denver family clinic that killed a security guard."
    killed = by_trigger(events(nlp, text), "killed")
    assert not killed.actors and has(killed.targets, "guard")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The bombings killed 259 people.", "killed"),
        ("The explosion killed three police officers.", "killed"),
        ("These attacks have wounded dozens of civilians.", "wounded"),
        # a date before it tells when, not whose (roles 1.43.0)
        ("The Aug. 7 bombings killed more than 200 people.", "killed"),
    ],
)
def test_a_definite_act_told_as_the_doer_of_a_harm_names_no_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    """It re-tells an act told before: how they died, not who killed them (roles 1.19.1)."""
    harm = by_trigger(events(nlp, text), trigger)
    assert harm.type == "ASSAULT" and not harm.actors and harm.targets


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The rebels' attack killed four villagers.", "rebels"),
        ("A Hamas attack killed one soldier.", "Hamas"),
    ],
)
def test_an_act_told_as_someones_keeps_its_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, doer: str
) -> None:
    assert has(by_trigger(events(nlp, text), "killed").actors, doer)


@pytest.mark.parametrize(
    ("text", "trigger", "user"),
    [
        ("China used excessive and lethal force to crush the protests.", "crush", "China"),
        ("The government used excessive force to crush the uprising.", "crush", "government"),
        ("Police used tear gas to disperse the crowd.", "disperse", "Police"),
    ],
)
def test_a_means_of_force_stands_for_who_used_it(nlp, text: str, trigger: str, user: str) -> None:  # type: ignore[no-untyped-def]
    """Force as a mass noun, tear gas: a means, never the actor (roles 1.23.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, user)
    assert not has(ev.actors, "force") and not has(ev.actors, "gas")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Security forces crushed the protests in the capital.", "crushed", "forces"),
        ("The multinational force attacked the rebel positions.", "attacked", "force"),
    ],
)
def test_a_body_of_troops_called_a_force_acts(nlp, text: str, trigger: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    assert has(by_trigger(events(nlp, text), trigger).actors, doer)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The regime vowed to crush the uprising with excessive and lethal force.", "crush"),
        ("Police dispersed the protesters with tear gas.", "dispersed"),
    ],
)
def test_a_means_in_a_with_phrase_is_no_target(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """What an act is done with is how, not whom (events_args._means_used, roles 1.23.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not has(ev.targets, "force") and not has(ev.targets, "gas")


def test_a_body_called_a_force_met_with_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The president met with the security force in the capital."), "met")
    assert has(ev.targets, "force")


@pytest.mark.parametrize(
    "text",
    [
        "Explosions killed dozens of soldiers near the border.",
        "Two explosions killed 12 people in the market on Sunday.",
        "Three bombings wounded 40 shoppers in the capital.",
    ],
)
def test_plural_blasts_with_no_owner_name_no_actor(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """PLOVER codes the actor of "killed by a bomb" as unknown: blasts told in the plural,
    bare or counted, are how the victims died, not who set them off (roles 1.24.0)."""
    ev = next(e for e in events(nlp, text) if e.type == "ASSAULT" and e.trigger != "explosions")
    assert not ev.actors, [p.text for p in ev.actors]
    assert ev.targets


def test_plural_attacks_told_as_a_states_keep_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """A name before the plural noun says whose the attacks were, as the dev gold codes it."""
    text = "Recent US drone attacks have killed at least eight militant leaders."
    ev = by_trigger(events(nlp, text), "killed")
    assert ev.actors


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police found the gun that killed her in a field.", "killed"),
        ("Investigators recovered the rifle that wounded the guard.", "wounded"),
    ],
)
def test_a_weapon_in_a_relative_clause_is_no_doer(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """ "the gun that killed her": the relative pronoun stands for the weapon, which is how,
    not who (roles 1.24.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.actors, [p.text for p in ev.actors]


def test_a_weapon_fired_by_someone_in_a_relative_clause_keeps_him(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "A sniper's bullet that killed the mayor was found."), "killed")
    assert has(ev.actors, "sniper")


def test_an_it_standing_for_a_weapon_is_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "to determine whether it was used to kill X": it is the gun, no killer (roles
    1.35.0)."""
    text = "The gun was sent to a laboratory to determine whether it was used to kill the judge."
    ev = by_trigger(events(nlp, text), "kill")
    assert ev.actors == () and has(ev.targets, "judge")


def test_an_it_standing_for_a_state_still_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Iraq said it would attack the border posts."
    ev = by_trigger(events(nlp, text), "attack")
    assert has(ev.actors, "Iraq")


@pytest.mark.parametrize(
    "text",
    ["The Nairobi explosion killed twelve people.", "The Kenya blast wounded forty people."],
)
def test_a_place_on_a_definite_blast_told_as_the_killer_is_no_doer(  # type: ignore[no-untyped-def]
    nlp, text: str
) -> None:
    ev = events(nlp, text)[0]
    assert ev.type == "ASSAULT" and not ev.actors and has(ev.targets, "people")


def test_a_state_named_on_strikes_told_as_the_killer_still_did_them(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = events(nlp, "The Israeli strikes killed twelve people.")[0]
    assert has(ev.actors, "Israel")
