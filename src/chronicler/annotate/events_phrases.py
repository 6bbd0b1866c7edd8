"""Argument phrases read off the parse: a head's prepositional objects, its conjuncts (the
members of a list), and its noun phrase, kept to the head's line and clear of a wire dateline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chronicler.annotate.datelines import in_dateline, is_dash
from chronicler.annotate.doc_text import doc_text
from chronicler.annotate.events_vocab import Vocab, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Dependencies cut from a participant phrase: clauses and lists hanging off the head.
_CUT = frozenset(
    {
        "relcl",
        "acl",
        "advcl",
        "punct",
        "cc",
        "conj",
        "appos",
        "parataxis",
        "prep",
        "dep",
        "npadvmod",
        "advmod",
        "nummod",
        "quantmod",
    }
)
_KEEP_PREPS = frozenset({"of", "from"})
_WHEN = frozenset({"DATE", "TIME"})


def pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def prep_objects(
    token: Token, preps: frozenset[str], deps: tuple[str, ...] = ("pobj", "pcomp")
) -> list[Token]:
    """The objects (`deps`: a noun, or a gerund's clause too) of `token`'s prepositions listed
    in `preps`; for a preposition stranded at the end of a relative clause with no pronoun, the
    noun the clause is on ("the ship the Tabar fired on": the ship; roles 1.160.0)."""
    out = [
        g
        for c in token.children
        if c.dep_ == "prep" and lemma(c) in preps
        for g in c.children
        if g.dep_ in deps
    ]
    if not out and any(stranded_prep(c) and lemma(c) in preps for c in token.children):
        out.append(token.head)
    return out


def stranded_prep(prep: Token) -> bool:
    """A preposition left with nothing after it at the end of a relative clause that has a
    subject of its own and no relative word ("the ship the Tabar fired on", "the man she spoke
    with"; not "the ship that they fired on", whose pronoun is the preposition's object)."""
    verb = prep.head
    if prep.dep_ != "prep" or any(True for _ in prep.children):
        return False
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    children = list(verb.children)
    if any(c.tag_ in ("WDT", "WP", "WRB") for c in children):
        return False
    return any(c.dep_ == "nsubj" for c in children) and prep.i > verb.i


def partitive_of(head: Token, vocab: Vocab) -> Token | None:
    """The "of"-object a quantity stands for: a numeral ("two of his nephews"), a quantity
    noun ("dozens of refugees"), a quantifier ("some of the strikers") or a share ("92 per
    cent of the workforce", `share_nouns`); None otherwise."""
    quantities = (
        vocab.words("quantity_nouns") | vocab.words("partitive_words") | vocab.words("share_nouns")
    )
    if head.pos_ != "NUM" and lemma(head) not in quantities:
        return None
    inner = prep_objects(head, frozenset({"of"}))
    return inner[0] if inner else None


def counted_part(noun: Token, vocab: Vocab) -> bool:
    """A noun counted out of a pronoun ("224 people died, eight of them Americans"): an aside
    on some of the people named before it, no participant of its own (roles 1.45.0)."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("nummod", "nsubj")
        and (inner := partitive_of(c, vocab)) is not None
        and inner.pos_ == "PRON"
        for c in noun.children
    )


_COPULAS = frozenset({"be", "become", "remain"})


def predicated(noun: Token) -> bool:
    """The noun is what a copula says its subject is ("the dispute is a battle", "it's a time
    bomb", "the election has become a war")."""
    return noun.dep_ == "attr" and lemma(noun.head) in _COPULAS


def objects_of(verb: Token) -> list[Token]:
    """What a verb is done to as written: its direct objects and its passive subject ("seized
    the port", "the port was seized"), without their conjuncts."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def relative_head_object(verb: Token) -> Token | None:
    """The noun a relative clause with a subject of its own and no object or relative word
    modifies is what its verb is done to: "the sorts of stuff he was discussing" (the sorts),
    not "the man who discussed it" nor "the plan he said would work"."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or deps & {"dobj", "ccomp", "xcomp", "nsubjpass"}:
        return None
    if any(c.tag_ in ("WDT", "WP", "WP$") for c in verb.children):
        return None
    return verb.head


def direct_objects(verb: Token) -> list[Token]:
    """The verb's direct objects, or the noun its object-less relative clause modifies ("the
    sorts of stuff he was discussing": the sorts)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects or [o for o in [relative_head_object(verb)] if o is not None]


def in_direct_object(verb: Token, word: Token) -> bool:
    """`word` is the verb's direct object, or a word of the phrase of the noun its relative
    clause modifies, outside the clause ("the sorts of stuff he was discussing": stuff)."""
    if word.dep_ == "dobj" and word.head.i == verb.i:
        return True
    noun = relative_head_object(verb)
    return noun is not None and word in noun.subtree and verb not in word.ancestors


def expand(heads: Iterable[Token], clause_pos: tuple[str, ...] = ("VERB",)) -> list[Token]:
    """Heads plus their nominal conjuncts ("Sánchez and Soto", "el gobierno y la oposición"),
    in order, without duplicates; a conjunct tagged as one of `clause_pos` is another clause."""
    out: list[Token] = []
    stack = list(heads)
    while stack:
        tok = stack.pop(0)
        if tok in out:
            continue
        out.append(tok)
        stack.extend(
            c
            for c in tok.children
            if (c.dep_ == "conj" or listed_appos(c) or _named_list(c))
            and c.pos_ not in clause_pos
            and subject_conjunct(c) is None  # "at stores and demonstrators tried": no store
        )
        # a conjunct the parser hung on another word of the same name ("Barack Obama and
        # Vladimir Putin" read with "Obama" a dependent of "Barack", "Putin" a conjunct of it)
        lost = lost_first_conjunct(tok)
        if lost is not None and lost not in out:  # "Trump and Chinese leader Xi Jinping":
            out.insert(len(out) - 1, lost)  # Trump, read as a modifier, named first
        # "his mother Alice Smith and sister Katie Brown": the parser hangs the second
        # relative on the first one's apposed name (roles 1.67.0)
        stack.extend(
            c
            for a in tok.children
            if a.dep_ == "appos" and a.pos_ == "PROPN" and tok.pos_ == "NOUN"
            for c in a.children
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and subject_conjunct(c) is None
        )
        name = _name_of(tok)
        stack.extend(
            c
            for t in name
            if t.i != tok.i
            for c in t.children
            if c.dep_ == "conj" and c.pos_ == "PROPN" and c not in name
        )
    return out


def lost_first_conjunct(head: Token) -> Token | None:
    """A name the parser read as a modifier of the coordinated phrase after it, its "and"
    hung on it with no conjunct ("Trump and Chinese leader Xi Jinping have been expected
    to sign": "Trump" an adjective of "leader"; "President Trump and ..."): the first of two
    parties. Only a capitalised word whose phrase opens the head's, a "and" right after it."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = head.doc
    for tok in doc[head.left_edge.i : head.i]:
        if tok.dep_ not in ("amod", "compound", "nmod", "poss") or not tok.is_title:
            continue
        cc = [c for c in tok.children if c.dep_ == "cc" and c.lower_ == "and" and c.i > tok.i]
        if tok.left_edge != head.left_edge or not cc or cc[-1].i + 1 >= head.i:
            continue
        if any(c.dep_ == "conj" for c in tok.children):
            return None
        # the words before the "and" are all the name's ("President Trump and")
        if all(t in set(tok.subtree) for t in doc[tok.left_edge.i : cc[-1].i]):
            return tok
    return None


def subject_conjunct(noun: Token) -> Token | None:
    """The verb a nominal conjunct is the subject of, when the parser read a coordinated
    clause's subject as a conjunct of the clause before's object and hung its verb on that
    clause's verb ("hurled petrol bombs at stores and demonstrators tried to storm
    parliament": the demonstrators, the verb "tried"). A verb sharing its subject follows
    the "and" itself ("hurled bombs and tried"); here the noun after the "and" ends right
    before the verb. None for any other conjunct."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    if noun.dep_ != "conj" or after >= len(doc) or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = doc[after]
    if verb.dep_ not in ("conj", "advcl") or verb.pos_ not in ("VERB", "AUX"):
        return None  # (an adverbial clause too: "... and demonstrators tried", roles 1.39.0)
    if verb.head not in noun.ancestors or verb.tag_ in ("VBG", "VBN", "VB"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if noun.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    joined = [c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.left_edge.i]
    return verb if joined else None


def _name_of(tok: Token) -> list[Token]:
    """The tokens of the entity name `tok` is a word of (just `tok` outside a name)."""
    if not tok.ent_type_:
        return [tok]
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def _named_list(token: Token) -> bool:
    """A list of names in apposition to a plural noun names each member: "the opposition
    politicians Vladimir Kara-Murza and Ilya Yashin" (the parser gives the first name as
    the apposition and the others as its conjuncts)."""
    return (
        token.dep_ == "appos"
        and token.pos_ == "PROPN"
        and token.head.tag_ == "NNS"
        and any(c.dep_ == "conj" for c in token.children)
    )


def listed_appos(token: Token) -> bool:
    """An apposition that opens a list is a conjunct the parser misread: in "the US,
    Russia, and Switzerland met" it hangs "Russia" on "US" as an apposition, with
    "Switzerland" as the conjunct of either. Names of the same kind only ("the minister,
    Ana Lisboa and her aide" is no list)."""
    if token.dep_ != "appos" or not token.ent_type_:
        return False
    if not token.pos_ == token.head.pos_ == "PROPN" or token.ent_type_ != token.head.ent_type_:
        return False
    return any(
        any(c.dep_ == "cc" for c in host.children)
        and any(c.dep_ == "conj" and c.i > token.i for c in host.children)
        for host in (token, token.head)
    )


def phrase_tokens(head: Token) -> list[Token]:
    """The head's noun phrase without relative clauses, lists and most prepositions."""
    lost = lost_first_conjunct(head)
    keep: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        for child in tok.children:
            if lost is not None and child.i <= lost.right_edge.i and child in lost.subtree:
                continue  # "Trump and" opening "Trump and Chinese leader Xi": another party
            if _named_in_of_phrase(child, tok):
                stack.append(child)  # "the foreign ministers of Chile and Peru"
                continue
            if _hyphen_joined(child, tok):
                stack.append(child)  # "Russian-backed separatists": one word, kept whole
                continue
            if _degree_of_modifier(child, tok):
                stack.append(child)  # "far right coup mongers", "internationally recognized"
                continue
            if child.dep_ in _CUT and not (child.dep_ == "prep" and lemma(child) in _KEEP_PREPS):
                continue
            if child.dep_ == "nummod" or child.dep_ == "quantmod":
                continue
            if child.dep_ == "compound" and child.i < tok.i and child.ent_type_ in _WHEN:
                continue  # "Monday night police arrested": a fronted time folded into the phrase
            if (
                child.dep_ == "amod"
                and child.i > tok.i
                and any(g.dep_ == "prep" for g in child.children)
            ):
                continue  # "militants loyal to X": the adjective goes with its phrase
            stack.append(child)
    keep.sort(key=lambda t: t.i)
    keep = after_dateline(same_line(keep, head), head)
    # Trim leading/trailing determiners and punctuation so offsets hug the words.
    while keep and keep[0].pos_ in ("DET", "PUNCT", "CCONJ") and keep[0].i != head.i:
        keep.pop(0)
    # "Architects from across the region": a preposition whose object went with its own
    # phrase ends nothing
    while keep and keep[-1].pos_ in ("PUNCT", "CCONJ", "PART", "ADP") and keep[-1].i != head.i:
        keep.pop()
    return keep


def _degree_of_modifier(child: Token, tok: Token) -> bool:
    """An adverb right before an adjective modifying the phrase says how far it holds ("far
    right coup mongers", "the internationally recognized government", "heavily armed
    troops"): a part of the description, unlike an adverb on the noun itself ("police
    there")."""
    return child.dep_ == "advmod" and tok.dep_ == "amod" and child.i == tok.i - 1


def _hyphen_joined(child: Token, tok: Token) -> bool:
    """The child is written onto its head with a hyphen and no space ("Russian" and "-" of
    "backed" in "Russian-backed"): a part of one written word the parser split; so is a
    bound prefix set off by a spaced dash, as tokenised text writes it ("three non - violent
    marchers": "non" kept, was "violent marchers"; events-vocab 1.338.6)."""
    lo, hi = sorted((child.i, tok.i))
    between = child.doc[lo:hi]
    if child.i == tok.i - 2 and child.lower_ in _DASH_PREFIXES and child.nbor(1).text == "-":
        return True
    return any(t.text == "-" for t in child.doc[lo : hi + 1]) and not any(
        t.whitespace_ for t in between
    )


# Bound prefixes a dash joins to the word after it, never words on their own.
_DASH_PREFIXES = frozenset({"non", "co", "ex", "anti", "pro", "semi", "counter", "pre", "post"})


@dataclass(frozen=True)
class Hyphenated:
    """A hyphenated modifier of a phrase whose participle the vocabulary lists ("Russian-
    backed"): what the words before the hyphen are to the phrase (`relation`: sponsor,
    origin, holder, leader), those words' tokens (none when the parser kept the modifier one
    token, "U.S.-led") and their text."""

    relation: str
    words: tuple[Token, ...]
    text: str


def hyphenated(tokens: Sequence[Token], vocab: Vocab) -> list[Hyphenated]:
    """The listed hyphenated modifiers among a phrase's tokens."""
    out: list[Hyphenated] = []
    for tok in tokens:
        if "-" in tok.text.strip("-"):  # "U.S.-led": one token
            before, after = tok.text.rsplit("-", 1)
            relation = vocab.hyphen_relations.get(after.lower())
            if relation is not None:
                out.append(Hyphenated(relation, (), before))
            continue
        relation = vocab.hyphen_relations.get(tok.lower_)
        if relation is None or tok.i < 1:
            continue
        dash = tok.nbor(-1)
        if dash.text != "-" or dash.whitespace_ or dash.i < 1 or dash.nbor(-1).whitespace_:
            continue
        words = {t for t in tok.subtree if t.i < dash.i} | {dash.nbor(-1)}
        ordered = tuple(sorted(words, key=lambda t: t.i))
        text = doc_text(tok.doc)[ordered[0].idx : dash.idx]
        out.append(Hyphenated(relation, ordered, text))
    return out


def _named_in_of_phrase(child: Token, tok: Token) -> bool:
    """A name coordinated with the name an "of"-phrase of the head holds, with its "and" and
    commas: "the foreign ministers of Chile and Peru" are the ministers of both, one phrase."""
    first = tok
    while first.dep_ == "conj" and first.pos_ == "PROPN" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "pobj" or lemma(first.head) not in _KEEP_PREPS or tok.pos_ != "PROPN":
        return False
    if child.dep_ in ("cc", "punct") and child.text in ("and", ","):
        return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children)
    return child.dep_ == "conj" and child.pos_ == "PROPN"


def after_dateline(tokens: list[Token], head: Token) -> list[Token]:
    """Drop what a dash before the head separates from it: "MARACAIBO, Venezuela (AP) —
    Venezuelan authorities released..." has the authorities as subject, not the dateline."""
    if not in_dateline(head):  # the dateline the parser hung on the head is cut too
        tokens = [t for t in tokens if not in_dateline(t)]
    dashes = [t.i for t in tokens if t.i < head.i and is_dash(t)]
    return [t for t in tokens if t.i > dashes[-1]] if dashes else tokens


def same_line(tokens: list[Token], head: Token) -> list[Token]:
    """Tokens on the head's line: a phrase never runs across a paragraph or title break."""
    text = doc_text(head.doc)
    lo = text.rfind("\n", 0, head.idx) + 1
    hi = text.find("\n", head.idx)
    hi = len(text) if hi < 0 else hi
    return [t for t in tokens if lo <= t.idx and t.idx + len(t) <= hi]


def line_of(token: Token) -> tuple[int, int]:
    text = doc_text(token.doc)
    hi = text.find("\n", token.idx)
    return text.rfind("\n", 0, token.idx), len(text) if hi < 0 else hi


def described_by_participle(noun: Token, participle: Token) -> Token | None:
    """ "the arrest and conviction of Bin Laden, indicted as the architect of the bombings": a
    participle the parser hangs on an act noun, set off by a comma right after the name the
    noun's "of"-phrase ends on, describes that one: the name (modality 1.70.2)."""
    before = participle.nbor(-1) if participle.i > 0 else None
    if before is None or before.text != "," or before.i == 0:
        return None
    named = before.nbor(-1)
    if named.pos_ != "PROPN" or named.i <= noun.i:
        return None
    name = named if named.dep_ == "pobj" else named.head  # "of Osama Bin Laden"
    if name.dep_ != "pobj" or lemma(name.head) != "of":
        return None
    return name


def clause_verb(token: Token, steps: int = 4) -> Token:
    """The verb of a token's clause: up from the token through its heads, at most `steps` of
    them, to the first verb or auxiliary ("their forces" -> "held"); the last word reached
    (the root, or the head `steps` words up) when there is none. Both languages' parses."""
    verb = token
    for _ in range(steps):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


_NAME_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphen_prefix_start(doc: Doc, start: int) -> int:
    """Where a name the tagger cut at its hyphen really starts: a name opening with a dash
    glued to the word before it ("al-Qaida" tagged "-Qaida", "al-Aqsa Martyrs Brigades",
    "al-Jazeera") starts at that word; any other name where it starts. (A modifier such as
    "anti-Israeli" is never so tagged: its name starts after the dash.)"""
    span = doc.char_span(start, start + 1)  # the dash, a token of one character
    if span is None or span[0].text not in _NAME_HYPHENS or span[0].whitespace_:
        return start
    dash = span[0]
    if dash.i < 1:
        return start
    word = doc[dash.i - 1]
    return word.idx if word.is_alpha and not word.whitespace_ else start
