"""English coding faults found in the fixture corpus, on sentences written for these tests:
removals told by their means, communications cut, norms that require, converse verbs that
carry an event noun, and the condemnation of an act."""

from __future__ import annotations

from event_helpers import events


def _codings(evs):  # type: ignore[no-untyped-def]
    return {(e.type, e.mode) for e in evs}


def test_a_removal_told_by_a_no_confidence_vote_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The prime minister was ousted in a no-confidence vote in parliament in May.")
    (removal,) = [e for e in evs if e.mode == "remove"]
    assert removal.type == "SANCTION" and [t.text for t in removal.targets] == ["prime minister"]
    evs = events(nlp, "The governor was removed through a vote of no confidence.")
    assert ("SANCTION", "remove") in _codings(evs)


def test_an_election_defeat_is_neither_removal_nor_coup(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The president was ousted in an election.")
    assert not {("SANCTION", "remove"), ("ASSAULT", "coup")} & _codings(evs)
    assert ("ASSAULT", "coup") in _codings(events(nlp, "The army ousted the president in a coup."))


def test_authorities_cutting_communications_censor(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Authorities cut mobile internet service for several days.",
        "Phone and internet lines in the capital were cut for most of the day.",
        "The junta slowed mobile internet across the country.",
        "The government imposed an internet shutdown.",
    ):
        evs = events(nlp, text)
        assert ("COERCE", "censor") in _codings(evs), text
        assert ("SANCTION", "discontinue") not in _codings(evs), text
    cut = [e for e in events(nlp, "Authorities cut mobile internet service.") if e.mode == "censor"]
    assert cut[0].cameo == "1721" and [a.text for a in cut[0].actors] == ["Authorities"]


def test_cuts_that_censor_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not events(nlp, "A storm cut phone lines across the island.")
    evs = events(nlp, "The United States cut aid to Honduras.")
    assert ("SANCTION", "discontinue") in _codings(evs)


def test_what_a_norm_requires_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The constitution demands a new vote within 90 days.",
        "The Constitution calls for a new election.",
    ):
        assert not [e for e in events(nlp, text) if e.type == "REQUEST"], text
    evs = events(nlp, "The Law and Justice party demanded a recount.")
    assert [e for e in evs if e.type == "REQUEST"]


def test_an_obligation_passive_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    """A passive of obligation with no "by"-agent is what a rule or a practice sets; with the
    one who requires it named, or active, it is a request (events_requests.norm_not_request,
    vocabulary 1.186.0)."""
    for text in (
        "Such consultation had been required for more than two decades.",
        "Federal agencies would be required to follow the existing procedures.",
        "Passengers are required to show their passports at the gate.",
    ):
        assert not [e for e in events(nlp, text) if e.type == "REQUEST"], text
    for text in (
        "He was required by the judge to report to the police every week.",
        "The court required the minister to testify.",
    ):
        assert [e for e in events(nlp, text) if e.type == "REQUEST"], text


def test_what_a_norm_forbids_is_no_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    # events_requests.norm_not_request, vocabulary 1.164.0
    for text in (
        "The new rules prohibit federal agencies from evaluating the effect.",
        "The treaty bans the use of such weapons.",
    ):
        assert not [e for e in events(nlp, text) if e.type == "COERCE"], text
    evs = events(nlp, "The government banned the opposition newspaper.")
    assert [e for e in evs if e.type == "COERCE"]


def test_asylum_received_is_the_grant_not_a_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said Glas is a convicted criminal who could not lawfully receive asylum."
    assert "CONSULT" not in {e.type for e in events(nlp, text)}
    (grant,) = [e for e in events(nlp, "Glas received asylum from Mexico.") if e.type == "AID"]
    assert grant.mode == "asylum"
    assert [a.text for a in grant.actors] == ["Mexico"]
    assert [t.text for t in grant.targets] == ["Glas"]
    # a visitor received is still a meeting
    evs = events(nlp, "The president received the Chinese foreign minister.")
    assert ("CONSULT", "meet") in _codings(evs)


def test_condemning_an_act_is_disapproval(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The raid on the embassy was condemned by several governments.",
        "Several governments condemned the raid.",
    ):
        assert ("ACCUSE", "disapprove") in _codings(events(nlp, text)), text
