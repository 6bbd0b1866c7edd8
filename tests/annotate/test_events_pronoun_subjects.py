"""A pronoun subject of an adverbial clause stands for the one person named as the subject
of the clause it hangs on, by name or in apposition (events_pronouns.governing_subject), and
a pronoun in a clause set before the main clause for the main clause's subject
(events_pronouns._fronted_clause_subject). Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "person"),
    [
        ("Colonel Mark Davis will face charges if he attacks the village again.", "attacks",
         "davis"),
        ("The militia commander, Paul Okello, will be arrested if he attacks the village again.",
         "attacks", "okello"),
    ],
)  # fmt: skip
def test_a_pronoun_subject_of_an_adverbial_clause_is_the_governing_subject(
    nlp, text: str, trigger: str, person: str
) -> None:  # type: ignore[no-untyped-def]
    assert has(by_trigger(events(nlp, text), trigger).actors, person), text


def test_a_pronoun_in_a_fronted_clause_is_the_main_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "After soldiers detained her, Anna Petrova went on hunger strike."
    assert has(by_trigger(events(nlp, text), "detained").targets, "petrova")
