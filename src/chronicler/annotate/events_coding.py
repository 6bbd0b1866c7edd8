"""How an event mention is coded as one PLOVER category, as an event coder assigns it to its
sentence: a statement of intent becomes AGREE or THREATEN, an obligation put on someone else
REQUEST, refused cooperation REJECT (PLOVER manual, Sec. 2.3), armed forces readying an
attack MOBILIZE, a hostile act a speaker claims another did ACCUSE (CAMEO 112). Shared by
both languages' extractors and by the speech acts built from statements of intent
(events_speech)."""

from __future__ import annotations

from chronicler.annotate.events_vocab import COOPERATIVE_TYPES
from chronicler.model import EventMention

# Intent verbs that always code as THREATEN, whatever they announce.
_THREAT_INTENTS = frozenset({"threaten", "warn"})
_VERBAL_CONFLICT = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Roles of the armed: their readying for an attack is a military move (PLOVER MOBILIZE).
_ARMED_ROLES = frozenset({"military", "police", "rebels"})
# Hostile acts a speaker alleges another party did: the report is an accusation (CAMEO 112).
_ALLEGED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
# Protest modes whose announcement is a threat to restrict (PLOVER manual, THREATEN modes).
_RESTRICT_MODES = frozenset({"strike", "boycott", "obstruct"})


def is_factual(event: EventMention) -> bool:
    """A reported event that happened: not negated, hypothetical or announced for later."""
    return not (event.negated or event.hypothetical or event.future)


def _announced_demonstration(event: EventMention) -> bool:
    """A called or announced demonstration stays PROTEST, flagged future: "mobilizing
    supporters to demonstrate" is PROTEST (manual, MOBILIZE). Announced strikes, boycotts and
    blockades are THREATEN 'restrict' (manual, THREATEN modes)."""
    return event.type == "PROTEST" and event.mode not in _RESTRICT_MODES


def _by_another(event: EventMention) -> bool:
    """The act has a named doer other than whoever reports it ("claimed that it had carried
    out the attack" claims a deed of its own, accusing no one)."""
    speakers = {p.text.lower() for p in event.reported_by}
    return bool(speakers) and any(
        (a.label is not None or a.role is not None) and a.text.lower() not in speakers
        for a in event.actors
    )


def accused_act(event: EventMention) -> bool:
    """A hostile act a verb of claim tells another named party did (`allegation_verbs`:
    "Police claim that Jones fired at officers", "Prosecutors contend the guards beat
    him"): an accusation, so the act is alleged, hypothetical, by the accusations ruling
    of the thirty-fifth session; a claim of one's own deed ("the group claimed that it had
    bombed the base") or of no hostile act ("claimed that talks had resumed") stays told
    (events-vocab 1.329.0)."""
    attrs = dict(event.attributes)
    return "alleged_by" in attrs and event.type in _ALLEGED_TYPES and _by_another(event)


def plover_coding(event: EventMention) -> str:
    """The PLOVER category a coder assigns to the sentence when this is its main event:
    announced cooperation is AGREE, announced conflict THREATEN (manual, Sec. 2.3), an
    obligation put on someone else REQUEST, refused cooperation REJECT (also cooperation held
    back until a condition is met)."""
    attrs = dict(event.attributes)
    intent = attrs.get("intent")
    if "alleged_by" in attrs and event.type in _ALLEGED_TYPES and _by_another(event):
        return "ACCUSE"  # "the US claimed that ISIL had attacked Iraq": the US accuses ISIL
    if event.type == "THREATEN" or intent in _THREAT_INTENTS:
        return "THREATEN"
    if (
        "prepared" in attrs
        and event.type == "ASSAULT"
        and any(a.role in _ARMED_ROLES for a in event.actors)
    ):
        # "the army prepared to resume shelling": forces readied for an attack, a military
        # move short of force, not a verbal threat (PLOVER manual, MOBILIZE)
        return "MOBILIZE"
    # "said they would boycott": a reported "would" announces, like "will".
    announced = bool(intent or event.future) or (
        attrs.get("modal") == "would" and bool(event.reported_by)
    )
    if attrs.get("purpose") == "ahead" and not intent:
        # "Smith was chosen to kill the informer", "viajó a la frontera para investigar": a
        # purpose is an act aimed at, announced by no one, coded as its own type (the PLOVER
        # gold codes a purpose that is the sentence's main event as that act, "has taken
        # steps to enhance political freedoms" CONCEDE, and never as AGREE or THREATEN;
        # events-vocab 1.338.7)
        announced = False
    conditional = attrs.get("condition") in ("if", "unless")
    may = attrs.get("modal") in ("may", "might", "could", "would")
    if (announced or may) and event.type not in COOPERATIVE_TYPES and conditional:
        return "THREATEN"  # "will withdraw unless...", "may halt mediation if...": a threat
    if announced and attrs.get("condition") == "unless":
        return "THREATEN"
    if event.negated and event.type in COOPERATIVE_TYPES:
        return "REJECT"
    if announced and attrs.get("condition") == "until" and event.type in COOPERATIVE_TYPES:
        # "said it will not lift the sanctions until the inspectors certify ...": cooperation
        # withheld until a condition is met is refused for now (CAMEO 12x), no agreement
        return "REJECT"
    obliged = attrs.get("modal") in ("must", "should", "ought", "have to")
    if attrs.get("modal") == "have to" and not intent and event.type not in _VERBAL_CONFLICT:
        # "we will have to send them elsewhere", with "will" an obligation foreseen, not the
        # speaker's announcement of the act (modality 1.183.1)
        return "REQUEST"
    if obliged and intent and event.reported_by and event.type not in _VERBAL_CONFLICT:
        return "REQUEST"  # "X said Y must be ready to mediate": an obligation put on Y
    if intent or (announced and event.type not in _VERBAL_CONFLICT):
        if event.type in _VERBAL_CONFLICT or _announced_demonstration(event):
            return event.type
        return "AGREE" if event.type in COOPERATIVE_TYPES else "THREATEN"
    if obliged and event.type not in _VERBAL_CONFLICT:
        return "REQUEST"
    return event.type
