"""The heads the parse gives a trigger's actors and targets (annotate/events_arg_heads.py), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, one, parsed_context

from chronicler.annotate.events_arg_heads import parsed_heads

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Border police arrested the journalist on Monday.", "police", "journalist"),
        ("The journalist was arrested by border police.", "police", "journalist"),
        ("The army's detention of the journalist drew protests.", "army", "journalist"),
    ],
)
def test_parsed_heads_by_voice_and_part_of_speech(  # type: ignore[no-untyped-def]
    nlp, text: str, actor: str, target: str
) -> None:
    """A verb's subject acts and its object undergoes, swapped in the passive; a noun's
    possessor acts on its "of" object."""
    doc, ctx = parsed_context(nlp, text)
    trigger = next(t for t in doc if t.lower_ in ("arrested", "detention"))
    actors, targets = parsed_heads(trigger, ctx.rules[trigger.i], ctx)
    assert [a.lower_ for a in actors] == [actor]
    assert [t.lower_ for t in targets] == [target]


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


@pytest.mark.parametrize(
    ("text", "doer", "held_off"),
    [
        ("The garrison repelled an attack by insurgents at dawn.", "insurgents", "garrison"),
        ("The villagers fended off an assault by bandits.", "bandits", "villagers"),
        ("The crew warded off a pirate attack on Tuesday.", "pirate", "crew"),
    ],
)
def test_who_holds_off_an_attack_is_its_target(  # type: ignore[no-untyped-def]
    nlp, text: str, doer: str, held_off: str
) -> None:
    """Verbs of holding off an attack are converse: their subject underwent it, its "by"
    phrase (or the band's word on it) did it (vocab 1.402.0)."""
    ev = next(e for e in events(nlp, text) if e.type == "ASSAULT")
    assert has(ev.targets, held_off) and not has(ev.actors, held_off), (ev.actors, ev.targets)
    assert has(ev.actors, doer)


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
    ("text", "trigger", "onlooker"),
    [
        ("The senator said she saw the raids on the camps as a grave error.", "raids", "senator"),
        ("Residents saw the shelling of the town from their windows.", "shelling", "Residents"),
    ],
)
def test_who_sees_an_act_is_no_party_to_it(nlp, text: str, trigger: str, onlooker: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert not has(act.actors, onlooker)


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


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("The prisoners the government freed returned home.", "freed", "government", "prisoners"),
        ("The leader whom the army detained was freed.", "detained", "army", "leader"),
        # a "that" clause whose verb the tagger reads as a participle (VBN) is still active
        ("The man that police arrested was released on Monday.", "arrested", "police", "man"),
        ("The activist that troops detained was freed.", "detained", "troops", "activist"),
        ("The village that rebels attacked was burned.", "attacked", "rebels", "village"),
        ("The activist that the troops detained was freed.", "detained", "troops", "activist"),
        ("Detectives examine the leads we are investigating.", "investigating", "we", "leads"),
    ],
)
def test_the_noun_a_relative_clause_is_on_is_its_object(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    """A relative clause with a subject of its own and no object is done to the noun it is
    on; a "whom" the parser makes a second subject is that object too, and a relative
    "that" stands for its noun (roles 1.135.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, target) and not has(ev.actors, target)
    assert has(ev.actors, actor)


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


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Smith was charged with the murder of a police officer.", "murder", "smith"),
        ("Police arrested two brothers for the kidnapping of a banker.", "kidnapping", "brothers"),
        ("Jones was arrested in the stabbing of a shop owner.", "stabbing", "jones"),
        ("The teacher was accused of the abduction of a pupil.", "abduction", "teacher"),
        ("Brown was held on suspicion of the murder of his partner.", "murder", "brown"),
        ("A jury found the guard not guilty of the beating of an inmate.", "beating", "guard"),
        ("A Springfield man was arrested in the stabbing of two students.", "stabbing", "man"),
        ("Three men were detained in the case of the murder of a judge.", "murder", "men"),
    ],
)
def test_who_is_charged_with_a_crime_is_its_alleged_doer(nlp, text, trigger, doer) -> None:  # type: ignore[no-untyped-def]
    """The one charged with, accused of, arrested for or acquitted of a crime is its alleged
    doer, the crime flagged hypothetical (the lead's ruling, thirty-fifth session; roles
    1.97.0, modality 1.119.0); the crime's victim stays its target."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, doer), text
    assert ev.hypothetical, text


@pytest.mark.parametrize(
    "text",
    [
        "Jones was arrested in a police raid on Monday.",
        "Jones was arrested in a sweep by federal agents.",
        "No one has been charged in the killing of the shop owner.",
    ],
)
def test_a_case_names_no_doer_where_none_is_held(nlp, text) -> None:  # type: ignore[no-untyped-def]
    """A raid an arrest was made in is no crime of the one arrested; a case with no one held
    names no doer, and the crime stays told."""
    for ev in events(nlp, text):
        if ev.type == "ASSAULT" or ev.mode == "seize":
            assert not has(ev.actors, "jones") and not has(ev.actors, "one"), text
            assert not ev.hypothetical, text


def test_the_arrest_stays_the_arresters(nlp) -> None:  # type: ignore[no-untyped-def]
    """The crime an arrest is made in names no arrester: its alleged doer is the one held."""
    text = "A Springfield man was arrested in the stabbing of a guard."
    ev = by_trigger(events(nlp, text), "arr")
    assert has(ev.targets, "man") and not has(ev.actors, "man")


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


def test_a_side_named_after_of_on_a_cooperation_noun_takes_part(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "with full cooperation of Iraqi authorities": the authorities cooperate (actors),
    as "cooperation from X" and "X cooperated" tell."""
    text = "All sites were inspected with full cooperation of Iraqi authorities."
    ev = by_trigger(events(nlp, text), "cooperation")
    assert has(ev.actors, "Iraqi authorities") and not has(ev.targets, "authorities")


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


def test_a_participle_coordinated_with_an_active_verb_is_active(nlp) -> None:  # type: ignore[no-untyped-def]
    # roles 1.48.0: "has interviewed and released one of the two men": the FBI releases
    ev = by_trigger(
        events(nlp, "The agency has questioned and released one of the two men."), "released"
    )
    assert has(ev.actors, "agency") and has(ev.targets, "men")
    ev = by_trigger(events(nlp, "The activist was arrested and given a long sentence."), "arrested")
    assert has(ev.targets, "activist") and not ev.actors


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Riots sparked by the police shooting of a teenager spread to other towns.", "riots"),
        ("Protests triggered by the killing of a student by soldiers went on.", "protests"),
    ],
)
def test_what_sparked_an_act_names_none_of_its_parties(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """The shooting caused the riots: no rioter, no one rioted against (roles 1.52.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert ev.type == "PROTEST" and not ev.actors and not ev.targets


def test_an_act_led_by_people_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Protests led by students spread to other towns."), "protests")
    assert has(ev.actors, "students")


@pytest.mark.parametrize(
    "text",
    [
        "Court records indicate a previous arrest for assault.",
        "Police records show a previous arrest for assault.",
    ],
)
def test_a_record_showing_an_act_names_no_doer(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The records tell of the arrest: no arrester named (roles 1.52.0)."""
    assert not by_trigger(events(nlp, text), "arrest").actors


def test_a_body_holding_an_act_still_does_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The police made an arrest on Monday."), "arrest")
    assert has(ev.actors, "police")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Student protests swept the capital last week.", "student"),
        ("The unrest was the worst since opposition protests in 1974.", "opposition"),
        ("Farmer protests blocked the highway on Monday.", "farmer"),
    ],
)
def test_a_people_noun_modifying_a_protest_noun_is_its_doer(nlp, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "protests")
    assert ev.type == "PROTEST" and has(ev.actors, doer)


def test_a_people_noun_modifying_an_arrest_noun_is_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Student arrests rose sharply last year."), "arrests")
    assert not has(ev.actors, "student")


def test_a_place_noun_modifying_a_protest_noun_is_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Street protests continued for a week."), "protests")
    assert not ev.actors


def test_a_by_phrase_after_the_crime_holding_no_authority_is_no_convicter(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ali was convicted of possession of a firearm by a felon."
    ev = by_trigger(events(nlp, text), "convicted")
    assert has(ev.targets, "Ali") and not has(ev.actors, "felon")


def test_an_authority_after_the_crime_still_convicts(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Ali was convicted of assault by a jury."), "convicted")
    assert has(ev.actors, "jury") and has(ev.targets, "Ali")


def test_an_authority_hung_on_the_crime_of_a_charge_is_no_doer_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She was charged with the murder of a guard by prosecutors."
    ev = by_trigger(events(nlp, text), "murder")
    assert not has(ev.actors, "prosecutors") and has(ev.targets, "guard")


def test_a_by_phrase_on_a_crime_told_alone_is_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The murder of a guard by prisoners shocked the town."
    assert has(by_trigger(events(nlp, text), "murder").actors, "prisoners")


@pytest.mark.parametrize(
    "text",
    [
        "The activist died as a result of torture.",
        "The activist died in custody as a result of torture.",
        "The detainee suffered as a consequence of torture.",
    ],
)
def test_one_who_dies_as_a_result_of_an_attack_undergoes_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "torture")
    assert ev.targets and (has(ev.targets, "activist") or has(ev.targets, "detainee"))


def test_a_result_phrase_of_another_verb_names_no_victim(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Prices rose as a result of the shelling."), "shelling")
    assert not ev.targets


@pytest.mark.parametrize(
    "text",
    [
        "His relatives attended the arraignment on Monday.",
        "The victim's loved ones attended Tuesday's arraignment.",
    ],
)
def test_who_attends_a_court_session_is_no_party_to_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    assert not [e for e in evs if e.type == "CONSULT"], text
    assert all(not e.actors for e in evs if e.type == "ACCUSE"), text


def test_the_summit_attended_stays_a_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The minister attended the summit in Brussels."), "attended")
    assert ev.type == "CONSULT"


def test_a_past_tense_tagged_as_participle_with_its_own_subject_and_object_is_active(nlp) -> None:  # type: ignore[no-untyped-def]
    # "shot to death his girlfriend": the tagger's VBN with a subject and an object of its
    # own (roles 1.167.0)
    ev = by_trigger(
        events(nlp, "Police say a man shot to death his former wife outside a bar."), "shot"
    )
    assert has(ev.actors, "man") and has(ev.targets, "wife")
