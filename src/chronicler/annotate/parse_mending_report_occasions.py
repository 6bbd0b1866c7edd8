"""The occasion of a report, set off after its reported clause, hung on that clause.

"President Chirac said Mr Arafat remains the only negotiating partner for Israel, in separate
calls with Prime Minister Sharon and the Palestinian leader": the small English model hangs the
closing "in ..." phrase on the reported verb ("remains"), so the calls become Arafat's. An "in"
phrase set off by a comma at the end of a reported clause, whose noun names an occasion of
speaking (`report_occasion_nouns`: a call, an interview, a statement, a speech), tells where the
reporter spoke: it is the reporting verb's (component `chronicler_parse_mending_v52`). Detector
only; parse_mending applies it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _singular(word: str) -> str:
    """The word without a plural "s" (the lemmatizer has not run yet when the parse is
    mended): "calls" call, "interviews" interview."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def report_occasions_on_reported_clauses(
    sent: Span, occasions: frozenset[str]
) -> list[tuple[Token, Token, Token]]:
    """Each (comma, preposition, reporting verb) of an "in" phrase naming an occasion of
    speaking, set off by a comma as the last phrase of a reported clause the parser hung it
    on ("said X remains the only partner, in separate calls with Y")."""
    found = []
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i == sent.start:
            continue
        clause = prep.head
        if clause.dep_ != "ccomp" or not clause.head.tag_.startswith("VB"):
            continue  # (tags only: the parts of speech are mapped after the parse is mended)
        comma = sent.doc[prep.i - 1]
        if comma.text != "," or comma.head.i not in (clause.i, clause.head.i):
            continue
        if any(c.i > prep.i and not c.is_punct for c in clause.children):
            continue  # the phrase does not end the clause
        nouns = [c for c in prep.children if c.dep_ == "pobj"]
        if nouns and all(_singular(n.lower_) in occasions for n in nouns):
            found.append((comma, prep, clause.head))
    return found
