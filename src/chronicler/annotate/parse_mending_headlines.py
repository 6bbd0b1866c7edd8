"""Parse mends of a headline's passive without "was" and of a verb hung on an object noun.

A headline tells an act done to someone by the past participle alone ("Nominee praised for her
commitment", "Activist jailed for insulting the president"), which the small English model
reads as a past tense with the one the act is done to as its subject: the nominee praises, the
activist jails. A verb that always takes an object (`headline_passive_verbs` in the event
vocabulary) standing as a sentence's root with a subject, no object, no auxiliary and no clause
of its own is such a passive: its subject is the passive subject, the verb a participle.

A verb after "and" the parser hung as a conjunct of the object noun before it ("pirates take
the crew hostage and demand a ransom": "demand" a conjunct of "hostage"), so the second verb
has no subject. A noun and a verb are no conjuncts: the verb is the conjunct of the verb that
takes the noun, and shares its subject.

A past tense the tagger read as a noun at the root of a sentence whose subject it keeps and
whose verb after "and" it takes as a conjunct ("a gunman shot and wounded three people":
"shot" a noun): it is the verb.

The subject of a clause after "and" that the parser hung as a conjunct of the object or
complement of the clause before, leaving the verb after it with no subject ("football is the
ultimate team game and fellow Charger Vincent Jackson was arrested": Jackson a conjunct of
"game", the arrest the game's): it is that verb's subject.

A passive small clause a verb of seeing or wanting takes, told without "be" ("does not want
to see Kenya and Tanzania punished", "She wanted her attackers jailed"), which the model reads
as a reported clause with the one the act is done to as its subject: the same participle of a
verb that always takes an object, its subject the passive subject (`small_clause_verbs`).

Detectors only; parse_mending applies them (component `chronicler_parse_mending_v62`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Dependents that say the verb is no bare headline participle: an object, an auxiliary, a
# clause it takes, or a passive already.
_OWN_ARGUMENTS = frozenset(
    {
        "dobj",
        "aux",
        "auxpass",
        "nsubjpass",
        "ccomp",
        "xcomp",
        "dative",
        "attr",
        "oprd",
        "prt",
        "conj",
        "expl",
        "csubj",
    }
)
# Prepositions that take an intransitive act's aim ("Police charged at the crowd", "troops
# attacked into the town"): the verb is active.
_AIM_PREPS = frozenset({"at", "into", "toward", "towards", "upon"})
_FINITE_OR_BARE = frozenset({"VB", "VBD", "VBP", "VBZ"})
# Names of days and months: a proper noun after the verb that is none of these is its object
# misparsed ("A jury acquitted Smith": "Smith" an npadvmod), not a headline's time ("Senator
# praised Monday").
_CALENDAR_NAMES = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    }
)  # fmt: skip
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def headline_passives(sent: Span, verbs: frozenset[str]) -> list[tuple[Token, Token]]:
    """(subject, verb) of a headline's passive told without "was": the sentence's root, a past
    form of a verb that always takes an object (`verbs`), with one subject, a noun, before it
    and no object, auxiliary, clause nor aim of its own ("Nominee praised for her commitment",
    "Senator praised by colleagues")."""
    verb = sent.root
    if verb.tag_ not in ("VBD", "VBN") or not past_stems(verb) & verbs:
        return []
    if any(c.dep_ in _OWN_ARGUMENTS for c in verb.children):
        return []
    if any(
        c.dep_ == "npadvmod" and c.tag_ in ("NNP", "NNPS") and c.lower_ not in _CALENDAR_NAMES
        for c in verb.children
        if c.i > verb.i
    ):
        return []  # a name misparsed as a modifier is the verb's object (the lead)
    if any(c.dep_ == "prep" and c.lower_ in _AIM_PREPS for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i > verb.i or subjects[0].tag_ not in _NOUN_TAGS:
        return []
    return [(subjects[0], verb)]


def small_clause_passives(
    sent: Span, verbs: frozenset[str], takers: frozenset[str]
) -> list[tuple[Token, Token]]:
    """(subject, verb) of a passive small clause told without "be": a clause hung on a verb
    of seeing or wanting (`takers`, its forms: "see", "saw", "wanted"), a past form of a verb
    that always takes an object (`verbs`) with one subject, a noun or pronoun, before it and
    no object, auxiliary, mark, clause nor aim of its own ("want to see Kenya and Tanzania
    punished", "wanted her attackers jailed"; not "saw the rebels attacked the base")."""
    found = []
    for verb in sent:
        if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBN"):
            continue
        taker = verb.head.lower_
        if not {taker, taker[:-1], taker[:-2], taker[:-3]} & takers:
            continue
        if not past_stems(verb) & verbs:
            continue
        if any(c.dep_ in _OWN_ARGUMENTS or c.dep_ == "mark" for c in verb.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ in _AIM_PREPS for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].i > verb.i:
            continue
        if subjects[0].tag_ not in _NOUN_TAGS and subjects[0].tag_ != "PRP":
            continue
        found.append((subjects[0], verb))
    return found


def past_stems(verb: Token) -> set[str]:
    """The lemmas a regular past form may have (the lemmatizer has not run yet): "praised"
    praise, "jailed" jail, "kidnapped" kidnap, "carried" carry."""
    word = verb.lower_
    if not word.endswith("ed"):
        return {word}
    stems = {word[:-1], word[:-2], word[:-3] + "y"}
    if len(word) > 4 and word[-3] == word[-4]:
        stems.add(word[:-3])  # a doubled consonant
    return stems


def verbs_conjoined_on_objects(sent: Span) -> list[tuple[Token, Token]]:
    """(verb, verb taking the noun) of a verb with no subject nor auxiliary of its own that the
    parser hung as a conjunct of the object noun of another verb, past the noun's "and"
    ("pirates take the crew hostage and demand a ransom": "demand" on "hostage")."""
    found = []
    for verb in sent:
        noun = verb.head
        # (tags only: the parts of speech are mapped after the parser and this mend)
        if verb.dep_ != "conj" or verb.tag_ not in _FINITE_OR_BARE:
            continue
        if noun.tag_ not in ("NN", "NNS") or noun.dep_ not in ("dobj", "oprd"):
            continue
        taker = noun.head
        if taker.tag_ not in _FINITE_OR_BARE:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            continue
        if any(c.dep_ == "cc" and noun.i < c.i < verb.i for c in noun.children):
            found.append((verb, taker))
    return found


# Past forms of acts that do not end in "-ed" (the lemmatizer has not run yet).
_IRREGULAR_PAST = frozenset(
    {"shot", "hit", "struck", "beat", "fought", "threw", "broke", "took", "stole", "hurt", "slew"}
)


def past_verbs_read_as_nouns(sent: Span) -> list[Token]:
    """The root of the sentence tagged a noun though it is a past form with a subject of its
    own before it and a finite verb after "and" as its conjunct ("a gunman shot and wounded
    three people")."""
    root = sent.root
    if root.tag_ not in ("NN", "NNS"):
        return []
    if not (root.lower_ in _IRREGULAR_PAST or root.lower_.endswith("ed")):
        return []
    if not any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
        return []
    conjoined = [c for c in root.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBN")]
    cc = [c for c in root.children if c.dep_ == "cc"]
    if conjoined and cc and root.i < cc[0].i < conjoined[0].i:
        return [root]
    return []


def subjects_hung_as_conjuncts(sent: Span) -> list[tuple[Token, Token, Token]]:
    """(noun, "and", verb) of a verb after "and" with an auxiliary and no subject, conjoined to
    the verb before it, whose subject the parser hung as a conjunct of that verb's object or
    complement, the noun ending right before the verb's auxiliary ("football is the ultimate
    team game and fellow Charger Vincent Jackson was arrested")."""
    found = []
    for verb in sent:
        if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD", "VBG", "VB"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        if not auxiliaries:
            continue
        noun = sent.doc[auxiliaries[0].i - 1]
        if noun.dep_ != "conj" or noun.tag_ not in _NOUN_TAGS or noun.head.i == verb.i:
            continue
        if noun.head.dep_ not in ("dobj", "attr", "pobj") or noun.head.head.i != verb.head.i:
            continue
        cc = [c for c in noun.head.children if c.dep_ == "cc" and noun.head.i < c.i < noun.i]
        if cc:
            found.append((noun, cc[0], verb))
    return found
