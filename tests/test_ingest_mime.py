"""Pages saved by a browser as one file (MHTML, RFC 2557) and mails saved as .eml (RFC 5322, MIME), round
twenty-three (issue 13): files of our own in tests/inputs/mime, written as Chrome, Internet Explorer and mail programs
write them (headers, quoted-printable and base64 parts, CRLF line ends)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.extraction.ingest import ACCEPTED, load_articles, read_bytes
from timeline.models import Article, Problem

MIME = Path(__file__).parent / "inputs" / "mime"


def one(name: str) -> tuple[Article, list[Problem]]:
    articles, problems = read_bytes(name, (MIME / name).read_bytes())
    assert [p for p in problems if p.severity == "error"] == []
    (article,) = articles
    return article, problems


def test_the_formats_are_accepted() -> None:
    assert {".mht", ".mhtml", ".eml"} <= set(ACCEPTED)


def test_a_chrome_single_file_page_is_read_as_its_html_part() -> None:
    article, _ = one("fr_chrome_page.mhtml")
    assert article.title == "Le pont de Verneuil rouvre à la circulation"
    assert "a rouvert mardi à la circulation, après dix-huit mois" in article.text
    assert "« C'est un soulagement pour les commerçants du centre »" in article.text  # quoted-printable undone
    assert "=C3" not in article.text and "PNG" not in article.text and "Accueil" not in article.text
    assert article.lang == "fr"


def test_a_saved_page_takes_its_address_from_the_message_but_never_the_day_it_was_saved() -> None:
    article, _ = one("fr_chrome_page.mhtml")
    assert article.url == "https://journal-ondine.example/region/2026/03/10/pont-verneuil"
    # The message's Date (19 March) is when the page was saved; the page's address gives its day.
    assert (article.reference_date, article.reference_source) == (dt.date(2026, 3, 10), "url")


def test_an_internet_explorer_page_is_found_by_its_start_parameter_and_its_charset() -> None:
    article, _ = one("en_saved_page.mht")
    assert article.text.startswith("Harbour ferry fares to rise in May\n\nThe harbour board said on Friday")
    assert "Commuters’ groups called the rise “hard to swallow”" in article.text  # windows-1252 quotes
    assert "font-size" not in article.text
    assert article.url == "https://bayside-herald.example/news/ferry-fares"
    assert (article.reference_date, article.reference_source) == (dt.date(2026, 2, 14), "metadata")


def test_a_newsletter_is_read_from_its_html_part_its_layout_tables_as_paragraphs() -> None:
    article, _ = one("en_newsletter.eml")
    assert article.title == "Council approves library budget"
    assert ("\n\nThe county council approved the new library budget on Wednesday by 31 votes to 6, after a two-hour "
            "debate.\n\n") in article.text
    assert "|" not in article.text.replace("View in your browser | Unsubscribe", "")
    assert "[https://" not in article.text  # the plain-text alternative is not read as well
    assert (article.reference_date, article.reference_source) == (dt.date(2026, 1, 22), "metadata")


def test_a_plain_text_mail_takes_its_subject_and_its_date_and_leaves_its_attachment() -> None:
    """Saved with the "From sender date" line an mbox keeps, in Latin-1 quoted-printable."""
    article, _ = one("fr_lettre.eml")
    assert article.title == "Le prix de l'eau baisse en février"
    assert "Le syndicat des eaux a décidé jeudi de baisser le prix du mètre cube de 4 % à partir de février." in (
        article.text)
    assert "\r" not in article.text and "PDF" not in article.text and "tarifs" not in article.text
    assert (article.reference_date, article.reference_source) == (dt.date(2026, 1, 9), "metadata")
    assert article.lang == "fr"


def test_a_file_that_is_no_message_is_a_problem_naming_the_file_and_the_fix() -> None:
    articles, problems = read_bytes("not_a_page.mht", (MIME / "not_a_page.mht").read_bytes())
    assert articles == []
    (problem,) = problems
    assert problem.severity == "error" and "not_a_page.mht" in problem.file
    assert "not a saved web page" in problem.reason and "single file" in problem.fix


def test_a_mail_without_text_is_a_problem_naming_the_file_and_the_fix() -> None:
    articles, problems = read_bytes("only_a_picture.eml", (MIME / "only_a_picture.eml").read_bytes())
    assert articles == []
    (problem,) = problems
    assert problem.severity == "error" and "only_a_picture.eml" in problem.file
    assert "not a mail message" in problem.reason and ".txt" in problem.fix


def test_a_folder_of_saved_pages_and_mails_is_read_in_order() -> None:
    articles, problems = load_articles([MIME])
    assert [a.id for a in articles] == ["en_newsletter.eml", "en_saved_page.mht", "fr_chrome_page.mhtml",
                                        "fr_lettre.eml"]
    assert sorted(p.reason.split(" (")[0] for p in problems if p.severity == "error") == [
        "not a mail message", "not a saved web page"]
