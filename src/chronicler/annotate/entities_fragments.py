"""Spans the small taggers cut from a longer name or read from a word that names no actor;
used by `entities.py` before and while it mends each span.

- A name the tagger cut in two is one: a lone facility noun and the name it is "of" ("Centro"
  + "de" + "Orientación Femenina": el Centro de Orientación Femenina); a body's "of" name and
  the words coordinated after it when an acronym right after spells the whole ("the
  Directorate of Services" + "and" + "Intelligence and Prevention" + ", Disip"), or by a
  preposition ("Unión Patriótica" + "de" + "Cuba" + "(UNPACU)").
- A "person" after a capitalised preposition, the two modifying a common noun, is a trade
  name cut at its first word ("the Under Armour hoodie"): an organisation's.
- A lower-case preposition opening a span ("en Nicaragua") is no part of the name, nor is
  a portfolio of an office's title an organisation ("Minister of the Interior and of
  Justice", "exjefe de Estado": `portfolio_of_office`).
- What the span's words are, whatever the label: a span headed by a square's, a street's or
  a palace's noun is a place ("Plaza del Congreso", "Congress Square"), whatever body's word
  it holds; else a span headed by an institution's word
  ("El Gobierno de Nicaragua", "Gobierno de España", "the Spanish Government") is an
  organisation; a social platform ("said on Twitter") an organisation, never a person; a
  deity ("enemistad contra Dios") or an office word alone ("the former Ombudsman, Gabriela
  Ramírez") no actor; an adherent's word of a movement ("the Chavista regime") a description
  (NORP), never a place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chronicler.annotate.countries import PERSON_LABELS, is_place_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from chronicler.annotate.entities import PersonCues

_ARTICLES = frozenset({"the", "el", "la", "los", "las"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_OF = frozenset({"of", "de", "del"})
_AND = frozenset({"and", "y", "e"})
# Prepositions that link a body's name to the words that finish it ("Unión Patriótica de
# Cuba", "Servicio Nacional de Atención Integral a Personas Privadas de Libertad").
_LINKS = frozenset({"of", "de", "del", "a", "for", "para"})
# What comes before an office word that stands for no name: "the former Ombudsman".
_BEFORE_OFFICE = frozenset({"the", "a", "an", "former", "el", "la", "un", "una", "its", "his"})
# What comes before a noun for one person of a kind: "a former Marine".
_ONE_OF = frozenset({"a", "an", "former", "un", "una", "ex"})
DROP = "-"  # `kind_of_span`: the span names no actor


def joined_fragments(doc: Doc, cues: PersonCues) -> list[Span]:
    """The doc's entities with the cut names joined (module docstring)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and (label := _joined_label(ent, nxt, cues)) is not None:
            out.append(Span(doc, ent.start, nxt.end, label=label))
            i += 2
            continue
        if (end := _facility_name_end(ent, cues)) != ent.end:
            label = "LOC" if doc.lang_ == "es" else "FAC"  # (the Spanish model has no FAC)
            ent = Span(doc, ent.start, end, label=label)
        if (start := _brand_start(ent, cues)) is not None:
            ent = Span(doc, start, ent.end, label="ORG")
        if (start := _office_before_general(ent, cues)) != ent.start:
            ent = Span(doc, start, ent.end, label=ent.label_)
        if (end := _hyphen_joined_end(ent, nxt)) != ent.end:
            ent = Span(doc, ent.start, end, label=ent.label_)
        out.append(ent)
        i += 1
    return out


def _joined_label(ent: Span, nxt: Span, cues: PersonCues) -> str | None:
    """The label of the one name two adjacent spans make, if they make one: a facility and
    its name, two coordinated bodies an acronym spells, a body cut at its linking preposition
    (always an organisation), a Spanish town's name cut at its "de"."""
    if _facility_of_name(ent, nxt, cues) or _coordinated_body(ent, nxt):
        return ent.label_
    if _linked_body(ent, nxt):
        return "ORG"
    if _compound_place(ent, nxt):
        return ent.label_
    return None


def _office_before_general(ent: Span, cues: PersonCues) -> int:
    """Where a body's name starts when the tagger left out the office word before its
    "General" ("Attorney" + "General’s Office", "Fiscal" + "General de la República"): at
    that capitalised word (`offices_before_general`), which with "General" is one office. Not
    a person's span: "General" there is the rank before the name."""
    doc = ent.doc
    if ent.label_ in PERSON_LABELS or ent[0].text != "General" or ent.start == 0:
        return ent.start
    before = doc[ent.start - 1]
    if before.is_title and before.lower_ in cues.offices_before_general:
        return ent.start - 1
    return ent.start


def _hyphen_joined_end(ent: Span, nxt: Span | None) -> int:
    """Where a name the tokenizer split at a hyphen ends when the text writes it joined
    ("OVD" + "-" + "Info", with no space either side): past the hyphenated word, a capitalised
    word or a number, no other entity's ("OVD-Info", "Rosneft-2"). A spaced dash ("Caracas -
    Reuters") parts two things."""
    doc, end = ent.doc, ent.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and (doc[end + 1].is_title or doc[end + 1].is_upper or doc[end + 1].is_digit)
        and (nxt is None or nxt.start > end + 1)
    ):
        end += 2
    return end


# One token of an acronym joined by a hyphen to a capitalised word ("OVD-Info", which the
# Spanish tokenizer keeps whole and its tagger leaves out).
_ACRONYM_HYPHENED = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,}-[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+")


def untagged_hyphened_acronyms(doc: Doc) -> list[Span]:
    """Tokens no entity holds that join an acronym and a capitalised word by a hyphen
    ("según la ONG OVD-Info"): an organisation's name (an acronym names a body; a person's
    or a place's hyphened name has no acronym in it)."""
    from spacy.tokens import Span

    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    return [
        Span(doc, t.i, t.i + 1, label="ORG")
        for t in doc
        if t.i not in taken and _ACRONYM_HYPHENED.fullmatch(t.text)
    ]


def _brand_start(ent: Span, cues: PersonCues) -> int | None:
    """ "the same Under Armour hoodie": a "person" right after a capitalised preposition inside
    the sentence, the two modifying the common noun after them, is a trade name cut at its
    first word (no person's name holds a capitalised "Under"; a particle, "De", "Van", does
    and is left): the start of the whole name, an organisation's; None otherwise."""
    doc = ent.doc
    if ent.label_ not in PERSON_LABELS or ent.start == 0 or ent.end >= len(doc):
        return None
    prev, after = doc[ent.start - 1], doc[ent.end]
    if not prev.is_title or prev.is_sent_start or prev.pos_ != "ADP" or not prev.whitespace_:
        return None
    if prev.lower_ in cues.connectors | cues.name_particles | cues.titles:
        return None
    modifies = ent.root.dep_ == "compound" and ent.root.head.i == ent.end
    return prev.i if modifies and after.is_lower and after.pos_ == "NOUN" else None


def _facility_of_name(ent: Span, nxt: Span, cues: PersonCues) -> bool:
    """ "Centro" + "de" + "Orientación Femenina": a lone capitalised facility noun tagged a
    place or body, a linking preposition, and the name right after it."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ in PERSON_LABELS or not ent[0].is_title:
        return False
    if ent[0].lower_ not in cues.facility_nouns or ent[0].is_sent_start:
        return False
    between = doc[ent.end : nxt.start]
    return (
        len(between) == 1
        and between[0].lower_ in cues.facility_links
        and all(t.is_title or t.lower_ in cues.connectors for t in nxt)
    )


def _coordinated_body(ent: Span, nxt: Span) -> bool:
    """ "the Directorate of Services" + "and" + "Intelligence and Prevention" + ", Disip": two
    organisation spans joined by "and" where the first has an "of" name and an acronym set
    right after the second spells the two as one name (its letters in order, from the first
    name's initial): one body the tagger cut at its coordination."""
    doc = ent.doc
    if ent.label_ != "ORG" or nxt.label_ != "ORG" or nxt.start != ent.end + 1:
        return False
    if doc[ent.end].lower_ not in _AND or not any(t.lower_ in _OF for t in ent):
        return False
    acronym = _acronym_after(doc, nxt.end)
    if acronym is None:
        return False
    words = [t.text for t in doc[ent.start : nxt.end] if t.lower_ not in _ARTICLES]
    if not words or words[0][:1].lower() != acronym[:1].lower():
        return False
    letters = iter("".join(words).lower())
    return all(ch in letters for ch in acronym.lower())


def _linked_body(ent: Span, nxt: Span) -> bool:
    """ "Unión Patriótica" + "de" + "Cuba" + "(UNPACU)", "Servicio Nacional de Atención
    Integral" + "a" + "Personas Privadas de Libertad" + "(SNAI)": two spans, neither a
    person's, joined by one linking preposition, where an acronym right after the second
    spells the two as one name from the first's initial and uses a letter of the second: one
    body the tagger cut at its preposition (a body, whatever the pieces were tagged; not a
    place's own long name, "Estados Unidos de América")."""
    doc = ent.doc
    if ent.label_ in PERSON_LABELS or nxt.label_ in PERSON_LABELS:
        return False
    if nxt.start != ent.end + 1 or doc[ent.end].lower_ not in _LINKS:
        return False
    acronym = _acronym_after(doc, nxt.end)
    if acronym is None or len(acronym) < 3 or is_place_name(doc[ent.start : nxt.end].text):
        return False
    first = "".join(t.text for t in ent if t.lower_ not in _ARTICLES).lower()
    whole = first + doc[ent.end].lower_ + "".join(t.text for t in nxt).lower()
    if not first or first[0] != acronym[0].lower():
        return False
    letters = iter(whole)
    return all(ch in letters for ch in acronym.lower())


def _compound_place(ent: Span, nxt: Span) -> bool:
    """ "Torrejón" + "de" + "Ardoz", "San Juan" + "de" + "Lurigancho": two Spanish place
    spans joined by "de"/"del"/"de la", neither a country's or a capital's name (that one is
    where the other is: "Trinidad, Bolivia"), the second in capitals: one town's name the
    tagger cut at its preposition."""
    doc = ent.doc
    if doc.lang_ != "es" or ent.label_ not in _PLACES or nxt.label_ not in _PLACES:
        return False
    between = [t.lower_ for t in doc[ent.end : nxt.start]]
    if between not in (["de"], ["del"], ["de", "la"]):
        return False
    if is_place_name(ent.text) or is_place_name(nxt.text):
        return False
    return all(t.is_title for t in nxt)


def _facility_name_end(ent: Span, cues: PersonCues) -> int:
    """Where a facility's name ends when the tagger kept only its noun ("the Hotel" +
    "President", untagged): past the capitalised proper nouns right after a lone facility
    noun in capitals inside a sentence, none of them tagged or an organisation's word."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ in PERSON_LABELS or ent[0].is_sent_start:
        return ent.end
    if not ent[0].is_title or ent[0].lower_ not in cues.facility_nouns:
        return ent.end
    end = ent.end
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        if doc[end].ent_type_ or doc[end].lower_ in cues.org_words:
            return ent.end  # another name, or a body's ("Prison Service")
        end += 1
    return end


def _acronym_after(doc: Doc, i: int) -> str | None:
    """The acronym set off right at token `i`: ", ACR", ", Acr," or "(ACR)"."""
    if i + 1 >= len(doc) or doc[i].text not in {",", "("}:
        return None
    word = doc[i + 1].text
    if not (2 <= len(word) <= 8 and word.isalpha() and word[:1].isupper()):
        return None
    closed = i + 2 >= len(doc) or doc[i + 2].is_punct
    return word if word.isupper() or closed else None


def portfolio_of_office(doc: Doc, i: int, cues: PersonCues, others: int = 2) -> bool:
    """What ends at token `i` (read backwards) makes a portfolio after it part of an office's
    title: "of" and the office ("Minister of Justice", "el exjefe de Estado"), or "and"
    (maybe "and of") after another portfolio of the same office ("Minister of the Interior
    and of Justice", "ministro de Interior y Justicia"; at most `others` of them)."""
    while i >= 0 and doc[i].lower_ in _ARTICLES:
        i -= 1
    if i >= 0 and doc[i].lower_ in _OF:
        i -= 1
        if i >= 0 and _is_office(doc[i].lower_, cues):
            return True
    if others == 0 or i < 1 or doc[i].lower_ not in _AND:
        return False
    for n in (3, 2, 1):  # the other portfolio, longest first ("relaciones exteriores")
        words = " ".join(t.lower_ for t in doc[max(0, i - n) : i])
        if i - n >= 0 and words in cues.portfolios:
            return portfolio_of_office(doc, i - n - 1, cues, others - 1)
    return False


def _is_office(word: str, cues: PersonCues) -> bool:
    return word in cues.titles or word.removeprefix("ex").lstrip("-") in cues.titles


def without_leading_preposition(ent: Span, cues: PersonCues) -> Span | None:
    """The span past a lower-case preposition it opens with ("en Nicaragua" -> "Nicaragua");
    a person's name keeps its particle ("de la Rúa"). None when nothing is left; the span
    itself when it opens with no such word. A person's span past an honorific it opens with
    (`without_honorific`)."""
    from spacy.tokens import Span

    ent = without_honorific(ent, cues)
    first = ent[0]
    if not first.is_lower or first.lower_ not in cues.leading_prepositions:
        return ent
    if ent.label_ in PERSON_LABELS and first.lower_ in cues.name_particles:
        return ent
    if len(ent) == 1:
        return None
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def without_honorific(ent: Span, cues: PersonCues) -> Span:
    """A person's span past an honorific it opens with, when a capitalised name follows
    ("Daw Aung San Suu Kyi", "Doña Violeta Chamorro", "Dr. Anthony Fauci"): a title, not part
    of the name, so that the name with and without it is one person. "Don" only in Spanish
    text (in English it is a given name: "Don Lemon"); Burmese "U" only as written, a
    capital alone ("U Win Myint"; "U.S." is one token and no match)."""
    from spacy.tokens import Span

    if ent.label_ not in PERSON_LABELS or len(ent) < 2 or not ent[1].is_title:
        return ent
    word = ent[0].lower_
    spanish = ent.doc.lang_ == "es" or ent.label_ == "PER"
    cased = ent[0].text in cues.honorifics_cased
    if cased or word in cues.honorifics or (spanish and word in cues.honorifics_es):
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def kind_of_span(ent: Span, cues: PersonCues) -> str | None:
    """The label the span's words give it whatever the tagger said ("ORG", "NORP"), `DROP`
    for one that names no actor, None when its words say nothing."""
    words = [t.lower_ for t in ent]
    text = " ".join(words)
    if text in cues.platforms:
        return "ORG"  # "he said on Twitter": a platform, never a person or a place
    if text in cues.deities:
        return DROP  # "enemistad contra Dios"
    if ent.label_ in PERSON_LABELS and _office_alone(ent, cues):
        return DROP  # "the former Ombudsman, Gabriela Ramírez": the office, no name
    if ent.label_ == "ORG" and _one_of_a_kind(ent, cues):
        return DROP  # "a former Marine": one person by a noun of kind, no body
    if _after_street_noun(ent, cues) or (
        ent.label_ not in ("FAC", "LOC") and _names_a_square(ent, cues)
    ):
        # "Plaza del Congreso" ORG, "Congress Square": the square, not the body
        return "LOC" if ent.doc.lang_ == "es" else "FAC"  # (the Spanish model has no FAC)
    if ent.label_ in ("GPE", "LOC", "FAC") and _headed_by(ent, cues.institution_heads):
        return "ORG"  # "El Gobierno de Nicaragua": the state's government, a body
    if ent.label_ in ("GPE", "LOC", "FAC") and _movement_word(ent, cues):
        return "NORP"  # "the Chavista regime": an adherent's word, no place
    return None


def _office_alone(ent: Span, cues: PersonCues) -> bool:
    """Every word an office or title, after an article or "former": the office spoken of."""
    if not all(t.lower_ in cues.titles or t.lower_ in _ARTICLES for t in ent):
        return False
    i = ent.start - 1
    return i >= 0 and ent.doc[i].lower_ in _BEFORE_OFFICE


def _one_of_a_kind(ent: Span, cues: PersonCues) -> bool:
    """One word, a noun for a person, right after "a", "an", "un", "una" or "former": one
    person of that kind ("a former Marine"), not the body of them ("the Marines")."""
    if len(ent) != 1 or ent[0].lower_ not in cues.person_nouns or ent.start == 0:
        return False
    return ent.doc[ent.start - 1].lower_ in _ONE_OF


def _names_a_square(ent: Span, cues: PersonCues) -> bool:
    """A name of two words or more headed by a square's, street's or palace's noun. A
    "person" only with an "of" phrase ("Palacio de Miraflores") or the noun last in English
    ("Congress Square"): "Calle", "Palacio" and "Puente" are Spanish surnames too ("Alfredo
    Palacio", "Humberto de la Calle")."""
    words = [t for t in ent if t.lower_ not in _ARTICLES]
    if len(words) < 2 or not _headed_by(ent, cues.place_heads):
        return False
    if ent.label_ not in PERSON_LABELS:
        return True
    has_of = any(t.lower_ in _OF for t in words[1:])
    return has_of or ent.doc.lang_ != "es"


# What may close an English street's name set after its noun ("the square Maidan,").
_NAME_CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–", "!", "?", '"', "”"})


def _after_street_noun(ent: Span, cues: PersonCues) -> bool:
    """A name, not a person's, right after a lower-case noun of a street, a square, a bridge
    or a palace (`place_heads`): "la avenida Gobierno Revolucionario", "la plaza Congreso",
    that place's name whatever institution's word it holds. In English, where the noun comes
    after the name ("Congress Square"), only when the name closes there ("on the square
    Maidan,"): "the highway Congress approved" has Congress acting."""
    doc = ent.doc
    if ent.label_ in PERSON_LABELS or ent.start == 0:
        return False  # (a person's name after such a noun is read in entities.py)
    noun = doc[ent.start - 1]
    if not noun.is_lower or noun.lower_ not in cues.place_heads:
        return False
    if doc.lang_ == "es":
        return True
    return ent.end >= len(doc) or doc[ent.end].text in _NAME_CLOSERS or doc[ent.end].pos_ == "ADP"


def _headed_by(ent: Span, heads: frozenset[str]) -> bool:
    """The span's head is one of `heads`: its first word (past an article) when an "of"
    phrase follows it ("Gobierno de España", "the Government of Spain", "Plaza del
    Congreso") or the text is Spanish, whose nouns come before their modifiers ("Corte
    Suprema", "Plaza Venezuela"), else its last ("the Spanish Government", "Congress
    Square"); "Plaza de Armas" is headed by the square, "Congress Square" too."""
    words = [t for t in ent if t.lower_ not in _ARTICLES]
    if not words:
        return False
    has_of = any(t.lower_ in _OF for t in words[1:])
    first = has_of or len(words) == 1 or ent.doc.lang_ == "es"
    head = words[0] if first else words[-1]
    return head.lower_ in heads


def _movement_word(ent: Span, cues: PersonCues) -> bool:
    """One word, no known place, ending as an adherent's word ("Chavista", "Sandinista",
    "Peronist") and used as one: an adjective, or a modifier of a noun right after it."""
    if len(ent) != 1 or is_place_name(ent.text):
        return False
    tok = ent[0]
    if not any(tok.lower_.endswith(s) and len(tok) > len(s) + 3 for s in cues.movement_suffixes):
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    modifies = after is not None and after.is_lower and after.pos_ == "NOUN"
    return tok.pos_ == "ADJ" or tok.dep_ in ("amod", "compound") or modifies
