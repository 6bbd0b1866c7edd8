"""An act's object that is a place by its own name, for the rules whose `objects` are kinds of
territory (`place_objects`): "the militant group that has seized parts of Iraq", "rebels
captured Mosul", "the army seized Crimea" take ground, a military seizure (ASSAULT, CAMEO
192), not property seized or a person arrested (vocabulary 1.366.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_place_name

if TYPE_CHECKING:
    from spacy.tokens import Token

# the tagger's labels of a place's own name (a town, a country, a region, a peninsula)
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# the tagger's label of a people's or a creed's name ("Afghans", "Kurds", "Shiites")
_PEOPLE_LABELS = frozenset({"NORP"})


def named_place(obj: Token | None) -> bool:
    """The object (past a partitive: "parts of Iraq" is Iraq) is a proper name the tagger
    reads as a place, or a country or capital the country table knows; never a people's name
    ("captured 20 Afghans": the table knows "Afghans" as Afghanistan's, but people are taken),
    nor a plural name counted ("two Britons": ground is not counted by heads)."""
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ in _PEOPLE_LABELS:
        return False
    if obj.tag_ == "NNPS" and any(c.dep_ == "nummod" for c in obj.children):
        return False
    return obj.ent_type_ in _PLACE_LABELS or is_place_name(obj.text)
