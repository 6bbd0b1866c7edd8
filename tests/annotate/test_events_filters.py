"""Triggers that report no political event (events_filters and NONE rules), next to the
same words where they do, on sentences written for these tests; the checks of charge words,
of words of asking and of words of struggle are tested in test_events_charges.py,
test_events_requests.py and test_events_struggles.py."""

from __future__ import annotations

import pytest
from event_helpers import events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def types(text: str, nlp) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.type for e in events(nlp, text)}


def test_generic_giving_needs_an_actor_recipient_or_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AID" not in types("On Sundays they ate meals donated by a local bakery.", nlp)
    assert "AID" not in types("That job gave him cover to travel abroad.", nlp)
    assert "AID" not in types("A copy of the note was provided by the lawyer.", nlp)
    assert "AID" in types("Japan sent 300 troops after the earthquake.", nlp)
    ev = next(e for e in events(nlp, "Norway gave food to the refugees.") if e.type == "AID")
    assert has(ev.targets, "refugees")


def test_protecting_things_is_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The guards were responsible for protecting the ministry buildings."
    assert "AID" not in types(text, nlp)
    assert "AID" in types("Peacekeepers protected the refugees in the camp.", nlp)


def test_a_source_asking_for_anonymity_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The talks failed, said two officials who asked not to be identified."
    assert "REQUEST" not in types(text, nlp)


def test_custody_left_is_no_arrest(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Friends helped the writer escape from house arrest in May.")
    assert not [e for e in evs if e.mode == "arrest"]


def test_intent_nouns_need_their_content(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in types("Their plans remain unclear after the vote.", nlp)
    assert "AGREE" in types("The two parties signed a peace plan on Monday.", nlp)


def test_committed_is_a_pledge_only_to_something(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in types("The volunteers were all deeply committed.", nlp)
    assert "AGREE" in types("Iran is committed to resuming the talks.", nlp)


def test_demonstrating_a_quality_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in types("The cadets demonstrated great discipline.", nlp)
    assert "PROTEST" in types("Thousands of students demonstrated in the capital.", nlp)


def test_generic_giving_by_a_body_or_to_an_object_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AID" in types("The agency provided shelter to the families.", nlp)
    assert "AID" in types("Ruritania supplied the rebels with rifles.", nlp)
    assert "AID" in types("Washington sent envoys to calm the crisis.", nlp)


def test_a_generic_noun_needs_a_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AID" not in types("After the shooting they ran for protection.", nlp)
    assert "AID" in types("Japan announced help for the flood victims.", nlp)


def test_a_participle_before_its_noun_is_an_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in types("It was a demanding training course for the recruits.", nlp)


def test_a_thing_is_no_actor_of_an_everyday_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in types("The merger would allow the firm to pay its debts.", nlp)
    assert "AID" not in types("A daily walk helps patients recover faster.", nlp)
    assert "COOPERATE" not in types("The new sensor works with most home hubs.", nlp)
    assert "CONCEDE" in types("The governor allowed the protesters to march.", nlp)
    assert "AID" in types("The charity helped the refugees in the camp.", nlp)


def test_an_everyday_verb_on_a_thing_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" not in types("Visitors received the tickets at the entrance.", nlp)
    assert "ACCUSE" not in types("The cable is good for charging Dell laptops at home.", nlp)
    assert "CONSULT" in types("The president received the Chinese delegation on Monday.", nlp)
    assert "ACCUSE" in types("Prosecutors charged the mayor with fraud.", nlp)


def test_set_phrases_and_prepositional_participles(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in types("We must train harder in order to win the league.", nlp)
    assert "REQUEST" not in types("Winning the league is a tall order for this team.", nlp)
    text = "Given the way they played, nobody expects them to win the cup."
    assert "CONCEDE" not in types(text, nlp)
    assert "REQUEST" in types("The general gave the order to leave the city.", nlp)


def test_a_word_of_a_name_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The agency will fly its Volatiles Investigating Polar Exploration Rover next year."
    assert "ACCUSE" not in types(text, nlp)
    assert "ACCUSE" in types("The agency is investigating the minister for fraud.", nlp)


def test_harm_by_accident_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two soldiers were killed in a helicopter crash in the north."
    assert "ASSAULT" not in types(text, nlp)
    assert "ASSAULT" in types("Two soldiers were killed in an ambush in the north.", nlp)
    # a mishap told in a clause of time (vocabulary 1.205.0)
    text = "Twenty soldiers were killed when two military helicopters crashed near the border."
    assert "ASSAULT" not in types(text, nlp)
    assert "ASSAULT" not in types("Nine people were injured when the bus overturned.", nlp)
    text = "Five people were killed when a bomb exploded in the market."
    assert "ASSAULT" in types(text, nlp)
    assert "ASSAULT" in types("Two guards were killed when gunmen stormed the bank.", nlp)


def test_everyday_nouns_need_participants(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in types("The rocket's first test flight is due in 2024.", nlp)
    assert "MOBILIZE" not in types("The software cuts alerts that need no action.", nlp)
    assert "AGREE" not in types("Their work led to a better understanding of cells.", nlp)
    assert "REQUEST" not in types("What I found unusual was this call.", nlp)
    assert "RETREAT" in types("His flight from Caracas surprised the government.", nlp)
    assert "REQUEST" in types("The pope renewed his call for restraint.", nlp)


def test_an_offer_with_a_price_is_a_sale(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in types("The shop is offering the new tablet for $799.", nlp)
    assert "AGREE" not in types("Monday's best deals include laptops from a big store.", nlp)
    assert "AGREE" in types("The rebels offered a ceasefire to the government.", nlp)


def test_a_purpose_or_bare_readiness_is_no_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in types("The laptop is intended to be a portable machine.", nlp)
    assert "AGREE" not in types('"Ready?" she said.', nlp)
    assert "AGREE" in types("The rebels said they were ready.", nlp)


def test_things_and_thoughts_are_no_support(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" not in types("It is the only router that supports the new standard.", nlp)
    assert "SUPPORT" not in types("Start small and recognize that no one is watching.", nlp)
    assert "SUPPORT" in types("Russia recognized Abkhazia as an independent state.", nlp)
    assert "SUPPORT" in types("The United States supports the new government in Kabul.", nlp)


def test_a_call_on_the_phone_and_a_question_with_who(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in types("She spoke to the minister on a video call.", nlp)
    assert "REQUEST" not in types("Depending on who you ask, the plan is a success.", nlp)


def test_charging_a_device_is_no_indictment(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in types("This lets you charge a phone while you work.", nlp)
    assert "ACCUSE" in types("The police charged two men after the riot.", nlp)


def test_declining_to_comment_and_market_moves(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" not in types("Both companies declined to comment on the report.", nlp)
    assert "REJECT" not in types("The main share index declined 0.3% on Monday.", nlp)
    assert "REJECT" in types("The rebels declined the offer of talks.", nlp)


def test_a_round_is_a_meeting_only_of_talks(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" not in types("Police found hundreds of rounds of ammunition.", nlp)
    assert "CONSULT" in types("A new round of talks with the rebels began.", nlp)


def test_nature_and_hazards_harm_and_threaten_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in types("Warnings of extreme fire danger covered the north.", nlp)
    assert "THREATEN" not in types("The disease can be life-threatening.", nlp)
    assert "ASSAULT" not in types("The village was burned in a wildfire last year.", nlp)
    assert "THREATEN" in types("The army warned of reprisals against the rebels.", nlp)
    # arson is an assault (PLOVER manual, ASSAULT primitive; vocabulary 1.270.0)
    assert "ASSAULT" in types("The village was burned by soldiers last year.", nlp)


def test_things_that_yield_play_or_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in types("A search of the car yielded thirty grams of heroin.", nlp)
    assert "ACCUSE" not in types("The mouse and keyboard can connect and charge over USB.", nlp)
    text = "Race and the economy could play a major role in shaping the vote."
    assert "CONSULT" not in types(text, nlp)


def test_holding_or_meeting_things_is_no_custody_or_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "COERCE" not in types("The tournament will be held across Europe next year.", nlp)
    assert "COERCE" not in types("Before you panic, keep in mind that it is rare.", nlp)
    assert "CONSULT" not in types("The campaign must meet the polling thresholds.", nlp)
    assert "COERCE" in types("The journalist was held in a military prison.", nlp)
    assert "CONSULT" in types("The president met the Chinese delegation on Monday.", nlp)


def test_showing_and_falling_are_no_protest_or_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Beijing is worried, as demonstrated by his abrupt departure from Hanoi."
    assert "PROTEST" not in types(text, nlp)
    assert "REJECT" not in types("As revenues continue to decline, papers are closing.", nlp)
    assert "PROTEST" in types("Thousands demonstrated against the government.", nlp)
    assert "ACCUSE" in types("The inspectors want to re-examine the refineries in Iran.", nlp)


def test_set_phrases_of_trade_and_play(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in types("When the free trials are offered, give it a shot.", nlp)
    assert "REQUEST" not in types("My son played a game of hide-and-seek with the cat.", nlp)


def test_a_score_makes_a_game_result(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types("Switzerland beat Gibraltar 6-0 to win the group.", nlp)
    assert "ASSAULT" not in types("The Lakers beat the Thunder 112-107 on Tuesday.", nlp)
    assert "ASSAULT" in types("Rebels beat the prisoners with sticks.", nlp)


def test_hitting_a_mark_or_a_shot_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types("Those features won't hit other platforms until 2020.", nlp)
    assert "ASSAULT" not in types("They obviously hit some tough shots.", nlp)
    assert "ASSAULT" in types("Missiles hit the hospital in Aleppo.", nlp)


def test_a_thing_offered_to_no_one_is_no_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in types("The firm offers an open advertising platform for networks.", nlp)
    assert "AGREE" not in types("Both offer a very similar experience.", nlp)
    assert "AGREE" in types("The rebels offered a ceasefire.", nlp)
    assert "AGREE" in types("The government offered concessions to the strikers.", nlp)


def test_people_without_a_role_are_no_things(nlp) -> None:  # type: ignore[no-untyped-def]
    # the generated WordNet list of person and group nouns (actor_nouns.txt) knows them
    assert "COERCE" in types("The cleric was held in a military prison.", nlp)
    assert "ACCUSE" in types("The bishop was charged with treason.", nlp)
    assert "RETREAT" in types("The cleric was released from house arrest on Monday.", nlp)
    assert "RETREAT" not in types("The band released the album last year.", nlp)


@pytest.mark.parametrize(
    "text",
    [
        "The only army officer authorized to talk to the rebels was the colonel.",
        "She was one of two lawyers permitted to visit the prison.",
        "He is the only envoy empowered to negotiate with the rebels.",
    ],
)
def test_a_permission_held_is_no_act_of_permitting(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "the officer authorized to talk": a participle after its noun, with no one named as
    granting it, tells what the noun may do, not that anyone authorised it then."""
    evs = events(nlp, text)
    assert not [e for e in evs if e.trigger in ("authorized", "permitted", "empowered")]


def test_a_permission_granted_by_someone_is_an_act(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Officers authorized by the court to search the house arrived at dawn.")
    ev = next(e for e in evs if e.trigger == "authorized")
    assert has(ev.actors, "court")


def test_a_thing_received_in_a_relative_clause_is_no_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "gifts he received", "the watch that she received": the clause's left-out object is
    the noun it modifies, a thing, no meeting (a personal gift is no aid either); a delegation
    received is still a meeting."""
    text = "The court said the minister sold the gifts he received from foreign leaders."
    assert not [e for e in events(nlp, text) if e.trigger == "received"]
    # what a rule names as its object is still its event: weapons received are aid
    text = "The court said the minister sold the weapons he received from foreign leaders."
    ev = next(e for e in events(nlp, text) if e.type == "AID")
    assert has(ev.actors, "foreign leaders")
    assert "CONSULT" not in types("Officials said the watch that she received was sold.", nlp)
    assert "CONSULT" not in types("She sold the letter he received from the envoy.", nlp)
    text = "The president praised the delegation Sharif received on Monday."
    assert "CONSULT" in types(text, nlp)


def test_a_meeting_hosted_is_no_everyday_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "hosted the talks": the verb's own meeting noun is what it hosts, not a thing
    ("hosted the cooking show" stays none); the parties of the talks are whom it hosts."""
    evs = events(nlp, "Qatar hosted the negotiations between the army and the separatists.")
    ev = next(e for e in evs if e.type == "CONSULT")
    assert has(ev.actors, "Qatar") and has(ev.targets, "army") and has(ev.targets, "separatists")
    assert not [e for e in events(nlp, "She hosted the cooking show.") if e.type == "CONSULT"]


def test_a_promise_or_offer_of_a_thing_is_no_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    """A commissive word whose content is a thing, by a firm or a shop to no one, is a sales
    promise, no intent to cooperate (vocabulary 1.117.0)."""
    assert "AGREE" not in types("The shop promised a full refund to every customer.", nlp)
    assert "AGREE" not in types("The retailer offers free shipping on all orders.", nlp)
    assert "AGREE" not in types("The brand has promised a lot: faster laptops and more.", nlp)
    assert "AGREE" not in types("The startup vowed to fix the bug by Friday.", nlp)
    assert "AGREE" not in types("Because the firm's big promises haven't arrived, I wait.", nlp)
    assert "AGREE" not in types("The airline guaranteed the lowest fares in Europe.", nlp)


def test_a_political_promise_or_a_pledge_of_aid_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" in types("The minister promised a referendum on the treaty.", nlp)
    assert "AGREE" in types("Japan pledged $5 million to the flood victims.", nlp)
    assert "AGREE" in types("The donors pledged blankets and tents for the displaced.", nlp)
    assert "AGREE" in types("The government offered the protesters talks.", nlp)
    assert "AGREE" in types("The company promised to cooperate with investigators.", nlp)
    assert "AGREE" in types("The president's promises to the farmers went unfulfilled.", nlp)
    # a title in the name's phrase makes the one promising political
    text = "Governor Okonkwo-Bello vowed to build new schools."
    assert "AGREE" in types(text, nlp)


def test_a_tender_offer_is_no_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    """A tender offer is a bid for shares, no offer made to a party (vocabulary 1.155.0; it
    stayed AGREE from 1.117.2, which the develop audits judged no event)."""
    text = "Shareholders are waiting for a $3 billion tender offer by SoftBank."
    assert "AGREE" not in types(text, nlp)
    assert "AGREE" not in types("Shareholders are waiting for a generous offer by the bank.", nlp)


def test_a_product_released_by_name_is_no_release(nlp) -> None:  # type: ignore[no-untyped-def]
    """Entity labels in the vocabulary are read whatever their case: a product the tagger
    names is a thing (thing_labels)."""
    assert "RETREAT" not in types("Apple released a new iPad Pro before the holidays.", nlp)
    assert "RETREAT" in types("The junta released the poet Ma Thida in September.", nlp)


def test_a_personal_pronoun_promising_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "his vow": a person, as a named one is; "its promise" may be a firm's."""
    text = "The senator said his vow to keep politics out of sport still stands."
    assert "AGREE" in types(text, nlp)
    assert "AGREE" not in types("Its promise to fix the app by May was broken.", nlp)


def test_only_actors_intend(nlp) -> None:  # type: ignore[no-untyped-def]
    # a thing "ready" for an act tells its state, no intent (vocabulary 1.127.0)
    text = "Once the tiles are fitted, the capsule will be ready for shipment to the launch site."
    assert "AGREE" not in types(text, nlp)
    assert "AGREE" not in types("The revised budget is ready for a vote in parliament.", nlp)
    assert "AGREE" in types("The guerrillas are ready for talks with the government.", nlp)


def test_a_thing_threatening_is_a_risk(nlp) -> None:  # type: ignore[no-untyped-def]
    # a thing that "threatens to" do something is a risk, no threat (vocabulary 1.127.0)
    assert "THREATEN" not in types("Soaring fuel prices threaten to push the airline under.", nlp)
    assert "THREATEN" not in types("The flood is threatening to swamp the old town.", nlp)
    assert "THREATEN" in types("The militia threatened to shell the port.", nlp)
    assert "THREATEN" in types("The teachers' union threatened to walk out in May.", nlp)


def test_a_subject_tagged_as_a_verb_is_a_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    # "routers" read as a verb is still the noun the relative clause is about (1.127.0)
    assert "SUPPORT" not in types("Wireless routers that support the new standard cost more.", nlp)
    assert "SUPPORT" in types("Lawmakers who support the bill met the governor.", nlp)


def test_a_participle_on_a_thing_is_the_things_doing(nlp) -> None:  # type: ignore[no-untyped-def]
    # "-ing" on a noun says what the noun does: a tour celebrates nothing (1.127.0)
    text = "The choir announced a spring tour celebrating its centenary."
    assert "SUPPORT" not in types(text, nlp)
    assert "SUPPORT" in types("Crowds celebrating the general's return filled the avenue.", nlp)


def test_an_occasion_celebrated_backs_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # a festivity, not support (vocabulary 1.127.0)
    text = "To celebrate 30 years since the choir's founding, its members will tour Ireland."
    assert "SUPPORT" not in types(text, nlp)
    assert "SUPPORT" not in types("The villagers celebrated the king's birthday with a feast.", nlp)
    assert "SUPPORT" in types("Opposition supporters celebrated the court's ruling.", nlp)


def test_a_state_of_repair_orders_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in types("The old ferry is still in good working order.", nlp)


def test_the_means_of_a_things_doing(nlp) -> None:  # type: ignore[no-untyped-def]
    # "by helping": the means of the clause's subject, here a thing (vocabulary 1.127.0)
    text = "The new dashboard saves time by helping clerks sort the invoices."
    assert "AID" not in types(text, nlp)
    assert "AID" in types("The army saved lives by helping the villagers leave.", nlp)
    # harm by a thing is no assault; by an armed group it is
    assert "ASSAULT" not in types("Imports got dearer, harming local workshops.", nlp)
    assert "ASSAULT" in types("The militia harmed dozens of villagers in the raid.", nlp)


def test_a_venture_a_testament_and_an_illness_are_no_events(nlp) -> None:  # type: ignore[no-untyped-def]
    # (vocabulary 1.127.0)
    assert "COERCE" not in types("The actor's first foray into politics ended badly.", nlp)
    assert "COERCE" in types("Rebels made a night foray into the garrison town.", nlp)
    assert "COERCE" not in types("The label's foray into streaming has finally arrived.", nlp)
    assert "SUPPORT" not in types("Her promotion was a tribute to her dedication.", nlp)
    assert "SUPPORT" in types("The town paid tribute to the miners killed in the blast.", nlp)
    assert "ACCUSE" not in types(
        "Doctors are investigating an outbreak of cholera in the camp.", nlp
    )
    assert "ACCUSE" in types("Prosecutors are investigating the mayor over the contracts.", nlp)


def test_information_given_with_is_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    # what the giving rule never counts as aid, in a "with" phrase (vocabulary 1.127.0)
    text = "The governor's office did not provide the newspaper with further details."
    assert "AID" not in types(text, nlp)
    assert "AID" in types("Iran provided the rebels with rockets.", nlp)


def test_a_clause_read_as_an_adjective_subject_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Staying fit is the best defense and can help prevent an injury", with the clause's
    head read as an adjective (as the parser does inside a long page): a clause as subject
    is a state, no actor of an everyday verb (vocabulary 1.148.0)."""
    from spacy.tokens import Doc

    from chronicler.annotate.events_actors import make_context
    from chronicler.annotate.events_filters import thing_as_actor
    from chronicler.annotate.events_match import match_rule
    from chronicler.annotate.events_vocab import load_vocab

    words = ["Staying", "fit", "is", "the", "best", "defense", "and", "can", "help", "prevent",
             "an", "injury", "."]  # fmt: skip
    heads = [1, 2, 2, 5, 5, 2, 2, 8, 2, 8, 11, 9, 2]
    deps = ["nsubj", "csubj", "ROOT", "det", "amod", "attr", "cc", "aux", "conj", "xcomp",
            "det", "dobj", "punct"]  # fmt: skip
    pos = ["NOUN", "ADJ", "AUX", "DET", "ADJ", "NOUN", "CCONJ", "AUX", "VERB", "VERB", "DET",
           "NOUN", "PUNCT"]  # fmt: skip
    tags = ["NN", "JJ", "VBZ", "DT", "JJS", "NN", "CC", "MD", "VB", "VB", "DT", "NN", "."]
    lemmas = ["staying", "fit", "be", "the", "good", "defense", "and", "can", "help",
              "prevent", "an", "injury", "."]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    vocab = load_vocab()
    rule = match_rule(doc[9], vocab)
    assert rule is not None
    ctx = make_context((), vocab, {9: rule}, doc)
    assert thing_as_actor(doc[9], rule, [], [], ctx) is not None
    # a person as subject acts
    doc = Doc(
        nlp.vocab,
        words=["Police", "can", "help", "prevent", "a", "riot", "."],
        heads=[2, 2, 2, 2, 5, 3, 2],
        deps=["nsubj", "aux", "ROOT", "xcomp", "det", "dobj", "punct"],
        pos=["NOUN", "AUX", "VERB", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["NNS", "MD", "VB", "VB", "DT", "NN", "."],
        lemmas=["police", "can", "help", "prevent", "a", "riot", "."],
    )
    ctx = make_context((), vocab, {3: rule}, doc)
    assert thing_as_actor(doc[3], rule, [], [], ctx) is None


def test_a_persons_title_before_the_name_tells_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "veteran protester Maria Lopez": who she is, no protest; protesters who clash do."""
    assert not events(nlp, "Veteran protester Maria Lopez spoke to reporters.")
    evs = events(nlp, "Protesters clashed with police in Cairo.")
    assert [e for e in evs if e.mode == "demo"]


def test_a_bare_amount_freed_is_no_release(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the more is freed for private investment": money, no one freed; "freed most of the
    hostages" names whom."""
    assert not events(nlp, "The less the state borrows, the more is freed for investment.")
    assert has(events(nlp, "The rebels freed most of the hostages.")[0].targets, "hostages")


def test_a_describing_ing_word_is_no_act_on_the_sanctions_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The officers plotted a revolt against the president amid punishing U.S. sanctions "
        "imposed after the election."
    )
    evs = events(nlp, text)
    assert not [e for e in evs if any("U.S." in t.text for t in e.targets)]
    revolt = next(e for e in evs if e.mode == "uprising")
    assert revolt.hypothetical and any("president" in t.text for t in revolt.targets)
    assert any(e.type == "SANCTION" and any("U.S." in a.text for a in e.actors) for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger", "kept"),
    [
        # a passive's infinitive complement is done by what the passive is said of
        # (vocabulary 1.233.0)
        ("The patch is designed to prevent attackers from stealing passwords.", "prevent", False),
        ("No evidence was produced to support the new rules.", "support", False),
        ("The new policy is meant to prevent migrants from entering the country.", "prevent", True),
        ("The troops were sent to help the villagers.", "help", True),
        ("The soldiers were ordered to prevent the marchers from entering.", "prevent", True),
    ],
)
def test_a_thing_a_passive_is_said_of_does_its_infinitive(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, kept: bool
) -> None:
    found = [e for e in events(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert bool(found) == kept


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # begun, no blow; a title put at stake; people taken out of homes; a figure of speech;
        # papers destroyed; a cable cut (vocabulary 1.233.0)
        ("The reporter struck up a conversation with the official.", "struck", set()),
        ("The two men struck up a friendship in the army.", "struck", set()),
        ("Rebels struck the town at dawn.", "struck", {"ASSAULT"}),
        ("The champion defended his heavyweight crown on Saturday.", "defended", set()),
        ("She will defend her Wimbledon title next month.", "defend", set()),
        ("The minister defended the decision on Monday.", "defended", {"SUPPORT"}),
        ("Sixty residents were evacuated from their homes after the fire.", "evacuated", set()),
        ("Firefighters evacuated the building in minutes.", "evacuated", set()),
        ("The army evacuated its troops from the border town.", "evacuated", {"RETREAT"}),
        ("The patriarchy hijacked her beauty and exploited it.", "hijacked", set()),
        ("Extremists have hijacked the debate about immigration.", "hijacked", set()),
        ("Gunmen hijacked a bus carrying pilgrims near the border.", "hijacked", {"ASSAULT"}),
        ("The aide was told to destroy documents in the case.", "destroy", set()),
        ("The clerks shredded the records before the inquiry.", "shredded", set()),
        ("Militants destroyed the party's offices.", "destroyed", {"COERCE"}),
        ("A telecommunications cable cut on Tuesday blocked internet in the city.", "cut", set()),
        ("The government cut internet services in the capital.", "cut", {"COERCE"}),
    ],
)
def test_everyday_senses_met_in_ecb_news(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: set[str]
) -> None:
    found = {e.type for e in events(nlp, text) if e.trigger.lower().startswith(trigger)}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "The court gave the union permission to strike.",
        "The judge gave the lawyers permission to visit the prisoner.",
    ],
)
def test_the_act_a_permission_allows_is_no_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The act permitted is none; the permission given is the giver's concession (left41,
    vocab 1.398.0, README Known limits: "gave the union permission to strike" gave none)."""
    assert [e.type for e in events(nlp, text)] == ["CONCEDE"], text


@pytest.mark.parametrize(
    "text",
    [
        "The union says it understands why the plans are being put in place.",
        "The council put the plan into effect last week.",
        "The ministry has put its plans on hold.",
    ],
)
def test_a_bare_plan_carried_out_or_shelved_is_no_agreement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger.lower().startswith("plan")], text


def test_a_bare_plan_put_forward_stays_announced(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The minister put forward a plan on Monday.")
    assert [e.type for e in evs if e.trigger == "plan"] == ["AGREE"]
