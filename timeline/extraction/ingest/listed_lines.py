"""A list a sentence of the article introduces, put back when trafilatura dropped it.

A results page prints "Résultats de la journée, disputée samedi 28 novembre :" and then its results as a <ul>
of short items ("Orchies - Saint-Chamond : 71-84"). trafilatura sometimes drops such a list whole (short items,
no sentence in them: it reads them as a menu), so the lines the sentence announces never reach the text. A list is
put back, its items as list lines ("• item") right after the sentence, only when all of these hold:

* the element right before the list is a block the kept text holds as a line of its own, ending with a colon (the
  sentence introduces what follows: a menu, a related-links box or a tag list has no such sentence);
* none of its items is in the kept text (a list trafilatura kept in part is left as it is);
* none of its items holds a link (a menu's and a related box's items are links);
* it has between two and MAX_ITEMS items, each of at most MAX_ITEM_WORDS words (a list of lines, not of paragraphs).
"""

from __future__ import annotations

from typing import Any

#: the most items a put-back list may have, and the most words an item may have
MAX_ITEMS = 40
MAX_ITEM_WORDS = 16


def _flat(el: Any) -> str:
    return " ".join(el.text_content().split())


def _items(ul: Any) -> list[str] | None:
    """The items of a list that may be put back (module doc), or None."""
    lis = ul.xpath("./li")
    if not 2 <= len(lis) <= MAX_ITEMS or ul.xpath(".//a"):
        return None
    items = [_flat(li) for li in lis]
    if any(not item or len(item.split()) > MAX_ITEM_WORDS for item in items):
        return None
    return items


def restore(body: str, tree: Any) -> str:
    """``body`` (trafilatura's text, one block a paragraph) with the dropped lists its colon lines introduce put
    back after those lines (module doc)."""
    lines = body.split("\n")
    flat_lines = [" ".join(line.split()) for line in lines]
    kept = " ".join(body.split())
    inserts: dict[int, list[str]] = {}
    for ul in tree.xpath("//body//ul|//body//ol"):
        items = _items(ul)
        before = ul.getprevious()
        if items is None or before is None or not isinstance(before.tag, str):
            continue
        intro = _flat(before)
        if not intro.endswith(":") or any(item in kept for item in items) or intro not in flat_lines:
            continue
        inserts.setdefault(flat_lines.index(intro), []).extend(items)
    if not inserts:
        return body
    out: list[str] = []
    for index, line in enumerate(lines):
        out.append(line)
        for item in inserts.get(index, []):
            out += ["", f"• {item}"]
    return "\n".join(out)
