"""Trigger matching: which token of a parsed sentence starts an event, under which rule.

A rule (see data/events/vocab.toml) fires on a lemma for its part of speech or on a
"head child" phrase, subject to conditions on the trigger's object and context words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from chronicler.annotate.events_departures import is_homeland
from chronicler.annotate.events_doer_words import doer_words
from chronicler.annotate.events_mandative import mandative
from chronicler.annotate.events_named_quarry import named_quarry
from chronicler.annotate.events_object_states import described_words
from chronicler.annotate.events_place_objects import named_place, struck_town
from chronicler.annotate.events_spoken_allegations import alleged_wrongs
from chronicler.annotate.events_spoken_demands import demanded_acts
from chronicler.annotate.events_strikes import armed_strike
from chronicler.annotate.events_vocab import NO_EVENT, Rule, Vocab, lemma, load_vocab, word_index
from chronicler.annotate.events_wanted_acts import wanted_act

if TYPE_CHECKING:
    from spacy.tokens import Token

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN"})
ADJ_POS = frozenset({"ADJ"})
# Dependencies through which a preposition's object still counts as "near" the trigger.
_PREP_DEPS = frozenset({"prep", "agent", "dative"})
_AUX_DEPS = frozenset({"aux", "auxpass", "mark"})


def near_words(token: Token) -> Iterable[Token]:
    """Children, and objects of the trigger's prepositions and particles (one level down);
    and an object's apposition, where the small parser hangs an object complement set off by
    an appositive name ("declared Mexico's ambassador, Raquel Serur, persona non grata"), and an
    adjective after the object, its complement hung on it."""
    for child in token.children:
        yield child
        if child.dep_ == "dobj":
            yield from (g for g in child.children if g.dep_ == "appos")
            # an adjective after the object is its complement, which the parser may hang on
            # the object: "held the minister responsible", "kept him incommunicado"
            yield from (g for g in child.children if g.dep_ == "amod" and g.i > child.i)
        if child.dep_ in _PREP_DEPS or child.dep_ == "prt":
            for g in child.children:
                if g.dep_ in ("pobj", "pcomp", "dobj"):
                    yield g
                if g.dep_ == "pcomp":
                    yield from named_by_free_relative(g)
                elif g.dep_ == "prep" and lemma(child) == "out":  # "broke him out of jail"
                    yield from (o for o in g.children if o.dep_ == "pobj")


def named_by_free_relative(verb: Token) -> Iterable[Token]:
    """What a free relative calls the thing it stands for: "(sprung from) what they considered
    an illegal house arrest", "what he described as a prison" name the arrest, the prison."""
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return
    for c in verb.children:
        if c.dep_ in ("oprd", "attr"):
            yield c
        elif c.dep_ == "prep" and c.lower_ == "as":
            yield from (o for o in c.children if o.dep_ == "pobj")


def _gerund_object(tok: Token) -> bool:
    """A gerund the parser read as a direct object ("denied shooting at the officers"): a
    verb complement all the same (roles 1.63.0)."""
    return tok.dep_ == "dobj" and tok.tag_ == "VBG"


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("to free", "to back the plan")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def object_of(token: Token) -> Token | None:
    """The trigger's object: direct object, passive subject, a noun's "of"-object or compound,
    the noun that a reduced relative clause ("a video released by") modifies, or the subject
    a passive infinitive with none of its own is said of ("a deal needs to be struck")."""
    deps = {c.dep_: c for c in token.children}
    if token.pos_ in VERB_POS:
        for dep in ("dobj", "nsubjpass", "attr", "oprd"):
            if dep in deps:
                obj = deps[dep]
                if lemma(obj) in ("that", "which") and token.dep_ == "relcl":
                    return token.head  # "talks that X have been holding"
                return _partitive(obj)
        if token.dep_ == "acl" and token.tag_ == "VBN":
            return token.head
        if token.dep_ == "conj" and "auxpass" in deps and "nsubj" not in deps:
            # "permits are being finalized and should be received": a passive conjunct with
            # no subject of its own is said of its head's (vocabulary 1.275.0)
            shared = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
            if shared is not None:
                return _partitive(shared)
        gap = relative_gap(token)
        if gap is not None:
            return gap
        gap = _infinitive_gap(token)
        if gap is not None:
            return _partitive(gap)
        if token.dep_ == "xcomp" and token.tag_ == "VBN":  # "had him arrested"
            controller = next((c for c in token.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller
            if "auxpass" in deps:  # "a deal needs to be struck": the subject it is said of
                return next(
                    (c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
                )
        return None
    for child in token.children:
        if child.dep_ == "prep" and lemma(child) == "of":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return next((c for c in token.children if c.dep_ == "compound"), None)


_OCCASION_NOUNS = frozenset({"time", "occasion"})
# (and occasions counted: "warning shots were fired on several occasions" fires on no one;
# vocabulary 1.421.1)
_OCCASION_MARKS = frozenset(
    {"first", "last", "next", "only", "every", "each", "second", "third", "several", "many",
     "numerous", "multiple", "repeated", "two", "three", "four", "five"}
)  # fmt: skip


def _occasion(noun: Token) -> bool:
    """ "the first time", "every time", "the last occasion": a noun counting occasions, which a
    relative clause on it tells when something happened in ("the first time the band will tour
    together"), never what was done."""
    return lemma(noun) in _OCCASION_NOUNS and any(
        c.dep_ in ("amod", "det", "nummod") and c.lower_ in _OCCASION_MARKS for c in noun.children
    )


def relative_gap(verb: Token) -> Token | None:
    """The noun a relative clause with a subject of its own but no object modifies, which is
    that object ("gifts he received", "the delegation she received"; not "the city where he
    lived", "the man he spoke with", "the hall in which he spoke": a relative adverb, a
    stranded preposition or a preposition's relative pronoun fills another role)."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.head.ent_type_ in ("DATE", "TIME") or _occasion(verb.head):
        return None  # "the day he died", "the first time they toured": a time, not what was done
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" for c in children):
        return None
    if any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in children):
        return None  # "Zapatero, who met with Maduro": the noun is the clause's subject
    if any(c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "ccomp", "xcomp") for c in children):
        return None
    if any(c.tag_ == "WRB" for c in children):
        return None
    if any(c.dep_ == "prep" and any(g.tag_ in ("WDT", "WP") for g in c.children) for c in children):
        return None  # "a ballroom in which he called for elections": the noun is a setting
    if any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in children):
        return None
    return verb.head


def _infinitive_gap(verb: Token) -> Token | None:
    """The noun a relative clause modifies whose verb an objectless to-infinitive completes,
    which is that infinitive's object ("the treatment a judge required the actress to
    receive", "the aid they hoped to receive"; the parser may hang the infinitive on the
    verb's object, "required the actress to receive"). Not "the man she wanted to meet
    with": a stranded preposition takes the noun. Version 1.259.0."""
    if not to_infinitive(verb) or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(not any(g.dep_ == "pobj" for g in p.children) for p in preps):
        return None
    governor = verb.head
    if verb.dep_ == "acl" and governor.dep_ == "dobj":
        governor = governor.head
    elif verb.dep_ not in ("xcomp", "ccomp"):  # (an infinitive read as a clause, too)
        return None
    if governor.dep_ != "relcl" or governor.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if governor.head.ent_type_ in ("DATE", "TIME") or _occasion(governor.head):
        return None
    children = list(governor.children)
    if not any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in children):
        return None
    if any(c.tag_ in ("WRB", "WDT", "WP") for c in children):
        return None
    return governor.head


# "part of a military aid program", "the type of treatment": the whole, or the kind, is what
# is meant (the kind nouns since version 1.259.0)
_PARTITIVES = frozenset(
    {"part", "some", "all", "most", "portion", "half", "much", "rest", "type", "kind", "sort"}
)


def _partitive(obj: Token) -> Token:
    """ "part of a military aid program" -> the program."""
    if lemma(obj) in _PARTITIVES:
        for child in obj.children:
            if child.dep_ == "prep" and lemma(child) == "of":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return obj


def _phrase_words(token: Token, rule: Rule) -> Iterable[Token]:
    """The words that may complete a phrase of `rule` on `token`: its near words, or only its
    own children for a rule whose phrases are a verb and its object ("open fire")."""
    near = token.children if rule.phrase_own_word else near_words(token)
    if rule.phrase_own_word and _noun_phrase_head(token):
        # "Friday night's fire at the church", "a fire at a supermarket": a noun with its
        # determiner or owner takes a place, its preposition makes no phrasal verb ("fire
        # at"; "opened fire at the crowd" and "troops fire at protesters" stay; vocabulary
        # 1.277.0)
        near = [t for t in near if t.dep_ != "prep"]
    if token.pos_ == "NOUN":
        # a noun's conjunct is a second thing, no word of its phrase ("the fire and gas from
        # the attacks" fires no gas; "Police fire tear gas", a verb, still does; vocabulary
        # 1.421.0)
        near = [t for t in near if t.dep_ != "conj"]
    if any(c.dep_ == "dobj" for c in token.children):
        # a verb with its own object: a particle's word with an object of its own after it is
        # a preposition of place or time, no particle ("gave a speech in Paris" gives nothing
        # in, "gave in to the demands" does; "fired teargas at them" still fires at them;
        # vocabulary 1.334.0)
        near = [t for t in near if not _preposition_not_particle(t, token)]
    return (t for t in near if _can_complete_phrase(t))


_PARTICLE_WORDS = frozenset({"in", "up", "down", "off", "away", "back", "out"})


def _preposition_not_particle(word: Token, verb: Token) -> bool:
    return (
        word.dep_ == "prep"
        and word.head == verb
        and word.lower_ in _PARTICLE_WORDS
        and any(c.dep_ == "pobj" for c in word.children)
    )


def _noun_phrase_head(token: Token) -> bool:
    """A noun with its determiner or owner, or one a blaze's modifier names ("House fire at
    farm", "Kitchen fire at school": a headline's blaze, its place no target; not "Police
    fire at protesters", whose noun names who fires; `blaze_modifiers`, vocabulary 1.302.0)."""
    if token.pos_ != "NOUN":
        return False
    blaze = load_vocab().words("blaze_modifiers")
    return any(
        c.dep_ in ("det", "poss") or (c.dep_ in ("compound", "amod") and lemma(c) in blaze)
        for c in token.children
    )


def _phrase_match(token: Token, rule: Rule) -> bool:
    if not rule.phrases:
        return False
    lem = lemma(token)
    near = {lemma(t) for t in _phrase_words(token, rule)}
    # a verb takes one particle: with its own ("turned out in the north", "turn out"), a
    # preposition after it completes no other phrasal verb ("turn in"; version 1.127.0)
    particles = {lemma(c) for c in token.children if c.dep_ == "prt"}
    return any(
        head == lem and child in near and (not particles or child in particles)
        for head, child in rule.phrases
    )


def _can_complete_phrase(word: Token) -> bool:
    """An auxiliary is never a phrase's particle ("to attend" is not "attend to"), nor a
    preposition whose object is a time ("called a strike for Thursday" calls for nothing) or
    an occasion counted ("were able to vote for the first time" votes for no one; vocabulary
    1.186.0)."""
    if word.dep_ in _AUX_DEPS:
        return False
    if (
        word.pos_ == "NOUN"
        and word.lower_ in _PARTICLE_WORDS
        and any(c.dep_ in ("poss", "det") for c in word.children)
    ):
        return False  # "something hit me in my back": a noun, no particle ("hit back")
    return not (
        word.dep_ == "prep"
        and any(
            c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or _occasion(c))
            for c in word.children
        )
    )


def hyphenated(token: Token) -> str | None:
    """The hyphenated noun a token ends, which the tokenizer splits ("sit-in" is "sit", "-",
    "in"; "sit-ins" is read by its last part's lemma), or None."""
    i = token.i
    if i < 2 or token.doc[i - 1].text != "-":
        return None
    first, dash = token.doc[i - 2], token.doc[i - 1]
    if first.whitespace_ or dash.whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{lemma(token)}"


def _lemma_match(token: Token, rule: Rule) -> bool:
    lem = lemma(token)
    if token.pos_ in VERB_POS:
        return lem in rule.verbs
    if token.pos_ in NOUN_POS:
        return lem in rule.nouns or hyphenated(token) in rule.nouns
    if token.pos_ in ADJ_POS:
        return lem in rule.adjs
    return False


def _has_of_object(noun: Token | None) -> bool:
    return noun is not None and any(
        c.dep_ == "prep" and lemma(c) == "of" and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    )


def _negated(word: Token | None) -> bool:
    return word is not None and any(c.dep_ == "neg" for c in word.children)


def _object_words(obj: Token | None) -> set[str]:
    """The object's lemma and its noun modifiers' ("the ceasefire agreement"), coordinated
    ones too ("phone and internet lines", where the parser hangs "phone" as nmod and
    "internet" as its conj), and the title a modifier makes with its head ("high
    commissioner", read as "high" before "commissioner" whether an adjective or, capitalised,
    a compound), which a rule names in two words: a high commissioner is an envoy, a police
    commissioner no diplomat; and an apposition's head, which says what a named object is
    ("released 'The Notorious Bettie Page,' a feature film": a film; version 1.236.8)."""
    if obj is None:
        return set()
    kinds = {lemma(c) for c in obj.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    modifiers = [c for c in obj.children if c.dep_ in ("compound", "nmod")]
    modifiers += [g for c in modifiers for g in c.children if g.dep_ == "conj"]
    titles = {
        f"{lemma(c)} {lemma(obj)}"
        for c in obj.children
        if c.dep_ in ("amod", "compound") and c.i == obj.i - 1
    }
    return {lemma(obj)} | {lemma(c) for c in modifiers} | titles | kinds


_QUANTIFIERS = frozenset({"any", "some", "all", "none", "each", "many", "most", "several", "few"})


def _of_words(obj: Token | None) -> set[str]:
    """The lemmas of the object's "of"-phrase ("a memorandum of understanding": understand,
    understanding; vocabulary 1.273.0)."""
    if obj is None:
        return set()
    of = [g for c in obj.children if c.dep_ == "prep" and lemma(c) == "of" for g in c.children]
    return {w for g in of for w in (lemma(g), g.lower_)}


_SIDES_WORDS = frozenset({"both", "two", "three", "all"})
_PARTNER_PREPS = frozenset({"with", "between", "among"})


def _one_party(token: Token) -> bool:
    """One party does it alone: its subject is no coordination ("the US and Japan signed")
    nor a count of sides ("the two countries", "both sides"), and no partner is named after
    "with" or "between" ("signed a memorandum with Japan"; vocabulary 1.273.0)."""
    if any(c.dep_ == "prep" and lemma(c) in _PARTNER_PREPS for c in token.children):
        return False
    obj = object_of(token)
    if obj is not None and any(
        c.dep_ == "prep" and lemma(c) in _PARTNER_PREPS for c in obj.children
    ):
        return False
    for subject in (c for c in token.children if c.dep_ in ("nsubj", "agent")):
        if any(c.dep_ == "conj" for c in subject.children):
            return False
        if subject.tag_ in ("NNS", "NNPS") and any(
            c.lower_ in _SIDES_WORDS for c in subject.children if c.dep_ in ("nummod", "det")
        ):
            return False
        if subject.lower_ in _SIDES_WORDS:  # "both signed"
            return False
    return True


def _in_phrase_of(token: Token, heads: frozenset[str]) -> bool:
    """The trigger is the object of "in" hung on one of `heads` ("trained in hand-to-hand
    combat", "experts in close combat"), or on the object of one ("taught officers in unarmed
    combat"), or on a noun one modifies, where the parser reads the verb as an adjective
    ("trained recruits and deputies in hand-to-hand combat"; vocabulary 1.273.0)."""
    prep = token.head
    if token.dep_ != "pobj" or lemma(prep) != "in":
        return False
    owner = prep.head
    near = [owner, *(c for c in owner.children if c.dep_ == "amod")]
    if owner.dep_ in ("dobj", "conj"):
        near.append(owner.head)
    return any(lemma(w) in heads for w in near)


def _partitive_words(obj: Token | None) -> set[str]:
    """ "never returned any of his calls", "returned two of the calls": the words of the part
    are the whole's, for what a rule's object may not be (version 1.208.0)."""
    if obj is None or not (obj.lower_ in _QUANTIFIERS or obj.pos_ == "NUM"):
        return set()
    of = [g for c in obj.children if c.dep_ == "prep" and lemma(c) == "of" for g in c.children]
    return {w for g in of if g.dep_ == "pobj" for w in _object_words(g)}


def _second_object_words(token: Token, obj: Token | None) -> set[str]:
    """ "it received a distress call from seamen on board the MV Gibe", the ship's name hung as
    a second direct object: the words of any other direct object too, for what a rule's object
    may not be (prec41, vocabulary 1.396.0)."""
    return {
        w for c in token.children if c.dep_ == "dobj" and c is not obj for w in _object_words(c)
    }


def _measured_words(obj: Token | None) -> set[str]:
    """ "fired a barrage of rockets", "a volley of shots": the object of a measure noun
    (`measure_nouns`) is what its "of"-phrase counts, for what a rule's object must be
    (vocabulary 1.300.0; the roles read it so since 1.294.0); so is a quantity noun's
    (`quantity_nouns`: "cracked a bevy of secrets", "freed a number of prisoners";
    vocabulary 1.350.0)."""
    counts = load_vocab().words("measure_nouns") | load_vocab().words("quantity_nouns")
    if obj is None or lemma(obj) not in counts:
        return set()
    of = [g for c in obj.children if c.dep_ == "prep" and lemma(c) == "of" for g in c.children]
    return {w for g in of if g.dep_ == "pobj" for w in _object_words(g)}


def _conditions_hold(token: Token, rule: Rule, phrase: bool) -> bool:
    obj = object_of(token)
    words = _object_words(obj) | _measured_words(obj)
    if rule.doers and not (doer_words(token) & rule.doers):
        return False
    # (an object named as a place is ground for the rules of territory: "seized parts of Iraq")
    held = bool(words & rule.objects) or (rule.place_objects and named_place(obj))
    held = held or (rule.town_objects and struck_town(obj))  # "blasting Gaza City"
    if rule.objects and not phrase and not held:
        return False
    if (words | _partitive_words(obj) | _second_object_words(token, obj)) & rule.objects_not:
        return False
    if rule.requires_object and obj is None and not phrase:
        return False
    if rule.object_of_not and _of_words(obj) & rule.object_of_not:
        return False
    if rule.one_party and not _one_party(token):
        return False
    if rule.in_phrase_of and not _in_phrase_of(token, rule.in_phrase_of):
        return False
    if (
        rule.sentence_words
        and not any(
            lemma(t) in rule.sentence_words or t.lower_ in rule.sentence_words for t in token.sent
        )
        and not (rule.named_quarry and named_quarry(token, rule.target_preps))
    ):
        return False  # (a person hunted by name is a quarry: "the hunt for Osama bin Laden")
    if rule.sentence_words_not and any(
        lemma(t) in rule.sentence_words_not or t.lower_ in rule.sentence_words_not
        for t in token.sent
    ):
        return False
    # (nor a "by"-agent: "remained sheltered by the government" is shelter it gives)
    if rule.no_object and (obj is not None or any(c.dep_ == "agent" for c in token.children)):
        return False
    if rule.requires_poss and not any(c.dep_ == "poss" for c in token.children):
        return False
    if rule.own_object and not (
        obj is not None and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children)
    ):
        return False
    if rule.phrase_of_object and not (phrase and _has_of_object(phrase_child(token, rule))):
        return False
    if rule.phrase_negated and not (phrase and _negated(phrase_child(token, rule))):
        return False
    if rule.clausal and not any(c.dep_ == "ccomp" for c in token.children):
        return False
    if rule.over_act and not any(
        (c.dep_ in ("ccomp", "xcomp") or _gerund_object(c)) and c.pos_ in ("VERB", "AUX")
        for c in token.children
    ):
        return False
    if rule.mandative and not mandative(token):
        return False
    if rule.speaker_demands and not demanded_acts(token):
        return False  # "says the minister must resign" (events_spoken_demands)
    if rule.speaker_alleges and not alleged_wrongs(token):
        return False  # "say the gang is responsible for the bombings" (events_spoken_allegations)
    if rule.wanted_of_other and not wanted_act(token):
        return False  # "wants the Government to release them" (events_wanted_acts)
    if rule.departure:
        return leaves_country(token, rule.context)
    near = near_words(token)
    if (rule.mode or "") in load_vocab().words("own_clause_context_modes"):
        near = (t for t in near if not own_clause(t))
    context = {lemma(t) for t in near} | {lemma(token.head)}
    # the head's phrasal verb as one word ("took off from the deck to investigate": "take
    # off"), for a rule whose plain verb says too little (vocabulary 1.382.4)
    context |= {f"{lemma(token.head)} {c.lower_}" for c in token.head.children if c.dep_ == "prt"}
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        # a participle shares its clause's doer (events_doer_words), so it reads that clause's
        # "into" / "at" phrase too ("drove into the crowd, killing 80": a ramming; the lead)
        context |= {
            lemma(g)
            for c in token.head.children
            if c.dep_ == "prep" and lemma(c) in ("into", "at")
            for g in c.children
            if g.dep_ == "pobj"
        }
    if token.dep_ == "pobj" and lemma(token.head) == "of":
        # the text an act noun is told as ("sent a letter of protest": a formal protest;
        # events_written_acts; vocabulary 1.421.2)
        owner = token.head.head
        if lemma(owner) in load_vocab().words("document_nouns"):
            context.add(lemma(owner))
    # the object's own modifiers, where it is no child ("plague cases need to be
    # investigated") or its kind is in a modifier ("investigated the plague cases")
    context |= words | described_words(obj)
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.pos_ in VERB_POS and after is not None and after.pos_ == "ADJ":
        # an adjective right after a verb is its complement wherever the parser hangs it
        # ("pleaded guilty Monday to ...", "guilty" read as Monday's; version 1.127.0)
        context.add(lemma(after))
    if token.pos_ == "ADJ" and token.dep_ == "acomp" and lemma(token.head) == "be":
        # what a predicate adjective is said of ("the offer was unacceptable": the offer;
        # vocabulary 1.433.0)
        context |= {lemma(c) for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    if rule.context and not (context & rule.context):
        return False
    return not (rule.context_not and context & rule.context_not)


def own_clause(tok: Token) -> bool:
    """A coordinated predicate with a subject of its own ("ten people died and 5,000 were
    detained"): another happening, whose words tell nothing of the trigger's."""
    return tok.dep_ == "conj" and any(c.dep_.startswith("nsubj") for c in tok.children)


def left_place(token: Token) -> Token | None:
    """What a departure verb leaves: its object ("left his country"), else the object of
    "out of" ("flew out of the country")."""
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    for out in token.children:
        if out.dep_ in _PREP_DEPS | {"prt"} and lemma(out) == "out":
            for of in out.children:
                if of.dep_ == "prep" and lemma(of) == "of":
                    return next((g for g in of.children if g.dep_ == "pobj"), None)
    return None


def leaves_country(token: Token, homeland: frozenset[str]) -> bool:
    """The trigger leaves a country: a `homeland` noun ("his country") or a country's name."""
    place = left_place(token)
    return place is not None and is_homeland(place, (lemma(place),), homeland)


def can_trigger(token: Token, vocab: Vocab) -> bool:
    """A verb, noun or adjective in a place where it may name an event: not a noun modifying
    another ("torture chamber"), nor a participle used as an adjective ("demanding
    conditions")."""
    if token.pos_ not in VERB_POS | NOUN_POS | ADJ_POS:
        return False
    if (
        token.pos_ in NOUN_POS
        and token.dep_ == "compound"
        and token.head.pos_ in NOUN_POS
        and lemma(token.head) not in vocab.words("compound_heads")
    ):
        return False  # "torture chamber", "detention centre": a kind of thing, no event
    if token.pos_ in VERB_POS and _describes_next_noun(token, vocab):
        return False
    if token.pos_ in VERB_POS and _coordinated_modifier(token):
        return False
    return not (
        token.pos_ in VERB_POS
        and (
            (token.dep_ in ("amod", "acl") and token.head.i == token.i + 1)
            or (token.dep_ == "amod" and token.head.i > token.i)  # "demanding prison conditions"
        )
    )


def _coordinated_modifier(token: Token) -> bool:
    """ "another brazen and meticulously planned robbery", "a bold and well-planned raid": a
    participle the parser makes the conjunct of a modifier before a noun is a modifier too,
    as "a planned raid" is; the noun's own word tells the event (vocabulary 1.292.0)."""
    head = token.head
    return (
        token.dep_ == "conj"
        and token.tag_ in ("VBN", "VBG")
        and head.dep_ in ("amod", "nmod", "compound")
        and head.i < token.i < head.head.i
        and head.head.pos_ in NOUN_POS
    )


# Where a prenominal participle misread as a gerund stands: a preposition's complement or a
# noun phrase's place; not after its noun as a reduced relative ("students demanding justice").
_NOUN_PLACES = frozenset({"pcomp", "pobj", "dobj", "nsubj", "nsubjpass", "csubj", "conj"})


_EXISTENTIAL_PARTS = frozenset({"expl", "aux", "advmod", "punct", "cc", "conj", "prep"})


def _describes_next_noun(token: Token, vocab: Vocab) -> bool:
    """ "a prison with demanding prison conditions": an -ing form with an adjective's own sense
    (data: `adjectival_participles`), read by the parser as a gerund whose only dependent is
    the bare noun phrase right after it (no article, possessive or number), is an adjective
    on that noun."""
    if token.tag_ != "VBG" or token.lower_ not in vocab.words("adjectival_participles"):
        return False
    # ("There were burning cars everywhere": a progressive read off an expletive's "were")
    existential = any(
        c.dep_ == "expl" or (c.dep_ == "aux" and any(g.dep_ == "expl" for g in c.children))
        for c in token.children
    )
    if token.dep_ not in _NOUN_PLACES and not existential:
        return False
    children = [c for c in token.children if c.dep_ not in _EXISTENTIAL_PARTS or not existential]
    if len(children) != 1 or children[0].dep_ != "dobj":
        return False
    obj = children[0]
    if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in obj.children):
        return False
    return obj.left_edge.i == token.i + 1


def conditions_hold(token: Token, rule: Rule) -> bool:
    """The rule's conditions on the trigger's object and context hold for `token`, as if its
    lemma were one of the rule's words (the unseen-word fallback asks this)."""
    return _conditions_hold(token, rule, phrase=False)


def phrase_conditions_hold(token: Token, rule: Rule) -> bool:
    """The rule's conditions hold for `token` as for one of its phrases ("took refuge"): its
    object condition is the phrase's own word, so it is not asked (the unseen-word fallback
    reads another verb's phrase with the same object so: "sought refuge")."""
    return _conditions_hold(token, rule, phrase=True)


# word -> positions (in table order) of the rules that list it as a verb, noun or adjective
# or head a phrase with it, per vocabulary: a token is tried only against rules that may
# fire on it, not against the whole table (which was most of event extraction's time)
_RULES_BY_WORD: WeakKeyDictionary[Vocab, dict[str, tuple[int, ...]]] = WeakKeyDictionary()


def _rules_by_word(vocab: Vocab) -> dict[str, tuple[int, ...]]:
    index = _RULES_BY_WORD.get(vocab)
    if index is None:
        index = _RULES_BY_WORD[vocab] = word_index(
            r.verbs | r.nouns | r.adjs | {head for head, _ in r.phrases} for r in vocab.rules
        )
    return index


def _candidate_rules(token: Token, vocab: Vocab) -> list[Rule]:
    """The rules that may fire on `token`, in table order: those naming its lemma, or the
    hyphenated noun it ends."""
    index = _rules_by_word(vocab)
    ids = set(index.get(lemma(token), ()))
    if token.pos_ in NOUN_POS and (joined := hyphenated(token)) is not None:
        ids.update(index.get(joined, ()))
    return [vocab.rules[i] for i in sorted(ids)]


def match_rule(token: Token, vocab: Vocab) -> Rule | None:
    """The first rule that fires on `token`, or None (also None when a blocking rule fires)."""
    if not can_trigger(token, vocab):
        return None
    candidates = _candidate_rules(token, vocab)
    for rule in candidates:
        phrase = _phrase_match(token, rule)
        if not (phrase or _lemma_match(token, rule)):
            continue
        if _conditions_hold(token, rule, phrase):
            if rule.type == NO_EVENT:
                return None
            # "killed in Israeli strikes", "the army's strikes": a blow, not a stoppage
            return armed_strike(token, rule, vocab, candidates) or rule
    return None


def blocked_by_rule(token: Token, vocab: Vocab) -> bool:
    """A rule of no event is the first to fire on `token` ("a gas explosion", "the boiler
    blew up": an accident the vocabulary reads as no attack), not merely no rule."""
    if not can_trigger(token, vocab):
        return False
    for rule in _candidate_rules(token, vocab):
        phrase = _phrase_match(token, rule)
        if (phrase or _lemma_match(token, rule)) and _conditions_hold(token, rule, phrase):
            return rule.type == NO_EVENT
    return False


def phrase_child(token: Token, rule: Rule) -> Token | None:
    """The word that completes a phrase rule on `token` ("relief from sanctions": the
    sanctions), or None."""
    lem = lemma(token)
    return next((t for t in _phrase_words(token, rule) if (lem, lemma(t)) in rule.phrases), None)


def phrase_text(token: Token, rule: Rule) -> tuple[int, int]:
    """Character span of the trigger: the token, widened to a matched phrase particle."""
    start, end = token.idx, token.idx + len(token)
    if token.pos_ in NOUN_POS and hyphenated(token) in rule.nouns:
        start = token.doc[token.i - 2].idx  # the whole "sit-in"
    lem = lemma(token)
    for child in _phrase_words(token, rule):
        if (lem, lemma(child)) in rule.phrases and abs(child.i - token.i) <= 3:
            start = min(start, child.idx)
            end = max(end, child.idx + len(child))
    return start, end
