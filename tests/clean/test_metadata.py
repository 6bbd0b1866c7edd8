from __future__ import annotations

import pytest

from chronicler.clean.metadata import (
    content_id,
    detect_language,
    find_outlet,
    find_wire,
    outlet_from_url,
)


@pytest.mark.parametrize(
    ("body", "wire"),
    [
        ("MIAMI (AP) — Sixteen guardsmen fled the embassy.\n\nMore text here.", "AP"),
        ("(Bloomberg) -- Venezuela freed the former spy chief.\n\nMore.", "Bloomberg"),
        ("First paragraph of the story.\n\nLast line of the story. (AFP)", "AFP"),
        ("NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.", "Reuters"),
        ("CARACAS (EFE).- El Gobierno anunció la liberación.", "EFE"),
        ("People gather outside the jail. Photo: Reuters\n\nThe releases began.", None),
        ('"I am nervous," the mother of a detainee told AFP.\n\nThe story goes on.', None),
        ("A plain story with no credit at all.", None),
    ],
)
def test_find_wire(body: str, wire: str | None) -> None:
    assert find_wire(body) == wire


def test_find_outlet_prefers_declared_then_page_furniture() -> None:
    assert find_outlet([], None, None, declared="Declared Times") == "Declared Times"
    assert find_outlet(["©2023 Bloomberg L.P."], None, None) == "Bloomberg"
    assert find_outlet(["© 2019 Riverside Herald. All rights reserved."], None, None) == (
        "Riverside Herald"
    )
    assert find_outlet(
        ["© EFE 2023. Está expresamente prohibida la redistribución"], None, None
    ) == ("EFE")
    suffix = "Venezuela begins prisoner release - RTHK"
    assert find_outlet([], suffix, "Venezuela begins prisoner release") == "RTHK"
    doubled = ["Harbour Gazette Harbour Gazette"]
    assert find_outlet(doubled, None, None) == "Harbour Gazette"


def test_find_outlet_ignores_sources_and_falls_back_to_url_or_none() -> None:
    # The body is not furniture: an outlet quoted as a source never becomes the outlet.
    assert find_outlet(["Share this story"], None, None) is None
    assert find_outlet([], None, None, url="https://www.example-news.org/a/b") == "example-news.org"
    assert outlet_from_url("https://english.elpais.com/x") == "EL PAÍS"
    assert outlet_from_url(None) is None


def test_find_outlet_passes_over_a_platform_word() -> None:
    """AP's hosting service names every member paper's copy "Hosted" (site name and title
    suffix): no outlet; the next clue names it."""
    url = "https://hosted.ap.org/berkshireeagle/article/6486944b/unpredictable-sondland"
    title = "Unpredictable Sondland faces questions"
    found = find_outlet([], f"{title} | Hosted", title, sitename="Hosted", url=url)
    assert found == "The Associated Press"
    assert find_outlet([], None, None, sitename="Home") is None
    assert find_outlet([], None, None, sitename="Hosted Herald") == "Hosted Herald"


def test_detect_language() -> None:
    assert detect_language("The council voted on Tuesday to spend the money on a sea wall.") == "en"
    assert detect_language("El Gobierno anunció este lunes la liberación de los presos.") == "es"
    assert detect_language("Характеристики бега можно увеличить за счет кодов") is None
    assert detect_language("") is None


def test_content_id_is_stable_under_whitespace_and_case() -> None:
    a = content_id("The Council  voted.\n\nIt   rained.")
    assert a == content_id("the council voted. it rained.")
    assert a != content_id("The council voted. It snowed.")
    assert len(a) == 64
