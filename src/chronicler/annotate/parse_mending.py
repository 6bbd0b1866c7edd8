"""Mend one parse the small English model gets wrong: a predicate read as a noun phrase.

"Myanmar's military seized power on Monday": the model tags "military" an adjective and
hangs "seized" (a past tense, VBD) as a modifier on "power", which becomes the root of a
sentence with no verb (or an apposition of a dateline it made the root, "YANGON, Myanmar
(AP) — ..."). Every event read from that sentence then has no actor. Where such a noun has
no subject and a past-tense verb modifies it from right before it, the verb is the
predicate: the word before it, with what modifies it, is its subject ("Myanmar's
military"), the noun its object ("power"), and the noun's clause-level dependents after it
(its prepositions, participles, punctuation) and the dateline hang on the verb.

Runs as a spaCy component right after the parser (the attribute ruler then maps the mended
tags), so entities, events and everything after see the mended parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chronicler.annotate.datelines import dateline_dash

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Dependents of the misread root noun, after it, that belong to the clause, not the noun:
# "seized power [on Monday] [in a coup][,] [detaining ...][.]"
_CLAUSE_DEPS = frozenset({"prep", "acl", "advcl", "punct", "npadvmod", "advmod", "dep"})
# How the word before the verb may hang on the noun: as its modifier.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _after_dateline(root: Token) -> Token:
    """The noun the parser hung on a dateline that it made the root ("YANGON, Myanmar (AP) —
    Myanmar's military seized power": "power", an apposition of "YANGON"), else the root."""
    dash = dateline_dash(root)
    if dash is None or root.i > dash.i:
        return root
    after = [c for c in root.children if c.i > dash.i and c.dep_ in ("appos", "dep", "conj")]
    return after[0] if len(after) == 1 else root


def _misread_predicate(sent: Span) -> tuple[Token, Token, Token] | None:
    """(subject, verb, object) of a sentence whose verb the parser read as a modifier of its
    root noun, or None."""
    root = _after_dateline(sent.root)
    if root.tag_ not in _NOUN_TAGS or any(c.dep_.startswith("nsubj") for c in root.children):
        return None
    if root.i < sent.start + 2:
        return None
    verb, subject = root.doc[root.i - 1], root.doc[root.i - 2]
    if verb.tag_ != "VBD" or verb.dep_ != "amod" or verb.head.i != root.i:
        return None
    if subject.head.i != root.i or subject.dep_ not in _MODIFIER_DEPS:
        return None
    # (the attribute ruler has not yet mapped tags to parts of speech: tags are read)
    if subject.tag_ not in _NOUN_TAGS | {"JJ"} or not subject.is_lower:
        return None  # "Myanmar's military"; not a name ("Biden seized ...", left alone)
    return subject, verb, root


def mend_parse(doc: Doc) -> Doc:
    """The doc with each misread predicate mended (pure on the doc's parse)."""
    from spacy.attrs import DEP, HEAD, TAG

    found = [m for s in doc.sents if (m := _misread_predicate(s)) is not None]
    if not found:
        return doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    tags = [t.tag_ for t in doc]
    for subject, verb, obj in found:
        for t in doc[obj.sent.start : obj.i]:
            if t.head.i == obj.i and t.i not in (subject.i, verb.i):
                heads[t.i] = subject.i  # "Myanmar's" modifies the subject now
        for c in obj.rights:
            if c.dep_ in _CLAUSE_DEPS:
                heads[c.i] = verb.i
                if c.dep_ == "acl":  # a participle on the clause: "..., detaining X"
                    deps[c.i] = "advcl"
        if obj.head.i != obj.i:  # the dateline the parser made the root hangs on the verb
            heads[obj.head.i], deps[obj.head.i] = verb.i, "dep"
        heads[subject.i], deps[subject.i] = verb.i, "nsubj"
        if tags[subject.i] not in _NOUN_TAGS:
            tags[subject.i] = "NN"  # "military" the adjective is the noun
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
    array: Any = doc.to_array([HEAD, DEP, TAG])  # (spaCy's stubs type it as floats)
    strings = doc.vocab.strings
    for i in range(len(doc)):
        array[i, 0] = (heads[i] - i) % (1 << 64)  # HEAD is an offset, stored unsigned
        array[i, 1] = strings.add(deps[i])
        array[i, 2] = strings.add(tags[i])
    doc.from_array([HEAD, DEP, TAG], array)
    return doc
