"""Acts a Spanish protest noun's relative clause says the protest includes ("una huelga que
incluirá el bloqueo de carreteras"): done by that protest's protesters, and ahead when the
protest is or the clause tells them in the future.

Split out of events_es_protest_folds (es38), which tells when a protest word is part of
another act.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import feats
from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from chronicler.annotate.events_es_args import EsContext
    from chronicler.annotate.events_es_vocab import EsRule
    from chronicler.model import EventMention


def _including_verb(trigger: Token, rule: EsRule, ctx: EsContext) -> Token | None:
    """The verb of including (`including_verbs`) of a protest noun's relative clause whose
    object (or, misparsed, second subject) is this act."""
    if rule.type != "PROTEST" or trigger.pos_ != "NOUN":
        return None
    obj = trigger
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    verb = obj.head
    # (the parser may read the included noun as a second subject: "que incluirá el bloqueo")
    if obj.dep_ not in ("obj", "nsubj") or verb.dep_ not in ("acl", "acl:relcl"):
        return None
    if verb.head.i == verb.i or not lemma_set(verb, ctx.vocab) & ctx.vocab.words("including_verbs"):
        return None
    return verb


def including_protest(trigger: Token, rule: EsRule, ctx: EsContext) -> Token | None:
    """The protest noun whose relative clause says it includes this act ("una huelga que
    incluirá bloqueos de carreteras", "una jornada de protestas, que incluía huelgas de
    hambre", "una huelga de dos días, que incluye el bloqueo"): an act of that protest, done
    by its protesters, never by the protest noun (`including_verbs`; es37b, 1.171.1)."""
    verb = _including_verb(trigger, rule, ctx)
    if verb is None:
        return None
    noun = verb.head  # (or the protest the clause's noun measures: "una huelga de dos días, que")
    for n in [noun, noun.head] if noun.dep_ == "nmod" else [noun]:
        host = ctx.rules.get(n.i)
        if n.i != trigger.i and host is not None and host.type == "PROTEST":
            return n
    return None


def with_including_protesters(
    doc: Doc, events: tuple[EventMention, ...], ctx: EsContext
) -> tuple[EventMention, ...]:
    """`events` with an act a protest includes (`including_protest`) done by that protest's
    protesters ("los campesinos iniciaron una huelga, que incluye el bloqueo de carreteras":
    the peasants block), never by the protest noun the relative clause hangs on; ahead when
    the protest is or the clause tells the act in the future."""
    starts = {t.idx: t for t in doc}
    by_start = {e.trigger_start: e for e in events}
    out = []
    for event in events:
        tok = starts.get(event.trigger_start)
        rule = ctx.rules.get(tok.i) if tok is not None else None
        host = including_protest(tok, rule, ctx) if tok is not None and rule is not None else None
        told = by_start.get(host.idx) if host is not None else None
        if told is None or tok is None or rule is None:
            out.append(event)
            continue
        # "una huelga que incluirá el bloqueo de carreteras", "anunciaron un paro que incluye
        # cortes de ruta": what a protest to come includes, or a clause tells in the future,
        # is ahead too (es38, 1.172.0)
        verb = _including_verb(tok, rule, ctx)
        ahead = told.future or (verb is not None and "Fut" in feats(verb, "Tense"))
        future = event.future or (ahead and not event.negated and not event.hypothetical)
        out.append(replace(event, actors=told.actors, future=future))
    return tuple(out)
