"""Senses of 2001 wire news told apart (events-vocab 1.414.0, prec42d): a blast by armed
forces or at a building is fire, a clash told as open or over how to act is a quarrel, and
"crack" without its "down" is no repression."""

from __future__ import annotations

from event_helpers import codings


def test_a_blast_by_aircraft_or_at_a_building_is_fire(nlp):  # type: ignore[no-untyped-def]
    text = "Israeli helicopters blasted a police headquarters in the northern town overnight."
    assert codings(nlp, text, "blasted") == ["ASSAULT/None"]
    assert codings(nlp, "Tanks blasted the compound of the rebel leader.", "blasted") == [
        "ASSAULT/None"
    ]
    text = "In the south, US-made Apaches blasted a building of the ruling party, witnesses said."
    assert codings(nlp, text, "blasted") == ["ASSAULT/None"]


def test_a_blast_by_a_speaker_stays_criticism(nlp):  # type: ignore[no-untyped-def]
    text = "The opposition leader blasted the government over its handling of the economy."
    assert codings(nlp, text, "blasted") == ["ACCUSE/disapprove"]
    assert codings(nlp, "The union blasted the plan as a betrayal of workers.", "blasted") == [
        "ACCUSE/disapprove"
    ]


def test_an_open_clash_over_how_to_act_is_a_quarrel(nlp):  # type: ignore[no-untyped-def]
    text = (
        "France and the United Nations have openly clashed in Vienna over how best to treat"
        " refugees."
    )
    assert codings(nlp, text, "clashed") == ["ACCUSE/disapprove"]
    text = "The two governments clashed publicly over whether to lift the sanctions."
    assert codings(nlp, text, "clashed") == ["ACCUSE/disapprove"]


def test_a_clash_on_the_ground_stays_a_fight(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "India and Pakistan clashed along the border.", "clashed") == [
        "ASSAULT/None"
    ]
    assert codings(nlp, "Police clashed with protesters in the capital.", "clashed") == [
        "ASSAULT/None"
    ]
    text = "Rival gangs clashed over how to divide the market, leaving three dead."
    assert codings(nlp, text, "clashed") == ["ASSAULT/None"]


def test_crack_before_a_force_is_no_repression(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Police could not enter the compound, but residents told reporters that crack army"
        " units eventually forced their way in."
    )
    assert codings(nlp, text, "crack") == []
    text = "Witnesses said crack police squads eventually made their way inside."
    assert codings(nlp, text, "crack") == []


def test_crack_down_stays_repression(nlp):  # type: ignore[no-untyped-def]
    text = "The government vowed to crack down hard on smugglers."
    assert codings(nlp, text, "crack") == ["COERCE/repress"]
    assert codings(nlp, "Police cracked down Monday on street vendors.", "cracked") == [
        "COERCE/repress"
    ]
    assert codings(nlp, "Authorities are cracking down on illegal logging.", "cracking") == [
        "COERCE/repress"
    ]


def test_an_agreement_broken_is_rejected_not_made(nlp):  # type: ignore[no-untyped-def]
    text = "The judge warned all witnesses not to break confidentiality agreements."
    assert codings(nlp, text, "agreements") == []
    assert codings(nlp, text, "break") == ["REJECT/None"]
    text = "The company breached its supply agreements with the state."
    assert codings(nlp, text, "breached") == ["REJECT/None"]


def test_an_agreement_signed_or_reached_stays(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "The two sides signed an agreement on Monday.", "signed") == [
        "SUPPORT/sign"
    ]
    assert codings(nlp, "Police broke up the protest.", "broke") == ["COERCE/repress"]
