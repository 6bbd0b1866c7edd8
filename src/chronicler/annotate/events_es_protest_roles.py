"""Who a Spanish protest noun's phrases name, where the general noun reading takes a wrong
party: an ideal the act is named for in its "de"-phrase ("la marcha de la dignidad") is no
marcher, and a protest given as the second of two greetings ("fue recibido con abucheos y
protestas") greets the passive's subject as the first does, the greeters named by "por" or
"de" its doers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_args import EsContext, agentive_phrase, is_agentive, lemma_set
from chronicler.annotate.events_es_context import RELATIVE_PRONOUNS
from chronicler.annotate.events_es_governors import governing_verb
from chronicler.annotate.events_es_hidden import is_time
from chronicler.annotate.events_es_morph import case_of
from chronicler.annotate.events_es_protest import greeted_by
from chronicler.annotate.events_es_protest_folds import manner_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsRule


def ideal_named(phrase: Token, ctx: EsContext) -> bool:
    """A "de"-phrase naming an ideal a march or strike is named for (`protest_ideal_nouns`:
    "la marcha de la dignidad", "la huelga de la esperanza") with no person or body in it
    ("la marcha de los campesinos" names the marchers)."""
    ideals = ctx.vocab.words("protest_ideal_nouns")
    return bool(lemma_set(phrase, ctx.vocab) & ideals) and not agentive_phrase(phrase, ctx)


def greeting_conjunct(trigger: Token, ctx: EsContext) -> Token | None:
    """The first greeting a protest noun is coordinated with in a passive of greeting ("el
    ministro fue recibido con abucheos y protestas": "abucheos"), which the parser makes the
    verb's oblique and the protest its conjunct; None when there is none."""
    if trigger.dep_ != "conj" or trigger.head.pos_ not in ("NOUN", "PROPN"):
        return None
    first = trigger.head
    verb, link = governing_verb(first)
    if verb is None or not greeted_by(verb, first, link, ctx):
        return None
    return first


def greeted_parties(
    actors: list[Token],
    targets: list[Token],
    greeted: list[Token],
    verb: Token,
    anchor: Token,
    trigger: Token,
    ctx: EsContext,
) -> tuple[list[Token], list[Token]]:
    """The actors and targets of a protest greeting someone in a passive of greeting: those
    named by "por" (the passive's agent, which the parser may hang on the noun: "fueron
    recibidos con protestas por los vecinos") or by the greeting's "de" ("con insultos y
    protestas de los estudiantes", hung on the first greeting) protest, and the passive's
    subject (`greeted`) is whom they protest."""
    near = [c for c in (*anchor.children, *trigger.children) if c.dep_ in ("nmod", "obl")]
    near += [c for c in verb.children if c.dep_ == "obl" and case_of(c) == "por"]
    greeters = [
        c
        for c in near
        if case_of(c) in ("por", "de") and c.i > anchor.i and agentive_phrase(c, ctx)
    ]
    actors = list(dict.fromkeys([*actors, *greeters]))
    targets = [t for t in targets if t not in greeters]
    return actors, targets or [g for g in greeted if g not in actors]


def acted_on_in_protest(anchor: Token, rule: EsRule, ctx: EsContext) -> list[Token]:
    """What a protest noun told as the manner of an act is against, when that act's direct
    object names a party ("interceptaron al carguero 'Encounter Bay' en protesta",
    "bloqueaban tres puntos aduaneros de la frontera con Nicaragua en protesta", "intentarán
    colapsar las comunicaciones de la Presidencia en protesta"): the party acted on. An
    object naming none is no target ("quemaron neumáticos en protesta")."""
    act = manner_verb(anchor, rule, ctx)
    if act is None:
        return []
    acts = [act, *(c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    return [
        o
        for a in acts
        for o in a.children
        if o.dep_ == "obj"
        and o.pos_ in ("NOUN", "PROPN")
        and case_of(o) in (None, "a")  # (not "abogó por la unidad" read as an object)
        and not is_time(o, ctx.vocab)
        and o.i != anchor.i
        and o.i not in ctx.rules
        and o.lower_ not in RELATIVE_PRONOUNS
        and _names_party(o, ctx)
    ]


_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})


def _names_party(phrase: Token, ctx: EsContext) -> bool:
    """A word of the phrase, outside its clauses, names a party: a person, a body, a state or
    a named craft ("al carguero Encounter Bay", "puntos aduaneros de la frontera con
    Nicaragua", "las comunicaciones de la Presidencia")."""
    for token in phrase.subtree:
        path = [token, *(a for a in token.ancestors if a.i != phrase.i)]
        path = path[: next((k for k, a in enumerate(path) if a.head.i == phrase.i), 0) + 1]
        if any(a.dep_ in _CLAUSES for a in path):
            continue
        if token.pos_ in ("NOUN", "PROPN") and is_agentive(token, ctx):
            return True
    return False
