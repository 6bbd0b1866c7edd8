"""Who did a crime a criminal case tells: the one convicted of it, as the court found, or the
one charged with, accused of or arrested for it, its alleged doer ("X was convicted of the
murder of Y", "X was charged with the murder of Y": X, the act's flag telling whether it is
established; events_modality_nouns.case_alleged). Split from events_arg_heads."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act, people_noun
from chronicler.annotate.events_arg_cues import small_clause_subjects
from chronicler.annotate.events_modality_nouns import faced_case, tried_people
from chronicler.annotate.events_phrases import expand, prep_objects
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

Heads = Callable[["Token", Rule, Context], tuple[list["Token"], list["Token"]]]

_CRIME_TYPES = frozenset({"ASSAULT", "COERCE"})
_OFFENCE_PREPS = frozenset({"of", "for"})
# "charged with the murder of", "arrested in the killing of": a case's own prepositions
_CASE_PREPS = frozenset({"of", "for", "with", "in"})
_VERDICT_PREPS = frozenset({"against", "for", "on"})


def case_doers(trigger: Token, rule: Rule, ctx: Context, heads: Heads) -> list[Token]:
    """Who was convicted of a crime an act noun tells, in the conviction's "of"/"for" phrase
    or one inside it: its doer, as the court found ("Orozco was convicted of first-degree
    murder for the slaying of Ortiz", "Lopez's conviction for the murder of Horton"; roles
    1.21.0). Who is charged with, accused of, arrested for or acquitted of it is its alleged
    doer, by the lead's ruling of the thirty-fifth session ("X was charged with the murder
    of Y", "arrested in the killing of Y", "found not guilty of the murder of Y": X; the
    modes and rules of `accused_doer_modes`, `accused_doer_rules`; roles 1.97.0; an "in"
    phrase only for an attack, "arrested in a raid" names no raider). `heads` gives a
    trigger's parsed actors and targets (events_arg_heads.parsed_heads)."""
    # (a gerund too: "arrested on allegations of beating a prisoner"; roles 1.104.0)
    tok = trigger
    if _infinitive_of_offence(trigger):
        # "convicted him on charges of conspiring to murder Y", "convicted of conspiracy to
        # murder Y": the one convicted of the conspiracy is the would-be murderer, not the
        # jury (roles 1.123.0)
        tok = trigger.head
    gerund = tok.tag_ == "VBG" and tok.dep_ == "pcomp"
    if rule.type not in _CRIME_TYPES or (tok.pos_ != "NOUN" and not gerund):
        return []
    for _ in range(3):
        if tok.dep_ not in ("pobj", "pcomp") or lemma(tok.head) not in _CASE_PREPS:
            return []
        prep = lemma(tok.head)
        tok = tok.head.head
        if prep == "of" and _ground(tok, ctx):  # "on suspicion of", "in the case of"
            tok, prep = tok.head.head, "for"
        guilty = tok if tok.pos_ == "ADJ" else None
        if tok.dep_ == "npadvmod" or (tok.pos_ == "ADJ" and tok.head.i in ctx.rules):
            tok = tok.head  # "convicted March 20 of ...", "found X guilty of ..."
        if tok.i not in ctx.rules and prep == "for":
            tok = _penalty_verb(tok, ctx)
        if tok.i not in ctx.rules:  # "returned a guilty verdict against X for ...": the
            # verdict the verb carries (roles 1.65.0)
            tok = next((c for c in tok.children if c.dep_ == "dobj" and _convicts(c, ctx)), tok)
        if tok.pos_ == "NOUN" and lemma(tok) in ctx.vocab.words("suspect_nouns"):
            # "X is the main suspect in the slaying of Y", "X, a suspect in the shooting"
            # (roles 1.112.0)
            return [t for t in suspect_named(tok) if can_act(t, ctx) or people_noun(t, ctx)]
        if tok.i not in ctx.rules and tok.dep_ == "dobj" and tok.head.i in ctx.rules:
            tok = tok.head  # "stands trial for the murder of Y": the phrase's verb (1.115.1)
        court = ctx.rules.get(tok.i)
        # (a charge noun that is its own accusation too: "faces murder charges", recall44c)
        charge_noun = court is not None and court.mode == "charge" and tok.pos_ == "NOUN"
        facing = faced_case(tok, ctx.vocab.modality) if court is None or charge_noun else None
        # (and "in" an attack, as "charged in the shooting": "a man facing murder charges in a
        # party shooting"; roles 1.167.0)
        faced_in = prep == "in" and rule.type == "ASSAULT"
        if facing is not None and (prep in _OFFENCE_PREPS or faced_in):  # "faces charges for"
            return [t for t in subjects(facing).active if can_act(t, ctx) or people_noun(t, ctx)]
        if court is not None and court.mode == "convict" and prep in _OFFENCE_PREPS:
            found = heads(tok, court, ctx)[1]
            if not found and guilty is not None:
                # "the jury found Smith guilty for the murder of Jones": the one found guilty
                # is the small clause's subject in the parse (roles 1.65.0)
                found = small_clause_subjects(guilty)
            if not found and tok.pos_ == "NOUN":  # "a guilty verdict against (for) Smith"
                found = prep_objects(tok, _VERDICT_PREPS)
            return [t for t in found if can_act(t, ctx) or people_noun(t, ctx)]
        if (
            court is not None
            and accused_in_case(court, ctx)
            and (prep != "in" or rule.type == "ASSAULT")
        ):
            # (the verb's own object or passive subject, or the one found not guilty: not
            # its parsed heads, whose circumstance doers would ask this act's doers again)
            found = _held(tok) or (small_clause_subjects(guilty) if guilty is not None else [])
            found = [t for t in found if can_act(t, ctx) or people_noun(t, ctx)]
            return found or _tried(tok, court, ctx)
        if court is None and prep == "of" and lemma(tok) in ctx.vocab.words("charge_nouns"):
            continue  # "charged with two counts of murder": the counts are the charge's own
        if court is None or court.type not in _CRIME_TYPES or prep not in _OFFENCE_PREPS:
            return []  # only through another crime ("murder for the slaying of X")
    return []


def _penalty_verb(noun: Token, ctx: Context) -> Token:
    """The verb of a sentence whose term or place a noun names, where the parser hung the
    offence's "for" on that noun ("was sentenced to two years in a Boston jail for stealing a
    car", "sentenced to life in prison for the murder of Y": sentenced; roles 1.132.0); the
    noun itself when it names none."""
    tok = noun
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or lemma(tok.head) not in ("to", "in"):
            return noun
        tok = tok.head.head
        rule = ctx.rules.get(tok.i)
        if rule is not None:
            return tok if rule.mode == "convict" else noun
    return noun


def _infinitive_of_offence(trigger: Token) -> bool:
    """A "to" infinitive on a gerund or a noun in a case phrase ("of conspiring to murder",
    "of conspiracy to murder"): the offence is the gerund's or the noun's."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    head = trigger.head
    if trigger.dep_ == "xcomp":
        return head.tag_ == "VBG" and head.dep_ == "pcomp"
    return trigger.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ == "pobj"


def suspect_named(noun: Token) -> list[Token]:
    """Whom a noun of suspicion names: the subject of its copula ("X is the main suspect"),
    the name it is in apposition to ("X, a suspect in"), else the noun itself ("police
    arrested a suspect in the killing"). A pronoun subject gives none: "was searching for X
    because he was a suspect" leaves whom "he" is to the reader (the nearest subject is
    often the searcher)."""
    if noun.dep_ == "attr":
        named = [c for c in noun.head.children if c.dep_ == "nsubj"]
        return [c for c in named if c.pos_ != "PRON"] if named else [noun]
    if noun.dep_ == "appos":
        return [noun.head]
    return [noun]


def ground_accused(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Whom an allegation, a charge or a suspicion names as the accused where it is the ground
    of an arrest or a charge ("The guard was arrested on allegations of beating a prisoner":
    the guard, not the prisoner, who is the beating's; `case_ground_nouns`, roles 1.104.0)."""
    if rule.type != "ACCUSE" or trigger.pos_ != "NOUN" or not _ground(trigger, ctx):
        return []
    verb = trigger.head.head
    court = ctx.rules.get(verb.i)
    if court is None or not _accuses(court, ctx):
        return []
    return [t for t in _held(verb) if can_act(t, ctx) or people_noun(t, ctx)]


def accused_in_case(court: Rule, ctx: Context) -> bool:
    """A case act whose target is the doer of the crime it is for: a conviction, a charge, an
    accusation, an arrest, an acquittal."""
    return court.mode == "convict" or _accuses(court, ctx)


def _accuses(court: Rule, ctx: Context) -> bool:
    """A case act that names an alleged doer (a charge, an accusation, an arrest, an
    acquittal)."""
    return (court.mode or "") in ctx.vocab.words("accused_doer_modes") or court.id in (
        ctx.vocab.words("accused_doer_rules")
    )


def _ground(noun: Token, ctx: Context) -> bool:
    """A noun of suspicion, charge or case after "on" or "in" ("on suspicion of", "on charges
    of", "in the case of"): `case_ground_nouns`."""
    return (
        noun.dep_ == "pobj"
        and lemma(noun.head) in ("on", "in")
        and lemma(noun) in ctx.vocab.words("case_ground_nouns")
    )


def _held(verb: Token) -> list[Token]:
    """Whom a case verb holds or charges: its passive subject, else its object ("X was
    charged", "police arrested X and Y")."""
    if verb.pos_ != "VERB":
        return []
    return expand(subjects(verb).passive) or expand(c for c in verb.children if c.dep_ == "dobj")


def _convicts(noun: Token, ctx: Context) -> bool:
    rule = ctx.rules.get(noun.i)
    return rule is not None and rule.mode == "convict"


def _tried(act: Token, court: Rule, ctx: Context) -> list[Token]:
    """Who a trial or a charge told by a noun or a phrase is on ("X is on trial for the murder
    of Y", "X went on trial for", "X stands trial for", "the trial of X for", "X's trial for":
    X, its alleged doer by the charges standard; roles 1.115.1)."""
    if court.subject == "target" and act.pos_ == "VERB":
        return list(subjects(act).active)  # "stands trial"
    if act.pos_ != "NOUN" or lemma(act) not in ctx.vocab.modality.trial_nouns:
        return []
    return [t for t in tried_people(act) if can_act(t, ctx) or people_noun(t, ctx)]
