"""Acts told only as the label someone was passed off under (annotate.events_es_claims)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    "text",
    [
        "El joven fue asesinado y legalizado como guerrillero dado de baja en combate.",
        "Los militares lo presentaron como un delincuente muerto en un enfrentamiento.",
        # a label too long for the words before the trigger (1.143.2)
        "Soldados del batallón ejecutaron a un campesino, a quien después presentaron como "
        "guerrillero del frente 14 de las FARC, muerto en combate.",
    ],
)
def test_an_act_a_person_is_passed_off_under_is_no_event(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.trigger in ("combate", "enfrentamiento")]


def test_a_real_clash_and_a_thing_passed_off_stay(nlp_es) -> None:  # type: ignore[no-untyped-def]
    clash = events(nlp_es, "Un guerrillero fue dado de baja en combate con tropas del Ejército.")
    assert by_trigger(clash, "combate").type == "ASSAULT"
    # what a thing is presented as is no person's label: the release happened
    freed = events(nlp_es, "El gobierno presentó como un éxito la liberación de los rehenes.")
    assert by_trigger(freed, "liberación").mode == "release"
