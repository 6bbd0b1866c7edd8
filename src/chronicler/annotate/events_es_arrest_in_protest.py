"""An arrest told inside a protest report, with no arrester named: "diez activistas fueron
detenidos cuando protestaban contra la guerra", "cuarenta estudiantes fueron arrestados durante
una marcha", "detuvieron a veinte campesinos que protestaban". The sentence reports the
protest, and the arrest is an additional event of it (PLOVER manual, PROTEST: "when coding
additional events within a text describing a protest"); an arrest with no named actor is one
PLOVER does not code at all (the manual's "4 people were arrested": no actor, no event), so the
protest leads and the arrest ranks right after it (events_es._salience). An arrest whose
arrester is named ("fueron detenidos por la policía cuando protestaban", "la policía detuvo a
diez activistas que marchaban") is what the sentence reports and keeps its rank."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_context import RELATIVE_PRONOUNS
from chronicler.annotate.events_es_morph import case_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsRule, EsVocab

Triggers = dict[int, tuple["EsRule", "Token | None"]]

_ARREST_MODES = frozenset({"arrest"})


def _passive(verb: Token) -> bool:
    """ "fueron detenidos" (the small model tags "fueron" aux, not aux:pass), "se detuvo a"."""
    return any(
        c.dep_ == "aux:pass" or (c.dep_ == "aux" and c.lemma_.lower() == "ser")
        for c in verb.children
    ) or any(c.lower_ == "se" and c.dep_ in ("expl:pass", "expl:impers") for c in verb.children)


def _arrester_named(verb: Token) -> bool:
    """Who arrests is named: the active verb's subject, the passive's "por"-phrase."""
    if _passive(verb):
        return any(
            c.dep_ in ("obl", "obj", "obl:agent") and case_of(c) == "por" for c in verb.children
        )
    return any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)


def _arrested(verb: Token) -> list[Token]:
    """Those arrested: the passive's subject, the active's object."""
    deps = ("nsubj", "nsubj:pass") if _passive(verb) else ("obj",)
    return [c for c in verb.children if c.dep_ in deps]


def _protest(token: Token, triggers: Triggers) -> bool:
    return token.i in triggers and triggers[token.i][0].type == "PROTEST"


def protest_around_arrest(verb: Token, triggers: Triggers, vocab: EsVocab) -> Token | None:
    """The protest an unattributed arrest is told within: a clause of the arrested protesting
    with no subject of its own ("cuando protestaban"), a relative clause on the arrested
    ("campesinos que protestaban"), or a protest noun as the arrest's time ("durante una
    marcha", "en una protesta")."""
    if verb.pos_ != "VERB" or verb.i not in triggers:
        return None
    rule = triggers[verb.i][0]
    if rule.type != "COERCE" or rule.mode not in _ARREST_MODES or _arrester_named(verb):
        return None
    time_preps = vocab.words("time_preps") | {"en"}
    for child in verb.children:
        if not _protest(child, triggers):
            continue
        if child.dep_ == "advcl" and child.pos_ == "VERB":
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubj:pass")]
            if all(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
                return child  # "cuando protestaban": the arrested protesting
        if child.dep_ == "obl" and child.pos_ == "NOUN" and case_of(child) in time_preps:
            return child  # "durante una marcha contra la reforma"
    for person in _arrested(verb):
        for clause in person.children:
            if clause.dep_ in ("acl", "acl:relcl") and _protest(clause, triggers):
                return clause  # "campesinos que protestaban contra el desalojo"
    return None
