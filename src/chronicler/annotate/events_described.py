"""A bare definite description of one person as a subject in English reports ("The retired
diplomat, 75, took refuge in the Dutch embassy"): the one person the paragraphs before name,
as the Spanish "el diplomático retirado, de 75 años" (events_es_descriptions); and the other
way round, a he/she standing for a person only described ("After the minister arrived, the
guards arrested him"). A participant that is one person introduced by a description alone ("a
photographer"), or a pronoun standing for one, is marked `described`: resolve gives it an
actor of its article alone, so its custody is told without a name."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.entities import load_person_cues
from chronicler.annotate.events_actors import Context, entity_at, mentions_in
from chronicler.annotate.events_person_names import person_key
from chronicler.annotate.events_pronouns import (
    PERSONAL,
    coordinated,
    pronoun_clause_subjects,
    pronoun_gender,
    several,
)
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_vocab import lemma
from chronicler.annotate.quotes import DOUBLE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from chronicler.model import EventMention, Mention, Participant

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp"})
_MODIFIER_DEPS = frozenset({"amod", "compound"})


def _bare_child(child: Token, ctx: Context) -> bool:
    """The article, punctuation, an age set off ("the retired diplomat, 75,") or a word of
    age or standing (vocab bare_adjectives): no word saying which of several people."""
    if child.dep_ == "punct" or (child.dep_ == "det" and child.lower_ == "the"):
        return True
    if child.dep_ == "appos" and child.like_num:
        return True
    return child.dep_ in _MODIFIER_DEPS and lemma(child) in ctx.vocab.words("bare_adjectives")


def described_topic(head: Token, ctx: Context, floor: int) -> Mention | None:
    """The person a bare definite description subject (vocab description_nouns) stands for:
    the one person named between `floor` and it; none when two or more are, or when the
    description has a word of its own ("the Spanish diplomat"). A person named in a phrase of
    the description's own clause is someone else the clause tells of ("In a meeting with
    Smith, the minister agreed": the minister met Smith, is not Smith; roles 1.45.0)."""
    if head.pos_ != "NOUN" or head.dep_ not in _SUBJECT_DEPS:
        return None
    own_clause = {t.idx for t in head.head.subtree} - {t.idx for t in head.subtree}
    if lemma(head) not in ctx.vocab.words("description_nouns"):
        return None
    if mentions_in(head.idx, head.idx + len(head), ctx):
        return None
    if not any(c.dep_ == "det" for c in head.children):
        return None
    if not all(_bare_child(c, ctx) for c in head.children):
        return None
    named: dict[tuple[str, ...], Mention] = {}
    for m in ctx.mentions:
        if m.label != "PERSON" or m.start < floor or m.end > head.idx or m.start in own_clause:
            continue
        span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and several(span):
            return None  # "X and Y": no one person
        named[person_key(m.text)] = m  # (the latest of each)
    return next(iter(named.values())) if len(named) == 1 else None


# Determiners of a description that introduces someone new ("a journalist was detained"),
# against "the minister", which may be someone named before.
_INDEFINITE = frozenset({"a", "an", "another", "one"})


def described_antecedent(pronoun: Token, ctx: Context) -> Token | None:
    """The head of a common-noun description of one person that a he/she/him/her stands for
    when the pronoun's sentence, before it, or the sentence before describes exactly one such
    person of its gender ("After the minister arrived, the guards arrested him"; "A journalist
    was detained in Caracas. She was released on Friday"). Never the subject of an object
    pronoun's own clause ("the minister praised him"), a noun a name is given to ("the
    minister, Ana Ruiz": the name stands), one across a quotation mark, nor one of several
    people ("the crowd", "two journalists", "a guard and a driver")."""
    low = pronoun.lower_
    if pronoun.pos_ != "PRON" or low not in PERSONAL:
        return None
    sent = pronoun.sent
    start = sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    own = pronoun_clause_subjects(pronoun)
    verb = pronoun.head
    if low in ("him", "her") and pronoun.dep_ in _SUBJECT_DEPS and verb.dep_ in _COMPLEMENTS:
        # "The governor had him arrested": an object-case pronoun the parser made the
        # subject of a complement is the governing verb's object, not its subject's
        own |= {c.i for c in verb.head.children if c.dep_ in _SUBJECT_DEPS}
    other = "masculine" if pronoun_gender(pronoun) == "f" else "feminine"
    if pronoun_gender(pronoun) is None:
        return None
    found: dict[str, Token] = {}  # lemma -> its latest description
    marked = ctx.vocab.person_descriptions.get(
        "feminine" if other == "masculine" else "masculine", frozenset()
    )
    own |= _reporter_relative(pronoun)
    for tok in pronoun.doc[start : pronoun.i]:
        one = _one_person(tok, ctx, gendered=True) or _one_of_its_gender(tok, marked, ctx)
        if tok.i in own or not one or _acts_on_its_gender(tok, pronoun):
            continue
        if lemma(tok) in ctx.vocab.person_descriptions.get(other, frozenset()):
            continue
        if across_quotation(pronoun.doc[tok.i : pronoun.i]):
            continue
        found[lemma(tok)] = tok
    if len(found) > 1:  # "the shooter ... disarm the woman, and take her": the one noun
        # of the pronoun's own gender, where the others tell none (roles 1.63.0)
        own_gender = "feminine" if other == "masculine" else "masculine"
        marked = ctx.vocab.person_descriptions.get(own_gender, frozenset())
        found = {w: t for w, t in found.items() if w in marked} or found
    if len(found) != 1:
        return None  # none, or several a he/she may stand for ("a judge questioned a farmer")
    (tok,) = found.values()
    if _named_subject_goes_on(pronoun, tok, ctx):
        return None
    return tok if surely_a_person(tok, ctx) else None


def _named_subject_goes_on(pronoun: Token, description: Token, ctx: Context) -> bool:
    """A subject "he"/"she" opening a sentence goes on with the named person who was the
    subject of the sentence before, not with the description that sentence did something to
    ("Smith killed a guard at the bank. He fled": Smith fled, not the guard; roles 1.167.0)."""
    if pronoun.dep_ not in _SUBJECT_DEPS or description.dep_ in _SUBJECT_DEPS:
        return False
    if description.sent.start == pronoun.sent.start:
        return False
    verb = description.head
    while verb.dep_ not in ("ROOT", "ccomp", "relcl", "advcl") and verb.head.i != verb.i:
        verb = verb.head  # up to the clause the description is in ("killed a guard at it")
    return any(
        # (a surname alone the tagger may leave unlabelled: "Smith killed a guard")
        c.dep_ == "nsubj" and c.pos_ == "PROPN" and entity_at(c, ctx) in ("PERSON", None)
        for c in verb.children
    )


# Links of a description to the verb it does: its subject, or a participle or relative clause
# on it ("a producer offering her a part", "a guard who hit him").
_DOER_LINKS = frozenset({"nsubj", "nsubjpass"})
_DOING_CLAUSES = frozenset({"acl", "relcl"})
_OBJECT_LINKS = frozenset({"dobj", "dative", "iobj"})


def _acts_on_its_gender(description: Token, pronoun: Token) -> bool:
    """The description's own verb takes, as its object, a pronoun of the gender of the one to
    resolve, before it ("with a producer offering her a part -- she refused", "a guard who
    beat him ... he"): that object is someone else of that gender, whom the later pronoun
    goes on with, so the description is not that pronoun's (roles 1.155.2)."""
    verbs = [c for c in description.children if c.dep_ in _DOING_CLAUSES]
    if description.dep_ in _DOER_LINKS:
        verbs.append(description.head)
    gender = pronoun_gender(pronoun)
    return any(
        c.dep_ in _OBJECT_LINKS
        and c.pos_ == "PRON"
        and c.i < pronoun.i
        and pronoun_gender(c) == gender
        for verb in verbs
        for c in verb.children
    )


# The longest label a pair of quotation marks may set off inside a sentence's own words
# ("a man considered to be a "career criminal"", "the so-called "Butcher of Lyon"").
_LABEL_TOKENS = 6


def across_quotation(span: Span) -> bool:
    """Whether a quotation mark between a description and a pronoun after it parts them: not
    a pair of marks that only sets off a short label with no verb ("looking for a man
    considered to be a "career criminal" and hoping to arrest him": the man; roles 1.70.0)."""
    marks = [t.i for t in span if t.text in DOUBLE_MARKS]
    doc = span.doc
    k = 0
    while k < len(marks):
        if k + 1 < len(marks):
            inner = doc[marks[k] + 1 : marks[k + 1]]
            if 0 < len(inner) <= _LABEL_TOKENS and not any(
                t.pos_ in ("VERB", "AUX") for t in inner
            ):
                k += 2
                continue
        return True
    return False


def fronted_description(pronoun: Token, ctx: Context) -> Token | None:
    """The subject of an adverbial clause set before a he/she subject's own clause, when it is
    a common-noun description of one person who may take the pronoun ("After the minister met
    Juan Ortiz, he ordered ..."): the clause goes on to tell of its own subject, not of a
    person it names later (the object)."""
    if pronoun.dep_ not in _SUBJECT_DEPS or pronoun.lower_ not in ("he", "she"):
        return None
    other = "masculine" if pronoun_gender(pronoun) == "f" else "feminine"
    clauses = [c for c in pronoun.head.children if c.dep_ == "advcl" and c.i < pronoun.i]
    verb = pronoun.head
    if verb.dep_ == "ccomp" and lemma(verb.head) in REPORTING_VERBS and verb.head.i < pronoun.i:
        # "The officer who fired the shot says he killed the boy": the reported clause's
        # he/she subject is its reporter described, not a person named in the reporter's
        # relative clause or the sentences before (roles 1.74.0)
        reporters = [c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS]
        # (not a title the text gives a named person: "Interior Secretary X ... the
        # secretary said he would": the name stands)
        if not any(_titled_name(t, ctx) for t in reporters):
            clauses.append(verb.head)
    for clause in clauses:
        for subj in (c for c in clause.children if c.dep_ in _SUBJECT_DEPS):
            if (
                (_one_person(subj, ctx) and surely_a_person(subj, ctx))
                or (clause.i == verb.head.i and _who_described(subj))
            ) and lemma(subj) not in ctx.vocab.person_descriptions.get(other, frozenset()):
                return subj
    return None


def _reporter_relative(pronoun: Token) -> frozenset[int]:
    """The tokens of the relative clause on the reporter of a he/she subject's reported
    clause ("The guard who arrested the boy says he hit him": "who arrested the boy"): a
    person named there is background to the reporter, never the one who "says he" (roles
    1.82.1)."""
    verb = pronoun.head
    if pronoun.dep_ not in _SUBJECT_DEPS or verb.dep_ != "ccomp":
        return frozenset()
    if lemma(verb.head) not in REPORTING_VERBS:
        return frozenset()
    return frozenset(
        t.i
        for s in verb.head.children
        if s.dep_ in _SUBJECT_DEPS
        for c in s.children
        if c.dep_ == "relcl"
        for t in c.subtree
    )


def _who_described(tok: Token) -> bool:
    """A singular common noun a "who" relative clause is on ("the guard who arrested the
    boy"): the relative word tells one person, whatever else the noun may name (a "guard"
    is also a body of troops; roles 1.82.1)."""
    if tok.tag_ != "NN" or tok.pos_ != "NOUN" or coordinated(tok):
        return False
    return any(
        c.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in c.children)
        for c in tok.children
    )


def indefinite(head: Token) -> bool:
    """A description that introduces someone ("a journalist", "another guard")."""
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children)


def surely_a_person(tok: Token, ctx: Context) -> bool:
    """A noun listed as a person's, of a marked gender, or a person or group noun
    (actor_nouns) with an agent's ending ("photographer", "economist"): one a he/she may
    go back to, where a group noun of the generated list ("battalion") is not."""
    low = lemma(tok)
    cues = load_person_cues()
    words = ctx.vocab.words
    descriptions = ctx.vocab.person_descriptions
    if low in cues.person_nouns | cues.titles | words("person_nouns") | words("description_nouns"):
        return True
    if any(low in descriptions.get(g, frozenset()) for g in ("masculine", "feminine")):
        return True
    endings = tuple(descriptions.get("agent_endings", ()))
    return low in words("actor_nouns") and low.endswith(endings)


def _one_of_its_gender(tok: Token, marked: frozenset[str], ctx: Context) -> bool:
    """A person noun of the pronoun's gender coordinated with others of none ("stabbing his
    wife and another person ... She survived": the wife; "his wife and daughter": no one;
    roles 1.64.0)."""
    if lemma(tok) not in marked or not coordinated(tok):
        return False
    group = [tok.head, *tok.head.conjuncts] if tok.dep_ == "conj" else [tok, *tok.conjuncts]
    if sum(lemma(t) in marked for t in group) != 1:
        return False
    alone = [c for c in tok.children if c.dep_ not in ("cc", "conj")]
    return tok.tag_ == "NN" and not any(c.dep_ in ("appos", "nummod") for c in alone)


def _one_person(tok: Token, ctx: Context, gendered: bool = False) -> bool:
    """A singular common noun that may name one person (a person noun, or any actor noun
    that is no group), with no name on it or in apposition; a capitalised title after "the"
    is one too ("the Governor said she", "the Prime Minister"; roles 1.127.1). For a he/she
    (`gendered`), a person noun that may also name a body is the person ("The guard told the
    reporters that he attacked the prisoner": a body is no "he"; roles 1.143.0, left39)."""
    common = tok.tag_ == "NN" and tok.pos_ == "NOUN"
    if not (common or _titled_office(tok)) or coordinated(tok):
        return False
    if tok.dep_ in ("compound", "poss", "npadvmod", "amod"):
        return False  # "the minister's car", "police officer": a modifier
    if tok.dep_ in ("appos", "attr", "conj"):
        return False  # "López, a former mayor", "she is a nurse": said of someone named
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in ("VERB", "AUX"):
        return False  # "Kane had worked as a guard": a role said of the clause's subject
    low = lemma(tok)
    words = ctx.vocab.words
    person = gendered and low in words("person_nouns")
    if not person and low in words("collective_nouns") | words("group_nouns") | words(
        "state_nouns"
    ):
        return False
    if low in ctx.vocab.person_descriptions.get("several", frozenset()):
        return False
    if low not in words("actor_nouns") and not surely_a_person(tok, ctx):
        return False
    # (an owner's name is someone else's: "Jones's girlfriend" is no Jones; roles 1.129.0)
    on_it = [c for c in tok.children if c.dep_ != "poss"]
    named = [m for c in (tok, *on_it) for m in mentions_in(c.idx, c.idx + len(c), ctx)]
    if any(m.label == "PERSON" for m in named) or any(c.dep_ == "appos" for c in tok.children):
        return False
    return not any(c.dep_ == "nummod" for c in tok.children)


def _titled_office(tok: Token) -> bool:
    """A capitalised singular title the parser tags a proper noun, with "the" and no name of
    a person on it ("the Governor", "the Alaska Governor", "the Prime Minister")."""
    return (
        tok.tag_ == "NNP"
        and tok.ent_type_ != "PERSON"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def described_one(tok: Token, ctx: Context) -> bool:
    """One person the text introduces by a description alone ("a photographer was arrested",
    "another guard"): a singular person noun with an indefinite article and no name on it,
    nor given to a name elsewhere in the text."""
    return (
        indefinite(tok)
        and _one_person(tok, ctx)
        and surely_a_person(tok, ctx)
        and not given_to_a_name(tok, lambda t: entity_at(t, ctx))
    )


def _titled_name(tok: Token, ctx: Context) -> bool:
    """The description's noun is given to a named person elsewhere in the text, as a title
    before the name ("Interior Secretary Ken Salazar") or in apposition."""
    if given_to_a_name(tok, lambda t: entity_at(t, ctx)):
        return True
    low = lemma(tok)
    return any(
        o.i != tok.i
        and lemma(o) == low
        and o.dep_ == "compound"
        and entity_at(o.head, ctx) == "PERSON"
        for o in tok.doc
    )


def given_to_a_name(tok: Token, label_at: Callable[[Token], str | None]) -> bool:
    """The text gives the description's noun to a named person elsewhere, in apposition ("a
    young woman held by the morality police" ... "Amini, a Kurdish woman from Saqqez"; "la
    mujer, Mahsa Amini"): a lead often describes first whom it names later, so the one
    described may be that person and is no unnamed person of her own."""
    low = tok.lemma_.lower()
    for other in tok.doc:
        if other.i == tok.i or other.pos_ != "NOUN" or other.lemma_.lower() != low:
            continue
        if other.dep_ == "appos" and label_at(other.head) == "PERSON":
            return True
        if any(c.dep_ == "appos" and label_at(c) == "PERSON" for c in other.children):
            return True
    return False


def described_again(tok: Token, ctx: Context) -> bool:
    """A bare definite description of one person ("the photographer"), which may go back to
    one introduced by a description alone with that noun."""
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and all(_bare_child(c, ctx) for c in tok.children)
        and _one_person(tok, ctx)
        and surely_a_person(tok, ctx)
    )


# How far back (in tokens) a definite description looks for where it was introduced or
# named: "the photographer" for "a photographer", the Spanish "el general" for his name
# (events_es_descriptions).
DESCRIPTION_REACH = 400


# What may stand beside the noun in a participant's span that is one description: "young
# photographer", "the young photographer" (a compound names a kind or a body: "police officer",
# "Reuters photographer", left as they are).
_DESCRIPTION_SPAN_DEPS = frozenset({"amod", "det", "punct"})


def description_head(span: Span) -> Token | None:
    """The noun of a participant's span that is a noun alone or with its adjectives."""
    head = span.root
    beside = [t for t in span if t.i != head.i]
    if all(t.head.i == head.i and t.dep_ in _DESCRIPTION_SPAN_DEPS for t in beside):
        return head
    return None


def with_described(
    doc: Doc,
    events: Iterable[EventMention],
    described: Callable[[Token], bool],
    again: Callable[[Token], bool],
) -> tuple[EventMention, ...]:
    """`events` with each participant matched to no name that stands for one person only
    described (`described` says so of its head) marked: the description itself, a pronoun
    resolved to it, whose offsets are then the description's ("She was freed"), or a bare
    definite description (`again`) with its noun when the text before it introduces one person
    so and no other ("A student was arrested ... Police released the student"), which then
    stands for it as the pronoun does."""

    def mark(p: Participant) -> Participant:
        if p.label is not None or p.count is not None or p.described:
            return p
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        head = description_head(span) if span is not None else None
        if head is None:
            return p
        if described(head):
            return replace(p, described=True)
        if not again(head):
            return p
        near = doc[max(head.i - DESCRIPTION_REACH, 0) : head.i]
        before = [t for t in near if t.lemma_ == head.lemma_ and described(t)]
        if len(before) != 1:
            return p  # none, or two introduced so: no telling which
        (first,) = before
        end = first.idx + len(first)
        return replace(p, text=first.text, start=first.idx, end=end, resolved=True, described=True)

    return tuple(
        replace(e, actors=tuple(map(mark, e.actors)), targets=tuple(map(mark, e.targets)))
        for e in events
    )
