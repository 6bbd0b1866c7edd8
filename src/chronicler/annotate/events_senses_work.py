"""Work contracts: a contract of a stated length one person signs ("Smith signed a three-year
contract with Barcelona") is a player's, a coach's or an employee's, no formal agreement
between parties. The check has the signature of events_filters' checks (why the trigger is
no event, or None)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act, entity_at, people_noun
from chronicler.annotate.events_match import object_of
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Labels of a party that signs for a body: an organisation, a state, a people.
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})
# Roles whose holders sign for the state they serve ("the minister signed a 20-year deal").
_OFFICE_ROLES = ("government", "diplomatic", "legislature", "military", "police", "judiciary")


def _contract(trigger: Token, ctx: Context) -> Token | None:
    """The contract the trigger signs or is: the object of "sign"/"agree", or the noun."""
    nouns = ctx.vocab.words("work_contract_nouns")
    found = trigger if trigger.pos_ == "NOUN" else object_of(trigger)
    return found if found is not None and lemma(found) in nouns else None


def _of_stated_length(contract: Token, ctx: Context) -> bool:
    """ "a three-year contract", "a two-season deal", "a 12-month extension"."""
    units = ctx.vocab.words("contract_term_units")
    for child in contract.children:
        if child.dep_ not in ("compound", "amod", "nmod", "nummod"):
            continue
        words = list(child.subtree)
        if any(lemma(w) in units for w in words) and any(w.like_num for w in words):
            return True
    return False


def _signer(trigger: Token, contract: Token) -> Token | None:
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if verb is None and contract.dep_ == "dobj":
        verb = contract.head
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def work_contract(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Lionel Messi signed a three-year contract with Barcelona", "The coach signed a
    two-year deal with the team", "she agreed a 12-month extension": a contract of a stated
    length a person signs (a person's name, "he" or "she", or a noun for a person, no officer
    of a state) is a work contract, no formal agreement ("the government signed a five-year
    contract with Boeing", "the minister signed a 20-year gas deal" stay; vocabulary
    1.278.0)."""
    if rule.type not in ("SUPPORT", "AGREE"):
        return None
    contract = _contract(trigger, ctx)
    if contract is None or not _of_stated_length(contract, ctx):
        return None
    signer = _signer(trigger, contract)
    if signer is None:
        return None
    label = entity_at(signer, ctx)
    if label in _BODY_LABELS or signer.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    if signer.pos_ == "PROPN" and label != "PERSON":
        return None  # a name the tagger does not give a person may be a firm's
    if signer.pos_ == "PRON" and signer.lower_ not in ("he", "she"):
        return None
    offices = ctx.vocab.role_words(_OFFICE_ROLES)
    if any(lemma(w) in offices for w in signer.subtree):
        return None  # an officer signs for the state
    if signer.pos_ == "NOUN" and lemma(signer) in ctx.vocab.words("collective_nouns"):
        return None  # "the company", "the government"
    return "a work contract of a stated length, no agreement between parties"


def volunteer_help(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "She volunteered at a homeless shelter, helping families find housing", "worked as a
    volunteer, helping abused women": help told as one's volunteer work, a clause on the
    volunteering (not what one volunteers to do), by no state, body or officer is charity
    work of a private person, no aid between parties (PLOVER AID is material aid an actor
    provides another; "the army volunteered to help the flood victims" stays; vocabulary
    1.314.0)."""
    if rule.type != "AID" or trigger.pos_ != "VERB" or trigger.dep_ not in ("advcl", "conj"):
        return None
    head = trigger.head
    volunteering = lemma(head) == "volunteer" or any(
        c.dep_ == "prep" and lemma(c) == "as" and any(lemma(g) == "volunteer" for g in c.children)
        for c in head.children
    )
    if not volunteering:
        return None
    if not _private_doers([c for c in head.children if c.dep_ == "nsubj"], ctx):
        return None
    return "help told as volunteer work, no aid between parties"


def _private_doers(doers: Sequence[Token], ctx: Context) -> bool:
    """No doer is a state, a body, a people, an officer of a state or a collective noun."""
    offices = ctx.vocab.role_words(_OFFICE_ROLES)
    for doer in doers:
        if entity_at(doer, ctx) in _BODY_LABELS or any(lemma(w) in offices for w in doer.subtree):
            return False
        if doer.pos_ == "NOUN" and lemma(doer) in ctx.vocab.words("collective_nouns"):
            return False
    return True


def charity_help(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Throughout the 1960s she attended Bible schools, helping teenage mothers and visiting
    jails", "he spent his retirement helping homeless veterans": help given by a private
    person, told as a participle of their life, to people in need named as a kind (a bare
    plural of `charity_recipients`) is charity work, no aid between parties (the lead's ruling
    of the thirty-fifth session; "the UN agency is helping refugees", "the army spent weeks
    helping flood victims" stay; vocabulary 1.326.5)."""
    if rule.type != "AID" or trigger.tag_ != "VBG" or trigger.dep_ not in ("advcl", "conj"):
        return None
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    kinds = ctx.vocab.words("charity_recipients")
    if not objects or not all(
        o.tag_ == "NNS"
        and lemma(o) in kinds
        and entity_at(o, ctx) is None
        and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children)
        for o in objects
    ):
        return None
    head = trigger.head
    while head.dep_ in ("advcl", "conj", "xcomp") and head.head.i != head.i:
        if any(c.dep_ == "nsubj" for c in head.children):
            break
        head = head.head
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    if not doers or not _private_doers(doers, ctx):
        return None
    return "charity work of a private person, no aid between parties"


def approval_required(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "developers are required to get approval from wildlife experts", "the merger is
    subject to approval by regulators", "firms must obtain permission": an approval a rule
    requires, needed or awaited, is regulatory routine, no backing given nor asked
    (`approval_nouns`, `requirement_words`, `obtaining_verbs`; vocabulary 1.326.4)."""
    if rule.type not in ("SUPPORT", "AGREE", "REQUEST") or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("approval_nouns"):
        return None
    need = ctx.vocab.words("requirement_words")
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":  # "subject to approval"
        head = head.head
    if lemma(trigger.head) in need or lemma(head) in need:
        return "an approval required, regulatory routine"
    if trigger.dep_ != "dobj" or lemma(head) not in ctx.vocab.words("obtaining_verbs"):
        return None
    required = any(c.dep_ == "aux" and lemma(c) in need for c in head.children) or (
        head.dep_ == "xcomp" and lemma(head.head) in need
    )
    return "an approval required, regulatory routine" if required else None


def deal_awaiting_approval(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The deal needs approval from regulators", "the accord still awaits approval by
    parliament": an agreement told only as what an approval it needs or awaits is for is a
    requirement, no agreement made in the sentence (vocabulary 1.338.1; an approval so
    required is `approval_required`'s). "signed a deal that needs approval" keeps its
    signing."""
    if rule.type != "AGREE" or trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = trigger.head
    if lemma(verb) not in ctx.vocab.words("requirement_words"):
        return None
    approvals = ctx.vocab.words("approval_nouns")
    if not any(c.dep_ == "dobj" and lemma(c) in approvals for c in verb.children):
        return None
    return "an agreement awaiting a required approval, nothing agreed in the sentence"


_PERSONAL_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "i", "me", "we", "us"})


def promotion_in_rank(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "He was promoted to senior vice president in 2003", "the ministry promoted two colonels
    to the rank of general": a person raised in rank or post is a career's step, no backing of
    a party or a cause (`rank_promotion_verbs`; vocabulary 1.381.0). Read here, not by a rule,
    which would turn off the WordNet reading of "promote" that "promoting a conference" and
    "promoted democracy" keep: what is promoted is a person, or the "to" phrase names a post."""
    if trigger.pos_ not in ("VERB", "AUX") or lemma(trigger) not in ctx.vocab.words(
        "rank_promotion_verbs"
    ):
        return None
    promoted = object_of(trigger)
    if promoted is not None and (
        promoted.lower_ in _PERSONAL_PRONOUNS
        or entity_at(promoted, ctx) == "PERSON"
        or people_noun(promoted, ctx)
    ):
        return "a promotion in rank, no support"
    posts = [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # a post is a rank word, or a bare singular title ("to captain", "to senior vice
    # president"); "promoted the plan to voters" tells to whom
    if any(
        lemma(p) in ctx.vocab.words("rank_post_nouns")
        or (
            p.tag_ == "NN"
            and not any(c.dep_ in ("det", "poss") for c in p.children)
            and (people_noun(p, ctx) or can_act(p, ctx))
        )
        for p in posts
    ):
        return "a promotion to a post, no support"
    return None


def resigned_for_new_post(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a position that she will resign from to take on her new job", "resigned from the
    board to take up a post at the bank": leaving a post to take another (`post_taking_verbs`
    with a word of `rank_post_nouns`) is a career's step, as a promotion is (ruling of the
    fortieth session), no retreat from office told; "resigned to take responsibility for the
    defeat" and "resigned in protest" stay (prec41, vocabulary 1.396.0)."""
    if rule.mode != "resign" or trigger.pos_ != "VERB":
        return None
    takers = ctx.vocab.words("post_taking_verbs")
    posts = ctx.vocab.words("rank_post_nouns")
    for clause in trigger.children:
        if clause.dep_ not in ("advcl", "xcomp") or lemma(clause) not in takers:
            continue
        if any(o.dep_ == "dobj" and lemma(o) in posts for o in clause.children):
            return "a post left for another, a career's step"
    return None


def strike_authorization(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Members will vote on whether to give union leaders permission to call a strike": a
    union's members authorizing their own leaders to strike is a step inside the union, no
    concession between parties (`authorization_nouns`, `union_member_words`,
    `labour_strike_words`; vocabulary 1.381.0). "The court gave the union permission to
    strike" is an authority's, which stays."""
    if rule.type != "CONCEDE":
        return None
    nouns = ctx.vocab.words("authorization_nouns")
    if trigger.pos_ == "VERB":  # "give union leaders permission": the phrase's noun (1.398.0)
        trigger = next((c for c in trigger.children if c.dep_ == "dobj"), trigger)
    if trigger.pos_ != "NOUN" or lemma(trigger) not in nouns:
        return None
    # ("members who vote on whether to give": the members the relative pronoun stands for)
    givers = [
        a.head.head if a.lower_ in ("who", "that") and a.head.dep_ == "relcl" else a for a in actors
    ]
    if not givers or not all(lemma(a) in ctx.vocab.words("union_member_words") for a in givers):
        return None
    strikes = ctx.vocab.words("labour_strike_words")
    content = [c for c in trigger.children if c.dep_ in ("acl", "relcl")]
    if not any(lemma(w) in strikes for c in content for w in c.subtree):
        return None
    return "a union's own strike authorization, no concession"


WORK_SENSES = (
    promotion_in_rank,
    resigned_for_new_post,
    strike_authorization,
    work_contract,
    volunteer_help,
    charity_help,
    approval_required,
    deal_awaiting_approval,
)
