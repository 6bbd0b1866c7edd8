"""Cut names joined, opening prepositions dropped, and spans whose words say what they are
(entities_fragments.py, through mend_entities)."""

from __future__ import annotations


def _mended(lang: str, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    import spacy

    from chronicler.annotate.entities import mend_entities

    doc = spacy.blank(lang)(text)
    ents, cursor = [], 0
    for surface, label in spans:
        start = text.index(surface, cursor)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        ents.append(span)
        cursor = start + len(surface)
    doc.ents = ents
    return [(e.text, e.label_) for e in mend_entities(doc).ents]


def _parsed(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_a_lower_case_preposition_opening_a_place_is_dropped() -> None:
    text = "El ministro niega que en Cuba haya presos. Habló de la Rúa."
    spans = [("en Cuba", "LOC"), ("de la Rúa", "PER")]
    assert _mended("es", text, spans) == [("Cuba", "LOC"), ("de la Rúa", "PER")]
    assert _mended("en", "They met in Lima.", [("in Lima", "GPE")]) == [("Lima", "GPE")]


def test_a_span_headed_by_an_institution_word_is_a_body() -> None:
    text = "Llegó a Lima después de que el Gobierno de Chile aceptara."
    assert ("Gobierno de Chile", "ORG") in _mended(
        "es", text, [("Lima", "LOC"), ("Gobierno de Chile", "LOC")]
    )
    text = "The Chilean Government agreed. They crossed the Plaza de Armas."
    spans = [("Chilean Government", "GPE"), ("Plaza de Armas", "LOC")]
    assert _mended("en", text, spans) == [
        ("Chilean Government", "ORG"),
        ("Plaza de Armas", "LOC"),
    ]


def test_a_platform_deity_or_lone_office_is_no_person() -> None:
    text = "He said on Facebook that the former Comptroller, Ana Ruiz, was an enemy of God."
    spans = [("Facebook", "PERSON"), ("Comptroller", "PERSON"), ("Ana Ruiz", "PERSON")]
    assert _mended("en", text, [*spans, ("God", "PERSON")]) == [
        ("Facebook", "ORG"),
        ("Ana Ruiz", "PERSON"),
    ]
    text = "Fue condenado por enemistad contra Dios, escribió en Telegram."
    assert _mended("es", text, [("Dios", "PER"), ("Telegram", "PER")]) == [("Telegram", "ORG")]


def test_a_movements_adherent_word_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _parsed(nlp, "They were held by the Sandinista police for a week.")
    assert not [e for e in ents if e[0] == "Sandinista" and e[1] in ("GPE", "LOC")]


def test_a_facility_noun_and_its_name_are_one_name() -> None:
    text = "Pasó después al Centro de Readaptación Social de Tacumbú."
    spans = [("Centro", "LOC"), ("Readaptación Social", "LOC")]
    assert _mended("es", text, spans) == [("Centro de Readaptación Social", "LOC")]


def test_bodies_coordinated_under_one_acronym_are_one_body() -> None:
    text = "He ran the Office of Studies and Planning and Control, Ospc, for years."
    spans = [("the Office of Studies", "ORG"), ("Planning and Control", "ORG")]
    assert _mended("en", text, spans)[0] == (
        "the Office of Studies and Planning and Control",
        "ORG",
    )
    text = "He met the Ministry of Defence and Amnesty International (AI) staff."
    spans = [("the Ministry of Defence", "ORG"), ("Amnesty International", "ORG")]
    assert len(_mended("en", text, spans)) == 2


def test_a_trade_name_cut_at_its_preposition_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the same Under Armour hoodie": the tagger reads "Armour" a person."""
    ents = _parsed(nlp, "In the photo he was wearing the same Under Armour hoodie as before.")
    assert ("Under Armour", "ORG") in ents and not [e for e in ents if e[1] == "PERSON"]
    ents = _parsed(nlp, "The minister met Daniel De Niro in Rome.")
    assert not [e for e in ents if e[1] == "ORG"]


def test_a_name_headed_by_a_square_or_street_noun_is_a_place() -> None:
    text = "Miles marcharon de la Plaza del Congreso a la Avenida del Ejército."
    spans = [("Plaza del Congreso", "ORG"), ("Avenida del Ejército", "ORG")]
    assert _mended("es", text, spans) == [
        ("Plaza del Congreso", "LOC"),
        ("Avenida del Ejército", "LOC"),
    ]
    text = "Crowds filled Congress Square and Parliament Street near the Miraflores Palace."
    spans = [("Congress Square", "ORG"), ("Parliament Street", "ORG")]
    spans.append(("the Miraflores Palace", "ORG"))
    assert _mended("en", text, spans) == [
        ("Congress Square", "FAC"),
        ("Parliament Street", "FAC"),
        ("the Miraflores Palace", "FAC"),
    ]


def test_a_spanish_surname_that_is_a_street_noun_stays_a_person() -> None:
    text = "Lo dijo Palacio. Lo dijo Alfredo Palacio."
    spans = [("Palacio", "PER"), ("Alfredo Palacio", "PER")]
    assert _mended("es", text, spans) == [("Palacio", "PER"), ("Alfredo Palacio", "PER")]


def test_a_spanish_name_is_headed_by_its_first_word() -> None:
    text = "Un juez de la Corte Suprema le impuso prisión."
    assert _mended("es", text, [("Corte Suprema", "LOC")]) == [("Corte Suprema", "ORG")]


def test_a_body_cut_at_its_preposition_is_joined_when_its_acronym_spells_it() -> None:
    text = "Es líder de la Unión Patriótica de Cuba (UNPACU) desde 2011."
    spans = [("Unión Patriótica", "LOC"), ("Cuba", "LOC")]
    assert _mended("es", text, spans) == [("Unión Patriótica de Cuba", "ORG")]
    text = "Viajó a la Unión Patriótica de Cuba para verlo."  # no acronym: left as tagged
    assert _mended("es", text, spans) == [("Unión Patriótica", "LOC"), ("Cuba", "LOC")]


def test_a_portfolio_of_an_office_is_no_body() -> None:
    text = "He was his Minister of the Interior and of Justice until 2014."
    assert _mended("en", text, [("Justice", "ORG")]) == []
    text = "He was Minister of Interior and Justice."
    assert _mended("en", text, [("Justice", "ORG")]) == []
    text = "Pidió el juicio que corresponde a un exjefe de Estado, no un proceso ordinario."
    assert _mended("es", text, [("Estado", "LOC")]) == []
    text = "El secretario de Estado Antony Blinken llegó a Caracas."
    spans = [("Estado Antony Blinken", "LOC"), ("Caracas", "LOC")]
    assert _mended("es", text, spans) == [("Antony Blinken", "PER"), ("Caracas", "LOC")]
    # a body's own name keeps its words: "the Ministry of Justice", "Consejo de Estado"
    text = "The Ministry of Justice and the Consejo de Estado spoke."
    spans = [("Ministry of Justice", "ORG"), ("Consejo de Estado", "ORG")]
    assert _mended("en", text, spans) == spans


def test_a_spanish_town_cut_at_its_preposition_is_one_place() -> None:
    text = "Aterrizó en la base de Torrejón de Ardoz, cerca de Madrid."
    spans = [("Torrejón", "LOC"), ("Ardoz", "LOC"), ("Madrid", "LOC")]
    assert _mended("es", text, spans) == [("Torrejón de Ardoz", "LOC"), ("Madrid", "LOC")]
    # a country or a capital after "de" is where the place is, not its name
    text = "Llegó a Trinidad de Bolivia y a Chacao de Caracas."
    spans = [("Trinidad", "LOC"), ("Bolivia", "LOC"), ("Chacao", "LOC"), ("Caracas", "LOC")]
    assert _mended("es", text, spans) == spans


def test_a_lone_facility_noun_takes_the_untagged_name_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from chronicler.annotate.entities import mend_entities

    doc = nlp("He met his supporters at the Hotel President, near the square.")
    doc.ents = [doc.char_span(doc.text.index("Hotel"), doc.text.index(" President"), "ORG")]
    assert [(e.text, e.label_) for e in mend_entities(doc).ents] == [("Hotel President", "FAC")]


def test_one_person_of_a_kind_is_no_body() -> None:
    text = "Maduro freed oil executives and a former Marine. The Marines refused."
    spans = [("Marine", "ORG"), ("Marines", "ORG")]
    assert _mended("en", text, spans) == [("Marines", "ORG")]


def test_an_honorific_opening_a_persons_span_is_no_part_of_the_name() -> None:
    """ "Daw Aung San Suu Kyi" and "Aung San Suu Kyi" one name; "Don" cut in Spanish only."""
    text = "Daw Khin Mar Aye spoke. Khin Mar Aye left. Don Lemon asked."
    spans = [("Daw Khin Mar Aye", "PERSON"), ("Khin Mar Aye", "PERSON"), ("Don Lemon", "PERSON")]
    assert _mended("en", text, spans) == [
        ("Khin Mar Aye", "PERSON"),
        ("Khin Mar Aye", "PERSON"),
        ("Don Lemon", "PERSON"),
    ]
    text = "Doña Rosa Pérez y Don Luis Gómez llegaron."
    spans = [("Doña Rosa Pérez", "PER"), ("Don Luis Gómez", "PER")]
    assert _mended("es", text, spans) == [("Rosa Pérez", "PER"), ("Luis Gómez", "PER")]


def test_the_burmese_u_is_cut_only_as_a_capital_alone() -> None:
    """ "U Tin Oo" and "Tin Oo" one name, as "Daw" is cut; "U.S." stays."""
    text = "U Tin Oo spoke. Tin Oo left. U.S. Grant wrote."
    spans = [("U Tin Oo", "PERSON"), ("Tin Oo", "PERSON"), ("U.S. Grant", "PERSON")]
    assert _mended("en", text, spans) == [
        ("Tin Oo", "PERSON"),
        ("Tin Oo", "PERSON"),
        ("U.S. Grant", "PERSON"),
    ]


def test_a_name_split_at_its_hyphen_is_whole_when_written_joined() -> None:
    """ "OVD-Info" tagged "OVD": the whole name; a spaced dash parts two things."""
    text = "Police detained 100 people, Memo-Watch said. Moscow - Reuters reported it."
    spans = [("Memo", "ORG"), ("Moscow", "GPE"), ("Reuters", "ORG")]
    assert _mended("en", text, spans) == [
        ("Memo-Watch", "ORG"),
        ("Moscow", "GPE"),
        ("Reuters", "ORG"),
    ]


def test_an_office_word_before_a_bodys_general_is_the_bodys() -> None:
    """ "Attorney" + "General’s Office": one body; a person's "General" is a rank."""
    text = "They marched to the Attorney General’s Office. Inspector General Ana Ruiz spoke."
    spans = [("General’s Office", "ORG"), ("General Ana Ruiz", "PERSON")]
    found = _mended("en", text, spans)
    assert found[0] == ("Attorney General’s Office", "ORG"), found
    assert "Inspector" not in found[1][0], found
    text = "La Fiscalía General de la República abrió una causa."
    found = _mended("es", text, [("General de la República", "ORG")])
    assert found == [("Fiscalía General de la República", "ORG")], found


def test_a_name_after_a_lower_case_street_noun_is_the_streets(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "la avenida Gobierno Revolucionario": the avenue, not the government; English only
    when the name closes there ("the highway Congress approved": Congress acts)."""
    found = _parsed(nlp_es, "Marcharon por la avenida Gobierno Revolucionario hasta el centro.")
    assert ("Gobierno Revolucionario", "LOC") in found, found
    found = _parsed(nlp_es, "Se reunieron en la plaza Congreso al mediodía.")
    assert ("Congreso", "LOC") in found, found
    assert _parsed(nlp, "The highway Congress approved was never built.") == [("Congress", "ORG")]


def test_an_untagged_acronym_joined_by_a_hyphen_is_a_body(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "según la ONG OVD-Info": one token the Spanish tagger leaves out, an organisation."""
    found = _parsed(nlp_es, "La policía arrestó a 50 manifestantes, según la ONG OVD-Info.")
    assert ("OVD-Info", "ORG") in found, found
