"""Actors: entity mentions resolved to people and organisations, conservatively.

Cascade (each step pure):
1. `person_name` folds accents and case and strips leading titles ("Gen.", "President").
2. Within one article, a short form ("Rodríguez Torres", "Zapatero", "Rodríguez") binds to the
   nearest full name that contains it; a short form with no full name stays article-local, so
   a surname never joins people across the corpus, except where the curated table of state
   leaders says so: a form it marks safe alone for one leader ("Trump", "Putin"), in an
   article of a year of that leader's term, where no other person bears it, is that leader
   (`leader_key`). A short form the tagger missed ("he met López") is recovered from the
   text when the article names that person in full.
3. Across articles, full names meet when equal after folding, or when one is the other with a
   middle name dropped ("José Luis Zapatero" / "José Luis Rodríguez Zapatero": same first and
   last token) or with the second surname dropped ("Edmundo González" / "Edmundo González
   Urrutia"), when only one known name fits; "Jorge Rodríguez" and "Delcy Rodríguez" never do.
4. Organisations: acronyms resolve to their expansion when the article pairs them
   ("Bolivarian Intelligence Service (Sebin)") or the curated alias table says so. A name
   made only of institution words ("la Fiscalía", "the National Assembly") is one actor
   per country, not across the corpus (institutions.py).
5. Labels (PERSON vs ORG) are decided by corpus-wide vote over the name's mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.es.stop_words import STOP_WORDS as ES_STOP_WORDS

from chronicler.annotate.countries import (
    BLOCK,
    country_spans,
    english_name,
    is_country_name,
    is_place_name,
    state_name,
)
from chronicler.annotate.leaders import in_office, leader_by_short
from chronicler.model import Mention, Sentence
from chronicler.resolve.config import ResolveConfig
from chronicler.resolve.institutions import (
    Institution,
    article_home,
    government_of_person,
    institution_keys,
    read_institution,
    scoped_country,
)
from chronicler.resolve.organs import organ_of_body
from chronicler.resolve.text import fold

# capitalised only to start a sentence ("But López said"), never part of a name
_FUNCTION_WORDS = frozenset(fold(w) for w in EN_STOP_WORDS | ES_STOP_WORDS)
# the export contract's entity types; NORP ("Venezuelan") is a description, not an actor
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_PUNCT = re.compile(r"[^\w\s'-]")
_CONNECTORS = frozenset(
    ["of", "de", "del", "la", "las", "los", "and", "y", "for", "para", "the", "el", "on"]
)


@dataclass(frozen=True)
class ResolvedMention:
    """A mention with the key of the actor it resolved to inside its article."""

    mention: Mention
    key: str  # "person:<folded full name>" | "person:<name>@<article>" | "org:<canonical>" ...
    label: str


def strip_titles(tokens: list[str], titles: frozenset[str]) -> list[str]:
    """Drop leading titles, including two-word ones ("major general", "former president")."""
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        for width in (3, 2, 1):
            if len(tokens) > width and " ".join(tokens[:width]) in titles:
                tokens = tokens[width:]
                changed = True
                break
    return tokens


def person_name(text: str, titles: frozenset[str]) -> str:
    """Folded, title-free, possessive-free form of a person's name."""
    folded = fold(text)
    folded = re.sub(r"'s?$", "", folded)
    tokens = _PUNCT.sub(" ", folded).replace("'", " ").split()
    return " ".join(strip_titles(tokens, titles))


def org_name(text: str, config: ResolveConfig) -> str:
    """Canonical organisation name: curated alias (with or without its article, or with its
    state's word), an organ of a curated body in either language, else the folded name
    without "the"."""
    canonical = (
        curated_name(text, config) or qualified_body(text, config) or body_organ(text, config)
    )
    if canonical is not None:
        return fold(canonical)
    return _bare(re.sub(r"['’]s$", "", text.strip()))


# A state's name joined to the body it qualifies after it ("Departamento de Estado de EE.UU.").
_QUALIFIER_LINK = re.compile(r"\s+(?:of|de|del)\s*$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|el|la|los|las)\s+", re.IGNORECASE)


def qualified_body(text: str, config: ResolveConfig) -> str | None:
    """The curated body a name gives with its state's word before or after it ("the U.S.
    State Department", "el Departamento de Estado de EE.UU.", "el Departamento de Estado
    estadounidense"): the body's canonical name; None when the rest is no curated body."""
    bare = _ARTICLE.sub("", text.strip())
    for lang in ("en", "es"):
        for start, end, code in country_spans(bare, lang):
            if code == BLOCK:
                continue
            if start == 0:
                rest = bare[end:]
            elif end == len(bare):
                rest = _QUALIFIER_LINK.sub("", bare[:start])
            else:
                continue
            canonical = curated_name(rest.strip(), config) if rest.strip() else None
            if canonical is not None and config.alias_types.get(canonical) == "ORG":
                return canonical
    return None


def body_organ(text: str, config: ResolveConfig) -> str | None:
    """The organ of a curated body a name gives in either language ("Consejo Permanente de
    la OEA", "the OAS Permanent Council"): its canonical name (organs.py)."""
    return organ_of_body(text, config, lambda parent: curated_name(parent, config))


def curated_name(text: str, config: ResolveConfig) -> str | None:
    """The alias table's canonical name for this surface form, with or without its article
    ("the Military Counterintelligence Directorate")."""
    folded = fold(re.sub(r"['’]s$", "", text.strip()))
    bare = re.sub(r"^(the|el|la|los|las)\s+", "", folded)
    return config.aliases.get(folded) or config.aliases.get(bare)


def organisation_names(
    mentions: Iterable[tuple[str, str]], prefixes: tuple[str, ...] = ("org:",)
) -> dict[str, str]:
    """An article's organisations by the bare name it writes them with ("la Fiscalía" ->
    "fiscalia": "org:fiscalia"), from its (entity id, text) mentions; a name two
    organisations share names neither. With `prefixes` ("org:", "gpe:"), its states and
    cities too, which act as bodies do ("Belarus freed him")."""
    found: dict[str, set[str]] = {}
    for entity_id, text in mentions:
        if entity_id.startswith(prefixes):
            found.setdefault(_bare(text), set()).add(entity_id)
    return {name: next(iter(ids)) for name, ids in found.items() if len(ids) == 1 and name}


def named_like_organisation(text: str, names: Mapping[str, str]) -> str | None:
    """The organisation an untagged participant names when it is written as that name is
    elsewhere in the article: "la Fiscalía, que lo acusa" (the tagger missed this one) is the
    article's "Fiscalía". Capitalised words only ("la fiscalía" is any prosecutor's office)."""
    words = [w for w in text.split() if fold(w) not in _CONNECTORS]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    return names.get(_bare(text))


def _bare(text: str) -> str:
    return re.sub(r"^(the|el|la|los|las)\s+", "", fold(text.strip()))


def contains_name(full: str, short: str) -> bool:
    """`short` is a contiguous run of `full`'s tokens ending a name or being its surname part."""
    f, s = full.split(), short.split()
    if not s or len(s) >= len(f):
        return False
    return any(f[i : i + len(s)] == s for i in range(1, len(f) - len(s) + 1))


def same_person(a: str, b: str) -> bool:
    """Full names of one person across articles: equal, or a middle name dropped."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if min(len(ta), len(tb)) < 2 or ta[0] != tb[0] or ta[-1] != tb[-1]:
        return False
    short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    it = iter(long)
    return all(tok in it for tok in short)  # subsequence: only middle tokens dropped


def paired_acronyms(text: str) -> dict[str, str]:
    """Acronyms an article spells out itself: "Expansion (ACR)" or "Expansion, Acr"."""
    pairs: dict[str, str] = {}
    pattern = re.compile(
        r"((?:[A-ZÁÉÍÓÚÑ][\w-]+)(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w-]+|of|de|del|la|las|los|el|and|y|for|para|the|on|to|in|en))+)"
        r"\s*(?:\(|,|–|—|-)\s*([A-Z][A-Za-z]{1,7})\b"
    )
    for match in pattern.finditer(text):
        expansion, acronym = match.group(1), match.group(2)
        if _initials_match(acronym, expansion):
            pairs[fold(acronym)] = _spelled_part(acronym, expansion)
    return pairs


def _spelled_part(acronym: str, expansion: str) -> str:
    """The part of the expansion the acronym spells, from the first word it can start at: in
    "El Consejo Permanente de la Organización de los Estados Americanos (OEA)" the OEA is
    the Organización, not its Permanent Council."""
    words = [w for w in re.finditer(r"[^\s-]+", expansion) if fold(w.group()) not in _CONNECTORS]
    start = _spelling_start(acronym, expansion)
    return expansion if start is None else expansion[words[start].start() :]


def _initials_match(acronym: str, expansion: str) -> bool:
    """Letters of the acronym appear in order in the expansion, starting at a word's initial,
    and cover at least two of its initials ("CPJ" in "Committee to Protect Journalists",
    "Sebin" in "Servicio Bolivariano de Inteligencia")."""
    return _spelling_start(acronym, expansion) is not None


def _spelling_start(acronym: str, expansion: str) -> int | None:
    """The index, among the expansion's words other than connectors, of the first word the
    acronym's spelling can start at (`_initials_match`); None when it starts at none."""
    words = [w for w in re.split(r"[\s-]+", fold(expansion)) if w and w not in _CONNECTORS]
    letters = fold(acronym)
    if len(letters) < 2 or not words:
        return None
    for start, word in enumerate(words):
        if word[0] != letters[0]:
            continue
        tail = words[start:]
        it = iter("".join(tail))
        if all(ch in it for ch in letters):
            initials = {w[0] for w in tail}
            if sum(1 for ch in initials if ch in letters) >= min(len(initials), 2):
                return start
    return None


# A place's labels, most telling first: the Spanish model has no GPE or FAC, so its LOC says
# least and gives way on a tie.
_PLACE_LABELS = ("GPE", "FAC", "LOC")


def vote_labels(counts: Mapping[str, Counter[str]]) -> dict[str, str]:
    """Majority label per folded name, a place's labels (GPE, FAC, LOC) counted as one and
    then split by their own plurality, GPE, then FAC, before LOC on a tie: the Spanish model
    has no GPE or FAC label, so "Attock" tagged GPE in English and LOC in Spanish is one
    place, and "Ramo Verde" FAC and LOC one prison. On a tie a full name (two words or more)
    is a person's, since the small NER model mistakes people's names for organisations and
    places far more often than the reverse, and a one-word name is a place's rather than an
    organisation's: a city's name is the one the small models mistake for an organisation (a
    dateline's "YANGON", "trasladado a Guayaquil"), while a body's one-word name, "Sebin",
    "Odebrecht", is seldom read as a place (a judgment call). Any other tie is left out, so
    each mention keeps its own label."""
    labels = {}
    for name, c in counts.items():
        pooled = Counter({k: n for k, n in c.items() if k not in _PLACE_LABELS})
        place = sum(c.get(k, 0) for k in _PLACE_LABELS)
        if place:
            pooled["PLACE"] = place
        ranked = sorted(pooled.items(), key=lambda kv: (-kv[1], kv[0]))
        tied = {label for label, n in ranked if n == ranked[0][1]}
        winner = None
        if len(tied) == 1:
            winner = ranked[0][0]
        elif "PERSON" in tied and len(name.split()) >= 2:
            winner = "PERSON"
        elif tied == {"ORG", "PLACE"} and len(name.split()) == 1:
            winner = "PLACE"
        if winner == "PLACE":
            winner = max(_PLACE_LABELS, key=lambda k: (c.get(k, 0), -_PLACE_LABELS.index(k)))
        if winner is not None:
            labels[name] = winner
    return labels


def resolve_article(
    article_id: str,
    text: str,
    mentions: Sequence[Mention],
    config: ResolveConfig,
    labels: Mapping[str, str] | None = None,
    sentences: Sequence[Sentence] = (),
    language: str = "en",
    year: int | None = None,
) -> list[ResolvedMention]:
    """Resolve one article's mentions to actor keys (cross-article linking comes later).
    `year`, the article's, lets a lone surname the table of state leaders gives one leader in
    office then be that leader (`leader_key`)."""
    labels = labels or {}
    acronyms = paired_acronyms(text)
    voted = {id(m): labels.get(fold(m.text), m.label) for m in mentions}
    full_people = {
        n
        for m in mentions
        if voted[id(m)] == "PERSON" and len((n := person_name(m.text, config.titles)).split()) >= 2
    }
    label_of = {
        id(m): effective_label(m, voted[id(m)], config, acronyms, full_people) for m in mentions
    }
    full_mentions = [
        m
        for m in mentions
        if label_of[id(m)] == "PERSON" and person_name(m.text, config.titles) in full_people
    ]
    recovered = untagged_short_forms(text, mentions, full_mentions, config.titles, sentences)
    label_of.update({id(m): "PERSON" for m in recovered})
    mentions = sorted([*mentions, *recovered], key=lambda m: m.start)
    kept = [m for m in mentions if label_of[id(m)] in ACTOR_LABELS]
    people = [m for m in kept if label_of[id(m)] == "PERSON"]
    full = [(m, person_name(m.text, config.titles)) for m in people]
    full_names = [(m, n) for m, n in full if len(n.split()) >= 2]
    out = []
    institutions: list[tuple[int, Institution]] = []  # (index in out, what it names)
    for m in kept:
        label = label_of[id(m)]
        if label == "PERSON":
            name = person_name(m.text, config.titles)
            key = _person_key(m, name, full_names, article_id, text)
            if key.endswith(f"@{article_id[:12]}"):
                key = leader_key(name, year, [n for _, n in full], config.titles) or key
            out.append(ResolvedMention(m, key, label))
        elif label == "ORG":
            folded = fold(m.text)
            expansion = acronyms.get(folded)
            name = org_name(expansion, config) if expansion else org_name(m.text, config)
            found = None
            if not expansion:
                found = read_institution(
                    m,
                    text,
                    language,
                    config.institution_words,
                    lambda written: org_name(written, config),
                    config.governments_led,
                )
            if found:
                institutions.append((len(out), found))
            out.append(ResolvedMention(m, f"org:{name}", label))
        else:
            out.append(ResolvedMention(m, place_key(m.text, label, config), label))
    # the article's home country is counted only when it names an institution to scope
    home = article_home(text, language) if institutions else None
    keys = institution_keys(
        [i for _, i in institutions], home, article_id, config.mobile_institution_words
    )
    for (index, _), key in zip(institutions, keys, strict=True):
        out[index] = ResolvedMention(out[index].mention, key, out[index].label)
    return out


def place_key(text: str, label: str, config: ResolveConfig) -> str:
    """A place's actor key. A country's name is one entity whatever the tagger called it: the
    Spanish model tags countries LOC, the English one GPE, so "Ecuador" in a Spanish and an
    English report would be two actors and their events, aimed at it, never merge; and it is
    keyed by its English name, whatever the report's language (`english_name`)."""
    name = text.strip()
    if label in ("GPE", "LOC") and is_place_name(name):
        # (a capital as well: "Washington" tagged a place in one report, a state in another)
        label = "GPE"
        if curated_name(name, config) is None:
            # "Rusia" and "Russia" are one country told in two languages
            name = english_name(name) or name
    return f"{label.lower()}:{org_name(name, config)}"


# A place's key prefixes, most telling first (as `_PLACE_LABELS`): one place may be keyed
# under any of them by two reports' taggers.
PLACE_PREFIXES = ("gpe:", "fac:", "loc:")


def place_block(key: str, spellings: Spellings = ((), ())) -> str:
    """Blocking key for place linking: the place's folded name, each word transliterated,
    whatever its label ("gpe:sheremetyevo" and "loc:sheremetievo" -> "place:sheremetievo"):
    a place romanised from another script is spelt after each language's habits, as a
    person's name is ("Navalny", "Navalni")."""
    name = key.split(":", 1)[1]
    return "place:" + " ".join(transliterated(w, spellings) for w in name.split())


def key_under(text: str, label: str, config: ResolveConfig) -> str | None:
    """The key a name alone would resolve to under `label` in an article that names it no
    other way: the key an earlier report gave it when the corpus's vote then read it so
    ("Lilian Tintori" an organisation until a second report named her a person). None for a
    lone word read as a person's, which stays its article's own."""
    if label == "PERSON":
        name = person_name(text, config.titles)
        return f"person:{name}" if len(name.split()) >= 2 else None
    if label == "ORG":
        return f"org:{org_name(text, config)}"
    return place_key(text, label, config) if label in ACTOR_LABELS else None


def untagged_short_forms(
    text: str,
    mentions: Sequence[Mention],
    full_mentions: Sequence[Mention],
    titles: frozenset[str],
    sentences: Sequence[Sentence] = (),
) -> list[Mention]:
    """Surname uses the tagger missed ("he met López" where the article names Leopoldo López).

    Only a surname part of a full name given in the article, written alone: not inside any
    tagged mention, not next to another capitalised word (which would make it someone else's
    name, "Gustavo González López"), unless that word is a title, and only when the word never
    appears in lower case in the article (so "Young" or "Rose" used as words are left alone).
    """
    forms: set[str] = set()
    for m in full_mentions:
        tokens = re.sub(r"['’]s$", "", m.text.strip()).split()
        for i in range(1, len(tokens)):
            if all(t[:1].isupper() for t in tokens[i:]) and len(" ".join(tokens[i:])) >= 3:
                forms.add(" ".join(tokens[i:]))
    taken = [(m.start, m.end) for m in mentions]
    found: dict[tuple[int, int], Mention] = {}
    for form in sorted(forms, key=len, reverse=True):
        if _written_lower(form, text):
            continue
        for start in _standalone_uses(form, text, []):
            end = start + len(form)
            if any(a < end and start < b for a, b in taken):
                continue
            if _capitalised_neighbour(text, start, end, titles):
                continue
            sentence = next((s.index for s in sentences if s.start <= start < s.end), -1)
            found[(start, end)] = Mention(start, end, form, "PERSON", sentence)
            taken.append((start, end))
    return list(found.values())


def _capitalised_neighbour(text: str, start: int, end: int, titles: frozenset[str]) -> bool:
    """A name-like word right before or after: capitalised, not a title, and never written in
    lower case in the article ("But López" is López; "González López" is someone else)."""
    before = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    after = re.match(r"\s+(\S+)", text[end : end + 40])
    for match in (before, after):
        if not match:
            continue
        word = match.group(1)
        if match is before and word.endswith((".", ":", '"', "”", ",", ";")):
            continue  # a sentence or clause ends there, or an abbreviated title
        folded = fold(re.sub(r"\W+$", "", word))
        if not word[:1].isupper() or folded in titles or folded in _FUNCTION_WORDS:
            continue
        if not _written_lower(word, text):
            return True
    return False


def _written_lower(word: str, text: str) -> bool:
    bare = re.sub(r"\W+$", "", word)
    return bool(bare) and re.search(rf"(?<!\w){re.escape(bare.lower())}(?!\w)", text) is not None


def effective_label(
    mention: Mention,
    voted: str,
    config: ResolveConfig,
    acronyms: Mapping[str, str],
    full_people: set[str],
) -> str:
    """Fix NER label noise: curated and article-paired acronyms are organisations (or places);
    a name that is part of a person's full name in the same article is that person."""
    folded = fold(mention.text)
    # ("the White House", "la Casa Blanca": the curated body with its article)
    canonical = (
        curated_name(mention.text, config)
        or qualified_body(mention.text, config)
        or body_organ(mention.text, config)
    )
    if canonical:
        return config.alias_types.get(canonical, "ORG")
    if folded in acronyms:
        return "ORG"
    if voted == "ORG" and is_country_name(_ARTICLE.sub("", mention.text.strip())):
        # "Lukashenko, who has ruled Belarus": a country's own name is the country; a seat of
        # power the country table also lists ("Kremlin") is a curated body, read above
        return "GPE"
    if voted != "PERSON" and voted in ACTOR_LABELS | {"MISC", "PER"}:
        name = person_name(mention.text, config.titles)
        if name and any(name == f or contains_name(f, name) for f in full_people):
            return "PERSON"
    return "PERSON" if voted == "PER" else voted


def _person_key(
    mention: Mention,
    name: str,
    full_names: list[tuple[Mention, str]],
    article_id: str,
    text: str = "",
) -> str:
    if not name:
        return f"person:{fold(mention.text)}@{article_id[:12]}"
    hosts = [(m, full) for m, full in full_names if full == name or contains_name(full, name)]
    if hosts:
        host = _surname_referent(mention, hosts, full_names, text)
        longer = [f for _, f in full_names if contains_name(f, host)]
        return f"person:{max(longer, key=len) if longer else host}"
    if len(name.split()) >= 2:
        return f"person:{name}"
    return f"person:{name}@{article_id[:12]}"  # a lone surname: never joins across articles


def leader_key(
    name: str, year: int | None, people: Sequence[str], titles: frozenset[str]
) -> str | None:
    """The corpus-wide key of the state leader a lone surname names: one the curated table
    of leaders marks safe alone for exactly one leader ("Trump", "Putin", "Maduro"; never a
    common surname, "López"), in office in the article's year, when no other person of the
    article (`people`: its people's folded names) bears the word. A lone surname otherwise
    binds only within its article; the curated table is what makes this one a known person.
    None for an undated article: its time cannot be checked against the term."""
    if year is None or len(name.split()) != 1:
        return None
    leader = leader_by_short(name)
    if leader is None or not in_office(leader, year):
        return None
    if any(other != name and name in other.split() for other in people):
        return None  # "Trump" beside "Melania Trump": the article's own to settle
    return f"person:{person_name(leader.name, titles)}"


def _surname_referent(
    mention: Mention,
    hosts: list[tuple[Mention, str]],
    full_names: list[tuple[Mention, str]],
    text: str,
) -> str:
    """The full name a short form stands for when several in the article contain it.

    Writers keep a surname for the person they first used it for: once "López" has stood
    alone for Leopoldo López, a later "Gustavo González López" is named in full and a later
    "López" is still Leopoldo. So the short form goes to the first person whom the text called
    by it alone before naming the next namesake; failing that, to the full name introduced
    last before it (an anaphor points back), else to the next one.
    """
    distinct = {full for _, full in hosts}
    if len(distinct) > 1 and text:
        first_seen: dict[str, int] = {}
        for m, full in sorted(hosts, key=lambda h: h[0].start):
            first_seen.setdefault(full, m.start)
        preceding = sorted(
            (start, full) for full, start in first_seen.items() if start < mention.start
        )
        alone = _standalone_uses(mention.text, text, full_names)
        for i, (start, full) in enumerate(preceding):
            reign_end = preceding[i + 1][0] if i + 1 < len(preceding) else mention.start
            if any(start < pos < min(reign_end, mention.start) for pos in alone):
                return full
    before = [h for h in hosts if h[0].start < mention.start]
    if before:
        return max(before, key=lambda h: h[0].start)[1]
    return min(hosts, key=lambda h: h[0].start)[1]


def _standalone_uses(short: str, text: str, full_names: list[tuple[Mention, str]]) -> list[int]:
    """Offsets where the short form stands alone, not inside a full name's mention."""
    spans = [(m.start, m.end) for m, _ in full_names]
    bare = re.sub(r"['’]s$", "", short.strip())
    pattern = re.compile(rf"(?<!\w){re.escape(bare)}(?!\w)")
    return [
        hit.start()
        for hit in pattern.finditer(text)
        if not any(a <= hit.start() < b for a, b in spans)
    ]


def second_surname_dropped(a: str, b: str) -> bool:
    """One name is the other with a last word added: a given name and first surname, then
    the second surname of Spanish naming ("Edmundo González" / "Edmundo González Urrutia").
    Never a bare surname's or a given name's: the shorter name has at least two words."""
    ta, tb = a.split(), b.split()
    short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    return len(short) >= 2 and len(long) == len(short) + 1 and long[:-1] == short


Spellings = tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]


def transliterated(word: str, spellings: Spellings) -> str:
    """One folded word in the spelling shared by its romanisations ("navalny", "navalni" ->
    "navalni"; "khodorkovsky" -> "jodorkovski"): the first ending that fits, then every
    pair that applies anywhere."""
    endings, anywhere = spellings
    for old, new in endings:
        if len(word) > len(old) + 2 and word.endswith(old):
            word = word[: -len(old)] + new
            break
    for old, new in anywhere:
        word = word.replace(old, new)
    return word


def same_spelling(a: str, b: str, spellings: Spellings) -> bool:
    """Two full names of two words or more, each word the same once transliterated."""
    ta, tb = a.split(), b.split()
    if len(ta) < 2 or len(ta) != len(tb):
        return False
    return all(
        transliterated(x, spellings) == transliterated(y, spellings)
        for x, y in zip(ta, tb, strict=True)
    )


def link_people(
    new_keys: Iterable[str], known: Iterable[str], spellings: Spellings = ((), ())
) -> dict[str, str]:
    """Map new full-name keys onto known ones that name the same person (older key wins):
    equal, a middle name dropped, a second surname dropped, or spelt as another romanisation
    of the same name ("Alexei Navalny", "Alexéi Navalni"); only when one known name fits."""
    known_names = sorted({k.split(":", 1)[1] for k in known if k.startswith("person:")})
    mapping = {}
    for key in new_keys:
        if not key.startswith("person:") or "@" in key:
            continue
        name = key.split(":", 1)[1]
        matches = [
            k
            for k in known_names
            if "@" not in k
            and (
                same_person(name, k)
                or second_surname_dropped(name, k)
                or same_spelling(name, k, spellings)
            )
        ]
        if len(matches) == 1 and matches[0] != name:
            mapping[key] = f"person:{matches[0]}"
    return mapping


def last_token(key: str, spellings: Spellings = ((), ())) -> str:
    """Blocking key for person linking: the folded last token of the name, transliterated
    (so that "Navalny" and "Navalni" are looked up together)."""
    last = key.split(":", 1)[1].split("@")[0].split()[-1] if ":" in key else key
    return transliterated(last, spellings)


def display_name(mentions: Sequence[str]) -> str:
    """The most frequent surface form, longest first on ties, a dateline's capitals
    ("YANGON") last."""
    counts = Counter(mentions)
    return sorted(counts, key=lambda s: (-len(s.split()), s.isupper(), -counts[s], s))[0]


def place_display_name(forms: Iterable[tuple[str, str | None, int]]) -> str:
    """A place's shown name from every mention the corpus has of it, (text, report language,
    count): never the first report's spelling, so that the name does not hang on the order
    reports arrived in ("Sheremetyevo" or "Sheremétievo", "Kharp" or "Jarp"). A name the
    country table translates is shown in English as its key is ("Teherán": "Tehran"); then
    the form written most often, a dateline's capitals counted with it ("YANGON": "Yangon");
    on a tie the form an English report wrote, then the one without accents, then the first
    alphabetically (a judgment call: the export is read in English)."""
    count: Counter[str] = Counter()
    english: set[str] = set()
    shown: dict[str, str] = {}
    for text, language, n in forms:
        name = english_name(text.strip()) or text.strip()
        group = name.lower()
        count[group] += n
        if language in (None, "en") or name != text.strip():
            english.add(group)
        if group not in shown or (shown[group].isupper() and not name.isupper()):
            shown[group] = name
    if not count:
        return ""

    def rank(group: str) -> tuple[int, bool, bool, str]:
        name = shown[group]
        accented = fold(name) != name.lower()
        return (-count[group], group not in english, accented, name)

    return shown[min(count, key=rank)]


Forms = list[tuple[str, str | None, int]]  # (text, report language, count)


def shown_name(entity_id: str, forms_of: Callable[[str], Forms], config: ResolveConfig) -> str:
    """The name an actor is shown by, from every mention the corpus has of it (`forms_of`
    reads them) so that it does not hang on the order reports arrived in: a place's by
    `place_display_name`; a country's institution's by its most telling form with the
    state ("La Fiscalía (Bolivia)"), a government named by a person ("Gobierno de Dina
    Boluarte") only when no other form names it ("El Gobierno (Peru)"). Empty for any
    other actor, which keeps the name its reports gave it."""
    if entity_id.startswith(PLACE_PREFIXES):
        return place_display_name(forms_of(entity_id))
    country = scoped_country(entity_id)
    state = state_name(country) if country else None
    if not state:
        return ""
    written = [text for text, _, n in forms_of(entity_id) for _ in range(n)]
    plain = [t for t in written if not government_of_person(t, config.governments_led)]
    return f"{display_name(plain or written)} ({state})" if written else ""
