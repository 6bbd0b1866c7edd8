"""Leftovers of the thirty-seventh session's English audits of real news (left38): sentences
written for these tests."""

from __future__ import annotations

from event_helpers import events


def _parties(evs, trigger: str):  # type: ignore[no-untyped-def]
    return [
        ([a.text for a in e.actors], [t.text for t in e.targets])
        for e in evs
        if e.trigger.lower() == trigger
    ]


def test_a_shop_loot_is_taken_from_is_the_one_robbed_not_its_town(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, site in (
        ("Thieves made off with jewels stolen from a Paris boutique on Monday.", "boutique"),
        ("Jewellery worth $1 million was stolen from a London gallery.", "gallery"),
    ):
        (stolen,) = [e for e in events(nlp, text) if e.trigger == "stolen"]
        assert [t.text.split()[-1] for t in stolen.targets] == [site], text


def test_a_question_word_is_no_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _parties(events(nlp, "Who is to blame for the attack?"), "blame") == [([], [])]
    # the police arrest (chronicler_parse_mending_v32; was no one: "police" a compound)
    assert _parties(events(nlp, "Whom did the police arrest?"), "arrest") == [(["police"], [])]
    # a relative "who" stands for its noun as before
    assert _parties(events(nlp, "Police arrested the man who attacked the guard."), "attacked") == [
        (["man"], ["guard"])
    ]


def test_an_eased_measure_is_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Castro relaxed travel restrictions and allowed Cubans to travel abroad.")
    assert _parties(evs, "relaxed") == [(["Castro"], [])]
    assert _parties(evs, "allowed") == [(["Castro"], ["Cubans"])]
    assert _parties(events(nlp, "The army lifted the curfew on Monday."), "lifted") == [
        (["army"], [])
    ]
    # the one a measure bore on stays its recipient
    for text, bearer in (
        ("The government eased restrictions on journalists.", "journalists"),
        ("Serbia lifted a night curfew in Montenegro.", "Montenegro"),
        ("Israel lifted its blockade of Gaza.", "Gaza"),
        ("Washington lifted sanctions against Iran.", "Iran"),
    ):
        (lifted,) = [e for e in events(nlp, text) if e.trigger in ("eased", "lifted")]
        assert [t.text for t in lifted.targets] == [bearer], text


def test_a_us_state_named_new_jersey_is_no_jersey(nlp) -> None:  # type: ignore[no-untyped-def]
    (indicted,) = events(nlp, "In 1990, he was indicted in New Jersey on a charge of bribery.")
    assert not indicted.actors  # was Jersey (JEY), the island's state
    # a country named as the place still stands for its authority (the Lebanon standard)
    (charged,) = events(nlp, "The banker was indicted in Jersey on fraud charges.")
    assert [a.text for a in charged.actors] == ["Jersey"]


def test_a_report_set_inside_a_clause_leaves_the_act_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # chronicler_parse_mending_v28: the speaker is no doer of the act reported
    for text, trigger, doer in (
        (
            "The shooters, said sheriff's Sgt. Tom Smith, fired at least ten rounds.",
            "fired",
            "shooters",
        ),
        ("The gunmen, said Tom Smith, fired at the crowd.", "fired at", "gunmen"),
        (
            "The rebels, said army spokesman Col. Ali Hassan, attacked the convoy.",
            "attacked",
            "rebels",
        ),
    ):
        assert [a for a, _ in _parties(events(nlp, text), trigger)] == [[doer]], text
    # the shapes the parser reads right stay
    for text in (
        "The gunmen, police said, fired at the crowd.",
        "The gunmen fired at the crowd, said police spokesman Tom Smith.",
    ):
        assert _parties(events(nlp, text), "fired at") == [(["gunmen"], ["crowd"])], text


def test_they_after_a_report_goes_on_with_the_reported_doers(nlp) -> None:  # type: ignore[no-untyped-def]
    # (an act other than fleeing: a criminal's flight from the scene is no event, left38b)
    for text, group in (
        ("Police said the two men robbed a bank on Main Street. They beat a guard.", "men"),
        ("Witnesses said the gunmen wore masks. They beat a guard.", "gunmen"),
    ):
        assert [a for a, _ in _parties(events(nlp, text), "beat")] == [[group]], text
    # a sentence's own doer is who "they" goes on with, as before
    evs = events(nlp, "Police stopped the rioters. They fired tear gas.")
    assert [[a.text for a in e.actors] for e in evs if e.trigger.startswith("fired")] == [
        ["Police"]
    ]


def test_a_feminine_pronoun_goes_on_with_someones_kin_told_since_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ms. Anna Brown testified on Monday. Court records show that Mr. Peter Gray was once "
        "accused of assault on his sister after she accused him of stealing her guitar."
    )
    evs = events(nlp, text)
    accusations = [e for e in evs if e.trigger == "accused" and e.actors]
    assert [a.text for e in accusations for a in e.actors] == ["his sister"]
    (stealing,) = [e for e in evs if e.trigger == "stealing"]
    assert [t.text for t in stealing.targets] == ["his sister"]
    text = (
        "Anna Brown spoke to reporters. Jones's girlfriend was questioned. She was arrested later."
    )
    assert _parties(events(nlp, text), "arrested") == [([], ["Jones's girlfriend"])]
    # a named woman, the only one, as before
    text = "A man was arrested after Anna Smith accused him of stealing her guitar."
    (stealing,) = [e for e in events(nlp, text) if e.trigger == "stealing"]
    assert [t.text for t in stealing.targets] == ["Anna Smith"]


def test_the_one_asking_is_no_him_of_the_second_question(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "John Hale asked what happened that night and what drove him to flee.",
        "The prosecutor, John Hale, asked jurors to consider what happened that night and what "
        "drove him to flee.",
    ):
        assert _parties(events(nlp, text), "flee") == [([], [])], text
    # one named before is whom it stands for
    text = (
        "Peter Cole was arrested. John Hale asked what happened that night and what drove "
        "him to flee."
    )
    assert [a for a, _ in _parties(events(nlp, text), "flee")] == [["Peter Cole"]]


def test_an_ordered_break_in_is_the_orderers_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # as the PLOVER gold codes "ordered patrols by police" MOBILIZE by the government and
    # this vocabulary "ordered the raids": the act, by the one ordering, no REQUEST with the
    # act as its recipient
    evs = events(nlp, "The director said he ordered the break-ins because security required it.")
    assert [
        (e.type, e.mode, [a.text for a in e.actors]) for e in evs if e.trigger != "required"
    ] == [("COERCE", "seize", ["director"])]
    evs = events(nlp, "Burglars carried out a break-in at the office.")
    assert [(e.type, [a.text for a in e.actors]) for e in evs] == [("COERCE", ["Burglars"])]


def test_a_him_in_what_a_he_tells_is_the_teller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kevin Smith testified on Tuesday. While on the stand he told jurors that Timmons had "
        "asked him to tell police they were together."
    )
    assert _parties(events(nlp, text), "asked") == [(["Timmons"], ["Kevin Smith"])]
    text = "Peter Brown was released on Monday. He said the guards had beaten him."
    assert _parties(events(nlp, text), "beaten") == [(["guards"], ["Peter Brown"])]


def test_a_coordinated_passive_shares_the_first_clauses_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mary Jones argued with her husband. She left the house, but was later arrested."
    assert _parties(events(nlp, text), "arrested") == [([], ["Mary Jones"])]


def test_what_police_assert_is_alleged(nlp) -> None:  # type: ignore[no-untyped-def]
    # a complementizer "that" is no object (chronicler_parse_mending_v28), and a claim noun
    # the tagger read as a verb still makes its content alleged
    for text, trigger in (
        (
            "Police assertions that Jones fired at the officers were disputed by his family.",
            "fired at",
        ),
        ("Police assertions that the guards beat the prisoner were denied.", "beat"),
    ):
        (act,) = [e for e in events(nlp, text) if e.trigger == trigger]
        assert act.hypothetical, text
    (shot,) = events(nlp, "Jones shot at the officers on Friday.")
    assert not shot.hypothetical
