"""The actor dictionary of state leaders: the table's shape and how a name is matched (names
written for these tests; the participants' countries are tested in test_countries.py)."""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict

import pycountry
import pytest

from chronicler.annotate.leaders import (
    LEADERS_VERSION,
    find_leader,
    in_office,
    leader_by_short,
    leader_country,
    leader_named,
    load_table,
    name_key,
    parse_table,
    with_office_roles,
)
from chronicler.model import EventDate, EventMention, Participant
from chronicler.pipeline import pipeline_version
from chronicler.settings import Settings, data_path

_YEARS = re.compile(r"^\d{4}(-(\d{4})?)?(, \d{4}(-(\d{4})?)?)*$")
# Surnames too common to name one person alone; none may be a safe short form.
_COMMON = {
    "sanchez",
    "rodriguez",
    "garcia",
    "lopez",
    "lee",
    "kim",
    "singh",
    "khan",
    "ali",
    "castro",
    "fernandez",
    "gonzalez",
    "hernandez",
    "perez",
    "martinez",
    "morales",
    "johnson",
    "brown",
    "smith",
    "hussein",
    "abbas",
    "sharif",
    "park",
    "li",
    "wang",
}


def _raw() -> dict:  # type: ignore[type-arg]
    return tomllib.loads(data_path("entities", "leaders.toml").read_text(encoding="utf-8"))


def test_leaders_table_is_versioned_and_named_in_the_pipeline_version() -> None:
    assert LEADERS_VERSION.startswith("entities-leaders-")
    assert f"leaders:{LEADERS_VERSION}" in pipeline_version(Settings())


def test_every_entry_has_a_state_or_a_known_organisation_and_its_years() -> None:
    raw = _raw()
    organisations = set(raw["organisations"])
    assert len(raw["leaders"]) >= 300
    for entry in raw["leaders"]:
        code = entry["country"]
        assert code in organisations or pycountry.countries.get(alpha_3=code), entry
        assert entry["office"] and _YEARS.match(entry["years"]), entry
        assert set(entry) <= {"name", "forms", "short", "country", "office", "years"}, entry


def test_no_safe_short_form_is_shared_by_two_countries_or_a_common_surname() -> None:
    countries: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entry in _raw()["leaders"]:
        for form in entry.get("short", ()):
            countries[name_key(form)].add(entry["country"])
    shared = {key: codes for key, codes in countries.items() if len(codes) > 1}
    assert not shared
    assert not {" ".join(key) for key in countries} & _COMMON


def test_a_one_word_name_only_matches_as_a_short_form() -> None:
    for entry in _raw()["leaders"]:
        for form in (entry["name"], *entry.get("forms", ())):
            if len(name_key(form)) == 1:  # "Francis", "Suharto": alone only if short lists it
                assert name_key(form) in {name_key(s) for s in entry.get("short", ())} or (
                    find_leader(form) is None
                ), form


def test_name_key_ignores_case_accents_initials_articles_and_possessives() -> None:
    assert name_key("Hugo Chávez") == name_key("HUGO CHAVEZ") == ("hugo", "chavez")
    assert name_key("Recep Tayyip Erdoğan") == ("recep", "tayyip", "erdogan")
    assert name_key("Bashar al-Assad") == name_key("Bashar Assad")
    assert name_key("George W. Bush") == ("george", "bush")
    assert name_key("Putin's") == ("putin",)
    assert name_key("Yıldırım") == ("yildirim",)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Obama", "USA"),
        ("Barack Obama", "USA"),
        ("President Obama", "USA"),
        ("Putin", "RUS"),
        ("Vladimir Putin", "RUS"),
        ("Hugo Chavez", "VEN"),
        ("Hugo Chávez", "VEN"),
        ("Maduro", "VEN"),
        ("el presidente Nicolás Maduro", "VEN"),
        ("Rodríguez Zapatero", "ESP"),
        ("José Luis Rodríguez Zapatero", "ESP"),
        ("Gustavo Petro", "COL"),
        ("Lula", "BRA"),
        ("Erdogan", "TUR"),
        ("Erdoğan", "TUR"),
        ("Kim Jong-un", "PRK"),
        ("Pope Francis", "VAT"),
        ("Michelle Obama", None),  # another first name: another person
        ("Rodríguez", None),  # a common surname alone
        ("Chávez", None),
        ("Kim", None),
        ("Francis", None),
        ("Herzog", None),  # two countries' presidents
        ("Ban Ki-moon", None),  # an organisation's head: no state
        ("", None),
    ],
)
def test_leader_country_of_names(name: str, country: str | None) -> None:
    assert leader_country(name) == country


def test_an_organisations_head_is_found_with_its_code() -> None:
    leader = find_leader("Ban Ki-moon")
    assert leader is not None and leader.country == "IGOUNO"


def test_parse_table_reads_a_small_table_and_drops_forms_two_countries_share() -> None:
    table = parse_table(
        'version = "t-1"\ntitles = ["president"]\n[[leaders]]\nname = "Ana Uno"\n'
        'short = ["Uno"]\ncountry = "AAA"\noffice = "president"\nyears = "2000-2001"\n'
        '[[leaders]]\nname = "Eva Uno"\nshort = ["Uno"]\ncountry = "BBB"\n'
        'office = "president"\nyears = "2002-"\n[organisations]\n'
    )
    assert table.version == "t-1"
    assert leader_country("President Ana Uno", table) == "AAA"
    assert leader_country("Uno", table) is None  # shared by two countries: nobody
    assert leader_country("Eva Uno", table) == "BBB"
    assert load_table().version == LEADERS_VERSION


def test_in_office_reads_terms_and_open_ones() -> None:
    putin = find_leader("Vladimir Putin")
    obama = find_leader("Barack Obama")
    assert putin is not None and obama is not None
    assert in_office(obama, 2012) and not in_office(obama, 2024)
    assert in_office(putin, 2000) and in_office(putin, 2030)


def _meeting(date: str | None) -> EventMention:
    people = (Participant("Obama", 0, 5, label="PERSON", country="USA"),)
    others = (Participant("Putin", 10, 15, label="PERSON", country="RUS"),
              Participant("Michelle Obama", 20, 34, label="PERSON"))  # fmt: skip
    return EventMention(
        type="CONSULT", mode="meet", cameo="040", trigger="met", trigger_start=6,
        trigger_end=9, sentence=0, sentence_start=0, sentence_end=40, actors=people,
        targets=others, date=EventDate(value=date, basis="article", certainty="exact"),
    )  # fmt: skip


def test_a_leader_in_office_in_the_events_year_acts_for_the_government() -> None:
    ev = with_office_roles(_meeting("2013-06-01"))
    assert [p.role for p in (*ev.actors, *ev.targets)] == ["government", "government", None]
    ev = with_office_roles(_meeting("2024-06-01"))  # Obama out of office, Putin in
    assert [p.role for p in (*ev.actors, *ev.targets)] == [None, "government", None]
    ev = with_office_roles(_meeting(None))  # undated: no guess
    assert [p.role for p in (*ev.actors, *ev.targets)] == [None, None, None]


def test_a_name_names_one_leader_only_when_one_entry_has_it() -> None:
    """For the resolve stage's actors, identity and not country: "Bush", which two entries
    list, names no one leader (for countries it still gives USA), and a short form is looked
    up apart from the full names ("Maduro" alone is Nicolás Maduro, not Ricardo Maduro)."""
    table = load_table()
    putin = leader_named("Vladimir Putin", table)
    assert putin is not None and putin.country == "RUS"
    assert leader_named("President Vladimir V. Putin", table) == putin
    assert leader_by_short("Putin", table) == putin
    assert leader_named("Putin", table) is None  # one word is no full name
    maduro = leader_by_short("Maduro", table)
    assert maduro is not None and maduro.name == "Nicolás Maduro"
    assert leader_named("Ricardo Maduro", table) not in (None, maduro)
    assert leader_named("Nicolás Maduro Guerra", table) is None  # his son
    assert leader_by_short("Bush", table) is None and leader_country("Bush", table) == "USA"
    assert leader_by_short("Rodríguez", table) is None
