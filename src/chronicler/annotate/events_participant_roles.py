"""The role a participant's words give it ("opposition leader X": the opposition; "government
troops": the military; "former U.S. Marine X": none, a past affiliation): the modifiers of the
phrase's head first, then the head, then the rest of the phrase, by the roles of roles.toml.
Split from events_participants."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.entities import load_person_cues
from chronicler.annotate.entities_roles import international_body
from chronicler.annotate.events_actors import negated_prefix
from chronicler.annotate.events_phrases import hyphenated
from chronicler.annotate.events_vocab import Vocab, lemma
from chronicler.annotate.past_roles import in_the_past, possessed_role
from chronicler.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


def _modifiers(token: Token, tokens: Sequence[Token]) -> list[Token]:
    """The compound and adjective modifiers of `token` in `tokens`, each after its own."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ in ("compound", "amod") and c in tokens:
            out += [*_modifiers(c, tokens), c]
    return out


def role_of(
    tokens: Sequence[Token],
    head: Token,
    mention: Mention | None,
    vocab: Vocab,
    held_before: bool = False,
) -> str | None:
    """The role a participant's words give it; with `held_before`, also a role put in the
    past ("former Spanish Prime Minister X": a former leader is still his country's)."""
    # Modifiers of the head first ("opposition leader", "army general"), a modifier's own
    # before it ("opposition leader María Corina Machado": the opposition, not "leader"),
    # then the head, then the rest of the phrase.
    if international_body(mention, head, load_person_cues()):
        return "international"  # "The European Union", not civilians by its "union"
    # "Russian-backed separatists", "an Iranian-born journalist": a sponsor's, an origin's
    # or a holder's words are someone else's, not a role of the phrase
    others = {t.i for h in hyphenated(tokens, vocab) if h.relation != "leader" for t in h.words}
    tokens = [t for t in tokens if t.i not in others]
    mods = _modifiers(head, tokens)
    # an opponent's word before the words it opposes: "Kremlin critic Vladimir Kara-Murza",
    # "government critics" are the Kremlin's and the government's critics, not their own
    opposing = [t for t in (*mods, head) if _word_role(t, vocab) == "opposition"]
    # a government's armed men are its forces: "government troops", "regime forces" (CAMEO
    # codes them military, not the government; "government spokesman" stays the government)
    own = _word_role(head, vocab)
    if own in vocab.words("government_force_roles") and any(
        _word_role(m, vocab) == "government" for m in mods
    ):
        opposing = [*opposing, head]
    ordered = [*opposing, *mods, head, *[t for t in tokens if t.i != head.i and t not in mods]]
    for tok in ordered:
        role = possessed_role(tok, vocab.past) or _word_role(tok, vocab)
        # "former U.S. Marine Paul Whelan": a past affiliation is no role he acts in now
        if role is not None and (held_before or not in_the_past(tok, tokens, vocab.past)):
            return role
    if mention is not None and mention.label == "GPE":
        return "government"  # a country acting is its state
    return None


def _word_role(tok: Token, vocab: Vocab) -> str | None:
    """The first role whose words hold the token's lemma or text."""
    if negated_prefix(tok):
        return None  # "anti-government" says what a phrase opposes, not what it is
    if tok.tag_ == "VBG":
        return None  # "spying charges", "policing": an -ing form names an act, not its doer
    low, text = lemma(tok), tok.text.lower()
    return next((role for role, words in vocab.roles if low in words or text in words), None)
