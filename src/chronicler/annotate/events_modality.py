"""Negated, future and hypothetical event mentions (PLOVER's auxiliary modes).

Looks at the trigger's own auxiliaries and negation, then climbs the chain of clauses
above it ("plans to free", "denied arresting", "calls for the release of") a few steps.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from chronicler.annotate.events_clause_shapes import (
    aim_ahead,
    as_clause,
    asked_purpose,
    content_clause,
    definition_by_when,
    for_clause,
    imperative,
    in_condition,
    indirect_question,
    inverted_condition,
    object_infinitive,
    ordering_phrase,
    participle_in_full,
    purpose,
    question_infinitive,
    result_clause,
    small_clause,
    threat_after_command,
)
from chronicler.annotate.events_lists import list_predecessor
from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_modality_degree import (
    prevention_reading,
)
from chronicler.annotate.events_modality_given import (
    achieved,
    act_carried_out,
    concealed,
    content_reported,
    dated_in_past,
    ended_act,
    established,
    given_nouns_phrase,
    ground_sought_in,
    kind_in_general,
    labelled_object,
    occasion_of,
    presupposed,
    question_on_a_done_act,
    recalled_order,
    recalled_plan,
    scene_of_given,
    told_among,
    told_as_done,
)
from chronicler.annotate.events_modality_marks import (
    absolute_with,
    achieved_plan,
    asked_by_noun_before,
    asked_by_object_noun,
    banned_act,
    carries_characterisation,
    charge_listed,
    claim_complement,
    content_of_noun,
    forced,
    gerund_beside_infinitive,
    goal_of,
    going_on,
    handled_act,
    has_own_subject,
    intent_content,
    nearly_reached,
    needed_by_expletive,
    obligation_ahead,
    own_past,
    own_tense,
    performed,
    plan_denied,
    privative,
    spliced,
    stance_phrase,
    suspected,
    through_to,
    time_frame,
)
from chronicler.annotate.events_modality_negation import (
    before_phrase_ahead,
    dashed_before,
    disowned_purpose,
    hoped_reason,
    own_marks,
    perceived_only,
    reason_denied,
    shares_do_negation,
    told_in_past,
)
from chronicler.annotate.events_modality_nouns import (
    announced_ahead,
    case_alleged,
    case_crime,
    faced,
    ground_content,
    held_back,
    occurring_as,
    reward_terms,
)
from chronicler.annotate.events_modality_shapes import (
    deed_reacted_to,
    made_as,
    restated_making,
)
from chronicler.annotate.events_modality_trigger import (
    progressive_ahead,
    told_real,
    trigger_marks,
)
from chronicler.annotate.events_vocab import Modality, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# How many clause steps above the trigger are searched; farther words govern other clauses.
MAX_CLIMB = 7
# The trigger shares its governor's tense and negation through these links.
_SAME_CLAUSE = frozenset(
    {
        "xcomp",
        "dobj",
        "pobj",
        "prep",
        "conj",
        "compound",
        "attr",
        "oprd",
        "pcomp",
        "acomp",
        "agent",
        "dative",
    }
)
# Through these a governor's lexical meaning (deny, plan, demand) still reaches the trigger.
_COMPLEMENT = frozenset(
    {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "acomp", "compound", "conj"}
)


@dataclass(frozen=True)
class Flags:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    intent: str | None = None  # lemma of the governing intent verb ("threaten", "agree")
    modal: str | None = None  # the trigger clause's own modal ("must", "would")
    # "unless"/"if" clause attached to the trigger, or "until" for an act held back until
    # a condition is met ("will not lift the sanctions until ...")
    condition: str | None = None
    # the future is only a purpose's ("raided the camp in order to free them", "was chosen to
    # kill the informer"): an act aimed at, not announced (events_coding.plover_coding)
    purpose: bool = False


def modality(trigger: Token, cues: Modality) -> Flags:
    if performed(trigger, cues):
        return Flags()
    verb = occurring_as(trigger, cues)
    if verb is not None:  # "talks are expected to begin": as the beginning is told
        told = modality(verb, cues)
        own = own_marks(trigger, cues)
        return replace(
            told,
            negated=told.negated or own[0],
            future=told.future or own[1],
            hypothetical=told.hypothetical or own[2],
        )
    marks = trigger_marks(trigger, cues)
    negated, future, hypothetical = marks.negated, marks.future, marks.hypothetical
    modal, condition = marks.modal, marks.condition
    making = made_as(trigger, cues)  # "an agreement was about to be signed": ahead as signed
    future = future or (making is not None and modality(making, cues).future)
    restated = restated_making(trigger, cues)  # "signing a pact, a deal that would anger"
    if restated is not None:
        told = modality(restated, cues)
        future, hypothetical = future or told.future, hypothetical or told.hypothetical
    characterised = carries_characterisation(trigger, cues)
    intent = None
    token, steps, same_clause = trigger, 0, True
    below = trigger
    # once the climb has left a setting phrase or a coordinated clause with its own subject,
    # the governors above describe another act: their meaning and mood no longer reach the
    # trigger ("tried to storm parliament during the general strike": the strike is real;
    # "prepared to go before a magistrate and riot police fired teargas": fired, done), while
    # a condition still does ("if police arrest him and his supporters riot")
    apart = False
    # once the climb has left an indirect question ("declined to say whether the church had
    # received threats"), a verb of refusing or denying above refuses the telling, not the
    # act: the question stays open (hypothetical), never denied
    asked = False
    strong_hypo = cues.hypothetical_verbs - cues.weak_hypothetical_verbs
    # once the climb has left an "after"/"before" phrase, no governor above asks, alleges
    # or denies what it holds; a tense to come still reaches it
    ordered = False
    made, given = told_real(trigger, cues)
    # once the climb has passed a noun's clause ("the decision to reject the applications"),
    # a "not" over the noun denies the noun ("neither approves the decision"), not the act
    # the noun names (version 1.44.0)
    through_noun = False
    # the future is a purpose's only, not the act's own ("will free them") nor an intent's
    aimed, own_future = False, future
    # once the climb has passed a gathering attended or the one an act is done at ("were
    # trying to attend a prayer vigil", "hoped she would speak at a vigil"), the occasion is
    # a given one: what the governors above deny or only hope for is the attending, though
    # one still ahead stays ahead (modality 1.80.0)
    venue = False
    while not made and token.dep_ != "ROOT" and token.head.i != token.i and steps < MAX_CLIMB:
        if token is not trigger and performed(token, cues):
            # "we would like to condemn the attack": the act a performed speech act takes is
            # told as the speech act is, out of reach of the wish above it (modality 1.93.0)
            break
        dep, head = token.dep_, token.head
        # "vowing to continue the war and slamming the call": the conjunct of "vowing"
        head = gerund_beside_infinitive(token) or head
        steps += 1
        if deed_reacted_to(token, head, cues):
            break  # "crack down on them for the attacks"
        if threat_after_command(token):
            hypothetical = True  # "Get out, or we'll shoot you": threatened, not done
        if dep in ("advcl", "nsubj") and definition_by_when(head):
            hypothetical = True  # "A merger is when two firms agree to cooperate": a kind
        if aim_ahead(token):
            future = aimed = True  # "raided the camp in order to free the hostages": the aim
        if dep in ("acl", "prep", "relcl") and achieved_plan(head, cues):
            break  # "the plan to bomb the depots was carried out": its act was done
        if given and token is trigger and dep == "pobj" and lemma(head) in cues.reaction_preps:
            break  # "did not rise up in anger over those shootings": what it is about, done
        if (
            (given or told_among(token))
            and token is trigger
            and dep == "dobj"
            and lemma(head) in cues.countering_verbs
        ):
            break  # "failed to contain the protests": the act countered goes on
        if below is trigger and trigger.pos_ == "NOUN" and ground_sought_in(token, head, cues):
            break  # "made no progress in the talks": the talks were held (not "in ending")
        if token is trigger and concealed(token, head, cues):
            break  # "trying to cover up abuse allegations": the allegations were made
        if (
            dep == "dobj"
            and token is not trigger
            and head.pos_ == "VERB"
            and lemma(head) in cues.continuing_verbs
        ):
            break  # "to continue a mission marred by violence, including raids": under way
        if (
            given
            and token is trigger
            and dep == "dobj"
            and lemma(head) in cues.halting_verbs | cues.obstructing_verbs
        ):
            break  # "The guards stopped the riot", "to obstruct the FBI's investigation"
        if token is trigger and trigger.pos_ == "NOUN" and ended_act(token, head, cues):
            break  # "called for an end to all attacks": they go on (modality 1.209.0)
        if given and token is trigger and handled_act(token, head, cues):
            break  # "rejected criticism of the handling of the strike": the strike, held
        if given and token is trigger and dep == "dobj" and lemma(head) in cues.given_object_verbs:
            break  # "demanded that they match the EU's support": the support was given
        if token is trigger and dep == "dobj" and perceived_only(token, head, cues):
            break  # "didn't hear a gunshot": the hearing denied, not the shot (1.150.0)
        if presupposed(token, head, cues) or question_on_a_done_act(token, head, cues):
            break  # "demanded an admission that its soldiers killed them": the killing, told
        venue = venue or occasion_of(token, head, below, trigger, cues)
        kept = (negated, hypothetical, modal)
        if (
            dep == "xcomp"
            and token.tag_ == "VBG"
            and lemma(head) in cues.aspect_verbs
            and any(c.dep_ == "neg" for c in head.children)
        ):
            break  # "if he doesn't stop building", "did not stop shelling": it goes on
        if dep in ("ccomp", "advcl") and result_clause(token):
            apart = True  # "so eager to begin his day that he struck out": the result, told
        if dep == "ccomp" and spliced(token, head, cues):
            apart = True  # "not only killed the deputy, he also allegedly tried to": its own
        owner = object_infinitive(token, cues)
        if owner is not None:  # "lack the means to arrest him": the means' infinitive
            dep, head = "acl", owner
        if dep == "relcl" and content_clause(token):
            dep = "acl"  # "concerns that officials are restricting information": its content
        if (
            dep in ("acl", "prep")
            and established(head, cues)
            and content_clause(token) == (dep == "acl")
        ):
            break  # "found true the allegation that he discharged a handgun": established
        if (
            dep == "xcomp"
            and to_infinitive(token)
            and lemma(head) == "be"
            and any(
                c.dep_ == "nsubj"
                and (
                    lemma(c) in cues.hypothetical_nouns
                    # "his objective in the meeting was to press the king": the aim of an
                    # act told in the past may tell what was done in it
                    or (lemma(c) in cues.aim_nouns and not told_in_past(head))
                )
                for c in head.children
            )
        ):
            hypothetical = True  # "his biggest hope was to persuade them": hoped, not done
        if (
            dep == "xcomp"
            and to_infinitive(token)
            and lemma(head) == "be"
            and any(c.dep_ == "nsubj" and lemma(c) in cues.intent_nouns for c in head.children)
        ):
            future = True  # "his plan is to free the prisoners": intended, still to come
        if plan_denied(token, cues):
            negated = future = True  # "has no plans to arrest him": none planned
        if intent_content(token, cues):
            future = True  # "burglary with intent to commit theft": intended, ahead
        if ground_content(token, dep, cues):
            hypothetical = True  # "no reason to believe that they plan to strike": unfounded
        if dep == "acl" and content_clause(token) and lemma(head) in cues.alleging_nouns:
            hypothetical = True  # "voiced concerns that officials are restricting it": claimed
        if claim_complement(token, dep, head, cues):
            hypothetical = True  # "claims that the army shelled the town were denied"
        if not given and suspected(token, dep, head, cues):
            hypothetical = True  # "detained on suspicion he attacked a guard": alleged
        if dep in ("pobj", "pcomp") and privative(head, cues):
            negated = True  # "acted without consultation with its allies": none held
        if nearly_reached(token, head, below, cues):
            future = True  # "are close to signing a deal": not reached yet
        if obligation_ahead(token, head, cues):  # "we will have to send them": obliged
            hypothetical, modal = True, modal or "have to"
        if dep == "ccomp" and needed_by_expletive(head, cues):
            hypothetical = True  # "it is essential that the army withdraws": called for
        if in_condition(token, cues) or inverted_condition(token, cues):
            hypothetical = True  # the act is what a condition waits for, not a fact
        if dep == "advcl" and to_infinitive(token) and inverted_condition(head, cues):
            hypothetical = True  # "should the House vote to impeach him": voted on, not done
        if (
            dep in ("advcl", "conj")
            and for_clause(token)
            and lemma(head) in strong_hypo
            and head.pos_ == "VERB"
        ):
            # "urged an end to the violence and for all sides to engage in dialogue": a
            # for-to clause the parser hung beside what an appeal asks is asked too
            hypothetical = True
        if dep == "advcl" and for_clause(token) and asked_by_noun_before(token, cues):
            # "in his calls for his boy to be returned to him": a for-to clause the parser
            # hung on the verb after the noun of asking it completes is asked, not done
            hypothetical = True
        if dep == "ccomp" and asked_by_object_noun(token, head, cues):
            hypothetical = True  # "reiterated its demand today that Israel ease restrictions"
        if charge_listed(token, cues, strong_hypo):
            hypothetical = True  # "accuse him of usurping functions, instigating disobedience"
            break
        if dep == "advcl" and modal is None and purpose(token):
            # "forces must ensure security to allow supplies in": what an obligation is
            # for is obliged with it (an obligation put on its subject)
            h_modal = own_marks(head, cues)[3]
            modal = h_modal if h_modal in cues.obligation_aux else None
        if dep == "advcl" and lemma(head) in cues.hypothetical_nouns and head.pos_ == "NOUN":
            # "a need for the army to withdraw", which the parser hangs as a clause on the
            # noun: its complement, not done
            hypothetical = True
        if (
            dep == "relcl"
            and to_infinitive(token)
            and lemma(head) in cues.hypothetical_nouns | cues.goal_nouns
            and head.pos_ == "NOUN"
        ):
            # "dismissed calls to quit", the infinitive read as a relative clause on the
            # noun: what the calls ask for, not done (a relative clause's own act, "the
            # demand that he made", is no infinitive); and so for a noun of striving or a
            # ground ("will get grounds to sue"; modality 1.82.0)
            hypothetical = True
        if (
            dep == "advcl"
            and not apart
            and purpose(token)
            and (not given or act_carried_out(trigger, cues))  # "to make the arrests"
        ):
            # "will not lend resources to assist the government": what an act is for is not
            # done when the act is not: still ahead with it, or only an aim when it is
            # denied or conditional (version 1.44.0)
            aim = modality(head, cues)
            future = future or aim.future
            hypothetical = hypothetical or aim.hypothetical or aim.negated
        if asked_purpose(token, cues) and not apart:
            hypothetical = True  # "called for a conference to discuss oil": asked for too
        if dep in ("relcl", "acl") and reward_terms(token, cues):
            # "a reward for information that leads to his arrest", "a reward of up to $2
            # million for information leading to the bombers' arrest" (version 1.62.0)
            hypothetical = True
        content = content_of_noun(token, head, cues) if dep == "relcl" else None
        hypothetical = hypothetical or content == "hypothetical"  # "threats that included
        future = future or content == "future"  # burning his house", "a plan that involved"
        if dep in ("relcl", "advcl", "parataxis", "appos", "nsubj", "csubj") and not (
            small_clause(token)  # "pressure to get the deal done": the deal is got done
        ):
            break
        if (
            dep == "dobj"
            and (given or lemma(token) in cues.series_nouns)
            and lemma(head) in cues.inquiry_verbs
            and head.pos_ == "VERB"
        ):
            # "investigating the similarities between the attack on X and ...", "to
            # investigate a series of sniper shootings": the acts looked into, done
            break
        if (
            dep in ("dobj", "prep")
            and given
            and lemma(head) in cues.connecting_verbs
            and head.pos_ == "VERB"
        ):
            break  # "evidence linking the blasts to X", "not linked with the probe": done
        if (
            dep == "prep"
            and head.pos_ == "NOUN"
            and lemma(head) in cues.interest_nouns
            and below.tag_ == "VBG"
            and below.dep_ == "pcomp"
        ):
            hypothetical = True  # "its interest in resuming talks": wished for, not done
        if dep == "prep" and lemma(token) == "of" and kind_in_general(head, cues):
            hypothetical = True  # "against such kind of terrorist attacks": a kind, none done
        if dep == "prep" and head.pos_ == "ADJ" and lemma(head) in cues.guilt_words:
            # "pleaded guilty to the bombing": the charge, done; "pleaded not guilty to
            # killing him": alleged, not denied
            denied = any(c.dep_ == "neg" for c in [*head.children, *head.head.children])
            negated, hypothetical = False, hypothetical or denied
            break
        if dep == "prep" and head.pos_ == "NOUN" and lemma(head) in cues.part_taker_nouns:
            break  # "sought as a suspect in a fatal attack": the attack is the suspect's
        if dep == "prep" and head.pos_ == "NOUN" and lemma(head) in cues.given_act_nouns:
            break  # "an effort to learn details of the shooting": the shooting happened
        if dep == "prep" and given_nouns_phrase(token, cues):
            break  # "denied any link to the attack", "to" read as the verb's: the attack
        if case_crime(token, below, cues):
            # "charged in the 1967 slayings": the slayings happened; "arrested for the murder
            # of X": the one arrested did it, allegedly (modality 1.119.0)
            hypothetical = hypothetical or case_alleged(token, below, cues)
            break
        if case_alleged(token, below, cues):
            # "arrested for killing his neighbour": alleged (1.119.0); the case's own mood is
            # the case's, not the act's: "faces trial for the murder" leaves the trial ahead,
            # the murder only alleged; "was not charged with the murder" denies no murder
            # (modality 1.142.0)
            hypothetical = True
            break
        if dep == "acl" and token.tag_ == "VBN" and not participle_in_full(token):
            break  # "will release 553 people convicted of crimes": the conviction is past
        lem = lemma(head)
        if (
            dep in ("pcomp", "pobj")
            and head.i > 0
            and lemma(head.nbor(-1)) in cues.substitution_words
        ):
            negated = True  # "instead of conducting a sweep", "rather than a clash": none
        # "Amid growing protests, X called for calm": a setting phrase is not what the
        # governor asks for, plans or denies
        # ("Following his arraignment": the tagger reads "following" as a verb's form)
        setting = dep == "prep" and (
            lemma(token) in cues.setting_preps
            or token.lower_ in cues.setting_preps
            or as_clause(token)  # "as the embargo continued unabated": a clause of time
            or time_frame(token, cues)  # "stopped work on the first day of a strike"
            or absolute_with(token)  # "With both sides massing troops, X warned of war"
        )
        # "accused him of fraud and arrested him", "demanded his release and blocked the
        # road": a predicate coordinated with the governor is an act of its own, not what
        # the governor asks for, alleges or plans
        coordinated = dep == "conj" and token.pos_ == "VERB" and head.pos_ == "VERB"
        apart = apart or setting or (coordinated and has_own_subject(token))
        apart = apart or dashed_before(token, dep, head)  # "offered her a role -- she refused"
        # "shortly after the failed putsch, X accused them": the putsch is no charge
        ordered = ordered or (
            dep == "prep" and (lemma(token) in cues.ordering_preps or ordering_phrase(token, cues))
        )
        # "is not explained in the indictment": a given act noun's scene phrase, read as an
        # "after" phrase is (modality 1.209.0)
        ordered = ordered or (given and scene_of_given(token, below, trigger, cues))
        if before_phrase_ahead(token, head, cues):
            future = True  # "calls for an end to the violence before a return to talks"
        prevention = None if apart else prevention_reading(token, dep, head, cues)
        if prevention is not None:  # "prevented them from attacking": only might have been
            hypothetical = hypothetical or prevention == "hypothetical"
            break
        if dep == "nsubjpass" and lem in cues.foiling_verbs and head.pos_ == "VERB":
            negated = True  # "a pirate attack ... was foiled by a warship": it did not happen
        if dep in _COMPLEMENT and not setting and not coordinated and not apart and not ordered:
            ruled_out = lem in cues.negating_out_verbs and any(
                c.dep_ == "prt" and lemma(c) == "out" for c in head.children
            )
            if faced(token, head, dep, cues):
                future = True  # "faces arraignment on Wednesday": a proceeding to come
            if dep == "dobj" and lem in cues.escaping_verbs and head.pos_ == "VERB":
                negated = True  # "escaped arrest", "evaded prosecution": it did not happen
            elif lem in cues.aspect_verbs and imperative(head):
                # "'Stop the bloodshed in Kosovo,' the protesters chanted": a call to stop an
                # act is made while it goes on; it is neither denied nor only asked for
                pass
            elif lem in cues.ceasing_verbs and unasserted_ending(head, cues):
                break  # "demanded that he abandon his policy of arrests": the arrests go on
            elif (
                (lem in cues.negating_verbs or ruled_out)
                and head.pos_ in ("VERB", "ADJ")
                and not stance_phrase(token, cues)  # "blocked roads in defiance of X": done
            ):
                # "denied he was held as a bargaining chip": the label is denied, not the act;
                # so when the denial verb itself puts a label on its object ("dismissed the
                # incident as a burglary", "rejected the vote as a sham"): the incident, the
                # vote and the label's act are there (modality 1.112.0)
                labelled = characterised or carries_characterisation(head, cues)
                denies = not asked and not (labelled and lem in cues.denial_verbs)
                if denies and unasserted_denial(head, cues):
                    hypothetical = True  # "if the company rejects an offer to arbitrate"
                elif denies:
                    negated = True
            elif (
                _verb_phrase(token, dep, head, cues.goal_prepositions, cues.awaiting_verbs)
                # the act looked for itself, not one it names ("waited for the end of the
                # protest": the protest goes on)
                and below.i == trigger.i
            ) or (
                dep == "ccomp"
                and lem in cues.hoping_verbs
                and head.pos_ == "VERB"
                and has_own_subject(token)
            ):
                # "looking for a battle", "hoped the rebels would free them": looked for or
                # hoped of others, not done, and no intent of the one who waits or hopes
                hypothetical = True
            elif _verb_phrase(token, dep, head, cues.anticipating_preps, cues.awaiting_verbs) and (
                any(
                    c.dep_ in ("advmod", "prt") and lemma(c) in cues.anticipating_particles
                    for c in head.children
                )
            ):
                future = True  # "looked forward to visiting Kenya": ahead of the one looking
            elif (
                lem in cues.future_verbs
                and head.pos_ in ("VERB", "ADJ")
                # "agreed with the sanctions": a view shared on the act, not one to come (the
                # verb's own complement after it; a fronted "With the signing of X, they
                # agreed to ..." is the setting, left as it was)
                and not (dep == "prep" and lemma(token) in cues.view_preps and token.i > head.i)
                # "offered condolences": given by being said, nothing to come
                and not (dep == "dobj" and lemma(token) in cues.expressive_nouns)
                # "committed suicide after being arrested": "commit" intends only through "to"
                and not (lem in cues.intent_to_verbs and not through_to(token, dep))
                and not told_as_done(token, dep, cues)
            ):
                future = not achieved(head, cues) and not recalled_plan(token, head, cues)
                intent = intent or lem
            elif (
                _verb_phrase(token, dep, head, cues.deliberated_preps, cues.deliberating_verbs)
                and below.i == trigger.i
            ):
                future = True  # "the jury is still deliberating on the verdict": none yet
            elif (
                lem in cues.purpose_giving_verbs
                and dep in ("xcomp", "advcl")
                and head.pos_ == "VERB"
                and to_infinitive(token)
                # "could choose to consult": a choice of one's own act is a decision, not
                # what the chosen is chosen for ("was chosen to kill", "chose him to lead")
                and (
                    lem not in cues.choosing_verbs
                    or any(c.dep_ in ("auxpass", "dobj") for c in head.children)
                )
            ):
                # "are working to arrest the gang", "was chosen to kill the informer": what
                # an effort or a choosing is for is still ahead, no intent announced (1.132.0)
                future = aimed = True
            elif lem == "go" and head.tag_ == "VBG" and dep == "xcomp":
                future = True  # "we were going to liberate Venezuela": not yet done
            elif going_on(head, cues):
                pass  # "pushed ahead with their investigation": the act is under way
            elif (
                (
                    lem in strong_hypo
                    and head.pos_ in ("VERB", "ADJ")
                    # "suggested Israel was willing": a claim over a clause told as done
                    and not (lem in cues.asserting_verbs and told_as_done(token, dep, cues))
                    # "called the order grave and sinister": labelled, not called for
                    and not labelled_object(token, head, dep, cues)
                    # "called a strike for Monday": announced, ahead, not asked for
                    and not (token.i == trigger.i and announced_ahead(trigger, cues))
                    # "had ordered the strikes": the known strikes, done
                    and not recalled_order(token, head, cues)
                    # "suspected of blowing up a jet in 1988": a dated act happened, only
                    # its doer is alleged
                    and not (lem in cues.case_verbs and dated_in_past(trigger, cues))
                    # "asked about the pending appeal": a question on the act
                    and not (
                        dep == "prep"
                        and lemma(token) in cues.topic_preps
                        and lem in cues.question_topic_verbs
                    )
                )
                # (a noun coordinated with a noun of asking or threatening is another act
                # of the same kind, not its content: "made threats and demands"; 1.93.0)
                or (
                    lem in cues.hypothetical_nouns
                    and head.pos_ == "NOUN"
                    and dep not in ("compound", "conj")
                    # "the 911 call of the shooting": a call reporting it, nothing asked
                    and not content_reported(token, lem, dep, cues)
                )
                or (
                    dep == "prep"
                    and lemma(token) in cues.goal_prepositions
                    and lem in cues.hypothetical_verbs
                    and head.pos_ == "VERB"
                )
                or (lem in cues.goal_nouns and head.pos_ == "NOUN" and goal_of(token, cues))
                # "invited the three countries to start accession talks": what one is invited
                # to do is asked (not "invited to the summit": an occasion attended)
                or (
                    lem in cues.inviting_verbs
                    and head.pos_ == "VERB"
                    and dep in ("xcomp", "ccomp", "oprd")
                    and to_infinitive(token)
                )
            ):
                hypothetical = True
                if lem in cues.charging_verbs and head.pos_ == "VERB":
                    # "will charge him with the murder", "was never charged with it": the
                    # act charged is alleged, whatever the charge's own time or polarity
                    # (the charges standard; modality 1.142.0)
                    break
        h_neg, h_fut, h_hyp, h_modal = own_marks(head, cues)
        # "recommendations on how to improve investigations and provide services": what an
        # infinitive a question word opens takes or joins is only known of (modality 1.202.0)
        h_hyp = h_hyp or (head.pos_ == "VERB" and question_infinitive(head, cues))
        h_fut = h_fut or progressive_ahead(head, cues)  # "are holding talks tomorrow"
        if apart:
            h_neg = h_fut = h_hyp = False
            h_modal = None
        elif ordered:
            # "did not detain anyone after the protest": the protest happened; a condition
            # or a modal still takes the phrase into its scenario ("if he had twisted away
            # after being struck"), and "will" its time, but not a definite or owned act
            # noun, which recalls a happening ("may have been with him after the murder":
            # the murder happened; version 1.45.0)
            h_neg = False
            if given:
                h_hyp = False
                h_modal = None
        if coordinated and own_tense(token, cues):
            # "would not have the cash and was negotiating a takeover": a predicate with its
            # own tense auxiliary keeps its own mood (the "would" stays with "have")
            h_fut = h_hyp = False
            h_modal = None
        elif coordinated and own_past(token, head, cues):  # "could not say X, but said Y"
            h_neg = h_fut = h_hyp = False
            h_modal = None
        # "will not cause America to back down": the caused clause, which the parser gives a
        # subject of its own, shares the causing verb's polarity and tense
        caused = dep == "ccomp" and lem in cues.causing_verbs and to_infinitive(token)
        # "does not want to see them punished": the clause seen under a wish is the wish's
        seen = (
            dep == "ccomp"
            and lem in cues.seeing_verbs
            and head.dep_ == "xcomp"
            and lemma(head.head) in cues.future_verbs
        )
        caused = caused or seen
        # "takes no joy in lifting the ban": the feeling is denied, not the act it is about
        felt = dep == "prep" and head.pos_ == "NOUN" and lem in cues.feeling_nouns
        if same_clause and (dep in _SAME_CLAUSE or caused):
            # A coordinated predicate keeps its own polarity: "never admitted X and spent";
            # a bare one shares its "did not" ("did not fire the gun and kill the guard")
            own_polarity = dep == "conj" and not shares_do_negation(token)
            negated = negated or (h_neg and not own_polarity and not through_noun and not felt)
            future = future or h_fut
            hypothetical = hypothetical or h_hyp
            modal = modal or h_modal
        elif h_neg or h_hyp:  # a denied or conditional statement about the trigger
            denied_modal = h_neg and dep == "ccomp" and modal is not None
            hypothetical = hypothetical or h_hyp or denied_modal
        through_noun = through_noun or (dep == "acl" and head.pos_ == "NOUN")
        if dep == "ccomp" and not seen:
            same_clause = False
            asked = asked or indirect_question(token)
        if venue:
            negated, hypothetical, modal = kept
        below, token = token, head
    if negated and reason_denied(trigger, cues):  # "was not torched because of her beliefs"
        negated = False  # the motive denied, the torching told; a hope over it is of the
        hypothetical = hypothetical and not hoped_reason(trigger, cues)  # motive too
    if disowned_purpose(trigger, cues):  # "was not meant to hit the girl": she was hit
        negated = future = False
    if forced(trigger, cues):  # "had no choice but to withdraw": forced, still to come
        negated, hypothetical = False, True
    if held_back(trigger, cues):  # "opposed the hold on security assistance": held back,
        negated, hypothetical = True, False  # whatever the verbs over the hold say of it
    if banned_act(trigger, cues):  # "the government banned the protest": not told as held
        negated = True
    if not hypothetical:  # "demanding his release, Boluarte's resignation and ...": asked too
        before = list_predecessor(trigger)
        hypothetical = before is not None and modality(before, cues).hypothetical
    aimed = aimed and future and not own_future and intent is None
    return Flags(negated, future, hypothetical, intent, modal, condition, aimed)


def unasserted_ending(verb: Token, cues: Modality) -> bool:
    """A verb of ending an act (`ceasing_verbs`) that is itself only asked for, possible,
    threatened or ahead ("demanded that he abandon the policy", "may halt the talks", "agreed
    to stop the aid"): what it would end is under way (modality 1.143.0). One told done or
    denied is not ("stopped providing escorts", "refused to stop the attacks"). In a relative
    clause on a noun the noun's status is the ending's ("must reach a deal that stops the
    fighting": the deal, and with it the ending, only called for)."""
    if verb.pos_ != "VERB":
        return False
    flags = modality(verb, cues)
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not flags.negated:
        flags = modality(verb.head, cues)
    return not flags.negated and (flags.hypothetical or flags.future)


def unasserted_denial(verb: Token, cues: Modality) -> bool:
    """A verb of denying, refusing or failing that is itself only possible, conditional or
    asked for ("if the company rejects an offer to have the dispute arbitrated", "pressed the
    workers to cancel the strike", "may refuse to release them") denies nothing yet: what it
    takes is hypothetical, not negated. One told done, denied or ahead in time ("will refuse
    to release them") still denies (modality 1.209.2)."""
    if verb.pos_ != "VERB":
        return False
    flags = modality(verb, cues)
    return flags.hypothetical and not flags.negated


def _verb_phrase(
    token: Token, dep: str, head: Token, preps: frozenset[str], verbs: frozenset[str]
) -> bool:
    """`token` is a phrase of `head`, a verb listed in `verbs`, opened by a preposition listed
    in `preps` ("waited for", "looked forward to", "deliberating on")."""
    return dep == "prep" and lemma(token) in preps and head.pos_ == "VERB" and lemma(head) in verbs
