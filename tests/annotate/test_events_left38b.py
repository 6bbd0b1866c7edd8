"""Leftovers of the thirty-seventh session's rounds (left38b): flags of charged acts, wrong
types, non-events of everyday English and a criminal's flight; sentences written for these
tests."""

from __future__ import annotations

from event_helpers import by_trigger, events


def _flags(e) -> str:  # type: ignore[no-untyped-def]
    return "".join(c for c, f in (("N", e.negated), ("H", e.hypothetical), ("F", e.future)) if f)


def test_a_trial_ahead_leaves_the_charged_act_only_alleged(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Jones faces trial for the murder of his neighbour.")
    assert _flags(by_trigger(evs, "trial")) == "F"
    murder = by_trigger(evs, "murder")
    assert _flags(murder) == "H"  # alleged, not ahead: only the trial is
    assert [a.text for a in murder.actors] == ["Jones"]
    arrest = events(nlp, "Police plan to arrest him for killing his neighbour.")
    assert _flags(by_trigger(arrest, "killing")) == "H"
    for text in (
        "Prosecutors will charge him with the murder of his wife.",
        "He was never charged with the murder of his wife.",
    ):
        assert _flags(by_trigger(events(nlp, text), "murder")) == "H", text


def test_a_conviction_on_charges_establishes_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "A court convicted Brown on charges of kidnapping two girls.")
    kidnapping = by_trigger(evs, "kidnapping")
    assert _flags(kidnapping) == "" and [a.text for a in kidnapping.actors] == ["Brown"]
    assert (
        _flags(
            by_trigger(
                events(nlp, "The jury convicted him on charges of murdering a shopkeeper."),
                "murdering",
            )
        )
        == ""
    )
    # not convicted, or only maybe: still alleged
    maybe = events(nlp, "A court could convict Brown on charges of kidnapping two girls.")
    assert by_trigger(maybe, "kidnapping").hypothetical


def test_the_one_found_guilty_is_the_one_tried(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp, "In the one-day trial, judge Ann Lee found Hiller guilty of two counts of murder."
    )
    assert [t.text for t in by_trigger(evs, "trial").targets] == ["Hiller"]
    evs = events(nlp, "During the trial, the witness was found to be lying.")
    assert not by_trigger(evs, "trial").targets


def test_a_revoked_conditional_liberty_is_a_court_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp,
        "Arcade Comeaux was paroled in 1983. His supervision was revoked and he went back.",
    )
    revoked = by_trigger(evs, "revoked")
    assert (revoked.type, revoked.mode) == ("SANCTION", "convict")
    assert [t.text for t in revoked.targets] == ["Arcade Comeaux"]
    decree = by_trigger(events(nlp, "The president revoked the decree."), "revoked")
    assert decree.type == "REJECT"  # a rule revoked stays a rejection


def test_things_allowed_or_restricted_are_no_concession_nor_coercion(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, trigger in (
        ("The internet provider allowed the traffic to pass through its network.", "allowed"),
        ("The company allowed downloads from its site.", "allowed"),
        ("Microsoft is restricting use of the exploit.", "restricting"),
    ):
        assert not [e for e in events(nlp, text) if e.trigger == trigger], text
    for text, trigger, kind in (
        ("Israel allowed fuel to enter Gaza.", "allowed", "CONCEDE"),
        (
            "The government allowed international observers to monitor the vote.",
            "allowed",
            "CONCEDE",
        ),
        ("The government restricted the movement of journalists.", "restricted", "COERCE"),
        ("Officials restricted the use of the Kurdish language.", "restricted", "COERCE"),
    ):
        assert [e.type for e in events(nlp, text) if e.trigger == trigger] == [kind], text


def test_stepping_in_on_an_attack_is_no_ceasefire(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, "Police tried to stop the attack.") if e.trigger == "stop"]
    kept = events(nlp, "The army halted its offensive on Monday.")
    assert [e.mode for e in kept if e.trigger == "halted"] == ["ceasefire"]


def test_a_patrol_pairing_is_no_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not events(nlp, "Instead, the deputy had planned to partner with his sergeant.")
    army = events(nlp, "The army partnered with the Kurdish militia.")
    assert [e.type for e in army] == ["COOPERATE"]


def test_boxing_bouts_told_by_their_words(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "It was only the third fight in a decade for the 40-year-old Briton.",
        "Jones, who took the fight at short notice, was the boxer who won the title in 2001.",
        "Smith won his 12th straight fight, stopping the challenger by TKO.",
        "Smith successfully defended his WBC title against a late replacement.",
    ):
        assert not events(nlp, text), text
    clash = events(nlp, "It was the third fight between rebels and troops this week.")
    assert [e.type for e in clash] == ["ASSAULT"]


def test_a_beat_covered_is_no_beating(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not events(nlp, "She has covered the crime beat for ten years.")
    beaten = events(nlp, "Protesters beat a policeman.")
    assert [e.mode for e in beaten if e.trigger == "beat"] == ["beat"]


def test_the_flight_of_those_who_did_a_crime_is_no_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Four men robbed a bank on Monday. They then set fire to the car and escaped in a van.",
        "The gunmen shot a guard and fled on foot.",
    ):
        assert not [e for e in events(nlp, text) if e.mode == "flee"], text
    for text in (
        "Two prisoners escaped from the jail on Sunday.",
        "Rebels attacked the town and fled into the hills.",
    ):
        assert [e.mode for e in events(nlp, text) if e.mode == "flee"] == ["flee"], text
