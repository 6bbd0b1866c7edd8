"""The parties of agreements: one named for the city it was made in names no party (roles
1.189.2), and the side a truce is kept with is its target (roles 1.189.5).

"the signature of the Bonn accord", "the Dayton agreement ended the war", "the Oslo accords":
the city before the agreement noun tells where it was negotiated or signed, as a conference
is named for its venue; the parties are the sides that agreed. A country's own name there
is a party ("the Iran deal"), so only a place name that is no country's (a city, a capital)
is left out.

"to broker a cease-fire with Israel", "defying his call for a cease-fire with Israel": the
side named in the truce noun's own "with" phrase (`mutual_truces`) keeps it with the other,
as "signed a truce with the army" (the "with" on the verb, events_meeting_sides) says; a
"with" of manner ("with great reluctance", "with immediate effect") names no side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_country_name
from chronicler.annotate.events_actors import Context, agentive_phrase, entity_at
from chronicler.annotate.events_phrases import prep_objects
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


def truce_partners(trigger: Token, ctx: Context) -> list[Token]:
    """The parties a truce noun's own "with" phrase names ("a cease-fire with Israel")."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("mutual_truces"):
        return []
    return [o for o in prep_objects(trigger, frozenset({"with"})) if agentive_phrase(o, ctx)]
