"""A demand told as an obligation in reported speech.

"The Opposition says Senator Hill must reveal which projects would be affected", "Hagel says
the administration should make the tapes public", "Labor says the Treasurer has to explain",
"The bishop says it is essential that the army withdraws": a speaker saying that another
party must, should, ought to, has to or needs to act asks that act of it, a REQUEST (CAMEO 100)
by the speaker to the party, whatever the act (revealing, explaining are no events). The act
itself is called for, not done (modality: `obligation_aux`, `obliged_verbs`,
`needed_predicates`).

The vocabulary's rule for this (`speaker_demands`) fires on the reporting verb; this module
says when the shape holds (`demanded_clauses`, read by the rule's condition in events_match)
and finds its parties (`spoken_demand_parties`). Not a demand:

- an epistemic modal or an expectation: "must have been mistaken" (a perfect), "the economy
  should grow" (a thing, no party, as subject), "Qantas should be profitable" (a copula or a
  verb of becoming or of outcome, `obligation_outcome_verbs`);
- the speaker's own duty: "we must act", "he says he has to go" (a pronoun subject, whom it
  stands for untold, or the speaker named again);
- a passive, "the decision must be reversed": who is asked is not told;
- "had to flee", told in the past: done, no obligation.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import make_context, names_party
from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from spacy.tokens import Token

    from chronicler.annotate.events_actors import Context
    from chronicler.annotate.events_vocab import Rule

# "has to", "have to", "need to" in the present (or with "will"): an obligation still ahead
_PRESENT_TAGS = frozenset({"VBZ", "VBP", "VB"})


def reported_clauses(verb: Token) -> Iterator[Token]:
    """The clauses `verb` reports: its "that"-clause, or the quotation it follows
    ("'The government must act,' the senator said": the parser hangs "said" on the quote's
    verb, or the quote's verb on "said")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ in ("ccomp", "parataxis") and verb.i > verb.head.i:
        clauses.append(verb.head)
    for clause in clauses:
        yield clause
        # ...and the clauses coordinated with it ("it's a draconian power and it's essential
        # that there be safeguards," he said)
        yield from (c for c in clause.conjuncts if c.pos_ in ("VERB", "AUX"))


def _obliged_act(clause: Token) -> Token | None:
    """The act a reported clause says its subject is obliged to do, or None: "X must V",
    "X should V", "X ought to V", "X has to V", "X needs to V" ("had to V" told done)."""
    cues = load_vocab().modality
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    if any(lemma(a) == "have" for a in auxes):
        return None  # "must have been mistaken": a perfect, epistemic
    if clause.pos_ == "VERB" and any(lemma(a) in cues.obligation_aux for a in auxes):
        return clause
    # "X ought to V" (the parser heads the clause with "ought"), "X has to V", "X needs to V"
    # (not "will have to": "the Government will have to consider delays" tells what is to
    # come more than it asks it)
    heads_obligation = lemma(clause) == "ought" or (
        lemma(clause) in cues.obliged_verbs and clause.tag_ in _PRESENT_TAGS and not auxes
    )
    if not heads_obligation:
        return None
    return next(
        (
            c
            for c in clause.children
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(g.lower_ == "to" for g in c.children)
        ),
        None,
    )


def _needed_act(clause: Token) -> Token | None:
    """ "it is essential that the army withdraws": the act of the "that"-clause a copula's
    needed predicate (`needed_predicates`) with an expletive "it" calls for."""
    if lemma(clause) != "be" or not any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children
    ):
        return None
    needed = load_vocab().modality.needed_predicates
    if not any(c.dep_ == "acomp" and lemma(c) in needed for c in clause.children):
        return None
    return next(
        (c for c in clause.children if c.dep_ == "ccomp" and (c.pos_ == "VERB" or _existential(c))),
        None,
    )


def _existential(clause: Token) -> bool:
    """ "(it is essential) that there be important safeguards": something called for into
    being, asked of no party named (read only under a needed predicate, never under "must":
    "there must be a reason" guesses)."""
    return lemma(clause) == "be" and any(c.dep_ == "expl" for c in clause.children)


def demanded_acts(verb: Token) -> list[Token]:
    """The acts a reporting verb says another is obliged to do, each with a subject of its
    own in the active voice and no verb of outcome (`obligation_outcome_verbs`)."""
    outcomes = load_vocab().words("obligation_outcome_verbs")
    acts = []
    for clause in reported_clauses(verb):
        act = _obliged_act(clause) or _needed_act(clause)
        if act is not None and _existential(act):
            acts.append(act)  # "it is essential that there be safeguards"
            continue
        if act is None or lemma(act) in outcomes:
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in act.children):
            continue  # "the decision must be reversed": who is asked is not told
        subject = _subject(act)
        if subject is not None and party_like(subject):
            acts.append(act)
    return acts


_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@cache
def _bare_context() -> Context:
    """A context with the vocabulary and no mentions: what a rule's condition may ask of a
    word before the article's mentions are at hand."""
    return make_context([], load_vocab(), {})


def party_like(tok: Token) -> bool:
    """A word that may name a party, read from the word alone (the rule's condition, so a
    word that names none, "the war must end", claims no trigger): a name the tagger found, a
    role or actor word, a person noun; never a pronoun."""
    if tok.pos_ == "PRON":
        return False
    ctx = _bare_context()
    return tok.ent_type_ in _NAMED or names_party(tok, ctx)


def _subject(act: Token) -> Token | None:
    """The subject of the obliged act: its own, or that of the "ought"/"have"/"need" its
    infinitive completes."""
    own = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if own is None and act.dep_ == "xcomp":
        own = next((c for c in act.head.children if c.dep_ == "nsubj"), None)
    return own


def _own_government(subject: Token, speakers: Sequence[Token], ctx: Context) -> bool:
    """A bare "the Government" or "the administration" obliged by a speaker holding a
    government office (a minister, a president): the speaker's own government, its duty told,
    no demand on another ("the Israeli government must" told by a US minister stays)."""
    government = ctx.vocab.role_words({"government"})
    if lemma(subject) not in government or any(
        c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("NORP", "GPE")
        for c in subject.children
    ):
        return False
    return any(lemma(t) in government for s in speakers for t in s.subtree)


def spoken_demand_parties(verb: Token, ctx: Context) -> tuple[list[Token], list[Token]] | None:
    """(speakers, parties asked) of a demand the reporting verb `verb` tells as another's
    obligation, or None when it tells none: no speaker, or no act obliged of a party other
    than the speaker."""
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not speakers:
        return None
    asked = []
    acts = demanded_acts(verb)
    for act in acts:
        subject = _subject(act)
        if subject is None or subject.pos_ == "PRON":
            continue  # "we must act", "he has to go": the speaker's own duty, or untold
        if not names_party(subject, ctx):
            continue  # "the economy should grow": no party asked
        if any(subject.lower_ == s.lower_ for s in speakers):
            continue
        if _own_government(subject, speakers, ctx):
            continue  # "Defence Minister Robert Hill says the Government must ...": its own
        asked.append(subject)
    if not asked and any(_existential(a) for a in acts):
        return speakers, []  # "says it is essential that there be safeguards": no one named
    return (speakers, asked) if asked else None


def no_party_asked(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """A spoken demand rule on a reporting verb that asks no party anything ("says the
    economy should grow", "says we must act"): no event (a check of events_filters)."""
    if rule.speaker_demands and spoken_demand_parties(trigger, ctx) is None:
        return "no party told obliged to act"
    return None
