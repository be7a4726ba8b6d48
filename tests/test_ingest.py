"""timeline.extraction.ingest: files, folders and uploads -> Articles and Problems. Real files in tmp_path, no mocks."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.ingest import (
    ACCEPTED,
    FileEntry,
    detect_language,
    display_name,
    iter_articles,
    iter_files,
    load_articles,
    read_bytes,
    read_file,
    url_date,
)
from timeline.models import Article, Problem
from timeline.settings import MAX_TEXT_CHARS, Options

INPUTS = Path(__file__).resolve().parent / "inputs"

FR = "Le ministre a reçu l'ambassadeur du Japon à Hanoi pour une visite de travail dans le cadre de la coopération."
EN = "The minister received the Japanese ambassador in Hanoi for a working visit as part of the cooperation."


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def only_article(articles: list[Article]) -> Article:
    assert len(articles) == 1, articles
    return articles[0]


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


# ---------------------------------------------------------------- the seeds


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        pytest.param("000", (dt.date(2025, 12, 20), "url"), id="000-from-source-url"),
        pytest.param("003", (dt.date(2025, 12, 20), "text"), id="003-latest-full-date"),
    ],
)
def test_seed_reference_dates(seeds_dir: Path, prefix: str, expected: tuple[dt.date, str]) -> None:
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    article = only_article(load_articles([path])[0])
    assert (article.reference_date, article.reference_source) == expected


def test_seed_folder_reads_both_in_order(seeds_dir: Path) -> None:
    articles, problems = load_articles([seeds_dir])
    assert problems == []
    assert [a.id for a in articles] == sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert {a.lang for a in articles} == {"fr"}
    assert [len(a.stories) for a in articles] == [1, 8]


def test_seed_text_is_the_file_content(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        article = only_article(load_articles([path])[0])
        assert article.text == path.read_bytes().decode("utf-8")
        assert article.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
        assert article.source == str(path)


# ---------------------------------------------------------------- text files and encodings

ENCODINGS = [
    pytest.param(FR.encode("utf-8"), FR, id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + FR.encode("utf-8"), FR, id="utf-8-bom"),
    pytest.param(FR.encode("utf-16"), FR, id="utf-16-bom"),
    pytest.param(b"\xfe\xff" + FR.encode("utf-16-be"), FR, id="utf-16-be-bom"),
    pytest.param(FR.encode("utf-16-le"), FR, id="utf-16-le-no-bom"),
    pytest.param((FR + " Il a déclaré que la coopération était très étroite.").encode("latin-1"),
                 FR + " Il a déclaré que la coopération était très étroite.", id="latin-1"),
    pytest.param(("« " + FR + " » – l’accord ").encode("cp1252"), "« " + FR + " » – l’accord ", id="cp1252"),
    pytest.param(b"Line one\r\nLine two\r\n  trailing  \n", "Line one\r\nLine two\r\n  trailing  \n", id="crlf-kept"),
]


@pytest.mark.parametrize(("data", "expected"), ENCODINGS)
def test_text_is_decoded_exactly(tmp_path: Path, data: bytes, expected: str) -> None:
    articles, problems = load_articles([write(tmp_path, "a.txt", data)])
    assert only_article(articles).text == expected
    assert problems == []


@pytest.mark.parametrize("start", ["MZANSI", "ID3 ", "BZh", "PAR1", "GIF"], ids=str)
def test_text_starting_like_a_signature_is_text(tmp_path: Path, start: str) -> None:
    articles, problems = load_articles([write(tmp_path, "a.txt", f"{start} {FR}")])
    assert only_article(articles).text.startswith(start) and problems == []


def test_invalid_utf8_is_still_read(tmp_path: Path) -> None:
    data = FR.encode("utf-8") + b" \xff\xfe\xfa " + FR.encode("utf-8")
    articles, problems = load_articles([write(tmp_path, "bad.txt", data)])
    assert only_article(articles).text == FR + " \ufffd\ufffd\ufffd " + FR
    assert [(p.severity, "not valid UTF-8" in p.reason) for p in problems] == [("warning", True)]


def test_markdown_is_kept_as_written(tmp_path: Path) -> None:
    text = "# Un titre\n\n<script>alert(1)</script> **Le ministre** a reçu [l'ambassadeur](javascript:x).\n"
    article = only_article(load_articles([write(tmp_path, "a.md", text)])[0])
    assert article.text == text  # text, never rendered or evaluated


# ---------------------------------------------------------------- bad input: a Problem, and the batch goes on

BAD_FILES = [
    pytest.param("empty.txt", b"", "empty file (0 bytes)", id="zero-bytes"),
    pytest.param("blank.txt", b"  \n\n\t ", "only blank space", id="whitespace-only"),
    pytest.param("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file (PNG image), not an article", id="png"),
    pytest.param("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document)", id="pdf"),
    pytest.param("archive.json", b"PK\x03\x04" + bytes(100), "binary file (ZIP archive", id="zip"),
    pytest.param("nuls.txt", bytes(range(256)) * 4, "binary", id="nul-bytes"),
    pytest.param("scan.html", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(64), "binary file (JPEG image)", id="jpeg"),
    pytest.param("feed.jsonl", b"\x1f\x8b\x08\x00" + bytes(64), "binary file (gzip archive)", id="gzip"),
    pytest.param("bad.json", b'{"text": "abc", ', "malformed JSON at line 1", id="malformed-json"),
    pytest.param("empty-list.json", b"[]", "holds no records", id="empty-json-list"),
    pytest.param("empty.jsonl", b"\n\n", "holds no records", id="blank-jsonl"),
    pytest.param("blank.html", b"<html><body>   </body></html>", "no visible text", id="html-without-text"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES)
def test_bad_file_is_a_problem_and_the_batch_goes_on(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    bad = write(tmp_path, name, data)
    good = write(tmp_path, "z-good.txt", FR)
    articles, problems = load_articles([bad, good])
    assert [a.id for a in articles] == ["z-good.txt"]
    assert len(problems) == 1
    assert problems[0].file == str(bad)
    assert reason in problems[0].reason
    assert problems[0].fix
    assert problems[0].message().startswith(f"{bad}: ")


def test_binary_message_says_what_to_do(tmp_path: Path) -> None:
    (problem,) = load_articles([write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(50))])[1]
    assert problem.message() == (
        f"{tmp_path / 'photo.txt'}: binary file (PNG image), not an article. Fix: export it as text, HTML or JSON"
    )


def test_unknown_extension_given_by_name_is_an_error(tmp_path: Path) -> None:
    (problem,) = load_articles([write(tmp_path, "notes.docx", b"whatever")])[1]
    assert problem.severity == "error"
    assert "unknown file type (.docx)" in problem.reason
    assert all(ext in problem.fix for ext in ACCEPTED)


def test_unknown_and_hidden_files_in_a_folder_are_warnings(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", FR)
    write(tmp_path, "b.csv", "x,y")
    write(tmp_path, ".DS_Store", b"\x00\x00\x00\x01Bud1")
    write(tmp_path, ".git/config", "[core]")
    articles, problems = load_articles([tmp_path])
    assert [a.id for a in articles] == ["a.txt"]
    assert sorted((Path(p.file).name, p.severity) for p in problems) == [
        (".DS_Store", "warning"), (".git", "warning"), ("b.csv", "warning")
    ]


@pytest.mark.parametrize("content", [[], ["notes.csv"]], ids=["empty-folder", "no-article-files"])
def test_folder_without_articles_is_a_problem(tmp_path: Path, content: list[str]) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in content:
        write(folder, name, "x")
    articles, problems = load_articles([folder])
    assert articles == []
    assert [(p.file, p.reason) for p in errors(problems)] == [(str(folder), "no article files in this folder")]


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    (problem,) = load_articles([tmp_path / "nope.txt"])[1]
    assert problem.reason == "no such file or folder"


def test_nested_folders_are_walked_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b/2.txt", "a/1.txt", "c.txt", "a/0/9.txt"):
        write(tmp_path, name, FR)
    ids = [a.id for a in iter_articles([tmp_path]) if isinstance(a, Article)]
    assert ids == ["a/0/9.txt", "a/1.txt", "b/2.txt", "c.txt"]


def test_same_file_twice_gets_two_ids(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", FR)
    ids = [a.id for a in load_articles([path, path])[0]]
    assert len(set(ids)) == 2 and ids[0] == "a.txt"


def test_iter_files_gives_the_ids_iter_articles_uses(tmp_path: Path) -> None:
    for name in ("b/2.txt", "a.json", "store/x.txt"):
        write(tmp_path, name, json.dumps({"text": FR}) if name.endswith("json") else FR)
    entries = [e for e in iter_files([tmp_path], skip=tmp_path / "store") if isinstance(e, FileEntry)]
    assert [e.article_id for e in entries] == ["a.json", "b/2.txt"]
    articles = [a for e in entries for a in read_file(e.path, e.article_id) if isinstance(a, Article)]
    assert [a.id for a in articles] == ["a.json#1", "b/2.txt"]


def test_iter_files_resolves_paths_reports_links_and_skips_links_into_the_store(tmp_path: Path) -> None:
    corpus, elsewhere = tmp_path / "corpus", tmp_path / "elsewhere"
    for name in ("a.txt", "sub/b.txt", ".store/x.txt", "store/y.txt"):
        write(corpus, name, FR)
    write(elsewhere, "c.txt", FR)
    (corpus / "link.txt").symlink_to(elsewhere / "c.txt")
    (corpus / "linked").symlink_to(elsewhere, target_is_directory=True)
    (corpus / "into_store.txt").symlink_to(corpus / "store" / "y.txt")
    (corpus / "store_link").symlink_to(corpus / "store", target_is_directory=True)
    for store in ("store", ".store"):
        items = list(iter_files([corpus], skip=corpus / store))
        entries = [e for e in items if isinstance(e, FileEntry)]
        assert all(e.resolved == str(e.path.resolve()) for e in entries)
        resolved = [e.resolved for e in entries]
        assert not any(r.startswith(str((corpus / store).resolve()) + "/") for r in resolved)
        # the store is never reported, hidden or not; the other hidden folder is
        shown = [p.file for p in items if isinstance(p, Problem)]
        assert not any(store in s.split("/") for s in shown)
        # links found in the folder are reported, never followed (issue 15): the walk stays inside
        ids = [e.article_id for e in entries if e.article_id.startswith(("link", "a", "sub"))]
        assert ids == ["a.txt", "sub/b.txt"]
        links = [Path(p.file).name for p in items if isinstance(p, Problem) and "symbolic link" in p.reason]
        outside = ["link.txt", "linked"] if store == "store" else ["into_store.txt", "link.txt", "linked", "store_link"]
        assert links == outside
    # a link given by name is followed: that is what the user asked for
    direct = [e for e in iter_files([corpus / "link.txt"]) if isinstance(e, FileEntry)]
    assert [e.resolved for e in direct] == [str((elsewhere / "c.txt").resolve())]


def test_read_file_unknown_extension_is_a_problem(tmp_path: Path) -> None:
    (problem,) = list(read_file(write(tmp_path, "x.csv", "a,b"), "x.csv"))
    assert isinstance(problem, Problem) and "unknown file type (.csv)" in problem.reason


def test_iter_articles_streams(tmp_path: Path) -> None:
    for n in range(3):
        write(tmp_path, f"{n}.txt", FR)
    stream = iter_articles([tmp_path])
    first = next(stream)
    assert isinstance(first, Article) and first.id == "0.txt"


# ---------------------------------------------------------------- oversized input


@pytest.mark.slow
def test_50_mb_text_file_is_cut_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(50 * 1024):
            fh.write((FR + "\n") * 9)  # ~1 KB a time, 50 MB in all
    articles, problems = load_articles([path])
    assert len(only_article(articles).text) == MAX_TEXT_CHARS
    (problem,) = problems
    assert problem.severity == "warning" and "too long" in problem.reason
    assert only_article(articles).content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_single_5_mb_line_is_cut_with_a_warning(tmp_path: Path) -> None:
    data = ("é" * 5_000_000).encode("utf-8")  # 10 MB, one line, 2-byte characters
    articles, problems = load_articles([write(tmp_path, "line.txt", data)])
    assert only_article(articles).text == "é" * MAX_TEXT_CHARS
    assert [p.severity for p in problems] == ["warning"]


# ---------------------------------------------------------------- file names


def test_upload_name_with_dotdot_and_control_characters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    articles, problems = read_bytes("../../etc/evil\x1b[31m\n.txt", FR.encode())
    assert problems == []
    article = only_article(articles)
    assert article.id == "evil\\x1b[31m\\n.txt"  # the last component only, escaped
    assert "\x1b" not in article.source and "\n" not in article.source
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []  # nothing was written, here or above
    _, (problem,) = read_bytes("..\\..\\x\x07.png", b"\x89PNG\r\n\x1a\n")
    assert problem.file == "..\\..\\x\\x07.png"  # shown as given, control character escaped
    assert "\x07" not in problem.message()


def test_file_name_with_control_characters_on_disk(tmp_path: Path) -> None:
    path = write(tmp_path, "bad\x1bname\n.txt", b"")
    (problem,) = load_articles([path])[1]
    assert problem.file.endswith("bad\\x1bname\\n.txt")
    assert "\x1b" not in problem.message() and "\n" not in problem.message()


@pytest.mark.parametrize(("name", "shown"), [("a\u202eb.txt", "a\\u202eb.txt"), ("ok é.txt", "ok é.txt"),
                                             ("tab\there", "tab\\there")], ids=["bidi", "plain", "tab"])
def test_display_name(name: str, shown: str) -> None:
    assert display_name(name) == shown


# ---------------------------------------------------------------- HTML

HOSTILE_HTML = """<!DOCTYPE html><html lang="en-GB"><head><title>Summit opens in Hanoi | Example News</title>
<meta property="article:published_time" content="2025-08-27T08:10:00+07:00">
<link rel="canonical" href="https://example.com/news/summit-opens">
<script>alert('x'); document.write('EVILSCRIPT')</script><style>body{color:red}</style></head>
<body><nav>Home | World</nav><article><h1>Summit opens in Hanoi</h1>
<p>Leaders from ten countries gathered in Hanoi on Tuesday for the opening of the regional summit, officials said.</p>
<p>The meeting will run until Thursday and focus on trade, climate and maritime security in the region.</p>
<iframe src="https://evil.example/x">IFRAMETEXT</iframe>
<form action="https://evil.example"><input name="q" value="FORMVALUE"><button>FORMBUTTON</button></form>
<p><a href="javascript:alert(1)" onclick="steal()">Officials</a> also signed three agreements on the sidelines.</p>
<img src="x" onerror="alert(2)"></article><footer>© 2024 Example News</footer></body></html>"""


def test_html_text_only_never_executed(tmp_path: Path) -> None:
    article = only_article(load_articles([write(tmp_path, "a.html", HOSTILE_HTML)])[0])
    for bad in ("EVILSCRIPT", "alert", "IFRAMETEXT", "FORMVALUE", "FORMBUTTON", "javascript", "steal", "color:red"):
        assert bad not in article.text
    assert "signed three agreements" in article.text


def test_html_metadata(tmp_path: Path) -> None:
    article = only_article(load_articles([write(tmp_path, "a.html", HOSTILE_HTML)])[0])
    assert (article.reference_date, article.reference_source) == (dt.date(2025, 8, 27), "metadata")
    assert article.url == "https://example.com/news/summit-opens"
    assert article.lang == "en"
    assert article.title.startswith("Summit opens in Hanoi")
    assert article.text.startswith("Summit opens in Hanoi")
    assert article.stories[0].headline.startswith("Summit opens in Hanoi")


def test_html_copyright_year_is_not_a_page_date(tmp_path: Path) -> None:
    html = ("<html><head><title>Talks</title></head><body><article><p>" + EN + "</p><p>" + EN + "</p></article>"
            "<footer>© 2019 Example News. All rights reserved.</footer></body></html>")
    article = only_article(load_articles([write(tmp_path, "a.html", html)])[0])
    assert article.reference_source != "metadata"
    assert article.reference_date is None or article.reference_date.year != 2019


def test_html_title_heads_the_text(tmp_path: Path) -> None:
    html = ("<html><head><title>Le congrès s'ouvre à Hanoi</title></head><body><div><p>" + FR + "</p><p>" + FR
            + "</p></div></body></html>")
    article = only_article(load_articles([write(tmp_path, "a.htm", html)])[0])
    assert article.text.startswith("Le congrès s'ouvre à Hanoi\n")
    assert article.stories[0].headline == "Le congrès s'ouvre à Hanoi"


def test_html_latin1_declared(tmp_path: Path) -> None:
    html = ('<html lang="fr"><head><meta charset="iso-8859-1"><title>Visite</title></head><body><p>' + FR
            + "</p></body></html>").encode("latin-1")
    article = only_article(load_articles([write(tmp_path, "a.html", html)])[0])
    assert "reçu l'ambassadeur" in article.text and article.lang == "fr"


# ---------------------------------------------------------------- JSON and JSONL


def test_json_list_of_records(tmp_path: Path) -> None:
    records = [
        {"text": FR, "title": "Visite", "url": "https://x.vn/a", "published": "2025-12-19T10:00:00+07:00",
         "lang": "fr"},
        {"text": EN, "published": "2025-03-02"},
    ]
    path = write(tmp_path, "batch.json", json.dumps(records))
    articles, problems = load_articles([path])
    assert problems == []
    assert [(a.id, a.title, a.url, a.lang) for a in articles] == [
        ("batch.json#1", "Visite", "https://x.vn/a", "fr"), ("batch.json#2", "", "", "en")
    ]
    assert [(a.reference_date, a.reference_source) for a in articles] == [
        (dt.date(2025, 12, 19), "metadata"), (dt.date(2025, 3, 2), "metadata")
    ]
    assert all(a.text == r["text"] and a.source == str(path) for a, r in zip(articles, records, strict=True))
    assert articles[0].content_hash != articles[1].content_hash


def test_json_lone_surrogate_becomes_replacement_character(tmp_path: Path) -> None:
    path = write(tmp_path, "s.json", b'{"text": "\\ud800 Le ministre."}')
    article = only_article(load_articles([path])[0])
    assert article.text == "\ufffd Le ministre."
    article.text.encode("utf-8")


@pytest.mark.parametrize("key", ["published", "date", "datePublished"])
def test_json_date_field_names(tmp_path: Path, key: str) -> None:
    path = write(tmp_path, "r.json", json.dumps({"text": FR, key: "2025-12-19"}))
    article = only_article(load_articles([path])[0])
    assert (article.reference_date, article.reference_source) == (dt.date(2025, 12, 19), "metadata")


def test_json_single_record(tmp_path: Path) -> None:
    article = only_article(load_articles([write(tmp_path, "one.json", json.dumps({"text": FR}))])[0])
    assert article.id == "one.json#1"


def test_json_record_without_text_names_the_field(tmp_path: Path) -> None:
    path = write(tmp_path, "r.json", json.dumps([{"text": FR}, {"contenu": FR, "title": "x"}]))
    articles, problems = load_articles([path])
    assert [a.id for a in articles] == ["r.json#1"]
    (problem,) = problems
    assert problem.line == 2
    assert "no 'text' field (its fields: contenu, title)" in problem.reason
    assert '"text"' in problem.fix


def test_schema_org_news_article_records_are_read(tmp_path: Path) -> None:
    """schema.org's NewsArticle (JSON-LD as pages and feeds carry it): ``articleBody`` is the body, ``headline``
    the title, ``datePublished`` the date; a record with ``text`` too keeps ``text``."""
    fr = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Le conseil vote le budget",
          "datePublished": "2025-03-12T09:30:00+01:00", "articleBody": "Le conseil municipal a voté mardi le budget."}
    en = {"@type": "NewsArticle", "headline": "Council passes budget", "datePublished": "2025-03-12",
          "articleBody": "The council passed its budget on Tuesday.", "inLanguage": "en"}
    both = {"text": "The text field wins.", "articleBody": "Not this one."}
    articles, problems = load_articles([write(tmp_path, "ld.json", json.dumps([fr, en, both])),
                                        write(tmp_path, "one.json", json.dumps(fr))])
    assert problems == []
    by_id = {a.id: a for a in articles}
    assert by_id["ld.json#1"].text.startswith("Le conseil municipal a voté mardi")
    assert by_id["ld.json#1"].title == "Le conseil vote le budget"
    assert by_id["ld.json#1"].reference_date == dt.date(2025, 3, 12)
    assert by_id["ld.json#2"].text.startswith("The council passed")
    assert by_id["ld.json#2"].title == "Council passes budget"
    assert by_id["ld.json#3"].text.startswith("The text field wins.")
    assert by_id["one.json#1"].text == by_id["ld.json#1"].text  # one record, not a wrapper to look inside


def test_a_null_text_field_gives_way_to_an_article_body(tmp_path: Path) -> None:
    record = {"text": None, "articleBody": "The board met on Monday.", "headline": "Board meets"}
    articles, problems = load_articles([write(tmp_path, "n.json", json.dumps(record))])
    assert problems == [] and articles[0].text.startswith("The board met on Monday.")


def test_an_empty_article_body_is_named_by_its_field(tmp_path: Path) -> None:
    articles, problems = load_articles([write(tmp_path, "e.json", json.dumps([{"articleBody": "  "}, {"text": FR}]))])
    assert [a.id for a in articles] == ["e.json#2"]
    (problem,) = problems
    assert "empty or non-text 'articleBody' field" in problem.reason and '"articleBody"' in problem.fix


# --------------------------------------------------------------------------- records as feeds export them

def test_a_json_feed_is_read_item_by_item_with_the_feeds_language(tmp_path: Path) -> None:
    """JSON Feed 1.1: ``items`` holding ``content_text`` or ``content_html``, ``date_published``, ``url``; the
    feed's ``language`` is its items' unless an item declares its own."""
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "La Gazette du port", "language": "fr-FR",
            "items": [
                {"id": "a1", "url": "https://gazette.example/a1", "title": "Le quai rouvre",
                 "content_text": "Le quai nord a rouvert jeudi après trois semaines de travaux.",
                 "date_published": "2025-04-10T08:00:00+02:00"},
                {"id": "a2", "title": "Harbour board meets", "language": "en",
                 "content_html": "<p>The harbour board met on Monday.</p><p>It chose a new chair.</p>",
                 "date_published": "2025-04-08"}]}
    articles, problems = load_articles([write(tmp_path, "feed.json", json.dumps(feed))])
    assert problems == []
    first, second = articles
    assert (first.id, first.title, first.url, first.lang) == ("feed.json#a1", "Le quai rouvre",
                                                              "https://gazette.example/a1", "fr")
    assert first.reference_date == dt.date(2025, 4, 10)
    assert second.lang == "en" and second.reference_date == dt.date(2025, 4, 8)
    assert second.text.startswith("The harbour board met on Monday.\n\nIt chose a new chair.")
    assert "<p>" not in second.text


def test_an_rss_item_exported_as_json_reads_its_html_body(tmp_path: Path) -> None:
    """An RSS 2.0 item converted to JSON, alone under a key or inside rss/channel: ``content:encoded`` (HTML) is the
    body, ``pubDate`` the date, ``link`` the address; ``description`` is only its summary."""
    item = {"title": "Stadium vote delayed", "link": "https://courier.example/stadium",
            "pubDate": "Tue, 14 Oct 2025 09:15:00 +0000", "description": "A short summary.",
            "content:encoded": "<div><p>The county council delayed its stadium vote on Monday.</p>"
                               "<p>It will meet again on 3 November.</p></div>"}
    one = write(tmp_path, "one.json", json.dumps({"rss_item": item}))
    channel = write(tmp_path, "channel.json", json.dumps({"rss": {"channel": {"title": "Courier", "item": [item]}}}))
    articles, problems = load_articles([one, channel])
    assert problems == []
    assert [a.id for a in articles] == ["one.json#1", "channel.json#1"]
    for found in articles:
        assert found.text.startswith("The county council delayed its stadium vote on Monday.\n\nIt will meet again")
        assert (found.title, found.url) == ("Stadium vote delayed", "https://courier.example/stadium")
        assert found.reference_date == dt.date(2025, 10, 14)


def test_an_atom_entry_exported_as_json_reads_its_typed_content(tmp_path: Path) -> None:
    """An Atom entry converted to JSON: ``content`` and ``title`` as typed objects, ``link`` a list whose
    ``alternate`` href is the article's, ``published`` the date (``updated`` only when nothing else dates it)."""
    entry = {"entry": {"title": {"type": "text", "value": "Le pont sera fermé"},
                       "link": [{"rel": "self", "href": "https://feed.example/e/9"},
                                {"rel": "alternate", "href": "https://journal.example/pont"}],
                       "published": "2025-02-03T07:30:00Z", "updated": "2025-02-05T10:00:00Z",
                       "content": {"type": "html", "value": "<p>Le pont de la Loire fermera le 10 février.</p>"}}}
    only = write(tmp_path, "entry.json", json.dumps(entry))
    line = write(tmp_path, "entries.jsonl", json.dumps(entry) + "\n")
    articles, problems = load_articles([only, line])
    assert problems == []
    for found in articles:
        assert found.text.startswith("Le pont de la Loire fermera le 10 février.")
        assert (found.title, found.url) == ("Le pont sera fermé", "https://journal.example/pont")
        assert found.reference_date == dt.date(2025, 2, 3)
    updated_only = {"title": "x", "updated": "2025-02-05", "content": {"type": "text", "value": "Le maire a parlé."}}
    found = only_article(load_articles([write(tmp_path, "u.json", json.dumps(updated_only))])[0])
    assert found.reference_date == dt.date(2025, 2, 5) and found.text.startswith("Le maire a parlé.")


def test_a_content_system_export_with_headline_body_and_date(tmp_path: Path) -> None:
    record = {"headline": "Water plant opens", "body": "The new water plant opened on Friday in the valley.",
              "date": "2025-06-06", "language": "en"}
    found = only_article(load_articles([write(tmp_path, "cms.json", json.dumps(record))])[0])
    assert (found.title, found.lang, found.reference_date) == ("Water plant opens", "en", dt.date(2025, 6, 6))
    assert found.text.startswith("The new water plant opened on Friday")


def test_a_text_field_holding_html_is_read_as_its_visible_text(tmp_path: Path) -> None:
    """A body that opens with a block element is HTML: its blocks become paragraphs, its markup is dropped (a
    script's text too); a text that merely holds a '<' stays as written."""
    html = '<p>Les élus ont voté <b>mardi</b> le budget.</p><script>alert(1)</script><p>Il entre en vigueur en mai.</p>'
    plain = "La part des sondés < 30 ans a voté mardi."
    articles, problems = load_articles([write(tmp_path, "h.json", json.dumps([{"text": html}, {"text": plain}]))])
    assert problems == []
    assert articles[0].text.startswith("Les élus ont voté mardi le budget.\n\nIl entre en vigueur en mai.")
    assert "alert" not in articles[0].text and "<" not in articles[0].text
    assert articles[1].text.startswith(plain)


def test_a_wrapper_of_records_without_a_body_names_each_records_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "w.json", json.dumps({"articles": [{"title": "x", "auteur": "y"}]}))
    articles, problems = load_articles([path])
    assert articles == []
    (problem,) = problems
    assert "record 1 has no 'text' field (its fields: auteur, title)" in problem.reason


def test_a_summary_is_read_only_when_there_is_no_body_and_the_reader_is_told(tmp_path: Path) -> None:
    records = [{"title": "a", "description": "Le conseil a voté lundi.", "body": "Le conseil municipal a voté lundi."},
               {"title": "b", "summary": "The council voted on Monday."}]
    articles, problems = load_articles([write(tmp_path, "s.json", json.dumps(records))])
    assert articles[0].text.startswith("Le conseil municipal a voté lundi.")
    assert articles[1].text.startswith("The council voted on Monday.")
    (problem,) = problems
    assert (problem.line, problem.severity) == (2, "warning")
    assert "'summary' (a summary) was read" in problem.reason and '"text"' in problem.fix


def test_jsonl_one_bad_line_keeps_the_others(tmp_path: Path) -> None:
    lines = [json.dumps({"text": FR}), '{"text": "broken', json.dumps({"text": EN}), "", json.dumps(["not", "obj"])]
    articles, problems = load_articles([write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")])
    assert [a.id for a in articles] == ["feed.jsonl#1", "feed.jsonl#3"]
    assert [(p.line, p.severity) for p in problems] == [(2, "error"), (5, "error")]
    assert "malformed JSON" in problems[0].reason
    assert problems[0].message().startswith(f"{tmp_path / 'feed.jsonl'}, line 2: ")


def test_jsonl_record_hash_is_the_line(tmp_path: Path) -> None:
    line = json.dumps({"text": FR})
    article = only_article(load_articles([write(tmp_path, "f.jsonl", line + "\n")])[0])
    assert article.content_hash == hashlib.sha256(line.encode()).hexdigest()


def test_json_bad_published_is_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "r.json", json.dumps({"text": FR, "published": "last tuesday"}))
    articles, problems = load_articles([path])
    assert only_article(articles).reference_source != "metadata"
    assert [(p.severity, p.line) for p in problems] == [("warning", 1)]


@pytest.mark.slow
def test_json_list_of_100k_records_is_read_whole(tmp_path: Path) -> None:
    """Every record of a 100,000-record list becomes an article (its speed is benchmarked, not timed here)."""
    records = [{"text": f"Le ministre a reçu l'ambassadeur n°{n}.", "published": "2025-12-20"} for n in range(100_000)]
    path = write(tmp_path, "big.json", json.dumps(records))
    count = sum(1 for item in iter_articles([path]) if isinstance(item, Article))
    assert count == 100_000


# ---------------------------------------------------------------- read_bytes (the uploader)

UPLOADS = [
    pytest.param("a.txt", FR.encode(), "a.txt", id="txt"),
    pytest.param("a.md", FR.encode(), "a.md", id="md"),
    pytest.param("a.html", f"<html><body><p>{FR}</p><p>{FR}</p></body></html>".encode(), "a.html", id="html"),
    pytest.param("a.json", json.dumps({"text": FR}).encode(), "a.json#1", id="json"),
    pytest.param("a.jsonl", (json.dumps({"text": FR}) + "\n").encode(), "a.jsonl#1", id="jsonl"),
]


@pytest.mark.parametrize(("name", "data", "article_id"), UPLOADS)
def test_read_bytes_formats(name: str, data: bytes, article_id: str) -> None:
    articles, problems = read_bytes(name, data)
    assert problems == []
    assert only_article(articles).id == article_id
    assert "ambassadeur du Japon" in articles[0].text


def test_read_bytes_unknown_extension() -> None:
    articles, (problem,) = read_bytes("report.pdf", b"%PDF-1.4")
    assert articles == [] and "unknown file type (.pdf)" in problem.reason


# ---------------------------------------------------------------- reference dates

REFERENCES = [
    pytest.param("Publié le 24/01/2026 à 09h15\n\nLe titre de l'article\n\n" + FR, None,
                 (dt.date(2026, 1, 24), "dateline"), id="publie-le"),
    pytest.param("Summit opens\nAugust 27, 2025 | 08:10 GMT+7\n\n" + EN, None,
                 (dt.date(2025, 8, 27), "dateline"), id="en-stamp"),
    pytest.param("VietnamPlus 16/10/2025\n\n" + FR, None, (dt.date(2025, 10, 16), "dateline"), id="site-stamp"),
    pytest.param("Un titre\n\nHanoï, 16 septembre (VNA) – " + FR + "\n\nSource : https://x.vn/2025/12/20/a.html", None,
                 (dt.date(2025, 9, 16), "dateline"), id="yearless-dateline-url-year"),
    pytest.param(FR + "\n\nSource : https://x.vn/a-20251220101839271.htm", None,
                 (dt.date(2025, 12, 20), "url"), id="compact-source-url"),
    pytest.param(FR, dt.date(2024, 5, 1), (dt.date(2024, 5, 1), "user"), id="user-fallback"),
    # round eleven (dl11): a run-wide date does not erase the page's own day and month; it gives their year
    pytest.param("Un titre\n\nHanoï, 16 septembre (VNA) – " + FR, dt.date(2025, 10, 1),
                 (dt.date(2025, 9, 16), "dateline"), id="dateline-day-wins-over-a-far-user-date"),
    pytest.param("Un titre\n\nHanoï, 16 septembre (VNA) – " + FR, dt.date(2025, 9, 17),
                 (dt.date(2025, 9, 17), "user"), id="a-near-user-date-wins-over-dateline"),
    pytest.param("Un titre\n\nHanoï, 16 septembre (VNA) – " + FR, None, (None, "none"), id="yearless-dateline-alone"),
    pytest.param(FR, None, (None, "none"), id="none"),
]


@pytest.mark.parametrize(("text", "user", "expected"), REFERENCES)
def test_reference_date_cascade(tmp_path: Path, text: str, user: dt.date | None,
                                expected: tuple[dt.date | None, str]) -> None:
    article = only_article(load_articles([write(tmp_path, "a.txt", text)], Options(reference_date=user))[0])
    assert (article.reference_date, article.reference_source) == expected


def test_dateline_is_noise(tmp_path: Path) -> None:
    text = "Publié le 24/01/2026 à 09h15\n\n" + FR
    article = only_article(load_articles([write(tmp_path, "a.txt", text)])[0])
    assert [(n.kind, text[n.start : n.end]) for n in article.noise] == [("dateline", "Publié le 24/01/2026 à 09h15")]


URLS = [
    pytest.param("https://tuoitre.vn/thu-tuong-20251220101839271.htm", dt.date(2025, 12, 20), id="compact-with-id"),
    pytest.param("https://x.com/2025/12/20/story", dt.date(2025, 12, 20), id="slashes"),
    pytest.param("https://x.com/news/2025-03-02-summit.html", dt.date(2025, 3, 2), id="dashes"),
    pytest.param("https://x.com/p/20250302", dt.date(2025, 3, 2), id="compact-alone"),
    pytest.param("https://x.com/2025/12/story", None, id="month-only"),
    pytest.param("https://x.com/post/202512345.html", None, id="not-a-date"),
    pytest.param("https://2025.example.com/a", None, id="year-in-host"),
    pytest.param("", None, id="empty"),
]


@pytest.mark.parametrize(("url", "expected"), URLS)
def test_url_date(url: str, expected: dt.date | None) -> None:
    assert url_date(url) == expected


LANGS = [
    pytest.param(FR, "fr", id="fr"),
    pytest.param(EN, "en", id="en"),
    pytest.param("Hanoi 2025", "fr", id="too-short-default"),
    pytest.param("Xin chào các bạn", "fr", id="other-default"),
]


@pytest.mark.parametrize(("text", "expected"), LANGS)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text, "fr") == expected


def test_declared_language_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "r.jsonl", json.dumps({"text": EN, "lang": "fr-FR"}) + "\n")
    assert only_article(load_articles([path])[0]).lang == "fr"


INPUT_FILES = [
    pytest.param("en_vietnamplus.txt", "en", (dt.date(2025, 8, 27), "dateline"),
                 ["Vietnam, Laos hold 12th political consultation at foreign minister level",
                  "Deputy PM receives Japanese ambassador in Hanoi", "National Assembly opens extraordinary session"],
                 id="en-stamp-and-related-news"),
    pytest.param("fr_page.html", "fr", (dt.date(2025, 12, 19), "metadata"),
                 ["Le Vietnam et la France renforcent leur partenariat"], id="fr-html"),
    pytest.param("records.jsonl", "fr", (dt.date(2025, 3, 23), "metadata"), ["Sommet à Hanoi"], id="jsonl-record-1"),
]


@pytest.mark.parametrize(("name", "lang", "reference", "headlines"), INPUT_FILES)
def test_input_files(name: str, lang: str, reference: tuple[dt.date, str], headlines: list[str]) -> None:
    articles, problems = load_articles([INPUTS / name])
    assert problems == []
    article = articles[0]
    assert article.lang == lang
    assert (article.reference_date, article.reference_source) == reference
    assert [s.headline for s in article.stories] == headlines


def test_a_single_path_string_is_one_path(seeds_dir: Path) -> None:
    articles, _ = load_articles(str(seeds_dir))  # type: ignore[arg-type]
    assert len(articles) == 2


# ---------------------------------------------------------------- anything in, an Article or a Problem out


@given(st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".mht", ".eml"]),
       st.one_of(st.binary(max_size=600), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_read_bytes_never_raises(ext: str, data: bytes) -> None:
    articles, problems = read_bytes("fuzz" + ext, data)
    assert articles or problems
    for article in articles:
        assert article.text.strip()
        for span in (*article.stories, *article.noise):
            assert 0 <= span.start < span.end <= len(article.text)
    for problem in problems:
        assert problem.reason and problem.message()


@pytest.mark.parametrize(("name", "data"), [
    ("deep.json", b"[" * 100_000 + b"]" * 100_000),
    ("deep.html", b"<div>" * 20_000 + b"texte" + b"</div>" * 20_000),
    ("nul.jsonl", b'{"text": "a\\u0000b"}\n'),
    ("weird.json", b'{"text": ["not", "a", "string"]}'),
    ("surrogates.json", b'{"text": "\\ud800 Le ministre a re\\u00e7u l\'ambassadeur."}'),
], ids=["deep-json", "deep-html", "nul-in-jsonl", "text-not-string", "lone-surrogate"])
def test_hostile_structures_do_not_stop_the_batch(tmp_path: Path, name: str, data: bytes) -> None:
    good = write(tmp_path, "z-good.txt", FR)
    articles, problems = load_articles([write(tmp_path, name, data), good])
    assert articles[-1].id == "z-good.txt"
    assert len(articles) + len(problems) >= 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_named_pipe_in_a_folder_is_skipped_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    write(tmp_path, "a.txt", FR)
    articles, problems = load_articles([tmp_path])
    assert [a.id for a in articles] == ["a.txt"]
    assert [(Path(p.file).name, p.severity) for p in problems] == [("pipe.txt", "warning")]


def test_html_reading_opens_no_connection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page full of links, a canonical URL and an iframe is read without touching the network."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    article = only_article(load_articles([write(tmp_path, "a.html", HOSTILE_HTML)])[0])
    assert "signed three agreements" in article.text


def test_undecodable_file_name_is_escaped_everywhere(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9\x1b.txt")  # not UTF-8: a surrogate escape, plus ESC
    path = write(tmp_path, name, FR)
    article = only_article(load_articles([tmp_path])[0])
    for shown in (article.id, article.source):
        shown.encode("utf-8")  # storable and printable
        assert "\x1b" not in shown
    assert article.text == FR and path.exists()


def test_an_iptc_ninjs_item_reads_its_body_headline_and_first_creation(tmp_path: Path) -> None:
    """IPTC ninjs, as agencies export it: 1.x's ``body_text`` (or ``body_html``), ``headline``, ``firstcreated``
    before ``versioncreated``; 2.x's ``bodies`` and ``headlines`` lists of typed objects."""
    one = {"uri": "urn:agency.example:2025:77", "type": "text", "language": "fr", "headline": "Grève au port",
           "firstcreated": "2025-03-11T06:40:00Z", "versioncreated": "2025-03-12T09:00:00Z",
           "byline": "Service régional",
           "body_text": "Les dockers ont cessé le travail mardi.\n\nUne réunion est prévue le 20 mars."}
    html = {"headline": "Ferry talks", "versioncreated": "2025-06-02T10:00:00+01:00", "language": "en",
            "body_html": "<p>The ferry company met the unions on Sunday.</p><p>Talks resume on 9 June.</p>"}
    two = {"language": "en", "versioncreated": "2025-09-01T12:00:00Z",
           "headlines": [{"role": "main", "contentType": "text/plain", "value": "Dam inspection ordered"}],
           "bodies": [{"role": "main", "contentType": "text/html",
                       "value": "<div>The regional authority ordered an inspection of the dam on Friday.</div>"}]}
    articles, problems = load_articles([write(tmp_path, "n1.json", json.dumps(one)),
                                        write(tmp_path, "n2.json", json.dumps(html)),
                                        write(tmp_path, "n3.json", json.dumps(two))])
    assert problems == []
    first, second, third = articles
    assert (first.title, first.lang, first.reference_date) == ("Grève au port", "fr", dt.date(2025, 3, 11))
    assert first.text.startswith("Les dockers ont cessé le travail mardi.")
    assert second.text.startswith("The ferry company met the unions on Sunday.\n\nTalks resume on 9 June.")
    assert "<p>" not in second.text and second.reference_date == dt.date(2025, 6, 2)
    assert third.title == "Dam inspection ordered" and "<div>" not in third.text
    assert third.text.startswith("The regional authority ordered an inspection") and third.lang == "en"
