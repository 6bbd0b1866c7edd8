"""Everyday senses of event words that name no political event on ordinary news pages: things
given up or offered, help needed, encores, shows sponsored or hosted, rights and authority
granted, shipping, careers, rescues as idioms, charging devices, courtesy, easing states,
rules about anyone, relief deployed, juries, people sought, deadlines, alliances named. Each
check has the signature of events_filters' checks; split from events_senses (trade, budgets,
markets, products and hiring went on to events_senses_economy; sports plays, contests and
rallies to events_senses_sports)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at, is_agentive, people_noun
from chronicler.annotate.events_match import match_rule, object_of, phrase_child
from chronicler.annotate.events_phrases import expand, objects_of, prep_objects
from chronicler.annotate.events_senses import (
    RELATIVE_PRONOUNS,
    names_a_person,
    verb_doers,
)
from chronicler.annotate.events_senses_sports import (
    league_conference,
    play_conceded,
    ready_for_contest,
    sports_play,
    sports_rally,
)
from chronicler.annotate.events_things import through_of
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def thing_given_up(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Fortress will give up the management contract", "surrendered his passport": giving
    up a thing other than arms, a place, power or people surrenders nothing; "the rebels
    gave up their weapons", "surrendered the town", "gave up Crimea" stay."""
    if rule.type != "RETREAT" or rule.mode != "disarm" or trigger.pos_ != "VERB":
        return None
    objects = expand([c for c in trigger.children if c.dep_ == "dobj"])
    if not objects:
        return None
    kept = ctx.vocab.words("surrendered_things")
    for obj in objects:
        if entity_at(obj, ctx) is not None or obj.pos_ != "NOUN" or lemma(obj) in kept:
            return None
        if names_a_person(through_of(obj, ctx), ctx):
            return None
    return "a thing given up"


def help_needed(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "we are going to need some help", "the club needs support up front", "artists do not
    need the label's approval": help or backing a party needs is none given, and the one
    needing it would receive it, not give it (backing: vocabulary 1.148.0)."""
    if rule.type not in ("AID", "SUPPORT") or trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return None
    if lemma(trigger.head) not in ctx.vocab.words("need_verbs"):
        return None
    return "help needed, none given"


def sponsored_show(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "this week's podcast is sponsored by a bank", "a brewery sponsors the festival": a
    show, a tournament or a team sponsored is patronage, no aid between parties, and a
    resolution or a bill sponsored is a text put forward; "Iran sponsored the militia"
    stays."""
    if rule.type != "AID" or lemma(trigger) not in ctx.vocab.words("patronage_verbs"):
        return None
    sponsored = expand(objects_of(trigger))
    shows = ctx.vocab.words("show_nouns")
    if sponsored and all(lemma(g) in shows for g in sponsored):
        return "a show sponsored, no aid"
    # "a resolution co-sponsored by Kenya", "sponsored the bill": a text put forward for a
    # vote, no aid (vocabulary 1.412.1)
    texts = ctx.vocab.words("sponsored_text_nouns")
    if not sponsored and trigger.dep_ == "acl":  # the participle's noun ("a bill sponsored by")
        sponsored = [trigger.head]
    if sponsored and all(lemma(g) in texts for g in sponsored):
        return "a text sponsored for a vote, no aid"
    return None


def encore_called(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the crowd called for more", "fans called for an encore": a call for more of the
    show asks for nothing of anyone; "called for more sanctions" names what it asks."""
    if rule.type != "REQUEST":
        return None
    asked: list[Token] = []
    for prep in (c for c in trigger.children if c.dep_ == "prep" and lemma(c) == "for"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        # "called for more even as ...": the parser hangs a bare "more" elsewhere
        after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else prep
        asked.extend(objects or [after])
    encore = ctx.vocab.words("encore_words")
    bare = all(c.dep_ not in ("amod", "compound", "pobj") for g in asked for c in g.children)
    if asked and bare and all(lemma(g) in encore and g.head.pos_ != "NOUN" for g in asked):
        return "a call for more of the show"
    return None


def electric_charging(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a pad for charging your phone", "a spot for charging any smartwatch with the wireless
    case": charging a device, or charging where the sentence speaks of power and batteries, is
    filling it with power, no indictment; "charged the activist with sedition" (an offence
    named) stays."""
    if rule.type != "ACCUSE" or rule.mode != "charge" or lemma(trigger) != "charge":
        return None
    power = ctx.vocab.words("power_words")
    for named in prep_objects(trigger, frozenset({"with", "over", "for", "in"})):
        words = [named, *(c for c in named.children if c.dep_ in ("compound", "amod"))]
        if not any(lemma(w) in power for w in words):
            return None  # "charged him with fraud", "over the explosion": an offence
    charged = object_of(trigger)
    if charged is not None and lemma(charged) in ctx.vocab.words("product_nouns"):
        return "a device charged with power, no indictment"
    if any(lemma(w) in power for w in trigger.sent):
        return "charging told among words of power, no indictment"
    return None


def courtesy_help(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the platform is happy to help", "we are glad to help": help told as one's pleasure,
    with no one helped and nothing helped with, is courtesy, no aid given; "glad to help
    Ukraine" and "happy to help with the evacuation" stay."""
    if rule.type != "AID" or lemma(trigger) != "help" or trigger.dep_ != "xcomp":
        return None
    if lemma(trigger.head) not in ctx.vocab.words("courtesy_adjectives") or targets:
        return None
    if any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "dative") for c in trigger.children):
        return None
    return "help offered as a courtesy, no aid"


_EASING = frozenset({"ease", "relax", "loosen"})


def state_easing(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The situation began to relax", "tensions eased", "the mood loosened": easing with
    nothing eased, said of a state that is no party and names no measure, is a calmer state,
    no concession; "the junta relaxed the curfew", "restrictions were eased", "the curfew
    eased" (a measure) stay. Version 1.170.0."""
    if rule.type != "CONCEDE" or trigger.pos_ != "VERB" or lemma(trigger) not in _EASING:
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "prt") for c in trigger.children):
        return None
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"] or list(actors)
    if not subjects:
        return None
    if any(names_a_person(s, ctx) or match_rule(s, ctx.vocab) is not None for s in subjects):
        return None
    return "a state easing, no concession"


_ANYONE = frozenset({"anyone", "anybody"})


def anyone_who(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "publish the name of anyone who donates more than 20,000 marks", "anyone who attacks a
    journalist will be punished": an act in a relative clause on "anyone" is a case a rule or
    a threat covers, no act done; "someone attacked him", "whoever killed him" (a real act by
    an unknown doer) stay. Version 1.171.0."""
    if trigger.dep_ != "relcl" or lemma(trigger.head) not in _ANYONE:
        return None
    if any(c.dep_ == "nsubj" and lemma(c) in RELATIVE_PRONOUNS for c in trigger.children):
        return "a case a rule covers, no act"
    return None


def exile_descriptor(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Miami's exile Cuban community", "exile groups", "an exile leader": "exile" modifying
    a noun tells who people are, exiles, no act of sending anyone into exile ("the exile of
    the poet", "sent into exile" stay). Version 1.159.0."""
    if rule.mode != "exile" or trigger.pos_ != "NOUN":
        return None
    word = trigger
    # "between Castro's government and exile extremists": a modifier coordinated with
    # another modifier of the same noun describes that noun as well (version 1.170.0)
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ in ("compound", "nmod", "amod") and word.head.pos_ in ("NOUN", "PROPN"):
        return "exiles described, no exile"
    if trigger.tag_ == "NNS":  # "Cuban exiles insist ...": people who live in exile
        return "exiles described, no exile"
    # "the regime and its opponents in exile": where a group lives, said of the group
    # ("lives in exile", "went into exile" stay; version 1.161.0)
    prep = trigger.head
    if trigger.dep_ == "pobj" and lemma(prep) == "in" and prep.head.pos_ in ("NOUN", "PROPN"):
        return "exiles described, no exile"
    return None


def deadline_given(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "gave Merieux until mid-November to submit additional information", "gave the firm
    until Friday": time given until a date is a deadline, no aid. Version 1.160.0."""
    if rule.type != "AID" or lemma(trigger) != "give":
        return None
    if any(c.dep_ == "prep" and lemma(c) in ("until", "till") for c in trigger.children):
        return "a deadline given, no aid"
    return None


def named_alliance(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the accession of the three countries into the NATO alliance": an alliance a name
    modifies names that organisation, no act of allying ("formed an alliance with X"
    stays). Version 1.161.0."""
    if rule.type != "COOPERATE" or lemma(trigger) not in ctx.vocab.words("alliance_nouns"):
        return None
    if any(c.dep_ == "compound" and entity_at(c, ctx) == "ORG" for c in trigger.children):
        return "an alliance's name, no act"
    if trigger.dep_ == "appos" and trigger.head.pos_ in ("PROPN", "NOUN"):
        # "the Endangered Species Coalition, an alliance of 50 groups": what the body is
        # (also when the parser hangs the apposition on the name's governor)
        return "an alliance a body is described as, no act"
    if trigger.dep_ == "attr" and lemma(trigger.head) == "be":
        return "an alliance a body is said to be, no act"  # "the front is a coalition of"
    return None


def advice_sought(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "agencies will have to consult with government wildlife experts", "must consult
    biologists": a duty to consult only people asked for their knowledge is a review procedure
    told in general, no meeting between parties ("the minister consulted with scientists
    before the vote", "will have to consult the opposition" stay; `advice_sources`,
    `duty_words`, version 1.259.0)."""
    if rule.type != "CONSULT" or lemma(trigger) != "consult":
        return None
    duties = ctx.vocab.words("duty_words")
    owed = any(c.dep_ == "aux" and lemma(c) in duties for c in trigger.children) or (
        trigger.dep_ == "xcomp" and lemma(trigger.head) in duties
    )
    if not owed:
        return None
    consulted = [c for c in trigger.children if c.dep_ == "dobj"]
    consulted += prep_objects(trigger, frozenset({"with"}))
    consulted = expand(consulted)
    sources = ctx.vocab.words("advice_sources")
    if consulted and all(lemma(c) in sources for c in consulted):
        return "advice sought from experts, no meeting"
    return None


def compared_with_plan(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "not as extensive as originally planned", "the vote went ahead as scheduled",
    "costlier than expected": a plan or a forecast an "as" or "than" clause with no subject
    compares something with is a yardstick, no act of anyone ("as they had planned" and
    "they planned a strike" stay; `comparison_verbs`, version 1.259.0)."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("comparison_verbs"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "dobj") for c in trigger.children):
        return None
    if any(c.dep_ == "mark" and lemma(c) in ("as", "than") for c in trigger.children):
        return "a plan compared with, no act"
    return None


def rights_granted(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the freedoms given to Hong Kong", "a formula granting the region autonomy": rights,
    freedoms or a status a power grants are a change of status, no aid handed to anyone;
    "gave the refugees food" stays."""
    if rule.type != "AID" or trigger.pos_ != "VERB":
        return None
    given = objects_of(trigger)
    if not given and trigger.dep_ == "acl":
        given = [trigger.head]  # "the freedoms given to Hong Kong"
    given = expand(given)
    rights = ctx.vocab.words("right_nouns")
    if given and all(lemma(g) in rights for g in given):
        return "rights granted, no aid"
    return None


# The clauses a release's patient is told in beside it: "had been in hospital ... and was
# about to be released" (a coordinated predicate), "spent a week in hospital before she was
# released" (the clause it is told after).
_BESIDE_DEPS = frozenset({"conj", "advcl"})


def release_after_care(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Page had been in hospital for three weeks with pneumonia and was about to be
    released", "spent a week in hospital before she was released": a release whose patient
    the clause beside it puts in a place of care (rule release-from-care's words) is a
    discharge, no release from custody; "had been in jail for three weeks and was about to be
    released" stays. Vocabulary 1.225.0."""
    if rule.type != "RETREAT" or rule.mode != "release" or trigger.pos_ != "VERB":
        return None
    care = next((r.context for r in ctx.vocab.rules if r.id == "release-from-care"), frozenset())
    verb = trigger  # "was about to be released": the predicate the release completes
    while verb.dep_ in ("xcomp", "acomp") and verb.head is not verb:
        verb = verb.head
    beside = [c for c in verb.children if c.dep_ in _BESIDE_DEPS]
    if verb.dep_ in _BESIDE_DEPS:
        beside.append(verb.head)
    for clause in beside:
        places = prep_objects(clause, frozenset({"in", "at"}))
        if any(lemma(p) in care for p in places):
            return "a patient discharged from care, no release from custody"
    return None


def readied_for_shipping(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the engine will soon be ready for shipment to the test site": a shipment or delivery
    something is ready or prepared for tells its state, no aid given; "the shipment of arms to
    the rebels" stays."""
    if rule.type != "AID" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    if lemma(prep) != "for" or lemma(prep.head) not in ctx.vocab.words("readiness_words"):
        return None
    return "a thing ready for shipping, no aid"


# A joint task or a purpose "work with" is for ("worked with Russia on a ceasefire", "against
# the cartels"): cooperation, not a stretch of someone's career.
_TASK_PREPS = frozenset({"on", "toward", "towards", "against", "over"})


_STATE_LABELS = frozenset({"GPE", "NORP"})


def career_collaboration(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the producer has worked with the likes of famous rappers", "years before working with
    a rocket maker", "working with these players is what drew me": working with someone told
    as a stretch of a person's career (a perfect or a bare gerund, no purpose, no task) is a
    working relationship, no cooperation between parties; "the ministry is working with
    Interpol", "has worked with Russia on a ceasefire", "worked with them to free the
    hostages" and any state working with another stay."""
    if rule.id != "cooperate" or lemma(trigger) != "work" or trigger.pos_ != "VERB":
        return None
    kids = list(trigger.children)
    auxes = {lemma(c) for c in kids if c.dep_ == "aux"}
    perfect = "have" in auxes and trigger.tag_ == "VBN"
    gerund = trigger.tag_ == "VBG" and "be" not in auxes
    if not (perfect or gerund):
        return None
    if any(c.dep_ in ("xcomp", "advcl") for c in kids):
        return None  # "worked with them to free the hostages": a purpose
    if any(c.dep_ == "prep" and lemma(c) in _TASK_PREPS for c in kids):
        return None
    people = [*expand(list(actors)), *expand(list(targets))]
    if any(entity_at(p, ctx) in _STATE_LABELS for p in people):
        return None
    for doer in expand(list(actors)):
        label = entity_at(doer, ctx)
        if label not in ("PERSON", None) or doer.pos_ not in ("PROPN", "PRON"):
            return None  # an organisation's or an office holder's work with a party
    return "a working relationship of one's career, no cooperation"


def thing_offering(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the senator's visit offers a reminder of the stakes", "the report offers a glimpse of
    the talks": what a thing, an act or a state of affairs offers is what it provides, even
    when a possessor names whose it is; no pledge by anyone ("the minister offered talks",
    "the rebels' leader offered a truce", "the government offers aid" stay)."""
    if rule.type != "AGREE" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("offer_verbs"):
        return None
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not subjects or any(s.pos_ != "NOUN" or s.ent_type_ for s in subjects):
        return None
    people = ctx.vocab.words("collective_nouns")
    for subject in subjects:
        if is_agentive(subject, ctx) or people_noun(subject, ctx) or lemma(subject) in people:
            return None
    return "what a thing provides, no pledge"


def career_turned_down(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the coach has turned down a number of opportunities to work abroad", "she declined
    the job": a post or a chance turned down is a career choice, no rejection of a party's
    demand or proposal; "turned down the ceasefire proposal" stays."""
    if rule.type != "REJECT":
        return None
    refused = object_of(trigger)
    if refused is None:
        return None
    refused = through_of(refused, ctx)  # "a number of opportunities"
    if lemma(refused) not in ctx.vocab.words("career_nouns"):
        return None
    return "a career choice, no rejection"


def rescue_idiom(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "A cheap keyboard case to the rescue", "Leftovers to the rescue": "to the rescue" hung
    on a thing with no verb is the idiom for what helps out, no aid given (a product's name
    the tagger takes for a company's or a person's counts as a thing); "troops came to the
    rescue of the villagers", "Russia to the rescue" and "the navy to the rescue" stay."""
    if rule.type != "AID" or lemma(trigger) != "rescue" or trigger.dep_ != "pobj":
        return None
    if any(c.dep_ == "prep" and lemma(c) == "of" for c in trigger.children):
        return None
    to = trigger.head
    if lemma(to) != "to" or to.head.pos_ in ("VERB", "AUX"):
        return None
    helper = to.head
    label = entity_at(helper, ctx)
    if label in ("GPE", "NORP") or people_noun(helper, ctx):
        return None  # "Russia to the rescue", "the medics to the rescue": a party helps
    if label is None and is_agentive(helper, ctx):
        return None  # "the army to the rescue"
    return "the idiom of a thing that helps, no aid"


def _litigant_use(noun: Token, ctx: Context) -> bool:
    """The noun stands as a side in court: the object of "by" or "for" ("called by the
    prosecution", "a witness for the prosecution"), or the subject of what a side does in a
    trial ("the prosecution rested its case", "the prosecution argued")."""
    if noun.dep_ == "pobj" and lemma(noun.head) in ("by", "for"):
        return True
    return noun.dep_ == "nsubj" and lemma(noun.head) in ctx.vocab.words("litigant_verbs")


def prosecuting_side(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Called by the prosecution, he told the jury ...", "the prosecution rested its case", "a
    witness for the prosecution": "the prosecution" with no one prosecuted is the prosecuting
    side of a trial, a party, no charge brought; "the prosecution of the general began" and
    "his prosecution" stay."""
    if rule.type != "ACCUSE" or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("litigant_nouns"):
        return None
    if any(c.dep_ in ("poss", "prep") for c in trigger.children) or targets:
        return None  # "his prosecution", "the prosecution of the general"
    if _litigant_use(trigger, ctx):
        return "the prosecuting side, no charge"
    return None


def relief_deployed(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "rescue teams were deployed to the affected area", "firefighters were sent to the
    scene": rescuers moved to a disaster are relief, no mobilisation of forces; "troops were
    deployed", "police were deployed to the square" stay."""
    if rule.type != "MOBILIZE":
        return None
    moved = expand([*actors, *targets])
    relief = ctx.vocab.words("relief_workers")

    def rescuer(head: Token) -> bool:
        words = [head, *(c for c in head.children if c.dep_ in ("compound", "amod"))]
        return entity_at(head, ctx) is None and any(lemma(w) in relief for w in words)

    if moved and all(rescuer(m) for m in moved):
        return "rescuers sent, no mobilisation"
    return None


def rescuers_named(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "search and rescue teams reached the site", "fire and rescue crews": a rescue word
    listed with another before a noun of people names what kind of crew they are, as "rescue
    teams" does alone, no aid given; "the search and rescue operation" (no people) is left to
    the rules. Vocabulary 1.219.0."""
    if rule.type != "AID" or trigger.pos_ != "NOUN" or trigger.dep_ != "conj":
        return None
    if lemma(trigger) not in ctx.vocab.words("relief_workers"):
        return None
    first = trigger.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    head = first.head
    if first.dep_ not in ("compound", "nmod", "amod") or head.pos_ != "NOUN" or head.i < first.i:
        return None
    crews = ctx.vocab.words("collective_nouns") | ctx.vocab.words("team_nouns")
    if lemma(head) in crews or people_noun(head, ctx) or is_agentive(head, ctx):
        return "a kind of crew named, no aid"
    return None


def authority_given(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Congress followed by giving specific authorization for the departments to revoke the
    action", "gave the agency the power to": giving an authority or a permission is the light
    verb of authorising, no aid given; "gave Ukraine military aid" stays."""
    if rule.type != "AID" or trigger.pos_ != "VERB" or lemma(trigger) != "give":
        return None
    given = objects_of(trigger)
    if given and all(lemma(g) in ctx.vocab.words("authority_nouns") for g in given):
        return "an authority given, no aid"
    return None


def jury_deliberation(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Jury deliberations are still underway", "the jurors deliberated for two days": a jury
    weighing its verdict is a court's procedure, no meeting of parties."""
    if rule.type != "CONSULT":
        return None
    juries = ctx.vocab.words("jury_nouns")
    near = [*actors, *verb_doers(trigger)]
    near += [c for c in trigger.children if c.dep_ in ("compound", "poss")]
    if near and all(lemma(n) in juries for n in expand(near)):
        return "a jury deliberating, no meeting"
    return None


def _sought_by_relative(clause: Token, sought: Sequence[Token]) -> bool:
    """A relative clause with no object of its own and no relative word ("the man he was
    seeking"), or whose object is its relative pronoun ("the man whom they seek", "the
    official that he was seeking": the tagger often gives that "that" IN, a preposition's tag)."""
    if sought:
        return all(s.tag_ in ("WP", "WDT") or _relative_that(s, clause) for s in sought)
    return not any(c.tag_ in ("WP", "WDT", "WP$") for c in clause.subtree if c.i < clause.i)


def _relative_that(word: Token, clause: Token) -> bool:
    return word.lower_ == "that" and word.head.i == clause.i and word.i < clause.i


def sought_out(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "she sought out the three coworkers": "seek out" is to look for someone, no request;
    "sought help from the UN" stays. So is seeking a person ("Kopp is being sought by the FBI
    as a suspect", "they were being sought for interviews", "police are seeking the driver":
    hunted or looked for; version 1.187.0), while what is sought from someone, "sought the
    release of the hostages", "sought Washington's help", stays a request."""
    if rule.type != "REQUEST" or lemma(trigger) != "seek":
        return None
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in trigger.children):
        return "looked for, no request"
    sought = objects_of(trigger)
    if trigger.dep_ == "relcl" and _sought_by_relative(trigger, sought):
        # the relative clause's head is what is sought ("a third official he was seeking",
        # "the man whom police are seeking"; prec41, vocabulary 1.396.0)
        sought = [trigger.head]
    if sought and all(names_a_person(through_of(h, ctx), ctx) for h in expand(sought)):
        return "a person looked for, no request"
    return None


def show_hosted(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Ricky Gervais would not be hosting the Oscars", "she hosted the awards show": hosting
    a show, a ceremony or a named event is presenting it, no meeting; "hosted the summit",
    "hosted the Iranian delegation" stay."""
    if rule.type != "CONSULT" or lemma(trigger) != "host":
        return None
    hosted = objects_of(trigger)
    shows = ctx.vocab.words("hosted_shows")
    if hosted and all(lemma(h) in shows or h.ent_type_ in ("EVENT", "WORK_OF_ART") for h in hosted):
        return "a show presented, no meeting"
    return None


def ballot_cast(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Voting for MPs to the Majlis began", "voters voted for a new parliament", "I don't
    know who I'm supposed to vote for", "voted for him in the election": a ballot cast for
    members or a body, or in an election, is a citizen's vote, no endorsement of a party or a
    policy; "the Senate voted for the resolution", "the unions voted for the opposition
    candidate" stay."""
    if rule.type != "SUPPORT" or lemma(trigger) != "vote":
        return None
    chosen = prep_objects(trigger, frozenset({"for"}))
    chosen += [c for c in trigger.children if c.dep_ == "dobj" and lemma(c) in RELATIVE_PRONOUNS]
    elected = ctx.vocab.words("elected_nouns")
    if chosen and all(lemma(c) in elected for c in expand(chosen)):
        return "a ballot cast in an election"
    elections = ctx.vocab.words("election_nouns")
    at = frozenset({"in", "at"})  # the parser may hang "in the election" on what is voted for
    if any(lemma(o) in elections for t in (trigger, *chosen) for o in prep_objects(t, at)):
        return "a ballot cast in an election"
    return None


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_STATE_VERBS = frozenset({"be", "remain", "stay", "live", "work", "have"})


def evidence_about_oneself(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "After he produced evidence that he was under psychiatric care", "she presented
    evidence that she was abroad at the time": evidence whose "that" clause tells of the one
    who brings it, a state he was in, is a defence of oneself, no accusation of anyone; "the
    prosecutor presented evidence that he took bribes", "he produced evidence that he was
    tortured" stay."""
    if rule.type != "ACCUSE" or trigger.pos_ != "VERB":
        return None
    evidence = phrase_child(trigger, rule)
    bringers = {c.lower_ for c in trigger.children if c.dep_ in _SUBJECTS}
    if evidence is None or not bringers:
        return None
    for clause in evidence.children:
        if clause.dep_ not in ("acl", "ccomp", "relcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if lemma(clause) not in _STATE_VERBS:
            continue  # "evidence that he was tortured by the police" accuses them
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        told = {c.lower_ for c in clause.children if c.dep_ in _SUBJECTS}
        if told and told <= bringers:
            return "evidence about oneself, no accusation"
    return None


EVERYDAY_SENSES = (
    ballot_cast,
    evidence_about_oneself,
    thing_given_up,
    help_needed,
    encore_called,
    sponsored_show,
    rights_granted,
    play_conceded,
    sports_play,
    league_conference,
    release_after_care,
    readied_for_shipping,
    ready_for_contest,
    career_collaboration,
    thing_offering,
    career_turned_down,
    rescue_idiom,
    electric_charging,
    courtesy_help,
    state_easing,
    anyone_who,
    prosecuting_side,
    relief_deployed,
    rescuers_named,
    authority_given,
    sports_rally,
    jury_deliberation,
    sought_out,
    show_hosted,
    exile_descriptor,
    deadline_given,
    named_alliance,
    compared_with_plan,
    advice_sought,
)
