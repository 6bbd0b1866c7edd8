"""WordNet relations between two event triggers, from a compact table built offline.

The table (data/resolve/wordnet_events.tsv.gz, built by bench/build_wordnet_events.py from
Princeton WordNet 3.0) lists, for each event word, its first senses, the synsets related to it
(derivation: "die"/"death"; cause and entailment: "kill" causes "die") and every synset's
hypernyms. Three measures come out of it:
- synonyms: the two words share a sense ("quake"/"earthquake", "arrest"/"apprehend");
- related: a sense of one is a derivational, cause or entailment neighbour of the other, or
  both have one such neighbour;
- Wu-Palmer similarity of their first senses (the table lists a word's verb senses, then noun,
  then adjective, each most frequent first): 2 * depth of the deepest common hypernym over
  the sum of their depths, 0 when they have no common hypernym.
A word the table does not hold (a Spanish trigger, a name) gets 0 on all three.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache

from chronicler.settings import data_path


@dataclass(frozen=True)
class Lexicon:
    version: str
    senses: dict[str, tuple[int, ...]]  # lemma -> its first senses: verb, noun, adjective
    related: dict[str, frozenset[int]]  # lemma -> derivational/cause/entailment neighbours
    parents: dict[int, tuple[int, ...]]  # synset -> hypernyms
    # WordNet's detachment rules, (suffix, replacement) in order: "oscars" -> "oscar"
    detachment: tuple[tuple[str, str], ...] = ()

    def synsets(self, word: str) -> tuple[int, ...]:
        return self.senses.get(lookup_key(self, word), ())

    def neighbours(self, word: str) -> frozenset[int]:
        return self.related.get(lookup_key(self, word), frozenset())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    path = data_path("resolve", "wordnet_events.tsv.gz")
    version = "wordnet_events"
    senses: dict[str, tuple[int, ...]] = {}
    related: dict[str, frozenset[int]] = {}
    parents: dict[int, tuple[int, ...]] = {}
    detachment: list[tuple[str, str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                if line.startswith("# wordnet_events version"):
                    version = f"wordnet_events:{line.split()[3].rstrip(':')}"
                continue
            kind, key, first, rest = line.rstrip("\n").split("\t")
            if kind == "l":
                senses[key] = tuple(int(x) for x in first.split())
                if rest:
                    related[key] = frozenset(int(x) for x in rest.split())
            elif kind == "m":
                detachment.append((key, rest))
            else:
                parents[int(key)] = tuple(int(x) for x in rest.split())
    return Lexicon(version, senses, related, parents, tuple(dict.fromkeys(detachment)))


def lookup_key(lexicon: Lexicon, word: str) -> str:
    """The table's entry for a lemma: the whole phrase as WordNet joins it ("open_fire"), else
    its last word, the head of most multi-word triggers ("drunk driving"); each as written,
    else by the first detachment rule that gives a listed word ("oscars" -> "oscar")."""
    phrase = "_".join(word.lower().split())
    for candidate in dict.fromkeys((phrase, phrase.rsplit("_", 1)[-1])):
        if candidate in lexicon.senses:
            return candidate
        for suffix, replacement in lexicon.detachment:
            base = candidate[: -len(suffix)] + replacement
            if candidate.endswith(suffix) and base in lexicon.senses:
                return base
    return phrase


def _depths(lexicon: Lexicon, synset: int, cache: dict[int, dict[int, int]]) -> dict[int, int]:
    """Every hypernym of `synset` (itself included) -> its depth, counted from a root as 1."""
    if synset in cache:
        return cache[synset]
    parents = lexicon.parents.get(synset, ())
    own: dict[int, int] = {}
    for parent in parents:
        for ancestor, depth in _depths(lexicon, parent, cache).items():
            own[ancestor] = min(own.get(ancestor, depth), depth)
    depth = 1 + min((own[p] for p in parents), default=0)
    own[synset] = depth
    cache[synset] = own
    return own


def wu_palmer(lexicon: Lexicon, a: int, b: int, cache: dict[int, dict[int, int]]) -> float:
    up_a, up_b = _depths(lexicon, a, cache), _depths(lexicon, b, cache)
    common = up_a.keys() & up_b.keys()
    if not common:
        return 0.0
    return 2 * max(up_a[c] for c in common) / (up_a[a] + up_b[b])


@dataclass(frozen=True)
class LexicalRelation:
    synonyms: float
    related: float
    wu_palmer: float


def relation(
    lexicon: Lexicon, a: str, b: str, cache: dict[int, dict[int, int]] | None = None
) -> LexicalRelation:
    """How two trigger lemmas relate in WordNet (see the module docstring)."""
    senses_a, senses_b = lexicon.synsets(a), lexicon.synsets(b)
    if not senses_a or not senses_b:
        return LexicalRelation(0.0, 0.0, 0.0)
    cache = {} if cache is None else cache
    first = senses_a[0], senses_b[0]
    synonyms = bool(set(senses_a) & set(senses_b))
    near_a, near_b = lexicon.neighbours(a), lexicon.neighbours(b)
    # one derived from the other ("die"/"death"), or both from one word ("nominee"/"nomination")
    linked = bool(near_a & set(senses_b) or near_b & set(senses_a) or near_a & near_b)
    # the most frequent senses only: the best of all sense pairs finds some likeness between
    # almost any two verbs (ECB+ train: same CoNLL F1, a weight a third as large)
    return LexicalRelation(float(synonyms), float(linked), wu_palmer(lexicon, *first, cache))
