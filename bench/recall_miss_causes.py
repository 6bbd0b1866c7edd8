"""Why the develop recall samples' misses are missed, by mechanism: for every factual gold
event that today's code misses with cause `no mention` or `type` (bench/audit_recall.py), the
sentence's words of the gold trigger are re-run through event extraction with each step
watched, and the furthest step a word reached says why no mention of the gold type came of it:

    unlisted, fallback: ...        no rule lists the lemma; the unseen fallback found no row,
                                   the row's lexicographer file is left out, the vote refused
    known word (no event)          a word list knows the lemma as no trigger
    cannot trigger                 a modifier or adjective place (events_match.can_trigger)
    blocked by NONE rule X         a rule of no event fires first
    condition refused: rule X (c)  the lemma is listed, a condition c of each rule failed
    typed T by rule X              a rule of another type fired
    dropped at selection (why)     a light, converse, causative or intent word gave way
    rejected: reason               a precision filter (events_filters.rejection)
    parties insufficient           a fallback's event without the parties its vote needs
    dropped after extraction       made, then left out (aim of aid, finishing steps)
    made T                         made, of type T (the miss is a type or trigger mismatch)

    PYTHONPATH=src python bench/recall_miss_causes.py --data /work/main/bench/out/lee \
        bench/audit/recall-lee-develop-*.json

Only develop samples: the final half is never read here. A diagnostic, not a scorer: a
sentence's words are matched to the gold trigger by word, so a cause is the mechanism's
reading, to be checked by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from audit_events import population_articles
from audit_recall import main_gold, score_sentence, sentence_mentions, words

import chronicler.annotate.events as events_module
from chronicler.annotate import events_match
from chronicler.annotate.events_select import _embedded
from chronicler.annotate.events_unseen import _index, _taken_rule, load_settings
from chronicler.annotate.events_unseen_data import table_entry
from chronicler.annotate.events_vocab import NO_EVENT, Rule, Vocab, lemma, load_vocab
from chronicler.annotate.nlp import annotate_doc, load_pipeline, parse_texts
from chronicler.annotate.topic import events_kept
from chronicler.settings import DEFAULT_SPACY_MODEL

# the order of the steps a trigger word passes; the furthest reached names the cause
STEPS = ("unlisted", "cannot", "refused", "selection", "rejected", "parties", "after", "made")


class Watch:
    """What extraction did with each token of the article being annotated."""

    def __init__(self) -> None:
        self.current: int | None = None
        self.rejected: dict[int, str] = {}
        self.parties: set[int] = set()
        self.unknown_it: set[int] = set()
        self.before_finish: dict[int, str] = {}  # trigger start -> type, before finishing
        self.triggers: dict[int, Rule] = {}

    def reset(self) -> None:
        self.__init__()  # type: ignore[misc]


WATCH = Watch()


@contextmanager
def watched() -> Iterator[None]:
    """Wrap the steps of events.extract_events that may drop a trigger, recording why."""
    saved = {
        name: getattr(events_module, name)
        for name in (
            "argument_heads",
            "rejection",
            "parties_suffice",
            "_unknown_it",
            "mark_main",
            "select_triggers",
        )
    }

    def argument_heads(tok: Any, *args: Any, **kw: Any) -> Any:
        WATCH.current = tok.i
        return saved["argument_heads"](tok, *args, **kw)

    def rejection(tok: Any, *args: Any) -> Any:
        reason = saved["rejection"](tok, *args)
        if reason is not None:
            WATCH.rejected[tok.i] = reason
        return reason

    def parties_suffice(*args: Any, **kw: Any) -> Any:
        ok = saved["parties_suffice"](*args, **kw)
        if not ok and WATCH.current is not None:
            WATCH.parties.add(WATCH.current)
        return ok

    def unknown_it(tok: Any, *args: Any) -> Any:
        out = saved["_unknown_it"](tok, *args)
        if out:
            WATCH.unknown_it.add(tok.i)
        return out

    def mark_main(events: Any) -> Any:
        for _, _, event in events:
            WATCH.before_finish[event.trigger_start] = event.type
        return saved["mark_main"](events)

    def select_triggers(doc: Any, vocab: Any) -> Any:
        out = saved["select_triggers"](doc, vocab)
        WATCH.triggers = dict(out[0])
        return out

    replacement: dict[str, Callable[..., Any]] = {
        "argument_heads": argument_heads,
        "rejection": rejection,
        "parties_suffice": parties_suffice,
        "_unknown_it": unknown_it,
        "mark_main": mark_main,
        "select_triggers": select_triggers,
    }
    for name, fn in replacement.items():
        setattr(events_module, name, fn)
    try:
        yield
    finally:
        for name, fn in saved.items():
            setattr(events_module, name, fn)


# rule fields whose reset shows which condition refused a listed word
_CONDITION_FIELDS = (
    "doers",
    "objects",
    "objects_not",
    "requires_object",
    "object_of_not",
    "one_party",
    "in_phrase_of",
    "sentence_words",
    "sentence_words_not",
    "no_object",
    "requires_poss",
    "own_object",
    "phrase_of_object",
    "phrase_negated",
    "clausal",
    "over_act",
    "mandative",
    "speaker_demands",
    "wanted_of_other",
    "departure",
    "context",
    "context_not",
)


def _refusing_condition(tok: Any, rule: Rule) -> str:
    phrase = events_match._phrase_match(tok, rule)
    for name in _CONDITION_FIELDS:
        if not hasattr(rule, name):
            continue
        value = getattr(rule, name)
        empty: Any = frozenset() if isinstance(value, frozenset) else type(value)()
        if value == empty:
            continue
        if events_match._conditions_hold(tok, replace(rule, **{name: empty}), phrase):
            return name
    return "several"


def _unseen_why(tok: Any, vocab: Vocab) -> str:
    settings = load_settings()
    pos = "v" if tok.pos_ in ("VERB", "AUX") else "n" if tok.pos_ in ("NOUN", "PROPN") else None
    if pos is None:
        return f"fallback: not a verb or noun ({tok.pos_})"
    index = _index(vocab, settings)
    word = lemma(tok)
    listed = index.listed_as[pos] if settings.listed_by_pos else index.known
    if word in listed:
        return f"fallback: listed as another part of speech than {tok.pos_}"
    if word in index.known_as[pos]:
        return "known word (no event)"
    entry = table_entry(word, pos)
    if entry is None:
        return "fallback: no table row"
    lexnames = settings.verb_lexnames if pos == "v" else settings.noun_lexnames
    if entry.lexname not in lexnames:
        return f"fallback: lexicographer file left out ({entry.lexname})"
    rule = _taken_rule(tok, vocab, settings)
    if rule is None:
        return "fallback: vote refused"
    return f"fallback typed {rule.type}"


def token_cause(tok: Any, gold_type: str, vocab: Vocab) -> tuple[str, str]:
    """(step, cause) for one word of a gold trigger, after extraction ran on its article."""
    if tok.idx in WATCH.before_finish:
        made = WATCH.before_finish[tok.idx]
        return ("made", f"made {made}") if made == gold_type else ("made", f"typed {made}")
    if tok.i in WATCH.rejected:
        return "rejected", f"rejected: {WATCH.rejected[tok.i]}"
    if tok.i in WATCH.parties:
        return "parties", "parties insufficient (fallback)"
    if tok.i in WATCH.unknown_it:
        return "parties", "unknown 'it' doer"
    if tok.i in WATCH.triggers:
        kept = WATCH.triggers[tok.i]
        return "after", f"trigger ({kept.type} {kept.id}) dropped in extraction/folded"
    candidates = events_match._candidate_rules(tok, vocab)
    if not events_match.can_trigger(tok, vocab):
        listed = "listed" if candidates else "unlisted"
        return "cannot", f"cannot trigger ({listed}; {tok.pos_} {tok.dep_} of {tok.head.lower_})"
    rule = events_match.match_rule(tok, vocab)
    if rule is not None:
        if rule.type != gold_type:
            return "refused", f"typed {rule.type} by rule {rule.id}"
        why = "intent gives way" if rule.intent and _embedded(tok, {tok.i: rule}) else "other"
        if rule.light:
            why = "light verb gives way to its noun"
        elif rule.causative:
            why = "causative gives way"
        return "selection", f"dropped at selection ({why}; rule {rule.id})"
    if not candidates:
        unseen = _unseen_why(tok, vocab)
        if unseen.startswith("fallback typed"):
            return "unlisted", unseen + " (but not kept)"
        return "unlisted", f"unlisted, {unseen}" if "fallback" in unseen else unseen
    for cand in candidates:
        phrase = events_match._phrase_match(tok, cand)
        if not (phrase or events_match._lemma_match(tok, cand)):
            continue
        if events_match._conditions_hold(tok, cand, phrase) and cand.type == NO_EVENT:
            return "refused", f"blocked by NONE rule {cand.id}"
    typed = [
        c
        for c in candidates
        if events_match._lemma_match(tok, c) or events_match._phrase_match(tok, c)
    ]
    if not typed:
        return "unlisted", f"listed only in phrases/other POS ({tok.pos_}); " + _unseen_why(
            tok, vocab
        )
    of_type = [c for c in typed if c.type == gold_type] or typed
    conds = ", ".join(f"{c.id}({_refusing_condition(tok, c)})" for c in of_type[:3])
    return "refused", f"condition refused: {conds}"


def diagnose(item: dict[str, Any], event: dict[str, Any], doc: Any, vocab: Vocab) -> str:
    span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
    wanted = words(event["trigger"])
    toks = [t for t in span if t.lower_ in wanted or lemma(t) in wanted]
    if not toks:
        return "trigger words not found in the parse"
    results = [token_cause(t, event["type"], vocab) for t in toks]
    _step, cause = max(results, key=lambda r: STEPS.index(r[0]))
    word = toks[[r[1] for r in results].index(cause)].text
    return f"{cause} [{word}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", help="the population's folder")
    parser.add_argument("--model", default=DEFAULT_SPACY_MODEL)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    vocab = load_vocab()
    nlp = load_pipeline(args.model)
    causes: Counter[str] = Counter()
    by_cause: dict[str, list[str]] = defaultdict(list)
    totals = Counter[str]()
    for file in args.files:
        record = json.loads(Path(file).read_text())
        assert record["half"] == "develop", "develop samples only"
        items = [i for i in record["items"] if i.get("gold") is not None]
        names = {i["page"] for i in items}
        articles = dict(
            population_articles(record["population"], Path(args.data), "develop", names)
        )
        seed = record["seed"]
        for name in sorted(names):
            article = articles[name]
            WATCH.reset()
            with watched():
                doc = next(parse_texts(nlp, [article.text]))
                full = annotate_doc(article, doc)
            kept = events_kept(full)
            gated = bool(full.events) and not kept.events
            for item in (i for i in items if i["page"] == name):
                found = sentence_mentions(name, article, kept, item["start"])
                score = score_sentence(item["gold"], found, gated)
                totals["gold"] += score.gold
                totals["matched"] += score.matched
                if score.main_agrees is not None:
                    totals["main"] += 1
                    totals["main_ok"] += score.main_agrees
                for event, cause in score.misses:
                    kind = cause.split(" (")[0]
                    if kind not in ("no mention", "type"):
                        causes[kind] += 1
                        continue
                    why = diagnose(item, event, doc, vocab)
                    label = why.split(":")[0].split(" [")[0].split(" (")[0]
                    if label.startswith("typed") or label.startswith("made"):
                        label = label.split(" by")[0]
                    causes[label] += 1
                    by_cause[label].append(
                        f"{seed} {item['key']} {event['type']} {event['trigger']!r}: {why}"
                    )
                if score.main_agrees is False:
                    gold_main = main_gold(item["gold"])
                    stored = [m["type"] for m in found if m["main"]]
                    by_cause["(main wrong)"].append(
                        f"{seed} {item['key']} gold {gold_main and gold_main['type']} "
                        f"stored {stored}"
                    )
    for label, n in causes.most_common():
        print(f"\n## {label}: {n}")
        for line in by_cause.get(label, []):
            print("   ", line)
    print("\n## (main wrong)")
    for line in by_cause["(main wrong)"]:
        print("   ", line)
    print(
        f"\nrecall {totals['matched']}/{totals['gold']}, main type {totals['main_ok']}/"
        f"{totals['main']}; causes {dict(causes.most_common())}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
