"""Which event of a sentence is its main one, and what an event embedded under another
passes up to it.

An event coder codes one event per sentence: the one whose carrier (the trigger, the intent
verb announcing it, or the light verb governing a noun trigger) is closest to the parse root.
An event aimed at no one takes the targets of the event embedded as its purpose ("willing to
send material to help defend X" is aimed at X), and a mediation told beside a release brokered
it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.events_noun_governors import governing_verb
from chronicler.annotate.events_participants import actor_like
from chronicler.annotate.events_slogans import in_chant_of
from chronicler.annotate.events_vocab import Rule, lemma, load_vocab
from chronicler.model import EventMention

if TYPE_CHECKING:
    from spacy.tokens import Token


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def reduced_relative_root(tok: Token) -> bool:
    """A bare participle parsed as the root, with a coordinated verb carrying the tense:
    "The civilians imprisoned for X were released": the participle modifies the subject (a
    reduced relative), the coordinated verb is the sentence's predicate. (The parser may tag
    the participle as a past tense; without an object a transitive trigger is not one.)"""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        return False
    return any(
        c.dep_ == "conj"
        and c.pos_ == "VERB"
        and any(g.dep_ in ("aux", "auxpass") for g in c.children)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in tok.children
    )


_RECALLING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def news_clause_lift(tok: Token, triggers: dict[int, Rule]) -> int:
    """The depth of the news clause `tok` is in, or 0: in "The release of X came as Y announced
    it would free Z" the definite event noun subject of "came" recalls the act told before,
    and the "as" clause is the news, so its events are measured from that clause."""
    vocab = load_vocab()
    node = tok
    while node.head.i != node.i:
        frame = node.head
        if (
            node.dep_ == "advcl"
            and lemma(frame) in vocab.words("news_frame_verbs")
            and any(
                c.dep_ == "mark" and lemma(c) in vocab.words("news_frame_marks")
                for c in node.children
            )
            and any(c.dep_ == "nsubj" and c.i in triggers and _recalled(c) for c in frame.children)
        ):
            return _depth(node)
        node = frame
    return 0


def _recalled(noun: Token) -> bool:
    """A definite or possessed event noun, which names an act already told."""
    return any(
        (c.dep_ == "det" and lemma(c) in _RECALLING_DETERMINERS) or c.dep_ == "poss"
        for c in noun.children
    )


def salience_depth(tok: Token, announcer: Token | None, triggers: dict[int, Rule]) -> int:
    """Twice the parse depth of what carries the event: the announcing intent verb, the light
    or linking verb governing a noun trigger ("authorized the release", "remained on
    alert"), or the trigger itself; nouns rank just after verbs. An event in the news clause
    of "The X came as ..." is measured from that clause (news_clause_lift), and one in a
    background clause ranks just after its equals (in_background)."""
    carrier = announcer if announcer is not None else tok
    lift = 2 * news_clause_lift(tok, triggers) - in_background(carrier)
    if announcer is not None:
        return 2 * _depth(announcer) - lift
    if tok.pos_ == "VERB" and reduced_relative_root(tok):
        return 2 * _depth(tok) + 3 - lift  # after its coordinated predicate
    if tok.pos_ == "VERB":
        return 2 * _depth(tok) - lift
    verb, _ = governing_verb(tok)
    if verb is not None and verb.i not in triggers:
        return 2 * _depth(verb) + 1 - lift
    return 2 * _depth(tok) + 1 - lift


def in_background(tok: Token) -> int:
    """1 for an act told in a clause or phrase of time, cause, concession or condition
    (`background_marks`: "When she refused, he ... threatened to tie her up"), which ranks
    just after an act of the same depth in the clause it sets the scene for; else 0."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("prep", "mark") and lemma(node) in _BACKGROUND:
            return 1
        if node.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and lemma(c) in _BACKGROUND for c in node.children
        ):
            return 1
        node = node.head
    return 0


def spoken_before_deed(tok: Token, rule: Rule, triggers: dict[int, Rule]) -> int:
    """How far a criticism (ACCUSE disapprove) ranks after a deed coordinated after it by the
    same subject, one of no spoken type (roles.toml `spoken_types`): "The government has
    declared Arafat irrelevant and has decided to break off all contacts with him" is news of
    the break, the words told first (vocabulary 1.430.4; every spoken type so ranked lowered
    the PLOVER dev type figure, 0.945 -> 0.941). 0 for any other event."""
    spoken = _VOCAB.words("spoken_types")
    if tok.pos_ != "VERB" or rule.mode != "disapprove":
        return 0
    steps = [
        _depth(t) - _depth(tok)
        for conjunct in tok.conjuncts
        # not a deed before it, nor one with a subject of its own, nor a noun the parser
        # hung on the verb ("condemned the attack on the bus and two bombings": an object)
        if conjunct.i > tok.i
        and conjunct.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in _SUBJECTS for c in conjunct.children)
        for t in conjunct.subtree
        if t.i in triggers
        and triggers[t.i].type.lower() not in spoken | {"none"}
        and _done_by_doer(t, conjunct)
    ]
    return 2 * max(steps) + 1 if steps else 0  # just below the deepest deed


# Links by which a deed is the coordinated verb's own act: the verb itself, a verb of deciding
# or trying and what it takes ("has decided to break off all contacts"), its object noun
# ("launched an offensive").
_DEED_LINKS = frozenset({"xcomp", "ccomp", "conj", "dobj", "prt"})


def _done_by_doer(deed: Token, conjunct: Token) -> bool:
    """The deed is the coordinated verb's own act, reached through verbs it takes and their
    objects, not an act told in one of its phrases: "has reportedly confessed to planning
    suicide attacks" (the attacks another's plan, and the criticism the news) tells no deed
    of the critic (spoken_before_deed)."""
    node = deed
    while node.i != conjunct.i:
        if node.dep_ not in _DEED_LINKS or node.head.i == node.i:
            return False
        node = node.head
    return True


# Links through which an embedded event's target is not its governor's: a relative clause,
# an aside, or a subject clause.
_OWN_CLAUSE = frozenset({"relcl", "parataxis", "appos", "nsubj", "nsubjpass", "csubj", "npadvmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Prepositions and clause marks of sequence, cause, concession or condition (data:
# `background_marks`): what they embed is background, not the act's purpose.
_BACKGROUND = load_vocab().words("background_marks")
# Types whose recipient is a party only (roles.toml `party_only_types`: a protest), the
# types of the acts a protest opposes that it takes no target from, and what tells them.
_VOCAB = load_vocab()
_PARTY_ONLY = load_vocab().words("party_only_types")
_OPPOSED_TYPES = load_vocab().words("opposed_act_types")
# an appeal with no object of its own is still no part of the next act in its doer's row:
# "appealed for help and accused the governor of ...": the governor is accused, not asked
# (`row_keeping_types`, roles 1.176.0)
_ROW_KEEPING = load_vocab().words("row_keeping_types")
_PROTEST_PURPOSE_VERBS = load_vocab().words("protest_purpose_verbs")
_OPPOSED_PREPS = frozenset({"against", "over"})
# A refusal takes no target from a refused act of these types: "refusing to crack down on
# hardliners" spares them, it rejects whoever asked (events_arg_shapes.refused_harm; roles 1.178.0).
_REFUSED_HARM = load_vocab().words("refused_harm_types")


def path_length(inner: Token, outer: Token) -> int | None:
    """Steps from `inner` up to `outer` through complements and purposes ("willing to send
    material to help defend X", "commit to assistance to X"), or None."""
    steps, tok = 0, inner
    while tok.i != outer.i:
        if tok.dep_ in _OWN_CLAUSE or tok.head.i == tok.i or steps > 12:
            return None
        if tok.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in tok.children):
            # a coordinated clause with a subject of its own is another act, not the
            # purpose: "his ministers resigned in protest, and lawmakers voted to oust him"
            return None
        if lemma(tok) in _BACKGROUND and tok.dep_ in ("prep", "mark"):
            return None
        if tok.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and lemma(c) in _BACKGROUND for c in tok.children
        ):
            return None
        tok, steps = tok.head, steps + 1
    return steps


def _nearest_path(inner: Token, anchors: tuple[Token, ...]) -> int | None:
    lengths = [n for a in anchors if (n := path_length(inner, a)) is not None]
    return min(lengths) if lengths else None


def embedded_targets(
    events: list[tuple[int, int, EventMention]],
    tokens: list[tuple[Token, ...]],
    accused_modes: frozenset[str] = frozenset(),
    sparking_verbs: frozenset[str] = frozenset(),
    own_leaving_modes: frozenset[str] = frozenset(),
    denying_verbs: frozenset[str] = frozenset(),
) -> list[tuple[int, int, EventMention]]:
    """An event aimed at no actor takes the actor-like targets of the nearest event embedded
    under it (or under the intent word announcing it): "willing to send material to help
    defend X" is aimed at X, "refused to commit to any assistance to X" at X. An arrest, a
    charge or a sentence (`accused_modes`) is aimed at the one accused, never at the victim
    of the crime it is for: "charged with the murders of his mother", "a life sentence for
    the attempted murder of a police officer", "arrested in the shooting of a deputy"; so is
    an inquiry (`inquiry_modes`: "the investigation of the shooting of X" names no one
    investigated; roles 1.80.0). A
    party's leaving of its own office (`own_leaving_modes`) takes none: "resigned over
    accusations that the ministry was bribed" is aimed at no one (roles 1.76.0). Nor does a
    denial (`denying_verbs`) take whom the denied act or report is about: "denied shooting at
    the officers", "denied reports that he had met the rebels" are aimed at no one named
    (roles 1.102.1)."""
    out = []
    for (sent, depth, ev), anchors in zip(events, tokens, strict=True):
        tok = anchors[0]
        if (
            ev.mode not in accused_modes
            and ev.mode not in own_leaving_modes
            and not (ev.type == "REJECT" and lemma(tok) in denying_verbs)
            and not any(actor_like(t) for t in ev.targets)
            and not _asked_named(ev, tok)
        ):
            own = {(a.start, a.end) for a in ev.actors}
            # an embedded event that is what the act is aimed at ("a crackdown on protests
            # against X") gives its actors, not its targets: skip it
            aimed = [(t.start, t.end) for t in ev.targets if not t.resolved]
            below = sorted(
                (n, j)
                for j, (inner, *_) in enumerate(tokens)
                if inner.i != tok.i
                and not any(a <= inner.idx < b for a, b in aimed)
                and not _sparked_by(inner, tok, sparking_verbs)
                and not in_chant_of(inner, tok, _VOCAB)  # a slogan's act (roles 1.128.2)
                and not (
                    (ev.targets or _own_object(tok) or ev.type.lower() in _ROW_KEEPING)
                    and _next_act(inner, tok)
                )
                and not _owned_setting(inner)
                and not (
                    ev.type.lower() in _PARTY_ONLY
                    and events[j][2].type.lower() in _OPPOSED_TYPES
                    and opposed_act(inner, tok)
                )
                and (n := _nearest_path(inner, anchors)) is not None
            )
            for _, j in below:
                if _other_doers(ev, events[j][2]) or _done_by_target(ev, events[j][2]):
                    continue
                if ev.type == "REJECT" and events[j][2].type.lower() in _REFUSED_HARM:
                    continue  # "refused to arrest the protesters": the protesters spared
                found = tuple(
                    t for t in events[j][2].targets if actor_like(t) and (t.start, t.end) not in own
                )
                if found:
                    ev = replace(ev, targets=ev.targets + found)
                    break
        out.append((sent, depth, ev))
    return out


def _next_act(inner: Token, outer: Token) -> bool:
    """The inner verb is another act in a row of one doer's, joined to the outer ("seized the
    town, then executed three officials", "captured the village and arrested the mayor"):
    each keeps its own object, the outer one aimed at its own (vocabulary 1.337.0)."""
    if inner.pos_ not in ("VERB", "AUX") or outer.pos_ not in ("VERB", "AUX"):
        return False
    joined = ("conj", "dep")
    return (inner.dep_ in joined and inner.head.i == outer.i) or (
        outer.dep_ in joined and outer.head.i == inner.i
    )


def _owned_setting(inner: Token) -> bool:
    """The inner act is a noun in an "in"-phrase that names its own doer by a possessive
    ("support the rights of Palestinians in their struggle against Israel", "backed Kuwait
    in its war with Iraq"): the owner's own act, the setting of the outer act's aim, never
    its purpose, so whom it opposes is no target of the outer act (roles 1.155.1)."""
    return (
        inner.pos_ == "NOUN"
        and inner.dep_ == "pobj"
        and lemma(inner.head) == "in"
        and any(c.dep_ == "poss" for c in inner.children)
    )


def _own_object(outer: Token) -> bool:
    """The outer verb has an object of its own, told even where it names no party ("Castro
    relaxed travel restrictions and allowed Cubans to ...": the restrictions; roles 1.129.0)."""
    return outer.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in outer.children)


# Prepositions through which a request names the one it asks ("an appeal to the kidnappers").
_ASKED_PREPS = frozenset({"to", "on", "upon"})


def _asked_named(ev: EventMention, tok: Token) -> bool:
    """A request that names, as its target, the one it asks ("made an appeal to the kidnappers
    for the release of the hostages") is aimed at them, not also at the parties of what it asks
    for (roles 1.104.0)."""
    if ev.type != "REQUEST":
        return False
    asked = [p for c in tok.children if c.dep_ == "prep" and lemma(c) in _ASKED_PREPS
             for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    return any(t.start <= p.idx < t.end for p in asked for t in ev.targets)


def opposed_act(inner: Token, outer: Token) -> bool:
    """The inner act is a noun the protest opposes: the object of its verb, or of a verb of
    protesting that is its purpose (`protest_purpose_verbs`: "marched to protest the killings
    of X"), or what its "against" or "over" names ("protested against the arrest of X"). The
    act is what is protested, and whom it is done to is no target of the protest (its doer,
    when named, is taken by events_args; roles 1.99.0)."""
    if inner.pos_ != "NOUN":
        return False
    if inner.dep_ == "dobj":
        verb = inner.head
    elif inner.dep_ == "pobj" and lemma(inner.head) in _OPPOSED_PREPS:
        verb = inner.head.head
    else:
        return False
    return verb.i == outer.i or (
        verb.dep_ in ("advcl", "xcomp")
        and verb.head.i == outer.i
        and lemma(verb) in _PROTEST_PURPOSE_VERBS
    )


def _sparked_by(inner: Token, outer: Token, sparking_verbs: frozenset[str]) -> bool:
    """The inner act is what set the outer one off, the agent of a participle of causing on
    it ("riots sparked by the police shooting of a teenager", "protests triggered by the
    killing of a student"): a cause, which tells nothing of whom the outer act is aimed at
    (roles 1.52.0)."""
    return any(
        c.dep_ == "acl"
        and lemma(c) in sparking_verbs
        and any(a.dep_ == "agent" and inner in a.subtree for a in c.children)
        for c in outer.children
    )


def _done_by_target(outer: EventMention, inner: EventMention) -> bool:
    """The embedded act is done by the one the act it is under is aimed at: whom that one
    acts on is no party of the outer act ("Witnesses are asked to contact the police", "the
    residents were urged to call the council": not the police, the council; roles 1.60.0)."""
    mine = {t.text.lower() for t in outer.targets}
    theirs = {a.text.lower() for a in inner.actors}
    return bool(mine & theirs)


def _other_doers(outer: EventMention, inner: EventMention) -> bool:
    """The embedded act is done by others than the act it is under, both named: it says
    nothing of whom that act is aimed at ("Youths hurled petrol bombs at stores and
    demonstrators tried to storm parliament": no parliament bombed; roles 1.39.0)."""
    mine = {a.text.lower() for a in outer.actors}
    theirs = {a.text.lower() for a in inner.actors}
    return bool(mine) and bool(theirs) and not mine & theirs


def brokers_in_sentence(events: list[EventMention]) -> list[EventMention]:
    """A mediation reported in the same sentence as a release brokered it ("the family
    confirmed he had been released and that X also played a role")."""
    released = {e.sentence for e in events if e.mode == "release" and not e.negated}
    out = []
    for ev in events:
        names = {k for k, _ in ev.attributes}
        if ev.mode == "mediate" and "broker_of" not in names and ev.sentence in released:
            ev = replace(ev, attributes=(*ev.attributes, ("broker_of", "release")))
        out.append(ev)
    return out


def mark_main(events: list[tuple[int, int, EventMention]]) -> list[EventMention]:
    """Each sentence's event of least salience depth is its main one (the first on a tie)."""
    best: dict[int, tuple[int, int]] = {}
    for n, (sent, depth, _) in enumerate(events):
        if sent not in best or depth < best[sent][0]:
            best[sent] = (depth, n)
    mains = {n for _, n in best.values()}
    out = []
    for n, (_, _, ev) in enumerate(events):
        if n in mains:
            ev = replace(ev, main=True)
        out.append(ev)
    return out


def sentence_main(events: Sequence[EventMention]) -> EventMention | None:
    """The main event of one sentence's mentions, as the benchmarks and the recall audit read
    it: the one marked main, else the first (a statement of intent beside its act is never
    marked; a pass after marking may drop the marked one, "after the attack" recalled)."""
    mains = [e for e in events if e.main]
    return mains[0] if mains else (events[0] if events else None)
