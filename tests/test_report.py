"""The report's custody line tells an episode's steps in the order of its timeline."""

from __future__ import annotations

from chronicler.report import _step_order


def test_custody_steps_are_told_in_the_timelines_order() -> None:
    episode = {
        "detained": "2014",
        "refuge": "2019",
        "steps": [
            {"step": "detained", "date": "2014"},
            {"step": "detained", "date": "2014-02-18"},
            {"step": "refuge", "date": "2019"},
        ],
    }
    assert _step_order(episode) == ["detained", "refuge"]  # not refuge first, as before


def test_a_dated_step_without_a_timeline_entry_keeps_the_life_cycle_order() -> None:
    assert _step_order({"released": "2023", "detained": "2018-03"}) == ["detained", "released"]
