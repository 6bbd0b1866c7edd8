"""Spanish slogans: an act named inside the quoted words of a slogan, a banner or a chant is
no event ("con leyendas como \"entre las urnas y las barricadas, preferimos las barricadas\"":
no barricade put up), as the English events_slogans; unless the slogan calls for it to
stop, which tells it goes on ("corearon \"basta de represión\"": the repression).
Which quotation is a slogan's: one right after a slogan noun or a chanting verb
(`slogan_nouns`, `chanting_verbs`), with "como", "de", "que decía" or a colon between, or
after another such quotation in the same list ("leyendas como \"X\", \"Y\" y \"Z\"")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from chronicler.annotate.events_es_vocab import EsVocab

_QUOTES = frozenset({'"', "“", "”", "«", "»", "``", "''"})
# Words between a slogan noun and its quotation, or between quotations of one list.
_LINKS = frozenset({"como", "de", "que", "decía", "decían", "rezaba", "rezaban", ":", ",", "y",
                    "o", "e", "con", "el", "la", "los", "las"})  # fmt: skip


def _quotations(sent: Span) -> list[tuple[int, int]]:
    """(opening, closing) token indices of the sentence's quotations, paired in order."""
    marks = [t.i for t in sent if t.text in _QUOTES]
    return list(zip(marks[::2], marks[1::2], strict=False))


def in_slogan(trigger: Token, vocab: EsVocab) -> bool:
    """The trigger is in a slogan's quotation and is not what it calls to stop."""
    quotes = _quotations(trigger.sent)
    inside = [q for q in quotes if q[0] < trigger.i < q[1]]
    if not inside:
        return False
    doc = trigger.doc
    start = inside[0][0]
    slogan = False
    while True:
        i = start - 1
        while i >= trigger.sent.start and doc[i].lower_ in _LINKS:
            i -= 1
        if i < trigger.sent.start:
            break
        before = next((q for q in quotes if q[1] == i), None)
        if before is not None:  # another quotation of the same list: read on before it
            start = before[0]
            continue
        words = lemma_set(doc[i], vocab) | {doc[i].lower_}
        slogan = bool(words & (vocab.words("slogan_nouns") | vocab.words("chanting_verbs")))
        break
    if not slogan:
        return False
    ceasing = vocab.words("ceasing_slogan_words")
    opening = [t for t in doc[inside[0][0] + 1 : trigger.i] if t.lower_ in ceasing]
    return not opening
