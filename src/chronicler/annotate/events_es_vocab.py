"""The Spanish event vocabulary (data/events/vocab_es.toml): trigger rules, actor roles and
modality cues, read once per process, plus the lemma repairs the small Spanish model needs.

Kept apart from the English vocabulary's records on purpose: the Spanish rules read a
Universal Dependencies parse (nsubj/obj/obl + case markers), not the English model's labels.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from chronicler.annotate.events_es_forms import PARTICIPLE_ENDINGS, name_read_as_verb
from chronicler.annotate.events_vocab import (
    NO_EVENT,
    PLOVER_TYPES,
    Coding,
    phrase_pairs,
    read_record,
    readings_of,
    role_words,
    rule_words_without,
    state_organs,
    words_of,
)
from chronicler.annotate.past_roles import PastCues, past_cues
from chronicler.settings import data_path

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class EsRule:
    id: str
    type: str
    mode: str | None
    cameo: str | None
    verbs: frozenset[str]
    nouns: frozenset[str]
    adjs: frozenset[str]
    phrases: frozenset[tuple[str, str]]  # (head lemma, child lemma)
    objects: frozenset[str]
    objects_not: frozenset[str]
    context: frozenset[str]
    context_not: frozenset[str]
    subject: str  # "actor" | "target"
    poss: str  # "actor" | "target"
    of_actor: bool
    pronominal: bool
    object_place: bool
    requires_poss: bool
    requires_broker: bool
    person_object: bool
    thing_object: bool
    reciprocal: bool
    actor_roles: frozenset[str]
    target_preps: frozenset[str]
    # roles whose "de"-phrase of the trigger noun is its doer, not its victim ("el ataque de
    # los paramilitares"; "el ataque de los campesinos" stays a victim); attacker_nouns too
    of_actor_roles: frozenset[str] = frozenset()
    # the mode an event is given when the rule says no how ("murieron en la represión": kill,
    # as the English vocabulary's told_mode)
    told_mode: str | None = None
    # a noun whose agentive "de"-object asks ("a petición de la Fiscalía"); any other is
    # what is asked for ("la petición de asilo")
    of_agent: bool = False
    # fires only on a verb carrying its reflexive clitic ("se negó a", "negarse a", "me
    # niego a": a refusal), not on the verb alone ("negó haberlo detenido": a denial)
    reflexive: bool = False
    # fires only with no object ("un bloqueo de carreteras" is for the rule listing its
    # objects; "mantenían un persistente bloqueo" names none)
    without_object: bool = False
    # fires only over an act asked of someone: an infinitive ("le sugirió renunciar") or a
    # "que" clause in the subjunctive ("le sugirió que renunciara"); not "sugiere que hubo
    # fraude" (an inference)
    mandative: bool = False
    # fires only on a verb that tells something to someone: a clause it takes or a dative
    # ("le manifiestan que debe irse", "manifestó que no cederá": said; "los obreros se
    # manifestaron" marched)
    telling: bool = False
    # a noun fires only when its phrase names whom it is done to: a possessive or a
    # "de"-phrase ("su destitución", "la destitución de Castillo"; not "la destitución")
    requires_party: bool = False
    # a phrase's own word is part of this one event whatever rule it would match alone
    # ("cumplía una condena": a term served, not a second sentencing)
    absorbs: bool = False
    # a phrase's own word must be the trigger's object (a noun's "de"-object) with a definite
    # article: a measure in force ended ("levantó las acusaciones", "retiró los cargos", "el
    # levantamiento de los cargos"); not "levantó cargos contra X" (charges brought), "las
    # acusaciones que pretendía levantar" (a relative clause's noun) nor "fue retirado del
    # cargo" (a post left)
    definite_phrase_object: bool = False
    # a phrase rule fires only when its phrase word is negated ("lo declaró no culpable": an
    # acquittal; not "lo declaró culpable"), as the English `phrase_negated`
    phrase_negated: bool = False
    # fires only without a reflexive clitic ("lo declaró inocente": a verdict; "se declaró
    # inocente": a plea)
    irreflexive: bool = False
    # leaving one's country ("salió del país", "abandonó Venezuela", "partió rumbo a España"):
    # fires only when what it leaves is a `context` word or a country's name, or where it goes
    # a country, and is kept only for a person the article puts in legal jeopardy
    # (events_es_departures, events_departures)
    departure: bool = False
    # a thing object naming an act passes person_object ("ordenó el cierre del diario":
    # `act_nouns`, `act_suffixes`); an act some rule codes ("ordenó el desalojo", "ordenó la
    # detención de X") is the event, the orderer its actor, and this trigger is dropped, as
    # the English `causative`
    act_object: bool = False
    # `actor_roles` hold only of a subject the text names: with none, the rule does not fire
    # ("la gendarmería levantó el bloqueo" ends it by force; "levantaron el bloqueo", no one
    # named, stays the protesters' own concession)
    named_actor: bool = False
    # fires only when its subject is a crowd counted in thousands ("unas 30.000 personas se
    # reunieron", "miles de personas se congregaron"; `crowd_counts`) and no one is met with
    # a "con"-phrase ("se reunió con el ministro" stays a meeting)
    crowd_subject: bool = False
    # words that, anywhere in the trigger's sentence, keep the rule from firing (not only
    # near the trigger as `context_not`): "Las protestas comenzaron con bloqueos de
    # carreteras": a blockade by no one named in a protest's sentence is the protest's own
    sentence_context_not: frozenset[str] = frozenset()
    # a noun fires only as the direct object (or passive subject) of one of these verbs
    # ("Honduras recibió una protesta del gobierno de El Salvador"; not "fue recibido por
    # protestas", a rally met)
    governors: frozenset[str] = frozenset()
    # fires only when a "de"-complement names a thing, not people ("es presa de la
    # especulación", "preso del pánico": prey of; not "preso de la guerrilla")
    of_thing: bool = False
    # every lemma the trigger itself may have (its words and its phrases' heads): a token
    # with none of them is passed over without reading its children
    heads: frozenset[str] = frozenset()
    # set on a rule an unlisted word takes from its nearest English words (events_es_unseen):
    # the winning type's votes, which say which parties its event needs
    fallback: float = 0.0


@dataclass(frozen=True)
class EsModality:
    negation_words: frozenset[str]
    negating_verbs: frozenset[str]
    future_verbs: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_verbs: frozenset[str]
    hypothetical_nouns: frozenset[str]
    alleged_words: frozenset[str]
    conditional_if: frozenset[str]
    conditional_unless: frozenset[str]
    continuation_verbs: frozenset[str] = frozenset()
    # "aceptó concederle asilo": future only over an infinitive
    future_infinitive_verbs: frozenset[str] = frozenset()
    # "advirtió que expulsará a los diplomáticos": future only over a clause in the future or
    # conditional ("advirtió de que siguen encarceladas" warns of what is)
    future_clause_verbs: frozenset[str] = frozenset()
    # "negó que estuviera detenido como moneda de cambio": the label is denied, not the act
    denial_verbs: frozenset[str] = frozenset()
    characterisation_preps: frozenset[str] = frozenset()
    # "lo acusa de usurpación de funciones, instigación a la desobediencia": an accusation
    # and the prepositions opening its list of charges
    charge_list_verbs: frozenset[str] = frozenset()
    charge_list_preps: frozenset[str] = frozenset()
    # "cuando sea liberado", "hasta que ofrezca una disculpa": marks of a clause in the
    # subjunctive that tell what has not happened yet
    pending_marks: frozenset[str] = frozenset()
    # "espera que la guerrilla libere a los rehenes": a hope about another's act, which is
    # hypothetical and no intent of its doer
    hope_verbs: frozenset[str] = frozenset()
    # "marcharon para protestar", "se retiró de la cumbre para exigir su renuncia": a purpose
    # an act done accomplishes by being done (said by the act itself), unless the act only
    # calls others to it ("convocó a sus afiliados para protestar")
    expressed_purposes: frozenset[str] = frozenset()
    calling_verbs: frozenset[str] = frozenset()
    # "protestaron contra la aprobación de la ley": what a protest is against is told as done
    protest_words: frozenset[str] = frozenset()
    # "pide que acabe con el bloqueo": what is to be ended is going on
    ending_verbs: frozenset[str] = frozenset()
    # "canceló su visita por temor a las protestas": what is feared is hypothetical, and no
    # denial above it reaches it
    fear_words: frozenset[str] = frozenset()
    # "con el apoyo de X, el comité enviará documentos": a backing told with a "con"-phrase
    # is had while the act is done, taking no future nor mood from it
    backing_nouns: frozenset[str] = frozenset()
    # "los pedidos de impugnación presentados por organizaciones políticas": an act whose
    # noun a participle of making describes is told as made, whatever the mood above
    making_participles: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class EsVocab:
    version: str
    rules: tuple[EsRule, ...]
    roles: tuple[tuple[str, frozenset[str]], ...]
    modality: EsModality
    attributes: dict[str, frozenset[str]]
    lemma_fixes: dict[str, str]
    # roles.toml's organs known by a name with no country word ("el Departamento de Estado")
    state_organs: dict[str, str] = field(default_factory=dict)
    # marks putting a role word in the past ("el general retirado"; roles.toml past_marks)
    past: PastCues = field(default_factory=PastCues)

    def words(self, name: str) -> frozenset[str]:
        return self.attributes.get(name, frozenset())

    def readings(self, lemmas: frozenset[str], pos: str) -> frozenset[Coding]:
        """Every coding a rule gives one of `lemmas` as a word of `pos`, whatever its
        conditions (events_vocab.readings_of)."""
        return readings_of(self.rules, lemmas, pos)

    def role_words(self, roles: frozenset[str]) -> frozenset[str]:
        return frozenset().union(*(words for role, words in self.roles if role in roles))

    def without_trigger(self, word: str) -> EsVocab:
        """This vocabulary as if it had never listed `word`, accented or not (Spanish
        leave-lemma-out measuring, bench/bench_unseen_es.py, as Vocab.without_trigger): no
        rule has it as a word or phrase word, no object or context condition names it (a
        rule whose condition named only it is gone), and no word list, modality cue or role
        word holds it. The lemma repairs and the former offices are kept."""
        gone = frozenset({word, unaccented(word)})
        rules = []
        for r in self.rules:
            words = rule_words_without(r, gone)
            if words is not None:  # (None: its condition held only with the word)
                rules.append(replace(r, heads=r.heads - gone, **words))
        modality = replace(
            self.modality,
            **{f.name: getattr(self.modality, f.name) - gone for f in fields(self.modality)},
        )
        return replace(
            self,
            rules=tuple(rules),
            roles=tuple((role, words - gone) for role, words in self.roles),
            modality=modality,
            attributes={name: words - gone for name, words in self.attributes.items()},
        )


# Accented vowels and their plain spellings: headlines in capitals, some wires and scraped
# text drop accents ("detencion", "policia", "ataco"). "ñ" is kept: "año" is not "ano".
_ACCENTS = str.maketrans("áéíóúü", "aeiouu")


def unaccented(word: str) -> str:
    return word.translate(_ACCENTS)


def words_es(value: object) -> frozenset[str]:
    """A TOML word list, each word also in its unaccented spelling."""
    words = words_of(value)
    return words | {unaccented(w) for w in words}


def _rule(raw: dict[str, Any]) -> EsRule:
    rule = _read_rule(raw)
    heads = rule.verbs | rule.nouns | rule.adjs | {h for h, _ in rule.phrases}
    return replace(rule, heads=frozenset(heads))


def _phrases_es(value: object) -> frozenset[tuple[str, str]]:
    """Two-word phrases as (head, child) pairs, each pair also in its unaccented spelling."""
    return frozenset(
        pair
        for head, child in phrase_pairs(value)
        for pair in ((head, child), (unaccented(head), unaccented(child)))
    )


def _read_rule(raw: dict[str, Any]) -> EsRule:
    return read_record(
        EsRule,
        raw,
        words=words_es,
        defaults={"subject": "actor", "poss": "target"},
        # role names are keys of [roles], not text, and the prepositions have no accents
        readers={
            "phrases": _phrases_es,
            "actor_roles": words_of,
            "of_actor_roles": words_of,
            "target_preps": words_of,
            "fallback": float,
        },
    )


def parse_vocab_es(raw: dict[str, Any], roles: dict[str, Any] | None = None) -> EsVocab:
    """Build the vocabulary from the parsed TOML, `roles` roles.toml's tables shared with the
    English vocabulary (apart from I/O so tests can pass their own)."""
    rules = tuple(_rule(r) for r in raw.get("rules", ()))
    unknown = {r.type for r in rules} - set(PLOVER_TYPES) - {NO_EVENT}
    if unknown:
        raise ValueError(f"Spanish event vocabulary names unknown PLOVER types: {sorted(unknown)}")
    modality = raw.get("modality", {})
    role_table = role_words(raw.get("roles", {}), roles or {}, words_es)
    return EsVocab(
        version=str(raw.get("version", "?")),
        rules=rules,
        roles=role_table,
        modality=EsModality(
            **{k: words_es(modality.get(k)) for k in EsModality.__dataclass_fields__}
        ),
        attributes={k: words_es(v) for k, v in raw.get("attributes", {}).items()},
        lemma_fixes={str(k).lower(): str(v).lower() for k, v in raw.get("lemmas", {}).items()},
        state_organs=state_organs(roles or {}),
        past=past_cues(roles or {}, frozenset().union(*(w for _, w in role_table))),
    )


@cache
def load_vocab_es() -> EsVocab:
    with data_path("events", "vocab_es.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    with data_path("events", "roles.toml").open("rb") as fh:
        return parse_vocab_es(raw, tomllib.load(fh))


# Participle endings -> infinitive endings: the small model tags "detenido" ADJ with lemma
# "detenido", so the verb is recovered from the form ("-ido" may be "-er" or "-ir").
_PARTICIPLES = (
    ("ados", ("ar",)),
    ("adas", ("ar",)),
    ("ado", ("ar",)),
    ("ada", ("ar",)),
    ("idos", ("er", "ir")),
    ("idas", ("er", "ir")),
    ("ido", ("er", "ir")),
    ("ida", ("er", "ir")),
)


def predicative_participle(token: Token, vocab: EsVocab) -> bool:
    """A participle the model tags a noun as the bare complement of a verb of state
    (`predicative_verbs`): "permaneció recluida", "sigue detenida"; no article, no case."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ in ("obj", "xcomp")
        and (
            token.lower_.endswith(PARTICIPLE_ENDINGS)
            or token.lower_ in vocab.words("irregular_participles")  # "quedó presa"
        )
        and token.head.lemma_.lower() in vocab.words("predicative_verbs")
        and not any(c.dep_ in ("det", "case") for c in token.children)
    )


def verb_read_as_noun(token: Token) -> bool:
    """A verb the model tags as a noun: one with a subject and a bare object, as only a verb
    takes ("La población demanda mejoras", "La Secretaría denuncio el asesinato": "denuncio",
    denunció unaccented), or an unaccented preterite hung as a modifier on its own subject
    before it ("El sindicato denuncio la desaparicion")."""
    if token.pos_ != "NOUN" or len(token) < 5 or token.lemma_.lower() != token.lower_:
        return False
    bare_object = any(c.dep_ == "obj" and not _has_case(c) for c in token.children)
    if bare_object and any(c.dep_ == "nsubj" for c in token.children):
        return True
    if preterite_infinitives(token.lower_) and verb_slot(token):
        return True  # "El régimen los despojó de la nacionalidad": "despojó" read as a noun
    return (
        token.lower_.endswith("o")
        and token.dep_ == "amod"
        and token.head.i < token.i
        and token.head.pos_ in ("NOUN", "PROPN")
    )


def _has_case(token: Token) -> bool:
    return any(c.dep_ == "case" for c in token.children)


# Preterite endings of a verb the model read as a noun, and the infinitives they come from:
# "despojó" -> despojar, "reprimió" -> reprimir, "despojaron" -> despojar.
_PRETERITE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ieron", ("er", "ir")),
    ("aron", ("ar",)),
    ("ió", ("ir", "er")),
    ("ó", ("ar",)),
)
# Unstressed object pronouns: a word right after one is a verb ("los despojó", "se llevó").
_CLITICS = frozenset({"lo", "la", "los", "las", "le", "les", "se", "me", "te", "nos", "os"})


def preterite_infinitives(form: str) -> tuple[str, ...]:
    """The infinitives a third-person preterite form comes from ("despojó" -> despojar);
    none for a form of another shape."""
    for ending, infinitives in _PRETERITE:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return tuple(form[: -len(ending)] + inf for inf in infinitives)
    return ()


def verb_slot(token: Token) -> bool:
    """The token sits where only a verb can: right after an object clitic ("los despojó"),
    or with a subject and an object or complement of its own and no copula ("El régimen
    despojó de la nacionalidad a ...")."""
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and before.lower_ in _CLITICS and before.pos_ in ("PRON", "DET"):
        return True
    kids = {c.dep_ for c in token.children}
    return "nsubj" in kids and "cop" not in kids and bool(kids & {"obj", "iobj", "nmod", "obl"})


# Present-tense endings of a verb the model read as a noun, and the infinitives they come from:
# "demanda" -> demandar, "exigen" -> exigir.
_PRESENT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("an", ("ar",)),
    ("en", ("er", "ir")),
    ("a", ("ar",)),
    ("e", ("er", "ir")),
)


# Infinitive endings no Spanish verb has, which the lemmatiser gives -ar verbs, and the ending
# the verb has: "paralicen" -> "paralicir" (paralizar: "z" written "c" before "e"),
# "involucra" -> "involucrir" (involucrar).
_NO_VERB_ENDINGS = (("icir", "izar"), ("crir", "crar"))
# Conditional endings, after which the lemmatiser adds "-ir" to the infinitive ("lanzarían" ->
# "lanzarir").
_CONDITIONAL = ("ía", "ías", "íamos", "íais", "ían")


def no_verb_mended(lemma: str, form: str) -> str:
    """The infinitive of an -ar verb the lemmatiser gave an ending no Spanish verb has
    ("paralicir", "involucrir", "organicir"), or its conditional read as the infinitive plus
    "-ir" ("lanzarían" -> "lanzarir": lanzar); else the lemma as it is (1.155.0)."""
    for wrong, right in _NO_VERB_ENDINGS:
        if lemma.endswith(wrong) and len(lemma) >= len(wrong) + 2:
            return lemma[: -len(wrong)] + right
    # (an -ar verb's only: "-ería" and "-iría" are also the imperfect of -er and -ir verbs,
    # "sugería" of sugerir; "parir", whose "paría" is one too, is too short to be read so)
    stem = lemma[:-2]
    if lemma.endswith("arir") and len(stem) > 4 and any(form == stem + c for c in _CONDITIONAL):
        return stem
    return lemma


# Present subjunctive endings of an -ar verb, which the lemmatiser reads as the present of an
# -ir verb ("ataquen" -> "ataquir", "libere" -> "liberir") or leaves as they are ("expulsen"),
# and imperfect subjunctive ones, which it reads as the present of an "-arar" verb
# ("atacaran" -> "atacarar").
_SUBJUNCTIVE_PRESENT = ("emos", "es", "en", "e")
_SUBJUNCTIVE_PAST = ("áramos", "aran", "aras", "ara", "asen", "ases", "ase")


def _ar_infinitive(stem: str) -> str:
    """The -ar infinitive of a subjunctive's stem, its spelling before "e" undone: "ataqu"
    -> atacar, "pagu" -> pagar, "lanc" -> lanzar."""
    if stem.endswith("qu"):
        return stem[:-2] + "car"
    if stem.endswith("gu"):
        return stem[:-2] + "gar"
    if stem.endswith("c"):
        return stem[:-1] + "zar"
    return stem + "ar"


def subjunctive_infinitives(lemma: str, form: str) -> tuple[str, ...]:
    """The -ar infinitive of a subjunctive the lemmatiser got wrong ("que no ataquen" ->
    "ataquir": atacar; "atacaran" -> "atacarar": atacar; "expulsen" left as it is:
    expulsar); none for a lemma the form agrees with. A real -ir verb's present ("reciben",
    recibir) gives a stem no rule lists ("recibar")."""
    for ending in _SUBJUNCTIVE_PRESENT:
        if not form.endswith(ending) or len(form) < len(ending) + 3:
            continue
        stem = form[: -len(ending)]
        if lemma in (stem + "ir", form):
            return (_ar_infinitive(stem),)
    for ending in _SUBJUNCTIVE_PAST:
        stem = form[: -len(ending)]
        if form.endswith(ending) and len(stem) >= 3 and lemma in (stem + "ar" + "ar", form):
            return (stem + "ar",)
    return ()


def misread_conditional(token: Token) -> bool:
    """A conditional of an -ar verb the model read as an imperfect, whose lemma it made the
    infinitive plus "-ir" ("paralizarían" -> "paralizarir", Mood=Ind): a conditional."""
    lemma = token.lemma_.lower().split(" ")[0]
    return lemma.endswith("arir") and no_verb_mended(lemma, token.lower_) != lemma


def candidate_lemmas(token: Token, vocab: EsVocab) -> tuple[str, ...]:
    """The token's lemma and the repairs of known lemmatiser slips, most likely first."""
    lem = token.lemma_.lower().split(" ")[0]  # "liberar él": the verb of "liberarlo"
    lem = no_verb_mended(lem, token.lower_)
    out = [vocab.lemma_fixes.get(token.lower_, lem)]
    if lem != out[0]:
        out.append(lem)
    if "nn" in lem:  # "ñ" written "nn" where text lost it: "dannaron", "compannia"
        out.append(lem.replace("nn", "ñ"))
    if lem.endswith(("cion", "sion")) and len(lem) > 6:
        # a noun of "-ción", "-sión" where text lost its accents: "ejecucion", "represion"
        out.append(lem[:-3] + "ión")
    if lem.endswith("eír"):  # "reprimió" -> "reprimeír"
        out += [lem[:-3] + "ir", lem[:-3] + "er"]
    if token.pos_ in ("VERB", "AUX"):  # "que no ataquen" -> "ataquir": atacar
        out += subjunctive_infinitives(lem, token.lower_)
    misread = verb_read_as_noun(token)
    if misread:
        past = preterite_infinitives(token.lower_)
        present = next((p for p in _PRESENT if lem.endswith(p[0])), None)
        if past:
            out += past
        elif present is not None:
            out += [lem[: -len(present[0])] + inf for inf in present[1]]
    verbal = token.pos_ in ("VERB", "ADJ") or misread
    if verbal and lem == token.lower_ and lem.endswith("o") and len(lem) > 4:
        # an unaccented preterite the model leaves as it is: "ataco" (atacó), "exploto",
        # "denuncio" (denunció), "murio" (murió)
        out.append(lem[:-1] + "ar")
        if lem.endswith("io"):
            out += [lem[:-2] + "ir", lem[:-2] + "er"]
    if token.pos_ == "PROPN":  # "Capturan" opening a sentence, tagged a name: capturar
        out += name_read_as_verb(token, vocab)
    if token.pos_ == "PROPN" and lem.endswith("s") and len(lem) > 4:
        # a capitalised plural tagged PROPN keeps its plural ("Guerrilleros", "Paramilitares")
        out += [lem[:-1], lem[:-2]] if lem.endswith("es") else [lem[:-1]]
    if token.pos_ in ("ADJ", "VERB") or predicative_participle(token, vocab):
        for form in (lem, token.lower_):
            for ending, infinitives in _PARTICIPLES:
                if form.endswith(ending) and len(form) > len(ending) + 2:
                    out += [form[: -len(ending)] + inf for inf in infinitives]
                    break
    return tuple(dict.fromkeys(out))
