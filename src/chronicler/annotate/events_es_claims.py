"""What a Spanish sentence tells only as the label someone gave a person or a happening, or
as what a norm says: an act named in the "como"-phrase of a verb of passing off ("fue
ejecutado y legalizado como guerrillero dado de baja en combate", "lo presentaron como
guerrillero muerto en combate": the cover story, no combat), or one a norm bans, orders or
allows ("la nueva ley prohíbe las protestas"), which is no event of the text's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_antecedents import relative_head
from chronicler.annotate.events_es_morph import case_of, feats
from chronicler.annotate.events_es_subjects import lemma_set
from chronicler.annotate.events_es_vocab import EsVocab, unaccented

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


# How an act hangs from the norm's verb that says it: its object, infinitive or clause, a
# phrase's noun ("la detención de quienes ...") or a relative clause on the people covered.
_NORM_CONTENT = frozenset({"obj", "xcomp", "ccomp", "nmod", "obl", "acl", "acl:relcl", "conj"})
# At most this many steps from the act up to the norm's verb.
_NORM_REACH = 6


def norm_content(token: Token, vocab: EsVocab) -> bool:
    """ "La nueva ley prohíbe las protestas frente al Congreso", "el decreto ordena la detención
    de quienes insulten al presidente", "una ley que permite a la policía detener sospechosos":
    the act a norm (`norm_nouns`, the subject of one of the `norm_verbs`) bans, orders or
    allows is what the norm says, no act of its own, as the English norm_content_act; "el
    gobierno ordenó la detención" stays (1.145.0)."""
    node = token
    for _ in range(_NORM_REACH):
        if node.dep_ not in _NORM_CONTENT or node.head.i == node.i:
            return False
        node = node.head
        # (unaccented: the lemmatiser's "prohíbir" for "prohíbe")
        said = {unaccented(w) for w in lemma_set(node, vocab)}
        if node.pos_ == "VERB" and said & vocab.words("norm_verbs"):
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            heads = [relative_head(s) if s.lower_ in ("que", "cual") else s for s in subjects]
            norms = vocab.words("norm_nouns")
            return any(lemma_set(h, vocab) & norms and not h.ent_type_ for h in heads)
    return False


# What may hang on a practice noun that is still the practice in general: its article, an
# adjective ("la tortura sistemática"), the "en"-phrase of where it is used, others listed.
_GENERAL_DEPS = frozenset({"det", "amod", "punct", "cc", "conj"})


def practice_denounced(token: Token, vocab: EsVocab) -> bool:
    """A practice (`practice_nouns`: torture, ill-treatment) that a verb of decrying takes
    in the singular with its article and no act of it told, no victim, doer, count, time or
    owner named: "ha denunciado la tortura", "condenó la tortura en las cárceles del país"
    (a practice condemned, no event; es9 #7's standard; 1.155.0). "denunció la tortura de
    tres detenidos", "denunció su tortura", "la tortura que sufrieron" tell one."""
    if token.pos_ != "NOUN" or not lemma_set(token, vocab) & vocab.words("practice_nouns"):
        return False
    verb = token.head
    if token.dep_ != "obj" or not lemma_set(verb, vocab) & vocab.words("decrying_verbs"):
        return False
    # (the practice named as such, singular with its article: "denunciaron torturas" and
    # "denunciaron las torturas" tell acts)
    if "Sing" not in feats(token, "Number") or not any(
        c.dep_ == "det" and "Def" in feats(c, "Definite") for c in token.children
    ):
        return False
    for child in token.children:
        if child.dep_ == "det" and "Yes" in feats(child, "Poss"):
            return False  # "su tortura": someone's
        if child.dep_ in _GENERAL_DEPS:
            continue
        if child.dep_ == "nmod" and case_of(child) == "en" and not child.like_num:
            continue  # "en las cárceles": where it is used
        return False
    return True
