"""An arrest told inside a protest report, with no arrester named: "diez activistas fueron
detenidos cuando protestaban contra la guerra", "cuarenta estudiantes fueron arrestados durante
una marcha", "detuvieron a veinte campesinos que protestaban". The sentence reports the
protest, and the arrest is an additional event of it (PLOVER manual, PROTEST: "when coding
additional events within a text describing a protest"); an arrest with no named actor is one
PLOVER does not code at all (the manual's "4 people were arrested": no actor, no event), so the
protest leads and the arrest ranks right after it (events_es._salience). An arrest whose
arrester is named ("fueron detenidos por la policía cuando protestaban", "la policía detuvo a
diez activistas que marchaban") is what the sentence reports and keeps its rank. A passive
act of force with no one named as its undergoer, told at a protest of marchers named ("Fueron
detenidos durante la marcha de los estudiantes"), was done to those marchers
(`protesters_acted_on`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_context import RELATIVE_PRONOUNS
from chronicler.annotate.events_es_gender import word_gender
from chronicler.annotate.events_es_morph import case_of, feats

if TYPE_CHECKING:
    from collections.abc import Callable

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


def _agrees(verb: Token, people: Token) -> bool:
    """The participle agrees with the people in number, and in gender where both tell it
    (the noun's own morphology or its article's: "los estudiantes", "las maestras")."""
    if feats(verb, "Number") != ["Plur"] or feats(people, "Number") != ["Plur"]:
        return False
    article = next((c for c in people.children if c.dep_ == "det"), None)
    theirs = word_gender(people) or (word_gender(article) if article is not None else None)
    mine = word_gender(verb)
    return mine is None or theirs is None or mine == theirs


def _marchers_before(
    protest: Token, verb: Token, protest_words: Callable[[Token], bool]
) -> list[Token]:
    """The marchers of a definite protest noun with none of its own ("durante la marcha"),
    the protest the sentence before told as its main verb ("Los estudiantes marcharon hacia
    el ministerio. Fueron detenidos durante la marcha."): that verb's subject."""
    start = verb.sent.start
    definite = any("Def" in feats(c, "Definite") for c in protest.children if c.dep_ == "det")
    if start == 0 or not definite:
        return []
    before = verb.doc[start - 1].sent.root
    if not protest_words(before) or before.pos_ not in ("VERB", "AUX"):
        return []
    return [s for s in before.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"]


def protesters_acted_on(
    verb: Token,
    protest_words: Callable[[Token], bool],
    names_people: Callable[[Token], bool],
    vocab: EsVocab,
) -> list[Token]:
    """Who a passive act of force with no subject of its own leaves unnamed, told at a
    protest noun naming its marchers in its "de"-phrase ("Fueron detenidos durante la marcha
    de los estudiantes", "Fueron arrestadas por la policía en la manifestación de las
    maestras"), or at the protest the sentence before told ("Los estudiantes marcharon hacia
    el ministerio. Fueron detenidos durante la marcha."): the marchers, the only people the
    sentence gives the plural participle to agree with. A protest noun with no marchers
    named or told before ("durante una marcha") names no one: onlookers and reporters are
    arrested at protests too."""
    if not _passive(verb) or _arrested(verb):
        return []
    time_preps = vocab.words("time_preps") | {"en"}
    protests = [
        c
        for c in verb.children
        if c.dep_ == "obl" and protest_words(c) and case_of(c) in time_preps
    ]
    marchers = [
        c
        for protest in protests
        for c in protest.children
        if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and case_of(c) == "de"
    ] or [m for protest in protests for m in _marchers_before(protest, verb, protest_words)]
    return [m for m in marchers if names_people(m) and _agrees(verb, m)]
