"""The country an event participant acts for (ISO 3166-1 alpha-3), as event coders give the
country part of a CAMEO actor code ("VENGOV" is VEN).

Cascade, first answer wins (`participant_country`):
1. the entity mention matched to the participant, when it is a place or a nationality that
   names a country or its capital ("Venezuela", "Caracas", "Venezuelans");
2. a word before the head, or the head itself: a demonym or name modifying it ("Venezuelan
   authorities", "Colombian President Gustavo Petro", "Venezuela's government");
3. a modifier after the head: an adjective ("las autoridades venezolanas"), an of/de-phrase
   ("the government of Venezuela", "el gobierno de Venezuela"), an apposition; for a state
   organ that is not an envoy, also the place it sits in ("a court in Guyana", "la policía
   en Caracas": an embassy or troops in a country are often another state's);
4. a person the phrase names, when the table of state leaders has that name (`leaders.py`:
   "Obama" is USA, "Maduro" VEN), as an event coder's actor dictionary gives it; the phrase's
   own words above come first ("former Colombian president X" is COL whoever X is);
5. for a state role, an organ of state known by a name with no country word (`organ_country`:
   "the State Department" is USA, as an actor dictionary codes it; `state_organs` in
   `data/events/roles.toml`, passed in by the events stage).
The words are data (`data/entities/countries.tsv`, built by bench/build_countries.py); a
phrase that holds a country word but names none ("Latin American") is matched first and read
as no country. A country word joined by a hyphen says whom a phrase opposes or is backed by
("anti-American", "U.S.-backed"), not whom it acts for, and is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from chronicler.annotate.doc_text import doc_text
from chronicler.annotate.leaders import leader_country
from chronicler.folding import strip_accents
from chronicler.model import Mention
from chronicler.settings import data_path

if TYPE_CHECKING:
    from spacy.tokens import Token

# Entity labels whose whole mention may name a country.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
PERSON_LABELS = frozenset({"PERSON", "PER"})  # the English and the Spanish pipeline's
BLOCK = "-"
# Dependants after the head that may carry its country: adjectives (Spanish), apposed
# phrases, of/de-phrases (English "prep" + "pobj"; Spanish "nmod" with a "de" case mark).
_RIGHT_DEPS = frozenset({"amod", "appos", "nmod", "prep"})
_OF = frozenset({"of", "de", "del"})
_IN = frozenset({"in", "en"})
# Roles (the events vocabularies' names) of state organs that act where they sit.
SEATED_ROLES = frozenset({"government", "police", "judiciary", "legislature"})
# Roles of a phrase that a leader's name modifying it stands for ("the Obama administration").
STATE_ROLES = SEATED_ROLES | {"military", "diplomatic"}
# Dependency labels joining the words of one name (English compounds, Spanish "flat").
_NAME_DEPS = frozenset({"compound", "flat", "flat:name"})


@dataclass(frozen=True)
class CountryTable:
    version: str
    codes: dict[str, str]  # form as written -> alpha3 ("-" for a block)
    patterns: dict[str, re.Pattern[str]]  # lang -> every form of that language
    names: frozenset[str] = frozenset()  # countries' own names, any language ("España")
    states: dict[str, str] = field(default_factory=dict)  # alpha3 -> its English state name
    capitals: frozenset[str] = frozenset()  # capitals' names as written, any language
    # a name or capital in another language -> the English one of its state ("Rusia": "Russia")
    english: dict[str, str] = field(default_factory=dict)
    # "lang:alpha3" -> the state's own name in that language ("es:FRA": "Francia"), for a
    # nationality adjective read as its state in text of that language
    local: dict[str, str] = field(default_factory=dict)
    gentilics: frozenset[str] = frozenset()  # "lang:form" of demonyms / gentilics as written


def _variants(form: str) -> Iterator[str]:
    """As written, sentence-initial (capitalised) and in a headline in capitals."""
    yield form
    yield form[:1].upper() + form[1:]
    yield form.upper()


def parse_table(text: str) -> CountryTable:
    version = "unknown"
    codes: dict[str, dict[str, str]] = {"en": {}, "es": {}}
    carried: dict[str, str] = {}
    names: set[str] = set()
    capitals: set[str] = set()
    iso: dict[str, str] = {}
    short: dict[str, str] = {}
    own: dict[tuple[str, str], list[str]] = {}  # (alpha3, name|capital) -> English forms
    foreign: list[tuple[str, str, str]] = []  # (form, alpha3, name|capital), other languages
    local: dict[str, tuple[tuple[bool, int, bool], str]] = {}  # "lang:alpha3" -> (rank, form)
    gentilics: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#"):
            version = version if version != "unknown" else line[2:].split(":")[0]
            continue
        if not line.strip():
            continue
        form, code, kind, lang = line.split("\t")
        if kind in ("name", "short") and code != BLOCK:
            names.update(_variants(form))
        if kind == "capital":
            capitals.update(_variants(form))
        if kind in ("demonym", "gentilic") and code != BLOCK:
            gentilics.update(f"{lang}:{v}" for v in _variants(form))
        if kind in ("name", "short") and code != BLOCK:
            # its ISO/CLDR name first, else the fullest short form, accents kept
            # ("Estados Unidos", not "EEUU"; "Gran Bretaña", not "Gran Bretana")
            rank = (kind == "name", len(form), not form.isascii())
            held = local.get(f"{lang}:{code}")
            if held is None or rank > held[0]:
                local[f"{lang}:{code}"] = (rank, form)
        if kind in _NAMING and code != BLOCK:
            if lang == "en":
                own.setdefault((code, _NAMING[kind]), []).append(form)
            else:
                foreign.append((form, code, _NAMING[kind]))
        if lang == "en" and kind == "name":
            iso.setdefault(code, form)
        elif lang == "en" and kind == "short" and len(form) > len(short.get(code, "")):
            short[code] = form
        for v in _variants(form):
            codes[lang].setdefault(v, code)
            if lang == "en" and kind in ("name", "short", "capital", "block"):
                carried.setdefault(v, code)
    # Spanish text also writes English names and capitals ("Washington"), not its adjectives
    for form, code in carried.items():
        codes["es"].setdefault(form, code)
    patterns = {lang: _pattern(forms) for lang, forms in codes.items()}
    merged = {f"{lang}:{f}": c for lang, forms in codes.items() for f, c in forms.items()}
    # A state's name: its ISO English name ("Russian Federation"), else, where the curated
    # short forms took that name's place, the fullest of them ("United States", not "US").
    states = {**short, **iso}
    english = {
        v: best
        for form, code, kind in foreign
        if (best := _english_form(form, own.get((code, kind), []))) is not None
        for v in _variants(form)
    }
    return CountryTable(
        version,
        merged,
        patterns,
        frozenset(names),
        states,
        frozenset(capitals),
        english,
        {key: form for key, (_, form) in local.items()},
        frozenset(gentilics),
    )


# Kinds of form that name one place (a state, or its capital), whatever the language.
_NAMING = {"name": "name", "short": "name", "capital": "capital"}


def plain_form(form: str) -> str:
    """The form in lower case without accents ("Unión Europea": "union europea")."""
    return strip_accents(form).lower()


def _english_form(form: str, english: list[str]) -> str | None:
    """The English form of a place another language names `form` ("Rusia", "Moscú"): the one
    spelt most alike among its state's English names ("Russia", not "Russian Federation" or
    "Kremlin"); None when one is spelt as it is (nothing to translate) or there is none."""
    plain = plain_form(form)
    if not english or any(plain_form(e) == plain for e in english):
        return None
    return max(
        english, key=lambda e: (SequenceMatcher(None, plain, plain_form(e)).ratio(), -len(e))
    )


def english_name(text: str, table: CountryTable | None = None) -> str | None:
    """The English name of the country or capital `text` names in another language ("Rusia":
    "Russia", "Moscú": "Moscow"), so that one place is one actor in reports of two languages;
    None for an English name or any other text."""
    return (table or load_table()).english.get(text)


def is_country_name(text: str, table: CountryTable | None = None) -> bool:
    """`text` is exactly a country's name ("España", "Venezuela"), not a demonym or city."""
    return text in (table or load_table()).names


def is_place_name(text: str, table: CountryTable | None = None) -> bool:
    """`text` is exactly the name of a country or of a capital the table ties to a state
    ("España", "Caracas", "Quito"), in either language: a place, never a person's name."""
    t = table or load_table()
    if text in t.names:
        return True
    return any(t.codes.get(f"{lang}:{text}") not in (None, BLOCK) for lang in ("en", "es"))


def state_name(code: str, table: CountryTable | None = None) -> str | None:
    """The English name of the state with this alpha-3 code ("RUS": "Russian Federation")."""
    return (table or load_table()).states.get(code)


def gentilic_state(
    word: str, lang: str, table: CountryTable | None = None
) -> tuple[str, str] | None:
    """(alpha3, the state's name in `lang`) for a nationality adjective naming one state
    ("francesas": ("FRA", "Francia")); None for any other word, a block's ("latinoamericano")
    or a state with no name in that language."""
    t = table or load_table()
    if f"{lang}:{word}" not in t.gentilics:
        return None
    code = t.codes.get(f"{lang}:{word}")
    if code is None or code == BLOCK:
        return None
    name = t.local.get(f"{lang}:{code}")
    return (code, name) if name is not None else None


def _pattern(forms: dict[str, str]) -> re.Pattern[str]:
    # longest first, so "Latin American" wins over "American" at the same place
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alternation})(?![\w\-])")


@lru_cache(maxsize=1)
def load_table() -> CountryTable:
    return parse_table(data_path("entities", "countries.tsv").read_text(encoding="utf-8"))


COUNTRIES_VERSION: str = load_table().version


def countries_in(text: str, lang: str, table: CountryTable | None = None) -> list[tuple[int, str]]:
    """(offset, alpha3) of each country word in `text`, blocks included as "-"."""
    table = table or load_table()
    pattern = table.patterns.get(lang, table.patterns["en"])
    lang = lang if lang in table.patterns else "en"
    return [(m.start(), table.codes[f"{lang}:{m.group()}"]) for m in pattern.finditer(text)]


def country_spans(
    text: str, lang: str, table: CountryTable | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, alpha3) of each country word in `text`, blocks included as "-"."""
    table = table or load_table()
    lang = lang if lang in table.patterns else "en"
    return [
        (m.start(), m.end(), table.codes[f"{lang}:{m.group()}"])
        for m in table.patterns[lang].finditer(text)
    ]


def text_country(
    text: str, lang: str, last: bool = False, table: CountryTable | None = None
) -> str | None:
    """The country `text` names (its first country word, or the last one); None for none or
    for a block."""
    found = countries_in(text, lang, table)
    if not found:
        return None
    code = found[-1][1] if last else found[0][1]
    return None if code == BLOCK else code


def mention_country(mention: Mention | None, lang: str) -> str | None:
    """The country a place or nationality mention names ("Caracas", "the United States"), or
    the one a state leader named by a person mention acted for ("Obama")."""
    if mention is not None and mention.label in PERSON_LABELS:
        return leader_country(mention.text)
    if mention is None or mention.label not in PLACE_LABELS:
        return None
    return text_country(mention.text, lang)


def participant_country(
    head: Token, mention: Mention | None, lang: str, role: str | None = None
) -> str | None:
    """The country a participant headed by `head` (matched to `mention`, with this role)
    acts for."""
    if mention is not None and mention.label in PLACE_LABELS:
        found = countries_in(mention.text, lang)
        if found:  # a place that names a country, or a block ("New Mexico")
            return None if found[0][1] == BLOCK else found[0][1]
    # "El Gobierno de Nicaragua": a body whose name ends on the state it is of
    owned = mention is not None and mention.label == "ORG" and mention.start <= head.idx
    if owned and mention is not None and head.idx < mention.end:
        code = body_of_country(mention.text, lang)
        if code is not None:
            return code
    text = doc_text(head.doc)
    # words before the head and the head: "Colombian President Gustavo Petro", a person's
    # own name aside (a first name "Chad" is no country)
    person = (mention.start, mention.end) if mention and mention.label == "PERSON" else None
    start, end = head.left_edge.idx, head.idx + len(head)
    found = [
        (off, code)
        for off, code in countries_in(text[start:end], lang)
        if person is None or not person[0] <= start + off < person[1]
    ]
    if found:  # the nearest to the head modifies it
        return None if found[-1][1] == BLOCK else found[-1][1]
    for tok in _right_modifiers(head, depth=2, seated=role in SEATED_ROLES):
        code = text_country(text[tok.left_edge.idx : tok.idx + len(tok)], lang, last=True)
        if code is not None:
            return code
    return leader_country(person_name(head, mention, role))


# A body's name ending on the state it is "of" ("Gobierno de Nicaragua", "the Ministry of
# Defence of Colombia"): the words after the last of-word and its article.
_OF_TAIL = re.compile(r".*\b(?:of|de|del)\s+(?:(?:the|el|la|los|las)\s+)?([^,;()]+)$", re.I)


def body_of_country(name: str, lang: str) -> str | None:
    """The state an organisation's name says it is of, when the name ends on "of"/"de" and
    the state's own name ("El Gobierno de Nicaragua" -> NIC); "the Organization of American
    States" ends on no country's name and gives none."""
    match = _OF_TAIL.match(name.strip())
    if match is None or not is_country_name(match.group(1).strip()):
        return None
    return text_country(match.group(1), lang)


_ORGAN_WORD = re.compile(r"[\w.'’]+")


def organ_country(phrase: str, role: str | None, organs: Mapping[str, str]) -> str | None:
    """The state whose organ a phrase of a state role names by the organ's own name, with no
    country word ("The State Department", "a White House spokesman"; `organs`: folded name
    -> alpha-3); None for any other phrase."""
    if role not in STATE_ROLES or not organs:
        return None
    folded = " " + " ".join(_ORGAN_WORD.findall(phrase.casefold())) + " "
    found = [(len(name), code) for name, code in organs.items() if f" {name} " in folded]
    return max(found)[1] if found else None


def person_name(head: Token, mention: Mention | None, role: str | None = None) -> str | None:
    """The name of the person a participant is: its PERSON mention when that is the phrase's
    head or modifies a state organ ("the Obama administration"), else the proper noun heading
    it (a name the tagger missed or labelled otherwise, "Maduro" tagged LOC)."""
    covers = mention is not None and mention.start <= head.idx < mention.end
    if mention is not None and mention.label in PERSON_LABELS:
        return mention.text if covers or role in STATE_ROLES else None
    if head.pos_ != "PROPN" or (mention is not None and not covers):
        return None
    words = sorted(
        [head, *(c for c in head.children if c.dep_ in _NAME_DEPS and c.pos_ == "PROPN")],
        key=lambda t: t.i,
    )
    if any(b.i - a.i != 1 for a, b in pairwise(words)):
        return head.text  # the name's words do not run on: the head alone
    return doc_text(head.doc)[words[0].idx : words[-1].idx + len(words[-1])]


def _right_modifiers(head: Token, depth: int, seated: bool = False) -> Iterator[Token]:
    """Adjectives, appositions and of/de-phrase objects after the head, and theirs in turn
    ("the president of the National Assembly of Venezuela"); in/en-phrase objects of the
    head itself when `seated`."""
    if depth == 0:
        return
    marks = _OF | _IN if seated else _OF
    for child in head.rights:
        if child.dep_ not in _RIGHT_DEPS:
            continue
        if child.dep_ == "prep":  # English "of X": X
            if child.lower_ not in marks:
                continue
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if not objs:
                continue
            child = objs[0]
        elif child.dep_ == "nmod" and not any(
            c.dep_ == "case" and c.lower_ in marks for c in child.children
        ):
            continue  # "la protesta en Caracas" is a place, not an owner
        yield child
        yield from _right_modifiers(child, depth - 1)
