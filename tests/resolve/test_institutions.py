from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from chronicler.model import Mention, ProcessedArticle
from chronicler.resolve import resolve_new
from chronicler.resolve.actors import org_name, resolve_article
from chronicler.resolve.config import load_config
from chronicler.resolve.institutions import (
    Home,
    Institution,
    adjacent_country,
    article_home,
    dateline_country,
    home_country,
    institution_keys,
    is_generic,
    read_institution,
    scoped_country,
)
from chronicler.store import Store


def _words() -> frozenset[str]:
    return load_config().institution_words


def _mention(text: str, surface: str, label: str = "ORG") -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label, 0)


def _org_keys(text: str, surfaces: list[str], lang: str = "en", article: str = "a") -> list[str]:
    mentions, cursor = [], 0
    for surface in surfaces:
        start = text.index(surface, cursor)
        mentions.append(Mention(start, start + len(surface), surface, "ORG", 0))
        cursor = start + len(surface)
    resolved = resolve_article(article * 64, text, mentions, load_config(), language=lang)
    return [r.key for r in resolved]


def test_names_made_only_of_institution_words_are_generic() -> None:
    words = _words()
    for name in ("fiscalia", "national assembly", "supreme court of justice", "policia"):
        assert is_generic(name, words), name
    for name in ("bolivarian national guard", "state department", "trump administration"):
        assert not is_generic(name, words), name


def test_home_country_needs_a_clear_lead() -> None:
    assert home_country("Bolivia. Bolivia. Bolivian courts. Mexico.", "en") == "BOL"
    # an exile's arrival: Spain named nearly as often as his own country is no call
    assert home_country("Venezuela, Venezuela, Venezuela; Spain, Spain.", "en") is None
    assert home_country("Bolivia.", "en") is None


def test_a_dateline_breaks_a_close_call_for_the_country_it_files_from() -> None:
    close = "Chile's envoy met Peru's foreign minister; Chile and Peru disagree. Congress met."
    assert home_country(close, "en") is None
    assert home_country(f"LIMA, Peru (AP) — {close}", "en") == "PER"
    cerca = "El enviado de Chile vio al canciller de Perú; Chile y Perú discrepan."
    assert home_country(f"Lima, 3 mar (EFE).- {cerca}", "es") == "PER"
    assert dateline_country("Quito, 11 abr (EFE).- Ecuador ...", "es") == "ECU"
    assert dateline_country("Ecuador's prosecutors said — on Monday", "en") is None
    # the dateline's country must be the most named (its place counted): an exile's arrival
    # in Madrid that names his own country more often is no call
    exile = "MADRID (AP) — Venezuela, Venezuela, Venezuela; Spain."
    assert home_country(exile, "en") is None


def test_an_unqualified_chamber_in_two_languages_filed_from_one_capital_is_one_actor() -> None:
    en = (
        "LIMA, Peru (AP) — Peru told Chile's envoy to leave. Chile and Peru argued. Congress voted."
    )
    es = (
        "Lima, 5 may (EFE).- Perú expulsó al embajador de Chile. Chile y Perú discuten. "
        "El Congreso votó."
    )
    key_en = _org_keys(en, ["Congress"], "en")[0]
    key_es = _org_keys(es, ["Congreso"], "es", article="b")[0]
    assert key_en == key_es == "org:congress#per"


def test_a_country_right_at_the_name_scopes_it() -> None:
    def at(text: str, surface: str, lang: str) -> str | None:
        m = _mention(text, surface)
        return adjacent_country(text, m.start, m.end, lang)

    assert at("Hours later Nicaragua's National Assembly voted.", "National Assembly", "en") == (
        "NIC"
    )
    assert at("La Policía de Nicaragua detuvo al opositor.", "La Policía", "es") == "NIC"
    assert at("El Gobierno cubano niega que haya presos.", "El Gobierno", "es") == "CUB"
    # a country after a comma, or a word that names none, scopes nothing
    assert at("Según la Policía, Maradiaga volvía de Estados Unidos.", "la Policía", "es") is None
    assert at("La Fiscalía la acusó de terrorismo.", "La Fiscalía", "es") is None


def test_a_country_word_inside_the_name_scopes_it_and_leaves_the_name() -> None:
    config = load_config()
    text = "The Venezuelan National Assembly voted."
    found = read_institution(
        _mention(text, "The Venezuelan National Assembly"),
        text,
        "en",
        config.institution_words,
        lambda written: org_name(written, config),
    )
    assert found == Institution("national assembly", "VEN")


def test_a_country_told_once_scopes_the_names_other_mentions_in_the_article() -> None:
    keys = institution_keys(
        [Institution("policia", "NIC"), Institution("policia", None)], None, "x"
    )
    assert keys == ["org:policia#nic", "org:policia#nic"]
    # told two ways: the untold mention falls back to the article's own
    keys = institution_keys(
        [
            Institution("fiscalia", "NIC"),
            Institution("fiscalia", "CRI"),
            Institution("fiscalia", None),
        ],
        None,
        "x",
    )
    assert keys[2] == "org:fiscalia#article-x"


def test_two_countries_prosecutors_are_two_actors_and_one_countrys_are_one() -> None:
    bolivia = "Bolivia. La Fiscalía la acusó de terrorismo en Bolivia."
    nicaragua = "Nicaragua. La Fiscalía la acusa de lavado de dinero en Nicaragua."
    bolivia_again = "En Bolivia, la Fiscalía pidió seis meses. Bolivia apeló."
    first = _org_keys(bolivia, ["La Fiscalía"], "es", "a")
    second = _org_keys(nicaragua, ["La Fiscalía"], "es", "b")
    third = _org_keys(bolivia_again, ["la Fiscalía"], "es", "c")
    assert first == ["org:fiscalia#bol"] == third
    assert second == ["org:fiscalia#nic"]


def test_an_article_about_no_one_country_keeps_its_institutions() -> None:
    text = "Peru expelled Mexico's envoy. Congress met in Lima as Mexico protested."
    assert _org_keys(text, ["Congress"], "en", "p") == [f"org:congress#article-{'p' * 64}"]


def test_the_alias_table_still_joins_an_institutions_two_languages() -> None:
    english = _org_keys("Nicaragua's National Assembly voted.", ["National Assembly"])
    spanish = _org_keys("La Asamblea Nacional de Nicaragua votó.", ["La Asamblea Nacional"], "es")
    assert english == spanish == ["org:national assembly#nic"]


def test_proper_names_and_acronyms_keep_their_corpus_wide_key() -> None:
    text = "Venezuela. The Bolivarian Intelligence Service (SEBIN) arrested him in Venezuela."
    keys = _org_keys(text, ["Bolivarian Intelligence Service", "SEBIN"])
    assert keys == ["org:bolivarian intelligence service"] * 2


def test_only_a_country_scope_names_a_country() -> None:
    assert scoped_country("org:fiscalia#bol") == "BOL"
    assert scoped_country(f"org:fiscalia#article-{'a' * 64}") is None
    assert scoped_country("org:bolivarian intelligence service") is None
    assert scoped_country("person:ana ruiz") is None


def _with_orgs(processed: ProcessedArticle, names: list[str]) -> ProcessedArticle:
    text = processed.article.text
    orgs = [_mention(text, name) for name in names]
    mentions = tuple(sorted([*processed.annotation.mentions, *orgs], key=lambda m: m.start))
    return replace(processed, annotation=replace(processed.annotation, mentions=mentions))


def test_the_store_keeps_two_countries_assemblies_apart_and_names_their_country(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    venezuela = _with_orgs(
        make_article(
            "In Venezuela the National Assembly backed Juan Guaidó. Venezuela's army did not."
        ),
        ["National Assembly"],
    )
    nicaragua = _with_orgs(
        make_article(
            "Nicaragua's National Assembly stripped the prisoners of their nationality. "
            "Nicaragua freed 222 prisoners."
        ),
        ["National Assembly"],
    )
    for processed in (venezuela, nicaragua):
        store.add(processed, "test")
    resolve_new(store, [venezuela.article.id, nicaragua.article.id], use_embeddings=False)
    names = {
        row[0]
        for row in store.con.execute(
            "SELECT name FROM resolve_entities WHERE id LIKE 'org:national assembly%'"
        ).fetchall()
    }
    assert names == {"National Assembly (Venezuela)", "National Assembly (Nicaragua)"}


def test_a_capital_in_the_name_makes_a_proper_name() -> None:
    text = "Pakistan. The Islamabad High Court ordered his release in Pakistan."
    assert _org_keys(text, ["Islamabad High Court"]) == ["org:islamabad high court"]


def test_a_government_of_a_leader_is_that_states_government() -> None:
    """ "El Gobierno de Daniel Ortega" (a leader the table gives Nicaragua) and "El Gobierno de
    Ortega" (a surname the table lists for no one, in a report about Nicaragua) are the one
    government of Nicaragua, with "El Gobierno de Nicaragua"; a ministry "of" a name is not."""
    text = (
        "El Gobierno de Daniel Ortega liberó a los presos. Nicaragua los expulsó a Estados "
        "Unidos. El Gobierno de Ortega los desterró de Nicaragua. El Gobierno de Nicaragua "
        "lo anunció. El Ministerio de Daniel Ortega calló."
    )
    spans = ["El Gobierno de Daniel Ortega", "El Gobierno de Ortega", "El Gobierno de Nicaragua"]
    keys = _org_keys(text, [*spans, "El Ministerio de Daniel Ortega"], "es")
    assert keys[:3] == ["org:gobierno#nic"] * 3
    assert keys[3] == "org:ministerio de daniel ortega"
    text = "The Government of Nicolás Maduro freed them, Caracas said."
    assert _org_keys(text, ["Government of Nicolás Maduro"], article="b") == ["org:government#ven"]


def test_a_states_government_is_shown_by_a_form_that_names_no_person() -> None:
    """Whatever report came first: "El Gobierno (Peru)", not "Gobierno de Dina Boluarte
    (Peru)"; a government named only by its leader keeps that form."""
    from chronicler.resolve.actors import shown_name

    config = load_config()
    forms = {
        "org:gobierno#per": [("Gobierno de Dina Boluarte", "es", 1), ("El Gobierno", "es", 1)],
        "org:gobierno#ecu": [("Gobierno de Daniel Noboa", "es", 1)],
    }
    assert shown_name("org:gobierno#per", forms.__getitem__, config) == "El Gobierno (Peru)"
    assert shown_name("org:gobierno#ecu", forms.__getitem__, config) == (
        "Gobierno de Daniel Noboa (Ecuador)"
    )
    assert shown_name("org:sebin", forms.__getitem__, config) == ""


def test_two_countries_air_forces_are_two_actors_in_spanish_too() -> None:
    text = "Llegó en un avión de la Fuerza Aérea española. Volvió en un avión de la Fuerza Aérea."
    keys = _org_keys(text, ["Fuerza Aérea", "Fuerza Aérea"], "es")
    assert keys[0] == "org:fuerza aerea#esp"


def test_a_countrys_chamber_told_in_two_languages_is_one_actor() -> None:
    text = "El Senado de Bolivia aprobó la ley que the Senate of Bolivia debated."
    keys = _org_keys(text, ["El Senado de Bolivia", "the Senate of Bolivia"], "es")
    assert keys == ["org:senate#bol", "org:senate#bol"]
    text = "La Corte Suprema de Perú y el Tribunal Supremo de Irán fallaron."
    keys = _org_keys(text, ["La Corte Suprema de Perú", "el Tribunal Supremo de Irán"], "es")
    assert keys == ["org:supreme court#per", "org:supreme court#irn"]


def test_a_dateline_tells_whose_seated_organs_are_not_whose_armed_forces() -> None:
    """A report from Tegucigalpa naming Guatemala nearly as often as Honduras: its Congress
    is Honduras's, but the air force that flies Guatemala's diplomats home is not told to be
    (armed forces act abroad), so it stays the article's own; a clear home scopes both."""
    close = (
        "Tegucigalpa, 4 jun (EFE).- Honduras expulsó a los diplomáticos de Guatemala y "
        "Guatemala protestó. Honduras calló. Los guatemaltecos volvieron a su país en un "
        "avión de la Fuerza Aérea. El Congreso aprobó la medida."
    )
    assert article_home(close, "es") == Home("HND", filed=True)
    keys = _org_keys(close, ["Fuerza Aérea", "Congreso"], "es")
    assert keys == ["org:fuerza aerea#article-" + "a" * 64, "org:congress#hnd"]
    clear = close.replace("Guatemala protestó", "Honduras insistió")
    assert article_home(clear, "es") == Home("HND")
    assert _org_keys(clear, ["Fuerza Aérea", "Congreso"], "es", article="b") == [
        "org:fuerza aerea#hnd",
        "org:congress#hnd",
    ]
    english = (
        "MANAGUA, Nicaragua (AP) — Costa Rica and Nicaragua traded claims; Costa Rica said "
        "Nicaragua lied, and Costa Rica's envoy left. Troops of the Army crossed the river. "
        "The National Assembly met."
    )
    assert _org_keys(english, ["Army", "National Assembly"], article="c") == [
        "org:army#article-" + "c" * 64,
        "org:national assembly#nic",
    ]


def test_an_armed_force_named_with_its_country_keeps_it_under_a_dateline() -> None:
    """ "un avión de la Fuerza Aérea guatemalteca": told at the name, whatever the dateline."""
    text = (
        "Tegucigalpa, 4 jun (EFE).- Honduras expulsó a los diplomáticos de Guatemala y "
        "Guatemala protestó. Honduras calló. Los diplomáticos volvieron en un avión de la "
        "Fuerza Aérea guatemalteca. Otro avión de la Fuerza Aérea los siguió."
    )
    keys = _org_keys(text, ["Fuerza Aérea", "Fuerza Aérea"], "es")
    assert keys == ["org:fuerza aerea#gtm", "org:fuerza aerea#gtm"]


def test_a_state_sends_its_own_forces() -> None:
    """The agent of a participle of sending right after the name (or after the one noun it
    modifies) tells whose the forces are; a verb between, or a sender that is no state, does
    not."""
    text = "Los diplomáticos volvieron en un avión de la Fuerza Aérea enviado por México."
    assert _org_keys(text, ["Fuerza Aérea"], "es") == ["org:fuerza aerea#mex"]
    text = "Air Force planes sent by the U.S. landed in Kabul."
    assert _org_keys(text, ["Air Force"], article="b") == ["org:air force#usa"]
    text = "The Army seized rifles sent by Iran."
    assert _org_keys(text, ["Army"], article="c") == ["org:army#article-" + "c" * 64]
    text = "Llegaron soldados del Ejército enviados por la ONU."
    assert _org_keys(text, ["Ejército"], "es", article="d") == ["org:ejercito#article-" + "d" * 64]
