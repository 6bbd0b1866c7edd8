"""Whether a name inside a participant's phrase stands for the participant, or only says
whose, where or whom: the followers of a leader ("Morales supporters"), one who works for a
body or a person ("a Reuters photographer", "a Palin appointee"), kin ("Elian's
great-uncle"), a town's police ("Staunton police"), people of a place and what they own ("a
Texas man", "the Miami relatives' home"), a site in a place ("a Birmingham clinic"), an
office held in a place ("the mayor of Caracas") and a state's body named by its place or its
country ("a Caracas court", "Iran's morality police"). Where a check holds, the whole phrase
is the participant, the place giving only its country. Split from events_participants."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_country_name
from chronicler.annotate.entities import load_person_cues
from chronicler.annotate.events_actors import Context, people_noun
from chronicler.annotate.events_described import surely_a_person
from chronicler.annotate.events_name_uses import body_named_alone
from chronicler.annotate.events_participant_roles import role_of
from chronicler.annotate.events_vocab import lemma
from chronicler.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Names a follower noun may be modified by: a leader, a party, a movement.
_FOLLOWED = frozenset({"PERSON", "ORG", "NORP"})


def follows_person(mention: Mention, head: Token, ctx: Context) -> bool:
    """A name modifying a noun of those who follow someone or something ("Morales
    supporters", "Hamas supporters"; `follower_nouns`): the group, not the one followed."""
    return mention.label in _FOLLOWED and lemma(head) in ctx.vocab.words("follower_nouns")


def works_for(mention: Mention, head: Token, ctx: Context) -> bool:
    """An organisation named in the compound of a noun for one person that holds no office
    ("a Reuters photographer", "a Google engineer"): the person is the party, the name only
    says whom they work for; so does a person's name ("a Palin appointee", roles 1.18.0). A
    role word still speaks for its body ("a Hamas official")."""
    return (
        mention.label in ("ORG", "PERSON")
        and mention.end <= head.idx
        and any(
            c.dep_ == "compound" and mention.start <= c.idx < mention.end for c in head.children
        )
        and role_of([head], head, None, ctx.vocab) is None
        and (
            surely_a_person(head, ctx)
            or (mention.label == "PERSON" and head.tag_ == "NN" and people_noun(head, ctx))
        )
    )


def member_of(mention: Mention, head: Token, ctx: Context) -> bool:
    """An organisation named only as the affiliation of a noun for one person or people, in
    its compound or its "of" phrase ("a suspected Mafia boss was arrested", "detained a Hamas
    commander", "killed a leader of the cartel"): as an event's target the person is the
    party, the organisation only says whose member he is (the lead's ruling of 2026-12-05;
    roles 1.69.0). For targets only: as a doer a role word still speaks for its body ("a
    Hamas official said"), as in `works_for`."""
    if mention.label != "ORG" or mention.start <= head.idx < mention.end:
        return False  # a name on the head itself is the head's own
    if not (surely_a_person(head, ctx) or lemma(head) in ctx.vocab.words("affiliate_nouns")):
        return False
    # the compound with its own modifiers: "a former Acme Foods company employee" (the firm
    # named on the compound "company"; roles 1.75.0)
    named = [t for c in head.children if c.dep_ == "compound" for t in c.subtree]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        named += [t for o in prep.children if o.dep_ == "pobj" for t in o.subtree]
    return any(mention.start <= c.idx < mention.end for c in named)


_MODIFIER_DEPS = frozenset({"nmod", "compound", "amod"})


def shared_modifier(mention: Mention, doc: Doc) -> bool:
    """A name that is one of coordinated modifiers of a plural noun ("the Interior and Commerce
    departments", "officials from the State and Defense departments"): it names one part of
    what the noun names together, so it does not stand for the phrase. Organisations only: a
    country's name still gives its state ("the U.S. and British governments")."""
    if mention.label != "ORG":
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    first = root.head if root.dep_ == "conj" else root
    noun = first.head
    return (
        first.dep_ in _MODIFIER_DEPS
        and noun.tag_ in ("NNS", "NNPS")
        and noun.i not in range(span.start, span.end)
        and any(c.dep_ == "conj" for c in first.children)
    )


def kin_of(mention: Mention, head: Token, ctx: Context) -> bool:
    """A person named as the owner of a word for one person or people of no role ("Elian's
    great-uncle vowed", "the president's son attacked"): the kin, friend or client is the
    party, the name only says whose (roles 1.35.0). A role word still speaks for the owner's
    body ("Iraq's president"), as in `works_for`."""
    # an organisation has no son or wife: a name owning a kin word the tagger calls one is a
    # person's ("Maduro's son was arrested": the son, was Maduro; roles 1.39.0)
    kin = mention.label == "ORG" and lemma(head) in ctx.vocab.words("kin_nouns")
    return (
        (mention.label == "PERSON" or kin)
        and mention.end <= head.idx
        and _possessor(mention, head)
        and role_of([head], head, None, ctx.vocab) is None
        and (surely_a_person(head, ctx) or people_noun(head, ctx))
    )


def police_of_town(mention: Mention, head: Token, ctx: Context) -> bool:
    """A one-word name the tagger calls an organisation or a person, set right before a word
    for police ("Staunton police arrested a woman", "Bristol police said"): a town's force,
    named by the whole phrase, as `institution_of_place` names one by a tagged place; a
    person owns no police, and a town's name is what the tagger most often mistakes there
    (roles 1.35.0). An acronym stays the body it names ("UN police")."""
    if head.pos_ != "NOUN" or mention.label not in ("ORG", "PERSON") or head.i == 0:
        return False
    before = head.nbor(-1)
    return (
        role_of([head], head, None, ctx.vocab) == "police"
        and before.dep_ == "compound"
        and before.idx == mention.start
        and before.idx + len(before) == mention.end
        and before.is_title
        and not body_named_alone(mention, head, ctx, _is_police)
    )


def _is_police(token: Token, ctx: Context) -> bool:
    return role_of([token], token, None, ctx.vocab) == "police"


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def resident_of(head: Token, mention: Mention | None, ctx: Context) -> bool:
    """A place or people modifying a word for a person with no role ("a Texas man", "an
    Israeli teenager", "a Gaza resident"): the person is the participant, named by the whole
    phrase (the place gives the country), not the place or its state."""
    if mention is None or head.pos_ != "NOUN" or mention.label not in _PLACE_LABELS | {"NORP"}:
        return False
    if mention.start <= head.idx < mention.end:
        return False
    if role_of([head], head, None, ctx.vocab) is not None:
        return False  # "a Syrian soldier" acts for Syria, "Texas's governor" for Texas
    # a word for people of no role, listed or generated ("an Albany teen", "Gaza villagers")
    if not (surely_a_person(head, ctx) or people_noun(head, ctx)):
        return False
    if _possessor(mention, head):  # "Miami's exiles", "the city's residents": its people
        return head.tag_ == "NNS" and people_noun(head, ctx)
    return any(
        c.dep_ in ("compound", "amod") and mention.start <= c.idx < mention.end
        for c in head.children
    ) or _from_place(head, mention)


def _from_place(head: Token, mention: Mention) -> bool:
    """ "A Christian missionary from Calgary", "a teacher from Texas": the place a person of no
    role comes from, in a "from" phrase on the word, names where the person is from as a
    modifier does (events-roles 1.142.1; the missionary was Calgary and its state)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(g.dep_ == "pobj" and mention.start <= g.idx < mention.end for g in c.children)
        for c in head.children
    )


def resident_owner(head: Token, mention: Mention | None, ctx: Context) -> bool:
    """A city or region named on the people owning the phrase's head ("a raid on the Miami
    relatives' home", "searched the Boston activists' office"): the owners' thing is the
    participant, named by the whole phrase (the place gives the country), not the place
    (roles 1.32.0). A country by its own name on people of a role still stands for its state
    ("the Syrian soldiers' base")."""
    if mention is None or mention.label not in _PLACE_LABELS or head.pos_ != "NOUN":
        return False
    for owner in (c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"):
        if mention.start <= owner.idx < mention.end or _possessor(mention, owner):
            continue
        if not any(
            c.dep_ in ("compound", "amod") and mention.start <= c.idx < mention.end
            for c in owner.children
        ):
            continue
        if resident_of(owner, mention, ctx):
            return True
        if not is_country_name(mention.text) and (
            people_noun(owner, ctx) or surely_a_person(owner, ctx)
        ):
            return True
    return False


def site_in(head: Token, mention: Mention | None, ctx: Context) -> bool:
    """A city, region or country named on a word for a building or site ("a Birmingham, Ala.,
    abortion clinic", "an Athens store", "the Nairobi hotel"): the site is the participant,
    named by the whole phrase (the place gives the country), not the place where it stands
    (`site_nouns` in roles.toml; version 1.20.0)."""
    if mention is None or head.pos_ != "NOUN" or mention.label not in ("GPE", "LOC"):
        return False
    if mention.start <= head.idx < mention.end or lemma(head) not in ctx.vocab.words("site_nouns"):
        return False
    if role_of([head], head, None, ctx.vocab) is not None:
        return False  # "the Kenya embassy" stands for its state's mission
    # the place on the site's word, or in a modifier of it ("Birmingham, Ala.,")
    return any(
        c.dep_ in ("compound", "nmod")
        and c.left_edge.idx <= mention.start
        and mention.end <= c.right_edge.idx + len(c.right_edge)
        for c in head.children
        if c.i < head.i
    )


def office_of_place(head: Token, mention: Mention | None) -> bool:
    """An office held in a place ("the mayor of Caracas", "el alcalde de Cali", "the Zulia
    governor"): the person is the participant, named by the whole phrase, not the place
    named inside it. An office held only over a place (people.toml place_offices) takes
    the name it is of as that place whatever its label ("the governor of Sonora", Sonora
    tagged ORG); other offices keep an organisation ("the leader of Hamas" is Hamas)."""
    # an office capitalised as a title is tagged a proper noun ("The Governor of Sonora")
    if mention is None or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if mention.start <= head.idx < mention.end or _possessor(mention, head):
        return False  # ("Belarus's foreign minister" still stands for Belarus, as its state)
    cues = load_person_cues()
    words = {head.lower_, head.lemma_.lower()}
    if mention.label in _PLACE_LABELS:
        return bool(words & cues.titles)
    if mention.label != "ORG":  # a person named with the office is that person
        return False
    return bool(words & cues.place_offices) and _names_what_office_is_of(mention, head)


# Dependencies from the name an office is of up to the office: "governor of [the state of]
# Sonora", "the Sonora governor", "gobernador del estado Zulia".
_OF_DEPS = frozenset({"compound", "pobj", "prep", "nmod", "flat", "appos"})


def _names_what_office_is_of(mention: Mention, head: Token) -> bool:
    """The mention is the office's own "of" phrase or modifier, not a name elsewhere in its
    phrase ("the governor who sued Pemex")."""
    span = head.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        if tok.dep_ not in _OF_DEPS or tok.head.i == tok.i:
            return False
        if tok.head.i == head.i:
            return True
        tok = tok.head
    return False


# Bodies of a state whose phrase may name the city or region they sit in.
_INSTITUTION_ROLES = frozenset({"judiciary", "police", "legislature", "government"})


def institution_of_place(head: Token, mention: Mention | None, head_role: str | None) -> bool:
    """A court, police force or council named by the city or region it sits in ("a Caracas
    court", "un tribunal de Caracas"): the body is the participant, named by the whole
    phrase, not the place (which no act is done by); its country still counts. So is a force,
    court or parliament a country owns ("Iran's morality police", "la policía de Irán"); but
    a country's name stays for its government: "Venezuela's government" is the state acting."""
    if mention is None or mention.label not in _PLACE_LABELS or head.pos_ != "NOUN":
        return False
    if head_role not in _INSTITUTION_ROLES or mention.start <= head.idx < mention.end:
        return False
    if is_country_name(mention.text):
        # "Iran's morality police", "la policía de Irán": the force acts, not Iran, whose
        # role it is not
        return head_role in _STATE_FORCE_ROLES
    return not _possessor(mention, head)


# Bodies of a state whose country owning them is no participant of its own ("Iran's morality
# police", "Russia's parliament"); "Venezuela's government" is the state acting.
_STATE_FORCE_ROLES = frozenset({"judiciary", "police", "legislature", "military"})


def _possessor(mention: Mention, head: Token) -> bool:
    """The mention owns the phrase's head with a possessive "'s"."""
    return any(t.idx == mention.end and t.tag_ == "POS" for t in head.subtree)
