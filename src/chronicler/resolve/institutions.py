"""Institutions named by a common noun ("the National Assembly", "la Fiscalía", "El
Gobierno"): every state has one, so such a name is one actor only within one country.

An organisation's actor key is its folded name across the whole corpus ("org:sebin"), which
is right for a proper name and wrong for a generic one: Nicaragua's and Venezuela's National
Assemblies, or five countries' prosecutors, would be one actor with one page and one event
list. A name made only of institution words (data: resolve.toml [actors] institution_words)
is scoped to a country, the first of:
1. the one named in or right at it ("Nicaragua's National Assembly", "la Policía de
   Nicaragua", "El Gobierno cubano", "the Venezuelan National Assembly"; a capital in the
   name makes it a proper one, "the Islamabad High Court"), or the state that sent it, as
   the agent of a participle of sending right after it ("un avión de la Fuerza Aérea
   enviado por México");
2. the only one another mention of the name in the article was scoped to by 1;
3. the one its article is about (named at least twice, twice as often as any other; or,
   short of that lead, the most named one when the dateline files the report from it).
   Where the report is filed from says whose a seated organ is (a congress, a court, the
   police act where they sit), not whose armed forces are: they act abroad, and a report
   from Quito on Mexico's diplomats going home "en un avión de la Fuerza Aérea" names
   Mexico's air force. So a filed-from home scopes no name holding a word of armed forces
   (resolve.toml [actors] mobile_institution_words); a clear home still does.
Failing all three, the name stays its article's own: two reports never share it by guess.
A country named elsewhere in the sentence is no evidence: in "se refugió en la embajada
mexicana, cuando la Fiscalía lo investigaba" the prosecutors are Ecuador's.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from chronicler.annotate.countries import BLOCK, countries_in, load_table
from chronicler.annotate.leaders import leader_country
from chronicler.model import Mention
from chronicler.resolve.text import fold

# Words that join an institution's name without naming anything ("Ministry of the Interior").
_CONNECTORS = frozenset(["of", "the", "de", "del", "la", "el", "los", "las", "and", "y"])
# What may stand between a country word before a name and the name: "Nicaragua's ", "the ".
_BEFORE = re.compile(r"(?:['’]s)?\s+(?:(?:the|el|la|los|las)\s+)?$", re.IGNORECASE)
# What may stand between a name and a country after it: " de ", " of the ", or nothing but
# a space before an adjective ("cubano").
_AFTER = re.compile(r"\s+(?:(?:de|del|of)\s+(?:(?:la|el|the)\s+)?)?", re.IGNORECASE)
_ARTICLES = frozenset(["the", "el", "la"])
# A participle of sending after the name, or after the one noun it modifies ("un avión de la
# Fuerza Aérea enviado por", "Army troops sent by"), then its agent: a state sends its own.
_SENT_BY = re.compile(
    r",?\s+(?:[a-z]+\s+)?(?:sent|dispatched|enviad[oa]s?|despachad[oa]s?|mandad[oa]s?)\s+"
    r"(?:by|por)\s+(?:(?:the|el|la)\s+)?"
)
_OF = frozenset(["of", "de", "del"])
_WINDOW = 40
_MAX_COUNTRY_WORDS = 3
_HOME_MIN = 2  # mentions of the home country, at least
_HOME_LEAD = 2  # times as many as the next country's, at least
# A wire dateline: the place (and maybe its country) the report opens with, before the
# agency's bracket and the dash, on the first line ("LIMA, Peru (AP) —", "Lima, 21 dic (EFE).-").
_DATELINE_SHORT = 4  # letters of a lower-case word a dateline holds ("de", "dic")
_DATELINE = re.compile(r"\A\s*([^\n—–(]{2,60}?)\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|--|\.-)")


@dataclass(frozen=True)
class Institution:
    """A generic institution's mention: its folded name and the country told at it."""

    name: str
    country: str | None


def is_generic(name: str, institution_words: frozenset[str]) -> bool:
    """`name` (folded, as `org_name` gives it) is made only of institution words."""
    words = [w for w in name.split() if w not in _CONNECTORS]
    return bool(words) and all(w in institution_words for w in words)


@dataclass(frozen=True)
class Home:
    """The country an article is about, and whether only its dateline told it (`filed`)."""

    country: str | None
    filed: bool = False


def article_home(text: str, lang: str) -> Home:
    """The country an article is about: named (by name, demonym or capital) at least twice
    and twice as often as any other. An exile's arrival in Madrid names Spain often too, so
    a closer call is no call, unless the dateline files the report from the most named one
    (then `filed`)."""
    counts = Counter(code for _, code in countries_in(text, lang) if code != BLOCK)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _HOME_MIN:
        return Home(None)
    if len(ranked) == 2 and ranked[0][1] < _HOME_LEAD * ranked[1][1]:
        # a report filed from Lima that names Peru and Mexico as often is about Peru's
        # affairs: "Congress" there is Peru's
        filed = dateline_country(text, lang)
        return Home(filed, True) if filed and counts[filed] == ranked[0][1] else Home(None)
    return Home(ranked[0][0])


def home_country(text: str, lang: str) -> str | None:
    """The country an article is about (`article_home`), however it was told."""
    return article_home(text, lang).country


def dateline_country(text: str, lang: str) -> str | None:
    """The country a wire dateline files the report from ("LIMA, Peru (AP) —": Peru), by
    its place's name (a capital) or its country's; None for no dateline or no country."""
    match = _DATELINE.match(text)
    # a place, maybe its country and a day: capitalised words, short ones ("de", "dic") and
    # figures; a clause before a dash is no dateline ("Ecuador's prosecutors said —")
    if not match or any(
        w[0].islower() and len(w) > _DATELINE_SHORT
        for w in re.findall(r"[^\W\d_]+", match.group(1))
    ):
        return None
    codes = {code for _, code in countries_in(match.group(1), lang) if code != BLOCK}
    return next(iter(codes)) if len(codes) == 1 else None


def _country_word(words: list[str], lang: str) -> str | None:
    """The country named by exactly these words, longest run first ("Costa Rica")."""
    codes = load_table().codes
    for n in range(min(_MAX_COUNTRY_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[:n])
        code = codes.get(f"{lang}:{phrase}") or codes.get(f"en:{phrase}")
        if code:
            return None if code == BLOCK else code
    return None


def adjacent_country(text: str, start: int, end: int, lang: str) -> str | None:
    """The country named right before or after the mention at [start, end)."""
    before = text[max(0, start - _WINDOW) : start]
    if match := _BEFORE.search(before):
        words = before[: match.start()].split()
        for n in range(min(_MAX_COUNTRY_WORDS, len(words)), 0, -1):
            if code := _country_word(words[-n:], lang):
                return code
    after = text[end : end + _WINDOW]
    if match := _AFTER.match(after):
        tail = after[match.end() :]
        if tail[:1].isalpha() and (code := _country_word(re.findall(r"[\w-]+", tail), lang)):
            return code
    return sender_country(text, end, lang)


def sender_country(text: str, end: int, lang: str) -> str | None:
    """The state that sent what the name at `end` holds, named as the agent of a participle
    of sending right after it ("un avión de la Fuerza Aérea enviado por México", "Air Force
    planes sent by Mexico"): a state sends its own forces. None for a sender that is no state
    ("enviado por la ONU") or a verb between ("the Army seized arms sent by Iran")."""
    after = text[end : end + 2 * _WINDOW]
    match = _SENT_BY.match(after)
    if match is None:
        return None
    found = countries_in(after[match.end() :], lang)
    return found[0][1] if found and found[0][0] == 0 and found[0][1] != BLOCK else None


def read_institution(
    mention: Mention,
    text: str,
    lang: str,
    institution_words: frozenset[str],
    canonical: Callable[[str], str],
    governments_led: frozenset[str] = frozenset(),
) -> Institution | None:
    """The generic institution a mention names, with the country told at it (step 1);
    None for a name that is no generic one. `canonical` gives an organisation's folded name
    (the alias table applied, so "Asamblea Nacional" and "National Assembly" stay one). A
    government "of" a person ("Gobierno de Daniel Ortega"; `governments_led`) is the
    generic government, of the state the leaders' table gives the person, if it does."""
    led = government_of_person(mention.text, governments_led)
    if led is not None:
        head, person = led
        name = canonical(head)
        if is_generic(name, institution_words):
            country = leader_country(person)
            return Institution(
                name, country or adjacent_country(text, mention.start, mention.end, lang)
            )
    inner: str | None = None
    rest: list[str] = []
    capitals = load_table().capitals
    for word in re.findall(r"[\w-]+", re.sub(r"['’]s\b", "", mention.text)):
        # a city in the name makes it a proper one: "Islamabad High Court", not Pakistan's
        # high court
        if word not in capitals and (code := _country_word([word], lang)):
            inner = inner or code
        else:
            rest.append(word)
    while rest and fold(rest[-1]) in _CONNECTORS:  # "El Gobierno de [Cuba]"
        rest.pop()
    if not rest:
        return None
    name = canonical(" ".join(rest))
    if not is_generic(name, institution_words):
        return None
    return Institution(name, inner or adjacent_country(text, mention.start, mention.end, lang))


def government_of_person(written: str, heads: frozenset[str]) -> tuple[str, str] | None:
    """("Gobierno", "Daniel Ortega") for "El Gobierno de Daniel Ortega": a government's word
    (past an article), "de"/"of", then only capitalised words, no country's (a country's is
    read as the government's country: "Gobierno de Nicaragua"); None otherwise. A
    government's own name reads so too ("Gobierno de Unidad Nacional"): it is also the
    state's government, told as "El Gobierno" is (a judgment call)."""
    words = written.split()
    while words and fold(words[0]) in _ARTICLES:
        words = words[1:]
    if len(words) < 3 or fold(words[0]) not in heads or fold(words[1]) not in _OF:
        return None
    tail = words[2:]
    person = " ".join(tail)
    if not all(w[:1].isupper() for w in tail) or _country_word(person.split(), "es"):
        return None
    if _country_word(person.split(), "en") or person in load_table().capitals:
        return None
    return words[0], person


def institution_keys(
    found: Sequence[Institution],
    home: Home | None,
    article_id: str,
    mobile_words: frozenset[str] = frozenset(),
) -> list[str]:
    """Actor keys of an article's generic institutions, in order (steps 2-3, else the
    article's own): "org:fiscalia#bol", "org:fiscalia#article-<id>". A home only the dateline
    told scopes no name holding one of `mobile_words` (armed forces, which act abroad)."""
    home = home or Home(None)
    told: dict[str, set[str]] = defaultdict(set)
    for item in found:
        if item.country:
            told[item.name].add(item.country)
    keys = []
    for item in found:
        others = told[item.name]
        mobile = home.filed and not mobile_words.isdisjoint(item.name.split())
        fallback = None if mobile else home.country
        country = item.country or (next(iter(others)) if len(others) == 1 else None) or fallback
        scope = country.lower() if country else f"article-{article_id}"
        keys.append(f"org:{item.name}#{scope}")
    return keys


def scoped_country(key: str) -> str | None:
    """The alpha-3 code a generic institution's key is scoped to ("org:fiscalia#bol"), if
    any; None for other keys and for one scoped to its article."""
    scope = key.rpartition("#")[2] if key.startswith("org:") and "#" in key else ""
    return scope.upper() if len(scope) == 3 else None
