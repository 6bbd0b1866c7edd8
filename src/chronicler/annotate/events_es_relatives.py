"""Spanish relative clauses on an act noun or a person that tell, in their own mood and tense,
whether the act is told, only said of whoever may do it, or going on: "a quien acusan" (told),
"a los opositores que insistan" (unasserted), "la huelga que continuaba" (going on), "el corte
de la ruta, que mantenían desde el domingo" (kept up). Split out of events_es_modality."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_forms import subjunctive_read_as_ar
from chronicler.annotate.events_es_morph import SUBJECT_DEPS, case_of, feats
from chronicler.annotate.events_es_own_marks import own_marks, subjunctive
from chronicler.annotate.events_es_subjects import lemma_set
from chronicler.annotate.events_es_vocab import EsVocab

if TYPE_CHECKING:
    from spacy.tokens import Token


def told_relative(clause: Token) -> bool:
    """A relative clause in the indicative about a person ("a quien acusan", "Ruiz, que
    gobierna desde 2004"): it tells something else of that person in its own tense, whatever
    the clause above asks. (A relative clause on an act noun tells of that act and shares its
    status: "endurecer las acciones que llevan a cabo".)"""
    relatives = [c for c in clause.children if "Rel" in feats(c, "PronType")]
    personal = clause.head.pos_ == "PROPN" or any(r.lemma_.lower() == "quien" for r in relatives)
    return (
        clause.pos_ in ("VERB", "AUX")
        and "Ind" in feats(clause, "Mood")
        and bool(relatives)
        and personal
    )


def unasserted_relative(clause: Token, vocab: EsVocab) -> bool:
    """A relative clause in the present or imperfect subjunctive with a relative pronoun as
    its subject ("a los opositores que insistan en concentrarse", "quienes participen en la
    marcha"): said of whoever may do it, no one told doing it."""
    relatives = [
        c for c in clause.children
        if c.dep_ in SUBJECT_DEPS and (c.lower_ in ("que", "quien", "quienes")
                                       or "Rel" in feats(c, "PronType"))
    ]  # fmt: skip
    return (
        clause.pos_ in ("VERB", "AUX")
        and bool(relatives)
        and (
            subjunctive(clause)
            or subjunctive_read_as_ar(clause, vocab)
            or asked_of_addressee(clause, vocab)
        )
    )


def asked_of_addressee(clause: Token, vocab: EsVocab) -> bool:
    """A "que" clause the parser read as relative on the one a verb of asking addresses, not
    in the past ("pidiéndoles a los consumidores que boicoteen los productos", "pidió a los
    vecinos que marcharan", the subjunctive tagged indicative): what is asked of them
    (`addressing_verbs`). Not "exigió castigo para los policías que golpearon": a past
    told."""
    noun = clause.head
    if "Past" in feats(clause, "Tense") or noun.head.i == noun.i:
        return False
    if noun.dep_ not in ("obj", "iobj", "obl") or case_of(noun) not in ("a", None):
        return False
    return bool(lemma_set(noun.head, vocab) & vocab.words("addressing_verbs"))


def told_going_on(trigger: Token, vocab: EsVocab) -> bool:
    """An act noun whose own relative clause tells it going on or begun, in the indicative
    and not the future, "que" its subject ("la huelga que este miércoles continuaba", "el
    paro que comenzó el lunes")."""
    going = vocab.modality.continuation_verbs | vocab.words("beginning_verbs")
    return relative_tells(trigger, [trigger], going, vocab, que_subject=True)


def told_kept_up(trigger: Token, vocab: EsVocab) -> bool:
    """An act noun a relative clause tells kept up or going on, in the indicative and not the
    future, with "que" its subject or object, on the noun or on its "de"-phrase, where the
    parser often hangs it ("el corte de la ruta nacional 3, que mantenían desde el domingo",
    "la huelga que continuaba")."""
    holders = [trigger] + [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) == "de"]
    going = vocab.modality.continuation_verbs
    return relative_tells(trigger, holders, going, vocab, que_subject=False)


def relative_tells(
    trigger: Token,
    holders: list[Token],
    verbs: frozenset[str],
    vocab: EsVocab,
    *,
    que_subject: bool,
) -> bool:
    """Whether a relative clause on one of `holders` (a noun trigger or its phrases) opens
    with "que" (as its subject when `que_subject`) and tells, by one of `verbs` in the
    indicative and not the future, of an act with no modality of its own."""
    if trigger.pos_ != "NOUN":
        return False
    return any(
        c.dep_ in ("acl", "acl:relcl")
        and c.pos_ == "VERB"
        and "Ind" in feats(c, "Mood")
        and "Fut" not in feats(c, "Tense")
        and bool(lemma_set(c, vocab) & verbs)
        and any(
            s.lower_ == "que" and (not que_subject or s.dep_ in SUBJECT_DEPS) for s in c.children
        )
        and not own_marks(c, vocab)[0]
        for h in holders
        for c in h.children
    )
