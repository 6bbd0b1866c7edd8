"""The topic reading (annotate/topic.py) of every develop audit article, beside its judged items.

For each document of the develop audit samples (bench/audit/develop-*.json; never the final
files), prints its words, sentences, score and reading, and how its sampled mentions were
judged (the last verdict of each item, as `audit_events.py score` keeps it), so the threshold
is chosen on develop documents only. Then, per population and for a range of thresholds, how
many judged items an article-level gate would leave out, right (event reported) and wrong.

    python bench/analyse_topic.py                 # every develop population
    python bench/analyse_topic.py --population pages --quiet
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from audit_events import EVENT_OK, population_articles

from chronicler.annotate.nlp import ENTITY_LABELS, LABEL_MAP, load_pipeline, parse_texts
from chronicler.annotate.topic import load_topic_lexicon, read_topic, reads_political
from chronicler.model import Mention, TopicReading
from chronicler.settings import DEFAULT_SPACY_MODEL

AUDIT = Path(__file__).resolve().parent / "audit"


def develop_items() -> dict[str, list[dict[str, Any]]]:
    """population -> every item of the develop samples (an item sampled twice counts twice)."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for path in sorted(AUDIT.glob("develop-*.json")):
        record = json.loads(path.read_text())
        population = record.get("population", "pages")
        if not isinstance(population, str):
            population = "pages"
        out[population].extend(record["items"])
    return out


def last_verdict(item: dict[str, Any]) -> str:
    return str(item["judged"][-1].get("verdict") or "")


def readings(population: str, names: set[str], model: str) -> dict[str, TopicReading]:
    articles = population_articles(population, None, "develop", names)
    nlp = load_pipeline(model)
    out = {}
    docs = parse_texts(nlp, (a.text for _, a in articles))
    for (name, _), doc in zip(articles, docs, strict=True):
        mentions = [
            Mention(e.start_char, e.end_char, e.text, LABEL_MAP.get(e.label_, e.label_), 0)
            for e in doc.ents
            if LABEL_MAP.get(e.label_, e.label_) in ENTITY_LABELS
        ]
        sentences = sum(1 for s in doc.sents if s.text.strip())
        out[name] = read_topic(doc, mentions, sentences)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--population", action="append", help="pages, timebank or ecbplus")
    parser.add_argument("--model", default=DEFAULT_SPACY_MODEL)
    parser.add_argument("--quiet", action="store_true", help="the summary only")
    parser.add_argument("--min-words", type=int, help="a candidate min_words (topic.toml's)")
    parser.add_argument("--min-sentences", type=int, help="a candidate min_sentences")
    parser.add_argument("--min-political", type=float, help="a candidate min_political")
    args = parser.parse_args(argv)
    lexicon = load_topic_lexicon()
    lexicon = replace(
        lexicon,
        min_words=lexicon.min_words if args.min_words is None else args.min_words,
        min_sentences=lexicon.min_sentences if args.min_sentences is None else args.min_sentences,
        min_political=(lexicon.min_political if args.min_political is None else args.min_political),
    )
    items = develop_items()
    thresholds = sorted({lexicon.threshold, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0})
    for population in args.population or sorted(items):
        by_page: dict[str, list[str]] = defaultdict(list)
        for item in items[population]:
            verdict = last_verdict(item)
            if verdict:
                by_page[item["page"]].append(verdict)
        read = readings(population, set(by_page), args.model)
        print(f"== {population}: {len(read)} documents, {sum(map(len, by_page.values()))} items")
        if not args.quiet:
            for page in sorted(read, key=lambda p: read[p].score):
                r, verdicts = read[page], Counter(by_page[page])
                right = sum(n for v, n in verdicts.items() if v in EVENT_OK)
                print(
                    f"{page[:40]:40} words={r.words:5} sents={r.sentences:4} "
                    f"political={r.political_words:4} names={r.peoples_and_states:4} "
                    f"score={r.score:5.2f} {'judged' if r.judged else 'short '} "
                    f"right={right:3} wrong={sum(verdicts.values()) - right:3} {dict(verdicts)}"
                )
        # the score threshold swept at the lexicon's min_political, then min_political at its
        # threshold
        shares = sorted({lexicon.min_political, 0.3, 0.5, 0.7, 1.0})
        settings = [(t, lexicon.min_political) for t in thresholds] + [
            (lexicon.threshold, m) for m in shares if m != lexicon.min_political
        ]
        for threshold, min_political in settings:
            right = wrong = pages = 0
            at = replace(lexicon, threshold=threshold, min_political=min_political)
            for page, r in read.items():
                share = 100.0 * r.political_words / r.words if r.words else 0.0
                judged = r.words >= at.min_words and r.sentences >= at.min_sentences
                if not judged or reads_political(r.score, share, at):
                    continue
                pages += 1
                right += sum(v in EVENT_OK for v in by_page[page])
                wrong += sum(v not in EVENT_OK for v in by_page[page])
            mark = " (topic.toml)" if at == lexicon else ""
            print(
                f"threshold {threshold:4.1f} min_political {min_political:3.1f}{mark}: "
                f"{pages} documents out, items removed right {right}, wrong {wrong}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
