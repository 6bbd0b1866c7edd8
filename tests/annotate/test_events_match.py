"""Trigger matching (annotate/events_match.py) on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, has, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "The army denied arresting the two reporters.",
        "The ministry denied having detained him.",
        "Police denied that they had arrested him.",
        "Police denied he was arrested.",
    ],
)
def test_a_denial_of_an_act_is_no_rejection(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "deny" over an act (a gerund, infinitive or clause) denies it, as CAMEO's 'deny
    responsibility' statement: the act is negated and nothing is rejected."""
    evs = events(nlp, text)
    assert not [e for e in evs if e.type == "REJECT"]
    assert one(evs, "arrest").negated


def test_denying_something_asked_is_a_rejection(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The court denied the request for bail.")
    assert [e.trigger for e in evs if e.type == "REJECT"] == ["denied"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Soldiers raped two women in the village.", "sexual"),
        ("The court fined the newspaper for libel.", "convict"),
    ],
)
def test_a_verb_the_lemmatiser_cuts_short_still_triggers(nlp, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    """The tagger lemmatises "raped" as "rap" and "fined" as "fin"; the vocabulary's lemma
    repairs give the rules their own verb back."""
    assert one(events(nlp, text), mode)


def test_hoped_for_acts_are_not_yet_done(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "hopes"/"hoped" (lemmatised "hop") announce what has not happened."""
    assert one(events(nlp, "The family hoped to free the two hostages."), "release").future
    assert one(events(nlp, "The group hopes to win the release of the hostages."), "release").future


@pytest.mark.parametrize(
    "text",
    [
        "The inmates are kept in an old fortress with demanding prison conditions.",
        "She spent a year in a camp with demanding living conditions.",
        "Leaders of the ruling party met members of a governing coalition.",
        "Growing protests against the ministry spread to the capital.",
    ],
)
def test_a_participle_before_its_noun_describes_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A participle with an adjective's sense before its noun ("demanding conditions", "the
    ruling party"), even where the parser reads it as a gerund with the noun as its object,
    describes the noun: nothing is demanded, ruled or governed."""
    evs = events(nlp, text)
    described = ("demanding", "ruling", "governing", "growing")
    assert not [e for e in evs if e.trigger.lower() in described]


def test_a_participle_after_its_noun_still_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Students demanding justice marched to the ministry.")
    assert [e.type for e in evs if e.trigger == "demanding"] == ["REQUEST"]
    evs = events(nlp, "Growing protests against the ministry spread to the capital.")
    assert [e.trigger for e in evs if e.type == "PROTEST"] == ["protests"]


def test_winning_someone_elses_release_brokers_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "won the release of the hostages": the hostages are freed, the winner brokers it; "won
    his release" alone frees the winner."""
    evs = events(nlp, "The church group hopes to win the release of the hostages.")
    release = one(evs, "release")
    assert has(release.targets, "hostages") and not has(release.targets, "group")
    assert has(one(evs, "mediate").actors, "group")
    evs = events(nlp, "The activist won his release after a hunger strike.")
    assert has(one(evs, "release").targets, "activist")


def test_a_phrase_completed_on_the_objects_apposition_matches(nlp) -> None:  # type: ignore[no-untyped-def]
    """The small parser may hang "persona non grata" on the envoy's apposition ("declared the
    ambassador, Juan Ortiz, persona non grata"): the phrase "declare persona" still matches.
    The parse is built by hand, as the model gives it only in longer sentences."""
    from spacy.tokens import Doc

    from chronicler.annotate.events_match import match_rule
    from chronicler.annotate.events_vocab import load_vocab

    words = ["Peru", "declared", "the", "ambassador", ",", "Juan", "Ortiz", ",", "persona",
             "non", "grata", "."]  # fmt: skip
    heads = [1, 1, 3, 1, 3, 6, 3, 3, 3, 10, 8, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "compound", "appos", "punct", "appos",
            "compound", "dobj", "punct"]  # fmt: skip
    lemmas = ["Peru", "declare", "the", "ambassador", ",", "Juan", "Ortiz", ",", "persona",
              "non", "grata", "."]  # fmt: skip
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "X",
           "X", "PUNCT"]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)
    rule = match_rule(doc[1], load_vocab())
    assert rule is not None and rule.id == "persona-non-grata"


def test_refusing_food_is_a_hunger_strike(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "taken to a hospital after refusing food", "refused to eat": a hunger strike
    (PROTEST 'hunger', CAMEO 142) by the one refusing, no rejection; refusing a deal is."""
    for text, trigger in (
        ("The prisoner refused to eat for a week.", "refused to eat"),
        ("He was taken to a hospital after refusing food, the agency said.", "refusing food"),
    ):
        ev = one(events(nlp, text), "hunger")
        assert (ev.type, ev.cameo, ev.trigger) == ("PROTEST", "142", trigger)
    evs = events(nlp, "The prisoner refused to eat for a week.")
    assert has(one(evs, "hunger").actors, "prisoner")
    deal = events(nlp, "The minister refused the deal.")
    assert [e.type for e in deal] == ["REJECT"]


def test_calling_a_strike_starts_it_and_calling_it_off_halts_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "called a strike" is the strike (PROTEST), not its end; only "called off the strike"
    eases the dissent (CONCEDE, CAMEO 082), as "halted the strike" does."""
    called = events(nlp, "The union called a strike in protest at the layoffs.")
    assert not [e for e in called if e.type == "CONCEDE"]
    assert [e for e in called if (e.type, e.mode) == ("PROTEST", "strike")]
    for text in ("The union called off the strike on Monday.", "The union halted the strike."):
        assert [e.cameo for e in events(nlp, text) if e.type == "CONCEDE"] == ["082"], text


def test_a_preposition_of_time_completes_no_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "called a national strike for Thursday": "for" with a time is no "call for", so no
    request, while "called for his release on Monday" still asks."""
    called = events(nlp, "The miners called a national strike for Thursday.")
    assert not [e for e in called if e.type == "REQUEST"]
    asked = events(nlp, "Rights groups called for his release on Monday.")
    assert [e for e in asked if e.type == "REQUEST"]


def test_an_occasion_counted_completes_no_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "voted for the first time": "for" with an occasion counted is no "vote for", so no
    endorsement, while "voted for the opposition candidate" still backs someone (vocabulary
    1.186.0)."""
    for text in (
        "Citizens living abroad were able to vote for the first time at the embassies.",
        "The farmers voted for the last time in the old town hall.",
    ):
        assert not [e for e in events(nlp, text) if e.type == "SUPPORT"], text
    backed = events(nlp, "The unions voted for the opposition candidate.")
    assert [e for e in backed if e.type == "SUPPORT"]


def test_an_adjective_after_the_object_completes_a_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "held the minister responsible": the parser hangs the object's complement on the
    object; it still completes the verb's phrase (vocabulary 1.124.0)."""
    from chronicler.annotate.events_match import near_words
    from chronicler.annotate.events_vocab import lemma

    doc = nlp("The board held the treasurer responsible for the losses.")
    held = next(t for t in doc if t.lower_ == "held")
    assert "responsible" in {lemma(t) for t in near_words(held)}
    blame = [e for e in events(nlp, doc.text) if e.type == "ACCUSE"]
    assert blame and has(blame[0].targets, "treasurer")
    police = nlp("Police held the new treasurer overnight.")
    first = next(t for t in police if t.lower_ == "held")
    assert "new" not in {lemma(t) for t in near_words(first)}  # a prenominal one is no complement


def test_a_verb_with_its_own_particle_completes_no_other_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    # "turned out in the north" is a turnout, no "turn in" of arms (vocabulary 1.127.0)
    text = "Fewer voters than expected turned out in the southern provinces."
    assert not [e for e in events(nlp, text) if e.type == "RETREAT"]
    text = "The militiamen turned in their rifles at the border post."
    assert [e.mode for e in events(nlp, text) if e.type == "RETREAT"] == ["disarm"]


def test_an_adjective_right_after_a_verb_is_its_context(nlp) -> None:  # type: ignore[no-untyped-def]
    # "pleaded guilty Monday": a plea in court, however "guilty" is hung (1.127.0)
    text = "A Denver woman pleaded guilty Tuesday to stealing campaign funds."
    assert not [e for e in events(nlp, text) if e.type == "REQUEST"]
    text = "The mother pleaded with the kidnappers to free her son."
    assert [e for e in events(nlp, text) if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Police opened investigations into the fire.",
        "Investigators opened an inquiry into the fire that gutted the warehouse.",
    ],
)
def test_a_phrase_noun_under_a_preposition_is_not_the_verbs_object(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "open fire" is a verb and its object: a "fire" the parser hangs under the verb's
    preposition ("opened an inquiry into the fire") opens no fire."""
    evs = events(nlp, text)
    assert not [e for e in evs if e.mode == "firearms"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Soldiers opened fire on the crowd.", "opened fire"),
        ("Fire was opened on the marchers.", "Fire was opened"),
        ("The gunmen fired on the convoy.", "fired on"),
    ],
)
def test_the_verbs_own_object_or_preposition_completes_the_phrase(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    assert one(events(nlp, text), "firearms").trigger == trigger


def test_a_preposition_phrase_still_completes_other_phrases(nlp) -> None:  # type: ignore[no-untyped-def]
    """Rules whose phrase noun sits under a preposition ("put him on trial") keep it."""
    evs = events(nlp, "The junta put the former minister on trial.")
    assert [e for e in evs if e.trigger.startswith("put")]


def test_a_relative_clause_on_an_occasion_tells_when(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the first time the band will tour": the time is when, not what is toured."""
    evs = events(nlp, "It will be the first time the foursome will tour together in a decade.")
    assert not [e for e in evs if e.trigger.startswith("tour")]
    received = events(nlp, "The delegation she received came from Cuba.")
    assert [e.trigger for e in received if e.type == "CONSULT"] == ["received"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials investigated the plague cases.",
        "Li explained that plague cases need to be carefully investigated.",
    ],
)
def test_a_rule_context_reads_the_object_s_own_modifiers(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The kind of an object may be its modifier ("plague cases"), and the object of a passive
    infinitive the subject it is said of: an illness looked into, no inquiry into anyone."""
    assert not [e for e in events(nlp, text) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a part "of" an object a rule may not take is that object (vocabulary 1.208.0)
        ("She never returned any of his calls.", False),
        ("Britain returned two of the islands to China.", True),
    ],
)
def test_a_part_of_an_object_is_that_object(nlp, text: str, coded: bool) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in events(nlp, text) if e.trigger.lower().startswith("return")]
    assert bool(found) == coded


def test_a_free_relative_names_the_custody_a_phrase_takes(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "sprung from what they considered an illegal house arrest": the free relative stands
    for the house arrest, which completes the phrase "spring ... arrest" (a release)."""
    text = "Loyal officers helped spring the mayor from what they called an illegal house arrest."
    ev = one(events(nlp, text), "release")
    assert has(ev.targets, "mayor")
    assert not [e for e in events(nlp, text) if e.type == "AID"]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Zapatero, who met with Maduro at the palace this week, could not be reached.", "Maduro"),
        ("The envoy, who met with the rebel commanders, left the country on Friday.", "commanders"),
    ],
)
def test_a_relative_pronoun_subject_leaves_the_object_to_the_clause(  # type: ignore[no-untyped-def]
    nlp, text: str, met: str
) -> None:
    """ "X, who met with Y": the noun is the relative clause's subject, not what it left out
    as its object, so whom the meeting was with is still found."""
    assert has(one(events(nlp, text), "meet").targets, met)


def test_a_nouns_conjunct_completes_no_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the smoke and gas from the blaze" is no firing of gas (the noun "fire" with its
    conjunct "gas"); a verb "fire" with its object "gas" still is (vocabulary 1.421.0)."""
    text = "Experts said the fire and gas from the explosion brought down the roof."
    assert not [e for e in events(nlp, text) if e.mode == "crowd-control"]
    evs = events(nlp, "Riot police fired gas at the marchers.")
    assert any(e.mode == "crowd-control" for e in evs)
