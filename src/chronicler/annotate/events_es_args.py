"""Parse helpers and participants for the Spanish event stage, read from the UD parse of
es_core_news_* (nsubj, obj, iobj, obl/nmod with a `case` child; no nsubj:pass labels, so
the passive is read from "ser" + participle). Which heads act and which undergo is decided in
events_es_arguments; here a head becomes a Participant (its phrase, mention, role, count).

Spanish drops subjects: the missing subject of a passive ("Fue detenido en 2018"), a clitic
("lo detuvieron", "detenerla") or "su" is the latest person named as a subject nearby, else
the person the custody story so far is about. A dropped active subject is left empty, except
under a verb of saying that announces what its agreeing subject will do ("anunciaron que
realizarán una huelga"). A subject the parser misplaced is recovered where the misreading is
regular: a wire dateline made the subject ("CIUDAD, fecha (AFP) - X ..."), a subject hung on a
time word ("el sábado, una marcha ... protestó"), a predicate read as an object ("resultó
herido") or as an apposition set off by a comma ("Un campesino, murió al..."), an infinitive
on a noun the verb takes ("baraja la posibilidad de protestar").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING

from chronicler.annotate.countries import countries_in, mention_country, participant_country
from chronicler.annotate.datelines import in_dateline
from chronicler.annotate.events_args import expand
from chronicler.annotate.events_es_vocab import EsRule, EsVocab, candidate_lemmas
from chronicler.annotate.events_participants import office_of_place
from chronicler.annotate.events_pronouns import latest_person
from chronicler.annotate.mention_lookup import mentions_overlapping
from chronicler.model import Mention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
OBLIQUE_DEPS = frozenset({"obl", "nmod", "obj", "iobj", "obl:agent", "obl:arg"})
_CASE_FOLD = {"al": "a", "del": "de"}
# Dependencies cut from a participant phrase: clauses, lists, asides hanging off the head.
_CUT = frozenset(
    {"acl", "acl:relcl", "advcl", "punct", "cc", "conj", "appos", "parataxis", "dep", "case",
     "mark", "nummod", "advmod", "cop", "aux"}
)  # fmt: skip
# Dependencies cut from an attribute phrase (a charge, a place): clauses and lists only.
_ATTR_CUT = frozenset({"acl", "acl:relcl", "advcl", "punct", "cc", "conj", "parataxis", "appos"})
RELATIVE_PRONOUNS = frozenset({"que", "quien", "quienes", "cual", "cuales"})
_CLITICS = frozenset({"lo", "la", "le"})  # singular: a person nearby; plural ones stay open
# How far back (in sentences) a dropped subject or a clitic may find its person.
PRONOUN_REACH = 3
# ...and failing that, how far back the nearest person at all is taken.
FALLBACK_REACH = 6
_LABEL_PRIORITY = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
_AGENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
_TIME_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


@dataclass(frozen=True)
class EsContext:
    """What argument finding needs besides the parse."""

    mentions: Sequence[Mention]  # sorted by start
    mention_starts: list[int]
    vocab: EsVocab
    rules: dict[int, EsRule]  # trigger token index -> rule
    # People the custody events so far were about, latest last: what "su liberación" and a
    # dropped subject refer to when no PERSON mention is in reach (the small model often
    # labels a name LOC). Filled in text order while extracting, hence a list.
    custody_topic: list[Participant] = field(default_factory=list)


def make_context(
    mentions: Sequence[Mention], vocab: EsVocab, rules: dict[int, EsRule]
) -> EsContext:
    ordered = sorted(mentions, key=lambda m: m.start)
    return EsContext(ordered, [m.start for m in ordered], vocab, dict(rules))


def from_topic(head: Token, ctx: EsContext, phrase: str | None) -> Participant | None:
    """The latest custody topic named before `head`."""
    before = [p for p in ctx.custody_topic if p.end <= head.idx]
    if not before:
        return None
    return replace(before[-1], phrase=phrase, resolved=True, count=None)


# ------------------------------------------------------------------ parse helpers


def lemma_set(token: Token, vocab: EsVocab) -> frozenset[str]:
    return frozenset(candidate_lemmas(token, vocab))


def feats(token: Token, name: str) -> list[str]:
    """A morphological feature's values ("Mood" -> ["Cnd"]); empty when absent."""
    return list(token.morph.get(name, []))


def case_of(token: Token) -> str | None:
    """The preposition introducing a nominal ("al periodista" -> "a"), or a clause's "de"."""
    for child in token.children:
        if child.dep_ == "case" or (child.dep_ == "mark" and child.lower_ in ("de", "a", "por")):
            fixed = [f.lower_ for f in child.children if f.dep_ == "fixed"]
            if "contra" in fixed:
                return "contra"  # "en contra de"
            case = _CASE_FOLD.get(child.lower_, child.lower_)
            if case == "a" and fixed:  # "a través de", "a pesar de": no personal "a"
                return f"a {fixed[0]}"
            return case
    return None


def is_se(token: Token) -> bool:
    return token.lower_ == "se"


_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "uerto",
                       "uerta", "uertos", "uertas")  # fmt: skip


def is_participle(token: Token) -> bool:
    """A participle, also one the small model tags ADJ ("detenido") or, after "ser", NOUN
    ("fueron muertas")."""
    if "Part" in feats(token, "VerbForm"):
        return True
    if not token.lower_.endswith(_PARTICIPLE_ENDINGS):
        return False
    return token.pos_ == "ADJ" or (token.pos_ == "NOUN" and predicate_noun(token))


def predicate_noun(token: Token) -> bool:
    """A noun with a copula of its own: the predicate of "ser"/"estar" ("fueron muertas")."""
    return any(c.dep_ == "cop" and c.lemma_.lower() in ("ser", "estar") for c in token.children)


def _has_aux(token: Token, lemma: str) -> bool:
    # the first word: an auxiliary with a clitic glued on is lemmatised "haber él" ("haberlo")
    return any(c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_.lower().split()[:1] == [lemma]
               for c in token.children)  # fmt: skip


def perfect_clitic(token: Token) -> Token | None:
    """The auxiliary carrying the object pronoun of an infinitive perfect ("negó haberlo
    detenido"), which the model tags on "haberlo" rather than on the participle."""
    return next(
        (c for c in token.children
         if c.dep_ == "aux" and c.lemma_.lower().split()[:1] == ["haber"] and " " in c.lemma_
         and "Acc" in feats(c, "Case") and "Yes" not in feats(c, "Reflex")),
        None,
    )  # fmt: skip


def undergoer_subject(trigger: Token) -> bool:
    """The subject undergoes the act: "fue detenido", "está recluido", "y acusado de"."""
    if trigger.pos_ == "ADJ" and _has_aux(trigger, "haber"):
        return False  # "negó haberlos detenido": a perfect the model tagged as an adjective
    if trigger.pos_ == "ADJ":
        return not (_misread_preterite(trigger) or misread_modifier(trigger))
    if trigger.pos_ == "NOUN" and is_participle(trigger):
        return True
    if not is_participle(trigger):
        return False
    if _has_aux(trigger, "ser") or any(c.dep_ == "aux:pass" for c in trigger.children):
        return True  # "fue detenido", "había sido arrestado"
    if _has_aux(trigger, "haber"):
        return False
    # A bare participle coordinated with an active perfect shares it: "ha detenido y encarcelado".
    return not (trigger.dep_ == "conj" and _has_aux(trigger.head, "haber"))


def misread_modifier(token: Token) -> bool:
    """An unaccented preterite the model reads as an adjective of its own subject ("Un grupo
    armado ataco con armas de fuego una embarcación": "ataco" amod of "grupo")."""
    return (
        token.pos_ == "ADJ"
        and token.dep_ == "amod"
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.i < token.i
        and _preterite_shape(token)
    )


def _preterite_shape(token: Token) -> bool:
    return (
        not is_participle(token)
        and token.lower_.endswith("o")
        and len(token) > 4
        and token.lemma_.lower() == token.lower_
    )


def preterite_lemmas(token: Token) -> frozenset[str]:
    """The infinitives an unaccented preterite may stand for, whatever the model tagged it:
    "recibio" (recibió) -> recibir, recebir; "denuncio" -> denunciar."""
    form = token.lower_
    if not _preterite_shape(token):
        return frozenset()
    found = {form[:-1] + "ar"}
    if form.endswith("io"):
        found |= {form[:-2] + "ir", form[:-2] + "er"}
    return frozenset(found)


def misread_governor(noun: Token) -> tuple[Token, Token] | None:
    """(verb, subject) when the model misread an unaccented verb set right before this noun,
    after its subject and a comma: "El contralor, recibio amenazas" ("recibio" read as a noun
    in apposition to "contralor", "amenazas" under it or beside it) or "El presidente,
    denuncio amenazas" ("denuncio" an adjective of "amenazas", in apposition to "presidente")."""
    doc = noun.doc
    i = noun.i - 1
    while i > 0 and doc[i].head == noun and doc[i].dep_ == "det":
        i -= 1
    verb = doc[i]
    if i < 1 or doc[i - 1].text != "," or verb.pos_ not in ("NOUN", "ADJ"):
        return None
    if not _preterite_shape(verb):
        return None
    hosts = [h for h in (noun.head, verb.head) if h.i < verb.i and h.pos_ in ("NOUN", "PROPN")]
    return (verb, hosts[0]) if hosts else None


def _misread_preterite(token: Token) -> bool:
    """An unaccented preterite the model tags ADJ and leaves as its own lemma ("El Ejército
    ataco un campamento"): it has a subject of its own and no copula, so it is active."""
    return (
        _preterite_shape(token)
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)
        and not any(c.dep_ in ("cop", "aux", "aux:pass") for c in token.children)
    )


def own_subjects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if found:
        # "BALTIMORE, Dic 8 (AFP) - Angela Davis ... protestó": the parser makes the dateline
        # the subject and the real one its apposition after the dash
        return [a for s in found for a in (_after_dateline(s) if in_dateline(s) else [s])]
    if verb.pos_ in ("VERB", "AUX") and "Fin" in feats(verb, "VerbForm"):
        return _misplaced_subjects(verb)
    return _after_al_infinitive(verb)


def _after_al_infinitive(verb: Token) -> list[Token]:
    """The subject of "al" + infinitive, set after it ("al decretar el sindicato un paro"):
    the parser reads it as a first object; a verb takes no two bare objects."""
    if "Inf" not in feats(verb, "VerbForm"):
        return []
    if not any(c.dep_ == "mark" and c.lower_ == "al" for c in verb.children):
        return []
    bare = [c for c in verb.children if c.dep_ == "obj" and case_of(c) is None and c.i > verb.i]
    nominal = [b for b in bare if b.pos_ in ("NOUN", "PROPN")]
    return nominal[:1] if len(nominal) >= 2 else []


def _after_dateline(subject: Token) -> list[Token]:
    return [c for c in subject.children if c.dep_ in ("appos", "conj") and not in_dateline(c)]


def _misplaced_subjects(verb: Token) -> list[Token]:
    """A finite verb's subject the parser hung on a time word before it: "el próximo 21 de
    agosto los guaymíes realizarán" (nsubj of "21"), "el sábado, una manifestación ...
    protestó" (apposition of "sábado"). Only one that agrees in number with the verb."""
    number = number_of(verb)
    for when in (c for c in verb.children if c.i < verb.i and _time_word(c)):
        for cand in when.children:
            agrees = number is None or number_of(cand) in (None, number)
            if cand.dep_ in ("nsubj", "appos") and cand.pos_ in ("NOUN", "PROPN") and agrees:
                return [cand]
    return []


def _time_word(token: Token) -> bool:
    return token.like_num or "Tim" in feats(token, "AdvType") or token.ent_type_ in ("DATE", "TIME")


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Subject(s) of a verb, inherited through control, coordination and gerunds."""
    own = own_subjects(verb) or _gerund_subjects(verb)
    if own or depth > 3 or verb.head.i == verb.i:
        return own
    head, dep = verb.head, verb.dep_
    if misread_modifier(verb):
        return [head]  # "Un grupo armado ataco ...": the noun it was hung on
    if dep == "obj" and head.pos_ == "VERB" and verb.pos_ == "ADJ" and is_participle(verb):
        # "un campesino resultó herido", "quedó detenido": the parser reads the predicative
        # participle as the object; its subject is the verb's, or, set after it ("resultaron
        # heridos dos militares"), a second object the parser gave the verb
        return (
            own_subjects(head)
            or [
                c
                for c in head.children
                if c.dep_ == "obj"
                and c.i > verb.i
                and c.pos_ in ("NOUN", "PROPN")
                and not case_of(c)
            ][:1]
        )
    if dep == "appos" and verb.pos_ in ("VERB", "ADJ") and head.pos_ in ("NOUN", "PROPN"):
        # "Un campesino de 35 años, murió al activar...", "X, detenido ayer, ...": the
        # predicate set off by a comma is read as an apposition of its subject
        comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
        return [head] if head.i < verb.i and comma else []
    if dep == "acl" and _infinitive(verb) and head.dep_ == "obj" and head.head.pos_ == "VERB":
        # "baraja la posibilidad de protestar", "anunció su decisión de renunciar": the one
        # who weighs or announces it
        return subjects(head.head, depth + 1)
    if dep == "xcomp" or (dep == "ccomp" and _infinitive(verb)):
        if object_control(head):  # "ordenó a la policía detener a X": the police detain
            controller = [c for c in head.children if c.dep_ in ("obj", "iobj") and case_of(c)]
            if controller:
                return controller
        return subjects(head, depth + 1)  # "prometió liberar", "negó haber detenido"
    if dep in ("conj", "advcl") and head.pos_ in ("VERB", "AUX", "ADJ"):
        return subjects(head, depth + 1)
    if dep == "ccomp" and _announced(verb):
        # "los maestros anunciaron que realizarán una huelga": who announces what will be
        # done does it, when the dropped subject agrees with theirs
        # (a name often carries no number: "el Partido Comunista anunció que encabezará")
        number = number_of(verb)
        agreeing = [h for h in subjects(head, depth + 1) if number_of(h) in (None, number)]
        if agreeing:
            return agreeing
    if dep == "conj" and is_participle(verb):
        # "detenido por agentes en Maracaibo y acusado de...": the parser hung the second
        # participle on a noun; it shares the subject of the participle above.
        above = next((a for a in verb.ancestors if a.pos_ == "VERB" and is_participle(a)), None)
        if above is not None:
            return subjects(above, depth + 1)
    return []


def _gerund_subjects(verb: Token) -> list[Token]:
    """The subject a gerund clause set before the verb took from it: in "Paramilitares
    vistiendo prendas militares, ejecutaron a un campesino" the parser makes "Paramilitares"
    the subject of "vistiendo"; a gerund shares the subject of its clause."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i):
        if "Ger" in feats(clause, "VerbForm"):
            found = [s for s in clause.children if s.dep_ in SUBJECT_DEPS and s.i < clause.i]
            if found:
                return found
    return []


def _announced(verb: Token) -> bool:
    """A finite verb in the future or the conditional ("realizarán", "haría"), or "ir a"."""
    forms = [verb, *[c for c in verb.children if c.dep_ in ("aux", "aux:pass")]]
    going_to = any(c.dep_ == "mark" and c.lower_ == "a" for c in verb.children) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "ir" for c in verb.children
    )
    return going_to or any("Fut" in feats(t, "Tense") or "Cnd" in feats(t, "Mood") for t in forms)


def number_of(token: Token) -> str | None:
    forms = [token, *[c for c in token.children if c.dep_ in ("aux", "aux:pass", "cop")]]
    return next((n for t in forms for n in feats(t, "Number")), None)


def singular(verb: Token) -> bool:
    forms = [verb, *[c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]]
    numbers = [n for t in forms for n in feats(t, "Number")]
    return not numbers or numbers[0] == "Sing" or (verb.pos_ == "ADJ" and "Sing" in numbers)


def _infinitive(verb: Token) -> bool:
    """ "liberar", or a compound infinitive ("haber detenido")."""
    forms = [verb, *[c for c in verb.children if c.dep_ in ("aux", "aux:pass")]]
    return any("Inf" in feats(t, "VerbForm") for t in forms)


def object_control(verb: Token) -> bool:
    # Only a few verbs hand the infinitive to their object; the rest to their subject.
    return verb.lemma_.lower() in _OBJECT_CONTROL


_OBJECT_CONTROL = frozenset(
    {"ordenar", "mandar", "pedir", "obligar", "forzar", "instar", "autorizar", "permitir",
     "exhortar", "invitar", "encargar", "exigir", "solicitar", "impedir", "prohibir",
     "acusar", "culpar", "responsabilizar"}  # "acusó a X de planear": X planned
)  # fmt: skip


def governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb a noun trigger is the object or oblique of, and the link ("obj", "obl")."""
    if noun.dep_ in ("obj", "nsubj", "obl") and noun.head.pos_ in ("VERB", "AUX", "ADJ"):
        if noun.dep_ == "obl" and case_of(noun) is None and noun.i > noun.head.i:
            return noun.head, "obj"  # "sostuvieron en zona rural, un combate": no preposition
        return noun.head, noun.dep_
    verb = displaced_object_of(noun)
    if verb is not None:  # "sostuvieron en zona rural, un combate con tropas"
        return verb, "obj"
    return None, ""


def displaced_object_of(noun: Token) -> Token | None:
    """The verb whose object the parser read as an apposition of the place before it: in
    "sostuvieron en zona rural, un combate con tropas" and "dinamitaron en el sitio La Perra,
    una tractomula", the object (a noun with its own article, after a comma) hangs on the "en"
    oblique ("zona", or the site's name under it)."""
    first = noun.left_edge.i
    comma = noun.doc[first].text == "," or (first > 0 and noun.doc[first - 1].text == ",")
    if noun.dep_ != "appos" or not comma:
        return None
    if not any(c.dep_ == "det" for c in noun.children):
        return None
    host = noun.head
    while host.dep_ in ("appos", "flat", "nmod") and host.head.i < host.i:
        host = host.head  # ("el sitio Caño La Perra": the name under the place noun)
    if host.dep_ != "obl" or case_of(host) != "en" or host.head.pos_ != "VERB":
        return None
    return host.head


def _breaks_line(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


def same_line(tokens: list[Token], head: Token) -> list[Token]:
    """Tokens on the head's line: a phrase never runs across a title or paragraph break.
    (Walks tokens, not `doc.text`, which spaCy rebuilds on every access.)"""
    doc = head.doc
    lo = head.i
    while lo > 0 and not _breaks_line(doc[lo - 1]):
        lo -= 1
    hi = head.i
    while hi < len(doc) - 1 and not _breaks_line(doc[hi]):
        hi += 1
    return [t for t in tokens if lo <= t.i <= hi and "\n" not in t.text]


def phrase_tokens(
    head: Token, cut: frozenset[str] = _CUT, skip: frozenset[int] = frozenset()
) -> list[Token]:
    """The head's noun phrase: modifiers and "de"-complements, no clauses or lists, and no
    word in `skip` (event triggers: "personas [detenidas por motivos políticos]")."""
    keep: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        for child in tok.children:
            if child.dep_ in cut or child.i in skip:
                continue
            if child.dep_ == "nmod" and case_of(child) not in (("de", None) if cut is _CUT else
                                                                ("de", "a", None)):  # fmt: skip
                continue  # "agentes del Sebin" stays; "agentes en Caracas" is not the agents
            stack.append(child)
    keep = same_line(sorted(keep, key=lambda t: t.i), head)
    while keep and keep[0].pos_ in ("DET", "ADP", "PUNCT", "CCONJ") and keep[0].i != head.i:
        keep.pop(0)
    while keep and keep[-1].pos_ in ("PUNCT", "CCONJ", "ADP") and keep[-1].i != head.i:
        keep.pop()
    return keep


def adjective_complement(phrase: Token) -> bool:
    """An "a"-phrase right after an adjective modifying a noun before it: the adjective's
    complement, however the parser hung it: "un indígena perteneciente a la etnia Kogui", "un
    dirigente cercano al gobierno" (no object of the verb)."""
    before = phrase.doc[phrase.left_edge.i - 1] if phrase.left_edge.i > 0 else None
    return (
        case_of(phrase) == "a"
        and before is not None
        and before.pos_ == "ADJ"
        and before.dep_ == "amod"
        and before.head.i < before.i
        and before.head.pos_ in ("NOUN", "PROPN")
    )


def span_text(tokens: Sequence[Token]) -> tuple[str, int, int]:
    if not tokens:
        return "", 0, 0
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text, start, end


def attribute_text(head: Token) -> str:
    """A charge or a place as written: "traición a la patria", "sede del Sebin"."""
    tokens = phrase_tokens(head, _ATTR_CUT)
    for acl in (c for c in head.children if c.dep_ == "acl" and case_of(c) is None):
        if any(m.dep_ == "mark" and m.lower_ == "para" for m in acl.children):
            tokens += list(acl.subtree)  # "asociación para delinquir"
    text = span_text(sorted(set(tokens), key=lambda t: t.i))[0]
    if text.count("(") > text.count(")"):  # "sede del Servicio ... (Sebin": cut the open aside
        text = text[: text.rfind("(")].rstrip(" ,")
    return text


# ------------------------------------------------------------------ mentions and roles


def mentions_in(start: int, end: int, ctx: EsContext) -> list[Mention]:
    return mentions_overlapping(ctx.mentions, ctx.mention_starts, start, end)


def entity_at(token: Token, ctx: EsContext) -> str | None:
    found = mentions_in(token.idx, token.idx + len(token), ctx)
    return found[0].label if found else None


def is_agentive(token: Token, ctx: EsContext) -> bool:
    """An entity or a word naming a kind of actor ("agentes", "presos"), not a thing."""
    if entity_at(token, ctx) in _AGENT_LABELS:
        return True
    if token.pos_ == "PROPN" or (token.pos_ == "PRON" and token.lower_ not in RELATIVE_PRONOUNS):
        return True
    words = lemma_set(token, ctx.vocab) | {token.lower_}
    if words & ctx.vocab.words("agent_nouns"):
        return True
    if token.pos_ == "NOUN" and "Plur" in feats(token, "Number") and countries_in(token.text, "es"):
        return True  # a people named by nationality: "miles de israelíes"
    return any(words & role_words for _, role_words in ctx.vocab.roles)


def agentive_phrase(head: Token, ctx: EsContext) -> bool:
    return any(is_agentive(t, ctx) for t in phrase_tokens(head) if t.pos_ != "PRON") or (
        head.pos_ == "PRON" and head.lower_ not in RELATIVE_PRONOUNS
    )


def role_of(
    tokens: Sequence[Token], head: Token, mention: Mention | None, ctx: EsContext
) -> str | None:
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "flat") and c in tokens]
    for tok in [*mods, head, *[t for t in tokens if t.i != head.i and t not in mods]]:
        words = lemma_set(tok, ctx.vocab) | {tok.lower_}
        for role, role_words in ctx.vocab.roles:
            if words & role_words:
                return role
    if mention is not None and mention.label in ("GPE", "LOC"):
        return "government"  # a country acting is its state
    return None


_NUMERIC_QUANTITIES = frozenset(
    {"decena", "centenar", "cientos", "ciento", "mil", "miles", "millar", "docena", "veintena",
     "treintena", "millón"}
)  # fmt: skip


def _count(head: Token, quantity: Token | None) -> str | None:
    if quantity is not None:  # "decenas", "dos centenares"; "un grupo" is no number
        if quantity.lemma_.lower() not in _NUMERIC_QUANTITIES:
            return None
        words = [t for t in quantity.subtree if t.i <= quantity.i and t.pos_ in ("NUM", "NOUN")]
        return span_text(words)[0] or None
    nums = [c for c in head.children if c.dep_ == "nummod"]
    if nums:
        return span_text(sorted(nums[0].subtree, key=lambda t: t.i))[0]
    return None


def antecedent(
    offset: int, doc: Doc, ctx: EsContext, exclude: Sequence[tuple[int, int]] = ()
) -> Mention | None:
    """The person a dropped subject, a clitic or "su" stands for: the latest PERSON mention
    before `offset` that is a subject, within PRONOUN_REACH sentences; else the nearest.
    Mentions overlapping `exclude` (the pronoun's own clause subject) are passed over."""
    sents = [s.start_char for s in doc.sents if s.text.strip()]  # blank lines are no sentences
    s_no = max(bisect.bisect_right(sents, offset) - 1, 0)
    mentions, starts = ctx.mentions, ctx.mention_starts
    floor = sents[max(s_no - PRONOUN_REACH + 1, 0)]
    is_subject = partial(_topic_subject, ctx)
    subject, nearest = latest_person(doc, mentions, starts, offset, floor, is_subject, exclude)
    if subject is not None and _described_subject(doc, subject.end, offset, ctx):
        return None  # "Zapatero medió... El militar fue detenido... Estuvo recluido": not Zapatero
    if nearest is None:  # the topic named before the reach: "Su liberación", paragraphs on
        far = sents[max(s_no - FALLBACK_REACH + 1, 0)]
        _, nearest = latest_person(doc, mentions, starts, offset, far, _is_subject, exclude)
    return subject or nearest


def _described_subject(doc: Doc, start: int, end: int, ctx: EsContext) -> bool:
    """Whether a definite description of one person ("el militar", vocab person_nouns) is a
    subject between two offsets, outside any named mention: the topic passed to it there."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    return any(
        tok.dep_ in SUBJECT_DEPS
        and tok.pos_ == "NOUN"
        and tok.lemma_.lower() in ctx.vocab.words("person_nouns")
        and "Plur" not in feats(tok, "Number")
        and definite(tok)
        and not any(c.dep_ in ("appos", "flat") and c.pos_ == "PROPN" for c in tok.children)
        and not mentions_in(tok.idx, tok.idx + len(tok), ctx)
        for tok in span
    )


def definite(noun: Token) -> bool:
    """A noun with a definite article ("el militar", "la activista")."""
    return any(c.dep_ == "det" and "Def" in feats(c, "Definite") for c in noun.children)


def _is_subject(root: Token) -> bool:
    """A subject, or a name in apposition to one or running on from it."""
    while root.dep_ in ("appos", "flat") and root.head.i != root.i:
        root = root.head
    return root.dep_ in SUBJECT_DEPS


def _topic_subject(ctx: EsContext, root: Token) -> bool:
    """A subject that can be the topic a later pronoun picks up: not the speaker of an
    attribution ("X se negó, según dijo Ortega"; "Ortega dijo que X ...") whose reported
    clause names another person as its subject or object; he reports, X is the topic."""
    if not _is_subject(root):
        return False
    while root.dep_ in ("appos", "flat") and root.head.i != root.i:
        root = root.head
    verb = root.head
    if not lemma_set(verb, ctx.vocab) & ctx.vocab.words("reporting_verbs"):
        return True
    reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if verb.dep_ in ("advcl", "parataxis", "ccomp") and verb.head.i != verb.i:
        reported.append(verb.head)
    return not any(
        c.dep_ in (*SUBJECT_DEPS, "obj", "iobj")
        and any(m.label == "PERSON" for m in mentions_in(c.idx, c.idx + len(c), ctx))
        for clause in reported
        for c in clause.children
    )


def _relative_head(token: Token) -> Token:
    """For "quien"/"que" as a relative clause's subject, the noun the clause modifies."""
    tok = token
    for _ in range(4):
        if tok.dep_ in ("acl", "acl:relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head = tok.head
            # "el expresidente ... José Luis Rodríguez Zapatero, quien": the named apposition
            return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), head)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return token


def resolved_participant(mention: Mention, phrase: str | None) -> Participant:
    """A participant standing for a pronoun or a dropped subject: the antecedent's words."""
    return Participant(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        role=None,
        label=mention.label,
        phrase=phrase,
        resolved=True,
        country=mention_country(mention, "es"),
    )


def participant(
    head: Token, ctx: EsContext, cut: frozenset[int] = frozenset()
) -> Participant | None:
    """A Participant for an argument head (None for a pronoun with no person in reach)."""
    if head.lower_ in RELATIVE_PRONOUNS:
        head = _relative_head(head)
        if head.lower_ in RELATIVE_PRONOUNS:
            return None
    if head.pos_ in ("PRON", "DET") and head.lower_ not in RELATIVE_PRONOUNS:
        if head.lower_ in _CLITICS or head.lower_ in ("su", "él", "ella"):
            rule = ctx.rules.get(head.head.i)
            custody = rule is not None and rule.mode in ctx.vocab.words("custody_modes")
            topic = from_topic(head, ctx, head.text)
            if head.lower_ == "su" and custody and topic is not None:
                return topic  # "su liberación": the person the custody story is about
            ante = antecedent(head.idx, head.doc, ctx, _own_clause_subjects(head, ctx))
            return resolved_participant(ante, head.text) if ante is not None else topic
        if head.lower_ in ("se", "me", "te", "nos", "os", "sus", "los", "las", "les"):
            return None
    quantity = None
    if lemma_set(head, ctx.vocab) & ctx.vocab.words("quantity_nouns"):
        inner = [c for c in head.children if c.dep_ == "nmod" and case_of(c) == "de"]
        if inner:
            quantity, head = head, inner[0]
    tokens = phrase_tokens(head, skip=frozenset(ctx.rules) | cut)
    if not tokens:
        return None
    text, start, end = span_text(tokens)
    # the whole argument as written: "miles de manifestantes", not only "manifestantes"
    whole = phrase_tokens(quantity, skip=frozenset(ctx.rules) | cut) if quantity else tokens
    if quantity is None:  # ...also when the parser hangs the quantity on the noun
        whole = _with_counted_quantity(head, whole)
    apposed = [c for c in head.children if c.dep_ == "appos" and not place_tail(c, ctx)]
    appos = [t for c in apposed for t in phrase_tokens(c)]
    named = [
        t for c in apposed
        if c.i not in ctx.rules  # (not a predicate read as one)
        for t in phrase_tokens(c)
    ]  # fmt: skip
    # the whole argument names what its apposition says, set right after it ("Medardo, un
    # campesino"; not a misparsed phrase that only ends in one)
    if named and whole and whole[-1].i < named[0].i <= whole[-1].i + 3:
        whole = sorted({*whole, *named}, key=lambda t: t.i)
    on_head = [m for m in mentions_in(head.idx, head.idx + len(head), ctx) if "\n" not in m.text]
    mention = on_head[0] if on_head else None
    if mention is None and appos:  # "el periodista Luis Fernández": the apposed name
        _, a_start, a_end = span_text(appos)
        inside = mentions_in(a_start, a_end, ctx)
        # a name in apposition to a common noun is its referent even when the small model
        # labels it LOC ("el sindicalista Tomás Iriarte")
        people = [m for m in inside if m.label == "PERSON"] or inside
        mention = people[0] if people else None
    if mention is None:
        inside = [m for m in mentions_in(start, end, ctx) if m.start >= start and m.end <= end]
        inside = [m for m in inside if "\n" not in m.text]
        mention = next((m for lab in _LABEL_PRIORITY for m in inside if m.label == lab), None)
    if mention is None and not appos and head.pos_ == "NOUN":
        described = _described_person(head, ctx)
        if described is not None:  # "el general" named earlier as "el general ... X"
            return replace(resolved_participant(described, text), count=_count(head, quantity))
    if mention is None and appos and head.pos_ == "NOUN":  # a name the NER model missed
        a_text, a_start, a_end = span_text(appos)
        if appos[0].pos_ == "PROPN":
            text, start, end = a_text, a_start, a_end
    role = role_of(tokens + appos, head, mention, ctx)
    held = None if office_of_place(head, mention) else mention  # (its country still counts)
    return Participant(
        text=held.text if held else text,
        start=held.start if held else start,
        end=held.end if held else end,
        role=role,
        label=held.label if held else None,
        phrase=span_text(whole)[0],
        count=_count(head, quantity),
        country=participant_country(head, mention, "es", role),
    )


def _with_counted_quantity(head: Token, tokens: list[Token]) -> list[Token]:
    """ "Varios cientos de personas" whole, when "cientos" is a nummod of "personas" (a plain
    number, "dos personas", stays apart as the count)."""
    of = [c for c in head.children if c.dep_ == "case" and c.lower_ == "de" and c.i < head.i]
    nums = [c for c in head.children if c.dep_ == "nummod" and of and c.i < of[0].i]
    if not nums:
        return tokens
    before = list(head.doc[nums[0].left_edge.i : head.i])
    return sorted({*before, *tokens}, key=lambda t: t.i)


def _own_clause_subjects(pronoun: Token, ctx: EsContext) -> list[tuple[int, int]]:
    """Spans of the subject of the clause a clitic or "su" sits in, when that subject cannot
    be the pronoun: "X lo detuvo" (else "se"), "X negoció su liberación" (a mediator)."""
    verb = pronoun.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    rule = ctx.rules.get(verb.i)
    if pronoun.lower_ not in _CLITICS and (rule is None or rule.mode != "mediate"):
        return []
    spans = []
    for subj in subjects(verb):
        head = _relative_head(subj) if subj.lower_ in RELATIVE_PRONOUNS else subj
        toks = [*phrase_tokens(head), *[t for c in head.children if c.dep_ == "appos"
                                        for t in phrase_tokens(c)]]  # fmt: skip
        spans += [(t.idx, t.idx + len(t)) for t in toks]
    return spans


# How far back (in tokens) "el general" looks for where it was named.
DESCRIPTION_REACH = 400


def _described_person(head: Token, ctx: EsContext) -> Mention | None:
    """A definite description ("el general", "la activista") of a person the article named
    earlier with the same noun ("al general retirado Miguel Rodríguez Torres")."""
    if not definite(head):
        return None
    lem = head.lemma_.lower()
    doc = head.doc
    for i in range(head.i - 1, max(head.i - DESCRIPTION_REACH, 0) - 1, -1):
        tok = doc[i]
        if tok.lemma_.lower() != lem or tok.pos_ != "NOUN":
            continue
        for near in (c for c in tok.children if c.dep_ in ("appos", "flat")):
            found = [m for m in mentions_in(near.idx, near.idx + len(near), ctx)
                     if m.label == "PERSON"]  # fmt: skip
            if found:
                return found[0]
    return None


def place_tail(token: Token, ctx: EsContext) -> bool:
    """A place set after a common noun and a comma, as reports end on where it happened
    ("a dos personas, ANTIOQUIA, PUEBLORRICO"; "dos militares, Norte de Santander"): read as
    the noun's apposition or conjunct, it is no name of it nor a participant of its own."""
    head = token.head
    if token.dep_ not in ("appos", "conj") or head.pos_ != "NOUN" or token.i < head.i:
        return False
    if token.pos_ != "PROPN" or any(c.dep_ == "cc" for c in token.children):
        return False  # ("a los campesinos y a Juan": a conjunct of its own)
    first = token.left_edge.i
    if token.doc[first].text != "," and (first == 0 or token.doc[first - 1].text != ","):
        return False
    return token.is_upper or entity_at(token, ctx) in ("LOC", "GPE")


def participants(
    heads: Iterable[Token], ctx: EsContext, cut: frozenset[int] = frozenset()
) -> list[Participant]:
    """Participants for argument heads; words in `cut` (charges) stay out of their phrases."""
    out: list[Participant] = []
    for head in expand(heads, clause_pos=("VERB", "AUX")):  # UD tags copulas AUX
        if head.ent_type_ in _TIME_ENTS or in_dateline(head) or head.i in cut:
            continue
        if place_tail(head, ctx):
            continue
        p = participant(head, ctx, cut)
        if p is not None and not any((q.start, q.end) == (p.start, p.end) for q in out):
            out.append(p)
    return out
