"""Story-level actor binding: a short form binds to the one full name its story gives for it.

`actors.resolve_article` binds a surname to a full name of its own article; in an article that
never names the person in full, a lone surname stays an actor of that article only
("person:putin@<article>"), and a partial name ("Rodríguez Torres") an actor of its own. Within
one story (reports of one happening) such a short form binds to a full name another report
gives, conservatively (each step pure, over the actor keys of the story's person mentions,
which are folded and title-free):
1. Only people: a key is "person:..." when its mention's label, after the corpus-wide vote,
   is PERSON; organisations and places never bind.
2. Hosts: the story's widest full names, those no fuller name of the story contains (so a
   partial name that is itself a key, "rodriguez torres", is no second person beside
   "miguel rodriguez torres").
3. A host carries a short form when the form is a run of its tokens after the first, as in
   `actors.contains_name` ("rodriguez torres" in "miguel rodriguez torres", never in "jose
   luis rodriguez zapatero"); or when the table of state leaders lists the form as safe alone
   for exactly one leader and the host as that leader's name ("Xi" and "Xi Jinping", "AMLO"
   and "Andrés Manuel López Obrador": bynames that are no surname).
4. Exactly one host, or nothing: "Delcy Rodríguez" and "Jorge Rodríguez" in one story leave a
   lone "Rodríguez" unbound. The table never picks between two hosts.
5. The table's word on a short form is final: a form it gives to one leader binds only to
   that leader, so a lone "Trump" is not bound to "Melania Trump" when she is the only Trump
   the story names in full.
Never across stories: the result is a function of the story's keys alone, so the orchestrator
recomputes it whenever the story's members change, and it is the same on every run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from chronicler.annotate.leaders import LeaderTable, leader_by_short, leader_named
from chronicler.resolve.actors import contains_name


def key_name(key: str) -> str:
    """The folded name of a person key, without its article suffix ("person:putin@ab12")."""
    return key.split(":", 1)[1].split("@", 1)[0] if key.startswith("person:") else ""


def widest_names(full_keys: Iterable[str]) -> list[str]:
    """Full-name keys that no other key of the list contains (sorted)."""
    keys = sorted(set(full_keys))
    by_token: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        for token in set(key_name(key).split()):
            by_token[token].append(key)
    widest = []
    for key in keys:
        name = key_name(key)
        fuller = by_token[name.split()[0]]
        if not any(other != key and contains_name(key_name(other), name) for other in fuller):
            widest.append(key)
    return widest


def story_bindings(keys: Iterable[str], leaders: LeaderTable | None = None) -> dict[str, str]:
    """Person key -> the story's full-name key it binds to; keys left out stay as they are.

    `keys` are the actor keys of a story's mentions (every article's); `leaders`, the table of
    state leaders, or None to bind by surname tokens alone."""
    people = sorted({k for k in keys if k.startswith("person:") and key_name(k)})
    full = [k for k in people if "@" not in k and len(key_name(k).split()) >= 2]
    hosts = widest_names(full)
    by_token: dict[str, list[str]] = defaultdict(list)
    for host in hosts:
        for token in set(key_name(host).split()):
            by_token[token].append(host)
    host_set = set(hosts)
    named = {h: leader_named(key_name(h), leaders) for h in hosts} if leaders is not None else {}
    out = {}
    for key in people:
        if key in host_set:
            continue
        name = key_name(key)
        owner = leader_by_short(name, leaders) if leaders is not None else None
        carriers = {h for h in by_token[name.split()[0]] if contains_name(key_name(h), name)}
        if owner is not None:
            carriers |= {h for h in hosts if named[h] == owner}
        if len(carriers) != 1:
            continue
        (host,) = carriers
        if owner is not None and named[host] != owner:
            continue
        out[key] = host
    return out
