"""A clause's own marks of modality, split from events_modality: its negation ("not",
"never", a "nor" before it, a subject that names no one), its future and modal auxiliaries,
an awaited "until" clause, and what undoes a plain reading of them ("not only", "not ...
until", a refusal told in the past, "would not otherwise have", a purpose disowned in the
past: "was not meant to hit")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_subjects_misparsed import listed_condition
from chronicler.annotate.events_vocab import Modality, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Tags of a verb told in the past ("held until he was released"): what a pending mark opens
# then happened.
PAST_TAGS = frozenset({"VBD", "VBN"})


def awaited(clause: Token, cues: Modality) -> bool:
    """A clause after "until" not told in a past tense: "until it apologizes", "until a deal
    is finalized" are awaited; "until he was freed", "until freed" happened."""
    if not any(c.dep_ == "mark" and lemma(c) in cues.pending_marks for c in clause.children):
        return False
    bare = not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    return not (told_in_past(clause) or (bare and clause.tag_ in PAST_TAGS))


def before_ahead(clause: Token, cues: Modality) -> bool:
    """A "before" clause not told in a past tense under a clause not told in the past ("must
    reach an agreement that stops the conflict before aid is released"): English tells a
    time still to come so, as after "until"; "was freed before he was charged" happened."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and lemma(c) in cues.ahead_before_marks for c in clause.children
    ):
        return False
    bare = not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    if told_in_past(clause) or (bare and clause.tag_ in PAST_TAGS):
        return False
    head = clause.head
    head_bare = not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    return not (told_in_past(head) or (head_bare and head.tag_ in PAST_TAGS))


def before_phrase_ahead(prep: Token, head: Token, cues: Modality) -> bool:
    """A "before" phrase on a verb in the present tense, with no past of its own: "The plan
    calls for an end to the violence before a return to peace talks" tells a step still to
    come, as a "before" clause in the present does (before_ahead); "resigned before the vote"
    happened (modality 1.195.6). After a verb of asking in any tense, "demanded a truce
    before allowing aid convoys in", the step after the one asked is ahead too (1.209.0)."""
    if prep.dep_ != "prep" or lemma(prep) not in cues.ahead_before_marks:
        return False
    # (on a noun, the verb its phrase hangs on: "calls for an end to violence and the
    # implementation of measures, before a return to talks")
    for _ in range(4):
        if head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("conj", "dobj", "pobj", "prep"):
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if lemma(head) in cues.asking_purpose_verbs - {"call"} and prep.i > head.i:
        # "demanded a truce before allowing aid convoys in": what is to follow the thing
        # demanded is a step ahead, whatever the demand's tense (modality 1.209.0)
        return True
    if head.tag_ not in ("VBZ", "VBP"):
        return False
    return not told_in_past(head)


def time_clause_ahead(clause: Token, cues: Modality) -> bool:
    """A time clause in the present under a clause told ahead ("will be deported when he is
    released", "faces life in prison when he is sentenced"): English tells a time still to
    come in the present tense there, so the clause is ahead too; "is arrested when he
    protests" (a habit) and "was freed when he was pardoned" are not."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ in ("mark", "advmod") and lemma(c) in cues.ahead_time_marks for c in clause.children
    ):
        return False
    bare = not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    if told_in_past(clause) or (bare and clause.tag_ in PAST_TAGS):
        return False
    head = clause.head
    return any(
        c.dep_ in ("aux", "auxpass") and lemma(c) in cues.future_aux for c in head.children
    ) or (lemma(head) in cues.facing_verbs and head.tag_ in ("VBZ", "VBP"))


def own_marks(token: Token, cues: Modality) -> tuple[bool, bool, bool, str | None]:
    """The token's own (negated, future, hypothetical, modal): its negation, auxiliaries,
    an awaited "until" or a condition it is marked with, and an alleging adverb."""
    negated = future = hypothetical = False
    modal = None
    for child in token.children:
        lem = lemma(child)
        if _not_only(child):
            continue  # "not only killed the deputy but also ...": emphasis, no denial
        if (
            child.dep_ == "neg"
            or (child.dep_ in ("advmod", "det", "neg", "preconj") and lem in cues.negation_words)
            or _no_longer(child)
        ):
            negated = True  # ("preconj": "neither approves nor disapproves")
        elif child.dep_ in ("aux", "auxpass"):
            if lem in cues.future_aux:
                future = True
            elif lem in cues.hypothetical_aux:
                hypothetical = True
                modal = modal or lem
        elif child.dep_ == "mark" and lem in cues.pending_marks and awaited(token, cues):
            future = True  # "until it apologizes": awaited; "until he was freed" happened
        elif (
            child.dep_ in ("mark", "advmod")
            and lem in cues.ahead_time_marks
            and time_clause_ahead(token, cues)
        ):
            future = True  # "will be deported when he is released": ahead like its main clause
        elif child.dep_ == "mark" and lem in cues.ahead_before_marks and before_ahead(token, cues):
            future = True  # "must agree before aid is released": still to come
        elif (child.dep_ == "mark" and lem in cues.conditional_marks) or (
            child.dep_ in ("advmod", "amod") and lem in cues.alleged_words
        ):
            hypothetical = True
        elif child.dep_ == "advcl" and (listed := listed_condition(token)) is not None:
            # "If people don't react, don't protest, ...": a verb listed in the condition
            hypothetical = hypothetical or listed.i == child.i
    if negated and modal == "would" and _refusal_in_past(token, cues):
        hypothetical, modal = False, None  # "threw bottles when police would not release her"
    if modal == "would" and reported_ahead(token, cues):
        hypothetical, future, modal = False, True, None  # "said its members would strike"
    if negated and not_until(token, cues):
        # "will not be released until the ransom is paid", "was not released until 1990":
        # done only later, not denied; still ahead unless told in the past
        negated = False
        future = future or not told_in_past(token)
    negated = negated or _after_nor(token) or _any_under_denied_verb(token)
    if negated and hypothetical and _counterfactual_alternative(token, cues):
        # "concessions they might not otherwise have agreed to": they agreed only in the
        # world the sentence sets against another, a counterfactual, no plain report of the
        # act (hypothetical, not denied; the lead's ruling, modality 1.175.0)
        negated = False
    return negated, future, hypothetical, modal


def _no_longer(adverb: Token) -> bool:
    """ "Rabbani is no longer recognised", "the activist is no longer held": what has ceased
    is not so now (negated; modality 1.193.0); "held for no longer than 48 hours" is a limit,
    no adverb of the verb."""
    return (
        adverb.dep_ == "advmod"
        and adverb.lower_ == "longer"
        and any(c.lower_ == "no" and c.i == adverb.i - 1 for c in adverb.children)
        and not any(c.lower_ == "than" for c in adverb.children)
    )


def reported_ahead(verb: Token, cues: Modality) -> bool:
    """ "The union said its members would strike", "announced that troops would withdraw":
    "would" in a clause a verb of saying (`reporting_verbs`) reports in the past is the future
    of then, as "will" is in speech reported in the present; not with a condition told in the
    clause ("would strike if talks failed") nor with a perfect ("would have freed him")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said it would hold talks and would free them"
    head = clause.head
    if clause.dep_ != "ccomp" or head.i == clause.i or head.tag_ not in PAST_TAGS:
        return False
    if lemma(head) not in cues.reporting_verbs:
        return False
    if any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children):
        return False  # "would have freed him": what did not happen
    return not any(
        c.dep_ == "advcl"
        and any(
            m.dep_ in ("mark", "advmod") and lemma(m) in cues.conditional_marks for m in c.children
        )
        for v in (verb, clause, head)
        for c in v.children
    )


def _not_only(child: Token) -> bool:
    """ "the gang member not only killed the deputy but also ...": a "not" right before
    "only" opens a correlative, adding to what it says rather than denying it (1.79.3)."""
    after = child.i + 1
    if child.lower_ != "not" or after >= len(child.doc):
        return False
    return child.doc[after].lower_ == "only"


def _counterfactual_alternative(verb: Token, cues: Modality) -> bool:
    """A negated modal perfect with "otherwise" ("might not otherwise have agreed to", "would
    not have released them otherwise") denies only the world where things went otherwise: the
    act was done (modality 1.80.0)."""
    return any(
        c.dep_ == "advmod" and lemma(c) in cues.counterfactual_words for c in verb.children
    ) and any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)


def _any_under_denied_verb(noun: Token) -> bool:
    """An act noun of "any" that is the subject of a clause a denied verb takes ("has not had
    any arrests become public", "have not had any arrests reported"): "any" under the denial
    says there was none, as "did not make any arrests" (modality 1.175.0)."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return False
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("ccomp", "xcomp"):
        verb = verb.head  # "has not had any arrests become public"
    elif noun.dep_ != "dobj":  # "has not had any arrests made public"
        return False
    return verb.i != noun.i and any(c.dep_ == "neg" for c in verb.children)


def perceived_only(obj: Token, verb: Token, cues: Modality) -> bool:
    """The act is what a verb of perceiving takes as its object, a definite one ("didn't hear
    the gunshot", "did not see an attack"): the perceiving is denied, not the act. An object
    of "any" ("has not seen any protests", "did not witness any attacks") is no act told
    apart from the seeing: the verb denies there was one (modality 1.175.0)."""
    if lemma(verb) not in cues.perception_verbs:
        return False
    if verb.dep_ == "xcomp" and lemma(verb.head) in cues.wished_sight_verbs:
        return False  # "would like to see a proper investigation": wished for (1.183.0)
    return not any(c.dep_ == "det" and c.lower_ == "any" for c in obj.children)


def not_until(verb: Token, cues: Modality) -> bool:
    """The negated verb, or the infinitive it takes ("are not expected to start until"), has
    an "until" phrase or clause: "not ... until" tells when it happens, not that it does
    not."""
    if not any(c.dep_ == "neg" or lemma(c) in ("not", "n't", "never") for c in verb.children):
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "prep" and lemma(c) in cues.pending_marks:
                return True
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and lemma(m) in cues.pending_marks for m in c.children
            ):
                return True
    return False


def told_in_past(verb: Token) -> bool:
    """ "did not withdraw", "was not released", "had not been freed": a past auxiliary, or a
    past verb with no auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return any(
            c.tag_ in ("VBD",) or (c.tag_ == "VBN" and c.lower_ == "been") for c in auxes
        ) and not any(c.lower_ in ("will", "shall", "'ll", "wo") for c in auxes)
    return verb.tag_ == "VBD"


def _after_nor(verb: Token) -> bool:
    """A predicate coordinated after "nor" is denied as the one before it ("neither attacked
    the town nor arrested the mayor", "did not attack the town, nor did they arrest him"):
    the last conjunction between it and the predicate it is coordinated with is "nor"."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.head.i >= verb.i:
        return False
    marks = [c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
    return bool(marks) and marks[-1].lower_ == "nor"


def _refusal_in_past(verb: Token, cues: Modality) -> bool:
    """ "would not" in a clause of time or cause under a verb told in the past is a refusal
    that happened ("threw bottles when the police would not release her", "the talks
    collapsed because the rebels would not disarm"): negated, no condition."""
    if verb.dep_ != "advcl":
        return False
    # ("when" the parser may read as an adverb of the clause)
    marks = [c for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i]
    if not any(lemma(c) in cues.refusal_clause_marks for c in marks):
        return False
    head = verb.head  # "started throwing bottles when ...": the tense of the verb it completes
    while head.tag_ != "VBD" and head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        head = head.head
    return head.tag_ == "VBD"


def negative_subject(child: Token, cues: Modality) -> bool:
    """The child is a subject that names no one ("Nobody was injured", "No one was
    arrested", "No-one has been injured" split into "No - one", "None of them were held"):
    what it does or undergoes did not happen."""
    if child.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if lemma(child) in cues.negative_subjects or child.lower_ in cues.negative_subjects:
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in child.children):
        return True
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in child.children):
        return True  # "Neither the army nor the police arrested him"
    # "No-one", "No one" the parser splits and tags "No" an interjection: "one" right after
    # "no" (and a hyphen) is still no one
    before = [t for t in child.doc[max(child.i - 2, 0) : child.i] if t.text != "-"]
    return child.lower_ == "one" and bool(before) and before[-1].lower_ == "no"


def disowned_purpose(trigger: Token, cues: Modality) -> bool:
    """ "The bullet was not meant to hit the girl", "the remark was not meant to offend": the
    infinitive of a passive verb of purpose (`disowned_purpose_verbs`) denied in the past is
    an act done unintended; the denial is of the purpose, not the act (modality 1.102.0). A
    person's own intent denied ("he never intended to harm her", "did not mean to") is a plea
    that does not tell the act done, and stays a denial (1.102.1)."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or trigger.pos_ != "VERB" or head.i == trigger.i:
        return False
    if lemma(head) not in cues.disowned_purpose_verbs or not told_in_past(head):
        return False
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return passive and any(c.dep_ == "neg" for c in head.children)


def reason_denied(trigger: Token, cues: Modality) -> bool:
    """A "not" on an act that gives its motive denies the motive, not the act: "the church
    was not torched because of her beliefs", "was not attacked because of his race", "was
    not targeted simply because it is a mosque" (the act told; modality 1.132.2). A reason
    for not acting keeps the negation ("was not arrested because of a lack of evidence")."""
    if not any(c.dep_ == "neg" for c in trigger.children):
        return False
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "because":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if any(lemma(o) in cues.motive_nouns for o in objects):
                return True  # "because of her beliefs"
        # "not simply because it is a mosque": the "not" is on the reason's "only"
        marks = [c.lower_ for c in child.children if c.dep_ in ("mark", "advmod")]
        if child.dep_ == "advcl" and "because" in marks and set(marks) & cues.only_reason_words:
            return True
    return False


def hoped_reason(trigger: Token, cues: Modality) -> bool:
    """ "I hope the church was not torched because of her beliefs": the hope is of the motive
    the "not" denies, so the act stays told."""
    return trigger.dep_ == "ccomp" and lemma(trigger.head) in cues.hoping_verbs


def shares_do_negation(verb: Token) -> bool:
    """A verb in the bare form with no auxiliary of its own coordinated with a verb negated
    with "do" ("did not fire the gun and, in the end, kill the guard"): the bare form hangs
    on that "did not" too, so the act is denied as well (modality 1.134.0); a finite one
    keeps its own polarity ("did not resign and went home")."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
        or not any(c.dep_ == "neg" for c in head.children)
    ):
        return False
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and lemma(c) == "do" for c in head.children):
        return True
    # "had not admitted any role or implicated anyone", "was never charged or tried": a
    # predicate joined by "or" to a negated one, with no auxiliary or subject of its own, is
    # in the negation's scope whatever its form, "not A or B" denying both (modality 1.209.0)
    return any(
        c.dep_ == "cc" and c.lower_ in ("or", "nor") and head.i < c.i < verb.i
        for c in (*head.children, *verb.children)
    )


_CLAUSE_BREAKS = frozenset({"--", "—", "–", ";"})


def dashed_before(token: Token, dep: str, head: Token) -> bool:
    """ "A producer offered her a role -- she refused": a clause the parser hangs as the
    complement of a verb after it, across a dash or a semicolon, is a sentence of its own
    that the verb answers; the offer was made, only the refusal refuses (modality 1.166.0).
    A complement after its verb ("refused to meet them") is the verb's own. So is one across
    a comma when the verb has an object of its own and the clause a subject ("We committed to
    native title, we refused the options that Howard put forward": the commitment stands;
    modality 1.191.1); "The army shot them, the government denied" is the denial's."""
    if dep != "ccomp" or token.i > head.i:
        return False
    between = token.doc[token.right_edge.i + 1 : head.i]
    if any(t.text in _CLAUSE_BREAKS for t in between):
        return True
    return (
        any(t.text == "," for t in between)
        and any(c.dep_ == "dobj" for c in head.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )
