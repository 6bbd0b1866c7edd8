from __future__ import annotations

from dataclasses import replace

from chronicler.resolve.custody import CustodyEvent, custody_history

PERSON = "person:miguel rodriguez torres"


def test_a_step_takes_the_most_precise_date_that_refines_the_first() -> None:
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2018", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "COERCE", "arrest", "2018-03", frozenset({PERSON}), ("b",)),
        CustodyEvent("e3", "RETREAT", "release", "2023", frozenset({PERSON}), ("a", "b")),
    ]
    (episode,) = custody_history(PERSON, events)
    doc = episode.to_doc()
    assert doc["detained"] == "2018-03"
    assert doc["released"] == "2023"


def test_a_date_that_contradicts_the_first_does_not_replace_it() -> None:
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2018-03", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "COERCE", "arrest", "2018-05-02", frozenset({PERSON}), ("b",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert episode.to_doc()["detained"] == "2018-03"


def test_a_release_dated_only_by_its_year_does_not_precede_that_years_arrest() -> None:
    """'arrested in January 2019 ... freed a week later' with the release known only as 2019:
    one episode, detained then released; months still order steps when each has one."""
    events = [
        CustodyEvent("e1", "RETREAT", "release", "2019", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "COERCE", "arrest", "2019-01", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["detained", "released"]
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2019-09", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "RETREAT", "release", "2019-06", frozenset({PERSON}), ("a",)),
        CustodyEvent("e3", "COERCE", "arrest", "2019-01", frozenset({PERSON}), ("a",)),
    ]
    first, second = custody_history(PERSON, events)
    assert first.to_doc()["released"] == "2019-06"
    assert second.to_doc()["detained"] == "2019-09"


def test_places_and_charges_keep_only_the_most_specific_wording() -> None:
    from chronicler.resolve.custody import most_specific

    held = ["prison", "military prison in Caracas", "military prison", "Military Prison in Caracas"]
    assert most_specific(held) == ["military prison in Caracas"]
    assert most_specific(["treason", "sedition"]) == ["treason", "sedition"]
    assert most_specific(["terrorism", "terrorismo"]) == ["terrorism", "terrorismo"]


def test_a_sentence_after_a_release_opens_a_new_episode() -> None:
    """ "a raid freed him from prison in 1974" and "sentenced to 26 years in 2023": two
    custodies, not a sentence served before the release."""
    events = [
        CustodyEvent("e1", "RETREAT", "release", "1974", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "SANCTION", "convict", "2023-02-10", frozenset({PERSON}), ("b",)),
    ]
    first, second = custody_history(PERSON, events)
    assert (first.to_doc()["released"], second.to_doc()["sentenced"]) == ("1974", "2023-02-10")


def test_a_state_seen_only_on_the_articles_day_is_no_detention_that_day() -> None:
    """ "For more than two years the authorities held him incommunicado" in an article of the
    release day: a place or charge for the custody, not a second detention on that day."""
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2020-05", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e2",
            "COERCE",
            "imprison",
            "2025-06-21",
            frozenset({PERSON}),
            ("a",),
            attributes=(("held_at", "a penal colony"),),
            basis="article",
        ),
        CustodyEvent("e3", "RETREAT", "release", "2025-06-21", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["detained", "released"]
    assert episode.to_doc()["held_at"] == ["a penal colony"]
    # alone, such a state still tells that the person is held then, and no more: no
    # detention on the article's day ("the compound where Fujimori is serving a sentence")
    (alone,) = custody_history(PERSON, [events[1]])
    assert [(s.step, s.date) for s in alone.steps] == [("held", "2025-06-21")]


def test_a_state_dated_by_the_sentence_before_is_no_detention_that_day() -> None:
    """ "Freed on Sunday ... X was serving a 26-year term in La Modelo": the term's date is
    only the one the narrative carried (basis "discourse"), when it was seen, not when X
    was detained."""
    events = [
        CustodyEvent("e1", "SANCTION", "convict", "2023-02", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e2",
            "COERCE",
            "imprison",
            "2024-01-14",
            frozenset({PERSON}),
            ("a",),
            attributes=(("held_at", "La Modelo"),),
            basis="discourse",
        ),
        CustodyEvent("e3", "RETREAT", "release", "2024-01-14", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["sentenced", "released"]
    assert episode.to_doc()["held_at"] == ["La Modelo"]


def test_a_detention_dated_only_by_its_article_is_the_one_before_told_again() -> None:
    """ "The military detained X on Monday" and, further down a report two days later,
    "Police arrested X and Y" (dated only by the article): one detention, both sources."""
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2021-02-01", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e2", "COERCE", "arrest", "2021-02-03", frozenset({PERSON}), ("b",), basis="article"
        ),
        CustodyEvent("e3", "ACCUSE", "charge", "2021-02-03", frozenset({PERSON}), ("b",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [(s.step, s.date) for s in episode.steps] == [
        ("detained", "2021-02-01"),
        ("charged", "2021-02-03"),
    ]
    assert episode.steps[0].article_ids == ("a", "b")
    # after a release, a detention is a new custody however it is dated
    released = CustodyEvent("e4", "RETREAT", "release", "2021-02-02", frozenset({PERSON}), ("a",))
    _first, second = custody_history(PERSON, [events[0], released, events[1]])
    assert [s.step for s in second.steps] == ["detained"]
    # another report's own day for it, close by, is its disagreement, not a second detention
    dated = CustodyEvent("e5", "COERCE", "arrest", "2021-02-03", frozenset({PERSON}), ("b",))
    (episode,) = custody_history(PERSON, [events[0], dated])
    assert [(s.step, s.date) for s in episode.steps] == [("detained", "2021-02-01")]
    assert episode.steps[0].other_dates == (("2021-02-03", ("b",)),)
    # far apart, or told so by one report, they are two
    later = replace(dated, date="2021-03-20")
    assert len(custody_history(PERSON, [events[0], later])[0].steps) == 2
    same = replace(dated, article_ids=("a",))
    assert len(custody_history(PERSON, [events[0], same])[0].steps) == 2


def test_a_detention_two_reports_date_at_two_granularities_is_one_step() -> None:
    """ "detained in the coup of February 2021" (a later report) and "detained on 1
    February" (the day's): one detention, at the day, with both sources."""
    events = [
        CustodyEvent("m", "COERCE", "arrest", "2021-02", frozenset({PERSON}), ("late",)),
        CustodyEvent("d", "COERCE", "arrest", "2021-02-01", frozenset({PERSON}), ("day",)),
        CustodyEvent("c", "ACCUSE", "charge", "2021-02-03", frozenset({PERSON}), ("day",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [(s.step, s.date) for s in episode.steps] == [
        ("detained", "2021-02-01"),
        ("charged", "2021-02-03"),
    ]
    assert set(episode.steps[0].article_ids) == {"late", "day"}
    assert "other_dates" not in episode.to_doc()["steps"][0]
    # a release between: two custodies
    freed = CustodyEvent("r", "RETREAT", "release", "2021-01-20", frozenset({PERSON}), ("x",))
    early = replace(events[0], date="2021-01")
    assert len(custody_history(PERSON, [early, freed, events[1]])) == 2


def test_an_arrest_ordered_makes_the_person_wanted_not_detained() -> None:
    """ "A judge ordered his arrest" (THREATEN 'arrest'), then "he fled into exile": wanted,
    then exile, no detention; the prosecutors' charges fill the episode."""
    events = [
        CustodyEvent("e1", "THREATEN", "arrest", "2021-03-02", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e2",
            "ACCUSE",
            "allege",
            "2021-03-02",
            frozenset({PERSON}),
            ("a",),
            attributes=(("charge", "conspiracy"),),
        ),
        CustodyEvent("e3", "COERCE", "exile", "2021-03-09", frozenset({PERSON}), ("b",)),
    ]
    (episode,) = custody_history(PERSON, events)
    doc = episode.to_doc()
    assert [s["step"] for s in doc["steps"]] == ["wanted", "exile"]
    assert (doc["wanted"], doc["detained"], doc["exile"]) == ("2021-03-02", None, "2021-03-09")
    assert doc["charges"] == ["conspiracy"]


def test_a_threat_is_no_custody_step() -> None:
    """ "The government threatened to expel him": no exile."""
    events = [CustodyEvent("e1", "THREATEN", "expel", "2021-03", frozenset({PERSON}), ("a",))]
    assert custody_history(PERSON, events) == []


def test_a_refuge_taken_is_a_step_of_its_seeker() -> None:
    """ "He took refuge at the embassy" (REQUEST 'asylum', the seeker its actor), then the
    warrant, then exile."""
    events = [
        CustodyEvent(
            "e1",
            "REQUEST",
            "asylum",
            "2021-02",
            frozenset({"fac:embassy"}),
            ("a",),
            actors=frozenset({PERSON}),
        ),
        CustodyEvent("e2", "THREATEN", "arrest", "2021-03-02", frozenset({PERSON}), ("a",)),
        CustodyEvent("e3", "COERCE", "exile", "2021-03-09", frozenset({PERSON}), ("b",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [s["step"] for s in episode.to_doc()["steps"]] == ["refuge", "wanted", "exile"]
    # a refuge told as a state ("permaneció refugiado") has the refugee as its target
    other = [
        CustodyEvent(
            "e1",
            "REQUEST",
            "asylum",
            "2021-02",
            frozenset({PERSON}),
            ("a",),
            actors=frozenset({"person:someone else"}),
        )
    ]
    assert [s.step for e in custody_history(PERSON, other) for s in e.steps] == ["refuge"]


def test_a_threat_to_arrest_makes_no_one_wanted() -> None:
    """ "The army threatened to arrest him" (the statement made, THREATEN 'arrest' announcing
    the arrest) is no warrant: only an arrest ordered makes the person wanted."""
    said = (("announces", "COERCE/arrest"),)
    threat = CustodyEvent("e1", "THREATEN", "arrest", "2021-03", frozenset({PERSON}), ("a",), said)
    assert custody_history(PERSON, [threat]) == []
    warrant = CustodyEvent("e2", "THREATEN", "arrest", "2021-03", frozenset({PERSON}), ("b",))
    (episode,) = custody_history(PERSON, [threat, warrant])
    assert [s.step for s in episode.steps] == ["wanted"] and episode.steps[0].event_id == "e2"


def test_an_execution_ends_an_open_custody_as_a_death() -> None:
    """Detained, sentenced to death, executed: the execution is the death that ends the
    custody; the execution of one no text says was held is no custody step."""
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2020-03-02", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "SANCTION", "convict", "2020-05", frozenset({PERSON}), ("a",)),
        CustodyEvent("e3", "ASSAULT", "assassinate", "2020-09-10", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["detained", "sentenced", "died"]
    assert episode.to_doc()["died"] == "2020-09-10"
    killed = [CustodyEvent("e4", "ASSAULT", "assassinate", "2020", frozenset({PERSON}), ("a",))]
    assert custody_history(PERSON, killed) == []
    freed = [
        CustodyEvent("e1", "COERCE", "arrest", "2018", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "RETREAT", "release", "2019", frozenset({PERSON}), ("a",)),
        CustodyEvent("e3", "ASSAULT", "assassinate", "2020", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, freed)
    assert episode.to_doc()["died"] is None


def test_asylum_granted_to_one_held_is_no_exile() -> None:
    """A grant of asylum told after an arrest that no release ends ("granted him asylum",
    then the embassy was stormed and he was arrested) sends no one abroad: no exile step;
    granted to one freed, it is the exile, and a deportation of one held still is one."""
    held = [
        CustodyEvent("e1", "COERCE", "arrest", "2021-05-07", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "AID", "asylum", "2021-05-09", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, held)
    assert [s.step for s in episode.steps] == ["detained"]
    assert episode.to_doc()["exile"] is None
    freed = [
        *held[:1],
        CustodyEvent("e3", "RETREAT", "release", "2021-05-08", frozenset({PERSON}), ("a",)),
        held[1],
    ]
    (episode,) = custody_history(PERSON, freed)
    assert episode.to_doc()["exile"] == "2021-05-09"
    deported = [
        *held[:1],
        CustodyEvent("e4", "SANCTION", "deport", "2021-05-09", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, deported)
    assert episode.to_doc()["exile"] == "2021-05-09"


def test_a_detention_on_the_day_of_the_one_held_is_told_again() -> None:
    """Two reports of different happenings (two stories, so two events) both retell the
    detention of 13 September: one step, with both reports as sources."""
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2022-09-13", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "COERCE", "arrest", "2022-09-13", frozenset({PERSON}), ("b",)),
        CustodyEvent("e3", "ASSAULT", "custody-death", "2022-09-16", frozenset({PERSON}), ("b",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [(s.step, s.article_ids) for s in episode.steps] == [
        ("detained", ("a", "b")),
        ("died", ("b",)),
    ]


def test_a_sentence_told_again_on_the_day_of_the_report_is_no_second_sentence() -> None:
    """ "X had been sentenced to death", in the report of his execution and dated only by it,
    after "sentenced on 1 November": one sentencing, then the death."""
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2022-09-25", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "SANCTION", "convict", "2022-11-01", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e3",
            "SANCTION",
            "convict",
            "2022-12-08",
            frozenset({PERSON}),
            ("a",),
            basis="discourse",
        ),
        CustodyEvent("e4", "ASSAULT", "assassinate", "2022-12-08", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["detained", "sentenced", "died"]


def test_a_detention_dated_only_by_the_narrative_is_the_one_held_retold() -> None:
    """ "murió el 16 ... tres días después de ser detenida" then "fue golpeada durante su
    detención": the second detention carries the death's date from the sentence before
    (basis discourse); she was held, not freed, so it is the detention of the 13th told again
    (`narrative_retold`), not a second one."""
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2022-09-13", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e2", "COERCE", "arrest", "2022-09-16", frozenset({PERSON}), ("a",), basis="discourse"
        ),
        CustodyEvent("e3", "ASSAULT", "custody-death", "2022-09-16", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [(s.step, s.date) for s in episode.steps] == [
        ("detained", "2022-09-13"),
        ("died", "2022-09-16"),
    ]
    # dated in its own sentence, a later detention is a step of its own
    events[1] = CustodyEvent(
        "e2", "COERCE", "arrest", "2022-09-16", frozenset({PERSON}), ("a",), basis="sentence"
    )
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["detained", "detained", "died"]


def test_a_detention_a_court_orders_while_held_is_a_remand_with_its_term() -> None:
    """Arrested on the 7th, then "a judge ordered him to remain in jail for 18 months" on the
    15th: one episode, detained then remanded (not detained twice), the term kept, and
    "jail", a word for being held, no place held."""
    ordered = (("held_at", "jail"), ("court_ordered", "yes"), ("term", "18 months"))
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2022-12-07", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e2",
            "COERCE",
            "imprison",
            "2022-12-15",
            frozenset({PERSON}),
            ("a", "b"),
            ordered,
            basis="sentence",
        ),
        CustodyEvent(
            "e3",
            "COERCE",
            "imprison",
            "2022-12-07",
            frozenset({PERSON}),
            ("a",),
            (("held_at", "a police base"),),
        ),
    ]
    (episode,) = custody_history(PERSON, events)
    doc = episode.to_doc()
    assert [(s["step"], s["date"]) for s in doc["steps"]] == [
        ("detained", "2022-12-07"),
        ("remanded", "2022-12-15"),
    ]
    assert doc["steps"][1]["term"] == "18 months" and doc["remanded"] == "2022-12-15"
    assert doc["held_at"] == ["a police base"]


def test_a_court_ordered_detention_of_one_not_held_is_the_detention() -> None:
    """No custody told before the order: the order begins it (and an unordered detention
    while held is no remand either)."""
    ordered = (("court_ordered", "yes"), ("term", "9 months"))
    events = [
        CustodyEvent(
            "e1",
            "COERCE",
            "imprison",
            "2023-05",
            frozenset({PERSON}),
            ("a",),
            ordered,
            basis="sentence",
        )
    ]
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["detained"] and episode.steps[0].term is None
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2023-05-02", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "COERCE", "arrest", "2023-06-10", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert "remanded" not in [s.step for s in episode.steps]


def test_a_remand_told_of_the_arrests_day_follows_the_arrest() -> None:
    """ "Police arrested X on 2 May ... and a judge ordered her held in pretrial detention for
    six months": the order is dated by the narrative only (a state the article observes would
    be no step), and its id comes first; still the arrest begins the custody and the order
    is its remand."""
    ordered = (("court_ordered", "yes"), ("term", "six months"))
    events = [
        CustodyEvent(
            "e0",
            "COERCE",
            "imprison",
            "2023-05-02",
            frozenset({PERSON}),
            ("a",),
            ordered,
            basis="discourse",
        ),
        CustodyEvent("e1", "COERCE", "arrest", "2023-05-02", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [(s.step, s.term) for s in episode.steps] == [
        ("detained", None),
        ("remanded", "six months"),
    ]


def test_a_charge_dated_only_by_the_report_of_the_sentence_is_background() -> None:
    """ "La Fiscalía la acusó de terrorismo", told in the report of her sentence and dated
    only by it: no step after the sentence, but its charge is the episode's; dated by its
    own sentence it stays a step."""
    charge = (("charge", "terrorismo"),)
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2021-03-13", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e2", "SANCTION", "convict", "2022-06-10", frozenset({PERSON}), ("a",), basis="sentence"
        ),
        CustodyEvent(
            "e3",
            "ACCUSE",
            "charge",
            "2022-06-11",
            frozenset({PERSON}),
            ("a",),
            charge,
            basis="article",
        ),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["detained", "sentenced"]
    assert episode.charges == ["terrorismo"]
    events[2] = CustodyEvent(
        "e3",
        "ACCUSE",
        "charge",
        "2021-03-20",
        frozenset({PERSON}),
        ("a",),
        charge,
        basis="sentence",
    )
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["detained", "charged", "sentenced"]


def test_a_diplomat_expelled_is_no_custody_step() -> None:
    """ "declared the ambassador persona non grata" (SANCTION 'expel') sends a diplomat home:
    no exile; a person deported (COERCE 'deport') still is exiled."""
    expelled = [CustodyEvent("e1", "SANCTION", "expel", "2021-05-09", frozenset({PERSON}), ("a",))]
    assert custody_history(PERSON, expelled) == []
    deported = [CustodyEvent("e2", "COERCE", "deport", "2021-05-09", frozenset({PERSON}), ("a",))]
    (episode,) = custody_history(PERSON, deported)
    assert episode.to_doc()["exile"] == "2021-05-09"


def test_a_return_to_prison_of_one_detained_is_no_new_detention() -> None:
    """Arrested on the 5th, "returned to the prison" on the 9th after a hospital stay: held
    on, so one detention and a `held` step, the prison added to the places held; jailed
    after a sentence alone (in absentia) or after a release, the imprisonment is the
    detention."""
    held = [
        CustodyEvent("e1", "COERCE", "arrest", "2024-04-05", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e2",
            "COERCE",
            "imprison",
            "2024-04-09",
            frozenset({PERSON}),
            ("a",),
            attributes=(("held_at", "Fort Rock"),),
            basis="sentence",
        ),
    ]
    (episode,) = custody_history(PERSON, held)
    assert [s.step for s in episode.steps] == ["detained", "held"]
    assert episode.to_doc()["detained"] == "2024-04-05"
    assert episode.held_at == ["Fort Rock"]
    absentia = [
        CustodyEvent("e3", "SANCTION", "convict", "2023-01-10", frozenset({PERSON}), ("a",)),
        held[1],
    ]
    (episode,) = custody_history(PERSON, absentia)
    assert [s.step for s in episode.steps] == ["sentenced", "detained"]
    freed = [
        held[0],
        CustodyEvent("e4", "RETREAT", "release", "2024-04-07", frozenset({PERSON}), ("a",)),
        held[1],
    ]
    _, second = custody_history(PERSON, freed)
    assert second.to_doc()["detained"] == "2024-04-09"


def test_a_held_step_has_its_date_in_the_episode_as_the_other_steps() -> None:
    """The export's episode gives each step's date at its top level (`detained`,
    `remanded`...): `held` too, the first move or return to a place of custody, the same date
    as its step; null with no such step."""
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2024-04-05", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e2", "COERCE", "imprison", "2024-04-09", frozenset({PERSON}), ("a",), basis="sentence"
        ),
    ]
    (episode,) = custody_history(PERSON, events)
    doc = episode.to_doc()
    (held,) = [s for s in doc["steps"] if s["step"] == "held"]
    assert doc["held"] == held["date"] == "2024-04-09"
    (alone,) = custody_history(PERSON, events[:1])
    assert alone.to_doc()["held"] is None


def test_a_merged_remand_lists_every_sources_term() -> None:
    """ "ordered her held in pretrial detention for six months" and "le impuso cuatro meses de
    detención preventiva", merged: the step shows both terms (the sources disagree there),
    while "18 months" and "18 meses", one length, are said once."""

    def remand(*terms: str) -> list[CustodyEvent]:
        ordered = (("court_ordered", "yes"), *(("term", t) for t in terms))
        return [
            CustodyEvent("e1", "COERCE", "arrest", "2021-03-13", frozenset({PERSON}), ("a",)),
            CustodyEvent(
                "e2", "COERCE", "imprison", "2021-03-15", frozenset({PERSON}), ("a", "b"), ordered
            ),
        ]

    (episode,) = custody_history(PERSON, remand("six months", "cuatro meses"))
    assert episode.to_doc()["steps"][1]["term"] == "six months; cuatro meses"
    (episode,) = custody_history(PERSON, remand("18 months", "18 meses"))
    assert episode.to_doc()["steps"][1]["term"] == "18 months"


def test_a_release_comes_before_a_refuge_taken_the_same_day() -> None:
    """ "freed on April 30 ... took refuge at the ambassador's residence" that day: released,
    then refuge; with no release that day a refuge still comes before a detention."""
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2014-02-18", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "REQUEST", "asylum", "2019-04-30", frozenset({PERSON}), ("a",)),
        CustodyEvent("e3", "RETREAT", "release", "2019-04-30", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["detained", "released", "refuge"]
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2024-04-05", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "REQUEST", "asylum", "2024-04-05", frozenset({PERSON}), ("a",)),
    ]
    (episode,) = custody_history(PERSON, events)
    assert [s.step for s in episode.steps] == ["refuge", "detained"]


def test_a_charge_or_refuge_told_at_a_finer_date_is_one_step() -> None:
    """ "charged in 2018" and "charged in March 2018"; a refuge "in April" and "on April
    30", taken once freed: one step each, at the finer date."""
    events = [
        CustodyEvent("d", "COERCE", "arrest", "2018-03-02", frozenset({PERSON}), ("a",)),
        CustodyEvent("c1", "ACCUSE", "charge", "2018", frozenset({PERSON}), ("a",)),
        CustodyEvent("c2", "ACCUSE", "charge", "2018-03", frozenset({PERSON}), ("b",)),
        CustodyEvent("r", "RETREAT", "release", "2019-04-30", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "f1", "REQUEST", "asylum", "2019-04", frozenset(), ("a",), actors=frozenset({PERSON})
        ),
        CustodyEvent(
            "f2", "REQUEST", "asylum", "2019-04-30", frozenset(), ("b",), actors=frozenset({PERSON})
        ),
    ]
    (episode,) = custody_history(PERSON, events)
    steps = [(s.step, s.date) for s in episode.steps]
    assert steps.count(("charged", "2018-03")) == 1 and ("charged", "2018") not in steps, steps
    assert [s for s in steps if s[0] == "refuge"] == [("refuge", "2019-04-30")], steps


def test_an_allegation_years_before_the_custody_is_no_charge_of_it() -> None:
    """ "accused of responsibility for the deaths of students" in 2014, by the opposition,
    says nothing of what he was held for from 2018; a formal charge before the arrest, or an
    allegation told while he is held, does."""
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2018-03", frozenset({PERSON}), ("a",)),
        CustodyEvent("e2", "RETREAT", "release", "2023", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e3", "ACCUSE", "allege", "2014", frozenset({PERSON}), ("a",), (("charge", "deaths"),)
        ),
        CustodyEvent(
            "e4", "ACCUSE", "charge", "2017", frozenset({PERSON}), ("a",), (("charge", "treason"),)
        ),
        CustodyEvent(
            "e5", "ACCUSE", "allege", "2019", frozenset({PERSON}), ("a",), (("charge", "plot"),)
        ),
    ]
    (episode,) = custody_history(PERSON, events)
    assert sorted(episode.charges) == ["plot", "treason"]


def test_a_word_that_only_says_held_is_no_place_in_either_language() -> None:
    """ "salió de la cárcel", "remained in jail": no place held, whatever the accents; a named
    prison still is."""
    events = [
        CustodyEvent("e1", "COERCE", "arrest", "2021-05", frozenset({PERSON}), ("a",)),
        CustodyEvent(
            "e2",
            "RETREAT",
            "release",
            "2022-11",
            frozenset({PERSON}),
            ("b",),
            attributes=(("held_at", "cárcel"),),
        ),
        CustodyEvent(
            "e3",
            "COERCE",
            "imprison",
            "2021-06",
            frozenset({PERSON}),
            ("b",),
            attributes=(("held_at", "prisión de Mar Verde"), ("held_at", "Prisión")),
        ),
    ]
    (episode,) = custody_history(PERSON, events)
    assert episode.held_at == ["prisión de Mar Verde"]


def test_a_word_that_only_says_offence_is_no_charge() -> None:
    """ "condenó a 26 años por delitos que la Fiscalía consideró traición": not "delitos"."""
    events = [
        CustodyEvent(
            "e1",
            "SANCTION",
            "convict",
            "2023-02-10",
            frozenset({PERSON}),
            ("a",),
            attributes=(("charge", "delitos"), ("charge", "traición a la patria")),
        ),
        CustodyEvent(
            "e2",
            "ACCUSE",
            "charge",
            "2023-01",
            frozenset({PERSON}),
            ("b",),
            attributes=(("charges", "Crimes"),),
        ),
    ]
    (episode,) = custody_history(PERSON, events)
    assert episode.charges == ["traición a la patria"]
