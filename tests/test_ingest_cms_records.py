"""Drupal core REST nodes and Apple News Format articles (issue 13, round twenty-four): each shape read from its
published documentation (timeline/extraction/ingest/cms_records.py), with records of our own in both languages."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from timeline.extraction.ingest import cms_records, read_bytes
from timeline.models import Article, Problem


def read(name: str, value: Any) -> tuple[list[Article], list[Problem]]:
    return read_bytes(name, json.dumps(value).encode("utf-8"))


def drupal_node(**fields: Any) -> dict[str, Any]:
    node: dict[str, Any] = {
        "nid": [{"value": 318}], "uuid": [{"value": "7f3e-90aa"}], "vid": [{"value": 1204}],
        "langcode": [{"value": "fr"}], "type": [{"target_id": "article", "target_type": "node_type"}],
        "status": [{"value": True}], "title": [{"value": "La médiathèque de Saint-Aubin ferme pour travaux"}],
        "created": [{"value": "2026-10-14T07:45:00+00:00", "format": "Y-m-d\\TH:i:sP"}],
        "changed": [{"value": "2026-10-16T12:00:00+00:00", "format": "Y-m-d\\TH:i:sP"}],
        "path": [{"alias": "/actualites/mediatheque", "pid": 77, "langcode": "fr"}],
        "body": [{"value": "<p>La médiathèque de Saint-Aubin a fermé ses portes mardi.</p>"
                           "<p>Les <strong>travaux</strong> dureront huit mois.</p>",
                  "format": "basic_html", "processed": "", "summary": ""}],
        "field_tags": [{"target_id": 12, "target_type": "taxonomy_term"}],
    }
    node.update(fields)
    return node


def anf_article(**fields: Any) -> dict[str, Any]:
    article: dict[str, Any] = {
        "version": "1.9", "identifier": "ferry-strike-2026", "language": "en_US",
        "title": "Ferry crews walk out over rosters", "layout": {"columns": 7, "width": 1024},
        "metadata": {"datePublished": "2026-09-03T17:20:00Z", "dateModified": "2026-09-04T08:00:00Z",
                     "canonicalURL": "https://islands.example/ferry-strike", "excerpt": "Ferry crews walked out.",
                     "authors": ["Dana Reyes"]},
        "components": [
            {"role": "title", "text": "Ferry crews walk out over rosters"},
            {"role": "byline", "text": "By Dana Reyes | September 3, 2026"},
            {"role": "intro", "text": "Ferry crews on the **island route** walked out on [Thursday](https://x.example).",
             "format": "markdown"},
            {"role": "photo", "URL": "bundle://pier.jpg", "caption": "Passengers wait at the pier. Photo: D. Reyes"},
            {"role": "container", "components": [
                {"role": "body", "text": "<p>The union said talks had <em>failed</em>.</p><p>No boat sailed.</p>",
                 "format": "html"},
                {"role": "pullquote", "text": "The union said talks had failed."},
                {"role": "heading2", "text": "What comes next"},
                {"role": "section", "components": [
                    {"role": "body", "text": "Mediators meet the crews on Monday.\nThe company declined to comment."},
                ]},
            ]},
            {"role": "aside", "components": [{"role": "body", "text": "Sign up for our morning newsletter."}]},
            {"role": "gallery", "items": [{"URL": "bundle://a.jpg",
                                           "caption": {"text": "The <b>empty</b> quay.", "format": "html"}}]},
        ],
        "componentTextStyles": {"default": {"fontName": "Georgia"}},
    }
    article.update(fields)
    return article


def test_a_drupal_rest_node_reads_its_field_lists() -> None:
    (found,), problems = read("noeud.json", drupal_node())
    assert problems == []
    assert (found.id, found.title, found.lang) == ("noeud.json#318", "La médiathèque de Saint-Aubin ferme pour travaux",
                                                  "fr")
    assert found.text == ("La médiathèque de Saint-Aubin a fermé ses portes mardi.\n\n"
                          "Les travaux dureront huit mois.")
    assert (found.reference_date, found.reference_source) == (dt.date(2026, 10, 14), "metadata")


def test_an_older_drupal_node_gives_its_dates_as_unix_times() -> None:
    nodes = [drupal_node(created=[{"value": "1760428800"}]), drupal_node(nid=[{"value": 319}], created=[],
                                                                        changed=[{"value": 1760515200}])]
    articles, problems = read("export.json", nodes)
    assert problems == []
    assert [a.reference_date for a in articles] == [dt.date(2025, 10, 14), dt.date(2025, 10, 15)]


def test_a_drupal_body_respects_its_text_format() -> None:
    plain = drupal_node(body=[{"value": "Line one <b> stays as written.\n\nSecond paragraph.", "format": "plain_text"}])
    assert read("plain.json", plain)[0][0].text == "Line one <b> stays as written.\n\nSecond paragraph."
    custom = drupal_node(body=[{"value": "<div><p>The mill <em>closed</em> on Friday.</p></div>",
                                "format": "editorial_rich"}], langcode=[{"value": "en"}])
    (found,), _ = read("custom.json", custom)
    assert (found.text, found.lang) == ("The mill closed on Friday.", "en")


def test_a_drupal_node_without_body_reads_its_formatted_text_field_or_its_summary() -> None:
    node = drupal_node(field_texte=[{"value": "<p>Le conseil municipal a voté le budget jeudi.</p>",
                                     "format": "full_html"}])
    del node["body"]
    assert read("champ.json", node)[0][0].text == "Le conseil municipal a voté le budget jeudi."
    summary = drupal_node(body=[{"value": "", "format": "basic_html", "summary": "<p>Le budget est voté.</p>"}])
    (found,), problems = read("resume.json", summary)
    assert found.text == "Le budget est voté."
    assert [p.severity for p in problems] == ["warning"] and "summary" in problems[0].reason


def test_a_broken_drupal_node_is_named_and_the_batch_carries_on() -> None:
    empty = drupal_node(nid=[{"value": 5}], body=[{"value": "", "format": "basic_html", "summary": ""}])
    articles, problems = read("lot.json", [empty, drupal_node()])
    assert [a.id for a in articles] == ["lot.json#318"]
    (problem,) = problems
    assert problem.file == "lot.json" and problem.severity == "error" and "Drupal node" in problem.reason
    assert "body" in problem.fix
    odd = drupal_node(created=[{"value": "mardi dernier"}])
    (found,), problems = read("date.json", odd)
    assert found.reference_source != "metadata" and "'created'" in problems[0].reason


def test_drupal_json_api_and_flat_records_are_not_taken_for_rest_nodes() -> None:
    assert cms_records.shape({"title": "A", "body": "B", "created": "2026-01-02"}) is None
    assert cms_records.shape({"type": "node--article", "attributes": {"title": "A", "body": {"value": "B"}}}) is None
    assert cms_records.shape({"title": [{"value": "A"}], "tags": [{"value": "x"}]}) is None  # no base field


def test_an_apple_news_article_reads_its_components_in_order() -> None:
    (found,), problems = read("article.json", anf_article())
    assert problems == []
    assert found.text.split("\n\n") == [
        "Ferry crews on the island route walked out on Thursday.",
        "Passengers wait at the pier. Photo: D. Reyes",
        "The union said talks had failed.", "No boat sailed.", "What comes next",
        "Mediators meet the crews on Monday.", "The company declined to comment.", "The empty quay."]
    assert (found.title, found.lang, found.url) == ("Ferry crews walk out over rosters", "en",
                                                   "https://islands.example/ferry-strike")
    assert (found.id, found.reference_date) == ("article.json#ferry-strike-2026", dt.date(2026, 9, 3))


def test_an_apple_news_article_fences_its_captions_as_a_page_does() -> None:
    (found,), _ = read("article.json", anf_article())
    fenced = [found.text[n.start:n.end] for n in found.noise if n.kind == "caption"]
    assert fenced == ["Passengers wait at the pier. Photo: D. Reyes", "The empty quay."]


def test_a_french_apple_news_article_in_a_list_with_a_broken_one() -> None:
    french = anf_article(identifier="greve-bac", language="fr", title="Les marins du bac en grève",
                         metadata={"dateCreated": "2026-09-02T06:00:00+02:00"},
                         components=[{"role": "header", "components": [
                             {"role": "title", "text": "Les marins du bac en grève"},
                             {"role": "intro", "text": "Les marins du bac de l’île ont cessé le travail mercredi."}]},
                             {"role": "body", "text": "Aucune traversée n’a été assurée\\.\n*Une réunion* est prévue."
                              , "format": "markdown"}, {"role": "text", "text": "Le trafic reprendra lundi."}])
    broken = anf_article(identifier="vide", components=[{"role": "byline", "text": "Par la rédaction"},
                                                        {"role": "pullquote", "text": "Rien."}], metadata={})
    articles, problems = read("lot.json", [broken, french])
    (found,) = articles
    assert (found.id, found.lang, found.reference_date) == ("lot.json#greve-bac", "fr", dt.date(2026, 9, 2))
    assert found.text == ("Les marins du bac de l’île ont cessé le travail mercredi.\n\n"
                          "Aucune traversée n’a été assurée. Une réunion est prévue.\n\nLe trafic reprendra lundi.")
    (problem,) = problems
    assert (problem.file, problem.line, problem.severity) == ("lot.json", 1, "error")
    assert "Apple News Format" in problem.reason and '"role": "body"' in problem.fix


def test_an_apple_news_article_with_no_text_component_reads_its_excerpt() -> None:
    (found,), problems = read("court.json", anf_article(components=[{"role": "photo", "URL": "bundle://a.jpg"}]))
    assert found.text == "Ferry crews walked out."
    assert [p.severity for p in problems] == ["warning"] and "'excerpt'" in problems[0].reason


def test_markdown_is_read_as_text_never_rendered() -> None:
    assert cms_records.markdown_text("## Bilan\n> **Trois** blessés, selon [la préfecture](https://p.example).\n"
                                     "- un _premier_ point ![photo](x.jpg)") == (
        "Bilan\nTrois blessés, selon la préfecture.\nun premier point ")
    assert cms_records.markdown_text("the file_name_here and *2* of __them__") == "the file_name_here and 2 of them"


def test_a_wrapped_apple_news_article_is_read_not_its_metadata() -> None:
    (found,), problems = read("envoi.json", {"request": {"channel": "c1"}, "article": anf_article()})
    assert problems == []
    assert found.id == "envoi.json#ferry-strike-2026" and found.text.startswith("Ferry crews on the island route")
    (found,), _ = read("lignes.json", [{"node": drupal_node()}])
    assert found.id == "lignes.json#318"
