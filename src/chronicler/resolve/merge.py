"""One event from many sources: event mentions of different articles (and of one article)
about the same happening merged, conservatively.

Two mentions can be the same event only when they share PLOVER type, their modes agree,
their dates are compatible at their own granularity ("2024-06" holds "2024-06-22"), and their
resolved participants do not contradict (when both name targets, the targets overlap). Among
those, the learnt pair scorer of coref.py (the one the ECB+ benchmark measures) decides, by
average-linkage clustering. Merging runs within a story, so an event is never glued to a
look-alike from another happening, and its cost follows the story's size.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from chronicler.annotate.events_speech import ANNOUNCES
from chronicler.model import EventMention, Participant
from chronicler.resolve.coref import (
    CorefMention,
    Embed,
    PairScorer,
    agglomerate,
    feature_tensor,
    load_scorer,
)
from chronicler.resolve.text import content_words, fold, stem


@dataclass(frozen=True)
class SourcedMention:
    """An event mention with where it came from and its participants resolved to actors."""

    article_id: str
    idx: int  # position of the mention in its article's annotation
    event: EventMention
    actor_ids: frozenset[str] = frozenset()
    target_ids: frozenset[str] = frozenset()
    published: str | None = None  # the article's date, for ordering and fallback
    sentence: str = ""  # the reporting sentence's text, for the pair scorer
    # of actor_ids, those this source only alleges did the act (Participant.alleged), with a
    # two-way act's alleged side written as its target (a side did the act too)
    alleged_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MergedEvent:
    id: str  # "<first article id>:<idx>" of its earliest source: stable across re-runs
    type: str
    mode: str | None
    date: str | None  # the most specific date the sources agree on
    members: tuple[SourcedMention, ...]

    @property
    def article_ids(self) -> list[str]:
        return list(dict.fromkeys(m.article_id for m in self.members))

    @property
    def actor_ids(self) -> frozenset[str]:
        return frozenset().union(*(m.actor_ids for m in self.members))

    @property
    def target_ids(self) -> frozenset[str]:
        return frozenset().union(*(m.target_ids for m in self.members))

    @property
    def alleged_actor_ids(self) -> frozenset[str]:
        """The actors every source naming them only alleges did the act (charged with it,
        accused of it, arrested for it). One source's alleged party that another source gives
        as a plain doer (a later conviction, a report of the act itself) is shown established:
        the merged event keeps both sources, and the mark only where no source establishes
        it."""
        established = frozenset().union(*(m.actor_ids - m.alleged_ids for m in self.members))
        return frozenset().union(*(m.alleged_ids for m in self.members)) - established

    @property
    def alleged_actor_names(self) -> frozenset[str]:
        """As `alleged_actor_ids`, by the participants' own words (an actor no entity names)."""
        parties = [p for m in self.members for p in (*m.event.actors, *m.event.targets)]
        established = {p.text for p in parties if not p.alleged}
        return frozenset(p.text for p in parties if p.alleged) - established


def is_real(event: EventMention) -> bool:
    """Negated, hypothetical and future mentions are reported talk, not events."""
    return not (event.negated or event.hypothetical or event.future)


def dates_compatible(a: str | None, b: str | None, max_day_gap: int = 1) -> bool:
    """Unknown is compatible with anything; a coarser value with any value inside it."""
    if not a or not b:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        try:
            gap = abs((datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days)
        except ValueError:
            return False
        return gap <= max_day_gap
    return False


def more_specific(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    return a if len(a) >= len(b) else b


# Bases of a date the mention's own sentence states: preferred over one carried from the
# sentences before or taken from the report when both are as specific.
_STATED_BASES = ("sentence", "duration")


def group_date(group: Sequence[SourcedMention]) -> str | None:
    """The most specific date of the group's mentions; of equally specific ones, the first a
    sentence states over one carried or the report's ("condena la irrupción", dated by its
    "el miércoles", over a complaint dated only by the report's day)."""
    date: str | None = None
    stated = False
    for m in group:
        value = m.event.date.value
        own = m.event.date.basis in _STATED_BASES
        if not value:
            continue
        if date is None or len(value) > len(date) or (len(value) == len(date) and own > stated):
            date, stated = value, own
        elif value == date:
            stated = stated or own
    return date


def modes_compatible(a: str | None, b: str | None, general: frozenset[str] = frozenset()) -> bool:
    """Unknown agrees with any mode, and so does a `general` one ("kill": a killing told
    without how, which another source may tell as an execution or a shooting)."""
    if a is None or b is None:
        return True
    return fold(a) == fold(b) or fold(a) in general or fold(b) in general


def acting_states(m: SourcedMention) -> frozenset[str]:
    """Countries its actors act for, people aside: "Nicaragua", "el Gobierno de Nicaragua"
    and "Managua" all act for NIC, while two people of one country are two actors."""
    return frozenset(p.country for p in m.event.actors if p.country and p.label != "PERSON")


def participants_compatible(
    a: SourcedMention,
    b: SourcedMention,
    plural_pronouns: frozenset[str] = frozenset(),
    plural_noun: re.Pattern[str] | None = None,
    building_nouns: frozenset[str] = frozenset(),
) -> bool:
    """When both sides name targets, they must overlap, and actors acting for states must act
    for one in common; with no targets on either side, the actors must, or act for one state.
    Actors are not compared further once targets agree: sources often name the state
    ("Venezuela", "the government", "Venezuelan authorities") in different words, and in
    different languages ("Nicaragua", "el Gobierno de Nicaragua")."""
    if a.target_ids and b.target_ids:
        return bool(a.target_ids & b.target_ids) and not for_other_states(a, b)
    if one_named_one_counted(a, b) or one_named_one_counted(b, a):
        return False
    if one_person_and_a_plural(a, b, plural_pronouns, plural_noun) or one_person_and_a_plural(
        b, a, plural_pronouns, plural_noun
    ):
        return False
    if a.article_id == b.article_id and other_parties_in_one_article(a, b):
        return False
    if a.article_id == b.article_id and not a.target_ids and not b.target_ids:
        words_a, words_b = unlinked_target_words(a), unlinked_target_words(b)
        renamed = renamed_place(a, b, building_nouns) or renamed_place(b, a, building_nouns)
        if words_a and words_b and not words_a & words_b and not renamed:
            return False
    if not a.target_ids and not b.target_ids and a.actor_ids and b.actor_ids:
        return bool(a.actor_ids & b.actor_ids) or bool(acting_states(a) & acting_states(b))
    return True


def for_other_states(a: SourcedMention, b: SourcedMention) -> bool:
    """Each side's actors act for states the other's do not ("Mexico's president broke off
    relations with Ecuador", "Nicaragua cut ties with Ecuador"): two states' acts against one
    target are two events, however alike. People count here, by the state they act for."""
    states_a, states_b = _actor_countries(a), _actor_countries(b)
    return bool(states_a) and bool(states_b) and not states_a & states_b


def other_parties_in_one_article(a: SourcedMention, b: SourcedMention) -> bool:
    """Two mentions of one article, one of them with no target resolved, whose resolved
    actors differ and act for no state in common, people's states included ("Navalny blamed
    the Kremlin" and "the EU held the Russian regime responsible"): a writer names one
    happening's doer the same way, so they are two acts. ("Ortega" and "Nicaragua" share
    Nicaragua.) With both targets resolved and shared, the actors are not compared."""
    if (a.target_ids and b.target_ids) or not a.actor_ids or not b.actor_ids:
        return False
    if a.actor_ids & b.actor_ids:
        return False
    return not _actor_countries(a) & _actor_countries(b)


def _actor_countries(m: SourcedMention) -> frozenset[str]:
    return frozenset(p.country for p in m.event.actors if p.country)


def one_named_one_counted(named: SourcedMention, counted: SourcedMention) -> bool:
    """One side names its people and counts no group, the other only counts a group ("the
    bishop was held", "dozens of opponents remain jailed"): a person's state or act is not a
    crowd's, which may or may not hold him; merging is conservative."""
    return (
        bool(named.target_ids)
        and not any(p.count for p in named.event.targets)
        and bool(counted.event.targets)
        and not counted.target_ids
        and all(p.count for p in counted.event.targets)
    )


def one_person_and_a_plural(
    named: SourcedMention,
    other: SourcedMention,
    plural_pronouns: frozenset[str],
    plural_noun: re.Pattern[str] | None = None,
) -> bool:
    """One side names one person, the other only a plural pronoun it left unresolved ("la
    Fiscalía lo acusa de usurpación" and "ha acusado a la mayoría de ellas de terrorismo"):
    "they" may be two people named, never one. So is a plural noun naming no one ("Maduro
    accused the men", "other alleged conspirators were jailed") against one person; and,
    where neither side names a target, a person acting against a group doing the same
    ("López slipped out of the residence", "16 national guardsmen fled the embassy")."""

    # a release or a banishment of many is told beside the names of some it freed ("la
    # excarcelación de presos" and "Ferrer fue excarcelado"): there a plural noun may hold the
    # person named, as a pronoun may not
    nouns = plural_noun if named.event.mode not in _MASS_MODES else None

    def group(p: Participant) -> bool:
        text = fold(p.text)
        return text in plural_pronouns or (
            nouns is not None and p.label is None and bool(nouns.search(text))
        )

    if len(named.target_ids) == 1 and not other.target_ids and other.event.targets:
        return all(group(p) for p in other.event.targets)
    if named.target_ids or other.target_ids or named.event.targets or other.event.targets:
        return False
    return (
        nouns is not None
        and len(named.actor_ids) == 1
        and next(iter(named.actor_ids)).startswith("person:")
        and not other.actor_ids
        and bool(other.event.actors)
        and all(group(p) for p in other.event.actors)
    )


# Acts done to many at once, whose reports name some of the many (`one_person_and_a_plural`).
_MASS_MODES = frozenset({"release", "exchange", "deport", "exile"})


def unlinked_target_words(m: SourcedMention) -> frozenset[str]:
    """Stems of the content words of its targets. Within one article a writer names one
    happening's targets in the same words, so two arrests whose unlinked targets share no word
    ("the mayor of Caracas", "students") are two arrests; across articles the words may
    differ ("political prisoners", "presos políticos"), so this is no rule there."""
    return frozenset(stem(w) for p in m.event.targets for w in content_words(p.text))


def renamed_place(m: SourcedMention, other: SourcedMention, building_nouns: frozenset[str]) -> bool:
    """One of its unlinked targets names a building by its kind (`building_nouns`: "la sede
    diplomática", "the premises"), of no role or of the role of one of the other's targets: a
    writer names a place again so ("su embajada" ... "la sede diplomática"), so the words
    tell no second place."""
    roles = {p.role for p in other.event.targets if p.role}
    return any(
        any(w in building_nouns for w in content_words(p.text)) and (not p.role or p.role in roles)
        for p in m.event.targets
    )


# Date bases that say when a state was observed or began by reckoning, not when it happened:
# the article's own date ("who was being held in ...") and a duration counted back from it
# ("spent five years in prison").
OBSERVED_BASES = frozenset({"article", "duration", "unknown"})


def state_dates_compatible(a: EventMention, b: EventMention) -> bool:
    """A durative state (held in prison) spans time: a mention dated only by when it was
    observed does not contradict one dated by when the state began."""
    return a.date.basis in OBSERVED_BASES or b.date.basis in OBSERVED_BASES


def statements_compatible(a: EventMention, b: EventMention) -> bool:
    """A statement of intent (a speech act, annotate/events_speech: "threatened to arrest
    him", THREATEN 'arrest') and an act of the same coding that is no statement (an arrest
    warrant issued) are two happenings; a bare threat naming no content ("X threatened Y")
    may be the statement told without it."""
    said_a, said_b = announced_act(a), announced_act(b)
    if (said_a is None) == (said_b is None):
        return True
    other = b if said_a is not None else a
    return other.mode is None


def announced_act(event: EventMention) -> str | None:
    """What a statement of intent announces ("SANCTION/discontinue"), or None for an act."""
    return next((v for k, v in event.attributes if k == ANNOUNCES), None)


def charges_compatible(a: SourcedMention, b: SourcedMention) -> bool:
    """Two accusations of one article that both name charges, none in common ("accused her
    of terrorism", "allegations of fraud in the election"), are two accusations; across
    articles charges are worded in other words and languages, so they are not compared."""
    if a.article_id != b.article_id or a.event.type != "ACCUSE":
        return True  # an arrest told twice may give its reasons in other words each time
    ca = {fold(v) for n, v in a.event.attributes if n == "charge"}
    cb = {fold(v) for n, v in b.event.attributes if n == "charge"}
    return not ca or not cb or bool(ca & cb)


def orders_compatible(a: EventMention, b: EventMention, ordered: frozenset[str]) -> bool:
    """A detention a court orders ("a judge ordered her held in pretrial detention", marked
    by one of the `ordered` attributes) and one no court ordered (the arrest) are two steps of
    a custody: never one event."""
    return any(n in ordered for n, _ in a.attributes) == any(n in ordered for n, _ in b.attributes)


def retold_undated(a: SourcedMention, b: SourcedMention, within_days: int) -> bool:
    """Within one article, an act dated only by the report ("Police arrested Suu Kyi and Win
    Myint", in a report of Wednesday) and one of its type the article dates at most
    `within_days` before ("detaining ... Suu Kyi, President Win Myint" on Monday): a writer
    tells the happening with its day, then again without it, so the report's date is no second
    day. Only when both name resolved targets, share one, and neither names one the other
    lacks while the other's has one of its own (two arrests of two people are two); a
    retelling of an act years before would carry its date, and the narrative's own date
    (basis "sentence" or "discourse") is not the report's."""
    if within_days <= 0 or a.article_id != b.article_id or not a.target_ids & b.target_ids:
        return False
    if (a.target_ids - b.target_ids) and (b.target_ids - a.target_ids):
        return False
    for undated, dated in ((a, b), (b, a)):
        if undated.event.date.basis == "article" and dated.event.date.basis != "article":
            gap = _days_before(dated.event.date.value, undated.event.date.value)
            return gap is not None and 0 < gap <= within_days
    return False


def told_on_other_days(a: SourcedMention, b: SourcedMention, own_day_gap: int | None) -> bool:
    """Within one article, two acts each dated to a day by its own sentence ("Los militares
    los desalojaron el sábado", "La gendarmería levantó el bloqueo el domingo") more than
    `own_day_gap` days apart: a writer who dates both tells two happenings, where two reports'
    days a little apart are a lag or a disagreement of theirs (max_day_gap, disagreements.py).
    A retelling takes no day of its own (the report's or the narrative's; `retold_undated`),
    nor does a date reckoned from a duration; and an act named with no doer, a noun inside
    the telling of another act ("residents banged pots on Tuesday night to protest against
    the coup" of Monday), may take that act's day: both must name who acted. None: never."""
    if own_day_gap is None or a.article_id != b.article_id:
        return False
    if not a.event.actors or not b.event.actors:
        return False
    if a.event.date.basis != "sentence" or b.event.date.basis != "sentence":
        return False
    gap = _days_before(a.event.date.value, b.event.date.value)
    return gap is not None and abs(gap) > own_day_gap


def _days_before(earlier: str | None, later: str | None) -> int | None:
    """Days from one day-precise date to another, None unless both are days."""
    if not earlier or not later or len(earlier) != 10 or len(later) != 10:
        return None
    try:
        return (datetime.date.fromisoformat(later) - datetime.date.fromisoformat(earlier)).days
    except ValueError:
        return None


def compatible(
    a: SourcedMention,
    b: SourcedMention,
    max_day_gap: int = 1,
    durative_modes: frozenset[str] = frozenset(),
    plural_pronouns: frozenset[str] = frozenset(),
    ordered: frozenset[str] = frozenset(),
    general_modes: frozenset[str] = frozenset(),
    plural_noun: re.Pattern[str] | None = None,
    building_nouns: frozenset[str] = frozenset(),
    retold_days: int = 0,
    own_day_gap: int | None = None,
) -> bool:
    """The hard rules: two mentions that break one are never the same event."""
    durative = a.event.mode in durative_modes and b.event.mode in durative_modes
    return (
        a.event.type == b.event.type
        and modes_compatible(a.event.mode, b.event.mode, general_modes)
        and (
            (
                dates_compatible(a.event.date.value, b.event.date.value, max_day_gap)
                and not told_on_other_days(a, b, own_day_gap)
            )
            or (durative and state_dates_compatible(a.event, b.event))
            or retold_undated(a, b, retold_days)
        )
        and participants_compatible(a, b, plural_pronouns, plural_noun, building_nouns)
        and statements_compatible(a.event, b.event)
        and charges_compatible(a, b)
        and orders_compatible(a.event, b.event, ordered)
    )


def scored_word(event: EventMention) -> str:
    """The word the pair scorer reads as the trigger: the mode, else, for a statement of
    intent, the mode of the act it announces ("said" and "aceptara" announcing AID/asylum
    both read "asylum"), else the trigger as written."""
    announced = announced_act(event)
    content = announced.partition("/")[2] if announced else ""
    return event.mode or content or event.trigger


def coref_mention(m: SourcedMention) -> CorefMention:
    """The scorer's view of a stored mention. The mode stands in for the trigger's lemma and
    written form (the vocabulary already maps "freed"/"released" to one mode); dates and
    places are left to the hard rules, which know granularity ("2024-06" holds "2024-06-22").
    Its codings are left empty: the hard rules already require one type and compatible modes,
    and the mode is already the scored word, so the coded columns would count that agreement
    twice (they are learnt on ECB+, where the trigger is a word and is coded apart)."""
    word = scored_word(m.event)
    return CorefMention(
        f"{m.article_id}:{m.idx}",
        m.article_id,
        word,
        m.sentence,
        m.event.sentence,
        m.actor_ids | m.target_ids,
        trigger=word,
        span=(
            m.event.trigger_start - m.event.sentence_start,
            m.event.trigger_end - m.event.sentence_start,
        )
        if m.sentence
        else None,
        subjects=m.actor_ids,
        objects=m.target_ids,
    )


def merge_events(
    mentions: Sequence[SourcedMention],
    max_day_gap: int = 1,
    embed: Embed | None = None,
    scorer: PairScorer | None = None,
    durative_modes: frozenset[str] = frozenset(),
    plural_pronouns: frozenset[str] = frozenset(),
    remanded: frozenset[str] = frozenset(),
    general_modes: frozenset[str] = frozenset(),
    plural_noun: re.Pattern[str] | None = None,
    building_nouns: frozenset[str] = frozenset(),
    retold_days: int = 0,
    own_day_gap: int | None = None,
) -> list[MergedEvent]:
    """One story's real event mentions merged into events: the learnt pair scorer
    (coref.py) with average-linkage clustering, where a pair that breaks a hard rule is a
    cannot-link. Order-stable: an event's id is its earliest source."""
    ordered = sorted(
        (m for m in mentions if is_real(m.event)),
        key=lambda m: (m.published or "9999", m.article_id, m.idx),
    )
    n = len(ordered)
    allowed = np.array(
        [
            [
                compatible(
                    a,
                    b,
                    max_day_gap,
                    durative_modes,
                    plural_pronouns,
                    remanded,
                    general_modes,
                    plural_noun,
                    building_nouns,
                    retold_days,
                    own_day_gap,
                )
                for b in ordered
            ]
            for a in ordered
        ],
        dtype=bool,
    ).reshape(n, n)
    scorer = scorer or load_scorer()
    features = feature_tensor([coref_mention(m) for m in ordered], embed, scorer.reporting)
    probability = scorer.probability(features)
    labels = agglomerate(probability, scorer.threshold, allowed)
    groups: dict[int, list[SourcedMention]] = defaultdict(list)
    for mention, label in zip(ordered, labels, strict=True):
        groups[label].append(mention)
    events = []
    for group in groups.values():
        head = group[0]
        mode = next((m.event.mode for m in group if m.event.mode), None)
        date = group_date(group)
        events.append(
            MergedEvent(f"{head.article_id}:{head.idx}", head.event.type, mode, date, tuple(group))
        )
    return events
