"""Modality cues read off an event noun's own place in its sentence, split from
events_modality: a kind of act only talked of, a proceeding someone faces, a noun that is the
subject of a verb of beginning or of a planning passive, one a participle tells made, the
terms a reward is offered on, a ground denied ("no evidence that ..."), the crime a criminal
case is about and a scheduled act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_clause_shapes import content_clause
from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_modality_given import (
    dated_in_past,
    definite_or_owned,
    labelled_object,
)
from chronicler.annotate.events_phrases import described_by_participle, prep_objects
from chronicler.annotate.events_vocab import Modality, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_PAST_TAGS = frozenset({"VBD", "VBN"})


# Prepositions of whom one talks with, which the parser may hang on the topic noun
# ("discussed investigations with the visitors").
_TALK_PARTY_PREPS = frozenset({"with", "to"})


def talked_of(noun: Token, cues: Modality) -> bool:
    """A bare act noun, with no determiner, possessor or phrase of its own, that a verb or
    noun of talk takes as its object or its topic ("talked to them about investigations",
    "discussed sanctions with the envoy"): a kind of act spoken of, not one told as done."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "acl", "relcl") for c in noun.children):
        return False  # "the investigation", "its probe": a given one
    if any(c.dep_ == "prep" and lemma(c) not in _TALK_PARTY_PREPS for c in noun.children):
        return False  # "investigations into X": one with its own case
    talk = noun.head
    if noun.dep_ == "pobj":
        if lemma(talk) not in cues.topic_preps:
            return False
        talk = talk.head
    return lemma(talk) in cues.talk_topic_words and talk.pos_ in ("VERB", "NOUN")


def faced(token: Token, head: Token, dep: str, cues: Modality) -> bool:
    """ "Gomes faces arraignment on Wednesday", "is facing extradition": a proceeding or a
    penalty someone faces, as the object of "face" told in the present, is still to come
    ("faced trial in 1990" was held; "faces charges" and "faces criticism" are no such
    nouns)."""
    if dep != "dobj" or lemma(head) not in cues.facing_verbs or head.pos_ != "VERB":
        return False
    if lemma(token) not in cues.faced_proceedings:
        return False
    if head.tag_ in _PAST_TAGS and not any(c.dep_ == "aux" for c in head.children):
        return False  # "faced trial in 1990"
    return not any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children)


def subject_verbs(noun: Token) -> list[Token]:
    """The verbs a noun that is a subject may be told by: the subject's own verb, or the
    infinitive a raising verb or adjective takes ("are expected to begin", "are likely to
    start", "is due to resume", "was about to be signed"); none for a noun that is no subject."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    head = noun.head
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    return verbs + [
        g for c in head.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp"
    ]


def occurring_as(noun: Token, cues: Modality) -> Token | None:
    """The verb of beginning or taking place an event noun is the subject of ("Talks are
    expected to begin next week", "Palace inspections are not expected to start"): its mood
    is the act's own."""
    verbs = subject_verbs(noun)
    return next((v for v in verbs if v.pos_ == "VERB" and lemma(v) in cues.occurrence_verbs), None)


def planned_as(noun: Token, cues: Modality) -> bool:
    """An event noun a planning verb in the passive takes as its subject, told in the present
    or with "will" ("More demonstrations are planned for Monday", "talks will be scheduled"):
    still to come. In the past ("the attack was planned by al-Qaeda") it may have been done."""
    head = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubjpass" or lemma(head) not in cues.planned_passives:
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBZ", "VBP") or lemma(a) in cues.future_aux for a in auxes):
        return True
    # "an arraignment was scheduled for this month": a time set for it, still to come
    return lemma(head) in cues.dated_passives and any(
        o.ent_type_ in ("DATE", "TIME") for o in prep_objects(head, frozenset({"for"}))
    )


def slated_ahead(noun: Token, cues: Modality) -> bool:
    """An event noun a word of scheduling describes ("the slated visit of the Commerce
    Secretary", "the upcoming summit", "the planned talks"): still to come, unless it is the
    subject of a verb told in the past ("the scheduled talks took place": held)."""
    if noun.pos_ != "NOUN" or not any(
        c.dep_ == "amod" and lemma(c) in cues.scheduled_words for c in noun.children
    ):
        return False
    head = noun.head
    told_past = noun.dep_ in ("nsubj", "nsubjpass") and (
        head.tag_ == "VBD"
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children)
    )
    return not told_past


def announced_ahead(noun: Token, cues: Modality) -> bool:
    """A gathering, a stoppage or a meeting a verb of announcing takes as its object, or a
    conjunct of that object ("Greek students announced new rallies on Sunday", "announced a
    strike and a march for Monday"): still to come. An announced arrest or sanction is no such
    noun: the announcement tells it done (version 1.80.0)."""
    if noun.pos_ != "NOUN" or lemma(noun) not in cues.announced_nouns:
        return False
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    return (
        noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and lemma(noun.head) in cues.announcing_verbs
        # "called the strike unjustified", "called the march a provocation": labelled, a
        # known one, no call for one to come (modality 1.202.0)
        and not labelled_object(noun, noun.head, "dobj", cues)
    )


def case_crime(prep: Token, crime: Token, cues: Modality) -> bool:
    """ "charged in the 1967 slayings", "indicted in the embassy bombings": `prep` is the "in"
    of a verb of a criminal case and `crime`, its object, a definite act (a determiner or a
    possessor of its own): the crime the case is about, done, whatever the verb alleges of
    the person charged."""
    if prep.dep_ != "prep" or lemma(prep) not in cues.case_preps or crime.dep_ != "pobj":
        return False
    verb = charging_verb(prep.head, cues) or prep.head
    if verb.pos_ != "VERB" or lemma(verb) not in cues.case_verbs:
        return False
    if lemma(crime) in cues.case_document_nouns:
        return True  # "charged in state and federal complaints with murder": the filings
    # a counted act is a specific one too ("charged in three Atlanta attacks")
    return definite_or_owned(crime) or any(
        c.dep_ == "nummod" and c.like_num for c in crime.children
    )


def charging_verb(offence: Token, cues: Modality) -> Token | None:
    """The case verb whose "with" phrase names `offence` (up a few steps of its phrase):
    "charged with intent to murder in the shootings", "charged with attempted murder in the
    shooting of X": the "in" phrase hangs on the offence, and names the crime the charge is
    about, as a case verb's own "in" phrase does (modality 1.167.0). None for an offence no
    case verb takes."""
    tok = offence
    for _ in range(6):
        if tok.dep_ == "prep" and lemma(tok) == "with" and tok.head.pos_ == "VERB":
            return tok.head if lemma(tok.head) in cues.accusing_case_verbs else None
        if tok.dep_ not in ("pobj", "prep", "acl", "xcomp") or tok.head is tok:
            return None
        tok = tok.head
    return None


def _series_member(noun: Token, cues: Modality) -> Token:
    """The act noun in the "of" phrase of a noun of series (`series_nouns`): "in a series of
    raids" names raids, the operation an arrest is made in (modality 1.195.7); any other noun
    is itself."""
    if lemma(noun) not in cues.series_nouns:
        return noun
    return next(
        (
            g
            for c in noun.children
            if c.dep_ == "prep" and lemma(c) == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ),
        noun,
    )


def case_alleged(prep: Token, crime: Token, cues: Modality) -> bool:
    """ "X was arrested for the murder of Y", "police arrested two men in the killing",
    "arrested a man for killing his neighbour", "arrested on suspicion of the murder of Y": a
    crime in the "in"/"for" phrase of a verb that holds or charges a person, or in the "of"
    phrase of a noun of suspicion that verb takes, with that person named, is the person's
    alleged act (events_case_doers gives them as its doer), unless a past date of its own
    tells it done ("charged in the 1967 slayings"); the lead's ruling of the thirty-fifth
    session (modality 1.119.0)."""
    if prep.dep_ != "prep" or crime.dep_ not in ("pobj", "pcomp"):
        return False
    verb = prep.head
    if lemma(prep) == "of" and lemma(verb) in cues.suspicion_nouns and verb.dep_ == "pobj":
        verb = verb.head.head  # "on suspicion of", "on charges of"
    elif lemma(prep) not in cues.case_preps:
        return False
    else:
        verb = charging_verb(verb, cues) or verb
    trial = verb.pos_ == "NOUN" and lemma(verb) in cues.trial_nouns
    facing = faced_case(verb, cues)  # "faces charges for the murder of Y"
    if not (trial or facing is not None) and (
        verb.pos_ != "VERB" or lemma(verb) not in cues.accusing_case_verbs
    ):
        return False
    crime = _series_member(crime, cues)  # "In a series of raids, troops arrested": the raids
    if lemma(crime) in cues.case_document_nouns | cues.told_case_acts or dated_in_past(crime, cues):
        return False  # "charged in the 1967 slayings"; "charged in federal complaints"
    if trial:  # "X is on trial for the murder of Y" (modality 1.131.0)
        held = tried_people(verb)
    elif facing is not None:  # "X faces charges for": the one facing them
        held = [c for c in facing.children if c.dep_ == "nsubj"]
    else:
        held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    negative = cues.negative_subjects
    return any(
        lemma(h) not in negative and not any(lemma(d) in negative for d in h.children) for h in held
    )


def tried_people(trial: Token) -> list[Token]:
    """Who a trial noun is of: the subject of a verb that puts one on or to it ("X is on
    trial", "went on trial", "came to trial") or that takes it ("X stands trial", "faces
    trial"), its "of" object ("the trial of X") or its
    possessor ("X's trial"); any phrase, people or not (the callers tell)."""
    found = [c for c in trial.children if c.dep_ == "poss"]
    found += [
        p for c in trial.children if c.dep_ == "prep" and lemma(c) == "of" for p in c.children
        if p.dep_ == "pobj"
    ]  # fmt: skip
    if trial.dep_ == "pobj" and lemma(trial.head) in ("on", "to"):
        verb = trial.head.head
        if lemma(verb) in ("be", "go", "come", "remain", "stay", "put", "bring"):
            found += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if trial.dep_ == "dobj" and lemma(trial.head) in ("stand", "face", "await", "undergo"):
        found += [c for c in trial.head.children if c.dep_ == "nsubj"]  # "X stands trial"
    return found


def made_by_participle_act(noun: Token, cues: Modality) -> bool:
    """An event noun a participle tells made ("the lawsuit launched by the university", "the
    accord signed by Annan"): a given act, whatever the verbs over the noun plan or deny.
    Not a participle of intent, of asking or of negation ("the attack planned by X", "the
    talks postponed": not made). Nor the noun of an existential clause ("there was never an
    arrest made in the fire"): that clause itself tells whether the act was made."""
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children):
        return False
    unmade = cues.unmade_participles | cues.future_verbs | cues.negating_verbs
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and lemma(c) not in unmade
        and described_by_participle(noun, c) is None
        for c in noun.children
    )


def reward_terms(clause: Token, cues: Modality) -> bool:
    """The noun a relative clause is on is the "for"-object of a reward or a bounty ("a
    reward for information that leads to the arrest"), of its amount ("a reward of up to $5
    million for information ...") or of the verb that offers one ("offered a bounty for
    information that leads to ..."): the clause states its terms."""
    noun = clause.head
    if noun.dep_ != "pobj" or lemma(noun.head) != "for":
        return False
    holder = noun.head.head
    for _ in range(5):  # the amount, its "up to" or "of", the reward
        offered = [holder, *(c for c in holder.children if c.dep_ == "dobj")]
        if any(h.pos_ == "NOUN" and lemma(h) in cues.reward_nouns for h in offered):
            return True
        if holder.pos_ in ("VERB", "AUX") or holder.head.i == holder.i:
            return False
        holder = holder.head
    return False


def groundless(noun: Token, cues: Modality) -> bool:
    """A ground denied: "no reason", "no evidence", "did not find any evidence"."""
    if noun.pos_ != "NOUN" or lemma(noun) not in cues.ground_nouns:
        return False
    if any(c.dep_ in ("det", "neg") and lemma(c) in cues.negation_words for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "attr") and any(c.dep_ == "neg" for c in noun.head.children)


def ground_content(clause: Token, dep: str, cues: Modality) -> bool:
    """The clause is what a denied ground is for: "no evidence that the army shelled it" (the
    content clause of the noun), "no reason to believe that they plan to strike" (the
    content of the noun's infinitive of belief)."""
    head = clause.head
    if dep in ("acl", "relcl") and content_clause(clause):
        return groundless(head, cues)
    return (
        dep == "ccomp"
        and head.dep_ in ("acl", "relcl")
        and to_infinitive(head)
        and groundless(head.head, cues)
    )


def told_possible(noun: Token, cues: Modality) -> bool:
    """An act noun told as only possible: "committed to a possible strike against Iraq",
    "potential sanctions", "a possible strike or blockade" (the modifier of the noun it is a
    conjunct of), or the subject of a copula saying so, "an attack is unlikely", "a strike is
    possible" (version 1.88.0; not "the attack is likely to have been planned", where what is
    likely is the infinitive's act)."""
    if noun.pos_ != "NOUN":
        return False
    nouns = [noun, noun.head] if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" else [noun]
    if any(
        c.dep_ == "amod" and lemma(c) in cues.possibility_words for n in nouns for c in n.children
    ):
        return True
    subject = nouns[-1]
    if subject.dep_ == "nsubj" and speculated_subject(subject, cues):
        return True
    if subject.dep_ != "nsubj" or lemma(subject.head) != "be":
        return False
    predicates = cues.possibility_words | cues.doubted_predicates
    return any(
        c.dep_ == "acomp"
        and lemma(c) in predicates
        and not any(g.dep_ == "xcomp" for g in c.children)
        for c in subject.head.children
    )


def weighed_act(trigger: Token, cues: Modality) -> bool:
    """An act named as what would be hard or risky to do: "many difficulties in attacking
    land bases", "the risk of arresting him" (the gerund of an "in"/"of" phrase on a noun of
    `weighed_act_nouns`): weighed, not done (modality 1.159.0). Not a noun there: "the
    hardships of the war" may tell a war fought."""
    prep = trigger.head
    if trigger.dep_ != "pcomp" or trigger.tag_ != "VBG" or lemma(prep) not in ("in", "of"):
        return False
    return prep.dep_ == "prep" and lemma(prep.head) in cues.weighed_act_nouns


def speculated_subject(noun: Token, cues: Modality) -> bool:
    """ "though a walkout could hinder development", "a strike might cripple the ports": an
    indefinite act noun that is the subject of a verb under a modal is only possible, what
    it would do speculated (modality 1.149.0; "the strike could cost millions" may be one
    under way, and stays, as does a hedge on a past act, "an attack may have occurred")."""
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children)
    verb = noun.head
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    # (not a hedge on a past act, "a stabbing ... may have occurred after a theft")
    return (
        indefinite
        and verb.pos_ in ("VERB", "AUX")
        and bool(auxiliaries & cues.hypothetical_aux)
        and "have" not in auxiliaries
        and lemma(verb) not in cues.happening_verbs
    )


def held_back(noun: Token, cues: Modality) -> bool:
    """ "opposed the hold on U.S. security assistance", "a freeze on aid", "the suspension of
    the talks": an act noun in the "on" or "of" phrase of a noun of halting does not go on
    (version 1.82.2)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or lemma(noun.head) not in ("on", "of"):
        return False
    halt = noun.head.head
    return halt.pos_ == "NOUN" and lemma(halt) in cues.halting_nouns


def faced_case(word: Token, cues: Modality) -> Token | None:
    """The verb of facing whose case holds a "for" phrase: `word` the case noun it takes
    ("Smith faces charges for the murder of his wife", "will face trial for the killing of the
    guard") or the verb itself where the parser hung the phrase on it ("awaits trial over the
    shooting"). The act in the phrase is alleged of that verb's subject, the one facing the
    case (`case_facing_verbs`, `faced_case_nouns`; modality 1.152.0, left39). None otherwise."""
    verb = word
    if word.pos_ == "NOUN":
        if word.dep_ != "dobj" or lemma(word) not in cues.faced_case_nouns:
            return None
        verb = word.head
    if verb.pos_ != "VERB" or lemma(verb) not in cues.case_facing_verbs:
        return None
    case = any(c.dep_ == "dobj" and lemma(c) in cues.faced_case_nouns for c in verb.children)
    return verb if case else None


def compound_under_talks(noun: Token, cues: Modality) -> bool:
    """An act noun compounded on a noun of offering or asking ("a ceasefire proposal", "a
    strike call": `offered_act_heads`) names what is offered or asked, and one a talks noun
    takes ("the collapse of surrender talks": `negotiation_heads`) what is negotiated, when it
    is an act talks settle (`negotiated_acts`; "strike talks" leave the strike going on):
    neither is told as done (modality 1.183.0). The parser may read "talks" as a verb."""
    if noun.dep_ != "compound":
        return False
    head = lemma(noun.head)
    if head in cues.offered_act_heads:
        return True
    return head in cues.negotiation_heads and lemma(noun) in cues.negotiated_acts
