"""An act noun told as the kind of act a clause's act is the latest of (events-roles 1.167.0).

"The navy said it arrested 23 pirates, the latest in a series of recent clashes with Somali
pirates": the phrase after the comma sums up the clause before it, so the series' acts are
that clause's doer's ("it", the navy), as the arrest is; "Police arrested five protesters, the
third in a string of arrests": the police. So are a series' acts told in a fronted "in" phrase
("In a series of incursions and air strikes, the Israeli military targeted ...": the Israeli
military; events-roles 1.173.0). The phrase is an ordinal or "latest" (any word the
parser hangs on the clause's verb as an adverbial noun or on its object as an apposition)
whose "in" phrase is a series noun (`summed_series_nouns`) whose "of" phrase is the act noun.

"a spate of deadly bombings by Palestinian militants": the parser hangs the "by" on the series
noun, not on the act noun, but the "by" object did the acts (events-roles 1.199.0).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, agentive_phrase
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUMMING_DEPS = frozenset({"npadvmod", "appos"})
_VERB_POS = frozenset({"VERB", "AUX"})


def series_doers(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The doer of the clause whose act `trigger`'s series goes on, where `trigger` is the
    "of" object of a series noun summing up that clause; none otherwise."""
    while trigger.dep_ == "conj" and trigger.head.pos_ == "NOUN":
        trigger = trigger.head  # "a series of incursions and air strikes": the strikes too
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return []
    series = trigger.head.head
    if lemma(series) not in ctx.vocab.words("summed_series_nouns"):
        return []
    by_doers = [
        d for d in prep_objects(series, frozenset({"by"}), ("pobj",)) if agentive_phrase(d, ctx)
    ]
    if by_doers or series.dep_ != "pobj":  # "a spate of bombings by militants": the militants
        return by_doers
    if (opening := _fronted_in(series)) is not None:
        return list(subjects(opening).active)
    summing = series.head.head  # "the latest in a series": "latest"
    if series.head.lower_ != "in" or summing.dep_ not in _SUMMING_DEPS:
        return []
    verb = summing.head
    if verb.pos_ not in _VERB_POS:  # an apposition to the clause's object ("23 pirates")
        verb = verb.head
    if verb.pos_ not in _VERB_POS:
        return []
    return list(subjects(verb).active)


def _fronted_in(series: Token) -> Token | None:
    """The verb a fronted "in" phrase of a series noun opens the clause of ("In a series of
    incursions and air strikes, the Israeli military targeted ...": the series is that
    clause's doer's; events-roles 1.173.0), or None."""
    prep = series.head
    verb = prep.head
    if prep.lower_ != "in" or prep.dep_ != "prep" or verb.pos_ not in _VERB_POS:
        return None
    return verb if prep.i < verb.i else None
