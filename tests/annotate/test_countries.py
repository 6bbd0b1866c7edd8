"""The country a participant acts for, per pattern family, on sentences written for these
tests (English with the default pipeline, Spanish with the Spanish one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_helpers import article, es_events
from event_helpers import events as shared_events

from chronicler.annotate.countries import (
    COUNTRIES_VERSION,
    countries_in,
    english_name,
    gentilic_state,
    load_table,
    organ_country,
    parse_table,
    state_name,
    text_country,
)
from chronicler.annotate.events_vocab import load_vocab
from chronicler.annotate.nlp import annotate_articles
from chronicler.model import EventMention, Participant
from chronicler.pipeline import pipeline_version
from chronicler.settings import Settings


def _event(evs: tuple[EventMention, ...], mode: str | None) -> EventMention:
    found = [e for e in evs if e.mode == mode]
    assert found, f"no {mode} event in {[(e.type, e.mode, e.trigger) for e in evs]}"
    return found[0]


def _countries(participants: tuple[Participant, ...]) -> list[str | None]:
    return [p.country for p in participants]


# -- the table -------------------------------------------------------------------------------


def test_countries_table_is_versioned_and_named_in_the_pipeline_version() -> None:
    assert COUNTRIES_VERSION.startswith("entities-countries-")
    assert f"countries:{COUNTRIES_VERSION}" in pipeline_version(Settings())


def test_countries_table_has_names_demonyms_gentilics_and_capitals() -> None:
    codes = load_table().codes
    for form, code in [
        ("en:Venezuela", "VEN"),  # ISO name
        ("en:Venezuelans", "VEN"),  # demonym with its plural
        ("en:U.S.", "USA"),
        ("en:Israeli", "ISR"),
        ("en:Moscow", "RUS"),  # capital
        ("es:venezolanas", "VEN"),  # gentilic, feminine plural
        ("es:estadounidense", "USA"),
        ("es:Estados Unidos", "USA"),  # CLDR Spanish name
        ("es:Peru", "PER"),  # unaccented spelling
        ("es:VENEZOLANOS", "VEN"),  # a headline in capitals
    ]:
        assert codes.get(form) == code, form


def test_countries_in_prefers_the_longest_form_and_skips_hyphenated_words() -> None:
    assert text_country("Latin American leaders", "en") is None  # a block
    assert text_country("North Korean troops", "en") == "PRK"  # not "Korea"/"Korean"
    assert text_country("anti-American protesters", "en") is None
    assert text_country("U.S.-backed forces", "en") is None
    assert text_country("the turkey and the china", "en") is None  # lower case is no name
    assert [c for _, c in countries_in("Colombia and Venezuela", "en")] == ["COL", "VEN"]


def test_the_palestinian_territories_are_palestine() -> None:
    # ISO 3166-1 PSE covers the West Bank and Gaza, as CAMEO's PSE does
    assert text_country("the northern West Bank city of Jenin", "en") == "PSE"
    assert text_country("militants in the Gaza Strip", "en") == "PSE"
    assert text_country("los colonos de Cisjordania", "es") == "PSE"


def test_capitals_from_geonames_stand_for_their_states() -> None:
    """entities-countries-1.2.0: English capitals from GeoNames, in English text and, as
    Spanish text writes English capitals, in Spanish text too."""
    assert text_country("Talks in Vienna broke down", "en") == "AUT"
    assert text_country("Accra recalled its ambassador", "en") == "GHA"
    assert text_country("el Gobierno en Vilnius protestó", "es") == "LTU"
    assert text_country("NOUAKCHOTT", "en") == "MRT"  # a dateline in capitals


def test_excluded_capitals_name_no_state() -> None:
    """The names bench/data/capitals_excluded.tsv leaves out mostly mean something else: a
    word, a person, another place; each is no capital in the table."""
    excluded = Path(__file__).resolve().parents[2] / "bench" / "data" / "capitals_excluded.tsv"
    names = [
        line.split("\t")[0]
        for line in excluded.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert {"Male", "Victoria", "Kingston", "Brussels", "Georgetown", "Hamilton"} <= set(names)
    capitals = load_table().capitals
    assert not [n for n in names if n in capitals]
    assert text_country("Victoria and Santiago met Lewis Hamilton in Kingston", "en") is None
    assert text_country("MALE SUSPECTS HELD", "en") is None  # a headline in capitals


def test_parse_table_reads_a_small_table() -> None:
    table = parse_table("# t-1: test\nRuritania\tRUR\tname\ten\nruritano\tRUR\tgentilic\tes\n")
    assert table.version == "t-1"
    assert text_country("RURITANIA", "en", table=table) == "RUR"
    assert text_country("los ruritano", "es", table=table) == "RUR"
    assert text_country("Ruritania", "es", table=table) == "RUR"  # English names carry over


# -- English ---------------------------------------------------------------------------------


def test_country_of_a_named_country_and_of_capitals(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _event(shared_events(nlp, "Washington imposed sanctions on Caracas."), "discontinue")
    assert _countries(ev.actors) == ["USA"] and _countries(ev.targets) == ["VEN"]
    ev = _event(
        shared_events(nlp, "U.S. officials criticized China over the arrests."), "disapprove"
    )
    assert _countries(ev.actors) == ["USA"] and _countries(ev.targets) == ["CHN"]


def test_country_of_a_demonym_before_the_head(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _event(
        shared_events(nlp, "Venezuelan authorities arrested the opposition leader."), "arrest"
    )
    assert _countries(ev.actors) == ["VEN"] and _countries(ev.targets) == [None]
    ev = _event(shared_events(nlp, "Israeli troops killed two Palestinian gunmen."), "kill")
    assert _countries(ev.actors) == ["ISR"] and _countries(ev.targets) == ["PSE"]


def test_country_of_a_title_before_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = shared_events(nlp, "Colombian President Gustavo Petro condemned the attack.")
    ev = _event(evs, "disapprove")
    assert ev.actors[0].text == "Gustavo Petro" and _countries(ev.actors) == ["COL"]


def test_country_of_a_possessive_and_an_of_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _event(shared_events(nlp, "Venezuela's government released three prisoners."), "release")
    assert _countries(ev.actors) == ["VEN"]
    ev = _event(shared_events(nlp, "The government of Venezuela expelled the envoy."), "expel")
    assert _countries(ev.actors) == ["VEN"]


def test_country_of_an_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gustavo Petro, the Colombian president, criticized the United States."
    ev = _event(shared_events(nlp, text), "disapprove")
    assert _countries(ev.actors) == ["COL"] and _countries(ev.targets) == ["USA"]


def test_country_of_the_seat_of_a_state_organ(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _event(shared_events(nlp, "Police in Caracas detained two students on Friday."), "arrest")
    assert _countries(ev.actors) == ["VEN"]
    text = "A judge in Bolivia sentenced the former minister to ten years."
    ev = _event(shared_events(nlp, text), "convict")
    assert _countries(ev.actors) == ["BOL"]
    # an embassy sits in a country it does not act for
    ev = _event(shared_events(nlp, "The embassy in Caracas condemned the attack."), "disapprove")
    assert ev.actors[0].role == "diplomatic" and _countries(ev.actors) == [None]


def test_no_country_for_opposed_regional_or_personal_names(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _event(shared_events(nlp, "Anti-American protesters attacked the embassy."), None)
    assert _countries(ev.actors) == [None]
    ev = _event(shared_events(nlp, "Latin American leaders met the Chinese president."), "meet")
    assert _countries(ev.actors) == [None] and _countries(ev.targets) == ["CHN"]
    ev = _event(shared_events(nlp, "Police arrested Chad Smith in Ohio."), "arrest")
    assert _countries(ev.targets) == [None]  # a first name, not the country


def test_country_of_a_leader_named_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _event(shared_events(nlp, "Obama met Putin in Geneva."), "meet")
    assert _countries(ev.actors) == ["USA"] and _countries(ev.targets) == ["RUS"]
    ev = _event(shared_events(nlp, "He said Putin released the prisoners."), "release")
    assert _countries(ev.actors) == ["RUS"]
    text = "The Obama administration imposed sanctions on Iran."  # a leader's state organ
    ev = _event(shared_events(nlp, text), "discontinue")
    assert _countries(ev.actors) == ["USA"]
    for name in ("Hugo Chavez", "Hugo Chávez"):  # with or without accents
        ev = _event(shared_events(nlp, f"{name} expelled the American ambassador."), "expel")
        assert _countries(ev.actors) == ["VEN"] and _countries(ev.targets) == ["USA"]


def test_a_leaders_country_yields_to_the_phrase_and_to_other_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Former Colombian president Uribe criticized Maduro."
    ev = _event(shared_events(nlp, text), "disapprove")
    assert _countries(ev.actors) == ["COL"] and _countries(ev.targets) == ["VEN"]
    # the phrase's own words win over the table: an envoy of another state named like one
    text = "Peruvian envoy Lula criticized Maduro."
    ev = _event(shared_events(nlp, text), "disapprove")
    assert _countries(ev.actors) == ["PER"]
    ev = _event(shared_events(nlp, "Michelle Obama met students in Chicago."), "meet")
    assert _countries(ev.actors) == [None]  # another first name: another person
    ev = _event(shared_events(nlp, "Rodríguez criticized the election results."), "disapprove")
    assert _countries(ev.actors) == [None]  # a common surname alone


# -- Spanish ---------------------------------------------------------------------------------


def _es(nlp, text: str) -> tuple[EventMention, ...]:  # type: ignore[no-untyped-def]
    return es_events(nlp, text)


@pytest.mark.slow
def test_es_country_of_a_gentilic_after_the_head(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = _event(
        _es(nlp_es, "Las autoridades venezolanas detuvieron al dirigente opositor."), "arrest"
    )
    assert _countries(ev.actors) == ["VEN"] and _countries(ev.targets) == [None]
    text = "Militares estadounidenses detuvieron a dos ciudadanos mexicanos."
    ev = _event(_es(nlp_es, text), "arrest")
    assert _countries(ev.actors) == ["USA"] and _countries(ev.targets) == ["MEX"]


@pytest.mark.slow
def test_es_country_of_a_de_phrase_and_a_title(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = _event(_es(nlp_es, "El gobierno de Venezuela liberó a tres presos políticos."), "release")
    assert _countries(ev.actors) == ["VEN"]
    text = "El presidente colombiano Gustavo Petro condenó el ataque."
    ev = _event(_es(nlp_es, text), "disapprove")
    assert _countries(ev.actors) == ["COL"]


@pytest.mark.slow
def test_es_country_of_names_and_capitals(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = _event(_es(nlp_es, "Estados Unidos impuso sanciones a Venezuela."), "discontinue")
    assert _countries(ev.actors) == ["USA"] and _countries(ev.targets) == ["VEN"]
    ev = _event(_es(nlp_es, "Caracas expulsó al embajador de España."), "expel")
    assert _countries(ev.actors) == ["VEN"]
    ev = _event(_es(nlp_es, "Los venezolanos protestaron contra el gobierno."), "demo")
    assert _countries(ev.actors) == ["VEN"]


@pytest.mark.slow
def test_es_country_of_a_leader_named_alone(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = _event(_es(nlp_es, "Maduro ordenó la detención de tres periodistas."), "arrest")
    assert _countries(ev.actors) == ["VEN"]
    text = "El expresidente Rodríguez Zapatero se reunió con Nicolás Maduro."
    ev = _event(_es(nlp_es, text), "meet")
    assert _countries(ev.actors) == ["ESP"] and _countries(ev.targets) == ["VEN"]
    ev = _event(_es(nlp_es, "Rodríguez criticó al gobierno."), "disapprove")
    assert _countries(ev.actors) == [None]


@pytest.mark.slow
def test_es_country_of_the_seat_of_a_state_organ(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = _event(_es(nlp_es, "La policía en Caracas detuvo a dos estudiantes."), "arrest")
    assert _countries(ev.actors) == ["VEN"]
    ev = _event(_es(nlp_es, "La embajada en Caracas condenó el ataque."), "disapprove")
    assert _countries(ev.actors) == [None]


def test_a_state_is_named_by_its_iso_name_else_its_fullest_short_form() -> None:
    """The name a state stands in by ("arrested in Moscow": the Russian Federation): the ISO
    English name, or where curated short forms took its place the fullest of them."""
    assert state_name("RUS") == "Russian Federation"
    assert state_name("USA") == "United States"  # not "US" or "America"
    assert state_name("GBR") == "United Kingdom"
    assert state_name("LBN") == "Lebanon"
    assert state_name("ZZZ") is None


def test_a_place_name_is_a_country_or_a_capital_in_either_language() -> None:
    from chronicler.annotate.countries import is_place_name

    assert is_place_name("España") and is_place_name("Quito") and is_place_name("Caracas")
    assert not is_place_name("Tomás Iriarte") and not is_place_name("Iriarte")


def test_an_organ_named_without_a_country_word_is_its_states() -> None:
    """ "The State Department", "a White House spokesman", "the Quai d'Orsay" act for their
    state (`state_organs` in roles.toml); only a state role's phrase is read, and the longest
    name wins."""
    organs = load_vocab().state_organs
    assert organ_country("The State Department", "government", organs) == "USA"
    assert organ_country("a White House spokesman", "government", organs) == "USA"
    assert organ_country("the Quai d'Orsay", "diplomatic", {"quai d'orsay": "FRA"}) == "FRA"
    assert organ_country("a White House correspondent", None, organs) is None
    assert organ_country("the Foreign Ministry", "government", organs) is None
    longest = {"house": "AAA", "white house": "USA"}
    assert organ_country("the White House", "government", longest) == "USA"


def test_es_an_organ_named_without_a_country_word_is_its_states() -> None:
    """The Spanish names of `state_organs` ("el Departamento de Estado", "la Casa Blanca", "el
    Elíseo", "la Moncloa") reach the Spanish vocabulary; a phrase of no state role is none."""
    from chronicler.annotate.events_es_vocab import load_vocab_es

    organs = load_vocab_es().state_organs
    assert organ_country("el Departamento de Estado", "government", organs) == "USA"
    assert organ_country("un portavoz de la Casa Blanca", "government", organs) == "USA"
    assert organ_country("el Elíseo", "government", organs) == "FRA"
    assert organ_country("la Moncloa", "government", organs) == "ESP"
    assert organ_country("el Ministerio de Exteriores", "government", organs) is None
    assert organ_country("la Casa Blanca", None, organs) is None


def test_a_place_named_in_another_language_has_one_english_name() -> None:
    """ "Rusia" is "Russia" (not "Russian Federation", nor "Kremlin", which the table also
    gives Russia), "Moscú" is "Moscow"; an English name has none to give."""
    assert english_name("Rusia") == "Russia"
    assert english_name("Moscú") == "Moscow"
    assert english_name("Alemania") == "Germany"
    assert english_name("Russia") is None and english_name("Bolivia") is None


def test_a_capital_the_spanish_model_calls_a_person_acts_for_its_state(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "El Pentágono aseguró que Washington retirará sus tropas de Siria": the Spanish model
    tags "Washington" a person; a capital's own name is a place, standing for its state, so
    the withdrawal is the United States' government's."""
    text = "El Pentágono aseguró que Washington retirará sus tropas de Siria."
    (annotated,) = annotate_articles([article(text, "es")], nlp_es)
    assert not [m for m in annotated.mentions if m.label == "PERSON"], annotated.mentions
    ev = _event(annotated.events, "withdraw")
    (actor,) = ev.actors
    assert (actor.text, actor.country, actor.role) == ("Washington", "USA", "government")


def test_a_body_named_of_a_state_acts_for_it() -> None:
    """ "El Gobierno de Nicaragua" (an organisation now, entities-people 1.33.0) is of
    Nicaragua; a name ending on no country's name gives none."""
    from chronicler.annotate.countries import body_of_country

    assert body_of_country("El Gobierno de Nicaragua", "es") == "NIC"
    assert body_of_country("the Ministry of Defence of Colombia", "en") == "COL"
    assert body_of_country("the Organization of American States", "en") is None
    assert body_of_country("Comisión Interamericana de Derechos Humanos", "es") is None


@pytest.mark.parametrize(
    ("word", "state"),
    [
        ("francesas", ("FRA", "Francia")),
        ("Canadiense", ("CAN", "Canadá")),
        # no ISO/CLDR name in Spanish: the fullest short form, accents kept
        ("estadounidenses", ("USA", "Estados Unidos")),
        ("británico", ("GBR", "Gran Bretaña")),
    ],
)
def test_a_gentilic_gives_its_states_spanish_name(word: str, state: tuple[str, str]) -> None:
    assert gentilic_state(word, "es") == state


@pytest.mark.parametrize("word", ["Francia", "latinoamericano", "europeos", "París", "rápido"])
def test_only_a_gentilic_of_one_state_gives_a_state(word: str) -> None:
    # a country's own name, a block's adjective, a capital and any other word give none
    assert gentilic_state(word, "es") is None
