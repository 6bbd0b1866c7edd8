"""Standards the lead settled in the thirty-fifth session (accusations, plans, deaths after
a beating) and English non-events (left35b). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import by_trigger, es_events, events


def _flags(ev) -> tuple[bool, bool, bool]:  # type: ignore[no-untyped-def]
    return ev.negated, ev.hypothetical, ev.future


def test_an_act_told_as_an_accusation_is_alleged_and_the_accusation_is_accuse(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "X looted shops, police alleged", "accused of beating": the act one party accuses
    another of is not established (flagged hypothetical, as a charge is: the lead's ruling
    of the thirty-fifth session, as revised); the accusation is ACCUSE by the accuser
    against the accused."""
    evs = events(nlp, "Looters ransacked a pharmacy in the old town, the mayor alleged.")
    assert by_trigger(evs, "ransacked").hypothetical
    accusation = by_trigger(evs, "alleged")
    assert accusation.type == "ACCUSE"
    assert [a.text for a in accusation.actors] == ["mayor"]
    assert [t.text for t in accusation.targets] == ["Looters"]
    evs = events(nlp, "Three guards were accused of beating an inmate at the border camp.")
    assert by_trigger(evs, "beating").hypothetical
    evs = events(nlp, "The governor blamed the militia for attacking the aid convoy.")
    assert by_trigger(evs, "attacking").hypothetical
    evs = events(nlp, "The two guards were charged with beating an inmate.")
    assert by_trigger(evs, "beating").hypothetical


def test_a_further_accused_act_is_the_accuseds(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prosecutors accused the officers of taking bribes, forging papers and abducting a witness."
    )
    abduction = by_trigger(events(nlp, text), "abducting")
    assert [a.text for a in abduction.actors] == ["officers"]


def test_spanish_act_told_as_an_accusation(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "saquearon comercios, acusó la policía": the looting alleged (hypothetical); the
    police (read by the parser as the object) accuse the looters."""
    evs = es_events(nlp_es, "Los soldados saquearon varias tiendas del mercado, acusó el alcalde.")
    assert by_trigger(evs, "saquearon").hypothetical
    accusation = by_trigger(evs, "acusó")
    assert [a.text for a in accusation.actors] == ["alcalde"]
    assert [t.text for t in accusation.targets] == ["soldados"]
    evs = es_events(nlp_es, "Tres guardias fueron acusados de golpear a un recluso.")
    assert by_trigger(evs, "golpear").hypothetical


def test_a_plan_is_no_threat_and_its_act_is_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "announced plans to detain", "a plan to cut": no THREATEN; the act flagged future,
    done by the planner; "has no plans to" negates it; "threatened to" stays a threat."""
    evs = events(nlp, "The ministry announced plans to detain the strike organisers.")
    assert not [e for e in evs if e.type == "THREATEN"]
    detention = by_trigger(evs, "detain")
    assert _flags(detention) == (False, False, True)
    assert [a.text for a in detention.actors] == ["ministry"]
    evs = events(nlp, "The cabinet drew up a plan to cut pension payments.")
    assert not [e for e in evs if e.type == "THREATEN"]
    evs = events(nlp, "The governor has no plans to expel the foreign reporters.")
    assert _flags(by_trigger(evs, "expel")) == (True, False, True)
    evs = events(nlp, "The governor does not have plans to expel the foreign reporters.")
    assert by_trigger(evs, "expel").negated
    evs = events(nlp, "The junta threatened to expel the foreign reporters.")
    assert [e.type for e in evs if e.type == "THREATEN"] == ["THREATEN"]


def test_spanish_plan_is_ahead_not_asked(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(
        nlp_es, "El gobierno anunció planes para expulsar a los periodistas extranjeros."
    )
    assert not [e for e in evs if e.type == "THREATEN"]
    assert _flags(by_trigger(evs, "expulsar")) == (False, False, True)
    evs = es_events(nlp_es, "El gobierno no tiene planes de expulsar a los periodistas.")
    assert _flags(by_trigger(evs, "expulsar")) == (True, False, True)


def test_a_death_in_custody_after_a_beating_is_a_killing(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A death in custody told as following a beating or torture keeps CAMEO 1823; one with
    no cause told keeps none (the lead's rulings of the thirty-fourth and -fifth sessions)."""
    for text in (
        "The blogger died in police custody after being beaten by jailers.",
        "The union leader died after being tortured in a military prison.",
    ):
        (death,) = [e for e in events(nlp, text) if e.mode == "custody-death"]
        assert death.cameo == "1823"
    (death,) = [e for e in events(nlp, "The blogger died in police custody.") if e.mode]
    assert death.cameo is None
    text = "El bloguero murió tras ser golpeado por los guardias en la cárcel."
    (death,) = [e for e in es_events(nlp_es, text) if e.mode == "custody-death"]
    assert death.cameo == "1823"


def test_damage_with_no_party_as_doer_is_no_event(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A natural force, an accident or an accidental blast destroying something, and a
    utility cut with no one cutting it, are no political event (ECB+ audits); a human doer
    keeps COERCE or SANCTION."""
    for text in (
        "A powerful earthquake may have destroyed the old monastery.",
        "The wildfire destroyed the timber yard overnight.",
        "A boiler explosion destroyed the laundry on Friday.",
        "Water supplies were cut to the suburb after a main burst.",
        "Electricity was cut to 40,000 homes.",
    ):
        assert not events(nlp, text), text
    assert [e.type for e in events(nlp, "Militants destroyed the railway bridge.")] == ["COERCE"]
    evs = events(nlp, "Moscow cut gas supplies to Kyiv.")
    assert [e.type for e in evs] == ["SANCTION"]
    for text in (
        "Un sismo destruyó la capilla del barrio.",
        "Una explosión de gas destruyó la panadería.",
        "El suministro de agua fue cortado en el barrio.",
    ):
        assert not es_events(nlp_es, text), text
    evs = es_events(nlp_es, "Los guerrilleros destruyeron el puente del ferrocarril.")
    assert [e.type for e in evs] == ["COERCE"]


def test_english_non_events_of_round_35(nlp) -> None:  # type: ignore[no-untyped-def]
    """An intent's act is ahead, counsel sought is no demand, money returned to investors no
    retreat, an industry killed no killing, an act on oneself no cooperation, a kind acting
    on its own kind no event."""
    evs = events(nlp, "He was jailed for housebreaking with intent to commit theft.")
    assert by_trigger(evs, "theft").future
    evs = events(nlp, "The rebels signalled their intention to free the aid workers.")
    freed = by_trigger(evs, "free")
    assert freed.future and not freed.hypothetical
    assert [a.text for a in freed.actors] == ["rebels"]
    for text in (
        "The regulator is seeking comment from the public on the merger.",
        "The council sought advice from its lawyers.",
        "The bank will return capital to its shareholders.",
        "Cheap imports are threatening to kill the local dairy industry.",
        "The mayor is willing to humiliate himself before the council.",
        "We cannot have kids killing kids.",
    ):
        assert not events(nlp, text), text
    evs = events(nlp, "Rebels killing villagers must stop.")
    assert [e.type for e in evs] == ["ASSAULT"]


def test_a_banned_protest_is_no_target_of_the_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "banned the rally": no PROTEST, and the rally is no target; the ban is aimed at the
    protest's doers when named ("the opposition rally"), else at no one."""
    evs = events(nlp, "The governor banned the rally.")
    assert [e.type for e in evs] == ["COERCE"]
    assert not evs[0].targets
    (ban,) = events(nlp, "Police banned the march, but it went ahead.")
    assert not ban.targets
    (ban,) = events(nlp, "The authorities banned the opposition rally.")
    assert [t.text for t in ban.targets] == ["opposition"]


def test_a_week_straddling_two_months_is_the_month_of_most_of_its_days() -> None:
    """ "the week of March 30" (2020-W14, March 30 to April 5) is April, approximate; it was
    widened to its year (event-dates-49)."""
    from chronicler.annotate.event_date_values import timeline_value

    assert timeline_value("2020-W14") == ("2020-04", "month")
    assert timeline_value("2020-W53") == ("2020-12", "month")
    assert timeline_value("2024-W23") == ("2024-06", "month")
