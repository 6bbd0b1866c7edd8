"""Recipients a Spanish act leaves unnamed, read from around it: what a protest is against
or about, told in its purpose or manner ("para protestar contra X", "en reclamo de X"), whom a
demand or complaint is made of ("exigen que el Gobierno derogue la ley"), whom a threat is
against ("amenazó con matar a los rehenes"), whose life an act is against, and a "por"-phrase
that names the way taken rather than a party. Used by the verb and noun argument modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_args import (
    OBLIQUE_DEPS,
    RELATIVE_PRONOUNS,
    EsContext,
    agentive_phrase,
    entity_at,
)
from chronicler.annotate.events_es_hidden import (
    is_time,
    obliques,
)
from chronicler.annotate.events_es_morph import case_fixed, case_of, feats, is_se
from chronicler.annotate.events_es_subjects import lemma_set, opened_by_para, own_subjects
from chronicler.annotate.events_es_vocab import EsRule

if TYPE_CHECKING:
    from spacy.tokens import Token


def owner(target: Token, ctx: EsContext) -> list[Token]:
    """Who an act against a life is against: "contra la vida del gobernador" is against the
    governor; "contra su vida" leaves it to the clause ("recibió amenazas contra su vida":
    the one who received them)."""
    if not lemma_set(target, ctx.vocab) & ctx.vocab.words("life_nouns"):
        return [target]
    return [c for c in target.children if c.dep_ == "nmod" and case_of(c) == "de"]


def demanded_of(trigger: Token, ctx: EsContext, holders: bool = True) -> list[Token]:
    """Whom a demand (or a complaint) that names no addressee is made of: who must act or
    is blamed ("exigen que el Gobierno derogue la ley", "denunciaron que el gobierno se
    prepara para reprimir", "saquearon comercios, acusó la policía"), or, for a demand,
    whose act it asks for ("exigir la renuncia del gobernador"; a complaint's "la detención
    de X" names a victim, not the accused)."""
    for clause in trigger.children:
        # (or a clause told first, with no "que": "Los manifestantes saquearon comercios,
        # acusó la policía": the protesters; 1.154.0)
        if clause.dep_ == "ccomp" and (
            any(c.lower_ == "que" for c in clause.children) or clause.i < trigger.i
        ):
            found = [s for s in own_subjects(clause) if s.lower_ not in RELATIVE_PRONOUNS]
            if _passive_clause(clause):
                # "solicitar que se retiren los cargos contra X", "exigen que la ley sea
                # derogada": what is to be done is no one asked
                found = [s for s in found if agentive_phrase(s, ctx)]
            if found:
                return found
    for obj in (c for c in trigger.children if c.dep_ == "obj" and holders):
        of = [c for c in obj.children if c.dep_ == "nmod" and case_of(c) == "de"]
        found = [h for h in of if agentive_phrase(h, ctx)]
        if found:
            return found
    return []


# Prepositions naming whom the act of a clause is made before or to: "marcharon frente al
# ministerio", "se plantaron ante el gobernador", "escribieron al presidente".
_FACED = frozenset({"a", "ante", "frente", "hacia"})


def dative_addressee(trigger: Token, ctx: EsContext) -> list[Token]:
    """Whom a gerund's glued dative stands for: the party the verb it qualifies is made to or
    before, agreeing in number ("marcharon frente al ministerio, exigiéndole la liberación de
    los presos": the ministry is asked; "les" a plural one)."""
    verb = trigger.head
    if trigger.dep_ != "advcl" or "Ger" not in feats(trigger, "VerbForm") or verb.i == trigger.i:
        return []
    number = set(feats(trigger, "Number"))
    return [
        c
        for c in verb.children
        if c.dep_ in ("obj", "iobj", "obl")
        and c.i < trigger.i
        and case_of(c) in _FACED
        and set(feats(c, "Number") or number) & number
        and not is_time(c, ctx.vocab)
        and agentive_phrase(c, ctx)
    ][:1]


def _passive_clause(clause: Token) -> bool:
    """A clause in the passive, with "se" or with "ser" and a participle ("que se retiren
    los cargos", "que la ley sea derogada"): its subject undergoes the act."""
    return any(c.dep_ == "aux:pass" for c in clause.children) or any(
        is_se(c) for c in clause.children
    )


def threatened(trigger: Token, ctx: EsContext) -> list[Token]:
    """Whom a threat is against, named in the threatened act: "amenazó con matar a los
    rehenes", "amenazó con tomar medidas contra Venezuela"."""
    for act in trigger.children:
        if act.pos_ != "VERB" or act.dep_ not in ("xcomp", "advcl", "ccomp", "obl"):
            continue
        people = [
            c for c in act.children
            if c.dep_ in ("obj", "iobj") and case_of(c) == "a" and agentive_phrase(c, ctx)
        ]  # fmt: skip
        against = [t for h in (act, *act.children) for t in obliques(h, frozenset({"contra"}))]
        if people or against:
            return people or against
    return []


def purpose_targets(anchors: list[Token], ctx: EsContext) -> list[Token]:
    """What a protest is against or about, told in its purpose ("para protestar contra X",
    "para rechazar X", "exigiendo X") or its manner ("en protesta por X", "en reclamo de X")."""
    fixed_topics = ctx.vocab.words("topic_prepositions")
    for anchor in anchors:
        for clause, shared in _clauses(anchor, ctx):
            fixed = case_fixed(clause) if clause.dep_ in OBLIQUE_DEPS else []
            if any(f.lemma_.lower() in fixed_topics for f in fixed):
                return [clause]  # "en reclamo del pago", read by the parser as one preposition
            if _cause_clause(clause, ctx):
                # "en protesta porque el gobierno no ha anulado...": who is blamed
                return [s for s in own_subjects(clause) if agentive_phrase(s, ctx)]
            rule = ctx.rules.get(clause.i)
            if rule is None or rule.type not in _TOPIC_TYPES:
                continue
            if not (shared or _purpose(clause, ctx)):
                continue
            found = [t for t in _topic(clause, rule) if not is_time(t, ctx.vocab)]
            if found:
                return found
    return []


def _clauses(anchor: Token, ctx: EsContext) -> list[tuple[Token, bool]]:
    """The phrases and clauses hung on a protest, each with whether it is a second verb
    sharing the purpose of a purpose clause before it ("una marcha para respaldar la decisión
    británica y rechazar la postura del gobierno": the rejection is its purpose too)."""
    out = [(c, False) for c in anchor.children]
    out += [
        (v, True)
        for c in anchor.children
        if c.dep_ in ("advcl", "acl") and _purpose(c, ctx)
        for v in c.children
        if v.dep_ == "conj" and v.pos_ == "VERB" and not any(m.dep_ == "mark" for m in v.children)
    ]
    return out


def _cause_clause(clause: Token, ctx: EsContext) -> bool:
    """A "porque" clause whose own subject names an actor."""
    return (
        clause.dep_ in ("advcl", "ccomp", "acl")
        and any(c.dep_ == "mark" and c.lower_ == "porque" for c in clause.children)
        and any(agentive_phrase(s, ctx) for s in own_subjects(clause))
    )


def _purpose(clause: Token, ctx: EsContext) -> bool:
    if clause.dep_ in ("obl", "nmod"):  # "en protesta por", "como protesta"
        return case_of(clause) in ctx.vocab.words("manner_preps")
    return (
        clause.dep_ in ("advcl", "acl")
        and clause.pos_ == "VERB"
        and (opened_by_para(clause) or "Ger" in feats(clause, "VerbForm"))
    )


# A protest's purpose or manner of these types tells what it is about.
_TOPIC_TYPES = frozenset({"PROTEST", "REQUEST", "REJECT", "ACCUSE"})


def _topic(clause: Token, rule: EsRule) -> list[Token]:
    if rule.type == "PROTEST":  # (and its object: "para protestar la aprobación de la ley")
        objects = [c for c in clause.children if c.dep_ == "obj"] if rule.thing_object else []
        return obliques(clause, rule.target_preps) + objects
    if clause.pos_ == "NOUN":  # "en reclamo del pago", "en rechazo a la reforma"
        return [c for c in clause.children if c.dep_ == "nmod" and case_of(c) in ("de", "a")]
    objects = [c for c in clause.children if c.dep_ == "obj"]  # "exigiendo el pago"
    # "para exigir que el gobierno derogue la ley": who must act
    told = [s for c in clause.children if c.dep_ == "ccomp" and _que(c) for s in own_subjects(c)]
    return objects or [s for s in told if s.lower_ not in RELATIVE_PRONOUNS]


def _que(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "que" for c in clause.children)


def is_route(head: Token, ctx: EsContext) -> bool:
    """A "por"-phrase naming a place is the way taken, not an agent nor a grievance: a
    place held in (`places`), a street or road (`street_nouns`: "marcharon por las calles
    de la capital"), or a place's name."""
    places = lemma_set(head, ctx.vocab) & (
        ctx.vocab.words("places") | ctx.vocab.words("street_nouns")
    )
    return bool(places) or entity_at(head, ctx) in ("LOC", "FAC")
