"""Which of a Spanish sentence's events leads when the parse root is not the act the sentence
reports: a verb of accusing put after the clause it reports ("los manifestantes saquearon
tiendas, acusó la policía") is the clause's source, and the reported act leads (events_es
ranks the events of a sentence by `_salience`; this module says how far down a trigger
moves)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import SUBJECT_DEPS, feats
from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab

# What may stand between a reported clause and its postposed verb: the comma, and a closing
# quote before or after it ('"...", acusó' and '"...," acusó').
_SEPARATORS = frozenset({",", '"', "”", "»", "'"})


def postposed_report(token: Token, vocab: EsVocab) -> Token | None:
    """The clause a verb of accusing (`alleging_report_verbs`) reports when the verb comes
    after it, set off by a comma, with no subject before it ("los manifestantes saquearon
    tiendas, acusó la policía", "Los soldados quemaron las casas", denunció el alcalde):
    the verb says who tells the act, as "X, dijo la policía". A clause told ahead or only
    wished ("atacarán la ciudad, denunció el alcalde", subjunctive or future) is no act done,
    and the accusation keeps its rank."""
    if token.pos_ != "VERB" or not lemma_set(token, vocab) & vocab.words("alleging_report_verbs"):
        return None
    if any(c.dep_ in SUBJECT_DEPS and c.i < token.i for c in token.children):
        return None  # "la policía acusó": the accuser before its verb, a report of its own
    before = token.i - 1
    seen_comma = False
    while before >= 0 and token.doc[before].text in _SEPARATORS:
        seen_comma = seen_comma or token.doc[before].text == ","
        before -= 1
    if not seen_comma:
        return None
    for clause in token.children:
        if clause.dep_ not in ("ccomp", "parataxis") or clause.i > token.i:
            continue
        if any(c.dep_ == "mark" for c in clause.children):
            continue  # "que ...": a clause the verb takes, not one it follows
        if not before <= clause.right_edge.i < token.i:
            continue  # the clause ends at the comma
        if _told_done(clause):
            return clause
    return None


def _told_done(clause: Token) -> bool:
    """The clause's finite word is indicative, past or present ("saquearon", "han saqueado",
    "fueron detenidos"), not future or conditional ("saquearán", "habrían saqueado")."""
    finite = [c for c in clause.children if c.dep_ in ("aux", "aux:pass")] or [clause]
    if any(word.lemma_.lower() == "ir" for word in finite):
        return False  # "van a saquear": told ahead
    return all(
        "Ind" in feats(word, "Mood") and "Fut" not in feats(word, "Tense") for word in finite
    )
