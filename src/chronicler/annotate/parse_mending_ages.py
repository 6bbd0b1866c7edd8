"""Detectors of the parser's misreadings around a person's age: an age "old" tagged an
adjective though it heads a noun phrase ("The 10-year-old was shot"), an age made the adjective
of a participle read as a noun phrase's head ("The 16-year-old accused of firing"), an age read
as the verb's subject ("Andrew Lopez, 20 was found guilty"), and a second name after an age hung
on the verb ("arrested Peter Jones, 45, and Mary Jones, 43"). Detectors only; parse_mending
applies them. Moved out of parse_mending on 2026-12-06 (split39), behaviour unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Units of an age ("10-year-old", "a six-month-old", "a 3-week-old") and the dependencies of
# a noun phrase's head an age adjective may have been given.
AGE_UNITS = frozenset({"year", "month", "week", "day"})
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "dative"})


def age_nouns(sent: Span) -> list[Token]:
    """Each "old" of an age the parser tagged an adjective though it heads a noun phrase
    ("The 10-year-old was shot": "old" the passive subject, with a determiner of its own)."""
    return [
        tok
        for tok in sent
        if tok.lower_ == "old"
        and tok.tag_ == "JJ"
        and tok.dep_ in _NOMINAL_DEPS
        and any(c.dep_ == "det" for c in tok.children)
        and any(c.lower_ in AGE_UNITS and c.i < tok.i for c in tok.children)
        and tok.i > sent.start
        and tok.nbor(-1).text == "-"
    ]


def ages_before_participles(sent: Span) -> list[tuple[Token, Token]]:
    """Each (old, participle) where a participle the parser made a noun phrase's head has an
    age right before it as its adjective ("The 16-year-old accused of firing the shots": the
    determiner and "old" on "accused", the subject of "appeared")."""
    found = []
    for part in sent:
        if part.tag_ not in ("VBN", "VBD") or part.dep_ not in _NOMINAL_DEPS or part.i == 0:
            continue
        old = part.nbor(-1)
        if (
            old.lower_ == "old"
            and old.head.i == part.i
            and old.dep_ == "amod"
            and any(c.lower_ in AGE_UNITS and c.i < old.i for c in old.children)
            and old.nbor(-1).text == "-"
            and any(c.dep_ == "det" for c in part.children)
        ):
            found.append((old, part))
    return found


# The subject dependencies an age read as a subject may have taken from its name.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The highest number read as a person's age.
_OLDEST = 120


def ages_read_as_subjects(sent: Span) -> list[tuple[Token, Token]]:
    """Each (name, age) where a person's age right after a comma after the name, with no
    comma after it, is the subject the parser gave the verb, the name hung on that verb as
    a modifier or a second subject ("Andrew Lopez, 20 was found guilty": "20" the subject,
    "Lopez" npadvmod), and the verb agrees with one person."""
    found = []
    for age in sent:
        if not (
            age.tag_ == "CD"
            and age.dep_ in SUBJECT_DEPS
            and age.text.isdigit()
            and 0 < int(age.text) <= _OLDEST
            and age.i - 2 >= sent.start
            and age.nbor(-1).text == ","
            and not any(True for _ in age.children)
        ):
            continue
        name = age.nbor(-2)
        if (
            name.tag_ in ("NNP", "NNPS")  # (tags only: the parts of speech come after)
            and name.head.i == age.head.i
            and not any(
                c.dep_ in SUBJECT_DEPS and c.i not in (age.i, name.i) for c in age.head.children
            )
            and _singular_verb(age.head)  # "Monday, 20 were killed": a count of people
        ):
            found.append((name, age))
    return found


# Singular forms of the auxiliaries: a verb group agreeing with one person, not a count.
_SINGULAR_AUXILIARIES = frozenset({"was", "is", "has"})


def _singular_verb(verb: Token) -> bool:
    """The verb group agrees with a singular subject ("was found", "is charged", "faces")."""
    if verb.tag_ == "VBZ":
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_AUXILIARIES for c in verb.children
    )


def names_after_ages(sent: Span) -> list[tuple[Token, Token, Token]]:
    """Each (first, cc, name) where a name the parser hung on a verb as its conjunct follows
    "and" right after the age set off after another name that verb takes ("arrested Peter
    Jones, 45, and Mary Jones, 43": "Mary Jones" a conjunct of "arrested"): the second name
    is the first one's conjunct, a second party of the same role, when it has no verb's
    arguments of its own."""
    found = []
    for name in sent:
        verb = name.head
        if (
            name.dep_ != "conj"
            or name.tag_ not in ("NNP", "NNPS")
            or not verb.tag_.startswith("VB")
        ):
            continue
        if any(c.dep_ in _OWN_CLAUSE_DEPS for c in name.children):
            continue
        cc = name.doc[name.left_edge.i - 1] if name.left_edge.i > sent.start else None
        if cc is None or cc.dep_ != "cc" or cc.head.i != verb.i or cc.i < sent.start + 3:
            continue
        comma, age = cc.nbor(-1), cc.nbor(-2)
        first = age.head
        if (
            comma.text == ","
            and age.tag_ == "CD"
            and age.dep_ == "appos"
            and age.text.isdigit()
            and 0 < int(age.text) <= _OLDEST
            and first.head.i == verb.i
            and first.dep_ in ("dobj", "nsubj", "nsubjpass")
            and first.tag_ in ("NNP", "NNPS")
            and first.i < cc.i
        ):
            found.append((first, cc, name))
    return found


# A conjunct with these is a clause of its own, not a second name.
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "ccomp", "xcomp"})
