"""Spanish words and phrases of time that read as a clause's subject or object and are none
("el domingo", "la semana pasada", "ayer y hoy"): a time word, a listed time, a phrase of
time and a part of one.

Split out of events_es_subjects, which leaves them out of a verb's subjects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import case_of, feats
from chronicler.annotate.events_es_vocab import EsVocab, load_vocab_es

if TYPE_CHECKING:
    from spacy.tokens import Token


def time_word(token: Token) -> bool:
    """A number, an adverb of time, a date or time entity, or a listed time word; not a bare
    count of people the small model tags an adverb of time ("Cientos marcharon")."""
    if _bare_people_count(token):
        return False
    return (
        token.like_num
        or "Tim" in feats(token, "AdvType")
        or token.ent_type_ in ("DATE", "TIME")
        or listed_time(token)
    )


def _bare_people_count(token: Token) -> bool:
    """A count of people standing alone (`bare_people_counts`, no "de"-phrase: "Cientos
    marcharon"), which the small model may tag AdvType=Tim: the crowd, no time."""
    if token.lower_ not in load_vocab_es().words("bare_people_counts"):
        return False
    return token.ent_type_ not in ("DATE", "TIME") and not any(
        c.dep_ == "nmod" for c in token.children
    )


def listed_time(token: Token) -> bool:
    """A time word of the vocabulary (time_words: "miércoles", "mayo", "tarde", "día", also
    unaccented), not a person named like one ("Domingo Pérez"), or a part of one
    (`time_part_nouns`: "el fin de semana", "a mediados de mayo", "a principios de año")."""
    if token.ent_type_ in ("PER", "PERSON"):
        return False
    vocab = load_vocab_es()
    words = vocab.words("time_words")
    if token.lemma_.lower() in words or token.lower_ in words:
        return True
    return time_part(token, vocab)


def time_part(token: Token, vocab: EsVocab) -> bool:
    """A noun of a part of a time span whose "de"-phrase names the span ("el fin de semana",
    "a mediados de mayo"): a time, never an actor ("las jornadas de protesta del fin de
    semana" are nobody's; "el fin de la huelga" is no time)."""
    if token.lemma_.lower() not in vocab.words("time_part_nouns"):
        return False
    words = vocab.words("time_words")
    return any(
        c.dep_ in ("nmod", "obl", "compound", "flat")
        and case_of(c) in ("de", None)
        and (c.lemma_.lower() in words or c.lower_ in words)
        for c in token.children
    )


def time_phrase(token: Token) -> bool:
    """A phrase naming when: headed by a time word, or by a number dating a month ("el 5 de
    marzo"); a bare number counts people ("dos fueron detenidos")."""
    if token.like_num:
        return any(listed_time(c) for c in token.children)
    return time_word(token)
