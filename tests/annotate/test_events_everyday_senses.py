"""Everyday senses of event words on ordinary news pages are no events; the political sense
of the same word still is (vocabulary 1.111.0)."""

from __future__ import annotations

import pytest
from event_helpers import events


def _types(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a visit to what is toured, not a band's tour
        # (states toured are hosts; villages toured host no one, vocabulary 1.219.0)
        ("The prime minister toured Kenya and Uganda on Sunday.", "toured", ["CONSULT"]),
        ("The king began a tour of the northern provinces.", "tour", ["CONSULT"]),
        ("The quartet will tour together across Canada next spring.", "tour", []),
        ("Tickets for the band's farewell tour sell out quickly.", "tour", []),
        # sharing knowledge with someone, not a feeling or a post
        ("Both armies agreed to share intelligence with the coalition.", "share", ["COOPERATE"]),
        ("The senator said she shares the anger of the families.", "shares", []),
        ("Last week I shared a recipe for pumpkin soup.", "shared", []),
        # fleeing, not escaping notice
        ("Three inmates escaped the prison overnight.", "escaped", ["RETREAT"]),
        ("The oddity did not escape the notice of the auditors.", "escape", []),
        # killing, not carrying out a warrant or a plan
        ("Rebels executed two captured soldiers in the square.", "executed", ["ASSAULT"]),
        ("Detectives executed a search warrant at the warehouse.", "executed", []),
        # a blow, not a ticket
        ("The guard punched the prisoner in the face.", "punched", ["ASSAULT"]),
        ("The Czech team punched its ticket to the finals.", "punched", []),
        # a blow, not a cost
        ("A mortar round hit the police station at dawn.", "hit", ["ASSAULT"]),
        ("The new import duties hit consumers hardest.", "hit", []),
        # an assault, not criticism
        ("Gunmen attacked the convoy near the border.", "attacked", ["ASSAULT"]),
        ("The governor attacked the budget plan in a radio interview.", "attacked", ["ACCUSE"]),
        ("Partisan attacks on the senator grew louder.", "attacks", ["ACCUSE"]),
        # a meeting with someone, not a writer on a topic
        ("We talked with the Iranian delegation for three hours.", "talked", ["CONSULT"]),
        ("In my last column I talked about how small farms survive.", "talked", []),
        # freed from custody, not put on sale
        ("The militia released four aid workers on Friday.", "released", ["RETREAT"]),
        ("The studio released the game's first trailer on Friday.", "released", []),
        # a threat to someone, not a hazard's warning
        ("The militants issued a warning to the mayor.", "warning", ["THREATEN"]),
        ("Forecasters kept storm warnings in place for the coast.", "warnings", []),
        # a visitor received, not goods
        ("The emir received the French envoy in Doha.", "received", ["CONSULT"]),
        ("My neighbour received a sample for testing last week.", "received", []),
        # asked of someone, not care sought
        ("The rebels sought talks with the government.", "sought", ["REQUEST"]),
        ("Two injured hikers sought treatment at a clinic.", "sought", []),
        # someone made to vanish, not a thing that vanishes
        ("Dozens of students were disappeared by the security forces.", "disappeared", ["ASSAULT"]),
        ("Paper coupons have largely disappeared from the shops.", "disappeared", []),
        # a product that mediates is no party (vocabulary 1.219.0)
        ("The software can mediate between the two databases.", "mediate", []),
        ("The platform can mediate data exchange between hospitals.", "mediate", []),
        ("Norway will mediate between the government and the rebels.", "mediate", ["CONSULT"]),
    ],
)
def test_everyday_sense_is_no_event(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # permission granted by an actor, not made possible by a thing or an unknown "it"
        ("The junta lifted the ban, allowing exiles to return.", "allowing", ["CONCEDE"]),
        ("The fog should lift by noon, allowing ferries to sail.", "allowing", []),
        ("A long dispute suits the senator: it allows him to look tough.", "allows", []),
        ("The court allowed the opposition leader to travel abroad.", "allowed", ["CONCEDE"]),
        # backing by an actor, not an "it" nobody is found for
        ("Parliament supported the ceasefire plan on Monday.", "supported", ["SUPPORT"]),
        ("Nobody knows what the rover will find; it could support later missions.", "support", []),
        # help given, not an urge one cannot resist
        ("Volunteers helped the refugees cross the river.", "helped", ["AID"]),
        ("I could not help but smile at the headline.", "help", []),
        ("Residents can't help wondering about the new road.", "help", []),
        # a request, not a question about a topic
        ("The senator asked the minister for a full inquiry.", "asked", ["REQUEST"]),
        ("The senator asked the minister about the delays in the tender.", "asked", []),
        # help from an actor, not from a demonstrative "that"
        ("Prices fell, and that helps families stretch their budgets.", "helps", []),
        # ...while a relative "that" stands for its noun, the people released
        ("These are the hostages that the rebels agreed to release.", "release", ["RETREAT"]),
        # praise of someone, not a formula of politeness
        ("The prime minister thanked the rescue workers.", "thanked", ["SUPPORT"]),
        ("Thank you all for your kind words.", "Thank", []),
        # a telephone conversation with someone, not a call for something
        ("Aides listened in on the president's call with the Kenyan leader.", "call", ["CONSULT"]),
        ("The opposition issued a call for new elections.", "call for", ["REQUEST"]),
        # a plea to someone, not a plea in court
        ("The families pleaded with the rebels to free the hostages.", "pleaded", ["REQUEST"]),
        ("A Texas man pleaded guilty on Friday to threatening a judge.", "pleaded", []),
        ("The suspect pleaded not guilty to all charges.", "pleaded", []),
        # investment with a partner, not money spent on a thing
        ("Japan will invest in the railways together with Jakarta.", "invest", ["COOPERATE"]),
        ("The paper chose to invest in video production.", "invest", []),
        ("It depends on what the manufacturer is willing to invest.", "invest", []),
    ],
)
def test_thing_or_idiom_is_no_event(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Version 1.113.0: a thing or an unknown "it" as the subject, an idiom, a question, or an
    investment in a thing reports no event; the same word with an actor or a partner does."""
    assert _types(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # play at a goal, not a blow (vocabulary 1.117.2)
        ("The visitors attacked the goal from the opening whistle.", "attacked", []),
        ("Gunmen attacked an army post overnight.", "attacked", ["ASSAULT"]),
        # people are taken into custody, not a title, a mood or the snacks
        ("The Wildcats captured the conference title last season.", "captured", []),
        ("The striker captured the imagination of the fans.", "captured", []),
        ("He was grabbing the snacks on the table.", "grabbing", []),
        ("Police captured the gang leader in a raid.", "captured", ["COERCE"]),
        ("Agents nabbed the smuggler at the airport.", "nabbed", ["COERCE"]),
        ("Rebels captured the border town after heavy fighting.", "captured", ["ASSAULT"]),
        # a state or a team beating another wins a game; a beating is done to people
        ("Norway beat Sweden in the semifinal on Sunday.", "beat", []),
        ("Chile beat Peru to reach the final.", "beat", []),
        ("Police beat the protesters with batons.", "beat", ["ASSAULT"]),
        ("Soldiers beat two journalists outside the stadium.", "beat", ["ASSAULT"]),
        # a forecast calls for the weather, no one asks for it
        ("The forecasts called for rain and strong winds.", "called for", []),
        ("The opposition called for new elections.", "called for", ["REQUEST"]),
    ],
)
def test_play_and_weather_are_no_events(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a count or a measure that falls refuses nothing (vocabulary 1.183.0)
        (
            "In many states the number of doctors who performed abortions declined sharply.",
            "declined",
            [],
        ),
        ("Exports declined steadily between 2001 and 2004.", "declined", []),
        ("The family declined a request for an interview.", "declined", ["REJECT"]),
        ("The minister declined to meet the protesters.", "declined", ["REJECT"]),
        # harm toured is inspected, no host visited
        ("She toured the damage inside the embassy.", "toured", []),
        ("The minister toured the wreckage of the bus.", "toured", []),
        ("The president toured the flooded region.", "toured", ["CONSULT"]),
        # rules laid down by a text, no arms laid down
        ("The visits were made as laid down by the accord.", "laid down", []),
        ("The constitution lays down the conditions for a state of emergency.", "lays down", []),
        ("The rebels laid down their arms on Monday.", "laid down", ["RETREAT"]),
    ],
)
def test_falls_tours_of_harm_and_norms_laid_down(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _types(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a conference a team plays in is an athletic league (vocabulary 1.225.0)
        ("He said the chance to play in the new conference mattered.", "conference", []),
        ("The college competes in the Big East conference.", "conference", []),
        ("China played a key role in the conference on Syria.", "conference", ["CONSULT"]),
        ("The ministers met at a conference in Geneva.", "conference", ["CONSULT"]),
        # a release whose patient the clause beside it puts in hospital is a discharge
        (
            "She had been in hospital for a week and was about to be released.",
            "released",
            [],
        ),
        ("The singer spent a week in hospital before she was released.", "released", []),
        (
            "The activist had been in jail for a week and was about to be released.",
            "released",
            ["RETREAT"],
        ),
    ],
)
def test_leagues_and_care_are_no_events(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _types(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # shelter from a hardship of everyday life or the weather asks no one for asylum
        # (vocabulary 1.229.0)
        ("The girl took refuge from her unhappy family life in the library.", "took refuge", []),
        ("Hikers took shelter from the storm in a barn.", "took shelter", []),
        ("The opposition leader took refuge in the Italian embassy.", "took refuge", ["REQUEST"]),
        # an honour won or received is a career's record, no praise told
        ("The officer won numerous commendations for his work.", "commendations", []),
        ("The firefighter received an award for bravery.", "award", []),
        ("The mayor commended the officers for their work.", "commended", ["SUPPORT"]),
        # a consultation a rule requires or experts perform is a review, no meeting
        (
            "The rule ended the mandatory consultations biologists have performed on dams.",
            "consultations",
            [],
        ),
        ("The treaty requires interagency consultation on new dams.", "consultation", []),
        ("The government held consultations with the opposition.", "consultations", ["CONSULT"]),
        # aid barred is aid withheld, a sanction, no ban on a party nor aid given
        ("Congress barred financial aid to the government of Nicaragua.", "barred", ["SANCTION"]),
        ("Congress barred financial aid to the government of Nicaragua.", "aid", []),
        ("The court barred the newspaper from publishing the names.", "barred", ["COERCE"]),
    ],
)
def test_refuge_honours_reviews_and_aid_barred(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _types(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lee killed a guard, and there was a second clerk that he was seeking.", []),
        ("Police said there was a second guard that the gunman was seeking.", []),
        ("The aid that the refugees were seeking never arrived.", ["REQUEST"]),
    ],
)
def test_a_person_sought_in_a_relative_clause_with_that_is_looked_for(
    nlp, text: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.403.0: the relative "that" (tagged IN) is the clause's object, so its head is
    what is sought; a thing sought from someone stays a request"""
    assert _types(nlp, text, "seeking") == expected
