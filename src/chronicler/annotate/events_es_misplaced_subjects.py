"""The subject of a Spanish finite verb the parser misplaced, where the misreading is
regular (events_es_subjects.own_subjects tries these when the verb has no subject of its own):
one hung on a time word before the verb ("el sábado, una marcha ... protestó"), a count of
people closing a fronted phrase ("En el aniversario de la masacre miles de estudiantes
marcharon"), a name set off after a fronted phrase ("En un mitin, Ana Gil, del Partido Verde,
convocó") or hung on a place after the verb ("protestó en París Ana Gil, abogada de ..."), a
bare noun read as the indirect object ("Un tribunal lo liberó"), and the subject of "al" +
infinitive read as its first object ("al decretar el sindicato un paro"). Split from
events_es_subjects."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import case_of, feats, number_of
from chronicler.annotate.events_es_times import time_word
from chronicler.annotate.events_es_vocab import load_vocab_es

if TYPE_CHECKING:
    from spacy.tokens import Token


def count_closing_fronted_phrase(verb: Token) -> list[Token]:
    """A count of people closing a fronted phrase right before a plural verb with no subject,
    which the parser hung on a noun of that phrase ("Con ocasión del cincuentenario de la
    explosión varios cientos de personas manifestaron", "En el aniversario de la masacre
    miles de estudiantes marcharon": the count with the people it counts, as
    `_counted_people` reads one hung on a time word)."""
    if _finite_number(verb) != "Plur" or verb.i == 0:
        return []
    for fronted in (c for c in verb.children if c.dep_ == "obl" and c.i < verb.i):
        for host in fronted.subtree:
            if host.pos_ not in ("NOUN", "PROPN"):
                continue
            counted = _counted_people(host)
            if counted is not None and counted.right_edge.i == verb.i - 1:
                return [counted]
    return []


def name_after_fronted_phrase(verb: Token) -> list[Token]:
    """A named subject set off by commas after a fronted phrase, "En un mitin, Ana Gil, del
    Partido Verde, convocó ...": the parser hangs the name on the phrase as its apposition.
    Only a person's name (the tagger's PER) set off on both sides, with a singular verb."""
    if number_of(verb) == "Plur":
        return []
    for fronted in (c for c in verb.children if c.dep_ == "obl" and c.i < verb.i):
        for name in fronted.children:
            if name.dep_ != "appos" or name.pos_ != "PROPN" or name.ent_type_ != "PER":
                continue
            doc = name.doc
            after = max(t.i for t in name.subtree if not t.is_punct) + 1
            if doc[name.i - 1].text == "," and after < len(doc) and doc[after].text == ",":
                return [name]
    return []


def name_on_place(verb: Token) -> list[Token]:
    """A subject set after its verb and a place, "protestó en París Ana Gil, abogada de
    ...": the parser hangs the person's name on the place as its flat tail (a new entity,
    a person's) and her description as the place's apposition; the description is the
    subject (events_es_args then names it by the name before it), or the name if none."""
    for place in (c for c in verb.children if c.dep_ == "obl" and c.i > verb.i):
        if place.pos_ != "PROPN" or place.ent_type_ == "PER":
            continue
        name = [c for c in place.children if c.dep_ == "flat" and c.ent_type_ == "PER"]
        if not name or name[0].ent_iob_ != "B" or name[0].i != place.i + 1:
            continue
        described = [
            c for c in place.children
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i == name[-1].i + 2
            and c.doc[c.i - 1].text == ","
        ]  # fmt: skip
        return described[:1] or name[:1]
    return []


def bare_indirect_object(verb: Token) -> list[Token]:
    """A bare noun before a finite verb that the parser made its indirect object, beside a
    clitic object ("Un tribunal lo liberó"): a noun indirect object takes "a", so the bare one
    is the subject. Only one that agrees in number with the verb."""
    number = number_of(verb)
    return [
        c
        for c in verb.children
        if c.dep_ == "iobj"
        and c.i < verb.i
        and c.pos_ in ("NOUN", "PROPN")
        and case_of(c) is None
        and number_of(c) in (None, number)
    ][:1]


def after_al_infinitive(verb: Token) -> list[Token]:
    """The subject of "al" + infinitive, set after it ("al decretar el sindicato un paro"):
    the parser reads it as a first object; a verb takes no two bare objects."""
    if "Inf" not in feats(verb, "VerbForm"):
        return []
    if not any(c.dep_ == "mark" and c.lower_ == "al" for c in verb.children):
        return []
    bare = [c for c in verb.children if c.dep_ == "obj" and case_of(c) is None and c.i > verb.i]
    nominal = [b for b in bare if b.pos_ in ("NOUN", "PROPN")]
    return nominal[:1] if len(nominal) >= 2 else []


def subject_on_time_word(verb: Token) -> list[Token]:
    """A finite verb's subject the parser hung on a time word before it: "el próximo 21 de
    agosto los guaymíes realizarán" (nsubj of "21"), "el sábado, una manifestación ...
    protestó" (apposition of "sábado"), "la tarde del viernes, cientos de indígenas
    bloquearon" (a "de"-phrase set off by the comma that closes the time phrase). Only one
    that agrees in number with the verb."""
    number = number_of(verb)
    for when in (c for c in verb.children if c.i < verb.i and time_word(c)):
        commas = [c.i for c in when.children if c.text == ","]
        for cand in when.children:
            agrees = number is None or number_of(cand) in (None, number)
            set_off = (
                cand.dep_ == "nmod"
                and bool(commas)
                and cand.i > commas[0]
                and case_of(cand) in (None, "de")
                and not time_word(cand)
            )
            if (
                (cand.dep_ in ("nsubj", "appos") or set_off)
                and cand.pos_ in ("NOUN", "PROPN")
                and agrees
            ):
                return [cand]
        counted = _counted_people(when) if _finite_number(verb) == "Plur" else None
        if counted is not None:
            # "el jueves por la noche varios cientos de israelíes habían manifestado": the
            # count the parser hung on the time word, with the people it counts
            return [counted]
    return []


def _finite_number(verb: Token) -> str | None:
    """The number of a verb's finite form: its own, or its auxiliary's for a participle
    ("habían manifestado": plural, whatever the participle's agreement)."""
    aux = [
        c for c in verb.children if c.dep_ in ("aux", "aux:pass") and "Fin" in feats(c, "VerbForm")
    ]
    return next((n for t in [*aux, verb] for n in feats(t, "Number")), None)


def _counted_people(when: Token) -> Token | None:
    """The people a count the parser hung on a time word counts ("el jueves por la noche
    varios cientos de israelíes": the count a compound of "jueves" and the people its
    "de"-phrase, or both hung on "jueves"): the quantity word when it holds them (a
    participant reads its people through it), else the people. A number alone is no count
    ("el 5 de mayo")."""
    quantities = load_vocab_es().words("quantity_nouns")
    for count in when.children:
        if count.dep_ not in ("compound", "nummod", "nmod") or count.i < when.i:
            continue
        if count.lemma_.lower() not in quantities and count.lower_ not in quantities:
            continue
        for holder, start in ((count, count.i), (when, count.i)):
            people = next(
                (
                    c
                    for c in holder.children
                    if c.dep_ == "nmod"
                    and c.i > start
                    and case_of(c) == "de"
                    and c.pos_ in ("NOUN", "PROPN")
                    and "Plur" in feats(c, "Number")
                    and not time_word(c)
                ),
                None,
            )
            if people is not None:
                return count if holder is count else people
    return None
