"""The modality a Spanish event trigger carries on itself, before the clauses above it are
read (events_es_modality): its negation ("no", "sin"), its future ("liberará", "va a
liberar", "cuando sea liberado"), its hypothetical mood (the conditional, "podría", "si", "una
posible huelga", "presunto") and the English modal plover_coding reads for "poder"/"deber".

Split out of events_es_modality.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import feats
from chronicler.annotate.events_es_vocab import misread_conditional

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab

# The conditional and "poder"/"deber" as the English modals plover_coding reads.
MODALS = {("poder", True): "could", ("poder", False): "may", ("deber", True): "should",
           ("deber", False): "must"}  # fmt: skip


def own_marks(token: Token, vocab: EsVocab) -> tuple[bool, bool, bool, str | None]:
    """The trigger's own negation, future, hypothetical flags and modal, read from its tense
    and mood, its auxiliaries and its marks ("no", "va a", "podría", "si", "cuando sea")."""
    cues = vocab.modality
    negated = future = hypothetical = False
    modal = None
    if not any(c.isalpha() for c in token.text):
        # a dateline's ".-" the parser read as a verb in the future, with the lead's verb as
        # its conjunct: punctuation carries no mood
        return negated, future, hypothetical, modal
    if "Fut" in feats(token, "Tense"):
        future = True
    if "Cnd" in feats(token, "Mood") or misread_conditional(token):  # ("paralizarían")
        hypothetical, modal = True, "would"
    going_to = any(c.dep_ == "mark" and c.lower_ == "a" for c in token.children)
    for child in token.children:
        lem = child.lemma_.lower()
        # (not a multiword adverb opening with one: "sin embargo", "sin duda")
        fixed = any(g.dep_ == "fixed" for g in child.children)
        if (child.dep_ in ("advmod", "neg") and lem in cues.negation_words and not fixed) or (
            child.dep_ == "mark" and lem == "sin"  # "sin ser detenido"
        ):
            negated = True
        elif child.dep_ in ("aux", "aux:pass", "cop"):
            conditional = "Cnd" in feats(child, "Mood")
            if lem == "ir" and going_to:  # "va a liberar"
                future = True
            elif lem in cues.hypothetical_aux:
                hypothetical = True
                modal = MODALS.get((lem, conditional), modal)
            elif conditional:
                hypothetical, modal = True, modal or "would"
            if "Fut" in feats(child, "Tense"):  # "será liberado"
                future = True
        elif child.dep_ == "mark" and lem in cues.conditional_if:
            hypothetical = True
        elif child.dep_ == "mark" and lem in cues.pending_marks and subjunctive(token):
            future = True  # "cuando sea liberado", "hasta que ofrezca": not yet
        elif child.dep_ in ("advmod", "amod") and lem in cues.alleged_words:
            hypothetical = True
        elif child.dep_ == "amod" and lem in vocab.words("possibility_adjectives"):
            hypothetical = True  # "una posible huelga nacional": only possible (1.152.0)
    return negated, future, hypothetical, modal


def subjunctive(token: Token) -> bool:
    forms = [token, *[c for c in token.children if c.dep_ in ("aux", "aux:pass", "cop")]]
    return any("Sub" in feats(t, "Mood") for t in forms)
