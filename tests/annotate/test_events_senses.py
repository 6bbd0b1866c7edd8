"""Senses of event words that name no event on ordinary news pages, beside the political
sense of the same word (events_senses; vocabulary 1.124.0, Spanish 1.85.0)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, events, has


def _codings(evs, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{e.type}/{e.mode}" for e in evs if e.trigger.lower().startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a person held is in custody, with no place or state named
        ("Police held the activist for two days.", "held", ["COERCE/imprison"]),
        ("Security forces have held the union leader since June.", "held", ["COERCE/imprison"]),
        (
            "The militia is holding thousands of villagers in a camp.",
            "holding",
            ["COERCE/imprison"],
        ),
        (
            "The reporter was held incommunicado at the SEBIN headquarters.",
            "held",
            ["COERCE/imprison"],
        ),
        # a thing, a place or an event held is none
        ("A music festival will be held in the park next month.", "held", []),
        ("The Spring Lantern Festival, which will be held until May 2, drew crowds.", "held", []),
        ("The Winter Olympics will be held in Milan.", "held", []),
        ("The insurgents held the town for a week.", "held", []),
        ("She held the national record for a decade.", "held", []),
        ("He held his breath as the votes were counted.", "held", []),
        ("The judge held the lawyer in contempt.", "held", []),
        ("The Celtics held the Knicks to 88 points.", "held", []),
        # hostages held are taken
        ("The gunmen held the bus passengers hostage for ten hours.", "held", ["ASSAULT/abduct"]),
        # the event held is the event
        ("The two delegations held talks in Oslo on Monday.", "talks", ["CONSULT/meet"]),
        ("Farmers held a rally outside parliament.", "rally", ["PROTEST/demo"]),
        ("The board held the minister responsible for the losses.", "held", ["ACCUSE/allege"]),
    ],
)
def test_senses_of_hold(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


def test_senses_a_person_held_is_held_by_the_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    held = [e for e in events(nlp, "Police held the activist for two days.") if e.mode]
    assert has(held[0].actors, "police") and has(held[0].targets, "activist")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a hearing looks into something, or is an impeachment's, to be an inquiry
        (
            "The Senate panel opened a hearing into the shootings at the border.",
            "hearing",
            ["ACCUSE/investigate"],
        ),
        ("The impeachment hearings resumed on Thursday.", "hearings", ["ACCUSE/investigate"]),
        ("The committee will hold a hearing on the space agency's budget.", "hearing", []),
        ("At last month's hearing, two retired engineers testified.", "hearing", []),
        ("A judge set a hearing in her case for next month.", "hearing", []),
        (
            "Regulators launched an investigation into the outages.",
            "investigation",
            ["ACCUSE/investigate"],
        ),
    ],
)
def test_senses_of_hearing(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning of nothing the warner's side would do threatens no one
        ("The governor warned that the harvest could be poor this year.", []),
        ("Health officials warned hikers to stay away from the caves.", []),
        ('"Nothing has changed since the spring," she warned.', []),
        # a future act, a hostile act named or a state deterred is a threat
        ("The colonel warned that his troops would shell the rebel camps.", ["THREATEN"]),
        # the future read from the modality table, contracted forms by their lemma
        ("The general warned that his soldiers will storm the port.", ["THREATEN"]),
        ("The general warned that his soldiers'll storm the port.", ["THREATEN"]),
        ("The minister warned of retaliation if the raids went on.", ["THREATEN"]),
        ("Washington warned Tehran against seizing more tankers.", ["THREATEN"]),
    ],
)
def test_senses_of_warn(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = [e.type for e in events(nlp, text) if e.trigger.lower() == "warned"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # teams meeting play a game
        ("These two teams meet again in Denver on Friday.", "meet", []),
        ("The clubs will meet in the final next month.", "meet", []),
        ("The foreign ministers will meet in Vienna next week.", "meet", ["CONSULT/meet"]),
        # a fight for those to be won over is a contest
        ("The fight for suburban voters is heating up.", "fight", []),
        ("Candidates battle for votes in the rural counties.", "battle", []),
        ("The battle for the port city lasted three months.", "battle", ["ASSAULT/None"]),
    ],
)
def test_senses_of_meeting_and_fighting(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los dos equipos se enfrentan otra vez el domingo en la final.", []),
        ("Los campesinos se enfrentaron con la policía en la carretera.", ["ASSAULT"]),
    ],
)
def test_senses_spanish_teams_play(nlp_es, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = [e.type for e in es_events(nlp_es, text) if e.trigger.lower().startswith("enfrent")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "striking" said of a fact or a thing means remarkable (vocabulary 1.127.0)
        ("It is striking that so few voters turned out in the north.", []),
        ("The likeness between the twins is striking.", []),
        ("The gallery chose a striking photograph for the cover.", []),
        # people on strike, or arms hitting targets, still act
        ("Bus drivers are striking over unpaid wages.", ["PROTEST/strike"]),
        ("Warplanes are striking militant camps in the valley.", ["ASSAULT/None"]),
    ],
)
def test_striking_as_remarkable(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), "striking") == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what strikes someone "as" so seems so to them (vocabulary 1.194.0)
        ("That struck me as different from the other briefings.", "struck", []),
        ("The ruling strikes many lawyers as unfair.", "strikes", []),
        ("The plan struck observers as a retreat.", "struck", []),
        # a blow told with the time it fell at stays
        ("Soldiers struck the convoy as it crossed the bridge.", "struck", ["ASSAULT/None"]),
    ],
)
def test_struck_as_is_an_impression(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a blow priced in money is a cost (vocabulary 1.127.0)
        ("The levy means a $40 million hit to farm incomes this year.", "hit", []),
        ("The closure dealt a $3 billion blow to the regional economy.", "blow", []),
        ("The insurgents launched an attack on the garrison at dawn.", "attack", ["ASSAULT/None"]),
    ],
)
def test_a_blow_priced_in_money_is_a_cost(
    nlp, text: str, trigger: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what someone does as a rule is a practice (vocabulary 1.127.0)
        ("The port authority typically requires payment within a week.", "requires", []),
        ("Riot police routinely detain students who march on the ministry.", "detain", []),
        # a dated act, or no adverb of habit, is an event
        (
            "Riot police detained students who marched on the ministry.",
            "detained",
            ["COERCE/arrest"],
        ),
        ("The port authority demanded payment within a week.", "demanded", ["REQUEST/None"]),
    ],
)
def test_a_practice_is_no_event(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # talk or a threat "there is", with no one doing it (vocabulary 1.127.0)
        ("Officers said there was no threat to residents after the arrest.", "threat", []),
        ("There has been plenty of discussion about the striker's new contract.", "discussion", []),
        # with a side named it is one
        ("There is a threat from the cartel against the judges.", "threat", ["THREATEN/None"]),
    ],
)
def test_talk_or_a_threat_in_the_air(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


def test_existential_there_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, "There were clashes near the stadium overnight.") if e.type]
    assert evs and all(not e.actors for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # declining to tell is declining to comment (vocabulary 1.127.0)
        ("Asked about the layoffs, the bank declined to say.", "declined", []),
        ("The consulate refused to discuss the arrested crew.", "refused", []),
        ("The junta refused to free the detained journalists.", "refused", ["REJECT/None"]),
    ],
)
def test_declining_to_tell(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a date or a number tells which call, not what it asks for (vocabulary 1.131.0)
        ("A transcript of the call on March 3 was leaked.", "call", []),
        ("Neighbours placed several 112 calls before dawn.", "calls", []),
        ("The envoy repeated his call for a ceasefire on Monday.", "call", ["REQUEST/None"]),
    ],
)
def test_a_call_named_by_its_date_asks_for_nothing(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a blow by a market force or an economic measure is a loss (vocabulary 1.131.0)
        ("Dairy farmers were hit hard by the new import duties.", "hit", []),
        ("Rising prices battered small shops across the region.", "battered", []),
        ("A rocket hit the school in the border town.", "hit", ["ASSAULT/None"]),
    ],
)
def test_a_market_blow_is_no_violence(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # one speaker on a topic, or talk on a topic with no one at it (vocabulary 1.131.0)
        ("Nobody else in the village is talking about the flood.", "talking", []),
        ("The mayor talked about the new bridge at length.", "talked", []),
        ("Join us for a discussion about urban gardening.", "discussion", []),
        ("The two ministers talked about the border dispute.", "talked", ["CONSULT/meet"]),
        ("The envoy talked with the rebels about a truce.", "talked", ["CONSULT/meet"]),
        # one speaker discussing a topic meets no one (vocabulary 1.408.9)
        ("The video shows Omar Haddad discussing the failure of the raid.", "discussing", []),
        ("In his radio address Premier Carlo Bianchi discussed the drought.", "discussed", []),
        ("The premier will discuss the drought on Monday.", "discuss", ["CONSULT/meet"]),
        ("The premier discussed the drought with the farmers.", "discussed", ["CONSULT/meet"]),
        ("The two premiers discussed the drought.", "discussed", ["CONSULT/meet"]),
    ],
)
def test_talk_on_a_topic_meets_no_one(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # agreeing that something is so shares a view (vocabulary 1.131.0)
        ("Most economists agree that the currency has been overvalued for years.", "agree", []),
        ("Both parties agreed that the election was fair.", "agreed", []),
        # ... and so does agreeing that something is happening (vocabulary 1.180.0)
        ("The trade union agrees that the new rules are hurting small farmers.", "agrees", []),
        ("Most analysts agreed that the sanctions were working.", "agreed", []),
        ("The rebels agreed that their fighters would leave the city.", "agreed", ["AGREE/None"]),
        ("The rebels agreed to leave the city.", "agreed", ["AGREE/None"]),
    ],
)
def test_agreeing_that_a_thing_is_so_shares_a_view(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # asking for an answer is a question (vocabulary 1.131.0)
        ("Asked for an example, the minister mentioned the port project.", "asked", []),
        ("The ministry did not respond when asked for comment.", "asked", []),
        ("The refugees asked for asylum at the consulate.", "asked", ["REQUEST/asylum"]),
        # asking what, whether or how is a question put (vocabulary 1.408.0)
        ("When asked what weapons the rebels carried, the colonel gave no details.", "asked", []),
        ("Asked whether he would step down, the mayor smiled.", "asked", []),
        ("The senator asked the agency how the money was spent.", "asked", []),
        ("The families asked that the detained activists be freed.", "asked", ["REQUEST/None"]),
    ],
)
def test_asking_for_an_answer_is_a_question(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a rally only where a speaker spoke is the speaker's own (vocabulary 1.131.0)
        ("The governor said at a rally in Tulsa that taxes would fall.", "rally", []),
        ("The senator spoke at a campaign rally in Dayton on Friday.", "rally", []),
        (
            "The opposition leader spoke at a rally against the tax law.",
            "rally",
            ["PROTEST/demo"],
        ),
        ("Thousands joined a rally in the capital on Sunday.", "rally", ["PROTEST/demo"]),
    ],
)
def test_a_speakers_rally_is_no_protest(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # giving up a thing other than arms, places, power or people (vocabulary 1.131.0)
        ("The fund will give up the hotel contract next year.", "give up", []),
        ("The club surrendered its licence after the audit.", "surrendered", []),
        ("The militia gave up its heavy weapons last week.", "gave up", ["RETREAT/disarm"]),
        ("The rebels surrendered the town after a long siege.", "surrendered", ["RETREAT/disarm"]),
    ],
)
def test_a_thing_given_up_surrenders_nothing(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a blow dealt to an amount is a cut (vocabulary 1.131.0)
        ("The airline slashed its prices to win back travellers.", "slashed", []),
        ("The startup saw its valuation slashed by half.", "slashed", []),
        ("The gang slashed two guards with knives.", "slashed", ["ASSAULT/beat"]),
    ],
)
def test_a_blow_to_an_amount_is_a_cut(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an act after an adjective of ease or difficulty is a property (vocabulary 1.131.0)
        ("Street food in the old town is hard to resist.", "resist", []),
        ("The defending champions will be difficult to beat.", "beat", []),
        ("The villagers resisted the eviction for weeks.", "resisted", ["REJECT/None"]),
    ],
)
def test_an_act_after_an_adjective_of_ease_is_a_property(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


def test_military_targets_struck_are_no_amount(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Jets struck targets near the border town at dawn.")
    assert "ASSAULT/None" in _codings(evs, "struck")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # business, product and budget senses (vocabulary 1.135.0); politics with companies
        # and money stays
        ("The bank offered $42 per share for the insurer last month.", "offered", []),
        ("The fund bid $9 apiece for the remaining shares.", "bid", []),
        (
            "The kidnappers demanded a $2 million ransom from the family.",
            "demanded",
            ["REQUEST/None"],
        ),
        ("Our defence is thin, so we will need some help up front.", "help", []),
        ("The maker says the software will cooperate with rival systems.", "cooperate", []),
        ("The envoy worked with both sides to end the fighting.", "worked", ["COOPERATE/None"]),
        ("When the band left the stage the fans called for more.", "called", []),
        (
            "The opposition called for more sanctions on the regime.",
            "called",
            ["ACCUSE/disapprove"],
        ),
        ("The Senate committee that funds the space agency met on Monday.", "funds", []),
        ("The museum still needs funding for its new wing.", "funding", []),
        ("Tehran funds the militia that controls the crossing.", "funds", ["AID/None"]),
        ("Congress provided $60 billion in aid to Kyiv last spring.", "provided", ["AID/None"]),
        (
            "The United States imposed sanctions on the Chinese shipping firm.",
            "sanctions",
            ["SANCTION/discontinue"],
        ),
        ("Regulators accused the company of fraud on Tuesday.", "accused", ["ACCUSE/allege"]),
        ("This month's football podcast is sponsored by a regional bank.", "sponsored", []),
        ("Iran sponsored the militia that attacked the convoy.", "sponsored", ["AID/None"]),
        (
            "Microsoft's gaming platform is aimed at casual gamers, allowing players to start"
            " games on their phones.",
            "allowing",
            [],
        ),
        (
            "The government eased the curfew, allowing shops to reopen.",
            "allowing",
            ["CONCEDE/None"],
        ),
        (
            "The union said the airline had reached a deal with a caterer to accept nearly 500"
            " kitchen workers.",
            "accept",
            [],
        ),
        ("Germany agreed to accept 10,000 guest workers from Tunisia.", "accept", ["AGREE/None"]),
        ("The ministry agreed to accept the striking nurses' demands.", "accept", ["CONCEDE/None"]),
    ],
)
def test_business_product_and_budget_senses(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # asked in a budget: a budget line; asked of a party: a request
        ("Lawmakers cut the funds the navy requested in its budget for 2026.", "requested", []),
        (
            "The ministry requested $2 billion in its budget proposal for next year.",
            "requested",
            [],
        ),
        ("The space agency's budget request grew by four percent.", "request", []),
        (
            "Ukraine requested more air defence systems from its allies.",
            "requested",
            ["REQUEST/None"],
        ),
        ("The two parties reached a budget deal on Friday.", "reached", ["AGREE/None"]),
        # rights granted are no aid; goods given are
        ("Residents fear Beijing is eroding the freedoms given to the territory.", "given", []),
        ("The constitution granted the province autonomy in 1979.", "granted", []),
        ("The UN gave the refugees food and blankets.", "gave", ["AID/None"]),
        # a shot or a goal allowed is play; a convoy allowed in is a concession
        ("Italy allowed only two shots on target all night.", "allowed", []),
        ("The government allowed aid convoys into the city.", "allowed", ["CONCEDE/None"]),
        # a feeling or an attitude resisted or embraced is no act toward a party
        ("Small newspapers have resisted that kind of pessimism.", "resisted", []),
        ("Investors should resist the temptation to sell.", "resist", []),
        ("The rebels resisted the offensive for a week.", "resisted", ["REJECT/None"]),
        ("Parliament embraced the peace plan.", "embraced", ["SUPPORT/None"]),
        # a frame of mind embraced (vocabulary 1.204.0)
        ("Coaches urge athletes to embrace a winning mindset.", "embrace", []),
        ("Young voters have embraced a more cautious outlook.", "embraced", []),
        # an epidemiological investigation traces the sick; a space probe is a craft
        (
            "Health officials conducted epidemiological investigations on the travellers.",
            "investigations",
            [],
        ),
        ("The Mars probe sent back images of the crater.", "probe", []),
        ("NASA's Galileo Jupiter probe measured the density of the plasma.", "probe", []),
        ("The space probe reached the comet in 2014.", "probe", []),
        (
            "The Senate probe into the contacts widened in March.",
            "probe",
            ["ACCUSE/investigate"],
        ),
        (
            "Lawmakers opened a probe into the space agency's spending.",
            "probe",
            ["ACCUSE/investigate"],
        ),
        # an interview request is a question
        ("She turned down every interview request from the tabloids.", "request", []),
        (
            "Congress approved the president's request for aid to Israel.",
            "request",
            ["REQUEST/None"],
        ),
        # a question clause hung on a call is what a verb fears, no content of the call
        ("He worried after the call on May 2 how the leak would be received.", "call", []),
        ("The call for a ceasefire grew louder.", "call", ["REQUEST/None"]),
    ],
)
def test_budget_rights_play_and_attitude_senses(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the writer with the reader on a topic meets no one
        ("Before we start, let's talk about the basics of budgeting.", "talk", []),
        ("This week we're going to talk about how to plan a garden.", "talk", []),
        # a party named is a meeting
        (
            "We will talk with the Chinese delegation about trade.",
            "talk",
            ["CONSULT/meet"],
        ),
    ],
)
def test_the_writer_talking_on_a_topic_meets_no_one(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a conference only where a speaker spoke is the speaker's venue
        ("- Gave the opening keynote at a conference in Austin", "conference", []),
        ("He spoke twice at Lisa Park's Webcraft conference in Denver.", "conference", []),
        # a conference on a subject, or for a purpose, is a meeting
        (
            "The minister spoke at a conference on Syria in Brussels.",
            "conference",
            ["CONSULT/meet"],
        ),
        (
            "The prime minister said at a peace conference in Paris that the war must end.",
            "conference",
            ["CONSULT/meet"],
        ),
    ],
)
def test_a_speakers_conference_is_no_meeting(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # damage a natural force or a physical cause does is no seizure (vocabulary 1.145.0)
        ("The wildfire destroyed 500 homes in the valley.", "destroyed", []),
        ("Lightning set fire to a barn near the village.", "set", []),
        ("Floods destroyed crops across the province.", "destroyed", []),
        (
            "Strong winds could bring down power lines, causing sparks that could set fires.",
            "set",
            [],
        ),
        # people who destroy or burn seize or riot
        ("The army razed the village near the border.", "razed", ["COERCE/seize"]),
        ("Rioters burned a bank in the city centre.", "burned", ["PROTEST/riot"]),
    ],
)
def test_damage_by_a_natural_force_is_no_seizure(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "Welcome to" opening a sentence, no one welcoming, greets the reader
        ("Welcome to our live coverage of the election.", "welcome", []),
        ("Welcome to a conversation about remote work and how to manage it", "welcome", []),
        # someone welcoming someone meets them
        ("The president welcomed the delegation to Beijing.", "welcomed", ["CONSULT/meet"]),
    ],
)
def test_a_welcome_to_the_reader_is_no_meeting(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a blow in a play of a game, teams clashing, a clash told with its score: sport
        ("The guard hit him in the face with an elbow on a rebound.", "hit", []),
        ("The two teams clashed in the semi-final last year.", "clashed", []),
        ("Liverpool beat Chelsea 2-1 in Sunday's clash at Anfield.", "clash", []),
        # blows and clashes between parties stay
        ("Police hit protesters with batons during the march.", "hit", ["ASSAULT/None"]),
        (
            "Rebels and soldiers clashed near the border, leaving five dead.",
            "clashed",
            ["ASSAULT/None"],
        ),
    ],
)
def test_sports_play_is_no_violence(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a finite "threaten to" with no subject, no one threatened and no actor: a risk
        (
            "In much of Europe rising energy costs are threatening to slow the recovery.",
            "threatening",
            [],
        ),
        # a threatener threatens
        ("The union is threatening to strike next week.", "threatening", ["THREATEN/restrict"]),
    ],
)
def test_a_risk_with_no_threatener_is_no_threat(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # emergency and 911 calls are telephone calls, no requests
        ("The outage left residents unable to make 911 calls for hours.", "calls", []),
        ("Dispatchers answered hundreds of emergency calls overnight.", "calls", []),
        # turmoil is a riot only told as violent or in the streets
        ("Stocks fell amid political turmoil in the capital.", "turmoil", []),
        ("Markets slid amid Brazil turmoil.", "turmoil", []),
        (
            "Violent turmoil erupted in the capital as rioters clashed with police.",
            "turmoil",
            ["PROTEST/riot"],
        ),
    ],
)
def test_telephone_calls_and_turmoil_are_no_events(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an armed intervention is force brought in, no mediation (vocabulary 1.147.0)
        ("Taiwan threatened with Chinese military intervention", "intervention", []),
        (
            "The tiny state was threatened with an armed intervention by its neighbour.",
            "intervention",
            [],
        ),
        (
            "The diplomats welcomed Turkish intervention in the dispute.",
            "intervention",
            ["CONSULT/mediate"],
        ),
        # talk as a topic or as what is censored is public talk, no meeting
        ("The focus of discussion of the budget has shifted.", "discussion", []),
        ("Censors told websites to block discussions about the outbreak.", "discussions", []),
        (
            "The two ministers held discussions on the border dispute.",
            "discussions",
            ["CONSULT/meet"],
        ),
        ("Our discussions with the minister were productive.", "discussions", ["CONSULT/meet"]),
        # a rocket made with no word of arms is a launch vehicle, no weapon
        ("The company expects to produce four rockets a year by 2026.", "produce", []),
        ("Three rockets will be produced at the new plant by 2025.", "produced", []),
        (
            "The militia produced rockets in a hidden workshop.",
            "produced",
            ["MOBILIZE/weapons"],
        ),
        # a shipment something is ready for tells its state, no aid
        ("The engine will soon be ready for shipment to the test site.", "shipment", []),
        (
            "The government approved the shipment of arms to the rebels.",
            "shipment",
            ["AID/None"],
        ),
    ],
)
def test_interventions_talk_rockets_and_shipments_in_their_senses(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # working with someone as a stretch of a person's career is no cooperation
        ("Jane Doe has worked with the likes of famous rappers.", "worked", []),
        ("He held these views long before working with the rocket maker.", "working", []),
        ("Working with these players is what attracted me.", "working", []),
        ("The ministry is working with Interpol to find him.", "working", ["COOPERATE/None"]),
        ("Turkey has worked with Russia on a ceasefire.", "worked", ["COOPERATE/None"]),
        ("The envoy has worked with the Taliban for years.", "worked", ["COOPERATE/None"]),
        # what a thing offers is what it provides, no pledge
        ("The senator's visit offers a reminder of the stakes.", "offers", []),
        ("The minister offered talks to the rebels.", "offered", ["AGREE/None"]),
        ("The rebels' leader offered a truce.", "offered", ["AGREE/None"]),
        # a how-to with no subject above it is advice to the reader
        ("A guide to leadership and how to embrace it", "embrace", []),
        ("The rebels learned how to build bombs from a manual.", "build", ["MOBILIZE/weapons"]),
        # "to the rescue" hung on a thing is an idiom
        ("A cheap keyboard case to the rescue.", "rescue", []),
        ("Troops came to the rescue of the villagers.", "rescue", ["AID/None"]),
        ("Russia to the rescue.", "rescue", ["AID/None"]),
        # backing a party needs is none given
        ("Artists do not need the label's approval for live shows.", "approval", []),
        (
            "The opposition won the approval of parliament for the reform.",
            "approval",
            ["SUPPORT/None"],
        ),
    ],
)
def test_careers_things_offering_how_tos_and_needed_backing(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # rivals meeting in a contest compete, no meeting
        ("Ten candidates meet on the debate stage tonight.", "meet", []),
        ("The champions meet the hosts in the final on Sunday.", "meet", []),
        ("The foreign ministers met at the summit in Brussels.", "met", ["CONSULT/meet"]),
        # a chance or a post turned down is a career choice
        ("The coach has turned down a number of opportunities to work abroad.", "turned", []),
        ("The rebels turned down the ceasefire proposal.", "turned", ["REJECT/None"]),
        ("The Senate rejected the nomination of the judge.", "rejected", ["REJECT/None"]),
    ],
)
def test_contests_and_careers(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # talks toward a job in a work or a show are a job negotiation
        ("The director is in final talks to write and direct the sequel.", "talks", []),
        ("The actor is in talks to star in the remake.", "talks", []),
        ("The government is in talks to buy fighter jets.", "talks", ["CONSULT/meet"]),
        # talks between businesses told by their common nouns are business talks
        ("Talks have resumed between the two newspaper companies.", "talks", []),
        ("The two newspaper chains resumed talks on a merger.", "talks", []),
        ("Ukraine is in talks with Russia on a ceasefire.", "talks", ["CONSULT/meet"]),
        ("The bank held talks with the government on the loan.", "talks", ["CONSULT/meet"]),
    ],
)
def test_job_and_business_talks(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an apology for a lapse of manners is politeness
        ("He sheepishly apologized for his tardiness.", "apologized", []),
        ("The minister apologized for the remarks.", "apologized", ["SUPPORT/None"]),
        # offers asked of anyone are a procurement call
        ("The agency sought proposals for lunar landers.", "sought", []),
        ("The city invited bids for the new bridge.", "invited", []),
        ("Iran sought assistance from Russia.", "sought", ["REQUEST/None"]),
    ],
)
def test_apologies_for_lapses_and_procurement_calls(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an animal killed, shot or attacking is no violence between parties
        ("The hunter had killed and eaten a wild rabbit before he was arrested.", "killed", []),
        ("Farmers shot three wolves near the village.", "shot", []),
        ("The wolves that attacked the flock were never found.", "attacked", []),
        ("A bear attacked two hikers in the park.", "attacked", []),
        ("Soldiers shot the protesters.", "shot", ["ASSAULT/firearms"]),
        ("The militia killed the villagers and their cattle.", "killed", ["ASSAULT/kill"]),
        ("Protesters attacked Fox News reporters.", "attacked", ["ASSAULT/None"]),
        # charging a device, or among words of electric power, is no indictment
        ("You can charge the phone in an hour.", "charge", []),
        ("The dock has a slot for charging any tablet with the wireless case.", "charging", []),
        ("Prosecutors charged the activist with sedition.", "charged", ["ACCUSE/charge"]),
        (
            "The court charged him over the explosion at a battery factory.",
            "charged",
            ["ACCUSE/charge"],
        ),
        # a hazard withstood is endurance; help as one's pleasure is courtesy
        ("The utility failed to harden its lines to withstand fire weather.", "withstand", []),
        ("The levees were built to resist floods.", "resist", []),
        ("The government withstood pressure from Washington.", "withstood", ["REJECT/None"]),
        ("Fans run their pages like a job, and the platform is happy to help.", "help", []),
        ("Russia said it was glad to help Syria.", "help", ["AID/None"]),
    ],
)
def test_animals_charging_hazards_and_courtesy(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what money is for, aimed at no party, is no act (events_senses.money_purpose)
        ("There wasn't funding to support that higher production rate.", "support", []),
        ("The agency found the money to support a faster launch schedule.", "support", []),
        ("The charity raised money to help the refugees.", "help", ["AID/None"]),
        ("Congress approved funding to support Ukraine.", "support", ["SUPPORT/None"]),
        # pursuing a post or a role is a candidacy, no request (rule seek-office)
        ("The senator is seeking a bigger role in the party.", "seeking", []),
        ("The mayor will seek a third term next year.", "seek", []),
        ("The opposition sought talks with the government.", "sought", ["REQUEST/None"]),
        # a tender or takeover offer is a bid for shares, no pledge (rule share-offer)
        ("Globex made a $2 billion tender offer for Acme shares.", "offer", []),
        ("Investors are waiting for the takeover offer by Globex.", "offer", []),
        ("The government made an offer of talks to the rebels.", "offer", ["AGREE/None"]),
    ],
)
def test_money_purposes_candidacies_and_share_offers(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an accident or a natural force as the only doer (events_senses.hazard_as_doer)
        ("The quake cut telephone links between the island and the mainland.", "cut", []),
        ("The floods blocked the main road to the capital.", "blocked", []),
        ("The rebels cut the supply lines to the city.", "cut", ["SANCTION/discontinue"]),
        # a scandal or a crisis topples no one in a coup (events_senses.cause_toppled)
        ("The Watergate scandal toppled a president.", "toppled", []),
        ("The economic crisis toppled the government.", "toppled", []),
        ("The army toppled the president in 1973.", "toppled", ["ASSAULT/coup"]),
        # the prosecuting side of a trial (events_senses.prosecuting_side)
        ("Called by the prosecution, he told the jury the search was legal.", "prosecution", []),
        ("The prosecution rested its case on Friday.", "prosecution", []),
        ("A witness for the prosecution said he saw the defendant.", "prosecution", []),
        ("The prosecution of the general began in May.", "prosecution", ["ACCUSE/charge"]),
        # a bout stopped (events_senses_bouts.bout_stoppage)
        ("Klitschko won with a seventh-round stoppage of Rahman in Mannheim.", "stoppage", []),
        ("Dock workers staged a work stoppage over pay.", "stoppage", ["PROTEST/strike"]),
        # an instruction to the reader (events_senses.reader_instruction)
        ("For a partial list of the regulations, visit ProPublica.", "visit", []),
        ("The president will visit Moscow next week.", "visit", ["CONSULT/meet"]),
    ],
)
def test_hazards_causes_litigants_bouts_and_readers(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # conservation, no aid to a party (events_senses.wildlife_protected)
        (
            "The administration is reducing protections for endangered animals and plants.",
            "protections",
            [],
        ),
        ("The army protected the villagers.", "protected", ["AID/None"]),
        # rescuers sent to a disaster (events_senses.relief_deployed)
        ("Rescue teams were deployed to the affected area.", "deployed", []),
        ("Firefighters were deployed to the scene.", "deployed", []),
        ("Troops were deployed to the border.", "deployed", ["MOBILIZE/troops"]),
        # giving an authority is authorising, no aid (events_senses.authority_given)
        ("Congress gave the agency authorization to revoke the rule.", "gave", []),
        ("The United States gave Ukraine $400 million in military aid.", "gave", ["AID/None"]),
    ],
)
def test_wildlife_relief_and_authority(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # striving against a problem (events_senses.struggle_with_a_thing)
        ("She battled mental illness for years.", "battled", []),
        ("The army fought the rebels near the border.", "fought", ["ASSAULT/None"]),
        # a bout in a ring (events_senses_bouts.boxing_bout)
        (
            "Klitschko had beaten Thompson in 2008, knocking him out in the 11th round.",
            "beaten",
            [],
        ),
        ("The referee stepped in to stop the fight.", "fight", []),
        ("Police beat the protesters with batons.", "beat", ["ASSAULT/beat"]),
        # a team rallied (events_senses_sports.sports_rally)
        ("Luck has rallied his team to victory in the fourth quarter.", "rallied", []),
        ("Thousands rallied outside parliament.", "rallied", ["PROTEST/demo"]),
        # a game with its score (events_senses.scored_meeting)
        (
            "It was the second meeting between the schools, as Gonzaga beat Tennessee, 83-74.",
            "meeting",
            [],
        ),
        # a jury deliberating (events_senses.jury_deliberation)
        ("Jury deliberations are still underway for the second suspect.", "deliberations", []),
        ("The two ministers met in Geneva.", "met", ["CONSULT/meet"]),
        # substance abuse (events_senses.substance_abuse)
        ("They argued that his drug abuse was a mitigating factor.", "abuse", []),
        ("The abuse of prisoners at the jail was documented.", "abuse", ["ASSAULT/torture"]),
        # an idiom of undermining (events_senses.strike_at_heart)
        ("Environmental groups say the move strikes at the heart of the law.", "strikes", []),
        ("Workers will strike next week.", "strike", ["PROTEST/strike"]),
        # looking for someone (events_senses.sought_out)
        ("She sought out the three coworkers from her shift.", "sought", []),
        ("The opposition sought help from the United Nations.", "sought", ["REQUEST/None"]),
        # a show presented (events_senses.show_hosted)
        ("Ricky Gervais would not be hosting the Oscars.", "hosting", []),
        ("The president hosted the Iranian delegation.", "hosted", ["CONSULT/meet"]),
    ],
)
def test_struggles_bouts_games_juries_idioms_and_shows(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # disbelief (events_senses.refused_belief)
        ("The club apparently refused to believe that the offer was real.", "refused", []),
        ("The opposition refused to accept the results.", "refused", ["REJECT/None"]),
        # a statement to the press (events_senses.talk_to_the_press)
        ("The prosecutor is expected to discuss the case at a news conference.", "discuss", []),
        (
            "The minister discussed the ceasefire with the rebels at a press conference.",
            "discussed",
            ["CONSULT/meet"],
        ),
        # a species harmed is an animal harmed ("species" among the animals)
        ("The agencies found that the endangered species would not be harmed.", "harmed", []),
    ],
)
def test_disbelief_press_statements_and_species(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "exile" describing people is no act of exile (vocabulary 1.159.0)
        ("Leaders of the exile community met in Madrid.", "exile", []),
        ("Exile groups denounced the vote.", "exile", []),
        ("The regime sent the poet into exile.", "exile", ["COERCE/exile"]),
        # what a slope sheds destroys as a natural force does
        ("A slab of hillside could break loose and destroy the road.", "destroy", []),
        ("Boulders destroyed two houses below the cliff.", "destroyed", []),
        ("Soldiers destroyed two houses in the village.", "destroyed", ["COERCE/seize"]),
        # information withheld is declining to comment
        ("The chief executive declined to give a breakdown of the costs.", "declined", []),
        ("The ministry refused to provide details of the raid.", "refused", []),
        ("Iran declined to release the tanker.", "declined", ["REJECT/None"]),
        # ... and so are declining when asked to comment, and one's name withheld (1.229.0)
        ("The spokesman declined when asked to comment.", "declined", []),
        ("A woman who declined to give her surname said she was afraid.", "declined", []),
        ("The minister declined when asked to join the coalition.", "declined", ["REJECT/None"]),
        # honouring a commitment is compliance, no praise
        ("Most members were honoring the embargo.", "honoring", []),
        ("Iran said it would honour the agreement.", "honour", []),
        ("The president honored the fallen soldiers.", "honored", ["SUPPORT/None"]),
    ],
)
def test_senses_of_tempeval_news(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a deadline given is no aid (vocabulary 1.160.0)
        ("The regulator gave the company until Friday to reply.", "gave", []),
        ("Norway gave the refugees food and blankets.", "gave", ["AID/None"]),
        # a law broken is an offence, no rejection
        ("He is charged with violating the Clean Water Act.", "violating", []),
        # a law's title the parser cuts after its first name (events_senses._title_run)
        (
            "He was charged with murder and with violating the Freedom of Access to Clinic "
            "Entrances Act by using force.",
            "violating",
            [],
        ),
        ("The firm breached securities law.", "breached", []),
        ("The protesters defied the government.", "defied", ["REJECT/None"]),
        # a structure toppled is no coup
        ("The explosion toppled a six-story building.", "toppled", []),
        ("The army toppled the president.", "toppled", ["ASSAULT/coup"]),
        # the plan of a hostile act is no agreement
        ("The plan of kidnapping the envoy took months to prepare.", "plan", []),
    ],
)
def test_senses_of_tempeval_news_second_round(
    nlp, text: str, trigger: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # exiles are people, no act of exile (vocabulary 1.161.0)
        ("Cuban exiles marched in Miami on Sunday.", "exiles", []),
        ("The junta and its critics in exile traded insults.", "exile", []),
        ("The poet was forced into exile in 1990.", "exile", ["COERCE/exile"]),
        # an alliance a name modifies is the organisation
        ("Poland joined the NATO alliance in 1999.", "alliance", []),
        ("The two parties formed an alliance before the vote.", "alliance", ["COOPERATE/None"]),
        # "to his credit" praises no one
        ("To her credit, the mayor answered every question.", "credit", []),
        # a takeover threat is a possible bid
        ("The brewer has no takeover threat to fear this year.", "threat", []),
        ("Iran threatened a takeover of the strait.", "threatened", ["THREATEN/None"]),
    ],
)
def test_senses_of_tempeval_news_third_round(
    nlp, text: str, trigger: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a state easing is no concession (vocabulary 1.170.0)
        ("The mood in the capital began to relax after the vote.", "relax", []),
        ("Tensions eased along the border on Monday.", "eased", []),
        ("The junta relaxed the curfew on Friday.", "relaxed", ["CONCEDE/None"]),
        # undertaking work is no pledge
        ("The ministry is undertaking a review of the prisons.", "undertaking", []),
        # a hand in an act done to someone is no aid to them
        ("The scandal helped bring down the prime minister.", "helped", []),
        ("The colonel helped topple the president in 1989.", "helped", []),
        ("Norway helped the refugees.", "helped", ["AID/None"]),
        # a natural force striking is no attack
        ("A series of aftershocks hit the coast on Sunday.", "hit", []),
        ("The earthquake struck the valley at dawn.", "struck", []),
        ("Rebels hit the convoy with rockets.", "hit", ["ASSAULT/None"]),
        # a blow of the economy is no attack (vocabulary 1.246.0)
        ("Investors were hit by heavy losses last year.", "hit", []),
        ("The village was hit by rockets on Sunday.", "hit", ["ASSAULT/None"]),
        # a ball won in a game is nothing torn down (vocabulary 1.246.0)
        ("The forward pulled down a team-high nine rebounds.", "pulled down", []),
        ("The army pulled down the houses of the rebels.", "pulled down", ["COERCE/seize"]),
        ("Israeli fire killed two men near the fence.", "killed", ["ASSAULT/kill"]),
        # sympathy extended is condolence, no aid
        ("The president extended her sympathy to the families.", "extended", []),
        ("The president extended her sympathy to the families.", "sympathy", ["SUPPORT/None"]),
        # an exile modifier coordinated with another modifier describes people
        ("Talks between party leaders and exile groups broke down.", "exile", []),
    ],
)
def test_senses_of_tempeval_and_ecb_news(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a defendant's plea is no request (vocabulary 1.171.0)
        ("The senator entered a plea of not guilty.", "plea", []),
        ("His guilty plea surprised the court.", "plea", []),
        ("The mother made a tearful plea for her son's release.", "plea", ["REQUEST/None"]),
        # an address given is no aid
        ("The firm gave a false address for the donor.", "gave", []),
        ("The king gave an address to the nation.", "gave", []),
        # a message sent by wire is no aid (vocabulary 1.186.0)
        ("Agents sent a telegram to the White House asking for a new director.", "sent", []),
        ("Similar telegrams were sent by the government to the two presidents.", "sent", []),
        ("The government sent food and medicine to the flooded province.", "sent", ["AID/None"]),
        # who the dead are, released, is information (vocabulary 1.186.0)
        ("The identities of the victims have not been released.", "released", []),
        ("Police released the names and identities of the two officers.", "released", []),
        ("The rebels released the two hostages on Friday.", "released", ["RETREAT/release"]),
        # an act in a relative clause on "anyone" is a case a rule covers
        ("The law punishes anyone who attacks a reporter.", "attacks", []),
        ("A gunman who attacked a reporter was arrested.", "attacked", ["ASSAULT/None"]),
        # targeting the heart of something is the idiom of undermining it
        ("Critics said the bill targets the core of the treaty.", "targets", []),
        ("The army targeted rebel positions near the border.", "targeted", ["ASSAULT/None"]),
    ],
)
def test_senses_of_tempeval_and_ecb_news_second(
    nlp, text: str, trigger: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a visit within a family is no consultation (vocabulary 1.172.0)
        ("She was looking forward to her son's visit.", "visit", []),
        ("He visited his grandmother in the hospital.", "visited", []),
        ("The president visited Kenya in May.", "visited", ["CONSULT/meet"]),
        # ... and so is talk within a family (vocabulary 1.180.0)
        ("The two branches of the family talked by telephone every week.", "talked", []),
        ("He phoned his mother from the airport.", "phoned", []),
        ("The senator talked with his daughter about the vote.", "talked", ["CONSULT/meet"]),
        ("Members of the family met the governor on Tuesday.", "met", ["CONSULT/meet"]),
        # the state of carrying a weapon is no mobilisation
        ("Police said the gunman was armed.", "armed", []),
        ("The militia was armed by a neighbouring state.", "armed", ["MOBILIZE/troops"]),
    ],
)
def test_senses_of_tempeval_and_ecb_news_third(
    nlp, text: str, trigger: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a patient's visit to carers is no consultation (vocabulary 1.179.0)
        ("She had visited several doctors and a therapist since the spring.", "visited", []),
        ("He visits a psychiatrist every week.", "visits", []),
        ("The minister visited the doctors at the field hospital.", "visited", ["CONSULT/meet"]),
        # harm suffered in a game, a training or a season is a sports injury
        ("His ankle was injured in Sunday's loss to the Rams.", "injured", []),
        ("The goalkeeper was injured during training on Friday.", "injured", []),
        ("Two soldiers were injured in the attack on the convoy.", "injured", ["ASSAULT/None"]),
        # a blow verb on a rank tells where one of a series fell
        ("The robbery is the latest to hit the city's jewellers.", "hit", []),
        ("The cyclone was the worst to strike the coast in decades.", "strike", []),
        ("It was the second bombing to hit the market.", "bombing", ["ASSAULT/explosives"]),
        ("It was the second bombing to hit the market.", "hit", []),
        ("Troops were ordered to hit the camp at dawn.", "hit", ["ASSAULT/None"]),
        # a passive "met with" a thing is a response drawn
        ("Such attacks must be met with a firm response.", "met", []),
        ("The marchers were met with water cannon.", "met", []),
        ("The envoy was met by the foreign minister.", "met", ["CONSULT/meet"]),
        ("The premier met with the strikers on Monday.", "met", ["CONSULT/meet"]),
        # what is "talked about", the "about" left bare, is a topic of talk
        ("The witness who is most talked about is his sister.", "talked", []),
        ("The two leaders talked about trade on Monday.", "talked", ["CONSULT/meet"]),
        # demand no one makes, for goods or labour or a market's, is buyers' demand
        ("Rising demand for steel lifted prices.", "demand", []),
        ("The demand for nurses has outstripped supply.", "demand", []),
        ("The union's demand for higher pay angered the employers.", "demand", ["REQUEST/None"]),
        ("The demand for her release grew louder.", "demand", ["REQUEST/None"]),
        # backing down yields; backing a plan supports it
        ("The governor refused to back down over the tax.", "back", ["CONCEDE/None"]),
        ("The government backed off the plan after the protests.", "backed", ["CONCEDE/None"]),
        ("The opposition backed the plan.", "backed", ["SUPPORT/None"]),
        # a Band-Aid is a plaster or a stopgap
        ("Critics called the subsidy a Band-Aid for the farmers.", "aid", []),
        ("The European Union sent aid to the farmers.", "aid", ["AID/None"]),
    ],
)
def test_senses_of_tempeval_and_ecb_news_fourth(
    nlp, text: str, trigger: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an inquiry into what caused a fire or an accident alleges nothing (vocabulary 1.199.0)
        ("Investigations into what caused the fire are ongoing.", "investigations", []),
        ("Officials are investigating the cause of the blaze.", "investigating", []),
        ("The cause of the crash is under investigation.", "investigation", []),
        ("Police are investigating the fire as arson.", "investigating", ["ACCUSE/investigate"]),
        (
            "Inspectors are investigating the cause of the fire, which was set deliberately.",
            "investigating",
            ["ACCUSE/investigate"],
        ),
        (
            "Investigators are looking into the killing of the deputy.",
            "looking",
            ["ACCUSE/investigate"],
        ),
        # the terms a court sets, broken, are an offence, no rejection
        ("Orozco was booked on suspicion of violating his parole.", "violating", []),
        ("She was arrested for violating her probation.", "violating", []),
        ("The rebels violated the ceasefire on Monday.", "violated", ["ASSAULT/None"]),
        # a patient released from a hospital is no release from custody
        ("A man was released from a secure mental hospital against his wishes.", "released", []),
        ("The singer was discharged from hospital on Monday.", "discharged", []),
        ("The prisoners were released from jail on Monday.", "released", ["RETREAT/release"]),
        # a program's fix released is a product
        ("Install the shim that they have released.", "released", []),
        ("Microsoft released a fix for the flaw on Tuesday.", "released", []),
        # firefighters attacking a blaze fight a fire
        ("Firefighters attacked the blaze from above.", "attacked", []),
        ("Crews battled the flames for hours.", "battled", []),
        ("Rebels attacked the fire station on Monday.", "attacked", ["ASSAULT/None"]),
        # talk or a state of affairs surrounding a thing is no cordon
        ("The buzz surrounding the trailers is enough to warrant a sequel.", "surrounding", []),
        ("Questions surrounding his death remain.", "surrounding", []),
        ("Troops surrounding the city shelled it overnight.", "surrounding", ["COERCE/restrict"]),
        # criminals leaving the scene of their crime
        ("The gunmen escaped in a stolen car.", "escaped", []),
        ("The robbers stormed the bank and fled with the cash.", "fled", []),
        ("Three robbers escaped from the prison on Sunday.", "escaped", ["RETREAT/flee"]),
        ("Thousands of refugees fled the fighting.", "fled", ["RETREAT/flee"]),
        # robbers storming a shop raid it
        ("Four masked robbers stormed a jewellery store on Monday.", "stormed", ["COERCE/seize"]),
        # (an attack with no weapon told: no mode since events-vocab 1.338.5)
        ("Gunmen stormed the hotel on Monday.", "stormed", ["ASSAULT/None"]),
        # a jury agreeing shares a view
        ("It was not until 1997 that a jury agreed.", "agreed", []),
        ("The jurors agreed with the defence.", "agreed", []),
        ("The two governments agreed on a ceasefire.", "agreed", ["AGREE/None"]),
    ],
)
def test_senses_of_ecb_news_ninth(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a party destroying or scrapping its own arms disarms
        (
            "Iraq destroyed its chemical weapons under U.N. supervision.",
            "destroyed",
            ["RETREAT/disarm"],
        ),
        ("The rebels agreed to dismantle their rocket launchers.", "dismantle", ["RETREAT/disarm"]),
        ("The army destroyed the rebels' weapons.", "destroyed", ["COERCE/seize"]),
        # a raid from the air is an air strike
        ("The U.S. air raid on the camps was condemned by Sudan.", "raid", ["ASSAULT/aerial"]),
        ("Israeli warplanes raided a village near the border.", "raided", ["ASSAULT/aerial"]),
        ("Police raided the house of the suspect.", "raided", ["COERCE/seize"]),
        # a press or news conference is no meeting
        ("The minister held a press conference on Monday.", "conference", []),
        ("The general gave a news conference in the capital.", "conference", []),
        ("The two presidents held a conference on trade.", "conference", ["CONSULT/meet"]),
        # charged with a duty
        (
            "The council charged the inspectors with verifying the destruction of the arms.",
            "charged",
            [],
        ),
        ("The panel is charged with overseeing the elections.", "charged", []),
        ("The man was charged with murdering a doctor.", "charged", ["ACCUSE/charge"]),
        ("He was charged with organizing an illegal protest.", "charged", ["ACCUSE/charge"]),
        # a passive "held up" is delayed
        ("Some say the pilots were held up by the lack of opportunities.", "held", []),
        ("The rebels were held in a military prison.", "held", ["COERCE/imprison"]),
        # a firm's services cut are business
        ("The airline has also cut all flights to South Korea.", "cut", []),
        ("The airline has also cut all flights to South Korea.", "flights", []),
        ("Russia suspended all flights to Egypt.", "suspended", ["SANCTION/discontinue"]),
        # a test or a standard calling for something is a norm
        ("He met the test that calls for custody going to the surviving parent.", "calls", []),
        ("The opposition calls for new elections.", "calls", ["REQUEST/None"]),
        # a struggle noun said of a dispute
        ("The dispute over the boy is a battle between Cubans of differing views.", "battle", []),
        ("The election is a battle between two visions of the country.", "battle", []),
        ("The battle between the army and the rebels lasted two days.", "battle", ["ASSAULT/None"]),
        # a standing allegiance
        ("His father seems the most closely allied with the Cuban government.", "allied", []),
        ("France allied with Britain against Germany.", "allied", ["COOPERATE/None"]),
        # a place defended is held by arms
        ('"We will defend our north from the border," said the minister.', "defend", []),
        ("Troops were sent to defend the capital.", "defend", []),
        ("The president defended the decision to raise taxes.", "defended", ["SUPPORT/None"]),
        # what a plan is like is no content
        (
            "Planning incorporates business and technology plans that are complementary.",
            "plans",
            [],
        ),
    ],
)
def test_senses_of_tempeval_news_ninth(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a measure of a natural force is no word of a party's (vocabulary 1.208.0)
        ("The 5.9-magnitude quake struck the island on Sunday.", "struck", []),
        ("A Category 4 hurricane hit the town overnight.", "hit", []),
        ("Rebels hit the convoy with rockets.", "hit", ["ASSAULT/None"]),
        # bare talk told by its manner is a way of speaking
        ("A sign warned the staff against loose talk.", "talk", []),
        ("The minister replied with tough talk on Monday.", "talk", []),
        ("The minister held talks with the rebels.", "talks", ["CONSULT/meet"]),
    ],
)
def test_senses_of_ecb_news_tenth(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a gun discharged is fired, no one freed (vocabulary 1.215.0)
        ("The guard discharged his pistol at the fleeing men.", "discharged", ["ASSAULT/firearms"]),
        ("The court discharged the prisoners on Monday.", "discharged", ["RETREAT/release"]),
        # an amount made smaller is no disapproval
        ("The ministry tried to minimize the damage to the harbour.", "minimize", []),
        ("The minister belittled the opposition's proposals.", "belittled", ["ACCUSE/disapprove"]),
        # a list of one's works or an allowance is no praise
        ("His screen credits include three war films.", "credits", []),
        ("The council approved tax credits for farmers.", "credits", []),
        # a ballot cast in an election is no endorsement
        ("Voting for deputies to the new assembly began on Sunday.", "voting", []),
        ("Millions voted for the opposition in the election.", "voted", []),
        ("The Senate voted for the resolution on Tuesday.", "voted", ["SUPPORT/None"]),
        # evidence that one was in some state is a defence of oneself
        ("She produced evidence that she was abroad at the time.", "produced", []),
        (
            "The opposition produced evidence that the minister took bribes.",
            "produced",
            ["ACCUSE/allege"],
        ),
        ("He produced evidence that he was tortured by the police.", "produced", ["ACCUSE/allege"]),
        # a death in custody from illness is no one's act
        ("The dissident, who had suffered from cancer, died in prison.", "died", []),
        ("The activist died in jail after a long illness.", "died", []),
        ("The journalist died in prison on Monday.", "died", ["ASSAULT/custody-death"]),
        # ... but an age alone tells no cause: a death while held (the ruling of the 34th
        # session; vocabulary 1.296.0 ended the old-age reading of 1.233.0)
        (
            "The mob boss, who died yesterday in federal prison at 77, was feared.",
            "died",
            ["ASSAULT/custody-death"],
        ),
        ("The former dictator died in prison aged 82.", "died", ["ASSAULT/custody-death"]),
        ("The former dictator died in prison of old age.", "died", []),
        ("The activist died in police custody at 24.", "died", ["ASSAULT/custody-death"]),
        ("The general died in prison at 1600 GMT.", "died", ["ASSAULT/custody-death"]),
        # protection of the living world and a danger to it are conservation
        ("Scientists involved in wildlife protection were consulted.", "protection", []),
        ("The plan addresses threats to the wetland habitat.", "threats", []),
        ("Logging threatens the wetlands.", "threatens", []),
        ("The militia issued threats to journalists in the capital.", "threats", ["THREATEN/None"]),
        # acts "there have been" for years are a pattern
        ("For decades there have been riots in these suburbs.", "riots", []),
        ("There have been protests in the capital for weeks.", "protests", ["PROTEST/demo"]),
        # evidence sent for testing is no aid (vocabulary 1.215.1)
        ("Detectives sent the knife to a forensic laboratory.", "sent", []),
        ("The United States sent food to the refugees.", "sent", ["AID/None"]),
        # a plea bargain is court procedure
        ("The driver accepted a plea deal last week.", "accepted", []),
        ("The driver accepted a plea deal last week.", "deal", []),
        ("The governor heeded the plea of the families.", "heeded", ["CONCEDE/None"]),
        # a child released to kin is a family's custody
        ("The girl was released to her grandmother.", "released", []),
        ("The journalist was released to his family.", "released", ["RETREAT/release"]),
    ],
)
def test_senses_of_ecb_news_eleventh(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a link or an involvement denied is a statement, no sanction (vocabulary 1.228.0)
        ("The army denied any link to the attack.", "denied", []),
        ("The rebels denied involvement in the bombing.", "denied", []),
        ("The government denied visas to the journalists.", "denied", ["SANCTION/discontinue"]),
    ],
)
def test_a_denied_link_is_no_sanction(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an occasion seized is no seizure (vocabulary 1.228.1)
        ("The rebels seized the opportunity to regroup.", "seized", []),
        ("The army seized the initiative in the north.", "seized", []),
        ("Police seized the weapons at the border.", "seized", ["COERCE/seize"]),
    ],
)
def test_an_occasion_seized_is_none(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


def test_the_aim_of_an_offence_charged_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # vocabulary 1.228.2: "conspiracy to commit murder" names the charge
    text = "They are charged with murder, conspiracy to commit murder and violations of laws."
    assert [e.trigger for e in events(nlp, text)] == ["charged"]
    assert _codings(events(nlp, "The gang committed murder in the village."), "murder") == [
        "ASSAULT/kill"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "lock" shuts someone in only with someone locked (vocabulary 1.228.5)
        ("The guards locked him in a cell.", "locked", ["COERCE/imprison"]),
        ("He was locked in a cell for three days.", "locked", ["COERCE/imprison"]),
        ("Police locked up the protesters.", "locked up", ["COERCE/imprison"]),
        ("The warplanes turned back when the radar locks onto them.", "locks", []),
        ("The guards locked the door.", "locked", []),
        ("The two parties are locked in a dispute over the budget.", "locked", []),
        # a symbol burnt is a demonstration (vocabulary 1.228.6)
        ("Protesters burned an effigy of the president.", "burned", ["PROTEST/demo"]),
        ("The crowd burned American flags outside the embassy.", "burned", ["PROTEST/demo"]),
        ("Rioters burned cars in the suburbs.", "burned", ["PROTEST/riot"]),
    ],
)
def test_locked_in_and_symbols_burnt(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # striking or lashing out at someone is criticism (vocabulary 1.228.7)
        ("The president struck out at his critics on Monday.", "struck out", ["ACCUSE/disapprove"]),
        ("The minister lashed out at the opposition.", "lashed out", ["ACCUSE/disapprove"]),
        ("He struck out on his own after the war.", "struck", []),
        ("Rebels struck the town at dawn.", "struck", ["ASSAULT/None"]),
    ],
)
def test_striking_out(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "burn" seizes property only with something burnt (vocabulary 1.228.9)
        ("As the capital burned, the ministers met in secret.", "burned", []),
        ("There were burning cars everywhere after the match.", "burning", []),
        ("Protesters were burning cars in the streets.", "burning", ["PROTEST/riot"]),
        ("Rioters burned cars in the suburbs.", "burned", ["PROTEST/riot"]),
        ("The party's offices were burned down overnight.", "burned", ["ASSAULT/primitive"]),
        # getting by is no meeting (vocabulary 1.228.9)
        ("Many people hold two jobs to make ends meet.", "meet", []),
        ("The two delegations will meet on Monday.", "meet", ["CONSULT/meet"]),
        # backing by things is the means of the one backed (vocabulary 1.228.10)
        ("The rally was backed by loud music and fireworks.", "backed", []),
        ("The rebels are backed by Iran.", "backed", ["SUPPORT/None"]),
    ],
)
def test_fires_ends_met_and_backing_by_things(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # to undermine is to weaken, no rejection (vocabulary 1.225.0)
        ("The rebels tried to undermine the government.", "undermine", []),
        ("It was a process undermined by past governments.", "undermined", []),
        # "sanction" an act or a deal is to authorize it
        ("The boss was accused of sanctioning the killing of two rivals.", "sanctioning", []),
        ("The council sanctioned the use of force against the rebels.", "sanctioned", []),
        (
            "The United Nations sanctioned Iran over its nuclear program.",
            "sanctioned",
            ["SANCTION/discontinue"],
        ),
        # stepping out to look is no inquiry
        ("Officers got out of their car to investigate, and the man ran.", "investigate", []),
        ("Police are investigating the shooting.", "investigating", ["ACCUSE/investigate"]),
        ("The FBI was called in to investigate.", "investigate", ["ACCUSE/investigate"]),
        # a jury's sentencing recommendation is court procedure
        (
            "The judge refused to reduce the jury's recommendation of death.",
            "recommendation",
            [],
        ),
    ],
)
def test_senses_of_ecb_news_twelfth(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a trait, a talk or a cause hijacked is a figure of speech (vocabulary 1.236.4)
        ("Critics say the party hijacked the debate on pensions.", "hijacked", []),
        ("Gunmen hijacked a bus carrying pilgrims.", "hijacked", ["ASSAULT/abduct"]),
        # abuse, violation or assault told as sexual is sexual violence (vocabulary 1.236.4)
        ("The girl was sexually abused by a teacher.", "abused", ["ASSAULT/sexual"]),
        ("She had been sexually violated by a gang of men.", "violated", ["ASSAULT/sexual"]),
        ("Guards abused the prisoners.", "abused", ["ASSAULT/torture"]),
        ("The army violated the ceasefire.", "violated", ["ASSAULT/None"]),
        # disowning one's work is no resignation, a gaze no inquiry (vocabulary 1.236.5)
        ("The singer later renounced the songs she had written.", "renounced", []),
        ("The king renounced the throne.", "renounced", ["RETREAT/resign"]),
        ("He answered by looking into the camera and smiling.", "looking", []),
        # a text drafted is written (vocabulary 1.236.7)
        ("Officials on Friday finished drafting the rules.", "drafting", []),
        ("The army drafted 5,000 reservists.", "drafted", ["MOBILIZE/troops"]),
    ],
)
def test_senses_of_a_biography(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # drafting a text is writing it, no conscription (vocabulary 1.230.0)
        ("Officials finished drafting the rules with the envoys.", "drafting", []),
        ("The council drafted a resolution on the war.", "drafted", []),
        ("The army drafted thousands of young men.", "drafted", ["MOBILIZE/troops"]),
        # a threat posed is a danger told, no threat made
        ("The attacks pose a threat to every country.", "threat", []),
        ("Iran represents a serious threat to Israel, the minister said.", "threat", []),
        ("The rebels issued a threat against the town.", "threat", ["THREATEN/None"]),
    ],
)
def test_senses_of_tb_news_round_28(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # found reading ECB+ articles (vocabulary 1.236.10): a recording captures no one
        ("Security cameras captured the two men leaving the bank.", "captured", []),
        ("Police captured the gunman near the border.", "captured", ["COERCE/arrest"]),
        # told off the record is no rebuke
        ("The official told him off the record that the deal was dead.", "told", []),
        ("The coach told him off for the late tackle.", "told", ["ACCUSE/disapprove"]),
        # a hit movie is a success, striking up a talk begins it
        ("The novel was the basis of a hit movie in 1976.", "hit", []),
        ("The two men struck up a friendship in college.", "struck", []),
        ("Rebels hit the town with rockets.", "hit", ["ASSAULT/None"]),
        # a role in a story is no mediation, attending a vigil no meeting
        ("She came to play a pivotal role in the drama of his life.", "play", []),
        ("About 300 people attended the vigil for the victims.", "attended", []),
        ("The ministers attended the summit in Geneva.", "attended", ["CONSULT/meet"]),
        # a program put to use moves no forces (vocabulary 1.236.11)
        ("The firm urged customers to deploy the update at once.", "deploy", []),
        ("The army deployed troops to the border.", "deployed", ["MOBILIZE/troops"]),
        # a notice sent round is a message (vocabulary 1.236.14)
        ("He was named in a bulletin sent by the agency to police stations.", "sent", []),
        ("The EU sent food to the refugees.", "sent", ["AID/None"]),
        # a meeting called is convened (vocabulary 1.236.15)
        ("The president called a meeting of the cabinet for Friday.", "called", []),
        ("The president called off the summit.", "called", ["SANCTION/discontinue"]),
        # one ordered held is held in custody (vocabulary 1.236.16)
        (
            "After the hearing the suspect was ordered held without bail.",
            "held",
            ["COERCE/imprison"],
        ),
        ("The guards held the door open for him.", "held", []),
    ],
)
def test_senses_of_ecb_news_round_28(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


def test_a_role_in_a_killing_is_no_mediation(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp, "The rebels accused Uganda of alleging Kinshasa played a role in the massacre."
    )
    assert not [e for e in evs if e.type == "CONSULT"]


def test_a_personal_rapport_is_no_recognition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The two presidents met for talks aimed at establishing close personal relations."
    assert not [e for e in events(nlp, text) if e.type == "SUPPORT"]


def test_averting_a_war_restricts_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Kurds demanded foreign troops to prevent a civil war in the province."
    assert not [e for e in events(nlp, text) if e.type == "COERCE"]


def test_an_examiner_sent_is_an_inquiry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The autopsy was done by a pathologist sent to Egypt by Amnesty International."
    e = by_trigger(events(nlp, text), "sent")
    assert (e.type, e.mode) == ("ACCUSE", "investigate")
