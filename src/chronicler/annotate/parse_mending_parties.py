"""Parse mends of a clause's parties the small English model misplaces: a gerund subject
read as an auxiliary ("Shelling destroyed the hospital"), a second object hung on the verb
("arrested Smith and two anti-government protesters") and an adjective made a subject beside
its noun ("Heavy shelling destroyed the hospital"), and a question's subject hung as a compound
on its verb ("Whom did the police arrest?"), or on its verb read as a noun ("Which leaders did
the government arrest?"), and a foiler's participle hung on the act foiled ("foiled a pirate
attack on Friday capturing 26 brigands": the foiler captures). Detectors only; parse_mending applies
them (split from parse_mending, which holds the component and its docstring's list)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def gerunds_read_as_auxiliaries(sent: Span) -> list[Token]:
    """Each gerund the parser hung as an auxiliary on the finite verb right after it, which
    has no subject ("Shelling destroyed the hospital", "Russian shelling damaged it"): the
    gerund is a noun, the verb's subject."""
    return [
        t
        for t in sent
        if t.dep_ == "aux"
        and t.tag_ == "VBG"
        and t.head.i == t.i + 1
        and t.head.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.head.children)
    ]


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSE_ARGS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj"})


def objects_conjoined_on_verbs(sent: Span) -> list[tuple[Token, Token, Token]]:
    """Each (object, "and", noun) of a noun the parser hung as a conjunct of the verb whose
    object comes before the "and" ("arrested Smith and two anti-government protesters":
    "protesters" a conjunct of "arrested"); a second object, the object's conjunct."""
    found = []
    for noun in sent:
        verb = noun.head
        if noun.dep_ != "conj" or noun.tag_ not in ("NN", "NNS") or verb.tag_ not in _FINITE:
            continue  # (a gerund's conjunct may be a clause of its own: "bombing X and Y")
        if any(c.dep_ in _CLAUSE_ARGS for c in noun.children):
            continue  # a noun with an object of its own is read as a verb: no second object
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
        cc = next(
            (c for c in verb.children if c.dep_ == "cc" and obj and obj.i < c.i < noun.i), None
        )
        if obj is not None and cc is not None and cc.i == obj.right_edge.i + 1 == obj.i + 1:
            found.append((obj, cc, noun))
    return found


def adjectives_read_as_subjects(sent: Span) -> list[Token]:
    """Each adjective the parser made a second subject of the verb whose subject is the noun
    right after it ("Heavy shelling destroyed the hospital": "Heavy" a subject beside
    "shelling"): the noun's modifier, no party."""
    return [
        t
        for t in sent[:-1]
        if t.tag_ in ("JJ", "JJR", "JJS")
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.nbor(1).dep_ == t.dep_
        and t.nbor(1).head.i == t.head.i
        and t.nbor(1).tag_ in ("NN", "NNS")
    ]


def bare_conjuncts_on_finite(sent: Span) -> list[tuple[Token, Token]]:
    """Each (bare verb, bare verb before it) of a verb in the bare form with no subject nor
    auxiliary of its own that the parser hung as a conjunct of a finite verb, past a bare
    verb in that verb's clause holding the "and" right before it ("X has a hard task in
    proving that his client did not fire the gun and, in the end, kill the guard": "kill"
    a conjunct of "has", so Kemp's act): a bare verb goes with the bare verb its "and"
    follows (his client's; chronicler_parse_mending_v25)."""
    found = []
    for verb in sent:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ not in _FINITE:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            continue
        bare = [
            t
            for t in sent.doc[head.i + 1 : verb.i]
            if t.tag_ == "VB"
            and head in t.ancestors
            and not any(c.dep_ == "conj" for c in t.children)
            and any(c.dep_ == "cc" and t.i < c.i < verb.i for c in t.children)
        ]
        if bare:
            found.append((verb, bare[-1]))
    return found


def infinitives_off_causers(sent: Span, causing: Callable[[Token], bool]) -> list[Token]:
    """Each "to" infinitive with no subject of its own that the parser hung on a causing
    verb (`causing_verbs`: lead, drive, force, prompt...) as an adverbial clause, or on that
    verb's object as a relative clause, instead of as the verb's complement ("what led the
    teenager to shoot the guard", "Anger led the young man to attack the guard": the one led
    shoots, attacks, was "what" or no one; chronicler_parse_mending_v25)."""
    found = []
    for verb in sent:
        if verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children
        ):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
            continue  # "in order to", "for X to": a purpose of its own
        causer = verb.head.head if verb.dep_ == "relcl" else verb.head
        if verb.dep_ not in ("advcl", "relcl") or not causer.tag_.startswith("VB"):
            continue
        obj = next((c for c in causer.children if c.dep_ == "dobj"), None)
        if obj is None or (verb.dep_ == "relcl" and verb.head.i != obj.i) or not causing(causer):
            continue
        if verb.i - 2 != obj.i:
            continue  # the object's noun right before the infinitive ("led a team of medics
            # to Africa to help victims": a purpose, the team led)
        found.append(verb)
    return found


def subjects_read_as_compounds(sent: Span) -> list[Token]:
    """Each noun right before a bare verb of a question whose "do" comes first that the parser
    hung as a compound on that verb ("Whom did the police arrest?": "police" a compound of
    "arrest", its question word the subject): the verb's subject, the question word its
    object (chronicler_parse_mending_v32)."""
    found = []
    for noun in sent:
        verb = noun.head
        if noun.dep_ != "compound" or noun.tag_ not in _NOUNS or verb.tag_ != "VB":
            continue
        if verb.i != noun.i + 1 or any(c.dep_ == "nsubjpass" for c in verb.children):
            continue
        does = any(c.dep_ == "aux" and c.lower_ in _DO and c.i < noun.i for c in verb.children)
        asks = any(c.tag_ in ("WP", "WDT") and c.i < noun.i for c in verb.subtree)
        other = any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children)
        if does and asks and not other:
            found.append(noun)
    return found


def question_objects_read_as_subjects(sent: Span) -> list[tuple[Token, Token]]:
    """Each fronted question phrase before the "do" of a question that the parser made a
    second subject of the bare verb, beside the subject after "do" ("Which activists did the
    army detain?", "Which journalists did the regime jail?"): (the phrase, the verb), the
    phrase the verb's object (chronicler_parse_mending_v37)."""
    found = []
    for verb in sent:
        if verb.tag_ != "VB":
            continue
        does = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _DO), None)
        if does is None:
            continue
        # (the fronted phrase hung on the verb or on the "do" itself)
        subjects = [c for h in (verb, does) for c in h.children if c.dep_ == "nsubj"]
        before = [c for c in subjects if c.i < does.i]
        after = [c for c in subjects if c.i > does.i]
        if len(before) != 1 or not after:
            continue
        fronted = before[0]
        if fronted.tag_ in _NOUNS and any(t.tag_ in ("WDT", "WP", "WRB") for t in fronted.subtree):
            found.append((fronted, verb))
    return found


_WH_TAGS = frozenset({"WDT", "WP", "WRB", "WP$"})


def question_verbs_read_as_nouns(sent: Span) -> list[tuple[Token, Token, Token, Token]]:
    """Each question whose bare verb the parser read as the object noun of its "do", with the
    subject after "do" as that noun's compound and the fronted question phrase as the subject
    of "do" ("Which leaders did the government arrest?": "arrest" a noun, "government" its
    compound, "leaders" the subject of "did"): (the fronted phrase, "do", the subject, the
    verb), the verb the root with "do" its auxiliary, the subject its own and the phrase its
    object (chronicler_parse_mending_v44). Only a question closing on the verb ("?" next)."""
    found = []
    for does in sent:
        if does.lower_ not in _DO or does.dep_ != "ROOT":
            continue
        fronted = [c for c in does.children if c.dep_ == "nsubj" and c.i < does.i]
        nouns = [c for c in does.children if c.dep_ == "dobj" and c.i > does.i]
        if len(fronted) != 1 or len(nouns) != 1:
            continue
        verb = nouns[0]
        if verb.tag_ != "NN" or verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].text != "?":
            continue
        if not any(t.tag_ in _WH_TAGS for t in fronted[0].subtree):
            continue
        subjects = [c for c in verb.children if c.dep_ == "compound" and c.tag_ in _NOUNS]
        if len(subjects) == 1 and subjects[0].i == verb.i - 1:
            found.append((fronted[0], does, subjects[0], verb))
    return found


# forms of the verbs that take a person and a bare verb ("helped Woodward link", "let the
# prisoners go", "made him sign"; the mend runs before the lemmatizer)
_BARE_VERB_TAKERS = frozenset({"help", "helps", "helped", "helping", "let", "lets", "letting",
                               "make", "makes", "made", "making", "watch", "watched", "saw",
                               "see", "sees", "heard", "hear", "have", "has", "had"})  # fmt: skip


def subjects_read_as_compounds_of_bare_verbs(sent: Span) -> list[Token]:
    """Each noun right before a bare verb that a verb of helping, letting or making takes,
    hung as a compound on that bare verb ("Felt helped Woodward link Hunt to the break-in":
    "Woodward" a compound of "link"): the bare verb's subject, as the parser reads "helped the
    reporter find" (chronicler_parse_mending_v37)."""
    found = []
    for noun in sent:
        verb = noun.head
        if noun.dep_ != "compound" or noun.tag_ not in _NOUNS or verb.tag_ != "VB":
            continue
        if verb.i != noun.i + 1 or verb.dep_ not in ("xcomp", "ccomp"):
            continue
        if verb.head.lower_ not in _BARE_VERB_TAKERS:
            continue
        if not any(c.dep_.startswith("nsubj") for c in verb.children):
            found.append(noun)
    return found


_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_DO = frozenset({"do", "does", "did"})  # (the mend runs before the lemmatizer)
_BE_FORMS = frozenset({"was", "were", "is", "are", "has", "have", "had"})


def reduced_relatives_read_as_predicates(sent: Span) -> list[tuple[Token, Token, Token]]:
    """Each (noun, participle, predicate) of a subject with a past participle on it (a
    reduced relative clause) that the parser read as the sentence's own past-tense verb,
    hanging the real predicate, a verb opening with its auxiliary and with no subject of its
    own, on it as a clause or a conjunct with no "and" between ("The activists imprisoned
    last year were freed on Monday": "imprisoned" the root with "activists" its doer, "freed"
    its complement): the participle modifies the noun, which is the predicate's subject
    (chronicler_parse_mending_v30)."""
    found = []
    for verb in sent:
        if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN"):
            continue
        if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "cc") for c in verb.children):
            continue
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if noun is None or noun.i != verb.i - 1 or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            continue
        predicate = next(
            (c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i > verb.i), None
        )
        if predicate is None or not predicate.tag_.startswith("VB"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in predicate.children):
            continue
        opening = predicate.left_edge
        if opening.dep_ not in ("aux", "auxpass") or opening.lower_ not in _BE_FORMS:
            continue
        if any(t.is_punct for t in sent.doc[verb.i + 1 : opening.i]):
            continue  # "The men fled, were caught": a list of the subject's own acts
        found.append((noun, verb, predicate))
    return found


def _gerund_stems(word: str) -> set[str]:
    """The lemmas a gerund may have (the lemmatizer has not run yet): "capturing" capture,
    "arresting" arrest, "nabbing" nab."""
    if not word.endswith("ing") or len(word) < 6:
        return set()
    stem = word[:-3]
    stems = {stem, stem + "e"}
    if stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # a doubled consonant
    return stems


def participles_on_foiled_acts(
    sent: Span, foiling: frozenset[str], taking: frozenset[str]
) -> list[tuple[Token, Token]]:
    """(participle, foiling verb) of a participle of capture or seizure (`taking`) hung as a
    modifier on the act a verb of foiling (`foiling`, their past forms) takes as its object or
    passive subject ("foiled a pirate attack on Friday capturing 26 brigands"), or on the verb
    as its object's complement: what the foiler did, the verb's adverbial clause, never a part
    of the act foiled nor denied with it."""
    found = []
    for part in sent:
        if part.tag_ != "VBG" or not _gerund_stems(part.lower_) & taking:
            continue
        if part.dep_ == "xcomp":  # hung on the verb as what its object does: the same
            verb = part.head
        elif part.dep_ == "acl" and part.head.dep_ in ("dobj", "nsubjpass"):
            verb = part.head.head
        else:
            continue
        if (part.dep_ == "acl" and verb.i == part.head.i) or verb.i > part.i:
            continue
        word = verb.lower_
        if {word, word[:-1], word[:-2]} & foiling:  # "foiled", "thwarted", "foils"
            found.append((part, verb))
    return found
