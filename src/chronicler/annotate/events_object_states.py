"""What a clause on an act's object says of it, for the rules' `context` words: a participle
or a relative clause telling a state ("freed two people trapped in a car": trap), a reflexive
clause ("people who had locked themselves in an office": "lock oneself"), and a passive told
earlier of the one an object pronoun stands for ("Seven workers were trapped ..., but police
were able to free them"). Moved out of events_match (vocabulary 1.314.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_phrases import partitive_of
from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token


def described_words(obj: Token | None) -> set[str]:
    """What a participle or a relative clause on the object says of it: "freed two people
    trapped in a car", "freed three miners who were trapped underground", "a driver stuck in
    his car": trap, stick (the rescue rules read them; version 1.262.0)."""
    if obj is None:
        return set()
    # "freed dozens of tourists stranded on the mountain": the clause on what a count counts
    whole = partitive_of(obj, load_vocab())
    heads = [obj] if whole is None else [obj, whole]
    clauses = [c for h in heads for c in h.children if c.dep_ in ("acl", "relcl")]
    # a state told of it, a participle or a copula's complement, not what it did ("people who
    # helped", "troops who attacked" stay out)
    said = [c for c in clauses if c.tag_ == "VBN"]
    said += [g for c in clauses if c.dep_ == "relcl" for g in c.children if g.dep_ == "acomp"]
    said += [c for c in clauses if _bare_infinitive_on(c)]
    return {lemma(c) for c in said} | _shut_in_by_self(clauses) | _told_before_pronoun(obj)


def _bare_infinitive_on(clause: Token) -> bool:
    """An infinitive with no subject or object of its own hung on the object, what is to
    be done with it: "hold 14 vessels and 300 crew members to ransom", where the parser
    reads the idiom's "to ransom" as a relative clause on the vessels (ransom; the
    hostage-taking rule reads it; vocabulary 1.382.1)."""
    if clause.tag_ != "VB" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    ):
        return False
    return not any(c.dep_ in ("nsubj", "dobj", "ccomp", "xcomp") for c in clause.children)


def _shut_in_by_self(clauses: list[Token]) -> set[str]:
    """ "lock oneself" for "people who had locked themselves in an office": a clause on the
    object whose own object is a reflexive pronoun, read as the verb with "oneself" (the
    rescue rule free-from-trap lists those; vocabulary 1.314.0)."""
    reflexives = load_vocab().words("reflexive_pronouns")
    return {
        f"{lemma(c)} oneself"
        for c in clauses
        if any(g.dep_ == "dobj" and g.lower_ in reflexives for g in c.children)
    }


_PRONOUN_NUMBER = {"them": ("NNS", "NNPS"), "him": ("NN", "NNP"), "her": ("NN", "NNP")}


def _told_before_pronoun(obj: Token) -> set[str]:
    """What a passive earlier in the sentence says of the one an object pronoun stands for:
    "Seven workers were trapped near the gunman, but police were able to free them" (trap;
    the pronoun agrees in number with the passive's subject; vocabulary 1.267.0)."""
    tags = _PRONOUN_NUMBER.get(obj.lower_)
    if tags is None:
        return set()
    return {
        lemma(v)
        for v in obj.sent
        if v.i < obj.i
        and v.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" and c.tag_ in tags for c in v.children)
    }
