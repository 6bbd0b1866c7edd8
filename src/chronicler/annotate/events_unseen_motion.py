"""An armed force arriving, approaching or advancing, told by a verb no rule lists: the
unseen-word fallback's reading of a verb of motion by its doer (events_unseen).

"The forces which arrived today", "soldiers wearing masks arrived first", "troops landed at
dawn", "rebels advanced on the capital": an armed force moving to a place is deployed there
(PLOVER MOBILIZE, troops), as the vocabulary's rule for a force moving "into" a place has it
("forces-move-into"). The verbs of arriving, approaching, entering and advancing mostly have no
row in the WordNet table (no vocabulary word is near "arrive"), and the few that have one vote
for other acts ("advance" a proposal), so the fallback found nothing or a wrong type. The verbs
are a WordNet class (unseen.toml `force_motion_verbs`: the verbs under "arrive", "approach",
"enter", "advance" and "head" that name a movement, not "come", "get" or "reach", which name
results as often); the doer decides: only one the vocabulary's rule names as an armed force
("troop", "soldier", "rebel"), never a civilian's journey ("the minister arrived in Kabul"),
and the verb takes no object but a place ("entered the city", not "entered talks", "advanced
a proposal"). Going away ("left", "withdrew", "returned") is a retreat, no deployment: those
verbs are not in the class.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.events_doer_words import doer_words
from chronicler.annotate.events_match import conditions_hold, object_of
from chronicler.annotate.events_place_objects import named_place
from chronicler.annotate.events_vocab import Rule, Vocab
from chronicler.annotate.events_vocab import lemma as lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_unseen_data import UnseenSettings


def force_motion_rule(
    token: Token, word: str, vocab: Vocab, settings: UnseenSettings
) -> Rule | None:
    """The deployment rule (`force_motion_rule`) without its "into" condition, for a verb of
    `force_motion_verbs` whose doer is an armed force the rule names and whose object, if
    any, is a place; else None. It weighs `force_motion_votes`, so the force alone is party
    enough (parties_suffice), as a listed verb's would be."""
    if word not in settings.force_motion_verbs or not settings.force_motion_rule:
        return None
    base = next((r for r in vocab.rules if r.id == settings.force_motion_rule), None)
    if base is None:
        return None
    rule = replace(
        base,
        id=f"{base.id}+unseen",
        context=frozenset(),
        fallback=settings.force_motion_votes,
    )
    # the doer is judged by its head below, not by the doer words the rule's condition reads
    # (they hold a count's or a group's words: "Truckloads of armed men")
    if not conditions_hold(token, replace(rule, doers=frozenset())):
        return None
    if not _armed_force(_doer_head(token, settings), rule.doers, settings):
        # no armed force does it: a minister's or a plane's arrival, nor one of a force's
        # people ("the army chief landed in Delhi", whose "army" the doer words hold)
        return None
    if doer_words(token) & settings.force_motion_not_doers:
        return None  # "fire fighters arrived": a crew fighting fires, no armed force
    if _interrupted(token):
        return None  # "had been heading through ... when they ran into an army post": a setting
    places = _place_words(vocab)
    obj = object_of(token)
    if obj is not None and not (named_place(obj) or lemma_of(obj) in places):
        return None  # "entered talks", "advanced a proposal": no movement to a place
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")):
        goal = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if goal is not None and not (named_place(goal) or lemma_of(goal) in places):
            return None  # "descended on the talks": no ground moved onto
    return rule


def _armed_force(doer: Token | None, doers: frozenset[str], settings: UnseenSettings) -> bool:
    """The doer's head is a force the rule names ("troops"), or a people noun told armed
    (`armed_people_marks`: "armed men", "masked gunmen" are an armed group)."""
    if doer is None:
        return False
    head = lemma_of(doer)
    if head in doers or head in settings.force_motion_doers:
        return True
    return any(c.dep_ == "amod" and lemma_of(c) in settings.armed_marks for c in doer.children)


def _doer_head(token: Token, settings: UnseenSettings) -> Token | None:
    """The head noun of who does the verb's act: its subject, the noun a relative clause is
    on ("the forces which arrived"), else the subject of the verb a conjunct or complement
    shares it with ("troops crossed the border and advanced"), also one seen or reported
    doing it ("armed men have been seen heading toward the area"); past a count or a
    formation's "of" ("Hundreds of marines", "a convoy of troops")."""
    verb = token
    while True:
        deps = ("nsubj",) if verb.i == token.i else ("nsubj", "nsubjpass")
        subject = next((c for c in verb.children if c.dep_ in deps), None)
        if subject is not None or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    if subject is None:
        return None
    if verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP"):
        subject = verb.head
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = subject.tag_ == "CD" or lemma_of(subject) in settings.force_formation_nouns
    if of is not None and counted:
        subject = next((g for g in of.children if g.dep_ == "pobj"), subject)
    return subject


def _interrupted(token: Token) -> bool:
    """A movement told in progress with a "when" clause on it ("the gunmen had been heading
    through the territory when they ran into an army post and opened fire") is the setting
    of the act the clause tells, no deployment of its own."""
    return token.tag_ == "VBG" and any(
        c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)
        for c in token.children
    )


def _place_words(vocab: Vocab) -> frozenset[str]:
    """Common nouns of ground a force moves onto ("the town", "the mountains")."""
    return vocab.words("territory_nouns") | vocab.words("natural_places")
