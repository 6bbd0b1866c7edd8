"""A person's name forms folded to one key ("Miguel Rodríguez Torres", "Rodriguez Torres",
"Torres Jr." -> ("torres",)), the names the small NER model tags otherwise or misses after
the full name, and the gender a noun set beside a full name tells of that name only (split
from events_pronouns, which binds pronouns to these people)."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _fold(text: str) -> tuple[str, ...]:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return tuple(w for w in plain.replace("’s", "").replace("'s", "").split() if w)


# Generational suffixes written after a surname: "John Q. Doe Jr." is "Doe" again, not "Jr."
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def name_words(text: str) -> tuple[str, ...]:
    """The folded words of a name without a generational suffix ("Jr.", "III") after them."""
    words = _fold(text.replace(",", " "))
    return words[:-1] if len(words) > 1 and words[-1] in _NAME_SUFFIXES else words


def person_key(text: str) -> tuple[str, ...]:
    """One key for the forms of a person's name: the folded surname ("Rodríguez Torres",
    "Miguel Rodriguez Torres", "Miguel Torres Jr." -> ("torres",))."""
    return name_words(text)[-1:]


def full_key(text: str) -> tuple[str, ...] | None:
    """The folded words of a name of two words or more ("Carol Gray" -> ("carol", "gray")),
    which kin sharing the surname do not share; None for a bare surname."""
    words = name_words(text)
    return words if len(words) > 1 else None


def speaker_key(subject: Token) -> tuple[str, ...]:
    """The key of a quotation's speaker named as the subject of its reporting clause: the full
    name of the person entity it heads ("Jordan Reed said": ("jordan", "reed")), else its
    surname key."""
    ent = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
    if ent is not None and ent.label_ in ("PERSON", "PER"):
        text = ent.text
    else:  # a name the tagger gave another label: its proper nouns ("Jordan Reed")
        named = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        text = " ".join(t.text for t in (*named, subject)) if subject.pos_ == "PROPN" else ""
    return full_key(text) or person_key(subject.text)


def is_speaker(speaker: tuple[str, ...], text: str) -> bool:
    """The person named `text` is the speaker keyed `speaker`: the same full name, or the same
    surname where either is named by the surname alone; kin sharing a surname are other
    people ("Jordan Reed said" of "Darnell Reed"; roles 1.104.0)."""
    full = full_key(text)
    if full is not None and len(speaker) > 1:
        return full == speaker
    return person_key(text) == speaker[-1:]


def described_genders_en(
    doc: Doc, mentions: Sequence[Mention], descriptions: Mapping[str, frozenset[str]]
) -> dict[tuple[str, ...], Counter[str]]:
    """The gender a person noun set beside a full name tells ("his widow Mary Smith", "the
    victim's mother, Ann Jones", "Ann Jones, his mother": `person_descriptions` masculine and
    feminine of the roles table), keyed by the full name (`full_key`), never by the surname
    kin share (Kimani Gray and his mother Carol Gray; roles 1.104.0)."""
    genders = {w: g[0] for g in ("masculine", "feminine") for w in descriptions.get(g, ())}
    out: dict[tuple[str, ...], Counter[str]] = {}
    for m in mentions:
        key = full_key(m.text)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.label != "PERSON" or key is None or span is None:
            continue
        for noun in _beside(span):
            if (g := genders.get(noun.lemma_.lower())) is not None:
                out.setdefault(key, Counter())[g] = 1
    return out


def _beside(span: Span) -> list[Token]:
    """The nouns set beside a name: the one it is in apposition to, its own apposition, and
    a noun right before it that it hangs on or that hangs on it ("his widow Mary Smith")."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    if span.start > 0:
        before = span.doc[span.start - 1]
        if before.pos_ == "NOUN" and (before.head.i == root.i or root.head.i == before.i):
            nouns.append(before)
    return nouns


def person_aliases(mentions: Sequence[Mention]) -> list[Mention]:
    """The small NER model often tags a bare two-word surname ("Rodríguez Torres") ORG or
    GPE after tagging the full name PERSON: such a mention is relabelled PERSON when its words
    end a PERSON mention's words."""
    people = {_fold(m.text) for m in mentions if m.label == "PERSON"}
    out = []
    for m in mentions:
        words = _fold(m.text)
        if (
            m.label in ("ORG", "GPE", "NORP")
            and words
            and any(len(p) > len(words) and p[-len(words) :] == words for p in people)
        ):
            m = replace(m, label="PERSON")
        out.append(m)
    return out


def bare_surnames(doc: Doc, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Bare surnames the NER model missed after the person's full name ("Leopoldo López ...
    López took care of them"): the start of each such word -> the full-name mention it
    stands for."""
    full = sorted(
        (m for m in mentions if m.label == "PERSON" and len(_fold(m.text)) > 1),
        key=lambda m: m.start,
    )
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in taken]
    owners: dict[int, Mention] = {}
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.is_title:
            continue
        key = person_key(tok.text)
        # the first person introduced under that surname: a namesake named later is
        # reintroduced in full each time, while the first is the one shortened
        owner = next((m for m in full if m.end <= tok.idx and person_key(m.text) == key), None)
        i = bisect.bisect_right(starts, tok.idx) - 1
        if owner is None or (i >= 0 and taken[i][1] > tok.idx):
            continue  # no full name before it, or already inside a mention
        owners[tok.idx] = owner
    return owners
