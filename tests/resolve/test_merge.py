from __future__ import annotations

from dataclasses import replace

from chronicler.model import EventDate, EventMention, Participant
from chronicler.resolve.custody import CustodyEvent, custody_history, custody_step
from chronicler.resolve.disagreements import find_disagreements
from chronicler.resolve.merge import (
    SourcedMention,
    charges_compatible,
    dates_compatible,
    group_date,
    merge_events,
    orders_compatible,
    participants_compatible,
    scored_word,
    statements_compatible,
)

GENERAL = "person:miguel rodriguez torres"


def _event(
    mode: str,
    type_: str = "RETREAT",
    date: str | None = None,
    attributes: tuple[tuple[str, str], ...] = (),
    location: str | None = None,
    negated: bool = False,
    basis: str = "sentence",
) -> EventMention:
    return EventMention(
        type=type_,
        mode=mode,
        cameo=None,
        trigger=mode,
        trigger_start=0,
        trigger_end=1,
        sentence=0,
        sentence_start=0,
        sentence_end=10,
        location=location,
        date=EventDate(value=date, basis=basis, certainty="exact"),
        attributes=attributes,
        negated=negated,
    )


def _m(article: str, event: EventMention, targets: frozenset[str] = frozenset(), idx: int = 0):
    return SourcedMention(article, idx, event, frozenset(), targets, "2024-06-22")


def test_dates_compatible_at_granularity() -> None:
    assert dates_compatible("2024-06", "2024-06-22")
    assert dates_compatible("2024-06-22", "2024-06-23", max_day_gap=1)
    assert not dates_compatible("2024-06-22", "2024-06-25", max_day_gap=1)
    assert not dates_compatible("2018-03", "2024")
    assert dates_compatible(None, "2024")


def test_release_from_three_sources_is_one_event() -> None:
    mentions = [
        _m("a", _event("release", date="2024-06-22"), frozenset({GENERAL})),
        _m("b", _event("release", date="2024-06"), frozenset({GENERAL})),
        _m("c", _event("release"), frozenset()),
    ]
    events = merge_events(mentions)
    assert len(events) == 1
    assert events[0].article_ids == ["a", "b", "c"]
    assert events[0].date == "2024-06-22"
    assert events[0].id == "a:0"


def test_different_targets_types_dates_and_unreal_mentions_stay_apart() -> None:
    mentions = [
        _m("a", _event("release", date="2024-06-22"), frozenset({GENERAL})),
        _m("b", _event("release", date="2024-06-22"), frozenset({"person:other"})),
        _m("c", _event("arrest", type_="COERCE", date="2024-06-22"), frozenset({GENERAL})),
        _m("d", _event("release", date="2019-01"), frozenset({GENERAL})),
        _m("e", _event("release", negated=True), frozenset({GENERAL})),
    ]
    events = merge_events(mentions)
    assert sorted(len(e.members) for e in events) == [1, 1, 1, 1]


def test_disagreement_on_charges_and_place_held() -> None:
    mentions = [
        _m(
            "a",
            _event(
                "imprison", "COERCE", attributes=(("held_at", "Ramo Verde"), ("charge", "treason"))
            ),
            frozenset({GENERAL}),
        ),
        _m(
            "b",
            _event(
                "imprison",
                "COERCE",
                attributes=(
                    ("held_at", "the cells of the Military Counterintelligence Directorate"),
                    ("charge", "treason"),
                ),
            ),
            frozenset({GENERAL}),
        ),
    ]
    (event,) = merge_events(mentions)
    found = {d.attribute: d for d in find_disagreements(event)}
    assert set(found) == {"held_at"}
    values = dict(found["held_at"].values)
    assert values["Ramo Verde"] == ("a",)


def test_held_since_and_still_held_are_one_state() -> None:
    """'arrested in 2018 ... held in a military prison ever since' and, in a later article,
    'who was being held in the cells of ...' (dated only by that article) are one detention,
    so the places they name are set side by side; a punctual event is not stretched so."""
    durative = frozenset({"imprison"})
    prison = "a military prison in Caracas"
    since = _event("imprison", "COERCE", "2018", (("held_at", prison),), location=prison)
    still = _event(
        "imprison",
        "COERCE",
        "2023",
        attributes=(("held_at", "the cells of the Counterintelligence Directorate"),),
        location="the cells of the Counterintelligence Directorate",
        basis="article",
    )
    both = [_m("a", since, frozenset({GENERAL})), _m("b", still, frozenset({GENERAL}))]
    (event,) = merge_events(both, durative_modes=durative)
    (d,) = find_disagreements(event)  # the place, once: held_at and location say the same
    assert d.attribute == "held_at"
    assert dict(d.values) == {
        prison: ("a",),
        "the cells of the Counterintelligence Directorate": ("b",),
    }
    assert len(merge_events(both)) == 2  # without the durative rule the years conflict
    releases = [
        _m("a", _event("release", date="2018"), frozenset({GENERAL})),
        _m("b", _event("release", date="2023", basis="article"), frozenset({GENERAL})),
    ]
    assert len(merge_events(releases, durative_modes=durative)) == 2


def test_refinement_is_not_a_disagreement() -> None:
    mentions = [
        _m("a", _event("release", date="2024-06"), frozenset({GENERAL})),
        _m("b", _event("release", date="2024-06-22", location="Caracas"), frozenset({GENERAL})),
        _m("c", _event("release", location="a prison in Caracas"), frozenset({GENERAL})),
    ]
    (event,) = merge_events(mentions)
    assert find_disagreements(event) == []
    extra = {"brokers": {"Zapatero": ["a", "b"], "Gustavo Petro": ["c"]}}
    (d,) = find_disagreements(event, extra)
    assert d.attribute == "brokers"


def test_dates_carried_from_the_narrative_are_no_disagreement() -> None:
    """One report's "late Saturday", carried to a later sentence, and another's Sunday,
    carried likewise: neither source says when this act was; two days stated differ."""
    mentions = [
        _m("a", _event("asylum", "REQUEST", "2024-06-22", basis="discourse"), frozenset({GENERAL})),
        _m("b", _event("asylum", "REQUEST", "2024-06-23", basis="discourse"), frozenset({GENERAL})),
    ]
    (event,) = merge_events(mentions)
    assert find_disagreements(event) == []
    mentions = [
        _m("a", _event("asylum", "REQUEST", "2024-06-22"), frozenset({GENERAL})),
        _m("b", _event("asylum", "REQUEST", "2024-06-23"), frozenset({GENERAL})),
    ]
    (event,) = merge_events(mentions)
    assert [d.attribute for d in find_disagreements(event)] == ["date"]


def test_charges_and_brokers_are_lists_compared_whole() -> None:
    """One source naming one more charge or broker than another adds detail; sources differ
    only when each names something the other does not, and then each whole list is shown."""
    mentions = [
        _m("a", _event("charge", "ACCUSE", attributes=(("charge", "treason"),))),
        _m(
            "b",
            _event(
                "charge", "ACCUSE", attributes=(("charge", "treason"), ("charge", "conspiracy"))
            ),
        ),
    ]
    (event,) = merge_events(mentions)
    assert find_disagreements(event) == []
    more_brokers = {"brokers": {"Zapatero": ["a", "b"], "Gustavo Petro": ["b"]}}
    assert find_disagreements(event, more_brokers) == []
    other = _m("c", _event("charge", "ACCUSE", attributes=(("charge", "charges of sedition"),)))
    (event,) = merge_events([*mentions, other])
    (d,) = find_disagreements(event)
    assert d.attribute == "charge"
    assert dict(d.values) == {
        "charges of sedition": ("c",),
        "conspiracy; treason": ("b",),
        "treason": ("a",),
    }


def test_custody_history_orders_steps_and_names_brokers() -> None:
    events = [
        CustodyEvent(
            "e2",
            "RETREAT",
            "release",
            "2024-06-22",
            frozenset({GENERAL}),
            ("a", "b"),
            brokers=("person:jose luis rodriguez zapatero",),
        ),
        CustodyEvent(
            "e1",
            "COERCE",
            "arrest",
            "2018-03-13",
            frozenset({GENERAL}),
            ("a",),
            attributes=(("held_at", "Ramo Verde"), ("charge", "treason")),
        ),
        CustodyEvent("e3", "RETREAT", "exile", "2024-06-22", frozenset({GENERAL}), ("c",)),
        CustodyEvent("e4", "COERCE", "arrest", "2019-01", frozenset({"person:other"}), ("d",)),
    ]
    (episode,) = custody_history(GENERAL, events)
    assert [s.step for s in episode.steps] == ["detained", "released", "exile"]
    doc = episode.to_doc()
    assert doc["detained"] == "2018-03-13" and doc["exile"] == "2024-06-22"
    assert doc["held_at"] == ["Ramo Verde"] and doc["charges"] == ["treason"]
    assert doc["brokers"] == ["person:jose luis rodriguez zapatero"]
    assert custody_step("custody-death") == "died"
    assert custody_step("meet") is None


def test_second_detention_after_release_opens_new_episode() -> None:
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2014-02", frozenset({GENERAL}), ("a",)),
        CustodyEvent("e2", "RETREAT", "release", "2015-01", frozenset({GENERAL}), ("a",)),
        CustodyEvent("e3", "COERCE", "arrest", "2018-03", frozenset({GENERAL}), ("b",)),
    ]
    assert len(custody_history(GENERAL, events)) == 2


def test_unrelated_triggers_without_a_mode_stay_apart() -> None:
    """Compatible by the hard rules is not enough: the pair scorer must also find them alike
    ("promise" and "plans" were once merged as one AGREE event)."""

    def untyped(trigger: str, sentence: int) -> EventMention:
        return EventMention("AGREE", None, None, trigger, 0, 1, sentence, 0, 10)

    mentions = [
        SourcedMention("a", 0, untyped("promise", 0), published="2019", sentence="He promised."),
        SourcedMention("a", 1, untyped("plans", 3), published="2019", sentence="Plans are unsure."),
        SourcedMention("b", 0, untyped("promise", 2), published="2019", sentence="A promise."),
    ]
    events = merge_events(mentions)
    assert sorted(len(e.members) for e in events) == [1, 2]


def test_one_mode_in_different_words_is_one_event() -> None:
    """The mode stands for the trigger: "freed", "set free" and "the release of" stay one event."""
    from dataclasses import replace

    base = _event("release", date="2023-05")
    words = [
        ("a", "freed", "Venezuela's government has freed a former spy chief on Saturday."),
        ("b", "set free", "Rodriguez Torres, a former general, was set free on Saturday."),
        ("c", "release", "The government authorized the release of General Rodriguez Torres."),
    ]
    mentions = []
    for article, trigger, sentence in words:
        start = sentence.index(trigger)
        event = replace(
            base, trigger=trigger, trigger_start=start, trigger_end=start + len(trigger)
        )
        mentions.append(
            SourcedMention(article, 0, event, frozenset(), frozenset({GENERAL}), None, sentence)
        )
    (event,) = merge_events(mentions)
    assert event.article_ids == ["a", "b", "c"]


def test_actors_acting_for_one_state_may_be_one_event() -> None:
    """ "Nicaragua released 222 political prisoners" and "El Gobierno de Nicaragua excarceló a
    222 presos políticos": no target is an entity, the actors are the state in other words."""
    from dataclasses import replace

    from chronicler.model import Participant
    from chronicler.resolve.merge import participants_compatible

    def by(article: str, actor: str, label: str, country: str | None) -> SourcedMention:
        event = replace(
            _event("release", date="2023-02-09"),
            actors=(Participant(actor, 0, 1, label=label, country=country),),
        )
        return SourcedMention(article, 0, event, frozenset({f"x:{actor}"}), frozenset())

    en = by("a", "Nicaragua", "GPE", "NIC")
    assert participants_compatible(en, by("b", "Gobierno de Nicaragua", "ORG", "NIC"))
    assert not participants_compatible(en, by("c", "Cuba", "GPE", "CUB"))
    assert not participants_compatible(
        by("d", "Daniel Ortega", "PERSON", "NIC"), by("e", "Rosario Murillo", "PERSON", "NIC")
    )


def test_counts_are_compared_as_numbers() -> None:
    """ "2" is no refinement of "26" (as a substring it was), and "Twenty-six" is 26."""

    def counts(*values: str) -> list[str]:
        mentions = [
            _m(str(i), _event("release", date="2024-08-01", attributes=(("target_count", v),)),
               frozenset({GENERAL}))
            for i, v in enumerate(values)
        ]  # fmt: skip
        (event,) = merge_events(mentions)
        return [value for d in find_disagreements(event) for value, _ in d.values]

    assert counts("2", "26") == ["2", "26"]
    assert counts("Twenty-six", "26") == []
    assert counts("16", "Twenty-six") == ["16", "Twenty-six"]
    assert counts("1,150", "1150") == []


def test_count_value_reads_digits_and_number_words() -> None:
    from chronicler.resolve.disagreements import count_value

    assert (count_value("dozens of"), count_value("veinte"), count_value("222")) == (None, 20, 222)


def test_one_article_unlinked_targets_in_other_words_are_two_events() -> None:
    """ "The mayor of Caracas was arrested" and "Those arrested were mostly students" in one
    article are two arrests; across articles other words may name the same people."""
    from dataclasses import replace

    from chronicler.model import Participant
    from chronicler.resolve.merge import participants_compatible

    def arrest(article: str, idx: int, target: str) -> SourcedMention:
        event = replace(
            _event("arrest", type_="COERCE", date="2024-06-22"),
            targets=(Participant(target, 0, 1),),
        )
        return SourcedMention(article, idx, event, frozenset(), frozenset())

    mayor = arrest("a", 0, "the mayor of Caracas")
    assert not participants_compatible(mayor, arrest("a", 1, "students"))
    assert participants_compatible(mayor, arrest("a", 2, "the Caracas mayor"))
    assert participants_compatible(mayor, arrest("b", 0, "el alcalde de Caracas"))
    assert participants_compatible(mayor, arrest("b", 1, "students"))


def test_a_named_person_and_a_counted_group_stay_apart() -> None:
    """ "The bishop has been held since August 2022" and "Dozens of opponents remain jailed":
    a person's detention is not a crowd's, though the crowd may include him."""
    from dataclasses import replace

    from chronicler.model import Participant
    from chronicler.resolve.merge import participants_compatible

    def held(article: str, target: Participant, ids: frozenset[str]) -> SourcedMention:
        event = replace(_event("imprison", type_="COERCE"), targets=(target,))
        return SourcedMention(article, 0, event, frozenset(), ids)

    bishop = held("a", Participant("Rolando Álvarez", 0, 1, label="PER"), frozenset({"p:alvarez"}))
    crowd = held("b", Participant("opositores", 0, 1, count="Decenas"), frozenset())
    assert not participants_compatible(bishop, crowd)
    assert not participants_compatible(crowd, bishop)
    named_among = held(
        "c", Participant("222 prisoners", 0, 1, count="222"), frozenset({"p:alvarez"})
    )
    assert participants_compatible(named_among, crowd)
    assert participants_compatible(bishop, held("d", Participant("the bishop", 0, 1), frozenset()))


def test_a_statement_merges_with_statements_and_a_bare_threat_not_with_a_warrant() -> None:
    """Two reports of "X threatened to arrest him" are one threat; a report of the threat
    told without its content ("X threatened him") may be it; the arrest warrant a court
    issued (THREATEN 'arrest' too, but no statement) is another happening."""
    said = (("announces", "COERCE/arrest"),)
    mentions = [
        _m("a", _event("arrest", "THREATEN", "2024-06-22", said), frozenset({GENERAL})),
        _m("b", _event("arrest", "THREATEN", "2024-06-22", said), frozenset({GENERAL})),
        _m("c", _event("arrest", "THREATEN", "2024-06-22"), frozenset({GENERAL})),
    ]
    events = merge_events(mentions)
    assert sorted(e.article_ids for e in events) == [["a", "b"], ["c"]]
    bare = replace(mentions[2].event, mode=None)  # "X threatened him"
    assert statements_compatible(mentions[0].event, bare)
    assert not statements_compatible(mentions[0].event, mentions[2].event)
    assert statements_compatible(mentions[2].event, mentions[2].event)


def test_statements_of_intent_read_as_what_they_announce_merge_across_languages() -> None:
    """ "said that Spain would grant him asylum", "explicó que España le otorgará el asilo",
    "aceptara concederle asilo": AGREE with no mode, triggers in two languages; the scorer
    reads each as the act it announces, so the three reports are one statement, while an
    agreement announcing a release stays apart."""
    asylum = (("announces", "AID/asylum"),)
    said = replace(_event("x", "AGREE", "2024-09-07", asylum), mode=None, trigger="said")
    explained = replace(said, trigger="explicó", date=EventDate("2024-09-08", "article", "exact"))
    accepted = replace(said, trigger="aceptara", date=EventDate(None, "unknown", "inferred"))
    freed = replace(said, attributes=(("announces", "RETREAT/release"),), trigger="agreed")
    assert [scored_word(e) for e in (said, explained, freed)] == ["asylum", "asylum", "release"]
    assert scored_word(_event("release")) == "release"
    target = frozenset({"person:edmundo gonzalez"})
    mentions = [
        _m("en", said, target),
        _m("es", explained, target),
        _m("es", accepted, target, idx=1),
        _m("fr", freed, target),
    ]
    events = merge_events(mentions)
    assert sorted(e.article_ids for e in events) == [["en", "es"], ["fr"]]


def test_one_named_person_and_a_plural_pronoun_are_two_events() -> None:
    """ "la Fiscalía lo acusa de usurpación" (González) and "ha acusado a la mayoría de ellas
    de terrorismo" (the detained) in one report: "ellas" is a group, never one person; two
    named people and "they" may still be one event."""
    plural = frozenset({"ellas", "they"})
    accused = _event("allege", "ACCUSE", "2024-09-08")
    them = replace(accused, targets=(Participant("ellas", 0, 5),))
    gonzalez = _m("es", accused, frozenset({"person:edmundo gonzalez"}))
    group = _m("es", them, idx=1)
    assert not participants_compatible(gonzalez, group, plural)
    assert participants_compatible(gonzalez, group)  # without the list, as before
    pair = _m("en", accused, frozenset({"person:a", "person:b"}))
    assert participants_compatible(pair, group, plural)
    events = merge_events([gonzalez, group], plural_pronouns=plural)
    assert len(events) == 2


def test_a_place_written_in_two_languages_is_no_disagreement_but_counts_are() -> None:
    """ "a police special operations base" and "la sede de la Dirección de Operaciones
    Especiales" are one place translated; two English reports naming two places, and an
    English and a Spanish count, still disagree."""
    base = "a police special operations base on the edge of the capital"
    sede = "la sede de la Dirección de Operaciones Especiales"
    held = [
        _m("en", _event("imprison", "COERCE", "2022-12-07", (("held_at", base),)), {GENERAL}),
        _m("es", _event("imprison", "COERCE", "2022-12-07", (("held_at", sede),)), {GENERAL}),
    ]
    (event,) = merge_events(held)
    languages = {"en": "en", "es": "es", "en2": "en"}
    assert find_disagreements(event, languages=languages) == []
    assert [d.attribute for d in find_disagreements(event)] == ["held_at"]  # languages unknown
    other = _event("imprison", "COERCE", "2022-12-07", (("held_at", "a prison in Callao"),))
    (event,) = merge_events([*held, _m("en2", other, frozenset({GENERAL}))])
    (d,) = find_disagreements(event, languages=languages)
    assert d.attribute == "held_at" and len(d.values) == 3
    killed = [
        _m("en", _event("kill", "ASSAULT", "2022-12-20", (("target_count", "At least 26"),))),
        _m("es", _event("kill", "ASSAULT", "2022-12-20", (("target_count", "22"),))),
    ]
    (event,) = merge_events(killed)
    (d,) = find_disagreements(event, languages=languages)
    assert d.attribute == "target_count"


def test_two_states_acts_against_one_target_are_two_events() -> None:
    """ "Chile's president broke off relations with Peru" and "Bolivia cut ties with Peru",
    told in one article on one day: the actors act for different states, so two events; the
    state and its president, or its government, acting for one, may still be one."""
    target = frozenset({"gpe:peru"})

    def broke(country: str, name: str, label: str) -> EventMention:
        actor = Participant(name, 0, 1, label=label, country=country)
        return replace(_event("withdraw", "SANCTION", "2024-06-20"), actors=(actor,))

    chile = _m("a", broke("CHL", "Gabriel Boric", "PERSON"), target, idx=0)
    bolivia = _m("a", broke("BOL", "Bolivia", "GPE"), target, idx=1)
    assert not participants_compatible(chile, bolivia)
    gobierno = _m("b", broke("CHL", "el Gobierno de Chile", "ORG"), target)
    assert participants_compatible(chile, gobierno)
    assert len(merge_events([chile, bolivia, gobierno])) == 2


def test_accusations_of_one_article_with_no_charge_in_common_are_two() -> None:
    """ "accused her of terrorism" and "allegations of fraud in the election" in one report
    are two accusations; a shared charge, or charges in two reports, may be one."""
    terror = _event("allege", "ACCUSE", attributes=(("charge", "terrorism"),))
    fraud = _event("allege", "ACCUSE", attributes=(("charge", "fraud in the election"),))
    both = _event("allege", "ACCUSE", attributes=(("charge", "terrorism"), ("charge", "fraud")))
    assert not charges_compatible(_m("a", terror), _m("a", fraud, idx=1))
    assert charges_compatible(_m("a", terror), _m("a", both, idx=1))
    assert charges_compatible(_m("a", terror), _m("b", fraud))
    assert charges_compatible(_m("a", terror), _m("a", _event("allege", "ACCUSE"), idx=1))
    # an arrest told twice in one report, with its reason in other words each time
    held = _event("arrest", "COERCE", attributes=(("charge", "treason"),))
    again = _event("arrest", "COERCE", attributes=(("charge", "the instigation charge"),))
    assert charges_compatible(_m("a", held), _m("a", again, idx=1))


def test_one_article_acts_of_other_named_actors_are_two_events() -> None:
    """ "Navalny blamed the Kremlin" and "the EU held the Russian regime responsible" in one
    article, one target unresolved: two accusations by two actors; "Ortega" and "Nicaragua"
    act for one state, and across articles the rule does not apply."""
    from chronicler.resolve.merge import participants_compatible

    def accuse(
        article: str, actor: Participant, actor_id: str, target_ids: frozenset[str]
    ) -> SourcedMention:
        event = replace(
            _event("allege", type_="ACCUSE", date="2024-02-16"),
            actors=(actor,),
            targets=(Participant("Kremlin" if target_ids else "Russian regime", 0, 1),),
        )
        return SourcedMention(article, 0, event, frozenset({actor_id}), target_ids)

    kremlin = frozenset({"org:kremlin"})
    navalny = accuse("a", Participant("Navalny", 0, 1, label="PERSON"), "person:navalny", kremlin)
    eu = accuse("a", Participant("EU", 0, 1, label="ORG"), "org:eu", frozenset())
    assert not participants_compatible(navalny, eu)
    assert participants_compatible(navalny, replace(eu, article_id="b"))
    ortega = Participant("Ortega", 0, 1, label="PERSON", country="NIC")
    nicaragua = Participant("Nicaragua", 0, 1, label="GPE", country="NIC")
    assert participants_compatible(
        accuse("a", ortega, "person:ortega", kremlin),
        accuse("a", nicaragua, "gpe:nic", frozenset()),
    )


def test_a_detention_a_court_ordered_is_never_the_arrest() -> None:
    """ "Police arrested her" and "a judge ordered her held in pretrial detention" (marked
    court_ordered) are two custody steps, whatever their dates; two orders may be one."""
    marked = frozenset({"court_ordered"})
    arrest = _event("arrest", "COERCE", "2021-03-13")
    order = _event("arrest", "COERCE", "2021-03-13", (("court_ordered", "yes"),))
    assert not orders_compatible(arrest, order, marked)
    assert orders_compatible(order, order, marked) and orders_compatible(arrest, arrest, marked)
    assert orders_compatible(arrest, order, frozenset())


def test_a_killing_told_without_how_may_be_one_with_any_killing() -> None:
    """The general mode "kill" ("were killed") agrees with a mode telling how ("executed":
    assassinate), while two modes that each tell how stay apart."""
    from chronicler.resolve.merge import modes_compatible

    general = frozenset({"kill"})
    assert modes_compatible("kill", "assassinate", general)
    assert modes_compatible("firearms", "kill", general)
    assert not modes_compatible("firearms", "assassinate", general)
    assert not modes_compatible("kill", "assassinate")


def test_remand_terms_in_two_languages_are_compared_as_lengths() -> None:
    """ "ordered her held in pretrial detention for six months" and "le impuso cuatro meses de
    detención preventiva": two lengths, compared across languages like counts; "10 years in
    prison" and "diez años de cárcel" are one length; "a year and a half" is read as no one
    count, so against "18 meses" it stays words of two languages, no disagreement."""
    languages = {"en": "en", "es": "es"}

    def remand(article: str, term: str) -> SourcedMention:
        attributes = (("court_ordered", "yes"), ("term", term))
        return _m(article, _event("imprison", "COERCE", "2021-03-15", attributes), {GENERAL})

    (event,) = merge_events([remand("en", "six months"), remand("es", "cuatro meses")])
    (d,) = find_disagreements(event, languages=languages)
    assert d.attribute == "term"
    assert sorted(v for v, _ in d.values) == ["cuatro meses", "six months"]
    for en, es in (
        ("10 years in prison", "diez años de cárcel"),
        ("a year and a half", "18 meses"),
    ):
        (event,) = merge_events([remand("en", en), remand("es", es)])
        assert find_disagreements(event, languages=languages) == [], (en, es)


def test_a_length_in_parts_and_a_round_figure_compare_within_its_approximation() -> None:
    """ "13 years and 9 months in prison" is one length (165 months), and "casi 14 años de
    prisión" a round figure (168, "casi"): within a tenth of it, the same length told more
    exactly, no disagreement; "nearly 14 years" against "ten years", or "about six months"
    against "cuatro meses", still disagree, and so do two exact lengths a month apart."""
    from chronicler.resolve.disagreements import length_value

    languages = {"en": "en", "es": "es"}
    assert length_value("13 years and 9 months in prison") == length_value("13 años y 9 meses")
    assert length_value("two years, six months") == length_value("30 months")
    assert length_value("five days and two years") is None  # no length names units so

    def sentence(article: str, term: str) -> SourcedMention:
        return _m(article, _event("convict", "SANCTION", "2015-09", (("term", term),)), {GENERAL})

    for en, es, disagree in (
        ("13 years and 9 months in prison", "casi 14 años de prisión", False),
        ("nearly 14 years", "13 años y 9 meses", False),
        ("nearly 14 years", "diez años", True),
        ("about six months", "cuatro meses", True),
        ("13 years and 9 months", "13 años y 10 meses", True),
    ):
        (event,) = merge_events([sentence("en", en), sentence("es", es)])
        found = find_disagreements(event, languages=languages)
        assert bool(found) is disagree, (en, es, found)


def test_a_building_named_by_its_kind_may_be_the_place_named_before() -> None:
    """ "Policías irrumpieron en su embajada" and "irrumpieron en la sede diplomática" in one
    article: a writer names a place again by its kind ("sede", "premises"), so their words
    set the two raids apart no more; two places named each by their own name still are."""

    def raid(idx: int, target: str, role: str | None) -> SourcedMention:
        event = replace(
            _event("seize", type_="COERCE", date="2024-04-05"),
            targets=(Participant(target, 0, 1, role=role),),
        )
        return SourcedMention("a", idx, event, frozenset(), frozenset())

    kinds = frozenset({"sede", "premises", "building"})
    embassy = raid(0, "embajada", "diplomatic")
    assert participants_compatible(
        embassy, raid(1, "sede diplomática", "diplomatic"), building_nouns=kinds
    )
    assert participants_compatible(
        raid(2, "the premises", None), raid(3, "the consulate", None), building_nouns=kinds
    )
    # a building of another role, or a place by its own name, is another place
    assert not participants_compatible(
        embassy, raid(4, "sede policial", "police"), building_nouns=kinds
    )
    assert not participants_compatible(embassy, raid(5, "universidad", None), building_nouns=kinds)


def test_of_equally_specific_dates_the_one_a_sentence_states_wins() -> None:
    """A complaint dated only by the report (11 April) and "condena la irrupción" dated by
    its sentence's "el miércoles" (10 April): the stated day, whichever is told first; a finer
    date still wins over a stated coarser one."""
    report = _m("a", _event("disapprove", "ACCUSE", "2024-04-11", basis="article"))
    stated = _m("b", _event("disapprove", "ACCUSE", "2024-04-10"), idx=1)
    assert group_date([report, stated]) == "2024-04-10"
    assert group_date([stated, report]) == "2024-04-10"
    month = _m("c", _event("disapprove", "ACCUSE", "2024-04"), idx=2)
    assert group_date([month, report]) == "2024-04-11"
    carried = _m("d", _event("disapprove", "ACCUSE", "2024-04-09", basis="discourse"), idx=3)
    assert group_date([report, carried]) == "2024-04-11"
