"""Does an article read as political, conflict, crime or public-affairs news?

Every event rule reads one sentence; this reads the whole article, so that a product review,
a game guide or a recipe page, whose sentences now and then use a word of the event
vocabulary ("the boss attacks", "a deal on headphones"), is no source of political events.
The reading is a small transparent score: of an article's words, how many name the actors
and the business of public life (the role words of the roles stage, civilians left out, and
the public-affairs words of data/events/topic.toml), plus the peoples and states the entity
tagger names (NORP, GPE), per 100 words. An article at or above the threshold, with at
least `min_political` political words alone per 100, reads as political news. A text too
short to judge (under `min_words` words or `min_sentences` sentences: a single report, a
brief) always does, so no one-sentence record is ever left out.

Pure per article (annotate stage). What is done with an article that does not read as
political news is the ingest's choice (`events_kept`, setting keep_unpolitical_events).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from chronicler.model import Annotation, Mention, TopicReading
from chronicler.settings import data_path

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Entity labels naming a people or a state (a nationality, a country, a city), per language:
# the Spanish pipeline labels every place LOC and has no NORP or GPE.
PEOPLES_AND_STATES = {"en": frozenset({"NORP", "GPE"}), "es": frozenset({"LOC"})}
# Roles of the [roles] tables that hold no public part: anyone ("family", "child", "doctor").
PRIVATE_ROLES = frozenset({"civilians"})


@dataclass(frozen=True)
class TopicLexicon:
    version: str
    min_words: int
    min_sentences: int
    threshold: float
    min_political: float
    political_words: dict[str, frozenset[str]]  # language -> role and public-affairs words
    public_affairs: dict[str, frozenset[str]]  # language -> the public-affairs words alone
    # language -> words of sport; an article with at least `min_sport` of them and
    # `sport_ratio` times as many as its political words reads as sport news (1.5.0)
    sport_words: dict[str, frozenset[str]] = field(default_factory=dict)
    min_sport: int = 0
    sport_ratio: float = 0.0
    # language -> words of everyday news outside public life (fires and storms, crashes,
    # medicine, science and space, markets, sailing), read as sport is (1.12.0)
    everyday_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # language -> words of a public response to a disaster or of a crime in it (aid, relief,
    # looting), which count with the political words against the everyday reading (1.8.0)
    relief_words: dict[str, frozenset[str]] = field(default_factory=dict)
    min_everyday: int = 0
    everyday_ratio: float = 0.0


def _role_words(table: dict[str, Any]) -> set[str]:
    return {
        str(w).lower()
        for role, words in table.get("roles", {}).items()
        if role not in PRIVATE_ROLES
        for w in words
    }


# The file whose [roles] table holds each language's role words.
ROLE_FILES = {"en": "roles", "es": "vocab_es"}


def _load(name: str) -> dict[str, Any]:
    with data_path("events", f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def load_topic_lexicon() -> TopicLexicon:
    """topic.toml with each language's role words (roles.toml, vocab_es.toml: read, not
    copied), less the ambiguous ones, and its public-affairs words."""
    topic = _load("topic")
    words = {}
    public_affairs = {}
    sport = {}
    everyday = {}
    relief = {}
    for language, role_file in ROLE_FILES.items():
        own = topic.get(language, {})
        ambiguous = {str(w).lower() for w in own.get("ambiguous_roles", ())}
        affairs = frozenset(str(w).lower() for w in own.get("public_affairs", ()))
        words[language] = frozenset((_role_words(_load(role_file)) - ambiguous) | affairs)
        public_affairs[language] = affairs
        sport[language] = frozenset(str(w).lower() for w in own.get("sport_words", ()))
        everyday[language] = frozenset(str(w).lower() for w in own.get("everyday_words", ()))
        relief[language] = frozenset(str(w).lower() for w in own.get("relief_words", ()))
    return TopicLexicon(
        version=str(topic["version"]),
        min_words=int(topic["min_words"]),
        min_sentences=int(topic["min_sentences"]),
        threshold=float(topic["threshold"]),
        min_political=float(topic["min_political"]),
        political_words=words,
        public_affairs=public_affairs,
        sport_words=sport,
        min_sport=int(topic.get("min_sport", 0)),
        sport_ratio=float(topic.get("sport_ratio", 0.0)),
        everyday_words=everyday,
        relief_words=relief,
        min_everyday=int(topic.get("min_everyday", 0)),
        everyday_ratio=float(topic.get("everyday_ratio", 0.0)),
    )


TOPIC_VERSION: str = load_topic_lexicon().version


def read_topic(doc: Doc, mentions: Sequence[Mention], sentences: int) -> TopicReading:
    """The article's topic reading from its parse, entity mentions and sentence count."""
    lexicon = load_topic_lexicon()
    language = doc.lang_ if doc.lang_ in lexicon.political_words else "en"
    vocabulary = lexicon.political_words[language]
    affairs = lexicon.public_affairs[language]
    words = 0
    political = 0
    public_affairs = 0  # of the political words, those of public affairs (a role word's not)
    sport_vocabulary = lexicon.sport_words.get(language, frozenset())
    everyday_vocabulary = lexicon.everyday_words.get(language, frozenset())
    relief_vocabulary = lexicon.relief_words.get(language, frozenset())
    sport = 0
    everyday = 0
    relief = 0
    for token in doc:
        if not token.is_alpha:
            continue
        words += 1
        lemma = token.lemma_.lower()
        if lemma in vocabulary or token.lower_ in vocabulary:
            political += 1
            if lemma in affairs or token.lower_ in affairs:
                public_affairs += 1
        elif lemma in sport_vocabulary or token.lower_ in sport_vocabulary:
            sport += 1
        elif lemma in everyday_vocabulary or token.lower_ in everyday_vocabulary:
            everyday += 1
        elif lemma in relief_vocabulary or token.lower_ in relief_vocabulary:
            relief += 1
    labels = PEOPLES_AND_STATES.get(doc.lang_, PEOPLES_AND_STATES["en"])
    names = sum(m.label in labels for m in mentions)
    score = 100.0 * (political + names) / words if words else 0.0
    share = 100.0 * political / words if words else 0.0
    judged = words >= lexicon.min_words and sentences >= lexicon.min_sentences
    return TopicReading(
        words=words,
        sentences=sentences,
        political_words=political,
        public_affairs_words=public_affairs,
        peoples_and_states=names,
        score=round(score, 2),
        judged=judged,
        political=not judged
        or (
            reads_political(score, share, lexicon)
            and not reads_as_sport(sport, political, lexicon)
            and not reads_as_everyday_news(everyday, political + relief, lexicon)
        ),
    )


def reads_as_sport(sport: int, political: int, lexicon: TopicLexicon) -> bool:
    """An article of sport: its words of sport (a match, a season, a coach, wickets) at least
    `min_sport` and `sport_ratio` times its political words ("fought so well" in a tennis
    report with "eight-nation contest" and "her clash with Razzano" as its only political
    words; topic 1.5.0). A crime or a dispute told of players keeps its arrests, talks and
    officials, so it stays political news."""
    return _outweighs(sport, political, lexicon.min_sport, lexicon.sport_ratio)


def reads_as_everyday_news(everyday: int, political: int, lexicon: TopicLexicon) -> bool:
    """An article of everyday news outside public life: its words of fires and storms,
    crashes, medicine, science and space or sailing at least `min_everyday` and
    `everyday_ratio` times its political words and words of relief (a bushfire report whose
    only political words are a "fire ban" and "police" closing roads; topic 1.8.0, 1.12.0).
    Such an article's "threat to property", evacuations and tours of the damage are no
    party's acts. A crime told in such words (a church burnt by an arsonist, a driver jailed)
    has its police, arson, charges and court, and aid to a quake's victims or complaints of
    slow relief their aid and relief words, so they stay political news."""
    return _outweighs(everyday, political, lexicon.min_everyday, lexicon.everyday_ratio)


def _outweighs(field_words: int, political: int, minimum: int, ratio: float) -> bool:
    """Whether an article's words of another field than public life, at least `minimum`,
    come to `ratio` times its political words (a `minimum` of 0 turns the reading off)."""
    return minimum > 0 and field_words >= minimum and field_words >= ratio * political


def reads_political(score: float, share: float, lexicon: TopicLexicon) -> bool:
    """`score`: political words and names per 100 words; `share`: political words alone."""
    return score >= lexicon.threshold and share >= lexicon.min_political


def events_kept(annotation: Annotation, keep_unpolitical: bool = False) -> Annotation:
    """The annotation as stored: an article that does not read as political news keeps its
    entities, dates and sentences but no event mentions, unless asked to keep them. Its
    reading says so (`events_kept` False, `events_left_out` the mentions it had), so that a
    view can tell why the article has no events."""
    topic = annotation.topic
    if keep_unpolitical or topic is None or topic.political:
        return annotation
    left_out = replace(topic, events_kept=False, events_left_out=len(annotation.events))
    return replace(annotation, events=(), topic=left_out)
