"""Direct quotations and their speakers: the verbs of saying (REPORTING_VERBS), the spans of
the direct quotations of a doc (one running over several paragraphs is one span), the subject
of the reporting clause a quotation is handed to, and the speaker of an I/we or of any pronoun
inside a quotation. Moved out of events_pronouns on 2026-12-06 (split39), behaviour unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_vocab import load_vocab
from chronicler.annotate.quotes import (
    DOUBLE_CLOSING,
    DOUBLE_OPENING,
    STRAIGHT_DOUBLE,
    TEX_CLOSING,
    TEX_OPENING,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Verbs of saying: their subject reports what their complement tells ("X said that ...").
REPORTING_VERBS = frozenset(
    {
        "say",
        "announce",
        "report",
        "tell",
        "state",
        "claim",
        # a verb of allegation reports what it alleges ("Police contend that Jones shot him")
        "contend",
        "insist",
        "reiterate",
        "conclude",
        "declare",
        "add",
        "confirm",
        "note",
        "stress",
        "write",
        "argue",
        "allege",
        "assert",
        "affirm",
        "maintain",
        "explain",
        # a court's finding reports what the accused did
        "rule",
        "find",
    }
)


# A quotation left open at a paragraph's end goes on into the next ones: news opens each
# paragraph of a long quotation anew and closes only the last, and some texts put each
# sentence on a line of its own. Open over more paragraphs than this, it is a stray mark.
QUOTE_PARAGRAPHS = 3
# How many tokens a reporting verb may stand from the quotation mark it hands the words to
# ("," Deputy District Attorney Phil Stirling said", "Stirling told reporters: "").
REPORT_WINDOW = 8


def _paragraph_break(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text


def _mark_side(tok: Token) -> str | None:
    """Whether a double quotation mark opens ("open"), closes ("close") or may do either
    ("either"); None for any other token. A curly mark says; a straight one opens where it
    leans on the word after it (' "He'), closes where it leans on the word before it
    ('said," he'), and either where it stands alone (' , " ', tokenised text)."""
    doc = tok.doc
    if tok.text in DOUBLE_OPENING:
        return "open"
    if tok.text in DOUBLE_CLOSING or tok.text == TEX_CLOSING:
        return "close"
    if tok.text == TEX_OPENING[0]:  # the first of the split backquotes "``" (roles 1.128.0)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        pair = nxt is not None and nxt.text == TEX_OPENING[0] and not tok.whitespace_
        return "open" if pair else None
    if tok.text != STRAIGHT_DOUBLE:
        return None
    before = tok.i == 0 or bool(doc[tok.i - 1].whitespace_) or doc[tok.i - 1].is_space
    after = tok.i + 1 == len(doc) or bool(tok.whitespace_) or doc[tok.i + 1].is_space
    if before and not after:
        return "open"
    return "close" if after and not before else "either"


def quotation_spans(doc: Doc) -> list[tuple[int, int]]:
    """The direct quotations of `doc`, each as the indices of its opening and closing mark;
    one running over several paragraphs (or lines) is one span."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    paragraphs = 0  # paragraph breaks since the quotation opened
    for tok in doc:
        if _paragraph_break(tok):
            paragraphs += 1
            if opened is not None and paragraphs > QUOTE_PARAGRAPHS:
                opened = None  # never closed: a stray mark
            continue
        side = _mark_side(tok)
        if side is None:
            continue
        if opened is not None and side != "open":
            spans.append((opened, tok.i))
            opened = None
        elif side != "close" and (opened is None or paragraphs == 0):
            # a mark opening a later paragraph of an open quotation goes on with it
            opened = tok.i
            paragraphs = 0
        elif side != "close":
            paragraphs = 0
    return spans


def _reporting_subject(verb: Token) -> Token | None:
    """The subject of a verb of saying, or of answering ('Mr Ford replied: "We will not
    press you"': Ford; `quote_answering_verbs`, roles 1.189.3), that hands a quotation on."""
    said = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or (
        said not in REPORTING_VERBS and said not in load_vocab().words("quote_answering_verbs")
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def quotation_speaker(doc: Doc, opening: int, closing: int) -> Token | None:
    """The subject of the reporting clause a quotation is handed to: after its closing mark
    ('..., " Stirling said', '..., " said Stirling', '..., " she said') or before its opening
    mark ('Stirling said: "...'). A quoted fragment inside one's own sentence ('called him a
    "predator"') has none: the clause must be set off by punctuation."""
    end = doc[closing - 1] if closing else None
    after = doc[closing + 1] if closing + 1 < len(doc) else None
    if (end is not None and end.is_punct) or (after is not None and after.text == ","):
        for tok in doc[closing + 1 : min(closing + 1 + REPORT_WINDOW, len(doc))]:
            if _mark_side(tok) is not None or _paragraph_break(tok):
                break
            if (subject := _reporting_subject(tok)) is not None:
                return subject
    if opening and doc[opening - 1].text in (":", ","):
        for tok in reversed(doc[max(opening - REPORT_WINDOW, 0) : opening]):
            if _mark_side(tok) is not None or _paragraph_break(tok):
                break
            if (subject := _reporting_subject(tok)) is not None:
                return subject
    return None


_QUOTED_PRONOUNS_KEY = "chronicler_quoted_pronoun_speakers"
FIRST_PERSON = frozenset({"i", "me", "we", "us", "my", "our"})


def first_person_speaker(pronoun: Token) -> Token | None:
    """The subject of the reporting clause of the direct quotation an I/me/we/us (or a
    my/our owning an act) is in: one's own words say "I" of oneself and "we" of one's side
    ('"We will not attack civilians," the commander said': the commander; '"Biden was not a
    topic of our discussions," Volker said': Volker's); None outside a quotation with a
    reporting clause."""
    if pronoun.lower_ not in FIRST_PERSON or pronoun.pos_ != "PRON":
        return None
    speaker = speaker_of_quoted(pronoun) or _embedding_reporter(pronoun)
    return None if speaker is None or speaker.lower_ in FIRST_PERSON else speaker


def _embedding_reporter(pronoun: Token) -> Token | None:
    """The subject of a verb of saying outside a quotation with no reporting clause of its
    own that the quoted words hang under: one's own words quoted inside the report of what
    one said ('Volker said he had one meeting with him, in which Giuliani "raised, and I
    rejected, the conspiracy theory"': I is Volker; roles 1.24.0)."""
    for opening, closing in quotation_spans(pronoun.doc):
        if opening < pronoun.i < closing:
            for above in pronoun.ancestors:
                if (
                    not opening < above.i < closing
                    and (subject := _reporting_subject(above)) is not None
                ):
                    return subject
            return None
    return None


def speaker_of_quoted(pronoun: Token) -> Token | None:
    """The subject of the reporting clause of the direct quotation a pronoun is in, None
    outside one or for a quotation with no reporting clause."""
    return quoted_pronoun_speakers(pronoun.doc).get(pronoun.i)


def quoted_pronoun_speakers(doc: Doc) -> dict[int, Token]:
    """Each pronoun inside a direct quotation with a reporting clause -> the subject of that
    clause; worked out once a doc, since every pronoun and every quoted he/she asks."""
    cached = doc.user_data.get(_QUOTED_PRONOUNS_KEY)
    if cached is None:
        cached = doc.user_data[_QUOTED_PRONOUNS_KEY] = _scan_quoted_pronouns(doc)
    return cached


def _scan_quoted_pronouns(doc: Doc) -> dict[int, Token]:
    out: dict[int, Token] = {}
    for opening, closing in quotation_spans(doc):
        speaker = quotation_speaker(doc, opening, closing)
        if speaker is None:
            continue
        for tok in doc[opening + 1 : closing]:
            if tok.pos_ == "PRON":
                out[tok.i] = speaker
    return out
