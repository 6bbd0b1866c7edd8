"""Who does an act that one party presses or pushes another into: the one pushed, not the one
pushing ("the government bullied smaller nations into accepting refugees": the nations
accept; "piled pressure on the president to arrest the militants": the president would
arrest). The words are data: `into_causing_verbs` and `pressure_on_nouns` in roles.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import TIME_ENTS
from chronicler.annotate.events_match import VERB_POS, to_infinitive
from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token


def caused_into_doer(prep: Token) -> Token | None:
    """The object of a verb of pushing someone into an act, which the parser hangs the
    "into"-gerund on ("bullied the town into surrendering", "tricked voters into signing"):
    the object does the gerund. Not a thing put into a project ("poured money into building
    schools": the verb is no verb of pushing, `into_causing_verbs`)."""
    verb = prep.head
    if lemma(prep) != "into" or verb.pos_ not in VERB_POS:
        return None
    if lemma(verb) not in load_vocab().words("into_causing_verbs"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ not in TIME_ENTS]
    return objects[0] if objects else None


def pressed_doer(verb: Token) -> Token | None:
    """Whom pressure is put on to do a to-infinitive's act: the "on"-object of a noun of
    pressure (`pressure_on_nouns`) that the infinitive hangs on, or that the verb it hangs on
    takes as its object, its "on" on the noun or on that verb ("piled pressure on Arafat to
    arrest the militants", "put pressure on Cairo to release them", "the pressure on the
    council to resign")."""
    if not to_infinitive(verb) or verb.dep_ not in ("advcl", "acl", "xcomp"):
        return None
    head = verb.head
    nouns = load_vocab().words("pressure_on_nouns")
    if head.pos_ in VERB_POS:
        pressures = [c for c in head.children if c.dep_ == "dobj" and lemma(c) in nouns]
        # ("put pressure on Cairo to release them": the "on" hung on the verb)
        holders = [*pressures, head] if pressures else []
    else:
        holders = [head] if lemma(head) in nouns else []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and lemma(prep) in ("on", "upon"):
                pressed = [c for c in prep.children if c.dep_ == "pobj"]
                # the infinitive right after the one pressed: not a later one the parser
                # hung there ("step up pressure on Baghdad and rally opinion behind the US
                # drive to oust Saddam": the drive's, not Baghdad's)
                if pressed and verb.left_edge.i == pressed[0].right_edge.i + 1:
                    return pressed[0]
    return None


def pressed_for(verb: Token) -> bool:
    """An act pressure is put on someone to do, or one coordinated with it ("to pile pressure
    on Arafat to arrest and sentence the militants"): asked for, not told done."""
    if pressed_doer(verb) is not None:
        return True
    return (
        verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and pressed_doer(verb.head) is not None
    )
