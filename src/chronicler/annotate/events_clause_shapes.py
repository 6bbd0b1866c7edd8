"""Shapes of the clause an event word sits in, read off the parse: conditions ("as long as",
an inverted "had the guards ..."), purposes and for-to infinitives, a noun's content clause,
indirect questions, mandative subjunctives, imperatives. Pure predicates over tokens, shared
by the modality flags (events_modality)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_vocab import Modality, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def in_condition(clause: Token, cues: Modality) -> bool:
    """The clause headed by `clause` opens with a condition ("as long as she gives X access",
    "provided that the army withdraws"): the last words before its first word past its own
    marks are one of `conditional_phrases`. Single-word marks ("if") are read by
    events_modality with the clause's own marks."""
    if clause.pos_ not in ("VERB", "AUX") or not cues.conditional_phrases:
        return False
    doc, first = clause.doc, clause.left_edge.i
    while first < clause.i and doc[first].dep_ == "mark" and doc[first].head.i == clause.i:
        first += 1
    before = [t.lower_ for t in doc[max(clause.sent.start, first - 4) : first]]
    return any(
        before[-len(words) :] == words
        for words in (p.split() for p in cues.conditional_phrases)
        if len(words) <= len(before)
    )


def ordering_phrase(prep: Token, cues: Modality) -> bool:
    """ "buried in advance of the shooting", "hidden ahead of the attack", "bought prior to the
    bombing": the preposition ends one of `ordering_phrases`, read off the words up to it
    (version 1.49.0)."""
    if not cues.ordering_phrases:
        return False
    doc = prep.doc
    before = [t.lower_ for t in doc[max(prep.sent.start, prep.i - 3) : prep.i + 1]]
    return any(
        before[-len(words) :] == words
        for words in (p.split() for p in cues.ordering_phrases)
        if len(words) <= len(before)
    )


def participle_in_full(clause: Token) -> bool:
    """ "denied a newspaper report that more arrests had been made": a participle clause on a
    noun with a "that" of its own or a tense auxiliary is the noun's content, told in full,
    no reduced relative ("people convicted of crimes"); it stays in reach of the verb over
    the noun (version 1.49.0)."""
    return any(
        (c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.tag_ != "TO")
        for c in clause.children
    )


def inverted_condition(clause: Token, cues: Modality) -> bool:
    """ "Had the guards opened fire, ...", "should the council vote to expel him", "were the
    army to withdraw": an adverbial clause opened by its own auxiliary, with no mark and its
    subject after it, is a condition (the inverted "if"): what it states has not happened."""
    if clause.dep_ != "advcl" or not cues.inverted_condition_words:
        return False
    opener = clause.left_edge
    own_aux = opener.head.i == clause.i and opener.dep_ in ("aux", "auxpass")
    if not (own_aux or (opener.i == clause.i and opener.pos_ == "AUX")):
        return False  # "were" read as the clause's own verb: "were the army to withdraw"
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    return opener.lower_ in cues.inverted_condition_words and clause.right_edge.i > opener.i


def for_clause(clause: Token) -> bool:
    """A for-to infinitive with a subject of its own ("for all sides to engage in talks")."""
    return to_infinitive(clause) and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children
    )


def purpose(clause: Token) -> bool:
    """An infinitive of purpose: "to" and no subject or mark of its own ("to allow X")."""
    return to_infinitive(clause) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children
    )


def asked_purpose(clause: Token, cues: Modality) -> bool:
    """ "called for an emergency conference to discuss oil output", "demanded talks to end the
    war": an infinitive of purpose on a verb of asking is what the thing asked for is for,
    asked with it ("call" asks only with its "for": "called a news conference to announce
    the deal" convened one)."""
    if clause.dep_ != "advcl" or not purpose(clause):
        return False
    verb = clause.head
    if verb.pos_ != "VERB" or lemma(verb) not in cues.asking_purpose_verbs:
        return False
    return lemma(verb) != "call" or any(
        c.dep_ in ("prep", "prt") and lemma(c) == "for" for c in verb.children
    )


def content_clause(clause: Token) -> bool:
    """A "that"-clause with its own subject on a noun is the noun's content, not a relative
    clause ("a report that more arrests had been made", "claims that police beat them"); so
    is a clause with no "that" whose subject and direct object are both its own, since a
    relative clause leaves one of them out ("on charges he killed his mother", not "the
    charges he faced"), unless a preposition of it is left without its object ("the house he
    bought the car in", "the raid in which police seized guns")."""
    if clause.dep_ not in ("acl", "relcl") or clause.head.pos_ != "NOUN":
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True  # a "that" marking, not a "that" subject or object
    return (
        clause.i > clause.head.i
        and not any(c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WRB") for c in clause.children)
        and any(
            c.dep_ == "dobj"
            and c.tag_ not in ("WDT", "WP")
            and c.lower_ not in ("that", "which", "who", "whom")
            for c in clause.children
        )
        and all(
            # a preposition of it whose object is a relative pronoun opens a relative
            # clause ("an attack in which a gunman shot a man"; modality 1.99.0)
            any(g.dep_ in ("pobj", "pcomp") for g in c.children)
            and not any(g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in c.children)
            for c in clause.children
            if c.dep_ == "prep"
        )
    )


def small_clause(subject: Token) -> bool:
    """The subject of a bare participle clause a verb takes ("to get the deal done", "had
    the wall torn down") is what that verb acts on, so its governors reach it."""
    verb = subject.head
    return (
        subject.dep_ in ("nsubj", "nsubjpass")
        and verb.tag_ == "VBN"
        and verb.dep_ in ("ccomp", "xcomp", "oprd")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def object_infinitive(clause: Token, cues: Modality) -> Token | None:
    """The object noun an infinitive the parser hangs on the verb is the complement of: "they
    lack the means to arrest him" (the infinitive right after an object of will, means or
    right: the means')."""
    if (
        clause.dep_ != "advcl"
        or not to_infinitive(clause)
        or lemma(clause.head) not in cues.having_verbs
    ):
        return None
    return next(
        (
            c
            for c in clause.head.children
            if c.dep_ == "dobj"
            and c.pos_ == "NOUN"
            and c.right_edge.i + 1 == clause.left_edge.i
            and lemma(c) in cues.hypothetical_nouns
        ),
        None,
    )


def as_clause(prep: Token) -> bool:
    """An "as" the parser reads as a preposition before a subject and its own verb, which it
    hangs beside the governor or on a verb above it: a clause of time, a setting ("would
    close the port as the embargo continued unabated", the verb read as the complement of a
    "said" over "close")."""
    if prep.dep_ != "prep" or prep.lower_ != "as":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.right_edge.i + 1 >= len(obj.doc):
        return False
    verb = obj.doc[obj.right_edge.i + 1]
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ("conj", "advcl", "ccomp")
        and (verb.head.i == prep.head.i or verb.head in prep.head.ancestors)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def question_infinitive(verb: Token, cues: Modality) -> bool:
    """An infinitive a question word opens ("how to communicate", "whether to expel")."""
    to = to_infinitive(verb)
    return to and any(
        c.i < verb.i
        and c.dep_ in ("advmod", "mark", "dobj", "nsubj")
        and c.lower_ in cues.question_words
        for c in verb.children
    )


# Words opening an indirect question ("say whether", "asked if", "would not say when").
QUESTION_OPENERS = frozenset({"whether", "if", "when", "where", "how", "why"})


def indirect_question(clause: Token) -> bool:
    """A complement clause a question word opens: "(declined to say) whether the church had
    received threats", "(would not say) when the talks resume"."""
    return any(
        c.i < clause.i and c.dep_ in ("mark", "advmod") and c.lower_ in QUESTION_OPENERS
        for c in clause.children
    )


def subjunctive(verb: Token) -> bool:
    """ "(recommended) that Orozco be executed", "(demanded) that he be released": a
    "that"-clause with its own subject whose verb is a bare "be", with no modal or "to", is a
    mandative subjunctive, an act called for and not told done, even where the small parser
    makes the clause the sentence's root ("A jury recommended on April 3 that Orozco be
    executed" read as "jury ... executed"). Version 1.51.0."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return False
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ != "be" for c in auxes):  # "that he would be", "that they will be"
        return False
    return any(c.lower_ == "be" and c.tag_ == "VB" for c in auxes)


# Marks an imperative may follow at the head of its clause: a quotation's opening, a colon, a
# dash ("chanting: 'Free our leader!'", "the crowd shouted ``Release them''").
_CLAUSE_OPENERS = frozenset({'"', "'", "`", "``", "“", "‘", ":", "-", "--", "—"})


def imperative(verb: Token) -> bool:
    """ "Protesters shouted: 'Release the prisoners!'", "Arrest them now, the crowd shouted":
    a bare verb with no subject, auxiliary or mark that opens its sentence or a quotation (or
    is coordinated with one that does) is a command, an act called for and not told done
    (modality 1.79.0); "to release them", "they release them" are no imperatives."""
    if verb.dep_ == "conj":
        return verb.pos_ == "VERB" and _bare(verb) and imperative(verb.head)
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or not _bare(verb):
        return False
    if verb.dep_ not in ("ROOT", "ccomp", "xcomp", "advcl", "parataxis"):
        return False
    first = verb.left_edge
    # (a backquote pair "``" the tokenizer splits is no punctuation to spaCy: an opener still)
    if first.i != verb.i and not all(
        t.is_punct or t.text in _CLAUSE_OPENERS for t in verb.doc[first.i : verb.i]
    ):
        return False
    opening = verb.doc[first.i - 1] if first.i > verb.sent.start else None
    return (
        opening is None
        or opening.text in _CLAUSE_OPENERS
        or (first.i != verb.i and first.text in _CLAUSE_OPENERS)
    )


def _bare(verb: Token) -> bool:
    """A base-form verb with no subject, auxiliary, mark or expletive of its own."""
    return verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in verb.children
    )


# Words of degree a result clause closes: "so eager ... that", "such force that".
_DEGREE_WORDS = {"so": ("ADJ", "ADV"), "such": ("NOUN",)}


def result_clause(clause: Token) -> bool:
    """ "was so eager to begin his day that he struck out on his own", "hit with such force
    that the wall fell": a "that"-clause with its own subject closing a "so" or "such" of
    degree above it states the result, told as the main clause is, not what the words between
    them (an eagerness, a plan) are for; "so that they would not testify" is a purpose."""
    if clause.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    ):
        return False
    that = next(
        (
            c
            for c in clause.children
            if c.dep_ in ("mark", "advmod") and c.lower_ == "that" and c.i < clause.i
        ),
        None,
    )
    if that is None or that.i == 0 or that.nbor(-1).lower_ in _DEGREE_WORDS:
        return False
    above = {a.i for a in clause.ancestors}
    return any(
        # the word it grades is above the clause ("so eager to begin his day that") or in
        # the phrase of the verb the clause hangs on ("struck with such force that")
        (t.head.i in above or clause.head in t.ancestors) and t.head.pos_ in _DEGREE_WORDS[t.lower_]
        for t in clause.doc[clause.sent.start : that.i]
        if t.lower_ in _DEGREE_WORDS and t.dep_ in ("advmod", "amod", "predet", "det")
    )


def threat_after_command(clause: Token) -> bool:
    """ "Get out, or we'll shoot you", "Pay up or we burn your shop", "Hand over the money or
    else we will kill your son": a clause with its own subject joined by "or" to a command is
    what will follow if the command is not obeyed, a threat's content, not done (the lead's
    ruling of the thirty-sixth session; modality 1.126.0)."""
    if clause.dep_ not in ("conj", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    command = clause.head
    if not imperative(command):
        return False
    return any(
        c.dep_ in ("cc", "conj") and c.lower_ == "or" and c.i < clause.i for c in command.children
    ) or any(c.lower_ == "else" and c.i < clause.i for c in command.children)


def aim_ahead(clause: Token) -> bool:
    """A purpose told as such is ahead of the act it is for (the lead's ruling of the
    thirty-sixth session; modality 1.126.1): "in order to free them", "so as to rescue the
    captives", and a bare infinitive of purpose on an effort told going on ("We are doing all
    we can to bring the offender to justice", "is working to free them"). A bare purpose of
    an act told done keeps that act's flags ("took steps to enhance political freedoms": the
    PLOVER gold codes the freedoms enhanced)."""
    if not to_infinitive(clause):
        return False
    head = clause.head
    if clause.dep_ == "acl":  # "in order to": the infinitive hangs on "order"
        return head.lower_ == "order" and head.dep_ == "pobj" and head.head.lower_ == "in"
    if clause.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if {"so", "as"} <= marks:
        return True
    return (
        purpose(clause)
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in head.children)
    )


def definition_by_when(verb: Token) -> bool:
    """ "A merger is when two firms agree to cooperate", "A strike is when workers refuse to
    work": a present "be" with an indefinite or bare noun subject and a present "when" clause
    defines a kind; neither the kind nor the clause tells an act (modality 1.126.2)."""
    if lemma(verb) != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if not subjects or any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
        for s in subjects
        for c in s.children
    ):
        return False
    return any(
        c.dep_ == "advcl"
        and c.tag_ in ("VBZ", "VBP")
        and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)
        for c in verb.children
    )
