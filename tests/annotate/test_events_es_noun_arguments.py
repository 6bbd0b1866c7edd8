"""Arguments of Spanish noun triggers (annotate.events_es_noun_arguments): casualties told
together are hurt by the parties of the attack they were caught in, an attack noun takes its
doer and its target from the participle telling who committed it, and protest nouns find who
protests or strikes."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has, one
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


TOLD_TOGETHER = (
    "Dos campesinos murieron y tres resultaron heridos en un ataque de la guerrilla contra el "
    "caserío."
)


def test_casualties_told_together_share_the_attack(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "en un ataque" on the second casualty clause only
    evs = events(nlp_es, TOLD_TOGETHER)
    assert has(by_trigger(evs, "murieron").actors, "guerrilla")
    assert has(by_trigger(evs, "heridos").actors, "guerrilla")


def test_attack_noun_committed_by_a_doer(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El ataque cometido por los rebeldes contra el cuartel dejó tres muertos."
    ev = by_trigger(events(nlp_es, text), "ataque")
    assert has(ev.actors, "rebeldes") and has(ev.targets, "cuartel")


@pytest.mark.parametrize(
    "text",
    [
        # "en huelga" hung on the verb, after the object's phrase
        "La policía desalojó a los cerca de 50 empleados en huelga que impedían la entrada.",
        # ... or on the last noun of its "de"-chain
        "La policía desalojó a los cerca de 50 empleados de la cultura en huelga que impedían "
        "la entrada.",
    ],
)
def test_who_is_on_strike(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp_es, text) if e.mode == "strike")
    assert has(ev.actors, "empleados") and not has(ev.actors, "policía")


def test_doers_named_once_after_a_list_of_protests(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Las protestas y marchas de los estudiantes continuaron el martes."
    ev = by_trigger(events(nlp_es, text), "protestas")
    assert has(ev.actors, "estudiantes")


def test_noun_listed_with_a_protest_shares_no_doer(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "la presencia de Bush" a second item beside the demonstration
    text = "La manifestación contra el ALCA y la presencia de Bush en la cumbre dejó seis heridos."
    ev = by_trigger(events(nlp_es, text), "manifestación")
    assert not has(ev.actors, "bush")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("El Congreso aprobó la destitución del presidente.", "congreso", "presidente"),
        ("La destitución del gobernador por la Asamblea sorprendió al país.", "asamblea",
         "gobernador"),
        # the party named once after a list of event nouns is the removal's too
        ("La destitución y el arresto de Ramírez desataron protestas.", None, "ramírez"),
    ],
)  # fmt: skip
def test_a_removal_noun_names_who_is_removed_and_by_whom(
    nlp_es, text: str, actor: str | None, target: str
) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "remove")
    assert ev.type == "SANCTION" and has(ev.targets, target)
    assert actor is None or has(ev.actors, actor)


def test_a_removal_noun_naming_no_one_removed_is_no_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La destitución fue un error, dijo el diputado."
    assert not [e for e in events(nlp_es, text) if e.mode == "remove"]


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Ucrania recibió ayuda militar de Estados Unidos.", "estados unidos", "ucrania"),
        ("Ucrania obtuvo el apoyo de Alemania en la cumbre.", "alemania", "ucrania"),
    ],
)
def test_a_gift_received_is_given_by_its_de_object(  # type: ignore[no-untyped-def]
    nlp_es, text: str, giver: str, receiver: str
) -> None:
    # a converse verb: the subject gets the aid, the "de"-object gives it
    ev = next(e for e in events(nlp_es, text) if e.type in ("AID", "SUPPORT"))
    assert has(ev.actors, giver) and not has(ev.targets, giver)
    assert has(ev.targets, receiver)


def test_a_strike_staged_by_its_subject_shuts_its_de_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, "Los estibadores realizaron un paro del puerto."), "paro")
    assert has(ev.actors, "estibadores") and not has(ev.actors, "puerto")
    assert has(ev.targets, "puerto")
    # a strike of people is theirs still
    ev = by_trigger(events(nlp_es, "La huelga de los mineros paralizó la región."), "huelga")
    assert has(ev.actors, "mineros")


def test_a_subject_beside_an_object_clitic_is_not_the_one_held(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "El juez lo puso bajo arresto domiciliario": "lo" goes on with the person the story
    is about; the judge, the subject of the same verb, is someone else and puts him there."""
    text = (
        "Los soldados capturaron al exgobernador Luis Mora el martes. "
        "El juez lo puso bajo arresto domiciliario."
    )
    ev = one(events(nlp_es, text), "imprison")
    assert has(ev.actors, "juez") and not has(ev.actors, "Luis Mora")
    assert has(ev.targets, "Luis Mora")


def test_a_bare_description_alone_still_goes_on_with_the_one_held(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # no object clitic: "el expresidente" is the one the story is about
    text = (
        "Los soldados capturaron al expresidente Luis Mora el martes. "
        "El expresidente fue trasladado a la cárcel de Chiclayo."
    )
    evs = events(nlp_es, text)
    assert any(has(e.targets, "Luis Mora") for e in evs if e.trigger.startswith("trasladado"))


@pytest.mark.parametrize(
    "text",
    [
        "La alcaldesa destituida quedó bajo custodia policial.",
        "La alcaldesa destituida permanece bajo custodia desde el viernes.",
    ],
)
def test_under_custody_after_a_verb_of_state_is_held(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "quedó bajo custodia", "permanece bajo custodia": held, as the English "remained in
    custody", by no one named."""
    ev = one(events(nlp_es, text), "imprison")
    assert ev.type == "COERCE" and has(ev.targets, "alcaldesa") and not ev.actors


def test_whose_custody_it_is_holds(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El sindicalista quedó bajo custodia de la Fiscalía."), "imprison")
    assert has(ev.actors, "Fiscalía") and has(ev.targets, "sindicalista")


def test_custody_of_a_thing_or_a_death_in_custody_is_no_holding(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "La Guardia Nacional está a cargo de la custodia del edificio.")
    assert not [e for e in evs if e.mode == "imprison"]
    evs = events(nlp_es, "Un opositor murió bajo custodia policial en Caracas.")
    assert [e.mode for e in evs] == ["custody-death"]


def test_whom_a_verb_puts_under_arrest_is_held_by_its_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "puso a X bajo arresto": the parser may hang "bajo arresto" on the object; the
    object is held and the verb's subject holds it, whatever the noun's own subject."""
    for text, holder, held in (
        ("La policía puso a la activista bajo arresto.", "policía", "activista"),
        ("Los gendarmes colocaron a tres mineros bajo arresto.", "gendarmes", "mineros"),
    ):
        ev = by_trigger(events(nlp_es, text), "arresto")
        assert has(ev.actors, holder) and has(ev.targets, held), (text, ev.actors, ev.targets)


def test_a_blockade_noun_is_also_against_whom_its_purpose_would_stop(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los transportistas iniciaron un bloqueo de la autopista para evitar que el gobierno "
        "suba los peajes."
    )
    ev = one(events(nlp_es, text), "obstruct")
    assert has(ev.targets, "autopista") and has(ev.targets, "gobierno")


def test_a_by_part_of_phrase_on_a_protest_noun_is_its_actor(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "por parte de X" names who does the act, even where a protest's "por" tells why."""
    text = "Hubo una protesta por parte de los vecinos contra el alcalde."
    ev = one(events(nlp_es, text), "demo")
    assert has(ev.actors, "vecinos") and not has(ev.targets, "vecinos")


def test_a_present_verb_read_as_a_noun_keeps_its_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "La tropa combate contra X": the small model reads "combate" as a noun with a subject;
    the subject fights. A noun that is a copula's predicate has no subject of its own."""
    ev = by_trigger(events(nlp_es, "La tropa combate contra los guerrilleros."), "combate")
    assert has(ev.actors, "tropa") and has(ev.targets, "guerrilleros")
    ev = by_trigger(events(nlp_es, "El motivo es la protesta de los maestros."), "protesta")
    assert not has(ev.actors, "motivo")


@pytest.mark.parametrize(
    ("text", "against"),
    [
        ("Protestas airadas en Cuenca contra el cierre del hospital", "cierre del hospital"),
        ("Protestas violentas en Santo Tomé contra el alza de tarifas", "alza de tarifas"),
    ],
)  # fmt: skip
def test_protest_noun_is_against_the_contra_phrase_hung_on_its_adjective(
    nlp_es, text: str, against: str
) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "contra X" on the adjective after the noun (1.103.0)
    ev = by_trigger(events(nlp_es, text), "protestas")
    assert has(ev.targets, against)


def test_part_of_a_time_span_is_no_doer_of_a_protest_noun(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "del fin de semana" tells when, it names no protester (1.103.0)
    text = "Las marchas del fin de semana reunieron a miles de estudiantes contra la reforma."
    ev = by_trigger(events(nlp_es, text), "marchas")
    assert not has(ev.actors, "fin")


def test_purpose_hung_on_the_adverb_of_a_compound_preposition_is_the_protests(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "para evitar que ..." on "dentro", whose oblique the protest is
    text = (
        "Cientos de campesinos llegaron el lunes a la capital, dentro de su protesta para "
        "evitar que el gobierno firme el acuerdo."
    )
    ev = by_trigger(events(nlp_es, text), "protesta")
    assert has(ev.actors, "campesinos") and has(ev.targets, "gobierno")


@pytest.mark.parametrize(
    ("text", "striker", "judge"),
    [
        ("Los mineros mantienen una huelga que el gobierno declaró ilegal.", "mineros", "gobierno"),
        ("Los mineros mantienen la huelga que el gobierno consideró ilegal.", "mineros",
         "gobierno"),
    ],
)  # fmt: skip
def test_who_judges_a_strike_in_its_relative_clause_is_no_striker(
    nlp_es, text: str, striker: str, judge: str
) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "strike")
    assert has(ev.actors, striker) and not has(ev.actors, judge)


def test_who_declares_a_strike_in_its_relative_clause_calls_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "Continúa la huelga que el sindicato declaró el lunes."), "strike")
    assert has(ev.actors, "sindicato")


@pytest.mark.parametrize(
    ("text", "organisers"),
    [
        ("El texto hace referencia a las protestas que han protagonizado en las últimas semanas "
         "los maestros estatales.", "maestros"),
        ("El ministro se refirió a las protestas que han organizado los sindicatos.",
         "sindicatos"),
    ],
)  # fmt: skip
def test_organisers_in_a_perfect_relative_clause(nlp_es, text: str, organisers: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "protestas")
    assert has(ev.actors, organisers)
    assert not has(ev.actors, "texto") and not has(ev.actors, "ministro")


@pytest.mark.parametrize(
    "text",
    [
        "La primera protesta sindical de carácter nacional contra la política económica fue "
        "suspendida.",
        "El paquete de leyes desató un paro cívico nacional de alto acatamiento.",
    ],
)
def test_a_de_phrase_telling_what_a_protest_is_like_is_no_doer(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp_es, text) if e.type == "PROTEST")
    assert not ev.actors


@pytest.mark.parametrize(
    "text",
    [
        "El comité, con el apoyo de los sindicatos, presentó una queja ante el ministerio.",
        "Los sindicatos anunciaron el respaldo de la federación a la huelga.",
    ],
)
def test_a_support_nouns_de_phrase_gives_the_support(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp_es, text) if e.type == "SUPPORT")
    giver = "sindicatos" if "apoyo de los sindicatos" in text else "federación"
    assert has(ev.actors, giver) and not has(ev.targets, giver)


def test_a_backing_told_with_con_backs_the_clauses_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El comité, con el apoyo de los sindicatos, presentó una queja ante el ministerio."
    ev = next(e for e in events(nlp_es, text) if e.type == "SUPPORT")
    assert has(ev.targets, "comité") and not has(ev.actors, "comité")


@pytest.mark.parametrize(
    "text",
    [
        "Continuaron las protestas de los ahorristas en reclamo de sus depósitos.",
        "Crecen las marchas de los jubilados en demanda de sus pensiones.",
    ],
)
def test_what_is_claimed_beside_the_protesters_is_no_protester(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "de sus depósitos" on the protest noun beside "en reclamo"
    ev = next(e for e in events(nlp_es, text) if e.type == "PROTEST")
    claimed = "depósitos" if "depósitos" in text else "pensiones"
    assert not has(ev.actors, claimed)
    assert has(ev.actors, "ahorristas") or has(ev.actors, "jubilados")
