"""Loaders for the event-coding benchmark sets (PLOVER GSR, PETRARCH-2 validation, and the
Spanish UniversalPetrarch protest and fight validation sets).

Read-only from ../shared/bench; the split into dev and held-out is fixed by position
(every 4th record, counting from 0, is held out) so nobody tunes on the held-out slice.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Older PLOVER names used by the 2016 GSR file.
OLD_NAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    # PLOVER 2021 folded INVESTIGATE into ACCUSE (mode investigate; CAMEO2PLOVER 09x).
    "INVESTIGATE": "ACCUSE",
}
HELD_OUT_EVERY = 4


@dataclass(frozen=True)
class GoldActor:
    text: str | None  # surface text (PLOVER GSR)
    code: str | None  # CAMEO actor code (both sets)


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    types: tuple[str, ...]  # acceptable PLOVER types; empty = the sentence has no event
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]
    cameo: tuple[str, ...] = ()
    held_out: bool = False


def _actors(value: object) -> tuple[GoldActor, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        GoldActor(text=a.get("actorText") or None, code=a.get("code") or None)
        for a in value
        if isinstance(a, dict) and (a.get("actorText") or a.get("code"))
    )


def load_plover_gsr(path: Path) -> list[GoldRecord]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    records = [r for r in raw if r.get("event") != "DOCUMENT" and r.get("text")]
    return [
        GoldRecord(
            id=r["id"],
            text=" ".join(r["text"].split()),
            types=(OLD_NAMES.get(r["event"], r["event"]),),
            sources=_actors(r.get("source")),
            targets=_actors(r.get("target")),
            held_out=i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1,
        )
        for i, r in enumerate(records)
    ]


def load_cameo_map(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode) from CAMEO2PLOVER-2021.txt."""
    table: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?", line)
        if not m or len(m.group(1)) == 2:  # two-digit lines are section headers
            continue
        mode = (m.group(3) or "").strip() or None
        table.setdefault(m.group(1), (m.group(2), mode))
    return table


def cameo_to_plover(code: str, table: dict[str, tuple[str, str | None]]) -> str | None:
    for n in range(len(code), 2, -1):  # most specific first, then the 3-digit root
        if code[:n] in table:
            return table[code[:n]][0]
    return None


_SENT = re.compile(r"<Sentence\b([^>]*)/?>(.*?)(?=<Sentence\b|</Sentences>)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class PetrarchSentence:
    """One <Sentence> of a PETRARCH validation file, by its position in the file."""

    position: int
    attrs: dict[str, str]
    text: str  # the <Text>, as written
    codings: list[dict[str, str]]  # <EventCoding> attributes
    event_texts: list[dict[str, str]]  # <EventText> attributes (Spanish sets)


def petrarch_sentences(path: Path) -> Iterator[PetrarchSentence]:
    """The sentences that have a <Text>; positions count every <Sentence> (for the split)."""
    body = path.read_text(encoding="utf-8")
    for i, m in enumerate(_SENT.finditer(body)):
        block = m.group(2)
        text_m = re.search(r"<Text>(.*?)</Text>", block, re.S)
        if not text_m:
            continue
        yield PetrarchSentence(
            i,
            dict(_ATTR.findall(m.group(1))),
            text_m.group(1),
            [dict(_ATTR.findall(c)) for c in re.findall(r"<EventCoding\b([^>]*)>", block)],
            [dict(_ATTR.findall(c)) for c in re.findall(r"<EventText\b([^>]*)>", block)],
        )


def load_petrarch(path: Path, cameo_map: dict[str, tuple[str, str | None]]) -> list[GoldRecord]:
    out: list[GoldRecord] = []
    for sentence in petrarch_sentences(path):
        i, attrs, codings = sentence.position, sentence.attrs, sentence.codings
        codes = tuple(c["eventcode"] for c in codings if "eventcode" in c)
        types = tuple(dict.fromkeys(t for t in (cameo_to_plover(c, cameo_map) for c in codes) if t))
        srcs = tuple(GoldActor(None, c.get("sourcecode")) for c in codings if "eventcode" in c)
        tars = tuple(GoldActor(None, c.get("targetcode")) for c in codings if "eventcode" in c)
        out.append(
            GoldRecord(
                id=attrs.get("id", str(i)),
                text=" ".join(sentence.text.split()),
                types=types,
                sources=srcs,
                targets=tars,
                cameo=codes,
                held_out=i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1,
            )
        )
    return out


# ---------------------------------------------------------------- Spanish (UniversalPetrarch)

# More old or misspelt PLOVER names in the Spanish protest file. CRIME (ordinary crime, 11
# records, no CAMEO code) has no PLOVER 2021 category: such a record is not scored for type.
OLD_NAMES_ES = {**OLD_NAMES, "SACTION": "SANCTION"}
# The fight file's text opens with the source document's date and id: "20000430\t20000430_NYN_
# P1_P10320 | Guerrilleros ...". Not part of the sentence, so stripped.
_DOC_PREFIX = re.compile(r"^\s*\d{8}\s+\S+\s+\|\s*")


def _coding_type(
    coding: dict[str, str], cameo_map: dict[str, tuple[str, str | None]]
) -> str | None:
    """PLOVER type of one EventCoding: its `plover` name, else its CAMEO code ("130_threaten")."""
    plover = coding.get("plover", "").strip().upper()
    if plover:
        name = OLD_NAMES_ES.get(plover, plover)
        return name if name != "CRIME" else None
    digits = re.match(r"\d+", coding.get("eventcode", ""))
    return cameo_to_plover(digits.group(0), cameo_map) if digits else None


def _gold_text_actors(texts: list[str], sentence: str = "") -> tuple[GoldActor, ...]:
    """Actors given as text (XML attribute values: "&quot;" is a quote); an empty slot (no
    source named) is not scored."""
    return tuple(
        GoldActor(text=_whole_words(" ".join(html.unescape(t).split()), sentence), code=None)
        for t in texts
        if t.strip()
    )


def _whole_words(actor: str, sentence: str) -> str:
    """The actor text widened to whole words of its sentence: some Spanish actor texts are
    cut a letter short at either end ("studiantes de Ecuador", "os cocaleros", "Liberación
    Naciona"), which leaves a head word that no extractor could output."""
    at = sentence.find(actor)
    if at < 0 or not actor:
        return actor
    start, end = at, at + len(actor)
    while start > 0 and actor[0].isalpha() and sentence[start - 1].isalpha():
        start -= 1
    while end < len(sentence) and actor[-1].isalpha() and sentence[end].isalpha():
        end += 1
    return sentence[start:end]


def load_petrarch_es(path: Path, cameo_map: dict[str, tuple[str, str | None]]) -> list[GoldRecord]:
    """UniversalPetrarch Spanish validation records (protest set and fight set).

    Each <Sentence> has <EventText sourcetext targettext>, <EventCoding eventcode plover>, the
    <Text> and a CoNLL-U <Parse>, which is ignored: our own pipeline parses the text. A record
    with no coding, or only CRIME, or marked evaluate="false" keeps its position in the
    split but has no type (not scored)."""
    out: list[GoldRecord] = []
    for sentence in petrarch_sentences(path):
        i, attrs, codings = sentence.position, sentence.attrs, sentence.codings
        actors = sentence.event_texts
        types: tuple[str, ...] = ()
        if attrs.get("evaluate", "true") != "false":
            found = (_coding_type(c, cameo_map) for c in codings)
            types = tuple(dict.fromkeys(t for t in found if t))
        text = " ".join(_DOC_PREFIX.sub("", sentence.text).split())
        out.append(
            GoldRecord(
                id=attrs.get("id", str(i)),
                text=text,
                types=types,
                sources=_gold_text_actors([a.get("sourcetext", "") for a in actors], text),
                targets=_gold_text_actors([a.get("targettext", "") for a in actors], text),
                cameo=tuple(c.get("eventcode", "") for c in codings),
                held_out=i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1,
            )
        )
    return out
