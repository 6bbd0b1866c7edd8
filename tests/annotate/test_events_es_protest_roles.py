"""Who a Spanish protest noun's phrases name (events_es_protest_roles), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, has

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Miles de personas participaron en la marcha de la dignidad en Quito.", "marcha",
         "personas"),
        ("La huelga de la esperanza paralizó ayer el país.", "huelga", None),
        ("La marcha de los campesinos llegó a Quito.", "marcha", "campesinos"),
    ],
)  # fmt: skip
def test_an_ideal_a_march_is_named_for_is_no_marcher(
    nlp_es, text: str, trigger: str, doer: str | None
) -> None:  # type: ignore[no-untyped-def]
    """ "la marcha de la dignidad" names the march by its cause: dignity marches nowhere; a
    people's "de"-phrase still names the marchers."""
    protest = by_trigger(es_events(nlp_es, text), trigger)
    assert not any(a.text in ("dignidad", "esperanza") for a in protest.actors)
    assert (doer is None and not protest.actors) or has(protest.actors, doer or "")


@pytest.mark.parametrize(
    ("text", "greeted", "greeters"),
    [
        ("El ministro fue recibido con abucheos y protestas.", "ministro", None),
        ("El embajador fue recibido con insultos y protestas de los estudiantes.", "embajador",
         "estudiantes"),
        ("Los candidatos fueron recibidos con abucheos y protestas por los vecinos.",
         "candidatos", "vecinos"),
        ("Los candidatos fueron recibidos con protestas por los vecinos.", "candidatos",
         "vecinos"),
    ],
)  # fmt: skip
def test_a_protest_greeting_someone_is_against_the_one_greeted(
    nlp_es, text: str, greeted: str, greeters: str | None
) -> None:  # type: ignore[no-untyped-def]
    """ "fue recibido con abucheos y protestas": the protest, a conjunct of the first greeting,
    is against the passive's subject as the greeting is; those named by "por" or "de" are the
    protesters, never its target."""
    protest = by_trigger(es_events(nlp_es, text), "protestas")
    assert has(protest.targets, greeted)
    if greeters:
        assert has(protest.actors, greeters) and not has(protest.targets, greeters)


def test_people_arrested_at_a_march_are_not_its_marchers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "arrestaron a tres dirigentes en la marcha": the march is the arrest's scene (es42's
    ruling: an arrest's undergoers are not made a protest's doers); "los empleados en huelga"
    still tells who strikes."""
    events = es_events(nlp_es, "Los soldados arrestaron a tres dirigentes en la marcha.")
    assert not by_trigger(events, "marcha").actors
    strike = by_trigger(
        es_events(nlp_es, "La policía desalojó a los empleados de la cultura en huelga."), "huelga"
    )
    assert has(strike.actors, "empleados")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Los activistas interceptaron al carguero Encounter Bay en protesta.", "Encounter"),
        ("Los sindicatos intentarán colapsar las comunicaciones de la Presidencia en protesta.",
         "Presidencia"),
        ("Agricultores bloqueaban puntos aduaneros de la frontera con Bolivia en protesta.",
         "puntos"),
    ],
)  # fmt: skip
def test_a_party_acted_on_in_protest_is_the_protest_target(nlp_es, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    """ "interceptaron al carguero ... en protesta": the protest, told as the manner of an act
    whose object names a party, is against that party (had no target)."""
    protest = by_trigger(es_events(nlp_es, text), "protesta")
    assert any(party in f"{t.text} {t.phrase or ''}" for t in protest.targets)


@pytest.mark.parametrize(
    "text",
    [
        "Los vecinos quemaron neumáticos en protesta.",
        "El dirigente abogó por la unidad de los trabajadores en una manifestación.",
        "Los maestros se declararon en huelga a las 10H20 locales (15H20 GMT).",
    ],
)
def test_no_party_acted_on_no_target(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """Burnt tyres name no party; a "por"-phrase or a time the parser read as the object is
    none."""
    for event in es_events(nlp_es, text):
        if event.type == "PROTEST":
            assert not any(
                w in t.text
                for t in event.targets
                for w in ("neumáticos", "unidad", "GMT", "locales")
            )
