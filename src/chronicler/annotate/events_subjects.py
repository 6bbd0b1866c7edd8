"""Subjects of verbs and the verbs that govern noun triggers, read from the dependency parse.

A verb's subject is its own, or inherited through control ("urged X to free"), coordination
and participles ("troops firing on X"); passive subjects and "by"-agents are kept apart. A
noun trigger's light verb ("authorized the release") lends it that verb's subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from chronicler.annotate.datelines import past_dateline
from chronicler.annotate.events_actors import TIME_ENTS
from chronicler.annotate.events_addressees import addressee
from chronicler.annotate.events_conjunct_voice import active_after_passive, counted_passive_conjunct
from chronicler.annotate.events_match import VERB_POS, to_infinitive
from chronicler.annotate.events_object_control import caused_into_doer, pressed_party
from chronicler.annotate.events_phrases import (
    described_by_participle,
    pobjs,
    prep_objects,
    subject_conjunct,
)
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS, quotation_spans
from chronicler.annotate.events_relative_gaps import reported_gap_subject
from chronicler.annotate.events_report_asides import reported_clause_of_aside
from chronicler.annotate.events_subjects_misparsed import (
    believed_clause_twin,
    listed_charge_doers,
    listed_condition,
    participle_read_as_clause,
    subject_read_as_adverb,
    subject_read_as_apposition,
    subject_taken_by_aside,
)
from chronicler.annotate.events_subjects_texts import (
    issued_text,
    issuer_verb,
    received_text,
    text_of_no_author,
)
from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token


SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})


@dataclass(frozen=True)
class Subjects:
    active: tuple[Token, ...] = ()
    passive: tuple[Token, ...] = ()
    agent: tuple[Token, ...] = ()


# A gerund after these prepositions is done by the verb's object: "credited X with securing
# the release", "accused X of plotting", "despised him for leading a crackdown"; "as" says
# what the object is told to be or to have done ("listed the company as having donated
# 274,500 marks", "described the man as having attacked two officers"; roles 1.32.0).
_OBJECT_CONTROL_PREPS = frozenset({"with", "of", "for", "as"})


def _hindering(verb: Token) -> bool:
    """A verb of hindering or sparing (`hindering_verbs`: "stopped X from", "saved X from")."""
    return verb.pos_ in VERB_POS and lemma(verb) in load_vocab().words("hindering_verbs")


def _gerund_taker(verb: Token) -> bool:
    """A verb whose gerund object is its subject's own act (`gerund_object_verbs`: "denied
    shooting", "admitted firing"), as when the parser reads the gerund as its complement."""
    return verb.pos_ in VERB_POS and lemma(verb) in load_vocab().words("gerund_object_verbs")


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a finite verb with no auxiliary


def _subject_on_auxiliary(verb: Token) -> tuple[tuple[Token, ...], tuple[Token, ...]]:
    """A subject the parser hung on the verb's auxiliary instead of the verb ("The dissident
    remained sheltered by X": "remained" read as a passive auxiliary, with "dissident" its
    subject): the verb's, passive when the auxiliary is."""
    found: tuple[tuple[Token, ...], tuple[Token, ...]] = ((), ())
    for aux in (c for c in verb.children if c.dep_ in ("aux", "auxpass")):
        subj = tuple(s for s in aux.children if s.dep_ in SUBJECT_DEPS | {"nsubjpass"})
        if subj:
            found = ((), subj) if aux.dep_ == "auxpass" else (subj, ())
    return found


def _for_subject(verb: Token) -> tuple[Token, ...]:
    """The subject of a to-infinitive told in a "for" phrase right before it that the parser
    hung on a noun or a verb above ("giving authorization for the police and the army to
    detain them": the police and the army, was the one giving it; roles 1.63.0); as when it
    reads "for" as the infinitive's mark and the noun as its subject."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0 or verb.head.i == verb.i:
        return ()
    before = verb.doc[to.i - 1]
    for tok in (before, *before.ancestors):
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.right_edge.i == before.i:
            above = tok.head.head
            if above.i == verb.head.i or above.head.i == verb.head.i:
                return (tok,)
            return ()
        if tok.i >= verb.i or tok.dep_ not in ("conj", "compound", "nmod", "amod", "pobj"):
            return ()
    return ()


_STEP_ADVERBS = frozenset({"then", "later", "afterwards", "afterward", "next"})


def _next_step(verb: Token) -> bool:
    """A finite verb the parser left as a bare dependent of the verb before, told as the next
    step by "then" ("He put on a guard's uniform, then stole two rifles": he stole them):
    a conjunct with its comma for "and" (roles 1.102.0)."""
    return (
        verb.dep_ == "dep"
        and verb.tag_ in _FINITE_TAGS
        and verb.head.i < verb.i
        # the adverb on the verb, or just before it hung on the verb before ("..., then stole")
        and any(
            c.dep_ == "advmod" and lemma(c) in _STEP_ADVERBS
            for c in (*verb.children, verb.doc[verb.i - 1])
        )
    )


def subjects(verb: Token, depth: int = 0) -> Subjects:
    """Subject(s) of a verb, inheriting through control, coordination and participles."""
    # a dateline the parser made the subject gives way to the words after its dash
    active = tuple(a for c in verb.children if c.dep_ in SUBJECT_DEPS for a in past_dateline(c))
    active = _without_titles(tuple(a for a in active if not _object_of_dangling_prep(a)))
    passive = tuple(a for c in verb.children if c.dep_ == "nsubjpass" for a in past_dateline(c))
    if (counted := counted_passive_conjunct(verb, active)) is not None:
        active, passive = (), counted  # "Nine miners were killed and 14 injured": the 14
    agent = tuple(p for c in verb.children if c.dep_ == "agent" for p in pobjs(c))
    agent = agent or _complement_agent(verb) or hands_agents(verb)
    if not active and not passive:
        active, passive = _subject_on_auxiliary(verb)
    if not active and not passive:
        active = _for_subject(verb)
    if not active and not passive:
        active = (
            subject_read_as_apposition(verb)
            or subject_read_as_adverb(verb)
            or subject_taken_by_aside(verb)  # "X, apparently V-ing ..., sent"
        )
        if active and any(c.dep_ == "auxpass" for c in verb.children):
            active, passive = (), active  # "..., Hiller, 43, was ordered held"
    if not active and not passive and verb.tag_ == "VB":
        addressed = addressee(verb)  # "If workers are unhappy, don't strike": the workers
        active = (addressed,) if addressed is not None else ()
    issuer = issuer_verb(active)
    if issuer is not None and depth <= 3:  # "approved a resolution that condemned X"
        up = subjects(issuer, depth + 1)
        return Subjects(up.active, (), agent)
    if text_of_no_author(active):  # "rejected a resolution that condemned X": no one named
        return Subjects((), passive, agent)
    if not (active or passive or depth > 3) and (listed := listed_condition(verb)) is not None:
        up = subjects(listed, depth + 1)  # "If people don't react, don't protest": people
        return Subjects(up.active, up.passive, agent or up.agent)
    if active or passive or depth > 3 or verb.head.i == verb.i:
        return Subjects(active, passive, agent)
    head, dep = verb.head, verb.dep_
    if dep == "advcl" and (noun := participle_read_as_clause(verb)) is not None:
        return Subjects((), (noun,), agent)  # "in balloting heralded by authorities"
    if dep == "dobj" and verb.tag_ == "VBG" and _gerund_taker(head):
        # "denied shooting at the officers", the gerund read as the object: the subject's act
        up = subjects(head, depth + 1)
        return Subjects(up.active or up.passive, (), agent)
    if dep == "xcomp":
        # not a time spent: "spent five months recovering" is his own recovery
        controller = [c for c in head.children if c.dep_ == "dobj" and c.ent_type_ not in TIME_ENTS]
        if controller:  # "urged X to free", "ordered X to leave"
            return Subjects(tuple(controller), (), agent)
        up = subjects(head, depth + 1)
        return Subjects(up.active or up.passive, (), agent)
    if dep == "oprd" and head.pos_ in VERB_POS:
        # a participle predicated of a verb's object, else of its subject: "left three
        # soldiers wounded", "were left wounded", "were found murdered"
        told = [c for c in head.children if c.dep_ == "dobj"]
        if told:
            return Subjects(tuple(told), (), agent)
        up = subjects(head, depth + 1)
        return Subjects(up.passive or up.active, (), agent)
    seen = _seen_object(verb)
    if seen is not None:  # "images showed X being wrestled to the ground": X is
        return Subjects((seen,), (), agent)
    if dep == "acl" and lemma(head) == "order" and _in_order_to(head):
        # "damaging buildings in order to put pressure on X": the damagers (roles 1.206.6)
        return Subjects(subjects(head.head.head, depth + 1).active, (), agent)
    if dep == "advcl" and (doer := _gerund_subject(verb)) is not None:
        return Subjects((doer,), (), agent)  # "objected to Ukraine opening an inquiry"
    if dep == "advcl" and (lost := _subject_read_as_object(verb)) is not None:
        return Subjects((lost,), (), agent)  # "after the chief, X, suggested ...": the chief
    if dep in ("conj", "advcl") and (lost := _conjunct_subject_read_as_object(verb)) is not None:
        return Subjects((lost,), (), agent)  # "... at stores and demonstrators tried to"
    if doers := listed_charge_doers(verb):  # "accused the men of smuggling, bribing"
        return Subjects(doers, (), agent)
    if (pressed := pressed_party(verb)) is not None:  # "piled pressure on X to arrest": X
        return Subjects((pressed,), (), agent)
    if (gap := reported_gap_subject(verb)) is not None:  # "a militant they say attacked"
        return Subjects((gap,), (), agent)
    if dep == "advcl" and _sent_to_act(verb, head):
        # "Smith was sent to attack the convoy": the one sent does the purpose's act
        up = subjects(head, depth + 1)
        if up.passive and not up.active:
            return Subjects(up.passive, (), agent)
    if (twin := believed_clause_twin(verb)) is not None:  # "doubted he was X, but was Y"
        return subjects(twin, depth + 1)
    if (dep in ("conj", "advcl", "acomp") or _next_step(verb)) and head.pos_ in VERB_POS | {
        "AUX",
        "ADJ",
    }:
        up = subjects(head, depth + 1)
        if dep == "conj" and head.dep_ == "ccomp" and head.head.pos_ in VERB_POS:
            # "His lawyers say he is innocent and have appealed": a conjunct the parser hung
            # on the reported clause, whose verb agrees with the reporter, not the reported
            said = subjects(head.head, depth + 1)
            disagrees = _agrees(verb, up.active) is False and _agrees(verb, said.active)
            # "the court ruled that his arrest was illegal and ordered his release": an act
            # named by a possessed noun does not do the next one, the ruling body does
            if (
                disagrees
                or (said.active and _possessed_acts(up.active))
                or (
                    said.active
                    and _outside_verb_group(verb, head, head.head)
                    and _things(up.active)
                )
            ):
                return Subjects(said.active, said.passive, agent or said.agent)
        if dep == "conj" and not up.active and up.passive and active_after_passive(verb):
            # "Smith was convicted and received a life sentence", "was fired and threatened
            # to return": a finite verb with an object or its own infinitive after a passive,
            # with no subject of its own, is active: the passive's subject does it ("was
            # released and embraced as a pawn" stays passive; roles 1.72.0, 1.176.0)
            return Subjects(up.passive, (), agent)
        return Subjects(up.active, up.passive, agent or up.agent)
    if dep == "pcomp" and head.dep_ == "prep" and (charged := _charged_object(head)) is not None:
        return Subjects((charged,), (), agent)  # "accused the army of killing protesters"
    if dep == "pcomp" and head.dep_ == "prep" and _answered_for(head):
        # "claimed responsibility for attacking X", "took credit for freeing them": the one
        # who claims or takes it did the act
        up = subjects(head.head.head, depth + 1)
        return Subjects(up.active, (), agent)
    if dep == "pcomp" and head.dep_ == "prep" and (answering := _answered_for_on_verb(head)):
        # "the army drew criticism for shelling villages", the "for" hung on the verb: the
        # one who draws it shelled, not the criticism (its object); "put the blame on the
        # rebels for ...": the rebels
        if answering[0] is not None:
            return Subjects(answering, (), agent)
        up = subjects(head.head, depth + 1)
        return Subjects(up.active, (), agent)
    if (
        dep == "pcomp"
        and lemma(head) == "from"
        and head.head.dep_ == "dobj"
        and _hindering(head.head.head)
    ):  # "banned the opposition from holding rallies", the "from" hung on the object: the
        # object does the gerund, as when it hangs on the verb (roles 1.39.0)
        if any(c.dep_ == "auxpass" for c in verb.children):
            return Subjects((), (head.head,), agent)
        return Subjects((head.head,), (), agent)
    if dep == "pcomp" and (pushed := caused_into_doer(head)) is not None:
        return Subjects((pushed,), (), agent)  # "bullied the town into surrendering"
    if dep == "pcomp" and (owner := _gerund_capacity_owner(head)) is not None:
        return Subjects((owner,), (), agent)  # "the pirates' intention of attacking ships"
    if dep == "pcomp" and head.dep_ == "prep":
        controller = [
            c for c in head.head.children if c.dep_ == "dobj" and c.ent_type_ not in TIME_ENTS
        ]  # not "spent an hour ..."
        compound_prep = head.i > 0 and lemma(head.nbor(-1)) in ("instead", "because", "ahead")
        if controller and lemma(head) in _OBJECT_CONTROL_PREPS and not compound_prep:
            return Subjects(tuple(controller), (), agent)  # "credited X with securing"
        if controller and lemma(head) == "from" and _hindering(head.head):
            # "stopped the rebels from building", "saved them from being killed": the
            # object does, or undergoes, the gerund (roles 1.35.0)
            if any(c.dep_ == "auxpass" for c in verb.children):
                return Subjects((), tuple(controller), agent)
            return Subjects(tuple(controller), (), agent)
        above = _past_compound_preposition(head)  # "in addition to attempting to murder"
        above = _quoted_clause(above, verb) or above
        above = reported_clause_of_aside(above) or above  # "After X, police said, the man"
        up = subjects(above, depth + 1)  # "shocked Venezuela by revolting"
        # "he was taken to a hospital after refusing food": the one the passive clause is
        # about does the active gerund; a passive one is done to him ("was given two life
        # sentences after being convicted of stabbing X": he was convicted, and stabbed X)
        if any(c.dep_ == "auxpass" for c in verb.children):
            return Subjects((), up.passive or up.active, agent)
        return Subjects(up.active or up.passive, (), agent)
    if dep in ("relcl", "acl") and (ranked := _ranked_doer(verb, head)) is not None:
        return Subjects((ranked,), (), agent)  # "Smith was the first minister to resign"
    # (a bare count too: "24 civilians were killed and 15 injured"; roles 1.186.0)
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        if _capacity_held(verb, head):
            # "the regime has the resolve to crush the uprising": who has it would act
            up = subjects(head.head, depth + 1)
            return Subjects(up.active, (), agent)
        owner = _capacity_owner(verb, head)
        if owner is not None:  # "Palin's ability to avoid incarceration": Palin avoids it
            return Subjects((owner,), (), agent)
        if _invitation_answered(verb, head):
            # "rejected an invitation to attend a meeting": the one invited would attend
            up = subjects(head.head, depth + 1)
            return Subjects(up.active, (), agent)
        if verb.tag_ == "VBG" and received_text(head):
            # "the ministers received petitions urging them to resign": the one who
            # receives one is asked, the petitions ask, for whoever they are "from"
            # (roles 1.65.0)
            senders = [p for w in (head, head.head) for p in prep_objects(w, _FROM)]
            return Subjects(tuple(senders) or (head,), (), agent)
        if verb.tag_ == "VBG" and issued_text(head):
            # "X issued a declaration demanding ...": X demands; not "rejected a resolution
            # condemning ...", which says nothing of who condemns (roles 1.84.0)
            up = subjects(head.head, depth + 1)
            return Subjects(up.active, (), agent)
        if verb.tag_ == "VBG" or head.dep_ == "ROOT":  # "troops firing on X"; a verbless
            return Subjects((head,), (), agent)  # parse: "A diplomat, X, negotiated ..."

        if verb.tag_ in ("VBN", "VBD"):  # "a prisoner released by X"
            # ("the arrest of Bin Laden, indicted in ...": Bin Laden; roles 1.43.3)
            return Subjects((), (described_by_participle(head, verb) or head,), agent)
    return Subjects(active, passive, agent)


def _sent_to_act(verb: Token, head: Token) -> bool:
    """A purpose infinitive on a verb of sending, engaging or choosing (`engaging_verbs`:
    "was sent to attack", "were deployed to disperse", "was chosen to kill"), which the
    parser hangs on it as an adverbial clause: its passive subject is the infinitive's doer
    (vocabulary 1.322.0)."""
    return (
        head.pos_ in VERB_POS
        and to_infinitive(verb)
        and lemma(head) in load_vocab().words("engaging_verbs")
    )


def _ranked_doer(verb: Token, noun: Token) -> Token | None:
    """Who does the infinitive of a ranked noun: "the first minister to resign" is the
    minister, and "Smith was (became) the first minister to resign" is Smith, the subject of
    the copula the noun completes (roles 1.62.0)."""
    if noun.pos_ not in ("NOUN", "PROPN") or not to_infinitive(verb):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "the first plan for him to sign"
    ranks = load_vocab().words("rank_words")  # roles.toml
    if not any(
        c.dep_ in ("amod", "det", "advmod", "nummod") and lemma(c) in ranks for c in noun.children
    ):
        return None
    if noun.dep_ in ("attr", "oprd") and noun.head.pos_ in ("AUX", "VERB"):
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return noun


_FROM = frozenset({"from"})


def _capacity_infinitive(verb: Token, noun: Token) -> bool:
    """The to-infinitive tells what a will, means or right is for (`capacity_nouns`)."""
    return (
        verb.tag_ == "VB"
        and to_infinitive(verb)
        and lemma(noun) in load_vocab().words("capacity_nouns")
    )


def _capacity_held(verb: Token, noun: Token) -> bool:
    """The infinitive tells what a will, means or right the object of a verb is for ("the
    regime has the resolve to crush ...", "lacks the means to enforce ...", "showed the will
    to punish ..."): the one who has, lacks or shows it is the doer (`capacity_nouns`; events-
    roles 1.24.0)."""
    return (
        _capacity_infinitive(verb, noun)
        and noun.dep_ == "dobj"
        and noun.head.pos_ in VERB_POS
        # "complicated his ability to get a deal": whose ability it is says who would act
        and not any(c.dep_ == "poss" for c in noun.children)
    )


def _capacity_owner(verb: Token, noun: Token) -> Token | None:
    """Whose will, means or right an infinitive tells the act of: the capacity noun's
    possessor ("Palin's uncanny ability to avoid incarceration", "the regime's resolve to
    crush the uprising"; `capacity_nouns`)."""
    # ... and whose effort ("as they continued their effort to overthrow the government"; the
    # `effort_nouns`, events-roles 1.142.0)
    striving = lemma(noun) in load_vocab().words("effort_nouns")
    if not (_capacity_infinitive(verb, noun) or (striving and to_infinitive(verb))):
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _gerund_capacity_owner(prep: Token) -> Token | None:
    """Whose intention, means or effort an "of"-gerund tells the act of: the noun's possessor
    ("foiling the pirates' intention of attacking merchant vessels": the pirates; as the
    infinitive of `_capacity_owner`; events-roles 1.152.0)."""
    noun = prep.head
    words = load_vocab().words
    if lemma(prep) != "of" or prep.dep_ != "prep" or noun.pos_ != "NOUN":
        return None
    if lemma(noun) not in words("capacity_nouns") | words("effort_nouns"):
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _invitation_answered(verb: Token, noun: Token) -> bool:
    """The to-infinitive tells what an invitation the verb's subject accepts, rejects or
    receives asks of it (`invitation_nouns`, `invitation_answer_verbs`; events-roles
    1.142.2)."""
    words = load_vocab().words
    return (
        to_infinitive(verb)
        and lemma(noun) in words("invitation_nouns")
        and noun.dep_ == "dobj"
        and lemma(noun.head) in words("invitation_answer_verbs")
    )


def _quoted_clause(above: Token, verb: Token) -> Token | None:
    """The quoted clause a gerund's phrase belongs to where the parser hung it on the verb of
    saying outside the quotation ('"He murdered a deputy, in addition to attempting to murder
    three others," Stirling said': he attempts, not Stirling; '"They fled, after attacking the
    guards," police said'): the quoted words are one unit, the speaker's only as speech."""
    if lemma(above) not in REPORTING_VERBS:
        return None
    for opening, closing in quotation_spans(verb.doc):
        if opening < verb.i < closing and not opening < above.i < closing:
            return next(
                (
                    c
                    for c in above.children
                    if c.dep_ in ("ccomp", "parataxis") and opening < c.i < closing
                ),
                None,
            )
    return None


def _past_compound_preposition(prep: Token) -> Token:
    """The word a gerund's preposition hangs on, past the noun of a compound preposition
    (`compound_preposition_nouns`: "in addition to", "in the process of", "in the act of"),
    which the parser reads as a phrase of its own: "X murdered a deputy, in addition to
    attempting to murder three others" has X attempt, as "X fled after attacking Y"."""
    noun = prep.head
    if (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and lemma(noun) in load_vocab().words("compound_preposition_nouns")
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ in VERB_POS | {"AUX"}
    ):
        return noun.head.head
    return noun


def _answered_for(prep: Token) -> bool:
    """The "for" of a noun of answering for an act that a verb takes as its object
    (`answerability_nouns`: "claimed responsibility for", "took credit for", "drew
    criticism for"): the verb's subject did the act the gerund after it names."""
    noun = prep.head
    return (
        lemma(prep) == "for"
        and noun.dep_ == "dobj"
        and noun.head.pos_ in VERB_POS
        and lemma(noun) in load_vocab().words("answerability_nouns")
    )


def _answered_for_on_verb(prep: Token) -> tuple[Token, ...] | tuple[None]:
    """Who did the act a "for"-gerund names, the "for" of a noun of answering for an act
    (`answerability_nouns`) that the parser hung on the verb taking the noun as its object
    ("drew condemnation for executing prisoners"): whom the noun is given to or put on
    ("gave the police credit for ...", "laid the blame on the rebels for ..."), else (None,)
    for the verb's subject; () when the verb takes no such noun."""
    verb = prep.head
    nouns = load_vocab().words("answerability_nouns")
    if (
        lemma(prep) != "for"
        or verb.pos_ not in VERB_POS
        or not any(c.dep_ == "dobj" and lemma(c) in nouns for c in verb.children)
    ):
        return ()
    given = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    given += [
        p
        for c in verb.children
        if c.dep_ in ("dative", "prep") and lemma(c) in ("on", "upon", "to")
        for p in pobjs(c)
    ]
    return tuple(given) or (None,)


def _charged_object(prep: Token) -> Token | None:
    """The object of a verb taking an "of"-complement (`of_complement_verbs`) when the parser
    hung the "of" with its gerund on that object ("accused the army of killing protesters",
    "accused police of 'torturing' detainees"): the object does what the gerund names."""
    noun = prep.head
    if (
        lemma(prep) == "of"
        and noun.dep_ == "dobj"
        and noun.pos_ in ("NOUN", "PROPN", "PRON")
        and lemma(noun.head) in load_vocab().words("of_complement_verbs")
    ):
        return noun
    return None


def _without_titles(active: tuple[Token, ...]) -> tuple[Token, ...]:
    """A common noun the parser made a second subject right before a name is the name's
    title ("Maduro's deputy Delcy Rodriguez met ...": deputy and Rodriguez both subjects):
    the named person acts, not the title nor its possessor (Maduro)."""
    names = [t for t in active if t.pos_ == "PROPN"]
    return tuple(
        t
        for t in active
        if not (t.pos_ == "NOUN" and any(n.left_edge.i == t.right_edge.i + 1 for n in names))
    )


def _object_of_dangling_prep(subject: Token) -> bool:
    """A subject right after a preposition the parser left with no object is that
    preposition's object, the clause's subject the phrase the preposition is in
    ("expressing approval for Cuban President Fidel Castro can prompt threats": Castro is
    approved of, prompts nothing), also when the parser read "for" as opening a finite
    clause. Not after a preposition that may open a clause ("after the chief suggested")."""
    i = subject.left_edge.i - 1
    if i < 0:
        return False
    prep = subject.doc[i]
    if prep.lower_ == "for" and prep.dep_ == "mark" and prep.head == subject.head:
        # "approval for X can prompt threats", "for" read as opening a finite clause
        # ("for X to leave" is an infinitive's subject)
        return not to_infinitive(subject.head)
    return (
        prep.dep_ == "prep"
        and prep.pos_ == "ADP"
        and not list(prep.children)
        and lemma(prep) not in _CLAUSE_PREPS | _SUBORDINATING_PREPS
    )


# Prepositions that may stand as subordinators before a clause's subject.
_SUBORDINATING_PREPS = frozenset({"as", "like", "than", "because", "while", "once"})


# Prepositions that also open a clause ("after the chief suggested ..."), where the parser
# may read the clause's subject as their object and hang the verb elsewhere.
_CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "till"})


def _gerund_subject(verb: Token) -> Token | None:
    """The subject of a gerund after a verb's "to" that the parser read as the object of
    "to", the gerund hung on the verb ("objected to Ukraine opening an investigation",
    "led to police firing on the crowd"): what "to" takes is the act, its doer the noun."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ == "mark" for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    while noun.dep_ != "pobj" and noun.head.i != noun.i and noun.head.i > noun.i:
        noun = noun.head  # "to the Ukrainian government opening": up to "government"
    prep = noun.head
    return (
        noun
        if noun.dep_ == "pobj"
        and noun.right_edge.i == verb.i - 1
        and prep.lower_ == "to"
        and prep.head.i == verb.head.i
        and lemma(verb.head) in load_vocab().words("gerund_to_verbs")
        and noun.pos_ in ("NOUN", "PROPN", "PRON")
        else None
    )


def _subject_read_as_object(verb: Token) -> Token | None:
    """The subject of a clause opened by a preposition that the parser read as that
    preposition's object, the verb right after it hung on the clause above ("resigned ...
    after the armed forces chief, Kaliman, “suggested” that he step down": the chief). Not
    when the verb has a mark of its own."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ == "mark" for c in verb.children):
        return None  # (a participle is the clause above's: "after the protest, releasing him")
    j = verb.i - 1
    while j > 0 and (verb.doc[j].is_punct or verb.doc[j].is_quote):
        j -= 1
    noun = verb.doc[j]
    for _ in range(4):  # from the phrase's last word ("Kaliman") up to the object ("chief")
        if noun.dep_ == "pobj" or noun.head.i == noun.i:
            break
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or lemma(prep) not in _CLAUSE_PREPS or noun.right_edge.i != j:
        return None
    return noun if noun.pos_ in ("NOUN", "PROPN", "PRON") else None


def _conjunct_subject_read_as_object(verb: Token) -> Token | None:
    """The subject of a coordinated clause that the parser read as a conjunct of the clause
    before's object ("Youths hurled petrol bombs at stores and demonstrators tried to storm
    parliament": the demonstrators tried, not the youths; events_phrases.subject_conjunct).
    Not when a present verb disagrees with the noun in number."""
    noun = verb.doc[verb.i - 1] if verb.i > 0 else verb
    for _ in range(4):  # from the phrase's last word up to the conjunct's head
        if noun.dep_ == "conj" or noun.head.i == noun.i:
            break
        noun = noun.head
    if subject_conjunct(noun) != verb:
        return None
    return None if _agrees(verb, (noun,)) is False else noun


def _complement_agent(verb: Token) -> tuple[Token, ...]:
    """The "by"-agent of a passive the parser hung on its "as"-complement ("is recognized as
    Venezuela's leader by the United States and some 60 countries"): a name or a determined
    noun, with the complement's conjuncts after it ("and some 60 countries"); not a bare
    noun of manner ("the hearing by video")."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return ()
    for prep in verb.children:
        if prep.dep_ != "prep" or lemma(prep) != "as":
            continue
        for noun in pobjs(prep):
            for by in noun.children:
                if by.dep_ != "prep" or lemma(by) != "by":
                    continue
                found = [p for p in pobjs(by) if _named_or_determined(p)]
                if found:
                    return (*found, *(c for c in noun.conjuncts if c.i > by.i))
    return ()


def hands_agents(head: Token) -> tuple[Token, ...]:
    """Who an "at the hands of"-phrase on a verb or an act noun names ("were tortured at the
    hands of their guards", "abuse at the hands of the militia"): the act's doer, as a
    "by"-agent is (`hands_agent_nouns`)."""
    nouns = load_vocab().words("hands_agent_nouns")
    return tuple(
        p
        for prep in head.children
        if prep.dep_ == "prep" and lemma(prep) == "at"
        for hand in pobjs(prep)
        if lemma(hand) in nouns
        for of in hand.children
        if of.dep_ == "prep" and lemma(of) == "of"
        for p in pobjs(of)
    )


def _named_or_determined(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or any(
        c.dep_ in ("det", "nummod", "poss", "quantmod") for c in tok.children
    )


def _outside_verb_group(verb: Token, reported: Token, reporting: Token) -> bool:
    """A simple past coordinated with a reported verb that has an auxiliary may not share
    it ("said the contract has confused staff and demanded an extension": no "has
    demanded"), but go with the reporting verb in the past, as that verb's act; the tagger
    often reads a participle as a past, so a thing as the reported subject must tell too
    (`_things`: a contract demands nothing)."""
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    reported_aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in reported.children)
    return (
        verb.tag_ == "VBD"
        and not own_aux
        and reported.tag_ in ("VBN", "VBG", "VB")
        and reported_aux
        and reporting.tag_ == "VBD"
    )


def _things(subject: tuple[Token, ...]) -> bool:
    """Every subject is a common noun for a thing: no name, pronoun or word for people or a
    body of them ("the contract", not "the army")."""
    vocab = load_vocab()
    people = vocab.words("actor_nouns") | vocab.words("person_nouns")
    return bool(subject) and all(
        t.pos_ == "NOUN" and not t.ent_type_ and lemma(t) not in people for t in subject
    )


def _possessed_acts(subject: tuple[Token, ...]) -> bool:
    """The subject is an act told by a possessed event noun ("his arrest", "su detención"):
    a noun some vocabulary rule lists as a trigger, with a possessor."""
    if not subject:
        return False
    nouns = _event_nouns()
    return all(
        t.pos_ == "NOUN"
        and lemma(t) in nouns
        and any(c.dep_ == "poss" or "Poss=Yes" in str(c.morph) for c in t.children)
        for t in subject
    )


@cache
def _event_nouns() -> frozenset[str]:
    return frozenset(n for r in load_vocab().rules for n in r.nouns)


def _seen_object(verb: Token) -> Token | None:
    """The object of a verb of seeing or showing that a participle clause with no
    subordinator follows ("showed the diplomat being wrestled to the ground", "saw him
    beaten"): what the clause is said of. (A clause opened by "as", "after"... is the
    seer's.)"""
    head = verb.head
    if verb.dep_ not in ("advcl", "ccomp", "xcomp", "oprd") or verb.tag_ not in ("VBG", "VBN"):
        return None
    if lemma(head) not in load_vocab().words("perception_verbs"):
        return None
    if any(c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.children):
        return None
    seen = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    return seen[0] if seen else None


_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


def _agrees(verb: Token, subject: tuple[Token, ...]) -> bool | None:
    """Whether a finite present verb ("has", "have") agrees in number with the subject; None
    when the verb or the subject does not show its number."""
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    finite = [t.tag_ for t in forms if t.tag_ in ("VBZ", "VBP")]
    if _bare_conjunct(verb, forms):
        finite = ["VBP"]  # "that Brazil has undercut prices and support the tariffs"
    if not finite or not subject:
        return None
    plural = len(subject) > 1 or any(
        t.tag_ in ("NNS", "NNPS") or t.lower_ in _PLURAL_PRONOUNS for t in subject
    )
    singular = len(subject) == 1 and (
        subject[0].tag_ in ("NN", "NNP") or subject[0].lower_ in _SINGULAR_PRONOUNS
    )
    if not plural and not singular:
        return None
    return (finite[0] == "VBP") == plural


def _bare_conjunct(verb: Token, forms: Sequence[Token]) -> bool:
    """A base-form verb with no auxiliary of its own coordinated with a past, participle or
    third-person form ("has undercut prices and support the tariffs"): it shares no
    auxiliary, so it is a plural present the tagger read as a bare form. Not one a past
    tense is coordinated with in turn: a past the tagger misread ("A man who came in, shot
    and killed another man": "shot" says nothing of number; roles 1.170.2)."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and not any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)
        and len(forms) == 1
        and verb.head.tag_ in ("VBN", "VBD", "VBZ", "VBG")
    )


def _in_order_to(order: Token) -> bool:
    """ "in order to V", read with V hanging on "order", the object of an "in" on a verb."""
    prep = order.head
    return order.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ in VERB_POS
