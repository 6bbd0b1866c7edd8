"""Precision audit of English event mentions on real news pages: a sample for a person to judge.

The gold event sets score only each sentence's main event; this audit looks at every mention
the pipeline stores. It runs the real per-article path (clean the HTML page, annotate with the
English pipeline, as `chronicler ingest` does) over the dev pages of the article-extraction
benchmark (../shared/bench/article_extraction; page ids starting 0-3 are held out there and
never read here), draws a fixed-seed sample of event mentions and prints each with its
sentence, type/mode, trigger, participants and flags.

The dev pages are split in two disjoint halves by page id, so that the sample errors are
studied on (`develop`) never overlaps the sample precision is reported on (`final`):

    python bench/audit_events.py sample --half develop --n 60 --seed 11 --out FILE.json
    python bench/audit_events.py score bench/audit/final.json      # after changing the code

By 2026-12-04 new develop samples of those pages were mostly mentions already judged, so two
more populations of real news text give fresh ones (`--population`, stored in the sample):
`timebank`, the TempEval-3 TimeBank and AQUAINT articles the dates benchmark does not hold
out (read as plain text with their creation time as the declared date), and `ecbplus`, the
ECB+ documents of the resolve benchmark's train topics (its dev topics are never read here).
Each is split in halves by a hash of the document name, as the pages are by their id.

    python bench/audit_events.py sample --population timebank --seed 5 --out FILE.json

By 2026-12-06 those were nearly used up too (under 50 fresh ECB+ mentions, 14 TimeBank ones),
so a fourth population, `goldsets`, reads the English gold sets' dev sentences (PLOVER GSR and
PETR2, never a held-out record) one sentence per article and samples only their secondary
mentions: the main event of each is what `bench_events.py` scores. Those sentences are the
ones the vocabulary was built against, so their precision is no fresh estimate of news at
large; their secondary mentions were never judged.

On 2026-12-06 (thirty-ninth session) a fifth population, `ecbdev`, reads the ECB+ documents of
the resolve benchmark's dev topics, halved as the others: real news that no event rule was
written from. The resolve benchmark tunes its thresholds on those topics anyway, and its train
topics' figures stay beside the dev ones to show what reading them changes.

On 2026-12-07 (forty-second session) that population was used up too, so a sixth, `lee`,
reads the Lee corpus: 350 Australian Broadcasting Corporation news articles of December 2001
and January 2002 (Lee, Pincombe and Welsh 2005) that gensim ships as test data. No rule here
was written from them, and many are not political (bushfires, cricket), which tests the
political-news filter too. They come from the pinned gensim wheel, never installed:

    make lee-corpus        # pip download gensim==4.3.3 --no-deps into bench/out/lee
    python bench/audit_events.py sample --population lee --seed 719 --out FILE.json

The articles carry no date, so their event dates are not judged.

`sample` writes the sample with an empty verdict per item; a reviewer fills in `verdict`
(one of VERDICTS) and `category` (the kind of error). `score` re-runs the pipeline on the
sample's pages, matches each judged item to today's mention at the same trigger, reuses a
verdict when the mention is unchanged, lists the changed ones for judging (their new verdict
is added to the item's `judged` list), counts removed ones apart, and prints precision.
These are our own judgements on real pages, not a gold set.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import html_text
from bench_dates import held_out as dates_held_out
from bench_dates import read_timeml
from bench_events import load_sets
from ecbplus_docs import DEV_TOPICS
from ecbplus_docs import load_docs as load_ecbplus

from chronicler.annotate.nlp import annotate_articles, load_pipeline
from chronicler.annotate.topic import events_kept
from chronicler.clean import clean_document
from chronicler.model import Article, DeclaredMetadata, EventMention, Participant, RawDocument
from chronicler.settings import DEFAULT_SPACY_MODEL

HELD_OUT_PREFIXES = tuple("0123")  # the benchmark's held-out pages (bench_clean.py)
# an event of this type is reported (arguments aside) / everything about it is right
EVENT_OK = frozenset({"correct", "wrong_actor", "wrong_target"})
VERDICTS = ("correct", "wrong_type", "not_event", "wrong_actor", "wrong_target", "wrong_flag")


def dev_pages(data: Path, half: str) -> list[Path]:
    """Dev pages of one half: `develop` has an even first byte of the page id, `final` odd."""
    pages = sorted((data / "html").glob("*.html.gz"))
    parity = 0 if half == "develop" else 1
    return [
        p
        for p in pages
        if not p.name.startswith(HELD_OUT_PREFIXES) and int(p.name[:2], 16) % 2 == parity
    ]


POPULATIONS = ("pages", "timebank", "ecbplus", "ecbdev", "goldsets", "lee")
SHARED_BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
LEE_WHEELS = Path(__file__).resolve().parent / "out" / "lee"  # where `make lee-corpus` puts it
# the Lee corpus inside gensim's wheel: its 300 background articles and its 50 rated ones
LEE_FILES = {
    "lee-bg": "gensim/test/test_data/lee_background.cor",
    "lee": "gensim/test/test_data/lee.cor",
}


def in_half(name: str, half: str) -> bool:
    """The develop half has an even first byte of the name's hash, the final half an odd one."""
    return hashlib.sha1(name.encode()).digest()[0] % 2 == (0 if half == "develop" else 1)


def timebank_articles(
    data: Path, half: str, names: set[str] | None = None
) -> list[tuple[str, Article]]:
    """TempEval-3 articles of one half, never the dates benchmark's held-out files."""
    out = []
    for path in sorted(data.glob("*/*.tml")):
        if dates_held_out(path.name) or not in_half(path.name, half):
            continue
        if names is not None and path.name not in names:
            continue
        doc = read_timeml(path)
        if doc is None:
            continue
        raw = RawDocument(
            source=path.name, payload=doc.text, kind="text", declared=DeclaredMetadata(date=doc.dct)
        )
        out.append((path.name, clean_document(raw)))
    return out


def ecbplus_articles(
    data: Path, half: str, names: set[str] | None = None, dev_topics: bool = False
) -> list[tuple[str, Article]]:
    """ECB+ documents of the train topics (or, with `dev_topics`, of the dev topics) in one
    half, each its sentences one per line."""
    out = []
    for doc in load_ecbplus(data):
        if (doc.topic in DEV_TOPICS) != dev_topics or not in_half(doc.name, half):
            continue
        if names is not None and doc.name not in names:
            continue
        raw = RawDocument(source=doc.name, payload=doc.text, kind="text")
        out.append((doc.name, clean_document(raw)))
    return out


def _decoded(line: bytes) -> str:
    """A line of the Lee corpus: UTF-8, or Windows-1252 where a line is not ("£" as 0xa3),
    one character per byte either way, so the audit keys' offsets stay."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", "replace")


def lee_articles(
    wheels: Path, half: str, names: set[str] | None = None
) -> list[tuple[str, Article]]:
    """The Lee corpus articles of one half, one per line of its files, read from gensim's
    wheel in `wheels`; named `lee-bg-NNN` / `lee-NN` by their line."""
    found = sorted(wheels.glob("gensim-*.whl"))
    if not found:
        raise SystemExit(f"no gensim wheel in {wheels}: run `make lee-corpus` first")
    out = []
    with zipfile.ZipFile(found[-1]) as wheel:
        for prefix, member in LEE_FILES.items():
            lines = [_decoded(line) for line in wheel.read(member).splitlines()]
            for number, line in enumerate(lines):
                name = f"{prefix}-{number:03d}"
                if not line.strip() or not in_half(name, half):
                    continue
                if names is not None and name not in names:
                    continue
                raw = RawDocument(source=name, payload=line, kind="text")
                out.append((name, clean_document(raw)))
    return out


def goldset_articles(
    data: Path, half: str, names: set[str] | None = None
) -> list[tuple[str, Article]]:
    """The English gold sets' dev sentences (PLOVER GSR, PETR2; never a held-out record) in
    one half, each read as a one-sentence article. The benchmark scores only a sentence's main
    event, so this population is sampled for the other mentions (`SECONDARY_ONLY`)."""
    out = []
    for set_name, records in load_sets(data).items():
        for record in records:
            name = f"{set_name}-{record.id}"
            if record.held_out or not in_half(name, half):
                continue
            if names is not None and name not in names:
                continue
            raw = RawDocument(source=name, payload=record.text, kind="text")
            out.append((name, clean_document(raw)))
    return out


# populations whose main mentions a benchmark already scores: only the others are sampled
SECONDARY_ONLY = frozenset({"goldsets"})


def population_articles(
    population: str, data: Path | None, half: str, names: set[str] | None = None
) -> list[tuple[str, Article]]:
    if population == "timebank":
        return timebank_articles(data or SHARED_BENCH / "tempeval3", half, names)
    if population == "ecbplus":
        return ecbplus_articles(data or SHARED_BENCH / "ecbplus", half, names)
    if population == "ecbdev":
        return ecbplus_articles(data or SHARED_BENCH / "ecbplus", half, names, dev_topics=True)
    if population == "goldsets":
        return goldset_articles(data or SHARED_BENCH, half, names)
    if population == "lee":
        return lee_articles(data or LEE_WHEELS, half, names)
    folder = data or SHARED_BENCH / "article_extraction"
    pages = dev_pages(folder, half)
    if names is not None:
        pages = [p for p in pages if p.name.split(".")[0] in names]
    return load_articles(pages)


def load_articles(pages: Iterable[Path]) -> list[tuple[str, Article]]:
    """Each page cleaned from its HTML, as ingest reads a .html file; English ones only."""
    out = []
    for page in pages:
        html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        try:
            article = clean_document(RawDocument(source=page.name, payload=html, kind="html"))
        except ValueError as exc:  # ingest records such a page as a failure and goes on
            print(f"{page.name}: cannot clean: {exc}", file=sys.stderr)
            continue
        if not article.text.strip():  # an empty extraction: the visible text, as a fallback
            text = html_text.extract_text(html)
            article = clean_document(RawDocument(source=page.name, payload=text, kind="text"))
        if article.language in (None, "en"):
            out.append((page.name.split(".")[0], article))
    return out


def _people(parts: Sequence[Participant]) -> list[str]:
    return [p.text for p in parts]


def describe(
    page: str, article: Article, event: EventMention, short_key: bool = True
) -> dict[str, Any]:
    """One mention as the reviewer sees it, with the signature a verdict applies to (the
    pages' keys keep a 12-character id; TimeBank names share that much within a day)."""
    flags = [
        name
        for name, on in (
            ("negated", event.negated),
            ("hypothetical", event.hypothetical),
            ("future", event.future),
            ("main", event.main),
        )
        if on
    ]
    return {
        "key": f"{page[:12] if short_key else page}:{event.trigger_start}",
        "page": page,
        "sentence": article.text[event.sentence_start : event.sentence_end],
        "trigger": event.trigger,
        "signature": {
            "type": event.type,
            "mode": event.mode,
            "actors": _people(event.actors),
            "targets": _people(event.targets),
            "flags": [f for f in flags if f != "main"],
        },
        "main": event.main,
    }


def mentions(
    articles: Sequence[tuple[str, Article]],
    model: str,
    short_key: bool = True,
    secondary_only: bool = False,
) -> Iterator[dict[str, Any]]:
    nlp = load_pipeline(model)
    annotations = annotate_articles([a for _, a in articles], nlp)
    for (page, article), annotation in zip(articles, annotations, strict=True):
        # as ingest stores it: no events from an article that does not read as political news
        for event in events_kept(annotation).events:
            if not (secondary_only and event.main):
                yield describe(page, article, event, short_key)


def show(item: dict[str, Any], out: Any = None) -> None:
    out = out if out is not None else sys.stdout  # (read at the call: a redirected stdout)
    sig = item["signature"]
    print(f"--- {item['key']}  {sig['type']}/{sig['mode']}  trigger={item['trigger']!r}", file=out)
    print(f"    actors={sig['actors']} targets={sig['targets']} flags={sig['flags']}", file=out)
    print(f"    {' '.join(item['sentence'].split())}", file=out)


def _data(args: argparse.Namespace) -> Path | None:
    return Path(args.data) if args.data else None


def cmd_sample(args: argparse.Namespace) -> int:
    articles = population_articles(args.population, _data(args), args.half)
    seen = set()
    for path in args.exclude or ():  # items of an earlier sample, already seen by the judge
        seen |= {item["key"] for item in json.loads(Path(path).read_text())["items"]}
    short_key = args.population == "pages"
    found = mentions(articles, args.model, short_key, args.population in SECONDARY_ONLY)
    population = [m for m in found if m["key"] not in seen]
    sample = random.Random(args.seed).sample(population, min(args.n, len(population)))
    sample.sort(key=lambda m: (m["page"], int(m["key"].split(":")[1])))
    for item in sample:
        show(item)
    print(f"\n{len(population)} mentions in {len(articles)} documents; sampled {len(sample)}")
    if args.out:
        record = {
            "population": args.population,
            "half": args.half,
            "seed": args.seed,
            "mentions": len(population),
            "items": [
                {**item, "judged": [{**item["signature"], "verdict": ""}]} for item in sample
            ],
        }
        Path(args.out).write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
    return 0


def verdict_for(item: dict[str, Any], signature: dict[str, Any]) -> str | None:
    """The verdict of the first judgment of `signature`, passing over one a later standard
    superseded (kept in the item's history with a `superseded` note; the re-judgment follows)."""
    for judged in item["judged"]:
        if judged.get("superseded"):
            continue
        if all(judged.get(k) == v for k, v in signature.items()) and judged.get("verdict"):
            return str(judged["verdict"])
    return None


def precision(verdicts: Sequence[str]) -> str:
    n = len(verdicts)
    if not n:
        return "no items"
    event = sum(v in EVENT_OK for v in verdicts) / n
    full = sum(v == "correct" for v in verdicts) / n
    return f"event precision {event:.3f}, fully correct {full:.3f} (n={n})"


SEEN_FINAL_PAGES = Path(__file__).resolve().parent / "audit" / "seen_final_pages.txt"


def seen_final_pages() -> frozenset[str]:
    """Final-half pages whose output the team has read: their mentions measure nothing blind."""
    lines = SEEN_FINAL_PAGES.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def cmd_score(args: argparse.Namespace) -> int:
    record = json.loads(Path(args.judged).read_text())
    items = record["items"]
    names = {item["page"] for item in items}
    kind = record.get("population", "pages")
    if not isinstance(kind, str):  # samples before 2026-12-04 stored the mention count there
        kind = "pages"
    articles = population_articles(kind, _data(args), record["half"], names)
    found = mentions(articles, args.model, kind == "pages", kind in SECONDARY_ONLY)
    now = {m["key"]: m for m in found}
    before = [verdict_for(i, i["judged"][0]) or "" for i in items]
    after: list[str] = []
    after_pages: list[str] = []  # the page of each verdict in `after`
    removed: Counter[str] = Counter()
    pending = []
    for item, first in zip(items, before, strict=True):
        current = now.get(item["key"])
        if current is None:
            removed[first] += 1
            continue
        verdict = verdict_for(item, current["signature"])
        if verdict is None:
            pending.append(current)
            if args.update:
                item["judged"].append({**current["signature"], "verdict": ""})
            continue
        after.append(verdict)
        after_pages.append(item["page"])
    print(f"before: {precision([v for v in before if v])}; {Counter(before)}")
    print(f"after : {precision(after)}; {Counter(after)}")
    seen = seen_final_pages() if record["half"] == "final" else frozenset()
    if any(item["page"] in seen for item in items):
        blind = [v for v, page in zip(after, after_pages, strict=True) if page not in seen]
        blind_figure = precision(blind)
        print(f"blind : {blind_figure} (pages never read; audit/seen_final_pages.txt)")
    print(f"removed since judged: {sum(removed.values())} {dict(removed)}")
    if pending:
        print(f"\n{len(pending)} changed mentions to judge:")
        for item in pending:
            show(item)
    if args.update:
        Path(args.judged).write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", help="the population's folder (default: in ../shared/bench)")
    parser.add_argument("--model", default=DEFAULT_SPACY_MODEL)
    sub = parser.add_subparsers(dest="command", required=True)
    sample = sub.add_parser("sample", help="draw and print a sample of mentions")
    sample.add_argument("--half", choices=["develop", "final"], default="develop")
    sample.add_argument("--population", choices=POPULATIONS, default="pages")
    sample.add_argument("--n", type=int, default=60)
    sample.add_argument("--seed", type=int, default=11)
    sample.add_argument("--out", help="write the sample, with empty verdicts, to this JSON file")
    sample.add_argument("--exclude", action="append", help="a judged sample whose items to skip")
    score = sub.add_parser("score", help="re-run a judged sample and print precision")
    score.add_argument("judged")
    score.add_argument("--update", action="store_true", help="add changed mentions to judge")
    args = parser.parse_args(argv)
    return cmd_sample(args) if args.command == "sample" else cmd_score(args)


if __name__ == "__main__":
    sys.exit(main())
