"""Acts a degree or a habit tells of, not done: "too tired to fight" (the excess rules the act
out), "strong enough to invade" (a capacity, in the present no act), "he always goes out of
his way to help" (a disposition told as a habit in the present, no happening). The words are
data (modality.toml: `excess_degree_words`, `sufficient_degree_words`, `disposition_adverbs`);
modality 1.152.0 (left39)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_modality_negation import told_in_past
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_vocab_modality import Modality

# the simple present of a habit ("goes", "go"): not a past, a participle or a modal's bare form
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _infinitive_of_degree(trigger: Token) -> Token | None:
    """The adjective or adverb a to-infinitive completes ("tired" in "too tired to fight"),
    through a coordinated infinitive ("too afraid to go out and protest")."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.dep_ not in ("xcomp", "advcl", "ccomp") or not to_infinitive(verb):
        return None
    return verb.head if verb.head.pos_ in ("ADJ", "ADV") else None


def ruled_out_by_excess(trigger: Token, cues: Modality) -> bool:
    """ "He was too tired to fight", "too weak to resist": an act a degree beyond the bar
    (`excess_degree_words` on the adjective) rules out was not done."""
    degree = _infinitive_of_degree(trigger)
    return degree is not None and any(
        c.dep_ == "advmod" and c.lower_ in cues.excess_degree_words for c in degree.children
    )


def capacity_only(trigger: Token, cues: Modality) -> bool:
    """ "The army is strong enough to invade": a capacity to act told in the present is no
    act (`sufficient_degree_words`). Told in the past it may imply the act ("was brave enough
    to speak out"), so that is left as told."""
    degree = _infinitive_of_degree(trigger)
    if degree is None or not any(
        c.dep_ == "advmod" and c.lower_ in cues.sufficient_degree_words for c in degree.children
    ):
        return False
    copula = degree.head if degree.dep_ in ("acomp", "advmod", "amod") else degree
    return not told_in_past(copula)


def disposition(trigger: Token, cues: Modality) -> bool:
    """ "He always goes out of his way to help people", "she usually helps strangers": a
    habit of character told in the simple present with an adverb of disposition
    (`disposition_adverbs`) is no happening. The verb carrying the adverb is the trigger's own
    or the one its infinitive of purpose or its coordinated verb hangs on."""
    verb = trigger
    for _ in range(3):
        if verb.tag_ in _PRESENT_TAGS and any(
            c.dep_ == "advmod" and lemma(c) in cues.disposition_adverbs for c in verb.children
        ):
            return True
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return False
        if verb.dep_ != "conj" and not to_infinitive(verb):
            return False
        verb = verb.head
    return False


def _from_act(verb: Token) -> Token | None:
    """The "from" phrase of a verb of preventing that holds an act ("from attacking", "from
    looting shops", however the parser hangs the gerund)."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ == "from"
            and any(t.tag_ == "VBG" for t in c.subtree if t.i != c.i)
        ),
        None,
    )


def prevention_reading(token: Token, dep: str, head: Token, cues: Modality) -> str | None:
    """How a verb of preventing with a "from" act (`preventing_verbs`: "prevented the
    protesters from attacking the embassy") tells the words it holds, climbing from `token`
    (its `dep` on `head`): the act it keeps from happening only might have happened
    ("hypothetical", as Spanish "evitar que"); its object is a given one, what is kept from
    going on ("prevented the strike from spreading": the strike is told, "given"); and where
    the preventing is denied or failed ("could not prevent the march from reaching the
    square", "failed to stop the rioters from looting shops") the act went ahead ("done").
    None when `head` is no such verb."""
    if head.pos_ != "VERB" or lemma(head) not in cues.preventing_verbs:
        return None
    from_phrase = _from_act(head)
    if from_phrase is None:
        return None
    if dep == "dobj":
        return "given"
    if token.i != from_phrase.i:
        return None
    failed = any(c.dep_ == "neg" for c in head.children) or (
        head.dep_ == "xcomp" and lemma(head.head) in cues.failing_verbs
    )
    return "done" if failed else "hypothetical"


def unprevented(trigger: Token, cues: Modality) -> bool:
    """An act noun a verb of preventing takes as its object where the preventing is denied,
    failed or next to none ("accused him of doing nothing to prevent attacks", "did little to
    stop the looting", "failed to prevent attacks on the villages", "could not stop the
    riots"): the act went ahead, real, as prevention_reading tells a failed "from" act done
    (`preventing_verbs`, `foiling_verbs`, `failing_verbs`, `scant_effort_words`; modality
    1.182.0). "prevented the attack" stays denied."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    if lemma(verb) not in cues.preventing_verbs | cues.foiling_verbs:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True  # "could not stop the riots"
    if verb.dep_ == "xcomp" and lemma(verb.head) in cues.failing_verbs:
        return True  # "failed to prevent attacks"
    return scant_effort(verb, cues)


def scant_effort(verb: Token, cues: Modality) -> bool:
    """The infinitive of an effort next to none ("doing nothing to prevent attacks", the
    infinitive on "nothing"; "did little to stop the looting", on "did", whose object is
    "little"; `scant_effort_words`): not done (modality 1.182.0)."""
    if verb.pos_ != "VERB" or not to_infinitive(verb):
        return False
    effort = verb.head
    if verb.dep_ in ("relcl", "acl") and lemma(effort) in cues.scant_effort_words:
        return True
    return verb.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "dobj" and lemma(c) in cues.scant_effort_words for c in effort.children
    )
