"""Spanish modality (annotate.events_es_modality), read straight off a parsed trigger: its own
auxiliaries and marks, then the clauses above it."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

from chronicler.annotate.events_es_modality import modality
from chronicler.annotate.events_es_vocab import load_vocab_es

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def _flags(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    (token,) = [t for t in nlp(text) if t.text == word]
    return modality(token, load_vocab_es())


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("La Policía detuvo al periodista.", "detuvo", (False, False, False)),
        ("La Policía no detuvo al periodista.", "detuvo", (True, False, False)),
        ("El Gobierno liberará a los presos.", "liberará", (False, True, False)),
        ("El Gobierno va a liberar a los presos.", "liberar", (False, True, False)),
        ("El Gobierno podría liberar a los presos.", "liberar", (False, False, True)),
    ],
)
def test_own_negation_tense_and_mood(nlp_es, text: str, word: str, expected) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp_es, text, word)
    assert (flags.negated, flags.future, flags.hypothetical) == expected


def test_an_intent_verb_above_announces_the_act_and_names_the_intent(nlp_es) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp_es, "El Gobierno amenazó con expulsar al embajador.", "expulsar")
    assert flags.future and flags.intent == "threaten" and flags.intent_i is not None
    # a denial above the act negates it
    flags = _flags(nlp_es, "El ministro negó haber detenido al periodista.", "detenido")
    assert flags.negated and flags.intent is None


@pytest.mark.parametrize(
    ("text", "word", "awaited"),
    [
        (
            "La demanda pide aislar al Gobierno hasta que ofrezca una disculpa pública.",
            "disculpa",
            True,
        ),
        ("Seguirán en huelga hasta que sea liberado el dirigente.", "liberado", True),
        ("Estuvo preso en el cuartel hasta que fue liberado en 2019.", "liberado", False),
    ],
)
def test_an_act_awaited_until_it_happens_is_future(
    nlp_es, text: str, word: str, awaited: bool
) -> None:  # type: ignore[no-untyped-def]
    """ "hasta que" with the subjunctive tells what has not happened yet; with the
    indicative ("hasta que fue liberado") it happened."""
    assert _flags(nlp_es, text, word).future == awaited


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Durante la huelga, el gobierno ofreció un aumento a los maestros.", "huelga"),
        ("Tras tres días de protestas, el presidente prometió una reforma.", "protestas"),
        ("En el tercer día de huelga, el gobierno ofreció un aumento a los maestros.", "huelga"),
    ],
)
def test_the_time_of_an_intent_is_not_announced(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp_es, text, word)
    assert not flags.future and flags.intent is None
    # what the intent word takes is still announced
    text = "Durante la huelga, el gobierno amenazó con despedir a los mineros."
    flags = _flags(nlp_es, text, "despedir")
    assert flags.future and flags.intent == "threaten"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("El ministro dijo que esperaba que los rebeldes liberen a los rehenes.", "liberen"),
        ("El gobierno espera que la guerrilla firme un acuerdo de paz.", "firme"),
        ("Los obispos desean que el ejército no ataque las aldeas.", "ataque"),
    ],
)
def test_a_hope_about_anothers_act_is_no_intent_of_its_doer(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    """ "espera que X haga": hoped for, hypothetical; no one announced it (no intent, no
    future), so no AGREE nor THREATEN is coded for X."""
    flags = _flags(nlp_es, text, word)
    assert flags.hypothetical and not flags.future and flags.intent is None


def test_a_hope_of_ones_own_act_stays_announced(nlp_es) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp_es, "El gobierno espera liberar a los rehenes.", "liberar")
    assert flags.future and flags.intent == "esperar"


def test_a_hoped_attack_is_coded_no_threat(nlp_es) -> None:  # type: ignore[no-untyped-def]
    from event_helpers import by_trigger
    from event_helpers import es_events as events

    from chronicler.annotate.events import plover_coding

    text = "El presidente espera que el ejército ataque a los rebeldes."
    ev = by_trigger(events(nlp_es, text), "ataque")
    assert ev.hypothetical and plover_coding(ev) != "THREATEN"


@pytest.mark.parametrize(
    ("text", "word", "ahead"),
    [
        ("Los estudiantes se retiraron de la reunión para exigir la renuncia del rector.",
         "exigir", False),
        ("Los obreros no se retiraron de la planta para protestar contra los despidos.",
         "protestar", True),
        ("El gobierno pidió a los diputados retirarse para protestar contra el fallo.",
         "protestar", True),
        ("Los ministros viajaron a Ginebra para negociar un acuerdo.", "negociar", True),
    ],
)  # fmt: skip
def test_a_purpose_an_act_told_as_done_makes_is_made_any_other_is_ahead(
    nlp_es, text: str, word: str, ahead: bool
) -> None:  # type: ignore[no-untyped-def]
    """A protest or demand in the "para" clause of an act told as done is made by that act
    (expressed_purposes); under a denied or asked act, or any other purpose, it is ahead
    (standard changed in the thirty-sixth session: a purpose not made by a done act is
    flagged future, was hypothetical; 1.162.0)."""
    flags = _flags(nlp_es, text, word)
    assert (flags.future, flags.hypothetical) == (ahead, False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fedecámaras convocó a un paro el lunes para protestar la aprobación de las leyes.",
         "aprobación"),
        ("Miles de personas marcharon para protestar contra la detención del dirigente.",
         "detención"),
        ("Bruselas pide a Francia que acabe con el bloqueo de carreteras.", "bloqueo"),
        ("Toledo firmó un acuerdo para finalizar una ola de paros en el país.", "paros"),
    ],
)  # fmt: skip
def test_what_is_protested_or_to_be_ended_is_told_as_done(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    """What a protest is against (protest_words) and what a verb of ending takes
    (ending_verbs) are there, whatever the mood of the protest or the ending."""
    flags = _flags(nlp_es, text, word)
    assert not flags.hypothetical and not flags.future


def test_what_a_protest_to_come_is_against_is_not_to_come(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los indígenas protestarán contra la detención de su dirigente."
    assert _flags(nlp_es, text, "protestarán").future
    assert not _flags(nlp_es, text, "detención").future


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mubarak invitará a los Estados árabes a reducir sus relaciones con Israel.", "reducir"),
        ("El presidente pedirá al Congreso aprobar la ley.", "aprobar"),
    ],
)
def test_an_act_asked_for_is_hypothetical_not_announced(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    """The asking is to come; what it asks for is only asked, no act announced by those
    asked (was future, coded THREATEN)."""
    flags = _flags(nlp_es, text, word)
    assert flags.hypothetical and not flags.future


@pytest.mark.parametrize(
    ("text", "word", "hypothetical", "negated"),
    [
        # feared, and the denial of the cancelling does not reach it
        (
            "El alcalde negó que haya suspendido el acto por temor a las protestas.",
            "protestas",
            True,
            False,
        ),
        ("Los campesinos huyeron por temor a nuevos ataques.", "ataques", True, False),
        # a demonstrative points back to what is there
        ("El obispo dijo que tiene miedo de estas protestas.", "protestas", False, False),
    ],
)
def test_what_is_feared_is_hypothetical_and_not_denied(
    nlp_es, text: str, word: str, hypothetical: bool, negated: bool
) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp_es, text, word)
    assert (flags.hypothetical, flags.negated) == (hypothetical, negated)


def test_a_backing_told_with_con_takes_no_future(nlp_es) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(
        nlp_es, "El comité, con el apoyo de los sindicatos, enviará una carta al ministro.", "apoyo"
    )
    assert not flags.future and not flags.hypothetical
    # the support announced stays to come
    assert _flags(nlp_es, "Los sindicatos darán su apoyo al comité.", "apoyo").future


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        # the strike begun makes the demand
        ("Los mineros iniciaron una huelga para exigir aumentos salariales.", False),
        # announced or to come: not made yet, ahead (standard changed in the thirty-sixth
        # session: was hypothetical)
        ("Los mineros anunciaron una huelga para exigir aumentos salariales.", True),
        ("Los mineros realizarán una huelga para exigir aumentos salariales.", True),
    ],
)
def test_purpose_of_an_act_noun_a_verb_tells_done_else_ahead(
    nlp_es, text: str, ahead: bool
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "exigir")
    assert ev.type == "REQUEST"
    assert (ev.future, ev.hypothetical) == (ahead, False)


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("La oposición marchará para respaldar los pedidos presentados por los sindicatos.",
         False),
        ("La oposición marchará para respaldar los pedidos de los sindicatos.", True),
    ],
)  # fmt: skip
def test_an_act_a_participle_of_making_describes_is_made(
    nlp_es, text: str, hypothetical: bool
) -> None:  # type: ignore[no-untyped-def]
    """ "los pedidos presentados por X": filed, whatever the purpose clause above asks."""
    ev = by_trigger(events(nlp_es, text), "pedidos")
    assert ev.hypothetical == hypothetical


def test_a_bare_noun_a_verb_of_ending_ends_with_is_its_outcome(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "evitar que la marcha termine con violencia": how it might end, to be prevented, not
    violence going on that is to be ended ("acabar con la violencia"); what one acts to
    prevent may still happen: hypothetical, not negated (es38b, es3 #17)."""
    text = "El ministro busca evitar que la marcha del domingo termine con violencia."
    violence = by_trigger(events(nlp_es, text), "violencia")
    assert violence.hypothetical and not violence.negated
    ended = by_trigger(events(nlp_es, "El gobierno pidió acabar con la violencia."), "violencia")
    assert not ended.hypothetical and not ended.negated


def test_what_a_link_is_refused_between_happened(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El vocero se negó a vincular el atentado con las protestas de los estudiantes."
    evs = events(nlp_es, text)
    assert not by_trigger(evs, "atentado").negated
    assert not by_trigger(evs, "protestas").negated


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        # under way: the strike goes on making the demand; a movement to come makes it ahead
        # (standard changed in the thirty-sixth session: was hypothetical)
        ("Los mineros, en huelga desde marzo, continuarán su movimiento para exigir aumentos.",
         False),
        ("Los mineros realizarán un movimiento para exigir aumentos.", True),
    ],
)  # fmt: skip
def test_a_purpose_of_an_act_that_goes_on_is_made_else_ahead(
    nlp_es, text: str, ahead: bool
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "exigir")
    assert (ev.future, ev.hypothetical) == (ahead, False)


@pytest.mark.parametrize(
    ("text", "word", "hypothetical"),
    [
        # an act noun opposed is a given one: the opposing does not deny it
        ("El senador se opuso a la invasión de Panamá.", "invasión", False),
        ("La central obrera se opone al bloqueo de las carreteras.", "bloqueo", False),
        # an act opposed in an infinitive is only proposed
        ("El ministro se opuso a liberar a los presos políticos.", "liberar", True),
    ],
)
def test_an_act_opposed_is_not_denied(nlp_es, text: str, word: str, hypothetical: bool) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), word)
    assert not ev.negated
    assert ev.hypothetical == hypothetical


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Los vecinos atraparon a un ladrón, al que pretendían linchar, pero la policía lo "
         "impidió.", "linchar"),
        ("Los manifestantes intentaron incendiar la alcaldía, pero los bomberos lo evitaron.",
         "incendiar"),
    ],
)  # fmt: skip
def test_an_act_set_out_to_and_prevented_is_negated(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), word)
    assert ev.negated and not ev.future


def test_an_act_set_out_to_stays_to_come_when_nothing_prevents_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los manifestantes pretenden incendiar la alcaldía, pero la policía vigila el edificio."
    ev = by_trigger(events(nlp_es, text), "incendiar")
    assert ev.future and not ev.negated


def test_a_session_decided_to_be_put_off_is_negated_not_to_come(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "decidieron postergar sine die una sesión": the parser hangs the session on
    "decidieron"; it is the object of "postergar", and the putting off decided is done."""
    text = "Los sindicatos decidieron postergar sine die una reunión prevista para el lunes."
    ev = by_trigger(events(nlp_es, text), "reunión")
    assert ev.negated and not ev.future
    planned = "Los sindicatos decidirán postergar la marcha prevista para el lunes."
    assert by_trigger(events(nlp_es, planned), "marcha").negated


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("Los partidos respaldan los pedidos de impugnación presentados por la oposición.",
         False),
        # what a request asks for otherwise stays asked
        ("Los partidos respaldan los pedidos de liberación presentados por las familias.",
         True),
    ],
)  # fmt: skip
def test_a_filing_a_request_names_is_the_request(nlp_es, text: str, hypothetical: bool) -> None:  # type: ignore[no-untyped-def]
    word = "impugnación" if "impugnación" in text else "liberación"
    assert by_trigger(events(nlp_es, text), word).hypothetical == hypothetical


@pytest.mark.parametrize(
    ("text", "word", "hypothetical"),
    [
        # a given thing judged with a predicative adjective
        ("Los sindicatos consideran ilegal la huelga de los pilotos.", "huelga", False),
        # a course weighed
        ("El gobierno considera imponer sanciones al régimen.", "sanciones", True),
    ],
)
def test_what_a_verb_of_judging_says_something_of_is_given(
    nlp_es, text: str, word: str, hypothetical: bool
) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), word).hypothetical == hypothetical


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La policía amenazó el sábado con arrestar a los opositores.", "arrestar"),
        ("El ejército amenazó ayer por la noche con bombardear la ciudad.", "bombardear"),
        ("El ministro se comprometió el lunes a liberar a los presos.", "liberar"),
    ],
)
def test_an_intent_complement_after_a_time_phrase_is_still_announced(
    nlp_es, text: str, word: str
) -> None:  # type: ignore[no-untyped-def]
    """The parser hangs "con"/"a" + infinitive as an adverbial clause when a phrase comes
    between; it is the intent verb's complement all the same."""
    assert _flags(nlp_es, text, word).future
    # an adverbial clause of another verb is not announced by it
    flags = _flags(nlp_es, "La policía llegó el sábado a detener a los opositores.", "detener")
    assert not flags.future


@pytest.mark.parametrize(
    "text",
    [
        "Miles de personas participaron en una marcha contra el Gobierno, cuya renuncia exigieron.",
        "Criticaron al ministro, cuya renuncia inmediata reclamaron los sindicatos.",
    ],
)
def test_a_noun_a_relative_possessive_opens_before_a_verb_of_asking_is_asked(
    nlp_es, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp_es, text, "renuncia").hypothetical


def test_the_subject_a_relative_possessive_opens_stays_the_subject(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El sindicato, cuyo dirigente fue detenido ayer, exigió su liberación."
    assert not _flags(nlp_es, text, "detenido").hypothetical


@pytest.mark.parametrize(
    ("text", "word", "future"),
    [
        (
            "La central obrera anunció para el miércoles una concentración en Lima.",
            "concentración",
            True,
        ),
        ("Los estudiantes anunciaron una marcha hasta el Congreso.", "marcha", True),
        ("El gobierno anunció la liberación de los presos.", "liberación", False),
        ("Los estudiantes realizaron una marcha hasta el Congreso.", "marcha", False),
    ],
)
def test_an_announced_gathering_is_ahead(nlp_es, text: str, word: str, future: bool) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp_es, text, word).future == future


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Criticó la decisión del juez de rechazar su pedido de anulación del proceso.", "pedido"),
        ("El tribunal denegó la solicitud de la defensa.", "solicitud"),
    ],
)
def test_a_request_turned_down_was_made(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp_es, text, word)
    assert not flags.negated and not flags.hypothetical
    # what a rejection turns down that is no request is still denied
    assert _flags(nlp_es, "El gobierno rechazó la liberación de los presos.", "liberación").negated


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("El gobierno se prepara para reprimir con violencia la paralización.", "paralización"),
        ("La policía amenazó con disolver la marcha de los estudiantes.", "marcha"),
    ],
)
def test_what_force_is_to_put_down_is_going_on(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp_es, text, word)
    assert not flags.hypothetical and not flags.future


def test_a_request_a_meeting_held_is_for_was_made(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La comisión se reunió con las autoridades para solicitar al Gobierno una reunión."
    flags = _flags(nlp_es, text, "solicitar")
    assert not flags.hypothetical and not flags.future
    # a call to others to ask is no asking done: the asking is ahead (standard changed in the
    # thirty-sixth session: a purpose is flagged future, was hypothetical)
    text = "El sindicato convocó a sus afiliados para pedir un aumento salarial."
    flags = _flags(nlp_es, text, "pedir")
    assert flags.future and not flags.hypothetical


def test_a_noun_listed_after_the_object_of_a_demand_is_demanded(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Unos 1.000 alumnos se manifestaron para exigir la reinstalación de las maestras "
        "Zetina Herrera y Marcelina Ruz, y la renuncia del director."
    )
    assert _flags(nlp_es, text, "renuncia").hypothetical


def test_a_relative_clause_in_the_indicative_is_told_not_asked(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los maestros llegaron a la capital para exigir la renuncia del gobernador Ulises Ruiz, "
        "a quien acusan de corrupto."
    )
    assert not _flags(nlp_es, text, "acusan").hypothetical
    assert _flags(nlp_es, text, "renuncia").hypothetical


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what is to be ended is going on
        ("La ONU pidió al gobierno que ponga fin a la represión de los campesinos.", "represión"),
        ("Los obispos exigieron el cese de la violencia en la región.", "violencia"),
        # what is to be looked into happened
        ("La familia pidió al fiscal que investigue el asesinato del periodista.", "asesinato"),
        ("Los diputados reclamaron el esclarecimiento del secuestro del alcalde.", "secuestro"),
    ],
)
def test_what_is_ended_or_looked_into_is_told_as_happened(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), word)
    assert not ev.hypothetical and not ev.negated


def test_an_alleged_act_looked_into_stays_alleged(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La fiscalía pidió investigar el presunto secuestro del empresario."
    assert by_trigger(events(nlp_es, text), "secuestro").hypothetical


def test_an_act_on_doing_something_ahead_is_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La marcha continuará mañana y crecerá al recibir el apoyo de los sindicatos."
    assert by_trigger(events(nlp_es, text), "apoyo").future
    done = "La marcha creció al recibir el apoyo de los sindicatos."
    assert not by_trigger(events(nlp_es, done), "apoyo").future


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("Los gremios confirmaron la huelga de 48 horas prevista para el lunes próximo.", True),
        ("Los estudiantes preparan una marcha para la próxima semana.", True),
        ("Los gremios cumplieron la huelga de 48 horas prevista para el lunes.", False),
    ],
)
def test_an_act_set_for_a_time_ahead_is_future(nlp_es, text: str, ahead: bool) -> None:  # type: ignore[no-untyped-def]
    word = "huelga" if "huelga" in text else "marcha"
    assert by_trigger(events(nlp_es, text), word).future is ahead
