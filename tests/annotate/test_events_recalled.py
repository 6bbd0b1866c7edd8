"""A possessed event noun naming an act told earlier takes that act's date; a meeting noun's
place is where it was held, not its target. Sentences written here."""

from __future__ import annotations

from event_helpers import events

from chronicler.annotate.nlp import annotate_doc
from chronicler.model import Article, EventMention, PublicationDate

PUBLISHED = PublicationDate("2024-02-16", "metadata", 0.9)


def _events(nlp, text: str, lang: str = "en") -> tuple[EventMention, ...]:  # type: ignore[no-untyped-def]
    article = Article("t", "test", text, None, None, None, PUBLISHED, lang)
    return annotate_doc(article, nlp(text)).events


def _arrests(evs: tuple[EventMention, ...]) -> list[EventMention]:
    return [e for e in evs if e.mode == "arrest"]


def test_his_arrest_takes_the_date_of_the_arrest_told_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The opposition leader Ivan Petrov was detained in March 2019 at the airport. "
        "Weeks later, a court ruled against him. His arrest set off large protests."
    )
    told, recalled = _arrests(_events(nlp, text))
    assert told.date.value == "2019-03"
    assert (recalled.trigger, recalled.date.value) == ("arrest", "2019-03")


def test_his_arrest_in_the_lead_takes_the_date_of_the_arrest_told_later(nlp) -> None:  # type: ignore[no-untyped-def]
    """The lead recalls the arrest, a later paragraph tells it with its date."""
    text = (
        "Ivan Petrov followed the trial by video from the prison in Vladimir, where he has "
        "been held since his arrest. He denied the charges.\n\n"
        "Police arrested Petrov on March 13, 2021, at his home in Moscow."
    )
    recalled, told = _arrests(_events(nlp, text))
    assert told.date.value == "2021-03-13"
    assert (recalled.trigger, recalled.date.value) == ("arrest", "2021-03-13")


def test_an_arrest_noun_without_a_possessor_keeps_its_own_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ivan Petrov was detained in March 2019 at the airport. "
        "Another arrest was reported on Tuesday."
    )
    told, other = _arrests(_events(nlp, text))
    assert told.date.value == "2019-03" and other.date.value != "2019-03"


def test_a_conference_city_is_where_it_was_held_not_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    (ev,) = [
        e
        for e in events(nlp, "The minister spoke at a security conference in Munich.")
        if e.type == "CONSULT"
    ]
    assert ev.location == "Munich" and not ev.targets


def test_a_curfew_city_is_still_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    (ev,) = [e for e in events(nlp, "The army imposed a curfew in Khartoum.") if e.mode]
    assert [t.text for t in ev.targets] == ["Khartoum"]


def test_a_when_clauses_date_frames_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The blogger has been behind bars since May 2020, when he was detained at a rally. "
        "Weeks later, a judge ordered him to serve three years in prison."
    )
    (served,) = [e for e in _events(nlp, text) if e.trigger.startswith("serve")]
    # carried from the "when" clause; "Weeks later" may be June, so only the year holds
    # (vague_shifts, event-dates-13)
    assert served.date.value == "2020" and served.date.basis == "discourse"


def test_a_year_on_a_sentence_noun_is_no_term(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He broke the terms of a 2014 suspended sentence and of a 12-year sentence."
    terms = [dict(e.attributes).get("term") for e in _events(nlp, text) if e.mode == "convict"]
    assert "2014" not in terms and "12-year" in terms


def test_a_possessed_arrest_another_act_is_about_takes_the_arrests_date(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "in June she went on a hunger strike to protest her detention": June is the strike's;
    the detention is the arrest told before."""
    text = (
        "Police arrested the activist Maria Sokolova on March 13, 2021, in Minsk. "
        "In June she went on a hunger strike to protest her detention."
    )
    told, recalled = _arrests(_events(nlp, text))
    assert told.date.value == "2021-03-13"
    assert (recalled.trigger, recalled.date.value) == ("detention", "2021-03-13")


def test_what_an_arrest_set_off_takes_the_arrests_date(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "His arrest set off protests": the protests began with the recalled arrest (March
    2019), not in the frame of the sentence before (May 2020) nor on the report's day; a
    cause the text does not date hands on no date, and an effect dated in its own sentence
    keeps its own."""
    told = (
        "The opposition leader Ivan Petrov was detained in March 2019 at the airport. "
        "In May 2020, a court sentenced him to nine years. "
    )
    (protests,) = [
        e for e in _events(nlp, told + "His arrest set off protests.") if e.type == "PROTEST"
    ]
    assert (protests.date.value, protests.date.basis) == ("2019-03", "discourse")
    own = told + "His arrest set off protests on Jan. 23, 2021."
    (protests,) = [e for e in _events(nlp, own) if e.type == "PROTEST"]
    assert protests.date.value == "2021-01-23"
    undated = "The strike set off protests across the country."
    (protests,) = [e for e in _events(nlp, undated) if e.mode == "demo"]
    assert protests.date.basis == "article"


def test_the_act_a_span_of_time_counts_from_takes_the_date_it_was_told_with(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "two days after Petrov quit": the resignation the span counts from, told earlier with
    its date, not the report's day less two days; the main clause's act is no anchor."""
    text = (
        "Ivan Petrov resigned on May 4, 2018, after weeks of protests.\n\n"
        "Anna Volkova declared herself president two days after Petrov quit."
    )
    told, anchor = [e for e in _events(nlp, text) if e.mode == "resign"]
    assert told.date.value == "2018-05-04"
    assert (anchor.trigger, anchor.date.value) == ("quit", "2018-05-04")


def test_a_raid_another_act_condemns_takes_the_date_of_the_raid(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Governments across Europe condemned the raid" days later: the raid told before,
    with its date, and no target from the critics' phrase."""
    text = (
        "Police raided the consulate in Lagos on Friday, February 9, 2024. "
        "On Wednesday, governments across Europe condemned the raid."
    )
    told, named = [e for e in _events(nlp, text) if e.mode == "seize"]
    assert told.date.value == "2024-02-09"
    assert (named.trigger, named.date.value) == ("raid", "2024-02-09")
    assert not named.targets and named.location is None


def test_la_irrupcion_que_condena_una_resolucion_es_la_contada(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Decenas de policías irrumpieron en el consulado la noche del 9 de febrero de 2024. "
        "El miércoles, el Consejo aprobó una resolución que condena la irrupción."
    )
    evs = [e for e in _events(nlp_es, text, "es") if e.mode == "seize"]
    assert [e.date.value for e in evs] == ["2024-02-09", "2024-02-09"], evs


def test_an_arrest_a_court_rules_illegal_is_the_arrest_told_before(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "On May 11, the Supreme Court ruled that his arrest was illegal and ordered his
    release": the arrest judged is the one of 9 May, not one of the ruling's day; the court,
    not the arrest, orders the release (still only ordered)."""
    text = (
        "On May 9, police arrested Ivan Petrov at the airport. "
        "On May 11, the Supreme Court ruled that his arrest was illegal and ordered his release."
    )
    evs = _events(nlp, text)
    assert [e.date.value for e in _arrests(evs)] == ["2024-05-09", "2024-05-09"], evs
    (freed,) = [e for e in evs if e.mode == "release"]
    assert freed.date.value == "2024-05-11" and freed.hypothetical
    assert [a.text for a in freed.actors] == ["the Supreme Court"], freed.actors
    text = (
        "El 9 de mayo la Policía detuvo a Iván Petrov en el aeropuerto. El Tribunal Supremo "
        "declaró el 11 de mayo que la detención había sido ilegal y ordenó la liberación de Petrov."
    )
    evs = _events(nlp_es, text, "es")
    assert [e.date.value for e in _arrests(evs)] == ["2024-05-09", "2024-05-09"], evs


def test_an_arrest_pointed_back_to_and_what_it_set_off_take_its_date(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "That arrest set off riots", "Aquel arresto desató disturbios": the arrest told
    before, with its date, and the riots begin then, not on the report's day."""
    text = (
        "On May 9, police detained Ivan Petrov at the airport. "
        "That arrest set off riots across the country."
    )
    evs = _events(nlp, text)
    assert [e.date.value for e in _arrests(evs)] == ["2024-05-09", "2024-05-09"], evs
    assert [e.date.value for e in evs if e.mode == "riot"] == ["2024-05-09"], evs
    text = (
        "El 9 de mayo la Policía detuvo a Iván Petrov en el aeropuerto. "
        "Aquel arresto desató una ola de disturbios en todo el país."
    )
    evs = _events(nlp_es, text, "es")
    assert [e.date.value for e in _arrests(evs)] == ["2024-05-09", "2024-05-09"], evs
    assert [e.date.value for e in evs if e.mode == "riot"] == ["2024-05-09"], evs


def test_an_act_told_in_a_relative_clause_about_an_act_takes_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "he had spent five months recovering from a nerve agent poisoning that he blamed on
    the Kremlin": the blame is about the poisoning (August 2020, counted back from the
    recovery), then or soon after, not on the day of the report; "the protests that toppled
    him" are no act about the protests."""
    text = (
        "Ivan Petrov was detained in January 2021 on his return from Germany, where he had "
        "spent five months recovering from a nerve agent poisoning that he blamed on the "
        "Kremlin."
    )
    found = _events(nlp, text)
    (blamed,) = [e for e in found if e.trigger == "blamed"]
    assert (blamed.date.value, blamed.date.certainty) == ("2020-08", "approximate")


def test_a_definite_noun_naming_no_one_is_the_act_its_word_may_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Police stormed the consulate on Friday ... a resolution that condemned the
    incursion": with no shelling told before, the incursion condemned is the raid, coded
    and dated as it (COERCE 'seize'), not an attack with heavy weapons on the resolution's
    day."""
    text = (
        "Police stormed the consulate on Friday, April 5, and arrested the former minister. "
        "On Wednesday the council approved a resolution that condemned the incursion."
    )
    (raid, named) = [e for e in _events(nlp, text) if e.trigger in ("stormed", "incursion")]
    assert (named.type, named.mode, named.cameo) == ("COERCE", "seize", "171")
    assert named.date.value == raid.date.value == "2024-04-05"
    # told alone, an army's incursion is still an attack
    alone = "On Wednesday the council condemned the incursion."
    assert [e.type for e in _events(nlp, alone) if e.trigger == "incursion"] == ["ASSAULT"]


def test_spanish_asalto_condemned_is_the_raid_told_before(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Decenas de policías irrumpieron en la embajada ... condenaron el asalto": the
    assault condemned is the raid (COERCE 'seize'), with its date, not a new attack dated
    by the report."""
    text = (
        "Decenas de policías irrumpieron en la embajada el viernes 5 de abril. "
        "Los gobiernos de la región condenaron el asalto."
    )
    evs = _events(nlp_es, text, "es")
    (named,) = [e for e in evs if e.trigger == "asalto"]
    assert (named.type, named.mode, named.date.value) == ("COERCE", "seize", "2024-04-05")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_reaction_the_text_does_not_date_is_dated_as_the_act_it_is_about(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "Los gobiernos condenaron el asalto, y Nicaragua rompió relaciones": with no date
    of their own (the frame is three sentences back), the condemnation and the
    break coordinated with it come at the time of the raid they answer, not on the report's
    day; a reaction the text dates keeps its own day."""
    text = (
        "Decenas de policías irrumpieron en la embajada el viernes 9 de febrero. "
        "El exministro se había refugiado allí en diciembre. Su abogado calificó la "
        "detención de ilegal. La Fiscalía dijo que existía riesgo de fuga.\n\n"
        "Los gobiernos de la región condenaron el asalto, y Nicaragua rompió relaciones con "
        "Ecuador.\n\nEl miércoles 14 de febrero, la OEA condenó la irrupción."
    )
    evs = {e.trigger.split()[0]: e for e in _events(nlp_es, text, "es")}
    for word in ("condenaron", "rompió"):
        assert evs[word].date.value == "2024-02-09", (word, evs[word].date)
        assert evs[word].date.certainty == "approximate"
    assert evs["condenó"].date.value == "2024-02-14"


def test_an_english_reaction_past_the_frame_is_dated_as_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police stormed the consulate on Feb. 9 and detained a former minister. "
        "He had taken refuge there in December. His lawyers called the arrest illegal. "
        "Prosecutors said he was a flight risk. The minister's family asked for calm. "
        "Neighbouring governments condemned the raid, and Peru cut ties with the country."
    )
    evs = {e.trigger.split()[0]: e for e in _events(nlp, text)}
    assert evs["cut"].date.value == "2024-02-09", evs["cut"].date


def test_a_participle_describing_a_person_is_the_act_told_elsewhere(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "un riesgo de fuga de Jorge Glas, condenado por corrupción, ...": the participle set
    off after the name describes him (not the risk the parser hung it on), and tells the
    sentencing the article dates elsewhere, not one on the report's day; so in English."""
    told = "Glas fue condenado en diciembre de 2017 a seis años de prisión."
    text = (
        "El ministro aseguró que existía un riesgo real de fuga de Jorge Glas, condenado por "
        f"corrupción, a quien no correspondía el asilo. {told}"
    )
    described = next(e for e in _events(nlp_es, text, "es") if e.mode == "convict")
    assert [t.text for t in described.targets] == ["Jorge Glas"]
    assert described.date.value == "2017-12"
    text = (
        "The minister said Jorge Glas, convicted of corruption, could not receive asylum. "
        "Glas was sentenced in December 2017 to six years in prison."
    )
    described = next(e for e in _events(nlp, text) if e.mode == "convict")
    assert described.trigger == "convicted" and described.date.value == "2017-12"


def _recalled(nlp, text: str, lang: str, trigger: str):  # type: ignore[no-untyped-def]
    evs = _events(nlp, text, lang)
    return evs, [e for e in evs if e.trigger.lower() == trigger]


def test_a_bare_noun_after_after_is_the_act_it_recalls(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "After the assault": no parties, place or time of its own; it names the act told
    before, with that act's parties and date, in either language."""
    text = (
        "Police assaulted the embassy on April 5, 2024. After the assault, the government "
        "broke off relations."
    )
    _, (bare,) = _recalled(nlp, text, "en", "assault")
    assert bare.date.value == "2024-04-05" and [p.text for p in bare.targets] == ["embassy"]
    text = (
        "La policía asaltó la embajada el 5 de abril de 2024. Tras el asalto, el gobierno "
        "rompió relaciones."
    )
    _, (bare,) = _recalled(nlp_es, text, "es", "asalto")
    assert bare.date.value == "2024-04-05" and [p.text for p in bare.targets] == ["embajada"]


def test_a_bare_noun_after_after_with_no_act_told_is_no_event(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "After the assault, the government broke off relations with Ecuador."
    assert not _recalled(nlp, text, "en", "assault")[1]
    text = "Tras el asalto, el gobierno rompió relaciones con Ecuador."
    assert not _recalled(nlp_es, text, "es", "asalto")[1]
    # an assault with a party of its own is one told
    text = "Tras el asalto a la embajada, el gobierno rompió relaciones con Ecuador."
    assert _recalled(nlp_es, text, "es", "asalto")[1]


def test_a_plural_act_noun_over_acts_of_several_days_takes_none_of_their_days(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "condemned the arrests", after arrests told on Tuesday and on Saturday: the noun names
    them all, no one day is theirs; one arrest told before is still the one recalled."""
    text = (
        "Police detained Felix Maradiaga on Tuesday. On Saturday, Arturo Cruz was arrested at "
        "the airport.\n\nThe State Department condemned the arrests."
    )
    *_, recalled = _arrests(_events(nlp, text))
    assert (recalled.trigger, recalled.date.basis) == ("arrests", "article")
    text = (
        "On Saturday, Arturo Cruz was arrested at the airport.\n\n"
        "The State Department condemned the arrests."
    )
    *_, recalled = _arrests(_events(nlp, text))
    assert (recalled.trigger, recalled.date.value) == ("arrests", "2024-02-10")
    text = (
        "La Policía detuvo el martes a Félix Maradiaga. El sábado, Arturo Cruz fue arrestado en "
        "el aeropuerto.\n\nEl Departamento de Estado condenó las detenciones."
    )
    *_, recalled = _arrests(_events(nlp_es, text, "es"))
    assert (recalled.trigger, recalled.date.basis) == ("detenciones", "article")


def test_a_definite_act_another_act_is_against_or_over_is_the_one_told_before(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "marched on Wednesday to protest against the coup", "rallied on Thursday over the
    raid": the coup and the raid are those told before, on their own day."""
    text = (
        "The army seized power on Monday in a coup, detaining the prime minister.\n\n"
        "Students marched in the capital on Wednesday to protest against the coup."
    )
    coups = [e for e in _events(nlp, text) if e.mode == "coup"]
    assert [e.date.value for e in coups] == ["2024-02-12", "2024-02-12"]
    text = (
        "Police raided the newspaper's office on Monday.\n\n"
        "Hundreds of journalists rallied on Thursday over the raid."
    )
    raids = [e for e in _events(nlp, text) if e.mode == "seize"]
    assert [e.date.value for e in raids] == ["2024-02-12", "2024-02-12"]


def test_un_golpe_contra_el_que_marchan_es_el_contado(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El ejército tomó el poder el lunes en un golpe de Estado y detuvo al primer "
        "ministro.\n\nLos estudiantes marcharon el miércoles en la capital contra el golpe."
    )
    coups = [e for e in _events(nlp_es, text, "es") if e.mode == "coup"]
    assert [e.date.value for e in coups] == ["2024-02-12", "2024-02-12"]


def test_a_march_dispersed_on_a_day_went_on_that_day(nlp) -> None:  # type: ignore[no-untyped-def]
    """The march a verb breaks up is the one going on then, not the one told before."""
    text = (
        "Farmers protested outside the ministry in January. "
        "Riot police crushed the protest on Thursday."
    )
    (protest,) = [e for e in _events(nlp, text) if e.trigger == "protest"]
    assert protest.date.value == "2024-02-15"


def test_una_marcha_disuelta_un_dia_seguia_ese_dia(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los campesinos marcharon hacia el ministerio en enero. "
        "La policía dispersó la marcha con cañones de agua el jueves."
    )
    (march,) = [e for e in _events(nlp_es, text, "es") if e.trigger == "marcha"]
    assert march.date.value == "2024-02-15"


def test_a_raid_condemned_on_a_day_keeps_the_day_it_was_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Troops raided the newspaper's offices on Monday. "
        "The journalists' union condemned the raid on Thursday."
    )
    (raid,) = [e for e in _events(nlp, text) if e.trigger == "raid"]
    assert raid.date.value == "2024-02-12"


def test_an_act_told_as_another_happening_is_not_the_one_recalled(nlp, nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "a similar revolt" told between the uprising and "two weeks before the uprising" is
    another happening: the later noun names the uprising told first, not that revolt."""
    text = (
        "Soldiers rose up against the president on April 30, 2019.\n\n"
        "A veteran recalled how in 1989 the army crushed a similar revolt.\n\n"
        "After the uprising, the soldiers hid in an embassy."
    )
    _, recalled = _recalled(nlp, text, "en", "uprising")
    assert [e.date.value for e in recalled] == ["2019-04-30"]
    text = (
        "La policía asaltó la embajada el 5 de abril de 2024.\n\n"
        "Un veterano recordó que en 1989 hubo un asalto parecido.\n\n"
        "Tras el asalto, el gobierno rompió relaciones."
    )
    _, (_, recalled) = _recalled(nlp_es, text, "es", "asalto")
    assert recalled.date.value == "2024-04-05" and [p.text for p in recalled.targets] == [
        "embajada"
    ]
