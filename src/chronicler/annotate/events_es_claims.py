"""What a Spanish sentence tells only as the label someone gave a person or a happening: an
act named in the "como"-phrase of a verb of passing off ("fue ejecutado y legalizado como
guerrillero dado de baja en combate", "lo presentaron como guerrillero muerto en combate":
the cover story, no combat), which is no event of the text's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import feats
from chronicler.annotate.events_es_subjects import lemma_set
from chronicler.annotate.events_es_vocab import EsVocab

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far back from the trigger the "como" may be, and how many adverbs or clitics may stand
# between the verb of passing off and it ("presentaron posteriormente como").
_REACH = 8
_BETWEEN = 2


def passed_off(token: Token, vocab: EsVocab) -> bool:
    """`token` tells what was done to the person a verb of passing off (`passing_off_verbs`)
    passes someone off as: "como" + a people's word + a participle, then the trigger, with no
    punctuation nor finite verb between; read back from it to the "como", then the verb right
    before it. Not a thing something is passed off as ("presentó como un éxito la
    liberación": the release happened)."""
    if _passed_off_by_parse(token, vocab):
        return True
    doc, start = token.doc, token.sent.start
    for j in range(token.i - 1, max(start, token.i - _REACH) - 1, -1):
        word = doc[j]
        if word.is_punct or (word.pos_ in ("VERB", "AUX") and "Fin" in feats(word, "VerbForm")):
            return False
        if word.lower_ != "como":
            continue
        between = [t for t in doc[j + 1 : token.i] if t.pos_ != "DET"]
        if not between or not _names_people(between[0], vocab):
            return False
        if not any("Part" in feats(t, "VerbForm") for t in between[1:]):
            return False
        before = [doc[k] for k in range(j - 1, max(start, j - 1 - _BETWEEN) - 1, -1)]
        for prior in before:
            if lemma_set(prior, vocab) & vocab.words("passing_off_verbs"):
                return True
            if prior.pos_ not in ("ADV", "PRON"):
                return False
        return False
    return False


def _passed_off_by_parse(token: Token, vocab: EsVocab) -> bool:
    """The same read on the parse, for a label too long for the words before the trigger
    ("lo presentaron como guerrillero del Frente 34 de las FARC, muerto en combate"): the
    trigger under a participle, which hangs on the people's word a "como" marks or on the
    verb of passing off taking that word (1.143.2)."""
    # (the trigger may be the label's participle itself: "como guerrilleros capturados")
    node, participle = token, "Part" in feats(token, "VerbForm")
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        if lemma_set(head, vocab) & vocab.words("passing_off_verbs"):
            # (a "como"-phrase whose people's word the parser hangs on the participle:
            # "presentó los cadáveres como guerrilleros muertos en combate"; 1.146.0)
            return (participle and any(_labelled_people(c, vocab) for c in head.children)) or (
                _marked(node) and any(_names_people(c, vocab) for c in node.children)
            )
        participle = participle or "Part" in feats(head, "VerbForm")
        if _labelled_people(head, vocab):
            # (or on the person passed off, the verb's object: "presentaron a los detenidos
            # como guerrilleros capturados en combate"; 1.146.0)
            passer = head.head.head if head.head.dep_ == "obj" else head.head
            return participle and bool(lemma_set(passer, vocab) & vocab.words("passing_off_verbs"))
        node = head
    return False


def _labelled_people(token: Token, vocab: EsVocab) -> bool:
    """A people's word marked by "como" ("como guerrillero")."""
    return _marked(token) and _names_people(token, vocab)


def _marked(token: Token) -> bool:
    return any(c.dep_ in ("mark", "case") and c.lower_ == "como" for c in token.children)


def _names_people(token: Token, vocab: EsVocab) -> bool:
    """A word for a kind of people ("guerrillero", "delincuente", "terrorista")."""
    words = lemma_set(token, vocab) | {token.lower_}
    return bool(words & vocab.words("agent_nouns")) or any(words & w for _, w in vocab.roles)
