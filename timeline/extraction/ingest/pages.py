"""HTML pages: trafilatura's main text, title, date and canonical URL; nothing is fetched.

The page's furniture that trafilatura keeps (captions, "Lire aussi" inserts, related boxes) is
fenced off, not dropped: see furniture.py. The page's date is its publication metadata's, else the
stamp it shows under its headline, else htmldate's guess: see page_dates.py. A live page whose entries only its
JSON-LD holds (``liveBlogUpdate``) gets them after its body: see live_updates.py. A live page's entry times that
stand apart from their entries are put back in front of them: see entry_times.py. A list a kept sentence
introduces with a colon ("Résultats ... samedi 28 novembre :"), dropped by trafilatura, is put back:
see listed_lines.py.

A page nested deeper than the HTML parser's limit (libxml2 stops at 256 levels and drops the rest
of the document, silently) is read by a flat tokenizer instead: its text is kept, without the
page's metadata, and a warning says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.ingest import entry_times, furniture, listed_lines, live_updates, page_dates
from timeline.extraction.ingest.articles import normalise_lang, parse_published
from timeline.extraction.ingest.formats import Blob, article, cap, cut_warning, repair_warning
from timeline.extraction.ingest.text import Unreadable, decode
from timeline.models import Article, NoiseSpan, Problem
from timeline.settings import Options

#: Elements whose text is not shown, and elements that start a new line, for the flat reading.
HIDDEN_ELEMENTS = frozenset({"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head",
                             "form", "button"})
BLOCK_ELEMENTS = frozenset({"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section",
                            "article", "title"})
VOID_ELEMENTS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                           "track", "wbr"})


class _FlatText(HTMLParser):
    """Visible text of any page, however deep: a tokenizer, no tree, no recursion."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden: dict[str, int] = {}
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in HIDDEN_ELEMENTS and tag not in VOID_ELEMENTS:
            self.hidden[tag] = self.hidden.get(tag, 0) + 1
        self.in_title = self.in_title or tag == "title"
        if tag in BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.hidden.get(tag):
            self.hidden[tag] -= 1
        if tag == "title":
            self.in_title = False
        if tag in BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not any(self.hidden.values()):
            self.parts.append(data)


def flat_text(html: str) -> tuple[str, str]:
    """(visible text with blocks on their own lines, title) of a page of any depth."""
    reader = _FlatText()
    reader.feed(html)
    reader.close()
    lines = (" ".join(line.split()) for line in "".join(reader.parts).splitlines())
    return "\n".join(line for line in lines if line), " ".join("".join(reader.title).split())


def too_deep(html: str) -> bool:
    """True when libxml2's HTML parser stops at its depth limit on ``html`` (and drops what follows)."""
    from lxml import etree

    parser = etree.HTMLParser(recover=True)
    try:
        etree.fromstring(html, parser)
    except (etree.ParserError, ValueError):
        return False
    return any("Excessive depth" in e.message for e in parser.error_log)


def _html_lang(tree: Any) -> str | None:
    for value in (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath('//meta[translate(@http-equiv,"CONTENTLAGU-","contentlagu-")="content-language"]/@content'),
        *tree.xpath('//meta[@property="og:locale"]/@content'),
    ):
        lang = normalise_lang(value)
        if lang:
            return lang
    return None


def unglue(text: str, blocks: list[str]) -> str:
    """``text`` with each line that trafilatura glued from several of the page's blocks cut back into
    them: a line that reads exactly as blocks of the page one after the other (``blocks``: the page's
    visible lines, see flat_text) becomes those blocks, one a line. Other lines are left as they are."""
    by_start: dict[str, list[str]] = {}
    for block in {b for b in blocks if b}:
        by_start.setdefault(block.split()[0], []).append(block)
    for group in by_start.values():
        group.sort(key=len, reverse=True)
    out = []
    for line in text.splitlines():
        tiles, at = [], 0
        while at < len(line) and (words := line[at:].split(maxsplit=1)):
            block = next((b for b in by_start.get(words[0], ()) if line.startswith(b, at)), None)
            if block is None:
                break
            tiles.append(block)
            at += len(block) + (len(line) - at - len(block) - len(line[at + len(block):].lstrip()))
        out.extend(tiles if at >= len(line) and len(tiles) > 1 else [line])
    return "\n".join(out)


def _paragraphs(text: str) -> str:
    """trafilatura's lines as paragraphs: each block it kept (<p>, <li>, a <br>-separated line) is a
    paragraph of its own, a blank line apart, as in a plain text; so a page of one-sentence paragraphs
    does not read as one paragraph laid out a sentence a line (events/context.py)."""
    return "\n\n".join(line for line in text.splitlines() if line.strip())


#: trafilatura writes a list item <li> as "- item"; a dash opening a line reads as a sign-off or a
#: credit's dash ("- VNA") to the actor rules, so the item takes the list's own mark.
_LIST_ITEM = re.compile(r"^- (?=\S)", re.MULTILINE)

_HIDDEN_TAGS = "//script|//style|//noscript|//template|//iframe|//object|//embed|//svg|//head|//form|//button"


def _plain_text(tree: Any) -> str:
    """Visible text of a small page trafilatura declines (blocks on their own lines)."""
    from copy import deepcopy

    tree = deepcopy(tree)
    for el in tree.xpath(_HIDDEN_TAGS):
        el.drop_tree()
    for el in tree.xpath("//br|//p|//div|//li|//h1|//h2|//h3|//h4|//h5|//h6|//tr|//blockquote|//section|//article"):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def read_html(blob: Blob, options: Options, *, url_hint: str = "", date_hint: dt.date | None = None,
              title_hint: str = "") -> Iterator[Article | Problem]:
    """The page's article. The hints are what a message around the page says (mime.py): its address, used when the
    page names none; its date, used when the page has no publication metadata and shows no stamp; its title."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    html, encoding = decode(blob.data, cut=blob.cut)
    yield from repair_warning(blob, encoding)
    if not html.strip():
        raise Unreadable("the file holds only blank space", "check that the export or download finished")
    if too_deep(html):
        yield from _read_deep(blob, html, options)
        return
    tree = load_html(html)
    if tree is None:  # a bare fragment: trafilatura wants a whole document
        tree = load_html(f"<html><body><div>{html}</div></body></html>")
    if tree is None:
        raise Unreadable("not readable as HTML", "save the page again ('Save as' > 'Web page, HTML only')")
    lang = _html_lang(tree)
    pieces = furniture.find(tree)
    date_params = {
        "extensive_search": False,
        "original_date": True,
        "min_date": f"{options.earliest_year:04d}-01-01",
        "max_date": f"{options.latest_year:04d}-12-31",
    }
    doc = bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        date_extraction_params=date_params,
    )
    title = _shown_title(tree, (getattr(doc, "title", None) or "").strip() if doc is not None else "")
    blocks = flat_text(html)[0].splitlines()
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    body = entry_times.restore(_paragraphs(_LIST_ITEM.sub("• ", unglue(body, blocks))), blocks)
    body = listed_lines.restore(body, tree)  # a list its colon line introduces, when trafilatura dropped it
    url = (getattr(doc, "url", None) or "") if doc is not None else ""
    published = parse_published(getattr(doc, "date", None)) if doc is not None else None
    if not page_dates.has_published_metadata(tree):  # htmldate guessed: the page's own stamp first
        shown = page_dates.visible_published(blocks, page_dates.headline_of(tree, title))
        published = shown if shown is not None else date_hint or published
    body = live_updates.fill(tree, body)
    if not body.strip():
        body = _plain_text(tree)
        title = title or " ".join("".join(tree.xpath("//title//text()")).split())
    title = title or " ".join(title_hint.split())
    stamps = page_dates.stamp_lines(blocks, page_dates.headline_of(tree, title))
    if title and not lexicon.fold(body.lstrip()[: len(title) + 5]).startswith(lexicon.fold(title)):
        body = f"{title}\n\n{body}"
    body = _with_stamps(body, title, [ln for ln in stamps if lexicon.fold(ln) not in lexicon.fold(body)])
    if not body.strip():
        raise Unreadable("the page has no visible text", "check that the saved page holds the article itself")
    text, cut = cap(body)
    if cut or blob.cut:
        yield cut_warning(blob, f"the page is too long ({blob.size:,} bytes)")
    headline = lexicon.fold(title)
    kept = [furniture.Piece(p.kind, tuple(ln for ln in p.lines if lexicon.fold(ln) != headline)) for p in pieces]
    kept.append(furniture.Piece("byline", tuple(stamps)))
    fenced = furniture.fence(text, kept)
    if any(span.kind != "byline" for span in fenced):  # a byline put back under the title is no furniture
        yield _fenced_note(blob, fenced)
    yield from article(
        blob, blob.id, text, options, what="the page", title=title,
        url=url if url.startswith("http") else url_hint, lang=lang, published=published, content_hash=blob.digest,
        fenced=fenced,
    )


def _with_stamps(body: str, title: str, stamps: list[str]) -> str:
    """``body`` with the page's stamp lines that extraction dropped (its dated header, its byline: see
    page_dates.stamp_lines) put back under its title, each a paragraph of its own; fenced as bylines, they
    date the article and give no event."""
    if not stamps:
        return body
    head = f"{title}\n\n" if title and body.startswith(f"{title}\n\n") else ""
    return head + "\n\n".join(stamps) + "\n\n" + body[len(head):]


def _fenced_note(blob: Blob, fenced: tuple[NoiseSpan, ...]) -> Problem:
    """The count of what the page's furniture kept out of the events (nothing is cut silently)."""
    captions = sum(1 for span in fenced if span.kind == "caption")
    bylines = sum(1 for span in fenced if span.kind == "byline")
    counts = ((captions, "photo caption", "photo captions"),
              (len(fenced) - captions - bylines, "insert or box", "inserts or boxes"))
    told = ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in counts if n)
    return Problem(blob.name, f"the page: its layout's furniture ({told}: captions and credits, 'Lire aussi' "
                   "inserts, related or share boxes) stays in its text but gives no event and no actor "
                   "(Article.noise lists it)",
                   "if one of them is part of the article, give its text as a .txt file", severity="warning")


def _shown_title(tree: Any, found: str) -> str:
    """The title the page shows: trafilatura's when the page's og:title, <h1> or <title> holds it, else
    the og:title or the first <h1> (a live blog's JSON-LD names each update with a headline of its own)."""
    shown = [" ".join("".join(t).split()) for t in (tree.xpath('//meta[@property="og:title"]/@content'),
                                                    *(h.itertext() for h in tree.iter("h1")),
                                                    tree.xpath("//title//text()"))]
    shown = [t for t in shown if t]
    if not found or not shown or any(lexicon.fold(found) in lexicon.fold(t) for t in shown):
        return found
    return shown[0]


def _read_deep(blob: Blob, html: str, options: Options) -> Iterator[Article | Problem]:
    body, title = flat_text(html)
    if not body.strip():
        raise Unreadable("the page has no visible text", "check that the saved page holds the article itself")
    yield Problem(blob.name, "the page nests its elements more than 255 levels deep; its text was read without "
                  "its layout (no title, date or link from the page's markup)",
                  "save the page again from the browser, or give its text as a .txt file", severity="warning")
    text, cut = cap(body)
    if cut or blob.cut:
        yield cut_warning(blob, f"the page is too long ({blob.size:,} bytes)")
    yield from article(blob, blob.id, text, options, what="the page", title=title, content_hash=blob.digest)
