"""The shapes of a trigger and a word near it that the argument reading tests
(annotate/events_arg_shapes.py). Their effect on whole events is tested with the rules that
read them (test_events_args.py and the round files); here each predicate alone."""

from __future__ import annotations

from chronicler.annotate.events_arg_shapes import asked_in_passive, nominal_gerund
from chronicler.annotate.events_vocab import load_vocab


def _token(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.text == word)


def test_a_gerund_standing_as_a_subject_is_nominal(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nominal_gerund(_token(nlp, "Shelling from Syria hit two villages.", "Shelling"))


def test_a_gerund_with_an_object_of_its_own_is_no_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    gerund = _token(nlp, "The army kept shelling the town for hours.", "shelling")
    assert not nominal_gerund(gerund)


def test_a_verb_of_asking_in_the_passive_with_a_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    request = next(r for r in load_vocab().rules if r.type == "REQUEST")
    asked = _token(nlp, "Witnesses are asked to contact the police.", "asked")
    assert asked_in_passive(asked, request)
    active = _token(nlp, "The police asked witnesses to come forward.", "asked")
    assert not asked_in_passive(active, request)
