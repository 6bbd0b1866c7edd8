"""Whether a name inside a participant's phrase stands for the participant or only says whose,
where or whom (annotate/events_participant_names.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, one

from chronicler.annotate.events import extract_events
from chronicler.annotate.events_participant_names import institution_of_place, office_of_place
from chronicler.model import Mention, PublicationDate, Sentence

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _head_and_name(nlp, text: str, head: str, name: str, label: str):  # type: ignore[no-untyped-def]
    """The word `head` of `text`, and `name` as a mention under `label`."""
    doc = nlp(text)
    start = text.index(name)
    word = next(t for t in doc if t.text == head)
    return word, Mention(start, start + len(name), name, label, 0)


@pytest.mark.parametrize(
    ("text", "head", "name", "label", "office"),
    [
        ("The mayor of Caracas resigned.", "mayor", "Caracas", "GPE", True),
        ("The Zulia governor resigned.", "governor", "Zulia", "GPE", True),
        ("The governor of Sonora resigned.", "governor", "Sonora", "ORG", True),
        ("The leader of Hamas resigned.", "leader", "Hamas", "ORG", False),
        ("Belarus's foreign minister resigned.", "minister", "Belarus", "GPE", False),
    ],
)
def test_an_office_of_a_place_is_the_office_holder(  # type: ignore[no-untyped-def]
    nlp, text: str, head: str, name: str, label: str, office: bool
) -> None:
    word, mention = _head_and_name(nlp, text, head, name, label)
    assert office_of_place(word, mention) == office


@pytest.mark.parametrize(
    ("text", "head", "name", "role", "body"),
    [
        ("A Caracas court ruled on Monday.", "court", "Caracas", "judiciary", True),
        ("Iran's morality police detained her.", "police", "Iran", "police", True),
        ("Venezuela's government protested.", "government", "Venezuela", "government", False),
        ("A Caracas man protested.", "man", "Caracas", None, False),
    ],
)
def test_a_states_body_named_by_its_place_is_the_body(  # type: ignore[no-untyped-def]
    nlp, text: str, head: str, name: str, role: str | None, body: bool
) -> None:
    word, mention = _head_and_name(nlp, text, head, name, "GPE")
    assert institution_of_place(word, mention, role) == body


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The governor of Zulia state was detained.", "governor of Zulia state"),
        ("Police arrested the mayor of Caracas on Monday.", "mayor of Caracas"),
    ],
)
def test_an_office_of_a_place_is_the_whole_phrase(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, text), "arrest")
    assert [t.text for t in ev.targets] == [target] and ev.targets[0].label is None


def test_an_office_of_a_place_keeps_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Police arrested the mayor of Caracas on Monday."), "arrest")
    assert ev.targets[0].country == "VEN"


def test_a_court_named_by_its_city_is_the_court_not_the_city(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "A Lima court ordered his arrest": the court acts (for Peru), not Lima; a country
    still stands for its state ("Venezuela's government")."""
    (ev,) = events(nlp, "A Lima court ordered his arrest.")
    (court,) = ev.actors
    assert (court.text, court.role, court.country) == ("Lima court", "judiciary", "PER")
    (ev,) = events(nlp, "Venezuela's government freed the students.")
    assert [a.text for a in ev.actors] == ["Venezuela"]


def _tagged(nlp, text: str, name: str, label: str, extract=extract_events):  # type: ignore[no-untyped-def]
    """Events of `text` with `name` as its one mention, under `label` (the tagger's call
    forced, so the test does not hang on the model's)."""
    start = text.index(name)
    mentions = (Mention(start, start + len(name), name, label, 0),)
    sents = (Sentence(0, 0, len(text), text),)
    return extract(nlp(text), mentions, (), sents, PublicationDate("2024-06-10", "header"))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The governor of Sonora criticized the army.", "governor of Sonora"),
        ("The Governor of Sonora criticized the army.", "Governor of Sonora"),
        ("The Sonora governor criticized the army.", "Sonora governor"),
        ("The mayor of Sonora criticized the army.", "mayor of Sonora"),
    ],
)
def test_an_office_over_a_place_tagged_org_is_the_office_holder(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    """A governor or mayor is "of" a place whatever the tagger labelled it: the person is
    the participant, a government one, not Sonora."""
    ev = one(_tagged(nlp, text, "Sonora", "ORG"), "disapprove")
    assert [(a.text, a.label, a.role) for a in ev.actors] == [(actor, None, "government")]


def test_an_office_of_an_organisation_is_still_the_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(_tagged(nlp, "The leader of Hamas met the Egyptian envoy.", "Hamas", "ORG"), "meet")
    assert [(a.text, a.label) for a in ev.actors] == [("Hamas", "ORG")]


def test_an_office_of_a_country_is_its_holder_with_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The president of Colombia met the rebels in Havana."), "meet")
    assert [(a.text, a.role, a.country) for a in ev.actors] == [
        ("president of Colombia", "government", "COL")
    ]


def test_a_name_modifying_its_followers_is_not_the_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "cracked down on Petrov supporters": his followers are the target, not Petrov; a
    name that is the head stays the party."""
    (ev,) = [e for e in events(nlp, "Security forces cracked down on Petrov supporters.")]
    assert [t.text for t in ev.targets] == ["Petrov supporters"]
    (ev,) = [e for e in events(nlp, "Security forces cracked down on Ivan Petrov.")]
    assert [t.text for t in ev.targets] == ["Ivan Petrov"]


@pytest.mark.parametrize(
    ("text", "mode", "side", "phrase"),
    [
        (
            "A Nevada man pleaded guilty to threatening to kill a judge.",
            "kill",
            "actors",
            "Nevada man",
        ),
        ("Soldiers detained an Ohio teenager near the base.", "arrest", "targets", "Ohio teenager"),
    ],
)
def test_a_place_on_a_person_word_without_role_names_the_person(  # type: ignore[no-untyped-def]
    nlp, text: str, mode: str, side: str, phrase: str
) -> None:
    """ "a Nevada man": the man, of Nevada, is the participant, not the place or its state;
    a role word keeps its state ("a Syrian soldier")."""
    ev = one(events(nlp, text), mode)
    assert [p.text for p in getattr(ev, side)] == [phrase]


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        ("Police arrested a Denver teen on Friday.", "arrested", "Denver teen"),
        ("Gunmen killed three Gaza villagers on Monday.", "killed", "Gaza villagers"),
    ],
)
def test_a_place_on_a_word_for_people_says_where_they_live(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, phrase: str
) -> None:
    # any word for people with no role ("teen", "villager"), not only listed person nouns
    ev = by_trigger(events(nlp, text), trigger)
    assert [p.text for p in ev.targets] == [phrase]


def test_a_person_named_on_an_appointee_is_not_the_appointee(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Ann Hale named him. A Hale appointee was arrested on Monday."
    ev = by_trigger(events(nlp, text), "arrested")
    assert ev.targets and ev.targets[0].text == "Hale appointee", [t.text for t in ev.targets]


@pytest.mark.parametrize(
    ("text", "trigger", "site", "country"),
    [
        (
            "The group claimed the bombing of a Birmingham, Ala., abortion clinic.",
            "bombing",
            "clinic",
            None,
        ),
        ("Rioters looted an Athens store.", "looted", "store", "GRC"),
        ("Gunmen attacked the Kabul hotel.", "attacked", "hotel", "AFG"),
    ],
)
def test_a_place_named_on_a_site_is_where_it_stands(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, site: str, country: str | None
) -> None:
    """A city named on a word for a building is where the building stands: the building is
    the target, with the city's country, and no state's organ."""
    ev = by_trigger(events(nlp, text), trigger)
    target = ev.targets[0]
    assert site in target.text and target.label is None and target.role is None
    assert target.country == country


@pytest.mark.parametrize(
    ("text", "trigger", "owners", "city"),
    [
        ("Federal agents raided the Miami family's home before dawn.", "raided", "family", "Miami"),
        (
            "Police searched the Boston activists' office on Monday.",
            "searched",
            "activists",
            "Boston",
        ),
        ("Troops stormed the Kandahar villagers' houses.", "stormed", "villagers", "Kandahar"),
    ],
)
def test_a_city_on_the_owners_of_the_target_is_theirs(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, owners: str, city: str
) -> None:
    """A city or region named on the people owning the target ("the Miami relatives'
    home"): the owners' place is the target, the city no party (roles 1.32.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, owners)
    assert city not in [p.text for p in ev.targets]


@pytest.mark.parametrize(
    ("text", "trigger", "kin"),
    [
        ("Elian's great-uncle attacked a reporter outside the house.", "attacked", "great-uncle"),
        ("Juan Perez's son attacked a guard outside the court.", "attacked", "son"),
    ],
)
def test_a_named_person_owning_a_person_word_is_not_the_party(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, kin: str
) -> None:
    """ "Elian's great-uncle vowed": the great-uncle, not Elian (roles 1.35.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert [p.text.split("'s ")[-1] for p in ev.actors] == [kin]


def test_a_named_person_owning_an_office_still_stands_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Iraq's president Saddam Hussein attacked Kuwait."), "attacked")
    assert not any(p.text.endswith("president") for p in ev.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Staunton police arrested a woman on Friday.",
        "This morning, Staunton police have arrested and charged Sharron Smith with murder.",
    ],
)
def test_a_town_the_tagger_misreads_before_police_is_the_force(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "Staunton police arrested": the town's police, not "Staunton" (roles 1.35.0)."""
    ev = by_trigger(events(nlp, text), "arrested")
    assert [p.text for p in ev.actors] == ["Staunton police"]
    assert ev.actors[0].role == "police"


def test_an_acronym_before_police_stays_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "UN police detained a man near the border."), "detained")
    assert [p.text for p in ev.actors] == ["UN"]


def test_an_organisation_tagged_owner_of_a_kin_word_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Maduro's son was arrested", "Maduro" tagged an organisation: the son is arrested,
    not Maduro (roles 1.39.0)."""
    ev = by_trigger(events(nlp, "Maduro's son was arrested in Caracas."), "arrested")
    assert [p.text.split("'s ")[-1] for p in ev.targets] == ["son"]


def test_a_body_named_alone_elsewhere_stays_the_party_before_police(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Hamas said ... Hamas police arrested": the article names Hamas alone as a body, so
    its police act for it; a town named after "in" stays a town's force (roles 1.39.0)."""
    text = "Hamas said the men were spies. Hamas police arrested three men in Gaza."
    assert [p.text for p in by_trigger(events(nlp, text), "arrested").actors] == ["Hamas"]
    text = "Police in Staunton said a woman died. Staunton police arrested a man on Friday."
    actors = by_trigger(events(nlp, text), "arrested").actors
    assert [p.text for p in actors] == ["Staunton police"]


@pytest.mark.parametrize(
    "text",
    [
        "A Baptist missionary from Toronto was detained in Syria.",
        "A retired teacher from Ohio was detained in Syria.",
    ],
)
def test_a_person_from_a_place_is_the_person(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    target = by_trigger(events(nlp, text), "detained").targets[0]
    assert target.text.endswith(("missionary from Toronto", "teacher from Ohio"))
