"""merge.retold_undated: within one article, an act dated only by the report retelling one of
its type the article dates a few days before."""

from __future__ import annotations

from chronicler.model import EventDate, EventMention
from chronicler.resolve.merge import SourcedMention, compatible, merge_events, retold_undated

SUU_KYI, WIN_MYINT, OTHER = "person:aung san suu kyi", "person:win myint", "person:other"


def _arrest(date: str, basis: str) -> EventMention:
    return EventMention(
        type="COERCE",
        mode="arrest",
        cameo="173",
        trigger="arrested",
        trigger_start=0,
        trigger_end=8,
        sentence=0,
        sentence_start=0,
        sentence_end=40,
        date=EventDate(value=date, basis=basis, certainty="approximate"),
    )


def _m(article: str, idx: int, event: EventMention, *targets: str) -> SourcedMention:
    return SourcedMention(article, idx, event, frozenset(), frozenset(targets), "2021-02-03")


# "...seized power on Monday, detaining Aung San Suu Kyi, President Win Myint..." (Monday 1
# February) and "Police arrested Suu Kyi and Win Myint." in the report of Wednesday 3 February
DATED = _m("a", 0, _arrest("2021-02-01", "sentence"), SUU_KYI, WIN_MYINT)
RETOLD = _m("a", 5, _arrest("2021-02-03", "article"), SUU_KYI, WIN_MYINT)


def test_an_act_retold_undated_in_one_article_is_the_dated_one() -> None:
    assert retold_undated(DATED, RETOLD, 7) and retold_undated(RETOLD, DATED, 7)
    assert compatible(DATED, RETOLD, retold_days=7)
    assert not compatible(DATED, RETOLD)  # off by default: two days apart
    # the dated telling with one of the two resolved: no target of its own the other lacks
    partly = _m("a", 0, _arrest("2021-02-01", "sentence"), SUU_KYI)
    assert retold_undated(partly, RETOLD, 7)


def test_other_people_other_articles_and_far_dates_are_no_retelling() -> None:
    assert not retold_undated(DATED, _m("a", 5, _arrest("2021-02-03", "article"), OTHER), 7)
    two_others = _m("a", 5, _arrest("2021-02-03", "article"), SUU_KYI, OTHER)
    one_other = _m("a", 0, _arrest("2021-02-01", "sentence"), SUU_KYI, WIN_MYINT)
    assert not retold_undated(one_other, two_others, 7)  # each names one the other lacks
    assert not retold_undated(DATED, _m("b", 5, _arrest("2021-02-03", "article"), SUU_KYI), 7)
    weeks_before = _m("a", 0, _arrest("2021-01-01", "sentence"), SUU_KYI)
    assert not retold_undated(weeks_before, RETOLD, 7)
    # the narrative's own date is a date told, not the report's
    told = _m("a", 5, _arrest("2021-02-03", "discourse"), SUU_KYI)
    assert not retold_undated(DATED, told, 7)
    both_report = _m("a", 0, _arrest("2021-02-01", "article"), SUU_KYI)
    assert not retold_undated(both_report, RETOLD, 7)
    later = _m("a", 0, _arrest("2021-02-05", "sentence"), SUU_KYI)
    assert not retold_undated(later, RETOLD, 7)  # told as after the report: no retelling
    assert not retold_undated(DATED, RETOLD, 0)
    unresolved = _m("a", 5, _arrest("2021-02-03", "article"))
    assert not retold_undated(DATED, unresolved, 7)


def test_the_merged_event_keeps_the_day_the_text_gives() -> None:
    """Told undated first (a lead) and dated after: the day told is the event's."""
    lead = _m("a", 0, _arrest("2021-02-03", "article"), SUU_KYI, WIN_MYINT)
    detail = _m("a", 3, _arrest("2021-02-01", "sentence"), SUU_KYI, WIN_MYINT)
    (event,) = merge_events([detail, lead], retold_days=7)
    assert event.date == "2021-02-01" and event.id == "a:0"
    assert len(merge_events([detail, lead])) == 2
