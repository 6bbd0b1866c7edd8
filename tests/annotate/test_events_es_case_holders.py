"""Whom a Spanish case word holds or names (the one accused, charged, held or tried), as the
case doers (events_es_case_doers.case_doers: the doer of the crime the case is for) and the
alleged pass (events_es_alleged: which of an act's actors the text only alleges did it) read
it. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

from chronicler.annotate.events_es_case_doers import held_in_case

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "crime", "doers"),
    [
        # the subject of a participle or an adjective after "estar"
        ("Tres soldados están detenidos por el secuestro de un comerciante.", "secuestro",
         ("soldados",)),
        # the name or the noun a participle is on, set off by commas or not
        ("Juan Pérez, detenido por el asesinato de un taxista, se fugó de la cárcel.",
         "asesinato", ("juan pérez",)),
        ("Los militares acusados de la masacre de veinte campesinos fueron liberados.",
         "masacre", ("militares",)),
        ("El exalcalde, un hombre acusado del asesinato de dos concejales, huyó.", "asesinato",
         ("hombre",)),
        # the object of an impersonal "se", and one after the crime's phrase
        ("Se acusó a dos policías del asesinato de un estudiante.", "asesinato", ("policías",)),
        ("El tribunal procesó por el secuestro de tres turistas a dos exguerrilleros.",
         "secuestro", ("exguerrilleros",)),
        ("Fueron detenidos por el asesinato del alcalde dos policías.", "asesinato",
         ("policías",)),
        # coordinated subjects, each held
        ("Dos hombres y una mujer fueron detenidos por el asesinato de un periodista.",
         "asesinato", ("hombres", "mujer")),
        # a perfect's object, not its subject
        ("La policía ha detenido a dos hombres por el asesinato de un periodista.", "asesinato",
         ("hombres",)),
    ],
)  # fmt: skip
def test_the_one_held_is_the_crimes_alleged_doer_in_both_readings(
    nlp_es, text: str, crime: str, doers: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), crime)
    assert all(has(ev.actors, d) for d in doers), text
    assert all(any(d in p.text.lower() for d in doers) for p in ev.actors), text
    assert all(p.alleged for p in ev.actors), text
    assert ev.hypothetical, text


@pytest.mark.parametrize(
    ("text", "word", "held"),
    [
        # an active verb's object
        ("La policía detuvo a dos hombres por el secuestro de un empresario.", "detuvo",
         ["hombres"]),
        # a passive participle's subject
        ("Los guardias fueron acusados de golpear a los reclusos.", "acusados", ["guardias"]),
        # the noun a participle or an adjective of the case is on
        ("Un hombre detenido por el asesinato de una mujer confesó el crimen.", "detenido",
         ["hombre"]),
        ("Un soldado sospechoso del asesinato de un campesino fue detenido.", "sospechoso",
         ["soldado"]),
        # a noun that is itself the one accused
        ("El sospechoso del asesinato de la periodista fue detenido ayer.", "sospechoso",
         ["sospechoso"]),
    ],
)  # fmt: skip
def test_whom_a_case_word_holds(nlp_es, text: str, word: str, held: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_es(text)
    case_word = next(t for t in doc if t.lower_ == word)
    assert [t.text for t in held_in_case(case_word)] == held, text


def test_one_reading_where_the_two_differed(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # an adjective of suspicion on its noun: the case doers wanted a participle and gave no
    # doer, the alleged pass held the soldier; now the soldier is the alleged doer
    ev = by_trigger(
        events(nlp_es, "Un soldado sospechoso del asesinato de un campesino fue detenido."),
        "asesinato",
    )
    assert has(ev.actors, "soldado") and all(p.alleged for p in ev.actors)
    # an active verb with no object: the case doers took its subject, the one who
    # investigates or accuses, as the crime's doer; now no one is held
    for text in (
        "La fiscalía investiga por el asesinato de un periodista.",
        "El alcalde acusó del asesinato de dos campesinos.",
    ):
        assert not by_trigger(events(nlp_es, text), "asesinato").actors, text
    # a perfect's participle: the alleged pass held its subject, the judge, too; now only
    # its object is held (the judge stays the beating's actor by the infinitive's reading,
    # not this one's, but is no longer marked alleged)
    ev = by_trigger(
        events(nlp_es, "El juez ha procesado a los guardias por golpear a un preso."), "golpear"
    )
    assert not any(p.alleged for p in ev.actors if "juez" in p.text.lower())
