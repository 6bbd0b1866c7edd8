"""Who did it, to whom, where: arguments of a Spanish trigger read from the UD parse of
es_core_news_* (nsubj, obj, iobj, obl/nmod with a `case` child; no nsubj:pass labels, so
the passive is read from "ser" + participle).

Verb triggers: the subject acts, the object (with or without personal "a") undergoes; in the
passive ("fue detenido por agentes") and with a passive "se" ("se liberó a cinco presos") the
subject or object undergoes and a "por"-phrase naming an actor acts. Noun triggers: the
"de"-object, a possessive ("su detención") and the subject of the verb governing the noun.
Spanish drops subjects: the missing subject of a passive ("Fue detenido en 2018"), a clitic
("lo detuvieron", "detenerla") or "su" is the latest person named as a subject nearby, else
the person the custody story so far is about. A dropped active subject is left empty.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from chronicler.annotate.events_es_vocab import EsRule, EsVocab, candidate_lemmas
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
_RELATIVE = frozenset({"que", "quien", "quienes", "cual", "cuales"})
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
            if any(f.dep_ == "fixed" and f.lower_ == "contra" for f in child.children):
                return "contra"  # "en contra de"
            return _CASE_FOLD.get(child.lower_, child.lower_)
    return None


def is_se(token: Token) -> bool:
    return token.lower_ == "se"


def is_participle(token: Token) -> bool:
    return "Part" in feats(token, "VerbForm") or (
        token.pos_ == "ADJ" and token.lower_.endswith(("ado", "ada", "ados", "adas", "ido", "ida",
                                                        "idos", "idas"))
    )  # fmt: skip


def _has_aux(token: Token, lemma: str) -> bool:
    return any(c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_.lower() == lemma
               for c in token.children)  # fmt: skip


def undergoer_subject(trigger: Token) -> bool:
    """The subject undergoes the act: "fue detenido", "está recluido", "y acusado de"."""
    if trigger.pos_ == "ADJ":
        return True
    if not is_participle(trigger):
        return False
    if _has_aux(trigger, "ser") or any(c.dep_ == "aux:pass" for c in trigger.children):
        return True  # "fue detenido", "había sido arrestado"
    if _has_aux(trigger, "haber"):
        return False
    # A bare participle coordinated with an active perfect shares it: "ha detenido y encarcelado".
    return not (trigger.dep_ == "conj" and _has_aux(trigger.head, "haber"))


def own_subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS]


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Subject(s) of a verb, inherited through control, coordination and gerunds."""
    own = own_subjects(verb)
    if own or depth > 3 or verb.head.i == verb.i:
        return own
    head, dep = verb.head, verb.dep_
    if dep == "xcomp" or (dep == "ccomp" and _infinitive(verb)):
        if _object_control(head):  # "ordenó a la policía detener a X": the police detain
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
        number = _number(verb)
        agreeing = [h for h in subjects(head, depth + 1) if _number(h) in (None, number)]
        if agreeing:
            return agreeing
    if dep == "conj" and is_participle(verb):
        # "detenido por agentes en Maracaibo y acusado de...": the parser hung the second
        # participle on a noun; it shares the subject of the participle above.
        above = next((a for a in verb.ancestors if a.pos_ == "VERB" and is_participle(a)), None)
        if above is not None:
            return subjects(above, depth + 1)
    return []


def _announced(verb: Token) -> bool:
    """A finite verb in the future or the conditional ("realizarán", "haría"), or "ir a"."""
    forms = [verb, *[c for c in verb.children if c.dep_ in ("aux", "aux:pass")]]
    going_to = any(c.dep_ == "mark" and c.lower_ == "a" for c in verb.children) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "ir" for c in verb.children
    )
    return going_to or any("Fut" in feats(t, "Tense") or "Cnd" in feats(t, "Mood") for t in forms)


def _infinitive(verb: Token) -> bool:
    """ "liberar", or a compound infinitive ("haber detenido")."""
    forms = [verb, *[c for c in verb.children if c.dep_ in ("aux", "aux:pass")]]
    return any("Inf" in feats(t, "VerbForm") for t in forms)


def _object_control(verb: Token) -> bool:
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
        return noun.head, noun.dep_
    return None, ""


def expand(heads: Iterable[Token]) -> list[Token]:
    """Heads plus their nominal conjuncts ("el gobierno y la oposición"), without repeats."""
    out: list[Token] = []
    stack = list(heads)
    while stack:
        tok = stack.pop(0)
        if tok in out:
            continue
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX"))
    return out


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
    if token.pos_ == "PROPN" or (token.pos_ == "PRON" and token.lower_ not in _RELATIVE):
        return True
    words = lemma_set(token, ctx.vocab) | {token.lower_}
    return any(words & role_words for _, role_words in ctx.vocab.roles)


def agentive_phrase(head: Token, ctx: EsContext) -> bool:
    return any(is_agentive(t, ctx) for t in phrase_tokens(head) if t.pos_ != "PRON") or (
        head.pos_ == "PRON" and head.lower_ not in _RELATIVE
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
    floor = sents[max(s_no - PRONOUN_REACH + 1, 0)]
    nearest: Mention | None = None
    i = bisect.bisect_left(ctx.mention_starts, offset) - 1
    while i >= 0 and ctx.mentions[i].start >= floor:
        m = ctx.mentions[i]
        i -= 1
        if m.label != "PERSON" or m.end > offset:
            continue
        if any(m.start < e and s < m.end for s, e in exclude):
            continue
        nearest = nearest or m
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        while root.dep_ in ("appos", "flat") and root.head.i != root.i:
            root = root.head
        if root.dep_ in SUBJECT_DEPS:
            return m
    if nearest is None:  # the topic named before the reach: "Su liberación", paragraphs on
        far = sents[max(s_no - FALLBACK_REACH + 1, 0)]
        people = [m for m in ctx.mentions[: max(i + 1, 0)] if m.label == "PERSON"]
        nearest = next(
            (m for m in reversed(people) if m.start >= far and m.end <= offset
             and not any(m.start < e and s < m.end for s, e in exclude)),
            None,
        )  # fmt: skip
    return nearest


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
    )


def participant(
    head: Token, ctx: EsContext, cut: frozenset[int] = frozenset()
) -> Participant | None:
    """A Participant for an argument head (None for a pronoun with no person in reach)."""
    if head.lower_ in _RELATIVE:
        head = _relative_head(head)
        if head.lower_ in _RELATIVE:
            return None
    if head.pos_ in ("PRON", "DET") and head.lower_ not in _RELATIVE:
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
    appos = [t for c in head.children if c.dep_ == "appos" for t in phrase_tokens(c)]
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
    return Participant(
        text=mention.text if mention else text,
        start=mention.start if mention else start,
        end=mention.end if mention else end,
        role=role_of(tokens + appos, head, mention, ctx),
        label=mention.label if mention else None,
        phrase=span_text(whole)[0],
        count=_count(head, quantity),
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
        head = _relative_head(subj) if subj.lower_ in _RELATIVE else subj
        toks = [*phrase_tokens(head), *[t for c in head.children if c.dep_ == "appos"
                                        for t in phrase_tokens(c)]]  # fmt: skip
        spans += [(t.idx, t.idx + len(t)) for t in toks]
    return spans


# How far back (in tokens) "el general" looks for where it was named.
DESCRIPTION_REACH = 400


def _described_person(head: Token, ctx: EsContext) -> Mention | None:
    """A definite description ("el general", "la activista") of a person the article named
    earlier with the same noun ("al general retirado Miguel Rodríguez Torres")."""
    if not any(c.dep_ == "det" and "Def" in feats(c, "Definite") for c in head.children):
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


_DASHES = frozenset({"—", "–", "-", "--"})
# How many tokens a dateline may run before its dash: "WASHINGTON, Oct 26 (AFP) -".
DATELINE_SPAN = 12


def _dateline(token: Token) -> bool:
    """ "CARACAS — El gobierno...", "BALTIMORE, EEUU, Dic 8 (AFP) - Angela Davis...": place,
    date and agency before the dash that opens a sentence are no participant."""
    sent = token.sent
    dash = next((t for t in sent[:DATELINE_SPAN] if t.text in _DASHES), None)
    if dash is None or token.i >= dash.i:
        return False
    return any(t.is_upper and len(t) > 2 for t in token.doc[sent.start : dash.i])


def participants(
    heads: Iterable[Token], ctx: EsContext, cut: frozenset[int] = frozenset()
) -> list[Participant]:
    """Participants for argument heads; words in `cut` (charges) stay out of their phrases."""
    out: list[Participant] = []
    for head in expand(heads):
        if head.ent_type_ in _TIME_ENTS or _dateline(head) or head.i in cut:
            continue
        p = participant(head, ctx, cut)
        if p is not None and not any((q.start, q.end) == (p.start, p.end) for q in out):
            out.append(p)
    return out


# ------------------------------------------------------------------ argument heads


def _obliques(token: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in OBLIQUE_DEPS and case_of(c) in preps]


def _is_time(token: Token) -> bool:
    return token.like_num or token.lemma_.lower() in _TIME_WORDS


_TIME_WORDS = frozenset(
    {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero",
     "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
     "noviembre", "diciembre", "año", "mes", "semana", "día", "hora", "noche", "mañana",
     "tarde", "madrugada", "fecha", "momento", "vez", "ayer", "hoy"}
)  # fmt: skip


def agents(token: Token, ctx: EsContext) -> list[Token]:
    """ "por agentes del Sebin" (an actor), not "por traición" (a charge)."""
    return [t for t in _obliques(token, {"por"}) if agentive_phrase(t, ctx) and not _is_time(t)]


def oblique_agents(token: Token, ctx: EsContext) -> list[Token]:
    """A passive's "por"-agent that the parser hung on the oblique before it: "fue muerta de
    varios impactos de bala, por hombres armados" ("por hombres" under "impactos")."""
    return [
        a
        for obl in token.children
        if obl.dep_ in OBLIQUE_DEPS and obl.i > token.i
        for a in agents(obl, ctx)
    ]


@dataclass(frozen=True)
class Arguments:
    actors: list[Token]
    targets: list[Token]
    zero_subject: str | None  # "actor" | "target": a dropped subject plays this part
    clitic_object: bool = False  # "liberarlo": the object is a pronoun glued to the verb


def verb_arguments(trigger: Token, rule: EsRule, ctx: EsContext, skip: set[int]) -> Arguments:
    """Actors and targets of a verb (or participle, or adjective) trigger."""
    all_subjects = subjects(trigger)
    subj = [s for s in all_subjects if s.i not in skip]
    # "se" as a word, or glued to an infinitive ("sublevarse": Reflex=Yes on the verb)
    reflexive = any(is_se(c) for c in trigger.children) or "Yes" in feats(trigger, "Reflex")
    se = reflexive and not rule.pronominal
    passive = undergoer_subject(trigger) or se
    objects = [
        c
        for c in trigger.children
        if c.dep_ in ("obj", "iobj")
        and c.i not in skip
        and not is_se(c)
        and c.i not in ctx.rules
        and case_of(c) in (None, "a")
        and not (rule.object_place or _is_time(c))
    ]
    personal = [
        c
        for c in trigger.children
        if c.dep_ == "obl" and case_of(c) == "a" and agentive_phrase(c, ctx)
    ]
    if trigger.dep_ == "xcomp" and not objects and not _object_control(trigger.head):
        # "prometió excarcelar a los presos": the parser hung the object on "prometió"
        personal += [
            c
            for c in trigger.head.children
            if c.dep_ == "obj" and case_of(c) == "a" and c.i > trigger.i
        ]
    # "concedió asilo al exministro": a personal object outranks the thing given.
    people = [o for o in objects if case_of(o) == "a" or o.pos_ in ("PRON", "PROPN")] + personal
    # an attack's or a seizure's object may be a thing ("dinamitaron el puente")
    objects = people or [o for o in objects if rule.thing_object or agentive_phrase(o, ctx)]
    if (passive or rule.subject == "target") and rule.mode in ctx.vocab.words("movement_modes"):
        objects = [o for o in objects if case_of(o) != "a"]  # "desterrado a España": where to
    actors: list[Token] = []
    targets: list[Token] = []
    zero = None
    if passive:
        targets += subj + objects
        actors += agents(trigger, ctx) or oblique_agents(trigger, ctx)
        zero = None if subj or objects else "target"
    elif rule.subject == "target":
        targets += subj
        zero = None if subj else "target"
    else:
        actors += subj
        targets += objects
        zero = None if subj else "actor"
    if not targets:
        # "lanzaron piedras contra la policía": the parser may hang "contra X" on the object
        things = [c for c in trigger.children if c.dep_ == "obj"]
        found = [t for h in (trigger, *things) for t in _obliques(h, rule.target_preps)]
        targets += [t for t in found if t.i not in skip and not _is_time(t)]  # "por la noche"
    if zero == "target" and trigger.dep_ == "ccomp":
        # "los detenidos denunciaron que fueron torturados": the matrix subject, if it agrees
        agreeing = [h for h in subjects(trigger.head) if _number(h) == _number(trigger)]
        if agreeing:
            targets += agreeing
            zero = None
    if zero is not None and trigger.pos_ == "ADJ" and trigger.dep_ == "amod":
        targets.append(trigger.head)  # "el periodista detenido el lunes por la policía"
        zero = None
    if all_subjects and not subj:
        zero = None  # the subject is the trigger's own phrase word ("su liberación fue negociada")
    if zero is not None and not _singular(trigger):
        zero = None  # "detuvieron a X": an impersonal plural, nobody named
    # "decidió liberarlo": an accusative pronoun glued to the infinitive or gerund
    glued = " " in trigger.lemma_ and "Acc" in feats(trigger, "Case") and not reflexive
    clitic = glued and not passive and not objects and "Sing" in feats(trigger, "Number")
    if rule.type == "PROTEST":  # whom a protest is against, besides the road it blocks
        targets += [t for t in purpose_targets([trigger], ctx) if t not in targets]
    if rule.type in ("REQUEST", "ACCUSE") and not targets and not passive:
        targets += demanded_of(trigger, ctx, holders=rule.type == "REQUEST")
    if rule.type == "THREATEN" and not targets and not passive:
        targets += threatened(trigger, ctx)
    return Arguments(actors, targets, zero, clitic)


def _number(token: Token) -> str | None:
    forms = [token, *[c for c in token.children if c.dep_ in ("aux", "aux:pass", "cop")]]
    return next((n for t in forms for n in feats(t, "Number")), None)


def _singular(verb: Token) -> bool:
    forms = [verb, *[c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]]
    numbers = [n for t in forms for n in feats(t, "Number")]
    return not numbers or numbers[0] == "Sing" or (verb.pos_ == "ADJ" and "Sing" in numbers)


def _manner_verb(anchor: Token, rule: EsRule, ctx: EsContext) -> Token | None:
    """The act a protest noun is the manner of: "cerraron la vía en protesta", "anuló la gira
    en señal de protesta" (where the parser hangs "en señal" on "gira")."""
    if rule.mode not in ctx.vocab.words("manner_modes"):
        return None
    # ("como protesta": the parser may read "como" as a conjunction)
    marks = [c.lower_ for c in anchor.children if c.dep_ == "mark"]
    if (case_of(anchor) or next(iter(marks), None)) not in ctx.vocab.words("manner_preps"):
        return None
    verb, link = governing_verb(anchor)
    if verb is None and anchor.dep_ == "nmod":
        verb, link = governing_verb(anchor.head)
    if verb is None or link not in ("obl", "obj"):
        return None
    # an act of its own is no manner ("detuvo a 20 en la protesta"), except a demand, a
    # complaint or a protest act made there ("exigieron aumentos en una marcha",
    # "bloquean las carreteras en protesta": the same people)
    other = ctx.rules.get(verb.i)
    return verb if other is None or other.type in _PROTESTERS_ACT else None


# Acts done in protest by the protesters themselves ("renunció como protesta", "rompió
# relaciones en protesta"), unlike acts done to them ("desalojó ... en la protesta").
_PROTESTERS_ACT = frozenset({"REQUEST", "ACCUSE", "REJECT", "PROTEST", "RETREAT", "SANCTION"})


def noun_arguments(trigger: Token, rule: EsRule, ctx: EsContext, skip: set[int]) -> Arguments:
    """Actors and targets of a noun trigger: "la detención de X por agentes", "su liberación",
    "el gobierno ordenó la excarcelación de X", "partió al exilio"."""
    actors: list[Token] = []
    targets: list[Token] = []
    for child in trigger.children:
        if child.i in skip:
            continue
        case = case_of(child)
        if child.dep_ == "det" and "Yes" in feats(child, "Poss"):
            (actors if rule.poss == "actor" else targets).append(child)
        elif child.dep_ in ("nmod", "obl") and case == "de" and not _is_time(child):
            if child.i in ctx.rules:
                # "una marcha de protesta contra X": one act, whose target may hang on the
                # second noun; neither is the actor
                targets += [
                    g for g in child.children
                    if g.dep_ in ("nmod", "obl") and case_of(g) in rule.target_preps
                ]  # fmt: skip
                continue
            custody = rule.mode in ctx.vocab.words("custody_modes")
            if lemma_set(child, ctx.vocab) & rule.objects:
                targets.append(child)  # "el bloqueo de los puertos": what is blocked
            elif agentive_phrase(child, ctx) or rule.of_actor or custody:
                (actors if rule.of_actor else targets).append(child)
        elif (
            child.dep_ in ("nmod", "obl")
            and case == "por"
            and "por" not in rule.target_preps  # "la protesta por las declaraciones": why
            and agentive_phrase(child, ctx)
        ):
            if not _route(child, ctx):  # "una marcha por el centro de La Paz": where
                actors.append(child)
        elif child.dep_ in ("nmod", "obl") and case in rule.target_preps:
            targets.append(child)
    anchor = trigger
    frames = ctx.vocab.words("attempt_nouns") | ctx.vocab.words("frame_nouns")
    if trigger.dep_ == "nmod" and lemma_set(trigger.head, ctx.vocab) & frames:
        anchor = trigger.head  # "el intento de golpe fue liderado por X", "una jornada de protesta"
    if not actors:  # a named organiser outranks the subject of the verb taking the noun
        actors += _organisers(trigger, anchor, rule, ctx)
    verb, link = governing_verb(anchor)
    participation = verb is not None and bool(
        lemma_set(verb, ctx.vocab) & ctx.vocab.words("participation_verbs")
    )
    if verb is not None and link == "nsubj" and participation and not actors:
        actors += agents(verb, ctx)  # "el golpe fue liderado por oficiales"
    if verb is not None and verb.i not in ctx.rules and link != "nsubj":
        heads = [s for s in subjects(verb) if s.i != trigger.i]
        if link == "obj" and heads and rule.poss == "actor" and _possessive_only(actors):
            actors = []  # "radicalizaron sus protestas": theirs, the subject's
        receives = link == "obj" and bool(
            lemma_set(verb, ctx.vocab) & ctx.vocab.words("receive_verbs")
        )
        if (rule.subject == "target" or receives) and not targets:
            targets += heads  # "partió al exilio", "recibió un indulto": the subject undergoes it
        elif not actors and link == "obj" and not undergoer_subject(verb):
            actors += heads  # "el tribunal ordenó la liberación de X"
        elif not actors and link == "obl" and participation:
            actors += heads  # "participó en el fallido golpe"
        elif not actors and link == "obj":
            actors += agents(verb, ctx)
    manner = _manner_verb(anchor, rule, ctx) if not actors else None
    if manner is not None:  # whoever does the act protests
        actors += [s for s in subjects(manner) if s.i != trigger.i]
    if rule.type == "PROTEST":
        anchors = [trigger, *([verb] if verb is not None else [])]
        targets += [t for t in purpose_targets(anchors, ctx) if t not in targets]
        if not targets and verb is not None and verb.i not in ctx.rules:
            # "anunció una jornada de protesta en contra de la política": on the verb
            targets += _obliques(verb, frozenset({"contra"}))
    return Arguments(actors, targets, None)


def demanded_of(trigger: Token, ctx: EsContext, holders: bool = True) -> list[Token]:
    """Whom a demand (or a complaint) that names no addressee is made of: who must act or
    is blamed ("exigen que el Gobierno derogue la ley", "denunciaron que el gobierno se
    prepara para reprimir"), or, for a demand, whose act it asks for ("exigir la renuncia
    del gobernador"; a complaint's "la detención de X" names a victim, not the accused)."""
    for clause in trigger.children:
        if clause.dep_ == "ccomp" and any(c.lower_ == "que" for c in clause.children):
            found = [s for s in own_subjects(clause) if s.lower_ not in _RELATIVE]
            if found:
                return found
    for obj in (c for c in trigger.children if c.dep_ == "obj" and holders):
        of = [c for c in obj.children if c.dep_ == "nmod" and case_of(c) == "de"]
        found = [h for h in of if agentive_phrase(h, ctx)]
        if found:
            return found
    return []


def threatened(trigger: Token, ctx: EsContext) -> list[Token]:
    """Whom a threat is against, named in the threatened act: "amenazó con matar a los
    rehenes", "amenazó con tomar medidas contra Venezuela"."""
    for act in trigger.children:
        if act.pos_ != "VERB" or act.dep_ not in ("xcomp", "advcl", "ccomp", "obl"):
            continue
        people = [
            c for c in act.children
            if c.dep_ in ("obj", "iobj") and case_of(c) == "a" and agentive_phrase(c, ctx)
        ]  # fmt: skip
        against = [t for h in (act, *act.children) for t in _obliques(h, frozenset({"contra"}))]
        if people or against:
            return people or against
    return []


def purpose_targets(anchors: list[Token], ctx: EsContext) -> list[Token]:
    """What a protest is against or about, told in its purpose ("para protestar contra X",
    "para rechazar X", "exigiendo X") or its manner ("en protesta por X", "en reclamo de X")."""
    fixed_topics = ctx.vocab.words("topic_prepositions")
    for anchor in anchors:
        for clause in anchor.children:
            if clause.dep_ in OBLIQUE_DEPS and _fixed_with(clause, fixed_topics):
                return [clause]  # "en reclamo del pago", read by the parser as one preposition
            rule = ctx.rules.get(clause.i)
            if rule is None or rule.type not in _TOPIC_TYPES or not _purpose(clause, ctx):
                continue
            found = [t for t in _topic(clause, rule) if not _is_time(t)]
            if found:
                return found
    return []


def _fixed_with(token: Token, words: frozenset[str]) -> bool:
    return any(
        f.dep_ == "fixed" and f.lemma_.lower() in words
        for c in token.children
        if c.dep_ == "case"
        for f in c.children
    )


def _purpose(clause: Token, ctx: EsContext) -> bool:
    if clause.dep_ in ("obl", "nmod"):  # "en protesta por", "como protesta"
        return case_of(clause) in ctx.vocab.words("manner_preps")
    return (
        clause.dep_ in ("advcl", "acl")
        and clause.pos_ == "VERB"
        and (
            any(c.dep_ == "mark" and c.lower_ == "para" for c in clause.children)
            or "Ger" in feats(clause, "VerbForm")
        )
    )


# A protest's purpose or manner of these types tells what it is about.
_TOPIC_TYPES = frozenset({"PROTEST", "REQUEST", "REJECT", "ACCUSE"})


def _topic(clause: Token, rule: EsRule) -> list[Token]:
    if rule.type == "PROTEST":
        return _obliques(clause, rule.target_preps)
    if clause.pos_ == "NOUN":  # "en reclamo del pago", "en rechazo a la reforma"
        return [c for c in clause.children if c.dep_ == "nmod" and case_of(c) in ("de", "a")]
    return [c for c in clause.children if c.dep_ == "obj"]  # "exigiendo el pago"


def _possessive_only(actors: list[Token]) -> bool:
    return bool(actors) and all(a.dep_ == "det" and "Yes" in feats(a, "Poss") for a in actors)


def _route(head: Token, ctx: EsContext) -> bool:
    """A "por"-phrase naming a place is the way taken, not an agent."""
    places = lemma_set(head, ctx.vocab) & ctx.vocab.words("places")
    return bool(places) or entity_at(head, ctx) in ("LOC", "FAC")


def _organised(trigger: Token, anchor: Token, ctx: EsContext) -> list[Token]:
    """Participles of the participation verbs modifying the event noun (or its frame noun)."""
    verbs = ctx.vocab.words("participation_verbs")
    return [
        c
        for noun in dict.fromkeys((trigger, anchor))
        for c in noun.children
        if c.dep_ in ("acl", "amod") and is_participle(c) and lemma_set(c, ctx.vocab) & verbs
    ]


def _organisers(trigger: Token, anchor: Token, rule: EsRule, ctx: EsContext) -> list[Token]:
    """Who a protest noun names as organising it: "una huelga convocada por la CGT", "las
    protestas que organizan los sindicatos", "los mineros en huelga" (who strikes)."""
    found = [a for acl in _organised(trigger, anchor, ctx) for a in agents(acl, ctx)]
    found = found or [
        a for rel in _organised_by_clause(trigger, anchor, ctx) for a in own_subjects(rel)
    ]
    if not found and _state_of(trigger, rule, ctx):
        found = [trigger.head]
    return found


def _organised_by_clause(trigger: Token, anchor: Token, ctx: EsContext) -> list[Token]:
    """Relative clauses of the participation verbs on the event noun: "las protestas que
    organizan los sindicatos" (whose own subject is not the relative pronoun)."""
    verbs = ctx.vocab.words("participation_verbs")
    return [
        c
        for noun in dict.fromkeys((trigger, anchor))
        for c in noun.children
        if c.dep_ in ("acl", "acl:relcl")
        and c.pos_ == "VERB"
        and not is_participle(c)
        and lemma_set(c, ctx.vocab) & verbs
        and any(s.lower_ not in _RELATIVE for s in own_subjects(c))
    ]


def _state_of(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A protest noun after "en" modifying a noun tells that noun's state: "X en huelga"."""
    return (
        rule.mode in ctx.vocab.words("manner_modes")
        and trigger.dep_ == "nmod"
        and case_of(trigger) == "en"
        and trigger.head.pos_ in ("NOUN", "PROPN")
        and is_agentive(trigger.head, ctx)
    )
