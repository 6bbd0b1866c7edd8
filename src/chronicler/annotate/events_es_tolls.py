"""The toll of a Spanish attack or raid noun: the people it killed or arrested are its targets.

Told in a relative clause on the noun ("una ofensiva en la que murieron 15 guerrilleros", "una
redada durante la cual fueron arrestados diez jóvenes", "un operativo en el que detuvo a
veinte") or by the clause the noun is the circumstance of ("doce rebeldes murieron en una
ofensiva del ejército", "tres jóvenes fueron detenidos en una redada de la policía"). A
death verb (`toll_verbs`) tells its subject's death; a harm (an ASSAULT rule) or a custody
act (`operation_toll_modes`) tells its undergoer: the subject of a passive, else the object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_args import EsContext
from chronicler.annotate.events_es_hidden import agents
from chronicler.annotate.events_es_morph import case_of, feats
from chronicler.annotate.events_es_subjects import lemma_set, own_subjects, undergoer_subject
from chronicler.annotate.events_es_vocab import EsRule

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOMINAL = ("NOUN", "PROPN", "NUM", "ADJ", "PRON")  # ("veinte civiles": ADJ)


def tolled(noun: Token, rule: EsRule, ctx: EsContext) -> bool:
    """An attack noun or an operation noun (a raid: `operation_nouns`), whose toll is its
    targets; not a clash, whose sides are its parties ("murieron durante un combate entre
    estudiantes y policías")."""
    if rule.reciprocal:
        return False
    return rule.type == "ASSAULT" or noun.lemma_.lower() in ctx.vocab.words("operation_nouns")


def relative_toll(noun: Token, ctx: EsContext) -> tuple[list[Token], list[Token]]:
    """The ones killed, dead or arrested in a relative clause "en el que" or "durante el
    cual" on the noun ("lanzó una ofensiva en la que murieron 15 guerrilleros", 1.150.0; "una
    redada durante la cual fueron arrestados diez jóvenes", 1.155.0), and who did it, by the
    agent of a clause that tells a harm ("una masacre en la que 19 campesinos fueron asesinados
    por policías": the police; the killing is the massacre,
    events_es_protest_folds.told_in_relative; 1.155.0). Each clause's harmed read once."""
    harmed: list[Token] = []
    doers: list[Token] = []
    for clause in _relatives(noun):
        if found := _harmed(clause, ctx):
            harmed += found
            doers += agents(clause, ctx)
    return harmed, doers


def _relatives(noun: Token) -> list[Token]:
    """The relative clauses "en el que", "durante el cual" on the noun."""
    return [
        clause
        for clause in noun.children
        if clause.dep_ in ("acl", "acl:relcl")
        and any(
            c.pos_ == "PRON" and case_of(c) and "Rel" in feats(c, "PronType")
            for c in clause.children
        )
    ]


def circumstance_toll(noun: Token, ctx: EsContext) -> list[Token]:
    """The ones killed, dead or arrested by the clause the noun is the circumstance of ("en",
    "durante"): "doce rebeldes murieron en una ofensiva del ejército", "tres jóvenes fueron
    detenidos en una redada de la policía" (1.155.0). Not what came after or before it
    ("detuvo a 22 personas tras el atentado": the arrested are no victims)."""
    if noun.dep_ != "obl" or noun.head.i == noun.i:
        return []
    if case_of(noun) not in ("en", "durante"):
        return []
    return _harmed(noun.head, ctx)


def _harmed(verb: Token, ctx: EsContext) -> list[Token]:
    """Who dies, or undergoes the harm or the arrest, the verb tells."""
    if lemma_set(verb, ctx.vocab) & ctx.vocab.words("toll_verbs"):
        found = own_subjects(verb)
    elif (rule := ctx.rules.get(verb.i)) is None or not (
        rule.type == "ASSAULT" or rule.mode in ctx.vocab.words("operation_toll_modes")
    ):
        return []
    elif undergoer_subject(verb):
        found = own_subjects(verb)  # "fueron arrestados diez jóvenes"
    else:
        found = [c for c in verb.children if c.dep_ == "obj"]  # "detuvo a veinte sospechosos"
    return [t for t in found if t.pos_ in _NOMINAL and "Rel" not in feats(t, "PronType")]
