"""An arrest ordered, not made: "a judge ordered his arrest", "issued an arrest warrant",
"a warrant for his arrest", "ordenó su detención", "una orden de aprehensión contra X". The
PLOVER manual codes issuing an arrest in absentia as THREATEN 'arrest', not COERCE 'arrest'
(COERCE, ambiguities), so such a mention is a threat that happened (no hypothetical flag: the
order was given), and custody histories do not take it for a detention. Words are data:
`warrant_nouns` and `ordering_verbs` in each language's vocabulary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.model import EventMention

WARRANT_TYPE = "THREATEN"
WARRANT_CAMEO = "137"  # CAMEO: threaten with repression
_ARREST_MODES = frozenset({"arrest"})
# How an arrest noun hangs on the warrant naming it: "arrest warrant", "orden de aprehensión".
_WARRANT_DEPS = frozenset({"compound", "nmod", "amod"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})
# How a warrant names the arrest it is for: "a warrant for his arrest".
_WARRANT_PREPS = frozenset({"for", "para"})
_ISSUED_DEPS = _OBJECT_DEPS | {"nsubjpass", "nsubj:pass"}
# A detention a court orders is carried out by the order itself: "a judge ordered him to
# remain in jail", "ordered them held". Its custody goes on (or begins) as ordered, no
# hypothetical; an arrest ordered stays a warrant (above).
_HELD_MODES = frozenset({"imprison"})
_ORDERED_DEPS = frozenset({"xcomp", "ccomp", "oprd"})


def ordered_by(tok: Token, warrant_nouns: frozenset[str], ordering_verbs: frozenset[str]) -> bool:
    """The arrest noun `tok` is what a warrant names or what an ordering verb orders."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ in _WARRANT_DEPS and lemma(head) in warrant_nouns:
        return True
    # a conjunct of a modifier of the warrant ("Federal and state arrest warrants", "a search
    # and arrest warrant", where the parser joins "arrest" to the first modifier) names it too
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is not tok and first.dep_ in _WARRANT_DEPS and lemma(first.head) in warrant_nouns:
        return True
    if tok.dep_ == "pobj" and lemma(head) in _WARRANT_PREPS and head.head.i != head.i:
        # "a warrant for his arrest", also on the verb the warrant is the object or passive
        # subject of ("a warrant was issued for the arrest of X")
        host = head.head
        return lemma(host) in warrant_nouns or any(
            c.dep_ in _ISSUED_DEPS and lemma(c) in warrant_nouns for c in host.children
        )
    return tok.dep_ in _OBJECT_DEPS and lemma(head) in ordering_verbs


def as_warrant(event: EventMention) -> EventMention:
    """The arrest mention recoded as the threat of arrest its order is; a detention ordered
    ("the judge ordered his house arrest", "ordenó su arresto domiciliario") is held as
    ordered, as an ordered state is (`as_ordered_custody`)."""
    if event.mode in _HELD_MODES:
        return as_ordered_custody(event)
    if event.mode not in _ARREST_MODES:
        return event
    return replace(event, type=WARRANT_TYPE, cameo=WARRANT_CAMEO, hypothetical=False)


def custody_ordered(tok: Token, ordering_verbs: frozenset[str]) -> bool:
    """The custody state `tok` names is what an ordering verb orders ("ordered Castillo to
    remain in jail for 18 months", "ordered him held")."""
    head = tok.head
    return head.i != tok.i and tok.dep_ in _ORDERED_DEPS and lemma(head) in ordering_verbs


def as_ordered_custody(event: EventMention) -> EventMention:
    """A detention ordered by a court: held as ordered, not a hypothetical."""
    if event.mode not in _HELD_MODES:
        return event
    return replace(event, hypothetical=False)


# A detention a court orders or extends (pretrial detention, remand) is marked so that custody
# can tell it from the detention that began the custody: "a judge ordered Castillo to remain
# in jail for 18 months", "le impuso 18 meses de prisión preventiva".
COURT_ORDERED = "court_ordered"
_DETENTION_MODES = frozenset({"arrest", "imprison"})
_COURT_ROLES = frozenset({"judiciary"})
# Clauses a detention's length is not read from ("while prosecutors investigate him for...").
_OTHER_CLAUSE_DEPS = frozenset(
    {"advcl", "relcl", "acl:relcl", "ccomp", "parataxis", "conj", "csubj", "mark"}
)


def _remand_phrase(tok: Token, remand_adjs: frozenset[str]) -> bool:
    """The trigger, the noun it heads, or the noun of the phrase it governs is qualified as a
    pretrial measure ("pretrial detention", "held in pretrial detention", "prisión
    preventiva")."""
    nouns = [tok, *(g for c in tok.children for g in (c, *c.children) if g.pos_ == "NOUN")]
    return any(lemma(c) in remand_adjs for n in nouns for c in n.children if c.dep_ == "amod")


def court_ordered(
    tok: Token,
    event: EventMention,
    ordering_verbs: frozenset[str],
    remand_adjs: frozenset[str],
    remand_verbs: frozenset[str],
) -> bool:
    """A detention ordered or extended by a court: a pretrial measure by its words ("pretrial
    detention", "remanded", "prisión preventiva"), or custody a judicial body orders ("a judge
    ordered him to remain in jail")."""
    if event.type != "COERCE" or event.mode not in _DETENTION_MODES:
        return False
    if lemma(tok) in remand_verbs or _remand_phrase(tok, remand_adjs):
        return True
    ordered = custody_ordered(tok, ordering_verbs) or (
        # "the judge ordered his house arrest": a detention noun the order takes as object
        tok.dep_ in _OBJECT_DEPS and lemma(tok.head) in ordering_verbs
    )
    return ordered and any(a.role in _COURT_ROLES for a in event.actors)


def _clause_top(tok: Token) -> Token:
    """The verb whose clause holds the trigger: the ordering verb over an ordered state."""
    top = tok
    for _ in range(3):
        if top.head.i == top.i or top.dep_ in _OTHER_CLAUSE_DEPS:
            break
        top = top.head
        if top.pos_ in ("VERB", "AUX") and top.dep_ not in _ORDERED_DEPS:
            break
    return top


def detention_term(tok: Token, units: frozenset[str]) -> str | None:
    """How long the ordered detention lasts: a counted time unit in the trigger's clause, not
    in a clause of its own ("for 18 months", "18 meses de prisión preventiva")."""
    top = _clause_top(tok)
    for cand in top.subtree:
        if lemma(cand) not in units:
            continue
        nums = [c for c in cand.children if c.like_num or c.dep_ == "nummod"]
        if not nums:
            continue
        node, inside = cand, True
        while node.i != top.i:
            if node.dep_ in _OTHER_CLAUSE_DEPS:
                inside = False
                break
            node = node.head
        if inside:
            first = min(nums[0].i, cand.i)
            return tok.doc[first : cand.i + 1].text
    return None


# The mode of a detention a court orders, whatever word tells it: one held on an order is
# imprisoned, the arrest came before ("le impuso cuatro meses de detención preventiva" and
# "ordered her held in pretrial detention" are one remand, told in two languages).
_ORDERED_MODE = "imprison"


def as_court_ordered(event: EventMention, term: str | None) -> EventMention:
    """The detention marked as a court's order, with its length when told."""
    told = any(n == "term" for n, _ in event.attributes)
    extra = [(COURT_ORDERED, "yes")] + ([("term", term)] if term and not told else [])
    return replace(
        event,
        mode=_ORDERED_MODE,
        hypothetical=False,
        attributes=(*event.attributes, *extra),
    )


def is_court_ordered(event: EventMention) -> bool:
    """Marked as a detention a court ordered (`as_court_ordered`)."""
    return any(n == COURT_ORDERED for n, _ in event.attributes)


def with_court_order(
    tok: Token, event: EventMention, words: Callable[[str], frozenset[str]]
) -> EventMention:
    """The event marked as a court's detention order when it is one (`court_ordered`), the
    words read from a vocabulary (`ordering_verbs`, `remand_adjs`, `remand_verbs`,
    `term_units`)."""
    if not court_ordered(
        tok, event, words("ordering_verbs"), words("remand_adjs"), words("remand_verbs")
    ):
        return event
    return as_court_ordered(event, detention_term(tok, words("term_units")))


# A term a court orders served is a sentencing: "ordered him to serve two years and eight
# months in prison" (a suspended sentence turned into prison) is SANCTION 'convict', as
# "sentenced him to" is; the rules read so are listed in `ordered_sentence_rules`.
SENTENCE_TYPE, SENTENCE_MODE, SENTENCE_CAMEO = "SANCTION", "convict", "116"


def as_ordered_sentence(event: EventMention, term: str | None) -> EventMention:
    """The ordered term recoded as the sentencing it is, with its length when told; no
    hypothetical: the order was given."""
    told = any(n == "term" for n, _ in event.attributes)
    extra = [("term", term)] if term and not told else []
    return replace(
        event,
        type=SENTENCE_TYPE,
        mode=SENTENCE_MODE,
        cameo=SENTENCE_CAMEO,
        hypothetical=False,
        attributes=(*event.attributes, *extra),
    )
