"""Which matched words are reported as triggers: a light or converse verb gives way to the
event noun it takes ("gave a warm welcome", "received asylum"), a causative to the act it
orders (its orderer the actor), a statement of intent to the act it announces ("agreed to
release": the release, with the intent word), one word to another that names the same act
("won his freedom", "went on a hunger strike"), and a release to no arrest it is from
("freed from house arrest"). Split from events (step 2 of its cascade)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import people_of_act
from chronicler.annotate.events_arg_cues import attributive_participle
from chronicler.annotate.events_folds import (
    HELD_MODE,
    custody_noun_carried,
    doer_nouns,
    exile_noun_carried,
)
from chronicler.annotate.events_match import (
    hyphenated,
    match_rule,
    object_of,
    phrase_child,
    to_infinitive,
)
from chronicler.annotate.events_modality_given import told_as_done
from chronicler.annotate.events_phrases import expand
from chronicler.annotate.events_unseen import unseen_rule
from chronicler.annotate.events_vocab import Rule, Vocab, lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_EMBED_DEPS = frozenset({"xcomp", "ccomp", "acl", "advcl"})


def _embedded(token: Token, matches: dict[int, Rule]) -> list[Token]:
    """Triggers a statement of intent announces: "agreed to release", "willing to send",
    "prepared to impose martial law" (through a light verb to its object)."""
    out = []
    for child in token.children:
        if child.dep_ not in _EMBED_DEPS or (child.dep_ == "advcl" and not to_infinitive(child)):
            continue
        if child.dep_ == "acl" and child.tag_ == "VBN":
            continue  # "the accord signed by X", "the deal reached in May": done to it
        if attributive_participle(child, load_vocab()) is not None:
            continue  # "warned protesting farmers that ...": an adjective, no embedded act
        if told_as_done(child, child.dep_, load_vocab().modality):
            continue  # "agreed that China has taken advantage": reported done, not announced
        for tok in expand([child]):
            if tok.i == token.i:
                continue
            if tok.i in matches:
                out.append(tok)
            elif tok.pos_ == "VERB":  # "to impose martial law", "to live in exile"
                out += [o for o in tok.children if o.dep_ == "dobj" and o.i in matches]
                out += [
                    o
                    for p in tok.children
                    if p.dep_ == "prep" and p.lower_ in ("in", "into")
                    for o in p.children
                    if o.dep_ == "pobj" and o.i in matches
                ]
    return out


def _own_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _reflexive_modifier(token: Token) -> bool:
    """A participle or adjective made with "self-" describes what does it to itself ("self-
    reinforcing economic forces", "a self-proclaimed general"): no act between parties."""
    if token.tag_ not in ("VBG", "VBN", "JJ"):
        return False
    word = hyphenated(token)
    return word is not None and word.startswith("self-")


def _adjective_participle(token: Token, vocab: Vocab) -> bool:
    """ "in response to punishing Israeli air attacks": a participle of harshness the parser
    read as a verb taking a bare act noun after it is that act's adjective (the attacks are
    punishing), no act of its own (`severity_participles`; vocabulary 1.423.0); "punishing
    the attackers", "vowed to punish them" stay."""
    if token.tag_ != "VBG" or lemma(token) not in vocab.words("severity_participles"):
        return False
    if any(c.dep_ in ("nsubj", "aux", "auxpass") for c in token.children):
        return False
    return any(
        c.dep_ == "dobj"
        and c.i == token.i + 1 + sum(1 for t in c.lefts)
        and not any(t.dep_ in ("det", "poss") for t in c.lefts)
        and (rule := match_rule(c, vocab)) is not None
        and rule.type != "NONE"
        for c in token.children
    )


def _helps_a_crime(token: Token, vocab: Vocab) -> bool:
    """A causative verb over a crime ("convicted of helping to defraud investors", "helped
    launder the money"): a hand in the crime, no aid given."""
    crimes = vocab.words("crime_verbs")
    return any(c.dep_ in ("xcomp", "ccomp") and lemma(c) in crimes for c in token.children)


def _noun_object(token: Token, matches: dict[int, Rule]) -> Token | None:
    obj = object_of(token)
    if obj is not None and obj.pos_ == "NOUN" and obj.i in matches and obj.i != token.i:
        return obj
    return None


def _converse_carrier(token: Token, rule: Rule, matches: dict[int, Rule], vocab: Vocab) -> bool:
    """A converse light verb ("receive", "draw", "face") whose direct object is an event noun
    only carries it, its subject undergoing the noun's act ("received asylum from Mexico",
    "drew condemnation"): the noun is the event, not a meeting or a receipt of its own. A
    phrase the verb makes with its noun stays ("won the release of the hostages")."""
    if lemma(token) not in vocab.words("converse_verbs") or phrase_child(token, rule) is not None:
        return False
    noun = _noun_object(token, matches)
    return noun is not None and noun.dep_ == "dobj"


_CUSTODY_SOURCES = frozenset({"arrest", "imprison", "exile"})


def _release_sources(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of a release's "from" / "out of" phrases: what the person was freed from."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ not in preps:
            continue
        for g in child.children:
            if g.dep_ == "pobj":
                out.append(g)
            elif g.dep_ == "prep":  # "out of jail"
                out += [o for o in g.children if o.dep_ == "pobj"]
    return out


def _predicate_noun_adjective(token: Token) -> bool:
    """An adjective on the noun of a copula's predicate, "it's a very draconian power": a
    speaker's judgement as the predicate adjective is ("it is draconian"; vocabulary
    1.430.0); only rules of a speaker's judgement fire on it."""
    return (
        token.dep_ == "amod"
        and token.pos_ == "ADJ"
        and token.head.dep_ == "attr"
        and lemma(token.head.head) == "be"
    )


def select_triggers(
    doc: Doc, vocab: Vocab
) -> tuple[dict[int, Rule], dict[int, Token], dict[int, Token]]:
    """Triggers to report, and for each announced trigger the intent word announcing it."""
    matches = {
        t.i: rule
        for t in doc
        if t.dep_ not in ("amod", "compound") or t.pos_ == "NOUN" or _predicate_noun_adjective(t)
        if not _reflexive_modifier(t)
        if not _adjective_participle(t, vocab)  # "punishing air attacks"
        if (rule := match_rule(t, vocab) or unseen_rule(t, vocab)) is not None
        if t.dep_ != "amod" or t.pos_ == "NOUN" or rule.speaker_acts
    }
    dropped: set[int] = set()
    intent_of: dict[int, Token] = {}
    causer_of: dict[int, Token] = {}
    sharpened: dict[int, Rule] = {}  # a verb given the more exact mode of the noun it takes
    for i, rule in matches.items():
        tok = doc[i]
        if rule.light and _noun_object(tok, matches) is not None:
            # "gave a warm welcome": the welcome is the event. An unlisted verb WordNet types
            # keeps its own event, as a listed one does: "demanded the withdrawal" is a demand
            dropped.add(i)
            continue
        if _converse_carrier(tok, rule, matches, vocab):
            dropped.add(i)  # "could not receive asylum": the grant, no meeting
            continue
        if rule.causative and not _in_set_phrase(tok, vocab):  # "in order to arrest X"
            inner = _embedded(tok, matches)
            noun = _noun_object(tok, matches)
            if rule.bare_causative:
                inner = [e for e in inner if not _own_subject(e)]
                noun = None
            if inner or noun is not None:
                dropped.add(i)  # the ordered act is the event; the orderer is its actor
                for e in [*inner, *([noun] if noun is not None else [])]:
                    causer_of[e.i] = tok
                continue
            if _helps_a_crime(tok, vocab):
                dropped.add(i)
                continue
        if people_of_act(tok, vocab):  # "Cuban exiles protested": people, no expulsion
            dropped.add(i)
            continue
        if exile_noun_carried(tok, matches, vocab) is not None:
            # "was sent into exile by X": the exile, X its actor (events_arg_heads)
            dropped.add(i)
            continue
        carried = custody_noun_carried(tok, rule, matches, vocab)
        if carried is not None and matches[carried.i].mode == HELD_MODE != rule.mode:
            # "put X under house arrest": the noun is more exact (held, not taken), and takes
            # the verb's subject and object as in "placed X under arrest" (events_arg_heads)
            dropped.add(i)
            continue
        if carried is not None:  # "moved X from prison to house arrest", "held X in
            dropped.add(carried.i)  # detention": the verb's, with where X was held
        if rule.mode == "release":  # "freed from house arrest": the custody left, no arrest
            dropped.update(
                o.i
                for o in _release_sources(tok, vocab.words("release_preps"))
                if o.i in matches and o.i != i and matches[o.i].mode in _CUSTODY_SOURCES
            )
        dropped.update(doer_nouns(tok, rule, matches, vocab))  # "protesters marched": one march
        # "won his freedom", "went on strike": one release, one strike, not two
        for same in (object_of(tok), phrase_child(tok, rule)):
            if (
                same is not None
                and same.i != i
                and getattr(matches.get(same.i), "mode", None) == rule.mode
            ):
                dropped.add(same.i)
        exact = _exact_phrase_noun(tok, rule, matches)
        if exact is not None:  # "went on a hunger strike": one hunger strike, by the subject
            dropped.add(exact.i)
            sharpened[i] = replace(rule, mode=matches[exact.i].mode, cameo=matches[exact.i].cameo)
        if rule.absorb:
            obj = object_of(tok) or phrase_child(tok, rule)
            if obj is not None:
                dropped.update(o.i for o in expand([obj]) if o.i in matches and o.i != i)
        if rule.intent:
            inner = _embedded(tok, matches)
            if inner:
                dropped.add(i)
                for e in inner:
                    intent_of.setdefault(e.i, tok)
    kept = {i: sharpened.get(i, r) for i, r in matches.items() if i not in dropped}
    return kept, intent_of, causer_of


def _exact_phrase_noun(tok: Token, rule: Rule, matches: dict[int, Rule]) -> Token | None:
    """The noun a phrase verb takes when it is an event of the verb's type with a more exact
    mode of its own ("went on a hunger strike": the strike phrase's noun is a hunger strike):
    one event, the verb's with the noun's mode, not a strike beside an actorless hunger
    strike."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    noun = phrase_child(tok, rule)
    if noun is None or noun.i == tok.i or noun.pos_ != "NOUN":
        return None
    other = matches.get(noun.i)
    if other is None or other.type != rule.type or other.mode in (None, rule.mode):
        return None
    return noun


def _in_set_phrase(token: Token, vocab: Vocab) -> bool:
    """The word ends a set phrase with the word before it (`set_phrases`: "in order"), so it
    orders nothing: "raided the house in order to arrest the suspect" is the raiders' arrest,
    no order's (events_filters.set_phrase drops the word itself; roles 1.206.6)."""
    return token.i > 0 and f"{token.nbor(-1).lower_} {token.lower_}" in vocab.words("set_phrases")
