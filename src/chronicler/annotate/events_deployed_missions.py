"""Who is on a mission a deployment names: "INS Sukanya, deployed on anti-piracy patrols in the
Gulf of Aden" and "the frigate was sent on patrol" tell the warship's patrols, so the one
deployed, sent or stationed on a mission noun (`deploying_verbs` in roles.toml) is that
mission's doer, as the warship deployed is its own deployment's (roles39; roles 1.154.3)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token


def deployed_on(noun: Token) -> Token | None:
    """The one deployed on the mission `noun` names: the noun a participle of deploying hangs
    on ("Sukanya, deployed on anti-piracy patrols"), or the passive subject of such a verb
    ("the frigate was deployed on patrol")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if lemma(verb) not in load_vocab().words("deploying_verbs"):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    # whom the verb sends ("sent two frigates on patrol"), else the one it tells deployed,
    # passive or intransitive ("the frigate was deployed on patrol", "Sukanya, deployed on
    # anti-piracy patrols" read as a clause of its own, "troops deployed on patrol")
    for deps in (("dobj",), ("nsubjpass", "nsubj")):
        found = next((c for c in verb.children if c.dep_ in deps), None)
        if found is not None:
            return found
    return None
