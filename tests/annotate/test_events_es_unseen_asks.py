"""A demand the unseen-word fallback typed asks for the act it takes (events_es_unseen_asks),
on sentences written for these tests, with the demand's verb left out of the vocabulary as
the leave-lemma-out bench does."""

from __future__ import annotations

import pytest

from chronicler.annotate.events_es_modality import EsFlags
from chronicler.annotate.events_es_select import select_triggers
from chronicler.annotate.events_es_unseen_asks import asked_by_unseen, asks_listed_act
from chronicler.annotate.events_es_vocab import load_vocab_es

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def _token(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lower_ == text)


def test_the_act_a_fallback_demand_asks_is_hypothetical_not_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    vocab = load_vocab_es().without_trigger("exigir")
    doc = nlp_es("Miles de campesinos llegaron a la capital para exigir la renuncia del ministro.")
    matched = select_triggers(doc, vocab)
    demand = _token(doc, "exigir")
    assert matched[demand.i][0].type == "REQUEST" and matched[demand.i][0].fallback
    ahead = EsFlags(future=True, purpose=True)
    flags = asked_by_unseen(_token(doc, "renuncia"), ahead, matched)
    assert flags.hypothetical and not flags.future
    listed = {i: m for i, m in matched.items() if not m[0].fallback}
    assert asks_listed_act(demand, matched, listed)


def test_a_listed_demand_is_left_to_the_vocabulary(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """With "exigir" listed, the modality stage reads it: nothing changes here."""
    doc = nlp_es("Miles de campesinos llegaron a la capital para exigir la renuncia del ministro.")
    matched = select_triggers(doc, load_vocab_es())
    flags = EsFlags(future=True)
    assert asked_by_unseen(_token(doc, "renuncia"), flags, matched) is flags
    assert not asks_listed_act(_token(doc, "exigir"), matched, matched)


def test_an_act_beside_the_demand_is_not_asked(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """Only the demand's object or clause is asked: the march it is the purpose of is done."""
    vocab = load_vocab_es().without_trigger("exigir")
    doc = nlp_es(
        "Los estudiantes marcharon hasta el Congreso para exigir la liberación de los presos."
    )
    matched = select_triggers(doc, vocab)
    flags = EsFlags()
    assert asked_by_unseen(_token(doc, "marcharon"), flags, matched) is flags
