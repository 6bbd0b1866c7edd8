"""Spanish damage with no party as its doer, as the English events_senses_damage: what an
accidental blast destroys ("una explosión de gas destruyó el edificio") and a utility supply
cut with no one cutting it ("el suministro de agua fue cortado tras la rotura de una
tubería"): no event. A fire, an accident or a natural disaster as the only doer of any act is
read in events_es_match (`mishap_nouns`). An attack told by what it destroyed ("los
bombardeos destruyeron el hospital") is one ASSAULT, the destroyed its target
(`destroyed_by_attack`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import case_of
from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsRule, EsVocab


def _named_by(noun: Token, words: frozenset[str], vocab: EsVocab) -> bool:
    """The noun, or its "de"-phrase or adjective, is one of `words` ("agua", "el suministro
    de agua", "una explosión de gas")."""
    kin = [
        c for c in noun.children if (c.dep_ == "nmod" and case_of(c) == "de") or c.dep_ == "amod"
    ]
    return any(lemma_set(w, vocab) & words for w in (noun, *kin))


def accidental_blast(actors: Sequence[Token], vocab: EsVocab) -> bool:
    """Every doer is a blast (`blast_nouns`) named by a fuel or a plant (`accident_blast_words`:
    "una explosión de gas", "el estallido de una caldera"): an accident, no one's act; "una
    explosión destruyó el cuartel" may be a bombing and stays (vocab-es 1.154.0)."""
    blasts = vocab.words("blast_nouns")
    fuels = vocab.words("accident_blast_words")
    return bool(actors) and all(
        lemma_set(a, vocab) & blasts and _named_by(a, fuels, vocab) for a in actors
    )


def utility_cut_by_no_one(
    trigger: Token, rule: EsRule, actors: Sequence[Token], vocab: EsVocab
) -> bool:
    """A utility supply (`utility_nouns`) cut with no one told cutting it ("el suministro de
    agua fue cortado", "se cortó la luz a 10.000 hogares"): an outage, no sanction; "Rusia
    cortó el suministro de gas a Ucrania" stays (vocab-es 1.154.0)."""
    if rule.type != "SANCTION" or actors:
        return False
    utility = vocab.words("utility_nouns")
    cut = [c for c in trigger.children if c.dep_ in ("obj", "nsubj", "nsubj:pass")]
    return any(_named_by(c, utility, vocab) for c in cut)


def _destroying_verb(noun: Token, rules: Mapping[int, EsRule], vocab: EsVocab) -> Token | None:
    """The verb of destroying (`attack_destroying_verbs`) an ASSAULT noun trigger is the
    subject of ("los bombardeos destruyeron", "un ataque aéreo arrasó")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i == noun.i or verb.pos_ != "VERB":
        return None
    rule = rules.get(noun.i)
    if rule is None or rule.type != "ASSAULT":
        return None
    return verb if lemma_set(verb, vocab) & vocab.words("attack_destroying_verbs") else None


def destroyed_by_attack(noun: Token, rules: Mapping[int, EsRule], vocab: EsVocab) -> list[Token]:
    """What an attack noun destroyed, told as the object of the verb of destroying it is the
    subject of: the attack's target ("los bombardeos destruyeron el hospital": the hospital;
    the lead's ruling of the thirty-sixth session; 1.162.2)."""
    verb = _destroying_verb(noun, rules, vocab)
    if verb is None:
        return []
    return [c for c in verb.children if c.dep_ == "obj"]


def destruction_of_attack(verb: Token, rules: Mapping[int, EsRule], vocab: EsVocab) -> bool:
    """A verb of destroying whose subject is an attack noun trigger tells that attack, no
    seizure of its own ("un bombardeo destruyó la escuela": one ASSAULT)."""
    return any(
        (found := _destroying_verb(c, rules, vocab)) is not None and found.i == verb.i
        for c in verb.children
        if c.dep_ == "nsubj"
    )
