"""A sentencing told twice with its verb said once: the elided conjunct is a sentencing of its
own, with its own term and date. Sentences written here."""

from __future__ import annotations

from chronicler.annotate.nlp import annotate_doc
from chronicler.model import Article, EventMention, PublicationDate

PUBLISHED = PublicationDate("2024-02-16", "metadata", 0.9)


def _events(nlp, text: str, lang: str) -> list[EventMention]:  # type: ignore[no-untyped-def]
    article = Article("t", "test", text, None, None, None, PUBLISHED, lang)
    return [e for e in annotate_doc(article, nlp(text)).events if e.mode == "convict"]


def _term(ev: EventMention) -> str | None:
    return dict(ev.attributes).get("term")


def test_an_elided_sentencing_is_a_second_sentencing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The court sentenced the activist to five years in 2019 and to two more years in 2021."
    first, second = _events(nlp, text, "en")
    assert (first.date.value, second.date.value) == ("2019", "2021")
    assert _term(second) == "two more years"
    assert [a.text for a in second.actors] == ["court"]
    assert [t.text for t in second.targets] == ["activist"]


def test_a_passive_elided_sentencing_keeps_its_own_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "He was sentenced to six years for bribery in May 2020 and to 11 years on treason "
        "charges in June 2022."
    )
    first, second = _events(nlp, text, "en")
    assert first.date.value == "2020-05"
    assert second.date.value == "2022-06" and _term(second) == "11 years"


def test_no_second_sentencing_without_a_coordinated_term(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She was sentenced to three years in prison in 2018 and fined heavily."
    assert len([e for e in _events(nlp, text, "en") if e.trigger.startswith("to ")]) == 0


def test_an_elided_sentencing_in_spanish(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El tribunal condenó al periodista a seis años de prisión en 2021 y a otros tres años "
        "en mayo de 2023."
    )
    first, second = _events(nlp_es, text, "es")
    assert (first.date.value, second.date.value) == ("2021", "2023-05")
    assert _term(second) == "otros tres años"


def test_a_term_ordered_served_is_a_sentencing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In March 2021, a judge ordered the blogger to serve three years in prison."
    (ev,) = _events(nlp, text, "en")
    assert ev.type == "SANCTION" and not ev.hypothetical
    assert _term(ev) == "three years" and ev.date.value == "2021-03"
    assert [a.text for a in ev.actors] == ["judge"]


def test_serving_a_term_unordered_is_no_sentencing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _events(nlp, "He is serving two years in a penal colony.", "en")


def test_an_attributive_year_of_another_trigger_does_not_date_the_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The court ordered the activist to serve three years of a 2014 suspended sentence."
    served = [e for e in _events(nlp, text, "en") if e.trigger.startswith("serve")]
    assert served and served[0].date.value != "2014"


def test_a_ruling_does_not_negate_what_it_orders(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A court ruled that the blogger had broken the terms of his parole and ordered him "
        "to serve three years in prison."
    )
    served = [e for e in _events(nlp, text, "en") if e.trigger.startswith("serve")]
    assert served and not served[0].negated


def test_a_term_ordered_remaining_in_jail_is_no_sentencing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _events(nlp, "A judge ordered the blogger to remain in jail for 18 months.", "en")


def test_an_elided_sentencing_opened_by_its_time(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    # the time phrase comes before the term: "and in 2020 to eight years"
    text = "The former minister was sentenced to six years in 2017, and in 2020 to eight years."
    first, second = _events(nlp, text, "en")
    assert (first.date.value, second.date.value) == ("2017", "2020")
    assert _term(second) == "eight years"
    text = "El exministro fue condenado a 13 años en 2018, y en 2020 a ocho años."
    first, second = _events(nlp_es, text, "es")
    assert (first.date.value, second.date.value) == ("2018", "2020")
    assert _term(second) == "ocho años"
