"""Harm told of road traffic, which names no attack: a pedestrian "struck by a pickup truck",
"the driver hit a cyclist", "killed when she was struck by his car", "a hit-and-run that
killed a woman", and in an article telling a hit-and-run crash, "was hit while walking" with
no one named. A vehicle that strikes someone in a crash does no violence between parties
(as a hunting accident, events_accidents_games); what the courts make of it, the arrest and
the charges, stays. A vehicle driven into people on purpose does ("rammed into the crowd",
"a truck attack"), and so does a force's vehicle ("an army truck hit a protester"). Each
check has the signature of events_filters' checks (vocabulary 1.364.0)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_doer_words import is_passive
from chronicler.annotate.events_senses import RELATIVE_PRONOUNS, verb_doers
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# the roles whose vehicles are a force's: their blows are no traffic accident
_FORCE_ROLES = ("police", "military", "rebels")


def traffic_collision(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "A woman was struck by a pickup truck", "the driver hit a cyclist", "was killed when
    she was struck by his van", "a hit and run that killed a cyclist", "hit-and-run accident":
    a road crash, no assault, unless the sentence tells it done on purpose."""
    if rule.type != "ASSAULT":
        return None
    if hit_and_run_at(trigger, ctx) is not None:
        return "the name of a hit-and-run, no act of its own"
    if _reckless_mowing(trigger, actors, ctx):
        return "a road collision told as mowing down, no attack"
    if _deliberate(trigger.sent, ctx):
        return None
    if _collision(trigger, ctx):
        return "a road collision, no attack"
    if _vehicles_struck_by_driver(trigger, actors, ctx):
        return "a road collision, no attack"
    if _pronoun_collision(trigger, ctx):
        return "a road collision told of a pronoun in a road crash's article, no attack"
    if lemma(trigger) in ctx.vocab.words("collision_verbs"):
        return None  # a collision verb with no vehicle named: the article may tell (below)
    # the harm a collision did, told as its conjunct: "he struck and killed a woman"
    head = trigger.head
    if trigger.dep_ == "conj" and (_collision(head, ctx) or _pronoun_collision(head, ctx)):
        return "harm of a road collision, no attack"
    # the harm a collision did: "was killed when she was struck by his car", "a hit and run
    # that killed a cyclist", "the hit-and-run driver who killed a teacher"
    if any(c.dep_ == "advcl" and _collision(c, ctx) for c in trigger.children):
        return "harm of a road collision, no attack"
    # "was killed in a hit and run on Route 9"
    if any(
        _in_hit_and_run(g, ctx)
        for c in trigger.children
        if c.dep_ == "prep" and lemma(c) in ("in", "during", "by")
        for g in c.children
        if g.dep_ == "pobj"
    ):
        return "harm of a road collision, no attack"
    if any(_crash_doer(d, ctx) for d in _doers(trigger, actors)) and not _deliberate(
        trigger.doc, ctx
    ):
        return "harm of a road collision, no attack"
    return None


def unnamed_road_victim(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "was hit while walking along parked cars" with no one named who hit, in an article
    telling a hit-and-run crash: the pedestrian struck by the car."""
    if rule.type != "ASSAULT" or actors or lemma(trigger) not in ctx.vocab.words("collision_verbs"):
        return None
    if not is_passive(trigger) or any(c.dep_ == "agent" for c in trigger.children):
        return None
    if _deliberate(trigger.sent, ctx) or not _tells_road_crash(trigger.doc, ctx):
        return None
    return "a road collision told with no one named, no attack"


def hit_and_run_at(tok: Token, ctx: Context) -> Token | None:
    """The "run" of "hit and run" / "hit-and-run" when `tok` is its "hit" and the phrase
    names a road crash: not a raider's tactic, "hit-and-run attacks"
    (`raid_nouns_after_hit_and_run`)."""
    if tok.lower_ != "hit":
        return None
    words = [t for t in tok.doc[tok.i + 1 : tok.i + 6] if t.text not in ("-", "–")]
    if len(words) < 2 or words[0].lower_ != "and" or words[1].lower_ != "run":
        return None
    run = words[1]
    after = next((t for t in tok.doc[run.i + 1 : run.i + 3] if t.text not in ("-", "–")), None)
    if after is not None and lemma(after) in ctx.vocab.words("raid_nouns_after_hit_and_run"):
        return None
    return run


def _in_hit_and_run(tok: Token, ctx: Context) -> bool:
    """`tok` is the "hit" or the "run" of a road crash's "hit and run" (the parser may make
    either the head: "a hit and run that killed a cyclist")."""
    if hit_and_run_at(tok, ctx) is not None:
        return True
    return tok.lower_ == "run" and any(
        getattr(hit_and_run_at(t, ctx), "i", None) == tok.i
        for t in tok.doc[max(0, tok.i - 4) : tok.i]
    )


def _tells_road_crash(doc: Doc, ctx: Context) -> bool:
    """The article names a hit-and-run crash, or a vehicle striking someone."""
    verbs = ctx.vocab.words("collision_verbs")
    return any(
        hit_and_run_at(t, ctx) is not None or (lemma(t) in verbs and _collision(t, ctx))
        for t in doc
    )


def _collision(verb: Token, ctx: Context) -> bool:
    """ "struck by a pickup truck", "the driver hit a cyclist", "struck twice by his car": a
    collision verb whose doer is a vehicle or its driver; or whose object is one on the road
    ("striking a pedestrian", `road_victims`), or that is done with a vehicle ("struck her
    with his Toyota Camry"; vocabulary 1.388.0)."""
    if lemma(verb) not in ctx.vocab.words("collision_verbs"):
        return False
    if any(
        _vehicle(d, ctx) or lemma(d) in ctx.vocab.words("road_users")
        for d in _collision_doers(verb)
    ):
        return True
    victims = ctx.vocab.words("road_victims")
    if any(c.dep_ in ("dobj", "nsubjpass") and lemma(c) in victims for c in verb.children):
        return True
    return any(
        _vehicle(g, ctx)
        for c in verb.children
        if c.dep_ == "prep" and lemma(c) == "with"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _pronoun_collision(verb: Token, ctx: Context) -> bool:
    """ "A driver was charged after police say he struck a woman": a collision verb whose doer
    is a personal pronoun, in a sentence that names a driver and an article that tells a road
    crash (a vehicle striking someone or a hit-and-run) and no vehicle used as a weapon
    (vocabulary 1.388.0)."""
    if lemma(verb) not in ctx.vocab.words("collision_verbs"):
        return False
    if not any(lemma(t) in ctx.vocab.words("road_users") for t in verb.sent):
        return False
    doers = _collision_doers(verb)
    if not doers or any(d.pos_ != "PRON" or lemma(d) in RELATIVE_PRONOUNS for d in doers):
        return False
    return _tells_road_crash(verb.doc, ctx) and not _deliberate(verb.doc, ctx)


def _reckless_mowing(trigger: Token, actors: Sequence[Token], ctx: Context) -> bool:
    """ "was mowed down by a drunken hit-and-run driver": a verb of ramming (`ramming_words`,
    "mow") whose doer is a driver told reckless or in a hit-and-run, with no other word of a
    weapon used in its sentence; a vehicle alone mowing people down stays an attack ("a truck
    mowed down dozens of people"; vocabulary 1.388.0)."""
    marks = ctx.vocab.words("ramming_words")
    if lemma(trigger) not in marks:
        return False
    if any(lemma(t) in marks or t.lower_ in marks for t in trigger.sent if t.i != trigger.i):
        return False
    return any(
        lemma(d) in ctx.vocab.words("road_users") and _crash_doer(d, ctx)
        for d in _doers(trigger, actors)
    )


def _vehicles_struck_by_driver(trigger: Token, actors: Sequence[Token], ctx: Context) -> bool:
    """ "after he had struck two other vehicles while fleeing", "the driver hit a parked car": a
    collision verb whose object is a road vehicle, done by a vehicle or a driver, or by anyone
    where the sentence names a driver (the "he" of "pulled over the driver ... after he had
    struck"); "Gunmen struck a bus carrying pilgrims" stays an attack (vocabulary 1.379.0)."""
    if lemma(trigger) not in ctx.vocab.words("collision_verbs"):
        return False
    if not any(c.dep_ == "dobj" and _vehicle(c, ctx) for c in trigger.children):
        return False
    users = ctx.vocab.words("road_users")
    doers = list(_doers(trigger, actors))
    if any(_vehicle(d, ctx) or lemma(d) in users for d in doers):
        return True
    pronoun_doers = bool(doers) and all(d.tag_ == "PRP" for d in verb_doers(trigger))
    return pronoun_doers and any(lemma(t) in users for t in trigger.sent)


def _collision_doers(verb: Token) -> list[Token]:
    """The verb's subject or agent, and for a passive with no agent of its own the agent of
    the passive it is coordinated with ("was hit and killed by a drunk driver": the parser
    hangs the "by"-phrase on "killed"; vocabulary 1.370.0); a relative pronoun stands for the
    noun its clause is on ("the driver of the car that hit her": the car; vocabulary 1.381.0)."""
    doers = [
        verb.head if verb.dep_ == "relcl" and lemma(d) in RELATIVE_PRONOUNS else d
        for d in verb_doers(verb)
    ]
    if doers or not is_passive(verb):
        return doers
    return [d for c in verb.children if c.dep_ == "conj" for d in verb_doers(c)]


def _crash_doer(doer: Token, ctx: Context) -> bool:
    """A doer that is a crash: "a hit and run" itself, a vehicle ("killed by a truck"), or
    "the hit-and-run driver", "a drunk driver" (a driver told by how he drove); whose
    article tells no attack (the vehicle that "killed 86 people" in a truck attack)."""
    if _in_hit_and_run(doer, ctx) or _vehicle(doer, ctx):
        return True
    if lemma(doer) not in ctx.vocab.words("road_users"):
        return False
    left = doer.doc[doer.left_edge.i : doer.i]
    return any(
        hit_and_run_at(t, ctx) is not None or lemma(t) in ctx.vocab.words("reckless_driving")
        for t in left
    )


def _doers(trigger: Token, actors: Sequence[Token]) -> Iterator[Token]:
    """Who did the harm: the actors, the verb's subject or agent, and for a relative clause
    opened by its pronoun the noun it is on ("a hit and run that killed a woman")."""
    yield from actors
    for doer in verb_doers(trigger):
        if lemma(doer) in RELATIVE_PRONOUNS and trigger.dep_ == "relcl":
            yield trigger.head
        else:
            yield doer


def _vehicle(tok: Token, ctx: Context) -> bool:
    """A road vehicle by its noun or make ("a pickup truck", "his car", "a grey Toyota
    Camry"), not a force's ("a police car", "an army truck"); also where the parser made the
    model year the head and the car its apposition ("a gray 2013 Toyota Camry": "2013")."""
    if tok.like_num:
        return any(c.dep_ in ("appos", "compound") and _vehicle(c, ctx) for c in tok.children)
    nouns, makes = ctx.vocab.words("vehicle_nouns"), ctx.vocab.words("vehicle_makes")
    # (a colour the parser made the head, the vehicle its apposition: "a silver Toyota Camry")
    named = [c for c in tok.children if c.dep_ == "appos" and tok.tag_ == "NN"]
    if any(_vehicle(c, ctx) for c in named):
        return True
    modifiers = {lemma(c) for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    # (the head, so that "a car bomb" is a bomb; a make before a model's name, "Toyota Camry")
    if not (lemma(tok) in nouns | makes or (tok.pos_ == "PROPN" and modifiers & makes)):
        return False
    return not modifiers & ctx.vocab.role_words(_FORCE_ROLES)


def _deliberate(text: Span | Doc, ctx: Context) -> bool:
    """The sentence (or article) tells a vehicle used as a weapon ("rammed into the crowd",
    "deliberately drove at", "a truck attack")."""
    marks = ctx.vocab.words("ramming_words")
    return any(lemma(t) in marks or t.lower_ in marks for t in text)


TRAFFIC_SENSES = (traffic_collision, unnamed_road_victim)
