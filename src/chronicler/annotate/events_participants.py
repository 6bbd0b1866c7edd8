"""Participants: the Participant record for an argument head - which words and which
entity mention stand for it, its role, its count. Whom a phrase stands for through its
clause (a reported owner, a description, a coordination, "those") is in
events_party_clauses; the role its words give it in events_participant_roles; whether a
name inside its phrase stands for it, or only says whose or where, in
events_participant_names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from chronicler.annotate.countries import (
    is_country_name,
    mention_country,
    organ_country,
    participant_country,
    state_name,
    text_country,
)
from chronicler.annotate.doc_text import doc_text
from chronicler.annotate.events_actors import (
    NEUTER,
    PLURAL,
    RELATIVE,
    Context,
    entity_at,
    is_agentive,
    mentions_in,
    misplaced_of,
    people_noun,
    relative_head,
)
from chronicler.annotate.events_coordinated import parallel_owner
from chronicler.annotate.events_counted_groups import counted_group, group_span
from chronicler.annotate.events_described import (
    described_antecedent,
    described_topic,
    fronted_description,
    indefinite,
)
from chronicler.annotate.events_it_issuers import earlier_issuer
from chronicler.annotate.events_name_uses import predicated_subject
from chronicler.annotate.events_participant_names import (
    follows_person,
    institution_of_place,
    kin_of,
    member_of,
    office_of_place,
    police_of_town,
    resident_of,
    resident_owner,
    shared_modifier,
    site_in,
    works_for,
)
from chronicler.annotate.events_participant_roles import role_of
from chronicler.annotate.events_party_clauses import (
    act_subject_doer,
    addressee_of_request,
    after_honorific,
    agrees,
    clause_subject,
    nearer_plural,
    only_group_before,
    protesters_acted_on,
    those_of_a_group,
)
from chronicler.annotate.events_person_names import is_speaker, person_key
from chronicler.annotate.events_phrases import (
    hyphen_prefix_start,
    hyphenated,
    listed_appos,
    partitive_of,
    phrase_tokens,
)
from chronicler.annotate.events_pronoun_owners import question_askers, reporting_pronoun
from chronicler.annotate.events_pronouns import (
    PERSONAL,
    gender_clash,
    pronoun_gender,
    pronoun_genders,
    quoted_speaker_key,
    several,
    titled,
)
from chronicler.annotate.events_quoted_speakers import (
    REPORTING_VERBS,
    first_person_speaker,
    speaker_of_quoted,
)
from chronicler.annotate.events_spoken_for import body_spoken_for
from chronicler.annotate.events_titled_members import titled_member
from chronicler.annotate.events_vocab import Vocab, lemma
from chronicler.model import Mention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Token


_LABEL_PRIORITY = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")


def _range_end(mention: Mention, head: Token) -> bool:
    """A name in a "from X to Y" phrase on the head marks how far a group spans, not whose it
    is ("a generation from Thessaloniki to Athens", "students from Lagos to Nairobi"; "a
    delegation from Iran" stays Iran's). Roles 1.21.0."""
    for prep in (c for c in head.children if c.dep_ == "prep" and lemma(c) == "from"):
        hosts = [head, prep, *prep.children]  # the parser hangs the "to" on any of them
        to = [c for h in hosts for c in h.children if c.dep_ == "prep" and lemma(c) == "to"]
        if (
            to
            and prep.idx <= mention.start
            and mention.end <= prep.right_edge.idx + len(prep.right_edge)
        ):
            return True
    return False


def _best_mention(head: Token, start: int, end: int, ctx: Context) -> Mention | None:
    on_head = [m for m in mentions_in(head.idx, head.idx + len(head), ctx) if "\n" not in m.text]
    if on_head:
        return on_head[0]
    inside = [m for m in mentions_in(start, end, ctx) if m.start >= start and m.end <= end]
    inside = [m for m in inside if m.label not in ("NORP", "LOC", "FAC")]  # "Bolivarian agents"
    inside = [m for m in inside if "\n" not in m.text]
    # a name written onto a hyphen modifies the word after it: "Iran-backed militias" are
    # the militias, not Iran
    text = doc_text(head.doc)
    inside = [m for m in inside if not re.match(r"-\w", text[m.end : m.end + 2])]
    # places marking a range the people span ("a generation from Thessaloniki to Athens")
    inside = [m for m in inside if not _range_end(m, head)]
    # one of coordinated names sharing a plural noun names only part of it ("the Interior
    # and Commerce departments": both departments, not "Interior"; roles 1.69.0)
    inside = [m for m in inside if not shared_modifier(m, head.doc)]
    # an organisation named in the head's compound is what the phrase is, its possessor only
    # whose: "Osama bin Laden's al-Qaeda network" is al-Qaeda
    named = [c for c in head.children if c.dep_ == "compound"]
    for m in inside:
        if m.label == "ORG" and any(m.start <= c.idx < m.end for c in named):
            return m
    for label in _LABEL_PRIORITY:
        for m in inside:
            if m.label == label:
                return m
    return None


def _antecedent(pronoun: Token, ctx: Context, sentence_floor: int) -> Mention | None:
    """Nearest entity mention before a pronoun: PERSON for he/she (one person, not one of
    "X and Y"), GPE/ORG for it."""
    low = lemma(pronoun)
    labels = ("PERSON",) if low in PERSONAL else ("GPE", "ORG", "NORP")
    floor = pronoun.sent.start_char if low in NEUTER else sentence_floor
    # a he/she in a direct quotation is never its speaker (events_pronouns)
    speaker = quoted_speaker_key(pronoun) if low in PERSONAL else None
    # never one the article's pronouns call the other way ("Commissioner Ramsey ... He says
    # ... disarm the woman and take her into custody": her is no Ramsey; roles 1.63.0)
    gender = pronoun_gender(pronoun) if low in PERSONAL else None
    genders = pronoun_genders(pronoun.doc, ctx.pronouns, ctx.mentions) if gender else {}
    # nor the one asking the question it is in ("Hale asked what happened and what drove him")
    askers = [pronoun.doc[i].idx for i in question_askers(pronoun)]
    i = bisect.bisect_left(ctx.mention_starts, pronoun.idx) - 1
    while i >= 0 and ctx.mentions[i].start >= floor:
        m = ctx.mentions[i]
        i -= 1
        if speaker is not None and m.label == "PERSON" and is_speaker(speaker, m.text):
            continue
        if gender is not None and m.label == "PERSON" and gender_clash(genders, gender, m):
            continue
        if any(m.start <= a < m.end for a in askers):
            continue
        if m.label in labels and m.end <= pronoun.idx:
            span = pronoun.doc.char_span(m.start, m.end, alignment_mode="expand")
            if low in NEUTER and span is not None and after_honorific(span[0], ctx):
                continue  # "Mr. Cerar ... it appears": a person the tagger took for a body
            if low in PERSONAL and span is not None and (several(span) or titled(span.root)):
                continue
            return m
    return None


_OCCASION_WORDS = frozenset({"when", "which"})


def event_owner(pronoun: Token, ctx: Context) -> Token | None:
    """Whose act a he/she subject of a clause telling its moment tells: the clause opens
    with "when" or "in which" right after an event noun someone's possessive names ("the
    president's call in July, when he asked X", "the minister's visit, in which she urged
    X"): that someone, whom the pronoun agrees with, whatever name came before."""
    gender = pronoun_gender(pronoun)
    verb = pronoun.head
    if gender is None or pronoun.dep_ != "nsubj" or verb.i < pronoun.i:
        return None
    first = pronoun.i - 1  # the word opening the clause: "when", or "which" after "in"
    if first < 1 or pronoun.doc[first].lower_ not in _OCCASION_WORDS:
        return None
    if pronoun.doc[first].lower_ == "which" and pronoun.doc[first - 1].dep_ != "prep":
        return None
    opening = first - 1 if pronoun.doc[first].lower_ == "which" else first
    for j in range(opening - 1, max(pronoun.sent.start, opening - 8) - 1, -1):
        noun = pronoun.doc[j]
        if noun.pos_ == "VERB" or noun.text == ";":
            return None
        owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if noun.pos_ == "NOUN" and noun.i in ctx.triggers and owners:
            owner = owners[0]
            other = "feminine" if gender == "m" else "masculine"
            if lemma(owner) in ctx.vocab.person_descriptions.get(other, frozenset()):
                return None
            # a name the model may label an organisation, not a state ("Russia's invasion")
            return owner if owner.ent_type_ in ("PERSON", "ORG", "") else None
    return None


def _standing_for(mention: Mention, head: Token, phrase: str, ctx: Context) -> Participant:
    """The participant a pronoun or a bare description names: the mention it stands for,
    with the words the text used for it as its phrase."""
    return Participant(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        role=role_of([head], head, mention, ctx.vocab),
        label=mention.label,
        phrase=phrase,
        resolved=True,
        country=mention_country(mention, "en"),
    )


_PERSONAL_RELATIVES = frozenset({"who", "whom"})


def personal_antecedent(pronoun: Token, noun: Token, ctx: Context) -> Token:
    """The person a "who" clause is about when the parser hung it on an event noun whose
    "of"-object names that person: "the fatal shooting of a deputy who was murdered" and
    "the arrest of a journalist who ..." are about the deputy and the journalist, as "who"
    never stands for an act; else `noun`, the noun the clause modifies, or the person the
    phrase ending on a thing belongs to (`_person_of_phrase`)."""
    if lemma(pronoun) == "which":
        return _body_of_person(pronoun, noun)
    if lemma(pronoun) not in _PERSONAL_RELATIVES:
        return noun
    if noun.i not in ctx.triggers:
        return _person_of_phrase(noun, ctx)
    of = [
        p
        for c in noun.children
        if c.dep_ == "prep" and lemma(c) == "of" and c.i < pronoun.i
        for p in c.children
        if p.dep_ == "pobj" and p.i < pronoun.i
    ]
    return of[-1] if of and _personal(of[-1], ctx) else noun


def _body_of_person(pronoun: Token, noun: Token) -> Token:
    """The body a "which" clause is about when the parser hung it on a named person whose
    "of"-phrase names that body: "said attorney Jane Roe of the Civil Rights Union, which is
    suing the state" and "spokesman John Reed of the Farmers Union, which organized the
    protests" are about the union, as "which" never stands for a person (roles 1.60.0);
    else `noun`. Only a name tagged a person, and only an "of"-object that is not one."""
    if noun.ent_type_ != "PERSON":
        return noun
    of = [
        p
        for c in noun.children
        if c.dep_ == "prep" and lemma(c) == "of" and c.i < pronoun.i
        for p in c.children
        if p.dep_ == "pobj" and p.i < pronoun.i
    ]
    if not of or of[-1].ent_type_ == "PERSON" or of[-1].pos_ == "PRON":
        return noun
    return of[-1]


def _person_of_phrase(noun: Token, ctx: Context) -> Token:
    """The person a "who" clause is about when the parser hung it on a thing ending a phrase
    of that person's: "Bettie Page, a woman known only for her sexuality, who had been
    abused" and "a man with a knife, who was arrested" are about the woman and the man, as
    "who" never stands for a thing (roles 1.50.0; a description set beside a name is the
    one named: Bettie Page). Only the phrase the thing ends is climbed, past a participle
    or an adjective it hangs on: "assailed X as part of the group who ..." is the group's."""
    if _personal(noun, ctx) or noun.pos_ != "NOUN":
        return noun
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    tok = noun.head.head  # one phrase up only: "assailed X as part of the group who ..."
    if tok.dep_ in ("acl", "amod") and tok.pos_ in ("VERB", "ADJ"):
        tok = tok.head
    if not _personal(tok, ctx):
        return noun
    # a description set beside a name is that one named ("Bettie Page, a woman ...")
    return tok.head if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" else tok


def interrogative(head: Token) -> bool:
    """A question's word left standing after a relative's antecedent was sought ("Who is to
    blame?", "Whom did the police arrest?", "what drove him"): it asks who, and names no
    participant (roles 1.129.0)."""
    return head.tag_ in ("WP", "WDT") and head.lower_ in ("who", "whom", "what", "which")


def _personal(tok: Token, ctx: Context) -> bool:
    """A name, a word for a person or a group, or a role word: what a "who" may stand for."""
    return tok.pos_ == "PROPN" or people_noun(tok, ctx) or is_agentive(tok, ctx)


def participant(
    head: Token, ctx: Context, sentence_floor: int, target: bool = False
) -> tuple[Participant, Token]:
    """Build a Participant for an argument head; returns it with the effective head token.
    A `target` is not named by the organisation its person belongs to (`member_of`)."""
    if lemma(head) in RELATIVE:
        head = personal_antecedent(head, relative_head(head), ctx)
        head = predicated_subject(head)  # "He was the source who supplied X": he
    parallel = elided_parallel(head, ctx)
    if parallel is not None:  # "two people were killed and another wounded": a person
        p, _ = participant(parallel, ctx, sentence_floor)
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        text = doc_text(head.doc)[start:end]
        return (
            replace(p, text=text, start=start, end=end, phrase=text, label=None, count=None),
            head,
        )
    member = titled_member(head)
    if member is not None:  # "a visit by the PLO (PLO) Chairman Yasser Arafat": Arafat
        return participant(member, ctx, sentence_floor, target)
    speaker = first_person_speaker(head)
    if speaker is not None:  # '"We fired," a navy spokesman said': the navy (roles 1.167.0)
        speaker = body_spoken_for(speaker, head, ctx) or speaker
    if speaker is not None:  # '"We will not attack," the commander said': the commander
        p, _ = participant(speaker, ctx, sentence_floor)
        return replace(p, resolved=True), head
    group = counted_group(head)
    if group is not None:  # "Two managed to escape, but the other three boats": boats, two
        p, _ = participant(group, ctx, sentence_floor)
        start, end = group_span(group)
        text = doc_text(head.doc)[start:end]
        return replace(
            p, text=text, start=start, end=end, phrase=f"{head.text} ({text})", count=head.text
        ), head
    quantity, inner = None, partitive_of(head, ctx.vocab)
    if inner is not None:  # "two of his nephews", "dozens of refugees": the nephews, counted
        quantity, head = head, inner
    shared = quantity is not None and lemma(quantity) in ctx.vocab.words("share_nouns")
    # ("92 per cent of the workforce": a share, no count of people)
    owner = parallel_owner(head, ctx)
    if owner is not None:  # "Iraq's invasion of Kuwait and its military buildup": Iraq's
        p, _ = participant(owner, ctx, sentence_floor)
        return replace(p, resolved=True), head
    addressee = addressee_of_request(head, ctx)
    if addressee is not None:  # "sent petitions to officials urging them to": the officials
        p, _ = participant(addressee, ctx, sentence_floor)
        return replace(p, resolved=True), head
    if head.pos_ == "PRON" and lemma(head) in NEUTER | PLURAL:
        subject = clause_subject(head)
        # '"They attacked us," the villagers said': the speakers are not whom "they" names
        if subject is not None and subject == speaker_of_quoted(head):
            subject = None
        # "the action by the frigate ... its patrol": the frigate, by a name whatever the
        # tagger labels it ("by INS Sukanya ... its crew": a ship, tagged a person)
        doer = act_subject_doer(subject, ctx) if subject is not None else None
        named_doer = doer is not None and doer is not subject and doer.pos_ == "PROPN"
        subject = doer
        if subject is not None:  # "the commission ... the companies, saying they": companies
            subject = (
                nearer_plural(head, subject, ctx)
                or protesters_acted_on(head, subject, ctx)
                or subject
            )
        else:  # "pointing a gun at six police, knowing that they would kill him": the police
            # "The council met. It condemned X": the council (events_it_issuers)
            subject = only_group_before(head, ctx) or earlier_issuer(head, ctx)
        if (
            subject is not None
            and subject.i != head.i
            and (named_doer or agrees(head, subject, ctx))
        ):
            p, _ = participant(subject, ctx, sentence_floor)
            # "it will boycott": the subject's own phrase stands for the pronoun ("the
            # fundamentalist Umma party"), as does one it resolved itself ("their forces")
            return replace(p, resolved=True), head
    owner = _owning_pronoun(head, ctx)
    if owner is not None:  # "their countries", "its troops": the state that owns them
        # the subject of the phrase's own clause ("the Taliban swapped hostages for its
        # commanders"), else of the clause above ("X said their troops would withdraw"); not
        # the subject of the verb the phrase is an argument of ("the junta executed its own
        # soldiers": the soldiers, the junta's own)
        subject = clause_subject(owner)
        if (
            subject is not None
            and subject.i not in (owner.i, head.i)
            and subject.head.i != head.head.i
            and not _in_object_phrase(head, subject.head)
            and agrees(owner, subject, ctx)
        ):
            p, _ = participant(subject, ctx, sentence_floor)
            text = doc_text(head.doc)[head.left_edge.idx : head.idx + len(head)]
            role = role_of([head], head, None, ctx.vocab) or p.role
            return replace(p, phrase=f"{text} ({p.phrase})", resolved=True, role=role), head
    group = those_of_a_group(head, ctx)
    if group is not None:  # "most states stayed silent; those that did propose ...": states
        p, _ = participant(group, ctx, sentence_floor)
        return replace(p, resolved=True), head
    owner = event_owner(head, ctx)
    if owner is not None:  # "the president's call, when he asked X": the president asked
        p, _ = participant(owner, ctx, sentence_floor)
        return replace(p, resolved=True), head
    teller = reporting_pronoun(head, REPORTING_VERBS)
    if teller is not None:  # "He told jurors that Timmons had asked him to lie": he
        p, _ = participant(teller, ctx, sentence_floor)
        doers = [c for c in head.head.subtree if c.dep_ == "nsubj" and c.head.i == head.head.i]
        if not any(p.start <= d.idx < p.end or d.text in p.text.split() for d in doers):
            return replace(p, resolved=p.resolved or p.described), head
    if head.pos_ == "PRON" and lemma(head) in PERSONAL | NEUTER:
        ante = ctx.pronouns.get(head.i) if lemma(head) in PERSONAL else None
        ante = ante or _antecedent(head, ctx, sentence_floor)
        fronted = fronted_description(head, ctx)  # "After the minister met X, he ...": him
        person = fronted or described_antecedent(head, ctx)
        # a person described since the one named, who is someone new ("a journalist") or the
        # only one: "After the minister arrived, the guards arrested him"
        if person is not None and (
            ante is None
            or fronted is not None
            or (
                ante.end <= person.idx
                and (
                    indefinite(person)
                    or _marks_gender(person, head, ante, ctx)
                    or _someones_kin(person, head, ante, ctx)
                )
                and not _named_since(ante, person, head)
            )
        ):
            p, _ = participant(person, ctx, sentence_floor)
            return replace(p, resolved=True), head
        if ante is not None:
            return _standing_for(ante, head, head.text, ctx), head
    topic = described_topic(head, ctx, sentence_floor)
    if topic is not None:  # "The retired diplomat, 75, took refuge": the one person named
        phrase = doc_text(head.doc)[head.left_edge.idx : head.idx + len(head)]
        return _standing_for(topic, head, phrase, ctx), head
    tokens = without_verb_complement(head, phrase_tokens(head), ctx.vocab)
    of = misplaced_of(head, ctx)
    if of is not None:  # "the killing by police of a boy": the police
        tokens = [t for t in tokens if t not in set(of.subtree)] or tokens
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    apposed = _apposed(head, ctx)
    appos = [t for c in apposed for t in phrase_tokens(c)]
    on_head = [m for m in mentions_in(head.idx, head.idx + len(head), ctx) if "\n" not in m.text]
    mention = on_head[0] if on_head else None
    if mention is None and appos:  # "General of the Army, X, ...": the apposed name first
        a_start, a_end = appos[0].idx, appos[-1].idx + len(appos[-1])
        # looked up at the apposition's head: its first word may be a modifier's name
        mention = _best_mention(apposed[0], a_start, a_end, ctx)
        # a person, or a body the apposition names itself ("the opposition newspaper La
        # Prensa"; not "SEBIN" in "his boss, SEBIN director Gen. X", which modifies it)
        if mention is not None and not (
            mention.label == "PERSON" or (mention.label == "ORG" and _covers(mention, apposed[0]))
        ):
            mention = None
    if mention is None:
        mention = _best_mention(head, start, end, ctx)
        if mention is not None and role_of([head], head, None, ctx.vocab) in _NON_STATE_ROLES:
            # a name modifying a non-state head does not stand for it: "Venezuela's top
            # political prisoner", "Maduro's opponents" (but "Iraq's security advisor")
            mention = None
        elif mention is not None and follows_person(mention, head, ctx):
            mention = None  # "Morales supporters" are his followers, not Morales
        elif mention is not None and target and member_of(mention, head, ctx):
            mention = None  # "arrested a Mafia boss": the boss, a member of the Mafia
        elif mention is not None and works_for(mention, head, ctx):
            mention = None  # "a Reuters photographer" is the photographer, not Reuters
        elif mention is not None and kin_of(mention, head, ctx):
            mention = None  # "Elian's great-uncle" is the great-uncle, not Elian
        elif mention is not None and police_of_town(mention, head, ctx):
            mention = None  # "Staunton police arrested": the town's police, not "Staunton"
    if mention is not None and mention.label == "PERSON":
        mention = _whole_name(mention, head)
    body = institution_of_place(head, mention, role_of([head], head, None, ctx.vocab))
    # (its country still counts)
    resident = resident_of(head, mention, ctx)  # "a Texas man": the man, of Texas
    resident = resident or resident_owner(head, mention, ctx)  # "the Miami relatives' home"
    site = site_in(head, mention, ctx)  # "a Birmingham clinic": the clinic, no state's
    resident = resident or site
    named = None if office_of_place(head, mention) or body or resident else mention
    if named is not None and (opening := hyphen_prefix_start(head.doc, named.start)) < named.start:
        # "al-Qaida", which the tagger cut at its hyphen ("-Qaida"): the whole name
        named = replace(named, start=opening, text=doc_text(head.doc)[opening : named.end])
    text = doc_text(head.doc)[start:end]
    described = [c for c in apposed if c.i > head.i and c.pos_ == "NOUN" and not listed_appos(c)]
    if described and mention is not None and mention.label == "PERSON":
        # "Juan Perez, the interior minister": the description after the name is the
        # phrase's too, as a description before it is ("Kenya's president, William Ruto")
        last = max(t for c in described for t in phrase_tokens(c))
        text = doc_text(head.doc)[start : max(end, last.idx + len(last))]
    if quantity is not None:  # the phrase keeps "hundreds of thousands of" people
        q_tokens = phrase_tokens(quantity)
        text = doc_text(head.doc)[min(start, q_tokens[0].idx) : end]
    role = role_of(tokens + appos, head, None if site else mention, ctx.vocab)
    former = role_of(tokens + appos, head, None if site else mention, ctx.vocab, held_before=True)
    state = _state_of_adjective(head, named, ctx)
    if state is not None:  # "threatened with Chinese intervention": China, not "Chinese"
        return state, head
    return (
        Participant(
            text=named.text if named else doc_text(head.doc)[start:end],
            start=named.start if named else start,
            end=named.end if named else end,
            role=role,
            label=named.label if named else None,
            phrase=text,
            count=None if shared else _count(quantity or head),
            country=participant_country(head, mention, "en", role or former)
            or organ_country(text, role, ctx.vocab.state_organs)
            or led_country(tokens, ctx.vocab),
        ),
        head,
    )


def _state_of_adjective(head: Token, named: Mention | None, ctx: Context) -> Participant | None:
    """A nationality adjective on an act noun standing for its doers ("threatened with
    Russian intervention", "a Turkish offensive"): the state it names, by the state's name
    (`resolved`: the text is not the words at its offsets), with the role a word beside it
    on the noun gives ("Russian military intervention": military). A people named as a noun
    ("the Chinese, who ...") or an adjective on a word for people stays as it is."""
    if named is None or named.label != "NORP" or head.pos_ != "ADJ" or head.dep_ != "amod":
        return None
    if named.start != head.idx or named.end != head.idx + len(head):
        return None  # a name of several words ("Latin American") is kept whole
    noun = head.head
    if noun.pos_ != "NOUN" or noun.i not in ctx.triggers:
        return None
    country = mention_country(named, "en")
    name = state_name(country) if country else None
    if name is None:
        return None
    beside = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i != head.i]
    return Participant(
        text=name,
        start=named.start,
        end=named.end,
        role=role_of(beside, beside[0], None, ctx.vocab) if beside else None,
        phrase=head.text,
        resolved=True,
        country=country,
    )


def without_verb_complement(head: Token, tokens: list[Token], vocab: Vocab) -> list[Token]:
    """The object's phrase without an "of"-phrase the parser hung on it that is the verb's
    own complement ("accused the company of negligence", "cleared the mayor of fraud": the
    company, the mayor; `of_complement_verbs`), or a "from" with a gerund after a verb of
    hindering ("banned the opposition from holding rallies"; `hindering_verbs`)."""
    if head.dep_ != "dobj":
        return tokens
    verb = lemma(head.head)
    complement = "of" if verb in vocab.words("of_complement_verbs") else None
    if verb in vocab.words("hindering_verbs"):
        # "banned the opposition from holding rallies": the opposition (roles 1.39.0)
        complement = "from"
    if complement is None:
        return tokens
    cut = {
        t.i
        for c in head.children
        if c.dep_ == "prep"
        and c.lower_ == complement
        and c.i > head.i
        and (complement == "of" or any(p.tag_ == "VBG" for p in c.children))
        for t in c.subtree
    }
    kept = [t for t in tokens if t.i not in cut]
    return kept or tokens


def _marks_gender(described: Token, pronoun: Token, ante: Mention, ctx: Context) -> bool:
    """The description's noun tells the pronoun's gender ("stabbing his wife ... She survived
    the attack", "disarm the woman, and take her into custody") and the article gives the
    name none ("Lyons said"): told since the name, it is whom the pronoun stands for; a name
    the article's pronouns or its given name call so stays ("Elian ... the boy ... He":
    Elian; roles 1.64.0)."""
    own = "feminine" if pronoun_gender(pronoun) == "f" else "masculine"
    if lemma(described) not in ctx.vocab.person_descriptions.get(own, frozenset()):
        return False
    genders = pronoun_genders(pronoun.doc, ctx.pronouns, ctx.mentions)
    return not genders.get(person_key(ante.text))


def _someones_kin(described: Token, pronoun: Token, ante: Mention, ctx: Context) -> bool:
    """The description is someone's, of the pronoun's gender ("Gray was accused of assault on
    his sister after she accused him of stealing her guitar", "Jones's girlfriend was
    questioned. She ..."): a person of her own, told after the name, whom the pronoun goes
    on with, though the article calls the name so too (Ms. Brown, named before; roles
    1.129.0). Not the speaker of the clause the pronoun is in ("Her sister said she ...")."""
    own = "feminine" if pronoun_gender(pronoun) == "f" else "masculine"
    if lemma(described) not in ctx.vocab.person_descriptions.get(own, frozenset()):
        return False
    if not any(c.dep_ == "poss" for c in described.children):
        return False
    # not the speaker of the clause the pronoun is in ("Her sister said she was arrested")
    return not any(
        lemma(v) in REPORTING_VERBS and described.head.i == v.i and described.dep_ == "nsubj"
        for v in pronoun.ancestors
    )


def _named_since(ante: Mention, described: Token, pronoun: Token) -> bool:
    """The person a pronoun's name resolution gives is named again between a description
    and the pronoun ("A judge ordered Castillo to remain in jail while prosecutors
    investigate him"): the name is the latest, not the description."""
    surname = person_key(ante.text)
    between = pronoun.doc[described.i + 1 : pronoun.i]
    return bool(surname) and any(person_key(t.text) == surname for t in between)


def led_country(tokens: Sequence[Token], vocab: Vocab) -> str | None:
    """The country leading a phrase's group as a hyphenated modifier says it ("the U.S.-led
    coalition", "Saudi-led forces"); a sponsor's or an origin's is no one's (None)."""
    for h in hyphenated(tokens, vocab):
        code = text_country(h.text, "en", last=True) if h.relation == "leader" else None
        if code is not None:
            return code
    return None


def _covers(mention: Mention, token: Token) -> bool:
    return mention.start <= token.idx < mention.end


def _apposed(head: Token, ctx: Context) -> list[Token]:
    """The appositions of the head; or, when it has none, those the small parser hung on
    the last noun of its "of" phrase when that noun names no one ("the embassy's deputy
    chief of mission, Roberto Canseco": Canseco is the chief, "mission" no person; but "the
    son of the president, X" may name the president)."""
    own = [c for c in head.children if c.dep_ == "appos"]
    if own or head.pos_ != "NOUN":
        return own
    of = [p for c in head.children if c.dep_ == "prep" and lemma(c) == "of" for p in c.children]
    return [
        c
        for p in of
        if p.dep_ == "pobj" and not _may_be_a_person(p, ctx)
        for c in p.children
        if c.dep_ == "appos" and c.i > p.i
    ]


def _may_be_a_person(noun: Token, ctx: Context) -> bool:
    """A name, a word for people, or a singular word of a role ("the president")."""
    if noun.pos_ != "NOUN" or entity_at(noun, ctx) is not None or people_noun(noun, ctx):
        return True
    return noun.tag_ == "NN" and is_agentive(noun, ctx)


def territory_state(place: Participant) -> Participant | None:
    """The state of a territory, standing in for the unnamed authority of an act done there
    ("was arrested in Lebanon": by Lebanon's authorities). A country named as the place is
    its state; a city or region is not (Moscow arrested no one): the state it lies in is,
    by the name of that state and read from the place's words (`resolved`: the text is not
    the words at its offsets), matched to no entity; None where the place names no state."""
    if place.label is not None and is_country_name(place.text):
        return place
    name = state_name(place.country) if place.country else None
    if name is None:
        return None
    return replace(place, text=name, role="government", label=None, resolved=True)


# Roles of people a name modifying their phrase does not stand for.
_NON_STATE_ROLES = frozenset({"prisoners", "opposition", "civilians", "rebels"})


_STATE_ROLES = frozenset({"government", "military", "police", "legislature", "diplomatic"})


def _in_object_phrase(head: Token, verb: Token) -> bool:
    """The noun is in the "of"-phrase (or any phrase on a noun) of the verb's direct object:
    "the regime violated the rights of its citizens", as "executed its own soldiers" is the
    junta's own people, whom the act is aimed at (roles 1.84.0)."""
    noun = head
    for _ in range(6):
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            break
        noun = noun.head.head
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
    return noun.i != head.i and noun.dep_ == "dobj" and noun.head.i == verb.i


def _owning_pronoun(head: Token, ctx: Context) -> Token | None:
    """The "its"/"their" of a state's organ or people ("its troops", "their countries")."""
    if head.pos_ != "NOUN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None or lemma(owner) not in NEUTER | PLURAL:
        return None
    state = lemma(head) in ctx.vocab.words("state_nouns")
    return owner if state or role_of([head], head, None, ctx.vocab) in _STATE_ROLES else None


def _whole_name(mention: Mention, head: Token) -> Mention:
    """A PERSON mention that covers only the start of the name heading the phrase ("José
    Luis" of "José Luis Rodríguez Zapatero", split by the NER) is widened to the name."""
    head_end = head.idx + len(head)
    if head.pos_ != "PROPN" or mention.start > head.idx or mention.end >= head_end:
        return mention  # the head is no name, or the mention already reaches it
    run = [*[c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"], head]
    inside = [t for t in run if t.idx >= mention.start]
    if inside[0].idx != mention.start or any(b.i - a.i != 1 for a, b in pairwise(inside)):
        return mention  # the name's words must run on from the mention
    return replace(mention, end=head_end, text=doc_text(head.doc)[mention.start : head_end])


def _count(head: Token) -> str | None:
    if head.pos_ == "NUM":  # the numeral of a partitive, with its own words ("Twenty-six")
        return doc_text(head.doc)[head.left_edge.idx : head.idx + len(head)]
    nums = [c for c in head.children if c.dep_ == "nummod"]
    if nums:
        sub = sorted(nums[0].subtree, key=lambda t: t.i)
        return doc_text(head.doc)[sub[0].idx : sub[-1].idx + len(sub[-1])]
    if lemma(head) in ("dozen", "hundred", "thousand", "score", "number", "million"):
        return (
            head.text
            if not head.n_lefts
            else " ".join(t.text for t in head.lefts if t.dep_ not in ("det", "punct"))
            + " "
            + head.text
        )
    return None


def elided_parallel(head: Token, ctx: Context) -> Token | None:
    """The noun a word standing for people whose noun is left out (`elided_person_words`)
    takes from the clause it is coordinated with: "two people were killed and another
    wounded": another person; "three soldiers died and others were hurt": soldiers."""
    if head.lower_ not in ctx.vocab.words("elided_person_words") or any(
        c.dep_ == "prep" for c in head.children
    ):
        return None
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = head.head
    if verb.dep_ != "conj":
        return None
    for c in verb.head.children:
        if c.dep_ == head.dep_ or (c.dep_ in ("nsubj", "nsubjpass") and head.dep_ != "dobj"):
            if c.pos_ == "NOUN" and c.i < head.i and people_noun(c, ctx):
                return c
            if c.pos_ == "NOUN" and c.i < head.i and role_of([c], c, None, ctx.vocab):
                return c
    return None


def actor_like(p: Participant) -> bool:
    """A participant that can act or be acted on: a named entity, a role, or a resolved
    pronoun; not a thing ("diplomatic ties", "an invitation")."""
    return p.label is not None or p.role is not None or p.resolved
