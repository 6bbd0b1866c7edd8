from __future__ import annotations

from chronicler.report import _steps_in_order


def _episode(*steps: tuple[str, str | None], **firsts: str) -> dict[str, object]:
    return {"steps": [{"step": s, "date": d} for s, d in steps], **firsts}


def test_custody_steps_are_summarised_in_the_historys_order_with_their_dates() -> None:
    """Glas: sentenced, freed, then a refuge in an embassy; a fixed life-cycle order would
    put the 2023 refuge before the 2017 sentence."""
    episode = _episode(
        ("sentenced", "2017-12"),
        ("sentenced", "2020"),
        ("released", "2022-11"),
        ("refuge", "2023-12"),
    )
    assert _steps_in_order(episode) == [
        "sentenced 2017-12",
        "sentenced 2020",
        "released 2022-11",
        "refuge 2023-12",
    ]


def test_a_step_retold_at_a_date_one_refines_is_said_once_at_the_finer_date() -> None:
    episode = _episode(
        ("detained", "2018-03"),
        ("detained", "2018-03"),
        ("charged", "2018"),
        ("charged", "2018-03"),
        ("released", None),
        detained="2018-03-14",
    )
    assert _steps_in_order(episode) == [
        "detained 2018-03-14",
        "charged 2018-03",
        "released (undated)",
    ]
    # two different days stay two steps (a remand told on the 13th and on the 15th)
    twice = _episode(("remanded", "2021-03-13"), ("remanded", "2021-03-15"))
    assert _steps_in_order(twice) == ["remanded 2021-03-13", "remanded 2021-03-15"]
