"""Spanish morphology readers (events_es_morph), on parses built for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from chronicler.annotate.events_es_morph import has_possessive

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline's vocab (loaded once)


def test_a_possessive_determiner_tells_whose_the_noun_is(nlp_es) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(
        nlp_es.vocab,
        words=["Anunciaron", "su", "ruptura", "y", "la", "huelga", "."],
        heads=[0, 2, 0, 5, 5, 2, 0],
        deps=["ROOT", "det", "obj", "cc", "det", "conj", "punct"],
        pos=["VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "PUNCT"],
        morphs=["", "Poss=Yes", "", "", "Definite=Def", "", ""],
    )
    assert has_possessive(doc[2])
    assert not has_possessive(doc[5])  # an article is no possessor
    assert not has_possessive(doc[0])  # nor is a possessor further down the tree
