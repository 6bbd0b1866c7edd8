"""Acts told as given or done rather than asked for, planned or denied, split from
events_modality: a label put on an act ("branded it a coup"), an ability told in the past, a
clause reporting what was done, a definite act recalled as planned or ordered, a standing act
("the talks that were held"), an occasion attended, a noun's phrase after a denied link, a
kind told in general and an allegation a court establishes."""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from chronicler.annotate.events_modality_negation import PAST_TAGS, own_marks, told_in_past
from chronicler.annotate.events_vocab import Modality, lemma, load_vocab, verb_listed

if TYPE_CHECKING:
    from spacy.tokens import Token


def label_put_on(trigger: Token, cues: Modality) -> bool:
    """The trigger noun is the label a verb of labelling gives its object: "described the
    removal as a coup" (pobj of "as"), "branded it a coup" (object predicate)."""
    if trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and lemma(head) in cues.characterisation_preps:
        head = head.head
    elif trigger.dep_ == "appos" and head.dep_ == "dobj":
        # "called the waiting period another concession": the label read as the object's
        # apposition (version 1.44.0)
        head = head.head
    elif trigger.dep_ not in ("oprd", "xcomp"):
        return False
    return head.pos_ == "VERB" and lemma(head) in cues.labelling_verbs


def achieved(word: Token, cues: Modality) -> bool:
    """ "were able to apprehend a suspect": an ability told in the past tense of "be" is an
    act done (as "managed to"), not one still ahead; "will be able to" stays future."""
    if lemma(word) not in cues.achieved_in_past or word.dep_ != "acomp":
        return False
    verb = word.head
    return verb.tag_ == "VBD" and not _modal_aux(verb, cues)


def _modal_aux(verb: Token, cues: Modality) -> bool:
    """The verb has an auxiliary of the future or of a possibility ("will", "would", "may")."""
    return any(
        c.dep_ == "aux" and lemma(c) in cues.future_aux | cues.hypothetical_aux
        for c in verb.children
    )


def told_as_done(clause: Token, dep: str, cues: Modality) -> bool:
    """ "agree that China has taken advantage", "warned that the police arrested them": a
    finite clause an intent verb takes, told in the past or a perfect tense, reports what was
    done, not what is to come ("agreed that he would be freed" keeps its modal; "hopes that
    he is freed" its present)."""
    if dep != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(lemma(c) in cues.future_aux | cues.hypothetical_aux for c in auxes):
        return False
    if not auxes:
        # a past form unlike its lemma: the tagger calls an unsplit "soldiers'll storm" past
        # too, and "hit", "cut" could be either
        return clause.tag_ == "VBD" and clause.lower_ != lemma(clause)
    return any(
        (lemma(c) == "have" and c.tag_ in ("VBZ", "VBP", "VBD")) or (c.tag_ == "VBD") for c in auxes
    )


# Determiners of an act told before, a known one ("the attacks", "these raids").
DEFINITE = frozenset({"the", "these", "those", "this", "that"})


def definite_or_owned(noun: Token) -> bool:
    """The noun has a determiner of a known act or a possessor ("the attacks", "his arrest"):
    an act told before, a given one."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and lemma(c) in DEFINITE) for c in noun.children
    )


def act_carried_out(noun: Token, cues: Modality) -> bool:
    """ "could not move to make the arrests", "went in to carry out the raid": an act noun a
    verb of carrying out takes is that verb's act, not one told before, even when definite
    (`performing_verbs`; modality 1.193.0)."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and lemma(noun.head) in cues.performing_verbs
    )


def ground_sought_in(token: Token, head: Token, cues: Modality) -> bool:
    """ "has not moved one inch in bargaining", "made no progress in the talks": the "in"
    phrase of a verb of giving ground (`ground_giving_verbs`), of a noun of headway
    (`headway_nouns`) or of a verb taking one is where it was sought, held whatever is denied
    of it."""
    if token.dep_ != "prep" or lemma(token) != "in":
        return False
    if head.pos_ == "NOUN":  # "no progress in the talks"
        return lemma(head) in cues.headway_nouns
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if lemma(head) in cues.ground_giving_verbs:
        return True
    return any(
        c.dep_ in ("dobj", "npadvmod") and lemma(c) in cues.headway_nouns for c in head.children
    )


def concealed(token: Token, head: Token, cues: Modality) -> bool:
    """ "accused him of trying to cover-up child abuse allegations", "sought to conceal the
    killings": the object of a verb of hiding (`concealing_verbs`, a phrasal one with its
    particle) is there to be hidden, told whatever the verbs over the hiding say."""
    return token.dep_ == "dobj" and head.pos_ == "VERB" and verb_listed(head, cues.concealing_verbs)


def told_among(noun: Token) -> bool:
    """A bare act noun told among a group ("unrest among the southern tribes", "violence among
    rival gangs"): a situation going on there, as a definite act noun is a given one (only for
    a verb of countering, which the modality reads; modality 1.191.0)."""
    if noun.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "among" and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    )


def recalled_plan(token: Token, head: Token, cues: Modality) -> bool:
    """ "an Islamic Jihad group planned the attacks", "who had prepared the bombing": a
    definite act that a planning verb in the past takes as its object is one told before,
    done; "planned an attack", "will plan the attack", "plans to attack" stay ahead."""
    if token.dep_ != "dobj" or lemma(head) not in cues.recalled_plan_verbs:
        return False
    if head.tag_ not in PAST_TAGS or _modal_aux(head, cues):
        return False
    return definite_or_owned(token)


def _told_done(clause: Token, cues: Modality) -> bool:
    """A relative clause told in the past or a perfect with no modal ("that were held", "in
    which a gunman shot a man"), not one with "will" or "would"."""
    aux = [lemma(c) for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a in cues.future_aux or a in cues.hypothetical_aux for a in aux):
        return False
    return (
        clause.tag_ == "VBD"
        or "have" in aux
        or (clause.tag_ == "VBN" and any(c.tag_ == "VBD" for c in clause.children))
    )


def standing(noun: Token, cues: Modality) -> bool:
    """The noun is the subject of its own relative clause told in the past or a perfect with
    no modal ("the partnership that has existed", "the talks that were held"): an act that
    stands or was done. A present tense ("the deal that ends the war") may be one wished for,
    and is left to the verbs over the noun (modality 1.80.0)."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in clause.children
        ):
            continue
        if _told_done(clause, cues):
            return True
    return False


def told_in_which(noun: Token, cues: Modality) -> bool:
    """The noun's own relative clause opened by "in which" or "during which" is told in the
    past or a perfect with no modal ("investigating an attack in which a gunman shot a man",
    "a raid during which two men were arrested"): the clause tells what happened in the act,
    so the act was done, out of reach of the verbs over the noun ("an attack in which he
    would kill" stays with them; modality 1.99.0)."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or not any(
            c.dep_ == "prep"
            and lemma(c) in ("in", "during")
            and any(g.dep_ == "pobj" and lemma(g) == "which" for g in c.children)
            for c in clause.children
        ):
            continue
        if _told_done(clause, cues):
            return True
    return False


def occasion_of(token: Token, head: Token, below: Token, trigger: Token, cues: Modality) -> bool:
    """The trigger is a gathering attended ("to attend a prayer vigil": the dobj of a verb of
    attending) or the one an act is done at ("would speak at a vigil"): an occasion, given."""
    if head.pos_ != "VERB":
        return False
    if token.i == trigger.i:
        return token.dep_ == "dobj" and lemma(head) in cues.attending_verbs
    return (
        token.dep_ == "prep"
        and lemma(token) in cues.venue_preps
        and below.i == trigger.i
        and trigger.dep_ == "pobj"
        and lemma(trigger) in cues.gathering_nouns
    )


def scene_of_given(token: Token, below: Token, trigger: Token, cues: Modality) -> bool:
    """The climb leaves the trigger's own "in", "at" or "behind" phrase (`scene_preps`): with
    a definite or owned act noun ("is not explained in the indictment", "might be behind the
    mass shooting", "agreed to mediation in the final status talks") the phrase names the
    scene of the governor's act, a given one, as an "after" phrase does (modality 1.209.0).
    Not the phrase of a verb of taking part, which names the subject's own act ("did not
    take part in the talks"; 1.209.3)."""
    if not (
        token.dep_ == "prep"
        and lemma(token) in cues.scene_preps
        and below.i == trigger.i
        and trigger.dep_ == "pobj"
    ):
        return False
    owner = token.head
    if owner.pos_ == "NOUN" and lemma(owner) in cues.part_nouns:
        return False  # "take part in the talks", the phrase hung on "part"
    return not (
        owner.pos_ == "VERB"
        and (
            lemma(owner) in cues.part_taking_verbs
            or any(c.dep_ == "dobj" and lemma(c) in cues.part_nouns for c in owner.children)
        )
    )


def ended_act(token: Token, head: Token, cues: Modality) -> bool:
    """ "called for an end to all anti-Israeli attacks", "vowed to put a stop to the
    shelling": the act in the "to" phrase of a noun of ending (`ending_nouns`) goes on,
    definite or not; only its end is asked or vowed. The parser may hang the phrase on the
    verb that takes the noun ("put" in "put a stop to"; modality 1.209.0)."""
    if token.dep_ != "pobj" or lemma(head) != "to" or head.dep_ != "prep":
        return False
    owner = head.head
    if owner.pos_ == "NOUN":
        return lemma(owner) in cues.ending_nouns
    return owner.pos_ == "VERB" and any(
        c.dep_ == "dobj" and lemma(c) in cues.ending_nouns and c.i < head.i for c in owner.children
    )


def labelled_object(token: Token, head: Token, dep: str, cues: Modality) -> bool:
    """ "called the order ``grave and sinister''", "called the raid a massacre": the object of
    a verb of labelling that gives it a label (an object predicate, or the label read as the
    object's apposition) is what is labelled, no act called for (modality 1.80.0)."""
    if dep != "dobj" or lemma(head) not in cues.labelling_verbs:
        return False
    return any(c.dep_ in ("oprd", "xcomp") for c in head.children) or any(
        c.dep_ == "appos" for c in token.children
    )


def recalled_order(token: Token, head: Token, cues: Modality) -> bool:
    """ "he had ordered the strikes", "who authorized the raids": definite acts, told before,
    that a verb of ordering in the past takes as its object are known ones, done; "ordered an
    attack", "ordered the release of the prisoners" (an act named by its "of"-phrase, new),
    "will order the strikes" stay asked for (modality 1.80.0)."""
    if token.dep_ != "dobj" or lemma(head) not in cues.recalled_order_verbs:
        return False
    if token.tag_ != "NNS" or any(c.dep_ == "prep" and lemma(c) == "of" for c in token.children):
        return False
    if head.tag_ not in PAST_TAGS or _modal_aux(head, cues):
        return False
    return any(c.dep_ == "det" and lemma(c) in DEFINITE for c in token.children)


def given_nouns_phrase(prep: Token, cues: Modality) -> bool:
    """ "The army denied any link to the attack": a preposition the parser hangs on the verb
    right after the verb's object, one of `given_act_nouns`, is that noun's phrase, as in
    "a link to the attack" (version 1.70.0)."""
    if prep.i == 0 or prep.head.pos_ != "VERB":
        return False
    before = prep.nbor(-1)
    return (
        before.dep_ == "dobj"
        and before.head.i == prep.head.i
        and lemma(before) in cues.given_act_nouns
    )


def kind_in_general(noun: Token, cues: Modality) -> bool:
    """A kind noun told in general: "such kind of", "all forms of", "this type of"."""
    return (
        noun.pos_ == "NOUN"
        and lemma(noun) in cues.kind_nouns
        and any(
            c.dep_ in ("det", "predet", "amod") and c.lower_ in cues.generalising_words
            for c in noun.children
        )
    )


def established(noun: Token, cues: Modality) -> bool:
    """An allegation a court or a jury establishes, told with no negation, modal or "will"
    of its own: "found true the allegation", "upheld the allegation", "the allegation was
    sustained" ("find" only with a predicate of truth)."""
    if noun.pos_ != "NOUN":
        return False
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "upheld the allegation of X and the allegation that Y"
    prep = first.head
    if first.dep_ == "pobj" and lemma(prep) in cues.conviction_preps:
        return _convicted_on(prep.head, cues)  # "convicted him on charges of murdering X"
    if first.dep_ in ("dobj", "nsubjpass"):
        verb = prep
    elif (  # "found the allegation that he fired true": the subject of the predicate
        first.dep_ == "nsubj"
        and lemma(prep) in cues.established_predicates
        and prep.dep_ in ("ccomp", "xcomp", "oprd")
    ):
        verb = prep.head
    elif (  # "found true the allegations of X, along with the allegations that Y"
        first.dep_ == "pobj"
        and lemma(prep) == "with"
        and prep.head.lower_ in ("along", "together")
        and prep.head.dep_ in ("prep", "advmod")
    ):
        verb = prep.head.head
        if verb.pos_ == "NOUN":  # "along with" hung on the first allegation: its companion
            return verb.i != noun.i and established(verb, cues)
    else:
        return False
    if verb.pos_ != "VERB" or any(own_marks(verb, cues)):
        return False
    lem = lemma(verb)
    if lem in cues.establishing_verbs:
        return True
    return lem in cues.finding_verbs and any(
        lemma(c) in cues.established_predicates
        for c in [*verb.children, *noun.children]
        if c.dep_ in ("acomp", "oprd", "amod", "ccomp", "xcomp", "advmod")
    )


def _convicted_on(verb: Token, cues: Modality) -> bool:
    """The verb a charge is told "on" is a conviction or a sentence, or a finding of guilt
    ("found guilty on charges of", the "on" hung on the verb or on "guilty"), told with no
    negation, modal or "will" of its own (modality 1.142.0)."""
    if verb.pos_ == "ADJ" and lemma(verb) in cues.guilt_words:
        verb = verb.head  # "found guilty on charges of": "on" hung on the adjective
    if verb.pos_ != "VERB" or any(own_marks(verb, cues)):
        return False
    if lemma(verb) in cues.convicting_verbs:
        return True
    return lemma(verb) in cues.finding_verbs and any(
        lemma(c) in cues.guilt_words and not any(g.dep_ == "neg" for g in c.children)
        for c in verb.children
    )


def dated_in_past(trigger: Token, cues: Modality) -> bool:
    """The act carries a past date of its own: a date in its phrase naming a year ("blowing up
    a Pan Am jet over Scotland in 1988", "the 1988 bombing") or a word of the past ("killing
    two women 41 years ago", "last week"). Such an act happened; what a case verb over it
    alleges is who did it (modality 1.86.0)."""
    for token in trigger.subtree:
        if token.ent_type_ != "DATE":
            continue
        if lemma(token) in cues.past_date_words:
            return True
        if len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2099:
            return True
        if _on_past_happening(token, trigger, cues):
            return True
        if _day_of_month(token):
            return True
    return False


_MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"))


def _day_of_month(month: Token) -> bool:
    """A month named with its day in the act's own phrase, with no year ("charged with
    stabbing him on August 2", "murdering her on Aug. 2nd"): a calendar day the act took
    place on, so it happened, as a dated year tells (modality 1.132.3). A month alone ("in
    August") may lie ahead."""
    if month.lower_.rstrip(".") not in _MONTHS:
        return False
    near = [t for t in (month.nbor(1) if month.i + 1 < len(month.doc) else None,) if t is not None]
    near += [t for t in (month.nbor(-1) if month.i > 0 else None,) if t is not None]
    return any(
        t.ent_type_ == "DATE"
        and re.fullmatch(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?", t.lower_) is not None
        for t in near
    )


def _on_past_happening(date: Token, trigger: Token, cues: Modality) -> bool:
    """A date with no year on a verb of happening told in the past in the act's own clause
    ("the murder of X, which took place outside his home this August 2nd"): the past tense
    puts the day before the telling (modality 1.126.3)."""
    verb = date.head
    while verb.pos_ not in ("VERB", "AUX") and verb.i != trigger.i and verb.head.i != verb.i:
        verb = verb.head
    took_place = lemma(verb) == "take" and any(  # "took place": the noun, no particle
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
    )
    if verb.i == trigger.i or not (took_place or verb_listed(verb, cues.happening_verbs)):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" and not any(c.tag_ == "MD" for c in auxes)


def case_named(trigger: Token, cues: Modality) -> bool:
    """ "developments in a 2003 murder case", "at the bombing trial": an act noun that is the
    compound of a case noun names what the case is about, which happened (modality 1.100.0);
    not an act the case decides or is a step of ("the impeachment trial", "an extradition
    case": `proceeding_act_nouns`, 1.102.1)."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "compound"
        and trigger.head.pos_ == "NOUN"
        and lemma(trigger.head) in cues.case_nouns
        and lemma(trigger) not in cues.proceeding_act_nouns
    )


def long_standing(noun: Token, cues: Modality) -> bool:
    """ "a four-decade economic embargo", "the decades-long blockade", "the two-year-old
    war": an act noun told to have lasted a long span is a standing act, real whatever the
    verbs over it ask or deny. A span counted in decades or centuries, or any span told with
    "long" or "old"; "a two-day strike", "a five-year ban" name a length a plan may give."""
    if noun.pos_ != "NOUN":
        return False
    for child in noun.children:
        if child.dep_ in ("nmod", "compound", "amod", "npadvmod"):
            if lemma(child) in cues.long_span_units and any(
                c.dep_ == "nummod" for c in child.children
            ):
                return True  # "a four-decade embargo"
            if lemma(child) in cues.length_words and any(
                c.dep_ == "npadvmod" and lemma(c) in cues.span_units for c in child.children
            ):
                return True  # "the decades-long blockade", "the two-year-old war"
    return False


def cut_short(noun: Token) -> bool:
    """An act noun a verb of interrupting takes is under way when it is cut short ("a guard
    who tried to break up the fight was stabbed", "police interrupted the rally"): real,
    out of reach of the attempt or the wish over the interrupting (`interrupting_verbs`,
    vocabulary 1.310.0); "tried to prevent an attack" is not listed and stays a goal."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    return verb_listed(verb, load_vocab().words("interrupting_verbs"))


def fled_happening(noun: Token, cues: Modality) -> bool:
    """An act going on that someone flees or escapes ("shot the suspect as he tried to flee a
    raid on his house", "villagers escaped the shelling"; `fleeing_verbs` with a noun of
    `fled_happenings`): under way, real whatever the flight's own mood, and never denied as
    an act of custody escaped is ("escaped arrest", "evaded trial" stay negated; modality
    1.182.0)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return False
    return lemma(noun.head) in cues.fleeing_verbs and lemma(noun) in cues.fled_happenings


def feared(noun: Token) -> bool:
    """An act noun one is afraid or wary of is feared, not done ("people are afraid of
    retaliation", "residents are wary of reprisals": hypothetical; `fear_adjectives`,
    vocabulary 1.310.0), as a verb of fearing's object is, and so is one in the "of" phrase
    of a noun of fear or risk ("for fear of Israeli bombing", "the risk of arrest";
    `fear_nouns`, vocabulary 1.408.1)."""
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or lemma(prep) != "of":
        return False
    vocab = load_vocab()
    if prep.head.pos_ == "NOUN":  # "for fear of Israeli bombing", "the risk of arrest"
        return lemma(prep.head) in vocab.words("fear_nouns")
    return prep.head.pos_ == "ADJ" and lemma(prep.head) in vocab.words("fear_adjectives")


def linked_act(noun: Token, cues: Modality) -> bool:
    """A definite or owned act noun told as the subject of a link between it and something
    else happened ("apologised if the fire was connected to the campaign", "asked whether the
    attack was linked to the vote"): a condition or a question over the link bears on the
    link, not on the act (`link_predicates`, modality 1.130.0)."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("nsubj", "nsubjpass")
        and lemma(noun.head) in cues.link_predicates
        and definite_or_owned(noun)
    )


def set_a_deadline(verb: Token, cues: Modality) -> bool:
    """An infinitive whose act is set a span of time to happen in is ahead ("was ordered to be
    transferred within 10 days", "told to leave the country within 72 hours"; `deadline_preps`,
    `deadline_units`, modality 1.130.0); a finite verb tells its own time ("were released
    within 24 hours")."""
    if verb.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return False
    return given_a_deadline(verb, cues) or any(
        c.dep_ == "prep"
        and lemma(c) in cues.deadline_preps
        and any(lemma(o) in cues.deadline_units for o in c.children if o.dep_ == "pobj")
        for c in verb.children
    )


def given_a_deadline(verb: Token, cues: Modality) -> bool:
    """The infinitive a span of time is given for ("has given the rebel leader 24 hours to
    comply", "gave the militia two days to surrender its weapons"; `deadline_giving_verbs`,
    `deadline_units`): demanded by then, ahead (modality 1.183.0). The parser hangs it on the
    span or on the giving verb beside the span."""
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and lemma(head) in cues.deadline_units:
        return head.dep_ in ("dobj", "npadvmod") and lemma(head.head) in cues.deadline_giving_verbs
    return (
        verb.dep_ in ("advcl", "xcomp")
        and lemma(head) in cues.deadline_giving_verbs
        and any(
            c.dep_ in ("dobj", "npadvmod") and lemma(c) in cues.deadline_units
            for c in head.children
        )
    )


def presupposed(token: Token, head: Token, cues: Modality) -> bool:
    """The clause with a subject of its own that a factive word takes (`factive_words`:
    "demanded an admission by the army that its soldiers killed the protesters", "refused to
    acknowledge that troops fired on the crowd"): what is admitted is told true, whatever
    the verbs over the word ask or deny (modality 1.143.1)."""
    return (
        token.dep_ in ("ccomp", "acl")
        and head.pos_ in ("VERB", "NOUN")
        and lemma(head) in cues.factive_words
        and token.pos_ in ("VERB", "AUX")
        and token.i > head.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def question_on_a_done_act(token: Token, head: Token, cues: Modality) -> bool:
    """An indirect question on how many, how, why, when, where or by whom (`content_question_
    words`) an act was done, taken by a predicate, with the act told in the past or the
    perfect and no modal: "could not say how many shots were fired", "exactly how many shots
    were fired", "would not say how many protesters have been arrested", "why the guards beat
    the prisoners", "who fired the shots". Only the count, the manner, the cause or the doer is
    asked; the act is told done (modality 1.149.0 and 1.150.0, one reading since 1.163.0).
    "whether" or "if" asks whether it was done, and "how many would be arrested", "when the
    army will withdraw" ask of an act to come: both stay open."""
    if token.dep_ != "ccomp" or token.pos_ not in ("VERB", "AUX"):
        return False
    if head.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in cues.hypothetical_aux or lemma(a) in ("will", "shall") for a in auxiliaries):
        return False
    perfect = token.tag_ == "VBN" and any(lemma(a) == "have" for a in auxiliaries)
    if not (told_in_past(token) or perfect):
        return False
    opener = _question_word(token, cues)
    if opener is None:
        return False
    # the clause says who or what the act is told of: its own subject, or the object the
    # question counts ("how many people police detained")
    return any(
        c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "dobj" and opener in c.subtree)
        for c in token.children
    )


def _question_word(clause: Token, cues: Modality) -> Token | None:
    """The question word opening `clause`, past adverbs before it ("exactly how many")."""
    opener = clause.left_edge
    while opener.i < clause.i and opener.tag_ == "RB":
        opener = opener.doc[opener.i + 1]
    if opener.i >= clause.i or opener.tag_ not in _WH_TAGS:
        return None
    return opener if opener.lower_ in cues.content_question_words else None


def content_reported(token: Token, lem: str, dep: str, cues: Modality) -> bool:
    """A noun of asking `lem` whose phrase through `token` names what it reports, nothing
    asked: "the 911 call of the shooting", "an appeal of his conviction" (`asking_nouns_of_
    other`; modality 1.113.0), and a call "about", "regarding" a happening ("responded to a
    call about a stabbing", "a call reporting a shooting": it happened; `told_content_preps`,
    `report_call_nouns`; modality 1.163.0). "calls for the release" keep their content asked."""
    prep = lemma(token)
    if dep == "prep" and prep == "of":
        return lem in cues.asking_nouns_of_other
    # "a call regarding a shooting", "a call reporting a stabbing": participles the parser
    # hangs on the noun as clauses
    return (
        dep in ("prep", "acl") and prep in cues.told_content_preps and lem in cues.report_call_nouns
    )
