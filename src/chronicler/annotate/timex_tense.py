"""Which way a bare weekday or month points ("Monday", "in May"), read from the parse: the
tense and mood of the verb the time expression hangs on. None when the parse does not
say; the caller then falls back to the tense cues of the character window (timex).

"He met them Monday" is past; "will meet Monday", "said he would travel Friday" (reported
future), "se reunirá el lunes" and "viajaría el lunes" (future, conditional) point ahead;
so does a present tense in a full sentence of news ("The two leaders meet separately
Monday", "when the case is heard in May", "se reúnen el lunes"), but not in a headline
without a full stop ("Police arrest activist Monday" tells a past act).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import cache
from typing import TYPE_CHECKING, Literal

from chronicler.settings import data_path

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Direction = Literal["future", "past"]


@dataclass(frozen=True)
class TenseWords:
    """The lists of data/dates/tense.toml."""

    future_aux: frozenset[str]
    possible_aux: frozenset[str]
    later_heads: frozenset[str]
    planned: frozenset[str]
    planned_bare: frozenset[str]
    saying: frozenset[str]
    since: frozenset[str]
    called_off: frozenset[str]
    deferred: frozenset[str]
    until: frozenset[str]


@cache
def tense_words() -> TenseWords:
    with open(data_path("dates", "tense.toml"), "rb") as fh:
        data = tomllib.load(fh)
    return TenseWords(**{f.name: frozenset(data[f.name]) for f in fields(TenseWords)})


_VERBAL = ("VERB", "AUX")
_SENTENCE_STOPS = (".", "!", "?", '"', "'", "”", "’", "»")
_SUBJECTS = ("nsubj", "nsubjpass", "nsubj:pass")
# How far up the tree the verb may be: time → preposition → noun → preposition → verb.
_MAX_CLIMB = 6


def _tenses(token: Token) -> list[str]:
    return list(token.morph.get("Tense", []))


def _full_sentence(token: Token) -> bool:
    """The token's sentence ends with a full stop (or a quote after it): not a headline."""
    last = token.sent.text.rstrip()
    return last.endswith(_SENTENCE_STOPS)


def _verbal(token: Token) -> bool:
    """A verb, or a predicate a copula or auxiliary carries ("está prevista para
    septiembre", "is due Friday")."""
    return token.pos_ in _VERBAL or any(c.dep_ in ("cop", "aux") for c in token.children)


def _verb_of(span: Span) -> tuple[Token | None, bool]:
    """The verb the time expression hangs on, up from its head through prepositions and
    nouns, and whether the way passed a noun (" a mission in December"). None never through
    a compound ("the March accession"), nor a possessive ("Wednesday's ruling") but on a
    subject: the act is the noun's, of no told tense."""
    node = span.root
    possessed = node.dep_ in ("poss", "nmod:poss")
    # "Friday's vote would be close": a possessed noun the clause is about takes the clause's
    # future, when one marks it (a plain tense tells of the clause, not of the noun: the noun
    # rule below); an object's act is often past news ("will appeal Wednesday's ruling")
    if node.dep_ == "compound" or (possessed and node.head.dep_ not in _SUBJECTS):
        return None, False
    nouns = possessed
    for _ in range(_MAX_CLIMB):
        if _verbal(node) and node is not span.root:
            return node, nouns
        if node.head is node:
            return (node if _verbal(node) else None), nouns
        node = node.head
        nouns = nouns or node.pos_ in ("NOUN", "PROPN")
    return None, nouns


def _aux(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "auxpass", "cop")]


def _finite(token: Token, tense: str) -> bool:
    """A finite form in `tense` ("met", "se reunió"); a participle's Tense=Past is no
    tense of the clause ("is expected", "will be named")."""
    return tense in token.morph.get("Tense", []) and "Fin" in token.morph.get("VerbForm", [])


def _past_perfect(verb: Token) -> bool:
    return any(a.lemma_.lower() == "have" and _finite(a, "Past") for a in _aux(verb))


def _plan_for(verb: Token, auxes: list[Token]) -> bool:
    """ "planned for early March", "a summit set for April", "is expected in December": the
    time a plan or expectation is for lies ahead, unless a past perfect sets the plan back
    ("had been scheduled to expire at midnight Friday")."""
    participle = "Part" in verb.morph.get("VerbForm", []) or verb.pos_ == "ADJ"
    if verb.lemma_.lower() not in tense_words().planned or not participle:
        return False
    if _past_perfect(verb):
        return False
    return verb.lemma_.lower() in tense_words().planned_bare or any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children
    )


def _called_off(participle: Token) -> bool:
    """ "A memorial planned for Saturday was canceled": the plan is on the subject or object
    of a verb that calls it off."""
    noun = participle.head
    if participle.dep_ not in ("acl", "amod") or noun is participle:
        return False
    role = noun.dep_ in ("nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj")
    return role and noun.head.lemma_.lower() in tense_words().called_off


def _deferred_until(prep: Token) -> bool:
    """ "postponed until Tuesday any action", "gave the firm until mid-November to reply":
    "until" on (or, as the parse may have it, one verb below) a verb that defers."""
    if prep.lemma_.lower() not in tense_words().until:
        return False
    node = prep.head
    for _ in range(2):
        if _verbal(node) and node.lemma_.lower() in tense_words().deferred:
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def _agrees_as_past(verb: Token) -> bool:
    """ "Weakness in big technology stocks hurt the composite": a form read as a plural
    present (VBP) with a singular subject is the past of a verb whose forms are alike."""
    return verb.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children
    )


def _own_direction(verb: Token) -> tuple[Direction | None, bool]:
    """The direction a verb's own form gives, and whether an auxiliary or tense of the
    future said so; None when it is a bare infinitive, gerund or participle (the verb it
    depends on decides)."""
    auxes = _aux(verb)
    if verb.lemma_.lower() in tense_words().planned and _called_off(verb):
        # the plan was called off: its day is told in the tense of the calling off
        found, _ = _own_direction(verb.head.head)
        return found, found is not None
    if _plan_for(verb, auxes):
        return "future", True
    lowered = {a.text.lower() for a in auxes} | {a.lemma_.lower() for a in auxes}
    if lowered & tense_words().future_aux:
        return "future", True
    # "the verdict may come Friday": a possible act is still to come, unless a perfect puts
    # it behind ("may have left Friday")
    if lowered & tense_words().possible_aux and not lowered & {"have", "'ve"}:
        return "future", True
    forms = [verb, *auxes]
    if any(_finite(t, "Fut") or "Cnd" in t.morph.get("Mood", []) for t in forms):
        return "future", True
    # "guidelines to be published in early November": an infinitive on a noun is to come
    if verb.dep_ in ("acl", "relcl") and "to" in lowered:
        return "future", True
    if any(_finite(t, "Past") or _finite(t, "Imp") for t in forms) or _agrees_as_past(verb):
        return "past", False
    # "has decided", "ha decidido": a present perfect tells a past act
    if any(a.lemma_.lower() in ("have", "haber") for a in auxes):
        return "past", False
    if any(_finite(t, "Pres") for t in forms) or verb.tag_ in ("VBP", "VBZ"):
        # a present of saying reports ("the ministry says"), a present of being tells a
        # state ("worth millions in October, are worth half that now"), and a headline's
        # present a past act ("Police arrest activist Monday")
        lemma = verb.lemma_.lower()
        if (
            lemma in tense_words().saying
            or lemma in ("be", "ser", "estar")
            or not _full_sentence(verb)
        ):
            return None, False
        return "future", False
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "amod", "advcl"):
        return "past", False  # "the decision announced Wednesday", "terms, announced Friday,"
    return None, False


def parsed_direction(doc: Doc, start: int, end: int) -> Direction | None:
    """Past or future for the time expression at characters start–end of `doc`, from the
    verb it hangs on; None when the parse gives no verb or no tense."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root.head
    if (head.dep_ == "prep" or head.pos_ == "ADP") and head.lemma_.lower() in tense_words().since:
        return "past"
    # English hangs the day on "until"; Spanish gives the day a "hasta" as its case marker
    marker = next((c for c in span.root.children if c.dep_ == "case"), head)
    if _deferred_until(marker):
        return "future"
    verb, nouns = _verb_of(span)
    for _ in range(3):
        if verb is None:
            return None
        found, marked = _own_direction(verb)
        if found is not None:
            # a time on a noun ("the slated visit in September") keeps the verb's direction
            # only when a future form marks it ("will be named commander for a mission in
            # December"): a plain tense tells when the verb's act was, not the noun's
            return found if marked or not nouns else None
        # an infinitive, gerund or participle: the verb it complements decides, ahead
        # when that verb plans or expects it
        parent = verb.head
        if parent is verb or not _verbal(parent):
            return None
        lemma = parent.lemma_.lower()
        later = lemma in tense_words().later_heads or (lemma == "go" and parent.tag_ == "VBG")
        if verb.dep_ in ("xcomp", "ccomp") and later:
            # "is going to travel Friday", not "went to vote Sunday"; a plan in the past
            # perfect is over ("had been scheduled to expire at midnight Friday")
            return "past" if _past_perfect(parent) else "future"
        verb = parent
    return None
