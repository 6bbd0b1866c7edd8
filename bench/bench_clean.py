"""Score the clean stage on the Scrapinghub article-extraction benchmark (121 news pages).

Scoring follows that benchmark's evaluate.py: 4-token shingles (\\w+ tokens, case kept),
TP/FP/FN counted per page and normalised by their sum, precision and recall averaged over
pages, F1 of the two averages.

Systems, all measured in the same run:
  html-text          the page's full visible text, uncleaned (reference)
  trafilatura        trafilatura 2.3.1 with its default options (reference)
  chronicler-html    our HTML path (chronicler.clean.html.extract_html)
  chronicler-text    html-text's visible text through our plain-text cleaner

Held-out slice: pages whose id starts with 0-3 (34 pages) were never looked at while the
cleaner was developed; dev is the other 87. `--gate` runs a small dev slice against the
floors in bench/baselines/clean.json and exits 1 if any figure is below its floor.

    python bench/bench_clean.py --data ../shared/bench/article_extraction [--split both]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

HELD_OUT_PREFIXES = tuple("0123")
GATE_SLICE = 30  # first N dev pages, sorted by id
BASELINE = Path(__file__).parent / "baselines" / "clean.json"
_TOKEN = re.compile(r"\w+", re.UNICODE)

TpFpFn = tuple[float, float, float]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def shingle_matching(true: str, pred: str) -> TpFpFn:
    """TP/FP/FN over shingles, normalised so long pages weigh no more than short ones."""
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(counts: list[TpFpFn]) -> dict[str, float]:
    precision = statistics.mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def load_pages(data: Path) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    html = {
        key: gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        for key in truth
    }
    return truth, html


def split_keys(keys: Iterable[str], split: str) -> list[str]:
    ordered = sorted(keys)
    if split == "dev":
        return [k for k in ordered if not k.startswith(HELD_OUT_PREFIXES)]
    if split == "heldout":
        return [k for k in ordered if k.startswith(HELD_OUT_PREFIXES)]
    if split == "gate":
        return split_keys(ordered, "dev")[:GATE_SLICE]
    return ordered


def systems(names: list[str]) -> dict[str, Callable[[str, str | None], str]]:
    import html_text
    import trafilatura

    from chronicler.clean.boilerplate import remove_boilerplate
    from chronicler.clean.html import extract_html

    table: dict[str, Callable[[str, str | None], str]] = {
        "html-text": lambda h, url: html_text.extract_text(h),
        "trafilatura": lambda h, url: trafilatura.extract(h, url=url) or "",
        "chronicler-html": lambda h, url: extract_html(h, url=url).text,
        "chronicler-text": lambda h, url: remove_boilerplate(html_text.extract_text(h)).body,
    }
    return {name: table[name] for name in names}


def evaluate(
    truth: dict[str, dict[str, str]],
    html: dict[str, str],
    keys: list[str],
    run: Callable[[str, str | None], str],
) -> tuple[dict[str, float], dict[str, TpFpFn]]:
    per_page = {
        key: shingle_matching(
            truth[key].get("articleBody", ""), run(html[key], truth[key].get("url"))
        )
        for key in keys
    }
    return metrics(list(per_page.values())), per_page


def run_gate(truth: dict[str, dict[str, str]], html: dict[str, str]) -> int:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    keys = split_keys(truth, "gate")
    failed = []
    for name, run in systems(["chronicler-html", "chronicler-text"]).items():
        scores, _ = evaluate(truth, html, keys, run)
        for metric, floor in baseline["floors"].get(name, {}).items():
            value = scores[metric]
            status = "ok" if value >= floor else "FAIL"
            print(f"{name:<16} {metric:<9} {value:.3f}  floor {floor:.3f}  {status}")
            if value < floor:
                failed.append(f"{name} {metric} {value:.3f} < {floor:.3f}")
    if failed:
        print("clean gate failed: " + "; ".join(failed))
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "article_extraction"
    parser.add_argument("--data", type=Path, default=default)
    # held-out pages are measured at the end (`--split both`, as `make bench-clean` does)
    parser.add_argument("--split", choices=["dev", "heldout", "both", "all"], default="dev")
    parser.add_argument(
        "--systems",
        default="html-text,trafilatura,chronicler-html,chronicler-text",
        help="comma-separated subset of the systems to score",
    )
    parser.add_argument("--gate", action="store_true", help="fast slice against pinned floors")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst dev pages")
    args = parser.parse_args(argv)
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    truth, html = load_pages(args.data)
    if args.gate:
        return run_gate(truth, html)
    splits = ["dev", "heldout"] if args.split == "both" else [args.split]
    for name, run in systems(args.systems.split(",")).items():
        for split in splits:
            keys = split_keys(truth, split)
            started = time.perf_counter()
            scores, per_page = evaluate(truth, html, keys, run)
            elapsed = time.perf_counter() - started
            print(
                f"{name:<16} {split:<8} n={len(keys):<4} F1={scores['f1']:.3f}  "
                f"precision={scores['precision']:.3f}  recall={scores['recall']:.3f}  "
                f"({elapsed:.1f} s)",
                flush=True,
            )
            if args.worst and split == "dev":
                worst = sorted(per_page.items(), key=lambda kv: kv[1][0])[: args.worst]
                for key, (tp, fp, fn) in worst:
                    print(f"    {key[:12]} tp={tp:.2f} fp={fp:.2f} fn={fn:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
