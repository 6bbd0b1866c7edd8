"""Which matched Spanish triggers are reported: of the matches events_es_match finds, the
second word of a phrase that would code the same thing again, a device named by its blast's
verb, an "al" + infinitive telling how its head's event came about, a means named as its
doer's act, an act an anniversary recalls and an order whose ordered act is a trigger of its
own are dropped.

Split out of events_es_match, which matches one token to its rule.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from chronicler.annotate.events_anniversaries import number_table, years_marked
from chronicler.annotate.events_es_claims import norm_content, passed_off, practice_denounced
from chronicler.annotate.events_es_damage import destruction_of_attack
from chronicler.annotate.events_es_match import marked_person, match_rule, object_of, unseen_match
from chronicler.annotate.events_es_morph import (
    SUBJECT_DEPS,
    case_of,
)
from chronicler.annotate.events_es_sport import rough_play
from chronicler.annotate.events_es_subjects import lemma_set, own_subjects
from chronicler.annotate.events_es_unseen import embed_candidates, main_clause_fallback
from chronicler.annotate.events_es_vocab import (
    EsRule,
    EsVocab,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def select_triggers(doc: Doc, vocab: EsVocab) -> dict[int, tuple[EsRule, Token | None]]:
    """Triggers to report, each with its rule and matched phrase word."""
    found = {t.i: m for t in doc if (m := match_rule(t, vocab)) is not None}
    rules = {i: rule for i, (rule, _) in found.items()}
    dropped = {
        i
        for i, (_, child) in found.items()
        if _device_of(doc[i], child, rules, vocab)
        or _circumstance_of(doc[i], rules)
        or _means_doer_of(doc[i], rules, vocab)
        or _means_told(doc[i], rules, vocab)
        or _doers_folded(doc[i], rules, vocab)
        or passed_off(doc[i], vocab)  # "legalizado como guerrillero dado de baja en combate"
        or norm_content(doc[i], vocab)  # "la nueva ley prohíbe las protestas"
        or commemorated(doc[i], vocab)  # "el 50 aniversario de la primera prueba nuclear"
        or practice_denounced(doc[i], vocab)  # "ha denunciado la tortura"
        or destruction_of_attack(doc[i], rules, vocab)  # "un bombardeo destruyó la escuela"
        or body_name(doc[i], rules, vocab)  # "anunciaron sus comités de apoyo"
        or carried_weapon(doc[i], rules, vocab)  # "munidos de piedras y bombas molotov"
        or outburst_of_protest(doc[i], rules, vocab)  # "en el peor estallido de violencia"
        or rough_play(doc[i], rules, vocab)  # "el visitante recurrió a la violencia"
        or (
            doc[i].head.i in rules
            and rules[doc[i].head.i].reciprocal
            and sides_clause(doc[i], vocab)
        )
    }
    for i, (rule, _) in found.items():
        obj = object_of(doc[i]) if rule.act_object else None
        # "ordenó el desalojo": the ordered act is the event (causative); not the people
        # ordered, whatever they are called ("ordenó a los detenidos callar")
        if obj is not None and obj.i in found and not marked_person(obj):
            dropped.add(i)
    for i, (rule, _) in found.items():
        obj = object_of(doc[i]) if doc[i].pos_ == "VERB" else None
        # "aceptaron la oferta": an offer a verb of its own type takes as object is what it
        # accepts, one agreement (not "repudió el rechazo de X": X's act of its own)
        if obj is None or obj.i not in found or found[obj.i][0].type != rule.type:
            continue
        if lemma_set(obj, vocab) & vocab.words("offer_nouns"):
            dropped.add(obj.i)
    for i, (rule, child) in found.items():
        if child is None or child.i not in found or child.i == i:
            continue
        other = found[child.i][0]
        if rule.absorbs or other.type == rule.type or other.mode == rule.mode:
            dropped.add(child.i)  # "partió al exilio": one exile, not two
    kept = {i: m for i, m in found.items() if i not in dropped}
    # words no rule lists, typed by the fallback, come last: they drop no listed trigger
    embed_candidates((t for t in doc if t.i not in found), vocab, lambda t: lemma_set(t, vocab))
    unseen = {
        t.i: m
        for t in doc
        if t.i not in found
        and not commemorated(t, vocab)
        and (m := unseen_match(t, vocab)) is not None
    }
    # ...but a verb the fallback may let lead its sentence tells what the protesters who
    # are its subject did, as a listed verb does ("los manifestantes exigieron su regreso")
    leading = {i for i, (rule, _) in unseen.items() if main_clause_fallback(doc[i], rule)}
    if leading:
        kept = {
            i: m
            for i, m in kept.items()
            if not doers_of_leading_unseen(doc[i], leading, rules, vocab)
        }
    return dict(sorted({**kept, **unseen}.items()))


def sides_clause(token: Token, vocab: EsVocab) -> bool:
    """A relative clause on a clash noun naming its sides, no act of its own: "los
    enfrentamientos que opusieron a policías y manifestantes", "el conflicto que enfrenta a
    los campesinos con el ejército" (`sides_verbs`, its subject the relative pronoun)."""
    return (
        token.dep_ in ("acl", "acl:relcl")
        and token.head.pos_ == "NOUN"
        and bool(lemma_set(token, vocab) & vocab.words("sides_verbs"))
        and all(s.lower_ == "que" for s in own_subjects(token))
    )


def _doers_folded(token: Token, rules: dict[int, EsRule], vocab: EsVocab) -> bool:
    """A noun naming the doers of its own act ("manifestantes", `doer_nouns`) where another
    trigger tells what they did or underwent (the English events_folds.doer_nouns and
    participant_people): a verb or noun trigger it hangs on, as subject ("los manifestantes
    marcharon": one march; "exigieron su regreso": a demand by them), as doers ("la marcha de
    los manifestantes") or as a party ("la policía detuvo a decenas de manifestantes",
    "enfrentamientos entre policías y manifestantes"); a trigger its relative clause has ("los
    manifestantes que desfilaron"), an event noun or infinitive its verb takes ("los
    manifestantes levantaron barricadas"), any verb's personal object ("recibió a los
    manifestantes") and another trigger of its type in its sentence ("entre los manifestantes
    había infiltrados en la marcha": the march). Nor are they protesting where they undergo
    what the sentence tells: a passive's subject ("fueron interceptados por la policía") or a
    personal "a"-object the parser hung on a noun ("Policía boliviana mata a dos
    manifestantes"). Beside a verb no rule lists ("los manifestantes portaban pancartas") it
    is the protest, by them."""
    if token.i not in rules or not lemma_set(token, vocab) & vocab.words("doer_nouns"):
        return False
    if token.pos_ != "NOUN":
        return True  # a name's word, or a headline in capitals the tagger reads as one
    own = rules[token.i]
    sentence = token.sent
    if any(
        i != token.i and sentence.start <= i < sentence.end and rule.type == own.type
        for i, rule in rules.items()
    ):
        return True  # "entre los manifestantes ... se infiltraron en la marcha": that one
    if any(c.dep_ in _RELATIVE_DEPS and c.i in rules for c in token.children):
        return True
    node = _group_link(token)
    head = node.head
    if head.i == node.i:
        return False
    if head.i in rules:
        return True
    if case_of(node) == "a" and head.pos_ in ("NOUN", "PROPN"):
        # a noun takes no personal "a": the object of a verb the parser missed, as in a
        # headline read as one noun phrase ("Policía boliviana mata a dos manifestantes"):
        # they underwent that act, no protest of theirs is told
        return True
    if node.dep_ in SUBJECT_DEPS and head.pos_ == "VERB" and _passive_verb(head):
        # "los marchistas fueron interceptados por la policía": what they underwent, and
        # another act is told
        return True
    if node.dep_ in SUBJECT_DEPS:
        # (or an infinitive: "volvieron a enfrentarse con la policía")
        return any(c.dep_ in ("obj", "xcomp") and c.i in rules for c in head.children)
    return node.dep_ == "obj" and case_of(node) == "a"


def _group_link(token: Token) -> Token:
    """The word that links a noun of people to the clause: itself, or the group or first
    conjunct it belongs to ("policías y manifestantes", "miles de manifestantes", "los
    jóvenes manifestantes": the first conjunct, the group, the noun)."""
    node = token
    while node.head.i != node.i and (
        node.dep_ == "conj"  # "policías y manifestantes": the first conjunct's link
        # "los jóvenes manifestantes", the noun the parser may hang on the adjective before
        or (node.dep_ in ("amod", "appos") and node.head.pos_ == "NOUN")
        # "miles de manifestantes", "la comisión de manifestantes": the group's link
        or (case_of(node) == "de" and node.head.pos_ in ("NOUN", "NUM", "PRON"))
    ):
        node = node.head
    return node


def doers_of_leading_unseen(
    token: Token, leading: Collection[int], rules: dict[int, EsRule], vocab: EsVocab
) -> bool:
    """A noun naming the doers of its own act (`doer_nouns`) as the subject of a verb no rule
    lists that the fallback typed strongly enough to lead its sentence (`leading`: the
    sentence's root, voted by two neighbours; events_es_unseen.main_clause_fallback): that
    verb tells what they did, as a listed verb does (_doers_folded: "los manifestantes
    exigieron su regreso" is a demand by them, with "exigir" listed or not). A weaker vote,
    or a verb in a side clause, leaves the protest theirs ("los manifestantes portaban
    pancartas"): the fallback changes no listed event it may not stand in for."""
    if token.i not in rules or token.pos_ != "NOUN":
        return False
    if not lemma_set(token, vocab) & vocab.words("doer_nouns"):
        return False
    node = _group_link(token)
    head = node.head
    return (
        head.i in leading
        and head.pos_ == "VERB"
        and node.dep_ in SUBJECT_DEPS
        and not _passive_verb(head)
    )


def body_name(token: Token, rules: dict[int, EsRule], vocab: EsVocab) -> bool:
    """A backing noun in the bare "de"-phrase of a body (`backing_bodies`) names the body, no
    support given: "anunciaron sus comités de apoyo", "la red de solidaridad con los presos"
    (not "el apoyo del comité a los presos", the committee's backing; 1.172.0)."""
    head = token.head
    return (
        rules[token.i].type == "SUPPORT"
        and token.pos_ == "NOUN"
        and token.dep_ == "nmod"
        and head.i != token.i
        and case_of(token) == "de"
        and not any(c.dep_ == "det" for c in token.children)
        and bool(lemma_set(head, vocab) & vocab.words("backing_bodies"))
    )


# Words that may stand in a list of things borne between a word of bearing arms and the
# weapon: "munidos de piedras y bombas molotov", "armados con palos, cascotes y bombas".
_LIST_POS = frozenset({"NOUN", "ADJ", "DET", "CCONJ", "PUNCT", "ADP", "PROPN", "NUM"})


def carried_weapon(token: Token, rules: dict[int, EsRule], vocab: EsVocab) -> bool:
    """An attack noun in the list of what people bear after a word of bearing arms
    (`carrying_words`: "encapuchados munidos de piedras y bombas molotov", "jóvenes armados con
    bombas incendiarias"): the weapon carried, no attack of its own. Read along the words, as
    the parser often hangs the list elsewhere; a verb or a clause mark between ends it
    (1.172.0)."""
    if rules[token.i].type != "ASSAULT" or token.pos_ != "NOUN":
        return False
    carrying = vocab.words("carrying_words")
    for tok in reversed(token.doc[max(token.sent.start, token.i - 8) : token.i]):
        if lemma_set(tok, vocab) & carrying or tok.lower_ in carrying:
            return True
        if tok.pos_ not in _LIST_POS or tok.lower_ in ("que", ";", ":"):
            return False
    return False


def outburst_of_protest(token: Token, rules: dict[int, EsRule], vocab: EsVocab) -> bool:
    """An attack noun of no mode in the "de"-phrase of an outburst (`outburst_nouns`: "el peor
    estallido de violencia en una década") after protests its sentence tells ("miles
    protestaron y saquearon supermercados en el peor estallido de violencia"): those
    protests named again, no attack of its own (1.172.1)."""
    head = token.head
    if rules[token.i].type != "ASSAULT" or rules[token.i].mode is not None:
        return False
    if token.dep_ != "nmod" or case_of(token) != "de" or head.i == token.i:
        return False
    if not lemma_set(head, vocab) & vocab.words("outburst_nouns"):
        return False
    return any(
        token.sent.start <= i < head.i and rule.type == "PROTEST" for i, rule in rules.items()
    )


def _passive_verb(verb: Token) -> bool:
    """A passive with "ser" ("fueron interceptados"): its subject undergoes the act."""
    return any(c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() == "ser" for c in verb.children)


# Links of a relative or participial clause to the noun it tells of.
_RELATIVE_DEPS = frozenset({"acl", "acl:relcl", "relcl"})


def _device_of(token: Token, child: Token | None, rules: dict[int, EsRule], vocab: EsVocab) -> bool:
    """An explosive device that is the argument of a verb trigger of its mode is that verb's
    event: "estalló una bomba", "detonaron un coche bomba" are one explosion, not two."""
    head = token.head
    if token.pos_ != "NOUN" or head.i == token.i or head.i not in rules or head.pos_ != "VERB":
        return False
    words = {w for t in (token, child) if t is not None for w in lemma_set(t, vocab)}
    if not words & vocab.words("explosive_devices"):  # (or its phrase: "coche bomba")
        return False
    mode = rules[token.i].mode
    return mode is not None and rules[head.i].mode == mode and token.dep_ in ("obj", "nsubj")


def _means_doer_of(token: Token, rules: dict[int, EsRule], vocab: EsVocab) -> bool:
    """A doer or act noun of a mode that says only how ("francotiradores", `means_modes`)
    that is the subject or "por"-agent of a verb trigger of the same type is that verb's
    event: "fueron ejecutados por francotiradores" is one killing (as the English
    events_folds.causer_nouns)."""
    # (the "por"-agent the model may call an object: "ejecutados por francotiradores")
    doer = token.dep_ == "nsubj" or (token.dep_ in ("obl", "obj") and case_of(token) == "por")
    return doer and _means_on_verb(token, rules, vocab)


def _means_told(token: Token, rules: dict[int, EsRule], vocab: EsVocab) -> bool:
    """An act noun of a mode that says only how (`means_modes`) in a "de"/"con" phrase of a
    verb trigger of the same type is the weapon that verb's act was done with: "fue asesinado
    de varios disparos", "murió de dos disparos", "lo mataron con una ráfaga" are one killing
    (`means_preps`)."""
    told = token.dep_ in ("obl", "obj") and case_of(token) in vocab.words("means_preps")
    return told and _means_on_verb(token, rules, vocab)


def _means_on_verb(token: Token, rules: dict[int, EsRule], vocab: EsVocab) -> bool:
    """An act noun of a mode that says only how (`means_modes`) hung on a verb trigger of the
    same type (its doer or its weapon, as the callers tell by the phrase)."""
    head = token.head
    if token.pos_ != "NOUN" or head.i == token.i or head.i not in rules:
        return False
    if head.pos_ not in ("VERB", "ADJ") or rules[token.i].mode not in vocab.words("means_modes"):
        return False
    return rules[head.i].type == rules[token.i].type


def _circumstance_of(token: Token, rules: dict[int, EsRule]) -> bool:
    """An "al" + infinitive clause of a trigger of the same type tells how that event came
    about: "resultó herido al estallar una bomba" is one attack, the wounding."""
    head = token.head
    if token.dep_ != "advcl" or head.i == token.i or head.i not in rules:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "al" for c in token.children):
        return False
    return rules[head.i].type == rules[token.i].type


def commemorated(token: Token, vocab: EsVocab) -> bool:
    """An act noun in the "de" phrase of an anniversary or a commemoration (`commemoration_
    nouns`) that tells no count of years is the past act the date recalls, no happening of the
    report ("la conmemoración de la masacre de 1989"); one with a count ("el 50 aniversario de
    la primera prueba nuclear") is kept, to be dated from it (events_anniversaries)."""
    head = token.head
    return (
        token.dep_ == "nmod"
        and head.i != token.i
        and case_of(token) == "de"
        and bool(lemma_set(head, vocab) & vocab.words("commemoration_nouns"))
        and years_marked(head, number_table(vocab.words("anniversary_numbers"))) is None
    )
