"""Roles of the forty-fifth session's roles45 round (the Lee corpus sample leeroles5), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("Ninety per cent of the miners went on strike.", "went on strike", "miners", None),
        ("Forty percent of the workers joined the strike.", "strike", "workers", None),
        ("About 60% of the staff walked out.", "walked out", "staff", None),
        ("Police arrested 20 per cent of the protesters.", "arrested", "Police", "protesters"),
    ],
)  # fmt: skip
def test_a_share_of_people_is_the_people(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str | None
) -> None:
    """ "92 per cent of the workforce", "60% of the staff": the share's "of"-phrase is the
    party, as a partitive's is (`share_nouns`, vocabulary 1.440.0), though the tagger calls
    the share a percentage or money."""
    actors, targets = parties(nlp, text, trigger)
    assert actors == [actor], actors
    assert targets == ([target] if target else []), targets


def test_a_share_counts_no_people(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "Ninety per cent of the miners went on strike."), "went")
    assert event.actors[0].count is None


@pytest.mark.parametrize(
    "text",
    ["Prices rose 20 per cent after the attack.", "The government cut 10 per cent of its budget."],
)
def test_a_share_of_a_thing_names_no_party(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for event in events(nlp, text):
        assert not any("cent" in p.text for p in (*event.actors, *event.targets)), event


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        ("A militia has helped al-Qaida set up a camp in the mountains.", "helped", "al-Qaida"),
        ("Troops fought al-Shabaab in the south.", "fought", "al-Shabaab"),
        ("Saudi royals held secret meetings with al-Qa'ida.", "meetings", "al-Qa'ida"),
    ],
)  # fmt: skip
def test_a_name_cut_at_its_hyphen_is_whole(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, party: str
) -> None:
    """The tagger reads "al-Qaida" as "-Qaida": the party is the whole name
    (events_phrases.hyphen_prefix_start, roles 1.206.0)."""
    _, targets = parties(nlp, text, trigger)
    assert party in targets, targets


def test_a_hyphenated_modifier_keeps_its_own_reading(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "Thousands attacked anti-American targets.", "attacked")
    assert not any(t.startswith("anti-") and t != "anti-American targets" for t in targets)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The man is still being held in custody by the United States aboard a ship.",
         "the United States"),
        ("The reporter was held in detention by the army near the border.", "army"),
    ],
)  # fmt: skip
def test_a_by_hung_on_the_custody_noun_names_the_holder(  # type: ignore[no-untyped-def]
    nlp, text: str, holder: str
) -> None:
    """ "held in custody by X": the parser hangs the "by" on "custody"; X holds
    (events_targets.custodians, roles 1.206.0)."""
    actors, _ = parties(nlp, text, "held")
    assert actors == [holder], actors


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Mr Sharon's hard words and air strikes opened major divisions in his government.",
         "air strikes", "Sharon"),
        ("Israel's incursions and air strikes killed ten Palestinians.", "air strikes", "Israel"),
        ("Sharon's words and Hamas attacks angered everyone.", "attacks", "Hamas"),
    ],
)  # fmt: skip
def test_one_possessor_owns_coordinated_act_nouns(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str
) -> None:
    """ "X's words and air strikes": X's strikes; an act noun with a party word of its own
    keeps it (events_coordinated.shared_possessor, roles 1.206.0)."""
    actors, _ = parties(nlp, text, trigger)
    assert actors == [actor], actors


def test_an_act_noun_with_its_own_article_shares_no_possessor(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, "The general's threats and the raids angered the villagers.", "raids")
    assert "general" not in actors, actors


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The US envoy threatened to quit if the two sides failed to agree on a truce.",
         "threatened", "sides"),
        ("The union threatened to strike unless the company raised wages.", "threatened",
         "company"),
    ],
)  # fmt: skip
def test_a_condition_s_body_is_the_target(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    """The subject of an "if"/"unless" clause, also one the parser hangs as a complement and
    a body no role word names, is whom a conditional warning is aimed at
    (events_targets.condition_subjects, roles 1.206.3)."""
    _, targets = parties(nlp, text, trigger)
    assert targets == [target], targets


@pytest.mark.parametrize(
    "text",
    ["The reporter asked if the army would withdraw.", "Workers will strike if prices rise."],
)
def test_whether_or_a_thing_is_no_condition_s_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for event in events(nlp, text):
        assert not event.targets, event


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Gunmen launched their first ambushes, wounding three settlers near the town.",
         "ambushes", "settlers"),
        ("Militants carried out an attack on Monday, killing 10 soldiers.", "attack", "soldiers"),
        ("The army launched air strikes on the camp, killing two militants.", "air strikes",
         "camp"),
    ],
)  # fmt: skip
def test_a_launched_attack_hurts_whom_its_participle_names(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, target: str
) -> None:
    """ "launched ambushes, wounding three settlers": the settlers are the ambushes' target;
    an attack with a target of its own keeps it (events_targets.hurt_by_launched_act, roles
    1.206.4)."""
    _, targets = parties(nlp, text, trigger)
    assert targets == [target], targets


def test_things_a_participle_destroys_are_no_attack_s_people(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "Rebels staged an attack, destroying two bridges.", "attack")
    assert targets == [], targets


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Three people were injured after a Palestinian suicide bomber blew himself up at a hotel.",
         "injured", "Palestinian suicide bomber"),
        ("Two soldiers were killed after militants attacked their convoy.", "killed", "militants"),
        ("A man was injured after police arrested him.", "injured", None),
        ("The station was bombed after a mob lynched two soldiers there.", "bombed", None),
    ],
)  # fmt: skip
def test_a_casualty_after_an_attack_was_hurt_by_its_attacker(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str | None
) -> None:
    """ "were injured after a bomber blew himself up": the bomber hurt them; an arrest or a
    second attack told after "after" names no one (`casualty_sequel_marks`, vocabulary
    1.440.1)."""
    actors, _ = parties(nlp, text, trigger)
    assert actors == ([actor] if actor else []), actors


def test_an_ordered_recalled_act_takes_the_act_done_not_one_feared(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "after the first assault": "first" gives the noun no party of its own, so it recalls
    the attack told before, not the one only feared in between (`recalling_adjectives`,
    events_recalled_acts, roles 1.206.5)."""
    text = (
        "Smith admitted carrying out an attack on a girl in March. He was released in "
        "November despite warnings that he would attack another child. Officers set out "
        "their warnings in a report prepared after the first assault."
    )
    actors, targets = parties(nlp, text, "assault")
    assert (actors, targets) == (["Smith"], ["girl"])


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Police raided the house in order to arrest the suspect.", "arrest", "Police"),
        ("The detainees are damaging buildings in order to put pressure on the authorities.",
         "pressure", "detainees"),
        ("Rebels attacked the town in order to punish the villagers.", "punish", "Rebels"),
    ],
)  # fmt: skip
def test_in_order_to_is_the_subject_s_purpose_and_no_order(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str
) -> None:
    """ "in order to V": the parser hangs V on "order", which the vocabulary reads as a
    command; the set phrase orders nothing and the main clause's subject does V
    (events_select._in_set_phrase, events_subjects._in_order_to, roles 1.206.6)."""
    actors, _ = parties(nlp, text, trigger)
    assert actors == [actor], actors
