"""Which words of asking or demanding report no request: a question ("asked whether", "asked
how long"), a claim of fact ("insisted he was innocent"), what a norm or a document requires
or forbids ("the constitution demands a new vote", "the proposal requires the agency to"), an
obligation told in the passive with no one requiring it, and a naming ("called Omar a
terrorist"). Each check has the signature of events_filters' checks (why the trigger is no
event, or None); split from events_filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, is_agentive, people_noun
from chronicler.annotate.events_doer_words import is_passive
from chronicler.annotate.events_things import RELATIVE_TAGS
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


_REQUEST_CONTENT = frozenset({"dobj", "dative", "xcomp", "ccomp", "nsubjpass", "oprd"})


def question_not_request(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "When asked whether ...", "Maitlis demanded how he could be so sure", "Schiff asked.":
    a question, not a request. A request says what is asked for (an object, a clause, "for"
    something); a question asks about something, or quotes it."""
    if rule.type != "REQUEST" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("question_verbs"):
        return None
    marks = ctx.vocab.words("question_marks")
    for child in trigger.children:
        if child.dep_ in ("ccomp", "advcl") and any(
            g.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr") and lemma(g) in marks
            for g in child.children
        ):
            return "a question"
        if child.dep_ == "ccomp" and _opened_by_how(child, marks):
            # "asked how well the public would be served", "asked how much it would cost":
            # the question word hangs on the adverb or amount it asks about (vocab 1.170.0)
            return "a question"
    if quoted_question(trigger):  # 'Nixon asks: "Somebody in the FBI?"'
        return "a question quoted"
    about = any(c.dep_ == "prep" and lemma(c) == "about" for c in trigger.children)
    asks_for = any(
        # "asked the minister about the delays": the one asked, and a question about a topic
        (c.dep_ in _REQUEST_CONTENT and lemma(c) not in marks and not (about and c.dep_ == "dobj"))
        or (c.dep_ == "prep" and lemma(c) == "for")  # "asked about X" is a question
        for c in trigger.children
    )
    if not asks_for and trigger.dep_ not in ("relcl", "acl"):
        return "a question without content"
    return None


_OPENING_MARKS = frozenset({":", '"', "``", "“", "'"})


def quoted_question(verb: Token) -> bool:
    """A verb of asking followed at once by a colon or an opening quote, and a question mark
    later in its sentence, quotes the question asked ('Nixon asks: "Somebody in the FBI?"',
    'the judge asked, "Where were you that night?"'): a question, no request (vocabulary
    1.310.0)."""
    doc = verb.doc
    after = [t for t in doc[verb.i + 1 : verb.sent.end] if t.text != ","]
    if not after or after[0].text not in _OPENING_MARKS:
        return False
    return any(t.text == "?" for t in after)


def _opened_by_how(clause: Token, marks: frozenset[str]) -> bool:
    """A clause whose first word is "how" hung on an adverb or adjective of the clause ("how
    well", "how much", "how long"): a degree asked about."""
    first = clause.left_edge
    return (
        first.i < clause.i
        and lemma(first) == "how"
        and "how" in marks
        and first.head.pos_ in ("ADV", "ADJ")
        and first.head.head.i == clause.i
    )


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def claim_not_demand(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Trump continues to insist his tactics will be worth it", "insisted he was innocent",
    "his insistence that the measures are vital": a statement of fact (a finite clause, or
    "will"/"would") is a claim; "insisted that the prisoners be released" or "must be
    released" is a demand."""
    if rule.type != "REQUEST" or lemma(trigger) not in ctx.vocab.words("claim_verbs"):
        return None
    clauses = [c for c in trigger.children if c.dep_ == "ccomp"]
    if trigger.pos_ == "NOUN" and trigger.dep_ != "ROOT":
        # "Papandreou's insistence that the measures are vital": the noun's "that" clause (a
        # noun read as the root has swallowed the sentence's own verb, which tells nothing)
        clauses += [
            c
            for c in trigger.children
            if c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ]
    for clause in clauses:
        auxes = [lemma(a) for a in clause.children if a.dep_ in ("aux", "auxpass")]
        if any(a in ctx.vocab.modality.obligation_aux for a in auxes):
            return None
        stated = any(a in ctx.vocab.words("statement_aux") for a in auxes)
        finite = clause.tag_ in _FINITE or any(
            a.tag_ in _FINITE for a in clause.children if a.dep_ in ("aux", "auxpass")
        )
        if stated or finite:
            return "a claim, not a demand"
    return None


# How an act hangs from the norm's verb that says it: its object, its infinitive or clause,
# a phrase's object ("provides for the arrest of"), or a relative clause on the people the
# norm covers ("the expulsion of foreigners who join protests").
_NORM_CONTENT = frozenset(
    {"dobj", "xcomp", "ccomp", "pobj", "prep", "oprd", "dative", "relcl", "conj"}
)
# At most this many steps from the act up to the norm's verb.
_NORM_REACH = 6


def norm_content_act(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The new law bans protests near parliament", "the decree orders the arrest of anyone
    who insults the president", "the law allows police to detain suspects for 30 days", "a
    law that bans protests": the act a norm (`norm_nouns`, the active subject of one of the
    `norm_verbs`) bans, orders or allows is what the norm says, a case it covers, no act of
    its own; the norm's making or announcing is the act ("parliament passed the law"), and
    an act of one who orders stays ("the government ordered the arrest"). Vocabulary
    1.296.0."""
    node = trigger
    for _ in range(_NORM_REACH):
        if node.dep_ not in _NORM_CONTENT or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and lemma(node) in ctx.vocab.words("norm_verbs"):
            return "what a norm says, no act" if _said_by_a_norm(node, ctx) else None
    return None


def _said_by_a_norm(verb: Token, ctx: Context) -> bool:
    """The verb's active subject is a norm ("the law bans"), or the relative pronoun of a
    clause on one ("a law that bans")."""
    norms = ctx.vocab.words("norm_nouns")
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
            subject = verb.head
        if lemma(subject) in norms and subject.ent_type_ in ("", "LAW"):
            return True
    return False


def norm_not_request(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The constitution demands a new vote", "the law requires that he be freed": what a
    norm requires is no one's request (as the Spanish "así lo exige el derecho"); "the rules
    prohibit federal agencies from evaluating the effect", "the treaty bans such weapons":
    what a norm forbids is its content, no act of banning (vocabulary 1.164.0)."""
    if rule.type not in ("REQUEST", "COERCE"):
        return None
    if rule.type == "COERCE" and rule.mode not in ("ban", "restrict"):
        return None
    # a norm is often no actor at all ("the treaty"): the verb's own subject then
    doers = list(actors) or [c for c in trigger.children if c.dep_ == "nsubj"]
    # a relative pronoun stands for the noun its clause modifies ("met the test that calls
    # for custody reverting to the parent": the test; vocabulary 1.196.0)
    doers = [
        d.head.head if d.tag_ in RELATIVE_TAGS and d.head.dep_ == "relcl" else d for d in doers
    ]
    norms = ctx.vocab.words("norm_nouns")
    if doers and all(lemma(a) in norms and a.ent_type_ in ("", "LAW") for a in doers):
        return "what a norm requires" if rule.type == "REQUEST" else "what a norm forbids"
    if rule.type == "REQUEST" and _need_of_a_consideration(trigger, doers, ctx):
        return "what a consideration requires, no request made"
    if rule.type == "REQUEST" and _obligation_passive(trigger, ctx):
        return "an obligation a rule sets, no request made"
    if rule.type == "REQUEST" and _obligation_of_a_thing(trigger, ctx):
        return "an obligation a document sets, no request made"
    return None


def _obligation_of_a_thing(trigger: Token, ctx: Context) -> bool:
    """ "McCaw's proposal requires the company to begin an auction", "the deal obliges Iran
    to ...": a verb of obligation whose subject is a thing, whoever owns it, states what the
    thing provides, no one's request ("the court required him to pay" stays)."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("obligation_verbs"):
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and not is_agentive(s, ctx) and not people_noun(s, ctx) for s in subjects
    )


def _need_of_a_consideration(trigger: Token, doers: Sequence[Token], ctx: Context) -> bool:
    """ "because security required it", "safety demands caution", "national interest calls
    for restraint": what a consideration (`consideration_nouns`, every subject) calls for is
    no one's request; "security" as guards who require someone to act ("Security required
    visitors to leave": a person object or a clause) stays (vocabulary 1.360.0)."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("consideration_verbs"):
        return False
    needs = ctx.vocab.words("consideration_nouns")
    if not doers or not all(lemma(d) in needs and not d.ent_type_ for d in doers):
        return False
    return not any(
        c.dep_ in ("xcomp", "ccomp", "dative") or (c.dep_ == "dobj" and _names_people(c, ctx))
        for c in trigger.children
    )


def _names_people(tok: Token, ctx: Context) -> bool:
    """A person or a group, not "it" or a thing ("required visitors", "required them")."""
    if tok.pos_ == "PRON":
        return lemma(tok) not in ("it", "this", "that", "these", "those", "what")
    return people_noun(tok, ctx) or is_agentive(tok, ctx)


def _obligation_passive(trigger: Token, ctx: Context) -> bool:
    """ "Such consultation had been required for two decades", "agencies would be required to
    follow the procedures": a passive of obligation with no "by"-agent tells what a rule or a
    practice demands, no one's request; "was required by the judge to report weekly" and
    "the court required him to pay" stay (vocabulary 1.186.0)."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("obligation_verbs"):
        return False
    return is_passive(trigger) and not any(c.dep_ == "agent" for c in trigger.children)


def naming(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a spec called PD", "called Omar a terrorist": a verb of naming with a name or a
    predicate names; it asks for nothing."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("naming_verbs"):
        return None
    if rule.type != "REQUEST":
        return None
    calls_on = any(
        (c.dep_ == "prep" and lemma(c) in ("for", "on", "upon"))
        or (c.dep_ in ("xcomp", "advcl") and any(g.lower_ == "to" for g in c.children))
        for c in trigger.children
    )
    if calls_on:
        return None  # "called Thursday on Arabs to unite": a call on someone
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        return "naming"  # "a spec called PD"
    if any(c.dep_ == "oprd" for c in trigger.children):
        return "naming"  # "called Omar a terrorist"
    return None
