"""Speech acts: statements of intent made, as events of their own (annotate/events_speech.py).

The first tests build the announced acts by hand (no parser); the last ones run the English
stage on sentences written for them (the Spanish ones are in test_events_es.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from event_helpers import events, has

from chronicler.annotate.events import is_factual, plover_coding
from chronicler.annotate.events_speech import Statement, said_by, speaks_for, with_speech_acts
from chronicler.annotate.events_vocab import PLOVER_TYPES, load_vocab
from chronicler.model import EventDate, EventMention, Participant, PublicationDate

US = Participant(text="The United States", start=0, end=17, label="GPE", country="USA")
VENEZUELA = Participant(text="Venezuela", start=51, end=60, label="GPE", country="VEN")
SENTENCE = "The United States threatened to impose sanctions on Venezuela."
MONDAY = EventDate(value="2024-06-10", basis="sentence", certainty="exact")


def _announced(
    type_: str = "SANCTION",
    mode: str | None = "discontinue",
    intent: str = "threaten",
    **flags: bool,
) -> EventMention:
    return EventMention(
        type=type_,
        mode=mode,
        cameo="163",
        trigger="sanctions",
        trigger_start=39,
        trigger_end=48,
        sentence=0,
        sentence_start=0,
        sentence_end=len(SENTENCE),
        actors=(US,),
        targets=(VENEZUELA,),
        date=MONDAY,
        future=True,
        attributes=(("rule", "sanction"), ("intent", intent), ("charge", "x")),
        main=True,
        **flags,
    )


def _said(made: bool = True, start: int = 18, text: str = "threatened") -> Statement:
    return Statement(start=start, end=start + len(text), text=text, made=made, date=MONDAY)


def test_a_threat_of_sanctions_is_a_factual_threat_beside_the_sanctions() -> None:
    act = _announced()
    out = with_speech_acts([act], [_said()], load_vocab())
    assert out[0] == act  # the announced act stays as it was, flagged future, main
    threat = out[1]
    assert (threat.type, threat.mode, threat.cameo) == ("THREATEN", "restrict", "1312")
    assert is_factual(threat) and not threat.main and plover_coding(threat) == "THREATEN"
    assert (threat.trigger, threat.trigger_start, threat.trigger_end) == ("threatened", 18, 28)
    assert threat.actors == (US,) and threat.targets == (VENEZUELA,) and threat.date == MONDAY
    assert (threat.sentence_start, threat.sentence_end) == (act.sentence_start, act.sentence_end)
    attrs = dict(threat.attributes)
    assert attrs["announces"] == "SANCTION/discontinue" and attrs["intent"] == "threaten"
    assert "charge" not in attrs  # the announced act's custody details are not the statement's


@pytest.mark.parametrize(
    ("type_", "mode", "intent", "coded"),
    [
        ("COERCE", "arrest", "threaten", ("THREATEN", "arrest", "137")),
        ("SANCTION", "expel", "warn", ("THREATEN", "expel", "136")),
        ("ASSAULT", "seize", "threaten", ("THREATEN", "territory", "1382")),
        ("ASSAULT", "firearms", "threaten", ("THREATEN", "violence", "138")),
        ("PROTEST", "strike", "threaten", ("THREATEN", "restrict", "132")),
        ("RETREAT", "release", "agree", ("AGREE", None, "0353")),
        ("CONSULT", "mediate", "offer", ("AGREE", None, "039")),
        ("AID", None, "promise", ("AGREE", None, "033")),
        ("COERCE", "arrest", "vow", ("THREATEN", "arrest", "137")),  # conflict vowed: a threat
    ],
)
def test_mode_and_cameo_come_from_the_table_by_the_announced_act(
    type_: str, mode: str | None, intent: str, coded: tuple[str, str | None, str]
) -> None:
    (_, act) = with_speech_acts([_announced(type_, mode, intent)], [_said()], load_vocab())
    assert (act.type, act.mode, act.cameo) == coded
    assert dict(act.attributes)["announces"] == (f"{type_}/{mode}" if mode else type_)


def test_no_statement_for_a_denied_act_an_unsaid_intent_or_a_coding_that_is_the_act() -> None:
    vocab = load_vocab()
    denied = _announced(negated=True)  # "threatened not to ...": no threat of it
    assert len(with_speech_acts([denied], [_said()], vocab)) == 1
    unsaid = _announced()  # "did not threaten to", "might threaten to"
    assert len(with_speech_acts([unsaid], [_said(made=False)], vocab)) == 1
    # an announced demonstration stays PROTEST, and a threat announced is already one
    for same in (_announced("PROTEST", "demo", "plan"), _announced("THREATEN", "arrest")):
        assert plover_coding(same) == same.type
        assert with_speech_acts([same], [_said()], vocab) == (same,)
    assert with_speech_acts([_announced()], [None], vocab) == (_announced(),)


def test_one_statement_announcing_two_acts_of_one_coding_is_one_event() -> None:
    """ "vowed to free X and Y": one promise; "threatened to arrest and expel them": two
    threats, of two contents."""
    free = _announced("RETREAT", "release", "vow")
    statements = [_said(text="vowed"), _said(text="vowed")]
    out = with_speech_acts([free, free], statements, load_vocab())
    assert [e.type for e in out] == ["RETREAT", "AGREE", "RETREAT"]
    arrest, expel = _announced("COERCE", "arrest"), _announced("COERCE", "deport")
    out = with_speech_acts([arrest, expel], [_said(), _said()], load_vocab())
    assert [(e.type, e.mode) for e in out] == [
        ("COERCE", "arrest"),
        ("THREATEN", "arrest"),
        ("COERCE", "deport"),
        ("THREATEN", "expel"),
    ]


def test_the_intent_words_own_event_becomes_the_statement() -> None:
    """The Spanish vocabulary types "amenazó" itself as THREATEN: that event is completed
    (content, code, parties it lacks, what it announces), not told twice."""
    own = EventMention(
        type="THREATEN",
        mode=None,
        cameo="130",
        trigger="threatened",
        trigger_start=18,
        trigger_end=28,
        sentence=0,
        sentence_start=0,
        sentence_end=len(SENTENCE),
        actors=(US,),
        attributes=(("rule", "threaten"),),
        main=True,
    )
    act = _announced()
    out = with_speech_acts([own, act], [None, _said()], load_vocab())
    assert len(out) == 2 and out[1] == act
    threat = out[0]
    assert (threat.type, threat.mode, threat.cameo, threat.main) == (
        "THREATEN",
        "restrict",
        "1312",
        True,
    )
    assert threat.targets == (VENEZUELA,)
    assert ("announces", "SANCTION/discontinue") in threat.attributes
    assert dict(threat.attributes)["rule"] == "threaten"


def test_a_statement_is_made_by_the_time_it_is_reported() -> None:
    published = PublicationDate("2024-06-10", "header")
    later = EventDate(value="2024-07", basis="sentence", certainty="exact")
    assert said_by(later, published).value == "2024-06-10"
    assert said_by(later, published).basis == "article"
    assert said_by(MONDAY, published) == MONDAY
    month = EventDate(value="2024-06", basis="sentence", certainty="exact")
    assert said_by(month, published) == month


def test_the_table_codes_only_plover_types_and_the_manuals_threat_modes() -> None:
    vocab = load_vocab()
    modes = {"restrict", "arrest", "relations", "expel", "territory", "violence", None}
    assert vocab.speech_acts
    for entry in vocab.speech_acts:
        assert entry.act in PLOVER_TYPES
        assert entry.mode in (modes if entry.act == "THREATEN" else {None}), entry
        types = {a.split("/")[0].upper() for a in entry.announced} - {"*"}
        assert types <= set(PLOVER_TYPES), entry
    for act in {e.act for e in vocab.speech_acts}:  # each act has a catch-all entry last
        assert "*" in [e for e in vocab.speech_acts if e.act == act][-1].announced


@pytest.mark.slow
def test_english_statements_of_intent_in_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States threatened to impose sanctions on Venezuela."
    threat = next(e for e in events(nlp, text) if e.type == "THREATEN")
    assert is_factual(threat) and threat.mode == "restrict" and threat.trigger == "threatened"
    assert has(threat.actors, "United States") and has(threat.targets, "Venezuela")
    sanctions = next(e for e in events(nlp, text) if e.type == "SANCTION")
    assert sanctions.future and sanctions.main  # the announced act stays, and stays main
    agree = next(e for e in events(nlp, "Maduro agreed to release the prisoners.") if is_factual(e))
    assert (agree.type, agree.cameo, agree.trigger) == ("AGREE", "0353", "agreed")
    assert has(agree.actors, "Maduro") and has(agree.targets, "prisoners")
    assert ("announces", "RETREAT/release") in agree.attributes
    offer = "Norway offered to mediate between the government and the opposition."
    (mediation,) = [e for e in events(nlp, offer) if is_factual(e)]
    assert (mediation.type, mediation.cameo) == ("AGREE", "039")
    # a warning that it "would" arrest: the announced arrest is hypothetical, the warning made
    warned = events(nlp, "The army warned that it would arrest the protest leaders.")
    (warning,) = [e for e in warned if is_factual(e)]
    assert (warning.type, warning.mode, warning.trigger) == ("THREATEN", "arrest", "warned")


@pytest.mark.slow
def test_english_statements_not_made_are_no_events(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The government did not threaten to arrest the opposition leaders.",
        "The government might agree to release the prisoners.",
        "The rebels threatened not to release the hostages.",
    ):
        assert not [e for e in events(nlp, text) if is_factual(e)], text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "agreeing", "doers"),
    [
        ("The two sides agreed that the troops would withdraw from the border.", "sides", "troops"),
        ("Russia and Ukraine agreed that the troops would withdraw.", "Ukraine", "troops"),
        (
            "The ministers promised that the police would release the students.",
            "ministers",
            "police",
        ),
    ],
)
def test_who_agrees_that_others_will_act_makes_the_statement(  # type: ignore[no-untyped-def]
    nlp, text: str, agreeing: str, doers: str
) -> None:
    """A statement of intent whose "that" clause names the act's own doers is made by the
    intent word's subject, not by them (events._intent_speakers)."""
    evs = events(nlp, text)
    (statement,) = [e for e in evs if e.type == "AGREE"]
    assert has(statement.actors, agreeing) and not has(statement.actors, doers)
    (act,) = [e for e in evs if e.type == "RETREAT"]
    assert has(act.actors, doers)
    # "agreed to withdraw": one doer, who also agrees
    (own,) = [
        e for e in events(nlp, "The rebels agreed to withdraw from the town.") if e.type == "AGREE"
    ]
    assert has(own.actors, "rebels")


def test_a_statement_needs_someone_who_made_it() -> None:
    """ "he left for Spain, where he plans to live in exile": the exile names no actor (the
    planner is the one exiled), so no threat is made by anyone."""
    exile = replace(_announced("COERCE", "exile", "plan"), actors=())
    assert with_speech_acts([exile], [_said(text="plans")], load_vocab()) == (exile,)


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union threatened to strike over pay.",
        "Dock workers threatened to strike if wages were not raised.",
    ],
)
def test_a_threat_to_strike_by_workers_announces_a_labour_strike(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """Workers who strike stop work: the threat is THREATEN 'restrict' announcing a strike
    (PROTEST/strike), not 'violence' announcing an attack."""
    (threat,) = [e for e in events(nlp, text) if e.type == "THREATEN"]
    assert threat.mode == "restrict", threat
    assert ("announces", "PROTEST/strike") in threat.attributes
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_a_threat_to_strike_by_an_army_is_still_violence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The army threatened to strike rebel positions."
    (threat,) = [e for e in events(nlp, text) if e.type == "THREATEN"]
    assert threat.mode == "violence"


# ------------------------------------------------------------------ announcements reported


def test_a_speaker_speaks_for_the_actor_only_as_itself_or_its_governments_official() -> None:
    spain = Participant(text="Spain", start=40, end=45, label="GPE", country="ESP")
    minister = Participant(
        text="José Manuel Albares", start=0, end=19, label="PERSON", role="government",
        country="ESP",
    )  # fmt: skip
    leader = replace(minister, role="opposition")
    maduro = Participant(text="Maduro", start=0, end=6, label="PERSON", country="VEN")
    assert speaks_for([minister], [spain])
    assert not speaks_for([leader], [spain])  # an opposition leader's account of its intent
    assert not speaks_for([minister], [VENEZUELA])  # another state's
    assert not speaks_for([minister], [replace(spain, label="PERSON", text="Sánchez")])
    assert speaks_for([maduro], [replace(maduro, start=30, end=36)])  # the same name
    assert not speaks_for([], [spain])


def test_a_reported_announcement_is_a_statement_only_when_its_speaker_speaks_for_the_actor() -> (
    None
):
    minister = Participant(
        text="the foreign minister", start=100, end=120, role="government", country="USA"
    )
    act = replace(_announced(), reported_by=(minister,), attributes=(("rule", "sanction"),))
    said = replace(_said(text="said"), reported=True)
    (_, threat) = with_speech_acts([act], [said], load_vocab())
    assert threat.type == "THREATEN" and threat.trigger == "said" and is_factual(threat)
    critic = replace(minister, role="opposition")
    other = replace(act, reported_by=(critic,))
    assert with_speech_acts([other], [said], load_vocab()) == (other,)
    # a reporting verb that is an event of its own ("denounced that ...") stays as it is
    denounced = replace(act, type="ACCUSE", mode=None, trigger_start=18, trigger_end=22)
    out = with_speech_acts([denounced, act], [None, said], load_vocab())
    assert out == (denounced, act)


@pytest.mark.parametrize(
    ("text", "announced", "cameo"),
    [
        (
            "Spain's foreign minister, José Manuel Albares, said that Spain would grant him "
            "political asylum.",
            "AID/asylum",
            "033",
        ),
        (
            "The Venezuelan government said Venezuela will free the prisoners.",
            "RETREAT/release",
            "0353",
        ),
        ("Maduro said Maduro would release the prisoners.", "RETREAT/release", "0353"),
    ],
)
def test_english_announcement_reported_by_its_party_is_agreed(  # type: ignore[no-untyped-def]
    nlp, text: str, announced: str, cameo: str
) -> None:
    """PLOVER codes announced cooperation AGREE: the grant or release stays flagged, and the
    statement, made by the party that will act (itself, its government, one of its
    ministers), is an event whose trigger is the reporting verb."""
    evs = events(nlp, text)
    (statement,) = [e for e in evs if e.type == "AGREE"]
    assert statement.trigger == "said" and is_factual(statement) and not statement.main
    assert ("announces", announced) in statement.attributes and statement.cameo == cameo
    (act,) = [e for e in evs if f"{e.type}/{e.mode}" == announced]
    assert not is_factual(act) and act.main


def test_english_announcement_reported_by_another_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Opposition activist Luis Pérez said Venezuela would free the prisoners."
    assert not [e for e in events(nlp, text) if e.type == "AGREE"]


@pytest.mark.slow
def test_a_state_organ_named_without_its_country_speaks_for_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The State Department said Washington would impose new sanctions": the State
    Department is a US organ (`state_organs`), so the announcement is the state's own, a
    threat made; its account of another state's intent ("Moscow would retaliate") is none."""
    text = "The State Department said Washington would impose new sanctions on Russia."
    (threat,) = [e for e in events(nlp, text) if is_factual(e)]
    assert (threat.type, threat.mode, threat.trigger) == ("THREATEN", "restrict", "said")
    assert has(threat.actors, "Washington") and has(threat.targets, "Russia")
    other = "The State Department said Moscow would impose new sanctions on Kyiv."
    assert not [e for e in events(nlp, other) if is_factual(e)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Western officials say the militants plan to attack the convoy.", False),
        # a plan is no threat, whoever tells it (the lead's ruling of the thirty-fifth
        # session); "threatened to attack" is one
        ("The army said it plans to attack the rebel camps.", False),
        ("The militia plans to attack the convoy.", False),
        ("The militia threatened to attack the convoy.", True),
    ],
)
def test_a_plan_is_no_threat_made(  # type: ignore[no-untyped-def]
    nlp, text: str, threat: bool
) -> None:
    """A plain word of intent is a state of mind, no threat made, whoever tells it; the
    planned act is flagged future (the lead's ruling of the thirty-fifth session)."""
    threats = [e for e in events(nlp, text) if e.type == "THREATEN"]
    assert bool(threats) == threat


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (
            "Elected officials warned immigration officials that they should expect little "
            "help from the police.",
            "immigration officials",
        ),
        ("The mayor warned the agents that the city could erupt in violence.", "agents"),
        ("The minister warned the rebels that they would face sanctions.", "rebels"),
    ],
)
def test_whom_a_warning_is_told_to_is_its_target(nlp, text: str, addressee: str) -> None:  # type: ignore[no-untyped-def]
    """ "warned X that ...": X is the one warned (roles 1.35.0)."""
    evs = [e for e in events(nlp, text) if e.trigger == "warned"]
    assert evs and evs[0].type == "THREATEN"
    assert has(evs[0].targets, addressee)


@pytest.mark.slow
def test_a_fear_reported_is_no_act_announced(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "told the doctors that he feared he would harm someone": a fear is reported, no threat
    made; "said he would attack" announces the attack as before."""
    feared = "The soldier told the doctors that he feared he would attack his officers."
    assert not [e for e in events(nlp, feared) if e.type == "THREATEN"]
    said = "The rebel commander said he would attack the garrison."
    assert [e for e in events(nlp, said) if e.type == "THREATEN"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # cooperation held back "until" a condition is met is refused for now (modality
        # 1.71.0, vocabulary 1.229.0)
        ("The council said it will not lift the sanctions until the inspectors finish.", "1241"),
        ("The ministry said it would not release the prisoners until the ransom is paid.", "1246"),
    ],
)
def test_cooperation_held_back_until_a_condition_is_a_refusal(  # type: ignore[no-untyped-def]
    nlp, text: str, cameo: str
) -> None:
    (statement,) = [e for e in events(nlp, text) if e.trigger == "said"]
    assert (statement.type, statement.cameo) == ("REJECT", cameo)


@pytest.mark.slow
def test_cooperation_announced_or_done_late_is_no_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    (said,) = [
        e
        for e in events(nlp, "The government said it will lift the sanctions.")
        if e.trigger == "said"
    ]
    assert said.type == "AGREE"
    (freed,) = events(nlp, "The prisoner was not released until 1990.")
    assert not freed.negated and not freed.future
    assert ("condition", "until") not in freed.attributes


def test_a_threat_to_halt_talks_threatens_relations(nlp) -> None:  # type: ignore[no-untyped-def]
    # halting negotiations reduces relations (CAMEO 164), no aid or trade cut off
    evs = events(nlp, "Ruritania threatened to suspend negotiations with Freedonia.")
    halt = next(e for e in evs if e.type == "SANCTION")
    threat = next(e for e in evs if e.type == "THREATEN")
    assert halt.mode == "withdraw" and threat.mode == "relations"


def test_a_threat_to_cut_aid_still_restricts(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Ruritania threatened to suspend aid to Freedonia.")
    assert next(e for e in evs if e.type == "THREATEN").mode == "restrict"
