"""A plural noun naming no one is a group, never one named person: "Maduro accused the men"
and "the government accused López" are two accusations, and "16 national guardsmen fled the
embassy" is not López slipping out of a residence (resolve.toml `plural_noun`)."""

from __future__ import annotations

from dataclasses import replace

from chronicler.model import EventDate, EventMention, Participant
from chronicler.resolve.config import load_config
from chronicler.resolve.merge import SourcedMention, merge_events, participants_compatible

LOPEZ = frozenset({"person:leopoldo lopez"})


def _event(type_: str, mode: str | None, date: str | None = None) -> EventMention:
    return EventMention(
        type=type_,
        mode=mode,
        cameo=None,
        trigger="t",
        trigger_start=0,
        trigger_end=1,
        sentence=0,
        sentence_start=0,
        sentence_end=10,
        date=EventDate(value=date, basis="sentence", certainty="exact"),
    )


def _m(
    article: str,
    event: EventMention,
    actors: frozenset[str] = frozenset(),
    targets: frozenset[str] = frozenset(),
) -> SourcedMention:
    return SourcedMention(article, 0, event, actors, targets, "2020-10-25")


def test_a_plural_noun_target_is_not_one_named_person() -> None:
    plural = load_config().plural_noun
    accused = _event("ACCUSE", "allege", "2014")
    lopez = _m(
        "en", replace(accused, targets=(Participant("López", 0, 5, label="PERSON"),)), targets=LOPEZ
    )
    for words in ("the men", "alleged conspirators", "los detenidos"):
        group = _m("cn", replace(accused, targets=(Participant(words, 0, 5),)))
        assert not participants_compatible(lopez, group, frozenset(), plural), words
        assert participants_compatible(lopez, group), words  # without the pattern, as before
    for words in ("the press", "el país", "the opposition leader"):
        other = _m("cn", replace(accused, targets=(Participant(words, 0, 5),)))
        assert participants_compatible(lopez, other, frozenset(), plural), words


def test_with_no_target_one_persons_act_and_a_groups_are_two() -> None:
    plural = load_config().plural_noun
    fled = _event("RETREAT", "flee")
    lopez = _m("en", replace(fled, actors=(Participant("López", 0, 5, label="PERSON"),)), LOPEZ)
    guards = _m("cn", replace(fled, actors=(Participant("16 national guardsmen", 0, 5),)))
    assert not participants_compatible(lopez, guards, frozenset(), plural)
    assert len(merge_events([lopez, guards], plural_noun=plural)) == 2
    # a state's act is no person's: the rule leaves it to the other rules
    state = _m("en", replace(fled, actors=(Participant("Venezuela", 0, 5, label="GPE"),)))
    assert participants_compatible(state, guards, frozenset(), plural)


def test_a_release_of_many_may_hold_the_person_named() -> None:
    """ "la excarcelación de presos considerados políticos" and "Ferrer fue excarcelado": a
    release is done to many at once, so a plural noun there may include the one named."""
    plural = load_config().plural_noun
    freed = _event("RETREAT", "release", "2025-01-15")
    ferrer = _m(
        "es",
        replace(freed, targets=(Participant("Ferrer", 0, 5, label="PERSON"),)),
        targets=frozenset({"person:jose daniel ferrer"}),
    )
    prisoners = _m(
        "cn", replace(freed, targets=(Participant("presos considerados políticos", 0, 5),))
    )
    assert participants_compatible(ferrer, prisoners, frozenset(), plural)
