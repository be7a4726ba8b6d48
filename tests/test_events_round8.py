"""Events, round eight (issue 13): what is an event, by the grammatical status of the words around a date.

- ``status_cues.press_date``: the date of a press piece cited as the source ("according to a Tuesday report in",
  "un article du Courrier paru le 4 mars") is when it was told, the reporting act, not the happening's date;
- ``status_cues.unasserted``: a date of a clause the text does not assert, a condition ("si la fusion est approuvée
  en mai", "unless", "whether"), a possibility ("pourrait se rendre à Alger en avril") or a question, dates nothing;
  nor a date that comes back ("every Monday"); ``pairing``: a "since" date gives way to a closed date, and a date
  inside a relative clause closed by a comma is not the main verb's ("qui avait voté ... le 3 mars, a quitté");
- ``status_cues.denied_date`` and ``denied_or_hedged``: a denied verb ("was not held on Monday", "n'a jamais été
  signé le 5 mars") and a hedged noun ("une éventuelle grève", "a possible strike") tell no happening;
- ``events._background_year``: the first year of a span of past years ("entre 2013 et 2016") is a period;
- ``date_roles._date_role``: a dateline whose day number the date engine left out ("4 mars 2026 . –");
- ``events._headline_weekdays``: a headline has no tense, so its bare weekday takes the body's reading of the same
  weekday ("Strike on Friday: ..." / "traffic will be halted on Friday"): no second event a week off.

Then the false-positive classes issue 13 lists for the hidden set, each checked with sentences of several styles:
a weekday in the wrong week, vague offsets, an upcoming date put last year, "au lendemain de X" with no date before,
a date of another clause, a headline's date, a duplicate left unmerged.

Every sentence is written for the test (none comes from the real-news files), in several outlet styles (wire,
regional daily, business, politics, sport, obituary). The dates come from the real date engine, so each case reads
the date engine and the event rules together. Cases marked "dropped" made an event before this round's rules
(checked on main fed2b40 when they were written); controls keep theirs.
"""

from __future__ import annotations

import datetime as dt

import pytest
from events_support import merged_events, one_story

from timeline.extraction.events import rules_for
from timeline.extraction.events.date_roles import _date_role
from timeline.extraction.pipeline import extract_article
from timeline.extraction.sentences import Span, fold_keep
from timeline.models import DateMention
from timeline.settings import Options

THURSDAY = dt.date(2026, 3, 12)
NOVEMBER = dt.date(2026, 11, 20)
NO_NER = Options(use_ner=False)
D = dt.date


def events(text: str, lang: str, reference: dt.date = THURSDAY, headline: str | None = None
           ) -> list[tuple[dt.date, str]]:
    """The merged events of one article: (date, type), sorted."""
    return merged_events(text, lang, reference, headline)


def dates_of(text: str, lang: str, reference: dt.date = THURSDAY, headline: str | None = None) -> list[dt.date]:
    return sorted(d for d, _ in events(text, lang, reference, headline))


# --------------------------------------------------------------------------- the date of a press piece

PRESS_SOURCE = [  # dropped: each made an event on the piece's date before
    ("en", "According to a Tuesday report in the Valley Courier, the carmaker cut 2,000 jobs at its Ohio plant."),
    ("en", "In an interview published on Sunday, the coach confirmed that the striker left the club."),
    ("en", "According to a March 2 report by the Harbor Times, the port authority dismissed its director."),
    ("fr", "Selon un article du Courrier de l'Ouest paru le 4 mars, la mairie a vendu le terrain du stade."),
    ("fr", "D'après un rapport du 12 février, le club a versé des primes illégales à ses joueurs."),
    ("fr", "Une dépêche datée du 2 mars annonçait déjà la démission du directeur de l'hôpital."),
]

PRESS_CONTROLS = [  # the source is named, but the date is the happening's; or the publication is the news
    ("en", "According to the police, the bridge was closed on Tuesday after the flood.", []),
    ("en", "The ministry published its annual report on Tuesday.", [D(2026, 3, 10)]),
    ("fr", "Selon la préfecture, la manifestation a réuni 3 000 personnes samedi à Nantes.", [D(2026, 3, 7)]),
    ("fr", "Le ministère a publié mardi son rapport annuel sur la sécurité routière.", [D(2026, 3, 10)]),
]


@pytest.mark.parametrize(("lang", "text"), PRESS_SOURCE, ids=[f"{c[0]}-{i}" for i, c in enumerate(PRESS_SOURCE)])
def test_the_date_of_a_press_piece_dates_no_happening(lang: str, text: str) -> None:
    assert events(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "expected"), PRESS_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PRESS_CONTROLS)])
def test_a_named_source_keeps_the_happenings_date(lang: str, text: str, expected: list[dt.date]) -> None:
    assert dates_of(text, lang) == expected


# --------------------------------------------------------------------------- denied verbs, hedged nouns

DENIED = [  # dropped
    ("en", "The summit was not held on Monday as planned."),
    ("en", "The match was not played on Saturday because of the snow."),
    ("fr", "Le traité n'a jamais été signé le 5 mars comme prévu."),
    ("fr", "La course n'a pas eu lieu dimanche, à cause de la neige."),
    ("fr", "Les obsèques n'ont pas été célébrées samedi, contrairement à ce qu'avait annoncé la famille."),
]

HEDGED = [  # dropped
    ("fr", "La direction redoute une éventuelle grève lundi à l'usine de Cholet."),
    ("fr", "Une hypothétique réunion des actionnaires le 20 mars inquiète les salariés."),
    ("en", "Analysts warned of a possible strike on Monday at the port."),
    ("en", "The mooted summit in April would bring together the ten leaders."),
]

STATUS_CONTROLS = [
    ("fr", "Le traité n'a été signé que le 5 mars, après trois reports.", [(D(2026, 3, 5), "decision")]),
    ("en", "The board met on Tuesday and did not vote on the merger.", [(D(2026, 3, 10), "meeting")]),
    pytest.param("en", "The unions did not attend the talks on Tuesday but marched outside the plant.",
                 [(D(2026, 3, 10), "meeting")], marks=pytest.mark.xfail(strict=True, reason=(
                     "round twenty-three: 'but' is an English clause link (dat23b), so the past of 'marched' no longer "
                     "reaches the weekday, and 'did (not) attend ... on Tuesday' reads the coming Tuesday: the "
                     "cue lists hold the other language's too (lexicon.py), and the French future cue 'attend' "
                     "(waits for) is the English verb, nearer than 'did' (wkd23; tests/test_dates_own_cues23.py)"))),
    ("fr", "La grève a commencé lundi dans les ateliers de Cholet.", [(D(2026, 3, 9), "protest")]),
    ("en", "Dockers went on strike on Monday at the port.", [(D(2026, 3, 9), "protest")]),
]


@pytest.mark.parametrize(("lang", "text"), DENIED + HEDGED,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DENIED + HEDGED)])
def test_a_denied_verb_or_a_hedged_noun_tells_no_happening(lang: str, text: str) -> None:
    assert events(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "expected"), STATUS_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(STATUS_CONTROLS)])
def test_only_and_later_denials_keep_the_happening(lang: str, text: str, expected: list[tuple[dt.date, str]]
                                                   ) -> None:
    assert events(text, lang) == expected


PLANS_AND_HABITS = [  # a possibility or an intention, a date that comes back: no event (the first two and "every
    # Monday", "each Saturday" made one on fed2b40; the others are the same class in forms that already made none)
    ("fr", "La ministre pourrait se rendre à Alger en avril, selon son entourage."),
    ("fr", "Le gouvernement envisage d'organiser un référendum en juin."),
    ("fr", "Le maire souhaiterait inaugurer la piscine en juin."),
    ("en", "The company is considering a listing in New York in June."),
    ("en", "The club could sign the striker on Friday, his agent said."),
    ("en", "The council meets every Monday in the old town hall."),
    ("en", "The market opens each Saturday on the harbour front."),
    ("fr", "Les bénévoles distribuent des repas chaque lundi devant la gare."),
]

UNASSERTED = [  # dropped: a condition, an open question, a question; the text does not tell that it happens
    ("fr", "Si la fusion est approuvée en mai, le nouveau groupe serait le premier d'Europe."),
    ("fr", "Le club sera relégué s'il perd samedi contre Lens."),
    ("fr", "La grève sera levée à condition que le ministre reçoive les syndicats lundi."),
    ("fr", "On ignore encore si le sommet aura lieu le 20 mars."),
    ("fr", "Le sommet aura-t-il lieu le 20 mars ?"),
    ("en", "If the merger is approved in May, the new group would be the largest in Europe."),
    ("en", "The strike will be called off unless the minister meets the unions on Monday."),
    ("en", "It is unclear whether the summit will be held on March 20."),
    ("en", "Would the Fed cut rates on Wednesday? Traders are split."),
]

ASSERTED = [  # the same words where the clause is told as fact
    ("fr", "Comme chaque année, la fête du village aura lieu le premier dimanche de juillet.", [D(2026, 7, 5)]),
    ("fr", "Les démocrates, qui pourraient gagner, avaient demandé lundi le renvoi du conseiller.", [D(2026, 3, 9)]),
    ("fr", "Même si la fusion a été approuvée en février, les syndicats restent mobilisés.", [D(2026, 2, 1)]),
    ("fr", "La tempête a été si violente samedi que le match a été reporté.", [D(2026, 3, 7)]),
    ("fr", "Le conseil s'est réuni lundi, si bien que le budget a pu être voté.", [D(2026, 3, 9)]),
    ("en", "Even if the deal was signed on Monday, the unions remain opposed.", [D(2026, 3, 9)]),
    ("fr", "« Pourquoi le sommet a-t-il été reporté ? », a demandé mardi le député lors de la séance.",
     [D(2026, 3, 10)]),
]


@pytest.mark.parametrize(("lang", "text"), UNASSERTED, ids=[f"{c[0]}-{i}" for i, c in enumerate(UNASSERTED)])
def test_a_condition_or_a_question_dates_no_event(lang: str, text: str) -> None:
    assert events(text, lang, dt.date(2026, 3, 11)) == []


@pytest.mark.parametrize(("lang", "text"), PLANS_AND_HABITS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PLANS_AND_HABITS)])
def test_a_possibility_or_a_habit_dates_no_event(lang: str, text: str) -> None:
    assert events(text, lang, dt.date(2026, 3, 11)) == []


SINCE = [  # a "since" date dates a running state; the closed date of the same clause dates the happening
    ("en", "Unbeaten since January 3, the club beat Leeds on Saturday.", [D(2026, 3, 7)]),
    # (a present of the weekday's own clause is a schedule, the coming Saturday: round eight, dates/present.py)
    ("en", "Unbeaten since January 3, the club hosts Leeds on Saturday.", [D(2026, 3, 14)]),
    ("fr", "Invaincu depuis le 3 janvier, le club a battu Lyon samedi.", [D(2026, 3, 7)]),
    ("en", "On strike since Monday, the dockers blocked the port on Wednesday.", [D(2026, 3, 9), D(2026, 3, 11)]),
]


@pytest.mark.parametrize(("lang", "text", "days"), SINCE, ids=[f"{c[0]}-{i}" for i, c in enumerate(SINCE)])
def test_a_since_date_gives_way_to_a_closed_date(lang: str, text: str, days: list[dt.date]) -> None:
    assert dates_of(text, lang, dt.date(2026, 3, 11)) == days


@pytest.mark.parametrize(("lang", "text", "days"), ASSERTED, ids=[f"{c[0]}-{i}" for i, c in enumerate(ASSERTED)])
def test_an_asserted_clause_keeps_its_event(lang: str, text: str, days: list[dt.date]) -> None:
    assert dates_of(text, lang, dt.date(2026, 3, 11)) == days


# --------------------------------------------------------------------------- spans of years, datelines

SPANS = [  # dropped: the first year made an event of its own
    ("fr", "Entre 2013 et 2016, le parti a tenu trois congrès à Lyon."),
    ("en", "Between 2011 and 2015, the federation held four congresses."),
    ("fr", "Entre 2015 et 2019, l'assemblée a voté quatre lois sur le logement."),
]


@pytest.mark.parametrize(("lang", "text"), SPANS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SPANS)])
def test_the_first_year_of_a_span_of_past_years_is_a_period(lang: str, text: str) -> None:
    assert events(text, lang) == []


def test_a_year_that_dates_its_clause_keeps_its_event() -> None:
    assert events("En 2013, le parti a tenu son congrès à Lyon.", "fr") == [(D(2013, 1, 1), "congress")]


DATELINES_READ_AS_A_MONTH = [  # the date engine may read only the month of a dateline whose day opens the line
    ("fr", "13 novembre 2025 . – Quatre femmes ont été nommées au conseil de la banque.", "novembre 2025", "month"),
    ("fr", "1er mars 2026 . – Le club a licencié son entraîneur.", "mars 2026", "month"),
    ("en", "4 March 2026 . – The port of Suva reopened after the cyclone.", "March 2026", "month"),
]


@pytest.mark.parametrize(("lang", "text", "words", "precision"), DATELINES_READ_AS_A_MONTH,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DATELINES_READ_AS_A_MONTH)])
def test_a_datelines_month_after_its_day_number_anchors_nothing(lang: str, text: str, words: str,
                                                                 precision: str) -> None:
    start = text.index(words)
    date = DateMention(words, start, start + len(words), dt.date(2026, 3, 1), precision, "month_year")
    sentence = Span(0, len(text), text)
    assert _date_role(rules_for(lang), fold_keep(text), sentence, date, text) is None
    later = DateMention(words, start + 3, start + 3 + len(words), dt.date(2026, 3, 1), precision, "month_year")
    inside = "Le " + text if lang == "fr" else "On " + text  # not at the start of its line: no dateline
    assert _date_role(rules_for(lang), fold_keep(inside), Span(0, len(inside), inside), later, inside) is not None


# --------------------------------------------------------------------------- a headline's weekday

HEADLINES = [  # (lang, headline, body, the one date of the happening): before, the headline's weekday was put a
    # week back (a headline has no tense) and made a second event
    ("fr", "Grève vendredi : le trafic perturbé sur les lignes de l'Ouest",
     "Le trafic sera perturbé vendredi sur les lignes de l'Ouest en raison d'une grève nationale.", D(2026, 3, 13)),
    ("fr", "Match décisif samedi pour le Stade rennais",
     "Le Stade rennais affrontera Lens samedi à domicile, avec un effectif réduit.", D(2026, 3, 14)),
    ("fr", "Obsèques lundi de l'ancien maire de Quimper",
     "Les obsèques de l'ancien maire seront célébrées lundi en la cathédrale Saint-Corentin.", D(2026, 3, 16)),
    ("en", "Shareholders vote Tuesday on Harbor merger",
     "Shareholders will vote on Tuesday on the proposed merger with Harbor Bank.", D(2026, 3, 17)),
    ("en", "Strike on Friday: rail traffic halted",
     "Rail unions said on Wednesday that traffic will be halted on Friday by a national strike.", D(2026, 3, 13)),
    # controls: the body tells it in the past, as the headline's guess did
    ("fr", "Manifestation mardi à Lyon", "Les syndicats ont manifesté mardi à Lyon contre la réforme.", D(2026, 3, 10)),
    ("en", "Ferry sinks Tuesday off the coast", "A ferry sank on Tuesday off the coast.", D(2026, 3, 10)),
]


@pytest.mark.parametrize(("lang", "headline", "body", "day"), HEADLINES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(HEADLINES)])
def test_a_headlines_weekday_takes_the_bodys_reading(lang: str, headline: str, body: str, day: dt.date) -> None:
    assert dates_of(body, lang, headline=headline) == [day]


# --------------------------------------------------------------------------- issue 13's hidden-set classes

WEEKDAYS = [  # a weekday in the right week: the tense of its clause says which (page of Thursday 12 March 2026)
    ("fr", "Les enseignants manifesteront mardi devant le rectorat de Rennes.", D(2026, 3, 17)),
    ("fr", "Les enseignants ont manifesté mardi devant le rectorat de Rennes.", D(2026, 3, 10)),
    ("fr", "Le président se rendra lundi à Dakar pour une visite officielle.", D(2026, 3, 16)),
    ("fr", "Les obsèques de l'ancien maire seront célébrées vendredi en l'église Saint-Pierre.", D(2026, 3, 13)),
    ("en", "The union went on strike on Tuesday at the three plants.", D(2026, 3, 10)),
    ("en", "Shares of the bank fell 4% on Monday after the profit warning.", D(2026, 3, 9)),
    ("en", "The funeral of the former mayor was held on Wednesday in the old cathedral.", D(2026, 3, 11)),
    ("en", "The prime minister will visit Ottawa on Friday, his office said.", D(2026, 3, 13)),
]

DATELINES = [  # a dateline of another day than the page's (published Monday 16 March): the weekday counts from it
    ("fr", "RENNES, 12 mars (AFP) – Les enseignants ont manifesté mardi devant le rectorat.", D(2026, 3, 10)),
    ("en", "OTTAWA, March 12 (Reuters) - The union went on strike on Tuesday at three plants.", D(2026, 3, 10)),
    ("fr", "Quimper, jeudi 12 mars – Le conseil municipal a voté mardi la fermeture de la piscine.", D(2026, 3, 10)),
]


@pytest.mark.parametrize(("lang", "text", "day"), WEEKDAYS, ids=[f"{c[0]}-{i}" for i, c in enumerate(WEEKDAYS)])
def test_a_weekday_falls_in_the_week_its_tense_says(lang: str, text: str, day: dt.date) -> None:
    assert dates_of(text, lang) == [day]


@pytest.mark.parametrize(("lang", "text", "day"), DATELINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(DATELINES)])
def test_a_weekday_counts_from_the_dateline(lang: str, text: str, day: dt.date) -> None:
    assert dates_of(text, lang, dt.date(2026, 3, 16)) == [day]


NO_EVENT = [
    # vague offsets: a distance, not a date
    ("fr", "Il y a dix ans, l'usine fermait ses portes après une grève de six mois."),
    ("fr", "Trente ans après la chute du mur, la ville a inauguré un musée."),
    ("fr", "Deux ans plus tôt, le club avait été relégué en deuxième division."),
    ("en", "Ten years ago, the plant closed after a six-month strike."),
    ("en", "The two leaders held their first talks in six years in Geneva."),
    ("en", "Five years after the flood, the town reopened its bridge."),
    # "au lendemain de X" with no date before it: not the page's date +-1
    ("fr", "Au lendemain de l'incendie, les habitants se sont rassemblés devant la mairie."),
    ("fr", "Le maire a démissionné au lendemain de sa défaite aux municipales."),
    ("fr", "À la veille du scrutin, les candidats ont tenu leurs derniers meetings."),
    ("en", "The day after the crash, the airline grounded its whole fleet."),
    ("en", "A day after the vote, the minister resigned."),
]


@pytest.mark.parametrize(("lang", "text"), NO_EVENT, ids=[f"{c[0]}-{i}" for i, c in enumerate(NO_EVENT)])
def test_an_offset_or_a_named_anchor_dates_no_event(lang: str, text: str) -> None:
    assert events(text, lang) == []


UPCOMING = [  # an upcoming date named without its year, on a page of November: next year, not last year
    ("fr", "La finale se jouera le 3 janvier au Stade de France.", D(2027, 1, 3)),
    ("fr", "Le sommet aura lieu en janvier à Bruxelles.", D(2027, 1, 1)),
    ("fr", "Le congrès du parti se tiendra du 8 au 10 janvier à Tours.", D(2027, 1, 8)),
    ("en", "Elections will be held in February, the commission said.", D(2027, 2, 1)),
    ("en", "The trial is due to open on January 12 in the district court.", D(2027, 1, 12)),
]


@pytest.mark.parametrize(("lang", "text", "day"), UPCOMING, ids=[f"{c[0]}-{i}" for i, c in enumerate(UPCOMING)])
def test_an_upcoming_date_is_not_put_last_year(lang: str, text: str, day: dt.date) -> None:
    assert dates_of(text, lang, NOVEMBER) == [day]


OTHER_CLAUSE = [  # a date of a set-off clause dates that clause's happening, not the main one
    ("fr", "L'ancien maire, élu en 2008, a été entendu mardi par les enquêteurs.", [D(2026, 3, 10)]),
    ("en", "The company, founded in 1946, filed for bankruptcy on Monday.", [D(2026, 3, 9)]),
    ("en", "The striker, who joined the club in 2019, scored twice on Saturday.", [D(2026, 3, 7)]),
    ("fr", "La ministre, arrivée lundi à Lomé, a inauguré mercredi le nouveau port.", [D(2026, 3, 9), D(2026, 3, 11)]),
]


@pytest.mark.parametrize(("lang", "text", "days"), OTHER_CLAUSE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(OTHER_CLAUSE)])
def test_a_date_of_another_clause_stays_there(lang: str, text: str, days: list[dt.date]) -> None:
    assert dates_of(text, lang) == days


RELATIVES = [  # a date inside a relative clause closed by a comma stays with the relative's verb (before: crosswise)
    ("fr", "Le député, qui avait voté contre la réforme le 3 mars, a quitté le groupe mardi.",
     [(D(2026, 3, 3), "avait voté"), (D(2026, 3, 10), "a quitté")]),
    ("fr", "L'entraîneur, qui avait signé un nouveau contrat le 2 février, a été limogé lundi.",
     [(D(2026, 2, 2), "contrat"), (D(2026, 3, 9), "a été limogé")]),
    ("en", "The chief executive, who took office in January 2025, resigned on Monday.",
     [(D(2026, 3, 9), "resigned")]),
    # control: the date opens the relative clause, before its verb; the comma does not close it
    ("fr", "Le carambolage, qui, le 10 novembre 2023, avait causé la mort de 15 personnes, est jugé depuis lundi.",
     [(D(2023, 11, 10), "mort"), (D(2026, 3, 9), "est jugé")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVES, ids=[f"{c[0]}-{i}" for i, c in enumerate(RELATIVES)])
def test_a_relative_clauses_date_stays_in_it(lang: str, text: str, expected: list[tuple[dt.date, str]]) -> None:
    mentions = extract_article(one_story(text, lang, dt.date(2026, 3, 11)), NO_NER)
    assert sorted((m.date, m.trigger) for m in mentions) == expected


HEADLINE_DATES = [  # a headline's written date and the body's telling are one event
    ("fr", "Grève du 5 mars : la mairie fait les comptes",
     "La grève du 5 mars a coûté 40 000 euros à la ville, selon le maire.", [(D(2026, 3, 5), "protest")]),
    ("en", "March 3 vote: council approves new stadium",
     "The city council voted on March 3 to approve the new stadium.", [(D(2026, 3, 3), "vote")]),
    ("fr", "Législatives du 12 juin : le parti dévoile ses candidats",
     "Le parti a dévoilé mardi la liste de ses candidats pour les législatives du 12 juin.",
     [(D(2026, 3, 10), "other"), (D(2026, 6, 12), "election")]),
]

DUPLICATES = [  # one happening told twice in one article: one event
    ("fr", "Le sommet s'est ouvert lundi à Dakar en présence de douze chefs d'État. Lors du sommet, ouvert lundi, "
           "les dirigeants ont adopté une déclaration commune.", [(D(2026, 3, 9), "summit")]),
    ("en", "The summit opened on Monday in Dakar. At the summit, which opened on Monday, the leaders adopted a "
           "joint statement.", [(D(2026, 3, 9), "summit")]),
    ("fr", "Les syndicats ont manifesté mardi à Lyon. La manifestation de mardi a réuni 20 000 personnes selon la "
           "préfecture.", [(D(2026, 3, 10), "protest")]),
    ("en", "The port workers went on strike on Tuesday. The strike on Tuesday halted all traffic at the docks.",
     [(D(2026, 3, 10), "protest")]),
    ("fr", "L'usine a été fermée mardi. La fermeture de mardi laisse 300 salariés sans emploi.",
     [(D(2026, 3, 10), "other")]),
    ("en", "The former senator died on Saturday at the age of 84. He died on Saturday at his home in Ohio, his "
           "family said.", [(D(2026, 3, 7), "incident")]),
]


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), HEADLINE_DATES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(HEADLINE_DATES)])
def test_a_headlines_date_makes_no_second_event(lang: str, headline: str, body: str,
                                                expected: list[tuple[dt.date, str]]) -> None:
    assert events(body, lang, headline=headline) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), DUPLICATES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DUPLICATES)])
def test_a_happening_told_twice_is_one_event(lang: str, text: str, expected: list[tuple[dt.date, str]]) -> None:
    assert events(text, lang) == expected
