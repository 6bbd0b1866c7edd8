"""Cues, in the words around a name, of what the name stands for; used by `entities.py` to
mend the small models' labels where the parse alone does not tell.

- A name set in apposition right after a place noun with its article ("the capital,
  Naypyitaw", "la capital, Caracas", "the city Mandalay") and closed there by punctuation is
  that place's name; so is a lone name that a facility or place noun is "in" ("a prison in
  Naypyitaw", "un penal en Naypyitaw"): a prison or a village is never in a person.
- A name followed by an apposition whose head noun describes a person ("Vadim Krasikov, an
  FSB officer", "Lidia Patty, exdiputada del MAS") is a person's; so is a name after an office
  and the body it is "of" ("la exdiputada del Movimiento al Socialismo (MAS) Lidia Patty").
- A participant headed inside a name of a body of states ("The European Union", "the United
  Nations Security Council"; `international_bodies`) acts in the role "international".
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_place_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from chronicler.annotate.entities import PersonCues
    from chronicler.model import Mention

# Articles and determiners that open a noun phrase set in apposition ("the capital, X",
# "X, an FSB officer", "X, la exdiputada").
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "el", "la", "los", "las", "un", "una", "su"}
)
_CLOSING = frozenset({",", ".", ";", ":", ")", "—", "–", "!", "?"})
_IN = frozenset({"in", "en"})
_OF = frozenset({"of", "de", "del"})
# Words a description may hold before its head noun: adjectives, names and nouns modifying
# it ("an FSB officer", "a former opposition lawmaker", "el exdiputado opositor").
_MODIFIER_POS = frozenset({"ADJ", "PROPN", "NOUN", "NUM"})
# How many words a description may run over before its head noun.
_DESCRIPTION_SPAN = 5
# Names of at most this many words are read by these cues: a longer run is seldom one
# person's name or one town's.
_NAME_WORDS = 3


def apposed_to_place_noun(ent: Span, place_nouns: frozenset[str]) -> bool:
    """The name comes right after a place noun that has its article, maybe past a comma
    ("in the capital, Naypyitaw", "la capital, Caracas", "the capital city Naypyitaw"), and
    the apposition closes after it (punctuation or the text's end): the place's own name. A
    name followed by anything else ("In the capital, Maduro said") is the sentence's subject,
    not the noun's name."""
    doc = ent.doc
    if len(ent) > _NAME_WORDS or not all(t.is_title or not t.is_alpha for t in ent):
        return False
    if ent.end < len(doc) and doc[ent.end].text not in _CLOSING:
        return False
    i = ent.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].lower_ not in place_nouns:
        return False
    i -= 1
    if i >= 0 and doc[i].lower_ in place_nouns:  # "the capital city"
        i -= 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:  # "the bustling capital"
        i -= 1
    return i >= 0 and doc[i].lower_ in _DETERMINERS


def in_a_place_of(ent: Span, nouns: frozenset[str]) -> bool:
    """A lone name that a facility or place noun is "in" ("a prison in Naypyitaw", "un penal
    en Naypyitaw"): by the words, the noun, maybe with its article, then in/en, then the name
    closed by punctuation or a preposition; a place, whatever the tagger read."""
    doc = ent.doc
    if len(ent) != 1 or ent.start < 2 or doc[ent.start - 1].lower_ not in _IN:
        return False
    noun = doc[ent.start - 2]
    if noun.lower_ not in nouns:
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is None or after.text in _CLOSING or after.pos_ in ("ADP", "SCONJ")


def _is_person_word(word: str, cues: PersonCues) -> bool:
    words = cues.titles | cues.person_nouns
    return word in words or (word.startswith("ex") and word[2:].lstrip("-") in words)


def described_as_person(ent: Span, cues: PersonCues) -> bool:
    """The name is followed by a comma and a description whose head noun is a title or a
    noun for a person ("Vadim Krasikov, an FSB officer serving ...", "X, a Russian agent",
    "Lidia Patty, exdiputada del MAS", "X, the former lawmaker"): the head is the last noun
    of the run of modifiers after the article, before a verb, preposition or punctuation."""
    doc = ent.doc
    if len(ent) > _NAME_WORDS or any(t.lower_ in cues.org_words for t in ent):
        return False
    if is_place_name(ent.text):  # "China, the world leader in ...": the country
        return False
    i = ent.end
    if i >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ in _DETERMINERS:
        i += 1
    head: Token | None = None
    for tok in doc[i : i + _DESCRIPTION_SPAN]:
        if tok.pos_ not in _MODIFIER_POS:
            break
        # (the Spanish model tags a noun of office an adjective: "exdiputada" ADJ)
        noun = tok.pos_ == "NOUN" or (tok.pos_ == "ADJ" and _is_person_word(tok.lower_, cues))
        if noun and tok.is_lower:
            head = tok
    return head is not None and _is_person_word(head.lower_, cues)


def after_office_of_body(ent: Span, cues: PersonCues) -> bool:
    """The name follows an office and the body it is "of", in capitals, maybe with the body's
    acronym in brackets ("la exdiputada del Movimiento al Socialismo (MAS) Lidia Patty",
    "the leader of the Democratic Party Jane Doe"): the office holder's name. Every word of
    the name is a proper noun in title case."""
    doc = ent.doc
    if len(ent) < 2 or len(ent) > _NAME_WORDS:
        return False
    if not all(t.pos_ == "PROPN" and t.is_title for t in ent):
        return False
    if any(t.lower_ in cues.org_words for t in ent) or is_place_name(ent.text):
        return False
    i = _before_bracket(doc, ent.start - 1)
    named = False  # the body's name has a capitalised word ("líder de la" names none)
    while i >= 0 and (doc[i].is_title or doc[i].is_upper or doc[i].lower_ in cues.connectors):
        if doc[i].lower_ in _OF and not (doc[i].is_title or doc[i].is_upper):
            break
        named = named or doc[i].is_title or doc[i].is_upper
        i -= 1
    if not named or i < 1 or doc[i].lower_ not in _OF:
        return False
    i -= 1
    while i >= 0 and doc[i].lower_ in _DETERMINERS:
        i -= 1
    return i >= 0 and _is_person_word(doc[i].lower_, cues)


def _before_bracket(doc: Doc, i: int) -> int:
    """The index before a bracketed acronym ending at `i` ("(MAS)"), else `i`."""
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":
        return i - 3
    return i


def international_body(mention: Mention | None, head: Token, cues: PersonCues) -> bool:
    """The participant's head lies inside a name that is, or holds, the name of a body of
    states ("The European Union", "the United Nations Security Council", "la OEA"): it acts
    as that body, in the role "international", not in a role its other words tell ("union",
    "security"). Not "ministros de Exteriores de la UE", whose head is the ministers."""
    if mention is None or not mention.start <= head.idx < mention.end:
        return False
    plain = unicodedata.normalize("NFKD", mention.text.replace("’", "'"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^\w\s-]", " ", plain).split()
    text = f" {' '.join(words)} "
    return any(f" {name} " in text for name in cues.international_bodies)
