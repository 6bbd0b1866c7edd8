"""Checks on an event's parties that extract_events makes: whether a second side is named, whether
a doer is people, a document or an act of the event's own type, whether an act is one only a
state does at a territory, and whether a place or an elided "others" stands as the target.

Moved out of events.py on 2026-12-06 (split40).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_attrs import in_source_phrase
from chronicler.annotate.events_participants import actor_like
from chronicler.annotate.events_phrases import partitive_of
from chronicler.annotate.events_scenes import other_scene, scene_of_noun, scene_only
from chronicler.annotate.events_unseen_data import load_settings as load_unseen_settings
from chronicler.annotate.events_vocab import Rule, Vocab, lemma
from chronicler.annotate.mention_lookup import mentions_overlapping
from chronicler.model import Participant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Modifiers naming whose a thing is: "an Australian ultimatum", "Israel's proposal"
_OWNER_DEPS = frozenset({"amod", "poss", "compound", "nmod"})
_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def other_side(
    actors: list[Participant], targets: list[Participant], target_heads: list[Token], ctx: Context
) -> bool:
    """Whether an event names a second party besides its doer: an actor as target, a second
    actor beside the first ("Czechia and China signed an agreement"), or a thing of a named
    party acted on ("rejected an Australian ultimatum": Australia is the other side)."""
    if any(actor_like(t) for t in targets) or sum(actor_like(a) for a in actors) >= 2:
        return True
    return any(
        m.label in _PARTY_LABELS
        for head in target_heads
        for child in head.children
        if child.dep_ in _OWNER_DEPS
        for m in mentions_overlapping(
            ctx.mentions, ctx.mention_starts, child.idx, child.idx + len(child)
        )
    )


def people_doer(p: Participant, doc: Doc, vocab: Vocab) -> bool:
    """A doer named by a noun of people or of a group ("a Saudi businessman", "the Hizbollah
    group", "striking miners"): a party that acts, though no named one (unseen_rule's
    `people_doers`)."""
    if not load_unseen_settings().people_doers:
        return False
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or p.resolved:
        return False
    people = vocab.words("person_nouns") | vocab.words("actor_nouns")
    return lemma(span.root) in people | vocab.words("collective_nouns")


def document_doer(p: Participant, rule: Rule, doc: Doc, vocab: Vocab) -> bool:
    """A doer named by a document noun in an act of a type a text states or lays down ("a
    report alleged that", "the resolution demanded", "a statement condemned"; `document_nouns`,
    `document_doer_types`): the document speaks for whoever issued it, no thing acting
    ("the collapse of services undermined him" stays one)."""
    if rule.type.lower() not in vocab.words("document_doer_types"):
        return False
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and lemma(span.root) in vocab.words("document_nouns")


def act_as_doer(p: Participant, rule: Rule, triggers: dict[int, Rule], doc: Doc) -> bool:
    """A doer that is itself an act of the event's type, told as what did it ("drone attacks
    have killed eight leaders", "a bombing wounded two soldiers"): the act, not a thing."""
    return any(r.type == rule.type and p.start <= doc[i].idx < p.end for i, r in triggers.items())


def state_act(rule: Rule, head: Token, ctx: Context) -> bool:
    """An act only a state's authorities do (arrest, ban, sanction, charge), at a named
    territory; not a movement, whose place is where someone goes ("exile in Spain")."""
    acts = ctx.vocab.words("state_act_types") | ctx.vocab.words("state_act_modes")
    if rule.type.lower() not in acts and (rule.mode or "") not in acts:
        return False
    if rule.mode in ctx.vocab.words("movement_modes") or rule.id in ctx.vocab.words("theft_rules"):
        return False  # a theft or robbery is a crime, no act of the state (vocab 1.345.0)
    if in_source_phrase(head, ctx.vocab.words("source_preps")):
        return False  # "watched the trial from a prison in X": X's state did nothing
    found = mentions_overlapping(ctx.mentions, ctx.mention_starts, head.idx, head.idx + len(head))
    return any(m.label == "GPE" for m in found)


def mission_shelter(rule: Rule, place: Token, ctx: Context) -> bool:
    """Aid given in a state's mission ("sheltered in the embassy of Mexico"): with no giver
    named, the state whose mission it is gives it."""
    return rule.type == "AID" and lemma(place) in ctx.vocab.words("mission_nouns")


def unplaced_force(actor: Participant, ctx: Context) -> bool:
    """An unnamed force or authority of a role that acts in its own state's territory
    (`seated_force_roles`: "riot police", "prosecutors") whose phrase names no state."""
    return (
        actor.label is None
        and actor.country is None
        and not actor.resolved
        and actor.role in ctx.vocab.words("seated_force_roles")
    )


def elided_person(head: Token, ctx: Context) -> bool:
    """A determiner standing for people whose noun is left out ("two people were killed and
    another wounded", "others were injured"; `elided_person_words`): the act is aimed at
    them, not at the territory it happened in."""
    return (
        head.pos_ in ("DET", "PRON", "NOUN", "ADJ")
        and head.lower_ in ctx.vocab.words("elided_person_words")
        and head.dep_ in ("nsubj", "nsubjpass", "dobj", "conj")
        and partitive_of(head, ctx.vocab) is None
    )


def territory_target(rule: Rule, head: Token, trigger: Token, ctx: Context) -> bool:
    """The event's place may stand as its target: a country, city or region named by an
    entity mention (GPE/LOC), not a building; never for a meeting (its place is only where
    the parties met, PLOVER codes no recipient), a protest (PLOVER: "against the
    recipient"; `scene_only_types`) nor a custody event (its target is the person held);
    never a place told as another act's or as where someone else is (`other_scene`)."""
    if rule.type == "CONSULT" or rule.mode in ctx.vocab.words("custody_modes"):
        return False
    if scene_only(head, rule, ctx) or scene_of_noun(head, trigger, rule, ctx):
        return False  # "protests in Athens": where they were, no one protested against
    if in_source_phrase(head, ctx.vocab.words("source_preps")):
        return False  # "followed the hearing from the prison in X": X is no target
    if other_scene(head, trigger, ctx) or lemma(head) in ctx.vocab.words("natural_places"):
        return False  # "for trial in the Netherlands", "while the child is in the US"
    found = mentions_overlapping(ctx.mentions, ctx.mention_starts, head.idx, head.idx + len(head))
    return any(m.label in ("GPE", "LOC") for m in found)
