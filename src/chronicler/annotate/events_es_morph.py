"""Spanish word-form tests read off the small model's parse: a token's morphological
features, the case preposition of a nominal ("al periodista" -> "a"), "se", participles and
predicate nouns, auxiliaries, the unaccented preterites the model misreads as modifiers
("ataco", "detuvo" read as adjectives), infinitives, object clitics and grammatical number.
Split from events_es_subjects, which reads subjects and governing verbs with them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_forms import PARTICIPLE_ENDINGS

if TYPE_CHECKING:
    from spacy.tokens import Token


SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})


_CASE_FOLD = {"al": "a", "del": "de"}


def feats(token: Token, name: str) -> list[str]:
    """A morphological feature's values ("Mood" -> ["Cnd"]); empty when absent."""
    return list(token.morph.get(name, []))


def has_possessive(word: Token) -> bool:
    """A possessive determiner on the word ("su ruptura", "sus demandas"): whose the act or
    the thing is, told."""
    return any(c.dep_ == "det" and "Yes" in feats(c, "Poss") for c in word.children)


def agrees_in_form(word: Token, noun: Token, *, shown: bool = False) -> bool:
    """Gender and number agree where both words show them ("detenida": no "marchas", no
    "él"); with `shown`, both words must show each and agree ("disuelta" on "la
    manifestación")."""
    for name in ("Gender", "Number"):
        a, b = feats(word, name), feats(noun, name)
        if shown and not a:
            return False
        if (shown or (a and b)) and a != b:
            return False
    return True


# The words of a locution bounding a number ("al menos", "por lo menos", "a lo sumo", "cuando
# menos", "como mínimo"), which the parser hangs on the counted noun as a preposition of its
# own, or fixes to its personal "a": "detuvo al menos a diez manifestantes" is "a" + the
# people, as "detuvo a diez manifestantes" (the "al" of "al menos" is no personal "a").
_BOUNDING_WORDS = frozenset({"menos", "sumo", "mínimo", "máximo", "cuando", "lo"})
_BOUNDING_HEADS = frozenset({"al", "a", "por", "cuando", "como"})
# the words opening such a locution right after a personal "a" ("a cuando menos", "a por lo
# menos"), which the parser may fix to the "a"
_BOUNDING_OPENERS = frozenset({"cuando", "por"})


def _bounding_locution(child: Token) -> bool:
    """A case word heading a number's bounding locution ("al" + "menos", "por" + "lo menos")."""
    fixed = {f.lower_ for f in child.children if f.dep_ == "fixed"}
    return child.lower_ in _BOUNDING_HEADS and bool(fixed) and fixed <= _BOUNDING_WORDS


def _bound_then_personal(child: Token) -> bool:
    """A bounding locution with the personal "a" after it fixed to it as one preposition
    ("a lo sumo a diez personas": "a" + fixed "lo", "sumo", "a")."""
    if child.lower_ not in _BOUNDING_HEADS:
        return False
    fixed = [f.lower_ for f in sorted(child.children, key=lambda t: t.i) if f.dep_ == "fixed"]
    return len(fixed) >= 2 and fixed[-1] == "a" and set(fixed[:-1]) <= _BOUNDING_WORDS


def _personal_before_bound(child: Token) -> bool:
    """A personal "a" right before a bounding locution ("a cuando menos treinta personas")."""
    after = child.nbor(1) if child.i + 1 < len(child.doc) else None
    return child.lower_ == "a" and after is not None and after.lower_ in _BOUNDING_OPENERS


def bounded_count(token: Token) -> bool:
    """A counted nominal the parser hung as an oblique only because a number's bounding
    locution opens it, with no preposition left of its own ("detuvo a lo sumo diez
    personas": "a" + fixed "lo sumo" is the locution, no personal "a"): the verb's bare
    object, as "detuvo diez personas"."""
    return (
        token.dep_ == "obl"
        and any(
            c.dep_ in ("advmod", "case") and c.i < token.i and _bounding_locution(c)
            for c in token.children
        )
        and case_of(token) is None
    )


def _case_words(token: Token) -> list[Token]:
    """The nominal's case and mark words, a bounding locution's left out, and a personal "a"
    the parser hung on that locution taken back ("al menos a diez manifestantes", "a por lo
    menos veinte estudiantes")."""
    out: list[Token] = []
    for child in token.children:
        bounding = child.dep_ in ("advmod", "case") and child.i < token.i
        if bounding and _bounding_locution(child):
            if _personal_before_bound(child):
                out.append(child)  # "a cuando menos treinta personas": "a" + the locution
            # the "a" after the locution, hung on it: "al menos a diez manifestantes"
            out += [c for c in child.children if c.dep_ == "case" and c.lower_ == "a"]
            # ... or before it: "a por lo menos veinte estudiantes"
            out += [c for c in child.children if c.dep_ == "case" and _personal_before_bound(c)]
        elif child.dep_ in ("case", "mark"):
            out.append(child)
    return out


def case_of(token: Token) -> str | None:
    """The preposition introducing a nominal ("al periodista" -> "a"), or a clause's "de"; a
    locution bounding its number is none ("al menos a diez manifestantes" -> "a")."""
    for child in _case_words(token):
        if child.dep_ == "case" or (child.dep_ == "mark" and child.lower_ in ("de", "a", "por")):
            if _personal_before_bound(child) or _bound_then_personal(child):
                return "a"
            fixed = [f.lower_ for f in child.children if f.dep_ == "fixed"]
            if "contra" in fixed:
                return "contra"  # "en contra de"
            case = _CASE_FOLD.get(child.lower_, child.lower_)
            if case == "a" and fixed:  # "a través de", "a pesar de": no personal "a"
                return f"a {fixed[0]}"
            return case
    return None


def case_fixed(token: Token) -> list[Token]:
    """The words fixed to the preposition introducing a nominal, which the parser reads as one
    preposition with it ("por parte de X": parte; "en reclamo de X": reclamo)."""
    return [f for c in token.children if c.dep_ == "case" for f in c.children if f.dep_ == "fixed"]


def is_se(token: Token) -> bool:
    return token.lower_ == "se"


_PARTICIPLE_ENDINGS = (*PARTICIPLE_ENDINGS, "uerto", "uerta", "uertos", "uertas")


# Masculine singular endings a participle can have ("detenido", "puesto", "visto", "escrito",
# "muerto", "abierto", "vuelto", "roto", "preso", "hecho"): a form ending in "o" with none of
# them is no participle, whatever the model's morphology ("PROTESTO", protestó, which the
# model tags VerbForm=Part in a headline; "arresto", "manifesto").
_MASCULINE_PARTICIPLE = ("ado", "ido", "uesto", "isto", "ito", "uerto", "ierto", "uelto",
                         "oto", "eso", "cho")  # fmt: skip


def is_participle(token: Token) -> bool:
    """A participle, also one the small model tags ADJ ("detenido") or, after "ser", NOUN
    ("fueron muertas")."""
    if "Part" in feats(token, "VerbForm"):
        form = token.lower_
        return not form.endswith("o") or form.endswith(_MASCULINE_PARTICIPLE)
    if not token.lower_.endswith(_PARTICIPLE_ENDINGS):
        return False
    return token.pos_ == "ADJ" or (token.pos_ == "NOUN" and predicate_noun(token))


def predicate_noun(token: Token) -> bool:
    """A noun with a copula of its own: the predicate of "ser"/"estar" ("fueron muertas")."""
    return any(c.dep_ == "cop" and c.lemma_.lower() in ("ser", "estar") for c in token.children)


def has_aux(token: Token, lemma: str) -> bool:
    # the first word: an auxiliary with a clitic glued on is lemmatised "haber él" ("haberlo")
    return any(c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_.lower().split()[:1] == [lemma]
               for c in token.children)  # fmt: skip


def perfect_clitic(token: Token) -> Token | None:
    """The auxiliary carrying the object pronoun of an infinitive perfect ("negó haberlo
    detenido"), which the model tags on "haberlo" rather than on the participle."""
    return next(
        (c for c in token.children
         if c.dep_ == "aux" and c.lemma_.lower().split()[:1] == ["haber"] and " " in c.lemma_
         and "Acc" in feats(c, "Case") and "Yes" not in feats(c, "Reflex")),
        None,
    )  # fmt: skip


def misread_modifier(token: Token) -> bool:
    """An unaccented preterite the model reads as an adjective (or a noun) modifying its own
    subject ("Un grupo armado ataco con armas de fuego una embarcación": "ataco" amod of
    "grupo"; "El sindicato denuncio la desaparicion": "denuncio" a noun)."""
    return (
        token.pos_ in ("ADJ", "NOUN")
        and token.dep_ == "amod"
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.i < token.i
        and _preterite_shape(token)
    )


def _preterite_shape(token: Token) -> bool:
    return (
        not is_participle(token)
        and token.lower_.endswith("o")
        and len(token) > 4
        and token.lemma_.lower() == token.lower_
    )


def preterite_lemmas(token: Token) -> frozenset[str]:
    """The infinitives an unaccented preterite may stand for, whatever the model tagged it:
    "recibio" (recibió) -> recibir, recebir; "denuncio" -> denunciar."""
    form = token.lower_
    if not _preterite_shape(token):
        return frozenset()
    found = {form[:-1] + "ar"}
    if form.endswith("io"):
        found |= {form[:-2] + "ir", form[:-2] + "er"}
    return frozenset(found)


def misread_governor(noun: Token) -> tuple[Token, Token] | None:
    """(verb, subject) when the model misread an unaccented verb set right before this noun,
    after its subject and a comma: "El contralor, recibio amenazas" ("recibio" read as a noun
    in apposition to "contralor", "amenazas" under it or beside it) or "El presidente,
    denuncio amenazas" ("denuncio" an adjective of "amenazas", in apposition to "presidente")."""
    doc = noun.doc
    i = noun.i - 1
    while i > 0 and doc[i].head == noun and doc[i].dep_ == "det":
        i -= 1
    verb = doc[i]
    if i < 1 or verb.pos_ not in ("NOUN", "ADJ"):
        return None
    # after a comma, or hung on the subject as its modifier: "El alcalde recibio amenazas"
    if doc[i - 1].text != "," and not misread_modifier(verb):
        return None
    if not _preterite_shape(verb):
        return None
    hosts = [h for h in (noun.head, verb.head) if h.i < verb.i and h.pos_ in ("NOUN", "PROPN")]
    return (verb, hosts[0]) if hosts else None


def misread_preterite(token: Token) -> bool:
    """An unaccented preterite the model tags ADJ and leaves as its own lemma ("El Ejército
    ataco un campamento"): it has a subject of its own and no copula, so it is active."""
    return (
        _preterite_shape(token)
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)
        and not any(c.dep_ in ("cop", "aux", "aux:pass") for c in token.children)
    )


# Conditional endings, for a conditional the small model tags as an imperfect ("permitirían":
# Tense=Imp, lemma "permitirir"): an infinitive and "-ía". An imperfect of "-er"/"-ir" verbs
# is a stem and "-ía" ("ocurrían", "sufrían"); the few stems ending like an infinitive
# ("querían") only let an agreeing dropped subject be the announcer's.
_CONDITIONAL_ENDINGS = ("ía", "ías", "íamos", "íais", "ían")


def conditional_form(token: Token) -> bool:
    if "Fin" not in feats(token, "VerbForm") or "Imp" not in feats(token, "Tense"):
        return False
    ending = next((e for e in _CONDITIONAL_ENDINGS[::-1] if token.lower_.endswith(e)), None)
    base = token.lower_[: -len(ending)] if ending else ""
    return len(base) > 4 and base.endswith(("ar", "er", "ir"))


def number_of(token: Token) -> str | None:
    forms = [token, *[c for c in token.children if c.dep_ in ("aux", "aux:pass", "cop")]]
    return next((n for t in forms for n in feats(t, "Number")), None)


def singular(verb: Token) -> bool:
    forms = [verb, *[c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]]
    numbers = [n for t in forms for n in feats(t, "Number")]
    return not numbers or numbers[0] == "Sing" or (verb.pos_ == "ADJ" and "Sing" in numbers)


def is_nonfinite(verb: Token) -> bool:
    """An infinitive or a gerund, which takes its subject from the clause above."""
    return bool({"Inf", "Ger"} & set(feats(verb, "VerbForm")))


def is_infinitive(verb: Token) -> bool:
    """ "liberar", or a compound infinitive ("haber detenido")."""
    forms = [verb, *[c for c in verb.children if c.dep_ in ("aux", "aux:pass")]]
    return any("Inf" in feats(t, "VerbForm") for t in forms)


def object_clitic(token: Token) -> bool:
    """An unstressed personal pronoun as object ("lo", "la", "le", "los"), not "se"."""
    return token.pos_ == "PRON" and "Prs" in feats(token, "PronType") and not is_se(token)
