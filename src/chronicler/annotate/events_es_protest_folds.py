"""Whether a Spanish protest, backing or rejection word is part of another act rather than an
act of its own: the manner an act is done in ("renunció como protesta"), its purpose ("marchó
para exigir"; a backing or rejection as a protest's purpose), the act that mobilised it, its
subject or its qualifier; or the same protest named again.

Split out of events_es_protest, which finds the parties of such acts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_args import (
    EsContext,
)
from chronicler.annotate.events_es_governors import governing_verb
from chronicler.annotate.events_es_kinds import framed_act
from chronicler.annotate.events_es_match import match_rule
from chronicler.annotate.events_es_morph import (
    SUBJECT_DEPS,
    case_of,
    feats,
    has_possessive,
)
from chronicler.annotate.events_es_subjects import (
    lemma_set,
    opened_by_para,
    own_subjects,
    undergoer_subject,
)
from chronicler.annotate.events_es_vocab import EsRule

if TYPE_CHECKING:
    from spacy.tokens import Token


# Acts done in protest by the protesters themselves ("renunció como protesta", "rompió
# relaciones en protesta"), unlike acts done to them ("desalojó ... en la protesta").
_PROTESTERS_ACT = frozenset({"REQUEST", "ACCUSE", "REJECT", "PROTEST", "RETREAT", "SANCTION"})


def manner_verb(anchor: Token, rule: EsRule, ctx: EsContext) -> Token | None:
    """The act a protest noun is the manner of: "cerraron la vía en protesta", "anuló la gira
    en señal de protesta" (where the parser hangs "en señal" on "gira")."""
    # (a rejection told as the manner, "en rechazo a X", "como rechazo a X", as a protest is)
    opposition = rule.type == "REJECT" and bool(
        lemma_set(anchor, ctx.vocab) & ctx.vocab.words("opposition_manner_nouns")
    )
    # ...and so is a claim ("protestas de los ahorristas en reclamo de sus depósitos",
    # "marcharon en demanda de aumentos"): what the protest is about, no request of its own
    claim = rule.type == "REQUEST" and bool(
        lemma_set(anchor, ctx.vocab) & ctx.vocab.words("topic_prepositions")
    )
    # ...and so is a backing ("marcharon en apoyo a la huelga", "una jornada de protesta en
    # solidaridad con los presos"): why the protest is held, no SUPPORT of its own
    backing = rule.type == "SUPPORT" and bool(
        lemma_set(anchor, ctx.vocab) & ctx.vocab.words("backing_manner_nouns")
    )
    opposition = opposition or backing
    if rule.mode not in ctx.vocab.words("manner_modes") and not (opposition or claim):
        return None
    if anchor.dep_ == "fixed" and (opposition or claim):
        # "marcharon en rechazo a la reforma", "en reclamo de sus pensiones": the parser
        # reads the noun into one preposition over X (or into an adverb of the verb); the
        # act is what X's phrase hangs on
        marker = anchor.head
        if marker.lower_ not in ctx.vocab.words("manner_preps"):
            return None
        act: Token | None = None
        if marker.dep_ == "advmod" and marker.head.pos_ == "VERB":
            act, act_link = marker.head, "obl"
        elif marker.dep_ == "case":
            act, act_link = governing_verb(marker.head)
        else:
            return None
        if act is None or act_link != "obl":
            return None
        told = ctx.rules.get(act.i)
        return act if told is None or told.type in _PROTESTERS_ACT else None
    # ("una manifestación de estudiantes, en protesta contra la violencia": a bare protest
    # noun hung on a protest noun is the manner of that protest, as on its verb; 1.143.0)
    hung = opposition or claim or rule.type == "PROTEST"
    if hung and anchor.dep_ == "nmod" and case_of(anchor) in ("en", "como"):
        # "protestas de los ahorristas en reclamo de sus depósitos": hung on the protest
        # noun itself, which is the act
        # (or on a frame noun the protest noun completes: "una jornada de protesta ... en
        # apoyo a la jornada de paro")
        act = framed_act(anchor.head, ctx.rules, ctx.vocab)
        other = ctx.rules.get(act.i) if act is not None else None
        if act is not None and other is not None and other.type == "PROTEST":
            return act
    # ("como protesta": the parser may read "como" as a conjunction)
    marks = [c.lower_ for c in anchor.children if c.dep_ == "mark"]
    prep = case_of(anchor) or next(iter(marks), None)
    if prep not in ctx.vocab.words("manner_preps"):
        return None
    if any(
        c.dep_ == "det" and ({"Def", "Dem"} & set(feats(c, "Definite") + feats(c, "PronType")))
        for c in anchor.children
    ):
        # "en las protestas antigubernamentales", "en esa marcha": protests told as known,
        # held by others, no manner of the act ("acusó de instigar la violencia en las
        # protestas": the instigator is no protester); "en una marcha" may still be theirs
        return None
    verb, link = governing_verb(anchor)
    if verb is None and anchor.dep_ == "nmod":
        verb, link = governing_verb(anchor.head)
    if verb is None or link not in ("obl", "obj"):
        return None
    # nobody protests by undergoing an act: "renunció meses después de haber sido nombrado,
    # como protesta" is the resigning (the parser hangs it on the time clause's participle)
    for _ in range(3):
        if not (undergoer_subject(verb) and verb.dep_ == "advcl"):
            break
        verb = verb.head.head if verb.head.pos_ == "ADV" else verb.head
    # an act of its own is no manner ("detuvo a 20 en la protesta"), except a demand, a
    # complaint or a protest act made there ("exigieron aumentos en una marcha",
    # "bloquean las carreteras en protesta": the same people)
    other = ctx.rules.get(verb.i)
    if (opposition or claim) and _protest_object(verb, ctx):
        # "apoyó una huelga realizada el martes, en rechazo a la reforma": why the strike
        # the verb backs or calls is held, hung on that verb past the participle (1.177.7)
        return verb
    return verb if other is None or other.type in _PROTESTERS_ACT else None


def _protest_object(verb: Token, ctx: EsContext) -> bool:
    """The verb takes a protest noun as its object ("apoyó una huelga", "convocó un paro")."""
    return any(
        c.dep_ == "obj" and (r := ctx.rules.get(c.i)) is not None and r.type == "PROTEST"
        for c in verb.children
    )


def manner_of_act(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A bare protest noun told as the manner of another act that is an event ("Varios
    ministros renunciaron en protesta", "dimitió en señal de protesta", "como protesta"):
    no event of its own, that act is the event, as the English manner_protests; so is a
    rejection ("mantienen una huelga como rechazo a la privatización"). A protest
    someone held ("en una marcha", "en la protesta") is one of its own. The act may be an
    event noun the verb takes as its object ("se declaró en huelga de hambre en protesta por
    un informe", "decretó un paro en protesta por el asesinato": the strike is the protest)."""
    frames = ctx.vocab.words("frame_nouns")
    framed = (
        trigger.dep_ == "nmod"
        and case_of(trigger) == "de"  # ("una jornada de protesta", not "en apoyo a" on it)
        and bool(lemma_set(trigger.head, ctx.vocab) & frames)
    )
    anchor = trigger.head if framed else trigger
    if any(c.dep_ == "det" for c in (*trigger.children, *anchor.children)):
        return False
    verb = manner_verb(anchor, rule, ctx)
    if verb is None or verb.i == trigger.i:
        return False
    # (the act may be the object of the verb, or what a frame noun object stands for:
    # "convocaron a una jornada de protesta ... en protesta por la ratificación"; or the
    # protest noun a relative clause with a verb of holding describes: "las protestas que
    # los camioneros protagonizaron en rechazo a la ley", "una huelga realizada el lunes, en
    # rechazo a la reforma")
    # (a stance only: "en medio de marchas", "obreros en paro" on such a clause are acts told)
    stance = rule.type in ("REJECT", "REQUEST", "SUPPORT")
    described = verb.head if verb.dep_ in ("acl", "acl:relcl", "amod") and stance else None
    if described is not None and described.i != trigger.i:
        held = ctx.rules.get(described.i)
        if held is not None and held.type == "PROTEST":
            return True
    return (
        verb.i in ctx.rules
        or any(
            c.dep_ == "obj"
            and c.i != trigger.i
            and (act := _object_act(c, ctx)) is not None
            and act.i != trigger.i
            for c in verb.children
        )
        or _beside_protesters_act(verb, trigger, ctx)
    )


def _object_act(noun: Token, ctx: EsContext) -> Token | None:
    """The act an object noun is or stands for: itself, the act of a frame noun ("una
    jornada de protesta"), or an act a schedule lists ("un cronograma de huelgas ... como
    forma de protesta": the strikes scheduled are the protest; `schedule_nouns`, 1.143.0)."""
    act = framed_act(noun, ctx.rules, ctx.vocab)
    if act is not None or not lemma_set(noun, ctx.vocab) & ctx.vocab.words("schedule_nouns"):
        return act
    return next(
        (c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i in ctx.rules),
        None,
    )


def _beside_protesters_act(verb: Token, trigger: Token, ctx: EsContext) -> bool:
    """A verb no rule codes that a protest noun is the manner of, standing beside an act
    done by protesters (`_PROTESTERS_ACT`) that is an event: a predicate coordinated with it
    ("cortaron la carretera y cerraron el paso a los automovilistas, en señal de protesta":
    both acts are the protest), or a participle the parser hangs the manner on, describing
    that act's object ("boicotean los productos hechos en el país en protesta por X"; 1.143.0).
    The act is the event, as for a manner hung on it."""
    if verb.i in ctx.rules:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i in ctx.rules]
    if subjects:
        # "está prevista una marcha de maestros, en protesta contra la reforma": hung on the
        # predicate whose subject is the act
        act = subjects[0]
    elif verb.dep_ == "conj" and verb.pos_ == "VERB":
        act = verb.head
    elif verb.dep_ in ("amod", "acl") and "Part" in feats(verb, "VerbForm"):
        # (only on the act's object: "la marcha convocada por obreros en paro" tells the
        # strikers, whose strike is an act of its own)
        noun = verb.head
        if noun.dep_ != "obj":
            return False
        act = noun.head
    else:
        return False
    other = ctx.rules.get(act.i)
    return act.i != trigger.i and other is not None and other.type in _PROTESTERS_ACT


def purpose_of_act(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A protest verb in the "para" clause of a protest act ("comenzó una huelga de hambre
    para protestar contra X", "iniciaron un paro para protestar", "marcharon hasta la capital
    para protestar", "convocó a un paro para protestar"; also hung on a relative clause of
    the act noun: "una huelga, que incluye el bloqueo de carreteras, para protestar"): what
    the act is for, no second protest of its own; the act, which the purpose's
    "contra"-phrase already aims, is the event (as manner_of_act for "en protesta"); so is
    an act of a mode done to protest as a protest is (`protesting_modes`: "iniciaron una
    violenta rebelión para protestar contra las condiciones": the uprising). The purpose of
    an act that is no protest ("se retiró de la cumbre para protestar", "convocó
    a sus afiliados para protestar") is the only protest told, and stays."""
    if rule.type != "PROTEST" or trigger.pos_ != "VERB" or not opened_by_para(trigger):
        return False
    if trigger.dep_ not in ("advcl", "acl", "xcomp"):
        return False
    protesting = ctx.vocab.words("protesting_modes")  # "iniciaron una rebelión para protestar"
    # ("decidieron un embargo de armas para protestar contra la ejecución": the sanction)
    types = {"PROTEST"} | {t.upper() for t in ctx.vocab.words("protesting_types")}
    if _organised_protest(trigger.head, ctx):
        return True
    # (an act a frame noun stands for: "realizan la jornada de huelga ... para protestar")
    head = trigger.head
    if _dashed_aside(head, trigger) and head.head.i != head.i:
        head = head.head  # ("suspendió las ventas -al concluir la reunión- para protestar")
    acts = [framed_act(a, ctx.rules, ctx.vocab) or a for a in _purposed_acts(head)]
    return any(
        a.i != trigger.i
        and (other := ctx.rules.get(a.i)) is not None
        and (other.type in types or (other.mode or "") in protesting)
        for a in acts
    )


def _organised_protest(head: Token, ctx: EsContext) -> bool:
    """A "para protestar" clause on a participle of organising or calling
    (`organising_participles`) after a protest noun of its sentence ("durante la marcha,
    disuelta por la policía, organizada para protestar por la reforma"; the parser hangs the
    participle on the noun before it): the protest organised is that noun's; so after a
    protest verb ("miles marcharon, convocados por el sindicato para protestar contra la
    reforma", "insistan en concentrarse ..., los manifestantes convocados para protestar";
    1.143.3)."""
    if "Part" not in feats(head, "VerbForm"):
        return False
    if not lemma_set(head, ctx.vocab) & ctx.vocab.words("organising_participles"):
        return False
    return any(
        t.i < head.i
        and t.pos_ in ("NOUN", "VERB")
        and getattr(ctx.rules.get(t.i), "type", None) == "PROTEST"
        for t in head.sent
    )


# Types of a stance a protest is held to show, as its purpose: no act of their own beside it.
_STANCE_TYPES = frozenset({"SUPPORT", "REJECT"})


def stance_purpose_of_act(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A backing or a rejection that is the "para" purpose of a protest act ("encabezará una
    marcha para respaldar la decisión y rechazar la postura del gobierno", "amenazaron con
    bloquear las rutas para rechazar el alza", "se concentraron para expresar su oposición
    a la guerra"; the noun voiced by a verb of expressing, `expressing_verbs`): why the
    protest is held, no SUPPORT or REJECT of its own, as "en apoyo a" and "en rechazo a"
    told as its manner are not (manner_verb). A demand so made ("marcharon para exigir")
    is one of its own and stays, and so does the purpose of an act that is no protest
    ("votaron para respaldar la ley"). So is a condemnation ("escalaron un silo para denunciar
    la manipulación genética": no ACCUSE disapprove beside the protest; 1.152.0)."""
    condemning = rule.type == "ACCUSE" and rule.mode == "disapprove"
    if rule.type not in _STANCE_TYPES and not condemning:
        return False
    clause = trigger
    if trigger.pos_ == "NOUN":
        # "para expresar su oposición a la guerra": the voicing verb is the purpose
        verb = trigger.head
        if trigger.dep_ != "obj" or not lemma_set(verb, ctx.vocab) & ctx.vocab.words(
            "expressing_verbs"
        ):
            return False
        clause = verb
    if clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head  # "para respaldar X y rechazar Y": one purpose
    if clause.pos_ != "VERB" or not opened_by_para(clause):
        return False
    if clause.dep_ not in ("advcl", "acl", "xcomp"):
        return False
    # (an act another trigger took in, "amenazaron con bloquear las rutas", is read alone)
    return any(
        a.i not in (trigger.i, clause.i) and _rule_type(a, ctx) == "PROTEST"
        for a in _purposed_acts(clause.head)
    )


def _rule_type(token: Token, ctx: EsContext) -> str | None:
    """The type of the rule a token is a trigger of, or would be read alone."""
    rule = ctx.rules.get(token.i)
    if rule is None:
        found = match_rule(token, ctx.vocab)
        rule = found[0] if found is not None else None
    return rule.type if rule is not None else None


# Links by which a "para" clause's head hangs inside an act's phrase (not a clause of its
# own: a coordinated, subordinate or quoted clause is another act), and how far up it may be.
_PHRASE_LINKS = frozenset({"nmod", "obl", "amod", "acl", "acl:relcl", "appos"})
_PHRASE_REACH = 4


def _dashed_aside(clause: Token, trigger: Token) -> bool:
    """`clause` is an aside set off by dashes before the purpose `trigger` ("suspendió sus
    exportaciones -al concluir el semestre- para protestar"): the small model glues the
    dashes to the words ("-al", "semestre-") and hangs the purpose on the aside; read as a
    parenthesis, the purpose is the act's outside it (es37b, 1.171.2)."""
    if not clause.i < trigger.i or trigger.i - clause.i > _ASIDE_REACH:
        return False
    doc = clause.doc
    lo = max(clause.i - 2, clause.sent.start)
    opened = any(t.text.startswith("-") for t in doc[lo : clause.i + 1])
    closed = any(t.text.endswith("-") for t in doc[clause.i : trigger.i])
    return opened and closed


_ASIDE_REACH = 8  # words from the aside's verb to the purpose after it


def _purposed_acts(head: Token) -> list[Token]:
    """The acts a "para" clause hung on `head` is the purpose of: the head, the event nouns
    it takes, the noun its relative clause or participle describes, the verb it is
    coordinated with."""
    acts = [head]
    if head.pos_ in ("VERB", "AUX"):  # "convocó a un paro", "inició una huelga"
        acts += [c for c in head.children if c.dep_ in ("obj", "obl") and c.pos_ == "NOUN"]
    if head.dep_ in ("acl", "acl:relcl", "amod") and head.head.pos_ == "NOUN":
        # "una huelga, que incluye el bloqueo de carreteras, para protestar": the parser
        # hangs the strike's purpose on its relative clause; "el paro, convocado para
        # protestar": on the participle describing the strike
        acts.append(head.head)
    if head.dep_ == "xcomp" and head.head.pos_ == "VERB":
        # "se habían negado a ocupar sus celdas para protestar": the act the infinitive
        # completes, a refusal (1.165.0)
        acts.append(head.head)
    if head.dep_ == "conj" and head.pos_ == "VERB" and head.head.pos_ == "VERB":
        # "se reunirán frente al palacio y encenderán velas para protestar": the purpose of
        # the coordinated acts together, one of them the protest
        acts.append(head.head)
    if head.dep_ == "advcl" and "Ger" in feats(head, "VerbForm") and head.head.pos_ == "VERB":
        # "se reunieron en Belgrado respondiendo al llamado de la oposición, para protestar":
        # the parser hangs the purpose on the gerund telling how the act was done (1.143.0)
        acts.append(head.head)
    if (
        head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "al" for c in head.children)
        and head.head.pos_ == "VERB"
    ):
        # "protagonizó una protesta al escalar un silo para denunciar X": hung on the "al"
        # infinitive telling how the act was done, or the act noun its verb takes (1.152.0)
        above = head.head
        acts += [above] + [c for c in above.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    if head.pos_ == "NOUN" and head.dep_ == "nmod" and case_of(head) == "de":
        # "decidió la suspensión de la cooperación militar para protestar": hung on the
        # last noun of the act's phrase (1.143.0)
        acts.append(head.head)
    if head.pos_ == "NOUN" and head.dep_ == "obj" and head.head.pos_ == "VERB":
        # "bloquearon la autopista para rechazar el alza": the parser hangs the purpose on
        # the object of the act
        acts.append(head.head)
    # "realizan la jornada de huelga prevista hasta el domingo con 200 vuelos suspendidos,
    # para protestar", "convocó a un paro el lunes, que respaldó la central, para protestar":
    # the parser hangs the purpose deep in the act's phrase; the phrase's hosts up to its
    # clause, and the objects of the verb heading it, are what it may be the purpose of
    # (1.143.4)
    node = head
    for _ in range(_PHRASE_REACH):
        if node.dep_ not in _PHRASE_LINKS or node.head.i == node.i:
            break
        node = node.head
        acts.append(node)
        if node.pos_ in ("VERB", "AUX"):
            acts += [c for c in node.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
            break
    return acts


def mobilised_by_act(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A protest verb in a relative clause on the people a protest verb mobilises, also
    after a verb of going out it completes ("la huelga movilizó a más de un millón de
    personas que salieron a protestar", "movilizaron a miles de trabajadores que marcharon"):
    the mobilisation told, no second protest of its own."""
    if rule.type != "PROTEST" or trigger.pos_ != "VERB":
        return False
    clause = trigger.head if trigger.dep_ == "xcomp" else trigger
    if clause.dep_ not in ("acl", "acl:relcl") or not any(
        c.dep_ in SUBJECT_DEPS
        and (c.lower_ in ("que", "quien", "quienes") or "Rel" in feats(c, "PronType"))
        for c in clause.children
    ):
        return False
    people = clause.head
    for _ in range(3):  # "a más de un millón de personas": the count is the object
        if people.dep_ != "nmod":
            break
        people = people.head
    # (the personal "a" of whom it mobilises, which the parser may hang as an oblique; not
    # the "por"-agent of a participle: "hogueras incendiadas por taxistas que protestan")
    if people.dep_ not in ("obj", "obl") or case_of(people) != "a":
        return False
    if people.head.i == trigger.i:
        return False
    act = ctx.rules.get(people.head.i)
    if act is None:
        act = _involving_protest(people.head, ctx)
    return act is not None and act.type == "PROTEST"


def _involving_protest(verb: Token, ctx: EsContext) -> EsRule | None:
    """The rule of a protest noun whose relative clause tells whom it takes in, by a verb of
    taking part (`involving_verbs`): "un paro que involucra a unas 50.000 personas que
    protestan desde hace un mes" (the people protest by the strike; 1.143.0)."""
    if verb.dep_ not in ("acl", "acl:relcl") or verb.head.pos_ != "NOUN":
        return None
    if not lemma_set(verb, ctx.vocab) & ctx.vocab.words("involving_verbs"):
        return None
    return ctx.rules.get(verb.head.i)


def subject_of_act(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A protest noun that is the subject of a protest verb ("una manifestación de miles de
    israelíes protestó por X", "el sábado, una marcha distinta, de varios miles de personas,
    recorrió ...": the parser may hang it on the time word before the verb): the verb tells
    the same act, which is the event, its protesters the noun's. Not a protest noun that
    undergoes the act ("la marcha fue dispersada") nor the subject of a verb of another type
    ("la huelga paralizó el país")."""
    if rule.type != "PROTEST" or trigger.pos_ != "NOUN":
        return False
    for verb in (trigger.head, trigger.head.head):
        other = ctx.rules.get(verb.i)
        if verb.i == trigger.i or other is None or other.type != "PROTEST":
            continue
        if verb.pos_ == "VERB" and trigger in own_subjects(verb):
            return True
    return False


# Acts whose kind a bare "de"-phrase protest or complaint noun may tell ("manifestaciones de
# protesta", "un paro de protesta", "una marcha de repudio", "una denuncia de protesta").
_QUALIFIED_ACTS = frozenset({"PROTEST", "ACCUSE", "REJECT"})


def qualifier_of_act(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A bare protest or complaint noun in the "de"-phrase telling what kind of act another
    event is ("realizan otras manifestaciones de protesta", "una marcha de repudio", "un paro
    de protesta"), or what kind of writing a protest, complaint or demand verb is made in
    ("denunció en una carta de protesta enviada a Bogotá", `document_nouns`): no second act
    of its own, that act is the event (as manner_of_act for "en protesta"). A writing no verb
    of the kind delivers is the protest ("presentó una nota de protesta"), and a protest
    noun with an article of its own is one held ("la marcha de la protesta")."""
    # (a backing noun tells the kind of a protest too: "una huelga de solidaridad", "una
    # huelga de hambre de solidaridad", "concentraciones de apoyo": no SUPPORT of its own,
    # as "en apoyo a" told as a protest's manner is none)
    # (so does any noun of a kind of act, as a threat's: "una huelga de advertencia de 24
    # horas" is a warning strike, no THREATEN of its own; `kind_nouns`, 1.152.0)
    backing = (
        rule.type == "SUPPORT"
        and bool(lemma_set(trigger, ctx.vocab) & ctx.vocab.words("backing_manner_nouns"))
    ) or bool(lemma_set(trigger, ctx.vocab) & ctx.vocab.words("kind_nouns"))
    if (rule.type not in ("PROTEST", "ACCUSE", "REJECT") and not backing) or trigger.pos_ != "NOUN":
        return False
    if trigger.dep_ != "nmod" or case_of(trigger) != "de" or trigger.head.i > trigger.i:
        return False
    if any(c.dep_ in ("det", "nummod") for c in trigger.children):
        return False
    head = trigger.head
    other = ctx.rules.get(head.i)
    if backing:
        # (also on the last word of a protest's phrase: "una huelga de hambre de solidaridad")
        acts = [head] + ([head.head] if head.dep_ == "nmod" and case_of(head) == "de" else [])
        return any(getattr(ctx.rules.get(a.i), "type", "") == "PROTEST" for a in acts)
    if other is not None:
        # (not what a request asks for: "el pedido de investigación" asks an inquiry)
        return other.type in _QUALIFIED_ACTS
    if not lemma_set(head, ctx.vocab) & ctx.vocab.words("document_nouns"):
        return False
    verb = head.head
    made = ctx.rules.get(verb.i)
    return (
        head.dep_ in ("obl", "obj")
        and verb.i != head.i
        and made is not None
        and made.type in _PROTESTERS_ACT
    )


def request_named_within(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A request told inside another request of the same people: a gerund of asking on a verb
    whose object is a call noun ("lanzó un llamamiento a los fieles pidiéndoles que ayunen":
    the call's content, one asking), or the askers' own demands named in what a verb of
    demanding asks for ("exigiendo la atención del gobierno para sus peticiones": the
    demands made by the demanding). No second REQUEST; the other is the event (1.143.0).
    So is an accusation told by a gerund on a complaint of the same kind ("recibió una protesta
    del gobierno acusando al teniente de X", "una nota de protesta acusando a los guardias":
    the protest's content, one ACCUSE; 1.152.0)."""
    if rule.type not in ("REQUEST", "ACCUSE"):
        return False
    if trigger.pos_ == "VERB":
        if trigger.dep_ not in ("advcl", "acl") or "Ger" not in feats(trigger, "VerbForm"):
            return False
        host = trigger.head
        nouns = [host] if host.pos_ == "NOUN" else [c for c in host.children if c.dep_ == "obj"]
        # (or the "de"-phrase of the writing it is made in: "una nota de protesta")
        nouns += [c for n in nouns for c in n.children if c.dep_ == "nmod" and case_of(c) == "de"]
        return any(
            n.i != trigger.i and getattr(ctx.rules.get(n.i), "type", None) == rule.type
            for n in nouns
        )
    if rule.type != "REQUEST" or trigger.pos_ != "NOUN" or trigger.dep_ not in ("nmod", "obl"):
        return False
    if not has_possessive(trigger):
        return False
    host = trigger.head
    if host.dep_ == "obj" and host.pos_ == "NOUN":
        host = host.head
    other = ctx.rules.get(host.i)
    return host.i != trigger.i and other is not None and other.type == "REQUEST"


def told_in_relative(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """An act told in a relative clause "en el que" (a relative pronoun with a preposition)
    on the noun of the same act ("la policía efectuó una redada en la que detuvo a cincuenta":
    the raid's arrests), or on the means of it ("amenazaron de muerte a dos hermanos mediante
    llamadas, en las que los declaran objetivo militar": what the threat said): one act, no
    second event. One of another kind stays ("un ataque en el que murieron 15": the deaths),
    and so does an act in an operation that is no event ("un operativo en el que fueron
    detenidos 20"; 1.146.0)."""
    # (the parser may hang such a clause on the verb of the act: "amenazaron ... mediante
    # llamadas, en las que": an advcl of "amenazaron")
    if trigger.dep_ not in ("acl", "acl:relcl", "advcl") or trigger.head.i == trigger.i:
        return False
    if not any(case_of(c) is not None and "Rel" in feats(c, "PronType") for c in trigger.children):
        return False
    noun = trigger.head
    hosts = [noun] + ([noun.head] if noun.dep_ == "obl" else [])
    return any(
        (other := ctx.rules.get(h.i)) is not None
        and h.i != trigger.i
        and _one_kind(other, rule, ctx)
        for h in hosts
    )


def _one_kind(host: EsRule, act: EsRule, ctx: EsContext) -> bool:
    """The act is of the host noun's kind: the same type and mode, or killings both (the
    modes of `killing_modes`, a rule's told mode counting: "una masacre en la que 19
    campesinos fueron asesinados" is the massacre; 1.155.0)."""
    if (host.type, host.mode) == (act.type, act.mode):
        return True
    killing = ctx.vocab.words("killing_modes")
    return (
        host.type == act.type
        and (host.mode or host.told_mode) in killing
        and (act.mode or act.told_mode) in killing
    )


def told_as_circumstance(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """An operation noun (a raid: `operation_nouns`) told as the circumstance ("en",
    "durante") of an act of its own kind: "tres jóvenes fueron detenidos en una redada de la
    policía" (the raid's arrests: one act, no second event; 1.155.0)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "obl" or trigger.head.i == trigger.i:
        return False
    if trigger.lemma_.lower() not in ctx.vocab.words("operation_nouns"):
        return False
    if case_of(trigger) not in ctx.vocab.words("time_preps") | {"en"}:
        return False
    other = ctx.rules.get(trigger.head.i)
    return other is not None and (other.type, other.mode) == (rule.type, rule.mode)


def part_of_other_act(trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A noun that tells part of another act of its sentence, no act of its own (1.159.0):
    the means of a protest of the same mode ("mantenían el corte de la ruta con barricadas",
    "bloquearon la vía con neumáticos": the barricades are how the block is held); a
    backing coordinated into what a protest is against ("para protestar contra el desempleo
    y en solidaridad con los sin tierras": why the protest is held, part of it, as the
    lead's ruling on a march's purpose); and a protest told as the purpose of a measure one
    party takes against another ("anunció represalias contra los pescadores en protesta por
    la captura del barco": why the reprisals are taken, `reprisal_nouns`)."""
    if trigger.pos_ != "NOUN":
        return False
    sent = trigger.sent
    if rule.type == "PROTEST" and case_of(trigger) == "con" and trigger.dep_ in ("obl", "nmod"):
        return any(
            j != trigger.i
            and sent.start <= j < sent.end
            and (r.type, r.mode) == ("PROTEST", rule.mode)
            for j, r in ctx.rules.items()
        )
    # (the parser may read "en solidaridad a" as one preposition on the people backed)
    fixed = trigger.dep_ == "fixed" and trigger.head.dep_ == "case" and trigger.head.lower_ == "en"
    phrase = trigger.head.head if fixed else trigger
    if rule.type == "SUPPORT" and (fixed or case_of(trigger) == "en") and phrase.dep_ == "conj":
        head = phrase.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        protest = ctx.rules.get(head.head.i)
        return (
            bool(lemma_set(trigger, ctx.vocab) & ctx.vocab.words("backing_manner_nouns"))
            and protest is not None
            and protest.type == "PROTEST"
        )
    if rule.type == "PROTEST" and case_of(trigger) == "en":
        if any(c.dep_ == "det" for c in trigger.children):
            return False  # "en la protesta": one held
        tok, path = trigger, []
        for _ in range(4):
            if tok.head.i == tok.i or tok.pos_ == "VERB":
                break
            tok = tok.head
            path.append(tok)
        objects = [c for c in tok.children if c.dep_ == "obj"] if tok.pos_ == "VERB" else []
        # (or a list of them: "acordó una lista de represalias a Estados Unidos en protesta")
        objects += [g for o in objects for g in o.children if g.dep_ == "nmod"]
        near = path + objects
        return any(lemma_set(t, ctx.vocab) & ctx.vocab.words("reprisal_nouns") for t in near)
    return False
