"""Who did it, to whom: the actors and targets of a trigger read from the dependency parse.

Verb triggers: the subject is the actor (or the target, for rules like flee/exile), the
object the target; passive voice swaps them ("he was hauled away by agents"). Noun
triggers: possessive, "of"/"by" objects, and the subject of the light verb that governs
them ("the government authorized the release of X"). An event noun as an argument stands
for its own parties. Subjects and governing verbs are in events_subjects, targets found
beyond the object in events_targets, the actor tests in events_actors, phrases in
events_phrases; the Participant records built from these heads are in events_participants.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_country_name, is_place_name
from chronicler.annotate.datelines import in_dateline
from chronicler.annotate.events_actors import (
    RELATIVE,
    TIME_ENTS,
    Context,
    agentive_phrase,
    can_act,
    entity_at,
    is_agentive,
    mentions_in,
    names_time,
    people_noun,
    relative_head,
)
from chronicler.annotate.events_folds import manner_protest, without_devices
from chronicler.annotate.events_inverted import inverted_subjects
from chronicler.annotate.events_match import (
    VERB_POS,
    match_rule,
    object_of,
    phrase_child,
    relative_gap,
    to_infinitive,
)
from chronicler.annotate.events_phrases import expand, line_of, partitive_of, pobjs, prep_objects
from chronicler.annotate.events_scenes import other_scene, scene_only
from chronicler.annotate.events_subjects import (
    SUBJECT_DEPS,
    Subjects,
    governing_verb,
    hands_agents,
    members,
    subjects,
)
from chronicler.annotate.events_targets import (
    condition_subjects,
    counterpart_targets,
    custodians,
    movers,
    named_as_target,
    place_targets,
    recipients,
    struck_by_measure,
    that_clause_subjects,
)
from chronicler.annotate.events_vocab import Rule, Vocab, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


_NUMBER_ENTS = frozenset({"CARDINAL", "ORDINAL"})


def own_force(tok: Token, rule: Rule, ctx: Context) -> bool:
    """An object that is the actor's own force in an act of moving or lending forces: a force
    noun with a possessive pronoun ("withdrew its troops", "sent their peacekeeping force"),
    not in an attack ("executed its own soldiers")."""
    return (
        rule.type.lower() in ctx.vocab.words("own_force_types")
        and tok.dep_ == "dobj"
        and lemma(tok) in ctx.vocab.words("own_force_nouns")
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
    )


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
    ):
        return []
    asked = _argument_heads(noun, rule, ctx)[1]
    if not asked:
        governing, link = governing_verb(noun)
        answering = ctx.vocab.words("answering_verbs")
        if governing is not None and link == "dobj" and lemma(governing) in answering:
            asked = list(subjects(governing).active)  # "rejected an invitation to join"

    return [a for a in asked if agentive_phrase(a, ctx) or people_noun(a, ctx)]


def _force_moved(tok: Token, trigger: Token, rule: Rule, ctx: Context) -> bool:
    """A force that a passive verb of moving forces says was moved, with no one named moving
    it ("Indian troops were deployed to the border", "the army could be deployed in the
    capital"): the force makes the move, it is not what the move is aimed at."""
    return (
        rule.type.lower() in ctx.vocab.words("moved_force_types")
        and tok.dep_ == "nsubjpass"
        and tok.head.i == trigger.i
        and lemma(tok) in ctx.vocab.words("own_force_nouns")
    )


def argument_heads(trigger: Token, rule: Rule, ctx: Context) -> tuple[list[Token], list[Token]]:
    """Head tokens of the actors and targets of one trigger."""
    actors, targets = _argument_heads(trigger, rule, ctx)
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
            )
            and tok.i not in phrase_children
            and line[0] < tok.idx < line[1]  # never across a title or paragraph break
            and not in_dateline(tok)
            and not _complementizer(tok)
            and not _no_one(tok)
            # "on a daily basis", "in any way": how, not who (the word as written: "bases"
            # is also the plural of "base")
            and not (tok.dep_ == "pobj" and tok.lower_ in ctx.vocab.words("manner_nouns"))
        )

    if not actors and rule.mode in ctx.vocab.words("custody_modes"):
        actors = custodians(trigger, ctx)
    actors = [a for a in without_devices(actors, ctx.vocab) if keep(a)]
    targets = [t for t in targets if keep(t) and t not in actors]
    targets = _question_clause_subjects(targets, ctx)
    if rule.type.lower() not in ctx.vocab.words("demand_types"):
        targets = _movers_for_movement(targets, actors, ctx)
    if not targets and completing is not None:
        # "a jury found Gigante guilty of fraud": the parser makes the one found guilty the
        # subject of the phrase's adjective, a small clause the verb takes; he is its target
        targets = [t for t in _small_clause_subjects(completing) if keep(t) and t not in actors]
    if not targets:  # "Also freed were X and Y"
        targets = [t for t in inverted_subjects(trigger) if keep(t) and t not in actors]
    if not targets:  # the object was the phrase's own word: "granted asylum to X",
        # "presented evidence against X" (the phrase word's own prepositions count too)
        words = [trigger, *(trigger.doc[i] for i in sorted(phrase_children))]
        targets = [t for w in words for t in prep_objects(w, rule.target_preps) if keep(t)]
        targets = _question_clause_subjects(targets, ctx)
    if rule.object_place or rule.instrument_object:  # "fled the embassy", "withdrew troops"
        targets = [t for t in targets if t.dep_ != "dobj"]
    # the actor's own forces are its means, whatever the word: "withdraw its troops"
    targets = [t for t in targets if not own_force(t, rule, ctx)]
    moved = [t for t in targets if _force_moved(t, trigger, rule, ctx)]
    if moved and not actors:  # "troops were deployed to the border": the troops' own move
        actors, targets = moved, [t for t in targets if t not in moved]
    if not any(agentive_phrase(t, ctx) for t in targets):
        # whom acts of the type are aimed at, by the type: "withdraw its troops from Lebanon"
        preps = ctx.vocab.words(f"target_preps_{rule.type.lower()}") - rule.target_preps
        targets += [
            t
            for t in prep_objects(trigger, preps)
            if keep(t) and t not in actors and t not in targets and agentive_phrase(t, ctx)
        ]
    custody = rule.mode in ctx.vocab.words("custody_modes")
    # a person named by a common noun is a target in its own right: "kidnapped a businessman
    # in Bogota" is aimed at the businessman, not at Bogota; so is a body of people named by
    # a collective noun: "welcomed the delegation to Paris" is aimed at the delegation
    if not custody and not any(
        agentive_phrase(t, ctx) or people_noun(t, ctx) or _body_of_people(t, ctx) for t in targets
    ):
        found = recipients(trigger, targets, ctx)
        if not found and trigger.pos_ in VERB_POS:
            for child in trigger.children:
                if child.dep_ == "xcomp":  # "refused to meet X": the refused act's target
                    if child.i in ctx.rules:  # "refused to deploy troops in X": X
                        inner = argument_heads(child, ctx.rules[child.i], ctx)[1]
                        found = [t for t in inner if agentive_phrase(t, ctx)]
                    objs = [c for c in child.children if c.dep_ in ("dobj", "dative")]
                    found = found or [o for o in objs if agentive_phrase(o, ctx)]
                    found = found or recipients(child, objs, ctx)
                elif child.dep_ == "ccomp" and not found:  # "demanded that X cancel"
                    found = [
                        c
                        for c in child.children
                        if c.dep_ in ("nsubj", "nsubjpass") and agentive_phrase(c, ctx)
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
                if people_noun(p, ctx) or (p.tag_ in ("NN", "NNS") and lemma(p) in bodies)
            ]
        if not found:
            found = purpose_targets(trigger, ctx)
        # a meeting noun's place is only where it was held, no recipient ("spoke at a
        # conference in Munich"); one attended or visited has its host as recipient ("attend
        # a summit in Switzerland"), and other acts are aimed at their place ("a curfew in X")
        placeless = trigger.pos_ == "NOUN" and (
            rule.type.lower() in ctx.vocab.words("placeless_noun_types")
        )
        if not found and not placeless:  # an instrument or place object still locates
            objects = targets or [c for c in trigger.children if c.dep_ == "dobj"]
            found = place_targets(trigger, objects, ctx)
            found = [
                p
                for p in found
                if not scene_of_speech(p, trigger, objects, rule, ctx)
                and not other_scene(p, trigger, ctx)
                and not scene_only(p, rule, ctx)
            ]
        if not found:
            found = condition_subjects(trigger, ctx)
        if not found:
            found = counterpart_targets(trigger, rule, ctx)
        found = [t for t in found if t not in actors and t.i not in phrase_children]
        if found:
            targets = found
    acted_on = bool(targets)  # an act noun dropped below leaves no room for sides
    targets = _event_doers_as_targets(targets, actors, ctx, keep_bare=rule.type in _ANSWERING_TYPES)
    targets = _without_abstract_ends(targets, actors, ctx)
    if _headline_passive(trigger, ctx):
        # "Taiwan threatened with Chinese invasion": a headline's passive, its "be" left out
        actors, targets = (
            _with_doers(trigger, ctx),
            [c for c in trigger.children if c.dep_ == "nsubj"],
        )
    if not actors and not targets and not acted_on:
        targets = _sides_on_verb(trigger, ctx)
    if not actors and _between_sides(trigger, targets, ctx):
        # "talks between X and Y": X and Y met one another, as "X and Y met" (the side named
        # first is written as actor, events._mutual_sides)
        actors, targets = targets, []
    if lemma(trigger) in ctx.vocab.words("mourning_nouns"):
        # "held a vigil for X", the "for" hung on the verb: X is mourned, no target
        targets = [t for t in targets if not (t.dep_ == "pobj" and lemma(t.head) == "for")]
    if rule.type.lower() in ctx.vocab.words("demand_types"):
        # "seeking some guidance", "requesting assurance that ...": what is asked, no one
        asked = ctx.vocab.words("asked_things")
        targets = [t for t in targets if not (t.pos_ == "NOUN" and lemma(t) in asked)]
        # "demanding Elian's return", "called for the return of the boy": who is to move is
        # what is asked for, not whom it is asked of: who is to let him go ("the boy's
        # return from the United States") is
        kept: list[Token] = []
        for t in targets:
            move = _demanded_move(t, ctx)
            if move is None:
                kept.append(t)
                continue
            kept += [
                p
                for p in prep_objects(move, frozenset({"from"}))
                if agentive_phrase(p, ctx) and p not in kept
            ]
        targets = kept
    return [a for a in actors if not _charge(a, ctx)], [t for t in targets if not _charge(t, ctx)]


def scene_of_speech(
    place: Token, trigger: Token, objects: Sequence[Token], rule: Rule, ctx: Context
) -> bool:
    """A place a said act (`spoken_types`: a denial, a condemnation, a demand) is not aimed
    at: the scene set before the sentence's subject ("In Nairobi, a police official denied a
    report": where he spoke), or the scene of the act it is about ("condemned the explosions
    near U.S. embassies in Kenya": where the bombs went off, not Kenya condemned)."""
    if rule.type.lower() not in ctx.vocab.words("spoken_types"):
        return False
    if any(o.i in ctx.triggers and place in o.subtree for o in objects):
        return True
    tok = place
    for _ in range(4):  # up from the place to the preposition opening its phrase
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        prep = tok.head
        if prep.head.i == trigger.i or prep.head.pos_ in VERB_POS:
            break
        tok = prep.head
    else:
        return False
    verb = prep.head
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    after = prep.right_edge.i + 1
    return (
        bool(subject)
        and prep.i < subject[0].i
        and after < len(prep.doc)
        and prep.doc[after].text == ","
    )


def _custody_act(noun: Token, ctx: Context) -> bool:
    """A noun telling a custody act of a rule's own (a trial, a charge, a conviction)."""
    rule = ctx.rules.get(noun.i)
    return rule is not None and rule.mode in ctx.vocab.words("custody_modes")


def _small_clause_subjects(word: Token) -> list[Token]:
    """The subject of an adjective completing a verb's phrase as its clause ("found X
    guilty", X the adjective's subject in the parse): the one the verb's act is done to."""
    if word.pos_ != "ADJ" or word.dep_ not in ("ccomp", "xcomp", "oprd", "acomp"):
        return []
    return [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]


def _body_of_people(tok: Token, ctx: Context) -> bool:
    """A common noun for a body of people no role lists ("the delegation", "a trade
    mission", "the committee"): it can be met, welcomed or attacked itself."""
    return tok.tag_ in ("NN", "NNS") and lemma(tok) in ctx.vocab.words("collective_nouns")


def _question_clause_subjects(targets: list[Token], ctx: Context) -> list[Token]:
    """A whether/if clause after a preposition is no participant ("looking into whether the
    driver was drunk"): the party it asks about, its subject, when that can act, stands for
    it ("an inquiry into whether the army shelled X": the army), as it does for a clause
    the verb takes itself ("investigating whether X ..."); else nothing does."""
    out: list[Token] = []
    for t in targets:
        if t.dep_ != "pcomp" or t.pos_ not in VERB_POS | {"AUX"}:
            out.append(t)
            continue
        if not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in t.children):
            out.append(t)
            continue
        out += [
            c
            for c in t.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and (agentive_phrase(c, ctx) or people_noun(c, ctx))
            and c not in out
        ]
    return out


def _without_abstract_ends(targets: list[Token], actors: list[Token], ctx: Context) -> list[Token]:
    """Targets without an end or a proposition, which no one is: "urged an end to the
    fighting", "brought the talks to a close", "disputed the notion that ..." name no party
    (`abstract_target_nouns`), nor does a bare amount ("demanded more"; `amount_words`) or a
    reflexive pronoun ("defend itself": the doer again; `reflexive_pronouns`).
    An end to an act someone named does is aimed at that doer ("called for a halt to raids
    by the army": the army)."""
    out: list[Token] = []
    abstract = ctx.vocab.words("abstract_target_nouns")
    amounts = ctx.vocab.words("amount_words")
    reflexives = ctx.vocab.words("reflexive_pronouns")
    for t in targets:
        if t.lower_ in amounts and not any(t.children):
            continue  # "will only demand more", "gave away everything": an amount, no party
        if t.lower_ in reflexives:
            continue  # "the right to defend itself": the doer again, no second party
        if t.pos_ != "NOUN" or lemma(t) not in abstract or agentive_phrase(t, ctx):
            out.append(t)
            continue
        for inner in prep_objects(t, frozenset({"to", "of"})):
            rule = ctx.rules.get(inner.i)
            if rule is None or inner.pos_ != "NOUN":
                continue
            own = _argument_heads(inner, rule, ctx)[0]
            out += [d for d in own if d not in actors and d not in out and agentive_phrase(d, ctx)]
    return out


def _complementizer(tok: Token) -> bool:
    """A "that" the parser read as the object of the verb whose subject follows it ("tells
    the paper that she fought with the man"): it opens the clause, it names no one."""
    return (
        tok.lower_ == "that"
        and tok.dep_ == "dobj"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i for c in tok.head.children)
    )


def _charge(tok: Token, ctx: Context) -> bool:
    """ "a sentence on spying charges", "denied the charges": what someone is charged with is
    the charge (an attribute), no one the act is done by or aimed at."""
    if lemma(tok) in RELATIVE:  # "charges that he denied": what "that" stands for
        tok = relative_head(tok)
    charges = ctx.vocab.words("charge_generic")
    if tok.pos_ == "NOUN" and lemma(tok) in charges:
        return True
    # the small parser reads "spying charges" as a gerund with the charges as its object
    return tok.tag_ == "VBG" and any(
        c.dep_ == "dobj" and c.i == tok.i + 1 and lemma(c) in charges for c in tok.children
    )


# Acts aimed at whoever did what they answer: "vowed to retaliate against any Israeli strike"
# is aimed at Israel, "condemned the killing of X by Y" at Y.
_ANSWERING_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT", "THREATEN", "ASSAULT", "SANCTION"})


# Prepositions through which an act noun's own phrase names whom it is aimed at ("the verdict
# against its critics", "the departure of the patriots", "talks with the rebels").
_AIMED_PREPS = frozenset({"against", "on", "with", "to", "for", "of", "from", "at"})


def _aimed_at_someone(noun: Token, own_targets: list[Token], ctx: Context) -> bool:
    """The act noun names, in its own phrase, someone it is aimed at: a target of its own
    (`own_targets`, its argument heads) or an agentive object of one of `_AIMED_PREPS`."""
    if own_targets:
        return True
    return any(agentive_phrase(p, ctx) for p in prep_objects(noun, _AIMED_PREPS))


def _party_noun(noun: Token, ctx: Context) -> bool:
    """A noun that names a body of people even where the vocabulary reads an act in it ("the
    opposition", "the resistance"): a party, whatever it is coded as."""
    return lemma(noun) in ctx.vocab.words("actor_nouns") | ctx.vocab.words("collective_nouns")


def _event_doers_as_targets(
    targets: list[Token], actors: list[Token], ctx: Context, keep_bare: bool
) -> list[Token]:
    """Targets with an act noun among them replaced by the act's doers, as the PLOVER gold
    codes "prevented the demonstration staged by students" (the students): "quelled the
    uprising by the rebels" is aimed at the rebels. An act noun naming no one ("crushed a
    similar revolt", "a crackdown on anti-government protests") is no party; an answering
    act (`keep_bare`: "condemned the attack") keeps it, as what it answers, and so does any
    act on one aimed at someone, who is whom the act is aimed at in the end."""
    out: list[Token] = []
    for t in targets:
        rule = ctx.rules.get(t.i)
        if rule is None or t.pos_ != "NOUN" or rule.type == "NONE" or _party_noun(t, ctx):
            out += [t] if t not in out else []
            continue
        own, own_targets = _argument_heads(t, rule, ctx)
        doers = [d for d in own if d not in actors and agentive_phrase(d, ctx)]
        if doers:
            out += [d for d in doers if d not in out]
        elif t not in out and (keep_bare or _aimed_at_someone(t, own_targets, ctx)):
            # one aimed at someone stays, for whom it is aimed at (events_salience)
            out.append(t)
    return out


_STANCE_NOUNS = frozenset({"defiance", "protest", "support", "solidarity", "opposition"})


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
            if child.dep_ in ("advcl", "xcomp") and child.pos_ in VERB_POS and to_infinitive(child):
                objs = [c for c in child.children if c.dep_ in ("dobj", "dative")]
                out += [o for o in objs if agentive_phrase(o, ctx) or people_noun(o, ctx)]
                out += recipients(child, objs, ctx)
            elif _stance_participle(child, ctx):  # "demonstrated, calling for X to go"
                inner = argument_heads(child, ctx.rules[child.i], ctx)[1]
                out += [t for t in inner if agentive_phrase(t, ctx)]
            elif child.dep_ == "prep":
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


def _stative_participle(trigger: Token, rule: Rule) -> bool:
    """A participle the rule lists as an adjective of stance ("opposed", "committed"),
    used without an agent: "X is opposed to Y" states X's stance, it is no passive."""
    return (
        trigger.pos_ in VERB_POS
        and trigger.tag_ == "VBN"
        and trigger.lower_ in rule.adjs
        and not any(c.dep_ == "agent" for c in trigger.children)
    )


def _argument_heads(trigger: Token, rule: Rule, ctx: Context) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    targets: list[Token] = []
    if _stative_participle(trigger, rule):  # "Israel is opposed to X": Israel opposes
        subj = subjects(trigger)
        return list(subj.passive or subj.active), prep_objects(trigger, rule.target_preps)
    if trigger.pos_ in VERB_POS:
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
        bare_participle = (
            trigger.tag_ == "VBN" and not auxes and trigger.dep_ != "ROOT" and not verbless_root
        )
        own_object = any(c.dep_ == "dobj" for c in trigger.children)
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
        modified = None if auxes or own_object else _participle_noun(trigger, ctx)
        if modified is not None:  # "was among five citizens freed": the citizens were freed
            subj, passive = Subjects((), (modified,), subj.agent), True
        if passive:
            targets += [m for t in subj.passive for m in members(t)]
            targets += subj.passive
            actors += _event_doers(list(subj.agent), ctx)
            if not actors:  # "killed in an air strike by X", "arrested in a police raid"
                actors += _circumstance_doers(trigger, rule, ctx)
        elif rule.subject == "target":
            targets += subj.active
            actors += _event_doers(list(subj.agent), ctx)
        else:
            subject_doers = list(subj.active)
            setting = _setting_participle(trigger, ctx)
            if setting is not None:  # "posted on Twitter accusing X": the poster accuses
                subject_doers = list(subjects(setting).active)
            elif trigger.dep_ == "acl":  # the noun a participle hangs on must be able to act:
                # "X's military seized power, detaining Y" misparsed on "power" names no doer
                subject_doers = [d for d in subject_doers if _names_a_doer(d, ctx)]
            # "the leader whom the army detained": the parser may make "whom" a second
            # subject; it is the relative clause's object
            whom = [d for d in subject_doers if d.lower_ == "whom"]
            if whom and len(whom) < len(subject_doers):
                subject_doers = [d for d in subject_doers if d not in whom]
                targets += whom
            actors += _event_doers(subject_doers, ctx)
            # with a recipient beside it, a direct object is the thing given ("offered
            # Venezuela its support"), unless it names people ("sent them two envoys")
            recipient = any(c.dep_ == "dative" and c.pos_ != "ADP" for c in trigger.children)
            for c in trigger.children:
                object_kept = c.dep_ == "dobj" and (not recipient or agentive_phrase(c, ctx))
                if object_kept or (c.dep_ == "dative" and c.pos_ != "ADP"):
                    targets.append(c)
                elif c.dep_ == "dative":  # "granted asylum to X"
                    targets += pobjs(c)
            targets += _up_to_objects(trigger)
            # (not a clause "that" opens as a complement: "concerns that officials are
            # minimizing")
            opened = any(c.dep_ == "mark" for c in trigger.children)
            gap = relative_gap(trigger) if not targets and not opened else None
            if gap is not None and _weapon_used(gap, rule, ctx):
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
    anchor = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else trigger
    if anchor is not trigger and _custody_act(anchor, ctx):
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
            if child.dep_ == "poss":
                undergoes = rule.poss == "target" and not (patient and can_act(child, ctx))
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
                elif rule.of_actor or lemma(tok) in ctx.vocab.words("member_meeting_nouns"):
                    # "a strike of dock workers": they strike; "a shutdown of the port": the
                    # port is what is shut, its doers are told elsewhere ("Workers staged");
                    # "a meeting of the sheriffs' association": its members meet, people
                    # named by a common noun too ("a meeting of the top campaign staff")
                    meeting = [p for p in of if _member(p, rule, tok, ctx)]
                    actors.extend(meeting)
                    targets.extend(p for p in of if p not in meeting)
                else:
                    targets.extend(of)
            elif child.dep_ == "prep" and lemma(child) == "by":
                actors.extend(p for p in pobjs(child) if not _means(p, ctx))
            elif child.dep_ == "prep" and lemma(child) == "at":  # "abuse at the hands of X"
                actors.extend(p for p in hands_agents(tok) if p not in actors)
            elif child.dep_ == "acl" or _carried_out_in_relative(child, ctx):
                # "a coup led by X"; "the raid, which was conducted by masked gunmen"
                actors.extend(p for a in child.children if a.dep_ == "agent" for p in pobjs(a))
                if child.tag_ == "VBN":  # "a promise made to the opposition"
                    targets += [
                        t for t in prep_objects(child, rule.target_preps) if t not in targets
                    ]
        targets += [
            t
            for t in prep_objects(tok, rule.target_preps)
            if t not in targets and t.i not in asked_for
        ]
    if anchor.i != trigger.i and lemma(anchor) in ctx.vocab.words("warrant_nouns"):
        # "issued arrest warrants for X": the warrant names whom the act is for (the parser
        # may hang the "for" on the issuing verb)
        hosts = [anchor] + ([anchor.head] if anchor.dep_ == "dobj" else [])
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
            if agentive_phrase(p, ctx) and not _means(p, ctx)
        ]
    if not actors:
        actors += [  # "a US blockade"; "three Atlanta attacks" tell where (roles 1.13.0)
            m for m in _entity_modifiers(trigger, ctx, rule) if not _scene_of_attack(m, rule, ctx)
        ]
    if not actors:
        actors += _force_modifiers(trigger, ctx)  # "a police raid"
    if not actors:  # "Maduro's seizure in US airstrikes"
        actors += _circumstance_doers(trigger, rule, ctx)
    if not actors:  # "X was convicted of the murder of Y": X did it
        actors += _convicted_doers(trigger, rule, ctx)
    if not actors:  # "announced the deal during a meeting with X": the announcer met X
        actors += _meeting_host(trigger, rule, targets, ctx)
    accompanied = trigger.head.head if lemma(trigger.head) == "with" else None
    if rule.of_actor and not targets and accompanied is not None and accompanied.pos_ == "VERB":
        targets += subjects(accompanied).active  # "X took over with the backing of Y": X
    verb, link = governing_verb(trigger)
    doers = ctx.vocab.words("execution_verbs") | ctx.vocab.words("participation_verbs")
    if verb is not None and _made_by_participle(trigger) and lemma(verb) not in doers:
        # the participle tells who made it ("the promise made by X"); what the verb does with
        # it comes after: "ditched / welcomed a promise made to X" names no maker (but
        # "claimed the attack launched on Monday" does)
        verb = None
    # (a custody act is undergone by whom a verb puts into it, whatever its rule's subject)
    undergone = rule.subject == "target" or rule.mode in ctx.vocab.words("custody_modes")
    if verb is not None and verb.i not in ctx.triggers:
        subj = subjects(verb)
        heads = [h for h in (subj.active or subj.agent) if h.i != trigger.i]
        # the verb's subject must be able to act: not "an uprising that laid bare support"
        heads = [h for h in heads if can_act(h, ctx)]
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
        elif link == "dobj" and lemma(verb) in ctx.vocab.words("converse_verbs"):
            # "X's decision drew condemnation from Y": Y condemns, X (its decision) is aimed at
            own = phrase_child(trigger, rule)  # "won relief from sanctions": no giver
            givers = [g for h in (trigger, verb) for g in prep_objects(h, _GIVER_PREPS) if g != own]
            givers += hands_agents(verb)  # "suffered abuse at the hands of the militia"
            # a giver can act: "getting criticism from the opposite direction" names none
            givers = [g for g in givers if can_act(g, ctx) or people_noun(g, ctx)]
            actors += [g for g in givers if g not in actors]
            if not targets:
                targets += [h for h in subj.active if h.i != trigger.i]
        elif undergone and link == "in" and (_placed(verb, ctx, rule) or subj.passive):
            # "put X under house arrest", "moved X to house arrest", "placed X under arrest":
            # X is held, the subject holds X; "X was put under house arrest by Y": X is held,
            # by Y (the agent holds, not the one held)
            if not targets:
                targets += _placed(verb, ctx, rule) or [h for h in subj.passive if h.i != trigger.i]
            if not actors:
                actors += heads
        elif link == "from" or rule.subject == "target":
            # "went into exile", "spent years in prison", "recovering from a poisoning"
            if not targets:
                targets += heads
        elif link == "in" and _state_in_custody(verb, rule, ctx):
            # "remains under arrest", "stayed in detention": the subject is held, by no one
            # named
            if not targets:
                targets += heads
        elif link == "in" and subj.passive and _involved(verb, trigger, ctx):
            # "the officers involved in the shooting", "gunmen involved in the attack": they
            # took part in it, as "took part in the coup"
            if not actors:
                actors += [h for h in subj.passive if h.i != trigger.i and can_act(h, ctx)]
        elif link == "in" and subj.passive and not targets:
            # "X was put under investigation / placed under arrest": X undergoes it
            targets += [h for h in subj.passive if h.i != trigger.i]
        elif (
            not actors
            and (link != "in" or lemma(verb) in ctx.vocab.words("participation_verbs"))
            and lemma(verb) not in ctx.vocab.words("spectator_verbs")
        ):  # "authorized the release", "took part in the coup" (not "went into the coup",
            # nor "followed the hearing": who looks on is no party)
            actors += [h for h in heads if not _identified_act(verb, link, h)]
        if link == "dobj":  # the light verb's recipient: "gave Tanzania a grant of $5m"
            for c in verb.children:
                if c.dep_ == "dative":
                    targets[:0] = pobjs(c) if c.pos_ == "ADP" else [c]
            targets[:0] = [t for t in _given_to(verb, trigger, ctx) if t not in targets]
            if not targets and lemma(verb) in ctx.vocab.words("bestowing_verbs"):
                # "lavished praise on the staff", "heaped scorn upon X": whom it lands on
                targets += prep_objects(verb, frozenset({"on", "upon"}))
        if not targets and lemma(verb) not in ctx.vocab.words("gathering_verbs"):
            targets += prep_objects(verb, rule.target_preps)  # not "returned to X for talks"
    manner = manner_protest(trigger, rule, ctx.vocab) if trigger.pos_ == "NOUN" else None
    if not actors and manner is not None and manner.i not in ctx.triggers:
        # "Students gathered in protest", "walked off the job in protest": whoever does the
        # act protests (an act of an event's own verb reports it, events_folds)
        actors += [h for h in subjects(manner).active if can_act(h, ctx)]
    if not targets and trigger.pos_ == "NOUN":  # "Smith goes to trial", "went on trial"
        targets += [h for h in _brought_to(trigger, rule, ctx) if h not in actors]
    owner = _under(trigger) if not targets and trigger.pos_ == "NOUN" else None
    if owner is not None:
        # "Palin appointee under federal indictment", "the official under investigation",
        # "the mayor was under investigation": the one the phrase is on undergoes the act
        if agentive_phrase(owner, ctx) or people_noun(owner, ctx):
            # ("remains under investigation": the subject read as the doer is under it)
            actors = [a for a in actors if a.i != owner.i]
            targets.append(owner)
        if not actors and trigger.head.head.pos_ in VERB_POS | {"AUX"}:
            # "came under attack by rebels", the "by" hung on the verb: the rebels attack
            by = prep_objects(trigger.head.head, frozenset({"by"}))
            actors += [p for p in by if agentive_phrase(p, ctx) and not _means(p, ctx)]
    if not targets and trigger.pos_ == "NOUN":
        targets += struck_by_measure(trigger, rule, ctx)
    if not targets:
        targets += named_as_target(trigger)
    eased = (object_of(trigger) or phrase_child(trigger, rule)) if rule.absorb else None
    if not actors and eased is not None:
        # an act that ends what it names is whoever imposed that's to do: "relief from US
        # sanctions" is the US's to give
        actors += _entity_modifiers(eased, ctx)
    return actors, targets


def _member(tok: Token, rule: Rule, act: Token, ctx: Context) -> bool:
    """An "of"-object that does the act: a party for an act of its rule's own doers ("a
    strike of dock workers"), also people or a body named by a common noun for a meeting
    ("a meeting of the top campaign staff", "a session of the committee")."""
    if agentive_phrase(tok, ctx):
        return True
    meeting = not rule.of_actor and lemma(act) in ctx.vocab.words("member_meeting_nouns")
    staff = tok.tag_ in ("NN", "NNS") and lemma(tok) in ctx.vocab.words("staff_nouns")
    return meeting and (people_noun(tok, ctx) or _body_of_people(tok, ctx) or staff)


def _movers_for_movement(targets: list[Token], actors: list[Token], ctx: Context) -> list[Token]:
    """A movement noun no rule makes an act, as a target, stands for those it says move
    ("celebrated the safe departure from the embassy of the patriots": the patriots, was the
    departure; "welcomed the return of the hostages"). A demanded movement is left to the
    demand (its mover is what is asked for). Roles 1.21.0."""
    out: list[Token] = []
    for t in targets:
        moving = movers(t, ctx) if t.i not in ctx.rules else []
        out += [m for m in moving or [t] if m not in out and m not in actors]
    return out


_CRIME_TYPES = frozenset({"ASSAULT", "COERCE"})
_OFFENCE_PREPS = frozenset({"of", "for"})


def _convicted_doers(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Who was convicted of a crime an act noun tells, in the conviction's "of"/"for" phrase
    or one inside it: its doer, as the court found ("Orozco was convicted of first-degree
    murder for the slaying of Ortiz", "Lopez's conviction for the murder of Horton"). A
    charge or an arrest only alleges it: "charged with the murder of X" names no doer. Roles
    1.21.0."""
    if rule.type not in _CRIME_TYPES or trigger.pos_ != "NOUN":
        return []
    tok = trigger
    for _ in range(3):
        if tok.dep_ != "pobj" or lemma(tok.head) not in _OFFENCE_PREPS:
            return []
        tok = tok.head.head
        if tok.dep_ == "npadvmod" or (tok.pos_ == "ADJ" and tok.head.i in ctx.rules):
            tok = tok.head  # "convicted March 20 of ...", "found X guilty of ..."
        court = ctx.rules.get(tok.i)
        if court is not None and court.mode == "convict":
            found = _argument_heads(tok, court, ctx)[1]
            return [t for t in found if can_act(t, ctx) or people_noun(t, ctx)]
        if court is None or court.type not in _CRIME_TYPES:
            return []  # only through another crime ("murder for the slaying of X")
    return []


def _brought_to(noun: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Who goes to or on a custody act a noun names ("Smith goes to trial", "the former mayor
    went on trial", "came to trial"): the subject undergoes it, as one who stands trial
    does; a thing going to trial ("the case") is none. Roles 1.21.0."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or lemma(prep) not in ("to", "on")
        or rule.mode not in ctx.vocab.words("custody_modes")
        or lemma(prep.head) not in ("go", "come")
    ):
        return []
    heads = [c for c in prep.head.children if c.dep_ == "nsubj"]
    return [h for h in heads if lemma(h) != "it" and (can_act(h, ctx) or people_noun(h, ctx))]


def _weapon_used(noun: Token, rule: Rule, ctx: Context) -> bool:
    """A weapon an attack's relative clause is on is what it was done with ("the gun I shot
    is the gun that killed her"), not whom it struck (weapon_nouns, roles 1.21.0)."""
    return rule.type == "ASSAULT" and lemma(noun) in ctx.vocab.words("weapon_nouns")


def _identified_act(verb: Token, link: str, subject: Token) -> bool:
    """A demonstrative subject of "be" whose complement is an act noun ("This was an
    assassination of a deputy", "That was a brutal attack"): what the act is said to be, the
    act told again, not its doer (an "it" is left to the pronoun rules, which keep it from
    the actors but let the act count as told of someone: "It was the worst violence")."""
    return link == "attr" and lemma(verb) == "be" and subject.lower_ in _DEMONSTRATIVES


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _carried_out_in_relative(clause: Token, ctx: Context) -> bool:
    """A passive relative clause on an act noun whose verb carries the act out ("the attack,
    which was claimed by the rebels", "a raid that was staged by masked men";
    `execution_verbs`): its "by"-agent did the act, as in "the attack was carried out by X"."""
    return (
        clause.dep_ == "relcl"
        and lemma(clause) in ctx.vocab.words("execution_verbs")
        and any(c.dep_ == "auxpass" for c in clause.children)
    )


def _state_in_custody(verb: Token, rule: Rule, ctx: Context) -> bool:
    """A custody noun in the "in"/"under" phrase of a verb of state (`state_verbs`) is the
    state its subject is in ("remains under arrest"); a refuge sought is not undergone."""
    modes = ctx.vocab.words("custody_modes") - ctx.vocab.words("refuge_modes")
    return rule.mode in modes and lemma(verb) in ctx.vocab.words("state_verbs")


def attributive_participle(trigger: Token, vocab: Vocab) -> Token | None:
    """The people a present participle describes when the parser made it the complement of
    a verb that needs someone addressed and has no object of its own ("the minister told
    visiting diplomats that ...", "greeted protesting farmers"): the participle is an
    adjective on its bare "object", and those people are who do it."""
    verb = trigger.head
    if not (
        trigger.tag_ == "VBG"
        and trigger.dep_ in ("xcomp", "amod")
        and trigger.i == verb.i + 1
        and lemma(verb) in vocab.words("addressee_verbs")
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    ):
        return None
    objects = [c for c in trigger.children if c.dep_ == "dobj" and c.i > trigger.i]
    if len(objects) != 1:
        return None
    noun = objects[0]
    bare = not any(c.dep_ in ("det", "poss") for c in noun.children)
    people = noun.tag_ == "NNS" and lemma(noun) in (
        vocab.words("actor_nouns") | vocab.words("person_nouns")
    )
    return noun if bare and people else None


# prepositions of a place or a medium an act happens in or on ("on Twitter", "in Gaza")
_SETTING_PREPS = frozenset({"on", "in", "at", "via", "through", "across"})


def _setting_participle(trigger: Token, ctx: Context) -> Token | None:
    """The verb whose doer does a present participle the parser hung on the object of its
    place or medium phrase ("she wrote on Facebook accusing X", "shelled Gaza City, in
    the south, killing 12"): a platform or a place does not act; people there may ("fired
    on protesters chanting slogans"), so an object naming people keeps the participle."""
    noun = trigger.head
    prep = noun.head
    if not (
        trigger.dep_ == "acl"
        and trigger.tag_ == "VBG"
        and noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in _SETTING_PREPS
        and prep.head.pos_ in VERB_POS
        and prep.head.i < trigger.i
    ):
        return None
    if noun.pos_ == "PRON" or entity_at(noun, ctx) in ("PERSON", "NORP"):
        return None
    if lemma(noun) in ctx.vocab.words("actor_nouns") or people_noun(noun, ctx):
        return None
    if not subjects(prep.head).active:
        return None
    return prep.head


def _names_a_doer(noun: Token, ctx: Context) -> bool:
    """The noun itself, or a name modifying it, names who acts ("troops", "an official Syrian
    newspaper"); an event noun stands for its parties ("fighting killing 12"). Not a thing
    whose only names are its possessor or words coordinated with it ("Myanmar's ... power,
    ..., Win Myint and dozens of leaders")."""
    if noun.i in ctx.triggers or is_agentive(noun, ctx) or people_noun(noun, ctx):
        return True
    named = ("PERSON", "ORG", "GPE", "NORP")
    return any(c.dep_ in ("amod", "compound") and entity_at(c, ctx) in named for c in noun.children)


def _placed(verb: Token, ctx: Context, rule: Rule | None = None) -> list[Token]:
    """The direct object of a verb that puts it into a state ("moved X to house arrest"), if
    it names someone (not "spent 15 of the years under house arrest"); a verb of banishing
    sends only people into exile ("drove the poet into exile": `banishing_verbs`)."""
    banished = (
        rule is not None
        and rule.mode in ctx.vocab.words("banished_modes")
        and lemma(verb) in ctx.vocab.words("banishing_verbs")
    )
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and not names_time(c)
        and (banished or c.pos_ == "PROPN" or agentive_phrase(c, ctx))
    ]


def _made_by_participle(noun: Token) -> bool:
    """A noun a past participle describes the making of: "a promise made to the opposition",
    "the offer extended by X"."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children)


def _scene_of_attack(modifier: Token, rule: Rule | None, ctx: Context) -> bool:
    """ "three Atlanta attacks", "a Birmingham, Ala., abortion clinic": a city or a region
    named on an attack's noun, or on the place it struck, tells where it was; only a country
    or its capital, standing for a state, can have done it ("US strikes", "Moscow's
    attacks"). Roles 1.13.0.

    A protest is made by people, not by a state: a city named on its noun tells where it
    was, a capital too ("the Athens demonstration", "the Cairo protests", "a Moscow rally");
    only a country's own name may be the state protesting ("US protests"). Roles 1.14.0.

    So with a meeting its members hold: a city or region named on its noun tells where it
    was held ("a Florida meeting of the campaign staff", "the Geneva summit"). Roles 1.21.0."""
    if rule is None or entity_at(modifier, ctx) != "GPE":
        return False
    meeting = lemma(modifier.head) in ctx.vocab.words("member_meeting_nouns")
    if rule.type not in ("ASSAULT", "PROTEST") and not (meeting and rule.type == "CONSULT"):
        return False
    found = mentions_in(modifier.idx, modifier.idx + len(modifier), ctx)
    if rule.type != "ASSAULT":
        return bool(found) and not is_country_name(found[0].text)
    return bool(found) and not is_place_name(found[0].text)


def _entity_modifiers(noun: Token, ctx: Context, rule: Rule | None = None) -> list[Token]:
    """A state, people or organisation named as a noun's modifier ("US sanctions"), also
    before the noun's adjectives, where the parser makes it a nominal modifier ("the US
    economic and political embargo"; roles 1.20.0), but not for aid, which a name before
    its adjectives as often receives ("Ukraine military aid"; `recipient_modified_types`)."""
    nominal = rule is None or rule.type.lower() not in ctx.vocab.words("recipient_modified_types")
    return [
        c
        for c in noun.children
        if (c.dep_ in ("compound", "amod") or (nominal and c.dep_ == "nmod" and c.i < noun.i))
        and entity_at(c, ctx) in ("NORP", "GPE", "ORG")
    ]


def _force_modifiers(noun: Token, ctx: Context) -> list[Token]:
    """A security force or authority named by a word modifying an act noun ("a police raid",
    "an army offensive"; data: force_roles), unless a word naming a substance modifies it ("a
    nerve agent poisoning"; substance_modifiers). A doer noun keeps its own words: "army
    snipers" are the doers, not the army."""
    if noun.pos_ != "NOUN" or lemma(noun) in ctx.vocab.words("actor_nouns"):
        return []
    forces = [words for name, words in ctx.vocab.roles if name in ctx.vocab.words("force_roles")]
    substance = ctx.vocab.words("substance_modifiers")  # "a nerve agent poisoning": the means
    return [
        c
        for c in noun.children
        if c.dep_ == "compound"
        and any(lemma(c) in w or c.lower_ in w for w in forces)
        and not any(lemma(m) in substance for m in c.children if m.dep_ in ("compound", "amod"))
    ]


def _event_doers(heads: list[Token], ctx: Context) -> list[Token]:
    """An event noun as a verb's subject or agent stands for its own parties ("fighting
    between troops and rebels killed 12": the troops and the rebels; "the attack by X
    wounded Y": X). Without named parties it stays ("a car bomb killed 20")."""
    out: list[Token] = []
    for head in heads:
        rule = ctx.rules.get(head.i)
        nominal = head.pos_ == "NOUN" or head.tag_ == "VBG"  # "Fighting between X and Y"
        if rule is None or not nominal or rule.type == "NONE" or _doer_noun(head, ctx):
            out.append(head)
            continue
        own_actors, own_targets = _argument_heads(head, rule, ctx)
        mutual = own_targets if lemma(head) in ctx.vocab.words("mutual_nouns") else []
        parties = [t for t in own_actors + mutual if agentive_phrase(t, ctx)]
        out += parties or [head]
    return out


def _doer_noun(noun: Token, ctx: Context) -> bool:
    """An event noun that names the people doing it, by a role or a word for people
    ("Chavista police snipers", "gunmen"): they are the doers, with every word of their
    phrase, not the parties of an act ("Chavista" alone)."""
    if noun.tag_ not in ("NN", "NNS") or people_noun(noun, ctx):
        return noun.tag_ in ("NN", "NNS")
    low = lemma(noun)
    return any(low in words or noun.lower_ in words for _, words in ctx.vocab.roles)


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
    for event in expand(prep_objects(trigger, preps)):
        own = ctx.rules.get(event.i)
        if not (
            (own is not None and own.type.lower() in types)
            or (own is None and lemma(event) in ctx.vocab.words("operation_nouns"))
        ):
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
            and not _scene_of_attack(c, rule, ctx)
        ]
        parties = parties or [p for p in prep_objects(event, frozenset({"by"}))]
        if parties:
            return parties
    return []


def _headline_passive(verb: Token, ctx: Context) -> bool:
    """A verb that takes its object and then a "with"-phrase ("threatened X with arrest")
    written with a subject, no object and an act in the "with"-phrase is a passive whose
    "be" a headline left out ("Journalists threatened with arrest"; `with_passive_verbs`)."""
    if verb.pos_ not in VERB_POS or lemma(verb) not in ctx.vocab.words("with_passive_verbs"):
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or deps & {"dobj", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp"}:
        return False
    return any(w.i in ctx.rules for w in prep_objects(verb, frozenset({"with"})))


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
            out += [d for d in _argument_heads(act, rule, ctx)[0] if agentive_phrase(d, ctx)]
    return out


def _sides_on_verb(trigger: Token, ctx: Context) -> list[Token]:
    """The sides of a meeting noun the parser left out of its "between"-phrase, hung on the
    verb the noun is the subject of ("Talks resumed between Norland and Vesta on Monday"):
    two or more parties that can act; else none."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("mutual_meetings"):
        return []
    if trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.head.pos_ not in VERB_POS:
        return []
    sides = expand(prep_objects(trigger.head, frozenset({"between"})))
    if len(sides) < 2 or not all(agentive_phrase(s, ctx) for s in sides):
        return []
    return sides


def _between_sides(trigger: Token, targets: list[Token], ctx: Context) -> bool:
    """A meeting noun's parties named only together in its "between"-phrase ("talks between
    the club and the player's agents"): each side meets the other (`mutual_meetings`)."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("mutual_meetings"):
        return False
    between = {p.i for p in expand(prep_objects(trigger, frozenset({"between"})))}
    if trigger.dep_ in ("nsubj", "nsubjpass"):  # the phrase hung on its verb (_sides_on_verb)
        between |= {p.i for p in expand(prep_objects(trigger.head, frozenset({"between"})))}
    return len(between) >= 2 and bool(targets) and all(t.i in between for t in targets)


def _meeting_host(trigger: Token, rule: Rule, targets: list[Token], ctx: Context) -> list[Token]:
    """Who met, when a meeting noun with its other party named is the time or occasion of a
    clause ("announced the deal during a meeting with X", "at talks with X, the minister
    said"): the clause's subject took part (`occasion_preps`)."""
    if rule.type != "CONSULT" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return []
    if lemma(trigger.head) not in ctx.vocab.words("occasion_preps") or not targets:
        return []
    if not prep_objects(trigger, frozenset({"with"})):
        return []
    verb = trigger.head.head
    if verb.pos_ not in VERB_POS:
        return []
    subj = subjects(verb)
    return [h for h in subj.active if can_act(h, ctx) and h not in targets]


def _involved(verb: Token, trigger: Token, ctx: Context) -> bool:
    """ "involved in" an act of force (`involved_types`): whom the passive tells of took part
    in it ("the officers involved in the shooting"), not undergone it."""
    rule = ctx.rules.get(trigger.i)
    return (
        lemma(verb) == "involve"
        and rule is not None
        and rule.type.lower() in ctx.vocab.words("involved_types")
    )


def _under(noun: Token) -> Token | None:
    """Who is under the act the noun names: the noun an "under" phrase is on ("a man under
    arrest"), or the subject of a verb of state it completes ("the mayor was under
    investigation", "remains under indictment", "came under attack") or of the clause it
    is set on ("while under investigation for bribing the police, he ..."; roles 1.21.0)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under":
        return None
    if prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN"):
        return prep.head
    state = prep.dep_ == "prep" and lemma(prep.head) in _UNDER_STATE_VERBS
    fronted = any(lemma(c) in ("while", "when") for c in prep.children)  # "While under arrest"
    if not (state or fronted or prep.dep_ == "advcl"):
        return None
    subject = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subject[0] if subject else None


# Verbs whose subject is in the state an "under" phrase names ("was under arrest").
_UNDER_STATE_VERBS = frozenset({"be", "remain", "stay", "come", "fall", "go", "live"})


_NO_ONE = frozenset({"nobody", "no-one", "noone"})


def _no_one(tok: Token) -> bool:
    """ "No one was injured", "nobody was arrested": the pronoun names no participant (the
    act is negated, events_modality); also "No-one" split by the tokenizer ("No", "-",
    "one")."""
    if tok.lower_ in _NO_ONE:
        return True
    before = [t.lower_ for t in tok.doc[max(tok.i - 2, 0) : tok.i]]
    return tok.lower_ == "one" and (before[-1:] == ["no"] or before == ["no", "-"])


def _demanded_move(tok: Token, ctx: Context) -> Token | None:
    """The movement noun naming who moves ("Elian's return", "the return of the boy") that
    a demand's target is, or whose mover it is: the object of the demand, whose mover is no
    party it is made of."""
    noun = tok
    if tok.dep_ == "poss" or (tok.dep_ == "pobj" and lemma(tok.head) == "of"):
        noun = tok.head if tok.dep_ == "poss" else tok.head.head
    if noun.pos_ != "NOUN" or lemma(noun) not in ctx.vocab.words("movement_nouns"):
        return None
    movers = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, frozenset({"of"}))
    return noun if movers and (noun is tok or tok in movers) else None


def _given_to(verb: Token, trigger: Token, ctx: Context) -> list[Token]:
    """Whom a giving verb hands the act it takes as object (`recipient_verbs`): the subject
    of its passive ("X was given two life sentences", "was granted asylum") or a person
    object the parser set before it ("the court handed X a sentence")."""
    if lemma(verb) not in ctx.vocab.words("recipient_verbs"):
        return []
    passive = [h for h in subjects(verb).passive if h.i != trigger.i]
    if passive:
        return passive
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.i < trigger.i
        and c.i not in ctx.triggers
        and agentive_phrase(c, ctx)
    ]


def _up_to_objects(verb: Token) -> list[Token]:
    """The object of "kidnapped up to 16 advisers", which the parser reads as the particle
    "up" with a "to"-phrase: a counted noun in that phrase."""
    return [
        p
        for prt in verb.children
        if prt.dep_ == "prt" and prt.lower_ == "up"
        for p in prep_objects(prt, frozenset({"to"}))
        if any(c.dep_ == "nummod" for c in p.children)
    ]


def past_time(token: Token, ctx: Context) -> Token:
    """A name the parser folded into a following time word ("met with President X Tuesday":
    "Tuesday" heads "President X") stands for the argument, not the time word."""
    if token.ent_type_ not in TIME_ENTS or token.i == 0:
        return token
    prev = token.doc[token.i - 1]
    if (
        prev.dep_ == "compound"
        and prev.head.i == token.i
        and entity_at(prev, ctx)
        in (
            "PERSON",
            "ORG",
            "GPE",
            "NORP",
        )
    ):
        return prev
    return token


_GIVER_PREPS = frozenset({"from", "by"})


def _participle_noun(trigger: Token, ctx: Context) -> Token | None:
    """The noun a participle right after it modifies when the parser attached the participle
    as a clause of its own ("was among five citizens freed, officials said"): the verb has
    no subject, auxiliary or object of its own and follows an actor noun."""
    if trigger.tag_ not in ("VBN", "VBD") or trigger.dep_ not in ("advcl", "conj", "dep"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in trigger.children):
        return None
    if trigger.i == 0:
        return None
    prev = trigger.doc[trigger.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.i not in {t.i for t in trigger.head.subtree}:
        return None
    # a group ("seven artists") or a word naming an actor; not "returned home, freed"
    return prev if prev.tag_ in ("NNS", "NNPS") or agentive_phrase(prev, ctx) else None


def _means(noun: Token, ctx: Context) -> bool:
    """A bare singular common noun after a noun's "by" tells how, not who: "followed the
    hearing by video", "a vote by mail"; not an actor word, "an attack by police"."""
    return (
        noun.tag_ == "NN"
        and not noun.ent_type_
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
        and not is_agentive(noun, ctx)
        and lemma(noun) not in ctx.vocab.words("collective_nouns")
    )
