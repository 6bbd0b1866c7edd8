"""What a Spanish pronoun, relative or dropped subject stands for. Spanish drops subjects:
the missing subject of a passive ("Fue detenido en 2018"), a clitic ("lo detuvieron",
"detenerla") or "su" is the latest person named as a subject nearby, else the person the
custody story so far is about; a relative pronoun stands for the noun its clause modifies."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_country_name, is_place_name
from chronicler.annotate.events_es_context import RELATIVE_PRONOUNS, EsContext, mentions_in
from chronicler.annotate.events_es_descriptions import described_subject
from chronicler.annotate.events_es_gender import described_as, described_genders, word_gender
from chronicler.annotate.events_es_morph import SUBJECT_DEPS, case_of, feats
from chronicler.annotate.events_es_phrases import phrase_tokens
from chronicler.annotate.events_es_subjects import lemma_set, over_infinitive, subjects
from chronicler.annotate.events_pronouns import (
    gender_clash,
    in_relative_clause,
    latest_person,
    several,
)
from chronicler.model import Mention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


CLITICS = frozenset({"lo", "la", "le"})  # singular: a person nearby; plural ones stay open


# How far back (in sentences) a dropped subject or a clitic may find its person.
PRONOUN_REACH = 3

# ...and failing that, how far back the nearest person at all is taken.
FALLBACK_REACH = 6


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
        fits = [p for p in before if described_as(genders, gender, p)]
        before = fits if len(_surnames(fits)) == 1 else []
    if not before:
        return None
    span = head.doc.char_span(before[-1].start, before[-1].end, alignment_mode="expand")
    if span is not None and several(span):
        return None
    return replace(before[-1], phrase=phrase, resolved=True, count=None)


def imposed_custody(verb: Token, ctx: EsContext) -> bool:
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


def sole_topic(head: Token, ctx: EsContext) -> Participant | None:
    """The one person the custody story so far is about, when it is about one only (every
    custody topic named before `head` is a person of one surname: "Alexéi Navalni" and
    "Navalni"); none when it is about two or more, or about no one yet."""
    before = [p for p in ctx.custody_topic if p.end <= head.idx and p.label == "PERSON"]
    surnames = {p.text.split()[-1].lower() for p in before if p.text.split()}
    if len(surnames) != 1:
        return None
    return replace(before[-1], phrase=None, resolved=True, count=None)


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
    if subject is not None and described_subject(doc, subject.end, offset, ctx):
        return None  # "Zapatero medió... El militar fue detenido... Estuvo recluido": not Zapatero
    if (
        subject is None
        and nearest is not None
        and _in_relative_clause(doc, nearest)
        and described_subject(doc, floor, offset, ctx)
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
        if described_subject(doc, floor, offset, ctx):
            # "La exmandataria ... fue detenida. ... La Fiscalía la acusó": the description
            # within reach holds the topic, not a name told before it
            return None
        far = sents[max(s_no - FALLBACK_REACH + 1, 0)]
        _, nearest = latest_person(
            doc, mentions, starts, offset, far, _is_subject, exclude, singular, clashes
        )
    return subject or nearest


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
            return None if described_subject(doc, m.end, offset, ctx) else m
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


def relative_head(token: Token) -> Token:
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
            last = _last_conjunct(head, token, tok)
            if last is not None:
                return last  # "entre policías y campesinos que intentaban bloquear": peasants
            if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN":
                return head.head  # "Mahsa Amini, una joven kurda ... que murió": the name
            # "el expresidente ... José Luis Rodríguez Zapatero, quien": the named apposition
            return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), head)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return token


def _last_conjunct(noun: Token, pronoun: Token, verb: Token) -> Token | None:
    """The parser hangs a relative clause right after "X y Y" on X; the pronoun stands for Y
    alone where X and Y are the two sides of a two-way act ("un enfrentamiento entre
    policías y campesinos que intentaban bloquear la ruta": the peasants try, not the
    police) or where the clause's verb agrees in number with Y and not X ("el ejército y los
    campesinos que bloqueaban"). No comma between: "los estudiantes y los obreros, que
    marcharon" is said of both."""
    last = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else pronoun
    if last.dep_ != "conj" or last.pos_ not in ("NOUN", "PROPN"):
        return None
    first = last.head
    # (the parser may hang the clause on the first side, or on the act noun whose "entre"
    # phrase holds the sides: "un enfrentamiento entre X y Y que ...")
    if first.i != noun.i and first.head.i != noun.i:
        return None
    if case_of(first) == "entre":
        return last
    finite = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    wanted = next((n for t in [*finite, verb] for n in feats(t, "Number")), None)
    if wanted is None or wanted in feats(first, "Number") or wanted not in feats(last, "Number"):
        return None
    return last


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


def shared_object(clitic: Token, ctx: EsContext) -> Mention | None:
    """ "declaró persona non grata a Monroy y le dio 72 horas": the clitic object of a
    coordinated verb is the person the first verb took as its personal object."""
    verb = clitic.head
    if clitic.lower_ not in CLITICS or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    for obj in verb.head.children:
        if obj.dep_ in ("obj", "iobj") and case_of(obj) == "a" and obj.i < clitic.i:
            end = obj.right_edge.idx + len(obj.right_edge)
            people = [m for m in mentions_in(obj.left_edge.idx, end, ctx) if m.label == "PERSON"]
            if len(people) == 1:  # one person ("a X y a Y" is no one a clitic stands for)
                return people[0]
    return None


def shared_object_noun(clitic: Token) -> Token | None:
    """ "detuvo al ladrón y lo entregó a la policía", "capturaron a dos soldados y los
    entregaron": the accusative clitic of a coordinated verb stands for the personal object
    of the verb before it, a common noun of its gender and number (one named is a mention,
    shared_object's), when that verb took only one ("a X y a Y" is no one a "lo" stands
    for)."""
    verb = clitic.head
    if clitic.lower_ not in _ACCUSATIVE or clitic.dep_ != "obj":
        return None
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    found = [
        o
        for o in verb.head.children
        if o.dep_ == "obj" and case_of(o) == "a" and o.i < clitic.i and o.pos_ == "NOUN"
    ]
    if len(found) != 1 or any(c.dep_ == "conj" for c in found[0].children):
        return None
    noun = found[0]
    number = clitic.morph.get("Number", [])
    agrees = noun.morph.get("Number", []) == number and word_gender(noun) in (
        None,
        word_gender(clitic),
    )
    return noun if agrees else None


_ACCUSATIVE = frozenset({"lo", "la", "los", "las"})


def own_clause_subjects(pronoun: Token, ctx: EsContext) -> list[tuple[int, int]]:
    """Spans of the subject of the clause a clitic or "su" sits in, when that subject cannot
    be the pronoun: "X lo detuvo" (else "se"), "X negoció su liberación" (a mediator)."""
    verb = pronoun.head
    for _ in range(3):
        # (or a verb read as an adjective over the infinitive it asks: "le \"sugiriera\"")
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i or over_infinitive(verb):
            break
        verb = verb.head
    rule = ctx.rules.get(verb.i)
    if pronoun.lower_ not in CLITICS and (rule is None or rule.mode != "mediate"):
        return []
    spans = []
    for subj in subjects(verb):
        head = relative_head(subj) if subj.lower_ in RELATIVE_PRONOUNS else subj
        toks = [*phrase_tokens(head), *[t for c in head.children if c.dep_ == "appos"
                                        for t in phrase_tokens(c)]]  # fmt: skip
        spans += [(t.idx, t.idx + len(t)) for t in toks]
    return spans
