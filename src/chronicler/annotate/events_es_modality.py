"""Spanish modality: whether an event mention is negated, announced for later, hypothetical or
conditional, and which intent word announces it ("no", "negó haber", future tense, "va a",
"podría", the conditional mood, "planea", "exigió", "si"/"a menos que"). Flags are read from
the trigger's own auxiliaries and marks, then from the clauses above it (`MAX_CLIMB` steps),
with the cues in vocab_es.toml [modality]; the English modals `plover_coding` reads are named
for "poder" and "deber"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from chronicler.annotate.events_es_ahead import (
    asserting_relative,
    called_to_do,
    reason_of_participle,
    set_ahead,
)
from chronicler.annotate.events_es_case_doers import alleged_in_case
from chronicler.annotate.events_es_governing_words import (
    announced_act,
    announced_by_noun,
    answered_request,
    decided_act,
    ended_act,
    feared,
    judged_object,
    looked_into,
    outcome_phrase,
    prevented_clause,
    rejected_by_others,
)
from chronicler.annotate.events_es_misparsed import (
    call_asking,
    complement_read_as_clause,
    fronted_object,
    listed_object,
    nominal,
    stranded_infinitive,
)
from chronicler.annotate.events_es_morph import SUBJECT_DEPS, case_of, feats, is_se
from chronicler.annotate.events_es_own_marks import own_marks
from chronicler.annotate.events_es_purpose_phrases import purpose_act, purpose_phrase
from chronicler.annotate.events_es_relatives import (
    told_going_on,
    told_kept_up,
    told_relative,
    unasserted_relative,
)
from chronicler.annotate.events_es_subjects import (
    infinitive_read_as_subject,
    lemma_set,
    opened_by_para,
    subjects,
)
from chronicler.annotate.events_es_ultimatums import ultimatum_consequence
from chronicler.annotate.events_es_vocab import EsModality, EsVocab, misread_conditional
from chronicler.annotate.events_lists import list_predecessor

if TYPE_CHECKING:
    from spacy.tokens import Token

# How many clause steps above the trigger modality cues are searched.
MAX_CLIMB = 6
# The trigger shares its governor's negation, tense and mood through these links.
_SAME_CLAUSE = frozenset({"xcomp", "obj", "obl", "nmod", "iobj", "conj"})
# Through these a governor's meaning (negar, planear, exigir) still reaches the trigger.
_COMPLEMENT = frozenset({"xcomp", "ccomp", "obj", "obl", "nmod", "acl", "conj", "iobj"})
# Spanish intent verbs that code as the English THREATEN intents.
_THREAT_INTENTS = {"amenazar": "threaten", "advertir": "warn"}


@dataclass(frozen=True)
class EsFlags:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    intent: str | None = None
    modal: str | None = None
    condition: str | None = None  # "if" | "unless", as the English stage names them
    intent_i: int | None = None  # the token of the intent word, for the statement it makes
    purpose: bool = False  # the future only a purpose's ("para liberarlos"), as the English


def _condition(trigger: Token, vocab: EsVocab) -> str | None:
    cues = vocab.modality
    for clause in (c for t in (trigger, trigger.head) for c in t.children if c.dep_ == "advcl"):
        marks = {m.lower_ for m in clause.subtree if m.dep_ in ("mark", "case", "fixed")}
        if marks & cues.conditional_unless:
            return "unless"
        if marks & cues.conditional_if:
            return "if"
    return None


def _circumstance(token: Token, dep: str, vocab: EsVocab) -> bool:
    """An oblique telling where, when or how: "en una marcha", "durante la huelga", "como
    protesta"."""
    preps = vocab.words("location_preps") | vocab.words("time_preps") | vocab.words("manner_preps")
    marks = [c.lower_ for c in token.children if c.dep_ == "mark"]  # "como" read as a mark
    prep = _adverb_prep(token, dep) or case_of(token) or next(iter(marks), None)
    return dep in ("obl", "nmod") and prep in preps


def _adverb_prep(token: Token, dep: str) -> str | None:
    """The adverb a phrase hangs on as its "de"-complement, which it is the preposition of:
    "después de una serie de atentados" ("serie" the parser's oblique of "después";
    1.177.10)."""
    head = token.head
    if dep in ("obl", "nmod") and head.pos_ == "ADV" and case_of(token) == "de":
        return head.lower_
    return None


def _place_of(token: Token, dep: str, vocab: EsVocab) -> bool:
    """An oblique telling where ("en la reunión", "en una asamblea"): the setting of the verb
    it hangs on, told as held."""
    return dep in ("obl", "nmod") and case_of(token) in vocab.words("location_preps")


def _time_of(token: Token, dep: str, vocab: EsVocab) -> bool:
    """An oblique telling when ("durante la huelga", "tras tres días de protestas", "luego
    de la marcha", "en el tercer día de huelga": a span of time after "en")."""
    preps = vocab.words("time_preps") | vocab.words("time_frame_preps")
    if token.lemma_.lower() in vocab.words("time_span_nouns"):
        preps = preps | {"en"}
    return dep in ("obl", "nmod") and (_adverb_prep(token, dep) or case_of(token)) in preps


def _characterised(trigger: Token, vocab: EsVocab) -> bool:
    """The trigger carries a qualifying phrase ("detenido como moneda de cambio") that a
    denial above it can be about, rather than about the act."""
    preps = vocab.modality.characterisation_preps
    return any(
        c.dep_ in ("obl", "nmod", "obj")
        and any(m.dep_ in ("case", "mark") and m.lower_ in preps for m in c.children)
        for c in trigger.children
    )


def _denial(head: Token, lemmas: frozenset[str], vocab: EsVocab) -> bool:
    """A verb that denies a statement: "negó que", not the refusal "se negó a"."""
    return bool(lemmas & vocab.modality.denial_verbs) and not any(is_se(c) for c in head.children)


def _announces(token: Token, dep: str, lemmas: frozenset[str], cues: EsModality) -> bool:
    """An intent verb that announces only some complements: an infinitive ("aceptó
    concederle asilo", "advirtió con paralizar el país"), or for a warning a clause in the
    future or conditional ("advirtió que expulsará a los diplomáticos")."""
    infinitive = dep == "xcomp" and "Inf" in feats(token, "VerbForm")
    if infinitive and lemmas & (cues.future_infinitive_verbs | cues.future_clause_verbs):
        return True
    to_come = (
        "Fut" in feats(token, "Tense")
        or "Cnd" in feats(token, "Mood")
        or misread_conditional(token)
    )
    return dep == "ccomp" and to_come and bool(lemmas & cues.future_clause_verbs)


def _hoped_clause(clause: Token, dep: str, lemmas: frozenset[str], cues: EsModality) -> bool:
    """A finite clause opened by "que" under a verb of hoping, whose subject, when named, is
    not the hoper's ("espera que la guerrilla firme un acuerdo", "desean que el gobierno
    cumpla"; Spanish says a hope of one's own act with the infinitive, "espera firmar")."""
    if not lemmas & cues.hope_verbs or dep not in ("ccomp", "obj", "obl", "advcl"):
        return False
    if "Inf" in feats(clause, "VerbForm"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "que" for c in clause.children):
        return False
    own = {c.lemma_.lower() for c in clause.children if c.dep_ in SUBJECT_DEPS}
    hoper = {c.lemma_.lower() for c in clause.head.children if c.dep_ in SUBJECT_DEPS}
    return not own & hoper


def modality(trigger: Token, vocab: EsVocab) -> EsFlags:
    cues = vocab.modality
    negated, future, hypothetical, modal = own_marks(trigger, vocab)
    aimed, own_future = False, future
    characterised = _characterised(trigger, vocab)
    intent, intent_i = None, None
    token, same_clause, circumstance, timed, added = trigger, True, False, False, False
    purposed = False
    put_off = False  # negated by a verb of putting off or calling off on the way up
    stopper: Token | None = None  # the verb that negated it, if nothing else did
    told: tuple[bool, bool, bool] | None = None  # the flags at an asserting relative clause
    for _ in range(MAX_CLIMB):
        asked_for = False
        if token.head.i == token.i:
            break
        if told is None and asserting_relative(token, vocab):
            told = (negated, future, hypothetical)
        dep, head = token.dep_, token.head
        # "decidieron postergar sine die una sesión": the object the parser hung on the verb
        # above is the object of its infinitive
        head = stranded_infinitive(token) or listed_object(token) or head
        if (
            token.i == trigger.i
            and dep in SUBJECT_DEPS
            and lemma_set(head, vocab) & vocab.words("happening_report_verbs")
            and any(is_se(c) for c in head.children)
        ):
            # "no se registraron incidentes", "no se denunciaron movilizaciones": a happening
            # reported carries the report's denial, and nothing above it (1.165.2)
            negated = negated or own_marks(head, vocab)[0]
            break
        call = call_asking(token, vocab)
        if call is not None:
            # "lanzó un llamado al gobierno a impedir una reunión": the infinitive the parser
            # hung on the verb is what the call noun, its object, asks (1.138.0)
            head, dep = call, "nmod"
        if answered_request(token, dep, head, vocab):
            # "rechazar su pedido de anulación": the request turned down was made
            break
        if _made(token, vocab):
            # "para respaldar los pedidos presentados por X": the requests were filed
            break
        if _backing(token, dep, vocab):
            # "con el apoyo de X, el comité enviará documentos": the backing is had as the
            # act is done, neither to come nor hypothetical with it
            break
        if feared(token, dep, head, vocab):
            # "canceló su visita por temor a las protestas": feared, and a denial of the
            # cancelling above does not deny the protests
            hypothetical = True
            break
        if _de_phrase_of(token, dep, head, vocab.words("failure_nouns"), vocab):
            # "continuarán su huelga por el fracaso de sus negociaciones": an act told as
            # failed was held, whatever is said ahead of it (1.135.0)
            break
        if _de_phrase_of(token, dep, head, vocab.words("responsibility_words"), vocab):
            # "que retire sus unidades responsables de la represión": an act whose authors
            # are named was done, whatever is asked of them (1.143.0)
            break
        if _de_phrase_of(token, dep, head, vocab.words("schedule_nouns"), vocab):
            # "elaboraron un cronograma de huelgas nacionales": acts scheduled are ahead,
            # whatever is said of the schedule (1.138.0)
            future = True
            break
        if announced_by_noun(token, dep, head, vocab):
            # "provocó el anuncio de masivas marchas de protesta": a gathering announced is
            # ahead, whatever is said of the announcement (1.152.0)
            future = True
            break
        if dep in ("obl", "nmod") and case_of(token) in vocab.words("concessive_preps"):
            # "acordaron aprobar la ley pese a las protestas de los trabajadores": what the act
            # is done in spite of is given, neither agreed nor asked with it (1.177.10)
            break
        if dep == "nmod" and case_of(token) in vocab.words("topic_preps"):
            # "aplazaron la adopción de una posición común sobre una posible huelga": an act
            # a stance or a talk is about is its topic, neither put off nor asked with it
            # (1.152.0)
            break
        # "anunció planes para detener a los líderes", "un plan para recortar los subsidios":
        # a plan's act is ahead, no purpose only asked (the lead's ruling on plans; a denial
        # above still reaches it: "no tiene planes de detener"; 1.154.0)
        planned = dep == "acl" and bool(lemma_set(head, vocab) & vocab.words("plan_nouns"))
        # "la decisión británica de liberar al ex dictador": a decided act is ahead, unless the
        # decision is a court's ruling (1.176.2)
        future = future or planned or decided_act(token, dep, head, vocab)
        if rejected_by_others(token, dep, head, vocab):
            # "el juez rechazó la decisión del presidente de expulsar al periodista": the
            # decision taken stands, its act not denied by another's rejection (1.177.1)
            break
        # "le \"sugiriera\" renunciar": an infinitive read as the subject of the verb
        # asking it, read as an adjective, is that verb's complement
        asked = infinitive_read_as_subject(token)
        dep = "xcomp" if asked or complement_read_as_clause(token, dep, head, vocab) else dep
        dep = "obj" if fronted_object(token, dep, head) else dep
        # "presionó para liberar", "un acuerdo para liberar", "medió para lograr su
        # liberación": a purpose (the purpose verb itself, as a mediation's trigger, happened)
        purpose = dep in ("advcl", "acl") or (dep == "xcomp" and token.i != trigger.i)
        # "con el fin de detener a los saqueadores": the act is the noun's head (1.162.0)
        phrased = purpose and purpose_phrase(token, dep, head, vocab)
        head = purpose_act(head) if phrased and dep == "acl" else head
        if purpose and (opened_by_para(token) or phrased) and not planned:
            intending = lemma_set(head, vocab) & cues.future_verbs
            if (
                intending
                and not intending & vocab.words("decision_verbs")
                and head.pos_
                in (
                    "VERB",
                    "ADJ",
                )
            ):
                # "el gobierno se prepara para reprimir", "listos para marchar": an intent,
                # ahead, not a purpose only hoped for (not a decision's purpose: "decidieron
                # postergar la sesión para protestar", the protest made by what is decided;
                # 1.138.0)
                future = True
                break
            # "se retiró de la cumbre para protestar": the protest is made by the walking out,
            # which happened (not "convocó a sus afiliados para protestar", a call); any other
            # purpose is ahead ("lanzó una operación para liberar a los rehenes": future, by the
            # lead's ruling of the thirty-sixth session, was hypothetical; 1.162.0)
            aimed = not _done_by_act(token, head, vocab)
            future = future or aimed
            break
        if dep in ("obj", "obl", "nmod") and lemma_set(head, vocab) & cues.protest_words:
            # "para protestar la aprobación de las leyes", "protestarán contra la detención
            # de X": what is protested against is told as done, whatever the protest's mood
            break
        if (
            dep in ("obj", "obl")
            and head.pos_ == "VERB"
            and lemma_set(head, vocab) & cues.ending_verbs
            and not outcome_phrase(token)
        ):
            # "pide que acabe con el bloqueo", "para finalizar una ola de paros": what is to
            # be ended is going on
            break
        if ended_act(token, dep, head, vocab) or looked_into(token, dep, head, vocab):
            # "para que ponga fin a la violencia", "piden el cese de la represión": what is
            # to be ended is going on; "que investigue la represión": what is looked into
            # happened
            break
        if (
            dep == "obj"
            and head.pos_ == "VERB"
            and lemma_set(head, vocab) & vocab.words("repressing_verbs")
        ):
            # "se prepara para reprimir con violencia la paralización", "amenazó con disolver
            # la marcha": what force is to put down is going on
            break
        if head.pos_ == "VERB" and _hoped_clause(token, dep, lemma_set(head, vocab), cues):
            # "espera que los rebeldes liberen a los rehenes": hoped for, by no one announced
            hypothetical, future, intent, intent_i = True, False, None, None
            break
        if dep == "advcl" and _on_doing(token) and own_marks(head, vocab)[1]:
            # "la protesta se radicalizará al recibir el apoyo de X": on receiving it, which
            # is ahead with the clause it times
            future = True
            break
        if dep in ("acl", "acl:relcl") and unasserted_relative(token, vocab):
            # "amenazó con arrestar a los opositores que insistan en concentrarse": a rally
            # only some may hold, told in the subjunctive of a relative clause
            hypothetical = True
            break
        # (not a relative clause telling a noun's content: "amenazas que incluían quemar su
        # casa" is the threat's, which its noun reaches; 1.146.0)
        content = lemma_set(token, vocab) & vocab.words("content_verbs")
        if dep in ("parataxis", "appos", "nsubj", "csubj", "advcl") or (
            dep in ("acl", "acl:relcl")
            and any(c.dep_ in SUBJECT_DEPS for c in token.children)
            and not content
        ):
            break
        if dep in ("acl", "acl:relcl") and told_relative(token):
            # "exigir la renuncia del gobernador, a quien acusan de corrupto": the accusing
            # is told in its own clause, not asked with the resignation
            break
        if (
            dep in ("obj", "obl", "nmod")
            and head.pos_ == "VERB"
            and lemma_set(head, vocab) & vocab.words("linking_verbs")
        ):
            # "se negó a relacionar este asesinato con las protestas": what is linked, or
            # refused a link, is told as happened
            break
        if dep in ("acl", "amod") and "Part" in feats(token, "VerbForm"):
            break  # "liberará a 553 personas condenadas por delitos": condemned already
        if (
            token.i == trigger.i
            and dep in ("appos", "conj")
            and "Part" in feats(token, "VerbForm")
            and head.pos_ in ("NOUN", "PROPN")
        ):
            # "amenazas de partidarios del general X, preso y enjuiciado por un intento de
            # golpe": a participle the parser sets beside the noun it describes tells of him,
            # not what the threat holds (what its own phrase names climbs on: the attempted
            # coup stays hypothetical; 1.177.12)
            break
        lemmas = lemma_set(head, vocab)
        if (
            dep in ("obj", "obl", "xcomp", "ccomp")
            and head.pos_ == "VERB"
            and lemmas & vocab.words("opposing_verbs")
        ):
            # "se opuso a la invasión de Irak": given; "se opone a liberar a los presos":
            # only proposed. Neither is denied by the opposing.
            hypothetical = hypothetical or token.pos_ in ("VERB", "AUX")
            break
        filing = lemma_set(token, vocab) & vocab.words("filing_nouns")
        if filing and _de_phrase_of(token, dep, head, cues.hypothetical_nouns, vocab):
            # "los pedidos de impugnación presentados": the request is the filing, made or
            # to come as the request is
            token = head
            continue
        circumstance = circumstance or _circumstance(token, dep, vocab)
        timed = timed or _time_of(token, dep, vocab)
        # "permanecen detenidos sin ser juzgados, además de los supuestos maltratos": what is
        # added beside a clause is not denied with it (`additive_preps`; 1.165.0)
        added = added or (
            dep in ("obl", "nmod") and case_of(token) in vocab.words("additive_preps")
        )
        # "lo acusó de fraude y lo detuvo", "exigieron su liberación y bloquearon la vía": a
        # coordinated predicate is an act of its own, not what its conjunct asks or alleges
        coordinated = dep == "conj" and token.pos_ == "VERB" and head.pos_ == "VERB"
        # "rechazó las condiciones serbias para un diálogo": what a thing rejected is for
        # is only proposed, not denied (1.165.0)
        purposed = purposed or (dep in ("nmod", "obl") and case_of(token) == "para")
        if dep in _COMPLEMENT and not coordinated:
            if prevented_clause(token, dep, head, vocab):
                # "para evitar que la marcha acabe con violencia": what one acts to prevent
                # may still happen, hypothetical; "no pudo impedir que la marcha llegara a la
                # plaza": it happened (1.176.0)
                hypothetical = hypothetical or not modality(head, vocab).negated
                break
            if lemmas & cues.negating_verbs and head.pos_ == "VERB" and purposed:
                hypothetical = True
                break
            if lemmas & cues.negating_verbs and head.pos_ == "VERB":
                # (not the manner or place: "bloquearon la vía en protesta")
                # (nor the label of a denied act: "negó que estuviera detenido como rehén")
                denied_label = characterised and _denial(head, lemmas, vocab)
                if not (negated or circumstance or denied_label):
                    stopper = head
                negated = negated or not (circumstance or denied_label)
                put_off = put_off or not (circumstance or denied_label)
            elif put_off and lemmas & vocab.words("decision_verbs") and _past(head):
                # "decidieron postergar una sesión": the putting off decided is done
                break
            elif _court_ruled(head, lemmas, vocab):
                # "la Corte Suprema decidió dejar en libertad a X": a court's decision is its
                # ruling, done (1.159.0)
                break
            elif not (timed or _place_of(token, dep, vocab)) and (
                (
                    lemmas & cues.future_verbs
                    and head.pos_ in ("VERB", "ADJ")
                    and not reason_of_participle(token, head)  # "buscado por el asesinato"
                )
                or (head.pos_ == "VERB" and _announces(token, dep, lemmas, cues))
            ):
                # (not the time of the intent: "durante la huelga, el gobierno ofreció un
                # aumento" offers no strike, which goes on; nor its setting: "en la reunión se
                # acordó que no acudirán", the meeting held; 1.165.1)
                future = True
                lem = head.lemma_.lower()
                if intent is None:
                    intent, intent_i = _THREAT_INTENTS.get(lem, lem), head.i
            elif not timed and announced_act(token, dep, head, lemmas, vocab):
                # "anunció para el miércoles una concentración": a rally announced is ahead
                future = True
            elif judged_object(token, head, lemmas, vocab):
                # "por considerar lesiva la alianza de los protestantes": a given alliance
                # judged, not weighed
                break
            elif (
                _organised(token, dep, lemmas, vocab)
                or _called_to(token, dep, lemmas, vocab)
                or called_to_do(token, vocab)  # "llamó a los campesinos a levantarse"
            ):
                pass  # "promovieron el paro": organised, as its verb tells it (1.142.0)
            elif (lemmas & cues.hypothetical_verbs and (head.pos_ == "VERB" or asked)) or (
                lemmas & cues.hypothetical_nouns and nominal(head)
            ):
                # (not the circumstance of the asking: "exigieron aumentos en una marcha";
                # but a circumstance inside a charge is alleged with it: "lo acusó de
                # instigar la violencia en las protestas")
                charged = _charge_of(token, lemmas, cues)
                hypothetical = hypothetical or charged or not circumstance
                # "invitará a los Estados a reducir sus relaciones": the asking is to come,
                # what it asks for is only asked (no announced act of those asked)
                asked_for = head.pos_ == "VERB" and not circumstance
        h_neg, h_fut, h_hyp, h_modal = own_marks(head, vocab)
        ongoing = dep in ("obj", "xcomp") and bool(lemmas & cues.continuation_verbs)
        if same_clause and dep in _SAME_CLAUSE:
            # (not an act named as the time: "no ceder al miedo tras los atentados", the
            # attacks told as happened; 1.142.0; nor made only possible by a modal: "podría
            # reanudar el diálogo tras los ataques", 1.146.0)
            negated = negated or (h_neg and dep != "conj" and not timed and not added)
            future = future or (h_fut and not ongoing and not asked_for)
            hypothetical = hypothetical or (h_hyp and not timed)
            modal = modal or (None if timed else h_modal)
        elif (h_neg or h_hyp) and not (timed and token.pos_ == "ADV"):
            # a denied or conditional statement about the trigger; not about a time adverb's
            # act: "instó a no ceder al pánico después de los atentados", the attacks told
            # (1.177.10)
            hypothetical = True
        if ongoing:  # "decidieron proseguir la huelga", "continuarán sus protestas": under way
            break
        if dep == "ccomp":
            same_clause = False
        token = head
    if told is not None:
        # "amenazaron con endurecer las acciones que llevan a cabo desde hace días en protesta
        # contra X": what a relative clause tells going on or done is told, whatever is said
        # above it; only the threatened act is ahead (the intent found above is kept: es38)
        negated, future, hypothetical = told
    # "fueron detenidos por el asesinato de X": alleged (events_es_case_doers; 1.159.0)
    hypothetical = (
        hypothetical or _in_charge_list(trigger, vocab) or alleged_in_case(trigger, vocab)
    )
    # ("amenazaron con endurecer las protestas que mantienen desde hace dos semanas": the
    # protests its relative clause tells kept up are going on, only the hardening is ahead:
    # the threat still names them as what it is about, its intent kept; 1.171.4)
    kept_up = (future or hypothetical) and told_kept_up(trigger, vocab)
    if (future or hypothetical) and (told_going_on(trigger, vocab) or kept_up):
        # "buscan presionar con la huelga nacional que este miércoles continuaba": the strike
        # its own relative clause tells going on is neither ahead nor only sought
        future = hypothetical = False
        if not kept_up:
            intent, intent_i = None, None
    if not (future or negated or hypothetical) and set_ahead(trigger, vocab):
        # "la huelga de 36 horas programada para el jueves y viernes próximos"
        future = True
    if stopper is not None and (
        _unasserted_stopping(stopper, vocab) or told_kept_up(trigger, vocab)
    ):
        # "pidió al gobierno impedir una reunión", "podría suspender la marcha": an act only
        # asked, threatened or possibly stopped is still planned, not told as not held;
        # "suspendieron el corte de la ruta, que mantenían desde el domingo": one kept up
        # until it was called off was held (1.138.0)
        negated = False
    if _prevented(trigger, vocab):
        # "al que pretendían linchar, pero dirigentes universitarios lo impidieron"
        negated, future, intent, intent_i = True, False, None, None
    if not hypothetical:  # "exigen la liberación de X, la renuncia de Y": demanded too
        before = list_predecessor(trigger)
        hypothetical = before is not None and modality(before, vocab).hypothetical
    condition = _condition(trigger, vocab)
    # "si están descontentos, que no hagan huelga": a command under a condition asks the act
    # only if it holds, hypothetical (the lead's ruling of the thirty-sixth session; 1.159.2)
    hypothetical = hypothetical or (condition == "if" and _commanded(trigger))
    if ultimatum_consequence(trigger):
        # "Sal o te matamos", "entreguen las armas o los atacaremos": a threat's content,
        # done only if the command is not obeyed (the thirty-sixth ruling; 1.162.1)
        hypothetical, future = True, False
    aimed = aimed and future and not own_future and intent is None
    return EsFlags(negated, future, hypothetical, intent, modal, condition, intent_i, aimed)


def _de_phrase_of(
    token: Token, dep: str, head: Token, nouns: frozenset[str], vocab: EsVocab
) -> bool:
    """`token` is the "de"-phrase of `head`, a word listed in `nouns` ("el fracaso de sus
    negociaciones", "un cronograma de huelgas")."""
    return dep == "nmod" and case_of(token) == "de" and bool(lemma_set(head, vocab) & nouns)


def _commanded(trigger: Token) -> bool:
    """The trigger, or the verb it is the object of, is a command: an imperative, or a
    subjunctive opened by "que" heading its sentence ("que no hagan huelga")."""
    verb = trigger.head if trigger.dep_ == "obj" else trigger
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if "Imp" in feats(verb, "Mood"):
        return True
    return (
        verb.dep_ == "ROOT"
        and "Sub" in feats(verb, "Mood")
        and any(c.dep_ == "mark" and c.lower_ == "que" for c in verb.children)
    )


def _unasserted_stopping(verb: Token, vocab: EsVocab) -> bool:
    """Whether a verb of stopping or calling off (`negating_verbs`) is itself only asked or
    possible (a denial is a statement and stays one; a stopping decided or threatened is
    told as ahead, and its act as called off, as before)."""
    if lemma_set(verb, vocab) & vocab.modality.denial_verbs:
        return False
    flags = modality(verb, vocab)
    return not flags.negated and flags.hypothetical


def _court_ruled(verb: Token, lemmas: frozenset[str], vocab: EsVocab) -> bool:
    """A verb of deciding told in the past whose subject is a court or a judge (`judiciary`
    role words): its ruling, which does what it decides ("el tribunal decidió liberarlo",
    "la Corte resolvió dejar en libertad al exdirector"; the lead's es10 standard)."""
    if not (lemmas & vocab.words("decision_verbs") and verb.pos_ == "VERB" and _past(verb)):
        return False
    courts = vocab.role_words(frozenset({"judiciary"}))
    return any(lemma_set(s, vocab) & courts for s in subjects(verb))


def _past(verb: Token) -> bool:
    """A verb told in a past tense, simple or perfect ("decidieron", "han decidido")."""
    forms = [verb, *[c for c in verb.children if c.dep_ == "aux"]]
    return any(t in ("Past", "Imp") for f in forms for t in feats(f, "Tense")) or any(
        c.dep_ == "aux" and c.lemma_.lower() == "haber" for c in verb.children
    )


def _prevented(trigger: Token, vocab: EsVocab) -> bool:
    """`trigger` is an act one set out to do ("pretendían linchar", "intentaron quemar"), and
    a clause coordinated after the setting out by "pero" says someone prevented it, the
    clitic "lo" standing for it ("pero dirigentes universitarios lo impidieron"), the parser
    having hung that clause on the setting out or on a clause above it."""
    aim = trigger.head
    attempts = vocab.modality.future_verbs | vocab.words("attempt_verbs")
    if trigger.dep_ != "xcomp" or aim.pos_ != "VERB" or not lemma_set(aim, vocab) & attempts:
        return False
    node = aim
    for _ in range(MAX_CLIMB):
        for clause in node.children:
            if (
                clause.dep_ == "conj"
                and clause.i > aim.i
                and lemma_set(clause, vocab) & vocab.words("prevention_verbs")
                and any(
                    c.dep_ == "cc" and c.lower_ in vocab.words("contrast_marks")
                    for c in clause.children
                )
                and any(c.dep_ in ("obj", "iobj") and c.lower_ == "lo" for c in clause.children)
            ):
                return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _on_doing(clause: Token) -> bool:
    """An infinitive clause opened by "al" ("al recibir el apoyo"): at the time of the clause
    it hangs on."""
    return "Inf" in feats(clause, "VerbForm") and any(
        c.dep_ in ("mark", "case") and c.lower_ == "al" for c in clause.children
    )


def _made(token: Token, vocab: EsVocab) -> bool:
    """A noun a participle of making describes ("los pedidos de impugnación presentados por
    organizaciones políticas", "la denuncia formulada ante la fiscalía"): told as made. Not
    a participle of its own negated ("la demanda no presentada")."""
    if token.pos_ != "NOUN":
        return False
    return any(
        c.dep_ in ("amod", "acl")
        and c.i > token.i
        and "Part" in feats(c, "VerbForm") + (["Part"] if c.pos_ == "ADJ" else [])
        and bool(lemma_set(c, vocab) & vocab.modality.making_participles)
        and not own_marks(c, vocab)[0]
        for c in token.children
    )


def _backing(token: Token, dep: str, vocab: EsVocab) -> bool:
    """A backing noun in a "con"-phrase of its clause ("con el apoyo de la Confederación",
    "con el respaldo de los sindicatos")."""
    return (
        dep in ("obl", "nmod")
        and case_of(token) == "con"
        and bool(lemma_set(token, vocab) & vocab.modality.backing_nouns)
    )


def _done_by_act(purpose: Token, act: Token, vocab: EsVocab) -> bool:
    """`purpose` (a "para" clause of `act`) says what `act` itself does by being done, and
    `act` is a verb told as done: "Libia se retiró de la cumbre para protestar contra el
    proyecto", "marcharon hasta la plaza para exigir su renuncia" (the protest, the demand
    made). The act may be the noun a verb takes as its object, the verb telling it done
    ("iniciaron una huelga para exigir mayores beneficios": the strike begun makes the
    demand). Not an act to come or only asked for ("realizarán una marcha para protestar",
    "pidió a los Estados retirarse para protestar", "anunciaron una huelga para exigir X"),
    nor a call to others ("convocó a sus afiliados para protestar": they may not come)."""
    cues = vocab.modality
    organised = False
    if act.pos_ == "NOUN" and act.dep_ == "obj" and act.head.pos_ == "VERB":
        organised = _organised(act, "obj", lemma_set(act.head, vocab), vocab)
        act = act.head
    if act.pos_ != "VERB" or not lemma_set(purpose, vocab) & cues.expressed_purposes:
        return False
    lemmas = lemma_set(act, vocab)
    if organised or any(_organised(c, c.dep_, lemmas, vocab) for c in act.children):
        # "promovieron el paro para exigir aumentos": the strike organised makes the demand
        flags = modality(act, vocab)
        return not (flags.negated or flags.future or flags.hypothetical)
    if lemma_set(act, vocab) & cues.continuation_verbs:
        # "continuarán su movimiento para exigir un aumento": the demand is being made
        return True
    if lemma_set(act, vocab) & (
        cues.calling_verbs
        | cues.hypothetical_verbs
        | cues.future_verbs
        | cues.hope_verbs
        | cues.future_clause_verbs
    ):
        return False
    flags = modality(act, vocab)
    return not (flags.negated or flags.future or flags.hypothetical)


def _organised(token: Token, dep: str, lemmas: frozenset[str], vocab: EsVocab) -> bool:
    """`token`, a collective act noun, is the object of a verb of organising that also asks
    (`organising_verbs`): "promovieron el paro" organised the strike, no request of it."""
    return (
        dep == "obj"
        and bool(lemmas & vocab.words("organising_verbs"))
        and bool(lemma_set(token, vocab) & vocab.words("called_acts"))
    )


def _called_to(token: Token, dep: str, lemmas: frozenset[str], vocab: EsVocab) -> bool:
    """`token`, a collective act noun, is the "a"-phrase of a verb of asking that calls it
    (`called_to_verbs`): "llamó a una huelga general" calls the strike as "convocó a" does,
    ahead by events_es_ahead, no request of it (1.150.0). Not a verb of urging only ("instó
    a una huelga", "exhortó a la desobediencia"), which asks it, hypothetical, as with an
    infinitive ("instó a levantarse"; the lead's ruling of the thirty-fourth session; 1.155.0)."""
    return (
        dep in ("obj", "obl")
        and case_of(token) == "a"
        and token.head.pos_ == "VERB"  # (not the noun "el llamado a la protesta")
        and bool(lemmas & vocab.words("called_to_verbs") & vocab.modality.calling_verbs)
        and bool(lemma_set(token, vocab) & vocab.words("called_acts"))
    )


def _charge_of(token: Token, lemmas: frozenset[str], cues: EsModality) -> bool:
    """`token` is the charge of the accusation above it ("acusó de instigar ...")."""
    return bool(lemmas & cues.charge_list_verbs) and case_of(token) in cues.charge_list_preps


# What may stand between an accusation's preposition and a later item of its list of charges.
_LIST_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "CCONJ"})


def _in_charge_list(trigger: Token, vocab: EsVocab) -> bool:
    """A noun in the list of charges after "acusa de" ("instigación a la desobediencia"), the
    parser having hung it anywhere: only nouns, prepositions and commas back to the
    accusation's preposition."""
    if trigger.pos_ != "NOUN":
        return False
    cues = vocab.modality
    i = trigger.i - 1
    # back to the accusation, which the small model may tag an adjective ("acusado[ADJ] de")
    while (
        i > trigger.sent.start
        and (trigger.doc[i].pos_ in _LIST_POS or trigger.doc[i].text == ",")
        and not lemma_set(trigger.doc[i], vocab) & cues.charge_list_verbs
    ):
        i -= 1
    prep = trigger.doc[i + 1]
    return (
        i + 1 < trigger.i
        and prep.lower_ in cues.charge_list_preps
        and bool(lemma_set(trigger.doc[i], vocab) & cues.charge_list_verbs)
    )
