"""The unseen-word fallback reads what a verb acts on (events-unseen 1.24.0): a person taken
or held, a thing, a place; and an object backs only the act it names."""

from __future__ import annotations

from typing import Any

import pytest
from event_helpers import events

from chronicler.annotate.events_unseen import unseen_rule
from chronicler.annotate.events_vocab import load_vocab
from chronicler.model import EventMention


def _unseen(evs: tuple[EventMention, ...]) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in evs if dict(e.attributes)["rule"].endswith("+unseen")]


@pytest.mark.parametrize(
    "text",
    [
        "Four robbers snatched diamond rings and necklaces from a Tiffany store.",
        "Thieves snatched two paintings from a museum in Oslo.",
        "A gunman snatched a woman's handbag near the Kremlin.",
    ],
)
def test_things_snatched_are_no_abduction(nlp: Any, text: str) -> None:
    """Taking things is no abduction: "kidnap" and "abduct", which WordNet relates to
    "snatch", name acts done to people, and vote nothing on a verb whose object is a thing
    (a store, a museum or the owner of the bag named is no one abducted)."""
    assert ("ASSAULT", "abduct") not in _unseen(events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen snatched three aid workers in northern Mali.",
        "Masked men snatched the governor's son outside his school in Lagos.",
    ],
)
def test_people_snatched_are_abducted(nlp: Any, text: str) -> None:
    assert ("ASSAULT", "abduct") in _unseen(events(nlp, text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rebels snatched them from a village near Goma.", ("ASSAULT", "abduct")),
        # a seizure of property is none of people: was COERCE seize through "seize"
        ("Rebels snatched two girls from a village near Goma.", ("ASSAULT", "abduct")),
        ("Thieves snatched two paintings from a museum in Oslo.", None),
        # a place taken stays a seizure of territory
        ("Striking dockers snatched the port of Mombasa.", ("ASSAULT", "seize")),
    ],
)
def test_snatch_reads_its_object_kind(nlp: Any, text: str, kind: Any) -> None:
    """The rule "snatch" takes, by what it acts on (events parties aside)."""
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == "snatch"), load_vocab())
    assert (None if rule is None else (rule.type, rule.mode)) == kind


@pytest.mark.parametrize(
    "text", ["Police believed he was paralyzed following a stroke.", "A stroke paralyzed him."]
)
def test_person_backs_no_restriction(nlp: Any, text: str) -> None:
    """A person object backs the rules naming people (a disarming, COERCE seize), not the
    restriction "restrict" votes for too weakly alone (0.2): was COERCE restrict at 1.0."""
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == "paralyze"), load_vocab())
    assert rule is None


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft's browser, which has the largest install base, was patched.",
        "The company has a large customer base in Europe.",
        "Nokia, which has a strong base in Asia, cut jobs.",
    ],
)
def test_having_a_base_is_no_custody(nlp: Any, text: str) -> None:
    """A company "has" a customer base: "keep" (WordNet's hyponym of "have") keeps people in
    custody, at a base among other places; a base that is itself what is had is a thing,
    and nobody is held."""
    assert ("COERCE", "imprison") not in _unseen(events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police believed he was paralyzed following a stroke.",
        "A stroke paralyzed him in 2006.",
        "The senator was paralyzed after a stroke in 2006, his aides said.",
    ],
)
def test_paralysis_is_no_restriction(nlp: Any, text: str) -> None:
    """Being paralysed by an illness is no restriction: "restrict", two steps above the
    verb's second sense, votes too little alone, and the object (a person) backs no
    restriction, only the acts whose rules name people (a disarming)."""
    assert ("COERCE", "restrict") not in _unseen(events(nlp, text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a beating is done to people (`person_object_modes`): stocks cut are none
        ("Market makers slashed inventories of stocks to cut costs.", None),
        ("Gunmen slashed a guard outside the embassy in Kabul.", ("ASSAULT", "beat")),
    ],
)
def test_beating_needs_a_person(nlp: Any, text: str, kind: Any) -> None:
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == "slash"), load_vocab())
    assert (None if rule is None else (rule.type, rule.mode)) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the bare shooting rule ("shoot", "gun") is done to people (`person_object_rules`)
        ("Smith picked off a pass from Jones and ran 40 yards for a touchdown.", None),
        ("Snipers picked off three soldiers near the border.", ("ASSAULT", "firearms")),
    ],
)
def test_shooting_needs_a_person(nlp: Any, text: str, kind: Any) -> None:
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == "pick"), load_vocab())
    assert (None if rule is None else (rule.type, rule.mode)) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a people the country table knows by name is no place taken (was ASSAULT seize,
        # "arrest-territory" through "seize", its object a named "place")
        ("Soldiers snatched 40 Palestinians near Hebron.", ("ASSAULT", "abduct")),
        ("Gunmen snatched two Americans in Baghdad on Sunday.", ("ASSAULT", "abduct")),
        # ground the rule itself names stays ground, though "village" names its people too
        ("Rebels snatched the village of Kibumba.", ("ASSAULT", "seize")),
    ],
)
def test_people_are_no_ground_taken(nlp: Any, text: str, kind: Any) -> None:
    """A seizure of territory (`thing_object_rules`) votes only on an object that is no
    person, or one its own rule names (events-unseen 1.27.0)."""
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == "snatch"), load_vocab())
    assert (None if rule is None else (rule.type, rule.mode)) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Troops arrested 40 Afghans in a raid on Sunday.",
        "Police arrested two Britons at the airport.",
    ],
)
def test_people_arrested_with_the_word_left_out(nlp: Any, text: str) -> None:
    """With "arrest" unlisted, its neighbours "collar", "apprehend", "nab" type it an arrest;
    "seize" no longer votes the capture of a town on a people named (was no event, or ASSAULT
    seize)."""
    vocab = load_vocab().without_trigger("arrest")
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == "arrest"), vocab)
    assert rule is not None and (rule.type, rule.mode) == ("COERCE", "arrest")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the object is an act the vocabulary types one way, and "compensate" votes it
        ("The government paid compensation to the families of the victims.", "RETREAT"),
        ("Kenya paid reparations to the former detainees last year.", "RETREAT"),
        # no act for an object: "finance" and "give" lead
        ("The ministry paid the salaries of 300 teachers.", "AID"),
    ],
)
def test_object_act_a_neighbour_votes_decides(nlp: Any, text: str, kind: str) -> None:
    """An unseen verb whose object is an event noun of one type, a type one of its
    neighbours votes for, does that act (events-unseen 1.27.0): "paid compensation" is a
    return through "compensate", though "finance" and "give" outvote it for AID."""
    vocab = load_vocab().without_trigger("pay")
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == "pay"), vocab)
    assert rule is not None and rule.type == kind


def test_object_act_no_neighbour_votes_decides_nothing(nlp: Any) -> None:
    """A concession offered is no concession of the verb's when no neighbour of "offer"
    votes CONCEDE: its neighbours ("supply", "provide") type it a giving, as before."""
    vocab = load_vocab().without_trigger("offer")
    text = "Russia offered concessions to the rebels."
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == "offer"), vocab)
    assert rule is not None and rule.type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "The rookie quarterback completed his first twelve passes on Sunday.",
        "Engineers completed the installation of the new turbines last week.",
    ],
)
def test_faint_vote_with_a_named_object_overturns_nothing(nlp: Any, text: str) -> None:
    """An object the rule of a voted type names overturns the neighbours' lead only through
    a rule of a mode voted or a type corroborated (events-unseen 1.29.0): "complete" votes
    an assassination through one faint link ("execute", its "carry out" sense), and a pass
    (ground to "arrest-territory") or an installation (a site "blast-armed-sites" strikes)
    makes no seizure or strike of it."""
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == "complete"), load_vocab())
    assert rule is None or rule.type != "ASSAULT"


def test_corroborated_type_still_overturns_the_lead(nlp: Any) -> None:
    """A type voted through several synsets keeps the object's rule against the lead: a bill
    is what is vetoed, REJECT through "controvert", "refute" and "rebut", whose rules name no
    mode, though "prohibit" and "ban" vote COERCE ban."""
    vocab = load_vocab().without_trigger("veto")
    text = "The governor vetoed the spending bill of the assembly."
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == "veto"), vocab)
    assert rule is not None and rule.type == "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        "Hindu families scattered the ashes of their grandfather in the river.",
        "The farmers scattered the seeds across the flooded fields.",
    ],
)
def test_matter_scattered_is_no_repression(nlp: Any, text: str) -> None:
    """Ashes or seeds spread are no one dispersed (events-vocab 1.435.0, `repress`
    objects_not): the unseen "scatter" takes no crackdown from "disperse"."""
    rule = unseen_rule(next(t for t in nlp(text) if t.lemma_ == "scatter"), load_vocab())
    assert rule is None or rule.type != "COERCE"


def test_slick_dispersed_is_no_repression(nlp: Any) -> None:
    """Nor is a slick cleared by the listed "disperse" itself."""
    text = "Tugboats dispersed the oil slick near the port."
    assert not [e for e in events(nlp, text) if e.type == "COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police dispersed the crowd outside the parliament.",
        "Soldiers scattered the protesters in the main square.",
    ],
)
def test_people_dispersed_stay_repressed(nlp: Any, text: str) -> None:
    """People dispersed or scattered stay a crackdown, listed or through the fallback."""
    assert ("COERCE", "repress") in [(e.type, e.mode) for e in events(nlp, text)]
