"""Participants for the Spanish event stage: here an argument head becomes a Participant
(its phrase, mention, role, count). Which heads act and which undergo is decided in
events_es_verb_arguments and events_es_noun_arguments; verbs' subjects and the word-form tests
are in events_es_subjects.

Spanish drops subjects: the missing subject of a passive ("Fue detenido en 2018"), a clitic
("lo detuvieron", "detenerla") or "su" is the latest person named as a subject nearby, else
the person the custody story so far is about.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING

from chronicler.annotate.countries import (
    countries_in,
    is_country_name,
    is_place_name,
    mention_country,
    organ_country,
    participant_country,
)
from chronicler.annotate.datelines import in_dateline
from chronicler.annotate.events_es_subjects import (
    SUBJECT_DEPS,
    case_of,
    feats,
    lemma_set,
    misread_modifier,
    subjects,
    time_phrase,
)
from chronicler.annotate.events_es_vocab import EsRule, EsVocab
from chronicler.annotate.events_participants import institution_of_place, office_of_place
from chronicler.annotate.events_phrases import expand
from chronicler.annotate.events_pronouns import (
    gender_clash,
    in_relative_clause,
    latest_person,
    person_key,
    several,
)
from chronicler.annotate.mention_lookup import mentions_overlapping
from chronicler.model import Mention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OBLIQUE_DEPS = frozenset({"obl", "nmod", "obj", "iobj", "obl:agent", "obl:arg"})
# Dependencies cut from a participant phrase: clauses, lists, asides hanging off the head.
_CUT = frozenset(
    {"acl", "acl:relcl", "advcl", "punct", "cc", "conj", "appos", "parataxis", "dep", "case",
     "mark", "nummod", "advmod", "cop", "aux"}
)  # fmt: skip
# Dependencies cut from an attribute phrase (a charge, a place): clauses and lists only.
_ATTR_CUT = frozenset({"acl", "acl:relcl", "advcl", "punct", "cc", "conj", "parataxis", "appos"})
RELATIVE_PRONOUNS = frozenset({"que", "quien", "quienes", "cual", "cuales"})
_CLITICS = frozenset({"lo", "la", "le"})  # singular: a person nearby; plural ones stay open
# Pronouns that name no participant unless resolved, which the plural ones ("ellos", "sus",
# "los") are not here; the speaker's ("me", "nos") are the source's side, not a participant.
_UNNAMED = frozenset({"se", "me", "te", "nos", "os", "sus", "los", "las", "les", "ellos", "ellas"})
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


@dataclass(frozen=True)
class Arguments:
    """Who acts and who undergoes one trigger, as parse heads."""

    actors: list[Token]
    targets: list[Token]
    zero_subject: str | None  # "actor" | "target": a dropped subject plays this part
    clitic_object: bool = False  # "liberarlo": the object is a pronoun glued to the verb


def make_context(
    mentions: Sequence[Mention], vocab: EsVocab, rules: dict[int, EsRule]
) -> EsContext:
    ordered = sorted(mentions, key=lambda m: m.start)
    return EsContext(ordered, [m.start for m in ordered], vocab, dict(rules))


def from_topic(
    head: Token, ctx: EsContext, phrase: str | None, gender: str | None = None
) -> Participant | None:
    """The latest custody topic named before `head`; none when that is one of a
    coordination ("detuvo a X y a Y"): a group is no one person a pronoun stands for. Of a
    `gender` ("la acusó", "la exmandataria"), topics the article describes as of the other
    are passed over ("condenó ... al excomandante X"), when the rest are one person."""
    # a country is no one held: "huyó a la embajada de Holanda" names where, not whom
    before = [p for p in ctx.custody_topic if p.end <= head.idx and not is_country_name(p.text)]
    if gender is not None and len(_surnames(before)) > 1:
        # of two or more people, only the one the article describes with that gender
        genders = described_genders(head.doc, ctx.mentions)
        fits = [p for p in before if _described_as(genders, gender, p)]
        before = fits if len(_surnames(fits)) == 1 else []
    if not before:
        return None
    span = head.doc.char_span(before[-1].start, before[-1].end, alignment_mode="expand")
    if span is not None and several(span):
        return None
    return replace(before[-1], phrase=phrase, resolved=True, count=None)


def _imposed_custody(verb: Token, ctx: EsContext) -> bool:
    """A verb of imposing whose object is a custody measure, through its length or not ("le
    impuso cuatro meses de detención preventiva"): the one it holds is the custody's topic."""
    if not lemma_set(verb, ctx.vocab) & ctx.vocab.words("imposing_verbs"):
        return False
    custody = ctx.vocab.words("custody_modes")
    objects = [c for c in verb.children if c.dep_ == "obj"]
    measures = [g for o in objects for g in o.children if g.dep_ == "nmod" and case_of(g) == "de"]
    return any(
        (rule := ctx.rules.get(t.i)) is not None and rule.mode in custody
        for t in objects + measures
    )


def _surnames(people: Sequence[Participant]) -> set[str]:
    return {p.text.split()[-1].lower() for p in people if p.text.split()}


def _described_as(
    genders: dict[tuple[str, ...], Counter[str]], gender: str, person: Participant
) -> bool:
    """The article describes the person mostly with `gender` ("la expresidenta X")."""
    counts = genders.get(person_key(person.text)) or Counter()
    return counts[gender] > sum(n for g, n in counts.items() if g != gender)


def _the_topic_fits_better(
    genders: dict[tuple[str, ...], Counter[str]],
    gender: str | None,
    topic: Participant | None,
    ante: Mention,
) -> bool:
    """A gendered pronoun's custody topic, described with its gender, outranks a nearer name
    the article describes with none ("la acusó": the woman held, not a man named since)."""
    if gender is None or topic is None or person_key(topic.text) == person_key(ante.text):
        return False
    return _described_as(genders, gender, topic) and not genders.get(person_key(ante.text))


def sole_topic(head: Token, ctx: EsContext) -> Participant | None:
    """The one person the custody story so far is about, when it is about one only (every
    custody topic named before `head` is a person of one surname: "Alexéi Navalni" and
    "Navalni"); none when it is about two or more, or about no one yet."""
    before = [p for p in ctx.custody_topic if p.end <= head.idx and p.label == "PERSON"]
    surnames = {p.text.split()[-1].lower() for p in before if p.text.split()}
    if len(surnames) != 1:
        return None
    return replace(before[-1], phrase=None, resolved=True, count=None)


# ------------------------------------------------------------------ parse helpers


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
            if child.pos_ == "NOUN" and misread_modifier(child):
                continue  # "El alcalde recibio amenazas": a verb read as a noun on its subject
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


def attribute_tokens(head: Token) -> list[Token]:
    """The words of a charge or a place, in text order: "traición a la patria"."""
    tokens = phrase_tokens(head, _ATTR_CUT)
    for acl in (c for c in head.children if c.dep_ == "acl" and case_of(c) is None):
        if any(m.dep_ == "mark" and m.lower_ == "para" for m in acl.children):
            tokens += list(acl.subtree)  # "asociación para delinquir"
    return sorted(set(tokens), key=lambda t: t.i)


def attribute_text(head: Token) -> str:
    """A charge or a place as written: "traición a la patria", "sede del Sebin"."""
    text = span_text(attribute_tokens(head))[0]
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
    if token.pos_ == "NOUN" and lemma_set(token, ctx.vocab) & ctx.vocab.words("offence_heads"):
        return False  # the small model tags "rebelión", "conspiración" as people: offences
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


def _followers(head: Token, ctx: EsContext) -> bool:
    """A noun of those who follow someone or something ("seguidores del PTI", "partidarios
    de Morales"; `follower_nouns`): the group, not the party or leader its "de" names, as
    the English "Morales supporters"."""
    return bool(lemma_set(head, ctx.vocab) & ctx.vocab.words("follower_nouns"))


def _count(head: Token, quantity: Token | None) -> str | None:
    if quantity is not None:  # "decenas", "dos centenares"; "un grupo" is no number
        if quantity.lemma_.lower() not in _NUMERIC_QUANTITIES:
            return None
        words = [t for t in quantity.subtree if t.i <= quantity.i and t.pos_ in ("NUM", "NOUN")]
        return span_text(words)[0] or None
    if head.pos_ == "NUM":  # "unas 5.000 fueron detenidas": the number is the people
        return span_text([t for t in head.subtree if t.i <= head.i])[0] or None
    nums = [c for c in head.children if c.dep_ == "nummod"]
    if nums:
        return span_text(sorted(nums[0].subtree, key=lambda t: t.i))[0]
    # "más de 400 personas", "casi 300 detenidos": the parser hangs the number on the adverb
    bounded = [
        c
        for c in head.children
        if c.dep_ == "advmod"
        and c.i < head.i
        and any(g.dep_ == "nummod" and g.pos_ == "NUM" for g in c.children)
    ]
    if bounded:
        return span_text(sorted(bounded[0].subtree, key=lambda t: t.i))[0]
    return None


def antecedent(
    offset: int,
    doc: Doc,
    ctx: EsContext,
    exclude: Sequence[tuple[int, int]] = (),
    singular: bool = False,
    gender: str | None = None,
) -> Mention | None:
    """The person a dropped subject, a clitic or "su" stands for: the latest PERSON mention
    before `offset` that is a subject, within PRONOUN_REACH sentences; else the nearest.
    Mentions overlapping `exclude` (the pronoun's own clause subject) are passed over, and
    for a `singular` pronoun ("lo", "él") so are the names of a coordination ("X y Y"), and
    for a pronoun or participle of a `gender` ("la acusó", "fue detenida") the people the
    article describes as of the other ("Su abogado, Luis Guillén")."""
    sents = [s.start_char for s in doc.sents if s.text.strip()]  # blank lines are no sentences
    s_no = max(bisect.bisect_right(sents, offset) - 1, 0)
    mentions, starts = ctx.mentions, ctx.mention_starts
    floor = sents[max(s_no - PRONOUN_REACH + 1, 0)]
    is_subject = partial(_topic_subject, ctx)
    clashes = partial(gender_clash, described_genders(doc, mentions), gender)
    subject, nearest = latest_person(
        doc, mentions, starts, offset, floor, is_subject, exclude, singular, clashes
    )
    if subject is not None and _described_subject(doc, subject.end, offset, ctx):
        return None  # "Zapatero medió... El militar fue detenido... Estuvo recluido": not Zapatero
    if (
        subject is None
        and nearest is not None
        and _in_relative_clause(doc, nearest)
        and _described_subject(doc, floor, offset, ctx)
    ):
        # "Castillo fue destituido... El exmandatario está recluido en la sede, donde cumple
        # condena X... lo investiga": the description took up the topic named before it,
        # not a name told in passing in a relative clause since
        far = sents[max(s_no - FALLBACK_REACH + 1, 0)]
        named, _ = latest_person(
            doc, mentions, starts, offset, far, is_subject, exclude, singular, clashes
        )
        return named or nearest
    if nearest is None:  # the topic named before the reach: "Su liberación", paragraphs on
        if _described_subject(doc, floor, offset, ctx):
            # "La exmandataria ... fue detenida. ... La Fiscalía la acusó": the description
            # within reach holds the topic, not a name told before it
            return None
        far = sents[max(s_no - FALLBACK_REACH + 1, 0)]
        _, nearest = latest_person(
            doc, mentions, starts, offset, far, _is_subject, exclude, singular, clashes
        )
    return subject or nearest


def word_gender(tok: Token) -> str | None:
    """ "m" or "f" as the word's own morphology says ("la", "detenida", "abogado"), else None."""
    found = tok.morph.get("Gender", [])
    if found == ["Masc"]:
        return "m"
    return "f" if found == ["Fem"] else None


_PARTICIPLE_SHAPE = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


def _participles_of_subject(root: Token) -> list[Token]:
    """The participles that agree with a name as its subject: "Ruiz fue detenida", "Ruiz
    permaneció recluida" (whatever the small model tags the participle)."""
    if root.dep_ not in ("nsubj", "nsubj:pass"):
        return []
    verb = root.head
    told = [verb, *(c for c in verb.children if c.dep_ in ("obj", "xcomp"))]
    return [
        t
        for t in told
        if t.lower_.endswith(_PARTICIPLE_SHAPE)
        and t.pos_ in ("VERB", "ADJ", "NOUN")
        and not any(c.dep_ in ("det", "case") for c in t.children)
    ]


def described_genders(doc: Doc, mentions: Sequence[Mention]) -> dict[tuple[str, ...], Counter[str]]:
    """The gender of the noun each person is set beside ("Su abogado, Luis Guillén", "Su
    hija, Carolina Ribera") and of the participles told of them ("Ruiz fue detenida"),
    counted by name key."""
    out: dict[tuple[str, ...], Counter[str]] = {}
    for m in mentions:
        span = (
            doc.char_span(m.start, m.end, alignment_mode="expand") if m.label == "PERSON" else None
        )
        if span is None:
            continue
        root = span.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            nouns.append(root.head)
        nouns += _participles_of_subject(root)
        for noun in nouns:
            if (gender := word_gender(noun)) is not None:
                out.setdefault(person_key(m.text), Counter())[gender] += 1
    return out


def _in_relative_clause(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and in_relative_clause(span.root)


def subject_name(offset: int, doc: Doc, ctx: EsContext) -> Mention | None:
    """The latest name before `offset`, within PRONOUN_REACH sentences, that is a subject and
    could be a person: labelled PERSON or LOC (the small model labels many a name a place),
    a proper noun, and no country or capital ("Tomás Sánchez huyó a ... Fue detenido":
    Sánchez; "Quito amaneció en calma. Fue detenido": not Quito)."""
    sents = [s.start_char for s in doc.sents if s.text.strip()]
    s_no = max(bisect.bisect_right(sents, offset) - 1, 0)
    floor = sents[max(s_no - PRONOUN_REACH + 1, 0)]
    i = bisect.bisect_left(ctx.mention_starts, offset) - 1
    while i >= 0 and ctx.mentions[i].start >= floor:
        m = ctx.mentions[i]
        i -= 1
        if m.label not in ("PERSON", "LOC") or m.end > offset or is_place_name(m.text):
            continue
        if m.label == "LOC" and not _person_shaped(m, doc, ctx):
            continue  # "Cali amaneció con barricadas. Fue detenido": a place, never him
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.pos_ == "PROPN" and _topic_subject(ctx, span.root):
            # a described person as subject since ("El militar fue detenido") took the topic
            return None if _described_subject(doc, m.end, offset, ctx) else m
    return None


def _person_shaped(m: Mention, doc: Doc, ctx: EsContext) -> bool:
    """Whether a name tagged a place may be a person's: a full name ("Tomás Sánchez"), or
    the surname of one named in full before; never a name the text also uses as a place
    ("en Cali", "desde San Cristóbal"). A lone word with no fuller name, "Cali", "Matagalpa",
    is a town the tables do not list."""
    words = m.text.split()
    places = ctx.vocab.words("location_preps") | ctx.vocab.words("destination_preps")
    for other in ctx.mentions:
        if other.text != m.text:
            continue
        span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is not None and case_of(span.root) in places:
            return False
    if len(words) > 1:
        return True
    return any(
        o.label in ("PERSON", "LOC") and len(o.text.split()) > 1 and o.text.split()[-1] == m.text
        for o in ctx.mentions
        if o.end <= m.start
    )


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
    # the whole phrase: "El obispo de Matagalpa, Rolando Álvarez, se negó" names him in an
    # apposition to its head
    return not any(
        c.dep_ in (*SUBJECT_DEPS, "obj", "iobj")
        and any(
            m.label == "PERSON"
            for m in mentions_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge), ctx)
        )
        for clause in reported
        for c in clause.children
    )


def _person_before_comma(pronoun: Token) -> Token | None:
    """A relative marked by personal "a" stands for the person named right before its comma
    ("detuvieron al exministro Juan Pérez, al que el Gobierno había concedido asilo"),
    wherever the parser hung its clause (often on a noun far before it)."""
    first = pronoun.i - 1  # the "a" or "al" before the pronoun
    if case_of(pronoun) != "a" or first < 2 or pronoun.doc[first - 1].text != ",":
        return None
    named = pronoun.doc[first - 2]
    while named.dep_ == "flat" and named.head.i < named.i:
        named = named.head
    return named if named.pos_ == "PROPN" else None


def _relative_head(token: Token) -> Token:
    """For "quien"/"que" as a relative clause's subject, the noun the clause modifies."""
    named = _person_before_comma(token)
    if named is not None:
        return named
    tok = token
    for _ in range(4):
        if tok.dep_ in ("acl", "acl:relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head = tok.head
            agreeing = _agreeing_complement(head, tok) if token.dep_ == "nsubj" else None
            if agreeing is not None:
                return agreeing  # "los cargos de la Fiscalía, que lo acusa": the Fiscalía
            if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN":
                return head.head  # "Mahsa Amini, una joven kurda ... que murió": the name
            # "el expresidente ... José Luis Rodríguez Zapatero, quien": the named apposition
            return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), head)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return token


def _agreeing_complement(noun: Token, verb: Token) -> Token | None:
    """The parser hangs a relative clause on the phrase's head noun; when the clause's verb
    disagrees in number with it and agrees with the noun's "de"-complement before the
    pronoun, the complement is what the pronoun stands for ("los cargos de la Fiscalía, que
    lo acusa": the Fiscalía accuses)."""
    # the finite auxiliary's number, not a perfect's participle ("que han amenazado": Sing)
    finite = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    wanted = next((n for t in [*finite, verb] for n in feats(t, "Number")), None)
    if wanted is None or wanted in feats(noun, "Number") or not feats(noun, "Number"):
        return None
    found = [
        c for c in noun.children
        if c.dep_ == "nmod" and case_of(c) == "de" and c.i < verb.i
        and c.pos_ in ("NOUN", "PROPN") and feats(c, "Number") in ([], [wanted])
    ]  # fmt: skip
    return found[-1] if found else None


def _as_mention(p: Participant) -> Mention:
    return Mention(p.start, p.end, p.text, p.label or "PERSON", 0)


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
            gendered = word_gender(head) if head.lower_ != "su" else None
            topic = from_topic(head, ctx, head.text, gendered)
            imposed = head.lower_ != "su" and _imposed_custody(head.head, ctx)
            if ((head.lower_ == "su" and custody) or imposed) and topic is not None:
                # "su liberación", "le impuso prisión preventiva": the person the custody
                # story is about
                return topic
            own = _own_clause_subjects(head, ctx)
            # "su" may be "their": only the others are one person, never one of "X y Y"
            gender = word_gender(head) if head.lower_ != "su" else None
            ante = _shared_object(head, ctx) or antecedent(
                head.idx, head.doc, ctx, own, singular=head.lower_ != "su", gender=gender
            )
            genders = described_genders(head.doc, ctx.mentions)
            if ante is not None and _the_topic_fits_better(genders, gender, topic, ante):
                return topic  # "X fue condenada ... al excomandante Y ... la acusó": X
            if ante is not None:
                return resolved_participant(ante, head.text)
            # nor is the custody topic one of the other gender ("condenó a X ... la acusó")
            clashes = topic is not None and gender_clash(genders, gender, _as_mention(topic))
            return None if clashes else topic
        if head.lower_ in _UNNAMED:
            return None  # a plural or speaker's pronoun left unresolved names no participant
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
    # (not the object of a verb the parser hung on the head: "El sindicato denuncio la X")
    verbs = [c.i for c in head.children if c.i in ctx.rules and misread_modifier(c)]
    apposed = [
        c
        for c in head.children
        if c.dep_ == "appos"
        and not place_tail(c, ctx)
        and not any(v < c.i for v in verbs)
        and not _name_of_modifier(c, head)
    ]
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
    if mention is None and not _followers(head, ctx):
        inside = [m for m in mentions_in(start, end, ctx) if m.start >= start and m.end <= end]
        inside = [m for m in inside if "\n" not in m.text]
        mention = next((m for lab in _LABEL_PRIORITY for m in inside if m.label == lab), None)
    if mention is None and not appos and head.pos_ == "NOUN":
        described = _described_person(head, ctx)
        if described is not None:  # "el general" named earlier as "el general ... X"
            return replace(resolved_participant(described, text), count=_count(head, quantity))
        bare = _bare_description(head, ctx)
        # one acted upon ("La exmandataria fue detenida") is a topic of the custody told;
        # one acting ("El exmandatario se asiló") may be someone else of that gender
        gender = word_gender(head) if _passive_subject(head) else None
        topic = from_topic(head, ctx, text, gender) if bare else None
        # "El exmandatario se asiló": not the topic the article sets beside "la expresidenta"
        genders = described_genders(head.doc, ctx.mentions) if topic is not None else {}
        if topic is not None and not gender_clash(genders, word_gender(head), _as_mention(topic)):
            return topic
    if mention is None and appos and head.pos_ == "NOUN":  # a name the NER model missed
        a_text, a_start, a_end = span_text(appos)
        if appos[0].pos_ == "PROPN":
            text, start, end = a_text, a_start, a_end
    role = role_of(tokens + appos, head, mention, ctx)
    body = institution_of_place(head, mention, role_of([head], head, None, ctx))
    held = None if office_of_place(head, mention) or body else mention  # (its country counts)
    return Participant(
        text=held.text if held else text,
        start=held.start if held else start,
        end=held.end if held else end,
        role=role,
        label=held.label if held else None,
        phrase=span_text(whole)[0],
        count=_count(head, quantity),
        country=participant_country(head, mention, "es", role)
        or organ_country(span_text(whole)[0], role, ctx.vocab.state_organs),
    )


def _name_of_modifier(apposed: Token, head: Token) -> bool:
    """ "La esposa ... del expresidente peruano Pedro Castillo": the parser hangs the name on
    the head noun, but it follows the head's "de" modifier with no comma, so it names that
    modifier (the former president), not the head (the wife)."""
    first = min(t.i for t in apposed.subtree if not t.is_punct)
    return any(
        c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < apposed.i and c.right_edge.i == first - 1
        for c in head.children
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


def _shared_object(clitic: Token, ctx: EsContext) -> Mention | None:
    """ "declaró persona non grata a Monroy y le dio 72 horas": the clitic object of a
    coordinated verb is the person the first verb took as its personal object."""
    verb = clitic.head
    if clitic.lower_ not in _CLITICS or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    for obj in verb.head.children:
        if obj.dep_ in ("obj", "iobj") and case_of(obj) == "a" and obj.i < clitic.i:
            end = obj.right_edge.idx + len(obj.right_edge)
            people = [m for m in mentions_in(obj.left_edge.idx, end, ctx) if m.label == "PERSON"]
            if len(people) == 1:  # one person ("a X y a Y" is no one a clitic stands for)
                return people[0]
    return None


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
    earlier with the same noun ("al general retirado Miguel Rodríguez Torres"), else of the
    one person it named earlier with that noun or that age set on the name ("el exdiplomático
    Juan Pérez, de 75 años" for "el diplomático retirado, de 75 años")."""
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
    return _described_on_name(head, ctx)


# How a description hangs on a name: "el exdiplomático[amod] Juan Pérez", "Juan Pérez, de 75
# años[nmod]", "Juan Pérez, diplomático[appos] retirado".
_ON_NAME = frozenset({"amod", "appos", "nmod", "compound"})


def _same_noun(description: str, given: str) -> bool:
    """ "diplomático" is the "diplomático" or the former one ("exdiplomático") named before."""
    return given in (description, f"ex{description}", f"ex-{description}")


def _age(tok: Token) -> str | None:
    """The age set on a noun or a name: "de 75 años"."""
    for c in tok.children:
        if c.dep_ == "nmod" and c.lemma_.lower() == "año":
            n = next((g for g in c.children if g.dep_ == "nummod"), None)
            if n is not None:
                return n.text
    return None


def _described_on_name(head: Token, ctx: EsContext) -> Mention | None:
    """The one PERSON named before `head` whose name carries `head`'s noun or its age; none
    when no one or two people do."""
    lem, age = head.lemma_.lower(), _age(head)
    floor = head.doc[max(head.i - DESCRIPTION_REACH, 0)].idx
    hits: dict[tuple[str, ...], Mention] = {}
    for m in ctx.mentions:
        if m.label != "PERSON" or m.start < floor or m.end > head.idx:
            continue
        span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        given = {c.lemma_.lower() for c in root.children if c.dep_ in _ON_NAME}
        if root.dep_ in ("appos", "flat"):  # "el exdiplomático Juan Pérez" read the other way
            given.add(root.head.lemma_.lower())
        if any(_same_noun(lem, g) for g in given) or (age is not None and _age(root) == age):
            hits.setdefault(person_key(m.text), m)
    return next(iter(hits.values())) if len(hits) == 1 else None


def _bare_description(head: Token, ctx: EsContext) -> bool:
    """ "Shekari ... había sido condenado. ... El joven fue detenido ese mismo día": a bare
    definite description of one person (no word of its own past the article) as a subject,
    which goes on with the custody the article is about."""
    return (
        all(c.dep_ in ("det", "punct") or _age_aside(c, ctx) for c in head.children)
        and definite(head)
        and "Plur" not in feats(head, "Number")
        and head.dep_ in SUBJECT_DEPS
        and head.lemma_.lower() in ctx.vocab.words("person_nouns")
    )


def _age_aside(token: Token, ctx: EsContext) -> bool:
    """ ", de 54 años,": a person's age set off by commas, no word of the description."""
    return (
        token.dep_ == "nmod"
        and token.lemma_.lower() in ctx.vocab.words("age_units")
        and any(c.like_num for c in token.children)
        and "," in (token.left_edge.text, token.doc[max(token.left_edge.i - 1, 0)].text)
    )


def _passive_subject(head: Token) -> bool:
    """The subject of a passive ("fue detenida"): the one the act is done to."""
    return head.dep_ in SUBJECT_DEPS and any(
        c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_.lower() == "ser"
        for c in head.head.children
    )


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
        # a time phrase names when, never who, whichever path found it ("el dia 3 de mayo")
        if head.ent_type_ in _TIME_ENTS or time_phrase(head) or in_dateline(head) or head.i in cut:
            continue
        if place_tail(head, ctx):
            continue
        p = participant(head, ctx, cut)
        if p is not None and not any((q.start, q.end) == (p.start, p.end) for q in out):
            out.append(p)
    return out


def penalty_heads(trigger: Token, rule: EsRule, vocab: EsVocab) -> list[Token]:
    """The punishment a sentence imposes, "condenado a la pena capital", "a muerte", "a cadena
    perpetua": the personal "a" of the small model's parse takes it for whom, but it is what."""
    if rule.mode != "convict":
        return []
    return [
        c
        for c in trigger.children
        if c.dep_ in OBLIQUE_DEPS
        and case_of(c) == "a"
        and not c.like_num
        and lemma_set(c, vocab) & vocab.words("penalty_nouns")
    ]


def penalty_text(head: Token) -> str:
    """ "la pena capital" without its "a" and article: "pena capital"."""
    kept = [t for t in head.subtree if not (t.head == head and t.dep_ in ("case", "det"))]
    return span_text(kept)[0]
