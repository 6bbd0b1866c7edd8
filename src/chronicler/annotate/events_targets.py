"""Targets an act is aimed at when its object is a thing or missing, found in the rest of the
clause: recipients in prepositions and possessives ("cut off electricity to X"), the subject
of a condition ("unless X accepts") or of a "that"-clause ("a demand that X ease"), the
counterpart of a refusal or a deal ("despite pressure from X"), the named place an act lands
in ("lifted the curfew in X"), and who holds someone in custody ("in Israeli police custody").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import (
    RELATIVE,
    TIME_ENTS,
    Context,
    agentive_phrase,
    antecedent,
    entity_at,
    is_agentive,
    names_party,
    people_noun,
)
from chronicler.annotate.events_attrs import in_source_phrase
from chronicler.annotate.events_match import VERB_POS, match_rule
from chronicler.annotate.events_noun_governors import governing_verb
from chronicler.annotate.events_phrases import expand, pobjs, prep_objects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


RECIPIENT_PREPS = frozenset(
    {
        "to",
        "with",
        "against",
        "on",
        "from",
        "into",
        "between",
        "for",
        "toward",
        "towards",
        "upon",
        "at",
        "over",
        "among",  # "mediation among the feuding republics"
    }
)
_OBJECT_PREPS = RECIPIENT_PREPS | {"of", "by"}


_BENEFICIARY_PREPS = frozenset({"to", "for", "with"})


def recipients(trigger: Token, objects: Sequence[Token], ctx: Context) -> list[Token]:
    """Actors an action is directed at, when its object is a thing: "cut off electricity to
    X", "broke relations with X", "rejected calls by X", "an Indian proposal", "suspended
    part of an aid program for X" (through one "of")."""
    out: list[Token] = []
    # "defended X against Y", "defended the decision against critics": Y is the danger, no
    # party the shielding is aimed at (vocabulary 1.165.0)
    shielded = lemma(trigger) in ctx.vocab.words("shielding_verbs")
    danger = ctx.vocab.words("shielded_from_preps") if shielded else frozenset()
    for tok in expand(objects):
        # a pronoun owning a norm is the community whose norm it is, no party an act on the
        # norm is aimed at ("repeal our landmark laws", "scrapped its own rules": no target,
        # was "our", "its"; `norm_nouns`, roles 1.132.0)
        own_norm = lemma(tok) in ctx.vocab.words("norm_nouns")
        for child in tok.children:
            if child.dep_ != "poss" or (own_norm and child.pos_ == "PRON"):
                continue
            if is_agentive(child, ctx):
                out.append(child)
        # "guaranteed their safe arrival": those who travel, whoever they turn out to be
        out += [m for m in movers(tok, ctx) if m not in out]
        for p in prep_objects(tok, _OBJECT_PREPS - danger):
            if _given_act(p, ctx):  # "the hold on U.S. aid (to X)": X, not the giver
                out += [r for r in prep_objects(p, _BENEFICIARY_PREPS) if agentive_phrase(r, ctx)]
            elif agentive_phrase(p, ctx):
                out.append(p)
        out += [p for p in _doers(tok) if agentive_phrase(p, ctx) and p.head.head.i != trigger.i]
        for inner in prep_objects(tok, frozenset({"of"})):  # not "of protests against X"
            out += [p for p in prep_objects(inner, _BENEFICIARY_PREPS) if agentive_phrase(p, ctx)]
            # "demanded the return of property seized by X": X holds what is demanded
            out += [p for p in _doers(inner) if agentive_phrase(p, ctx)]
    for pobj in prep_objects(trigger, RECIPIENT_PREPS - _moved_to(objects, ctx) - danger):
        if medium(pobj, ctx):  # "complained on Instagram": where it was said
            continue
        if pobj.dep_ == "pcomp" and pobj.tag_ == "VBG":
            continue  # "under investigation for bribing city police": the offence, an act
            # (whose phrase names the police), not a party it is aimed at (roles 1.21.0)
        if lemma(pobj.head) == "with" and _topic_of_meeting(trigger, ctx):
            continue  # "discussed investigations with X": X is met, not investigated
        if lemma(pobj.head) == "for" and lemma(trigger) in ctx.vocab.words("mourning_nouns"):
            continue  # "a vigil for the slain boy": the one mourned, no one it is aimed at
        if agentive_phrase(pobj, ctx):
            out.append(pobj)
        else:  # "mobilized reservists for a war against X", "assistance to the war on X",
            # "an investigation into crimes committed by X", "protests against abuses by X",
            # "conceded to the strikers' demands"
            nested = prep_objects(pobj, _HOSTILE_PREPS | {"by"}) + _doers(pobj)
            owners = [c for c in pobj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            out += [p for p in nested if agentive_phrase(p, ctx)]
            out += [p for p in owners if names_party(p, ctx)]
    return [t for t in out if t.ent_type_ not in TIME_ENTS]


def _topic_of_meeting(noun: Token, ctx: Context) -> bool:
    """An event noun that is the object of a meeting verb ("discussed sanctions with the
    Europeans"): what was talked about, whose "with" names who talked."""
    verb = noun.head
    rule = ctx.rules.get(verb.i)
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "dobj"
        and rule is not None
        and rule.type == "CONSULT"
        and (ctx.rules.get(noun.i) is None or ctx.rules[noun.i].type != "CONSULT")
    )


_MEDIUM_PREPS = frozenset({"on", "via", "through", "over"})


def medium(pobj: Token, ctx: Context) -> bool:
    """The object of "on", "via" or "through" naming a medium one speaks through ("on
    Twitter", "on state television", "on his Facebook page"; `platform_nouns`): where an act
    of words was done, none of its parties."""
    return (
        pobj.dep_ == "pobj"
        and lemma(pobj.head) in _MEDIUM_PREPS
        and lemma(pobj) in ctx.vocab.words("platform_nouns")
    )


def _given_act(noun: Token, ctx: Context) -> bool:
    """An event noun of something given (`given_act_types`: "U.S. security assistance",
    "Chinese investment"): an act on it, a hold, a cut or a freeze, is aimed at whom it is
    given to, not at the giver its modifier names."""
    rule = ctx.rules.get(noun.i)
    return (
        noun.pos_ == "NOUN"
        and rule is not None
        and rule.type.lower() in ctx.vocab.words("given_act_types")
    )


def movers(noun: Token, ctx: Context) -> list[Token]:
    """Who a movement noun says moves: its possessor or "of"-object ("their safe arrival",
    "the return of the activists"), also an "of"-object naming people that the parser hangs
    on the place the movement is from or to ("the safe departure from the embassy of the
    patriots"; a state or body after it owns the place: "from the embassy of Mexico")."""
    if lemma(noun) not in ctx.vocab.words("movement_nouns"):
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += prep_objects(noun, frozenset({"of"}))
    if owners:
        return owners
    return [
        p
        for place in prep_objects(noun, _ENDPOINT_PREPS)
        for p in prep_objects(place, frozenset({"of"}))
        if not p.ent_type_ and (people_noun(p, ctx) or p.tag_ == "NNS")
    ]


_ENDPOINT_PREPS = frozenset({"from", "to", "into"})


def _moved_to(objects: Sequence[Token], ctx: Context) -> frozenset[str]:
    """Prepositions that give where an object's movement goes, not whom the act is for: a
    movement noun naming who moves ("guaranteed their safe arrival to the embassy", "the
    dissidents' passage to X") has its destination in them, even where the parser hangs
    them on the verb; "guaranteed safe passage to the rebels" names no mover, so the
    rebels get it."""
    if not any(movers(o, ctx) for o in expand(objects)):
        return frozenset()
    return ctx.vocab.words("destination_preps") | {"toward", "towards"}


def _doers(noun: Token) -> list[Token]:
    """Agents of a participle modifying a noun: "crimes committed by X", "the demonstration
    staged by students"."""
    return [
        p
        for acl in noun.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for agent in acl.children
        if agent.dep_ == "agent"
        for p in pobjs(agent)
    ]


_HOSTILE_PREPS = frozenset({"against", "on", "with"})


_REPORTING = frozenset({"say", "tell", "add", "report", "announce", "state", "claim"})


def condition_subjects(trigger: Token, ctx: Context) -> list[Token]:
    """Whom a conditional act is aimed at: the subject of its "if"/"unless" clause ("will
    halt the talks if the United States deploys the missiles", "unless Baghdad accepts")."""
    hosts = [trigger]
    verb, _ = governing_verb(trigger)
    if verb is not None:  # "threatened to launch an offensive unless X ..."
        hosts.append(verb)
    for host in list(hosts):
        if host.dep_ in ("xcomp", "ccomp"):  # "threatened to halt the talks if ..."
            hosts.append(host.head)
    out = []
    for clause in (c for host in hosts for c in host.children if c.dep_ in ("advcl", "ccomp")):
        mark = next((m for m in clause.children if lemma(m) in ("if", "unless")), None)
        if mark is None or lemma(clause) in _REPORTING:  # "if ..., the minister said"
            continue
        if clause.dep_ == "ccomp" and not _condition_read_as_complement(clause, mark, ctx):
            continue  # "asked if the army would withdraw": whether, no condition
        if _named_again(clause, clause.head):
            continue  # "If the workers are unhappy, they should not strike": they strike
        out += [
            c
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.left_edge.i == mark.i + 1  # the subject opens the clause
            # ("unless the company raised wages", "if the two sides failed to agree": a body
            # no role word names, roles 1.206.3)
            and (agentive_phrase(c, ctx) or lemma(c) in ctx.vocab.words("collective_nouns"))
        ]
    return out


# Verbs whose "if" clause says whether, not on what condition ("asked if", "wondered if").
_WHETHER_VERBS = frozenset({"know", "see", "decide", "check", "determine", "doubt", "question"})


def _condition_read_as_complement(clause: Token, mark: Token, ctx: Context) -> bool:
    """An "if"/"unless" clause the parser hung on a verb as its complement ("threatened to
    quit if the two sides failed to agree": "failed" a ccomp of "quit") is its condition,
    unless the verb asks or wonders whether ("asked if the army would withdraw";
    `question_verbs`, `feeling_verbs`; roles 1.206.3)."""
    if lemma(mark) == "unless":
        return True
    asking = ctx.vocab.words("question_verbs") | ctx.vocab.words("feeling_verbs") | _WHETHER_VERBS
    return lemma(clause.head) not in asking | _REPORTING


def _named_again(clause: Token, verb: Token) -> bool:
    """The verb's subject is a third-person pronoun after a condition that opens the
    sentence: it stands for the condition's own subject (roles 1.105.0)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ in ("they", "he", "she", "it")
        and clause.i < subject.i
        and clause.left_edge.i == clause.sent.start
    )


_CONCESSIVE_PREPS = frozenset({"despite", "notwithstanding"})
_SEQUEL_PREPS = frozenset({"after", "following"})


def counterpart_targets(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Whom an act answers, named in an adjunct: a refusal "despite pressure from X" (or X's
    calls) is aimed at X; an act "after talks with X" (a deal, a strike called off) at X."""
    hosts = [trigger]
    verb, _ = governing_verb(trigger)
    if verb is not None:
        hosts.append(verb)
    if trigger.dep_ == "xcomp":
        hosts.append(trigger.head)
    hosts += [c for c in trigger.children if c.dep_ == "xcomp"]  # "declined to resign despite"
    out: list[Token] = []
    for host in hosts:
        for pobj in prep_objects(host, _CONCESSIVE_PREPS):
            if rule.type == "REJECT" and lemma(pobj) in ctx.vocab.words("pressure_nouns"):
                named = prep_objects(pobj, frozenset({"by", "from", "of"}))
                named += [c for c in pobj.children if c.dep_ == "poss"]
                # a name exerts the pressure even when the NER missed it ("the Kenya
                # Anti-Corruption Commision")
                out += [n for n in named if n.pos_ == "PROPN" or agentive_phrase(n, ctx)]
        for pobj in prep_objects(host, _SEQUEL_PREPS):
            found = match_rule(pobj, ctx.vocab)
            if found is not None and found.type == "CONSULT":
                named = prep_objects(pobj, frozenset({"with"}))
                out += [n for n in named if agentive_phrase(n, ctx)]
    return out


def that_clause_subjects(noun: Token, ctx: Context) -> list[Token]:
    """Subjects of a "that"-clause completing a noun ("a demand that X ease ..."), which the
    parser may hang on the noun's light verb ("reiterated its demand today that X ...")."""
    verb, link = governing_verb(noun)
    hosts = [noun] + ([verb] if verb is not None and link == "dobj" else [])
    return [
        c
        for host in hosts
        for clause in host.children
        if (
            (clause.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in clause.children))
            # "police allegations that Gray pointed a gun", read as a relative clause whose
            # "that" is its mark, no pronoun: a content clause all the same (vocab 1.322.0)
            or (
                clause.dep_ == "relcl"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            )
            or (host is noun and _bare_content_clause(noun, clause, ctx))
        )
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass") and agentive_phrase(c, ctx)
    ]


def text_accused(noun: Token, ctx: Context) -> list[Token]:
    """Whom a charging text says did something: an accusation noun (a rule of type ACCUSE) as
    the subject of a verb of saying (`charging_text_verbs`) is aimed at the subject of that
    verb's clause, "that" or not ("The indictment also said she submitted false documents",
    "the lawsuit claims the company polluted the river": she, the company; roles 1.132.0)."""
    rule = ctx.rules.get(noun.i)
    verb = noun.head
    if rule is None or rule.type != "ACCUSE" or noun.dep_ != "nsubj":
        return []
    if lemma(verb) not in ctx.vocab.words("charging_text_verbs"):
        return []
    return [
        c
        for clause in verb.children
        if clause.dep_ == "ccomp"
        for c in clause.children
        if c.dep_ == "nsubj" and names_party(c, ctx)
    ]


_GAP_WORDS = frozenset({"that", "which", "who", "whom", "whose", "what"})


def _bare_content_clause(noun: Token, clause: Token, ctx: Context) -> bool:
    """A clause with no "that" the parser read as relative on an accusation noun, whole in
    itself (its subject, and an object or a passive, no word left out for the noun to fill):
    it says what the accusation is ("allegations he had destroyed documents"; roles 1.72.0),
    where "the allegations he made" leaves its object to the noun."""
    if clause.dep_ not in ("relcl", "acl") or lemma(noun) not in ctx.vocab.words(
        "bare_content_nouns"
    ):
        return False
    kids = list(clause.children)
    if any(k.lower_ in _GAP_WORDS for k in kids) or not any(
        k.dep_ in ("nsubj", "nsubjpass") for k in kids
    ):
        return False
    return any(k.dep_ in ("dobj", "auxpass") for k in kids)


# Prepositions whose object is where an act lands ("a curfew in X", "transport into X").
_PLACE_PREPS = frozenset({"in", "into", "inside", "throughout", "across", "at"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})


def place_targets(trigger: Token, objects: Sequence[Token], ctx: Context) -> list[Token]:
    """The country, city or region an act without a named recipient is aimed at: "lifted the
    curfew in Montenegro", "reimposed blockades in the West Bank", "fired at targets in
    Jericho". Event coders code such a place (its state or population) as the target.
    An object that is itself a territory ("retook a village in X") stays the target."""
    if any(lemma(o) in ctx.vocab.words("territory_nouns") for o in objects):
        return []
    anchors = [trigger, *expand(objects)]
    # "fired shells at targets in X": a non-actor object of the trigger's prepositions
    anchors += [p for p in prep_objects(trigger, RECIPIENT_PREPS) if not agentive_phrase(p, ctx)]
    verb, _ = governing_verb(trigger)
    if verb is not None and verb.i not in ctx.triggers:
        anchors.append(verb)
    if (
        trigger.dep_ == "nsubj"
        and trigger.head.i not in ctx.triggers
        # "Monday's shooting follows two last week in Atlanta": where the others happened
        # (`likening_verbs`, roles 1.152.0)
        and lemma(trigger.head) not in ctx.vocab.words("likening_verbs")
    ):
        anchors.append(trigger.head)  # "the deployment of troops arrived in X"
    for anchor in list(anchors):  # "the curfew imposed in Sudan"
        anchors += [c for c in anchor.children if c.dep_ == "acl" and c.i not in ctx.triggers]
    rule = ctx.rules.get(trigger.i)
    hostile = rule is not None and rule.type.lower() in ctx.vocab.words("mission_harm_types")
    for anchor in anchors:
        for pobj in prep_objects(anchor, _PLACE_PREPS):
            if in_source_phrase(pobj, ctx.vocab.words("source_preps")):
                continue  # "followed the hearing from the prison in X": where she watched
            if hostile and lemma(pobj) in ctx.vocab.words("mission_nouns"):
                continue  # "a bomb went off at the embassy in Tanzania": not Tanzania's
            place = _place_of(pobj, ctx)
            if place is not None:
                return [place]
    return []


def _place_of(pobj: Token, ctx: Context) -> Token | None:
    """The named place a place phrase stands for: "northern Israel", "the capital city of
    Algiers", "a jail in northern Israel" (one level of "of"/"in" down). A sea or a gulf
    is none, nor the place its name is of ("in the Gulf of Aden": not Aden; roles 1.141.0)."""
    if lemma(pobj) in ctx.vocab.words("natural_places"):
        return None
    for tok in (pobj, *prep_objects(pobj, _PLACE_PREPS | {"of"})):
        if (
            entity_at(tok, ctx) in _PLACE_ENTS
            and tok.pos_ == "PROPN"
            and lemma(tok) not in ctx.vocab.words("natural_places")  # "the Mediterranean Sea"
        ):
            return tok
    return None


def in_place_phrase(head: Token) -> bool:
    """The head is the object of a place preposition (directly or through "of"/"in")."""
    tok = head
    for _ in range(3):
        if tok.dep_ != "pobj":
            return False
        if lemma(tok.head) in _PLACE_PREPS:
            return True
        tok = tok.head.head
    return False


def custodians(trigger: Token, ctx: Context) -> list[Token]:
    """Who holds someone: "died in Israeli police custody", "held in army detention", and the
    "by" the parser hung on the custody noun ("is being held in custody by the United
    States": roles 1.206.0)."""
    out: list[Token] = []
    for pobj in prep_objects(trigger, frozenset({"in", "under", "while"})):
        if lemma(pobj) in ("custody", "detention", "captivity", "care", "hand"):
            mods = [c for c in pobj.children if c.dep_ in ("compound", "amod", "poss")]
            heads = [m for m in mods if m.dep_ == "compound" or m.dep_ == "poss"]
            heads += prep_objects(pobj, frozenset({"by"}))
            out += [h for h in heads if agentive_phrase(h, ctx)]
    return out


def struck_by_measure(noun: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Whom a measure told as doing something to them is aimed at: the object of the verb the
    act noun is the subject of, itself or through a relative clause on it ("the embargo
    which has kept Cuba in a box", "the sanctions hurt Venezuela": Cuba, Venezuela; types of
    `measure_types`; roles 1.20.0)."""
    if rule.type.lower() not in ctx.vocab.words("measure_types"):
        return []
    verbs = [
        c
        for c in noun.children
        if c.dep_ == "relcl"
        and any(s.dep_ == "nsubj" and lemma(s) in ("which", "that") for s in c.children)
    ]
    if noun.dep_ == "nsubj" and noun.head.pos_ in VERB_POS:
        verbs.append(noun.head)
    return [
        o
        for v in verbs
        if v.i not in ctx.triggers
        for o in v.children
        if o.dep_ == "dobj" and agentive_phrase(o, ctx)
    ]


def named_as_target(trigger: Token) -> list[Token]:
    """What an act is told to have had as its target: "the bombings happened minutes apart,
    with the U.S. embassies as their targets" (the "with" on the act or on the verb it is the
    subject of; roles 1.20.0)."""
    hosts = [trigger]
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
        hosts.append(trigger.head)
    named = [
        w
        for h in hosts
        for w in prep_objects(h, frozenset({"with"}))
        if any(lemma(a) in _TARGET_WORDS for a in prep_objects(w, frozenset({"as"})))
    ]
    return named or _said_to_be_target(trigger)


_TARGET_WORDS = frozenset({"target", "objective", "victim"})


def _said_to_be_target(trigger: Token) -> list[Token]:
    """ "Saddam was the target of an assassination attempt", "the mayor became the victim of
    an attack": the subject a copula says is the target or the victim of the act (roles
    1.43.1)."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger  # "an assassination attempt"
    prep = noun.head
    if noun.dep_ != "pobj" or lemma(prep) != "of" or prep.dep_ != "prep":
        return []
    said = prep.head
    if lemma(said) not in _TARGET_WORDS or said.dep_ not in ("attr", "acomp"):
        return []
    subjects = [c for c in said.head.children if c.dep_ == "nsubj"]
    # ("a man, who was possibly the victim of a stabbing": the man, and no one where the
    # parser leaves the "who" no noun to stand for; roles 1.43.5)
    subjects = [antecedent(c) for c in subjects]
    return [c for c in subjects if lemma(c) not in RELATIVE]


def reached_place(tok: Token, ctx: Context) -> bool:
    """A place a sending or a movement reaches, told by a common noun ("sent fighters to the
    front", "dispatched troops to the area", "rushed police to the scene"; `reached_places`):
    where they go, no recipient, though the parser may read its "to" as a dative. A named
    place ("sent troops to Lebanon") stays one."""
    return (
        tok.pos_ == "NOUN" and not tok.ent_type_ and lemma(tok) in ctx.vocab.words("reached_places")
    )


def damaged_by_attack(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """What an attack noun damaged, told by a verb of damage (`damage_verbs`): the object of
    one no rule lists with the attack its subject ("Russian shelling damaged the hospital"),
    or the passive subject of one with the attack its "by"-agent ("the hospital was damaged
    by shelling", "the school was destroyed by a bomb attack"): the attack is aimed at it, as
    when it destroyed it (the lead's ruling of the thirty-sixth session on destruction: the
    damage, lesser or not, tells what the attack hit; vocabulary 1.337.0, roles 1.113.0)."""
    if trigger.pos_ != "NOUN" or rule.type != "ASSAULT":
        return []
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if noun.dep_ == "nsubj" and noun.head.i not in ctx.triggers:
        verb, deps = noun.head, ("dobj",)
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb, deps = noun.head.head, ("nsubjpass",)
    else:
        return []
    if lemma(verb) not in ctx.vocab.words("damage_verbs"):
        return []
    return [c for c in verb.children if c.dep_ in deps and c.i not in ctx.rules]


def colon_list_targets(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The parties a colon's list names after a summing word the act is aimed at ("lashing
    out at all that ails Greece: a weak government, an economy ...", "protested against
    everything that hurts them: high taxes, corrupt officials and the ministry"; `summing_words`
    after one of the rule's prepositions): the list's items that name an actor, not its
    things nor what a clause inside an item names (vocabulary 1.337.0)."""
    doc, end = trigger.doc, trigger.sent.end
    colon = next((t for t in doc[trigger.i + 1 : end] if t.text == ":"), None)
    if colon is None or colon.i - trigger.i > 12:
        return []
    before = doc[trigger.i + 1 : colon.i]
    preps = (
        rule.target_preps | ctx.vocab.words(f"target_preps_{rule.type.lower()}") | {"at", "against"}
    )
    at = next((t.i for t in before if t.lower_ in preps), None)
    summing = ctx.vocab.words("summing_words")
    if at is None or not any(t.lower_ in summing for t in doc[at + 1 : at + 3]):
        return []
    span = range(colon.i + 1, end)
    found = []
    for tok in doc[colon.i + 1 : end]:
        if tok.pos_ not in ("NOUN", "PROPN") or (
            tok.head.i in span and tok.dep_ not in ("appos", "conj")
        ):
            continue
        ancestors = [a for a in tok.ancestors if a.i in span]
        if any(a.pos_ in ("VERB", "AUX", "ADJ", "ADP") for a in ancestors):
            continue  # "an economy that remains one of the poorest of the European Union"
        if agentive_phrase(tok, ctx):
            found.append(tok)
    return found


def owned_site_scene(target: Token, trigger: Token, ctx: Context) -> bool:
    """A building or a site named by its owner in an attack's place phrase ("a shooting at
    the Kraft Foods plant", "opened fire at a Walmart store"; `site_nouns`, an organisation's
    name on it): where the attack happened, no target. By the PLOVER manual's target rule the
    target is the actor acted upon, the people shot there, not the firm whose premises they
    were in; an attack on the site itself ("bombed the Shell refinery", its object), or one
    that damages property wherever it is told (`property_attack_modes`: an arson, a bombing),
    is on the owner's property and keeps it (vocabulary 1.337.3)."""
    rule = ctx.rules.get(trigger.i)
    if rule is None or rule.type != "ASSAULT" or target.dep_ != "pobj":
        return False
    if rule.mode in ctx.vocab.words("property_attack_modes"):
        return False  # "the fire at Wasilla Bible Church", a bomb at a store: the site is hit
    if lemma(target.head) not in ctx.vocab.words("site_scene_preps"):
        return False
    if lemma(target) not in ctx.vocab.words("site_nouns") or entity_at(target, ctx):
        return False  # (a site's own name, "Wasilla Bible Church", is no owner's)
    # an owner's name, or the city it stands in ("at a Vancouver office party": where the
    # party was, the people shot there are its targets; roles 1.167.0), also on a modifier
    # of the site ("abuse at a Queensland Anglican school"; roles 1.189.4)
    return any(
        c.dep_ == "compound" and entity_at(c, ctx) in ("ORG", "GPE")
        for modifier in target.lefts
        for c in modifier.subtree
    )


def hurt_by_launched_act(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Whom an attack told as launched or carried out hurt, by the participle of harm after
    it ("Palestinian gunmen launched their first ambushes, wounding three Jewish settlers",
    "Militants carried out an attack on Monday, killing 10 soldiers": the settlers, the
    soldiers); only an attack noun with no target of its own, the object of the verb the
    participle hangs on, and people as what the participle's own act is done to (roles
    1.206.4)."""
    if rule.type != "ASSAULT" or trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return []
    verb = trigger.head
    out: list[Token] = []
    for clause in verb.children:
        harm = ctx.rules.get(clause.i)
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or harm is None:
            continue
        if harm.type != "ASSAULT" or clause.i < trigger.i:
            continue
        hurt = [c for c in clause.children if c.dep_ == "dobj"]
        hurt = [h for c in hurt for h in (c, *c.conjuncts)]
        out += [h for h in hurt if agentive_phrase(h, ctx) or people_noun(h, ctx)]
    return out
