"""Participants for the Spanish event stage: here an argument head becomes a Participant
(its phrase, mention, role, count). Which heads act and which undergo is decided in
events_es_verb_arguments and events_es_noun_arguments; verbs' subjects and the word-form tests
are in events_es_subjects. What a pronoun or a dropped subject stands for is found in
events_es_antecedents, a definite description's person in events_es_descriptions, the gender
an article gives each person in events_es_gender; the shared context and mention lookup are
in events_es_context, the words of a phrase in events_es_phrases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.countries import (
    countries_in,
    gentilic_state,
    mention_country,
    organ_country,
    participant_country,
)
from chronicler.annotate.datelines import in_dateline
from chronicler.annotate.entities import load_person_cues
from chronicler.annotate.entities_roles import international_body
from chronicler.annotate.events_es_antecedents import (
    CLITICS,
    antecedent,
    from_topic,
    imposed_custody,
    own_clause_subjects,
    relative_head,
    shared_object,
    shared_object_noun,
)
from chronicler.annotate.events_es_antecedents import sole_topic as sole_topic
from chronicler.annotate.events_es_antecedents import subject_name as subject_name
from chronicler.annotate.events_es_context import (
    OBLIQUE_DEPS,
    RELATIVE_PRONOUNS,
    EsContext,
    entity_at,
    mentions_in,
)
from chronicler.annotate.events_es_context import Arguments as Arguments
from chronicler.annotate.events_es_context import make_context as make_context
from chronicler.annotate.events_es_descriptions import (
    bare_description,
    described_person,
    passive_subject,
)
from chronicler.annotate.events_es_gender import (
    described_genders,
    the_topic_fits_better,
    word_gender,
)
from chronicler.annotate.events_es_morph import case_of, feats, misread_modifier
from chronicler.annotate.events_es_phrases import adjective_complement as adjective_complement
from chronicler.annotate.events_es_phrases import attribute_text as attribute_text
from chronicler.annotate.events_es_phrases import attribute_tokens as attribute_tokens
from chronicler.annotate.events_es_phrases import phrase_tokens, span_text
from chronicler.annotate.events_es_subjects import lemma_set, subjects
from chronicler.annotate.events_es_times import time_phrase
from chronicler.annotate.events_es_ultimatums import ultimatum_consequence
from chronicler.annotate.events_es_vocab import EsRule, EsVocab
from chronicler.annotate.events_participant_names import institution_of_place, office_of_place
from chronicler.annotate.events_phrases import expand
from chronicler.annotate.events_pronouns import gender_clash
from chronicler.annotate.past_roles import in_the_past
from chronicler.model import Mention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Token


# Pronouns that name no participant unless resolved, which the plural ones ("ellos", "sus",
# "los") are not here; the speaker's ("me", "nos") are the source's side, not a participant.
_UNNAMED = frozenset({"se", "me", "te", "nos", "os", "sus", "los", "las", "les", "ellos", "ellas"})


_LABEL_PRIORITY = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")

_AGENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# roles of people who act for no state's body: a place in their "de"-phrase is where they
# are from ("los maestros de Oaxaca"), not what they stand for
_PEOPLE_ROLES = frozenset({"civilians", "opposition", "prisoners"})

_TIME_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


# a count's relations that make it a phrase's own head, not a number modifying another noun
_HEAD_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "conj", "appos", "ROOT"})


def bare_crowd_count(token: Token, ctx: EsContext) -> bool:
    """A count standing alone for the people it counts ("Miles llegan", "Cientos marcharon",
    "detuvieron a decenas"; `bare_people_counts`): no "de"-phrase names whom it counts."""
    if token.lower_ not in ctx.vocab.words("bare_people_counts") or token.dep_ not in _HEAD_DEPS:
        return False
    if token.ent_type_ in _TIME_ENTS:
        return False  # "hace decenas de años" is no crowd
    return not any(c.dep_ in ("nmod", "amod", "acl") for c in token.children)


def is_agentive(token: Token, ctx: EsContext) -> bool:
    """An entity or a word naming a kind of actor ("agentes", "presos"), not a thing; a bare
    count of people is the crowd it counts."""
    if bare_crowd_count(token, ctx):
        return True
    if token.pos_ == "NOUN" and lemma_set(token, ctx.vocab) & ctx.vocab.words("offence_heads"):
        return False  # the small model tags "rebelión", "conspiración" as people: offences
    if entity_at(token, ctx) in _AGENT_LABELS:
        return True
    if token.pos_ == "PROPN" or (token.pos_ == "PRON" and token.lower_ not in RELATIVE_PRONOUNS):
        return True
    words = lemma_set(token, ctx.vocab) | {token.lower_}
    if words & ctx.vocab.words("agent_nouns"):
        return True
    if token.pos_ == "NOUN" and words & ctx.vocab.words("person_nouns"):
        return True  # "liberó al fotógrafo": one person, whatever role; not "asilo político"
    if token.pos_ == "NOUN" and "Plur" in feats(token, "Number") and countries_in(token.text, "es"):
        return True  # a people named by nationality: "miles de israelíes"
    return any(words & role_words for _, role_words in ctx.vocab.roles)


def agentive_phrase(head: Token, ctx: EsContext) -> bool:
    return any(is_agentive(t, ctx) for t in phrase_tokens(head) if t.pos_ != "PRON") or (
        head.pos_ == "PRON" and head.lower_ not in RELATIVE_PRONOUNS
    )


def role_of(
    tokens: Sequence[Token],
    head: Token,
    mention: Mention | None,
    ctx: EsContext,
    held_before: bool = False,
) -> str | None:
    """The role a participant's words give it; with `held_before`, also a role put in the
    past ("el expresidente Rodríguez Zapatero": a former Spanish leader is still Spain's)."""
    if international_body(mention, head, load_person_cues()):
        return "international"  # "la Unión Europea", "la OEA": a body of states
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "flat") and c in tokens]
    for tok in [*mods, head, *[t for t in tokens if t.i != head.i and t not in mods]]:
        words = lemma_set(tok, ctx.vocab) | {tok.lower_}
        if not held_before and in_the_past(tok, tokens, ctx.vocab.past):
            continue  # "el general retirado", "el exjefe del Ejército": no role he acts in now
        for role, role_words in ctx.vocab.roles:
            if words & role_words:
                return role
    if mention is not None and mention.label in ("GPE", "LOC"):
        return "government"  # a country acting is its state
    if bare_crowd_count(head, ctx):
        return "civilians"  # "Miles llegan a la capital": a crowd of no stated trade
    return None


_NUMERIC_QUANTITIES = frozenset(
    {"decena", "centenar", "cientos", "ciento", "mil", "miles", "millar", "docena", "veintena",
     "treintena", "millón"}
)  # fmt: skip


def _followers(head: Token, ctx: EsContext) -> bool:
    """A noun of those who follow someone or something ("seguidores del PTI", "partidarios
    de Morales"; `follower_nouns`): the group, not the party or leader its "de" names, as
    the English "Morales supporters"."""
    return bool(lemma_set(head, ctx.vocab) & ctx.vocab.words("follower_nouns"))


def _works_for(head: Token, ctx: EsContext) -> bool:
    """A person noun holding no office with an organisation in its "de"-phrase ("un
    fotógrafo de Reuters", "dos periodistas de la BBC"): the person is the party, the name
    only whom they work for, as the English "a Reuters photographer"."""
    if head.pos_ != "NOUN" or not lemma_set(head, ctx.vocab) & ctx.vocab.words("person_nouns"):
        return False
    if role_of([head], head, None, ctx) not in (None, "civilians"):
        return False  # "un funcionario del ministerio", "un comandante de las FARC"
    return any(
        c.dep_ == "nmod"
        and case_of(c) == "de"
        and any(m.label == "ORG" for m in mentions_in(c.idx, c.idx + len(c), ctx))
        for c in head.children
    )


def _count(head: Token, quantity: Token | None) -> str | None:
    if quantity is not None:  # "decenas", "dos centenares"; "un grupo" is no number
        if quantity.lemma_.lower() not in _NUMERIC_QUANTITIES:
            return None
        words = [t for t in quantity.subtree if t.i <= quantity.i and t.pos_ in ("NUM", "NOUN")]
        return span_text(words)[0] or None
    if head.pos_ == "NUM":  # "unas 5.000 fueron detenidas": the number is the people
        return span_text([t for t in head.subtree if t.i <= head.i])[0] or None
    nums = [c for c in head.children if c.dep_ == "nummod"]
    if nums:
        return span_text(sorted(nums[0].subtree, key=lambda t: t.i))[0]
    # "más de 400 personas", "casi 300 detenidos": the parser hangs the number on the adverb
    bounded = [
        c
        for c in head.children
        if c.dep_ == "advmod"
        and c.i < head.i
        and any(g.dep_ == "nummod" and g.pos_ == "NUM" for g in c.children)
    ]
    if bounded:
        return span_text(sorted(bounded[0].subtree, key=lambda t: t.i))[0]
    return None


def _as_mention(p: Participant) -> Mention:
    return Mention(p.start, p.end, p.text, p.label or "PERSON", 0)


def resolved_participant(mention: Mention, phrase: str | None) -> Participant:
    """A participant standing for a pronoun or a dropped subject: the antecedent's words."""
    return Participant(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        role=None,
        label=mention.label,
        phrase=phrase,
        resolved=True,
        country=mention_country(mention, "es"),
    )


def participant(
    head: Token, ctx: EsContext, cut: frozenset[int] = frozenset()
) -> Participant | None:
    """A Participant for an argument head (None for a pronoun with no person in reach)."""
    if head.lower_ in RELATIVE_PRONOUNS:
        head = relative_head(head)
        if head.lower_ in RELATIVE_PRONOUNS:
            return None
        if (
            head.dep_ == "nmod"
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.lemma_.lower() in ctx.vocab.words("quality_nouns")
        ):
            # "los barcos de diversas nacionalidades que han participado": the parser hung
            # the clause on the phrase telling what they are like; the ships took part
            head = head.head
        if head.lemma_.lower() in ctx.vocab.words("time_words"):
            # "convocó a un paro el lunes, que respaldó la central obrera": the parser hung
            # the clause on the time, which stands for no one
            return None
    if head.pos_ in ("PRON", "DET") and head.lower_ not in RELATIVE_PRONOUNS:
        shared = shared_object_noun(head) if shared_object(head, ctx) is None else None
        if shared is not None:  # "detuvo al ladrón y lo entregó": the thief (1.177.2)
            found = participant(shared, ctx, cut)
            return replace(found, resolved=True) if found is not None else None
        if head.lower_ in CLITICS or head.lower_ in ("su", "él", "ella"):
            rule = ctx.rules.get(head.head.i)
            custody = rule is not None and rule.mode in ctx.vocab.words("custody_modes")
            gendered = word_gender(head) if head.lower_ != "su" else None
            topic = from_topic(head, ctx, head.text, gendered)
            imposed = head.lower_ != "su" and imposed_custody(head.head, ctx)
            if ((head.lower_ == "su" and custody) or imposed) and topic is not None:
                # "su liberación", "le impuso prisión preventiva": the person the custody
                # story is about
                return topic
            own = own_clause_subjects(head, ctx)
            # "su" may be "their": only the others are one person, never one of "X y Y"
            gender = word_gender(head) if head.lower_ != "su" else None
            ante = shared_object(head, ctx) or antecedent(
                head.idx, head.doc, ctx, own, singular=head.lower_ != "su", gender=gender
            )
            genders = described_genders(head.doc, ctx.mentions)
            if ante is not None and the_topic_fits_better(genders, gender, topic, ante):
                return topic  # "X fue condenada ... al excomandante Y ... la acusó": X
            if ante is not None:
                return resolved_participant(ante, head.text)
            one = described_one(head, ctx) if topic is None else None
            if one is not None:  # "Cuando el ministro llegó, los guardias lo arrestaron"
                found = participant(one, ctx)
                return replace(found, resolved=True) if found is not None else None
            # nor is the custody topic one of the other gender ("condenó a X ... la acusó")
            clashes = topic is not None and gender_clash(genders, gender, _as_mention(topic))
            return None if clashes else topic
        group = plural_antecedent(head, ctx) if head.lower_ in _PLURAL_CLITICS else None
        if group is not None:  # "Cinco estudiantes marcharon. La policía los detuvo."
            found = participant(group, ctx)
            return replace(found, resolved=True) if found is not None else None
        if head.lower_ in _UNNAMED:
            return None  # a plural or speaker's pronoun left unresolved names no participant
    state = _state_of_adjective(head)
    if state is not None:  # "las pruebas nucleares francesas": Francia, not "francesas"
        return state
    quantity = None
    if lemma_set(head, ctx.vocab) & ctx.vocab.words("quantity_nouns"):
        inner = [c for c in head.children if c.dep_ == "nmod" and case_of(c) == "de"]
        if inner:
            quantity, head = head, inner[0]
    tokens = phrase_tokens(head, skip=frozenset(ctx.rules) | cut)
    if not tokens:
        return None
    text, start, end = span_text(tokens)
    # the whole argument as written: "miles de manifestantes", not only "manifestantes"
    whole = phrase_tokens(quantity, skip=frozenset(ctx.rules) | cut) if quantity else tokens
    if quantity is None:  # ...also when the parser hangs the quantity on the noun
        whole = _with_counted_quantity(head, whole)
    whole = _with_membership(head, whole, ctx)
    # (not the object of a verb the parser hung on the head: "El sindicato denuncio la X")
    verbs = [c.i for c in head.children if c.i in ctx.rules and misread_modifier(c)]
    apposed = [
        c
        for c in head.children
        if c.dep_ == "appos"
        and not place_tail(c, ctx)
        and not any(v < c.i for v in verbs)
        and not _name_of_modifier(c, head)
    ]
    appos = [t for c in apposed for t in phrase_tokens(c) + apposition_name(c)]
    named = [
        t for c in apposed
        if c.i not in ctx.rules  # (not a predicate read as one)
        for t in phrase_tokens(c) + apposition_name(c)
    ]  # fmt: skip
    # the whole argument names what its apposition says, set right after it ("Medardo, un
    # campesino"; not a misparsed phrase that only ends in one)
    if named and whole and whole[-1].i < named[0].i <= whole[-1].i + 3:
        whole = sorted({*whole, *named}, key=lambda t: t.i)
    on_head = [m for m in mentions_in(head.idx, head.idx + len(head), ctx) if "\n" not in m.text]
    mention = on_head[0] if on_head else None
    before = name_before_description(head, ctx) if mention is None and not appos else None
    if before is not None:  # "protestó en París Ana Gil, abogada de ...": Ana Gil
        mention, name = before
        whole = sorted({*name, *whole}, key=lambda t: t.i)
    if mention is None and appos:  # "el periodista Luis Fernández": the apposed name
        _, a_start, a_end = span_text(appos)
        inside = mentions_in(a_start, a_end, ctx)
        # a name in apposition to a common noun is its referent even when the small model
        # labels it LOC ("el sindicalista Tomás Iriarte")
        people = [m for m in inside if m.label == "PERSON"] or inside
        mention = people[0] if people else None
    if mention is None and not _followers(head, ctx) and not _works_for(head, ctx):
        inside = [m for m in mentions_in(start, end, ctx) if m.start >= start and m.end <= end]
        inside = [m for m in inside if "\n" not in m.text]
        mention = next((m for lab in _LABEL_PRIORITY for m in inside if m.label == lab), None)
        if mention is not None and _place_of_a_thing(mention, head, ctx):
            mention = None
    if mention is None and not appos and head.pos_ == "NOUN":
        described = described_person(head, ctx)
        if described is not None:  # "el general" named earlier as "el general ... X"
            return replace(resolved_participant(described, text), count=_count(head, quantity))
        bare = bare_description(head, ctx)
        # one acted upon ("La exmandataria fue detenida") is a topic of the custody told;
        # one acting ("El exmandatario se asiló") may be someone else of that gender
        gender = word_gender(head) if passive_subject(head) else None
        topic = from_topic(head, ctx, text, gender) if bare else None
        # "El exmandatario se asiló": not the topic the article sets beside "la expresidenta"
        genders = described_genders(head.doc, ctx.mentions) if topic is not None else {}
        if topic is not None and not gender_clash(genders, word_gender(head), _as_mention(topic)):
            return topic
    if mention is None and appos and head.pos_ == "NOUN":  # a name the NER model missed
        a_text, a_start, a_end = span_text(appos)
        if appos[0].pos_ == "PROPN":
            text, start, end = a_text, a_start, a_end
    role = role_of(tokens + appos, head, mention, ctx)
    former = role_of(tokens + appos, head, mention, ctx, held_before=True)
    body = institution_of_place(head, mention, role_of([head], head, None, ctx))
    held = None if office_of_place(head, mention) or body else mention  # (its country counts)
    return Participant(
        text=held.text if held else text,
        start=held.start if held else start,
        end=held.end if held else end,
        role=role,
        label=held.label if held else None,
        phrase=span_text(whole)[0],
        count=_count(head, quantity),
        country=participant_country(head, mention, "es", role or former)
        or organ_country(span_text(whole)[0], role, ctx.vocab.state_organs),
    )


def _state_of_adjective(head: Token) -> Participant | None:
    """A nationality adjective taken as an argument (events_es_protest.state_adjectives)
    stands for its state, by the state's Spanish name (`resolved`: the text is not the words
    at its offsets), as the English events_participants._state_of_adjective."""
    if head.pos_ != "ADJ" or head.dep_ != "amod":
        return None
    state = gentilic_state(head.text, "es")
    if state is None:
        return None
    code, name = state
    return Participant(
        text=name,
        start=head.idx,
        end=head.idx + len(head),
        role=None,
        phrase=head.text,
        resolved=True,
        country=code,
    )


_PLURAL_CLITICS = {"los": "Masc", "las": "Fem"}


def plural_antecedent(clitic: Token, ctx: EsContext) -> Token | None:
    """The group a plural object clitic stands for: the latest plural noun naming people
    before it, in its sentence or the one before, of its gender ("las" only a feminine one),
    and not the subject of the clitic's own verb ("Cinco estudiantes marcharon. La policía
    los detuvo": the students; "Los agentes los detuvieron" names no one else)."""
    return plural_group(clitic, ctx.vocab, lambda t: is_agentive(t, ctx))


_SINGULAR_CLITICS = {"lo": "Masc", "la": "Fem", "le": None}  # "le": either gender


def described_one(clitic: Token, ctx: EsContext) -> Token | None:
    """The one person a singular object clitic of a rule done to people stands for when no
    one is named: the person noun (vocab person_nouns) of its gender its sentence before it,
    or the sentence before, describes, when it names no other actor ("Cuando el ministro
    llegó, los guardias lo arrestaron": the minister; "la" never a man), not the subject of
    the clitic's own verb, nor a description of someone named ("X, periodista, ..."). The
    dative "le", of either gender and never a neuter "it" of what was said, stands for such
    a person or a group of people ("Un periodista salió de su casa. La policía le detuvo",
    "Un grupo de campesinos llegó. La policía le disparó"; 1.155.0)."""
    rule = ctx.rules.get(clitic.head.i)
    if clitic.lower_ not in _SINGULAR_CLITICS or rule is None:
        return None
    dative = clitic.lower_ == "le"
    if clitic.dep_ not in (("obj", "iobj") if dative else ("obj",)):
        return None
    if not (dative or rule.person_object or rule.mode in ctx.vocab.words("custody_modes")):
        return None  # "lo confirmó": a neuter "lo" of what was said
    sents = list(clitic.doc.sents)
    at = next(n for n, s in enumerate(sents) if s.start <= clitic.i < s.end)
    own = {t.i for s in subjects(clitic.head) for t in s.subtree}
    gender = _SINGULAR_CLITICS[clitic.lower_]
    people = ctx.vocab.words("person_nouns")
    found: dict[str, Token] = {}
    for tok in clitic.doc[sents[max(0, at - 1)].start : clitic.i]:
        if tok.pos_ != "NOUN" or "Sing" not in feats(tok, "Number") or tok.i in own:
            continue
        if tok.dep_ in ("appos", "conj"):
            continue
        if not (lemma_set(tok, ctx.vocab) & people or is_agentive(tok, ctx)):
            continue  # (any actor noun counts, to leave a he/she open between two)
        marks = feats(tok, "Gender") or [g for c in tok.children for g in feats(c, "Gender")]
        if gender is not None and marks and gender not in marks:
            continue
        if any(c.dep_ == "appos" or entity_at(c, ctx) == "PERSON" for c in tok.children):
            continue  # "el periodista Juan Pérez": the name stands
        found[tok.lemma_.lower()] = tok
    if len(found) != 1:
        return None  # "El juez interrogó al campesino. Luego lo detuvieron": either
    (one,) = found.values()
    if dative and _group_of_people(one, ctx):
        return one  # "un grupo de campesinos": they
    return one if lemma_set(one, ctx.vocab) & people else None


def _group_of_people(noun: Token, ctx: EsContext) -> bool:
    """A quantity noun of people: "un grupo de campesinos"."""
    return bool(lemma_set(noun, ctx.vocab) & ctx.vocab.words("quantity_nouns")) and any(
        c.dep_ == "nmod" and case_of(c) == "de" and is_agentive(c, ctx) for c in noun.children
    )


def plural_group(
    clitic: Token, vocab: EsVocab, names_people: Callable[[Token], bool]
) -> Token | None:
    """`plural_antecedent` with the test of a noun naming people given (`names_people`), for
    a reader with no mentions at hand (the rule matcher's context words)."""
    if clitic.lower_ not in _PLURAL_CLITICS:
        return None
    if clitic.dep_ not in ("obj", "iobj") or clitic.head.pos_ not in ("VERB", "AUX"):
        return None
    sents = list(clitic.doc.sents)
    at = next(n for n, s in enumerate(sents) if s.start <= clitic.i < s.end)
    start = sents[max(0, at - 1)].start
    own = {t.i for s in subjects(clitic.head) for t in s.subtree}
    if ultimatum_consequence(clitic.head):
        # "Los hombres armados gritaron: 'Váyanse o los matamos'": a threat's object clitic
        # names those it is addressed to, never its speakers, the "we" who threaten (1.165.0)
        speakers = (v for v in clitic.head.ancestors if v.pos_ in ("VERB", "AUX"))
        own |= {t.i for v in speakers for s in subjects(v) for t in s.subtree}
    gender = _PLURAL_CLITICS[clitic.lower_]
    for tok in reversed(clitic.doc[start : clitic.i]):
        if tok.pos_ != "NOUN" or "Plur" not in feats(tok, "Number") or tok.i in own:
            continue
        if gender == "Fem" and "Fem" not in feats(tok, "Gender"):
            continue
        if gender == "Masc" and "Fem" in feats(tok, "Gender"):
            continue
        if lemma_set(tok, vocab) & vocab.words("quantity_nouns"):
            continue  # "miles de personas": the people
        if names_people(tok):
            return tok
    return None


def _name_of_modifier(apposed: Token, head: Token) -> bool:
    """ "La esposa ... del expresidente peruano Pedro Castillo": the parser hangs the name on
    the head noun, but it follows the head's "de" modifier with no comma, so it names that
    modifier (the former president), not the head (the wife)."""
    first = min(t.i for t in apposed.subtree if not t.is_punct)
    return any(
        c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < apposed.i and c.right_edge.i == first - 1
        for c in head.children
    )


def _with_counted_quantity(head: Token, tokens: list[Token]) -> list[Token]:
    """ "Varios cientos de personas" whole, when "cientos" is a nummod of "personas" (a plain
    number, "dos personas", stays apart as the count)."""
    of = [c for c in head.children if c.dep_ == "case" and c.lower_ == "de" and c.i < head.i]
    nums = [c for c in head.children if c.dep_ == "nummod" and of and c.i < of[0].i]
    if not nums:
        return tokens
    before = list(head.doc[nums[0].left_edge.i : head.i])
    return sorted({*before, *tokens}, key=lambda t: t.i)


def _with_membership(head: Token, tokens: list[Token], ctx: EsContext) -> list[Token]:
    """ "un indígena de 30 años perteneciente a la etnia Kogui" whole: the complement of an
    adjective of membership (`membership_adjectives`) the parser hung on the noun describes
    it. Only the phrase as written: the group named there is not the one acted on, so the
    participant's name and role stay the noun's ("un dirigente perteneciente al Partido
    Liberal fue asesinado": the leader)."""
    if not tokens:
        return tokens
    members = ctx.vocab.words("membership_adjectives")
    extra = [
        t
        for c in head.children
        if c.dep_ == "nmod"
        and c.i > tokens[-1].i
        and adjective_complement(c)
        and head.doc[c.left_edge.i - 1].lemma_.lower() in members
        and head.doc[c.left_edge.i - 1] in tokens
        for t in phrase_tokens(c, skip=frozenset(ctx.rules))
    ]
    if not extra:
        return tokens
    between = head.doc[tokens[-1].i + 1 : extra[0].i]
    return sorted({*tokens, *between, *extra}, key=lambda t: t.i)


def place_tail(token: Token, ctx: EsContext) -> bool:
    """A place set after a common noun and a comma, as reports end on where it happened
    ("a dos personas, ANTIOQUIA, PUEBLORRICO"; "dos militares, Norte de Santander"): read as
    the noun's apposition or conjunct, it is no name of it nor a participant of its own."""
    head = token.head
    if token.dep_ not in ("appos", "conj") or head.pos_ != "NOUN" or token.i < head.i:
        return False
    if token.pos_ != "PROPN" or any(c.dep_ == "cc" for c in token.children):
        return False  # ("a los campesinos y a Juan": a conjunct of its own)
    first = token.left_edge.i
    if token.doc[first].text != "," and (first == 0 or token.doc[first - 1].text != ","):
        return False
    if described_name(token):
        return False  # "dos sindicatos, la peruana Sutep y ...": the body named, no place
    return token.is_upper or entity_at(token, ctx) in ("LOC", "GPE")


def apposition_name(apposed: Token) -> list[Token]:
    """The proper name an apposition gives beside its own words: after its demonym ("la
    palestina Al Haq") or apposed in turn to it ("el huelguista que ayuna, el ex coronel
    boliviano Mario Quispe, ...": the parser hangs the name on "coronel")."""
    if apposed.pos_ != "NOUN":
        return name_after_demonym(apposed)
    inner = [c for c in apposed.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    inner = [c for c in inner if c.i > apposed.i and c.left_edge.i <= apposed.right_edge.i]
    return name_after_demonym(apposed) or (phrase_tokens(inner[0]) if inner else [])


def name_after_demonym(apposed: Token) -> list[Token]:
    """The name of an apposition "la palestina Al Haq", "el chileno Colegio de Profesores"
    when the parser takes the article's adjective for the head and hangs the name on it (as
    nmod, appos or flat): the name is what the apposition says, not the adjective."""
    if apposed.pos_ not in ("NOUN", "ADJ") or not apposed.is_lower:
        return []
    if not any(c.dep_ == "det" and c.i < apposed.i for c in apposed.children):
        return []
    name = [
        c
        for c in apposed.children
        if c.pos_ == "PROPN" and c.dep_ in ("nmod", "appos", "flat")
        and c.left_edge.i == apposed.i + 1
    ]  # fmt: skip
    if not name:
        return []
    return [t for t in apposed.doc[name[0].left_edge.i : name[0].right_edge.i + 1]
            if not t.is_punct and t.i <= _name_end(name[0])]  # fmt: skip


def _name_end(name: Token) -> int:
    """The last word of a proper name: its capitalised words and the "de" inside it
    ("Colegio de Profesores"), not a description after a comma."""
    end = name.i
    for t in name.doc[name.i + 1 : name.right_edge.i + 1]:
        if t.is_punct or not (t.is_title or t.is_upper or t.lower_ in ("de", "del", "la")):
            break
        end = t.i
    return end


def name_before_description(head: Token, ctx: EsContext) -> tuple[Mention, list[Token]] | None:
    """A subject set after its verb and named before its description, "protestó en París
    Ana Gil, abogada de ...": the parser hangs the name as a flat tail on the place before
    it and takes the description for the subject; the person is the one named."""
    if head.pos_ != "NOUN" or head.i < head.head.i:
        return None
    first = next((t for t in head.subtree if not t.is_punct), head)
    if first.i < 2 or head.doc[first.i - 1].text != ",":
        return None
    last = head.doc[first.i - 2]
    if last.dep_ != "flat" or last.head.pos_ != "PROPN" or last.head.dep_ != "obl":
        return None
    name = [t for t in last.head.children if t.dep_ == "flat"]
    found = [
        m
        for m in mentions_in(name[0].idx, last.idx + len(last), ctx)
        if m.label == "PERSON" and m.start >= name[0].idx and m.end == last.idx + len(last)
    ]
    return (found[0], name) if found else None


def described_name(token: Token) -> bool:
    """A name set after an article and an adjective of its own ("la colombiana Minga", "el
    francés Attac"): how a report introduces a body or person, never how it tacks on a place
    (", ANTIOQUIA, PUEBLORRICO"; ", Norte de Santander")."""
    before = [t for t in token.subtree if t.i < token.i and not t.is_punct]
    return (
        not token.is_upper
        and len(before) == 2
        and before[0].pos_ == "DET"
        and before[1].pos_ == "ADJ"
        and before[1].is_lower
    )


def participants(
    heads: Iterable[Token], ctx: EsContext, cut: frozenset[int] = frozenset()
) -> list[Participant]:
    """Participants for argument heads; words in `cut` (charges) stay out of their phrases."""
    out: list[Participant] = []
    for head in expand(heads, clause_pos=("VERB", "AUX")):  # UD tags copulas AUX
        # a time phrase names when, never who, whichever path found it ("el dia 3 de mayo")
        if head.ent_type_ in _TIME_ENTS or time_phrase(head) or in_dateline(head) or head.i in cut:
            continue
        if place_tail(head, ctx):
            continue
        for one in (head, *_named_conjuncts(head, ctx)):
            p = participant(one, ctx, cut)
            if p is not None and not any((q.start, q.end) == (p.start, p.end) for q in out):
                out.append(p)
    return out


def _place_of_a_thing(mention: Mention, head: Token, ctx: EsContext) -> bool:
    """A place named in the phrase of an argument that only tells where its head is, and
    does not stand for it: a place after a facility noun in the phrase of a thing or
    grievance, "contra la sobrepoblación de la cárcel de Crumlin Road" (the overcrowding, not
    Crumlin Road; `facility_nouns`, entities/people.toml), and a place in the "de"-phrase of
    people of no state's body, "los maestros de Oaxaca" (the teachers; `_PEOPLE_ROLES`). A
    place in a thing's own "de"-phrase stands for it ("la ocupación de Irak"), as does one a
    body acts for ("la política del gobierno de Venezuela") or a product comes from ("la
    importación de trigo de Canadá")."""
    if mention.label not in _PLACE_LABELS or head.pos_ != "NOUN":
        return False
    tok = next((t for t in head.subtree if t.idx == mention.start), None)
    if tok is None:
        return False
    between: list[Token] = []
    while tok.head.i != head.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.idx >= mention.end or tok.idx + len(tok) <= mention.start:
            between.append(tok)
    words = lemma_set(head, ctx.vocab) | {head.lower_}
    if any(words & w for role, w in ctx.vocab.roles if role in _PEOPLE_ROLES):
        # "los maestros de Oaxaca"; not an acronym the model tags a place ("los dirigentes
        # de la CUT": a body's leaders)
        return tok.dep_ == "nmod" and case_of(tok) == "de" and not mention.text.isupper()
    if is_agentive(head, ctx):
        return False
    sites = load_person_cues().facility_nouns
    return any(t.pos_ == "NOUN" and t.lower_ in sites for t in between)


def _named_conjuncts(head: Token, ctx: EsContext) -> list[Token]:
    """The further names of a list set in apposition, "dos sindicatos, la chilena Fenpruss y
    la peruana Sutep, protestaron": each body named acts, not only the first."""

    def names_one(t: Token) -> bool:  # "la peruana Sutep", however the parser hangs it
        return bool(apposition_name(t)) or described_name(t)

    return [
        k
        for c in head.children
        if c.dep_ == "appos" and not place_tail(c, ctx) and names_one(c)
        for k in c.children
        if k.dep_ == "conj" and names_one(k)
    ]


def penalty_heads(trigger: Token, rule: EsRule, vocab: EsVocab) -> list[Token]:
    """The punishment a sentence imposes, "condenado a la pena capital", "a muerte", "a cadena
    perpetua": the personal "a" of the small model's parse takes it for whom, but it is what."""
    if rule.mode != "convict":
        return []
    return [
        c
        for c in trigger.children
        if c.dep_ in OBLIQUE_DEPS
        and case_of(c) == "a"
        and not c.like_num
        and lemma_set(c, vocab) & vocab.words("penalty_nouns")
    ]


def penalty_text(head: Token) -> str:
    """ "la pena capital" without its "a" and article: "pena capital"."""
    kept = [t for t in head.subtree if not (t.head == head and t.dep_ in ("case", "det"))]
    return span_text(kept)[0]
