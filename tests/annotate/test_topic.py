"""The topic reading of an article (annotate/topic.py): political news or not, per article."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chronicler.annotate.nlp import annotate_doc
from chronicler.annotate.topic import events_kept, load_topic_lexicon, read_topic
from chronicler.model import Annotation, Article, Mention, PublicationDate, TopicReading

REVIEW = """The new Stormline headphones are the most comfortable pair we have tested this year.
The ear cups are soft and deep, and the headband never pinched during a six-hour flight.
Battery life is excellent: we got almost forty hours of playback from a single charge.
The case is small enough to slip into a jacket pocket, which we appreciated on the train.
Sound is warm, with a generous low end that suits pop and electronic music well.
Classical recordings lose a little detail in the strings, but only a careful listener will notice.
The touch controls on the right cup respond quickly, although a brush of hair can pause a song.
Noise cancelling is good on planes and buses, and the transparency mode sounds natural.
Calls are clear indoors, but wind outside makes your voice thin and hard to follow.
The companion app lets you adjust the equaliser and update the firmware in a few taps.
Pairing with a phone and a laptop at the same time worked without a hitch in our tests.
At this price there are cheaper rivals, yet few of them feel as well made as these.
The fabric will pick up dust, so the grey colour is easier to keep clean than the black one.
If you travel often and want a quiet, comfortable companion, these are easy to recommend.
Our only real complaint is the short cable, which is too short to reach a seat-back screen.
We will keep testing them over the coming weeks and update this review with anything new.
"""

NEWS = """Police arrested the opposition leader Ana Soto in Caracas on Monday, her party said.
Officers detained Soto at her home hours after she called for protests against the government.
The interior minister accused her of plotting against the state and of inciting violence.
Her lawyers said the charges were political and that she would plead not guilty in court.
The United States and the European Union condemned the arrest and demanded her release.
Venezuelan prosecutors said she would be held at a military prison while the investigation goes on.
Thousands of protesters marched through the capital on Tuesday, and police fired tear gas.
The opposition coalition said it would boycott the election planned for December.
President Nicolás Maduro said on television that no one is above the law in Venezuela.
Human rights groups said more than forty activists have been jailed since January.
The ambassador of Colombia met the foreign minister to ask about the detained activists.
Lawmakers of the opposition called an emergency session of the National Assembly.
The government said the army would guard polling stations during the vote.
A court in Caracas is expected to rule on her detention next week, her lawyers said.
Diplomats in Caracas said the arrest would make talks between the two sides harder.
Soto, 52, has led the largest opposition party since its founder went into exile in 2019.
She was briefly detained twice last year and released each time after a few days in custody.
Her supporters gathered outside the headquarters of the intelligence service on Monday night.
A spokesman for the ministry said the detention followed the law and a warrant from a judge.
The Organization of American States called a meeting of its permanent council for Thursday.
"""

RESENA = """El equipo local ganó el domingo por dos goles a uno en un partido muy disputado.
El primer gol llegó a los diez minutos, tras un centro desde la banda derecha.
Los visitantes empataron antes del descanso con un disparo desde fuera del área.
En la segunda parte el entrenador cambió a dos centrocampistas y el juego mejoró mucho.
El delantero marcó el gol de la victoria de cabeza a falta de cinco minutos para el final.
La afición celebró el triunfo durante largo rato en las gradas del estadio lleno.
El portero visitante detuvo un penalti y evitó una derrota más amplia de su equipo.
Con esta victoria el equipo sube al tercer puesto de la tabla y sueña con la copa.
El próximo partido será el sábado en casa, ante el líder del campeonato.
El entrenador dijo que el grupo trabaja bien y que la temporada será larga y difícil.
Los jugadores descansarán dos días antes de volver a los entrenamientos del martes.
El club anunció además que la tienda del estadio abrirá también los domingos por la tarde.
Las entradas para el próximo partido ya están a la venta en la página del club.
Varios aficionados viajaron en autobús desde los pueblos cercanos para ver el encuentro.
El lateral izquierdo terminó el partido con molestias en el tobillo y será evaluado el lunes.
Los médicos del club creen que la lesión no es grave y que podrá jugar en dos semanas.
El capitán del equipo agradeció el apoyo de la grada y dedicó la victoria a su familia.
La próxima temporada el club quiere ampliar el estadio con una nueva tribuna cubierta.
"""

NOTICIA = """La policía detuvo el lunes en Caracas a la opositora Ana Soto, informó su partido.
Los agentes la arrestaron en su casa horas después de que convocara protestas contra el gobierno.
El ministro del Interior la acusó de conspirar contra el Estado y de incitar a la violencia.
Sus abogados dijeron que las acusaciones son políticas y que se declarará inocente ante el juez.
Estados Unidos y la Unión Europea condenaron la detención y exigieron su liberación inmediata.
La Fiscalía dijo que permanecerá en una cárcel militar mientras dure la investigación.
Miles de manifestantes marcharon el martes por la capital y la policía lanzó gases lacrimógenos.
La coalición opositora anunció que no participará en las elecciones previstas para diciembre.
El presidente dijo en televisión que nadie está por encima de la ley en Venezuela.
Organizaciones de derechos humanos denunciaron que más de cuarenta activistas siguen presos.
Los diputados de la oposición convocaron una sesión de urgencia del Parlamento.
El gobierno anunció que el ejército custodiará los centros de votación durante los comicios.
Soto, de 52 años, dirige el mayor partido de la oposición desde que su fundador se exilió.
Fue detenida brevemente dos veces el año pasado y liberada tras pocos días bajo custodia.
Sus simpatizantes se concentraron el lunes frente a la sede del servicio de inteligencia.
Un portavoz del ministerio dijo que la detención cumplió la ley y una orden del juez.
La Organización de Estados Americanos convocó una reunión de su consejo permanente para el jueves.
Los embajadores de varios países europeos pidieron visitar a la detenida en la cárcel.
"""


def _reading(nlp, text: str) -> TopicReading:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    mentions = [Mention(e.start_char, e.end_char, e.text, e.label_, 0) for e in doc.ents]
    return read_topic(doc, mentions, sum(1 for s in doc.sents if s.text.strip()))


def test_topic_a_product_review_does_not_read_as_political_news(nlp) -> None:  # type: ignore[no-untyped-def]
    reading = _reading(nlp, REVIEW)
    assert reading.judged and not reading.political
    assert reading.political_words == 0


def test_topic_a_report_of_an_arrest_reads_as_political_news(nlp) -> None:  # type: ignore[no-untyped-def]
    reading = _reading(nlp, NEWS)
    assert reading.judged and reading.political
    assert reading.score > 5 * load_topic_lexicon().threshold
    # "election", "law", "protest" are public-affairs words; "lawmakers", "activists" role words
    assert 0 < reading.public_affairs_words < reading.political_words
    assert reading.events_kept and reading.events_left_out == 0  # ingest has not read it yet


def test_topic_a_short_text_is_never_judged(nlp) -> None:  # type: ignore[no-untyped-def]
    """A brief or a one-sentence record is read as news whatever its words: the gold event
    sets are one sentence or a few."""
    reading = _reading(nlp, " ".join(REVIEW.splitlines()[:2]))
    assert not reading.judged and reading.political
    assert reading.score < load_topic_lexicon().threshold


SPORT_BRIEF = """Australia beat South Africa by nine wickets in the second Test in Melbourne.
The home side needed only ten runs on the final morning and reached them in three overs.
The opening batsman hit two boundaries before lunch to seal the series win.
South Africa will now travel to Sydney for the third and final Test on Wednesday.
"""


def test_topic_a_short_report_of_a_few_sentences_is_judged(nlp) -> None:  # type: ignore[no-untyped-def]
    """A brief of a few sentences is long enough to read: a cricket report naming its
    countries has no word of public life, while a brief of an arrest does."""
    sport = _reading(nlp, SPORT_BRIEF)
    assert sport.judged and not sport.political
    arrest = _reading(nlp, " ".join(NEWS.splitlines()[:4]))
    assert arrest.judged and arrest.political


def test_topic_names_of_places_alone_are_no_public_affairs(nlp) -> None:  # type: ignore[no-untyped-def]
    """A concert tour's dates name many cities, and not one word of public life."""
    cities = ["Denver", "Seattle", "Houston", "Nashville", "Toronto", "Chicago", "Boston"]
    tour = " ".join(
        f"The band plays {city} on a Friday night in {month}, with tickets on sale this week."
        for month in ("June", "July", "August")
        for city in cities
    )
    reading = _reading(nlp, tour)
    assert reading.judged and reading.peoples_and_states >= 14
    assert reading.score >= load_topic_lexicon().threshold
    assert not reading.political


def test_topic_spanish_sports_report_is_not_political_news(nlp_es) -> None:  # type: ignore[no-untyped-def]
    reading = _reading(nlp_es, RESENA)
    assert reading.judged and not reading.political


def test_topic_spanish_report_of_an_arrest_is_political_news(nlp_es) -> None:  # type: ignore[no-untyped-def]
    reading = _reading(nlp_es, NOTICIA)
    assert reading.judged and reading.political
    assert reading.peoples_and_states > 0  # the Spanish pipeline's LOC places count


@pytest.mark.parametrize("keep", [False, True])
def test_topic_events_kept_leaves_out_the_events_of_an_article_not_political(
    nlp, keep: bool
) -> None:  # type: ignore[no-untyped-def]
    article = Article("a1", "t", NEWS, None, None, None, PublicationDate(None, "unknown"), "en")
    annotation = annotate_doc(article, nlp(NEWS))
    assert annotation.topic is not None and annotation.events
    assert events_kept(annotation) == annotation  # political news keeps its events
    off = replace(annotation, topic=replace(annotation.topic, political=False))
    kept = events_kept(off, keep_unpolitical=keep)
    assert kept.events == (off.events if keep else ())
    assert kept.mentions == off.mentions and kept.sentences == off.sentences
    # the reading says what was done, for the store and the views
    assert kept.topic is not None and kept.topic.events_kept == keep
    assert kept.topic.events_left_out == (0 if keep else len(off.events))


def test_topic_events_kept_keeps_an_annotation_with_no_reading() -> None:
    annotation = Annotation(article_id="a", sentences=(), mentions=(), times=())
    assert events_kept(annotation) is annotation


TENNIS = """The American pair scored a decisive win over France in the opening match of the cup.
Both players won their singles ties to give the team an unbeatable lead in the tournament.
The 28-year-old, ranked ninth, overpowered her younger opponent in straight sets in Perth.
She had to fight hard in the second set, and her clash with the teenager lasted an hour.
Her teammate, ranked 20th, wore down a determined Frenchman in the evening session.
The eight-nation tournament is a warm-up for the first grand slam of the season.
The coach said the squad was in good shape and would only get stronger as the season went on.
"It was a great start to my year," the player said after the match at the stadium.
The French team meets Switzerland on Tuesday, while the Americans play Australia on Friday.
"""

TEAM_ARREST = """Police arrested two players of the city football club on Saturday after a brawl.
Officers said the players were charged with assault and would appear in court on Monday.
The club's coach said the team was shocked and would cooperate with the police investigation.
A police spokesman said a third man was questioned and released without charge.
The league said it would wait for the court's ruling before deciding on any suspension.
The players were released on bail and ordered to stay away from the nightclub.
The prosecutor said the investigation into the brawl was continuing.
"""


def test_topic_a_report_of_sport_with_a_stray_political_word_is_no_political_news(nlp) -> None:  # type: ignore[no-untyped-def]
    reading = _reading(nlp, TENNIS)
    assert reading.judged and reading.political_words >= 1 and not reading.political


def test_topic_an_arrest_of_players_stays_political_news(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, TEAM_ARREST).political


BUSHFIRE = """Firefighters are battling a blaze that has burnt through bushland west of the town.
Strong winds pushed the fire towards farms overnight, and smoke blanketed the valley.
The weather bureau forecast higher temperatures and no rain for the rest of the week.
Residents were told to leave early, and police closed the highway near the fire front.
A total fire ban is in place across the region until Sunday.
Water-bombing helicopters dropped retardant on the flames as the wind changed direction.
Crews hope cooler weather on the weekend will help them bring the fires under control.
"""

CHURCH_ARSON = """Police arrested a man over a fire that destroyed a church in the town on Friday.
Investigators said the blaze was deliberately lit, and the man was charged with arson.
Firefighters fought the flames for three hours, and smoke could be seen across the town.
Detectives said the arsonist had been seen near the church before the fire broke out.
The man will appear in court on Monday, police said, and the investigation is continuing.
The church's pastor said the congregation would hold its services in the school hall.
"""


def test_topic_a_bushfire_report_with_a_stray_political_word_is_no_political_news(nlp) -> None:  # type: ignore[no-untyped-def]
    reading = _reading(nlp, BUSHFIRE)
    assert reading.judged and reading.political_words >= 1 and not reading.political


HILL_BUSHFIRE = """Hundreds of firefighters are battling a bushfire on the hills north of the town.
Strong winds pushed the blaze across the highway overnight, and two farm sheds were lost.
Authorities say about 300 hectares have burnt since the fire started on Sunday afternoon.
Residents of three streets were told to leave their homes as the fire front approached.
Firefighters expect the weather to ease by the evening, but warn that winds may return.
Water bombers were brought in to protect homes on the eastern edge of the blaze.
A spokesman for the fire service said the threat to property would last until tomorrow.
"""

ARSON = """Police have arrested two teenagers over a bushfire that burnt 500 hectares overnight.
Officers say the pair were seen lighting the blaze near a school before the winds picked up.
Both have been charged with arson and will appear in court on Monday, police said.
Firefighters fought the fire through the night as strong winds fanned it towards homes.
The police commissioner said arsonists would face the full force of the law.
"""


def test_topic_a_bushfire_report_is_no_political_news(nlp) -> None:  # type: ignore[no-untyped-def]
    """A report of a fire, a storm or a flood whose only political words are the authorities
    who evacuate reads as disaster news, as sport does (topic 1.8.0, prec45)."""
    reading = _reading(nlp, HILL_BUSHFIRE)
    assert reading.judged and reading.political_words >= 1 and not reading.political


def test_topic_a_fire_told_as_a_crime_stays_political_news(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, CHURCH_ARSON).political


def test_topic_an_arson_arrest_in_a_bushfire_stays_political_news(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, ARSON).political
