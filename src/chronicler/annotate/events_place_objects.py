"""An act's object that is a place by its own name, for the rules whose `objects` are kinds of
territory (`place_objects`): "the militant group that has seized parts of Iraq", "rebels
captured Mosul", "the army seized Crimea" take ground, a military seizure (ASSAULT, CAMEO
192), not property seized or a person arrested (vocabulary 1.366.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_place_name
from chronicler.annotate.events_vocab import lemma, load_vocab

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


# the prepositions of a reason a criticism gives ("blasted Sydney over its lockout laws")
_REASON_PREPS = frozenset({"over", "for", "as", "about"})


def struck_town(obj: Token | None) -> bool:
    """The object is a place by its own name that names no state: a town or a region, not a
    country nor a capital the country table ties to a state (whose name stands for its
    government: "blasted Washington" is criticism), and the verb gives no reason for it
    ("blasted Sydney over its laws"): "Sharon made an address after blasting Gaza City and
    Jenin" struck the towns, in an article that tells of arms (`armed_article_words` in
    vocab.toml: "The minister blasted Sydney" in one that does not stays criticism; prec45,
    vocabulary 1.439.0)."""
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ not in _PLACE_LABELS:
        return False
    name = obj.doc[obj.left_edge.i : obj.i + 1]
    words = " ".join(t.text for t in name if t.pos_ == "PROPN")
    if is_place_name(words) or is_place_name(obj.text):
        return False
    verb = obj.head
    if any(c.dep_ == "prep" and lemma(c) in _REASON_PREPS for c in verb.children):
        return False
    arms = load_vocab().words("armed_article_words")
    return any(lemma(t) in arms for t in obj.doc)
