"""The verbs that govern English noun triggers and what the text says around a noun: the light
verb whose object (or "in"-complement) a noun trigger is (governing_verb), the members a
group noun names ("X was among the prisoners freed"), and who issued an order noun that
causes an act (issued_order_subjects). Moved out of events_subjects on 2026-12-06 (split39),
behaviour unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_match import VERB_POS
from chronicler.annotate.events_pronouns import PERSONAL
from chronicler.annotate.events_subjects import Subjects, subjects
from chronicler.annotate.events_subjects_texts import issued_text
from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token


def issued_order_subjects(noun: Token) -> Subjects:
    """Who issued an order noun that causes an act: "Obama signed an executive order
    rescinding the policy", "the court issued an order banning the march": the subject of
    the issuing verb taking it (vocabulary 1.292.0); none for any other noun."""
    if lemma(noun) not in load_vocab().words("directive_nouns") or not issued_text(noun):
        return Subjects((), (), ())
    return subjects(noun.head)


# "went into exile", "left as an exile", "remained on alert", "put under investigation"
_LINK_PREPS = frozenset({"in", "into", "as", "on", "under"})


def governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The light verb whose object (or "in"-complement) a noun trigger is, and the link.
    A measure noun carries the event ("launched ten days of war games", "began a wave of
    strikes"); a gathering verb's "for" names what it gathers for ("returned for talks"); a
    recovery verb's "from" what its subject underwent ("recovering from a poisoning")."""
    vocab = load_vocab()
    n = noun
    # "carried out a boarding-and-search action": a conjunct of a noun's modifier modifies
    # that noun as the first conjunct does (events-vocab 1.365.0)
    if n.dep_ == "conj" and n.head.dep_ in ("compound", "nmod") and n.head.i < n.i:
        n = n.head
    n = n.head if n.dep_ == "compound" or (n.dep_ == "nmod" and n is not noun) else n
    if (
        n.dep_ == "pobj"
        and lemma(n.head) == "of"
        and lemma(n.head.head) in vocab.words("measure_nouns")
    ):
        n = n.head.head
    elif (
        n.dep_ == "pobj"
        and lemma(n.head) == "of"
        and lemma(n.head.head) in vocab.words("partitive_words")
        and n.head.head.dep_ in ("dobj", "nsubjpass")
    ):
        # "the militants who have carried out most of the bombings": the quantifier the
        # verb takes stands for the acts it counts (events-vocab 1.422.0)
        n = n.head.head
    # "making accusations and threats", "issued threats and warnings": a noun coordinated
    # with the verb's object is carried by the verb as the first one is (version 1.247.0)
    for _ in range(4):
        if n.dep_ != "conj" or n.head.pos_ not in ("NOUN", "PROPN") or n.head.i > n.i:
            break
        n = n.head
    if n.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and n.head.pos_ in VERB_POS | {"AUX"}:
        return n.head, n.dep_
    if n.dep_ == "pobj" and n.head.dep_ == "prep" and lemma(n.head) in _LINK_PREPS:
        verb = n.head.head
        if verb.pos_ in VERB_POS or (lemma(n.head) == "in" and _main_copula(verb)):
            return verb, "in"
    if n.dep_ == "pobj" and n.head.dep_ == "prep" and lemma(n.head) == "to":
        verb = n.head.head  # "moved X to house arrest": the object is put into the state
        if verb.pos_ in VERB_POS and any(c.dep_ == "dobj" for c in verb.children):
            return verb, "in"
    if n.dep_ == "pobj" and lemma(n.head) in ("from", "of"):
        verb = n.head.head  # "recovering from a poisoning", "died of his wounds"
        if (
            lemma(verb) in vocab.words("cause_phrase_nouns")
            and verb.dep_ == "pobj"
            and lemma(verb.head) == "as"
        ):
            verb = verb.head.head  # "died as a result of torture" (vocabulary 1.380.1)
        if verb.pos_ in VERB_POS and lemma(verb) in vocab.words("recovery_verbs"):
            return verb, "from"
    if n.dep_ == "pobj" and lemma(n.head) == "for":
        verb = n.head.head
        # (a gathering verb with its own object gathers no one: "the jury returned a guilty
        # verdict for Smith for the murder of Jones" names no murder by the jury; vocabulary
        # 1.258.0)
        if (
            verb.pos_ in VERB_POS
            and lemma(verb) in vocab.words("gathering_verbs")
            and not any(c.dep_ == "dobj" for c in verb.children)
        ):
            return verb, "for"
        if verb.dep_ == "dobj" and verb.head.pos_ in VERB_POS:  # "took part in", "played a
            return verb.head, "in"  # role in"
    return None, ""


def _main_copula(verb: Token) -> bool:
    """ "be" as a clause's own verb, which the tagger calls an auxiliary ("Norland is in talks
    with Vesta", "the editor was in custody"): its subject is in the state or the act its
    "in" phrase names, as with "remains in talks" (only "in": the subject of "is under
    attack", "is on trial" undergoes the act)."""
    return verb.pos_ == "AUX" and lemma(verb) == "be" and verb.dep_ not in ("aux", "auxpass")


_MEMBERSHIP_PREPS = frozenset({"among", "of"})


def members(noun: Token) -> list[Token]:
    """Who the text names as one of a group: "X was among the prisoners freed", "X was one of
    the activists detained" -> X (the subject of the copula)."""
    if noun.dep_ != "pobj" or lemma(noun.head) not in _MEMBERSHIP_PREPS:
        return []
    prep = noun.head
    verb = prep.head
    if lemma(prep) == "of":  # "one of the activists": through the partitive to the copula
        if verb.dep_ != "attr" or lemma(verb) not in ("one", "some", "several", "two", "three"):
            return []
        verb = verb.head
    if lemma(verb) != "be":
        return []
    subj = subjects(verb)
    return [t for t in subj.active if t.pos_ != "PRON" or lemma(t) in PERSONAL]
