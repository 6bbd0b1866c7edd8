from __future__ import annotations

from pathlib import Path

import pytest

from chronicler.clean.boilerplate import remove_boilerplate

DATA = Path(__file__).parents[1] / "data" / "clean"

BODY_EN = [
    "PORTVILLE (AP) — The city council voted on Tuesday",
    "Council members argued for most of the evening",
    '"We have waited long enough',
    "Engineers told the council that the wall",
    "Residents who attended the meeting said",
    "The work is expected to begin in the spring",
]


@pytest.fixture(scope="module")
def english() -> tuple[str, object]:
    text = (DATA / "article_en.txt").read_text(encoding="utf-8")
    return text, remove_boilerplate(text)


def test_remove_boilerplate_keeps_every_body_line(english) -> None:
    _, result = english
    for start in BODY_EN:
        assert start in result.body, start
    assert result.body.count("\n\n") == len(BODY_EN) - 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this story facebook", "share"),
        ("Advertisement", "advertisement"),
        ("Sign up for our free morning newsletter", "subscription"),
        ("Photo: Reuters", "caption"),
        ("Tu suscripción se está usando en otro dispositivo", "subscription"),
        ("Most viewed", "most-viewed"),
        ("- Ten places to eat fresh fish in the old town", "most-viewed"),
        ("Terms of Use | Privacy Policy", "nav"),
        ("© 2025 Coastline Daily. All rights reserved.", "terms"),
        ("By Maria Ellison", "byline"),
        ("Home", "nav"),
    ],
)
def test_remove_boilerplate_removes_each_family(english, line: str, reason: str) -> None:
    _, result = english
    assert line not in result.body
    reasons = {span.text: span.reason for span in result.removed}
    matches = [r for text, r in reasons.items() if text.startswith(line)]
    assert matches == [reason]


def test_remove_boilerplate_finds_title_not_body(english) -> None:
    _, result = english
    assert result.title == "Harbour city council approves new flood defences"
    assert "flood defences" not in result.body


def test_removed_offsets_point_into_input(english) -> None:
    text, result = english
    assert result.removed
    for span in result.removed:
        assert text[span.start : span.end] == span.text


def test_remove_boilerplate_spanish_nags_in_spanish_article() -> None:
    text = (DATA / "article_es.txt").read_text(encoding="utf-8")
    result = remove_boilerplate(text)
    assert "presos políticos" in result.body
    assert "Según las organizaciones" in result.body
    assert "Suscríbete" not in result.body
    assert "Lo más visto" not in result.body


def test_body_paragraph_mentioning_subscriptions_is_kept() -> None:
    line = (
        "The company said its subscription revenue grew last year, and that readers who "
        "sign up for the new service will be able to cancel at any time without paying a fee."
    )
    text = "Headline about revenue\n\n" + line + "\n\n" + line.replace("company", "firm") + "\n"
    assert line in remove_boilerplate(text).body


def test_empty_and_blank_text() -> None:
    assert remove_boilerplate("").body == ""
    assert remove_boilerplate("\n\n  \n").removed == ()


@pytest.mark.slow
def test_remove_boilerplate_handles_5mb() -> None:
    text = (DATA / "article_en.txt").read_text(encoding="utf-8")
    big = (text + "\n") * (5_000_000 // len(text) + 1)
    result = remove_boilerplate(big)
    assert "PORTVILLE (AP)" in result.body


def test_title_is_a_headline_not_a_widget_label_or_a_timestamp() -> None:
    """Share widgets ("Link copied", "Enviar por correo") and a date line sit between the
    headline and the body; the headline may end in an abbreviation ("EE.UU.")."""
    body = (
        "MANAGUA (AP) — The government on Thursday released 222 political prisoners and "
        "put them on a plane to the United States, where they landed in the morning.\n\n"
        "Hours later the National Assembly voted to strip them of their citizenship, in a "
        "move that the opposition called illegal and that was condemned abroad.\n"
    )
    for furniture, headline in (
        ("By MARIA LOPEZ\nShare\nCopy\nLink copied\nEmail\n", "Nicaragua frees 222 prisoners"),
        ("August 1, 2024 7:45 PM GMT+3 Updated 2 hours ago\n", "Russia and West swap prisoners"),
        (
            "Agencia EFE\n10 feb 2023 - 14:35 CET\nCompartir en Facebook\nEnviar por correo\n",
            "Nicaragua despoja de su nacionalidad a los presos desterrados a EE.UU.",
        ),
    ):
        result = remove_boilerplate(f"World\nNews\n{headline}\n{furniture}{body}")
        assert result.title == headline
        assert result.body.startswith("MANAGUA (AP)")


def test_a_written_out_date_and_bare_clock_time_is_no_headline() -> None:
    """A date line whose month is a word and whose clock time has no zone ("3 de marzo de
    2021 - 09:15", "March 3, 2021 | 21:15") is no headline, though it reads like one."""
    body = (
        "MANAGUA (AP) — The government on Thursday released 222 political prisoners and "
        "put them on a plane to the United States, where they landed in the morning.\n\n"
        "Hours later the National Assembly voted to strip them of their citizenship, in a "
        "move that the opposition called illegal and that was condemned abroad.\n"
    )
    headline = "Nicaragua excarcela a los presos políticos"
    for stamp in ("3 de marzo de 2021 - 09:15", "March 3, 2021 | 21:15", "3 mar. 2021, 9.15 h"):
        result = remove_boilerplate(f"Portada\nMundo\n{headline}\nAgencia EFE\n{stamp}\n{body}")
        assert result.title == headline, stamp
        assert stamp not in result.body


def test_title_far_above_the_body_is_the_headline_not_a_section_name() -> None:
    """A row of share buttons puts the headline far from the body; a two-word section name
    ("Asia Pacific") above it is no headline."""
    body = (
        "MANAGUA (AP) — The government on Thursday released 222 political prisoners and "
        "put them on a plane to the United States, where they landed in the morning.\n\n"
        "Hours later the National Assembly voted to strip them of their citizenship, in a "
        "move that the opposition called illegal and that was condemned abroad.\n"
    )
    headline = "Nicaragua frees 222 prisoners, flies them to Washington"
    furniture = "By MARIA LOPEZ\nShare\nCopy\nLink copied\nEmail\nFacebook\nX\nReddit\n"
    result = remove_boilerplate(f"World\nCentral America\nPolitics\n{headline}\n{furniture}{body}")
    assert result.title == headline


def test_title_above_many_furniture_lines_is_still_the_headline() -> None:
    """A byline, a timestamp, five share buttons and a subscription nag (seven lines) between
    the headline and the body: lines a boilerplate family claims do not count as distance,
    so the section name at the top is not taken for the title."""
    body = (
        "LIMA (AP) — The former mayor left the country late on Saturday aboard a military "
        "plane, days after a judge ordered his arrest over a disputed contract.\n\n"
        "His lawyer said he had asked to leave and would return when the case was dropped, "
        "which the prosecutors denied they would ever do.\n"
    )
    headline = "Former Lima mayor flees to Chile after arrest order"
    furniture = (
        "By ANA RUIZ\nUpdated 9:20 AM EDT, March 8, 2021\nShare\nCopy\nLink copied\nEmail\n"
        "Facebook\nX\nSubscribe to our newsletter to get the day's top stories.\n"
    )
    result = remove_boilerplate(f"World\nLatin America\nPolitics\n{headline}\n{furniture}{body}")
    assert result.title == headline
    assert result.body.startswith("LIMA (AP)")


def test_title_is_no_text_size_widget_nor_the_place_line_under_the_masthead() -> None:
    """ "Tamaño de letra A+ A-" and "Escuchar noticia" are widgets; "Puerto Montt, Región de
    Los Lagos", the paper's city under its name, is a line of six words but shares no word
    with the body's opening, which the headline does."""
    body = (
        "Santiago, 4 may (EFE).- El exministro chileno Andrés Soto fue detenido este jueves "
        "en Valdivia acusado de cohecho y lavado de dinero, informó la Fiscalía.\n\n"
        "Su abogado dijo que recurrirá la detención ante la Corte de Apelaciones, que deberá "
        "pronunciarse la próxima semana sobre la medida.\n"
    )
    headline = "Detenido el exministro Andrés Soto por cohecho en Valdivia"
    furniture = "Escuchar noticia\nCompartir\nTamaño de letra A+ A-\n"
    masthead = "Diario del Sur\nPuerto Montt, Región de Los Lagos\n"
    page = f"Portada\nMundo\n{headline}\n{masthead}{furniture}{body}"
    result = remove_boilerplate(page)
    assert result.title == headline
    assert result.body.startswith("Santiago, 4 may (EFE)")
    assert "Tamaño" not in result.body and "Escuchar" not in result.body
    english = "Listen to this article\nFont size\n"
    lead = "LIMA (AP) — Police arrested the former mayor on Saturday over a disputed contract.\n"
    result = remove_boilerplate(f"World\nMayor arrested over contract\n{english}{lead}")
    assert result.title == "Mayor arrested over contract"


def test_wire_copyright_notice_in_spanish_is_removed() -> None:
    text = (
        "Managua, 10 feb (EFE).- El Gobierno excarceló el pasado jueves a 222 presos políticos "
        "y los envió en un avión a Washington, según informaron fuentes oficiales.\n\n"
        "El magistrado leyó una resolución que declaró a los excarcelados traidores a la "
        "patria y ordenó su deportación de forma inmediata.\n\n"
        "EFE gm/jgb\n\n"
        "© EFE 2023. Está expresamente prohibida la redistribución y la redifusión de todo o "
        "parte de los contenidos de los servicios de EFE, sin previo y expreso consentimiento "
        "de la Agencia EFE S.A.\n"
    )
    result = remove_boilerplate(text)
    assert "prohibida" not in result.body
    assert result.body.rstrip().endswith("forma inmediata.")


def test_wire_credit_lines_closing_a_story_are_removed() -> None:
    body = (
        "ANKARA (Reuters) - Russia freed three Americans on Thursday in a swap of prisoners "
        "carried out at the airport, the Turkish intelligence agency said.\n\n"
        "The exchange was negotiated for months by the United States, Germany and Russia, "
        "officials in the three capitals said on Thursday evening.\n\n"
    )
    for credit in (
        "Reporting by Selin Arikan in Ankara and Tom Baxter in Moscow; Editing by Ruth Keane",
        "Associated Press writers in Mexico City and Managua contributed to this report.",
    ):
        result = remove_boilerplate(body + credit + "\n")
        assert credit not in result.body
        assert {s.reason for s in result.removed if s.text == credit} == {"credits"}


def test_a_related_link_in_the_formal_imperative_is_removed() -> None:
    """Wires address the reader as "usted": "Lea también: ..." as well as "Lee también"."""
    text = (
        "Managua, 9 jun (EFE).- La Policía detuvo este martes al opositor Pedro Ruiz.\n\n"
        "Lea también: El Gobierno cierra otra universidad\n\n"
        "El Departamento de Estado condenó la detención del opositor.\n"
    )
    body = remove_boilerplate(text).body
    assert "Lea también" not in body
    assert "Pedro Ruiz" in body and "condenó la detención" in body


def test_teasers_of_other_stories_are_removed() -> None:
    """A "see more" link, and another story's headline tagged by its kind in capitals."""
    before = (
        "Police laid siege to a university on Monday, trapping hundreds of students inside, "
        "and threatened to use live ammunition if the protesters attacked them again.\n\n"
        "The students had barricaded the gates with desks and set fires on the bridges that "
        "lead to the campus, witnesses said.\n\n"
    )
    after = (
        "The government said on Tuesday that the siege would end soon and that the students "
        "would be treated fairly if they came out.\n\n"
        "Parents gathered outside the gates to plead for their release, and some were let in "
        "to bring food and water to the students still inside.\n"
    )
    teasers = (
        "SEE MORE: Hong Kong protests: 800 students under siege in university\n\n"
        "Hong Kong 'threatened with Chinese military intervention' [REACTION]\n\n"
    )
    body = remove_boilerplate(before + teasers + after).body
    assert "SEE MORE" not in body and "[REACTION]" not in body
    assert "laid siege" in body and "treated fairly" in body
