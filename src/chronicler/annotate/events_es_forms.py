"""Spanish finite verb forms the small model reads as names: a verb opening a sentence
capitalised ("Capturan a dos opositores en León", "Detuvieron a tres dirigentes") is often
tagged PROPN, with no verb lemma. Its form is read back to the infinitives it may come from by
the third-person endings of the indicative, the stem changes of the common irregular verbs
("hirieron" herir, "detuvieron" detener, "cierran" cerrar) and only those infinitives the
vocabulary knows as triggers or verbs of state are kept; names that look like verbs
("Salvador", "Dolores", "Amparo") end in no such ending or go on with a surname.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab

# Third-person endings of the indicative (present, preterite, imperfect, future, conditional)
# and the infinitive endings they may come from, longest first. The first person ("-o") and
# the subjunctive are left out: headlines and news sentences tell acts in the third person,
# and "-o" would read names as verbs ("Amparo", amparar).
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("arían", ("ar",)),
    ("erían", ("er",)),
    ("irían", ("ir",)),
    ("aría", ("ar",)),
    ("ería", ("er",)),
    ("iría", ("ir",)),
    ("ieron", ("er", "ir")),
    ("yeron", ("er", "ir")),  # "huyeron" huir, "cayeron" caer
    ("aron", ("ar",)),
    ("eron", ("er", "ir")),  # a strong preterite: "dijeron" decir, "trajeron" traer
    ("aban", ("ar",)),
    ("arán", ("ar",)),
    ("erán", ("er",)),
    ("irán", ("ir",)),
    ("aba", ("ar",)),
    ("ará", ("ar",)),
    ("erá", ("er",)),
    ("irá", ("ir",)),
    ("ían", ("er", "ir")),
    ("ía", ("er", "ir")),
    ("ió", ("er", "ir")),
    ("yó", ("er", "ir")),
    ("ó", ("ar",)),
    ("an", ("ar",)),
    ("en", ("er", "ir")),
    ("a", ("ar",)),
    ("e", ("er", "ir")),
)
# Stem changes of irregular verbs, the changed stem's spelling -> the infinitive's: a
# diphthong ("cierran" cerrar, "muestran" mostrar), a raised vowel ("hirieron" herir,
# "murieron" morir) and the strong preterite stems ("detuvieron" detener, "impusieron"
# imponer, "condujeron" conducir, "dijeron" decir, "hicieron" hacer, "intervinieron"
# intervenir, "quisieron" querer).
_STEM_CHANGES: tuple[tuple[str, str], ...] = (
    ("ie", "e"),
    ("ue", "o"),
    ("i", "e"),
    ("u", "o"),
    ("uv", "en"),
    ("us", "on"),
    ("uj", "uc"),
    ("ij", "ec"),
    ("ic", "ac"),
    ("iz", "ac"),
    ("in", "en"),
    ("uis", "er"),
)


def _stems(stem: str) -> list[str]:
    """The stem, and the stem with each change undone at its last place in it (the stressed
    syllable of the verb's root): "hir" -> "her", "detuv" -> "deten"."""
    out = [stem]
    for changed, plain in _STEM_CHANGES:
        at = stem.rfind(changed)
        if at > 0:
            out.append(stem[:at] + plain + stem[at + len(changed) :])
    return out


def finite_infinitives(form: str) -> tuple[str, ...]:
    """Every infinitive a lowercased third-person indicative form may come from, by its ending
    and the stem changes ("detuvieron" -> ..., "detener", ...); none for a form of no such
    ending or too short to have a stem."""
    for ending, infinitives in _ENDINGS:
        stem = form[: -len(ending)]
        if form.endswith(ending) and len(stem) >= 2:
            found = [s + inf for s in _stems(stem) for inf in infinitives]
            return tuple(dict.fromkeys(found))
    return ()


@cache
def _verb_lemmas(vocab: EsVocab) -> frozenset[str]:
    """The verbs the vocabulary knows: every rule's verbs and phrase heads, and the verbs of
    state a participle completes (`predicative_verbs`)."""
    verbs = {w for rule in vocab.rules for w in rule.verbs | {h for h, _ in rule.phrases}}
    return frozenset(verbs | vocab.words("predicative_verbs"))


@cache
def _noun_words(vocab: EsVocab) -> frozenset[str]:
    return frozenset(w for rule in vocab.rules for w in rule.nouns)


def _with_object(token: Token) -> bool:
    return any(_verb_object(c) for c in token.children)


def _verb_object(child: Token) -> bool:
    """A bare object or one with personal "a" ("Condena a ocho años", "Capturan a dos")."""
    return child.dep_ in ("obj", "iobj") or any(
        g.dep_ == "case" and g.lower_ in ("a", "al") for g in child.children
    )


# Endings of the regular participles, in either gender and number ("detenido", "liberadas").
PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


# Punctuation after which a capital opens a clause as at a sentence's start: a quote, a dash
# or a colon ('"Capturan a ..."', "MANAGUA.- Detuvieron a ...", "Ortega: Liberan a ...").
_OPENERS = frozenset({'"', "“", "«", "'", "‘", "—", "–", "-", ".-", "(", ":"})
# Relations of a name: a verb is no subject, no part of a name and no apposition.
_NAME_DEPS = frozenset({"nsubj", "nsubj:pass", "flat", "flat:name", "appos", "compound"})


def name_read_as_verb(token: Token, vocab: EsVocab) -> tuple[str, ...]:
    """The verbs a capitalised word the model tags a name may be, when it opens a sentence or
    follows a quote or dash, no entity covers it, it is no name's part or subject, the word
    after it goes on with no name ("Salvador Ortega") and its form is a third-person form
    of a verb the vocabulary knows ("Capturan a dos opositores": capturar); else none."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_:
        return ()
    before = token.doc[token.i - 1] if token.i > 0 else None
    opens = bool(token.is_sent_start) or before is None or before.text in _OPENERS
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if not opens or (after is not None and after.pos_ == "PROPN"):
        return ()
    if token.dep_ in _NAME_DEPS and not (token.dep_ == "appos" and _with_object(token)):
        # (an apposition with an object is a clause: "Ortega: Liberan a 135 presos")
        return ()
    if any(_nominal_dependent(c) for c in token.children):
        return ()  # "Condena internacional por ...", "Marcha opositora": a noun
    if token.lower_ in _noun_words(vocab) and not _with_object(token):
        # a form that is also an event noun ("Marcha", "Condena", "Protesta") is the verb only
        # with an object: "Condena a ocho años al obispo", not "Marcha de los estudiantes"
        return ()
    known = _verb_lemmas(vocab)
    return tuple(v for v in finite_infinitives(token.lower_) if v in known)


def _nominal_dependent(child: Token) -> bool:
    """A word only a noun takes: a determiner, or an adjective that is no participle (a verb
    of state's participle is hung on it as a modifier: "Permanecen detenidos")."""
    if child.dep_ == "det":
        return True
    return child.dep_ == "amod" and not child.lower_.endswith(PARTICIPLE_ENDINGS)


def subjunctive_read_as_ar(verb: Token, vocab: EsVocab) -> bool:
    """A present subjunctive of an -er/-ir verb the model lemmatised as an -ar verb in the
    indicative ("insistan" -> "insistar"): the form ends in -a/-an (not the imperfect's
    -ía/-ían), the -ar lemma is no verb the vocabulary knows and its -ir or -er sibling is
    (1.135.0)."""
    form, lem = verb.lower_, verb.lemma_.lower()
    if not form.endswith(("a", "an")) or form.endswith(("ía", "ían", "ia", "ian")):
        return False
    if not lem.endswith("ar") or len(lem) < 5:
        return False
    known = _known_verbs(vocab)
    return lem not in known and bool({lem[:-2] + "ir", lem[:-2] + "er"} & known)


@cache
def _known_verbs(vocab: EsVocab) -> frozenset[str]:
    """Every verb the vocabulary names: its rules' verbs and its modality's verb lists."""
    cues = vocab.modality
    lists = [getattr(cues, name) for name in cues.__dataclass_fields__ if name.endswith("verbs")]
    return frozenset().union(*(rule.verbs for rule in vocab.rules), *lists)
