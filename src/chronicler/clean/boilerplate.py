"""Plain-text boilerplate removal, line by line.

Cascade (`remove_boilerplate`):
1. split the text into non-blank lines with their offsets;
2. tag each line with a boilerplate family from the lexicon (data/clean/boilerplate.toml),
   only on lines short enough for the family, so body paragraphs are never hit by a word;
3. score each line: running prose (many words, many stop words, sentence punctuation) is
   positive, menus, widgets and lexicon hits negative, repeated lines negative;
4. the body is the region of lines with the best total score (maximum subarray), plus any
   other region strong enough on its own; inside it, only lexicon hits and repeats go;
5. the title is the headline-like line just above the body (or the page's first line).
Every line that does not reach the body is recorded with a reason.
Linear in the number of lines: a 5 MB text takes a couple of seconds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from chronicler.clean.lexicon import BoilerplateLexicon, boilerplate_lexicon
from chronicler.clean.metadata import outlet_from_copyright
from chronicler.model import RemovedSpan

LineLabel = Literal["body", "title", "boilerplate"]

_WORD = re.compile(r"\w+")
# Ends like a sentence: a full stop (maybe inside closing quotes or brackets), or a colon
# introducing a quote. "…" and "[…]" end teasers, "(185)" ends list items: neither counts.
_TERMINAL = re.compile(r"(?:[.!?。！？][\"”’»)\]]*|[:;])\s*$")
_TEASER = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*\]?\s*$")
_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")
# Title separators: "Headline - Outlet", "Headline | Outlet".
_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—]{2,40}$")


@dataclass(frozen=True)
class Line:
    index: int
    start: int  # offsets of the stripped line in the input text
    end: int
    text: str
    words: int
    stop_share: float
    blanks_before: int


@dataclass(frozen=True)
class LineDecision:
    line: Line
    label: LineLabel
    reason: str  # "body", "title", or the boilerplate family / "outside-body" / "duplicate"
    score: float


@dataclass(frozen=True)
class BoilerplateResult:
    body: str
    title: str | None
    decisions: tuple[LineDecision, ...]
    removed: tuple[RemovedSpan, ...]


def split_lines(text: str, stopwords: frozenset[str]) -> list[Line]:
    """Non-blank lines with offsets of their stripped text; counts blank lines between them."""
    lines: list[Line] = []
    blanks = 0
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            pos += len(raw)
            continue
        start = pos + (len(raw) - len(raw.lstrip()))
        tokens = _WORD.findall(stripped)
        stop = sum(1 for t in tokens if t.lower() in stopwords)
        lines.append(
            Line(
                index=len(lines),
                start=start,
                end=start + len(stripped),
                text=stripped,
                words=len(tokens),
                stop_share=stop / len(tokens) if tokens else 0.0,
                blanks_before=blanks,
            )
        )
        blanks = 0
        pos += len(raw)
    return lines


def line_family(line: Line, lexicon: BoilerplateLexicon) -> str | None:
    """The first boilerplate family whose pattern fires on this line, if it is short enough."""
    for family in lexicon.families:
        if line.words <= family.max_words and family.pattern.search(line.text):
            return family.name
    return None


def _titlecase_share(text: str) -> float:
    words = _ALPHA_WORD.findall(text)
    if len(words) < 3:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def line_score(line: Line, family: str | None, lexicon: BoilerplateLexicon) -> float:
    """How much this line looks like article prose (positive) or page furniture (negative)."""
    s = lexicon.scoring
    if family is not None:
        return s.lexicon_penalty
    if line.words == 0:
        return 0.0  # separators, bullets, zero-width spaces: neither prose nor furniture
    terminal = bool(_TERMINAL.search(line.text)) and not _TEASER.search(line.text)
    if line.words >= s.prose_min_words and line.stop_share >= s.prose_min_stopword:
        score = s.prose_base + s.prose_per_word * min(line.words, s.prose_word_cap)
        # Headlines and teaser lists read like prose but rarely end like a sentence.
        score = score + s.terminal_bonus if terminal else score * s.unterminated_factor
    elif line.words <= s.short_max_words and not terminal:
        score = s.short_penalty
    else:
        score = s.medium_penalty + (s.terminal_bonus if terminal else 0.0)
    if _titlecase_share(line.text) >= 0.7:
        score += s.titlecase_penalty
    return score + s.blank_gap_penalty * min(line.blanks_before, 3)


def word_key(text: str) -> str:
    """The words of a line, case folded, for comparing lines."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFC", text).casefold()))


def repeated_lines(lines: list[Line]) -> set[int]:
    """Indexes of lines whose text occurs more than once (sticky titles, doubled captions)."""
    seen: dict[str, list[int]] = {}
    for line in lines:
        key = word_key(line.text)
        if key:
            seen.setdefault(key, []).append(line.index)
    return {i for idx in seen.values() if len(idx) > 1 for i in idx}


def best_region(scores: list[float], lo: int, hi: int) -> tuple[int, int, float]:
    """Maximum-sum contiguous run scores[i:j] within [lo, hi) (Kadane); (lo, lo, 0) if none."""
    best = (lo, lo, 0.0)
    run_start, run = lo, 0.0
    for k in range(lo, hi):
        if run <= 0:
            run_start, run = k, 0.0
        run += scores[k]
        if run > best[2]:
            best = (run_start, k + 1, run)
    return best


def body_regions(scores: list[float], min_extra: float) -> list[tuple[int, int]]:
    """The best region, then further regions on either side that are strong on their own."""
    first = best_region(scores, 0, len(scores))
    if first[1] == first[0]:
        return []
    regions = [(first[0], first[1])]
    pending = [(0, first[0]), (first[1], len(scores))]
    while pending:
        lo, hi = pending.pop()
        if hi - lo <= 0:
            continue
        i, j, total = best_region(scores, lo, hi)
        if j > i and total >= min_extra:
            regions.append((i, j))
            pending.extend([(lo, i), (j, hi)])
    return sorted(regions)


# A closing abbreviation ("... desterrados a EE.UU.", "... to the U.S.") ends no sentence.
_FINAL_ABBREVIATION = re.compile(r"\b(?:[^\W\d_]{1,3}\.){2,}$")


def _is_headline(line: Line) -> bool:
    alpha = len(_ALPHA_WORD.findall(line.text))
    ends = line.text.endswith((".", ",", ";")) and not _FINAL_ABBREVIATION.search(line.text)
    return alpha >= 2 and line.words <= 30 and not ends


def pick_title(
    lines: list[Line],
    families: list[str | None],
    body_start: int,
    exclude: set[int],
    min_words: int = 1,
    stopwords: frozenset[str] = frozenset(),
) -> int | None:
    """Index of the headline above the body: a repeated headline, else the nearest one of
    at least `min_words` words (a two-word widget label may sit closer) that shares a content
    word with the body's opening when one does (a place line under the masthead, "Santa Cruz
    de la Sierra", shares none), else the nearest; near is within 6 lines that no boilerplate
    family claimed. With none near the body, the first of at least `min_words` words (a
    two-word section name, "Asia Pacific", may come first), else the first."""
    candidates = [
        k
        for k in range(body_start)
        if families[k] is None and k not in exclude and _is_headline(lines[k])
    ]
    if not candidates:
        return None
    # A line that repeats another one (title shown twice, or "<title> - Outlet") is a strong cue.
    keys = {k: word_key(_TITLE_SUFFIX.sub("", lines[k].text)) for k in candidates}
    counts: dict[str, int] = {}
    for key in keys.values():
        counts[key] = counts.get(key, 0) + 1
    repeated = [k for k in candidates if counts[keys[k]] > 1]
    if repeated:
        return repeated[-1]
    # Distance counts only lines no family claimed: share buttons, a byline and a timestamp
    # between the headline and the body do not push it away.
    unclaimed = [m for m in range(body_start) if families[m] is None]
    near = [k for k in candidates if sum(1 for m in unclaimed if m >= k) <= 6]
    worded = [k for k in near if lines[k].words >= min_words]
    opening = _content_words(
        " ".join(ln.text for ln in lines[body_start : body_start + 2]), stopwords
    )
    echoing = [k for k in worded if _content_words(lines[k].text, stopwords) & opening]
    worded = echoing or worded
    if near:
        return worded[-1] if worded else near[-1]
    far = [k for k in candidates if lines[k].words >= min_words]
    return far[0] if far else candidates[0]


def _content_words(text: str, stopwords: frozenset[str]) -> set[str]:
    """Lower-cased words of four letters or more that are no stop words."""
    return {w for w in (t.lower() for t in _ALPHA_WORD.findall(text)) if len(w) >= 4} - stopwords


def _masthead_lines(lines: list[Line], body_start: int) -> set[int]:
    """Lines above the body that only name the outlet its copyright line names ("La Gaceta
    del Cantábrico" over the headline, "© La Gaceta del Cantábrico." at the foot): the
    masthead, no headline."""
    holder = outlet_from_copyright(line.text for line in lines)
    if not holder:
        return set()
    key = word_key(holder)
    return {k for k in range(body_start) if word_key(lines[k].text) == key}


def _dek_lines(lines: list[Line], regions: list[tuple[int, int]]) -> set[int]:
    """Lines around the body's start that restate its opening (standfirst, summary)."""
    if not regions:
        return set()
    start = regions[0][0]
    out = set()
    for k in range(max(0, start - 8), min(start + 2, len(lines))):
        key = word_key(lines[k].text)
        following = " ".join(word_key(lines[m].text) for m in range(k + 1, min(k + 6, len(lines))))
        if len(key) >= 20 and key in following:
            out.add(k)
    return out


def cut_at_comments(
    regions: list[tuple[int, int]], families: list[str | None]
) -> list[tuple[int, int]]:
    """Readers' comments follow the article: nothing after a comments header is body."""
    if not regions:
        return regions
    start = regions[0][0]
    cut = next((k for k in range(start + 1, len(families)) if families[k] == "comments"), None)
    if cut is None:
        return regions
    kept = [(i, min(j, cut)) for i, j in regions if i < cut]
    return [(i, j) for i, j in kept if j > i]


def headline_runs(lines: list[Line], in_body: list[bool], min_run: int) -> set[int]:
    """Runs of several unpunctuated short lines inside the body: teaser lists, not prose."""
    out: set[int] = set()
    run: list[int] = []
    for line, inside in zip(lines, in_body, strict=True):
        unpunctuated = not _TERMINAL.search(line.text) or bool(_TEASER.search(line.text))
        if inside and unpunctuated and line.words <= 25:
            run.append(line.index)
            continue
        if len(run) >= min_run:
            out.update(run)
        run = []
    if len(run) >= min_run:
        out.update(run)
    return out


def extend_colon_lists(
    lines: list[Line], families: list[str | None], regions: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A body line ending in ":" introduces what follows: take the list block under it."""
    out = []
    for i, j in regions:
        if j > i and lines[j - 1].text.endswith(":"):
            # The list is the contiguous block (no blank line) right below the colon line.
            while j < len(lines) and lines[j].blanks_before == 0 and families[j] is None:
                j += 1
        out.append((i, j))
    return out


def colon_list_lines(lines: list[Line], in_body: list[bool]) -> set[int]:
    """Body lines in a contiguous block under a line ending in ":" (announced lists)."""
    out: set[int] = set()
    under = False
    for line in lines:
        if under and in_body[line.index] and line.blanks_before == 0:
            out.add(line.index)
            continue
        under = in_body[line.index] and line.text.endswith(":")
    return out


def trim_leading_headlines(lines: list[Line], region: tuple[int, int]) -> tuple[int, int]:
    """Headline-like lines opening the body region are its title and dek, not body."""
    i, j = region
    while i < j - 1 and _is_headline(lines[i]) and not _TERMINAL.search(lines[i].text):
        i += 1
    return i, j


def tag_lists(lines: list[Line], families: list[str | None], max_items: int) -> None:
    """Lines under a "Most viewed" / "Related" header are that list, until prose resumes."""
    k = 0
    while k < len(lines):
        if families[k] == "most-viewed":
            m = k + 1
            while m < len(lines) and m - k <= max_items and families[m] in (None, "most-viewed"):
                line = lines[m]
                # Running prose (a sentence, or a colon opening a list) ends the list.
                sentence = _TERMINAL.search(line.text) and not _TEASER.search(line.text)
                if line.words > 40 or (sentence and line.words >= 6):
                    break
                families[m] = "most-viewed"
                m += 1
            k = m
        else:
            k += 1


def remove_boilerplate(text: str, lexicon: BoilerplateLexicon | None = None) -> BoilerplateResult:
    """Split `text` into body, title and removed boilerplate spans (offsets into `text`)."""
    lex = lexicon or boilerplate_lexicon()
    lines = split_lines(text, lex.stopwords)
    families = [line_family(line, lex) for line in lines]
    tag_lists(lines, families, lex.scoring.list_max_items)
    repeats = repeated_lines(lines)
    scores = [line_score(line, fam, lex) for line, fam in zip(lines, families, strict=True)]
    for k in repeats:
        if families[k] is None:
            scores[k] += lex.scoring.duplicate_penalty
    regions = cut_at_comments(body_regions(scores, lex.scoring.extra_region_min_score), families)
    regions = extend_colon_lists(lines, families, regions)
    if regions:
        regions[0] = trim_leading_headlines(lines, regions[0])
    in_body = [False] * len(lines)
    for i, j in regions:
        for k in range(i, j):
            in_body[k] = True
    deks = _dek_lines(lines, regions)
    teasers = headline_runs(lines, in_body, lex.scoring.headline_run_min)
    teasers -= colon_list_lines(lines, in_body)
    body_start = regions[0][0] if regions else len(lines)
    masthead = _masthead_lines(lines, body_start)
    title_idx = pick_title(
        lines, families, body_start, deks | masthead, lex.scoring.title_min_words, lex.stopwords
    )

    decisions: list[LineDecision] = []
    body_lines: list[str] = []
    removed: list[RemovedSpan] = []
    previous_body_key = ""
    label: LineLabel
    for line, fam, score, inside in zip(lines, families, scores, in_body, strict=True):
        key = word_key(line.text)
        if line.index == title_idx:
            label, reason = "title", "title"
        elif fam is not None:
            label, reason = "boilerplate", fam
        elif line.index in deks:
            label, reason = "boilerplate", "dek"
        elif inside and line.index in teasers:
            label, reason = "boilerplate", "headline-list"
        elif inside and key and key == previous_body_key:
            label, reason = "boilerplate", "duplicate"
        elif inside:
            label, reason = "body", "body"
        else:
            label, reason = "boilerplate", "duplicate" if line.index in repeats else "outside-body"
        decisions.append(LineDecision(line=line, label=label, reason=reason, score=score))
        if label == "body":
            body_lines.append(line.text)
            previous_body_key = key
        else:
            removed.append(
                RemovedSpan(start=line.start, end=line.end, text=line.text, reason=reason)
            )
    title = lines[title_idx].text if title_idx is not None else None
    return BoilerplateResult(
        body="\n\n".join(body_lines),
        title=title,
        decisions=tuple(decisions),
        removed=tuple(removed),
    )
