"""A given name and surname the English tagger left untagged, whose surname the article tags
alone as a person, are that person's full name. Sentences written here; the tagger's spans
are set by hand, as the small model tags these names unsteadily."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from chronicler.annotate.entities import mend_entities


def _mended(nlp, text: str, tagged: list[tuple[str, int, str]]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """`text` parsed, its entities only the (word, occurrence, label) given, then mended."""
    doc: Doc = nlp(text)
    spans = []
    for word, nth, label in tagged:
        hits = [t.i for t in doc if t.text == word]
        spans.append(Span(doc, hits[nth], hits[nth] + 1, label=label))
    doc.ents = spans
    return [(e.text, e.label_) for e in mend_entities(doc).ents]


TEXT = (
    "MOSCOW (AP) — Alexei Navalny, the campaigner who became the Kremlin's most persistent "
    "opponent, died Friday. The prison service said Navalny felt unwell after a walk."
)


def test_an_untagged_full_name_before_its_tagged_surname_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _mended(nlp, TEXT, [("Navalny", 1, "PERSON")])
    assert ("Alexei Navalny", "PERSON") in ents


def test_no_full_name_when_the_surname_is_tagged_alone_as_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _mended(nlp, TEXT, [("Navalny", 1, "ORG")])
    assert ("Alexei Navalny", "PERSON") not in ents


def test_a_longer_capitalised_run_is_not_cut_into_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials at Sheremetyevo International Airport said. Airport staff were questioned."
    ents = _mended(nlp, text, [("Airport", 1, "PERSON")])
    assert ("International Airport", "PERSON") not in ents
