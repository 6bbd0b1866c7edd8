"""Negated, future and hypothetical flags (annotate/events_modality.py) on sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "He says he will let her rule as long as she gives Washington access to gas.",
            "gives",
        ),
        ("The envoy said they could stay so long as the rebels freed the hostages.", "freed"),
        (
            "The rebels will leave the town provided that the army releases the prisoners.",
            "releases",
        ),
        ("The council will vote on condition that the army releases the prisoners.", "releases"),
        ("Norway will send doctors if the parties sign the accord.", "sign"),
        ("The union will strike unless the minister resigns.", "resigns"),
    ],
)
def test_an_act_in_a_condition_is_hypothetical(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """What a condition clause ("as long as", "provided that", "on condition that", "if",
    "unless") states has not happened: it is what the main clause waits for."""
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.hypothetical for e in evs)


def test_an_act_lasting_as_long_as_another_is_real(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The army released the prisoners after the rebels freed the hostages.")
    assert [e.hypothetical for e in evs if e.trigger == "freed"] == [False]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Their struggle to topple the regime continued for years.", "coup"),
        ("The long fight to free the jailed reporters goes on.", "release"),
        ("The fight for his release goes on in the courts.", "release"),
        ("Their battle to win the release of the hostages is not over.", "release"),
    ],
)
def test_an_act_a_struggle_is_for_is_a_goal(nlp, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    """ "a struggle to topple X", "the fight for his release": what a struggle is waged for
    has not happened."""
    evs = [e for e in events(nlp, text) if e.mode == mode]
    assert evs and all(e.hypothetical or e.future for e in evs)


def test_a_fight_over_an_act_does_not_undo_it(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Students started a fight over the arrest of their teacher in May.")
    assert [e.hypothetical for e in evs if e.mode == "arrest"] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Amid growing protests, the governing party called for calm.",
        "During the protests, the bishop urged both sides to talk.",
    ],
)
def test_an_act_in_the_setting_of_a_demand_is_real(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "Amid growing protests, X called for calm": the protests are the setting of the call,
    not what it asks for; they are happening."""
    evs = [e for e in events(nlp, text) if e.type == "PROTEST"]
    assert evs and not any(e.hypothetical or e.future for e in evs)


def _flagged(nlp, text: str, trigger: str) -> bool:  # type: ignore[no-untyped-def]
    (ev,) = [e for e in events(nlp, text) if e.trigger == trigger]
    return ev.hypothetical or ev.future or ev.negated


def test_a_predicate_coordinated_with_an_accusation_or_a_demand_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _flagged(nlp, "Police accused the mayor of fraud and arrested him.", "arrested")
    assert not _flagged(nlp, "Farmers demanded new prices and blocked the road.", "blocked")
    # a coordinated complement of a plan is still planned
    assert _flagged(nlp, "The army plans to arrest and jail the rebels.", "jail")


def test_a_further_item_of_a_list_of_charges_is_alleged(nlp) -> None:  # type: ignore[no-untyped-def]
    """The parser hangs the second gerund of "charge him with X-ing, Y-ing" on the verb: a
    charge or an accusation keeps it alleged (the lead's ruling of the thirty-fifth session,
    as revised), and the accused does it."""
    text = (
        "Prosecutors charged the judge with taking bribes, forging records, inciting "
        "disobedience of the courts and perjury."
    )
    assert _flagged(nlp, text, "disobedience")
    text = "Police charged the men with smuggling arms, bribing officials and kidnapping a judge."
    assert _flagged(nlp, text, "kidnapping")
    text = "Police accused the men of smuggling weapons, bribing officials and kidnapping a judge."
    assert _flagged(nlp, text, "kidnapping")
    (kidnap,) = [e for e in events(nlp, text) if e.trigger == "kidnapping"]
    assert [a.text for a in kidnap.actors] == ["men"]


@pytest.mark.parametrize(
    ("text", "trigger", "awaited"),
    [
        (
            "The court will hold the sanctions until the government releases the monks.",
            "releases",
            True,
        ),
        ("Rebels vowed to fight until the army withdraws from the valley.", "withdraws", True),
        ("He was held in the fort until the army released him in 2019.", "released", False),
    ],
)
def test_an_act_a_main_clause_waits_until_is_awaited(
    nlp, text: str, trigger: str, awaited: bool
) -> None:  # type: ignore[no-untyped-def]
    """ "until" with a clause not in the past tells what has not happened yet; with one in
    the past ("held until the army released him"), it happened."""
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.future == awaited for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger", "ruled_out"),
    [
        ("The minister said lifting the embargo on Cuba was out of the question.", "lifting", True),
        ("A withdrawal of our troops is not an option, the general said.", "withdrawal", True),
        ("Talks with the kidnappers are now off the table.", "Talks", True),
        ("Lifting the embargo on Cuba is a priority for the new cabinet.", "Lifting", False),
        ("Talks with the kidnappers are on the agenda.", "Talks", False),
    ],
)
def test_a_predicate_ruling_out_its_subject_negates_it(
    nlp, text: str, trigger: str, ruled_out: bool
) -> None:  # type: ignore[no-untyped-def]
    """ "lifting the embargo is out of the question", "talks are off the table": the act is
    ruled out (negated, so a cooperative act codes as refused, REJECT); a predicate that
    does not rule it out leaves it as it is."""
    from chronicler.annotate.events import plover_coding

    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.negated == ruled_out for e in evs)
    assert (plover_coding(evs[0]) == "REJECT") == ruled_out


@pytest.mark.parametrize(
    ("text", "obliged"),
    [
        ("The agency said the army must lift the checkpoints to allow convoys through.", True),
        ("The army lifted the checkpoints to allow convoys through.", False),
        ("The envoy said the rebels would free hostages to allow talks to start.", False),
    ],
)
def test_the_purpose_of_an_obligation_is_obliged_with_it(nlp, text: str, obliged: bool) -> None:  # type: ignore[no-untyped-def]
    """ "must lift the checkpoints to allow convoys through": what the obligation is for is
    obliged too (modal "must": a request put on the army when reported); a purpose of a
    plain act or of an announced one carries no obligation."""
    from chronicler.annotate.events import plover_coding

    ev = next(e for e in events(nlp, text) if e.trigger == "allow")
    assert (("modal", "must") in ev.attributes) == obliged
    assert (plover_coding(ev) == "REQUEST") == obliged


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        ("Border guards were able to arrest two smugglers near the bridge.", "arrest", False),
        ("The police was able to detain the gunman within an hour.", "detain", False),
        ("The police will be able to detain the gunman soon.", "detain", True),
        ("The rebels are able to seize the airport at any moment.", "seize", True),
    ],
)
def test_an_ability_told_in_the_past_is_an_act_done(
    nlp, text: str, trigger: str, future: bool
) -> None:  # type: ignore[no-untyped-def]
    """ "were able to arrest" tells the arrest made; a present or future ability does not."""
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert [e.future for e in evs] == [future]


def test_a_coordinated_predicate_with_its_own_tense_keeps_its_mood(nlp) -> None:  # type: ignore[no-untyped-def]
    """The "would" of the first predicate is not the second's, which has its own auxiliary;
    a bare coordinated verb still shares it."""
    text = "The party said it would not join the cabinet and was negotiating with the unions."
    own = events(nlp, text)
    assert [e.hypothetical for e in own if e.trigger.startswith("negotiating")] == [False]
    shared = events(nlp, "The rebels said they would free the hostages and return the town.")
    # (a "would" reported in the past is the future of then: modality 1.105.0)
    assert all(e.future and not e.hypothetical for e in shared if e.trigger.startswith("free"))
    assert all(e.future for e in shared if e.trigger.startswith("return"))
    cond = events(nlp, "The rebels said they would free the hostages if the army withdrew.")
    assert all(e.hypothetical for e in cond if e.trigger.startswith("free"))


def test_being_wary_of_an_act_doubts_it(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The ministry is wary of offering concessions to the strikers.")
    assert [e.hypothetical for e in evs if e.trigger == "offering"] == [True]


# --- howto14: an infinitive a question word opens is no act done ---


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The cabinet weighed whether to expel the envoy.", "expel"),
        ("The militants were taught how to ambush convoys.", "ambush"),
    ],
)
def test_a_question_word_infinitive_is_not_done(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _flagged(nlp, text, trigger)


def test_a_question_word_clause_with_a_tense_tells_an_act(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _flagged(nlp, "The envoy explained how the army freed the hostages.", "freed")


# --- prec17: a bare act noun only talked of, and a need for an act, are not done ---


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The envoy said he had talked to the ministers about prosecutions.", "prosecutions"),
        ("The minister discussed sanctions with the visiting delegation.", "sanctions"),
        ("The minister stressed the need for the army to withdraw from the border.", "withdraw"),
    ],
)
def test_an_act_only_talked_of_or_needed_is_not_done(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _flagged(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ministers discussed the arrest of the editor.", "arrest"),
        ("Police opened investigations into the killings.", "investigations"),
    ],
)
def test_a_given_act_talked_of_or_told_keeps_its_mood(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _flagged(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an inverted condition, and what its infinitive is for
        ("Had the guards opened fire, the riot would not have ended.", "opened fire"),
        ("Had the police arrested him, the riot would not have happened.", "arrested"),
        ("Were the government to free the prisoners, the strike would end.", "free"),
        (
            "Five senators will sit as jurors in the trial should the House vote to impeach"
            " the president.",
            "impeach",
        ),
        # a for-to clause hung beside what an appeal asks
        (
            "The UK has urged an end to the violence and for all sides to engage in"
            " meaningful political dialogue.",
            "dialogue",
        ),
        ("The envoy urged restraint and for both sides to return to negotiations.", "negotiations"),
        # an ability or capacity to act
        ("The tariffs have complicated the envoy's ability to get a final deal.", "deal"),
        ("The government lacks the capacity to arrest the smugglers.", "arrest"),
    ],
)
def test_conditions_appeals_and_abilities_are_hypothetical(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.hypothetical for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The police arrested him after he had attacked the guards.", "attacked"),
        ("The rebels had seized the town, the army said.", "seized"),
        ("Transit officers were able to apprehend a suspect.", "apprehend"),
        ("He said the rebels had freed the hostages on Monday.", "freed"),
    ],
)
def test_acts_done_stay_real(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert not any(e.hypothetical for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The country balked at agreements that could bring more tariffs.", "agreements"),
        ("The union balked at a deal with the employers.", "deal"),
    ],
)
def test_what_a_party_balks_at_is_not_done(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.negated for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        # a subject that names no one negates the act (modality 1.39.0)
        ("Nobody was injured in the attack.", "injured", True),
        ("No-one has been injured.", "injured", True),
        ("No one was arrested after the march.", "arrested", True),
        ("None of the protesters were detained.", "detained", True),
        ("Police arrested one of the protesters.", "arrested", False),
        ("No sooner had they arrived than the police arrested them.", "arrested", False),
    ],
)
def test_a_subject_naming_no_one_negates_the_act(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, negated: bool
) -> None:
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.negated is negated for e in evs)


def test_a_negative_subject_does_not_negate_a_phrase_of_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, "Nobody was injured in the blast.") if e.trigger == "blast"]
    assert evs and not any(e.negated for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an infinitive the parser hangs as a relative clause on a noun of asking
        ("The prime minister has dismissed calls to quit.", "quit"),
        ("The general ignored demands to withdraw his troops.", "withdraw"),
    ],
)
def test_an_infinitive_on_a_noun_of_asking_is_not_done(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.hypothetical for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        # through "with" a verb of intent shares a view on an act, no act to come
        ('"I agree with the strikes," the teacher said.', "strikes", False),
        ("The minister said he agreed with the sanctions imposed on Iran.", "sanctions", False),
        ("The government agreed to lift the sanctions.", "lift", True),
    ],
)
def test_agreeing_with_an_act_is_no_intent(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, future: bool
) -> None:
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.future is future for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger", "flag", "expected"),
    [
        # a setting phrase or a coordinated clause with its own subject is out of reach of
        # the governors above it (modality 1.39.0)
        (
            "Demonstrators tried to storm parliament during the general strike.",
            "strike",
            "hypothetical",
            False,
        ),
        (
            "Demonstrators tried to storm parliament during the general strike.",
            "storm",
            "hypothetical",
            True,
        ),
        (
            "Two officers prepared to go before a magistrate and riot police fired teargas at "
            "demonstrators.",
            "fired teargas at",
            "future",
            False,
        ),
        (
            "The government plans to free the prisoners and release the hostages.",
            "release",
            "future",
            True,
        ),
    ],
)
def test_a_setting_or_a_clause_of_its_own_keeps_its_mood(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, flag: str, expected: bool
) -> None:
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(getattr(e, flag) is expected for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        # a definite act a planning verb in the past takes was done (modality 1.38.0)
        ("Officials said a militant cell planned the bombings.", "bombings", False),
        ("Investigators believe the colonel had prepared the raid.", "raid", False),
        ("The rebels planned an attack on the base.", "attack", True),
        ("The rebels will plan the attack carefully.", "attack", True),
        # an act in the phrase of a suspect or a victim is that person's background
        ("Police are seeking a man as a suspect in the shooting.", "shooting", False),
        ("The rebels plan to free the hostages.", "free", True),
    ],
)
def test_a_planned_act_recalled_or_ahead(nlp, text: str, trigger: str, future: bool) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.future == future for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # going on with an act under way (modality 1.38.1)
        ("Investigators pushed ahead with their inquiry into the killings.", "inquiry", False),
        ("The army pressed on with the offensive.", "offensive", False),
        ("The opposition pushed for an inquiry into the killings.", "inquiry", True),
    ],
)
def test_going_on_with_an_act(nlp, text: str, trigger: str, hypothetical: bool) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.hypothetical == hypothetical for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # a definite crime in the "in" phrase of a case verb happened (modality 1.41.0)
        ("A janitor was charged in the 1971 stabbings of three guards.", "stabbings", False),
        # (with no date of its own, the act of those indicted is alleged: the lead's ruling of
        # the 35th session, 1.119.0; the date is the indictment's)
        ("Two men were indicted in the embassy bombing last year.", "bombing", True),
        ("Nobody was indicted in the embassy bombing.", "bombing", False),
        ("The guard was charged with murdering an inmate.", "murdering", True),
        # a noun whose phrase names an act as given
        ("Reporters tried to learn details of the raid.", "raid", False),
        ("The senators demanded an investigation into the killings.", "killings", False),
        ("The senators demanded an investigation into the killings.", "investigation", True),
        # a "following" phrase is the setting of the verb it hangs on
        ("Following his arrest in Lima, the judge ordered him held.", "arrest", False),
        ("The judge ordered his arrest on Monday.", "arrest", False),
    ],
)
def test_a_given_act_out_of_reach(nlp, text: str, trigger: str, hypothetical: bool) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.hypothetical == hypothetical for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # an act called needed is not done (modality 1.41.1)
        ("The release and the return of the hostages are essential.", "release", True),
        ("The ceasefire and the release of the hostages are essential.", "release", True),
        ("Talks with the rebels are necessary, the envoy said.", "Talks", True),
        ("The protest and the strike were peaceful.", "strike", False),
        # what a reward is offered for has not happened
        ("A bounty for the capture of the rebel leader was raised.", "capture", True),
        ("The police announced the capture of the rebel leader.", "capture", False),
    ],
)
def test_an_act_called_needed_or_rewarded(nlp, text: str, trigger: str, hypothetical: bool) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert all(e.hypothetical == hypothetical for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The mayor declined to say whether the city had received any threats.", "threats"),
        ("The spokesman refused to say if police had arrested the driver.", "arrested"),
    ],
)
def test_refusing_to_tell_leaves_the_question_open(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """A refusal above an indirect question refuses the telling: the act is open, not denied
    (modality 1.42.0)."""
    event = by_trigger(events(nlp, text), trigger)
    assert event.hypothetical and not event.negated


def test_refusing_an_act_still_negates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "The rebels refused to free the hostages."), "free")
    assert event.negated


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        # "commit" with an object of its own tells an act done, no intent (modality 1.43.0)
        ("The governor committed suicide after being arrested by the police.", "arrested", False),
        ("The militia committed the massacre after the army withdrew.", "withdrew", False),
        # through "to" it is a commitment to an act to come
        ("The rebels committed to withdraw from the town.", "withdraw", True),
        ("The government has committed itself to talks with the rebels.", "talks", True),
    ],
)
def test_commit_announces_only_through_to(nlp, text: str, trigger: str, future: bool) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).future == future


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        # the act a verb of escaping takes as its object did not happen (modality 1.43.0)
        ("His lawyers helped him escape trial for a decade.", "trial", True),
        ("The gunman dodged arrest for years.", "arrest", True),
        ("The former minister evaded prosecution by fleeing abroad.", "prosecution", True),
        # only its object: an act in a phrase of it stays real
        ("The prisoners escaped during the riot that followed the arrest.", "arrest", False),
    ],
)
def test_an_act_escaped_did_not_happen(nlp, text: str, trigger: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).negated == negated


@pytest.mark.parametrize(
    ("text", "trigger", "negated", "future"),
    [
        # a causing verb's polarity and tense reach the clause it causes (modality 1.43.0)
        ("The attacks will not cause the government to back down.", "back down", True, True),
        (
            "The sanctions did not cause the army to withdraw from the border.",
            "withdraw",
            True,
            False,
        ),
        # a clause of saying with its own subject keeps its own mood
        (
            "The envoy did not say the army had withdrawn from the border.",
            "withdrawn",
            False,
            False,
        ),
    ],
)
def test_a_caused_act_shares_the_causing_verb_mood(
    nlp, text: str, trigger: str, negated: bool, future: bool
) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert (event.negated, event.future) == (negated, future)


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # "would not" in a clause of time or cause under a past verb: a refusal that happened
        # (modality 1.43.0)
        (
            "The crowd started throwing stones when the guards would not free the boy.",
            "free",
            False,
        ),
        ("The talks collapsed because the militia would not disarm.", "disarm", False),
        # conditional, it stays open; reported in the past, it is the future of then
        # (modality 1.105.0)
        ("The rebels said the army would not release the prisoners.", "release", False),
        ("If the guards would not free the boy, the crowd would riot.", "free", True),
    ],
)
def test_would_not_in_a_past_clause_is_a_refusal(
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert event.negated and event.hypothetical == hypothetical
    assert event.future == text.startswith("The rebels said")


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        # a proceeding someone faces, told in the present, is still to come (modality 1.43.0)
        ("The suspect faces arraignment in the district court on Wednesday.", "arraignment", True),
        ("The former president is facing extradition to Peru.", "extradition", True),
        # told in the past it was held
        ("He faced trial in 1990 for fraud.", "trial", False),
        # and so is one awaited (modality 1.70.1)
        ("Another suspect is awaiting extradition from Britain.", "extradition", True),
        ("He awaited trial for two years before he was freed.", "trial", False),
    ],
)
def test_a_proceeding_faced_is_still_to_come(nlp, text: str, trigger: str, future: bool) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).future == future


@pytest.mark.parametrize(
    ("text", "trigger", "flags"),
    [
        # what an "after"/"before" phrase holds is neither alleged nor denied with the verb
        # over it (modality 1.43.2)
        (
            "Prosecutors accused the colonel of treason after a coup attempt against the king.",
            "coup",
            (False, False, False),
        ),
        (
            "Police did not detain anyone after clashes with students.",
            "clashes",
            (False, False, False),
        ),
        # one to come stays to come
        (
            "The army will withdraw its troops after talks with the rebels.",
            "talks",
            (False, True, False),
        ),
    ],
)
def test_an_after_phrase_is_no_part_of_what_is_alleged_or_denied(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, flags: tuple[bool, bool, bool]
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.negated, ev.future, ev.hypothetical) == flags


def _flags(nlp, text: str, trigger: str) -> tuple[bool, bool, bool]:  # type: ignore[no-untyped-def]
    e = by_trigger(events(nlp, text), trigger)
    return e.negated, e.future, e.hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The court neither approves nor rejects the decision of the ministry.", "approves"),
        ("The army neither attacked the town nor arrested the mayor.", "attacked"),
        ("The army neither attacked the town nor arrested the mayor.", "arrested"),
        ("Neither the army nor the police arrested the mayor.", "arrested"),
        ("The rebels did not attack the town, nor did they arrest the mayor.", "arrest"),
    ],
)
def test_neither_and_nor_deny_their_predicates(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """ "neither ... nor" denies both predicates, a predicate after "nor" is denied as the
    one before it, and a subject opened by "neither" did nothing (modality 1.44.0)."""
    assert _flags(nlp, text, trigger)[0]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army attacked the town and arrested the mayor.", "arrested"),
        ("The rebels attacked the town or arrested the mayor.", "arrested"),
    ],
)
def test_and_or_leave_a_predicate_asserted(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp, text, trigger) == (False, False, False)


@pytest.mark.parametrize(
    ("text", "trigger", "flags"),
    [
        ("The prisoners will not be released until the ransom is paid.", "released", (0, 1, 0)),
        ("He was not released until 1990.", "released", (0, 0, 0)),
        ("The army did not withdraw until the rebels disarmed.", "withdraw", (0, 0, 0)),
        (
            "Inspections are not expected to start until the procedures are agreed.",
            "inspect",
            (0, 1, 0),
        ),
        ("The army did not withdraw from the town.", "withdraw", (1, 0, 0)),
    ],
)
def test_not_until_tells_when_not_whether(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, flags: tuple[int, int, int]
) -> None:
    """ "not ... until" tells when the act happens, not that it does not: done later, still
    ahead unless told in the past (modality 1.44.0)."""
    assert _flags(nlp, text, trigger) == tuple(bool(f) for f in flags)


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("Talks are expected to begin next week.", (0, 1, 0)),
        ("The talks will resume in Geneva.", (0, 1, 0)),
        ("The strike could resume next week.", (0, 0, 1)),
        ("The talks began on Monday in Geneva.", (0, 0, 0)),
    ],
)
def test_an_act_that_begins_is_told_in_the_mood_of_its_beginning(  # type: ignore[no-untyped-def]
    nlp, text: str, flags: tuple[int, int, int]
) -> None:
    """An event noun subject of a verb of beginning or taking place, or of the infinitive a
    raising verb takes ("are expected to begin"), is told in that verb's mood."""
    e = next(e for e in events(nlp, text) if e.trigger.lower() in ("talks", "strike"))
    assert (e.negated, e.future, e.hypothetical) == tuple(bool(f) for f in flags)


@pytest.mark.parametrize(
    ("text", "trigger", "flags"),
    [
        (
            "The court said it will postpone a ruling on the lawsuit launched by the union.",
            "lawsuit",
            (0, 0, 0),
        ),
        ("The union will not drop the lawsuit filed against the ministry.", "lawsuit", (0, 0, 0)),
        ("The council will discuss the accord signed by the two presidents.", "signed", (0, 0, 0)),
        ("The union will not file a lawsuit against the ministry.", "file", (1, 1, 0)),
    ],
)
def test_an_act_a_participle_tells_made_is_given(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, flags: tuple[int, int, int]
) -> None:
    """An event noun a past participle tells made ("the lawsuit launched by X") is a given
    act, out of reach of the verbs over it; an act with no such participle is not."""
    assert _flags(nlp, text, trigger) == tuple(bool(f) for f in flags)


def test_a_label_read_as_an_apposition_is_a_label(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "called the period ``another concession''": the label the parser reads as the
    object's apposition is what the act is called, not an act told (hypothetical)."""
    text = "The government called the waiting period ``another concession to the exiles''."
    assert _flags(nlp, text, "concession")[2]
    text = "The court convicted the officer, the third conviction this year."
    assert not _flags(nlp, text, "conviction")[2]


@pytest.mark.parametrize(
    ("text", "trigger", "flags"),
    [
        (
            "We will not lend our police to assist the government to deport the boy.",
            "assist",
            (0, 1, 1),
        ),
        ("The army will send troops to protect the villages.", "protect", (0, 1, 0)),
        ("The army did not send troops to protect the villages.", "protect", (0, 0, 1)),
        ("The army sent troops to protect the villages.", "protect", (0, 0, 0)),
        ("Police stormed the building to arrest the gunman.", "arrest", (0, 0, 0)),
    ],
)
def test_what_an_act_not_done_is_for_is_not_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, flags: tuple[int, int, int]
) -> None:
    """A purpose infinitive of an act still ahead is ahead with it, and of an act denied or
    conditional is only an aim (hypothetical); of an act done it stays as told."""
    assert _flags(nlp, text, trigger) == tuple(bool(f) for f in flags)


def test_a_denial_of_a_noun_leaves_the_act_it_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "neither approves nor disapproves the decision to reject the applications": what is
    denied is the approval of the decision, not the rejection it names."""
    text = "The court neither approves nor disapproves the decision to reject the applications."
    assert not _flags(nlp, text, "reject")[0]
    assert _flags(nlp, "The rebels did not agree to release the hostages.", "release")[0]


def test_a_given_act_in_a_purpose_stays_given(nlp) -> None:  # type: ignore[no-untyped-def]
    """A definite act noun in a purpose infinitive is a given act ("to indicate the time of
    the meeting"), and a hedge on when an act occurred is no doubt that it did."""
    text = "If he needed to talk, he would circle a page to indicate the time of the meeting."
    assert _flags(nlp, text, "meeting") == (False, False, False)
    text = "Police say a stabbing that killed a passenger may have occurred after a theft."
    assert _flags(nlp, text, "stabbing") == (False, False, False)


def test_a_condition_still_takes_an_after_phrase_into_its_scenario(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "if he had turned away after being struck": the blow is part of what is supposed,
    no fact (modality 1.44.2; 1.43.2 had let it out with the negations)."""
    text = "The report might show if the guard had turned away after being struck from behind."
    ev = by_trigger(events(nlp, text), "struck")
    assert ev.future or ev.hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # a right or a fitness to act tells no act done, as an ability (modality 1.47.0); a
        # right given or won drops its act altogether (events_filters.norm_content, 1.243.0)
        ("Nurses have the right to refuse to treat patients.", "refuse", True),
        ("The union says it has the right to protest outside the ministry.", "protest", True),
        ("Doctors questioned the prisoner's competence to stand trial.", "stand", True),
        # "right" as an adverb or a direction names no right
        ("Police arrested him right after the protest.", "arrested", False),
    ],
)
def test_a_right_to_act_is_no_act_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert _flags(nlp, text, trigger)[2] == hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        # an event noun planned or scheduled, told in the present, is to come (1.47.0)
        ("More demonstrations are planned for Monday outside parliament.", "demonstrations", True),
        ("Talks are scheduled for next week in Geneva.", "talks", True),
        ("A general strike has been planned for Thursday.", "strike", True),
        ("New talks will be scheduled after the vote.", "talks", True),
        # planned in the past: it may well have been done
        ("The attack was planned by a cell in Hamburg.", "attack", False),
        ("The protest was planned weeks in advance.", "protest", False),
    ],
)
def test_an_act_planned_in_the_present_is_to_come(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, future: bool
) -> None:
    assert _flags(nlp, text, trigger)[1] == future


def test_a_definite_act_after_a_modal_clause_is_recalled(nlp) -> None:  # type: ignore[no-untyped-def]
    """A definite or owned act noun in an "after"/"before" phrase recalls a happening: the
    modal over the phrase does not make it hypothetical (modality 1.45.0), while a verb
    there is still in the scenario and a tense to come still reaches the phrase."""
    text = "The envoy may have left the city after the shelling of the town."
    assert [e.hypothetical for e in events(nlp, text) if e.trigger == "shelling"] == [False]
    struck = "If he had twisted away after being struck, he would have lived."
    assert by_trigger(events(nlp, struck), "struck").hypothetical
    assert by_trigger(events(nlp, "The army will free him after the vote."), "free").future


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        (
            "A task force is investigating the similarities between the attack on the judge "
            "and four others.",
            "attack",
            False,
        ),
        ("Police are probing the bombing of the embassy.", "bombing", False),
        ("Police are investigating whether he attacked the guard.", "attacked", True),
    ],
)
def test_a_definite_act_looked_into_is_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    """A definite act in the object of a verb of inquiry is the one looked into, done; an
    act a question asks about is not (modality 1.45.0)."""
    assert by_trigger(events(nlp, text), trigger).hypothetical is hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The government is offering a reward of up to $5 million for information that "
            "leads to the arrest and conviction of the bomber.",
            "conviction",
        ),
        (
            "Police offered a bounty for information that leads to the capture of the gunman.",
            "capture",
        ),
        # a participle past the amount's "of up to" (modality 1.62.0)
        (
            "The minister hung a poster advertising a reward of up to 2 million dollars for "
            "information leading to the kidnappers' arrest.",
            "arrest",
        ),
        (
            "Posters promise a bounty of 50,000 pounds for information leading to the capture "
            "of the gunman.",
            "capture",
        ),
    ],
)
def test_a_rewards_terms_are_hypothetical(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """What the relative clause on a reward's "for"-object leads to has not happened
    (modality 1.45.0)."""
    assert by_trigger(events(nlp, text), trigger).hypothetical


def test_a_first_person_wish_performs_a_speech_act(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "I want to thank X" thanks X in the telling; a third person's wish stays to come
    (modality 1.45.0)."""
    thanks = by_trigger(events(nlp, 'He said, "I want to thank the American people."'), "thank")
    assert not thanks.future and not thanks.hypothetical
    liked = by_trigger(
        events(nlp, '"We would like to congratulate the new government."'), "congratulate"
    )
    assert not liked.future and not liked.hypothetical
    assert by_trigger(
        events(nlp, "The senator wants to thank the voters next week."), "thank"
    ).future


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The rebels had no option but to surrender.", "surrender"),
        ("The fighters had no choice but to withdraw from the town.", "withdraw"),
        ("The demonstrators had no option but to come out and surrender.", "surrender"),
        ("The government has no alternative but to negotiate with the unions.", "negotiate"),
    ],
)
def test_an_act_left_as_the_only_choice_is_still_to_come(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """ "had no option but to X": forced, not yet done, and not denied (modality 1.48.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert ev.hypothetical and not ev.negated


def test_an_act_chosen_or_denied_keeps_its_mood(nlp) -> None:  # type: ignore[no-untyped-def]
    chosen = by_trigger(events(nlp, "The rebels chose to surrender on Monday."), "surrender")
    assert not chosen.hypothetical and not chosen.negated
    assert by_trigger(
        events(nlp, "The fighters did not withdraw from the town."), "withdraw"
    ).negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He warned that the police arrested dozens of protesters.", "arrested"),
        ("He warned that the police had arrested dozens of protesters.", "arrested"),
        ("She agreed that the general was released on Monday.", "released"),
        (
            "Many businesses agree that China has cheated and support the president's efforts.",
            "support",
        ),
    ],
)
def test_an_act_an_intent_verb_reports_as_done_is_no_act_to_come(
    nlp, text: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    """A "that" clause in the past or a perfect tense under an intent verb ("agree", "warn")
    reports what was done: no future flag, no statement of intent announcing it."""
    evs = events(nlp, text)
    act = by_trigger(evs, trigger)
    assert not act.future and not act.hypothetical
    assert not [e for e in evs if e.type in ("THREATEN", "AGREE")], [
        (e.trigger, e.type) for e in evs
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "statement"),
    [
        ("The minister agreed that the prisoners would be released.", "released", "AGREE"),
        ("The rebels threatened that they will attack the city.", "attack", "THREATEN"),
        ("The general warned that his soldiers'll storm the port.", "storm", "THREATEN"),
    ],
)
def test_an_act_an_intent_verb_announces_stays_to_come(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, statement: str
) -> None:
    evs = events(nlp, text)
    assert by_trigger(evs, trigger).future
    assert statement in {e.type for e in evs}


@pytest.mark.parametrize(
    "text",
    [
        "The sides could not reschedule a meeting that was canceled because of domestic protests.",
        "The summit was canceled due to the protests.",
        "The ministers refused to meet because of the protests.",
    ],
)
def test_a_cause_of_a_denied_or_cancelled_act_happened(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    protest = by_trigger(events(nlp, text), "protests")
    assert not (protest.negated or protest.hypothetical or protest.future)


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        (
            "Mr. Trump has said that a deal signing would take place in farm country.",
            "signing",
            True,
        ),
        ("The talks will take place in Geneva.", "talks", True),
        ("The strike will happen next week.", "strike", True),
        ("The talks took place in Geneva.", "talks", False),
        ("The attack may have occurred after midnight.", "attack", False),
        ("They are reluctant to meet until a deal is finalized.", "deal", True),
        ("The strike lasted until the agreement was signed.", "strike", False),
    ],
)
def test_an_act_that_will_take_place_or_is_awaited_is_still_to_come(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, future: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).future is future


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # a bare "be" in a "that"-clause is a mandative subjunctive, also where the parser
        # makes the clause the root (modality 1.51.0)
        ("A jury recommended on April 3 that Orozco be executed .", "executed", True),
        ("The prosecutor demanded that the rebels be executed.", "executed", True),
        ("Police said on Monday that the rebels were executed .", "executed", False),
    ],
)
def test_a_subjunctive_clause_is_called_for(
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).hypothetical is hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        ("Any final agreement on this matter needs to be made with her team.", "agreement", True),
        ("A deal has to be struck by Friday.", "deal", True),
        ("The talks had been held in Geneva.", "talks", False),
    ],
)
def test_an_act_that_needs_to_be_done_is_called_for(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical is hypothetical


def test_a_deal_that_needs_to_be_struck_is_no_blow(nlp) -> None:  # type: ignore[no-untyped-def]
    """The subject a passive infinitive is said of is its object: "strike a deal" is no
    ASSAULT, passive or active."""
    assert not [e for e in events(nlp, "A deal needs to be struck soon.") if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police believe the rifle may have been buried in advance of the shooting.", "shooting"),
        ("The gun may have been hidden in the car ahead of the attack.", "attack"),
        ("Investigators say the car could have been stolen prior to the bombing.", "bombing"),
    ],
)
def test_a_definite_act_ordered_by_a_multiword_preposition_happened(
    nlp,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    """ "in advance of", "ahead of", "prior to" order an act as "before" does: a definite act
    noun there is out of the modal's scenario (modality 1.49.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.hypothetical and not ev.negated and not ev.future


def test_an_act_to_come_ahead_of_another_stays_to_come(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The army will deploy troops ahead of the vote."), "deploy")
    assert ev.future


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A police official denied a newspaper report that more arrests had been made.",
            "arrests",
        ),
        ("The ministry denied reports that the army had shelled the village.", "shelled"),
    ],
)
def test_what_a_denied_report_tells_is_denied(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """A participle clause with its own "that" or tense auxiliary is the noun's content, in
    reach of the denial over the noun (modality 1.49.0)."""
    assert by_trigger(events(nlp, text), trigger).negated


def test_a_confirmed_report_and_a_reduced_relative_keep_their_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    confirmed = by_trigger(
        events(nlp, "The ministry confirmed reports that the army had shelled the village."),
        "shelled",
    )
    assert not confirmed.negated and not confirmed.hypothetical
    convicted = by_trigger(
        events(nlp, "The government refused to free 50 people convicted of treason."),
        "convicted",
    )
    assert not convicted.negated


@pytest.mark.parametrize(
    ("text", "trigger", "negated", "hypothetical"),
    [
        # an act one has or lacks the will, means or resolve to do is not done; "lack" also
        # denies it (modality 1.56.0)
        ("The junta has the resolve to crush the strikes.", "crush", False, True),
        ("The army had the will to attack the capital.", "attack", False, True),
        ("The police lack the means to arrest the smugglers.", "arrest", True, True),
        ("Beijing has no incentive to sign the accord.", "sign", False, True),
        ("The army attacked the capital to crush the strikes.", "crush", False, False),
    ],
)
def test_an_act_one_has_the_will_or_means_to_do_is_not_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, negated: bool, hypothetical: bool
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.negated, ev.hypothetical) == (negated, hypothetical)


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        # the content clause of a denied report is denied, as a denied "that"-clause is
        ("The ministry denied a report that more protesters had been detained.", "detained", True),
        ("Officials dismissed claims that soldiers were killed.", "killed", True),
        ("The ministry confirmed a report that protesters had been detained.", "detained", False),
        # a relative clause on the noun is no content of it
        (
            "The ministry denied the report that was published by the soldiers who were killed.",
            "killed",
            False,
        ),
    ],
)
def test_a_denied_report_denies_its_content(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, negated: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).negated is negated


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # the subject of a bare participle clause is what the verb over it acts on
        ("Both parties are under new pressure to get the treaty signed.", "treaty", True),
        ("The envoy lost an incentive to get the treaty signed.", "treaty", True),
        ("The sides got the truce signed in May.", "truce", False),
    ],
)
def test_an_act_pressure_is_to_get_done_is_called_for(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical is hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "negated", "hypothetical"),
    [
        ("A truce has remained out of reach.", "truce", True, False),
        ("A ceasefire seems elusive.", "ceasefire", True, False),
        ("A breakthrough in the peace accord stayed just out of reach.", "accord", False, True),
        ("A truce remained in force.", "truce", False, False),
    ],
)
def test_an_act_out_of_reach_is_not_made(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, negated: bool, hypothetical: bool
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.negated, ev.hypothetical) == (negated, hypothetical)


def test_an_act_told_as_going_on_in_an_as_clause_is_real(nlp) -> None:  # type: ignore[no-untyped-def]
    """An "as" the parser reads as a preposition before a subject and its verb opens a clause
    of time: the modal of the clause beside it does not reach what it holds."""
    text = (
        "Officials said Egypt would shut the crossing to most Gaza trade as the naval "
        "blockade on goods to Gaza continued unabated."
    )
    assert by_trigger(events(nlp, text), "blockade").hypothetical is False


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # the content "that"-clause of a concern, a fear or an allegation is claimed, also
        # where the parser hangs it as a relative clause (modality 1.56.0)
        ("Critics raised concerns that the police are detaining journalists.", "detaining", True),
        ("Villagers voiced fears that the militia would burn the crops.", "burn", True),
        ("Critics raised concerns over the detention of the journalists.", "detention", False),
        # what one is encouraged or begged to do is not done yet
        ("The envoy encouraged both sides to sign the accord.", "sign", True),
        ("Both sides signed the accord in May.", "sign", False),
    ],
)
def test_a_feared_or_encouraged_act_is_not_told_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical is hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "negated", "hypothetical"),
    [
        # an act noun told as going on is real, whatever the verbs over it (modality 1.56.0)
        (
            "She urged envoys not to lose sight of the ongoing conflict in Sudan.",
            "conflict",
            False,
            False,
        ),
        ("She urged envoys not to lose sight of a conflict in Sudan.", "conflict", True, True),
    ],
)
def test_an_act_told_as_ongoing_is_real(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, negated: bool, hypothetical: bool
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.negated, ev.hypothetical) == (negated, hypothetical)


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # a wish, a willingness or a readiness to act tells no act done (modality 1.57.0)
        ("The rebels expressed a desire to negotiate with the government.", "negotiate", True),
        ("Iran signalled its willingness to release the sailors.", "release", True),
        ("The junta announced its readiness to withdraw its troops.", "withdraw", True),
        ("The two sides resumed talks in Geneva on Monday.", "talks", False),
    ],
)
def test_an_act_one_wishes_or_is_willing_to_do_is_not_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical == hypothetical


def test_an_act_a_denied_ceasing_takes_goes_on(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "did not stop shelling", "if they don't stop shelling": the shelling goes on; "stopped
    shelling" ended it, and what "stopped the rebels from shelling it" prevented only might
    have happened (hypothetical since modality 1.152.0, as Spanish "evitar que")."""
    for text in ("The rebels did not stop shelling it.", "Talks fail if they don't stop shelling."):
        ev = by_trigger(events(nlp, text), "shelling")
        assert not ev.negated and not ev.hypothetical, text
    assert by_trigger(events(nlp, "The rebels stopped shelling the town."), "shelling").negated
    prevented = by_trigger(
        events(nlp, "Troops stopped the rebels from shelling the town."), "shelling"
    )
    assert prevented.hypothetical and not prevented.negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebel leaders demanded that the governor abandon his policy of mass arrests.", "arrests"),
        (
            "The envoy said both sides must sign a pact that stops the conflict in the south.",
            "conflict",
        ),
        ("The new cabinet may abandon the policy of mass arrests of students.", "arrests"),
    ],
)
def test_an_act_an_ending_only_asked_or_possible_would_end_goes_on(
    nlp, text: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    """An act a verb of ending takes is under way: while the ending is only asked for,
    possible or in a called-for deal, the act goes on, neither negated nor asked for."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.negated and not ev.hypothetical, text


def test_an_act_an_ending_told_done_or_refused_would_end_is_negated(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The governor abandoned his policy of mass arrests": ended, negated as before."""
    ev = by_trigger(events(nlp, "The governor abandoned his policy of mass arrests."), "arrests")
    assert ev.negated


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # an allegation a court or a jury establishes tells its act done (modality 1.64.0)
        ("The jury found true the allegation that he discharged a handgun.", "discharged", False),
        ("The jury found the allegation that he fired at the deputies true.", "fired", False),
        (
            "The court upheld the allegation that the officer assaulted the prisoner.",
            "assault",
            False,
        ),
        ("The judge sustained the allegation that the soldiers looted the shops.", "looted", False),
        (
            "The allegation that the officer assaulted the prisoner was upheld by the court.",
            "assault",
            False,
        ),
        (
            "Jurors found true the allegations of murder, along with the allegations that he "
            "discharged a handgun.",
            "discharged",
            False,
        ),
        # an allegation made, denied or only to be weighed stays alleged
        ("The jury rejected the allegation that he attacked the guard.", "attacked", True),
        ("The jury may find true the allegation that he discharged a handgun.", "discharged", True),
        ("The prosecutor made the allegation that the officer assaulted him.", "assault", True),
    ],
)
def test_an_allegation_a_court_establishes_tells_its_act_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical == hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # what one looks, waits or hopes for is not done (modality 1.64.0)
        (
            "Those observers looking for a battle between the leaders will be disappointed.",
            "battle",
            True,
        ),
        ("The villagers are waiting for an attack by the rebels.", "attack", True),
        ("The rebels hope for the release of their leader.", "release", True),
        # only the act looked for itself: "the end of the protest" leaves the protest going on
        ("Police waited for the end of the protest before they arrested him.", "protest", False),
        ("The police are looking for the men who attacked the guard.", "attacked", False),
    ],
)
def test_an_act_one_looks_or_waits_for_is_not_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical == hypothetical


def test_hoping_for_an_act_is_no_intent_to_do_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Investors hoping for a ceasefire were disappointed."), "ceasefire")
    assert (ev.hypothetical, ev.future) == (True, False)


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # the content of a ground denied is not asserted (modality 1.64.0)
        ("There is no reason to believe that the rebels attacked the convoy.", "attacked", True),
        ("There is no reason to believe that terrorists plan to strike again.", "strike", True),
        (
            "Officials said there was no evidence that the army shelled the village.",
            "shelled",
            True,
        ),
        (
            "Investigators did not find any evidence that the guards beat the prisoner.",
            "beat",
            True,
        ),
        # a ground found, or a doubt denied, asserts it
        ("There is evidence that the army shelled the village.", "shelled", False),
        ("There is no doubt that the army shelled the village.", "shelled", False),
    ],
)
def test_what_no_ground_is_found_for_is_not_asserted(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical == hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        # what one wants to see done is wished as what one wants to do (modality 1.64.0)
        ("He does not want to see Kenya and Tanzania punished economically.", "punished", True),
        ("The president does not want to see the protesters arrested.", "arrested", True),
        ("The minister wants to see the rebels punished.", "punished", False),
    ],
)
def test_what_one_wants_to_see_is_wished_in_its_polarity(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, negated: bool
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.negated, ev.future) == (negated, True)


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        # a hope about another's act is hypothetical, no intent (modality 1.64.0); its own
        # "will" keeps it ahead
        ("The minister hoped the rebels would release the hostages.", "release", False),
        ("She said she hoped that the talks would resume.", "talks", False),
        ("Officials hope that the army will withdraw from the town.", "withdraw", True),
    ],
)
def test_a_hope_about_another_act_is_hypothetical(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, future: bool
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.hypothetical, ev.future) == (True, future)


def test_a_hope_to_act_stays_an_intent(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "He hopes to free the prisoners next week."), "free")
    assert (ev.hypothetical, ev.future) == (False, True)


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # what an aim, a hope or a plan is said to be is not done (modality 1.64.0)
        ("His biggest hope was to persuade the regulators to block the bid.", "block", True),
        ("Their goal is to topple the government.", "topple", True),
        ("The army's first act was to arrest the mayor.", "arrest", False),
        # the aim of an act told in the past may tell what was done in it
        ("His objective in the meeting was to press the king to close the border.", "press", False),
    ],
)
def test_what_an_aim_is_said_to_be_is_not_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical == hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what one is sought or questioned in connection with happened (modality 1.70.0)
        ("The doctor is being sought for questioning in connection with the murder.", "murder"),
        ("Police want to question him in relation to the bombing of the embassy.", "bombing"),
    ],
)
def test_an_act_one_is_sought_in_connection_with_happened(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _flagged(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a link doubted or denied is no act doubted or denied (modality 1.70.0)
        (
            "He cannot confirm there is any evidence linking the bomb blasts to the militia.",
            "blasts",
        ),
        ("The air raid is not linked with the probe into the bombings.", "bombings"),
        ("The army denied any link to the attack.", "attack"),
        ("The rebels denied involvement in the bombing.", "bombing"),
        ("He denied responsibility for the killings.", "killings"),
    ],
)
def test_an_act_linked_or_disowned_happened(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _flagged(nlp, text, trigger)


def test_an_act_denied_outright_stays_negated(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _flagged(nlp, "The army denied carrying out the attack.", "attack")


def test_a_participle_on_the_named_one_makes_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # modality 1.70.2 / roles 1.43.3: "indicted" describes the man, not the arrest
    text = (
        "The state offers a reward for information that leads to the arrest of Juan Perez,"
        " indicted in the bombings."
    )
    found = events(nlp, text)
    assert by_trigger(found, "arrest").hypothetical
    assert [t.text for t in by_trigger(found, "indicted").targets] == ["Juan Perez"]


@pytest.mark.parametrize(
    "text",
    [
        # a definite crime a case is "for" happened (modality 1.70.3), when no one held is
        # named as its alleged doer (1.119.0)
        "Police announced the arrest of Juan Perez, wanted for the killing of two guards.",
        "No one was arrested for the murder of a policeman.",
    ],
)
def test_a_definite_crime_a_case_is_for_happened(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _flagged(nlp, text, "killing" if "killing" in text else "murder")


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        # what one looks forward to is ahead (modality 1.66.0)
        ("The envoy said she looked forward to visiting Kenya and Tanzania.", "visiting", True),
        ("The minister looks forward to meeting Putin next month.", "meeting", True),
        # looking at an act names no act ahead
        ("He looked at the soldiers who attacked the convoy.", "attacked", False),
    ],
)
def test_what_one_looks_forward_to_is_ahead(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, future: bool
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.future, ev.negated) == (future, False)


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # a for-to clause after a noun of asking, hung on the verb, is asked (modality 1.66.0)
        ("He cited his rights in his calls for his son to be returned to him.", "returned", True),
        ("The opposition ignored calls for the rebels to release the hostages.", "release", True),
        # a for-to clause after a noun of no asking stays as told
        ("He waited in the rain for the soldiers to release the hostages.", "release", False),
    ],
)
def test_a_for_clause_after_a_noun_of_asking_is_asked(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical == hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # an act named as a kind in general is no happening (modality 1.66.0)
        ("China is against such kind of terrorist attacks.", "attacks", True),
        ("The government condemned all forms of terrorist attacks.", "attacks", True),
        ("This type of bombing is rare in the region.", "bombing", True),
        # the same kind of act done is done
        ("Rebels launched the same type of attack on the convoy yesterday.", "attack", False),
    ],
)
def test_an_act_named_as_a_kind_in_general_is_hypothetical(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical == hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "flags"),
    [
        # an act noun told only possible or likely is no act done (modality 1.73.0)
        (
            "The president said he is committed to a possible strike against the rebels.",
            "strike",
            (False, False, True),
        ),
        ("Diplomats warned of a likely attack on the capital.", "attack", (False, True, True)),
        # the result clause of "so ... that" happened as the main clause did
        (
            "The officer was so eager to begin his day that he arrested the first man he saw.",
            "arrested",
            (False, False, False),
        ),
        # the act an organizer or an architect is named for happened
        (
            "He offered a reward for information leading to the capture of Ali, indicted as the"
            " architect of the twin bombings.",
            "bombings",
            (False, False, False),
        ),
        ("Police are seeking the organizer of the protest.", "protest", (False, False, False)),
        # a gerund of causing after an accusation tells a result, no charge
        (
            "She accused her neighbours of poisoning her dog, prompting her to complain to the"
            " police.",
            "complain",
            (False, False, False),
        ),
        # what a verb puts in doubt the fitness or the ability for is not done
        (
            "His illness put his fitness to stand trial in doubt again.",
            "stand trial",
            (False, False, True),
        ),
        # an act in the phrase of "guilty" is the charge: done when guilt is pleaded, alleged
        # and not denied when it is denied (modality 1.73.1)
        ("She pleaded guilty to the bombing of the clinic.", "bombing", (False, False, False)),
        ("He pleaded not guilty to killing the guard.", "killing", (False, False, True)),
        # an "as" clause read as a prepositional phrase is a setting, also where its verb is
        # read as the complement of a "said" above
        (
            "He said the king assured him Jordan would close the port as the embargo on Iraq"
            " continued unabated.",
            "embargo",
            (False, False, False),
        ),
    ],
)
def test_flags_of_round_27_b(nlp, text: str, trigger: str, flags: tuple[bool, bool, bool]) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.negated, ev.future, ev.hypothetical) == flags


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        # a happening noun "instead of" or "rather than" names is replaced (modality 1.78.0)
        (
            "Rather than a clash between two armies, the dispute is a quarrel between cousins.",
            "clash",
            True,
        ),
        ("Instead of an attack on the capital, the rebels negotiated a truce.", "attack", True),
        ("Instead of the president, the vice-president met the rebels.", "met", False),
    ],
)
def test_an_act_instead_of_which_another_is_told_is_replaced(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, negated: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).negated is negated


def test_a_command_is_called_for_not_done(nlp) -> None:  # type: ignore[no-untyped-def]
    # an imperative in a quotation is what the speakers call for (modality 1.79.0)
    ev = by_trigger(events(nlp, "The marchers shouted: 'Release the students!'"), "release")
    assert ev.hypothetical
    ev = by_trigger(events(nlp, "Soldiers released the students on Friday."), "released")
    assert not ev.hypothetical


def test_a_counted_act_a_case_is_in_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    # "charged in three attacks": the attacks are as definite as "the attacks" (1.79.1)
    text = "She is also charged in two Boston bombings, including the 1995 station bombing."
    evs = events(nlp, text)
    assert not by_trigger(evs, "bombings").hypothetical
    assert not by_trigger(evs, "bombing").hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "flags"),
    [
        # a verb of suggesting or insisting over a clause told as done claims (modality 1.74.0)
        (
            "The official suggested Israel was willing to modify its goals in Lebanon.",
            "willing",
            (False, False, False),
        ),
        (
            "The minister insisted that the police had arrested the protesters.",
            "arrested",
            (False, False, False),
        ),
        # ... and asks for what a clause not told as done says
        (
            "The minister suggested that the army withdraw from the village.",
            "withdraw",
            (False, False, True),
        ),
        (
            "The minister insisted that the police release the protesters.",
            "release",
            (False, False, True),
        ),
        # a counted act a person is charged in is a specific one, done
        (
            "He is charged in three attacks, including the 1996 bombing that killed one person.",
            "bombing",
            (False, False, False),
        ),
        # (the one charged did them, allegedly: the lead's ruling, 35th session; 1.119.0)
        ("He is charged in three attacks on the embassy.", "attacks", (False, False, True)),
        ("He is charged in an attack on the embassy.", "attack", (False, False, True)),
        # the acts of a series looked into happened; an open question stays open
        (
            "The FBI joined Canadian police to investigate a series of sniper shootings.",
            "shootings",
            (False, False, False),
        ),
        (
            "The FBI will investigate whether the army shelled the village.",
            "shelled",
            (False, False, True),
        ),
        # an act noun a word of scheduling describes is ahead, unless told held
        (
            "They talked about the slated visit of the trade minister in September.",
            "visit",
            (False, True, False),
        ),
        ("The upcoming summit with China worries them.", "summit", (False, True, False)),
        (
            "A crowd broke away from a planned vigil for the boy killed by police.",
            "vigil",
            (False, False, False),
        ),
        # the purpose infinitive of a verb of asking is asked for too; "call" asks with "for"
        (
            "Saudi Arabia called for an emergency conference of OPEC to discuss oil output.",
            "discuss",
            (False, False, True),
        ),
        ("The rebels demanded talks with the army to end the war.", "end", (False, False, True)),
        (
            "The minister called a news conference to condemn the attack.",
            "condemn",
            (False, False, False),
        ),
        (
            "The scheduled talks with the rebels took place on Monday.",
            "talks",
            (False, False, False),
        ),
    ],
)
def test_flags_of_round_28(nlp, text: str, trigger: str, flags: tuple[bool, bool, bool]) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.negated, ev.future, ev.hypothetical) == flags


@pytest.mark.parametrize(
    ("text", "trigger", "flags"),
    [
        # "not only" adds, it does not deny (modality 1.79.3)
        (
            "The militia not only burned the village but also killed its chief.",
            "burned",
            (False, False, False),
        ),
        ("The militia did not burn the village.", "burn", (True, False, False)),
        # the object of a verb of labelling with its label is given, the label is not
        (
            "The judge called the killing of the guard a cold-blooded murder.",
            "killing",
            (False, False, False),
        ),
        (
            "The judge called the killing of the guard a cold-blooded murder.",
            "murder",
            (False, False, True),
        ),
    ],
)
def test_a_correlative_or_a_labelled_object_is_told_as_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, flags: tuple[bool, bool, bool]
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.negated, ev.future, ev.hypothetical) == flags


def test_an_act_opposed_is_called_against_not_denied(nlp) -> None:  # type: ignore[no-untyped-def]
    # what one opposes is hypothetical, as what one supports is called for (modality 1.79.4)
    ev = by_trigger(events(nlp, "Paris opposes lifting the embargo on the regime."), "lifting")
    assert (ev.negated, ev.hypothetical) == (False, True)
    ev = by_trigger(events(nlp, "Paris refused to lift the embargo on the regime."), "lift")
    assert ev.negated


@pytest.mark.parametrize(
    ("text", "trigger", "flags"),
    [
        (
            "The sanctions prompted the rebels to make concessions they might not otherwise "
            "have agreed to.",
            "agreed",
            (False, True),
        ),
        ("The army would not have released the prisoners otherwise.", "released", (False, True)),
        ("The army would otherwise have attacked the town.", "attacked", (False, True)),
        ("The army would not have released the prisoners.", "released", (True, True)),
    ],
)
def test_a_denied_alternative_is_a_counterfactual(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, flags: tuple[bool, bool]
) -> None:
    """ "would not otherwise have agreed": only the world where things went otherwise is
    denied, so the act is not negated, but told as a counterfactual it is hypothetical (the
    lead's ruling, modality 1.175.0), as "otherwise" with no negation is."""
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert [(e.negated, e.hypothetical) for e in evs] == [flags]


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        ("The court takes no joy in lifting the ban.", "lifting", False),
        ("The judge took no pleasure in sentencing the officer.", "sentencing", False),
        ("The court did not lift the ban.", "lift", True),
    ],
)
def test_a_feeling_denied_leaves_the_act(nlp, text: str, trigger: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """The "no" of a feeling about an act ("no joy in lifting") denies the feeling only."""
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert [e.negated for e in evs] == [negated]


def test_an_announced_rally_is_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Greek students announced new rallies on Sunday after a night of violence.")
    assert [e.future for e in evs if e.trigger == "rallies"] == [True]


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        ("The minister called the order ``grave and sinister.''", "order", False),
        # a strike called is announced, ahead, not asked for (modality 1.80.2)
        ("The union called a strike for Monday.", "strike", False),
        (
            "Clinton said he had ordered the strikes after the evidence.",
            "strikes",
            False,
        ),
        ("The general ordered an attack on the town.", "attack", True),
        ("The court ordered the release of the prisoners.", "release", True),
        ("The president will order the strikes tomorrow.", "strikes", True),
        (
            "He was charged in state and federal complaints with murder.",
            "complaints",
            False,
        ),
    ],
)
def test_labelled_recalled_and_filed_acts(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    """An object a label is put on is labelled, not called for; definite plural acts ordered
    in the past are known ones, done; the complaints a person is charged in are filed."""
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert [e.hypothetical for e in evs] == [hypothetical]


@pytest.mark.parametrize(
    ("text", "trigger", "flags"),
    [
        ("They were trying to attend a prayer vigil for the doctor.", "vigil", (False, False)),
        (
            "They hoped his mother would speak at a vigil for the victims.",
            "vigil",
            (False, False),
        ),
        # (attending the vigil is itself no event: vocabulary 1.236.10, attend-gathering)
        ("The police did not arrest anyone at the protest.", "protest", (False, False)),
    ],
)
def test_a_gathering_attended_is_a_given_occasion(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, flags: tuple[bool, bool]
) -> None:
    """What the verbs over "attend" or "at" deny or only hope for is the attending."""
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert [(e.negated, e.hypothetical) for e in evs] == [flags]


def test_a_gathering_attended_ahead_stays_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The students will attend a vigil next week.")
    assert [e.future for e in evs if e.trigger == "vigil"] == [True]
    evs = events(nlp, "The minister will speak at a protest on Monday.")
    assert [e.future for e in evs if e.trigger == "protest"] == [True]


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        ("Their campaigns of harassment, even short of murder, went on.", "murder", True),
        ("The police stopped short of arresting the leaders.", "arresting", True),
        ("The police arrested the leaders.", "arrested", False),
    ],
)
def test_what_is_stopped_short_of_is_not_reached(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, negated: bool
) -> None:
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert [e.negated for e in evs] == [negated]


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        ("The policeman has been jailed along with a colleague pending trial.", "trial", True),
        ("The officer was suspended pending an investigation.", "investigation", True),
        (
            "We want to build on the long-term partnership that has existed for years.",
            "partnership",
            False,
        ),
        ("They want the deal that ends the war.", "deal", True),
    ],
)
def test_pending_acts_ahead_and_standing_acts_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, future: bool
) -> None:
    """What an act waits on ("pending trial") is ahead; a definite act its own relative
    clause tells done or standing ("the partnership that has existed") is no wish's."""
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert [e.future for e in evs] == [future]


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        ("Syria had indicated its interest in resuming talks.", "talks", True),
        ("The public interest in the trial was huge.", "trial", False),
        ("The army has an obligation to protect civilians.", "protect", True),
        ("The army protected civilians.", "protected", False),
    ],
)
def test_an_interest_or_a_duty_tells_no_act_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:
    """An interest in doing something (through a gerund), a duty or an obligation to act: the
    act is wished or owed, not done; an interest in a named act leaves it as it is."""
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in events(nlp, text)]
    assert [e.hypothetical for e in evs] == [hypothetical]


def test_a_gathering_called_is_announced(nlp) -> None:  # type: ignore[no-untyped-def]
    # modality 1.80.2: "called a strike for Monday" is ahead, "called for a strike" asked
    ev = by_trigger(events(nlp, "The dockers' union called a strike for Monday."), "strike")
    assert (ev.future, ev.hypothetical) == (True, False)
    ev = by_trigger(events(nlp, "The dockers' union called for a strike."), "strike")
    assert ev.hypothetical


def test_an_act_a_halt_is_put_on_does_not_go_on(nlp) -> None:  # type: ignore[no-untyped-def]
    # modality 1.82.2: the hold, not the verb over it, says what became of the aid
    ev = by_trigger(
        events(nlp, "The senator opposed the hold on military assistance to Kyiv."), "assistance"
    )
    assert (ev.negated, ev.hypothetical) == (True, False)


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # an act a case verb alleges, told with a past date of its own, happened
        (
            "The court blocked the trial of two Libyans suspected of blowing up a Pan Am "
            "jumbo jet over Scotland in 1988.",
            "blowing up",
            False,
        ),
        (
            "A woman charged with killing two young women in a shop 41 years ago was released.",
            "killing",
            False,
        ),
        ("Kopp is accused of killing Dr. Slepian last October.", "killing", False),
        # with no date of its own it stays alleged
        ("He was charged with murdering the guard.", "murdering", True),
        ("He is charged with gunning down Barnett Slepian in his home.", "gunning down", True),
    ],
)
def test_a_dated_act_under_a_charge_happened(
    nlp, text: str, trigger: str, hypothetical: bool
) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in events(nlp, text) if e.trigger.lower() == trigger]
    assert found
    assert all(e.hypothetical is hypothetical for e in found)


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        # a command to stop an act is given while the act goes on
        (
            "Thousands marched in Istanbul. ``Stop the bloodshed in Kosovo,'' the protesters "
            "chanted.",
            "bloodshed",
            False,
        ),
        # told as done, the act stopped is over
        ("The army stopped shelling the town.", "shelling", True),
    ],
)
def test_an_act_a_command_tells_to_stop_goes_on(
    nlp, text: str, trigger: str, negated: bool
) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in events(nlp, text) if e.trigger.lower() == trigger]
    assert found
    assert all(e.negated is negated for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested him on charges he killed his mother.",
        "Police arrested the man on charges that he attacked a guard.",
    ],
)
def test_the_content_of_charges_with_or_without_that_is_alleged(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.type == "ASSAULT")
    assert ev.hypothetical


def test_a_relative_clause_of_time_without_that_tells_a_done_act(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The day he attacked the guard, police arrested him."
    ev = next(e for e in events(nlp, text) if e.type == "ASSAULT")
    assert not ev.hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "Activists plan to protest the decades-long embargo on the island.",
        "Cuba said its people would continue to protest the four-decade embargo.",
    ],
)
def test_an_act_told_to_have_lasted_long_is_standing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A span of decades, or one told with "long"/"old", on an act noun tells a standing
    act: what is planned or said over it does not make it hypothetical or still ahead."""
    evs = [e for e in events(nlp, text) if e.trigger == "embargo"]
    assert evs and not any(e.hypothetical or e.future for e in evs)


def test_a_length_a_plan_gives_stays_planned(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The minister proposed a five-year ban on exports.")
    assert [e.hypothetical for e in evs if e.trigger == "ban"] == [True]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Journalists asked about the bombing of the embassy, and the minister said nothing.",
            "bombing",
        ),
        ("Asked about the pending appeal, the prosecutor said he was confident.", "appeal"),
    ],
)
def test_an_act_asked_about_is_no_act_asked_for(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """ "asked about X" asks a question on X, which calls for nothing ("asked for the
    release" stays asked)."""
    evs = [e for e in events(nlp, text) if e.trigger == trigger]
    assert evs and not any(e.hypothetical for e in evs)


def test_an_act_asked_for_stays_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The union asked for the release of the prisoners.")
    assert [e.hypothetical for e in evs if e.trigger == "release"] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "NATO decided to invite the three countries to start accession talks.",
        "The president invited the rebels to hold talks in Geneva.",
    ],
)
def test_an_act_one_is_invited_to_do_is_asked(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """What an invitation asks through its infinitive has not happened."""
    evs = [e for e in events(nlp, text) if e.trigger == "talks"]
    assert evs and all(e.hypothetical for e in evs)


def test_talks_one_is_invited_to_stay_an_occasion(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The rebels were invited to the peace talks in Geneva.")
    assert [e.hypothetical for e in evs if e.trigger == "talks"] == [False]


def test_set_to_and_poised_to_tell_the_act_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    # modality 1.174.0
    for text in (
        "The minister is set to ask parliament to approve the treaty.",
        "The minister is poised to ask parliament to approve the treaty.",
    ):
        assert by_trigger(events(nlp, text), "ask").future


def test_setting_fire_is_done(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Rebels set fire to the police station."), "set fire")
    assert not ev.future and not ev.hypothetical


def test_an_act_weighed_for_its_wisdom_is_not_told_done(nlp) -> None:  # type: ignore[no-untyped-def]
    # modality 1.174.0
    text = "The admiral questioned the wisdom of launching raids on the rebel camps."
    assert by_trigger(events(nlp, text), "raids").hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The inquiry made ten recommendations on how to improve police investigations.",
            "investigations",
        ),
        (
            "The panel advised ministers on how to train nurses and provide aid to refugees.",
            "aid",
        ),
    ],
)
def test_what_a_question_infinitive_takes_or_joins_is_only_known_of(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical, text


def test_an_act_told_after_a_question_word_with_a_subject_is_done(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Detectives learned how the gang had robbed the bank."
    assert not by_trigger(events(nlp, text), "robbed").hypothetical


def test_acts_told_in_the_phrase_of_what_is_continued_are_under_way(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ministers urged the envoy to continue a month-old mission marred by violence,"
        " including rocket attacks and air raids."
    )
    assert not by_trigger(events(nlp, text), "raids").hypothetical
    text = "The UN urged both sides to continue the talks on the border."
    assert by_trigger(events(nlp, text), "talks").hypothetical  # the object keeps the mood


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The union will strike if the company rejects an offer to have the dispute arbitrated.",
            "arbitrated",
        ),
        ("The authorities pressed the workers to cancel the strike.", "strike"),
        ("The government may refuse to release the prisoners.", "release"),
    ],
)
def test_an_unasserted_denial_leaves_its_act_hypothetical(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """A verb of denying or refusing that is itself conditional, possible or asked for denies
    nothing yet: what it takes is hypothetical, not negated (modality 1.209.2)."""
    e = by_trigger(events(nlp, text), trigger)
    assert e.hypothetical and not e.negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The company rejected an offer to have the dispute arbitrated.", "arbitrated"),
        ("The government will refuse to release the prisoners.", "release"),
    ],
)
def test_a_denial_told_or_ahead_still_denies(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).negated
