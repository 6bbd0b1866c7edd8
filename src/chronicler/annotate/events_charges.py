"""Which charge words report no indictment, and which offences are only what someone is
charged with: a body "charged with" a duty, a device charged with no crime and no authority
charging, and an offence named as a charge ("charged with rebellion", "murder charges", "his
rape trial") rather than an act of its own. Each check has the signature of events_filters'
checks (why the trigger is no event, or None); split from events_filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_arg_doers import death_victims
from chronicler.annotate.events_doer_words import is_passive
from chronicler.annotate.events_match import match_rule, to_infinitive
from chronicler.annotate.events_phrases import partitive_of, prep_objects
from chronicler.annotate.events_vocab import Rule, lemma, word_in

if TYPE_CHECKING:
    from spacy.tokens import Token


def duty_not_charge(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a team of agents charged with spying on opponents": a body charged with doing
    something is given a task, not an indictment."""
    if rule.mode != "charge" or lemma(trigger) != "charge" or trigger.dep_ != "acl":
        return None
    duty = any(
        c.dep_ == "prep"
        and lemma(c) == "with"
        and any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
        for c in trigger.children
    )
    holder = trigger.head
    bodies = ctx.vocab.words("task_holders")
    if duty and (lemma(holder) in bodies or (holder.i > 0 and lemma(holder) in _state_roles(ctx))):
        return "charged with a duty"
    return None


def _state_roles(ctx: Context) -> frozenset[str]:
    return ctx.vocab.role_words(("police", "military", "government"))


def offence_as_charge(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "charged X with rebellion", "accused of sedition", "charges of treason": an offence
    named bare as what someone is charged with is the charge (an attribute of that event),
    not a happening of its own. An offence with its own parties ("accused of the killing of
    X", "of his murder") is still reported."""
    if _coordinated_on_charge(trigger, ctx) and not _own_parties(trigger, ctx):
        return "an offence named on a charge"
    commit = trigger.head
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "dobj"
        and lemma(commit) == "commit"
        and commit.dep_ == "acl"
        and to_infinitive(commit)
        and lemma(commit.head) in ctx.vocab.words("offence_heads")
    ):
        return "an offence's aim"  # "charged with conspiracy to commit murder"
    if _intent_in_offence_name(trigger, ctx):
        return "an intent in an offence's name"  # "assault with intent to murder"
    if trigger.pos_ not in ("NOUN", "PROPN") or _own_parties(trigger, ctx):
        return None
    if _told_as_happening(trigger):
        return None
    if _named_death(trigger, rule, ctx):
        return None
    degrees = ctx.vocab.words("offence_degree_words")
    if (
        word_in(trigger, ctx.vocab.words("offence_heads"))
        and any(c.dep_ in ("amod", "compound") and c.lower_ in degrees for c in trigger.children)
        and not _own_parties(trigger, ctx, ("on",))
    ):
        return "an offence named by its legal degree"  # "aggravated sexual assault"
    first = trigger
    while first.dep_ == "conj":  # "of sedition and rebellion"
        first = first.head
    if first.i != trigger.i and _listed_after_charge(first, trigger, ctx):
        return "an offence named as a charge"
    if first.dep_ == "dobj" and first.head.tag_ == "VBG" and first.head.dep_ == "pcomp":
        first = first.head  # "accused of inciting violence": the gerund's phrase is the offence
    if (
        first.dep_ == "dobj"
        and first.head.tag_ == "VBG"
        and first.head.dep_ == "conj"
        and _gerund_listed_on_charge(first.head, ctx)
    ):
        return "an offence named as a charge"  # "on charges of larceny and inciting a riot"
    if _names_charge(first, ctx):
        return "an offence named on a charge"
    if _kind_of_offence(first, ctx):
        return "a kind of offence listed"
    prep = first.head
    if first.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep":
        return None
    if prep.head.i == trigger.i:
        return None
    return "an offence named as a charge" if _opens_charge(prep, ctx) else None


def _intent_in_offence_name(trigger: Token, ctx: Context) -> bool:
    """ "a 2006 conviction of assault with intent to murder", "convicted of burglary with
    intent to commit theft", "arrested for possession with intent to supply": the act of an
    intent that is part of an offence's legal name is no event of its own (the offence is
    the act, its convicted the doer; vocabulary 1.326.6); "attacked the town with intent to
    kill its mayor" keeps its intended killing, ahead."""
    verb = trigger.head if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" else trigger
    if verb.dep_ != "acl" or not to_infinitive(verb):
        return False
    intent = verb.head
    if lemma(intent) not in ctx.vocab.modality.intent_nouns or intent.dep_ != "pobj":
        return False
    if lemma(intent.head) != "with":
        return False
    owner = intent.head.head
    offences = ctx.vocab.words("offence_heads")
    if owner.pos_ == "NOUN" and (
        word_in(owner, offences) or lemma(owner) in ctx.vocab.words("trial_nouns")
    ):
        return True
    return any(  # "convicted of burglary with intent ...": on the verb that names it
        c.dep_ == "prep" and lemma(c) in ("of", "for")
        for c in owner.children
        if any(g.dep_ == "pobj" and word_in(g, offences) for g in c.children)
    )


def _named_death(trigger: Token, rule: Rule, ctx: Context) -> bool:
    """ "charged with murder in the death of his girlfriend", "convicted of manslaughter in the
    death of Anna Lee": an offence of killing charged "in" a death whose "of"-person is named
    has its own victim, as "the murder of X" has, and is reported (hypothetical under a
    charge; its target the one who died: events_arg_doers.death_victims); not where the death
    word is itself an act reported ("in the killing of his son": the killing; vocabulary
    1.272.0)."""
    victims = death_victims(trigger, rule, ctx)
    deaths = [v.head.head for v in victims if v.head.dep_ == "prep"]
    return bool(deaths) and all(match_rule(d, ctx.vocab) is None for d in deaths)


def _listed_after_charge(owner: Token, trigger: Token, ctx: Context) -> bool:
    """ "serving a life sentence for robbery, aggravated sexual assault and two counts of
    arson": the parser may hang the later offences of a list on the noun the list's phrase
    belongs to, not on its first offence; an offence coordinated so after a phrase of that
    noun which opens a charge and names an offence is listed in the charge too (vocabulary
    1.266.0)."""
    offences = ctx.vocab.words("offence_heads")
    return any(
        c.dep_ == "prep"
        and c.i < trigger.i
        and _opens_charge(c, ctx)
        and any(g.dep_ == "pobj" and word_in(g, offences) for g in c.children)
        for c in owner.children
    )


def _opens_charge(prep: Token, ctx: Context) -> bool:
    """Whether what the preposition takes is what someone is charged with: "charges of",
    "accused of", "charged with", "convicted of", "arrested on", "held for"."""
    owner, word = prep.head, lemma(prep)
    if owner.pos_ == "NOUN" and lemma(owner) in ctx.vocab.words("charge_generic"):
        return word == "of"
    if owner.pos_ == "ADJ" and lemma(owner) in ctx.vocab.words("guilty_words"):
        return word == "of"  # "found them guilty of torture": what the verdict convicts of
    charging = match_rule(owner, ctx.vocab)
    if charging is None:
        return False
    # displeasure "with the verdict" is at the verdict, no charge (vocabulary 1.430.1); a
    # speaker's blame "responsible for the bombing" leaves the bombing told (1.436.0)
    accusing = charging.type == "ACCUSE" and not (charging.feeler_acts or charging.speaker_acts)
    if accusing or charging.mode in ctx.vocab.words("charging_modes"):
        return word in ctx.vocab.words("charge_preps")
    if charging.mode in ctx.vocab.words("custody_modes"):
        return word in ctx.vocab.words("arrest_charge_preps")
    return False


# Words inside the noun phrases of a list of offences ("grand larceny, possession of stolen
# property and ..."): nouns, their modifiers, and gerunds with their objects.
_LISTED_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
_LISTED_TAGS = frozenset({"VBN", "VBG", "HYPH"})


def _gerund_listed_on_charge(gerund: Token, ctx: Context) -> bool:
    """ "arrested four times on charges of grand larceny, possession of stolen property and
    inciting a riot", "charged with burglary, assault and inciting a riot": a gerund closing a
    list of offences is one more offence charged, however the parser hangs it (it may read it
    as a predicate coordinated with the arrest or with an offence). Read off the words: right
    after a list word, with no subject or auxiliary of its own, and back over the offences'
    phrases to the preposition of a charge that opens the list (vocabulary 1.249.0)."""
    doc = gerund.doc
    if gerund.i == 0 or doc[gerund.i - 1].lower_ not in _LIST_WORDS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in gerund.children):
        return False
    start = max(gerund.sent.start, gerund.i - 20)
    for i in range(gerund.i - 2, start - 1, -1):
        token = doc[i]
        if token.pos_ == "ADP" and token.dep_ == "prep":
            if _opens_charge(token, ctx):
                return True
            if token.lower_ != "of":  # "possession of stolen property": inside an offence
                return False
        elif not (
            token.lower_ in _LIST_WORDS or token.pos_ in _LISTED_POS or token.tag_ in _LISTED_TAGS
        ):
            return False
    return False


# Prepositions that list instances of a noun ("crimes including murder", "offences such as
# robbery", "crimes ranging from extortion to murder").
_LISTING_PREPS = frozenset({"including", "like", "as", "from", "to"})


def _kind_of_offence(noun: Token, ctx: Context) -> bool:
    """ "crimes including murder and kidnapping", "offences such as robbery", "crimes ranging
    from extortion to murder": an offence listed as an instance of a generic crime noun names a
    kind of offence, no act done (vocabulary 1.233.0)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _LISTING_PREPS:
        return False
    owner = prep.head
    if prep.lower_ in ("from", "to"):
        if owner.lower_ == "from":
            owner = owner.head  # "from extortion to murder", "to" hung on "from"
        elif owner.dep_ == "pobj" and owner.head.lower_ == "from":
            owner = owner.head.head  # ... or on "extortion"
        if lemma(owner) != "range":
            return False
        owner = owner.head  # "crimes ranging from ...": the noun the range is of
    elif prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return False
    return owner.pos_ == "NOUN" and lemma(owner) in ctx.vocab.words("charge_generic")


def _names_charge(noun: Token, ctx: Context) -> bool:
    """ "murder charges", "faces assault charges", "two counts of attempted murder and arson
    charges": an offence modifying a noun of a charge names what is charged, no act done."""
    head = noun.head
    if noun.dep_ not in ("compound", "nmod") or head.i < noun.i or head.pos_ != "NOUN":
        return False
    if lemma(head) in ctx.vocab.words("charge_nouns"):
        return True
    # "his rape trial": an offence on a trial names what is tried ("the impeachment trial" is
    # the proceeding's name; vocabulary 1.208.0)
    offences = ctx.vocab.words("offence_heads")
    return lemma(head) in ctx.vocab.words("trial_nouns") and word_in(noun, offences)


def _coordinated_on_charge(trigger: Token, ctx: Context) -> bool:
    """ "will face murder and kidnapping charges", "on rape, robbery and assault charges":
    offences listed before a noun of a charge all name what is charged, however the parser
    hangs the list (it may read "murder" as the verb's object and "kidnapping" as a gerund
    taking "charges"). Read off the words: the trigger, then only offences, their modifiers
    and coordinators, up to a charge noun right after an offence ("the murder and charges
    filed later" lists nothing). Version 1.208.0."""
    offences = ctx.vocab.words("offence_heads")
    if not word_in(trigger, offences):
        return False
    charges = ctx.vocab.words("charge_nouns")
    doc = trigger.doc
    for i in range(trigger.i + 1, min(len(doc), trigger.i + 8)):
        token = doc[i]
        if token.tag_ in ("NN", "NNS") and lemma(token) in charges:
            before = doc[i - 1]
            return before.i == trigger.i or word_in(before, offences)
        if not (
            token.lower_ in _LIST_WORDS
            or word_in(token, offences)
            or token.tag_ in ("JJ", "VBN", "HYPH")
        ):
            return False
    return False


_LIST_WORDS = frozenset({"and", "or", ","})


def _told_as_happening(noun: Token) -> bool:
    """ "sentenced for a 1996 hostage siege in which more than 200 people died": an offence
    told with a year or a date of its own, or with a relative clause telling what happened in
    it, is a happening the charge or the sentence is for, reported as "the massacre of 30
    villagers" is; "charged with murder", "convicted of sedition" name only the charge."""
    if any(c.dep_ == "relcl" for c in noun.children):
        return True
    return any(
        c.dep_ in ("amod", "compound", "nummod", "nmod", "npadvmod") and c.ent_type_ == "DATE"
        for c in noun.children
    )


def _own_parties(noun: Token, ctx: Context, more: tuple[str, ...] = ()) -> bool:
    """The noun's phrase names who did it or to whom ("the killing of X", "his murder"), or
    through `more` ("an aggravated assault on a guard")."""
    parties = ctx.vocab.words("offence_party_preps") | frozenset(more)
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and lemma(c) in parties) for c in noun.children
    )


def charge_without_accusation(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "you charge an iPhone": an active "charge" with no crime ("with", "over", "for") and
    no state authority charging is a battery's, not an indictment."""
    if rule.mode != "charge" or lemma(trigger) != "charge" or trigger.pos_ != "VERB":
        return None
    if is_passive(trigger, agent=True):
        return None
    if any(
        c.dep_ == "prep" and lemma(c) in ctx.vocab.words("charge_preps") for c in trigger.children
    ):
        return None
    state = _state_roles(ctx) | ctx.vocab.words("charging_roles")
    if any(lemma(a) in state or a.ent_type_ in ("ORG", "GPE") for a in actors):
        return None
    return "a charge with no crime and no authority"


def _guilty(noun: Token, ctx: Context) -> bool | None:
    """True for a verdict a word of guilt modifies ("a guilty verdict"), False for one it
    modifies with a negation ("a not guilty verdict"), None for none."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and lemma(c) in ctx.vocab.words("guilty_words"):
            denied = any(g.dep_ == "neg" for g in c.children) or any(
                g.dep_ == "neg" for g in noun.children
            )
            return not denied
    return None


def guilty_verdict_of(trigger: Token, ctx: Context) -> list[Token]:
    """ "The jury returned a guilty verdict for Smith", "guilty verdicts for both
    defendants": whom a guilty verdict is told "for", a person, is its target as one told
    "against" is (roles.toml verdict_nouns; version 1.66.0)."""
    if lemma(trigger) not in ctx.vocab.words("verdict_nouns") or not _guilty(trigger, ctx):
        return []
    preps = ctx.vocab.words("verdict_target_preps")
    # "a guilty verdict for one of the two men": the men it counts from (roles 1.72.0)
    return [partitive_of(g, ctx.vocab) or g for g in prep_objects(trigger, preps, ("pobj",))]


def verdict_no_conviction(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The jury returned a verdict for the plaintiff", "a verdict in favour of the
    defence": a verdict for a side of a suit, with no word of guilt, decides a civil case,
    no conviction; "a not guilty verdict" is an acquittal. "A guilty verdict for Smith",
    "the verdict against Smith" stay (vocabulary 1.265.0)."""
    if rule.type != "SANCTION" or lemma(trigger) not in ctx.vocab.words("verdict_nouns"):
        return None
    guilty = _guilty(trigger, ctx)
    if guilty is False:
        return "a not guilty verdict, no conviction"
    if guilty:
        return None
    sides = ctx.vocab.words("civil_sides")
    for c in trigger.children:
        if c.dep_ != "prep" or lemma(c) not in ("for", "in"):
            continue
        # "for the plaintiff"; "in favour of the defence"
        objects = [g for g in c.children if g.dep_ == "pobj"]
        objects += [
            o
            for g in objects
            if lemma(g) in ("favour", "favor")
            for p in g.children
            if p.dep_ == "prep" and lemma(p) == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(lemma(o) in sides for o in objects):
            return "a verdict for a side of a civil suit, no conviction"
    return None
