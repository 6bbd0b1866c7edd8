from chronicler.folding import strip_accents


def test_accents_are_stripped_and_case_kept() -> None:
    assert strip_accents("Rodríguez Torres") == "Rodriguez Torres"
    assert strip_accents("Unión Europea") == "Union Europea"


def test_letters_without_a_decomposition_are_kept() -> None:
    assert strip_accents("Solskjær Łódź") == "Solskjær Łodz"
