"""Triggers the vocabulary does not list: a verb or noun typed from the vocabulary words that
WordNet relates to it.

The vocabulary (data/events/vocab.toml) was grown from the words seen in benchmark errors;
a report using another word for the same act ("clamored for", "a walkout") found no event.
When no rule lists a verb's or noun's lemma as that part of speech (since events-unseen
1.21.0; a listed noun leaves its verb unseen, "loaned" beside "loan"), its WordNet neighbours
(data/events/unseen_wordnet.tsv.gz: synonyms, derivations, hypernyms, hyponyms, verb groups)
that the vocabulary does list vote for the (type, mode) of the first of their rules whose
conditions hold on the word, weighted by relation and sense (data/events/unseen.toml). The
type is voted first, then the mode within it; a clear winner is taken as the word's rule,
with its argument rules; a split vote gives nothing, unless the word's own other form
("expulsion" for "expel", a derivation) votes for a type: that type wins. A listed noun made
of the verb by a regular suffix, or the listed verb a noun is made of, is its own form too
when WordNet does not relate them ("hack" -> "hacking", "deployment" -> "deploy").

Kept strict, since news text is full of unlisted common words: a neighbour counts only
through a sense another hand-written word of its type anchors ("show" is no "demonstrate"),
the winner needs a shared sense, a derivation or two related synsets ("comment" has one
vocabulary hyponym, "criticize"), verbs of states, feeling, thinking and perceiving are left
out, words the vocabulary's word lists hold are known as that part of speech ("shell" the
device is no trigger, "shelled" may be), and the caller keeps the event only between known
parties with no thing among its doers (parties_suffice; an act of the event's type told as
its doer, "air strikes have killed", is no thing, nor is a noun of people, "a Saudi
businessman"; a second named doer or a named party's thing acted on is a second party). A
neighbour's rule whose object condition holds on the word's own object ("barricade" a road)
decides its type over rules that hold with any object (`selective`); so does a rule of a
voted type, any verb's, whose object condition holds on a verb's object, against a lead it
overturns ("vetoed the resolution" is REJECT's "block-decision", not "ban"'s COERCE) or
backing a lead too weak alone ("captured the airport" through "seize"), through a rule of
the mode voted (since events-unseen 1.24.0: a person "paralyzed" backs no restriction); and
so does an event noun object the vocabulary types one way, of a type a neighbour votes for
("paid compensation" is a return through "compensate", since 1.27.0). What
the verb acts on decides which neighbours' acts may vote (_fits_object): taking or holding
people only a person ("snatched diamond rings" is no abduction, "has a customer base" no
custody), a seizure of property only no person. A verb typed so keeps
its event beside a listed noun it takes, as a listed verb does ("demanded the withdrawal");
verbs with no event sense of their own ("renewed negotiations") find no clear vote. A noun
the table has no row for reads the row of the verb spelled as it (`noun_reads_verb`:
"ordered patrols" is the act of patrolling, though WordNet's first noun sense is the
detachment).

A light verb, whose act its object names ("unleashed rockets at", "received the observers",
"rescinded the embargo"; unseen.toml's [light_verbs], by kind), is typed by its object
first: the vocabulary's rules of the other light verbs of its kind whose object condition
holds on its object vote ("fire-weapon", through "fire" and "launch"), a rule aiming where
the verb's preposition does ("at") twice, a tie going to the rule naming fewer objects; an
event noun for its object gives nothing, but to the verbs of undoing ("ended the mediation"),
which act on the act; when no rule of their kind names the act undone ("lifted the curfew"),
the first holding rules of their kin vote ("concede" through "ease", "relax", "loosen"). A
giving verb whose kind's rules name nothing of its object reads the receiving verbs'
("shipped food to" as "received food"), with its own kind's rule's roles. A verb whose object
names a force reads a neighbour's rules of the types that move forces first ("mobilized the
reservists" through "mobilization", which "protest" lists before "mobilize").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.events_match import (
    NOUN_POS,
    VERB_POS,
    can_trigger,
    conditions_hold,
    object_of,
    phrase_conditions_hold,
)
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_unseen_data import (
    Entry,
    Neighbour,
    UnseenSettings,
    load_settings,
    table_entry,
)
from chronicler.annotate.events_unseen_index import _fits_object, _Index, _index, _vote, _weights
from chronicler.annotate.events_unseen_motion import force_motion_rule
from chronicler.annotate.events_unseen_senses import judged_trait, moves_to_post
from chronicler.annotate.events_vocab import NO_EVENT, Rule, Vocab
from chronicler.annotate.events_vocab import lemma as lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# the kind of unseen.toml's [light_verbs] whose verbs do the act their object names
# ("held talks", "staged a walkout"): its object is told an act (_done_act_types)
DOING_KIND = "doing"


def unseen_rule(token: Token, vocab: Vocab, settings: UnseenSettings | None = None) -> Rule | None:
    """The rule a verb or noun no rule lists takes from its WordNet neighbours, or None."""
    rule = _taken_rule(token, vocab, settings or load_settings())
    return one_way(rule, token) if rule is not None else None


def _taken_rule(token: Token, vocab: Vocab, settings: UnseenSettings) -> Rule | None:
    if token.pos_ in VERB_POS:
        pos, lexnames = "v", settings.verb_lexnames
    elif token.pos_ in NOUN_POS:
        pos, lexnames = "n", settings.noun_lexnames
    else:
        return None
    word = lemma_of(token)
    index = _index(vocab, settings)
    listed = index.listed_as[pos] if settings.listed_by_pos else index.known
    if word in listed or not can_trigger(token, vocab):
        return None
    if pos == "v" and (rule := force_motion_rule(token, word, vocab, settings)):
        # an armed force arriving or advancing: its doer decides (deployed), also for a verb a
        # word list knows as another act's ("head" among the gathering verbs, "headed to
        # Geneva for talks"), the doer being no party to talks
        return rule
    if word in index.known_as[pos]:
        return None
    if pos == "v" and (moves_to_post(token, index, settings) or judged_trait(token, settings)):
        return None
    if (
        pos == "v"
        and word in settings.light_verbs
        and (rule := _light_rule(token, index, settings))
    ):
        return replace(rule, id=f"{rule.id}+unseen", fallback=settings.light_votes)
    if pos == "v" and (rule := _reneging_rule(token, word, index, settings)):
        return rule
    if pos == "n" and (rule := _closed_compound_rule(token, word, index, settings)):
        return rule
    forms = _own_forms(word, pos, index, settings)
    entries = _entries(token, word, pos, settings)
    if pos == "n" and not entries and settings.noun_reads_verb and word not in index.known:
        # a noun with no row of its own is the act of the verb spelled as it ("ordered
        # patrols"), read with the verbs' lexicographer files; not a verb the vocabulary
        # lists, whose own rules say what the verb is ("borders" is no act of "border", the
        # verb's row voting a blockade through "surround")
        entries = [row for row in [table_entry(word, "v")] if row is not None]
        lexnames = settings.verb_lexnames
    for entry in entries:
        linked = _decided_by_wordnet(entry, pos, settings)
        own = tuple(n for n in forms if (n.word, n.pos) not in linked)
        entry = replace(entry, neighbours=entry.neighbours + own)
        if entry.lexname in lexnames and (rule := _voted(token, entry, index, settings, pos)):
            return rule
    return None


def _closed_compound_rule(
    token: Token, word: str, index: _Index, settings: UnseenSettings
) -> Rule | None:
    """The rule of a listed phrase an unseen noun spells in one word, its word before its head
    as an English compound is written ("airstrike" is "strike air"'s, the aerial attack;
    "jailbreak" "break jail"'s, "shellfire" "fire shell"'s), whose conditions hold on the
    noun; weighed as a light verb's, the phrase being the vocabulary's own. The phrase's word
    is no particle (`compound_particles`: "upbeat" is no "beat up", "downturn" no "turn
    down")."""
    if not settings.closed_compounds:
        return None
    for head in index.phrase_rules:
        if not word.endswith(head) or len(word) <= len(head):
            continue
        child = word[: -len(head)].rstrip("-")
        if len(child) < 3 or child in settings.compound_particles:
            continue
        for rule in index.phrase_rules[head]:
            if (head, child) in rule.phrases and phrase_conditions_hold(token, rule):
                return replace(rule, id=f"{rule.id}+unseen", fallback=settings.light_votes)
    return None


def _light_rule(token: Token, index: _Index, settings: UnseenSettings) -> Rule | None:
    """The rule a light verb takes from its object ("fired rockets at" from "fire-weapon",
    through "launch"): of the vocabulary's rules of other light verbs of its kind whose
    object condition holds on the token, one of the type most of them name, when no other
    type is named as often. Only its kind's: "recalled the diplomats" is no sending of them,
    nor "launched a missile" (tested it) or "received arms" (the subject the target) a
    sending of arms. A rule whose target prepositions the verb takes ("at the town") counts
    twice: where the act aims tells which act it is ("launched missiles at" is an attack).
    An object the vocabulary lists as an event noun ("staged a protest") gives nothing: the
    noun is its own event, and the verbs of its rules say what is done to the act ("halted
    the protest"), which a light verb does not; but to a verb of `act_kinds` ("ended the
    mediation"), which does the same to it."""
    obj = object_of(token)
    light_verbs = settings.light_verbs
    kind = light_verbs[lemma_of(token)]
    if obj is None:
        return None
    # an event noun object names its own act: only a phrase of a kin verb with that very
    # noun says what the verb does with it ("granted asylum" as "give asylum" and "offer
    # asylum" do: the granting of asylum, not a concession through "yield"; since 1.15.0)
    act_object = ("n", lemma_of(obj)) in index.rules and kind not in settings.act_kinds
    kin = {verb for verb, k in light_verbs.items() if k == kind}
    preps = {lemma_of(c) for c in token.children if c.dep_ == "prep"}
    votes: dict[str, float] = defaultdict(float)
    first: dict[str, Rule] = {}
    narrowest: dict[str, int] = {}  # by type, the fewest objects a holding rule lists
    for rule in () if act_object else index.object_rules:
        if rule.verbs & kin and conditions_hold(token, rule):
            votes[rule.type] += 2.0 if rule.target_preps & preps else 1.0
            first.setdefault(rule.type, rule)
            narrowest[rule.type] = min(
                narrowest.get(rule.type, len(rule.objects)), len(rule.objects)
            )
    if settings.light_phrases:
        # another light verb of its kind's phrase with this very object ("took refuge" for
        # "sought refuge", "opened fire" for "unleashed fire"): the phrase names the act the
        # object does with a verb of its kind, and names no other object; the rule is taken
        # with the verb's own phrase, so that its object is the act's word, no party
        word = lemma_of(obj)
        for verb in sorted(kin):
            for rule in index.phrase_rules.get(verb, ()):
                if (verb, word) in rule.phrases and phrase_conditions_hold(token, rule):
                    votes[rule.type] += 1.0
                    own = (*rule.phrases, (lemma_of(token), word))
                    first.setdefault(rule.type, replace(rule, phrases=own))
                    narrowest[rule.type] = 1
    if not votes and act_object:
        return None
    if not votes and kind in settings.act_kinds and _names_act(obj, index):
        return _kin_rule(token, index, settings, kin)
    if not votes:
        return _converse_rule(token, index, settings, kind, kin)
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], narrowest[kv[0]]))
    winner, score = ranked[0]
    # a tie goes to the type whose rule names the fewest objects, when one names strictly
    # fewer: a rule about this kind of object alone ("ease-blockade": a blockade, a siege,
    # a cordon) says more of "lifted the blockade" than one listing it among many acts
    # ("halt-protest": protests, marches, strikes and blockades)
    tied = len(ranked) > 1 and ranked[1][1] >= score
    if winner == NO_EVENT or (tied and narrowest[ranked[1][0]] <= narrowest[winner]):
        return None
    return first[winner]


def _reneging_rule(token: Token, word: str, index: _Index, settings: UnseenSettings) -> Rule | None:
    """`refusal_rule` for a verb that undoes an agreement its subject made ("reneged on its
    pledge", "welshed on the deal"): its object, or that of one of `reneging_preps`, is a noun
    of a rule of `reneged_types` (a pledge, a deal, a commitment) and its neighbours that
    take back (`reneging_verbs`: "rescind", "revoke") weigh `min_votes`. Taking back a
    restriction ("rescinded the ban") is a concession, but going back on one's word refuses
    what was agreed; the neighbours, voting for what the verb does to restrictions, cannot
    tell them apart. Ending is no taking back: "finalized the agreement" (through "end")."""
    if not settings.reneged_types:
        return None
    # a noun object only: "reneged on the deal", not a clause ("on pledging")
    on = [g for g in prep_objects(token, settings.reneging_preps) if g.dep_ == "pobj"]
    objects = [object_of(token), *on]
    agreed = {
        r.type
        for obj in objects
        if obj is not None
        for r in index.rules.get(("n", lemma_of(obj)), ())
    }
    if not agreed & settings.reneged_types:
        return None
    # the best row's votes (the prepositional verb's and the bare verb's share neighbours)
    weight = max(
        (
            sum(
                w
                for (other, other_pos), (w, _) in _weights(entry, index, settings).items()
                if other_pos == "v" and other in settings.reneging_verbs
            )
            for entry in _entries(token, word, "v", settings)
        ),
        default=0.0,
    )
    refusal = next(
        (r for rules in index.rules.values() for r in rules if r.id == settings.refusal_rule),
        None,
    )
    if refusal is None or weight < settings.min_votes:
        return None
    return replace(refusal, id=f"{refusal.id}+unseen", fallback=weight)


def _names_act(obj: Token, index: _Index) -> bool:
    """Whether a verb's object names an act: a listed event noun ("the curfew") or the head
    of a listed phrase with its word ("a state of emergency")."""
    head = lemma_of(obj)
    return ("n", head) in index.rules or any(
        (head, lemma_of(d)) in index.phrases for d in obj.subtree if d is not obj
    )


def _kin_rule(token: Token, index: _Index, settings: UnseenSettings, kin: set[str]) -> Rule | None:
    """The rule a verb of `act_kinds` takes when no rule of its kind names its object, an
    act ("lifted the curfew", "relaxed the state of emergency"): each other verb of its kind
    votes for the type of its first rule that holds on the token ("concede", through "ease",
    "relax", "loosen"), and a type most of them vote for, `kin_share` of the votes and at
    least two verbs, gives its first such rule. What undoing an act is depends on the verb's
    kind, not on the act undone: the act's own rule ("curfew") is the act, no undoing."""
    votes: dict[str, int] = defaultdict(int)
    first: dict[str, Rule] = {}
    for verb in sorted(kin):
        rule = _vote(token, index.rules.get(("v", verb), ()))
        if rule is not None:
            votes[rule.type] += 1
            first.setdefault(rule.type, rule)
    if not votes:
        return None
    winner, score = max(votes.items(), key=lambda kv: kv[1])
    if winner == NO_EVENT or score < 2 or score / sum(votes.values()) < settings.kin_share:
        return None
    return first[winner]


def _converse_rule(
    token: Token, index: _Index, settings: UnseenSettings, kind: str, kin: set[str]
) -> Rule | None:
    """The rule a light verb takes when its converse kind's object rules name its object
    ("shipped grain to": "receive-aid" lists grain, food, arms as aid): the one type they
    name, with the rule of that type most verbs of its own kind share whose conditions hold
    ("aid-give", through "give", "provide", "supply"), for its own roles."""
    converse = settings.converse_kinds.get(kind)
    if converse is None:
        return None
    others = {verb for verb, k in settings.light_verbs.items() if k == converse}
    types = {r.type for r in index.object_rules if r.verbs & others and conditions_hold(token, r)}
    if len(types) != 1 or NO_EVENT in types:
        return None
    shared: dict[Rule, int] = defaultdict(int)
    for verb in kin:
        for rule in index.rules.get(("v", verb), ()):
            if rule.type in types and conditions_hold(token, rule):
                shared[rule] += 1
    return max(shared, key=lambda r: shared[r]) if shared else None


def _decided_by_wordnet(entry: Entry, pos: str, settings: UnseenSettings) -> set[tuple[str, str]]:
    """The words whose WordNet link to the row's word decides over its own-form link by a
    regular suffix: a form WordNet relates to the word comes through the sense it relates them
    in ("demonstrate" to "demonstration" through its fourth). For a part of speech of
    `stronger_own_forms` (a verb) related through one of its weighed `senses`, the suffix link
    stands beside WordNet's, the stronger weighing: "commit" -> "commitment", which WordNet
    derives from its second sense (0.25 against 1.0); English makes a verb's act noun so."""
    if pos not in settings.stronger_own_forms:
        return {(n.word, n.pos) for n in entry.neighbours}
    near = {(n.word, n.pos) for n in entry.neighbours if n.rank < len(settings.senses)}
    return {(n.word, n.pos) for n in entry.neighbours} - near


def _own_forms(
    word: str, pos: str, index: _Index, settings: UnseenSettings
) -> tuple[Neighbour, ...]:
    """The listed words that are `word`'s own other form by a regular suffix: the noun made
    of a verb ("evacuate" -> "evacuation", "deploy" -> "deployment", "hack" -> "hacking"), or
    the verb a noun is made of ("deployment" -> "deploy"), as neighbours of relation "morph"
    or "morph_noun". Read only for a word the table has a row for: its WordNet senses
    still say whether it may name an act ("hear" -> "hearing" is none)."""
    found: list[tuple[str, str, str]] = []
    if pos == "v":
        stems = {word, word[:-1] if word.endswith("e") else word, word + word[-1:]}
        found = [("n", stem + s, "morph") for s in settings.nominal_suffixes for stem in stems]
        # the noun a verb is made of ("threat" + "en"): the verb does what the noun names
        found += [
            ("n", word[: -len(s)], "morph")
            for s in settings.verb_suffixes
            if word.endswith(s) and len(word) - len(s) >= 4
        ]
    else:
        for s in settings.noun_suffixes:
            if word.endswith(s) and len(word) - len(s) >= 4:
                stem = word[: -len(s)]
                found += [("v", stem, "morph_noun"), ("v", stem + "e", "morph_noun")]
                if stem[-1] == stem[-2]:
                    found.append(("v", stem[:-1], "morph_noun"))  # "committal" -> "commit"
    return tuple(
        Neighbour(other, other_pos, relation, 0, 0, -1 - i, ())
        for i, (other_pos, other, relation) in enumerate(dict.fromkeys(found))
        if other != word and (other_pos, other) in index.rules
    )


def _voted(
    token: Token, entry: Entry, index: _Index, settings: UnseenSettings, pos: str
) -> Rule | None:
    """The rule a table row's neighbours vote for on the token, or None."""
    votes: dict[tuple[str, str | None], float] = defaultdict(float)
    best: dict[tuple[str, str | None], tuple[float, Rule]] = {}
    links: dict[tuple[str, str | None], list[Neighbour]] = defaultdict(list)
    own_forms: set[str] = set()  # types voted by the word's own other forms
    # votes by type of the rules whose object or context condition held on the word
    selective: dict[str, float] = defaultdict(float)
    ruled_out = False  # a neighbour's act the object's kind rules out
    for key, (weight, link) in _weights(entry, index, settings).items():
        rule = _vote(token, index.rules.get((key[1], key[0]), ()), index)
        if rule is None and _vote(token, index.rules.get((key[1], key[0]), ())) is not None:
            ruled_out = True  # its act is one the object's kind rules out (_fits_object)
        kind = (rule.type, rule.mode) if rule is not None else (NO_EVENT, None)
        votes[kind] += weight
        links[kind].append(link)
        if rule is not None and weight > best.get(kind, (0.0, rule))[0]:
            best[kind] = (weight, rule)
        if rule is not None and link.relation in settings.decisive_relations:
            own_forms.add(rule.type)
        if rule is not None and settings.selective and (rule.objects or rule.context):
            selective[rule.type] += weight  # NO_EVENT too: a blocking rule with its condition
    if not votes:
        return None
    # the type is voted first, then the mode within it: "assassinate" is ASSAULT through
    # "kill" and through "assassination", two modes of one type that agree on the type
    by_type: dict[str, float] = defaultdict(float)
    for (kind_type, _), weight in votes.items():
        by_type[kind_type] += weight
    total = sum(votes.values())
    own_forms.discard(NO_EVENT)
    # a rule of a voted type whose object condition holds on the verb's object (any verb's
    # rule): what the verb acts on tells which of its neighbours' acts it is
    named = _object_named(token, by_type, index, settings) if pos == "v" else None
    lead = max((t for t in by_type if t != NO_EVENT), key=lambda t: by_type[t], default=None)
    backed = False  # the object names the type the vote is for
    if own_forms:
        # the word's own other form the vocabulary types ("expulsion" for "expel") settles a
        # split vote between the synonyms of its senses: its type wins, with all its votes
        winner = max(own_forms, key=lambda t: by_type[t])
        score = by_type[winner]
        if score < settings.min_votes:
            return None
    elif named is not None and named[0] != lead and _overturns(named, votes, links, settings):
        # against the neighbours' lead ("vetoed the resolution": REJECT's "block-decision",
        # though "prohibit" and "ban" vote COERCE; "accepted the demands": a concession,
        # though "consent" votes AGREE): the object's rule is taken and, the object
        # deciding, weighs as a light verb's does; it is the evidence a shared sense would
        # be, so no corroboration is asked
        winner, rule = named
        score = max(by_type[winner], settings.light_votes)
        return replace(rule, id=f"{rule.id}+unseen", fallback=score)
    elif (acted := _object_act_type(token, by_type, index)) is not None and acted != lead:
        # the verb's object is an event noun of a type a neighbour votes for ("paid
        # compensation": RETREAT through "compensate", though "finance" and "give" vote AID):
        # the verb does the act its object names, which the neighbour tells it can; the
        # object is the second piece of evidence, its votes say which parties it needs
        winner, score = acted, by_type[acted]
        backed = True
    elif selected := [t for t, w in selective.items() if w >= settings.min_votes]:
        # a neighbour's rule that holds only with certain objects or context words, and holds
        # here ("barricade" a road is a protest), says which act the word is with them: its
        # type wins, when its votes suffice, over rules that hold with any ("blockade", "bar")
        winner = max(selected, key=lambda t: selective[t])
        score = by_type[winner]
        if winner == NO_EVENT:  # a blocking rule holds: "released a statement" is no release
            return None
        # a neighbour whose act the object's kind rules out still tells the word's sense,
        # and the object its rule names what it acts on: evidence one synset lacks
        # ("snatched the port": ASSAULT seize through "seize" alone, the rule naming ports,
        # "kidnap" and "abduct" telling a forcible taking; since 1.24.0, when kidnapping no
        # longer votes on a place, which corroborated the vote before)
        backed = ruled_out and _backs(named, winner, votes, settings)
    else:
        if settings.drop_uncorroborated:
            by_type, total = _without_uncorroborated(
                by_type, total, votes, links, settings, _construed_types(token, index, settings)
            )
        winner, score = max(by_type.items(), key=lambda kv: kv[1])
        # an object the lead's rules name backs a vote too weak or too split alone
        # ("captured the stronghold": ASSAULT through "seize" and "retake"); its votes still
        # say which parties it needs. So does, for a noun, the doing verb whose own object
        # rules name acts of the lead's type ("launched an air strike against": ASSAULT
        # through "attack" alone, below `min_votes`; launching does attacks)
        backs = _backs(named, winner, votes, settings)
        backed = backs or (pos == "n" and winner in _done_act_types(token, index, settings))
        if winner == NO_EVENT or (
            not backed and (score < settings.min_votes or score / total < settings.min_share)
        ):
            return None
        if settings.object_backing and backs:
            # the object backing the lead is the same evidence as one overturning it (above):
            # it weighs as a light verb's, so an actor or a second party suffices ("forces
            # retook a strategic village": the village held by the other side is told by the
            # rule naming villages, as "vetoed the resolution" tells a resolution blocked)
            score = max(score, settings.light_votes)
    kinds = [k for k in votes if k[0] == winner]
    if (
        not backed
        and not _corroborated([n for k in kinds for n in links[k]], settings)
        and winner not in _construed_types(token, index, settings)
    ):
        return None
    # the mode, within the type, of the word's own other form when one votes for it
    # ("mediation" is "mediate"'s act, not the talks above it in WordNet): its rule's roles
    # ("between" names the sides) are the word's, a more general neighbour's are not
    own = [k for k in kinds if any(n.relation in settings.decisive_relations for n in links[k])]
    kind = max(own or kinds, key=lambda k: votes[k])
    rule = best[kind][1]
    if own_forms and pos in settings.decisive_strength:
        # a verb whose own noun the vocabulary types names an act ("protest"): every vote for
        # an event, not its type's share, says how surely, and so which parties it needs
        # ("Opponents of the Senate protested" has no second party). Not a noun: "permission"
        # or "violation" beside a verb the vocabulary types are often no act of the sentence's
        score = max(score, total - by_type.get(NO_EVENT, 0.0))
    return replace(rule, id=f"{rule.id}+unseen", fallback=score)


def _backs(
    named: tuple[str, Rule] | None,
    winner: str,
    votes: dict[tuple[str, str | None], float],
    settings: UnseenSettings,
) -> bool:
    """Whether the object a rule names backs the vote for `winner`: the rule is of that type
    and, with `backing_by_mode`, of a mode voted for in it. An object backs the act its rule
    names, not another of the type ("he was paralyzed": a person is what a disarming takes,
    no restriction; "paralyzed the city": a city is what is occupied, no restriction)."""
    if named is None or named[0] != winner:
        return False
    return not settings.backing_by_mode or (winner, named[1].mode) in votes


def _overturns(
    named: tuple[str, Rule],
    votes: dict[tuple[str, str | None], float],
    links: dict[tuple[str, str | None], list[Neighbour]],
    settings: UnseenSettings,
) -> bool:
    """Whether the object a rule names may overturn the neighbours' lead: with
    `overturning_by_mode`, only when a neighbour votes that rule's mode (as an object backs
    only a vote of its mode, _backs), or its type is voted through a direct link or two
    synsets (_corroborated: "vetoed the bill" is REJECT through "controvert", "refute" and
    "rebut", whose rules have no mode). "completed his first 17 passes" is no ground taken:
    "execute" alone, through its "carry out" sense, votes an assassination, and "pass" is
    ground only to a seizure."""
    kind = named[0]
    if not settings.overturning_by_mode or (kind, named[1].mode) in votes:
        return True
    return _corroborated([n for k in votes if k[0] == kind for n in links[k]], settings)


def _object_named(
    token: Token, by_type: dict[str, float], index: _Index, settings: UnseenSettings
) -> tuple[str, Rule] | None:
    """The voted type, and its first rule, whose object condition (any verb's rule) holds on
    the token's object, with at least `object_type_votes` votes and `object_type_share` of
    the best event type's; the best-voted such type.
    An act is told by what it acts on: a resolution is what is vetoed or blocked, demands
    what are met or accepted, whichever neighbour of the verb voted more."""
    obj = object_of(token)
    if obj is None:
        return None
    head = lemma_of(obj)
    best = max((w for t, w in by_type.items() if t != NO_EVENT), default=0.0)
    least = max(settings.object_type_votes, settings.object_type_share * best)
    # only the rules of the types voted enough are read; each type's first holding rule
    placed: list[tuple[int, str, Rule]] = []
    for kind, votes in by_type.items():
        if kind == NO_EVENT or votes < least:
            continue
        rules = index.object_rules_by_type.get(kind, ())
        # a rule whose act the object's kind rules out names no act on it: people are no
        # ground taken ("snatched two Americans in Baghdad"; since events-unseen 1.27.0)
        fits = [(i, r) for i, r in rules if _fits_object(token, r, index)]
        hit = next(((i, r) for i, r in fits if conditions_hold(token, r)), None)
        if hit is not None:
            placed.append((hit[0], kind, hit[1]))
    # in the vocabulary's order, as a scan of all its object rules finds them (ties below)
    found = {kind: rule for _, kind, rule in sorted(placed, key=lambda p: p[0])}
    if not found:
        return None
    # a rule naming the object's own head says more than one naming a word modifying it
    # ("a Security Council resolution" is a resolution, not a council)
    winner = max(found, key=lambda t: (head in found[t].objects, by_type[t]))
    return winner, found[winner]


def _object_act_type(token: Token, by_type: dict[str, float], index: _Index) -> str | None:
    """For a verb, the one type the vocabulary's rules give the event noun its object is
    ("compensation": RETREAT), when a neighbour votes for that type; else None."""
    if token.pos_ not in VERB_POS or (obj := object_of(token)) is None:
        return None
    types = {r.type for r in index.rules.get(("n", lemma_of(obj)), ())}
    if len(types) != 1 or NO_EVENT in types:
        return None
    (kind,) = types
    return kind if by_type.get(kind, 0.0) > 0.0 else None


def _without_uncorroborated(
    by_type: dict[str, float],
    total: float,
    votes: dict[tuple[str, str | None], float],
    links: dict[tuple[str, str | None], list[Neighbour]],
    settings: UnseenSettings,
    construed: frozenset[str] = frozenset(),
) -> tuple[dict[str, float], float]:
    """The vote by type, and its total, without the types no direct link or two synsets
    vote for, when the best type left is voted through a direct link: a type voted through
    one hypernym's synset alone ("violence" above "riot") is no evidence of the word's
    meaning, so it splits no vote of a type a shared sense gives ("rioting"). When the best
    type left has no direct link either ("defeat": REJECT through two hypernyms, "veto" and
    "controvert"), the vote is left whole. A type of `construed` (the verb's preposition
    corroborates it: _prep_types) is never left out."""

    def of_type(t: str) -> list[Neighbour]:
        return [n for k in votes if k[0] == t for n in links[k]]

    weak = {
        t
        for t in by_type
        if t != NO_EVENT and t not in construed and not _corroborated(of_type(t), settings)
    }
    kept = {t: w for t, w in by_type.items() if t not in weak}
    if not weak or not kept:
        return by_type, total
    best = max(kept, key=lambda t: kept[t])
    if not any(n.relation in settings.direct_relations for n in of_type(best)):
        return by_type, total
    return defaultdict(float, kept), total - sum(by_type[t] for t in weak)


def _entries(token: Token, word: str, pos: str, settings: UnseenSettings) -> list[Entry]:
    """The table's rows to read: the verb with its particle first ("blew up" is exploding,
    not breathing), then with its preposition ("called for talks" is requesting; one naming
    no time, "met on Monday"), then the word's own (a phrasal verb whose neighbours vote for
    nothing may be the verb's act all the same, "beat up"). None when the table has no row
    for a phrasal verb whose particle changes the act (`sense_particles`): "called off a
    strike" is no call, and the bare verb's neighbours would type it as one."""
    if pos != "v":
        return [row for row in [table_entry(word, pos)] if row is not None]
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    phrasal = [(p, table_entry(f"{word}_{p}", pos)) for p in particles]
    if any(row is None and p in settings.sense_particles for p, row in phrasal):
        return []
    preps = [
        table_entry(f"{word}_{c.lower_}", pos)
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in settings.prepositions and not _names_time(c)
    ]
    rows = [row for _, row in phrasal] + preps + [table_entry(word, pos)]
    return [row for row in rows if row is not None]


def _construed_types(token: Token, index: _Index, settings: UnseenSettings) -> frozenset[str]:
    """The types the token's construction corroborates: a verb's preposition (_prep_types),
    a noun's doing light verb (_done_act_types)."""
    return _prep_types(token, index, settings) | _done_act_types(token, index, settings)


def _done_act_types(token: Token, index: _Index, settings: UnseenSettings) -> frozenset[str]:
    """For a noun a light verb of doing takes as its object ("held talks with", "talks were
    held"; `DOING_KIND` of `light_verbs`), the types of the event nouns that verb's own rules
    name as its objects: the acts the vocabulary knows it to do ("hold" holds meetings,
    negotiations, rallies and hearings: CONSULT, PROTEST, ACCUSE, COOPERATE). The verb tells
    the noun an act done of such a type, the second piece of evidence one synset of hyponyms
    lacks, as a verb's preposition is (_prep_types): "held talks with X" is CONSULT through
    "dialogue" alone. A doing verb whose rules name no such object ("conducted his activities",
    "carried out a robbery") corroborates nothing, nor does a noun of another verb ("the
    talk of the town", "gave a talk")."""
    if token.pos_ not in NOUN_POS or token.dep_ not in ("dobj", "nsubjpass"):
        return frozenset()
    verb = lemma_of(token.head)
    if token.head.pos_ not in VERB_POS or settings.light_verbs.get(verb) != DOING_KIND:
        return frozenset()
    acts = {o for r in index.object_rules if verb in r.verbs for o in r.objects}
    return frozenset(
        r.type for o in acts for r in index.rules.get(("n", o), ())[:1] if r.type != NO_EVENT
    )


def _prep_types(token: Token, index: _Index, settings: UnseenSettings) -> frozenset[str]:
    """The types of the rules listing a verb-and-preposition phrase with a preposition the
    verb takes (`prep_corroborates`; of `prepositions`, naming no time). The construction is
    the second piece of evidence one synset of hypernyms lacks: "pushed for higher wages" is
    the act "call for" is, where "pushed the cart" stays untyped."""
    if not settings.prep_corroborates or token.pos_ not in VERB_POS:
        return frozenset()
    out: set[str] = set()
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in settings.prepositions and not _names_time(c):
            out |= index.phrase_word_types.get(c.lower_, frozenset())
    return frozenset(out)


def _names_time(prep: Token) -> bool:
    """Whether a preposition's object is a date or time ("on Monday", "at noon")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _corroborated(links: list[Neighbour], settings: UnseenSettings) -> bool:
    """The winning votes come through a direct link (a shared sense or a derivation), or
    through at least `min_synsets` related synsets: a general word's one hyponym in the
    vocabulary ("comment" above "criticize") is no evidence of what the word means."""
    if any(n.relation in settings.direct_relations for n in links):
        return True
    return len({n.synset for n in links}) >= settings.min_synsets


def reads_as(tok: Token, rule: Rule, words: frozenset[str]) -> bool:
    """Whether a trigger is one of `words` (a word list the role readings key by lemma,
    "mutual_meetings"): its own lemma, or for a word no rule lists (the fallback's rule, by
    its votes) one of its WordNet neighbours that the rule it took lists. An unseen word is
    in no list; it reads its parties as the words it was typed through do ("The US and
    Russia conferred": each side met the other, as with "met"), not as every word of that
    rule ("visit" beside "meet" in one rule)."""
    word = lemma_of(tok)
    if word in words:
        return True
    if not rule.fallback:
        return False
    ruled = rule.verbs | rule.nouns | {head for head, _ in rule.phrases}
    for pos in ("v", "n"):
        entry = table_entry(word, pos)
        if entry is not None and any(n.word in words and n.word in ruled for n in entry.neighbours):
            return True
    return False


def one_way(rule: Rule, token: Token) -> Rule:
    """A two-way rule (a clash) taken by a passive verb with a "by"-agent is one way: "was
    attacked by militiamen" names who did it to whom, as a listed passive's rule would; the
    side named first is no actor there. The same holds for a listed two-way rule ("The
    patrol was skirmished by insurgents": the insurgents, were the patrol; events.py)."""
    if (
        rule.reciprocal
        and token.pos_ in VERB_POS
        and any(c.dep_ == "agent" for c in token.children)
    ):
        return replace(rule, reciprocal=False)
    return rule


def parties_suffice(
    rule: Rule,
    actor: bool,
    target: bool,
    settings: UnseenSettings | None = None,
    thing_doer: bool = False,
) -> bool:
    """Whether an unseen word's event has the parties its votes need: an actor (a named
    entity, a role, a resolved pronoun) or a second party (`target`: a target that is an actor,
    a second actor among the doers, or a named party's thing acted on, "rejected an Australian
    ultimatum"; the caller finds it), both below `dyadic_votes`,
    and no thing among its doers (`thing_doer`: "the collapse of services and the inability
    of the Maduro government undermined him" is no act of Maduro's). Always true for the
    vocabulary's own rules."""
    settings = settings or load_settings()
    if not rule.fallback:
        return True
    if thing_doer:
        return False
    if rule.fallback < settings.dyadic_votes:
        return actor and target
    return actor or target
