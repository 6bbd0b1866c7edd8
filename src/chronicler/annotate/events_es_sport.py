"""Spanish sport told in words of force: rough play by a side or a player in a game
("el visitante recurrió a la violencia ... al cambiar el fútbol por una actitud agresiva",
"el defensa golpeó al delantero con el codo y vio la tarjeta roja") is no attack, as the
English sports and boxing readings (vocab.toml play_nouns, team_nouns, bout_words). Fans,
police or anyone else who attack players stay attacks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_subjects import lemma_set, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsRule, EsVocab


def rough_play(token: Token, rules: dict[int, EsRule], vocab: EsVocab) -> bool:
    """An attack with no weapon (no mode, or a beating) in a sentence naming a game's words
    (`sport_words`), whose doers, the trigger's subjects or those of the verb taking the
    noun, are all sides or players (`team_words`), as are those it is aimed at, if any: rough
    play, no attack (1.176.3)."""
    rule = rules[token.i]
    if rule.type != "ASSAULT" or rule.mode not in (None, "beat"):
        return False
    sport = vocab.words("sport_words")
    if not any(lemma_set(t, vocab) & sport or t.lower_ in sport for t in token.sent):
        return False
    verb = token if token.pos_ == "VERB" else token.head
    if verb.pos_ != "VERB" or (verb.i != token.i and token.dep_ not in ("obj", "obl")):
        return False
    doers = subjects(verb)
    teams = vocab.words("team_words")
    # (and never aimed at one off the field: "los jugadores agredieron al árbitro")
    aimed = [c for c in verb.children if c.dep_ == "obj" and c.i != token.i]
    return (
        bool(doers)
        and all(lemma_set(d, vocab) & teams for d in doers)
        and all(lemma_set(a, vocab) & teams for a in aimed)
    )
