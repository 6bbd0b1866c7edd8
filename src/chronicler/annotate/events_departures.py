"""Leaving one's country as exile: "left his country aboard a Spanish air force plane", "left
Venezuela for Spain", "flew out of the country". Said of anyone it is a trip ("the minister left
the country for a summit"); it is a flight into exile when the same article puts the person
who leaves in legal jeopardy: wanted, charged, held or convicted (the target of an event of a
`jeopardy_modes` mode, an arrest warrant included), or in refuge or granted asylum (the
asker of a REQUEST of such a mode counts as well as the target). Vocabulary rules marked
`departure` make the candidates (events_match); this pass keeps those whose departing person
is so named and drops the rest. Who is who is matched by name words: "González" is the
"Edmundo González" of another sentence, as a resolved "his" is its antecedent. Both languages
share this pass and `is_homeland`; each reads its own parse for what is left (events_match,
events_es_departures: "salió del país", "abandonó Venezuela", "partió rumbo a España")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_country_name
from chronicler.model import EventMention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Token

_WORD = re.compile(r"\w+")
_ASKING = frozenset({"REQUEST"})  # who asks for refuge or asylum is in jeopardy too


# Links that make one name of several words: "Estados Unidos", "Costa Rica" (UD), "United
# States" (the English model's compounds).
_NAME_DEPS = frozenset({"flat", "compound"})


def place_name(place: Token) -> str:
    """A place's whole name, its own word with the name words hung on it."""
    words = sorted([place, *(c for c in place.children if c.dep_ in _NAME_DEPS)], key=lambda t: t.i)
    return " ".join(t.text for t in words)


def is_homeland(place: Token, lemmas: Iterable[str], homeland: frozenset[str]) -> bool:
    """`place` (with these lemmas) is a country: a `homeland` noun ("his country", "el
    país") or a country's name ("Venezuela", "Estados Unidos")."""
    return bool(homeland.intersection(lemmas)) or is_country_name(place_name(place))


def _name_words(p: Participant) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(p.text))


def _same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and (a <= b or b <= a)


def _rule_id(event: EventMention) -> str | None:
    return next((v for k, v in event.attributes if k == "rule"), None)


def _in_jeopardy(events: Iterable[EventMention], modes: frozenset[str]) -> list[frozenset[str]]:
    """The name words of everyone an event of the article puts in jeopardy."""
    out: list[frozenset[str]] = []
    for e in events:
        if e.negated or e.mode not in modes:
            continue
        people = list(e.targets) + (list(e.actors) if e.type in _ASKING else [])
        out += [_name_words(p) for p in people]
    return out


def departures_in_jeopardy(
    events: Sequence[EventMention], departure_rules: frozenset[str], modes: frozenset[str]
) -> list[EventMention]:
    """The article's events without the departures of anyone it puts in no jeopardy."""
    departures = [e for e in events if _rule_id(e) in departure_rules]
    if not departures:
        return list(events)
    others = [e for e in events if _rule_id(e) not in departure_rules]
    wanted = _in_jeopardy(others, modes)
    return [
        e
        for e in events
        if _rule_id(e) not in departure_rules
        or any(_same_person(_name_words(t), w) for t in e.targets for w in wanted)
    ]
