"""Spanish trigger matching (events_es_match), on parses built or written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import article, by_trigger, has, names, one
from event_helpers import es_events as events
from spacy.tokens import Doc

from chronicler.annotate.events_es_match import match_rule, names_act
from chronicler.annotate.events_es_select import select_triggers
from chronicler.annotate.events_es_vocab import load_vocab_es
from chronicler.annotate.nlp import annotate_articles
from chronicler.model import PublicationDate

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def test_passive_killing_whose_subject_is_parsed_as_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The small model sometimes labels a passive's subject obj ("Un campesino fue asesinado"
    with "campesino" obj): that is no thing object blocking a person-object rule."""
    doc = Doc(
        nlp_es.vocab,
        words=["Un", "campesino", "fue", "asesinado", "por", "desconocidos", "."],
        heads=[1, 3, 3, 3, 5, 3, 3],
        deps=["det", "obj", "aux", "ROOT", "case", "obl", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"],
        lemmas=["uno", "campesino", "ser", "asesinar", "por", "desconocido", "."],
        morphs=["", "", "", "VerbForm=Part", "", "", ""],
    )
    found = match_rule(doc[3], load_vocab_es())
    assert found is not None and found[0].id == "assassinate"


def _order_of(nlp_es, noun: str, lemma: str) -> Doc:  # type: ignore[no-untyped-def]
    """ "El juez ordenó el <noun>.", parsed as the model parses it at its best."""
    return Doc(
        nlp_es.vocab,
        words=["El", "juez", "ordenó", "el", noun, "."],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "det", "obj", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["el", "juez", "ordenar", "el", lemma, "."],
    )


def test_a_noun_names_an_act_by_the_list_or_by_its_suffix(nlp_es) -> None:  # type: ignore[no-untyped-def]
    vocab = load_vocab_es()
    assert names_act(_order_of(nlp_es, "cierre", "cierre")[4], vocab)  # act_nouns
    assert names_act(_order_of(nlp_es, "evacuación", "evacuación")[4], vocab)  # act_suffixes
    assert not names_act(_order_of(nlp_es, "archivo", "archivo")[4], vocab)


def test_an_order_fires_on_an_act_it_alone_codes_and_yields_to_one_a_rule_codes(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "ordenó el cierre": the order is the event; "ordenó la detención": the arrest is,
    and the order is dropped (as the English causative); "ordenó el archivo": no act."""
    vocab = load_vocab_es()
    found = select_triggers(_order_of(nlp_es, "cierre", "cierre"), vocab)
    assert [r.id for r, _ in found.values()] == ["order"]
    found = select_triggers(_order_of(nlp_es, "detención", "detención"), vocab)
    assert [r.id for r, _ in found.values()] == ["arrest"]
    assert match_rule(_order_of(nlp_es, "archivo", "archivo")[2], vocab) is None


def test_an_order_to_people_a_rule_would_code_stays_an_order(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "ordenó a los detenidos callar": the people ordered are no ordered act, even where
    their word is a trigger of its own ("detenidos" read as a participle)."""
    doc = Doc(
        nlp_es.vocab,
        words=["El", "comandante", "ordenó", "a", "los", "detenidos", "callar", "."],
        heads=[1, 2, 2, 5, 5, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "case", "det", "obj", "xcomp", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "DET", "ADJ", "VERB", "PUNCT"],
        lemmas=["el", "comandante", "ordenar", "a", "el", "detenido", "callar", "."],
    )
    assert "order" in [r.id for r, _ in select_triggers(doc, load_vocab_es()).values()]


def test_a_participle_after_a_verb_of_state_is_checked_on_that_verbs_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "las oficinas permanecen ocupadas por los maestros": the blockade's object is the
    subject of the verb of state, and its "por"-agent does it."""
    for text, doers, thing in (
        ("El puente seguía bloqueado por los camioneros al mediodía.", "camioneros", "puente"),
        ("Las oficinas del ministerio permanecen ocupadas por los maestros.", "maestros",
         "oficinas"),
    ):  # fmt: skip
        ev = one(events(nlp_es, text), "obstruct")
        assert has(ev.actors, doers) and has(ev.targets, thing), (text, names(ev.actors))


# --- args12: evictions, lifted blockades, unnamed blockades ---


def _codings(evs, trigger: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.type, e.mode) for e in evs if e.trigger.lower().startswith(trigger)]


def test_an_evicted_clitic_is_the_group_before_as_a_context_word(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Los policías los desalojaron" after the miners' blockade: the "los" are the miners,
    a context word of the eviction as if named there."""
    text = "Los mineros bloquearon el acceso a la mina. Los policías los desalojaron al amanecer."
    ev = one(events(nlp_es, text), "repress")
    assert has(ev.actors, "policías") and has(ev.targets, "mineros")


def test_a_clitic_for_people_fleeing_a_fire_makes_no_eviction(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los vecinos huyeron del incendio. Los bomberos los desalojaron."
    assert not _codings(events(nlp_es, text), "desaloj")


def test_forces_lifting_an_occupation_end_it_by_force(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los carabineros levantaron la toma de la universidad.")
    assert _codings(evs, "levant") == [("COERCE", "repress")]
    assert has(one(evs, "repress").actors, "carabineros")


def test_protesters_lifting_their_occupation_concede(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los estudiantes levantaron la toma de la universidad.")
    assert _codings(evs, "levant") == [("CONCEDE", None)]


def test_an_occupation_lifted_by_no_one_named_stays_a_concession(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El martes levantaron la toma tras el acuerdo.")
    assert _codings(evs, "levant") == [("CONCEDE", None)]


def test_an_unnamed_road_cut_told_as_a_protest_is_an_obstruction(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Cortaron la ruta en protesta por los despidos.")
    assert _codings(evs, "cortaron") == [("PROTEST", "obstruct")]


def test_an_unnamed_road_cut_with_no_protest_word_is_left_as_it_was(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Cortaron la ruta durante la madrugada.")
    assert _codings(evs, "cortaron") == [("COERCE", "restrict")]


def test_a_named_armed_group_cutting_a_road_restricts_whatever_it_demands(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los guerrilleros cortaron la ruta para exigir la liberación de sus compañeros."
    assert _codings(events(nlp_es, text), "cortaron") == [("COERCE", "restrict")]


def test_the_eviction_of_the_group_before_through_the_annotate_stage(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The same two sentences as an article through the annotate stage (the whole-document
    path): one eviction, the workers its target."""
    text = (
        "Los trabajadores bloquearon el puente durante la noche. "
        "Los militares los desalojaron el sábado."
    )
    published = PublicationDate("2023-03-20", "header", 0.9)
    (annotation,) = annotate_articles([article(text, "es", published)], nlp_es)
    ev = one(annotation.events, "repress")
    assert has(ev.actors, "militares") and has(ev.targets, "trabajadores")


@pytest.mark.parametrize(
    "text",
    [
        "Los mineros protestaron contra la empresa canadiense.",
        "Cientos de vecinos marcharon contra la campaña de desalojos.",
        "Protestas violentas en Lima contra acuerdo del gobierno con el FMI",
    ],
)
def test_a_word_of_what_a_protest_opposes_is_no_counter_evidence(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "contra la empresa", "contra el acuerdo": what the protest is aimed at, not the
    "manifestó su acuerdo" or "empresa en marcha" the protest rule's context_not guards."""
    assert ("PROTEST", "demo") in [(e.type, e.mode) for e in events(nlp_es, text)]


def test_the_same_word_as_the_object_still_tells_another_sense(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El ministro manifestó su acuerdo con el plan.")
    assert not [e for e in evs if e.type == "PROTEST"]


def test_an_armed_stoppage_restricts_and_a_strike_stays_a_strike(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El ELN anunció un paro armado de 72 horas en la región.")
    assert _codings(evs, "paro") == [("COERCE", "restrict")]
    assert _codings(events(nlp_es, "Los camioneros iniciaron un paro indefinido."), "paro") == [
        ("PROTEST", "strike")
    ]


def test_a_fight_against_an_ill_is_still_no_fight(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """Opposed phrases are no counter-evidence for protests only: "se enfrentaron contra la
    corrupción" keeps the clash rule's own guard."""
    evs = events(nlp_es, "Los vecinos se enfrentaron contra la corrupción del municipio.")
    assert not [e for e in evs if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "El gobierno prometió combatir contra la pobreza.",
        "La ONG combate contra la corrupción.",
        "La fundación lucha y combate contra la desigualdad en el país.",
        "El ministro dijo que hay que atacar el problema de raíz.",
        "El Congreso aprobó una ley para combatir el terrorismo.",
        # an abstract good attacked (value_nouns): an offence, no assault
        "El dirigente dijo que son flagrantes atentados contra la seguridad interna del país.",
        "La oposición denunció un ataque contra la democracia.",
    ],
)
def test_fighting_an_abstract_ill_is_no_assault(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """What a violent word takes, as object or under its "contra", naming only an abstract
    ill (ill_nouns) is a figurative fight: no ASSAULT, nor a threat of one."""
    evs = events(nlp_es, text)
    assert not [e for e in evs if e.type in ("ASSAULT", "THREATEN")], evs


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Los militares combatieron contra la guerrilla.", "guerrilla"),
        ("Los soldados abrieron fuego contra los manifestantes.", "manifestantes"),
        ("Los rebeldes atacaron el cuartel.", "cuartel"),
    ],
)
def test_fighting_people_or_places_stays_an_assault(nlp_es, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    """A party or place fought stays an assault, and a phrase's own word ("abrir fuego") is
    no ill fought."""
    found = [e for e in events(nlp_es, text) if e.type == "ASSAULT"]
    assert found and has(found[0].targets, target), found


@pytest.mark.parametrize(
    "text",
    [
        "Miles de manifestantes convergieron en la plaza.",
        "Los manifestantes portaban carteles con consignas.",
    ],
)
def test_protesters_alone_are_a_protest(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """People named as protesters beside a verb no rule lists report a protest, by them."""
    protest = one(events(nlp_es, text), "demo")
    assert protest.type == "PROTEST"
    assert has(protest.actors, "manifestantes")


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "party"),
    [
        # the subject of a verb of their own protest: one march
        ("Los manifestantes marcharon hacia el palacio.", "marcharon", "PROTEST", "actors"),
        (
            "Cientos de manifestantes se concentraron frente a la sede del gobierno.",
            "concentraron",
            "PROTEST",
            "actors",
        ),
        # the doers of a protest noun: one march, theirs
        ("La marcha de los manifestantes terminó en la plaza.", "marcha", "PROTEST", "actors"),
        # only a party of another act: an arrest, a clash
        ("La policía detuvo a decenas de manifestantes.", "detuvo", "COERCE", "targets"),
        (
            "Hubo enfrentamientos entre policías y manifestantes.",
            "enfrentamientos",
            "ASSAULT",
            "targets",
        ),
    ],
)
def test_protesters_fold_into_the_act_that_tells_more(  # type: ignore[no-untyped-def]
    nlp_es, text: str, trigger: str, kind: str, party: str
) -> None:
    evs = events(nlp_es, text)
    assert not [e for e in evs if e.trigger.lower().startswith("manifestante")], evs
    found = [e for e in evs if e.trigger.lower().startswith(trigger)]
    assert found and found[0].type == kind, evs
    assert has(getattr(found[0], party), "manifestantes")


@pytest.mark.parametrize(
    "text",
    [
        "Unas 30.000 personas se habían reunido en el parque.",
        "Miles de personas se congregaron en el parque central.",
    ],
)
def test_a_crowd_counted_in_thousands_gathering_is_a_rally(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """A crowd counted in thousands gathering, meeting no one, is a rally, not a meeting."""
    evs = events(nlp_es, text)
    assert not [e for e in evs if e.type == "CONSULT"], evs
    rally = one(evs, "demo")
    assert rally.type == "PROTEST" and has(rally.actors, "personas")


@pytest.mark.parametrize(
    "text",
    [
        "Unas 30.000 personas se reunieron con el alcalde.",  # someone met
        "Veinte delegados se reunieron en Ginebra.",  # no crowd
    ],
)
def test_a_meeting_stays_a_meeting(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert one(events(nlp_es, text), "meet").type == "CONSULT"


def test_a_gathering_in_a_protest_is_that_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Unas 30.000 personas se congregaron el jueves en París en una manifestación contra "
        "la reforma laboral."
    )
    evs = events(nlp_es, text)
    assert [e.trigger for e in evs if e.type == "PROTEST"] == ["manifestación"], evs


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Los activistas cerraron las puertas del hospital.", "activistas"),
        ("Los vecinos cerraron el acceso a la alcaldía.", "vecinos"),
    ],
)
def test_protesters_shutting_an_institutions_doors_obstruct_it(  # type: ignore[no-untyped-def]
    nlp_es, text: str, actor: str
) -> None:
    ev = one(events(nlp_es, text), "obstruct")
    assert ev.type == "PROTEST" and has(ev.actors, actor)


@pytest.mark.parametrize(
    "text",
    [
        "La madre cerró la puerta de la casa.",  # no institution
        "El hospital cerró sus puertas.",  # no one of the public shutting it
    ],
)
def test_doors_shut_otherwise_are_no_obstruction(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.mode == "obstruct"]


@pytest.mark.parametrize(
    "text",
    [
        "Policía boliviana mata a dos manifestantes",
        "POLICIA BOLIVIANA MATA A DOS MANIFESTANTES",  # the annotate stage parses it sentence-cased
    ],
)
def test_protesters_under_personal_a_on_a_noun_protest_nothing(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """A headline read as one noun phrase: "a dos manifestantes" is the object of the verb the
    parser missed, so they underwent that act and no protest of theirs is told."""
    (annotation,) = annotate_articles([article(text, "es")], nlp_es)
    assert not [e for e in annotation.events if e.type == "PROTEST"], annotation.events


def test_marchers_alone_are_a_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    protest = one(events(nlp_es, "Unos 800 marchistas llegaron a la capital."), "demo")
    assert protest.type == "PROTEST" and has(protest.actors, "marchistas")


def test_marchers_fold_into_the_act_done_to_them(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "La policía desalojó a los marchistas de la plaza.")
    assert not [e for e in evs if e.trigger.lower().startswith("marchista")], evs
    assert has(one(evs, "repress").targets, "marchistas")


@pytest.mark.parametrize(
    "text",
    [
        "Los 500 marchistas que salieron de Oruro fueron interceptados por la policía.",
        "Los manifestantes fueron recibidos por el alcalde en su despacho.",
    ],
)
def test_protesters_undergoing_a_passive_protest_nothing(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """A passive's subject undergoes what it tells: no protest of theirs is told."""
    evs = events(nlp_es, text)
    assert not [e for e in evs if e.type == "PROTEST"], evs


@pytest.mark.parametrize(
    ("text", "mode", "doer"),
    [
        ("El preso Juan López levantó su huelga de hambre.", "hunger", "juan lópez"),
        ("El detenido Pedro Gómez inició su ayuno el lunes.", "hunger", "pedro gómez"),
        ("La maestra Ana Ruiz prolongó su huelga una semana más.", "strike", "ana ruiz"),
        ("El comerciante Luis Vera anunció su boicot contra la empresa.", "boycott", "luis vera"),
    ],
)
def test_a_possessive_on_a_strike_or_boycott_names_its_doer(  # type: ignore[no-untyped-def]
    nlp_es, text: str, mode: str, doer: str
) -> None:
    """ "su huelga de hambre": the striker's own, not a strike done to them."""
    ev = one(events(nlp_es, text), mode)
    assert not has(ev.targets, doer), ev
    assert has(ev.actors, doer) or not ev.actors, ev


@pytest.mark.parametrize(
    ("text", "who", "what"),
    [
        # the parser hangs the agent on the verb of state, past the time phrases
        ("La carretera permanecía bloqueada el lunes por la noche por los campesinos.",
         "campesinos", "carretera"),
        ("Los puertos del litoral permanecían bloqueados el miércoles por la mañana por los "
         "pescadores de atún.", "pescadores", "puertos"),
    ],
)  # fmt: skip
def test_agent_on_the_verb_of_state_past_a_time_acts(nlp_es, text, who, what) -> None:  # type: ignore[no-untyped-def]
    """ "permanecía bloqueada el lunes por la noche por los campesinos": the peasants block it
    (a protest's obstruction, not a restriction by no one); "por la noche" is a time."""
    ev = one(events(nlp_es, text), "obstruct")
    assert has(ev.actors, who) and has(ev.targets, what), (text, names(ev.actors))
    assert not has(ev.actors, "noche") and not has(ev.actors, "mañana")


def test_a_verb_of_state_with_only_a_time_names_no_doer(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "permanecía bloqueada el lunes por la noche": nobody named blocks it."""
    evs = events(nlp_es, "La carretera permanecía bloqueada el lunes por la noche.")
    ev = by_trigger(evs, "bloqueada")
    assert not ev.actors and has(ev.targets, "carretera")


@pytest.mark.parametrize(
    "text",
    [
        "En la plaza tuvo lugar una manifestación que reunió a unas 20.000 personas.",
        "En Marsella la manifestación reunió entre 4.500 y 10.000 personas.",
    ],
)
def test_a_protest_gathering_people_is_no_meeting(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert all(e.type != "CONSULT" for e in evs)
    ev = by_trigger(evs, "manifestación")
    assert ev.type == "PROTEST" and has(ev.actors, "personas")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("El ministro se reunió con los dirigentes de la huelga.", "CONSULT"),
        ("Unos 100.000 manifestantes se reunieron en el centro de Belgrado.", "PROTEST"),
    ],
)
def test_people_gathering_are_no_turnout(nlp_es, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), "reun").type == kind


def test_strikers_named_alone_report_their_strike(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "En la capital, los huelguistas se apostaron en la acera frente a las oficinas."
    ev = by_trigger(events(nlp_es, text), "huelguistas")
    assert (ev.type, ev.mode) == ("PROTEST", "strike") and has(ev.actors, "huelguistas")
    # folded where another trigger tells what they did or underwent
    evs = events(nlp_es, "La policía detuvo a diez huelguistas.")
    assert [e.type for e in evs] == ["COERCE"]
    evs = events(nlp_es, "Los huelguistas marcharon hasta el ministerio.")
    assert [(e.type, e.trigger) for e in evs] == [("PROTEST", "marcharon")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Las televisiones mostraron los enfrentamientos que opusieron a policías y "
         "manifestantes en Estambul.", ("policías", "manifestantes")),
        ("Los combates que enfrentaron a los guerrilleros con el ejército dejaron cinco muertos.",
         ("guerrilleros", "ejército")),
    ],
)  # fmt: skip
def test_relative_clause_naming_a_clashs_sides_is_no_act_of_its_own(
    nlp_es, text: str, sides: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert not any(e.type == "REJECT" for e in evs)
    clash = by_trigger(evs, "enfrentamientos" if "enfrentamientos" in text else "combates")
    parties = clash.actors + clash.targets
    assert all(has(parties, side) for side in sides)
    assert ("reciprocal", "yes") in clash.attributes


@pytest.mark.parametrize(
    "text",
    [
        "Los manifestantes se opusieron a la reforma.",
        "El partido, que se opone a la reforma, convocó una marcha.",
    ],
)
def test_opposing_outside_a_clash_is_still_a_rejection(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.type == "REJECT" for e in events(nlp_es, text))


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Unos 210 detenidos de extrema izquierda se encuentran en huelga de hambre.", "arrest"),
        ("Los tres acusados negaron los cargos.", "allege"),
        ("El gobierno trasladó al detenido más joven a otra prisión.", "arrest"),
        ("Los encarcelados pidieron ver a sus abogados.", "imprison"),
        ("El obispo visitó a los secuestrados y a sus familias.", "abduct"),
    ],
)  # fmt: skip
def test_a_participle_heading_a_noun_phrase_names_people_no_act(
    nlp_es, text: str, mode: str
) -> None:  # type: ignore[no-untyped-def]
    """ "los acusados", "un detenido", "al detenido más joven": the people an act befell
    (names_undergoers, as the English people_of_act "the detainees"), no act of its own."""
    assert not any(e.mode == mode for e in events(nlp_es, text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Cinco estudiantes fueron detenidos por la policía en Lima.", "detenidos"),
        ("La policía arrestó a tres dirigentes; los dirigentes detenidos eran maestros.",
         "arrestó"),
        ("Tres personas resultaron heridas en el ataque.", "heridas"),
    ],
)  # fmt: skip
def test_a_participle_told_as_an_act_stays_the_act(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    by_trigger(events(nlp_es, text), trigger)


@pytest.mark.parametrize(
    "text",
    ["DESEMPLEADOS ALZADOS SUSPENDEN CORTE DE RUTA", "LOS MINEROS SUSPENDEN CORTE EN ORURO"],
)
def test_a_halted_act_noun_is_no_party_in_a_headline(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "SUSPENDEN CORTE DE RUTA": the road cut suspended (object_act), not the court, though
    "corte" names a court too; the protesters concede."""
    from event_helpers import headline_events

    ev = by_trigger(headline_events(nlp_es, text), "suspenden")
    assert ev.type == "CONCEDE" and not ev.targets


def test_a_halted_act_noun_keeps_the_party_its_phrase_names(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp_es, "El gobernador accedió a la demanda de los maestros."), "accedió"
    )
    assert has(ev.targets, "maestros")


@pytest.mark.parametrize(
    "text",
    [
        "Dos hombres armados que se movilizaban en una motocicleta asesinaron a un comerciante.",
        "Los guerrilleros detuvieron el vehículo en el que se movilizaba el alcalde.",
        # "camioneta" tagged an adjective before "tipo" (lemma "camioneto")
        "Los hombres armados que se movilizaban en una camioneta tipo estaca dispararon.",
    ],
)
def test_getting_about_in_a_conveyance_is_no_protest(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "PROTEST" for e in events(nlp_es, text))


def test_those_whose_trade_the_conveyance_is_still_mobilize(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los propietarios de vehículos de carga se movilizaron contra la nueva política tributaria."
    )
    assert by_trigger(events(nlp_es, text), "movilizaron").type == "PROTEST"


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("Cientos de estudiantes marcharon, declaró un profesor que solicitó el anonimato.", False),
        ("Los sindicatos solicitaron la liberación de los presos.", True),
    ],
)
def test_a_source_asking_anonymity_makes_no_demand(nlp_es, text: str, demand: bool) -> None:  # type: ignore[no-untyped-def]
    assert any(e.type == "REQUEST" for e in events(nlp_es, text)) == demand


@pytest.mark.parametrize(
    ("text", "sanction"),
    [
        ("Los funcionarios protestaron contra la congelación de sus salarios.", False),
        ("La Unión Europea suspendió la ayuda financiera a Nigeria.", True),
    ],
)
def test_a_wage_freeze_is_no_sanction(nlp_es, text: str, sanction: bool) -> None:  # type: ignore[no-untyped-def]
    assert any(e.type == "SANCTION" for e in events(nlp_es, text)) == sanction


# ---------------------------------------------------------------- round 27b (1.125.0)


@pytest.mark.parametrize(
    "text",
    [
        # a protest named in a sibling clause, a strike including the blockade, a list
        "Las manifestaciones comenzaron el martes con bloqueos de rutas en el norte del país.",
        "Los mineros iniciaron una huelga de tres días, que incluye el bloqueo de caminos.",
        "Hubo huelgas en las minas, bloqueo de carreteras y protestas frente al ministerio.",
    ],
)
def test_a_blockade_by_no_one_named_in_a_protests_sentence_is_an_obstruction(
    nlp_es, text: str
) -> None:  # type: ignore[no-untyped-def]
    block = by_trigger(events(nlp_es, text), "bloqueo")
    assert (block.type, block.mode) == ("PROTEST", "obstruct")


def test_a_blockade_by_no_one_named_alone_stays_a_restriction(nlp_es) -> None:  # type: ignore[no-untyped-def]
    block = by_trigger(events(nlp_es, "El bloqueo de la carretera duró tres días."), "bloqueo")
    assert (block.type, block.mode) == ("COERCE", "restrict")


def test_a_blockade_whose_participle_names_civilians_is_theirs(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The doer a participle names is checked against the armed rules' roles: "iniciados
    por los camioneros" are no armed group, while "realizados por los guerrilleros" are."""
    block = by_trigger(
        events(nlp_es, "Hubo bloqueos de carreteras iniciados por cientos de camioneros."),
        "bloqueo",
    )
    assert (block.type, block.mode) == ("PROTEST", "obstruct")
    armed = by_trigger(
        events(nlp_es, "Hubo bloqueos de carreteras realizados por guerrilleros del ELN."),
        "bloqueo",
    )
    assert (armed.type, armed.mode) == ("COERCE", "restrict")


def test_prey_of_a_thing_is_no_imprisonment(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp_es, "El centro histórico de la ciudad es ahora presa de una especulación feroz."
    )
    assert not [e for e in evs if e.mode == "imprison"]
    held = events(nlp_es, "El periodista quedó preso en la cárcel de la ciudad.")
    assert one(held, "imprison")


def test_goods_released_by_customs_are_no_release(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "La aduana liberó las mercancías del comerciante el martes.")
    assert not [e for e in evs if e.mode == "release"]
    freed = events(nlp_es, "La policía liberó al comerciante el martes.")
    assert one(freed, "release")


# ---------------------------------------------------------------- round 28 (1.126.1)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("El bloque decidió la suspensión de la ayuda financiera a Birmania.", False),
        ("El gobierno congeló la ayuda militar a la región.", False),
        ("Japón entregó ayuda humanitaria a los refugiados.", True),
    ],
)
def test_aid_suspended_or_frozen_is_no_aid(nlp_es, text: str, aid: bool) -> None:  # type: ignore[no-untyped-def]
    """The halting is the event (SANCTION), the aid it halts none of its own."""
    assert any(e.type == "AID" for e in events(nlp_es, text)) == aid


@pytest.mark.parametrize(
    ("text", "killing"),
    [
        ("El comité ultimaba los detalles del acuerdo con el gobierno.", False),
        ("Los sicarios ultimaron a dos campesinos en la vereda.", True),
    ],
)
def test_finalising_details_is_no_killing(nlp_es, text: str, killing: bool) -> None:  # type: ignore[no-untyped-def]
    assert any(e.type == "ASSAULT" for e in events(nlp_es, text)) == killing


@pytest.mark.parametrize(
    "text",
    [
        "El diputado manifestó su oposición a que Brasil integre el Consejo de Seguridad.",
        "El canciller manifestó su firme oposición al plan.",
    ],
)
def test_an_objection_expressed_is_no_protest(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert not [e for e in evs if e.type == "PROTEST"]
    # the objection voiced is a refusal, as "manifestó su rechazo" is
    assert by_trigger(evs, "oposición").type == "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        "La oposición marchó por el centro de la capital.",
        "La marcha de la oposición llegó a la plaza.",
        "La protesta de la oposición duró horas.",
        "La oposición se manifestó frente al Congreso.",
    ],
)
def test_the_opposition_still_protests(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp_es, text) if e.type == "PROTEST")
    assert has(ev.actors, "oposición")
    assert not [e for e in events(nlp_es, text) if e.type == "REJECT"]
