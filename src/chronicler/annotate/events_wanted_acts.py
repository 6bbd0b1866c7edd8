"""A demand told as what one party wants another to do.

"The Opposition wants the Government to release the documents", "the United States wants to
see Mugabe removed from power", "We would like to see a proper investigation", "Sharon said he
was waiting for action from the Palestinian leader": a party wanting an act of another, or
waiting for it, asks it of that party, a REQUEST (CAMEO 100) by the one who wants it; the act
itself is wanted, not done (modality). Read by the vocabulary's rule `wanted-act-demand`
(`wanted_of_other`): its condition (`wanted_act`, events_match) and its parties
(`wanted_parties`, events_args).

Not a demand: what one wants to do oneself ("the minister wants to go home": an infinitive with
no subject of its own), an outcome or a state ("wants the public to know", "wants the team to
win": `obligation_outcome_verbs`), a thing wanted ("wants a new car").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import names_party
from chronicler.annotate.events_spoken_demands import party_like
from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from spacy.tokens import Token

    from chronicler.annotate.events_actors import Context
    from chronicler.annotate.events_vocab import Rule

# the verbs of seeing through which one wants an act done ("wants to see him removed")
_SEEING = frozenset({"see"})
# the prepositions of what one waits for and from whom ("waiting for action from X")
_AWAITED = frozenset({"for"})
_FROM = frozenset({"from"})


def _to_infinitives(verb: Token) -> Iterator[Token]:
    """The verb's clauses in a "to" infinitive ("wants X to release", "wants X to be set up")."""
    for c in verb.children:
        if (
            c.dep_ in ("ccomp", "xcomp")
            and c.pos_ == "VERB"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ):
            yield c


def _infinitive_clause(verb: Token) -> Token | None:
    """ "wants the Government to release": the clause with a subject of its own and "to"."""
    return next(
        (c for c in _to_infinitives(verb) if any(g.dep_ == "nsubj" for g in c.children)), None
    )


def _wanted_done_noun(verb: Token) -> Token | None:
    """ "Labor wants a parliamentary inquiry to be set up", "wants talks to be held": an act
    noun wanted done, told as the subject of a passive infinitive, as "wants to see an
    inquiry" tells it (no party named it is asked of)."""
    nouns = _act_nouns()
    for c in _to_infinitives(verb):
        if any(g.dep_ == "auxpass" for g in c.children):
            subject = next((g for g in c.children if g.dep_ == "nsubjpass"), None)
            if subject is not None and subject.pos_ == "NOUN" and lemma(subject) in nouns:
                return subject
    return None


def _seen_clause(verb: Token) -> tuple[Token | None, Token | None]:
    """ "wants to see Mugabe removed", "would like to see a proper investigation": (the one
    the act is wanted of or done to, the act noun wanted), either None."""
    see = next(
        (c for c in verb.children if c.dep_ == "xcomp" and lemma(c) in _SEEING),
        None,
    )
    if see is None:
        return None, None
    for c in see.children:
        if c.dep_ == "ccomp" and c.tag_ == "VBN":  # "to see Mugabe removed"
            subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject, None
        if c.dep_ == "dobj" and c.pos_ == "NOUN":  # "to see a proper investigation"
            return None, c
    return None, None


def _awaited_from(verb: Token) -> Token | None:
    """ "waiting for action from the Palestinian leader": whom the act awaited comes from."""
    for prep in verb.children:
        if prep.dep_ != "prep" or lemma(prep) not in _AWAITED:
            continue
        # (and its conjuncts: "waiting for action and not empty promises from X", also a
        # noun the parser hangs on the verb as its conjunct)
        awaited_nouns = [t for o in prep.children for t in (o, *o.conjuncts)]
        awaited_nouns += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        for awaited in awaited_nouns:
            for p in awaited.children:
                if p.dep_ == "prep" and lemma(p) in _FROM:
                    return next((o for o in p.children if o.dep_ == "pobj"), None)
    return None


def wanted_act(verb: Token) -> bool:
    """The shape holds: an act wanted of another or an act noun wanted seen done."""
    vocab = load_vocab()
    if lemma(verb) == "wait":
        return _awaited_from(verb) is not None
    clause = _infinitive_clause(verb)
    if clause is not None:
        asked = next(c for c in clause.children if c.dep_ == "nsubj")
        return party_like(asked) and lemma(clause) not in vocab.words("obligation_outcome_verbs")
    if _wanted_done_noun(verb) is not None:
        return True
    subject, noun = _seen_clause(verb)
    if subject is not None:
        return party_like(subject)
    return noun is not None and noun.i in _trigger_nouns(verb)


@cache
def _act_nouns() -> frozenset[str]:
    """The act nouns the vocabulary's rules list ("investigation", "inquiry")."""
    return frozenset(w for r in load_vocab().rules if r.type != "NONE" for w in r.nouns)


def _trigger_nouns(verb: Token) -> frozenset[int]:
    """Token indices of act nouns under `verb`."""
    nouns = _act_nouns()
    return frozenset(t.i for t in verb.subtree if t.pos_ == "NOUN" and lemma(t) in nouns)


def wanted_parties(verb: Token, ctx: Context) -> tuple[list[Token], list[Token]] | None:
    """(those who want, those the act is wanted of) of `verb`, or None when it tells no
    act wanted of a party, nor an act noun wanted seen done."""
    wanters = [c for c in verb.children if c.dep_ == "nsubj"]
    if not wanters:
        return None
    if lemma(verb) == "wait":
        source = _awaited_from(verb)
        return (wanters, [source]) if source is not None and names_party(source, ctx) else None
    clause = _infinitive_clause(verb)
    if clause is not None:
        asked = next(c for c in clause.children if c.dep_ == "nsubj")
        if asked.pos_ == "PRON" or not names_party(asked, ctx):
            return None  # "wants it to stop", "wants him to go": untold or no party
        return wanters, [asked]
    if _wanted_done_noun(verb) is not None:
        return wanters, []  # "wants an inquiry to be set up": asked of no one named
    subject, noun = _seen_clause(verb)
    if subject is not None:
        return (wanters, [subject]) if names_party(subject, ctx) else None
    return (wanters, []) if noun is not None else None


def wanted_of_no_party(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """The wanting rule on a verb that wants nothing of a party: no event (events_filters)."""
    if rule.wanted_of_other and wanted_parties(trigger, ctx) is None:
        return "no act wanted of a party"
    return None


def for_clause_asked(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """ "There were calls for the minister to resign", "renewed calls for the army to
    withdraw": the subject of the for-to clause on a noun of asking (or on the copula it is
    the predicate of) is the one asked, the request's target (events_args)."""
    if rule.type != "REQUEST" or trigger.pos_ != "NOUN":
        return []
    holders = [trigger]
    if trigger.dep_ == "attr":
        holders.append(trigger.head)
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ not in ("advcl", "acl") or clause.i < trigger.i:
                continue
            if not any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
                continue
            asked = [c for c in clause.children if c.dep_ == "nsubj" and names_party(c, ctx)]
            if asked:
                return asked
    return []
