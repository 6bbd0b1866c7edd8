"""Who meets at a meeting someone is called, summoned or invited to (roles 1.189.3).

"The prime minister invited the opposition leader for talks", "The president summoned his
generals to a meeting", "Peres had called all the ministers for a special meeting Wednesday
to discuss the fallout": the one who convenes (the subject of a verb of `convening_verbs`)
meets the ones convened (its object) at the meeting noun (`mutual_meetings`) of its "for" or
"to" phrase; so does the act of talking the meeting is for ("a meeting to discuss X"). The
parser leaves such a noun, and its infinitive, with no party of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, names_party
from chronicler.annotate.events_match import VERB_POS, to_infinitive
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_MEETING_PREPS = frozenset({"for", "to"})


def convened_parties(trigger: Token, ctx: Context) -> tuple[list[Token], list[Token]]:
    """The convener and the ones convened, when `trigger` is a meeting noun they are called
    to, or an infinitive saying what it is for; nothing otherwise."""
    meetings = ctx.vocab.words("mutual_meetings")
    meeting: Token | None = trigger
    if trigger.pos_ in VERB_POS and to_infinitive(trigger):
        if trigger.dep_ == "acl":
            meeting = trigger.head  # "a special meeting to discuss the fallout"
        elif trigger.dep_ == "advcl":  # the infinitive hung on the verb of convening
            meeting = next(
                (
                    p
                    for c in trigger.head.children
                    if c.dep_ == "prep" and lemma(c) in _MEETING_PREPS
                    for p in c.children
                    if p.dep_ == "pobj" and p.i < trigger.i
                ),
                None,
            )
    if meeting is None or meeting.pos_ != "NOUN" or meeting.dep_ != "pobj":
        return [], []
    if lemma(meeting) not in meetings:
        return [], []
    prep = meeting.head
    if lemma(prep) not in _MEETING_PREPS:
        return [], []
    holder = prep.head  # "invited the leader for talks": the "for" may hang on the object
    if holder.dep_ == "dobj" and holder.head.pos_ in VERB_POS:
        verb, convened = holder.head, [holder]
    else:
        verb, convened = holder, [c for c in holder.children if c.dep_ == "dobj"]
    if verb.pos_ not in VERB_POS or lemma(verb) not in ctx.vocab.words("convening_verbs"):
        return [], []
    convened = [c for c in convened if names_party(c, ctx)]
    if not convened:
        return [], []
    return list(subjects(verb).active), convened
