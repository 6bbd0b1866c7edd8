"""A "they"/"them" for the one group of people the sentence before names, when no named
coordination binds it (events_pronouns.plural_antecedent): "The gunmen stopped the bus. They
would kill anyone who resisted" (the gunmen); "Police arrested the protesters. A court later
fined them" (the protesters, the ones acted on). Roles 1.82.0; a singular band noun, "the
gang", "a crowd of youths", since roles 1.86.0; with several groups, or an organisation named
alone, the subject of the sentence before (roles 1.92.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at, is_agentive, people_noun
from chronicler.annotate.events_phrases import partitive_of
from chronicler.annotate.events_pronouns import plural_phrase, rival_group
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = ("nsubj", "nsubjpass")
_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def earlier_group(pronoun: Token, ctx: Context) -> Token | None:
    """The group of people of the sentence before that a subject "they" or an object "them"
    stands for, when its own sentence names no such group before it but its own clause's
    subject. A "they" subject goes on with that sentence's only group ("The gunmen stopped
    the bus. They ..."); with two ("Police arrested two students. They said ...") it is left
    open. A "them", or a "they" that undergoes its act, goes on with the one group the
    sentence before acted on ("Police detained X and Y. A judge released them"; "... two
    students. They were released"), else with its only group ("The rebels seized the town.
    Troops shelled them")."""
    if pronoun.dep_ == "nsubj" and pronoun.lower_ == "they":
        undergoes = False
    elif (pronoun.dep_ == "nsubjpass" and pronoun.lower_ == "they") or (
        pronoun.dep_ in ("dobj", "pobj") and pronoun.lower_ == "them"
    ):
        undergoes = True
    else:
        return None
    sents = list(pronoun.doc.sents)
    s_no = next(i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    own_doers = {c.i for c in pronoun.head.children if c.dep_ in _SUBJECTS}
    # (any plural party its own sentence names before it, people or not by the word lists:
    # "The protestors targeted stores before they were dispersed" is theirs to tell)
    before = [
        t
        for t in pronoun.doc[sents[s_no].start : pronoun.i]
        if t.dep_ in _PHRASE_DEPS and t.pos_ != "PRON" and plural_phrase(t)
    ]
    before += _groups(pronoun.doc[sents[s_no].start : pronoun.i], ctx)
    if s_no == 0 or [g for g in before if g.i not in own_doers]:
        return None
    # (not what a party of it sees: "On sighting the warship, the pirates fled")
    groups = [g for g in _groups(sents[s_no - 1], ctx) if not _perceived(g, ctx)]
    if undergoes:
        acted_on = [g for g in groups if g.dep_ not in _SUBJECTS]
        if len(acted_on) == 1:
            return acted_on[0]
    if len(groups) == 1:
        group: Token | None = groups[0]
    elif not undergoes:  # "Police stopped the rioters. They fired tear gas": the police
        forced = _forced_party(sents[s_no - 1], groups, pronoun, ctx)
        if forced is not None:  # (the one using force is no rival; one told before may be)
            return None if rival_group(forced.head, sents, lambda t: entity_at(t, ctx)) else forced
        group = _leading_party(sents[s_no - 1], groups, ctx)
        reported = _reported_doers(sents[s_no - 1], group, pronoun, groups)
        if reported is not None and group is not None:  # the speaker is no rival of theirs
            rival = rival_group(group, sents, lambda t: entity_at(t, ctx))
            return None if rival else reported
    else:
        group = None
    # the text was already speaking of another group as "they" ("The two officers said they
    # had been betrayed by X and Y. Both denied it. They fled": left open)
    if group is None or rival_group(group, sents, lambda t: entity_at(t, ctx)):
        return None
    return group


def _perceived(group: Token, ctx: Context) -> bool:
    """The group is what a verb of seeing takes as its object ("On sighting the warship and the
    helicopter, the pirates tried to escape"): seen, it is the scene, no party the next
    sentence's "them" stands for (`perceiving_verbs`; roles 1.154.0)."""
    return group.dep_ == "dobj" and lemma(group.head) in ctx.vocab.words("perceiving_verbs")


def _forced_party(sent: Span, groups: list[Token], pronoun: Token, ctx: Context) -> Token | None:
    """The one group the main act of force of the sentence before took as its object, for a
    "they" whose act is one such a party does in answer and the forcing party would not
    ("Police arrested two students. They fled the country": the students, was the police;
    "They said" keeps the police; roles.toml answering_acts, forcing_types; roles 1.135.0)."""
    if lemma(pronoun.head) not in ctx.vocab.words("answering_acts"):
        return None
    rule = ctx.rules.get(sent.root.i)
    if rule is None or rule.type.lower() not in ctx.vocab.words("forcing_types"):
        return None
    objects = [g for g in groups if g.dep_ == "dobj" and g.head.i == sent.root.i]
    return objects[0] if len(objects) == 1 else None


def _leading_party(sent: Span, groups: list[Token], ctx: Context) -> Token | None:
    """The subject of a sentence's main verb, when it is one of its `groups` of people or
    names an organisation: the party a "they" opening the next sentence goes on with ("Police
    stopped the rioters. They ...": the police; "The IRA claimed the attack. They said ...":
    the IRA; roles 1.92.0)."""
    subject = next((c for c in sent.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    if subject in groups or (subject.pos_ == "PROPN" and entity_at(subject, ctx) == "ORG"):
        return subject
    return None


def _reported_doers(
    sent: Span, speaker: Token | None, pronoun: Token, groups: list[Token]
) -> Token | None:
    """The group a speaker's report names as its doers, for a "they" that goes on with an
    act, not with saying ("Police said the men robbed a bank. They fled in a car": the men,
    was the police; "Police said the men were armed. They said ..." stays with the police):
    the subject of the clause the sentence's verb of saying reports, the group named last
    (roles 1.129.0)."""
    if speaker is None or speaker.head.i != sent.root.i or lemma(sent.root) not in REPORTING_VERBS:
        return None
    if lemma(pronoun.head) in REPORTING_VERBS:
        return None
    return next(
        (
            s
            for c in sent.root.children
            if c.dep_ == "ccomp" and c.i > speaker.i
            for s in c.children
            if s.dep_ == "nsubj" and s in groups
        ),
        None,
    )


def _groups(span: Span, ctx: Context) -> list[Token]:
    """The phrases of `span` naming more than one person as a clause's party (its subject,
    object or the object of a preposition on its verb): a plural people noun ("the gunmen",
    "two students") or a coordination of names only ("X and Y"), each once; any other
    coordination names two groups ("the police and the protesters")."""
    found: list[Token] = []
    for tok in span:
        if tok.dep_ not in _PHRASE_DEPS or tok.pos_ == "PRON":
            continue
        if tok.dep_ == "pobj" and tok.head.head.pos_ not in ("VERB", "AUX"):
            continue  # "dozens of farmers": one group; "one of the poorest of the EU": no party
        names = tok.pos_ == "PROPN" and all(c.pos_ == "PROPN" for c in tok.conjuncts)
        if tok.conjuncts and (not names or tok.dep_ == "conj"):
            # "the police and the protesters": two groups; "grabbed jewellery and luxury
            # watches": things, no group (roles 1.115.0)
            if not names and any(
                people_noun(c, ctx) or is_agentive(c, ctx) for c in (tok, *tok.conjuncts)
            ):
                found.append(tok)
            continue
        people = partitive_of(tok, ctx.vocab) or tok  # "dozens of farmers": the farmers
        if tok.tag_ == "NN" and lemma(tok) in ctx.vocab.words("band_nouns"):
            # "The gang broke into the shop. They then set fire to the car", "a crowd of
            # youths": a singular noun of a band of people is a group (roles 1.86.0)
            found.append(tok)
            continue
        if not (
            plural_phrase(people)
            or any(c.dep_ == "nummod" and lemma(c) not in ("one", "1") for c in tok.children)
        ):
            continue
        if people.pos_ == "PROPN":  # a lone plural name is a body or an occasion, no group
            if people.conjuncts:  # ("the American Music Awards", "the Philippines")
                found.append(people)
        elif people_noun(people, ctx) or is_agentive(people, ctx):
            found.append(people)
    return found


def owner_group(pronoun: Token, ctx: Context) -> Token | None:
    """The group a "their" stands for when it owns what its own clause's subject takes from
    them ("Police arrested the smugglers and seized their boat": the smugglers; "The rebels
    surrendered. Troops seized their weapons": the rebels; roles 1.170.1): never that subject,
    the last group its sentence names before it, else the one group of the sentence before
    (none when that sentence names several, or only the taker)."""
    verb = pronoun.head.head
    takers = {lemma(c) for c in verb.children if c.dep_ in _SUBJECTS}
    if not takers and verb.dep_ == "conj":  # "Police arrested X and seized their boat"
        takers = {lemma(c) for c in verb.head.children if c.dep_ in _SUBJECTS}
    sents = list(pronoun.doc.sents)
    s_no = next(i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    own = [
        g
        for g in _groups(pronoun.doc[sents[s_no].start : pronoun.i], ctx)
        if lemma(g) not in takers
    ]
    if own:
        return own[-1]
    if s_no == 0:
        return None
    before = [g for g in _groups(sents[s_no - 1], ctx) if lemma(g) not in takers]
    return before[0] if len(before) == 1 else None
