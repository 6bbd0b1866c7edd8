"""The words of a Spanish participant or attribute phrase: the head's noun phrase on its own
line, without clauses, lists, asides or other triggers ("agentes del Sebin", "traición a la
patria"), and its text and offsets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import case_of, misread_modifier
from chronicler.annotate.events_es_subjects import opened_by_para

if TYPE_CHECKING:
    from spacy.tokens import Token


# Dependencies cut from a participant phrase: clauses, lists, asides hanging off the head.
_CUT = frozenset(
    {"acl", "acl:relcl", "advcl", "punct", "cc", "conj", "appos", "parataxis", "dep", "case",
     "mark", "nummod", "advmod", "cop", "aux"}
)  # fmt: skip

# Dependencies cut from an attribute phrase (a charge, a place): clauses and lists only.
_ATTR_CUT = frozenset({"acl", "acl:relcl", "advcl", "punct", "cc", "conj", "parataxis", "appos"})


def _breaks_line(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


def same_line(tokens: list[Token], head: Token) -> list[Token]:
    """Tokens on the head's line: a phrase never runs across a title or paragraph break.
    (Walks tokens, not `doc.text`, which spaCy rebuilds on every access.)"""
    doc = head.doc
    lo = head.i
    while lo > 0 and not _breaks_line(doc[lo - 1]):
        lo -= 1
    hi = head.i
    while hi < len(doc) - 1 and not _breaks_line(doc[hi]):
        hi += 1
    return [t for t in tokens if lo <= t.i <= hi and "\n" not in t.text]


def phrase_tokens(
    head: Token, cut: frozenset[str] = _CUT, skip: frozenset[int] = frozenset()
) -> list[Token]:
    """The head's noun phrase: modifiers and "de"-complements, no clauses or lists, and no
    word in `skip` (event triggers: "personas [detenidas por motivos políticos]")."""
    keep: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        for child in tok.children:
            if child.dep_ in cut or child.i in skip:
                continue
            if _event_aside(child, skip):
                continue  # "El coronel, buscado por el asesinato de X,": the colonel (1.177.6)
            if child.pos_ == "NOUN" and misread_modifier(child):
                continue  # "El alcalde recibio amenazas": a verb read as a noun on its subject
            if child.dep_ == "nmod" and case_of(child) not in (("de", None) if cut is _CUT else
                                                                ("de", "a", None)):  # fmt: skip
                continue  # "agentes del Sebin" stays; "agentes en Caracas" is not the agents
            stack.append(child)
    keep = same_line(sorted(keep, key=lambda t: t.i), head)
    while keep and keep[0].pos_ in ("DET", "ADP", "PUNCT", "CCONJ") and keep[0].i != head.i:
        keep.pop(0)
    while keep and keep[-1].pos_ in ("PUNCT", "CCONJ", "ADP") and keep[-1].i != head.i:
        keep.pop()
    return keep


def _event_aside(child: Token, skip: frozenset[int]) -> bool:
    """A participle set off by a comma after the head whose own object or phrase is an
    event trigger ("El coronel, buscado por el asesinato del periodista, fue detenido"): the
    aside tells of another event, and with its trigger skipped only the bare participle would
    stay in the party's phrase ("coronel, buscado")."""
    return (
        child.dep_ in ("amod", "acl")
        and child.i > child.head.i + 1
        and child.doc[child.i - 1].text == ","
        and "Part" in child.morph.get("VerbForm", [])
        and any(g.i in skip for g in child.children)
    )


def adjective_complement(phrase: Token) -> bool:
    """An "a"-phrase right after an adjective modifying a noun before it: the adjective's
    complement, however the parser hung it: "un indígena perteneciente a la etnia Kogui", "un
    dirigente cercano al gobierno" (no object of the verb)."""
    before = phrase.doc[phrase.left_edge.i - 1] if phrase.left_edge.i > 0 else None
    return (
        case_of(phrase) == "a"
        and before is not None
        and before.pos_ == "ADJ"
        and before.dep_ == "amod"
        and before.head.i < before.i
        and before.head.pos_ in ("NOUN", "PROPN")
    )


def span_text(tokens: Sequence[Token]) -> tuple[str, int, int]:
    if not tokens:
        return "", 0, 0
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text, start, end


def attribute_tokens(head: Token) -> list[Token]:
    """The words of a charge or a place, in text order: "traición a la patria"."""
    tokens = phrase_tokens(head, _ATTR_CUT)
    for acl in (c for c in head.children if c.dep_ == "acl" and case_of(c) is None):
        if opened_by_para(acl):
            tokens += list(acl.subtree)  # "asociación para delinquir"
    return _before_clause(sorted(set(tokens), key=lambda t: t.i), head)


# Words that open a relative clause after a comma ("la embajada mexicana, donde se habían
# refugiado, ..."): a place or charge phrase ends before that comma.
_RELATIVE_OPENERS = frozenset(
    {"donde", "adonde", "que", "quien", "quienes", "cual", "cuales", "cuyo", "cuya", "cuyos",
     "cuyas", "cuando", "where", "which", "who", "whom", "whose", "when"}
)  # fmt: skip


def _before_clause(tokens: list[Token], head: Token) -> list[Token]:
    """The phrase's words up to a comma after its head that opens a relative clause or a
    participial phrase ("embajada mexicana, donde se habían refugiado, escoltados por
    diplomáticos": "embajada mexicana"), wherever the parser hung the words after it; a
    comma before a place ("la cárcel de Miraflores, en La Paz") does not end it."""
    doc = head.doc
    last = tokens[-1].i if tokens else head.i
    for tok in doc[head.i + 1 : last]:
        if tok.text != ",":
            continue
        nxt = doc[tok.i + 1]
        if nxt.lower_ in _RELATIVE_OPENERS or "Part" in nxt.morph.get("VerbForm", []):
            return [t for t in tokens if t.i < tok.i]
    return tokens


def attribute_text(head: Token) -> str:
    """A charge or a place as written: "traición a la patria", "sede del Sebin"."""
    text = span_text(attribute_tokens(head))[0]
    if text.count("(") > text.count(")"):  # "sede del Servicio ... (Sebin": cut the open aside
        text = text[: text.rfind("(")].rstrip(" ,")
    return text
