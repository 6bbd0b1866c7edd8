"""Spanish warnings as statements of intent (`future_clause_verbs` in vocab_es.toml, read by
events_es_modality) on sentences written for these tests: "advertir" announces the act it
takes as an infinitive or as a clause in the future or conditional, so the warning is a
THREATEN of that act's content; what it warns of otherwise is told as it is."""

from __future__ import annotations

import pytest
from event_helpers import es_events, has

from chronicler.annotate.events import is_factual

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "announced", "mode"),
    [
        ("Estados Unidos advirtió con imponer sanciones a Venezuela.", "SANCTION", "restrict"),
        ("El Gobierno advirtió que expulsará a los diplomáticos.", "SANCTION", "expel"),
        ("El Gobierno advirtió que expulsaría a los diplomáticos.", "SANCTION", "expel"),
    ],
)
def test_es_a_warning_announces_the_act_it_warns_of(  # type: ignore[no-untyped-def]
    nlp_es, text: str, announced: str, mode: str
) -> None:
    evs = es_events(nlp_es, text)
    (warning,) = [e for e in evs if e.type == "THREATEN"]
    assert is_factual(warning) and warning.trigger.startswith("advirti")
    assert warning.mode == mode and any(
        k == "announces" and v.startswith(announced) for k, v in warning.attributes
    ), warning
    (act,) = [e for e in evs if e.type == announced]
    assert act.future and not is_factual(act)


def test_es_what_a_warning_tells_as_it_is_happened(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "advirtió de que mil personas siguen encarceladas": they are held; nothing announced."""
    evs = es_events(nlp_es, "La ONG advirtió de que mil personas siguen encarceladas.")
    (held,) = [e for e in evs if e.mode == "imprison"]
    assert is_factual(held) and has(held.targets, "personas")
    assert not [e for e in evs if any(k == "announces" for k, _ in e.attributes)]


@pytest.mark.parametrize(
    ("text", "announced", "said"),
    [
        (
            "El ministro español de Asuntos Exteriores, José Manuel Albares, explicó que "
            "España le otorgará el asilo político.",
            "AID/asylum",
            "explicó",
        ),
        ("Maduro aseguró que liberará a los presos políticos.", "RETREAT/release", "aseguró"),
    ],
)
def test_es_an_announcement_told_by_its_party_is_a_statement_of_intent(  # type: ignore[no-untyped-def]
    nlp_es, text: str, announced: str, said: str
) -> None:
    """With no intent word, the reporting verb is the statement when its speaker is the one
    who will act or an official of that state's government: AGREE, factual, beside the
    grant or release in the future."""
    evs = es_events(nlp_es, text)
    (statement,) = [e for e in evs if e.type == "AGREE"]
    assert statement.trigger == said and is_factual(statement)
    assert ("announces", announced) in statement.attributes
    (act,) = [e for e in evs if f"{e.type}/{e.mode}" == announced]
    assert act.future and not is_factual(act)


@pytest.mark.parametrize(
    "text",
    [
        "La líder opositora venezolana María Corina Machado dijo que Venezuela liberará a los "
        "presos.",
        "Maduro denunció que Colombia atacará a Venezuela.",
    ],
)
def test_es_an_announcement_told_by_another_is_no_statement(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """An opposition leader's account of the state's intent, a denunciation of another's:
    the reporting verb is no statement of the act's party (and "denunció" stays ACCUSE)."""
    evs = es_events(nlp_es, text)
    assert not [e for e in evs if e.type in ("AGREE", "THREATEN")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "El Departamento de Estado dijo que Washington impondrá nuevas sanciones a Rusia.",
            "Washington",
        ),
        ("El Elíseo dijo que Francia impondrá sanciones a Irán.", "Francia"),
    ],
)
def test_es_a_state_organ_named_without_its_country_speaks_for_its_state(  # type: ignore[no-untyped-def]
    nlp_es, text: str, actor: str
) -> None:
    """ "El Departamento de Estado dijo que Washington impondrá nuevas sanciones": a US organ
    (`state_organs` in roles.toml, read by the Spanish pipeline too), so the announcement is
    the state's own, a threat made, as in English; its account of another state's intent is
    none."""
    (threat,) = [e for e in es_events(nlp_es, text) if is_factual(e)]
    assert (threat.type, threat.mode) == ("THREATEN", "restrict")
    assert has(threat.actors, actor) and ("announces", "SANCTION/discontinue") in threat.attributes
    other = "El Departamento de Estado dijo que Moscú impondrá nuevas sanciones a Kiev."
    assert not [e for e in es_events(nlp_es, other) if is_factual(e)]
