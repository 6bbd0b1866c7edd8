"""An act named again by a possessed event noun: "Navalny was detained in January 2021 ... His
arrest set off protests", "Su detención provocó manifestaciones"; or by a definite one
another act is about: "Police stormed the embassy on Friday ... condemned the raid". With no
date in its own sentence, the noun takes the date of the act told earlier (same type and
mode, a target in common, or any for a noun naming no one), else of the one told later
("held since her arrest ... Police arrested her on March 13, 2021"), not the frame of the
sentences just before nor the article's date; a plural noun naming no one over acts told on
several days ("condemned the arrests") takes none of their days. So does an act told as the
anchor of a span of time ("declared herself president two days after Morales quit"): counted
back from the report's day it would be dated by a guess, when the article tells the act with
its date ("Morales resigned on Nov. 10, 2019"). What such an act set off ("the protests")
has no date of its own either: it began with its cause, so it takes the cause's date; and an
act told in a relative clause about an act noun ("a poisoning that he blamed on the
Kremlin") takes the date of the act it is about; a custody step the text gives no time ("was
flown to Guayaquil and locked up in La Roca") takes the day of its person's arrest told before
it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from chronicler.annotate.doc_text import doc_text
from chronicler.annotate.event_date_values import event_dates_table
from chronicler.annotate.event_dates import causes
from chronicler.annotate.events_coding import is_factual
from chronicler.annotate.events_vocab import Coding
from chronicler.annotate.timex import find_time_expressions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from chronicler.model import EventDate, EventMention, Participant

# The codings a language's vocabulary may give a trigger word, whatever its conditions.
Readings = Callable[["Token"], frozenset[Coding]]

# Dependencies of a possessor on its noun: "his arrest", "Navalny's arrest", "su detención".
_POSS_DEPS = frozenset({"poss", "nmod:poss"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_POSS_MORPH = "Poss=Yes"
_DEFINITE_MORPH = "Definite=Def"
_DEFINITE = frozenset({"the"})
_RELATIVE = "Rel"  # a PronType value ("Int,Rel": "que")
# A noun as what a verb is about: "to protest her detention", "condenó su detención".
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def trigger_root(doc: Doc, ev: EventMention) -> Token | None:
    """The head word of the event's trigger, or None when its span does not align."""
    span = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
    return None if span is None else span.root


def _possessed_noun(doc: Doc, ev: EventMention) -> bool:
    root = trigger_root(doc, ev)
    if root is None or root.pos_ not in _NOUN_POS:
        return False
    return any(
        c.dep_ in _POSS_DEPS or (c.dep_ == "det" and _POSS_MORPH in str(c.morph))
        for c in root.children
    )


def _demonstrative_noun(doc: Doc, ev: EventMention) -> bool:
    """An event noun pointed back to ("That arrest set off riots", "Aquel arresto desató
    disturbios"): the act told before, whoever it names."""
    root = trigger_root(doc, ev)
    if root is None or root.pos_ not in _NOUN_POS:
        return False
    return any(
        c.dep_ == "det"
        and (_DEMONSTRATIVE in c.morph.get("PronType", []) or c.lower_ in _DEMONSTRATIVES)
        for c in root.children
    )


_DEMONSTRATIVE = "Dem"  # a PronType value ("aquel", "ese", "este")
_DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})


def _definite_noun(doc: Doc, ev: EventMention) -> bool:
    """An event noun with a definite article ("the raid", "la irrupción"): one already told."""
    root = trigger_root(doc, ev)
    if root is None or root.pos_ not in _NOUN_POS:
        return False
    return any(
        c.dep_ == "det" and (_DEFINITE_MORPH in str(c.morph) or c.lower_ in _DEFINITE)
        for c in root.children
    )


def _describing_participle(doc: Doc, ev: EventMention) -> bool:
    """A participle set off by a comma after a person it describes ("Glas, condenado por
    corrupción, ...", "X, convicted of fraud, ..."): it tells what the person is, an act
    told elsewhere, not one on the day of the sentence it is in."""
    root = trigger_root(doc, ev)
    if root is None or "Part" not in root.morph.get("VerbForm", []):
        return False
    if root.dep_ not in ("amod", "acl", "appos") or root.i < 1 or doc[root.i - 1].text != ",":
        return False
    return any(t.label == "PERSON" for t in ev.targets)


def _object_of_another_act(doc: Doc, ev: EventMention, events: Sequence[EventMention]) -> bool:
    """The noun is what another act of its sentence is about ("went on a hunger strike in
    February to protest her detention", "condemned his arrest"): the sentence's date is that
    act's, and the noun names the one told elsewhere."""
    if ev.future or ev.hypothetical or ev.negated:
        return False  # "demanded his release": a release asked for, not one told elsewhere
    root = trigger_root(doc, ev)
    if root is None:
        return False
    if root.dep_ in _OBJECT_DEPS or _object_read_as_subject(root):
        verb = root.head
    elif (about := _about_head(root)) is not None:
        verb = about
    else:
        return False
    return any(
        other is not ev and other.trigger_start <= verb.idx < other.trigger_end for other in events
    )


@cache
def _about_prepositions() -> frozenset[str]:
    return frozenset(event_dates_table()["recalled"]["about_prepositions"])


@cache
def _ongoing_verbs() -> frozenset[str]:
    return frozenset(event_dates_table()["recalled"]["ongoing_verbs"])


def _acted_on_while_ongoing(doc: Doc, ev: EventMention) -> bool:
    """The noun is the object of a verb that acts on a happening while it goes on ("soldiers
    dispersed the march on Wednesday", "la policía disolvió la manifestación el martes"): its
    sentence's date is the noun's too, not that of the happening told before
    (`recalled.ongoing_verbs`)."""
    root = trigger_root(doc, ev)
    if root is None or not (root.dep_ in _OBJECT_DEPS or _object_read_as_subject(root)):
        return False
    return root.head.lemma_.lower() in _ongoing_verbs()


def _about_head(noun: Token) -> Token | None:
    """The word a noun is the topic of through a preposition of opposition or concern
    ("protested against the coup", "rallied over his arrest", "protestaron contra el golpe"),
    if any: an act about another, told elsewhere (`recalled.about_prepositions`)."""
    words = _about_prepositions()
    if noun.dep_ == "pobj" and noun.head.lower_ in words and noun.head.head.i != noun.head.i:
        return noun.head.head  # English: the preposition heads its object
    if noun.dep_ in ("obl", "nmod") and any(
        c.dep_ == "case" and c.lower_ in words for c in noun.children
    ):
        return noun.head  # Spanish: the object heads its preposition
    return None


def _judged_act(doc: Doc, ev: EventMention) -> bool:
    """The noun is the subject of a judgment on it ("ruled that his arrest was illegal",
    "declaró que la detención había sido ilegal"): the act judged is one told elsewhere, the
    sentence's date the judgment's."""
    if ev.future or ev.hypothetical or ev.negated:
        return False
    root = trigger_root(doc, ev)
    if root is None or root.pos_ not in _NOUN_POS or root.dep_ != "nsubj":
        return False
    head = root.head
    if any(c.dep_ == "cop" for c in head.children):  # Spanish: the predicate heads
        return True
    return head.lemma_ == "be" and any(c.dep_ in _PREDICATE_DEPS for c in head.children)


# What a copula's predicate hangs on it as in the English parse: "was illegal", "was a crime".
_PREDICATE_DEPS = frozenset({"acomp", "attr"})


def _anchor_of_duration(doc: Doc, ev: EventMention) -> bool:
    """A verb dated by a span of time that opens its own subordinate clause ("two days after
    Morales quit"): the act the span counts from, not an act on the report's day less it."""
    if ev.date.basis != "duration":
        return False
    root = trigger_root(doc, ev)
    return root is not None and any(c.dep_ == "mark" and c.i < root.i for c in root.children)


def _object_read_as_subject(noun: Token) -> bool:
    """A noun after its verb that the small parser calls its subject, the relative pronoun
    before the verb being the subject ("una resolución que condena la irrupción"): the
    verb's object."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and noun.i > verb.i
        and any(c.i < verb.i and _RELATIVE in c.morph.get("PronType", []) for c in verb.children)
    )


def _same_party(a: Participant, b: Participant) -> bool:
    """The same named party, told in full or by a part of its name ("Navalny")."""
    x, y = a.text.lower(), b.text.lower()
    return x == y or (bool(x) and bool(y) and (x in y.split() or y in x.split()))


@cache
def _other_happening_words() -> frozenset[str]:
    return frozenset(event_dates_table()["recalled"]["other_happening_words"])


def _another_happening(doc: Doc, ev: EventMention) -> bool:
    """The act is told as one set beside the happening the article is about ("Noriega
    crushed a similar revolt", "another arrest", "una revuelta parecida"): a later "the
    uprising" does not name it again (`recalled.other_happening_words`)."""
    root = trigger_root(doc, ev)
    if root is None:
        return False
    words = _other_happening_words()
    return any(c.dep_ in ("amod", "det") and c.lower_ in words for c in root.children)


def _told_before(
    doc: Doc, ev: EventMention, earlier: Sequence[EventMention], by_actor: bool = False
) -> EventMention | None:
    """The latest earlier, factual, sentence-dated act of the same type and mode on one of
    the event's targets (or, `by_actor`, by one of its actors as well: "Morales quit"), not
    one told as another happening ("a similar revolt")."""
    for other in reversed(earlier):
        if (other.type, other.mode) != (ev.type, ev.mode) or other.date.basis != "sentence":
            continue
        if other.negated or other.hypothetical or other.future:
            continue
        if _another_happening(doc, other):
            continue
        # (an act noun naming no one, "condemned the raid", names the last one told)
        if not ev.targets or any(_same_party(t, u) for t in ev.targets for u in other.targets):
            return other
        if by_actor and any(_same_party(t, u) for t in ev.actors for u in other.actors):
            return other
    return None


def _told_after(
    doc: Doc, ev: EventMention, later: Sequence[EventMention], by_actor: bool = False
) -> EventMention | None:
    """The first later act _told_before would take: a lead recalls the arrest ("where she has
    been held since her arrest") that a later paragraph tells with its date ("Police
    arrested X on March 13, 2021")."""
    return _told_before(doc, ev, list(reversed(later)), by_actor)


def _told_before_as(
    doc: Doc,
    ev: EventMention,
    root: Token | None,
    earlier: Sequence[EventMention],
    readings: Readings,
) -> EventMention | None:
    """For a noun naming no one and no act told before of its own coding: the latest
    earlier act coded as another reading of its word ("Police stormed the embassy ...
    condemned the incursion": the raid, not shelling; "condenaron el asalto"), the noun
    being that act named again."""
    if root is None or ev.actors or ev.targets:
        return None
    codings = {(t, m) for t, m, _ in readings(root)} - {(ev.type, ev.mode)}
    for other in reversed(earlier):
        if (
            (other.type, other.mode) in codings
            and other.date.basis == "sentence"
            and is_factual(other)
            and not _another_happening(doc, other)
        ):
            return other
    return None


def with_recalled_dates(
    doc: Doc, events: Sequence[EventMention], readings: Readings | None = None
) -> list[EventMention]:
    """The events, each possessed event noun with no date of its own sentence (or whose
    sentence dates another act about it) dated as the act it names again: the latest told
    before it, else the first told after it. A definite noun naming no one that no act of
    its coding precedes or follows is the latest earlier act of another of its word's
    `readings`, coded and dated as that act."""
    out: list[EventMention] = []
    for ev in events:
        about = _object_of_another_act(doc, ev, events) or _judged_act(doc, ev)
        # "dispersed the march on Wednesday": the march went on when it was dispersed
        undated = ev.date.basis != "sentence" or (about and not _acted_on_while_ongoing(doc, ev))
        anchor = _anchor_of_duration(doc, ev)
        # a possessed noun ("his arrest") with its target; a definite one ("condemned the
        # raid", "condena la irrupción") only as what another act is about
        possessed = bool(ev.targets) and _possessed_noun(doc, ev)
        pointed = _demonstrative_noun(doc, ev) and not (ev.future or ev.hypothetical)
        definite = about and _definite_noun(doc, ev)
        described = _describing_participle(doc, ev)
        if anchor or (undated and (possessed or pointed or definite or described)):
            earlier = [e for e in out if e.trigger_end <= ev.sentence_start]
            later = [e for e in events if e.trigger_start >= ev.sentence_end]
            named = _told_before(doc, ev, earlier, anchor) or _told_after(doc, ev, later, anchor)
            if named is not None and _names_acts_of_several_days(doc, ev, earlier):
                pass  # "condenó las detenciones" told on three days: no one day is theirs
            elif named is not None:
                ev = replace(ev, date=replace(named.date, basis="discourse"))
            elif definite and readings is not None:
                ev = _as_named(
                    ev, _told_before_as(doc, ev, trigger_root(doc, ev), earlier, readings)
                )
        out.append(ev)
    return _with_reaction_dates(doc, out)


def _names_acts_of_several_days(
    doc: Doc, ev: EventMention, earlier: Sequence[EventMention]
) -> bool:
    """A plural event noun naming no one ("condenó las detenciones", "condemned the arrests")
    names every act of its coding told before it; when the text tells them on different days
    it is none of them alone, and takes no one day (what is about it is as of the report)."""
    root = trigger_root(doc, ev)
    if root is None or ev.targets or "Plur" not in root.morph.get("Number", []):
        return False
    days = {
        other.date.value
        for other in earlier
        if (other.type, other.mode) == (ev.type, ev.mode)
        and other.date.basis == "sentence"
        and is_factual(other)
    }
    return len(days) > 1


# Bases of a date the text does not give an event: it would be told as of the report.
_AS_OF_REPORT = frozenset({"article", "unknown"})


def _with_reaction_dates(doc: Doc, events: Sequence[EventMention]) -> list[EventMention]:
    """Each act the text does not date that is about an act told before ("condenaron el
    asalto", with the raid told with its day) dated as that act, approximately: a reaction
    comes then or soon after, not on the report's day. So are the acts coordinated with it
    that the text does not date either ("condenaron el asalto, y Nicaragua rompió
    relaciones con Ecuador"): one time for the clauses of one sentence."""
    dates: dict[int, EventDate] = {}  # the reaction verb's token -> the named act's date
    for ev in events:
        root = trigger_root(doc, ev)
        told = ev.date.basis == "discourse" and ev.date.value is not None
        if root is not None and told and _object_of_another_act(doc, ev, events):
            dates.setdefault(root.head.i, replace(ev.date, certainty="approximate"))
    if not dates:
        return list(events)
    out: list[EventMention] = []
    for ev in events:
        root = trigger_root(doc, ev)
        if root is not None and ev.date.basis in _AS_OF_REPORT:
            clause = root.head if root.dep_ == "conj" else root
            date = dates.get(root.i) or dates.get(clause.i)
            if date is not None:
                ev = replace(ev, date=date)
        out.append(ev)
    return out


def _as_named(ev: EventMention, named: EventMention | None) -> EventMention:
    """The noun coded and dated as the act it names again, if any."""
    if named is None:
        return ev
    date = replace(named.date, basis="discourse")
    # (coded by the rule that coded the act, which is what the noun now says it is)
    rule = [(k, v) for k, v in named.attributes if k == "rule"]
    attributes = (*rule, *((k, v) for k, v in ev.attributes if k != "rule"))
    return replace(
        ev, type=named.type, mode=named.mode, cameo=named.cameo, date=date, attributes=attributes
    )


# Bases of a date an event's own sentence gives it; any other may be replaced by its cause's.
_OWN_BASES = frozenset({"sentence", "duration"})
# Bases of a date the text does not give: no date to hand on to an effect.
_UNTOLD_BASES = frozenset({"article", "unknown"})


def _cause_of(doc: Doc, ev: EventMention, events: Sequence[EventMention]) -> EventMention | None:
    """The event of the same sentence whose trigger, right before this one's, caused it:
    "His arrest set off some of the largest protests"."""
    text = doc_text(doc)
    for other in events:
        if (
            other.sentence == ev.sentence
            and other.trigger_end <= ev.trigger_start
            and causes(text[other.trigger_end : ev.trigger_start])
        ):
            return other
    return None


def with_caused_dates(doc: Doc, events: Sequence[EventMention]) -> list[EventMention]:
    """The events, each effect with no date of its own sentence dated as its cause when the
    text dates the cause (in its sentence, or as an act recalled): "Navalny was detained in
    January 2021 ... a court sentenced him in May 2020 ... His arrest set off protests" dates
    the protests January 2021, not May 2020 nor the report's day. Approximate: it began then
    or soon after."""
    out: list[EventMention] = []
    for ev in events:
        if ev.date.basis not in _OWN_BASES:
            cause = _cause_of(doc, ev, events)
            if cause is not None and cause.date.basis not in _UNTOLD_BASES:
                ev = replace(
                    ev, date=replace(cause.date, basis="discourse", certainty="approximate")
                )
        out.append(ev)
    return out


# A relative clause on a noun ("a poisoning that he blamed on X", "un envenenamiento que
# atribuyó a X").
_RELATIVE_CLAUSE_DEPS = frozenset({"relcl", "acl", "acl:relcl"})
_RELATIVE_WORDS = frozenset({"that", "which", "que", "cual"})


def _act_it_is_about(
    doc: Doc, ev: EventMention, events: Sequence[EventMention]
) -> EventMention | None:
    """The event whose noun a relative clause holding this event's verb has as its verb's
    object: "a nerve agent poisoning that he blamed on the Kremlin" is about the poisoning."""
    root = trigger_root(doc, ev)
    if root is None or root.dep_ not in _RELATIVE_CLAUSE_DEPS or root.head.pos_ not in _NOUN_POS:
        return None
    if not any(
        c.dep_ in _OBJECT_DEPS
        and (c.lower_ in _RELATIVE_WORDS or _RELATIVE in c.morph.get("PronType", []))
        for c in root.children
    ):
        return None  # "the protests that toppled him": the noun's act is the subject
    noun = root.head
    return next(
        (o for o in events if o is not ev and o.trigger_start <= noun.idx < o.trigger_end), None
    )


def _dated_clause(doc: Doc, ev: EventMention) -> bool:
    """The relative clause holding the event's verb names a time of its own."""
    root = trigger_root(doc, ev)
    if root is None:
        return False
    clause = sorted(root.subtree, key=lambda t: t.i)
    text = doc[clause[0].i : clause[-1].i + 1].text
    return bool(find_time_expressions(text, None, doc.lang_ or "en"))


def with_reaction_dates(doc: Doc, events: Sequence[EventMention]) -> list[EventMention]:
    """The events, each act told in a relative clause about an event noun, with no date of
    its own clause, dated as that noun's act when the text dates it: "he had spent five
    months recovering from a nerve agent poisoning that he blamed on the Kremlin" blames in
    August 2020, when the poisoning is dated, not on the day of the report of his death.
    Approximate: the act answers the one it is about, then or soon after."""
    out: list[EventMention] = []
    for ev in events:
        about = _act_it_is_about(doc, ev, events)
        if _takes_date_of(doc, ev, about) and about is not None:
            ev = replace(ev, date=replace(about.date, basis="discourse", certainty="approximate"))
        out.append(ev)
    return out


def _takes_date_of(doc: Doc, ev: EventMention, about: EventMention | None) -> bool:
    """`about` is dated by the text, and the event has no date of its own clause (a date of
    the sentence outside it is the main clause's: "was detained in January 2021 ..., a
    poisoning that he blamed on X")."""
    return (
        about is not None
        and about.date.basis not in _UNTOLD_BASES
        and bool(about.date.value)
        and (ev.date.basis not in _OWN_BASES or not _dated_clause(doc, ev))
    )


def _recalling_phrase(root: Token, preps: frozenset[str]) -> bool:
    """The noun is the object of a preposition of time: "after the assault" (its head),
    "tras el asalto", "después del asalto" (a case word on it)."""
    if root.dep_ == "pobj" and root.head.lower_ in preps:
        return True
    return any(c.dep_ in ("case", "advmod") and c.lower_ in preps for c in root.children)


def _bare_recall(doc: Doc, ev: EventMention, preps: frozenset[str]) -> Token | None:
    """The trigger's noun when it is a definite event noun naming no one, no place and no
    time of its own sentence, in a phrase of time ("after the assault"): it only recalls a
    happening. A doer the clause names beside it ("The gunman fled after the shooting") is
    no word of the noun's own: the noun still recalls an act told before, when there is one."""
    if ev.targets or ev.location or ev.date.basis == "sentence":
        return None
    if ev.negated or ev.hypothetical or ev.future:
        return None
    root = trigger_root(doc, ev)
    if root is None or not _definite_noun(doc, ev) or not _recalling_phrase(root, preps):
        return None
    phrase = (root.left_edge.idx, root.right_edge.idx + len(root.right_edge))
    if any(phrase[0] <= a.start < phrase[1] for a in ev.actors):
        return None
    # a word of its own says which ("the museum shooting last week", "el asalto policial")
    if any(c.dep_ not in _BARE_DEPS and c.lower_ not in preps for c in root.children):
        return None
    return root


# What a bare event noun carries: its article, its preposition, punctuation.
_BARE_DEPS = frozenset({"det", "case", "punct"})


def recalled_happenings(
    doc: Doc, events: Sequence[EventMention], readings: Readings, preps: frozenset[str]
) -> list[EventMention]:
    """The events, each bare definite event noun in a phrase of time `preps` ("Police
    stormed the embassy on Friday ... After the assault, ...", "Tras el asalto, ...") taken
    as the act it recalls, told before with its date: that act's parties, place, coding and
    date, so the two are one happening; with no such act told, no event of its own (it
    recalls one the report does not tell)."""
    out: list[EventMention] = []
    for ev in events:
        root = _bare_recall(doc, ev, preps)
        if root is None:
            out.append(ev)
            continue
        earlier = [e for e in out if e.trigger_end <= ev.sentence_start]
        named = _told_before(doc, ev, earlier) or _told_before_as(doc, ev, root, earlier, readings)
        if named is not None:
            ev = _as_named(ev, named)
            out.append(
                replace(ev, actors=named.actors, targets=named.targets, location=named.location)
            )
        elif ev.actors:  # its doer told beside it: the report's own telling (roles 1.135.0)
            out.append(ev)
    return out


# Bases of a day the text tells an arrest with, which a custody step may take.
_TOLD_BASES = frozenset({"sentence", "discourse", "duration"})
_DAY_LENGTH = len("2024-04-05")


def _custody_steps() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = event_dates_table()["custody_step"]
    return frozenset(table["modes"]), frozenset(table["starts"]), frozenset(table["ends"])


def _arrest_before(ev: EventMention, earlier: Sequence[EventMention]) -> EventMention | None:
    """The latest arrest of the step's person told before it with a day, unless a release or
    a departure of that person comes between (`custody_step`)."""
    _, starts, ends = _custody_steps()
    for other in reversed(earlier):
        if not any(_same_party(t, u) for t in ev.targets for u in other.targets):
            continue
        if other.negated or other.hypothetical or other.future:
            continue
        if other.mode in ends:
            return None
        value = other.date.value or ""
        if other.mode in starts and other.date.basis in _TOLD_BASES and len(value) >= _DAY_LENGTH:
            return other
    return None


def with_arrest_dates(events: Sequence[EventMention]) -> list[EventMention]:
    """The events, each custody step the text gives no time ("After his arrest he was flown
    to Guayaquil and locked up in La Roca", "fue trasladado ... y recluido en La Roca"; dated
    as of the report or not at all) dated as the arrest of its person told before it with a
    day, approximately: a transfer or a jailing follows an arrest within hours or a day."""
    modes, _, _ = _custody_steps()
    out: list[EventMention] = []
    for ev in events:
        if ev.mode in modes and ev.date.basis in _UNTOLD_BASES and is_factual(ev) and ev.targets:
            earlier = [e for e in events if e.trigger_end <= ev.trigger_start]
            arrest = _arrest_before(ev, earlier)
            # a step the text leaves undated on purpose ("permaneció recluida primero", the
            # first of a sequence) keeps so, unless its own sentence names the arrest before
            # it ("After his arrest he was ... locked up")
            if arrest is not None and (
                ev.date.basis == "article" or arrest.sentence == ev.sentence
            ):
                date = replace(arrest.date, basis="discourse", certainty="approximate")
                ev = replace(ev, date=date)
        out.append(ev)
    return out
