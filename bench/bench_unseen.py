"""Leave-lemma-out: how well the English event coder types a trigger word its vocabulary
does not hold.

    python bench/bench_unseen.py --data ../shared/bench            # figures (dev only)
    python bench/bench_unseen.py --data ../shared/bench --errors   # the sentences lost
    python bench/bench_unseen.py --gate      # all dev records, `kept` against baselines/unseen.json
    python bench/bench_unseen.py --fired     # the fallback's events in normal dev runs
    python bench/bench_unseen.py --news      # ... on real news outside the benchmarks

The vocabulary was grown from the dev sentences' misses, so the dev type accuracy says how
well it covers words it was shown, not words it has never seen. Here each dev sentence of
the English sets (PLOVER GSR, PETR2; held-out records are never parsed) is coded once with
the whole vocabulary, then again with every entry of its main event's trigger lemma removed
(the lemma as a verb, noun or adjective of every rule, hand-written or WordNet-derived, every
phrase holding it: "set free" goes with "set", the object and context conditions of other
rules, and every word list, modality cue and role word: Vocab.without_trigger; until
2026-12-03 the word lists kept it, so a word "rejected" still negated what it took and
"received" stayed a known verb the fallback never typed; since 2026-12-03 (events-unseen
1.9.0) the word lists written in the code are read without it as well, "allege" no longer a
reporting verb the fallback leaves alone: _in_use; the parse, made once, still knows it).
Reported per set:
- kept: of the sentences typed right with the whole vocabulary, the share still typed right
  without their trigger's lemma (the estimate of how an unseen trigger fares);
- by fallback: of those, the share whose main event was found on the removed word itself
  (the unseen-trigger fallback, annotate/events_unseen.py), not on another trigger;
- type / none: type accuracy and no-event rate over all typed dev sentences, each coded
  without its own main trigger's lemma (a sentence with no event is coded as it is);
- tgt_kept / src_kept: of the sentences typed right both ways whose gold target (source)
  was found with the whole vocabulary, the share still found without the lemma: the rule
  that types the word then is another word's or the WordNet fallback's, so this says how
  well the general argument rules, not the word's own, find its parties (a leave-rule-out
  proxy for targets; --errors lists the sentences typed right that lost one).
- source / target / triple: over the same sentences, each coded without its own main
  trigger's lemma, the source match, target match and full-triple accuracy exactly as
  bench_events.py scores the dev sets (its scorer, bench_events.figures), so the roles'
  generalisation to an unseen trigger is measured beside its type; the whole vocabulary's
  figures on the same sentences are printed under the table for comparison.
With --strict, the WordNet-derived rules (vocab_wordnet.toml) are left out as well in the
second coding: they hold words WordNet relates to the hand rules' seeds, so a left-out seed's
own synonyms could otherwise stand in for it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_events import (
    ENGLISH,
    Scored,
    doc_inputs,
    load_sets,
    main_event,
    parse_heads,
    phrase_head,
    score_record,
)
from bench_events import figures as scored_figures
from events_data import GoldRecord

from chronicler.annotate.events import extract_events
from chronicler.annotate.events_subjects import _event_nouns
from chronicler.annotate.events_vocab import Vocab, load_vocab, spellings
from chronicler.annotate.nlp import parse_texts
from chronicler.model import EventMention, PublicationDate

STRICT = {"on": False}  # --strict: every WordNet-derived rule is left out with the lemma


@cache
def _reduced(word: str) -> Vocab:
    vocab = load_vocab().without_trigger(word)
    if STRICT["on"]:
        # a derived rule may hold the left-out word's own synonyms ("collar" from "arrest"):
        # without them no word WordNet drew from it stands in for it
        return replace(vocab, rules=tuple(r for r in vocab.rules if not r.id.endswith("-wordnet")))
    return vocab


def code(doc: Any, vocab: Vocab | None = None, word: str | None = None) -> tuple[EventMention, ...]:
    mentions, sentences = doc_inputs(doc, ENGLISH.labels)
    with _in_use(vocab), code_lists_without(word):
        return extract_events(doc, mentions, (), sentences, PublicationDate(None), vocab)


@contextmanager
def _in_use(vocab: Vocab | None) -> Iterator[None]:
    """Every annotate module that reads the loaded vocabulary itself (a word list, the nouns
    of all rules) reads `vocab` meanwhile: the left-out word is then unknown to them too."""
    if vocab is None:
        yield
        return
    modules = [
        m
        for name, m in list(sys.modules.items())
        if name.startswith("chronicler.annotate") and getattr(m, "load_vocab", None) is load_vocab
    ]
    for m in modules:
        m.load_vocab = lambda: vocab  # type: ignore[attr-defined]
    _event_nouns.cache_clear()
    try:
        yield
    finally:
        for m in modules:
            m.load_vocab = load_vocab  # type: ignore[attr-defined]
        _event_nouns.cache_clear()


@contextmanager
def code_lists_without(word: str | None) -> Iterator[None]:
    """Every word list written in an annotate module's code (a module-level frozenset of
    words, events_quoted_speakers.REPORTING_VERBS) without `word` meanwhile, as the vocabulary's
    own lists are (Vocab.without_trigger): a left-out "allege" is no reporting verb either.
    A list copied into another value at import time keeps it, and so does the parse, made
    once with the whole lists (parse_mending)."""
    if word is None:
        yield
        return
    gone = spellings(word)
    patched: list[tuple[Any, str, frozenset[str]]] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("chronicler.annotate") or name.endswith("parse_mending"):
            continue
        for attr, value in list(vars(module).items()):
            if attr.lstrip("_").isupper() and isinstance(value, frozenset) and value & gone:
                patched.append((module, attr, value))
                setattr(module, attr, value - gone)
    try:
        yield
    finally:
        for module, attr, value in patched:
            setattr(module, attr, value)


def trigger_token(doc: Any, event: EventMention, vocab: Vocab) -> Any:
    """The token the event's rule fired on: in its trigger span, the word the rule lists (a
    phrase's span also covers its particle, "hunger strike"); else the span's first token."""
    rule_id = dict(event.attributes).get("rule")
    rule = next((r for r in vocab.rules if r.id == rule_id), None)
    span = [t for t in doc if event.trigger_start <= t.idx < event.trigger_end]
    if rule is not None:
        words = rule.verbs | rule.nouns | rule.adjs | {h for h, _ in rule.phrases}
        listed = [t for t in span if t.lemma_.lower() in words]
        if listed:
            return listed[0]
    return span[0] if span else None


@dataclass(frozen=True)
class Outcome:
    record: GoldRecord
    word: str | None  # the main trigger's lemma, left out
    was_ok: bool  # typed right with the whole vocabulary
    ok: bool  # typed right without the lemma
    predicted: str | None
    by_fallback: bool  # the main event without the lemma sits on the removed word
    rule: str | None
    # the gold target / source found with the whole vocabulary, and without the lemma
    # (None: the gold has none); the rule that types the word without it is not the word's
    # own, so these say how well the general argument rules find the parties of a new word
    target: tuple[bool | None, bool | None] = (None, None)
    source: tuple[bool | None, bool | None] = (None, None)
    # the sentence as bench_events.py scores it, with the whole vocabulary and without the
    # lemma (English only; the Spanish bench reports the type alone)
    scored: tuple[Scored, Scored] | None = None


def leave_out(record: GoldRecord, doc: Any) -> Outcome:
    full = score_record(record, code(doc))
    main = main_event(full.events)
    tok = trigger_token(doc, main, load_vocab()) if main is not None else None
    word = str(tok.lemma_.lower()) if tok is not None else None
    if word is None:
        return Outcome(
            record,
            None,
            full.type_ok,
            full.type_ok,
            full.predicted,
            False,
            None,
            scored=(full, full),
        )
    again = score_record(record, code(doc, _reduced(word), word))
    other = main_event(again.events)
    same = other is not None and other.trigger_start <= tok.idx < other.trigger_end
    rule = dict(other.attributes).get("rule") if other is not None else None
    return Outcome(
        record,
        word,
        full.type_ok,
        again.type_ok,
        again.predicted,
        same,
        rule,
        (full.target_ok, again.target_ok),
        (full.source_ok, again.source_ok),
        (full, again),
    )


def run(
    records: Sequence[GoldRecord],
    nlp: Any,
    head: Callable[..., Any] = phrase_head,
    leave: Callable[[GoldRecord, Any], Outcome] = leave_out,
) -> list[Outcome]:
    """Each typed dev record, parsed (its gold phrases' heads by `head`) and coded with its
    trigger left out (`leave`; bench_unseen_es.py passes the Spanish ones)."""
    typed = [r for r in records if r.types and not r.held_out]
    parse_heads(typed, nlp, head)
    docs = parse_texts(nlp, [r.text for r in typed], batch_size=64)
    return [leave(r, d) for r, d in zip(typed, docs, strict=True)]


def _ratio(num: int, den: int) -> float:
    return round(num / den, 3) if den else 0.0


def type_figures(outcomes: Sequence[Outcome]) -> dict[str, float | int]:
    """How often the type survives leaving the trigger out, in either language."""
    was = [o for o in outcomes if o.was_ok]
    kept = [o for o in was if o.ok]
    return {
        "n": len(outcomes),
        "was_ok": len(was),
        "kept": _ratio(len(kept), len(was)),
        "by_fallback": _ratio(sum(o.by_fallback for o in kept), len(kept)),
        "type_acc": _ratio(sum(o.ok for o in outcomes), len(outcomes)),
        "no_event": _ratio(sum(o.predicted is None for o in outcomes), len(outcomes)),
    }


def role_figures(outcomes: Sequence[Outcome], whole: bool = False) -> dict[str, float]:
    """Source match, target match and full triple over the sentences, each coded without
    its trigger's lemma (`whole`: with the whole vocabulary), scored by bench_events.py's
    own scorer: the roles of an unseen trigger beside its type."""
    scored = [o.scored[0 if whole else 1] for o in outcomes if o.scored is not None]
    f = scored_figures(scored)
    return {k: float(f[k]) for k in ("source_match", "target_match", "triple_acc")}


def figures(outcomes: Sequence[Outcome]) -> dict[str, float | int]:
    kept = [o for o in outcomes if o.was_ok and o.ok]
    # of the sentences typed right both ways whose target (source) was found with the whole
    # vocabulary, the share still found without the lemma
    targets = [o.target[1] for o in kept if o.target[0]]
    sources = [o.source[1] for o in kept if o.source[0]]
    return {
        **type_figures(outcomes),
        "target_kept": _ratio(sum(bool(t) for t in targets), len(targets)),
        "source_kept": _ratio(sum(bool(s) for s in sources), len(sources)),
        **role_figures(outcomes),
    }


BASELINE = Path(__file__).resolve().parent / "baselines" / "unseen.json"


def print_fired(
    sets: Mapping[str, Sequence[GoldRecord]],
    find: Callable[[Sequence[GoldRecord]], list[tuple[GoldRecord, EventMention]]],
) -> None:
    """The fallback's events in a normal run (`--fired`), set by set, in either language."""
    for name, records in sets.items():
        found = find(records)
        print(f"{name}: {len(found)} fallback event(s)")
        for r, e in found:
            parties = ", ".join(p.text for p in e.actors) + " -> "
            parties += ", ".join(p.text for p in e.targets)
            print(
                f"  {e.trigger!r} {e.type}/{e.mode} main={e.main} [{parties}] "
                f"gold={'/'.join(r.types) or '-'} | {r.text[:400]}"
            )


def fired(records: Sequence[GoldRecord], nlp: Any) -> list[tuple[GoldRecord, EventMention]]:
    """The fallback's events (rule "...+unseen") on every dev sentence, typed or not, coded
    with the whole vocabulary: what it adds to the normal run (as bench_unseen_es.py's)."""
    dev = [r for r in records if not r.held_out]
    docs = parse_texts(nlp, [r.text for r in dev], batch_size=64)
    return [
        (r, e)
        for r, d in zip(dev, docs, strict=True)
        for e in code(d)
        if dict(e.attributes).get("rule", "").endswith("+unseen")
    ]


# the audit populations (bench/audit_events.py) read by --news, their develop halves only;
# "lee" (ABC news of Dec 2001, the blind recall sample's population) since 2026-12-07, when
# its wheel is there (`make lee-corpus`)
NEWS_POPULATIONS = ("ecbplus", "ecbdev", "timebank", "pages", "lee")


def print_news(nlp: Any, populations: Sequence[str] = NEWS_POPULATIONS) -> None:
    """The fallback's events, with the whole vocabulary, on real news outside the benchmarks
    (`--news`): the develop halves of the audit populations (never a final half), each
    article parsed as a whole and coded as the gold sentences are (entities from the parse, no
    topic gate). What a fallback change newly types on everyday text shows here, where the
    leave-lemma-out figures cannot show it: read what newly fires before keeping a change."""
    from audit_events import population_articles

    for population in populations:
        try:
            articles = population_articles(population, None, "develop")
        except SystemExit as missing:  # the Lee corpus wheel not fetched: `make lee-corpus`
            print(f"{population}: skipped ({missing})")
            continue
        docs = parse_texts(nlp, [a.text for _, a in articles], batch_size=16)
        found = [
            (name, doc, e)
            for (name, _), doc in zip(articles, docs, strict=True)
            for e in code(doc)
            if dict(e.attributes).get("rule", "").endswith("+unseen")
        ]
        print(f"{population}: {len(articles)} articles, {len(found)} fallback event(s)")
        for name, doc, e in found:
            parties = ", ".join(p.text for p in e.actors) + " -> "
            parties += ", ".join(p.text for p in e.targets)
            sentence = " ".join(doc.text[e.sentence_start : e.sentence_end].split())
            print(
                f"  {name[:16]} {e.trigger!r} {e.type}/{e.mode} "
                f"({dict(e.attributes)['rule']}) main={e.main} [{parties}] | {sentence[:300]}"
            )


def gate(
    results: dict[str, list[Outcome]],
    baseline: Path = BASELINE,
    figures_of: Callable[[Sequence[Outcome]], Mapping[str, float | int]] | None = None,
) -> int:
    """Each set's figures against its floors (`set.figure` in the baseline file;
    baselines/unseen.json unless told)."""
    floors = json.loads(baseline.read_text())["floors"]
    read = figures_of or figures
    got = {f"{name}.{k}": v for name, o in results.items() for k, v in read(o).items()}
    failed = [
        f"{k} {got.get(k, 0.0):.3f} < floor {floor:.3f}"
        for k, floor in floors.items()
        if got.get(k, 0.0) < floor
    ]
    for line in failed:
        print("unseen gate FAILED:", line, file=sys.stderr)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    from chronicler.annotate.nlp import load_pipeline
    from chronicler.settings import DEFAULT_SPACY_MODEL

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/bench"))
    parser.add_argument("--errors", action="store_true", help="list the sentences lost")
    parser.add_argument(
        "--strict", action="store_true", help="leave out the WordNet-derived rules too"
    )
    parser.add_argument("--gate", action="store_true", help="check the floors (CI)")
    parser.add_argument(
        "--fired", action="store_true", help="list the fallback's events with the whole vocabulary"
    )
    parser.add_argument(
        "--news",
        action="store_true",
        help="list the fallback's events on the audit populations' develop halves (real news)",
    )
    args = parser.parse_args(argv)
    STRICT["on"] = args.strict
    t0 = time.perf_counter()
    nlp = load_pipeline(DEFAULT_SPACY_MODEL)
    if args.news:
        print_news(nlp)
        return 0
    if args.fired:
        print_fired(load_sets(args.data), lambda records: fired(records, nlp))
        return 0
    results = {name: run(records, nlp) for name, records in load_sets(args.data).items()}
    head = ("set", "n", "was_ok", "kept", "by_fb", "type", "none", "tgt_kept", "src_kept")
    head += ("source", "target", "triple")
    print("{:11} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8} {:>8} {:>6} {:>6} {:>6}".format(*head))
    for name, outcomes in results.items():
        f = figures(outcomes)
        print(
            f"{name:11} {f['n']:>4} {f['was_ok']:>6} {f['kept']:>6.3f} {f['by_fallback']:>6.3f} "
            f"{f['type_acc']:>6.3f} {f['no_event']:>6.3f} {f['target_kept']:>8.3f} "
            f"{f['source_kept']:>8.3f} {f['source_match']:>6.3f} {f['target_match']:>6.3f} "
            f"{f['triple_acc']:>6.3f}"
        )
    for name, outcomes in results.items():
        w = role_figures(outcomes, whole=True)
        print(
            f"({name}, whole vocabulary on the same sentences: source {w['source_match']:.3f}, "
            f"target {w['target_match']:.3f}, triple {w['triple_acc']:.3f})"
        )
    print(f"({time.perf_counter() - t0:.1f} s)")
    if args.gate:
        return gate(results)
    if args.errors:
        for name, outcomes in results.items():
            for o in outcomes:
                lost = [
                    side
                    for side, (before, after) in (("target", o.target), ("source", o.source))
                    if o.ok and before and not after
                ]
                if (o.was_ok and not o.ok) or lost:
                    print(
                        f"[{name}] {o.word!r} gold={'/'.join(o.record.types)} "
                        f"now={o.predicted} ({o.rule}){' lost ' + '+'.join(lost) if lost else ''}"
                        f" | {o.record.text[:150]}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
