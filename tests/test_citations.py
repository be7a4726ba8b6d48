"""Sources: title, outlet, date and a link that is safe to click; no file name shown as a title."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest

from timeline.dashboard import citations

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("url", [
    "https://tuoitre.vn/thu-tuong-20251220101839271.htm", "http://www.vietnamplus.vn/a?b=1#c",
    "https://8.8.8.8/x", "https://[2001:4860:4860::8888]/x", "https://example.com:443/x",
], ids=["tuoitre", "query", "public-ip", "public-ipv6", "port-443"])
def test_public_links_are_clickable(url: str) -> None:
    assert citations.safe_link(url) == url


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://example.com/x",
    "http://localhost:8501/", "http://127.0.0.1/x", "http://127.1/x", "http://2130706433/x", "http://0x7f.1/",
    "http://[::1]/x", "http://10.0.0.5/x", "http://192.168.1.1/", "http://172.16.3.4/", "http://169.254.169.254/latest",
    "http://[fd00::1]/", "http://router.local/", "http://intranet/", "http://svc.internal/",
    "https://user:pass@example.com/", "https://user@example.com/", "https://example.com:22/",
    "https://exa mple.com/", "https://example.com/\u202egnp.exe", "https://example.com/\u200bx", "", "x" * 3000,
], ids=["javascript", "data", "file", "ftp", "localhost", "loopback", "short-loopback", "decimal-ip", "hex-ip",
        "ipv6-loopback", "private-10", "private-192", "private-172", "metadata", "ipv6-private", "mdns",
        "single-label", "internal", "userinfo", "user-only", "odd-port", "space", "rtl-override", "zero-width",
        "empty", "too-long"])
def test_unsafe_links_are_not_clickable(url: str) -> None:
    assert citations.safe_link(url) is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.tuoitre.vn/x", "tuoitre.vn"), ("https://en.vietnamplus.vn/x", "en.vietnamplus.vn"),
    ("http://127.0.0.1/x", ""), ("", ""),
], ids=["www", "subdomain", "private", "none"])
def test_outlet(url: str, expected: str) -> None:
    assert citations.outlet(url) == expected


EVENT = {"sources": ["003_643f7d95a38cd594.txt", "upload.txt"], "urls": []}
MENTIONS = pd.DataFrame({"article_id": ["003_643f7d95a38cd594.txt", "upload.txt"],
                         "url": ["https://tuoitre.vn/a-20251220.htm", "http://192.168.0.1/x"]})


def test_a_source_line_names_title_outlet_and_date() -> None:
    infos = {"003_643f7d95a38cd594.txt": {"id": "003_643f7d95a38cd594.txt", "title": "Le secrétaire général",
                                          "url": "", "date": dt.date(2025, 12, 20)}}
    first, second = citations.sources_of(EVENT, MENTIONS, infos, "fr")
    assert first.line("fr") == "Le secrétaire général — tuoitre.vn, 20 décembre 2025"
    assert first.link == "https://tuoitre.vn/a-20251220.htm"
    assert second.link is None and second.url == "http://192.168.0.1/x"  # shown as text, not a link


def test_no_hashed_file_name_is_shown_as_a_title() -> None:
    first, second = citations.sources_of(EVENT, MENTIONS, {}, "en")
    assert first.title == "tuoitre.vn" and "643f7d95a38cd594" not in first.line("en")
    assert second.title == "upload.txt"  # a name a person gave, and no safe link to name it by


@pytest.mark.parametrize(("name", "shown"), [
    ("003_643f7d95a38cd594.txt", ""), ("retelling.txt", "retelling.txt"), ("feed.jsonl#3", "feed.jsonl#3"),
    ("a3f9c2e1b7d04f5a.html", ""),
], ids=["seed-hash", "person", "record", "bare-hash"])
def test_readable_names(name: str, shown: str) -> None:
    assert citations.readable_name(name) == shown


def test_the_seed_articles_are_named_by_title_or_outlet() -> None:
    """The seeds as the dashboard gets them: no line is a hashed file name; the page whose last line is
    "Source : https://tuoitre.vn/..." links to tuoitre.vn once ingest reads that line (issue 14, point 6)."""
    import timeline

    extraction = timeline.extract(ROOT / "seeds", timeline.Options(use_ner=False))
    infos = citations.infos_by_id(citations.article_info(a) for a in extraction.articles)
    events, mentions = extraction.events_frame(), extraction.mentions_frame()
    lines = []
    for row in events.to_dict("records"):
        for source in citations.sources_of(row, mentions[mentions["event_id"] == row["event_id"]], infos, "fr"):
            lines.append(source.line("fr"))
            assert not re.search(r"[0-9a-f]{12}", source.title)
    assert lines
    source_line = [a for a in extraction.articles if "Source : https://tuoitre.vn/" in a.text[-600:]]
    assert source_line and source_line[0].url.startswith("https://tuoitre.vn/")  # ingest reads that line
    assert any(line.startswith("tuoitre.vn — ") or " — tuoitre.vn" in line for line in lines)


def test_lists_name_articles_by_title_and_outlet_never_by_a_hashed_file_name() -> None:
    infos = {"003_643f7d95a38cd594.txt": {"title": "Un titre", "url": "https://www.tuoitre.vn/a.htm"},
             "000_655743f86cf5a653.txt": {"url": "https://tuoitre.vn/b.htm", "date": dt.date(2025, 12, 20)},
             "001_0123456789abcdef.txt": {}, "002_fedcba9876543210.txt": {}, "retelling.txt": {}}
    names = citations.article_names(infos, infos, "en")
    assert names == {"003_643f7d95a38cd594.txt": "Un titre — tuoitre.vn",
                     "000_655743f86cf5a653.txt": "tuoitre.vn (20 December 2025)",
                     "001_0123456789abcdef.txt": "(no title)", "002_fedcba9876543210.txt": "(no title) (2)",
                     "retelling.txt": "retelling.txt"}
    assert len(set(names.values())) == len(names)  # each article stays apart in a list


def test_a_stores_articles_go_by_their_titles(tmp_path: Path) -> None:
    """A dashboard over a store names its articles by the title, outlet and stated date the store kept (its
    articles table), as it does for the seeds: never by a hashed file name, nor '(no title)' when a title is known."""
    from timeline.dashboard import sources
    from timeline.settings import Options
    from timeline.store import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "0a1b2c3d4e5f6a7b8c9d.json").write_text(
        '{"title": "Le sommet de Hanoï", "url": "https://www.example.org/a/1", "date": "2025-03-20",'
        ' "text": "Le sommet s\'est tenu le 18 mars 2025 à Hanoï."}', encoding="utf-8")
    (corpus / "0a1b2c3d4e5f6a7b8c9e.txt").write_text("Le congrès s'ouvrira le 2 avril 2025.\n", encoding="utf-8")
    store = tmp_path / "store"
    build.build_store([corpus], store=store, options=Options(use_ner=False), progress=False)
    loaders = sources.Loaders(seeds=None, files=None, store=None,  # type: ignore[arg-type]
                              store_infos=citations.store_infos)
    infos = sources.article_infos({"store": str(store)}, ROOT / "seeds", None, loaders)
    assert len(infos) == 2
    named = citations.article_names(sorted(infos), infos, "fr")
    assert "Le sommet de Hanoï — example.org" in named.values()
    assert not any("0a1b2c3d" in name for name in named.values())
    dated = [info for info in infos.values() if info["title"] == "Le sommet de Hanoï"]
    assert dated[0]["date"] == dt.date(2025, 3, 20) and dated[0]["url"] == "https://www.example.org/a/1"
    assert sources.article_infos({"store": str(tmp_path / "nowhere")}, ROOT / "seeds", None, loaders) == {}


def test_an_events_files_articles_go_by_their_outlet(tmp_path: Path) -> None:
    """An events file carries no titles: its articles are named by the outlet of the URL their mentions (or, with
    no mentions file, their events) give, as an untitled article of a store is; never '(no title)' when a URL is
    known."""
    from timeline.dashboard import sources

    rows = [{"event_id": "ev_1", "date": "2025-12-18", "precision": "day", "status": "held", "event_type": "meeting",
             "title": "Réunion", "sources": ["0a1b2c3d4e5f6a7b8c.txt", "1a1b2c3d4e5f6a7b8c.txt"],
             "urls": ["https://tuoitre.vn/a.htm", "https://www.vietnamplus.vn/b"]},
            {"event_id": "ev_2", "date": "2025-12-19", "precision": "day", "status": "held", "event_type": "visit",
             "title": "Visite", "sources": ["2a1b2c3d4e5f6a7b8c.txt", "3a1b2c3d4e5f6a7b8c.txt"],
             "urls": ["https://baochinhphu.vn/c"]}]  # two articles, one URL: which is whose is unknown
    events = tmp_path / "events.jsonl"
    events.write_text("\n".join(pd.Series(r).to_json(force_ascii=False) for r in rows) + "\n", encoding="utf-8")
    loaders = sources.Loaders(seeds=None, files=sources.read_files, store=None)  # type: ignore[arg-type]
    settings = {"events": str(events)}
    base = sources.load_base(settings, ROOT / "seeds", "en", loaders)
    infos = sources.article_infos(settings, ROOT / "seeds", None, loaders, base)
    named = citations.article_names(base.source.facets().sources, infos, "en")  # type: ignore[union-attr]
    assert named["0a1b2c3d4e5f6a7b8c.txt"] == "tuoitre.vn"
    assert named["1a1b2c3d4e5f6a7b8c.txt"] == "vietnamplus.vn"
    assert {named["2a1b2c3d4e5f6a7b8c.txt"], named["3a1b2c3d4e5f6a7b8c.txt"]} == {"(no title)", "(no title) (2)"}
    mentions = pd.DataFrame({"article_id": ["2a1b2c3d4e5f6a7b8c.txt", "2a1b2c3d4e5f6a7b8c.txt"],
                             "url": [None, "https://baochinhphu.vn/c"]})
    assert citations.link_infos(None, mentions) == {"2a1b2c3d4e5f6a7b8c.txt": {"id": "2a1b2c3d4e5f6a7b8c.txt",
                                                                              "url": "https://baochinhphu.vn/c"}}
