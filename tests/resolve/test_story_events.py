"""Events merged per story (story_events): which entities a participant names, targets that are
the act's own actors, the evidence shown first."""

from __future__ import annotations

from dataclasses import replace

from chronicler.model import EventDate, EventMention, Participant
from chronicler.resolve import actors as actor_rules
from chronicler.resolve.merge import MergedEvent, SourcedMention
from chronicler.resolve.story_events import evidence_order, participant_ids, without_self


def _accusation() -> EventMention:
    return EventMention(
        type="ACCUSE",
        mode="allege",
        cameo=None,
        trigger="acusa",
        trigger_start=100,
        trigger_end=105,
        sentence=1,
        sentence_start=60,
        sentence_end=130,
        date=EventDate("2023-03-20", "article", "approximate"),
    )


def test_the_shown_evidence_names_the_most_participants() -> None:
    """Within one article a bare 'they were all committed' can merge into 'Varela ...
    guaranteeing their safe arrival'; the sentence shown first must say who did it."""
    agree = EventMention(
        type="AGREE",
        mode=None,
        cameo=None,
        trigger="committed",
        trigger_start=0,
        trigger_end=9,
        sentence=0,
        sentence_start=0,
        sentence_end=30,
        date=EventDate(value=None, basis="unknown", certainty="inferred"),
    )
    bare = SourcedMention("a", 0, agree)
    named = SourcedMention("a", 1, replace(agree, sentence=1), frozenset({"person:varela"}))
    event = MergedEvent("a:0", "AGREE", None, None, (bare, named))
    assert evidence_order(event) == [named, bare]


def test_a_name_owning_a_common_noun_is_not_the_participant() -> None:
    """'Venezuela's top political prisoner' is not Venezuela, 'Maduro's opponents' not Maduro;
    'Venezuela's government', matched to the name itself, is still Venezuela."""
    text = "Venezuela's top political prisoner"
    spans = [(0, 9, "gpe:venezuela")]
    prisoner = Participant(text, 0, len(text))
    government = Participant("Venezuela's government", 0, 22, label="GPE")
    tagged = [(0, 9)]
    assert participant_ids([prisoner], spans, tagged) == frozenset()
    assert participant_ids([government], spans, tagged) == {"gpe:venezuela"}


def test_a_participant_links_to_the_name_it_is_not_to_a_place_inside_it() -> None:
    """'the mayor of Caracas' is an unnamed office-holder, not the city: the annotate stage
    matched it to no name (label None), so the tagged place in its of-phrase is no entity of
    it, and it links to none (its words and country stay on the event). The same holds for
    a place before the office ('the Zulia governor') and for a Spanish de-phrase ('el alcalde
    de Cali'). A name matched by the annotate stage ('Agents of Venezuela' stands for
    Venezuela, label GPE) is linked as before."""
    mayor = Participant("mayor of Caracas", 4, 20, role="government", country="VEN")
    caracas = [(13, 20, "gpe:caracas")]
    assert participant_ids([mayor], caracas, [(13, 20)]) == frozenset()
    governor = Participant("Zulia governor", 4, 18, role="government")
    assert participant_ids([governor], [(4, 9, "gpe:zulia")], [(4, 9)]) == frozenset()
    alcalde = Participant("alcalde de Cali", 3, 18, role="government")
    assert participant_ids([alcalde], [(14, 18, "gpe:cali")], [(14, 18)]) == frozenset()
    agents = Participant("Venezuela", 10, 19, label="GPE", phrase="Agents of Venezuela")
    assert participant_ids([agents], [(10, 19, "gpe:venezuela")], [(10, 19)]) == {"gpe:venezuela"}


def test_a_name_recovered_after_the_tagger_heads_an_unmatched_participant() -> None:
    """A surname the tagger missed and the resolve stage recovered ('the former minister
    López', where the article names Leopoldo López) is the participant whose phrase it ends;
    one that only modifies the head is not ('López's lawyer')."""
    minister = Participant("the former minister López", 0, 25)
    lopez = [(20, 25, "person:leopoldo lopez")]
    assert participant_ids([minister], lopez, []) == {"person:leopoldo lopez"}
    lawyer = Participant("López's lawyer", 0, 14)
    assert participant_ids([lawyer], [(0, 5, "person:leopoldo lopez")], []) == frozenset()


def test_an_act_is_not_aimed_at_its_own_actor_unless_two_way() -> None:
    """ "González had asked to be flown out": asker and the one asked about resolve to one
    person, who is no target of his own request; "X and Y clashed" keeps both sides."""
    me = Participant("González", 0, 8, label="PERSON")
    again = Participant("Edmundo González", 20, 36, label="PERSON")
    other = Participant("Ruiz", 40, 44, label="PERSON")
    spans = [(0, 8, "person:a"), (20, 36, "person:a"), (40, 44, "person:b")]
    tagged = [(0, 8), (20, 36), (40, 44)]

    def event(attributes: tuple[tuple[str, str], ...] = ()) -> EventMention:
        return EventMention(
            "REQUEST", None, None, "asked", 0, 5, 0, 0, 50, actors=(me,),
            targets=(again, other), date=EventDate(None, "unknown", "inferred"),
            attributes=attributes,
        )  # fmt: skip

    kept, _ = without_self(event(), frozenset({"person:a"}), spans, tagged)
    assert kept.targets == (other,)
    two_way = event((("reciprocal", "yes"),))
    assert without_self(two_way, frozenset({"person:a"}), spans, tagged)[0] == two_way


def test_an_untagged_institution_written_as_the_articles_organisation_links_to_it() -> None:
    """ "la Fiscalía, que lo acusa de usurpación": the tagger missed this "Fiscalía" (label
    None, no entity span), but the article names "La Fiscalía" elsewhere (org:fiscalia), so the
    participant is that organisation. Lower case ("la fiscalía") or a phrase around it ("cargos
    de la Fiscalía") is no such name, and a name two organisations share links to neither."""
    orgs = actor_rules.organisation_names([("org:fiscalia", "La Fiscalía"), ("person:x", "X")])
    assert orgs == {"fiscalia": "org:fiscalia"}
    fiscalia = Participant("Fiscalía", 87, 95, role="judiciary")
    assert participant_ids([fiscalia], [], [], orgs) == {"org:fiscalia"}
    assert participant_ids([fiscalia], [], []) == frozenset()
    lower = Participant("la fiscalía", 84, 95, role="judiciary")
    assert participant_ids([lower], [], [], orgs) == frozenset()
    phrase = Participant("cargos de la Fiscalía", 70, 95, role="judiciary")
    assert participant_ids([phrase], [], [], orgs) == frozenset()
    shared = actor_rules.organisation_names([("org:a", "la Fiscalía"), ("org:b", "Fiscalía")])
    assert participant_ids([fiscalia], [], [], shared) == frozenset()
    # the event's target links the same way
    accused = replace(_accusation(), targets=(fiscalia,))
    assert without_self(accused, frozenset(), [], [], orgs)[1] == {"org:fiscalia"}
