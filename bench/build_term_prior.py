"""Regenerate src/chronicler/data/resolve/term_prior.tsv.gz: background document frequencies of
story terms, so that IDF means something from a store's first article on.

Usage: python bench/build_term_prior.py   (needs `pip install wordfreq==3.1.1`, the `prior` extra)

Source: wordfreq 3.1.1 "large" word lists for English and Spanish (code Apache-2.0; its data,
and so the file written here, CC BY-SA 4.0: Robyn Speer et al., wordfreq). Each word is folded,
filtered and stemmed as chronicler.resolve.stories does for `w:` terms; the frequencies of words
sharing a stem are added. A token frequency f becomes the share of news articles that contain
the stem, p = 1 - exp(-f * ARTICLE_TOKENS) (an article of that many tokens, words taken as
independent draws); a stem's p is the larger of its English and Spanish values. Stems with p
under MIN_SHARE and numbers are left out: at run time a term not listed counts as rare (p = 0),
as do entity names.
"""

from __future__ import annotations

import gzip
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from chronicler.resolve.text import content_words, stem  # noqa: E402

VERSION = 1
LANGUAGES = ("en", "es")
ARTICLE_TOKENS = 300
MIN_SHARE = 0.001
OUT = ROOT / "src" / "chronicler" / "data" / "resolve" / "term_prior.tsv.gz"


def stem_shares(language: str) -> dict[str, float]:
    import wordfreq

    frequency: dict[str, float] = defaultdict(float)
    for word, f in wordfreq.get_frequency_dict(language, wordlist="large").items():
        tokens = content_words(word)
        # wordfreq folds every digit to 0 ("2008" is counted as "0000"), so its numbers say
        # nothing about one number: those stay rare
        if len(tokens) == 1 and not any(c.isdigit() for c in tokens[0]):
            frequency[stem(tokens[0])] += f
    return {s: 1.0 - math.exp(-f * ARTICLE_TOKENS) for s, f in frequency.items()}


def main() -> int:
    from importlib.metadata import version

    share: dict[str, float] = {}
    for language in LANGUAGES:
        for s, p in stem_shares(language).items():
            share[s] = max(share.get(s, 0.0), p)
    kept = sorted((s for s, p in share.items() if p >= MIN_SHARE), key=lambda s: (-share[s], s))
    header = (
        f"# term_prior version {VERSION}: share of news articles containing each stem\n"
        f"# from wordfreq {version('wordfreq')} large {'+'.join(LANGUAGES)} "
        f"(data CC BY-SA 4.0), p = 1 - exp(-f * {ARTICLE_TOKENS}), p >= {MIN_SHARE}\n"
    )
    body = "".join(f"{s}\t{share[s]:.3g}\n" for s in kept)
    # mtime 0: the same input writes the same bytes
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write((header + body).encode("utf-8"))
    print(f"{len(kept)} stems written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
