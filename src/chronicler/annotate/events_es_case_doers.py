"""Who did a crime a Spanish criminal case tells: the one charged with, accused of, arrested
for, convicted of or acquitted of it is its doer ("el joven fue acusado del asesinato de un
policía", "dos hombres fueron detenidos por el asesinato de un periodista", "la policía
detuvo a dos hombres por el secuestro de X": the accused, X the target), by the lead's
rulings of the thirty-fifth and thirty-sixth sessions. Whether the act is established is
its flag: alleged, hypothetical, unless a conviction tells it (`conviction_verbs`:
"condenado por el asesinato de X"). The Spanish side of events_case_doers (version 1.159.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import case_of, feats
from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_context import EsContext
    from chronicler.annotate.events_es_vocab import EsRule, EsVocab

CRIME_TYPES = frozenset({"ASSAULT", "COERCE"})
_OBJECT_DEPS = frozenset({"obj", "iobj"})


def case_verb(crime: Token, vocab: EsVocab) -> Token | None:
    """The verb of a criminal case (`case_verbs`) whose "por"/"de"-phrase names `crime`, an
    act noun, directly or through a noun of charge or suspicion ("detenido por el asesinato
    de X", "acusado del secuestro", "detenido bajo la acusación de asesinato"); None when
    the phrase tells the operation or a lawful act (`told_case_acts`: "detenido por la
    protesta")."""
    if crime.pos_ != "NOUN" or crime.dep_ not in ("obl", "nmod", "obj"):
        return None  # ("fue acusado del asesinato": the parser may make the phrase an object)
    if case_of(crime) not in vocab.words("case_preps"):
        return None
    if lemma_set(crime, vocab) & vocab.words("told_case_acts"):
        return None
    head = case_head(crime, vocab)
    if head.pos_ not in ("VERB", "ADJ") or not case_word(head, vocab):
        return None
    return head


def case_head(phrase: Token, vocab: EsVocab) -> Token:
    """The word a case's phrase naming an act hangs on, past a noun of charge or suspicion
    ("bajo la acusación de asesinato", "por cargos de secuestro", "por el delito de") and past
    the one accused where the parser hung the phrase on that object ("acusó a tres policías
    del asesinato", "acusó al periodista de incitar"): the case word, when it is one."""
    word = phrase.head
    grounds = case_ground(word, vocab) and word.head.i != word.i
    if grounds and word.dep_ in ("obl", "nmod", "obl:arg"):
        word = word.head
    if word.dep_ in ("obj", "iobj") and case_of(word) == "a" and case_word(word.head, vocab):
        word = word.head  # (not a thing object: "acusados de un intento de golpe")
    return word


def case_word(word: Token, vocab: EsVocab) -> bool:
    """A word of a criminal case (`case_verbs`: "detener", "acusar", "condenar"; a participle
    or a noun of the one held the tagger keeps as it is: "el detenido", "el sospechoso")."""
    return bool(lemma_set(word, vocab) & vocab.words("case_verbs"))


def case_ground(word: Token, vocab: EsVocab) -> bool:
    """A noun of charge or suspicion whose "de"-phrase names a case's crime
    (`suspicion_nouns_es`: "bajo sospecha de", "por los cargos de", "por el delito de")."""
    return bool(lemma_set(word, vocab) & vocab.words("suspicion_nouns_es"))


def alleging(word: Token, vocab: EsVocab) -> bool:
    """A case word that alleges what it is about: any but a conviction (`conviction_verbs`:
    "condenado por el asesinato de X" tells it done)."""
    return case_word(word, vocab) and not lemma_set(word, vocab) & vocab.words("conviction_verbs")


def alleged_in_case(crime: Token, vocab: EsVocab) -> bool:
    """`crime` is what someone is held, charged or tried for, with no conviction telling it
    done: alleged, hypothetical ("detenidos por el asesinato de X"; not "condenado por el
    asesinato de X")."""
    verb = case_verb(crime, vocab)
    return verb is not None and alleging(verb, vocab)


def case_doers(trigger: Token, rule: EsRule, ctx: EsContext) -> list[Token]:
    """The one held, charged or tried for the crime `trigger` names: the case verb's passive
    subject ("fueron detenidos"), its object ("detuvo a dos hombres por"), or the noun its
    participle is on ("el joven, acusado del asesinato de")."""
    if rule.type not in CRIME_TYPES:
        return []
    verb = case_verb(trigger, ctx.vocab)
    if verb is None:
        return []
    if trigger.head.i != verb.i and trigger.head.dep_ == "obj":
        return [trigger.head]  # "acusó a tres policías del asesinato de X"
    held = held_in_case(verb)
    return [h for h in held if h.i != trigger.i and h.pos_ in ("NOUN", "PROPN", "PRON")]


def held_in_case(word: Token) -> list[Token]:
    """Whom a case word holds or names, as the case doers and the alleged pass
    (events_es_alleged) both read it: its object ("detuvo a dos hombres", "acusó a los
    militares"), the subject of a passive, a participle or an adjective ("los militares
    fueron acusados", "están detenidos", "es sospechoso de"), the noun a participle or an
    adjective is on ("el hombre acusado de", "Pérez, detenido por", "un soldado sospechoso
    de"), or a noun that is itself the accused ("el sospechoso del atentado"). The subject of
    an active verb, a perfect's too, is who accuses or holds, never the one held ("la fiscalía
    investiga por el asesinato de X", "el juez ha procesado a los guardias")."""
    if word.pos_ == "NOUN":
        return [word]
    found = [c for c in word.children if c.dep_ in _OBJECT_DEPS and case_of(c) in (None, "a")]
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "haber" for c in word.children)
    described = word.pos_ == "ADJ" or ("Part" in feats(word, "VerbForm") and not perfect)
    passive = any(
        c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_.lower() == "ser" for c in word.children
    )
    subject_deps = ("nsubj", "nsubj:pass") if described or passive else ("nsubj:pass",)
    found += [c for c in word.children if c.dep_ in subject_deps]
    if described and word.dep_ in ("acl", "amod", "appos"):
        found.append(word.head)
    return found
