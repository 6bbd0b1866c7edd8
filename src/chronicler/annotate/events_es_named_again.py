"""Whether a Spanish act noun names again an act told before it, no second event: a protest,
agreement, meeting or demand noun with a definite article or a demonstrative and nothing of
its own after one of its kind told earlier ("unos 200 deudores instalaron un piquete ...;
quienes participan de la movilización exigen ..."), also a protest in the words of its own
organisers, or a general protest noun its sentence goes on to name by its kind.

Moved out of events_es_protest_folds, which tells when a protest word is part of another act,
on 2026-12-06 (dedup39; behaviour unchanged).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_context import RELATIVE_PRONOUNS
from chronicler.annotate.events_es_hidden import is_time, names_place
from chronicler.annotate.events_es_morph import case_of, feats, has_possessive
from chronicler.annotate.events_es_subjects import lemma_set, own_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_args import EsContext
    from chronicler.annotate.events_es_vocab import EsRule


# Dependencies by which a protest noun names something of its own (who, against whom, where,
# when, how many, what kind): with none, a definite one only points back.
_OWN_DETAIL_DEPS = frozenset({"nmod", "amod", "appos", "nummod", "compound", "flat", "nmod:poss"})


def named_again(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A protest noun with a definite article or a demonstrative and nothing of its own (no
    "de"-phrase, adjective, place, date or possessive) after a protest of the same mode told
    earlier in its sentence or the one before, or after any protest when the noun is a general one
    (`protest_umbrella_nouns`): the act told before named again, no second event ("unos 200
    deudores instalaron un piquete frente al banco; quienes participan de la movilización
    exigen ...", "miles se manifestaron en Seúl y las protestas, que seguirán, ..."). A
    different kind told after ("marcharon y anunciaron que la huelga continuará") and one its
    clause sets in a place or time of its own ("mientras que en Marsella la manifestación
    reunió ...") stay. So does an agreement noun after an agreement told before ("aceptaron
    una oferta oficial, pero condicionaron el fin del bloqueo a la firma de una garantía
    escrita del acuerdo": the offer accepted is the agreement; 1.152.0), and a meeting noun
    after a meeting told before ("la cumbre del Cairo invitará ...; Libia se retiró de la
    reunión": the summit; 1.159.0), and a demand noun after a demand told before ("habían
    exigido un acceso ... Ninguna de esas exigencias ha sido satisfecha"; 1.165.0)."""
    if rule.type not in ("PROTEST", "AGREE", "CONSULT", "REQUEST") or trigger.pos_ != "NOUN":
        return False
    dets = [c for c in trigger.children if c.dep_ == "det"]
    # (the article may be fused with its preposition: "del acuerdo", "al paro")
    fused = any(c.dep_ == "case" and c.lower_ in ("del", "al") for c in trigger.children)
    pointing = (
        fused or any("Def" in feats(c, "Definite") or "Dem" in feats(c, "PronType") for c in dets)
    ) and not any("Yes" in feats(c, "Poss") for c in dets)
    if not pointing:
        return False
    organisers = _organisers_word(trigger, ctx)
    if not organisers and any(c.dep_ in _OWN_DETAIL_DEPS for c in trigger.children):
        return False
    verb = trigger.head
    if (
        not organisers
        and verb.i != trigger.i
        and any(
            c.i != trigger.i
            and c.dep_ in ("obl", "advmod")
            and _place_or_time(c, ctx)
            and not _setting_of_verb_act(c, verb, rule, ctx)
            for c in verb.children
        )
    ):
        return False  # "mientras que en Marsella la manifestación reunió ...": another one
    # (an agreement points back to any agreement, a meeting to any meeting, a demand to any
    # demand: the modes of AGREE, CONSULT and REQUEST tell no kinds of act apart that a noun
    # would name again)
    general = rule.type in ("AGREE", "CONSULT", "REQUEST") or bool(
        lemma_set(trigger, ctx.vocab) & ctx.vocab.words("protest_umbrella_nouns")
    )
    sentence = trigger.sent
    # (or in the sentence before: "los maestros iniciaron una huelga. El paro afectó a miles
    # de alumnos"; 1.146.0)
    start = trigger.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return any(
        start <= i < trigger.i and other.type == rule.type and (general or other.mode == rule.mode)
        for i, other in ctx.rules.items()
    ) or (rule.type == "PROTEST" and general and _own_protest_after(trigger, ctx))


def _own_protest_after(trigger: Token, ctx: EsContext) -> bool:
    """A protest noun its sentence goes on to name by its kind with a possessive ("el
    ayunante, que comenzó la protesta, pondrá fin a su ayuno"): the general noun named that
    one protest ahead of it (es14 #12; 1.177.13)."""
    doc = trigger.doc
    return any(
        trigger.i < i < trigger.sent.end
        and other.type == "PROTEST"
        and doc[i].pos_ == "NOUN"
        and not lemma_set(doc[i], ctx.vocab) & ctx.vocab.words("protest_umbrella_nouns")
        and has_possessive(doc[i])
        for i, other in ctx.rules.items()
    )


def _organisers_word(trigger: Token, ctx: EsContext) -> bool:
    """A protest noun in the words of the protest's own people, the subject of its clause
    (`protest_people_heads`: "donde los organizadores evocaban la manifestación pacifista
    'más grande'", "lo que los convocantes calificaron como la marcha más numerosa"): their
    word for the protest told, whatever adjective it carries (es37b, 1.171.3)."""
    node = trigger
    for _ in range(3):
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return False
    # (a protest they call or organise is one of their own acts, and one with a place or a
    # time of its own another protest: "convocaron la marcha nacional del próximo mes")
    calling = ctx.vocab.words("calling_verbs") | ctx.vocab.words("organising_participles")
    if lemma_set(node, ctx.vocab) & calling or any(
        _place_or_time(c, ctx)
        for c in trigger.children
        if c.dep_ in ("nmod", "obl") and case_of(c) != "desde"  # ("la más grande desde 1990")
    ):
        return False
    people = ctx.vocab.words("protest_people_heads")
    return any(lemma_set(s, ctx.vocab) & people for s in own_subjects(node))


def _setting_of_verb_act(phrase: Token, verb: Token, rule: EsRule, ctx: EsContext) -> bool:
    """An "en"-phrase naming no place or time, on a verb that is an act of another kind: the
    setting of that act, not of the protest it takes ("todos apoyaron el paro en una
    asamblea": the backing was given at a meeting; 1.155.0)."""
    other = ctx.rules.get(verb.i)
    return (
        other is not None
        and other.type != rule.type
        and case_of(phrase) == "en"
        and not (names_place(phrase, ctx) or is_time(phrase, ctx.vocab))
    )


def _place_or_time(phrase: Token, ctx: EsContext) -> bool:
    """A phrase telling where or when: an "en"-phrase, a place or a time word. Not one naming
    an act ("en señal de protesta": why) nor a relative pronoun ("tras lo cual": the clause
    before; 1.159.0)."""
    if phrase.lower_ in RELATIVE_PRONOUNS or any(
        t.i in ctx.rules for t in (phrase, *phrase.children)
    ):
        return False
    return case_of(phrase) == "en" or names_place(phrase, ctx) or is_time(phrase, ctx.vocab)
