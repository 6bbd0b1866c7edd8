"""A parse mend of the object relative clause told without "that" or "whom" (a contact
relative) on a sentence's subject: "The general the rebels captured was released", "The
journalist the police arrested was freed on bail". The small English model reads the second
noun phrase as the sentence's subject and the relative's verb as a participle on it (the
rebels captured, then released) or the first noun as a root of its own; mended, the verb is
a relative clause on the first noun with the second noun its subject, and the first noun is
the subject of the verb after it (chronicler_parse_mending_v56; parse_mending applies it).
The relative's verb must have no object of its own: its object is the noun it modifies ("The
day the army attacked the village" is no such clause)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# What opens the relative's subject: a determiner or a possessive.
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this"})
# Nouns of a time, a place, a manner or a reason a relative without "that" tells when, where,
# how or why something happened ("The night the rebels attacked was quiet"): no object gap.
_ADVERBIAL_NOUNS = frozenset(
    {
        "day",
        "night",
        "week",
        "month",
        "year",
        "time",
        "moment",
        "morning",
        "evening",
        "hour",
        "way",
        "reason",
        "place",
        "minute",
        "afternoon",
        "weekend",
    }
)
_AUXILIARIES = frozenset(
    {
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "be",
        "been",
        "did",
        "does",
    }
)
_PASSIVE_BE = frozenset({"was", "were", "is", "are", "be", "been"})
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp"})


def contact_relatives(sent: Span) -> list[tuple[Token, Token, Token, Token, list[Token]]]:
    """Each (first noun, relative's subject, relative's verb, main verb, its auxiliaries) of
    a contact relative on the noun phrase opening the sentence, where the parse is not
    already that reading."""
    doc = sent.doc
    found = []
    for verb in sent:
        if verb.tag_ not in ("VBD", "VBN") or verb.i < sent.start + 3:
            continue
        subject = doc[verb.i - 1]
        if subject.tag_ not in _NOUN_TAGS and subject.lower_ not in ("they", "he", "she", "we"):
            continue
        opener = subject if subject.tag_ == "PRP" else _opener(subject, sent)
        if opener is None or opener.i - 1 < sent.start:
            continue
        noun = doc[opener.i - 1]
        if not _opening_noun(noun, sent) or noun.lower_ in _ADVERBIAL_NOUNS:
            continue
        if any(c.dep_ in _OBJECT_DEPS for c in verb.children):
            continue  # "The day the army attacked the village": the verb has its object
        main = _main_verb(verb, sent)
        if main is None:
            continue
        verb_of, auxiliaries = main
        if verb.head.i == noun.i and subject.head.i == verb.i and noun.head.i == verb_of.i:
            continue  # read so already ("The minister the envoy met with resigned")
        found.append((noun, subject, verb, verb_of, auxiliaries))
        break
    return found


def _opener(subject: Token, sent: Span) -> Token | None:
    """The determiner or possessive opening the subject's phrase right before it, past its
    adjectives and compounds ("the rebels", "the armed rebels", "his two bodyguards")."""
    i = subject.i - 1
    while i > sent.start and sent.doc[i].tag_ in ("JJ", "CD", "NN", "NNP", "VBN"):
        i -= 1
    token = sent.doc[i]
    return token if token.lower_ in _SUBJECT_OPENERS and i > sent.start else None


def _opening_noun(noun: Token, sent: Span) -> bool:
    """The first noun phrase of the sentence ends on `noun`: only its determiner, adjectives
    and compounds come before it. A noun the tagger read as an adjective ("The general")
    counts when a determiner comes right before it."""
    before = sent.doc[sent.start : noun.i]
    if noun.tag_ not in _NOUN_TAGS and not (noun.tag_ == "JJ" and len(before) == 1):
        return False
    if not before or before[0].lower_ not in ("the", "a", "an", "this", "that"):
        return False
    return all(t.tag_ in ("JJ", "NN", "NNP", "CD", "HYPH", "DT") for t in before)


def _main_verb(verb: Token, sent: Span) -> tuple[Token, list[Token]] | None:
    """The verb after the relative's that the first noun is the subject of ("was released",
    "resigned"), with its auxiliaries; None when there is none before the sentence's first
    comma or a "that" or "who" opens a clause between."""
    auxiliaries: list[Token] = []
    for token in sent.doc[verb.i + 1 : sent.end]:
        if token.is_punct or token.lower_ in ("that", "who", "which", "and", "but"):
            return None
        if token.lower_ in _AUXILIARIES or token.lower_ == "not":
            auxiliaries.append(token)
            continue
        if token.tag_ in ("VBD", "VBZ", "VBP") and not auxiliaries:
            return token, []
        if token.tag_ in ("VBN", "VBG", "VB") and auxiliaries:
            return token, auxiliaries
        if auxiliaries:
            return None  # "was a lawyer": a copula, left to the parser
    return None


def passive_main(main: Token, auxiliaries: list[Token]) -> bool:
    return main.tag_ == "VBN" and any(a.lower_ in _PASSIVE_BE for a in auxiliaries)


def mend_contact_relatives(
    found: list[tuple[Token, Token, Token, Token, list[Token]]],
    heads: list[int],
    deps: list[str],
    tags: list[str],
) -> None:
    """Rehang each contact relative `contact_relatives` found, in the parse arrays."""
    for noun, subject, verb, main, auxiliaries in found:
        start, end = noun.sent.start, noun.sent.end

        def rehang(first: int, last: int, to: int) -> None:
            # the words of a stretch hung outside it hang on its head word
            for i in range(first, last):
                if i != to and not first <= heads[i] < last:
                    heads[i] = to

        rehang(start, noun.i, noun.i)  # "The"
        rehang(noun.i + 1, subject.i, subject.i)  # "the", "armed"
        rehang(verb.i + 1, auxiliaries[0].i if auxiliaries else main.i, verb.i)  # "with"
        rehang(main.i + 1, end, main.i)  # "on bail", "."
        for aux in auxiliaries:
            heads[aux.i] = main.i
            if aux.lower_ == "not":
                deps[aux.i] = "neg"
            elif passive_main(main, auxiliaries) and aux.lower_ in _PASSIVE_BE:
                deps[aux.i] = "auxpass"
            else:
                deps[aux.i] = "aux"
        heads[main.i], deps[main.i] = main.i, "ROOT"
        heads[noun.i] = main.i
        deps[noun.i] = "nsubjpass" if passive_main(main, auxiliaries) else "nsubj"
        if tags[noun.i] == "JJ":
            tags[noun.i] = "NN"  # "The general": the noun
        heads[verb.i], deps[verb.i], tags[verb.i] = noun.i, "relcl", "VBD"
        heads[subject.i], deps[subject.i] = verb.i, "nsubj"
