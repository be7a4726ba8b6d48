"""Small helpers of event detection: spans, offsets, stories, clause breaks, stable ids."""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import math
import re
from collections.abc import Sequence

from timeline.models import Article, Story
from timeline.settings import Options


def _in_spans(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when [start, end) lies inside one of the (sorted) spans."""
    i = bisect.bisect_right(spans, (start, math.inf)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _mask(text: str, start: int, noise: Sequence[tuple[int, int]]) -> str:
    """``text`` (which starts at ``start``) with the characters of noise spans blanked out."""
    end = start + len(text)
    chars = list(text)
    changed = False
    for s, e in noise:
        if s < end and start < e:
            for i in range(max(s, start), min(e, end)):
                chars[i - start] = " "
            changed = True
    return "".join(chars) if changed else text


def _stories(article: Article) -> tuple[Story, ...]:
    if article.stories:
        return tuple(sorted(article.stories, key=lambda s: s.start))
    return (Story(index=0, start=0, end=len(article.text)),)


def _story_at(stories: Sequence[Story], starts: Sequence[int], offset: int) -> Story:
    i = max(0, bisect.bisect_right(starts, offset) - 1)
    return stories[i]


def _words_between(folded: str, start: int, end: int) -> int:
    return len(re.findall(r"\w+", folded[start:end])) if end > start else 0


_CLAUSE_BREAK = re.compile(
    r"[;:()]|\s[-–—]\s|,\s*(?:et|mais|puis|tandis|and|but|while|then)\b|\bet (?:a|ont|s'|se|est|sont)\b"
    # a subordinate clause of time or contrast after a comma: "resigned on Monday, after the parliament held a vote"
    r"|,\s*(?:(?:after|before|whereas|although|though|quand)\b|(?:alors |apres |avant |bien |lors)qu(?:e\b|'))"
    r"|\band (?:has|have|was|were|will|then)\b|\bqui\b|\bwhich\b|\bwho\b"
    r"|\b(?:said|says|told|added|announced|que|qu')|\bthat\b"
)


def _clause_breaks(folded: str, start: int, end: int) -> int:
    return len(_CLAUSE_BREAK.findall(folded[start:end])) if end > start else 0


def _stable_id(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _reference(article: Article, options: Options) -> dt.date | None:
    return article.reference_date or options.reference_date


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:-–—")
