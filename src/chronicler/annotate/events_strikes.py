"""A strike dealt by arms: the noun of a labour strike that is also a blow's (events-roles 1.20.0).

"strike" names a stoppage of work (PROTEST, CAMEO 143) or a blow from the air or by guns
(ASSAULT). Workers strike against an employer or a government; a state or an armed force
strikes at someone, and a labour strike harms no one. So the noun read as a labour strike is
the attack when it is told

- as done by an armed force, a word of the military, police or rebel roles owning it, on it
  or after its "by" ("army strikes", "strikes by the Israeli army", "the militia's strikes"),
  or by a state by its own name, owning it or after "by" ("Israel's strikes", "strikes by
  Russia"); a nationality or a country named on it stays ambiguous ("the French strike",
  "a UK rail strike" are labour strikes);
- as what casualties were caught in ("twelve people were killed in Israeli strikes", "died
  in strikes on the camp": `casualty_verbs` before a `casualty_preps` phrase; not "injured
  during the strike", which tells when, as pickets may be hurt in a stoppage);
- as aimed on or against a named country, city or region ("strikes on Gaza"; a strike "on
  Monday" is a time);
- as a bare "the strikes" referring back to the last strike the article told before it, when
  that one was dealt by arms ("warplanes launched a series of strikes on Gaza City ... The
  strikes also came a day after", "Mr Sharon's air strikes ... to discuss the fallout of the
  strikes"; prec45, events-vocab 1.439.0): a strike told with no word of its own takes the
  sense of the one it recalls, so after a labour strike it stays one.

The vocabulary's own rule for such an attack (another rule of the same noun, of type ASSAULT)
is then the one that fires.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_country_name
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_vocab import Rule, Vocab

_ASSAULT = "ASSAULT"
_LABOUR = ("PROTEST", "strike")
_DOER_DEPS = frozenset({"poss", "compound", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_AIMED_PREPS = frozenset({"on", "against"})
# the words a noun recalling a strike told before may have: a determiner that points back
_RECALLING_DETS = frozenset({"the", "these", "those", "this", "that"})
_BARE_DEPS = frozenset({"det", "predet", "punct"})


def _armed_words(vocab: Vocab) -> frozenset[str]:
    return vocab.role_words(vocab.words("armed_roles"))


def _state_name(token: Token) -> bool:
    """A proper noun naming a country by its own name ("Israel", "the United States")."""
    if token.pos_ != "PROPN" or token.ent_type_ != "GPE":
        return False
    left = token.left_edge.i
    words = [t for t in token.doc[left : token.i + 1] if t.pos_ == "PROPN"]
    return is_country_name(" ".join(t.text for t in words)) or is_country_name(token.text)


def _armed_doer(noun: Token, vocab: Vocab) -> bool:
    armed = _armed_words(vocab)
    # nouns only: "a general strike" is no general's
    doers = [c for c in noun.children if c.dep_ in _DOER_DEPS and c.pos_ in _NOUNS]
    agents = prep_objects(noun, frozenset({"by"}))
    for doer in doers + agents:
        words = {lemma(doer)} | {
            lemma(c) for c in doer.children if c.dep_ in _DOER_DEPS and c.pos_ in _NOUNS
        }
        if words & armed:
            return True
        # a state by its own name only as the owner or the agent: "Israel's strikes"
        if (doer.dep_ == "poss" or doer in agents) and _state_name(doer):
            return True
    return False


def _casualties_caught_in(noun: Token, vocab: Vocab) -> bool:
    """ "were killed in Israeli strikes", "died in the strikes"."""
    prep = noun.head
    if noun.dep_ != "pobj" or lemma(prep) not in vocab.words("casualty_preps"):
        return False
    return prep.head.pos_ in ("VERB", "AUX") and lemma(prep.head) in vocab.words("casualty_verbs")


def _aimed_at_place(noun: Token) -> bool:
    return any(p.ent_type_ in _PLACE_ENTS for p in prep_objects(noun, _AIMED_PREPS))


def _bare_recall(noun: Token) -> bool:
    """ "the strikes", "these strikes": a strike noun with a pointing determiner and no word
    of its own, which tells again a strike told before."""
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ in _RECALLING_DETS for c in children) and all(
        c.dep_ in _BARE_DEPS for c in children
    )


def _weapon_words(candidates: list[Rule]) -> frozenset[str]:
    """The words that make a strike an attack in the attack rules' own phrases and contexts
    ("air", "missile", "retaliatory")."""
    words: set[str] = set()
    for rule in candidates:
        if rule.type == _ASSAULT:
            words |= {child for head, child in rule.phrases if head == "strike"}
            if "strike" in rule.nouns:
                words |= rule.context
    return frozenset(words)


def _recalls_armed_strike(noun: Token, vocab: Vocab, candidates: list[Rule]) -> bool:
    """A bare "the strikes" whose nearest strike told before in the article (passing over
    other bare ones, which recall it too) was dealt by arms."""
    if not _bare_recall(noun):
        return False
    weapons = _weapon_words(candidates)
    attack_nouns = {n for r in candidates if r.type == _ASSAULT for n in r.nouns} - {"strike"}
    for earlier in reversed(noun.doc[: noun.i]):
        if earlier.pos_ not in _NOUNS:
            continue
        if lemma(earlier) in attack_nouns and "strike" in lemma(earlier):
            return True  # "the airstrikes"
        if lemma(earlier) != "strike" or _bare_recall(earlier):
            continue
        own = {lemma(c) for c in earlier.children if c.dep_ in ("amod", "compound", "nmod")}
        return bool(own & weapons) or _armed_doer(earlier, vocab) or _told_armed(earlier, vocab)
    return False


def _told_armed(noun: Token, vocab: Vocab) -> bool:
    return _casualties_caught_in(noun, vocab) or _aimed_at_place(noun)


def armed_strike(token: Token, rule: Rule, vocab: Vocab, candidates: list[Rule]) -> Rule | None:
    """The attack rule to read `token` by instead of the labour strike `rule`, or None."""
    if (rule.type, rule.mode) != _LABOUR or token.pos_ != "NOUN":
        return None
    attack = next((r for r in candidates if r.type == _ASSAULT and lemma(token) in r.nouns), None)
    if attack is None:
        return None
    if _armed_doer(token, vocab) or _told_armed(token, vocab):
        return attack
    if _recalls_armed_strike(token, vocab, candidates):
        return attack
    return None
