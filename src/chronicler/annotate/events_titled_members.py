"""An office holder the parser hung on the organisation whose office it is: "a visit here by
Palestine Liberation Organization (PLO) Chairman Yasser Arafat" comes parsed with the
organisation's name as the phrase's head and the titled name as its apposition (the bracketed
acronym parts them), so the organisation stood for its chairman as the visitor. The person is
the party; the organisation is only the office's (the lead's ruling on affiliations; roles
1.155.7)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def titled_member(head: Token) -> Token | None:
    """The person an organisation's name heads as an apposition with a title before it
    ("Palestine Liberation Organization (PLO) Chairman Yasser Arafat": Arafat), else None. The
    title is a capitalised modifier of the person's name outside any name ("Chairman"); a bare
    apposed name ("the group, John Smith") is left as it is."""
    if head.ent_type_ != "ORG":
        return None
    for person in head.children:
        if person.dep_ != "appos" or person.i < head.i or person.ent_type_ != "PERSON":
            continue
        titles = [
            c
            for c in person.children
            if c.dep_ == "compound" and c.i < person.i and c.ent_type_ == "" and c.is_title
        ]
        if titles:
            return person
    return None
