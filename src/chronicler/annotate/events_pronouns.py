"""Pronouns and name forms for argument finding: he/she/him/her resolved to a PERSON
mention by topic continuity, and the forms of one person's name folded to one key."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING

from chronicler.annotate.entities import load_person_cues
from chronicler.annotate.events_mandative import mandative_clause
from chronicler.annotate.events_person_names import (
    bare_surnames,
    described_genders_en,
    full_key,
    is_speaker,
    name_words,
    person_key,
    speaker_key,
)
from chronicler.annotate.events_phrases import clause_verb
from chronicler.annotate.events_pronoun_owners import (
    parallel_object,
    question_askers,
    statement_owner,
)
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS, quoted_pronoun_speakers
from chronicler.annotate.events_vocab import load_vocab
from chronicler.annotate.mention_lookup import mentions_overlapping
from chronicler.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers"})
# Pronouns of more than one: never one person ("the consul ... their release").
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
# Pronouns that name a participant only through their antecedent: left unresolved, they name
# none (unlike "we", "I", "you": the speaker's side).
UNRESOLVABLE = PERSONAL | PLURAL_PRONOUNS | {"it", "its"}
# Labels that take "they" as well as "it": an organisation or a state acts as a body of
# people ("the ministry said they would ...", British usage).
COLLECTIVE_LABELS = frozenset({"ORG", "GPE", "NORP"})
# A relative clause: its English label, and the Spanish relative words that open an "acl"
# the small Spanish model does not tell from other clauses on a noun.
_RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})
_RELATIVE_WORDS = frozenset(
    {"que", "donde", "quien", "quienes", "cual", "cuales", "cuyo", "cuya", "who", "where", "which"}
)
# How far back (in sentences) a "they" may find a coordination of people.
PLURAL_REACH = 2
# How far back (in sentences) a he/she may find its antecedent.
PRONOUN_REACH = 3


def with_surnames(doc: Doc, mentions: Sequence[Mention], starts: list[int]) -> dict[int, Mention]:
    """`resolve_pronouns` over the mentions plus the bare surnames, so that a he/she binds to
    the most recent person named as a subject even when only by surname; a pronoun bound to
    a bare surname gets the full-name mention it stands for."""
    owners = bare_surnames(doc, mentions)
    if not owners:
        return resolve_pronouns(doc, mentions, starts)
    extra = [
        Mention(i, i + len(name_words(o.text)[-1]), o.text, "PERSON", o.sentence)
        for i, o in owners.items()
    ]
    merged = sorted([*mentions, *extra], key=lambda m: m.start)
    resolved = resolve_pronouns(doc, merged, [m.start for m in merged])
    return {i: owners.get(m.start, m) if m in extra else m for i, m in resolved.items()}


def coordinated(root: Token) -> bool:
    """A word in a coordination of nouns ("X and Y"): one of several, never a he/she."""
    if root.dep_ == "conj" and root.head.pos_ in ("PROPN", "NOUN"):
        return True
    return any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in root.children)


def plural_phrase(root: Token) -> bool:
    """A phrase naming more than one: a coordination, a plural noun ("the guardsmen"), a
    count above one ("two journalists")."""
    return root.tag_ in ("NNS", "NNPS") or coordinated(root)


def takes_plural(root: Token, label: str | None, groups: frozenset[str]) -> bool:
    """Whether a "they"/"their" may stand for the phrase headed by `root` (with entity
    `label`): a plural, an organisation or state, or a group noun ("the government",
    `groups`); not one person ("the consul", "Ana Ruiz")."""
    if plural_phrase(root) or label in COLLECTIVE_LABELS or root.lemma_.lower() in groups:
        return True
    return not (label == "PERSON" or root.tag_ == "NN")


def plural_antecedent(
    pronoun: Token, label_of: Callable[[Token], str | None], groups: frozenset[str]
) -> Token | None:
    """The named parties a subject "they"/"them" stands for ("X and Y fled. They were
    granted asylum"; "two journalists, X and Y, were held. They ..."): the latest subject in
    reach that may take "they", when it names them; when it does not, a "they" that undergoes
    its act (a passive's subject) goes on with the named parties that subject acted on
    ("Police arrested X and Y. They were later charged"); None when that subject is anything
    else ("Police arrested two students. They ...": police or students, left open), or when
    there is none. A subject of an adverbial clause ("... before parliament met") is passed
    over: the main clause holds the topic."""
    sents = list(pronoun.doc.sents)
    s_no = _sentence_of(sents, pronoun)
    floor = sents[max(s_no - PLURAL_REACH + 1, 0)].start
    for i in range(pronoun.i - 1, floor - 1, -1):
        tok = pronoun.doc[i]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON":
            continue
        if tok.head.dep_ == "advcl" and _sentence_of(sents, tok) != s_no:
            continue
        if not takes_plural(tok, label_of(tok), groups):
            continue  # "the consul said they ...": one person, read on
        if not _names_several(tok, label_of):
            # the pair just acted on, whatever group the text spoke of before
            return _named_patients(tok, label_of) if pronoun.dep_ == "nsubjpass" else None
        return None if rival_group(tok, sents, label_of) else tok
    return None


def _named_patients(subject: Token, label_of: Callable[[Token], str | None]) -> Token | None:
    """The named parties a subject's verb acts on ("Police arrested X and Y": X and Y), if
    its object names several."""
    return next(
        (
            c
            for c in subject.head.children
            if c.dep_ == "dobj" and c.pos_ == "PROPN" and _names_several(c, label_of)
        ),
        None,
    )


def _sentence_of(sents: list[Span], token: Token) -> int:
    """The index of the sentence holding `token`."""
    return next(i for i, s in enumerate(sents) if s.start <= token.i < s.end)


def rival_group(named: Token, sents: list[Span], label_of: Callable[[Token], str | None]) -> bool:
    """Another plural subject ("the two officers", "they") in the sentence before the named
    parties' or earlier in theirs: the text has another group a later "they" may go on with
    ("The two officers said they were betrayed by X and Y. Both X and Y denied it. They
    fled": the officers)."""
    s_no = _sentence_of(sents, named)
    own = {t.i for t in named.subtree}
    for tok in named.doc[sents[max(s_no - 1, 0)].start : named.i]:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i in own:
            continue
        if (
            plural_phrase(tok)
            or tok.lower_ in PLURAL_PRONOUNS
            or label_of(tok) in COLLECTIVE_LABELS
        ):
            return True
    return False


def _names_several(root: Token, label_of: Callable[[Token], str | None]) -> bool:
    """A coordination of names ("X and Y", "Britain and France"), or a plural noun with
    names in apposition ("two journalists, X and Y")."""
    if coordinated(root) and (root.pos_ == "PROPN" or label_of(root) is not None):
        return True
    return root.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and coordinated(c) for c in root.children
    )


def _is_subject(token: Token, apposed: bool = True) -> bool:
    """A subject, the name inside one ("President X", "X's family") or set beside one ("the
    employee, 43-year-old Yvonne Hiller, was suspended"; roles 1.64.0; not `apposed`: the
    topic moves on to no name set beside a subject, "the junta chief, Senior Gen. X, reduced
    the term ... pardoned her")."""
    deps = ("compound", "poss", "appos") if apposed else ("compound", "poss")
    return token.dep_ in ("nsubj", "nsubjpass") or (
        token.dep_ in deps
        and token.head.dep_ in ("nsubj", "nsubjpass")
        # (not a name the parser hung on the subject past a phrase of its own: "His
        # disclosure in an article by his lawyer, John O'Connor, provoked ...")
        and not any(c.dep_ == "prep" and c.i < token.i for c in token.head.rights)
    )


def latest_person(
    doc: Doc,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    offset: int,
    floor: int,
    is_subject: Callable[[Token], bool],
    exclude: Sequence[tuple[int, int]] = (),
    singular: bool = False,
    clashes: Callable[[Mention], bool] = lambda m: False,
) -> tuple[Mention | None, Mention | None]:
    """The latest PERSON mention between `floor` and `offset` whose root `is_subject`, and the
    nearest PERSON mention there (the first found). A mention overlapping `exclude` is passed
    over, and so, for a `singular` pronoun, is one of a coordination ("X and Y"), and one the
    pronoun `clashes` with (the other gender); `mentions` are in text order, their starts in
    `starts`."""
    nearest: Mention | None = None
    i = bisect.bisect_left(starts, offset) - 1
    while i >= 0 and mentions[i].start >= floor:
        m = mentions[i]
        i -= 1
        if m.label != "PERSON" or m.end > offset or clashes(m):
            continue
        if any(m.start < e and s < m.end for s, e in exclude):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if singular and span is not None and several(span):
            continue
        if span is not None and titled(span.root):
            continue
        nearest = nearest or m
        # a subject told in a relative clause is background, no topic: "the compound where
        # X is serving a sentence. ... him"
        if span is not None and is_subject(span.root) and not in_relative_clause(span.root):
            return m, nearest
    return None, nearest


def in_relative_clause(root: Token) -> bool:
    """A name told inside a relative clause ("the compound where X is serving a sentence",
    "la sede ..., donde también cumple condena X"): background to the noun the clause
    describes, never the topic a later pronoun picks up."""
    tok = root
    for _ in range(12):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in _RELATIVE_DEPS or (
            tok.dep_ == "acl"
            and tok.pos_ in ("VERB", "AUX")
            and tok.head.pos_ in ("NOUN", "PROPN")
            and any(c.lower_ in _RELATIVE_WORDS for c in tok.children)
        ):
            return True
        tok = tok.head
    return False


def titled(root: Token) -> bool:
    """A name the article "the" determines alone ("The Herald says she was detained"): a
    title, a newspaper or a ship, not a person, whose name takes no article in English
    ("the late John Smith" has its modifier between)."""
    dets = [c for c in root.children if c.dep_ == "det"]
    return (
        len(dets) == 1
        and dets[0].lower_ == "the"
        and dets[0].i == root.i - 1
        and not any(c.dep_ in ("compound", "amod") and c.i < root.i for c in root.children)
    )


def several(span: Span) -> bool:
    """A mention that is, or is part of, a coordination of names."""
    return coordinated(span.root) or any(t.dep_ == "cc" for t in span)


def pronoun_clause_subjects(pronoun: Token) -> frozenset[int]:
    """The subjects of an object pronoun's own clause, which it cannot stand for ("Maduro
    viewed him": him is not Maduro; "Garrett swung it at Rudolph, hitting him": not Garrett);
    none for a subject or a possessive pronoun."""
    if pronoun.dep_ == "nsubj" and mandative_clause(pronoun.head):
        # "Kaliman suggested he resign": the one asked is not the one asking
        verb = pronoun.head.head
        return frozenset(c.i for c in verb.children if c.dep_ == "nsubj")
    if pronoun.dep_ in ("nsubj", "nsubjpass", "poss"):
        return frozenset()
    verb = pronoun.head
    # "walked in with the purpose of killing him", "attacked the guard after hitting him": a
    # gerund after a preposition has the subject of the verb the phrase is on (roles 1.153.0)
    verb = prepositional_gerund_governor(verb) or verb
    # "Garrett swung it at Rudolph, hitting him": a clause with no subject of its own (a
    # participle, an infinitive, a coordinated predicate) has its governor's
    while (
        verb.dep_ in ("advcl", "xcomp", "conj")
        and verb.head.i != verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        controllers = [c.i for c in verb.head.children if c.dep_ == "dobj"]
        if verb.dep_ == "xcomp" and controllers:
            # "asked the police to arrest him": the infinitive is the object's to do
            return frozenset(controllers)
        verb = verb.head
    own = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(verb.doc[i].tag_ in ("WP", "WDT") for i in own):
        # "Nixon, who had denounced him, testified": the relative pronoun is the noun it
        # hangs on, so him is not Nixon either (roles 1.113.0)
        own.append(verb.head.i)
    return frozenset(own)


def prepositional_gerund_governor(gerund: Token) -> Token | None:
    """The verb a gerund with no subject of its own hangs on through a preposition, and the
    nouns and prepositions above it ("made his way with the purpose of killing him": made),
    whose subject is the gerund's doer; None for anything else."""
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in gerund.children):
        return None  # "of him killing her", "his killing her": a doer of its own
    node = gerund.head
    for _ in range(6):  # a few steps: prep, noun, prep, ... up to the verb
        if node.dep_ not in ("prep", "pobj") or node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") and node.dep_ != "pcomp" else None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def names_commanded(pronoun: Token) -> frozenset[int]:
    """The words of a subject pronoun's own clause below it, which a name there cannot be
    the pronoun ("if he needed to meet Felt", "he said Felt was lying": he is not Felt),
    save what a copula says it is ("he was Mark Felt") and words set off as a quotation or
    a parenthesis the parser hung in it; none for any other pronoun (roles 1.58.0)."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    verb = pronoun.head
    out: set[int] = set()
    for child in verb.children:
        if child.i == pronoun.i or child.dep_ in ("attr", "appos", "parataxis", "punct"):
            continue
        if child.dep_ == "ccomp" and child.i < pronoun.i:
            continue  # '"Felt said so," he wrote': the quoted words before the reporter
        out.update(t.i for t in child.subtree)
    return frozenset(out)


def _other_subject(own: frozenset[int], people: frozenset[int], root: Token) -> bool:
    return root.i not in own and _is_subject(root) and not _speaker(root, people)


def _speaker(root: Token, people: frozenset[int]) -> bool:
    """The subject of a verb of saying whose reported clause names another person as its
    subject or object ("X refused to board, Ortega said"): he reports; X is the topic."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    # a saying that is itself what another reports has that report over it, no content of
    # its own there ("X said nothing after officers surrounded him, Pickell said": X is the
    # topic, Pickell the speaker; roles 1.144.1)
    reported_by_another = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS
    if (
        verb.dep_ in ("ccomp", "parataxis", "advcl")
        and verb.head.i != verb.i
        and not reported_by_another
    ):
        reported.append(verb.head)
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.i in people or _described_person(c))
        for clause in reported
        for c in clause.children
    )


# Modifiers that make any noun a description of one person: "the former cricket star".
_STANDING_MODIFIERS = frozenset({"former", "ex", "late", "then"})


def _described_person(tok: Token) -> bool:
    """A definite description of a person ("the former cricket star", "the opposition
    politician"): who a ruling or a report is about as much as a name ("Judge X ruled that the
    former cricket star had hidden ... gifts he received": he is the star, not the judge)."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    cues = load_person_cues()
    if tok.lemma_.lower() in cues.person_nouns | cues.titles:
        return True
    return any(c.dep_ == "amod" and c.lower_ in _STANDING_MODIFIERS for c in tok.children)


def _person_tokens(doc: Doc, mentions: Sequence[Mention]) -> frozenset[int]:
    found: set[int] = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.label == "PERSON" and span is not None:
            found.update(t.i for t in span)
    return frozenset(found)


def resolve_pronouns(
    doc: Doc, mentions: Sequence[Mention], starts: list[int]
) -> dict[int, Mention]:
    """he/she/him/her/his -> a PERSON mention, in text order. Topic continuity first: a
    pronoun follows the latest resolved pronoun in reach; else the latest PERSON subject
    (not the subject of the pronoun's own clause); else the nearest PERSON mention. A he/she
    inside a direct quotation is never the quotation's speaker (`quoted_speakers`)."""
    first = _resolve(doc, mentions, starts, {}, {})
    speakers = quoted_speakers(doc)
    if not speakers:
        return first
    keys: dict[int, tuple[str, ...]] = {}
    fixed: dict[int, Mention] = {}
    for i, subject in speakers.items():
        if subject.pos_ != "PRON":
            keys[i] = speaker_key(subject)
        # a speaker told by a pronoun ("," she said") is whom the first pass gave it, and
        # keeps it: the quote's own pronouns must not carry the topic over to it
        elif (speaker := first.get(subject.i)) is not None:
            fixed[subject.i] = speaker
            keys[i] = full_key(speaker.text) or person_key(speaker.text)
    return _resolve(doc, mentions, starts, keys, fixed) if keys else first


def _resolve(
    doc: Doc,
    mentions: Sequence[Mention],
    starts: list[int],
    speakers: Mapping[int, tuple[str, ...]],
    fixed: Mapping[int, Mention],
) -> dict[int, Mention]:
    """`resolve_pronouns` with the name key of the speaker of the quotation each quoted
    pronoun is in (`speakers`, by the pronoun's index), whom it cannot stand for, and the
    pronouns whose antecedent is already known (`fixed`)."""
    resolved: dict[int, Mention] = {}
    last: tuple[int, Mention, int] | None = None  # (sentence start, mention, offset) of last
    sents = [s.start_char for s in doc.sents]
    people = _person_tokens(doc, mentions)
    genders = title_genders(doc, mentions)  # the pronouns each person was given
    for tok in doc:
        if tok.pos_ != "PRON" or tok.lower_ not in PERSONAL:
            continue
        s_no = bisect.bisect_right(sents, tok.idx) - 1
        floor = sents[max(s_no - PRONOUN_REACH + 1, 0)]
        own = pronoun_clause_subjects(tok) | names_commanded(tok) | question_askers(tok)
        # "Mr. Garrett swung it at Mr. Rudolph, hitting him": not Garrett, however named before
        own_keys = frozenset(
            person_key(m.text)
            for i in own
            for m in mentions_overlapping(mentions, starts, doc[i].idx, doc[i].idx + 1)
            if m.label == "PERSON"
        )
        clashes = partial(_clash, genders, pronoun_gender(tok), speakers.get(tok.i), own_keys)
        governing = governing_subject(doc, mentions, starts, tok)
        if tok.i in fixed:
            chosen: Mention | None = fixed[tok.i]
        elif governing is not None and not clashes(governing):
            chosen = governing
        elif (
            last is not None
            and last[0] >= floor
            and not clashes(last[1])
            and not _subject_between(doc, mentions, starts, last[2], tok)
        ):
            chosen = last[1]
        else:
            is_subject = partial(_other_subject, own, people)
            best, nearest = latest_person(
                doc, mentions, starts, tok.idx, floor, is_subject, singular=True, clashes=clashes
            )
            chosen = best or nearest
        if chosen is None:  # "When a jury acquitted her, Mary Jones wept": no one before
            forward = _fronted_clause_subject(doc, mentions, starts, tok)
            chosen = forward if forward is not None and not clashes(forward) else None
        if chosen is not None:
            resolved[tok.i] = chosen
            last = (tok.sent.start_char, chosen, tok.idx)
            if (gender := pronoun_gender(tok)) is not None:
                genders.setdefault(person_key(chosen.text), Counter())[gender] += 1
    return resolved


def governing_subject(
    doc: Doc, mentions: Sequence[Mention], starts: list[int], pronoun: Token
) -> Mention | None:
    """The person named as the subject of the clause an adverbial clause hangs on, for the
    pronoun subject of that adverbial clause ("Iraq's president Saddam Hussein can expect
    strikes if he does not stop": he is Hussein, whoever the sentences before were about);
    the owner of a statement the pronoun's clause is the content of, or the object of a
    parallel clause before the pronoun object's (events_pronoun_owners)."""
    for owner in (statement_owner(pronoun, REPORTING_VERBS), parallel_object(pronoun)):
        for m in mentions_overlapping(mentions, starts, owner.idx, owner.idx + 1) if owner else ():
            if m.label == "PERSON":
                return m
    verb = pronoun.head
    if pronoun.dep_ == "poss" and verb.dep_ in ("nsubj", "nsubjpass") and verb.head.i != verb.i:
        # the owner of that clause's subject: "Gotti was the boss until his own imprisonment
        # forced him to relinquish control" (vocabulary 1.322.0)
        verb = verb.head
    elif pronoun.dep_ != "nsubj":
        return None
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    subjects = (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    names = (n for s in subjects for n in (s, *(c for c in s.children if c.dep_ == "appos")))
    return _one_person_on(doc, mentions, starts, names)


def _fronted_clause_subject(
    doc: Doc, mentions: Sequence[Mention], starts: list[int], pronoun: Token
) -> Mention | None:
    """The person named as the subject of the main clause, for a pronoun in an adverbial
    clause set before it when no one is named before the pronoun ("Before police arrested
    him, Peter Brown fled": Brown; "After a jury found him guilty, Smith was sentenced";
    roles 1.92.0)."""
    verb = clause_verb(pronoun.head)
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    subjects = (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    after = (s for s in subjects if s.i >= verb.right_edge.i)  # the clause must come first
    return _one_person_on(doc, mentions, starts, after)


def _one_person_on(
    doc: Doc, mentions: Sequence[Mention], starts: list[int], tokens: Iterable[Token]
) -> Mention | None:
    """The first mention over one of `tokens`, in their order, that names one person (not
    "several": "Brown and Smith")."""
    for token in tokens:
        for m in mentions_overlapping(mentions, starts, token.idx, token.idx + 1):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.label == "PERSON" and span is not None and not several(span):
                return m
    return None


def _clash(
    genders: Mapping[tuple[str, ...], Counter[str]],
    gender: str | None,
    speaker: tuple[str, ...] | None,
    own: frozenset[tuple[str, ...]],
    mention: Mention,
) -> bool:
    """The mention is of the other gender than the pronoun, is the speaker of the quotation
    the pronoun is in, or names a subject of the object pronoun's own clause (`own`)."""
    if speaker is not None and is_speaker(speaker, mention.text):
        return True
    if person_key(mention.text) in own:
        return True
    return gender_clash(genders, gender, mention)


def quoted_speaker_key(pronoun: Token) -> tuple[str, ...] | None:
    """The name key of the speaker, named as the subject of the reporting clause, of the
    quotation a he/she/him/her/his is in ('"He is a killer," Stirling said': ("stirling",));
    None outside a quotation or for a speaker told by a pronoun."""
    doc = pronoun.doc
    cached = doc.user_data.get(_SPEAKERS_KEY)
    if cached is None:
        cached = doc.user_data[_SPEAKERS_KEY] = quoted_speakers(doc)
    subject = cached.get(pronoun.i)
    return None if subject is None or subject.pos_ == "PRON" else speaker_key(subject)


_SPEAKERS_KEY = "chronicler_quoted_speakers"


def quoted_speakers(doc: Doc) -> dict[int, Token]:
    """Each he/she/him/her/his inside a direct quotation with a reporting clause -> the
    subject of that clause. A third-person pronoun in one's own words is someone else: in
    '"He murdered a deputy," Stirling said' he is not Stirling ("I", "we" would be)."""
    speakers = quoted_pronoun_speakers(doc)
    return {i: speaker for i, speaker in speakers.items() if doc[i].lower_ in PERSONAL}


def pronoun_gender(tok: Token) -> str | None:
    """ "m" for he/him/his, "f" for she/her (people.toml); None for any other word."""
    cues = load_person_cues()
    if tok.lower_ in cues.masculine_pronouns:
        return "m"
    return "f" if tok.lower_ in cues.feminine_pronouns else None


def title_genders(doc: Doc, mentions: Sequence[Mention]) -> dict[tuple[str, ...], Counter[str]]:
    """Each person (by name key) a title telling a gender stands before ("Mr. Hale", "Ms.
    Ortiz"; `masculine_titles`, `feminine_titles`), or whose name of two words or more opens
    with a given name telling one ("Charles Ramsey"; `masculine_given_names`,
    `feminine_given_names`; roles 1.64.0), as given one pronoun of that gender."""
    vocab = load_vocab()
    titles = {
        **{w: "m" for w in vocab.words("masculine_titles")},
        **{w: "f" for w in vocab.words("feminine_titles")},
    }
    given = {
        **{w: "m" for w in vocab.words("masculine_given_names")},
        **{w: "f" for w in vocab.words("feminine_given_names")},
    }
    out: dict[tuple[str, ...], Counter[str]] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.label != "PERSON" or span is None:
            continue
        before = [t for t in (span[0], doc[span.start - 1] if span.start else None) if t]
        gender = next((titles[t.lower_] for t in before if t.lower_ in titles), None)
        words = name_words(m.text)
        if gender is None and len(words) > 1 and not several(span):
            gender = given.get(words[0])
        if gender is not None:
            counts = out.setdefault(person_key(m.text), Counter())
            counts[gender] = 1  # once per person: a title repeated is one fact
    return out | described_genders_en(doc, mentions, vocab.person_descriptions)


def pronoun_genders(
    doc: Doc, resolved: Mapping[int, Mention], mentions: Sequence[Mention] = ()
) -> dict[tuple[str, ...], Counter[str]]:
    """How often each person (by name key) was given a pronoun of each gender (a title before
    one of `mentions` counting as one)."""
    out = title_genders(doc, mentions)
    for i, m in resolved.items():
        if (gender := pronoun_gender(doc[i])) is not None:
            out.setdefault(person_key(m.text), Counter())[gender] += 1
    return out


def gender_clash(
    genders: Mapping[tuple[str, ...], Counter[str]], gender: str | None, mention: Mention
) -> bool:
    """Whether the article's pronouns call the person of `mention` mostly the other way than
    `gender`: "him" for one whom two "she"s and a "her" stood for. Unknown either way: no."""
    # a full name a noun beside it gave a gender ("his mother, Carol Gray") is that one
    # person's, not every Gray's (described_genders_en)
    full = full_key(mention.text)
    counts = (genders.get(full) if full else None) or genders.get(person_key(mention.text))
    if gender is None or not counts:
        return False
    other = sum(n for g, n in counts.items() if g != gender)
    return other > counts[gender]


def _subject_between(
    doc: Doc, mentions: Sequence[Mention], starts: list[int], begin: int, pronoun: Token
) -> bool:
    """A PERSON named as a subject since the last pronoun: the topic may have moved on."""
    i = bisect.bisect_right(starts, begin)
    while i < len(mentions) and mentions[i].start < pronoun.idx:
        m = mentions[i]
        i += 1
        if m.label != "PERSON":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if (
            span is not None
            and _is_subject(span.root, apposed=False)
            and span.root.head.i != pronoun.head.i
            and not in_relative_clause(span.root)
        ):
            return True
    return False
