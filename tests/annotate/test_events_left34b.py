"""Leftovers of round 34 (left34b; vocabulary 1.296.0, Spanish vocabulary 1.145.0): a death
in custody with no cause told is a custody-death with no CAMEO code in both languages, one
from a told illness none; an act an anniversary marks is dated from its ordinal or not kept.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, events

from chronicler.annotate.events_es import extract_events_es
from chronicler.annotate.timex import find_time_expressions

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _deaths(evs):  # type: ignore[no-untyped-def]
    return [(e.type, e.mode, e.cameo) for e in evs if e.mode == "custody-death"]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader died in prison on Tuesday.",
        "The blogger died in police custody last month, his lawyer said.",
        "The reporter was found dead in his cell on Monday.",
        "The former governor died in jail aged 81.",
    ],
)
def test_death_in_custody_no_cause_no_cameo(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _deaths(events(nlp, text)) == [("ASSAULT", "custody-death", None)]


@pytest.mark.parametrize(
    "text",
    [
        "El dirigente opositor murió en la cárcel el martes.",
        "El sindicalista falleció bajo custodia policial, según su familia.",
        "El periodista fue hallado muerto en su celda el lunes.",
    ],
)
def test_death_in_custody_no_cause_no_cameo_es(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _deaths(es_events(nlp_es, text)) == [("ASSAULT", "custody-death", None)]


@pytest.mark.parametrize(
    "text",
    [
        "El exgobernador murió en la cárcel de cáncer.",
        "El recluso falleció en prisión tras una larga enfermedad.",
        "La exministra murió en prisión por causas naturales.",
    ],
)
def test_death_in_custody_from_illness_none_es(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _deaths(es_events(nlp_es, text))


def test_killing_in_custody_keeps_its_code(nlp) -> None:  # type: ignore[no-untyped-def]
    (ev,) = [e for e in events(nlp, "The dissident was killed in prison in 2019.") if e.main]
    assert (ev.type, ev.cameo) == ("ASSAULT", "190")


@pytest.mark.parametrize(
    ("text", "trigger", "year"),
    [
        ("Hundreds gathered to mark the tenth anniversary of the embassy bombing.", "bombing",
         "2014"),
        ("The town marked the 25th anniversary of the massacre on Sunday.", "massacre", "1999"),
        ("Veterans marched on the twenty-fifth anniversary of the coup.", "coup", "1999"),
        ("On the 10-year anniversary of the attack, families gathered.", "attack", "2014"),
        ("The centenary of the massacre was marked with a silence.", "massacre", "1924"),
    ],
)  # fmt: skip
def test_act_an_anniversary_marks_dated_from_its_count(nlp, text, trigger, year) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.date.value, ev.date.granularity, ev.date.certainty) == (
        year,
        "year",
        "approximate",
    )


@pytest.mark.parametrize(
    ("text", "trigger", "year"),
    [
        ("Miles recordaron el décimo aniversario del atentado contra la embajada.", "atentado",
         "2014"),
        ("El gobierno celebró el 50 aniversario de la masacre.", "masacre", "1974"),
        ("Cientos marcharon en el vigésimo quinto aniversario del golpe de Estado.", "golpe",
         "1999"),
        ("El pueblo conmemoró el centenario de la masacre.", "masacre", "1924"),
    ],
)  # fmt: skip
def test_act_an_anniversary_marks_dated_from_its_count_es(nlp_es, text, trigger, year) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(es_events(nlp_es, text), trigger)
    assert (ev.date.value, ev.date.granularity, ev.date.certainty) == (
        year,
        "year",
        "approximate",
    )


@pytest.mark.parametrize(
    ("text", "trigger", "value", "granularity"),
    [
        ("Relatives held a vigil to mark the three-month anniversary of the shooting.",
         "shooting", "2024-03", "month"),
        ("Friends marked the one-week anniversary of the killing.", "killing", "2024-06-03",
         "day"),
    ],
)  # fmt: skip
def test_act_an_anniversary_marks_in_months_or_weeks(
    nlp, text, trigger, value, granularity
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.date.value, ev.date.granularity) == (value, granularity)


@pytest.mark.parametrize(
    "text",
    [
        "Survivors marked the anniversary of the embassy bombing.",
        "The bombing anniversary passed quietly in the capital.",
    ],
)
def test_act_an_anniversary_marks_with_no_count_not_kept(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_march_on_an_anniversary_stays_of_the_day(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "Protesters marched on the first anniversary of the coup."), "marched"
    )
    assert ev.type == "PROTEST" and ev.date.value == "2024-06-10"


@pytest.mark.parametrize(
    ("text", "trigger", "future", "hypothetical"),
    [
        # "would" in speech reported in the past: the future of then (modality 1.105.0)
        ("The dockers' union said its members would strike.", "strike", True, False),
        ("The ministry announced that troops would withdraw from the town.", "withdraw", True,
         False),
        # ... unless a condition is told, or a perfect makes it counterfactual
        ("The dockers' union said its members would strike if the talks failed.", "strike",
         False, True),
        ("The rebels said they would have freed the hostages.", "freed", False, True),
        # a hope stays hypothetical
        ("She hoped the rebels would release the hostages.", "release", False, True),
    ],
)  # fmt: skip
def test_would_reported_in_the_past_is_ahead(nlp, text, trigger, future, hypothetical) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.future, ev.hypothetical) == (future, hypothetical)


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # a state in the present takes no frame carried from the sentence before
        ("The blogger was detained in 2016. He is serving a ten-year sentence.", "serving", None),
        ("The blogger was detained in 2016. He remains in jail in the capital.", "remains", None),
        ("The blogger was detained in 2016. He is held in a military prison.", "held", None),
        # ... but its own time words date it, and a past act still takes the frame
        ("The blogger was detained in 2016. Since May he is serving a ten-year sentence.",
         "serving", "2024-05"),
        ("The blogger was detained in 2016. He was sentenced to ten years.", "sentenced", "2016"),
    ],
)  # fmt: skip
def test_present_state_not_dated_across_sentences(nlp, text, trigger, value) -> None:  # type: ignore[no-untyped-def]
    times = tuple(find_time_expressions(text, "2024-06-10"))
    ev = by_trigger(events(nlp, text, times=times), trigger)
    if value is None:
        assert ev.date.basis == "article"
    else:
        assert ev.date.value == value


def test_present_state_not_dated_across_sentences_es(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El bloguero fue detenido en 2016. Está cumpliendo una condena de diez años."
    times = tuple(find_time_expressions(text, "2024-06-10", "es"))
    evs = events(nlp_es, text, extract=extract_events_es, times=times)
    assert by_trigger(evs, "detenido").date.value == "2016"
    assert by_trigger(evs, "cumpliendo").date.basis == "article"


@pytest.mark.parametrize(
    "text",
    [
        # what a norm bans, orders or allows is its content, no act (vocabulary 1.296.0)
        "The new security law bans rallies outside the parliament building.",
        "The decree orders the arrest of anyone who insults the king.",
        "The statute allows the police to detain suspects for 30 days.",
        "Lawmakers approved a bill that prohibits strikes in the oil sector.",
        "The ordinance provides for the expulsion of foreigners who join protests.",
        # training received is no aid given
        "The firefighters received first aid training from the Red Cross.",
        # a business battle is no assault
        "The carmaker is locked in a battle with its former partner.",
    ],
)
def test_non_events_left34b(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    assert not [e for e in evs if e.type in ("PROTEST", "COERCE", "THREATEN", "AID", "ASSAULT")]


@pytest.mark.parametrize(
    ("text", "trigger", "coding"),
    [
        ("The junta ordered the arrest of the opposition leader.", "arrest", "THREATEN"),
        ("The new law sparked protests across the country.", "protests", "PROTEST"),
        ("Government troops are locked in a battle with the rebels.", "battle", "ASSAULT"),
        ("The rebels received weapons from abroad.", "received", "AID"),
    ],
)
def test_acts_beside_the_non_events_stay(nlp, text: str, trigger: str, coding: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).type == coding


@pytest.mark.parametrize(
    "text",
    [
        "La nueva ley prohíbe las manifestaciones frente al Congreso.",
        "El decreto ordena la detención de quienes insulten al rey.",
        "La ley permite a la policía detener a sospechosos durante 30 días.",
    ],
)
def test_what_a_norm_says_is_no_event_es(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in es_events(nlp_es, text) if e.type in ("PROTEST", "COERCE", "THREATEN")]


def test_an_order_of_a_government_stays_es(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "La junta ordenó la detención del dirigente opositor.")
    assert by_trigger(evs, "detención").mode == "arrest"


def test_team_marching_outside_sports_news_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    # (dropped only where the article reads as sports news: events_commerce.leisure_news)
    text = "The workers marched to the town hall to protest the closure of the plant."
    assert by_trigger(events(nlp, text), "marched").type == "PROTEST"
