"""ECB+ for the resolve benchmark: the documents with their gold action mentions, and their
spaCy parse (entities, lemmas, each trigger's subject and object), optionally cached."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronicler.clean.published import find_publication_date
from chronicler.model import DeclaredMetadata, EventMention, Mention, PublicationDate

ROOT = Path(__file__).resolve().parent.parent
DEV_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "ecbplus"


@dataclass
class GoldMention:
    doc: str
    m_id: str
    tokens: list[int]
    sentence: int
    text: str
    cluster: str


@dataclass
class Doc:
    name: str
    topic: int
    story: str
    sentences: dict[int, list[tuple[int, str]]]  # sentence -> [(t_id, token)]
    mentions: list[GoldMention] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(" ".join(t for _, t in toks) for _, toks in sorted(self.sentences.items()))


def publication_date(doc: Doc) -> PublicationDate:
    """The date the product would give the document: ECB+ declares none (and its source URL,
    sentence 0, is withheld), so the clean stage's inference from the text alone decides,
    called as the clean stage calls it."""
    return find_publication_date(doc.text, doc.text, DeclaredMetadata())


def load_docs(data: Path, topics: set[int] | None = None) -> list[Doc]:
    selected: set[tuple[str, int]] = set()
    with (data / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            selected.add((f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])))
    docs = []
    for path in sorted((data / "topics").glob("*/*.xml")):
        topic = int(path.parent.name)
        if topics is not None and topic not in topics:
            continue
        docs.append(_parse(path, topic, selected))
    return docs


def _parse(path: Path, topic: int, selected: set[tuple[str, int]]) -> Doc:
    root = ET.parse(path).getroot()
    name = path.stem
    plus = name.endswith("ecbplus")
    sentences: dict[int, list[tuple[int, str]]] = defaultdict(list)
    token_sentence: dict[int, int] = {}
    token_text: dict[int, str] = {}
    for tok in root.iter("token"):
        t_id, sentence = int(tok.get("t_id", "0")), int(tok.get("sentence", "0"))
        token_sentence[t_id] = sentence
        token_text[t_id] = tok.text or ""
        if plus and sentence == 0:
            continue  # the source URL: it would give the story away
        sentences[sentence].append((t_id, tok.text or ""))
    doc = Doc(name, topic, f"{topic}{'plus' if plus else 'ecb'}", dict(sentences))
    markables = root.find("Markables")
    actions: dict[str, list[int]] = {}
    for m in markables if markables is not None else []:
        if m.tag.startswith(("ACTION", "NEG_ACTION")):
            anchors = [int(a.get("t_id", "0")) for a in m.iter("token_anchor")]
            if anchors:
                actions[m.get("m_id", "")] = anchors
    chain: dict[str, str] = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        target = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else f"{name}:{rel.get('r_id')}"
        for source in rel.iter("source"):
            chain[source.get("m_id", "")] = str(target)
    key = f"{topic}_{name.split('_', 1)[1]}"
    for m_id, anchors in actions.items():
        sentence = token_sentence[anchors[0]]
        if (key, sentence) not in selected:
            continue
        doc.mentions.append(
            GoldMention(
                doc=name,
                m_id=m_id,
                tokens=anchors,
                sentence=sentence,
                text=" ".join(token_text[t] for t in anchors),
                cluster=chain.get(m_id, f"{name}:singleton:{m_id}"),
            )
        )
    return doc


# -- NLP for the benchmark: spaCy entities (the product reads them from the store) -----------


@dataclass
class Parsed:
    mentions: list[Mention]
    lemmas: dict[int, str]  # t_id -> lemma
    # gold mention id -> (subject, object) head lemmas of its trigger in the parse; None in a
    # cache written before the parser was used (it is then parsed again)
    arguments: dict[str, tuple[frozenset[str], frozenset[str]]] | None = None
    # the event mentions the product's annotate stage finds (ecbplus_annotate.with_events);
    # their dates give each report its lead dates (stories.lead_dates)
    events: tuple[EventMention, ...] = ()


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "attr"})
NOMINAL_DEPS = frozenset({"poss", "compound", "nmod"})  # "Lohan's arrest", "the Oscar race"


def trigger_arguments(head: Any) -> tuple[frozenset[str], frozenset[str]]:
    """Subject and object head lemmas of a trigger token (for a noun trigger, its possessor
    and compound modifiers count as objects); "by X" of a passive is a subject."""
    subjects: set[str] = set()
    objects: set[str] = set()
    for child in head.children:
        if child.dep_ in SUBJECT_DEPS:
            subjects.add(child.lemma_.lower())
        elif child.dep_ == "agent":
            subjects.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in OBJECT_DEPS or (head.pos_ == "NOUN" and child.dep_ in NOMINAL_DEPS):
            objects.add(child.lemma_.lower())
    return frozenset(subjects), frozenset(objects)


def parse_docs(docs: list[Doc]) -> list[Parsed]:
    import spacy
    from spacy.tokens import Doc as SpacyDoc

    from chronicler.settings import DEFAULT_SPACY_MODEL

    nlp = spacy.load(DEFAULT_SPACY_MODEL)  # the parser gives the triggers' arguments
    spacy_docs, t_ids = [], []
    for doc in docs:
        tokens, ids, starts = [], [], []
        for s in sorted(doc.sentences):
            for i, (t_id, text) in enumerate(doc.sentences[s]):
                tokens.append(text or "_")
                ids.append(t_id)
                starts.append(i == 0)
        spacy_docs.append(SpacyDoc(nlp.vocab, words=tokens or ["_"], sent_starts=starts or [True]))
        t_ids.append(ids)
    parsed = []
    for doc, sdoc, ids in zip(docs, nlp.pipe(spacy_docs, batch_size=64), t_ids, strict=True):
        mentions = [Mention(e.start_char, e.end_char, e.text, e.label_, 0) for e in sdoc.ents]
        lemmas = {ids[i]: tok.lemma_.lower() for i, tok in enumerate(sdoc) if i < len(ids)}
        position = {t_id: i for i, t_id in enumerate(ids)}
        arguments = {}
        for m in doc.mentions:
            at = [position[t] for t in m.tokens if t in position]
            if at:  # the last token heads a multi-word trigger ("drunk driving")
                arguments[m.m_id] = trigger_arguments(sdoc[at[-1]])
        parsed.append(Parsed(mentions, lemmas, arguments))
    return parsed


def load_parsed(data: Path, cache: str | None) -> tuple[list[Doc], list[Parsed]]:
    """The documents with their parse (cached in `cache`, if given) and the product's event
    mentions (ecbplus_annotate, cached on its own)."""
    import pickle

    from ecbplus_annotate import with_events

    if cache and Path(cache).exists():
        docs, parsed = pickle.loads(Path(cache).read_bytes())
        if all(p.arguments is not None for p in parsed):
            return docs, with_events(docs, parsed)
    docs = load_docs(data)
    parsed = parse_docs(docs)
    if cache:
        Path(cache).write_bytes(pickle.dumps((docs, parsed)))
    return docs, with_events(docs, parsed)
