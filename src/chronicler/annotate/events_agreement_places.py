"""An agreement named for the city it was made in names no party (roles 1.189.2).

"the signature of the Bonn accord", "the Dayton agreement ended the war", "the Oslo accords":
the city before the agreement noun tells where it was negotiated or signed, as a conference
is named for its venue; the parties are the sides that agreed. A country's own name there
is a party ("the Iran deal"), so only a place name that is no country's (a city, a capital)
is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_country_name
from chronicler.annotate.events_actors import Context, entity_at
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def agreement_venue(party: Token, ctx: Context) -> bool:
    """`party` is a city or capital naming an agreement noun (`venue_named_pacts`): "the
    Bonn accord", as the trigger or as what a trigger names ("the signing of the Bonn
    accord")."""
    if party.dep_ != "compound" or party.pos_ != "PROPN":
        return False
    if lemma(party.head) not in ctx.vocab.words("venue_named_pacts"):
        return False
    if entity_at(party, ctx) != "GPE":
        return False
    name = " ".join(t.text for t in party.subtree)
    return not is_country_name(name)
