"""Spanish subjects (annotate.events_es_subjects): a time phrase the small parser makes a
subject names when, never who, and the real subject beside it or hung on it is read instead."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has, headline_events, names, one
from event_helpers import es_events as events

from chronicler.annotate.events_es_subjects import opened_by_para, subjects
from chronicler.annotate.events_es_times import time_phrase

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def subject_words(nlp, text: str, verb: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [s.lower_ for s in subjects(next(t for t in doc if t.lower_ == verb))]


@pytest.mark.parametrize("day", ["miércoles", "miercoles"])
def test_day_beside_the_subject_is_no_subject(nlp_es, day: str) -> None:  # type: ignore[no-untyped-def]
    text = f"El {day}, un grupo de maestros protestó frente al ministerio."
    assert subject_words(nlp_es, text, "protestó") == ["grupo"]
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, "maestros") and not has(ev.actors, day)


@pytest.mark.parametrize(
    ("text", "head", "people"),
    [
        # the parser makes "tarde" the subject and "decenas" its apposition ...
        ("La tarde del jueves, decenas de campesinos bloquearon la carretera principal.",
         "decenas", "campesinos"),
        # ... or "cientos" a number and "indígenas" a "de"-phrase of "tarde"
        ("La tarde del viernes, cientos de indígenas bloquearon la vía Panamericana.",
         "indígenas", "indígenas"),
    ],
)  # fmt: skip
def test_subject_hung_on_a_time_subject_is_read(nlp_es, text: str, head: str, people: str) -> None:  # type: ignore[no-untyped-def]
    assert subject_words(nlp_es, text, "bloquearon") == [head]
    ev = one(events(nlp_es, text), "obstruct")
    assert has(ev.actors, people) and not has(ev.actors, "tarde")


@pytest.mark.parametrize("day", ["día", "dia"])
def test_date_is_no_undergoer_of_a_passive(nlp_es, day: str) -> None:  # type: ignore[no-untyped-def]
    text = f"El {day} 12 de junio el dirigente Pedro Salas fue asesinado en su finca."
    ev = one(events(nlp_es, text), "assassinate")
    assert has(ev.targets, "Salas")
    assert not has(ev.targets, day) and not has(ev.targets, "junio")


@pytest.mark.parametrize(
    ("text", "word", "when"),
    [
        ("El 5 de marzo la policía detuvo a tres estudiantes.", "5", True),
        ("Dos fueron detenidos en la plaza.", "Dos", False),  # a count of people
        ("Domingo Salas fue detenido en la plaza.", "Domingo", False),  # a man, not the day
        ("La madrugada del lunes fue tensa.", "madrugada", True),
    ],
)
def test_time_phrase(nlp_es, text: str, word: str, when: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_es(text)
    assert time_phrase(next(t for t in doc if t.text == word)) is when


def test_person_named_like_a_day_stays_the_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Domingo Salas fue detenido por la policía."), "arrest")
    assert has(ev.targets, "Domingo Salas")


@pytest.mark.parametrize(
    ("text", "verb", "mode", "actor"),
    [
        (
            "La policía detuvo a Tomás Sánchez. Un tribunal lo liberó días después.",
            "liberó",
            "release",
            "tribunal",
        ),
        (
            "La policía detuvo a Tomás Sánchez. Un juez lo liberó días después.",
            "liberó",
            "release",
            "juez",
        ),
    ],
)
def test_bare_noun_before_a_clitic_is_the_subject(
    nlp_es, text: str, verb: str, mode: str, actor: str
) -> None:  # type: ignore[no-untyped-def]
    """A noun indirect object takes "a": a bare noun before the verb that the parser made its
    indirect object (beside a clitic object, "Un tribunal lo liberó") is its subject."""
    assert subject_words(nlp_es, text, verb) == [actor]
    ev = one(events(nlp_es, text), mode)
    assert has(ev.actors, actor) and has(ev.targets, "Sánchez") and not has(ev.targets, actor)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # "denuncio" read as a noun with a subject and an object of its own
        ("La Secretaria de Educacion de Antioquia denuncio el asesinato de un maestro en la "
         "vereda El Roble.", "secretaria", None),
        # ... or as a noun modifying its subject, its object an apposition of the subject
        ("El sindicato de educadores denuncio la desaparicion de una profesora en zona urbana.",
         "sindicato", "desaparicion"),
    ],
)  # fmt: skip
def test_unaccented_preterite_read_as_a_noun_is_a_verb(
    nlp_es, text: str, actor: str, target: str | None
) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "disapprove")
    assert ev.type == "ACCUSE" and ev.trigger == "denuncio" and has(ev.actors, actor)
    # the subject's phrase stops before the verb read into it
    assert not has(ev.actors, "denuncio")
    assert target is None or has(ev.targets, target)


def test_threats_received_by_a_subject_the_verb_was_hung_on(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = next(
        e for e in events(nlp_es, "El alcalde recibio amenazas de muerte.") if e.type == "THREATEN"
    )
    assert has(ev.targets, "alcalde") and not has(ev.targets, "recibio")


def test_headline_purpose_has_the_noun_it_hangs_on_as_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A headline with no verb ("Miles de manifestantes en Berlín para apoyar al PDS"): the
    purpose infinitive's subject is the noun phrase it is hung on."""
    text = "Varios miles de manifestantes en Berlín para apoyar al sindicato"
    ev = next(e for e in events(nlp_es, text) if e.trigger == "apoyar")
    assert has(ev.actors, "manifestantes") and has(ev.targets, "sindicato")


def test_conditional_tagged_imperfect_takes_the_announcers_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The model tags "permitirían" an imperfect (lemma "permitirir"); as a conditional it
    says what the announcers will do, so its dropped subject is theirs."""
    text = (
        "Los campesinos del pueblo, cerca de la capital, anunciaron que no permitirían la "
        "instalación de las urnas, en protesta porque el gobierno no ha anulado los procesos."
    )
    assert subject_words(nlp_es, text, "permitirían") == ["campesinos"]
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, "campesinos") and has(ev.targets, "gobierno")


def test_casualty_noun_read_as_the_participles_adjective(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "resultaron un interno muerto": the parser heads the phrase with the participle."""
    text = "Durante una riña en el patio de la cárcel, resultaron un interno muerto y otro herido."
    assert subject_words(nlp_es, text, "muerto") == ["interno"]
    ev = next(e for e in events(nlp_es, text) if e.trigger == "muerto")
    assert has(ev.targets, "interno")


def test_unaccented_preterite_in_a_headline_tagged_participle(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The model tags "PROTESTO" (protestó) VerbForm=Part; no participle ends so, so it is the
    preterite read as an adjective of its subject, who protests."""
    text = "EL CONGRESO PERUANO PROTESTO POR LA DECISION DEL TRIBUNAL"
    ev = one(headline_events(nlp_es, text), "demo")
    assert has(ev.actors, "congreso") and has(ev.targets, "decision")
    assert not has(ev.actors, "decision")


@pytest.mark.parametrize(
    "text",
    [
        "La irritada población dominicana demanda mejoras en los servicios de agua.",
        "LA POBLACION DOMINICANA DEMANDA MEJORAS EN LOS SERVICIOS",
    ],
)
def test_present_verb_read_as_a_noun_is_a_verb(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "demanda" with a subject and a bare object is the verb "demandar"."""
    ev = next(e for e in headline_events(nlp_es, text) if e.type == "REQUEST")
    assert ev.trigger.lower() == "demanda"
    assert has(ev.actors, "población") or has(ev.actors, "poblacion")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Cali amaneció con barricadas este martes. Fue detenido en su casa por la Policía.", None),
        (
            "San Cristóbal amaneció con barricadas. En San Cristóbal hubo protestas. Fue "
            "detenido el lunes.",
            None,
        ),
        ("Tomás Sánchez huyó a Colombia. Fue detenido en la frontera.", "Tomás Sánchez"),
        (
            "Tomás Sánchez huyó a Colombia. Sánchez cruzó la frontera. Fue detenido el lunes.",
            "Sánchez",
        ),
    ],
)
def test_a_place_tagged_as_subject_is_no_dropped_subjects_person(  # type: ignore[no-untyped-def]
    nlp_es, text: str, person: str | None
) -> None:
    """A name tagged a place may be a person's when it is a full name, or the surname of one
    named in full; a lone town name ("Cali", no capital the tables list), or a name the text
    also uses as a place ("En San Cristóbal"), is never the one a dropped subject stands for."""
    arrest = one(events(nlp_es, text), "arrest")
    assert [p.text for p in arrest.targets] == ([person] if person else [])


def test_a_time_after_por_is_no_charge(nlp_es) -> None:  # type: ignore[no-untyped-def]
    arrest = one(events(nlp_es, "Por la tarde, fue detenido por agentes de la Policía."), "arrest")
    assert not [v for k, v in arrest.attributes if k == "charge"]


@pytest.mark.parametrize(
    ("text", "mode", "actor"),
    [
        ("El régimen los despojó de la nacionalidad.", "restrict", "régimen"),
        ("La Asamblea los despojó de su nacionalidad.", "restrict", "Asamblea"),
    ],
)
def test_accented_preterite_read_as_a_noun_after_a_clitic_is_a_verb(  # type: ignore[no-untyped-def]
    nlp_es, text: str, mode: str, actor: str
) -> None:
    """The small model tags "despojó" a noun (and "los" its determiner): right after an
    object clitic only a verb stands, so it is the vocabulary's "despojar"."""
    ev = one(events(nlp_es, text), mode)
    assert ev.trigger == "despojó" and ev.type == "COERCE" and has(ev.actors, actor)


def test_preterite_shapes_and_verb_slots(nlp_es) -> None:  # type: ignore[no-untyped-def]
    from chronicler.annotate.events_es_vocab import preterite_infinitives, verb_slot

    assert preterite_infinitives("despojó") == ("despojar",)
    assert preterite_infinitives("reprimió") == ("reprimir", "reprimer")
    assert preterite_infinitives("despojaron") == ("despojar",)
    assert preterite_infinitives("nación") == ()
    doc = nlp_es("El régimen los despojó de la nacionalidad.")
    assert verb_slot(doc[3])
    doc = nlp_es("El buró de la nación se reunió.")
    assert not verb_slot(doc[1])


# --- case9 ---


def test_purpose_clause_of_a_verbless_headline_is_its_root_nouns(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Cientos de campesinos en Lima para respaldar al gobierno": the parser may hang the
    "para"-clause on the root noun as a modifier (acl) or an adverbial clause; either way
    the people the headline names do it."""
    for text in (
        "Cientos de campesinos en Lima para respaldar al gobierno",
        "CIENTOS DE CAMPESINOS EN LIMA PARA RESPALDAR AL GOBIERNO",
    ):
        evs = headline_events(nlp_es, text)
        ev = next(e for e in evs if e.trigger.lower() == "respaldar")
        assert [a.text.lower() for a in ev.actors] == ["campesinos"], text


def test_a_noun_after_the_infinitive_is_no_second_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Los colonos armados se preparan a invadir Caracas": the parser may make the city a
    second subject of "preparan"; a clause has one, and the noun after the infinitive is what
    is invaded, not who invades."""
    for text in (
        "Los colonos armados se preparan a invadir Caracas",
        "LOS COLONOS ARMADOS SE PREPARAN A INVADIR CARACAS",
    ):
        ev = next(e for e in headline_events(nlp_es, text) if e.trigger.lower() == "invadir")
        assert [a.text.lower() for a in ev.actors] == ["colonos armados"], text


@pytest.mark.parametrize(
    ("text", "doers", "thing"),
    [
        ("Los cocaleros mantienen bloqueada la carretera troncal desde el martes.",
         "cocaleros", "carretera"),
        ("Los estudiantes mantenían tomada la universidad.", "estudiantes", "universidad"),
    ],
)  # fmt: skip
def test_a_thing_kept_is_the_keepers_act(nlp_es, text: str, doers: str, thing: str) -> None:  # type: ignore[no-untyped-def]
    """ "mantener + participle + thing": the keepers go on doing the act to the thing (they
    block the road), not people held by no one."""
    ev = one(events(nlp_es, text), "obstruct")
    assert ev.type == "PROTEST"
    assert has(ev.actors, doers) and not has(ev.targets, doers), names(ev.targets)
    assert has(ev.targets, thing)


def test_a_dropped_plural_subject_continues_the_group_before(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Decenas de pescadores llegaron al muelle. Bloquearon el puerto hasta el mediodía."
    ev = one(events(nlp_es, text), "obstruct")
    assert ev.type == "PROTEST" and has(ev.actors, "pescadores"), names(ev.actors)
    text = "Los jubilados viajaron a la capital. Marcharon hasta el Congreso y reclamaron aumentos."
    assert has(one(events(nlp_es, text), "demo").actors, "jubilados")
    # soldiers blocking a road restrict movement; the rule's role is read off the group
    text = "Los soldados entraron al pueblo. Bloquearon la carretera durante la noche."
    ev = one(events(nlp_es, text), "restrict")
    assert has(ev.actors, "soldados")


def test_a_dropped_plural_subject_of_an_arrest_stays_impersonal(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los vecinos protestaron frente a la alcaldía. Detuvieron a dos dirigentes."
    ev = one(events(nlp_es, text), "arrest")
    assert not has(ev.actors, "vecinos"), names(ev.actors)


# --- args12: a singular noun after a plural verb is its object ---


@pytest.mark.parametrize(
    "text",
    [
        "Levantaron el bloqueo de la carretera.",
        "Suspendieron el bloqueo al mediodía.",
    ],
)
def test_a_singular_noun_after_a_plural_verb_is_its_object(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """The small parser makes the noun the subject of a sentence-initial plural verb: a
    plural verb takes no singular subject, so the blockade lifted is the object (a
    concession by protesters the text does not name)."""
    (ev,) = [e for e in events(nlp_es, text) if e.trigger.istitle()]
    assert ev.type == "CONCEDE" and not ev.actors


def test_a_plural_noun_after_a_plural_verb_stays_its_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Marcharon los estudiantes por la avenida central."), "demo")
    assert has(ev.actors, "estudiantes")


def test_a_name_set_off_after_a_fronted_phrase_is_the_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "En un mitin, Ana Gil, del Partido Verde, convocó ...": the parser hangs the name on
    the fronted phrase; the person named calls the protest. A subject of its own stays."""
    text = 'En un mitin, Ana Gil, del opositor Partido Verde, convocó a una "caravana de protesta".'
    ev = by_trigger(events(nlp_es, text), "protesta")
    assert has(ev.actors, "Ana Gil")
    text = "En un mitin, Ana Gil, dirigente vecinal, dijo que los vecinos marcharán el lunes."
    ev = by_trigger(events(nlp_es, text), "marcharán")
    assert has(ev.actors, "vecinos") and not has(ev.actors, "Ana Gil")


@pytest.mark.parametrize(
    ("text", "trigger", "subject"),
    [
        # an infinitive the parser hangs on "después"/"antes" shares the verb's subject
        ("Unos 300 campesinos llegaron a la capital después de caminar durante una semana para "
         "exigir la renuncia del ministro.", "exigir", "campesinos"),
        ("Los estudiantes marcharon antes de entregar una carta al rector exigiendo su renuncia.",
         "exigiendo", "estudiantes"),
        # a gerund the parser reads as a complement clause shares its verb's subject
        ("El Sindicato Nacional de Maestros (SNM), con el respaldo de la Central Obrera (COB), "
         "enviará esta semana cartas al Congreso Nacional (CN) pidiendo que el ministro de "
         "Educación sea destituido.", "pidiendo", "sindicato"),
    ],
)  # fmt: skip
def test_non_finite_clause_shares_the_subject_of_its_verb(
    nlp_es, text: str, trigger: str, subject: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), trigger)
    assert has(ev.actors, subject)


def test_part_of_a_time_span_is_a_time_phrase(nlp_es) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_es("El fin de semana, los maestros protestaron contra la reforma.")
    fin = next(t for t in doc if t.lower_ == "fin")
    assert time_phrase(fin)
    doc = nlp_es("El fin de la huelga llegó tras el acuerdo.")
    fin = next(t for t in doc if t.lower_ == "fin")
    assert not time_phrase(fin)


@pytest.mark.parametrize(
    ("text", "trigger", "subject"),
    [
        # the count the parser hangs on the time word before the verb is its subject
        ("El sábado por la mañana varios cientos de estudiantes protestaron frente al "
         "ministerio contra los recortes.", "protestaron", "estudiantes"),
        ("El 5 de mayo cientos de maestros marcharon contra la reforma.", "marcharon",
         "maestros"),
    ],
)  # fmt: skip
def test_count_hung_on_a_fronted_time_word_is_the_subject(
    nlp_es, text: str, trigger: str, subject: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), trigger)
    assert has(ev.actors, subject)


def test_one_of_a_group_announces_what_the_group_will_do(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Uno de los dirigentes del sindicato anunció que realizarán una huelga la próxima semana."
    )
    assert has(by_trigger(events(nlp_es, text), "huelga").actors, "dirigentes")
    # a singular verb is the announcer's own act
    text = "Uno de los dirigentes anunció que realizará una huelga de hambre."
    assert has(by_trigger(events(nlp_es, text), "huelga").actors, "uno de los dirigentes")


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("Los vecinos bloquearon al amanecer la carretera principal.", "bloquearon", "vecinos",
         "carretera"),
        ("Los manifestantes ocuparon al anochecer la sede del ayuntamiento.", "ocuparon",
         "manifestantes", "sede"),
        ("La policía detuvo al amanecer a cinco dirigentes sindicales.", "detuvo", "policía",
         "dirigentes"),
    ],
)  # fmt: skip
def test_object_after_al_amanecer_is_the_verbs(
    nlp_es, text: str, trigger: str, actor: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "amanecer" as an infinitive and hangs the object on it
    ev = by_trigger(events(nlp_es, text), trigger)
    assert has(ev.actors, actor) and has(ev.targets, target)


@pytest.mark.parametrize(
    ("text", "verb", "who", "not_who"),
    [
        ("La policía alemana puso fin a una manifestación en Munich, organizada por el partido "
         "NPD para protestar contra una exposición.", "protestar", "NPD", "policía"),
        ("La marcha, convocada por los sindicatos para exigir aumentos salariales, recorrió "
         "el centro.", "exigir", "sindicatos", "marcha"),
    ],
)  # fmt: skip
def test_purpose_of_a_noun_participle_is_its_agents(nlp_es, text, verb, who, not_who) -> None:  # type: ignore[no-untyped-def]
    """ "una manifestación, organizada por el partido NPD para protestar contra X": the
    party protests, not the police who ended the rally (the subject of the clause the noun
    is in), nor the march itself."""
    ev = by_trigger(events(nlp_es, text), verb)
    assert has(ev.actors, who) and not has(ev.actors, not_who), names(ev.actors)


def test_a_purpose_clause_of_a_participle_with_no_agent_names_no_doer(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "El paro general, convocado para protestar ante los cortes, culminó": whoever called
    the strike is not named; the strike is no protester of its own purpose. The purpose is
    the strike's own, no second protest (events-vocab-es 1.126.0, purpose_of_act on the
    participle), and what it is against is the strike's target."""
    text = "El paro general, convocado para protestar ante los cortes de luz, culminó el lunes."
    evs = events(nlp_es, text)
    assert not any(e.trigger == "protestar" for e in evs)
    strike = by_trigger(evs, "paro")
    assert not strike.actors and has(strike.targets, "cortes"), names(strike.actors)


@pytest.mark.parametrize(
    "text",
    [
        # "al amanecer" read as a noun, with an adverb the parser made the verb's object
        "Los campesinos iniciaron pacíficamente al amanecer del martes una huelga de tres días.",
        "Los campesinos iniciaron al amanecer del martes una huelga de tres días.",
    ],
)
def test_a_protest_noun_hung_on_a_daybreak_time_is_the_verbs_object(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "iniciaron al amanecer una huelga": the strike is what they began, so they strike,
    as for a verb trigger ("bloquearon al amanecer la carretera")."""
    ev = by_trigger(events(nlp_es, text), "huelga")
    assert has(ev.actors, "campesinos"), names(ev.actors)


@pytest.mark.parametrize(
    ("text", "mode", "people"),
    [
        # the count and its people hung on the fronted phrase's last noun ...
        ("Con ocasión del aniversario de la explosión varios cientos de personas manifestaron "
         "en el centro de Londres.", "demo", "personas"),
        # ... or beside each other on a noun of it
        ("En la víspera de la cumbre cientos de campesinos bloquearon la carretera.",
         "obstruct", "campesinos"),
        ("En el aniversario de la masacre miles de estudiantes marcharon hacia la plaza.",
         "demo", "estudiantes"),
    ],
)  # fmt: skip
def test_count_closing_a_fronted_phrase_is_the_subject(nlp_es, text, mode, people) -> None:  # type: ignore[no-untyped-def]
    """ "En la víspera de la cumbre cientos de campesinos bloquearon la carretera": with no
    comma after the fronted phrase the parser hangs the count on its noun; the count right
    before a plural verb with no subject is that verb's subject (and the peasants' blockade a
    protest, not a restriction by no one)."""
    ev = one(events(nlp_es, text), mode)
    assert has(ev.actors, people), names(ev.actors)


def test_a_count_inside_a_fronted_phrase_not_before_the_verb_is_no_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "En un pueblo de miles de habitantes, marcharon los estudiantes": the count is the
    town's, and the students, set after the verb, march."""
    text = "En un pueblo de miles de habitantes, marcharon los estudiantes."
    ev = by_trigger(events(nlp_es, text), "marcharon")
    assert not has(ev.actors, "habitantes"), names(ev.actors)


@pytest.mark.parametrize(
    ("text", "verb", "purpose"),
    [
        ("Los maestros marcharon para exigir un aumento salarial.", "exigir", True),
        ("Los vecinos protestaron para que el alcalde retire el decreto.", "retire", True),
        # "para" as a preposition ("para el lunes") opens no clause; "sin" is no purpose
        ("Los maestros marcharon sin exigir nada al gobierno.", "exigir", False),
        ("El sindicato convocó una huelga para el lunes.", "convocó", False),
    ],
)
def test_opened_by_para_is_a_purpose_clause(nlp_es, text: str, verb: str, purpose: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_es(text)
    assert opened_by_para(next(t for t in doc if t.lower_ == verb)) is purpose


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "onlooker"),
    [
        # the "a"-phrase the parser hangs on the infinitive
        ("Después de ver protestar a los policías, los franceses asistieron a un concierto.",
         "protestar", "policías", "franceses"),
        ("Los vecinos vieron marchar a los estudiantes por la avenida.", "marchar",
         "estudiantes", "vecinos"),
        # the object of the verb of perception
        ("El periodista vio a los soldados disparar contra la multitud.", "disparar",
         "soldados", "periodista"),
    ],
)  # fmt: skip
def test_what_is_seen_is_done_by_the_one_seen(
    nlp_es, text: str, trigger: str, doer: str, onlooker: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), trigger)
    assert has(ev.actors, doer) and not has(ev.actors, onlooker)
    assert not has(ev.targets, doer)


def test_what_is_seen_with_no_doer_named_is_no_onlookers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, "Los vecinos vieron disparar contra la multitud."), "disparar")
    assert not has(ev.actors, "vecinos")


def test_a_wanted_act_is_still_the_subjects(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, "Los estudiantes quieren marchar contra la reforma."), "marchar")
    assert has(ev.actors, "estudiantes")


def test_lemma_sets_are_kept_per_parse(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The candidate lemmas are remembered for the last parse read only: a token of another
    parse at the same position gets its own, and going back to the first parse reads it
    again."""
    from chronicler.annotate.events_es_subjects import lemma_set
    from chronicler.annotate.events_es_vocab import load_vocab_es

    vocab = load_vocab_es()
    first = nlp_es("Detuvieron al alcalde.")
    second = nlp_es("Liberaron al alcalde.")
    assert "detener" in lemma_set(first[0], vocab)
    assert "liberar" in lemma_set(second[0], vocab)
    assert "detener" not in lemma_set(second[0], vocab)
    assert "detener" in lemma_set(first[0], vocab)


def test_the_noun_after_a_reporting_verb_under_segun_is_its_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Según denunció la cancillería de Managua, ...": the chancery reports (the parser
    reads it as the object), neither one it accuses nor the troops it tells of."""
    text = (
        "Según denunció este jueves la cancillería de Managua en una carta de protesta enviada "
        "a San José, tropas costarricenses habrían cruzado la frontera."
    )
    ev = by_trigger(events(nlp_es, text), "denunció")
    assert has(ev.actors, "Managua")
    assert not has(ev.actors, "tropas")
    assert not has(ev.targets, "Managua")


# --- es29b: a reporter counting himself in with companions ---


@pytest.mark.parametrize(
    ("text", "reporter", "companion"),
    [
        ("El dirigente Pedro Ruiz informó a la prensa que junto con su compañero Luis Díaz se "
         "declararon en huelga de hambre.", "Ruiz", "Díaz"),
        ("El sindicalista anunció que junto con otros diez trabajadores iniciaron una huelga "
         "de hambre.", "sindicalista", "trabajadores"),
        # any verb of saying of the vocabulary (reporting_verbs), not a list of the module's own
        ("La activista Ana Soto denunció que junto con tres vecinos se declararon en huelga "
         "de hambre.", "Soto", "vecinos"),
        ("El preso Mario Gil relató que junto con su hermano iniciaron una huelga de hambre.",
         "Gil", "hermano"),
    ],
)  # fmt: skip
def test_a_reported_plural_done_together_with_someone_is_the_reporters_and_theirs(  # type: ignore[no-untyped-def]
    nlp_es, text: str, reporter: str, companion: str
) -> None:
    """A plural clause with no subject of its own that a verb of saying reports as done
    "junto con" someone: the reporter did it with them (the "que" opening it, which the
    parser may read as a relative subject, names no one)."""
    ev = one(events(nlp_es, text), "hunger")
    assert has(ev.actors, reporter) and has(ev.actors, companion)


def test_a_reported_plural_without_companions_keeps_no_reporter(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "El ministro informó que detuvieron a cinco": an impersonal plural, not the minister."""
    ev = one(events(nlp_es, "El ministro informó que detuvieron a cinco manifestantes."), "arrest")
    assert not has(ev.actors, "ministro")
