from __future__ import annotations

from chronicler.model import EventDate, EventMention
from chronicler.resolve.brokers import BrokerClaim, assign_brokers, broker_claims
from chronicler.resolve.merge import MergedEvent, SourcedMention

GENERAL = "person:miguel rodriguez torres"
ZAPATERO = "person:jose luis rodriguez zapatero"
PETRO = "person:gustavo petro"


def _mention(
    article: str,
    idx: int,
    mode: str,
    date: str,
    targets: set[str],
    actors: frozenset[str] = frozenset(),
) -> SourcedMention:
    event = EventMention(
        type="RETREAT",
        mode=mode,
        cameo=None,
        trigger=mode,
        trigger_start=0,
        trigger_end=1,
        sentence=idx,
        sentence_start=0,
        sentence_end=10,
        date=EventDate(value=date, basis="sentence", certainty="exact"),
        attributes=(("broker_of", "release"),) if mode == "mediate" else (),
    )
    return SourcedMention(article, idx, event, frozenset(actors), frozenset(targets), date)


def _merged(event_id: str, date: str, *members: SourcedMention) -> MergedEvent:
    return MergedEvent(event_id, "RETREAT", "release", date, tuple(members))


def test_a_mediator_for_the_release_brokers_the_release_the_article_is_about() -> None:
    headline = _merged(
        "a:0",
        "2023",
        _mention("a", 0, "release", "2023", {GENERAL}),
        _mention("b", 0, "release", "2023", {GENERAL}),
    )
    in_passing = _merged("a:5", "2022", _mention("a", 5, "release", "2022", {"person:other"}))
    claims = broker_claims([_mention("a", 2, "mediate", "2021", set(), {ZAPATERO})])
    assert claims == [BrokerClaim("a", "release", ZAPATERO, frozenset(), 2)]
    assert assign_brokers([headline, in_passing], claims) == {"a:0": {ZAPATERO: ["a"]}}


def test_a_mediation_naming_no_one_brokers_the_release_told_in_its_own_sentence() -> None:
    # "No es la primera vez que Ferrer sale de prisión gracias a la mediación de la Iglesia",
    # in a report that also tells a mass release of the same day.
    own = _merged(
        "a:1",
        "2025-01-16",
        _mention("a", 1, "release", "2025-01-16", {GENERAL}),
        _mention("a", 7, "release", "2025-01-16", {GENERAL}),
    )
    mass = _merged("a:2", "2025-01-16", _mention("a", 2, "release", "2025-01-16", set()))
    claims = broker_claims([_mention("a", 7, "mediate", "2025-01-16", set(), {PETRO})])
    assert assign_brokers([mass, own], claims) == {"a:1": {PETRO: ["a"]}}
    assert assign_brokers([own, mass], claims) == {"a:1": {PETRO: ["a"]}}


def test_a_mediation_naming_whom_it_freed_goes_to_that_persons_release() -> None:
    first = _merged("a:0", "2023", _mention("a", 0, "release", "2023", {GENERAL}))
    other = _merged(
        "a:5",
        "2022",
        _mention("a", 5, "release", "2022", {"person:other"}),
        _mention("b", 5, "release", "2022", {"person:other"}),
    )
    claims = [BrokerClaim("a", "release", PETRO, frozenset({GENERAL}))]
    assert assign_brokers([first, other], claims) == {"a:0": {PETRO: ["a"]}}


def test_the_person_freed_is_never_their_own_broker() -> None:
    release = _merged("a:0", "2023", _mention("a", 0, "release", "2023", {GENERAL}))
    claims = [BrokerClaim("a", "release", GENERAL, frozenset())]
    assert assign_brokers([release], claims) == {}


def test_securing_someones_freedom_brokers_their_release() -> None:
    release = _merged("a:0", "2023", _mention("a", 0, "release", "2023", {GENERAL}))
    exchange = MergedEvent(
        "a:3", "RETREAT", "exchange", "2023", (_mention("a", 3, "exchange", "2023", set()),)
    )
    claims = [BrokerClaim("a", "freedom", PETRO, frozenset())]
    assert assign_brokers([release, exchange], claims) == {"a:0": {PETRO: ["a"]}}
