"""Triggers the vocabulary does not list, typed from their WordNet neighbours (events_unseen)."""

from __future__ import annotations

import gzip
from dataclasses import replace
from functools import partial
from typing import Any

import pytest
from event_helpers import events

from chronicler.annotate.events import extract_events
from chronicler.annotate.events_unseen import parties_suffice, unseen_rule
from chronicler.annotate.events_unseen_data import (
    Neighbour,
    load_settings,
    load_table,
    parse_entry,
    parse_settings,
    parse_table,
    table_entry,
)
from chronicler.annotate.events_vocab import load_vocab
from chronicler.model import EventMention
from chronicler.settings import data_path


def _unseen(evs: tuple[EventMention, ...]) -> list[EventMention]:
    return [e for e in evs if dict(e.attributes)["rule"].endswith("+unseen")]


# ---------------------------------------------------------------- data files


def test_table_rows_parse_with_anchors() -> None:
    version, table = parse_table(
        [
            "# events-unseen-wordnet-9: test",
            "balk\tv\tverb.social\trefuse/v/hyp2/0/0/0/decline.v,reject.v spurn/v/grp/1/0/1/*",
        ]
    )
    assert version == "events-unseen-wordnet-9"
    entry = parse_entry(table[("balk", "v")])
    assert entry.lexname == "verb.social"
    assert entry.neighbours == (
        Neighbour("refuse", "v", "hyp2", 0, 0, 0, (("v", "decline"), ("v", "reject"))),
        Neighbour("spurn", "v", "grp", 1, 0, 1, ()),
    )


def test_shipped_table_is_versioned_and_credits_wordnet() -> None:
    with gzip.open(data_path("events", "unseen_wordnet.tsv.gz"), "rt", encoding="utf-8") as fh:
        head = fh.read(2000)
    assert head.startswith("# events-unseen-wordnet-")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in head
    assert load_table()[0].startswith("events-unseen-wordnet-")
    # a word the vocabulary lists has a row too: leave-lemma-out needs it
    demand = table_entry("demand", "v")
    assert demand is not None and any(n.word == "request" for n in demand.neighbours)
    assert table_entry("zzzz", "v") is None


def test_phrasal_verb_has_a_row_of_its_own() -> None:
    # "blow up" is exploding, "blow" alone a verb of the body and the weather: no row
    entry = table_entry("blow_up", "v")
    assert entry is not None and entry.lexname == "verb.change"
    assert any(n.word == "explode" and n.relation == "syn" for n in entry.neighbours)
    assert table_entry("blow", "v") is None
    # a hyphenated lemma is written in one word, as news and the parser have it
    ceasefire = table_entry("ceasefire", "n")
    assert ceasefire is not None and any(n.word == "truce" for n in ceasefire.neighbours)
    assert table_entry("cease-fire", "n") is None
    # a listed word has the row an unlisted one would (leave-lemma-out reads it)
    assert table_entry("boycott", "n") is not None


def test_noun_whose_first_sense_is_no_event_has_a_row_for_its_event_senses() -> None:
    # WordNet lists "investigation" first as a cognition ("probe"), then as an act: the act
    # sense is read, and the row carries its lexicographer file
    entry = table_entry("investigation", "n")
    assert entry is not None and entry.lexname == "noun.act"
    assert any(n.word == "investigate" and n.relation == "der" for n in entry.neighbours)
    # a noun with no event sense among its first senses still has none
    assert table_entry("table", "n") is None


def test_verb_first_read_as_thinking_has_a_row_when_its_act_senses_are_common() -> None:
    # "reject" is tagged about as often in its sense of possession ("refuse") as in its
    # first, of thinking: its act senses are read; "expect" is seldom anything but thinking
    entry = table_entry("reject", "v")
    assert entry is not None and entry.lexname == "verb.possession"
    assert any(n.word == "refuse" and n.relation == "syn" for n in entry.neighbours)
    assert table_entry("expect", "v") is None


def test_settings_load_and_default() -> None:
    settings = load_settings()
    assert settings.version.startswith("events-unseen-")
    assert 0 < settings.min_votes <= settings.dyadic_votes
    assert {"syn", "der"} <= set(settings.relations)
    assert "verb.cognition" not in settings.verb_lexnames
    bare = parse_settings({})
    assert bare.min_share == 1.0 and bare.relations == {} and bare.min_synsets == 1


def test_unseen_version_is_in_the_events_version() -> None:
    from chronicler.annotate.events import EVENTS_VOCAB_VERSION

    assert load_settings().version in EVENTS_VOCAB_VERSION
    assert load_table()[0] in EVENTS_VOCAB_VERSION


def test_parties_suffice_by_votes() -> None:
    settings = replace(load_settings(), dyadic_votes=1.0)
    listed = load_vocab().rules[0]
    weak, strong = replace(listed, fallback=0.6), replace(listed, fallback=1.5)
    assert parties_suffice(listed, actor=False, target=False, settings=settings)
    assert parties_suffice(strong, actor=True, target=False, settings=settings)
    assert not parties_suffice(strong, actor=False, target=False, settings=settings)
    assert not parties_suffice(weak, actor=True, target=False, settings=settings)
    assert parties_suffice(weak, actor=True, target=True, settings=settings)
    assert not parties_suffice(strong, actor=True, target=True, settings=settings, thing_doer=True)
    assert parties_suffice(listed, actor=True, target=True, settings=settings, thing_doer=True)


# ---------------------------------------------------------------- sentences

slow = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@slow
def test_unlisted_verb_takes_its_neighbours_type(nlp: Any) -> None:
    evs = events(nlp, "Beijing is balking at the demands of Washington.")
    (ev,) = _unseen(evs)
    assert (ev.type, ev.trigger, ev.main) == ("REJECT", "balking", True)
    assert [a.text for a in ev.actors] == ["Beijing"]


@slow
@pytest.mark.parametrize(
    ("word", "text", "kind"),
    [
        ("demand", "The opposition demanded new elections from President Maduro.", "REQUEST"),
        ("arrest", "Colombian police arrested the mayor of Cali.", "COERCE"),
        ("negotiation", "The negotiation between Israel and Lebanon resumed.", "CONSULT"),
        ("reject", "The Bolivian government rejected the demands of the miners.", "REJECT"),
        # a doer that is itself an act of the type is no thing: the attack told as its doer
        ("kill", "Repeated air strikes have killed eight rebel commanders since July.", "ASSAULT"),
        (
            "investigation",
            "The investigation of the senator by the attorney general began on Monday.",
            "ACCUSE",
        ),
    ],
)
def test_left_out_trigger_is_recovered(nlp: Any, word: str, text: str, kind: str) -> None:
    """With the word's own rules removed, its neighbours still type it (leave-lemma-out)."""
    reduced = partial(extract_events, vocab=load_vocab().without_trigger(word))
    (ev,) = _unseen(events(nlp, text, extract=reduced))
    assert ev.type == kind and ev.main


@slow
@pytest.mark.parametrize(
    "text",
    [
        # a doer that is no actor beside one that is: no act of the government's
        "The slow collapse of services and the inability of the Maduro government to respond"
        " undermined the loyalty of the general.",
        "A spokesman for the ministry declined to comment.",  # one hyponym: criticize
        "NASA studied the moons of Saturn.",  # a verb of thinking
        "We need more time.",  # a verb of state
        "Analysts expect the central bank to raise rates.",  # seldom other than thinking
        "The company showed strong profits.",  # a verb of perceiving
    ],
)
def test_general_words_are_no_events(nlp: Any, text: str) -> None:
    assert not _unseen(events(nlp, text)), text


@slow
def test_listed_words_keep_their_own_rules(nlp: Any) -> None:
    (ev,) = events(nlp, "Militants abducted two French journalists.")
    assert dict(ev.attributes)["rule"] == "abduct"


@slow
@pytest.mark.parametrize(
    ("word", "text", "kind"),
    [
        # ASSAULT through "kill" (no mode) and through "assassination" (its own mode): the
        # two agree on the type, which a vote by (type, mode) split in two
        ("assassinate", "Gunmen tried to assassinate the governor of Sonora.", "ASSAULT"),
        # COERCE through "exile", "banish" and "deportation" against "extradite", "expulsion"
        ("deport", "Mexican authorities deported forty Hondurans on Monday.", "COERCE"),
    ],
)
def test_unseen_votes_the_type_before_the_mode(nlp: Any, word: str, text: str, kind: str) -> None:
    reduced = partial(extract_events, vocab=load_vocab().without_trigger(word))
    (ev,) = _unseen(events(nlp, text, extract=reduced))
    assert ev.type == kind and ev.main


@slow
@pytest.mark.parametrize(
    ("word", "text", "kind"),
    [
        ("demand", "The opposition demanded the withdrawal of the troops.", "REQUEST"),
        ("spurn", "Hungary spurned the offer of talks from Serbia.", "REJECT"),
    ],
)
def test_unlisted_verb_typed_by_its_neighbours_keeps_its_noun_object(
    nlp: Any, word: str, text: str, kind: str
) -> None:
    """A verb WordNet types ("demanded", "spurned") is the act, the listed noun it takes
    ("withdrawal", "talks") its content, as for a listed verb: neither is dropped."""
    reduced = partial(extract_events, vocab=load_vocab().without_trigger(word))
    evs = events(nlp, text, extract=reduced)
    (ev,) = _unseen(evs)
    assert ev.type == kind and ev.main
    assert len(evs) == 2


@slow
def test_unlisted_verb_carrying_a_listed_noun_is_light(nlp: Any) -> None:
    evs = events(nlp, "Israel and Lebanon renewed negotiations on Monday.")
    assert not _unseen(evs)
    assert [e.type for e in evs] == ["CONSULT"]


def test_decisive_relations_are_read() -> None:
    assert "der" in load_settings().decisive_relations
    assert parse_settings({}).decisive_relations == frozenset()


def _token(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.lemma_.lower() == word)


@slow
@pytest.mark.parametrize(
    ("word", "text", "kind", "split"),
    [
        # "expulsion" (SANCTION) against "banish", "exile" (COERCE) and "oust" (ASSAULT): no
        # type has half the votes, so without the derivation no event is typed
        ("expel", "Venezuela expelled the Spanish ambassador on Friday.", "SANCTION", None),
        # "extradition" (COOPERATE) against "deport" and "expel" (COERCE), which outvote it
        ("extradite", "Peru extradited the former governor to Chile.", "COOPERATE", "COERCE"),
    ],
)
def test_own_other_form_settles_a_split_vote(
    nlp: Any, word: str, text: str, kind: str, split: str | None
) -> None:
    """The word's own noun or verb that the vocabulary types ("expulsion" for "expel") says
    what the word means, against the synonyms of its senses."""
    vocab = load_vocab().without_trigger(word)
    token = _token(nlp, text, word)
    rule = unseen_rule(token, vocab)
    assert rule is not None and rule.type == kind
    reduced = partial(extract_events, vocab=vocab)
    (ev,) = _unseen(events(nlp, text, extract=reduced))
    assert ev.type == kind and ev.main
    # with no decisive relation the synonyms' vote stands (nor a selective one: "expel" an
    # ambassador holds as a sanction too, since events-unseen 1.7.0)
    # (nor the object's type, since 1.14.0: an ambassador is expelled in "expel-diplomats")
    plain = replace(
        load_settings(), decisive_relations=frozenset(), selective=False, object_type_votes=100.0
    )
    other = unseen_rule(token, vocab, plain)
    assert (other.type if other is not None else None) == split


@slow
@pytest.mark.parametrize(
    ("word", "text", "kind"),
    [
        # a thing of a named party acted on: Australia is the other side
        ("reject", "Serbia flatly rejected an Australian ultimatum on Thursday.", "REJECT"),
        # two named doers: each is the other's party
        ("sign", "Czechia and China signed an agreement today.", "SUPPORT"),
    ],
)
def test_weak_vote_takes_a_second_party_beside_an_actor_target(
    nlp: Any, word: str, text: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word typed by few votes needs two parties; a named owner of the thing acted on, or a
    second named doer, is the second party as an actor target is."""
    # "sign" is weak through its first senses alone; "signing", its fifth sense's noun, makes
    # it sure (since events-unseen 1.6.0); "reject" is sure through "rejection", its own noun
    # by suffix (since 1.8.0)
    weak = replace(load_settings(), derivation_senses=(), nominal_suffixes=())
    monkeypatch.setattr("chronicler.annotate.events_unseen.load_settings", lambda: weak)
    vocab = load_vocab().without_trigger(word)
    rule = unseen_rule(_token(nlp, text, word), vocab)
    assert rule is not None and rule.fallback < load_settings().dyadic_votes
    (ev,) = _unseen(events(nlp, text, extract=partial(extract_events, vocab=vocab)))
    assert ev.type == kind and ev.main


@slow
def test_weak_vote_needs_a_named_owner_of_the_thing(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "rejected the terms": a thing of no named party is no second party for a weak vote;
    "reject" whose own noun "rejection" is listed is sure, and one party suffices."""
    vocab = load_vocab().without_trigger("reject")
    text = "Serbia flatly rejected the new terms on Thursday."
    (ev,) = _unseen(events(nlp, text, extract=partial(extract_events, vocab=vocab)))
    assert ev.type == "REJECT"
    weak = replace(load_settings(), nominal_suffixes=())
    monkeypatch.setattr("chronicler.annotate.events_unseen.load_settings", lambda: weak)
    assert not _unseen(events(nlp, text, extract=partial(extract_events, vocab=vocab)))


def test_word_lists_make_words_known_by_part_of_speech() -> None:
    settings = parse_settings(
        {"known_verb_lists": ["converse_verbs"], "known_noun_lists": ["explosive_devices"]}
    )
    assert settings.known_verb_lists == ("converse_verbs",)
    assert settings.known_noun_lists == ("explosive_devices",)
    shipped = load_settings()
    assert "explosive_devices" in shipped.known_noun_lists
    assert "explosive_devices" not in shipped.known_lists


@slow
@pytest.mark.parametrize(
    ("word", "text", "kind"),
    [
        # "shell" the explosive device, "jail" the place, a press "release": nouns that say
        # nothing of the verb
        ("shell", "Israeli tanks shelled the Palestinian town of Rafah on Friday.", "ASSAULT"),
        ("jail", "A Tunisian court jailed a Nigerian student for two years.", "COERCE"),
        ("release", "Israel released the mayor of Nablus on Wednesday.", "RETREAT"),
    ],
)
def test_verb_listed_only_as_a_noun_is_unseen(nlp: Any, word: str, text: str, kind: str) -> None:
    reduced = partial(extract_events, vocab=load_vocab().without_trigger(word))
    (ev,) = _unseen(events(nlp, text, extract=reduced))
    assert ev.type == kind and ev.main


def test_decisive_strength_is_read() -> None:
    assert parse_settings({"decisive_strength": ["v"]}).decisive_strength == frozenset({"v"})
    assert load_settings().decisive_strength == frozenset({"v"})


@slow
def test_verb_its_own_noun_types_needs_one_party(nlp: Any) -> None:
    """ "protested" is typed through the noun "protest" against its synonyms' votes; all its
    votes for an event make it sure enough to stand with its doer alone."""
    vocab = load_vocab().without_trigger("protest")
    text = "Opponents of the Rwandan Senate protested yesterday in the capital."
    rule = unseen_rule(_token(nlp, text, "protest"), vocab)
    assert rule is not None and rule.type == "PROTEST"
    assert rule.fallback >= load_settings().dyadic_votes
    (ev,) = _unseen(events(nlp, text, extract=partial(extract_events, vocab=vocab)))
    assert ev.type == "PROTEST" and ev.main
    # without it the share of its type alone asks for a second party
    plain = replace(load_settings(), decisive_strength=frozenset())
    weak = unseen_rule(_token(nlp, text, "protest"), vocab, plain)
    assert weak is not None and weak.fallback < plain.dyadic_votes


@slow
@pytest.mark.parametrize(
    ("word", "text", "kind"),
    [
        # the phrasal verb's row: "blow" alone has none
        ("blow", "Rebels blew up a government convoy near Mosul.", "ASSAULT"),
        ("blow", "A government convoy was blown up by the rebels near Mosul.", "ASSAULT"),
        # "beat up" is related only to hyponyms of "beat" that vote for nothing: the bare
        # verb's row types it
        ("beat", "Soldiers beat up two Palestinian detainees.", "ASSAULT"),
    ],
)
def test_verb_with_a_particle_reads_the_phrasal_verb_first(
    nlp: Any, word: str, text: str, kind: str
) -> None:
    reduced = partial(extract_events, vocab=load_vocab().without_trigger(word))
    (ev,) = _unseen(events(nlp, text, extract=reduced))
    assert ev.type == kind and ev.main


@slow
def test_hyphenated_lemma_written_in_one_word_is_typed(nlp: Any) -> None:
    # WordNet has "cease-fire" (a truce, an armistice); news writes "ceasefire"
    reduced = partial(extract_events, vocab=load_vocab().without_trigger("ceasefire"))
    text = "Israel and Hamas declared a ceasefire on Sunday."
    (ev,) = _unseen(events(nlp, text, extract=reduced))
    assert ev.type == "RETREAT" and ev.main


def test_sense_particles_are_read() -> None:
    assert "off" in load_settings().sense_particles
    assert parse_settings({}).sense_particles == frozenset()


@slow
def test_phrasal_verb_with_a_sense_particle_and_no_row_is_not_its_bare_verb(nlp: Any) -> None:
    """ "called off a strike": the table has no row for "call off", and the bare verb's
    neighbours ("telephone", "phone") would type a meeting; "off" makes it another act, so the
    bare verb's row is not read. Without the particle list it is."""
    vocab = load_vocab().without_trigger("call")
    token = _token(nlp, "The union called off a four-day strike.", "call")
    assert unseen_rule(token, vocab) is None
    plain = replace(load_settings(), sense_particles=frozenset())
    rule = unseen_rule(token, vocab, plain)
    assert rule is not None and rule.type == "CONSULT"
    # the bare verb is still typed by its row
    assert unseen_rule(_token(nlp, "The minister called the ambassador.", "call"), vocab)


def test_prepositional_verb_has_a_row_and_prepositions_are_read() -> None:
    # "call for" shares a sense with "request"; "call" alone names, phones or visits
    entry = table_entry("call_for", "v")
    assert entry is not None and any(
        n.word == "request" and n.relation == "syn" for n in entry.neighbours
    )
    assert "for" in load_settings().prepositions
    assert parse_settings({}).prepositions == frozenset()


@slow
@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader called for new elections in Peru.",
        "Human rights groups called on the Egyptian government to free the journalists.",
    ],
)
def test_verb_with_a_preposition_reads_the_prepositional_verb_first(nlp: Any, text: str) -> None:
    vocab = load_vocab().without_trigger("call")
    token = _token(nlp, text, "call")
    rule = unseen_rule(token, vocab)
    assert rule is not None and rule.type == "REQUEST"
    # without the prepositions read, the bare verb's row types a meeting
    plain = replace(load_settings(), prepositions=frozenset())
    bare = unseen_rule(token, vocab, plain)
    assert bare is not None and bare.type == "CONSULT"


@slow
def test_preposition_naming_a_time_is_no_prepositional_verb(nlp: Any) -> None:
    """ "called on Monday": the day is when, not whom the call appeals to."""
    vocab = load_vocab().without_trigger("call")
    rule = unseen_rule(_token(nlp, "The Kenyan envoy called on Monday.", "call"), vocab)
    assert rule is not None and rule.type == "CONSULT"


# ---------------------------------------------------------------- derivations of later senses


def test_later_senses_are_read_for_their_derivations_alone() -> None:
    # "demonstrate" shows and proves in its first senses and marches in protest in its fourth,
    # the sense "demonstration" (a protest) derives from: the row holds that derivation alone
    entry = table_entry("demonstrate", "v")
    assert entry is not None and entry.lexname == "verb.social"
    assert {(n.word, n.relation) for n in entry.neighbours} == {("demonstration", "der")}
    assert all(n.rank >= len(load_settings().senses) for n in entry.neighbours)
    # a word with event senses first keeps their links and gains its later senses' derivations
    suspend = table_entry("suspend", "v")
    assert suspend is not None
    deep = [n for n in suspend.neighbours if n.rank >= len(load_settings().senses)]
    assert deep and all(n.relation == "der" for n in deep)
    assert any(n.word == "suspension" for n in deep)


def test_derivation_senses_are_read() -> None:
    assert parse_settings({"derivation_senses": [0.5]}).derivation_senses == (0.5,)
    assert parse_settings({}).derivation_senses == ()
    assert 0 < min(load_settings().derivation_senses) <= max(load_settings().senses)


@slow
@pytest.mark.parametrize(
    ("word", "text", "kind"),
    [
        (
            "demonstrate",
            "Hundreds of Chilean students demonstrated outside the presidential palace in"
            " Santiago on Friday.",
            "PROTEST",
        ),
        (
            "suspend",
            "The European Union suspended financial aid to Niger after the coup.",
            "SANCTION",
        ),
    ],
)
def test_verb_typed_through_a_later_senses_derivation(
    nlp: Any, word: str, text: str, kind: str
) -> None:
    vocab = load_vocab().without_trigger(word)
    (ev,) = _unseen(events(nlp, text, extract=partial(extract_events, vocab=vocab)))
    assert ev.type == kind and ev.main
    # without weights for the later senses their derivations count nothing (nor the light
    # verbs' rules: "suspended aid" is a sanction through "cut" aid too, events-unseen 1.10.0;
    # nor the verb's own noun by its suffix, which since 1.20.0 stands beside the derivation)
    plain = replace(
        load_settings(), derivation_senses=(), light_verbs={}, stronger_own_forms=frozenset()
    )
    rule = unseen_rule(_token(nlp, text, word), vocab, plain)
    assert rule is None or rule.type != kind


@slow
@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("demonstrate", "The engineers demonstrated that the bridge was safe."),
        ("suspend", "The league suspended the match because of heavy rain."),
    ],
)
def test_later_senses_need_their_parties(nlp: Any, word: str, text: str) -> None:
    vocab = load_vocab().without_trigger(word)
    assert not _unseen(events(nlp, text, extract=partial(extract_events, vocab=vocab))), text


def test_anchors_take_the_forms_derived_from_a_senses_other_words() -> None:
    # "concession" is anchored by "yield", whose derivation it shares in its conceding sense:
    # the derivation counts, not only the sense's own words and its hypernyms and hyponyms
    entry = table_entry("concede", "v")
    assert entry is not None
    links = [n for n in entry.neighbours if n.word == "concession" and n.relation == "der"]
    assert links and any(("v", "yield") in n.anchors for n in links)


@slow
def test_verb_typed_through_a_derivation_its_synonyms_anchor(nlp: Any) -> None:
    vocab = load_vocab().without_trigger("concede")
    text = "The Kenyan government conceded to the demands of the striking doctors on Friday."
    (ev,) = _unseen(events(nlp, text, extract=partial(extract_events, vocab=vocab)))
    assert ev.type == "CONCEDE" and ev.main


def test_selective_is_read() -> None:
    assert load_settings().selective
    assert not parse_settings({}).selective


@slow
@pytest.mark.parametrize(
    ("text", "word", "kind", "general"),
    [
        # "veto" holds as a rejection only with a decision for its object ("resolution"):
        # that says more than "banish" and "exclude", which hold with any object
        (
            "Moscow blackballed the Security Council resolution on Syria.",
            "blackball",
            "REJECT",
            "COERCE",
        ),
        # "seize" takes a town, an airport, as a military seizure: no arrest ("prehend" is
        # "seize" in its synset; "clutch", the word of this case until table version 10, has
        # no row since: its usual sense is holding tight)
        # no rule deciding, "grab", "collar", "arrest" and "nab" vote no arrest of an airport
        # since events-unseen 1.24.0 (an arrest takes people): no event (was COERCE)
        ("Rebel fighters prehended the airport of Goma.", "prehend", "ASSAULT", None),
        # "cut" with aid for its object is a sanction; "flog" and "whip", its second sense's
        # words, beat a person, and since events-unseen 1.26.0 vote only on a person beaten:
        # aid slashed is the sanction (was no event, the beating diluting it; read plainly
        # it was ASSAULT)
        ("The donors slashed aid to the regime.", "slash", "SANCTION", None),
    ],
)
def test_neighbour_rule_whose_object_condition_holds_wins_the_vote(
    nlp: Any, text: str, word: str, kind: str | None, general: str | None
) -> None:
    """A neighbour's rule that holds only with certain objects, and holds on the word's own
    object, says which act the word is with it (events-unseen 1.7.0)."""
    vocab = load_vocab()
    assert all(word not in r.verbs for r in vocab.rules)  # unseen, not left out
    token = _token(nlp, text, word)
    rule = unseen_rule(token, vocab)
    assert (rule.type if rule is not None else None) == kind
    # with no rule's object deciding either (events-unseen 1.14.0 reads any verb's rules)
    off = replace(load_settings(), selective=False, object_type_votes=100.0)
    plain = unseen_rule(token, vocab, off)
    assert (plain.type if plain is not None else None) == general


@slow
def test_blocking_rule_whose_object_condition_holds_gives_no_event(nlp: Any) -> None:
    """A neighbour's blocking rule that holds on the word's object ("free" an album is no
    release) wins as a vote for no event: no rule, never one of the blocking type."""
    token = _token(nlp, "The band will unlock the albums of its singer.", "unlock")
    assert unseen_rule(token, load_vocab()) is None


def test_people_doers_is_read() -> None:
    assert load_settings().people_doers
    assert not parse_settings({}).people_doers


@slow
@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        # a group noun ("delegation") and person nouns ("lawyer", "dockers") with no name of
        # their own: parties that act, not things
        (
            "The Russian delegation blackballed the resolution on Syria.",
            "REJECT",
            "Russian delegation",
        ),
        (
            "A Chilean lawyer blackballed the proposal of the mining company.",
            "REJECT",
            "Chilean lawyer",
        ),
        ("Striking dockers snatched the port of Mombasa.", "ASSAULT", "Striking dockers"),
    ],
)
def test_doer_named_by_a_noun_of_people_is_a_party(
    nlp: Any, text: str, kind: str, doer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unseen word's doer told by a noun of people or of a group is a party, as a named
    one is (events-unseen 1.7.0); before, the event was dropped as a thing's."""
    (ev,) = _unseen(events(nlp, text))
    assert (ev.type, [a.text for a in ev.actors]) == (kind, [doer])
    off = replace(load_settings(), people_doers=False)
    monkeypatch.setattr("chronicler.annotate.events_party_checks.load_unseen_settings", lambda: off)
    assert not _unseen(events(nlp, text))


# ---------------------------------------------------------------- own forms by suffix


def test_own_forms_by_suffix() -> None:
    """A verb's listed noun made by a nominal suffix, and a noun's listed verb, are its own
    forms; a noun in "-ing" is not read back to its verb (a product "offering")."""
    from chronicler.annotate.events_unseen import _index, _own_forms

    settings = load_settings()
    index = _index(load_vocab().without_trigger("hack"), settings)
    assert ("hacking", "n", "morph") in {
        (n.word, n.pos, n.relation) for n in _own_forms("hack", "v", index, settings)
    }
    index = _index(load_vocab().without_trigger("deployment"), settings)
    assert ("deploy", "v", "morph_noun") in {
        (n.word, n.pos, n.relation) for n in _own_forms("deployment", "n", index, settings)
    }
    assert _own_forms("offering", "n", _index(load_vocab(), settings), settings) == ()


@slow
@pytest.mark.parametrize(
    ("word", "text", "kind"),
    [
        # the verb's own noun in "-ing" is listed: the act it names
        ("hack", "Russian agents hacked the servers of the Ukrainian defence ministry.", "COERCE"),
        # the noun is made of a listed verb: WordNet links them in no sense
        (
            "deployment",
            "The deployment of Kenyan police officers to Haiti began on Monday.",
            "MOBILIZE",
        ),
    ],
)
def test_unseen_word_typed_by_its_own_form(nlp: Any, word: str, text: str, kind: str) -> None:
    reduced = partial(extract_events, vocab=load_vocab().without_trigger(word))
    (ev,) = _unseen(events(nlp, text, extract=reduced))
    assert ev.type == kind


@slow
def test_own_form_not_read_for_a_word_with_no_row(nlp: Any) -> None:
    """ "hear" names no act in WordNet's allowed senses (no row): "hearing" does not type it."""
    assert not _unseen(events(nlp, "Reporters waited to hear the verdict in the hotel."))


def test_light_verbs_are_read() -> None:
    settings = load_settings()
    assert settings.light_verbs["launch"] == settings.light_verbs["fire"] != "giving"
    assert settings.light_verbs["send"] == "giving"
    assert settings.light_verbs["receive"] != "giving"  # "received arms" is no giving
    assert settings.light_verbs["lift"] in settings.act_kinds  # "lifted the embargo"
    assert settings.light_verbs["launch"] not in settings.act_kinds  # "staged a protest"
    assert settings.light_votes >= settings.dyadic_votes
    assert not parse_settings({}).light_verbs


@slow
@pytest.mark.parametrize(
    ("word", "text", "kind"),
    [
        # "fire-weapon" holds with rockets for the object, through "fire": an attack where it
        # aims ("at"), though "weapons-test" ("launched a missile") holds too
        ("launch", "Houthi rebels launched rockets at the port of Eilat.", "ASSAULT"),
        # "access" holds with observers for the object, through "accept": a verb of receiving
        # takes the rules of the verbs of receiving
        ("receive", "The government of Chad received observers of the African Union.", "RETREAT"),
        # a verb of undoing takes its kind's rules with an act for the object: "ease-sanctions"
        ("lift", "The European Union lifted the embargo on Belarus on Monday.", "RETREAT"),
        # a verb of reducing is one of undoing (1.11.0): "sanction-discontinue" names fuel
        ("reduce", "Moscow reduced fuel deliveries to the breakaway province.", "SANCTION"),
    ],
)
def test_light_verb_takes_the_type_its_object_names(
    nlp: Any, word: str, text: str, kind: str
) -> None:
    """An unseen light verb takes the type of other light verbs' rules whose object
    condition holds on its object (events-unseen 1.10.0)."""
    reduced = load_vocab().without_trigger(word)
    rule = unseen_rule(_token(nlp, text, word), reduced)
    assert rule is not None and rule.type == kind and rule.id.endswith("+unseen")
    # nor any verb's rule naming its object (events-unseen 1.14.0)
    no_light = replace(load_settings(), light_verbs={}, object_type_votes=100.0)
    other = unseen_rule(_token(nlp, text, word), reduced, no_light)
    # (since table version 14 "reduce" has "shorten" among its kinds, a second synset that
    # corroborates "cut"'s sanction naming fuel: its plain reading agrees with the light one)
    assert other is None or other.type != kind or word == "reduce"


@slow
@pytest.mark.parametrize(
    ("word", "text"),
    [
        # the object is an event noun of its own: "halt-protest" is what "halt" does to one
        ("mount", "Teachers mounted a protest outside the ministry in Lima."),
        # the rule of "recall", no light verb, says nothing of what sending diplomats is
        ("send", "Peru sent its diplomats to the summit in Brasilia."),
        # crates are no act: a verb of undoing takes its kin's rules only for an act undone
        ("lift", "The dockers lifted the crates onto the freighter."),
    ],
)
def test_light_verb_takes_no_type_from_unlike_rules(nlp: Any, word: str, text: str) -> None:
    reduced = load_vocab().without_trigger(word)
    token = _token(nlp, text, word)
    no_light = replace(load_settings(), light_verbs={})
    assert unseen_rule(token, reduced) == unseen_rule(token, reduced, no_light)


@slow
def test_light_verb_tie_goes_to_the_rule_naming_fewer_objects(nlp: Any) -> None:
    """Rules of two types hold on "blockade" once each ("halt-protest" lists it among
    protests, "ease-blockade" among blockades and sieges): the narrower one decides
    (events-unseen 1.11.0)."""
    reduced = load_vocab().without_trigger("lift")
    token = _token(nlp, "The navy lifted a week-long blockade of the harbour at Tartus.", "lift")
    rule = unseen_rule(token, reduced)
    assert rule is not None and rule.type == "RETREAT" and rule.id.startswith("ease-blockade")


def test_converse_kinds_are_read() -> None:
    settings = load_settings()
    assert settings.converse_kinds["giving"] == "receiving"
    assert "receiving" not in settings.converse_kinds  # "received observers" is no giving
    assert not parse_settings({}).converse_kinds


@slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "receive-aid" names food as aid; the giving verbs' "aid-give" gives the roles (the
        # rule of "received arms" would make the giver its target)
        ("Japan shipped food to the refugee camps in Sudan.", "AID"),
        ("Iran sent weapons to the rebels in Yemen.", "AID"),
        # a letter is no aid: no rule of receiving names it
        ("Peru sent a letter to the United Nations.", None),
    ],
)
def test_giving_verb_reads_the_receiving_verbs_objects(
    nlp: Any, text: str, kind: str | None
) -> None:
    """A giving verb whose own kind's rules name nothing of its object reads the converse
    kind's object rules, with its own kind's rule of their type (events-unseen 1.11.0)."""
    word = "ship" if "shipped" in text else "send"
    reduced = load_vocab().without_trigger(word)
    no_light = replace(load_settings(), light_verbs={})
    token = _token(nlp, text, word)
    rule = unseen_rule(token, reduced)
    if kind is None:
        assert rule == unseen_rule(token, reduced, no_light)
    else:
        assert rule is not None and rule.type == kind and rule.id.startswith("aid-give")


def test_kin_share_is_read() -> None:
    assert 0.5 < load_settings().kin_share <= 1.0
    assert parse_settings({}).kin_share > 1.0  # unset: never


@slow
@pytest.mark.parametrize(
    ("word", "text"),
    [
        # no rule of undoing names a curfew or a ban: "ease", "relax", "loosen" vote
        # "concede", not the act undone ("curfew" is COERCE, "ban" THREATEN)
        ("lift", "The army lifted the curfew in the northern province."),
        ("lift", "Kenya lifted the ban on Somali flights."),
        # a listed phrase the object heads names the act: "state of emergency"
        ("lift", "The cabinet lifted the state of emergency in the border region."),
        ("shorten", "The junta shortened the curfew in the capital."),
    ],
)
def test_verb_of_undoing_an_act_takes_its_kins_type(nlp: Any, word: str, text: str) -> None:
    """A verb of undoing whose object is an act no rule of its kind names takes the type its
    kin's holding rules vote for (events-unseen 1.12.0)."""
    reduced = load_vocab().without_trigger(word)
    rule = unseen_rule(_token(nlp, text, word), reduced)
    assert rule is not None and rule.type == "CONCEDE" and rule.id == "concede+unseen"
    no_kin = replace(load_settings(), kin_share=2.0)
    other = unseen_rule(_token(nlp, text, word), reduced, no_kin)
    assert other is None or other.type != "CONCEDE"


def test_force_nouns_are_read() -> None:
    assert "reservist" in load_settings().force_nouns
    assert not parse_settings({}).force_nouns


@slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "mobilization" is listed by "protest" before "mobilize": a force for the object
        # reads the rules that move forces first
        ("Chile mobilized its reservists before the border dispute.", "MOBILIZE"),
        ("Chile mobilized troops before the border dispute.", "MOBILIZE"),
        # supporters are no force: the rally stays
        ("The opposition mobilized its supporters for a march in Quito.", "PROTEST"),
    ],
)
def test_verb_whose_object_names_a_force_reads_force_moving_rules_first(
    nlp: Any, text: str, kind: str
) -> None:
    """A verb whose object names a force takes a neighbour's rule of a type that moves
    forces before its others (events-unseen 1.12.0)."""
    reduced = load_vocab().without_trigger("mobilize")
    rule = unseen_rule(_token(nlp, text, "mobilize"), reduced)
    assert rule is not None and rule.type == kind


def test_drop_uncorroborated_is_read() -> None:
    assert load_settings().drop_uncorroborated
    assert not parse_settings({}).drop_uncorroborated


@slow
def test_uncorroborated_type_splits_no_directly_linked_vote(nlp: Any) -> None:
    """ "violence" (one hypernym's synset) votes ASSAULT above "rioting" (a synonym of the
    second sense) for PROTEST: the hypernym alone is no evidence, so it neither wins nor
    splits the vote (events-unseen 1.12.0)."""
    text = "Kurdish riots against the new tax law went on for a week."
    reduced = load_vocab().without_trigger("riot")
    token = _token(nlp, text, "riot")
    rule = unseen_rule(token, reduced)
    assert rule is not None and rule.type == "PROTEST"
    assert unseen_rule(token, reduced, replace(load_settings(), drop_uncorroborated=False)) is None


@slow
def test_vote_left_whole_when_no_direct_link_is_left(nlp: Any) -> None:
    """ "defeat": ASSAULT through one hyponym, REJECT through two hypernyms ("veto",
    "controvert"), no direct link: the vote is left whole, and split, so no event."""
    text = "Chile sent troops to help the president defeat the insurgents."
    reduced = load_vocab().without_trigger("defeat")
    rule = unseen_rule(_token(nlp, text, "defeat"), reduced)
    assert rule is None or rule.type != "REJECT"


def test_light_phrases_verb_suffixes_and_reneging_are_read() -> None:
    settings = load_settings()
    assert settings.light_phrases and "en" in settings.verb_suffixes
    assert "AGREE" in settings.reneged_types and "on" in settings.reneging_preps
    assert "rescind" in settings.reneging_verbs and "end" not in settings.reneging_verbs
    assert settings.refusal_rule == "reject"
    plain = parse_settings({})
    assert not plain.light_phrases and not plain.verb_suffixes and not plain.reneged_types


@slow
@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        # "take refuge" is a phrase of "take", a verb of making as "seek" is
        ("Hundreds of Eritrean families sought refuge in Sudan in May.", "REQUEST", "Sudan"),
        ("The dissident sought shelter in the Chilean embassy.", "REQUEST", None),
    ],
)
def test_light_verb_takes_its_kins_phrase_with_its_object(
    nlp: Any, text: str, kind: str, target: str | None
) -> None:
    """An unseen light verb whose object another verb of its kind makes a listed phrase with
    takes that phrase's rule, its object the act's own word, no party (events-unseen
    1.13.0)."""
    reduced = load_vocab().without_trigger("seek")
    rule = unseen_rule(_token(nlp, text, "seek"), reduced)
    assert rule is not None and rule.type == kind and rule.id == "take-refuge+unseen"
    no_phrases = replace(load_settings(), light_phrases=False)
    assert unseen_rule(_token(nlp, text, "seek"), reduced, no_phrases) is None
    (ev,) = _unseen(events(nlp, text, extract=partial(extract_events, vocab=reduced)))
    assert not {p.text for p in ev.targets} & {"refuge", "shelter"}
    if target is not None:
        assert target in {p.text for p in ev.targets}


@slow
def test_verb_made_of_a_listed_noun_takes_its_type(nlp: Any) -> None:
    """ "threaten" unlisted: the listed "threat" it is made of by "-en" types it
    (events-unseen 1.13.0); without the suffix nothing does."""
    text = "The Serbian president threatened new measures against Kosovo on Friday."
    reduced = load_vocab().without_trigger("threaten")
    token = _token(nlp, text, "threaten")
    rule = unseen_rule(token, reduced)
    assert rule is not None and rule.type == "THREATEN"
    assert unseen_rule(token, reduced, replace(load_settings(), verb_suffixes=())) is None


@slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # going back on a pledge refuses what was agreed
        ("The junta reneged on its pledge to hold elections in March.", "REJECT"),
        ("The governor reneged on the agreement with the teachers' union.", "REJECT"),
        # no agreement undone: not read so
        ("The governor reneged on Tuesday.", None),
    ],
)
def test_verb_undoing_an_agreement_refuses_it(nlp: Any, text: str, kind: str | None) -> None:
    """An unseen verb with a verb of undoing among its neighbours ("rescind") acting on an
    agreement noun is a rejection, not the concession undoing a restriction is
    (events-unseen 1.13.0)."""
    reduced = load_vocab().without_trigger("renege")
    rule = unseen_rule(_token(nlp, text, "renege"), reduced)
    if kind is None:
        assert rule is None or rule.type != "REJECT"
    else:
        assert rule is not None and rule.type == kind and rule.id == "reject+unseen"
        off = replace(load_settings(), reneged_types=frozenset())
        other = unseen_rule(_token(nlp, text, "renege"), reduced, off)
        assert other is None or other.type != "REJECT"


@slow
def test_ending_an_agreement_is_no_taking_it_back(nlp: Any) -> None:
    """ "finalize" is an ending ("end", "terminate" its neighbours), no taking back: the
    agreement finalized is not refused."""
    text = "The two sides finalized the agreement on fishing rights on Friday."
    rule = unseen_rule(_token(nlp, text, "finalize"), load_vocab())
    assert rule is None or rule.type != "REJECT"


def test_object_type_settings_are_read() -> None:
    settings = load_settings()
    assert 0.0 < settings.object_type_votes <= settings.min_votes
    assert 0.0 < settings.object_type_share <= 1.0
    assert parse_settings({}).object_type_votes > 1.0  # off by default


@slow
@pytest.mark.parametrize(
    ("word", "text", "rule_id"),
    [
        # a resolution or a bill is what is vetoed: REJECT's "block-decision", though
        # "prohibit", "forbid" and "ban" vote COERCE
        ("veto", "The Russian president vetoed the budget bill of the Duma.", "block-decision"),
        ("veto", "China vetoed a Security Council resolution on Syria.", "block-decision"),
        # demands or conditions are what is met: a concession, though "consent" votes AGREE
        ("accept", "The junta accepted the demands of the striking miners.", "concede-accept"),
        ("accept", "The government accepted the conditions of the rebels.", "concede-accept"),
    ],
)
def test_object_tells_which_voted_act_the_verb_is(
    nlp: Any, word: str, text: str, rule_id: str
) -> None:
    """A rule of a voted type whose object condition holds on the verb's object decides the
    vote, that rule taken (events-unseen 1.14.0); off, the vote goes elsewhere."""
    reduced = load_vocab().without_trigger(word)
    rule = unseen_rule(_token(nlp, text, word), reduced)
    assert rule is not None and rule.id == f"{rule_id}+unseen"
    off = replace(load_settings(), object_type_votes=100.0)
    other = unseen_rule(_token(nlp, text, word), reduced, off)
    assert other is None or other.id != rule.id


@slow
def test_object_named_type_needs_a_share_of_the_vote(nlp: Any) -> None:
    """Two verbs of halting among many of restricting make no halting of a march: the
    police who prevent it restrict it (COERCE), no concession by the marchers."""
    text = "Turkish police prevented the march of the students."
    rule = unseen_rule(_token(nlp, text, "prevent"), load_vocab().without_trigger("prevent"))
    assert rule is not None and rule.type == "COERCE"


@slow
def test_object_backs_a_vote_too_weak_alone(nlp: Any) -> None:
    """ "seize" and "retake", a hypernym and a hyponym, vote too little to type "capture";
    an airport, which their rule names, backs the vote (events-unseen 1.14.0) and, since
    1.23.0 (`object_backing`), weighs as an object overturning the lead does: the doer alone
    suffices, the place taken being no party. Before, the weak votes asked for both."""
    text = "Rebel troops captured the airport of Goma after two days of fighting."
    reduced = load_vocab().without_trigger("capture")
    rule = unseen_rule(_token(nlp, text, "capture"), reduced)
    assert rule is not None and rule.type == "ASSAULT"
    assert rule.fallback >= load_settings().light_votes
    weak = replace(load_settings(), object_backing=False)
    backed_only = unseen_rule(_token(nlp, text, "capture"), reduced, weak)
    assert backed_only is not None and backed_only.fallback < load_settings().min_votes
    off = replace(load_settings(), object_type_votes=100.0)
    assert unseen_rule(_token(nlp, text, "capture"), reduced, off) is None


@slow
@pytest.mark.parametrize(
    "text",
    [
        "Norway granted political asylum to the exiled poet last week.",
        "The embassy granted asylum to two opposition lawmakers.",
    ],
)
def test_light_verb_takes_its_kins_phrase_with_an_event_noun_object(nlp: Any, text: str) -> None:
    """An event noun object names its own act, so no object rule types an unseen light verb
    taking one; a phrase another verb of its kind makes with that very noun does ("give
    asylum", "offer asylum": "granted asylum" is the granting, not a concession through
    "yield"; events-unseen 1.15.0)."""
    reduced = load_vocab().without_trigger("grant")
    rule = unseen_rule(_token(nlp, text, "grant"), reduced)
    assert rule is not None and (rule.type, rule.mode) == ("AID", "asylum")
    assert rule.id == "grant-asylum+unseen"
    no_phrases = replace(load_settings(), light_phrases=False)
    other = unseen_rule(_token(nlp, text, "grant"), reduced, no_phrases)
    # without the phrase the granting is no concession either: since events-unseen 1.27.0
    # the object, an act of one type ("asylum": AID) that "give" votes for, decides the
    # neighbours' vote (the giving, aid-give), not the phrase's mode
    assert other is None or (other.type != "CONCEDE" and other.id != rule.id)


def test_object_rules_are_indexed_by_type_in_the_vocabulary_s_order() -> None:
    # read once per vocabulary, so an unseen verb's object reads only its voted types' rules
    from chronicler.annotate.events_unseen import _index

    index = _index(load_vocab(), load_settings())
    flat = sorted(p for rules in index.object_rules_by_type.values() for p, _ in rules)
    assert flat == list(range(len(index.object_rules)))
    for kind, rules in index.object_rules_by_type.items():
        assert all(index.object_rules[p] is r and r.type == kind for p, r in rules)
        assert [p for p, _ in rules] == sorted(p for p, _ in rules)


# ---------------------------------------------------------------- the preposition corroborates


@slow
@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("push", "Germany pushed for new talks with Iran."),
        ("push", "The European Union pushed Serbia for political reforms."),
    ],
)
def test_preposition_of_a_listed_phrase_corroborates_a_hypernym_vote(
    nlp: Any, word: str, text: str
) -> None:
    """ "pushed for talks": only one synset of hypernyms ("urge", "press") votes REQUEST, no
    evidence alone; the preposition "call for" takes is the second (events-unseen 1.16.0)."""
    reduced = load_vocab().without_trigger(word)
    rule = unseen_rule(_token(nlp, text, word), reduced)
    assert rule is not None and rule.type == "REQUEST"
    alone = replace(load_settings(), prep_corroborates=False)
    assert unseen_rule(_token(nlp, text, word), reduced, alone) is None
    ev = [e for e in _unseen(events(nlp, text, extract=partial(extract_events, vocab=reduced)))]
    assert ev and ev[0].type == "REQUEST"


@slow
def test_verb_with_no_such_preposition_stays_untyped(nlp: Any) -> None:
    """The bare verb's hypernyms still need their second piece of evidence: pushing a cart or
    a door is no request."""
    reduced = load_vocab().without_trigger("push")
    assert unseen_rule(_token(nlp, "The workers pushed the heavy cart.", "push"), reduced) is None


# ---------------------------------------------------------------- closed compounds


@slow
def test_noun_spelling_a_listed_phrase_in_one_word_takes_its_rule(nlp: Any) -> None:
    """ "airstrike" unlisted is "strike air" written as one word: the aerial attack
    (events-unseen 1.16.0)."""
    reduced = load_vocab().without_trigger("airstrike")
    text = "The army carried out an airstrike on the village."
    rule = unseen_rule(_token(nlp, text, "airstrike"), reduced)
    assert rule is not None and (rule.type, rule.mode) == ("ASSAULT", "aerial")
    off = replace(load_settings(), closed_compounds=False)
    assert unseen_rule(_token(nlp, text, "airstrike"), reduced, off) is None


def test_closed_compound_reads_no_particle_as_the_phrases_word() -> None:
    settings = load_settings()
    assert {"up", "down", "out", "off"} <= settings.compound_particles


@pytest.mark.parametrize(
    "text",
    [
        "Authorities concealed the true extent of the outbreak.",
        "Officials played down the scale of the damage.",
    ],
)
def test_a_noun_of_degree_is_never_typed_through_its_neighbours(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "extent" lies next to "extend" (aid extended): a noun of how far or how big a thing is
    is no act (vocab degree_nouns in unseen known_noun_lists)."""
    assert not [e for e in events(nlp, text) if e.trigger in ("extent", "scale")]


# ---------------------------------------------------------------- a doing verb's object


@slow
@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister held talks with his Iranian counterpart in Tehran on Sunday.",
        "Talks were held between the two delegations in Oslo.",
    ],
)
def test_object_of_a_doing_verb_corroborates_a_hyponym_vote(nlp: Any, text: str) -> None:
    """ "held talks": only one synset of hyponyms ("dialogue") votes CONSULT for "talk", no
    evidence alone; the light verb of doing that takes the noun tells it an act done, the
    second piece (events-vocab 1.252.0, events_unseen._done_act_types)."""
    reduced = load_vocab().without_trigger("talk")
    rule = unseen_rule(_token(nlp, text, "talk"), reduced)
    assert rule is not None and rule.type == "CONSULT"


@slow
@pytest.mark.parametrize(
    "text",
    [
        "The talk of the town was the new stadium.",
        "She gave a short talk about gardening.",
    ],
)
def test_noun_of_no_doing_verb_stays_untyped(nlp: Any, text: str) -> None:
    reduced = load_vocab().without_trigger("talk")
    assert unseen_rule(_token(nlp, text, "talk"), reduced) is None


# ---------------------------------------------------------------- a document as the doer


@slow
@pytest.mark.parametrize(
    ("word", "text", "kind"),
    [
        ("denounce", "The report denounced the ministry for the delays.", "ACCUSE"),
        ("urge", "The resolution urged the government to withdraw its troops.", "REQUEST"),
    ],
)
def test_document_doer_of_a_statement_is_no_thing(
    nlp: Any, word: str, text: str, kind: str
) -> None:
    """A report denouncing, a resolution urging, speaks for whoever issued it: the unseen
    word keeps its event with the document as its doer (vocab document_nouns,
    document_doer_types; events-vocab 1.252.0); without the list it is a thing doing it."""
    reduced = load_vocab().without_trigger(word)
    ev = _unseen(events(nlp, text, extract=partial(extract_events, vocab=reduced)))
    assert [(e.trigger.split()[0], e.type) for e in ev][:1] == [(text.split()[2], kind)]
    lists = {k: v for k, v in reduced.attributes.items() if k != "document_doer_types"}
    plain = replace(reduced, attributes=lists)
    assert not _unseen(events(nlp, text, extract=partial(extract_events, vocab=plain)))


@slow
def test_thing_doer_still_drops_an_unseen_act(nlp: Any) -> None:
    """An abstract cause is no party: "the collapse of services undermined him" names no one
    acting."""
    text = "The collapse of public services and the inability of the government undermined him."
    assert not _unseen(events(nlp, text))


# ------------------------------------------------ unseen31: doing verbs, faint links


@slow
@pytest.mark.parametrize(
    "text",
    [
        "Turkey launched an air strike against a PKK camp in northern Iraq on Sunday.",
        "Israel launched a strike on Hezbollah positions in southern Lebanon on Friday.",
    ],
)
def test_doing_verb_backs_its_objects_weak_vote(nlp: Any, text: str) -> None:
    """A noun voted below `min_votes` (the attack sense of "strike", its second, through
    "attack" alone) is backed by the doing verb whose own object rules name acts of that
    type ("launch" launches missiles, rockets, bombs): ASSAULT."""
    reduced = partial(extract_events, vocab=load_vocab().without_trigger("strike"))
    (ev,) = _unseen(events(nlp, text, extract=reduced))
    assert (ev.type, ev.trigger.split()[-1]) == ("ASSAULT", "strike")


@slow
def test_weak_noun_vote_without_a_doing_verb_stays_untyped(nlp: Any) -> None:
    """The same weak vote with no doing verb is no event: "the strike was reported" may be a
    walkout as well."""
    reduced = partial(extract_events, vocab=load_vocab().without_trigger("strike"))
    text = "The strike near the Turkish border was reported by Kurdish media on Sunday."
    assert not _unseen(events(nlp, text, extract=reduced))


def test_links_below_min_link_tell_nothing() -> None:
    """A link weighing less than `min_link` (a hyponym through the word's second sense and its
    own third, 0.5 x 0.5 x 0.3) neither votes for a type nor dilutes a vote."""
    from chronicler.annotate.events_unseen import _index, _weights
    from chronicler.annotate.events_unseen_data import Entry

    settings = load_settings()
    assert settings.min_link == 0.1
    index = _index(load_vocab(), settings)
    weak = Neighbour("permit", "v", "hypo", 1, 2, 0, ())
    strong = Neighbour("permit", "v", "hypo", 1, 0, 0, ())
    assert _weights(Entry("verb.social", (weak,)), index, settings) == {}
    assert _weights(Entry("verb.social", (strong,)), index, settings)[("permit", "v")][0] == 0.25
    assert parse_settings({}).min_link == 0.0
