"""A reduced relative clause on an object read as a clause of the sentence's verb.

"Unions are expressing their dissatisfaction with the royal commission set up to investigate
claims of fraud": the small English model reads "set" as a past tense hung on the main verb as
an adverbial clause, so the infinitive of purpose after it takes the main verb's subject (the
unions) as its doer. A past form right after the noun of an object or a preposition's object,
with no subject, auxiliary, marker or object of its own, that carries a "to" infinitive, is
the participle of a reduced relative on that noun: "the commission (that was) set up to
investigate" (component `chronicler_parse_mending_v52`). Detector only; parse_mending applies
it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_OBJECT_DEPS = frozenset({"pobj", "dobj"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# What a finite clause of its own would carry: a subject, an auxiliary, a marker, an object.
_OWN_CLAUSE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark", "dobj", "dative", "cc"}
)


def _purpose_infinitive(verb: Token) -> bool:
    """The verb carries a "to" infinitive ("set up to investigate")."""
    return any(
        c.dep_ in ("advcl", "xcomp")
        and c.tag_ == "VB"
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def object_relatives_read_as_clauses(sent: Span) -> list[tuple[Token, Token]]:
    """Each (noun, participle) of a past form the parser hung as an adverbial clause or a
    conjunct of an earlier verb, right after that verb's object or a preposition's object,
    with no clause of its own and a "to" infinitive on it ("the royal commission set up to
    investigate claims"): the participle modifies the noun."""
    found = []
    for verb in sent:
        if verb.tag_ != "VBD" or verb.dep_ not in ("advcl", "conj") or verb.i == sent.start:
            continue
        noun = sent.doc[verb.i - 1]
        if noun.dep_ not in _OBJECT_DEPS or noun.tag_ not in _NOUN_TAGS:
            continue
        if not verb.head.i < noun.i:
            continue  # the noun lies inside the clause of the verb it hangs on
        if any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children):
            continue
        if _purpose_infinitive(verb):
            found.append((noun, verb))
    return found
