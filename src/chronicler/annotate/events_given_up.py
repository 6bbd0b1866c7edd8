"""Places a surrender gives up (roles 1.178.0).

A town, a province or a region a surrender hands over ("surrendered Kandahar to the tribal
elders", "the surrender of Zabul", "the surrender of the last province under their control")
is what is given up: neither the side that surrenders nor the one it surrenders to. The side
given the place, the "to" phrase's party, is the target. A country by its own name in the
"of" phrase is the state that surrenders ("the surrender of Japan") and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_country_name
from chronicler.annotate.events_actors import Context, entity_at, names_party
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLACE_ENTS = frozenset({"GPE", "LOC"})


def given_up_places(
    trigger: Token, rule: Rule, actors: list[Token], targets: list[Token], ctx: Context
) -> tuple[list[Token], list[Token]]:
    """The surrender's actors and targets with the places it gives up taken out, the side
    given them as the target."""
    if rule.id not in ctx.vocab.words("territory_surrender_rules"):
        return actors, targets
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    owned = list(prep_objects(trigger, frozenset({"of"})))
    places = [o for o in objects if _place(o, ctx)]
    places += [o for o in owned if _place(o, ctx) and not is_country_name(o.text)]
    if not places:
        return actors, targets
    given = {p.i for p in places}
    actors = [a for a in actors if a.i not in given]
    targets = [t for t in targets if t.i not in given]
    if not targets:
        targets = [p for p in prep_objects(trigger, frozenset({"to"})) if names_party(p, ctx)]
    return actors, targets


def _place(token: Token, ctx: Context) -> bool:
    return lemma(token) in ctx.vocab.words("territory_nouns") or (
        token.pos_ == "PROPN" and entity_at(token, ctx) in _PLACE_ENTS
    )
