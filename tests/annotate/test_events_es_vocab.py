"""Spanish vocabulary rules (data/events/vocab_es.toml, read by annotate.events_es_vocab): a
rule that fires only with no object, the blocked things of the obstruct rule, and the
prepositions whose noun tells a circumstance rather than the sentence's event."""

from __future__ import annotations

import pytest
from event_helpers import es_events as events
from event_helpers import has

from chronicler.annotate.events_es_vocab import parse_vocab_es

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def test_without_object_is_read_from_the_table() -> None:
    raw = {"rules": [{"id": "x", "type": "PROTEST", "nouns": ["bloqueo"], "without_object": True}]}
    assert parse_vocab_es(raw).rules[0].without_object
    raw["rules"][0].pop("without_object")
    assert not parse_vocab_es(raw).rules[0].without_object


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Grupos de campesinos mantenían un persistente bloqueo con piedras en las carreteras.",
         "bloqueo", "campesinos"),
        ("Los indígenas radicalizan la paralización en la zona rural.", "paralización",
         "indígenas"),
    ],
)  # fmt: skip
def test_blockade_named_without_what_it_blocks(nlp_es, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp_es, text) if e.trigger == trigger)
    assert (ev.type, ev.mode) == ("PROTEST", "obstruct") and has(ev.actors, actor)


def test_an_embargo_is_no_blockade_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Estados Unidos mantiene el bloqueo económico contra Cuba.")
    assert not [e for e in evs if e.mode == "obstruct"]


def test_blockade_of_border_posts(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Transportistas hondureños bloquean puestos fronterizos con Nicaragua."
    ev = next(e for e in events(nlp_es, text) if e.mode == "obstruct")
    assert has(ev.actors, "transportistas") and has(ev.targets, "puestos")


def test_support_told_as_a_circumstance_is_not_the_main_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Con el apoyo de varias organizaciones, los maestros realizaron una huelga de dos días."
    main = next(e for e in events(nlp_es, text) if e.main)
    assert (main.type, main.mode) == ("PROTEST", "strike")


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # the trigger's own preposition is no counter-evidence ("manifestó su pesar" is)
        ("Los camiones partieron del puerto a pesar de las manifestaciones de los defensores de "
         "los animales.", "manifestaciones", "defensores"),
        # nor the frame noun it completes ("campaña" tells "la marcha de la campaña" apart)
        ("El capitán habló de los barcos que han participado en la campaña de protesta.",
         "protesta", "barcos"),
    ],
)  # fmt: skip
def test_own_preposition_and_frame_are_no_counter_evidence(
    nlp_es, text: str, trigger: str, actor: str
) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp_es, text) if e.trigger == trigger)
    assert ev.type == "PROTEST" and has(ev.actors, actor)


def test_expressed_sorrow_is_still_no_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El presidente manifestó su pesar por la muerte del periodista.")
    assert not [e for e in evs if e.type == "PROTEST"]


def test_finite_verb_hung_on_a_headline_noun_is_an_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Boicot francés: los exportadores de frutas amenazan con presentar denuncia"
    ev = next(e for e in events(nlp_es, text) if e.type == "THREATEN")
    assert has(ev.actors, "exportadores")


def test_words_of_a_name_are_no_counter_evidence(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # "Intereses" of the office's name is no "manifestó su interés"
    text = (
        "El caso dio lugar a ruidosas manifestaciones de protesta de grupos cubanos frente a la "
        "Sección de Intereses de Estados Unidos en La Habana."
    )
    ev = next(e for e in events(nlp_es, text) if e.type == "PROTEST")
    assert has(ev.actors, "grupos cubanos") and has(ev.targets, "sección")


def _parsed(words: list[str], pos: list[str], deps: list[str], heads: list[int]):  # type: ignore[no-untyped-def]
    """A Doc parsed as given (the small model's reading of a sentence, fixed for the test)."""
    import spacy
    from spacy.tokens import Doc

    lemmas = [w.lower() for w in words]
    lemmas[words.index("permaneció")] = "permanecer"
    return Doc(spacy.blank("es").vocab, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


def test_a_participle_read_as_a_noun_after_a_verb_of_state_is_its_verb() -> None:
    """ "Ruiz permaneció recluida en ...": the model tags the feminine participle a noun, the
    bare object of "permaneció"; it is "recluir" (predicative_verbs), and so the held rule's
    "permanecer recluir" is found. "permaneció la recluida" (an article) stays a noun."""
    from chronicler.annotate.events_es_vocab import candidate_lemmas, load_vocab_es

    vocab = load_vocab_es()
    words = ["Ruiz", "permaneció", "recluida", "en", "Oruro"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN"]
    doc = _parsed(words, pos, ["nsubj", "ROOT", "obj", "case", "obl"], [1, 1, 1, 4, 1])
    assert "recluir" in candidate_lemmas(doc[2], vocab)
    words = ["Ruiz", "permaneció", "la", "recluida", "en", "Oruro"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"]
    deps = ["nsubj", "ROOT", "det", "obj", "case", "obl"]
    doc = _parsed(words, pos, deps, [1, 1, 3, 1, 5, 1])
    assert "recluir" not in candidate_lemmas(doc[3], vocab)


def test_without_trigger_leaves_the_word_out_accented_or_not() -> None:
    """Spanish leave-lemma-out (bench/bench_unseen_es.py): the word goes from every rule's
    words and phrases, both spellings; a rule whose condition named only it goes too; a word
    list loses it."""
    from chronicler.annotate.events_es_vocab import load_vocab_es

    raw = {
        "rules": [
            {"id": "arrest", "type": "COERCE", "verbs": ["detener", "arrestar"],
             "nouns": ["detención"], "phrases": ["poner libertad"]},
            {"id": "ban", "type": "COERCE", "verbs": ["suspender"], "objects": ["detención"]},
        ]
    }  # fmt: skip
    vocab = parse_vocab_es(raw).without_trigger("detención")
    (arrest,) = vocab.rules
    assert "detencion" not in arrest.nouns and "detención" not in arrest.nouns
    assert "detener" in arrest.verbs and "detencion" not in arrest.heads
    assert not parse_vocab_es(raw).without_trigger("poner").rules[0].phrases
    full = load_vocab_es()
    listed = next(name for name, words in full.attributes.items() if words)
    word = sorted(full.words(listed))[0]
    assert word not in full.without_trigger(word).words(listed)


@pytest.mark.parametrize(
    "text",
    [
        "Los precios del combustible se dispararon en marzo.",
        "La inflación se disparó tras la devaluación.",
    ],
)
def test_figure_that_shoots_up_is_no_shooting(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type == "ASSAULT"]


def test_shooting_stays_a_shooting(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los soldados dispararon contra los manifestantes.")
    assert [e for e in evs if e.mode == "firearms"]


@pytest.mark.parametrize(
    "text",
    ["Los soldados mataron a los perros del pueblo.",
     "Los balleneros japoneses matan ballenas en el Antártico."],
)  # fmt: skip
def test_animals_killed_are_no_assault(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type == "ASSAULT"]
    assert [e for e in events(nlp_es, "Los soldados mataron a los campesinos.")
            if e.type == "ASSAULT"]  # fmt: skip
