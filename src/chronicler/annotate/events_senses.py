"""Senses of event words that name no event on ordinary news pages (vocabulary 1.124.0).

"hold" keeps someone in custody only when who is held is a person: "a festival will be
held", "the rebels held the town" hold no one. A "hearing" is an inquiry only when it looks
into something or is an impeachment's; a committee's hearing on a programme, or a court's on
a case, investigates no one. A plain "warn" threatens only when the warning names an act
the warner's side would do to someone, or deters a state or body: "he warned that the
economy could slow", "warned residents to stay away" threaten no one. A fight "for" voters
or support is a contest to win them over, not violence.

The senses found on real pages since vocabulary 1.131.0 (a blow dealt by a market force is
a loss, talk on a topic by one speaker meets no one, ...) are checks of their own, by theme:
talk and meetings in events_senses_speech, blows and force in events_senses_harm, the rest in
events_senses_everyday; the tests a word shares with them (a person named, a verb's doers,
a game's score told) are here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.countries import gentilic_state
from chronicler.annotate.events_actors import Context, entity_at, is_agentive, people_noun
from chronicler.annotate.events_match import near_words, object_of
from chronicler.annotate.events_phrases import expand, objects_of, prep_objects
from chronicler.annotate.events_pronouns import PERSONAL, PLURAL_PRONOUNS
from chronicler.annotate.events_things import through_of
from chronicler.annotate.events_vocab import RELATIVE_PRONOUNS, Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Labels of a name that may be held as a person or a group of people: not a place, an event
# or a work (the tagger often reads a person's name it saw once as an organisation's).
_PEOPLE_LABELS = frozenset({"PERSON", "NORP", "ORG"})
# A warning told in the past announces its future act with "would" ("warned that it would
# respond"), which the modality table reads as hypothetical; its future_aux list holds the rest.
_REPORTED_FUTURE = "would"
_IS = frozenset({"'s", "’s"})


def unnamed_of(doers: Sequence[Token], words: frozenset[str], ctx: Context) -> bool:
    """Every doer is a common noun of `words` that names no entity ("the wildfire", "the
    controller", "the Tigers" untagged): a thing or a team, no party."""
    return bool(doers) and all(lemma(d) in words and entity_at(d, ctx) is None for d in doers)


def _held(verb: Token) -> list[Token]:
    """Who a verb of holding holds: its object or passive subject; in a relative clause or a
    participle on a noun, that noun ("a festival which will be held", "the man held by")."""
    objects = objects_of(verb)
    if verb.dep_ in ("relcl", "acl") and all(lemma(o) in RELATIVE_PRONOUNS for o in objects):
        return [verb.head]
    return objects


def names_a_person(head: Token, ctx: Context) -> bool:
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
    if held and not any(names_a_person(through_of(h, ctx), ctx) for h in held):
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
        if future and any(warners_side(s, trigger, ctx) for s in subjects):
            return None
    acts = ctx.vocab.words("threatened_acts")
    for prep in (c for c in trigger.children if c.dep_ == "prep" and lemma(c) in ("of", "about")):
        if any(g.i in ctx.triggers or lemma(g) in acts for g in prep.children):
            return None
    objects = objects_of(trigger)
    if any(entity_at(o, ctx) in ("GPE", "ORG", "NORP") for o in expand(objects)):
        return None
    return "a warning threatening no act"


def warned_of_others(warning: Token, doers: Sequence[Token], ctx: Context) -> bool:
    """A warning that others will act ("the newspaper warned that young people would rise
    up"): the announced act's doers all plain nouns of people not the warner's side, so the
    warning is a prediction and no statement of a threat by the warner (vocabulary 1.266.0)."""
    return (
        lemma(warning) in ctx.vocab.words("warning_verbs")
        and bool(doers)
        and not any(warners_side(d, warning, ctx, peoples_apart=True) for d in doers)
    )


def warners_side(subject: Token, warning: Token, ctx: Context, peoples_apart: bool = False) -> bool:
    """Whether the subject of a warned future act may be the warner or its own side: a
    pronoun, a possessed noun ("his troops"), a name, a force ("the army would strike"), or
    the warner's own word. A plain noun of other people ("warned that young people would rise
    up", "that investors would flee") makes the warning a prediction, no threat by the
    warner (vocabulary 1.266.0)."""
    if subject.pos_ == "PRON" or any(c.dep_ == "poss" for c in subject.children):
        return True
    if not (is_agentive(subject, ctx) or people_noun(subject, ctx)):
        return False
    # as the doers of an announced act, a people named in the plural, "young Greeks would
    # rise up", is other people as "young people" are (roles 1.143.0, left39); "Iranians
    # would pay a heavy price" (what the warned clause's subject undergoes) stays a threat
    if entity_at(subject, ctx) is not None and not (peoples_apart and _people_named(subject)):
        return True
    own = ctx.vocab.words("own_force_nouns") | ctx.vocab.words("group_nouns")
    if lemma(subject) in own | ctx.vocab.words("warners_own_people"):
        return True
    warners = [c for c in warning.children if c.dep_ == "nsubj"]
    return any(lemma(w) == lemma(subject) for w in warners)


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
    if all(
        lemma(s) in expletive or (s.pos_ == "NOUN" and not names_a_person(s, ctx)) for s in subjects
    ):
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


def existential_over_years(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "For years there's been strikes and protests in this country", "there have been
    clashes there for decades": acts in the plural that "there have been" over years tell a
    pattern, no particular event; "there have been protests for weeks" (a wave going on)
    and "there were clashes on Monday" stay."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NNS":
        return None
    first = trigger
    while first.dep_ == "conj":
        first = first.head
    if not _existential(first):
        return None
    verb = first.head
    spans = ctx.vocab.words("pattern_spans")
    lasting = [o for o in prep_objects(verb, frozenset({"for", "over"})) if o.dep_ == "pobj"]
    if any(lemma(o) in spans for o in lasting):
        return "a pattern over years, no event"
    return None


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
    # "declined when asked to comment", "refused, when asked to elaborate": a reporter's
    # question the clause puts, refused (vocabulary 1.229.0)
    for clause in trigger.children:
        if (
            clause.dep_ == "advcl"
            and lemma(clause) == "ask"
            and any(c.dep_ == "xcomp" and lemma(c) in telling for c in clause.children)
        ):
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


def gaze_into(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "said it all by looking into the camera", "stared into the distance": looking into a
    camera, the distance or someone's eyes is a gaze, no inquiry ("looking into whether the
    landlord was a witness", "looked into the allegations" stay; vocabulary 1.236.8)."""
    if rule.type != "ACCUSE" or lemma(trigger) not in ("look", "stare", "gaze", "peer"):
        return None
    seen = prep_objects(trigger, frozenset({"into"}))
    gazes = ctx.vocab.words("gaze_objects")
    if seen and all(lemma(s) in gazes for s in seen):
        return "a gaze, no inquiry"
    return None


def when_or_which(modifier: Token) -> bool:
    """A modifier of a noun that tells when or which, not what: a phrase whose object is a
    date or a time ("the call on March 3") or a number ("several 112 calls")."""
    if modifier.dep_ in ("compound", "nummod", "amod"):  # (and "several", "dozens of")
        return modifier.pos_ == "NUM" or modifier.ent_type_ in _TIME_LABELS | {"CARDINAL"}
    if modifier.dep_ != "prep":
        return False
    objects = [c for c in modifier.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in _TIME_LABELS for o in objects)


def verb_doers(trigger: Token) -> list[Token]:
    """Who or what does a verb: its subject, or its passive's "by"-agent ("farmers hit by
    tariffs")."""
    out = [c for c in trigger.children if c.dep_ == "nsubj"]
    agents = [a for a in trigger.children if a.dep_ == "agent"]
    return out + [g for a in agents for g in a.children if g.dep_ == "pobj"]


# Senses found on real news pages, fourth round (vocabulary 1.140.0).


def told_score(trigger: Token) -> bool:
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


def _people_named(noun: Token) -> bool:
    """A nationality in the plural ("Greeks", "Iranians"), whatever the tagger labels it: a
    people at large, no state or body acting."""
    return noun.tag_ in ("NNPS", "NNS") and gentilic_state(noun.text, "en") is not None
