"""Which event of a sentence is its main one (events_salience)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has
from spacy.tokens import Doc

from chronicler.annotate.events_coding import plover_coding
from chronicler.annotate.events_salience import reduced_relative_root


def test_a_bare_participle_parsed_as_root_yields_to_its_coordinated_predicate(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse the small model gives "The men jailed for X were freed by Y": "jailed" ROOT
    words = ["The", "men", "jailed", "for", "it", "were", "freed", "by", "Ivo"]
    heads = [1, 2, 2, 2, 3, 6, 2, 6, 7]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "auxpass", "conj", "agent", "pobj"]
    tags = ["DT", "NNS", "VBD", "IN", "PRP", "VBD", "VBN", "IN", "NNP"]
    pos = ["DET", "NOUN", "VERB", "ADP", "PRON", "AUX", "VERB", "ADP", "PROPN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert reduced_relative_root(doc[2]) and not reduced_relative_root(doc[6])
    # "The men jailed him and were praised": an object makes "jailed" a finite verb
    words = ["The", "men", "jailed", "him", "and", "were", "praised"]
    heads = [1, 2, 2, 2, 2, 6, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "cc", "auxpass", "conj"]
    tags = ["DT", "NNS", "VBD", "PRP", "CC", "VBD", "VBN"]
    pos = ["DET", "NOUN", "VERB", "PRON", "CCONJ", "AUX", "VERB"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert not reduced_relative_root(doc[2])


def test_the_as_clause_of_a_recalled_event_is_the_news(nlp) -> None:  # type: ignore[no-untyped-def]
    # "The X came as Y ...": the definite event noun recalls the act told before; the act the
    # "as" clause announces is the main event, however deep it is (vocabulary 1.154.0)
    evs = events(
        nlp,
        "The release of the journalist came as the government announced it would free 40 "
        "other prisoners.",
    )
    main = next(e for e in evs if e.main)
    assert main.trigger == "free" and has(main.actors, "government")
    evs = events(
        nlp, "The arrest of the mayor came as the army announced it would withdraw from the city."
    )
    assert next(e for e in evs if e.main).trigger != "arrest"
    # a clause with no event leaves the noun the main event
    evs = events(nlp, "The arrest of the mayor came as a surprise to many.")
    assert next(e for e in evs if e.main).trigger == "arrest"


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # the second object of "condemned" hung on the verb as its conjunct: no deed after it
        (
            "The rebel council earlier condemned the army attack on the convoy near the border "
            "town of Kuta in the north in which 12 people were killed, and two car bombings in "
            "the capital in which four people were wounded.",
            "condemned",
        ),
        # an act in a phrase of the coordinated verb is no deed of the critic's own
        (
            "The minister has criticised the council and has called for an inquiry into the "
            "shooting.",
            "criticised",
        ),
        # the deed the criticism ranks after (vocabulary 1.430.4)
        (
            "The cabinet has declared the rebel leader irrelevant and has decided to break off "
            "all talks with him.",
            "break",
        ),
        ("The rebels denounced the ceasefire and attacked an army post.", "attacked"),
    ],
)
def test_a_criticism_ranks_after_a_deed_of_its_subject_only(nlp, text: str, main: str) -> None:  # type: ignore[no-untyped-def]
    assert next(e for e in events(nlp, text) if e.main).trigger.startswith(main)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a "when" or "because" clause sets the scene: at the same depth the act it sets the
        # scene for is the main event
        (
            "When the guards resisted, the inmates broke a window and attacked the wardens.",
            "ASSAULT",
        ),
        (
            "When the council refused, the union leader stood up and threatened to call a strike.",
            "THREATEN",
        ),
        # the main clause's own verb still ranks first, and a background act with no rival
        # is main
        ("Police arrested the man after he attacked a guard.", "COERCE"),
        ("After the guards attacked the inmates on Monday.", "ASSAULT"),
    ],
)
def test_an_act_in_a_background_clause_ranks_after_the_clause_it_sets(  # type: ignore[no-untyped-def]
    nlp, text: str, coded: str
) -> None:
    assert plover_coding(next(e for e in events(nlp, text) if e.main)) == coded


@pytest.mark.parametrize(
    ("text", "trigger", "accused", "victim"),
    [
        (
            "A local man has been charged with the murder of his neighbour.",
            "charged",
            "man",
            "neighbour",
        ),
        (
            "The guard is serving a ten-year sentence for the beating of a prisoner.",
            "sentence",
            None,
            "prisoner",
        ),
        ("Three men were arrested in the stabbing of a taxi driver.", "arrested", "men", "driver"),
    ],
)
def test_a_custody_act_is_not_aimed_at_the_victim_of_its_crime(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, accused: str | None, victim: str
) -> None:
    """An arrest, a charge or a sentence is aimed at the accused (embedded_targets)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not has(ev.targets, victim)
    assert accused is None or has(ev.targets, accused)


def test_an_appeal_still_takes_the_target_of_the_act_it_asks(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "Canada refused to commit to any assistance to Ukraine."), "refused"
    )
    assert has(ev.targets, "Ukraine")


def test_an_embedded_act_by_others_gives_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Rioters hurled petrol bombs at stores and demonstrators tried to storm parliament":
    parliament is stormed, not bombed (roles 1.39.0); an embedded act by the same doers still
    says whom the act is aimed at."""
    text = (
        "Rioters hurled petrol bombs at stores and businesses in the capital and demonstrators"
        " tried to storm parliament."
    )
    assert not has(by_trigger(events(nlp, text), "hurled").targets, "parliament")


def test_an_owned_act_in_an_in_phrase_lends_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # "in their struggle against X": the setting of those backed, not the backing's purpose
    text = "Egypt backs the Palestinian cause in their struggle against Israel."
    ev = by_trigger(events(nlp, text), "backs")
    assert not has(ev.targets, "Israel")


def test_a_purpose_clause_still_lends_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norway is willing to send material to help defend Kuwait."
    assert has(by_trigger(events(nlp, text), "send").targets, "Kuwait")
