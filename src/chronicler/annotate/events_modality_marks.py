"""Marks of an event mention's modality that one predicate each tells: a noun of suspicion
over the act, "without", a clause spliced on, a goal of striving, a ruled-out or needed act,
an act to happen or looming, a speech act performed in the telling, a forced choice.

Split out of events_modality, which climbs the clauses above the trigger and asks these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_mandative import mandative_clause
from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_modality_given import established
from chronicler.annotate.events_modality_negation import awaited, own_marks, told_in_past
from chronicler.annotate.events_vocab import Modality, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def suspected(token: Token, dep: str, head: Token, cues: Modality) -> bool:
    """The act a noun of suspicion names: its "of"-phrase ("on suspicion of attacking a
    guard", "on charges of beating a prisoner"), or a bare clause right after it that the
    parser hung on the verb before the noun ("detained him on suspicion he attacked a
    guard"): alleged, not told done (modality 1.95.0)."""
    if dep in ("pobj", "pcomp") and lemma(head) == "of":
        noun = head.head
        # ("found true the allegations of murder of a peace officer": established, done)
        return (
            noun.pos_ == "NOUN"
            and lemma(noun) in cues.suspicion_nouns
            and noun.i < head.i
            and not established(noun, cues)
        )
    if dep != "ccomp" or token.left_edge.i == 0:
        return False
    noun = token.doc[token.left_edge.i - 1]
    return (
        noun.pos_ == "NOUN"
        and lemma(noun) in cues.suspicion_nouns
        and noun.dep_ == "pobj"
        and noun.head.head.i == head.i
    )


def claim_complement(token: Token, dep: str, head: Token, cues: Modality) -> bool:
    """The "that"-clause of a noun of claim that the parser hung as its clausal complement
    ("Claims that the army shelled the town were denied"): what is claimed, alleged, as a
    content clause is (modality 1.127.0)."""
    return (
        dep == "ccomp"
        # (a noun the tagger made a verb, read by its place: "Police assertions that the
        # guards beat him were denied", "assertions" a subject; modality 1.141.0)
        and (head.pos_ == "NOUN" or head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))
        and lemma(head) in cues.alleging_nouns
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    )


def privative(prep: Token, cues: Modality) -> bool:
    """A preposition whose object is an act not done ("without consultation with its
    allies", "without firing a shot"), unless a "not" or a "barely" turns it ("not without a
    fight", "did not give up without a fight", "barely a week goes by without a protest")."""
    if lemma(prep) not in cues.privative_preps:
        return False
    if prep.i > 0 and prep.nbor(-1).lower_ in ("not", "n't"):
        return False
    verb = prep.head
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "nsubj" for g in c.subtree)]
    # "did not give up the town without a fight": the fight was given; "barely a week goes by
    # without a demonstration", "hardly a day passes without": there is one nearly always
    return not any(
        c.dep_ == "neg"
        or (c.dep_ == "advmod" and (lemma(c) in cues.negation_words or lemma(c) in _SCARCELY))
        for c in near
    )


# Adverbs of scarcity that turn a "without" as "not" does ("barely a week goes by without").
_SCARCELY = frozenset({"barely", "hardly", "scarcely", "rarely", "seldom"})


def spliced(clause: Token, head: Token, cues: Modality) -> bool:
    """ "He noted the gang member not only killed the deputy, he also allegedly tried to kill
    another man": a finite clause with its own subject before a verb that takes only an
    infinitive, set off from it by a comma, is a clause of its own the parser hung on that
    verb (a comma splice), out of reach of its attempt, failure or "allegedly" (modality
    1.94.0)."""
    if clause.i > head.i or lemma(head) not in cues.infinitive_verbs:
        return False
    if clause.tag_ not in _FINITE_TAGS and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS | {"MD"} for c in clause.children
    ):
        return False
    if not has_own_subject(clause):
        return False
    return any(c.dep_ == "punct" and c.text == "," and clause.i < c.i for c in head.children)


def carries_characterisation(trigger: Token, cues: Modality) -> bool:
    """The trigger carries a qualifying phrase ("held as a bargaining chip") that a denial
    above it can be about, rather than about the act."""
    return any(
        c.dep_ == "prep"
        and lemma(c) in cues.characterisation_preps
        and any(g.dep_ == "pobj" for g in c.children)
        for c in trigger.children
    )


def goal_of(token: Token, cues: Modality) -> bool:
    """`token`, under a noun of striving, is what it strives for: its infinitive ("a bid to
    free") or its "for"-phrase ("the fight for his release")."""
    if token.dep_ == "acl":
        return to_infinitive(token)
    return token.dep_ == "prep" and lemma(token) in cues.goal_prepositions


def charge_listed(token: Token, cues: Modality, strong_hypo: frozenset[str]) -> bool:
    """A bare gerund the parser hung on an accusation as an adverbial clause is one more
    item of its list of charges ("accuse him of usurping functions, forging documents"):
    what it names is alleged, as the first item is."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and lemma(token.head) in strong_hypo
        # ("accused them of spraying her, prompting her to complain": a result, no charge)
        and lemma(token) not in cues.causing_verbs
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in token.children)
        and any(
            t.dep_ == "prep" and lemma(t) in cues.charge_list_preps and _verb_over(t) == token.head
            for t in token.doc[token.head.i : token.i]
        )
    )


def _verb_over(word: Token) -> Token | None:
    """The nearest verb above `word`: a charge's "of" or "with" hangs on the accusation itself
    ("accuse him of usurping functions"), not on a verb the accusation's word takes ("tried
    to blow himself up at a bus station in the town of Haifa, injuring several people": the
    injuries done, no charge; modality 1.202.0)."""
    head = word.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def asked_by_noun_before(clause: Token, cues: Modality) -> bool:
    """The word right before a for-to clause's "for" is a noun of asking or planning ("his
    calls for his boy to be returned", "a demand for the army to withdraw")."""
    mark = next(c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for")
    if mark.i == 0:
        return False
    noun = mark.nbor(-1)
    return noun.pos_ == "NOUN" and lemma(noun) in cues.hypothetical_nouns


def asked_by_object_noun(clause: Token, head: Token, cues: Modality) -> bool:
    """ "reiterated its demand today that Israel ease restrictions", "renewed its call on
    Monday that the army withdraw": a bare-form "that" clause the parser hung on the verb, past
    a time word, whose object before it is a noun of asking (`hypothetical_nouns`) is what
    that noun asks, not done, as where the clause hangs on the noun (modality 1.151.0)."""
    if not mandative_clause(clause):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    return any(
        c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and c.i < clause.i
        and lemma(c) in cues.hypothetical_nouns
        for c in head.children
    )


def time_frame(prep: Token, cues: Modality) -> bool:
    """ "stopped work on the first day of an open-ended strike", "met on the sidelines of the
    summit": a preposition whose object is a span or a side of another act (`frame_nouns`,
    with its own "of" phrase) sets the governor in that act, a setting (modality 1.151.2)."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj"
        and lemma(c) in cues.frame_nouns
        and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        for c in prep.children
    )


def stance_phrase(prep: Token, cues: Modality) -> bool:
    """ "blocked the streets in defiance of the authorities", "refused in protest": a bare
    "in"-phrase whose noun is a stance (`stance_nouns`, no determiner of its own) tells how
    the verb it hangs on was done, so a verb of stopping or refusing does not deny it
    (modality 1.162.0)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            c.dep_ == "pobj"
            and lemma(c) in cues.stance_nouns
            and not any(d.dep_ in ("det", "poss") for d in c.children)
            for c in prep.children
        )
    )


def content_of_noun(clause: Token, noun: Token, cues: Modality) -> str | None:
    """A relative clause whose verb tells what a noun of asking, threatening or planning
    holds (`content_verbs`): the act it takes is that content, not done. "threats that
    included burning his house" is "hypothetical" (modality 1.108.0); "a plan that involved
    storming the base" is "future", as a plan's act is (`intent_nouns`, the lead's ruling of
    the thirty-fourth session; modality 1.111.0). None for any other clause."""
    if noun.pos_ != "NOUN" or lemma(clause) not in cues.content_verbs:
        return None
    if lemma(noun) in cues.hypothetical_nouns:
        return "hypothetical"
    return "future" if lemma(noun) in cues.intent_nouns else None


def going_on(verb: Token, cues: Modality) -> bool:
    """ "FBI agents pushed ahead with their investigation", "pressed on with the offensive":
    a verb of urging with a particle of continuing goes on with an act under way, no act
    asked for ("pushed for an investigation" stays asked). A particle with an object of its
    own is a preposition the parser took for one: "by calling on his allies to freeze the
    assets" asks them (modality 1.209.0)."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("advmod", "prt")
        and lemma(c) in cues.continuing_particles
        and not any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def own_tense(verb: Token, cues: Modality) -> bool:
    """A verb with a tense auxiliary of its own ("was negotiating", "has agreed"), no modal."""
    moods = cues.future_aux | cues.hypothetical_aux
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    return bool(auxes) and not any(lemma(c) in moods for c in auxes)


def own_past(verb: Token, head: Token, cues: Modality) -> bool:
    """A past verb coordinated after a predicate with a modal or "do" auxiliary, itself with
    none: it cannot share the auxiliary ("could not say if anyone was inside, but said no one
    was injured": "said" is told, neither denied nor only possible; "did not fire the gun and
    kill the guard" shares it, a bare verb; modality 1.150.0)."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    moods = cues.future_aux | cues.hypothetical_aux | {"do"}
    return any(c.dep_ == "aux" and lemma(c) in moods for c in head.children)


def ruled_out_by_predicate(trigger: Token, cues: Modality) -> bool:
    """The trigger is the subject of a copula whose predicate rules it out: "removing the
    sanctions is currently out of the question", "talks are off the table" (the copula's own
    adverbs skipped)."""
    verb = trigger.head
    if trigger.dep_ not in ("nsubj", "nsubjpass", "csubj") or lemma(verb) not in (
        cues.ruled_out_copulas | {"be"}
    ):
        return False
    words = [
        t
        for t in trigger.doc[verb.i + 1 : verb.right_edge.i + 1]
        if not (t.dep_ == "advmod" and t.head.i == verb.i)
    ]
    while words and words[0].dep_ == "advmod":  # "remained just out of reach"
        words = words[1:]
    said = " ".join(t.lower_ for t in words)
    return any(said.startswith(p) for p in cues.ruled_out_predicates)


def out_of_reach_goal(trigger: Token, cues: Modality) -> bool:
    """The trigger is what a ruled-out breakthrough or progress is in: "A breakthrough in the
    trade deal has remained just out of reach" (the deal is not made)."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or lemma(prep) not in cues.progress_preps:
        return False
    noun = prep.head
    return (
        noun.pos_ == "NOUN"
        and lemma(noun) in cues.progress_nouns
        and ruled_out_by_predicate(noun, cues)
    )


def needed(trigger: Token, cues: Modality) -> bool:
    """The trigger is the subject of a copula whose predicate calls it needed: "the arrest of
    the perpetrators is essential", "talks are necessary" (an act called for, not done), or of
    a verb of obligation with a passive infinitive ("a deal needs to be struck"); a conjunct
    of the subject too ("the arrest and the conviction ... are essential")."""
    subject = trigger
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head
    verb = subject.head
    if subject.dep_ == "nsubj" and lemma(verb) in cues.obliged_verbs:
        # "any final agreement needs to be made with her team", "a deal has to be struck"
        return any(
            c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children)
            for c in verb.children
        )
    if subject.dep_ not in ("nsubj", "csubj") or lemma(verb) != "be":
        return False
    return any(c.dep_ == "acomp" and lemma(c) in cues.needed_predicates for c in verb.children)


def needed_by_expletive(head: Token, cues: Modality) -> bool:
    """ "it is essential that the army withdraws", "it was vital that the talks resume": the
    "that"-clause of an expletive "it" copula whose predicate calls it needed is called for,
    not told done (recall44c, modality 1.201.0)."""
    return (
        lemma(head) == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
        and any(c.dep_ == "acomp" and lemma(c) in cues.needed_predicates for c in head.children)
    )


def through_to(token: Token, dep: str) -> bool:
    """The climb reached its governor through "to": an infinitive ("committed to withdraw",
    "commit to reform") or a "to" phrase ("committed itself to the talks")."""
    return dep == "xcomp" or (dep == "prep" and token.lower_ == "to")


def to_happen(noun: Token, cues: Modality) -> bool:
    """An event noun that is the subject of a verb of happening with "will" or a reported
    "would" ("the signing will take place", "said a vote would happen"), or of a clause
    awaited ("until a deal is finalized"): still to come. "May", "might" or "could" hedge when,
    not whether, and leave it as it is."""
    head = noun.head
    if imminent(noun, cues):
        return True  # "suggesting a ground attack is imminent": about to come
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or head.pos_ != "VERB":
        return False
    if awaited(head, cues):
        return True  # "reluctant to meet until a deal is finalized": the deal is awaited
    if noun.dep_ == "nsubjpass" and lemma(head) in cues.carried_out_passives:
        # "more raids will be launched", "talks would be held": to be carried out, ahead
        return _future_aux(head, cues)
    if noun.dep_ != "nsubj":
        return False
    place = any(c.dep_ == "dobj" and c.lower_ == "place" for c in head.children)
    said = f"{lemma(head)} place" if place else lemma(head)
    if said not in cues.happening_verbs:
        return False
    return _future_aux(head, cues)


def _future_aux(verb: Token, cues: Modality) -> bool:
    """ "will", or a reported "would", on the verb."""
    return any(c.dep_ == "aux" and lemma(c) in cues.future_aux | {"would"} for c in verb.children)


def imminent(noun: Token, cues: Modality) -> bool:
    """An event noun that is the subject of a copula saying it is about to come ("a full-scale
    ground attack is imminent", "the verdict is due on Friday"; `imminent_predicates`): still
    to come (modality 1.182.0). Not with an infinitive on the adjective ("the talks are due
    to resume": occurring_as tells it as the resuming is told)."""
    copula = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or lemma(copula) != "be":
        return False
    if any(c.dep_ == "neg" for c in copula.children):
        return False  # "no attack is imminent", "an attack is not imminent": not told to come
    return any(
        c.dep_ == "acomp"
        and lemma(c) in cues.imminent_predicates
        and not any(g.dep_ == "xcomp" for g in c.children)
        for c in copula.children
    )


_SCHEDULED_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


def scheduled(trigger: Token, cues: Modality) -> bool:
    """ "The minister is to visit Paris next week", "days before Rice was to ask the UN to
    act": the infinitive of "be" with a party as its subject is an act set for later, still
    to come. In the present any subject but a noun of aim or plan (read as those); in the past
    only a name or a personal pronoun, for "the army's first act was to arrest the mayor" tells
    what was done. "was to have met" (it did not happen) and "is to blame" (a judgement,
    `judging_infinitives`) are no schedule (modality 1.173.0)."""
    if trigger.dep_ != "xcomp" or not to_infinitive(trigger):
        return False
    if lemma(trigger) in cues.judging_infinitives:
        return False
    if any(c.dep_ == "aux" and lemma(c) == "have" for c in trigger.children):
        return False
    copula = trigger.head
    if lemma(copula) != "be" or copula.tag_ not in _FINITE_TAGS:
        return False
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    said = lemma(subject)
    if said in cues.hypothetical_nouns | cues.aim_nouns | cues.intent_nouns:
        return False
    if copula.tag_ in ("VBZ", "VBP"):
        return subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in _SCHEDULED_PRONOUNS
    return subject.pos_ == "PROPN" or subject.lower_ in _SCHEDULED_PRONOUNS


def unfulfilled_schedule(trigger: Token) -> bool:
    """ "The minister was to have met the president on Friday", "the treaty was to have been
    signed": a past "be to" with a perfect infinitive tells an act that was set and did not
    come about, a counterfactual (hypothetical), not one ahead (modality 1.178.0)."""
    if trigger.dep_ != "xcomp" or not to_infinitive(trigger) or trigger.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and lemma(c) == "have" for c in trigger.children):
        return False
    copula = trigger.head
    return lemma(copula) == "be" and copula.tag_ == "VBD"


_SPEAKERS = frozenset({"i", "we"})


def looming(noun: Token, cues: Modality) -> bool:
    """ "whenever prosecutions threatened", "a general strike looms over the capital": an
    act noun that is the subject of a verb of looming with nothing threatened (no object,
    clause or infinitive) hangs over the telling, still to come."""
    head = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or head.pos_ != "VERB":
        return False
    if lemma(head) not in cues.looming_verbs:
        return False
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr") for c in head.children)


def performed(trigger: Token, cues: Modality) -> bool:
    """ "I want to thank the American people", "we would like to congratulate the winners":
    a speaker's wish to perform a speech act, told in the first person, performs it in the
    telling (no future, no hypothetical); "he wants to thank them", "I do not want to
    condemn anyone" stay as they are."""
    head = trigger.head
    if lemma(trigger) not in cues.performative_verbs or trigger.dep_ != "xcomp":
        return False
    if lemma(head) not in cues.performative_wishes or head.pos_ != "VERB":
        return False
    if any(lemma(c) in cues.negation_words for c in head.children if c.dep_ == "neg"):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in _SPEAKERS for c in head.children):
        return True
    return _polite_wish(head, cues)


def _polite_wish(head: Token, cues: Modality) -> bool:
    """ "Police would like to thank the public", "The family wishes to thank everyone": the
    set wish of a statement an office, a firm or a family issues of itself in the third
    person ("would like to", or "wishes to" in the present) performs the speech act in the
    telling, whoever says it; "he wants to thank them", "she wished to thank him" stay."""
    if lemma(head) in cues.polite_wishes_would:
        return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in head.children)
    return lemma(head) in cues.polite_wishes_present and head.tag_ in ("VBZ", "VBP")


def forced(trigger: Token, cues: Modality) -> bool:
    """ "had no option but to surrender", "had no choice but to come out and surrender": the
    trigger, or the infinitive it is coordinated with, follows "no <option> but to" (however
    the parser hangs "but"), an act left as the only one to do, not yet done."""
    verb = trigger
    for _ in range(4):
        aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if aux is not None:
            i = aux.i
            doc = trigger.doc
            return (
                i >= 3
                and doc[i - 1].lower_ == "but"
                and lemma(doc[i - 2]) in cues.forced_choice_nouns
                and any(t.lower_ in ("no", "little") for t in doc[max(0, i - 5) : i - 2])
            )
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def banned_act(trigger: Token, cues: Modality) -> bool:
    """ "The government banned the protest", "the rally was forbidden": an act noun a verb of
    banning takes as its object or passive subject is not told as held, unless its sentence
    says it went ahead ("but it went ahead anyway", "proceeded", "defied the ban")."""
    head = trigger.head
    if (
        trigger.pos_ not in ("NOUN", "PROPN")
        or trigger.dep_ not in ("dobj", "nsubjpass")
        or head.pos_ != "VERB"
        or lemma(head) not in cues.banning_verbs
    ):
        return False
    return not any(
        t.pos_ == "VERB"
        and (
            lemma(t) in cues.went_ahead_verbs
            or (lemma(t) == "go" and any(lemma(c) == "ahead" for c in t.children))
        )
        for t in trigger.sent
    )


def plan_denied(clause: Token, cues: Modality) -> bool:
    """`clause` is the infinitive of a plan that is denied: "has no plans to arrest him",
    "there are no plans to expel the diplomats", "does not have plans to arrest them" (the
    arrest negated, and ahead as a plan's act is; the lead's ruling of the thirty-fifth
    session, modality 1.115.0)."""
    noun = clause.head
    if clause.dep_ != "acl" or not to_infinitive(clause) or noun.pos_ != "NOUN":
        return False
    if lemma(noun) not in cues.intent_nouns | cues.order_nouns:
        return False
    if own_marks(noun, cues)[0]:
        return True
    verb = noun.head
    if noun.dep_ == "attr" and lemma(verb) == "be":
        return denied_existence(verb, cues)  # "there was never any directive to expel him"
    return noun.dep_ == "dobj" and lemma(verb) in cues.having_verbs and own_marks(verb, cues)[0]


def denied_existence(be: Token, cues: Modality) -> bool:
    """An existential "there was" denied: by its own "not" or "never", or by a fronted
    negative phrase (`negative_phrase_nouns`: "In no way was there any directive"), also one
    on the clause it is inverted after as a conjunct ("In no way does it imply or was there
    any directive": the inversion carries the negation on; modality 1.183.3)."""
    there = next((c for c in be.children if c.dep_ == "expl"), None)
    if there is None:
        return False
    if own_marks(be, cues)[0] or _negative_phrase(be, cues):
        return True
    return be.dep_ == "conj" and be.i < there.i and _negative_phrase(be.head, cues)


def _negative_phrase(verb: Token, cues: Modality) -> bool:
    return any(
        c.dep_ == "prep"
        and any(
            o.dep_ == "pobj"
            and lemma(o) in cues.negative_phrase_nouns
            and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
            for o in c.children
        )
        for c in verb.children
    )


def intent_content(clause: Token, cues: Modality) -> bool:
    """`clause` is what an intent noun (`intent_nouns`) names: its infinitive or its "of"
    phrase ("burglary with intent to commit theft", "expressed the intention to withdraw",
    "has no intention of attacking"): intended, flagged future, not told done nor only
    hypothetical (the lead's ruling on intents; modality 1.115.0)."""
    noun = clause.head
    if noun.pos_ != "NOUN":
        return False
    if lemma(noun) in cues.purpose_nouns:
        return purpose_content(clause)
    if lemma(noun) not in cues.intent_nouns:
        return False
    if clause.dep_ == "acl":
        return to_infinitive(clause)
    return clause.dep_ == "prep" and lemma(clause) == "of"


def purpose_content(clause: Token) -> bool:
    """`clause` is the "of" of a purpose noun (`purpose_nouns`) with a gerund, or its "to"
    infinitive: "with the purpose of killing him", "with the aim of overthrowing the
    government", "the goal to topple it": the act is aimed at, still to come (modality
    1.160.0); not an act noun the purpose is of ("the purpose of the raid was to ...": the raid
    is told as done)."""
    if clause.dep_ == "acl":
        return to_infinitive(clause)
    if clause.dep_ != "prep" or lemma(clause) != "of":
        return False
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in clause.children)


def achieved_plan(noun: Token, cues: Modality) -> bool:
    """A plan, a plot or an attempt (`achieved_plan_nouns`) told carried out, completed or
    successful in the past (`plan_done_verbs`: "the plan was carried out", "the plot
    succeeded", "the plan took three months to complete", "the rebels executed the plan"):
    its act was done, neither ahead nor only hoped for; not when the telling verb is denied,
    conditional or ahead ("will be carried out", "did not succeed"; modality 1.121.0)."""
    if noun.pos_ != "NOUN" or lemma(noun) not in cues.achieved_plan_nouns:
        return False
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not told_in_past(verb) or any(own_marks(verb, cues)):  # any flag or modal of its own
        return False  # "did not succeed", "might have worked": not told done
    told = [verb]
    if noun.dep_ == "nsubj" and lemma(verb) == "take":  # "took three months to complete"
        told = [c for c in verb.children if c.dep_ == "xcomp"]
    return any(done_verb(v) in cues.plan_done_verbs for v in told)


def done_verb(verb: Token) -> str:
    """The verb's lemma with its particle ("carry out"), or with its "into" object ("put into
    effect")."""
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    into = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children]
    if prt:
        return f"{lemma(verb)} {prt[0]}"
    if into:
        return f"{lemma(verb)} into {into[0].lower_}"
    return lemma(verb)


def obligation_ahead(verb: Token, head: Token, cues: Modality) -> bool:
    """The infinitive of "have to" in the present or with "will" (`obligation_verbs`): "we
    will have to send high risk detainees to other areas", "the government has to release
    them" tell an obligation, not the act done, as "must" does; "had to flee", "has had to
    close", told in the past, did it (modality 1.183.1)."""
    return (
        verb.dep_ == "xcomp"
        and to_infinitive(verb)
        and lemma(head) in cues.obligation_verbs
        # ("ought to resign": the modal heads its clause, recall44c, modality 1.201.0)
        and (head.tag_ in ("VB", "VBZ", "VBP", "MD") or _reported_obligation(head, cues))
        and not any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBN") for c in head.children)
        and not _split_past_negation(head)
    )


def _reported_obligation(have: Token, cues: Modality) -> bool:
    """A past "had to" in a clause another's words report with no time of its own, the
    present "has to" of the speaker's words: "Powell said Arafat had to arrest the
    militants" (an obligation put on Arafat, not the arrest done); "He said they had to flee
    after the coup", "the villagers had to flee" stay done (modality 1.202.0)."""
    if have.tag_ != "VBD" or have.dep_ != "ccomp" or lemma(have.head) not in cues.reporting_verbs:
        return False
    subject = next((c for c in have.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in have.head.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.pos_ == "PRON"
        or (speaker is not None and lemma(subject) == lemma(speaker))
    ):
        return False
    clause = [
        t
        for c in have.children
        if c.dep_ in ("xcomp", "advcl", "prep", "npadvmod")
        for t in c.subtree
    ]
    return not any(
        t.ent_type_ in ("DATE", "TIME")
        or t.lower_ in ("after", "before", "when", "during", "then", "ago")
        for t in clause
    )


def _split_past_negation(head: Token) -> bool:
    """A past "didn't" a tokeniser split into "didn ’ t" before the verb, which the parser
    reads as nouns, not as the verb's auxiliary: "They didn ’ t have to kill him" tells the
    killing done, as "didn't have to" does, no obligation ahead (modality 1.195.0)."""
    before = head.doc[max(head.i - 3, 0) : head.i]
    return any(t.lower_ == "didn" for t in before)


def gerund_beside_infinitive(trigger: Token) -> Token | None:
    """The "-ing" verb a gerund conjunct goes with where the parser hangs it on the bare
    infinitive that verb takes ("a statement vowing to continue its holy war and slamming his
    peace call": "slamming" goes with "vowing", not with "continue"): by its form it is the
    upper verb's conjunct, told as that verb is, out of reach of the vow (modality 1.183.2)."""
    head = trigger.head
    if not (trigger.dep_ == "conj" and trigger.tag_ == "VBG" and head.tag_ == "VB"):
        return None
    if not to_infinitive(head) or head.dep_ != "xcomp" or head.head.tag_ != "VBG":
        return None
    return head.head


def nearly_reached(prep: Token, head: Token, below: Token, cues: Modality) -> bool:
    """An act one is "close to" (`nearness_words`): a gerund ("are close to signing a $40
    billion cooperation plan", "came close to collapsing") or a settlement noun ("close to a
    deal", `nearness_acts`) is not reached yet, ahead (modality 1.183.4); a place close to an
    act ("close to the fighting") is no nearness of the act."""
    if lemma(prep) != "to" or prep.dep_ != "prep" or head.pos_ not in ("ADJ", "ADV"):
        return False
    if lemma(head) not in cues.nearness_words:
        return False
    return (below.dep_ == "pcomp" and below.tag_ == "VBG") or (
        below.dep_ == "pobj" and lemma(below) in cues.nearness_acts
    )


def handled_act(noun: Token, prep: Token, cues: Modality) -> bool:
    """The act noun is the "of" object of a noun of handling it (`handling_nouns`): "rejected
    criticism of the handling of the strike", "the government's mishandling of the riots":
    the act dealt with was held, out of reach of what the verbs over it deny (modality
    1.195.2)."""
    return (
        noun.dep_ == "pobj"
        and lemma(prep) == "of"
        and lemma(prep.head) in cues.handling_nouns
        and prep.head.pos_ == "NOUN"
    )


def absolute_with(prep: Token) -> bool:
    """A "with" phrase holding a gerund clause with a subject of its own, an absolute
    construction: "With both countries massing troops along the border, the minister warned
    of war" sets the warning in a state of affairs told as going on, real, not what the
    governor warns of, asks or plans (modality 1.195.3)."""
    return lemma(prep) == "with" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and any(g.dep_ == "nsubj" for g in c.children)
        for c in prep.children
    )
