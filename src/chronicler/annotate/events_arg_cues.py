"""Cues on a trigger's words that the argument readers of events_args consult: shapes of
the parse that say who stands where around an act (a participle on its noun, a weapon used,
a meeting's host, who is "under" an act, a sentence's sides, a time in the past), each a
small test on tokens. Split from events_args, which reads the actors and targets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import (
    RELATIVE,
    TIME_ENTS,
    Context,
    agentive_phrase,
    can_act,
    entity_at,
    is_agentive,
    names_party,
    names_time,
    people_noun,
    relative_head,
)
from chronicler.annotate.events_match import VERB_POS, phrase_child, to_infinitive
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_targets import movers
from chronicler.annotate.events_vocab import Rule, Vocab, lemma, word_in

if TYPE_CHECKING:
    from spacy.tokens import Token


# Clauses a verb of estimating takes after its object, set off inside the estimate.
_SET_IN_CLAUSES = frozenset({"advcl", "xcomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def estimated_at(verb: Token, ctx: Context) -> bool:
    """ "Police put the march at 30,000 people", "organisers estimated the rally at 100,000":
    who puts an event's size at a number counts it, no party to it (`estimating_verbs`;
    vocabulary 1.292.0); also where the parser hangs the "at" on a clause set inside the
    estimate, and for a clause with no subject of its own so set, which tells of the event
    counted ("Police put the march, to mark a strike, at 30,000": the police neither march
    nor strike; roles 1.92.0)."""
    top = verb
    for _ in range(3):
        if lemma(top) in ctx.vocab.words("estimating_verbs"):
            break
        if top.dep_ not in _SET_IN_CLAUSES or any(c.dep_ in _SUBJECT_DEPS for c in top.children):
            return False
        top = top.head
    else:
        return False
    if lemma(top) not in ctx.vocab.words("estimating_verbs"):
        return False
    clauses = [top, *(t for t in top.subtree if _set_in(t, top))]
    return any(t.like_num for c in clauses for p in prep_objects(c, _AT) for t in p.subtree)


_AT = frozenset({"at"})


def _set_in(clause: Token, top: Token) -> bool:
    """The clause hangs on `top` through clauses only ("held to mark the strike")."""
    tok = clause
    for _ in range(3):
        if tok.dep_ not in _SET_IN_CLAUSES or tok.pos_ != "VERB":
            return False
        if tok.head.i == top.i:
            return True
        tok = tok.head
    return False


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


def force_moved(tok: Token, trigger: Token, rule: Rule, ctx: Context) -> bool:
    """A force that a passive verb of moving forces says was moved, with no one named moving
    it ("Indian troops were deployed to the border", "the army could be deployed in the
    capital"), or the noun its participle describes ("Warship Sukanya, deployed on patrols"),
    a force by its noun or by the one naming it ("the frigate Almirante")."""
    told = (tok.dep_ == "nsubjpass" and tok.head.i == trigger.i) or (
        trigger.dep_ == "acl" and trigger.tag_ in ("VBN", "VBD") and tok.i == trigger.head.i
    )
    # a craft with its crew moves as a force does ("More than 20 coastguard vessels were
    # mobilised to give chase": their own move, were the target; roles 1.198.0)
    forces = ctx.vocab.words("own_force_nouns") | ctx.vocab.words("crewed_craft")
    named = [c for c in tok.children if c.dep_ == "compound"] if tok.pos_ == "PROPN" else []
    # a count of a force ("Thousands of troops were deployed"; roles 1.198.0)
    counted = [o for p in tok.children if lemma(p) == "of" for o in p.children if o.dep_ == "pobj"]
    return (
        rule.type.lower() in ctx.vocab.words("moved_force_types")
        and told
        and any(lemma(t) in forces for t in (tok, *named, *counted))
    )


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


def custody_act(noun: Token, ctx: Context) -> bool:
    """A noun telling a custody act of a rule's own (a trial, a charge, a conviction)."""
    rule = ctx.rules.get(noun.i)
    return rule is not None and rule.mode in ctx.vocab.words("custody_modes")


def small_clause_subjects(word: Token) -> list[Token]:
    """The subject of an adjective completing a verb's phrase as its clause ("found X
    guilty", X the adjective's subject in the parse): the one the verb's act is done to."""
    if word.pos_ != "ADJ" or word.dep_ not in ("ccomp", "xcomp", "oprd", "acomp"):
        return []
    return [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]


def body_of_people(tok: Token, ctx: Context) -> bool:
    """A common noun for a body of people no role lists ("the delegation", "a trade
    mission", "the committee"): it can be met, welcomed or attacked itself."""
    return tok.tag_ in ("NN", "NNS") and lemma(tok) in ctx.vocab.words("collective_nouns")


def question_clause_subjects(targets: list[Token], ctx: Context) -> list[Token]:
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
            if c.dep_ in ("nsubj", "nsubjpass") and names_party(c, ctx) and c not in out
        ]
    return out


def complementizer(tok: Token, ctx: Context) -> bool:
    """A "that" the parser read as the object of the verb whose subject follows it ("tells
    the paper that she fought with the man"): it opens the clause, it names no one."""
    return (
        tok.lower_ == "that"
        and tok.dep_ == "dobj"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i for c in tok.head.children)
        # "the man that police arrested": a relative "that" stands for its noun (roles 1.135.0),
        # but not on the one told ("tells the paper that she fought": the clause is what was
        # told; events-roles 1.139.0)
        and not (tok.tag_ == "WDT" and tok.head.dep_ == "relcl" and not _told(tok.head.head, ctx))
    )


def _told(noun: Token, ctx: Context) -> bool:
    """The object of a verb of telling someone something (`addressee_verbs`)."""
    return noun.dep_ in ("dobj", "dative") and lemma(noun.head) in ctx.vocab.words(
        "addressee_verbs"
    )


def relative_that(clause: Token, ctx: Context) -> bool:
    """A relative clause on a noun naming people or a group opened by a "that" the tagger read
    as a complementizer ("the activist that the troops detained"): a doer has no content
    clause, so the noun fills the clause's gap (roles 1.135.0)."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return (
        clause.dep_ == "relcl"
        and bool(marks)
        and all(m.lower_ == "that" for m in marks)
        and names_a_doer(clause.head, ctx)
    )


def names_charge(tok: Token, ctx: Context) -> bool:
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


def listed_offence(tok: Token, trigger: Token, ctx: Context) -> bool:
    """An offence coordinated after the object of a plotted act is one more charge in the
    list, no one the act is aimed at ("charged with conspiracy to murder two officers, arson
    and robbery", "guilty of conspiracy to murder rivals, racketeering and other charges":
    the officers, the rivals; no arson, racketeering or charges). A plotted act is the
    to-infinitive of an offence noun ("conspiracy", "plot"); an offence word that is also a
    thing ("weapons", "drugs": `offence_things`) stays (vocabulary 1.273.0)."""
    if tok.dep_ != "conj" or tok.pos_ != "NOUN":
        return False
    if not (trigger.dep_ == "acl" and to_infinitive(trigger)):
        return False
    offences = ctx.vocab.words("offence_heads") | ctx.vocab.words("charge_generic")
    if lemma(trigger.head) not in offences:
        return False
    return lemma(tok) in offences - ctx.vocab.words("offence_things")


def stative_participle(trigger: Token, rule: Rule) -> bool:
    """A participle the rule lists as an adjective of stance ("opposed", "committed"),
    used without an agent: "X is opposed to Y" states X's stance, it is no passive."""
    return (
        trigger.pos_ in VERB_POS
        and trigger.tag_ == "VBN"
        and trigger.lower_ in rule.adjs
        and not any(c.dep_ == "agent" for c in trigger.children)
    )


def member_of_act(tok: Token, rule: Rule, act: Token, ctx: Context) -> bool:
    """An "of"-object that does the act: a party for an act of its rule's own doers ("a
    strike of dock workers"), also people or a body named by a common noun for a meeting
    ("a meeting of the top campaign staff", "a session of the committee")."""
    if agentive_phrase(tok, ctx):
        return True
    meeting = not rule.of_actor and lemma(act) in ctx.vocab.words("member_meeting_nouns")
    staff = tok.tag_ in ("NN", "NNS") and lemma(tok) in ctx.vocab.words("staff_nouns")
    return meeting and (people_noun(tok, ctx) or body_of_people(tok, ctx) or staff)


def movers_for_movement(targets: list[Token], actors: list[Token], ctx: Context) -> list[Token]:
    """A movement noun no rule makes an act, as a target, stands for those it says move
    ("celebrated the safe departure from the embassy of the patriots": the patriots, was the
    departure; "welcomed the return of the hostages"). A demanded movement is left to the
    demand (its mover is what is asked for). Roles 1.21.0."""
    out: list[Token] = []
    for t in targets:
        moving = movers(t, ctx) if t.i not in ctx.rules else []
        out += [m for m in moving or [t] if m not in out and m not in actors]
    return out


def brought_to(noun: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Who goes to or on a custody act a noun names ("Smith goes to trial", "the former mayor
    went on trial", "came to trial"): the subject undergoes it, as one who stands trial
    does; a thing going to trial ("the case") is none. Roles 1.21.0."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or lemma(prep) not in ("to", "on")
        or rule.mode not in ctx.vocab.words("custody_modes")
        or lemma(prep.head) not in ("go", "come", "be", "remain")  # "is on trial" (1.115.1)
    ):
        return []
    heads = [c for c in prep.head.children if c.dep_ == "nsubj"]
    return [h for h in heads if lemma(h) != "it" and (can_act(h, ctx) or people_noun(h, ctx))]


def weapon_used(noun: Token, rule: Rule, ctx: Context) -> bool:
    """A weapon an attack's relative clause is on is what it was done with ("the gun I shot
    is the gun that killed her"), not whom it struck (weapon_nouns, roles 1.21.0)."""
    return rule.type == "ASSAULT" and lemma(noun) in ctx.vocab.words("weapon_nouns")


def identified_act(verb: Token, link: str, subject: Token) -> bool:
    """A demonstrative subject of "be" whose complement is an act noun ("This was an
    assassination of a deputy", "That was a brutal attack"): what the act is said to be, the
    act told again, not its doer (an "it" is left to the pronoun rules, which keep it from
    the actors but let the act count as told of someone: "It was the worst violence")."""
    return link == "attr" and lemma(verb) == "be" and subject.lower_ in _DEMONSTRATIVES


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def carried_out_in_relative(clause: Token, ctx: Context) -> bool:
    """A passive relative clause on an act noun whose verb carries the act out ("the attack,
    which was claimed by the rebels", "a raid that was staged by masked men";
    `execution_verbs`): its "by"-agent did the act, as in "the attack was carried out by X"."""
    return (
        clause.dep_ == "relcl"
        and lemma(clause) in ctx.vocab.words("execution_verbs")
        and any(c.dep_ == "auxpass" for c in clause.children)
    )


def state_in_custody(verb: Token, rule: Rule, ctx: Context) -> bool:
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


def setting_participle(trigger: Token, ctx: Context) -> Token | None:
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


def names_a_doer(noun: Token, ctx: Context) -> bool:
    """The noun itself, or a name modifying it, names who acts ("troops", "an official Syrian
    newspaper"); an event noun stands for its parties ("fighting killing 12"), a crewed craft
    for its crew ("boats targeting the vessels"). Not a thing whose only names are its
    possessor or words coordinated with it ("Myanmar's ... power, ..., Win Myint and dozens
    of leaders")."""
    if noun.i in ctx.triggers or is_agentive(noun, ctx) or people_noun(noun, ctx):
        return True
    if lemma(noun) in ctx.vocab.words("crewed_craft"):
        return True
    if lemma(noun) in ctx.vocab.words("band_heads") or noun.lower_ in ctx.vocab.words(
        "band_heads"
    ):  # "gangs of youths hurling petrol bombs", "hundreds of youths, hurling ..." (1.273.0)
        of = [g for c in noun.children if c.dep_ == "prep" and lemma(c) == "of" for g in c.children]
        if any(g.dep_ == "pobj" and (people_noun(g, ctx) or is_agentive(g, ctx)) for g in of):
            return True
    named = ("PERSON", "ORG", "GPE", "NORP")
    return any(c.dep_ in ("amod", "compound") and entity_at(c, ctx) in named for c in noun.children)


def placed_on(verb: Token, ctx: Context, rule: Rule | None = None) -> list[Token]:
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


def made_by_participle(noun: Token) -> bool:
    """A noun a past participle describes the making of: "a promise made to the opposition",
    "the offer extended by X"."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children)


def doer_noun(noun: Token, ctx: Context) -> bool:
    """An event noun that names the people doing it, by a role or a word for people
    ("Chavista police snipers", "gunmen"): they are the doers, with every word of their
    phrase, not the parties of an act ("Chavista" alone)."""
    if noun.tag_ not in ("NN", "NNS") or people_noun(noun, ctx):
        return noun.tag_ in ("NN", "NNS")
    low = lemma(noun)
    return any(low in words or noun.lower_ in words for _, words in ctx.vocab.roles)


def headline_passive(verb: Token, ctx: Context) -> bool:
    """A verb that takes its object and then a "with"-phrase ("threatened X with arrest")
    written with a subject, no object and an act in the "with"-phrase is a passive whose
    "be" a headline left out ("Journalists threatened with arrest"; `with_passive_verbs`)."""
    if verb.pos_ not in VERB_POS or lemma(verb) not in ctx.vocab.words("with_passive_verbs"):
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or deps & {"dobj", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp"}:
        return False
    return any(w.i in ctx.rules for w in prep_objects(verb, frozenset({"with"})))


def involved_in(verb: Token, trigger: Token, ctx: Context) -> bool:
    """ "involved in" an act of force (`involved_types`), or "locked", "embroiled", "engaged"
    in it (`involved_verbs`): whom the passive tells of took part in it ("the officers
    involved in the shooting", "rebels are locked in a battle with the army"), not undergone
    it."""
    rule = ctx.rules.get(trigger.i)
    return (
        lemma(verb) in ctx.vocab.words("involved_verbs")
        and rule is not None
        and rule.type.lower() in ctx.vocab.words("involved_types")
    )


def under_act(noun: Token) -> Token | None:
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


def no_one(tok: Token) -> bool:
    """ "No one was injured", "nobody was arrested": the pronoun names no participant (the
    act is negated, events_modality); also "No-one" split by the tokenizer ("No", "-",
    "one")."""
    if tok.lower_ in _NO_ONE:
        return True
    before = [t.lower_ for t in tok.doc[max(tok.i - 2, 0) : tok.i]]
    return tok.lower_ == "one" and (before[-1:] == ["no"] or before == ["no", "-"])


def demanded_move(tok: Token, ctx: Context) -> Token | None:
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


def given_to(verb: Token, trigger: Token, ctx: Context) -> list[Token]:
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


def up_to_objects(verb: Token) -> list[Token]:
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


def participle_noun(trigger: Token, ctx: Context) -> Token | None:
    """The noun a participle right after it modifies when the parser attached the participle
    as a clause of its own ("was among five citizens freed, officials said"): the verb has
    no subject, auxiliary or object of its own and follows an actor noun. Also one set off
    by a comma right after a name in apposition, which the parser hung on a noun before it or
    on the verb ("a plea deal on behalf of his son, Andrew, also convicted of fraud": Andrew,
    was the deal; roles 1.132.0)."""
    if trigger.tag_ not in ("VBN", "VBD") or trigger.dep_ not in ("advcl", "conj", "dep", "acl"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in trigger.children):
        return None
    start = trigger.left_edge.i
    if start >= 2 and trigger.doc[start - 1].text == ",":
        named = trigger.doc[start - 2]
        if named.dep_ == "appos" and named.pos_ == "PROPN" and named.head.i != trigger.head.i:
            return named
    if trigger.dep_ == "acl":
        return None
    if trigger.i == 0:
        return None
    prev = trigger.doc[trigger.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.i not in {t.i for t in trigger.head.subtree}:
        return None
    # a group ("seven artists") or a word naming an actor; not "returned home, freed"
    return prev if prev.tag_ in ("NNS", "NNPS") or agentive_phrase(prev, ctx) else None


def means_noun(noun: Token, ctx: Context) -> bool:
    """A bare singular common noun after a noun's "by" tells how, not who: "followed the
    hearing by video", "a vote by mail"; not an actor word, "an attack by police"."""
    return (
        noun.tag_ == "NN"
        and not noun.ent_type_
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
        and not is_agentive(noun, ctx)
        and lemma(noun) not in ctx.vocab.words("collective_nouns")
    )


_ONE_PERSON_PRONOUNS = frozenset({"his", "her"})


def owned_victim(owner: Token, noun: Token, ctx: Context) -> bool:
    """The one person owning a singular noun of a killing with no "of"-object is its victim,
    since a person is killed once ("Slepian's slaying", "his murder"), and so is one told by a
    singular common noun for a person ("the boy's shooting", "the man's killing"; vocabulary
    1.267.0); a body or several people ("the army's killings", "Pinochet's massacres", "the
    mob's killing") did the killing, as before."""
    if noun.tag_ != "NN" or lemma(noun) not in ctx.vocab.words("victim_owned_nouns"):
        return False
    if owner.pos_ == "PRON":
        return owner.lower_ in _ONE_PERSON_PRONOUNS
    if entity_at(owner, ctx) == "PERSON":
        return True
    return (
        owner.tag_ == "NN"
        and entity_at(owner, ctx) is None
        and people_noun(owner, ctx)
        and lemma(owner) not in ctx.vocab.words("collective_nouns")
    )


def judging_owner(owner: Token, rule: Rule, ctx: Context) -> bool:
    """A court, a judge or a jury owning a noun of a judgment ("The court's verdict was read",
    "the judge's sentence", "the jury's conviction"; modes of `judgment_modes`) passed it: the
    judge is its doer, not the one judged (vocab 1.270.0)."""
    return rule.mode in ctx.vocab.words("judgment_modes") and word_in(
        owner, ctx.vocab.role_words(("judiciary",))
    )


_IMPOSED_PREPS = frozenset({"to", "on", "upon"})


def imposed_on(trigger: Token, ctx: Context) -> list[Token]:
    """Those a participle of imposing on a custody act's noun says it was given to ("the
    sentences meted out to other Mafia leaders", "the sentence handed down to Smith": the
    leaders, Smith), also where the parser read the participle as a finite verb with the noun
    as its subject and no object of its own (`imposing_verbs`; roles 1.65.0)."""
    if trigger.pos_ != "NOUN" or not custody_act(trigger, ctx):
        return []
    verbs = ctx.vocab.words("imposing_verbs")
    told = [c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    head = trigger.head
    if trigger.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in head.children):
        told.append(head)
    for verb in (v for v in told if v.pos_ == "VERB" and lemma(v) in verbs):
        given = prep_objects(verb, _IMPOSED_PREPS)
        return [g for g in given if can_act(g, ctx) or people_noun(g, ctx) or is_agentive(g, ctx)]
    return []


def served_act(trigger: Token, ctx: Context) -> Token | None:
    """The verb of a phrase whose subject undergoes the act noun completing it ("serving a
    15-year sentence", "serve a life term", vocab serve-term), an event of its own: None for
    any other noun (roles 1.60.0, again in 1.65.0)."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.i not in ctx.triggers:
        return None
    rule = ctx.rules.get(verb.i)
    if rule is None or rule.subject != "target" or phrase_child(verb, rule) != trigger:
        return None
    return verb


def server_of(trigger: Token, ctx: Context) -> list[Token]:
    """The one serving a sentence is the one it was passed on ("while serving a 15-year
    sentence": he); the sentence is then dated by no time of the serving (events.py), which
    would put a sentencing on the day told of the serving (roles 1.65.0)."""
    verb = served_act(trigger, ctx)
    if verb is None:
        return []
    return [
        h
        for h in subjects(verb).active
        if h.i != trigger.i and (can_act(h, ctx) or people_noun(h, ctx) or is_agentive(h, ctx))
    ]


def means_thrown(verb: Token, ctx: Context) -> bool:
    """The verb is an act whose object is its doer's own means ("hurling petrol bombs",
    "fired rockets": a rule with `instrument_object`)."""
    rule = ctx.rules.get(verb.i)
    return rule is not None and rule.instrument_object


def court_onlooker(head: Token, rule: Rule, ctx: Context) -> bool:
    """One who awaits a trial or a verdict without being its accused: the kin of the victims,
    the victims, lawyers, the public ("families awaited the verdict"; `court_onlookers`, roles
    1.76.0)."""
    if rule.type.lower() not in ctx.vocab.words("court_types"):
        return False
    return lemma(head) in ctx.vocab.words("court_onlookers")


def record_held(verb: Token, noun: Token, ctx: Context) -> bool:
    """ "Kopp has two felony convictions", "has no prior convictions": one who has a
    conviction or a sentence underwent it, no one named doing it (`held_record_nouns`;
    vocabulary 1.291.1)."""
    return lemma(verb) == "have" and lemma(noun) in ctx.vocab.words("held_record_nouns")


def claim_rejected(tok: Token, rule: Rule, ctx: Context) -> bool:
    """A claim or a criticism rejected is what the rejection answers, no party to it ("Mr
    Ruddock rejected that criticism", "rejected criticism of the government's refugee policy":
    no target; its maker, "the UN agency's criticism", "criticism from the UN", is read as the
    target before; `rejected_claim_nouns`, roles 1.198.0)."""
    return (
        rule.type == "REJECT"
        and tok.pos_ == "NOUN"
        and lemma(tok) in ctx.vocab.words("rejected_claim_nouns")
        and not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and lemma(c) in ("from", "by"))
            for c in tok.children
        )
    )
