"""An allegation told in reported speech as what a party is or does, no act of its own.

"Police say the gang is responsible for a string of bombings", "a man they say is
responsible for many attacks", "'The group is a state sponsor of terrorism,' he said",
"Officials say the militia has links to al-Qaeda", "told the paper that the group is
harbouring al-Qaida members", "responding to claims he failed to act on abuse": a speaker
laying a wrong at a party's door accuses it, ACCUSE allege (CAMEO 112), by the speaker, of the
party, whether or not the wrong is an event the vocabulary codes (being responsible, a sponsor
or a haven is none). The shapes of the wrong, each a class of words in the vocabulary:

- answering for harm: an adjective of answering (`answerable_adjectives`: responsible,
  accountable...) for an act of harm (`answered_harm_nouns`), "behind" one (`behind_preps`),
  involved or implicated in one (`implicated_words`), or guilt (`guilt_adjectives`);
- a label of terror as the predicate: a noun that a word of terror names or is one
  (`terror_words`: "a terrorist group", "a sponsor of terrorism", "a front for terrorists";
  not a record told, "says Reid is a petty criminal who converted in jail");
- ties to terror: "has links to", "ties with" (`terror_tie_nouns`) a phrase holding a word of
  terror;
- harbouring: a verb of sheltering (`harbouring_verbs`) whose object holds a word of terror or
  of armed men (`harboured_words`: "sheltering militants");
- a duty failed: "failed to" one of `neglected_duty_verbs` ("failed to protect the victims";
  "failed to win" none).

The vocabulary's rule (`speaker_alleges`) fires on the reporting verb, or on a claim noun
whose content clause tells the wrong (by the claim's owner, or by no one named); this module
says when the shape holds (`alleged_wrongs`, read by the rule's condition in events_match) and
finds the parties (`spoken_allegation_parties`). Never the speaker's own claim ("the group
said it was responsible for the attack" claims an act, accuses no one: a pronoun is never the
accused after a reporting verb, nor the speaker named again), a duty held ("responsible for
security": no harm), a thing ("the storm was responsible for the deaths") or a wrong told by
the writer alone (no speaker, no claim).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_spoken_demands import party_like, reported_clauses
from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from chronicler.annotate.events_actors import Context

_CLAUSE_POS = frozenset({"VERB", "AUX"})


def _reported_clauses(verb: Token) -> Iterator[Token]:
    """The clauses a reporting verb reports (events_spoken_demands.reported_clauses: its
    "that"-clause or the quotation it follows, and the clauses coordinated with them), or, in
    "a man they say is responsible", the reported clause misread as a second relative clause
    on the noun, right after the reporting one."""
    told = list(reported_clauses(verb))
    if verb.dep_ == "relcl" and not told:
        misread = [
            c
            for c in verb.head.children
            if c.dep_ == "relcl" and c.i == verb.i + 1 and c.pos_ in _CLAUSE_POS
        ]
        told = [t for c in misread for t in (c, *c.conjuncts) if t.pos_ in _CLAUSE_POS]
    yield from told


def _subject(clause: Token) -> Token | None:
    """The clause's subject: its own, that of the first clause it is coordinated with, or the
    noun whose relative clause reports it ("a man they say is responsible": the man)."""
    own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause.dep_ == "relcl" and (own is None or own.lower_ in ("who", "that", "which")):
        return clause.head  # the noun a relative clause is on
    if own is None and clause.dep_ == "conj":
        own = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if own is not None or clause.dep_ != "ccomp":
        return own
    # the gap of a relative clause reporting it (as events_relative_gaps reads it, which this
    # module cannot import: it reads events_match, which reads this module)
    reporting = clause.head
    if any(c.dep_ == "mark" for c in clause.children) or reporting.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" for c in reporting.children):
        return None
    return reporting.head if reporting.head.pos_ in ("NOUN", "PROPN") else None


def _holds_word(phrase: Token, words: frozenset[str]) -> bool:
    return any(lemma(t) in words or t.lower_ in words for t in phrase.subtree)


def _prep_objects(noun: Token, preps: frozenset[str]) -> list[Token]:
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _harm_told(word: Token, preps: frozenset[str]) -> bool:
    """ "responsible for the attacks", "for a string of bombings", "involved in the killing":
    an act of harm the word's phrase names, never a duty ("responsible for security")."""
    vocab = load_vocab()
    harms = vocab.words("answered_harm_nouns")
    series = vocab.words("summed_series_nouns")
    for answered in _prep_objects(word, preps):
        if lemma(answered) in series:  # "a string of bombings"
            answered = next(iter(_prep_objects(answered, frozenset({"of"}))), answered)
        if lemma(answered) in harms:
            return True
    return False


def _answering(clause: Token) -> Token | None:
    """Answering for harm or guilt: "is responsible for the attacks", "was behind the
    bombing", "were involved in the killing", "is guilty"."""
    vocab = load_vocab()
    behind = vocab.words("behind_preps")
    if lemma(clause) == "be" and _harm_told(clause, behind):
        return clause  # "the group was behind the bombing"
    if lemma(clause) in vocab.words("implicated_words") and _harm_told(clause, frozenset({"in"})):
        return clause  # "he was implicated in the attack" (a passive at the clause's head)
    for child in clause.children:
        if child.dep_ != "acomp":
            continue
        if lemma(child) in vocab.words("guilt_adjectives"):
            return child
        if lemma(child) in vocab.words("answerable_adjectives") and _harm_told(
            child, frozenset({"for"})
        ):
            return child
        if lemma(child) in vocab.words("implicated_words") and _harm_told(child, frozenset({"in"})):
            return child
    return None


def _terror_label(clause: Token) -> Token | None:
    """A predicate a word of terror names: "are terrorists", "a terrorist group", "a sponsor
    of terrorism", "a front for terrorists"."""
    terror = load_vocab().words("terror_words")
    if lemma(clause) != "be":
        return None
    for child in clause.children:
        if child.dep_ != "attr":
            continue
        named_by = [c for c in child.children if c.dep_ in ("amod", "compound")]
        named_by += _prep_objects(child, frozenset({"of", "for", "to"}))
        if lemma(child) in terror or any(_holds_word(n, terror) for n in named_by):
            return child
    return None


def _wrong(clause: Token) -> Token | None:
    """The word of the clause telling a wrong of its subject (the module's shapes)."""
    vocab = load_vocab()
    terror = vocab.words("terror_words")
    found = _answering(clause) or _terror_label(clause)
    if found is not None:
        return found
    if lemma(clause) == "fail" and any(
        c.dep_ == "xcomp" and lemma(c) in vocab.words("neglected_duty_verbs")
        for c in clause.children
    ):
        return clause  # "the government failed to protect the victims"
    for child in clause.children:
        if child.dep_ != "dobj":
            continue
        ties = vocab.words("terror_tie_nouns")
        if (
            lemma(clause) == "have"
            and lemma(child) in ties
            and any(_holds_word(o, terror) for o in _prep_objects(child, frozenset({"to", "with"})))
        ):
            return child  # "has links to al-Qaeda"
        harboured = terror | vocab.words("harboured_words")
        if lemma(clause) in vocab.words("harbouring_verbs") and _holds_word(child, harboured):
            return clause  # "is harbouring al-Qaida members"
    return None


def _speakers(trigger: Token) -> list[Token]:
    """Who tells the wrong: the reporting verb's subject, or a claim's owner ("his claims",
    "claims by the opposition"), none when the claim's maker is untold."""
    if trigger.pos_ != "NOUN":
        return [c for c in trigger.children if c.dep_ == "nsubj"]
    owners = [c for c in trigger.children if c.dep_ == "poss"]
    return owners + _prep_objects(trigger, frozenset({"by", "from"}))


def _told_clauses(trigger: Token) -> list[Token]:
    """The clauses telling what is said: those a reporting verb reports, or a claim's
    content clause ("claims he failed to act", which the parser may read as a relative
    clause: a relative clause tells no wrong of the shapes here, "the claims he made")."""
    if trigger.pos_ != "NOUN":
        return list(_reported_clauses(trigger))
    return [
        c for c in trigger.children if c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ in _CLAUSE_POS
    ]


def _accused(clause: Token, speakers: list[Token], claim: bool) -> Token | None:
    """The party the clause tells the wrong of: a party's word or a name ("LAT", which the
    tagger may leave untagged), never a thing ("the storm was responsible for the deaths")
    nor the speaker named again. A pronoun only in a claim no one is told making ("claims he
    failed to act"): after a reporting verb, or a claim's owner, whom it stands for, the
    speaker or another, is untold ("the group said it was responsible")."""
    subject = _subject(clause)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        told = claim and not speakers and subject.lower_ in ("he", "she", "they")
        return subject if told else None
    if not (party_like(subject) or subject.pos_ == "PROPN"):
        return None
    if any(s.lower_ == subject.lower_ for s in speakers):
        return None
    return subject


def alleged_wrongs(trigger: Token) -> list[tuple[Token, Token]]:
    """(wrong, accused) of each wrong a reporting verb or a claim noun tells of a party other
    than its speaker; none when it tells no such clause, or a verb names no speaker."""
    claim = trigger.pos_ == "NOUN"
    if not claim and lemma(trigger) not in REPORTING_VERBS:
        return []
    speakers = _speakers(trigger)
    if not claim and not speakers:
        return []
    found = []
    for clause in _told_clauses(trigger):
        wrong = _wrong(clause)
        accused = _accused(clause, speakers, claim) if wrong is not None else None
        if wrong is not None and accused is not None:
            found.append((wrong, accused))
    return found


def spoken_allegation_parties(
    trigger: Token, ctx: Context
) -> tuple[list[Token], list[Token]] | None:
    """(speakers, accused) of an allegation the reporting verb or claim noun `trigger`
    tells, or None."""
    del ctx  # the parties are read from the parse alone, as the rule's condition reads them
    wrongs = alleged_wrongs(trigger)
    if not wrongs:
        return None
    accused: list[Token] = []
    for _, party in wrongs:
        if all(party.i != a.i for a in accused):
            accused.append(party)
    return _speakers(trigger), accused
