"""Who did it, to whom: the actors and targets of a trigger read from the dependency parse.

The heads the parse gives (a verb's subject and object, swapped in the passive; a noun's
possessor, "of"/"by" objects and the verb governing it) are read in events_arg_heads; here
they are refined: a thing's owner, no number, time or charge, a target found beyond the
object (a recipient, a purpose, a place), an act noun target standing for its doers
("quelled the uprising by the rebels"), no abstract end, what a demand asks for. Subjects
and governing verbs are in events_subjects, targets found beyond the object in
events_targets, the actor tests in events_actors, the cues on the trigger's words
(participles, weapons, hosts, sides) in events_arg_cues, phrases in events_phrases; the
Participant records built from these heads are in events_participants.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.datelines import in_dateline
from chronicler.annotate.events_actors import (
    Context,
    agentive_phrase,
    antecedent,
    entity_at,
    names_party,
    names_time,
    people_noun,
)
from chronicler.annotate.events_agreement_places import agreement_venue, truce_partners
from chronicler.annotate.events_aimed_places import aimed_past_places
from chronicler.annotate.events_answered_requests import request_answerers
from chronicler.annotate.events_arg_cues import (
    body_of_people,
    claim_rejected,
    complementizer,
    demanded_move,
    force_moved,
    headline_passive,
    movers_for_movement,
    names_charge,
    no_one,
    own_force,
    past_time,
    question_clause_subjects,
    scene_of_speech,
    small_clause_subjects,
)
from chronicler.annotate.events_arg_doers import (
    aim_pronoun_groups,
    convicted_above,
    perpetrators_of_recalled,
)
from chronicler.annotate.events_arg_heads import parsed_heads
from chronicler.annotate.events_arg_shapes import (
    as_written,
    asked_in_passive,
    asked_thing,
    bare_honorific,
    furnished,
    instrument_users,
    means_fired,
    nominal_gerund,
    refused_harm,
    site_acted_on,
    weapon_fired,
)
from chronicler.annotate.events_case_doers import ground_accused
from chronicler.annotate.events_charges import guilty_verdict_of
from chronicler.annotate.events_command_phrases import (
    command_givers,
    command_noun_givers,
    offered_act_parties,
    opposed_by_prefix,
)
from chronicler.annotate.events_conjunct_voice import counted_passive_conjunct
from chronicler.annotate.events_convened import convened_parties
from chronicler.annotate.events_coordinated import shared_possessor
from chronicler.annotate.events_counted_groups import counted_group
from chronicler.annotate.events_folds import without_devices
from chronicler.annotate.events_forefront import front_runners
from chronicler.annotate.events_given_up import given_up_places
from chronicler.annotate.events_going_on import going_on_objects
from chronicler.annotate.events_implicit_parties import (
    conveyance,
    counted_people,
    duty_holders,
    penalty_holders,
)
from chronicler.annotate.events_inverted import inverted_subjects, object_read_as_adverb
from chronicler.annotate.events_match import VERB_POS, match_rule, phrase_child, to_infinitive
from chronicler.annotate.events_meeting_sides import (
    between_sides,
    other_side_on_verb,
    sides_on_verb,
)
from chronicler.annotate.events_noun_governors import governing_verb
from chronicler.annotate.events_phrases import (
    counted_part,
    line_of,
    partitive_of,
    pobjs,
    prep_objects,
)
from chronicler.annotate.events_pressed import pressed_doers
from chronicler.annotate.events_refused_things import refused_thing_holders
from chronicler.annotate.events_scenes import (
    other_scene,
    ranked_scope,
    scene_of_noun,
    scene_only,
)
from chronicler.annotate.events_series import series_doers
from chronicler.annotate.events_sides import reciprocal_pronoun
from chronicler.annotate.events_spoken_allegations import spoken_allegation_parties
from chronicler.annotate.events_spoken_demands import spoken_demand_parties
from chronicler.annotate.events_spoken_judgements import (
    expressed_feeling_causes,
    felt_displeasure_parties,
    naming_predicates,
    spoken_judgement_parties,
)
from chronicler.annotate.events_stand_ins import (
    filed_documents,
    inquiring_bodies,
    stance_holders,
    warrant_issuers,
    worked_on_acts,
)
from chronicler.annotate.events_target_filters import (
    banned_gatherings,
    event_doers_as_targets,
    in_opposed_act,
    opposed_act_doers,
    opposed_issue,
    size_told,
    without_abstract_ends,
)
from chronicler.annotate.events_targets import (
    colon_list_targets,
    condition_subjects,
    counterpart_targets,
    custodians,
    hurt_by_launched_act,
    place_targets,
    recipients,
    text_accused,
    that_clause_subjects,
)
from chronicler.annotate.events_things import (
    appealed_decision,
    blown_up,
    container_owner,
    eased_measure,
    is_thing,
    lenders,
    loot_owners,
    owner_of_thing,
    right_holders,
    voided_penalty_bearers,
)
from chronicler.annotate.events_unseen import reads_as
from chronicler.annotate.events_vocab import Rule, lemma
from chronicler.annotate.events_wanted_acts import for_clause_asked, wanted_parties
from chronicler.annotate.events_written_acts import written_act_parties

if TYPE_CHECKING:
    from spacy.tokens import Token


_NUMBER_ENTS = frozenset({"CARDINAL", "ORDINAL"})


def argument_heads(trigger: Token, rule: Rule, ctx: Context) -> tuple[list[Token], list[Token]]:
    """Head tokens of the actors and targets of one trigger."""
    if rule.speaker_acts:  # "says today's action is unjustified": the speaker, the action
        return spoken_judgement_parties(trigger, ctx.vocab.words("judged_measure_nouns")) or (
            [],
            [],
        )
    if rule.feeler_acts:  # "was disappointed by the decision": the one disappointed, the decision
        causes_not = ctx.vocab.words("displeasure_causes_not")
        return felt_displeasure_parties(trigger, causes_not) or ([], [])
    if rule.speaker_demands:  # "says the minister must resign": the speaker, the minister
        return spoken_demand_parties(trigger, ctx) or ([], [])
    if rule.speaker_alleges:  # "say the gang is responsible for the bombings": they, the gang
        return spoken_allegation_parties(trigger, ctx) or ([], [])
    if rule.wanted_of_other:  # "wants the Government to release them": it, the Government
        return wanted_parties(trigger, ctx) or ([], [])
    actors, targets = parsed_heads(trigger, rule, ctx)
    called = naming_predicates(trigger, ctx.vocab.words("naming_verbs"))  # "branded X traitors"
    targets = [t for t in targets if t.i not in called]
    feeling = phrase_child(trigger, rule) if rule.type == "ACCUSE" else None
    if feeling is not None and all(t.i == feeling.i for t in targets):
        # "expressed his disappointment at X": X, not the feeling the phrase is made of
        causes_not = ctx.vocab.words("displeasure_causes_not")
        targets = expressed_feeling_causes(trigger, feeling, causes_not) or targets
    actors = aim_pronoun_groups(actors, trigger, ctx)  # "the gear confirmed their intent to"
    targets = ground_accused(trigger, rule, ctx) or targets  # "arrested on allegations of"
    actors = actors or perpetrators_of_recalled(trigger, rule, ctx)  # "fled after the shooting"
    actors = actors or command_givers(trigger, ctx)  # "murdered on the orders of X": X
    givers = command_noun_givers(trigger, ctx)  # "on the orders of X": X gave them
    if givers is not None:
        actors, targets = givers, [t for t in targets if t not in givers]
    targets += [t for t in opposed_by_prefix(trigger, rule, ctx) if t not in targets]
    targets = offered_act_parties(targets, ctx)  # "offer of holding talks with X": X
    actors = actors or duty_holders(trigger, rule, ctx)  # "The frigate X, on patrol": X
    actors = actors or series_doers(trigger, rule, ctx)  # "..., the latest in a series of"
    targets = targets or penalty_holders(trigger, rule, ctx)  # "on probation for an arrest"
    targets = targets or for_clause_asked(trigger, rule, ctx)  # "calls for X to resign"
    issuers, addressees = written_act_parties(trigger, ctx)  # "wrote a letter of complaint to X"
    actors, targets = actors or issuers, targets or addressees
    actors = actors or front_runners(trigger, ctx)  # "was at the forefront of the insurgency"
    users = instrument_users(trigger, ctx)
    if users is not None:  # "used slingshots to target soldiers": who used them
        actors = users
    # "Smith's sentence will be appealed to the Supreme Court": Smith appeals to the court
    actors, targets = appealed_decision(trigger, actors, targets, ctx)
    targets = voided_penalty_bearers(trigger, rule, targets, ctx)  # "overturned his conviction"
    targets = refused_thing_holders(trigger, rule, targets, ctx)  # "why the permit was denied"
    targets = [owner_of_thing(t, ctx) for t in targets]  # "revoked the boy's parole": the boy
    actors = stance_holders(actors, ctx)  # "Government policy has ruled out": the Government
    actors = actors or inquiring_bodies(trigger, ctx)  # "a parliamentary inquiry"
    actors = actors or warrant_issuers(trigger, ctx)  # "X issued a warrant for the arrest of"
    actors = actors or shared_possessor(trigger, rule, ctx)  # "Sharon's words and air strikes"
    targets = worked_on_acts(trigger, rule, targets, ctx)  # "coordinate the hunt": no target
    targets = filed_documents(trigger, rule, targets, ctx)  # "The papers, filed in a suit"
    givers, getters = lenders(trigger, ctx)  # "loans from China": China lends
    actors += [g for g in givers if g not in actors]
    targets = [t for t in targets if t not in givers] or [g for g in getters if g not in actors]
    actors = [past_time(a, ctx) for a in actors]
    targets = [past_time(t, ctx) for t in targets]
    line = line_of(trigger)
    phrase_children = {
        c.i
        for c in trigger.children
        for h, w in rule.phrases
        if h == lemma(trigger) and lemma(c) == w
    }
    completing = phrase_child(trigger, rule)  # "relief from sanctions": part of the trigger
    if completing is not None:
        phrase_children.add(completing.i)

    def keep(tok: Token) -> bool:
        return (
            not names_time(tok)
            # a number is no participant, unless it counts an "of"-phrase ("two of them")
            # or the people a passive is told of ("more than 4,000 were detained")
            and not (
                tok.ent_type_ in _NUMBER_ENTS
                and tok.pos_ == "NUM"
                and partitive_of(tok, ctx.vocab) is None
                and tok.dep_ != "nsubjpass"
                and counted_passive_conjunct(tok.head, (tok,)) is None  # "and 14 injured"
                # "Two managed to escape, but the other three boats": the boats, counted
                and counted_group(tok) is None
                # "The two met", "police arrested the three": a group told before, by "the"
                # (vocabulary 1.322.0)
                and not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                # ("eight of them Americans and over 1,000 injured": the 1,000 were)
                and not (tok.dep_ == "conj" and counted_part(tok.head, ctx.vocab))
                # "arrested 23", "took 23 into custody": the people an act done to people
                # counts (roles 1.140.0)
                and not counted_people(tok, trigger, rule, ctx)
                # "24 civilians were killed and 15 injured": the count the participle is on
                # (roles 1.186.0)
                and not (trigger.dep_ == "acl" and trigger.head.i == tok.i)
            )
            and not counted_part(tok, ctx.vocab)
            and tok.i not in phrase_children
            and line[0] < tok.idx < line[1]  # never across a title or paragraph break
            and not in_dateline(tok)
            and not complementizer(tok, ctx)
            and not no_one(tok)
            # a gun by its make ("a .357 Magnum", "a Kalashnikov"; roles 1.92.0)
            and not (tok.pos_ == "PROPN" and tok.lower_ in ctx.vocab.words("weapon_names"))
            # "on a daily basis", "in any way": how, not who (the word as written: "bases"
            # is also the plural of "base")
            and not (tok.dep_ == "pobj" and tok.lower_ in ctx.vocab.words("manner_nouns"))
            # "attacks of a previously unknown magnitude": how big, no party (roles 1.189.2)
            and not (tok.pos_ == "NOUN" and lemma(tok) in ctx.vocab.words("degree_nouns"))
            and not bare_honorific(tok, ctx)
            # the word a trigger is read through names the act, no party ("Arson is suspected
            # in the fire at the school": the school; roles 1.102.0)
            and not (tok.lower_ in rule.sentence_words and not names_party(tok, ctx))
            # "negotiated with each other", "fought one another": the sides themselves
            and not reciprocal_pronoun(tok)
            # "about 1100 hrs IST", "in the Gulf of Aden": when and where (roles 1.141.0)
            and not (tok.text.isupper() and tok.lower_ in ctx.vocab.words("time_zones"))
            and not (tok.pos_ == "PROPN" and lemma(tok) in ctx.vocab.words("natural_places"))
        )

    if not actors and rule.mode in ctx.vocab.words("custody_modes"):
        actors = custodians(trigger, ctx)
    actors = [a for a in without_devices(actors, ctx.vocab) if keep(a)]
    actors = [a for a in actors if not blown_up(a, trigger, ctx, rule.mode)]
    # "civilian casualties could be high in such attacks": the toll, no attacker (`toll_nouns`,
    # roles 1.152.1)
    tolls = ctx.vocab.words("toll_nouns")
    actors = [a for a in actors if not (a.pos_ == "NOUN" and lemma(a) in tolls)]
    # "eight of them Americans and over 1,000 injured": the 1,000 conjoined to the aside
    targets = [c for t in targets for c in (t.conjuncts if counted_part(t, ctx.vocab) else (t,))]
    targets = [t for t in targets if keep(t) and t not in actors]
    targets = question_clause_subjects(targets, ctx)
    if rule.type.lower() not in ctx.vocab.words("demand_types"):
        targets = movers_for_movement(targets, actors, ctx)
    if not targets and completing is not None:
        # "a jury found Gigante guilty of fraud": the parser makes the one found guilty the
        # subject of the phrase's adjective, a small clause the verb takes; he is its target
        targets = [t for t in small_clause_subjects(completing) if keep(t) and t not in actors]
    if not targets:  # "returned a guilty verdict for Smith": as "against Smith"
        targets = [
            t
            for t in guilty_verdict_of(trigger, ctx)
            if keep(t) and t not in actors and names_party(t, ctx)
        ]
    if not targets:  # "The indictment also said she submitted false documents": she
        targets = [t for t in text_accused(trigger, ctx) if keep(t) and t not in actors]
    if not targets:  # "launched ambushes, wounding three settlers": the settlers
        targets = [t for t in hurt_by_launched_act(trigger, rule, ctx) if keep(t)]
    if not targets:  # "Also freed were X and Y"
        targets = [t for t in inverted_subjects(trigger) if keep(t) and t not in actors]
    if not targets:  # "A jury acquitted John Smith", the name hung as an adverb
        named = object_read_as_adverb(trigger, lambda t: entity_at(t, ctx))
        targets = [t for t in named if keep(t) and t not in actors]
    if not targets:  # the object was the phrase's own word: "granted asylum to X",
        # "presented evidence against X" (the phrase word's own prepositions count too)
        words = [trigger, *(trigger.doc[i] for i in sorted(phrase_children))]
        targets = [t for w in words for t in prep_objects(w, rule.target_preps) if keep(t)]
        targets = question_clause_subjects(targets, ctx)
    if not targets:  # "the search went on for the gunman": its "for" hung on its verb
        targets = [t for t in going_on_objects(trigger, rule, ctx) if keep(t) and t not in actors]
    # "fired dozens of shots at the man" (the phrase rule "fire shot"): a weapon fired is the
    # means, as an instrument object is (roles 1.102.0)
    fired = rule.type == "ASSAULT" and any(weapon_fired(t, ctx) for t in targets)
    # "discussed the crisis": what is talked about is no party (roles 1.175.0)
    topic = trigger.pos_ in VERB_POS and lemma(trigger) in ctx.vocab.words("topic_object_verbs")
    if rule.object_place or rule.instrument_object or fired or topic:  # "fled the embassy"
        held = right_holders(targets, ctx)  # "violated the rights of detainees": they
        held += loot_owners(targets, rule, ctx)  # "stole his watches": him (roles 1.114.0)
        # whom one talks with, hung on the topic ("discussed the crisis with Chile")
        partners = [p for t in targets for p in prep_objects(as_written(t, ctx), _WITH) if topic]
        targets = [
            t for t in targets if as_written(t, ctx).dep_ != "dobj" or furnished(trigger, t, ctx)
        ]
        targets += [p for p in partners if keep(p) and p not in actors and p not in targets]
        targets += [h for h in held if keep(h) and h not in targets and h not in actors]
        if not targets and (rule.instrument_object or fired):  # "fired a shot at X": the
            # means dropped, whom it was aimed at is the target (roles 1.80.1)
            means = means_fired(trigger, ctx)
            targets = [
                t for w in (trigger, *means) for t in prep_objects(w, rule.target_preps) if keep(t)
            ]
            targets = [
                t
                for t in targets
                if t not in actors
                and (
                    agentive_phrase(t, ctx)
                    or people_noun(t, ctx)
                    or body_of_people(t, ctx)
                    # a craft for its crew ("firing small arms at the tanker"), a pronoun
                    # for whom it stands ("at it": the ship reporting it; roles 1.167.0)
                    or lemma(t) in ctx.vocab.words("crewed_craft")
                    or t.pos_ == "PRON"
                )
            ]  # a person or a body, not "fired a shot into the air"
    # the actor's own forces are its means, whatever the word: "withdraw its troops"
    targets = [
        t for t in targets if not own_force(t, rule, ctx) and not claim_rejected(t, rule, ctx)
    ]
    moved = [t for t in targets if force_moved(t, trigger, rule, ctx)]
    if moved and not actors:  # "troops were deployed to the border": the troops' own move
        actors, targets = moved, [t for t in targets if t not in moved]
    if not any(names_party(t, ctx) for t in targets):
        # whom acts of the type are aimed at, by the type: "withdraw its troops from Lebanon"
        # (not past people already aimed at: "injured two others at the Boston firm")
        preps = ctx.vocab.words(f"target_preps_{rule.type.lower()}") - rule.target_preps
        targets += [
            t
            for t in prep_objects(trigger, preps)
            if keep(t) and t not in actors and t not in targets and agentive_phrase(t, ctx)
        ]
    # an existential "there" names no one: "There was a warning from the counsel" is the
    # counsel's (roles 1.188.0)
    actors = [a for a in actors if a.dep_ != "expl"]
    act_noun = trigger.pos_ == "NOUN" or nominal_gerund(trigger)  # "Shelling from Syria hit"
    if act_noun and rule.type.lower() in ctx.vocab.words("from_source_types"):
        # "conceded to demands from the rebels": the rebels ask, though the rule's own "from"
        # (for its verb: "demanded answers from X") took them as asked (vocabulary 1.380.2)
        given_by = [p for p in prep_objects(trigger, _FROM) if agentive_phrase(p, ctx)]
        if given_by and not actors:
            actors += [g for g in given_by if keep(g)]
        targets = [t for t in targets if t not in given_by]
    custody = rule.mode in ctx.vocab.words("custody_modes")
    # a person named by a common noun is a target in its own right: "kidnapped a businessman
    # in Bogota" is aimed at the businessman, not at Bogota; so is a body of people named by
    # a collective noun: "welcomed the delegation to Paris" is aimed at the delegation
    if not custody and not any(names_party(t, ctx) or body_of_people(t, ctx) for t in targets):
        found = recipients(trigger, targets, ctx)
        if act_noun and rule.type.lower() in ctx.vocab.words("from_source_types"):
            # "warnings from Moscow", "a visit from the president": who gave it, no target
            sources = [p for p in prep_objects(trigger, _FROM) if agentive_phrase(p, ctx)]
            found = [f for f in found if f not in sources]
            if not actors:
                actors += [s for s in sources if keep(s)]
        if not found and trigger.pos_ in VERB_POS:
            for child in trigger.children:
                if child.dep_ == "xcomp" and asked_in_passive(trigger, rule):
                    continue  # "anyone is asked to call the police": not the police
                if child.dep_ == "xcomp" and refused_harm(trigger, child, rule, ctx):
                    continue  # "refusing to crack down on hardliners": not the hardliners
                if child.dep_ == "xcomp":  # "refused to meet X": the refused act's target
                    # "helped Woodward link Hunt to it": the one helped has its own bare verb
                    found = [c for c in child.children if c.dep_ == "nsubj" and names_party(c, ctx)]
                    if child.i in ctx.rules and not found:  # "refused to deploy troops in X"
                        inner = argument_heads(child, ctx.rules[child.i], ctx)[1]
                        found = [t for t in inner if agentive_phrase(t, ctx)]
                    objs = [c for c in child.children if c.dep_ in ("dobj", "dative")]
                    found = found or [o for o in objs if agentive_phrase(o, ctx)]
                    found = found or recipients(child, objs, ctx)
                elif child.dep_ == "ccomp" and not found:  # "demanded that X cancel"
                    # (a person noun no role lists too: "rioters looted shops, police
                    # alleged": the rioters accused)
                    found = [
                        c
                        for c in child.children
                        if c.dep_ in ("nsubj", "nsubjpass") and names_party(c, ctx)
                    ]
        if not found and trigger.pos_ == "NOUN":  # "its demand that Israel ease ...": Israel
            found = that_clause_subjects(trigger, ctx)
        if not found and rule.type == "REQUEST":
            # what is asked "from" people or a body is asked of them: "demanding answers from
            # the wireless providers", "an apology from the company" (no listed role)
            bodies = ctx.vocab.words("actor_nouns") | ctx.vocab.words("collective_nouns")
            found = [
                p
                for h in (trigger, *targets)
                for p in prep_objects(h, frozenset({"from"}))
                if (people_noun(p, ctx) or (p.tag_ in ("NN", "NNS") and lemma(p) in bodies))
                and p not in actors  # "demands from the rebels": theirs (vocabulary 1.380.2)
            ]
        # whom a purpose acts on is no one met ("the members meet today to choose a prime
        # minister": no one; roles 1.189.2)
        met = reads_as(trigger, rule, ctx.vocab.words("mutual_meetings"))
        if not found and not (met and trigger.pos_ in VERB_POS):
            found = purpose_targets(trigger, ctx)
        # a meeting noun's place is only where it was held, no recipient ("spoke at a
        # conference in Munich"); one attended or visited has its host as recipient ("attend
        # a summit in Switzerland"), and other acts are aimed at their place ("a curfew in X")
        placeless = trigger.pos_ == "NOUN" and (
            rule.type.lower() in ctx.vocab.words("placeless_noun_types")
        )
        # so is a meeting verb's ("the leaders met in Geneva", "negotiated in Doha": where they
        # met; "visited Iran", "attended a summit in X" keep their host; vocabulary 1.337.0)
        placeless = placeless or (
            trigger.pos_ in VERB_POS
            and rule.type.lower() in ctx.vocab.words("placeless_noun_types")
            and reads_as(trigger, rule, ctx.vocab.words("mutual_meetings"))
        )
        # a building or a site acted on is the target, not the town it stands in ("set fire
        # to a supermarket in Bristol": the supermarket; `site_nouns`, roles 1.102.1)
        placeless = placeless or any(site_acted_on(t, trigger, ctx) for t in targets)
        if not found and not placeless:  # an instrument or place object still locates
            objects = targets or [c for c in trigger.children if c.dep_ == "dobj"]
            found = place_targets(trigger, objects, ctx)
            found = [
                p
                for p in found
                if not scene_of_speech(p, trigger, objects, rule, ctx)
                and not other_scene(p, trigger, ctx)
                and not scene_only(p, rule, ctx)
                and not scene_of_noun(p, trigger, rule, ctx)
            ]
        if not found:
            found = condition_subjects(trigger, ctx)
        if not found:
            found = counterpart_targets(trigger, rule, ctx)
        found = [t for t in found if t not in actors and t.i not in phrase_children and keep(t)]
        if found:
            targets = found
    if trigger.pos_ in VERB_POS and len(targets) > 1:
        # "terrorist attacks that were clearly targeted at the United States": an act the
        # passive is told of is what is aimed, its "at" object the target
        targets = [t for t in targets if not (t.dep_ == "nsubjpass" and _told_act(t, ctx))]
    targets = [t for t in targets if not size_told(t)]  # "Protesters, at 30,000 people,"
    convicted = convicted_above(trigger, rule, ctx)  # never the victim of what they did
    own = {t.i for t in trigger.subtree}
    targets = [t for t in targets if t.i not in convicted or t.i in own]
    if not any(agentive_phrase(t, ctx) for t in targets):  # "lashing out at all that ails
        targets = colon_list_targets(trigger, rule, ctx) or targets  # Greece: a weak government"
    acted_on = bool(targets)  # an act noun dropped below leaves no room for sides
    # an inquiry, and a protest ("protested against the arrest of X": no target; "the arrest
    # of X by police": the police; roles 1.99.0), is aimed at an act's doers only
    inquiry = rule.mode in ctx.vocab.words("inquiry_modes")
    keep_bare = rule.type in _ANSWERING_TYPES and not inquiry
    targets = event_doers_as_targets(targets, actors, ctx, keep_bare, inquiry)
    if lemma(trigger) in ctx.vocab.modality.banning_verbs:
        targets = banned_gatherings(targets, actors, ctx)  # "banned the rally": no rally
    targets = without_abstract_ends(targets, actors, ctx)
    if rule.type.lower() in ctx.vocab.words("party_only_types"):
        # "arrested for protesting abortion": an issue is what is protested, no recipient
        # ("protested the government's new law" keeps the law, told as the government's)
        # nor is an act it opposes, nor whom that act is done to ("protested against the
        # arrest of X": no target; "the killing of X by soldiers": the soldiers; roles 1.99.0)
        targets = [
            t for t in targets if not opposed_issue(t, ctx) and not in_opposed_act(t, trigger, ctx)
        ]
        targets += [d for d in opposed_act_doers(trigger, ctx) if d not in targets + actors]
    if lemma(trigger) in ctx.vocab.words("blaming_words"):
        # "a step that was blamed for delays": a thing blamed is a cause, no party (roles
        # 1.143.0, left39; "blamed the opposition" keeps it)
        targets = [t for t in targets if not is_thing(t, ctx)]
    if headline_passive(trigger, ctx):
        # "Taiwan threatened with Chinese invasion": a headline's passive, its "be" left out
        actors, targets = (
            _with_doers(trigger, ctx),
            [c for c in trigger.children if c.dep_ == "nsubj"],
        )
    if not actors and not targets and not acted_on:
        targets = sides_on_verb(trigger, rule, ctx)
    if not acted_on:  # "signed a truce with the army", the "with" hung on the verb
        targets += other_side_on_verb(trigger, rule, targets, ctx)
    if not actors and between_sides(trigger, rule, targets, ctx):
        # "talks between X and Y": X and Y met one another, as "X and Y met" (the side named
        # first is written as actor, events_sides.mutual_sides)
        actors, targets = targets, []
    answerers = request_answerers(trigger, rule, ctx)  # "responded to requests to stay"
    if answerers:  # the one answering is the one asked, never the asker
        actors = [a for a in actors if a not in answerers]
        targets = answerers + [t for t in targets if t not in answerers]
    if lemma(trigger) in ctx.vocab.words("mourning_nouns"):
        # "held a vigil for X", the "for" hung on the verb: X is mourned, no target
        targets = [t for t in targets if not (t.dep_ == "pobj" and lemma(t.head) == "for")]
    if rule.type.lower() in ctx.vocab.words("demand_types"):
        # "seeking some guidance", "requesting assurance that ...": what is asked, no one
        asked = ctx.vocab.words("asked_things")
        targets = [t for t in targets if not (t.pos_ == "NOUN" and lemma(t) in asked)]
        if trigger.pos_ in VERB_POS and lemma(trigger) in ctx.vocab.words("thing_asking_verbs"):
            # "the budget cuts demanded by the IMF", "reforms were sought by the bank": the
            # noun the participle hangs on, or the passive's subject, is what is asked
            # (roles 1.72.0)
            targets = [t for t in targets if not asked_thing(trigger, t, ctx)]
        # "demanding Elian's return", "called for the return of the boy": who is to move is
        # what is asked for, not whom it is asked of: who is to let him go ("the boy's
        # return from the United States") is
        kept: list[Token] = []
        for t in targets:
            move = demanded_move(t, ctx)
            if move is None:
                kept.append(t)
                continue
            kept += [
                p
                for p in prep_objects(move, frozenset({"from"}))
                if agentive_phrase(p, ctx) and p not in kept
            ]
        targets = kept
    # "stole jewels from the safe in the room of a dealer": the dealer, not the safe
    targets = [o for t in targets for o in container_owner(t, trigger, ctx) if o not in actors]
    # "France's biggest jewellery theft": the field it ranks in, no party
    actors = [a for a in actors if not ranked_scope(a, trigger, rule, ctx)]
    targets = [t for t in targets if not ranked_scope(t, trigger, rule, ctx)]
    targets = [t for t in targets if not eased_measure(t, rule, ctx)]  # "lifted the curfew"
    targets = [t for t in targets if not conveyance(t, rule, ctx)]  # "on a helicopter"
    # "surrendered Kandahar to the elders": the town given up, the elders given it
    actors, targets = given_up_places(trigger, rule, actors, targets, ctx)
    # "pressure on Mugabe to allow observers", "called on Israel to withdraw": Mugabe is to
    # allow them, Israel to withdraw, not the one pressing or calling
    actors = [a for a in pressed_doers(trigger, ctx) if keep(a)] or actors
    actors = [a for a in actors if not agreement_venue(a, ctx)]  # "the Bonn accord"
    if not targets:  # "to broker a cease-fire with Israel": Israel
        targets = [t for t in truce_partners(trigger, ctx) if keep(t) and t not in actors]
    convener, convened = convened_parties(trigger, ctx)  # "invited X for talks": both meet
    if convened:
        actors, targets = [a for a in convener if keep(a)], [t for t in convened if keep(t)]
    # "opened fire with rifles at the vehicle ..., on the edge of the Gaza Strip": the vehicle
    targets = [t for t in aimed_past_places(trigger, rule, actors, targets, ctx) if keep(t)]
    return [a for a in actors if not names_charge(a, ctx)], [
        t for t in targets if not names_charge(t, ctx)
    ]


# Acts aimed at whoever did what they answer: "vowed to retaliate against any Israeli strike"
# is aimed at Israel, "condemned the killing of X by Y" at Y.
_ANSWERING_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT", "THREATEN", "ASSAULT", "SANCTION"})


_STANCE_NOUNS = frozenset({"defiance", "protest", "support", "solidarity", "opposition"})
# Prepositions that set an act in time after, before or during another: its phrase is no
# stance the act takes (roles 1.45.0).
_TIME_PREPS = frozenset({"after", "before", "since", "until", "during", "following", "amid"})


def purpose_targets(trigger: Token, ctx: Context) -> list[Token]:
    """Whom an act is aimed at, said in its purpose clause or stance phrase: "staged a strike
    to protest the minister's decision", "blocked streets in defiance of the authorities"."""
    anchors = [trigger]
    verb, _ = governing_verb(trigger)
    if verb is not None:
        anchors.append(verb)
    out: list[Token] = []
    for anchor in anchors:
        for child in anchor.children:
            rule = ctx.rules.get(anchor.i)
            if child.dep_ == "xcomp" and rule is not None and asked_in_passive(anchor, rule):
                continue  # "witnesses are asked to contact the police": not the police
            if (
                child.dep_ == "xcomp"
                and rule is not None
                and refused_harm(anchor, child, rule, ctx)
            ):
                continue  # "refused to arrest the protesters": the protesters spared
            if child.dep_ in ("advcl", "xcomp") and child.pos_ in VERB_POS and to_infinitive(child):
                objs = [c for c in child.children if c.dep_ in ("dobj", "dative")]
                out += [o for o in objs if names_party(o, ctx)]
                out += recipients(child, objs, ctx)
            elif _stance_participle(child, ctx):  # "demonstrated, calling for X to go"
                inner = argument_heads(child, ctx.rules[child.i], ctx)[1]
                out += [t for t in inner if agentive_phrase(t, ctx)]
            elif child.dep_ == "prep" and lemma(child) not in _TIME_PREPS:
                # ("After the protests against X, the army mobilized": a time, no stance)
                for pobj in pobjs(child):
                    if lemma(pobj) in _STANCE_NOUNS:
                        inner = prep_objects(pobj, frozenset({"of", "against", "with"}))
                        out += [i for i in inner if agentive_phrase(i, ctx)]
        if out:
            break
    return out


# Participles that say what a protest or a gathering is for ("marched on Sunday, demanding
# the release of X"): their target is the act's.
_STANCE_TYPES = frozenset({"REQUEST", "PROTEST", "ACCUSE", "REJECT"})


def _stance_participle(child: Token, ctx: Context) -> bool:
    return (
        child.dep_ == "advcl"
        and child.tag_ == "VBG"
        and child.i in ctx.rules
        and ctx.rules[child.i].type in _STANCE_TYPES
    )


def _told_act(head: Token, ctx: Context) -> bool:
    """The phrase (or the noun a relative pronoun stands for) names an act ("the attacks",
    "attacks that were ...")."""
    noun = antecedent(head)
    return noun.pos_ == "NOUN" and match_rule(noun, ctx.vocab) is not None


def _with_doers(verb: Token, ctx: Context) -> list[Token]:
    """Who threatens in a headline's passive: its "by"-agent, else the doers of the act it
    threatens with ("threatened with Chinese invasion": the Chinese)."""
    agents = [p for a in verb.children if a.dep_ == "agent" for p in pobjs(a)]
    if agents:
        return agents
    out: list[Token] = []
    for act in prep_objects(verb, frozenset({"with"})):
        rule = ctx.rules.get(act.i)
        if rule is not None:
            out += [d for d in parsed_heads(act, rule, ctx)[0] if agentive_phrase(d, ctx)]
    return out


_FROM = frozenset({"from"})
_WITH = frozenset({"with"})
