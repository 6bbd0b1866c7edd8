"""The modality cues of the event vocabulary (data/events/modality.toml): the words that
tell an act denied, hypothetical, ahead, alleged or told; one field per list, read by
events_vocab.parse_vocab."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Modality:
    negation_words: frozenset[str]
    negating_verbs: frozenset[str]
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    hypothetical_aux: frozenset[str]
    obligation_aux: frozenset[str]
    hypothetical_verbs: frozenset[str]
    weak_hypothetical_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    alleged_words: frozenset[str]
    hypothetical_nouns: frozenset[str]
    weighed_act_nouns: frozenset[str]
    certainty_words: frozenset[str]
    uncertainty_words: frozenset[str]
    aim_verbs: frozenset[str]
    substitution_words: frozenset[str]
    goal_prepositions: frozenset[str]
    # "the 911 call of the shooting", "an appeal of his conviction": nouns of asking whose
    # "of"-phrase names no content asked for (modality 1.113.0)
    asking_nouns_of_other: frozenset[str] = frozenset()
    # ...nor the one of these prepositions names after a call: "responded to a call about a
    # shooting" (modality 1.163.0)
    told_content_preps: frozenset[str] = frozenset()
    report_call_nouns: frozenset[str] = frozenset()
    # "denied that he was held as a bargaining chip": a denial of what the act is called
    denial_verbs: frozenset[str] = frozenset()
    characterisation_preps: frozenset[str] = frozenset()
    # "as long as", "provided that": multi-word openings of a condition clause
    conditional_phrases: frozenset[str] = frozenset()
    # "were attempting to kill X": violence attempted is made (events_attempts; modality 1.200.0)
    attempted_violence_verbs: frozenset[str] = frozenset()
    # "our fight to restore democracy": nouns of striving, whose goal is not reached
    goal_nouns: frozenset[str] = frozenset()
    # "amid growing protests": prepositions of a setting, which a governor's meaning skips
    setting_preps: frozenset[str] = frozenset()
    # "on the first day of the strike": a phrase of a span or side of an act (1.151.2)
    frame_nouns: frozenset[str] = frozenset()
    # "blocked the streets in defiance of X": a bare "in"-phrase of the stance a verb of
    # stopping or refusing was done in, not what it stops (1.162.0)
    stance_nouns: frozenset[str] = frozenset()
    # "after the putsch X accused them": prepositions ordering the governor's act against the
    # one they hold, which is neither asked, alleged nor denied with it, but may be to come
    ordering_preps: frozenset[str] = frozenset()
    # "in advance of the shooting", "ahead of the vote", "prior to the raid": multi-word
    # prepositions of the same order, read as the words ending in the preposition
    ordering_phrases: frozenset[str] = frozenset()
    # "accused him of X, Y-ing Z": prepositions opening an accusation's list of charges
    charge_list_preps: frozenset[str] = frozenset()
    # "described his removal as a coup": a label put on another act, not an act of its own
    labelling_verbs: frozenset[str] = frozenset()
    # "ruled out talks": verbs that negate only with the particle "out" ("ruled that ..." does
    # not)
    negating_out_verbs: frozenset[str] = frozenset()
    # "until it apologizes": marks of a clause told as still awaited unless in the past
    pending_marks: frozenset[str] = frozenset()
    # "before aid is released" under a clause not told in the past: ahead (modality 1.151.1)
    ahead_before_marks: frozenset[str] = frozenset()
    # "will be deported when he is released": marks of a time clause, ahead in the present
    # under a clause told ahead
    ahead_time_marks: frozenset[str] = frozenset()
    # "removing the sanctions is out of the question": predicates that rule out their subject
    ruled_out_predicates: frozenset[str] = frozenset()
    # "a deal remained out of reach": copulas that rule out their subject with those predicates
    ruled_out_copulas: frozenset[str] = frozenset({"be"})
    # "a breakthrough in the deal remained out of reach": the act progress is in is not made
    progress_nouns: frozenset[str] = frozenset()
    # "was not torched because of her beliefs", "not simply because": a "not" on the motive
    motive_nouns: frozenset[str] = frozenset()
    only_reason_words: frozenset[str] = frozenset()
    # "the jury is deliberating on the verdict": a decision deliberated on is still to come
    deliberating_verbs: frozenset[str] = frozenset()
    deliberated_preps: frozenset[str] = frozenset()
    # "are working to arrest the gang", "was chosen to kill the informer": verbs of effort or
    # of choosing whose to-infinitive is a purpose still ahead (modality 1.132.0)
    purpose_giving_verbs: frozenset[str] = frozenset()
    choosing_verbs: frozenset[str] = frozenset()  # ...in the passive or with an object only
    # "concerns that officials are restricting information": a claimed or feared content
    alleging_nouns: frozenset[str] = frozenset()
    # "detained on suspicion of attacking a guard", "on suspicion he attacked a guard": nouns
    # of suspicion whose "of"-phrase, or a clause right after them, is alleged (1.95.0)
    suspicion_nouns: frozenset[str] = frozenset()
    # "acted without consultation with its allies", "withdrew without firing a shot":
    # prepositions whose object is an act not done (1.95.0)
    privative_preps: frozenset[str] = frozenset()
    # "lack the means to arrest him": verbs over which an object's infinitive is the object's
    having_verbs: frozenset[str] = frozenset()
    # "the ongoing conflict": an act noun told as going on is real
    ongoing_words: frozenset[str] = frozenset()
    # "a four-decade embargo", "the decades-long blockade": long spans of time an act noun is
    # told to have lasted, and the words ("long", "old") that tell its length (modality 1.92.0)
    long_span_units: frozenset[str] = frozenset()
    length_words: frozenset[str] = frozenset()
    span_units: frozenset[str] = frozenset()
    # "a possible strike", "potential sanctions": an act noun told as only possible
    possibility_words: frozenset[str] = frozenset()
    # "an attack is unlikely": a copula's predicate doubting its act noun subject
    doubted_predicates: frozenset[str] = frozenset()
    # "the hold on security assistance": an act noun a halt is put on does not go on
    halting_nouns: frozenset[str] = frozenset()
    # "the bullet was not meant to hit the girl": a purpose denied in the past, the act done
    disowned_purpose_verbs: frozenset[str] = frozenset()
    # "pleaded guilty to the bombing": adjectives of guilt, whose phrase names the charge
    guilt_words: frozenset[str] = frozenset()
    progress_preps: frozenset[str] = frozenset()
    # "the arrest of the perpetrators is essential": a subject called needed is not done
    needed_predicates: frozenset[str] = frozenset()
    # "were able to apprehend": words of ability that, told in the past, tell the act done
    achieved_in_past: frozenset[str] = frozenset()
    # "knew how to communicate with the plotters": an infinitive a question word opens is an
    # act known of, asked about or weighed, not one done
    question_words: frozenset[str] = frozenset()
    # "talked to them about investigations", "discussed sanctions": a bare act noun that is
    # only the topic of talk is an act spoken of, not one done
    talk_topic_words: frozenset[str] = frozenset()
    topic_preps: frozenset[str] = frozenset()
    # "asked about the pending appeal": a verb of asking through one of topic_preps asks a
    # question on the act, which it does not call for (modality 1.92.0)
    question_topic_verbs: frozenset[str] = frozenset()
    # "invited them to start talks": verbs whose to-infinitive is asked, not done (1.92.0)
    inviting_verbs: frozenset[str] = frozenset()
    # "had the guards opened fire", "should the House vote": auxiliaries that, opening an
    # adverbial clause before its subject, make it a condition
    inverted_condition_words: frozenset[str] = frozenset()
    # "nobody was injured", "no one was arrested": a subject that names no one negates the act
    negative_subjects: frozenset[str] = frozenset()
    # "agreed with the sanctions": prepositions through which a verb of intent shares a view
    view_preps: frozenset[str] = frozenset()
    # "did not stop attacking", "if he doesn't stop building": verbs of ceasing whose gerund,
    # the ceasing denied, tells an act that goes on
    aspect_verbs: frozenset[str] = frozenset()
    # "demanded that he abandon his policy of arrests", "may halt mediation efforts": verbs
    # of ending an act under way, whose act goes on while the ending is only asked, possible
    # or ahead
    ceasing_verbs: frozenset[str] = frozenset()
    # "demanded an admission that its soldiers killed them": words whose content clause is
    # told true
    factive_words: frozenset[str] = frozenset()
    # "could not say how many shots were fired": words opening a question on a done act
    content_question_words: frozenset[str] = frozenset()
    # "he didn't hear a gunshot": verbs of perceiving, whose denial is not the act's
    perception_verbs: frozenset[str] = frozenset()
    # "offered condolences", "offered an apology": words a verb of intent gives by being said,
    # which it announces nothing to come with
    expressive_nouns: frozenset[str] = frozenset()
    # "a suspect in a fatal attack", "victims of the bombing": an act told as what makes
    # someone a suspect, a victim or a witness is background of that person, out of reach of
    # the verb that governs the person ("being sought as a suspect in an attack": no plan)
    part_taker_nouns: frozenset[str] = frozenset()
    # "learn details of the shooting", "in the aftermath of the bombing": a noun whose phrase
    # names an act as given, out of reach of the verb over the noun (modality 1.41.0)
    given_act_nouns: frozenset[str] = frozenset()
    # "charged in the 1967 slayings", "indicted in the bombing": a definite act in the "in"
    # phrase of a verb of a case is the case's crime, done, whatever is alleged of the person
    case_verbs: frozenset[str] = frozenset()
    case_preps: frozenset[str] = frozenset()
    # "arrested for the murder of X", "charged in the killing": such a crime is the alleged act
    # of the person the verb holds or charges (the lead's ruling, 35th session; 1.119.0)
    accusing_case_verbs: frozenset[str] = frozenset()
    trial_nouns: frozenset[str] = frozenset()  # "on trial for the murder of X" (1.131.0)
    told_case_acts: frozenset[str] = frozenset()  # "arrested in a police raid": told
    # "two Libyans suspected of blowing up a Pan Am jet over Scotland in 1988": an act a case
    # verb alleges, told with a past date of its own ("in 1988", "41 years ago"), happened:
    # only who did it is alleged (modality 1.86.0)
    past_date_words: frozenset[str] = frozenset()
    # "developments in a 2003 murder case", "the bombing trial": an act noun naming what a
    # case, a trial or an inquiry is about happened, whatever the verbs over them (1.100.0)
    case_nouns: frozenset[str] = frozenset()
    # "the impeachment trial": an act a case decides, which may lie ahead of it
    proceeding_act_nouns: frozenset[str] = frozenset()
    # "the group planned the attacks": a definite act planned, told in the past, was done
    recalled_plan_verbs: frozenset[str] = frozenset()
    # "pushed ahead with their investigation", "pressed on with the offensive": a verb of
    # urging with one of these particles goes on with the act, which is under way
    continuing_particles: frozenset[str] = frozenset()
    continuing_verbs: frozenset[str] = frozenset()
    progressive_ahead_words: frozenset[str] = frozenset()
    # "committed suicide after being arrested": verbs of intent that announce only through
    # "to" ("committed to withdraw"); any other complement is an act done, no intent
    intent_to_verbs: frozenset[str] = frozenset()
    # "escaped arrest", "evaded prosecution": the act a verb of escaping takes as its object
    # did not happen (only that object: "escaped from prison after the riot" keeps the riot)
    escaping_verbs: frozenset[str] = frozenset()
    # "tried to flee a raid", "escaped the shelling": an act going on that is fled is real,
    # whatever the flight's mood (events_modality_given.fled_happening; modality 1.182.0)
    fleeing_verbs: frozenset[str] = frozenset()
    fled_happenings: frozenset[str] = frozenset()
    # "a pirate attack on merchant vessels was foiled by a warship": an act told as the subject
    # of a passive of foiling did not happen (modality 1.161.0)
    foiling_verbs: frozenset[str] = frozenset()
    # "will not cause America to back down": a causing verb's polarity and tense reach the
    # infinitive clause it causes, which the parser reads as a clause with its own subject
    causing_verbs: frozenset[str] = frozenset()
    # "when the police would not release her": marks of a clause of time or cause in which
    # "would not" under a past verb tells a refusal that happened, no condition
    refusal_clause_marks: frozenset[str] = frozenset()
    # "faces arraignment on Wednesday": a proceeding or penalty "face" takes, still to come
    facing_verbs: frozenset[str] = frozenset()
    faced_proceedings: frozenset[str] = frozenset()
    # "talks are expected to begin next week": a verb of beginning or taking place whose
    # subject is an event noun tells that act's own mood (events_modality_nouns.occurring_as)
    occurrence_verbs: frozenset[str] = frozenset()
    # "an agreement was about to be signed": a passive making an event noun (1.186.0)
    making_passives: frozenset[str] = frozenset()
    # "crack down on them for the attacks": a reaction whose "for" names a deed done (1.186.0)
    deed_reaction_verbs: frozenset[str] = frozenset()
    happening_verbs: frozenset[str] = frozenset()  # "the signing will take place"
    # "more raids will be launched", "talks will be held": an event noun the passive subject
    # of a verb of carrying out with "will" is still to come (events_modality_marks.to_happen)
    carried_out_passives: frozenset[str] = frozenset()
    # "could not move to make the arrests": an act noun such a verb takes is its act, whatever
    # its article (events_modality_given.act_carried_out; modality 1.193.0)
    performing_verbs: frozenset[str] = frozenset()
    # "a ground attack is imminent": an event noun told as about to come (modality 1.182.0)
    imminent_predicates: frozenset[str] = frozenset()
    obliged_verbs: frozenset[str] = frozenset()  # "a deal needs to be struck"
    # "there was no order to fire", "In no way was there any directive to expel him": the
    # act of a denied order (modality 1.183.3)
    order_nouns: frozenset[str] = frozenset()
    # "close to signing a deal", "close to a deal": not reached yet (modality 1.183.4)
    nearness_words: frozenset[str] = frozenset()
    nearness_acts: frozenset[str] = frozenset()
    negative_phrase_nouns: frozenset[str] = frozenset()
    # "we will have to send them": the infinitive of an obligation ahead (modality 1.183.1)
    obligation_verbs: frozenset[str] = frozenset()
    # "more protests are planned for Monday": an event noun subject of one of these in the
    # passive, in the present or with "will", is still to come (events_modality_nouns.planned_as)
    planned_passives: frozenset[str] = frozenset()
    # "an arraignment was scheduled for this month": told in the past with a "for" time, still
    # to come all the same (events_modality_nouns.planned_as)
    dated_passives: frozenset[str] = frozenset()
    # "the lawsuit launched by X", "the accord signed in May": a participle on an event noun
    # tells it made, out of reach of the verbs over the noun, unless it is one of these
    # (or a verb of intent or of negation: "the attack planned by X", "the talks postponed")
    unmade_participles: frozenset[str] = frozenset()
    # "investigating the attack on Slepian": a definite act a verb of inquiry takes in its
    # object's phrase is the one looked into, done (modality 1.45.0)
    inquiry_verbs: frozenset[str] = frozenset()
    # "did not rise up in anger over those shootings": a definite or owned act noun these
    # take is what a reaction is about, done, out of reach of the verbs over it (1.99.0)
    reaction_preps: frozenset[str] = frozenset()
    # "failed to contain the protests": a definite act noun these take as object is the act
    # countered, going on; their subject is no party to it (modality 1.113.0)
    countering_verbs: frozenset[str] = frozenset()
    # "trying to cover up abuse allegations": what is hidden is there (modality 1.193.0)
    concealing_verbs: frozenset[str] = frozenset()
    # "made no progress in the talks": the talks held (modality 1.193.2)
    ground_giving_verbs: frozenset[str] = frozenset()
    headway_nouns: frozenset[str] = frozenset()
    # "The guards stopped the riot": a definite act noun these take as object was under
    # way, ended, not denied (modality 1.195.1)
    halting_verbs: frozenset[str] = frozenset()
    # "efforts to obstruct the FBI's investigation", "an end to the attacks": the act hindered,
    # dropped or ended is under way or made (modality 1.209.0)
    obstructing_verbs: frozenset[str] = frozenset()
    ending_nouns: frozenset[str] = frozenset()
    # "not explained in the indictment": a definite act noun in these phrases is the scene,
    # given, as after an "after" phrase (modality 1.209.0)
    scene_preps: frozenset[str] = frozenset()
    # "did not take part in the talks": the subject's own act, no scene (modality 1.209.3)
    part_taking_verbs: frozenset[str] = frozenset()
    part_nouns: frozenset[str] = frozenset()
    # "criticism of the handling of the strike": a definite act noun in their "of" phrase is
    # the act dealt with, held (modality 1.195.2)
    handling_nouns: frozenset[str] = frozenset()
    # "match the European Union's support": a definite or owned act noun these take as
    # object was made already (modality 1.151.0)
    given_object_verbs: frozenset[str] = frozenset()
    # "apologised if the fire was connected to the campaign": a definite act noun told as the
    # subject of a link happened, only the link is conditional (modality 1.130.0)
    link_predicates: frozenset[str] = frozenset()
    # "was ordered to be transferred within 10 days": an infinitive set a span of time to
    # happen in is ahead (modality 1.130.0)
    deadline_preps: frozenset[str] = frozenset()
    deadline_units: frozenset[str] = frozenset()
    # "gave the militia two days to surrender": the act a span of time is given for is ahead
    # (modality 1.183.0)
    deadline_giving_verbs: frozenset[str] = frozenset()
    # "would like to see a proper investigation": a sight wished for is no perceiving
    # (modality 1.183.0)
    wished_sight_verbs: frozenset[str] = frozenset()
    # "the collapse of surrender talks", "a ceasefire proposal": the act a noun of talking or
    # offering is named for by a compound is only under discussion (modality 1.183.0)
    offered_act_heads: frozenset[str] = frozenset()
    negotiation_heads: frozenset[str] = frozenset()
    negotiated_acts: frozenset[str] = frozenset()
    # "investigate a series of sniper shootings": an act noun in the "of"-phrase of one of
    # these, itself a verb of inquiry's object, is among the acts looked into (1.74.0)
    series_nouns: frozenset[str] = frozenset()
    # "suggested Israel was willing", "insisted that police had fired first": over a finite
    # clause told as done these claim, no act asked for (modality 1.74.0)
    asserting_verbs: frozenset[str] = frozenset()
    # "called for a conference to discuss oil": the purpose infinitive of a verb of asking
    # is asked for too (modality 1.74.0)
    asking_purpose_verbs: frozenset[str] = frozenset()
    # "the slated visit", "the upcoming summit": a scheduled act noun is ahead (1.74.0)
    scheduled_words: frozenset[str] = frozenset()
    # "whenever prosecutions threatened", "a strike looms": an act noun subject of one of
    # these, with nothing threatened, is still to come (modality 1.93.0)
    looming_verbs: frozenset[str] = frozenset()
    # "the government banned the protest", "the march was forbidden": an act noun a verb of
    # banning takes as its object (or passive subject) is not told as held, unless the
    # sentence says it went ahead ("went ahead", "proceeded", "defied the ban")
    banning_verbs: frozenset[str] = frozenset()
    went_ahead_verbs: frozenset[str] = frozenset()
    # "threats that included burning his house": a relative clause of one of these on a noun
    # of asking, threatening or planning tells its content (modality 1.108.0)
    content_verbs: frozenset[str] = frozenset()
    # "concessions they might not otherwise have agreed to": a denied counterfactual of the
    # alternative tells the act done (modality 1.80.0)
    counterfactual_words: frozenset[str] = frozenset()
    # "announced new rallies on Sunday": a gathering or a meeting announced is ahead (1.80.0)
    announcing_verbs: frozenset[str] = frozenset()
    announced_nouns: frozenset[str] = frozenset()
    # "takes no joy in lifting the ban", "showed no remorse for the killings": a feeling
    # denied about an act does not deny the act (modality 1.80.0)
    feeling_nouns: frozenset[str] = frozenset()
    # "had ordered the strikes": definite acts a verb of ordering in the past takes (1.80.0)
    recalled_order_verbs: frozenset[str] = frozenset()
    # "charged in federal complaints": the filings of a case, made (modality 1.80.0)
    case_document_nouns: frozenset[str] = frozenset()
    # "trying to attend a prayer vigil", "would speak at a vigil": the gathering is a given
    # occasion (modality 1.80.0)
    attending_verbs: frozenset[str] = frozenset()
    venue_preps: frozenset[str] = frozenset()
    gathering_nouns: frozenset[str] = frozenset()
    # "jailed pending trial": what an act waits on is ahead (modality 1.80.0)
    pending_preps: frozenset[str] = frozenset()
    # "its interest in resuming talks": wished, through a gerund (modality 1.80.0)
    interest_nouns: frozenset[str] = frozenset()
    # "evidence linking the bomb blasts to X", "not linked with the probe": a definite act a
    # verb of connecting takes is a given one; the link is what is told or denied (1.70.0)
    connecting_verbs: frozenset[str] = frozenset()
    # "a reward for information that leads to his arrest": what the relative clause on a
    # reward's "for"-object leads to has not happened (modality 1.45.0)
    reward_nouns: frozenset[str] = frozenset()
    # "I want to thank the American people", "we would like to congratulate": a speaker's
    # wish to perform a speech act performs it (modality 1.45.0)
    performative_verbs: frozenset[str] = frozenset()
    performative_wishes: frozenset[str] = frozenset()
    # "Police would like to thank the public", "the family wishes to thank everyone": a set
    # wish of a statement an office or a family issues of itself, in any person, performs
    # it ("would like"; "wishes" in the present; modality 1.93.0)
    polite_wishes_would: frozenset[str] = frozenset()
    polite_wishes_present: frozenset[str] = frozenset()
    # "had no option but to surrender": an act no other choice is left "but to" do is forced
    # and still to come (modality 1.48.0)
    forced_choice_nouns: frozenset[str] = frozenset()
    # "the jury found true the allegation that he fired", "the court upheld the charge": an
    # allegation a court or jury establishes tells its act done (modality 1.64.0)
    establishing_verbs: frozenset[str] = frozenset()
    finding_verbs: frozenset[str] = frozenset()
    established_predicates: frozenset[str] = frozenset()
    # "convicted him on charges of murdering X": a charge one is convicted on is established
    # (modality 1.142.0)
    convicting_verbs: frozenset[str] = frozenset()
    # "will charge him with the murder": the act charged is alleged, no more (1.142.0)
    charging_verbs: frozenset[str] = frozenset()
    conviction_preps: frozenset[str] = frozenset()
    # "looking for a battle", "waiting for an attack": what one looks, waits or hopes for is
    # not done (modality 1.64.0)
    awaiting_verbs: frozenset[str] = frozenset()
    # "looked forward to visiting Kenya": what one looks forward to is ahead (modality 1.66.0)
    anticipating_particles: frozenset[str] = frozenset()
    anticipating_preps: frozenset[str] = frozenset()
    # "is against such kind of terrorist attacks", "condemned all forms of torture": an act
    # named as a kind in general is no happening (modality 1.66.0)
    kind_nouns: frozenset[str] = frozenset()
    generalising_words: frozenset[str] = frozenset()
    # "no reason to believe that they plan to strike", "no evidence that the army shelled
    # it": a content no ground is found for is not asserted (modality 1.64.0)
    ground_nouns: frozenset[str] = frozenset()
    # "does not want to see them punished": what one wants to see is what one wants done
    seeing_verbs: frozenset[str] = frozenset()
    # "hoped that the rebels would release them": a hope about a clause with its own subject
    # is no intent of anyone's, only hypothetical (modality 1.64.0)
    hoping_verbs: frozenset[str] = frozenset()
    # "said its members would strike": "would" reported in the past is the future of then
    # (modality 1.105.0; events_modality_negation.reported_ahead)
    reporting_verbs: frozenset[str] = frozenset()
    # "his biggest hope was to persuade them", "their goal is to topple it": what an aim is
    # said to be is not done (with the hypothetical nouns; modality 1.64.0)
    aim_nouns: frozenset[str] = frozenset()
    # "his plan is to free them": what a plan is said to be is intended, future (1.106.0)
    intent_nouns: frozenset[str] = frozenset()
    # "is to blame": an infinitive of "be" that judges, no act set for later (1.173.0)
    judging_infinitives: frozenset[str] = frozenset()
    # "entered with the purpose of killing him": the act a purpose noun's "of" gerund names
    # is intended, future, as an intent's is (modality 1.160.0)
    purpose_nouns: frozenset[str] = frozenset()
    # "the plan to bomb the depots was carried out": a plan told done tells its act done
    # (modality 1.121.0; events_modality_marks.achieved_plan)
    achieved_plan_nouns: frozenset[str] = frozenset()
    plan_done_verbs: frozenset[str] = frozenset()
    # "not only killed the deputy, he also allegedly tried to kill another man": verbs that
    # take only an infinitive, so a finite clause before them is one of its own (1.94.0)
    infinitive_verbs: frozenset[str] = frozenset()
    # "too tired to fight", "strong enough to invade", "he always goes out of his way to
    # help": a degree or a habit tells no act done (modality 1.152.0; events_modality_degree)
    excess_degree_words: frozenset[str] = frozenset()
    sufficient_degree_words: frozenset[str] = frozenset()
    disposition_adverbs: frozenset[str] = frozenset()
    # "prevented the protesters from attacking": the act kept from happening is hypothetical,
    # the object kept from going on given; "failed to stop them from looting": done (1.152.0)
    preventing_verbs: frozenset[str] = frozenset()
    failing_verbs: frozenset[str] = frozenset()
    # "did nothing to prevent attacks", "did little to stop the looting": an effort next to
    # none, the act went ahead (events_modality_degree.unprevented; modality 1.182.0)
    scant_effort_words: frozenset[str] = frozenset()
    # "faces charges for the murder of Y": a case a verb of facing takes (1.152.0)
    case_facing_verbs: frozenset[str] = frozenset()
    faced_case_nouns: frozenset[str] = frozenset()
    # "Powell says it is time for Arafat to exert control", "it is high time the army released
    # them": an act it is said to be time for is called for, not done (modality 1.196.0;
    # events_modality_trigger.due_time_for)
    due_time_nouns: frozenset[str] = frozenset()
