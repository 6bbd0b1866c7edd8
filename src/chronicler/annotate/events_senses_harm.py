"""Senses of blows, force and arms that name no political event on ordinary news pages: a
market's blow, an amount cut, a property tough to resist, natural damage, a risk with no one
threatening, forces of nature, a state of being armed, hazards as doers, causes toppled,
struggles with things, wildlife protected, abuse of substances, a law broken, a hostile act
planned, an accident's cause looked into (games and bouts are in events_senses_bouts). Each
check has the signature of events_filters' checks; split from events_senses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at
from chronicler.annotate.events_match import object_of, to_infinitive
from chronicler.annotate.events_phrases import expand, objects_of, prep_objects
from chronicler.annotate.events_senses import (
    RELATIVE_PRONOUNS,
    names_a_person,
    unnamed_of,
    verb_doers,
)
from chronicler.annotate.events_senses_bouts import (
    bout_stoppage,
    boxing_bout,
    game_injury,
    own_injury,
)
from chronicler.annotate.events_senses_damage import accidental_blasts, utility_cut_by_no_one
from chronicler.annotate.events_senses_deaths import natural_death_in_custody
from chronicler.annotate.events_senses_help import hand_in_an_act, helped_by_things
from chronicler.annotate.events_things import is_thing
from chronicler.annotate.events_vocab import Rule, lemma, word_in

if TYPE_CHECKING:
    from spacy.tokens import Token


def market_blow(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "farmers hit by retaliatory tariffs", "price increases, harming producers", "the
    slowdown battered exporters": a blow dealt by a market force or an economic measure is a
    loss, no violence; "a missile hit the school" is one."""
    if rule.type != "ASSAULT":
        return None
    forces = ctx.vocab.words("market_forces")
    doers = expand([*actors, *verb_doers(trigger)])
    if doers and all(lemma(d) in forces and not entity_at(d, ctx) for d in doers):
        return "a market blow, no violence"
    return None


def amount_cut(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "had its valuation slashed", "slashed prices", "the budget was hacked back": a blow
    dealt to an amount (a price, a budget, a valuation, jobs) is a cut, no violence."""
    if rule.type != "ASSAULT" or trigger.pos_ != "VERB":
        return None
    hit = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if trigger.tag_ != "VBN":  # an active verb's subject is its doer
        hit = [c for c in hit if c.dep_ != "nsubj"]
    amounts = ctx.vocab.words("amount_nouns")
    hit = expand(hit) or list(targets)
    if hit and all(lemma(h) in amounts for h in hit):
        return "an amount cut, no blow"
    return None


def tough_property(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "comfort food can be very hard to resist", "the champions are difficult to beat": an
    act after an adjective of ease or difficulty tells what its subject is like, no act
    done; "the army found it hard to hold the town" is left to the rules (it has "it")."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "xcomp":
        return None
    head = trigger.head
    if head.pos_ != "ADJ" or lemma(head) not in ctx.vocab.words("tough_adjectives"):
        return None
    if not to_infinitive(trigger):
        return None
    if any(c.dep_ in ("nsubj", "dobj", "nsubjpass") for c in trigger.children):
        return None  # "hard for them to resist the offer": an object of its own
    if any(c.dep_ == "expl" or c.lower_ == "it" for c in head.head.children):
        return None
    return "a property, no act"


def _hazards(ctx: Context) -> frozenset[str]:
    """Natural forces, accidents and hazards: causes that are no party."""
    return (
        ctx.vocab.words("natural_forces")
        | ctx.vocab.words("accident_nouns")
        | ctx.vocab.words("hazard_nouns")
    )


def _antecedents(trigger: Token, doers: Sequence[Token]) -> list[Token]:
    """A relative pronoun as the doer of a relative clause's trigger stands for the noun the
    clause modifies ("wolves that attacked the flock": the wolves)."""
    return [
        trigger.head if lemma(d) in RELATIVE_PRONOUNS and trigger.dep_ == "relcl" else d
        for d in doers
    ]


def animal_victim(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the hunter killed and ate a wild rabbit", "farmers shot three wolves", "the killing of
    a bear", "a bear attacked two hikers": an animal killed, shot or beaten is hunting or
    cruelty, and an animal attacking is no party's act, no violence between parties;
    "soldiers shot the protesters" and "killed the villagers and their cattle" (a person
    among the victims) stay; a pet's or a farmer's animal killed is no attack on its owner
    ("the family's pet collie was killed"; roles 1.76.0)."""
    if rule.type != "ASSAULT":
        return None
    animals = ctx.vocab.words("animal_nouns")

    def animal(token: Token) -> bool:  # a name ("Fox", "Bull") is a party
        pet = any(c.dep_ in ("compound", "amod") and lemma(c) == "pet" for c in token.children)
        return (
            token.pos_ == "NOUN"
            and (lemma(token) in animals or pet)  # "the family's pet collie"
            and entity_at(token, ctx) is None
        )

    doers = _antecedents(trigger, expand(actors))  # "wolves that attacked the flock": wolves
    if doers and all(animal(d) for d in doers):
        return "an animal attacking, no violence between parties"
    victim = object_of(trigger)
    if victim is None and trigger.pos_ == "VERB":
        # "killed and eaten a rabbit": the object the coordinated verb shares
        shared = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        victim = next((o for c in shared if (o := object_of(c)) is not None), None)
    # an animal's owner is no target of an attack on it ("the farmer's dog was shot": the
    # farmer, whom owner_of_thing reads for the dog; roles 1.76.0)
    targets = [t for t in targets if not (t.dep_ == "poss" and animal(t.head))]
    if victim is None:
        return None
    victims = expand([victim, *targets])
    # "did not harm plants, animals or fish": plants or trees listed with animals are wildlife
    # too (`wildlife_companions`; vocabulary 1.348.0)
    companions = ctx.vocab.words("wildlife_companions")
    beside = [v for v in victims if lemma(v) in companions and entity_at(v, ctx) is None]
    if not any(animal(v) for v in victims) or not all(animal(v) or v in beside for v in victims):
        return None
    return "an animal killed or harmed, no violence between parties"


def hazard_withstood(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "hardened its equipment to withstand fire weather", "levees built to resist floods": a
    hazard or a natural force withstood is endurance, no rejection of a party; "withstood
    pressure from Washington" and "resisted the occupation" stay."""
    if rule.type != "REJECT":
        return None
    withstood = object_of(trigger)
    hazards = _hazards(ctx)
    if withstood is None or withstood.pos_ != "NOUN" or lemma(withstood) not in hazards:
        return None
    return "a hazard withstood, no rejection"


_SERIES = frozenset({"series", "string", "spate", "succession", "wave"})


def force_of_nature_struck(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "A series of aftershocks have hit the island", "the earthquake struck the coast", "a
    hurricane hit the town": a natural force or an accident as the only doer of a blow is no
    attacker (hazard_as_doer leaves violence out for "fire", which also means gunfire: it is
    left out here too, and a doer with a word of its own, "mortar fire", "Israeli fire",
    stays a party's; a measure of the force is none, "the 5.9-magnitude quake struck", 1.208.0).
    A blow of the economy is none either ("investors were hit by heavy losses", "farmers hit
    by retaliatory tariffs", 1.246.0). Version 1.170.0."""
    if rule.type != "ASSAULT":
        return None
    doers = _antecedents(trigger, expand([*actors, *verb_doers(trigger)]))
    doers = [_of_series(d) for d in doers]
    causes = _hazards(ctx) - {"fire"}
    if any(
        c.dep_ in ("compound", "poss", "nmod") and not _measure(c, ctx)
        for d in doers
        for c in d.children
    ):
        return None
    if unnamed_of(doers, causes, ctx):
        return "a natural force or an accident, no attacker"
    if _blaze(trigger, doers, ctx):
        return "a fire with no attacker, an accident"
    if unnamed_of(doers, ctx.vocab.words("economic_blows"), ctx):
        return "a blow of the economy, no attacker"  # "investors hit by heavy losses"
    return None


_BLAZE_PLACE_PREPS = frozenset({"at", "in", "on", "inside", "near"})


def _place_of(prep: Token, ctx: Context) -> bool:
    """The objects of `prep` are all places or things, no person or people ("at the factory",
    "in a warehouse"; not "at the protesters")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and not any(
        names_a_person(g, ctx) or entity_at(g, ctx) in ("PERSON", "NORP") for g in objects
    )


def _blaze(trigger: Token, doers: Sequence[Token], ctx: Context) -> bool:
    """ "A fire killed four workers", "a huge fire injured ten": every doer a fire told
    alone, bare or with a modifier of a blaze (`blaze_modifiers`), in a sentence with no
    word of an attack or an arson (`fire_attack_words`). "fire" also means gunfire, so "fire
    from troops killed", "heavy fire killed" and "Israeli fire killed" stay (version
    1.265.0)."""
    if not doers or any(lemma(d) != "fire" or entity_at(d, ctx) is not None for d in doers):
        return False
    blaze = ctx.vocab.words("blaze_modifiers")
    for d in doers:
        for c in d.children:
            if c.dep_ in ("det", "cc", "conj", "punct"):
                continue
            if c.dep_ in ("amod", "compound") and lemma(c) in blaze and not list(c.children):
                continue
            if c.dep_ == "prep" and lemma(c) in _BLAZE_PLACE_PREPS and _place_of(c, ctx):
                continue  # "a fire at the factory", not "fire at the protesters"
            return False  # "fire from troops", "heavy fire", "Israeli fire", "mortar fire"
    attack = ctx.vocab.words("fire_attack_words")
    return not any(lemma(t) in attack or t.lower_ in attack for t in trigger.sent)


def _measure(modifier: Token, ctx: Context) -> bool:
    """ "5.9-magnitude", "Category 4", "7.1": a modifier with a number measures the force; so
    does a word of measure, alone or joined to its number ("a magnitude 5.2 quake", "a
    magnitude-5.2 quake": `force_measures`, version 1.249.0)."""
    if modifier.like_num or any(c.like_num or c.dep_ == "nummod" for c in modifier.children):
        return True
    if lemma(modifier) in ctx.vocab.words("force_measures"):
        return True
    word, _, number = modifier.lower_.partition("-")
    return bool(number) and word in ctx.vocab.words("force_measures") and number[:1].isdigit()


def _of_series(head: Token) -> Token:
    """ "a series of aftershocks": the "of"-object is what acts."""
    if lemma(head) in _SERIES:
        for child in head.children:
            if child.dep_ == "prep" and lemma(child) == "of":
                return next((g for g in child.children if g.dep_ == "pobj"), head)
    return head


# Words that rank an occurrence among others of its kind ("the latest to hit", "the third
# bombing to strike"), beside any superlative (JJS: "the worst", "the deadliest").
_RANKS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "last", "latest", "next", "newest", "recent"}
)


def _ranked(word: Token) -> bool:
    return word.tag_ == "JJS" or lemma(word) in _RANKS or word.ent_type_ == "ORDINAL"


def ranked_occurrence(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The heist is the latest to hit France", "the storm is the worst to hit the island",
    "the third bombing to strike the capital this month": a blow verb in an infinitive on a
    rank ("the latest", "the third bombing") tells where one of a series of happenings fell,
    no blow of its own; the happening is the noun ranked (the bombing its own event, the heist
    or the storm none); "troops were ordered to hit the camp" (no rank) stays. Version
    1.179.0."""
    if rule.type != "ASSAULT" or lemma(trigger) not in _BLOW_VERBS or not to_infinitive(trigger):
        return None
    if trigger.dep_ not in ("relcl", "acl"):
        return None
    head = trigger.head
    if _ranked(head) or any(c.dep_ == "amod" and _ranked(c) for c in head.children):
        return "where a ranked happening fell, no blow of its own"
    return None


_BLOW_VERBS = frozenset({"hit", "strike"})


def armed_state(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Gray, while armed, did not point the gun", "police said the suspect was armed": the
    participle of "arm" with no one arming is the state of carrying a weapon, no mobilisation;
    "the rebels were armed by Iran", "Iran armed the rebels" stay. Version 1.172.0. So is
    the participle of "ally" the standing allegiance ("seems the most closely allied with the
    Cuban government": no COOPERATE; "France allied with Britain" stays; version 1.196.0)."""
    if lemma(trigger) not in ctx.vocab.words("state_participles") or trigger.tag_ != "VBN":
        return None
    if rule.type not in ("MOBILIZE", "COOPERATE"):
        return None
    if any(c.dep_ in ("agent", "dobj") for c in trigger.children):
        return None
    if any(c.dep_ == "aux" and lemma(c) == "have" for c in trigger.children):
        return None  # "the junta has armed ...": an act, its object elided
    if rule.type == "COOPERATE":
        return "a standing allegiance, no act"
    return "the state of carrying a weapon, no mobilisation"


def law_broken(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a federal charge of violating the Freedom of Access to Clinic Entrances Act",
    "breached the securities law": a law broken is an offence, no rejection of a party
    ("violated the ceasefire" is its own rule; "defied the government" stays). Version
    1.160.0."""
    if rule.type != "REJECT" or lemma(trigger) not in ctx.vocab.words("law_breaking_verbs"):
        return None
    broken = object_of(trigger)
    if broken is None:
        return None
    laws = ctx.vocab.words("law_nouns")
    if broken.ent_type_ == "LAW" or lemma(broken) in laws:
        return "a law broken, an offence"
    # "the Freedom of Access to Clinic Entrances Act": a title ending in a law word
    if broken.pos_ == "PROPN" and any(
        t.pos_ == "PROPN" and lemma(t) in laws for t in [*broken.subtree, *_title_run(broken)]
    ):
        return "a law broken, an offence"
    return None


_TITLE_LINKS = frozenset({"of", "to", "and", "the", "on", "for"})


def _title_run(name: Token) -> list[Token]:
    """The capitalised words running on after a proper name through "of", "to", "and",
    "the", which the parser may hang elsewhere ("violating the Freedom of Access to Clinic
    Entrances Act": "to Clinic Entrances Act" hung on the verb)."""
    run: list[Token] = []
    for tok in name.doc[name.i + 1 : name.sent.end]:
        if tok.pos_ == "PROPN":
            run.append(tok)
        elif tok.lower_ not in _TITLE_LINKS:
            break
    return run


def plan_of_hostile_act(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the plan of bombing U.S. embassies took three months", "their plan of attacking the
    base": the plan of a hostile act, told by a gerund, is its preparation, no agreement
    (the plan-of-act rule takes the nouns, "the plan of attack"). Version 1.160.0."""
    if rule.type != "AGREE" or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("plot_nouns"):
        return None
    hostile = ctx.vocab.words("hostile_gerunds")
    for prep in trigger.children:
        if (
            prep.dep_ == "prep"
            and lemma(prep) in ("of", "for")
            and any(c.dep_ == "pcomp" and lemma(c) in hostile for c in prep.children)
        ):
            return "the plan of a hostile act, no agreement"
    return None


def natural_damage(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the wildfire destroyed 500 homes", "sparks that could set fires", "floods wiped out
    the crops": what an accident, a hazard or a physical cause destroys or burns is damage,
    no seizure nor arson; "rioters set fire to a bank" and "the army razed the village" stay
    (acts on property: `riot_acts`)."""
    if f"{rule.type}/{rule.mode}".lower() not in ctx.vocab.words("riot_acts"):
        return None
    causes = _hazards(ctx)
    doers = _antecedents(
        trigger, expand([*actors, *verb_doers(trigger)])
    )  # "sparks that ...": sparks
    if unnamed_of(doers, causes, ctx) or accidental_blasts(doers, ctx):
        return "damage by a natural force, no seizure"  # or "a gas explosion destroyed"
    return None


def risk_without_threatener(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "in every corner of the world tensions are threatening to put the brakes on growth"
    (the parser hung the subject on the "in" phrase): a finite "threaten to" with no subject,
    no one threatened and no actor found tells a risk, no threat; "the union threatened to
    strike" has its threatener."""
    if rule.type != "THREATEN" or trigger.pos_ != "VERB" or actors or targets:
        return None
    kids = list(trigger.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj", "agent") for c in kids):
        return None
    finite = any(c.dep_ in ("aux", "auxpass") for c in kids) or trigger.tag_ in ("VBZ", "VBP")
    if finite and any(c.dep_ == "xcomp" for c in kids):
        return "a risk, no one threatening"
    return None


def armed_intervention(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "threatened with foreign military intervention", "an armed intervention in the
    north": a noun of intercession an armed word modifies is force brought in, no mediation;
    "Turkish intervention in the dispute" may still mediate."""
    if rule.mode != "mediate" or trigger.pos_ != "NOUN":
        return None
    armed = ctx.vocab.words("armed_words")
    if any(c.dep_ in ("amod", "compound") and lemma(c) in armed for c in trigger.children):
        return "an armed intervention, no mediation"
    return None


def launcher_produced(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the company expects to produce four rockets a year", "three rockets will be built by
    2025": a rocket or a satellite made with no word of arms or fighting in its sentence is a
    launch vehicle, no weapon; "the militia produced rockets in a workshop" stays."""
    if rule.id != "weapons-test" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("production_verbs"):
        return None
    made = object_of(trigger)
    if made is None or lemma(made) not in ctx.vocab.words("dual_use_objects"):
        return None
    military = ctx.vocab.words("armed_words") | ctx.vocab.words("military_context_words")
    if any(word_in(t, military) for t in trigger.sent):
        return None
    return "a launch vehicle made, no weapon"


def hazard_as_doer(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the quake cut telephone links", "floods blocked the main road", "the storm forced the
    closure": an accident or a natural force as the only doer of an act of any other kind than
    violence (accidental_harm) or seizure (natural_damage) is no party's act; "rebels cut the
    supply lines" and "protesters blocked the road" stay."""
    if rule.type == "ASSAULT" or (rule.type == "COERCE" and rule.mode == "seize"):
        return None
    causes = ctx.vocab.words("natural_forces") | ctx.vocab.words("accident_nouns")
    doers = _antecedents(trigger, expand([*actors, *verb_doers(trigger)]))
    if unnamed_of(doers, causes, ctx) or accidental_blasts(doers, ctx):
        return "an accident or a natural force, no party"
    return None


def cause_toppled(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the Watergate scandal that toppled a president", "the crisis brought down the
    government": a scandal, a crisis or a vote that topples a leader is the cause of a fall,
    no coup; "the army toppled the president" stays."""
    if rule.type != "ASSAULT" or rule.mode != "coup":
        return None
    doers = _antecedents(trigger, expand([*actors, *verb_doers(trigger)]))
    if unnamed_of(doers, ctx.vocab.words("downfall_causes"), ctx):
        return "a cause of a fall, no coup"
    return None


def wildlife_protected(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "reducing protections for endangered animals and plants", "a plan to protect wolves
    and their habitat": aid or protection given only to animals and the living world is
    conservation, no aid to a party; "protected the villagers and their cattle" (people among
    them) stays. So is protection named by the living world before it ("biologists involved
    in species protection"), and a danger to it alone is no threat by a party ("regulations
    addressing threats to polar bear habitat", "logging threatens the wetlands";
    "threatened the villagers" stays)."""
    animals = ctx.vocab.words("animal_nouns")
    living = animals | ctx.vocab.words("wildlife_nouns")
    if rule.type == "THREATEN":
        return _living_world_endangered(trigger, living, ctx)
    if rule.type != "AID":
        return None
    if trigger.pos_ == "NOUN" and _named_by_living_world(trigger, animals, living):
        return "animals or plants protected, no aid to a party"
    if not targets:
        return None
    heads = expand(targets)
    if any(lemma(h) not in living or entity_at(h, ctx) is not None for h in heads):
        return None
    if not any(lemma(h) in animals or lemma(h) == "species" for h in heads):
        return None  # "aid for forests" alone is left to the other checks
    return "animals or plants protected, no aid to a party"


def _named_by_living_world(noun: Token, animals: frozenset[str], living: frozenset[str]) -> bool:
    """ "species protection", "wildlife protection": the noun's compound modifiers name only
    the living world, an animal or a species among them ("plant protection" alone may be a
    factory's)."""
    kinds = [c for c in noun.children if c.dep_ == "compound"]
    return (
        bool(kinds)
        and all(lemma(k) in living for k in kinds)
        and any(lemma(k) in animals or lemma(k) == "species" for k in kinds)
    )


def _living_world_endangered(trigger: Token, living: frozenset[str], ctx: Context) -> str | None:
    """A threat noun's "to"-objects, or a threat verb's objects, are all the living world
    (animals, plants, habitats), with no name among them."""
    if trigger.pos_ == "NOUN":
        endangered = prep_objects(trigger, frozenset({"to"}))
    else:
        endangered = objects_of(trigger)
    heads = expand(endangered)
    if not heads or any(lemma(h) not in living or entity_at(h, ctx) is not None for h in heads):
        return None
    return "a danger to animals or the living world, no threat by a party"


def struggle_with_a_thing(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "to fight global warming", "she battled mental illness", "crews fought the blaze": a
    verb of struggle whose object is a thing is striving against a problem, no violence (as
    figurative_struggle is for the noun); "fought the rebels", "battled the army" stay."""
    if rule.type != "ASSAULT" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("struggle_nouns"):
        return None
    fought = expand(objects_of(trigger))
    places = ctx.vocab.words("territory_nouns") | ctx.vocab.words("places")
    if fought and all(is_thing(o, ctx) and lemma(o) not in places for o in fought):
        return "a struggle against a thing, no violence"
    return None


def substance_abuse(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a lifetime of gang membership and drug abuse", "alcohol abuse": abuse of a substance
    is addiction, no ill-treatment of anyone; "the abuse of prisoners" stays."""
    if rule.type != "ASSAULT" or lemma(trigger) != "abuse":
        return None
    kinds = [c for c in trigger.children if c.dep_ in ("compound", "amod")]
    if any(lemma(k) in ctx.vocab.words("substance_words") for k in kinds):
        return "substance abuse, no ill-treatment"
    return None


def strike_at_heart(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a move environmental groups say strikes at the heart of the Act": striking at the
    heart, core or root of something is the idiom of undermining it, no strike."""
    if trigger.pos_ != "VERB":
        return None
    cores = ctx.vocab.words("core_nouns")
    if lemma(trigger) in ("target", "attack"):
        # "the changes target the heart of the Act", "attacks the very core of democracy":
        # the same idiom with the heart as the object (version 1.171.0)
        hit = objects_of(trigger)
        if hit and all(lemma(h) in cores for h in hit):
            return "striking at the heart of something, an idiom"
        return None
    if lemma(trigger) != "strike":
        return None  # read as a labour strike or as a blow alike
    if any(lemma(g) in cores for g in prep_objects(trigger, frozenset({"at"}))):
        return "striking at the heart of something, an idiom"
    return None


def accident_inquiry(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Investigations into what caused the fire are ongoing", "officials are investigating
    the cause of the blaze", "the cause of the crash is under investigation": an inquiry into
    what set off a fire or an accident alleges no wrongdoing and names no suspect, no
    ACCUSE; "police are investigating the fire as arson", "the cause of the fire is being
    investigated as suspicious" and the investigation of a killing stay. Version 1.199.0."""
    if rule.type != "ACCUSE" or rule.mode != "investigate":
        return None
    looked_into: list[Token] = []
    obj = object_of(trigger)
    if obj is not None:
        looked_into.append(obj)
    for prep in trigger.children:
        if prep.dep_ == "prep" and lemma(prep) in ("into", "of", "on"):
            looked_into += [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    head = trigger.head
    if trigger.dep_ == "pobj" and lemma(head) == "under":  # "the cause ... is under investigation"
        looked_into += [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    causes = ctx.vocab.words("cause_words")
    told = [t for top in looked_into for t in top.subtree]
    words = {lemma(t) for t in told}
    if not words & causes:
        return None
    for cause in (t for t in told if t.pos_ == "VERB" and lemma(t) in causes):
        # "what caused the fire are ongoing": the parser may hang what was caused on the
        # main verb; the noun phrase right after the verb is its object still
        for after in trigger.doc[cause.i + 1 : min(cause.i + 5, cause.sent.end)]:
            if after.pos_ in ("VERB", "AUX", "PUNCT"):
                break
            words.add(lemma(after))
    if not words & (ctx.vocab.words("accident_nouns") | ctx.vocab.words("mishap_nouns")):
        return None
    if {lemma(t) for t in trigger.sent} & ctx.vocab.words("crime_cue_words"):
        return None
    return "an inquiry into what caused an accident, no wrongdoing alleged"


HARM_SENSES = (
    market_blow,
    amount_cut,
    tough_property,
    natural_damage,
    risk_without_threatener,
    armed_intervention,
    launcher_produced,
    animal_victim,
    hazard_withstood,
    hand_in_an_act,
    helped_by_things,
    force_of_nature_struck,
    game_injury,
    own_injury,
    ranked_occurrence,
    armed_state,
    hazard_as_doer,
    utility_cut_by_no_one,
    cause_toppled,
    bout_stoppage,
    struggle_with_a_thing,
    boxing_bout,
    strike_at_heart,
    substance_abuse,
    wildlife_protected,
    natural_death_in_custody,
    plan_of_hostile_act,
    law_broken,
    accident_inquiry,
)
