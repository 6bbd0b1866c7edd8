"""Who does a trigger's act, for a rule's `doers` condition (doer_words: the subject and the
words narrowing it, a band's members, a surname's earlier title, a passive act's means), and
whether a verb is told in the passive (is_passive).

Moved out of events_match.py on 2026-12-06 (split40).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_addressees import addressee, condition_subject
from chronicler.annotate.events_vocab import RELATIVE_PRONOUNS, lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token


def doer_words(token: Token) -> set[str]:
    """The lemmas of who does the trigger's act: its subject with the words before its head
    ("the teachers' union"), else, for an infinitive, the subject of the verb it completes
    ("the union threatened to strike"), and for a present participle on a noun that noun
    ("officers patrolling the area"; vocabulary 1.266.0)."""
    if token.pos_ == "NOUN":
        return _noun_doer_words(token)
    verb = token
    while True:
        subject = next((c for c in verb.children if _subject_of(c)), None)
        # a participle clause shares the main clause's subject ("Somali pirates have become
        # bolder, seizing a number of vessels": the pirates; vocabulary 1.378.4)
        shares = verb.dep_ in ("xcomp", "conj") or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
        if subject is not None or not shares or verb.head.i == verb.i:
            break
        verb = verb.head
    if subject is None and token.dep_ == "acl" and token.tag_ == "VBG":
        subject = token.head  # "two police officers patrolling the area": the officers
    if subject is None and token.dep_ in ("acl", "xcomp") and token.tag_ == "VB":
        subject = _granted_to(token.head)  # "gave the union permission to strike"
    if subject is None and token.tag_ == "VB":
        subject = addressee(token)  # "If workers are unhappy, don't strike": the workers
    if subject is None:
        return _means_words(token) if is_passive(token) else set()
    return _subject_words(subject, verb) | _commanded_words(token)


def _subject_words(subject: Token, verb: Token) -> set[str]:
    """The words of a verb's subject: its head with the words narrowing it, a band's members,
    a surname's earlier title."""
    if subject.dep_ == "agent":  # "was removed by Congress": who is after "by"
        subject = next((c for c in subject.children if c.dep_ == "pobj"), subject)
    if verb.dep_ == "relcl" and lemma(subject) in RELATIVE_PRONOUNS:
        subject = verb.head  # "the car that hit her": the car (vocabulary 1.365.1)
    subject = _speaker_for_pronoun(subject, verb)
    words = {lemma(subject)} | {lemma(c) for c in subject.children if c.dep_ in _DOER_MODIFIERS}
    return words | _band_words(subject) | _earlier_title(subject)


def _commanded_words(verb: Token) -> set[str]:
    """The words of whom a verb of commanding or sending (`commanding_verbs` in vocab.toml)
    orders or sends to do an infinitive, beside the verb's own subject's: "Sharon ordered his
    forces to blast symbols of Arafat's power", "sent troops to blast the camps": the forces
    and the troops do it, at the orderer's command (prec45, vocabulary 1.439.0)."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or verb.tag_ != "VB" or head.i == verb.i:
        return set()
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return set()
    if lemma(head) not in load_vocab().words("commanding_verbs"):
        return set()
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return {
        w
        for o in objects
        for w in (lemma(o), *(lemma(c) for c in o.children if c.dep_ in _DOER_MODIFIERS))
    }


def _subject_of(child: Token) -> bool:
    """A subject or a passive verb's agent; a "whom", the object's case, never is, though the
    parser may hang it as one beside the clause's own subject ("the leader whom the army
    detained": the army detains, not the leader; as events_match.relative_gap reads it,
    roles 1.20.0; twins41)."""
    return child.dep_ in ("nsubj", "agent") and lemma(child) != "whom"


def _earlier_title(name: Token) -> set[str]:
    """The words the text set before a surname told alone when it named that person first
    ("Judge Marsha Revel ... Revel agreed": judge; vocabulary 1.337.2)."""
    named = name.pos_ == "PROPN" or name.ent_type_ == "PERSON"  # ("Revel" tagged a noun)
    if not named or any(c.dep_ == "compound" for c in name.children):
        return set()
    return {
        lemma(c)
        for t in name.doc[: name.i]
        if t.text == name.text and t.pos_ == "PROPN"
        for c in t.subtree
        if c.dep_ == "compound" and c.i < t.i
    }


def _speaker_for_pronoun(subject: Token, verb: Token) -> Token:
    """ "The truckers announced they will strike", "the union said its members would
    strike": a personal pronoun subject of a clause the main verb reports, or one a possessive
    pronoun owns, is told by that verb's own subject when it is a noun (who announces what
    they will do; vocabulary 1.280.0); any other subject is itself."""
    pronoun = subject.tag_ == "PRP" or any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children
    )
    if not pronoun:
        return subject
    conditioned = condition_subject(verb)  # "If workers are unhappy, they should not strike"
    if conditioned is not None and subject.tag_ == "PRP" and conditioned.i < subject.i:
        return conditioned
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return subject
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ != "NOUN":
        return subject
    return speaker


def _band_words(subject: Token) -> set[str]:
    """ "A group of about 200 communists", "hundreds of protesters": who a band or a number
    is of does the act as well (`band_heads` in vocab.toml, version 1.249.0)."""
    if not (lemma(subject) in load_vocab().words("band_heads") or subject.pos_ == "NUM"):
        return set()
    of = [g for c in subject.children if c.dep_ == "prep" and lemma(c) == "of" for g in c.children]
    return {
        w
        for g in of
        if g.dep_ == "pobj"
        for w in (lemma(g), *(lemma(c) for c in g.children if c.dep_ in _DOER_MODIFIERS))
    }


def is_passive(verb: Token, *, agent: bool = False) -> bool:
    """`verb` is told in the passive: it has a passive subject or a passive auxiliary ("was
    removed", "the man who was shot"), or, when `agent` is true, a "by"-agent as well (a
    headline's "arrested by police" without "was")."""
    deps = ("nsubjpass", "auxpass", "agent") if agent else ("nsubjpass", "auxpass")
    return any(c.dep_ in deps for c in verb.children)


def _means_words(verb: Token) -> set[str]:
    """Who did a passive act told with no "by": the words of the means it names, which
    may be one only some doers use ("was ousted in a no-confidence vote in parliament",
    "was removed through a vote of no confidence"): the means noun, its modifiers and the
    nouns of its own "of" or "in" phrase (`means_preps` in vocab.toml)."""
    preps = load_vocab().words("means_preps")
    words: set[str] = set()
    for prep in (c for c in verb.children if c.dep_ == "prep" and lemma(c) in preps):
        for means in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
            words |= {lemma(means)} | {
                lemma(c) for c in means.children if c.dep_ in _DOER_MODIFIERS
            }
            words |= {
                lemma(g)
                for c in means.children
                if c.dep_ == "prep" and lemma(c) in ("of", "in")
                for g in c.children
                if g.dep_ == "pobj"
            }
    return words


def _noun_doer_words(noun: Token) -> set[str]:
    """Who does an act a noun names: its modifiers ("a police incursion", "the army's
    offensive"), what "by" takes ("an incursion by security forces"), what a movement noun's
    "of" takes ("the arrival of the envoy"), or who does the verb that only carries it ("the
    inspectors made surprise visits", "paid a visit"; `doing_verbs` in vocab.toml, version
    1.187.0)."""
    words = {lemma(c) for c in noun.children if c.dep_ in _DOER_MODIFIERS}
    if noun.dep_ == "dobj" and lemma(noun.head) in load_vocab().words("doing_verbs"):
        words |= doer_words(noun.head)
    # a movement noun's "of"-object is who moves ("the arrival of US envoy Anthony Zinni": the
    # envoy arrives; `movement_nouns`, vocabulary 1.431.0)
    movers = ("by", "of") if lemma(noun) in load_vocab().words("movement_nouns") else ("by",)
    for by in (c for c in noun.children if c.dep_ == "prep" and lemma(c) in movers):
        for pobj in (g for g in by.children if g.dep_ == "pobj"):
            words |= {lemma(pobj)} | {lemma(c) for c in pobj.children if c.dep_ in _DOER_MODIFIERS}
    return words


# What narrows a subject's head to who it is: "the teachers' union", "dock workers".
_DOER_MODIFIERS = frozenset({"compound", "poss", "amod", "nmod"})


def _granted_to(noun: Token) -> Token | None:
    """ "The court gave the union permission to strike", "granted workers the right to
    strike": who a permission or a right is given to does what it allows, the verb's indirect
    object, or the word the parser set before the noun ("the union permission"); else the one
    who holds it ("the workers' right to strike"; vocabulary 1.387.0)."""
    vocab = load_vocab()
    if lemma(noun) not in vocab.words("authorization_nouns") | vocab.words("right_nouns"):
        return None
    if noun.dep_ == "dobj":
        given = next((c for c in noun.head.children if c.dep_ == "dative"), None)
        if given is not None:
            return given
        compound = next((c for c in noun.children if c.dep_ == "compound"), None)
        if compound is not None:
            return compound
    # "the union exercised its right to strike": the right's owner, a pronoun standing for
    # the subject of the verb the noun is the object of
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.tag_ == "PRP$" and noun.dep_ == "dobj":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), owner)
    return owner
