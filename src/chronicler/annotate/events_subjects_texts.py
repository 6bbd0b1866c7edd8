"""Documents and binding texts as the subjects of verbs: who issued a statement, an order
or a law does what it states or orders, and a text no one named issued names no actor
(split from events_subjects, which reads verbs' subjects in general)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import RELATIVE, relative_head
from chronicler.annotate.events_vocab import Vocab, lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token


def issued_texts(vocab: Vocab) -> frozenset[str]:
    """Nouns of a text a body issues: statements and the like, and binding texts ("an
    executive order", "a ruling"; `directive_nouns`, vocabulary 1.292.0)."""
    return vocab.words("document_nouns") | vocab.words("directive_nouns")


def issued_text(noun: Token) -> bool:
    """A document or a binding text that the verb taking it as its object issued or sent
    ("issued a declaration", "passed a law", "signed an order"; `issuing_verbs`): its issuer
    does what it states or orders. Not one rejected, debated or vetoed ("rejected a law
    banning X" says nothing of its author). The one check for the three readings: a
    participle on the text, an order causing an act, a relative clause on the text."""
    vocab = load_vocab()
    return (
        noun.dep_ == "dobj"
        and lemma(noun) in issued_texts(vocab)
        and lemma(noun.head) in vocab.words("issuing_verbs")
    )


def received_text(noun: Token) -> bool:
    """A document one receives, draws or faces ("received petitions urging them to resign";
    `converse_verbs`): it asks the receiver, for whoever sent it."""
    vocab = load_vocab()
    return (
        noun.dep_ == "dobj"
        and lemma(noun) in vocab.words("document_nouns")
        and lemma(noun.head) in vocab.words("converse_verbs")
    )


def text_of_no_author(active: tuple[Token, ...]) -> bool:
    """A relative clause's subject that stands for a document or a binding text that the verb
    taking it as its object did not issue ("the assembly rejected a resolution that condemned
    the raid", "debated a law that bans X"): the text names none who acts, its authors are
    not told, and a text is no actor (roles 1.92.0)."""
    if len(active) != 1 or lemma(active[0]) not in RELATIVE:
        return False
    document = relative_head(active[0])
    return (
        document.i != active[0].i
        and document.dep_ == "dobj"
        and lemma(document) in issued_texts(load_vocab())
        and not issued_text(document)
    )


def issuer_verb(active: tuple[Token, ...]) -> Token | None:
    """The verb by which a body issued the document a relative clause's subject stands for:
    in "the council approved a resolution that condemned the raid" the council condemns, not
    the paper ("rejected a resolution that condemned X" says nothing of who condemned)."""
    if len(active) != 1 or lemma(active[0]) not in RELATIVE:
        return None
    document = relative_head(active[0])
    if document.i == active[0].i or not issued_text(document):
        return None
    return document.head
