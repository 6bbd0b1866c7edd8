"""Who did it, to whom, where: arguments of a trigger read from the dependency parse.

Verb triggers: the subject is the actor (or the target, for rules like flee/exile), the
object the target; passive voice swaps them ("he was hauled away by agents"). Noun
triggers: possessive, "of"/"by" objects, and the subject of the light verb that governs
them ("the government authorized the release of X"). The Participant records built from
these heads are in events_participants; pronoun resolution is in events_pronouns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chronicler.annotate.datelines import in_dateline, is_dash
from chronicler.annotate.doc_text import doc_text
from chronicler.annotate.events_folds import without_devices
from chronicler.annotate.events_inverted import inverted_subjects
from chronicler.annotate.events_match import VERB_POS, lemma, match_rule
from chronicler.annotate.events_pronouns import PERSONAL as _PERSONAL
from chronicler.annotate.events_pronouns import person_aliases, with_surnames
from chronicler.annotate.events_vocab import Rule, Vocab, load_vocab
from chronicler.annotate.mention_lookup import mentions_overlapping
from chronicler.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependencies cut from a participant phrase: clauses and lists hanging off the head.
_CUT = frozenset(
    {
        "relcl",
        "acl",
        "advcl",
        "punct",
        "cc",
        "conj",
        "appos",
        "parataxis",
        "prep",
        "dep",
        "npadvmod",
        "advmod",
        "nummod",
        "quantmod",
    }
)
_KEEP_PREPS = frozenset({"of", "from"})
_SUBJ = frozenset({"nsubj", "csubj", "expl"})
_RELATIVE = frozenset({"who", "that", "which", "whom", "whose"})
_NEUTER = frozenset({"it", "its"})
_PLURAL = frozenset({"they", "them", "their"})


@dataclass(frozen=True)
class Context:
    """What argument finding needs besides the parse: mentions and sentence starts."""

    mentions: Sequence[Mention]
    mention_starts: list[int]
    vocab: Vocab
    triggers: frozenset[int]  # token indices that are event triggers in this doc
    rules: dict[int, Rule]  # trigger token index -> its rule
    pronouns: dict[int, Mention]  # token index of a he/she/him/her -> antecedent mention


def make_context(
    mentions: Sequence[Mention],
    vocab: Vocab,
    triggers: dict[int, Rule],
    doc: Doc | None = None,
) -> Context:
    ordered = sorted(person_aliases(mentions), key=lambda m: m.start)
    starts = [m.start for m in ordered]
    pronouns = with_surnames(doc, ordered, starts) if doc is not None else {}
    return Context(ordered, starts, vocab, frozenset(triggers), dict(triggers), pronouns)


# ------------------------------------------------------------------ argument heads


@dataclass(frozen=True)
class Subjects:
    active: tuple[Token, ...] = ()
    passive: tuple[Token, ...] = ()
    agent: tuple[Token, ...] = ()


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


# A gerund after these prepositions is done by the verb's object: "credited X with securing
# the release", "accused X of plotting", "despised him for leading a crackdown".
_OBJECT_CONTROL_PREPS = frozenset({"with", "of", "for"})


def _past_dateline(subject: Token) -> Token:
    """A dateline parsed as the subject ("MARACAIBO, Venezuela (AP) — Venezuelan authorities
    released ...") gives way to the noun after its dash, which the parser hangs on it."""
    after_dash = [
        c
        for c in subject.children
        if c.dep_ == "appos" and any(is_dash(t) for t in subject.doc[subject.i + 1 : c.left_edge.i])
    ]
    return after_dash[0] if after_dash else subject


def _without_datelines(subjects: tuple[Token, ...]) -> tuple[Token, ...]:
    """Of two subjects with a dash between them, the one before it is a dateline."""
    kept = tuple(
        s
        for s in subjects
        if not any(
            o.i > s.i and any(is_dash(t) for t in s.doc[s.i + 1 : o.left_edge.i]) for o in subjects
        )
    )
    return kept or subjects


def subjects(verb: Token, depth: int = 0) -> Subjects:
    """Subject(s) of a verb, inheriting through control, coordination and participles."""
    active = _without_datelines(tuple(_past_dateline(c) for c in verb.children if c.dep_ in _SUBJ))
    passive = tuple(_past_dateline(c) for c in verb.children if c.dep_ == "nsubjpass")
    agent = tuple(p for c in verb.children if c.dep_ == "agent" for p in _pobjs(c))
    if active or passive or depth > 3 or verb.head.i == verb.i:
        return Subjects(active, passive, agent)
    head, dep = verb.head, verb.dep_
    if dep == "xcomp":
        controller = [c for c in head.children if c.dep_ == "dobj"]
        if controller:  # "urged X to free", "ordered X to leave"
            return Subjects(tuple(controller), (), agent)
        up = subjects(head, depth + 1)
        return Subjects(up.active or up.passive, (), agent)
    if dep in ("conj", "advcl", "acomp") and head.pos_ in VERB_POS | {"AUX", "ADJ"}:
        up = subjects(head, depth + 1)
        return Subjects(up.active, up.passive, agent or up.agent)
    if dep == "pcomp" and head.dep_ == "prep":
        controller = [
            c for c in head.head.children if c.dep_ == "dobj" and c.ent_type_ not in _TIME_ENTS
        ]  # not "spent an hour ..."
        compound_prep = head.i > 0 and lemma(head.nbor(-1)) in ("instead", "because", "ahead")
        if controller and lemma(head) in _OBJECT_CONTROL_PREPS and not compound_prep:
            return Subjects(tuple(controller), (), agent)  # "credited X with securing"
        up = subjects(head.head, depth + 1)  # "shocked Venezuela by revolting"
        return Subjects(up.active, (), agent)
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if (
            verb.tag_ == "VBG"
            and lemma(head) in load_vocab().words("document_nouns")
            and head.dep_ == "dobj"
        ):  # "X issued a declaration demanding ...": X demands
            up = subjects(head.head, depth + 1)
            return Subjects(up.active, (), agent)
        if verb.tag_ == "VBG" or head.dep_ == "ROOT":  # "troops firing on X"; a verbless
            return Subjects((head,), (), agent)  # parse: "A diplomat, X, negotiated ..."

        if verb.tag_ in ("VBN", "VBD"):  # "a prisoner released by X"
            return Subjects((), (head,), agent)
    return Subjects(active, passive, agent)


# "went into exile", "left as an exile", "remained on alert", "put under investigation"
_LINK_PREPS = frozenset({"in", "into", "as", "on", "under"})


def governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The light verb whose object (or "in"-complement) a noun trigger is, and the link.
    A measure noun carries the event ("launched ten days of war games", "began a wave of
    strikes"); a gathering verb's "for" names what it gathers for ("returned for talks")."""
    vocab = load_vocab()
    n = noun.head if noun.dep_ == "compound" else noun
    if (
        n.dep_ == "pobj"
        and lemma(n.head) == "of"
        and lemma(n.head.head) in vocab.words("measure_nouns")
    ):
        n = n.head.head
    if n.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and n.head.pos_ in VERB_POS | {"AUX"}:
        return n.head, n.dep_
    if n.dep_ == "pobj" and n.head.dep_ == "prep" and lemma(n.head) in _LINK_PREPS:
        verb = n.head.head
        if verb.pos_ in VERB_POS:
            return verb, "in"
    if n.dep_ == "pobj" and lemma(n.head) == "for":
        verb = n.head.head
        if verb.pos_ in VERB_POS and lemma(verb) in vocab.words("gathering_verbs"):
            return verb, "for"
        if verb.dep_ == "dobj" and verb.head.pos_ in VERB_POS:  # "took part in", "played a
            return verb.head, "in"  # role in"
    return None, ""


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    return [p for c in token.children if c.dep_ == "prep" and lemma(c) in preps for p in _pobjs(c)]


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
_TIME_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})
_NUMBER_ENTS = frozenset({"CARDINAL", "ORDINAL"})


def is_agentive(token: Token, ctx: Context) -> bool:
    """An entity or a word naming a kind of actor ("rebels", "prisoners"), not a thing."""
    if _negated_prefix(token):
        return False  # "anti-aircraft batteries" are not aircraft
    if _entity_at(token, ctx) in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    low = lemma(token)
    if token.pos_ == "PRON" and low not in _RELATIVE:
        return True
    return any(low in words or token.lower_ in words for _, words in ctx.vocab.roles)


def _negated_prefix(token: Token) -> bool:
    """The word is the X of "anti-X" / "pro-X": it says what the phrase is for or against."""
    return (
        token.i >= 2
        and token.nbor(-1).text == "-"
        and token.nbor(-2).lower_ in ("anti", "pro", "non")
    )


_BENEFICIARY_PREPS = frozenset({"to", "for", "with"})


def recipients(trigger: Token, objects: Sequence[Token], ctx: Context) -> list[Token]:
    """Actors an action is directed at, when its object is a thing: "cut off electricity to
    X", "broke relations with X", "rejected calls by X", "an Indian proposal", "suspended
    part of an aid program for X" (through one "of")."""
    out: list[Token] = []
    for tok in expand(objects):
        for child in tok.children:
            if child.dep_ == "poss" and is_agentive(child, ctx):
                out.append(child)
        out += [p for p in _prep_objects(tok, _OBJECT_PREPS) if agentive_phrase(p, ctx)]
        out += [p for p in _doers(tok) if agentive_phrase(p, ctx) and p.head.head.i != trigger.i]
        for inner in _prep_objects(tok, frozenset({"of"})):  # not "of protests against X"
            out += [p for p in _prep_objects(inner, _BENEFICIARY_PREPS) if agentive_phrase(p, ctx)]
            # "demanded the return of property seized by X": X holds what is demanded
            out += [p for p in _doers(inner) if agentive_phrase(p, ctx)]
    for pobj in _prep_objects(trigger, RECIPIENT_PREPS | {"into"}):
        if agentive_phrase(pobj, ctx):
            out.append(pobj)
        else:  # "mobilized reservists for a war against X", "assistance to the war on X",
            # "an investigation into crimes committed by X", "protests against abuses by X",
            # "conceded to the strikers' demands"
            nested = _prep_objects(pobj, _HOSTILE_PREPS | {"by"}) + _doers(pobj)
            owners = [c for c in pobj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            out += [p for p in nested if agentive_phrase(p, ctx)]
            out += [p for p in owners if agentive_phrase(p, ctx) or _people(p, ctx)]
    return [t for t in out if t.ent_type_ not in _TIME_ENTS]


def _doers(noun: Token) -> list[Token]:
    """Agents of a participle modifying a noun: "crimes committed by X", "the demonstration
    staged by students"."""
    return [
        p
        for acl in noun.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for agent in acl.children
        if agent.dep_ == "agent"
        for p in _pobjs(agent)
    ]


_HOSTILE_PREPS = frozenset({"against", "on", "with"})


def argument_heads(trigger: Token, rule: Rule, ctx: Context) -> tuple[list[Token], list[Token]]:
    """Head tokens of the actors and targets of one trigger."""
    actors, targets = _argument_heads(trigger, rule, ctx)
    actors = [past_time(a, ctx) for a in actors]
    targets = [past_time(t, ctx) for t in targets]
    line = _line_of(trigger)
    phrase_children = {
        c.i
        for c in trigger.children
        for h, w in rule.phrases
        if h == lemma(trigger) and lemma(c) == w
    }

    def keep(tok: Token) -> bool:
        return (
            tok.ent_type_ not in _TIME_ENTS
            and not (tok.ent_type_ in _NUMBER_ENTS and tok.pos_ == "NUM")
            and tok.i not in phrase_children
            and line[0] < tok.idx < line[1]  # never across a title or paragraph break
            and not in_dateline(tok)
        )

    if not actors and rule.mode in ctx.vocab.words("custody_modes"):
        actors = custodians(trigger, ctx)
    actors = [a for a in without_devices(actors, ctx.vocab) if keep(a)]
    targets = [t for t in targets if keep(t) and t not in actors]
    if not targets:  # "Also freed were X and Y"
        targets = [t for t in inverted_subjects(trigger) if keep(t) and t not in actors]
    if not targets:  # the object was the phrase's own word: "granted asylum to X",
        # "presented evidence against X" (the phrase word's own prepositions count too)
        words = [trigger, *(trigger.doc[i] for i in sorted(phrase_children))]
        targets = [t for w in words for t in _prep_objects(w, rule.target_preps) if keep(t)]
    if rule.object_place or rule.instrument_object:  # "fled the embassy", "withdrew troops"
        targets = [t for t in targets if t.dep_ != "dobj"]
    custody = rule.mode in ctx.vocab.words("custody_modes")
    # a person named by a common noun is a target in its own right: "kidnapped a businessman
    # in Bogota" is aimed at the businessman, not at Bogota
    if not custody and not any(agentive_phrase(t, ctx) or _people(t, ctx) for t in targets):
        found = recipients(trigger, targets, ctx)
        if not found and trigger.pos_ in VERB_POS:
            for child in trigger.children:
                if child.dep_ == "xcomp":  # "refused to meet X": the refused act's target
                    if child.i in ctx.rules:  # "refused to deploy troops in X": X
                        inner = argument_heads(child, ctx.rules[child.i], ctx)[1]
                        found = [t for t in inner if agentive_phrase(t, ctx)]
                    objs = [c for c in child.children if c.dep_ in ("dobj", "dative")]
                    found = found or [o for o in objs if agentive_phrase(o, ctx)]
                    found = found or recipients(child, objs, ctx)
                elif child.dep_ == "ccomp" and not found:  # "demanded that X cancel"
                    found = [
                        c
                        for c in child.children
                        if c.dep_ in ("nsubj", "nsubjpass") and agentive_phrase(c, ctx)
                    ]
        if not found and trigger.pos_ == "NOUN":  # "its demand that Israel ease ...": Israel
            found = _that_clause_subjects(trigger, ctx)
        if not found:
            found = purpose_targets(trigger, ctx)
        if not found:  # an instrument or place object still locates: "troops in X"
            objects = targets or [c for c in trigger.children if c.dep_ == "dobj"]
            found = place_targets(trigger, objects, ctx)
        if not found:
            found = condition_subjects(trigger, ctx)
        if not found:
            found = counterpart_targets(trigger, rule, ctx)
        found = [t for t in found if t not in actors]
        if found:
            targets = found
    if rule.type in _ANSWERING_TYPES:
        targets = _event_doers_as_targets(targets, actors, ctx)
    return actors, targets


# Acts aimed at whoever did what they answer: "vowed to retaliate against any Israeli strike"
# is aimed at Israel, "condemned the killing of X by Y" at Y.
_ANSWERING_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT", "THREATEN", "ASSAULT", "SANCTION"})


def _event_doers_as_targets(targets: list[Token], actors: list[Token], ctx: Context) -> list[Token]:
    out: list[Token] = []
    for t in targets:
        rule = ctx.rules.get(t.i)
        doers: list[Token] = []
        if rule is not None and t.pos_ == "NOUN" and rule.type != "NONE":
            own = _argument_heads(t, rule, ctx)[0]
            doers = [d for d in own if d not in actors and agentive_phrase(d, ctx)]
        out += [d for d in doers if d not in out] or ([t] if t not in out else [])
    return out


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
    for clause in (c for host in hosts for c in host.children if c.dep_ == "advcl"):
        mark = next((m for m in clause.children if lemma(m) in ("if", "unless")), None)
        if mark is None or lemma(clause) in _REPORTING:  # "if ..., the minister said"
            continue
        out += [
            c
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.left_edge.i == mark.i + 1  # the subject opens the clause
            and agentive_phrase(c, ctx)
        ]
    return out


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
        for pobj in _prep_objects(host, _CONCESSIVE_PREPS):
            if rule.type == "REJECT" and lemma(pobj) in ctx.vocab.words("pressure_nouns"):
                named = _prep_objects(pobj, frozenset({"by", "from", "of"}))
                named += [c for c in pobj.children if c.dep_ == "poss"]
                # a name exerts the pressure even when the NER missed it ("the Kenya
                # Anti-Corruption Commision")
                out += [n for n in named if n.pos_ == "PROPN" or agentive_phrase(n, ctx)]
        for pobj in _prep_objects(host, _SEQUEL_PREPS):
            found = match_rule(pobj, ctx.vocab)
            if found is not None and found.type == "CONSULT":
                named = _prep_objects(pobj, frozenset({"with"}))
                out += [n for n in named if agentive_phrase(n, ctx)]
    return out


def _that_clause_subjects(noun: Token, ctx: Context) -> list[Token]:
    """Subjects of a "that"-clause completing a noun ("a demand that X ease ..."), which the
    parser may hang on the noun's light verb ("reiterated its demand today that X ...")."""
    verb, link = governing_verb(noun)
    hosts = [noun] + ([verb] if verb is not None and link == "dobj" else [])
    return [
        c
        for host in hosts
        for clause in host.children
        if clause.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in clause.children)
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass") and agentive_phrase(c, ctx)
    ]


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
    anchors += [p for p in _prep_objects(trigger, RECIPIENT_PREPS) if not agentive_phrase(p, ctx)]
    verb, _ = governing_verb(trigger)
    if verb is not None and verb.i not in ctx.triggers:
        anchors.append(verb)
    if trigger.dep_ == "nsubj" and trigger.head.i not in ctx.triggers:
        anchors.append(trigger.head)  # "the deployment of troops arrived in X"
    for anchor in list(anchors):  # "the curfew imposed in Sudan"
        anchors += [c for c in anchor.children if c.dep_ == "acl" and c.i not in ctx.triggers]
    for anchor in anchors:
        for pobj in _prep_objects(anchor, _PLACE_PREPS):
            place = _place_of(pobj, ctx)
            if place is not None:
                return [place]
    return []


def _place_of(pobj: Token, ctx: Context) -> Token | None:
    """The named place a place phrase stands for: "northern Israel", "the capital city of
    Algiers", "a jail in northern Israel" (one level of "of"/"in" down)."""
    for tok in (pobj, *_prep_objects(pobj, _PLACE_PREPS | {"of"})):
        if (
            _entity_at(tok, ctx) in _PLACE_ENTS
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


_STANCE_NOUNS = frozenset({"defiance", "protest", "support", "solidarity", "opposition"})


def purpose_targets(trigger: Token, ctx: Context) -> list[Token]:
    """Whom an act is aimed at, said in its purpose clause or stance phrase: "staged a strike
    to protest the minister's decision", "blocked streets in defiance of the authorities"."""
    anchors = [trigger]
    verb, _ = governing_verb(trigger)
    if verb is not None:
        anchors.append(verb)
    out: list[Token] = []
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ in ("advcl", "xcomp") and child.pos_ in VERB_POS and _has_to(child):
                objs = [c for c in child.children if c.dep_ in ("dobj", "dative")]
                out += [o for o in objs if agentive_phrase(o, ctx) or _people(o, ctx)]
                out += recipients(child, objs, ctx)
            elif _stance_participle(child, ctx):  # "demonstrated, calling for X to go"
                inner = argument_heads(child, ctx.rules[child.i], ctx)[1]
                out += [t for t in inner if agentive_phrase(t, ctx)]
            elif child.dep_ == "prep":
                for pobj in _pobjs(child):
                    if lemma(pobj) in _STANCE_NOUNS:
                        inner = _prep_objects(pobj, frozenset({"of", "against", "with"}))
                        out += [i for i in inner if agentive_phrase(i, ctx)]
        if out:
            break
    return out


# Participles that say what a protest or a gathering is for ("marched on Sunday, demanding
# the release of X"): their target is the act's.
_STANCE_TYPES = frozenset({"REQUEST", "PROTEST", "ACCUSE", "REJECT"})


def _stance_participle(child: Token, ctx: Context) -> bool:
    return (
        child.dep_ == "advcl"
        and child.tag_ == "VBG"
        and child.i in ctx.rules
        and ctx.rules[child.i].type in _STANCE_TYPES
    )


def _people(token: Token, ctx: Context) -> bool:
    """A common noun for people that no role lists ("to disperse the crowd", "kidnapped a
    businessman"): a listed person word, or a person noun of the generated list that is no
    group ("party", "school" are also institutions)."""
    if token.tag_ not in ("NN", "NNS"):
        return False
    low = lemma(token)
    if low in ctx.vocab.words("person_nouns"):
        return True
    return low in ctx.vocab.words("actor_nouns") and low not in ctx.vocab.words("collective_nouns")


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def custodians(trigger: Token, ctx: Context) -> list[Token]:
    """Who holds someone: "died in Israeli police custody", "held in army detention"."""
    out: list[Token] = []
    for pobj in _prep_objects(trigger, frozenset({"in", "under", "while"})):
        if lemma(pobj) in ("custody", "detention", "captivity", "care", "hand"):
            mods = [c for c in pobj.children if c.dep_ in ("compound", "amod", "poss")]
            heads = [m for m in mods if m.dep_ == "compound" or m.dep_ == "poss"]
            out += [h for h in heads if agentive_phrase(h, ctx)]
    return out


def agentive_phrase(head: Token, ctx: Context) -> bool:
    """Some word of the head's phrase names an actor ("Ugandan opposition candidates"). An
    adjective names one only on a group of people ("armed men"), not on a thing ("official
    contact", "a military aid program")."""
    if head.pos_ == "PRON":  # "helped him oust X": a personal pronoun is a person
        return lemma(head) in _PERSONAL | _PLURAL | {"we", "us", "i", "me", "you"}
    thing = head.tag_ in ("NN", "VBG") and not is_agentive(head, ctx)
    return any(
        is_agentive(t, ctx)
        for t in phrase_tokens(head)
        if t.pos_ != "PRON" and not (thing and t.pos_ == "ADJ" and _entity_at(t, ctx) is None)
    )


def _stative_participle(trigger: Token, rule: Rule) -> bool:
    """A participle the rule lists as an adjective of stance ("opposed", "committed"),
    used without an agent: "X is opposed to Y" states X's stance, it is no passive."""
    return (
        trigger.pos_ in VERB_POS
        and trigger.tag_ == "VBN"
        and trigger.lower_ in rule.adjs
        and not any(c.dep_ == "agent" for c in trigger.children)
    )


def _argument_heads(trigger: Token, rule: Rule, ctx: Context) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    targets: list[Token] = []
    if _stative_participle(trigger, rule):  # "Israel is opposed to X": Israel opposes
        subj = subjects(trigger)
        return list(subj.passive or subj.active), _prep_objects(trigger, rule.target_preps)
    if trigger.pos_ in VERB_POS:
        subj = subjects(trigger)
        auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
        # A bare past participle is passive: "X, imprisoned for five years, ..."
        verbless_root = trigger.dep_ == "acl" and trigger.head.dep_ == "ROOT"
        bare_participle = (
            trigger.tag_ == "VBN" and not auxes and trigger.dep_ != "ROOT" and not verbless_root
        )
        own_object = any(c.dep_ == "dobj" for c in trigger.children)
        # "X, imprisoned since 2024, was ...": a participle set off by a comma, without
        # auxiliary or object, that the parser made the root is still passive.
        bare_participle = bare_participle or (
            trigger.tag_ == "VBN"
            and not auxes
            and trigger.dep_ == "ROOT"
            and not own_object
            and trigger.i > 0
            and trigger.nbor(-1).text == ","
        )
        passive = bool(subj.passive) or any(c.dep_ == "auxpass" for c in auxes) or bare_participle
        own_subject = any(c.dep_ in _SUBJ | {"nsubjpass"} for c in trigger.children)
        if passive and not subj.passive and (bare_participle or not own_subject):
            # a passive verb without a subject of its own undergoes what its inherited
            # subject names: "the rebels attacked X and were killed", "X wants to be freed"
            subj = Subjects((), subj.active, subj.agent)
        modified = None if auxes or own_object else _participle_noun(trigger, ctx)
        if modified is not None:  # "was among five citizens freed": the citizens were freed
            subj, passive = Subjects((), (modified,), subj.agent), True
        if passive:
            targets += [m for t in subj.passive for m in members(t)]
            targets += subj.passive
            actors += _event_doers(list(subj.agent), ctx)
            if not actors and rule.type == "ASSAULT":  # "killed in an air strike by X"
                actors += _circumstance_doers(trigger, ctx)
        elif rule.subject == "target":
            targets += subj.active
            actors += _event_doers(list(subj.agent), ctx)
        else:
            actors += _event_doers(list(subj.active), ctx)
            for c in trigger.children:
                if c.dep_ == "dobj" or (c.dep_ == "dative" and c.pos_ != "ADP"):
                    targets.append(c)
                elif c.dep_ == "dative":  # "granted asylum to X"
                    targets += _pobjs(c)
            targets += _up_to_objects(trigger)
        if not targets:
            targets += _prep_objects(trigger, rule.target_preps)
        if rule.source_preps:  # "received weapons from X", "assurances from X"
            given = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
            found = [p for g in given for p in _prep_objects(g, rule.source_preps)]
            actors += [p for p in found if p not in actors]
        return actors, targets
    if trigger.pos_ == "ADJ":  # "willing to", "opposed to"
        subj = subjects(trigger.head) if trigger.dep_ == "acomp" else Subjects()
        return list(subj.active), _prep_objects(trigger, rule.target_preps)
    # Noun trigger.
    anchor = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else trigger
    for tok in {trigger, anchor}:
        # "Kenya's deportation of the activists": with an "of"-patient the possessor acts
        patient = not rule.of_actor and any(
            c.dep_ == "prep" and lemma(c) == "of" and _pobjs(c) for c in tok.children
        )
        for child in tok.children:
            if child.dep_ == "poss":
                undergoes = rule.poss == "target" and not (patient and _can_act(child, ctx))
                (targets if undergoes else actors).append(child)
            elif child.dep_ == "prep" and lemma(child) == "of":
                # "the invasion of X": X undergoes it; "an uprising of soldiers": they act;
                # "the threat of torture": an event named in the "of" is its content
                of = [
                    p
                    for p in _pobjs(child)
                    if is_agentive(p, ctx) or match_rule(p, ctx.vocab) is None  # "protesters"
                ]
                (actors if rule.of_actor else targets).extend(of)
            elif child.dep_ == "prep" and lemma(child) == "by":
                actors.extend(_pobjs(child))
            elif child.dep_ == "acl":  # "a coup led by X"
                actors.extend(p for a in child.children if a.dep_ == "agent" for p in _pobjs(a))
        targets += [t for t in _prep_objects(tok, rule.target_preps) if t not in targets]
    if anchor.i != trigger.i and lemma(anchor) in ctx.vocab.words("warrant_nouns"):
        # "issued arrest warrants for X": the warrant names whom the act is for (the parser
        # may hang the "for" on the issuing verb)
        hosts = [anchor] + ([anchor.head] if anchor.dep_ == "dobj" else [])
        targets += [
            t
            for h in hosts
            for t in _prep_objects(h, frozenset({"for", "against"}))
            if agentive_phrase(t, ctx)
        ]
    if not actors:
        actors += [
            c
            for c in trigger.children
            if c.dep_ in ("compound", "amod") and _entity_at(c, ctx) in ("NORP", "GPE", "ORG")
        ]
    accompanied = trigger.head.head if lemma(trigger.head) == "with" else None
    if rule.of_actor and not targets and accompanied is not None and accompanied.pos_ == "VERB":
        targets += subjects(accompanied).active  # "X took over with the backing of Y": X
    verb, link = governing_verb(trigger)
    if verb is not None and verb.i not in ctx.triggers:
        subj = subjects(verb)
        heads = [h for h in (subj.active or subj.agent) if h.i != trigger.i]
        # the verb's subject must be able to act: not "an uprising that laid bare support"
        heads = [h for h in heads if _can_act(h, ctx)]
        if trigger.dep_ == "nsubjpass":
            # "the releases were announced by X": X announced, not released; but "the attack
            # was carried out by X": X attacked
            doing = lemma(verb) in ctx.vocab.words("execution_verbs")
            heads = [h for h in subj.agent if _can_act(h, ctx)] if doing else []
        if link == "dobj" and lemma(verb) in ctx.vocab.words("converse_verbs"):
            # "X's decision drew condemnation from Y": Y condemns, X (its decision) is aimed at
            givers = [g for h in (trigger, verb) for g in _prep_objects(h, _GIVER_PREPS)]
            actors += [g for g in givers if g not in actors]
            if not targets:
                targets += [h for h in subj.active if h.i != trigger.i]
        elif rule.subject == "target":  # "went into exile", "spent years in prison"
            if not targets:
                targets += heads
        elif link == "in" and subj.passive and not targets:
            # "X was put under investigation / placed under arrest": X undergoes it
            targets += [h for h in subj.passive if h.i != trigger.i]
        elif not actors and (
            link != "in" or lemma(verb) in ctx.vocab.words("participation_verbs")
        ):  # "authorized the release", "took part in the coup" (not "went into the coup")
            actors += heads
        if link == "dobj":  # the light verb's recipient: "gave Tanzania a grant of $5m"
            for c in verb.children:
                if c.dep_ == "dative":
                    targets[:0] = _pobjs(c) if c.pos_ == "ADP" else [c]
        if not targets and lemma(verb) not in ctx.vocab.words("gathering_verbs"):
            targets += _prep_objects(verb, rule.target_preps)  # not "returned to X for talks"
    return actors, targets


def _event_doers(heads: list[Token], ctx: Context) -> list[Token]:
    """An event noun as a verb's subject or agent stands for its own parties ("fighting
    between troops and rebels killed 12": the troops and the rebels; "the attack by X
    wounded Y": X). Without named parties it stays ("a car bomb killed 20")."""
    out: list[Token] = []
    for head in heads:
        rule = ctx.rules.get(head.i)
        nominal = head.pos_ == "NOUN" or head.tag_ == "VBG"  # "Fighting between X and Y"
        if rule is None or not nominal or rule.type == "NONE":
            out.append(head)
            continue
        own_actors, own_targets = _argument_heads(head, rule, ctx)
        mutual = own_targets if lemma(head) in ctx.vocab.words("mutual_nouns") else []
        parties = [t for t in own_actors + mutual if agentive_phrase(t, ctx)]
        out += parties or [head]
    return out


def _circumstance_doers(trigger: Token, ctx: Context) -> list[Token]:
    """Who hurt the casualties of an attack they were caught in, its named parties: "eight
    people were killed in an air strike by government forces" (the forces), "wounded during
    fighting between X and Y" (both)."""
    preps = ctx.vocab.words("circumstance_preps")
    for event in _prep_objects(trigger, preps):
        rule = ctx.rules.get(event.i)
        if rule is None or rule.type != "ASSAULT":
            continue
        parties = [d for d in _event_doers([event], ctx) if d.i != event.i]
        if parties:
            return parties
    return []


def _up_to_objects(verb: Token) -> list[Token]:
    """The object of "kidnapped up to 16 advisers", which the parser reads as the particle
    "up" with a "to"-phrase: a counted noun in that phrase."""
    return [
        p
        for prt in verb.children
        if prt.dep_ == "prt" and prt.lower_ == "up"
        for p in _prep_objects(prt, frozenset({"to"}))
        if any(c.dep_ == "nummod" for c in p.children)
    ]


def past_time(token: Token, ctx: Context) -> Token:
    """A name the parser folded into a following time word ("met with President X Tuesday":
    "Tuesday" heads "President X") stands for the argument, not the time word."""
    if token.ent_type_ not in _TIME_ENTS or token.i == 0:
        return token
    prev = token.doc[token.i - 1]
    if (
        prev.dep_ == "compound"
        and prev.head.i == token.i
        and _entity_at(prev, ctx)
        in (
            "PERSON",
            "ORG",
            "GPE",
            "NORP",
        )
    ):
        return prev
    return token


_GIVER_PREPS = frozenset({"from", "by"})


def _can_act(head: Token, ctx: Context) -> bool:
    """An argument inherited from a governing verb names an actor, a group or a pronoun
    ("it", "they"); a relative pronoun stands for the noun its clause modifies."""
    if lemma(head) in _RELATIVE:
        head = _relative_head(head)
    if head.i in ctx.triggers:  # "the arrest of X by Y sparked protests": an event acts not
        return False
    if head.pos_ in ("PRON", "PROPN") or head.tag_ in ("NNS", "NNPS"):
        return True
    return agentive_phrase(head, ctx) or lemma(head) in ctx.vocab.words("collective_nouns")


def _participle_noun(trigger: Token, ctx: Context) -> Token | None:
    """The noun a participle right after it modifies when the parser attached the participle
    as a clause of its own ("was among five citizens freed, officials said"): the verb has
    no subject, auxiliary or object of its own and follows an actor noun."""
    if trigger.tag_ not in ("VBN", "VBD") or trigger.dep_ not in ("advcl", "conj", "dep"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in trigger.children):
        return None
    if trigger.i == 0:
        return None
    prev = trigger.doc[trigger.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.i not in {t.i for t in trigger.head.subtree}:
        return None
    # a group ("seven artists") or a word naming an actor; not "returned home, freed"
    return prev if prev.tag_ in ("NNS", "NNPS") or agentive_phrase(prev, ctx) else None


_MEMBERSHIP_PREPS = frozenset({"among", "of"})


def members(noun: Token) -> list[Token]:
    """Who the text names as one of a group: "X was among the prisoners freed", "X was one of
    the activists detained" -> X (the subject of the copula)."""
    if noun.dep_ != "pobj" or lemma(noun.head) not in _MEMBERSHIP_PREPS:
        return []
    prep = noun.head
    verb = prep.head
    if lemma(prep) == "of":  # "one of the activists": through the partitive to the copula
        if verb.dep_ != "attr" or lemma(verb) not in ("one", "some", "several", "two", "three"):
            return []
        verb = verb.head
    if lemma(verb) != "be":
        return []
    subj = subjects(verb)
    return [t for t in subj.active if t.pos_ != "PRON" or lemma(t) in _PERSONAL]


def _line_of(token: Token) -> tuple[int, int]:
    text = doc_text(token.doc)
    hi = text.find("\n", token.idx)
    return text.rfind("\n", 0, token.idx), len(text) if hi < 0 else hi


# ------------------------------------------------------------------ participants


def expand(heads: Iterable[Token], clause_pos: tuple[str, ...] = ("VERB",)) -> list[Token]:
    """Heads plus their nominal conjuncts ("Sánchez and Soto", "el gobierno y la oposición"),
    in order, without duplicates; a conjunct tagged as one of `clause_pos` is another clause."""
    out: list[Token] = []
    stack = list(heads)
    while stack:
        tok = stack.pop(0)
        if tok in out:
            continue
        out.append(tok)
        stack.extend(
            c
            for c in tok.children
            if (c.dep_ == "conj" or _listed_appos(c) or _named_list(c)) and c.pos_ not in clause_pos
        )
    return out


def _named_list(token: Token) -> bool:
    """A list of names in apposition to a plural noun names each member: "the opposition
    politicians Vladimir Kara-Murza and Ilya Yashin" (the parser gives the first name as
    the apposition and the others as its conjuncts)."""
    return (
        token.dep_ == "appos"
        and token.pos_ == "PROPN"
        and token.head.tag_ == "NNS"
        and any(c.dep_ == "conj" for c in token.children)
    )


def _listed_appos(token: Token) -> bool:
    """An apposition that opens a list is a conjunct the parser misread: in "the US,
    Russia, and Switzerland met" it hangs "Russia" on "US" as an apposition, with
    "Switzerland" as the conjunct of either. Names of the same kind only ("the minister,
    Ana Lisboa and her aide" is no list)."""
    if token.dep_ != "appos" or not token.ent_type_:
        return False
    if not token.pos_ == token.head.pos_ == "PROPN" or token.ent_type_ != token.head.ent_type_:
        return False
    return any(
        any(c.dep_ == "cc" for c in host.children)
        and any(c.dep_ == "conj" and c.i > token.i for c in host.children)
        for host in (token, token.head)
    )


def phrase_tokens(head: Token) -> list[Token]:
    """The head's noun phrase without relative clauses, lists and most prepositions."""
    keep: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        for child in tok.children:
            if child.dep_ in _CUT and not (child.dep_ == "prep" and lemma(child) in _KEEP_PREPS):
                continue
            if child.dep_ == "nummod" or child.dep_ == "quantmod":
                continue
            if (
                child.dep_ == "amod"
                and child.i > tok.i
                and any(g.dep_ == "prep" for g in child.children)
            ):
                continue  # "militants loyal to X": the adjective goes with its phrase
            stack.append(child)
    keep.sort(key=lambda t: t.i)
    keep = after_dateline(same_line(keep, head), head)
    # Trim leading/trailing determiners and punctuation so offsets hug the words.
    while keep and keep[0].pos_ in ("DET", "PUNCT", "CCONJ") and keep[0].i != head.i:
        keep.pop(0)
    while keep and keep[-1].pos_ in ("PUNCT", "CCONJ", "PART") and keep[-1].i != head.i:
        keep.pop()
    return keep


def after_dateline(tokens: list[Token], head: Token) -> list[Token]:
    """Drop what a dash before the head separates from it: "MARACAIBO, Venezuela (AP) —
    Venezuelan authorities released..." has the authorities as subject, not the dateline."""
    if not in_dateline(head):  # the dateline the parser hung on the head is cut too
        tokens = [t for t in tokens if not in_dateline(t)]
    dashes = [t.i for t in tokens if t.i < head.i and is_dash(t)]
    return [t for t in tokens if t.i > dashes[-1]] if dashes else tokens


def same_line(tokens: list[Token], head: Token) -> list[Token]:
    """Tokens on the head's line: a phrase never runs across a paragraph or title break."""
    text = doc_text(head.doc)
    lo = text.rfind("\n", 0, head.idx) + 1
    hi = text.find("\n", head.idx)
    hi = len(text) if hi < 0 else hi
    return [t for t in tokens if lo <= t.idx and t.idx + len(t) <= hi]


def _mentions_in(start: int, end: int, ctx: Context) -> list[Mention]:
    return mentions_overlapping(ctx.mentions, ctx.mention_starts, start, end)


def _entity_at(token: Token, ctx: Context) -> str | None:
    found = _mentions_in(token.idx, token.idx + len(token), ctx)
    return found[0].label if found else None


def _relative_head(token: Token) -> Token:
    """For "who"/"that" as a relative clause's subject, the noun the clause modifies."""
    tok = token
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok.head
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return token
