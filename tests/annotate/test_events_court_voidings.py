"""A court voiding a penalty eases it on whom it was passed on (CONCEDE 081), and throwing out a
norm vetoes it (REJECT veto 129): vocabulary `void-penalty`, `void-penalty-phrase`,
`throw-out-norm-phrase` and events_things.voided_penalty_bearers (left40); sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "bearer"),
    [
        ("An appeals court quashed the conviction of the former governor.", "quashed", "governor"),
        ("The high court vacated the death sentence of the activist.", "vacated", "activist"),
        ("The court reversed the verdict against the journalist.", "reversed", "journalist"),
        ("A judge threw out the conviction of the opposition leader.", "threw out", "leader"),
    ],
)
def test_a_penalty_voided_is_eased_on_whom_it_was_passed(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, bearer: str
) -> None:
    evs = events(nlp, text)
    voided = [e for e in evs if e.trigger.lower() == trigger]
    assert [(e.type, e.cameo) for e in voided] == [("CONCEDE", "081")]
    assert [t.text.split()[-1] for t in voided[0].targets] == [bearer]
    # the penalty is part of the easing, no conviction by the court that voids it
    assert not any(e.type == "SANCTION" for e in evs)


def test_a_penalty_voided_in_the_passive_has_the_court_as_easer(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        nlp, "Smith was jailed in 2005. His conviction was overturned by the Supreme Court."
    )
    voided = [e for e in evs if e.trigger == "overturned"]
    assert [(e.type, [a.text for a in e.actors]) for e in voided] == [
        ("CONCEDE", ["the Supreme Court"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The judge threw out the ban.",
        "A federal judge threw out the election results.",
        "The court set aside the ruling.",
    ],
)
def test_a_norm_thrown_out_is_vetoed(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.mode) for e in events(nlp, text)] == [("REJECT", "veto")]


@pytest.mark.parametrize(
    "text",
    ["The pitcher threw out the first pitch.", "The rebels set aside their weapons."],
)
def test_other_things_thrown_out_or_set_aside_are_no_veto(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "REJECT" for e in events(nlp, text))


def test_a_penalty_upheld_stays_the_penalty(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, "The court upheld his conviction.")] == ["SANCTION"]


def test_urging_a_body_to_void_a_measure_is_a_request_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.381.0 (left40): asked of the court, no opposition rallied against the
    governor (`rally_requested_modes` + veto)."""
    evs = events(nlp, "Activists urged the court to strike down the governor's decree.")
    urged = [e for e in evs if e.trigger == "urged"]
    assert [(e.type, [t.text for t in e.targets]) for e in urged] == [("REQUEST", ["court"])]
