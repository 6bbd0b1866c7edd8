"""Headlines in capitals, put in sentence case for the parser.

The small spaCy pipelines read a run of capitals ("OBREROS PROTESTARAN EL JUEVES EN PANAMA")
as a string of proper nouns, so such a sentence yields no event. `case_normalised` returns a
copy of the text in which each run of capitalised words is in sentence case; the copy has the
same length and offsets as the original (case changes that would alter a character's length,
such as "İ", are left alone), so its parse can be laid over the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chronicler.folding import strip_accents

# Named in pipeline_version: a change here changes how headlines are parsed.
# 1.1.0: a run after a dateline's dash or a label's colon opens its line ("MANAGUA, 3 jun
# (EFE).- DETIENEN A TRES DIRIGENTES": was left in capitals, read as one name)
# 1.2.0: a country's name, short form or capital in the country table keeps its capital
# initial though the text writes it nowhere else ("DETIENEN A OPOSITORES EN NICARAGUA": "en
# Nicaragua", not "en nicaragua"); demonyms stay lower case ("nicaragüense")
# 1.3.0: in a Spanish text a word of the run ending "-cion" or "-sion" takes its accent back
# ("PARALIZACION" -> "paralización"), which capitals drop and every such noun carries, so the
# parser reads a known noun, not a name
TRUECASE_VERSION = "truecase-1.3.0"
# A word with at least one letter; its letters are judged by case.
_WORD = re.compile(r"\S+")
# At least this many words in capitals in a row make a headline run: one or two are
# acronyms or a dateline ("ONU", "BOGOTA -").
MIN_RUN_WORDS = 3
# ...and the run has at least this many letters ("EN LA ONU" is no headline).
MIN_RUN_LETTERS = 12


def _letters(word: str) -> str:
    return "".join(c for c in word if c.isalpha())


def _is_capitals(word: str) -> bool:
    letters = _letters(word)
    return bool(letters) and letters.isupper()


def _lower(word: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def _capitalised(word: str) -> str:
    lowered = _lower(word)
    for i, c in enumerate(lowered):
        if c.isalpha():
            up = c.upper() if len(c.upper()) == 1 else c
            return lowered[:i] + up + lowered[i + 1 :]
    return lowered


# Endings whose accent capitals drop and which carry it in every word of the language:
# Spanish "-ción"/"-sión" (a plural, "-ciones", has none). Same length either way.
_ACCENTED_ENDINGS = {"es": (("cion", "ción"), ("sion", "sión"))}


def _with_accent(word: str, lang: str) -> str:
    """`word` (lower or sentence case) with the accent its ending always carries in `lang`."""
    for bare, accented in _ACCENTED_ENDINGS.get(lang, ()):
        if word.endswith(bare):
            return word[: -len(bare)] + accented
    return word


def _known_forms(text: str, runs: list[tuple[int, int]]) -> dict[str, str]:
    """How the text writes a word outside the runs, when that is not lower case: a name
    ("Panamá" -> "PANAMA" is written "Panama") or an acronym ("CNE" stays "CNE"). Keys are
    lower case without accents, so an unaccented headline finds its accented name."""
    forms: dict[str, str] = {}
    for m in _WORD.finditer(text):
        if any(s <= m.start() < e for s, e in runs):
            continue
        letters = _letters(m.group())
        if len(letters) < 2 or letters.islower():
            continue
        kind = "upper" if letters.isupper() else "title"
        forms.setdefault(_key(letters), kind)
    return forms


def _key(letters: str) -> str:
    return strip_accents(letters.lower())


# What may close the words before a headline on its line: an aside ("(Editores: nuevo
# saldo) POLICIA MATA..."), a dateline's dash ("MANAGUA, 3 jun (EFE).- DETIENEN A...",
# "Managua (AP) — DETIENEN A...") or a label's colon ("Nicaragua: DETIENEN A...").
_HEADLINE_OPENERS = (")", "]", "-", "\u2014", "\u2013", ":")


def _opens_line(text: str, start: int) -> bool:
    """Nothing but punctuation before `start` on its line, or an aside, dateline or label
    closed just before: "-- LA ALTURA DERROTA...". A run later in a line is a place or a name
    in capitals ("una base militar, NORTE DE SANTANDER, EL TARRA")."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    return not _letters(before) or before.endswith(_HEADLINE_OPENERS)


def capital_runs(text: str) -> list[tuple[int, int]]:
    """Character spans of the runs of words in capitals long enough to be a headline, each
    opening its line. A word with no letters ("15", "-") does not break a run; a line break
    does."""
    runs: list[tuple[int, int]] = []
    words: list[re.Match[str]] = []

    def close() -> None:
        counted = [w for w in words if _letters(w.group())]
        while counted and counted[0].group().endswith(_HEADLINE_OPENERS):
            counted.pop(0)  # "(EFE).-", "(AP)": the end of a dateline, not the headline's
        letters = sum(len(_letters(w.group())) for w in counted)
        long_enough = len(counted) >= MIN_RUN_WORDS and letters >= MIN_RUN_LETTERS
        if long_enough and _opens_line(text, counted[0].start()):
            runs.append((counted[0].start(), counted[-1].end()))
        words.clear()

    for m in _WORD.finditer(text):
        if words and "\n" in text[words[-1].end() : m.start()]:
            close()
        word = m.group()
        if _is_capitals(word):
            words.append(m)
        elif _letters(word):
            close()
        elif words:
            words.append(m)
    close()
    return runs


# Place names that are also a common phrase of the language ("la paz", peace): read as the
# phrase in a headline unless the text writes the name elsewhere.
_COMMON_PHRASES = frozenset({("la", "paz")})


@lru_cache(maxsize=1)
def _place_names() -> dict[tuple[str, ...], tuple[bool, ...]]:
    """Word keys of each country name, short form and capital in the country table -> which
    of its words are capitalised ("Ciudad de México": ("ciudad", "de", "mexico") -> (True,
    False, True)). Left out: acronyms ("US" is also the pronoun), and a one-word name that is
    also a demonym of the table ("china", a Spanish gentilic, lower case)."""
    from chronicler.annotate.countries import load_table

    table = load_table()
    naming = table.names | table.capitals
    demonyms = {
        _key(form) for entry in table.codes if (form := entry.split(":", 1)[1]) not in naming
    }
    names: dict[tuple[str, ...], tuple[bool, ...]] = {}
    for form in naming:
        if form.isupper() or not form[:1].isupper():
            continue  # an acronym, or a variant in capitals
        words = [w for w in form.split() if _letters(w)]
        keys = tuple(_key(_letters(w)) for w in words)
        if (len(keys) == 1 and keys[0] in demonyms) or keys in _COMMON_PHRASES:
            continue
        names.setdefault(keys, tuple(_letters(w)[:1].isupper() for w in words))
    return names


def _name_words(words: list[str]) -> dict[int, bool]:
    """Index of each word of `words` (a run) inside a place name the country table knows ->
    whether it is capitalised there; longest name first."""
    names = _place_names()
    longest = max((len(k) for k in names), default=0)
    keys = [_key(_letters(w)) for w in words]
    found: dict[int, bool] = {}
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            caps = names.get(tuple(keys[i : i + n]))
            if caps is not None and all(keys[i : i + n]):
                found.update(zip(range(i, i + n), caps, strict=True))
                i += n
                break
        else:
            i += 1
    return found


def case_normalised(text: str, lang: str = "") -> str:
    """`text` with each headline run in capitals in sentence case: its first word
    capitalised, a word the text writes capitalised or in capitals elsewhere as there, the
    name of a country or capital in the country table capitalised as there, the rest in lower
    case, each with the accent its ending always carries in `lang` (Spanish "-ción"). Same
    length as `text`; `text` itself when it has no such run."""
    runs = capital_runs(text)
    if not runs:
        return text
    forms = _known_forms(text, runs)
    out = list(text)
    for start, end in runs:
        opens = True
        matches = [m for m in _WORD.finditer(text[start:end]) if _letters(m.group())]
        named = _name_words([m.group() for m in matches])
        place = {m.start(): named[i] for i, m in enumerate(matches) if i in named}
        for m in _WORD.finditer(text[start:end]):
            word = m.group()
            kind = forms.get(_key(_letters(word)))
            if kind is None and place.get(m.start()):
                kind = "title"  # a place the table names, written nowhere else
            # a dateline's dash or a label's colon opens the headline after it ("LIMA
            # (EFE).- LA POLICIA ...": "La policia")
            first, opens = opens, word.endswith(_HEADLINE_OPENERS) or (opens and not _letters(word))
            if kind == "upper":
                continue
            new = _capitalised(word) if first or kind == "title" else _lower(word)
            new = _with_accent(new, lang)
            s = start + m.start()
            out[s : s + len(word)] = new
    return "".join(out)
