"""Whether a Spanish word stands where it tells an event, before any rule is tried on it
(events_es_match.match_rule and unseen_match): not a participle used as a plain adjective
("los presos políticos detenidos"), nor one naming the doers of a pronominal act ("los reclusos
amotinados"), nor a noun naming a kind of place ("centro de detención"), nor a participle
heading a noun phrase of the people an act befell ("los acusados negaron los cargos").
Split from events_es_match."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_forms import PARTICIPLE_ENDINGS
from chronicler.annotate.events_es_morph import case_of, feats, misread_modifier
from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab


def is_event_position(token: Token, vocab: EsVocab) -> bool:
    """Not a participle used as a plain adjective ("los presos políticos detenidos") nor a
    noun naming a kind of place ("centro de detención"), nor a word of a name written in
    capitals in a sentence in lower case ("en el río Buey, CHOCÓ, MEDIO ATRATO")."""
    if capitalised_name(token):
        return False
    if token.pos_ in ("ADJ", "VERB") and token.dep_ in ("amod", "acl"):
        # (a finite verb with a subject is a clause: "Boicot francés: los exportadores
        # amenazan con...", read as a clause on the headline's noun; a counted noun's
        # participle reports the act: "dejaron unas 2.400 personas detenidas", "dos
        # militares heridos")
        return (
            misread_modifier(token)
            or any(c.dep_ in ("obl", "obj", "iobj", "nmod", "aux") for c in token.children)
            or (
                "Fin" in feats(token, "VerbForm") and any(c.dep_ == "nsubj" for c in token.children)
            )
            or (
                "Part" in feats(token, "VerbForm")
                and token.i > token.head.i
                and any(c.dep_ == "nummod" for c in token.head.children)
            )
        ) and not _names_doers(token, vocab)
    if token.pos_ == "NOUN" and token.dep_ == "nmod" and case_of(token) == "de":
        return not (lemma_set(token.head, vocab) & vocab.words("places"))
    return not names_undergoers(token, vocab)


def capitalised_name(token: Token) -> bool:
    """A word in capitals beside another in capitals, in a sentence mostly in lower case: a
    place or a body written in capitals, as news datelines and lists of places write them
    ("CHOCÓ, MEDIO ATRATO": Medio Atrato, a municipality, no mediation; 1.159.0). A headline
    in capitals is parsed in sentence case (annotate.nlp.parse_texts)."""
    if not (token.is_upper and len(token.text) > 1 and token.is_alpha):
        return False
    doc = token.doc
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    if not any(t.is_upper and t.is_alpha and len(t.text) > 1 for t in beside):
        return False
    words = [t for t in token.sent if t.is_alpha]
    return sum(t.is_lower for t in words) > len(words) / 2


def _names_doers(token: Token, vocab: EsVocab) -> bool:
    """A participle of a pronominal act on the noun of its doers names who they are, no act
    of its own ("los 205 presos rebelados de la penitenciaría volvieron a sus celdas", "los
    reclusos amotinados en la cárcel": `doer_participles`); the sentence's verb tells what
    they did. Not one heading its own clause ("los presos que se amotinaron")."""
    return (
        "Fin" not in feats(token, "VerbForm")
        and token.head.pos_ in ("NOUN", "PROPN", "ADJ")
        and token.head.i < token.i
        and bool(lemma_set(token, vocab) & vocab.words("doer_participles"))
    )


# A participle heading a noun phrase stands in these links, as a noun does.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos"})
# What only a verb has: auxiliaries, a copula, a subject or an object of its own.
_VERBAL_DEPS = frozenset({"aux", "aux:pass", "cop", "nsubj", "nsubj:pass", "obj", "xcomp"})


def names_undergoers(token: Token, vocab: EsVocab) -> bool:
    """A participle heading a noun phrase names the people an act befell, no act of its own
    ("los acusados negaron los cargos", "un detenido murió en huelga de hambre", "mantiene
    en la cárcel al detenido más anciano", "60 encarcelados fueron trasladados"), as the
    English people_of_act ("the detainees"): an article, a number or a preposition of its
    own marks it a noun, and it has nothing only a verb has. A count of them left by an act
    or in a tally still tells the act ("la protesta dejó cien detenidos", "un saldo de
    cien detenidos"; `tally_nouns`)."""
    participle = token.pos_ == "ADJ" or "Part" in feats(token, "VerbForm")
    if not participle or not token.lower_.endswith(PARTICIPLE_ENDINGS):
        return False  # (nouns of that ending are acts: "un atentado", "la redada")
    # (a conjunct of a noun is one too: "Jorge Reyes y otros 21 acusados")
    conjunct = token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN", "PRON")
    if token.dep_ not in _NOMINAL_DEPS and not conjunct:
        return False
    children = list(token.children)
    # (an "object" with a preposition is a phrase the parser misread: "acusados por delitos")
    if any(c.dep_ in _VERBAL_DEPS and case_of(c) is None for c in children):
        return False
    if not any(c.dep_ in ("det", "nummod", "case") for c in children):
        return False
    counted = any(c.dep_ == "nummod" for c in children)
    left = token.dep_ == "obj" and case_of(token) is None  # "dejó cien detenidos"
    tallied = bool(lemma_set(token.head, vocab) & vocab.words("tally_nouns"))
    return not (counted and (left or tallied))
