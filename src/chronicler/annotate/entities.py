"""Mend the entity spans and labels of a small NER model with two cues it misses.

- A person's name runs on over the capitalised words right after it: "José Luis" +
  "Rodríguez Zapatero" is one name (Spanish double surnames are often cut short).
- A name right after a rank or office ("lieutenant colonels Illich Sánchez", "Gen. X") or
  followed by an age apposition ("Sánchez, 41,") is a person's, whatever label it got; so is
  a surname ending a person's fuller name named before ("Rolando Álvarez ... Álvarez"), also
  where the tagger left it untagged.
- A possessive ending ("Anne Frank's") is not part of the name, nor a preposition opening the
  sentence ("Según X").
- A country's own name tagged as a person ("España" in the small Spanish model) is a place,
  unless a person's fuller name in the same text ends or starts with it ("Michael Jordan").
- A portfolio inside an office's title ("Minister of the Interior", "General of the Army") is
  part of the office, not an organisation.
- A person's span opening with an offence word ("Conspiración", "Usurpación de funciones":
  `offence_heads` of the event vocabularies) names a charge, not a person.
- A "person" named by the facility noun it goes with ("Jorge Chávez international airport",
  "el aeropuerto Jorge Chávez", "el Centro de Orientación Femenina") is that facility's name:
  a facility or place; one named by a place noun ("the Miraflores neighborhood", "el barrio
  de Miraflores") is a place.
- A span whose words are not capitalised is no name ("informó su abogada", "al odio": what an
  English model tags in Spanish text); connectors ("of", "de la") may stay lower case.

- Cut names are joined, an opening lower-case preposition dropped, and a span's own words
  (an institution's head, a platform, a deity, an office alone, a movement's adherent) say
  what it is whatever the tagger said (entities_fragments.py).

Runs as a spaCy component after `ner`, so events and mentions see the mended entities.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from chronicler.annotate.countries import PERSON_LABELS, is_country_name, is_place_name
from chronicler.annotate.entities_fragments import (
    DROP,
    joined_fragments,
    kind_of_span,
    portfolio_of_office,
    untagged_hyphened_acronyms,
    without_leading_preposition,
)
from chronicler.annotate.entities_places import (
    PLACE_LABELS,
    dateline_places,
    in_list_of_places,
    names_a_facility,
    place_end,
)
from chronicler.annotate.entities_roles import (
    after_office_of_body,
    described_as_person,
    facility_names,
    outlet_names,
    placed_names,
)
from chronicler.settings import data_path

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# labels a person's name is mistaken for; MISC is the Spanish pipeline's catch-all
RELABELLED = frozenset({"GPE", "ORG", "LOC", "FAC", "NORP", "MISC"})
# labels whose spans must look like names (not numbers, dates or money)
NAME_LABELS = PERSON_LABELS | RELABELLED


@dataclass(frozen=True)
class PersonCues:
    version: str
    titles: frozenset[str]
    not_name_words: frozenset[str]
    connectors: frozenset[str]
    opening_prepositions: frozenset[str] = frozenset()
    portfolios: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    outlet_heads: frozenset[str] = frozenset()
    place_offices: frozenset[str] = frozenset()  # offices whose "of" names a place
    opening_time_nouns: frozenset[str] = frozenset()  # "Horas antes, ...": no name
    offence_words: frozenset[str] = frozenset()  # "Conspiración", "Treason": no person
    company_heads: frozenset[str] = frozenset()  # "the company Odebrecht": a company
    masculine_pronouns: frozenset[str] = frozenset()  # "he", "him": a man's
    feminine_pronouns: frozenset[str] = frozenset()  # "she", "her": a woman's
    facility_nouns: frozenset[str] = frozenset()  # "the X airport", "el aeropuerto X"
    place_nouns: frozenset[str] = frozenset()  # "the X neighborhood", "el barrio X"
    facility_links: frozenset[str] = frozenset()  # "la cárcel de X": "de" links the name
    case_nouns: frozenset[str] = frozenset()  # "el caso Sobornos": a case's name
    case_nouns_after: frozenset[str] = frozenset()  # "the Toshakhana case": a case's name
    person_nouns: frozenset[str] = frozenset()  # "X, a Russian agent": a person's
    leading_prepositions: frozenset[str] = frozenset()  # "en Nicaragua": not the name's
    name_particles: frozenset[str] = frozenset()  # "de la Rúa": the name's own
    institution_heads: frozenset[str] = frozenset()  # "Gobierno de España": a body
    platforms: frozenset[str] = frozenset()  # "on Twitter": an organisation
    deities: frozenset[str] = frozenset()  # "contra Dios": no actor
    movement_suffixes: frozenset[str] = frozenset()  # "Chavista": an adherent's word
    place_heads: frozenset[str] = frozenset()  # "Plaza del Congreso": a place
    international_bodies: frozenset[str] = frozenset()  # "the European Union": states' body
    facility_phrases: frozenset[str] = frozenset()  # "penal colony": a facility noun
    honorifics: frozenset[str] = frozenset()  # "Daw Aung San Suu Kyi": not the name's
    honorifics_es: frozenset[str] = frozenset()  # "Don Juan Carlos" (Spanish text only)
    # "U Win Myint": as written, case and all (a lone capital letter, never "u" or "U.S.")
    honorifics_cased: frozenset[str] = frozenset()
    offices_before_general: frozenset[str] = frozenset()  # "Attorney" + "General’s Office"


@cache
def load_person_cues() -> PersonCues:
    doc = tomllib.loads(data_path("entities", "people.toml").read_text(encoding="utf-8"))
    return PersonCues(
        version=str(doc["version"]),
        titles=frozenset(t.lower() for t in doc.get("titles", [])),
        not_name_words=frozenset(w.lower() for w in doc.get("not_name_words", [])),
        connectors=frozenset(w.lower() for w in doc.get("connectors", [])),
        opening_prepositions=frozenset(w.lower() for w in doc.get("opening_prepositions", [])),
        org_words=frozenset(w.lower() for w in doc.get("org_words", [])),
        outlet_heads=frozenset(w.lower() for w in doc.get("outlet_heads", [])),
        portfolios=frozenset(w.lower() for w in doc.get("portfolios", [])),
        place_offices=frozenset(w.lower() for w in doc.get("place_offices", [])),
        opening_time_nouns=frozenset(w.lower() for w in doc.get("opening_time_nouns", [])),
        offence_words=_offence_words(doc.get("offence_vocabularies", [])),
        company_heads=frozenset(w.lower() for w in doc.get("company_heads", [])),
        masculine_pronouns=frozenset(w.lower() for w in doc.get("masculine_pronouns", [])),
        feminine_pronouns=frozenset(w.lower() for w in doc.get("feminine_pronouns", [])),
        facility_nouns=frozenset(w.lower() for w in doc.get("facility_nouns", [])),
        place_nouns=frozenset(w.lower() for w in doc.get("place_nouns", [])),
        facility_links=frozenset(w.lower() for w in doc.get("facility_links", [])),
        case_nouns=frozenset(w.lower() for w in doc.get("case_nouns", [])),
        case_nouns_after=frozenset(w.lower() for w in doc.get("case_nouns_after", [])),
        person_nouns=frozenset(w.lower() for w in doc.get("person_nouns", [])),
        honorifics_cased=frozenset(str(w) for w in doc.get("honorifics_cased", [])),
        **{key: frozenset(w.lower() for w in doc.get(key, [])) for key in _WORD_LISTS},
    )


# Lists read as they are (lower case) into the PersonCues field of the same name.
_WORD_LISTS = (
    "leading_prepositions",
    "name_particles",
    "institution_heads",
    "platforms",
    "deities",
    "movement_suffixes",
    "place_heads",
    "international_bodies",
    "facility_phrases",
    "honorifics",
    "honorifics_es",
    "offices_before_general",
)


def _offence_words(vocabularies: list[str]) -> frozenset[str]:
    """The event vocabularies' `offence_heads`, so that one list says what names an offence."""
    words: set[str] = set()
    for name in vocabularies:
        vocab = tomllib.loads(data_path("events", name).read_text(encoding="utf-8"))
        words |= {w.lower() for w in vocab.get("attributes", {}).get("offence_heads", [])}
    return frozenset(words)


def mend_entities(doc: Doc, cues: PersonCues | None = None) -> Doc:
    """Set `doc.ents` to the mended spans (pure on the doc's tokens and entities)."""
    from spacy.tokens import Span

    cues = cues or load_person_cues()
    # the pipeline's own label scheme: the Spanish model tags PER, the English one PERSON
    spanish = doc.lang_ == "es" or any(e.label_ == "PER" for e in doc.ents)
    person = "PER" if spanish else "PERSON"
    place = "LOC" if person == "PER" else "GPE"  # the pipeline's own label scheme
    mended: list[Span] = []
    filed_from = dateline_places(doc) | placed_names(doc, cues)
    facilities = facility_names(doc, cues)  # "the penal colony known as Polar Wolf"
    outlets = outlet_names(doc, cues)  # "la agencia Mizan", and "según Mizan"
    fac = "LOC" if spanish else "FAC"  # (the Spanish model has no FAC)
    mended += [Span(doc, s, e, label=fac) for runs in facilities.values() for s, e in runs]
    for ent in joined_fragments(doc, cues):
        if ent.label_ in NAME_LABELS and (not _name_shaped(ent, cues) or _opening_verb(ent)):
            continue
        if ent.label_ in NAME_LABELS and _portfolio_in_title(ent, cues):
            continue
        if ent.label_ in NAME_LABELS and _names_a_case(ent, cues):
            continue  # "el caso Sobornos": the name of a court case, no one's
        if ent.label_ in PERSON_LABELS and _names_a_case_before(ent, cues):
            continue  # "the Toshakhana case"
        cut = _without_trailing_connector(ent, cues)
        if cut is None:
            continue  # "Gobierno de" before "Rafael Correa": no body in particular
        ent = cut
        if (bare := without_leading_preposition(ent, cues)) is None:
            continue  # "en": nothing named
        ent = bare
        if (kind := kind_of_span(ent, cues)) == DROP:
            continue  # "contra Dios", "the former Ombudsman": no actor
        if _opening_preposition(ent, cues):
            if len(ent) == 1:
                continue
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        if _opening_time_noun(ent, cues):
            # "Horas antes": nothing named; "Días después Nicolás Maduro": the name after it
            first = next((t.i for t in ent[1:] if t.is_title), None)
            if first is None:
                continue
            ent = Span(doc, first, ent.end, label=ent.label_)
        if (
            ent.label_ in PERSON_LABELS
            and (after := _after_country_of_office(ent, cues)) != ent.start
        ):
            # "el ex primer ministro de Pakistán Imran Khan": the country ends the office
            mended.append(Span(doc, ent.start, after, label=place))
            ent = Span(doc, after, ent.end, label=ent.label_)
        named = _name_after_title(ent, cues)
        if named is not None:
            mended.append(Span(doc, named[0], named[1], label=person))
            continue
        if ent.label_ in PERSON_LABELS and _common_word_opening(ent):
            continue
        label = ent.label_
        if label in RELABELLED and (_looks_like_person(ent, cues) or _surname_of_person(ent, cues)):
            label = person
        elif label in PERSON_LABELS and _country_not_person(ent):
            label = place
        elif _names_an_organisation(ent, cues) and (
            # the Spanish model calls many a body a place ("La Policía"); a country's body
            # tagged a place is one when an institution's word heads it (`kind_of_span`)
            label in PERSON_LABELS or (label == "LOC" and not _holds_a_country(ent))
        ):
            label = "ORG"
        if kind is not None:
            label = kind  # the words say what it is ("Gobierno de España", "Twitter")
        elif label in PERSON_LABELS | PLACE_LABELS and ent.text.lower() in outlets:
            label = "ORG"  # an outlet's name: "la agencia Mizan", then "según Mizan"
        if label in PERSON_LABELS and _names_an_offence(ent, cues):
            continue  # "Usurpación de funciones", "Conspiración" tagged as people
        if label in NAME_LABELS - {place} and in_list_of_places(ent, place):
            label = place
        if label in NAME_LABELS - {place} and ent.text.lower() in filed_from:
            # "VILNIUS, Lithuania —": where the report was filed, a city; "the capital,
            # Naypyitaw", "a prison in Naypyitaw": the place's name, there and elsewhere
            label = place
        if label in PERSON_LABELS | {"ORG"} and names_a_facility(ent, cues.place_nouns, cues):
            label = place  # "the Miraflores neighborhood", "the port city of Guayaquil"
        elif label in PERSON_LABELS and names_a_facility(ent, cues.facility_nouns, cues):
            label = fac
        elif label == "ORG" and ent.text.lower() in facilities:
            label = fac  # "la colonia penal "Lobo Polar"", "El Helicoide, a prison"
        if label in PERSON_LABELS:
            end = _name_end(doc, ent.end, cues)
        elif ent[-1].lower_ in cues.org_words:
            end = _organisation_end(doc, ent.end)
        elif label in PLACE_LABELS:
            end = place_end(doc, ent.end)
        else:
            end = ent.end
        start = _after_portfolio(ent, cues) if label in NAME_LABELS else ent.start
        if start != ent.start:
            # what follows "ministra de Relaciones Exteriores" in capitals is the minister
            capitalised = ent.end - start >= 2 and all(t.is_title for t in doc[start : ent.end])
            if label not in PERSON_LABELS and capitalised:
                label = person
            ent = Span(doc, start, ent.end, label=label)
        if label in NAME_LABELS:
            end = _without_possessive(doc, ent.start, end)
        if end != ent.end or label != ent.label_:
            ent = Span(doc, ent.start, end, label=label)
        mended.append(ent)
    mended += _untagged_surnames(doc, mended, person)
    mended += _untagged_full_names(doc, mended, person) + untagged_hyphened_acronyms(doc)
    doc.ents = _without_overlaps(mended)
    return doc


def _names_an_organisation(ent: Span, cues: PersonCues) -> bool:
    """A "person" whose name holds an organisation's word ("Iran Human Rights", "Partido
    Comunista") or that names the outlet it modifies ("the Shargh newspaper"): an
    organisation, as is a name set in apposition after a company's noun ("the construction
    company Odebrecht"). (Not a name set after the outlet, "the newspaper La Prensa", "el diario
    X": there the name is the participant's own phrase, whatever its label.)"""
    if any(t.lower_ in cues.org_words for t in ent):
        return True
    root = ent.root
    head = root.head
    if root.dep_ == "appos" and head.i < root.i and head.lemma_.lower() in cues.company_heads:
        return True  # "the construction company Odebrecht", "la constructora Odebrecht"
    return (
        root.dep_ == "compound"
        and root.head.i > root.i
        and (root.head.lower_ in cues.outlet_heads or root.head.lemma_.lower() in cues.outlet_heads)
    )


def _names_an_offence(ent: Span, cues: PersonCues) -> bool:
    """A span opening with an offence word names a charge, not a person: the small models
    tag a capitalised charge ("Conspiración", "Usurpación de funciones") as a name."""
    first = ent[0]
    return bool({first.lower_, first.lemma_.lower()} & cues.offence_words)


def _holds_a_country(ent: Span) -> bool:
    return any(
        is_country_name(ent[i:j].text) for i in range(len(ent)) for j in range(i + 1, len(ent) + 1)
    )


def _common_word_opening(ent: Span) -> bool:
    """A lone word capitalised only because it opens the sentence, modifying the common noun
    after it ("Riot police beat protesters"): no name, unless the text writes it capitalised
    inside a sentence too ("Obama administration")."""
    tok = ent[0]
    if len(ent) != 1 or not tok.is_sent_start or tok.dep_ not in ("compound", "amod"):
        return False
    head = tok.head
    if head.i != tok.i + 1 or head.pos_ != "NOUN" or not head.text.islower():
        return False
    return not any(t.text == tok.text and not t.is_sent_start for t in ent.doc if t.i != tok.i)


def _opening_preposition(ent: Span, cues: PersonCues) -> bool:
    """A preposition capitalised only because it opens the sentence ("Según Iran Human
    Rights", "Según"), which the Spanish tagger reads into a name. Listed words only: the
    tagger also calls a first name an ADP ("Barack Obama"), and a name's own particle ("De
    la Rúa", "Van Gogh") stays."""
    tok = ent[0]
    return bool(tok.is_sent_start) and tok.lower_ in cues.opening_prepositions


def _opening_time_noun(ent: Span, cues: PersonCues) -> bool:
    """A common noun of time capitalised only because it opens the sentence ("Horas antes,
    había sido detenido"), which the small taggers read as a name."""
    tok = ent[0]
    return bool(tok.is_sent_start) and tok.lower_ in cues.opening_time_nouns


def _untagged_surnames(doc: Doc, spans: list[Span], person: str) -> list[Span]:
    """ "Mohsen Shekari ... Shekari, de 23 años, había sido condenado": a lone surname the
    tagger left untagged, after a person's fuller name that ends with it, is that person."""
    from spacy.tokens import Span

    tagged = {i for s in spans for i in range(s.start, s.end)}
    fuller = [s for s in spans if s.label_ in PERSON_LABELS and len(s) > 1]
    found = []
    for tok in doc:
        if tok.i in tagged or not tok.is_title or len(tok.text) < 3 or is_country_name(tok.text):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
            continue  # part of a longer name the tagger missed: not this surname alone
        if any(s.end <= tok.i and s[-1].text == tok.text for s in fuller):
            found.append(Span(doc, tok.i, tok.i + 1, label=person))
    return found


def _untagged_full_names(doc: Doc, spans: list[Span], person: str) -> list[Span]:
    """ "Alexei Navalny, the campaigner ... Navalny had been": a given name and surname the
    tagger left untagged, whose surname the article tags alone as a person elsewhere, is that
    person. Only a run of exactly two capitalised proper nouns, untagged, with no capitalised
    word either side, so a longer untagged name or a title is not cut."""
    from spacy.tokens import Span

    tagged = {i for s in spans for i in range(s.start, s.end)}
    surnames = {s.text for s in spans if s.label_ in PERSON_LABELS and len(s) == 1}
    found = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if nxt.text not in surnames or {tok.i, nxt.i} & tagged:
            continue
        if not all(_bare_proper_noun(t) for t in (tok, nxt)) or tok.whitespace_ != " ":
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if any(t is not None and t.is_title and t.is_alpha for t in (before, after)):
            continue
        found.append(Span(doc, tok.i, nxt.i + 1, label=person))
    return found


def _bare_proper_noun(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and len(token.text) > 2
        and not is_country_name(token.text)
    )


def _name_after_title(ent: Span, cues: PersonCues) -> tuple[int, int] | None:
    """A span the tagger ended on a title ("Roman Catholic Bishop" ORG) with the untagged name
    right after it ("Rolando Álvarez"): that name, as token bounds, is the entity."""
    doc = ent.doc
    if ent.label_ in PERSON_LABELS or doc[ent.end - 1].lower_ not in cues.titles:
        return None
    if ent.end >= len(doc) or not _continues_name(doc[ent.end - 1], doc[ent.end], cues):
        return None
    return ent.end, _name_end(doc, ent.end + 1, cues)


ARTICLES = frozenset({"the", "el", "la", "los", "las"})
OF_WORDS = frozenset({"of", "de", "del"})
AND_WORDS = frozenset({"and", "y", "e"})


def _portfolio_in_title(ent: Span, cues: PersonCues) -> bool:
    """A portfolio word inside an office's title ("Minister of the Interior", "Interior
    minister", "General of the Army", "Minister of the Interior and of Justice", "exjefe de
    Estado"): part of the office, no organisation."""
    words = [t.lower_ for t in ent if t.lower_ not in ARTICLES]
    if " ".join(words) not in cues.portfolios:
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in cues.titles:
        return True
    return portfolio_of_office(doc, ent.start - 1, cues)


def _after_portfolio(ent: Span, cues: PersonCues) -> int:
    """Where a person's name starts when the tagger ran an office's portfolio into it ("la
    exministra de Salud Dora María Téllez", "el ministro de Defensa Vladimir Padrino"): after
    the portfolio, which follows an office title (a former one too) and "de"/"of", maybe with
    an article ("el excomandante de las Fuerzas Armadas Williams Kaliman")."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    if i < 1 or doc[i].lower_ not in OF_WORDS:
        return ent.start
    title = doc[i - 1].lower_
    if title not in cues.titles and title.removeprefix("ex") not in cues.titles:
        return ent.start
    for n in (3, 2, 1):  # the longest portfolio first ("relaciones exteriores")
        words = " ".join(t.lower_ for t in doc[ent.start : ent.start + n])
        if ent.end - ent.start > n and words in cues.portfolios:
            return ent.start + n
    return ent.start


def _after_country_of_office(ent: Span, cues: PersonCues) -> int:
    """Where the name starts in a person's span that opens with the name of a country an
    office is "of" ("ex primer ministro de Pakistán Imran Khan", "the president of Peru Dina
    Boluarte"): the tagger runs the country on into the name. Only after a preposition and
    before two or more words, so that a given name that is also a country's ("Chad Michael
    Murray") stays the person's, and a body's name ("of Iran Human Rights") stays whole."""
    doc = ent.doc
    if any(t.lower_ in cues.org_words for t in ent):
        return ent.start
    if ent.start == 0 or doc[ent.start - 1].pos_ != "ADP":
        return ent.start
    for n in (3, 2, 1):  # the longest country name first ("Estados Unidos")
        if len(ent) - n >= 2 and is_country_name(ent[:n].text):
            rest = ent[n:]
            if all(t.is_title for t in rest):
                return rest.start
    return ent.start


def _country_not_person(ent: Span) -> bool:
    """A country's or a capital's own name the tagger took for a person's ("Washington
    retirará sus tropas"): the place, standing for its state."""
    if not is_place_name(ent.text):
        return False
    words = ent.text.split()
    fuller = [
        e.text.split()
        for e in ent.doc.ents
        if e.label_ in PERSON_LABELS and len(e.text.split()) > len(words)
    ]
    # "Jordan" after "Michael Jordan" is that person's name
    return not any(f[-len(words) :] == words or f[: len(words)] == words for f in fuller)


POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})


def _without_possessive(doc: Doc, start: int, end: int) -> int:
    """The end of the span before a trailing possessive ending, if the name keeps a word."""
    return end - 1 if end - start > 1 and doc[end - 1].text in POSSESSIVE_ENDINGS else end


def _name_end(doc: Doc, end: int, cues: PersonCues) -> int:
    """Extend a person's span over the capitalised proper nouns that follow it directly."""
    while end < len(doc) and _continues_name(doc[end - 1], doc[end], cues):
        end += 1
    return end


def _organisation_end(doc: Doc, end: int) -> int:
    """Extend a body's name over the "of" phrase in capitals the tagger cut off or tagged
    apart ("Organización" + "de Estados Americanos", "Organización de las Naciones Unidas"),
    so the name is one organisation, not a body and a place. A country stays apart ("el
    Gobierno de Nicaragua", "Ministerio de Defensa de Colombia"): the body acts for it."""
    named = end
    while True:
        after = _after_connector(doc, named, first=named == end)
        if after == named or after >= len(doc) or not _capitalised_word(doc[after]):
            return named
        words = after
        while words < len(doc) and _capitalised_word(doc[words]):
            words += 1
        if is_country_name(doc[after:words].text):
            return named
        named = words


def _after_connector(doc: Doc, i: int, first: bool) -> int:
    """Past "de", "de las", "of the" (and, inside the name, "y"/"and") at token `i`."""
    openers = OF_WORDS if first else OF_WORDS | AND_WORDS
    if i >= len(doc) or doc[i].lower_ not in openers:
        return i
    i += 1
    while i < len(doc) and doc[i].lower_ in ARTICLES:
        i += 1
    return i


def _capitalised_word(token: Token) -> bool:
    return (
        not token.is_sent_start
        and token.text[:1].isupper()
        and token.text.replace("-", "").isalpha()
        and token.ent_type_ not in PERSON_LABELS
    )


def _continues_name(previous: Token, token: Token, cues: PersonCues) -> bool:
    return (
        previous.whitespace_ == " "  # same line, one space: not across punctuation or a break
        and token.pos_ == "PROPN"
        # untagged, or a person's name the tagger cut in two ("Rolando" + "Álvarez"), or
        # a lone word it gave another label ("Ana Cecilia" + "Gervasi" GPE) that names no
        # known place: a place after a name is set off by a comma or a preposition
        and (
            token.ent_iob_ == "O"
            or token.ent_type_ in PERSON_LABELS
            or (_lone_word_entity(token) and not is_place_name(token.text))
        )
        and not token.is_sent_start
        and token.text[:1].isupper()
        and token.text.replace("-", "").replace("'", "").isalpha()
        and token.lower_ not in cues.not_name_words
    )


def _lone_word_entity(token: Token) -> bool:
    """The token is a whole entity of one word."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "B" and (after is None or after.ent_iob_ != "I")


def _name_shaped(ent: Span, cues: PersonCues) -> bool:
    """Every word is capitalised, a connector, or not a word at all ("’s", "-", "3M")."""
    words = [t.text for t in ent if t.text[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() or w.lower() in cues.connectors for w in words)


def _without_trailing_connector(ent: Span, cues: PersonCues) -> Span | None:
    """The span cut before the connectors it ends on, which the tagger leaves when it splits
    a name off ("Gobierno de" + "Rafael Correa"); None when what is left is one word of an
    organisation ("Gobierno"), which names no body in particular."""
    from spacy.tokens import Span

    end = ent.end
    while end > ent.start and ent.doc[end - 1].lower_ in cues.connectors:
        end -= 1
    if end == ent.end:
        return ent
    if end == ent.start or (end - ent.start == 1 and ent.doc[ent.start].lower_ in cues.org_words):
        return None
    return Span(ent.doc, ent.start, end, label=ent.label_)


def _names_a_case_before(ent: Span, cues: PersonCues) -> bool:
    """A "person" right before a word for a court case, in the English order ("the
    Toshakhana case"): the case's name, unless the text names that person elsewhere ("the
    Navalny case" in a report where Navalny speaks)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in cues.case_nouns_after:
        return False
    return not any(
        other.start != ent.start and other.label_ in PERSON_LABELS and ent.text in other.text
        for other in doc.ents
    )


def _names_a_case(ent: Span, cues: PersonCues) -> bool:
    """A name right after a word for a court case ("el caso Sobornos", "the Lava Jato case"
    is the English order, not read): the case's name, no person or body."""
    i = ent.start - 1
    return i >= 0 and ent.doc[i].lower_ in cues.case_nouns


def _opening_verb(ent: Span) -> bool:
    """A lone finite verb capitalised only because it opens the sentence, which the Spanish
    tagger reads as a name ("Permaneció refugiado en ...", "Había partido al exilio")."""
    tok = ent[0]
    return (
        len(ent) == 1
        and bool(tok.is_sent_start)
        and tok.pos_ in ("VERB", "AUX")
        and "Fin" in tok.morph.get("VerbForm", [])
    )


def _looks_like_person(ent: Span, cues: PersonCues) -> bool:
    if not all(t.pos_ == "PROPN" for t in ent):
        return False
    return (
        _after_title(ent, cues)
        or _before_age(ent)
        or described_as_person(ent, cues)  # "Vadim Krasikov, an FSB officer"
        or after_office_of_body(ent, cues)  # "la exdiputada del MAS Lidia Patty"
    )


def _surname_of_person(ent: Span, cues: PersonCues) -> bool:
    """ "Rolando Álvarez ... Álvarez cumplía": the last words of a person's fuller name named
    before are that person's (a country's name stays a place: "Carlos Chile ... Chile"),
    whatever the tagger made of them; the fuller name as mended ("Ana Cecilia" + "Gervasi"
    GPE, then "Gervasi" GPE: the foreign minister)."""
    if is_country_name(ent.text):
        return False
    words = ent.text.split()
    doc = ent.doc
    fuller = [
        doc[e.start : _name_end(doc, e.end, cues)].text.split()
        for e in doc.ents
        if e.label_ in PERSON_LABELS and e.end <= ent.start
    ]
    return any(len(f) > len(words) and f[-len(words) :] == words for f in fuller)


def _after_title(ent: Span, cues: PersonCues) -> bool:
    """A rank or office right before the name, or before the first of a pair ("colonels A and
    B"), its stop maybe set apart ("Mr . Cerar")."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 1 and doc[i].lower_ in {"and", "y"} and doc[i - 1].ent_type_:
        first = doc[i - 1]
        while first.i > 0 and first.ent_iob_ == "I":
            first = doc[first.i - 1]
        i = first.i - 1
    if i >= 1 and doc[i].text == "." and doc[i - 1].lower_ in cues.titles:
        i -= 1  # "Mr . Cerar": a title's stop the text set apart (tokenised text)
    return i >= 0 and doc[i].lower_ in cues.titles


def _before_age(ent: Span) -> bool:
    """ "Sánchez, 41, commanded...": a name followed by an age between commas."""
    doc = ent.doc
    j = ent.end
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 2].text not in {",", "."}:
        return False
    age = doc[j + 1].text
    return age.isdigit() and 15 <= int(age) <= 110


def _without_overlaps(spans: list[Span]) -> list[Span]:
    from spacy.util import filter_spans

    return sorted(filter_spans(spans), key=lambda s: s.start)


PERSON_CUES_VERSION: str = load_person_cues().version
