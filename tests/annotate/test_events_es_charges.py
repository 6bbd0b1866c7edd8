"""Charges of Spanish events (annotate.events_es_charges), on sentences written here: a "por"
after an arrest or a sentence is a charge only when it names an offence."""

from __future__ import annotations

import pytest
from event_helpers import EventMention, one
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def charge(event: EventMention) -> list[str]:
    return [v for k, v in event.attributes if k == "charge"]


@pytest.mark.parametrize(
    ("text", "mode", "expected"),
    [
        ("El alcalde fue detenido por corrupción.", "arrest", ["corrupción"]),
        ("Fue condenado a otros 19 años por extremismo.", "convict", ["extremismo"]),
        # an act is an offence as charged, as an English gerund is
        ("Los jóvenes fueron detenidos por protestar frente al palacio.", "arrest",
         ["protestar frente al palacio"]),
    ],
)  # fmt: skip
def test_an_offence_after_por_is_the_charge(
    nlp_es, text: str, mode: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert charge(one(events(nlp_es, text), mode)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "El periodista fue detenido por sus críticas al Gobierno.",
        "La dirigente fue arrestada por su papel en la campaña.",
    ],
)
def test_a_reason_after_por_that_names_no_offence_is_no_charge(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert charge(one(events(nlp_es, text), "arrest")) == []


def test_a_quoted_term_after_por_is_the_charge_as_named(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = 'El joven fue condenado a muerte por "muharib" o enemistad contra el Estado.'
    assert "muharib" in charge(one(events(nlp_es, text), "convict"))


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # the parser makes "traición" a second object and hangs "conspiración" on "patria"
        ("El opositor fue acusado de terrorismo, traición a la patria y conspiración.", "charge"),
        ("La Fiscalía acusa al dirigente de terrorismo, traición a la patria y conspiración.",
         "charge"),
    ],
)  # fmt: skip
def test_every_offence_of_a_list_the_parser_breaks_up_is_a_charge(
    nlp_es, text: str, mode: str
) -> None:  # type: ignore[no-untyped-def]
    assert charge(one(events(nlp_es, text), mode)) == [
        "terrorismo",
        "traición a la patria",
        "conspiración",
    ]


def test_a_list_of_charges_ends_where_its_items_stop_naming_offences(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El alcalde fue detenido por corrupción, y su esposa huyó del país.")
    assert charge(one(evs, "arrest")) == ["corrupción"]
