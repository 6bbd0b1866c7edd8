"""Words a clause's shape tells a he/she/him/her stands for, whatever the sentences before
were about: the owner of a noun of saying whose content clause holds the pronoun ("Mertz's
claim that he fired into the air": Mertz), and the object of the first of two parallel
clauses for the pronoun object of the second ("asked what brought Mertz to the harbour and
what led him to shoot": Mertz). events_pronouns.governing_subject maps them to mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token

# Clause links a pronoun's clause may climb to reach the noun of saying it is the content of
# ("claim that the bullet bounced after he fired": an adverbial clause in the content one).
_CLIMB_DEPS = frozenset({"advcl", "ccomp", "conj", "xcomp"})
_CONTENT_DEPS = frozenset({"acl", "ccomp", "appos"})
_REACH = 4


def statement_owner(pronoun: Token, reporting: frozenset[str]) -> Token | None:
    """The possessor of a noun of saying (`statement_content_nouns`) whose content clause a
    subject pronoun is in: "Mertz's statement that the bullet bounced off a wall after he
    had fired", "Smith's testimony that he never fired the gun" (he is Mertz, Smith; roles
    1.118.0). Not past a verb of saying (`reporting`) with a subject of its own ("Smith's
    claim that Jones said he fired": Jones may be the one)."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    nouns = load_vocab().words("statement_content_nouns")
    verb = pronoun.head
    for _ in range(_REACH):
        if verb.head.i == verb.i:
            return None
        if verb.dep_ in _CONTENT_DEPS and lemma(verb.head) in nouns:
            return next((c for c in verb.head.children if c.dep_ == "poss"), None)
        if verb.dep_ not in _CLIMB_DEPS:
            return None
        verb = verb.head
        if verb.lemma_.lower() in reporting and any(c.dep_ == "nsubj" for c in verb.children):
            return None
    return None


def parallel_object(pronoun: Token) -> Token | None:
    """The object of the first of two coordinated clauses with the same subject word, for
    the pronoun object of the second: "talked about what led Mertz to the harbour and what
    led him to shoot the guard", "what brought X here and what made him stay" (him is X,
    not the one talking; roles 1.118.0). None for a proper-name-less first object."""
    if pronoun.dep_ != "dobj":
        return None
    verb = pronoun.head
    first = verb.head
    if verb.dep_ != "conj" or first.i == verb.i or first.pos_ not in ("VERB", "AUX"):
        return None
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    other = [c for c in first.children if c.dep_ == "nsubj"]
    if len(own) != 1 or len(other) != 1 or own[0].lower_ != other[0].lower_:
        return None
    if own[0].tag_ not in ("WP", "WDT"):
        return None  # "what ... and what ...": a question word repeated, not two doers
    return next((c for c in first.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)


def question_askers(pronoun: Token) -> frozenset[int]:
    """The subject of the verb that asks two coordinated questions, for the pronoun object of
    the second when the first names no one ("Hale asked what happened that night and what
    drove him to flee", "the spokesman said investigators do not know what happened and what
    drove him to flee": not Hale, not the spokesman; the asker asks of someone else, and
    parallel_object finds none to stand for; roles 1.129.0)."""
    if pronoun.dep_ != "dobj" or parallel_object(pronoun) is not None:
        return frozenset()
    verb = pronoun.head
    first = verb.head
    if verb.dep_ != "conj" or first.i == verb.i:
        return frozenset()
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(own) != 1 or own[0].tag_ not in ("WP", "WDT"):
        return frozenset()
    # the first question: the verb the second is joined to, or its question clause when the
    # parser joined the second to the verb asking ("to consider what happened ... and what")
    asking = first.head
    if not _asks(first, own[0]):
        inner = next((c for c in first.children if c.dep_ == "ccomp" and _asks(c, own[0])), None)
        if inner is None:
            return frozenset()
        asking = inner.head
    elif first.dep_ not in ("ccomp", "xcomp", "dobj"):
        return frozenset()
    out: set[int] = set()
    for _ in range(3):  # the asker, and the subject of a verb of saying above it
        subjects = [c for c in asking.children if c.dep_ in ("nsubj", "nsubjpass")]
        out |= {t.i for c in subjects for t in (c, *c.children) if t == c or t.dep_ == "appos"}
        if asking.head.i == asking.i:
            break
        asking = asking.head
    return frozenset(out)


def _asks(clause: Token, word: Token) -> bool:
    """The clause's subject is the question word `word` repeats ("what happened")."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and subjects[0].lower_ == word.lower_ and subjects[0].i < word.i


_SAME_PERSON = {"him": ("he",), "her": ("she",)}


def reporting_pronoun(pronoun: Token, reporting: frozenset[str]) -> Token | None:
    """The he/she subject of a verb of saying whose reported clause a him/her object is in,
    that clause's own subject another party ("He told jurors that Timmons had asked him to
    lie": him is he, whoever he stands for; "She said police beat her": she): the one telling
    of what was done to him (roles 1.129.2). None for a clause with no subject of its own or a
    pronoun subject ("he said he had asked him": left to the binder)."""
    same = _SAME_PERSON.get(pronoun.lower_)
    if same is None or pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(own) != 1 or own[0].pos_ == "PRON":
        return None
    for _ in range(_REACH):
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
        if lemma(verb) in reporting:
            return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in same), None)
    return None
