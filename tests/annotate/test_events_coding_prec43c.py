"""Senses and moods of Australian and world news English from the forty-third session's Lee
corpus audit (prec43c, sample lee7): public order, a night's labour, ground taken, an occasion
recognised, consent asked of patients, a harsh act's adjective, a topic one person discussed,
what has ceased, a pseudo-cleft and an act noun carried out for a purpose denied. Sentences
written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _triggered(nlp, text: str, trigger: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in events(nlp, text) if e.trigger.lower().startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The council said the mayor could not re-establish order in the town.", "order"),
        ("The volunteers worked through the night to clear debris from the streets.", "worked"),
        ("Crews worked throughout the night to repair the power lines.", "worked"),
        ("The festival recognises the founding conference of 1901.", "recognises"),
        ("The ceremony recognised the contribution of the nurses.", "recognised"),
        ("Clinics storing patient records will now have to ask for consent.", "consent"),
        ("The law requires doctors to seek written consent.", "consent"),
        ("The premier pulled out of the deal in response to punishing market losses.", "punishing"),
        (
            "The town was cut off in response to punishing Russian air attacks.",
            "punishing",
        ),
        ("The names, the kinds of weapons she was discussing, all rang true.", "discussing"),
    ],
)
def test_no_event_in_these_senses(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _triggered(nlp, text, trigger) == [], text


def test_the_harsh_act_stays_its_own_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor resigned in response to punishing Russian air attacks."
    assert by_trigger(events(nlp, text), "attacks").type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger", "coding"),
    [
        ("Negotiators worked through the night to free the hostages.", "worked", "CONSULT"),
        ("The court is punishing the rioters.", "punishing", "SANCTION"),
        ("The general vowed to punish the attackers.", "punish", "SANCTION"),
        ("Sweden recognised the new government in Kabul.", "recognised", "SUPPORT"),
        ("The junta established an order to close the border.", "order", "REQUEST"),
        ("The two leaders discussed the border dispute.", "discussed", "CONSULT"),
    ],
)
def test_the_political_senses_stay(nlp, text: str, trigger: str, coding: str) -> None:  # type: ignore[no-untyped-def]
    found = _triggered(nlp, text, trigger)
    assert found and found[0].type == coding, (text, [(e.type, e.trigger) for e in found])


@pytest.mark.parametrize(
    "text",
    [
        "Most of the mountain complex has been captured by militia forces.",
        "The rebels captured the fortress after a week of fighting.",
    ],
)
def test_ground_captured_is_no_arrest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "captured")
    assert (ev.type, ev.mode) == ("ASSAULT", "seize"), text


def test_a_commander_captured_stays_an_arrest(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The rebels captured the army commander."), "captured")
    assert (ev.type, ev.mode) == ("COERCE", "arrest")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The diplomat said the old regime is no longer recognised.", "recognised"),
        ("The opposition leader is no longer detained.", "detained"),
    ],
)
def test_no_longer_negates(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).negated, text


def test_a_limit_told_with_no_longer_than_negates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Police detained him for no longer than two hours."), "detained")
    assert not ev.negated


def test_a_pseudo_cleft_tells_the_act_done(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "What the gunman threatened was that he would shoot the clerk."
    ev = by_trigger(events(nlp, text), "threatened")
    assert not ev.hypothetical and not ev.negated


def test_a_gerund_subject_stays_generic(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Freeing the hostages is a priority."), "freeing")
    assert ev.hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "The guards said they could not move to make the arrests because of the crowd.",
        "The army was unable to act to carry out the raid on the camp.",
    ],
)
def test_an_act_carried_out_for_a_denied_move_is_not_done(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.trigger.lower() in ("arrests", "raid"))
    assert ev.hypothetical or ev.negated, text


def test_an_act_carried_out_for_a_move_made_is_done(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Troops entered the village to carry out the raid on the camp."
    ev = by_trigger(events(nlp, text), "raid")
    assert not ev.hypothetical and not ev.negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The envoy tried to conceal the killings.", "killings"),
        ("Officials sought to cover up the massacre.", "massacre"),
        ("The bishop tried to hide abuse allegations from the police.", "allegations"),
    ],
)
def test_what_is_hidden_is_told_and_the_hider_no_party(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.hypothetical and not ev.negated and not ev.future, text
    assert ev.actors == (), text


def test_news_covered_ahead_stays_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Journalists will cover the summit next week."), "summit")
    assert ev.future


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("There was a warning from the minister that troops would be sent.", "minister"),
        ("There has been strong criticism from the opposition.", "opposition"),
    ],
)
def test_an_existential_there_leaves_the_from_phrase_the_actor(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.type in ("THREATEN", "ACCUSE"))
    assert [a.text for a in ev.actors] == [actor], text


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Government has declared a 60-day state of siege across the country.", "Government"),
        ("The junta imposed a state of siege on the capital.", "junta"),
    ],
)
def test_a_state_of_siege_is_a_state_of_emergency(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.type == "COERCE"]
    assert [(e.mode, [a.text for a in e.actors]) for e in evs] == [("martial-law", [actor])]


def test_a_siege_laid_stays_a_blockade(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The army laid siege to the town."), "siege")
    assert (ev.type, ev.mode) == ("COERCE", "restrict")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The airline has not moved one inch in bargaining.", "bargaining"),
        ("The two sides made no progress in the talks.", "talks"),
        ("The union did not budge in negotiations with the airline.", "negotiations"),
        ("There has been no breakthrough in the negotiations.", "negotiations"),
    ],
)
def test_talks_no_ground_was_given_in_were_held(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.negated and not ev.hypothetical, text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister did not take part in the talks.", "talks"),
        ("The envoy made no progress in ending the war.", "ending"),
    ],
)
def test_a_part_denied_or_an_end_not_reached_stays_denied(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert ev.negated or ev.hypothetical, text
