"""Page furniture of an HTML page: captions, "Lire aussi" inserts and boxes that are not the article.

trafilatura keeps a page's main text and drops most of its furniture (menus, footers, comments).
What it keeps of the rest would be read as news: a photo caption and its credit ("... Photo : AFP /
Jean Dupont"), an insert naming another article and its date ("Lire aussi | Le ministre attendu le
5 avril"), a related-articles box, share buttons. This module finds them in the page's tree before
trafilatura reads it, and fences them off in the text it gives:

    find(tree)           the pieces of furniture (kind, lines), outermost first; a caption gets a line
                         break before and after it, so that a caption inside a body written without
                         <p> comes out on a line of its own, never glued to the sentence under it (an
                         insert stays inside its paragraph, fenced where it stands)
    fence(text, pieces)  NoiseSpans over the stretches of ``text`` that are those pieces' lines

A piece is found by what the page calls it, else by its place and its shape (first answer wins):

    1. <figcaption>, or a class/id word among html_caption_words          -> caption
    2. a class/id word among html_furniture_words (related, share, ...)    -> boilerplate
    3. right after an image: an inline element, or a block with a credit   -> caption
    4. text opening with a teaser marker and a separator ("Lire aussi :", "Read more |",
       "RELATED:"), or a block whose first line is a marker over more lines -> boilerplate
    5. a marker alone ("Voir aussi", "Related") right over a list, and that list -> boilerplate

A piece is never the article: at most FURNITURE_MAX_SHARE of the page's text, never <body>,
<main> or an element holding the page's <h1>. Nothing is dropped: fenced text stays in the
article's text, ``Article.noise`` lists it with its kind, and events and actors leave it out, as
they do for the captions and credits of a copied page (timeline/extraction/stories.py).
Word lists are data: timeline/lang/ingest.yaml.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from timeline import lang as lexicon
from timeline.models import NoiseSpan

#: A piece of furniture holds at most this share of the page's visible text: more is the article.
FURNITURE_MAX_SHARE = 0.4
#: A caption under an image, and an insert or box found by its shape, are short (words).
CAPTION_MAX_WORDS = 60
INSERT_MAX_WORDS = 150
#: A piece's line is fenced inside a longer line (glued to a sentence) only from this length on
#: (characters); a shorter one ("Partager", "X") only when it is the whole line.
GLUED_MIN_CHARS = 12
#: Pages with more pieces than this are read without fencing past the first ones (bounded work).
MAX_PIECES = 300

IMAGE_TAGS = frozenset({"img", "amp-img", "picture", "svg", "video", "amp-video", "amp-anim"})
INLINE_TAGS = frozenset({"i", "em", "small", "span", "cite", "b", "strong", "font", "figcaption"})
LIST_TAGS = frozenset({"ul", "ol", "dl"})
NEVER_TAGS = frozenset({"html", "body", "head", "main", "script", "style", "template", "noscript"})
LINE_TAGS = ("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section",
             "article", "aside", "figure", "figcaption", "ul", "ol", "header", "footer")

Kind = Literal["caption", "boilerplate", "byline"]


@dataclass(frozen=True)
class Piece:
    """One piece of page furniture: its kind and its lines of text (spaces collapsed)."""

    kind: Kind
    lines: tuple[str, ...]


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(re.sub(r"[\s\-_]+", "", lexicon.fold(str(w))) for w in lexicon.load("ingest").get(key, []))


@functools.cache
def _markers() -> re.Pattern[str]:
    """A teaser marker opening a line, then a separator and more text, or the end of the line."""
    words = {lexicon.fold(str(w)) for w in lexicon.load("ingest").get("teaser_markers", [])}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:{alternation})\s*(?:[:|•>›»\-–—]+\s*(?P<rest>\S)|$)")


@functools.cache
def _marker_start() -> re.Pattern[str]:
    """A teaser marker opening a text (a cheap test before the element's lines are read)."""
    words = {lexicon.fold(str(w)) for w in lexicon.load("ingest").get("teaser_markers", [])}
    return re.compile(rf"^(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})(?!\w)")


@functools.cache
def _credit() -> re.Pattern[str]:
    words = {lexicon.fold(str(w)) for w in lexicon.load("ingest").get("credit_words", [])}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)|©")


def class_words(el: Any) -> set[str]:
    """Words of an element's class and id, folded, and each two neighbours joined."""
    parts = [w for w in re.split(r"[\s\-_]+", lexicon.fold(f"{el.get('class') or ''} {el.get('id') or ''}")) if w]
    return set(parts) | {a + b for a, b in itertools.pairwise(parts)}


def lines_of(el: Any) -> list[str]:
    """The visible lines of an element's text (blocks and <br> end a line), spaces collapsed."""
    from copy import deepcopy

    copy = deepcopy(el)
    copy.tail = None
    for inner in copy.iter(*LINE_TAGS):
        inner.tail = "\n" + (inner.tail or "")
    lines = (" ".join(line.split()) for line in copy.text_content().splitlines())
    return [line for line in lines if line]


def _tag(el: Any) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _is_image(el: Any) -> bool:
    if _tag(el) in IMAGE_TAGS:
        return True
    return len(el) > 0 and all(_tag(c) in IMAGE_TAGS for c in el) and not el.text_content().strip()


def _after_image(el: Any) -> bool:
    """True when the element comes right after an image (only <br> and blank space between)."""
    prev = el.getprevious()
    while prev is not None and _tag(prev) == "br" and not (prev.tail or "").strip():
        prev = prev.getprevious()
    return prev is not None and not (prev.tail or "").strip() and _is_image(prev)


def _head(el: Any, limit: int = 200) -> str:
    """The start of an element's text (about ``limit`` characters), folded, its pieces joined by spaces."""
    parts: list[str] = []
    size = 0
    for text in el.itertext():
        parts.append(text)
        size += len(text)
        if size >= limit:
            break
    return lexicon.fold(" ".join(" ".join(parts).split()))


def _kind(el: Any) -> Kind | None:
    """What furniture the element is (see the module doc), or None. The element's lines are read only
    for the few elements right after an image or opening with a teaser marker."""
    words = class_words(el)
    if _tag(el) == "figcaption" or words & _words("html_caption_words"):
        return "caption"
    if words & _words("html_furniture_words"):
        return "boilerplate"
    if _after_image(el):
        lines = lines_of(el)
        credited = _tag(el) in INLINE_TAGS or _credit().search(lexicon.fold(" ".join(lines)))
        if lines and credited and sum(len(line.split()) for line in lines) <= CAPTION_MAX_WORDS:
            return "caption"
    if _marker_start().match(_head(el)):
        lines = lines_of(el)
        m = _markers().match(lexicon.fold(lines[0])) if lines else None
        if m and sum(len(line.split()) for line in lines) <= INSERT_MAX_WORDS and (m["rest"] or len(lines) > 1):
            return "boilerplate"
    return None


def _lone_marker(el: Any) -> bool:
    """A heading that is a teaser marker alone ("Voir aussi", "Related") right over a list: the list is
    other articles' titles."""
    after = el.getnext()
    if after is None or _tag(after) not in LIST_TAGS or (el.tail or "").strip() or not _marker_start().match(_head(el)):
        return False
    lines = lines_of(el)
    m = _markers().match(lexicon.fold(lines[0])) if len(lines) == 1 else None
    return m is not None and not m["rest"]


def _line_break(el: Any) -> None:
    """A <br> before and after the element (its tail moves after the second one)."""
    from lxml import etree

    if el.getparent() is None:
        return
    before, after = etree.Element("br"), etree.Element("br")
    after.tail, el.tail = el.tail, None
    el.addprevious(before)
    el.addnext(after)


def find(tree: Any) -> list[Piece]:
    """The page's furniture, outermost first; each caption gets line breaks around it in ``tree``."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    total = len(" ".join(root.text_content().split()))
    picked: list[tuple[Any, Piece]] = []
    inside: set[Any] = set()
    listed: set[Any] = set()  # lists under a marker heading ("Voir aussi" over a <ul>)
    for el in root.iter():
        tag = _tag(el)
        if not tag or tag in NEVER_TAGS or el in inside or len(picked) >= MAX_PIECES:
            continue
        kind = "boilerplate" if el in listed else _kind(el)
        if kind is None and _lone_marker(el):
            kind = "boilerplate"
            listed.add(el.getnext())
        if kind is None or el.find(".//h1") is not None:
            continue
        lines = lines_of(el)
        if not lines or len(" ".join(lines)) > FURNITURE_MAX_SHARE * total:
            continue
        picked.append((el, Piece(kind, tuple(lines))))
        inside.update(el.iterdescendants())
    for el, piece in picked:
        if piece.kind == "caption":  # a caption is a block of its own; an insert may sit inside a paragraph
            _line_break(el)
    return [piece for _, piece in picked]


_SENTENCE_END = ".!?…»\"”)"


def _pattern(line: str) -> re.Pattern[str]:
    return re.compile(r"[^\S\n]+".join(re.escape(w) for w in line.split()))


def _line_start(text: str, start: int) -> tuple[bool, bool]:
    """(starts a line, follows a sentence end) for a stretch starting at ``start``, spaces, table rules
    and list marks aside (trafilatura writes a table row "| cell | cell |"; pages.py a list item "• item")."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0|•":
        i -= 1
    first = i == 0 or text[i - 1] == "\n"
    return first, not first and i < start and text[i - 1] in _SENTENCE_END


def _line_end(text: str, end: int) -> tuple[bool, bool]:
    """(ends a line, is followed by a space) for a stretch ending at ``end``."""
    nl = text.find("\n", end)
    last = not text[end : nl if nl >= 0 else len(text)].strip(" \t\u00a0|")
    return last, end < len(text) and text[end].isspace()


def fence(text: str, pieces: Iterable[Piece]) -> tuple[NoiseSpan, ...]:
    """NoiseSpans over the stretches of ``text`` that are the pieces' lines.

    A line of a piece fences a whole line of ``text``, or (GLUED_MIN_CHARS and more) a stretch glued
    to a sentence: after a sentence end, before a line end or a space. A line that several pieces
    share fences that many stretches, first ones first: a body sentence that a caption repeats is
    kept when the caption is fenced.
    """
    wanted: Counter[tuple[str, str]] = Counter((p.kind, line) for p in pieces for line in p.lines)
    spans: list[NoiseSpan] = []
    for (kind, line), count in wanted.items():
        for m in _pattern(line).finditer(text):
            if count <= 0:
                break
            (first, after_sentence), (last, spaced) = _line_start(text, m.start()), _line_end(text, m.end())
            glued = len(line) >= GLUED_MIN_CHARS and (first or after_sentence) and (last or spaced)
            if (first and last) or glued:
                spans.append(NoiseSpan(m.start(), m.end(), kind))
                count -= 1
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))
