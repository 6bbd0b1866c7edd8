"""The gender the article gives each person, from the nouns set beside their names ("Su
abogado, Luis Guillén") and the participles told of them ("Ruiz fue detenida"), and what a
gendered pronoun or description ("la acusó", "la exmandataria") may stand for by it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_es_forms import PARTICIPLE_ENDINGS
from chronicler.annotate.events_person_names import person_key
from chronicler.model import Mention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def described_as(
    genders: dict[tuple[str, ...], Counter[str]], gender: str, person: Participant
) -> bool:
    """The article describes the person mostly with `gender` ("la expresidenta X")."""
    counts = genders.get(person_key(person.text)) or Counter()
    return counts[gender] > sum(n for g, n in counts.items() if g != gender)


def the_topic_fits_better(
    genders: dict[tuple[str, ...], Counter[str]],
    gender: str | None,
    topic: Participant | None,
    ante: Mention,
) -> bool:
    """A gendered pronoun's custody topic, described with its gender, outranks a nearer name
    the article describes with none ("la acusó": the woman held, not a man named since)."""
    if gender is None or topic is None or person_key(topic.text) == person_key(ante.text):
        return False
    return described_as(genders, gender, topic) and not genders.get(person_key(ante.text))


def word_gender(tok: Token) -> str | None:
    """ "m" or "f" as the word's own morphology says ("la", "detenida", "abogado"), else None."""
    found = tok.morph.get("Gender", [])
    if found == ["Masc"]:
        return "m"
    return "f" if found == ["Fem"] else None


def _participles_of_subject(root: Token) -> list[Token]:
    """The participles that agree with a name as its subject: "Ruiz fue detenida", "Ruiz
    permaneció recluida" (whatever the small model tags the participle)."""
    if root.dep_ not in ("nsubj", "nsubj:pass"):
        return []
    verb = root.head
    told = [verb, *(c for c in verb.children if c.dep_ in ("obj", "xcomp"))]
    return [
        t
        for t in told
        if t.lower_.endswith(PARTICIPLE_ENDINGS)
        and t.pos_ in ("VERB", "ADJ", "NOUN")
        and not any(c.dep_ in ("det", "case") for c in t.children)
    ]


def described_genders(doc: Doc, mentions: Sequence[Mention]) -> dict[tuple[str, ...], Counter[str]]:
    """The gender of the noun each person is set beside ("Su abogado, Luis Guillén", "Su
    hija, Carolina Ribera") and of the participles told of them ("Ruiz fue detenida"),
    counted by name key."""
    out: dict[tuple[str, ...], Counter[str]] = {}
    for m in mentions:
        span = (
            doc.char_span(m.start, m.end, alignment_mode="expand") if m.label == "PERSON" else None
        )
        if span is None:
            continue
        root = span.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            nouns.append(root.head)
        nouns += _participles_of_subject(root)
        for noun in nouns:
            if (gender := word_gender(noun)) is not None:
                out.setdefault(person_key(m.text), Counter())[gender] += 1
    return out
