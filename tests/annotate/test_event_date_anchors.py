"""An act told relative to another the text dates takes the anchor's date plus the offset, or
on or after it with none; a state "since" a dated happening began then. Sentences written
here; the article is of Friday 16 February 2024."""

from __future__ import annotations

from chronicler.annotate.nlp import annotate_doc
from chronicler.model import Article, EventMention, PublicationDate

PUBLISHED = PublicationDate("2024-02-16", "metadata", 0.9)


def _events(nlp, text: str, lang: str = "en") -> tuple[EventMention, ...]:  # type: ignore[no-untyped-def]
    article = Article("t", "test", text, None, None, None, PUBLISHED, lang)
    return annotate_doc(article, nlp(text)).events


def _mode(evs: tuple[EventMention, ...], mode: str) -> EventMention:
    (ev,) = [e for e in evs if e.mode == mode]
    return ev


def test_a_day_after_an_arrest_on_tuesday_is_wednesday(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = _events(nlp, "A day after officers arrested the editor on Tuesday, he was released.")
    assert _mode(evs, "arrest").date.value == "2024-02-13"
    assert _mode(evs, "release").date.value == "2024-02-14"


def test_the_offset_clause_after_the_main_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The lawyer was released two days after agents detained her on Monday."
    assert _mode(_events(nlp, text), "release").date.value == "2024-02-14"


def test_un_dia_despues_de_que(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Un día después de que los agentes arrestaran al abogado el lunes, el juez lo liberó."
    assert _mode(_events(nlp_es, text, "es"), "release").date.value == "2024-02-13"


def test_after_a_dated_noun_is_on_or_after_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "After Tuesday's negotiations, the rebels freed three hostages."
    date = _mode(_events(nlp, text), "release").date
    assert (date.value, date.certainty) == ("2024-02-13", "approximate")


def test_tras_un_sustantivo_fechado(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Tras las negociaciones del martes, los rebeldes liberaron a tres rehenes."
    date = _mode(_events(nlp_es, text, "es"), "release").date
    assert (date.value, date.certainty) == ("2024-02-13", "approximate")


def test_days_after_a_vote_dated_in_an_earlier_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The referendum was held on Saturday, February 3. "
        "Three days after the referendum, soldiers arrested the union leader."
    )
    assert _mode(_events(nlp, text), "arrest").date.value == "2024-02-06"


def test_dias_despues_de_una_votacion_fechada_antes(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El referéndum se celebró el sábado 3 de febrero. "
        "Tres días después del referéndum, los soldados detuvieron al líder sindical."
    )
    assert _mode(_events(nlp_es, text, "es"), "arrest").date.value == "2024-02-06"


def test_an_undated_anchor_gives_no_day_counted_back_from_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Three days after the referendum, soldiers arrested the union leader."
    assert _mode(_events(nlp, text), "arrest").date.value != "2024-02-13"


def test_a_clause_dated_on_its_own_keeps_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The referendum was held on Saturday, February 3. "
        "After the referendum, soldiers arrested the union leader on Thursday."
    )
    assert _mode(_events(nlp, text), "arrest").date.value == "2024-02-15"


def test_held_since_a_dated_vote_began_then(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The referendum took place on February 3. Police searched his office on Tuesday. "
        "The union leader has been detained since the referendum."
    )
    (held,) = [e for e in _events(nlp, text) if e.trigger.endswith("detained")]
    assert held.date.value == "2024-02-03"


def test_detenido_desde_una_votacion_fechada(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El plebiscito se realizó el 3 de febrero. La policía registró su oficina el martes. "
        "El dirigente sindical permanece detenido desde el plebiscito."
    )
    (held,) = [e for e in _events(nlp_es, text, "es") if e.trigger.endswith("detenido")]
    assert held.date.value == "2024-02-03"


def test_acts_since_a_dated_vote_are_not_at_its_start(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The referendum took place on February 3. "
        "Since the referendum, soldiers have arrested dozens of union members."
    )
    (arrest,) = [e for e in _events(nlp, text) if e.mode == "arrest"]
    assert arrest.date.value != "2024-02-03"


def test_a_day_after_the_arrest_told_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Guards detained the poet on Saturday. Two days after the detention, a court freed her."
    assert _mode(_events(nlp, text), "release").date.value == "2024-02-12"


def test_un_dia_despues_de_su_detencion(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los guardias detuvieron a la poeta el sábado. "
        "Dos días después de su detención, un tribunal la liberó."
    )
    evs = _events(nlp_es, text, "es")
    assert _mode(evs, "release").date.value == "2024-02-12"
    assert {e.date.value for e in evs if e.mode == "arrest"} == {"2024-02-10"}


def test_hours_after_a_dated_clause_is_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers seized the mayor hours after he returned from exile on Wednesday."
    (ev,) = [e for e in _events(nlp, text) if e.trigger == "seized"]
    assert (ev.date.value, ev.date.certainty) == ("2024-02-14", "approximate")


def test_luego_de_una_votacion_fechada(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Luego del plebiscito del 3 de febrero, el ejército arrestó al dirigente sindical."
    date = _mode(_events(nlp_es, text, "es"), "arrest").date
    assert (date.value, date.certainty) == ("2024-02-03", "approximate")


def test_under_house_arrest_since_a_dated_coup(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Since the putsch of January 9, the deposed premier has been under house arrest."
    evs = _events(nlp, text)
    (held,) = [e for e in evs if e.trigger == "house arrest"]
    assert held.date.value == "2024-01-09"
    # the anchor keeps its own date, told in its own phrase
    assert all(e.date.basis == "sentence" for e in evs if e.trigger == "putsch")


def test_a_charge_after_a_dated_act_keeps_its_month(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prosecutors charged the driver after he hit a cyclist in the capital on Tuesday."
    (charge,) = [e for e in _events(nlp, text) if e.mode == "charge"]
    assert charge.date.value == "2024-02"


def test_a_date_right_after_the_anchor_noun_is_the_noun_s(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse hangs "on February 4" on the verb; the nearer reading dates the referendum
    for text in (
        "Two days after the vote on February 5, troops detained the union leader.",
        "Troops detained the union leader two days after the vote on February 5.",
    ):
        assert _mode(_events(nlp, text), "arrest").date.value == "2024-02-07"


def test_before_a_dated_happening_is_no_day_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Before the ballot on Sunday, soldiers detained three journalists."
    date = _mode(_events(nlp, text), "arrest").date
    assert (date.value, date.basis) == (None, "unknown")


def test_before_a_happening_dated_earlier_drops_its_carried_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ballot took place on February 4. Before the ballot, soldiers detained a reporter."
    assert _mode(_events(nlp, text), "arrest").date.value is None


def test_before_keeps_a_carried_day_that_is_earlier(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ballot took place on February 4. Soldiers detained a reporter on February 1. "
        "Before the ballot, he was held in a barracks."
    )
    assert _mode(_events(nlp, text), "imprison").date.value == "2024-02-01"


def test_antes_de_unas_elecciones_fechadas(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Antes de la votación del 4 de febrero, los militares detuvieron a tres periodistas."
    assert _mode(_events(nlp_es, text, "es"), "arrest").date.value is None
