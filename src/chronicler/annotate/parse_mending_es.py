"""Mend parses the small Spanish model gets wrong: a preterite after an object clitic read as a
noun with its article, a gerund with clitics glued on read as an adjective or a noun, and a
noun of two words joined by an article ("un alto el fuego") read as an adjective and a
second object; a locution bounding a number that took the counted people with it
(parse_mending_es_bounds).

"Los estudiantes marcharon por el centro y la policía los dispersó": the model tags
"dispersó" a name (or a noun), "los" its determiner, and hangs the phrase on "marcharon" as
its object, "la policía" a conjunct of "el centro". The dispersal is then no event, the march
gets "los dispersó" as its target and the police as a second place. Only a verb stands right
after an object clitic, and an accented third-person preterite ("-ó", "-aron", "-ieron") is
no noun an article of that form could go with ("los" takes no singular, "lo" no noun at all).
Mended, the word is a finite verb (so the lemmatizer, which runs after, gives its infinitive),
the clitic its object, and a bare noun phrase right before the clitic its subject; where that
phrase was read as a conjunct, the verb is the conjunct of the clause above it, with the
conjunction ("y", "pero") its own.

"El dirigente recorrió los barrios pidiéndoles a los vecinos que marcharan": the model tags
"pidiéndoles" an adjective on "barrios" (or the object of the verb before it, "calma" its
modifier), so no act of asking is read. Only a gerund carries an accent on the vowel before
"-ndo" and a clitic after it ("-ándole", "-iéndoles", "-ándolos"). Mended, the word is a
gerund with its pronouns (so the lemmatizer gives "pedir él"), an adverbial clause of the
verb above it, and the phrases after it that the parser hung on that verb or on the noun it
was read with are its own (a noun read as its modifier its object).

Runs as a spaCy component right after the parser, before the attribute ruler and the
lemmatizer, so everything after sees the mended parse.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from chronicler.annotate.parse_mending_es_bounds import bounded_counts, mend_bounded_counts
from chronicler.annotate.parse_mending_es_verbless import mend_verbless, verbs_read_as_nominals

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Object clitics and the features of each ("los" read as an article has an article's).
_CLITICS = {
    "lo": "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs",
    "la": "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs",
    "los": "Case=Acc|Gender=Masc|Number=Plur|Person=3|PronType=Prs",
    "las": "Case=Acc|Gender=Fem|Number=Plur|Person=3|PronType=Prs",
    "le": "Case=Dat|Number=Sing|Person=3|PronType=Prs",
    "les": "Case=Dat|Number=Plur|Person=3|PronType=Prs",
}
# Third-person preterite endings, with the number they tell.
_PRETERITES = (("ieron", "Plur"), ("aron", "Plur"), ("ió", "Sing"), ("ó", "Sing"))
_NOMINAL = frozenset({"NOUN", "PROPN"})
# First-person plural endings of a threat's consequence: the future ("los atacaremos"), and
# after "o" the present too ("o los matamos"), whose "-amos" a noun may also end in ("los
# reclamos") anywhere else.
_FUTURE_FIRST = re.compile(r"^[a-zñáéíóú]+[aei]remos$")
_PRESENT_FIRST = re.compile(r"^[a-zñáéíóú]+(?:amos|emos|imos)$")


# A gerund with one or two enclitic pronouns ("pidiéndoles", "exigiéndoselo", "yéndose").
_CLITIC_GERUND = re.compile(r"^[a-zñü]+(?:á|ié|yé)ndo(?:me|te|se|nos|os|les?|l[oa]s?){1,2}$")
_GERUND_TAKES = frozenset({"obj", "iobj", "obl", "nmod", "ccomp", "xcomp"})


def misread_clitic_gerunds(doc: Doc) -> list[Token]:
    """Each gerund with clitics the model did not tag a gerund (a verb tagged finite keeps its
    place in the parse), with a verb above it."""
    return [
        t
        for t in doc
        if (t.pos_ in ("ADJ", "NOUN", "PROPN", "ADV") or "VerbForm=Ger" not in str(t.morph))
        and _CLITIC_GERUND.match(t.lower_)
        and _clause_above(t) is not None
    ]


def _complement_clause(gerund: Token, heads: list[int], deps: list[str]) -> None:
    """A "que" right after the gerund opens its complement clause ("pidiéndoles que ayunen"),
    which the parser may read as a relative clause, on the gerund read as an adjective or on
    a noun before it, "que" its subject: the clause becomes the gerund's, "que" its mark."""
    doc = gerund.doc
    que = gerund.i + 1
    if que >= len(doc) or doc[que].lower_ != "que":
        return
    clause = doc[que].head
    if clause.i <= que or clause.pos_ not in ("VERB", "AUX"):
        return
    if deps[clause.i] not in ("acl", "acl:relcl"):
        return
    heads[clause.i], deps[clause.i] = gerund.i, "ccomp"
    deps[que] = "mark"


def _preterite_number(token: Token) -> str | None:
    form = token.lower_
    for ending, number in _PRETERITES:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return number
    return None


def misread_clitic_verbs(doc: Doc) -> list[tuple[Token, Token, str]]:
    """(verb, clitic, number) for each preterite the model read as a noun right after an
    object clitic: lower case (a name is capitalised), a noun or name, not the sentence's
    first word; number "First" for a first-person plural (`_first_plural`)."""
    found = []
    for token in doc:
        if token.pos_ not in _NOMINAL or not token.text[:1].islower() or token.i == 0:
            continue
        clitic = doc[token.i - 1]
        if clitic.lower_ not in _CLITICS or clitic.pos_ not in ("DET", "PRON"):
            continue
        if clitic.is_sent_start:
            continue
        number = _preterite_number(token)
        if number is not None:
            found.append((token, clitic, number))
        elif _first_plural(token, clitic):
            found.append((token, clitic, "First"))
    return found


def _first_plural(token: Token, clitic: Token) -> bool:
    """A first-person plural verb after an object clitic ("o los atacaremos", "o los
    matamos a todos"): the future anywhere, the present only after "o" (v5)."""
    if _FUTURE_FIRST.match(token.lower_):
        return True
    before = token.doc[clitic.i - 1] if clitic.i > 0 else None
    return bool(_PRESENT_FIRST.match(token.lower_)) and before is not None and before.lower_ == "o"


def _subject_before(clitic: Token) -> Token | None:
    """The bare noun phrase ending right before the clitic ("la policía"): a noun or name
    with no preposition of its own."""
    if clitic.i == 0:
        return None
    word = clitic.doc[clitic.i - 1]
    if word.pos_ not in _NOMINAL or any(c.dep_ == "case" for c in word.children):
        return None
    return word


def _clause_above(token: Token) -> Token | None:
    """The nearest verb above a token (the clause its phrase is in)."""
    head = token.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


# Nouns of two words joined by an article ("alto el fuego", "alto al fuego": a ceasefire),
# which the model splits into an adjective and a second object.
_ARTICLE_NOUNS = frozenset({("alto", "fuego")})
_JOINING_ARTICLES = frozenset({"el", "al"})


def split_article_nouns(doc: Doc) -> list[tuple[Token, Token]]:
    """Each noun of two words joined by an article (`_ARTICLE_NOUNS`) whose second word the
    parser did not hang on the first as its modifier: "firmaron un alto el fuego" ("alto" an
    adjective object, "fuego" a second object; 1.155.0)."""
    return [
        (t, doc[t.i + 2])
        for t in doc[:-2]
        if doc[t.i + 1].lower_ in _JOINING_ARTICLES
        and (t.lower_, doc[t.i + 2].lower_) in _ARTICLE_NOUNS
        and (doc[t.i + 2].head.i != t.i or doc[t.i + 2].dep_ != "nmod")
    ]


def mend_parse_es(doc: Doc) -> Doc:
    """The doc with each preterite misread after an object clitic, each gerund with clitics
    and each noun of two words joined by an article mended (pure on the doc's parse)."""
    from spacy.attrs import DEP, HEAD

    found = misread_clitic_verbs(doc)
    gerunds = misread_clitic_gerunds(doc)
    joined = split_article_nouns(doc)
    verbless = verbs_read_as_nominals(doc)
    bounded = bounded_counts(doc)
    if not found and not gerunds and not joined and not verbless and not bounded:
        return doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    mend_verbless(verbless, heads, deps)  # "Policía palestina mata a diez manifestantes"
    mend_bounded_counts(bounded, heads, deps)  # "detuvo a cuando menos quince estudiantes"
    for first, second in joined:
        # "un alto el fuego": the second word the first's modifier, the first the noun
        heads[second.i], deps[second.i] = first.i, "nmod"
        if heads[first.i] == second.i:
            heads[first.i], deps[first.i] = second.head.i, second.dep_
    for gerund in (g for g in gerunds if g.pos_ not in ("VERB", "AUX")):
        above = _clause_above(gerund)
        assert above is not None
        old_head = gerund.head
        for c in gerund.children:
            if c.dep_ == "amod" and c.pos_ in _NOMINAL:
                deps[c.i] = "obj"  # ("pidiéndoles calma": "calma" read as its modifier)
            elif c.dep_ == "nmod":
                deps[c.i] = "obl"  # (a verb's phrase, no noun's)
        for c in (*above.children, *old_head.children):
            if c.i > gerund.i and c.dep_ in _GERUND_TAKES and heads[c.i] != gerund.i:
                heads[c.i] = gerund.i
                deps[c.i] = "obl" if c.dep_ == "nmod" else c.dep_
        heads[gerund.i], deps[gerund.i] = above.i, "advcl"
        _complement_clause(gerund, heads, deps)
    for verb, clitic, number in found:
        heads[clitic.i], deps[clitic.i] = verb.i, "iobj" if clitic.lower_[:2] == "le" else "obj"
        if number == "First":
            continue  # ("we": no noun before the clitic is its subject)
        subject = _subject_before(clitic)
        if subject is None or subject.head.i == verb.i:
            continue
        if subject.dep_ != "conj":
            continue  # (a subject read as another verb's is left to that verb)
        above = _clause_above(subject)
        if above is None or above.i > verb.i:
            continue
        for child in subject.children:
            if child.dep_ == "cc":  # "y", "pero": the clause's conjunction
                heads[child.i] = verb.i
        heads[subject.i], deps[subject.i] = verb.i, "nsubj"
        heads[verb.i], deps[verb.i] = above.i, "conj"
    array: Any = doc.to_array([HEAD, DEP])  # (spaCy's stubs type it as floats)
    strings = doc.vocab.strings
    for i in range(len(doc)):
        array[i, 0] = (heads[i] - i) % (1 << 64)  # HEAD is an offset, stored unsigned
        array[i, 1] = strings.add(deps[i])
    doc.from_array([HEAD, DEP], array)
    for reading in verbless:
        reading.verb.pos_ = "VERB"
        as_verb: Any = reading.verb  # (spaCy's stubs lack Token.set_morph)
        as_verb.set_morph(f"Mood=Ind|Number={reading.number}|Person=3|Tense=Pres|VerbForm=Fin")
    for first, _ in joined:
        first.pos_ = "NOUN"
        as_noun: Any = first  # (spaCy's stubs lack Token.set_morph)
        as_noun.set_morph("Gender=Masc|Number=Sing")
    for gerund in gerunds:
        gerund.pos_ = "VERB"
        as_gerund: Any = gerund  # (spaCy's stubs lack Token.set_morph)
        as_gerund.set_morph("PronType=Prs|VerbForm=Ger")
    for verb, clitic, number in found:
        verb.pos_ = "VERB"
        clitic.pos_ = "PRON"
        # (spaCy's stubs lack Token.set_morph)
        as_any: Any = verb
        if number == "First":
            tense = "Fut" if _FUTURE_FIRST.match(verb.lower_) else "Pres"
            as_any.set_morph(f"Mood=Ind|Number=Plur|Person=1|Tense={tense}|VerbForm=Fin")
        else:
            as_any.set_morph(f"Mood=Ind|Number={number}|Person=3|Tense=Past|VerbForm=Fin")
        as_any = clitic
        as_any.set_morph(_CLITICS[clitic.lower_])
    return doc
