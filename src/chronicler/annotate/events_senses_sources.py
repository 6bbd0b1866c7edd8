"""A document cited as the source of what a sentence tells: "According to an NYPD release,
the woman was walking home", "according to a police report": the release or report is where
the news comes from, no act of its own (a release of persons, a report made). Each check has
the signature of events_filters' checks (vocabulary 1.370.3). A document that speaks as the
subject of a verb of saying, "the attackers tried to flee, the release said", is the same
source (vocabulary 1.382.0)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def cited_document(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """A document noun (`document_nouns`) in an "according to" phrase: a source cited."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("document_nouns"):
        return None
    to = trigger.head
    if trigger.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according":
        return None
    return "a document cited as a source, no act of its own"


def speaking_document(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """A document noun as the subject of a verb of saying (`attribution_verbs`): "the release
    said", "a police release stated". Only where the act read is none a text can state
    (`document_doer_types`): "the appeal said the prisoners must be freed" is still a
    request made, while a release that speaks is a press release, no one freed."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("document_nouns"):
        return None
    if rule.type.lower() in ctx.vocab.words("document_doer_types"):
        return None
    if trigger.dep_ != "nsubj" or lemma(trigger.head) not in ctx.vocab.words("attribution_verbs"):
        return None
    # a release of someone named ("the release of the hostages said much about the deal")
    # is still the act, told as what says something
    if any(child.dep_ in ("prep", "poss") for child in trigger.children):
        return None
    return "a document that says what the sentence tells, no act of its own"


SOURCE_SENSES = (cited_document, speaking_document)
