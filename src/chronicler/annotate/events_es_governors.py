"""What a Spanish noun or clause hangs on: the verb governing a noun (through a light verb,
a displaced object or a verb of daybreak), the controller of an infinitive, and whether a
token sits in another clause or a noun names its own party. Split from events_es_subjects."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import (
    agrees_in_form,
    case_of,
    feats,
    has_possessive,
    is_infinitive,
)
from chronicler.annotate.events_es_vocab import (
    load_vocab_es,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def daybreak_objects(verb: Token) -> list[Token]:
    """The object the parser hung on a time told by the day's turning after "al"
    (`daybreak_verbs`: "los vecinos bloquearon al amanecer la carretera", "ocuparon al
    anochecer la sede"): read as an infinitive, it takes the next noun phrase, which is the
    governing verb's own object. None when the verb has an object of its own."""
    if any(c.dep_ == "obj" for c in verb.children):
        return []
    days = load_vocab_es().words("daybreak_verbs")
    return [
        o
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl", "obl")
        and c.i > verb.i
        and c.lemma_.lower() in days
        and any(m.lower_ == "al" for m in c.children if m.dep_ in ("mark", "case"))
        for o in c.children
        if o.dep_ == "obj" and o.i > c.i and case_of(o) in (None, "a")
    ][:1]


def infinitive_controller(verb: Token) -> Token | None:
    """Whom a passive infinitive with no subject of its own is about: in "murió tres días
    después de ser detenido" the subject of the verb its adverbial clause hangs on, through a
    relative pronoun the noun the relative clause describes ("una joven que murió ... después
    de ser detenida": the young woman), or the name that noun is in apposition to."""
    if verb.dep_ != "advcl" or not is_infinitive(verb):
        return None
    head = verb.head
    if head.pos_ == "ADV" and head.dep_ == "advmod":  # "después de", "antes de", "tras"
        head = head.head
    if head.pos_ in ("NOUN", "PROPN"):  # hung on the noun describing the person
        subject: Token | None = head
    elif head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    else:
        return None
    if subject is not None and ("Rel" in feats(subject, "PronType") or subject.lower_ == "que"):
        subject = head.head if head.dep_.startswith("acl") else None
    if (
        subject is None
        or subject.pos_ not in ("NOUN", "PROPN")
        or not agrees_in_form(verb, subject)
    ):
        return None  # a misattached clause: "las marchas ... después de ser detenida"
    if subject.dep_ == "appos" and subject.head.pos_ == "PROPN":
        return subject.head
    return subject


def governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb a noun trigger is the object or oblique of, and the link ("obj", "obl")."""
    if noun.dep_ in ("obj", "nsubj", "obl") and noun.head.pos_ in ("VERB", "AUX", "ADJ"):
        if noun.dep_ == "obl" and case_of(noun) is None and noun.i > noun.head.i:
            return noun.head, "obj"  # "sostuvieron en zona rural, un combate": no preposition
        if noun.dep_ == "obj" and case_of(noun) not in (None, "a"):
            return noun.head, "obl"  # "preguntaron por las protestas": read as an object
        return noun.head, noun.dep_
    verb = displaced_object_of(noun)
    if verb is not None:  # "sostuvieron en zona rural, un combate con tropas"
        return verb, "obj"
    verb = _daybreak_verb(noun)
    if verb is not None:  # "iniciaron al amanecer una huelga": read as the time's object
        return verb, "obj"
    owner = noun.head
    if (
        noun.dep_ == "nmod"
        and case_of(noun) == "bajo"
        and owner.dep_ == "obj"
        and owner.head.pos_ == "VERB"
        and owner.i < noun.i
    ):
        # "la policía puso a la activista bajo arresto": the state a verb puts its object in,
        # which the parser hangs on the object
        return owner.head, "obl"
    # "llegaron a Quito, dentro de su protesta": an oblique of the adverb that opens a
    # compound preposition ("dentro de", "después de") is the verb's
    adverb = noun.head
    if noun.dep_ == "obl" and adverb.pos_ == "ADV" and adverb.dep_ == "advmod":
        return (adverb.head, "obl") if adverb.head.pos_ in ("VERB", "AUX") else (None, "")
    return None, ""


def _daybreak_verb(noun: Token) -> Token | None:
    """The verb whose object the parser hung on a time told by the day's turning after "al"
    (`daybreak_verbs`), as `daybreak_objects` reads it for a verb trigger: "iniciaron al
    amanecer del lunes una huelga" (the strike is what they began)."""
    day = noun.head
    if (
        noun.dep_ != "obj"
        or day.i > noun.i
        or day.lemma_.lower() not in (load_vocab_es().words("daybreak_verbs"))
    ):
        return None
    if not any(m.lower_ == "al" for m in day.children if m.dep_ in ("mark", "case")):
        return None
    verb = day.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == day.i:
        return None
    # (an adverb the parser made an object, "iniciaron pacíficamente al amanecer", is none)
    own = [
        c
        for c in verb.children
        if c.dep_ == "obj" and c.i != day.i and c.pos_ in ("NOUN", "PROPN", "PRON")
    ]
    return None if own else verb


def displaced_object_of(noun: Token) -> Token | None:
    """The verb whose object the parser read as an apposition of the place before it: in
    "sostuvieron en zona rural, un combate con tropas" and "dinamitaron en el sitio La Perra,
    una tractomula", the object (a noun with its own article, after a comma) hangs on the "en"
    oblique ("zona", or the site's name under it)."""
    first = noun.left_edge.i
    comma = noun.doc[first].text == "," or (first > 0 and noun.doc[first - 1].text == ",")
    if noun.dep_ != "appos" or not comma:
        return None
    if not any(c.dep_ == "det" for c in noun.children):
        return None
    host = noun.head
    while host.dep_ in ("appos", "flat", "nmod") and host.head.i < host.i:
        host = host.head  # ("el sitio Caño La Perra": the name under the place noun)
    if host.dep_ != "obl" or case_of(host) != "en" or host.head.pos_ != "VERB":
        return None
    return host.head


# Clauses of their own under the event's: a reported clause, a subject clause, an aside.
_OTHER_CLAUSES = frozenset({"ccomp", "csubj", "parataxis"})


def in_other_clause(token: Token, clause: Token, background: frozenset[str]) -> bool:
    """The token is inside a clause that tells another happening than `clause`'s: one of
    `_OTHER_CLAUSES`, or one opened by a `background` word ("después de que un tribunal de
    Caracas ordenara su captura", "después de una protesta en Caracas", "tras pasar sus
    días en la embajada"): a place there is that happening's, not the event's."""
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ in _OTHER_CLAUSES:
            return True
        if token.dep_ in ("advmod", "mark", "case") and token.lower_ in background:
            return True
        if token.dep_ in ("advcl", "obl", "nmod") and any(
            c.dep_ in ("mark", "case", "advmod") and c.lower_ in background for c in token.children
        ):
            return True
        token = token.head
    return False


def names_its_party(noun: Token) -> bool:
    """A noun's phrase names whom its act is done to: a possessive ("su destitución") or a
    "de"-phrase naming someone or something ("la destitución de Castillo", "del presidente"),
    or one named once after a list of such nouns ("la destitución y el arresto de Castillo")."""
    listed = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return (
        has_possessive(noun)
        or any(
            c.dep_ == "nmod" and case_of(c) == "de" and c.pos_ in ("PROPN", "NOUN", "PRON")
            for c in noun.children
        )
        or any(names_its_party(c) for c in listed)
    )


def participle_agent(noun: Token) -> Token | None:
    """A participle modifying `noun` that names its doer in a "por"-phrase ("bloqueos de
    carreteras iniciados por cientos de camioneros", "una marcha convocada por los
    sindicatos"): the act is that doer's, read as if the participle were its verb."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("amod", "acl")
            and "Part" in feats(c, "VerbForm")
            and any(
                g.dep_ in ("obj", "obl", "obl:agent", "nmod") and case_of(g) == "por"
                for g in c.children
            )
        ),
        None,
    )
