"""Event extraction, per pattern family, on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, one

from chronicler.annotate.events import (
    EVENTS_VOCAB_VERSION,
    is_factual,
    plover_coding,
)

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_vocab_version_is_named() -> None:
    assert EVENTS_VOCAB_VERSION.startswith("events-vocab-")


def test_active_arrest(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp, "Border police arrested the journalist Ana Pereira in Valencia on Monday."),
        "arrest",
    )
    assert ev.type == "COERCE" and ev.cameo == "173"
    assert has(ev.actors, "police") and ev.actors[0].role == "police"
    assert has(ev.targets, "Pereira")
    assert ev.location and "Valencia" in ev.location
    assert is_factual(ev)


def test_passive_arrest_with_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The union leader Tomas Varga was detained by soldiers at a checkpoint near Lviv."
    ev = one(events(nlp, text), "arrest")
    assert has(ev.targets, "Varga")
    assert has(ev.actors, "soldiers") and ev.actors[0].role == "military"


def test_nominal_arrest_possessive_is_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Kovacs's arrest shocked his supporters."), "arrest")
    assert has(ev.targets, "Kovacs")


def test_release_active_and_nominal(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp, "The interior ministry freed eleven student activists on Friday."), "release"
    )
    assert ev.type == "RETREAT" and has(ev.targets, "activists")
    assert ("target_count", "eleven") in ev.attributes
    ev = one(events(nlp, "The court ordered the release of Ivo Matic, a blogger."), "release")
    assert has(ev.targets, "Matic") and has(ev.actors, "court")
    assert ev.hypothetical  # ordered, not yet done


def test_set_free_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp, "After two years in custody, Lena Brandt was set free on Tuesday."), "release"
    )
    assert has(ev.targets, "Brandt") and not ev.actors


def test_release_of_a_statement_is_not_custody(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The ministry released a statement about the new budget.")
    assert not [e for e in evs if e.mode == "release"]


def test_exile(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp, "The former mayor Paulo Reis went into exile in Portugal last year."), "exile"
    )
    assert has(ev.targets, "Reis")
    assert ev.location == "Portugal"


def test_banishment_by_a_state_has_the_state_as_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The king banished the poet to an island."), "exile")
    assert has(ev.actors, "king") and has(ev.targets, "poet")
    assert (ev.type, ev.cameo) == ("COERCE", "174")
    ev = one(events(nlp, "The regime exiled him to Spain."), "exile")
    assert has(ev.actors, "regime") and not has(ev.targets, "regime")


def test_stripping_nationality_is_coerce_restrict(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The government stripped them of their nationality."), "restrict")
    assert (ev.type, ev.cameo) == ("COERCE", "172")
    # "them" names no one here: an unresolved pronoun is no participant
    assert has(ev.actors, "government") and not ev.targets
    assert one(events(nlp, "Nicaragua revoked the citizenship of 94 opponents."), "restrict")
    # stripping something else is no such act
    assert not [e for e in events(nlp, "Workers stripped the old paint.") if e.mode == "restrict"]


def test_surrounded_by_company_is_no_cordon(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "He died surrounded by relatives.",
        "Navalny was surrounded by supporters and reporters outside the court.",
    ):
        assert not [e for e in events(nlp, text) if e.mode == "restrict"], text
    ev = one(events(nlp, "Troops surrounded the town on Monday."), "restrict")
    assert has(ev.actors, "troops")
    assert one(events(nlp, "The dissident was surrounded by police."), "restrict")


def test_bringing_a_freed_prisoner_home_is_no_release(nlp) -> None:  # type: ignore[no-untyped-def]
    """The receiver's flight home is no PLOVER act; the release is the captor's, coded where
    the text states it (vocab.toml, "release")."""
    for text in (
        "The plane that brought home Alsu Kurmasheva landed in Maryland.",
        "Biden said the deal brought them home.",
    ):
        assert not [e for e in events(nlp, text) if e.type == "RETREAT"], text


def test_flight(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Twelve opposition deputies fled the country by boat."), "flee")
    assert has(ev.actors, "deputies") and ev.actors[0].role == "opposition"
    assert ("actor_count", "Twelve") in ev.attributes


def test_asylum_granted_and_sought(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Mexico granted asylum to the dissident writer Hugo Salas."), "asylum")
    assert ev.type == "AID" and has(ev.actors, "Mexico") and has(ev.targets, "Salas")
    ev = one(events(nlp, "The activist Irina Volk sought refuge in the Swiss embassy."), "asylum")
    assert ev.type == "REQUEST" and has(ev.actors, "Volk")


def test_charge_with_charges(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prosecutors charged the colonel with espionage and inciting a mutiny."
    ev = one(events(nlp, text), "charge")
    assert ev.type == "ACCUSE" and has(ev.targets, "colonel")
    charges = [v for k, v in ev.attributes if k == "charge"]
    assert "espionage" in charges and any("mutiny" in c for c in charges)


def test_generic_charge_uses_what_it_includes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She was charged with several offences, including sedition and fraud."
    ev = one(events(nlp, text), "charge")
    charges = [v for k, v in ev.attributes if k == "charge"]
    assert charges == ["sedition", "fraud"]


def test_held_at(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The lawyer Marta Ruiz is being held in a police station in Bilbao."
    ev = one(events(nlp, text), "imprison")
    assert has(ev.targets, "Ruiz")
    held = [v for k, v in ev.attributes if k == "held_at"]
    assert held and "police station" in held[0]


def test_an_event_noun_is_not_where_it_was_held(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "freed in a prisoner exchange ... at Esenboğa airport": the exchange's own phrase (it
    names a place) is not a place someone was held at."""
    text = (
        "Twenty-six people were freed on Thursday in a prisoner exchange between Russia and "
        "Western countries on the tarmac of Esenboga Airport in the Turkish capital."
    )
    ev = one(events(nlp, text), "exchange")
    assert not [v for k, v in ev.attributes if k == "held_at"]


def test_a_participle_describing_the_object_keeps_its_own_time(nlp) -> None:  # type: ignore[no-untyped-def]
    found = events(nlp, "The government will release 553 people convicted of various crimes.")
    assert one(found, "release").future
    assert not one(found, "convict").future


def test_sentence_term_and_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "He is serving a nine-year sentence for treason."), "convict")
    assert ("term", "nine-year") in ev.attributes
    assert ("charge", "treason") in ev.attributes


def test_coup_and_uprising(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp, "The generals staged a coup against President Omar Diallo in 2009."), "coup"
    )
    assert ev.type == "ASSAULT" and has(ev.actors, "generals") and has(ev.targets, "Diallo")
    ev = one(
        events(nlp, "Dozens of cadets took part in the uprising against the junta."), "uprising"
    )
    assert has(ev.actors, "cadets") and has(ev.targets, "junta")


def test_protest_and_repression(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Thousands of nurses protested against the health minister in Lisbon.")
    ev = one(evs, "demo")
    assert ev.type == "PROTEST" and has(ev.actors, "nurses") and has(ev.targets, "minister")
    ev = one(events(nlp, "Riot police dispersed the marchers with tear gas."), "crowd-control")
    assert ev.type == "ASSAULT" and has(ev.actors, "police") and has(ev.targets, "marchers")
    ev = one(events(nlp, "The army launched a crackdown on student protesters."), "repress")
    assert ev.type == "COERCE" and has(ev.actors, "army") and has(ev.targets, "protesters")


def test_a_gathering_broken_up_is_repressed_not_held(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "police broke up the protest": repression, and the police do not hold it; a
    couple or a firm broken up is no event."""
    evs = events(nlp, "Police broke up the protest near the cathedral.")
    ev = one(evs, "repress")
    assert ev.type == "COERCE" and has(ev.actors, "police")
    assert not has(one(evs, "demo").actors, "police")
    assert not events(nlp, "Regulators broke up the company last year.")


def test_who_looks_on_does_not_hold_the_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("Officers monitored the march from a distance.", "Reporters filmed the rally."):
        assert not one(events(nlp, text), "demo").actors, text


def test_negotiation_and_mediation_brokers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bishop Carlos Mena mediated between the government and the rebels."
    ev = one(events(nlp, text), "mediate")
    assert ev.type == "CONSULT" and has(ev.actors, "Mena")
    text = "A former diplomat, Ruth Adler, negotiated for the release of the hostages."
    ev = one(events(nlp, text), "mediate")
    assert ("broker_of", "release") in ev.attributes and has(ev.actors, "Adler")


def test_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Canada imposed sanctions on three army generals.")
    ev = next(e for e in evs if e.type == "SANCTION")
    assert has(ev.actors, "Canada") and has(ev.targets, "generals")
    evs = events(nlp, "The government suspended aid to the northern province.")
    assert [e for e in evs if e.type == "SANCTION" and e.mode == "discontinue"]


def test_negation_future_hypothetical_flags(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The government plans to free forty prisoners next month."), "release")
    assert ev.future and not is_factual(ev)
    ev = one(events(nlp, "The army denied arresting the two reporters."), "arrest")
    assert ev.negated
    ev = one(events(nlp, "The detainees would be released if the talks succeed."), "release")
    assert ev.hypothetical
    ev = one(events(nlp, "She did not say which prisoners would be released."), "release")
    assert not is_factual(ev)
    ev = one(events(nlp, "Police arrested the mayor on Sunday."), "arrest")
    assert is_factual(ev)
    ev = one(events(nlp, "He told them they were going to free the hostages."), "release")
    assert ev.future and not is_factual(ev)
    ev = one(events(nlp, "The guards went to free the hostages at dawn."), "release")
    assert not ev.future


def test_roles_from_the_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Agents from the state intelligence service detained President Lara's chief of staff."
    ev = one(events(nlp, text), "arrest")
    assert ev.actors[0].role == "police"
    ev = one(events(nlp, "President Nadia Okafor released the detained journalists."), "release")
    assert ev.actors[0].role == "government"
    ev = one(events(nlp, "A judge released the opposition leader on bail."), "release")
    assert ev.actors[0].role == "judiciary" and ev.targets[0].role == "opposition"


def test_pronoun_resolved_to_previous_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Jonas Berg criticised the new law. Two days later he was arrested by the police."
    ev = one(events(nlp, text), "arrest")
    assert ev.targets[0].text == "Jonas Berg" and ev.targets[0].resolved


@pytest.mark.parametrize(
    "first",
    [
        "Rolando Alvarez refused to board the plane, Ortega said.",
        "Ortega said that Rolando Alvarez refused to board the plane.",
    ],
)
def test_pronoun_is_not_the_speaker_of_an_attribution(nlp, first: str) -> None:  # type: ignore[no-untyped-def]
    """The speaker reports; the person his clause names is the topic (as in Spanish)."""
    ev = one(events(nlp, f"{first} On Friday a judge sentenced him to 26 years."), "convict")
    assert has(ev.targets, "Alvarez") and not has(ev.targets, "Ortega")


def test_pronoun_may_be_a_speaker_with_no_other_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ortega said the police lied. On Friday a judge sentenced him to 26 years."
    ev = one(events(nlp, text), "convict")
    assert has(ev.targets, "Ortega")


def test_evidence_offsets_point_into_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Nothing happened on Monday. On Tuesday soldiers captured the rebel commander."
    ev = one(events(nlp, text), "arrest")
    assert text[ev.trigger_start : ev.trigger_end] == ev.trigger == "captured"
    assert ev.sentence == 1 and text[ev.sentence_start : ev.sentence_end].startswith("On Tuesday")
    for p in ev.actors + ev.targets:
        assert text[p.start : p.end] == p.text


def test_date_falls_back_to_article_date(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Police arrested the mayor.", published="2024-06-10"), "arrest")
    assert ev.date.value == "2024-06-10" and ev.date.certainty in (
        "approximate",
        "inferred",
        "exact",
    )


def test_plover_coding_of_intent(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The rebels threatened to shell the airport.")
    main = next(e for e in evs if e.main)
    assert plover_coding(main) == "THREATEN"
    evs = events(nlp, "Norway agreed to send medical aid to the region.")
    main = next(e for e in evs if e.main)
    assert plover_coding(main) == "AGREE"
    evs = events(nlp, "Officials said the rebels must release the hostages.")
    main = next(e for e in evs if e.main)
    assert plover_coding(main) == "REQUEST"


def test_died_in_custody_and_torture(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A trade unionist died in army custody after weeks of torture."
    ev = one(events(nlp, text), "custody-death")
    assert ev.type == "ASSAULT" and has(ev.targets, "unionist") and has(ev.actors, "army")
    assert ("held_at", "army custody") in ev.attributes


def test_a_death_told_days_after_the_detention_is_a_death_in_custody(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "died ... two days after police detained him": the detention is the death's own
    circumstance, so the death is one in custody, its subject the one who underwent it."""
    text = "The student died in a city hospital two days after police detained him."
    ev = one(events(nlp, text), "custody-death")
    assert ev.type == "ASSAULT" and has(ev.targets, "student")
    assert not [e for e in events(nlp, "The old poet died in his home town.") if e.mode]


def test_one_found_dead_in_a_cell_died_in_custody(nlp) -> None:  # type: ignore[no-untyped-def]
    # a death in custody told by its finding (vocabulary 1.236.2)
    ev = one(events(nlp, "The detained editor was found dead in his prison cell."), "custody-death")
    assert has(ev.targets, "editor")
    assert not [e for e in events(nlp, "Hikers found a man dead in the woods.") if e.mode]


def test_an_illness_named_as_an_attack_or_arrest_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a heart attack", "cardiac arrest": an illness, no assault and no detention."""
    for text in (
        "Officials said the prisoner had suffered a heart attack.",
        "The singer died of cardiac arrest on Monday.",
    ):
        evs = events(nlp, text)
        assert not [e for e in evs if e.type in ("ASSAULT", "COERCE")], evs
    assert [e for e in events(nlp, "Rebels launched an attack on the town.") if e.type == "ASSAULT"]


def test_prisoner_exchange(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The two countries agreed a prisoner exchange on Sunday."), "exchange")
    assert ev.type == "RETREAT"


def test_reported_by(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The lawyer said that soldiers had detained her client."
    ev = one(events(nlp, text), "arrest")
    assert has(ev.reported_by, "lawyer") and has(ev.actors, "soldiers")


def test_reduced_relatives_undergo_the_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The poet Dario Vela, jailed since March over a satirical song, "
        "was among seven artists freed, officials said."
    )
    evs = events(nlp, text)
    ev = one(evs, "release")
    assert has(ev.targets, "Vela") and has(ev.targets, "artists") and not ev.actors
    assert has(one(evs, "imprison").targets, "Vela") and not one(evs, "imprison").actors
    ev = one(events(nlp, "Nadia Sorel was one of the students detained at the rally."), "arrest")
    assert has(ev.targets, "Sorel") and not ev.actors
    ev = one(events(nlp, "The miners released on Sunday walked to the square."), "release")
    assert has(ev.targets, "miners") and not ev.actors
    ev = one(events(nlp, "Police beat the farmers detained near the dam."), "arrest")
    assert has(ev.targets, "farmers") and not has(ev.actors, "police")


def test_custody_pronoun_takes_the_custody_topic(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The blogger Karim Nasser had been held without trial since 2021. "
        "Senator Paula Grant, who negotiated his release, said he had been freed on Monday."
    )
    evs = [e for e in events(nlp, text) if e.mode == "release"]
    assert evs and all(has(e.targets, "Nasser") for e in evs)
    assert not any(has(e.targets, "Grant") for e in evs)


def test_custody_pronoun_prefers_the_most_held_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Soldiers detained the engineer Felix Ortega in May. Ortega was held at a base for "
        "weeks, and a cousin, Rui Ortega Lima, was arrested too. "
        "Bishop Tomas Ebert said his release was near."
    )
    # the cousin is named last, but the engineer is the story's custody topic
    ev = [e for e in events(nlp, text) if e.mode == "release"][-1]
    target = ev.targets[0]
    assert target.resolved and "Ortega" in target.text and "Lima" not in target.text


def test_custody_pronoun_without_history_uses_the_main_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lucia Ferro founded the newspaper in 2010. Ferro wrote about corruption for years. "
        "The mediator Anton Weiss, who secured her release, spoke to reporters."
    )
    ev = one(events(nlp, text), "release")
    assert has(ev.targets, "Ferro") and not has(ev.targets, "Weiss")


def test_custody_pronoun_in_a_lead_names_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The junta freed a former central bank governor three years after she was detained. "
        "Governor Ines Duarte was set free on Sunday, said the minister Pablo Ruiz."
    )
    ev = one(events(nlp, text), "arrest")
    assert has(ev.targets, "Duarte") and ev.targets[0].resolved


def test_someones_freedom_is_their_release(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested the cartoonist Leo Brandt in June. His wife lobbied for his freedom."
    ev = one(events(nlp, text)[1:], "release")
    assert has(ev.targets, "Brandt") and ev.targets[0].resolved and not is_factual(ev)
    ev = one(events(nlp, "The dockers won their freedom after a month."), "release")
    assert has(ev.targets, "dockers") and not ev.actors
    assert [e.trigger for e in events(nlp, "The dockers won their freedom.")] == [
        "won their freedom"
    ]
    evs = events(nlp, "Editors defended freedom of the press.")
    assert not [e for e in evs if e.mode == "release"]


def test_a_release_negotiated_or_pressed_for_is_a_goal(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The bishop, who had negotiated for the release of the students for a year, flew in.",
        "Their families pressed for the release of the fishermen.",
    ):
        ev = one(events(nlp, text), "release")
        assert ev.hypothetical, text
    # a negotiated release (no "for") did happen
    ev = one(events(nlp, "The bishop negotiated the release of the students."), "release")
    assert is_factual(ev)


def test_a_plot_to_spring_someone_is_a_release_not_yet_done(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Two officers were plotting to spring the mayor from house arrest.",
        "Rebels drew up a plan to spring the general from jail.",
        "The guards tried to free the hostages.",
    ):
        ev = one(events(nlp, text), "release")
        assert ev.type == "RETREAT"
        assert not is_factual(ev) and (ev.hypothetical or ev.future), text


def test_a_release_does_not_take_the_date_of_the_arrest_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from chronicler.annotate.timex import find_time_expressions

    text = (
        "Police arrested the union leader Marta Kovac in March 2021. "
        "She was held for months in a military prison. "
        "The Norwegian envoy Lars Dahl mediated her release."
    )
    times = tuple(find_time_expressions(text, "2024-06-10"))
    evs = events(nlp, text, times=times)
    assert one(evs, "arrest").date.value == "2021-03"
    assert one(evs, "imprison").date.value == "2021-03"  # custody goes on: same narrative time
    for mode in ("mediate", "release"):
        d = one(evs, mode).date
        assert (d.value, d.basis) == ("2024-06-10", "article"), mode


def test_a_wordnet_relative_of_a_seed_word_triggers_after_the_hand_rules(nlp) -> None:  # type: ignore[no-untyped-def]
    # "abscond" and "jailbreak" are in no hand rule: WordNet relates them to flee/escape
    ev = one(events(nlp, "The former minister absconded to Dubai in March."), "flee")
    assert ev.type == "RETREAT" and dict(ev.attributes)["rule"] == "flee-wordnet"
    ev = one(events(nlp, "Guards foiled a jailbreak at the northern prison."), "flee")
    assert dict(ev.attributes)["rule"] == "flee-wordnet"


def test_protesting_that_something_is_so_is_a_complaint_not_a_demonstration(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp, "Opposition leaders protested that the vote had been rigged."), "disapprove"
    )
    assert ev.type == "ACCUSE" and has(ev.actors, "Opposition leaders")
    ev = one(events(nlp, "Thousands protested in the capital against the new law."), "demo")
    assert ev.type == "PROTEST"


def test_phrasal_verbs_from_wordnet_troponyms(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = next(
        e for e in events(nlp, "The minister brushed off the criticism from Brussels.") if e.main
    )
    assert ev.type == "REJECT" and ev.trigger == "brushed off"
    ev = next(e for e in events(nlp, "The president lashed out at the United Nations.") if e.main)
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")


def test_acquittals_and_amnesties_are_concessions(nlp) -> None:  # type: ignore[no-untyped-def]
    # PLOVER manual, CONCEDE: "pardons, acquittals, and amnesties of arrested persons"
    ev = next(e for e in events(nlp, "A military court acquitted the opposition mayor.") if e.main)
    assert ev.type == "CONCEDE" and has(ev.targets, "mayor")


def test_doubting_adjectives_flag_what_they_govern(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Russia is unlikely to agree to cut its oil output."), None)
    assert ev.hypothetical and ev.type == "AGREE"
    rel = one(events(nlp, "The rebels were unwilling to release the hostages."), "release")
    assert rel.negated
    rel = one(events(nlp, "The rebels were able to release the hostages."), "release")
    assert not rel.negated


def test_an_obligation_on_another_outranks_the_intent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Kenyan minister said that Norway must be ready to mediate between the parties."
    main = next(e for e in events(nlp, text) if e.main)
    assert plover_coding(main) == "REQUEST"
    text = "The Kenyan minister said that Norway is ready to mediate between the parties."
    main = next(e for e in events(nlp, text) if e.main)
    assert plover_coding(main) == "AGREE"


def test_blowing_up_a_vehicle_is_a_bombing_and_a_bridge_property(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, "Militants blew up a passenger train near Quetta.") if e.main)
    assert (ev.type, ev.mode) == ("ASSAULT", "explosives")
    ev = next(e for e in events(nlp, "Militants blew up a railway bridge near Quetta.") if e.main)
    assert (ev.type, ev.mode) == ("COERCE", "seize")


def test_exchanging_prisoners_is_a_swap(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp, "Armenia and Azerbaijan exchanged 30 prisoners of war on Friday."), "exchange"
    )
    assert ev.type == "RETREAT" and has(ev.actors, "Armenia") and has(ev.actors, "Azerbaijan")


def test_vocabulary_of_common_news_phrasings(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = next(
        e for e in events(nlp, "The two prime ministers spoke by telephone on Friday.") if e.main
    )
    assert (ev.type, ev.mode) == ("CONSULT", "meet")
    ev = next(e for e in events(nlp, "Gunmen hacked to death a local councillor.") if e.main)
    assert ev.type == "ASSAULT"  # not a cyber attack
    ev = next(e for e in events(nlp, "The navy carried out air strikes on pirate bases.") if e.main)
    assert ev.mode == "aerial" and has(ev.targets, "bases")


def test_a_denied_characterisation_leaves_the_act_standing(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "denied that he was held as a bargaining chip" denies the label, not the holding."""
    text = "The Kremlin denied that he was being held as a bargaining chip."
    assert not one(events(nlp, text), "imprison").negated
    text = "Moscow rejected claims that he was detained as a hostage."
    assert not one(events(nlp, text), "arrest").negated
    # the act itself denied, or refused whatever it is called
    assert one(events(nlp, "The ministry denied that he had been arrested."), "arrest").negated
    assert one(events(nlp, "Police denied arresting him."), "arrest").negated
    text = "The government refused to release him as a goodwill gesture."
    assert one(events(nlp, text), "release").negated


def test_sanctions_imposed_stay_sanctions(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The European Union imposed sanctions on Belarus."), "discontinue")
    assert ev.type == "SANCTION" and has(ev.targets, "Belarus")


def test_restoring_what_was_withheld_is_a_concession(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The junta restored internet access in the north on Monday."), None)
    assert ev.type == "CONCEDE" and has(ev.actors, "junta")


@pytest.mark.parametrize(
    "text",
    [
        "Their struggle to restore democracy in Myanmar goes on.",
        "The rebels vowed to restore the old constitution.",
        "Troops restored calm in the capital.",
    ],
)
def test_restoring_a_state_of_affairs_is_no_concession(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "CONCEDE"]


def test_a_changed_penalty_is_no_new_sentencing(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "cutting six years from her sentence", "raised his total sentence to 33 years": the
    standing penalty, no sentencing; reducing it is a concession (PLOVER CONCEDE)."""
    for text in (
        "The junta pardoned Ana Ruiz on Monday, cutting six years from her sentence.",
        "Further convictions raised Ana Ruiz's total sentence to 33 years.",
    ):
        assert not [e for e in events(nlp, text) if e.trigger == "sentence"], text
    evs = events(nlp, "The general reduced Ana Ruiz's sentence to two years.")
    (reduced,) = [e for e in evs if e.type == "CONCEDE"]
    assert has(reduced.actors, "general")
    # a sentencing still is one
    ev = one(events(nlp, "A court sentenced Carlos Mendoza to ten years in prison."), "convict")
    assert has(ev.targets, "Mendoza")


def test_receiving_word_is_no_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "received no word of her health" is news, not a visit; receiving a minister is."""
    assert not [
        e
        for e in events(nlp, "Her son said he had received no word of his mother's health.")
        if e.type == "CONSULT"
    ]
    ev = one(events(nlp, "The president received the foreign minister on Monday."), "meet")
    assert has(ev.targets, "minister")


def test_a_detention_a_court_orders_is_marked_with_its_term(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "ordered X to remain in jail for 18 months" (a judge), "extended his pretrial
    detention by six months": a court's detention order, with its length; a length told of
    a detention no court orders ("has been held in jail for two years") is none."""
    ev = one(
        events(
            nlp, "A judge ordered Ruiz to remain in jail for 18 months while police investigate."
        ),
        "imprison",
    )
    assert ("court_ordered", "yes") in ev.attributes and ("term", "18 months") in ev.attributes
    # (imprisonment a court ordered, whatever noun tells it: the arrest came before)
    ev = one(events(nlp, "The court extended his pretrial detention by six months."), "imprison")
    assert ("court_ordered", "yes") in ev.attributes and ("term", "six months") in ev.attributes
    ev = one(events(nlp, "The general has been held in jail for two years."), "imprison")
    assert not [a for a in ev.attributes if a[0] in ("court_ordered", "term")]
    ev = one(events(nlp, "The minister ordered the activist to remain in jail."), "imprison")
    assert ("court_ordered", "yes") not in ev.attributes  # no court


@pytest.mark.parametrize(
    ("text", "poisoned"),
    [
        ("Agents poisoned the opposition leader in August 2020.", True),
        ("The Kremlin denied poisoning the blogger.", True),
        ("The blogger's poisoning was blamed on the security service.", True),
        ("The dispute poisoned relations between the two countries.", False),
        ("Three children died of food poisoning at the school.", False),
    ],
)
def test_a_poisoning_is_an_assault(nlp, text: str, poisoned: bool) -> None:  # type: ignore[no-untyped-def]
    """Poisoning a person, verb or noun, is ASSAULT (mode `poison`, CAMEO 180); poisoned
    relations and food poisoning are none."""
    found = [e for e in events(nlp, text) if e.mode == "poison"]
    assert bool(found) == poisoned, [(e.type, e.trigger) for e in events(nlp, text)]
    if found:
        assert (found[0].type, found[0].cameo, bool(found[0].targets)) == ("ASSAULT", "180", True)


def test_a_coordinated_clause_with_its_own_subject_gives_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Several of his ministers resigned in protest, and lawmakers voted to oust him": the
    lawmakers' vote is another act, not what the resignation is aimed at."""
    text = (
        "President Pedro Castillo was removed by Congress. Several of his ministers resigned "
        "in protest, and lawmakers voted 101-6 to oust him."
    )
    resigned = one(events(nlp, text), "resign")
    assert has(resigned.actors, "ministers") and not resigned.targets
    ousted = one(events(nlp, text), "remove")
    assert any("castillo" in t.text.lower() for t in ousted.targets)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Riot police beat protesters with batons in central Tehran on Thursday.", "IRN"),
        ("Security forces beat protesters in Caracas.", "VEN"),
        ("Turkish police beat protesters in Tehran.", "TUR"),
        ("Soldiers beat protesters in Tehran.", None),
        ("Riot police beat protesters with batons.", None),
    ],
)
def test_an_unnamed_police_force_acts_for_the_state_it_acts_in(  # type: ignore[no-untyped-def]
    nlp, text: str, country: str | None
) -> None:
    """ "Riot police beat protesters in central Tehran": an unnamed group keeps its words and
    role (no entity), and acts for the state whose territory the place is; one whose phrase
    names its state keeps it, and soldiers, who also act abroad, get none."""
    beat = one(events(nlp, text), "beat")
    (actor,) = beat.actors
    assert actor.label is None and actor.country == country


def test_bail_a_court_grants_is_a_release_by_the_court(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The court granted bail to the journalist": freed on bail by the court's order
    (RETREAT 'release', the court its actor), no aid given."""
    ev = one(events(nlp, "The court granted bail to the journalist on Friday."), "release")
    assert ev.type == "RETREAT" and has(ev.actors, "court") and has(ev.targets, "journalist")
    assert not [
        e for e in events(nlp, "The court granted bail to the journalist.") if e.type == "AID"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru met in Lima on Thursday.",
        "Egypt, Jordan and Qatar held talks on Sunday.",
        "Kenya's president and the Ugandan leader negotiated for two days.",
    ],
)
def test_coordinated_sides_of_a_meeting_meet_one_another(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "X and Y met": X met Y and Y met X. The side named first is the actor, the others its
    targets, and the meeting is marked two-way, as a clash is."""
    ev = next(e for e in events(nlp, text) if e.type == "CONSULT")
    assert len(ev.actors) == 1 and ev.targets, (ev.actors, ev.targets)
    assert ("reciprocal", "yes") in ev.attributes


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru met the UN envoy in Lima.",
        "Farmers and teachers protested in Lima on Thursday.",
        "The Chilean president met reporters in Lima.",
    ],
)
def test_a_meeting_with_a_party_or_a_protest_keeps_its_sides(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """Coordinated subjects who meet someone else, or protest, act together: no two-way
    reading."""
    for ev in events(nlp, text):
        assert ("reciprocal", "yes") not in ev.attributes, (ev.type, ev.actors, ev.targets)
        if ev.type == "PROTEST":
            assert len(ev.actors) == 2


def test_what_blew_up_is_no_actor_of_the_explosion(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a bomb exploded aboard the plane": what blew up, no actor; a bomber who exploded is
    one. "The airliner exploded" with no bomb, device or attack named is an accident, no
    event (PLOVER ASSAULT is deliberate force; vocabulary 1.254.0, was ASSAULT explosives)."""
    assert not [
        e for e in events(nlp, "The airliner exploded over the sea.") if e.type == "ASSAULT"
    ]
    ev = one(events(nlp, "A bomb exploded aboard the airliner over the sea."), "explosives")
    assert not ev.actors
    ev = one(events(nlp, "A suicide bomber exploded among the worshippers."), "explosives")
    assert has(ev.actors, "bomber")


def test_praying_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("The bishop prayed for peace in the region.", "A nurse said a prayer."):
        assert not events(nlp, text), text


def test_words_given_by_being_said_are_no_promise(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "offered condolences", "offered an apology": said, not promised, and not to come."""
    evs = events(nlp, "The governor offered condolences to the families.")
    assert not [e for e in evs if e.type == "AGREE"]
    assert all(not e.future for e in evs)
    ev = by_trigger(events(nlp, "The mayor offered an apology to the residents."), "apology")
    assert ev.type == "SUPPORT" and not ev.future


def test_keeping_is_custody_only_where_the_text_says_so(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "was kept in a cell" is custody; "the aunt who has been keeping the girl" is not."""
    ev = one(events(nlp, "The dissidents were kept in a cell for three days."), "imprison")
    assert has(ev.targets, "dissidents")
    text = "Her aunt, who has been keeping the girl since March, went to court."
    assert not [e for e in events(nlp, text) if e.mode == "imprison"]
