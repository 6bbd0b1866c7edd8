"""The conditions a Spanish rule of data/events/vocab_es.toml sets on who does its act: the
actor's role (`actor_roles`: "la fiscalía acusó a X" is a charge, "el presidente acusó a X"
is not), an official resigning with nothing named given up (`resigning_roles`), a crowd
counted in thousands gathering (`crowd_counts`), and harm whose doers are all mishaps
(`mishap_nouns`: "un incendio mató a cuatro trabajadores", no attacker).

Moved out of events_es_match, which matches a token to its rule and checks the rest of the
rule's conditions, on 2026-12-06 (dedup39; behaviour unchanged).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_antecedents import relative_head
from chronicler.annotate.events_es_context import RELATIVE_PRONOUNS
from chronicler.annotate.events_es_governors import governing_verb, participle_agent
from chronicler.annotate.events_es_morph import SUBJECT_DEPS, case_of, feats
from chronicler.annotate.events_es_subjects import (
    continued_subject,
    keeper,
    kept_things,
    lemma_set,
    own_subjects,
    subjects,
    undergoer_subject,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsRule, EsVocab


def crowd_gathers(token: Token, vocab: EsVocab) -> bool:
    """A crowd counted in thousands gathers, meeting no one it names: "unas 30.000 personas se
    habían reunido en el parque", "miles de personas se congregaron" (a count of at least a
    thousand, or a word of one, `crowd_counts`); not "se reunió con el ministro"."""
    if any(case_of(c) == "con" for c in token.children):
        return False
    counts = vocab.words("crowd_counts")
    floor = 1000
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and token.dep_ in ("amod", "acl") and "Part" in feats(token, "VerbForm"):
        # a participle on a counted crowd ("varias centenas de estudiantes, reunidos ante el
        # Palacio", "unas 5.000 personas reunidas frente a"): the crowd gathered, told in
        # hundreds too (`gathered_crowd_counts`; 1.159.0)
        subjects, floor = [token.head], 100
        counts = counts | vocab.words("gathered_crowd_counts")

    def crowd_count(word: Token) -> bool:
        digits = word.text.replace(".", "").replace(",", "")
        return bool(lemma_set(word, vocab) & counts) or (digits.isdigit() and int(digits) >= floor)

    return any(
        crowd_count(s) or any(c.dep_ == "nummod" and crowd_count(c) for c in s.children)
        for s in subjects
    )


def harm_by_a_mishap(token: Token, vocab: EsVocab) -> bool:
    """A violent verb whose subjects (or passive agents) are all fires, accidents or natural
    disasters (`mishap_nouns`): "un incendio mató a cuatro trabajadores", "fueron heridos por
    un alud": harm by mishap, no attacker (the English accidental_harm)."""
    if token.pos_ != "VERB":
        return False
    doers = [c for c in token.children if c.dep_ in ("nsubj", "obl:agent")]
    mishaps = vocab.words("mishap_nouns")
    return bool(doers) and all(lemma_set(d, vocab) & mishaps for d in doers)


def actor_in_roles(token: Token, rule: EsRule, vocab: EsVocab) -> bool:
    """An active subject, if there is one, names an actor of one of the rule's roles: "la
    fiscalía acusó a X de traición" is a charge, "el presidente acusó a X de..." is not. For
    a noun, the subject of the verb taking it ("los pesqueros iniciaron un bloqueo")."""
    anchor = token
    if token.pos_ == "NOUN":
        verb, link = governing_verb(token)
        # (or the participle naming its doer: "bloqueos iniciados por cientos de camioneros")
        agent = participle_agent(token)
        if agent is not None:
            verb, link = agent, "obj"
        elif verb is None or link != "obj" or verb.pos_ != "VERB":
            return not rule.named_actor
        anchor = verb
    kept = keeper(anchor)  # "los comuneros mantienen retenidos a dos policías": who keeps
    if kept:
        subject: Token | None = kept[0]
    elif kept_things(anchor):  # "los pescadores mantienen bloqueado el puerto": who blocks
        subject = next((c for c in anchor.head.children if c.dep_ in SUBJECT_DEPS), None)
    elif anchor.pos_ != "VERB" or undergoer_subject(anchor):
        # a passive's "por"-agent, when named, is the one acting ("fueron retenidos por los
        # comuneros": no police act)
        # (or on the verb of state it completes, past a time: "la carretera permanecía
        # bloqueada el lunes por la noche por los campesinos")
        stated = anchor.dep_ in ("obj", "xcomp") and bool(
            lemma_set(anchor.head, vocab) & vocab.words("predicative_verbs")
        )
        beside = [c for c in anchor.head.children if c.i > anchor.i] if stated else []
        times = vocab.words("time_words")
        subject = next(
            (
                c
                for c in [*anchor.children, *beside]
                if c.dep_ in ("obj", "obl", "nmod")
                and case_of(c) == "por"
                and c.pos_ in ("NOUN", "PROPN", "NUM")
                and not (c in beside and c.lemma_.lower() in times)
            ),
            None,
        )
        if subject is None:
            return not rule.named_actor
    else:
        subject = next((c for c in anchor.children if c.dep_ in SUBJECT_DEPS), None)
        # (or one the parser hung elsewhere: "En la víspera de la cumbre cientos de campesinos
        # bloquearon la carretera", the count on the fronted phrase's noun)
        subject = subject or next(iter(own_subjects(anchor)), None)
        if subject is None and anchor.dep_ == "conj":
            # (or the one it shares with the verb it is coordinated with: "Bolivia capturó al
            # narcotraficante y lo entregó a la justicia": no police handing on; 1.176.1)
            subject = next(iter(subjects(anchor)), None)
        # (or the group the sentence before names: "Los campesinos llegaron. Bloquearon...")
        subject = subject or continued_subject(anchor)
        if subject is None and anchor.dep_ == "xcomp":
            # "campesinos que intentaban bloquear la ruta": the relative pronoun the
            # infinitive's verb has as its subject
            subject = next(
                (
                    c
                    for c in anchor.head.children
                    if c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS
                ),
                None,
            )
    if subject is None:
        return not rule.named_actor
    if subject.lower_ in RELATIVE_PRONOUNS:
        # the noun the relative pronoun stands for ("los soldados que bloqueaban la vía")
        subject = relative_head(subject)
    words = {w for t in (subject, *subject.children) for w in lemma_set(t, vocab)}
    return bool(words & vocab.role_words(rule.actor_roles))


def official_resigns(token: Token, rule: EsRule, vocab: EsVocab) -> bool:
    """A verb of resigning that gives up nothing named, with an official or a body of the
    state as its subject (`resigning_roles`): "el ministro renunció ayer", "el ministro,
    cuya popularidad cayó cuando anunció los despidos, renunció" (the office left unsaid;
    not "renunció a su derecho", "renunció a presentar cargos"; 1.162.3)."""
    if rule.mode != "resign" or token.pos_ != "VERB":
        return False
    if any(
        c.dep_ in ("obj", "xcomp", "ccomp") or (c.dep_ in ("obl", "iobj") and case_of(c) == "a")
        for c in token.children
    ):
        return False
    officials = vocab.role_words(vocab.words("resigning_roles"))
    return any(lemma_set(s, vocab) & officials for s in subjects(token))
