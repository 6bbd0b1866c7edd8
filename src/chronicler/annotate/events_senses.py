"""Senses of event words that name no event on ordinary news pages (vocabulary 1.124.0).

"hold" keeps someone in custody only when who is held is a person: "a festival will be
held", "the rebels held the town" hold no one. A "hearing" is an inquiry only when it looks
into something or is an impeachment's; a committee's hearing on a programme, or a court's on
a case, investigates no one. A plain "warn" threatens only when the warning names an act
the warner's side would do to someone, or deters a state or body: "he warned that the
economy could slow", "warned residents to stay away" threaten no one. A fight "for" voters
or support is a contest to win them over, not violence.

Vocabulary 1.131.0 adds senses found on real pages: a blow dealt by a market force or to an
amount is a loss or a cut; talk on a topic by one speaker meets no one; agreeing that
something is so shares a view; asking for an example is a question; a rally only where a
speaker spoke is no protest; giving up a contract surrenders nothing; "hard to resist" tells
what a thing is like.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at, is_agentive, people_noun
from chronicler.annotate.events_addressed import inside_quotation
from chronicler.annotate.events_match import (
    match_rule,
    near_words,
    object_of,
    to_infinitive,
)
from chronicler.annotate.events_phrases import expand, prep_objects
from chronicler.annotate.events_pronouns import PERSONAL, PLURAL_PRONOUNS
from chronicler.annotate.events_things import is_thing, through_of
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Labels of a name that may be held as a person or a group of people: not a place, an event
# or a work (the tagger often reads a person's name it saw once as an organisation's).
_PEOPLE_LABELS = frozenset({"PERSON", "NORP", "ORG"})
# A warning told in the past announces its future act with "would" ("warned that it would
# respond"), which the modality table reads as hypothetical; its future_aux list holds the rest.
_REPORTED_FUTURE = "would"
_RELATIVES = frozenset({"which", "that", "who", "whom"})
_IS = frozenset({"'s", "’s"})


def unnamed_of(doers: Sequence[Token], words: frozenset[str], ctx: Context) -> bool:
    """Every doer is a common noun of `words` that names no entity ("the wildfire", "the
    controller", "the Tigers" untagged): a thing or a team, no party."""
    return bool(doers) and all(lemma(d) in words and entity_at(d, ctx) is None for d in doers)


def _held(verb: Token) -> list[Token]:
    """Who a verb of holding holds: its object or passive subject; in a relative clause or a
    participle on a noun, that noun ("a festival which will be held", "the man held by")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl") and all(lemma(o) in _RELATIVES for o in objects):
        return [verb.head]
    return objects


def _a_person(head: Token, ctx: Context) -> bool:
    """A person or people: a name of a person, a people or a body ("Palestinians"), a personal
    pronoun, or a common noun for people or a role ("the activist", "two soldiers")."""
    label = entity_at(head, ctx)
    if label is not None:
        return label in _PEOPLE_LABELS
    if head.pos_ == "PRON":
        return head.lower_ in PERSONAL | PLURAL_PRONOUNS | {"us", "me", "we", "i", "who", "whom"}
    if head.pos_ == "NUM":  # "held 20 of them", "held two"
        return True
    return head.pos_ == "NOUN" and (people_noun(head, ctx) or is_agentive(head, ctx))


def held_no_person(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a festival which will be held", "the rebels held the town", "held the title": a verb
    of holding keeps in custody only a person; with no object named at all, or held in a
    prison or a cell ("possession of a substance, held in jail in lieu of bond", a listing's
    line the parser hangs on the offence), it is left to the rule."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("custody_holding_verbs"):
        return None
    if rule.mode not in ctx.vocab.words("custody_holding_modes"):
        return None
    states = ctx.vocab.words("custody_state_words")
    if any(lemma(t) in states for t in near_words(trigger)):
        return None  # only people are held in jail, whatever the parser took as held
    held = expand(_held(trigger))
    if any(h.i in ctx.triggers for h in held):
        return "holding an event"  # "held talks with X, the first delegation to ..."
    if held and not any(_a_person(through_of(h, ctx), ctx) for h in held):
        return "held is no person"
    return None


def hearing_without_inquiry(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a hearing on NASA's plans", "the court held a hearing on his case": a hearing is an
    investigation only when it looks into something ("a hearing into the legality of ...",
    the "into" phrase hung on it or on the verb that opens it) or is an impeachment's."""
    if rule.mode != "investigate" or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("hearing_nouns"):
        return None
    kinds = ctx.vocab.words("inquiry_kinds")
    if any(c.dep_ in ("compound", "amod") and lemma(c) in kinds for c in trigger.children):
        return None
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    if any(c.dep_ == "prep" and lemma(c) == "into" for h in holders for c in h.children):
        return None
    return "a hearing, no inquiry"


def warning_without_threat(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "he warned" after a quotation, "warned that the economy could slow", "warned residents
    to stay away": a warning threatens only when it names a future act by someone ("warned
    that the army would strike", "that Iran would face consequences"), a hostile act of the
    warner's ("warned of retaliation"), or deters a state or a body ("warned Iran against
    it"). The speech-act rule codes the statements of intent themselves."""
    if rule.type != "THREATEN" or trigger.pos_ != "VERB":
        return None
    if rule.id not in ctx.vocab.words("plain_threat_rules"):
        return None
    if lemma(trigger) not in ctx.vocab.words("warning_verbs"):
        return None
    future_aux = ctx.vocab.modality.future_aux
    for clause in (c for c in trigger.children if c.dep_ == "ccomp"):
        subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
        future = any(
            c.dep_ == "aux" and (lemma(c) in future_aux or c.lower_ == _REPORTED_FUTURE)
            for c in clause.children
        )
        if future and any(is_agentive(s, ctx) or people_noun(s, ctx) for s in subjects):
            return None
    acts = ctx.vocab.words("threatened_acts")
    for prep in (c for c in trigger.children if c.dep_ == "prep" and lemma(c) in ("of", "about")):
        if any(g.i in ctx.triggers or lemma(g) in acts for g in prep.children):
            return None
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(entity_at(o, ctx) in ("GPE", "ORG", "NORP") for o in expand(objects)):
        return None
    return "a warning threatening no act"


def wooing_struggle(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the fight for African American voters", "candidates battle for votes": a struggle
    "for" those to be won over (voters, support, fans) is a contest, no violence; "the
    battle for Mosul" is still one."""
    if rule.type != "ASSAULT" or lemma(trigger) not in ctx.vocab.words("struggle_words"):
        return None
    wooed = ctx.vocab.words("wooed_nouns")
    for prep in (c for c in trigger.children if c.dep_ == "prep" and lemma(c) == "for"):
        objs = expand([g for g in prep.children if g.dep_ == "pobj"])
        if objs and all(lemma(o) in wooed for o in objs):
            return "a contest to win people over"
    return None


def remarkable_striking(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "It's striking that tensions are rising", "the resemblance is striking", "a striking
    image": an -ing form of a hostile verb said of a fact or a thing means remarkable, no
    blow; "dock workers are striking", "drones are striking targets" still act."""
    if trigger.lower_ not in ctx.vocab.words("impression_participles"):
        return None
    if trigger.dep_ in ("acomp", "amod", "attr", "oprd"):
        return "remarkable, no blow"
    # (a curly "’s" keeps its own lemma)
    if not any(c.dep_ == "aux" and (lemma(c) == "be" or c.lower_ in _IS) for c in trigger.children):
        return None
    # a parser may take the "that" of the clause as an object ("It's striking that ...")
    if any(c.dep_ == "dobj" and c.pos_ != "SCONJ" for c in trigger.children):
        return None
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "expl")]
    if not subjects:
        return None
    expletive = ctx.vocab.words("expletive_subjects")
    if all(lemma(s) in expletive or (s.pos_ == "NOUN" and not _a_person(s, ctx)) for s in subjects):
        return "remarkable, no blow"
    return None


def struck_as(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "That struck me as different", "the decision strikes many as unfair": what strikes
    someone "as" so seems so to them, no blow. The "as" names what it seemed, a word or a
    phrase (the parser hangs it on the verb or on the word before), never a clause of its
    own ("struck him as he fled" is a blow told with its time)."""
    if lemma(trigger) not in ctx.vocab.words("impression_verbs") or trigger.pos_ != "VERB":
        return None
    after = trigger.doc[trigger.i + 1 : min(trigger.i + 5, trigger.sent.end)]
    as_word = next((t for t in after if t.lower_ == "as"), None)
    if as_word is None or as_word.dep_ == "mark":
        return None
    return "an impression, no blow"


def cost_blow(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a $75 billion hit on economic growth", "a $2m blow to the budget": a blow priced in
    money is a cost, no violence."""
    if rule.type != "ASSAULT":
        return None
    if trigger.dep_ == "acl" and trigger.head.ent_type_ == "MONEY":
        return "a cost, no blow"  # the noun read as a participle on the amount
    if trigger.pos_ != "NOUN":
        return None
    if any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in trigger.lefts for t in t.subtree):
        return "a cost, no blow"
    return None


def habitual_statement(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Customs typically requires payment within ten days", "the board usually approves
    such requests": a verb in the simple present with an adverb of habit tells a practice,
    no event ("the board approved the request" is one)."""
    if trigger.pos_ != "VERB" or trigger.tag_ not in ("VBZ", "VBP"):
        return None
    if any(c.dep_ == "aux" for c in trigger.children):
        return None  # "is usually held", "has typically asked": left to the rules
    habits = ctx.vocab.words("habitual_adverbs")
    if any(c.dep_ == "advmod" and c.lower_ in habits for c in trigger.children):
        return "a practice, no event"
    return None


def _existential(noun: Token) -> bool:
    """The noun is what "there is" asserts ("there's also discussion about ...", "there has
    been a lot of discussion about ...")."""
    if noun.dep_ == "pobj" and lemma(noun.head) == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # the quantity it is the "of"-object of
    verb = noun.head
    return noun.dep_ in ("attr", "nsubj") and any(
        c.dep_ == "expl" and c.lower_ == "there" for c in verb.children
    )


def existential_talk(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "there's also discussion about the team's win", "there is no threat to the public":
    talk or a threat that "there is", with no one named doing it, is a state of affairs
    (talk in the air, a risk), no meeting and no threat; "there were talks between the two
    sides", "a threat from the cartel" name them."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("existential_nouns"):
        return None
    if not _existential(trigger):
        return None
    if any(lemma(p) != "there" for p in actors):
        return None  # who is at risk may be named ("no threat to the public"), no doer
    parties = ("between", "with", "by", "from")
    if any(c.dep_ == "prep" and lemma(c) in parties for c in trigger.children):
        return None
    return "talk or a threat in the air"


def declined_telling(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Instagram declined to say", "the embassy refused to discuss the case": declining to
    tell is declining to comment, no rejection of anyone's demand ("declined to release the
    tanker" is one)."""
    if rule.type != "REJECT" or lemma(trigger) not in ctx.vocab.words("refusal_verbs"):
        return None
    telling = ctx.vocab.words("telling_verbs")
    if any(c.dep_ == "xcomp" and lemma(c) in telling for c in trigger.children):
        return "declined to comment"
    # "declined to give a breakdown", "refused to provide details": information withheld
    # (version 1.159.0)
    items = ctx.vocab.words("told_items")
    for act in trigger.children:
        if act.dep_ == "xcomp" and lemma(act) in ctx.vocab.words("giving_verbs"):
            given = object_of(act)
            if given is not None and lemma(given) in items:
                return "declined to comment"
    return None


_TIME_LABELS = frozenset({"DATE", "TIME"})


def when_or_which(modifier: Token) -> bool:
    """A modifier of a noun that tells when or which, not what: a phrase whose object is a
    date or a time ("the call on March 3") or a number ("several 112 calls")."""
    if modifier.dep_ in ("compound", "nummod", "amod"):  # (and "several", "dozens of")
        return modifier.pos_ == "NUM" or modifier.ent_type_ in _TIME_LABELS | {"CARDINAL"}
    if modifier.dep_ != "prep":
        return False
    objects = [c for c in modifier.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in _TIME_LABELS for o in objects)


def _doers(trigger: Token) -> list[Token]:
    """Who or what does a verb: its subject, or its passive's "by"-agent ("farmers hit by
    tariffs")."""
    out = [c for c in trigger.children if c.dep_ == "nsubj"]
    agents = [a for a in trigger.children if a.dep_ == "agent"]
    return out + [g for a in agents for g in a.children if g.dep_ == "pobj"]


def market_blow(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "farmers hit by retaliatory tariffs", "price increases, harming producers", "the
    slowdown battered exporters": a blow dealt by a market force or an economic measure is a
    loss, no violence; "a missile hit the school" is one."""
    if rule.type != "ASSAULT":
        return None
    forces = ctx.vocab.words("market_forces")
    doers = expand([*actors, *_doers(trigger)])
    if doers and all(lemma(d) in forces and not entity_at(d, ctx) for d in doers):
        return "a market blow, no violence"
    return None


_PARTY_PREPS = frozenset({"with", "to", "between", "among", "amongst"})
# The writer with the reader ("let's talk about", "we're going to talk about").
_WRITER_AND_READER = frozenset({"we", "us", "'s", "’s"})
# Subjects that stand for one speaker, whatever the parser's number ("anyone else").
_ONE_SPEAKER = frozenset(
    {
        "i",
        "he",
        "she",
        "anyone",
        "anybody",
        "someone",
        "somebody",
        "everyone",
        "everybody",
        "nobody",
        "no one",
    }
)


def topic_talk(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "I don't see anyone online talking about this", "the senator spoke of reform",
    "Welcome to a discussion about online leadership", "let's talk about the deep end": one
    speaker on a topic, the writer with the reader, or talk on a topic with no one at it,
    meets no one; "the two leaders talked about trade", "talked with
    the rebels about a truce" and "talks about a truce between the parties" are meetings."""
    if rule.type != "CONSULT" or lemma(trigger) not in ctx.vocab.words("topic_talk_words"):
        return None
    preps = [lemma(c) for c in trigger.children if c.dep_ == "prep"]
    if "about" not in preps or _PARTY_PREPS.intersection(preps):
        return None
    if trigger.pos_ == "NOUN":  # ("talks about a truce" are negotiations)
        alone = trigger.tag_ == "NN" and not actors and not targets
        return "talk on a topic, no one at it" if alone else None
    if targets:
        return None
    subjects = expand([c for c in trigger.children if c.dep_ == "nsubj"] or list(actors))
    if subjects and all(_one_speaker(s) for s in subjects):
        return "one speaker on a topic"
    if subjects and all(s.lower_ in _WRITER_AND_READER for s in subjects):
        # "let's talk about the deep end", "today we're going to talk about how to": the
        # writer and the reader, outside a quotation and anyone's reported words
        speech = ctx.vocab.words("attribution_verbs")
        if not inside_quotation(trigger) and not any(lemma(t) in speech for t in trigger.sent):
            return "the writer on a topic"
    return None


def _one_speaker(head: Token) -> bool:
    if head.lower_ in _ONE_SPEAKER:
        return True
    return head.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in head.children)


def view_shared(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Many businesses agree that China has long taken advantage", "analysts agreed that the
    talks were a failure": agreeing that something is or was so shares a view, no agreement;
    "agreed that the troops would withdraw", "agreed that prisoners be exchanged" settle an
    act to come, and "agreed to"/"on"/"with" stay agreements."""
    if rule.type != "AGREE" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("view_verbs"):
        return None
    if any(c.dep_ in ("xcomp", "prep", "dobj") for c in trigger.children):
        return None
    clauses = [c for c in trigger.children if c.dep_ == "ccomp"]
    if not clauses or not all(_stated_fact(c, ctx) for c in clauses):
        return None
    return "a view shared, no agreement"


def _stated_fact(verb: Token, ctx: Context) -> bool:
    """A clause told as a fact: a tensed verb or copula with no modal or future auxiliary,
    or a progressive with a tensed one ("program trading is hurting the market")."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "VBD") for c in verb.children
    )
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") and not progressive:
        return False
    cues = ctx.vocab.modality
    moods = cues.future_aux | cues.hypothetical_aux
    return not any(c.dep_ in ("aux", "auxpass") and lemma(c) in moods for c in verb.children)


def asked_for_an_answer(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Asked later for an example, he named the lander programme", "asked for comment", "an
    interview request": asking for an answer, a comment, an interview or an example is a
    question; "asked for asylum", "asked for the release of" are requests."""
    if rule.type != "REQUEST":
        return None
    answers = ctx.vocab.words("answer_nouns")
    if trigger.pos_ == "NOUN":  # "an interview request", "comment requests"
        kinds = [c for c in trigger.children if c.dep_ == "compound"]
        if kinds and all(lemma(k) in answers for k in kinds):
            return "a question"
        return None
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("question_verbs"):
        return None
    asked = [
        g
        for p in trigger.children
        if p.dep_ == "prep" and lemma(p) == "for"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if asked and all(lemma(g) in answers for g in asked):
        return "a question"
    return None


def speech_at_rally(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Trump said at a rally in Monroe", "the senator spoke at a rally in Ohio": a rally
    that is only where a speaker said something, for or against nothing, is the speaker's
    own meeting, no protest; "spoke at a rally against the tax law" is one."""
    if rule.type != "PROTEST" or lemma(trigger) not in ctx.vocab.words("rally_nouns"):
        return None
    at = trigger.head
    if trigger.dep_ != "pobj" or lemma(at) != "at" or at.dep_ != "prep":
        return None
    speech = ctx.vocab.words("attribution_verbs") | ctx.vocab.words("speaking_verbs")
    if lemma(at.head) not in speech:
        return None
    purposes = ctx.vocab.words("rally_purposes")
    for child in trigger.children:
        if (
            child.dep_ in ("acl", "relcl")
            or (
                child.dep_ in ("compound", "amod")
                and (lemma(child) in purposes or child.lower_.startswith("anti"))
            )
            or (
                child.dep_ == "prep"
                and (
                    lemma(child) in purposes
                    or any(lemma(g) in purposes for g in child.children if g.dep_ == "pobj")
                )
            )
        ):
            return None  # "a rally against the law", "an anti-war rally", "in support of"
    return "a speaker's rally, no protest"


def thing_given_up(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Fortress will give up the management contract", "surrendered his passport": giving
    up a thing other than arms, a place, power or people surrenders nothing; "the rebels
    gave up their weapons", "surrendered the town", "gave up Crimea" stay."""
    if rule.type != "RETREAT" or rule.mode != "disarm" or trigger.pos_ != "VERB":
        return None
    objects = expand([c for c in trigger.children if c.dep_ == "dobj"])
    if not objects:
        return None
    kept = ctx.vocab.words("surrendered_things")
    for obj in objects:
        if entity_at(obj, ctx) is not None or obj.pos_ != "NOUN" or lemma(obj) in kept:
            return None
        if _a_person(through_of(obj, ctx), ctx):
            return None
    return "a thing given up"


def amount_cut(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "had its valuation slashed", "slashed prices", "the budget was hacked back": a blow
    dealt to an amount (a price, a budget, a valuation, jobs) is a cut, no violence."""
    if rule.type != "ASSAULT" or trigger.pos_ != "VERB":
        return None
    hit = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if trigger.tag_ != "VBN":  # an active verb's subject is its doer
        hit = [c for c in hit if c.dep_ != "nsubj"]
    amounts = ctx.vocab.words("amount_nouns")
    hit = expand(hit) or list(targets)
    if hit and all(lemma(h) in amounts for h in hit):
        return "an amount cut, no blow"
    return None


def tough_property(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "comfort food can be very hard to resist", "the champions are difficult to beat": an
    act after an adjective of ease or difficulty tells what its subject is like, no act
    done; "the army found it hard to hold the town" is left to the rules (it has "it")."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "xcomp":
        return None
    head = trigger.head
    if head.pos_ != "ADJ" or lemma(head) not in ctx.vocab.words("tough_adjectives"):
        return None
    if not to_infinitive(trigger):
        return None
    if any(c.dep_ in ("nsubj", "dobj", "nsubjpass") for c in trigger.children):
        return None  # "hard for them to resist the offer": an object of its own
    if any(c.dep_ == "expl" or c.lower_ == "it" for c in head.head.children):
        return None
    return "a property, no act"


# Acts of cooperation a price, a product or a budget line can turn into trade (vocabulary 1.135.0).
_DEALING_TYPES = frozenset({"REQUEST", "AGREE", "AID", "SUPPORT", "COOPERATE", "CONCEDE"})


def price_per_unit(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the firm bid $16.50 per share for the publisher", "offered $40 a barrel": an act
    whose object is a price per unit buys or sells; only trade has unit prices. "demanded a
    $1 million ransom", "pledged $5 million to the refugees" name no unit and stay."""
    if rule.type not in _DEALING_TYPES or trigger.pos_ != "VERB":
        return None
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        words = list(obj.subtree)
        priced = any(t.tag_ == "$" or t.ent_type_ == "MONEY" for t in words)
        if priced and any(t.lower_ in ("per", "apiece") for t in words):
            return "a price per unit, trade"
    return None


def help_needed(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "we are going to need some help", "the club needs support up front", "artists do not
    need the label's approval": help or backing a party needs is none given, and the one
    needing it would receive it, not give it (backing: vocabulary 1.148.0)."""
    if rule.type not in ("AID", "SUPPORT") or trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return None
    if lemma(trigger.head) not in ctx.vocab.words("need_verbs"):
        return None
    return "help needed, none given"


def product_at_work(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the controller will work wirelessly with phones", "the app helps users sleep": a
    product or a device that works with, helps or allows something does what it was made
    for; "the mediator worked with both sides" is a party's act."""
    if rule.type not in _DEALING_TYPES:
        return None
    subjects = _doers(trigger)
    if not subjects and trigger.dep_ in ("advcl", "conj", "xcomp"):
        # a trailing participle's doer is its clause's subject ("the service is centred on
        # streaming, allowing players to ..."), not the owner that clause names
        subjects = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    doers = expand(subjects or list(actors))
    products = ctx.vocab.words("product_nouns")
    if unnamed_of(doers, products, ctx):
        return "a product at work, no party"
    return None


def sponsored_show(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "this week's podcast is sponsored by a bank", "a brewery sponsors the festival": a
    show, a tournament or a team sponsored is patronage, no aid between parties; "Iran
    sponsored the militia" stays."""
    if rule.type != "AID" or lemma(trigger) not in ctx.vocab.words("patronage_verbs"):
        return None
    sponsored = expand([c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")])
    shows = ctx.vocab.words("show_nouns")
    if sponsored and all(lemma(g) in shows for g in sponsored):
        return "a show sponsored, no aid"
    return None


def workers_taken_on(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a contractor agreed to accept 1,000 cleaning workers", "the firm will take on the
    staff": workers taken on by an employer are hired, no agreement between parties; a state
    or a people accepting them ("Germany agreed to accept 10,000 guest workers") stays."""
    if rule.type != "AGREE" or trigger.pos_ != "VERB":
        return None
    taken = expand([c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")])
    workers = ctx.vocab.words("worker_nouns")
    if not taken or not all(lemma(t) in workers for t in taken):
        return None
    if any(entity_at(a, ctx) in ("GPE", "NORP") for a in expand([*actors, *_doers(trigger)])):
        return None
    return "workers hired, no agreement"


def encore_called(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the crowd called for more", "fans called for an encore": a call for more of the
    show asks for nothing of anyone; "called for more sanctions" names what it asks."""
    if rule.type != "REQUEST":
        return None
    asked: list[Token] = []
    for prep in (c for c in trigger.children if c.dep_ == "prep" and lemma(c) == "for"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        # "called for more even as ...": the parser hangs a bare "more" elsewhere
        after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else prep
        asked.extend(objects or [after])
    encore = ctx.vocab.words("encore_words")
    bare = all(c.dep_ not in ("amod", "compound", "pobj") for g in asked for c in g.children)
    if asked and bare and all(lemma(g) in encore and g.head.pos_ != "NOUN" for g in asked):
        return "a call for more of the show"
    return None


def budget_funding(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the subcommittee that funds NASA", "Congress provided the money the agency
    requested", "depend on getting sufficient funding": money a legislature votes, or funding
    no giver gives, is a budget line, no aid between parties. Aid to a state or a people
    ("Congress approved aid to Ukraine") and a funder that is no legislature ("Iran funds the
    militia") stay."""
    if rule.type != "AID":
        return None
    bodies = ctx.vocab.words("budget_bodies")
    givers = expand([*actors, *_doers(trigger)])
    if givers and not all(lemma(g) in bodies or lemma(g) == "that" for g in givers):
        return None
    if not givers and lemma(trigger) not in ctx.vocab.words("funding_words"):
        return None
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(lemma(o) in ctx.vocab.words("named_aid_nouns") for o in objects):
        return None
    for target in targets:
        if entity_at(target, ctx) in ("GPE", "NORP") or people_noun(target, ctx):
            return None
    return "a budget line, no aid"


def _hazards(ctx: Context) -> frozenset[str]:
    """Natural forces, accidents and hazards: causes that are no party."""
    return (
        ctx.vocab.words("natural_forces")
        | ctx.vocab.words("accident_nouns")
        | ctx.vocab.words("hazard_nouns")
    )


def _antecedents(trigger: Token, doers: Sequence[Token]) -> list[Token]:
    """A relative pronoun as the doer of a relative clause's trigger stands for the noun the
    clause modifies ("wolves that attacked the flock": the wolves)."""
    return [
        trigger.head if lemma(d) in _RELATIVES and trigger.dep_ == "relcl" else d for d in doers
    ]


def animal_victim(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the hunter killed and ate a wild rabbit", "farmers shot three wolves", "the killing of
    a bear", "a bear attacked two hikers": an animal killed, shot or beaten is hunting or
    cruelty, and an animal attacking is no party's act, no violence between parties;
    "soldiers shot the protesters" and "killed the villagers and their cattle" (a person
    among the victims) stay."""
    if rule.type != "ASSAULT":
        return None
    animals = ctx.vocab.words("animal_nouns")

    def animal(token: Token) -> bool:  # a name ("Fox", "Bull") is a party
        return token.pos_ == "NOUN" and lemma(token) in animals and entity_at(token, ctx) is None

    doers = _antecedents(trigger, expand(actors))  # "wolves that attacked the flock": wolves
    if doers and all(animal(d) for d in doers):
        return "an animal attacking, no violence between parties"
    victim = object_of(trigger)
    if victim is None and trigger.pos_ == "VERB":
        # "killed and eaten a rabbit": the object the coordinated verb shares
        shared = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        victim = next((o for c in shared if (o := object_of(c)) is not None), None)
    if victim is None or not all(animal(v) for v in expand([victim, *targets])):
        return None
    return "an animal killed or harmed, no violence between parties"


def electric_charging(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a pad for charging your phone", "a spot for charging any smartwatch with the wireless
    case": charging a device, or charging where the sentence speaks of power and batteries, is
    filling it with power, no indictment; "charged the activist with sedition" (an offence
    named) stays."""
    if rule.type != "ACCUSE" or rule.mode != "charge" or lemma(trigger) != "charge":
        return None
    power = ctx.vocab.words("power_words")
    for named in prep_objects(trigger, frozenset({"with", "over", "for", "in"})):
        words = [named, *(c for c in named.children if c.dep_ in ("compound", "amod"))]
        if not any(lemma(w) in power for w in words):
            return None  # "charged him with fraud", "over the explosion": an offence
    charged = object_of(trigger)
    if charged is not None and lemma(charged) in ctx.vocab.words("product_nouns"):
        return "a device charged with power, no indictment"
    if any(lemma(w) in power for w in trigger.sent):
        return "charging told among words of power, no indictment"
    return None


def hazard_withstood(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "hardened its equipment to withstand fire weather", "levees built to resist floods": a
    hazard or a natural force withstood is endurance, no rejection of a party; "withstood
    pressure from Washington" and "resisted the occupation" stay."""
    if rule.type != "REJECT":
        return None
    withstood = object_of(trigger)
    hazards = _hazards(ctx)
    if withstood is None or withstood.pos_ != "NOUN" or lemma(withstood) not in hazards:
        return None
    return "a hazard withstood, no rejection"


def courtesy_help(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the platform is happy to help", "we are glad to help": help told as one's pleasure,
    with no one helped and nothing helped with, is courtesy, no aid given; "glad to help
    Ukraine" and "happy to help with the evacuation" stay."""
    if rule.type != "AID" or lemma(trigger) != "help" or trigger.dep_ != "xcomp":
        return None
    if lemma(trigger.head) not in ctx.vocab.words("courtesy_adjectives") or targets:
        return None
    if any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "dative") for c in trigger.children):
        return None
    return "help offered as a courtesy, no aid"


def hand_in_an_act(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "he helped bring down President Nixon", "the vote helped elect the mayor", "helped
    defeat the rebels": helping do an act the vocabulary does not know to someone is a hand in
    that act, no aid to the one it is done to; "helped the refugees", "helped Iraq rebuild"
    (help's own object) and "helped free the hostages" (a known act, carried) stay. Version
    1.170.0."""
    if rule.type != "AID" or lemma(trigger) != "help" or trigger.pos_ != "VERB":
        return None
    if any(c.dep_ in ("dobj", "dative") for c in trigger.children):
        return None  # "helped Colombia fight": aid to Colombia
    acts = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    for act in acts:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
            continue
        done_to = [c for c in act.children if c.dep_ == "dobj"]
        if done_to and all(_a_person(o, ctx) for o in done_to):
            return "a hand in an act done to someone, no aid"
    return None


_EASING = frozenset({"ease", "relax", "loosen"})


def state_easing(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The situation began to relax", "tensions eased", "the mood loosened": easing with
    nothing eased, said of a state that is no party and names no measure, is a calmer state,
    no concession; "the junta relaxed the curfew", "restrictions were eased", "the curfew
    eased" (a measure) stay. Version 1.170.0."""
    if rule.type != "CONCEDE" or trigger.pos_ != "VERB" or lemma(trigger) not in _EASING:
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "prt") for c in trigger.children):
        return None
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"] or list(actors)
    if not subjects:
        return None
    if any(_a_person(s, ctx) or match_rule(s, ctx.vocab) is not None for s in subjects):
        return None
    return "a state easing, no concession"


_SERIES = frozenset({"series", "string", "spate", "succession", "wave"})


def force_of_nature_struck(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "A series of aftershocks have hit the island", "the earthquake struck the coast", "a
    hurricane hit the town": a natural force or an accident as the only doer of a blow is no
    attacker (hazard_as_doer leaves violence out for "fire", which also means gunfire: it is
    left out here too, and a doer with a word of its own, "mortar fire", "Israeli fire",
    stays a party's). Version 1.170.0."""
    if rule.type != "ASSAULT":
        return None
    doers = _antecedents(trigger, expand([*actors, *_doers(trigger)]))
    doers = [_of_series(d) for d in doers]
    causes = _hazards(ctx) - {"fire"}
    if any(c.dep_ in ("compound", "poss", "nmod") for d in doers for c in d.children):
        return None
    if unnamed_of(doers, causes, ctx):
        return "a natural force or an accident, no attacker"
    return None


def _of_series(head: Token) -> Token:
    """ "a series of aftershocks": the "of"-object is what acts."""
    if lemma(head) in _SERIES:
        for child in head.children:
            if child.dep_ == "prep" and lemma(child) == "of":
                return next((g for g in child.children if g.dep_ == "pobj"), head)
    return head


_ANYONE = frozenset({"anyone", "anybody"})


def anyone_who(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "publish the name of anyone who donates more than 20,000 marks", "anyone who attacks a
    journalist will be punished": an act in a relative clause on "anyone" is a case a rule or
    a threat covers, no act done; "someone attacked him", "whoever killed him" (a real act by
    an unknown doer) stay. Version 1.171.0."""
    if trigger.dep_ != "relcl" or lemma(trigger.head) not in _ANYONE:
        return None
    if any(c.dep_ == "nsubj" and lemma(c) in _RELATIVES for c in trigger.children):
        return "a case a rule covers, no act"
    return None


def family_visit(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "looking forward to her daughter's visit", "he visited his mother in hospital": a
    visit whose parties are all members of a family (a pronoun aside) is a family one, no
    consultation; "the minister's wife visited the troops" and "the president visited his
    daughter" (a party of its own) stay. Version 1.172.0. Talk among a family is family talk
    too ("the branches of the family talked by telephone", "she phoned her mother": no
    consultation; version 1.180.0)."""
    if rule.type != "CONSULT" or lemma(trigger) not in _FAMILY_CONTACT:
        return None
    kin = ctx.vocab.words("kin_nouns")
    parties = [p for p in [*actors, *targets] if p.pos_ != "PRON"]
    if parties and all(_kin_party(p, kin) and entity_at(p, ctx) is None for p in parties):
        return "a family visit, no consultation"
    return None


# Verbs and nouns of contact that, between members of a family only, are family life.
_FAMILY_CONTACT = frozenset({"visit", "talk", "telephone", "phone", "call", "chat", "speak"})
# "the branches of the family", "members of his family": a part of a family is of the family
_FAMILY_PARTS = frozenset({"branch", "member", "side", "part"})


def _kin_party(party: Token, kin: frozenset[str]) -> bool:
    if lemma(party) in kin:
        return True
    return lemma(party) in _FAMILY_PARTS and any(
        lemma(g) in kin
        for c in party.children
        if c.dep_ == "prep" and lemma(c) == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def care_visit(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "had visited several doctors and counselors since 2007", "he visits a therapist every
    week": a visit to carers only (doctors, nurses, counsellors), by someone holding no public
    role, is a patient's, no consultation; "the minister visited the doctors at the field
    hospital" (a government role) and "visited the army doctors' union" (a body) stay.
    Version 1.179.0."""
    if rule.type != "CONSULT" or lemma(trigger) != "visit":
        return None
    carers = ctx.vocab.words("care_nouns")
    seen = [t for t in targets if t.pos_ != "PRON"]
    if not seen or not all(lemma(t) in carers and entity_at(t, ctx) is None for t in seen):
        return None
    public = _public_roles(ctx)
    for actor in actors:
        if entity_at(actor, ctx) in ("ORG", "GPE", "NORP") or lemma(actor) in public:
            return None
    return "a patient's visit to carers, no consultation"


def _public_roles(ctx: Context) -> frozenset[str]:
    """Words of a role that acts for a state or a party (police, military, government,
    opposition and the like): any role of the roles table but the private ones."""
    return frozenset(
        w for role, words in ctx.vocab.roles if role not in _PRIVATE_ROLES for w in words
    )


# Roles of the roles table (roles.toml) that hold no public office: a civilian or a prisoner
# visiting a doctor is a patient.
_PRIVATE_ROLES = frozenset({"civilians", "prisoners"})


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


# Words that rank an occurrence among others of its kind ("the latest to hit", "the third
# bombing to strike"), beside any superlative (JJS: "the worst", "the deadliest").
_RANKS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "last", "latest", "next", "newest", "recent"}
)


def _ranked(word: Token) -> bool:
    return word.tag_ == "JJS" or lemma(word) in _RANKS or word.ent_type_ == "ORDINAL"


def ranked_occurrence(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The heist is the latest to hit France", "the storm is the worst to hit the island",
    "the third bombing to strike the capital this month": a blow verb in an infinitive on a
    rank ("the latest", "the third bombing") tells where one of a series of happenings fell,
    no blow of its own; the happening is the noun ranked (the bombing its own event, the heist
    or the storm none); "troops were ordered to hit the camp" (no rank) stays. Version
    1.179.0."""
    if rule.type != "ASSAULT" or lemma(trigger) not in _BLOW_VERBS or not to_infinitive(trigger):
        return None
    if trigger.dep_ not in ("relcl", "acl"):
        return None
    head = trigger.head
    if _ranked(head) or any(c.dep_ == "amod" and _ranked(c) for c in head.children):
        return "where a ranked happening fell, no blow of its own"
    return None


_BLOW_VERBS = frozenset({"hit", "strike"})


def met_with_response(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "acts of terrorism must be met with the severest crackdown", "the protesters were met
    with tear gas", "the plan was met with scepticism": a passive "met with" a thing is the
    response something drew, no meeting (the response may be an event of its own, the
    crackdown); "the minister met with the rebels" and "was met by the foreign minister" stay.
    Version 1.179.0."""
    if rule.type != "CONSULT" or lemma(trigger) != "meet" or trigger.pos_ != "VERB":
        return None
    if not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    answers = prep_objects(trigger, frozenset({"with"}))
    if not answers:
        return None
    for answer in answers:
        if entity_at(answer, ctx) is not None or is_agentive(answer, ctx):
            return None
        if people_noun(answer, ctx) or answer.pos_ == "PRON":
            return None
    return "a response drawn, no meeting"


def talked_about(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "one of the witnesses that can be talked about", "the deal everyone talked about", "a
    much talked-about plan": what is "talked about" with its "about" left bare is a topic of
    talk, no one met; "the ministers talked about the border with the envoys" (a party
    talked with) and "talked about the border" (its topic given) stay with their rules.
    Version 1.179.0."""
    if rule.type != "CONSULT" or lemma(trigger) != "talk" or trigger.pos_ != "VERB":
        return None
    kids = list(trigger.children)
    bare = [c for c in kids if c.dep_ == "prep" and lemma(c) == "about" and not list(c.children)]
    if not bare:
        return None
    if any(c.dep_ in ("prep", "agent") and lemma(c) in ("with", "to", "by") for c in kids):
        return None
    return "a topic of talk, no one met"


def market_demand(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the demand for workers led employers to raise wages", "consumer demand for cars fell",
    "strong demand for oil": demand no one makes, for goods or labour or told as a market's,
    is buyers' demand, no request; "the demand for his release", "the opposition's demand for
    elections" stay. Version 1.179.0."""
    if rule.type != "REQUEST" or lemma(trigger) != "demand" or trigger.pos_ != "NOUN":
        return None
    if actors or any(c.dep_ == "poss" for c in trigger.children):
        return None
    goods = ctx.vocab.words("demanded_goods")
    for wanted in prep_objects(trigger, frozenset({"for"})):
        if lemma(wanted) in goods:
            return "buyers' demand, no request"
        # "the demand for nurses": bare plural people with nothing asked of them are labour
        # wanted ("the demand for prisoners to be freed" asks an act of them)
        kids = [c.dep_ for c in wanted.children]
        bare = wanted.tag_ == "NNS" and not {"det", "poss", "acl", "relcl"} & set(kids)
        if bare and entity_at(wanted, ctx) is None and people_noun(wanted, ctx):
            return "buyers' demand, no request"
    markets = ctx.vocab.words("market_demand_words")
    if any(c.dep_ in ("amod", "compound") and lemma(c) in markets for c in trigger.children):
        return "buyers' demand, no request"
    return None


def armed_state(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Gray, while armed, did not point the gun", "police said the suspect was armed": the
    participle of "arm" with no one arming is the state of carrying a weapon, no mobilisation;
    "the rebels were armed by Iran", "Iran armed the rebels" stay. Version 1.172.0."""
    if rule.type != "MOBILIZE" or lemma(trigger) != "arm" or trigger.tag_ != "VBN":
        return None
    if any(c.dep_ in ("agent", "dobj") for c in trigger.children):
        return None
    if any(c.dep_ == "aux" and lemma(c) == "have" for c in trigger.children):
        return None  # "the junta has armed ...": an act, its object elided
    return "the state of carrying a weapon, no mobilisation"


def money_purpose(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "there was no money to support a higher production rate", "funding to help the
    programme grow": an infinitive that says what money is for, aimed at no party, tells what
    the money would pay for, no act of a party (vocabulary 1.155.0); "funds to help the
    refugees", "money to support Ukraine" (a party helped) stay."""
    if rule.type not in _DEALING_TYPES or trigger.pos_ != "VERB" or actors:
        return None
    if not to_infinitive(trigger):
        return None
    money = trigger.head
    purses = ctx.vocab.words("funding_words") | ctx.vocab.words("money_nouns")
    held = trigger.dep_ in ("acl", "relcl") and money.pos_ == "NOUN" and lemma(money) in purses
    # "there wasn't funding to support ...": the parser may take the bare noun for a verb
    misread = trigger.dep_ == "xcomp" and money.lower_ in purses
    if not (held or misread):
        return None
    for target in targets:
        if entity_at(target, ctx) is not None or is_agentive(target, ctx):
            return None
        if people_noun(target, ctx):
            return None
    return "what money would pay for, no act of a party"


def exile_descriptor(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Miami's exile Cuban community", "exile groups", "an exile leader": "exile" modifying
    a noun tells who people are, exiles, no act of sending anyone into exile ("the exile of
    the poet", "sent into exile" stay). Version 1.159.0."""
    if rule.mode != "exile" or trigger.pos_ != "NOUN":
        return None
    word = trigger
    # "between Castro's government and exile extremists": a modifier coordinated with
    # another modifier of the same noun describes that noun as well (version 1.170.0)
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ in ("compound", "nmod", "amod") and word.head.pos_ in ("NOUN", "PROPN"):
        return "exiles described, no exile"
    if trigger.tag_ == "NNS":  # "Cuban exiles insist ...": people who live in exile
        return "exiles described, no exile"
    # "the regime and its opponents in exile": where a group lives, said of the group
    # ("lives in exile", "went into exile" stay; version 1.161.0)
    prep = trigger.head
    if trigger.dep_ == "pobj" and lemma(prep) == "in" and prep.head.pos_ in ("NOUN", "PROPN"):
        return "exiles described, no exile"
    return None


def deadline_given(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "gave Merieux until mid-November to submit additional information", "gave the firm
    until Friday": time given until a date is a deadline, no aid. Version 1.160.0."""
    if rule.type != "AID" or lemma(trigger) != "give":
        return None
    if any(c.dep_ == "prep" and lemma(c) in ("until", "till") for c in trigger.children):
        return "a deadline given, no aid"
    return None


def law_broken(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a federal charge of violating the Freedom of Access to Clinic Entrances Act",
    "breached the securities law": a law broken is an offence, no rejection of a party
    ("violated the ceasefire" is its own rule; "defied the government" stays). Version
    1.160.0."""
    if rule.type != "REJECT" or lemma(trigger) not in ctx.vocab.words("law_breaking_verbs"):
        return None
    broken = object_of(trigger)
    if broken is None:
        return None
    laws = ctx.vocab.words("law_nouns")
    if broken.ent_type_ == "LAW" or lemma(broken) in laws:
        return "a law broken, an offence"
    # "the Freedom of Access to Clinic Entrances Act": a title ending in a law word
    if broken.pos_ == "PROPN" and any(
        t.pos_ == "PROPN" and lemma(t) in laws for t in [*broken.subtree, *_title_run(broken)]
    ):
        return "a law broken, an offence"
    return None


_TITLE_LINKS = frozenset({"of", "to", "and", "the", "on", "for"})


def _title_run(name: Token) -> list[Token]:
    """The capitalised words running on after a proper name through "of", "to", "and",
    "the", which the parser may hang elsewhere ("violating the Freedom of Access to Clinic
    Entrances Act": "to Clinic Entrances Act" hung on the verb)."""
    run: list[Token] = []
    for tok in name.doc[name.i + 1 : name.sent.end]:
        if tok.pos_ == "PROPN":
            run.append(tok)
        elif tok.lower_ not in _TITLE_LINKS:
            break
    return run


def plan_of_hostile_act(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the plan of bombing U.S. embassies took three months", "their plan of attacking the
    base": the plan of a hostile act, told by a gerund, is its preparation, no agreement
    (the plan-of-act rule takes the nouns, "the plan of attack"). Version 1.160.0."""
    if rule.type != "AGREE" or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("plot_nouns"):
        return None
    hostile = ctx.vocab.words("hostile_gerunds")
    for prep in trigger.children:
        if (
            prep.dep_ == "prep"
            and lemma(prep) in ("of", "for")
            and any(c.dep_ == "pcomp" and lemma(c) in hostile for c in prep.children)
        ):
            return "the plan of a hostile act, no agreement"
    return None


def named_alliance(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the accession of the three countries into the NATO alliance": an alliance a name
    modifies names that organisation, no act of allying ("formed an alliance with X"
    stays). Version 1.161.0."""
    if rule.type != "COOPERATE" or lemma(trigger) not in ctx.vocab.words("alliance_nouns"):
        return None
    if any(c.dep_ == "compound" and entity_at(c, ctx) == "ORG" for c in trigger.children):
        return "an alliance's name, no act"
    return None


# Senses found on real news pages, fourth round (vocabulary 1.140.0).


def budget_request(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the money NASA requested in its budget amendment", "the agency's budget request", "the
    ministry's budget proposal": what a body asks for or proposes in its budget is a line of
    that budget, no request to a party; "Ukraine requested air defences from its allies" and
    "the two parties reached a budget deal" stay."""
    if rule.type not in ("REQUEST", "AGREE"):
        return None
    budgets = ctx.vocab.words("budget_nouns")
    if trigger.pos_ == "NOUN":
        if rule.type == "AGREE" and lemma(trigger) not in ctx.vocab.words("content_nouns"):
            return None  # a budget deal or agreement is one between parties
        if any(c.dep_ in ("compound", "amod") and lemma(c) in budgets for c in trigger.children):
            return "a budget line, no request"
        return None
    if trigger.pos_ != "VERB":
        return None
    # the parser may hang the phrase on the amount asked ("requested $2 billion in its budget")
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    preps = (c for h in holders for c in h.children if c.dep_ == "prep")
    for prep in (p for p in preps if lemma(p) in ("in", "under")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            modifiers = (lemma(c) for c in obj.children if c.dep_ == "compound")
            if lemma(obj) in budgets or any(m in budgets for m in modifiers):
                return "asked in a budget, no request"
    return None


def rights_granted(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the freedoms given to Hong Kong", "a formula granting the region autonomy": rights,
    freedoms or a status a power grants are a change of status, no aid handed to anyone;
    "gave the refugees food" stays."""
    if rule.type != "AID" or trigger.pos_ != "VERB":
        return None
    given = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not given and trigger.dep_ == "acl":
        given = [trigger.head]  # "the freedoms given to Hong Kong"
    given = expand(given)
    rights = ctx.vocab.words("right_nouns")
    if given and all(lemma(g) in rights for g in given):
        return "rights granted, no aid"
    return None


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


_KINDS = frozenset({"kind", "sort", "type", "form"})


def _kind_of(head: Token) -> Token:
    """ "that kind of pessimism": the "of"-object of a word of kind is what is meant."""
    if lemma(head) in _KINDS:
        for prep in (c for c in head.children if c.dep_ == "prep" and lemma(c) == "of"):
            return next((g for g in prep.children if g.dep_ == "pobj"), head)
    return head


def attitude_taken(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "companies have resisted such fatalism", "resist the temptation", "users embrace the
    anxiety": taking up or fighting off a feeling or an attitude is no act toward a party;
    "resisted the reform", "embraced the plan" stay."""
    if rule.type not in ("SUPPORT", "REJECT") or trigger.pos_ != "VERB":
        return None
    objects = expand([c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")])
    feelings = ctx.vocab.words("attitude_nouns")
    objects = [_kind_of(o) for o in objects]
    if objects and all(lemma(o) in feelings and entity_at(o, ctx) is None for o in objects):
        return "an attitude, no act"
    return None


def speech_at_conference(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "delivering the keynote speech at a conference", "asked to speak at a bloggers'
    conference": a conference that is only where a speaker spoke, on nothing and with no one
    named, is the speaker's venue, no consultation; "a conference on Syria" and "a peace
    conference" stay."""
    if rule.type != "CONSULT" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return None
    if lemma(trigger) not in ctx.vocab.words("conference_nouns") or lemma(trigger.head) != "at":
        return None
    host = trigger.head.head
    speeches = ctx.vocab.words("speech_nouns")
    speaking = ctx.vocab.words("attribution_verbs") | ctx.vocab.words("speaking_verbs")
    said = lemma(host) in speaking | speeches or any(
        c.dep_ == "dobj" and lemma(c) in speeches for c in host.children
    )
    if not said:
        return None
    for child in trigger.children:
        if child.dep_ == "prep" and lemma(child) in ("on", "about", "between", "with", "of"):
            return None  # "a conference on Syria", "a conference between the parties"
        if child.dep_ in ("compound", "amod") and child.pos_ != "PROPN":
            return None  # "a peace conference", "an international conference": its purpose
    return "a speaker's venue, no meeting"


def natural_damage(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the wildfire destroyed 500 homes", "sparks that could set fires", "floods wiped out
    the crops": what an accident, a hazard or a physical cause destroys or burns is damage,
    no seizure; "rioters set fire to a bank" and "the army razed the village" stay."""
    if rule.type != "COERCE" or rule.mode != "seize":
        return None
    causes = _hazards(ctx)
    doers = _antecedents(trigger, expand([*actors, *_doers(trigger)]))  # "sparks that ...": sparks
    if unnamed_of(doers, causes, ctx):
        return "damage by a natural force, no seizure"
    return None


def reader_welcomed(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Welcome to our live coverage", "Welcome to a discussion about online leadership": a
    "Welcome to" opening its sentence with no one welcoming greets the reader, no meeting;
    "the president welcomed the delegation to Beijing" stays."""
    if rule.type != "CONSULT" or lemma(trigger) != "welcome" or trigger.i != trigger.sent.start:
        return None
    kids = list(trigger.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in kids):
        return None
    if not any(c.dep_ == "prep" and lemma(c) == "to" for c in kids):
        return None
    return "a greeting to the reader, no meeting"


def _told_score(trigger: Token) -> bool:
    """The trigger's sentence tells a game's score ("2-1", "110-102"), as one token or as
    digits around a dash with no space."""
    for tok in trigger.sent:
        left, dash, right = tok.text.replace("–", "-").partition("-")
        if dash and left.isdigit() and right.isdigit() and len(left) <= 3 and len(right) <= 3:
            return True
        if tok.text in ("-", "–") and 0 < tok.i < len(tok.doc) - 1:
            before, after = tok.nbor(-1), tok.nbor(1)
            if (
                before.is_digit
                and after.is_digit
                and not before.whitespace_
                and not tok.whitespace_
            ):
                return True
    return False


def sports_play(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "hit him in the face with an elbow on a drive", "the two teams clashed in the
    semi-final", "Liverpool beat Chelsea 2-1 in Sunday's clash": a blow dealt in a play of a
    game, teams clashing, or a clash a score is told of is sport, no violence; "police hit
    protesters with batons" and "rebels and soldiers clashed" stay."""
    if rule.type != "ASSAULT" or rule.mode is not None:
        return None
    plays = ctx.vocab.words("play_nouns")
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "prep")]
    # "on a drive" on the blow, or on its instrument ("with an elbow on a drive")
    objects = [g for h in heads[1:] for g in h.children if g.dep_ == "pobj"]
    ons = [p for h in (trigger, *objects) for p in h.children if p.dep_ == "prep"]
    for on in (p for p in ons if lemma(p) == "on"):
        if any(lemma(g) in plays for g in on.children if g.dep_ == "pobj"):
            return "a blow in a play of a game"
    doers = expand(_doers(trigger) or list(actors))
    teams = ctx.vocab.words("team_nouns")
    if unnamed_of(doers, teams, ctx):
        return "teams in a game, no violence"
    if trigger.pos_ == "NOUN" and _told_score(trigger):
        return "a game with its score, no violence"
    return None


def risk_without_threatener(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "in every corner of the world tensions are threatening to put the brakes on growth"
    (the parser hung the subject on the "in" phrase): a finite "threaten to" with no subject,
    no one threatened and no actor found tells a risk, no threat; "the union threatened to
    strike" has its threatener."""
    if rule.type != "THREATEN" or trigger.pos_ != "VERB" or actors or targets:
        return None
    kids = list(trigger.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj", "agent") for c in kids):
        return None
    finite = any(c.dep_ in ("aux", "auxpass") for c in kids) or trigger.tag_ in ("VBZ", "VBP")
    if finite and any(c.dep_ == "xcomp" for c in kids):
        return "a risk, no one threatening"
    return None


def armed_intervention(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "threatened with foreign military intervention", "an armed intervention in the
    north": a noun of intercession an armed word modifies is force brought in, no mediation;
    "Turkish intervention in the dispute" may still mediate."""
    if rule.mode != "mediate" or trigger.pos_ != "NOUN":
        return None
    armed = ctx.vocab.words("armed_words")
    if any(c.dep_ in ("amod", "compound") and lemma(c) in armed for c in trigger.children):
        return "an armed intervention, no mediation"
    return None


def talk_in_general(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the topic of discussion", "the focus of debate on the budget", "told websites to block
    discussions about the outbreak": talk as a subject or as what is censored is public talk,
    no meeting; "our discussions", "block talks with the rebels", "held discussions" are."""
    if rule.type != "CONSULT" or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("public_talk_nouns"):
        return None
    bare = _BARE_DETERMINERS
    owned = any(c.dep_ in ("poss", "det") and c.lower_ not in bare for c in trigger.children)
    if owned and not _censored(trigger, ctx):
        return None  # "a discussion between them", "their debate": someone's own
    parties = ("between", "with", "among", "by")
    if any(c.dep_ == "prep" and lemma(c) in parties for c in trigger.children):
        return None
    if (
        lemma(trigger) in ctx.vocab.words("rumour_nouns")
        and trigger.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children)
        and _going_round(trigger)
    ):
        # "As talk on the streets swirled", "amid talk of sanctions": talk with no article,
        # no owner and no parties, told as what goes round, is rumour, no meeting ("talks",
        # "a talk with", "negotiators return for talk on limiting missiles" are; 1.187.0)
        return "talk in the air, no meeting"
    head = trigger.head
    topic_heads = ctx.vocab.words("talk_topic_heads")
    if trigger.dep_ == "pobj" and lemma(head) == "of" and lemma(head.head) in topic_heads:
        return "talk as a topic, no meeting"
    if _censored(trigger, ctx):
        return "public talk censored, no meeting"
    return None


_BARE_DETERMINERS = frozenset({"no", "any", "all"})
_SETTING = frozenset({"amid", "amidst"})


def _going_round(noun: Token) -> bool:
    """Talk told as what goes round: a clause's subject ("talk on the streets swirled"), talk
    "of" something ("talk of a coup"), or the setting of "amid" ("amid talk that ...")."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    if any(c.dep_ == "prep" and lemma(c) == "of" for c in noun.children):
        return True
    return noun.dep_ == "pobj" and lemma(noun.head) in _SETTING


def _censored(noun: Token, ctx: Context) -> bool:
    """The noun is the object of a verb of censoring ("block and control discussions")."""
    verb = noun.head
    return noun.dep_ == "dobj" and lemma(verb) in ctx.vocab.words("talk_censoring_verbs")


def launcher_produced(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the company expects to produce four rockets a year", "three rockets will be built by
    2025": a rocket or a satellite made with no word of arms or fighting in its sentence is a
    launch vehicle, no weapon; "the militia produced rockets in a workshop" stays."""
    if rule.id != "weapons-test" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("production_verbs"):
        return None
    made = object_of(trigger)
    if made is None or lemma(made) not in ctx.vocab.words("dual_use_objects"):
        return None
    military = ctx.vocab.words("armed_words") | ctx.vocab.words("military_context_words")
    if any(lemma(t) in military or t.lower_ in military for t in trigger.sent):
        return None
    return "a launch vehicle made, no weapon"


def readied_for_shipping(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the engine will soon be ready for shipment to the test site": a shipment or delivery
    something is ready or prepared for tells its state, no aid given; "the shipment of arms to
    the rebels" stays."""
    if rule.type != "AID" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    if lemma(prep) != "for" or lemma(prep.head) not in ctx.vocab.words("readiness_words"):
        return None
    return "a thing ready for shipping, no aid"


# A joint task or a purpose "work with" is for ("worked with Russia on a ceasefire", "against
# the cartels"): cooperation, not a stretch of someone's career.
_TASK_PREPS = frozenset({"on", "toward", "towards", "against", "over"})
_STATE_LABELS = frozenset({"GPE", "NORP"})


def career_collaboration(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the producer has worked with the likes of famous rappers", "years before working with
    a rocket maker", "working with these players is what drew me": working with someone told
    as a stretch of a person's career (a perfect or a bare gerund, no purpose, no task) is a
    working relationship, no cooperation between parties; "the ministry is working with
    Interpol", "has worked with Russia on a ceasefire", "worked with them to free the
    hostages" and any state working with another stay."""
    if rule.id != "cooperate" or lemma(trigger) != "work" or trigger.pos_ != "VERB":
        return None
    kids = list(trigger.children)
    auxes = {lemma(c) for c in kids if c.dep_ == "aux"}
    perfect = "have" in auxes and trigger.tag_ == "VBN"
    gerund = trigger.tag_ == "VBG" and "be" not in auxes
    if not (perfect or gerund):
        return None
    if any(c.dep_ in ("xcomp", "advcl") for c in kids):
        return None  # "worked with them to free the hostages": a purpose
    if any(c.dep_ == "prep" and lemma(c) in _TASK_PREPS for c in kids):
        return None
    people = [*expand(list(actors)), *expand(list(targets))]
    if any(entity_at(p, ctx) in _STATE_LABELS for p in people):
        return None
    for doer in expand(list(actors)):
        label = entity_at(doer, ctx)
        if label not in ("PERSON", None) or doer.pos_ not in ("PROPN", "PRON"):
            return None  # an organisation's or an office holder's work with a party
    return "a working relationship of one's career, no cooperation"


def thing_offering(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the senator's visit offers a reminder of the stakes", "the report offers a glimpse of
    the talks": what a thing, an act or a state of affairs offers is what it provides, even
    when a possessor names whose it is; no pledge by anyone ("the minister offered talks",
    "the rebels' leader offered a truce", "the government offers aid" stay)."""
    if rule.type != "AGREE" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("offer_verbs"):
        return None
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not subjects or any(s.pos_ != "NOUN" or s.ent_type_ for s in subjects):
        return None
    people = ctx.vocab.words("collective_nouns")
    for subject in subjects:
        if is_agentive(subject, ctx) or people_noun(subject, ctx) or lemma(subject) in people:
            return None
    return "what a thing provides, no pledge"


def contest_meeting(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "ten candidates meet on the debate stage", "the champions meet the hosts in the
    final": rivals meeting in a debate, a game or a bout compete, no consultation; "the two
    leaders will meet in Geneva" and "met at the summit" stay."""
    if rule.type != "CONSULT" or lemma(trigger) != "meet" or trigger.pos_ != "VERB":
        return None
    contests = ctx.vocab.words("contest_nouns")
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        if lemma(prep) not in ("on", "in", "at"):
            continue
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            words = [place, *(c for c in place.children if c.dep_ in ("compound", "amod"))]
            if any(lemma(w) in contests or w.lower_ in contests for w in words):
                return "rivals in a contest, no meeting"
    return None


def career_turned_down(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the coach has turned down a number of opportunities to work abroad", "she declined
    the job": a post or a chance turned down is a career choice, no rejection of a party's
    demand or proposal; "turned down the ceasefire proposal" stays."""
    if rule.type != "REJECT":
        return None
    refused = object_of(trigger)
    if refused is None:
        return None
    refused = through_of(refused, ctx)  # "a number of opportunities"
    if lemma(refused) not in ctx.vocab.words("career_nouns"):
        return None
    return "a career choice, no rejection"


def how_to_advice(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "How to negotiate a better salary", "a guide to online leadership and how to embrace
    it": an act a how-to infinitive names, in a sentence where no one is the subject of any
    clause above it, is advice to the reader, no act; "the rebels learned how to build bombs"
    (an act known of, hypothetical) stays."""
    if trigger.pos_ != "VERB" or actors:
        return None
    kids = list(trigger.children)
    if not to_infinitive(trigger):
        return None
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ == "how" for c in kids):
        return None
    clause = trigger
    for _ in range(8):
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children):
            return None
        if clause.head.i == clause.i:
            return "a how-to for the reader, no act"
        clause = clause.head
    return None


def rescue_idiom(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "A cheap keyboard case to the rescue", "Leftovers to the rescue": "to the rescue" hung
    on a thing with no verb is the idiom for what helps out, no aid given (a product's name
    the tagger takes for a company's or a person's counts as a thing); "troops came to the
    rescue of the villagers", "Russia to the rescue" and "the navy to the rescue" stay."""
    if rule.type != "AID" or lemma(trigger) != "rescue" or trigger.dep_ != "pobj":
        return None
    if any(c.dep_ == "prep" and lemma(c) == "of" for c in trigger.children):
        return None
    to = trigger.head
    if lemma(to) != "to" or to.head.pos_ in ("VERB", "AUX"):
        return None
    helper = to.head
    label = entity_at(helper, ctx)
    if label in ("GPE", "NORP") or people_noun(helper, ctx):
        return None  # "Russia to the rescue", "the medics to the rescue": a party helps
    if label is None and is_agentive(helper, ctx):
        return None  # "the army to the rescue"
    return "the idiom of a thing that helps, no aid"


def _infinitive_acts(noun: Token) -> list[Token]:
    """The verbs of an infinitive on a noun, with their verb conjuncts ("talks to write and
    direct it": write, direct)."""
    acts = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and to_infinitive(c)
    ]
    for act in list(acts):
        acts.extend(c for c in act.children if c.dep_ == "conj" and c.pos_ == "VERB")
    return acts


def job_talks(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the novelist is in final talks to write and direct the sequel", "an actor in talks to
    star in the remake": talks toward taking on a job in a work or a show are a job
    negotiation, no consultation between parties; "the government is in talks to buy jets",
    "in talks to form a coalition" stay (only acts of such a job count)."""
    if rule.type != "CONSULT" or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("dealmaking_nouns"):
        return None
    acts = _infinitive_acts(trigger)
    if not acts or not all(lemma(a) in ctx.vocab.words("job_acts") for a in acts):
        return None
    return "a job negotiation, no consultation"


_PARTY_LINKS = frozenset({"between", "among", "amongst", "with"})


def _talk_parties(trigger: Token) -> list[Token]:
    """Who a talks noun is between, in its own "between"/"with" phrase or in one the parser
    hangs on the verb it is the subject or object of ("talks have resumed between X and Y")."""
    holders = [trigger]
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj"):
        holders.append(trigger.head)
    return expand(
        g
        for h in holders
        for prep in h.children
        if prep.dep_ == "prep" and lemma(prep) in _PARTY_LINKS
        for g in prep.children
        if g.dep_ == "pobj"
    )


def business_talks(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "talks have resumed between the two newspaper companies", "the chains resumed talks on
    a merger": talks every party of which is a business told by its common noun are business
    talks between companies, no consultation of political actors (as the audits judge them);
    "talks between the bank and the government", any named party, stay."""
    if rule.type != "CONSULT" or lemma(trigger) not in ctx.vocab.words("dealmaking_nouns"):
        return None
    parties = expand([*actors, *targets, *_talk_parties(trigger)])
    if not parties:
        return None
    business = ctx.vocab.words("business_nouns")
    if all(entity_at(p, ctx) is None and lemma(p) in business for p in parties):
        return "business talks between companies, no consultation"
    return None


def trivial_apology(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "he sheepishly apologized for his tardiness", "apologises for the inconvenience": an
    apology for a small lapse of manners is politeness, no support for a party; "apologized
    for the massacre", "the minister apologized for the remarks" stay."""
    if rule.type != "SUPPORT" or lemma(trigger) not in ctx.vocab.words("apology_words"):
        return None
    lapses = prep_objects(trigger, frozenset({"for"}))
    if lapses and all(lemma(g) in ctx.vocab.words("trivial_lapses") for g in lapses):
        return "an apology for a lapse of manners, no support"
    return None


def offers_solicited(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the agency sought proposals for lunar landers", "invited bids for the contract": offers
    asked of anyone who will make them are a procurement call, no request to a party;
    "sought a proposal from Iran" (one offer, of a party) stays."""
    if rule.type != "REQUEST" or trigger.pos_ != "VERB":
        return None
    asked = object_of(trigger)
    if asked is None or lemma(asked) not in ctx.vocab.words("solicited_offers"):
        return None
    if asked.tag_ != "NNS" or any(
        c.dep_ == "prep" and lemma(c) == "from" for c in (*trigger.children, *asked.children)
    ):
        return None
    return "a procurement call, no request"


def hazard_as_doer(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the quake cut telephone links", "floods blocked the main road", "the storm forced the
    closure": an accident or a natural force as the only doer of an act of any other kind than
    violence (accidental_harm) or seizure (natural_damage) is no party's act; "rebels cut the
    supply lines" and "protesters blocked the road" stay."""
    if rule.type == "ASSAULT" or (rule.type == "COERCE" and rule.mode == "seize"):
        return None
    causes = ctx.vocab.words("natural_forces") | ctx.vocab.words("accident_nouns")
    doers = _antecedents(trigger, expand([*actors, *_doers(trigger)]))
    if unnamed_of(doers, causes, ctx):
        return "an accident or a natural force, no party"
    return None


def cause_toppled(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the Watergate scandal that toppled a president", "the crisis brought down the
    government": a scandal, a crisis or a vote that topples a leader is the cause of a fall,
    no coup; "the army toppled the president" stays."""
    if rule.type != "ASSAULT" or rule.mode != "coup":
        return None
    doers = _antecedents(trigger, expand([*actors, *_doers(trigger)]))
    if unnamed_of(doers, ctx.vocab.words("downfall_causes"), ctx):
        return "a cause of a fall, no coup"
    return None


def _litigant_use(noun: Token, ctx: Context) -> bool:
    """The noun stands as a side in court: the object of "by" or "for" ("called by the
    prosecution", "a witness for the prosecution"), or the subject of what a side does in a
    trial ("the prosecution rested its case", "the prosecution argued")."""
    if noun.dep_ == "pobj" and lemma(noun.head) in ("by", "for"):
        return True
    return noun.dep_ == "nsubj" and lemma(noun.head) in ctx.vocab.words("litigant_verbs")


def prosecuting_side(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Called by the prosecution, he told the jury ...", "the prosecution rested its case", "a
    witness for the prosecution": "the prosecution" with no one prosecuted is the prosecuting
    side of a trial, a party, no charge brought; "the prosecution of the general began" and
    "his prosecution" stay."""
    if rule.type != "ACCUSE" or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("litigant_nouns"):
        return None
    if any(c.dep_ in ("poss", "prep") for c in trigger.children) or targets:
        return None  # "his prosecution", "the prosecution of the general"
    if _litigant_use(trigger, ctx):
        return "the prosecuting side, no charge"
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


def reader_instruction(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "For a partial list of the regulations, visit ProPublica", "Contact the newsroom": a
    bare imperative of meeting in the writer's own words tells the reader where to look, no
    meeting; "the president will visit Moscow", and an imperative in a quotation ("'Meet with
    us,' the strikers said") stay."""
    if rule.type != "CONSULT" or trigger.pos_ != "VERB" or trigger.tag_ != "VB":
        return None
    if trigger.dep_ != "ROOT" or inside_quotation(trigger):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in trigger.children):
        return None
    return "an instruction to the reader, no meeting"


def wildlife_protected(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "reducing protections for endangered animals and plants", "a plan to protect wolves
    and their habitat": aid or protection given only to animals and the living world is
    conservation, no aid to a party; "protected the villagers and their cattle" (people among
    them) stays."""
    if rule.type != "AID" or not targets:
        return None
    animals = ctx.vocab.words("animal_nouns")
    living = animals | ctx.vocab.words("wildlife_nouns")
    heads = expand(targets)
    if any(lemma(h) not in living or entity_at(h, ctx) is not None for h in heads):
        return None
    if not any(lemma(h) in animals or lemma(h) == "species" for h in heads):
        return None  # "aid for forests" alone is left to the other checks
    return "animals or plants protected, no aid to a party"


def relief_deployed(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "rescue teams were deployed to the affected area", "firefighters were sent to the
    scene": rescuers moved to a disaster are relief, no mobilisation of forces; "troops were
    deployed", "police were deployed to the square" stay."""
    if rule.type != "MOBILIZE":
        return None
    moved = expand([*actors, *targets])
    relief = ctx.vocab.words("relief_workers")

    def rescuer(head: Token) -> bool:
        words = [head, *(c for c in head.children if c.dep_ in ("compound", "amod"))]
        return entity_at(head, ctx) is None and any(lemma(w) in relief for w in words)

    if moved and all(rescuer(m) for m in moved):
        return "rescuers sent, no mobilisation"
    return None


def authority_given(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Congress followed by giving specific authorization for the departments to revoke the
    action", "gave the agency the power to": giving an authority or a permission is the light
    verb of authorising, no aid given; "gave Ukraine military aid" stays."""
    if rule.type != "AID" or trigger.pos_ != "VERB" or lemma(trigger) != "give":
        return None
    given = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if given and all(lemma(g) in ctx.vocab.words("authority_nouns") for g in given):
        return "an authority given, no aid"
    return None


def struggle_with_a_thing(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "to fight global warming", "she battled mental illness", "crews fought the blaze": a
    verb of struggle whose object is a thing is striving against a problem, no violence (as
    figurative_struggle is for the noun); "fought the rebels", "battled the army" stay."""
    if rule.type != "ASSAULT" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("struggle_nouns"):
        return None
    fought = expand([c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")])
    places = ctx.vocab.words("territory_nouns") | ctx.vocab.words("places")
    if fought and all(is_thing(o, ctx) and lemma(o) not in places for o in fought):
        return "a struggle against a thing, no violence"
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
    if any(lemma(t) in bout or _ordinal_round(t) for t in trigger.sent):
        return "a bout in a ring, no violence"
    return None


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


def scored_meeting(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the second meeting between the schools this season, as Gonzaga also beat Tennessee,
    83-74": a meeting told beside a game's score is a game, no consultation; "the two
    ministers met in Geneva" stays."""
    if rule.type != "CONSULT" or not _told_score(trigger):
        return None
    return "a game with its score, no meeting"


def jury_deliberation(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Jury deliberations are still underway", "the jurors deliberated for two days": a jury
    weighing its verdict is a court's procedure, no meeting of parties."""
    if rule.type != "CONSULT":
        return None
    juries = ctx.vocab.words("jury_nouns")
    near = [*actors, *_doers(trigger)]
    near += [c for c in trigger.children if c.dep_ in ("compound", "poss")]
    if near and all(lemma(n) in juries for n in expand(near)):
        return "a jury deliberating, no meeting"
    return None


def substance_abuse(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a lifetime of gang membership and drug abuse", "alcohol abuse": abuse of a substance
    is addiction, no ill-treatment of anyone; "the abuse of prisoners" stays."""
    if rule.type != "ASSAULT" or lemma(trigger) != "abuse":
        return None
    kinds = [c for c in trigger.children if c.dep_ in ("compound", "amod")]
    if any(lemma(k) in ctx.vocab.words("substance_words") for k in kinds):
        return "substance abuse, no ill-treatment"
    return None


def strike_at_heart(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a move environmental groups say strikes at the heart of the Act": striking at the
    heart, core or root of something is the idiom of undermining it, no strike."""
    if trigger.pos_ != "VERB":
        return None
    cores = ctx.vocab.words("core_nouns")
    if lemma(trigger) in ("target", "attack"):
        # "the changes target the heart of the Act", "attacks the very core of democracy":
        # the same idiom with the heart as the object (version 1.171.0)
        hit = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if hit and all(lemma(h) in cores for h in hit):
            return "striking at the heart of something, an idiom"
        return None
    if lemma(trigger) != "strike":
        return None  # read as a labour strike or as a blow alike
    if any(lemma(g) in cores for g in prep_objects(trigger, frozenset({"at"}))):
        return "striking at the heart of something, an idiom"
    return None


def sought_out(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "she sought out the three coworkers": "seek out" is to look for someone, no request;
    "sought help from the UN" stays. So is seeking a person ("Kopp is being sought by the FBI
    as a suspect", "they were being sought for interviews", "police are seeking the driver":
    hunted or looked for; version 1.187.0), while what is sought from someone, "sought the
    release of the hostages", "sought Washington's help", stays a request."""
    if rule.type != "REQUEST" or lemma(trigger) != "seek":
        return None
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in trigger.children):
        return "looked for, no request"
    sought = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if sought and all(_a_person(through_of(h, ctx), ctx) for h in expand(sought)):
        return "a person looked for, no request"
    return None


def show_hosted(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Ricky Gervais would not be hosting the Oscars", "she hosted the awards show": hosting
    a show, a ceremony or a named event is presenting it, no meeting; "hosted the summit",
    "hosted the Iranian delegation" stay."""
    if rule.type != "CONSULT" or lemma(trigger) != "host":
        return None
    hosted = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    shows = ctx.vocab.words("hosted_shows")
    if hosted and all(lemma(h) in shows or h.ent_type_ in ("EVENT", "WORK_OF_ART") for h in hosted):
        return "a show presented, no meeting"
    return None


def refused_belief(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the Boston brass refused to believe that the offer was real": refusing to believe or
    to think something is disbelief, no rejection of a party; "refused to accept the results"
    and "refused to negotiate" stay."""
    if rule.type != "REJECT" or trigger.pos_ != "VERB":
        return None
    held = [c for c in trigger.children if c.dep_ == "xcomp" and to_infinitive(c)]
    if held and all(lemma(c) in ctx.vocab.words("belief_verbs") for c in held):
        return "disbelief, no rejection"
    return None


def talk_to_the_press(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the district attorney is expected to discuss the case at a news conference": talk told
    only as given at a news conference, with no one talked with, is a statement to the press,
    no meeting; "discussed the ceasefire with the rebels at a press conference" stays."""
    if rule.type != "CONSULT" or trigger.pos_ != "VERB" or targets:
        return None
    if any(c.dep_ == "prep" and lemma(c) in ("with", "between") for c in trigger.children):
        return None
    press = ctx.vocab.words("press_words")
    for venue in prep_objects(trigger, frozenset({"at", "during", "in"})):
        if lemma(venue) not in ctx.vocab.words("conference_nouns"):
            continue
        if any(c.dep_ in ("compound", "amod") and lemma(c) in press for c in venue.children):
            return "a statement to the press, no meeting"
    return None


# Senses found on real news pages (vocabulary 1.131.0, 1.135.0, 1.140.0, 1.145.0, 1.148.0,
# 1.150.0), run
# last by events_filters.CHECKS.
PAGE_SENSES = (
    asked_for_an_answer,
    market_blow,
    topic_talk,
    view_shared,
    speech_at_rally,
    thing_given_up,
    amount_cut,
    tough_property,
    price_per_unit,
    help_needed,
    product_at_work,
    encore_called,
    budget_funding,
    sponsored_show,
    workers_taken_on,
    budget_request,
    rights_granted,
    play_conceded,
    attitude_taken,
    speech_at_conference,
    natural_damage,
    reader_welcomed,
    sports_play,
    risk_without_threatener,
    armed_intervention,
    talk_in_general,
    launcher_produced,
    readied_for_shipping,
    career_collaboration,
    thing_offering,
    contest_meeting,
    career_turned_down,
    how_to_advice,
    rescue_idiom,
    job_talks,
    business_talks,
    trivial_apology,
    offers_solicited,
    animal_victim,
    electric_charging,
    hazard_withstood,
    courtesy_help,
    hand_in_an_act,
    state_easing,
    force_of_nature_struck,
    anyone_who,
    family_visit,
    care_visit,
    game_injury,
    ranked_occurrence,
    met_with_response,
    talked_about,
    market_demand,
    armed_state,
    money_purpose,
    hazard_as_doer,
    cause_toppled,
    prosecuting_side,
    bout_stoppage,
    reader_instruction,
    wildlife_protected,
    relief_deployed,
    authority_given,
    struggle_with_a_thing,
    boxing_bout,
    sports_rally,
    scored_meeting,
    jury_deliberation,
    substance_abuse,
    strike_at_heart,
    sought_out,
    show_hosted,
    refused_belief,
    talk_to_the_press,
    exile_descriptor,
    deadline_given,
    law_broken,
    plan_of_hostile_act,
    named_alliance,
)
