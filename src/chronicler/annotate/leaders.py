"""An actor dictionary of state leaders: the person a name stands for when that person acted
for a state or an international organisation ("Barack Obama" is USA, as event coders give
"USAGOV"), so a participant named without a demonym or an of-phrase ("Obama fired ...",
"Maduro ordered ...") gets the country it acts for.

The table is data (`data/entities/leaders.toml`; its header states the criterion of who is
in it). A name matches only whole, ignoring case, accents, dots, hyphens, apostrophes, an
Arabic article ("al-Assad") and initials ("George W. Bush"): a full name or a listed form
("Lula da Silva"), or a short form the table marks safe to stand alone ("Putin"). So a first
name before a short form makes another person ("Michelle Obama" is not "Obama"), and a lone
common surname ("Rodríguez"), never a safe form, gets nothing. A form that entries of two
countries share names nobody. Office words before a name ("President Obama", "el presidente
Maduro") are tried without when the name as written is not listed. A leader named in an
event of a year in office acts for the government (`with_office_roles`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache

from chronicler.folding import strip_accents
from chronicler.model import EventMention, Participant
from chronicler.settings import data_path

# Letters NFKD does not decompose into a base letter and a mark.
_FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
_APOSTROPHES = re.compile(r"['’`ʼ]")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+|_")
# Arabic articles written as words of a name ("Bashar al-Assad" is also "Bashar Assad").
_ARTICLES = frozenset({"al", "el"})
# The events vocabularies' role of a state's executive.
OFFICE_ROLE = "government"


@dataclass(frozen=True)
class Leader:
    name: str
    country: str  # ISO 3166-1 alpha-3, or an organisation's CAMEO code ("IGOUNO")
    office: str
    years: str


@dataclass(frozen=True)
class LeaderTable:
    version: str
    by_key: dict[tuple[str, ...], Leader | None]  # normalised form -> leader (None: shared)
    titles: tuple[tuple[str, ...], ...]  # normalised office words, longest first
    organisations: frozenset[str]
    leaders: tuple[Leader, ...] = ()
    # Who a name stands for, not which country: a form two entries share names neither (the
    # Bushes' "Bush"), even of one country. `full`: names and forms of two words or more;
    # `short`: the forms the table marks safe alone. Used by the resolve stage's actors.
    full: dict[tuple[str, ...], Leader | None] = field(default_factory=dict)
    short: dict[tuple[str, ...], Leader | None] = field(default_factory=dict)


def name_key(text: str) -> tuple[str, ...]:
    """The words of a name as matched: no case, accents, punctuation, initials or article."""
    text = _POSSESSIVE.sub("", text.strip())
    plain = strip_accents(text.casefold().translate(_FOLD))
    plain = _APOSTROPHES.sub("", plain)
    words = _NON_WORD.sub(" ", plain).split()
    return tuple(w for w in words if len(w) > 1 and w not in _ARTICLES)


def parse_table(text: str) -> LeaderTable:
    data = tomllib.loads(text)
    by_key: dict[tuple[str, ...], Leader | None] = {}
    full: dict[tuple[str, ...], Leader | None] = {}
    short: dict[tuple[str, ...], Leader | None] = {}
    leaders = []
    for entry in data["leaders"]:
        leader = Leader(entry["name"], entry["country"], entry["office"], entry["years"])
        leaders.append(leader)
        # a full name or form of one word would stand alone: only `short` forms may
        keys = [name_key(f) for f in (entry["name"], *entry.get("forms", ()))]
        keys = [k for k in keys if len(k) > 1]
        _own(full, keys, leader)
        _own(short, [name_key(f) for f in entry.get("short", ())], leader)
        keys += [name_key(f) for f in entry.get("short", ())]
        for key in keys:
            if not key:
                continue
            known = by_key.get(key, leader)
            # two entries of one country (the Bushes' "Bush") still give that country
            by_key[key] = leader if known is not None and known.country == leader.country else None
    titles = sorted({name_key(t) for t in data.get("titles", ())}, key=len, reverse=True)
    return LeaderTable(
        version=data["version"],
        by_key=by_key,
        titles=tuple(t for t in titles if t),
        organisations=frozenset(data.get("organisations", {})),
        leaders=tuple(leaders),
        full=full,
        short=short,
    )


def _own(
    owners: dict[tuple[str, ...], Leader | None], keys: list[tuple[str, ...]], leader: Leader
) -> None:
    """Record `leader` as the one person each key names; a key already another's names none."""
    for key in dict.fromkeys(k for k in keys if k):
        owners[key] = leader if owners.get(key, leader) == leader else None


@lru_cache(maxsize=1)
def load_table() -> LeaderTable:
    return parse_table(data_path("entities", "leaders.toml").read_text(encoding="utf-8"))


LEADERS_VERSION: str = load_table().version


def _without_titles(key: tuple[str, ...], titles: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """The name after the office words before it ("former president" + "Uribe")."""
    stripped = True
    while stripped:
        stripped = False
        for title in titles:
            if len(key) > len(title) and key[: len(title)] == title:
                key, stripped = key[len(title) :], True
                break
    return key


def find_leader(name: str, table: LeaderTable | None = None) -> Leader | None:
    """The leader `name` (a person's whole name as written) stands for, if the table has
    exactly one country's."""
    table = table or load_table()
    key = name_key(name)
    if key in table.by_key:
        return table.by_key[key]
    return table.by_key.get(_without_titles(key, table.titles))


def leader_named(name: str, table: LeaderTable | None = None) -> Leader | None:
    """The one leader a whole name ("Vladimir Putin", "President Nicolás Maduro Moros")
    names, by its name or a listed form; None when no entry or two entries have it."""
    table = table or load_table()
    return _owner(table.full, name, table)


def leader_by_short(name: str, table: LeaderTable | None = None) -> Leader | None:
    """The one leader a short form written alone names ("Putin", "Xi", "AMLO"): a form the
    table marks safe alone for exactly one entry; "Bush", two entries', names none."""
    table = table or load_table()
    return _owner(table.short, name, table)


def _owner(
    owners: dict[tuple[str, ...], Leader | None], name: str, table: LeaderTable
) -> Leader | None:
    """The name as written first, then without the office words before it."""
    key = name_key(name)
    return owners[key] if key in owners else owners.get(_without_titles(key, table.titles))


def leader_country(name: str | None, table: LeaderTable | None = None) -> str | None:
    """The state (ISO alpha-3) the leader named `name` acted for; None for no leader, and for
    the head of an organisation (its code is no country)."""
    if not name:
        return None
    leader = find_leader(name, table)
    if leader is None or leader.country in (table or load_table()).organisations:
        return None
    return leader.country


def in_office(leader: Leader, year: int) -> bool:
    """`year` falls in one of the leader's terms ("1999-2008, 2012-": open while in office)."""
    for term in leader.years.split(","):
        first, _, last = term.strip().partition("-")
        end = int(last) if last else (9999 if term.strip().endswith("-") else int(first))
        if int(first) <= year <= end:
            return True
    return False


def with_office_roles(event: EventMention) -> EventMention:
    """A participant with no role of its own words who is a leader of the country it acts for,
    in office in the event's year, acts for that state's government (CAMEO's "USAGOV" for
    Obama in 2012, not in 2024); an undated event gives no such role."""
    year = int(event.date.value[:4]) if event.date.value else None
    if year is None:
        return event

    def office_role(p: Participant) -> Participant:
        leader = find_leader(p.text) if p.role is None and p.country else None
        if leader is None or leader.country != p.country or not in_office(leader, year):
            return p
        return replace(p, role=OFFICE_ROLE)

    actors = tuple(office_role(p) for p in event.actors)
    targets = tuple(office_role(p) for p in event.targets)
    if actors == event.actors and targets == event.targets:
        return event
    return replace(event, actors=actors, targets=targets)
