"""Full names romanised after two languages' habits ("Alexei Navalny", "Alexéi Navalni") are
one person; a lone surname, or two given names, never meet so."""

from __future__ import annotations

from chronicler.resolve.actors import last_token, link_people, same_spelling, transliterated
from chronicler.resolve.config import load_config

SPELLINGS = load_config().spellings


def test_english_and_spanish_romanisations_share_a_spelling() -> None:
    assert transliterated("navalny", SPELLINGS) == transliterated("navalni", SPELLINGS)
    assert transliterated("dmitriy", SPELLINGS) == transliterated("dmitri", SPELLINGS)
    assert transliterated("khodorkovsky", SPELLINGS) == transliterated("jodorkovski", SPELLINGS)
    assert transliterated("roy", SPELLINGS) == "roy"  # too short to be an ending of that kind
    assert transliterated("sheremetyevo", SPELLINGS) == transliterated("sheremetievo", SPELLINGS)
    assert transliterated("solovyov", SPELLINGS) == transliterated("soloviov", SPELLINGS)


def test_full_names_in_two_romanisations_are_linked() -> None:
    mapping = link_people(["person:alexei navalni"], ["person:alexei navalny"], SPELLINGS)
    assert mapping == {"person:alexei navalni": "person:alexei navalny"}
    assert last_token("person:alexei navalni", SPELLINGS) == last_token(
        "person:alexei navalny", SPELLINGS
    )


def test_different_given_names_or_lone_surnames_are_not_linked() -> None:
    assert not same_spelling("yulia navalnaya", "alexei navalni", SPELLINGS)
    assert not same_spelling("navalny", "navalni", SPELLINGS)  # a surname alone
    assert not link_people(["person:daria navalni"], ["person:alexei navalny"], SPELLINGS)


def test_without_spellings_names_link_as_before() -> None:
    assert not link_people(["person:alexei navalni"], ["person:alexei navalny"])
