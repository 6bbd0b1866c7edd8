"""An act told as what a written text is: "The minister has written a letter of complaint to the
journal", "the embassy sent a note of protest to the ministry". The act noun in the "of" phrase
of a document noun (`document_nouns`) that a verb of issuing takes as its object (`issuing_
verbs`: write, send, deliver, issue...) is done by who issues the text, and aimed at whom it is
sent "to" (roles 1.186.1). So a protest told so is a formal one, in words (vocabulary.toml
`protest-official`, whose context reads the text's noun: events_match)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act, entity_at
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_subjects_texts import issued_text
from chronicler.annotate.events_vocab import Vocab, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_TO = frozenset({"to"})


def text_of_act(noun: Token, vocab: Vocab) -> Token | None:
    """The document noun whose "of" phrase `noun` is ("a letter of complaint": letter)."""
    if noun.dep_ != "pobj" or lemma(noun.head) != "of" or noun.head.dep_ != "prep":
        return None
    text = noun.head.head
    if text.pos_ != "NOUN" or lemma(text) not in vocab.words("document_nouns"):
        return None
    return text


def written_act_parties(trigger: Token, ctx: Context) -> tuple[list[Token], list[Token]]:
    """Who issued the text the act noun is told as, and whom it was sent to; ([], []) for an
    act noun told otherwise ("the anniversary of the protest")."""
    text = text_of_act(trigger, ctx.vocab)
    if text is None or not issued_text(text):
        return [], []
    issuers = [h for h in subjects(text.head).active if can_act(h, ctx)]
    sent_to = prep_objects(text, _TO) + prep_objects(text.head, _TO)
    addressees = [a for a in sent_to if can_act(a, ctx) or entity_at(a, ctx) is not None]
    return issuers, addressees
