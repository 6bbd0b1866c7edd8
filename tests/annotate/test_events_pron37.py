"""Pronoun doers resolved to the wrong person, shapes seen on the ECB+ audit sample ecb25
(pron37): a he in a noun of saying's clause is the one whose statement it is; a pronoun
object of a coordinated "what led X ... and what led him" is X; a conjunct verb in the bare
form is the bare verb's before it, never the main clause's; a kin named later with the same
surname is no he."""

from __future__ import annotations

from event_helpers import events, parties


def test_a_he_in_a_statement_noun_clause_is_the_one_whose_statement_it_is(nlp):  # type: ignore[no-untyped-def]
    text = (
        "The lawyer Paul Kemp spoke to reporters on Monday. Officials are still waiting for a "
        "report on Mr Mertz's statement that the bullet bounced off a wall after he had fired "
        "warning shots."
    )
    actors, _ = parties(nlp, text, "fired")
    assert actors == ["Mertz"]
    text = (
        'Sergeant Carl Mertz was charged on Friday. "They did nothing wrong," said Paul Kemp, '
        "the lawyer for Mertz. Officials await a report on Mertz's claim that he had fired "
        "into the air."
    )
    actors, _ = parties(nlp, text, "fired")
    assert actors == ["Mertz"]


def test_a_pronoun_object_of_a_repeated_leading_verb_is_the_one_named_before(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Jurors heard testimony in the trial of Carl Mertz on Tuesday. Prosecutor Paul Kemp "
        "opened the case, asking what brought Carl Mertz to the harbour and what led him to "
        "shoot the guard."
    )
    actors, targets = parties(nlp, text, "shoot")
    assert actors == ["Carl Mertz"]
    assert targets == ["guard"]
    # one named alone is who the pronoun stands for
    text = "Carl Mertz went on trial on Monday. Anger led him to attack the guard."
    assert parties(nlp, text, "attack") == (["Carl Mertz"], ["guard"])


def test_a_bare_conjunct_is_the_bare_verb_s_before_it(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Carl Mertz is accused of killing a guard. Paul Kemp has a hard task ahead of him in "
        "proving that his client did not fire the gun and, in the end, kill the guard."
    )
    kill = [e for e in events(nlp, text) if e.trigger == "kill"]
    assert [[a.text for a in e.actors] for e in kill] == [["his client"]]
    # the bare verb shares the "did not": the killing is denied too (modality 1.134.0)
    assert [e.negated for e in kill] == [True]
    text = "The soldiers did not shoot the prisoners and released them on Monday."
    assert [e.negated for e in events(nlp, text) if e.trigger == "released"] == [False]


def test_a_kin_named_with_the_surname_is_no_he(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Frank Dalton ran the family business for decades. He lived in Akron with his wife "
        "and their two daughters, Anna Dalton and Mary Dalton. In 1985, he was indicted in "
        "Ohio on a charge of bribing the police chief."
    )
    _, targets = parties(nlp, text, "indicted")
    assert targets == ["Frank Dalton"]
    text = (
        "Frank Dalton ran the family business for decades. Frank Dalton had a home in Akron. "
        "His children are Anna Dalton, Mary Dalton and Peter. In 1985, he was indicted in Ohio "
        "on a charge of bribing the police chief."
    )
    _, targets = parties(nlp, text, "indicted")
    assert targets == ["Frank Dalton"]


def test_one_unfit_to_stand_trial_is_not_tried(nlp):  # type: ignore[no-untyped-def]
    text = "Peter Brown was charged with fraud. Doctors said he was mentally unfit to stand trial."
    trial = [e for e in events(nlp, text) if e.trigger == "stand trial"]
    assert [(e.negated, [t.text for t in e.targets]) for e in trial] == [(True, ["Peter Brown"])]
    text = "Peter Brown was charged with fraud. Doctors said he was fit to stand trial."
    assert [e.negated for e in events(nlp, text) if e.trigger == "stand trial"] == [False]


def test_the_one_a_causing_verb_leads_does_the_infinitive(nlp):  # type: ignore[no-untyped-def]
    # the parser hangs the infinitive on the object as a relative clause, or on the verb as
    # an adverbial clause (chronicler_parse_mending_v25)
    assert parties(nlp, "Anger led the young man to attack the guard.", "attack") == (
        ["young man"],
        ["guard"],
    )
    text = (
        "The inspector, Paul Kemp, asked what led the teenager to shoot the guard and what "
        "drove him to flee."
    )
    assert parties(nlp, text, "shoot") == (["teenager"], ["guard"])
    assert parties(nlp, "Hunger drove the villagers to loot the depot.", "loot") == (
        ["villagers"],
        ["depot"],
    )


def test_a_he_a_lawyer_speaks_of_is_the_accused(nlp):  # type: ignore[no-untyped-def]
    # shapes that already resolve right, kept so
    text = (
        "Officer Mark Dalton was arrested on Friday. He had fired warning shots, his lawyer "
        "Tom Reed said."
    )
    assert parties(nlp, text, "fired")[0] == ["Mark Dalton"]
    text = "Mark Dalton was held on Friday. His client did not shoot the clerk, the lawyer said."
    assert parties(nlp, text, "shoot")[0] == ["His client"]
