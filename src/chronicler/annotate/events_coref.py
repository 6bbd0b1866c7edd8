"""Who "he" / "his" is when a custody event happens to him.

The general resolver (events_pronouns.resolve_pronouns) picks a nearby PERSON, which goes wrong
when the sentence names someone else around the pronoun: in "Former President X, who
negotiated his release, said he had been freed", X is the mediator, not the freed man. A
pronoun that undergoes a custody event (arrested, held, released...) or owns a custody word
("his freedom") instead takes the discourse's custody topic: the latest PERSON named as
undergoing a custody event in the preceding sentences, else the article's most-mentioned
PERSON; never a person whose own phrase (relative clause, apposition) holds the pronoun.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_args import argument_heads
from chronicler.annotate.events_participants import participant
from chronicler.annotate.events_person_names import person_key
from chronicler.annotate.events_phrases import expand
from chronicler.annotate.events_pronouns import (
    coordinated,
    gender_clash,
    governing_subject,
    pronoun_gender,
    pronoun_genders,
    several,
)
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_vocab import lemma
from chronicler.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers"})
_RELATIVE = frozenset({"who", "whom", "that", "which"})
# How many sentences back a custody topic stays current.
TOPIC_REACH = 8


def _custody_pronoun(tok: Token, topic_nouns: frozenset[str]) -> bool:
    """ "for his freedom", "during her detention": the pronoun owns a custody word."""
    return tok.dep_ == "poss" and lemma(tok.head) in topic_nouns


def _inside_phrase_of(mention_root: Token, pronoun: Token) -> bool:
    """The pronoun sits in the mention's own relative clause or apposition ("X, who
    negotiated his release"): X is then someone acting about him, not him."""
    tok = pronoun
    for _ in range(12):
        if tok.head.i == tok.i:
            return False
        if tok.head.i == mention_root.i:
            return tok.dep_ in ("relcl", "appos", "acl")
        tok = tok.head
    return False


def refine_custody_pronouns(doc: Doc, ctx: Context) -> Context:
    """ctx with the pronouns that undergo custody events re-resolved to the custody topic.
    Pronouns are resolved in text order, and each one resolved joins the history: "he was
    hauled away ... he was charged ... he spent five years in prison" stay one person even
    when no sentence in between names him."""
    custody_modes = ctx.vocab.words("custody_modes")
    topic_nouns = ctx.vocab.words("custody_topic_nouns")
    sents = [s.start_char for s in doc.sents]
    known = {person_key(m.text) for m in ctx.mentions if m.label == "PERSON"}
    named: list[tuple[int, Mention]] = []  # (offset, PERSON named as undergoing custody)
    pronouns: set[int] = set()
    for i, rule in sorted(ctx.rules.items()):
        if rule.mode not in custody_modes:
            continue
        _, targets = argument_heads(doc[i], rule, ctx)
        for head in expand(targets):
            if head.pos_ == "PRON" and lemma(head) not in _RELATIVE:  # "who was held": named
                if lemma(head) in _PERSONAL:
                    pronouns.add(head.i)
                continue
            p, eff = participant(head, ctx, 0)
            # an untagged name that ends a PERSON's name ("Rodríguez Torres, who was held")
            alias = p.label is None and eff.pos_ == "PROPN" and person_key(p.text) in known
            if coordinated(head):  # "arrested X and Y": neither is a later "he"
                continue
            if p.label == "PERSON" or alias:
                named.append((head.idx, Mention(p.start, p.end, p.text, "PERSON", 0)))
    pronouns |= {t.i for t in doc if t.lower_ in _PERSONAL and _custody_pronoun(t, topic_nouns)}
    if not pronouns:
        return ctx
    people = [m for m in ctx.mentions if m.label == "PERSON"]
    counts = Counter(person_key(m.text) for m in people)
    resolved = dict(ctx.pronouns)
    genders = pronoun_genders(doc, ctx.pronouns, ctx.mentions)
    history = sorted(named, key=lambda h: h[0])
    for i in sorted(pronouns):
        tok = doc[i]
        if _continues_subject(tok, ctx.pronouns.get(i)):
            continue  # "X has been on the run since ... He also is charged ...": X
        general = ctx.pronouns.get(i)
        if general is not None and general == governing_subject(
            doc, ctx.mentions, ctx.mention_starts, tok
        ):
            # "Gotti was the boss until his own imprisonment forced him to ...": the person
            # the clause it is in hangs on is told of, whoever the custody topic was
            # (vocabulary 1.322.0)
            continue
        # a topic the article's pronouns call the other way is not this one ("Áñez ... her
        # arrest ... Mexico, which granted him asylum"): the general resolver's answer stands
        clashes = partial(gender_clash, genders, pronoun_gender(tok))
        s_no = bisect.bisect_right(sents, tok.idx) - 1
        floor = sents[max(s_no - TOPIC_REACH, 0)]
        offsets = [h[0] for h in history]
        recent = history[bisect.bisect_left(offsets, floor) : bisect.bisect_left(offsets, tok.idx)]
        chosen = _topic(doc, [h for h in recent if not clashes(h[1])], tok)
        if chosen is None:
            chosen = _most_mentioned(doc, people, counts, tok)
        if chosen is None and not any(m.end <= tok.idx for m in people):
            # "...five years after he was arrested" in a lead that names no one yet: the
            # first person the article then shows in custody
            chosen = next((m for o, m in history if o > tok.idx and not clashes(m)), None)
        if chosen is not None and clashes(chosen):
            chosen = None
        if chosen is not None:
            resolved[i] = chosen
            bisect.insort(history, (tok.idx, chosen), key=lambda h: h[0])
    return replace(ctx, pronouns=resolved)


def _continues_subject(pronoun: Token, general: Mention | None) -> bool:
    """The pronoun opens its sentence as its main clause's subject, and the general
    resolver's answer is the person named as the subject of the sentence right before (not
    a speaker's "X said", but the subject of the clause X reports): the pronoun goes on with
    that person, whoever the custody topic was ("Eric Rudolph has been on the run since the
    bombing. He also is charged in three attacks": Rudolph, not the suspect the article is
    about; version 1.20.0)."""
    if general is None or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if pronoun.head.i != pronoun.sent.root.i or pronoun.i != pronoun.sent.start:
        return False
    if pronoun.sent.start == 0:
        return False
    before = pronoun.doc[pronoun.sent.start - 1].sent
    clauses = [before.root]
    if before.root.lemma_.lower() in REPORTING_VERBS:
        # "Kane had worked as a guard, officers said. He ...": the reported clause's subject
        # goes on, never the speaker (roles 1.82.5)
        clauses = [c for c in before.root.children if c.dep_ == "ccomp"]
    subjects = [c for r in clauses for c in r.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(general.start <= s.idx < general.end and not coordinated(s) for s in subjects)


def _topic(doc: Doc, recent: list[tuple[int, Mention]], pronoun: Token) -> Mention | None:
    """The person most often undergoing the recent custody events; the latest on a tie. A
    count, not just the latest, so one misparsed argument does not take the topic over."""
    eligible = [m for _, m in recent if not _excluded(doc, m, pronoun)]
    if not eligible:
        return None
    counts = Counter(person_key(m.text) for m in eligible)
    best = max(counts.values())
    return next(m for m in reversed(eligible) if counts[person_key(m.text)] == best)


def _several(doc: Doc, mention: Mention) -> bool:
    """The mention is one of a coordination of names ("Anna Dalton and Mary Dalton")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and several(span)


def _excluded(doc: Doc, mention: Mention, pronoun: Token) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and _inside_phrase_of(span.root, pronoun)


def _most_mentioned(
    doc: Doc, people: list[Mention], counts: Counter[tuple[str, ...]], pronoun: Token
) -> Mention | None:
    """The article's most-mentioned PERSON (named at least twice, no tie), at its latest
    mention before the pronoun; None when there is no clear one."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    key = ranked[0][0]
    named = [m for m in people if person_key(m.text) == key]
    # one of several named together is no he/she: kin listed under the surname ("Frank
    # Dalton ... their daughters, Anna Dalton and Mary Dalton. In 1985, he was indicted":
    # Frank; roles 1.118.0)
    before = [m for m in named if m.end <= pronoun.idx and not _several(doc, m)]
    if not before:
        return None
    if _excluded(doc, before[-1], pronoun):
        return None
    return before[-1]
