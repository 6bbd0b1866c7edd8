from __future__ import annotations

from event_helpers import article

from chronicler.annotate.nlp import annotate_doc
from chronicler.model import PublicationDate

TEXT = (
    "Rebels seize the port of Matadi after a night of fighting\n"
    "Soldiers fled the town. Residents said the rebels arrived at dawn.\n"
    "Photo: Reuters\n"
    "The army said it would retake the port."
)
DATELINE = PublicationDate("2024-03-02", "dateline", 0.9)


def test_nlp_lines_are_sentence_boundaries(nlp) -> None:  # type: ignore[no-untyped-def]
    annotation = annotate_doc(article(TEXT, "en", DATELINE), nlp(TEXT))
    texts = [s.text.strip() for s in annotation.sentences]
    assert texts == [
        "Rebels seize the port of Matadi after a night of fighting",
        "Soldiers fled the town.",
        "Residents said the rebels arrived at dawn.",
        "Photo: Reuters",
        "The army said it would retake the port.",
    ]


def test_nlp_offsets_point_into_the_clean_text(nlp) -> None:  # type: ignore[no-untyped-def]
    annotation = annotate_doc(article(TEXT, "en", DATELINE), nlp(TEXT))
    for sentence in annotation.sentences:
        assert TEXT[sentence.start : sentence.end] == sentence.text
    for mention in annotation.mentions:
        assert TEXT[mention.start : mention.end] == mention.text
        assert annotation.sentences[mention.sentence].start <= mention.start
    for time in annotation.times:
        assert TEXT[time.start : time.end] == time.text


def test_nlp_headline_in_capitals_parsed_in_sentence_case(nlp) -> None:  # type: ignore[no-untyped-def]
    """A headline in capitals is parsed in sentence case, the Doc keeping the original text:
    the verb of the headline is found, and every offset points into the original."""
    from chronicler.annotate.nlp import parse_texts

    text = "STRIKERS BLOCK ROADS IN LA PAZ\nSoldiers fled the town."
    doc = next(parse_texts(nlp, [text]))
    assert doc.text == text
    block = next(t for t in doc if t.text == "BLOCK")
    assert block.pos_ == "VERB" and block.lemma_ == "block"
    assert [s.text.strip() for s in doc.sents][1] == "Soldiers fled the town."
    plain = next(parse_texts(nlp, ["Soldiers fled the town."]))
    assert [t.dep_ for t in plain] == [t.dep_ for t in nlp("Soldiers fled the town.")]


def test_nlp_dateline_dash_is_split_off_the_agency(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "(EFE).-" and "BOGOTA.-" close a dateline: left as one token, the parser reads the
    dateline into the sentence; a hyphenated word stays as it was."""
    words = [t.text for t in nlp("LIMA, 3 de marzo (EFE).- El alcalde. BOGOTA.-El (AFP)-The")]
    assert words == [
        "LIMA", ",", "3", "de", "marzo", "(", "EFE", ")", ".-", "El", "alcalde", ".",
        "BOGOTA", ".-", "El", "(", "AFP", ")", "-", "The",
    ]  # fmt: skip
    assert "U.S.-led" in [t.text for t in nlp("a U.S.-led force")]


def test_nlp_tokenizer_version_is_in_the_pipeline_version() -> None:
    from chronicler.annotate.nlp import TOKENIZER_VERSION
    from chronicler.pipeline import pipeline_version
    from chronicler.settings import Settings

    assert f"nlp:{TOKENIZER_VERSION}" in pipeline_version(Settings())


def test_nlp_a_title_written_short_keeps_its_stop(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Capt." and "el cnel." are one token each, and no sentence ends after them."""
    doc = nlp("Capt. Irene Duval and Sgt. Tomas Varga were detained.")
    assert [t.text for t in doc][:2] == ["Capt.", "Irene"]
    assert "Sgt." in [t.text for t in doc] and len(list(doc.sents)) == 1
    doc = nlp_es("El cnel. Irene Duval y el gral. Tomás Varga fueron detenidos.")
    assert {"cnel.", "gral."} <= {t.text for t in doc} and len(list(doc.sents)) == 1
