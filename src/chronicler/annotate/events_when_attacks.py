"""The attacker of a killing or wounding told in the passive with no "by"-agent, named by
the attack a "when" clause on it tells: "Another 10 people were killed when US planes
bombarded vehicles": the planes killed them. A "when" clause is the same episode (as for the
place, README), so its attacker is the harm's; a "when" clause telling no attack ("were
killed when their bus overturned") or one whose subject cannot act names no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act
from chronicler.annotate.events_match import VERB_POS
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_WHEN = frozenset({"when", "as"})
# (only the harm that has a victim as its passive subject: "were killed", "was wounded")
_PASSIVE = frozenset({"nsubjpass", "auxpass"})


def attackers_when(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The active subject of an attack (a trigger of ASSAULT) told by a "when" clause on a
    passive verb of harm that names no agent; none otherwise (events-roles 1.187.0)."""
    if rule.type != "ASSAULT" or trigger.pos_ not in VERB_POS:
        return []
    deps = {c.dep_ for c in trigger.children}
    if not deps & _PASSIVE or "agent" in deps:
        return []
    for clause in trigger.children:
        if clause.dep_ != "advcl" or clause.i < trigger.i:
            continue
        if not any(
            m.dep_ in ("advmod", "mark") and lemma(m) in _WHEN and m.i < clause.i
            for m in clause.children
        ):
            continue
        own = ctx.rules.get(clause.i)
        if own is None or own.type != "ASSAULT":
            continue
        return [h for h in subjects(clause).active if h.i != trigger.i and can_act(h, ctx)]
    return []
