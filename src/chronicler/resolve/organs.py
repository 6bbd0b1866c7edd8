"""Organs of a body told in two languages: "Consejo Permanente de la Organización de los
Estados Americanos" and "Permanent Council of the Organization of American States" are one
actor, "Consejo de Seguridad de la ONU" and "UN Security Council" another.

A name is an organ of a body when it is "<organ> of/de <parent>" (or, in English, "<parent>
<organ>") where the parent is a curated organisation (alias table, acronyms included) and
every word of the organ is in the curated bilingual table of organ words (aliases.toml
[organs]): a head noun ("council", "consejo") and the words that qualify it ("permanent",
"permanente"). English writes the qualifiers before the head, Spanish after it in mirrored
order ("Human Rights Council", "Consejo de Derechos Humanos"), so both give one English
name. A word outside the table leaves the name alone: two names never meet by a shared word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chronicler.resolve.config import ResolveConfig
from chronicler.resolve.text import fold

# words that join an organ's own words or an organ to its parent, never its content
_LINKS = frozenset(["of", "the", "de", "del", "la", "las", "los", "el"])
_SPLIT = re.compile(r"\s+(?:of|de|del)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def organ_of_body(
    text: str, config: ResolveConfig, parent_of: Callable[[str], str | None]
) -> str | None:
    """The canonical name ("Permanent Council of the Organization of American States") of
    the organ this name gives, or None. `parent_of` gives a curated organisation's canonical
    name for a surface form (actors.curated_name), None for anything else."""
    if not config.organ_heads:
        return None
    bare = re.sub(r"^(?:the|el|la|los|las)\s+", "", text.strip(), flags=re.IGNORECASE)
    for link in _SPLIT.finditer(bare):
        parent = parent_of(bare[link.end() :])
        organ = _organ(bare[: link.start()], config, english_only=False)
        if parent and organ and config.alias_types.get(parent) == "ORG":
            return f"{organ} of the {parent}"
    words = bare.split()
    for k in range(len(words) - 1, 0, -1):  # "UN Security Council", "the OAS's Permanent Council"
        parent = parent_of(_POSSESSIVE.sub("", " ".join(words[:k])))
        organ = _organ(" ".join(words[k:]), config, english_only=True)
        if parent and organ and config.alias_types.get(parent) == "ORG":
            return f"{organ} of the {parent}"
    return None


def _organ(text: str, config: ResolveConfig, english_only: bool) -> str | None:
    """The English name ("Security Council") an organ's words give: English words ending in a
    head noun, or Spanish words starting with one, every word in the table; else None."""
    words = [w for w in re.split(r"[\s-]+", fold(text)) if w and w not in _LINKS]
    if not words:
        return None
    heads_en = {en for en, _ in config.organ_heads}
    mods_en = {en for en, _ in config.organ_modifiers}
    if words[-1] in heads_en and all(w in mods_en for w in words[:-1]):
        return " ".join(words).title()
    if english_only:
        return None
    heads_es = dict((es, en) for en, es in config.organ_heads)
    mods_es = dict((es, en) for en, es in config.organ_modifiers)
    if words[0] in heads_es and all(w in mods_es for w in words[1:]):
        mirrored = [mods_es[w] for w in reversed(words[1:])]
        return " ".join([*mirrored, heads_es[words[0]]]).title()
    return None
