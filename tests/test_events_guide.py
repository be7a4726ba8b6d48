"""A conformance battery for docs/ANNOTATION.md (round ten, prec10): every rule of the guide that says what is NOT
an event, each with a positive control, the minimal change that makes it one.

The sentences are our own, written from the guide's rules in the shape news uses; none comes from an article of
the real-news sets. Each case is (rule, language, text, expected dates of the merged events): ``()`` for no event.
The reference date is Thursday 14 March 2024.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events_support import merged_events

REF = dt.date(2024, 3, 14)  # a Thursday

# (rule of the guide, lang, text, ISO dates of the events expected; () when the guide says no row)
BATTERY: list[tuple[str, str, str, tuple[str, ...]]] = [
    # --- the reporting act is no row; an announcement that is the news is one
    ("reporting", "fr", "Le ministre de l'Intérieur a déclaré mardi que la situation restait sous contrôle.", ()),
    ("reporting", "fr", "« Nous ne céderons pas », a affirmé lundi la porte-parole du collectif.", ()),
    ("reporting", "fr", "Le secrétaire général a indiqué mercredi à la presse que les négociations reprendraient.", ()),
    ("reporting", "fr", "La présidente de la région a estimé lundi sur une radio que le projet était coûteux.", ()),
    ("reporting", "fr", "« La grève est terminée », a reconnu lundi le délégué syndical.", ()),
    ("reporting", "fr", "Les syndicats avaient averti vendredi que la grève serait reconduite.", ()),
    ("reporting", "fr", "Le ministre a-t-il rappelé mardi que le sommet avait été un succès.", ()),
    ("reporting+", "fr", "Le constructeur a annoncé mardi le rappel de 300 000 véhicules.", ("2024-03-12",)),
    ("reporting+", "fr", "Le ministre a reçu mardi les représentants des syndicats.", ("2024-03-12",)),
    ("reporting", "en", "The prime minister said on Tuesday that the economy was recovering.", ()),
    ("reporting", "en", "\"We will not back down,\" the union leader told reporters on Monday.", ()),
    ("reporting", "en", "A spokesman for the ministry said Wednesday that the talks would continue.", ()),
    ("reporting", "en", "The governor insisted on Monday that the plan was too costly.", ()),
    ("reporting", "fr", "Le porte-parole du gouvernement a déclaré mardi que la réunion avait été productive.", ()),
    ("reporting", "fr", "Le ministre a affirmé jeudi que les manifestations ne changeraient rien.", ()),
    ("reporting", "fr", "Selon un communiqué publié lundi, la grève n'aura pas d'effet sur les vols.", ()),
    ("reporting", "en", "The White House said on Monday that the summit had been a success.", ()),
    ("reporting", "en", "The minister stressed on Thursday that the protests would change nothing.", ()),
    ("reporting", "en", "According to a statement released on Monday, the strike will not affect flights.", ()),
    ("reporting", "en", "\"The strike is over,\" the union leader conceded on Monday.", ()),
    ("reporting", "en", "The union had warned on Friday that the strike would go on.", ()),
    ("reporting", "en", "The minister recalled on Tuesday that the summit had been a success.", ()),
    ("reporting+", "en", "The carmaker recalled on Tuesday 300,000 vehicles.", ("2024-03-12",)),
    ("reporting+", "en", "A state of emergency was declared on Sunday across the region.", ("2024-03-10",)),
    ("reporting+", "en", "The government declared on Sunday a state of emergency.", ("2024-03-10",)),
    ("reporting+", "en", "The carmaker announced on Tuesday the recall of 300,000 vehicles.", ("2024-03-12",)),
    ("reporting+", "en", "The minister met union leaders on Tuesday.", ("2024-03-12",)),
    # --- a source's date: "according to a statement released on Monday" dates the statement, not what it tells
    ("source", "fr", "D'après un communiqué envoyé lundi, la grève n'aura pas d'effet sur les vols.", ()),
    ("source", "en", "According to a statement released on Monday, the strike will not affect flights.", ()),
    ("source+", "fr", "La grève de lundi n'a pas eu d'effet sur les vols, selon un communiqué.", ("2024-03-11",)),
    ("source+", "en", "Monday's strike did not affect flights, according to a statement.", ("2024-03-11",)),
    # --- durations, offsets and periods that are no date
    ("offset", "fr", "Le pays n'avait pas connu une telle sécheresse depuis dix ans.", ()),
    ("offset", "fr", "Il y a dix ans, la ville comptait deux fois plus d'habitants.", ()),
    ("offset", "fr", "Ce sont les premiers pourparlers entre les deux pays depuis six ans.", ()),
    ("offset", "fr", "Le chantier de la nouvelle ligne doit durer cinq ans.", ()),
    ("offset", "fr", "Trente ans après la chute du mur de Berlin, les Allemands restent divisés.", ()),
    ("offset", "fr", "Au lendemain de l'attentat, la ville était calme.", ()),
    ("offset", "fr", "La grève, la plus longue depuis vingt ans, se poursuit.", ()),
    ("offset", "fr", "Deux ans après le séisme, des milliers de personnes vivent encore sous des tentes.", ()),
    ("offset+", "fr", "Les deux pays ont tenu mardi leurs premiers pourparlers depuis six ans.", ("2024-03-12",)),
    ("offset+", "fr", "Il y a dix ans, le 3 mars 2014, un séisme a frappé la région.", ("2014-03-03",)),
    ("offset", "en", "These are the first talks between the two countries in six years.", ()),
    ("offset", "en", "Revenue was up 5% from a year ago.", ()),
    ("offset", "en", "Over the past year, the company has cut 2,000 jobs.", ()),
    ("offset", "en", "Construction of the new line is expected to take five years.", ()),
    ("offset", "en", "Thirty years after the fall of the Berlin Wall, Germans remain divided.", ()),
    ("offset", "en", "The talks came a decade after the last round of negotiations.", ()),
    ("offset", "en", "The strike, the longest in twenty years, continues.", ()),
    ("offset", "en", "Two years after the earthquake, thousands of people still live in tents.", ()),
    ("offset+", "en", "The two countries held their first talks in six years on Tuesday.", ("2024-03-12",)),
    ("offset+", "en", "Ten years ago, on March 3, 2014, an earthquake struck the region.", ("2014-03-03",)),
    # --- states, figures and trends
    ("figure", "fr", "Les ventes du troisième trimestre ont progressé de 4 %.", ()),
    ("figure", "fr", "Le taux de chômage a atteint 7,5 % en février.", ()),
    ("figure", "fr", "En 2023, les exportations du pays ont reculé de 3 %.", ()),
    ("figure", "fr", "Le chiffre d'affaires a augmenté de 12 % au premier trimestre 2023.", ()),
    ("figure", "fr", "Les arrestations ont augmenté de 15 % en 2023.", ()),
    ("figure", "fr", "L'inflation a ralenti à 3,1 % en janvier, contre 3,4 % en décembre.", ()),
    ("figure+", "fr", "Le groupe a publié mardi ses résultats du troisième trimestre.", ("2024-03-12",)),
    ("figure+", "fr", "La Bourse de Paris a chuté de 3 % lundi.", ("2024-03-11",)),
    ("figure", "en", "Third-quarter sales rose 4%.", ()),
    ("figure", "en", "Unemployment reached 7.5% in February.", ()),
    ("figure", "en", "In 2023, the country's exports fell 3%.", ()),
    ("figure", "en", "The company's profit fell 20% in the second quarter of 2023.", ()),
    ("figure", "en", "Arrests rose 15% in 2023.", ()),
    ("figure", "en", "Inflation slowed to 3.1% in January from 3.4% in December.", ()),
    ("figure+", "en", "The group reported its third-quarter results on Tuesday.", ("2024-03-12",)),
    ("figure+", "en", "Shares of the bank fell 3% on Monday.", ("2024-03-11",)),
    # --- deadlines and horizons
    ("horizon", "fr", "Le gouvernement veut réduire les émissions de moitié d'ici 2030.", ()),
    ("horizon", "fr", "Le contrat de l'entraîneur court jusqu'en juin.", ()),
    ("horizon", "fr", "Les travaux devront être achevés avant 2027.", ()),
    ("horizon", "fr", "Les sanctions resteront en place jusqu'en 2025.", ()),
    ("horizon", "fr", "La grève pourrait durer jusqu'à la fin du mois.", ()),
    ("horizon", "fr", "Le pays s'est fixé pour objectif la neutralité carbone en 2050.", ()),
    ("horizon", "fr", "L'accord reste valable jusqu'à la fin de l'année.", ()),
    ("horizon", "fr", "Les sanctions resteront en vigueur jusqu'à la fin du mois.", ()),
    ("horizon+", "fr", "L'accord entrera en vigueur le 1er juin.", ("2024-06-01",)),
    ("horizon+", "fr", "Le contrat a été signé le 2 mars.", ("2024-03-02",)),
    ("horizon", "en", "The government aims to halve emissions by 2030.", ()),
    ("horizon", "en", "The coach's contract runs through June.", ()),
    ("horizon", "en", "The agreement remains valid until the end of the year.", ()),
    ("horizon", "en", "The works must be completed before 2027.", ()),
    ("horizon", "en", "The sanctions will remain in place until 2025.", ()),
    ("horizon", "en", "The strike could last until the end of the month.", ()),
    ("horizon", "en", "The country has set itself the goal of carbon neutrality in 2050.", ()),
    ("horizon+", "en", "The agreement will take effect on June 1.", ("2024-06-01",)),
    ("horizon+", "en", "The contract was signed on March 2.", ("2024-03-02",)),
    # --- birth years, ages, ordinals, counts, clock times alone
    ("number", "fr", "Né en 1952, l'ancien ministre a dirigé le parti pendant vingt ans.", ()),
    ("number", "fr", "La victime, âgée de 34 ans, travaillait à la mairie.", ()),
    ("number", "fr", "Plus de 2000 personnes ont assisté au concert.", ()),
    ("number", "fr", "Les bureaux de vote ouvrent à 8 heures.", ()),
    ("number+", "fr", "L'ancien ministre est mort mardi à l'âge de 72 ans.", ("2024-03-12",)),
    ("number+", "fr", "Le 12e congrès du parti s'est ouvert lundi.", ("2024-03-11",)),
    ("number", "en", "Born in 1952, the former minister led the party for twenty years.", ()),
    ("number", "en", "The victim, aged 34, worked at the town hall.", ()),
    ("number", "en", "More than 2000 people attended the concert.", ()),
    ("number", "en", "Polling stations open at 8 a.m.", ()),
    ("number+", "en", "The former minister died on Tuesday at the age of 72.", ("2024-03-12",)),
    ("number+", "en", "The party's 12th congress opened on Monday.", ("2024-03-11",)),
    # --- future plans with no date
    ("undated", "fr", "Le ministre se rendra prochainement en Chine.", ()),
    ("undated", "fr", "Une réunion entre les deux parties doit se tenir bientôt.", ()),
    ("undated", "fr", "Le gouvernement présentera dans les prochaines semaines un nouveau plan.", ()),
    ("undated", "fr", "Une nouvelle réunion aura lieu à une date ultérieure.", ()),
    ("undated+", "fr", "Le ministre se rendra en Chine le 20 mars.", ("2024-03-20",)),
    ("undated", "en", "The minister will soon travel to China.", ()),
    ("undated", "en", "A meeting between the two sides is expected in the coming weeks.", ()),
    ("undated", "en", "The government will present a new plan in the coming weeks.", ()),
    ("undated", "en", "The vote will take place at a later date.", ()),
    ("undated+", "en", "The minister will travel to China on March 20.", ("2024-03-20",)),
    # --- weekdays: the last one in the past tense, the next one in the future, today when it is named
    ("weekday", "fr", "Le sommet s'ouvrira lundi à Bruxelles.", ("2024-03-18",)),
    ("weekday", "fr", "Le sommet s'est ouvert lundi à Bruxelles.", ("2024-03-11",)),
    ("weekday", "fr", "Les syndicats appellent à manifester samedi.", ("2024-03-16",)),
    ("weekday", "en", "The summit will open on Monday in Brussels.", ("2024-03-18",)),
    ("weekday", "en", "The summit opened on Monday in Brussels.", ("2024-03-11",)),
    # round eleven (known11): the present of a scheduled trip or meeting is a trigger
    ("weekday", "en", "The ministers are meeting on Saturday in Brussels.", ("2024-03-16",)),
    ("weekday", "fr", "Le président se rend vendredi à Lyon.", ("2024-03-15",)),
    # --- round ten: a press conference or a programme told as an occasion is a row (named in quotes, framed, dated)
    ("occasion", "fr", "Le candidat a, lors de « Questions politiques » du dimanche 10 mars, accusé le gouvernement.",
     ("2024-03-10",)),
    ("occasion", "en", "During \"Face the Nation\" on Sunday, the senator accused the government of lying.",
     ("2024-03-10",)),
    # --- weekdays: the tense of the date's own conjunct ("began on Monday and will continue"), not the clause's
    ("weekday", "fr", "La grève a commencé lundi et se poursuivra jusqu'à la fin de la semaine.", ("2024-03-11",)),
    ("weekday", "en", "The strike began on Monday and will continue until the end of the week.", ("2024-03-11",)),
    ("weekday+", "fr", "Le ministre se rendra à Paris et rencontrera le maire lundi.", ("2024-03-18",)),
    ("weekday+", "en", "The minister will travel to Paris and meet the mayor on Monday.", ("2024-03-18",)),
    # --- round ten: an announcement made at a press conference that same day is one row, not two
    ("one-row", "fr", "Le groupe a annoncé mardi, lors d'une conférence de presse, le rachat de son concurrent.",
     ("2024-03-12",)),
    ("one-row", "en", "The group announced on Tuesday, at a press conference, the takeover of its rival.",
     ("2024-03-12",)),
    ("one-row", "fr", "Le ministre a annoncé mardi, à Lyon, la fermeture de l'usine.", ("2024-03-12",)),
    ("one-row", "en", "The minister announced on Tuesday, in Lyon, the closure of the plant.", ("2024-03-12",)),
    # --- "for" before a weekday looks ahead whatever the tense (the date engine, dw10 of round ten)
    ("weekday", "en", "Unions have called a strike for Saturday.", ("2024-03-16",)),
    ("weekday", "en", "The summit, scheduled for Monday, was cancelled.", ("2024-03-18",)),
]


#: Cases of the battery the rules do not meet yet (round ten), by guide rule; strict: one that starts passing fails
#: here, to be moved into BATTERY. A year's toll of a kind of happening is a figure; "for Saturday" looks ahead even
#: after a past tense; recalling an ambassador is a deed (no trigger names it); a planned date stays ahead though the
#: plan was cancelled; the present of a scheduled happening ("reçoit lundi", "are meeting on Saturday", "se rend
#: vendredi") looks ahead (the guide names past and future only; the last two make no row at all).
KNOWN_MISSES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("figure", "fr", "Les accidents de la route ont fait 3 200 morts en 2023.", ()),
    ("figure", "en", "Road accidents killed 3,200 people in 2023.", ()),
    ("reporting+", "fr", "La France a rappelé mardi son ambassadeur pour consultations.", ("2024-03-12",)),
    ("weekday", "fr", "Le ministre reçoit lundi son homologue.", ("2024-03-18",)),
]

#: Every verb of saying of the class, in each form: the date before a "that" clause, or after a quote, tells when
#: it was said (docs/ANNOTATION.md, the reporting act). A word of the list, not a sentence, is the unit tested.
SPEECH_EN = ["stated", "added", "noted", "explained", "stressed", "emphasized", "insisted", "warned", "argued",
             "declared", "reiterated", "admitted", "denied", "claimed", "replied", "wrote", "conceded", "recalled"]
SPEECH_FR = ["déclaré", "souligné", "ajouté", "expliqué", "estimé", "assuré", "dit", "insisté", "averti", "martelé",
             "répété", "démenti", "réaffirmé", "prévenu", "nié", "réitéré", "répondu", "écrit", "regretté", "déploré",
             "reconnu", "rappelé", "confié", "confirmé"]


@pytest.mark.parametrize("verb", SPEECH_EN)
def test_speech_verbs_en(verb: str) -> None:
    for text in (f"The minister {verb} on Tuesday that the protests would change nothing.",
                 f"The minister had {verb} Tuesday that the summit had been a success.",
                 f"\"The strike is over,\" the union leader {verb} on Monday."):
        assert merged_events(text, "en", REF) == [], text


@pytest.mark.parametrize("verb", SPEECH_FR)
def test_speech_verbs_fr(verb: str) -> None:
    for text in (f"Le ministre a {verb} mardi que les manifestations ne changeraient rien.",
                 f"Les syndicats avaient {verb} lundi que la grève serait reconduite.",
                 f"« La grève est terminée », a {verb} lundi le délégué syndical."):
        assert merged_events(text, "fr", REF) == [], text


@pytest.mark.parametrize(("rule", "lang", "text", "expected"), KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="a guide rule the pipeline does not meet yet (round ten)")
def test_guide_known_misses(rule: str, lang: str, text: str, expected: tuple[str, ...]) -> None:
    dates = tuple(sorted({d.isoformat() for d, _ in merged_events(text, lang, REF)}))
    assert dates == expected, f"{rule}: {text!r} gave {dates}"


@pytest.mark.parametrize(("rule", "lang", "text", "expected"), BATTERY, ids=[f"{c[0]}-{c[1]}-{n}"
                                                                              for n, c in enumerate(BATTERY)])
def test_guide_battery(rule: str, lang: str, text: str, expected: tuple[str, ...]) -> None:
    dates = tuple(sorted({d.isoformat() for d, _ in merged_events(text, lang, REF)}))
    assert dates == expected, f"{rule}: {text!r} gave {dates}"
