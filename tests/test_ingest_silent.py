"""Nothing lost in silence (issue 15, point 5) and the article's link (issue 14, point 6). Real files, no mocks.

Each hostile input gives correct output or a clear message naming the file (and line), and the rest
of the file and of the batch carries on.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.extraction import pipeline
from timeline.extraction.ingest import load_articles, read_bytes
from timeline.extraction.ingest.links import ascii_digits, clean_label, safe_link
from timeline.models import Article, Problem
from timeline.settings import MAX_RECORDS_PER_FILE, MAX_TEXT_CHARS, Options

ROOT = Path(__file__).resolve().parent.parent
FR = "Le ministre a reçu l'ambassadeur du Japon à Hanoï le 12 mars 2025 pour une visite de travail."


def jsonl(*lines: object) -> bytes:
    return "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines).encode()


def printable(problem: Problem) -> None:
    """A message must print anywhere: the uploader shows it with st.text (UTF-8)."""
    (problem.file + problem.reason + problem.fix).encode("utf-8")


# ---------------------------------------------------------------- records


def test_a_lone_surrogate_key_is_reported_printably_and_the_good_lines_are_kept() -> None:
    articles, problems = read_bytes("s.jsonl", jsonl('{"\\ud800": 1}', {"text": FR}))
    assert [a.id for a in articles] == ["s.jsonl#2"]
    (problem,) = problems
    printable(problem)
    assert problem.line == 1 and "\\ud800" in problem.reason and "'text'" in problem.reason


def test_a_line_nested_100k_deep_is_reported_with_its_line_and_the_lines_after_are_kept() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    articles, problems = read_bytes("d.jsonl", jsonl({"text": FR}, deep, {"text": FR, "id": "after"}))
    assert [a.id for a in articles] == ["d.jsonl#1", "d.jsonl#after"]
    (problem,) = problems
    assert (problem.line, problem.severity) == (2, "error") and "nested too deeply" in problem.reason


def test_a_json_list_keeps_the_records_before_a_deep_or_broken_one() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    data = f'[{json.dumps({"text": FR})}, {json.dumps({"text": FR})}, {deep}, {json.dumps({"text": FR})}]'
    articles, problems = read_bytes("l.json", data.encode())
    assert [a.id for a in articles] == ["l.json#1", "l.json#2"]
    (problem,) = problems
    assert "record 3 is nested too deeply" in problem.reason and "2 records before it were read" in problem.reason
    articles, problems = read_bytes("b.json", f'[{json.dumps({"text": FR})}, {{"text": }}]'.encode())
    assert [a.id for a in articles] == ["b.json#1"]
    assert "malformed JSON at line 1" in problems[0].reason


def test_a_record_id_names_the_article_and_duplicates_get_a_message_and_a_suffix() -> None:
    data = jsonl({"text": FR, "id": "vn-001"}, {"text": FR, "id": 42}, {"text": FR, "id": "vn-001"}, {"text": FR},
                 {"text": FR, "id": "4"}, {"text": FR, "id": True})
    articles, problems = read_bytes("ids.jsonl", data)
    assert [a.id for a in articles] == ["ids.jsonl#vn-001", "ids.jsonl#42", "ids.jsonl#vn-001~2", "ids.jsonl#4",
                                        "ids.jsonl#4~2", "ids.jsonl#6"]
    assert [(p.line, p.severity) for p in problems] == [(3, "warning"), (5, "warning")]
    assert "id 'vn-001' is already record 1's" in problems[0].reason and "vn-001~2" in problems[0].reason
    assert problems[0].fix == "give each record its own id"


@pytest.mark.slow
def test_a_million_tiny_records_are_capped_with_a_message_and_memory_stays_bounded(tmp_path: Path) -> None:
    """13 MB of 10^6 records: the first MAX_RECORDS_PER_FILE are read, the rest reported (issue 15)."""
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps([{"text": f"R{n}"} for n in range(1_000_000)]), encoding="utf-8")
    code = (
        "import json, resource, sys\n"
        "from timeline.extraction.ingest import read_bytes\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "data = open(sys.argv[1], 'rb').read()\n"
        "articles, problems = read_bytes('tiny.json', data)\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(json.dumps([len(articles), [p.reason for p in problems], before / 1024, after / 1024]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=1200, check=True)
    count, reasons, before_mb, after_mb = json.loads(done.stdout.splitlines()[-1])
    assert count == MAX_RECORDS_PER_FILE
    assert reasons == [f"more than {MAX_RECORDS_PER_FILE:,} records; the rest were skipped"]
    # measured ~ +300 MB for 10^5 kept articles; 10^6 took the server from 482 MB to 1,244 MB before the cap
    assert after_mb - before_mb < 700, f"RSS {before_mb:.0f} -> {after_mb:.0f} MB"


# ---------------------------------------------------------------- HTML


@pytest.mark.parametrize("depth", [300, 20_000])
def test_html_nested_deeper_than_the_parser_limit_keeps_its_text_with_a_warning(depth: int) -> None:
    html = (f"<html><head><title>Sommet</title></head><body><p>Avant le sommet.</p>{'<div>' * depth}{FR}"
            f"{'</div>' * depth}<p>Après le sommet.</p></body></html>")
    (article,), (problem,) = read_bytes("deep.html", html.encode())
    assert "Avant le sommet." in article.text and FR in article.text and "Après le sommet." in article.text
    assert article.title == "Sommet"
    assert problem.severity == "warning" and "255 levels" in problem.reason and problem.file == "deep.html"


def test_html_of_ordinary_depth_has_no_depth_warning() -> None:
    html = f"<html><body>{'<div>' * 200}<p>{FR}</p>{'</div>' * 200}</body></html>"
    (article,), problems = read_bytes("ok.html", html.encode())
    assert FR in article.text and problems == []


# ---------------------------------------------------------------- digits of other scripts


@pytest.mark.parametrize(("written", "value"), [
    ("２０２５-０３-２２", "2025-03-22"),         # fullwidth
    ("٢٢ mars ٢٠٢٥", "2025-03-22"),              # Arabic-Indic
    ("۲۲/۰۳/۲۰۲۵", "2025-03-22"),                # Extended Arabic-Indic (Persian)
])
def test_digits_of_other_scripts_give_the_right_date_with_valid_offsets(written: str, value: str) -> None:
    (article,), _ = read_bytes("d.txt", f"Le sommet s'est tenu le {written} à Hanoï.".encode())
    mentions = [m for m in pipeline.article_dates(article, Options()) if m.value is not None]
    assert [str(m.value) for m in mentions] == [value]
    (m,) = mentions
    assert article.text[m.start : m.end] == m.text == written  # the words as written, offsets into the text


def test_ascii_digits_keeps_every_offset() -> None:
    text = "２０２５ ٢٠٢٥ ۲۰۲۵ २०२५ 2025 été"
    assert ascii_digits(text) == "2025 2025 2025 2025 2025 été" and len(ascii_digits(text)) == len(text)


# ---------------------------------------------------------------- links


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8501/admin", "http://localhost/x", "http://10.1.2.3/", "http://192.168.0.1/",
    "http://[::1]/", "http://169.254.169.254/latest/meta-data", "http://0x7f000001/", "http://2130706433/",
    "http://intranet/", "http://printer.local/", "http://user:secret@example.com/a", "javascript:alert(1)",
    "file:///etc/passwd",
])
def test_a_record_url_that_is_private_or_carries_a_password_is_not_a_link(url: str) -> None:
    (article,), (problem,) = read_bytes("u.jsonl", jsonl({"text": FR, "url": url}))
    assert article.url == "" and article.outlet == ""
    assert problem.severity == "warning" and problem.line == 1 and "not as a link" in problem.reason
    assert "secret" not in problem.reason  # a password is never repeated


def test_bidi_controls_are_stripped_from_urls_and_titles() -> None:
    (article,), problems = read_bytes("b.jsonl", jsonl(
        {"text": FR, "url": "https://exa\u202emple.com/\u2066a", "title": "Som\u202emet\u200f"}))
    assert (article.url, article.title, problems) == ("https://example.com/a", "Sommet", [])
    assert clean_label("a\u202eb\u2067c") == "abc" and safe_link(" https://vnexpress.net/x ") == (
        "https://vnexpress.net/x", None)


def test_a_trailing_source_line_is_the_articles_url_and_gives_its_outlet(tmp_path: Path) -> None:
    headline = "Le Premier ministre reçoit l'ambassadeur du Japon"
    source = "Source : https://www.tuoitre.vn/sommet-20250312.htm"
    (tmp_path / "a.txt").write_text(f"{headline}\n\n{FR}\n\n{source}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"{FR}\n\nSource: http://192.168.1.10/copie\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(f"{FR}\n\nhttps://example.com/not-a-source-line\n", encoding="utf-8")
    articles, problems = load_articles([tmp_path])
    by_id = {a.id: a for a in articles}
    assert (by_id["a.txt"].url, by_id["a.txt"].outlet) == ("https://www.tuoitre.vn/sommet-20250312.htm", "tuoitre.vn")
    assert by_id["a.txt"].title == headline
    assert by_id["b.md"].url == "" and by_id["c.txt"].url == ""  # a private address; a bare URL is no source line
    (problem,) = problems
    assert problem.file.endswith("b.md") and "source line" in problem.reason and "not a link" in problem.reason


def test_a_record_url_wins_over_the_source_line() -> None:
    (article,), _ = read_bytes("r.jsonl", jsonl({"text": f"{FR}\nSource : https://b.example.org/x",
                                                 "url": "https://a.example.org/y"}))
    assert article.url == "https://a.example.org/y"


# ---------------------------------------------------------------- the per-article cap


def test_an_article_past_the_cap_is_cut_with_a_warning_naming_the_file() -> None:
    (article,), (problem,) = read_bytes("long.txt", ("Le ministre a parlé. " * (MAX_TEXT_CHARS // 10)).encode())
    assert len(article.text) == MAX_TEXT_CHARS
    assert problem.file == "long.txt" and problem.severity == "warning"
    assert f"cut at {MAX_TEXT_CHARS:,} characters" in problem.reason and "split the article" in problem.fix


def test_problems_of_a_batch_never_stop_it(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(jsonl('{"\\udfff": 2}', "[" * 50_000, {"text": FR, "url": "http://[::1]/"}))
    (tmp_path / "b.html").write_text("<div>" * 400 + FR + "</div>" * 400, encoding="utf-8")
    (tmp_path / "c.txt").write_text(FR, encoding="utf-8")
    articles, problems = load_articles([tmp_path])
    assert [a.id for a in articles] == ["a.jsonl#3", "b.html", "c.txt"]
    assert all(isinstance(a, Article) for a in articles)
    for problem in problems:
        printable(problem)
    assert [(Path(p.file).name, p.line) for p in problems] == [("a.jsonl", 1), ("a.jsonl", 2), ("a.jsonl", 3),
                                                               ("b.html", None)]


# ---------------------------------------------------------------- ids across builds


def test_building_a_then_b_on_one_store_never_gives_two_files_one_id(tmp_path: Path) -> None:
    """Issue 15: `build a/` then `build b/` gave 270 of 540 files an id already held by another file."""
    from timeline import store
    from timeline.store import build

    texts = {
        "x.txt": "Le ministre a signé un accord avec le Japon le 12 mars 2025 à Hanoï.",
        "sub/y.txt": "Le président a reçu le Premier ministre japonais le 14 mars 2025.",
    }
    for folder, extra in (("a", "Le sommet de l'ASEAN s'est ouvert le 3 avril 2025."),
                          ("b", "Le Parlement a adopté la loi sur le numérique le 20 avril 2025.")):
        for name, text in texts.items():
            (tmp_path / folder / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / folder / name).write_text(f"{text} {extra}", encoding="utf-8")
    options = Options(use_ner=False)
    build.build_store([tmp_path / "a"], store=tmp_path / "s1", options=options, progress=False)
    build.build_store([tmp_path / "b"], store=tmp_path / "s1", options=options, progress=False)
    build.build_store([tmp_path / "a", tmp_path / "b"], store=tmp_path / "s2", options=options, progress=False)
    ids = list(store.read_articles(tmp_path / "s1")["article_id"])
    assert sorted(ids) == ["b/sub/y.txt", "b/x.txt", "sub/y.txt", "x.txt"]
    assert not any(str(tmp_path) in i or i.startswith("/") for i in ids)  # never a server path
    assert len(store.read_events(tmp_path / "s1")) == len(store.read_events(tmp_path / "s2"))
    # building b again keeps its ids: the store's own files are not clashes
    build.build_store([tmp_path / "b"], store=tmp_path / "s1", options=options, progress=False)
    assert sorted(store.read_articles(tmp_path / "s1")["article_id"]) == sorted(ids)
