"""Parse mends of reporting clauses the small English model hangs wrong: one closing a
sentence after a comma, hung on the clause it reports ("The ministry ignored the complaints,
an opposition party protested on Friday"), and one set off by commas between a clause's
subject and its verb ("The shooters, said sheriff's Sgt. Tom Smith, fired ten rounds").
Detectors, and the second's mend; parse_mending applies them (split from parse_mending and
parse_mending_parties, which hold the component and its docstring's list)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Words of a reporting clause's subject ("a human rights group", "Kenya's main opposition
# party"), by tag: no verb, conjunction, relative or subordinating word.
_SPEAKER_TAGS = _NOUN_TAGS | frozenset({"DT", "JJ", "JJR", "JJS", "POS", "PRP$", "CD", "HYPH"})
# What may follow a reporting verb to the sentence's end: when and where it was said.
_REPORT_TAIL_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod", "punct", "det", "amod",
                               "compound", "nummod"})  # fmt: skip


def trailing_report(
    sent: Span, reporting: Callable[[Token], bool]
) -> tuple[Token, Token, Token, Token] | None:
    """(subject, verb, reported clause's root, comma) of a sentence closed by a reporting
    clause the parser hung on what it reports: "X did Y, a rights group charged yesterday"."""
    doc = sent.doc
    root = sent.root
    if root.tag_[:2] != "VB":
        return None
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    for verb in doc[root.i + 1 : end]:
        if verb.dep_ not in ("advcl", "acl", "conj", "dep", "relcl", "appos"):
            continue
        finite = verb.tag_ in ("VBD", "VBZ")
        if not finite and not (verb.tag_ == "VBN" and reporting(verb)):
            continue
        commas = [t for t in doc[root.i + 1 : verb.i] if t.text == ","]
        if not commas:
            continue
        comma = commas[-1]
        words = list(doc[comma.i + 1 : verb.i])
        if not words or not all(t.tag_ in _SPEAKER_TAGS for t in words):
            continue
        outside = [t for t in words if not (comma.i < t.head.i < verb.i) or t.head.i == t.i]
        if len(outside) != 1 or outside[0].tag_ not in _NOUN_TAGS:
            continue
        speaker = outside[0]
        if verb.dep_ != "acl" and not (speaker.head.i == verb.i and speaker.dep_ == "nsubj"):
            continue
        if verb.dep_ == "acl" and verb.head.i != speaker.i:
            continue
        if verb.head.i >= comma.i and verb.dep_ != "acl":
            continue
        tail = doc[verb.i + 1 : end]
        if any(t.dep_ not in _REPORT_TAIL_DEPS or t.head.i < verb.i for t in tail):
            continue
        if any(c.dep_ not in ("nsubj", "punct") and c.i < verb.i for c in verb.children):
            continue
        return speaker, verb, root, comma
    return None


_SPEAKER_WORDS = frozenset(
    {"NN", "NNS", "NNP", "NNPS", "DT", "JJ", "POS", "PRP$", "CD", "HYPH", "NFP"}
)


def reports_inside_clauses(
    sent: Span, reporting: Callable[[Token], bool]
) -> list[tuple[Token, Token, Token, Token]]:
    """Each (subject, reporting verb, speaker, verb) of a reporting clause set off by commas
    between a clause's subject and its verb ("The shooters, said sheriff's Sgt. Tom Smith,
    fired ten rounds", "The gunmen, said Tom Smith, fired at the crowd") that the parser read
    with the subject as the reporting verb's and the speaker as the verb's, or as the
    reporting verb's second subject, the verb with none: the subject does the act, the
    speaker says so (chronicler_parse_mending_v28)."""
    found = []
    doc = sent.doc
    for say in sent:
        if say.tag_ not in ("VBD", "VBZ") or not reporting(say) or say.i - sent.start < 2:
            continue
        if doc[say.i - 1].text != "," or say.i + 1 >= sent.end:
            continue
        subject = doc[say.i - 2]
        while subject.head.i != subject.i and subject.head.i < say.i - 1:
            subject = subject.head  # the noun phrase's head ("The shooters")
        if (
            subject.tag_ not in ("NN", "NNS", "NNP", "NNPS", "PRP")
            or subject.left_edge.i != sent.start
        ):
            continue
        comma = next((t for t in doc[say.i + 1 : sent.end] if t.text == ","), None)
        if comma is None or comma.i == say.i + 1 or comma.i + 1 >= sent.end:
            continue
        words = list(doc[say.i + 1 : comma.i])
        if not all(t.tag_ in _SPEAKER_WORDS for t in words):
            continue
        outside = [t for t in words if not say.i < t.head.i < comma.i or t.head.i == t.i]
        if len(outside) != 1 or outside[0].dep_ != "nsubj":
            continue
        speaker = outside[0]
        later = [c for c in say.children if c.dep_ == "ccomp" and c.i > comma.i]
        verb = next(
            (v for v in (speaker.head, say.head, *later) if v.i > comma.i), say
        )  # the speaker's verb, the reporting verb's head or its complement
        if verb.i <= comma.i or not verb.tag_.startswith("VB"):
            continue
        if verb.head.i != say.i and say.head.i != verb.i:
            continue
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c != speaker]
        if own or subject.head.i != say.i:
            continue
        found.append((subject, say, speaker, verb))
    return found


def mend_reports_inside(
    reports: list[tuple[Token, Token, Token, Token]], heads: list[int], deps: list[str]
) -> None:
    """Mend, in the parse's head and label lists, each report reports_inside_clauses found:
    the subject the verb's, the speaker the reporting verb's, the verb its complement."""
    for subject, say, speaker, verb in reports:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        heads[subject.i], deps[subject.i] = verb.i, "nsubjpass" if passive else "nsubj"
        heads[speaker.i], deps[speaker.i] = say.i, "nsubj"
        if say.head.i == verb.i:  # the reporting verb hung on the verb: it heads now
            heads[say.i], deps[say.i] = heads[verb.i], deps[verb.i]
            if heads[verb.i] == verb.i:
                heads[say.i] = say.i
            for c in verb.children:
                if c.dep_ == "punct" and c.i == c.sent.end - 1:
                    heads[c.i] = say.i
        heads[verb.i], deps[verb.i] = say.i, "ccomp"


def complementizers_read_as_objects(sent: Span, nouns: frozenset[str]) -> list[Token]:
    """Each "that" the tagger reads as a complementizer (IN) that the parser made the object
    of the verb of the clause it opens, that clause a relative one on a noun of saying
    ("Police assertions that Jones fired were disputed": "that" the firing's object): it
    marks the noun's content clause and is no party; the noun one of `nouns`, of claim or
    statement, as a relative "that" the tagger may also read so ("a poisoning that he blamed
    on the Kremlin") keeps its noun (chronicler_parse_mending_v28)."""
    return [
        t
        for t in sent
        if t.lower_ == "that"
        and t.tag_ == "IN"
        and t.dep_ in ("dobj", "nsubj")
        and t.head.i > t.i
        and t.head.dep_ in ("relcl", "acl")
        and t.head.head.i < t.i
        and (t.head.head.lower_ in nouns or t.head.head.lower_[:-1] in nouns)
        and any(c.dep_ == "nsubj" and c.i > t.i for c in t.head.children)
    ]


# modal auxiliaries that make a reported clause finite ("would rise up", "will strike")
_MODALS = frozenset({"would", "will", "could", "can", "might", "may", "should", "shall", "must"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def subjects_read_as_objects(
    sent: Span, says: Callable[[Token], bool]
) -> list[tuple[Token, Token]]:
    """(noun, clause) of a reported clause with no "that" whose subject the parser made the
    reporting verb's object: "The paper warned young Greeks would rise up" (the Greeks rise,
    no one is warned), "The minister said the army would withdraw" read with "army" on
    "said". The clause is finite (a modal or a finite verb), has no subject of its own and
    starts right after the noun's phrase; "warned the reporters they would be arrested"
    keeps its own subject and is left alone."""
    found = []
    for verb in sent:
        if not verb.tag_.startswith("VB") or not says(verb):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if obj is None or clause is None or clause.i < obj.i:
            continue
        if clause.left_edge.i != obj.right_edge.i + 1:
            continue  # a "that", a comma or other words between: the noun is no subject
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
            continue
        finite = clause.tag_ in _FINITE_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in clause.children
        )
        if finite:
            found.append((obj, clause))
    return found
