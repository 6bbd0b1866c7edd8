"""Events: who did what to whom, when and where, typed in PLOVER, with evidence.

Cascade, per article (pure, given the parsed Doc):
  1. match triggers: each token against the vocabulary rules (data/events/vocab.toml), and
     a verb or noun no rule lists against its WordNet neighbours' rules (events_unseen);
  2. drop triggers that another absorbs ("lifted the curfew": one event, not two) and
     statements of intent whose announced event is itself a trigger ("plans to free": the
     release is kept, flagged future, with an `intent` attribute; events_select);
  3. per trigger: actors/targets from the dependency parse (events_arg_heads, refined in
     events_args); triggers that report no event are left out (events_filters: "gave him
     cover", "when asked whether");
     negation / future / hypothetical flags (events_modality), location, charges, held_at,
     brokers (events_attrs), date (event_dates.date_event);
  4. mark each sentence's main event (the trigger closest to the parse root; events_salience);
  5. a statement of intent that was made is an event of its own beside the act it announces
     ("threatened to impose sanctions": THREATEN 'restrict', factual; events_speech).
`plover_coding` (events_coding) turns an event into the single PLOVER category an event coder
would assign to its sentence (statements of intent become AGREE/THREATEN, per the PLOVER
manual).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from chronicler.annotate.doc_text import doc_text
from chronicler.annotate.event_date_clauses import framing_act
from chronicler.annotate.event_dates import (
    article_date,
    as_of_report,
    bare_relative_spans,
    custody_started,
    date_event,
    in_relative_under_past_perfect,
    rival_spans,
    tells_document_content,
    told_in_past,
)
from chronicler.annotate.events_actors import Context, can_act, make_context, people_noun
from chronicler.annotate.events_alleged import (
    alleged_by_others,
    alleged_heads,
    alleging_report,
    with_alleged,
)
from chronicler.annotate.events_arg_cues import listed_offence, scene_of_speech, served_act
from chronicler.annotate.events_arg_doers import harmed_in_attack
from chronicler.annotate.events_arg_shapes import site_acted_on
from chronicler.annotate.events_args import argument_heads
from chronicler.annotate.events_attempts import attempted_violence
from chronicler.annotate.events_attrs import (
    brokered,
    charges,
    held_at,
    place,
    scene_of,
    term,
    theft_scenes,
)
from chronicler.annotate.events_coding import accused_act
from chronicler.annotate.events_coding import is_factual as is_factual
from chronicler.annotate.events_coding import plover_coding as plover_coding
from chronicler.annotate.events_coref import refine_custody_pronouns
from chronicler.annotate.events_described import described_again, described_one, with_described
from chronicler.annotate.events_doers import act_doers
from chronicler.annotate.events_filters import rejection
from chronicler.annotate.events_final import finish_events
from chronicler.annotate.events_folds import (
    coded_as,
    criticism_under_attack,
    folded_nouns,
    joint_exercise,
    punishment,
    rioting,
    strike_in_an_attack,
    without_folded_gerunds,
    without_means,
)
from chronicler.annotate.events_hedged_words import read_through_hedged_word
from chronicler.annotate.events_match import phrase_text
from chronicler.annotate.events_modality import modality
from chronicler.annotate.events_modality_marks import achieved_plan
from chronicler.annotate.events_modality_negation import disowned_purpose
from chronicler.annotate.events_noun_governors import issued_order_subjects
from chronicler.annotate.events_participants import (
    actor_like,
    interrogative,
    participant,
    territory_state,
)
from chronicler.annotate.events_party_checks import (
    act_as_doer,
    document_doer,
    elided_person,
    mission_shelter,
    other_side,
    people_doer,
    state_act,
    territory_target,
    unplaced_force,
)
from chronicler.annotate.events_party_clauses import coordination_for, expand_described
from chronicler.annotate.events_phrases import expand
from chronicler.annotate.events_phrases import phrase_tokens as _phrase_tokens
from chronicler.annotate.events_pronouns import UNRESOLVABLE
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_rally import rallied
from chronicler.annotate.events_recalled_acts import recalled_parties
from chronicler.annotate.events_salience import (
    brokers_in_sentence,
    embedded_targets,
    mark_main,
    path_length,
    salience_depth,
    spoken_before_deed,
)
from chronicler.annotate.events_select import select_triggers
from chronicler.annotate.events_senses import warned_of_others
from chronicler.annotate.events_senses_deaths import beaten_to_death_in_custody
from chronicler.annotate.events_senses_help import aim_of_aid
from chronicler.annotate.events_sides import mutual_sides, one_side, reciprocal_object
from chronicler.annotate.events_slogans import without_slogan_words
from chronicler.annotate.events_speech import Statement, statement_of
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_target_filters import things_beside_people
from chronicler.annotate.events_targets import in_place_phrase, owned_site_scene
from chronicler.annotate.events_unseen import one_way, parties_suffice
from chronicler.annotate.events_unseen_data import unseen_version
from chronicler.annotate.events_vocab import Rule, Vocab, lemma, load_vocab
from chronicler.annotate.events_warrants import (
    as_ordered_custody,
    as_ordered_sentence,
    as_warrant,
    custody_ordered,
    detention_term,
    is_court_ordered,
    ordered_by,
    with_court_order,
)
from chronicler.annotate.leaders import with_office_roles
from chronicler.model import (
    EventDate,
    EventMention,
    Mention,
    Participant,
    PublicationDate,
    Sentence,
    TimeExpression,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

EVENTS_VOCAB_VERSION: str = f"{load_vocab().version}+{unseen_version()}"


def reporting_verb(tok: Token) -> Token | None:
    """The reporting verb whose complement holds the trigger ("X said that ...")."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        dep, cur = cur.dep_, cur.head
        if dep in ("ccomp", "parataxis") and lemma(cur) in REPORTING_VERBS:
            return cur
        if dep in ("relcl", "acl", "advcl"):
            return None
    return None


def felt_not_said(tok: Token, said: Token, vocab: Vocab) -> bool:
    """A verb of feeling between an act and the verb reporting it ("told health workers that he
    feared he would harm someone"): what is reported is a fear or a hope, no act announced."""
    feelings = vocab.words("feeling_verbs")
    cur = tok
    while cur.head.i != cur.i and cur.head.i != said.i:
        cur = cur.head
        if lemma(cur) in feelings:
            return True
    return False


def timed_not_said(tok: Token, said: Token, vocab: Vocab) -> bool:
    """An act in a time phrase of the announced act ("said he would seek to overturn the rules
    after consulting with other leaders"): the consulting only times what is announced, it is
    not itself the act the speaker announces."""
    preps = vocab.words("timing_preps")
    cur = tok
    while cur.head.i != cur.i and cur.i != said.i:
        if cur.dep_ in ("pcomp", "pobj") and lemma(cur.head) in preps:
            return True
        if cur.dep_ == "advcl" and any(
            c.dep_ == "mark" and lemma(c) in preps for c in cur.children
        ):
            return True
        cur = cur.head
    return False


def reporter_heads(verb: Token | None) -> list[Token]:
    """Subject of the reporting verb ("X said that ...")."""
    if verb is None:
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _participants(
    heads: list[Token],
    ctx: Context,
    floor: int,
    target: bool = False,
    drop: frozenset[int] = frozenset(),
) -> tuple[list[Participant], list[tuple[int, int]]]:
    """The participants the heads name, with their conjuncts, but for the tokens `drop`."""
    out: list[Participant] = []
    spans: list[tuple[int, int]] = []
    # "X and Y fled. They were granted asylum": X and Y, each standing for the pronoun
    said_as = {
        t.i: h for h in expand(heads) if (g := coordination_for(h, ctx)) for t in expand([g])
    }
    for head in expand_described(heads, ctx):
        if head.i in drop:
            continue
        p, eff = participant(head, ctx, floor, target)
        if head.i in said_as:
            p = replace(p, phrase=said_as[head.i].text, resolved=True)
        if unresolved_pronoun(p, eff) or any(q.start == p.start and q.end == p.end for q in out):
            continue
        out.append(p)
        toks = _phrase_tokens(eff)
        spans.append((toks[0].idx, toks[-1].idx + len(toks[-1])))
    return out, spans


def _unknown_it(trigger: Token, actor_heads: Sequence[Token], vocab: Vocab) -> bool:
    """ "it allows him to look tough", "it could later support preparations": an everyday verb
    whose only subject is an "it" standing for nothing found is said of a thing, no actor."""
    return (
        trigger.pos_ == "VERB"
        and lemma(trigger) in vocab.words("agent_only_verbs")
        and bool(actor_heads)
        and all(h.pos_ == "PRON" and h.lower_ == "it" for h in actor_heads)
    )


def unresolved_pronoun(p: Participant, head: Token) -> bool:
    """A personal pronoun nothing was found for ("supported them"): it names no participant,
    so it is left out of the actors and targets (the event stays, with one side unknown)."""
    if interrogative(head):  # "Who is to blame?": a question's word, no one named
        return True
    return head.pos_ == "PRON" and lemma(head) in UNRESOLVABLE and not p.resolved


def _sentence_pos(tok: Token, starts: list[int]) -> int:
    return max(bisect.bisect_right(starts, tok.idx) - 1, 0)


def _ends_custody(rule: Rule, broker: str | None, vocab: Vocab) -> bool:
    """A release, exile..., or a mediation that brokered one ("X mediated his release")."""
    return rule.mode in vocab.words("custody_end_modes") or broker is not None


def _ordered_hand(rule: Rule, vocab: Vocab) -> bool:
    """An ordered act whose type or mode is done by the one ordered to someone else ("ordered
    his men to open fire", "told the police to crack down"), not undergone by them ("ordered
    the paper to suspend publication", "ordered X to remain in jail")."""
    return rule.type.lower() in vocab.words("ordered_hand_types") or (
        rule.mode is not None and rule.mode in vocab.words("ordered_hand_modes")
    )


def _existential_there(head: Token) -> bool:
    return head.lower_ == "there" and head.dep_ in ("expl", "nsubj", "attr")


def extract_events(
    doc: Doc,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    sentences: Sequence[Sentence],
    published: PublicationDate,
    vocab: Vocab | None = None,
) -> tuple[EventMention, ...]:
    """Event mentions of one article, in text order (`vocab`: another vocabulary than the
    shipped one, as the leave-lemma-out benchmark passes)."""
    vocab = vocab if vocab is not None else load_vocab()
    triggers, intent_of, causer_of = select_triggers(doc, vocab)
    ctx = refine_custody_pronouns(doc, make_context(mentions, vocab, triggers, doc))
    starts = [s.start for s in sentences]
    started = custody_started(
        ((doc[i].idx, r.mode) for i, r in triggers.items()),
        sentences,
        vocab.words("custody_start_modes"),
        vocab.words("custody_end_modes"),
    )
    events: list[tuple[int, int, EventMention]] = []  # (spacy sentence start, depth, event)
    tokens: list[tuple[Token, ...]] = []  # each event's trigger and announcing intent word
    statements: list[Statement | None] = []  # each event's announcing intent word, as said
    folded = folded_nouns(doc, triggers, vocab)  # reported by another trigger
    killing_words = vocab.words("custody_killing_words")
    for i, rule in sorted(triggers.items()):
        if i in folded:
            continue
        tok = doc[i]
        rule = one_way(rule, tok)  # "was skirmished by insurgents": the insurgents did it
        if not rule.reciprocal and reciprocal_object(tok, vocab):
            rule = replace(rule, reciprocal=True)  # "attacked one another": two-way (1.337.0)
        s_idx = _sentence_pos(tok, starts) if sentences else -1
        sentence = sentences[s_idx] if sentences else None
        floor = sentences[max(s_idx - 3, 0)].start if sentences else 0
        actor_heads, target_heads = argument_heads(tok, rule, ctx)
        coded = rioting(tok, coded_as(tok, rule, triggers, vocab), vocab)
        coded = criticism_under_attack(tok, coded, vocab)
        coded = punishment(tok, coded, vocab)  # "should be punished, in jail": a penalty
        coded = strike_in_an_attack(tok, coded, vocab)  # "sank it in a strike"
        coded = beaten_to_death_in_custody(
            tok, coded, killing_words, lambda t: frozenset({lemma(t)})
        )  # "died in custody after being beaten": a killing
        intent_tok = intent_of.get(i)
        causer = causer_of.get(i)
        if causer is not None:  # "X ordered Y to suspend publication": X acts on Y
            c_subj = subjects(causer)
            if causer.pos_ == "NOUN" and not (c_subj.active or c_subj.agent):
                # "signed an order banning X": the signer
                c_subj = issued_order_subjects(causer)
            actor_heads = list(c_subj.active or c_subj.agent)
            # "ordered the guards to shoot": the one ordered to an act of force is its hand,
            # none whom it hits (roles.toml ordered_hand_types)
            hand = _ordered_hand(rule, ctx.vocab)
            target_heads = target_heads or [
                c
                for c in causer.children
                if c.dep_ == "dobj" and c.i != i and not hand  # "ordered patrols"
            ]
        elif not actor_heads and intent_tok is not None:  # "X agreed to release": X releases
            actor_heads = argument_heads(intent_tok, rule, ctx)[0]
        actor_heads = act_doers(actor_heads, rule, ctx)  # "a raid that freed X": its doers
        actor_heads = without_folded_gerunds(actor_heads, tok, rule, triggers, vocab)
        # the "there" of "there were clashes" holds a place, it acts in nothing (1.127.0)
        actor_heads = [h for h in actor_heads if not _existential_there(h)]
        coded, target_heads = joint_exercise(tok, coded, actor_heads, target_heads, vocab)
        target_heads = without_slogan_words(tok, target_heads, vocab)
        if rejection(tok, rule, actor_heads, target_heads, ctx) is not None:
            continue
        actors, a_spans = _participants(actor_heads, ctx, floor)
        alleged = _participants(alleged_heads(tok, actor_heads, ctx), ctx, floor)[0]
        actors = with_alleged(actors, alleged)  # "charged in the 1996 bombings": alleged doers
        if not actors and _unknown_it(tok, actor_heads, vocab):
            continue
        scenes = theft_scenes(rule, actor_heads, target_heads, ctx)  # "looted the museum"
        target_heads = [h for h in target_heads if h not in scenes]
        # "conspiracy to murder two officers, arson and robbery": no arson, no robbery
        listed = frozenset(t.i for t in expand(target_heads) if listed_offence(t, tok, ctx))
        # "the prisoners and their weapons would be handed over": the prisoners
        listed |= things_beside_people(expand(target_heads), rule, ctx)
        # "a shooting at the Kraft Foods plant": where it was, not the firm, the people hurt
        # there if told (vocabulary 1.337.3)
        sited = {t.i for t in target_heads if owned_site_scene(t, tok, ctx)}
        if sited and len(sited) == len(target_heads):
            target_heads = target_heads + harmed_in_attack(tok, rule, ctx)
        listed |= sited
        targets, t_spans = _participants(
            [h for h in without_means(target_heads, rule.mode, vocab) if h not in actor_heads],
            ctx,
            floor,
            target=True,
            drop=listed,
        )
        doers = [actor_like(a) or people_doer(a, doc, vocab) for a in actors]
        if not parties_suffice(  # a word no rule lists: only between known parties
            rule,
            any(doers),
            other_side(actors, targets, target_heads, ctx),
            thing_doer=not all(
                d or act_as_doer(a, rule, triggers, doc) or document_doer(a, rule, doc, vocab)
                for d, a in zip(doers, actors, strict=True)
            ),
        ):
            continue
        # "X and Y met": both are actors, neither is the other's target.
        keep = [
            n
            for n, t in enumerate(targets)
            if (t.start, t.end) not in {(a.start, a.end) for a in actors}
        ]
        targets, t_spans = [targets[n] for n in keep], [t_spans[n] for n in keep]
        if rule.reciprocal and not one_side(actor_heads, target_heads, vocab):
            # the side named first is written as actor, the rest as target
            sides, spans = actors + targets, a_spans + t_spans
            order = sorted(range(len(sides)), key=lambda n: sides[n].start)
            if len(order) >= 2:
                actors, a_spans = [sides[order[0]]], [spans[order[0]]]
                targets = [sides[n] for n in order[1:]]
                t_spans = [spans[n] for n in order[1:]]
        mutual = not rule.reciprocal and mutual_sides(
            tok, rule, actor_heads, actors, targets, target_heads, vocab
        )
        if mutual:  # "X and Y met": X met Y and Y met X, the side named first written as actor
            targets, t_spans = actors[1:] + targets, a_spans[1:] + t_spans
            actors, a_spans = actors[:1], a_spans[:1]
        places = _participants([h for h in target_heads if in_place_phrase(h)], ctx, floor)[1]
        where = place(tok, ctx, a_spans + [sp for sp in t_spans if sp not in places])
        if where is None and scenes:
            where = scene_of(scenes[0])
        people = [h.idx for h in target_heads if people_noun(h, ctx)]  # ("a man", "civilians")
        people += [h.idx for h in target_heads if site_acted_on(h, tok, ctx)]  # ("a store")
        if (
            not any(actor_like(t) for t in targets)
            and not any(elided_person(h, ctx) for h in target_heads)
            and not people
            and where is not None
            and territory_target(rule, where[0], tok, ctx)
            and not scene_of_speech(where[0], tok, target_heads, rule, ctx)
        ):
            # an act aimed at no actor is coded against the territory where it happens, as
            # dyadic event coders do ("imposed a curfew in Sudan", "established ties with and
            # opened an embassy in Tehran")
            extra, e_spans = _participants([where[0]], ctx, floor)
            targets, t_spans, places = targets + extra, t_spans + e_spans, places + e_spans
        elif (
            not actors
            and where is not None
            and state_act(rule, where[0], ctx)
            and not any(t.start <= where[0].idx < t.end for t in targets)
        ):
            # an unattributed act of state authority is the territory's state's ("was
            # arrested in Lebanon": by Lebanon's authorities; "in Moscow": by Russia's)
            found, p_spans = _participants([where[0]], ctx, floor)
            states = [territory_state(p) for p in found]
            actors = [p for p in states if p is not None]
            a_spans = [sp for p, sp in zip(states, p_spans, strict=True) if p is not None]
        if people and where is not None and territory_target(rule, where[0], tok, ctx):
            # "three people were killed in Baghdad": aimed at the people, who are the
            # territory's (its state as their country, as "a Gaza resident"), not the city
            seat = next((p.country for p in _participants([where[0]], ctx, floor)[0]), None)
            targets = [
                replace(t, country=seat)
                if t.country is None and any(t.start <= i < t.end for i in people)
                else t
                for t in targets
            ]
        if not actors and where is not None and mission_shelter(rule, where[0], ctx):
            # "was sheltered in the Mexican embassy": the mission's state shelters
            found = _participants([where[0]], ctx, floor)[0]
            actors = [s for s in (territory_state(p) for p in found) if s is not None]
            a_spans = [(s.start, s.end) for s in actors]
        if where is not None and any(unplaced_force(a, ctx) for a in actors):
            # "Riot police beat protesters in central Tehran": the police of the state
            # whose territory it is (an unnamed group keeps its words, no entity)
            seat = next((p.country for p in _participants([where[0]], ctx, floor)[0]), None)
            if seat is not None:
                actors = [replace(a, country=seat) if unplaced_force(a, ctx) else a for a in actors]
        flags = modality(tok, vocab.modality)
        if rule.sentence_words and read_through_hedged_word(
            tok, rule.sentence_words, vocab.modality
        ):
            flags = replace(flags, hypothetical=True)  # "arson is likely ... the fire broke out"
        # "tried to kill him": an attack made, no killing told (no told mode)
        attempted = flags.hypothetical and attempted_violence(tok, coded.type, vocab.modality)
        if attempted:
            flags = replace(flags, hypothetical=False)
        attrs: list[tuple[str, str]] = [("rule", rule.id)]
        if aim_of_aid(tok, rule, actor_heads, target_heads, ctx):
            attrs.append(("aim_of_aid", "yes"))  # dropped once the aid took its parties
        if rule.reciprocal or mutual:  # no direction: the sides could be written either way
            attrs.append(("reciprocal", "yes"))
        # Only explicit intent triggers (agree, offer, threaten...) code as AGREE/THREATEN;
        # "decided to", "expected to" make the event future without making it a pledge.
        intent = lemma(intent_tok) if intent_tok is not None else None
        if disowned_purpose(tok, vocab.modality):  # "was not meant to hit": no intent
            intent = None
        if intent_tok is not None and achieved_plan(intent_tok, vocab.modality):
            intent = None  # "executed their plan to seize the airport": done (1.121.0)
        if intent:
            attrs.append(("intent", intent))
        if flags.modal:
            attrs.append(("modal", flags.modal))
        if flags.intent in vocab.words("preparation_verbs"):  # "prepared to resume shelling"
            attrs.append(("prepared", flags.intent))
        told = charges(tok, rule, ctx)
        attrs += [("charge", c) for c in told.texts]
        # "allegations of fraud": the offence alleged is the charge, nobody accused; its doer
        # is ("complained of abuse by fellow employees": the employees; roles 1.69.0)
        targets = [
            t
            for t in targets
            if t.label is not None
            or not any(t.text in c for c in told.texts)
            or any(t.start <= d.idx < t.end for d in told.doers)
        ]
        if rule.type == "ACCUSE" and not targets and told.doers:
            # "complained of harassment by police officers": the offence's doers are accused
            targets = _participants(
                [d for d in told.doers if d not in actor_heads], ctx, floor, True
            )[0]
        attrs += [("held_at", h) for h in held_at(tok, rule, ctx)]
        broker = brokered(tok, rule, ctx)
        if broker:
            attrs.append(("broker_of", broker))
        length = term(tok, rule)
        if length:
            attrs.append(("term", length))
        attrs += [("actor_count", p.count) for p in actors if p.count]
        attrs += [("target_count", p.count) for p in targets if p.count]
        if flags.condition:
            attrs.append(("condition", flags.condition))
        if flags.purpose:
            attrs.append(("purpose", "ahead"))  # "was chosen to kill": aimed, not announced
        start, end = phrase_text(tok, rule)
        dated = partial(
            date_event,
            s_idx,
            start,
            end,
            times,
            published,
            sentences,
            started if _ends_custody(rule, broker, vocab) else frozenset(),
            rival_spans(doc, triggers, i),
            rule.mode,
            # (a relative clause telling what a document says is of the main clause's time)
            root=tok.dep_ == "ROOT" or tells_document_content(tok),
            past=told_in_past(tok),
            background=in_relative_under_past_perfect(tok),
            relatives=bare_relative_spans(tok, triggers.keys()),
        )
        said = reporting_verb(tok)
        reporters, _ = _participants(reporter_heads(said), ctx, floor)
        if (alleging := alleging_report(said, vocab)) is not None:
            attrs.append(("alleged_by", alleging))  # "claimed that ISIL had attacked Iraq"
            actors = alleged_by_others(actors, reporters)  # ISIL only alleged to have
        if not actors and rule.id in vocab.words("speaker_accuser_rules"):
            actors = list(reporters)  # "Hamas is to blame, officials said": they blame it
        event = EventMention(
            type=coded.type,
            mode=coded.mode or (None if attempted else coded.told_mode),
            cameo=coded.cameo,
            trigger=doc_text(doc)[start:end],
            trigger_start=start,
            trigger_end=end,
            sentence=sentence.index if sentence else -1,
            sentence_start=sentence.start if sentence else tok.sent.start_char,
            sentence_end=sentence.end if sentence else tok.sent.end_char,
            actors=tuple(actors),
            targets=tuple(targets),
            # a place coded as the target ("a curfew in X") still says where it happened
            location=where[1] if where is not None else None,
            date=dated() if sentences else article_date(published),
            negated=flags.negated,
            hypothetical=flags.hypothetical,
            future=flags.future or intent is not None,
            attributes=tuple(attrs),
            reported_by=tuple(reporters),
        )
        # "the compound where X is serving a sentence": a state as of the report
        event = replace(  # "police claim that Jones fired": alleged (events_coding)
            event,
            date=as_of_report(tok, event.date, times, published),
            hypothetical=event.hypothetical or accused_act(event),
        )
        frame = framing_act(tok) if event.date.basis in ("article", "discourse") else None
        if frame is not None and sentences:
            # "was serving a 15-year sentence when he escaped in 2019": going on in 2019
            framed = date_event(
                s_idx,
                frame.idx,
                frame.idx + len(frame.text),
                times,
                published,
                sentences,
                root=frame.dep_ == "ROOT",
                past=True,
            )
            if framed.basis == "sentence":
                event = replace(event, date=framed)
        if served_act(tok, ctx) is not None:
            # "died in the colony where he was serving a 19-year sentence": the sentencing
            # was before, on no day the serving tells (roles 1.65.0)
            event = replace(
                event, date=EventDate(value=None, basis="unknown", certainty="inferred")
            )
        if ordered_by(tok, vocab.words("warrant_nouns"), vocab.words("ordering_verbs")):
            event = as_warrant(event)  # "ordered his arrest": a threat of arrest, given
        elif custody_ordered(tok, vocab.words("ordering_verbs")) and (
            rule.id in vocab.words("ordered_sentence_rules")
        ):
            # "ordered him to serve two years": a sentencing, imposed by someone, not a thing
            event = as_ordered_sentence(
                replace(event, actors=tuple(a for a in event.actors if actor_like(a))),
                detention_term(tok, vocab.words("term_units")),
            )
        elif custody_ordered(tok, vocab.words("ordering_verbs")):
            event = as_ordered_custody(event)  # "ordered him to remain in jail": held
        # "ordered him to remain in jail for 18 months": held as a court orders
        event = with_court_order(tok, event, vocab.words)
        if sentences and is_court_ordered(event) and event.date.basis == "discourse":
            # "Police arrested X on March 13. ... a judge ordered her held": the remand
            # follows the arrest within days, so only the arrest's month is its own
            event = replace(event, date=dated(follows_by_days=True))
        depth = salience_depth(tok, intent_tok or causer, triggers)
        depth += spoken_before_deed(tok, rule, triggers)  # "declared X irrelevant and broke off"
        events.append((tok.sent.start, depth, event))
        tokens.append((tok,) if intent_tok is None else (tok, intent_tok))
        # with no intent word, the reporting verb may be the statement ("Spain's minister
        # said Spain would grant him asylum"), if its speaker is the actor's (events_speech)
        word = intent_tok or (
            None
            if said is None or felt_not_said(tok, said, vocab) or timed_not_said(tok, said, vocab)
            else said
        )
        statement = (
            None
            if word is None or not sentences
            else _statement(
                word, s_idx, times, published, sentences, triggers, vocab, intent_tok is None
            )
        )
        if (
            statement is not None
            and intent_tok is not None
            and warned_of_others(intent_tok, actor_heads, ctx)
        ):
            statement = None  # "warned that young people would rise up": a prediction
        if statement is not None and intent_tok is not None:
            speakers = _intent_speakers(intent_tok, actor_heads, rule, ctx, floor)
            addressees = _addressees(intent_tok, ctx, floor)
            statement = replace(statement, speakers=speakers, addressees=addressees)
        statements.append(statement)
    # an appeal to back or to act against a third party rallies for or against it
    events = rallied(events, tokens, path_length, vocab.words, actor_like)
    events = embedded_targets(
        events,
        tokens,
        vocab.words("custody_start_modes") | vocab.words("inquiry_modes"),
        vocab.words("sparking_verbs"),
        vocab.words("own_leaving_modes"),
        vocab.words("denying_verbs"),
    )
    # the aim of aid has lent the aid its parties: no act of its own ("sent troops to help
    # defend X"; events_senses_help.aim_of_aid, vocabulary 1.381.0)
    kept = [n for n, (_, _, e) in enumerate(events) if ("aim_of_aid", "yes") not in e.attributes]
    events, statements = [events[n] for n in kept], [statements[n] for n in kept]
    marked = [with_office_roles(e) for e in brokers_in_sentence(mark_main(events))]
    finished = finish_events(
        doc,
        marked,
        statements,
        vocab,
        frozenset(r.id for r in vocab.rules if r.departure),
        vocab.words,
        (times, published, sentences),
        lambda t: vocab.readings(frozenset({lemma(t)}), t.pos_),
    )
    described = with_described(
        doc, finished, lambda t: described_one(t, ctx), lambda t: described_again(t, ctx)
    )
    return recalled_parties(doc, described, vocab.words)  # "The attacks came as ...": told


def _intent_speakers(
    intent: Token, doers: Sequence[Token], rule: Rule, ctx: Context, floor: int
) -> tuple[Participant, ...]:
    """Who makes a statement of intent whose announced act has doers of its own, the
    subject of its "that" clause ("the two sides agreed that the troops would withdraw": the
    sides agree, the troops withdraw); none where the intent word's subject is the act's
    doer ("agreed to withdraw") and the statement takes the act's."""
    heads = [
        h for h in act_doers(argument_heads(intent, rule, ctx)[0], rule, ctx) if h not in doers
    ]
    if not heads or not doers:
        return ()
    return tuple(_participants(heads, ctx, floor)[0])


def _addressees(intent: Token, ctx: Context, floor: int) -> tuple[Participant, ...]:
    """Whom a statement of intent is told to: the people or body a verb that needs someone
    addressed (`addressee_verbs`) takes as its object before its "that" clause ("warned U.S.
    immigration officials that they should expect little help": the officials, the ones
    warned, were none; roles 1.35.0)."""
    if lemma(intent) not in ctx.vocab.words("addressee_verbs"):
        return ()
    if not any(c.dep_ == "ccomp" and c.i > intent.i for c in intent.children):
        return ()
    heads = [
        c
        for c in intent.children
        if c.dep_ in ("dobj", "dative") and (can_act(c, ctx) or people_noun(c, ctx))
    ]
    return tuple(_participants(heads, ctx, floor)[0]) if heads else ()


def _statement(
    word: Token,
    s_idx: int,
    times: Sequence[TimeExpression],
    published: PublicationDate,
    sentences: Sequence[Sentence],
    triggers: dict[int, Rule],
    vocab: Vocab,
    reported: bool = False,
) -> Statement:
    """The intent word as a statement ("did not threaten to", "might agree to": not made)."""
    own = modality(word, vocab.modality)
    made = not (own.negated or own.hypothetical or own.future)
    rivals = rival_spans(word.doc, triggers, word.i)
    return statement_of(word, made, s_idx, times, published, sentences, rivals, reported)
