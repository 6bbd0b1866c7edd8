"""Senses of talk, meetings and requests that name no political event on ordinary news pages:
a question asked, a topic talked about, a view shared, a speech at a rally or a conference,
talk in general, a contest or a job talk, business talks, family and care visits, a response
met with, a game's scored meeting, talk to the press, a welcome or instructions to the reader,
advice, a trivial apology, an attitude taken, a belief refused. Each check has the signature
of events_filters' checks; split from events_senses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at, is_agentive, people_noun
from chronicler.annotate.events_addressed import inside_quotation
from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_phrases import (
    direct_objects,
    expand,
    in_direct_object,
    objects_of,
    prep_objects,
)
from chronicler.annotate.events_senses import told_score
from chronicler.annotate.events_vocab import Rule, lemma, word_in

if TYPE_CHECKING:
    from spacy.tokens import Token


_PARTY_PREPS = frozenset({"with", "to", "between", "among", "amongst"})


# Pronouns of one person.
_ONE_PERSON = frozenset({"i", "he", "she"})


# The writer with the reader ("let's talk about", "we're going to talk about").
_WRITER_AND_READER = frozenset({"we", "us", "'s", "’s"})


# Subjects that stand for one speaker, whatever the parser's number ("anyone else").
_ONE_SPEAKER = frozenset(
    {
        "i",
        "he",
        "she",
        "anyone",
        "anybody",
        "someone",
        "somebody",
        "everyone",
        "everybody",
        "nobody",
        "no one",
    }
)


def topic_talk(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "I don't see anyone online talking about this", "the senator spoke of reform",
    "Welcome to a discussion about online leadership", "let's talk about the deep end": one
    speaker on a topic, the writer with the reader, or talk on a topic with no one at it,
    meets no one, and so does one speaker discussing a topic ("the tape shows bin Laden
    discussing the success of the mission"); "the two leaders talked about trade", "talked
    with the rebels about a truce" and "talks about a truce between the parties" are
    meetings."""
    if rule.type != "CONSULT" or lemma(trigger) not in ctx.vocab.words("topic_talk_words"):
        return None
    preps = [lemma(c) for c in trigger.children if c.dep_ == "prep"]
    if _PARTY_PREPS.intersection(preps):
        return None
    discussed = _topic_discussed(trigger, ctx)
    if "about" not in preps and not discussed:
        return None
    if trigger.pos_ == "NOUN":  # ("talks about a truce" are negotiations)
        alone = trigger.tag_ == "NN" and not actors and not targets
        return "talk on a topic, no one at it" if alone else None
    if targets and not (discussed and _only_objects(trigger, targets)):
        return None
    subjects = expand([c for c in trigger.children if c.dep_ == "nsubj"] or list(actors))
    if "about" not in preps:  # a topic discussed: only by one person named ("the governor will
        # discuss developments", "a conference of OPEC to discuss oil output" may meet others)
        named = all(entity_at(s, ctx) == "PERSON" or s.lower_ in _ONE_PERSON for s in subjects)
        return "one speaker on a topic" if subjects and named else None
    if subjects and all(_one_speaker(s) for s in subjects):
        return "one speaker on a topic"
    if subjects and all(s.lower_ in _WRITER_AND_READER for s in subjects):
        # "let's talk about the deep end", "today we're going to talk about how to": the
        # writer and the reader, outside a quotation and anyone's reported words
        speech = ctx.vocab.words("attribution_verbs")
        if not inside_quotation(trigger) and not any(lemma(t) in speech for t in trigger.sent):
            return "the writer on a topic"
    return None


def _topic_discussed(trigger: Token, ctx: Context) -> bool:
    """ "bin Laden discussing the success of the mission": a verb of discussing whose object is
    a thing or an act, not a party, says what the talk was about (one person named discussing
    it meets no one) (`topic_object_verbs`;
    vocabulary 1.408.9)."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("topic_object_verbs"):
        return False
    objects = direct_objects(trigger)  # (or the noun its relative clause is on; prec43c)
    return bool(objects) and not any(entity_at(o, ctx) == "PERSON" for o in objects)


def _only_objects(trigger: Token, targets: Sequence[Token]) -> bool:
    """Every target is the verb's own object (the topic), none a party."""
    return all(in_direct_object(trigger, t) for t in targets)


def _one_speaker(head: Token) -> bool:
    if head.lower_ in _ONE_SPEAKER:
        return True
    return head.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in head.children)


def view_shared(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Many businesses agree that China has long taken advantage", "analysts agreed that the
    talks were a failure": agreeing that something is or was so shares a view, no agreement;
    "agreed that the troops would withdraw", "agreed that prisoners be exchanged" settle an
    act to come, and "agreed to"/"on" stay agreements, as "agreed with X" does without such
    a clause; "I agreed with Craig and Neil immediately that Ellen is the ideal host" shares
    their view (the clause also where the parser hangs it on an adverb; vocabulary 1.382.5)."""
    if rule.type != "AGREE" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("view_verbs"):
        return None
    if any(c.dep_ in ("xcomp", "dobj") for c in trigger.children):
        return None
    if any(c.dep_ == "prep" and lemma(c) != "with" for c in trigger.children):
        return None
    adverbs = [c for c in trigger.children if c.dep_ == "advmod"]
    clauses = [c for h in (trigger, *adverbs) for c in h.children if c.dep_ == "ccomp"]
    # (or read as an adverbial clause, marked by its "that")
    clauses += [c for c in trigger.children if c.dep_ == "advcl" and _that_clause(c)]
    if not clauses or not all(_stated_fact(c, ctx) for c in clauses):
        return None
    return "a view shared, no agreement"


def _that_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _stated_fact(verb: Token, ctx: Context) -> bool:
    """A clause told as a fact: a tensed verb or copula with no modal or future auxiliary,
    or a progressive with a tensed one ("program trading is hurting the market")."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "VBD") for c in verb.children
    )
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") and not progressive:
        return False
    cues = ctx.vocab.modality
    moods = cues.future_aux | cues.hypothetical_aux
    return not any(c.dep_ in ("aux", "auxpass") and lemma(c) in moods for c in verb.children)


def asked_for_an_answer(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Asked later for an example, he named the lander programme", "asked for comment", "an
    interview request": asking for an answer, a comment, an interview or an example is a
    question, and so is asking what, whether or how ("when asked what training they
    received"); "asked for asylum", "asked for the release of" are requests."""
    if rule.type != "REQUEST":
        return None
    answers = ctx.vocab.words("answer_nouns")
    if trigger.pos_ == "NOUN":  # "an interview request", "comment requests"
        kinds = [c for c in trigger.children if c.dep_ == "compound"]
        if kinds and all(lemma(k) in answers for k in kinds):
            return "a question"
        return None
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("question_verbs"):
        return None
    asked = prep_objects(trigger, frozenset({"for"}), ("pobj",))
    if asked and all(lemma(g) in answers for g in asked):
        return "a question"
    if any(_indirect_question(c, ctx) for c in trigger.children if c.dep_ == "ccomp"):
        return "a question"
    return None


# Tags of the words that open an indirect question ("what", "which", "who", "how", "where").
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _indirect_question(clause: Token, ctx: Context) -> bool:
    """ "when asked what training they received", "asked whether he would resign": a clause
    the verb takes that opens with a question word, or with "whether" or "if", is a question
    put; "asked that the prisoners be freed" is a request (version 1.408.0)."""
    opener = clause.doc[clause.left_edge.i]
    return opener.tag_ in _WH_TAGS or lemma(opener) in ctx.vocab.words("question_openers")


def speech_at_rally(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Trump said at a rally in Monroe", "the senator spoke at a rally in Ohio": a rally
    that is only where a speaker said something, for or against nothing, is the speaker's
    own meeting, no protest; "spoke at a rally against the tax law" is one."""
    if rule.type != "PROTEST" or lemma(trigger) not in ctx.vocab.words("rally_nouns"):
        return None
    at = trigger.head
    if trigger.dep_ != "pobj" or lemma(at) != "at" or at.dep_ != "prep":
        return None
    speech = ctx.vocab.words("attribution_verbs") | ctx.vocab.words("speaking_verbs")
    if lemma(at.head) not in speech:
        return None
    purposes = ctx.vocab.words("rally_purposes")
    for child in trigger.children:
        if (
            child.dep_ in ("acl", "relcl")
            or (
                child.dep_ in ("compound", "amod")
                and (lemma(child) in purposes or child.lower_.startswith("anti"))
            )
            or (
                child.dep_ == "prep"
                and (
                    lemma(child) in purposes
                    or any(lemma(g) in purposes for g in child.children if g.dep_ == "pobj")
                )
            )
        ):
            return None  # "a rally against the law", "an anti-war rally", "in support of"
    return "a speaker's rally, no protest"


def family_visit(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "looking forward to her daughter's visit", "he visited his mother in hospital": a
    visit whose parties are all members of a family (a pronoun aside) is a family one, no
    consultation; "the minister's wife visited the troops" and "the president visited his
    daughter" (a party of its own) stay. Version 1.172.0. Talk among a family is family talk
    too ("the branches of the family talked by telephone", "she phoned her mother": no
    consultation; version 1.180.0)."""
    if rule.type != "CONSULT" or lemma(trigger) not in _FAMILY_CONTACT:
        return None
    kin = ctx.vocab.words("kin_nouns")
    parties = [p for p in [*actors, *targets] if p.pos_ != "PRON"]
    if parties and all(_kin_party(p, kin) and entity_at(p, ctx) is None for p in parties):
        return "a family visit, no consultation"
    if _own_kin_seen(actors, targets, kin, ctx):
        return "a family visit, no consultation"
    return None


_OWN = frozenset({"his", "her", "their", "my", "our", "your"})


def _own_kin_seen(
    actors: Sequence[Token], targets: Sequence[Token], kin: frozenset[str], ctx: Context
) -> bool:
    """ "Katie was visiting her mum", "Smith phoned his brother": a person of no public role
    in touch with their own kin only (a kin noun a possessive pronoun owns) leads family
    life; "the president visited his daughter" (a public role) and a body's or a state's
    visit stay (roles 1.102.1)."""
    if not targets or not all(
        lemma(t) in kin and any(c.dep_ == "poss" and c.lower_ in _OWN for c in t.children)
        for t in targets
    ):
        return False
    public = public_roles(ctx)
    return not any(
        entity_at(a, ctx) in ("ORG", "GPE", "NORP") or lemma(a) in public for a in actors
    )


# Verbs and nouns of contact that, between members of a family only, are family life.
_FAMILY_CONTACT = frozenset({"visit", "talk", "telephone", "phone", "call", "chat", "speak"})


# "the branches of the family", "members of his family": a part of a family is of the family
_FAMILY_PARTS = frozenset({"branch", "member", "side", "part"})


def _kin_party(party: Token, kin: frozenset[str]) -> bool:
    if lemma(party) in kin:
        return True
    return lemma(party) in _FAMILY_PARTS and any(
        lemma(g) in kin
        for c in party.children
        if c.dep_ == "prep" and lemma(c) == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def care_visit(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "had visited several doctors and counselors since 2007", "he visits a therapist every
    week": a visit to carers only (doctors, nurses, counsellors), by someone holding no public
    role, is a patient's, no consultation; "the minister visited the doctors at the field
    hospital" (a government role) and "visited the army doctors' union" (a body) stay.
    Version 1.179.0."""
    if rule.type != "CONSULT" or lemma(trigger) != "visit":
        return None
    carers = ctx.vocab.words("care_nouns")
    seen = [t for t in targets if t.pos_ != "PRON"]
    if not seen or not all(lemma(t) in carers and entity_at(t, ctx) is None for t in seen):
        return None
    public = public_roles(ctx)
    for actor in actors:
        if entity_at(actor, ctx) in ("ORG", "GPE", "NORP") or lemma(actor) in public:
            return None
    return "a patient's visit to carers, no consultation"


def public_roles(ctx: Context) -> frozenset[str]:
    """Words of a role that acts for a state or a party (police, military, government,
    opposition and the like): any role of the roles table but the private ones."""
    return frozenset(
        w for role, words in ctx.vocab.roles if role not in _PRIVATE_ROLES for w in words
    )


# Roles of the roles table (roles.toml) that hold no public office: a civilian or a prisoner
# visiting a doctor is a patient.
_PRIVATE_ROLES = frozenset({"civilians", "prisoners"})


def met_with_response(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "acts of terrorism must be met with the severest crackdown", "the protesters were met
    with tear gas", "the plan was met with scepticism": a passive "met with" a thing is the
    response something drew, no meeting (the response may be an event of its own, the
    crackdown); "the minister met with the rebels" and "was met by the foreign minister" stay.
    Version 1.179.0."""
    if rule.type != "CONSULT" or lemma(trigger) != "meet" or trigger.pos_ != "VERB":
        return None
    if not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    answers = prep_objects(trigger, frozenset({"with"}))
    if not answers:
        return None
    for answer in answers:
        if entity_at(answer, ctx) is not None or is_agentive(answer, ctx):
            return None
        if people_noun(answer, ctx) or answer.pos_ == "PRON":
            return None
    return "a response drawn, no meeting"


def talked_about(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "one of the witnesses that can be talked about", "the deal everyone talked about", "a
    much talked-about plan": what is "talked about" with its "about" left bare is a topic of
    talk, no one met; "the ministers talked about the border with the envoys" (a party
    talked with) and "talked about the border" (its topic given) stay with their rules.
    Version 1.179.0."""
    if rule.type != "CONSULT" or lemma(trigger) != "talk" or trigger.pos_ != "VERB":
        return None
    kids = list(trigger.children)
    bare = [c for c in kids if c.dep_ == "prep" and lemma(c) == "about" and not list(c.children)]
    if not bare:
        return None
    if any(c.dep_ in ("prep", "agent") and lemma(c) in ("with", "to", "by") for c in kids):
        return None
    return "a topic of talk, no one met"


_KINDS = frozenset({"kind", "sort", "type", "form"})


def _kind_of(head: Token) -> Token:
    """ "that kind of pessimism": the "of"-object of a word of kind is what is meant."""
    if lemma(head) in _KINDS:
        for prep in (c for c in head.children if c.dep_ == "prep" and lemma(c) == "of"):
            return next((g for g in prep.children if g.dep_ == "pobj"), head)
    return head


def attitude_taken(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "companies have resisted such fatalism", "resist the temptation", "users embrace the
    anxiety": taking up or fighting off a feeling or an attitude is no act toward a party;
    "resisted the reform", "embraced the plan" stay."""
    if rule.type not in ("SUPPORT", "REJECT") or trigger.pos_ != "VERB":
        return None
    objects = expand(objects_of(trigger))
    feelings = ctx.vocab.words("attitude_nouns")
    objects = [_kind_of(o) for o in objects]
    if objects and all(lemma(o) in feelings and entity_at(o, ctx) is None for o in objects):
        return "an attitude, no act"
    return None


def speech_at_conference(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "delivering the keynote speech at a conference", "asked to speak at a bloggers'
    conference": a conference that is only where a speaker spoke, on nothing and with no one
    named, is the speaker's venue, no consultation; "a conference on Syria" and "a peace
    conference" stay."""
    if rule.type != "CONSULT" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return None
    if lemma(trigger) not in ctx.vocab.words("conference_nouns") or lemma(trigger.head) != "at":
        return None
    host = trigger.head.head
    speeches = ctx.vocab.words("speech_nouns")
    speaking = ctx.vocab.words("attribution_verbs") | ctx.vocab.words("speaking_verbs")
    said = lemma(host) in speaking | speeches or any(
        c.dep_ == "dobj" and lemma(c) in speeches for c in host.children
    )
    if not said:
        return None
    for child in trigger.children:
        if child.dep_ == "prep" and lemma(child) in ("on", "about", "between", "with", "of"):
            return None  # "a conference on Syria", "a conference between the parties"
        if child.dep_ in ("compound", "amod") and child.pos_ != "PROPN":
            return None  # "a peace conference", "an international conference": its purpose
    return "a speaker's venue, no meeting"


def reader_welcomed(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Welcome to our live coverage", "Welcome to a discussion about online leadership": a
    "Welcome to" opening its sentence with no one welcoming greets the reader, no meeting;
    "the president welcomed the delegation to Beijing" stays."""
    if rule.type != "CONSULT" or lemma(trigger) != "welcome" or trigger.i != trigger.sent.start:
        return None
    kids = list(trigger.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in kids):
        return None
    if not any(c.dep_ == "prep" and lemma(c) == "to" for c in kids):
        return None
    return "a greeting to the reader, no meeting"


def talk_in_general(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the topic of discussion", "the focus of debate on the budget", "told websites to block
    discussions about the outbreak": talk as a subject or as what is censored is public talk,
    no meeting; "our discussions", "block talks with the rebels", "held discussions" are."""
    if rule.type != "CONSULT" or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("public_talk_nouns"):
        return None
    bare = _BARE_DETERMINERS
    owned = any(c.dep_ in ("poss", "det") and c.lower_ not in bare for c in trigger.children)
    if owned and not _censored(trigger, ctx):
        return None  # "a discussion between them", "their debate": someone's own
    parties = ("between", "with", "among", "by")
    if any(c.dep_ == "prep" and lemma(c) in parties for c in trigger.children):
        return None
    if (
        lemma(trigger) in ctx.vocab.words("rumour_nouns")
        and trigger.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children)
        and _going_round(trigger)
    ):
        # "As talk on the streets swirled", "amid talk of sanctions": talk with no article,
        # no owner and no parties, told as what goes round, is rumour, no meeting ("talks",
        # "a talk with", "negotiators return for talk on limiting missiles" are; 1.187.0)
        return "talk in the air, no meeting"
    if (
        lemma(trigger) in ctx.vocab.words("rumour_nouns")
        and trigger.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children)
        and any(c.dep_ == "amod" for c in trigger.children)
    ):
        # "warning associates against loose talk", "tough talk from the minister": bare talk
        # told by its manner is a way of speaking, no meeting ("talks" are; 1.208.0)
        return "a manner of talk, no meeting"
    head = trigger.head
    topic_heads = ctx.vocab.words("talk_topic_heads")
    if trigger.dep_ == "pobj" and lemma(head) == "of" and lemma(head.head) in topic_heads:
        return "talk as a topic, no meeting"
    if _censored(trigger, ctx):
        return "public talk censored, no meeting"
    return None


_BARE_DETERMINERS = frozenset({"no", "any", "all"})


_SETTING = frozenset({"amid", "amidst"})


def _going_round(noun: Token) -> bool:
    """Talk told as what goes round: a clause's subject ("talk on the streets swirled"), talk
    "of" something ("talk of a coup"), or the setting of "amid" ("amid talk that ...")."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    if any(c.dep_ == "prep" and lemma(c) == "of" for c in noun.children):
        return True
    return noun.dep_ == "pobj" and lemma(noun.head) in _SETTING


def _censored(noun: Token, ctx: Context) -> bool:
    """The noun is the object of a verb of censoring ("block and control discussions")."""
    verb = noun.head
    return noun.dep_ == "dobj" and lemma(verb) in ctx.vocab.words("talk_censoring_verbs")


def contest_meeting(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "ten candidates meet on the debate stage", "the champions meet the hosts in the
    final": rivals meeting in a debate, a game or a bout compete, no consultation; "the two
    leaders will meet in Geneva" and "met at the summit" stay."""
    if rule.type != "CONSULT" or lemma(trigger) != "meet" or trigger.pos_ != "VERB":
        return None
    contests = ctx.vocab.words("contest_nouns")
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        if lemma(prep) not in ("on", "in", "at"):
            continue
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            words = [place, *(c for c in place.children if c.dep_ in ("compound", "amod"))]
            if any(word_in(w, contests) for w in words):
                return "rivals in a contest, no meeting"
    return None


def how_to_advice(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "How to negotiate a better salary", "a guide to online leadership and how to embrace
    it": an act a how-to infinitive names, in a sentence where no one is the subject of any
    clause above it, is advice to the reader, no act; "the rebels learned how to build bombs"
    (an act known of, hypothetical) stays."""
    if trigger.pos_ != "VERB" or actors:
        return None
    kids = list(trigger.children)
    if not to_infinitive(trigger):
        return None
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ == "how" for c in kids):
        return None
    clause = trigger
    for _ in range(8):
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children):
            return None
        if clause.head.i == clause.i:
            return "a how-to for the reader, no act"
        clause = clause.head
    return None


def _infinitive_acts(noun: Token) -> list[Token]:
    """The verbs of an infinitive on a noun, with their verb conjuncts ("talks to write and
    direct it": write, direct)."""
    acts = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and to_infinitive(c)
    ]
    for act in list(acts):
        acts.extend(c for c in act.children if c.dep_ == "conj" and c.pos_ == "VERB")
    return acts


def job_talks(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the novelist is in final talks to write and direct the sequel", "an actor in talks to
    star in the remake": talks toward taking on a job in a work or a show are a job
    negotiation, no consultation between parties; "the government is in talks to buy jets",
    "in talks to form a coalition" stay (only acts of such a job count)."""
    if rule.type != "CONSULT" or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("dealmaking_nouns"):
        return None
    if _over_a_job_contract(trigger, [*actors, *targets, *_talk_parties(trigger)], ctx):
        return "a job's contract talks, no consultation"
    acts = _infinitive_acts(trigger)
    if not acts or not all(lemma(a) in ctx.vocab.words("job_acts") for a in acts):
        return None
    return "a job negotiation, no consultation"


def _over_a_job_contract(trigger: Token, parties: list[Token], ctx: Context) -> bool:
    """ "The chief executive is in talks over a new contract", "negotiations on a contract
    extension with the club": talks about one's own contract of work, with no state, people
    or officer of a state among the parties, are employment routine (vocabulary 1.326.4);
    "talks with the government over a new arms contract" stays."""
    contracts = [
        g
        for prep in trigger.children
        if prep.dep_ == "prep" and lemma(prep) in ("over", "on", "about", "for")
        for g in prep.children
        if g.dep_ == "pobj" and lemma(g) in ctx.vocab.words("job_contract_nouns")
    ]
    if not contracts or any(c.dep_ == "compound" for k in contracts for c in k.children):
        return False  # "an arms contract", "a defence contract": what is bought
    offices = ctx.vocab.words("state_party_words")  # ("chief executive" is a firm's)
    return not any(
        entity_at(p, ctx) in ("GPE", "NORP") or any(lemma(w) in offices for w in p.subtree)
        for p in expand(parties)
    )


_PARTY_LINKS = frozenset({"between", "among", "amongst", "with"})


def _talk_parties(trigger: Token) -> list[Token]:
    """Who a talks noun is between, in its own "between"/"with" phrase or in one the parser
    hangs on the verb it is the subject or object of ("talks have resumed between X and Y")."""
    holders = [trigger]
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj"):
        holders.append(trigger.head)
    return expand(g for h in holders for g in prep_objects(h, _PARTY_LINKS, ("pobj",)))


def business_talks(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "talks have resumed between the two newspaper companies", "the chains resumed talks on
    a merger": talks every party of which is a business told by its common noun are business
    talks between companies, no consultation of political actors (as the audits judge them);
    "talks between the bank and the government", any named party, stay."""
    if rule.type != "CONSULT" or lemma(trigger) not in ctx.vocab.words("dealmaking_nouns"):
        return None
    parties = expand([*actors, *targets, *_talk_parties(trigger)])
    if not parties:
        return None
    business = ctx.vocab.words("business_nouns")
    if all(entity_at(p, ctx) is None and lemma(p) in business for p in parties):
        return "business talks between companies, no consultation"
    return None


def trivial_apology(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "he sheepishly apologized for his tardiness", "apologises for the inconvenience": an
    apology for a small lapse of manners is politeness, no support for a party; "apologized
    for the massacre", "the minister apologized for the remarks" stay."""
    if rule.type != "SUPPORT" or lemma(trigger) not in ctx.vocab.words("apology_words"):
        return None
    lapses = prep_objects(trigger, frozenset({"for"}))
    if lapses and all(lemma(g) in ctx.vocab.words("trivial_lapses") for g in lapses):
        return "an apology for a lapse of manners, no support"
    return None


def reader_instruction(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "For a partial list of the regulations, visit ProPublica", "Contact the newsroom": a
    bare imperative of meeting in the writer's own words tells the reader where to look, no
    meeting; "the president will visit Moscow", and an imperative in a quotation ("'Meet with
    us,' the strikers said") stay."""
    if rule.type != "CONSULT" or trigger.pos_ != "VERB" or trigger.tag_ != "VB":
        return None
    if trigger.dep_ != "ROOT" or inside_quotation(trigger):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in trigger.children):
        return None
    return "an instruction to the reader, no meeting"


def scored_meeting(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the second meeting between the schools this season, as Gonzaga also beat Tennessee,
    83-74": a meeting told beside a game's score is a game, no consultation; "the two
    ministers met in Geneva" stays."""
    if rule.type != "CONSULT" or not told_score(trigger):
        return None
    return "a game with its score, no meeting"


def refused_belief(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the Boston brass refused to believe that the offer was real": refusing to believe or
    to think something is disbelief, no rejection of a party; "refused to accept the results"
    and "refused to negotiate" stay."""
    if rule.type != "REJECT" or trigger.pos_ != "VERB":
        return None
    held = [c for c in trigger.children if c.dep_ == "xcomp" and to_infinitive(c)]
    if held and all(lemma(c) in ctx.vocab.words("belief_verbs") for c in held):
        return "disbelief, no rejection"
    return None


def talk_to_the_press(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the district attorney is expected to discuss the case at a news conference": talk told
    only as given at a news conference, with no one talked with, is a statement to the press,
    no meeting; "discussed the ceasefire with the rebels at a press conference" stays."""
    if rule.type != "CONSULT" or trigger.pos_ != "VERB" or targets:
        return None
    if any(c.dep_ == "prep" and lemma(c) in ("with", "between") for c in trigger.children):
        return None
    press = ctx.vocab.words("press_words")
    for venue in prep_objects(trigger, frozenset({"at", "during", "in"})):
        if lemma(venue) not in ctx.vocab.words("conference_nouns"):
            continue
        if any(c.dep_ in ("compound", "amod") and lemma(c) in press for c in venue.children):
            return "a statement to the press, no meeting"
    return None


def described_state(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """A participle or an adjective a verb of describing puts on someone after "as"
    ("describing the suspect as subdued", "portrayed the prisoners as broken", `judging_verbs`):
    how one seems, no act done to them (an act noun as the label, "described his removal as
    a coup", is the modality's label; vocabulary 1.382.13)."""
    if trigger.pos_ not in ("VERB", "ADJ") or trigger.tag_ not in ("VBN", "VBD", "JJ"):
        return None
    if trigger.dep_ in ("pobj", "amod", "acomp") and lemma(trigger.head) == "as":
        describer = trigger.head.head
    elif trigger.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in trigger.children
    ):
        describer = trigger.head  # "describing the suspect as subdued", "as" read as a mark
    else:
        return None
    if lemma(describer) not in ctx.vocab.words("judging_verbs"):
        return None
    if any(c.dep_ in ("agent", "dobj") for c in trigger.children):
        return None  # "described him as beaten by guards": a beating told
    return "a state one is described in, no act"


SPEECH_SENSES = (
    described_state,
    asked_for_an_answer,
    topic_talk,
    view_shared,
    speech_at_rally,
    speech_at_conference,
    talk_in_general,
    contest_meeting,
    job_talks,
    business_talks,
    family_visit,
    care_visit,
    met_with_response,
    talked_about,
    scored_meeting,
    talk_to_the_press,
    reader_welcomed,
    how_to_advice,
    reader_instruction,
    trivial_apology,
    attitude_taken,
    refused_belief,
)
