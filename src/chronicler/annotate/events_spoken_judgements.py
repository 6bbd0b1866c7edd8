"""A speaker's judgement told as the predicate of a reported copula clause.

Two shapes code as what the speaker does to a party, with the speaker as actor:

- an act it is said to be time for: "Powell says it is time for Arafat to exert control" is a
  demand on Arafat (REQUEST), whatever the act ("exert control" is none); the act itself is
  called for, not done (modality `due_time_nouns`);
- a condemning adjective: "Westpac's David Lording says today's action is unjustified" is a
  criticism of the action (ACCUSE disapprove, CAMEO 111).

The vocabulary's rules for these (`speaker_acts`) fire on the predicate word; this module
finds its parties and says when the shape does not hold (then the word reports nothing): a
"time" that is no expletive "it is time for X to V", an adjective no speaker is told saying,
"the time was right", "the attack was unacceptable" told by the writer alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = ("nsubj", "nsubjpass")


def _expletive_copula(verb: Token) -> bool:
    return lemma(verb) == "be" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children
    )


def _speakers(copula: Token) -> list[Token]:
    """The subject of the reporting verb whose reported clause the copula heads ("Powell
    says it is time", "It is time ..., the senator said"), or none."""
    if copula.dep_ in ("ccomp", "parataxis") and lemma(copula.head) in REPORTING_VERBS:
        return [c for c in copula.head.children if c.dep_ in SUBJECTS]
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


def _judged(adjective: Token) -> Token | None:
    """What a predicate adjective of a copula judges: the copula's subject, never the
    expletive "it" ("said it was unacceptable to wait": no party judged)."""
    if adjective.dep_ != "acomp" or lemma(adjective.head) != "be":
        return None
    subject = next((c for c in adjective.head.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.lower_ in ("it", "this", "that"):
        return None
    return subject


def spoken_judgement_parties(trigger: Token) -> tuple[list[Token], list[Token]] | None:
    """(speakers, parties judged) of a spoken judgement on `trigger`, or None when the
    trigger is in neither shape or no speaker is told saying it."""
    if trigger.pos_ == "NOUN":
        act = _due_act(trigger)
        if act is None:
            return None
        targets = [c for c in act.children if c.dep_ in SUBJECTS]
        if any(_speaker_among(t) for t in targets):
            return None  # "it was time for both of us to think": advice, no demand on another
    else:
        judged = _judged(trigger)
        if judged is None:
            return None
        targets = [judged]
    speakers = _speakers(trigger.head)
    return (speakers, targets) if speakers else None
