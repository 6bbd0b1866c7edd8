"""Cues, in the words around a name, of what the name stands for; used by `entities.py` to
mend the small models' labels where the parse alone does not tell.

- A name set in apposition right after a place noun with its article ("the capital,
  Naypyitaw", "la capital, Caracas", "the city Mandalay") and closed there by punctuation is
  that place's name; so is a lone name that a facility or place noun is "in" ("a prison in
  Naypyitaw", "un penal en Naypyitaw"): a prison or a village is never in a person.
- A name followed by an apposition whose head noun describes a person ("Vadim Krasikov, an
  FSB officer", "Lidia Patty, exdiputada del MAS") is a person's; so is a name after an office
  and the body it is "of" ("la exdiputada del Movimiento al Socialismo (MAS) Lidia Patty").
- A name a facility noun names ("the penal colony known as “Polar Wolf”", "la colonia penal
  "Lobo Polar"", "the El Helicoide detention centre") is that facility, not a body, and so is
  the same name elsewhere in the text.
- A participant headed inside a name of a body of states ("The European Union", "the United
  Nations Security Council"; `international_bodies`) acts in the role "international".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chronicler.annotate.countries import PERSON_LABELS, is_place_name, plain_form
from chronicler.annotate.quotes import QUOTE_MARKS

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
    words = re.sub(r"[^\w\s-]", " ", plain_form(mention.text.replace("’", "'"))).split()
    text = f" {' '.join(words)} "
    return any(f" {name} " in text for name in cues.international_bodies)


# Words that introduce a facility's name after its noun ("the penal colony known as Polar
# Wolf", "la colonia penal conocida como Lobo Polar"), and quotation marks around the name.
_KNOWN_AS = frozenset(
    {"known", "as", "called", "named", "dubbed", "nicknamed", "conocida", "conocido", "como"}
    | {"llamada", "llamado", "denominada", "denominado", "apodada", "apodado"}
)
# How many lower-case words may stand between a name and the facility noun after it ("the
# El Helicoide detention centre").
_FACILITY_MODIFIERS = 2


def _ends_facility_noun(doc: Doc, i: int, cues: PersonCues) -> bool:
    """A facility noun ends at `i`: one word of `facility_nouns` or the last of a phrase of
    `facility_phrases` ("penal colony", "colonia penal")."""
    if i < 0 or not doc[i].is_lower:
        return False
    if doc[i].lower_ in cues.facility_nouns:
        return True
    for phrase in cues.facility_phrases:
        words = phrase.split()
        start = i - len(words) + 1
        if start >= 0 and [t.lower_ for t in doc[start : i + 1]] == words:
            return True
    return False


def _facility_noun_before(doc: Doc, start: int, cues: PersonCues) -> tuple[bool, bool]:
    """Whether a facility noun comes right before `start`, past quotation marks and words that
    introduce a name ("known as"); and whether such a marker stood between."""
    i, marked = start - 1, False
    while i >= 0 and doc[i].text in QUOTE_MARKS:
        i, marked = i - 1, True
    while i >= 0 and doc[i].lower_ in _KNOWN_AS:
        i, marked = i - 1, True
    return _ends_facility_noun(doc, i, cues), marked


def names_a_facility(ent: Span, cues: PersonCues) -> bool:
    """An organisation's span that a facility noun names: right after the noun, maybe past
    "known as" and quotation marks ("la colonia penal "Lobo Polar"", "the penal colony known
    as Polar Wolf"), or right before it past at most two lower-case modifiers ("the El
    Helicoide detention centre"), or followed by a comma and a description headed by one ("El
    Helicoide, a prison in Caracas"): a prison or a building, not a body. Not an acronym or
    a name holding a body's word ("the FBI building", "the Interior Ministry building"): the
    body whose building it is."""
    doc = ent.doc
    if len(ent) > _NAME_WORDS or ent.text.isupper() or not ent[-1].is_title:
        return False
    if any(t.lower_ in cues.org_words | cues.institution_heads for t in ent):
        return False
    if _facility_noun_before(doc, ent.start, cues)[0]:
        return True
    i = ent.end
    while i < len(doc) and doc[i].text in QUOTE_MARKS:
        i += 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
        while i < len(doc) and doc[i].lower_ in _DETERMINERS:
            i += 1
        span = _DESCRIPTION_SPAN
    else:
        span = _FACILITY_MODIFIERS + 1
    for tok in doc[i : i + span]:
        if not tok.is_lower or tok.pos_ not in _MODIFIER_POS:
            return False
        if _ends_facility_noun(doc, tok.i, cues):
            return True
    return False


def untagged_facility_names(doc: Doc, taken: set[int], cues: PersonCues) -> list[tuple[int, int]]:
    """Runs of capitalised words no entity holds that a facility noun names with a marker
    ("the penal colony known as “Polar Wolf”"): the facility's name, as (start, end)."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if i in taken or not doc[i].is_title or not doc[i].is_alpha:
            i += 1
            continue
        end = i
        while end < len(doc) and end not in taken and doc[end].is_title and end - i < _NAME_WORDS:
            end += 1
        noun, marked = _facility_noun_before(doc, i, cues)
        if noun and marked and not doc[i].is_sent_start:
            found.append((i, end))
        i = end
    return found


def facility_names(doc: Doc, cues: PersonCues) -> dict[str, list[tuple[int, int]]]:
    """The names (lower case) of facilities a facility noun names in the text, tagged an
    organisation or left untagged, with the untagged runs' (start, end): the same name
    elsewhere in the text ("agreed to close El Helicoide") is that facility too."""
    found: dict[str, list[tuple[int, int]]] = {}
    for ent in doc.ents:
        if ent.label_ == "ORG" and names_a_facility(ent, cues):
            found.setdefault(ent.text.lower(), [])
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    for start, end in untagged_facility_names(doc, taken, cues):
        found.setdefault(doc[start:end].text.lower(), []).append((start, end))
    return found


def placed_names(doc: Doc, cues: PersonCues) -> frozenset[str]:
    """The names (lower case) the text sets after a place noun ("the capital, Naypyitaw") or
    that a facility or place noun is in ("a prison in Naypyitaw"), tagged a person or an
    organisation: places, and the same name elsewhere in the text is that place too, unless
    a person's fuller name holds it."""
    found: set[str] = set()
    nouns = cues.facility_nouns | cues.place_nouns
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS | {"ORG"}:
            continue
        if apposed_to_place_noun(ent, cues.place_nouns) or in_a_place_of(ent, nouns):
            found.add(ent.text.lower())
    return _outside_fuller_person_names(found, doc)


def outlet_names(doc: Doc, cues: PersonCues) -> frozenset[str]:
    """The names (lower case) the text sets right after an outlet's noun, tagged a person or
    a place ("la agencia Mizan", "the news agency Tasnim", "the newspaper La Prensa"): the
    outlet's, an organisation, and so is the same name elsewhere in the text ("según
    Mizan"), unless a person's fuller name holds it. A country's or capital's name after the
    noun is none ("the agency Iran": no outlet's name; "Radio Caracas" stays the place)."""
    found: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS | {"GPE", "LOC"} or ent.start == 0:
            continue
        before = doc[ent.start - 1]
        if before.is_lower and before.lower_ in cues.outlet_heads and not is_place_name(ent.text):
            found.add(ent.text.lower())
    return _outside_fuller_person_names(found, doc)


def _outside_fuller_person_names(found: set[str], doc: Doc) -> frozenset[str]:
    """The names (lower case) that no fuller person's name in the text holds ("Mizan" is
    dropped when the text names a person "Ali Mizan")."""
    people = [e.text.lower().split() for e in doc.ents if e.label_ in PERSON_LABELS]
    return frozenset(
        name
        for name in found
        if not any(len(p) > len(name.split()) and name in " ".join(p) for p in people)
    )
