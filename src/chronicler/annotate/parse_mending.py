"""Mend one parse the small English model gets wrong: a predicate read as a noun phrase.

"Myanmar's military seized power on Monday": the model tags "military" an adjective and
hangs "seized" (a past tense, VBD) as a modifier on "power", which becomes the root of a
sentence with no verb (or an apposition of a dateline it made the root, "YANGON, Myanmar
(AP) — ..."). Every event read from that sentence then has no actor. Where such a noun has
no subject and a past-tense verb modifies it from right before it, the verb is the
predicate: the word before it, with what modifies it, is its subject ("Myanmar's
military"), the noun its object ("power"), and the noun's clause-level dependents after it
(its prepositions, participles, punctuation) and the dateline hang on the verb.

A second misparse: a reporting clause closing a sentence after a comma ("The ministry ignored
the complaints, an opposition party protested on Friday") is hung on the clause it reports,
as a clause of it or as a participle on its last noun ("..., a rights group charged
yesterday"), so the speaker becomes that clause's target or nobody. Mended, the reporting verb
is the root, the noun phrase before it its subject, and the reported clause its complement:
the shape the parser itself gives "..., the union complained on Tuesday".

A third: a hyphenated noun the tokenizer splits ("co-workers": "co", "-", "workers") whose
three parts the parser hangs side by side on one head with one dependency, so an act's
target comes out in three pieces. Mended, the first part is a compound and the dash the
punctuation of the last part, which takes the first part's dependents ("his co-workers").

A fourth: an age told as a person ("The 10-year-old was shot", "police arrested a
16-year-old"), its "old" tagged an adjective though it heads a noun phrase (a subject, an
object, a preposition's object), so the act has no one it was done to. Mended, "old" is a
noun (NN): the phrase is the person the act names.

A fifth: a name followed by its age with the comma after the age left out ("Andrew Lopez,
20 was found guilty"), which the parser reads as the number being the subject and the name
a modifier of the verb, so the act has no one it was done to. Mended, the name is the
subject and the age its apposition, as with both commas ("Andrew Lopez, 20, was ...").

A sixth: a subject with a participle on it before a passive ("A deputy interviewing a woman
was fatally shot", "Two officers patrolling the area were attacked"), which the parser reads as
a clausal subject, the participle heading it and the noun the participle's own subject, so the
act has no one it was done to. Mended, the noun is the verb's subject and the participle a
modifier of it, the shape the parser itself gives "A soldier guarding the checkpoint was
killed".

A seventh: a name conjoined after the age set off after another name ("arrested Peter Jones,
45, and Mary Jones, 43"), which the parser hangs on the verb as a conjunct, so the second
person is lost. Mended, it is the first name's conjunct.

An eighth: a headline's bare present of launching ("Police fire tear gas at students") read
as a noun modifying the missile, the sentence with no verb. Mended, the launch is the verb,
the word before it its subject, the missile its object with the "at"/"on" phrase on the verb
(`headline_launch_verbs` in the event vocabulary).

A ninth: an age before a participle of accusing or the like ("The 16-year-old accused of
firing the shots appeared in court"), which the parser reads as a noun phrase headed by the
participle, the age its adjective, so the act has neither its doer nor the one accused.
Mended, "old" is the noun heading the phrase (with the determiner) and the participle a
modifier of it, the shape the parser gives "The man accused of firing the shots".

A tenth: the main verb after a subject with a relative clause on it ("The teacher who saw the
boy says he hit him") read as a second relative clause of the subject, its own subject the
relative clause's object ("the boy says"), the sentence with a noun for its root: the reporter
becomes the boy. Mended, the verb is the root, the noun its subject, and the noun before it
the object of the relative clause, the shape the parser gives "The guard who arrested the boy
says he hit him".

An eleventh: the "for" of a noun of asking that a verb takes as its object ("renewed their calls
for the release of the prisoners", "made a plea for the release of the hostages"), which the
parser hangs on the verb, so the call asks for nothing and what it asks for reads as done.
Mended, the "for" phrase is the noun's, as the parser itself hangs "called for the release"
and "issued a call for the release" (`asking_object_nouns` in the event vocabulary; not a
span of time, "renewed their calls for two years").

A twelfth: a noun with a bound prefix set off by a dash ("Lopez and his co - defendant were
arrested", as tokenised text writes "co-defendant") whose prefix the parser hangs apart, as a
conjunct of the name before it, and the name on the noun, so the name is no one's subject.
Mended, the prefix is the noun's compound and the noun takes the prefix's place (the name's
conjunct), the name the noun's (the passive's subject), the shape the parser gives
"Lopez and his co-defendant".

A thirteenth: a noun after "and" that the parser made a compound of the word before the "and"
("Lopez and his co-defendant were arrested", with "Lopez" tagged an adjective: "defendant" a
compound of "Lopez"), so the two are one party. A compound stands before its head in English;
one after it, past a "cc" of that head, is the head's conjunct. Mended, it is.

A fourteenth: a plan's act with its object before a verb telling the plan done ("the plot to
assassinate the governor succeeded", "the plan to raid the base was carried out by special
forces"), which the parser reads as a clause of the act, the object its subject ("the governor
succeeded"), so the plan is told done of nothing and the act loses its object. Mended, the
telling verb takes the plan noun's place, the noun its subject and the object the act's
(`achieved_plan_nouns` and `plan_done_verbs` of the modality cues).

A fifteenth: a gerund opening a clause ("Shelling destroyed the hospital", "Russian shelling
damaged it") that the parser hangs as an auxiliary on the finite verb right after it, so the
verb has no subject and the attack no word. Mended, the gerund is a noun, the verb's subject.

A sixteenth: a noun after "and" that the parser hung as a conjunct of the verb whose object
comes right before the "and" ("Police arrested Smith and two anti-government protesters",
"anti - government" as tokenised text writes it), so the second party is lost. Mended, it is
the object's conjunct, the shape the parser gives "arrested Smith and two protesters".

A seventeenth: an adjective right before a noun subject that the parser makes a second subject
of the same verb ("Heavy shelling destroyed the hospital": "Heavy" a subject), so the
adjective comes out a party to the act. Mended, it modifies the noun.
An eighteenth: a reporting clause set off by commas between a subject and its verb ("The
shooters, said sheriff's Sgt. Tom Smith, fired ten rounds") read with the speaker as the verb's
subject. Mended, the subject is the verb's and the speaker the reporting verb's, whose
complement the verb is (parse_mending_reports.reports_inside_clauses). A "that" the tagger reads
as a complementizer made the object of the clause it opens on a noun ("Police assertions that
Jones fired"): mended, it is the clause's mark, the clause the noun's content.
A nineteenth: a subject's reduced relative read as the sentence's verb ("The activists
imprisoned last year were freed": the activists the jailers). Mended, the participle modifies
the noun, the subject of the verb after it (parse_mending_parties). A twentieth: a question's
subject hung as a compound on its verb ("Whom did the police arrest?"): mended, the subject.
A twenty-first: a question's fronted phrase made a second subject ("Which activists did the
army detain?": the activists the detainers); mended, the verb's object. A twenty-second: the
subject of a reported clause with no "that" hung on the reporting verb as its object
("Eleftherotypia warned young Greeks would rise up": the Greeks warned, the rising the
paper's); mended, the clause's subject (parse_mending_reports.subjects_read_as_objects). A
twenty-third: a name before a bare verb a verb of helping, letting or making takes, hung on the
bare verb as a compound ("Felt helped Woodward link Hunt to the break-in"); mended, its subject.
A twenty-fourth: a question's bare verb read as the object noun of its "do", with the subject
after "do" as that noun's compound ("Which leaders did the government arrest?": no one
arrested); mended, the verb the root, the subject its own, the fronted phrase its object
(parse_mending_parties.question_verbs_read_as_nouns).
A twenty-fifth: a headline's participle without "was" read as a past tense ("Nominee praised
for her commitment": the nominee the praiser), and a verb after "and" hung on the object noun
before it ("take the crew hostage and demand a ransom"): mended, a passive and the conjunct of
the verb taking the noun (parse_mending_headlines).
A twenty-sixth: an object relative without "that" on the opening subject ("The general the
rebels captured was released"): mended (parse_mending_contact_relatives).

Runs as a spaCy component right after the parser (the attribute ruler then maps the mended
tags), so entities, events and everything after see the mended parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chronicler.annotate.datelines import dateline_dash
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_vocab import load_vocab
from chronicler.annotate.parse_mending_ages import (
    age_nouns,
    ages_before_participles,
    ages_read_as_subjects,
    names_after_ages,
)
from chronicler.annotate.parse_mending_contact_relatives import (
    contact_relatives,
    mend_contact_relatives,
)
from chronicler.annotate.parse_mending_detectors import (
    CLAUSAL_SUBJECTS,
    NOUN_TAGS,
    asking_fors,
    compounds_after_cc,
    headline_launches,
    participle_subjects,
    past_stems,
    plans_told_done,
    prefixes_hung_apart,
    split_hyphenated,
    verbs_read_as_relatives,
)
from chronicler.annotate.parse_mending_headlines import (
    headline_passives,
    past_verbs_read_as_nouns,
    small_clause_passives,
    subjects_hung_as_conjuncts,
    verbs_conjoined_on_objects,
)
from chronicler.annotate.parse_mending_motion_roots import (
    mend_motion_roots,
    motion_verbs_read_as_participles,
)
from chronicler.annotate.parse_mending_object_relatives import object_relatives_read_as_clauses
from chronicler.annotate.parse_mending_parties import (
    adjectives_read_as_subjects,
    bare_conjuncts_on_finite,
    gerunds_read_as_auxiliaries,
    infinitives_off_causers,
    objects_conjoined_on_verbs,
    participles_on_foiled_acts,
    question_objects_read_as_subjects,
    question_verbs_read_as_nouns,
    reduced_relatives_read_as_predicates,
    subjects_read_as_compounds,
    subjects_read_as_compounds_of_bare_verbs,
)
from chronicler.annotate.parse_mending_plan_gerunds import (
    mend_plan_gerunds,
    plan_gerunds_read_as_compounds,
)
from chronicler.annotate.parse_mending_report_occasions import report_occasions_on_reported_clauses
from chronicler.annotate.parse_mending_reports import (
    complementizers_read_as_objects,
    mend_reports_inside,
    reports_inside_clauses,
    subjects_read_as_objects,
    trailing_report,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Dependents of the misread root noun, after it, that belong to the clause, not the noun:
# "seized power [on Monday] [in a coup][,] [detaining ...][.]"
_CLAUSE_DEPS = frozenset({"prep", "acl", "advcl", "punct", "npadvmod", "advmod", "dep"})
# How the word before the verb may hang on the noun: as its modifier.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# Verbs of saying and of voicing a complaint, which the parser may tag as participles after
# a noun ("a group protested here"); a finite form (VBD, VBZ) needs no list.
_REPORTING_LEMMAS = REPORTING_VERBS | frozenset(
    {"protest", "complain", "charge", "warn", "accuse", "counter", "reply", "respond",
     "admit", "acknowledge", "concede", "contend", "emphasize", "emphasise", "urge", "demand",
     "announce"}
)  # fmt: skip


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
    if root.tag_ not in NOUN_TAGS or any(c.dep_.startswith("nsubj") for c in root.children):
        return None
    if root.i < sent.start + 2:
        return None
    verb, subject = root.doc[root.i - 1], root.doc[root.i - 2]
    if verb.tag_ != "VBD" or verb.dep_ != "amod" or verb.head.i != root.i:
        return None
    if subject.head.i != root.i or subject.dep_ not in _MODIFIER_DEPS:
        return None
    # (the attribute ruler has not yet mapped tags to parts of speech: tags are read)
    if subject.tag_ not in NOUN_TAGS | {"JJ"} or not subject.is_lower:
        return None  # "Myanmar's military"; not a name ("Biden seized ...", left alone)
    return subject, verb, root


def _reporting_form(verb: Token) -> bool:
    """A past participle's form is one of a verb of saying (the lemmatizer has not run yet):
    "protested", "charged", "said"."""
    return bool(past_stems(verb) & _REPORTING_LEMMAS)


def _says(verb: Token) -> bool:
    """A verb of saying, in the past or the present ("said", "says")."""
    return _reporting_form(verb) or verb.lower_[:-1] in _REPORTING_LEMMAS


def _causing_form(verb: Token) -> bool:
    """A form of a causing verb (modality `causing_verbs`: "led", "drives", "forced"; the
    lemmatizer has not run yet)."""
    word = verb.lower_
    forms = past_stems(verb) | {word, word[:-1], word[:-2]}
    return bool(forms & load_vocab().modality.causing_verbs)


def mend_parse(doc: Doc) -> Doc:
    """The doc with each misread predicate and trailing reporting clause mended (pure on
    the doc's parse)."""
    from spacy.attrs import DEP, HEAD, TAG

    found = [m for s in doc.sents if (m := _misread_predicate(s)) is not None]
    reports = [r for s in doc.sents if (r := trailing_report(s, _reporting_form)) is not None]
    hyphenated = [h for s in doc.sents for h in split_hyphenated(s)]
    ages = [t for s in doc.sents for t in age_nouns(s)]
    aged = [a for s in doc.sents for a in ages_read_as_subjects(s)]
    participles = [p for s in doc.sents for p in participle_subjects(s)]
    conjoined = [c for s in doc.sents for c in names_after_ages(s)]
    launches = [m for s in doc.sents if (m := headline_launches(s)) is not None]
    aged_participles = [p for s in doc.sents for p in ages_before_participles(s)]
    relatives = [r for s in doc.sents if (r := verbs_read_as_relatives(s)) is not None]
    asking = [a for s in doc.sents for a in asking_fors(s)]
    joined = {dash.i for _, dash, _ in hyphenated}  # "co-workers" side by side: mended there
    prefixed = [p for s in doc.sents for p in prefixes_hung_apart(s) if p[1].i not in joined]
    late_compounds = [t for s in doc.sents for t in compounds_after_cc(s)]
    plans = [p for s in doc.sents for p in plans_told_done(s)]
    gerunds = [t for s in doc.sents for t in gerunds_read_as_auxiliaries(s)]
    objects = [o for s in doc.sents for o in objects_conjoined_on_verbs(s)]
    adjectives = [a for s in doc.sents for a in adjectives_read_as_subjects(s)]
    asked = [n for s in doc.sents for n in subjects_read_as_compounds(s)]
    bare = [b for s in doc.sents for b in bare_conjuncts_on_finite(s)]
    caused = [c for s in doc.sents for c in infinitives_off_causers(s, _causing_form)]
    inside = [r for s in doc.sents for r in reports_inside_clauses(s, _says)]
    claims = load_vocab().modality.alleging_nouns | load_vocab().words("statement_content_nouns")
    inside_marks = [t for s in doc.sents for t in complementizers_read_as_objects(s, claims)]
    reduced = [r for s in doc.sents for r in reduced_relatives_read_as_predicates(s)]
    on_objects_reduced = [r for s in doc.sents for r in object_relatives_read_as_clauses(s)]
    spoken_in = load_vocab().words("report_occasion_nouns")
    occasions = [o for s in doc.sents for o in report_occasions_on_reported_clauses(s, spoken_in)]
    read_as_objects = [o for s in doc.sents for o in subjects_read_as_objects(s, _says)]
    fronted = [q for s in doc.sents for q in question_objects_read_as_subjects(s)]
    helped = [n for s in doc.sents for n in subjects_read_as_compounds_of_bare_verbs(s)]
    noun_verbs = [q for s in doc.sents for q in question_verbs_read_as_nouns(s)]
    passive_verbs = load_vocab().words("headline_passive_verbs")
    headlines = [h for s in doc.sents for h in headline_passives(s, passive_verbs)]
    takers = load_vocab().words("small_clause_verbs")  # "want to see X punished": X is
    headlines += [h for s in doc.sents for h in small_clause_passives(s, passive_verbs, takers)]
    foiling, taking = load_vocab().modality.foiling_verbs, load_vocab().words("foiler_takings")
    foilers = [p for s in doc.sents for p in participles_on_foiled_acts(s, foiling, taking)]
    on_objects = [v for s in doc.sents for v in verbs_conjoined_on_objects(s)]
    past_nouns = [t for s in doc.sents for t in past_verbs_read_as_nouns(s)]
    conjoined_subjects = [c for s in doc.sents for c in subjects_hung_as_conjuncts(s)]
    contacts = [c for s in doc.sents for c in contact_relatives(s)]  # "The general they took"
    plan_gerunds = [p for s in doc.sents for p in plan_gerunds_read_as_compounds(s)]
    moving = load_vocab().words("motion_root_verbs")  # "Israeli forces charged into X"
    motions = [m for s in doc.sents for m in motion_verbs_read_as_participles(s, moving)]
    mends = (
        found,
        reports,
        hyphenated,
        ages,
        aged,
        participles,
        conjoined,
        launches,
        objects,
        inside,
        inside_marks,
    )
    if not any(
        (
            *mends,
            aged_participles,
            relatives,
            asking,
            prefixed,
            late_compounds,
            plans,
            gerunds,
            adjectives,
            asked,
            bare,
            caused,
            reduced,
            on_objects_reduced,
            occasions,
            read_as_objects,
            fronted,
            helped,
            noun_verbs,
            headlines,
            on_objects,
            past_nouns,
            conjoined_subjects,
            foilers,
            contacts,
            plan_gerunds,
            motions,
        )
    ):
        return doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    tags = [t.tag_ for t in doc]
    for first, dash, last in hyphenated:  # one noun: "co-workers" with "his" on "workers"
        for c in first.children:
            heads[c.i] = last.i
        heads[first.i], deps[first.i], tags[first.i] = last.i, "compound", "NN"
        heads[dash.i], deps[dash.i], tags[dash.i] = last.i, "punct", "HYPH"
    for obj, cc, noun in objects:  # "arrested Smith and two anti-government protesters"
        heads[cc.i], heads[noun.i] = obj.i, obj.i
    for gerund in gerunds:  # "Shelling destroyed the hospital": the shelling did
        deps[gerund.i], tags[gerund.i] = "nsubj", "NN"
    for noun in late_compounds:  # "Lopez and his co-defendant": two parties
        deps[noun.i] = "conj"
    for first, dash, last in prefixed:  # "Lopez and his co - defendant": one noun, a conjunct
        old_head, old_dep = heads[last.i], deps[last.i]
        new_head = first.head.i
        for c in first.children:
            heads[c.i] = last.i  # "his"
        heads[last.i], deps[last.i] = new_head, first.dep_
        if heads[new_head] == last.i:  # "Lopez", hung on the noun: takes the noun's place
            heads[new_head], deps[new_head] = old_head, old_dep
        heads[first.i], deps[first.i], tags[first.i] = last.i, "compound", "NN"
        heads[dash.i], deps[dash.i], tags[dash.i] = last.i, "punct", "HYPH"
    for part, verb in foilers:  # "foiled a pirate attack capturing 26 brigands": the foiler
        heads[part.i], deps[part.i] = verb.i, "advcl"
    for verb in caused:  # "what led the teenager to shoot the guard": the one led shoots
        if deps[verb.i] == "relcl":  # "led the young man to attack": hung on "man"
            heads[verb.i] = verb.head.head.i
        deps[verb.i] = "xcomp"
    mend_reports_inside(inside, heads, deps)  # "The shooters, said Sgt. X, fired": they did
    mend_plan_gerunds(plan_gerunds, heads, deps, tags)  # "confessed to planning attacks"
    mend_motion_roots(motions, heads, deps, tags)  # "Israeli forces charged into X": they did
    for that in inside_marks:  # "assertions that Jones fired": the content's mark
        deps[that.i], deps[that.head.i] = "mark", "acl"
    for noun, verb, predicate in reduced:  # "The activists imprisoned last year were freed"
        for c in verb.children:
            if c.i > predicate.left_edge.i and c.i != predicate.i:
                heads[c.i] = predicate.i  # the closing punctuation
        passive = any(c.dep_ == "auxpass" for c in predicate.children)
        heads[predicate.i], deps[predicate.i] = predicate.i, "ROOT"
        heads[noun.i], deps[noun.i] = predicate.i, "nsubjpass" if passive else "nsubj"
        heads[verb.i], deps[verb.i], tags[verb.i] = noun.i, "acl", "VBN"
    for comma, prep, says in occasions:  # "said X remains ..., in calls with Y": the sayer's
        heads[comma.i], heads[prep.i] = says.i, says.i
    for noun, verb in on_objects_reduced:  # "the commission set up to investigate": its own
        heads[verb.i], deps[verb.i], tags[verb.i] = noun.i, "acl", "VBN"
    for subject, verb in headlines:  # "Nominee praised for her commitment": she is praised
        deps[subject.i], tags[verb.i] = "nsubjpass", "VBN"
    for verb, taker in on_objects:  # "take the crew hostage and demand a ransom": they demand
        for c in verb.head.children:
            if c.dep_ == "cc" and verb.head.i < c.i < verb.i:
                heads[c.i] = taker.i
        heads[verb.i] = taker.i
    for root in past_nouns:  # "a gunman shot and wounded three people": the gunman shot
        tags[root.i] = "VBD"
    for noun, cc, verb in conjoined_subjects:  # "... and Vincent Jackson was arrested": he is
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        heads[noun.i], deps[noun.i] = verb.i, "nsubjpass" if passive else "nsubj"
        heads[cc.i] = verb.head.i
    for noun in helped:  # "Felt helped Woodward link Hunt to the break-in": Woodward links
        deps[noun.i] = "nsubj"
    for phrase, verb in fronted:  # "Which activists did the army detain?": they are detained
        heads[phrase.i], deps[phrase.i] = verb.i, "dobj"
    for phrase, does, subject, verb in noun_verbs:  # "Which leaders did the government
        for c in does.children:  # arrest?": the government arrests them
            heads[c.i] = verb.i
        for c in verb.children:
            if c.dep_ == "det":
                heads[c.i] = subject.i  # "the government"
        heads[verb.i], deps[verb.i], tags[verb.i] = verb.i, "ROOT", "VB"
        heads[does.i], deps[does.i] = verb.i, "aux"
        heads[subject.i], deps[subject.i] = verb.i, "nsubj"
        heads[phrase.i], deps[phrase.i] = verb.i, "dobj"
    for noun, clause in read_as_objects:  # "warned young Greeks would rise up": they rise
        heads[noun.i], deps[noun.i] = clause.i, "nsubj"
    for verb, before in bare:  # "did not fire the gun and kill the guard": his client kills
        heads[verb.i] = before.i
    for noun in asked:  # "Whom did the police arrest?": the police arrest, "whom" the object
        deps[noun.i] = "nsubj"
        for c in doc[noun.sent.start : noun.i]:
            if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT"):
                heads[c.i], deps[c.i] = noun.head.i, "dobj"
    for adjective in adjectives:  # "Heavy shelling destroyed the hospital": heavy shelling
        heads[adjective.i], deps[adjective.i] = adjective.i + 1, "amod"
    for noun, act, told, obj in plans:  # "the plot to kill the governor succeeded"
        for c in noun.children:
            if c.i > told.i:
                heads[c.i] = told.i  # the closing punctuation
        if noun.dep_ == "ROOT":
            heads[told.i], deps[told.i] = told.i, "ROOT"
        else:
            heads[told.i], deps[told.i] = noun.head.i, "ccomp"
        passive = any(c.dep_ == "auxpass" for c in told.children)
        heads[noun.i], deps[noun.i] = told.i, "nsubjpass" if passive else "nsubj"
        heads[obj.i], deps[obj.i] = act.i, "dobj"
    for noun, prep in asking:  # "renewed their calls for the release": the calls' "for"
        heads[prep.i] = noun.i
    for age in ages:  # "The 10-year-old was shot": the person the phrase names
        tags[age.i] = "NN"
    for old, part in aged_participles:  # "The 16-year-old accused of firing": the person
        for c in part.children:
            if c.i < old.i:
                heads[c.i] = old.i  # the determiner
        heads[old.i], deps[old.i], tags[old.i] = part.head.i, deps[part.i], "NN"
        heads[part.i], deps[part.i], tags[part.i] = old.i, "acl", "VBN"
    for noun, relative, verb, obj in relatives:  # "The teacher who saw the boy says": the
        for c in noun.children:  # teacher says, the boy seen
            if c.i > verb.i:
                heads[c.i] = verb.i
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[noun.i], deps[noun.i] = verb.i, "nsubj"
        heads[obj.i], deps[obj.i] = relative.i, "dobj"
    for name, age in aged:  # "Andrew Lopez, 20 was found guilty": Lopez, aged 20
        heads[name.i], deps[name.i] = age.head.i, deps[age.i]
        heads[age.i], deps[age.i] = name.i, "appos"
        heads[age.i - 1], deps[age.i - 1] = name.i, "punct"
    for subject, verb, obj in launches:  # "Police fire tear gas at students": police fire
        for t in doc[obj.sent.start : subject.i]:
            if heads[t.i] not in range(obj.sent.start, subject.i):
                heads[t.i] = subject.i  # "Israeli troops": the subject's own modifiers
        for c in obj.children:
            if c.i > obj.i and (c.dep_ == "punct" or (c.dep_ == "prep" and c.i == obj.i + 1)):
                heads[c.i] = verb.i
        heads[subject.i], deps[subject.i] = verb.i, "nsubj"
        heads[verb.i], deps[verb.i], tags[verb.i] = verb.i, "ROOT", "VBP"
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
    for first, cc, name in conjoined:  # "Peter Jones, 45, and Mary Jones, 43": two names
        heads[cc.i] = first.i
        heads[name.i] = first.i
    for noun, part in participles:  # "A deputy interviewing a woman was shot": the deputy
        heads[noun.i], deps[noun.i] = part.head.i, CLAUSAL_SUBJECTS[part.dep_]
        heads[part.i], deps[part.i] = noun.i, "acl"
    for speaker, verb, reported, comma in reports:
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[reported.i], deps[reported.i] = verb.i, "ccomp"
        heads[speaker.i], deps[speaker.i] = verb.i, "nsubj"
        heads[comma.i], deps[comma.i] = verb.i, "punct"
        last = doc[verb.sent.end - 1]
        if last.is_punct and last.head.i == reported.i:
            heads[last.i] = verb.i
        if tags[verb.i] == "VBN":
            tags[verb.i] = "VBD"  # "a group protested here": the group's own verb
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
        if tags[subject.i] not in NOUN_TAGS:
            tags[subject.i] = "NN"  # "military" the adjective is the noun
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
    mend_contact_relatives(contacts, heads, deps, tags)  # "The general the rebels captured"
    array: Any = doc.to_array([HEAD, DEP, TAG])  # (spaCy's stubs type it as floats)
    strings = doc.vocab.strings
    for i in range(len(doc)):
        array[i, 0] = (heads[i] - i) % (1 << 64)  # HEAD is an offset, stored unsigned
        array[i, 1] = strings.add(deps[i])
        array[i, 2] = strings.add(tags[i])
    doc.from_array([HEAD, DEP, TAG], array)
    return doc
