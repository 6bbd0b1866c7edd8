"""Custody pronouns ("he was held") across sentences, on texts written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import es_events, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_chain_of_custody_pronouns_stays_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Colonel Anton Brel left for Lisbon on Sunday to live in exile.\n\n"
        "He had served the president Ivo Marek for a decade.\n\n"
        "Marek later called Marek's critics traitors.\n\n"
        "Marek dismissed the army chief.\n\n"
        "Marek praised the police.\n\n"
        "Marek attacked the press.\n\n"
        "Marek, who never served in the army, viewed him as a rival.\n\n"
        "In 2019 he was arrested by military agents.\n\n"
        "Later he was charged with treason.\n\n"
        "He spent four years at a military prison."
    )
    evs = events(nlp, text)
    spent = next(e for e in evs if e.trigger.startswith("spent"))
    assert has(spent.targets, "Brel"), [p.text for p in spent.targets]


# Number agreement: a plural pronoun never stands for one person, a singular one never for a
# group or a coordination; a pronoun left unresolved names no participant.


def _pronoun_phrases(participants) -> list[str]:  # type: ignore[no-untyped-def]
    """The participants that are a bare pronoun's own words (unresolved)."""
    bare = {"he", "she", "him", "her", "his", "they", "them", "their", "it", "its"}
    return [p.text for p in participants if p.text.lower() in bare]


def test_their_is_not_the_single_person_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Dutch consul worked all night to secure their release."
    release = next(e for e in events(nlp, text) if e.mode == "release")
    assert not has(release.targets, "consul"), [p.text for p in release.targets]


def test_they_after_a_coordination_is_both_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tomas Sanchez and Ignacio Soto fled to the Dutch embassy on Monday.\n\n"
        "They were granted asylum by the Netherlands."
    )
    granted = next(e for e in events(nlp, text) if e.trigger.startswith("grant"))
    assert has(granted.targets, "Sanchez") and has(granted.targets, "Soto"), [
        p.text for p in granted.targets
    ]


def test_they_stands_for_the_named_people_it_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two journalists, Ana Ruiz and Luis Perez, were arrested on Monday.\n\n"
        "They were released on Friday."
    )
    released = next(e for e in events(nlp, text) if e.mode == "release")
    assert has(released.targets, "Ruiz") and has(released.targets, "Perez")
    assert all(p.resolved and p.phrase == "They" for p in released.targets)


def test_they_after_a_group_subject_stays_open(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Police arrested two students. They ...": the police or the students; not guessed."""
    text = "Police arrested two students in Caracas.\n\nThey were later released."
    released = next(e for e in events(nlp, text) if e.mode == "release")
    assert not has(released.targets, "police"), [p.text for p in released.targets]
    assert not _pronoun_phrases(released.targets)


def test_a_passive_they_goes_on_with_the_named_pair_acted_on(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Police arrested X and Y. They were later charged": who undergoes the charge is the
    pair the police acted on; an active "they" stays open (police or the pair)."""
    text = (
        "They were held there, and phone lines were cut.\n\nPolice arrested Marta Ilic and "
        "Oskar Brandt.\n\nThey were later charged with fraud."
    )
    charged = next(e for e in events(nlp, text) if e.mode == "charge")
    assert has(charged.targets, "Ilic") and has(charged.targets, "Brandt"), [
        p.text for p in charged.targets
    ]
    text = "Police arrested Marta Ilic and Oskar Brandt.\n\nThey later released a statement."
    for e in events(nlp, text):
        if e.trigger.startswith("released"):
            assert not has(e.actors, "Ilic") and not has(e.actors, "police"), e


def test_they_passes_over_the_subject_of_an_adverbial_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "X and Y were detained shortly before parliament met. They were held ...": the
    pair, the main clause's subject, not the adverbial clause's."""
    text = (
        "Marta Ilic and Oskar Brandt were detained shortly before the new parliament was due "
        "to meet.\n\nThey were held at a barracks, a lawyer said."
    )
    held = next(e for e in events(nlp, text) if e.mode == "imprison")
    assert has(held.targets, "Ilic") and has(held.targets, "Brandt"), [p.text for p in held.targets]


def test_they_with_an_earlier_plural_topic_stays_open(nlp) -> None:  # type: ignore[no-untyped-def]
    """The text was already speaking of another group as "they": the pair named last may
    be that group's subject of the moment only."""
    text = (
        "The two officers said they had been betrayed by Ana Ruiz and Luis Perez.\n\n"
        "Both Ruiz and Perez denied the claims.\n\n"
        "They fled to the Spanish embassy on Monday."
    )
    fled = next(e for e in events(nlp, text) if e.trigger.startswith("fled"))
    assert not has(fled.actors, "Ruiz") and not has(fled.actors, "Perez"), [
        p.text for p in fled.actors
    ]


def test_he_is_not_a_coordination(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police arrested Tomas Sanchez and Ignacio Soto in Caracas on Monday.\n\n"
        "He was later released by a judge."
    )
    released = next(e for e in events(nlp, text) if e.trigger.startswith("released"))
    assert not has(released.targets, "Sanchez") and not has(released.targets, "Soto"), [
        p.text for p in released.targets
    ]


def test_he_is_not_a_plural_noun_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested two students in Caracas.\n\nHe was later released by a judge."
    released = next(e for e in events(nlp, text) if e.trigger.startswith("released"))
    assert not has(released.targets, "student"), [p.text for p in released.targets]


def test_an_unresolved_pronoun_is_no_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Juan Carlos Varela supported them.\n\nThe minister said their arrest was illegal."
    evs = events(nlp, text)
    assert any(e.trigger == "supported" for e in evs), "the event is kept"
    assert any(e.mode == "arrest" for e in evs), "the event is kept"
    for e in evs:
        assert not _pronoun_phrases(e.actors), [p.text for p in e.actors]
        assert not _pronoun_phrases(e.targets), [p.text for p in e.targets]


def test_an_unresolved_plural_subject_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "They arrested the journalist Ana Ruiz in Caracas on Monday."
    arrested = next(e for e in events(nlp, text) if e.trigger.startswith("arrest"))
    assert has(arrested.targets, "Ruiz")
    assert not _pronoun_phrases(arrested.actors), [p.text for p in arrested.actors]


# The same in Spanish: "lo"/"él" never one of "X y Y"; a plural subject, dropped or "ellos",
# never one person; an unresolved pronoun no participant.


def _es(nlp_es, text: str):  # type: ignore[no-untyped-def]
    return es_events(nlp_es, text)


def test_es_lo_is_not_a_coordination(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La policía detuvo a Tomás Sánchez y a Ignacio Soto en Caracas.\n\n"
        "Un juez lo liberó después."
    )
    released = next(e for e in _es(nlp_es, text) if e.mode == "release")
    assert not has(released.targets, "Sánchez") and not has(released.targets, "Soto"), [
        p.text for p in released.targets
    ]


def test_es_a_dropped_plural_subject_is_not_one_person(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tomás Sánchez y Ignacio Soto huyeron a la embajada de Holanda.\n\n"
        "Recibieron asilo del gobierno holandés."
    )
    asylum = next(e for e in _es(nlp_es, text) if e.mode == "asylum")
    named = [p.text for p in asylum.targets]
    assert len(named) != 1, named


def test_es_an_unresolved_ellos_is_no_actor(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Ellos detuvieron al periodista Luis Pérez en Caracas."
    arrested = next(e for e in _es(nlp_es, text) if e.mode == "arrest")
    assert has(arrested.targets, "Pérez")
    assert not has(arrested.actors, "ellos"), [p.text for p in arrested.actors]


# Gender agreement: a pronoun is not given a person whom the article's other pronouns call
# the other way (people.toml masculine_pronouns, feminine_pronouns).


def test_him_is_not_the_custody_topic_the_article_calls_her(nlp) -> None:  # type: ignore[no-untyped-def]
    """The arrested senator is the custody topic, but "him" in the asylum sentence is the
    former president whom the "he"s stood for."""
    text = (
        "Police arrested Senator Ana Ruiz on Monday in Quito. She was flown to the capital "
        "the same day, and her lawyers said she would appeal.\n\n"
        "Former President Carlos Mendoza resigned in 2019 after the army chief suggested "
        "that he step down. He flew to Panama, which granted him asylum."
    )
    granted = next(e for e in events(nlp, text) if e.trigger.startswith("granted"))
    assert has(granted.targets, "Mendoza") and not has(granted.targets, "Ruiz")


def test_her_does_not_follow_a_chain_of_hes(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "He said he was innocent. Police detained her": her is not the man of the chain."""
    text = (
        "Maria Lopez took office on Monday after Carlos Mendoza resigned. He said he was "
        "innocent. Police detained her on Friday."
    )
    detained = next(e for e in events(nlp, text) if e.trigger == "detained")
    assert has(detained.targets, "Lopez") and not has(detained.targets, "Mendoza")


def test_a_name_with_a_generational_suffix_counts_under_its_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Jr." is no surname: the suspect named in full once and then as "Hollis" is the
    # article's most-named person, not the senator he threatened
    text = (
        "Daniel R. Hollis Jr. pleaded guilty to threatening Senator Mara Quint.\n\n"
        "Hollis called the office of Quint twice.\n\n"
        "Quint said the calls frightened her staff.\n\n"
        "Hollis faces five years in prison.\n\n"
        "Hollis is a convicted felon.\n\n"
        "He was convicted of burglary in 2001."
    )
    convicted = [e for e in events(nlp, text) if e.mode == "convict"][-1]
    assert has(convicted.targets, "Hollis"), [p.text for p in convicted.targets]
    assert not has(convicted.targets, "Quint"), [p.text for p in convicted.targets]


def test_a_pronoun_goes_on_with_the_subject_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    """A custody pronoun opening its sentence goes on with the person the sentence before
    names as its subject, not with the suspect the article is about."""
    text = (
        "Police charged Tom Ardley with arson on Monday. Ardley is the second suspect sought "
        "in the case. Paul Mercer has been on the run since the bombing of a clinic. "
        "He also is charged in three other attacks."
    )
    ev = [e for e in events(nlp, text) if e.trigger.startswith("charged")][-1]
    assert has(ev.targets, "Mercer") and not has(ev.targets, "Ardley")
