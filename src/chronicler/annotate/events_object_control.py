"""Who does an act that one party presses or pushes another into: the one pushed, not the one
pushing ("the government bullied smaller nations into accepting refugees": the nations
accept; "piled pressure on the president to arrest the militants": the president would
arrest). The words are data: `into_causing_verbs`, `pressing_nouns` and `pressed_preps` in
roles.toml."""

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


def pressed_party(verb: Token) -> Token | None:
    """Whom pressure, a call or an appeal (`pressing_nouns`) is on or to, when `verb` is the
    to-infinitive it presses for: the one pressed would do it ("piled pressure on Arafat to
    arrest the militants", "put pressure on Cairo to release them", "an appeal to the rebels
    to free the hostages", "the pressure on the council to resign"), or the subject of a verb
    that has it "under" the pressure ("the army came under pressure to release them"). The
    parser hangs the infinitive on the noun, on the verb that takes the noun, or on the one
    pressed; only the infinitive right after the one pressed is pressed for ("step up pressure
    on Baghdad and rally opinion behind the US drive to oust Saddam": the drive's)."""
    if not to_infinitive(verb) or verb.dep_ not in ("advcl", "acl", "relcl", "xcomp"):
        return None
    vocab = load_vocab()
    nouns, preps = vocab.words("pressing_nouns"), vocab.words("pressed_preps")
    head = verb.head
    if head.pos_ in VERB_POS:
        pressures = [c for c in head.children if c.dep_ == "dobj" and lemma(c) in nouns]
        # ("put pressure on Cairo to release them": the "on" hung on the verb)
        # ("Pressure is mounting on the president to resign": the verb the pressure is
        # the subject of)
        holders = [*pressures, head] if pressures or _pressure_grows(head) else []
    elif lemma(head) in nouns:
        holders = [head]
        if head.dep_ == "pobj" and lemma(head.head) in vocab.words("pressure_holding_preps"):
            return _subject_under(head.head.head)  # "came under pressure to resign"
    elif head.dep_ == "pobj" and lemma(head.head) in preps and lemma(head.head.head) in nouns:
        holders = [head.head.head]  # "pressure on Iran to release them", hung on Iran
    elif head.dep_ == "pobj" and lemma(head.head) in preps and _pressure_grows(head.head.head):
        # "Pressure is mounting on the president to resign": the "on" hung on the verb the
        # pressure is the subject of
        holders = [head.head.head]
    else:
        holders = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or lemma(prep) not in preps:
                continue
            pressed = [c for c in prep.children if c.dep_ == "pobj"]
            if pressed and verb.left_edge.i == _end_before(pressed[0], verb) + 1:
                return pressed[0]
    return None


def _pressure_grows(verb: Token) -> bool:
    """A verb whose subject is a noun of pressing ("pressure is mounting", "calls grew")."""
    nouns = load_vocab().words("pressing_nouns")
    return verb.pos_ in (*VERB_POS, "AUX") and any(
        c.dep_ == "nsubj" and lemma(c) in nouns for c in verb.children
    )


def _subject_under(verb: Token) -> Token | None:
    if verb.pos_ not in (*VERB_POS, "AUX"):  # "is under pressure", "came under pressure"
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _end_before(pressed: Token, verb: Token) -> int:
    """The last word of the phrase naming the one pressed, leaving out the infinitive when
    the parser hangs it there."""
    inside = {t.i for t in verb.subtree}
    return max(t.i for t in pressed.subtree if t.i not in inside)


def pressed_for(verb: Token) -> bool:
    """An act pressure is put on someone to do, or one coordinated with it ("to pile pressure
    on Arafat to arrest and sentence the militants"): asked for, not told done."""
    if pressed_party(verb) is not None:
        return True
    return (
        verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and pressed_party(verb.head) is not None
    )
