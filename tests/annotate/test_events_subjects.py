"""Who does an act told by a gerund or participle with no subject of its own
(annotate/events_subjects.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has
from spacy.tokens import Doc

from chronicler.annotate.events_subjects import subjects

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "Pedro Salas was jailed for life after being convicted of stabbing two guards.",
            "stabbing",
            "Salas",
            "guards",
        ),
        (
            "Maria Lopez was freed in June after being acquitted of attacking a judge.",
            "attacking",
            "Lopez",
            "judge",
        ),
    ],
)
def test_a_passive_gerund_is_done_to_the_clause_subject(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    # "after being convicted of stabbing X": he was convicted, and he stabbed X
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, actor) and has(ev.targets, target)


def test_the_one_convicted_after_a_passive_gerund_is_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pedro Salas was jailed for life after being convicted of stabbing two guards."
    convicted = by_trigger(events(nlp, text), "convicted")
    assert has(convicted.targets, "Salas") and not has(convicted.actors, "Salas")


def test_an_active_gerund_after_a_passive_clause_is_its_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels attacked the town after being shelled by the army."
    shelled = by_trigger(events(nlp, text), "shelled")
    assert has(shelled.actors, "army") and has(shelled.targets, "rebels")


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "Carlos Mena shot a deputy, in addition to attempting to kill two other men.",
            "kill",
            "Mena",
            "men",
        ),
        (
            "The soldiers were caught in the act of beating a prisoner.",
            "beating",
            "soldiers",
            "prisoner",
        ),
    ],
)
def test_a_gerund_after_a_compound_preposition_is_the_clauses(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, actor) and has(ev.targets, target)


def test_a_gerund_in_a_quotation_hung_on_the_verb_of_saying_is_the_quoted_clauses(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse the small model gives a sentence-a-line text: '" He murdered Ortiz , in
    # addition to attempting to murder others , " Stirling said .', the adjunct on "said"
    words = '" He murdered Ortiz , in addition to attempting to murder others , " Stirling said .'
    heads = [15, 2, 15, 2, 2, 15, 5, 6, 7, 10, 8, 10, 15, 15, 15, 15, 15]
    deps = ["punct", "nsubj", "ccomp", "dobj", "punct", "prep", "pobj", "prep", "pcomp", "aux"]
    deps += ["xcomp", "dobj", "punct", "punct", "nsubj", "ROOT", "punct"]
    tags = ["``", "PRP", "VBD", "NNP", ",", "IN", "NN", "IN", "VBG", "TO", "VB", "NNS", ",", "''"]
    tags += ["NNP", "VBD", "."]
    pos = ["PUNCT", "PRON", "VERB", "PROPN", "PUNCT", "ADP", "NOUN", "ADP", "VERB", "PART"]
    pos += ["VERB", "NOUN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
    lemmas = ['"', "he", "murder", "Ortiz", ",", "in", "addition", "to", "attempt", "to"]
    lemmas += ["murder", "other", ",", '"', "Stirling", "say", "."]
    spaces = [False] + [True] * 16
    doc = Doc(
        nlp.vocab,
        words=words.split(),
        spaces=spaces,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=pos,
        lemmas=lemmas,
    )
    assert [t.text for t in subjects(doc[10]).active] == ["He"]
    # unquoted, the reporter's own sentence: the adjunct's doer is the one who said it
    unquoted = [w for w in words.split() if w != '"']
    keep = [i for i, w in enumerate(words.split()) if w != '"']
    doc = Doc(
        nlp.vocab,
        words=unquoted,
        heads=[keep.index(heads[i]) for i in keep],
        deps=[deps[i] for i in keep],
        tags=[tags[i] for i in keep],
        pos=[pos[i] for i in keep],
        lemmas=[lemmas[i] for i in keep],
    )
    assert [t.text for t in subjects(doc[9]).active] == ["Stirling"]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The regime has the resolve to crush the uprising.", "crush", "regime"),
        ("The police lack the means to arrest the smugglers.", "arrest", "police"),
        ("The government has the will to punish the rebels.", "punish", "government"),
    ],
)
def test_who_has_the_will_or_means_to_act_is_its_doer(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str
) -> None:
    """The infinitive on a will, means or right that is a verb's object is done by that
    verb's subject (roles 1.24.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, doer), [p.text for p in ev.actors]


def test_a_capacity_told_as_someones_is_not_the_verbs_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "complicated his ability to get a deal": whose ability it is would act, not the
    verb's subject, nor is anyone in it the deal's other side."""
    text = "The senator's approach has complicated his ability to get a final deal."
    ev = by_trigger(events(nlp, text), "deal")
    assert not has(ev.targets, "senator") and not has(ev.actors, "approach")


def test_a_coordinated_clause_subject_read_as_an_object_conjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Youths hurled bombs at stores and demonstrators tried to storm parliament": the
    parser makes the demonstrators a conjunct of the stores; they try, not the youths, and
    are no target of the hurling (roles 1.28.0). A verb after the "and" itself shares the
    subject ("attacked soldiers and killed them")."""
    text = "Youths hurled petrol bombs at stores and demonstrators tried to storm parliament."
    evs = events(nlp, text)
    assert has(by_trigger(evs, "storm").actors, "demonstrators")
    assert not has(by_trigger(evs, "storm").actors, "youths")
    text = "Police arrested two students and teachers marched to the ministry."
    assert not has(by_trigger(events(nlp, text), "arrested").targets, "teachers")
    ev = by_trigger(events(nlp, "The rebels attacked soldiers and killed them."), "killed")
    assert has(ev.actors, "rebels")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In a village where expressing even the slightest approval for Syrian President"
            " Bashar Assad can prompt threats of violence, Omar Haddad opened a shop.",
            "assad",
        ),
        (
            "In a city where expressing even the slightest approval for Cuban President Raul"
            " Castro can prompt threats of physical harm, Maria Lopez filed a lawsuit.",
            "castro",
        ),
    ],
)
def test_a_subject_after_a_dangling_preposition_is_its_object(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str
) -> None:
    """ "expressing approval for President X can prompt threats": the parser makes X the
    subject of "prompt" (leaving "for" with no object, or reading it as opening a clause);
    X is approved of, and no one threatens X (roles 1.28.0). A clause after "after" keeps
    its subject, and "for police to arrest" its infinitive's."""
    ev = by_trigger(events(nlp, text), "threats")
    assert not has(ev.targets, name) and not has(ev.actors, name)
    text = "After the chief suggested that he resign, Morales left."
    assert has(by_trigger(events(nlp, text), "suggested").actors, "chief")
    text = "It is rare for police to arrest a minister."
    assert has(by_trigger(events(nlp, text), "arrest").actors, "police")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The party listed the company as having donated 274,500 marks.", "donated", "company"),
        ("Police described the man as having attacked two officers.", "attacked", "man"),
    ],
)
def test_a_gerund_after_as_is_done_by_the_object(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str
) -> None:
    """ "listed X as having donated": X donated, not the one who lists (roles 1.32.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert [p.text for p in ev.actors] == [doer]


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "hinderer"),
    [
        ("Police stopped the rebels from building roadblocks.", "roadblocks", "rebels", "Police"),
        (
            "Soldiers prevented the protesters from marching to the palace.",
            "marching",
            "protesters",
            "Soldiers",
        ),
    ],
)
def test_a_hindered_gerund_is_done_by_the_object(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str, hinderer: str
) -> None:
    """ "stopped the rebels from building roadblocks": the rebels would build them, not the
    police (roles 1.35.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, doer) and not has(ev.actors, hinderer)


def test_a_passive_gerund_after_sparing_is_undergone_by_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The troops saved the villagers from being killed by the militia."
    ev = by_trigger(events(nlp, text), "killed")
    assert has(ev.targets, "villagers") and has(ev.actors, "militia")
    assert not has(ev.actors, "troops")


def test_a_gerund_after_from_on_other_verbs_keeps_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """Only verbs of hindering pass the gerund to their object."""
    text = "The general received a medal from the king after attacking the rebels."
    ev = by_trigger(events(nlp, text), "attacking")
    assert has(ev.actors, "general")


def test_an_adverbial_clause_after_an_object_conjunct_has_that_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """The parser may hang the second clause's verb on the first as an adverbial clause
    ("Rioters hurled petrol bombs at stores and businesses in the capital and demonstrators
    tried to storm parliament"): the demonstrators still try (roles 1.39.0)."""
    text = (
        "Rioters hurled petrol bombs at stores and businesses in the capital and demonstrators"
        " tried to storm parliament."
    )
    ev = by_trigger(events(nlp, text), "storm")
    assert has(ev.actors, "demonstrators") and not has(ev.actors, "Rioters")


def test_the_object_of_a_hindering_verb_does_the_gerund_hung_on_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "banned the opposition from holding rallies", the "from" hung on the object: the
    opposition would rally (roles 1.39.0)."""
    ev = by_trigger(
        events(nlp, "The government banned the opposition from holding rallies."), "rallies"
    )
    assert has(ev.actors, "opposition") and not has(ev.actors, "government")


def test_a_subject_read_as_an_apposition_of_a_fronted_phrase_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "In the largest operation since Vietnam, an estimated 20,000 GIs have massed": the
    parser hangs the GIs as an apposition of Vietnam, leaving the verb no subject; they are
    its subject, and the subject of the infinitive it controls."""
    text = (
        "In the largest U.S. military operation since Vietnam, an estimated 20,000 American "
        "GIs have already massed to defend Saudi Arabia."
    )
    evs = events(nlp, text)
    assert has(by_trigger(evs, "massed").actors, "GIs")
    assert has(by_trigger(evs, "defend").actors, "GIs")


def test_an_apposition_inside_the_subject_stays_the_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    """A verb with its own subject keeps it: the apposition of a fronted phrase is no actor."""
    text = "After talks with Smith, the union leader, the minister condemned the strike."
    ev = by_trigger(events(nlp, text), "condemned")
    assert has(ev.actors, "minister") and not has(ev.actors, "union leader")


@pytest.mark.parametrize(
    ("text", "trigger", "role", "who"),
    [
        (
            "The scandal may end Palin's uncanny ability to avoid incarceration.",
            "incarceration",
            "targets",
            "Palin",
        ),
        (
            "The regime's resolve to crush the uprising surprised Washington.",
            "crush",
            "actors",
            "regime",
        ),
    ],
)
def test_the_owner_of_a_capacity_does_the_act_it_is_for(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, role: str, who: str
) -> None:
    """ "Palin's ability to avoid incarceration": Palin avoids it, so would undergo it;
    "the regime's resolve to crush X": the regime would crush X."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(getattr(ev, role), who)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "The guerrillas renewed their effort to topple the junta.",
            "topple",
            "guerrillas",
        ),
        ("The colonel's bid to seize power failed.", "seize", "colonel"),
    ],
)
def test_the_owner_of_an_effort_does_its_act(nlp, text: str, trigger: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    assert has(by_trigger(events(nlp, text), trigger).actors, doer)


def test_who_thwarts_an_attempt_does_not_do_its_act(nlp) -> None:  # type: ignore[no-untyped-def]
    e = by_trigger(events(nlp, "Police thwarted an attempt to kill the governor."), "kill")
    assert not has(e.actors, "Police")


@pytest.mark.parametrize(
    "text",
    [
        "The rebel movement rejected an invitation to attend the peace conference.",
        "The opposition accepted an invitation to attend the summit.",
    ],
)
def test_the_one_invited_does_what_the_invitation_asks(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    e = by_trigger(events(nlp, text), "attend")
    assert has(e.actors, "movement") or has(e.actors, "opposition")


def test_who_sends_an_invitation_does_not_do_what_it_asks(nlp) -> None:  # type: ignore[no-untyped-def]
    e = by_trigger(events(nlp, "The government sent an invitation to attend the summit."), "attend")
    assert not has(e.actors, "government")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels wounded three policemen in an ambush on Sunday.",
        "Three policemen were wounded in an ambush on Sunday.",
    ],
)
def test_who_is_harmed_in_an_attack_on_a_day_is_its_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert has(by_trigger(events(nlp, text), "ambush").targets, "policemen")


@pytest.mark.parametrize(
    "text",
    [
        '"A clerk who had just been sacked walked in, shot and killed a guard," officials said.',
        '"The gunman entered the hall, shot and wounded a teacher," witnesses said.',
    ],
)
def test_a_past_misread_as_a_base_form_keeps_the_reported_subject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A conjunct the tagger reads as a bare form ("shot") with a past coordinated after it
    is a past, whose number says nothing: the reported clause's subject does the acts, not
    the reporter (roles 1.170.2)."""
    evs = [e for e in events(nlp, text) if e.type == "ASSAULT"]
    assert evs and all(
        not has(e.actors, "officials") and not has(e.actors, "witnesses") for e in evs
    ), [(e.trigger, e.actors) for e in evs]
    assert any(has(e.actors, "clerk") or has(e.actors, "gunman") for e in evs)
