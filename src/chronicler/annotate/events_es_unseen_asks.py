"""A demand the unseen-word fallback typed still asks for the act it takes. The fallback's
events change no listed event by design (events_es_unseen: a word typed from its English
neighbours may lack its parties), but a verb it types REQUEST ("exigir", "reclamar" left out
of the vocabulary) has the act it asks as its object or clause: "llegaron a la capital para
exigir la renuncia del ministro" asks a resignation, it tells none. As with a listed verb of
asking (vocab_es `hypothetical_verbs`), the act asked is hypothetical, not ahead, and the
demand ranks before it, as the shallower of the two (the sentence's other listed acts keep
their rank: "marcharon ... para exigir la liberación" stays a march)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_modality import EsFlags
    from chronicler.annotate.events_es_vocab import EsRule

# How the act asked hangs on the verb of asking: its object or its complement clause.
_ASKED_DEPS = frozenset({"obj", "ccomp", "xcomp"})


def _unseen_request(token: Token, matched: dict[int, tuple[EsRule, Token | None]]) -> bool:
    found = matched.get(token.i)
    return found is not None and bool(found[0].fallback) and found[0].type == "REQUEST"


def asked_by_unseen(
    trigger: Token, flags: EsFlags, matched: dict[int, tuple[EsRule, Token | None]]
) -> EsFlags:
    """`flags` of a listed trigger, hypothetical (and no longer ahead) when it is the act a
    fallback-typed demand asks (events-unseen-es 1.5.0)."""
    if trigger.dep_ not in _ASKED_DEPS or not _unseen_request(trigger.head, matched):
        return flags
    if flags.negated:
        return flags
    return replace(flags, hypothetical=True, future=False, purpose=False)


def asks_listed_act(
    token: Token,
    matched: dict[int, tuple[EsRule, Token | None]],
    listed: dict[int, tuple[EsRule, Token | None]],
) -> bool:
    """A fallback-typed demand whose object or clause is a listed act: it may rank before
    that act, by depth, as a listed demand would."""
    return _unseen_request(token, matched) and any(
        c.dep_ in _ASKED_DEPS and c.i in listed for c in token.children
    )
