"""Who meets whom around a meeting noun, for the argument readers of events_args: the sides of a
"between"-phrase (on the noun or hung on its verb), the subject of a clause a meeting or a
two-way fight is the occasion of, and the subject of a clause working for a meeting.

Moved out of events_arg_cues.py on 2026-12-06 (split40).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, agentive_phrase, can_act
from chronicler.annotate.events_match import VERB_POS
from chronicler.annotate.events_phrases import expand, prep_objects
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_unseen import reads_as
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def _two_way_nouns(ctx: Context) -> frozenset[str]:
    """Words of acts both sides of a "between"-phrase do with each other: meetings, and truces
    ("a ceasefire between X and Y", `mutual_truces`; vocabulary 1.380.3)."""
    return ctx.vocab.words("mutual_meetings") | ctx.vocab.words("mutual_truces")


def sides_on_verb(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The sides of a meeting noun the parser left out of its "between"-phrase, hung on the
    verb the noun is the subject of ("Talks resumed between Norland and Vesta on Monday"):
    two or more parties that can act; else none. An unseen noun reads as the rule it took
    (events_unseen.reads_as)."""
    meeting = reads_as(trigger, rule, _two_way_nouns(ctx))
    if trigger.pos_ != "NOUN" or not meeting:
        return []
    if trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.head.pos_ not in VERB_POS:
        return []
    sides = expand(prep_objects(trigger.head, frozenset({"between"})))
    if len(sides) < 2 or not all(agentive_phrase(s, ctx) for s in sides):
        return []
    return sides


def other_side_on_verb(
    trigger: Token, rule: Rule, targets: list[Token], ctx: Context
) -> list[Token]:
    """The other side of a truce or a meeting noun its verb carries the "with"-phrase of, the
    parser hanging it on the verb ("The rebels signed a truce with the army", "held talks with
    the rebels"): the parties that can act in it, when the noun has no target of its own and
    no "with" of its own (roles 1.159.0)."""
    if targets or trigger.pos_ != "NOUN" or not reads_as(trigger, rule, _two_way_nouns(ctx)):
        return []
    if trigger.dep_ != "dobj" or trigger.head.pos_ not in VERB_POS:
        return []
    if prep_objects(trigger, frozenset({"with"})):
        return []
    return [o for o in prep_objects(trigger.head, frozenset({"with"})) if agentive_phrase(o, ctx)]


def between_sides(trigger: Token, rule: Rule, targets: list[Token], ctx: Context) -> bool:
    """A meeting or truce noun's parties named only together in its "between"-phrase ("talks
    between the club and the player's agents", "a ceasefire between X and Y"): each side
    meets the other or keeps it with the other (`mutual_meetings`, `mutual_truces`, read
    through events_unseen.reads_as for an unseen noun)."""
    meeting = reads_as(trigger, rule, _two_way_nouns(ctx))
    if trigger.pos_ != "NOUN" or not meeting:
        return False
    between = {p.i for p in expand(prep_objects(trigger, frozenset({"between"})))}
    if trigger.dep_ in ("nsubj", "nsubjpass"):  # the phrase hung on its verb (sides_on_verb)
        between |= {p.i for p in expand(prep_objects(trigger.head, frozenset({"between"})))}
    if len(between) == 1 and not _sides_in_modifiers(trigger.doc[next(iter(between))]):
        return False
    return bool(between) and bool(targets) and all(t.i in between for t in targets)


def _sides_in_modifiers(party: Token) -> bool:
    """One noun whose modifiers name both sides ("talks between Afghan and British officials
    in Kabul", "between Israeli and Palestinian negotiators"): the sides are there together,
    met one another (roles 1.174.0)."""
    return any(
        c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children)
        for c in party.children
    )


def meeting_host(trigger: Token, rule: Rule, targets: list[Token], ctx: Context) -> list[Token]:
    """Who met, when a meeting noun with its other party named is the time or occasion of a
    clause ("announced the deal during a meeting with X", "at talks with X, the minister
    said"), or a visit noun with the place or body visited named ("During a visit to the
    Justice Ministry, the president said"; `visit_nouns`): the clause's subject took part
    (`occasion_preps`). So with a two-way fight set before or around the clause
    ("recaptured the town after heavy fighting with rebels": `mutual_nouns`,
    `fight_occasion_preps`): the subject fought the side named; not one harmed in it ("Nine
    people died in clashes with police", "were wounded after clashes": `casualty_verbs`;
    roles 1.131.0). A stage of the talks may stand between ("have not ruled out strikes
    following a breakdown in negotiations with management": the subject negotiated)."""
    fight = rule.type == "ASSAULT" and lemma(trigger) in ctx.vocab.words("mutual_nouns")
    if not (rule.type == "CONSULT" or fight) or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return []
    occasion = _talks_state(trigger, ctx) if rule.type == "CONSULT" else None
    occasion = occasion if occasion is not None else trigger
    preps = ctx.vocab.words("fight_occasion_preps" if fight else "occasion_preps")
    if occasion.dep_ != "pobj" or not targets:
        return []
    if lemma(occasion.head) not in preps and occasion.head.lower_ not in preps:
        return []  # ("following" as the tagger's VBG has the lemma "follow")
    if fight and lemma(occasion.head.head) in ctx.vocab.words("casualty_verbs"):
        return []
    visited = lemma(trigger) in ctx.vocab.words("visit_nouns") and prep_objects(
        trigger, frozenset({"to"})
    )  # "During a visit to the Interior Department, Obama said": Obama (roles 1.60.0)
    if not prep_objects(trigger, frozenset({"with"})) and not visited:
        return []
    verb = occasion.head.head
    if verb.pos_ not in VERB_POS and occasion is not trigger and verb.dep_ == "dobj":
        verb = verb.head  # "ruled out strikes following a breakdown in talks": on the object
    if verb.pos_ not in VERB_POS:
        return []
    subj = subjects(verb)
    return [h for h in subj.active if can_act(h, ctx) and h not in targets]


def _talks_state(talks: Token, ctx: Context) -> Token | None:
    """The noun of a stage of the talks the meeting noun is the "in"/"of" object of ("after a
    breakdown in negotiations with X", "following the collapse of talks with X":
    `talks_stage_nouns`; roles 1.199.3), the occasion in its place; None otherwise."""
    prep = talks.head
    if prep.dep_ != "prep" or lemma(prep) not in ("in", "of"):
        return None
    stage = prep.head
    if stage.pos_ != "NOUN" or lemma(stage) not in ctx.vocab.words("talks_stage_nouns"):
        return None
    return stage


def meeting_sought(trigger: Token, rule: Rule, targets: list[Token], ctx: Context) -> list[Token]:
    """Who is to meet, when a meeting noun with its other party named "with" is what a clause
    works for: the "for" object of its verb, or of the verb's direct object ("The minister
    pushed for talks with the rebels", "Felt set up a system of signals for meetings with
    Woodward", "made plans for a meeting with the opposition leader": the minister, Felt,
    the one who made them; `meeting_purpose_preps`; roles 1.128.1). Not over a verb with an
    object of its own beside the phrase ("arrested him for meetings with the rebels")."""
    if rule.type != "CONSULT" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or not targets:
        return []
    if lemma(trigger.head) not in ctx.vocab.words("meeting_purpose_preps"):
        return []
    if not prep_objects(trigger, frozenset({"with"})):
        return []
    verb = trigger.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "set up a system for meetings with X"
        verb = verb.head
    elif any(c.dep_ == "dobj" for c in verb.children):
        return []
    if verb.pos_ not in VERB_POS:
        return []
    return [h for h in subjects(verb).active if can_act(h, ctx) and h not in targets]


def truce_sought(trigger: Token, rule: Rule, targets: list[Token], ctx: Context) -> list[Token]:
    """Who is to keep a truce with the side its "with" names, when the truce is the object of
    a verb of asking, offering or making it ("Bosnian Serbs demanded a truce with Moslem
    forces", "the rebels offered a ceasefire with the army": the Serbs, the rebels, the other
    side; `mutual_truces`), not of one who brokers it for others (mode `mediate`; roles
    1.155.4)."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("mutual_truces"):
        return []
    others = prep_objects(trigger, frozenset({"with"}))
    if not any(agentive_phrase(o, ctx) for o in others):
        return []
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.pos_ not in VERB_POS:
        return []
    own = ctx.rules.get(verb.i)
    if own is not None and own.mode == "mediate":
        return []
    return [h for h in subjects(verb).active if can_act(h, ctx) and h not in targets]
