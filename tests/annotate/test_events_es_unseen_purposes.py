"""A noun the unseen-word fallback cannot type, told an act held for a protest or a demand, is
a protest (events_es_unseen_purposes), on sentences written for these tests with the noun left
out of the vocabulary as the leave-lemma-out bench does."""

from __future__ import annotations

import pytest

from chronicler.annotate.events_es_select import select_triggers
from chronicler.annotate.events_es_unseen import UNSEEN_MARK, load_settings
from chronicler.annotate.events_es_unseen_purposes import protest_purpose
from chronicler.annotate.events_es_vocab import load_vocab_es

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def _token(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lower_ == text)


def _purpose(doc, word: str) -> bool:  # type: ignore[no-untyped-def]
    settings = load_settings()
    return protest_purpose(
        _token(doc, word), settings.held_protest_purpose_verbs, settings.held_protest_purpose_nouns
    )


@pytest.mark.parametrize(
    "text",
    [
        "Los taxistas que promovieron el paro para exigir la rebaja del pasaje siguen firmes.",
        "Los maestros realizaron un paro para protestar contra la reforma educativa.",
        "Los camioneros iniciaron un paro en protesta por el alza de los combustibles.",
    ],
)
def test_a_held_act_for_a_protest_or_demand_is_a_protest(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    vocab = load_vocab_es().without_trigger("paro")
    doc = nlp_es(text)
    assert _purpose(doc, "paro"), text
    rule = select_triggers(doc, vocab)[_token(doc, "paro").i][0]
    assert rule.id.endswith(UNSEEN_MARK) and rule.type == "PROTEST" and rule.mode == "demo", text


def test_a_participle_holding_the_act_carries_its_purpose(nlp_es) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_es("El paro general, convocado para protestar por los apagones, terminó el viernes.")
    assert _purpose(doc, "paro")


@pytest.mark.parametrize(
    "text",
    [
        # held, but for no protest
        "Los gremios convocaron un paro para negociar con el gobierno.",
        # a protest purpose, but nothing tells the noun an act held
        "Los vecinos comentaron el paro en la plaza.",
    ],
)
def test_no_protest_without_a_held_act_and_a_protest_purpose(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    vocab = load_vocab_es().without_trigger("paro")
    doc = nlp_es(text)
    matched = select_triggers(doc, vocab)
    found = matched.get(_token(doc, "paro").i)
    assert found is None or found[0].type != "PROTEST", text


def _reduced_events(nlp_es, monkeypatch, text: str):  # type: ignore[no-untyped-def]
    """The events of `text` with "paro" left out, every module reading the reduced vocabulary
    as the leave-lemma-out bench does."""
    import sys

    from event_helpers import es_events

    reduced = load_vocab_es().without_trigger("paro")
    for name, module in list(sys.modules.items()):
        if name.startswith("chronicler.annotate") and (
            getattr(module, "load_vocab_es", None) is load_vocab_es
        ):
            monkeypatch.setattr(module, "load_vocab_es", lambda: reduced)
    return es_events(nlp_es, text)


@pytest.mark.parametrize(
    "text",
    [
        "Los sindicatos convocaron a un paro productivo, que respaldó la patronal, para "
        "protestar contra las leyes del Gobierno.",
        # the parser hangs the relative clause on the date right after the noun
        "Los sindicatos convocaron a un paro productivo el jueves, que respaldó la patronal, "
        "para protestar contra las leyes del Gobierno.",
    ],
)
def test_a_relative_clause_on_the_held_act_carries_its_purpose(
    nlp_es, monkeypatch, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert _purpose(nlp_es(text), "paro"), text
    main = next(e for e in _reduced_events(nlp_es, monkeypatch, text) if e.main)
    assert (main.type, main.trigger) == ("PROTEST", "paro"), text


def test_a_date_with_a_relative_clause_of_no_protest_carries_none(nlp_es) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_es("Los sindicatos convocaron a un paro el jueves, que fue un día de calor.")
    assert not _purpose(doc, "paro")


@pytest.mark.parametrize(
    "text",
    [
        "El paro general, convocado para protestar contra el Gobierno, culminó tras la "
        "demostración de respaldo masivo del pueblo, declaró el portavoz.",
        "El paro nacional de los camioneros, convocado para exigir aumentos salariales, terminó "
        "el martes tras el apoyo de los sindicatos.",
    ],
)
def test_a_held_protest_that_is_its_clauses_subject_leads(nlp_es, monkeypatch, text: str) -> None:  # type: ignore[no-untyped-def]
    """Held to protest, two pieces of evidence: the noun may lead as a listed word would,
    though it is the subject of "culminó", no verb that holds acts."""
    main = next(e for e in _reduced_events(nlp_es, monkeypatch, text) if e.main)
    assert (main.type, main.trigger) == ("PROTEST", "paro"), text
