"""Arguments of Spanish verb triggers (annotate.events_es_verb_arguments): who dies
undergoes it; a place named just before the object is no object; a personal object set past
the means ("a través de un comunicado") is still the target."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has, names, one
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


TOLD_TOGETHER = (
    "Dos campesinos murieron y tres resultaron heridos en un ataque de la guerrilla contra el "
    "caserío."
)


def test_who_died_undergoes_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, TOLD_TOGETHER), "murieron")
    assert ev.type == "ASSAULT"
    assert has(ev.targets, "campesinos") and not has(ev.actors, "campesinos")


def test_name_of_the_place_just_named_is_no_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Tropas del Ejército ejecutaron en la vereda El Roble a Juan Pérez."
    ev = by_trigger(events(nlp_es, text), "ejecutaron")
    assert has(ev.targets, "juan pérez") and not has(ev.targets, "roble")


def test_candidates_threatened_past_the_means(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Guerrilleros de las FARC amenazaron de muerte a través de un comunicado a los "
        "candidatos a la alcaldía."
    )
    ev = by_trigger(events(nlp_es, text), "amenazaron")
    assert has(ev.actors, "guerrilleros") and has(ev.targets, "candidatos")


def test_the_people_after_an_intransitive_death_are_its_dead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "murieron al menos 22 personas en la represión": the parser reads the people after
    the verb as its object; they died, and their number is the toll."""
    text = "Durante su gobierno murieron al menos 22 personas en la represión de la protesta."
    (ev,) = [e for e in events(nlp_es, text) if e.trigger == "murieron"]
    assert has(ev.targets, "personas") and ("target_count", "22") in ev.attributes


def test_what_a_norm_requires_is_no_request_and_neuter_lo_no_person(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "La ministra aseguró que el Gobierno otorgó el salvoconducto porque así lo exige el
    derecho internacional": "lo" after "así" stands for what was done, not for the minister,
    and a norm's requirement is no one's demand; "los manifestantes exigen la liberación"
    still is one."""
    text = (
        "La canciller Ana Gómez habló el martes. La ministra aseguró que el Gobierno otorgó el "
        "salvoconducto a la familia porque así lo exige el derecho internacional. En el sur, "
        "los manifestantes exigen la liberación del expresidente."
    )
    requests = [e for e in events(nlp_es, text) if e.type == "REQUEST"]
    assert [e.trigger for e in requests] == ["exigen"], requests


def test_an_act_a_linking_verb_takes_is_not_dated_by_its_day(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "vinculó el 3 de abril el asesinato del candidato con las elecciones": the killing was
    linked on 3 April, not done then; with no date in its own phrase it has none."""
    from event_helpers import by_trigger, events

    from chronicler.annotate.events_es import extract_events_es
    from chronicler.annotate.timex import find_time_expressions

    def dated(text: str) -> str | None:
        times = tuple(find_time_expressions(text, "2024-06-10", "es"))
        found = events(nlp_es, text, extract=extract_events_es, times=times)
        return by_trigger(found, "asesinato").date.value

    assert (
        dated("El presidente vinculó el 3 de abril el asesinato del candidato con la crisis.")
        is None
    )
    assert dated("El presidente condenó el 3 de abril el asesinato del candidato.") == "2024-04-03"


def test_a_sentence_opening_verb_a_participle_hangs_on_is_no_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Permaneció refugiado en la embajada ...": the parser hangs the participle on the
    capitalised verb as if it modified a noun; the verb is no one, and the state is its own
    (unnamed) subject's, with the embassy's state still the refuge's target."""
    text = "Permaneció refugiado en la embajada de Argentina durante un año."
    ev = one(events(nlp_es, text), "asylum")
    assert not any("permaneció" in n for n in names(ev.targets)), names(ev.targets)
    assert any("argentina" in n for n in names(ev.targets))


def test_a_plural_participle_read_as_a_noun_after_a_verb_of_state_is_the_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Permanecieron refugiados en la embajada ...": the plural participle is tagged a noun
    (the singular an adjective), yet tells the same state: a refuge of the verb's subject,
    with the mission the parser hangs on the verb of state as its target."""
    ev = one(events(nlp_es, "Permanecieron refugiados en la embajada de Argentina."), "asylum")
    assert any("argentina" in n for n in names(ev.targets)), names(ev.targets)
    text = "Los opositores permanecieron refugiados en la embajada de Argentina."
    ev = one(events(nlp_es, text), "asylum")
    assert has(ev.actors, "opositores") and not has(ev.targets, "opositores")
    assert any("argentina" in n for n in names(ev.targets)), names(ev.targets)


def test_plural_held_states_stay_custody(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "permanecen detenidos", "siguen presos": the subject held (the phrase rule, not the
    participle read as a noun)."""
    for text in (
        "Los opositores permanecen detenidos en la cárcel de La Modelo.",
        "Los dirigentes siguen presos en El Chipote.",
    ):
        ev = one(events(nlp_es, text), "imprison")
        assert ev.targets and not ev.actors, (text, names(ev.targets))


def test_a_verb_of_keeping_holds_its_object_in_the_participles_state(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "mantener/tener + participle + object": the object is held, the subject holds it;
    with no object the subject stays in the state, as after "quedar"."""
    for text, holder, held in (
        ("Los policías mantienen detenidos a dos estudiantes.", "policías", "estudiantes"),
        ("La Fiscalía mantiene presa a la alcaldesa de Tegucigalpa.", "fiscalía", "alcaldesa"),
        ("La policía tiene detenidos a tres sospechosos del robo.", "policía", "sospechosos"),
    ):
        ev = one(events(nlp_es, text), "arrest" if "deten" in text else "imprison")
        assert has(ev.actors, holder) and not has(ev.targets, holder), (text, names(ev.actors))
        assert has(ev.targets, held), (text, names(ev.targets))
    ev = one(events(nlp_es, "Los sindicalistas quedaron detenidos en la comisaría."), "arrest")
    assert has(ev.targets, "sindicalistas") and not ev.actors


def test_retaining_people_is_an_arrest_only_by_police_or_soldiers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "La policía retuvo a dos periodistas en el aeropuerto."), "arrest")
    assert has(ev.actors, "policía") and has(ev.targets, "periodistas")
    ev = one(events(nlp_es, "El Ejército mantiene retenida a la reportera."), "arrest")
    assert has(ev.actors, "ejército") and has(ev.targets, "reportera")
    ev = one(events(nlp_es, "El fotógrafo fue retenido por la policía en el puerto."), "arrest")
    assert has(ev.actors, "policía") and has(ev.targets, "fotógrafo")
    # held by others it is no arrest; funds withheld are no custody
    for text in (
        "Los comuneros mantienen retenidos a dos policías.",
        "Los manifestantes retuvieron a tres agentes.",
        "El gobierno retuvo los fondos del municipio.",
        "Tres soldados fueron retenidos por los pobladores.",  # a passive's agent acts
    ):
        assert not any(e.mode == "arrest" for e in events(nlp_es, text)), text


def test_who_sends_or_forces_someone_into_exile_exiles_him(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text, sender, exiled in (
        ("La junta militar envió al sindicalista al exilio.", "junta", "sindicalista"),
        ("La dictadura obligó a la cantante al exilio.", "dictadura", "cantante"),
        ("El periodista fue enviado al exilio por el gobierno militar.", "gobierno", "periodista"),
    ):
        ev = one(events(nlp_es, text), "exile")
        assert has(ev.actors, sender) and not has(ev.targets, sender), (text, names(ev.actors))
        assert has(ev.targets, exiled), (text, names(ev.targets))
    # leaving into exile: the subject goes, no one sends
    ev = one(events(nlp_es, "La escritora partió al exilio en 1976."), "exile")
    assert has(ev.targets, "escritora") and not ev.actors


def test_force_used_on_a_protest_is_used_on_its_protesters(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text, forces, protesters in (
        ("Los carabineros dispersaron la marcha de los pensionistas.", "carabineros",
         "pensionistas"),
        ("La guardia reprimió la protesta de los taxistas frente al palacio.", "guardia",
         "taxistas"),
    ):  # fmt: skip
        ev = one(events(nlp_es, text), "repress")
        assert has(ev.actors, forces) and has(ev.targets, protesters), (text, names(ev.targets))
    # the protest stays an event of its own, by the protesters
    assert has(one(events(nlp_es, "Los carabineros dispersaron la marcha de los pensionistas."),
                   "demo").actors, "pensionistas")  # fmt: skip


def test_collective_actors_of_protests_have_roles(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Las vecinas organizaron una marcha contra el alcalde."), "demo")
    assert [p.role for p in ev.actors] == ["civilians"]
    ev = one(events(nlp_es, "Los antimotines dispersaron a los camioneros."), "repress")
    assert [p.role for p in ev.actors] == ["police"]
    assert [p.role for p in ev.targets] == ["civilians"]


def test_a_blockade_is_also_against_whom_its_purpose_would_stop(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The road a blockade names is no party: whom its purpose clause would have act or stop
    is a target beside it."""
    text = "Los pescadores bloquearon el muelle para evitar que el gobierno venda la terminal."
    ev = one(events(nlp_es, text), "obstruct")
    assert has(ev.targets, "muelle") and has(ev.targets, "gobierno"), names(ev.targets)
    # a party already named as the target is enough
    text = "Los jubilados protestaron contra el alcalde para que la junta revise las tarifas."
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.targets, "alcalde") and not has(ev.targets, "junta"), names(ev.targets)


def test_evicting_a_sit_in_represses_its_protesters(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los granaderos desalojaron el plantón de las enfermeras frente al hospital."
    ev = one(events(nlp_es, text), "repress")
    assert has(ev.actors, "granaderos") and has(ev.targets, "enfermeras"), names(ev.targets)
    # an office vacated is no eviction
    assert not events(nlp_es, "La empresa desalojó sus oficinas por la mudanza.")


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("Los estudiantes bloquearon el tránsito en la avenida principal.", "avenida principal"),
        ("Grupos de estudiantes y trabajadores bloqueaban el tránsito en varios puntos de San "
         "José.", "puntos"),
    ],
)  # fmt: skip
def test_traffic_blocked_blocks_its_route(nlp_es, text: str, route: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "obstruct")
    assert has(ev.targets, route)
    assert not has(ev.targets, "tránsito")


def test_traffic_blocked_with_no_route_stays_the_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Los taxistas paralizaron el tráfico durante tres horas."), "obstruct")
    assert has(ev.targets, "tráfico")


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        # the strike's own doers demand, here who began it
        ("Los trabajadores iniciaron una huelga que durará tres días para exigir la "
         "reapertura de la planta.", ["trabajadores"]),
        ("Los mineros convocaron una marcha que recorrerá la capital para exigir la renuncia "
         "del ministro.", ["mineros"]),
        # no doer named: no one, never the strike
        ("Comenzó una huelga que durará tres días para exigir la reapertura de la planta.", []),
    ],
)  # fmt: skip
def test_relative_standing_for_an_event_noun_is_no_claimant(
    nlp_es, text: str, doers: list[str]
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "exigir")
    assert not has(ev.actors, "huelga") and not has(ev.actors, "marcha")
    assert [a.text.lower() for a in ev.actors] == doers


@pytest.mark.parametrize(
    ("text", "act", "doers"),
    [
        ("Los trabajadores iniciaron una huelga que durará tres días para protestar contra el "
         "cierre de la planta.", "huelga", ["trabajadores"]),
        ("Los mineros convocaron una marcha que recorrerá la capital para protestar contra la "
         "reforma.", "marcha", ["mineros"]),
        ("Comenzó una huelga que durará tres días para protestar contra el cierre de la planta.",
         "huelga", []),
    ],
)  # fmt: skip
def test_a_protest_purpose_hung_on_an_event_nouns_relative_is_that_event(
    nlp_es, text: str, act: str, doers: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """The protest is the strike or march itself (events_es_protest_folds.purpose_of_act), whose
    own doers protest; no second protest by the relative pronoun."""
    evs = events(nlp_es, text)
    assert not any(e.trigger.lower() == "protestar" for e in evs)
    assert [a.text.lower() for a in by_trigger(evs, act).actors] == doers


def test_relative_standing_for_people_still_protests(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los estudiantes, que marcharon por la capital, protestaron contra la reforma."
    assert has(by_trigger(events(nlp_es, text), "protestaron").actors, "estudiantes")


def test_people_rallied_protest_with_whoever_rallies_them(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los sindicatos movilizaron a miles de trabajadores contra la reforma."
    ev = by_trigger(events(nlp_es, text), "moviliz")
    assert ev.type == "PROTEST"
    assert has(ev.actors, "sindicatos") and has(ev.actors, "trabajadores")
    assert has(ev.targets, "reforma") and not has(ev.targets, "trabajadores")


def test_a_thing_rallying_people_is_what_they_protest_against(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La reforma de las pensiones movilizó este sábado en Roma a más de un millón de personas."
    )
    ev = by_trigger(events(nlp_es, text), "moviliz")
    assert has(ev.actors, "personas") and has(ev.targets, "reforma")
    assert not has(ev.actors, "reforma")


def test_people_rallying_themselves_are_the_protesters(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los camioneros se movilizaron este martes en rechazo a la nueva política tributaria."
    ev = by_trigger(events(nlp_es, text), "moviliz")
    assert has(ev.actors, "camioneros") and not has(ev.actors, "política")
