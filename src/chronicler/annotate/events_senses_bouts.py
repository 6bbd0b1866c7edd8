"""Senses of blows and injuries in games and bouts that name no political event: an injury in a
game, one's own injury, a bout stopped, a boxing bout (by its rounds, a title won or a career
fight). Each check has the signature of events_filters' checks; they stay in HARM_SENSES.

Moved out of events_senses_harm.py on 2026-12-06 (split40).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at
from chronicler.annotate.events_commerce import leisure_article
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_things import is_thing
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def game_injury(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "his knee was injured in the Saints' Thursday night loss to Chicago", "the striker was
    hurt in Saturday's match", "injured during practice": harm with no one dealing it, told as
    suffered in a game, a training or a season, is a sports injury, no violence; "soldiers
    were injured in the attack", "protesters were hurt in clashes with police" stay.
    Version 1.179.0."""
    if rule.type != "ASSAULT" or trigger.pos_ != "VERB" or actors:
        return None
    if any(c.dep_ == "agent" for c in trigger.children):
        return None
    games = ctx.vocab.words("game_nouns")
    settings = [c for c in trigger.children if c.dep_ == "prep" and lemma(c) in _GAME_PREPS]
    for prep in settings:
        if any(lemma(g) in games for g in prep.children if g.dep_ == "pobj"):
            return "an injury in a game, no violence"
    return None


_GAME_PREPS = frozenset({"in", "during", "at"})
_OWN_WORDS = frozenset({"his", "her", "their", "my", "your", "our", "its"})
_SELF_WORDS = frozenset(
    {"himself", "herself", "themselves", "myself", "yourself", "ourselves", "itself"}
)


def own_injury(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Smith injured his knee in the second half", "the striker injured himself in
    training", "He injured it against the Panthers" (a part of the body told before, in
    sports news): a person's injury to their own body, no blow dealt to anyone (vocabulary
    1.338.3); "the gunman injured three people", "injured the guard's arm" stay."""
    if rule.type != "ASSAULT" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("self_injury_verbs"):
        return None
    hurt = [c for c in trigger.children if c.dep_ == "dobj"]
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if len(hurt) != 1 or len(subjects) != 1 or subjects[0].pos_ not in ("PRON", "PROPN", "NOUN"):
        return None
    if subjects[0].pos_ == "NOUN" and is_thing(subjects[0], ctx):
        return None  # "the blast injured his leg": a thing dealt it
    part = hurt[0]
    if part.lower_ in _SELF_WORDS:
        return "an injury to one's own body, no violence"
    if lemma(part) in ctx.vocab.words("body_parts") and any(
        c.dep_ == "poss" and c.lower_ in _OWN_WORDS for c in part.children
    ):
        return "an injury to one's own body, no violence"
    if part.lower_ == "it" and leisure_article(trigger.doc, ctx.vocab):
        return "an injury to one's own body in sports news, no violence"
    return None


def bout_stoppage(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "retained his titles with a seventh-round stoppage of Rahman", "won by stoppage in the
    fifth round": a stoppage of a fighter or in a round is a bout stopped by the referee, no
    strike; "a work stoppage", "a stoppage of work at the port" stay."""
    if rule.type != "PROTEST" or lemma(trigger) != "stoppage":
        return None
    rounds = [t for t in trigger.subtree if lemma(t) == "round"]
    stopped = prep_objects(trigger, frozenset({"of"}))
    fighter = any(entity_at(g, ctx) == "PERSON" for g in stopped)
    if rounds or fighter:
        return "a bout stopped, no strike"
    return None


def _ordinal_round(tok: Token) -> bool:
    """ "the seventh round", "in the 11th rounds": a numbered round of a bout, not "a round of
    talks" (an "of" phrase)."""
    if lemma(tok) != "round" or any(c.dep_ == "prep" and lemma(c) == "of" for c in tok.children):
        return False
    return any(
        c.dep_ in ("amod", "compound", "nummod") and c.ent_type_ == "ORDINAL" for c in tok.children
    )


def boxing_bout(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Klitschko had beaten Thompson, knocking him out in the 11th round", "the referee
    stepped in to stop the fight": a blow or a fight told with a referee, a weight class or a
    numbered round is a boxing or fighting bout, no violence between parties; "soldiers beat
    the protesters" stays."""
    if rule.type != "ASSAULT":
        return None
    bout = ctx.vocab.words("bout_words")
    if any(
        lemma(t) in bout or _ordinal_round(t) or _title_fight(t, ctx) or _title_won(t, ctx)
        for t in trigger.sent
    ):
        return "a bout in a ring, no violence"
    if _career_fight(trigger):
        return "a fight counted in a fighter's career, a bout"
    return None


def _title_won(tok: Token, ctx: Context) -> bool:
    """ "the fighter that floored Lewis to win the title", "defended his crown": a title, a
    belt or a crown won, defended or lost in the sentence is a sport's (vocabulary 1.352.0)."""
    return (
        lemma(tok) in ctx.vocab.words("won_stakes")
        and tok.dep_ == "dobj"
        and lemma(tok.head) in ctx.vocab.words("stakes_verbs")
    )


def _career_fight(trigger: Token) -> bool:
    """ "won his 16th straight fight", "the third fight in a decade for the 41-year-old
    American": a fight numbered by an ordinal and told of one fighter (a personal possessive,
    or a "for" phrase naming one) is one of a boxer's bouts; "the third clash between rebels
    and troops" is none (vocabulary 1.352.0)."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ("fight", "bout"):
        return False
    if not any(c.ent_type_ == "ORDINAL" for c in trigger.children if c.dep_ in ("amod", "nummod")):
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in trigger.children):
        return True
    fors = [
        g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
    ]
    return any(g.dep_ == "pobj" and g.tag_ in ("NN", "NNP") for g in fors)


def _title_fight(tok: Token, ctx: Context) -> bool:
    """ "their title fight", "a world title fight": a fight for a title is a bout (vocabulary
    1.338.4)."""
    return lemma(tok) in ("fight", "bout") and any(
        c.dep_ in ("compound", "amod") and lemma(c) in ctx.vocab.words("bout_stakes")
        for c in tok.children
    )
