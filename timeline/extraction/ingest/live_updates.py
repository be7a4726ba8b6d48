"""A live page's updates that only its structured data holds: schema.org ``LiveBlogPosting.liveBlogUpdate``.

schema.org's LiveBlogPosting (https://schema.org/LiveBlogPosting) lists its entries in ``liveBlogUpdate``, each a
BlogPosting (or any CreativeWork) with its ``articleBody``; Google's Search Central asks live pages for it (the "Live"
badge). A page rendered in the browser (its entries fetched by script) and saved as "Web page, HTML only" keeps its
JSON-LD but not its entries: main-text extraction then reads a shell ("Follow our live coverage") and every event of
the page is lost.

Here, when the page's body holds **none** of its updates' bodies, each update's body is added after it as a
paragraph of its own, in the order the page lists them. A page that shows its entries (any one of them) is left as it
was: nothing is read twice. Headlines, times and other fields are not added (an entry's events are read from its
body, dated by the page's day as the page's own entries are).

Pure: the page's tree and body in, the body out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from timeline import lang as lexicon

#: An update's body is "shown" when its first this many characters (folded, spaces squeezed) are in the body.
SHOWN_PREFIX = 60


def _nodes(value: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document, depth first (``@graph`` lists, ``mainEntity`` and the like included)."""
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from _nodes(child)
    elif isinstance(value, list):
        for child in value:
            yield from _nodes(child)


def _is_live(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    return "LiveBlogPosting" in (kind if isinstance(kind, list) else [kind])


def update_bodies(tree: Any) -> list[str]:
    """The ``articleBody`` of each ``liveBlogUpdate`` of the page's LiveBlogPosting nodes, in order, once each."""
    found: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for node in _nodes(data):
            if not _is_live(node):
                continue
            updates = node.get("liveBlogUpdate")
            for update in updates if isinstance(updates, list) else [updates]:
                body = update.get("articleBody") if isinstance(update, dict) else None
                text = " ".join(body.split()) if isinstance(body, str) else ""
                if text and text not in found:
                    found.append(text)
    return found


def _key(text: str) -> str:
    return " ".join(lexicon.fold(text).split())


def fill(tree: Any, body: str) -> str:
    """``body`` with the page's live updates after it, when it shows none of them (see the module's docstring)."""
    updates = update_bodies(tree)
    if not updates:
        return body
    shown = _key(body)
    if any(_key(text)[:SHOWN_PREFIX] in shown for text in updates):
        return body
    return "\n\n".join(part for part in (body.strip(), *updates) if part)
