"""Headline runs in capitals put in sentence case, same length and offsets."""

from __future__ import annotations

import pytest

from chronicler.annotate.truecase import capital_runs, case_normalised


def test_truecase_headline_in_sentence_case() -> None:
    text = "OBREROS DE LA CONSTRUCCION PROTESTARAN EL JUEVES\nLos obreros marcharán."
    out = case_normalised(text)
    assert out == "Obreros de la construccion protestaran el jueves\nLos obreros marcharán."
    assert len(out) == len(text)


def test_truecase_gives_spanish_nouns_in_cion_their_accent_back() -> None:
    """Capitals drop the accent every Spanish "-ción" / "-sión" noun carries; a Spanish run
    takes it back (same length), a plural has none, another language is left as written."""
    text = "PARALIZACION Y MANIFESTACIONES CONTRA LA PRIVATIZACION\nLos mineros marcharán."
    out = case_normalised(text, "es")
    assert out.startswith("Paralización y manifestaciones contra la privatización\n")
    assert len(out) == len(text)
    assert case_normalised(text, "en").startswith("Paralizacion y manifestaciones")


def test_truecase_keeps_names_and_acronyms_written_so_elsewhere() -> None:
    text = "MINEROS DE OSORNO MARCHAN CONTRA EL CNE\nEn Osorno, el CNE calló."
    assert case_normalised(text).startswith("Mineros de Osorno marchan contra el CNE\n")


def test_truecase_unaccented_headline_finds_the_accented_name() -> None:
    text = "ESTUDIANTES PROTESTAN EN PANAMA\nLa marcha de Panamá."
    assert case_normalised(text).startswith("Estudiantes protestan en Panama\n")


def test_truecase_after_an_aside_and_with_numbers() -> None:
    text = "(Editores: nuevo saldo) POLICIA MATA A 10 MANIFESTANTES"
    assert case_normalised(text) == "(Editores: nuevo saldo) Policia mata a 10 manifestantes"


def test_truecase_leaves_acronyms_datelines_and_trailing_places() -> None:
    for text in (
        "BOGOTA - La ONU y la OEA condenaron el ataque.",
        "Atacaron una base militar, NORTE DE SANTANDER, EL TARRA",
        "The UN and the EU met in NEW YORK.",
        "Plain text with no capitals at all.",
    ):
        assert capital_runs(text) == []
        assert case_normalised(text) is text


def test_truecase_runs_stop_at_line_breaks() -> None:
    text = "HUELGA EN\nLAS MINAS DEL NORTE\nTexto."
    assert capital_runs(text) == [(10, 29)]


def test_truecase_never_changes_length() -> None:
    text = "İSTANBUL'DA BÜYÜK PROTESTO YAPILDI\nok"
    out = case_normalised(text)
    assert len(out) == len(text) and out != text


def test_truecase_version_is_in_the_pipeline_version() -> None:
    from chronicler.annotate.truecase import TRUECASE_VERSION
    from chronicler.pipeline import pipeline_version
    from chronicler.settings import Settings

    assert f"truecase:{TRUECASE_VERSION}" in pipeline_version(Settings())


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a dateline closed by its dash, or a label by its colon, before the headline
        ("QUITO, 8 may (EFE).- CAPTURAN A DOS CONCEJALES INDIGENAS", "Capturan a dos concejales"),
        ("Quito (AP) — CAPTURAN A DOS CONCEJALES INDIGENAS", "Capturan a dos concejales"),
        ("Ecuador: CAPTURAN A DOS CONCEJALES INDIGENAS", "Capturan a dos concejales"),
        # a dateline in the run itself: the headline after its dash opens a sentence
        ("QUITO (EFE).- LA FISCALIA ACUSA A DOS CONCEJALES", "La fiscalia acusa"),
    ],
)
def test_truecase_a_headline_after_a_dateline_or_label_is_lowered(text: str, headline: str) -> None:
    assert headline in case_normalised(text)


def test_truecase_capitals_after_a_comma_mid_line_stay_names() -> None:
    text = "en una vereda, NORTE DE SANTANDER, EL TARRA: dos heridos"
    assert case_normalised(text) is text


def test_truecase_keeps_table_places_written_nowhere_else() -> None:
    text = "CAPTURAN A DOS PERIODISTAS EN NICARAGUA Y COSTA RICA\nFueron liberados."
    out = case_normalised(text)
    assert out.startswith("Capturan a dos periodistas en Nicaragua y Costa Rica\n")
    # a capital of several words keeps its small words small
    out = case_normalised("MARCHAN MILES EN CIUDAD DE MEXICO")
    assert out == "Marchan miles en Ciudad de Mexico"


def test_truecase_leaves_demonyms_and_common_phrases_lower() -> None:
    out = case_normalised("OBREROS NICARAGUENSES PIDEN LA PAZ")
    assert out == "Obreros nicaraguenses piden la paz"
    # "china" is also the Spanish gentilic
    assert case_normalised("UNA MINERA CHINA DESPIDE A CIEN") == "Una minera china despide a cien"
    # an acronym form ("US") is also a pronoun
    assert case_normalised("THEY TOLD US NOTHING AT ALL") == "They told us nothing at all"
