"""Subjects the English parser misreads: hung as an apposition on a fronted phrase's last
noun, as a noun adverbial, or a participle after a noun hung on the main verb as an adverbial
clause (split from events_subjects, which reads each when a verb has no subject of its own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token


_VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def subject_read_as_apposition(verb: Token) -> tuple[Token, ...]:
    """A subject the parser hung as an apposition on the last noun of a phrase fronted
    before it ("In the largest operation since Vietnam, an estimated 20,000 GIs have massed":
    the GIs an apposition of Vietnam): the noun phrase right before the verb group, after a
    comma, inside a prepositional phrase on the verb itself."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "expl" for c in verb.children):
        return ()
    group = [c for c in verb.children if c.i < verb.i and c.dep_ in _VERB_GROUP_DEPS]
    first = min([verb.i, *(c.i for c in group)])
    if first == 0:
        return ()
    last = first - 1
    if verb.doc[last].text == "," and verb.doc[last].head.i == verb.i and last > 0:
        last -= 1  # "After the hearing, Hiller, 43, was ordered held": the comma closing the age
    head = verb.doc[last]  # up from the word before the verb group to its apposition
    while head.dep_ != "appos" and head.head.i < first and head.head.i != head.i:
        head = head.head
    if head.dep_ == "appos" and head.pos_ == "NUM" and head.head.dep_ == "appos":
        head = head.head  # the age set off after the name (roles 1.58.0)
    if head.dep_ != "appos" or head.right_edge.i != last or head.pos_ not in ("NOUN", "PROPN"):
        return ()
    if head.left_edge.i == 0 or head.doc[head.left_edge.i - 1].text != ",":
        return ()
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < head.i]
    if not any(head in c.subtree for c in fronted):
        return ()
    return (head,)


def subject_read_as_adverb(verb: Token) -> tuple[Token, ...]:
    """A subject the parser hung as a noun adverbial ("An arsonist set fire to the church":
    "arsonist" an npadvmod of "set"): a noun for a doer (`actor_nouns`: "arsonist",
    "gunman"), with its article, before a finite verb that has no subject of its own (roles
    1.74.0). A time or a measure so hung ("Last week police arrested ...") is no such noun.
    (The tagger may then read the verb as a participle: a root with no auxiliary is finite.)"""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return ()
    if verb.tag_ == "VBN" and (
        verb.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return ()
    doers = load_vocab().words("actor_nouns")
    return tuple(
        c
        for c in verb.children
        if c.dep_ == "npadvmod"
        and c.i < verb.i
        and (
            (
                c.pos_ == "NOUN"
                and lemma(c) in doers
                # (its article, which the parser may hang on the verb too)
                and c.i > 0
                and c.doc[c.i - 1].pos_ == "DET"
            )
            or _aged_name(c)
        )
    )


# The highest number read as a person's age.
_OLDEST = 120


def _aged_name(noun: Token) -> bool:
    """A name with the person's age set off by commas ("Convicted of murder, Lopez, 20, faces
    life in prison": "Lopez" an npadvmod, "20" its apposition): a person told as the clause's
    subject, as news introduces one (roles 1.80.2)."""
    return noun.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.tag_ == "CD" and c.text.isdigit() and 0 < int(c.text) <= _OLDEST
        for c in noun.children
    )


def participle_read_as_clause(verb: Token) -> Token | None:
    """A past participle with a "by" agent right after a noun, hung on the main verb as an
    adverbial clause ("elect a parliament in balloting heralded by authorities"): it tells of
    that noun, not of the main clause's subject (roles 1.74.0); not one set off by a comma
    ("arrived in Paris, welcomed by ...") or with an auxiliary of its own."""
    if verb.tag_ != "VBN" or verb.i == 0:
        return None
    kids = [c.dep_ for c in verb.children]
    if "agent" not in kids or {"aux", "auxpass", "nsubj", "nsubjpass"} & set(kids):
        return None  # ("walking the streets clad in a bathrobe": the walker is clad)
    before = verb.doc[verb.i - 1]
    nominal = before.pos_ in ("NOUN", "PROPN") or before.tag_ == "VBG"  # ("balloting")
    if not nominal or before.dep_ not in ("pobj", "dobj"):
        return None
    return before


# Accusations whose list of charges the parser may break ("accused the men of smuggling
# weapons, bribing officials and kidnapping a judge": "bribing" hung on "accused").
_ACCUSING = frozenset({"accuse", "charge", "suspect", "indict", "convict"})


def listed_charge_doers(verb: Token) -> tuple[Token, ...]:
    """The accused of a further item of a list of charges that the parser hung on the
    accusation as an adverbial clause ("accused the men of smuggling weapons, bribing
    officials": the men bribe, not the accusers; "were charged with arson, looting shops":
    those charged), as the first item's "of"/"with" names the object's act (roles 1.93.0).
    A bare gerund only, after an "of" or "with" of the accusation."""
    head = verb.head
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or lemma(head) not in _ACCUSING
        or any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in verb.children)
        or not any(
            t.dep_ == "prep" and lemma(t) in ("of", "with") for t in verb.doc[head.i : verb.i]
        )
    ):
        return ()
    passive = any(c.dep_ == "auxpass" for c in head.children)
    deps = ("nsubjpass", "nsubj") if passive else ("dobj",)
    return tuple(c for c in head.children if c.dep_ in deps)


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _before_main_clause(verb: Token) -> bool:
    """The verb hangs on a main clause after it, or the parser made it the root and hung the
    main clause after it on it, a clause with a subject of its own ("..., don't march, how
    will anything change?")."""
    if verb.dep_ in ("advcl", "ccomp"):
        return verb.head.i > verb.i
    return verb.dep_ == "ROOT" and any(
        c.dep_ in ("ccomp", "parataxis")
        and c.i > verb.i
        and any(g.dep_ in _SUBJECT_DEPS for g in c.children)
        for c in verb.children
    )


def listed_condition(verb: Token) -> Token | None:
    """The condition clause a verb continues as a list: "If people don't react, don't
    protest, how will things change?", where the parser hangs the "if" clause on the second
    verb, itself hung on the main clause after it or made the root over it. A verb with
    no subject of its own, listed after a comma right after a clause marked by a condition
    (modality.toml `conditional_marks`), itself subordinate to a main clause after it, shares
    that clause's subject and condition ("If protesters gather, disperse them": the order is
    the main clause, no list). None otherwise (modality 1.116.0, roles 1.94.0)."""
    if verb.pos_ != "VERB" or not _before_main_clause(verb):
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    marks = load_vocab().modality.conditional_marks
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i:
            continue
        if not any(c.dep_ == "mark" and lemma(c) in marks for c in clause.children):
            continue
        after = clause.right_edge.i + 1
        if after < verb.i and verb.doc[after].text == ",":
            return clause
    return None


def believed_clause_twin(verb: Token) -> Token | None:
    """The reported clause a subjectless conjunct belongs with, where the parser hung it on
    the verb of belief or speech instead ("she doubted her brother was carrying a gun, but was
    rather grabbing his belt": the brother grabs, not she): the clause's verb group and the
    conjunct's are alike (the same auxiliary, the same verb form), while the reporting verb
    has no auxiliary ("She left, but was later arrested" keeps her; roles 1.115.0)."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX"):
        return None
    own = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not own or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    for clause in (c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i):
        aux = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        if subject and aux == own and clause.tag_ == verb.tag_:
            return clause
    return None


def subject_taken_by_aside(verb: Token) -> tuple[Token, ...]:
    """A subject the parser gave to a participle set off by commas after it ("Mr Arafat,
    apparently getting tough on extremists defying his call, sent his police to arrest X":
    "Arafat" the subject of "getting", the clause an adverbial of "sent", which has none):
    a finite verb with no subject of its own, a participle clause on it before it, opened by
    a comma right after that clause's subject and closed by one right before the verb, gives
    the verb that subject (roles 1.189.0). An absolute clause ("The talks over, the envoys
    left") leaves the verb its own subject, so it never gets here."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return ()
    for aside in verb.children:
        if aside.dep_ != "advcl" or aside.i > verb.i or aside.tag_ not in ("VBG", "VBN"):
            continue
        subjects = [c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i]
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
            continue
        subject = subjects[0]
        doc = verb.doc
        # (the comma after the subject the parser may hang on the subject itself)
        after_subject = subject.right_edge.i
        if doc[after_subject].text != ",":
            after_subject += 1
        before_verb = aside.right_edge.i + 1
        if (
            after_subject < aside.i
            and doc[after_subject].text == ","
            and before_verb < verb.i
            and doc[before_verb].text == ","
            and all(doc[i].dep_ in _VERB_GROUP_DEPS for i in range(before_verb + 1, verb.i))
        ):
            return (subject,)
    return ()
