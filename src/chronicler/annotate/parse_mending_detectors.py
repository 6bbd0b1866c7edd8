"""Detectors of misreadings that `parse_mending.mend_parse` mends: each reads a sentence's
parse (before the lemmatizer and the attribute ruler run, so tags, not parts of speech, and
forms, not lemmas) and returns the tokens to rehang, or nothing. Moved out of parse_mending.py
whole (forty-fourth session) to keep that module to its applying code; what each mends is in
its docstring and in parse_mending's module docstring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.parse_mending_ages import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Past forms whose lemma no suffix rule gives.
IRREGULAR_PAST = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "found": "find",
    "led": "lead",
    "drove": "drive",
    "driven": "drive",
}


def past_stems(verb: Token) -> set[str]:
    """The lemmas a past form may have (the lemmatizer has not run yet): "carried" carry,
    "executed" execute, "succeeded" succeed, "said" say; a particle after it joined ("carry
    out")."""
    word = verb.lower_
    if word in IRREGULAR_PAST:
        stems = {IRREGULAR_PAST[word]}
    else:
        stems = {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("ed") else {word}
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return {f"{s} {particles[0]}" for s in stems} if particles else stems


def split_hyphenated(sent: Span) -> list[tuple[Token, Token, Token]]:
    """Hyphenated words the tokenizer split whose parts the parser hung side by side on one
    head with one dependency ("threatened his co-workers": "co", "-" and "workers" each an
    object of "threatened"), as (first part, dash, last part)."""
    found = []
    for dash in sent[1:-1]:
        first, last = dash.nbor(-1), dash.nbor(1)
        if (
            dash.text == "-"
            and not first.whitespace_
            and not dash.whitespace_
            and first.is_alpha
            and last.is_alpha
            and last.tag_ in NOUN_TAGS
            and last.head.i not in (first.i, dash.i, last.i)
            and first.head.i == dash.head.i == last.head.i
            and first.dep_ == dash.dep_ == last.dep_
        ):
            found.append((first, dash, last))
    return found


# A clausal subject's dependency, and the one its noun takes when mended.
CLAUSAL_SUBJECTS = {"csubjpass": "nsubjpass", "csubj": "nsubj"}


def participle_subjects(sent: Span) -> list[tuple[Token, Token]]:
    """Each (noun, participle) where a present participle the parser made a clausal subject
    has a noun subject of its own before it ("A deputy interviewing a woman was shot":
    "interviewing" csubjpass, "deputy" its nsubj) and the verb no other subject."""
    found = []
    for part in sent:
        if part.tag_ != "VBG" or part.dep_ not in CLAUSAL_SUBJECTS:
            continue
        noun = next((c for c in part.children if c.dep_ == "nsubj"), None)
        if (
            noun is not None
            and noun.i == part.i - 1
            and noun.tag_ in NOUN_TAGS
            and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != part.i
                for c in part.head.children
            )
        ):
            found.append((noun, part))
    return found


# The prepositions a launch's target takes ("fire tear gas at students", "on the crowd").
_LAUNCH_PREPS = frozenset({"at", "on", "into"})


def headline_launches(sent: Span) -> tuple[Token, Token, Token] | None:
    """(subject, verb, object) of a headline with no verb whose bare present of launching
    the parser read as a noun modifying the missile ("Police fire tear gas at students":
    "fire" a compound of "gas", the root; `headline_launch_verbs`), the missile taking the
    launch's "at"/"on" phrase; None otherwise."""
    from chronicler.annotate.events_vocab import load_vocab

    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent):
        return None
    obj = sent.root
    if obj.tag_ not in ("NN", "NNS") or not any(
        c.dep_ == "prep" and c.lower_ in _LAUNCH_PREPS and c.i > obj.i for c in obj.children
    ):
        return None
    verbs = load_vocab().words("headline_launch_verbs")
    for verb in sent[1 : obj.i - sent.start]:
        if verb.tag_ == "NN" and verb.lower_ in verbs and verb.dep_ == "compound":
            subject = verb.nbor(-1)
            if subject.tag_ in NOUN_TAGS and subject.head.i in (verb.i, obj.i):
                return subject, verb, obj
    return None


# Relative pronouns opening a relative clause as its subject or object.
_RELATIVE_WORDS = frozenset({"who", "that", "which", "whom"})


def verbs_read_as_relatives(sent: Span) -> tuple[Token, Token, Token, Token] | None:
    """(noun, relative, verb, object) where a sentence's root is a noun with a relative
    clause whose subject is a relative pronoun and which has no object, followed by a
    finite verb the parser made a second relative clause of the noun with no relative word,
    whose subject comes right after the first clause's verb ("The teacher who saw the boy
    says ...": "says" a relcl of "teacher", "boy" its subject)."""
    noun = sent.root
    if noun.tag_ not in NOUN_TAGS:
        return None
    clauses = [c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i]
    if len(clauses) != 2:
        return None
    relative, verb = clauses
    if not any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in _RELATIVE_WORDS for c in relative.children
    ) or any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in relative.children):
        return None
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or any(
        c.lower_ in _RELATIVE_WORDS for c in verb.children
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i != relative.i + 1 or subject.tag_ not in NOUN_TAGS:
        return None
    return noun, relative, verb, subject


# Nouns of a span of time a verb's "for" measures ("renewed their calls for two years", "for
# the third time"): a duration, no content of the call.
_SPAN_NOUNS = frozenset(
    {
        "time",
        "times",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "decade",
        "decades",
        "while",
    }
)


def asking_fors(sent: Span) -> list[tuple[Token, Token]]:
    """Each (noun, for) where a verb's "for" right after its object, a noun of asking
    (`asking_object_nouns`, singular or plural), or after the object's "to"-phrase, is the
    noun's ("renewed their calls for the release", "made an appeal to the kidnappers for the
    release"); not a span of time ("for two years")."""
    from chronicler.annotate.events_vocab import load_vocab

    nouns = load_vocab().words("asking_object_nouns")
    found = []
    for prep in sent:
        if prep.lower_ != "for" or prep.dep_ != "prep" or not prep.head.tag_.startswith("VB"):
            continue
        # the noun right before it, or past a "to"-phrase of its own or of the verb's ("made
        # an appeal to the kidnappers for the release", "issued a plea to the rebels for ...")
        verb = prep.head
        to = next((c for c in verb.children if _to_phrase(c, prep.i - 1)), None)
        end = prep.i - 1 if to is None else to.i - 1
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i == end), None)
        if noun is None or (noun.i != end and not _own_to_phrase(noun, end)):
            continue
        if noun.tag_ not in ("NN", "NNS") or noun.lower_.removesuffix("s") not in nouns:
            continue
        if any(g.lower_ in _SPAN_NOUNS for g in prep.children if g.dep_ == "pobj"):
            continue
        found.append((noun, prep))
    return found


def plans_told_done(sent: Span) -> list[tuple[Token, Token, Token, Token]]:
    """Each (plan noun, act, telling verb, object) where the act, a to-infinitive on a plan
    noun (`achieved_plan_nouns`) with no object, has a clause of a verb telling a plan done
    (`plan_done_verbs`, with its particle) whose subject is the noun phrase right after the
    act ("the plot to assassinate the governor succeeded"); the noun a root, an object or a
    clause of a verb of saying."""
    from chronicler.annotate.events_vocab import load_vocab

    cues = load_vocab().modality
    found = []
    for act in sent:
        noun = act.head
        if act.dep_ != "acl" or noun.tag_ not in ("NN", "NNS") or act.tag_ != "VB":
            continue
        if noun.lower_.removesuffix("s") not in cues.achieved_plan_nouns:
            continue
        if noun.dep_ not in _PLAN_DEPS:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
            continue
        if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in act.children if c.i < act.i):
            continue
        for told in (c for c in act.children if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN")):
            objects = [c for c in told.children if c.dep_ in ("nsubj", "nsubjpass")]
            if len(objects) != 1 or objects[0].left_edge.i != act.i + 1:
                continue
            if objects[0].tag_ not in NOUN_TAGS or not past_stems(told) & cues.plan_done_verbs:
                continue
            if any(c.dep_ == "dobj" for c in act.children):
                continue
            found.append((noun, act, told, objects[0]))
    return found


# Where a plan noun stands whose clause the mend turns into the telling verb's (a sentence's
# root, what a verb of saying takes).
_PLAN_DEPS = frozenset({"ROOT", "dobj", "ccomp"})


def _to_phrase(prep: Token, end: int) -> bool:
    """A "to"-phrase ending at `end` ("to the kidnappers")."""
    return prep.dep_ == "prep" and prep.lower_ == "to" and prep.right_edge.i == end


def _own_to_phrase(noun: Token, end: int) -> bool:
    """The noun's last dependent is its "to"-phrase, ending at `end` ("an appeal to the
    kidnappers")."""
    last = max(noun.children, key=lambda c: c.i, default=None)
    return last is not None and _to_phrase(last, end)


# Bound prefixes a dash joins to a noun ("co-defendant", "ex-wife"), never words on their own.
_BOUND_PREFIXES = frozenset({"co", "ex"})


def prefixes_hung_apart(sent: Span) -> list[tuple[Token, Token, Token]]:
    """Each (prefix, dash, noun) of a noun with a bound prefix (`_BOUND_PREFIXES`) set off by a
    dash whose prefix the parser hung elsewhere than on the noun ("Lopez and his co - defendant
    were arrested": "co" a conjunct of "Lopez", which hangs on "defendant")."""
    found = []
    for dash in sent[1:-1]:
        first, last = dash.nbor(-1), dash.nbor(1)
        if (
            dash.text == "-"
            and first.lower_ in _BOUND_PREFIXES
            and last.tag_ in ("NN", "NNS")
            and first.head.i not in (last.i, first.i)
            and first.dep_ not in ("compound", "amod")
            and last.head.i not in (first.i, dash.i)
        ):
            found.append((first, dash, last))
    return found


def compounds_after_cc(sent: Span) -> list[Token]:
    """Each noun the parser made a compound of a word before it past that word's "and"/"or"
    ("Lopez and his co-defendant": "defendant" a compound of "Lopez"): a conjunct."""
    return [
        t
        for t in sent
        if t.dep_ == "compound"
        and t.head.i < t.i
        and any(c.dep_ == "cc" and t.head.i < c.i < t.i for c in t.head.children)
    ]
