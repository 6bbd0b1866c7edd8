"""Who did an act told with an event noun as its subject ("a raid that freed Ortega from
prison"): a raid frees nobody, the ones who took part in it did. The noun's own doers stand
for it, or no one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import (
    RELATIVE,
    Context,
    can_act,
    people_noun,
    relative_head,
)
from chronicler.annotate.events_args import argument_heads
from chronicler.annotate.events_match import lemma
from chronicler.annotate.events_vocab import Rule

if TYPE_CHECKING:
    from spacy.tokens import Token


def act_doers(heads: list[Token], rule: Rule, ctx: Context) -> list[Token]:
    """`heads` with an event noun read as its own doers ("X took part in a raid that freed
    Ortega": X), else dropped. An act of the same type told as what did it stays ("a bombing
    wounded two soldiers", events._act_as_doer), but not through a relative clause, which
    re-tells the noun's act ("a stabbing that killed a passenger": no killer named). A
    custody act (an arrest, a release) is done by someone who can act, never by a thing."""
    out: list[Token] = []
    custody = rule.mode in ctx.vocab.words("custody_modes")
    for head in heads:
        noun = relative_head(head) if lemma(head) in RELATIVE else head
        other = ctx.rules.get(noun.i)
        person = people_noun(noun, ctx)  # "protesters": people, though a protest's word
        # an act of the same type told as what did it stays ("a bombing wounded two
        # soldiers", as PLOVER codes it), unless a relative clause re-tells the noun's own
        # act: "a stabbing that killed a passenger" names one act, with no one who did it
        same = (
            other is not None
            and other.type == rule.type
            and (bool(rule.fallback) or lemma(head) not in RELATIVE)
        )
        if other is not None and noun.pos_ == "NOUN" and not same and not person:
            found = argument_heads(noun, other, ctx)[0]
            out += [a for a in found if a not in out and a.i != noun.i]
        elif custody and not person and not _able(head, noun, ctx):
            continue
        elif head not in out:
            out.append(head)
    return out


def _able(head: Token, noun: Token, ctx: Context) -> bool:
    """A doer of a custody act: a name, a pronoun, a group or a role; not a thing ("the
    decree freed him") nor an event (can_act)."""
    if noun.i in ctx.triggers:
        return False
    return head.pos_ in ("PRON", "PROPN") or can_act(head, ctx)
