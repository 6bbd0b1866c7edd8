from __future__ import annotations

import numpy as np
import pytest

from chronicler.resolve.coref import FEATURES, CorefMention, feature_tensor
from chronicler.resolve.lexical import Lexicon, load_lexicon, lookup_key, relation, wu_palmer


def _tiny() -> Lexicon:
    """entity(0) <- event(1) <- killing(2), death(3); event <- arrest(4); 5 has no parent.
    "kill" derives "killing" and causes "die", whose sense is death's (3)."""
    return Lexicon(
        "tiny",
        senses={
            "killing": (2,),
            "kill": (2,),
            "slaying": (2,),
            "death": (3,),
            "die": (3,),
            "arrest": (4,),
            "blue": (5,),
        },
        related={"kill": frozenset({3})},
        parents={0: (), 1: (0,), 2: (1,), 3: (1,), 4: (1,), 5: ()},
        detachment=(("s", ""), ("ings", "ing")),
    )


def test_wu_palmer_counts_depth_from_the_root() -> None:
    lex, cache = _tiny(), {}  # type: ignore[var-annotated]
    assert wu_palmer(lex, 2, 2, cache) == 1.0
    assert wu_palmer(lex, 2, 4, cache) == pytest.approx(2 * 2 / (3 + 3))  # common: event
    assert wu_palmer(lex, 2, 5, cache) == 0.0  # no common hypernym


def test_relation_synonyms_links_and_unknown_words() -> None:
    lex = _tiny()
    assert relation(lex, "killing", "slaying").synonyms == 1.0
    kill_death = relation(lex, "kill", "death")
    assert kill_death.synonyms == 0.0 and kill_death.related == 1.0
    assert relation(lex, "death", "kill").related == 1.0  # symmetric
    assert relation(lex, "arrest", "death").related == 0.0
    # a word the table lacks (a Spanish trigger) relates to nothing
    assert relation(lex, "detención", "arrest") == relation(lex, "x", "y")
    assert relation(lex, "detención", "arrest").wu_palmer == 0.0


def test_lookup_detaches_suffixes_and_falls_back_to_the_head_word() -> None:
    lex = _tiny()
    assert lookup_key(lex, "killings") == "killing"
    assert lookup_key(lex, "Deaths") == "death"
    assert lookup_key(lex, "mass killing") == "killing"
    assert lex.synsets("brutal slayings") == (2,)


def test_shipped_table_relates_event_words() -> None:
    lex = load_lexicon()
    assert lex.version.startswith("wordnet_events:")
    assert relation(lex, "quake", "earthquake").synonyms == 1.0
    assert relation(lex, "die", "death").related == 1.0  # derivation
    assert relation(lex, "kill", "death").related == 1.0  # kill causes die -> death
    assert relation(lex, "arrest", "apprehend").synonyms == 1.0
    assert relation(lex, "murder", "kill").wu_palmer > relation(lex, "murder", "say").wu_palmer
    assert relation(lex, "arrest", "release").synonyms == 0.0


def test_feature_tensor_carries_the_wordnet_columns() -> None:
    mentions = [
        CorefMention(k, k, lemma, f"Someone {lemma}.", 0)
        for k, lemma in (("1", "quake"), ("2", "earthquake"), ("3", "arrest"), ("4", "Earthquakes"))
    ]
    tensor = feature_tensor(mentions, None, lexicon=_tiny())
    synonyms = FEATURES.index("wordnet_synonyms")
    assert np.all(tensor[:, :, synonyms] == 0.0)  # the tiny table knows none of them
    tensor = feature_tensor(mentions, None)
    assert tensor[0, 1, synonyms] == 1.0 and tensor[1, 0, synonyms] == 1.0
    assert tensor[0, 2, synonyms] == 0.0
    wu_palmer = FEATURES.index("wordnet_wu_palmer")
    assert tensor[1, 3, wu_palmer] == 1.0  # one first sense
    assert tensor[0, 1, wu_palmer] == 0.0  # a verb ("quiver") first for "quake"
