"""Business and market senses of event words (events_commerce; vocabulary 1.159.0): a
firm's or a market's routine told with the words of politics is no event, while the same
words between states or parties stay events."""

from __future__ import annotations

import pytest
from event_helpers import events


def _codings(evs, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{e.type}/{e.mode}" for e in evs if e.trigger.lower().startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what a security yields is its return
        ("The notes were priced at par to yield 6.2%.", "yield", []),
        ("The ten-year bond yielded 4.1% on Friday.", "yielded", []),
        ("The government yielded to the strikers.", "yielded", ["CONCEDE/None"]),
        # a worry eased is reassurance
        ("To ease concerns of its lenders, the retailer added a guarantee.", "ease", []),
        ("The junta eased the curfew in the capital.", "eased", ["CONCEDE/None"]),
        # a market's reaction
        ("Investors shrugged off the figures and disregarded the warnings.", "disregarded", []),
        ("The country's economic recovery has withstood the turmoil.", "withstood", []),
        ("Financial regulators rejected the merger.", "rejected", ["REJECT/None"]),
        # a cause given for a financial result
        ("The chain blamed bad weather for the drop in sales.", "blamed", []),
        ("The rebels blamed the army for the massacre.", "blamed", ["ACCUSE/allege"]),
        # talks on buying a company
        ("The insurer said it is in talks regarding a possible merger.", "talks", []),
        ("Norway and Sweden held talks on the border.", "talks", ["CONSULT/meet"]),
        # an offer for shares is a bid
        ("The group raised its $30-a-share offer for the brewer.", "offer", []),
        ("Globex made an offer for all of Acme's shares.", "offer", []),
        ("The minister made an offer of talks to the rebels.", "offer", ["AGREE/None"]),
        # a firm agreeing to buy or sell
        ("The company agreed to sell its plastics unit to a rival for $40 million.", "agreed", []),
        ("Germany agreed to sell tanks to Qatar.", "agreed", ["AGREE/None"]),
        # protection given to holders
        ("The clause gives extra protection to bondholders.", "protection", []),
    ],
)
def test_business_senses(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an agreement or a partnership in a sentence of corporate finance (vocabulary 1.160.0)
        (
            "The new agreement raises the dividend the brewer pays its shareholders.",
            "agreement",
            [],
        ),
        ("The partnership lets each company keep its own stock listing.", "partnership", []),
        ("Russia agreed to buy a stake in the refinery.", "agreed", ["AGREE/None"]),
        (
            "The government reached an agreement with the union on pay.",
            "reached",
            ["AGREE/None"],
        ),
        # a blow with no one dealing it to a sector is a downturn
        ("The steel industry is going to get beat up next year.", "beat", []),
        ("Protesters were beaten up by the police.", "beaten", ["ASSAULT/beat"]),
    ],
)
def test_corporate_dealing_and_downturns(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected
