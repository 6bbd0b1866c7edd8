"""Precision round 33 on ECB+ news (vocabulary 1.275.0, modality 1.100.0): a fuel named
"gas", an emergency service called, a fire kept from spreading, a permit received, hands
pressed, a bow, a feeling of hostility, vanishing things, harm in an accident with a doer,
a game won with its score, a firm's work with its customers and a creative work praised are
no events; the act a case is about happened; a passive conjunct is said of its head's
subject. The political senses still stand."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the noun "gas" is a fuel or a substance; the verb still attacks
        ("Neighbours smelled natural gas before the blast.", "gas", []),
        ("Soldiers gassed the protesters in the square.", "gassed", ["ASSAULT/None"]),
        # a fire or ambulance service called to an emergency cuts off nothing
        ("The fire service was called at about 6am to the store.", "called", []),
        ("An ambulance crew was called to the house.", "called", []),
        ("The airline called off the ferry service.", "called", ["SANCTION/discontinue"]),
        # a fire or a disease kept from spreading is containment
        ("Firefighters managed to prevent the blaze spreading to nearby homes.", "prevent", []),
        ("Crews worked to stop the fire from spreading.", "stop", []),
        (
            "The army prevented journalists from entering the town.",
            "prevented",
            ["COERCE/restrict"],
        ),
        # a permit received is no visitor, in an active or a passive conjunct
        ("The company has received the permit for the new plant.", "received", []),
        (
            "Other permits are being finalized and should be received before the ship arrives.",
            "received",
            [],
        ),
        ("The president received the foreign minister on Tuesday.", "received", ["CONSULT/meet"]),
        # hands pressed, a bow with nothing yielded to: gestures
        ("The coach pressed his hands together and smiled.", "pressed", []),
        ("The union pressed the government for a pay rise.", "pressed", ["REQUEST/None"]),
        ("The singer bowed to the crowd after the last song.", "bowed", []),
        ("The government bowed to pressure from the unions.", "bowed", ["CONCEDE/None"]),
        # hostility in the singular is a feeling; hostilities are fighting
        ("Hostility has been growing in the town since the verdict.", "hostility", []),
        ("There is deep hostility between the two communities.", "hostility", []),
        (
            "Hostilities resumed on the border after the truce collapsed.",
            "hostilities",
            ["ASSAULT/None"],
        ),
        # things that vanish are no one abducted
        ("Polar bears are threatened by disappearing sea ice.", "disappearing", []),
        ("Activists were disappeared by the junta.", "disappeared", ["ASSAULT/abduct"]),
        # harm "in an accident" has no attacker, even with a doer named
        ("He shot his friend in a hunting accident in 1990.", "shot", []),
        ("The driver killed a pedestrian in a road accident.", "killed", []),
        ("The gunman shot two guards in the attack.", "shot", ["ASSAULT/firearms"]),
        # a verb of beating told with a score wins a game
        ("The Eagles were beaten at home by the Rams, 85-78, on Sunday.", "beaten", []),
        ("United thrashed the visitors 5-0 on Saturday.", "thrashed", []),
        ("Police beat protesters with batons on Sunday.", "beat", ["ASSAULT/beat"]),
        # a firm's work with its customers is business
        ("Service was restored in cooperation with customers and partners.", "cooperation", []),
        (
            "Russia announced closer cooperation with China on energy.",
            "cooperation",
            ["COOPERATE/None"],
        ),
        # a creative work praised is a review
        ("She sent the author a letter praising the piece.", "praising", []),
        ("Critics hailed the album as a masterpiece.", "hailed", []),
        ("The president praised the peace plan.", "praised", ["SUPPORT/None"]),
    ],
)
def test_prec33_codings(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


def test_act_a_case_is_about_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    # the murder of a case to be discussed is past; the discussion is ahead
    evs = events(nlp, "The governor will discuss developments in a 2003 murder case on Monday.")
    murder = by_trigger(evs, "murder")
    assert not murder.future and not murder.hypothetical
    assert by_trigger(evs, "discuss").future


def test_act_a_case_decides_may_lie_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    # an impeachment is the step its trial follows, not an offence it tries (modality 1.102.1)
    evs = events(
        nlp,
        "Five senators will sit as jurors in the Senate impeachment trial if the House "
        "votes to impeach the governor.",
    )
    impeachment = by_trigger(evs, "impeachment")
    assert impeachment.future or impeachment.hypothetical


def test_passive_conjunct_takes_head_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "were detained and later released": the journalists are the ones released
    evs = events(nlp, "Two journalists were detained and later released by the army.")
    released = by_trigger(evs, "released")
    assert released.type == "RETREAT"
    assert [t.text for t in released.targets] == ["journalists"]
