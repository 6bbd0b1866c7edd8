"""Custody a court orders or imposes, who "him"/"lo" is after a name told in a relative
clause, and lists of demands the parser broke. Sentences written here."""

from __future__ import annotations

from event_helpers import article, by_trigger, es_events, events, has, one

from chronicler.annotate.nlp import annotate_articles
from chronicler.model import EventMention, PublicationDate


def _annotated(nlp, text: str, language: str) -> tuple[EventMention, ...]:  # type: ignore[no-untyped-def]
    """The events of `text` as the annotate stage finds them, times and all (a Monday)."""
    published = PublicationDate("2023-03-20", "header", 0.9)
    (annotation,) = annotate_articles([article(text, language, published)], nlp)
    return annotation.events


def test_an_ordered_stay_in_jail_is_custody_dated_by_the_order(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "ordered X to remain in jail for 18 months": held as ordered (no hypothetical), on
    the day of the order; the 18 months run from it, they are no time gone by."""
    text = "A judge on Thursday ordered Juan Pérez to remain in jail for 18 months."
    ev = one(_annotated(nlp, text, "en"), "imprison")
    assert ev.type == "COERCE" and not ev.hypothetical
    assert has(ev.targets, "pérez")
    assert ev.date.value == "2023-03-16"


def test_an_ordered_arrest_stays_a_warrant(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "A judge ordered the arrest of the banker on Monday."), "arrest")
    assert ev.type == "THREATEN"


def test_spanish_pretrial_detention_imposed_by_a_judge(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "le impuso 18 meses de prisión preventiva": the judge holds him, he is held, on the
    day of the ruling (not 18 months back)."""
    text = (
        "Juan Pérez fue detenido el 2 de marzo. "
        "El jueves, un juez le impuso 18 meses de prisión preventiva."
    )
    ev = by_trigger(_annotated(nlp_es, text, "es"), "prisión")
    assert (ev.type, ev.mode) == ("COERCE", "imprison") and not ev.hypothetical
    assert has(ev.targets, "pérez") and has(ev.actors, "juez")
    assert ev.date.value == "2023-03-16"


def test_a_name_in_a_relative_clause_is_no_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the compound where former President Luis Mora is serving a sentence": Mora is
    background; the "him" of the next sentence goes on with the one held."""
    text = (
        "Police arrested Juan Pérez on Wednesday. He is being held at a police base, the same "
        "compound where former President Luis Mora is serving a prison sentence. Prosecutors "
        "are investigating him on charges of rebellion."
    )
    ev = one(events(nlp, text), "investigate")
    assert has(ev.targets, "pérez") and not has(ev.targets, "mora")


def test_spanish_description_subject_keeps_the_topic_past_a_relative_clause(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "El exmandatario está recluido ..., donde también cumple condena X. ... lo investiga":
    the description took up the person named before it, not X."""
    text = (
        "Juan Pérez fue destituido el martes. Ese mismo día fue detenido por la Policía. "
        "El exmandatario está recluido en una base policial, donde también cumple condena el "
        "exgobernante Luis Mora. La Fiscalía lo investiga por rebelión."
    )
    ev = by_trigger(es_events(nlp_es, text), "investiga")
    assert has(ev.targets, "pérez") and not has(ev.targets, "mora")


def test_a_demanded_list_item_the_parser_misplaced_is_demanded(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "demanding his release, Boluarte's resignation and ...": no resignation happened."""
    text = (
        "Unrest spread in the south, where protesters are demanding his release, the "
        "president's resignation and immediate elections."
    )
    ev = by_trigger(events(nlp, text), "resignation")
    assert ev.hypothetical


def test_spanish_demanded_list_item_is_demanded(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Las protestas siguen en el sur, donde los manifestantes exigen la liberación del "
        "expresidente, la renuncia de la presidenta, el cierre del Congreso y elecciones."
    )
    ev = by_trigger(es_events(nlp_es, text), "renuncia")
    assert ev.hypothetical


def test_a_resignation_told_as_a_fact_stays_one(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Several ministers resigned, and the army chief left."), "resigned")
    assert not ev.hypothetical


def test_a_state_in_a_present_relative_clause_takes_no_narrative_frame(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the compound where former President Luis Mora is serving a prison sentence", after a
    sentence dated Wednesday: Mora's sentence is told as of the report, not from Wednesday;
    the main clause goes on in the narrative's time, and so does a past relative clause."""
    text = (
        "Police arrested Juan Pérez on Wednesday. He is being held at a police base, the same "
        "compound where former President Luis Mora is serving a prison sentence."
    )
    found = _annotated(nlp, text, "en")
    serving = by_trigger(found, "serving")
    assert serving.date.basis == "article" and serving.date.value == "2023-03-20"
    held = by_trigger(found, "held")
    assert held.date.value == "2023-03-15"


def test_a_spanish_present_relative_clause_takes_no_narrative_frame(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Juan Pérez fue detenido el miércoles por la Policía. El exmandatario está recluido "
        "en una base policial, donde también cumple condena el exgobernante Luis Mora."
    )
    found = _annotated(nlp_es, text, "es")
    held = by_trigger(found, "está recluido")
    assert held.date.value == "2023-03-15"
    later = [e for e in found if e.trigger_start > held.trigger_end]
    assert later and all(e.date.value != "2023-03-15" for e in later), later


def test_a_legislatures_removal_from_office_is_a_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Parliament ousted Prime Minister X", "lawmakers voted to oust him", "was removed by
    Congress": SANCTION 'remove' by the legislature; the army's ousting stays a coup, and a
    legislature removing a thing is no event."""
    ev = one(events(nlp, "Parliament ousted Prime Minister Ivo Horak on Tuesday."), "remove")
    assert ev.type == "SANCTION" and has(ev.actors, "parliament") and has(ev.targets, "horak")
    ev = one(events(nlp, "Lawmakers voted 98-12 to oust President Ivo Horak."), "remove")
    assert has(ev.actors, "lawmakers")
    ev = one(events(nlp, "President Ivo Horak was removed by Congress on Monday."), "remove")
    assert has(ev.actors, "congress") and has(ev.targets, "horak")
    assert one(events(nlp, "The army ousted the president in 1976."), "coup").type == "ASSAULT"
    assert not [e for e in events(nlp, "Lawmakers removed the clause from the bill.") if e.mode]


def test_spanish_removal_from_office_and_dissolving_the_legislature(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "fue destituido por el Congreso": SANCTION 'remove', as in English; "la disolución del
    Parlamento": COERCE 'ban' on the legislature, as "dissolving the legislature"; the police
    dissolving a march stays its repression."""
    text = "El Congreso destituyó al presidente Martín Vizcarra en noviembre de 2020."
    ev = one(es_events(nlp_es, text), "remove")
    assert ev.type == "SANCTION" and has(ev.actors, "congreso") and has(ev.targets, "vizcarra")
    text = "Horas antes, el presidente anunció la disolución del Parlamento."
    ev = one(es_events(nlp_es, text), "ban")
    assert ev.type == "COERCE" and has(ev.targets, "parlamento")
    text = "La policía disolvió la manifestación de los estudiantes."
    assert one(es_events(nlp_es, text), "repress").type == "COERCE"


def test_a_remand_told_after_the_arrest_keeps_only_its_month(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Police arrested X on March 13 ... the same day. ... a judge ordered her held in
    pretrial detention for six months": the remand is decided at a hearing in the days after
    the arrest, so the day the narrative carries is the arrest's; only its month is the
    remand's. "held in pretrial detention" is one detention (the noun is the state the verb
    tells), imprisonment a court ordered."""
    text = (
        "Police arrested Ana Ruiz on March 13, 2021, in Trinidad. She was flown to La Paz the "
        "same day. Prosecutors accused her of terrorism, and a judge ordered her held in "
        "pretrial detention for six months."
    )
    found = _annotated(nlp, text, "en")
    held = [e for e in found if e.type == "COERCE" and e.trigger != "arrested"]
    assert [e.trigger for e in held] == ["held"], held
    (ev,) = held
    assert ev.mode == "imprison" and ("court_ordered", "yes") in ev.attributes
    assert ("term", "six months") in ev.attributes
    assert (ev.date.value, ev.date.basis) == ("2021-03", "discourse")
    assert one(found, "arrest").date.value == "2021-03-13"


def test_a_spanish_remand_noun_is_imprisonment_dated_by_its_month(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "le impuso cuatro meses de detención preventiva", after "fue detenida el 13 de marzo":
    a detention a court imposes is imprisonment (as "prisión preventiva" and the English
    "ordered her held"), and the arrest's day carried to it keeps only its month."""
    text = (
        "Ana Ruiz fue detenida el sábado 13 de marzo de 2021 en Trinidad. Horas después fue "
        "trasladada a La Paz. Un juez le impuso cuatro meses de detención preventiva."
    )
    ev = by_trigger(_annotated(nlp_es, text, "es"), "detención")
    assert (ev.type, ev.mode) == ("COERCE", "imprison")
    assert ("court_ordered", "yes") in ev.attributes
    assert ev.date.value == "2021-03"
