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


# A business article of my own: a takeover fight between two firms (vocabulary 1.174.0).
_TAKEOVER = (
    "Norvale Holdings raised its offer for Brightwater Foods to $52 a share on Monday. "
    "Brightwater's board said the revised bid still undervalues the company. "
    "In response to Norvale's amended pact, Brightwater asked its directors to wait. "
    "Analysts said the large funds strongly support the chairman. "
    "Norvale accused Brightwater of wasting money on a poison pill. "
    "The company expects to report higher profit for the quarter."
)
# A political article that names firms: the same words stay events.
_SANCTIONS = (
    "The government of Norland asked the European Union to lift its sanctions on Monday. "
    "Ministers met in Brussels to discuss the request. "
    "Norland's president accused Vesta of blocking the talks. "
    "Two companies in the capital closed for the day. "
    "Protesters gathered outside the parliament."
)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (_TAKEOVER, "asked", []),
        (_TAKEOVER, "support", []),
        (_TAKEOVER, "accused", []),
        (_TAKEOVER, "pact", []),
        (_SANCTIONS, "asked", ["REQUEST/None"]),
        (_SANCTIONS, "accused", ["ACCUSE/allege"]),
    ],
)
def test_business_article(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


def test_business_article_keeps_public_bodies(nlp) -> None:  # type: ignore[no-untyped-def]
    """In a business article a regulator or a state acting stays an event."""
    text = _TAKEOVER + " Federal regulators rejected the merger on Tuesday."
    assert _codings(events(nlp, text), "rejected") == ["REJECT/None"]


def test_business_share(nlp) -> None:  # type: ignore[no-untyped-def]
    from chronicler.annotate.events_commerce import business_article, business_share
    from chronicler.annotate.events_vocab import load_vocab

    vocab = load_vocab()
    business = nlp(_TAKEOVER)
    political = nlp(_SANCTIONS)
    assert business_share(business, vocab) >= 0.5
    assert business_share(political, vocab) < 0.3
    assert business_article(business, vocab)
    assert not business_article(political, vocab)
    # one sentence tells too little to say (a benchmark record, a headline)
    assert not business_article(nlp("Norvale raised its offer for Brightwater shares."), vocab)


def _tagged(nlp, text: str, names: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """`text` parsed, its entities set to `names` (text, label, in text order) as a tagger
    might give them."""
    from spacy.tokens import Span

    doc = nlp(text)
    spans = []
    at = 0
    for name, label in names:
        start = doc.text.index(name, at)
        at = start + len(name)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None, name
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.ents = spans
    return doc


def test_public_sentence_leaves_out_firms(nlp) -> None:  # type: ignore[no-untyped-def]
    """A firm's short name tagged as a people, when the article tags it as a firm or a person
    elsewhere, and an office held in a firm name no public party (vocabulary 1.187.0)."""
    from chronicler.annotate.events_commerce import _public
    from chronicler.annotate.events_vocab import load_vocab

    vocab = load_vocab()
    text = (
        "Norvale Holdings Inc. raised its bid. "
        "Shareholders preferred the Norvale offer to the revised pact. "
        "Canadian investors preferred the offer."
    )
    names = [("Norvale Holdings Inc.", "ORG"), ("Norvale", "NORP"), ("Canadian", "NORP")]
    doc = _tagged(nlp, text, names)
    sents = list(doc.sents)
    assert not _public(sents[1], vocab)  # "Norvale" is the firm's short name
    assert _public(sents[2], vocab)  # a nationality stays a people
    office = nlp(
        "Jo Hale, president of the company's cable unit, said the pact would dilute earnings."
    )
    assert not _public(next(iter(office.sents)), vocab)
    state = nlp("Jo Hale, president of the republic, said the pact would help the country.")
    assert _public(next(iter(state.sents)), vocab)


# An article on a software flaw (computing news), and one on a state's hackers.
_FLAW = (
    "Globex rushed out a patch for its browser on Tuesday. "
    "The flaw lets a hacker take over a computer when a user opens a booby-trapped website. "
    "The exploit is being used in attacks on older versions of the browser, the company said. "
    "The speed of the patch shows the threat is serious, said an analyst. "
    "The flaw affects every version of the software. "
    "Malware spread through e-mail can still reach the same computer."
)
_STATE_HACKERS = (
    "Globex rushed out a patch for its browser on Tuesday. "
    "The flaw lets a hacker take over a computer when a user opens a booby-trapped website. "
    "Norland's hackers attacked the ministry's servers, the government said. "
    "A gunman attacked two engineers outside the company's office. "
    "The flaw affects every version of the software. "
    "Malware spread through e-mail can still reach the same computer."
)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (_FLAW, "attacks", []),
        (_FLAW, "threat", []),
        (_STATE_HACKERS, "attacked the", ["ASSAULT/None"]),
        (_STATE_HACKERS, "attacked two", ["ASSAULT/None"]),
        # one sentence tells too little to say
        ("Hackers attacked the bank's computer network.", "attacked", ["ASSAULT/None"]),
    ],
)
def test_computing_news(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    """In computing news attacks and threats on programs and machines are no events; a
    state's or a public body's, and an attack on people, stay (vocabulary 1.179.0)."""
    evs = events(nlp, text)
    if " " in trigger:  # a trigger told by the word after it
        word, after = trigger.split(" ")
        found = [
            f"{e.type}/{e.mode}"
            for e in evs
            if e.trigger.lower() == word and text[e.trigger_start :].split()[1].startswith(after)
        ]
        assert found == expected
    else:
        assert _codings(evs, trigger) == expected


# A sports article (a free agent's contract, a season), and a show business one (a sequel).
_SEASON = (
    "The Red Sox offered the free agent an eight-year deal worth $184 million. "
    "The owner had expressed concern about a contract of eight years or more. "
    "The amount the team is willing to spend depends on the player being sought. "
    "The Jaguars lost their last home game of the season on Sunday. "
    "The quarterback missed practice after his injury in the game. "
    "Cornerback Cortland Finnegan has been fined $25,000 by the NFL for two hard hits. "
    "The coach said the team would hold a meeting with the player's agent."
)
_SEQUEL = (
    "The studio is in negotiations with the director for the sequel. "
    "The film's budget is expected to be higher than the first movie's. "
    "A release is likely for late 2009, the studio said. "
    "The actress has signed on for the rest of the movies in the series. "
    "The sequel will begin filming in the spring. "
    "Fans of the film have asked for the same cast."
)
# The same season with a player's crimes told in it: a shooting, an arrest, a conviction.
_SEASON_CRIMES = (
    "The Red Sox offered the free agent an eight-year deal worth $184 million. "
    "The amount the team is willing to spend depends on the player being sought. "
    "The Jaguars lost their last home game of the season on Sunday. "
    "A gunman shot the linebacker outside a stadium on Sunday. "
    "Officers arrested the team's rookie on a drunken driving charge. "
    "The former player was convicted of fraud in 2005. "
    "The quarterback missed practice after his injury in the game. "
    "Garrett then swung the helmet at Rudolph, hitting him in the head."
)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (_SEASON, "concern", []),
        (_SEASON, "sought", []),
        (_SEASON, "injury", []),
        (_SEASON, "fined", []),
        (_SEASON, "meeting", []),
        (_SEQUEL, "release", []),
        (_SEQUEL, "asked", []),
        (_SEASON_CRIMES, "shot", ["ASSAULT/firearms"]),
        # in sports news a bare number shot is a score (vocabulary 1.199.0)
        (_SEASON + " The Jays shot 46 in the second half.", "shot", []),
        (_SEASON_CRIMES + " A gunman shot 3 outside the arena.", "shot", ["ASSAULT/firearms"] * 2),
        (_SEASON_CRIMES, "arrested", ["COERCE/arrest"]),
        (_SEASON_CRIMES, "convicted", ["SANCTION/convict"]),
        (_SEASON_CRIMES, "hitting", ["ASSAULT/None"]),
        (_SEASON_CRIMES, "injury", []),
        # a knock whose object is a thing is a play (vocabulary 1.228.4)
        (_SEASON + " McDermott hit his third trifecta of the day.", "hit", []),
        # "beat" in a sentence of games is a win (vocabulary 1.236.6)
        (_SEASON + " Iowa reached the playoff by beating Ohio State on Saturday.", "beating", []),
        (_SEASON_CRIMES + " Fans beat a man outside the stadium.", "beat", ["ASSAULT/beat"]),
        # one sentence tells too little to say
        ("The coach asked the league to review the fine.", "asked", ["REQUEST/None"]),
    ],
)
def test_leisure_news(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    """In sports or show business news a deal, a request, a fine, a knock or a film's release
    is the game's or the studio's business; violence with a weapon, an arrest and a
    conviction stay (vocabulary 1.186.0)."""
    assert _codings(events(nlp, text), trigger) == expected


def test_leisure_news_keeps_states_and_public_bodies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _SEASON.replace(
        "The coach said the team would hold a meeting with the player's agent.",
        "The senator asked the league to ban the player.",
    )
    assert _codings(events(nlp, text), "asked") == ["REQUEST/None"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a city's name told as a party in sports news is its team (vocabulary 1.247.0)
        ("Chicago has not made another offer to the shortstop since.", []),
        ("Reports put the Chicago offer at $90 million over six years.", []),
        # a country's own name may still be a state
        ("Japan offered the exiled dissident asylum on Friday.", ["AID/asylum"]),
    ],
)
def test_leisure_news_reads_a_city_as_its_team(nlp, sentence: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, _SEASON + " " + sentence), "offer") == expected


def test_leisure_article(nlp) -> None:  # type: ignore[no-untyped-def]
    from chronicler.annotate.events_commerce import leisure_article
    from chronicler.annotate.events_vocab import load_vocab

    vocab = load_vocab()
    assert leisure_article(nlp(_SEASON), vocab)
    assert leisure_article(nlp(_SEQUEL), vocab)
    assert not leisure_article(nlp(_FLAW), vocab)
    assert not leisure_article(nlp("The team lost the game."), vocab)
    # a college basketball game told in its own words (vocabulary 1.199.0)
    assert leisure_article(nlp(_QUARTERFINAL), vocab)


_QUARTERFINAL = (
    "Top-seeded Creighton won the first quarterfinal on Friday afternoon. "
    "The Jays led by seven at halftime. "
    "A late layup sealed the win for the Jays. "
    "Drake shot poorly from the free-throw line. "
    "The Bulldogs were outscored on the bench and lost the rebound battle. "
    "Creighton plays in the semifinal on Saturday."
)


# A boxing bout told in its own words (vocabulary 1.233.0).
_BOUT = (
    "Klitschko retained his heavyweight titles with a seventh-round stoppage of Rahman. "
    "Rahman, who took the fight at late notice, looked a shadow of his old self. "
    "Klitschko had him on the canvas early in the sixth round with a double left hook. "
    "The referee waved it off moments later. "
    "The victory took Klitschko's record to 52-3 with 46 wins by knockout. "
    "After the fight, Klitschko thanked the crowd in the stadium."
)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (_BOUT, "fight", []),
        (_BOUT + " A gunman shot two fans outside the arena.", "shot", ["ASSAULT/firearms"]),
        # a fight outside sports news stays
        (
            "The fight between rebels and soldiers near the border lasted three hours.",
            "fight",
            ["ASSAULT/None"],
        ),
    ],
)
def test_a_bout_in_boxing_news_is_no_assault(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _codings(events(nlp, text), trigger) == expected


def test_boxing_news_is_leisure_news(nlp) -> None:  # type: ignore[no-untyped-def]
    from chronicler.annotate.events_commerce import leisure_article
    from chronicler.annotate.events_vocab import load_vocab

    assert leisure_article(nlp(_BOUT), load_vocab())
    assert not leisure_article(nlp(_BOMBING), load_vocab())


# An earthquake article, and a bombing one that names a storm once.
_QUAKE = (
    "A strong earthquake struck southern Iran on Sunday, flattening villages. "
    "At least ten people were killed and dozens were injured, officials said. "
    "Helicopters were evacuating injured from the island to the mainland. "
    "The main hospital was having trouble keeping up with the number of injured. "
    "Aftershocks rattled the region through the night. "
    "A gunman shot two guards at a relief depot on Monday."
)
_BOMBING = (
    "A car bomb exploded outside the ministry on Sunday. "
    "At least ten people were killed and dozens were injured, officials said. "
    "Police arrested two men near the scene. "
    "The storm that hit the city last week had already closed the road. "
    "The government blamed the rebels for the attack. "
    "Rescue workers searched the rubble for survivors."
)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (_QUAKE, "killed", []),
        (_QUAKE, "injured", []),
        (_QUAKE, "shot", ["ASSAULT/firearms"]),
        (_BOMBING, "killed", ["ASSAULT/kill"]),
        # the disaster told as "it", and people fleeing it (vocabulary 1.228.8)
        (_QUAKE + " In 2005 it killed 612 people in the same region.", "killed", []),
        (_QUAKE + " Buildings were evacuated and people fled into the streets.", "fled", []),
        (_BOMBING + " Residents fled into the streets.", "fled", ["RETREAT/flee"]),
        (_QUAKE + " The rebel leader fled to Pakistan on Monday.", "fled", ["RETREAT/flee"]),
    ],
)
def test_disaster_harm(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    """In disaster news harm with no one dealing it is the disaster's toll; harm someone
    dealt, and harm in an article that is not mostly about a disaster, stay (vocabulary
    1.186.0)."""
    assert _codings(events(nlp, text), trigger) == expected


# An earthquake article whose toll leaves its "were" out ("two villagers slightly injured").
_QUAKE_TOLL = (
    "A strong earthquake struck southern Iran on Sunday. "
    "Several houses in two villages were damaged and two villagers slightly injured, the "
    "governor said. "
    "Aftershocks rattled the region through the night. "
    "Rescue teams reached the epicentre on Monday. "
    "Looters injured two guards at a relief depot."
)


def test_a_disasters_toll_with_its_verb_elided(nlp) -> None:  # type: ignore[no-untyped-def]
    """The harmed read as the subject of an elided passive dealt nothing: the disaster's toll
    (vocabulary 1.190.0); looters who injured guards still did."""
    evs = events(nlp, _QUAKE_TOLL)
    toll = [
        e for e in evs if e.trigger == "injured" and [p.text for p in e.targets] == ["villagers"]
    ]
    assert not toll
    assert [e for e in evs if e.trigger == "injured" and [p.text for p in e.actors] == ["Looters"]]


@pytest.mark.parametrize(
    ("text", "shot"),
    [
        # a percentage, par or a number told as a score is a player's (vocabulary 1.190.0)
        ("Drake shot 35.0 percent from the field in the loss.", False),
        ("Woods shot a 68 on Sunday to take the lead.", False),
        ("She shot par in the final round.", False),
        # numbers counting people stay
        ("The gunman shot two officers outside the station.", True),
        ("The gunman shot 3 before killing himself.", True),
    ],
)
def test_shooting_a_score_is_no_gunfire(nlp, text: str, shot: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(_codings(events(nlp, text), "shot")) == shot
