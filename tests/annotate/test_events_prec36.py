"""Senses and parties of news English found on the ECB+ audit sample ecb24 (prec36,
events-vocab 1.322.0): an attack on a home or a shop, a figurative explosion, a retreat from
public life, a name shortened, the one sent to do a purpose's act, a possessive bound to the
clause its clause hangs on, an allegation's content read as a relative clause, "the two"."""

from __future__ import annotations

from event_helpers import by_trigger, codings, events, parties


def test_attack_on_a_home_or_a_shop_is_an_assault(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "Gunmen attacked his home on Sunday.", "attacked") == ["ASSAULT/None"]
    assert codings(nlp, "Rioters attacked two stores near the square.", "attacked") == [
        "ASSAULT/None"
    ]
    assert codings(nlp, "Youths attacked the market at dawn.", "attacked") == ["ASSAULT/None"]


def test_idioms_of_hitting_and_attacks_on_words_keep_their_reading(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "The album hit stores last week.", "hit") == []
    assert codings(nlp, "He hit a home run in the ninth.", "hit") == []
    assert codings(nlp, "The senator attacked the deal.", "attacked") == ["ACCUSE/disapprove"]


def test_explosion_of_anger_is_no_bombing(nlp):  # type: ignore[no-untyped-def]
    text = "An explosion of anger swept the capital after the verdict."
    assert codings(nlp, text, "explosion") == []
    assert codings(nlp, "There was a social explosion in the suburbs.", "explosion") == []
    assert codings(nlp, "An explosion ripped through the embassy on Friday.", "explosion") == [
        "ASSAULT/explosives"
    ]


def test_retreat_from_public_life_is_no_withdrawal(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "The singer retreated from the spotlight in 1990.", "retreated") == []
    assert codings(nlp, "He withdrew from political life after the scandal.", "withdrew") == []
    assert codings(nlp, "The troops withdrew from the town.", "withdrew") == ["RETREAT/withdraw"]


def test_a_name_or_a_trip_shortened_is_no_concession(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "His friends shortened his name to Bob.", "shortened") == []
    assert codings(nlp, "The president shortened his trip to Asia.", "shortened") == []
    assert codings(nlp, "The court shortened his sentence.", "shortened") == ["CONCEDE/None"]


def test_the_one_sent_does_the_purpose_act(nlp):  # type: ignore[no-untyped-def]
    actors, targets = parties(nlp, "Rebel fighters were sent to attack the convoy.", "attack")
    assert actors == ["Rebel fighters"] and targets == ["convoy"]
    actors, targets = parties(nlp, "Riot police were deployed to disperse the crowd.", "disperse")
    assert actors == ["Riot police"] and targets == ["crowd"]


def test_a_possessive_in_an_adverbial_clause_is_its_main_subjects(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Police arrested Peter Brown in May. "
        "John Smith led the union until his own arrest forced him to step down."
    )
    arrest = [e for e in events(nlp, text) if e.trigger == "arrest"]
    assert [t.text for t in arrest[0].targets] == ["John Smith"]


def test_an_allegation_read_as_a_relative_clause_names_the_accused(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Human rights groups question official allegations that Karimov smuggled weapons "
        "into the country."
    )
    assert [t.text for t in by_trigger(events(nlp, text), "allegations").targets] == ["Karimov"]


def test_the_two_is_a_party(nlp):  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, "The two met in Vienna in 2019.", "met")
    assert actors == ["two"]
    _, targets = parties(nlp, "Police arrested the three on Monday.", "arrested")
    assert targets == ["three"]
