"""Acts told of a kind in general, no happening: "kids killing kids", "people hurting people"
(a bare plural doing the act to the same bare plural, in a gerund: a social ill named, no
event; left35b, vocabulary 1.312.0), and a person's or a body's record of a kind of act ("a
lengthy record of domestic abuse", "a history of violence": a track record, no particular
act; prec37, vocabulary 1.334.0), and a trend in a phenomenon ("after a spike in piracy": a
rate that rose, no particular act; prec39b, vocabulary 1.369.0), and a life's or a body's
aim ("dedicated to helping refugees": no aid told; left40, vocabulary 1.381.0), and a class of
people named by what they do ("those who seek asylum": prec42a, vocabulary 1.408.5). An inquiry that
is an arrest's ground is read in events_senses_grounds (left40's twin of it folded there by the
lead). The checks have the signature of events_filters' checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def _bare_plural(noun: Token, trigger: Token, ctx: Context) -> bool:
    """A common noun in the plural with no article, possessor, number or modifier that makes
    it particular ("kids", not "the kids", "three kids", "local kids"; the gerund itself may
    hang on it: "kids killing kids")."""
    return (
        noun.tag_ == "NNS"
        and entity_at(noun, ctx) is None
        and not any(
            c.dep_ in ("det", "poss", "nummod", "amod", "compound", "prep", "relcl", "acl")
            and c.i != trigger.i
            for c in noun.children
        )
    )


def kind_on_its_kind(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "We cannot have kids killing kids", "it is neighbours attacking neighbours": a gerund
    whose doer and whose target are the same bare plural tells of a kind in general, no
    event; "soldiers killing civilians" and "the kids killing two teachers" stay."""
    if trigger.tag_ != "VBG" or len(actors) != 1 or len(targets) != 1:
        return None
    doer, done_to = actors[0], targets[0]
    if lemma(doer) != lemma(done_to) or doer.i == done_to.i:
        return None
    if _bare_plural(doer, trigger, ctx) and _bare_plural(done_to, trigger, ctx):
        return "a kind acting on its own kind, in general, no event"
    return None


def track_record(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "has a lengthy record of domestic abuse", "a history of violence against women", "a
    history of assaulting officers": a kind of act, with no article or owner of its own, in
    the "of" phrase of a word of a track record (`track_record_nouns`) tells what someone is
    known for, no particular act; "a record of the talks" and "the history of the war" name
    one (their article makes it particular) and stay."""
    if trigger.pos_ not in ("NOUN", "VERB") or trigger.dep_ not in ("pobj", "pcomp"):
        return None
    prep = trigger.head
    if lemma(prep) != "of" or lemma(prep.head) not in ctx.vocab.words("track_record_nouns"):
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children):
        return None
    return "a track record of a kind of act, no particular act"


def trend_in_a_phenomenon(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "dispatched after a spike in piracy", "warned of a rise in violence": an act noun in
    the singular, with no article, owner or number, in the "in" phrase of a word of a trend
    (`trend_nouns`) names a phenomenon whose rate moved, no particular act; a plural ("a rise
    in kidnappings": the kidnappings happened) and a particular act ("a rise in the attacks
    on the border") stay."""
    if trigger.dep_ == "conj" and trigger.head.tag_ == "NN" and trigger.head.dep_ == "pobj":
        # "after a spike in piracy and hijackings": a conjunct of the phenomenon shares its
        # reading (prec41, vocabulary 1.396.0)
        if any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children):
            return None
        trigger = trigger.head
    if trigger.tag_ != "NN" or trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    if lemma(prep) != "in" or lemma(prep.head) not in ctx.vocab.words("trend_nouns"):
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children):
        return None
    return "a trend in a phenomenon, no particular act"


def dedicated_aim(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "She is continuing to dedicate her knowledge to helping Americans lead healthier
    lives", "a charity devoted to helping refugees": an act in the gerund that a life, a
    career or a body is dedicated to is its standing aim, no act told (`dedication_verbs`;
    vocabulary 1.381.0). "pledged to help", "committed to helping" are statements of intent,
    read as such."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp" or lemma(trigger.head) != "to":
        return None
    verb = trigger.head.head
    if lemma(verb) not in ctx.vocab.words("dedication_verbs"):
        return None
    return "the standing aim a life or a body is dedicated to, no act told"


_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a noun sits in, through the prepositions it hangs on."""
    head = token.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def such_in_the_present(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the reputation the navy enjoys in such deployments", "such attacks are rare in the
    capital": an act noun in the plural with "such" (`generalising_kind_words`) in a clause
    in the simple present names acts of a kind in general, no particular one ("such attacks
    have killed 30 people this year", "such raids were carried out" tell ones that happened
    and stay; prec41, vocabulary 1.396.0)."""
    if trigger.tag_ != "NNS":
        return None
    kind_words = ctx.vocab.words("generalising_kind_words")
    if not any(
        c.dep_ in ("amod", "det", "predet") and lemma(c) in kind_words for c in trigger.children
    ):
        return None
    verb = _clause_verb(trigger)
    if verb is None or verb.tag_ not in _PRESENT_TAGS:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "such attacks have killed", "are being planned": told, not general
    return "acts of a kind named in general, no particular act"


def _habitual_frame(verb: Token, ctx: Context) -> bool:
    """An adverb of frequency ("often", "usually") or a fronted "in many / most ..." phrase
    on the verb."""
    often = ctx.vocab.words("habitual_adverbs") | ctx.vocab.words("pattern_frequency_adverbs")
    quantifiers = ctx.vocab.words("pattern_quantifiers")
    for c in verb.children:
        if c.dep_ == "advmod" and lemma(c) in often:
            return True
        if c.dep_ == "prep" and lemma(c) == "in":
            for noun in (p for p in c.children if p.dep_ == "pobj"):
                if any(
                    q.dep_ in ("amod", "det") and lemma(q) in quantifiers for q in noun.children
                ):
                    return True
    return False


def habitual_pattern(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "In many hijackings, pirates take the crew hostage and demand a ransom", "gangs often
    kidnap foreigners": a verb in the simple present whose subject is a bare plural, with an
    adverb of frequency or an "in many / most ..." frame, tells a pattern of a kind, no
    particular act (ruling of the fortieth session; "the pirates often attack ships here"
    with its article, "pirates attacked the ship" and "Rebels release 20 hostages" with no
    frame stay; prec41, vocabulary 1.396.0)."""
    if trigger.pos_ != "VERB":
        return None
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "... take the crew hostage and demand a ransom": the first verb's
    if verb.tag_ not in _PRESENT_TAGS or trigger.tag_ not in (*_PRESENT_TAGS, "VB"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ != "NNS":
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in subjects[0].children):
        return None
    if entity_at(subjects[0], ctx) is not None or not _habitual_frame(verb, ctx):
        return None
    return "a pattern of a kind of act, no particular act"


def class_by_its_act(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "our obligations to those who seek asylum in Australia", "anyone who protests will be
    heard": a verb in the simple present in the relative clause of a pronoun that names a
    class of people (`class_pronouns`) says who belongs to the class, no act of anyone in
    particular ("those who fled the fighting" tells ones who did; prec42a, vocabulary
    1.408.5)."""
    if _class_by_its_participle(trigger, ctx):
        return "a class of people named by what they do, no particular act"
    if trigger.pos_ != "VERB" or trigger.dep_ != "relcl" or trigger.tag_ not in _PRESENT_TAGS:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None
    if trigger.head.pos_ != "PRON" or lemma(trigger.head) not in ctx.vocab.words("class_pronouns"):
        return None
    return "a class of people named by what they do, no particular act"


def _class_by_its_participle(trigger: Token, ctx: Context) -> bool:
    """ "surely those fleeing that government deserve our compassion": a present participle on
    a pronoun of a class of people, in a clause told in the present or ahead, says who belongs
    to the class as the relative clause does ("Those fleeing the fighting reached the border"
    tells ones who did; prec43a, vocabulary 1.421.0)."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "acl":
        return False
    pronoun = trigger.head
    if pronoun.pos_ not in ("PRON", "DET") or lemma(pronoun) not in ctx.vocab.words(
        "class_pronouns"
    ):
        return False
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass", "dobj") or clause.tag_ not in (
        *_PRESENT_TAGS,
        "VB",
    ):
        return False
    return not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in clause.children
    )


GENERIC_SENSES = (
    class_by_its_act,
    habitual_pattern,
    such_in_the_present,
    kind_on_its_kind,
    track_record,
    trend_in_a_phenomenon,
    dedicated_aim,
)
