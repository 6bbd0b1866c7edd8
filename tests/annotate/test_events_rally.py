"""Appeals that rally others for or against a third party (CAMEO 053, 113; events_rally).
Sentences written here."""

from __future__ import annotations

from functools import partial

import pytest
from event_helpers import by_trigger, events, has

from chronicler.annotate.events import extract_events, plover_coding
from chronicler.annotate.events_vocab import load_vocab

pytestmark = pytest.mark.slow


def test_an_appeal_to_back_a_third_party_rallies_support_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "urged European governments to back the Kurdish regional government": support for
    the Kurdish government (CAMEO 053), by the one appealing; the backing asked stays."""
    text = "The minister urged European governments to back the Kurdish regional government."
    evs = events(nlp, text)
    ev = by_trigger(evs, "urged")
    assert (ev.type, ev.cameo, plover_coding(ev)) == ("SUPPORT", "053", "SUPPORT")
    assert has(ev.actors, "minister") and has(ev.targets, "Kurdish")
    assert not has(ev.targets, "European")
    assert by_trigger(evs, "back").hypothetical


def test_an_appeal_for_acts_against_a_party_rallies_opposition(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "called for sanctions against Belarus", "appealed to Western nations to impose
    sanctions on the junta", "urged the United Nations to condemn Russia": opposition
    rallied against them (CAMEO 113, ACCUSE 'disapprove')."""
    for text, trigger, target in (
        ("The opposition leader called for sanctions against Belarus over the vote.", "called",
         "Belarus"),
        ("The bishop appealed to Western nations to impose sanctions on the junta.", "appealed",
         "junta"),
        ("Human rights groups urged the United Nations to condemn Russia.", "urged", "Russia"),
    ):  # fmt: skip
        ev = by_trigger(events(nlp, text), trigger)
        assert (ev.type, ev.mode, ev.cameo) == ("ACCUSE", "disapprove", "113"), text
        assert has(ev.targets, target), text


def test_an_appeal_for_the_addressees_own_act_stays_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    """An act asked of the one appealed to toward no other actor, a release or a reopening,
    or a backing of a thing, is no rallying; a demand stays a demand (CAMEO 10), and an
    appeal not made rallies no one."""
    for text, trigger in (
        ("The envoy urged Iran to release the detained British sailors.", "urged"),
        ("The senator called for the release of the jailed reporter.", "called"),
        ("The union asked its members to support the new contract.", "asked"),
        ("Jordan called on Egypt to reopen the Rafah crossing.", "called"),
        ("The premier demanded that the European Union impose sanctions on Iran.", "demanded"),
        ("The president did not urge Congress to back Israel.", "urge"),
    ):
        assert by_trigger(events(nlp, text), trigger).type == "REQUEST", text


@pytest.mark.parametrize("word", ["implore", "exhort"])
def test_an_unseen_verb_typed_as_a_request_rallies_as_an_appeal(nlp, word: str) -> None:  # type: ignore[no-untyped-def]
    """A verb no rule lists that the unseen-word fallback types as a request is an appeal as
    the listed ones are: "implored European governments to back the Kurdish government" is
    support for the Kurdish government (events-unseen 1.12.0)."""
    reduced = partial(extract_events, vocab=load_vocab().without_trigger(word))
    form = {"implore": "implored", "exhort": "exhorted"}[word]
    text = f"The minister {form} European governments to back the Kurdish regional government."
    ev = by_trigger(events(nlp, text, extract=reduced), form)
    assert dict(ev.attributes)["rule"].endswith("+unseen")
    assert (ev.type, ev.cameo) == ("SUPPORT", "053")
    assert has(ev.targets, "Kurdish") and not has(ev.targets, "European")


def test_an_unseen_verb_typed_as_a_demand_that_a_thing_be_done_stays_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    """Typed as a request, an unseen verb with a "that" clause asks no one to act: no rallying
    (events-unseen 1.12.0)."""
    reduced = partial(extract_events, vocab=load_vocab().without_trigger("demand"))
    text = "The premier demanded that the European Union impose sanctions on Iran."
    ev = by_trigger(events(nlp, text, extract=reduced), "demanded")
    assert ev.type == "REQUEST"


def test_an_appeal_for_measures_against_a_party_backs_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """events_rally._opposed (roles 1.153.1): what the asked measures are against is opposed,
    so the appeal stays a request to the one asked."""
    text = (
        "The minister will present a draft resolution next week asking the Security Council "
        "to authorize all necessary measures against smuggling from Ruritania."
    )
    ev = by_trigger(events(nlp, text), "asking")
    assert ev.type == "REQUEST"


def test_an_act_coordinated_with_the_appeal_is_not_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "appealed for help from the council and accused the governor of ...": the accusation is
    the appealer's own act, no opposition rallied; the appeal stays a request."""
    text = (
        "The rebel leaders appealed for help from the Security Council on Monday and accused "
        "the governor of starting a war against the villages."
    )
    evs = events(nlp, text)
    ev = by_trigger(evs, "appealed")
    assert ev.type == "REQUEST" and not has(ev.targets, "governor")
    assert by_trigger(evs, "accused").type == "ACCUSE"
