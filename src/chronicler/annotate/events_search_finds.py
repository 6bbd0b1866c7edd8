"""Who searched: a search noun told as when or where something was found ("Police said they
found a box in a Dumpster during a search Monday evening", "officers recovered a shotgun in a
search of the house") was made by whoever found it, the active subject of the verb of finding
(`finding_verbs`) whose "during"/"in" phrase the noun is (`search_nouns`, `search_time_preps`;
prec39b, roles 1.144.0). A passive's subject is what was found, no searcher ("a gun was found
during a search"), and a verb of another kind tells no search of its subject's ("he fled
during a search of the area")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act
from chronicler.annotate.events_match import VERB_POS
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def search_finders(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The active subjects of the finding verb a search noun is the "during"/"in" phrase of."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("search_nouns"):
        return []
    prep = trigger.head
    if trigger.dep_ != "pobj" or lemma(prep) not in ctx.vocab.words("search_time_preps"):
        return []
    verb = prep.head
    if verb.pos_ not in VERB_POS or lemma(verb) not in ctx.vocab.words("finding_verbs"):
        return []
    return [h for h in subjects(verb).active if h.i != trigger.i and can_act(h, ctx)]
