"""Event attributes read from the trigger's clause: location, charges, where someone is held,
who brokered a release."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from chronicler.annotate.doc_text import doc_text
from chronicler.annotate.events_actors import Context, is_agentive, mentions_in, people_noun
from chronicler.annotate.events_doer_words import is_passive
from chronicler.annotate.events_match import VERB_POS, to_infinitive
from chronicler.annotate.events_noun_governors import governing_verb
from chronicler.annotate.events_phrases import prep_objects, same_line
from chronicler.annotate.events_vocab import Rule, Vocab, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "inside", "into", "on", "across"})
_PLACE_LABELS = frozenset({"GPE", "FAC", "LOC"})
# Dependencies cut from a charge or place phrase.
_CUT = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "appos", "parataxis"})


def _span_text(tokens: Sequence[Token]) -> tuple[str, int, int]:
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and toks[0].pos_ in ("DET", "PUNCT", "CCONJ", "ADP"):
        toks = toks[1:]
    while toks and toks[-1].pos_ in ("PUNCT", "CCONJ"):
        toks = toks[:-1]
    if not toks:
        return "", 0, 0
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    return doc_text(toks[0].doc)[start:end], start, end


def phrase(head: Token, cut: frozenset[str] = _CUT) -> list[Token]:
    out: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in cut)
    return same_line(out, head)


def _anchors(trigger: Token) -> list[Token]:
    """The trigger and, for a noun, the verb it hangs from (their prepositions hold places)."""
    anchors = [trigger]
    if trigger.dep_ == "compound":
        anchors.append(trigger.head)
    verb, _ = governing_verb(trigger)
    if verb is not None:
        anchors.append(verb)
    return anchors


def _while_clauses(trigger: Token) -> list[Token]:
    """ "arrested while delivering a speech at a hotel": the simultaneous clause's verb."""
    return [
        c
        for c in trigger.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and lemma(m) in ("while", "as") for m in c.children)
    ]


def location(trigger: Token, ctx: Context, taken: Sequence[tuple[int, int]]) -> str | None:
    """Where it happened: a place phrase governed by the trigger ("at a military prison in
    Caracas"), else a GPE/FAC/LOC mention in the trigger's clause not used as a participant."""
    found = place(trigger, ctx, taken)
    return found[1] if found else None


def place(
    trigger: Token, ctx: Context, taken: Sequence[tuple[int, int]]
) -> tuple[Token, str] | None:
    """The event's place (see `location`): its head token and its text."""

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    rule = ctx.rules.get(trigger.i)
    preps = _LOCATION_PREPS
    if rule is not None and rule.mode in ctx.vocab.words("movement_modes"):
        preps = ctx.vocab.words("destination_preps") | _LOCATION_PREPS
    for anchor in _anchors(trigger) + _while_clauses(trigger):
        for pobj in prep_objects(anchor, preps):
            text, start, end = _span_text(phrase(pobj))
            if not text or not free(start, end) or _continues_source(pobj, ctx):
                continue
            # The preposition's object itself must be a place ("in Caracas", "at a prison"),
            # not a phrase that merely mentions one ("in a concession to the United States").
            own = mentions_in(pobj.idx, pobj.idx + len(pobj), ctx)
            # "in Valencia": a proper noun after a place preposition is a place, even when
            # the small NER model calls it a PERSON.
            proper = pobj.pos_ == "PROPN" and pobj.ent_type_ not in ("DATE", "TIME", "ORG")
            if (
                any(m.label in _PLACE_LABELS for m in own)
                or lemma(pobj) in ctx.vocab.words("places")
                or (proper and lemma(pobj.head) in ("in", "near", "outside", "inside"))
            ):
                return pobj, text
    if rule_object_place(trigger, ctx):
        obj = next(c for c in trigger.children if c.dep_ == "dobj")
        text = _span_text(phrase(obj))[0]
        return (obj, text) if text else None
    clause = trigger if trigger.pos_ in VERB_POS else (governing_verb(trigger)[0] or trigger)
    sub = sorted(clause.subtree, key=lambda t: t.i)
    if not sub:
        return None
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
    # "Governments across Latin America condemned the raid": a place in the subject's phrase
    # of the verb an act noun is under tells who speaks, not where the act happened
    described: set[int] = set()
    if clause.i != trigger.i:
        described = {t.i for s in clause.children if s.dep_ in _SUBJECTS for t in s.subtree}
    for m in mentions_in(start, end, ctx):
        if m.label in _PLACE_LABELS and free(m.start, m.end) and "\n" not in m.text:
            span = trigger.doc.char_span(m.start, m.end, alignment_mode="expand")
            if (
                span is not None
                and span.root.i not in described
                and span.root.dep_ == "pobj"
                and lemma(span.root.head) in (_LOCATION_PREPS)
                and not in_other_clause(span.root, clause, _background(ctx))
                and not _in_other_act(span.root, trigger, clause, ctx)
            ):
                return span.root, m.text
    return None


def _in_other_act(token: Token, trigger: Token, clause: Token, ctx: Context) -> bool:
    """The place is told in the phrase of another act noun in a description of a participant
    ("the arrest of X, indicted as the architect of the bombings of embassies in Kenya": Kenya
    is where the bombings were, not where X would be arrested, nor who arrests him). An act
    the clause itself names keeps its place for the event ("imposed a curfew to stop the
    riots in Kano")."""
    tok, other = token.head, False
    while tok.i != clause.i and tok.head.i != tok.i:
        if tok.i != trigger.i and tok.pos_ == "NOUN" and tok.i in ctx.rules:
            other = True
        if other and tok.dep_ in ("acl", "appos"):
            return True
        tok = tok.head
    return False


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _background(ctx: Context) -> frozenset[str]:
    return ctx.vocab.words("background_marks") - ctx.vocab.words("episode_marks")


# Clauses of their own under the event's: a relative clause describing a noun ("freed X in
# exchange for Y, who were serving sentences in the US"; not a reduced one: "hostages held in
# X" were freed there). (Not a reported clause: the small model often hangs the rest of a
# sentence on its verb as one, "shortened the curfew imposed in Sudan ... toppled".)
_OTHER_CLAUSES = frozenset({"relcl"})


def in_other_clause(token: Token, clause: Token, background: frozenset[str]) -> bool:
    """The token is inside a clause that tells another happening than `clause`'s: one of
    `_OTHER_CLAUSES`, or a background one opened by a `background` word ("days after a
    judge in Caracas ordered his arrest", "after the vote in Caracas"): a place there is that
    happening's, not the event's."""
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ in _OTHER_CLAUSES:
            return True
        if token.dep_ in ("prep", "mark") and lemma(token) in background:
            return True
        if token.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and lemma(c) in background for c in token.children
        ):
            return True
        token = token.head
    return False


def in_source_phrase(token: Token, sources: frozenset[str]) -> bool:
    """The place is inside a phrase of a `sources` preposition ("from the prison in X"), or
    continues one where the parser hung it elsewhere ("followed the hearing from the women's
    prison in the Miraflores neighborhood of X": the neighbourhood is the prison's): where
    someone watched from or came from, never a territory the event is aimed at."""
    return _under_source(token, sources) or (
        token.dep_ == "pobj"
        and token.head.i > 0
        and _under_source(token.doc[token.head.i - 1], sources)
    )


def _continues_source(pobj: Token, ctx: Context) -> bool:
    """A place phrase the parser hung on the event that continues a source phrase before it
    ("from the women's prison in the Miraflores neighborhood"): the source's place."""
    prep = pobj.head
    return prep.i > 0 and _under_source(pobj.doc[prep.i - 1], ctx.vocab.words("source_preps"))


def _under_source(token: Token, sources: frozenset[str]) -> bool:
    """A nominal reached from a `sources` preposition through noun phrases and their
    prepositions, not through a clause."""
    while token.head.i != token.i and token.pos_ in ("NOUN", "PROPN", "ADP", "DET", "ADJ"):
        if token.dep_ == "pobj" and lemma(token.head) in sources:
            return True
        if token.dep_ not in ("pobj", "prep", "compound", "poss", "amod", "det", "nmod"):
            return False
        token = token.head
    return False


def rule_object_place(trigger: Token, ctx: Context) -> bool:
    rule = ctx.rules.get(trigger.i)
    if rule is None or not rule.object_place or rule.departure:
        return False  # a departure's object is where it left, not where it went
    return any(c.dep_ == "dobj" for c in trigger.children)


def _charge_values(pobj: Token, ctx: Context) -> list[str]:
    generic = ctx.vocab.words("charge_generic")
    # every coordinated item, not only the first's own conjunct: the parser chains a list,
    # "terrorism, treason and conspiracy" (conspiracy hangs on treason)
    heads = [pobj, *pobj.conjuncts]
    if lemma(pobj) in generic:
        inner = prep_objects(pobj, frozenset({"including", "of", "include"}))
        inner += [
            p
            for c in pobj.children
            if c.dep_ == "prep" and lemma(c) == "include"
            for p in c.children
            if p.dep_ in ("pobj", "dobj")
        ]
        if inner:
            heads = []
            for h in inner:
                heads += [h, *h.conjuncts]
        else:  # "the instigation charge", "treason charges"
            mods = [c for c in pobj.children if c.dep_ in ("compound", "amod", "nmod")]
            mods = [m for m in mods if lemma(m) not in ("multiple", "several", "new", "other")]
            if not mods:
                return []
            named = [m for m in mods if any(t.pos_ in ("NOUN", "PROPN") for t in m.subtree)]
            # a bare adjective says what kind, not what offence: the charge is the whole
            # phrase, "minor offences", never "minor"
            tokens = [t for m in named for t in m.subtree] or [
                *(t for m in mods for t in m.subtree),
                pobj,
            ]
            text, _, _ = _span_text(tokens)
            return [text] if text else []
    values: list[str] = []
    for head in heads:
        text, _, _ = _span_text(phrase(head) + _aim_of_offence(head))
        if text and text not in values:
            values.append(text)
    return values


def _aim_of_offence(head: Token) -> list[Token]:
    """The infinitive clause an offence noun takes says what it was for, part of the charge:
    "a purported plot to assassinate Maduro", "conspiracy to commit murder" (not only "plot",
    "conspiracy")."""
    return [t for c in head.children if c.dep_ == "acl" and to_infinitive(c) for t in c.subtree]


_CHARGED_MODES = frozenset({"arrest", "imprison", "charge", "convict", "deport"})


_SUSPECTED = frozenset({"alleged", "suspected", "purported", "supposed"})


def offence_like(head: Token, ctx: Context) -> bool:
    """A reason's head names an offence: a word of `offence_heads` or `charge_generic`, an
    act ("for insulting the president"), or anything alleged ("over alleged links to X")."""
    words = ctx.vocab.words("offence_heads") | ctx.vocab.words("charge_generic")
    if lemma(head) in words or head.tag_ == "VBG" or head.pos_ == "VERB":
        return True
    return any(c.dep_ == "amod" and lemma(c) in _SUSPECTED for c in head.children)


class Charges(NamedTuple):
    """What a charging or accusing act names: the offences' texts, and the doers of the
    offences its phrases name ("complained of abuse by fellow employees": the employees)."""

    texts: list[str]
    doers: list[Token]


def charges(trigger: Token, rule: Rule, ctx: Context) -> Charges:
    heads = _charge_heads(trigger, rule, ctx)
    out: list[str] = []
    for pobj in heads:
        for value in _charge_values(pobj, ctx):
            if value not in out:
                out.append(value)
    if out:  # "charged X with espionage and inciting a mutiny": the gerund is a charge too
        for child in trigger.children:
            if child.dep_ == "conj" and child.tag_ == "VBG":
                text, _, _ = _span_text(phrase(child))
                if text and text not in out:
                    out.append(text)
    return Charges(out, _offence_doers(heads, ctx) if out else [])


def _offence_doers(heads: list[Token], ctx: Context) -> list[Token]:
    """The doers an offence's phrase names in its "by" phrase ("abuse by fellow employees",
    "charges of torture by the guards"): the objects of a "by" in the charge's phrase, or of
    one the parser hangs on the active verb right after it ("complained of harassment by
    police officers"), a person or a body (roles 1.74.0)."""
    bys = [t for head in heads for t in phrase(head) if t.dep_ == "prep" and lemma(t) == "by"]
    for head in heads:
        verb = head.head.head if head.head.dep_ == "prep" else None
        if verb is None or verb.pos_ not in VERB_POS or is_passive(verb, agent=True):
            continue
        bys += [
            c
            for c in verb.children
            if c.dep_ == "prep" and lemma(c) == "by" and c.i == head.right_edge.i + 1
        ]
    doers = [d for t in bys for g in t.children if g.dep_ == "pobj" for d in (g, *g.conjuncts)]
    return [d for d in doers if is_agentive(d, ctx) or people_noun(d, ctx)]


def _charge_heads(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The heads of the phrases of a charging or accusing act that name what is charged."""
    if rule.mode not in _CHARGED_MODES and rule.type != "ACCUSE":
        return []
    if rule.feeler_acts:  # "disappointed with the verdict": what it is at, no charge (1.430.1)
        return []
    allowed = ctx.vocab.words("charge_preps")
    if rule.type != "ACCUSE" and rule.mode not in ("convict", "charge"):
        allowed = ctx.vocab.words("arrest_charge_preps")
    reasons = ctx.vocab.words("reason_charge_preps")
    custody = ctx.vocab.words("custody_modes")
    anchors = _anchors(trigger)[:2]
    if rule.mode == "convict":  # "found them guilty of torture": the offence hangs on "guilty"
        guilt = ctx.vocab.words("guilty_words")
        anchors += [c for c in trigger.children if c.pos_ == "ADJ" and lemma(c) in guilt]
    out: list[Token] = []
    for anchor in anchors:
        for child in anchor.children:
            # (the parser may label a passive's "over" an agent: "jailed over a plot")
            preposition = child.dep_ == "prep" or (child.dep_ == "agent" and lemma(child) != "by")
            if not preposition or lemma(child) not in allowed:
                continue
            for pobj in child.children:
                if pobj.dep_ not in ("pobj", "pcomp"):
                    continue
                if lemma(child) == "on" and lemma(pobj) not in ctx.vocab.words("charge_generic"):
                    continue
                if lemma(child) == "for" and pobj.like_num:
                    continue
                # "clashed with the governor" (1.165.0), "the trial of an Albany teen"
                # (events-roles 1.16.0, a custody act's "of" only: "the accusations of the
                # opposition" are by it): a party, no charge
                party_preps = {"with", "of"} if rule.mode in custody else {"with"}
                if rule.type == "ACCUSE" and rule.mode != "allege" and trigger.pos_ == "NOUN":
                    # "criticism of teachers", "an investigation of the officers": whom it
                    # is aimed at, no charge ("the accusations of the opposition" are by it)
                    party_preps = {"with", "of"}
                if lemma(child) in party_preps and (
                    is_agentive(pobj, ctx) or people_noun(pobj, ctx)
                ):
                    continue
                if pobj.ent_type_ in ("DATE", "TIME", "CARDINAL"):
                    continue
                if lemma(child) in reasons and not offence_like(pobj, ctx):
                    continue  # "ordered his arrest over his challenge to the result"
                out.append(pobj)
    return out


def theft_scenes(
    rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> list[Token]:
    """Targets of a theft that name no one, the place it happened ("Thieves targeted the
    film festival", "looted the museum"): of a seizure thieves do (`thief_nouns`), a target
    that is no person or body and whose phrase names no owner ("the Smith family's home", "a
    store owned by Ahmed Khan": the owner stays). Version 1.278.0."""
    thieves = ctx.vocab.words("thief_nouns")
    theft = rule.id in ctx.vocab.words("theft_rules")  # "Gunmen robbed a bank" (1.300.0)
    if rule.mode != "seize" or not (theft or any(lemma(a) in thieves for a in actors)):
        return []
    return [
        t
        for t in targets
        if t.pos_ == "NOUN"
        and not is_agentive(t, ctx)
        and not people_noun(t, ctx)
        and not any(
            w.i != t.i and (w.dep_ == "poss" or is_agentive(w, ctx) or people_noun(w, ctx))
            for w in t.subtree
        )
    ]


def scene_of(head: Token) -> tuple[Token, str] | None:
    """A place (head and text) read off a noun's phrase."""
    text = _span_text(phrase(head))[0]
    return (head, text) if text else None


def held_at(trigger: Token, rule: Rule, ctx: Context) -> list[str]:
    if rule.mode not in ctx.vocab.words("custody_modes"):
        return []
    preps = ctx.vocab.words("release_preps" if rule.mode == "release" else "held_preps")
    out: list[str] = []
    for anchor in _anchors(trigger)[:2]:
        for pobj in prep_objects(anchor, preps):
            if pobj.i == trigger.i:
                continue  # "freed in a prisoner exchange at X airport": the act, not a place
            text, start, end = _span_text(phrase(pobj))
            facs = [m for m in mentions_in(start, end, ctx) if m.label == "FAC"]
            # ("locked up in La Roca, a maximum-security prison": a name its apposition
            # tells is a place of custody)
            named = any(
                c.dep_ == "appos" and lemma(c) in ctx.vocab.words("places") for c in pobj.children
            )
            place = lemma(pobj) in ctx.vocab.words("places") or facs or named
            if rule.mode in ctx.vocab.words("scene_modes") and _dwelling(pobj, ctx.vocab):
                continue  # "arrested him at his home": where the arrest was, not custody
            if text and place and text not in out:
                out.append(text)
    where = where_antecedent(trigger, ctx)
    if not out and where:
        out.append(where)
    return out


def _dwelling(place: Token, vocab: Vocab) -> bool:
    return lemma(place) in vocab.words("dwelling_places")


# What a noun phrase is made of, back from a relative clause to the verb before it.
_PHRASE_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "ADP", "PART", "NUM", "PUNCT"})


def where_antecedent(trigger: Token, ctx: Context) -> str | None:
    """The place a relative clause opened by a place relative (`place_relatives`: "where")
    is about: the noun phrase right before it, from its first place noun (`places`) on ("the
    women's prison in the Miraflores neighborhood of La Paz, where she has been held"). The
    small parser may hang the clause on an earlier noun ("followed the hearing ..."), but in
    news prose such a clause follows the phrase it tells of."""
    opener = next(
        (
            c
            for c in trigger.children
            if c.dep_ == "advmod" and lemma(c) in ctx.vocab.words("place_relatives")
        ),
        None,
    )
    if opener is None or trigger.dep_ != "relcl" or opener.i > trigger.i:
        return None
    doc = trigger.doc
    end = opener.i - 1
    while end >= trigger.sent.start and doc[end].is_punct:
        end -= 1
    first = end
    while first - 1 >= trigger.sent.start and doc[first - 1].pos_ in _PHRASE_POS:
        first -= 1
    places = ctx.vocab.words("places")
    noun = next((t for t in doc[first : end + 1] if lemma(t) in places and t.pos_ == "NOUN"), None)
    if noun is None:
        return None
    start = max(noun.left_edge.i, first)
    return _span_text(list(doc[start : end + 1]))[0] or None


def brokered(trigger: Token, rule: Rule, ctx: Context) -> str | None:
    """For a mediation event: what it brokered ("release"), if its clause names it."""
    if rule.mode != "mediate":
        return None
    words = ctx.vocab.words("broker_objects")
    scope = trigger.subtree if trigger.pos_ in VERB_POS else trigger.head.subtree
    for tok in scope:
        if lemma(tok) in words:
            return lemma(tok)
    return None


# A bare year on a sentence noun ("a 2014 suspended sentence") says when, not how long.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def term(trigger: Token, rule: Rule) -> str | None:
    """A sentence's length: "a 14-year sentence", "sentenced to five years"."""
    if rule.mode != "convict":
        return None
    for child in trigger.children:
        # (an ordinal, "a second eight-year sentence", counts sentences, not years: JJ)
        if child.dep_ in ("compound", "amod", "nummod") and any(
            t.like_num and t.tag_ != "JJ" for t in child.subtree
        ):
            if _YEAR.fullmatch(child.text):
                continue  # "a 2014 suspended sentence": when it was imposed, not how long
            return _span_text(list(child.subtree))[0]
        if child.dep_ == "prep" and lemma(child) == "to":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _span_text(phrase(pobj) + _length_parts(pobj))[0]
    return None


def _length_parts(noun: Token) -> list[Token]:
    """The later parts of a length told in parts, which `phrase` cuts as a list: "13 years
    and 9 months in prison" (a coordinated noun with its own count)."""
    out: list[Token] = []
    for part in noun.children:
        if part.dep_ == "conj" and any(c.dep_ == "nummod" for c in part.children):
            out += [c for c in noun.children if c.dep_ == "cc" and c.i < part.i]
            out += phrase(part)
    return out
