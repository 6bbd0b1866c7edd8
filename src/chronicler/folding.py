"""Accent folding shared by the stages that match names and words written with or without
accents ("Rodríguez", "Rodriguez")."""

import unicodedata


def strip_accents(text: str) -> str:
    """The text with its combining marks removed after NFKD ("Unión Europea": "Union Europea");
    letters NFKD does not decompose ("ø", "ł") are kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
