"""Custody histories: per person, episodes wanted -> detained -> charged -> held at ->
released -> exile.

Steps come from merged events whose target is the person and whose mode maps onto a custody
step (the mapping is data: resolve.toml [custody]). A threat is no step ("threatened to
expel him" expels no one, and the statement made, THREATEN 'expel' announcing the expulsion,
is none either), except those the mapping names by type and mode: an arrest ordered,
THREATEN 'arrest', makes the person wanted (a threat to arrest him does not), and a refuge
taken (REQUEST 'asylum', whose seeker is its actor) is a step of its own. An accusation
naming charges adds them to the episode without being a step. A new episode starts at a
detention or a sentencing that follows a release; each step keeps its date and sources, and
brokers are named. An execution ends an open custody as a death (`died_if_held`); of one
not held it is no step; a grant of asylum is an exile only of one not held
(`exile_if_free`); a diplomat expelled is no step (`not_steps`). A detention a court orders
or extends while the person is held (pretrial detention, remand: `remand_attributes`) is
`remanded`, with its term, not a second detention; a generic word for where one is held
("jail", `generic_places`) is no place held. A step told again by another report at a date
one refines, or a detention on a day close to it, is one step with both sources; the other
day is kept beside it as the sources' disagreement (`told_again`).
"""

from __future__ import annotations

import datetime
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from chronicler.resolve.config import load_config
from chronicler.resolve.disagreements import values_agree
from chronicler.resolve.text import fold
from chronicler.settings import data_path

# Checked in this order ("custody-death" is a death, not a detention).
STEPS = ("died", "wanted", "refuge", "detained", "charged", "sentenced", "released", "exile")
# Life-cycle order for steps on the same date.
_ORDER = (
    "wanted",
    "refuge",
    "detained",
    "remanded",
    "held",
    "charged",
    "sentenced",
    "released",
    "exile",
    "died",
)
# Steps that, after a release, belong to a new custody: a new detention, or a new sentence
# ("freed by a raid in 1974 ... sentenced in 2023" is no sentence served before 1974).
_REOPENING = frozenset({"detained", "sentenced"})
# Steps told again by a later mention of the same happening (the remand as well: "ordered
# held 18 months", retold as "his pretrial detention").
_RETELLABLE = _REOPENING | {"remanded"}
# Steps one custody has once, whose two dates one of which refines the other are one telling
# ("charged in 2018", "charged in March 2018"; "took refuge in April", "on April 30"): the
# retellable ones, and those no release ends (a refuge taken once freed is still one).
_REFINABLE = _RETELLABLE | {"charged", "refuge", "wanted"}


@dataclass(frozen=True)
class CustodyEvent:
    """What custody needs from a merged event (built from the stored event document)."""

    id: str
    type: str
    mode: str | None
    date: str | None
    targets: frozenset[str]
    article_ids: tuple[str, ...]
    attributes: tuple[tuple[str, str], ...] = ()
    brokers: tuple[str, ...] = ()
    basis: str | None = None  # what the date rests on ("sentence", "article", ...)
    actors: frozenset[str] = frozenset()

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> CustodyEvent:
        return cls(
            id=doc["id"],
            type=doc["type"],
            mode=doc.get("mode"),
            date=(doc.get("date") or {}).get("value"),
            targets=frozenset(doc.get("targets", [])),
            article_ids=tuple(dict.fromkeys(s["article_id"] for s in doc.get("sources", []))),
            attributes=tuple((a["name"], a["value"]) for a in doc.get("attributes", [])),
            brokers=tuple(doc.get("brokers", [])),
            basis=(doc.get("date") or {}).get("basis"),
            actors=frozenset(doc.get("actors", [])),
        )


@dataclass(frozen=True)
class Step:
    step: str
    date: str | None
    event_id: str
    article_ids: tuple[str, ...]
    term: str | None = None  # how long a remand holds the person ("18 months")
    # other days other reports give this one step ("detained" on the 1st and the 2nd of one
    # coup, in two reports): a disagreement of its sources, with the articles saying each
    other_dates: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass
class Episode:
    steps: list[Step] = field(default_factory=list)
    held_at: list[str] = field(default_factory=list)
    charges: list[str] = field(default_factory=list)
    brokers: list[str] = field(default_factory=list)

    def first(self, step: str) -> Step | None:
        return next((s for s in self.steps if s.step == step), None)

    def refined(self, step: str, date: str | None) -> str | None:
        """The most precise date other sources give for this step that refines `date`
        ("2018" from one source, "2018-03" from another: March 2018)."""
        dates = [s.date for s in self.steps if s.step == step and s.date]
        if date is None:
            return max(dates, key=len) if dates else None
        return max((d for d in dates if d.startswith(date)), key=len, default=date)

    def to_doc(self) -> dict[str, Any]:
        """The export contract's episode: each step as its date (null when the step is missing
        or undated); `steps` keeps every step with its event and sources."""

        def when(name: str) -> str | None:
            first = self.first(name)
            return None if first is None else self.refined(name, first.date)

        sources = sorted({a for s in self.steps for a in s.article_ids})
        return {
            "wanted": when("wanted"),
            "refuge": when("refuge"),
            "detained": when("detained"),
            "remanded": when("remanded"),
            # (the first move or return to a place of custody, dated as the other steps are)
            "held": when("held"),
            "held_at": most_specific(self.held_at),
            "charges": most_specific(self.charges),
            "sentenced": when("sentenced"),
            "released": when("released"),
            "exile": when("exile"),
            "died": when("died"),
            "brokers": self.brokers,
            "steps": [
                {
                    "step": s.step,
                    "date": s.date,
                    "event_id": s.event_id,
                    "article_ids": list(s.article_ids),
                    **({"term": s.term} if s.term else {}),
                    **(
                        {
                            "other_dates": [
                                {"date": d, "article_ids": list(a)} for d, a in s.other_dates
                            ]
                        }
                        if s.other_dates
                        else {}
                    ),
                }
                for s in self.steps
            ],
            "sources": [{"article_id": a} for a in sources],
        }


def most_specific(values: Sequence[str]) -> list[str]:
    """Drop a value another one spells out word for word ("prison" and "military prison"
    inside "military prison in Caracas"; "terrorism" is not inside "terrorismo"); order kept."""
    words = [f" {' '.join(fold(v).split())} " for v in values]
    return [
        v
        for i, v in enumerate(values)
        if not any(
            j != i and words[i] in w and (words[i] != w or j < i) for j, w in enumerate(words)
        )
    ]


@lru_cache(maxsize=1)
def _custody_table() -> dict[str, Any]:
    doc = tomllib.loads(data_path("resolve", "resolve.toml").read_text(encoding="utf-8"))
    table: dict[str, Any] = doc.get("custody", {})
    return table


@lru_cache(maxsize=1)
def _step_stems() -> dict[str, tuple[str, ...]]:
    """step -> mode stems; "TYPE/mode" entries name one coding exactly."""
    return {k: tuple(v) for k, v in _custody_table().items() if k in STEPS}


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(_custody_table().get(name, ()))


@cache
def _folded_words(name: str) -> frozenset[str]:
    """A word list compared without accents or case ("cárcel" matches "carcel", "Cárcel")."""
    return frozenset(_folded(w) for w in _words(name))


# Date bases of an event dated by nothing but the report that tells it.
_REPORT_DATED = frozenset({"article", "unknown"})
# Date bases that say only when an article saw a state, not when it began (the article's day,
# or the time the narrative carried from an earlier sentence).
_OBSERVED = frozenset({"article", "unknown", "discourse"})


def observed_state(event: CustodyEvent) -> bool:
    """A lasting state dated only by the article that reports it ("the authorities held him
    incommunicado"): no detention on that day, only more about the custody it belongs to. A
    state a court ordered ("a judge ordered her held in pretrial detention") is a step, the
    remand, however it is dated."""
    return (
        event.mode in load_config().durative_modes
        and (event.basis is None or event.basis in _OBSERVED)
        and not remand(event)
    )


def _state_died_in(event: CustodyEvent, step: str, deaths: set[str]) -> bool:
    """A lasting state (held, serving a sentence) dated the day its subject died in custody."""
    return (
        step == "detained" and event.mode in load_config().durative_modes and event.date in deaths
    )


def retold_detention(episode: Episode, step: str, event: CustodyEvent) -> bool:
    """A detention (or sentence) dated only by the article that tells it ("Police arrested X
    and Y", in a report two days after the coup; "X had been sentenced to death", in the
    report of his execution), or on the day of the one held, while the episode already holds
    a dated one and no release: the same step told again, since no one held is detained (or
    sentenced to one punishment) anew."""
    first = episode.first(step)
    return (
        step in _RETELLABLE
        and first is not None
        and episode.first("released") is None
        # or dated the same day by another report ("detained on 13 September", in two
        # stories of different happenings that each retell it)
        and (
            event.basis in ("article", "unknown")
            # a detention or sentence carries no date of its own through the narrative: one
            # dated so is retold (`narrative_retold`)
            or (step in _words("narrative_retold") and event.basis == "discourse")
            or (event.date is not None and event.date == first.date)
        )
    )


def told_again(episode: Episode, step: str, event: CustodyEvent) -> Step | None:
    """The step of the episode this dated one tells again (a detention, sentence or remand
    only while the episode holds no release): the same step at a date one refines
    ("detained" in "February 2021" and on "1 February 2021"; `_REFINABLE`), or, for a
    detention told by other reports only, at a day close to it (`retold_days`): no one held
    is detained anew, so two reports' days for one detention are a disagreement of theirs,
    not two detentions. A sentence or a remand on another day may be another one (two
    cases, an extension), so only refined dates join those."""
    first = episode.first(step)
    if (
        step not in _REFINABLE
        or first is None
        or first.date is None
        or event.date is None
        or (step in _RETELLABLE and episode.first("released") is not None)
    ):
        return None
    if _refines(first.date, event.date):
        return first
    others = not set(first.article_ids) & set(event.article_ids)
    if step == "detained" and others and _days_apart(first.date, event.date) is not None:
        return first
    return None


def _refines(a: str, b: str) -> bool:
    """Whether one ISO date refines the other ("2021-02-01" refines "2021-02"), or they match."""
    return a.startswith(b) or b.startswith(a)


def _days_apart(a: str, b: str) -> int | None:
    """Days between two full dates no more than `retold_days` apart; None otherwise."""
    try:
        gap = abs((datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days)
    except ValueError:
        return None  # a month or a year: only a date it refines is the same
    limit = int(_custody_table().get("retold_days", 0))
    return gap if len(a) == len(b) == 10 and gap <= limit else None


def _retell(episode: Episode, step: Step, event: CustodyEvent) -> None:
    """`step` told again by `event`: one step, with both sources, at the finer date when one
    refines the other, else at its first date with the other one beside it."""
    assert step.date is not None and event.date is not None
    merged = tuple(dict.fromkeys((*step.article_ids, *event.article_ids)))
    if _refines(step.date, event.date):
        date, other = max(step.date, event.date, key=len), step.other_dates
    else:
        date, other = step.date, _with_date(step.other_dates, event.date, event.article_ids)
    episode.steps[episode.steps.index(step)] = replace(
        step, date=date, article_ids=merged, other_dates=other
    )


def _with_date(
    told: tuple[tuple[str, tuple[str, ...]], ...], date: str, article_ids: tuple[str, ...]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`told` (date -> articles) with these articles saying `date` too."""
    table = {d: list(a) for d, a in told}
    table.setdefault(date, [])
    table[date] += [a for a in article_ids if a not in table[date]]
    return tuple((d, tuple(a)) for d, a in table.items())


def custody_step(mode: str | None, type_: str | None = None) -> str | None:
    """The custody step an event mode (of PLOVER type `type_`, when known) belongs to, if any:
    a "TYPE/mode" entry of the mapping first, then mode stems, which no threat takes."""
    if not mode:
        return None
    low = mode.lower()
    coded = f"{type_}/{low}" if type_ else None
    if coded in _words("not_steps"):
        return None  # a diplomat expelled is sent home, not exiled
    stems = _step_stems()
    for step in STEPS:
        if coded is not None and coded in stems.get(step, ()):
            return step
    if type_ in _words("threat_types"):
        return None
    for step in STEPS:
        if any("/" not in s and low.startswith(s) for s in stems.get(step, ())):
            return step
    return None


def actor_step(type_: str, mode: str | None) -> bool:
    """A coding whose custody step is its actor's (a refuge taken), not its target's."""
    return custody_step(mode, type_) in _words("actor_steps")


def _coarsest_per_year(dates: Sequence[str]) -> dict[str, int]:
    """year -> length of the coarsest date given in it ("2019" -> 4, "2019-01" -> 7)."""
    coarsest: dict[str, int] = {}
    for d in dates:
        coarsest[d[:4]] = min(coarsest.get(d[:4], len(d)), len(d))
    return coarsest


def _timeline_key(
    event: CustodyEvent, step: str, coarsest: dict[str, int], released: frozenset[str]
) -> tuple[Any, ...]:
    """Time first, but only as precisely as the coarsest date of that year: a release dated
    "2019" may not be put before a detention dated "2019-01", so within what a coarse date
    leaves open the life-cycle orders the steps. A refuge taken on the day of a release (one
    of `released`, its dates) comes after it: one freed that day sought refuge once free
    ("freed on April 30 ... took refuge at the ambassador's residence")."""
    date = event.date or ""
    kept = date[: coarsest.get(date[:4], len(date))]
    order: float = _order(event, step)
    if step == "refuge" and kept in released:
        order = _ORDER.index("released") + 0.5  # after the release, before an exile
    return (kept, order, date, event.id)


def _order(event: CustodyEvent, step: str) -> int:
    """The step's place in the life-cycle; a detention a court ordered comes after one it did
    not (the remand after the arrest it follows, told the same day)."""
    return _ORDER.index("remanded" if step == "detained" and remand(event) else step)


def _add_attributes(episode: Episode, event: CustodyEvent) -> None:
    places, offences = _folded_words("generic_places"), _folded_words("generic_charges")
    for name, value in event.attributes:
        if name == "held_at" and _folded(value) in places:
            continue  # "remain in jail": says the person is held, not where
        if name in ("charge", "charges") and _folded(value) in offences:
            continue  # "por delitos": says there was an offence, not which
        bucket = {
            "held_at": episode.held_at,
            "charge": episode.charges,
            "charges": episode.charges,
        }.get(name)
        if bucket is not None and value not in bucket:
            bucket.append(value)


def _folded(words: str) -> str:
    return " ".join(fold(words).split())


def _add_sources(episode: Episode, step: str, article_ids: tuple[str, ...]) -> None:
    """The first `step` of the episode also sourced by these articles."""
    first = episode.first(step)
    if first is not None:
        merged = tuple(dict.fromkeys((*first.article_ids, *article_ids)))
        episode.steps[episode.steps.index(first)] = Step(
            first.step, first.date, first.event_id, merged
        )


def _coded_as(event: CustodyEvent, key: str) -> bool:
    """The event's type/mode is among the `key` list of the custody settings."""
    return f"{event.type}/{(event.mode or '').lower()}" in _words(key)


def died_if_held(event: CustodyEvent) -> bool:
    """An act that is a death in custody only of one held and not freed (an execution)."""
    return _coded_as(event, "died_if_held")


def exile_if_free(event: CustodyEvent) -> bool:
    """An act that is an exile only of one not held (asylum granted to one held is none)."""
    return _coded_as(event, "exile_if_free")


def held_if_detained(event: CustodyEvent) -> bool:
    """An act that only keeps one already detained held (locked up, returned to prison)."""
    return _coded_as(event, "held_if_detained")


def _detained(episodes: Sequence[Episode]) -> bool:
    """The last episode began with a detention (not a sentence alone) and is not over."""
    last = episodes[-1] if episodes else None
    return (
        last is not None
        and last.first("detained") is not None
        and not any(last.first(s) for s in ("released", "exile", "died"))
    )


def remand(event: CustodyEvent) -> bool:
    """A detention a court orders or extends (marked so by the events stage)."""
    return any(n in _words("remand_attributes") for n, _ in event.attributes)


def _term(event: CustodyEvent) -> str | None:
    """Every source's term of a merged remand, one per length ("six months; cuatro meses":
    the sources disagree, and the step shows it); terms that read as one length ("18
    months", "18 meses") or words that refine another's are said once, the first source's."""
    kept: list[str] = []
    for value in (v for n, v in event.attributes if n == "term"):
        if not any(values_agree("term", value, k) for k in kept):
            kept.append(value)
    return "; ".join(kept) or None


def _open(episodes: Sequence[Episode]) -> bool:
    """The last episode holds the person: detained or sentenced, not freed, not dead."""
    last = episodes[-1] if episodes else None
    return (
        last is not None
        and any(last.first(s) for s in _REOPENING)
        and not any(last.first(s) for s in ("released", "exile", "died"))
    )


def custody_history(person_id: str, events: Sequence[CustodyEvent]) -> list[Episode]:
    """Episodes for one person from the merged events that name them as target."""
    steps = []
    accused = []  # accusations naming charges: what the person is wanted or held for
    statements = _words("statement_attributes")
    for event in events:
        # a statement of intent ("threatened to arrest him") is no step of what it announces
        said = any(n in statements for n, _ in event.attributes)
        step = None if said else custody_step(event.mode, event.type)
        step = step or ("died" if died_if_held(event) else None)
        if person_id not in event.targets and not (
            step in _words("actor_steps") and person_id in event.actors
        ):
            continue
        if step:
            steps.append((event, step))
        elif event.type in _words("charge_types") and any(
            n == "charge" for n, _ in event.attributes
        ):
            accused.append(event)
    # a charge dated only by the report, on or after a sentence's day, is the case's
    # background ("La Fiscalía la acusó de ...", in the report of her sentence): no step,
    # since charges come before the sentence they lead to; its charges still count
    sentenced = [e.date for e, s in steps if s == "sentenced" and e.date]
    background = [
        (e, s)
        for e, s in steps
        if s == "charged"
        and e.basis in _REPORT_DATED
        and any(e.date and e.date[: len(d)] >= d for d in sentenced)
    ]
    steps = [p for p in steps if p not in background]
    accused += [e for e, _ in background]
    # states only observed add places and charges to the latest episode, when there is one;
    # so does the state someone died in ("died Friday in the colony where he was serving a
    # sentence"), when another step tells how the custody began
    deaths = {e.date for e, s in steps if s == "died" and e.date}
    began = any(s == "detained" and e.date not in deaths for e, s in steps)
    observed = [
        (e, s) for e, s in steps if observed_state(e) or (began and _state_died_in(e, s, deaths))
    ]
    if len(observed) < len(steps):
        steps = [p for p in steps if p not in observed]
    else:
        # only states seen ("the compound where Fujimori is serving a prison sentence"): the
        # person was held then, which is all the reports say; never "detained" that day
        steps = [(e, "held" if observed_state(e) else s) for e, s in steps]
        observed = []
    # with every step dated, time orders them; otherwise the life-cycle does
    if all(e.date for e, _ in steps):
        coarsest = _coarsest_per_year([e.date for e, _ in steps if e.date])
        released = frozenset(
            e.date[: coarsest.get(e.date[:4], len(e.date))]
            for e, s in steps
            if s == "released" and e.date
        )
        steps.sort(key=lambda p: _timeline_key(p[0], p[1], coarsest, released))
    else:
        steps.sort(key=lambda p: (_order(p[0], p[1]), p[0].date or "", p[0].id))
    episodes: list[Episode] = []
    for event, step in steps:
        if step == "died" and died_if_held(event) and not _open(episodes):
            continue  # an execution of one never held here is no custody's end
        if step == "exile" and exile_if_free(event) and _open(episodes):
            continue  # asylum granted to one held sends no one abroad
        if step == "detained" and remand(event) and _open(episodes):
            step = "remanded"  # held on a court's order: no second detention
        elif step == "detained" and held_if_detained(event) and _detained(episodes):
            step = "held"  # locked up, returned to prison: held on, not detained anew
        if not episodes or (step in _REOPENING and episodes[-1].first("released")):
            episodes.append(Episode())
        episode = episodes[-1]
        if retold_detention(episode, step, event):
            _add_sources(episode, step, event.article_ids)
        elif (told := told_again(episode, step, event)) is not None:
            _retell(episode, told, event)
        else:
            term = _term(event) if step == "remanded" else None
            episode.steps.append(Step(step, event.date, event.id, event.article_ids, term))
        _add_attributes(episode, event)
        for broker in event.brokers:
            if broker not in episode.brokers:
                episode.brokers.append(broker)
    for event, _ in observed:
        _add_attributes(episodes[-1], event)
    for event in accused:
        if episodes and not _allegation_before(episodes, event):
            _add_attributes(_episode_at(episodes, event.date), event)
    return episodes


def _allegation_before(episodes: Sequence[Episode], event: CustodyEvent) -> bool:
    """An allegation, no formal charge (`allegation_modes`), told in a year before the first
    episode began: what someone was once accused of, not what they were held for."""
    if event.mode not in _words("allegation_modes") or not event.date:
        return False
    first = episodes[0].steps[0].date if episodes[0].steps else None
    return first is not None and event.date[:4] < first[:4]


def _episode_at(episodes: list[Episode], date: str | None) -> Episode:
    """The last episode begun by `date` (the first one if none had, the last if undated)."""
    if date is None:
        return episodes[-1]
    begun = [e for e in episodes if e.steps and (e.steps[0].date or "") <= date]
    return begun[-1] if begun else episodes[0]
