"""Organs of a curated body told in English and Spanish are one actor (resolve/organs.py)."""

from __future__ import annotations

import pytest

from chronicler.model import Mention
from chronicler.resolve.actors import effective_label, org_name
from chronicler.resolve.config import load_config


@pytest.mark.parametrize(
    "forms",
    [
        (
            "Permanent Council of the Organization of American States",
            "El Consejo Permanente de la Organización de los Estados Americanos",
            "the OAS Permanent Council",
            "Consejo Permanente de la OEA",
        ),
        (
            "Consejo de Seguridad de la ONU",
            "UN Security Council",
            "United Nations Security Council",
            "the U.N. Security Council",
            "the UN's Security Council",
        ),
        ("the UN Human Rights Council", "el Consejo de Derechos Humanos de la ONU"),
        ("la Asamblea General de la OEA", "the General Assembly of the OAS"),
    ],
)
def test_an_organ_of_a_body_is_one_actor_in_both_languages(forms: tuple[str, ...]) -> None:
    config = load_config()
    assert len({org_name(form, config) for form in forms}) == 1


def test_two_organs_of_one_body_stay_two() -> None:
    config = load_config()
    council = org_name("the Permanent Council of the OAS", config)
    assembly = org_name("the OAS General Assembly", config)
    security = org_name("Consejo de Seguridad de la OEA", config)
    un_security = org_name("UN Security Council", config)
    assert len({council, assembly, security, un_security}) == 4


def test_a_word_outside_the_table_leaves_the_name_as_written() -> None:
    """ "Ministros" is no organ word: the name is not read as the EU's Council, which a
    shared word alone would give; a parent that is no curated body gives no organ either."""
    config = load_config()
    assert org_name("Consejo de Ministros de la UE", config) != org_name(
        "Council of the European Union", config
    )
    assert org_name("Council of the European Union", config) == org_name(
        "el Consejo de la UE", config
    )
    assert org_name("Consejo Permanente de Acme", config) == "consejo permanente de acme"
    assert org_name("Security Council", config) == "security council"


def test_an_organ_the_tagger_calls_a_person_is_an_organisation() -> None:
    config = load_config()
    text = "Consejo Permanente de la OEA"
    mention = Mention(0, len(text), text, "PER", 0)
    assert effective_label(mention, "PER", config, {}, set()) == "ORG"
