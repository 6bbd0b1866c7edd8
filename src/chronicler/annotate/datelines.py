"""Wire datelines at the head of a line ("CARACAS, Venezuela (AP) —", "WASHINGTON (Reuters) -",
"CALI, 12 de marzo de 2024 (EFE).-"): the place, date and agency that open a report say
where it was filed and by whom; none of their words is an event's participant."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Dashes that close a dateline; a bare hyphen counts only set off by a space or after the
# agency's bracket (so that "well - known"'s split hyphen never does).
DASHES = frozenset({"—", "–", "--", ".-"})
# How many tokens a dateline may run before its dash: "BALTIMORE, EEUU, Dic 8 (AFP) -".
DATELINE_SPAN = 14
# A place in title case before the dash: its words, and what may stand between them.
_PLACE_WORDS = 4
_PLACE_PUNCT = frozenset({",", ".", "/"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})


def is_dash(token: Token) -> bool:
    if token.text in DASHES:
        return True
    if token.text != "-" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return bool(before.whitespace_) or before.text == ")"


def dateline_dash(token: Token) -> Token | None:
    """The dash closing the dateline that opens the token's sentence, if it opens with one:
    the words before the dash hold a place in capitals ("CARACAS") or an agency in brackets
    ("(AP)")."""
    sent = token.sent
    dash = next((t for t in sent[:DATELINE_SPAN] if is_dash(t)), None)
    if dash is None or dash.i == sent.start:
        return None
    before = token.doc[sent.start : dash.i]
    if "\n" in before.text:
        return None
    capitals = _opens_with_capitals(before)
    agency = any(
        a.text == "(" and b.text[:1].isupper() and c.text == ")"
        for a, b, c in zip(before, before[1:], before[2:], strict=False)
    )
    return dash if capitals or agency or _place_opening_line(before) else None


def _opens_with_capitals(before: Span) -> bool:
    """The words open on a place in capitals closed by a comma, a bracket or the dash itself
    ("CARACAS,", "SAN JOSÉ (AP)", "BOGOTA.-"), not an acronym that starts a sentence ("NATO
    leaders — who met in Brussels — agreed")."""
    words = 0
    for token in before:
        if token.is_alpha and token.is_upper:
            words += 1
            continue
        return words > 0 and any(len(t) > 2 for t in before[:words]) and token.text in ",("
    return words > 0 and any(len(t) > 2 for t in before)


def _place_opening_line(before: Span) -> bool:
    """A place named in title case opens a line before the dash ("Indianapolis –", "Dekalb,
    Ill. —"): a few capitalised words, the first a place the tagger knows, on the line's first
    sentence (a name set off by dashes mid-paragraph is an aside)."""
    words = [t for t in before if t.text not in _PLACE_PUNCT]
    if not (0 < len(words) <= _PLACE_WORDS and words[0].ent_type_ in _PLACE_ENTS):
        return False
    if not all(t.text[:1].isupper() for t in words):
        return False
    text = doc_text(before.doc)  # (cached: Doc.text joins every token at each call)
    i = before.start_char - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return i < 0 or text[i] == "\n"


def in_dateline(token: Token) -> bool:
    """The token is a word of the dateline that opens its sentence."""
    dash = dateline_dash(token) or _dateline_colon(token)
    return dash is not None and token.i < dash.i


def _dateline_colon(token: Token) -> Token | None:
    """The colon closing a dateline of places in title case that opens a paragraph ("New
    Delhi / Mumbai : An Indian warship foiled ... ."). Only a sentence that ends on a full stop
    counts: a headline ("Iran: US must lift sanctions") names a speaker before its colon."""
    sent = token.sent
    colon = next((t for t in sent[: _PLACE_WORDS + 3] if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text not in (".", '."', ".”"):
        return None
    return colon if _place_opening_line(token.doc[sent.start : colon.i]) else None


def past_dateline(subject: Token) -> list[Token]:
    """What a subject stands for: itself, or, when the parser made the dateline the subject
    ("BALTIMORE, Dic 8 (AFP) - Angela Davis ... protestó"), the words after the dash it hung
    on the dateline as appositions or conjuncts."""
    if not in_dateline(subject):
        return [subject]
    return [c for c in subject.children if c.dep_ in ("appos", "conj") and not in_dateline(c)]
