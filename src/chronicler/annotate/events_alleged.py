"""Alleged doers: an act's actor the text only alleges did it. The one charged with, accused
of, arrested for, suspected of or acquitted of an act is its doer in the events
(events_case_doers, events_subjects' charged objects, listed_charge_doers), but the text does
not establish it, whether the act itself is flagged hypothetical ("X was charged with the
murder of Y") or told done ("X was charged in the 1996 bombings": the bombings happened, X
is only accused of them). A conviction, a guilty plea or an admission establishes it: the
one convicted is a plain doer ("convicted of the murder of Y"). An act told "allegedly"
("the soldiers allegedly beat him"), or done by a party described as suspected or alleged
("the suspected gunman shot two people"), has alleged doers too. The accusing itself (the
ACCUSE event) is told done: its accuser is no alleged doer. The standard: the lead's rulings
of the thirty-fifth and thirty-sixth sessions on charges and accusations (roles 1.106.0)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.events_arg_cues import small_clause_subjects
from chronicler.annotate.events_case_doers import accused_in_case, suspect_named
from chronicler.annotate.events_modality_nouns import faced_case, tried_people
from chronicler.annotate.events_phrases import expand
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_actors import Context
    from chronicler.annotate.events_vocab import Vocab
    from chronicler.model import Participant

# the prepositions that name the act a case is about: "charged with", "accused of", "arrested
# for", "charged in", "suspected of"
_CASE_PREPS = frozenset({"of", "for", "with", "in"})


def alleged_heads(trigger: Token, actor_heads: Sequence[Token], ctx: Context) -> list[Token]:
    """Of an act's actor heads, those the text only alleges did it: the ones a case word
    (`alleging_case_words`, or a case act whose mode names an alleged doer: a charge, an
    accusation, an arrest, an acquittal) holds or charges, where the act is in that word's
    "of"/"for"/"with"/"in" phrase ("charged with the murder of Y", "accused the army of killing
    protesters", "arrested on suspicion of murdering", "charged in the 1996 bombings"), or a
    further item of its list of charges ("charged with arson, looting shops and beating
    prisoners"); and those of an act told "allegedly", or described as suspected or alleged
    (`alleged_words`: "the alleged attackers stormed"). A conviction's ("convicted of the murder
    of Y") are established; an act the case word's "in"/"for" phrase names as an operation or
    a lawful act ("arrested in a police raid", "arrested for protesting") is told."""
    heads = expand(actor_heads)
    alleged_words = ctx.vocab.modality.alleged_words
    if any(c.dep_ == "advmod" and lemma(c) in alleged_words for c in trigger.children):
        return heads  # "the soldiers allegedly beat him"
    described = [  # ("suspected", "alleged": the word, its lemma a verb)
        h for h in heads if any(c.dep_ == "amod" and c.lower_ in alleged_words for c in h.children)
    ]
    word = case_word(trigger, ctx)
    if word is None:
        return described
    held = {t.i for t in expand(held_by(word))}
    return [h for h in heads if h.i in held or h in described]


def case_word(trigger: Token, ctx: Context) -> Token | None:
    """The case word that alleges the act `trigger` names: the verb, adjective or noun whose
    "of"/"for"/"with"/"in" phrase holds it, past a noun of suspicion ("on suspicion of", "on
    charges of") or another crime it is for ("charged with murder for the slaying of Y"), or
    the accusation a listed charge hangs on. None when no such word holds it, or when the one
    that does establishes the act (a conviction) or names it as told (`told_case_acts`)."""
    tok = trigger
    cues = ctx.vocab.modality
    if lemma(tok) in cues.told_case_acts:
        return None
    for _ in range(4):
        while tok.dep_ == "conj":  # "charged with arson, looting shops and beating prisoners"
            tok = tok.head
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and _alleging(tok.head, ctx):
            return tok.head  # a listed charge the parser hung on the accusation
        if tok.dep_ not in ("pobj", "pcomp") or lemma(tok.head) not in _CASE_PREPS:
            return None
        word = tok.head.head
        ground = ctx.vocab.words("case_ground_nouns") | cues.suspicion_nouns
        if word.dep_ == "pobj" and lemma(word) in ground and lemma(word.head) in ("on", "in"):
            word = word.head.head  # "arrested on suspicion of", "held on charges of"
        facing = faced_case(word, cues) if word.pos_ == "VERB" else None
        if facing is not None:  # "will face trial for the killing", "for" hung on "face"
            word = next(
                c for c in facing.children if c.dep_ == "dobj" and lemma(c) in cues.faced_case_nouns
            )
        if word.pos_ == "ADJ" and word.head.i in ctx.rules:
            word = word.head  # "found (not) guilty of"
        elif word.dep_ == "dobj" and lemma(tok.head) == "of" and _alleging(word.head, ctx):
            word = word.head  # "accused the militia of burning", the "of" hung on the object
        if _alleging(word, ctx):
            return word
        own = ctx.rules.get(word.i)
        if own is None or own.type not in ("ASSAULT", "COERCE") or word.pos_ != "NOUN":
            return None
        tok = word  # "murder for the slaying of Y": the murder's case
    return None


def _alleging(word: Token, ctx: Context) -> bool:
    """A word of a case that alleges what it is about: a charge, an accusation, an arrest, a
    suspicion, an acquittal (not a conviction: `accused_in_case` without its "convict")."""
    rule = ctx.rules.get(word.i)
    if rule is not None and rule.mode == "convict":
        return False
    if rule is not None and accused_in_case(rule, ctx):
        return True
    return lemma(word) in ctx.vocab.words("alleging_case_words")


def held_by(word: Token) -> list[Token]:
    """Whom a case word holds, charges or names as the accused: a verb's passive subject or
    object ("X was charged", "accused the army of"), the noun a participle is on ("the man
    accused of killing"), the one an acquittal finds not guilty, the subject of a relative
    clause ("X, who is suspected of"), or a noun that is itself the accused ("a suspect in the
    killing")."""
    if (
        word.pos_ == "NOUN"
        and word.dep_ == "dobj"
        and (lemma(word.head) in load_vocab().modality.facing_verbs)
    ):  # "a man facing murder charges in the shooting": the man (roles 1.167.0)
        return list(subjects(word.head).active)
    if word.pos_ == "NOUN":  # ("X is on trial for": X; modality 1.131.0)
        return [*suspect_named(word), *tried_people(word)]
    if word.dep_ == "acl" and word.tag_ == "VBN":
        return [word.head]
    found = list(subjects(word).passive) + [c for c in word.children if c.dep_ == "dobj"]
    for adjective in (c for c in word.children if c.pos_ == "ADJ"):
        found += small_clause_subjects(adjective)
    return found


def with_alleged(
    actors: Iterable[Participant], alleged: Iterable[Participant]
) -> list[Participant]:
    """The actors, those that are one of `alleged` (the participants the alleged heads name)
    marked alleged."""
    spans = {(p.start, p.end) for p in alleged}
    return [replace(a, alleged=True) if (a.start, a.end) in spans else a for a in actors]


def alleged_by_others(
    actors: Sequence[Participant], reporters: Sequence[Participant]
) -> list[Participant]:
    """The actors of an act a verb of allegation reports (`allegation_verbs`: "police alleged
    that the guards beat the prisoners", "the rebels looted shops, police claimed"), those
    other than whoever reports it marked alleged: an accusation, not an established deed. Its
    own reporter's deed is claimed, not alleged ("the rebels claimed they shot down a
    helicopter")."""
    speakers = {p.text.lower() for p in reporters} | {(p.start, p.end) for p in reporters}
    return [
        a
        if a.text.lower() in speakers or (a.start, a.end) in speakers
        else replace(a, alleged=True)
        for a in actors
    ]


def alleging_report(said: Token | None, vocab: Vocab) -> str | None:
    """The word that makes a reported act an allegation: the reporting verb itself when it is
    one of allegation (`allegation_verbs`: "police alleged that the guards beat them"), or the
    document of accusation that says it (`accusing_documents`: "The indictment said Smith
    stole funds", "the lawsuit says the guards beat him": what an indictment or a complaint
    tells is what it charges, not an established deed; left39, roles 1.143.0). None
    otherwise."""
    if said is None:
        return None
    if lemma(said) in vocab.words("allegation_verbs"):
        return lemma(said)
    documents = vocab.words("accusing_documents")
    subject = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and lemma(subject) in documents:
        return lemma(subject)
    return None
