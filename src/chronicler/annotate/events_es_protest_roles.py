"""Who a Spanish protest noun's phrases name, where the general noun reading takes a wrong
party: an ideal the act is named for in its "de"-phrase ("la marcha de la dignidad") is no
marcher, and a protest given as the second of two greetings ("fue recibido con abucheos y
protestas") greets the passive's subject as the first does, the greeters named by "por" or
"de" its doers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_args import EsContext, agentive_phrase, lemma_set
from chronicler.annotate.events_es_governors import governing_verb
from chronicler.annotate.events_es_morph import case_of
from chronicler.annotate.events_es_protest import greeted_by

if TYPE_CHECKING:
    from spacy.tokens import Token


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
