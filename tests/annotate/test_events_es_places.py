"""Spanish places: where an act happened and where its subject is held (events_es_places), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import es_events as events
from event_helpers import has, one

from chronicler.annotate.events_es_context import make_context
from chronicler.annotate.events_es_places import place_word
from chronicler.annotate.events_es_vocab import load_vocab_es
from chronicler.model import EventMention

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def attr(event: EventMention, name: str) -> list[str]:
    return [v for k, v in event.attributes if k == name]


def test_held_at(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El activista permanece preso en la sede del Sebin."), "imprison")
    assert ev.trigger == "permanece preso" and has(ev.targets, "activista")
    assert attr(ev, "held_at") == ["sede del Sebin"]
    ev = one(events(nlp_es, "El exalcalde está recluido en la cárcel de Ramo Verde."), "imprison")
    assert attr(ev, "held_at") == ["cárcel de Ramo Verde"] and has(ev.targets, "exalcalde")


def test_held_first_in_one_place_and_then_in_another(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "recluido primero en X ... y después en Y": the parser hangs the second place on the
    adverb of a verbless conjunct; both are where he was held."""
    text = (
        "Desde entonces el exministro Soto permaneció recluido primero en la cárcel de San "
        "Pedro, en La Paz, y después en el Centro Penitenciario de Chonchocoro, en la misma "
        "ciudad."
    )
    ev = one(events(nlp_es, text), "imprison")
    assert attr(ev, "held_at") == ["cárcel de San Pedro", "Centro Penitenciario de Chonchocoro"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Lo trasladaron a la cárcel de Tocorón.", "cárcel", True),
        ("Lo trasladaron a la colonia penal de Tocorón.", "colonia", True),  # by its adjective
        ("Lo trasladaron a la colonia alemana.", "colonia", False),
        ("Lo llevaron a la plaza de su pueblo.", "plaza", False),
    ],
)
def test_place_of_custody_by_its_noun_or_its_adjective(nlp_es, text, word, expected) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_es(text)
    ctx = make_context([], load_vocab_es(), {})
    token = next(t for t in doc if t.text == word)
    assert place_word(token, ctx) is expected
