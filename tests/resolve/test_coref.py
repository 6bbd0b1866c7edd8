from __future__ import annotations

import numpy as np

from chronicler.resolve.coref import (
    FEATURES,
    CorefMention,
    agglomerate,
    cluster_mentions,
    coding_agreement,
    context_window,
    feature_tensor,
    load_scorer,
    trigger_key,
)


def _m(key: str, doc: str, lemma: str, sentence: str, **args: frozenset[str]) -> CorefMention:
    return CorefMention(key, doc, lemma, sentence, 0, **args)


def test_scorer_data_names_every_feature() -> None:
    scorer = load_scorer()
    assert scorer.weights.shape == (len(FEATURES),)
    assert 0.0 < scorer.threshold < 1.0
    assert scorer.version.startswith("event_coref.json:")


def test_trigger_key_meets_inflections() -> None:
    assert trigger_key("released") == trigger_key("releasing") == trigger_key("release")


def test_agglomerate_average_linkage_and_cannot_link() -> None:
    sim = np.array(
        [
            [1.0, 0.9, 0.8, 0.0],
            [0.9, 1.0, 0.7, 0.1],
            [0.8, 0.7, 1.0, 0.0],
            [0.0, 0.1, 0.0, 1.0],
        ]
    )
    assert agglomerate(sim, 0.5) == [0, 0, 0, 1]
    allowed = np.ones((4, 4), dtype=bool)
    allowed[0, 2] = allowed[2, 0] = False  # 2 may not join 0's cluster, even through 1
    assert agglomerate(sim, 0.5, allowed) == [0, 0, 1, 2]
    assert agglomerate(sim, 0.95) == [0, 1, 2, 3]
    assert agglomerate(np.zeros((0, 0)), 0.5) == []


def test_features_see_lemma_form_and_argument_conflict() -> None:
    mentions = [
        _m("1", "a", "earthquake", "A quake hit Sulawesi.", places=frozenset({"sulawesi"})),
        _m("2", "b", "quake", "The quake killed 3 in Sulawesi.", places=frozenset({"sulawesi"})),
        _m("3", "c", "quake", "A quake shook Chile.", places=frozenset({"chile"})),
    ]
    tensor = feature_tensor(mentions, None)
    f = {name: i for i, name in enumerate(FEATURES)}
    assert tensor[0, 1, f["lemma_contains"]] == 1.0
    assert tensor[1, 2, f["same_lemma"]] == 1.0
    assert tensor[0, 1, f["places_shared"]] == 1.0
    assert tensor[1, 2, f["places_conflict"]] == 1.0
    assert tensor[0, 1, f["same_doc"]] == 0.0


def test_cluster_mentions_by_lemma_without_embeddings() -> None:
    mentions = [
        _m("1", "a", "release", "Torres was released on Saturday."),
        _m("2", "b", "released", "The general was released from prison."),
        _m("3", "b", "arrest", "He had been arrested in 2018."),
    ]
    labels = cluster_mentions(mentions)
    assert labels[0] == labels[1] != labels[2]


def test_cluster_mentions_joins_synonyms_through_embeddings() -> None:
    vectors = {"slay": [1.0, 0.0], "kill": [0.98, 0.2], "arrest": [0.0, 1.0]}

    def embed(texts: list[str]) -> np.ndarray:
        return np.array([vectors.get(t, [0.5, 0.5]) for t in texts])

    mentions = [
        _m("1", "a", "slay", "The man was slain."),
        _m("2", "b", "kill", "The man was killed."),
        _m("3", "b", "arrest", "Police arrested a suspect."),
    ]
    labels = cluster_mentions(mentions, embed)
    assert labels[0] == labels[1] != labels[2]


def test_context_window_keeps_words_around_the_trigger() -> None:
    sentence = "On Sunday a strong quake struck the island of Sulawesi , officials said"
    start = sentence.index("struck")
    assert context_window(sentence, start, start + 6) == "a strong quake struck the island of"
    assert context_window(sentence, 0, 2, width=2) == "On Sunday a"


def test_two_reporting_mentions_are_flagged() -> None:
    mentions = [
        _m("1", "a", "say", "Police said the man fled."),
        _m("2", "b", "say", "The mayor said he was sad."),
        _m("3", "b", "flee", "The man fled."),
    ]
    reporting = load_scorer().reporting
    assert "say" in reporting
    tensor = feature_tensor(mentions, None, reporting)
    f = FEATURES.index("both_reporting")
    assert tensor[0, 1, f] == 1.0 and tensor[0, 2, f] == 0.0


def test_trigger_arguments_are_compared_for_conflict() -> None:
    mentions = [
        CorefMention(key, key, "check into", "X checks into rehab.", 0, subjects=frozenset({s}))
        for key, s in (("1", "lohan"), ("2", "lohan"), ("3", "reid"))
    ]
    tensor = feature_tensor(mentions, None)
    shared, conflict = FEATURES.index("subjects_shared"), FEATURES.index("subjects_conflict")
    assert tensor[0, 1, shared] == 1.0 and tensor[0, 1, conflict] == 0.0
    assert tensor[1, 2, shared] == 0.0 and tensor[1, 2, conflict] == 1.0


def test_coding_agreement_meets_different_words_of_one_mode() -> None:
    arrest = frozenset({"COERCE", "COERCE/arrest"})
    custody = frozenset({"COERCE", "COERCE/arrest"})
    seize = frozenset({"COERCE", "COERCE/seize"})
    shot = frozenset({"ASSAULT", "ASSAULT/firearms"})
    assert coding_agreement(arrest, custody) == (1.0, 0.0)
    assert coding_agreement(arrest, seize) == (0.0, 0.0)  # one type, other modes
    assert coding_agreement(arrest, shot) == (0.0, 1.0)  # an assault is no arrest
    assert coding_agreement(arrest, frozenset()) == (0.0, 0.0)  # uncoded: no evidence
    assert coding_agreement(frozenset({"ASSAULT"}), frozenset({"ASSAULT"})) == (0.0, 0.0)


def test_feature_tensor_carries_the_coded_columns() -> None:
    coded = {
        "1": frozenset({"COERCE", "COERCE/arrest"}),
        "2": frozenset({"COERCE", "COERCE/arrest"}),
        "3": frozenset({"ASSAULT", "ASSAULT/firearms"}),
        "4": frozenset(),
    }
    sentences = {
        "1": "Police arrested the singer on Monday.",
        "2": "The singer was taken into custody.",
        "3": "A gunman shot two guards.",
        "4": "Fans gathered outside.",
    }
    lemmas = {"1": "arrest", "2": "custody", "3": "shoot", "4": "gather"}
    mentions = [
        CorefMention(k, k, lemmas[k], sentences[k], 0, codings=coded[k]) for k in sorted(coded)
    ]
    tensor = feature_tensor(mentions, None)
    mode, conflict = FEATURES.index("coded_mode_shared"), FEATURES.index("coded_type_conflict")
    assert tensor[0, 1, mode] == tensor[1, 0, mode] == 1.0
    assert tensor[0, 2, conflict] == 1.0 and tensor[0, 2, mode] == 0.0
    assert tensor[0, 3, mode] == tensor[0, 3, conflict] == 0.0
    # the WordNet columns still sit before the coded ones
    assert FEATURES.index("wordnet_wu_palmer") + 1 == mode
