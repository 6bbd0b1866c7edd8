"""Arguments of Spanish events (annotate/events_es_args): who a dropped subject stands for.
Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import article, by_trigger, es_events, has, one

from chronicler.annotate.nlp import annotate_articles
from chronicler.model import PublicationDate


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "El opositor Tomás Iriarte llegó el sábado a Bogotá. Quito amaneció en calma el "
            "domingo. Fue detenido horas antes en su casa.",
            "arrest",
        ),
        (
            "El dirigente Tomás Iriarte llegó a Bogotá. Lima vivió una jornada tranquila. "
            "Había partido al exilio horas antes.",
            "exile",
        ),
    ],
)
def test_a_capital_as_subject_is_no_person_for_a_later_dropped_subject(
    nlp_es, text: str, mode: str
) -> None:  # type: ignore[no-untyped-def]
    """The small model tags people LOC, so a LOC subject may be a person; a capital the
    country table knows is not ("Quito amaneció en calma"), as a country's name was not."""
    ev = one(es_events(nlp_es, text), mode)
    assert has(ev.targets, "Iriarte") and not has(ev.targets, text.split(". ")[1].split()[0])


def test_a_court_named_by_its_city_is_the_court_not_the_city(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        es_events(nlp_es, "Un tribunal de Lima ordenó su detención."),
        "arrest",
    )
    (court,) = ev.actors
    assert (court.text, court.role, court.country) == ("tribunal de Lima", "judiciary", "PER")


def test_que_standing_for_an_act_is_no_actor_of_its_clause(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "el asilo político que ha solicitado": the parser makes "que" (the asylum) the
    subject of "solicitado"; asylum asks for nothing. The people of "los soldados que
    atacaron" still act."""
    text = "España le otorgará el asilo político que ha solicitado."
    asked = [e for e in es_events(nlp_es, text) if e.type == "REQUEST"]
    assert asked and not any(has(e.actors, "asilo") for e in asked)
    text = "Los soldados que atacaron el pueblo fueron detenidos."
    attack = next(e for e in es_events(nlp_es, text) if e.type == "ASSAULT")
    assert has(attack.actors, "soldados")


@pytest.mark.parametrize(
    "text",
    [
        # the age set on the name
        "Un juez ordenó la detención de Juan Pérez, de 75 años, el lunes. El diplomático "
        "retirado, de 75 años, se refugió en la embajada de Chile.",
        # the former diplomat is the diplomat
        "Un juez ordenó la detención del exdiplomático Juan Pérez el lunes. El diplomático "
        "retirado se refugió en la embajada de Chile.",
    ],
)
def test_a_description_the_article_gave_a_name_is_that_person(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    (refuge,) = [e for e in es_events(nlp_es, text) if e.mode == "asylum"]
    assert [a.text for a in refuge.actors] == ["Juan Pérez"]


@pytest.mark.parametrize(
    "text",
    [
        # two people of that age: no telling which
        "Juan Pérez, de 75 años, y Luis Soto, de 75 años, fueron acusados. El diplomático "
        "retirado, de 75 años, se refugió en la embajada de Chile.",
    ],
)
def test_a_description_matching_no_one_person_stays_unlinked(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    (refuge,) = [e for e in es_events(nlp_es, text) if e.mode == "asylum"]
    assert not any(a.text in ("Juan Pérez", "Luis Soto") for a in refuge.actors)


def test_a_relative_subject_stands_for_the_complement_its_verb_agrees_with(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "los cargos de la Fiscalía, que lo acusa": the singular verb agrees with the Fiscalía,
    not with the plural head noun the parser hangs the clause on; and the charge rule's
    roles are read on it too, so the prosecutor's accusation is a charge, as "la fiscalía
    acusó a X de traición" (events-vocab-es 1.126.0; was an allegation by the pronoun)."""
    text = "El dirigente rechazó los cargos de la Fiscalía, que lo acusa de conspiración."
    ev = by_trigger(es_events(nlp_es, text), "acusa")
    assert (ev.type, ev.mode) == ("ACCUSE", "charge")
    assert [p.phrase for p in ev.actors] == ["Fiscalía"]


def test_a_relative_subject_agreeing_with_its_head_noun_stays_with_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los presos de la cárcel, que fueron liberados ayer, denunciaron torturas."
    ev = one(es_events(nlp_es, text), "release")
    assert has(ev.targets, "presos")


def test_a_perfects_participle_does_not_set_the_relative_subjects_number(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "que han amenazado": the auxiliary is plural, though the participle reads singular, so
    the plural head noun stays what the pronoun stands for."""
    text = "La medida indignó a los vecinos de la ciudad, que han amenazado con cortar la ruta."
    ev = next(e for e in es_events(nlp_es, text) if e.trigger.startswith("amenaz"))
    assert has(ev.actors, "vecinos")


def test_a_sentencing_noun_naming_no_one_is_the_sole_custody_topics(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "un tribunal convirtió una antigua condena en ...": the noun names no one sentenced;
    the story so far is about one person only, so it is his."""
    text = (
        "El opositor Tomás Iriarte fue detenido el 17 de enero en el aeropuerto. El 2 de "
        "febrero, un tribunal de Caracas convirtió una antigua condena en suspenso en una pena "
        "de prisión efectiva de tres años."
    )
    ev = one(es_events(nlp_es, text), "convict")
    assert has(ev.targets, "Iriarte")


def test_a_sentencing_noun_naming_no_one_is_nobodys_when_the_story_has_two(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La policía detuvo a Ana Ruiz y a Pedro Gómez en Caracas. Un tribunal convirtió una "
        "antigua condena en suspenso en una pena de prisión efectiva."
    )
    ev = one(es_events(nlp_es, text), "convict")
    assert not ev.targets


def test_a_feminine_clitic_is_not_the_man_set_beside_his_office(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Su abogado, Pedro Soto, ... La Fiscalía la acusó": "la" is a woman's, and the
    article sets Soto beside "abogado"; the accused is the former minister."""
    text = (
        "La exministra Ana Ruiz fue condenada el viernes a seis años de cárcel. Su abogado, "
        "Pedro Soto, dijo que apelará. La Fiscalía la acusó de sedición en 2021."
    )
    accused = next(e for e in es_events(nlp_es, text) if e.trigger == "acusó")
    assert has(accused.targets, "Ruiz") and not has(accused.targets, "Soto")


def test_a_description_of_the_other_gender_is_not_the_custody_topic(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Ruiz fue detenida ... El exmandatario se asiló": the participles told of Ruiz are
    feminine, the description masculine; he is someone else."""
    text = (
        "La exministra Ana Ruiz fue detenida el lunes en Quito. Ruiz permaneció recluida en "
        "la cárcel de San Pedro. El exmandatario se asiló en México."
    )
    asylum = next(e for e in es_events(nlp_es, text) if e.trigger == "asiló")
    assert not has(asylum.actors, "Ruiz"), [p.text for p in asylum.actors]


def test_a_feminine_clitic_is_not_the_man_held_before(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Peña fue detenido ... La Fiscalía la acusó": "la" is not Peña, the custody topic."""
    text = (
        "El exministro Luis Peña fue detenido el lunes en Quito. Horas después fue trasladado "
        "a la capital. La Fiscalía la acusó de sedición."
    )
    accused = next(e for e in es_events(nlp_es, text) if e.trigger == "acusó")
    assert not has(accused.targets, "Peña"), [p.text for p in accused.targets]


def test_a_feminine_description_and_clitic_pass_over_the_man_held_since(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "La exministra Ana Ruiz fue condenada ... condenó ... al excomandante de la Policía
    Luis Peña ... La exministra, de 61 años, fue detenida ... La Fiscalía la acusó": the
    latest custody topic is Peña, described as a man; the description (its age set off by
    commas) and the clitic are the one woman of the custody told, Ruiz."""
    text = (
        "La exministra Ana Ruiz fue condenada el viernes a seis años de cárcel.\n\n"
        "El mismo tribunal condenó a seis años de cárcel al excomandante de la Policía Luis "
        "Peña.\n\n"
        "La exministra, de 61 años, fue detenida el 3 de mayo de 2020 en Quito.\n\n"
        "La Fiscalía la acusó de sedición en el caso."
    )
    evs = es_events(nlp_es, text)
    held = next(e for e in evs if e.trigger == "detenida")
    accused = next(e for e in evs if e.trigger == "acusó")
    assert has(held.targets, "Ruiz"), [p.text for p in held.targets]
    assert has(accused.targets, "Ruiz"), [p.text for p in accused.targets]


def test_a_detention_imposed_on_a_clitic_holds_the_custody_topic(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "un juez le impuso cuatro meses de detención preventiva": the detention (a noun
    whose subject is usually who detains) holds the one it is imposed on, and "le" is the
    one the custody story is about, not a man named paragraphs before."""
    text = (
        "La exministra Ana Ruiz fue condenada el viernes a seis años de cárcel.\n\n"
        "El mismo tribunal condenó a seis años de cárcel al excomandante de la Policía Luis "
        "Peña, prófugo.\n\n"
        "La exministra, de 61 años, fue detenida el 3 de mayo de 2020 en Quito. Horas "
        "después fue trasladada a Guayaquil en un avión policial.\n\n"
        "La Fiscalía la acusó de sedición en el caso. El 5 de mayo un juez le impuso cuatro "
        "meses de detención preventiva."
    )
    held = next(e for e in es_events(nlp_es, text) if e.trigger == "detención")
    assert has(held.targets, "Ruiz") and not has(held.targets, "Peña"), held.targets
    assert ("court_ordered", "yes") in held.attributes


def test_a_speaker_is_passed_over_when_the_clause_he_reports_names_its_subject_in_apposition(
    nlp_es,
) -> None:  # type: ignore[no-untyped-def]
    """ "El obispo de Matagalpa, Rolando Álvarez, se negó ..., según dijo Ortega ... un juez lo
    condenó": the subject's name stands in apposition to its head noun; the bishop is the
    topic "lo" picks up, not the speaker."""
    text = (
        "El obispo de Matagalpa, Rolando Álvarez, se negó a subir al avión, según dijo Ortega "
        "en un acto oficial, y fue trasladado a la cárcel La Modelo. Este viernes, un juez lo "
        "condenó a 26 años de prisión."
    )
    ev = one(es_events(nlp_es, text), "convict")
    assert has(ev.targets, "Rolando Álvarez") and not has(ev.targets, "Ortega")


@pytest.mark.parametrize(
    "description", ["El diplomático retirado, de 75 años,", "El opositor", "El joven opositor"]
)  # (no description given with the name: the one topic is who it describes)
def test_a_bare_description_with_an_adjective_of_standing_is_the_topic(  # type: ignore[no-untyped-def]
    nlp_es, description: str
) -> None:
    text = (
        "Un tribunal ordenó la detención de Edmundo González. "
        f"{description} se refugió en la embajada de los Países Bajos."
    )
    ev = one(es_events(nlp_es, text), "asylum")
    assert has(ev.actors, "gonzález")


@pytest.mark.parametrize(
    ("text", "mode", "group"),
    [
        ("Cuarenta jornaleros ocuparon la finca. Al amanecer la policía los detuvo.", "arrest",
         "jornaleros"),
        ("Las enfermeras marcharon hasta el ministerio. Horas después las arrestaron.",
         "arrest", "enfermeras"),
        ("Varios concejales votaron contra el presupuesto. El alcalde los criticó.",
         "disapprove", "concejales"),
    ],
)  # fmt: skip
def test_a_plural_clitic_is_the_latest_group(nlp_es, text: str, mode: str, group: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(es_events(nlp_es, text), mode)
    assert has(ev.targets, group), [p.text for p in ev.targets]


def test_a_plural_clitic_is_not_its_own_verbs_subject_nor_of_the_other_gender(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(es_events(nlp_es, "Los guardias los golpearon en el patio."), "beat")
    assert not ev.targets
    text = "Las maestras y los padres llegaron a la plaza. Los agentes los dispersaron."
    ev = one(es_events(nlp_es, text), "repress")
    assert has(ev.targets, "padres") and not has(ev.targets, "maestras")


# --- args12: a singular clitic standing for a described person ---


def _targets(nlp_es, text: str, mode: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The targets of the `mode` event of `text` through the annotate stage (the whole
    document, as an article)."""
    published = PublicationDate("2023-03-20", "header", 0.9)
    (annotation,) = annotate_articles([article(text, "es", published)], nlp_es)
    return [t.text for t in one(annotation.events, mode).targets]


def test_a_singular_clitic_stands_for_the_person_described_before(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Cuando el concejal salió de la alcaldía, dos policías lo detuvieron."
    assert _targets(nlp_es, text, "arrest") == ["concejal"]


def test_a_feminine_clitic_goes_back_to_the_sentence_before(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Una abogada llegó a la plaza central de Tegucigalpa. La detuvieron al mediodía."
    assert _targets(nlp_es, text, "arrest") == ["abogada"]


def test_a_masculine_clitic_is_not_a_woman_described(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Cuando la jueza salió del tribunal, dos agentes lo detuvieron."
    assert _targets(nlp_es, text, "arrest") == []


def test_a_clitic_between_two_described_people_is_left_open(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El fiscal interrogó al comerciante en su oficina. Luego lo detuvieron."
    assert _targets(nlp_es, text, "arrest") == []


def test_a_named_person_described_keeps_the_name(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El periodista Mario Cano llegó a Caracas. Lo detuvieron el viernes."
    assert [t for t in _targets(nlp_es, text, "arrest") if "Cano" in t]


# --- roles14 ---


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Un fotógrafo de Reuters fue detenido por la policía en Minsk.", "fotógrafo"),
        ("La policía detuvo a dos periodistas de la BBC en Moscú.", "periodistas"),
    ],
)
def test_a_person_working_for_a_body_is_the_person_es(nlp_es, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """ "un fotógrafo de Reuters": the photographer is held, not Reuters; an office still
    stands for its body ("un comandante de las FARC")."""
    ev = one(es_events(nlp_es, text), "arrest")
    assert any(person in t.text for t in ev.targets)
    farc = one(
        es_events(nlp_es, "Un comandante de las FARC fue capturado por el Ejército."), "arrest"
    )
    assert any(t.text == "FARC" for t in farc.targets)


@pytest.mark.parametrize(
    ("text", "mode", "force"),
    [
        ("Las tropas fueron desplegadas en la frontera.", "troops", "tropas"),
        ("Los soldados fueron retirados de la ciudad.", "withdraw", "soldados"),
    ],
)
def test_a_force_a_passive_moves_makes_the_move_es(
    nlp_es, text: str, mode: str, force: str
) -> None:  # type: ignore[no-untyped-def]
    ev = one(es_events(nlp_es, text), mode)
    assert has(ev.actors, force) and not has(ev.targets, force)


def test_a_manos_de_names_the_doer(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "a manos de X" names who did the act, as a passive's "por" does (the English "at the
    hands of")."""
    ev = one(es_events(nlp_es, "Los reclusos fueron golpeados a manos de los soldados."), "beat")
    assert has(ev.actors, "soldados") and has(ev.targets, "reclusos")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Dos organizaciones de defensa de los derechos humanos, la colombiana Minga y la "
            "peruana Aprodeh, protestaron contra esas detenciones.",
            ["Minga", "Aprodeh"],
        ),
        (
            "Dos sindicatos, el chileno Colegio de Profesores y la peruana Sutep, protestaron "
            "contra la reforma.",
            ["Colegio de Profesores", "Sutep"],
        ),
    ],
)
def test_bodies_named_in_apposition_are_the_actors(nlp_es, text: str, named: list[str]) -> None:  # type: ignore[no-untyped-def]
    """ "Dos sindicatos, la chilena Fenpruss y la peruana Sutep ...": each name apposed after
    an article and a demonym is a body that acts (no place tacked on), however the parser
    hangs it."""
    ev = by_trigger(es_events(nlp_es, text), "protestaron")
    assert [a.text for a in ev.actors] == named


def test_a_postposed_subject_named_before_its_description(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "protestó en París Ana Gil, abogada de ...": the parser hangs the name on the place
    and takes the description for the subject; the person named protests."""
    text = (
        '"Esta es una farsa judicial", protestó en París Rodrigo Salinas, abogado defensor de '
        'uno de los acusados, agregando: "se quiere castigar a inocentes".'
    )
    ev = by_trigger(es_events(nlp_es, text), "protestó")
    assert ev.actors[0].text == "Rodrigo Salinas"
    assert has(ev.actors, "abogado")


def test_a_name_apposed_to_an_apposition_names_the_actor(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "El último huelguista que sigue en ayuno, el ex coronel boliviano Mario Quispe, ...":
    the parser hangs the name on "coronel"; it is still who the subject is."""
    text = (
        "El último huelguista que sigue en ayuno, el ex coronel boliviano Mario Quispe, "
        "abandonó su ayuno."
    )
    ev = by_trigger(es_events(nlp_es, text), "ayuno")
    assert ev.actors[0].text == "Mario Quispe"


def test_membership_complement_is_part_of_the_phrase_not_its_name(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "a la comunidad embera" on the noun; it describes the young man
    text = (
        "Un joven de 19 años perteneciente a la comunidad embera fue asesinado por paramilitares."
    )
    target = by_trigger(es_events(nlp_es, text), "asesinado").targets[0]
    assert "comunidad embera" in (target.phrase or "")
    text = "Un dirigente perteneciente al Partido Liberal fue asesinado por desconocidos."
    target = by_trigger(es_events(nlp_es, text), "asesinado").targets[0]
    assert "partido liberal" in (target.phrase or "").lower()
    assert target.text.startswith("dirigente")  # the leader was killed, not the party


def test_relative_pronoun_standing_for_a_time_is_no_one(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the relative clause on "lunes": the day backs nothing
    text = (
        "Fedecámaras convocó a un paro el lunes 10 de diciembre, que respaldó la mayor central "
        "obrera del país, para protestar la aprobación de las leyes."
    )
    evs = es_events(nlp_es, text)
    assert not any(has(e.actors, "lunes") for e in evs)
    assert has(one(evs, "strike").actors, "fedecámaras")


@pytest.mark.parametrize(
    ("text", "trigger", "side", "expected"),
    [
        # a place after a facility noun tells where the facility is
        ("Los presos protestaban contra la sobrepoblación de la cárcel de Crumlin Road.",
         "protestaban", "targets", "sobrepoblación de la cárcel de crumlin road"),
        ("Los vecinos protestaron contra la contaminación del puerto de Valparaíso.",
         "protestaron", "targets", "contaminación del puerto de valparaíso"),
        # a place in the "de"-phrase of people of no state's body tells where they are from
        ("En paro los maestros de Oaxaca", "paro", "actors", "maestros de oaxaca"),
        ("Los mineros de Bolivia protestaron frente al palacio.", "protestaron", "actors",
         "mineros de bolivia"),
    ],
)  # fmt: skip
def test_place_telling_where_the_argument_is_does_not_stand_for_it(
    nlp_es, text: str, trigger: str, side: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(es_events(nlp_es, text), trigger)
    found = [p for p in getattr(ev, side) if p.text.lower() == expected]
    assert found and found[0].label is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Miles de personas protestaron contra la ocupación de Irak.", "Irak"),
        ("Los estudiantes protestaron contra la política del gobierno de Venezuela.",
         "Venezuela"),
        ("Los agricultores protestaron contra la importación de trigo de Canadá.", "Canadá"),
        ("Los manifestantes protestaron contra el cierre de la embajada de Estados Unidos.",
         "Estados Unidos"),
    ],
)  # fmt: skip
def test_place_the_argument_is_of_stands_for_it(nlp_es, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(es_events(nlp_es, text), "protestaron")
    assert [t.text for t in ev.targets] == [target]


def test_people_of_a_country_keep_its_country(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(es_events(nlp_es, "Los mineros de Bolivia protestaron."), "protestaron")
    assert ev.actors[0].text == "mineros de Bolivia" and ev.actors[0].country == "BOL"


def test_acronym_after_people_stays_their_body(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # the small model tags "CUT" a place: an acronym is a body, whose leaders act for it
    text = "Los dirigentes de la CUT protestan por el anuncio oficial."
    ev = by_trigger(es_events(nlp_es, text), "protestan")
    assert [a.text for a in ev.actors] == ["CUT"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("El ministro se refirió a los 32 barcos de diversas nacionalidades que han participado "
         "en la campaña de protesta.", "barcos"),
        ("La policía vigiló a los jóvenes de origen kurdo que participaron en la manifestación.",
         "jóvenes"),
    ],
)  # fmt: skip
def test_relative_clause_hung_on_a_phrase_of_quality_is_said_of_the_noun_it_describes(
    nlp_es, text: str, doer: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(es_events(nlp_es, text), "protesta" if "campaña" in text else "manifestación")
    assert ev.type == "PROTEST"
    assert has(ev.actors, doer)
    assert not any(a.text.lower() in ("nacionalidades", "origen kurdo") for a in ev.actors)
