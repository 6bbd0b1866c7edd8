"""Which sense, and so which PLOVER type, an event word has in its construction: "seek" with
an act to do is an aim, not a request; destruction by protesters is a riot. Sentences
written for these tests (vocabulary 1.121.1, 1.121.2)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

from chronicler.annotate.events import plover_coding

pytestmark = pytest.mark.slow


def _assert_coded(nlp, text: str, trigger: str, coded: bool) -> None:  # type: ignore[no-untyped-def]
    """Whether the sentence reports an event at the word starting `trigger`, as `coded` says."""
    found = [e for e in events(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert bool(found) == coded, [(e.type, e.mode, e.trigger) for e in found]


def test_seeking_to_do_an_act_is_an_aim_not_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "are seeking to expand their cooperation": an aim of the subject's own, asking no one
    (the cooperation aimed at is announced: AGREE); "sought asylum", "is seeking talks"
    still ask for something."""
    text = "Brazil and Argentina are seeking to expand their cooperation in nuclear energy."
    evs = events(nlp, text)
    assert not [e for e in evs if e.type == "REQUEST"]
    ev = by_trigger(evs, "cooperation")
    assert ev.future and plover_coding(ev) == "AGREE"
    sought = by_trigger(events(nlp, "The dissident sought asylum at the embassy."), "sought")
    assert sought.type == "REQUEST"
    seeking = by_trigger(events(nlp, "Kenya is seeking talks with the rebels."), "seeking")
    assert seeking.type == "REQUEST"


@pytest.mark.parametrize(
    ("text", "trigger", "riot"),
    [
        ("Angry protesters torched two police cars outside the parliament.", "torched", True),
        ("The French consulate was ransacked by demonstrators on Friday.", "ransacked", True),
        ("Rioters set fire to the governor's office.", "set fire", True),
        ("Government soldiers torched the village.", "torched", False),
        ("The army demolished the homes of the suspects.", "demolished", False),
    ],
)
def test_property_destroyed_by_protesters_is_a_riot(
    nlp, text: str, trigger: str, riot: bool
) -> None:  # type: ignore[no-untyped-def]
    """Destruction or looting by protesters is a violent protest (CAMEO 145, PROTEST 'riot');
    by soldiers it stays a seizure or destruction of property (COERCE 'seize'), or an arson
    (ASSAULT 'primitive' by the PLOVER manual, vocabulary 1.270.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    seized = ("ASSAULT", "primitive") if trigger == "torched" else ("COERCE", "seize")
    expected = ("PROTEST", "riot") if riot else seized
    assert (ev.type, ev.mode) == expected


def test_widening_freedoms_is_a_concession(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "took modest steps to expand press freedom": restrictions on a freedom eased (CAMEO
    0811, CONCEDE); taxes increased are no concession."""
    text = "The junta has taken modest steps to expand press freedom."
    ev = by_trigger(events(nlp, text), "expand")
    assert (ev.type, ev.cameo) == ("CONCEDE", "0811") and ev.main
    assert not [e for e in events(nlp, "The government increased taxes on fuel.")]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Government troops were preparing to storm the rebel stronghold on Sunday.", "MOBILIZE"),
        ("The rebels said they were prepared to attack the capital.", "THREATEN"),
        ("The army prepared to withdraw from the border town.", "AGREE"),
    ],
)
def test_forces_readying_an_attack_mobilize(nlp, text: str, coded: str) -> None:  # type: ignore[no-untyped-def]
    """Armed forces preparing an attack make a military move short of force (PLOVER
    MOBILIZE); a statement that they are prepared to attack is a threat, and a withdrawal
    they prepare is announced cooperation."""
    main = next(e for e in events(nlp, text) if e.main)
    assert plover_coding(main) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Moscow claimed that Ukrainian forces had shelled the power plant.", "ACCUSE"),
        ("The rebel group claimed that it had bombed the army base.", "ASSAULT"),
        ("The army said that rebels had shelled the village.", "ASSAULT"),
    ],
)
def test_a_hostile_act_claimed_of_another_is_an_accusation(nlp, text: str, coded: str) -> None:  # type: ignore[no-untyped-def]
    """A speaker claiming that another party did a hostile act accuses it (CAMEO 112); a
    claim of one's own deed accuses no one, and a plain report stays the act reported."""
    main = next(e for e in events(nlp, text) if e.main)
    assert main.type == "ASSAULT" and plover_coding(main) == coded


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # office-holders clash in words: a dispute, criticism both ways (vocabulary 1.165.0)
        ("The two senators clashed over the spending bill.", "ACCUSE"),
        ("The prime minister's spokesman clashed with reporters on Tuesday.", "ACCUSE"),
        # crowds, forces and armed men clash in the streets
        ("Fans of the two clubs clashed outside the stadium.", "ASSAULT"),
        ("Rebel fighters clashed with soldiers near the border.", "ASSAULT"),
    ],
)
def test_office_holders_clash_in_words(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "clash").type == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "The mayor abused his office to hand contracts to his cousins.",
        "Regulators said the firm had abused its market position.",
        "The singer spoke openly about his alcohol abuse.",
        "The inquiry found an abuse of power by the governor.",
    ],
)
def test_abusing_a_power_funds_or_a_drug_is_no_torture(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # misconduct or a habit, no ill-treatment of a person (vocabulary 1.165.0)
    assert not [e for e in events(nlp, text) if e.mode == "torture"], text


@pytest.mark.parametrize(
    "text",
    [
        "Prison guards abused the inmates for months.",
        "The report described the abuse of detainees by interrogators.",
    ],
)
def test_abusing_people_stays_ill_treatment(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.mode == "torture"], text


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # strikes ordered or authorized are military, an attack (vocabulary 1.180.0)
        ("The president said he had ordered the strikes on the camps.", "strikes", "ASSAULT"),
        ("The general authorized strikes against rebel positions.", "strikes", "ASSAULT"),
        ("The army carried out retaliatory strikes on the border villages.", "strikes", "ASSAULT"),
        # unions call or hold a labour strike
        ("The union called strikes at three car plants.", "strikes", "PROTEST"),
        ("Dock workers held a strike on Monday.", "strike", "PROTEST"),
    ],
)
def test_strikes_ordered_are_military(nlp, text: str, trigger: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).type == expected


@pytest.mark.parametrize(
    "text",
    [
        # strikes that kill, wound or maim are blows (vocabulary 1.182.0)
        "The Israeli strikes killed 12 people in the camp.",
        "The Russian strike wounded 30 civilians near the market.",
        "The strikes that killed four soldiers drew a sharp protest.",
    ],
)
def test_strikes_that_kill_are_no_labour_strike(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    assert not [e for e in evs if e.type == "PROTEST" and e.mode == "strike"], text
    assert [e for e in evs if e.type == "ASSAULT"], text


@pytest.mark.parametrize(
    "text",
    [
        "The French strike disrupted trains across the country.",
        "Nurses began a strike that lasted six weeks.",
    ],
)
def test_strikes_that_harm_no_one_stay_labour_strikes(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type == "PROTEST" and e.mode == "strike"], text


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        # a search for someone or something is a hunt, a rescue or a quest (vocabulary 1.180.0)
        ("The airline is expanding in the search for new markets.", "search", False),
        ("Rescuers searched for survivors in the rubble of the school.", "searched", False),
        ("Police searched the house of the opposition leader.", "searched", True),
        ("Investigators have been searching for the gunman since the slaying.", "searching", True),
        ("The search for the fugitive was extended to Mexico.", "extended", False),
        # a state brought back is no return
        ("The mayor's aim was to return normality to the area.", "return", False),
        ("The army returned calm to the streets of the capital.", "returned", False),
        ("The rebels returned the captured soldiers to the Red Cross.", "returned", True),
        # a child handed over or a passport given up is no surrender of arms
        (
            "The judge ordered the relatives to surrender the child to his father.",
            "surrender",
            False,
        ),
        ("The suspect surrendered his passport to the court.", "surrendered", False),
        ("The rebels surrendered their weapons to the army.", "surrendered", True),
    ],
)
def test_hunts_states_and_handovers_are_no_seizure_return_or_surrender(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coded: bool
) -> None:
    _assert_coded(nlp, text, trigger, coded)


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        # attending worship or school meets no one (vocabulary 1.180.0)
        ("The fire hit the church where the senator and her family attend.", "attend", False),
        ("The president attended Mass at the cathedral on Sunday.", "attended", False),
        ("The prime minister will attend the summit in Brussels.", "attend", True),
        # training that names a programme or a camp is the thing, no mobilization
        ("The chief credits a special training program for the calm.", "training", False),
        ("The rebels ran training camps in the hills.", "training", False),
        ("US forces are training Iraqi soldiers.", "training", True),
    ],
)
def test_worship_and_training_programmes_are_no_events(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coded: bool
) -> None:
    _assert_coded(nlp, text, trigger, coded)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # flights an airline doubles or operates are an air service (vocabulary 1.180.0)
        ("The carrier will double its flights between Lima and Quito by May.", False),
        ("The airline operates daily flights to Cairo.", False),
        # one's flight from a country is an escape
        ("The flight of thousands of refugees across the border continued.", True),
        ("The opposition leader's flight to Spain angered the government.", True),
    ],
)
def test_air_services_are_no_flight_from_danger(nlp, text: str, coded: bool) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in events(nlp, text) if e.mode == "flee"]
    assert bool(found) == coded, [(e.type, e.mode, e.trigger) for e in found]


@pytest.mark.parametrize(
    ("text", "ordered"),
    [
        # in command of a body of troops, or of respect: no order given (vocabulary 1.182.1)
        ("The colonel commanded a garrison of some 500 guardsmen.", False),
        ("The old general still commands respect in the barracks.", False),
        # an order names the act ordered, which has not happened yet (modality 1.43.1)
        ("The general commanded the soldiers to withdraw from the town.", True),
    ],
)
def test_command_orders_only_an_act(nlp, text: str, ordered: bool) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    assert not [e for e in evs if e.trigger.lower().startswith("command")]
    withdrawals = [e for e in evs if e.mode == "withdraw"]
    assert bool(withdrawals) == ordered
    assert all(e.hypothetical and [p.text for p in e.actors] == ["general"] for e in withdrawals)


@pytest.mark.parametrize(
    "text",
    [
        # a place bordering another lies beside it: no restriction (vocabulary 1.190.0)
        "Turkmenistan, the former Soviet republic which borders the Caspian Sea, held elections.",
        "Jordan borders Iraq and Syria.",
        "Refugees poured into the countries bordering the war zone.",
    ],
)
def test_bordering_is_where_a_place_lies(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger.lower().startswith("border")]


def test_bringing_someone_to_justice_is_a_prosecution(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "vowed to bring the killers to justice": a prosecution vowed, no agreement (1.190.0)."""
    vowed = events(nlp, "The prime minister vowed to bring the killers to justice.")
    assert not [e for e in vowed if e.type == "AGREE"]
    prosecution = by_trigger(vowed, "bring")
    assert (prosecution.type, prosecution.mode, prosecution.future) == ("ACCUSE", "charge", True)
    assert [p.text for p in prosecution.targets] == ["killers"]
    done = by_trigger(events(nlp, "The killers were brought to justice in 2005."), "brought")
    assert (done.type, done.mode, done.future) == ("ACCUSE", "charge", False)
    # justice itself brought to someone is no prosecution
    evs = events(nlp, "The ruling brought justice to the victims' families.")
    assert not [e for e in evs if e.trigger.lower().startswith("brought")]


@pytest.mark.parametrize(
    ("text", "trigger", "coding"),
    [
        # a hold on the throat, the neck or the hair is a blow by hand (vocabulary 1.190.0)
        ("Protesters grabbed the officer by the hair and beat him.", "grabbed", "ASSAULT/beat"),
        ("The men seized him by the neck and dragged him away.", "seized", "ASSAULT/beat"),
        # taking someone or something is still an arrest or a seizure
        ("Police grabbed the suspect outside his home.", "grabbed", "COERCE/arrest"),
        ("Police seized the weapons at the border crossing.", "seized", "COERCE/seize"),
    ],
)
def test_a_hold_on_the_body_is_a_blow(nlp, text: str, trigger: str, coding: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert f"{ev.type}/{ev.mode}" == coding


@pytest.mark.parametrize(
    "text",
    [
        # a press interview is where something was said, no meeting (vocabulary 1.190.0)
        "In an interview with People magazine, the actress said she had quit drinking.",
        "The senator told reporters in an interview with CNN that the bill would fail.",
        "The minister gave an interview to the BBC on Sunday.",
    ],
)
def test_a_press_interview_is_no_meeting(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger.lower().startswith("interview")]


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        # a need or a goal met is satisfied, no one met (vocabulary 1.205.0)
        ("The agency is struggling to meet the basic needs of the refugees.", "meet", False),
        ("The ministry met the deadline set by the court.", "met", False),
        ("The president met the rebel leaders in Geneva.", "met", True),
        ("The ministers discussed a need for the army to withdraw.", "discussed", True),
        # goods stopped on their way are trade cut off, no aid given
        ("The navy was ordered to interdict shipments to and from the island.", "ship", False),
        ("The navy intercepted oil shipments bound for the rebels.", "shipments", False),
        ("Troops blocked aid shipments to the besieged town.", "shipments", True),
        ("The United States sent arms shipments to the rebels.", "shipments", True),
        # a child handed to kin is a family's custody, no retreat; hostages and land stay
        ("The grandparents refused to return the girl to her mother in Spain.", "return", False),
        ("The court ordered the family to hand the child over to his mother.", "hand", False),
        ("The rebels returned the hostages to their families.", "returned", True),
        ("Syria returned the occupied land to Lebanon.", "returned", True),
    ],
)
def test_needs_met_goods_stopped_and_children_returned_to_kin_are_no_events(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coded: bool
) -> None:
    _assert_coded(nlp, text, trigger, coded)


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        # a state come back, a breakdown, a firm's staff (vocabulary 1.208.0)
        ("Engineers returned the network to normal within hours.", "returned", False),
        ("The central bank returned interest rates to normal last year.", "returned", False),
        ("The rebels returned the captured soldiers to the Red Cross.", "returned", True),
        ("Phone service was interrupted when the undersea cables failed.", "interrupted", False),
        ("Authorities interrupted internet service in the capital.", "interrupted", True),
        ("The firm mobilized its engineering teams to deliver a fix.", "mobilized", False),
        ("The army mobilized reservists on the border.", "mobilized", True),
    ],
)
def test_states_breakdowns_and_staff_are_no_return_censorship_or_mobilization(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coded: bool
) -> None:
    _assert_coded(nlp, text, trigger, coded)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a job's hours are no mediation (vocabulary 1.208.0)
        ("Her mother worked in a laundry at night.", False),
        ("He worked as a porter during the day and at a bar at night.", False),
        ("Diplomats worked through the night to secure the release of the hostages.", True),
    ],
)
def test_working_at_night_is_no_mediation(nlp, text: str, coded: bool) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(nlp, text, "worked", coded)


def test_a_savings_and_loan_is_a_bank_not_a_loan(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the charges faced are an accusation since vocabulary 1.432.0; no loan is told)
    found = events(nlp, "The former savings and loan executive faces new charges.")
    assert [e.trigger for e in found] == ["charges"]
    text = "The fund granted a loan to the farmers so they could rebuild their savings."
    assert by_trigger(events(nlp, text), "loan").type == "AID"


@pytest.mark.parametrize(
    ("text", "trigger", "coding"),
    [
        ("An appeals court reinstated the senator's bribery conviction.", "conviction", "SANCTION"),
        ("The high court upheld the death sentence of the rebel leader.", "sentence", "SANCTION"),
        ("The new government reinstated the dismissed judges.", "reinstated", "CONCEDE"),
    ],
)
def test_a_penalty_reinstated_is_no_concession(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coding: str
) -> None:
    """A conviction or a sentence reinstated or upheld is no concession: the penalty's noun is
    the event (SANCTION), the verb none; people reinstated in their posts are a concession."""
    evs = events(nlp, text)
    assert plover_coding(by_trigger(evs, trigger)) == coding
    assert [e.type for e in evs].count(coding) == 1


@pytest.mark.parametrize(
    ("text", "trigger", "coding"),
    [
        ("The president committed ground troops to the border region.", "committed", "MOBILIZE"),
        ("Canada committed 900 soldiers to the UN mission.", "committed", "MOBILIZE"),
        ("The rebels committed themselves to the peace plan.", "committed", "AGREE"),
    ],
)
def test_forces_committed_are_deployed(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coding: str
) -> None:
    """Committing troops sends them (MOBILIZE); committing oneself to a plan is a promise."""
    assert plover_coding(by_trigger(events(nlp, text), trigger)) == coding


def test_a_news_release_frees_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "said in a news release": a statement put out; "the release of the hostages" stays."""
    _assert_coded(
        nlp, "The ministry said in a news release that it had ended the talks.", "release", False
    )
    _assert_coded(
        nlp, "In a press release, the army confirmed the release of the hostages.", "release", True
    )


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Traders fear a military conflict with Iran over the strait.", "conflict", True),
        (
            "The auditor found a conflict of interest in the ministry's contracts.",
            "conflict",
            False,
        ),
        (
            "Analysts point to self-reinforcing economic forces behind the boom.",
            "reinforcing",
            False,
        ),
        ("Exporters benefited from declining interest rates last year.", "declining", False),
    ],
)
def test_words_of_conflict_and_decline_by_their_sense(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coded: bool
) -> None:
    """An armed or military conflict is fighting, a conflict of interest none; a "self-"
    participle and a falling quantity are no acts between parties."""
    _assert_coded(nlp, text, trigger, coded)


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        # a search told with a rescue looks for the missing (vocabulary 1.212.0)
        ("Firefighters led the search and rescue at the collapsed mall.", "search", False),
        ("The coast guard called off the search and rescue operation at dawn.", "search", False),
        ("Soldiers searched the village and seized two rifles.", "searched", True),
        # "the ... alliance" with no partners names a standing organisation
        ("Poland was admitted as a member of the Western military alliance.", "alliance", False),
        ("The summit marked Hungary's entry into the NATO alliance.", "alliance", False),
        ("The two opposition parties formed an alliance with the Greens.", "alliance", True),
        ("The alliance between Russia and Iran alarmed Washington.", "alliance", True),
        # a lecture is a talk; lecturing someone is a reproach
        ("The envoy set out his views in a lecture to a closed forum.", "lecture", False),
        ("She gave a lecture on medieval trade at the university.", "lecture", False),
        ("She lectured at Harvard for ten years.", "lectured", False),
        ("China lectured the United States on human rights.", "lectured", True),
    ],
)
def test_rescues_standing_alliances_and_lectures(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coded: bool
) -> None:
    _assert_coded(nlp, text, trigger, coded)


@pytest.mark.parametrize(
    "text",
    [
        "The sniper fired a single bullet through the kitchen window.",
        "A soldier fired a warning shot at the car.",
        "The gunman fired his pistol into the crowd.",
    ],
)
def test_a_bullet_or_a_gun_fired_is_small_arms(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """(vocabulary 1.212.0; rockets and shells stay heavy weapons)"""
    assert by_trigger(events(nlp, text), "fired").mode == "firearms"
    rockets = by_trigger(events(nlp, "The rebels fired rockets at the town."), "fired")
    assert rockets.mode == "heavy-weapons"


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("The singer, who shot to fame in 1999, was sued last week.", "shot", False),
        ("The coach spent weeks torturing himself over the decision.", "torturing", False),
        ("Guards tortured the prisoners for weeks.", "tortured", True),
    ],
)
def test_idioms_of_shooting_and_torture(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coded: bool
) -> None:
    """Shooting to fame is rising fast; torturing oneself over something is worry."""
    _assert_coded(nlp, text, trigger, coded)


def test_an_arrest_near_a_house_is_no_house_arrest(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The suspect was arrested near the house where the bodies were found."
    assert by_trigger(events(nlp, text), "arrested").mode == "arrest"
    held = by_trigger(events(nlp, "The opposition leader remains under house arrest."), "house")
    assert held.mode == "imprison"


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        # a general or limited partnership is a firm's legal form (vocabulary 1.222.0)
        (
            "The buyers include Acme Partners, a California general partnership.",
            "partnership",
            False,
        ),
        ("The fund is organized as a Delaware limited partnership.", "partnership", False),
        ("The two parties formed a partnership with the Greens.", "partnership", True),
        # a reporter's question to a source is no request
        (
            "Asked to comment on the verdict, a ministry spokesman said the case was closed.",
            "asked",
            False,
        ),
        ("The father asked the court to rule quickly.", "asked", True),
        # a dose given to a patient is care, no aid
        ("The nurse gave the prisoner a sedative.", "gave", False),
        ("The nurse gave Elian an injection.", "gave", False),
        ("The United Nations sent medicine to the refugees.", "sent", True),
        # consent a law asks of a parent or patient is a requirement, no agreement
        (
            "The bill requires waiting periods and parental consent before an abortion.",
            "consent",
            False,
        ),
        ("The surgeons operated on the prisoners without informed consent.", "consent", False),
    ],
)
def test_firm_forms_questions_to_sources_doses_and_required_consent(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coded: bool
) -> None:
    _assert_coded(nlp, text, trigger, coded)
