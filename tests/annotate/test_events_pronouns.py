"""Whom a he/she stands for (annotate/events_pronouns.py), on texts written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

from chronicler.annotate.events_person_names import person_key
from chronicler.annotate.events_quoted_speakers import quotation_spans, quotation_speaker


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Daniel R. Hollis Jr.", ("hollis",)),
        ("Daniel Hollis, Jr.", ("hollis",)),
        ("Carl Brandt III", ("brandt",)),
        ("Hollis", ("hollis",)),
        ("Jr.", ("jr.",)),  # a suffix alone is all there is
    ],
)
def test_a_generational_suffix_is_no_surname(name: str, key: tuple[str, ...]) -> None:
    assert person_key(name) == key


@pytest.mark.slow
def test_a_title_tells_the_gender_a_later_pronoun_agrees_with(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mr. Hale met Ms. Ortiz in Geneva on Monday. Afterwards she accused the army of lying."
    accused = by_trigger(events(nlp, text), "accused")
    assert has(accused.actors, "Ortiz") and not has(accused.actors, "Hale"), [
        p.text for p in accused.actors
    ]


@pytest.mark.slow
def test_with_no_title_the_latest_subject_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Hale met Ann Ortiz in Geneva on Monday. Afterwards he accused the army of lying."
    accused = by_trigger(events(nlp, text), "accused")
    assert has(accused.actors, "Hale"), [p.text for p in accused.actors]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the reporting clause after the quotation, curly marks, two paragraphs
        (
            "Tom Stirling met Carl Dorsey on Friday.\n\n“He attacked two guards.\n\n"
            "He also robbed a bank,” Stirling said.",
            "attacked",
        ),
        # verb before its subject, straight marks
        (
            'Tom Stirling met Carl Dorsey on Friday. "He attacked two guards," said Stirling.',
            "attacked",
        ),
        # the speaker a pronoun
        ('Tom Stirling met Carl Dorsey on Friday. "He attacked two guards," he said.', "attacked"),
        # the reporting clause before the quotation
        (
            'Police arrested Carl Dorsey on Friday. Sheriff Tom Stirling said: "He murdered a'
            ' deputy. He also attacked two guards."',
            "murdered",
        ),
        # tokenised text, a sentence a line, the marks standing alone
        (
            'Tom Stirling met Carl Dorsey on Friday .\n\n" He is a killer .\n\n'
            'He attacked two guards , " Stirling said .',
            "attacked",
        ),
    ],
)
def test_a_third_person_pronoun_in_a_quotation_is_not_its_speaker(
    nlp, text: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert has(event.actors, "Dorsey") and not has(event.actors, "Stirling"), [
        p.text for p in event.actors
    ]


@pytest.mark.slow
def test_a_speaker_quoted_on_a_woman_is_not_her(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Stirling met Carl Dorsey on Friday. Stirling told reporters: "
        '"He attacked two guards and threatened her."'
    )
    threatened = by_trigger(events(nlp, text), "threatened")
    assert not has(threatened.targets, "Stirling"), [p.text for p in threatened.targets]


@pytest.mark.slow
def test_a_first_person_pronoun_in_a_quotation_stays_the_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Police arrested Carl Dorsey on Friday. "I arrested him at his home," Tom Stirling said.'
    arrested = [e for e in events(nlp, text) if e.trigger == "arrested"][-1]
    # "I" is the speaker's own voice, not someone named before: the speaker (roles 1.18.0);
    # "him" is the one arrested
    assert [p.text for p in arrested.actors] == ["Tom Stirling"], [p.text for p in arrested.actors]
    assert has(arrested.targets, "Dorsey"), [p.text for p in arrested.targets]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # no quotation: the latest subject, as before
        "Tom Stirling met Carl Dorsey on Friday. He attacked two guards, police said.",
        # a quoted fragment in the writer's own sentence has no speaker
        'Tom Stirling met Carl Dorsey on Friday. He "attacked two guards," police said.',
    ],
)
def test_a_pronoun_outside_a_quotation_keeps_its_antecedent(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    attacked = by_trigger(events(nlp, text), "attacked")
    assert has(attacked.actors, "Stirling"), [p.text for p in attacked.actors]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Ann said: "We left. We came back."', ['"We left. We came back."']),
        ('"One.\n\n"Two," she said.', ['"One.\n\n"Two,"']),  # a paragraph opened anew
        ('He called it a "farce" and left.', ['"farce"']),
        ("“Yes,” she said. “No.”", ["“Yes,”", "“No.”"]),
    ],
)
def test_quotation_spans(nlp, text: str, quoted: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [doc[a : b + 1].text for a, b in quotation_spans(doc)] == quoted


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We left," Ann Ruiz said.', "Ruiz"),
        ('"We left," said Ann Ruiz.', "Ruiz"),
        ('Ann Ruiz told reporters: "We left."', "Ruiz"),
        ('Ann Ruiz called it a "farce" on Monday.', None),
    ],
)
def test_quotation_speaker(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    [(opening, closing)] = quotation_spans(doc)
    found = quotation_speaker(doc, opening, closing)
    assert (found.text if found is not None else None) == speaker


@pytest.mark.parametrize(
    ("text", "trigger", "role", "speaker"),
    [
        (
            '"We will not attack the villages," the rebel commander said.',
            "attack",
            "actors",
            "commander",
        ),
        (
            '"I ordered the arrest of the mayor," Governor Tom Hale said on Monday.',
            "arrest",
            "actors",
            "Hale",
        ),
        (
            'Ann Ortiz met reporters. "They threatened us," she said.',
            "threatened",
            "targets",
            "Ortiz",
        ),
        (
            '"The budget was not a topic of our negotiations," Governor Tom Hale said.',
            "negotiations",
            "actors",
            "Hale",
        ),
    ],
)
def test_first_person_in_a_quotation_is_its_speaker(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, role: str, speaker: str
) -> None:
    """An I/me/we/us inside a direct quotation is the subject of its reporting clause (roles
    1.18.0), as is a my/our owning an act ("our negotiations")."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(getattr(ev, role), speaker), [p.text for p in getattr(ev, role)]


@pytest.mark.slow
def test_they_in_a_quotation_is_not_its_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, '"They burned our houses," the villagers said.'), "burned")
    assert not has(ev.actors, "villagers")


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        # a participle, a coordinated predicate, an infinitive: the subject it shares is
        # never its object pronoun
        (
            "Mr. Garrett swung it at Mr. Rudolph, hitting him in the head.",
            "hitting",
            "Garrett",
            "Rudolph",
        ),
        ("Mr. Garrett chased Mr. Rudolph and hit him in the head.", "hit", "Garrett", "Rudolph"),
        ("Mr. Rudolph fell. Mr. Garrett tried to hit him.", "hit", "Garrett", "Rudolph"),
        # nor the same person named in full before
        (
            "Myles Garrett was fined. Mr. Garrett swung it at Mr. Rudolph, hitting him.",
            "hitting",
            "Garrett",
            "Rudolph",
        ),
        # an object's infinitive is the object's to do: the pronoun may be the asker
        ("Mr. Garrett asked Mr. Smith to arrest him.", "arrest", "Smith", "Garrett"),
    ],
)
def test_an_object_pronoun_is_not_the_subject_its_clause_shares(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    event = by_trigger(events(nlp, text), trigger)
    assert has(event.actors, actor) and has(event.targets, target), (event.actors, event.targets)


def test_a_quoted_i_under_a_report_of_the_speakers_words_is_the_reporter(nlp) -> None:  # type: ignore[no-untyped-def]
    """Quoted words with no reporting clause of their own, inside the report of what someone
    said: the I is the one who said it (roles 1.24.0)."""
    text = 'The envoy said he met the minister, who "asked, and I refused, to delay the vote."'
    ev = by_trigger(events(nlp, text), "refused")
    assert has(ev.actors, "envoy") and not has(ev.actors, "I")


def test_a_quoted_i_with_no_report_at_all_names_no_one_else(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The envoy met the minister, who "asked, and I refused, to delay the vote."'
    ev = by_trigger(events(nlp, text), "refused")
    assert not has(ev.actors, "envoy")


def test_the_subject_of_an_adverbial_clause_is_the_main_clauses(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Ruritania's leader Ana Vidal can expect sanctions if she does not stop ...": she is
    Vidal, the main clause's subject (here its apposed name), not the subject of a sentence
    before."""
    text = (
        "Maria Lopez reports. Officials say Ruritania's leader Ana Vidal can expect sanctions "
        "if she does not stop testing missiles."
    )
    ev = by_trigger(events(nlp, text), "testing")
    assert has(ev.actors, "Vidal") and not has(ev.actors, "Lopez")


def test_a_gerund_after_a_preposition_has_the_subject_of_the_verb_it_is_on(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "went in with the aim of shooting him": the one going in shoots, so him is not him
    (events_pronouns.prepositional_gerund_governor, roles 1.153.0)."""
    text = "Tom Reed was in his office. Peter Brown went in with the aim of shooting him."
    ev = by_trigger(events(nlp, text), "shooting")
    assert has(ev.targets, "Reed") and not has(ev.targets, "Brown")
