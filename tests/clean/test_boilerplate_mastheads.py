"""A Spanish cookie banner is page furniture, and a masthead naming the copyright holder is
no headline. Pages written here."""

from __future__ import annotations

from chronicler.clean.boilerplate import remove_boilerplate

BODY = (
    "Lima (AFP).- El Congreso aprobó este martes una reforma que adelanta las elecciones "
    "generales a abril del próximo año, tras semanas de protestas en el sur del país.\n\n"
    "La reforma, que necesita una segunda votación, obtuvo 91 votos a favor y 29 en contra, "
    "según el recuento oficial de la sesión plenaria.\n"
)


def _page(*header: str) -> str:
    footer = "\n© El Heraldo del Sur. Todos los derechos reservados.\n"
    return "\n".join(header) + "\n" + BODY + footer


def test_a_spanish_cookie_banner_is_removed_and_is_no_title() -> None:
    banner = (
        "Nos importa tu privacidad. Utilizamos cookies propias y de terceros para mejorar "
        "nuestros servicios. Aceptar Rechazar Configurar"
    )
    result = remove_boilerplate(_page("El Congreso adelanta las elecciones a abril", banner))
    assert "cookies" not in result.body
    assert result.title == "El Congreso adelanta las elecciones a abril"


def test_the_outlets_own_name_over_the_headline_is_no_title() -> None:
    page = _page(
        "Internacional", "El Congreso adelanta las elecciones a abril", "El Heraldo del Sur"
    )
    assert remove_boilerplate(page).title == "El Congreso adelanta las elecciones a abril"


def test_a_headline_is_kept_when_no_copyright_line_names_an_outlet() -> None:
    page = "El Congreso adelanta las elecciones a abril\n" + BODY
    assert remove_boilerplate(page).title == "El Congreso adelanta las elecciones a abril"
