"""The clause a trigger or a time expression sits in, as event dating reads it from the
sentence's text (and, for a present-tense relative, its parse): "after"/"después de que" clauses,
relative clauses set off by a comma or not, participial asides, a "when" clause hung on a
date, clauses opened after the trigger (an offence, a later event, a coordinated clause)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache
from typing import TYPE_CHECKING

from chronicler.annotate.event_date_values import event_dates_table
from chronicler.annotate.events_phrases import clause_verb
from chronicler.model import Sentence, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Token


# A new clause between trigger and duration: the duration is not the trigger's.
CLAUSE_BREAK = re.compile(
    r"[,;:]|\b(?:who|which|that|and|but|while|after|before|when|que|quien|y|pero)\b",
    re.IGNORECASE,
)


@cache
def _participial_openings() -> tuple[re.Pattern[str], ...]:
    cues = event_dates_table()["participial_clause"]["opening"]
    return tuple(re.compile(c, re.IGNORECASE) for c in cues)


@cache
def _subordinate_opener() -> re.Pattern[str]:
    return re.compile(event_dates_table()["subordinate"]["openers"], re.IGNORECASE)


@cache
def _date_clause_opener() -> re.Pattern[str]:
    return re.compile(event_dates_table()["date_clause"]["openers"], re.IGNORECASE)


def clause_of_date(
    points: Sequence[TimeExpression], sentence: Sentence, trigger_start: int
) -> TimeExpression | None:
    """The date a "when" clause holding the trigger hangs on ("since January 2021, when he was
    detained"): the point right before the opener, with no clause break from there on."""
    base = sentence.start
    for t in sorted(points, key=lambda t: -t.end):
        if t.end > trigger_start:
            continue
        gap = sentence.text[t.end - base : trigger_start - base]
        opener = _date_clause_opener().match(gap)
        if opener is None:
            return None  # only the nearest date before the trigger may own its clause
        return None if CLAUSE_BREAK.search(gap[opener.end() :]) else t
    return None


def hangs_a_clause(t: TimeExpression, sentence: Sentence) -> bool:
    """A "when" clause hangs on the date ("behind bars since January 2021, when he was
    detained"): it dates that happening, a frame the story goes on in, not only a state's
    start."""
    return _date_clause_opener().match(sentence.text[t.end - sentence.start :]) is not None


@cache
def _same_day_words() -> re.Pattern[str]:
    return re.compile(event_dates_table()["subordinate"]["same_day"], re.IGNORECASE)


def within_hours(sentence: Sentence, opened: int) -> bool:
    """The clause opened at `opened` is set within hours of the one it hangs on ("shortly
    after a court convicted him", "pocas horas después de que")."""
    return bool(_same_day_words().search(sentence.text[: opened - sentence.start]))


def in_subordinate_clause(sentence: Sentence, trigger_start: int) -> int | None:
    """Where the "after"/"después de que" clause holding the trigger opens, if it does: the
    last opener before the trigger with no clause break between them."""
    before = sentence.text[: max(trigger_start - sentence.start, 0)]
    found = list(_subordinate_opener().finditer(before))
    # an opener that looks at the word after it sees the trigger itself ("después de salir")
    word = _WORD_AT.match(sentence.text, len(before))
    window = sentence.text[: word.end()] if word else before
    found += [m for m in _subordinate_opener().finditer(window) if m.end() == len(before)]
    found.sort(key=lambda m: m.start())
    if not found or _CLAUSE_END.search(before[found[-1].end() :]):
        return None
    return sentence.start + found[-1].start()


_WORD_AT = re.compile(r"\w+")


# A relative clause set off by a comma after its noun ("México, que les concedió asilo",
# "Mexico, which has granted them asylum"); not one of place ("the villa, where she led the
# struggle"), which tells what went on there at the main clause's time.
_APPENDED_RELATIVE = re.compile(
    r",\s*(?:que|quien|quienes|cuyo|cuya|cuyos|cuyas|which|who|whom|whose)\b",
    re.IGNORECASE,
)


def in_appended_relative(sentence: Sentence, trigger_start: int) -> int | None:
    """Where the relative clause set off by a comma that holds the trigger opens, if it
    does: the last such opener before the trigger, no clause break between them."""
    before = sentence.text[: max(trigger_start - sentence.start, 0)]
    found = list(_APPENDED_RELATIVE.finditer(before))
    if not found or _CLAUSE_END.search(before[found[-1].end() :]):
        return None
    return sentence.start + found[-1].start() + 1


@cache
def _offence_clause() -> tuple[frozenset[str], re.Pattern[str]]:
    table = event_dates_table()["offence_clause"]
    return frozenset(table["modes"]), re.compile(table["openers"], re.IGNORECASE)


def in_offence_clause(t: TimeExpression, sentence: Sentence, trigger_end: int, mode: str) -> bool:
    """ "convicted ... when she assumed the presidency in 2019": for a verdict, charge or
    accusation, a date in a clause opened after the trigger dates the offence it tells."""
    modes, openers = _offence_clause()
    return mode in modes and _in_clause_opened_after(t, sentence, trigger_end, openers)


def in_later_subordinate(t: TimeExpression, sentence: Sentence, trigger_end: int) -> bool:
    """ "stayed there for a month, until he moved on Thursday": a date in a clause opened
    after the trigger dates that clause's event."""
    return _in_clause_opened_after(t, sentence, trigger_end, _subordinate_opener())


def _between_trigger_and(t: TimeExpression, sentence: Sentence, trigger_end: int) -> str | None:
    """The sentence's text from the trigger's end to a time expression after it; None when
    the time expression comes before the trigger's end."""
    if t.start < trigger_end:
        return None
    return sentence.text[trigger_end - sentence.start : t.start - sentence.start]


def _in_clause_opened_after(
    t: TimeExpression, sentence: Sentence, trigger_end: int, openers: re.Pattern[str]
) -> bool:
    """The time expression sits in a clause one of `openers` opens after the trigger, and
    that clause has not ended before it."""
    between = _between_trigger_and(t, sentence, trigger_end)
    if between is None:
        return False
    found = list(openers.finditer(between))
    return bool(found) and not _CLAUSE_END.search(between[found[-1].end() :])


@cache
def _coordinate_opener() -> re.Pattern[str]:
    return re.compile(event_dates_table()["coordinate"]["openers"], re.IGNORECASE)


def opens_later_coordinate(t: TimeExpression, sentence: Sentence, trigger_end: int) -> bool:
    """ "broke off relations that night, and on Sunday the staff flew home": a date right
    after the comma and conjunction of a clause coordinated after the trigger's dates that
    clause."""
    between = _between_trigger_and(t, sentence, trigger_end)
    return between is not None and bool(_coordinate_opener().search(between))


def in_participial_clause(t: TimeExpression, sentence: Sentence) -> bool:
    """ "X and Y, todos ellos detenidos en 2021, ...": the time expression sits in a
    participial clause set off by a comma, which tells the background of the people named."""
    before = sentence.text[: max(t.start - sentence.start, 0)]
    comma = before.rfind(",")
    if comma < 0 or _CLAUSE_END.search(before[comma + 1 :]):
        return False
    if _closes_an_apposition(before[:comma]):
        return False  # "Morales, Bolivia's first Indigenous president, resigned on ...": main
    return any(cue.match(before[comma + 1 :]) for cue in _participial_openings())


# A sentence opening with a short subject and an apposition set off by commas ("Morales,
# Bolivia's first Indigenous president, resigned on ..."): the word after the second comma
# is the main verb, not a participle about the people before it (whose list, "X, Y and Z,
# all of them arrested in 2021", names people, not a description in lower case).
_APPOSITION = re.compile(r"^\s*[^,]{1,40},(?P<appos>[^,]+)$")

_DESCRIPTION_WORD = re.compile(r"\b[a-záéíóúñ]{4,}\b")


def _closes_an_apposition(text: str) -> bool:
    m = _APPOSITION.match(text)
    return m is not None and bool(_DESCRIPTION_WORD.search(m["appos"]))


# A relative clause opens with one of these; its dates tell the background of a name
# ("the blogger whose arrest five years ago set off protests"), not the story's time frame.
# A preposition with an article and "que"/"cual" opens one too ("la forma en que asumió el
# cargo en 2019", "la casa en la que vivía desde 2019").
_RELATIVE = re.compile(
    r"\b(?:who|whom|whose|which|quien|quienes|cuyo|cuya|cuyos|cuyas|"
    r"(?:en|con|por|durante)\s+(?:el\s+|la\s+|los\s+|las\s+)?(?:que|cual|cuales))\b"
    # a bare "que" right after a comma opens a relative clause, never a complement clause
    # ("el periodista, que fue detenido en mayo, cumplía ..."; "dijo que" has no comma)
    r"|(?<=,)\s*que\b",
    re.I,
)

_CLAUSE_END = re.compile(r"[,;:()—–]")


def _relative_opening(t: TimeExpression, sentence: Sentence) -> int | None:
    """Where the relative clause holding the time expression opens (a relative word before it
    in the sentence, no comma or dash closing that clause in between), if any."""
    before = sentence.text[: max(t.start - sentence.start, 0)]
    opened = list(_RELATIVE.finditer(before))
    if not opened or _CLAUSE_END.search(before[opened[-1].end() :]):
        return None
    return sentence.start + opened[-1].start()


def in_relative_clause(t: TimeExpression, sentence: Sentence) -> bool:
    """The time expression sits inside a relative clause."""
    return _relative_opening(t, sentence) is not None


def in_closed_relative_clause(
    t: TimeExpression, sentence: Sentence, trigger_start: int, set_off: bool = False
) -> bool:
    """ "Belarus freed X, the blogger whose arrest five years ago set off protests, hours after
    Lukashenko met an envoy": the date sits in a relative clause that ends (a comma, a dash)
    before the trigger; it dates that clause's act only, not one told after it. `set_off`:
    only a clause a comma opens too ("Whelan, who was detained in December 2018, was
    serving"), as the comma after a restrictive one may go on in it ("la forma en que asumió
    la Presidencia en noviembre de 2019, tras la renuncia de Morales")."""
    opening = _relative_opening(t, sentence)
    if t.end > trigger_start or opening is None:
        return False
    if set_off and not sentence.text[: opening - sentence.start].rstrip().endswith(","):
        return False
    between = sentence.text[t.end - sentence.start : trigger_start - sentence.start]
    return _CLAUSE_END.search(between) is not None


def in_later_relative_clause(t: TimeExpression, sentence: Sentence, trigger_start: int) -> bool:
    """ "Among those freed were X and Y, who had hoped to run in the 2021 election": the date
    is in a relative clause opened after the trigger, about the people named, not the act."""
    opening = _relative_opening(t, sentence)
    return opening is not None and trigger_start < opening


_WITHIN_CLAUSE = frozenset(
    {"obj", "dobj", "pobj", "prep", "compound", "nmod", "amod", "xcomp", "obl", "case", "attr"}
)


@cache
def _present_relative() -> dict[str, frozenset[str]]:
    table = event_dates_table()["present_relative"]
    return {k: frozenset(v) for k, v in table.items()}


def _present(verb: Token) -> bool:
    """The verb or one of its auxiliaries is in the present tense ("is serving", "cumple")."""
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass", "aux:pass"))]
    return any("Pres" in t.morph.get("Tense", []) for t in forms) and not any(
        "Past" in t.morph.get("Tense", []) for t in forms
    )


def _cleft(relative: Token) -> bool:
    """The relative clause is a cleft's ("It is Rodríguez Torres who takes López to prison",
    "Es Rodríguez Torres quien lleva a López a prisión"): its noun is what an empty "it is" or
    a bare "es" predicates, so the clause tells the sentence's own happening (in a narrative,
    its historical present), not a state of the noun as of the report."""
    noun = relative.head
    verb = noun.head
    if noun.dep_ == "attr" and verb.lemma_ == "be":  # English: "It is X who ..."
        return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)
    # Spanish: the noun is the root, with the copula "ser" and no subject of its own
    return (
        noun.dep_ == "ROOT"
        and any(c.dep_ == "cop" and c.lemma_ == "ser" and c.i < noun.i for c in noun.children)
        and not any(c.dep_ == "nsubj" for c in noun.children)
    )


def in_present_relative(trigger: Token) -> bool:
    """The trigger belongs to a relative clause in the present tense, which describes a state
    as of the report ("the compound where Fujimori is serving a prison sentence"): such a
    clause takes no time frame from the narrative (`present_relative`)."""
    clause = _relative_clause_of(trigger)
    # (what a document says is of its occasion: `document_relative`)
    return (
        clause is not None
        and _present(clause)
        and not _cleft(clause)
        and not tells_document_content(clause)
    )


@cache
def _bare_relative_openers() -> frozenset[str]:
    return frozenset(event_dates_table()["bare_relative"]["openers"])


def bare_relative_spans(
    trigger: Token, event_words: Collection[int] = ()
) -> tuple[tuple[int, int], ...]:
    """Character spans of the relative clauses in the trigger's sentence that a relative
    word the writer's punctuation cannot tell from a complementiser opens with no comma before
    it ("the march that took place on Friday", "al activista que organizó la marcha el
    viernes"): only the parse says "that"/"que" is the clause's own subject or object there,
    not the "that" of "said that" (`bare_relative`). A cleft's clause is the sentence's own
    happening ("It is X that ..."), and one on the trigger's own noun dates it, so neither is
    one of them; nor is one on another event word of the sentence (`event_words`, token
    indices): what "a raid that freed Ortega" did, it did at the raid's time."""
    openers = _bare_relative_openers()
    words = _present_relative()
    spans = []
    for verb in trigger.sent:
        if verb.dep_ not in words["deps"] and verb.dep_ not in words["adnominal"]:
            continue
        opener = verb.left_edge
        if opener.lower_ not in openers or opener.head.i != verb.i or opener.pos_ != "PRON":
            continue
        if (opener.i > 0 and opener.nbor(-1).is_punct) or _cleft(verb):
            continue
        if verb.head.i == trigger.i or verb.head.i in event_words:
            continue  # "the march that took place on Friday": the clause dates its noun
        end = verb.right_edge
        spans.append((opener.idx, end.idx + len(end.text)))
    return tuple(spans)


@cache
def _first_of_sequence() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = event_dates_table()["first_of_sequence"]
    return re.compile(cues["before"], re.IGNORECASE), re.compile(cues["after"], re.IGNORECASE)


def first_of_sequence(sentence: Sentence, trigger_start: int, trigger_end: int) -> bool:
    """The trigger's act is told as the first of a sequence ("López first took refuge at the
    Chilean ambassador's residence and then moved ...", "se refugió primero en", "was
    initially held"): background to the narrative of later acts, not as of the report."""
    before_cue, after_cue = _first_of_sequence()
    text, base = sentence.text, sentence.start
    before = text[: max(trigger_start - base, 0)]
    breaks = list(CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    return bool(before_cue.search(clause)) or bool(after_cue.match(text[trigger_end - base :]))


@cache
def _tenure_phrases() -> tuple[re.Pattern[str], ...]:
    cues = event_dates_table()["background_time"]["tenure"]
    return tuple(re.compile(c, re.IGNORECASE) for c in cues)


def tenure_clause(
    sentence: Sentence, trigger_start: int, trigger_end: int
) -> tuple[int, int] | None:
    """Where the times of the trigger's act lie when a phrase sets it in a past tenure, as
    offsets in the text, if one does: the tenure's own clause, right after the trigger's
    (no clause break from the trigger to it: "gifts he received from foreign leaders while he
    was in office"), or the rest of the sentence the phrase opens ("While he was president,
    he received ...")."""
    text, base = sentence.text, sentence.start
    for cue in _tenure_phrases():
        for found in cue.finditer(text):
            start, end = base + found.start(), base + found.end()
            if start >= trigger_end:
                between = text[trigger_end - base : found.start()]
                if not _CLAUSE_END.search(between) and not CLAUSE_BREAK.search(between):
                    # (a time right after the trigger is its clause's too: "received gifts
                    # in 2015 while he was in office")
                    return trigger_start, _clause_end(text, found.end()) + base
            elif end <= trigger_start and not text[: found.start()].strip(' "“'):
                # "While he was in office, he received gifts", "Durante su Gobierno murieron
                # 22 personas ... el 15 de noviembre de 2019": it frames the sentence after it
                rest = text[found.end() : trigger_start - base]
                if len(_CLAUSE_END.findall(rest)) <= 1 and not CLAUSE_BREAK.search(
                    _CLAUSE_END.split(rest, maxsplit=1)[-1]
                ):
                    return start, sentence.end
    return None


def _clause_end(text: str, start: int) -> int:
    """Where the clause going on at `start` ends: its next comma, semicolon, dash or the end."""
    found = _CLAUSE_END.search(text, start)
    return found.start() if found else len(text)


@cache
def _present_complement_deps() -> frozenset[str]:
    return frozenset(event_dates_table()["present_complement"]["deps"])


def _past(verb: Token) -> bool:
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass", "aux:pass"))]
    return any("Past" in t.morph.get("Tense", []) for t in forms)


def in_present_complement(trigger: Token) -> bool:
    """The trigger belongs to a present-tense clause that complements a past verb
    ("explicó que la demanda pide a la corte ...", "said the complaint asks the court"): not
    shifted back, it holds as of the report (`present_complement`)."""
    deps = _present_complement_deps()
    node = trigger
    for _ in range(4):
        if node.dep_ in deps:
            return node.pos_ in ("VERB", "AUX") and _present(node) and _past(node.head)
        if node.dep_ not in _WITHIN_CLAUSE or node.head.i == node.i:
            return False
        node = node.head
    return False


@cache
def _document_nouns() -> frozenset[str]:
    return frozenset(event_dates_table()["document_relative"]["nouns"])


def _relative_clause_of(trigger: Token) -> Token | None:
    """The verb of the relative clause the trigger belongs to (itself, or the verb whose
    object or complement it is), if any."""
    words = _present_relative()
    node = trigger
    for _ in range(4):
        if node.dep_ in words["deps"] or (
            node.dep_ in words["adnominal"]
            and any(c.lower_ in words["pronouns"] for c in node.children if c.i < node.i)
        ):
            return node
        if node.dep_ == "advcl" and any(
            c.lower_ in words["pronouns"]
            and c.pos_ == "PRON"
            and any(p.dep_ == "case" for p in c.children)
            for c in node.children
            if c.i < node.i
        ):
            # a relative pronoun after its preposition ("al que acusa", "con quien negocia")
            # opens a relative clause, whatever clause the parse hangs it on
            return node
        # a trigger in the clause's object or complement ("cumple condena", "is serving a
        # prison sentence") belongs to the clause above it; any other attachment ends it
        if node.dep_ not in _WITHIN_CLAUSE or node.head.i == node.i:
            return None
        node = node.head
    return None


def tells_document_content(trigger: Token) -> bool:
    """The trigger belongs to a relative clause on a document, a ruling or a filing
    ("approved a resolution on Wednesday, which condemned the incursion", "una resolución,
    que condena la irrupción"): it tells what the text says, an act of the document's own
    occasion (`document_relative`)."""
    clause = _relative_clause_of(trigger)
    if clause is None:
        return False
    nouns = _document_nouns()
    noun = clause.head
    if noun.lemma_.lower() in nouns:
        return True
    # "approved a resolution on Wednesday, which condemned ...": the parser hangs the clause
    # on the time right before its comma; it is about the object of that time's verb
    if noun.ent_type_ not in ("DATE", "TIME"):
        return False
    verb = clause_verb(noun, steps=3)
    return any(
        c.dep_ in ("dobj", "obj") and c.i < clause.i and c.lemma_.lower() in nouns
        for c in verb.children
    )


def told_in_past(trigger: Token) -> bool:
    """The trigger's act is told in a past tense: its verb (itself, or the verb its noun
    hangs on) or an auxiliary of it is past, and no modal or future auxiliary makes it to
    come ("was arrested", "detuvo"; not "will be tried", "será juzgado")."""
    node = trigger
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            break
        if node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass", "aux:pass")]
    if any(
        c.tag_ == "MD" or "Fut" in c.morph.get("Tense", []) or "Cnd" in c.morph.get("Mood", [])
        for c in auxes
    ):
        return False
    return _past(node) and "Cnd" not in node.morph.get("Mood", [])


# The auxiliaries of a present perfect ("have burned", "ha atacado").
_PERFECT_AUXILIARIES = frozenset({"have", "haber"})
_PERFECT_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "obj", "dobj"})


@cache
def _state_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in event_dates_table()["anchored"]["states"])


def in_present_state(trigger: Token) -> bool:
    """The trigger's act is told as a state in the present in its sentence's main clause: a
    progressive ("He is serving a life sentence", "está cumpliendo una condena"), a passive
    ("is held in Evin prison") or a verb of a state (`anchored.states`: "remains in jail",
    "permanece detenido"). A state as of the report takes no time frame carried from the sentences
    before ("He was arrested in 2015. He is serving a life sentence": not 2015); it is dated
    by its own sentence's time words or not at all."""
    node = trigger
    if node.pos_ not in ("VERB", "AUX") and node.head.pos_ in ("VERB", "AUX"):
        node = node.head  # "serving a life sentence" read on "sentence"; "permanece detenido"
    if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
        node = node.head  # "is serving a sentence and faces new charges"
    if node.dep_ != "ROOT" or node.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass", "aux:pass")]
    if any("Past" in c.morph.get("Tense", []) or c.lower_ in ("will", "would") for c in auxes):
        return False
    present_aux = any("Pres" in c.morph.get("Tense", []) for c in auxes)
    form = node.morph.get("VerbForm", [])
    if present_aux and ("Ger" in form or "Prog" in node.morph.get("Aspect", [])):
        return True  # "is serving", "está cumpliendo"
    if any(c.dep_ in ("auxpass", "aux:pass") for c in auxes) and present_aux and "Part" in form:
        return True  # "is held in Evin prison"
    return (
        not auxes
        and "Pres" in node.morph.get("Tense", [])
        and "Fin" in form
        and node.lemma_.lower() in _state_verbs()
    )


def in_present_perfect(trigger: Token) -> bool:
    """The trigger's act is told in the present perfect ("crowds have set fire to police
    cars", "la multitud ha atacado comisarías"), a past reaching up to the report that takes
    no definite past time ("*have burned on Sept. 13"): a day the narrative carried from an
    earlier sentence is not its date. A verb coordinated after one shares its auxiliary
    ("have removed their headscarves and burned them")."""
    node = trigger
    if node.pos_ not in ("VERB", "AUX"):
        # a noun as the verb's subject or object ("crowds have set fire"), not one in an
        # adjunct ("han muerto ... desde el inicio de las movilizaciones": the span's start)
        if node.dep_ not in _PERFECT_ARGUMENTS or node.head.pos_ not in ("VERB", "AUX"):
            return False
        node = node.head
    for _ in range(2):
        auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass", "aux:pass")]
        if auxes:
            return any(
                c.lemma_.lower() in _PERFECT_AUXILIARIES
                and "Pres" in c.morph.get("Tense", [])
                and c.i < node.i
                for c in auxes
            ) and "Part" in node.morph.get("VerbForm", [])
        if node.dep_ != "conj" or node.head.pos_ not in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def present_relative_span(trigger: Token) -> tuple[int, int] | None:
    """Where the present-tense relative clause the trigger belongs to lies, as offsets in the
    text (`in_present_relative`), if it does."""
    if not in_present_relative(trigger):
        return None
    clause = _relative_clause_of(trigger)
    if clause is None:
        return None
    words = list(clause.subtree)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def own_clause_span(sentence: Sentence, trigger_start: int, trigger_end: int) -> tuple[int, int]:
    """The trigger's clause from the trigger on, as offsets in the text: to its next comma,
    semicolon or dash."""
    return trigger_start, _clause_end(sentence.text, trigger_end - sentence.start) + sentence.start


# The links of a relative clause to its noun, and those by which that noun belongs to a
# verb's clause ("the proceeds of selling gifts he received": object, preposition, gerund).
_RELATIVE_LINKS = frozenset({"relcl", "acl", "acl:relcl"})
_NOUN_PHRASE_LINKS = frozenset(
    {"dobj", "obj", "pobj", "prep", "pcomp", "nmod", "compound", "case", "obl"}
)
# Relative adverbs of time and place: their clause tells what went on at the time or place
# of the clause above ("since January 2021, when he was detained"), not before it.
_SAME_TIME_RELATIVES = frozenset({"when", "where", "cuando", "donde", "whereby"})


@cache
def _perfect_auxiliaries() -> frozenset[str]:
    return frozenset(event_dates_table()["past_perfect"]["aux_lemmas"])


def _past_perfect_verb(verb: Token) -> bool:
    """ "had hidden", "había ocultado": an auxiliary of the perfect in a past tense."""
    return any(
        c.dep_ in ("aux", "aux:pass")
        and c.lemma_.lower() in _perfect_auxiliaries()
        and bool({"Past", "Imp"} & set(c.morph.get("Tense", [])))
        for c in verb.children
    )


def in_relative_under_past_perfect(trigger: Token) -> bool:
    """The trigger's act is told in a relative clause on a noun of a past perfect's clause
    ("ruled that he had hidden the proceeds of selling gifts he received", "había ocultado
    los regalos que recibió"): what the noun underwent came earlier than the past perfect's
    time, itself before the narrative's, so no time of the narrative nor of the report is its
    own (`past_perfect`). Not a clause of time or place ("since January 2021, when he was
    detained"), which tells the time above it."""
    clause = _relative_clause_of(trigger)
    if clause is None or clause.dep_ not in _RELATIVE_LINKS:
        return False
    if any(c.lower_ in _SAME_TIME_RELATIVES for c in clause.subtree if c.i < clause.i):
        return False
    node = clause.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and _past_perfect_verb(node):
            return True
        if node.dep_ not in _NOUN_PHRASE_LINKS or node.head.i == node.i:
            return False
        node = node.head
    return False


# The subordinators of a clause whose act falls within a past progressive's time ("was serving
# a sentence when he escaped", "were marching as police moved in").
_FRAMED_BY = frozenset({"when", "as"})


def _past_progressive(verb: Token) -> bool:
    """ "was serving", "were marching", "had been serving": a past act told as going on."""
    if verb.tag_ != "VBG":
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    return any(a.lemma_.lower() == "be" for a in auxes) and any(
        a.tag_ in ("VBD", "VBN") for a in auxes
    )


def framing_act(trigger: Token) -> Token | None:
    """The act a past progressive trigger was going on at, whose time is the trigger's too:
    a "when"/"as" clause on it ("Smith was serving a 15-year sentence when he escaped in
    2019") or, for a relative clause on a subject, the main verb that subject does ("Smith,
    who was serving a 15-year sentence, escaped in 2019"). None for any other trigger (events
    vocabulary 1.265.0)."""
    if not _past_progressive(trigger):
        return None
    for c in trigger.children:
        if (
            c.dep_ == "advcl"
            and c.tag_ == "VBD"
            and any(m.lower_ in _FRAMED_BY and m.i < c.i for m in c.children)
        ):
            return c
    noun = trigger.head
    if trigger.dep_ == "relcl" and noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
        if verb.tag_ == "VBD" and verb.i > trigger.i:
            return verb
    return None
