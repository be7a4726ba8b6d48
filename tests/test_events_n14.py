"""Event and merge classes other rooms saw, as mechanisms, both languages (issue 13, room evn14, round fourteen).

- a wire dateline with an abbreviated month and any agency in brackets is a dateline (its town, its day);
- an agreement that was not reached is no decision: the happening is the talks (`meeting`);
- two clock times of one story and day, told with the same predicate, are two happenings, unless a sentence tells a
  phase (a start, an end) of one;
- a match's result told by its score line is the match's row (`other`, docs/ANNOTATION.md);
- a claim does not borrow the actors of the sentence before it; a name after "se faisant appeler" is a name;
- two tellings in two languages that agree on proper names (no country, no common group) share an actor.

Every sentence was written for these tests (none is taken from an article). The reference date is Thursday 14 March
2024: "lundi" / "Monday" is 11 March, "mardi" / "Tuesday" 12 March, "dimanche" / "Sunday" 10 March.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events_support import one_story
from timeline.extraction import stories
from timeline.extraction.events.page_places import _dateline_places
from timeline.extraction.events.title_case import sentence_case
from timeline.extraction.merge_apart import proper_names
from timeline.extraction.pipeline import extract_article, merge_tellings
from timeline.settings import Options

REF = dt.date(2024, 3, 14)  # a Thursday
NO_NER = Options(use_ner=False, reference_date=REF)
WITH_NER = Options(use_ner=True, reference_date=REF)
MON, TUE, SUN = "2024-03-11", "2024-03-12", "2024-03-10"


def rows(lang: str, text: str) -> list[tuple[str, str]]:
    """The merged events of ``text`` as sorted (ISO date, type)."""
    events = merge_tellings(extract_article(one_story(text, lang, REF), NO_NER)).events
    return sorted((e.date.isoformat(), e.event_type) for e in events)


def dateline(text: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None, tuple[str, ...]]:
    """(dateline span, (day, month) of its stamp, its places) of a one-line page."""
    layout = stories.split_page(text)
    spans = tuple((n.start, n.end) for n in layout.noise if n.kind == "dateline")
    stamp = next(((s.date.day, s.date.month) for s in layout.stamps if s.kind == "dateline"), None)
    places = _dateline_places(text, spans)
    return (spans[0] if spans else None), stamp, (places[0][1] if places else ())


# ---------------------------------------------------------------- datelines with any agency in brackets

@pytest.mark.parametrize(("text", "day", "town"), [
    ("Lyon, 7 oct. (Agence France-Presse) - Le maire a présenté son budget.", (7, 10), "Lyon"),
    ("Nairobi, Oct 7 (The Star News Agency) - The governor opened the new bridge.", (7, 10), "Nairobi"),
    ("Carlisle, Feb. 12 (Border Press Wire) - The council voted on the plan.", (12, 2), "Carlisle"),
    ("SAINT-ÉTIENNE, 3 janv. (AFP) - Le club a présenté son entraîneur.", (3, 1), "Saint-Étienne"),
    ("QUIMPER, 9 déc. (Ouest Presse Agence) - Les marins ont débrayé.", (9, 12), "Quimper"),
])
def test_a_bracketed_agency_of_any_words_makes_a_dateline(text: str, day: tuple[int, int], town: str) -> None:
    span, stamp, places = dateline(text)
    assert span is not None and span[0] == 0
    assert stamp == day
    assert places[:1] == (town,)


@pytest.mark.parametrize("text", [
    "Marine Dupont (Union Centriste) a dit non au projet.",
    "Le maire, Paul Ravel (Divers Gauche Unie), a parlé lundi.",
])
def test_a_person_and_her_party_in_brackets_is_no_dateline(text: str) -> None:
    assert dateline(text)[0] is None


# ---------------------------------------------------------------- a negated agreement is the talks

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The talks between the union and the port operator ended without agreement on Monday."),
    ("en", "The negotiators failed to reach an agreement on Monday."),
    ("fr", "Les négociations entre le syndicat et la direction se sont achevées sans accord lundi."),
    ("fr", "Aucun accord n'a été trouvé lundi entre le syndicat et la direction."),
    ("fr", "Les deux pays ont échoué à conclure un accord lundi."),
])
def test_an_agreement_not_reached_is_the_talks(lang: str, text: str) -> None:
    assert rows(lang, text) == [(MON, "meeting")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The union and the operator reached an agreement on Monday."),
    ("en", "The union signed the agreement on Monday without delay."),
    ("fr", "Le syndicat et la direction ont signé un accord lundi."),
])
def test_an_agreement_reached_stays_a_decision(lang: str, text: str) -> None:
    assert rows(lang, text) == [(MON, "decision")]


# ---------------------------------------------------------------- two clock times, two happenings

@pytest.mark.parametrize(("lang", "text", "count"), [
    ("fr", "Une première réplique a secoué la ville lundi à 5 h 40. Une seconde réplique a secoué la ville lundi à "
           "9 h 05, selon l'institut.", 2),
    ("en", "The first explosion hit the depot at 21:30 on Monday. Another explosion hit the depot at 23:10 on "
           "Monday.", 2),
    # a phase of one happening told at its clock: one row
    ("fr", "La séance a commencé lundi à 8 h 30. La séance s'est terminée lundi à 12 h 21.", 1),
    ("en", "The hearing started at 9:00 on Monday. The hearing ended at 17:00 on Monday.", 1),
])
def test_two_clocks_of_one_predicate_are_two_happenings(lang: str, text: str, count: int) -> None:
    found = rows(lang, text)
    assert len(found) == count
    assert {day for day, _ in found} == {MON}


# ---------------------------------------------------------------- a score line is the match

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Full time: Northfield Rovers 3-1 Eastham Town on Sunday."),
    ("fr", "Victoire 3-1 de l'Olympique Valmont face à l'US Bréval dimanche."),
    ("fr", "L'Olympique Valmont s'est imposé 3-1 face à l'US Bréval dimanche."),
    ("fr", "Score final dimanche : Olympique Valmont 3-1 US Bréval."),
])
def test_a_score_line_is_the_match(lang: str, text: str) -> None:
    assert rows(lang, text) == [(SUN, "other")]


def test_working_full_time_is_no_match() -> None:
    assert rows("fr", "Le salarié travaille à temps plein depuis lundi.") == []


# ---------------------------------------------------------------- a claim is its sayer's

def _actors(lang: str, text: str, word: str) -> tuple[str, ...]:
    """The actors of the (unmerged) mention whose title holds ``word``."""
    mentions = extract_article(one_story(text, lang, REF), WITH_NER)
    return next(m.actors for m in mentions if word in m.title.lower())


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "Mardi après-midi, le bourgmestre Pierre Lenoir a déposé plainte auprès de la police. Un groupe de pirates "
           "a revendiqué l'attaque mardi soir sur un site.", "attaque"),
    ("en", "On Tuesday afternoon the mayor, Pierre Lenoir, filed a complaint with the police. A group of hackers "
           "claimed the attack on Tuesday evening on a website.", "attack"),
])
def test_a_claim_does_not_borrow_the_sentence_before(lang: str, text: str, word: str) -> None:
    assert "Pierre Lenoir" not in _actors(lang, text, word)


def test_a_nameless_meeting_still_borrows_the_sentence_before() -> None:
    text = "Le ministre Pierre Lenoir a reçu l'ambassadeur de Norvège. La rencontre a eu lieu mardi au ministère."
    assert "Pierre Lenoir" in _actors("fr", text, "rencontre")


def test_a_name_after_se_faisant_appeler_is_a_name() -> None:
    text = "Un groupe de pirates se faisant appeler Brisemur a revendiqué l'attaque mardi soir sur un site."
    assert "Brisemur" in _actors("fr", text, "attaque")


# ---------------------------------------------------------------- proper names agree across languages

def test_proper_names_leave_out_countries_and_common_groups() -> None:
    assert proper_names({"france", "nordlock", "police", "united kingdom", "pierre lenoir"}) == {
        "nordlock", "pierre lenoir"}


@pytest.mark.parametrize(("text", "town"), [
    ("Port workers walk out\n\nDOVERTON, Oct 7 (Harbour Wire) - Dockers walked out on Monday.", "Doverton"),
    ("Les marins débrayent\n\nQUIMPER, 9 déc. (AFP) - Les marins ont débrayé lundi.", "Quimper"),
])
def test_a_dateline_under_a_headline_gives_its_town(text: str, town: str) -> None:
    span, _, places = dateline(text)
    assert span is not None and span[0] > 0  # the match starts at the dateline, not at the text's start
    assert places[:1] == (town,)


# ---------------------------------------------------------------- a headline in title case names nobody by its capitals

BODY = "\n\nHalvorsen Foods appointed Kari Lunde as chief executive on Monday, after sales rose 9% in the quarter."


def test_a_title_case_headline_is_read_in_sentence_case() -> None:
    headline = "Halvorsen Foods Reports Record Quarterly Sales, Names New Chief Executive"
    assert sentence_case(headline, 0, headline + BODY) == (
        "Halvorsen Foods reports record quarterly sales, names new chief executive")


@pytest.mark.parametrize("line", [
    "Mayor Pierre Lenoir Has Refused To Pay Anything.",  # a sentence: it ends with a full stop
    "Halvorsen Foods reports record sales",  # not in title case
    "Les Pêcheurs Bretons Manifestent",  # too few words
])
def test_other_lines_keep_their_capitals(line: str) -> None:
    assert sentence_case(line, 0, line + BODY) == line


def test_a_title_case_headline_lends_no_made_up_names() -> None:
    from timeline.extraction import actors

    headline = "Halvorsen Foods Reports Third Quarter Fiscal 2023 Results, Declares Special Dividend"
    text = headline + BODY

    def names(line: str) -> set[str]:
        return {a.name for a in actors.find_entities_many([line], "en", WITH_NER, [0])[0].actors}

    assert any("Reports" in n or "Declares" in n for n in names(headline))  # read as written: made-up names
    assert names(sentence_case(headline, 0, text)) == {"Halvorsen Foods"}


# ---------------------------------------------------------------- a period its figures cover dates no happening

def test_the_period_of_figures_in_a_headline_is_no_row() -> None:
    text = ("Halvorsen Foods Reports Third Quarter 2023 Results, Declares Special Dividend\n\nHalvorsen Foods "
            "reported its results on Monday. Fourth-quarter results will be released on Thursday 21 March.")
    found = rows("en", text)
    assert not [day for day, _ in found if day.startswith("2023")]
    assert (MON, "other") in found and ("2024-03-21", "other") in found


def test_un_rapport_date_du_jour_reste() -> None:
    text = "Halvorsen a publié lundi ses résultats du troisième trimestre 2023, en hausse de 9 %."
    assert (MON, "other") in rows("fr", text)


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("en", "Dockers at the container port stopped work on Monday for 24 hours.", "stopped work"),
    ("en", "Bus drivers will stop work on Tuesday over the new rota, their union said.", "will stop work"),
    ("fr", "Les dockers du port ont cessé le travail lundi pendant 24 heures.", "ont cessé le travail"),
    ("fr", "Les chauffeurs de bus cesseront le travail mardi contre les nouveaux horaires.", "cesseront le travail"),
])
def test_stopping_work_is_a_protest(lang: str, text: str, trigger: str) -> None:
    """Workers stopping work on a day is a strike, told by the verb (lead, from dtn14's note on a port ballot)."""
    found = [(m.trigger, m.event_type) for m in extract_article(one_story(text, lang, REF), NO_NER)]
    assert (trigger, "protest") in found, found
