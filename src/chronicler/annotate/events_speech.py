"""Speech acts: a statement of intent that was made is an event of its own.

"The United States threatened to impose sanctions on Venezuela" reports two things: sanctions
announced (SANCTION 'discontinue', flagged future, with an `intent` attribute) and a threat
made, which happened. A store that hides non-factual events would otherwise hide the threat
too. So, beside each announced act that is not negated and whose intent word was itself said
(not negated, conditional or put in the future: "did not threaten to", "might agree to"),
the statement is added as a factual event:
  - type: the PLOVER category a coder assigns to the sentence (events_coding.plover_coding),
    when it is one the vocabulary's `speech_acts` table lists (THREATEN, AGREE) and differs
    from the announced act's own type (a threat to threaten, an announced demonstration
    that stays PROTEST, are no second event);
  - mode and CAMEO code: from that table, by the announced act's type and mode (the content
    of a threat: restrict, arrest, relations, expel, territory, violence);
  - trigger and date: the intent word's own ("threatened", "prometió"), never later than the
    article reporting it; actors, targets, place and evidence: the announced act's;
  - attributes: ("announces", "TYPE/mode") naming the announced act, and its `intent` word.
A statement needs someone who made it: an announced act with no actor ("he plans to live in
exile", whose planner is the one exiled) gives none.
Where the intent word is already an event of its own (the Spanish vocabulary lists
"amenazar", "acordar" as triggers), that event becomes the statement instead of a second one:
coded and completed the same way, keeping the parties it names itself.
An announcement reported by the party that makes it is a statement too, with no intent word:
"Spain's foreign minister said Spain would grant him asylum", "el ministro español explicó
que España le otorgará el asilo", "Maduro aseguró que liberará a los presos". The reporting
verb is the statement's word when the speaker is the actor itself or, for a state or body,
one of its government's officials (`speaks_for`); a report by anyone else ("the opposition
said the government would free them") is their account of another's intent, and a
reporting verb that is an event of its own ("denunció que") is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from chronicler.annotate.event_dates import article_date, date_event
from chronicler.annotate.events_coding import is_factual, plover_coding
from chronicler.annotate.events_vocab import Vocab
from chronicler.model import (
    EventDate,
    EventMention,
    Participant,
    PublicationDate,
    Sentence,
    TimeExpression,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

ANNOUNCES = "announces"
RULE = "speech-act"
# What the announced act carries that the statement does not: the vocabulary rule that typed
# it, its own modality and condition, and its custody details (a threat to jail someone for
# treason names no charge of a detention).
_NOT_CARRIED = frozenset(
    {"rule", "modal", "condition", "charge", "held_at", "term", "broker_of", ANNOUNCES}
)


@dataclass(frozen=True)
class Statement:
    """The intent word announcing an event ("threatened", "agreed", "prometió"): its span,
    whether the statement itself was made (its own negation, modality and tense), and the
    date its own position in the sentence gives."""

    start: int
    end: int
    text: str
    made: bool
    date: EventDate
    reported: bool = False  # a reporting verb ("said", "explicó"), not an intent word
    # who makes it where the announced act has doers of its own ("the two sides agreed that
    # the troops would withdraw": the sides agree, the troops withdraw); else the act's
    speakers: tuple[Participant, ...] = ()
    # whom it is told to, the intent verb's object before its "that" clause ("warned the
    # agents that the city could erupt in violence": the agents); else the act's targets
    addressees: tuple[Participant, ...] = ()
    lemma: str = ""


def speaks_for(reporters: Sequence[Participant], actors: Sequence[Participant]) -> bool:
    """Whether a speaker announces the act as its own: one of the actors ("Maduro said he
    would free them", one name on both), or an official of the government of the state or
    body that acts ("Spain's foreign minister said Spain would grant him asylum"). A person
    of the actor's country with no government office, an opposition leader, speaks for
    someone else."""
    for r in reporters:
        for a in actors:
            if (r.start, r.end) == (a.start, a.end) or r.text.casefold() == a.text.casefold():
                return True
            official = r.role == "government" and a.label != "PERSON"
            if official and r.country is not None and r.country == a.country:
                return True
    return False


def announced_coding(event: EventMention) -> str:
    """The announced act as the attribute names it: "SANCTION/discontinue", "PROTEST"."""
    return f"{event.type}/{event.mode}" if event.mode else event.type


def statement_of(
    word: Token,
    made: bool,
    sentence_index: int,
    times: Sequence[TimeExpression],
    published: PublicationDate,
    sentences: Sequence[Sentence],
    rivals: Sequence[tuple[int, int]],
    reported: bool = False,
) -> Statement:
    """The intent word (or the reporting verb, `reported`) as a statement: `made` unless the
    word is itself negated, conditional or future (each language's modality says), dated by
    its own place in the sentence."""
    start, end = word.idx, word.idx + len(word)
    date = date_event(sentence_index, start, end, times, published, sentences, frozenset(), rivals)
    return Statement(
        start, end, word.text, made, said_by(date, published), reported, lemma=word.lemma_.lower()
    )


def said_by(date: EventDate, published: PublicationDate) -> EventDate:
    """A statement is made by the time the article reports it: a date after the article's
    ("threatened to impose sanctions next month") is the announced act's, so the article's
    own date stands instead."""
    if date.value and published.value and date.value[: len(published.value)] > published.value:
        return article_date(published)
    return date


def _speech_act(
    announced: EventMention, statement: Statement, coding: str, vocab: Vocab
) -> EventMention | None:
    entry = vocab.speech_act(coding, announced.type, announced.mode)
    if entry is None:
        return None
    attrs = [("rule", RULE)]
    attrs += [(k, v) for k, v in announced.attributes if k not in _NOT_CARRIED]
    attrs.append((ANNOUNCES, announced_coding(announced)))
    return replace(
        announced,
        type=coding,
        mode=entry.mode,
        actors=statement.speakers or announced.actors,
        targets=statement.addressees or announced.targets,
        cameo=entry.cameo,
        trigger=statement.text,
        trigger_start=statement.start,
        trigger_end=statement.end,
        date=statement.date,
        negated=False,
        hypothetical=False,
        future=False,
        attributes=tuple(attrs),
        main=False,
    )


def _completed(own: EventMention, act: EventMention) -> EventMention:
    """The intent word's own event as the statement `act` describes: its coding, the
    content's mode and code where it names none, the announced act's parties where it names
    none, and what it announces."""
    names = {k for k, _ in own.attributes}
    return replace(
        own,
        type=act.type,
        mode=own.mode or act.mode,
        cameo=act.cameo if own.mode is None or own.type != act.type else own.cameo,
        actors=own.actors or act.actors,
        targets=own.targets or act.targets,
        location=own.location or act.location,
        attributes=own.attributes
        + tuple((k, v) for k, v in act.attributes if k not in names and k != "rule"),
    )


def _others_account_of_a_plan(event: EventMention, statement: Statement, vocab: Vocab) -> bool:
    """A plain word of intent is a state of mind, not a word said: reported by someone not
    speaking for the actors ("officials say terrorists plan to strike again") it is their
    account of another's plan, and no threat or promise was made."""
    return (
        statement.lemma in vocab.words("plain_intent_words")
        and bool(event.reported_by)
        and not speaks_for(event.reported_by, event.actors)
    )


def _plan_statement_on_its_own(
    event: EventMention, statement: Statement, coding: str, vocab: Vocab
) -> bool:
    """A plan is willingness to cooperate (AGREE) only with another party it names ("plans to
    hold talks with the rebels"); "the government announced plans to release the report"
    tells the release, flagged future, and no agreement (the lead's ruling, vocabulary
    1.300.0; events_intents._plan_on_its_own for the plan's own event). A plan is no threat
    either ("announced plans to arrest the leaders", "a plan to cut subsidies": the arrest,
    the cut flagged future, no THREATEN; the lead's ruling of the thirty-fifth session,
    vocabulary 1.312.0); "threatened to arrest" stays a threat."""
    if statement.lemma not in vocab.words("own_plan_words"):
        return False
    if coding == "THREATEN":
        return True
    if coding != "AGREE":
        return False
    own = {a.text.lower() for a in event.actors}
    several = len(event.actors) > 1 or any(a.count for a in event.actors)  # "the two leaders"
    return not several and not any(
        (t.label is not None or t.role is not None) and t.text.lower() not in own
        for t in event.targets
    )


def with_speech_acts(
    events: Sequence[EventMention], statements: Sequence[Statement | None], vocab: Vocab
) -> tuple[EventMention, ...]:
    """`events` (each with the statement announcing it, if any) with the statements made as
    events of their own: each new one just after the act it announces (so that the acts
    keep their places), each intent word's own event completed in place. One statement
    announcing two acts of one coding ("vowed to free X and Y") is one event."""
    out = list(events)
    at_word = {(e.trigger_start, e.trigger_end): n for n, e in enumerate(events)}
    done: set[tuple[int, int, str, str | None]] = set()
    added: list[tuple[int, EventMention]] = []  # (index of the announced act, statement)
    for n, (event, statement) in enumerate(zip(events, statements, strict=True)):
        if statement is None or not statement.made or event.negated:
            continue
        if statement.reported and not speaks_for(event.reported_by, event.actors):
            continue
        if _others_account_of_a_plan(event, statement, vocab):
            continue
        coding = plover_coding(event)
        if coding == event.type or _plan_statement_on_its_own(event, statement, coding, vocab):
            continue
        act = _speech_act(event, statement, coding, vocab)
        if act is None:
            continue
        key = (act.trigger_start, act.trigger_end, act.type, act.mode)
        if key in done:
            continue
        done.add(key)
        own = at_word.get((statement.start, statement.end))
        if own is not None and statement.reported:
            continue  # "denunció que ...": the reporting verb's own event stays what it is
        if own is None:
            if act.actors:  # someone made it
                added.append((n, act))
        elif is_factual(out[own]) and ANNOUNCES not in {k for k, _ in out[own].attributes}:
            out[own] = _completed(out[own], act)
    for n, act in reversed(added):
        out.insert(n + 1, act)
    return tuple(out)
