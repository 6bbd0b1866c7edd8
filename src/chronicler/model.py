"""Typed records that flow between the pipeline stages.

Every record is frozen: a stage takes records and returns new ones. Offsets
(`start`, `end`) are character offsets into `Article.text`, the clean body,
unless a field says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PayloadKind = Literal["text", "html"]
Granularity = Literal["day", "month", "year", "week", "quarter", "season", "decade", "time"]
DateBasis = Literal[
    "metadata", "dateline", "byline", "header", "copyright", "url", "inferred", "unknown"
]
Certainty = Literal["exact", "approximate", "inferred"]


@dataclass(frozen=True)
class DeclaredMetadata:
    """What a container (JSONL record, WARC header, HTML meta) says about an article."""

    url: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    source_id: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """One article as read from disk, before any cleaning."""

    source: str  # file path, or path#record for containers (JSONL line, WARC record)
    payload: str  # decoded text or HTML
    kind: PayloadKind
    declared: DeclaredMetadata = field(default_factory=DeclaredMetadata)


@dataclass(frozen=True)
class IngestFailure:
    """A file (or record) that could not be read, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class RemovedSpan:
    """Boilerplate cut from the input; offsets are into the input text before cleaning."""

    start: int
    end: int
    text: str
    reason: str  # e.g. "subscription", "most-viewed", "nav", "copyright", "newsletter"


@dataclass(frozen=True)
class PublicationDate:
    value: str | None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | None
    basis: DateBasis = "unknown"
    confidence: float = 0.0
    note: str | None = None  # why a candidate was rejected, e.g. a contradicted header date


@dataclass(frozen=True)
class Article:
    id: str  # sha256 of the normalised clean text (content address)
    source: str
    text: str
    title: str | None
    outlet: str | None
    wire: str | None
    published: PublicationDate
    language: str | None
    source_id: str | None = None
    url: str | None = None
    removed: tuple[RemovedSpan, ...] = ()
    input_text: str = ""  # the text the cleaner saw, which `removed` offsets point into


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """An entity mention in the clean text."""

    start: int
    end: int
    text: str
    label: str  # PERSON | ORG | GPE | LOC | FAC | NORP
    sentence: int


@dataclass(frozen=True)
class TimeExpression:
    """A TIMEX3-style time expression normalised against an anchor date."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None  # ISO value at its own granularity: "2018-03", "P5Y", "1992-02-04"
    granularity: str | None = None
    certainty: Certainty = "exact"
    anchor: str | None = None  # the date it was resolved against, if relative
    sentence: int = -1


@dataclass(frozen=True)
class EventDate:
    value: str | None
    basis: str  # "sentence" | "discourse" | "article" | "duration" | "unknown"
    certainty: Certainty
    granularity: str | None = None


# The label of the one mention of a person the reports only describe ("a photographer"):
# never PERSON, so no label vote nor binding of a story's people takes it (resolve/described.py).
DESCRIBED_LABEL = "DESCRIBED"


@dataclass(frozen=True)
class Participant:
    """An event's actor or target: the text span, and the mention it matched if any."""

    text: str
    start: int
    end: int
    role: str | None = None  # government, military, opposition, police, judiciary, ...
    label: str | None = None  # entity label of the matched mention
    phrase: str | None = None  # the whole argument phrase ("agents from the ... service")
    # text/offsets are what the phrase stands for, not the phrase itself: a pronoun's
    # antecedent, or the state of the territory named at the offsets ("in Moscow": Russia)
    resolved: bool = False
    count: str | None = None  # a number on the phrase ("16" national guardsmen)
    country: str | None = None  # ISO 3166-1 alpha-3 of the state it acts for ("VEN")
    # one person the text describes and never names, introduced by an indefinite article ("a
    # photographer was arrested"), or a pronoun standing for one: an actor of its article alone
    described: bool = False
    # the text only alleges this party did the act: charged with, accused of, arrested for,
    # suspected of, on trial for it ("X was charged in the 1996 bombings"), whether the act
    # itself is told done or flagged hypothetical; a conviction, a guilty plea or an admission
    # establishes it (no mark). An actor's mark, or a side of a two-way act written as its
    # target ("X and Y were charged with assaulting each other": Y too), which the views read
    # as the actors' (annotate/events_alleged.py)
    alleged: bool = False


@dataclass(frozen=True)
class EventMention:
    """One sentence's report of an event, with its evidence."""

    type: str  # PLOVER type, e.g. ARREST is mode of COERCE
    mode: str | None
    cameo: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: int
    sentence_start: int
    sentence_end: int
    actors: tuple[Participant, ...] = ()
    targets: tuple[Participant, ...] = ()
    location: str | None = None
    date: EventDate = field(
        default_factory=lambda: EventDate(value=None, basis="unknown", certainty="inferred")
    )
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    attributes: tuple[tuple[str, str], ...] = ()  # (name, value): charges, held_at, count...
    main: bool = False  # the sentence's main event (closest to the root of the parse)
    reported_by: tuple[Participant, ...] = ()  # who says so: "X said that..." (attribution)


@dataclass(frozen=True)
class TopicReading:
    """Whether an article reads as political news (annotate/topic.py): how many of its words
    name the actors and business of public life. `judged` is False for a text too short to
    judge (a brief, a single report), which always reads as news."""

    words: int
    sentences: int
    political_words: int  # role words and public-affairs words
    public_affairs_words: int  # of political_words, the public-affairs words (topic.toml)
    peoples_and_states: int  # NORP and GPE names
    score: float  # political words and names per 100 words
    judged: bool
    political: bool
    # What ingest did with the article's events (annotate.topic.events_kept): kept, or left
    # out (how many mentions) as it does not read as political news.
    events_kept: bool = True
    events_left_out: int = 0


@dataclass(frozen=True)
class Annotation:
    """Everything the per-article NLP stage derives from one article."""

    article_id: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    times: tuple[TimeExpression, ...]
    events: tuple[EventMention, ...] = ()
    # stored beside the article (article_topics) with what ingest made of it; None on an
    # article stored before the reading was kept
    topic: TopicReading | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ProcessedArticle:
    article: Article
    annotation: Annotation
