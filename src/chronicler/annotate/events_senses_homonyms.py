"""Senses of event words that name something else on news pages: a suit worn (clothing, no
lawsuit), help sought as a person's treatment (no request between parties), a text or a
thing corrected (no criticism), a consultation of a review or permit procedure (no meeting
between parties), a feeling named by a noun whose plural is fighting ("hostility",
vocabulary 1.275.0), the abuses a scandal's name tells ("the Watergate abuses", 1.280.0), and
the safeguards a law gives named by a plural of aid ("the protections of the Act", 1.308.0),
the cause "to blame" names after "be" ("arson is to blame for the fire", 1.340.0), an
order that is a sequence ("in what order the shots struck", 1.348.0), an appeal to an
audience that is its liking ("appeals to a wider audience", 1.348.0); a reporter's beat, an
attack stepped in on, a thing allowed or restricted, and a criminal's flight from the scene
(1.352.0).
Each check has the signature of events_filters' checks (vocabulary 1.272.0)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at
from chronicler.annotate.events_group_pronouns import earlier_group
from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_phrases import expand, objects_of, prep_objects
from chronicler.annotate.events_senses import names_a_person
from chronicler.annotate.events_things import thing_noun
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def worn_thing(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "insisted he wear a suit to the hearing", "dressed in a dark suit", "put on a guard's
    uniform": a thing worn is clothing, no lawsuit nor any other act ("filed a suit against
    the city" stays; `wearing_verbs`, "put" only with "on"; vocabulary 1.277.0, was a suit
    alone)."""
    if trigger.pos_ != "NOUN":
        return None
    if dressed_in(trigger, ctx):  # "five men in business suits were arrested"
        return "a garment worn, clothing, no act"
    wearing = ctx.vocab.words("wearing_verbs")
    head = trigger.head
    if trigger.dep_ == "pobj" and head.head.i != head.i:
        head = head.head  # "dressed in a suit", "clad in a suit"
    if trigger.dep_ not in ("dobj", "pobj", "conj") or lemma(head) not in wearing:
        return None
    if lemma(head) == "put" and not any(
        c.dep_ == "prt" and c.lower_ == "on" for c in head.children
    ):
        return None  # "put sanctions on the regime"
    return "a thing worn, clothing, no act"


def dressed_in(noun: Token, ctx: Context) -> bool:
    """A garment word (`garment_words`) told as clothing: with a word of its cut or cloth
    before it ("business suits", "a pinstripe suit"; `garment_modifiers`) or as what people
    are in ("five men in suits", "a man in a dark suit"): no lawsuit ("filed a civil suit",
    "a class-action suit" stay; vocabulary 1.310.0)."""
    if lemma(noun) not in ctx.vocab.words("garment_words"):
        return False
    cut = ctx.vocab.words("garment_modifiers")
    if any(c.dep_ in ("compound", "amod") and lemma(c) in cut for c in noun.children):
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or lemma(prep) != "in" or prep.head.i == prep.i:
        return False
    wearer = prep.head
    return wearer.pos_ in ("NOUN", "PROPN", "PRON") and (
        names_a_person(wearer, ctx) or lemma(wearer) in ctx.vocab.words("person_nouns")
    )


def treatment_sought(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "he first sought psychiatric help", "sought medical treatment for his injuries": care
    a person seeks is treatment, no request between parties; help sought from a party ("sought
    medical help from Cuba") or of another kind ("sought military help") stays
    (`care_modifiers`, `treatment_nouns`)."""
    if (
        rule.type != "REQUEST"
        or lemma(trigger) not in ctx.vocab.words("seeking_verbs")
        or trigger.pos_ != "VERB"
    ):
        return None
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if not objects:
        return None
    care = ctx.vocab.words("care_modifiers")
    treatment = ctx.vocab.words("treatment_nouns")
    if _help_for_care(trigger, expand(objects), ctx):
        return "treatment sought, no request between parties"
    for obj in expand(objects):
        cared = any(c.dep_ in ("amod", "compound") and lemma(c) in care for c in obj.children)
        if not (lemma(obj) in treatment or cared):
            return None
    if any(names_a_person(o, ctx) for o in prep_objects(trigger, frozenset({"from"}))):
        return None
    return "treatment sought, no request between parties"


def _help_for_care(trigger: Token, objects: Sequence[Token], ctx: Context) -> bool:
    """ "is seeking help at a rehabilitation facility", "sought help for his addiction": plain
    help sought at a place of care or for an ailment is treatment too (`care_places`,
    `ailment_nouns`; vocabulary 1.308.0)."""
    if not objects or any(lemma(o) != "help" for o in objects):
        return False
    care = ctx.vocab.words("care_modifiers") | ctx.vocab.words("treatment_nouns")
    places = ctx.vocab.words("care_places")
    hosts = [trigger, *objects]  # the phrase hangs on the verb or on "help"
    for where in (w for h in hosts for w in prep_objects(h, frozenset({"at", "in", "into"}))):
        modifiers = {lemma(c) for c in where.children if c.dep_ in ("amod", "compound")}
        if lemma(where) in places or modifiers & care:
            return True
    ailments = ctx.vocab.words("ailment_nouns") | ctx.vocab.words("substance_words")
    return any(
        lemma(w) in ailments for h in hosts for w in prep_objects(h, frozenset({"for", "with"}))
    )


def thing_corrected(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "to correct something the paper had written", "the agency corrected its figures": a
    text or a thing corrected is amended, no one criticised ("the minister corrected the
    reporter" stays)."""
    if (
        rule.type != "ACCUSE"
        or lemma(trigger) not in ctx.vocab.words("correcting_verbs")
        or trigger.pos_ != "VERB"
    ):
        return None
    objects = expand([c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")])
    if not objects or any(names_a_person(o, ctx) for o in objects):
        return None
    return "a thing corrected, no criticism"


def procedure_consultation(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "must complete public consultations under the Environmental Protection Act", "informal
    consultation between agencies", "the service conducted 300,000 consultations": a
    consultation of a review or permit procedure (public, informal, under an act, counted in
    numbers) is no meeting between parties; one held with a party ("held consultations with
    the opposition") stays (`procedure_modifiers`)."""
    if (
        rule.type != "CONSULT"
        or lemma(trigger) not in ctx.vocab.words("consultation_nouns")
        or trigger.pos_ != "NOUN"
    ):
        return None
    met = prep_objects(trigger, frozenset({"with"}))
    if any(names_a_person(o, ctx) or entity_at(o, ctx) is not None for o in met):
        return None
    modifiers = ctx.vocab.words("procedure_modifiers")
    if any(c.dep_ in ("amod", "compound") and lemma(c) in modifiers for c in trigger.children):
        return "a consultation procedure, no meeting"
    if any(c.dep_ == "nummod" for c in trigger.children):
        return "consultations counted as a procedure, no meeting"
    if any(c.dep_ == "prep" and c.lower_ == "under" for c in trigger.children):
        return "a consultation under an act, no meeting"
    if not actors and not targets:
        # "Nothing requires that an agency bypass consultation", "a handbook described the
        # consultations as tools": with no party told it is the procedure in general
        # (vocabulary 1.348.0)
        return "a consultation with no party told, a procedure"
    return None


def appeal_as_attraction(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The story line appeals to a wider audience", "a film that appeals to younger
    viewers": appealing to an audience is pleasing it, no request; "appealed to viewers to
    stay at home", "appealed to readers for help" stay (`attraction_verbs`,
    `audience_nouns`; vocabulary 1.348.0)."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("attraction_verbs"):
        return None
    if any(c.dep_ in ("xcomp", "ccomp") for c in trigger.children):
        return None
    heard = prep_objects(trigger, frozenset({"to"}))
    if prep_objects(trigger, frozenset({"for"})) or not heard:
        return None
    audience = ctx.vocab.words("audience_nouns")
    if all(lemma(o) in audience for o in heard):
        return "an appeal to an audience, its liking, no request"
    return None


def order_as_sequence(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "It was not clear in what order the shots struck the teen", "the order in which the
    bullets hit him", "in reverse order": an order that is a sequence is no command; "the
    general's order to withdraw" stays (`command_nouns`, `sequence_words`; vocabulary
    1.348.0)."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("command_nouns"):
        return None
    words = ctx.vocab.words("sequence_words")
    if any(c.dep_ in ("det", "amod", "compound") and lemma(c) in words for c in trigger.children):
        return "an order that is a sequence, no command"
    for clause in trigger.children:
        if clause.dep_ != "relcl":
            continue
        for prep in clause.children:
            if prep.dep_ == "prep" and any(
                o.dep_ == "pobj" and o.lower_ == "which" for o in prep.children
            ):
                return "an order that is a sequence, no command"
    return None


def _listed_noun_of_number(
    trigger: Token, rule: Rule, ctx: Context, sense: tuple[str, str, str]
) -> bool:
    """The trigger is a noun of the rule's type (`sense` = type, number tag, vocabulary list),
    told in that number and listed: a noun whose one number names another thing."""
    kind, tag, words = sense
    return (
        rule.type == kind
        and trigger.pos_ == "NOUN"
        and trigger.tag_ == tag
        and lemma(trigger) in ctx.vocab.words(words)
    )


def feeling_in_singular(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Hostility has been mounting in the town", "deep hostility between the communities": a
    noun whose singular is a feeling and only whose plural is fighting, told in the singular,
    is no assault ("hostilities resumed" stays; `feeling_singulars`, vocabulary 1.275.0)."""
    if _listed_noun_of_number(trigger, rule, ctx, ("ASSAULT", "NN", "feeling_singulars")):
        return "a feeling, no fighting"
    return None


def safeguards_in_plural(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "maintain the protections of the Endangered Species Act", "weaken protections for
    workers", "restore protections for wild places": a noun of aid whose plural names the
    safeguards a law or a rule gives is regulation, no aid between parties ("sought
    protection from the UN" in the singular stays; `safeguard_plurals`, vocabulary 1.308.0)."""
    if _listed_noun_of_number(trigger, rule, ctx, ("AID", "NNS", "safeguard_plurals")):
        return "legal safeguards, no aid"
    return None


def scandal_abuses(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The Watergate abuses led to new laws", "the Iran-Contra abuses": abuses a named event
    (a scandal, spaCy's EVENT) tells are misconduct, abuses of power, no torture; "the Abu
    Ghraib abuses" (a place) and "guards abused the prisoners" stay (vocabulary 1.280.0)."""
    if rule.mode != "torture" or trigger.pos_ != "NOUN":
        return None
    if any(c.dep_ == "compound" and c.ent_type_ == "EVENT" for c in trigger.children):
        return "a scandal's abuses, no torture"
    return None


def adversity_overcome(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the Tigers overcame a height advantage", "overcame a 10-point deficit", "beat the
    odds", "seized the advantage": a hardship or a game's odds taken on is no act toward a
    party, whatever the verb ("overcame the rebels", "seized the town" stay;
    `adversity_nouns`)."""
    if trigger.pos_ != "VERB":
        return None
    objects = expand(objects_of(trigger))
    adversity = ctx.vocab.words("adversity_nouns")
    if objects and all(lemma(o) in adversity and entity_at(o, ctx) is None for o in objects):
        return "a hardship or the odds overcome, no act"
    return None


def trials_as_hardships(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Despite her trials, the singer kept performing", "spoke of their trials and
    triumphs": a possessive plural "trials" with nothing it is for, no kind and no court,
    charge or defendant word in the sentence is hardships, no court trial ("his trials for
    fraud", "their murder trials", "her trials ended in acquittals" stay; `court_words`)."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NNS" or lemma(trigger) != "trial":
        return None
    if not any(c.dep_ == "poss" for c in trigger.children):
        return None
    if any(
        c.dep_ in ("prep", "compound", "amod", "nmod", "acl", "relcl") for c in trigger.children
    ):
        return None
    court = ctx.vocab.words("court_words")
    if any(lemma(t) in court or t.lower_ in court for t in trigger.sent):
        return None
    return "hardships, no court trial"


def rank_in_a_group(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Born the second of six children", "the second of three sons": an ordinal before "of"
    ranks one among others, whatever the tagger makes of it ("second" read as the verb of
    backing; "seconded the motion" stays; `rank_words`, roles 1.76.0)."""
    after = trigger.nbor(1) if trigger.i + 1 < len(trigger.doc) else None
    if trigger.lower_ not in ctx.vocab.words("rank_words") or after is None:
        return None
    before = trigger.nbor(-1) if trigger.i > 0 else None
    if after.lower_ == "of" and (before is None or before.lower_ in ("the", "a", "born", ",")):
        return "a rank in a group, no act"
    return None


def cause_to_blame(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Authorities suspect arson is to blame for the fire", "faulty wiring was to blame":
    "to blame" completing "be" says what caused a happening; when no subject of "be" is a
    person, a body or a named party, nobody is accused ("officials said the rebels were to
    blame", "Who is to blame?" stay ACCUSE; `blame_words`, vocabulary 1.340.0)."""
    if rule.type != "ACCUSE" or lemma(trigger) not in ctx.vocab.words("blame_words"):
        return None
    be = trigger.head
    if trigger.dep_ != "xcomp" or lemma(be) != "be" or be.i == trigger.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    subjects = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [c for s in subjects for c in s.conjuncts]
    bodies = ctx.vocab.words("actor_nouns") | ctx.vocab.words("band_heads")
    if not subjects or any(
        entity_at(s, ctx) is not None or names_a_person(s, ctx) or lemma(s) in bodies
        for s in subjects
    ):
        return None
    return "a cause named to blame, no one accused"


# What a verb's act reaches: an object, a passive subject, a particle, a coordinated verb
# (sharing the object), a dative.
_VERB_REACH = frozenset({"dobj", "nsubjpass", "prt", "conj", "dative", "agent", "auxpass"})


def beat_as_noun(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "since we were on the rehab beat", "she covered the crime beat for ten years": "beat"
    right after a noun that a determiner or a possessive opens, with nothing the verb would
    reach (no object, no passive, no coordinated verb), is a reporter's or a patrol's beat,
    the noun the tagger read as a verb; "protesters beat a policeman", "the mob beat and
    kicked him" stay (vocabulary 1.352.0)."""
    if rule.type != "ASSAULT" or trigger.lower_ != "beat" or trigger.pos_ != "VERB":
        return None
    if trigger.i < 2 or any(c.dep_ in _VERB_REACH for c in trigger.children):
        return None
    before, opener = trigger.nbor(-1), trigger.nbor(-2)
    if before.tag_ not in ("NN", "NNS") or names_a_person(before, ctx):
        return None
    if opener.tag_ not in ("DT", "PRP$"):
        return None
    return "a beat covered or patrolled, the noun"


def attack_stopped(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a visitor tried to stop the attack", "police moved to stop the assault", "guards
    stopped the fight": stopping an act one tries or rushes to stop, or that the police or a
    private person stops, is stepping in on another's violence, no ceasefire of one's own
    ("the army halted its offensive", "Israel suspended air strikes" stay; vocabulary
    1.352.0)."""
    if rule.mode != "ceasefire" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("intervention_verbs"):
        return None
    halted = objects_of(trigger)
    if any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for h in halted for c in h.children
    ):
        return None  # "stopped their attacks": one's own
    if trigger.dep_ == "xcomp" and lemma(trigger.head) in ctx.vocab.words("intervening_verbs"):
        return "an attack stepped in on, no ceasefire"
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for h in halted for c in h.children):
        # "The navy stopped an attack on a merchant ship": one attack of someone's, thwarted;
        # a side halts its own war by its name ("halted the offensive", "stopped air
        # strikes"; vocabulary 1.433.0)
        return "an attack thwarted, no ceasefire"
    armed = ctx.vocab.role_words(("military", "rebels"))
    police = ctx.vocab.role_words(("police",))
    doers = [a for a in actors if entity_at(a, ctx) not in ("GPE", "ORG", "NORP")]
    if (
        doers
        and len(doers) == len(actors)
        and all(
            lemma(a) in police or (names_a_person(a, ctx) and lemma(a) not in armed) for a in doers
        )
    ):
        return "an attack stepped in on, no ceasefire"
    return None


def _things_only(heads: Sequence[Token], kept: frozenset[str], ctx: Context) -> bool:
    """Each head is a common noun naming no actor and no act (no trigger of its own), nor a
    word of `kept`; a thing's use or sale stands for the thing ("use of it", "use of the
    exploit"), a neuter pronoun a thing too."""
    if not heads:
        return False
    for head in expand(list(heads)):
        if lemma(head) in ctx.vocab.words("thing_use_nouns"):
            head = next(iter(prep_objects(head, frozenset({"of"}))), head)
        if lemma(head) in kept:
            return False
        if head.pos_ == "PRON":
            if head.lower_ != "it":
                return False
            continue
        if head.i in ctx.rules or not thing_noun(head, ctx) or names_a_person(head, ctx):
            return False
    return True


def thing_allowed(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The internet provider allowed the traffic to pass", "allowed downloads from its
    site": allowing a thing, not people, an act or a demand, and none of the goods a party
    lets in (`allowed_goods`: "allowed fuel to enter Gaza"), is no concession ("allowed
    observers to monitor the vote", "allowed the protest to go ahead" stay; vocabulary
    1.352.0)."""
    if rule.type != "CONCEDE" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("permission_verbs"):
        return None
    allowed = objects_of(trigger)
    allowed += [
        s
        for c in trigger.children
        if c.dep_ in ("ccomp", "xcomp")
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]
    if _things_only(allowed, ctx.vocab.words("allowed_goods"), ctx):
        return "a thing allowed, no concession"
    return None


def allowed_by_resigning(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Avril resigned yesterday to allow Haiti's first democratic elections to take place",
    "the premier stepped down to enable a caretaker government to take over": what a stepping
    down is for is its aim, no permission given to anyone, and the resignation is the event
    (`stepping_down_verbs`; "the president allowed the minister to resign" stays; vocabulary
    1.366.2)."""
    if rule.type != "CONCEDE" or trigger.pos_ != "VERB" or trigger.dep_ != "advcl":
        return None
    if lemma(trigger) not in ctx.vocab.words("permission_verbs") or not to_infinitive(trigger):
        return None
    head = trigger.head
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
    said = {lemma(head), f"{lemma(head)} {particle}" if particle else lemma(head)}
    if not said & ctx.vocab.words("stepping_down_verbs"):
        return None
    return "the aim of a resignation, no concession"


def thing_restricted(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "someone is restricting use of it" (a software exploit), "restricted the use of the
    software": restricting a thing that is no people's movement, rights or access (PLOVER
    COERCE restrict: restrictions on political freedoms or movement) is no coercion
    (`restricted_freedoms`: "restricted the movement of journalists", "restricted access to
    the area", "the use of the Kurdish language" stay; vocabulary 1.352.0)."""
    if rule.mode != "restrict" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("thing_restricting_verbs"):
        return None
    restricted = objects_of(trigger)
    if _things_only(restricted, ctx.vocab.words("restricted_freedoms"), ctx):
        return "a thing restricted, no coercion"
    return None


def _did_crime(verb: Token, ctx: Context) -> bool:
    """The verb is an act of a crime: an assault or a theft's seizure (its rule's)."""
    crime = ctx.rules.get(verb.i)
    return crime is not None and (
        crime.type == "ASSAULT" or crime.id in ctx.vocab.words("theft_rules")
    )


def flight_after_crime(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "They then set fire to the vehicle and escaped in another car", "Four men robbed a
    bank. They fled": the flight of those the text tells did a crime, in a predicate joined to
    it or through a "they" for the group that did it in the sentence before, is leaving the
    scene, no retreat, as "the robbers escaped" is (vocab.toml flee-scene; armed forces and
    rebels stay; "inmates escaped from the prison" is no such flight; vocabulary 1.352.0)."""
    if rule.mode != "flee" or trigger.pos_ != "VERB":
        return None
    custody = ctx.vocab.words("custody_state_words")
    if any(lemma(t) in custody for t in trigger.subtree):
        return None  # "escaped from the prison": a breakout, as before
    joined = [trigger.head] if trigger.dep_ == "conj" else []
    joined += [c for c in trigger.children if c.dep_ == "conj"]
    if any(_did_crime(v, ctx) for v in joined):
        doers = actors
    else:
        doers = []
        for actor in actors:
            group = earlier_group(actor, ctx) if actor.pos_ == "PRON" else None
            if group is not None and group.dep_ == "nsubj" and _did_crime(group.head, ctx):
                doers.append(group)
        if not doers or len(doers) != len(actors):
            return None
    armed = ctx.vocab.role_words(("military", "rebels"))
    if any(lemma(d) in armed or entity_at(d, ctx) in ("GPE", "ORG", "NORP") for d in doers):
        return None
    return "leaving the scene of a crime, no retreat"


HOMONYM_SENSES = (
    beat_as_noun,
    flight_after_crime,
    attack_stopped,
    thing_allowed,
    allowed_by_resigning,
    thing_restricted,
    cause_to_blame,
    rank_in_a_group,
    adversity_overcome,
    trials_as_hardships,
    worn_thing,
    treatment_sought,
    thing_corrected,
    procedure_consultation,
    order_as_sequence,
    appeal_as_attraction,
    feeling_in_singular,
    safeguards_in_plural,
    scandal_abuses,
)
