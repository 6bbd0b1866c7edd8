"""Business and market senses of political event words (vocabulary 1.159.0).

Business news tells its routine with the words of politics: a bond "yields" a return, a firm
"eases concerns" of its investors, "blames" factors for its earnings, makes an "offer" for
shares, "agrees" to sell a division, is in "discussions" about an acquisition; investors
"disregard" figures and an economy "withstands" turmoil. None of these is an interaction
PLOVER codes (the precision audits judge a firm's deal or offer for shares no event); the
same words between states or parties stay events. Computing news tells of programs and
machines so too: an exploit "used in attacks" on a browser, a "threat" a patch answers
(vocabulary 1.179.0), and sports and show business news of games, players and films: an
owner's "concern" about a contract, a player "sought", a loss that "ended" a season, a
film's "release"; and disaster news tells a quake's toll as "the injured" (vocabulary
1.186.0). Each check returns why the trigger is no
event, or None, as the checks of events_filters do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.countries import gentilic_state, is_country_name
from chronicler.annotate.events_actors import Context, entity_at, people_noun
from chronicler.annotate.events_intents import political_role_word
from chronicler.annotate.events_match import object_of
from chronicler.annotate.events_phrases import expand, prep_objects
from chronicler.annotate.events_things import thing_noun
from chronicler.annotate.events_vocab import Rule, lemma, word_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from chronicler.annotate.events_vocab import Vocab

# Entity labels of a state or a people: a deal, a sale or talks with one stay political.
_STATE_LABELS = frozenset({"GPE", "NORP"})
# Labels of an amount a security yields ("to yield 5.75%").
_AMOUNT_LABELS = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY"})
# ("regarding" is lemmatised "regard")
_TOPIC_PREPS = frozenset({"regard", "regarding", "about", "on", "over", "concern", "for", "into"})


def _doers(trigger: Token) -> list[Token]:
    """The subject of a verb trigger, or for an infinitive or a conjunct with none of its own
    the subject of the verb it hangs on ("priced ... to yield 5.75%": the bonds)."""
    found = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and trigger.dep_ in ("xcomp", "advcl", "conj"):
        found = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def _names_a_state(tokens: Sequence[Token], ctx: Context) -> bool:
    return any(entity_at(t, ctx) in _STATE_LABELS for t in tokens)


def _financial(noun: Token, ctx: Context) -> bool:
    """A financial result or its change: "earnings", "the earnings decline", "a drop in
    sales", "losses" (the noun, a modifier of it or its "in"/"of" object)."""
    results = ctx.vocab.words("financial_results")
    if lemma(noun) in results:
        return True
    if any(c.dep_ in ("compound", "amod", "nmod") and lemma(c) in results for c in noun.children):
        return True
    return any(lemma(g) in results for g in prep_objects(noun, frozenset({"in", "of"})))


def security_yield(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "bonds priced to yield 5.75%", "the note yielded 4.2%", "the fund yields a steady
    return": what a security or an investment yields is its return, no concession; "the
    government yielded to the strikers" stays."""
    if rule.type != "CONCEDE" or lemma(trigger) not in ctx.vocab.words("yield_verbs"):
        return None
    given = object_of(trigger)
    if given is not None and (
        given.ent_type_ in _AMOUNT_LABELS
        or lemma(given) in ctx.vocab.words("financial_results") | {"%"}
        or any(c.dep_ == "nummod" for c in given.children)
    ):
        return "a security's return, no concession"
    securities = ctx.vocab.words("security_nouns")
    if any(lemma(d) in securities for d in _doers(trigger)):
        return "a security's return, no concession"
    return None


def worry_eased(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "to ease concerns of institutional investors", "eased fears of a slowdown": a worry
    eased is reassurance, no concession of a restriction or a demand ("eased the sanctions",
    "relaxed the curfew" stay)."""
    if rule.type != "CONCEDE" or trigger.pos_ != "VERB":
        return None
    eased = expand([o for o in (object_of(trigger),) if o is not None])
    if eased and all(lemma(o) in ctx.vocab.words("worry_nouns") for o in eased):
        return "a worry eased, no concession"
    return None


def market_reaction(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "investors disregarded the large jobs gains", "the economy has withstood the turmoil",
    "America's economic stamina withstood any disruptions": what a market, its traders or an
    economy does is a market's reaction, no act of a party ("investors protested outside the
    bank", a protest, is left to the protest rules; "financial regulators rejected the
    merger", people of a state, stays)."""
    if rule.type == "PROTEST":
        return None
    doers = expand([*actors, *(c for c in trigger.children if c.dep_ == "nsubj")])
    if not doers or any(entity_at(d, ctx) is not None for d in doers):
        return None
    agents = ctx.vocab.words("market_agents")
    economic = ctx.vocab.words("economic_words")
    parts = ctx.vocab.words("economy_parts")
    for doer in doers:
        if lemma(doer) in agents:
            continue
        # "America's economic stamina", "the financial system": a quality or a part of an
        # economy told as such ("financial regulators" are people, and stay)
        if lemma(doer) in parts and any(
            c.dep_ in ("amod", "compound") and lemma(c) in economic for c in doer.children
        ):
            continue
        return None
    return "a market's reaction, no act of a party"


def results_blamed(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the company blamed a number of factors for the earnings decline", "blamed the loss on
    weak demand": a cause given for a financial result is an explanation, no accusation;
    "blamed the rebels for the attack" stays."""
    if rule.type != "ACCUSE" or lemma(trigger) not in ctx.vocab.words("blame_words"):
        return None
    told = [o for o in (object_of(trigger),) if o is not None]
    told += prep_objects(trigger, frozenset({"for"}))
    if told and not _names_a_state(told, ctx):
        # "blamed a number of factors for the decline": the parser may hang the "for" deep
        told += [g for t in told for s in t.subtree for g in prep_objects(s, frozenset({"for"}))]
        if any(_financial(t, ctx) for t in told):
            return "a cause of a financial result, no accusation"
    return None


def deal_talks(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "said it is in preliminary discussions, with a party it wouldn't identify, regarding
    the possible acquisition of the company", "talks on a merger": talks about buying a
    company are dealmaking, no consultation of political actors; talks with or between states
    stay ("talks with Turkey on the purchase of jets")."""
    if rule.type != "CONSULT" or lemma(trigger) not in ctx.vocab.words("dealmaking_nouns"):
        return None
    holders = [trigger, trigger.head] if trigger.dep_ == "pobj" else [trigger]
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        holders.append(trigger.head.head)
    topics = [g for h in holders for g in prep_objects(h, _TOPIC_PREPS)]
    if not any(lemma(t) in ctx.vocab.words("corporate_deals") for t in topics):
        return None
    if _names_a_state([*actors, *targets], ctx):
        return None
    return "talks on buying a company, no consultation"


def share_bid(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "its $45-a-share offer for all Dunkin' Donuts shares", "an offer for the company's
    stock": an offer priced per share or made for shares is a bid to buy them, no pledge
    to a party (the share-offer rule takes "tender" and "takeover" offers)."""
    if rule.type != "AGREE" or trigger.pos_ != "NOUN":
        return None
    stock = ctx.vocab.words("stock_nouns")
    if any(lemma(g) in stock for g in prep_objects(trigger, frozenset({"for"}))):
        return "a bid for shares, no pledge"
    priced = [t for c in trigger.lefts for t in c.subtree]
    if any(lemma(t) in stock for t in priced):
        return "a bid for shares, no pledge"
    return None


def business_sale(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the company said it has agreed to sell the extrusion division for $15 million to R.D.
    Werner Co.", "agreed to acquire the chain": agreeing to buy or sell, with no state or
    people among the parties, is a firm's business; "Germany agreed to sell tanks to Qatar",
    a state's, stays."""
    if rule.type != "AGREE" or trigger.pos_ != "VERB":
        return None
    trades = ctx.vocab.words("trade_verbs")
    acts = [c for c in trigger.children if c.dep_ == "xcomp" and lemma(c) in trades]
    if not acts:
        return None
    parties = [*actors, *targets, *_doers(trigger)]
    for act in acts:
        parties += [o for o in (object_of(act),) if o is not None]
        parties += prep_objects(act, frozenset({"to", "from", "with"}))
    if _names_a_state(parties, ctx):
        return None
    return "a purchase or sale between firms, no agreement"


def holders_protected(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a provision designed to give extra protection to holders", "protection for
    depositors": protection or help given to investors or customers as such is a term of a
    contract or a product, no aid between parties."""
    if rule.type != "AID":
        return None
    holders = ctx.vocab.words("holder_nouns")
    preps = frozenset({"to", "for"})
    carriers = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    given = expand([g for c in carriers for g in prep_objects(c, preps)] or targets)
    if given and all(lemma(g) in holders for g in given):
        return "protection of holders, no aid"
    return None


# Types of dealing and talk a firm does in its business (no violence, no custody).
_DEALING_TYPES = frozenset(
    {"AGREE", "COOPERATE", "CONSULT", "SUPPORT", "REJECT", "CONCEDE", "AID", "REQUEST"}
)


def corporate_dealing(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The revised LIN-BellSouth agreement boosts the special dividend LIN promises to pay
    shareholders", "That accord also called for Hewlett-Packard to buy 730,070 Octel shares":
    an agreement, a partnership or a refusal told in a sentence of corporate finance (shares,
    dividends, proceeds) with no state, people or public body in it is a firm's business;
    "Russia agreed to buy a stake in the refinery", a state's, stays."""
    if rule.type not in _DEALING_TYPES:
        return None
    sent = trigger.sent
    if not any(lemma(t) in ctx.vocab.words("corporate_finance_words") for t in sent):
        return None
    if _names_a_state(list(sent), ctx):
        return None
    public = ctx.vocab.words("public_body_words")
    if any(lemma(t) in public for t in sent):
        return None
    return "a firm's business, no political interaction"


# An article is business news when at least this share of its sentences, and of at least this
# many sentences, are told in the words of business with no state, people or public body in
# them (the TempEval-3 WSJ takeover and earnings articles: 0.3 to 0.9; the AP, NYT and Xinhua
# political ones and the ECB+ crime and disaster ones: at most 0.26). A short text (a
# benchmark sentence, a headline) tells too little to say.
_BUSINESS_SHARE = 0.3
_BUSINESS_MIN_SENTENCES = 5
# Types a firm's dealing, quarrels and warnings are told with in business news ("BellSouth's
# amended pact", "McCaw asked the LIN directors", "a takeover threat", "Fournier accused
# Paribas"); violence, custody, mobilisation and protest are never a firm's business.
_BUSINESS_TYPES = _DEALING_TYPES | {"ACCUSE", "THREATEN"}
# Accusation modes only a public body acts in (an acronym such as "SEC" may be its only name).
_LEGAL_MODES = frozenset({"charge", "investigate"})
_MEMO = "chronicler.business_article"


def _public(sent: Span, vocab: Vocab) -> bool:
    """A sentence naming a people, a public body or a public office ("the Federal Reserve",
    "Canadian officials", "the senator"); not a firm's short name the tagger took for a
    people, nor a firm's office ("the McCaw offer", "president of the company's unit";
    version 1.187.0)."""
    if any(e.label_ == "NORP" and not _firm_name(e) for e in sent.ents):
        return True
    public = vocab.words("public_body_words") | vocab.words("public_office_words")
    return any(word_in(t, public) and not _firm_office(t, vocab) for t in sent)


_NAMES_MEMO = "chronicler.names_of_firms_and_people"


def _firm_name(ent: Span) -> bool:
    """A name tagged as a people that is no nationality and that the article tags elsewhere
    as a person or an organisation, alone or as the first word of a firm's full name: a
    firm's short name ("McCaw" beside "McCaw Cellular Communications Inc." and "McCaw's
    bid"), no people."""
    if gentilic_state(ent.text, "en") is not None:
        return False
    doc = ent.doc
    named = doc.user_data.get(_NAMES_MEMO)
    if not isinstance(named, frozenset):
        names = [e.text for e in doc.ents if e.label_ in ("ORG", "PERSON")]
        named = frozenset(names) | frozenset(n.split()[0] for n in names if " " in n)
        doc.user_data[_NAMES_MEMO] = named
    return ent.text in named


def _firm_office(word: Token, vocab: Vocab) -> bool:
    """An office word held in a firm: "president of the company's BellSouth Enterprises Inc.
    unit", "the bank's president" (a firm noun as its "of"-object or owner)."""
    firms = vocab.words("firm_nouns")
    owners = [c for c in word.children if c.dep_ == "poss"]
    return any(lemma(o) in firms for o in [*prep_objects(word, frozenset({"of"})), *owners])


def _names_words(sent: Span, words: frozenset[str]) -> bool:
    """A word of the sentence, by its lemma or as written, is one of `words`."""
    return any(word_in(t, words) for t in sent)


def _businesslike(sent: Span, vocab: Vocab) -> bool:
    """A sentence told in the words of business: shares, bids, a company, analysts, or a firm
    named beside an amount of money ("Dow Jones extended its $18-a-share offer")."""
    words = vocab.words("corporate_finance_words") | vocab.words("business_article_words")
    if _names_words(sent, words):
        return True
    labels = {e.label_ for e in sent.ents}
    return "ORG" in labels and "MONEY" in labels


def _share_told(
    doc: Doc, vocab: Vocab, told_in: Callable[[Span, Vocab], bool], public_too: bool = False
) -> float:
    """The share of a Doc's sentences that `told_in` accepts and that name no people, public
    body or office (or that name them too, `public_too`)."""
    sents = list(doc.sents)
    if not sents:
        return 0.0
    return sum(
        1 for s in sents if told_in(s, vocab) and (public_too or not _public(s, vocab))
    ) / len(sents)


def _mostly_told(
    doc: Doc,
    vocab: Vocab,
    memo: str,
    told_in: Callable[[Span, Vocab], bool],
    share: float,
    public_too: bool = False,
) -> bool:
    """Whether at least `share` of the Doc's sentences, of _BUSINESS_MIN_SENTENCES or more, are
    told as `told_in` says with no public party in them (or with one too, `public_too`);
    worked out once a Doc and vocabulary under the key `memo`, since every trigger of the
    article asks."""
    key = f"{memo}:{vocab.version}"
    known = doc.user_data.get(key)
    if isinstance(known, bool):
        return known
    found = (
        sum(1 for _ in doc.sents) >= _BUSINESS_MIN_SENTENCES
        and _share_told(doc, vocab, told_in, public_too) >= share
    )
    doc.user_data[key] = found
    return found


def business_share(doc: Doc, vocab: Vocab) -> float:
    """The share of a Doc's sentences told in the words of business and naming no people,
    public body or office: how much of the article is business news."""
    return _share_told(doc, vocab, _businesslike)


def business_article(doc: Doc, vocab: Vocab) -> bool:
    """Whether the Doc is a business article (_BUSINESS_SHARE of _BUSINESS_MIN_SENTENCES or
    more)."""
    return _mostly_told(doc, vocab, _MEMO, _businesslike, _BUSINESS_SHARE)


def business_news(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """In a business article (a takeover fight, a firm's earnings, a player's contract) a
    deal, a request, a refusal, backing, a quarrel or a warning told in a sentence with no
    state, people, public body or office is the firms' business: "In response to BellSouth's
    amended pact, the company extended its own offer", "McCaw asked the LIN directors", "the
    large institutions strongly support him", "what will block the Paribas bid". The same
    words with a state or public body in the sentence stay events ("regulators rejected the
    purchase", "the Canadian government said the bid offered too little"), and so does any
    act in a political article however many firms it names."""
    if rule.type not in _BUSINESS_TYPES or rule.mode in _LEGAL_MODES:
        return None
    sent = trigger.sent
    if _public(sent, ctx.vocab):
        return None
    if _names_a_state([*actors, *targets, *_doers(trigger)], ctx):
        return None
    if not business_article(trigger.doc, ctx.vocab):
        return None
    return "a firm's business in a business article, no political interaction"


# An article is computing news (a software flaw, a patch, malware) when at least this share of
# its sentences, of at least _BUSINESS_MIN_SENTENCES, name computing with no people, public
# body or office in them (the ECB+ articles on a browser flaw: 0.5 to 1.0; the TempEval-3 and
# page articles on politics, crime and business: at most 0.3, mostly none).
_COMPUTING_SHARE = 0.4
# Types the press tells computing threats, attacks and vendors' advice with ("used in attacks
# on IE8", "the threat is serious", "we recommend that users apply the patch"): custody,
# charges and protest are never a program's.
_COMPUTING_TYPES = _BUSINESS_TYPES | {"ASSAULT"}
_COMPUTING_MEMO = "chronicler.computing_article"


def _computing(sent: Span, vocab: Vocab) -> bool:
    return _names_words(sent, vocab.words("computing_words"))


def computing_article(doc: Doc, vocab: Vocab) -> bool:
    """Whether the Doc is computing news (_COMPUTING_SHARE of its sentences, of
    _BUSINESS_MIN_SENTENCES or more, told in computing words with no people, public body or
    office)."""
    return _mostly_told(doc, vocab, _COMPUTING_MEMO, _computing, _COMPUTING_SHARE)


def computing_news(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """In computing news an attack, a threat or advice told in a sentence with no state,
    people, public body or office, and aimed at no person, is about programs and machines:
    "an exploit being used in attacks on IE8 and IE9", "botnets used to attack more
    machines", "the threat is serious, said an analyst", "we recommend that all Windows users
    apply the patch": no event. "Russian hackers attacked the ministry's servers" (a state, a
    public body) and an attack on a person stay, and so does any act in an article that is
    not mostly about computing."""
    if rule.type not in _COMPUTING_TYPES or rule.mode in _LEGAL_MODES:
        return None
    if _public(trigger.sent, ctx.vocab):
        return None
    parties = [*actors, *targets, *_doers(trigger)]
    if _names_a_state(parties, ctx):
        return None
    if rule.type == "ASSAULT" and any(
        entity_at(p, ctx) == "PERSON" or people_noun(p, ctx) for p in expand(list(targets))
    ):
        return None
    if not computing_article(trigger.doc, ctx.vocab):
        return None
    return "computing news: programs and machines, no political interaction"


# An article is sports or show business news (a player's contract, a game, an injury, a film's
# sequel) when at least this share of its sentences, of at least _BUSINESS_MIN_SENTENCES, name
# a sport, a team or a film with no people, public body or office in them (the ECB+ articles
# on a free agent's contract, an NFL season, a college basketball record and a film sequel,
# and the dev pages on football, tennis and games: mostly 0.25 to 1.0; the TempEval-3 articles
# and the crime, disaster and political ECB+ ones: at most 0.18).
_LEISURE_SHARE = 0.25
# Types games, contracts and films are told with ("Henry expressed concern about a contract",
# "the player being sought", "the loss ended a sordid home campaign", "a release likely for
# late 2009", "fined by the NFL"): custody, charges, convictions and protest are never a game's.
# A team's draft or recruiting is told with MOBILIZE's words ("when we drafted him"; only
# `leisure_musters`, version 1.249.0).
_LEISURE_TYPES = _BUSINESS_TYPES | {"RETREAT", "SANCTION", "ASSAULT", "MOBILIZE", "PROTEST"}
_LEISURE_MEMO = "chronicler.leisure_article"


def _leisurely(sent: Span, vocab: Vocab) -> bool:
    return _names_words(sent, vocab.words("leisure_words"))


def leisure_article(doc: Doc, vocab: Vocab) -> bool:
    """Whether the Doc is sports or show business news (_LEISURE_SHARE of its sentences, of
    _BUSINESS_MIN_SENTENCES or more, told in words of sport or film with no people, public
    body or office)."""
    return _mostly_told(doc, vocab, _LEISURE_MEMO, _leisurely, _LEISURE_SHARE)


def _person(tokens: Sequence[Token], ctx: Context) -> bool:
    return any(entity_at(t, ctx) == "PERSON" or people_noun(t, ctx) for t in expand(list(tokens)))


def _thing_hit(verb: Token, ctx: Context) -> bool:
    """ "McDermott hit his third trifecta of the day": a knock whose object is a thing (a
    shot, a score) is a play, whoever makes it (version 1.228.4)."""
    hit = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(hit) and all(thing_noun(h, ctx) for h in hit)


def _game_won(verb: Token, ctx: Context) -> bool:
    """ "Drake reached the quarterfinal by beating Bradley": "beat" told in a sentence of
    games is a win over the side named; "fans beat a man outside the stadium" stays (version
    1.236.6)."""
    if lemma(verb) != "beat" or not _leisurely(verb.sent, ctx.vocab):
        return False
    beaten = expand([c for c in verb.children if c.dep_ == "dobj"])
    return bool(beaten) and not any(people_noun(b, ctx) for b in beaten)


def leisure_news(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """In sports or show business news a deal, a request, a quarrel, a season ended, a fine, a
    knock or a team's march told in a sentence with no state, people, public body or office is
    the game's or the studio's business: "Henry had expressed concern about a contract of eight
    years", "the player being sought", "Finnegan told the Tennessean he planned to appeal" a
    league's fine, "Bush's injury should not impact his availability", "the loss ended a sordid
    home campaign", "a release likely for late 2009", "I was in Dallas when we drafted him",
    "the Saints will march into Detroit" (a team's trip to a game): no event. A player
    arrested, charged, convicted or released from custody, a shooting or a killing, a blow a
    named player deals ("Garrett swung the helmet at Rudolph, hitting him in the head"), fans'
    protests, anything told beside the police, a court or a state, and any act in an article
    that is not mostly about games or films stay."""
    if rule.type not in _LEISURE_TYPES or rule.mode in _LEGAL_MODES:
        return None
    if rule.type == "SANCTION" and lemma(trigger) not in ctx.vocab.words("league_penalties"):
        return None  # "was convicted", "was sentenced": a court's, in a game's news too
    if rule.type == "MOBILIZE" and lemma(trigger) not in ctx.vocab.words("leisure_musters"):
        return None  # "troops were deployed around the stadium": forces, in a game's news too
    if rule.type == "PROTEST" and (
        trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("leisure_marches")
    ):
        return None  # "fans protested the owner's decision": a protest, in a game's news too
    if rule.type == "RETREAT" and rule.mode == "release" and _person(targets, ctx):
        return None  # "was released from jail": a person freed from custody
    if rule.type == "ASSAULT" and (
        rule.mode not in (None, "beat") or lemma(trigger) not in ctx.vocab.words("leisure_harms")
    ):
        return None  # "was shot", "was killed", "was stabbed": violence, in a game's news too
    if (
        rule.type == "ASSAULT"
        and trigger.pos_ == "VERB"
        and actors
        and not _thing_hit(trigger, ctx)
        and not _game_won(trigger, ctx)
    ):
        return None  # "Garrett swung the helmet at Rudolph, hitting him": a blow someone dealt
    if _public(trigger.sent, ctx.vocab):
        return None
    parties = [*actors, *targets, *_doers(trigger)]
    if _names_a_state([p for p in parties if not _city_team(p, ctx)], ctx):
        return None
    if not leisure_article(trigger.doc, ctx.vocab):
        return None
    return "sports or show business news: a game's or a studio's business, no political act"


def _city_team(token: Token, ctx: Context) -> bool:
    """ "Boston has not made another offer to Varitek", "the Boston offer": in sports news a
    city's name told as a party is its team, no state (a country's own name may still be one;
    vocabulary 1.247.0)."""
    if entity_at(token, ctx) != "GPE":
        return False
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return span is not None and not is_country_name(span.text)


# An article is disaster news (an earthquake, a flood, a storm) when at least this share of its
# sentences, of at least _BUSINESS_MIN_SENTENCES, name a natural disaster (here the public
# bodies that answer one count too: "rescue workers", "the government sent aid"). The ECB+
# earthquake articles: 0.2 to 0.8; the crime, sports and political ones: at most 0.1.
_DISASTER_SHARE = 0.2
_DISASTER_MEMO = "chronicler.disaster_article"


def _disastrous(sent: Span, vocab: Vocab) -> bool:
    return _names_words(sent, vocab.words("disaster_words"))


def disaster_article(doc: Doc, vocab: Vocab) -> bool:
    """Whether the Doc is disaster news (_DISASTER_SHARE of its sentences, of
    _BUSINESS_MIN_SENTENCES or more, name a natural disaster)."""
    return _mostly_told(doc, vocab, _DISASTER_MEMO, _disastrous, _DISASTER_SHARE, public_too=True)


def disaster_harm(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """In disaster news harm with no one dealing it is the disaster's toll: "helicopters were
    evacuating injured from Qeshm", "the hospital was having trouble keeping up with the
    number of injured", "at least ten people were killed", "It killed 612 people": no
    ASSAULT; houses destroyed with no one destroying them are its damage ("Houses in the
    village have been destroyed": no COERCE seize); and people fleeing are running from it
    ("people fled into the streets"). Harm someone dealt ("looters shot two guards"), harm
    with a weapon, and harm in an article that is not mostly about a disaster stay
    (force_of_nature_struck takes "the quake struck", told anywhere)."""
    if rule.type == "RETREAT" and rule.mode == "flee":
        # "buildings were evacuated and people fled into the streets": people running from
        # the shaking, no flight from a party (version 1.228.8)
        if not actors or not all(_plain_people(a, ctx) for a in actors):
            return None
        return (
            "disaster news: people fleeing the disaster"
            if disaster_article(trigger.doc, ctx.vocab)
            else None
        )
    # ("It killed 612 people": the disaster told before; version 1.228.8)
    if any(a.lower_ != "it" for a in actors):
        return None
    damage = rule.type == "COERCE" and lemma(trigger) in ctx.vocab.words("disaster_damages")
    if not damage and (
        rule.type != "ASSAULT" or lemma(trigger) not in ctx.vocab.words("disaster_harms")
    ):
        return None
    harmed = set(expand(list(targets)))
    if any(
        c.dep_ in ("nsubj", "agent") and c not in harmed and c.lower_ != "it"
        for c in trigger.children
    ):
        return None  # "looters injured two guards", "was injured by a gunman": someone dealt it
    if not disaster_article(trigger.doc, ctx.vocab):
        return None
    if damage:
        # "Houses in the village have been destroyed": the quake's damage (vocabulary 1.334.0)
        return "disaster news: a natural disaster's damage, no seizure"
    return "disaster news: a natural disaster's toll, no attack"


# An article is fire news (a blaze at a creamery, a wildfire) when at least this share of its
# sentences, of at least _BUSINESS_MIN_SENTENCES, name a blaze or its crews (`fire_scene_words`;
# not "fire", which also means gunfire).
_FIRE_SHARE = 0.2
_FIRE_MEMO = "chronicler.fire_article"


def _fiery(sent: Span, vocab: Vocab) -> bool:
    return _names_words(sent, vocab.words("fire_scene_words"))


def firefighting(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """In fire news, fighting by no one, by a pronoun or by a fire's crews with no one fought
    is fighting the fire: "when you are fighting from the air", "crews battled through the
    night" (vocabulary 1.338.2; "attack-fire" takes the fire named as the object). Fighting
    with a side named ("fought the rebels"), by a party ("the troops were fighting"), and
    fighting in an article not mostly about a blaze stay."""
    if rule.type != "ASSAULT" or lemma(trigger) not in ctx.vocab.words("firefighting_verbs"):
        return None
    if targets or any(c.dep_ in ("dobj", "agent") for c in trigger.children):
        return None
    crews = ctx.vocab.words("firefighting_doers")
    if any(a.pos_ != "PRON" and lemma(a) not in crews for a in actors):
        return None  # "the army said its troops were fighting from the air": a side fights
    if not _mostly_told(trigger.doc, ctx.vocab, _FIRE_MEMO, _fiery, _FIRE_SHARE, public_too=True):
        return None
    return "fire news: fighting the fire, no violence"


def _plain_people(head: Token, ctx: Context) -> bool:
    """A common noun of people with no name nor role in its phrase ("people", "residents";
    not "the rebel leader")."""
    return (
        head.pos_ == "NOUN"
        and people_noun(head, ctx)
        and not any(
            t.ent_type_ or t.pos_ == "PROPN" or political_role_word(t, ctx) for t in head.subtree
        )
    )


def scored_shot(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Drake shot 35.0 percent from the field", "Woods shot a 68", "shot par": shooting a
    percentage, par, or a number told as a score (with an article, a decimal point, or hung
    on the verb as a measure) is a player's score, no gunfire, in any article ("the gunman
    shot two officers", "shot three before killing himself", numbers counting people, stay).
    In sports news a bare number a named team or player shot is a score too ("The Jays shot
    46", version 1.199.0)."""
    if rule.type != "ASSAULT" or trigger.pos_ != "VERB" or lemma(trigger) != "shoot":
        return None
    scores = ctx.vocab.words("shot_scores")
    for child in trigger.children:
        if child.dep_ not in ("dobj", "npadvmod", "attr"):
            continue
        if lemma(child) in scores:
            return "a player's score, no gunfire"
        if child.pos_ == "NUM" and (
            child.dep_ == "npadvmod"
            or "." in child.text
            or any(c.dep_ == "det" for c in child.children)
        ):
            return "a player's score, no gunfire"
        if (
            child.pos_ == "NUM"
            and child.dep_ == "dobj"
            and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in trigger.children)
            and leisure_article(trigger.doc, ctx.vocab)
        ):  # a named team or player ("a gunman shot 3 outside the arena" stays)
            return "a player's score, no gunfire"
    return None


def economy_beaten(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the manufacturing sector is going to start getting beat up in the spring", "the
    industry took a beating": a blow with no one dealing it to a sector, a market or an
    economy is a downturn, no violence ("protesters were beaten up" stays)."""
    if rule.type != "ASSAULT" or actors:
        return None
    if rule.mode in ctx.vocab.words("means_modes"):  # "the bombing damaged the market": a
        return None  # weapon's attack on a place (vocabulary 1.337.0)
    bodies = ctx.vocab.words("economy_bodies")
    struck = expand([*targets, *(o for o in (object_of(trigger),) if o is not None)])
    if any(d not in struck for d in _doers(trigger)):  # ("is going to get beat up": struck)
        return None
    if struck and all(lemma(t) in bodies and entity_at(t, ctx) is None for t in struck):
        return "a downturn, no violence"
    return None


# Run by events_filters.CHECKS after the page senses.
def _word_before(token: Token) -> str:
    """The word before `token`, lower-cased, with a hyphen the tokenizer split off joined back
    ("three-point" told as "three", "-", "point")."""
    doc, i = token.doc, token.i
    if i == 0:
        return ""
    if i >= 3 and doc[i - 2].text == "-" and not doc[i - 2].whitespace_:
        return f"{doc[i - 3].lower_}-{doc[i - 1].lower_}"
    return doc[i - 1].lower_


def shot_kind_not_gunfire(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "finished with his jump shot in the lane", "got a flu shot", "his mug shot", "a long
    shot": a shot of a kind the word before it names is a play, a jab, a photograph or a
    figure of speech, no gunfire, in any article ("fired a warning shot", "a shot to the
    head" stay; `shot_kinds`, version 1.259.0)."""
    if rule.type != "ASSAULT" or trigger.lower_ != "shot":
        return None
    if _word_before(trigger) in ctx.vocab.words("shot_kinds"):
        return "a kind of shot that is no gunfire"
    return None


COMMERCE_SENSES = (
    security_yield,
    worry_eased,
    market_reaction,
    results_blamed,
    deal_talks,
    share_bid,
    business_sale,
    holders_protected,
    corporate_dealing,
    economy_beaten,
    business_news,
    computing_news,
    leisure_news,
    disaster_harm,
    firefighting,
    scored_shot,
    shot_kind_not_gunfire,
)
