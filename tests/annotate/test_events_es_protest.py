"""Whom a Spanish protest is against, where its own words leave it to the words around them
(annotate.events_es_protest): the addressee of a protest handed over, the phrase of the noun
framing it, the "contra"-phrase of the verb governing it, and the doer of the act protested."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has, headline_events, names, one
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "actor", "addressee"),
    [
        ("La cancillería de Chile entregó una protesta formal al embajador de Perú.",
         "cancillería", "embajador de perú"),
        ("El gobierno de Uruguay presentó una protesta a su homólogo argentino.",
         "gobierno", "homólogo argentino"),
        # the parser hangs "a Caracas" on the protest noun; the note's sender protests
        ("La cancillería envió una nota de protesta a Caracas por la expulsión de su cónsul.",
         "cancillería", "caracas"),
        ("La delegación peruana dirigió una carta de protesta al ministro de Defensa de Ecuador.",
         "delegación", "ministro de defensa"),
    ],
)  # fmt: skip
def test_protest_handed_over_is_against_its_addressee(
    nlp_es, text: str, actor: str, addressee: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "protesta")
    assert ev.type == "ACCUSE"  # a formal protest is a complaint (PLOVER manual)
    assert has(ev.actors, actor)
    assert has(ev.targets, addressee)


def test_protest_carried_to_a_place_names_no_addressee(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp_es, "Los estudiantes llevaron su protesta a las calles del centro."), "demo"
    )
    assert not has(ev.targets, "calles")


def test_protest_carried_to_the_seat_of_a_body_is_against_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los campesinos, que caminaron durante una semana, llevaron sus protestas a la sede del "
        "Gobierno."
    )
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, "campesinos") and has(ev.targets, "gobierno")


@pytest.mark.parametrize(
    ("text", "against"),
    [
        ("La ola de protestas contra el presidente, que estalló hace tres semanas, no es la "
         "primera.", "presidente"),
        ("El sindicato anunció una jornada de protesta para el mes próximo en contra de la "
         "política económica.", "política económica"),
    ],
)  # fmt: skip
def test_against_hung_on_the_frame_noun(nlp_es, text: str, against: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.targets, against)


def test_frame_noun_por_phrase_of_a_place_is_no_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Una ola de protestas por todo el país siguió a la decisión."), "demo")
    assert not has(ev.targets, "país")


def test_blockade_against_a_plan_besides_what_it_blocks(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los trabajadores paralizaron el servicio en siete hospitales, contra un plan del Gobierno."
    )
    ev = one(events(nlp_es, text), "obstruct")
    assert has(ev.targets, "servicio") and has(ev.targets, "plan del gobierno")


def test_infinitive_against_hung_on_its_governing_verb(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Los neonazis se proponían marchar por Berlín "contra los centros islámicos de la ciudad".'
    )
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, "neonazis") and has(ev.targets, "centros islámicos")
    assert not has(ev.targets, "berlín")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Los comerciantes bloquearon el puente para protestar contra una operación lanzada por "
         "la policía.", "policía"),
        ("Cientos de ecologistas protestaron frente a la cancillería para denunciar la matanza de "
         "ballenas por parte de buques japoneses.", "buques japoneses"),
        # the parser hangs "por parte de" on "tierras"; the expropriation is what has a doer
        ("Los vecinos protestaron contra la expropiación de sus tierras por parte del municipio.",
         "municipio"),
    ],
)  # fmt: skip
def test_protest_is_against_the_doer_of_the_act(nlp_es, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp_es, text) if e.type == "PROTEST")
    assert has(ev.targets, doer)


def test_por_phrase_naming_no_actor_is_no_doer(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los pescadores protestaron por la pesca de atún por barcos extranjeros."
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.targets, "pesca de atún") and not has(ev.targets, "barcos")


@pytest.mark.parametrize(
    ("text", "cause", "protesters"),
    [
        ("La visita del ministro había originado enérgicas protestas en la capital.",
         "visita del ministro", None),
        ("La decisión del gobierno provocó protestas de los estudiantes.",
         "decisión del gobierno", "estudiantes"),
    ],
)  # fmt: skip
def test_cause_of_a_protest_is_what_it_is_against(
    nlp_es, text: str, cause: str, protesters: str | None
) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.targets, cause) and not has(ev.actors, cause)
    assert protesters is None or has(ev.actors, protesters)


def test_barricades_raised_are_no_cause(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Los manifestantes levantaron barricadas en la avenida."), "obstruct")
    assert has(ev.actors, "manifestantes")


def test_who_handles_a_protest_takes_no_part_in_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Un fuerte dispositivo policial controló la protesta."), "demo")
    assert not has(ev.actors, "dispositivo") and not has(ev.targets, "dispositivo")


def test_protest_noun_subject_stands_for_its_protesters(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La protesta de los camioneros comenzó con el bloqueo de la carretera."
    ev = by_trigger(events(nlp_es, text), "bloqueo")
    assert has(ev.actors, "camioneros") and not has(ev.actors, "protesta")


def test_purpose_of_the_participle_on_a_protest_noun(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Un estudiante murió durante la manifestación, organizada para protestar por la reforma."
    ev = by_trigger(events(nlp_es, text), "manifestación")
    assert has(ev.targets, "reforma")


def test_demand_made_of_a_de_phrase(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los sindicatos exigen del Gobierno una garantía escrita de que los salarios serán pagados."
    )
    ev = by_trigger(events(nlp_es, text), "exigen")
    assert ev.type == "REQUEST" and has(ev.actors, "sindicatos") and has(ev.targets, "gobierno")


def test_conditional_threat_is_against_who_must_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El tenista amenazó con abandonar el torneo si la federación no castigaba a los hinchas."
    ev = by_trigger(events(nlp_es, text), "amenazó")
    assert ev.type == "THREATEN" and has(ev.targets, "federación")


def test_storming_takes_what_is_stormed(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Cientos de desempleados tomaron por asalto los supermercados de la ciudad."
    # (people of the public storming a place riot, as lootings do: PROTEST riot since 1.155.0)
    ev = next(e for e in events(nlp_es, text) if e.trigger.startswith("tomaron"))
    assert (ev.type, ev.mode) == ("PROTEST", "riot")
    assert has(ev.actors, "desempleados") and has(ev.targets, "supermercados")


def test_protest_in_a_writing_sent_is_the_sentences_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """events_es._salience: a protest noun framed by the writing the verb sends ranks as that
    writing, before the act it is about."""
    text = (
        "La organización Reporteros Sin Fronteras envió un comunicado de protesta por la "
        "detención de cuatro periodistas."
    )
    main = next(e for e in events(nlp_es, text) if e.main)
    assert main.trigger == "protesta" and has(main.actors, "reporteros")


@pytest.mark.parametrize(
    ("text", "protesters"),
    [
        ("Los maestros llegaron a la capital en su protesta contra la reforma.", "maestros"),
        # "dentro de": the parser hangs the oblique on the adverb
        ("Algunos indígenas empezaron a llegar a Quito, dentro de su protesta contra el tratado.",
         "indígenas"),
    ],
)  # fmt: skip
def test_their_protest_in_an_oblique_is_the_subjects(nlp_es, text: str, protesters: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, protesters)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Los maestros marcharon hasta el Congreso para evitar que el gobierno apruebe la reforma.",
         "gobierno"),
        ("Los estudiantes protestaron para que el ministro retire el decreto.", "ministro"),
    ],
)  # fmt: skip
def test_protest_against_whom_its_purpose_asks_to_act(nlp_es, text: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.targets, asked)


def test_protest_in_front_of_an_embassy(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Unas 250 personas se manifestaron delante de la embajada de Estados Unidos."
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.targets, "embajada")


@pytest.mark.parametrize(
    ("text", "trigger", "bystander"),
    [
        ("Las televisiones mostraron los enfrentamientos entre policías y manifestantes.",
         "enfrentamientos", "televisiones"),
        # "por las protestas", which the parser reads as the object, is no object
        ("Los periodistas preguntaron por las protestas del lunes.", "protestas",
         "periodistas"),
    ],
)  # fmt: skip
def test_who_shows_or_asks_about_an_event_takes_no_part(
    nlp_es, text: str, trigger: str, bystander: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), trigger)
    assert not has(ev.actors, bystander)


def test_protests_organise_nothing(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # the parser reads the relative pronoun as the subject and the organisers as the object
    text = "Los periodistas preguntaron por las protestas que organizan sindicatos de maestros."
    ev = by_trigger(events(nlp_es, text), "protestas")
    assert has(ev.actors, "sindicatos") and not has(ev.actors, "periodistas")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("El Ejército islámico en Irak es responsable de varios asesinatos de rehenes.",
         "asesinatos", "ejército"),
        ("Las FARC se atribuyeron la responsabilidad del atentado contra el cuartel.",
         "atentado", "farc"),
        ("El grupo asumió la autoría del secuestro del alcalde.", "secuestro", "grupo"),
    ],
)  # fmt: skip
def test_who_is_responsible_for_an_act_did_it(nlp_es, text: str, trigger: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), trigger)
    assert has(ev.actors, doer)


@pytest.mark.parametrize(
    ("text", "mode", "doer"),
    [
        ("La policía detuvo al opositor cuando protestaba.", "demo", "opositor"),
        ("La policía detuvo a los estudiantes cuando protestaban.", "demo", "estudiantes"),
        (
            "Los militares dispararon contra los manifestantes cuando marchaban.",
            "demo",
            "manifestantes",
        ),
        (
            "El joven Luis Pérez fue a la marcha. Los agentes lo detuvieron cuando intentaba huir.",
            "flee",
            "Pérez",
        ),
    ],
)
def test_a_when_clause_of_an_act_on_someone_is_theirs(  # type: ignore[no-untyped-def]
    nlp_es, text: str, mode: str, doer: str
) -> None:
    """The dropped subject of a "cuando" clause hung on an act done to someone is the one
    acted on when the verb fits them (number, and a protest or flight is theirs, not the
    police's or the soldiers')."""
    ev = one(events(nlp_es, text), mode)
    assert has(ev.actors, doer) and not has(ev.actors, "policía") and not has(ev.actors, "agentes")


def test_a_when_clause_that_fits_the_doer_stays_theirs(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "cuando patrullaba": no protest, both fit, so the doer's subject as before; "Los
    policías detuvieron al opositor cuando marchaban": the plural fits only the police."""
    text = "Los policías detuvieron al opositor cuando marchaban hacia la plaza."
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, "policías")


def test_negarse_a_comer_es_una_huelga_de_hambre(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "se negó a comer": a hunger strike by the one refusing (not a passive "se"); "se
    negó a firmar" stays a refusal."""
    ev = by_trigger(events(nlp_es, "El preso se negó a comer durante una semana."), "negó a comer")
    assert (ev.type, ev.mode, ev.cameo) == ("PROTEST", "hunger", "142")
    assert has(ev.actors, "preso") and not ev.targets
    evs = events(nlp_es, "El ministro se negó a firmar el acuerdo.")
    assert not [e for e in evs if e.mode == "hunger"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Varios de sus ministros renunciaron en protesta.", "renunciaron"),
        ("El ministro dimitió en señal de protesta por la decisión.", "dimitió"),
        ("Los diputados boicotearon la votación en protesta.", "boicotearon"),
    ],
)
def test_a_protest_told_as_the_manner_of_an_act_is_no_event_of_its_own(  # type: ignore[no-untyped-def]
    nlp_es, text: str, act: str
) -> None:
    """As the English "resigned in protest": the act is the event, the bare protest noun
    only says how."""
    evs = events(nlp_es, text)
    assert not [e for e in evs if e.trigger == "protesta"], [(e.type, e.trigger) for e in evs]
    assert [e for e in evs if e.trigger == act]


def test_a_protest_told_as_the_manner_of_no_event_is_its_doers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Los vecinos cerraron la vía en protesta."), "demo")
    assert ev.trigger == "protesta" and has(ev.actors, "vecinos")


def test_resigning_an_office_and_giving_up_something_else(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "La ministra renunció a la presidencia del partido."), "resign")
    assert has(ev.actors, "ministra")
    assert not [
        e for e in events(nlp_es, "La Fiscalía renunció a los cargos.") if e.mode == "resign"
    ]


def test_an_act_done_to_protest_is_aimed_at_whom_it_protests(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A sanction or other act whose purpose is a protest, naming no party of its own, is
    aimed at the party protested against, or at the doers of the act protested."""
    for text, party in (
        ("Chile congeló las importaciones de vino para protestar contra la medida de Perú.",
         "Perú"),
        ("Cuba suspendió el diálogo para protestar contra el bloqueo de los pagos por parte "
         "de la Unión Europea.", "Unión Europea"),
    ):  # fmt: skip
        main = next(e for e in events(nlp_es, text) if e.main)
        assert main.type != "PROTEST" and has(main.targets, party), (text, main)


@pytest.mark.parametrize(
    "text",
    [
        "Las críticas del ministro provocaron una inmediata reacción de protesta en el Congreso.",
        "El asesinato del periodista desató una ola de protestas en la capital.",
    ],
)
def test_what_a_cause_set_off_is_the_sentences_event(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """The subject of a verb of causing is the background: the protest it set off is the
    main event (a reaction of protest is the protest, a frame noun)."""
    (main,) = [e for e in events(nlp_es, text) if e.main]
    assert main.type == "PROTEST"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Venezuela suspendió las compras en protesta por la decisión de Brasil.", "suspend",
         "brasil"),
        ("Los rebeldes decretaron un paro armado en protesta por la decisión del gobierno.",
         "paro", "gobierno"),
        # the purpose hung on an aside of time ("al concluir", "tras conocer") is the act's
        ("Venezuela suspendió sus compras -al concluir el semestre- para protestar contra el "
         "retraso de los pagos por parte de la ONU.", "suspend", "onu"),
        ("Chile cerró la frontera, tras conocer el fallo, para protestar contra la decisión "
         "de Bolivia.", "cerr", "bolivia"),
    ],
)  # fmt: skip
def test_an_act_done_in_protest_is_aimed_at_what_the_protest_names(
    nlp_es, text: str, trigger: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    """ "en protesta por X", a manner noun, as "para protestar contra X": aimed at X's party,
    on a verb or a noun trigger (where the parser may hang the protest on its adjective)."""
    ev = by_trigger(events(nlp_es, text), trigger)
    assert has(ev.targets, target)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a nation's craft stand for those who crew them (1.103.0)
        ("Los pescadores chilenos protestaron por la captura de sus lanchas por patrulleros "
         "argentinos.", "patrulleros argentinos"),
        # a criminal organisation is an actor
        ("Los comerciantes protestaron contra la extorsión de sus negocios por la mafia.",
         "mafia"),
    ],
)  # fmt: skip
def test_protest_is_against_a_nations_craft_or_the_mafia_doing_the_act(
    nlp_es, text: str, doer: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "protestaron")
    assert has(ev.targets, doer)


def test_craft_named_alone_is_no_doer_of_the_act_protested(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los pescadores protestaron por la captura de sus lanchas por patrulleros."
    ev = by_trigger(events(nlp_es, text), "protestaron")
    assert not has(ev.targets, "patrulleros")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        # the act's "por parte de" hung on the verb taking the act (1.103.3)
        ("La ONG denunció la tala ilegal de bosques por parte de empresas madereras.",
         "denunció", "empresas madereras"),
        ("El sindicato condenó la represión de la marcha por parte de la policía.", "condenó",
         "policía"),
        # an act a complaint verb takes: its "por"-agent
        ("Los vecinos denunciaron la contaminación del río por la empresa minera.",
         "denunciaron", "empresa minera"),
    ],
)  # fmt: skip
def test_complaint_about_an_act_is_against_whoever_did_it(
    nlp_es, text: str, trigger: str, doer: str
) -> None:  # type: ignore[no-untyped-def]
    assert has(by_trigger(events(nlp_es, text), trigger).targets, doer)


@pytest.mark.parametrize(
    "text",
    [
        "Los vecinos protestaron en la plaza central contra el cierre del hospital.",
        "Los vecinos protestaron frente a la alcaldía contra el cierre del hospital.",
    ],
)
def test_protest_is_against_the_contra_phrase_hung_on_its_place(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert has(by_trigger(events(nlp_es, text), "protestaron").targets, "cierre del hospital")


def test_march_in_rejection_of_something_is_a_march(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Miles de estudiantes marcharon en rechazo a la privatización de la universidad."
    ev = by_trigger(events(nlp_es, text), "marcharon")
    assert ev.type == "PROTEST" and has(ev.actors, "estudiantes")
    # stating one's rejection stays no protest
    evs = events(nlp_es, "El gobierno manifestó su rechazo a la propuesta.")
    assert not [e for e in evs if e.type == "PROTEST"]


@pytest.mark.parametrize(
    ("text", "trigger", "state"),
    [
        ("Miles de ecologistas protestaron en Sídney contra las pruebas nucleares francesas.",
         "protestaron", "Francia"),
        ("Los agricultores marcharon contra la importación de trigo canadiense.", "marcharon",
         "Canadá"),
        # a nationality adjective deeper in the act's phrase
        ("Los pescadores protestan por la ocupación israelí de sus aguas.", "protestan",
         "Israel"),
        # a protest noun's grievance
        ("Hubo protestas airadas contra la intervención militar británica.", "protestas",
         "Gran Bretaña"),
    ],
)  # fmt: skip
def test_protest_against_a_states_doing_named_by_its_adjective_is_against_the_state(
    nlp_es, text: str, trigger: str, state: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), trigger)
    found = [p for p in ev.targets if p.text == state]
    assert found and found[0].resolved  # the state's name, not the adjective's words


@pytest.mark.parametrize(
    ("text", "trigger", "kept"),
    [
        # people and bodies are the party themselves, their adjective only their country
        ("Cientos de obreros protestaron contra el gobierno francés.", "protestaron",
         "gobierno"),
        ("Los vecinos marcharon contra la muerte de un estudiante chileno.", "marcharon",
         "muerte"),
        # what a blockade blocks is no act of a state
        ("Los pescadores bloquearon los puertos del litoral gallego español.", "bloquearon",
         "puertos"),
    ],
)  # fmt: skip
def test_adjective_on_people_or_a_place_blocked_names_no_state(
    nlp_es, text: str, trigger: str, kept: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), trigger)
    assert has(ev.targets, kept)
    assert not [p for p in ev.targets if p.resolved]


@pytest.mark.parametrize(
    ("text", "trigger", "faced"),
    [
        # the parser reads "frente" as an adverb of the light verb, the seat its oblique
        ("Los transportistas hicieron una manifestación frente al Palacio de Gobierno.",
         "manifestación", "palacio de gobierno"),
        ("Los maestros realizaron una protesta frente a la sede del Ministerio de Educación.",
         "protesta", "ministerio de educación"),
    ],
)  # fmt: skip
def test_protest_noun_is_against_the_seat_it_is_held_in_front_of(
    nlp_es, text: str, trigger: str, faced: str
) -> None:  # type: ignore[no-untyped-def]
    assert has(by_trigger(events(nlp_es, text), trigger).targets, faced)


def test_time_after_frente_a_is_no_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp_es, "Los jubilados hicieron una marcha frente a las cinco."), "marcha"
    )
    assert not ev.targets


def test_a_second_verb_of_a_purpose_clause_tells_what_the_protest_is_against(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "una marcha ..., para apoyar a los mineros y rechazar la política del gobierno": the
    rejection shares the "para" of the support, so the march is against the policy (support
    of the miners names no one it is against)."""
    text = (
        "El sindicato encabezará una marcha por el centro de Lima, para apoyar a los mineros "
        "y rechazar la política del gobierno peruano."
    )
    ev = by_trigger(events(nlp_es, text), "marcha")
    assert has(ev.targets, "gobierno") and not has(ev.targets, "mineros")


def test_a_purpose_hung_on_the_protests_own_relative_clause_is_its_purpose(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "una huelga, que incluye el cierre de rutas, para protestar contra X": the parser
    hangs the strike's purpose on the relative clause telling what the strike does."""
    text = (
        "Los camioneros iniciaron una huelga, que incluye el cierre de rutas, para protestar "
        "contra el ministerio de Transporte."
    )
    ev = by_trigger(events(nlp_es, text), "huelga")
    assert has(ev.actors, "camioneros") and has(ev.targets, "ministerio")


def test_a_relative_clause_with_another_subject_lends_no_purpose(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "una huelga que el gobierno declaró ilegal para ...": the government's clause, whose
    purpose is its own, not the strike's."""
    text = "Los maestros iniciaron una huelga que el gobierno declaró ilegal para frenar clases."
    ev = by_trigger(events(nlp_es, text), "huelga")
    assert not has(ev.targets, "clases")


@pytest.mark.parametrize(
    ("text", "trigger", "to"),
    [
        ("La ONG escribió al ministro del Interior para protestar contra la detención del "
         "periodista.", "protestar", "ministro"),
        ("Los sindicatos enviaron una carta al presidente para protestar contra la reforma.",
         "protestar", "presidente"),
        ("El canciller convocó al embajador de Israel para protestar por el ataque.",
         "protestar", "embajador"),
        ("La ONG escribió al ministro para pedir la liberación del periodista.",
         "pedir", "ministro"),
    ],
)  # fmt: skip
def test_protest_written_or_to_a_summoned_diplomat_is_to_them(nlp_es, text, trigger, to) -> None:  # type: ignore[no-untyped-def]
    """ "escribió al ministro para protestar contra X": the protest (or demand) is made to the
    one written to, or to the diplomat summoned (writing_verbs, summoning_verbs)."""
    assert has(by_trigger(events(nlp_es, text), trigger).targets, to)


def test_members_called_out_to_protest_are_no_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "convocó a sus afiliados para protestar": they protest, nobody protests to them."""
    text = "El sindicato convocó a sus afiliados para protestar contra la reforma."
    assert not has(by_trigger(events(nlp_es, text), "protestar").targets, "afiliados")


def test_an_event_noun_happening_is_no_protester(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "en protesta por X, se produjeron ocho detenciones": the protest is the manner of a
    happening whose subject is an event noun; the arrests protest nothing."""
    text = (
        "Durante los incidentes, en protesta por la extradición del dirigente, se produjeron "
        "ocho detenciones."
    )
    ev = by_trigger(events(nlp_es, text), "protesta")
    assert not has(ev.actors, "detenciones")


@pytest.mark.parametrize(
    ("text", "protesters", "to"),
    [
        ("Los maestros protestaron contra el gobierno por su rechazo al aumento salarial.",
         "maestros", "gobierno"),
        ("Los vecinos protestaron por el rechazo del municipio a su pedido.", "vecinos",
         "rechazo"),
        # a closing quote the parser made a second subject is no protester
        ("Los autodenominados 'forajidos' prevén realizar una concentración para protestar "
         "contra el Legislativo por su rechazo a la iniciativa.", "forajidos", "legislativo"),
    ],
)  # fmt: skip
def test_a_rejection_protested_for_is_no_counter_evidence(nlp_es, text, protesters, to) -> None:  # type: ignore[no-untyped-def]
    """ "protestaron contra el gobierno por su rechazo al aumento": the "por"-phrase tells
    the grievance, not the sense of the verb ("manifestó su rechazo" stays no protest)."""
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, protesters) and has(ev.targets, to), names(ev.actors)
    assert all(p.text.strip("'") for p in ev.actors)


def test_a_rejection_expressed_is_still_no_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El ministro manifestó por escrito su rechazo al plan de la oposición."
    assert not [e for e in events(nlp_es, text) if e.type == "PROTEST"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Los obreros mantienen una huelga en la empresa minera Southern Peru desde el lunes.",
         "southern peru"),
        ("Los empleados iniciaron un paro en la fábrica de cemento.", "fábrica de cemento"),
        # a firm's name the model tags no entity, beside what the strike protests
        ("Los trabajadores iniciaron una huelga en la Goodyear Tire and Rubber Company para "
         "protestar contra el cierre de plantas.", "goodyear"),
    ],
)  # fmt: skip
def test_strike_held_at_a_firm_is_against_it(nlp_es, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "strike")
    assert has(ev.targets, firm)


@pytest.mark.parametrize(
    "text",
    [
        "Los mineros iniciaron una huelga en Bolivia.",
        "Los maestros iniciaron una huelga en la capital el lunes.",
    ],
)
def test_strike_held_in_a_place_is_not_against_it(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "strike")
    assert not ev.targets


@pytest.mark.parametrize(
    ("text", "strikers"),
    [
        ("EN HUELGA LOS MINEROS RUSOS", "mineros rusos"),
        ("En huelga los médicos del seguro social", "médicos"),
    ],
)
def test_verbless_headline_in_strike_names_its_strikers(nlp_es, text: str, strikers: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(headline_events(nlp_es, text), "strike")
    assert has(ev.actors, strikers)


def test_verbless_headline_with_no_one_after_names_no_striker(nlp_es) -> None:  # type: ignore[no-untyped-def]
    assert not one(headline_events(nlp_es, "En huelga desde el lunes"), "strike").actors


@pytest.mark.parametrize(
    ("text", "trigger", "against"),
    [
        ("Miles de hispanos marcharon por las calles de varias ciudades para protestar por la "
         "derogación de una ley.", "marcharon", "derogación"),
        ("Los estudiantes marcharon por la avenida Bolívar contra el gobierno.", "marcharon",
         "gobierno"),
        ("Miles de personas se manifestaron por las calles de Caracas contra el alcalde.",
         "manifestaron", "alcalde"),
    ],
)  # fmt: skip
def test_street_a_march_goes_through_is_no_target(
    nlp_es, text: str, trigger: str, against: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), trigger)
    assert has(ev.targets, against)
    assert not any(has(ev.targets, w) for w in ("calle", "avenida", "bolívar"))


def test_por_phrase_of_a_grievance_about_a_road_is_still_why(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp_es, "Los vecinos protestaron por la construcción de la autopista."),
        "protestaron",
    )
    assert has(ev.targets, "construcción")


@pytest.mark.parametrize(
    ("text", "protesters"),
    [
        ("Durante los cuatro días de protesta, los manifestantes han saboteado la producción "
         "petrolera.", "manifestantes"),
        ("Tras diez días de huelga, los mineros volvieron al trabajo.", "mineros"),
        ("Luego de 60 horas de protesta, los presos volvieron a sus celdas.", "presos"),
        ("En el segundo día de protestas, los estudiantes ocuparon la rectoría.", "estudiantes"),
    ],
)  # fmt: skip
def test_protest_told_as_the_time_of_its_clause_is_held_by_its_subject(
    nlp_es, text: str, protesters: str
) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp_es, text) if e.type == "PROTEST")
    assert has(ev.actors, protesters)


@pytest.mark.parametrize(
    "text",
    [
        "Durante la huelga, la empresa despidió a cincuenta trabajadores.",
        "En el tercer día de huelga, el gobierno ofreció un aumento a los maestros.",
        "Tras una semana de protestas, la policía detuvo a diez estudiantes.",
    ],
)
def test_who_answers_a_protest_meanwhile_does_not_hold_it(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp_es, text) if e.mode in ("strike", "demo"))
    assert not ev.actors


def test_who_undergoes_the_act_during_a_protest_does_not_hold_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Tras diez días de huelga, los mineros fueron detenidos por la policía.",
        "Durante los cuatro días de protesta, dos estudiantes murieron.",
    ):
        ev = next(e for e in events(nlp_es, text) if e.mode in ("strike", "demo"))
        assert not ev.actors


@pytest.mark.parametrize(
    ("text", "against"),
    [
        ("Los maestros protestaron el aumento de las tarifas del transporte.", "aumento"),
        ("Los agricultores protestaron la decisión del gobierno de importar arroz.", "gobierno"),
        # the thing protested is an event noun of its own
        ("Los gremios protestaron la aprobación de las nuevas leyes laborales.", "aprobación"),
        # and a strike called to protest it is against it too
        ("Los gremios convocaron a un paro para protestar la aprobación de las nuevas leyes.",
         "aprobación"),
    ],
)  # fmt: skip
def test_protest_verb_with_a_direct_object_is_against_it(nlp_es, text: str, against: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "paro" if "paro" in text else "protest")
    assert ev.type == "PROTEST" and has(ev.targets, against)


@pytest.mark.parametrize(
    "text",
    [
        "Miles de personas protestaron este martes en las calles de Quito.",
        "Los estudiantes protestaron el lunes durante varias horas.",
    ],
)
def test_protest_verb_without_an_object_takes_no_place_nor_time_as_target(
    nlp_es, text: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "protest")
    assert not ev.targets


@pytest.mark.parametrize(
    "text",
    [
        ("Un estudiante murió durante la manifestación, disuelta por la policía, organizada para "
         "protestar contra la reforma educativa."),
        ("Un opositor murió tras la marcha, violentamente reprimida por los militares, convocada "
         "para protestar contra la reforma educativa."),
    ],
)  # fmt: skip
def test_purpose_of_a_second_participle_set_off_by_commas_is_the_protests(
    nlp_es, text: str
) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    ev = by_trigger(evs, "manifestación" if "manifestación" in text else "marcha")
    assert has(ev.targets, "reforma")
    assert not has(ev.targets, "policía") and not has(ev.targets, "militares")


def test_participle_set_off_that_does_not_agree_is_not_the_protests(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "convocados" is said of the students, not of the march
    text = (
        "La policía dispersó la marcha, integrada por estudiantes, convocados para protestar "
        "contra el rector."
    )
    ev = by_trigger(events(nlp_es, text), "marcha")
    assert not has(ev.targets, "rector")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Los huelguistas se apostaron frente a las oficinas del Instituto de Seguridad Social.",
         "instituto"),
        ("Cerca de mil manifestantes seguían concentrados frente a la sede del Fondo Monetario "
         "Internacional.", "fondo monetario"),
        ("Los manifestantes permanecieron el lunes frente al Congreso.", "congreso"),
    ],
)  # fmt: skip
def test_protesters_held_in_front_of_a_bodys_seat_protest_against_it(
    nlp_es, text: str, body: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "huelguistas" if "huelguistas" in text else "manif")
    assert ev.type == "PROTEST" and has(ev.targets, body)


def test_protesters_in_front_of_a_mere_place_have_no_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp_es, "Los manifestantes caminaron frente a la catedral durante horas."), "manif"
    )
    assert not ev.targets


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Un sargento de la policía se declaró en huelga de hambre en protesta por un informe"
         " de la OEA.", "huelga de hambre"),
        ("El sindicato decretó un paro de 24 horas, en protesta por el asesinato de un"
         " conductor.", "paro"),
    ],
)  # fmt: skip
def test_a_protest_noun_as_the_manner_of_an_act_noun_is_that_act(
    nlp_es, text: str, act: str
) -> None:  # type: ignore[no-untyped-def]
    """ "se declaró en huelga de hambre en protesta por X": the hunger strike is the protest
    (manner_of_act through the event noun the verb takes), no second protest of its own."""
    evs = events(nlp_es, text)
    assert by_trigger(evs, act).type == "PROTEST"
    assert not any(e.trigger.lower() == "protesta" for e in evs)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Draskovic comienza una huelga de hambre para protestar contra la decisión del"
         " Tribunal.", "huelga de hambre"),
        ("Los maestros iniciaron una huelga de dos días para protestar contra el gobierno.",
         "huelga"),
        ("Los campesinos marcharon hasta la capital para protestar contra la reforma.",
         "marcharon"),
        ("Los mineros iniciaron una huelga, que durará tres días, para protestar contra el"
         " cierre de la mina.", "huelga"),
    ],
)  # fmt: skip
def test_a_protest_purpose_of_a_protest_act_is_that_act(nlp_es, text: str, act: str) -> None:  # type: ignore[no-untyped-def]
    """ "iniciaron una huelga para protestar contra X": the strike is the protest
    (purpose_of_act), no second, hypothetical protest of its own."""
    evs = events(nlp_es, text)
    assert by_trigger(evs, act).type == "PROTEST"
    assert not any(e.trigger.lower() == "protestar" for e in evs)


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        # walking out is no protest act of the vocabulary: the purpose is the protest, made
        ("Libia se retiró de la cumbre este sábado para protestar contra ese proyecto.", False),
        # a call to others: they may not come; the purpose is ahead (standard changed in the
        # thirty-sixth session: a purpose is flagged future, was hypothetical)
        ("Los sindicatos convocaron a sus afiliados para protestar contra la reforma.", True),
        # to come
        ("Los campesinos viajarán a la capital para protestar contra la reforma.", True),
    ],
)
def test_a_protest_purpose_of_another_act_stays_the_protest_ahead(
    nlp_es, text: str, ahead: bool
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "protestar")
    assert ev.type == "PROTEST"
    assert (ev.future, ev.hypothetical) == (ahead, False)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Los maestros iniciaron una huelga como rechazo a la reforma educativa.", "huelga"),
        ("Los campesinos marcharon en rechazo a la privatización.", "marcharon"),
    ],
)
def test_a_rejection_told_as_the_manner_of_a_protest_act_is_that_act(
    nlp_es, text: str, act: str
) -> None:  # type: ignore[no-untyped-def]
    """ "como rechazo a X", "en rechazo a X" on a strike or march: the strike is the act,
    no REJECT of its own (manner_of_act, as "en protesta")."""
    evs = events(nlp_es, text)
    assert by_trigger(evs, act).type == "PROTEST"
    assert not any(e.type == "REJECT" for e in evs)


def test_a_rejection_of_its_own_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El gobierno expresó su rechazo a la propuesta de los sindicatos.")
    assert any(e.type == "REJECT" for e in evs)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Los mineros realizaron una marcha de protesta frente al ministerio.", "marcha"),
        ("Cientos de jubilados iniciaron un paro de protesta contra la reforma.", "paro"),
        ("Los vecinos organizaron varias manifestaciones de protesta en la plaza.",
         "manifestaciones"),
        # the writing a complaint verb is made in
        ("El canciller denunció en una carta de protesta la incursión de tropas extranjeras.",
         "denunció"),
    ],
)  # fmt: skip
def test_a_protest_noun_telling_the_kind_of_an_act_is_that_act(nlp_es, text: str, act: str) -> None:  # type: ignore[no-untyped-def]
    """ "una marcha de protesta", "un paro de protesta": the "de"-phrase tells what kind of
    act the march is, no second protest (qualifier_of_act)."""
    evs = events(nlp_es, text)
    assert by_trigger(evs, act).type in ("PROTEST", "ACCUSE")
    assert not any("protesta" in e.trigger.lower() for e in evs)


def test_a_protest_note_delivered_stays_the_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A writing no complaint verb is made in is the protest: "presentó una nota de
    protesta" (the delivering verb is no event)."""
    evs = events(nlp_es, "El gobierno de Chile presentó una nota de protesta a Perú.")
    assert by_trigger(evs, "protesta").type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        # on the participle describing the strike
        "El paro nacional, convocado para protestar contra la reforma, terminó el viernes.",
        # the purpose of coordinated acts, one of them a protest
        "Los vecinos se concentraron frente a la alcaldía y encendieron velas para protestar "
        "contra la inseguridad.",
    ],
)
def test_purpose_of_a_described_or_coordinated_protest_act_is_that_act(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert any(e.type == "PROTEST" for e in evs)
    assert not any(e.trigger == "protestar" for e in evs)


def test_purpose_of_an_act_that_is_no_protest_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los estudiantes leyeron un manifiesto para protestar contra la ley.")
    assert by_trigger(evs, "protestar").type == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "Una manifestación de cientos de estudiantes protestó frente al Congreso.",
        # the parser hangs the noun on the time word before the verb
        "El domingo, una marcha distinta, de varios miles de campesinos, protestó contra la "
        "reforma agraria.",
    ],
)
def test_a_protest_noun_subject_of_a_protest_verb_is_that_protest(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert [e.trigger for e in evs if e.type == "PROTEST"] == ["protestó"]


def test_a_protest_noun_undergoing_an_act_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "La marcha de los estudiantes fue dispersada por la policía.")
    assert by_trigger(evs, "marcha").type == "PROTEST"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "en reclamo de X" read as one preposition, as a phrase of the protest noun, or as
        # an adverb of the verb: what the protest is about, no act of its own
        ("Los jubilados marcharon en reclamo de sus pensiones.", "REQUEST"),
        ("Los maestros marcharon en demanda de aumentos salariales.", "REQUEST"),
        ("Continuaron las protestas de los ahorristas en reclamo de sus depósitos.", "REQUEST"),
        ("Los estudiantes marcharon en rechazo a la reforma.", "REJECT"),
    ],
)
def test_a_claim_told_as_the_manner_of_a_protest_is_that_protest(  # type: ignore[no-untyped-def]
    nlp_es, text: str, kind: str
) -> None:
    evs = events(nlp_es, text)
    assert [e for e in evs if e.type == "PROTEST"]
    assert not [e for e in evs if e.type == kind]


def test_a_claim_made_is_still_a_request(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, "El sindicato presentó un reclamo al gobierno."), "reclamo")
    assert ev.type == "REQUEST" and has(ev.actors, "sindicato")


@pytest.mark.parametrize(
    "text",
    [
        "La huelga movilizó a más de un millón de personas que salieron a protestar contra el "
        "gobierno.",
        "Los sindicatos movilizaron a miles de trabajadores que marcharon por el centro.",
    ],
)
def test_the_mobilised_protesting_is_the_mobilisation(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    protests = [e for e in events(nlp_es, text) if e.type == "PROTEST"]
    assert [e.trigger for e in protests] == [
        next(w for w in text.split() if w.startswith("moviliz"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Miles de personas salieron a protestar contra el gobierno.",
        # not the object of a protest: the march is told
        "La policía detuvo a dos estudiantes que marcharon por el centro.",
    ],
)
def test_a_protest_told_of_people_not_mobilised_stays(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp_es, text) if e.type == "PROTEST"]
