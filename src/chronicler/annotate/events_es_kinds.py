"""Spanish act nouns that only name a kind of act, no act told: the bare "de"-phrase of a body
or a state that the act classifies ("las agencias de ayuda humanitaria", "sus condiciones de
detención"), and an example of a kind of crime ("la tipificación de delitos como el genocidio
y la desaparición forzada"). Also the act a frame noun stands for ("una jornada de protesta"),
people named by a protest ("los líderes de la protesta") and an act noun told as what
something is judged to be ("vieron en la ley un ataque contra el islam")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import case_of
from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab


def kind_of_head(trigger: Token, vocab: EsVocab) -> bool:
    """A bare act noun in the "de"-phrase of a noun it only classifies (`kind_heads`): "las
    agencias de ayuda humanitaria", "trabajadores de ayuda", "sus condiciones de detención"
    name bodies, people and states by a kind of act, and tell no aid given nor arrest made;
    "la ayuda de la agencia" (the agency gives) and "las condiciones de su detención" (an
    article or possessive: that detention) stay."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "nmod"
        and case_of(trigger) == "de"
        and trigger.head.i < trigger.i
        and not any(c.dep_ in ("det", "nummod") for c in trigger.children)
        and bool(lemma_set(trigger.head, vocab) & vocab.words("kind_heads"))
    )


def crime_example(trigger: Token, vocab: EsVocab) -> bool:
    """An act noun given after "como" as an example of a kind of crime (`crime_kind_nouns`),
    also as a later conjunct: "objetó la tipificación de delitos como el genocidio y la
    desaparición forzada", "crímenes como la tortura": a category in a law, no act told."""
    noun = trigger
    for _ in range(6):
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            break
        noun = noun.head
    return (
        noun.dep_ in ("nmod", "appos")
        and any(c.dep_ in ("mark", "case") and c.lower_ == "como" for c in noun.children)
        and bool(lemma_set(noun.head, vocab) & vocab.words("crime_kind_nouns"))
    )


def framed_act(noun: Token, acts: Container[int], vocab: EsVocab) -> Token | None:
    """The act noun `noun` is, or the one a frame noun stands for through its bare "de"-phrase
    ("una jornada de protesta", "una ola de paros": the protest, the strikes); None when it
    is neither."""
    if noun.i in acts:
        return noun
    if not lemma_set(noun, vocab) & vocab.words("frame_nouns"):
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "nmod" and case_of(c) == "de" and c.i in acts and c.i > noun.i
        ),
        None,
    )


def people_of_protest(trigger: Token, rule_type: str, vocab: EsVocab) -> bool:
    """A protest noun in the "de"/"en"-phrase of a noun of people who lead, organise or take
    part in it (`protest_people_heads`) names those people, and tells no protest of its own
    when nothing else of it is told ("los líderes de la protesta se reunieron con el
    ministro", "los organizadores de la marcha": no PROTEST; the lead's reading of the
    thirty-sixth session). A protest with a clause, a time or a place of its own stays ("los
    líderes de la huelga que paraliza el país", "de la marcha del lunes")."""
    if rule_type != "PROTEST" or trigger.pos_ != "NOUN":
        return False
    if trigger.dep_ != "nmod" or case_of(trigger) not in ("de", "en") or trigger.head.i > trigger.i:
        return False
    if not lemma_set(trigger.head, vocab) & vocab.words("protest_people_heads"):
        return False
    return not any(
        c.dep_ in ("acl", "acl:relcl", "nmod", "amod", "appos", "nummod") for c in trigger.children
    )


def judged_as(noun: Token, vocab: EsVocab) -> bool:
    """An act noun told as what something is judged or seen to be names no act of its own:
    the thing judged is the matter ("vieron en la ley un ataque contra el islam": a law;
    "protestaron contra esas destrucciones, estimando que se trata de una sanción
    colectiva": the demolitions, told before; "calificó la ley de ataque a la prensa").
    Through "ver en X" (`seeing_as_verbs` with an "en"-phrase), "tratarse de", or the
    "de"/"como"-phrase of the object of a verb of judging (`judging_verbs`,
    `labelling_verbs`); version 1.159.0."""
    if noun.pos_ != "NOUN":
        return False
    verb = noun.head
    if noun.dep_ in ("obj", "obl") and verb.pos_ == "VERB":
        lemmas = lemma_set(verb, vocab)
        if "tratar" in lemmas and case_of(noun) == "de":
            return any(c.lower_ == "se" for c in verb.children)
        if lemmas & vocab.words("seeing_as_verbs") and noun.dep_ == "obj":
            return any(c.dep_ == "obl" and case_of(c) == "en" for c in verb.children)
    if noun.dep_ == "nmod" and case_of(noun) in ("de", "como") and verb.dep_ == "obj":
        judging = vocab.words("judging_verbs") | vocab.words("labelling_verbs")
        return bool(lemma_set(verb.head, vocab) & judging)
    return False


def cause_fought_for(noun: Token, rule_type: str, vocab: EsVocab) -> bool:
    """A demand noun in the "por"-phrase of a struggle (`struggle_nouns`: "la lucha del
    dirigente por las reivindicaciones de los nativos") is the cause fought for, a standing
    aim, and no request anyone made (es14 #13; 1.177.11). The parser may hang the phrase on
    the noun before the struggle's ("su respaldo a la lucha de X por las reivindicaciones"):
    a struggle noun whose phrase ends right before the "por" is the one."""
    if rule_type != "REQUEST" or noun.pos_ != "NOUN" or case_of(noun) != "por":
        return False
    struggles = vocab.words("struggle_nouns")
    if lemma_set(noun.head, vocab) & struggles:
        return True
    doc = noun.doc
    before = noun.left_edge.i - 1
    return any(
        t.right_edge.i == before and t.pos_ == "NOUN" and bool(lemma_set(t, vocab) & struggles)
        for t in doc[noun.sent.start : before + 1]
    )
