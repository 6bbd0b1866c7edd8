"""The conditions a Spanish rule sets on who does its act (events_es_rule_doers), on parses
built for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from chronicler.annotate.events_es_rule_doers import (
    actor_in_roles,
    crowd_gathers,
    harm_by_a_mishap,
    official_resigns,
)
from chronicler.annotate.events_es_vocab import EsRule, load_vocab_es

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline's vocab (loaded once)


def _rule(rule_id: str) -> EsRule:
    return next(r for r in load_vocab_es().rules if r.id == rule_id)


def _killing(nlp_es, doer: str, lemma: str) -> Doc:  # type: ignore[no-untyped-def]
    """ "Un <doer> mató a cuatro obreros ." """
    return Doc(
        nlp_es.vocab,
        words=["Un", doer, "mató", "a", "cuatro", "obreros", "."],
        heads=[1, 2, 2, 5, 5, 2, 2],
        deps=["det", "nsubj", "ROOT", "case", "nummod", "obj", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "NUM", "NOUN", "PUNCT"],
        lemmas=["uno", lemma, "matar", "a", "cuatro", "obrero", "."],
    )


def test_harm_whose_doer_is_a_mishap_has_no_attacker(nlp_es) -> None:  # type: ignore[no-untyped-def]
    vocab = load_vocab_es()
    assert harm_by_a_mishap(_killing(nlp_es, "incendio", "incendio")[2], vocab)
    assert not harm_by_a_mishap(_killing(nlp_es, "soldado", "soldado")[2], vocab)


def test_a_crowd_counted_in_thousands_gathers_but_a_meeting_with_someone_does_not(nlp_es) -> None:  # type: ignore[no-untyped-def]
    vocab = load_vocab_es()
    crowd = Doc(
        nlp_es.vocab,
        words=["Unas", "30.000", "personas", "se", "reunieron", "en", "la", "plaza", "."],
        heads=[2, 2, 4, 4, 4, 7, 7, 4, 4],
        deps=["det", "nummod", "nsubj", "obj", "ROOT", "case", "det", "obl", "punct"],
        pos=["DET", "NUM", "NOUN", "PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        lemmas=["uno", "30.000", "persona", "él", "reunir", "en", "el", "plaza", "."],
    )
    assert crowd_gathers(crowd[4], vocab)
    meeting = Doc(
        nlp_es.vocab,
        words=["Unas", "30.000", "personas", "se", "reunieron", "con", "el", "alcalde", "."],
        heads=[2, 2, 4, 4, 4, 7, 7, 4, 4],
        deps=["det", "nummod", "nsubj", "obj", "ROOT", "case", "det", "obl", "punct"],
        pos=["DET", "NUM", "NOUN", "PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        lemmas=["uno", "30.000", "persona", "él", "reunir", "con", "el", "alcalde", "."],
    )
    assert not crowd_gathers(meeting[4], vocab)


def test_an_official_resigning_gives_up_the_office_unless_something_is_named(nlp_es) -> None:  # type: ignore[no-untyped-def]
    vocab, rule = load_vocab_es(), _rule("resign-office")
    bare = Doc(
        nlp_es.vocab,
        words=["El", "alcalde", "renunció", "ayer", "."],
        heads=[1, 2, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "advmod", "punct"],
        pos=["DET", "NOUN", "VERB", "ADV", "PUNCT"],
        lemmas=["el", "alcalde", "renunciar", "ayer", "."],
    )
    assert official_resigns(bare[2], rule, vocab)
    right = Doc(
        nlp_es.vocab,
        words=["El", "alcalde", "renunció", "a", "su", "derecho", "."],
        heads=[1, 2, 2, 5, 5, 2, 2],
        deps=["det", "nsubj", "ROOT", "case", "det", "obl", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        lemmas=["el", "alcalde", "renunciar", "a", "su", "derecho", "."],
    )
    assert not official_resigns(right[2], rule, vocab)


def _accusation(nlp_es, accuser: str) -> Doc:  # type: ignore[no-untyped-def]
    """ "La <accuser> acusó al alcalde ." """
    return Doc(
        nlp_es.vocab,
        words=["La", accuser, "acusó", "al", "alcalde", "."],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "case", "obj", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
        lemmas=["el", accuser, "acusar", "al", "alcalde", "."],
    )


def test_a_charge_wants_an_actor_of_the_rules_roles(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "la fiscalía acusó a X" is a charge; "la presidenta acusó a X" is not."""
    vocab, rule = load_vocab_es(), _rule("accuse-of")
    assert actor_in_roles(_accusation(nlp_es, "fiscalía")[2], rule, vocab)
    assert not actor_in_roles(_accusation(nlp_es, "presidenta")[2], rule, vocab)
