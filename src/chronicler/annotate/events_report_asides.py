"""A reporting clause set off as an aside inside the sentence it reports (events-roles
1.167.0).

"After shooting the clerk, police said, the man walked out": the parser hangs the opening
adverbial on "said", so the gerund would be the reporter's ("police" shooting). A verb of
saying with a comma right after it and the reported clause after that is an aside: what
hangs on it before it belongs to the reported clause, whose subject does it ("the man").
"After meeting Putin, Biden said he was hopeful" (no comma after "said") stays Biden's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLAUSES = frozenset({"ccomp", "parataxis"})


def reported_clause_of_aside(verb: Token) -> Token | None:
    """The verb of the clause a reporting aside (", police said,") reports, where `verb` is
    that aside's verb of saying; None for any other verb."""
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in REPORTING_VERBS:
        return None
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        return verb.head  # "..., police said, the man walked out": "walked" the root
    after = [c for c in verb.children if c.dep_ in _CLAUSES and c.i > verb.i + 1]
    return after[0] if after else None
