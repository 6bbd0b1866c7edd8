"""Noun triggers that report no event of their own because another trigger in their clause
reports it: an act noun that is the subject of a verb of its act ("the attack by X killed
Y"), a person noun that is only a participant of another act ("police arrested two
protesters"), an act noun saying how a verb of its act was done ("seized power in a coup").
They stay in the context's rules, so the verb still finds the noun's own parties ("the
attack by X": X acts), and are only left out of the report. A person noun that is the
subject of a verb of its own act ("protesters marched", `doer_nouns`) is dropped earlier,
when the triggers are chosen.
Also here: a device is the instrument of its explosion, not its actor."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.events_doer_words import doer_words
from chronicler.annotate.events_noun_governors import governing_verb
from chronicler.annotate.events_vocab import lemma, word_in

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from chronicler.annotate.events_es_vocab import EsVocab
    from chronicler.annotate.events_vocab import Rule, Vocab

_VERB_POS = ("VERB", "AUX")
# Where a person noun undergoes or receives another trigger's act (not its subject).
_PARTICIPANT_DEPS = frozenset({"dobj", "nsubjpass", "dative"})


def _same_act(a: Rule, b: Rule) -> bool:
    return a.type == b.type and a.mode == b.mode


def _one_act(
    noun: Rule, verb: Rule, means: frozenset[str], damage: frozenset[str] = frozenset()
) -> bool:
    """Same type, and modes that agree, of which one is unsaid ("attack" and "killed"), or
    of which the noun's says only how it was done ("executed by snipers": one killing, by
    firearms; data: means_modes); or an attack by a weapon and the damage it did ("the
    shelling destroyed the hospital": one assault, the lead's ruling of the thirty-sixth
    session; data: attack_damage_acts)."""
    if (
        noun.type == "ASSAULT"
        and (noun.mode in means or noun.mode is None)
        and _act_name(verb) in damage
    ):  # "destroyed by a bomb attack": an attack of no mode told so too
        return True
    return noun.type == verb.type and (
        noun.mode == verb.mode or None in (noun.mode, verb.mode) or noun.mode in means
    )


def _act_name(rule: Rule) -> str:
    return f"{rule.type}/{rule.mode}".lower()


def _doers(verb: Token) -> list[Token]:
    """The verb's subject, or its passive agent ("executed by police snipers"), a gerund
    the parser makes a verb of included ("destroyed by shelling")."""
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    return out + [o for a in verb.children if a.dep_ == "agent" for o in a.children
                  if o.dep_ == "pobj" or (o.dep_ == "pcomp" and o.tag_ == "VBG")]  # fmt: skip


def causer_nouns(
    verb: Token,
    rule: Rule,
    rules: dict[int, Rule],
    means: frozenset[str] = frozenset(),
    damage: frozenset[str] = frozenset(),
) -> list[int]:
    """Act or doer nouns that are the subject or agent of a verb trigger of the same act:
    "the attack by the paramilitaries killed three farmers", "a bomb exploded", "the bombing
    killed five soldiers", "two students were executed by snipers", "the shelling destroyed
    the hospital" each report one event."""
    if verb.pos_ not in _VERB_POS:
        return []
    return [
        c.i
        for c in _doers(verb)
        if (c.pos_ == "NOUN" or c.tag_ == "VBG")
        and c.i in rules
        and _one_act(rules[c.i], rule, means, damage)
    ]


def without_folded_gerunds(
    heads: list[Token], verb: Token, rule: Rule, rules: dict[int, Rule], vocab: Vocab
) -> list[Token]:
    """Doers less a gerund the parser made a verb of that the verb's event folds ("destroyed
    by shelling": the shelling is the act, no doer of it)."""
    means, damage = vocab.words("means_modes"), vocab.words("attack_damage_acts")
    folded = set(causer_nouns(verb, rule, rules, means, damage))
    return [h for h in heads if not (h.i in folded and h.pos_ == "VERB")]


def _one_state(a: Rule, b: Rule, held: frozenset[str]) -> bool:
    """The same act, or two words for being held ("held in pretrial detention": a custody
    verb and the custody noun it is in; data: held_state_modes)."""
    return _same_act(a, b) or (a.type == b.type and a.mode in held and b.mode in held)


def manner_nouns(
    verb: Token, rule: Rule, rules: dict[int, Rule], held: frozenset[str] = frozenset()
) -> list[int]:
    """An act noun in the "in"-phrase of a verb trigger of the same act, type and mode: "the
    military seized power on Monday in a coup" reports one coup, and a custody noun so of a
    custody verb (`held` modes) the state the verb tells: "a judge ordered her held in
    pretrial detention" is one detention. Not of an act with no mode: "killed in clashes" is
    the clashes' toll, the clashes an event of their own."""
    if verb.pos_ not in _VERB_POS or rule.mode is None:
        return []
    return [
        o.i
        for p in verb.children
        if p.dep_ == "prep" and lemma(p) == "in"
        for o in p.children
        if o.dep_ == "pobj"
        and o.pos_ == "NOUN"
        and o.i in rules
        and _one_state(rules[o.i], rule, held)
    ]


def manner_protest(noun: Token, rule: Rule, vocab: Vocab) -> Token | None:
    """The verb a bare protest noun tells the manner of ("resigned in protest", "in protest
    at X", "as a protest"; `manner_modes`, `manner_preps`), done by its own subject; None for
    a protest someone held ("arrested in the protest", "the protest's organisers")."""
    if rule.mode not in vocab.words("manner_modes") or not _bare_manner(noun, vocab):
        return None
    det = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if det and lemma(noun.head) != "as":
        return None  # "in the protest", "in their protest": one held, no manner
    verb = _clause_verb(noun.head.head)
    if verb is None or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # nobody protests by undergoing an act ("were arrested in protest")
    return verb


def characterized_act(noun: Token, vocab: Vocab) -> Token | None:
    """The verb whose act a bare "in a concession to X", "as a reprisal" says what it was
    (`characterizing_nouns`): whoever does that act makes the concession or the reprisal. A
    bare "in search of X" (`quest_nouns`) says what the act is for: whoever does it searches
    ("deputies fanned out in search of the gunman": the deputies; roles 1.58.0)."""
    nouns = vocab.words("characterizing_nouns") | vocab.words("quest_nouns")
    if lemma(noun) not in nouns or not _bare_manner(noun, vocab):
        return None
    return _clause_verb(noun.head.head)


def _bare_manner(noun: Token, vocab: Vocab) -> bool:
    """A noun in a manner phrase ("in protest", "as a reprisal", "in an apparent
    concession") with at most an indefinite article: no one act held or owned."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or lemma(prep) not in vocab.words("manner_preps"):
        return False
    return all(lemma(c) in ("a", "an") for c in noun.children if c.dep_ in ("det", "poss"))


def _clause_verb(head: Token) -> Token | None:
    """The verb a bare "in protest" belongs to, which the parser may hang on the verb's
    object or the object of its preposition ("boycotted the vote in protest", "walked off the
    job in protest"): a bare manner noun modifies no noun."""
    for _ in range(3):
        if head.pos_ in _VERB_POS:
            return head
        if head.dep_ not in ("dobj", "pobj", "prep") or head.head.i == head.i:
            return None
        head = head.head
    return None


def manner_protests(verb: Token, rules: dict[int, Rule], vocab: Vocab) -> list[int]:
    """Protest nouns told as the manner of a verb trigger of another act ("Several ministers
    resigned in protest", "boycotted the vote in protest"): that act is the event."""
    return [
        i
        for i, rule in rules.items()
        if verb.doc[i].pos_ == "NOUN" and manner_protest(verb.doc[i], rule, vocab) == verb
    ]


def coded_as(verb: Token, rule: Rule, rules: dict[int, Rule], vocab: Vocab) -> Rule:
    """The rule whose type, mode and code report a verb: a folded causer noun's when it says
    how, and the verb does not ("the bombing killed five": explosives), or when the verb
    tells the damage the noun's attack did ("the shelling destroyed the hospital")."""
    means, damage = vocab.words("means_modes"), vocab.words("attack_damage_acts")
    for i in causer_nouns(verb, rule, rules, means, damage):
        noun = rules[i]
        if noun.type != rule.type or (rule.mode is None and noun.mode is not None):
            return noun
    return rule


def rioting(verb: Token, rule: Rule, vocab: Vocab) -> Rule:
    """Property seized, damaged or destroyed by protesters is a violent protest, a riot
    (CAMEO 145), whatever word tells it: "rioters torched police cars", "the consulate was
    ransacked by demonstrators" (`riot_acts` done by `riot_doers`); by soldiers it stays
    what the rule says."""
    if f"{rule.type}/{rule.mode}".lower() not in vocab.words("riot_acts"):
        return rule
    if not doer_words(verb) & vocab.words("riot_doers"):
        return rule
    return replace(rule, type="PROTEST", mode="riot", cameo="145")


def punishment(verb: Token, rule: Rule, vocab: Vocab) -> Rule:
    """ "He should be punished, in jail, for the rest of his life", "the officers must be
    punished", "vowed to punish the rebels": a punishment is a penalty imposed, SANCTION, no
    violence (`penalty_verbs`; vocabulary 1.381.0). The WordNet fallback types "punish"
    ASSAULT through "execute", which stays for the adjective ("punishing air strikes": the
    strikes the event); a rule listing the verb would turn that reading off."""
    if rule.type != "ASSAULT" or verb.pos_ != "VERB" or verb.dep_ == "amod":
        return rule
    if lemma(verb) not in vocab.words("penalty_verbs"):
        return rule
    return replace(rule, type="SANCTION", mode=None, cameo=None)


def criticism_under_attack(noun: Token, rule: Rule, vocab: Vocab) -> Rule:
    """ "wealth has never been under such aggressive attack", "press freedom is under
    attack": an attack that a value, an institution or a policy is under is criticism (CAMEO
    111, vocabulary 1.145.0); "the convoy came under attack", "the town came under rocket
    attack" stay assaults."""
    if rule.type != "ASSAULT" or rule.mode is not None or lemma(noun) != "attack":
        return rule
    if noun.dep_ != "pobj" or lemma(noun.head) != "under":
        return rule
    if any(c.dep_ == "compound" for c in noun.children):  # "rocket attack", "drone attack"
        return rule
    clause = noun.head.head
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    values = vocab.words("criticised_values")
    if subjects and all(lemma(s) in values for s in subjects):
        return replace(rule, type="ACCUSE", mode="disapprove", cameo="111")
    return rule


# Entity labels of a party an exercise is held with ("with France", "with NATO"); the parser
# labels nationality words NORP ("with Japanese forces" names the party by its forces).
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _party_with(head: Token) -> bool:
    """`head` has a "with" phrase naming a party ("held exercises with France")."""
    return any(
        lemma(p) == "with" and o.dep_ == "pobj" and (o.ent_type_ in _PARTY_LABELS or any(
            c.ent_type_ in _PARTY_LABELS for c in o.children if c.dep_ in ("amod", "compound")))
        for p in head.children if p.dep_ == "prep" for o in p.children
    )  # fmt: skip


def _several(doer: Token) -> bool:
    """`doer` names two parties or more: coordinated ("the US and South Korea") or with
    coordinated modifiers ("French and Egyptian warships")."""
    if any(c.dep_ == "conj" for c in doer.children):
        return True
    return any(
        c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children)
        for c in doer.children
    )


def joint_exercise(
    noun: Token, rule: Rule, doers: list[Token], targets: list[Token], vocab: Vocab
) -> tuple[Rule, list[Token]]:
    """A military exercise held by two parties or more, or with another party, is military
    cooperation (CAMEO 062), not a show of force: the PLOVER manual codes joint military
    operations COOPERATE and single-country exercises MOBILIZE ("the US and South Korea began
    military exercises", "French and Egyptian warships launched war games", "Russia will hold
    naval drills with China"; "Russia staged naval drills" stays MOBILIZE; vocabulary
    1.165.0). The "with" phrase of an exercise no other party holds names its means, no
    target ("drills with live ammunition")."""
    if rule.type != "MOBILIZE" or lemma(noun) not in vocab.words("exercise_nouns"):
        return rule, targets
    verb = governing_verb(noun)[0]
    heads = [noun] if verb is None else [noun, verb]
    joint = (
        len(doers) > 1
        or any(_several(d) for d in doers)
        or any(_party_with(h) for h in heads)
        or any(lemma(c) in vocab.words("joint_words") for h in heads for c in h.children)
    )
    if joint:
        return replace(rule, type="COOPERATE", mode=None, cameo="062"), targets
    means = {o.i for h in heads for p in h.children if lemma(p) == "with" for o in p.subtree}
    return rule, [t for t in targets if t.i not in means]


def _person_nouns(vocab: Vocab) -> frozenset[str]:
    """Nouns naming people who do an act ("protesters"), groups aside ("crowd")."""
    return vocab.words("actor_nouns") - vocab.words("collective_nouns")


def doer_nouns(verb: Token, rule: Rule, matches: dict[int, Rule], vocab: Vocab) -> list[int]:
    """A noun trigger naming the doers of its own act ("protesters", a person noun) as the
    subject of a verb trigger of that act: "Protesters marched" reports one demonstration,
    not two. (An act noun stays: its own arguments name who did it.)"""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if rule.mode is None:
        return _weapon_owners(verb, rule, matches, vocab)
    people = _person_nouns(vocab)
    # a doer noun of a mode that says only with what weapon ("the sniper fired a shell") is
    # the verb's act told by its doer (means_modes; vocabulary 1.212.0)
    means = vocab.words("means_modes")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        # "the sniper is thought to have fired", "protesters began to march": an infinitive
        # with no subject of its own has its governing verb's (vocabulary 1.212.0)
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # ("Hundreds of protesters rallied": the people counted)
    subjects += [o for s in subjects for p in s.children if p.dep_ == "prep" for o in p.children
                 if lemma(p) == "of" and o.dep_ == "pobj"]  # fmt: skip
    return _weapon_owners(verb, rule, matches, vocab) + [
        c.i
        for c in subjects
        if c.pos_ == "NOUN" and c.i in matches and lemma(c) in people
        and matches[c.i].type == rule.type
        and (matches[c.i].mode == rule.mode or matches[c.i].mode in means)
    ]  # fmt: skip


def _weapon_owners(verb: Token, rule: Rule, matches: dict[int, Rule], vocab: Vocab) -> list[int]:
    """ "Was killed by a sniper's bullet", "a sniper's bullet killed him": a doer noun of a
    weapon's mode owning the weapon that is the verb's doer did the verb's act with it, one
    killing (weapon_nouns, means_modes; vocabulary 1.212.0)."""
    weapons = vocab.words("weapon_nouns")
    means = vocab.words("means_modes")
    return [
        o.i
        for w in _doers(verb)
        if lemma(w) in weapons
        for o in w.children
        if o.dep_ == "poss"
        and o.i in matches
        and matches[o.i].type == rule.type
        and matches[o.i].mode in means
    ]


def _participants(trigger: Token) -> list[Token]:
    """Who undergoes or receives the trigger's act: its object, passive subject, or the
    object of one of its prepositions ("fired on protesters", "the arrest of protesters"),
    and the people a count names ("arrested hundreds of protesters")."""
    heads = [c for c in trigger.children if c.dep_ in _PARTICIPANT_DEPS]
    heads += [o for p in trigger.children if p.dep_ == "prep" for o in p.children
              if o.dep_ == "pobj"]  # fmt: skip
    heads += [o for h in heads for p in h.children if p.dep_ == "prep" and lemma(p) == "of"
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return heads


def participant_people(
    trigger: Token, rule: Rule, rules: dict[int, Rule], vocab: Vocab
) -> list[int]:
    """Person noun triggers ("protesters", a noun naming the doers of an act) that are only
    a participant of another act: "police arrested two protesters" is an arrest, not also
    a protest nobody is said to hold. (As the subject of their own act's verb they fold
    into it elsewhere; alone, "thousands of protesters gathered", they stay.)"""
    people = _person_nouns(vocab)
    return [
        p.i
        for p in _participants(trigger)
        if p.pos_ == "NOUN"
        and p.i in rules
        and lemma(p) in people
        and not _same_act(rules[p.i], rule)
    ]


def thrown_means(
    verb: Token, rule: Rule, rules: dict[int, Rule], means: frozenset[str]
) -> list[int]:
    """A weapon noun trigger told by its mode of means (`means_modes`) that is the object of
    a verb trigger of its own type, or in its "with" phrase, is what that act was done with:
    "youths hurled petrol bombs at stores", "the army fired rockets at the town", "attacked
    the station with petrol bombs" each report one attack, by the verb's doers, not also a
    bombing no one is said to do (events-roles 1.44.0, the "with" phrase 1.58.0)."""
    if verb.pos_ not in _VERB_POS:
        return []
    # "attacked the station with petrol bombs": the means in its "with" phrase (roles 1.58.0)
    taken = [c for c in verb.children if c.dep_ == "dobj"]
    taken += [
        p
        for c in verb.children
        if c.dep_ == "prep" and lemma(c) == "with"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return [
        c.i
        for c in taken
        if c.dep_ in ("dobj", "pobj")
        and c.pos_ == "NOUN"
        and c.i in rules
        and rules[c.i].type == rule.type
        and rules[c.i].mode in means
        # "can expect punishing air strikes": an -ing word right before the noun describes
        # it, no verb the strikes are the means of (roles 1.44.2)
        and not (verb.tag_ == "VBG" and c.left_edge.i == verb.i + 1)
    ]


def folded_nouns(doc: Doc, rules: dict[int, Rule], vocab: Vocab) -> frozenset[int]:
    """Noun triggers another trigger of the same clause reports."""
    out: set[int] = set()
    for i, rule in rules.items():
        out.update(
            causer_nouns(
                doc[i], rule, rules, vocab.words("means_modes"), vocab.words("attack_damage_acts")
            )
        )
        out.update(participant_people(doc[i], rule, rules, vocab))
        out.update(manner_nouns(doc[i], rule, rules, vocab.words("held_state_modes")))
        out.update(thrown_means(doc[i], rule, rules, vocab.words("means_modes")))
        if doc[i].pos_ in _VERB_POS:
            out.update(manner_protests(doc[i], rules, vocab))
    return frozenset(out)


def _placers(device: Token) -> list[Token]:
    """Agents of a participle on the device: "a bomb planted by rebels" (the rebels), also
    when a verb of belief or report hedges it ("a missile believed to have been fired by
    rebels", "a bomb thought to be planted by militants": the participle its complement, or
    a relative clause the parser makes of it) and in a relative clause ("a bomb that was
    planted by rebels")."""
    participles = [c for c in device.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"]
    participles += [
        x for p in participles for x in p.children if x.dep_ == "xcomp" and x.tag_ == "VBN"
    ]
    return [
        o
        for acl in participles
        for agent in acl.children
        if agent.dep_ == "agent"
        for o in agent.children
        if o.dep_ == "pobj"
    ]


def without_devices(actors: list[Token], vocab: Vocab) -> list[Token]:
    """Actors with each explosive device replaced by whoever planted or threw it, when
    named: "a bomb exploded" has no actor, "a bomb planted by rebels exploded" the rebels."""
    devices = vocab.words("explosive_devices")
    out: list[Token] = []
    for a in actors:
        out += _placers(a) if a.pos_ == "NOUN" and lemma(a) in devices else [a]
    return out


def without_means(targets: list[Token], mode: str | None, vocab: Vocab | EsVocab) -> list[Token]:
    """Targets less what the act's mode says is no target: the explosive device an act of a
    device mode sets off ("militants detonated a bomb", "a bomb detonated by militants"
    attack no bomb), and the natural place or region a refuge is taken in ("took refuge in
    the mountains", "se refugiaron en la selva": where, not whom it is asked of)."""
    if mode in vocab.words("device_modes"):
        devices = vocab.words("explosive_devices")
        return [t for t in targets if not (t.pos_ == "NOUN" and lemma(t) in devices)]
    if mode in vocab.words("refuge_modes"):
        places = vocab.words("hideout_places")
        return [t for t in targets if not (t.pos_ == "NOUN" and word_in(t, places))]
    return targets


# The custody mode of being held: more exact than the taking into custody ("arrest") that a
# verb putting someone into it may be read as.
HELD_MODE = "imprison"


def custody_noun_carried(
    token: Token, rule: Rule, matches: dict[int, Rule], vocab: Vocab
) -> Token | None:
    """The custody noun, itself an event, naming the state a custody verb puts someone into
    ("put X under arrest", "put X under house arrest", "moved X from prison to house
    arrest"): one custody told twice."""
    if token.pos_ != "VERB" or rule.mode not in vocab.words("custody_modes"):
        return None
    starts = vocab.words("custody_start_modes")
    return _noun_put_in(
        token, matches, lambda other: other.type == rule.type and other.mode in starts
    )


def exile_noun_carried(token: Token, matches: dict[int, Rule], vocab: Vocab) -> Token | None:
    """The exile noun a verb of sending or forcing puts someone into ("was sent into exile",
    "forced him into exile", "drove the poet into exile": `banishing_verbs`): one exile, the
    verb no act of its own (not AID "sent")."""
    if token.pos_ != "VERB" or lemma(token) not in vocab.words("banishing_verbs"):
        return None
    banished = vocab.words("banished_modes")
    return _noun_put_in(token, matches, lambda other: other.mode in banished)


def _noun_put_in(
    verb: Token, matches: dict[int, Rule], wanted: Callable[[Rule], bool]
) -> Token | None:
    """The first matched event noun, of a rule `wanted` accepts, that `verb` puts someone in
    (its linking preposition, "under house arrest", "into exile", "to house arrest")."""
    doc = verb.doc
    return next(
        (
            doc[n]
            for n, other in matches.items()
            if n != verb.i
            and doc[n].pos_ == "NOUN"
            and wanted(other)
            and governing_verb(doc[n]) == (verb, "in")
        ),
        None,
    )


def act_done_in_strike(noun: Token, rule: Rule) -> Token | None:
    """The verb a labour-strike reading of "strike" is done "in" ("sank a boat in its second
    strike", "walked out in a strike"), or None."""
    if rule.type != "PROTEST" or rule.mode != "strike" or lemma(noun) != "strike":
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i == noun.i or lemma(prep) != "in":
        return None
    act = prep.head
    return act if act.pos_ == "VERB" and act.i != prep.i else None


def strike_in_an_attack(noun: Token, rule: Rule, vocab: Vocab) -> Rule:
    """ "The frigate sank a pirate boat in its second strike this month": a strike that an act
    of its clause is done "in" names that act again, so when the act is the sinking of a
    vessel (`vessel_sinking_verbs`, no rule of their own: ships also sink by accident) the
    strike is an attack, no labour strike ("Dock workers walked out in a strike over pay"
    stays a strike; an attack verb's strike is the verb's event again, events_senses_renamed;
    vocabulary 1.387.0)."""
    act = act_done_in_strike(noun, rule)
    if act is None or lemma(act) not in vocab.words("vessel_sinking_verbs"):
        return rule
    if not any(c.dep_ == "dobj" for c in act.children):
        return rule
    return replace(rule, type="ASSAULT", mode=None, cameo="190")
