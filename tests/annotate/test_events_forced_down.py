"""A person forced to the ground is assaulted by hand (ASSAULT 'beat', CAMEO 182) in English
and Spanish; the one a verb of seeing or showing shows undergoing it is its target, and a
name the parser hung on the "of" noun of a title names the title's holder. Sentences
written here."""

from __future__ import annotations

from event_helpers import by_trigger, es_events, events, has


def test_wrestled_to_the_ground_is_a_beating_of_the_one_shown(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Footage aired by a local channel showed the consulate's head of security, "
        "Marta Ruiz, being wrestled to the ground as she tried to stop the agents."
    )
    ev = by_trigger(events(nlp, text), "wrestled")
    assert (ev.type, ev.mode, ev.cameo) == ("ASSAULT", "beat", "182")
    assert [t.text for t in ev.targets] == ["Marta Ruiz"], ev.targets
    assert not has(ev.targets, "channel")


def test_what_a_verb_of_seeing_shows_undergoes_the_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A video showed protesters being dragged to the ground by soldiers."
    ev = by_trigger(events(nlp, text), "dragged")
    assert ev.mode == "beat" and has(ev.targets, "protesters") and has(ev.actors, "soldiers")
    # a clause opened by "as" is the subject's own: the onlookers did not shout at themselves
    text = "Witnesses watched the riot police as they charged the crowd."
    assert not [e for e in events(nlp, text) if has(e.targets, "riot police")]


def test_wrestling_with_a_problem_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister wrestled with the budget for weeks."
    assert not [e for e in events(nlp, text) if e.mode == "beat"]


def test_spanish_derribado_al_suelo_is_a_beating(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El cónsul, Pedro Arias, fue derribado al suelo cuando intentaba detener a los agentes."
    ev = by_trigger(es_events(nlp_es, text), "derribado")
    assert (ev.type, ev.mode, ev.cameo) == ("ASSAULT", "beat", "182")
    assert has(ev.targets, "arias")
    # a plane brought down is no beating
    plane = [e for e in es_events(nlp_es, "El ejército derribó un avión.") if e.mode == "beat"]
    assert not plane
