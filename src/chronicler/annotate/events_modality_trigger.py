"""The trigger's own marks of mood and time, read before the climb over its governors
(events_modality.modality): its auxiliaries and negation, how it is planned, scheduled or
needed, and whether the act it names is told as real whatever governs it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from chronicler.annotate.events_clause_shapes import imperative, question_infinitive, subjunctive
from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_modality_certainty import not_vouched
from chronicler.annotate.events_modality_degree import (
    capacity_only,
    disposition,
    ruled_out_by_excess,
    scant_effort,
    unprevented,
)
from chronicler.annotate.events_modality_given import (
    case_named,
    cut_short,
    definite_or_owned,
    feared,
    fled_happening,
    label_put_on,
    linked_act,
    long_standing,
    set_a_deadline,
    standing,
    told_in_which,
)
from chronicler.annotate.events_modality_marks import (
    looming,
    needed,
    out_of_reach_goal,
    ruled_out_by_predicate,
    scheduled,
    to_happen,
    unfulfilled_schedule,
)
from chronicler.annotate.events_modality_negation import (
    negative_subject,
    not_until,
    own_marks,
    told_in_past,
)
from chronicler.annotate.events_modality_nouns import (
    announced_ahead,
    compound_under_talks,
    made_by_participle_act,
    planned_as,
    slated_ahead,
    talked_of,
    told_possible,
)
from chronicler.annotate.events_object_control import pressed_for
from chronicler.annotate.events_vocab import Modality, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class TriggerMarks:
    negated: bool
    future: bool
    hypothetical: bool
    modal: str | None  # the trigger clause's own modal ("must", "would")
    # "unless"/"if" clause on the trigger, or "until" for an act held back until a condition
    condition: str | None


def polite_wish(trigger: Token, cues: Modality) -> bool:
    """ "We would like to see a proper investigation", "the union would love to see him
    go": "would" on a verb of wishing (`polite_wishes_would`) with an infinitive tells a
    wish held now, no wish that may be (recall44c, modality 1.201.0)."""
    return (
        lemma(trigger) in cues.polite_wishes_would
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in trigger.children)
        and any(c.dep_ == "xcomp" for c in trigger.children)
    )


def trigger_marks(trigger: Token, cues: Modality) -> TriggerMarks:
    """Negation, time and mood the trigger's own clause gives it ("did not arrest", "more
    protests are planned for Monday", "the arrest of the perpetrators is essential"), before
    any governor above it is read."""
    negated, future, hypothetical, modal = own_marks(trigger, cues)
    if polite_wish(trigger, cues):  # "we would like to see an inquiry": wanted now
        hypothetical, modal = False, None
    future = future or planned_as(trigger, cues)  # "more protests are planned for Monday"
    future = future or slated_ahead(trigger, cues)  # "the slated visit of the secretary"
    future = future or announced_ahead(trigger, cues)  # "announced new rallies on Sunday"
    future = future or progressive_ahead(trigger, cues)  # "are meeting next week"
    # "has been jailed pending trial": what the act waits on is ahead
    # (or read as the noun's modifier: "pending trial" as an adjective)
    future = future or (
        (trigger.dep_ in ("pobj", "dobj") and trigger.head.lower_ in cues.pending_preps)
        or any(c.dep_ == "amod" and c.lower_ in cues.pending_preps for c in trigger.children)
    )
    future = future or to_happen(trigger, cues)  # "the signing will take place Friday"
    future = future or scheduled(trigger, cues)  # "the minister is to visit Paris"
    hypothetical = hypothetical or unfulfilled_schedule(trigger)  # "was to have met"
    future = future or looming(trigger, cues)  # "whenever prosecutions threatened"
    # only the trigger's own subject: "Nobody was hurt in the blast" did not negate the blast,
    # so a governor's negative subject is not climbed to as its "not" is
    negated = negated or any(negative_subject(c, cues) for c in trigger.children)
    negated = negated or scant_effort(trigger, cues)  # "did nothing to prevent attacks"
    # "nobody is thought to have been injured", "no one was asked to leave": the subject of a
    # passive the act's infinitive completes is the act's own (vocabulary 1.310.0)
    negated = negated or (
        trigger.dep_ == "xcomp"
        and to_infinitive(trigger)
        and any(c.dep_ == "auxpass" for c in trigger.head.children)
        and any(negative_subject(c, cues) for c in trigger.head.children)
    )
    condition = next(
        (
            lemma(m)
            for c in [*trigger.children, *trigger.head.children]
            if c.dep_ == "advcl"
            for m in c.children
            if m.dep_ == "mark" and lemma(m) in ("unless", "if")
        ),
        None,
    )
    if condition is None and not_until(trigger, cues) and not told_in_past(trigger):
        # "will not lift the sanctions until the inspectors certify ...": held back until a
        # condition is met, a refusal for now (events_coding; modality 1.71.0)
        condition = "until"
    if trigger.dep_ == "csubj" and not _pseudo_cleft(trigger):
        hypothetical = True  # "Freeing prisoners is a priority": generic, not an event
    if question_infinitive(trigger, cues):  # "knew how to reach the plotters": not done
        hypothetical = True
    if ruled_out_by_predicate(
        trigger, cues
    ):  # "lifting the ban is out of the question": not to be done
        negated = True
    if out_of_reach_goal(trigger, cues):  # "a breakthrough in the deal remained out of reach"
        hypothetical = True
    if needed(trigger, cues):  # "the arrest of the perpetrators is essential": called for
        hypothetical = True
    if due_time_for(trigger, cues):  # "it is time for the rebels to disarm": called for
        hypothetical = True
    if pressed_for(trigger):  # "piled pressure on Arafat to arrest them": asked for
        hypothetical = True
    if label_put_on(trigger, cues):  # "described his removal as a coup": what it is called
        hypothetical = True
    if talked_of(trigger, cues):  # "talked to Kyiv about investigations": spoken of, not done
        hypothetical = True
    if subjunctive(trigger):  # "that Orozco be executed": called for, whatever the parse
        hypothetical = True
    if imperative(trigger):  # "shouted: 'Release the prisoners!'": called for, not done
        hypothetical = True
    if told_possible(trigger, cues) or not_vouched(trigger, cues):
        hypothetical = True  # "a possible strike", "difficulties in attacking", "not sure"
    if feared(trigger):  # "people are afraid of retaliation": feared, not done
        hypothetical = True
    if ruled_out_by_excess(trigger, cues):  # "was too tired to fight": not done
        negated = True
    if capacity_only(trigger, cues) or disposition(trigger, cues):
        hypothetical = True  # "is strong enough to invade", "always goes out of his way to"
    if set_a_deadline(trigger, cues):  # "ordered to be transferred within 10 days": ahead
        future = True
    if compound_under_talks(trigger, cues):  # "surrender talks": negotiated, not done
        hypothetical = True
    return TriggerMarks(negated, future, hypothetical, modal, condition)


def told_real(trigger: Token, cues: Modality) -> tuple[bool, bool]:
    """Whether the act is told as real whatever the verbs above it say (made), and whether it
    is a definite or owned act noun (given), which recalls a happening."""
    # "will postpone a ruling on the lawsuit launched by X": the lawsuit was made
    made = made_by_participle_act(trigger, cues)
    # "not to lose sight of the ongoing conflict": an act told as going on is real
    made = made or (
        trigger.pos_ == "NOUN"
        and any(c.dep_ == "amod" and lemma(c) in cues.ongoing_words for c in trigger.children)
    )
    # "a four-decade embargo", "the decades-long blockade": a standing act, real
    made = made or long_standing(trigger, cues)
    # "developments in a 2003 murder case": what a case is about happened
    made = made or case_named(trigger, cues)
    # "a guard who tried to break up the fight": the fight cut short was under way
    made = made or cut_short(trigger) or fled_happening(trigger, cues)  # "fled the raid"
    made = made or unprevented(trigger, cues)  # "did nothing to prevent attacks"
    # "apologised if the fire was connected to the campaign": the fire happened
    made = made or linked_act(trigger, cues)
    # "to indicate the time of the meeting": a definite or owned act noun is a given one,
    # whatever the act it is named in is for
    given = trigger.pos_ == "NOUN" and definite_or_owned(trigger)
    # "build on the partnership that has existed": a definite act its own relative clause
    # tells under way or done is a standing one, out of reach of the verbs over it
    made = made or (given and standing(trigger, cues))
    # "investigating an attack in which a gunman shot a man": an act noun whose "in which"
    # clause tells in the past what happened in it was done, definite or not
    made = made or (trigger.pos_ == "NOUN" and told_in_which(trigger, cues))
    return made, given


def _pseudo_cleft(verb: Token) -> bool:
    """ "What he actually threatened was that he would tie her up", "What they demanded was
    his release": a free relative opened by "what" as the subject of "be" tells what was
    done, no generic act (modality 1.193.0)."""
    return lemma(verb.head) == "be" and any(
        c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children
    )


def due_time_for(trigger: Token, cues: Modality) -> bool:
    """The trigger is the act "it is time" for: "it is time for Arafat to exert control" (an
    infinitive on the copula's "time"), "it is high time the army released them" (a clause on
    the copula), or a conjunct of either; called for, not done."""
    act = trigger
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head
    head = act.head
    if act.dep_ in ("relcl", "acl") and to_infinitive(act):
        noun, copula = head, head.head
        return (
            lemma(noun) in cues.due_time_nouns and noun.dep_ == "attr" and _expletive_copula(copula)
        )
    if act.dep_ == "ccomp" and _expletive_copula(head):
        return any(c.dep_ == "attr" and lemma(c) in cues.due_time_nouns for c in head.children)
    return False


def _expletive_copula(verb: Token) -> bool:
    """A copula whose subject is the expletive "it" ("it is time")."""
    return lemma(verb) == "be" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children
    )


def progressive_ahead(verb: Token, cues: Modality) -> bool:
    """A present progressive with a time still to come, the futurate: "The two leaders are
    meeting in Jakarta next week", "are holding talks tomorrow" (`progressive_ahead_words`;
    modality 1.202.0); "are meeting in Jakarta" and "were meeting next week" stay as told."""
    if verb.tag_ != "VBG" or not any(
        c.dep_ == "aux" and lemma(c) == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    ):
        return False
    return any(
        t.lower_ in cues.progressive_ahead_words
        for c in verb.children
        if c.dep_ in ("npadvmod", "prep", "advmod", "tmod")
        for t in c.subtree
    )
