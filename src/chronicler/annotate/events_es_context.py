"""What Spanish argument finding shares: the context (mentions, vocabulary, rules by
trigger, the custody story's people so far), the arguments of one trigger as parse heads, and
the lookup of the entity mention at a token."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from chronicler.annotate.events_es_vocab import EsRule, EsVocab
from chronicler.annotate.mention_lookup import entity_at as entity_at
from chronicler.annotate.mention_lookup import mentions_in as mentions_in
from chronicler.model import Mention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Token


OBLIQUE_DEPS = frozenset({"obl", "nmod", "obj", "iobj", "obl:agent", "obl:arg"})


RELATIVE_PRONOUNS = frozenset({"que", "quien", "quienes", "cual", "cuales"})


@dataclass(frozen=True)
class EsContext:
    """What argument finding needs besides the parse."""

    mentions: Sequence[Mention]  # sorted by start
    mention_starts: list[int]
    vocab: EsVocab
    rules: dict[int, EsRule]  # trigger token index -> rule
    # People the custody events so far were about, latest last: what "su liberación" and a
    # dropped subject refer to when no PERSON mention is in reach (the small model often
    # labels a name LOC). Filled in text order while extracting, hence a list.
    custody_topic: list[Participant] = field(default_factory=list)


@dataclass(frozen=True)
class Arguments:
    """Who acts and who undergoes one trigger, as parse heads."""

    actors: list[Token]
    targets: list[Token]
    zero_subject: str | None  # "actor" | "target": a dropped subject plays this part
    clitic_object: bool = False  # "liberarlo": the object is a pronoun glued to the verb


def make_context(
    mentions: Sequence[Mention], vocab: EsVocab, rules: dict[int, EsRule]
) -> EsContext:
    ordered = sorted(mentions, key=lambda m: m.start)
    return EsContext(ordered, [m.start for m in ordered], vocab, dict(rules))
