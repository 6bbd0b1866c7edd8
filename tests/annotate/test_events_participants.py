"""Participant phrases: which name or words stand for an actor or target, on sentences
written for these tests; the role a phrase's words give and whether a name inside it is the
participant are tested in test_events_participant_roles.py and
test_events_participant_names.py."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, one

from chronicler.annotate.events import extract_events
from chronicler.model import Mention, PublicationDate, Sentence

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_country_does_not_stand_for_its_prisoner(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The envoy met Belarus's best-known political prisoner."), "meet")
    assert ev.targets and ev.targets[0].label is None and "prisoner" in ev.targets[0].text


def test_a_country_still_stands_for_its_officials(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The envoy met Belarus's foreign minister in Geneva."), "meet")
    assert has(ev.targets, "Belarus")


def test_a_person_name_split_by_the_ner_is_widened(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Former president Juan Carlos Ortega Vidal mediated between the two parties."
    doc = nlp(text)
    start = text.index("Juan Carlos")
    split = (Mention(start, start + len("Juan Carlos"), "Juan Carlos", "PERSON", 0),)
    sents = (Sentence(0, 0, len(text), text),)
    ev = one(extract_events(doc, split, (), sents, PublicationDate(None)), "mediate")
    assert ev.actors[0].text == "Juan Carlos Ortega Vidal"


def test_the_phrase_keeps_its_quantity(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Tens of thousands of farmers blocked the main highway."), "obstruct")
    assert "thousands" in (ev.actors[0].phrase or "") and ev.actors[0].text == "farmers"


def test_a_quantity_word_count_leaves_out_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The government began releasing a "large number" of political prisoners on Thursday.'
    ev = one(events(nlp, text), "release")
    assert ("target_count", "large number") in ev.attributes


def test_a_gerund_after_with_or_for_is_done_by_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The party credited Senator Ana Ruiz with brokering the truce."
    ev = one(events(nlp, text), "mediate")
    assert has(ev.actors, "Ruiz") and not has(ev.actors, "party")
    text = "Critics despised the general for leading a crackdown on students."
    ev = one(events(nlp, text), "repress")
    assert has(ev.actors, "general")


def test_a_gerund_after_by_is_done_by_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The cadets shocked the capital by rebelling against the junta."
    ev = one(events(nlp, text), "uprising")
    assert has(ev.actors, "cadets")


def test_what_is_done_instead_of_an_act_negates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Instead of arresting the editor, the police escorted him home."
    ev = one(events(nlp, text), "arrest")
    assert ev.negated


def test_a_description_after_a_name_stands_for_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # The misparse seen on real text, built by hand: the participle's subject is the
    # description "one", coordinated with another description, not the name before it.
    from spacy.tokens import Doc

    rows = [  # word, tag, pos, dep, head, lemma
        ("They", "PRP", "PRON", "nsubj", 1, "they"),
        ("freed", "VBD", "VERB", "ROOT", 1, "free"),
        ("Ana", "NNP", "PROPN", "compound", 3, "Ana"),
        ("Ruiz", "NNP", "PROPN", "dobj", 1, "Ruiz"),
        (",", ",", "PUNCT", "punct", 3, ","),
        ("once", "RB", "ADV", "advmod", 6, "once"),
        ("one", "CD", "NUM", "nsubj", 13, "one"),
        ("of", "IN", "ADP", "prep", 6, "of"),
        ("the", "DT", "DET", "det", 9, "the"),
        ("generals", "NNS", "NOUN", "pobj", 7, "general"),
        ("and", "CC", "CCONJ", "cc", 6, "and"),
        ("a", "DT", "DET", "det", 12, "a"),
        ("minister", "NN", "NOUN", "conj", 6, "minister"),
        ("imprisoned", "VBN", "VERB", "advcl", 1, "imprison"),
        ("for", "IN", "ADP", "prep", 13, "for"),
        ("years", "NNS", "NOUN", "pobj", 14, "year"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ]
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][0] not in (",", ".") for i in range(len(rows))],
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )
    start = doc[2].idx
    name = (Mention(start, doc[3].idx + 4, "Ana Ruiz", "PERSON", 0),)
    sents = (Sentence(0, 0, len(doc.text), doc.text),)
    ev = one(extract_events(doc, name, (), sents, PublicationDate(None)), "imprison")
    assert [p.text for p in ev.targets] == ["Ana Ruiz"]


def test_with_the_backing_of_x(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The general Ivo Marek took power with the backing of the United States."
    ev = next(e for e in events(nlp, text) if e.type == "SUPPORT")
    assert has(ev.actors, "United States") and has(ev.targets, "Marek")


def test_a_thing_subject_of_the_light_verb_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The crisis laid bare fading support for the president among the troops."
    ev = next(e for e in events(nlp, text) if e.type == "SUPPORT")
    assert not ev.actors


def test_their_countries_are_the_states_of_the_clause_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Greek and Turkish ministers agreed that their countries should cooperate on migration."
    ev = one(events(nlp, text), None)
    assert ev.type == "COOPERATE" and has(ev.actors, "Greek") and ev.actors[0].resolved
    assert "their countries" in (ev.actors[0].phrase or "")


def test_its_forces_in_an_object_are_the_subject_of_their_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The crash came after the rebels freed two hostages for three of its commanders held
    by the army": "its" is the rebels' (the subject of the clause the phrase is in), not the
    crash's (the clause above)."""
    text = (
        "The crash came a day after the militia traded two hostages for three of its "
        "commanders held by the army."
    )
    held = by_trigger(events(nlp, text), "held")
    assert has(held.targets, "militia") and not has(held.targets, "crash")


def test_a_dateline_is_not_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "MARACAIBO, Venezuela (AP) — Venezuelan authorities on Saturday released the union "
        "leader Tomás Iriarte, his wife said."
    )
    ev = one(events(nlp, text), "release")
    assert has(ev.actors, "authorities") and not has(ev.actors, "MARACAIBO")
    assert has(ev.targets, "Iriarte")


def test_a_pronoun_binds_to_a_subject_named_by_surname_only(nlp) -> None:  # type: ignore[no-untyped-def]
    # Only the full names are given as mentions, as when the NER model misses a bare
    # surname: "he" is Ortega, the subject of its own sentence, not the earlier Ruiz.
    text = (
        "Colonel Ana Ruiz helped the opposition leader Pablo Ortega escape in May. "
        "Ruiz was arrested a week later. "
        "After the revolt, Ortega, from the embassy where he took refuge, kept in touch."
    )
    doc = nlp(text)
    sentences = tuple(
        Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)
    )
    mentions = tuple(
        Mention(text.index(name), text.index(name) + len(name), name, "PERSON", 0)
        for name in ("Ana Ruiz", "Pablo Ortega")
    )
    evs = extract_events(doc, mentions, (), sentences, PublicationDate("2024-06-10", "header"))
    ev = one(evs, "asylum")
    assert ev.actors and ev.actors[0].text == "Pablo Ortega" and ev.actors[0].resolved


def test_it_takes_the_phrase_of_the_subject_it_stands_for(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp, "The fundamentalist Nahda party said it will boycott the vote."), "boycott"
    )
    assert ev.actors and ev.actors[0].resolved
    assert "party" in (ev.actors[0].phrase or "")  # not just "it"


def test_an_unattributed_state_act_is_the_territory_s_state_s(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "A French aid worker was arrested in Myanmar on Tuesday."), "arrest")
    assert has(ev.actors, "Myanmar") and has(ev.targets, "aid worker")
    # a movement's place is where someone goes, not who moved them
    ev = one(events(nlp, "The former minister went into exile in Portugal."), "exile")
    assert not has(ev.actors, "Portugal")
    # a named actor is kept
    ev = one(events(nlp, "Soldiers arrested a French aid worker in Myanmar."), "arrest")
    assert has(ev.actors, "Soldiers") and not has(ev.actors, "Myanmar")


@pytest.mark.parametrize(
    "text",
    ["Alexei Navalny was arrested in Moscow on Sunday.", "Police said he was arrested in Moscow."],
)
def test_an_unattributed_state_act_in_a_city_is_the_state_s_not_the_city_s(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The city did not arrest anyone: the state it lies in did, so the actor is that state
    (its government, with its country code), read from the place's words but not the city's
    entity, which it does not name (label None)."""
    (actor,) = one(events(nlp, text), "arrest").actors
    assert (actor.role, actor.country, actor.label) == ("government", "RUS", None)
    assert actor.text == "Russian Federation" and actor.phrase == "Moscow" and actor.resolved


def test_an_unattributed_state_act_in_a_place_of_no_known_state_has_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    """A place the country table ties to no state gives no actor rather than the place."""
    ev = one(events(nlp, "The journalist was arrested in Novosibirsk on Monday."), "arrest")
    assert not ev.actors and has(ev.targets, "journalist")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Those arrested were mostly students.", ["students"]),
        ("Those detained included two journalists.", ["journalists"]),
        ("Those who were arrested were students and teachers.", ["students", "teachers"]),
    ],
)
def test_a_pronoun_named_by_what_befell_it_is_its_predicate_nominal(nlp, text, named) -> None:  # type: ignore[no-untyped-def]
    """'those arrested' names people only by the act itself: in a copular clause (or one of
    inclusion) the predicate says who they are, and that is the participant."""
    ev = one(events(nlp, text), "arrest")
    assert [p.text for p in ev.targets] == named


def test_a_pronoun_named_by_what_befell_it_is_no_participant_elsewhere(nlp) -> None:  # type: ignore[no-untyped-def]
    """With no predicate to name them, 'those arrested' is no participant of either act."""
    evs = events(nlp, "Police said those arrested would be charged.")
    assert not one(evs, "arrest").targets and not one(evs, "charge").targets
    evs = events(nlp, "Police released those detained on Monday.")
    assert not one(evs, "release").targets and has(one(evs, "release").actors, "police")


def test_a_stance_participle_without_agent_is_the_subject_s_stance(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = next(
        e for e in events(nlp, "Hungary is opposed to Turkish mediation in the talks.") if e.main
    )
    assert ev.type == "REJECT" and has(ev.actors, "Hungary") and not has(ev.targets, "Hungary")


def test_an_organisation_named_in_the_head_outranks_its_possessor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Abu Bakr al-Baghdadi's Islamic State group attacked the town of Sinjar on Monday."
    ev = next(e for e in events(nlp, text) if e.main)
    assert [p.text for p in ev.actors] == ["Islamic State"]  # the phrase keeps the owner


def test_an_event_noun_subject_stands_for_its_parties(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fighting between army units and separatists killed nine villagers."
    ev = next(e for e in events(nlp, text) if e.main)
    assert has(ev.actors, "units") and has(ev.actors, "separatists")
    assert not has(ev.actors, "fighting") and has(ev.targets, "villagers")


def test_claiming_responsibility_makes_the_claimant_the_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A little-known militia claimed responsibility for the bombing."
    ev = one(events(nlp, text), "explosives")
    assert has(ev.actors, "militia")


def test_an_adjective_with_its_own_phrase_leaves_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fighters loyal to the warlord stormed the airport on Monday."
    ev = next(e for e in events(nlp, text) if e.main)
    assert [p.text for p in ev.actors] == ["Fighters"]


def test_the_agent_of_carrying_out_an_attack_did_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police said the raid was carried out by a rival militia."
    ev = next(e for e in events(nlp, text) if e.trigger == "raid")
    assert has(ev.actors, "militia")
    text = "The release of the hostages was announced by the minister."
    ev = one(events(nlp, text), "release")
    assert not has(ev.actors, "minister")


def test_casualties_of_an_attack_are_hurt_by_its_parties(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "killed in an air strike by X": X killed them; "wounded during fighting between X and
    Y": both sides. An arrest during a clash is not the clash's doing."""
    text = "Eight people were killed in an air strike by government forces on Monday."
    ev = next(e for e in events(nlp, text) if e.trigger == "killed")
    assert has(ev.actors, "forces") and has(ev.targets, "people")
    text = "Three soldiers were wounded during fighting between the army and the rebels."
    ev = next(e for e in events(nlp, text) if e.trigger == "wounded")
    assert has(ev.actors, "army") and has(ev.actors, "rebels")
    text = "Five protesters were arrested during the clashes with police."
    ev = one(events(nlp, text), "arrest")
    assert not ev.actors


@pytest.mark.parametrize(
    ("text", "mode", "word", "count"),
    [
        ("Two of his nephews were arrested at the border.", "arrest", "nephews", "Two"),
        ("Three of the protesters were detained by police.", "arrest", "protesters", "Three"),
        ("Police arrested four of the students on Friday.", "arrest", "students", "four"),
        ("Some of the strikers were detained overnight.", "arrest", "strikers", None),
    ],
)
def test_a_partitive_stands_for_its_of_phrase(nlp, text, mode, word, count) -> None:  # type: ignore[no-untyped-def]
    """ "two of his nephews": the nephews are arrested, two of them (the count)."""
    ev = one(events(nlp, text), mode)
    assert [t.text for t in ev.targets if word in t.text], ev.targets
    assert [t.count for t in ev.targets if word in t.text] == [count]


def test_a_partitive_actor_stands_for_its_of_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Two of the soldiers shot a protester in Caracas."), "firearms")
    assert has(ev.actors, "soldiers")


def test_the_one_a_passive_clause_is_about_does_its_active_gerund(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "was taken to a hospital after refusing food": the activist refuses; "was arrested
    after being found", a passive gerund, makes the reporter no finder."""
    evs = events(nlp, "The activist was taken to a hospital after refusing food.")
    assert has(one(evs, "hunger").actors, "activist")
    evs = events(nlp, "The reporter was arrested after being found near the base.")
    assert all(not has(e.actors, "reporter") for e in evs)


def test_a_pronoun_under_a_ruling_on_a_described_person_is_not_the_judges(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Judge X ruled that the former cricket star had hidden ... gifts he received": the
    judge reports what the described person did; "he" is the person named before (weapons,
    so that what he received is an event)."""
    text = (
        "Khan was driven to a prison in Attock. Judge Humayun Dilawar ruled that the former "
        "cricket star had hidden the proceeds of selling weapons he received from foreign leaders."
    )
    ev = next(e for e in events(nlp, text) if e.trigger == "received")
    assert has(ev.targets, "Khan")
    assert not has(ev.targets, "Dilawar")


def test_a_body_named_in_apposition_to_its_description_is_the_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the independent weekly El Sol": the body the description is of, as a person's name
    in apposition is ("the journalist, Ana Pereira")."""
    text = "The regime ordered the independent newspaper El Sol to stop printing."
    found = [p for e in events(nlp, text) for p in e.targets]
    assert any(p.text == "El Sol" and p.label == "ORG" for p in found), found


def test_a_body_modifying_the_apposition_is_not_the_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "his old commander, DGCIM director Gen. X": the apposition is the director, not the
    body that modifies it."""
    text = "His old commander, DGCIM director Gen. Pablo Duarte, released him on Monday."
    found = [p for e in events(nlp, text) for p in e.actors]
    assert found and not any(p.text == "DGCIM" for p in found), found


def test_a_description_after_a_name_is_in_its_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Marta Gil, the justice minister, ...": the description set off after the name is
    the participant's phrase too, as one before it is; a list the parser read as an
    apposition is not ("the US, Kenya and Norway")."""
    text = "Marta Gil, the justice minister, ordered the release of two journalists."
    ev = next(e for e in events(nlp, text) if e.actors)
    (actor,) = ev.actors
    assert actor.text == "Marta Gil" and "justice minister" in (actor.phrase or ""), actor
    ev = next(e for e in events(nlp, "The US, Kenya, and Norway met yesterday.") if e.actors)
    assert ev.actors[0].phrase == "US", ev.actors


def test_they_after_a_fronted_clause_is_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "After the militants stormed the village, they abducted ...": the pronoun goes on
    telling of the fronted clause's subject (when it agrees: "the minister" is no "they")."""
    text = "After the militants stormed the village, they abducted four teachers."
    ev = next(e for e in events(nlp, text) if e.trigger == "abducted")
    assert has(ev.actors, "militants") and has(ev.targets, "teachers")
    text = "After the minister arrived, they detained four teachers."
    ev = next(e for e in events(nlp, text) if e.trigger == "detained")
    assert not has(ev.actors, "minister")


# --- args12: hyphenated modifiers ---


def test_a_sponsor_before_a_hyphen_stays_in_the_phrase_but_is_not_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Russian-backed fighters": the whole modifier is the phrase's, and the fighters are
    not Russia's forces (no country, not the state's role)."""
    ev = by_trigger(events(nlp, "Russian-backed fighters ambushed a Ukrainian patrol."), "ambushed")
    (actor,) = ev.actors
    assert actor.text == "Russian-backed fighters" and actor.country is None
    assert actor.role not in ("government", "military")


def test_a_named_sponsor_is_not_the_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Iran-backed militiamen": the militiamen act, not Iran."""
    ev = by_trigger(events(nlp, "Iran-backed militiamen fired drones at the air base."), "fired")
    (actor,) = ev.actors
    assert actor.text == "Iran-backed militiamen" and actor.label is None
    assert actor.country is None


def test_an_origin_before_a_hyphen_is_no_state(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Police in Ankara detained a Swedish-born reporter on Sunday."), "arrest")
    (target,) = ev.targets
    assert target.text == "Swedish-born reporter" and target.country is None


def test_a_trainer_is_no_country_where_a_plain_adjective_is(nlp) -> None:  # type: ignore[no-untyped-def]
    trained = by_trigger(events(nlp, "Turkish-trained commandos raided the camp."), "raided")
    plain = by_trigger(events(nlp, "Turkish commandos raided the camp."), "raided")
    assert trained.actors[0].text == "Turkish-trained commandos"
    assert trained.actors[0].country is None and plain.actors[0].country == "TUR"


def test_a_leader_before_a_hyphen_is_the_groups_country(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "A Saudi-led coalition bombed the port of Hodeidah."), "bombed")
    (actor,) = ev.actors
    assert actor.text == "Saudi-led coalition" and actor.country == "SAU"


def test_a_holder_before_a_hyphen_gives_the_place_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the rebel-held district": held by rebels, not rebels themselves."""
    text = "The army shelled the rebel-held district of Aleppo."
    ev = by_trigger(events(nlp, text), "shelled")
    (target,) = ev.targets
    assert target.phrase == "rebel-held district of Aleppo" and target.role != "rebels"


@pytest.mark.parametrize(
    ("text", "trigger", "target", "charge"),
    [
        ("The farmers accused the company of negligence.", "accused", "company", "negligence"),
        ("The court convicted the former mayor of bribery.", "convicted", "mayor", "bribery"),
    ],
)
def test_an_of_complement_of_the_verb_is_not_the_objects(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str, charge: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, target) and not has(ev.targets, charge)


def test_a_name_the_article_determines_is_no_he_or_she(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Herald says she was detained two streets away after witnesses said she fled."
    held = by_trigger(events(nlp, text), "detained")
    assert not has(held.targets, "Herald")


def test_a_preposition_left_without_its_object_ends_no_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lawyers from across the region will be invited to submit proposals."
    invited = by_trigger(events(nlp, text), "invited")
    assert [p.text for p in invited.targets] == ["Lawyers"]


def test_a_name_ending_a_fronted_clause_is_no_apposition_of_the_next_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "When the clerk called Rosa Vidal, the guards detained him": the comma closes the
    clause before, so "the guards" is the next clause's subject, not a description of the
    name before the comma."""
    ev = one(events(nlp, "When the clerk called Rosa Vidal, the guards detained him."), "arrest")
    assert has(ev.actors, "guards") and not has(ev.actors, "Rosa")


def test_a_nationality_adjective_on_an_act_noun_is_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Taiwan threatened with Chinese military intervention."), "threat")
    actor = ev.actors[0]
    assert actor.text == "China" and actor.resolved and actor.country == "CHN"
    assert actor.role == "military"  # the word beside it on the act noun
    ev = by_trigger(events(nlp, "Chinese troops attacked the village."), "attack")
    assert has(ev.actors, "Chinese troops")  # an adjective on a word for people stays


def test_a_who_clause_hung_on_an_event_noun_is_about_its_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """events_participants.personal_antecedent: "who" never stands for an act."""
    text = "Two men were held after the shooting of a nurse who was killed as she left work."
    killed = by_trigger(events(nlp, text), "killed")
    assert has(killed.targets, "nurse") and not has(killed.targets, "shooting")


def test_a_who_clause_on_the_beating_of_a_person_is_about_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police are investigating the beating of a town 's mayor who was attacked at home."
    attacked = by_trigger(events(nlp, text), "attacked")
    assert has(attacked.targets, "mayor") and not has(attacked.targets, "beating")


@pytest.mark.parametrize(
    ("text", "target", "thing"),
    [
        (
            "Here was Maria Lopez, a singer known only for her voice, who had been beaten by"
            " her husband.",
            "Maria Lopez",
            "voice",
        ),
        ("Police found a man with a knife, who was later arrested by deputies.", "man", "knife"),
        ("Guards stopped a car with a driver, who was arrested.", "driver", "car"),
    ],
)
def test_a_who_clause_hung_on_a_thing_is_about_the_person_of_its_phrase(  # type: ignore[no-untyped-def]
    nlp, text: str, target: str, thing: str
) -> None:
    """events_participants._person_of_phrase: "who" never stands for a thing."""
    evs = events(nlp, text)
    done = next(e for e in evs if e.trigger.lower().startswith(("beaten", "arrested")))
    assert has(done.targets, target) and not has(done.targets, thing)


def test_a_who_clause_on_a_person_in_a_phrase_stays_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels attacked the house of the minister, who was wounded."
    assert has(by_trigger(events(nlp, text), "wounded").targets, "minister")


def test_a_who_clause_is_not_about_a_person_two_phrases_up(nlp) -> None:  # type: ignore[no-untyped-def]
    """Only the phrase the thing ends is climbed: the one described "as part of" a group is
    not who the group's relative clause is about."""
    text = "The governor assailed Smith as part of the “Never Trumpers” who oppose the plan."
    oppose = by_trigger(events(nlp, text), "oppose")
    assert not has(oppose.actors, "Smith")


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "not_actor"),
    [
        ("Cuban exiles protested outside the embassy on Saturday.", "protested", "exiles", "Cuba"),
        ("Thousands of Miami's exiles marched on Saturday.", "marched", "exiles", "zzz"),
    ],
)
def test_exiles_are_people_not_their_state(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, not_actor: str
) -> None:
    """A plural noun of an act that also names those who undergo it is the people (roles
    1.18.0); a place owning them by "'s" is theirs, not a participant."""
    found = events(nlp, text)
    ev = by_trigger(found, trigger)
    assert any(actor in a.text for a in ev.actors), [a.text for a in ev.actors]
    assert not any(a.text == not_actor or a.text == "Miami" for a in ev.actors)
    assert not any(e.mode == "exile" for e in found)  # no expulsion told


def test_exile_as_an_act_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The king went into exile in 1959."), "exile")
    assert has(ev.targets, "king")


@pytest.mark.parametrize(
    "text",
    [
        "Police said the suspect threatened his coworkers.",
        "The manager threatened two coworkers after the meeting.",
    ],
)
def test_coworkers_are_people_not_things(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "coworker" names a person (person_nouns, vocabulary 1.181.0): the one threatened."""
    threat = by_trigger(events(nlp, text), "threatened")
    assert has(threat.targets, "coworkers")


def test_a_from_to_range_on_a_group_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a generation from Thessaloniki to Athens": the places say how far the group spans,
    the group acts (roles 1.21.0); "a delegation from Iran" stays Iran's."""
    ev = by_trigger(
        events(nlp, "A young generation from Lyon to Paris rose up to attack police stations."),
        "attack",
    )
    assert has(ev.actors, "generation")
    assert all(p.label is None and not p.text.startswith("Lyon") for p in ev.actors)
    ev = by_trigger(events(nlp, "A delegation from Iran met the minister in Oslo."), "met")
    assert has(ev.actors, "iran")


def test_a_name_in_apposition_is_found_past_an_organisation_modifying_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "her old mentor, NATO commander Adm. Ruth Keller, ...": the apposition's own name is
    the actor, not the body named in its title, nor the bare description."""
    text = (
        "Her old mentor, NATO commander Adm. Ruth Keller, personally came to free her from prison."
    )
    ev = one(events(nlp, text), "release")
    assert [a.text for a in ev.actors] == ["Ruth Keller"]


def test_a_relative_clause_opened_by_a_preposition_has_no_object_gap(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "a rally in which he called for elections": the rally is where he asked, not whom."""
    text = "The senator spoke at a rally in which she called for new elections."
    ev = by_trigger(events(nlp, text), "called")
    assert ev.type == "REQUEST" and not has(ev.targets, "rally")


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "not_doer"),
    [
        (
            "The commission is frustrated with the militias, saying they attacked the villages.",
            "attacked",
            "militias",
            "commission",
        ),
        (
            "The government criticised the protesters, saying they attacked the police.",
            "attacked",
            "protesters",
            "government",
        ),
        (
            "The agency is angry with the companies, saying they refused to share data.",
            "refused",
            "companies",
            "agency",
        ),
    ],
)
def test_they_goes_to_a_nearer_plural_group_than_a_singular_body(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str, not_doer: str
) -> None:
    """A "they" reported by a singular body ("the commission") that names a plural group
    after itself stands for that group, nearer and plural (roles 1.28.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, doer) and not has(ev.actors, not_doer)


def test_they_still_goes_to_a_plural_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """A plural subject keeps its "they", whatever group the clause names after it."""
    text = "The rebels criticised the soldiers, saying they would attack the town."
    ev = by_trigger(events(nlp, text), "attack")
    assert has(ev.actors, "rebels") and not has(ev.actors, "soldiers")


def test_a_first_conjunct_read_as_a_modifier_is_a_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Trump and Chinese leader Xi Jinping": the parser reads "Trump" as a modifier of
    "leader"; both sign, Trump named first (roles 1.28.0). Coordinated adjectives stay one
    phrase ("Canadian and Mexican officials")."""
    for text in (
        "Trump and Chinese leader Xi Jinping have been expected to sign the agreement.",
        "President Trump and Chinese leader Xi Jinping signed the agreement.",
    ):
        ev = by_trigger(events(nlp, text), "sign")
        assert [p.text for p in ev.actors] == ["Trump", "Xi Jinping"]
    ev = by_trigger(events(nlp, "Canadian and Mexican officials signed the agreement."), "sign")
    assert len(ev.actors) == 1 and "Canadian and Mexican" in ev.actors[0].text


def test_an_it_never_stands_for_a_plural_common_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The sanctions are designed to strangle Iraq until it retreats": Iraq retreats, not
    the sanctions; a country named in the plural keeps its "it" (roles 1.32.0)."""
    text = "The combined operations are designed to strangle Iraq until it retreats from Kuwait."
    ev = by_trigger(events(nlp, text), "retreats")
    assert [p.text for p in ev.actors] == ["Iraq"]
    ev = by_trigger(events(nlp, "The Netherlands said it would expel two diplomats."), "expel")
    assert has(ev.actors, "Netherlands")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The government banned the opposition from holding rallies.", "banned", "opposition"),
        ("The regime barred the students from attending classes.", "barred", "students"),
    ],
)
def test_a_hindered_objects_phrase_leaves_out_the_gerund(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    """ "banned the opposition from holding rallies": the target is the opposition, without
    "from holding rallies" (roles 1.39.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert [p.text for p in ev.targets] == [target]


def test_a_who_on_a_predicate_noun_stands_for_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Felt revealed that he was the source who had supplied Woodward with leads": he, Felt,
    supplied them, not "source" (roles 1.39.0); a cleft's "it" names no one ("It was the army
    that attacked": the army)."""
    text = "Felt revealed that he was the source who had secretly supplied Bob Woodward with leads."
    assert [p.text for p in by_trigger(events(nlp, text), "supplied").actors] == ["Felt"]
    ev = by_trigger(events(nlp, "It was the army that attacked the village."), "attacked")
    assert [p.text for p in ev.actors] == ["army"]
