"""Spanish leftovers of the forty-third session (es43): a count of people as a bare object
(no personal "a", also after a number's bounding locution). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a bounding locution the parser reads as the preposition of an oblique
        (
            "La guardia nacional arrestó a lo sumo doce estudiantes frente al congreso.",
            "arrestó",
            "estudiantes",
        ),
        # the same count with no locution, and with others
        ("Los soldados arrestaron veinte campesinos.", "arrestaron", "campesinos"),
        ("La policía detuvo al menos diez personas en la capital.", "detuvo", "personas"),
        (
            "Los agentes detuvieron cuando menos quince campesinos en la carretera.",
            "detuvieron",
            "campesinos",
        ),
        ("Las autoridades liberaron por lo menos veinte presos políticos.", "liberaron", "presos"),
    ],
)
def test_a_count_of_people_without_the_personal_a_is_the_target(
    nlp_es,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
    target: str,
) -> None:
    ev = by_trigger(events(nlp_es, text), trigger)
    assert [t.text.split()[0] for t in ev.targets] == [target], text


@pytest.mark.parametrize(
    "text",
    [
        # a counted thing stopped is no arrest, with a locution or without
        "La policía detuvo a lo sumo dos autobuses en la avenida.",
        "Los agentes detuvieron treinta vehículos en el puesto de control.",
        "El gobierno detuvo diez proyectos de construcción.",
    ],
)
def test_a_count_of_things_stopped_is_no_arrest(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type == "COERCE"], text


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Fueron detenidos durante la marcha de los estudiantes.", "detenidos", "estudiantes"),
        ("Fueron arrestadas en la manifestación de las maestras.", "arrestadas", "maestras"),
        # with the arrester named too
        (
            "Fueron detenidos por la policía durante la marcha de los estudiantes.",
            "detenidos",
            "estudiantes",
        ),
    ],
)
def test_those_arrested_at_a_protest_of_named_marchers_are_the_marchers(
    nlp_es,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
    target: str,
) -> None:
    ev = by_trigger(events(nlp_es, text), trigger)
    assert [t.text for t in ev.targets] == [target], text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no marchers named, a thing named, or one arrested who cannot be the marchers
        ("Fueron arrestados en la manifestación contra el gobierno.", "arrestados"),
        ("Fueron detenidos durante la marcha de la dignidad.", "detenidos"),
        ("Fue detenido durante la marcha de los estudiantes.", "detenido"),
    ],
)
def test_an_arrest_at_a_protest_names_no_marchers_it_cannot_agree_with(
    nlp_es,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
) -> None:
    assert by_trigger(events(nlp_es, text), trigger).targets == (), text


def test_those_arrested_in_the_subject_stay_the_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Decenas de personas fueron detenidas durante una protesta de los maestros."
    ev = by_trigger(events(nlp_es, text), "detenidas")
    assert [t.text for t in ev.targets] == ["personas"]


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # a march only demanded as a right is no march told: the demand leads
        ("Los vecinos exigen el derecho a desfilar por el centro de la ciudad.", "exigen"),
        ("Los mineros reclaman el derecho a marchar hasta la capital.", "reclaman"),
        # a protest told with its demand leads (the demand is its topic)
        ("Los mineros marcharon hasta la capital exigiendo aumentos salariales.", "marcharon"),
    ],
)
def test_a_demand_yields_the_lead_only_to_a_protest_told(nlp_es, text: str, main: str) -> None:  # type: ignore[no-untyped-def]
    assert next(e for e in events(nlp_es, text) if e.main).trigger == main, text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Los sindicatos defienden el derecho a la huelga.", "huelga"),
        ("La reforma limita el derecho de huelga de los funcionarios.", "huelga"),
        ("El gobierno respetará el derecho a la protesta pacífica.", "protesta"),
    ],
)
def test_a_right_to_an_act_is_no_act_done(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), trigger).hypothetical, text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Los maestros iniciaron una huelga en defensa de sus derechos laborales.", "huelga"),
        ("La huelga de los mineros por sus derechos laborales cumplió diez días.", "huelga"),
    ],
)
def test_an_act_for_rights_is_told(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not by_trigger(events(nlp_es, text), trigger).hypothetical, text


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("El ministro fue recibido con protestas en la universidad.", "ministro"),
        ("El presidente fue recibido por protestas de estudiantes en Lima.", "presidente"),
        # the subject shared with the verb before
        ("El embajador acudió a la escuela y fue recibido por protestas.", "embajador"),
    ],
)
def test_one_greeted_with_protests_is_their_target(nlp_es, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "protestas")
    assert [t.text for t in ev.targets] == [target], text


def test_protests_received_by_a_body_stay_a_complaint(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, "La delegación recibió protestas de los vecinos."), "protestas")
    assert (ev.type, [t.text for t in ev.targets]) == ("ACCUSE", ["delegación"])


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        # text that lost its accents: "-cion", "-sion" for "-ción", "-sión"
        ("La policia confirmo la detencion de tres estudiantes.", "detencion", "COERCE"),
        ("Los soldados denunciaron la agresion de un grupo armado.", "agresion", "ASSAULT"),
    ],
)
def test_a_noun_of_cion_without_its_accent_is_the_noun(
    nlp_es,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
    kind: str,
) -> None:
    assert by_trigger(events(nlp_es, text), trigger).type == kind, text


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the protest the sentence before told, named again as the arrest's time
        (
            "Los estudiantes marcharon el lunes hacia el ministerio. Fueron detenidos durante "
            "la marcha.",
            ["estudiantes"],
        ),
        (
            "Los maestros marcharon hacia el ministerio. Fueron detenidos por la policía en la "
            "protesta.",
            ["maestros"],
        ),
        # another protest ("una marcha"), or one marcher before the plural: no one named
        (
            "Los estudiantes marcharon el lunes hacia el ministerio. Fueron detenidos durante "
            "una marcha.",
            [],
        ),
        ("La maestra marchó hacia el ministerio. Fueron detenidos durante la marcha.", []),
    ],
)
def test_those_arrested_at_the_protest_told_before_are_its_marchers(
    nlp_es,  # type: ignore[no-untyped-def]
    text: str,
    target: list[str],
) -> None:
    ev = by_trigger(events(nlp_es, text), "detenidos")
    assert [t.text for t in ev.targets] == target, text
