"""Everyday senses of event words in sports news that name no political event: a play conceded,
a sports play, a league's conference, a side ready for a contest, a team's rally. Each check
has the signature of events_filters' checks; they stay in EVERYDAY_SENSES.

Moved out of events_senses_everyday.py on 2026-12-06 (split40).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, is_agentive, people_noun
from chronicler.annotate.events_phrases import expand, prep_objects
from chronicler.annotate.events_senses import told_score, unnamed_of, verb_doers
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def play_conceded(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Portugal allowed only one shot on goal", "the keeper conceded two goals": a side
    allowing or conceding a shot, a goal or a point is play; "allowed aid convoys in" stays."""
    if rule.type != "CONCEDE" or trigger.pos_ != "VERB":
        return None
    objects = expand(
        [
            c
            for c in trigger.children
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "ccomp" and c.pos_ == "NOUN")
        ]
    )  # (the parser may read "allowed only one shot on goal" as a clause)
    scores = ctx.vocab.words("score_nouns")
    if objects and all(lemma(o) in scores for o in objects):
        return "play conceded, no concession"
    return None


def sports_play(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "hit him in the face with an elbow on a drive", "the two teams clashed in the
    semi-final", "Liverpool beat Chelsea 2-1 in Sunday's clash": a blow dealt in a play of a
    game, teams clashing, or a clash a score is told of is sport, no violence; "police hit
    protesters with batons" and "rebels and soldiers clashed" stay. A verb of beating told
    with a score ("were beaten at home by Boston College, 85-78") is a game won, whatever its
    mode (`score_verbs`, vocabulary 1.275.0)."""
    if rule.type != "ASSAULT":
        return None
    if lemma(trigger) in ctx.vocab.words("score_verbs") and told_score(trigger):
        return "a game won with its score, no violence"
    if rule.mode is not None:
        return None
    plays = ctx.vocab.words("play_nouns")
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "prep")]
    # "on a drive" on the blow, or on its instrument ("with an elbow on a drive")
    objects = [g for h in heads[1:] for g in h.children if g.dep_ == "pobj"]
    ons = [p for h in (trigger, *objects) for p in h.children if p.dep_ == "prep"]
    for on in (p for p in ons if lemma(p) == "on"):
        if any(lemma(g) in plays for g in on.children if g.dep_ == "pobj"):
            return "a blow in a play of a game"
    doers = expand(verb_doers(trigger) or list(actors))
    teams = ctx.vocab.words("team_nouns")
    if unnamed_of(doers, teams, ctx):
        return "teams in a game, no violence"
    if trigger.pos_ == "NOUN" and told_score(trigger):
        return "a game with its score, no violence"
    return None


def league_conference(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the opportunity to play in the new conference", "competes in the Big East
    conference": a conference a team plays in is an athletic league, no meeting; "played a
    key role in the conference" (play with an object) and "met at a conference" stay.
    Vocabulary 1.225.0."""
    if rule.type != "CONSULT" or trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma(trigger) not in ctx.vocab.words("league_nouns"):
        return None
    head = trigger.head
    if trigger.dep_ != "pobj" or lemma(head) != "in":
        return None
    verb = head.head
    if lemma(verb) in ctx.vocab.words("league_play_verbs") and not any(
        c.dep_ == "dobj" for c in verb.children
    ):
        return "an athletic conference played in, no meeting"
    return None


_RIVAL_PREPS = frozenset({"with", "against"})


def ready_for_contest(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The boxer said he was ready for a fight", "Democrats are ready for a fight over the
    budget", "ready for the challenge": readiness for a contest or a fight with no party it
    is against is a boast or a figure of speech, no pledge (`contest_nouns`,
    `readiness_contests`; vocab 1.270.0); "ready for a fight with the army", "ready for
    talks" and "ready to fight the army" stay."""
    if trigger.pos_ != "ADJ" or lemma(trigger) not in ctx.vocab.words("readiness_words"):
        return None
    contests = ctx.vocab.words("contest_nouns") | ctx.vocab.words("readiness_contests")
    found = [p for p in prep_objects(trigger, frozenset({"for"})) if lemma(p) in contests]
    if not found or any(
        is_agentive(r, ctx) or people_noun(r, ctx)
        for p in found
        for r in prep_objects(p, _RIVAL_PREPS)
    ):
        return None
    return "readiness for a contest, no pledge"


def sports_rally(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Luck has rallied his team to victory in the fourth quarter": rallying a team, or to a
    win, is a comeback in a game, no protest; "rallied supporters outside parliament" stays."""
    if rule.type != "PROTEST" or lemma(trigger) != "rally" or trigger.pos_ != "VERB":
        return None
    rallied = [c for c in trigger.children if c.dep_ == "dobj"]
    if any(lemma(r) in ctx.vocab.words("team_nouns") for r in rallied):
        return "a team rallied, no protest"
    wins = ctx.vocab.words("win_nouns")
    if any(lemma(g) in wins for g in prep_objects(trigger, frozenset({"to"}))):
        return "a rally to a win, no protest"
    return None
