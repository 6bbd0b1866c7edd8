"""Which matched triggers report a political event at all.

A trigger word is not yet an event: a generic verb needs actors around it ("they cooked
hamburgers donated by well-wishers" is no aid), some words only name an event in some
constructions ("agents charged with spying on opponents" is a duty, "when asked whether"
is a question). Each check is a small function of the trigger, its rule and the argument
heads that returns why the trigger is no event, or None; `rejection` runs them in turn.
The checks of charge words, of words of asking and of words of struggle are in
events_charges, events_requests and events_struggles; those of word senses in
events_senses and its siblings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_accidents_games import (
    accidental_blast,
    accidental_harm,
    match_result,
)
from chronicler.annotate.events_actors import (
    Context,
    agentive_phrase,
    is_agentive,
    names_party,
    people_noun,
)
from chronicler.annotate.events_addressed import reader_addressed, writer_own
from chronicler.annotate.events_charges import (
    charge_without_accusation,
    duty_not_charge,
    offence_as_charge,
    verdict_no_conviction,
)
from chronicler.annotate.events_clause_shapes import content_clause
from chronicler.annotate.events_commerce import COMMERCE_SENSES
from chronicler.annotate.events_counted_once import COUNTED_ONCE_SENSES
from chronicler.annotate.events_idioms import IDIOM_SENSES
from chronicler.annotate.events_intents import (
    bare_readiness,
    hopeful_promising,
    intent_to_everyday_act,
    medical_decision,
)
from chronicler.annotate.events_match import (
    match_rule,
    relative_gap,
    to_infinitive,
)
from chronicler.annotate.events_noun_governors import governing_verb
from chronicler.annotate.events_outings import OUTING_SENSES
from chronicler.annotate.events_phrases import expand, objects_of, partitive_of, prep_objects
from chronicler.annotate.events_pressure_demands import pressure_without_demand
from chronicler.annotate.events_requests import (
    claim_not_demand,
    naming,
    norm_content_act,
    norm_not_request,
    question_not_request,
)
from chronicler.annotate.events_senses import (
    cost_blow,
    declined_telling,
    existential_over_years,
    existential_talk,
    gaze_into,
    habitual_statement,
    hearing_without_inquiry,
    held_no_person,
    remarkable_striking,
    struck_as,
    warning_without_threat,
    when_or_which,
    wooing_struggle,
)
from chronicler.annotate.events_senses_avoided import AVOIDED_SENSES
from chronicler.annotate.events_senses_economy import ECONOMY_SENSES
from chronicler.annotate.events_senses_everyday import EVERYDAY_SENSES
from chronicler.annotate.events_senses_generic import GENERIC_SENSES
from chronicler.annotate.events_senses_grounds import GROUND_SENSES
from chronicler.annotate.events_senses_harm import HARM_SENSES
from chronicler.annotate.events_senses_homonyms import HOMONYM_SENSES
from chronicler.annotate.events_senses_phenomena import PHENOMENON_SENSES
from chronicler.annotate.events_senses_policy import POLICY_SENSES
from chronicler.annotate.events_senses_renamed import RENAMED_SENSES
from chronicler.annotate.events_senses_sources import SOURCE_SENSES
from chronicler.annotate.events_senses_speech import SPEECH_SENSES
from chronicler.annotate.events_senses_traffic import TRAFFIC_SENSES
from chronicler.annotate.events_senses_work import WORK_SENSES
from chronicler.annotate.events_slogans import chanted_slogan
from chronicler.annotate.events_spoken_demands import no_party_asked
from chronicler.annotate.events_spoken_judgements import (
    felt_displeasure_parties,
    spoken_judgement_parties,
)
from chronicler.annotate.events_struggles import (
    figurative_struggle,
    firms_battle,
    struggle_for_an_aim,
    struggle_in_a_field,
    struggle_not_over,
)
from chronicler.annotate.events_things import (
    RELATIVE_TAGS,
    acted_on,
    is_thing,
    recipients,
    thing_noun,
)
from chronicler.annotate.events_vocab import Rule, lemma
from chronicler.annotate.events_wanted_acts import wanted_of_no_party

if TYPE_CHECKING:
    from spacy.tokens import Token

Check = Callable[["Token", Rule, Sequence["Token"], Sequence["Token"], Context], "str | None"]


def generic_without_actors(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """A generic verb ("give", "send", "protect") is an event only between actors: a named
    actor must be one ("that position gave him cover" is not), and what is given goes to an
    actor or is aid ("sent troops"); what is protected is an actor or a person, not a
    building."""
    if not rule.generic or trigger.pos_ != "VERB":
        return None
    # a singular common noun that names no actor is a thing ("that position", "training");
    # plurals may be groups the role lists miss ("volunteers"), pronouns are resolved later
    collective = ctx.vocab.words("collective_nouns")
    if any(
        a.tag_ in ("NN", "VBG") and lemma(a) not in collective and not agentive_phrase(a, ctx)
        for a in actors
    ):
        return "generic verb with a thing as its actor"
    objects = acted_on(trigger, ctx)
    if rule.generic == "beneficiary":  # the head itself: "government buildings" are things
        # (a person no role lists is one too: "poisoned the blogger")
        if objects and not any(is_agentive(o, ctx) or people_noun(o, ctx) for o in objects):
            return "generic verb acting on a thing"
        return None
    if any(agentive_phrase(r, ctx) for r in recipients(trigger, ctx)):
        return None
    given = prep_objects(trigger, frozenset({"with"}), ("pobj",))
    if given and all(lemma(g) in rule.objects_not for g in expand(given)):
        # "did not provide PolitiFact with further information": what the rule never counts
        # as given, told in a "with" phrase (version 1.127.0)
        return "generic verb giving what is no aid"
    if given and any(agentive_phrase(o, ctx) for o in objects):
        return None  # "provided the rebels with weapons": the object receives
    aid = ctx.vocab.words("aid_objects")
    if any(lemma(o) in aid or o.ent_type_ == "MONEY" for o in objects):
        return None
    if any(o.pos_ == "NOUN" and is_agentive(o, ctx) for o in objects):
        return None  # "sent envoys", "sent 300 troops"; not "he was sent to his home"
    return "generic verb giving something to no one"


def custody_left(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "sprung from house arrest", "escaped from detention": a custody noun inside a "from"
    phrase is the custody someone leaves, not a new arrest."""
    if trigger.pos_ != "NOUN" or rule.mode not in ("arrest", "imprison"):
        return None
    tok = trigger.head if trigger.dep_ == "compound" else trigger
    for _ in range(3):
        if tok.dep_ not in ("pobj", "oprd", "dobj", "pcomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "ADP" and lemma(tok) in ctx.vocab.words("release_preps"):
            return "custody left"
    return None


def intent_noun_without_content(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "their plans are uncertain", "discuss plans": a plan or promise names an event only
    with what is planned ("a plan to free", "a peace plan", "the plan for talks")."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("content_nouns"):
        return None
    field = False
    for child in trigger.children:
        if when_or_which(child):
            continue  # "the call on July 25", "911 calls": when or which, not what
        if child.dep_ == "relcl" and _asks_a_question(child, ctx):
            continue  # "feared at the time of the call how it would play": the verb's question
        if child.dep_ == "relcl" and _described_by_adjective(child):
            continue  # "business and technology plans that are complementary": what they are
        if _field_compound(child, ctx):
            field = True  # "logging plans", "a business plan": the field, not what is planned
            continue
        if child.dep_ in ("acl", "compound", "relcl", "amod") or (
            child.dep_ == "prep" and lemma(child) in ("for", "to", "on", "of", "with", "between")
        ):
            return None
    if field:
        return "intent noun named by its field"
    if _for_clause_on_copula(trigger):
        return None  # "There were calls for the minister to resign"
    verb, _ = governing_verb(trigger)
    if (
        verb is not None
        and lemma(verb) in ctx.vocab.words("announce_verbs")
        and not _put_in_setting(verb, ctx)
    ):
        return None  # "unveiled a plan", "accepted the offer"
    return "intent noun without content"


def _put_in_setting(verb: Token, ctx: Context) -> bool:
    """ "the plans are being put in place", "put the plan into effect", "put on hold": a plan
    carried out or shelved, not announced (`plan_carried_out_settings`; vocabulary 1.433.0)."""
    settings = ctx.vocab.words("plan_carried_out_settings")
    return lemma(verb) == "put" and any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "into", "on")
        and any(o.dep_ == "pobj" and lemma(o) in settings for o in c.children)
        for c in verb.children
    )


def _for_clause_on_copula(noun: Token) -> bool:
    """ "There were calls for the minister to resign": the for-to clause the parser hangs on
    the noun or on the copula the noun is the predicate of is its content (recall44c,
    vocabulary 1.432.0)."""
    if noun.dep_ != "attr" or lemma(noun.head) != "be":
        return False
    return any(
        c.dep_ == "advcl"
        and c.i > noun.i
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in (*noun.children, *noun.head.children)
    )


def _field_compound(child: Token, ctx: Context) -> bool:
    """ "approves logging plans", "the firm's business plan", "their travel plans": a common
    noun compounded on a plan or a proposal names the field it belongs to, no act planned,
    unless it is an act of the vocabulary or of cooperation ("a peace plan", "a rescue plan",
    "the ceasefire proposal"; vocabulary 1.247.0). A name stays the plan's ("the Annan plan")."""
    if child.dep_ != "compound" or child.pos_ != "NOUN":
        return False
    if lemma(child) in ctx.vocab.words("cooperation_acts") or child.lower_ in ctx.vocab.words(
        "cooperation_acts"
    ):
        return False
    return match_rule(child, ctx.vocab) is None


def _described_by_adjective(clause: Token) -> bool:
    """ "plans that are complementary", "promises which were vague": a relative clause saying
    with a copula what its noun is like tells no content of it (vocabulary 1.196.0)."""
    return lemma(clause) == "be" and any(c.dep_ == "acomp" for c in clause.children)


def _asks_a_question(clause: Token, ctx: Context) -> bool:
    """A clause opened by a question word ("how its disclosure would play") is no relative
    clause on a noun, whatever the parser hung it on: it is what a verb fears or asks."""
    first = clause.left_edge
    return first.i < clause.i and lemma(first) in ctx.vocab.words("question_marks") - {
        "which",
        "who",
        "when",
        "where",
    }


def generic_noun_alone(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "they scurried for protection": a generic noun (help, protection, relief) with
    nobody giving or getting it reports no event."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("generic_nouns"):
        return None
    if raging(trigger, ctx):
        return None  # "Heavy fighting broke out", "fighting raged around X": it happened
    if any(not is_thing(p, ctx) for p in [*actors, *targets]):
        return None  # a thing is no participant: "the rocket's test flight"
    return "generic noun without participants"


def raging(noun: Token, ctx: Context) -> bool:
    """A noun of fighting told heavy, fierce or raging ("Heavy fighting broke out", "Fierce
    fighting continued", "violence flared"): the fighting happened, whoever fought
    (`raging_nouns`, `raging_marks`; vocabulary 1.431.3)."""
    if lemma(noun) not in ctx.vocab.words("raging_nouns"):
        return False
    marks = ctx.vocab.words("raging_marks")
    if any(c.dep_ == "amod" and lemma(c) in marks for c in noun.children):
        return True
    # "the violence has continued": the fighting the article told, named again (no event of
    # its own); "Fighting raged", "violence flared" tell it
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    return noun.dep_ == "nsubj" and lemma(noun.head) in marks


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "csubj") for c in verb.children)


_MEASURES = frozenset({"policy", "measure", "bill", "program", "programme", "ban", "sanction"})


def _passive_controls(trigger: Token, verb: Token) -> bool:
    """`verb`, which `trigger` completes as its infinitive, is a passive with no "by"-agent."""
    return (
        trigger.dep_ == "xcomp"
        and trigger.head.i == verb.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def thing_as_actor(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "IL-25 helps initiate", "the merger would allow the company to...", "the sensor works
    with HomeKit", "Staying hydrated can help prevent a hangover": verbs whose everyday sense
    takes any subject report an event only when an actor does them; so do the rules of
    `agent_only_rules` ("the engine fired": no shot)."""
    agent_only = lemma(trigger) in ctx.vocab.words("agent_only_verbs")
    if trigger.pos_ != "VERB" or not (agent_only or rule.id in ctx.vocab.words("agent_only_rules")):
        return None
    # only the verb's own subject: an actor inherited by a purpose clause ("allocate
    # resources to help with X") is the governing verb's business
    verb = trigger
    while (
        (verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG"))
        and verb.head.pos_ in ("VERB", "AUX")
        and verb.head.i != verb.i
    ):
        # "the mouse can connect and charge", "revenues continue to decline": the subject
        # the verb shares with the one it is conjoined to or controlled by; a trailing
        # participle's is its clause's ("the storm should ease, allowing crews to...")
        if any(c.dep_ in ("nsubj", "csubj") for c in verb.children):
            break
        verb = verb.head
    if verb.dep_ == "pcomp" and lemma(verb.head) == "by" and not _has_subject(verb):
        # "adds a dimension by helping nurses": the means of the clause's own subject, even
        # where the parser hangs "by" on the object (version 1.127.0)
        verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects and verb.i != trigger.i and _passive_controls(trigger, verb):
        # "The patch is designed to prevent attackers ...", "no evidence was produced to
        # support relaxing the law": a passive's infinitive complement is done by what the
        # passive is said of, when no "by"-agent names a doer; a law or a measure so designed
        # acts for whoever makes it ("the law was designed to prevent journalists from
        # reporting" stays; vocabulary 1.233.0)
        norms = ctx.vocab.words("norm_nouns") | ctx.vocab.words("document_nouns") | _MEASURES
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and lemma(c) not in norms]
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "a tour celebrating the band's anniversary", "gaps allowing for better decisions":
        # a participle on a noun says what the noun does (version 1.127.0)
        subjects = [verb.head]
    if any(is_thing(a, ctx) for a in expand(subjects)):
        return "a thing as the actor of an everyday verb"
    if any(s.dep_ == "csubj" and s.pos_ in ("ADJ", "NOUN") for s in subjects):
        # "Staying hydrated is your best defense ... and can help prevent a hangover", the
        # clause's head read as an adjective: a clause as subject is a state, no actor
        # (version 1.148.0)
        return "a clause as the actor of an everyday verb"
    return None


def _objects_of(verb: Token) -> list[Token]:
    """What `verb` acts on: its object or passive subject; in a relative clause or a participle
    on a noun, the noun itself when the clause leaves its object out or names it by a relative
    pronoun ("gifts he received", "the gifts that he received", "the gifts received from")."""
    objects = objects_of(verb)
    if verb.dep_ == "relcl" and objects and all(o.tag_ in RELATIVE_TAGS for o in objects):
        return [verb.head]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not objects:
        return [verb.head]
    gap = relative_gap(verb)
    return objects if gap is None else [gap]


def thing_as_object(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "received the tickets", "charging Apple laptops", "visit the scene of the festival",
    "examine the MacBook": verbs whose political sense acts on people (receive a delegation,
    charge a suspect) have an everyday sense that acts on things."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("person_object_verbs"):
        return None
    # a count stands for what it counts ("captured a number of suspects", "a handful of
    # villages"): the counted noun is the object (vocabulary 1.427.0)
    objects = [partitive_of(o, ctx.vocab) or o for o in expand(_objects_of(trigger))]
    # what the rule itself names as its object is its business ("received gifts from X")
    aid = ctx.vocab.words("aid_objects") | rule.objects
    # an event the verb's own rule names is what it hosts or holds ("hosted the talks")
    own = [o for o in objects if o.pos_ == "NOUN" and lemma(o) in rule.nouns]
    if rule.type == "SUPPORT":  # "welcomed the decision": a party's act endorsed (1.430.0)
        own += [o for o in objects if lemma(o) in ctx.vocab.words("endorsed_act_nouns")]
    # a thing grabbed is no one taken, whoever owns it ("grabbing his belt", "grabbed the
    # guard's rifle"; `owned_thing_verbs`)
    owned = lemma(trigger) in ctx.vocab.words("owned_thing_verbs")
    territory = ctx.vocab.words("territory_nouns")  # a place grabbed is taken, not held
    if (
        objects
        and not own
        and all(
            (
                is_thing(o, ctx)
                or _bare_amount(o, ctx)
                or (owned and thing_noun(o, ctx) and lemma(o) not in territory)
            )
            and (owned or lemma(o) not in aid)
            for o in objects
        )
    ):
        return "an everyday verb acting on a thing"
    return None


def _bare_amount(word: Token, ctx: Context) -> bool:
    """An amount with no "of" phrase naming what it counts: "the more is freed for private
    investment" (not "freed most of the hostages")."""
    return word.lower_ in ctx.vocab.words("amount_words") and not any(
        c.dep_ == "prep" for c in word.children
    )


def investment_in_a_thing(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "invest in digital capabilities", "investing $129 in a service", "willing to invest":
    investing is cooperation only with a partner, someone invested in or with."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("partner_verbs"):
        return None
    partners = [
        g
        for c in trigger.children
        if c.dep_ == "prep" and lemma(c) in ("in", "with", "alongside")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not partners or all(is_thing(p, ctx) for p in expand(partners)):
        return "an investment in a thing"
    return None


def set_phrase(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "in order to", "a tall order", "given the way they played": the trigger is part of
    a set phrase (data: `set_phrases`), or a participle used as a preposition."""
    if trigger.dep_ == "prep" and trigger.tag_ in ("VBN", "VBG", "IN"):
        return "a participle used as a preposition"
    kids = list(trigger.children)
    if (
        lemma(trigger) in ctx.vocab.words("negated_idioms")
        and any(c.dep_ == "neg" for c in kids)
        and any(
            (c.dep_ == "cc" and c.lower_ == "but")
            or (c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG")
            for c in kids
        )
    ):
        return "a set phrase"  # "could not help but laugh", "can't help wondering": an urge
    before = trigger.i - 1
    if before > 0 and trigger.doc[before].text == "-":  # "life-threatening"
        before -= 1
    if before >= 0:
        pair = f"{trigger.doc[before].lower_} {trigger.lower_}"
        if pair in ctx.vocab.words("set_phrases"):
            return "a set phrase"
    return None


def _title_cased(trigger: Token) -> bool:
    """Part of a run of capitalised words inside a sentence that is not itself title-cased:
    a name ("Volatiles Investigating Polar Exploration Rover")."""
    sent = trigger.sent
    words = [t for t in sent if t.is_alpha]
    if not trigger.text[:1].isupper() or trigger.i == sent.start:
        return False
    if sum(t.text[:1].isupper() for t in words) * 2 > len(words):
        return False  # a headline: every word is capitalised
    return any(
        0 <= trigger.i + d < len(trigger.doc)
        and trigger.doc[trigger.i + d].is_alpha
        and trigger.doc[trigger.i + d].text[:1].isupper()
        and trigger.doc[trigger.i + d].i != sent.start
        for d in (-1, 1)
    )


def inside_name(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the Free Syrian Army", "the Volatiles Investigating Polar Exploration Rover", a
    book's title: a word of a name reports no event; nor does a person's title before the
    name ("veteran protester Ana Ruiz": who she is, no protest told)."""
    if trigger.ent_type_.lower() in ctx.vocab.words("name_labels"):
        return "a word of a name"
    if _title_cased(trigger):
        return "a word of a title-cased name"
    if (
        trigger.dep_ == "compound"
        and trigger.head.pos_ == "PROPN"
        and trigger.head.ent_type_ in ("PERSON", "")  # (the tagger misses some names)
        and trigger.tag_ == "NN"
        and people_noun(trigger, ctx)
    ):
        return "a title before a person's name"  # "anti-abortion protester James Kopp"
    return None


def describing_participle(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "amid punishing U.S. sanctions", "crippling sanctions": an -ing word no rule lists,
    set right before an event noun and with no subject of its own, describes that event (the
    parser may read it as a gerund taking the noun as object); it does nothing to the noun's
    own doer."""
    if not rule.fallback or trigger.tag_ != "VBG":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    objs = [c for c in trigger.children if c.dep_ == "dobj"]
    adjacent = [o for o in objs if o.left_edge.i == trigger.i + 1 and o.i in ctx.triggers]
    return "an -ing word describing the event noun after it" if adjacent else None


def priced(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "offering the iPad Pro for $799", "offered at a $9.99 monthly rate": an offer or a
    deal with a price is a sale."""
    if rule.type not in ("AGREE", "COOPERATE", "AID", "SUPPORT", "CONSULT"):
        return None
    preps = ctx.vocab.words("price_preps")
    for child in trigger.children:
        if (
            child.dep_ == "prep"
            and lemma(child) in preps
            and any(t.ent_type_ == "MONEY" for t in child.subtree)
        ):
            return "a price: a sale"
    return None


def purpose_participle(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a Mac is intended to be portable", "items intended to deal with a problem": an intent
    verb in the passive, with no one intending, states a purpose; no one pledges anything."""
    if not rule.intent or trigger.tag_ != "VBN" or trigger.lower_ in rule.adjs:
        return None
    if any(c.dep_ == "agent" for c in trigger.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in trigger.children) or trigger.dep_ == "acl"
    return "a purpose, not a pledge" if passive else None


def realizing(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "recognize that no one is watching": a verb of recognition over a clause, with no
    object, is a thought, not recognition of a state or a government."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("realizing_verbs"):
        return None
    if any(c.dep_ == "dobj" for c in trigger.children):
        return None
    if any(c.dep_ == "ccomp" for c in trigger.children):
        return "a thought over a clause"
    return None


def offer_of_a_thing(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "my6sense offers an advertising platform", "Both offer a similar experience": an
    offer is a pledge when what is offered is an act ("offered a ceasefire"), aid or money,
    or goes to an actor; a thing offered to no one is a product's feature or a sale."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("offer_verbs"):
        return None
    objects = expand([c for c in trigger.children if c.dep_ == "dobj"])
    if not objects or any(not is_thing(o, ctx) for o in objects):
        return None
    aid = ctx.vocab.words("aid_objects")
    if any(
        lemma(o) in aid or o.ent_type_ == "MONEY" or match_rule(o, ctx.vocab) is not None
        for o in objects
    ):
        return None
    if any(agentive_phrase(r, ctx) for r in recipients(trigger, ctx)):
        return None
    return "a thing offered to no one"


def permission_held(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the only officer authorized to talk to the opposition", "lawyers permitted to visit":
    a permission participle after its noun (a reduced relative) over an infinitive, with no
    one named as granting it ("authorized by the court"), tells what the noun may do, its
    standing; it reports no act of permitting."""
    # (the tagger may read such a participle as a past tense; the parse still hangs it on
    # the noun)
    if trigger.tag_ not in ("VBN", "VBD") or trigger.dep_ != "acl":
        return None
    if lemma(trigger) not in ctx.vocab.words("permission_verbs"):
        return None
    if any(c.dep_ == "agent" for c in trigger.children):
        return None
    over_act = any(c.dep_ == "xcomp" and to_infinitive(c) for c in trigger.children)
    return "a permission held, not granted" if over_act else None


def norm_content(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the rule gave workers the right to refuse to participate", "won the right to strike",
    "eliminate a requirement that federal agencies seek review": the act a right names, or
    the "that"-clause of a rule or a requirement, is what the norm allows or demands, a case
    it covers, no act done; a right used, held or claimed by its party ("exercised their
    right to strike", "says it has the right to defend itself") stays. Version 1.243.0."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in ("acl", "relcl", "advcl"):
        return None
    noun = trigger.head
    if trigger.dep_ == "advcl":  # "gave permission to the union to strike": the parser hangs
        # the infinitive on the verb that gives the permission (vocabulary 1.412.2)
        noun = next((c for c in trigger.head.children if c.dep_ == "dobj"), trigger)
        if lemma(noun) not in ctx.vocab.words("authorization_nouns"):
            return None
        if not any(c.dep_ == "dative" for c in trigger.head.children):
            return None  # ("authorization for the police to detain X": their act, told)
    if noun.pos_ != "NOUN":
        return None
    # a permission's act is allowed as a right's is ("gave the union permission to strike";
    # vocabulary 1.387.0)
    allowing = ctx.vocab.words("right_nouns") | ctx.vocab.words("authorization_nouns")
    if to_infinitive(trigger) and lemma(noun) in allowing:
        if lemma(noun.head) in ctx.vocab.words("right_using_verbs"):
            return None
        return "an act a right allows, no act"
    if content_clause(trigger) and lemma(noun) in ctx.vocab.words("norm_content_nouns"):
        return "the content of a rule, no act"
    if to_infinitive(trigger) and lemma(noun) in ctx.vocab.words("norm_content_nouns"):
        # "the requirement to consult with government biologists before construction
        # projects", "a regulation to notify the regulator": what a norm demands, told by
        # its infinitive, is a case it covers as its "that"-clause is (vocabulary 1.247.0)
        return "what a rule demands, no act"
    return None


def unspoken_judgement(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """A speaker's judgement rule on a word in no such shape ("the time was right", "the
    attack was unacceptable" with no one told saying so): no event (vocabulary 1.426.1)."""
    if (
        rule.speaker_acts
        and spoken_judgement_parties(trigger, ctx.vocab.words("judged_measure_nouns")) is None
    ):
        return "no judgement a speaker is told making"
    if (
        rule.speaker_acts
        and rule.mode == "allege"
        and not any(
            t.pos_ == "PRON"
            or names_party(t, ctx)
            or lemma(t) in ctx.vocab.words("collective_nouns")
            for t in targets
        )
    ):
        return "blame laid on no party"  # "the storm was responsible for three deaths"
    causes_not = ctx.vocab.words("displeasure_causes_not")
    if rule.feeler_acts and felt_displeasure_parties(trigger, causes_not) is None:
        return "no displeasure at a party's act told"  # "an angry crowd", "upset the balance"
    return None


CHECKS: tuple[Check, ...] = (
    unspoken_judgement,
    no_party_asked,
    pressure_without_demand,
    wanted_of_no_party,
    generic_without_actors,
    generic_noun_alone,
    duty_not_charge,
    question_not_request,
    custody_left,
    intent_noun_without_content,
    thing_as_actor,
    thing_as_object,
    investment_in_a_thing,
    set_phrase,
    inside_name,
    figurative_struggle,
    struggle_not_over,
    struggle_in_a_field,
    struggle_for_an_aim,
    firms_battle,
    gaze_into,
    accidental_harm,
    accidental_blast,
    describing_participle,
    priced,
    purpose_participle,
    bare_readiness,
    intent_to_everyday_act,
    medical_decision,
    hopeful_promising,
    realizing,
    charge_without_accusation,
    offence_as_charge,
    verdict_no_conviction,
    claim_not_demand,
    norm_not_request,
    norm_content_act,
    norm_content,
    match_result,
    naming,
    offer_of_a_thing,
    permission_held,
    reader_addressed,
    writer_own,
    chanted_slogan,
    held_no_person,
    hearing_without_inquiry,
    warning_without_threat,
    wooing_struggle,
    remarkable_striking,
    struck_as,
    cost_blow,
    habitual_statement,
    existential_talk,
    existential_over_years,
    declined_telling,
    *SPEECH_SENSES,
    *HARM_SENSES,
    *EVERYDAY_SENSES,
    *HOMONYM_SENSES,
    *ECONOMY_SENSES,
    *COMMERCE_SENSES,
    *IDIOM_SENSES,
    *OUTING_SENSES,
    *WORK_SENSES,
    *GENERIC_SENSES,
    *TRAFFIC_SENSES,
    *SOURCE_SENSES,
    *PHENOMENON_SENSES,
    *AVOIDED_SENSES,
    *POLICY_SENSES,
    *GROUND_SENSES,
    *RENAMED_SENSES,
    *COUNTED_ONCE_SENSES,
)


def rejection(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """Why this trigger reports no event (the first check that says so), or None."""
    for check in CHECKS:
        reason = check(trigger, rule, actors, targets, ctx)
        if reason is not None:
            return reason
    return None
