"""A speaker's judgement told as the predicate of a reported copula clause.

Two shapes code as what the speaker does to a party, with the speaker as actor:

- an act it is said to be time for: "Powell says it is time for Arafat to exert control" is a
  demand on Arafat (REQUEST), whatever the act ("exert control" is none); the act itself is
  called for, not done (modality `due_time_nouns`);
- a condemning adjective: "Westpac's David Lording says today's action is unjustified" is a
  criticism of the action (ACCUSE disapprove, CAMEO 111), also on the noun of the predicate,
  "it's a very draconian power, he said".

Displeasure felt at a cause told, "Dr Sultan says he was disappointed by the decision", is
disapproval of it by the one who feels it, told by a speaker or not (`feeler_acts`).

The vocabulary's rules for these (`speaker_acts`) fire on the predicate word; this module
finds its parties and says when the shape does not hold (then the word reports nothing): a
"time" that is no expletive "it is time for X to V", an adjective no speaker is told saying,
"the time was right", "the attack was unacceptable" told by the writer alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_match import match_rule, to_infinitive
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_relative_gaps import reported_gap_subject
from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = ("nsubj", "nsubjpass")


def _expletive_copula(verb: Token) -> bool:
    return lemma(verb) == "be" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children
    )


def _speakers(copula: Token) -> list[Token]:
    """The subject of the reporting verb whose reported clause the copula heads ("Powell
    says it is time", "It is time ..., the senator said"), also through a clause of the same
    quote the copula's is joined to ("'I have seen you for a month and in my view you are a
    liar,' the judge said": the parser hangs "are" on "seen", which "said" reports), or
    none."""
    clause = copula
    for _ in range(3):
        if clause.dep_ in ("ccomp", "parataxis") and lemma(clause.head) in REPORTING_VERBS:
            return [c for c in clause.head.children if c.dep_ in SUBJECTS]
        if clause.dep_ not in ("ccomp", "conj") or clause.head.pos_ not in ("VERB", "AUX"):
            break
        clause = clause.head
    for said in copula.children:  # the reporting clause after the quote, hung on the copula
        if (
            said.dep_ in ("ccomp", "parataxis")
            and said.i > copula.i
            and lemma(said) in REPORTING_VERBS
        ):
            return [c for c in said.children if c.dep_ in SUBJECTS]
    return []


def _due_act(time: Token) -> Token | None:
    """The act "it is time" for: an infinitive on "time", or a clause on its copula."""
    copula = time.head
    if time.dep_ != "attr" or not _expletive_copula(copula):
        return None
    for child in time.children:
        if child.dep_ in ("relcl", "acl") and to_infinitive(child):
            return child
    return next((c for c in copula.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)


FIRST_PERSON = frozenset({"we", "us", "i", "me", "ourselves", "myself"})


def _speaker_among(party: Token) -> bool:
    """The party is or holds the speaker: "we", "both of us", "all of us"."""
    return party.lower_ in FIRST_PERSON or any(
        c.dep_ == "prep" and any(o.lower_ in FIRST_PERSON for o in c.children)
        for c in party.children
    )


def _judged(adjective: Token, measures: frozenset[str]) -> tuple[Token, Token] | None:
    """(copula, what it judges) of a predicate adjective: the copula's subject, never the
    expletive "it" ("said it was unacceptable to wait": no party judged); of an adjective on
    the noun of a predicate, "it's a very draconian power", "the law is an unfair measure",
    that subject, or the noun itself, a measure or an act (`measures`), when the subject is a
    pronoun standing for it ("it was an unfair game": no one's measure)."""
    nominal = adjective.dep_ == "amod" and adjective.head.dep_ == "attr"
    copula = adjective.head.head if nominal else adjective.head
    if (adjective.dep_ != "acomp" and not nominal) or lemma(copula) != "be":
        return None
    subject = next((c for c in copula.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        # "a man they say is responsible for many attacks": the noun the reported relative
        # clause is on
        subject = reported_gap_subject(copula)
    if subject is None:
        return None
    if subject.lower_ in ("it", "this", "that"):
        # an "it" with a noun predicate stands for that noun; with an adjective it may be
        # the expletive of a clause after it, which judges no party
        noun = adjective.head
        return (copula, noun) if nominal and lemma(noun) in measures else None
    return copula, subject


def _named_wrongdoer(noun: Token) -> tuple[Token, Token] | None:
    """(copula, party) of a noun of wrongdoing a copula's predicate calls a party, "you are a
    liar", "the leader was a murderer and a liar" (also a noun coordinated with the
    predicate's); None for an "it", "this" or "that" subject and for the speaker's own "I" or
    "we" ("I am no liar": a defence of oneself, no denunciation of another)."""
    while noun.dep_ == "conj":
        noun = noun.head
        if (rule := match_rule(noun, load_vocab())) is not None and rule.speaker_acts:
            return None  # "a murderer and a liar": one denunciation, told on the first noun
    copula = noun.head
    if noun.dep_ != "attr" or lemma(copula) != "be":
        return None
    subject = next((c for c in copula.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.lower_ in ("it", "this", "that") or _speaker_among(subject):
        return None
    if any(c.dep_ == "neg" for c in copula.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    ):
        return None  # "he is not a criminal": a denial, no denunciation
    return copula, subject


CAUSE_PREPS = frozenset({"by", "at", "with", "over", "about"})


def felt_displeasure_parties(
    trigger: Token, causes_not: frozenset[str]
) -> tuple[list[Token], list[Token]] | None:
    """(who feels it, what at) of displeasure told with its cause, "he was disappointed by
    the decision", "the union is angry at the company's decision", or None when no cause is
    told, the feeling is the adjective of a noun ("an angry crowd"), it is done to someone
    ("the decision angered farmers": the decision's, the farmers are no speakers here), or
    the cause is no party's act (`causes_not`: a result, the weather)."""
    if trigger.dep_ == "acomp":
        holders = [c for c in trigger.head.children if c.dep_ in SUBJECTS]
    elif trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trigger.children):
        holders = [c for c in trigger.children if c.dep_ == "nsubjpass"]
    else:
        return None
    causes = [
        o
        for p in trigger.children
        if p.dep_ in ("prep", "agent") and p.lower_ in CAUSE_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if not holders or not causes or any(lemma(c) in causes_not for c in causes):
        return None
    if any(h.lower_ in ("it", "this", "that") and h.dep_ == "nsubj" for h in holders) and (
        trigger.dep_ == "acomp" and any(c.dep_ in ("xcomp", "ccomp") for c in trigger.head.children)
    ):
        return None  # "it is upsetting to see": an expletive, no one who feels it
    return holders, causes


def spoken_judgement_parties(
    trigger: Token, measures: frozenset[str] = frozenset()
) -> tuple[list[Token], list[Token]] | None:
    """(speakers, parties judged) of a spoken judgement on `trigger`, or None when the
    trigger is in neither shape or no speaker is told saying it (`measures`: the nouns of a
    measure or an act a pronoun's predicate may judge, `judged_measure_nouns`)."""
    if trigger.pos_ == "NOUN" and lemma(trigger) not in load_vocab().modality.due_time_nouns:
        judged = _named_wrongdoer(trigger)
        if judged is None:
            return None
        copula, target = judged
        targets = [target]
    elif trigger.pos_ == "NOUN":
        act = _due_act(trigger)
        if act is None:
            return None
        targets = [c for c in act.children if c.dep_ in SUBJECTS]
        if any(_speaker_among(t) for t in targets):
            return None  # "it was time for both of us to think": advice, no demand on another
        copula = trigger.head
    else:
        judged = _judged(trigger, measures)
        if judged is None:
            return None
        copula, target = judged
        targets = [target]
    speakers = _speakers(copula)
    return (speakers, targets) if speakers else None


def expressed_feeling_causes(
    trigger: Token, feeling: Token | None, causes_not: frozenset[str]
) -> list[Token]:
    """What a feeling expressed is at, told on the feeling's noun: "expressed his
    disappointment at the workers' actions", "voiced anger over the ruling", "voiced
    opposition to the plan", "poured scorn on the plan" (the verb
    `trigger`, the noun `feeling` that completes its phrase); none for a result or the
    weather (`causes_not`)."""
    if feeling is None or feeling.i == trigger.i:
        return []
    return [
        o
        for p in feeling.children
        if p.dep_ == "prep" and p.lower_ in CAUSE_PREPS | {"to", "on"}  # "opposition to X"
        for o in p.children
        if o.dep_ == "pobj" and lemma(o) not in causes_not
    ]


def naming_predicates(trigger: Token, naming_verbs: frozenset[str]) -> set[int]:
    """The second object of a verb of naming, what its first is called ("branded the
    protesters traitors", "branded his administration a sponsor of terrorism": traitors, the
    sponsor), which the parser reads as a second object; no party."""
    if lemma(trigger) not in naming_verbs:
        return set()
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "oprd")]
    return {o.i for o in objects[1:]}
