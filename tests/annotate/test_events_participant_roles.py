"""The role a participant's words give it (annotate/events_participant_roles.py), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

from chronicler.annotate.events_participant_roles import role_of
from chronicler.annotate.events_vocab import load_vocab

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("phrase", "head", "role", "held_before"),
    [
        ("opposition leader Ana Ruiz", "Ruiz", "opposition", False),
        ("government troops", "troops", "military", False),
        ("the government spokesman", "spokesman", "government", False),
        ("anti-government rebels", "rebels", "rebels", False),  # no government
        ("Kremlin critic Ana Ruiz", "Ruiz", "opposition", False),  # no government
        ("former Defence Minister Ana Ruiz", "Ruiz", None, False),
        ("former Defence Minister Ana Ruiz", "Ruiz", "government", True),
    ],
)
def test_the_role_of_a_phrase_by_its_words(  # type: ignore[no-untyped-def]
    nlp, phrase: str, head: str, role: str | None, held_before: bool
) -> None:
    doc = nlp(phrase)
    word = next(t for t in doc if t.text == head)
    assert role_of(list(doc), word, None, load_vocab(), held_before=held_before) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Police arrested Venezuelan opposition leader María Corina Machado.", "opposition"),
        ("Police detained opposition leader Ivan Petrov at the airport.", "opposition"),
        ("Rebels captured army general Ivan Petrov near the border.", "military"),
        ("Police arrested the opposition leader.", "opposition"),
        ("Protesters attacked Interior Minister Ivan Petrov.", "government"),
    ],
)
def test_a_modifiers_own_modifier_tells_the_role_first(nlp, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    """ "opposition leader María Corina Machado": "leader" modifies the name and "opposition"
    modifies "leader"; the innermost modifier says which body she leads, so the role is
    opposition, not government."""
    (target,) = [t for e in events(nlp, text) for t in e.targets]
    assert target.role == role


def test_a_critic_is_of_the_opposition_not_of_what_it_criticises(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Kremlin critic", "government critics": the Kremlin's and the government's critics;
    an army's officers stay the army's."""

    def targets(text: str) -> set[tuple[str, str | None]]:
        return {(p.text, p.role) for e in events(nlp, text) for p in e.targets}

    found = targets("Russia freed Kremlin critic Vladimir Kara-Murza on Thursday.")
    assert ("Vladimir Kara-Murza", "opposition") in found
    found = targets("Police arrested several government critics on Monday.")
    assert ("several government critics", "opposition") in found
    found = targets("Police arrested army officers on Monday.")
    assert ("army officers", "military") in found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Government troops shelled the village on Sunday.", "military"),
        ("Regime forces detained six students in the capital.", "military"),
        ("Government police dispersed the crowd with batons.", "police"),
        ("A government spokesman rejected the allegations.", "government"),
        ("Syrian warplanes bombed the market on Friday.", "military"),
    ],
)
def test_a_government_s_forces_are_its_military(nlp, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    """A force noun a government word modifies keeps the force's role ("government troops"
    are the military, as CAMEO codes them); an office noun stays the government's."""
    ev = next(e for e in events(nlp, text) if e.actors)
    assert ev.actors[0].role == role, ev.actors
