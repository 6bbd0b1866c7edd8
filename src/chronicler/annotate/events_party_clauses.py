"""Whom a participant phrase stands for through its clause: the subject of the clause a
pronoun or an owner is reported in ("X said their troops ..."), a person a description names
by apposition, the members of a coordination, the agreement of number between a pronoun and
its antecedent, and the group a "those" stands for. Split from events_participants, which
builds the Participant records with them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chronicler.annotate.datelines import in_dateline
from chronicler.annotate.events_actors import (
    RELATIVE,
    Context,
    antecedent,
    entity_at,
    is_agentive,
    mentions_in,
    people_noun,
    relative_head,
)
from chronicler.annotate.events_coordinated import coordinated_act
from chronicler.annotate.events_counted_groups import counted_group, counting_of
from chronicler.annotate.events_described import surely_a_person
from chronicler.annotate.events_group_pronouns import earlier_group
from chronicler.annotate.events_phrases import (
    clause_verb,
    expand,
    partitive_of,
    prep_objects,
)
from chronicler.annotate.events_pronouns import (
    PLURAL_PRONOUNS,
    coordinated,
    plural_antecedent,
    plural_phrase,
    takes_plural,
)
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


_BY = frozenset({"by"})


def clause_subject(pronoun: Token) -> Token | None:
    """For "X said it/they would...", the subject X of the clause that reports the pronoun;
    else the subject of an adverbial clause before it ("After X seized Y, they ...")."""
    verb = clause_verb(pronoun.head)  # from "their forces" up to the pronoun's own clause
    if pronoun.dep_ == "poss" and verb.i != pronoun.head.i:  # "X held their meeting"
        own = [
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.pos_ != "PRON" and c.i != pronoun.head.i
        ]
        if own:
            return own[0]
        if verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children
        ):
            # "the faction that controls the country for its support of X": the relative
            # "that" stands for the faction, whose support it is (roles 1.155.8)
            return verb.head
    for _ in range(4):
        if _content_clause(verb):  # "put out a message that it was under attack": the sender
            verb = verb.head.head
        elif verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "relcl") or verb.head.i == verb.i:
            break
        else:
            verb = verb.head
        subj = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" and not in_dateline(c)
        ]  # (a dateline the parser made the subject is where the report was filed from)
        if subj:
            return subj[0]
    return _fronted_clause_subject(pronoun)


def _content_clause(verb: Token) -> bool:
    """The clause is the "that" content of the object of a verb ("MV Gibe put out a message
    that it was under attack", "issued a statement that they would withdraw"): it is told as
    that verb's own report, so its pronoun goes on with that verb's subject (roles 1.154.1)."""
    return (
        verb.dep_ == "acl"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and verb.head.dep_ == "dobj"
    )


def addressee_of_request(pronoun: Token, ctx: Context) -> Token | None:
    """The people a message was sent or written "to", for the "them" a participle of asking
    after it takes ("activists sent petitions to officials urging them to cancel the rule",
    "the unions wrote to the ministers asking them to reopen talks": the officials, the
    ministers, never the senders, whom an object pronoun of their own act cannot stand for).
    The nearest "to"-object before the participle in its sentence naming people or a body,
    plural as "them" is; None for anything else (`addressed_types`; roles 1.58.0)."""
    if pronoun.lower_ != "them" or pronoun.dep_ != "dobj":
        return None
    verb = pronoun.head
    rule = ctx.rules.get(verb.i)
    if rule is None or rule.type.lower() not in ctx.vocab.words("addressed_types"):
        return None
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return None
    # "the ministers received petitions (dozens of petitions, petitions from residents)
    # urging them to resign": the receivers are asked (`converse_verbs`; roles 1.65.0)
    receiving = verb.head
    if receiving.dep_ == "pobj" and lemma(receiving.head) in ("of", "from"):
        receiving = receiving.head.head
    if receiving.dep_ == "dobj":
        receiving = receiving.head
    if (
        verb.dep_ == "acl"
        and receiving.pos_ == "VERB"
        and lemma(receiving) in ctx.vocab.words("converse_verbs")
    ):
        return next(
            (
                c
                for c in receiving.children
                if c.dep_ == "nsubj"
                and plural_phrase(c)
                and (people_noun(c, ctx) or is_agentive(c, ctx))
            ),
            None,
        )
    for tok in reversed(verb.doc[verb.sent.start : verb.i]):
        if tok.dep_ != "pobj" or lemma(tok.head) != "to" or tok.head.dep_ not in ("prep", "dative"):
            continue
        if not plural_phrase(tok) and lemma(tok) not in group_nouns(ctx):
            return None
        if people_noun(tok, ctx) or is_agentive(tok, ctx) or lemma(tok) in group_nouns(ctx):
            return tok
        return None
    return None


def nearer_plural(pronoun: Token, subject: Token, ctx: Context) -> Token | None:
    """A plural group the clause of `subject` names after it, nearer a "they"/"them" than a
    subject that takes "they" only as a body ("the commission", "the government"): "The
    commission is frustrated with the companies, saying they failed to share data" (the
    companies, not the commission). None when the subject is itself plural, when the
    pronoun is no subject or object, or when no such group stands between them."""
    if pronoun.lower_ not in ("they", "them") or plural_phrase(subject):
        return None
    if pronoun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    own_clause = set(pronoun.head.subtree)
    for tok in reversed(pronoun.doc[subject.i + 1 : pronoun.i]):
        if tok in own_clause or tok.dep_ not in ("dobj", "pobj", "conj"):
            continue
        if tok.tag_ not in ("NNS", "NNPS") or subject.head not in tok.ancestors:
            continue
        if people_noun(tok, ctx) or is_agentive(tok, ctx) or lemma(tok) in group_nouns(ctx):
            return tok
    return None


def only_group_before(pronoun: Token, ctx: Context) -> Token | None:
    """The one plural group of people its own sentence names before a "they" subject of a
    subordinate clause whose clauses above have no subject it may stand for ("What is he
    pointing a gun at over six police, knowing that they would kill him?": the police; roles
    1.74.0). None where the sentence names two such groups or more ("the police and the
    protesters ... they"), or none, or where the pronoun heads its sentence's main clause."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if pronoun.head.dep_ not in ("ccomp", "advcl", "xcomp", "relcl", "acl"):
        return None
    if pronoun.head.i not in ctx.rules:  # the doer of the act itself, not of a verb above it
        return None
    own_clause = set(pronoun.head.subtree)
    found = [
        tok
        for tok in pronoun.doc[pronoun.sent.start : pronoun.i]
        if tok not in own_clause
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos")
        and (
            plural_phrase(tok)
            or any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in tok.children)
        )
        and (people_noun(tok, ctx) or is_agentive(tok, ctx))
    ]
    if len(found) != 1 or found[0].pos_ == "PRON" or found[0].conjuncts:
        return None  # (a coordination names two groups: "the police and the protesters")
    return found[0]


# Roles whose holders break up protests, never take part in one they act on.
_FORCE_ROLES = frozenset({"police", "military"})


def protesters_acted_on(pronoun: Token, subject: Token, ctx: Context) -> Token | None:
    """The people a security force's act is done to, for a "they" subject of a protest told
    in a clause hung on that act ("Police arrested two students after they protested": the
    students, not the police; "Soldiers dispersed the crowd when they marched"): security
    forces are not the protesters of a protest they break up (roles 1.82.2). None when the
    main clause's subject is no police or military, or it acts on no people."""
    verb = pronoun.head
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or verb.dep_ != "advcl":
        return None
    rule = ctx.rules.get(verb.i)
    if rule is None or rule.type != "PROTEST" or subject.head.i != verb.head.i:
        return None
    words = {lemma(subject), subject.lower_}
    if not any(role in _FORCE_ROLES and words & found for role, found in ctx.vocab.roles):
        return None
    for obj in (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i):
        people = partitive_of(obj, ctx.vocab) or obj  # "dozens of farmers"
        if (
            people_noun(people, ctx)
            or is_agentive(people, ctx)
            or lemma(people) in group_nouns(ctx)
        ):
            return obj
    return None


def _fronted_clause_subject(pronoun: Token) -> Token | None:
    """For "After the rebels seized the town, they executed ...", the subject of the
    adverbial clause set before the pronoun's own clause: the one it goes on to tell of."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for clause in pronoun.head.children:
        if clause.dep_ == "advcl" and clause.i < pronoun.i:
            subj = [
                c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
            ]
            if subj:
                return subj[0]
    return None


def expand_described(heads: Iterable[Token], ctx: Context) -> list[Token]:
    """expand(), except that a description set off after a person's name stands for that
    person, with the descriptions coordinated to it: in "X, once one of the most powerful
    officials, former minister of Y and one of his trusted men, imprisoned for 5 years",
    the parser's subject "one" (and its conjuncts) is X."""
    out: list[Token] = []
    for head in heads:
        count = counting_of(head)  # "Two of them were seized": two of the boats counted
        if counted_group(count) is not None:  # before (the participant reads it off the count)
            if count not in out:
                out.append(count)
            continue
        named_by = antecedent(head)
        group = those_of_a_group(named_by, ctx)
        if group is not None:  # "most states stayed silent; those that did propose ...":
            head = named_by  # the states, which the participant reads off "those"
        elif clause_named(named_by, ctx):  # "those arrested": only a predicate says who they are
            found = predicate_nominal(named_by, ctx)
            if found is None:
                continue
            head = found
        name = described_person(head, ctx)
        group = coordination_for(head, ctx) if name is None else None
        stands_for = [name] if name is not None else expand([group if group is not None else head])
        if name is None and group is None and named_by is not head:
            # "Italy and Spain, which have had protests": the relative stands for each
            # member of the coordination its clause is on (the first read off the relative)
            stands_for += [t for t in coordinated_antecedent(named_by) if t not in stands_for]
        # "invaded Kuwait and its military buildup" misparsed: the buildup is no party
        stands_for = [t for t in stands_for if not coordinated_act(t, head, ctx)]
        for tok in stands_for:
            if tok not in out:
                out.append(tok)
    return out


def coordinated_antecedent(antecedent: Token) -> list[Token]:
    """The members after the first of a coordination a relative clause is on ("Italy and
    Spain, which have had protests": Spain), when the parser hangs the clause on the
    coordination's head; [] for a noun with no nominal conjuncts ("the son of X, who")."""
    if antecedent.dep_ == "conj" or antecedent.pos_ not in ("NOUN", "PROPN"):
        return []
    members = expand([antecedent])[1:]
    clause = next((c for c in antecedent.children if c.dep_ == "relcl"), None)
    if clause is None or any(m.i > clause.left_edge.i for m in members):
        return []  # "Smith, who organised it, and Jones": the clause on Smith alone
    return members


def group_nouns(ctx: Context) -> frozenset[str]:
    """Nouns of a body of people that take "they" though singular ("the government")."""
    v = ctx.vocab
    return v.words("group_nouns") | v.words("collective_nouns") | v.words("state_nouns")


def after_honorific(name: Token, ctx: Context) -> bool:
    """A name right after a courtesy title ("Mr. Cerar", "Ms . Mendes", the title perhaps
    cut off into the sentence before) is a person's, whatever label the tagger gives it
    (`honorifics`, roles 1.90.0)."""
    before = [t for t in name.doc[max(name.i - 2, 0) : name.i] if t.text != "."]
    return bool(before) and before[-1].lower_ in ctx.vocab.words("honorifics")


def act_subject_doer(subject: Token, ctx: Context) -> Token | None:
    """ "This anti-piracy action by the frigate was the fifth by its crew during its patrol
    mission": an "its"/"their" whose clause subject is an act noun (a trigger, an operation or
    a deed word, `operation_nouns`, `deed_nouns`) stands for the doer its "by" phrase names,
    never for the act; with no "by" phrase, for no one there (roles 1.171.0). Any other
    subject is itself."""
    acts = ctx.vocab.words("operation_nouns") | ctx.vocab.words("deed_nouns")
    if subject.pos_ != "NOUN" or (subject.i not in ctx.triggers and lemma(subject) not in acts):
        return subject
    doers = prep_objects(subject, _BY, ("pobj",))
    return doers[0] if doers else None


def agrees(pronoun: Token, antecedent: Token, ctx: Context) -> bool:
    """Number agreement: a "they"/"their" never stands for one person ("the consul worked
    all night to secure their release"), an "it"/"its" never for a plural common noun;
    other pronouns are left to their own rules."""
    if pronoun.lower_ in ("it", "its"):
        # nor an "it" for a plural common noun ("the operations are designed to strangle Iraq
        # until it retreats": not the operations; roles 1.32.0), nor for one person ("the
        # chief said it was a lawful shooting": the shooting, not the chief; roles 1.90.0)
        if entity_at(antecedent, ctx) == "PERSON" or after_honorific(antecedent, ctx):
            return False
        if surely_a_person(antecedent, ctx) and not body_speaking_of_itself(
            pronoun, antecedent, ctx
        ):
            return False
        # "The border police said it detained two men": a body's name the tagger reads as
        # a plural is the body speaking of itself (roles 1.177.1)
        return antecedent.tag_ != "NNS" or (
            lemma(antecedent) in ctx.vocab.words("plural_form_body_nouns")
            and body_speaking_of_itself(pronoun, antecedent, ctx)
        )
    if lemma(pronoun) not in PLURAL_PRONOUNS and pronoun.lower_ not in PLURAL_PRONOUNS:
        return True
    return takes_plural(antecedent, entity_at(antecedent, ctx), group_nouns(ctx))


def body_speaking_of_itself(pronoun: Token, speaker: Token, ctx: Context) -> bool:
    """An "it" doing or undergoing an act in what `speaker` says ("The coast guard said it
    detained two men", "the national guard said it was attacked"): a speaker who calls
    itself "it" is a body, though its head word alone names a person ("guard"); an "it" a
    linking verb holds is a thing or a state of affairs ("the guard said it was a lawful
    shooting": not the guard; `pronoun_it_linking_verbs`, roles 1.170.0)."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    if lemma(verb) in ctx.vocab.words("pronoun_it_linking_verbs"):
        return False
    saying = verb.head
    if verb.dep_ != "ccomp" or lemma(saying) not in REPORTING_VERBS:
        return False
    return speaker.head.i == saying.i and speaker.dep_ == "nsubj" and speaker.pos_ == "NOUN"


def coordination_for(head: Token, ctx: Context) -> Token | None:
    """The coordination of people a subject or object "they"/"them" stands for when its own
    clause names no one it can stand for ("X and Y fled. They were granted asylum")."""
    if head.pos_ != "PRON" or head.lower_ not in PLURAL_PRONOUNS or head.dep_ == "poss":
        return None
    subject = clause_subject(head)
    if subject is not None and agrees(head, subject, ctx):
        # "X said they would ...": the subject rule's; a coordinated subject stands for
        # every member ("Obama and Putin said they will attack": both; roles 1.155.5)
        return subject if subject.dep_ != "conj" and coordinated(subject) else None
    found = plural_antecedent(head, lambda t: entity_at(t, ctx), group_nouns(ctx))
    return found if found is not None else earlier_group(head, ctx)


def clause_named(head: Token, ctx: Context) -> bool:
    """A pronoun named only by the participle or relative clause on it ("those arrested",
    "those who were detained")."""
    return lemma(head) in ctx.vocab.words("clause_named_pronouns") and any(
        c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBG", "VBD") for c in head.children
    )


def predicate_nominal(head: Token, ctx: Context) -> Token | None:
    """What the clause a clause-named pronoun is the subject of says it is: a copula's
    predicate or an identity verb's object ("Those arrested were students"; "Many of those
    arrested were students": the partitive's subject); None when there is none."""
    subject = head
    if head.dep_ == "pobj" and lemma(head.head) == "of":  # "many of those arrested"
        subject = head.head.head
    verb = subject.head
    if subject.dep_ != "nsubj" or lemma(verb) not in ctx.vocab.words("identity_verbs"):
        return None
    return next((c for c in verb.children if c.dep_ in ("attr", "dobj")), None)


def _person_name(name: Token, ctx: Context) -> bool:
    end = name.idx + len(name)
    return any(m.label == "PERSON" and m.end == end for m in mentions_in(name.idx, end, ctx))


def appositive_anchor(head: Token, ctx: Context) -> Token | None:
    """The person an apposition describes, as the parser attached it: the target of an act
    in a clause on the apposition is that person ("Paul Whelan, a former Marine arrested
    in Moscow": Whelan; "Ihar Karnei, a journalist for RFE/RL who had been jailed":
    Karnei). A name in apposition to a description names the person itself ("the
    journalist, Ana Pereira"). When the parser hung the apposition on the list the name
    ends ("the politicians X and Paul Whelan, a former Marine ..."), the name before its
    comma is the person."""
    if lemma(head) in RELATIVE:
        head = relative_head(head)
    if head.dep_ != "appos" or head.head.i > head.i or entity_at(head, ctx) == "PERSON":
        return None
    if _person_name(head.head, ctx):
        return head.head
    j = head.left_edge.i - 1
    if j < 1 or head.doc[j].text != ",":
        return None
    return head.doc[j - 1] if _person_name(head.doc[j - 1], ctx) else None


def described_person(head: Token, ctx: Context) -> Token | None:
    """The person a description follows as an apposition ("X, once one of ...")."""
    anchor = appositive_anchor(head, ctx)
    if anchor is not None:
        return anchor
    if head.pos_ not in ("NOUN", "NUM") or entity_at(head, ctx) is not None:
        return None
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children):
        return None  # "Mary Jones, whose son was arrested": the son (roles 1.115.1)
    doc = head.doc
    j = head.left_edge.i - 1
    while j >= 0 and doc[j].pos_ == "ADV":
        j -= 1  # "once", "now"
    if j < 1 or doc[j].text != ",":
        return None
    name = doc[j - 1]
    if _closed_clause_before(name, head) or _fronted_phrase_of(name, head):
        return None  # "When the guard questioned X, the police arrested him": no apposition
    return name if _person_name(name, ctx) else None


def _fronted_phrase_of(name: Token, head: Token) -> bool:
    """A name ending a phrase set before the subject `head` of the same verb ("In a meeting
    with Smith, the minister agreed"): the comma closes the phrase, the subject is someone
    else the phrase tells of, no apposition of the name (roles 1.45.0)."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ in ("prep", "npadvmod") and c.i < head.i and name in c.subtree
        for c in head.head.children
    )


# Clauses set inside another: a name ending one is not described by what follows the comma.
_INNER_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "pcomp", "csubj"})


def _closed_clause_before(name: Token, head: Token) -> bool:
    """A name that ends a clause of its own, set before the description and not holding it
    ("When the guard questioned Pedro Gomez, the police arrested him"): the comma closes that
    clause, the description after it is the next clause's subject, not the name's apposition."""
    tok = clause_verb(name, steps=len(name.doc))
    return (
        tok.pos_ in ("VERB", "AUX")
        and tok.dep_ in _INNER_CLAUSES
        and not tok.left_edge.i <= head.i <= tok.right_edge.i
    )


def those_of_a_group(those: Token, ctx: Context) -> Token | None:
    """The group a "those" with a relative clause picks some of, told by the clause set
    beside its own ("Several lawmakers backed the bill, while those who opposed it were
    expelled", "Most states stayed silent, and those that did propose sanctions ..."): that
    clause's plural subject of people or actors, whose kind the ones picked out are."""
    if those.lower_ != "those" or not any(c.dep_ == "relcl" for c in those.children):
        return None
    verb = those.head
    if those.dep_ == "conj":  # "condemned the coup, but those that did not ...": misparsed
        beside = [verb]
    elif those.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("conj", "advcl"):
        beside = [verb.head]
    elif those.dep_ in ("nsubj", "nsubjpass"):  # "X joined the boycott; those that did ..."
        beside = [c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i < those.i]
    else:
        return None
    for clause in beside:
        for subj in clause.children:
            if (
                subj.dep_ in ("nsubj", "nsubjpass")
                and subj.i < those.i
                and subj.tag_ in ("NNS", "NNPS")
                and (is_agentive(subj, ctx) or people_noun(subj, ctx))
            ):
                return subj
    return None
