"""A predicate the small English model reads as a noun phrase is mended (parse_mending), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, has

from chronicler.annotate.nlp import PARSE_MENDING_COMPONENT

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_verb_read_as_a_modifier_of_the_root_noun_is_the_predicate(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Myanmar's military seized power on Monday in a coup, detaining ...": the model tags
    "military" an adjective and "seized" a modifier of "power"; mended, "seized" is the root,
    "military" (with "Myanmar's") its subject, "power" its object, and the clause's phrases
    hang on the verb."""
    doc = nlp("Myanmar's military seized power on Monday in a coup, detaining the leader.")
    by_text = {t.text: t for t in doc}
    seized = by_text["seized"]
    assert seized.dep_ == "ROOT"
    assert (by_text["military"].dep_, by_text["military"].head.i) == ("nsubj", seized.i)
    assert by_text["military"].pos_ == "NOUN"
    assert (by_text["power"].dep_, by_text["power"].head.i) == ("dobj", seized.i)
    assert by_text["Myanmar"].head.i == by_text["military"].i
    assert by_text["on"].head.i == seized.i and by_text["detaining"].head.i == seized.i
    evs = events(nlp, "Myanmar's military seized power on Monday in a coup, detaining the leader.")
    (coup,) = [e for e in evs if e.mode == "coup"]
    assert has(coup.actors, "military")
    (arrest,) = [e for e in evs if e.mode == "arrest"]
    assert has(arrest.actors, "military") and has(arrest.targets, "leader")


def test_a_parse_with_a_verb_root_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    """Sentences the parser reads with a verb root (or a name before the verb) are as the
    parser left them."""
    for text in (
        "The military seized power on Monday.",
        "Protesters burned seized cars on Monday.",
        "Police said Maduro seized power in 2013.",
    ):
        mended = [(t.head.i, t.dep_) for t in nlp(text)]
        with nlp.select_pipes(disable=[PARSE_MENDING_COMPONENT]):
            plain = [(t.head.i, t.dep_) for t in nlp(text)]
        assert mended == plain, text


def test_a_verb_read_as_a_modifier_after_a_dateline_is_the_predicate(nlp) -> None:  # type: ignore[no-untyped-def]
    """The same misreading under a dateline the parser made the root ("YANGON, Myanmar (AP)
    — Myanmar's military seized power ..."): the verb is the root, the dateline hangs on it
    and names no one."""
    text = "YANGON, Myanmar (AP) — Myanmar's military seized power on Monday in a coup."
    doc = nlp(text)
    seized = next(t for t in doc if t.text == "seized")
    assert seized.dep_ == "ROOT" and doc[0].head.i == seized.i
    (coup,) = [e for e in events(nlp, text) if e.mode == "coup"]
    assert has(coup.actors, "military") and not has(coup.actors, "YANGON")


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "reported"),
    [
        (
            "The ministry ignored the petitions, an opposition party protested on Friday.",
            "party",
            "protested",
            "ignored",
        ),
        (
            "The guards beat the inmates, a prisoners' aid group charged yesterday.",
            "group",
            "charged",
            "beat",
        ),
        (
            "The council is failing to house refugees, a charity protested on Monday.",
            "charity",
            "protested",
            "failing",
        ),
    ],
)
def test_a_trailing_reporting_clause_is_the_root(  # type: ignore[no-untyped-def]
    nlp, text: str, speaker: str, verb: str, reported: str
) -> None:
    """ "X did Y, a group protested on Friday": the reporting clause the parser hung on what
    it reports (as a clause of it, or a participle on its last noun) is the root, its noun
    phrase the subject and the reported clause its complement."""
    doc = nlp(text)
    by_text = {t.text: t for t in doc}
    said = by_text[verb]
    assert said.dep_ == "ROOT", [(t.text, t.dep_, t.head.i) for t in doc]
    assert (by_text[speaker].dep_, by_text[speaker].head.i) == ("nsubj", said.i)
    assert (by_text[reported].dep_, by_text[reported].head.i) == ("ccomp", said.i)


def test_the_speaker_of_a_trailing_protest_is_its_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    """Mended, the one who protested is the protest's actor, not its target, and no party of
    the clause it reports."""
    text = "The ministry ignored the petitions, an opposition party protested on Friday."
    evs = events(nlp, text)
    (protest,) = [e for e in evs if e.trigger == "protested"]
    assert has(protest.actors, "opposition party") and not has(protest.targets, "party")
    assert has(protest.targets, "ministry")
    (ignored,) = [e for e in evs if e.trigger == "ignored"]
    assert not has(ignored.targets, "party")


def test_a_participle_after_an_apposition_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    """A participle describing an apposed noun ("a woman trained in Paris") or a clause with
    its own reporting root is as the parser left it."""
    for text in (
        "She hired a lawyer, a woman trained in Paris.",
        "The report was drafted by two aides, a spokesman said on Tuesday.",
        "Troops fired on the crowd, which fled.",
        "Police arrested the leaders, and students marched on Sunday.",
    ):
        mended = [(t.head.i, t.dep_) for t in nlp(text)]
        with nlp.select_pipes(disable=[PARSE_MENDING_COMPONENT]):
            plain = [(t.head.i, t.dep_) for t in nlp(text)]
        assert mended == plain, text


def test_a_hyphenated_noun_split_into_siblings_is_one_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "threatened his co-workers": the tokenizer splits "co", "-", "workers" and the parser
    hangs each on the verb as an object; mended, "co" is a compound and the dash punctuation
    of "workers", which takes "his", so the target is one phrase."""
    doc = nlp("The clerk threatened his co-workers on Monday.")
    by_text = {t.text: t for t in doc}
    workers = by_text["workers"]
    assert (by_text["co"].dep_, by_text["co"].head.i) == ("compound", workers.i)
    assert (by_text["-"].dep_, by_text["-"].head.i) == ("punct", workers.i)
    assert by_text["his"].head.i == workers.i
    evs = events(nlp, "The clerk threatened his co-workers.")
    (threat,) = [e for e in evs if e.type == "THREATEN"]
    assert [p.text for p in threat.targets] == ["his co-workers"]


def test_hyphenated_words_the_parser_joins_are_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    """A hyphenated word the parser already reads as one phrase, or a dash between spaced
    words, is as the parser left it."""
    for text in (
        "Pro-government militias attacked the village.",
        "The ceasefire - agreed on Monday - held.",
        "They held a sit-in at the ministry.",
    ):
        mended = [(t.head.i, t.dep_) for t in nlp(text)]
        with nlp.select_pipes(disable=[PARSE_MENDING_COMPONENT]):
            plain = [(t.head.i, t.dep_) for t in nlp(text)]
        assert mended == plain, text


def test_an_age_heading_a_noun_phrase_is_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The 9-year-old was hurt", "police detained a 15-year-old": "old" heads the phrase
    and is mended to a noun; an age modifying a noun ("a 15-year-old boy") or said of someone
    ("the boy was 9 years old") stays an adjective."""
    for text, dep in (
        ("The 9-year-old was hurt in the blast.", "nsubjpass"),
        ("Police detained a 15-year-old on Monday.", "dobj"),
    ):
        old = next(t for t in nlp(text) if t.text == "old")
        assert (old.tag_, old.pos_, old.dep_) == ("NN", "NOUN", dep), text
    for text in ("Police detained a 15-year-old boy on Monday.", "The boy was 9 years old."):
        old = next(t for t in nlp(text) if t.text == "old")
        assert old.tag_ == "JJ", text


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Maria Gomez , 34 was arrested on Friday .", "Gomez", "34"),  # name an npadvmod
        ("Peter Hall, 27 was found guilty of the assault.", "Hall", "27"),  # two subjects
    ],
)
def test_a_name_whose_age_lost_its_second_comma_is_the_subject(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, age: str
) -> None:
    """ "Maria Gomez, 34 was arrested": the parser makes the age the subject and the name a
    modifier or a second subject; mended, the name is the subject and the age its
    apposition, and the act is done to the name."""
    by_text = {t.text: t for t in nlp(text)}
    assert by_text[name].dep_ == "nsubjpass" and by_text[name].head.dep_ == "ROOT"
    assert (by_text[age].dep_, by_text[age].head.text) == ("appos", name)
    assert has(events(nlp, text)[0].targets, name)


def test_a_count_after_a_name_with_a_plural_verb_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    """A plural verb agrees with a count of people, no one person's age."""
    doc = nlp("Across Kenya , 20 were arrested on Friday .")
    assert {t.text: t for t in doc}["20"].dep_ in ("nsubjpass", "nsubj")


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Peter Jones, 45, and Mary Jones, 43, on Monday.",
        "The court jailed Peter Jones, 45, and Mary Jones, 43, for fraud.",
    ],
)
def test_a_name_conjoined_after_an_age_is_the_first_name_s_conjunct(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "arrested Peter Jones, 45, and Mary Jones, 43": the parser hangs the second name on
    the verb after the first one's age; mended, it is the first name's conjunct, and both
    are the act's targets."""
    doc = nlp(text)
    mary = next(t for t in doc if t.text == "Jones" and t.nbor(-1).text == "Mary")
    assert (mary.dep_, mary.head.nbor(-1).text) == ("conj", "Peter")
    targets = [t.text for t in events(nlp, text)[0].targets]
    assert "Peter Jones" in targets and "Mary Jones" in targets


def test_a_clause_conjoined_after_an_age_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Police arrested Peter Jones, 45, and charged him with fraud.")
    assert {t.text: t for t in doc}["charged"].dep_ == "conj"


def test_an_age_before_a_participle_heads_the_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The 15-year-old charged with stabbing a guard was remanded": the parser heads the
    phrase with the participle, the age its adjective; mended, "old" is the noun the
    participle modifies, as "the man charged with ..." is parsed."""
    doc = nlp("The 15-year-old accused of stabbing a guard was remanded in custody.")
    by_text = {t.text: t for t in doc}
    assert (by_text["old"].tag_, by_text["old"].dep_) == ("NN", "nsubjpass")
    assert (by_text["accused"].dep_, by_text["accused"].head.text) == ("acl", "old")
    stab = next(e for e in events(nlp, doc.text) if e.trigger == "stabbing")
    assert has(stab.actors, "15-year-old")


def test_adjective_read_as_a_second_subject_modifies_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Heavy shelling destroyed the hospital.")
    assert (doc[0].dep_, doc[0].head.text) == ("amod", "shelling")
    assert doc[1].dep_ == "nsubj"


def test_a_reduced_relative_read_as_the_verb_modifies_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The activists imprisoned last year were freed": the model makes "imprisoned" the
    root with the activists its doers; mended, the activists were imprisoned and freed."""
    text = "The activists imprisoned last year were freed on Monday."
    doc = nlp(text)
    by_text = {t.text: t for t in doc}
    assert by_text["freed"].dep_ == "ROOT"
    assert (by_text["activists"].dep_, by_text["activists"].head.text) == ("nsubjpass", "freed")
    assert (by_text["imprisoned"].dep_, by_text["imprisoned"].head.text) == ("acl", "activists")
    jailed = next(e for e in events(nlp, text) if e.trigger == "imprisoned")
    assert not jailed.actors and has(jailed.targets, "activists")


def test_a_subject_s_own_acts_listed_are_not_a_reduced_relative(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The guards fled and were caught": the guards' own verbs, as parsed."""
    doc = nlp("The guards fled and were caught by the rebels.")
    assert {t.text: t for t in doc}["fled"].dep_ == "ROOT"
