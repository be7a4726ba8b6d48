"""Records as news APIs and content systems return them (issues 12 and 13, round twenty-two): each shape read from
its published documentation (timeline/extraction/ingest/apis.py names the sources), with records of our own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from timeline.extraction.ingest import apis, read_bytes
from timeline.models import Article, Problem


def read(name: str, value: Any) -> tuple[list[Article], list[Problem]]:
    return read_bytes(name, json.dumps(value).encode("utf-8"))


def one(name: str, value: Any) -> Article:
    articles, problems = read(name, value)
    assert [p for p in problems if p.severity == "error"] == []
    (article,) = articles
    return article


def test_wordpress_rest_posts_read_their_rendered_content_and_title() -> None:
    posts = [{"id": 812, "date": "2025-05-02T09:00:00", "date_gmt": "2025-05-02T07:00:00",
              "modified": "2025-05-06T11:00:00", "link": "https://gazette.example/2025/05/02/ecluse/",
              "title": {"rendered": "L&#8217;écluse rouvre aux bateaux"},
              "content": {"rendered": "\n<p>L’écluse de Saint-Loup a rouvert vendredi.</p>\n"
                                      "<p>Les travaux ont coûté deux millions d’euros.</p>\n", "protected": False},
              "excerpt": {"rendered": "<p>L’écluse a rouvert [&hellip;]</p>\n", "protected": False}}]
    found = one("wp.json", posts)
    assert found.id == "wp.json#812" and found.title == "L’écluse rouvre aux bateaux"
    assert found.text.startswith("L’écluse de Saint-Loup a rouvert vendredi.\n\nLes travaux ont coûté")
    assert "<p>" not in found.text and "[" not in found.text
    assert (found.url, found.reference_date) == ("https://gazette.example/2025/05/02/ecluse/", dt.date(2025, 5, 2))


def test_ghost_content_api_posts_read_their_html_or_plaintext() -> None:
    page = {"posts": [{"id": "65f1", "title": "Sawmill shuts", "published_at": "2025-03-07T10:00:00.000+00:00",
                       "updated_at": "2025-03-09T16:00:00.000+00:00", "url": "https://mill.example/sawmill/",
                       "plaintext": "The sawmill in Elkford shut its doors on Friday.\n\nForty jobs were lost."}],
            "meta": {"pagination": {"page": 1, "pages": 1}}}
    found = one("ghost.json", page)
    assert (found.title, found.reference_date) == ("Sawmill shuts", dt.date(2025, 3, 7))
    assert found.text.startswith("The sawmill in Elkford shut its doors on Friday.")


def test_drupal_json_api_resources_read_their_attributes() -> None:
    doc = {"jsonapi": {"version": "1.0"}, "data": [
        {"type": "node--article", "id": "4c1e-77",
         "attributes": {"title": "Grève des cantines", "created": "2025-02-11T08:00:00+00:00",
                        "changed": "2025-02-14T08:00:00+00:00", "langcode": "fr",
                        "body": {"value": "Les agents ont cessé le travail lundi.", "format": "basic_html",
                                 "processed": "<p>Les agents des cantines ont cessé le travail lundi.</p>",
                                 "summary": ""}},
         "links": {"self": {"href": "https://cms.example/jsonapi/node/article/4c1e-77"}}}]}
    found = one("drupal.json", doc)
    assert (found.id, found.title, found.lang) == ("drupal.json#4c1e-77", "Grève des cantines", "fr")
    assert found.reference_date == dt.date(2025, 2, 11)
    assert found.text.startswith("Les agents des cantines ont cessé le travail lundi.") and "<p>" not in found.text
    assert found.url == ""  # the API's own address is no article's


def test_strapi_records_read_their_attributes_and_blocks() -> None:
    four = {"data": [{"id": 3, "attributes": {"title": "Budget adopted", "locale": "en",
                                              "publishedAt": "2025-01-15T12:00:00.000Z",
                                              "content": "The county adopted its budget on Tuesday."}}], "meta": {}}
    five = {"data": [{"id": 4, "documentId": "k2", "title": "Rail strike", "locale": "en",
                      "publishedAt": "2025-01-16T12:00:00.000Z",
                      "content": [{"type": "paragraph", "children": [
                          {"type": "text", "text": "Signal staff struck on "},
                          {"type": "link", "url": "https://x.example",
                           "children": [{"type": "text", "text": "Monday"}]},
                          {"type": "text", "text": "."}]},
                          {"type": "list", "format": "unordered", "children": [
                              {"type": "list-item", "children": [{"type": "text", "text": "No trains ran."}]},
                              {"type": "list-item",
                               "children": [{"type": "text", "text": "Buses replaced them."}]}]}]}]}
    first, second = one("s4.json", four), one("s5.json", five)
    assert (first.id, first.lang, first.reference_date) == ("s4.json#3", "en", dt.date(2025, 1, 15))
    assert first.text.startswith("The county adopted its budget on Tuesday.")
    assert second.text.startswith("Signal staff struck on Monday.\n\nNo trains ran.\n\nBuses replaced them.")


def test_contentful_entries_read_their_fields_rich_text_and_sys() -> None:
    page = {"sys": {"type": "Array"}, "total": 1, "items": [
        {"sys": {"id": "7xQ", "type": "Entry", "createdAt": "2025-04-01T09:00:00Z",
                 "updatedAt": "2025-04-03T09:00:00Z", "locale": "fr-FR"},
         "fields": {"title": "Le port s’agrandit",
                    "body": {"nodeType": "document", "data": {}, "content": [
                        {"nodeType": "paragraph", "data": {}, "content": [
                            {"nodeType": "text", "value": "Le port de Brest a ouvert un quai ", "marks": [],
                             "data": {}},
                            {"nodeType": "hyperlink", "data": {"uri": "https://x.example"}, "content": [
                                {"nodeType": "text", "value": "mardi", "marks": [], "data": {}}]},
                            {"nodeType": "text", "value": ".", "marks": [], "data": {}}]},
                        {"nodeType": "paragraph", "data": {}, "content": [
                            {"nodeType": "text", "value": "Il accueillera des cargos.", "marks": [], "data": {}}]}]}}}]}
    found = one("contentful.json", page)
    assert (found.id, found.title, found.lang) == ("contentful.json#7xQ", "Le port s’agrandit", "fr")
    assert found.reference_date == dt.date(2025, 4, 1)
    assert found.text.startswith("Le port de Brest a ouvert un quai mardi.\n\nIl accueillera des cargos.")


def test_sanity_portable_text_reads_its_blocks_and_skips_images() -> None:
    result = {"query": "*[_type == 'post']", "ms": 4, "result": [
        {"_id": "p1", "_type": "post", "title": "Dam repaired", "publishedAt": "2025-06-01T08:00:00Z",
         "language": "en", "body": [
             {"_type": "block", "_key": "a", "style": "normal", "markDefs": [],
              "children": [{"_type": "span", "text": "Engineers repaired the Holt dam ", "marks": []},
                           {"_type": "span", "text": "on Sunday.", "marks": ["strong"]}]},
             {"_type": "image", "_key": "b", "asset": {"_ref": "image-1"}},
             {"_type": "block", "_key": "c", "style": "normal", "markDefs": [],
              "children": [{"_type": "span", "text": "The road reopens on Thursday.", "marks": []}]}]}]}
    found = one("sanity.json", result)
    assert (found.title, found.reference_date) == ("Dam repaired", dt.date(2025, 6, 1))
    assert found.text.startswith("Engineers repaired the Holt dam on Sunday.\n\nThe road reopens on Thursday.")


def test_an_arc_xp_ans_story_reads_its_text_elements() -> None:
    story = {"_id": "Q3", "type": "story", "version": "0.10.9", "language": "en",
             "canonical_url": "/2025/07/02/depot-fire/", "headlines": {"basic": "Fire at the tram depot"},
             "description": {"basic": "A fire broke out."}, "first_publish_date": "2025-07-02T05:00:00Z",
             "display_date": "2025-07-03T05:00:00Z", "last_updated_date": "2025-07-04T05:00:00Z",
             "content_elements": [
                 {"_id": "1", "type": "text", "content": "A fire broke out at the tram depot on <b>Wednesday</b>."},
                 {"_id": "2", "type": "image", "url": "https://img.example/1.jpg", "caption": "Smoke over the depot"},
                 {"_id": "3", "type": "header", "level": 2, "content": "Damage"},
                 {"_id": "4", "type": "list", "list_type": "unordered",
                  "items": [{"type": "text", "content": "Six trams burned."}]},
                 {"_id": "5", "type": "raw_html", "content": "<div class='ad'>Subscribe</div>"}]}
    found = one("ans.json", story)
    assert (found.title, found.reference_date, found.url) == ("Fire at the tram depot", dt.date(2025, 7, 2), "")
    assert found.text.startswith("A fire broke out at the tram depot on Wednesday.\n\nDamage\n\nSix trams burned.")
    assert "Smoke" not in found.text and "Subscribe" not in found.text and "<b>" not in found.text
    search = {"type": "results", "count": 2, "content_elements": [
        {**story, "_id": "Q3"}, {**story, "_id": "Q4", "language": "fr", "headlines": {"basic": "Incendie"},
                                 "content_elements": [{"type": "text", "content": "Le dépôt a brûlé mercredi."}]}]}
    articles, problems = read("search.json", search)
    assert problems == [] and [a.title for a in articles] == ["Fire at the tram depot", "Incendie"]


def test_guardian_content_api_results_and_single_item_read_their_fields() -> None:
    item = {"id": "uk-news/2025/mar/03/valley-floods", "type": "article", "sectionId": "uk-news",
            "webPublicationDate": "2025-03-03T06:00:00Z", "webTitle": "Floods cut off the valley",
            "webUrl": "https://www.theguardian.com/uk-news/2025/mar/03/valley-floods",
            "apiUrl": "https://content.guardianapis.com/uk-news/2025/mar/03/valley-floods",
            "fields": {"body": "<p>Floods cut off the Wye valley on Sunday.</p><p>Two bridges closed.</p>",
                       "bodyText": "Floods cut off the Wye valley on Sunday. Two bridges closed.", "lang": "en"}}
    search = {"response": {"status": "ok", "total": 1, "pages": 1, "results": [item]}}
    single = {"response": {"status": "ok", "content": item}}
    for name, value in (("search.json", search), ("single.json", single)):
        found = one(name, value)
        assert (found.title, found.lang, found.reference_date) == ("Floods cut off the valley", "en",
                                                                   dt.date(2025, 3, 3))
        assert found.url == "https://www.theguardian.com/uk-news/2025/mar/03/valley-floods"
        assert found.text.startswith("Floods cut off the Wye valley on Sunday.\n\nTwo bridges closed.")


def test_nyt_article_search_docs_are_summaries_and_say_so() -> None:
    page = {"status": "OK", "response": {"meta": {"hits": 1}, "docs": [
        {"abstract": "A bridge closed.", "snippet": "A bridge", "web_url": "https://www.nytimes.com/2025/01/02/b.html",
         "lead_paragraph": "The city closed the Harlan bridge on Thursday after an inspection found cracks.",
         "headline": {"main": "Harlan Bridge Closed", "kicker": None, "print_headline": "Bridge Shut"},
         "pub_date": "2025-01-02T10:00:00+0000", "_id": "nyt://article/0c1"}]}}
    articles, problems = read("nyt.json", page)
    (found,) = articles
    assert (found.title, found.reference_date) == ("Harlan Bridge Closed", dt.date(2025, 1, 2))
    assert found.url == "https://www.nytimes.com/2025/01/02/b.html"
    assert found.text.startswith("The city closed the Harlan bridge on Thursday")
    (problem,) = problems
    assert problem.severity == "warning" and "'lead_paragraph' (a summary)" in problem.reason


def test_a_body_its_api_cut_is_read_with_a_warning_and_without_its_mark() -> None:
    page = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "Coast News"}, "title": "Dockers strike", "description": "Dockers struck.",
         "url": "https://coast.example/dockers", "publishedAt": "2025-02-02T10:00:00Z",
         "content": "Dockers at the port of Sète went on strike on Monday over pay, the union said… [+2143 chars]"},
        {"title": "Lycée fermé", "url": "https://coast.example/lycee", "publishedAt": "2025-02-03T10:00:00Z",
         "content": "Le lycée Jean-Bart a fermé mardi après une fuite de gaz. [1890 chars]"}]}
    articles, problems = read("newsapi.json", page)
    assert [a.text.split("\n\n")[0] for a in articles] == [
        "Dockers at the port of Sète went on strike on Monday over pay, the union said",
        "Le lycée Jean-Bart a fermé mardi après une fuite de gaz."]
    assert [(p.line, p.severity) for p in problems] == [(1, "warning"), (2, "warning")]
    assert all("cut the body" in p.reason for p in problems)
    assert apis.truncated("The mayor resigned on Friday.") == ("The mayor resigned on Friday.", None)
    assert apis.truncated("Le maire a démissionné vendredi.") == ("Le maire a démissionné vendredi.", None)
    assert apis.truncated("Le maire a démissionné vendredi et …") == ("Le maire a démissionné vendredi et …", "…")
    assert apis.truncated("Les élus ont voté [&hellip;]") == ("Les élus ont voté", "[&hellip;]")


def test_event_registry_and_extractor_records_read_their_publication_dates() -> None:
    registry = {"articles": {"results": [
        {"uri": "99", "lang": "eng", "date": "2025-03-01", "time": "06:00:00", "dateTimePub": "2025-02-28T22:00:00Z",
         "url": "https://er.example/99", "title": "Mine reopens", "body": "The Ashby mine reopened on Friday."}],
        "totalResults": 1, "page": 1}}
    found = one("er.json", registry)
    assert (found.lang, found.reference_date, found.title) == ("en", dt.date(2025, 2, 28), "Mine reopens")
    newspaper = {"url": "https://x.example/v", "title": "Le vote", "publish_date": "2025-03-01T10:00:00",
                 "text": "Le vote a eu lieu samedi à Dinan.", "meta_lang": "fr", "summary": ""}
    found = one("n4k.json", newspaper)
    assert (found.lang, found.reference_date) == ("fr", dt.date(2025, 3, 1))


def test_a_feed_or_channel_with_its_own_description_gives_its_items() -> None:
    """JSON Feed's top-level ``description`` and RSS's channel ``description`` (required by RSS 2.0) describe the
    feed: its items are the records, never the description alone."""
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "La Gazette", "language": "fr",
            "description": "Les nouvelles du port de Sète.",
            "items": [{"id": "1", "content_text": "Le quai nord a rouvert jeudi."},
                      {"id": "2", "content_text": "Le phare a été repeint lundi."}]}
    channel = {"rss": {"channel": {"title": "Courier", "description": "News from the county", "item": [
        {"title": "a", "content:encoded": "<p>The mill closed on Friday.</p>"},
        {"title": "b", "content:encoded": "<p>The dam opened on Monday.</p>"}]}}}
    articles, problems = read("feed.json", feed)
    assert problems == [] and [a.id for a in articles] == ["feed.json#1", "feed.json#2"]
    articles, problems = read("channel.json", channel)
    assert problems == [] and [a.title for a in articles] == ["a", "b"]
    alone = read("alone.json", {"title": "x", "description": "Le conseil a voté lundi."})[0]
    assert [a.text.split("\n\n")[0] for a in alone] == ["Le conseil a voté lundi."]


def test_ninjs_2_reads_its_main_body_and_headline_once() -> None:
    item = {"language": "fr", "versioncreated": "2025-09-01T12:00:00Z",
            "headlines": [{"role": "short", "value": "Barrage"}, {"role": "main", "value": "Le barrage sera inspecté"}],
            "bodies": [{"role": "main", "contentType": "text/plain", "value": "L’agence a ordonné une inspection."},
                       {"role": "main", "contentType": "text/html",
                        "value": "<p>L’agence a ordonné une inspection.</p>"}]}
    found = one("ninjs.json", item)
    assert found.title == "Le barrage sera inspecté"
    assert found.text.count("L’agence a ordonné une inspection.") == 1


def test_a_record_without_a_body_in_its_part_stays_a_problem_naming_its_fields(tmp_path: Path) -> None:
    doc = {"data": [{"type": "node--article", "id": "1", "attributes": {"title": "x", "created": "2025-01-01"}}]}
    articles, problems = read("empty.json", doc)
    assert articles == []
    (problem,) = problems
    assert "has no 'text' field" in problem.reason and "attributes" in problem.reason


def test_a_json_ld_graph_or_a_pages_main_entity_gives_its_article() -> None:
    """A page's JSON-LD saved as a file: the NewsArticle of an ``@graph`` (its WebSite and Organization nodes are no
    articles), or a WebPage's ``mainEntity`` (the page's own description is no body)."""
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "La Gazette", "url": "https://gazette.example"},
        {"@type": "NewsArticle", "headline": "Le quai rouvre", "datePublished": "2025-04-10", "inLanguage": "fr",
         "articleBody": "Le quai nord de Concarneau a rouvert jeudi."},
        {"@type": "Organization", "name": "La Gazette"}]}
    page = {"@context": "https://schema.org", "@type": "WebPage", "description": "Our page about the dam.",
            "mainEntity": {"@type": "NewsArticle", "headline": "Dam opens", "datePublished": "2025-04-11",
                           "articleBody": "The Holt dam opened to walkers on Friday.", "inLanguage": "en"}}
    first, second = one("graph.json", graph), one("page.json", page)
    assert (first.title, first.reference_date) == ("Le quai rouvre", dt.date(2025, 4, 10))
    assert first.text.startswith("Le quai nord de Concarneau a rouvert jeudi.")
    assert second.text.startswith("The Holt dam opened to walkers on Friday.") and second.title == "Dam opens"


def test_feedly_and_inoreader_entries_read_their_unix_times_and_links() -> None:
    stream = {"direction": "ltr", "id": "feed/https://port.example/rss", "items": [
        {"id": "tag:port.example,2025:1", "title": "Ferry cancelled", "published": 1714550400,
         "canonical": [{"href": "https://port.example/ferry"}],
         "alternate": [{"href": "https://port.example/ferry?amp", "type": "text/html"}],
         "content": {"direction": "ltr", "content": "<p>The morning ferry was cancelled on Wednesday.</p>"}},
        {"id": "e2", "title": "Grève levée", "published": 1714636800000,
         "summary": {"direction": "ltr", "content": "Les marins ont levé la grève jeudi."}}]}
    articles, problems = read("stream.json", stream)
    first, second = articles
    assert (first.url, first.reference_date) == ("https://port.example/ferry", dt.date(2024, 5, 1))
    assert first.text.startswith("The morning ferry was cancelled on Wednesday.") and "<p>" not in first.text
    assert (second.id, second.reference_date) == ("stream.json#e2", dt.date(2024, 5, 2))
    (problem,) = problems
    assert problem.line == 2 and "'summary' (a summary)" in problem.reason
    assert apis.epoch_date("20250301") is None and apis.epoch_date(True) is None and apis.epoch_date(2025) is None
