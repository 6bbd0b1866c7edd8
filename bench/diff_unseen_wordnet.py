"""The rows a rebuild of the unseen-word table adds, drops or changes, one line each, for the
hand review bench/build_unseen_wordnet.py asks for (unseen.toml [table_review]).

    python bench/build_unseen_wordnet.py /tmp/rebuilt.tsv.gz
    python bench/diff_unseen_wordnet.py src/chronicler/data/events/unseen_wordnet.tsv.gz \\
        /tmp/rebuilt.tsv.gz > /tmp/review.txt

Each line: how often the word occurs in the ECB+ develop documents (train topics, the audit's
develop half: the reading order, never a benchmark's sentences), N new / C changed / D
dropped, K when the vocabulary lists the word (its row then serves only leave-lemma-out) or u,
the word, its part of speech and lexicographer file, [the type its neighbours vote for with
no object or context -> after], then each voted type with its weight and the links behind it
(word:relation, the unseen word's sense, the neighbour's own sense). "NONE" is a blocking
rule's vote, a "?" a type whose first rule needs an object or a context word. A changed row
also names the neighbours added (+) and gone (-). A row whose weighed links are all as
before (an anchor list changed, nothing it votes) is not listed.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ecbplus_docs import DEV_TOPICS, load_docs

from chronicler.annotate.events_unseen_data import (
    UnseenSettings,
    load_settings,
    parse_entry,
    parse_table,
)
from chronicler.annotate.events_unseen_index import _Index, _index, _weights
from chronicler.annotate.events_vocab import NO_EVENT, Rule, load_vocab

ECBPLUS = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "ecbplus"


def _table(path: Path) -> dict[tuple[str, str], str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return parse_table(fh.read().splitlines())[1]


def _develop_forms(data: Path) -> Counter[str]:
    """Word forms of the ECB+ develop documents (train topics, even first hash byte)."""
    out: Counter[str] = Counter()
    for doc in load_docs(data):
        if doc.topic not in DEV_TOPICS and hashlib.sha1(doc.name.encode()).digest()[0] % 2 == 0:
            out.update(re.findall(r"[a-z]+", doc.text.lower()))
    return out


def _frequency(forms: Counter[str], lemma: str, pos: str) -> int:
    base = lemma.split("_")[0]
    found = {base, base + "s", base + "es"}
    if pos == "v":
        found |= {base + "ed", base + "d", base + "ing", base[:-1] + "ing"}
        if len(base) > 2 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou":
            found |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    if base.endswith("y"):
        found |= {base[:-1] + "ies", base[:-1] + "ied"}
    return sum(forms[f] for f in found)


def _bare_type(rules: tuple[Rule, ...]) -> str:
    plain = [r for r in rules if not (r.objects or r.context)]
    if plain:
        return plain[0].type
    return f"{rules[0].type}?" if rules else "-"


def _vote(row: str, index: _Index, settings: UnseenSettings) -> tuple[str, str]:
    by_type: dict[str, float] = defaultdict(float)
    via: dict[str, list[str]] = defaultdict(list)
    for (word, pos), (weight, link) in _weights(parse_entry(row), index, settings).items():
        kind = _bare_type(index.rules.get((pos, word), ()))
        by_type[kind] += weight
        tag = "" if pos == "v" else ".n"
        via[kind].append(f"{word}{tag}:{link.relation}{link.rank}{link.own_rank}")
    total = sum(by_type.values())
    ranked = sorted(by_type.items(), key=lambda kv: -kv[1])
    text = " | ".join(f"{t} {w:.2f} ({','.join(via[t][:5])})" for t, w in ranked)
    lead = ranked[0] if ranked else ("-", 0.0)
    wins = (
        lead[0] not in (NO_EVENT, "-")
        and lead[1] >= settings.min_votes
        and lead[1] / total >= settings.min_share
    )
    return (lead[0].rstrip("?") if wins else "none"), text


def _signature(row: str, index: _Index, settings: UnseenSettings) -> list[tuple[object, ...]]:
    entry = parse_entry(row)
    links = _weights(entry, index, settings).values()
    return [
        entry.lexname,
        *sorted((n.word, n.pos, n.relation, n.rank, n.own_rank, round(w, 6)) for w, n in links),
    ]


def _words(row: str) -> set[str]:
    return {
        c.split("/")[0] + ("" if c.split("/")[1] == "v" else ".n")
        for c in row.split("\t")[1].split()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--ecbplus", type=Path, default=ECBPLUS)
    args = parser.parse_args(argv)
    old, new = _table(args.old), _table(args.new)
    settings = load_settings()
    index = _index(load_vocab(), settings)
    forms = _develop_forms(args.ecbplus)
    lines = []
    for key in sorted(set(old) | set(new)):
        word, pos = key
        listed = "K" if word.split("_")[0] in index.known or word in index.known_as[pos] else "u"
        if key in old and key in new:
            if old[key] == new[key] or _signature(old[key], index, settings) == _signature(
                new[key], index, settings
            ):
                continue
            before, _ = _vote(old[key], index, settings)
            after, text = _vote(new[key], index, settings)
            added = ",".join(sorted(_words(new[key]) - _words(old[key])))
            gone = ",".join(sorted(_words(old[key]) - _words(new[key])))
            line = f"C{listed} {word} {pos} [{before} -> {after}] +{added} -{gone} :: {text}"
            row = new[key]
        else:
            row = new.get(key) or old[key]
            vote, text = _vote(row, index, settings)
            line = f"{'N' if key in new else 'D'}{listed} {word} {pos} [{vote}] :: {text}"
        lexname = row.split("\t")[0].split(".")[-1]
        line = line.replace(f" {pos} [", f" {pos} {lexname} [", 1)
        lines.append((-_frequency(forms, word, pos), word, pos, line))
    for minus, _, _, line in sorted(lines):
        print(f"{-minus:5d} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
