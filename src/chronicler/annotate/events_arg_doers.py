"""Parties a trigger's own clause leaves out: an offender named after a charge (and the
authorities of a case, who are none), people named as a noun's modifiers, the one a verdict
tried, the one found wounded, the owner of an aim and the perpetrator a clause names beside an
attack noun of time.

Split out of events_arg_heads, whose parsed_heads falls back on these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act, is_agentive, people_noun
from chronicler.annotate.events_arg_cues import small_clause_subjects
from chronicler.annotate.events_group_pronouns import owner_group
from chronicler.annotate.events_match import VERB_POS, to_infinitive
from chronicler.annotate.events_modality_marks import done_verb
from chronicler.annotate.events_phrases import expand, pobjs, prep_objects
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_things import thing_noun
from chronicler.annotate.events_vocab import Rule, lemma, verb_listed

if TYPE_CHECKING:
    from spacy.tokens import Token


def offender_after_charge(verb: Token, agent: Token, ctx: Context) -> bool:
    """A "by" phrase after the crime a case verb names, holding a common noun for someone
    no authority, tells who commits that crime, wherever the parser hangs it ("convicted of
    possession of a firearm by a felon": the felon possesses, no one convicted by him); an
    authority there convicts or charges ("convicted of assault by a jury";
    `case_agent_verbs`, `charging_roles`, the police, military, government and judiciary
    roles)."""
    if lemma(verb) not in ctx.vocab.words("case_agent_verbs") or agent.i < verb.i:
        return False
    if agent.tag_ not in ("NN", "NNS") or agent.ent_type_:
        return False
    crime = any(
        c.dep_ == "prep"
        and lemma(c) in ("of", "with", "for")
        and c.i < agent.i
        and any(o.pos_ == "NOUN" for o in pobjs(c))
        for c in verb.children
    )
    if not crime:
        return False
    return lemma(agent) not in _authorities(ctx) and agent.lower_ not in _authorities(ctx)


def _authorities(ctx: Context) -> frozenset[str]:
    return ctx.vocab.words("charging_roles") | ctx.vocab.role_words(
        ("police", "military", "government", "judiciary")
    )


def authority_of_case(crime: Token, doer: Token, ctx: Context) -> bool:
    """An authority in a "by" phrase the parser hung on the crime a case verb names, or on
    the crime's own phrase, is the case verb's, not the crime's doer ("charged with the
    murder of a guard by prosecutors": the prosecutors charge, no murder by them)."""
    if doer.dep_ != "pobj" or lemma(doer.head) != "by":
        return False
    if lemma(doer) not in _authorities(ctx) and doer.lower_ not in _authorities(ctx):
        return False
    tok = crime
    for _ in range(3):
        if tok.dep_ != "pobj" or lemma(tok.head) not in ("of", "with", "for"):
            return False
        tok = tok.head.head
        if tok.pos_ in VERB_POS:
            return lemma(tok) in ctx.vocab.words("case_agent_verbs")
    return False


def people_modifiers(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """A common noun for people or a kind of actor modifying an act noun of a type its people
    do ("student protests", "worker strikes", "opposition rallies"): they are the doers
    (`doer_modified_types`); for other acts such a word is as often who undergoes them
    ("student arrests"), save an armed band's before an attack ("a pirate attack":
    events_act_modifiers.armed_band_doers)."""
    if trigger.pos_ != "NOUN" or rule.type.lower() not in ctx.vocab.words("doer_modified_types"):
        return []
    return [
        c
        for c in trigger.children
        if c.dep_ == "compound"
        and c.i < trigger.i
        and c.tag_ in ("NN", "NNS")
        and c.i not in ctx.triggers
        and (people_noun(c, ctx) or is_agentive(c, ctx))
    ]


def tried_by_verdict(trigger: Token, ctx: Context) -> list[Token]:
    """The one a verdict is on, for a proceeding noun in the phrase that sets the verdict in
    it ("In a criminal trial, the former minister was convicted", "At the trial, the jury
    acquitted the colonel": the minister, the colonel); the verdict verb's passive subject,
    else its object (`proceeding_nouns`, `proceeding_preps`, `verdict_verbs`; roles 1.60.0),
    or the one a finding verb finds guilty (`verdict_finding_verbs`; roles 1.130.0)."""
    words = ctx.vocab.words
    if trigger.pos_ != "NOUN" or lemma(trigger) not in words("proceeding_nouns"):
        return []
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    if lemma(prep) not in words("proceeding_preps"):
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if lemma(verb) in words("verdict_verbs"):
        tried = passive or [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma(verb) in words("verdict_finding_verbs"):
        # "In the one-day trial, the judge found Hiller guilty": the one found guilty (or not
        # guilty) is the one tried, the adjective's subject in the parse (roles 1.130.0)
        guilt = [c for c in verb.children if lemma(c) in words("guilty_words")]
        if not guilt:
            return []
        tried = passive or small_clause_subjects(guilt[0])
        tried = tried or [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return []
    return [
        t
        for t in tried
        if t.pos_ in ("PROPN", "PRON") or people_noun(t, ctx) or is_agentive(t, ctx)
    ]


def wound_bearers(trigger: Token, ctx: Context) -> list[Token]:
    """Who bears the wounds a "with" phrase on a verb names: its subject ("Detectives said the
    two women were found with head injuries", "the boy was rushed to hospital with serious
    injuries": the women, the boy), a person or people
    (`wound_nouns`; vocabulary 1.259.0)."""
    prep = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or lemma(prep) != "with":
        return []
    if lemma(trigger) not in ctx.vocab.words("wound_nouns"):
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subj = subjects(verb)
    bearers = expand(list(subj.passive or subj.active))
    return [
        t
        for t in bearers
        if t.i != trigger.i and (t.pos_ in ("PROPN", "PRON") or people_noun(t, ctx))
    ]


def death_victims(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Who died in the death an offence of violence was charged, suspected or found "in": the
    death's "of"-person ("found guilty of murder in the death of Anna Lee", "charged with
    manslaughter in the killing of his son": Lee, the son), the "in" hung on the offence or
    on a word above it up to the verb (`death_nouns`; roles 1.67.0)."""
    if rule.type != "ASSAULT" or trigger.pos_ != "NOUN":
        return []
    deaths = ctx.vocab.words("death_nouns")
    tok = trigger
    for _ in range(4):
        # (or on an offence listed beside it: "guilty of murder and two counts of assault in
        # the death of X", the parser's "in" on "counts")
        listed = [c for c in tok.children if c.dep_ in ("conj", "oprd")]
        for death in (d for t in [tok, *listed] for d in prep_objects(t, frozenset({"in"}))):
            if lemma(death) in deaths:
                return [
                    p
                    for p in expand(prep_objects(death, frozenset({"of"})))
                    if p.pos_ in ("PROPN", "PRON") or people_noun(p, ctx)
                ]
        if tok.pos_ in VERB_POS or tok.dep_ == "ROOT":
            break
        tok = tok.head
    return []


def aim_owners(trigger: Token, ctx: Context) -> list[Token]:
    """Whose effort, attempt or bid an infinitive on the noun names: its owner, or the
    noun's "by"-agent, does the act ("the president's efforts to obstruct the inquiry",
    "an attempt by the general to seize power": the president, the general, were no one;
    `aim_owner_nouns`; roles 1.60.0); so does who a plan is told carried out by (roles
    1.104.0), and whose policy or practice its "of" phrase names the act of ("his policy of
    arresting journalists": he; `course_nouns`, roles 1.141.2)."""
    course = _course_owners(trigger, ctx)
    if course:
        return course
    if trigger.dep_ != "acl" or trigger.pos_ not in VERB_POS or not to_infinitive(trigger):
        return []
    noun = trigger.head
    plans = ctx.vocab.modality.achieved_plan_nouns
    if noun.pos_ != "NOUN":
        return []
    if lemma(noun) not in ctx.vocab.words("aim_owner_nouns") | plans:
        return []
    owners = (
        []
        if lemma(noun) not in ctx.vocab.words("aim_owner_nouns")
        else [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")]
    )
    owners += prep_objects(noun, frozenset({"by"}))
    if noun.dep_ == "nsubjpass" and done_verb(noun.head) in ctx.vocab.modality.plan_done_verbs:
        # "the scheme to attack the barracks was carried out by the rebels": who carried the
        # plan out did its act (`plan_done_verbs`; roles 1.104.0)
        owners += [p for a in noun.head.children if a.dep_ == "agent" for p in pobjs(a)]
    return [o for o in owners if can_act(o, ctx) or people_noun(o, ctx)]


def aim_pronoun_groups(actors: list[Token], trigger: Token, ctx: Context) -> list[Token]:
    """The actors with a "their" owning the aim noun the trigger is the infinitive of read as
    the group it stands for, where the clause has a thing for its subject
    (`_group_owning_aim`); other actors as they are."""
    out: list[Token] = []
    for actor in actors:
        if actor.lower_ == "their" and actor.dep_ == "poss" and actor.head.i == trigger.head.i:
            out += _group_owning_aim(actor.head, ctx) or [actor]
        else:
            out.append(actor)
    return out


def _group_owning_aim(noun: Token, ctx: Context) -> list[Token]:
    """The group a "their" on an aim noun stands for when the clause the noun is in has a
    thing for its subject, which owns no aim ("The gear on board confirmed their intent to
    attack the ships": the pirates named before, the group of its sentence or of the one
    before; events_group_pronouns.owner_group, roles 1.170.4). A "their" beside a subject
    that can act is left to the pronoun rules ("the rebels announced their intent")."""
    if lemma(noun) not in ctx.vocab.words("aim_owner_nouns") | ctx.vocab.words("capacity_nouns"):
        return []
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "their"), None)
    if owner is None or noun.dep_ != "dobj":
        return []
    verb_subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (a plural thing can_act takes as a group is still a thing: "The ladders on board
    # confirmed their plan to attack the ships": the pirates named before; roles 1.176.0)
    if not verb_subjects or any(
        s.pos_ in ("PRON", "PROPN")
        or (can_act(s, ctx) and not thing_noun(s, ctx))
        or people_noun(s, ctx)
        for s in verb_subjects
    ):
        return []
    group = owner_group(owner, ctx)
    return [group] if group is not None else []


def _course_owners(trigger: Token, ctx: Context) -> list[Token]:
    """The owner of a course-of-action noun whose "of" phrase is the act: "his policy of
    arresting journalists", "the regime's practice of torture"."""
    if trigger.dep_ not in ("pcomp", "pobj") or lemma(trigger.head) != "of":
        return []
    noun = trigger.head.head
    if noun.pos_ != "NOUN" or lemma(noun) not in ctx.vocab.words("course_nouns"):
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return [o for o in owners if can_act(o, ctx) or people_noun(o, ctx) or o.pos_ == "PRON"]


_TERM_ENTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL"})


def penalty_term(target: Token, trigger: Token, ctx: Context) -> bool:
    """The "of"-phrase of a penalty noun that measures it, no party to it ("a sentence of ten
    years", "a sentence of life in prison", "a fine of $500": `penalty_term_nouns` or a
    number, a time or an amount), so whom a converse verb gives it to is still its target
    ("Smith received a sentence of ten years", "faces a sentence of life": Smith; roles
    1.80.0)."""
    return (
        target.dep_ == "pobj"
        and lemma(target.head) == "of"
        and target.head.head.i == trigger.i
        and (
            lemma(target) in ctx.vocab.words("penalty_term_nouns")
            or target.ent_type_ in _TERM_ENTS
            # "faces charges of fraud", "three counts of corruption": the offence charged, no
            # party, so the one facing them is charged (recall44c, roles 1.197.0)
            or (
                lemma(trigger) in ctx.vocab.words("charge_nouns")
                and not (is_agentive(target, ctx) or people_noun(target, ctx))
            )
        )
    )


def convicted_above(trigger: Token, rule: Rule, ctx: Context) -> frozenset[int]:
    """The ones a conviction above an act of violence finds guilty, the nearest trigger
    above it being the conviction ("found Tom Baker guilty of murder in a rampage that left
    two dead and a third wounded", "found a former employee guilty of murder in a shooting
    that left ... a third employee wounded"): the convicted did the offence and is never
    its victim, so no target the act inherits from outside its own clause (roles 1.82.4)."""
    if rule.type != "ASSAULT":
        return frozenset()
    for above in trigger.ancestors:
        court = ctx.rules.get(above.i)
        if court is None:
            continue
        if court.mode != "convict":
            return frozenset()
        found = [c for c in above.children if c.dep_ in ("dobj", "nsubjpass")]
        found += [s for c in above.children for s in small_clause_subjects(c)]
        return frozenset(t.i for t in expand(found))
    return frozenset()


def looks_on(verb: Token, link: str, ctx: Context) -> bool:
    """The verb's subject is no party to the act noun it takes (by `link`, as
    events_noun_governors.governing_verb gives it): one who looks on, counts or recounts it
    (`spectator_verbs`: "witnessed the attack"), keeps it from happening or cuts it short
    (`stopping_verbs`: "police foiled the attack", "a guard broke up the fight"; a phrasal
    verb with its particle; vocabulary 1.310.0), or counters it as its direct object
    (modality.toml `countering_verbs`, which the modality reads too: "moved to tackle the
    revolt", "failed to contain the protests"; modality 1.113.0) or hides it (`concealing_verbs`,
    "tried to conceal the killings": the hider is not told to have done it; roles 1.188.0)."""
    low = lemma(verb)
    # (a phrasal verb with its particle: "Police played down the unrest"; vocabulary 1.337.2)
    if verb_listed(verb, ctx.vocab.words("spectator_verbs")) or verb_listed(
        verb, ctx.vocab.words("stopping_verbs")
    ):
        return True
    if link == "dobj" and verb_listed(verb, ctx.vocab.modality.concealing_verbs):
        return True
    return link == "dobj" and low in ctx.vocab.modality.countering_verbs


def _renaming_verb(noun: Token, ctx: Context) -> Token | None:
    """The verb whose "in" phrase an act noun is, directly or through a partitive ("stole
    paintings in one of the largest heists": stole)."""
    n = noun
    partitives = ctx.vocab.words("renaming_partitives")
    if n.dep_ == "pobj" and lemma(n.head) == "of" and lemma(n.head.head) in partitives:
        n = n.head.head
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or lemma(n.head) != "in":
        return None
    verb = n.head.head
    return verb if verb.pos_ in VERB_POS else None


def _renamed_verb(trigger: Token, rule: Rule, ctx: Context) -> tuple[Token | None, bool]:
    """The active verb whose act an act noun in its "in" phrase re-names, and whether the noun
    is a theft the verb makes off with (`loot_taking_verbs`) rather than an act of the verb's
    own type."""
    if trigger.pos_ != "NOUN" or rule.subject == "target":
        return None, False
    verb = _renaming_verb(trigger, ctx)
    if verb is None or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None, False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return None, False  # "Horton and two others killed and injured in the crossfire"
    own = ctx.rules.get(verb.i)
    if own is not None and own.type == rule.type and own.subject != "target":
        return verb, False
    taking = rule.id in ctx.vocab.words("theft_rules") and verb_listed(
        verb, ctx.vocab.words("loot_taking_verbs")
    )
    return (verb, True) if taking else (None, False)


def renamed_act_doers(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Who did the act an act noun re-names in a verb's "in" phrase: the verb's active
    subject, when the verb is an act of the noun's type whose subject acts ("Rebels killed ten
    soldiers in an attack on a checkpoint") or, for a theft, a verb of making off with loot
    (`loot_taking_verbs`: "a masked bandit made off with the jewels in the biggest heist in
    years"); a passive's subject undergoes it, also with no auxiliary (roles 1.113.0)."""
    verb, _ = _renamed_verb(trigger, rule, ctx)
    if verb is None:
        return []
    return [h for h in subjects(verb).active if h.i != trigger.i and can_act(h, ctx)]


def renamed_act_targets(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Whom the act an act noun re-names in a verb's "in" phrase was aimed at, when the noun
    names none: the verb's object, or for loot made off with, whom or where it was taken
    "from" ("robbers snatched watches from a boutique in one of the largest heists": the
    boutique; roles 1.113.0)."""
    verb, taking = _renamed_verb(trigger, rule, ctx)
    if verb is None:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != trigger.i]
    if taking:  # (the parser may hang the "from" on the loot: "snatched diamonds from X")
        return [f for h in (verb, *objects) for f in prep_objects(h, frozenset({"from"}))]
    return objects


def charges_carried(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Whom an accusation noun (ACCUSE) told as the subject of a verb carrying charges is
    aimed at: whom the charges it carries are "against" ("A superseding indictment brought
    more serious accusations against him": him; `charge_carrying_verbs`,
    `carried_charge_nouns`, roles 1.114.0)."""
    if rule.type != "ACCUSE" or trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return []
    verb = trigger.head
    if lemma(verb) not in ctx.vocab.words("charge_carrying_verbs"):
        return []
    charges = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and lemma(c) in ctx.vocab.words("carried_charge_nouns")
    ]
    against = frozenset({"against"})
    return [t for h in (*charges, verb) if charges for t in prep_objects(h, against)]


def shared_agent(verb: Token) -> list[Token]:
    """The "by"-agent of a passive verb coordinated with this one, which has none of its own:
    "were ambushed and fought by militants", "was beaten and robbed by a gang": both acts are
    the agent's (vocabulary 1.337.0). Only between participles of one passive subject."""
    if verb.tag_ != "VBN":
        return []
    joined = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"]
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        joined.append(verb.head)
    for other in joined:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children) and other.i > verb.i:
            continue  # a clause of its own ("X was ambushed and Y was killed by ...")
        agents = [p for c in other.children if c.dep_ == "agent" for p in pobjs(c)]
        if agents:
            return agents
    return []


def harmed_in_attack(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Who a passive verb of harm tells killed or hurt "in" an attack noun: the attack's
    targets ("two people have been killed and another wounded in a shooting at the plant",
    "three soldiers were killed in an air strike": the people, the soldiers; roles 1.115.2),
    or an active one's object ("Irish nationalist guerrillas wounded two British soldiers in
    a bomb attack on Thursday"; roles 1.142.3)."""
    if rule.type != "ASSAULT" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return []
    if lemma(trigger.head) != "in":
        return []
    verb = trigger.head.head
    own = ctx.rules.get(verb.i)
    if verb.pos_ not in VERB_POS or own is None or own.type != "ASSAULT":
        return []
    harmed = list(subjects(verb).passive)
    if verb.dep_ == "conj" and not harmed:  # "another wounded", its verb's conjunct
        harmed = list(subjects(verb.head).passive)
    if not harmed:  # "guerrillas wounded two soldiers in a bomb attack" (roles 1.142.3)
        harmed = [c for c in verb.children if c.dep_ == "dobj"]
    # (a bare count of the harmed too: "Nine miners were killed and 14 injured in the bombing";
    # roles 1.186.0)
    return [p for p in expand(harmed) if p.pos_ in ("PROPN", "PRON", "NUM") or people_noun(p, ctx)]


def perpetrators_of_recalled(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The doer named by its deed (`perpetrator_nouns`) who is the subject of the clause an
    attack noun's phrase of time hangs on ("The gunman fled after the shooting", "the bomber
    was identified after the attack": the gunman, the bomber; roles 1.135.0)."""
    if rule.type != "ASSAULT" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return []
    if lemma(trigger.head) not in ctx.vocab.words("recalling_preps"):
        return []
    verb = trigger.head.head
    if verb.pos_ not in VERB_POS:
        return []
    found = subjects(verb)
    doers = ctx.vocab.words("perpetrator_nouns")
    return [s for s in (*found.active, *found.passive) if lemma(s) in doers or s.lower_ in doers]


def carried_on_by(trigger: Token, ctx: Context) -> list[Token]:
    """Who goes on with an act noun: the active subject of a verb with a particle of
    continuing (`continuing_particles`) or of a verb of proceeding (`proceeding_verbs`) whose
    "with" phrase holds it ("Russia will go ahead with the deployment of missiles", "the
    union pressed ahead with the strike", "the government proceeded with the execution":
    Russia deploys, the union strikes, the government executes; roles 1.131.1)."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or lemma(prep) != "with" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.pos_ not in VERB_POS:
        return []
    particles = ctx.vocab.modality.continuing_particles
    continuing = any(
        c.dep_ in ("advmod", "prt") and lemma(c) in particles and c.i < prep.i
        for c in verb.children
    )
    if not (continuing or lemma(verb) in ctx.vocab.words("proceeding_verbs")):
        return []
    return [s for s in subjects(verb).active if can_act(s, ctx)]
