"""Recall audit of English event mentions on real news: the events a sentence reports that
the pipeline misses or types wrongly, judged by a person.

`audit_events.py` measures precision: are the mentions stored right? This measures the other
side on the same populations and halves (same document split, same per-article path as
`chronicler ingest`, the political-news gate included): it draws whole sentences with a fixed
seed from a half's articles, non-political ones too (those report no event to find), and stores
each with its document, character offsets, text and the mentions the pipeline stores in it.

    python bench/audit_recall.py --data bench/out/lee sample --population lee --seed 797 \
        --n 60 --out bench/audit/recall-lee-develop-797.json
    python bench/audit_recall.py --data bench/out/lee score bench/audit/recall-lee-develop-797.json

The judge fills each item's `gold` (null until judged): the events the sentence reports by
the README's standards, judged from the sentence and its article before reading the item's
`found` mentions, each an object

    {"type": "ARREST"-like PLOVER type, "mode": "..." or null, "trigger": "arrested",
     "actors": ["police"], "targets": ["man"], "main": true, "flags": []}

with `actors` / `targets` head words (empty when the sentence names none), `main` on the
sentence's main event (else the first factual one is main; a main act told as not done or to
come agrees with a flagged stored mention of its type), and `flags` only for an act the
sentence tells as not done, to come or hypothetical ("threatened to impose sanctions": the
sanctions flagged `future`, the threat itself factual), which recall does not count. An empty
list: the sentence reports no political event.

`score` re-runs the pipeline on the sampled articles and prints recall (share of factual gold
events matched by an unflagged stored mention of the same type whose trigger shares a word
with the gold trigger), with actor and target right as further columns; the agreement of the
main event's type (the stored main mention, chosen and coded as the benchmarks choose and code
a sentence's, against the gold main event; `same_main`); each miss with its
cause (`no mention`, `type`: a mention on the trigger typed otherwise, `flagged`: the right
mention flagged, `gated`: the article read as no political news); and the unflagged stored
mentions no gold event holds (a precision check per sentence). These are our own judgements,
not a gold set; the final half is for a blind sample the lead draws.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit_events import POPULATIONS, describe, population_articles

from chronicler.annotate.events_coding import plover_coding
from chronicler.annotate.nlp import annotate_articles, load_pipeline
from chronicler.annotate.topic import events_kept
from chronicler.model import Annotation, Article
from chronicler.settings import DEFAULT_SPACY_MODEL

# words that carry no event of their own: a trigger sharing only these shares nothing
TRIGGER_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "and",
        "or",
        "be",
        "is",
        "was",
        "were",
        "been",
        "has",
        "have",
        "had",
        "not",
    ]
)


def words(text: str) -> set[str]:
    """The content words of a trigger or a participant, lower-cased."""
    return {w for w in re.findall(r"[\w'-]+", text.lower()) if w not in TRIGGER_STOPWORDS}


def found_mention(stored: dict[str, Any]) -> dict[str, Any]:
    """A stored mention (as `audit_events.describe` gives it) as a recall item shows it."""
    sig = stored["signature"]
    return {
        "type": sig["type"],
        "mode": sig["mode"],
        "trigger": stored["trigger"],
        "start": int(stored["key"].rsplit(":", 1)[1]),
        "actors": sig["actors"],
        "targets": sig["targets"],
        "flags": sig["flags"],
        "main": stored["main"],
    }


@dataclass
class SentenceScore:
    """One judged sentence against today's mentions in it."""

    gold: int = 0  # factual gold events
    matched: int = 0
    actors_right: int = 0
    targets_right: int = 0
    main_agrees: bool | None = None  # None: the sentence reports no event
    misses: list[tuple[dict[str, Any], str]] = field(default_factory=list)  # (gold, cause)
    # matched with a party wrong: (gold, the mention it matched)
    parties_wrong: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    extra: list[dict[str, Any]] = field(default_factory=list)  # unflagged, in no gold event
    flagged_gold: int = 0
    flagged_matched: int = 0


def same_trigger(gold: dict[str, Any], mention: dict[str, Any]) -> bool:
    return bool(words(gold["trigger"]) & words(mention["trigger"]))


def parties_right(gold_heads: Sequence[str], stored: Sequence[str]) -> bool:
    """Every gold head word is a word of some stored participant; none stored when none is."""
    if not gold_heads:
        return not stored
    stored_words = set().union(*(words(s) for s in stored)) if stored else set()
    return all(words(head) <= stored_words for head in gold_heads)


def main_gold(gold: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The gold main event: the one marked main, a flagged one too ("insisted the Taliban
    would not surrender"), else the first factual one; None for a sentence reporting no
    factual event."""
    factual = [g for g in gold if not g.get("flags")]
    if not factual:
        return None
    marked = [g for g in gold if g.get("main")]
    return marked[0] if marked else factual[0]


def stored_main(found: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The stored main mention as the benchmarks read it (events_salience.sentence_main): the
    one marked main, else the first."""
    mains = [m for m in found if m["main"]]
    return mains[0] if mains else (found[0] if found else None)


def same_main(main: dict[str, Any], mention: dict[str, Any] | None) -> bool:
    """The stored main mention is the gold main event's: coded as the benchmarks code a
    sentence (`coded`, events_coding.plover_coding: "threatened to impose sanctions" is
    THREATEN, its sanctions the main mention), or, for a gold main act told as not done or to
    come, a flagged mention of its own type."""
    if mention is None:
        return False
    if main.get("flags"):
        return bool(mention["flags"]) and mention["type"] == main["type"]
    return bool(mention.get("coded", mention["type"]) == main["type"])


def score_sentence(
    gold: Sequence[dict[str, Any]], found: Sequence[dict[str, Any]], gated: bool = False
) -> SentenceScore:
    """Match a sentence's gold events to its stored mentions: a factual gold event to an
    unflagged mention of its type whose trigger shares a word with it (each mention matched
    once), a flagged one to a flagged mention likewise."""
    result = SentenceScore()
    used: set[int] = set()
    for event in gold:
        flagged = bool(event.get("flags"))
        candidates = [
            i
            for i, m in enumerate(found)
            if i not in used
            and m["type"] == event["type"]
            and bool(m["flags"]) == flagged
            and same_trigger(event, m)
        ]
        if flagged:
            result.flagged_gold += 1
            if candidates:
                result.flagged_matched += 1
                used.add(candidates[0])
            continue
        result.gold += 1
        if not candidates:
            result.misses.append((event, miss_cause(event, found, gated)))
            continue
        best = max(candidates, key=lambda i: parties_score(event, found[i]))
        used.add(best)
        result.matched += 1
        actor_ok = parties_right(event.get("actors", []), found[best]["actors"])
        target_ok = parties_right(event.get("targets", []), found[best]["targets"])
        result.actors_right += actor_ok
        result.targets_right += target_ok
        if not (actor_ok and target_ok):
            result.parties_wrong.append((event, found[best]))
    result.extra = [
        m
        for i, m in enumerate(found)
        if i not in used
        and not m["flags"]
        and not any(same_trigger(g, m) and g["type"] == m["type"] for g in gold)
    ]
    main = main_gold(gold)
    if main is not None:
        result.main_agrees = same_main(main, stored_main(found))
    return result


def parties_score(event: dict[str, Any], mention: dict[str, Any]) -> int:
    return parties_right(event.get("actors", []), mention["actors"]) + parties_right(
        event.get("targets", []), mention["targets"]
    )


def miss_cause(event: dict[str, Any], found: Sequence[dict[str, Any]], gated: bool) -> str:
    """Why a factual gold event has no match: the article's events gated out, the right
    mention flagged, a mention on its trigger typed otherwise, or none at all."""
    if gated:
        return "gated"
    on_trigger = [m for m in found if same_trigger(event, m)]
    if any(m["type"] == event["type"] for m in on_trigger):
        return "flagged"
    if on_trigger:
        return f"type ({on_trigger[0]['type']})"
    return "no mention"


@dataclass
class RecallTotals:
    sentences: int = 0
    with_events: int = 0
    gold: int = 0
    matched: int = 0
    actors_right: int = 0
    targets_right: int = 0
    main_agrees: int = 0
    extra: int = 0
    causes: Counter[str] = field(default_factory=Counter)

    def add(self, score: SentenceScore) -> None:
        self.sentences += 1
        self.gold += score.gold
        self.matched += score.matched
        self.actors_right += score.actors_right
        self.targets_right += score.targets_right
        self.extra += len(score.extra)
        if score.main_agrees is not None:
            self.with_events += 1
            self.main_agrees += score.main_agrees
        self.causes.update(cause.split(" (")[0] for _, cause in score.misses)

    def summary(self) -> str:
        def share(part: int, whole: int) -> str:
            return f"{part / whole:.3f}" if whole else "-"

        return (
            f"recall {share(self.matched, self.gold)} ({self.matched}/{self.gold} gold events);"
            f" of those matched, actor right {share(self.actors_right, self.matched)},"
            f" target right {share(self.targets_right, self.matched)};"
            f" main type {share(self.main_agrees, self.with_events)}"
            f" ({self.main_agrees}/{self.with_events} sentences with an event);"
            f" {self.extra} stored mentions in no gold event; {self.sentences} sentences;"
            f" misses by cause {dict(self.causes)}"
        )


def annotated(
    population: str, data: Path | None, half: str, model: str, names: set[str] | None = None
) -> list[tuple[str, Article, Annotation, Annotation]]:
    """Each article with its annotation before and after the political-news gate."""
    articles = population_articles(population, data, half, names)
    nlp = load_pipeline(model)
    found = annotate_articles([a for _, a in articles], nlp)
    return [
        (name, article, annotation, events_kept(annotation))
        for (name, article), annotation in zip(articles, found, strict=True)
    ]


def sentence_mentions(
    name: str, article: Article, annotation: Annotation, start: int
) -> list[dict[str, Any]]:
    return [
        {
            **found_mention(describe(name, article, event, short_key=False)),
            "coded": plover_coding(event),
        }
        for event in annotation.events
        if event.sentence_start == start
    ]


def cmd_sample(args: argparse.Namespace) -> int:
    docs = annotated(args.population, _data(args), args.half, args.model)
    sentences = [
        (name, article, kept, sentence)
        for name, article, _, kept in docs
        for sentence in kept.sentences
        if sentence.text.strip()
    ]
    drawn = random.Random(args.seed).sample(sentences, min(args.n, len(sentences)))
    drawn.sort(key=lambda s: (s[0], s[3].start))
    items = []
    for name, article, kept, sentence in drawn:
        topic = kept.topic
        items.append(
            {
                "key": f"{name}:{sentence.start}",
                "page": name,
                "start": sentence.start,
                "end": sentence.end,
                "sentence": article.text[sentence.start : sentence.end],
                "gold": None,
                "note": "",
                "political": topic.political if topic is not None else None,
                "found": sentence_mentions(name, article, kept, sentence.start),
            }
        )
    print(f"{len(sentences)} sentences in {len(docs)} documents; sampled {len(items)}")
    record = {
        "population": args.population,
        "half": args.half,
        "seed": args.seed,
        "sentences": len(sentences),
        "items": items,
    }
    Path(args.out).write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    record = json.loads(Path(args.judged).read_text())
    items = [i for i in record["items"] if i.get("gold") is not None]
    names = {item["page"] for item in items}
    docs = {
        name: (article, full, kept)
        for name, article, full, kept in annotated(
            record["population"], _data(args), record["half"], args.model, names
        )
    }
    totals = RecallTotals()
    for item in items:
        article, full, kept = docs[item["page"]]
        found = sentence_mentions(item["page"], article, kept, item["start"])
        gated = bool(full.events) and not kept.events
        score = score_sentence(item["gold"], found, gated)
        totals.add(score)
        if args.update:
            item["found_now"] = found
        if score.misses or score.extra or score.main_agrees is False or score.parties_wrong:
            print(f"--- {item['key']}  {' '.join(item['sentence'].split())}")
            for event, cause in score.misses:
                print(f"    MISS [{cause}] {event['type']} {event['trigger']!r}")
            for event, mention in score.parties_wrong:
                print(
                    f"    PARTIES {event['type']} {event['trigger']!r}: gold {event['actors']}"
                    f" -> {event['targets']}, stored {mention['actors']} -> {mention['targets']}"
                )
            for mention in score.extra:
                print(f"    EXTRA {mention['type']}/{mention['mode']} {mention['trigger']!r}")
            if score.main_agrees is False:
                mention = stored_main(found)
                stored = f"{mention['coded']} {mention['trigger']!r}" if mention else "none"
                print(f"    MAIN gold {main_gold(item['gold'])['type']} stored {stored}")  # type: ignore[index]
    print(f"\n{totals.summary()}")
    if args.update:
        Path(args.judged).write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
    return 0


def _data(args: argparse.Namespace) -> Path | None:
    return Path(args.data) if args.data else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", help="the population's folder (default: in ../shared/bench)")
    parser.add_argument("--model", default=DEFAULT_SPACY_MODEL)
    sub = parser.add_subparsers(dest="command", required=True)
    sample = sub.add_parser("sample", help="draw sentences for a person to judge")
    sample.add_argument("--half", choices=["develop", "final"], default="develop")
    sample.add_argument("--population", choices=POPULATIONS, default="lee")
    sample.add_argument("--n", type=int, default=60)
    sample.add_argument("--seed", type=int, default=11)
    sample.add_argument("--out", required=True, help="write the sample, gold empty, here")
    score = sub.add_parser("score", help="re-run a judged sample and print recall")
    score.add_argument("judged")
    score.add_argument("--update", action="store_true", help="store today's mentions beside")
    args = parser.parse_args(argv)
    return cmd_sample(args) if args.command == "sample" else cmd_score(args)


if __name__ == "__main__":
    sys.exit(main())
