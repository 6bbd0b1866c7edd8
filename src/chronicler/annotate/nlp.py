"""Per-article NLP: sentences, entity mentions, time expressions and event mentions.

Pure per article given the loaded pipeline: this is the part a distributed runner fans out.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from chronicler.annotate.topic import read_topic
from chronicler.model import Annotation, Article, Mention, Sentence, TimeExpression
from chronicler.settings import data_path

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The entity labels chronicler keeps; the rest (CARDINAL, MONEY, DATE...) are other stages' job.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Spanish pipelines (es_core_news_*) label people PER and places LOC.
LABEL_MAP = {"PER": "PERSON"}
# Longer bodies are refused before parsing: spaCy's parser needs about 1 GB per 100k chars.
MAX_ANNOTATE_CHARS = 1_000_000


class PipelineNotInstalled(RuntimeError):
    pass


@cache
def load_pipeline(name: str) -> Language:
    """Load a spaCy pipeline once per process; it must be installed as a package (no download)."""
    import spacy

    if not spacy.util.is_package(name):
        raise PipelineNotInstalled(
            f"spaCy pipeline {name!r} is not installed; install it as a pip package "
            "(chronicler never downloads models at run time)"
        )
    nlp = spacy.load(name)
    _split_dateline_dashes(nlp, load_tokenizer_patterns())
    _keep_title_stops(nlp)
    _register_components()
    if "parser" in nlp.pipe_names and LINE_BREAK_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAK_COMPONENT, before="parser")
    # (the misreading it mends is the English model's)
    mends_parse = nlp.lang == "en" and "parser" in nlp.pipe_names
    if mends_parse and PARSE_MENDING_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARSE_MENDING_COMPONENT, after="parser")
    # (the Spanish model's own misreading, mended before the lemmatizer reads the parts of
    # speech)
    mends_es = nlp.lang == "es" and "parser" in nlp.pipe_names
    if mends_es and PARSE_MENDING_ES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARSE_MENDING_ES_COMPONENT, after="parser")
    if "ner" in nlp.pipe_names and ENTITY_MENDING_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(ENTITY_MENDING_COMPONENT, after="ner")
    return nlp


@dataclass(frozen=True)
class TokenizerPatterns:
    version: str
    suffixes: tuple[str, ...]
    infixes: tuple[str, ...]


@cache
def load_tokenizer_patterns() -> TokenizerPatterns:
    with data_path("annotate", "tokenizer.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    return TokenizerPatterns(raw["version"], tuple(raw["suffixes"]), tuple(raw["infixes"]))


TOKENIZER_VERSION: str = load_tokenizer_patterns().version


def _split_dateline_dashes(nlp: Language, patterns: TokenizerPatterns) -> None:
    """Split the dash that closes a wire dateline off its bracket or place ("(EFE).-",
    "BOGOTÁ.-"): left glued, the parser reads the dateline into the sentence. The patterns
    are tried before the pipeline's own (kept as it loaded them)."""
    tokenizer: Any = nlp.tokenizer
    suffix = "|".join(f"(?:{p})$" for p in patterns.suffixes)
    infix = "|".join(f"(?:{p})" for p in patterns.infixes)
    tokenizer.suffix_search = re.compile(
        f"{suffix}|{tokenizer.suffix_search.__self__.pattern}"
    ).search
    tokenizer.infix_finditer = re.compile(
        f"{infix}|{tokenizer.infix_finditer.__self__.pattern}"
    ).finditer


def _keep_title_stops(nlp: Language) -> None:
    """Keep the stop of a title written short on it ("Capt.", "Sgt.", "el gral.", "cnel."):
    split off, the parser reads it as a sentence's end and the name after it as the start
    of another, away from its rank. The titles are people.toml's, capitalised (Spanish
    writes them in lower case after an article too)."""
    from spacy.symbols import ORTH

    from chronicler.annotate.entities import load_person_cues

    tokenizer: Any = nlp.tokenizer
    for title in load_person_cues().titles:
        if not title.endswith(".") or not title[:-1].isalpha():
            continue
        forms = {title.capitalize(), title} if nlp.lang == "es" else {title.capitalize()}
        for form in forms:
            if len(tokenizer(form)) > 1:
                tokenizer.add_special_case(form, [{ORTH: form}])


LINE_BREAK_COMPONENT = "chronicler_line_breaks_v2"
ENTITY_MENDING_COMPONENT = "chronicler_entity_mending_v1"
PARSE_MENDING_COMPONENT = "chronicler_parse_mending_v62"
PARSE_MENDING_ES_COMPONENT = "chronicler_parse_mending_es_v8"
# Named in `pipeline_version`: a component's name carries its version.
OWN_COMPONENTS = (
    LINE_BREAK_COMPONENT,
    PARSE_MENDING_COMPONENT,
    PARSE_MENDING_ES_COMPONENT,
    ENTITY_MENDING_COMPONENT,
)


@cache
def _register_components() -> None:
    """Registered lazily (not at import) so importing chronicler never needs spaCy."""
    from spacy.language import Language

    @Language.component(LINE_BREAK_COMPONENT, assigns=["token.is_sent_start"])
    def line_breaks(doc: Doc) -> Doc:
        # A title, a dek or a photo caption is its own line: never one sentence with the
        # paragraph after it. The parser keeps boundaries set before it runs.
        line_start = 0
        for token in doc:
            ends_line = "\n" in token.text or "\n" in token.whitespace_
            if ends_line or token.i == len(doc) - 1:
                _mark_line(doc, line_start, token.i + 1)
                line_start = token.i + 1
        return doc

    @Language.component(PARSE_MENDING_COMPONENT, assigns=["token.dep", "token.head", "token.tag"])
    def parse_mending(doc: Doc) -> Doc:
        from chronicler.annotate.parse_mending import mend_parse

        return mend_parse(doc)

    @Language.component(
        PARSE_MENDING_ES_COMPONENT,
        assigns=["token.dep", "token.head", "token.pos", "token.morph"],
    )
    def parse_mending_es(doc: Doc) -> Doc:
        from chronicler.annotate.parse_mending_es import mend_parse_es

        return mend_parse_es(doc)

    @Language.component(ENTITY_MENDING_COMPONENT, assigns=["doc.ents"])
    def entity_mending(doc: Doc) -> Doc:
        from chronicler.annotate.entities import mend_entities

        return mend_entities(doc)


def _mark_line(doc: Doc, start: int, end: int) -> None:
    """A line starts a sentence; a line with no inner full stop (a headline) is one sentence."""
    if start >= len(doc):
        return
    doc[start].is_sent_start = True
    words = [t for t in doc[start:end] if not t.is_space]
    if any(t.text in {".", "!", "?", "…"} for t in words[:-1]):
        # a paragraph's first word is never a sentence alone: the Spanish parser cuts
        # "Morales | dimitió el 10 de noviembre ..." after a line break
        if len(words) > 2 and words[1].is_alpha and words[0].is_alpha:
            words[1].is_sent_start = False
        return
    for token in doc[start + 1 : end]:
        token.is_sent_start = False


def pipeline_for_language(language: str | None, default: str, spanish: str | None) -> str:
    """The pipeline to parse an article with: a Spanish one for Spanish text when installed."""
    import spacy

    if language == "es" and spanish and spacy.util.is_package(spanish):
        return spanish
    return default


def pipeline_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def annotate_articles(
    articles: Sequence[Article], nlp: Language, batch_size: int = 32
) -> Iterator[Annotation]:
    """Annotate articles in order, parsing them in batches with `nlp.pipe`."""
    docs = parse_texts(nlp, (a.text for a in articles), batch_size=batch_size)
    for article, doc in zip(articles, docs, strict=True):
        yield annotate_doc(article, doc)


# What a case-normalised parse hands over to the original text's Doc.
_PARSE_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "SENT_START")


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """`nlp.pipe` over the texts, except that a text with headlines in capitals is parsed in
    its case-normalised copy (annotate.truecase), whose analysis is then laid over the
    original words: the Doc's text and offsets are the original's."""
    from chronicler.annotate.truecase import case_normalised

    pairs = ((case_normalised(t, nlp.lang or ""), t) for t in texts)
    tagged = (
        (normalised, (original, normalised is not original)) for normalised, original in pairs
    )
    for doc, (original, changed) in nlp.pipe(tagged, batch_size=batch_size, as_tuples=True):
        yield _over_original(doc, original) if changed else doc


def _over_original(doc: Doc, original: str) -> Doc:
    """A Doc of `original`'s words carrying `doc`'s parse; `doc` is a same-length copy of
    `original` that differs only in case, so its tokens sit at the same offsets."""
    from spacy.tokens import Doc

    words = [original[t.idx : t.idx + len(t.text)] for t in doc]
    out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    array: Any = doc.to_array(list(_PARSE_ATTRS))  # (spaCy's stubs type it as floats)
    out.from_array(list(_PARSE_ATTRS), array)
    return out


def annotate_doc(article: Article, doc: Doc) -> Annotation:
    sentences = tuple(
        Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text)
        for i, s in enumerate(_sentences(doc))
    )
    starts = [s.start for s in sentences]
    mentions = tuple(
        Mention(
            start=ent.start_char,
            end=ent.end_char,
            text=ent.text,
            label=LABEL_MAP.get(ent.label_, ent.label_),
            sentence=_sentence_of(starts, ent.start_char),
        )
        for ent in doc.ents
        if LABEL_MAP.get(ent.label_, ent.label_) in ENTITY_LABELS and ent.text.strip()
    )
    times = tuple(_with_sentence(t, starts) for t in find_times(article, doc))
    events = find_events(doc, mentions, times, sentences, article)
    return Annotation(
        article_id=article.id,
        sentences=sentences,
        mentions=mentions,
        times=times,
        events=events,
        topic=read_topic(doc, mentions, len(sentences)),
    )


def _sentences(doc: Doc) -> Iterable:  # type: ignore[type-arg]
    """spaCy sentences without the whitespace-only ones that blank lines produce."""
    return (s for s in doc.sents if s.text.strip())


def _sentence_of(starts: list[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0) if starts else -1


def _with_sentence(time: TimeExpression, starts: list[int]) -> TimeExpression:
    return replace(time, sentence=_sentence_of(starts, time.start))


def find_times(article: Article, doc: Doc | None = None) -> list[TimeExpression]:
    from chronicler.annotate.timex import find_time_expressions

    return find_time_expressions(
        article.text,
        anchor=article.published.value,
        language=article.language or "en",
        doc=doc,
    )


def find_events(
    doc: Doc,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    sentences: Sequence[Sentence],
    article: Article,
) -> tuple:  # type: ignore[type-arg]
    """Events in the article's language, read with that language's vocabulary. A parse by a
    pipeline of another language (Spanish text through the English model when the Spanish one
    is not installed) yields no events: its tags are noise to either vocabulary."""
    language = article.language
    if doc.lang_ == "es" and language in ("es", None):
        from chronicler.annotate.events_es import extract_events_es

        return extract_events_es(doc, mentions, times, sentences, article.published)
    if doc.lang_ != "en" or language not in ("en", None):
        return ()
    from chronicler.annotate.events import extract_events

    return tuple(extract_events(doc, mentions, times, sentences, article.published))
