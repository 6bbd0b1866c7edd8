"""Event attributes (annotate/events_attrs.py) on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, events, has, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_place_in_a_relative_clause_is_its_nouns_not_the_events(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "freed X in exchange for Y, who were serving sentences in Spain": Spain is where Y
    were held, not where X was freed."""
    text = (
        "The junta freed three aid workers in exchange for two officers who were serving "
        "prison terms in Spain."
    )
    assert one(events(nlp, text), "release").location is None
    assert one(events(nlp, "Police arrested the mayor on Monday in Caracas."), "arrest").location


def test_a_reduced_relative_still_places_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The army freed two hostages held by rebels in Peru."), "release")
    assert ev.location == "Peru"


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ("Police arrested the mayor Luis Vega for insulting the president.", "insulting"),
        ("Police arrested the judge Rosa Paz for fraud on Monday.", "fraud"),
        ("A court ordered the arrest of Tomas Lind over the killing of a guard.", "killing"),
    ],
)
def test_a_reason_that_names_an_offence_is_a_charge(nlp, text: str, charge: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, text), "arrest")
    assert any(charge in v for k, v in ev.attributes if k == "charge")


@pytest.mark.parametrize(
    "text",
    [
        "A judge ordered the arrest of Juan Soler over his challenge to the official result.",
        "Police arrested the blogger Ana Mora over her posts about the army.",
        "The court sentenced Pablo Ros for his role in the protests.",
    ],
)
def test_a_reason_that_names_no_offence_is_no_charge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    (ev,) = [e for e in events(nlp, text) if e.mode in ("arrest", "convict")]
    assert not [v for k, v in ev.attributes if k == "charge"]


def test_charged_with_names_the_accusation_whatever_it_is(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "charged with" is the accusation itself, offence word or not."""
    ev = one(events(nlp, "Prosecutors charged the colonel Ivan Bel with disrespect."), "charge")
    assert ("charge", "disrespect") in ev.attributes


@pytest.mark.parametrize(
    "text",
    [
        # a background clause ("days after a judge in Caracas ordered his arrest")
        "Prosecutors charged Ana Ruiz with treason. Ruiz left her country on Saturday, days "
        "after a judge in Caracas ordered her arrest.",
        # a background phrase: the protest's place, not the arrest's
        "The opposition leader was arrested on Monday after a protest in Caracas.",
        "The journalist was sentenced to 25 years for treason after speaking out against the "
        "war in Ukraine.",
    ],
)
def test_a_place_in_a_background_clause_is_not_the_events(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """Where the event happened comes from its own clause, not from one that tells what came
    before or after it (`background_marks`)."""
    main = [e for e in events(nlp, text) if e.main and e.mode in ("exile", "arrest", "convict")]
    assert main and all(e.location is None for e in main), main


def test_a_place_in_a_when_clause_is_the_same_episodes(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "arrested when police raided his home in Caracas": the raid and the arrest are one
    episode (`episode_marks`), so its place is the arrest's."""
    text = "The opposition leader was arrested on Monday when police raided his home in Caracas."
    assert one(events(nlp, text), "arrest").location == "Caracas"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "Prosecutors charged the activist Ana Ruiz with terrorism, treason and conspiracy.",
            "charge",
        ),
        ("The activist was arrested on charges of terrorism, treason and conspiracy.", "arrest"),
        ("The mayor was convicted of fraud, bribery, money laundering and tax evasion.", "convict"),
    ],
)
def test_every_item_of_a_list_of_charges_is_a_charge(nlp, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    """The parser chains a list ("treason" on "terrorism", "conspiracy" on "treason"): each
    item is a charge, not only the first and its own conjunct."""
    charges = [v for k, v in one(events(nlp, text), mode).attributes if k == "charge"]
    listed = text.split(" of " if " of " in text else " with ")[-1].rstrip(".")
    assert charges == [c.removeprefix("and ") for c in listed.replace(" and ", ", ").split(", ")]


def test_an_ordinal_on_a_sentence_is_no_term(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a second eight-year sentence": the term is eight years, not "second"."""
    ev = by_trigger(events(nlp, "He received a second eight-year sentence in 2020."), "sentence")
    assert dict(ev.attributes).get("term") == "eight-year"
    ev = by_trigger(events(nlp, "He was handed a third sentence of five years."), "sentence")
    assert dict(ev.attributes).get("term") != "third"


def test_a_term_told_in_parts_is_one_term(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "sentenced him to 13 years and 9 months in prison": both parts are the term (the
    second is a coordinated noun with its own count, not a list item to cut)."""
    text = "A judge sentenced him to 13 years and 9 months in prison."
    ev = by_trigger(events(nlp, text), "sentenced")
    assert dict(ev.attributes).get("term") == "13 years and 9 months in prison"
    text = "A judge sentenced him to nearly 14 years in prison."
    ev = by_trigger(events(nlp, text), "sentenced")
    assert dict(ev.attributes).get("term") == "nearly 14 years in prison"


def test_a_home_someone_is_arrested_at_is_no_place_held(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "arrested him at his home in Lahore": where the arrest was made, not where he is held
    (the prison he is taken to is); so "lo detuvo en su residencia"."""
    text = "Police arrested the former minister at his home in Lahore on Saturday."
    ev = one(events(nlp, text), "arrest")
    assert not [v for n, v in ev.attributes if n == "held_at"], ev.attributes
    assert ev.location and "home" in ev.location
    text = "The former minister was held in a prison in Attock."
    held = [v for e in events(nlp, text) for n, v in e.attributes if n == "held_at"]
    assert held and "prison" in held[0], held
    text = "La Policía detuvo al exministro el sábado en su residencia de Lahore."
    ev = one(es_events(nlp_es, text), "arrest")
    assert not [v for n, v in ev.attributes if n == "held_at"], ev.attributes


def test_one_driven_or_taken_to_a_prison_is_held_there(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "was driven to a prison in Attock", "fue llevado a la cárcel de Attock": conveyed
    there to be held (COERCE 'imprison'), the prison the place held."""
    ev = one(events(nlp, "The former minister was driven to a prison in Attock."), "imprison")
    assert [v for n, v in ev.attributes if n == "held_at"] == ["prison in Attock"]
    ev = one(es_events(nlp_es, "El exministro fue llevado a la cárcel de Attock."), "imprison")
    assert [v for n, v in ev.attributes if n == "held_at"] == ["cárcel de Attock"]


def test_a_where_clause_holds_its_subject_at_the_phrase_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "followed the hearing by video from the women's prison in the Miraflores neighborhood
    of La Paz, where she has been held since her arrest": the small parser hangs the clause
    on "hearing", but "she" is held (a personal pronoun is no relative one standing for the
    noun), at the phrase right before "where"; who follows the hearing is no party to it,
    and "by video" tells how, not who."""
    text = (
        "Ana Ruiz, 54, followed the hearing by video from the women's prison in the Miraflores "
        "neighborhood of La Paz, where she has been held since her arrest."
    )
    found = events(nlp, text)
    held = one(found, "imprison")
    assert ("held_at", "women's prison in the Miraflores neighborhood of La Paz") in (
        held.attributes
    ), held.attributes
    # (a court's hearing is no inquiry since vocabulary 1.124.0; none that is names a party)
    hearings = [e for e in found if e.trigger.lower() == "hearing"]
    assert not [e.actors for e in hearings if e.actors], hearings


def test_a_party_after_with_is_no_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    # "clashed with the governor" names whom the dispute is with, not an offence
    ev = by_trigger(
        events(nlp, "The mayor clashed with the governor over the new budget."), "clash"
    )
    assert ev.type == "ACCUSE" and not [v for k, v in ev.attributes if k == "charge"]
    assert [p.text for p in ev.targets] == ["governor"]
    # an offence after "with" stays a charge
    ev = by_trigger(events(nlp, "The activist was charged with sedition."), "charg")
    assert ("charge", "sedition") in ev.attributes


def test_a_person_after_of_is_no_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the trial of X": X is tried, not the offence
    ev = by_trigger(events(nlp, "The trial of a Denver teen began on Monday."), "trial")
    assert not [v for k, v in ev.attributes if k == "charge"]
    assert has(ev.targets, "teen")


def test_a_place_of_an_act_in_a_description_is_not_the_events(nlp) -> None:  # type: ignore[no-untyped-def]
    # Kenya is where the bombings were: no Kenyan state arrests him
    text = (
        "The reward is for the arrest of Omar Farid, indicted as the planner of the bombings "
        "of two hotels in Kenya."
    )
    arrest = by_trigger(events(nlp, text), "arrest")
    assert not arrest.actors and has(arrest.targets, "Farid")


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "The activist Rosa Ibarra, jailed since May over an alleged plot to kill the governor, "
            "was freed.",
            "alleged plot to kill the governor",
        ),
        (
            "Police arrested two officers for conspiracy to commit fraud.",
            "conspiracy to commit fraud",
        ),
    ],
)
def test_the_aim_of_an_offence_is_part_of_the_charge(nlp, text: str, charge: str) -> None:  # type: ignore[no-untyped-def]
    """An offence noun's infinitive says what it was for: the charge is the plot to kill the
    governor, not a bare "plot"."""
    charges = [v for e in events(nlp, text) for k, v in e.attributes if k == "charge"]
    assert charge in charges


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The governor voiced criticism of teachers on Monday.", "teachers"),
        ("The governor has avoided direct criticism of the teachers.", "teachers"),
        ("The condemnation of the rebels was swift.", "rebels"),
    ],
)
def test_people_after_of_on_a_disapproval_are_its_target_not_a_charge(  # type: ignore[no-untyped-def]
    nlp, text: str, target: str
) -> None:
    """ "criticism of teachers": whom it is aimed at, no charge told ("allegations of fraud"
    keeps fraud the charge)."""
    ev = one(events(nlp, text), "disapprove")
    assert has(ev.targets, target)
    assert not [v for k, v in ev.attributes if k == "charge" and target in v]
    ev = one(events(nlp, "The allegations of fraud angered the president."), "allege")
    assert ("charge", "fraud") in ev.attributes
