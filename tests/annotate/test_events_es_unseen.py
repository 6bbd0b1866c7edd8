"""The Spanish unseen-trigger fallback (events_es_unseen), on sentences written for these
tests: an unlisted verb typed from its nearest English vocabulary words, only between known
parties, and never over a common word."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from event_helpers import es_events as events

from chronicler.annotate.events_es import EVENTS_ES_VOCAB_VERSION
from chronicler.annotate.events_es_select import select_triggers
from chronicler.annotate.events_es_unseen import (
    Anchors,
    anchor_kinds,
    causative_use,
    derived_lemmas,
    held_act,
    is_unseen,
    load_settings,
    main_clause_fallback,
    parse_settings,
    parties_suffice_es,
    vote,
)
from chronicler.annotate.events_es_vocab import load_vocab_es
from chronicler.annotate.events_vocab import NO_EVENT, load_vocab
from chronicler.model import Participant

SETTINGS = parse_settings(
    {
        "neighbours": 3,
        "min_similarity": 0.75,
        "min_margin": 0.05,
        "margin_over": 4,
        "min_votes": 0.75,
        "min_share": 0.66,
        "dyadic_votes": 1.6,
    }
)


def _anchors(*kinds: tuple[str, str | None]) -> Anchors:
    return Anchors(tuple(f"w{n}" for n in range(len(kinds))), kinds, np.eye(len(kinds)))


def test_version_names_the_fallback_settings() -> None:
    assert EVENTS_ES_VOCAB_VERSION.endswith(f"+{load_settings().version}")
    assert load_settings().version.startswith("events-unseen-es-")


def test_vote_takes_a_clear_nearest_type() -> None:
    anchors = _anchors(("ASSAULT", "beat"), ("ASSAULT", None), ("AID", None), ("AID", None))
    voted = vote(np.array([0.9, 0.8, 0.4, 0.3]), anchors, SETTINGS)
    assert voted is not None
    (kind_type, mode), score = voted
    assert (kind_type, mode) == ("ASSAULT", "beat") and score == pytest.approx(1.7)


def test_vote_gives_nothing_when_split_weak_or_crowded() -> None:
    anchors = _anchors(("ASSAULT", None), ("AID", None), ("CONSULT", None), ("AID", None))
    assert vote(np.array([0.85, 0.84, 0.3, 0.2]), anchors, SETTINGS) is None  # split
    assert vote(np.array([0.7, 0.3, 0.2, 0.1]), anchors, SETTINGS) is None  # too far
    # a rare word near everything alike: no anchor stands out of the crowd
    assert vote(np.array([0.8, 0.79, 0.79, 0.78]), anchors, SETTINGS) is None


def test_vote_for_no_event_wins_nothing() -> None:
    anchors = _anchors((NO_EVENT, None), ("ASSAULT", None), ("AID", None), ("AID", None))
    assert vote(np.array([0.9, 0.5, 0.2, 0.1]), anchors, SETTINGS) is None


def test_anchor_kinds_read_plain_rules_and_words_of_no_event() -> None:
    kinds = anchor_kinds(load_vocab(), load_settings())
    # "protested that ..." (a complaint over a clause) is not the verb's plain sense
    assert kinds["v"]["protest"] == ("PROTEST", "demo")
    assert kinds["v"]["say"] == (NO_EVENT, None)  # a reporting verb
    assert kinds["v"]["arrive"] == (NO_EVENT, None)  # a gathering verb, no trigger


def _party(text: str, label: str | None = None, role: str | None = None) -> Participant:
    return Participant(text=text, start=0, end=len(text), label=label, role=role)


def test_parties_suffice_needs_known_parties() -> None:
    rule = next(r for r in load_vocab_es().rules if r.type == "AID")
    weak, strong = replace(rule, fallback=0.85), replace(rule, fallback=1.7)
    army, town = _party("el Ejército", role="military"), _party("Soacha", label="LOC")
    stranger = _party("unos vecinos")
    assert parties_suffice_es(rule, [], [])  # a listed rule asks nothing
    assert parties_suffice_es(weak, [army], [town])
    assert not parties_suffice_es(weak, [army], [])  # one voter: both sides named
    assert parties_suffice_es(strong, [], [town])  # a passive names no doer
    assert not parties_suffice_es(strong, [stranger], [town])  # a doer no one knows


@pytest.mark.slow
def test_unlisted_verb_between_known_parties_is_typed(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Soldados del Ejército rescataron a tres rehenes de las FARC en el Cauca.")
    found = [e for e in evs if is_unseen(e)]
    assert [e.type for e in found] == ["AID"]
    assert found[0].main and "Ejército" in found[0].actors[0].text


@pytest.mark.slow
def test_left_out_word_is_typed_from_its_translation(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A word the vocabulary lists, removed from it, is found again through English (or
    through its listed noun, "encarcelamiento", test_verb_takes_the_rule_of_its_listed_noun)."""
    doc = nlp_es("El gobierno de Chile encarceló al periodista Juan Pérez.")
    vocab = load_vocab_es().without_trigger("encarcelar")
    found = [rule for rule, _ in select_triggers(doc, vocab).values() if is_unseen_rule(rule)]
    assert [(r.type, r.mode) for r in found] == [("COERCE", "imprison")]


@pytest.mark.slow
def test_common_and_unnamed_words_find_no_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "El presidente comió con sus ministros en el palacio.",
        "El canciller de Perú regresó a Lima el martes.",  # coming and going: no backing
        "Unos vecinos rescataron a un perro en el parque.",  # no party anyone knows
    ):
        assert not [e for e in events(nlp_es, text) if is_unseen(e)], text


DERIVATIONS = (("ación", "ar"), ("amiento", "ar"), ("ención", "ener"))


def test_derived_lemmas_pair_a_verb_and_its_noun() -> None:
    assert "manifestar" in derived_lemmas("manifestación", "n", DERIVATIONS)
    assert "retener" in derived_lemmas("retención", "n", DERIVATIONS)
    assert derived_lemmas("saquear", "v", (("eo", "ear"),)) == {"saqueo"}
    assert "amotinamiento" in derived_lemmas("amotinar", "v", DERIVATIONS)
    assert not derived_lemmas("para", "n", (("a", "ar"),))  # too short a stem


@pytest.mark.slow
def test_noun_takes_the_rule_of_its_listed_verb(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """With only the verb listed, its -ción / -miento noun is that act, as the vocabulary
    would read it."""
    doc = nlp_es("La detención del periodista Juan Pérez provocó críticas en Lima.")
    vocab = load_vocab_es().without_trigger("detención")
    found = [(r.type, r.mode) for r, _ in select_triggers(doc, vocab).values() if is_unseen_rule(r)]
    assert found == [("COERCE", "arrest")]


@pytest.mark.slow
def test_verb_takes_the_rule_of_its_listed_noun(nlp_es) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_es("Cientos de jubilados protestaron frente al Congreso de Chile.")
    vocab = load_vocab_es().without_trigger("protestar")
    found = [r.type for r, _ in select_triggers(doc, vocab).values() if is_unseen_rule(r)]
    assert found == ["PROTEST"]


@pytest.mark.slow
def test_bare_noun_of_a_verb_needs_the_encoder(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A noun made of the bare verb stem names a thing as often as the act: "proceso" is no
    prosecution, "procesar" listed or not; a report under "según" is the source, no act."""
    for text in (
        "El partido de Juan Pérez tomó parte en el proceso electoral de Bolivia.",
        "Un campesino fue asesinado en Cauca, según la denuncia de la Defensoría.",
    ):
        doc = nlp_es(text)
        derived = [
            r
            for r, _ in select_triggers(doc, load_vocab_es()).values()
            if is_unseen_rule(r) and not r.fallback
        ]
        assert not derived, text


def is_unseen_rule(rule) -> bool:  # type: ignore[no-untyped-def]
    return rule.id.endswith("+unseen")


def test_light_verbs_are_read_by_kind() -> None:
    kinds = dict(load_settings().light_verbs)
    assert {"dar", "causar"} <= kinds["giving"]
    assert "llevar" not in kinds["doing"]  # "llevar a la cárcel" is no doing


@pytest.mark.slow
def test_unlisted_light_verb_takes_its_kins_phrase(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A light verb left out of the vocabulary is read through a phrase a light verb of its
    kind makes with the same noun: "dar muerte" as "causar muerte", a killing; a noun no kin
    phrase names gives nothing."""
    vocab = load_vocab_es().without_trigger("dar")
    doc = nlp_es("Un comando del ejército dio muerte al alcalde de un pueblo de la sierra.")
    found = [r.id for r, _ in select_triggers(doc, vocab).values() if is_unseen_rule(r)]
    assert found == ["kill-dead+unseen"]
    doc = nlp_es("El ministro del Interior dio una conferencia en la universidad de Lima.")
    assert not [r for r, _ in select_triggers(doc, vocab).values() if is_unseen_rule(r)]


def test_causative_verbs_vote_only_for_a_verb_with_an_object() -> None:
    kinds = anchor_kinds(load_vocab(), load_settings())
    assert kinds["vt"]["disappear"] == ("ASSAULT", "abduct")  # "disappeared by the junta"
    assert "disappear" not in kinds["v"]  # "the line has all but disappeared"


@pytest.mark.slow
def test_unlisted_verb_with_a_person_object_reads_its_causative_use(nlp_es) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_es("Un comando del ejército desapareció al alcalde de un pueblo de la sierra.")
    token = next(t for t in doc if t.lower_ == "desapareció")
    assert causative_use(token)
    doc = nlp_es("El alcalde del pueblo desapareció el martes.")
    assert not causative_use(next(t for t in doc if t.lower_ == "desapareció"))


@pytest.mark.slow
def test_verb_reads_its_nouns_plain_rule_before_one_asking_context(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A noun's context words may be those of its own phrase ("presentar una protesta
    formal": a complaint); a verb made from the noun is the noun's plain protest, even beside
    a letter or a presenting verb elsewhere in the sentence."""
    vocab = load_vocab_es().without_trigger("protestar")
    doc = nlp_es(
        "El sindicato de maestros protestó con una carta contra la reforma y anunció que "
        "presentará un recurso ante el tribunal."
    )
    found = [r.type for r, _ in select_triggers(doc, vocab).values() if is_unseen_rule(r)]
    assert found == ["PROTEST"]


def _token(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lower_ == text)


@pytest.mark.slow
def test_a_noun_a_verb_holds_or_carries_on_is_an_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A noun held by its verb ("mantienen una huelga", "la huelga iniciada el lunes", the
    participle lemmatised as an adjective) is told an act; a relative clause ("que
    empezará") or another verb ("comentan la huelga") tells none."""
    settings = load_settings()
    doc = nlp_es("Los mineros mantienen una huelga en Oruro.")
    assert held_act(_token(doc, "huelga"), settings)
    doc = nlp_es("Los mineros de Oruro siguen con la huelga iniciada el lunes.")
    assert held_act(_token(doc, "huelga"), settings)
    doc = nlp_es("Los vecinos critican la visita, que empezará el viernes.")
    assert not held_act(_token(doc, "visita"), settings)
    doc = nlp_es("Los vecinos comentan la huelga en la plaza.")
    assert not held_act(_token(doc, "huelga"), settings)


@pytest.mark.slow
def test_unlisted_noun_held_by_its_verb_needs_one_party_and_leads(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """With "huelga" left out, "los mineros mantienen una huelga" is still the miners' strike,
    the sentence's main event ahead of a listed word in a side phrase, though one English
    neighbour alone votes for it."""
    vocab = load_vocab_es().without_trigger("huelga")
    doc = nlp_es(
        "Tras el despido de cien obreros, los mineros de Huanuni mantienen desde el lunes una "
        "huelga indefinida."
    )
    rules = {doc[i].lower_: r for i, (r, _) in select_triggers(doc, vocab).items()}
    rule = rules["huelga"]
    assert is_unseen_rule(rule) and rule.type == "PROTEST"
    assert rule.fallback >= load_settings().dyadic_votes
    assert main_clause_fallback(_token(doc, "huelga"), rule)


@pytest.mark.slow
def test_protesters_doing_a_leading_unlisted_verb_are_its_doers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """With "exigir" left out, the protesters who are the subject of the demand it heads are
    its doers, no protest of their own, as with "exigir" listed; the demand leads."""
    vocab = load_vocab_es().without_trigger("exigir")
    for text in (
        "Los manifestantes exigieron agua potable para sus barrios.",
        "Cientos de manifestantes exigen al alcalde agua potable para sus barrios.",
    ):
        doc = nlp_es(text)
        rules = {doc[i].lower_: r for i, (r, _) in select_triggers(doc, vocab).items()}
        assert "manifestantes" not in rules, text
        demand = next(r for w, r in rules.items() if w.startswith("exig"))
        assert is_unseen_rule(demand) and demand.type == "REQUEST", text


@pytest.mark.slow
def test_protesters_beside_a_side_or_untyped_verb_keep_their_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A verb the fallback does not type, or types in a side clause only, tells nothing the
    protesters did instead of protesting: their protest stays."""
    vocab = load_vocab_es().without_trigger("exigir")
    for text in (
        "Los manifestantes portaban pancartas en la plaza.",
        "El alcalde dijo que los manifestantes exigieron agua potable.",
    ):
        doc = nlp_es(text)
        rules = {doc[i].lower_: r for i, (r, _) in select_triggers(doc, vocab).items()}
        assert rules["manifestantes"].type == "PROTEST", text
