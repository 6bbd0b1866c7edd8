"""The heads the parse gives a trigger's actors and targets, before events_args refines them.

By the trigger's part of speech: a verb's subject and object, swapped in the passive ("he
was hauled away by agents"), a participle's noun, an infinitive on a request noun; an
adjective's subject; a noun's possessor, "of"/"by" phrases and the verb that governs it ("the
government authorized the release of X"). An event noun as a subject or agent stands for its
own parties ("fighting between troops and rebels killed 12"), as do the parties of an
operation an act was done in ("killed in an air strike by X") and the one convicted of a
crime. Split from events_args (whether a governing verb's subject is a party is in
events_noun_verbs, who holds a weapon of a "with" phrase in events_means_holders)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_act_modifiers import (
    armed_band_doers,
    entity_modifiers,
    force_modifiers,
    scene_of_attack,
)
from chronicler.annotate.events_act_topics import topic_only
from chronicler.annotate.events_actors import (
    Context,
    agentive_phrase,
    antecedent,
    can_act,
    dash_cut_of,
    is_agentive,
    misplaced_of,
    names_party,
    people_noun,
)
from chronicler.annotate.events_answerable import answerable_doers
from chronicler.annotate.events_arg_cues import (
    attributive_participle,
    brought_to,
    carried_out_in_relative,
    court_onlooker,
    custody_act,
    doer_noun,
    estimated_at,
    given_to,
    identified_act,
    imposed_on,
    involved_in,
    judging_owner,
    made_by_participle,
    means_noun,
    means_thrown,
    member_of_act,
    names_a_doer,
    owned_victim,
    participle_noun,
    placed_on,
    record_held,
    relative_that,
    server_of,
    setting_participle,
    state_in_custody,
    stative_participle,
    under_act,
    up_to_objects,
    weapon_used,
)
from chronicler.annotate.events_arg_doers import (
    aim_owners,
    authority_of_case,
    carried_on_by,
    charges_carried,
    death_victims,
    harmed_in_attack,
    looks_on,
    offender_after_charge,
    penalty_term,
    people_modifiers,
    renamed_act_doers,
    renamed_act_targets,
    shared_agent,
    tried_by_verdict,
    wound_bearers,
)
from chronicler.annotate.events_case_doers import case_doers
from chronicler.annotate.events_casualty_clauses import when_clause_doers
from chronicler.annotate.events_clause_readings import (
    active_conjunct,
    passive_relative,
    record_showing,
    victims_described,
)
from chronicler.annotate.events_coordinated import shared_object
from chronicler.annotate.events_deployed_missions import deployed_on
from chronicler.annotate.events_folds import characterized_act, manner_protest
from chronicler.annotate.events_match import (
    VERB_POS,
    match_rule,
    object_of,
    phrase_child,
    relative_gap,
    to_infinitive,
)
from chronicler.annotate.events_means_holders import means_holders
from chronicler.annotate.events_meeting_sides import meeting_host, meeting_sought, truce_sought
from chronicler.annotate.events_noun_governors import governing_verb, members
from chronicler.annotate.events_noun_verbs import (
    GIVER_PREPS,
    backing_held,
    engaged_on,
    gotten_as_party,
    held_in_relative,
    judged,
)
from chronicler.annotate.events_objects_under import objects_under
from chronicler.annotate.events_participant_roles import role_of
from chronicler.annotate.events_phrases import expand, pobjs, prep_objects
from chronicler.annotate.events_scenes import owning_place
from chronicler.annotate.events_search_finds import search_finders
from chronicler.annotate.events_stand_ins import active_subjects
from chronicler.annotate.events_subjects import SUBJECT_DEPS, Subjects, hands_agents, subjects
from chronicler.annotate.events_targets import (
    damaged_by_attack,
    named_as_target,
    reached_place,
    struck_by_measure,
    that_clause_subjects,
)
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def _asked_to_act(verb: Token, ctx: Context) -> list[Token]:
    """Who would do the act an infinitive on a request noun asks for: the one the request is
    made to ("received an invitation to attend a meeting of X", "rejected a request to
    join the talks": the receiver, the one rejecting, attends or joins)."""
    noun = verb.head
    rule = ctx.rules.get(noun.i)
    if not (
        verb.dep_ == "acl"
        and verb.tag_ == "VB"
        and to_infinitive(verb)
        and noun.pos_ == "NOUN"
        and rule is not None
        and rule.type == "REQUEST"
        # (pressure's doers are read by events_pressed, which minds where the act is told)
        and lemma(noun) not in ctx.vocab.words("strain_nouns")
    ):
        return []
    asked = parsed_heads(noun, rule, ctx)[1]
    if not asked:
        governing, link = governing_verb(noun)
        answering = ctx.vocab.words("answering_verbs")
        if governing is not None and link == "dobj" and lemma(governing) in answering:
            asked = list(subjects(governing).active)  # "rejected an invitation to join"

    return [a for a in asked if names_party(a, ctx)]


def _crowd_parties(noun: Token, ctx: Context) -> list[Token] | None:
    """Who takes part in a gathering a participle hangs on (a rally, a march), None for a
    noun of no gathering: its named people do what the participle says, not the gathering,
    and with none named no one is told ("a rally supporting the jailed leader": no
    supporter, was the rally; "a rally of students supporting X": the students). Roles
    1.45.0 (`crowd_act_types`). People of such an act ("protesters demanding X") do it."""
    if noun.pos_ != "NOUN" or role_of([noun], noun, None, ctx.vocab) is not None:
        return None
    crowd = ctx.vocab.words("crowd_act_types")
    rule = ctx.rules.get(noun.i)
    if rule is not None:
        if rule.type.lower() not in crowd:
            return None
        return [d for d in parsed_heads(noun, rule, ctx)[0] if agentive_phrase(d, ctx)]
    readings = ctx.vocab.readings(frozenset({lemma(noun)}), "NOUN")
    if not readings or any(r[0].lower() not in crowd for r in readings):
        return None
    of = prep_objects(noun, frozenset({"of"}))
    return [p for p in of if names_party(p, ctx)]


def _crowd_or_self(noun: Token, ctx: Context) -> list[Token]:
    crowd = _crowd_parties(noun, ctx)
    return [noun] if crowd is None else crowd


def parsed_heads(trigger: Token, rule: Rule, ctx: Context) -> tuple[list[Token], list[Token]]:
    """Head tokens of the actors and targets of one trigger as the parse gives them
    (events_args.argument_heads refines them)."""
    actors: list[Token] = []
    targets: list[Token] = []
    if stative_participle(trigger, rule):  # "Israel is opposed to X": Israel opposes
        subj = subjects(trigger)
        return list(subj.passive or subj.active), prep_objects(trigger, rule.target_preps)
    if trigger.pos_ in VERB_POS:
        harmed = victims_described(trigger, ctx)
        if harmed is not None:  # "paid tribute to bombing victims": no bomber named
            return [], [harmed]
        described = attributive_participle(trigger, ctx.vocab)
        if described is not None:  # "told visiting officials that ...": the officials visit
            return [described], []
        subj = subjects(trigger)
        invited = _asked_to_act(trigger, ctx)
        if invited and not subj.active and not subj.passive:  # "an invitation to attend X"
            subj = Subjects(tuple(invited), (), subj.agent)
        auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
        # A bare past participle is passive: "X, imprisoned for five years, ..."
        verbless_root = trigger.dep_ == "acl" and trigger.head.dep_ == "ROOT"
        own_object = any(c.dep_ == "dobj" for c in trigger.children)
        bare_participle = (
            trigger.tag_ == "VBN"
            and not auxes
            and trigger.dep_ != "ROOT"
            and not verbless_root
            and not active_conjunct(trigger, own_object)
            # "the man that police arrested": a clause with a subject of its own is active
            # (the tagger's VBN for a past tense; roles 1.135.0)
            and not (trigger.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in trigger.children))
            # "police say a man shot to death his girlfriend": a subject and an object of its
            # own make the tagger's VBN a past tense too (roles 1.167.0)
            and not (own_object and any(c.dep_ == "nsubj" for c in trigger.children))
        )
        # "X, imprisoned since 2024, was ...": a participle set off by a comma, without
        # auxiliary or object, that the parser made the root is still passive.
        bare_participle = bare_participle or (
            trigger.tag_ == "VBN"
            and not auxes
            and trigger.dep_ == "ROOT"
            and not own_object
            and trigger.i > 0
            and trigger.nbor(-1).text == ","
        )
        passive = bool(subj.passive) or any(c.dep_ == "auxpass" for c in auxes) or bare_participle
        own_subject = any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in trigger.children)
        if passive and not subj.passive and (bare_participle or not own_subject):
            # a passive verb without a subject of its own undergoes what its inherited
            # subject names: "the rebels attacked X and were killed", "X wants to be freed"
            subj = Subjects((), subj.active, subj.agent)
        modified = None if auxes or own_object else participle_noun(trigger, ctx)
        if modified is not None:  # "was among five citizens freed": the citizens were freed
            subj, passive = Subjects((), (modified,), subj.agent), True
        if passive:
            targets += [m for t in subj.passive for m in members(t)]
            targets += subj.passive
            agents = [a for a in subj.agent if not offender_after_charge(trigger, a, ctx)]
            if not agents:  # "ambushed and fought by militants"; not "settled by fines"
                agents = [a for a in shared_agent(trigger) if _named_doer(a, ctx)]
            actors += _event_doers(agents, ctx)
            if not actors:  # "killed in an air strike by X", "arrested in a police raid"
                actors += _circumstance_doers(trigger, rule, ctx)
            if not actors:  # "were injured when police clashed with X": both sides
                actors += when_clause_doers(trigger, rule, ctx, parsed_heads)
        elif rule.subject == "target":
            targets += subj.active
            actors += _event_doers(list(subj.agent), ctx)
        else:
            subject_doers = list(subj.active)
            setting = setting_participle(trigger, ctx)
            if setting is not None:  # "posted on Twitter accusing X": the poster accuses
                subject_doers = list(subjects(setting).active)
            elif trigger.dep_ == "acl":  # the noun a participle hangs on must be able to act:
                # "X's military seized power, detaining Y" misparsed on "power" names no doer
                # (the body that issued the text it hangs on is checked as any subject: "The
                # council issued a statement condemning X"; roles 1.92.0)
                subject_doers = [
                    d for d in subject_doers if d.i != trigger.head.i or names_a_doer(d, ctx)
                ]
                # "a rally supporting X": the rally's people support, none named by it
                subject_doers = [p for d in subject_doers for p in _crowd_or_self(d, ctx)]
            # "the leader whom the army detained": the parser may make "whom" a second
            # subject; it is the relative clause's object
            whom = [d for d in subject_doers if d.lower_ in ("whom", "that", "which")]
            if whom and len(whom) < len(subject_doers):
                subject_doers = [d for d in subject_doers if d not in whom]
                targets += whom
            actors += _event_doers(subject_doers, ctx)
            if not actors:  # "the president's efforts to obstruct the inquiry" (roles 1.60.0)
                actors += aim_owners(trigger, ctx)
            if not actors:  # "arrested on allegations of beating a prisoner" (roles 1.104.0)
                actors += case_doers(trigger, rule, ctx, parsed_heads)
            # with a recipient beside it, a direct object is the thing given ("offered
            # Venezuela its support"), unless it names people ("sent them two envoys")
            recipient = any(c.dep_ == "dative" and c.pos_ != "ADP" for c in trigger.children)
            for c in trigger.children:
                object_kept = c.dep_ == "dobj" and (not recipient or agentive_phrase(c, ctx))
                if object_kept or (c.dep_ == "dative" and c.pos_ != "ADP"):
                    targets.append(c)
                elif c.dep_ == "dative":  # "granted asylum to X" (not "sent fighters to
                    targets += [p for p in pobjs(c) if not reached_place(p, ctx)]  # the front")
            targets += up_to_objects(trigger)
            if not targets:  # "police arrested and charged the mayor": the mayor for both
                targets += shared_object(trigger, rule.type, ctx)
            # (not a clause "that" opens as a complement: "concerns that officials are
            # minimizing")
            opened = any(c.dep_ == "mark" for c in trigger.children) and not relative_that(
                trigger, ctx
            )
            gap = relative_gap(trigger) if not targets and not opened else None
            if gap is not None and weapon_used(gap, rule, ctx):
                gap = None  # "the gun I shot", "the knife he used": what it was done with
            if gap is not None:  # "the leads we are investigating", "the prisoners the
                targets.append(gap)  # government freed": the noun the clause is on
        if not targets:
            targets += prep_objects(trigger, rule.target_preps)
        if rule.source_preps:  # "received weapons from X", "assurances from X"
            given = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
            found = [p for g in given for p in prep_objects(g, rule.source_preps)]
            actors += [p for p in found if p not in actors]
        return actors, targets
    if trigger.pos_ == "ADJ":  # "willing to", "opposed to"
        subj = subjects(trigger.head) if trigger.dep_ == "acomp" else Subjects()
        return list(subj.active), prep_objects(trigger, rule.target_preps)
    # Noun trigger.
    held = backing_held(trigger, ctx)
    if held is not None:  # "the rebels have the support of the army" (roles 1.132.0)
        return held
    anchor = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else trigger
    if anchor is not trigger and custody_act(anchor, ctx):
        # "the murder trial of an Albany teen", "his assault conviction": who is tried or
        # convicted is the crime's suspect, not its victim; the crime keeps its own words
        anchor = trigger
    asked_for: set[int] = set()  # "of"-objects of a request that are what it asks for
    for tok in {trigger, anchor}:
        # "Kenya's deportation of the activists": with an "of"-patient the possessor acts
        patient = not rule.of_actor and any(
            c.dep_ == "prep" and lemma(c) == "of" and pobjs(c) for c in tok.children
        )
        for child in tok.children:
            if child.dep_ == "poss" and owning_place(child, rule, ctx):
                continue  # "the Greek capital's street protests": where they were
            if child.dep_ == "poss":
                # "the police's raid", "Israel's raid on the camp": who can act conducts an
                # operation it owns (roles 1.67.0)
                conducts = lemma(tok) in ctx.vocab.words("operation_nouns") or patient
                undergoes = rule.poss == "target" and not (conducts and can_act(child, ctx))
                undergoes = undergoes or (not patient and owned_victim(child, tok, ctx))
                undergoes = undergoes and not judging_owner(child, rule, ctx)  # "the court's"
                (targets if undergoes else actors).append(child)
            elif child.dep_ == "prep" and lemma(child) == "of":
                # "the invasion of X": X undergoes it; "an uprising of soldiers": they act;
                # "the threat of torture": an event named in the "of" is its content
                of = [
                    p
                    for p in pobjs(child)
                    if is_agentive(p, ctx) or match_rule(p, ctx.vocab) is None  # "protesters"
                ]
                if rule.of_agent:  # "at the request of prosecutors": they ask
                    actors.extend(p for p in of if is_agentive(p, ctx))
                    asked_for.update(p.i for p in pobjs(child))
                elif (
                    rule.of_actor
                    or lemma(tok) in ctx.vocab.words("member_meeting_nouns")
                    # "with full cooperation of Iraqi authorities": a side of it (roles 1.40.0)
                    or rule.type.lower() in ctx.vocab.words("of_side_types")
                ):
                    # "a strike of dock workers": they strike; "a shutdown of the port": the
                    # port is what is shut, its doers are told elsewhere ("Workers staged");
                    # "a meeting of the sheriffs' association": its members meet, people
                    # named by a common noun too ("a meeting of the top campaign staff")
                    meeting = [p for p in of if member_of_act(p, rule, tok, ctx)]
                    actors.extend(meeting)
                    targets.extend(p for p in of if p not in meeting)
                elif rule.type.lower() in ctx.vocab.words("content_of_types"):
                    # "the threat of tariffs", "warnings of war": what is threatened, no
                    # one threatened; "the threat of the rebels" still names people
                    targets.extend(p for p in of if is_agentive(p, ctx) or people_noun(p, ctx))
                else:
                    targets.extend(of)
            elif child.dep_ == "prep" and lemma(child) == "by":
                actors.extend(p for p in pobjs(child) if not means_noun(p, ctx))
                # "the killing by police of a boy": the boy, whose "of" the parser misplaced
                misplaced = [m for p in pobjs(child) if (m := misplaced_of(p, ctx)) is not None]
                targets.extend(t for m in misplaced for t in pobjs(m))
            elif child.dep_ == "prep" and lemma(child) == "at":  # "abuse at the hands of X"
                actors.extend(p for p in hands_agents(tok) if p not in actors)
            elif held_in_relative(child, ctx):
                # "the close cooperation we have had with authorities", "the talks he held
                # with the rebels": the clause's subject does the act its verb only carries
                actors += [h for h in subjects(child).active if can_act(h, ctx) and h not in actors]
                targets += [t for t in prep_objects(child, rule.target_preps) if t not in targets]
            elif (
                doing := child.dep_ == "acl" or carried_out_in_relative(child, ctx)
            ) or passive_relative(child):
                # "a coup led by X"; "the raid, which was conducted by masked gunmen"; what
                # sparked it caused it, none of its doers ("riots sparked by the police
                # shooting of a teenager": no rioter named, was the police; roles 1.52.0)
                if doing and lemma(child) not in ctx.vocab.words("sparking_verbs"):
                    actors.extend(p for a in child.children if a.dep_ == "agent" for p in pobjs(a))
                if child.tag_ == "VBN":  # a passive relative is one too
                    # "a promise made to the opposition"; "the sanctions that were imposed on
                    # Iran", "sentences that were meted out to other leaders" (roles 1.58.0)
                    # ("a verbal attack read on Iraqi television": where it was said)
                    platforms = ctx.vocab.words("platform_nouns")
                    targets += [
                        t
                        for t in prep_objects(child, rule.target_preps)
                        if t not in targets and lemma(t) not in platforms
                    ]
        targets += [
            t
            for t in prep_objects(tok, rule.target_preps)
            if t not in targets and t.i not in asked_for
        ]
    if not rule.of_actor and not any(
        c.dep_ == "prep" and lemma(c) == "of" for c in trigger.children
    ):
        targets += [
            t for t in dash_cut_of(trigger) if t not in targets
        ]  # "the murder - ... - of X"
    if trigger.dep_ == "ROOT":  # a headline's bare present read as a noun: "Soldiers fire at
        # protesters" (roles 1.76.0)
        actors += [c for c in trigger.children if c.dep_ == "nsubj" and can_act(c, ctx)]
    if anchor.i != trigger.i and lemma(anchor) in ctx.vocab.words("warrant_nouns"):
        # "issued arrest warrants for X": the warrant names whom the act is for (the parser
        # may hang the "for" on the issuing verb)
        # ("an arrest warrant was issued for X": on the verb it is the passive subject of)
        hosts = [anchor] + ([anchor.head] if anchor.dep_ in ("dobj", "nsubjpass") else [])
        targets += [
            t
            for h in hosts
            for t in prep_objects(h, frozenset({"for", "against"}))
            if agentive_phrase(t, ctx)
        ]
    if not actors and not rule.of_actor:
        # "the arrest of the leader by state agents": the parser may hang the "by" on the
        # one who underwent the act, the last noun before it
        actors += [
            p
            for t in targets
            if t.dep_ == "pobj" and lemma(t.head) == "of" and t.head.head.i == trigger.i
            for p in prep_objects(t, frozenset({"by"}))
            if agentive_phrase(p, ctx) and not means_noun(p, ctx)
        ]
    if not actors:
        actors += [  # "a US blockade"; "three Atlanta attacks" tell where (roles 1.13.0)
            m for m in entity_modifiers(trigger, ctx, rule) if not scene_of_attack(m, rule, ctx)
        ]
    if not actors:
        actors += force_modifiers(trigger, ctx)  # "a police raid"
    if not actors:
        actors += armed_band_doers(trigger, rule, ctx)  # "a pirate attack", "a rebel attack"
    if not actors:
        actors += people_modifiers(trigger, rule, ctx)  # "student protests"
    if not actors and trigger.pos_ == "NOUN":  # "the regime's practice of torture" (1.155.6)
        actors += aim_owners(trigger, ctx)
    if not actors:  # "police responded with tear gas and flash bombs": the police
        actors += means_holders(trigger, rule, ctx)
    if not actors:  # "Maduro's seizure in US airstrikes"
        actors += _circumstance_doers(trigger, rule, ctx)
    if not actors:  # "the militants behind the bombing", "responsible for" (roles 1.176.0)
        actors += answerable_doers(trigger, ctx)
    if not actors:  # "robbers snatched watches in one of the largest heists" (roles 1.113.0)
        actors += renamed_act_doers(trigger, rule, ctx)
    if not actors:  # "they found a box during a search": the finders searched (roles 1.144.0)
        actors += search_finders(trigger, rule, ctx)
    if not actors:  # "X was convicted of (charged with) the murder of Y": X did it (allegedly)
        actors += case_doers(trigger, rule, ctx, parsed_heads)
    if not actors:  # "announced the deal during a meeting with X": the announcer met X
        actors += meeting_host(trigger, rule, targets, ctx)
    if not actors:  # "pushed for talks with the rebels": the one pushing (roles 1.128.1)
        actors += meeting_sought(trigger, rule, targets, ctx)
    if not actors:  # "demanded a truce with X": the other side (roles 1.155.4)
        actors += truce_sought(trigger, rule, targets, ctx)
    if not actors:  # "the union pressed ahead with the strike": the union strikes
        going_on = carried_on_by(trigger, ctx)
        actors += going_on
        targets = [t for t in targets if t not in going_on]
    accompanied = trigger.head.head if lemma(trigger.head) == "with" else None
    if rule.of_actor and not targets and accompanied is not None and accompanied.pos_ == "VERB":
        targets += subjects(accompanied).active  # "X took over with the backing of Y": X
    verb, link = governing_verb(trigger)
    doers = ctx.vocab.words("execution_verbs") | ctx.vocab.words("participation_verbs")
    if verb is not None and made_by_participle(trigger) and lemma(verb) not in doers:
        # the participle tells who made it ("the promise made by X"); what the verb does with
        # it comes after: "ditched / welcomed a promise made to X" names no maker (but
        # "claimed the attack launched on Monday" does)
        verb = None
    # (a custody act is undergone by whom a verb puts into it, whatever its rule's subject)
    undergone = rule.subject == "target" or rule.mode in ctx.vocab.words("custody_modes")
    if not targets:  # "In a criminal trial, X was convicted": X was tried (roles 1.60.0)
        targets += tried_by_verdict(trigger, ctx)
    if not targets:  # "the sentences meted out to other leaders" (roles 1.65.0)
        targets += imposed_on(trigger, ctx)
    if not targets:  # "while serving a 15-year sentence": he (roles 1.65.0)
        targets += server_of(trigger, ctx)
    if not targets:  # "X was found with head injuries": X was hurt (vocabulary 1.259.0)
        targets += wound_bearers(trigger, ctx)
    if not targets:  # "found guilty of murder in the death of X": X (roles 1.67.0)
        targets += death_victims(trigger, rule, ctx)
    if not targets:  # "the church was badly damaged by fire", "Russian shelling damaged the
        # hospital": what was damaged (roles 1.113.0, vocabulary 1.337.0)
        targets += damaged_by_attack(trigger, rule, ctx)
    if not targets:  # "rescued two merchant vessels under attack" (roles 1.141.0)
        targets += objects_under(trigger, rule, ctx)
    if not targets:  # "snatched watches from a boutique in a heist" (roles 1.113.0)
        targets += renamed_act_targets(trigger, rule, ctx)
    if not targets:  # "the indictment brought charges against him" (roles 1.114.0)
        targets += charges_carried(trigger, rule, ctx)
    if not actors and link == "dobj" and verb is not None and means_thrown(verb, ctx):
        # "youths hurling petrol bombs at stores": the bombs are the hurlers' (roles 1.71.0)
        actors += [h for h in subjects(verb).active if h.i != trigger.i and can_act(h, ctx)]
    # (a death told as an event of its own still has its subject undergo the cause it takes:
    # "the prisoner died in custody as a result of torture"; roles 1.155.0)
    if verb is not None and (verb.i not in ctx.triggers or link == "from"):
        subj = subjects(verb)
        heads = [h for h in (subj.active or subj.agent) if h.i != trigger.i]
        # the verb's subject must be able to act: not "an uprising that laid bare support"
        heads = [h for h in heads if can_act(h, ctx) and not record_showing(verb, h, ctx)]
        if verb.dep_ == "acl":  # a participle's noun must name who acts: "the circumstances
            # surrounding the shooting" shot no one (roles 1.39.0)
            heads = [h for h in heads if names_a_doer(h, ctx)]
        if trigger.dep_ == "nsubjpass":
            # "the releases were announced by X": X announced, not released; but "the attack
            # was carried out by X": X attacked
            doing = lemma(verb) in ctx.vocab.words("execution_verbs")
            heads = [h for h in subj.agent if can_act(h, ctx)] if doing else []
        if (
            link == "dobj"
            and lemma(verb) in ctx.vocab.words("weighing_verbs")
            and rule.type.lower() in ctx.vocab.words("demand_types")
        ):
            # "until the Supreme Court can consider a formal appeal": who weighs a request
            # is the one asked, not the one asking
            if not targets:
                targets += [h for h in heads if h not in actors]
        elif (
            link == "dobj"
            and (
                lemma(verb) in ctx.vocab.words("converse_verbs") or record_held(verb, trigger, ctx)
            )
            # "got a final deal", "won talks with X": one who gets a deal no one is said to
            # give is a party to it ("received guarantees from X" is given; roles 1.40.0)
            and not gotten_as_party(trigger, verb, rule, ctx)
        ):
            # "X's decision drew condemnation from Y": Y condemns, X (its decision) is aimed at
            own = phrase_child(trigger, rule)  # "won relief from sanctions": no giver
            givers = [g for h in (trigger, verb) for g in prep_objects(h, GIVER_PREPS) if g != own]
            givers += hands_agents(verb)  # "suffered abuse at the hands of the militia"
            # a giver can act: "getting criticism from the opposite direction" names none
            givers = [g for g in givers if can_act(g, ctx) or people_noun(g, ctx)]
            actors += [g for g in givers if g not in actors]
            # "a sentence of life"; "faced criticism about his remarks": the one facing it
            if all(penalty_term(t, trigger, ctx) or topic_only(t, trigger) for t in targets):
                # (no clause read as a subject: "Convicted of fraud, X, 45, faces ...")
                facing = active_subjects(verb)  # "... and facing interrogation": shared
                targets = [h for h in facing if h.i != trigger.i and h.pos_ != "VERB"]
        elif link == "dobj" and lemma(verb) in ctx.vocab.words("expecting_verbs"):
            # "Iraq can expect air strikes": who expects an act does not do it; a hostile
            # one they are to undergo ("officials expect protests" names no one; roles 1.35.0)
            if not targets and rule.type.lower() in ctx.vocab.words("expected_against_types"):
                # "the defendant awaits the verdict": a person noun is one too (roles 1.82.4)
                heads += [h for h in subj.active if h not in heads and people_noun(h, ctx)]
                targets += [h for h in heads if not court_onlooker(h, rule, ctx)]
        elif (
            link == "dobj"
            and lemma(verb) in ctx.vocab.words("attending_verbs")
            and rule.type.lower() in ctx.vocab.words("court_types")
        ):
            pass  # "relatives attended the arraignment": who sits in on a case does not try it
        elif (
            link == "dobj"
            and lemma(verb) in ctx.vocab.words("evading_verbs")
            and rule.type.lower() in ctx.vocab.words("evaded_types")
        ):  # "fled abroad to avoid prosecution": who avoids it would undergo it; an attack
            # avoided may be one not made (roles 1.39.0); one aimed at someone named is the
            # avoider's own ("have avoided direct criticism of teachers": they criticise)
            if not targets:
                targets += heads
            elif not actors:
                actors += heads
        elif undergone and link == "in" and (placed_on(verb, ctx, rule) or subj.passive):
            # "put X under house arrest", "moved X to house arrest", "placed X under arrest":
            # X is held, the subject holds X; "X was put under house arrest by Y": X is held,
            # by Y (the agent holds, not the one held)
            if not targets:
                targets += placed_on(verb, ctx, rule) or [
                    h for h in subj.passive if h.i != trigger.i
                ]
            if not actors:
                actors += heads
        elif link == "from" or rule.subject == "target":
            # "went into exile", "spent years in prison", "recovering from a poisoning"
            if not targets:
                targets += heads
        elif link == "in" and state_in_custody(verb, rule, ctx):
            # "remains under arrest", "stayed in detention": the subject is held, by no one
            # named
            if not targets:
                targets += heads
        elif link == "in" and subj.passive and involved_in(verb, trigger, ctx):
            # "the officers involved in the shooting", "gunmen involved in the attack": they
            # took part in it, as "took part in the coup"
            if not actors:
                actors += [h for h in subj.passive if h.i != trigger.i and can_act(h, ctx)]
        elif link == "in" and subj.passive and not targets:
            # "X was put under investigation / placed under arrest": X undergoes it; not
            # what was used in it ("no gun was used in the murders": a means, no target),
            # nor an accusation whose clause names the accused ("the jury was deadlocked on
            # accusations that he ordered murders": he; roles 1.80.0)
            if lemma(verb) not in ctx.vocab.words("using_verbs") and not that_clause_subjects(
                trigger, ctx
            ):
                targets += [h for h in subj.passive if h.i != trigger.i]
        elif (
            not actors
            and (
                link != "in"
                or lemma(verb) in ctx.vocab.words("participation_verbs")
                or engaged_on(trigger, rule, ctx)
            )
            # "witnessed the attack", "foiled the attack", "moved to tackle the revolt"
            and not looks_on(verb, link, ctx)
            and not estimated_at(verb, ctx)  # "Police put the march at 30,000"
            and not judged(verb, trigger, link, ctx)
        ):  # "authorized the release", "took part in the coup" (not "went into the coup",
            # nor "followed the hearing": who looks on is no party)
            actors += [h for h in heads if not identified_act(verb, link, h)]
        if link == "dobj":  # the light verb's recipient: "gave Tanzania a grant of $5m"
            for c in verb.children:
                if c.dep_ == "dative":
                    targets[:0] = pobjs(c) if c.pos_ == "ADP" else [c]
            targets[:0] = [t for t in given_to(verb, trigger, ctx) if t not in targets]
            if not targets and lemma(verb) in ctx.vocab.words("bestowing_verbs"):
                # "lavished praise on the staff", "heaped scorn upon X": whom it lands on
                targets += prep_objects(verb, frozenset({"on", "upon"}))
        if (
            not targets
            and lemma(verb) not in ctx.vocab.words("gathering_verbs")
            and not estimated_at(verb, ctx)  # the number counted is no one aimed at
        ):
            targets += prep_objects(verb, rule.target_preps)  # not "returned to X for talks"
    manner = manner_protest(trigger, rule, ctx.vocab) if trigger.pos_ == "NOUN" else None
    if not actors and manner is not None and manner.i not in ctx.triggers:
        # "Students gathered in protest", "walked off the job in protest": whoever does the
        # act protests (an act of an event's own verb reports it, events_folds)
        actors += [h for h in subjects(manner).active if can_act(h, ctx)]
    characterized = characterized_act(trigger, ctx.vocab) if trigger.pos_ == "NOUN" else None
    if not actors and characterized is not None:
        # "freed the prisoners in an apparent concession to the US": who freed them concedes
        actors += [h for h in subjects(characterized).active if can_act(h, ctx)]
    if not targets and trigger.pos_ == "NOUN":  # "Smith goes to trial", "went on trial"
        targets += [h for h in brought_to(trigger, rule, ctx) if h not in actors]
    owner = under_act(trigger) if not targets and trigger.pos_ == "NOUN" else None
    if owner is not None:
        # "Palin appointee under federal indictment", "the official under investigation",
        # "the mayor was under investigation": the one the phrase is on undergoes the act
        # (an "it" stands for what it names, resolved as any party's: "the freighter said
        # it was under attack"; roles 1.154.1)
        if names_party(owner, ctx) or owner.lower_ == "it":
            # ("remains under investigation": the subject read as the doer is under it)
            actors = [a for a in actors if a.i != owner.i]
            targets.append(owner)
        if not actors and trigger.head.head.pos_ in VERB_POS | {"AUX"}:
            # "came under attack by rebels", the "by" hung on the verb: the rebels attack
            by = prep_objects(trigger.head.head, frozenset({"by"}))
            actors += [p for p in by if agentive_phrase(p, ctx) and not means_noun(p, ctx)]
    if not actors and trigger.pos_ == "NOUN":
        actors += _under_act_from(trigger, ctx)
    deployed = deployed_on(trigger) if not actors and rule.type == "MOBILIZE" else None
    if deployed is not None:  # "Sukanya, deployed on anti-piracy patrols": Sukanya patrols
        actors.append(deployed)
    if not targets and trigger.pos_ == "NOUN":
        targets += struck_by_measure(trigger, rule, ctx)
    # "two people were killed in a shooting at the plant": the people (past a time the "on"
    # of an attack took: "wounded two soldiers in a bomb attack on Thursday")
    if not [t for t in targets if t.ent_type_ not in ("DATE", "TIME")]:
        targets += harmed_in_attack(trigger, rule, ctx)
    if not targets:
        targets += named_as_target(trigger)
    eased = (object_of(trigger) or phrase_child(trigger, rule)) if rule.absorb else None
    if not actors and eased is not None:
        # an act that ends what it names is whoever imposed that's to do: "relief from US
        # sanctions" is the US's to give
        actors += entity_modifiers(eased, ctx)
    if trigger.pos_ == "NOUN" and actors:  # "charged with murder by prosecutors": they charge
        actors = [a for a in actors if not authority_of_case(trigger, a, ctx)]
    return actors, targets


def _under_act_from(noun: Token, ctx: Context) -> list[Token]:
    """ "The frigate came under attack from gunmen on board the boat", "came under fire from
    rebels": who it comes from, on the noun or on the verb, does the act (a place it comes
    from, "from the north", is no doer; roles 1.145.0)."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or verb.pos_ not in VERB_POS | {"AUX"}:
        return []
    came_from = prep_objects(verb, frozenset({"from"})) + prep_objects(noun, frozenset({"from"}))
    # (a crewed craft stands for its crew: "was under attack from two boats closing in on it";
    # roles 1.154.1)
    crewed = ctx.vocab.words("crewed_craft")
    return [
        p
        for p in came_from
        if (names_party(p, ctx) or lemma(p) in crewed) and not means_noun(p, ctx)
    ]


def _named_doer(head: Token, ctx: Context) -> bool:
    """A head that names people or a group, not only a plural noun `can_act` lets pass: a
    shared "by"-agent must name one ("beaten and robbed by a gang"; "dismissed or settled by
    fines" names none)."""
    collective = lemma(head) in ctx.vocab.words("collective_nouns")
    return collective or people_noun(head, ctx) or agentive_phrase(head, ctx)


def _event_doers(heads: list[Token], ctx: Context) -> list[Token]:
    """An event noun as a verb's subject or agent stands for its own parties ("fighting
    between troops and rebels killed 12": the troops and the rebels; "the attack by X
    wounded Y": X). Without named parties it stays ("a car bomb killed 20")."""
    out: list[Token] = []
    for head in heads:
        rule = ctx.rules.get(head.i)
        nominal = head.pos_ == "NOUN" or head.tag_ == "VBG"  # "Fighting between X and Y"
        if rule is None or not nominal or rule.type == "NONE" or doer_noun(head, ctx):
            out.append(head)
            continue
        own_actors, own_targets = parsed_heads(head, rule, ctx)
        mutual = own_targets if lemma(head) in ctx.vocab.words("mutual_nouns") else []
        parties = [t for t in own_actors + mutual if agentive_phrase(t, ctx)]
        out += parties or [head]
    return out


def _circumstance_doers(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Who did a violent or coercive act done in an operation or attack, the operation's
    named parties: "eight people were killed in an air strike by government forces" (the
    forces), "wounded during fighting between X and Y" (both), "arrested in a police raid"
    (the police), "Maduro's seizure in US airstrikes" (the US). The operation is an attack or
    coercion (a trigger of those types) or a word for one ("operation", data:
    operation_nouns); its parties are its own arguments, else an actor modifying it."""
    types = ctx.vocab.words("circumstance_types")
    if rule.type.lower() not in types:
        return []
    preps = ctx.vocab.words("circumstance_preps")
    # (a relative "in which" stands for its noun: "police carried out a raid in which 20
    # suspects were arrested": the raid's makers; vocabulary 1.303.0)
    for event in expand(antecedent(p) for p in prep_objects(trigger, preps)):
        own = ctx.rules.get(event.i)
        if not (
            (own is not None and own.type.lower() in types)
            or (own is None and lemma(event) in ctx.vocab.words("operation_nouns"))
        ):
            continue
        if own is not None and case_doers(event, own, ctx, parsed_heads):
            # "a man has been arrested in the slayings of two women": the crime the arrest
            # is for, whose alleged doer is the one arrested, not the arrester ("captured in
            # French airstrikes" keeps the French; roles 1.97.0)
            continue
        if own is not None and own.reciprocal and rule.type != "ASSAULT":
            # both sides of a fight hurt its casualties, but an arrest during clashes with
            # police is by that alone no side's act
            continue
        parties = [d for d in _event_doers([event], ctx) if d.i != event.i] if own else []
        parties = parties or [
            c
            for c in event.children
            if c.dep_ in ("compound", "amod", "poss", "nmod")
            and is_agentive(c, ctx)
            and not scene_of_attack(c, rule, ctx)
        ]
        parties = parties or [p for p in prep_objects(event, frozenset({"by"}))]
        if parties:
            return parties
    return []
