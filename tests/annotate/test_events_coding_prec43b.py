"""Codings of the forty-third session's Lee-corpus sample lee6 (prec43b): a home vacated, a
wake-up call, people photographed, an honour received, a cost funded, odds defied and jobs
promised are no events; an air strike on a landing ground is fire, people handed over to face
justice are extradited, what one is challenged to do is demanded, and an event noun a verb of
blame puts on something as a label is the speaker's claim. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _triggered(nlp, text: str, trigger: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    return [e for e in events(nlp, text) if e.trigger.lower().startswith(trigger)]


def test_a_dwelling_vacated_is_no_resignation(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "forced to vacate their homes" before a fire or a flood: no RETREAT resign; a seat
    vacated stays a resignation."""
    text = "Thousands of residents were told to vacate their homes as the floods rose."
    assert not _triggered(nlp, text, "vacate")
    ev = by_trigger(events(nlp, "The senator vacated his seat in the Senate last year."), "vacate")
    assert (ev.type, ev.mode) == ("RETREAT", "resign")


def test_a_wake_up_call_asks_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a wake-up call for the government": a figure of speech, no REQUEST; a call for a
    strike stays one."""
    assert not _triggered(nlp, "The new survey is a wake-up call for the government.", "call")
    assert not _triggered(nlp, "The report is a wake up call for parents.", "call")
    text = "The union issued a call for a general strike."
    assert [e for e in _triggered(nlp, text, "call") if e.type == "REQUEST"]


def test_people_photographed_are_no_victims(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "has photographed crowds of protesters": no ASSAULT (WordNet's "shoot")."""
    text = "The photographer has photographed crowds of protesters in several cities."
    assert not _triggered(nlp, text, "photographed")
    text = "A television crew filmed the soldiers at the checkpoint."
    assert not _triggered(nlp, text, "filmed")


def test_an_order_of_chivalry_received_is_no_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "received an OBE", "received the Order of Australia": an honour, no CONSULT; a
    minister received stays a meeting."""
    assert not _triggered(nlp, "She received an OBE for her charity work in 1998.", "received")
    assert not _triggered(nlp, "The governor received the Order of Australia last year.", "rec")
    ev = by_trigger(
        events(nlp, "The president received the foreign minister in his office."), "received"
    )
    assert ev.type == "CONSULT" and has(ev.targets, "minister")


def test_a_landing_ground_blasted_is_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "sent the airforce to blast the rebels' heliport": ASSAULT, no ACCUSE; an opposition
    leader blasting the government stays a criticism."""
    text = "The government sent the airforce to blast the rebels' heliport in the north."
    assert by_trigger(events(nlp, text), "blast").type == "ASSAULT"
    text = "The opposition leader blasted the government over the delays."
    assert by_trigger(events(nlp, text), "blasted").type == "ACCUSE"


def test_people_handed_over_to_face_justice_are_extradited(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "must be handed over to the United States to face justice": COOPERATE extradite, no
    RETREAT return; hostages handed over stay a return."""
    text = (
        "The senator said that if the two leaders were caught by local militias they must be "
        "handed over to the United States to face justice."
    )
    ev = by_trigger(events(nlp, text), "handed")
    assert (ev.type, ev.mode) == ("COOPERATE", "extradite") and ev.hypothetical
    ev = by_trigger(events(nlp, "The rebels handed over the hostages to the Red Cross."), "hand")
    assert (ev.type, ev.mode) == ("RETREAT", "return")


def test_what_one_is_challenged_to_do_is_not_done(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "challenged the mayor to ... publicly call for new elections": the call demanded,
    hypothetical; the challenge itself is a REQUEST made."""
    text = (
        "The council challenged the mayor to sack his deputy and to publicly call for new "
        "elections."
    )
    evs = events(nlp, text)
    assert by_trigger(evs, "call").hypothetical
    challenge = by_trigger(evs, "challenged")
    assert challenge.type == "REQUEST" and not challenge.hypothetical


def test_a_label_a_verb_of_blame_puts_is_a_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "criticised the new law as an attack on the press", "slamming the offer as an
    invitation to ...": the label is the speaker's claim (hypothetical), no act told done."""
    text = "The opposition criticised the new law as an attack on the press."
    assert by_trigger(events(nlp, text), "attack").hypothetical
    text = "The militants slammed the speech as an invitation for the army to crush the villagers."
    assert by_trigger(events(nlp, text), "invitation").hypothetical
    ev = by_trigger(events(nlp, "Rebels launched an attack on the press office."), "attack")
    assert not ev.hypothetical


def test_a_cost_funded_is_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "We have to fund that": spending on a cost, no AID; rebels funded stay aided."""
    assert not _triggered(nlp, '"We will need to fund that," the minister said.', "fund")
    assert not _triggered(nlp, "The treasury will finance the cost from its reserves.", "finance")
    ev = by_trigger(events(nlp, "The United States funded the rebels for years."), "funded")
    assert ev.type == "AID" and has(ev.targets, "rebels")


def test_odds_defied_are_no_rejection(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "we might defy again what has happened in the world", "defied the odds": no REJECT;
    a curfew defied stays one."""
    text = (
        '"If exports recover, we might defy again what has happened in the rest of the '
        'world," the treasurer said.'
    )
    assert not _triggered(nlp, text, "defy")
    assert not _triggered(nlp, "The economy defied the odds last year.", "defied")
    assert by_trigger(events(nlp, "The protesters defied the curfew."), "defied").type == "REJECT"


def test_jobs_promised_to_a_nation_are_no_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "was promising a million new jobs": a pledge of policy, no AGREE; a release promised
    stays a statement of intent."""
    text = "Only a month ago the new president was promising a million new jobs to end the slump."
    assert not _triggered(nlp, text, "promising")
    text = "The government promised to release the prisoners."
    assert by_trigger(events(nlp, text), "promised").type == "AGREE"


def test_a_search_for_the_missing_seizes_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "vanished ..., prompting a massive police search", "searched for the boy who
    vanished": no COERCE seize; a place searched stays a search."""
    text = "The boy vanished from his school last May, prompting a massive police search."
    assert not _triggered(nlp, text, "search")
    assert not _triggered(nlp, "Police searched for the boy who vanished on Sunday.", "search")
    text = "Police conducted a search of the missing woman's flat."
    assert by_trigger(events(nlp, text), "search").mode == "seize"
    text = "The search for the gunman who disappeared into the woods continued."
    assert by_trigger(events(nlp, text), "search").mode == "seize"


def test_patrons_thanked_for_their_custom_are_no_support(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the cheap seats are to thank passengers for their support": trade, no SUPPORT; a
    state thanked for its support stays."""
    text = (
        "The airline's spokesman says the cheap seats are to thank passengers for their "
        "support over the year."
    )
    assert not [e for e in events(nlp, text) if e.type == "SUPPORT"]
    evs = events(nlp, "The president thanked Pakistan for its support in the war.")
    assert by_trigger(evs, "support").type == "SUPPORT"
    assert by_trigger(evs, "thanked").type == "SUPPORT"


def test_a_partitive_of_acts_carried_out_has_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the fighters who have carried out most of the bombings": the fighters bombed, as
    with "carried out the bombings"."""
    text = (
        "The cleric is revered by the rebel fighters who have carried out most of the "
        "bombings against the army since 1990."
    )
    ev = by_trigger(events(nlp, text), "bombings")
    assert has(ev.actors, "fighters") and has(ev.targets, "army")
    text = "The rebels have carried out the bulk of the attacks on the capital."
    assert has(by_trigger(events(nlp, text), "attacks").actors, "rebels")


def test_a_when_clause_names_the_attacker_of_a_passive_harm(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "were killed when government planes bombed vehicles": the planes killed them; a
    "when" clause telling no attack names no one, and a "by"-agent stays the doer."""
    text = "Another 12 people were killed when government planes bombed vehicles near the town."
    ev = by_trigger(events(nlp, text), "killed")
    assert has(ev.actors, "planes") and has(ev.targets, "people")
    text = "Five people were killed when their bus overturned on the highway."
    assert not [a for e in events(nlp, text) for a in e.actors]
    text = "Three men were killed by police when protesters stormed the station."
    ev = by_trigger(events(nlp, text), "killed")
    assert has(ev.actors, "police") and not has(ev.actors, "protesters")


def test_a_death_in_a_firefight_is_the_other_sides_doing(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "killed in a firefight with soldiers": the soldiers killed him (a firefight is mutual
    as a clash is), not the one killed; a gunbattle's "between" sides are both its parties."""
    text = "A militant was killed in a firefight with soldiers near the border."
    ev = by_trigger(events(nlp, text), "killed")
    assert has(ev.actors, "soldiers") and has(ev.targets, "militant")
    assert not has(ev.actors, "militant")
    ev = by_trigger(events(nlp, "The gunbattle between police and the gang lasted hours."), "gun")
    assert (ev.type, ev.mode) == ("ASSAULT", "firearms")
    assert has(ev.actors, "police") and has(ev.targets, "gang")
