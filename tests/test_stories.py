"""timeline.extraction.stories: a page -> stories (main + teasers) and noise spans (captions, credits, datelines...)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.stories import (
    Line,
    classify,
    find_stamp_date,
    is_headline,
    month_number,
    page_stamp,
    split_page,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def kinds_of(line: str) -> list[tuple[str, str]]:
    """(kind, covered text) of the noise spans ``classify`` gives one line."""
    verdict = classify(Line(0, len(line), line))
    return [(s.kind, line[s.start : s.end]) for s in verdict.spans]


def noise_texts(text: str, kind: str) -> list[str]:
    return [text[n.start : n.end] for n in split_page(text).noise if n.kind == kind]


# ---------------------------------------------------------------- the seeds


def test_seed_000_is_one_main_story_without_headline() -> None:
    text = seed("000")
    stories = split_page(text).stories
    assert [(s.kind, s.headline) for s in stories] == [("main", "")]
    assert text[stories[0].start :].startswith("Au siège du gouvernement")
    assert text[: stories[0].end].endswith("la confiance numérique comme fondement.")


def test_seed_000_captions_credits_and_furniture() -> None:
    text = seed("000")
    assert noise_texts(text, "credit") == ["- Photo : NHAT BAC", "- Photo : NHAT BAC"]
    assert noise_texts(text, "caption") == [
        "Le Premier ministre et sa délégation visitent l'exposition de produits technologiques",
        "Ministre des Sciences et de la Technologie Nguyen Manh Hung",
    ]
    assert [t[:30] for t in noise_texts(text, "source")] == ["Source : https://tuoitre.vn/th"]
    assert noise_texts(text, "boilerplate") == ["Comment (0)"]


SEED_003_HEADLINES = [
    ("main", "Le secrétaire général Tô Lâm exhorte à faire du Vietnam une nation numérique"),
    ("teaser", "Vietnam–France : renforcement du partenariat stratégique global"),
    ("teaser", "Un haut responsable du Parti examine les préparatifs du 14e Congrès national du Parti"),
    ("teaser", "Migration : l’OIM encourage le Vietnam à devenir un pays champion du GCM"),
    ("teaser",
     "Le secteur de la sensibilisation et de la mobilisation des masses dresse le bilan de ses activités en 2025"),
    ("teaser", 'Chaque citoyen doit devenir un "citoyen numérique", selon le Premier ministre'),
    ("teaser", "12e Consultation politique au niveau des ministres des AE Vietnam-Laos"),
    ("teaser", "Le premier indice pilote d’égalité des sexes se dévoile dans le secteur public à Hanoi"),
]


def test_seed_003_main_story_and_seven_teasers() -> None:
    stories = split_page(seed("003")).stories
    assert [(s.kind, s.headline) for s in stories] == SEED_003_HEADLINES
    assert [s.index for s in stories] == list(range(len(SEED_003_HEADLINES)))


def test_seed_003_main_story_stops_before_voir_plus() -> None:
    text = seed("003")
    main = split_page(text).stories[0]
    assert "Voir plus" not in text[main.start : main.end]
    assert text[: main.end].endswith("dans l’économie nationale. – VNA")


def test_seed_003_every_caption_line_is_noise() -> None:
    text = seed("003")
    credits = noise_texts(text, "credit")
    assert len(credits) == 10  # 3 in the main story (one caption repeated) + 7 teasers
    assert set(credits) == {"Photo: VNA", "Photo / VNA", "Photo : VNA"}
    assert "delegues-congres-national-de-lassociation-nationale-des-donnees.jpg" in noise_texts(text, "caption")


def test_seed_003_dateline_signoff_and_source_are_noise() -> None:
    text = seed("003")
    assert noise_texts(text, "dateline") == ["Hanoi (VNA) - "]
    assert noise_texts(text, "byline") == ["– VNA"]
    assert "source" in noise_texts(text, "source") + noise_texts(text, "boilerplate")


def test_seed_003_body_sentence_is_not_noise() -> None:
    """A caption duplicates a body sentence; the body copy must stay usable as evidence."""
    text = seed("003")
    body = text.index("Il a fait cette déclaration lors du premier congrès national")
    assert not any(n.start <= body < n.end for n in split_page(text).noise)


def test_teaser_captions_lie_outside_the_stories() -> None:
    layout = split_page(seed("003"))
    captions = [n for n in layout.noise if n.kind in ("caption", "credit")]
    teasers = [s for s in layout.stories if s.kind == "teaser"]
    assert teasers
    for n in captions:
        assert not any(s.start <= n.start < s.end for s in teasers)


# ---------------------------------------------------------------- one line at a time

LINES = [
    # captions ending in a credit, in the forms seen on news sites
    pytest.param("Le Premier ministre visite l'exposition - Photo : NHAT BAC",
                 [("caption", "Le Premier ministre visite l'exposition"), ("credit", "- Photo : NHAT BAC")],
                 id="fr-dash"),
    pytest.param("Des délégués posent. Photo: VNA", [("caption", "Des délégués posent."), ("credit", "Photo: VNA")],
                 id="fr-colon"),
    pytest.param("Le ministre. Photo / VNA", [("caption", "Le ministre."), ("credit", "Photo / VNA")], id="fr-slash"),
    pytest.param("Protesters outside parliament. (Photo: Reuters)",
                 [("caption", "Protesters outside parliament."), ("credit", "(Photo: Reuters)")], id="en-parens"),
    pytest.param("Quang cảnh hội nghị. Ảnh: TTXVN", [("caption", "Quang cảnh hội nghị."), ("credit", "Ảnh: TTXVN")],
                 id="vi-anh"),
    pytest.param("Crédit photo : AFP", [("credit", "Crédit photo : AFP")], id="credit-alone"),
    pytest.param("Le ministre à Hanoï. Photo d'illustration : AFP",
                 [("caption", "Le ministre à Hanoï."), ("credit", "Photo d'illustration : AFP")], id="illustration"),
    pytest.param("Le ministre à Hanoï. © Reuters", [("caption", "Le ministre à Hanoï."), ("credit", "© Reuters")],
                 id="copyright-sign"),
    pytest.param("Par ici la sortie des artistes", [], id="par-lowercase-not-byline"),
    pytest.param("delegues-congres.jpg", [("caption", "delegues-congres.jpg")], id="image-file"),
    pytest.param("![Le ministre](img/ministre.png)", [("caption", "![Le ministre](img/ministre.png)")],
                 id="markdown-image"),
    pytest.param("https://vnanet.vn/fr/news/2025/12/20/x.html", [("source", "https://vnanet.vn/fr/news/2025/12/20/x.html")],
                 id="bare-url"),
    # page furniture
    pytest.param("Comment (0)", [("boilerplate", "Comment (0)")], id="comment-counter"),
    pytest.param("Hanoï, 21 octobre 2025 (VNA)", [("dateline", "Hanoï, 21 octobre 2025 (VNA)")], id="dateline-alone"),
    pytest.param("Commentaires (12)", [("boilerplate", "Commentaires (12)")], id="comment-counter-fr"),
    pytest.param("© 2025 Vietnam News Agency", [("boilerplate", "© 2025 Vietnam News Agency")], id="copyright"),
    pytest.param("Source : https://example.vn/a-20251220.htm", [("source", "Source : https://example.vn/a-20251220.htm")],
                 id="source-url"),
    pytest.param("Voir plus", [("boilerplate", "Voir plus")], id="teaser-marker-fr"),
    pytest.param("Related news", [("boilerplate", "Related news")], id="teaser-marker-en"),
    # bylines and datelines
    pytest.param("Par Jean Dupont", [("byline", "Par Jean Dupont")], id="byline-fr"),
    pytest.param("By Jane Doe and John Roe", [("byline", "By Jane Doe and John Roe")], id="byline-en"),
    pytest.param("Publié le 24/01/2026 à 09h15", [("dateline", "Publié le 24/01/2026 à 09h15")], id="publie-le"),
    pytest.param("August 27, 2025 | 08:10 GMT+7", [("dateline", "August 27, 2025 | 08:10 GMT+7")], id="en-stamp"),
    pytest.param("VietnamPlus 16/10/2025", [("dateline", "VietnamPlus 16/10/2025")], id="site-stamp"),
    pytest.param("Hanoï, 16 septembre (VNA) – Le Premier ministre a reçu...",
                 [("dateline", "Hanoï, 16 septembre (VNA) – ")], id="agency-dateline"),
    pytest.param("WASHINGTON, Aug 27 (Reuters) - The talks resumed.", [("dateline", "WASHINGTON, Aug 27 (Reuters) - ")],
                 id="agency-dateline-en"),
    pytest.param("Hanoï, 3 avril 2025 - Le forum s'est tenu du 30 mars au 2 avril 2025.",
                 [("dateline", "Hanoï, 3 avril 2025 - ")], id="place-date-dateline"),
    pytest.param("Paris, le 12/03/2025 – Le ministre a reçu la délégation.",
                 [("dateline", "Paris, le 12/03/2025 – ")], id="place-le-date-dateline"),
    pytest.param("New York, March 3, 2025 — The council met on Monday.",
                 [("dateline", "New York, March 3, 2025 — ")], id="place-date-dateline-en"),
    pytest.param("Nguyen Van An, 45 ans - un ingénieur de Hanoï - a été élu le 3 mars.", [], id="age-not-dateline"),
    pytest.param("Hanoï, le 3 mars et le 5 avril - deux dates clés pour le sommet.", [], id="two-dates-not-dateline"),
    pytest.param("(Reporting by Minh Tran; Editing by Joe Carter)",
                 [("byline", "(Reporting by Minh Tran; Editing by Joe Carter)")], id="reuters-credit-line"),
    pytest.param("The talks will resume in May. (Reporting by Minh Tran; Editing by Joe Carter)",
                 [("byline", "(Reporting by Minh Tran; Editing by Joe Carter)")], id="reuters-credit-inline"),
    pytest.param("Le ministre (à droite) a reçu la délégation.", [], id="parenthesis-in-body"),
    # body text stays body
    pytest.param("Par ailleurs, le ministre a reçu une délégation japonaise le 3 mars.", [], id="par-ailleurs"),
    pytest.param("Le congrès s'est tenu le 22 mars 2025 à Hanoi en présence de 500 délégués venus de tout le pays.", [],
                 id="sentence-with-date"),
    pytest.param("structure nationale de l'économie numérique", [], id="subheading"),
    pytest.param("Élections du 22 mars", [], id="heading-with-yearless-date"),
    pytest.param("Sommet de l'ASEAN le 26 octobre 2025", [], id="heading-with-date"),
    pytest.param("Thứ Bảy, 20/12/2025 10:18", [("dateline", "Thứ Bảy, 20/12/2025 10:18")], id="vi-weekday-stamp"),
    pytest.param("Mis à jour le 25/01/2026", [("dateline", "Mis à jour le 25/01/2026")], id="mis-a-jour"),
    pytest.param("source", [("source", "source")], id="bare-source"),
    pytest.param("La photo de famille a été prise devant le palais présidentiel, a précisé le protocole.", [],
                 id="word-photo-in-body"),
]


@pytest.mark.parametrize(("line", "expected"), LINES)
def test_classify_line(line: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_of(line) == expected


HEADLINES = [
    pytest.param("Vietnam–France : renforcement du partenariat stratégique global", True, id="headline"),
    pytest.param("Summit opens in Hanoi?", True, id="question-headline"),
    pytest.param("Le ministre a reçu l'ambassadeur.", False, id="sentence"),
    pytest.param("Politique", False, id="one-word"),
    pytest.param("mot " * 40, False, id="too-long"),
]


@pytest.mark.parametrize(("line", "expected"), HEADLINES)
def test_is_headline(line: str, expected: bool) -> None:
    assert is_headline(line.strip()) is expected


def test_without_teaser_marker_subheadings_stay_in_the_main_story() -> None:
    text = ("Un titre de page\n\nUn long paragraphe qui raconte l'histoire en détail.\n\n"
            "Un intertitre\n\nLa suite du récit.\n")
    assert [(s.kind, s.headline) for s in split_page(text).stories] == [("main", "Un titre de page")]


def test_teasers_without_leads_are_one_story_each() -> None:
    text = (
        "Big headline for the day\nThe main story is told here, in a full sentence.\n\nRead more\n\n"
        "First related headline here\nSecond related headline here\n"
    )
    stories = split_page(text).stories
    assert [(s.kind, s.headline) for s in stories] == [
        ("main", "Big headline for the day"),
        ("teaser", "First related headline here"),
        ("teaser", "Second related headline here"),
    ]


def test_title_fills_a_missing_headline() -> None:
    text = "Le ministre a reçu l'ambassadeur du Japon le 3 mars à Hanoi, selon un communiqué."
    assert split_page(text, title="Rencontre au ministère").stories[0].headline == "Rencontre au ministère"


@pytest.mark.parametrize(("text", "headline"), [
    ("Politique\nLe congrès s'ouvre à Hanoi\nLe congrès national s'est ouvert samedi à Hanoi en présence de 1.500 "
     "délégués venus de tout le pays.", "Le congrès s'ouvre à Hanoi"),
    ("# Summit opens in Hanoi\n\nLeaders from ten countries gathered in Hanoi on Tuesday for the summit.",
     "Summit opens in Hanoi"),
    ("Le congrès national s'est ouvert samedi à Hanoi.\nUn intertitre court\nLa suite.", ""),
    ("## Titre du jour\n\nUn paragraphe complet qui raconte l'histoire du jour.\n\n## Lire aussi\n\n"
     "- [Quang Ngai : deux vice-présidents élus](/politique/qn)\n", "Titre du jour"),
], ids=["label-above-headline", "markdown-heading", "starts-with-body", "markdown-teaser"])
def test_main_headline(text: str, headline: str) -> None:
    assert split_page(text).stories[0].headline == headline


def test_markdown_teaser_headline_is_cleaned() -> None:
    text = ("Titre du jour\n\nUn paragraphe complet qui raconte l'histoire du jour.\n\n## Lire aussi\n\n"
            "- [Quang Ngai : deux vice-présidents élus](/politique/qn)\n- **Hué accélère la rénovation**\n")
    assert [s.headline for s in split_page(text).stories[1:]] == [
        "Quang Ngai : deux vice-présidents élus", "Hué accélère la rénovation"]


def test_empty_text_has_no_story() -> None:
    assert split_page("  \n\n ").stories == ()


# ---------------------------------------------------------------- dates in stamps

STAMP_DATES = [
    pytest.param("Publié le 24/01/2026 à 09h15", "fr", (24, 1, 2026), id="dmy-slash"),
    pytest.param("2025-12-20 10:18", "fr", (20, 12, 2025), id="iso"),
    pytest.param("16 septembre", "fr", (16, 9, None), id="yearless-fr"),
    pytest.param("1er mars 2025", "fr", (1, 3, 2025), id="premier"),
    pytest.param("August 27, 2025 | 08:10 GMT+7", "en", (27, 8, 2025), id="month-day-year"),
    pytest.param("Aug. 27, 2025", "en", (27, 8, 2025), id="abbreviated"),
    pytest.param("sept. 16", "fr", (16, 9, None), id="abbr-month-day"),
    pytest.param("08/27/2025", "en", (27, 8, 2025), id="us-numeric"),
    pytest.param("05/03/2025", "fr", (5, 3, 2025), id="day-first"),
    pytest.param("05/03/2025", "en", (3, 5, 2025), id="month-first-en"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), STAMP_DATES)
def test_find_stamp_date(text: str, lang: str, expected: tuple[int, int, int | None]) -> None:
    found = find_stamp_date(text, lang)
    assert found is not None
    assert (found.day, found.month, found.year) == expected


@pytest.mark.parametrize("text", ["Comment (0)", "31 février 2025", "le 14e Congrès", "n°57-NQ/TW", "2025-13-40"],
                         ids=["no-date", "impossible", "ordinal", "resolution-number", "bad-iso"])
def test_find_stamp_date_none(text: str) -> None:
    assert find_stamp_date(text) is None


@pytest.mark.parametrize(("word", "expected"), [("septembre", 9), ("Sept.", 9), ("déc", 12), ("Aug", 8), ("ju", None),
                                                 ("jui", None), ("juil", 7), ("marché", None)],
                         ids=["full", "sept", "dec", "aug", "too-short", "ambiguous", "juil", "not-a-month"])
def test_month_number(word: str, expected: int | None) -> None:
    assert month_number(word) == expected


@pytest.mark.parametrize(("stamp", "anchor", "expected"), [
    ("16 septembre", dt.date(2025, 12, 20), dt.date(2025, 9, 16)),
    ("28 décembre", dt.date(2026, 1, 5), dt.date(2025, 12, 28)),
    ("3 janvier", dt.date(2025, 12, 30), dt.date(2026, 1, 3)),
    ("29 février", dt.date(2025, 3, 1), dt.date(2024, 2, 29)),
    ("12 mars 2024", dt.date(2025, 3, 1), dt.date(2024, 3, 12)),
    ("Samedi 22 mars", dt.date(2025, 12, 20), dt.date(2025, 3, 22)),
    ("Samedi 22 mars", dt.date(2026, 9, 1), dt.date(2025, 3, 22)),
    ("Saturday, March 22", dt.date(2026, 9, 1), dt.date(2025, 3, 22)),
], ids=["same-year", "year-before", "year-after", "leap-day", "stated-year-kept", "weekday-matches",
        "weekday-picks-year", "weekday-en"])
def test_yearless_stamp_takes_the_nearest_year(stamp: str, anchor: dt.date, expected: dt.date) -> None:
    found = find_stamp_date(stamp)
    assert found is not None and found.nearest(anchor) == expected


def test_publication_stamp_wins_over_update_stamp() -> None:
    text = "Mis à jour le 25/01/2026 à 10h00\nPublié le 24/01/2026 à 09h15\nUn titre ici\nLe texte de l'article suit."
    stamp = page_stamp(split_page(text))
    assert stamp is not None
    assert stamp.date.value() == dt.date(2026, 1, 24)


def test_stamp_far_down_the_page_does_not_date_it() -> None:
    text = "Un titre\n" + "Une phrase de remplissage assez longue pour le test.\n" * 30 + "Publié le 24/01/2026\n"
    layout = split_page(text)
    assert layout.stamps and page_stamp(layout) is None


# ---------------------------------------------------------------- offsets

page_lines = st.sampled_from([
    "", " ", "Voir plus", "Photo: VNA", "Un titre court ici", "Le ministre a reçu l'ambassadeur.",
    "Hanoi (VNA) - Le texte.", "delegues.jpg", "Comment (0)", "Publié le 24/01/2026", "– VNA", "\r", "\t\u00a0",
])


@given(st.lists(st.one_of(page_lines, st.text(max_size=40)), max_size=25), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_spans_lie_within_text_and_round_trip(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    layout = split_page(text)
    for span in layout.noise:
        assert 0 <= span.start < span.end <= len(text)
        assert not text[span.start].isspace()
        assert "\n" not in text[span.start : span.end]  # a span never runs over a line break
    for story in layout.stories:
        assert 0 <= story.start < story.end <= len(text)
        if story.headline and story.kind == "teaser":
            assert story.headline in text[story.start : story.end]
    starts = [s.start for s in layout.stories]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(layout.stories, layout.stories[1:], strict=False))


def test_seed_spans_round_trip() -> None:
    for prefix in ("000", "003"):
        text = seed(prefix)
        layout = split_page(text)
        for story in layout.stories:
            assert 0 <= story.start < story.end <= len(text)
            if story.headline:
                assert text[story.start : story.start + len(story.headline)] == story.headline
        for span in layout.noise:
            assert 0 <= span.start < span.end <= len(text)


def test_a_place_and_date_dateline_dates_the_page_and_makes_no_event(tmp_path: Path) -> None:
    from timeline.extraction.pipeline import extract_events
    from timeline.settings import Options

    (tmp_path / "forum.txt").write_text(
        "Forum économique\n\nHanoï, 3 avril 2025 - Le forum économique Vietnam-France s'est tenu du 30 mars "
        "au 2 avril 2025 à Hanoï, en présence du ministre Nguyen Chi Dung.\n", encoding="utf-8")
    events = extract_events(tmp_path, Options(use_ner=False))
    assert [(r.date, r.end_date) for r in events.itertuples()] == [(dt.date(2025, 3, 30), dt.date(2025, 4, 2))]
