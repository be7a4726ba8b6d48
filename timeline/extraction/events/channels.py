"""A saying told through a written channel of its sayer, with news in it, is the publication of that news (round
twenty-six, ann26; docs/ANNOTATION.md: an announcement is a row when it is the news, a saying verb of a quote is not).

A reader tells the announcement from a quote's saying verb by its medium and its object: the sayer speaks through a
document of its own, a statement, a letter, a press release, a filing ("indique la société dans un communiqué de
vendredi", "a écrit lundi dans une lettre aux salariés que le plan ...", "said in a statement on Tuesday", "said on
Tuesday in a letter to staff"), and the sentence, its quotations left out, names a news object or a news step (results,
a plan, job cuts, a merger: ``news_objects``, ``news_acts`` of lang/<lang>/triggers.yaml, the lists the announcing cues
of ``date_roles`` read). The date is then the document's day, role 'released' as "a statement released on Monday"
is: it gives way to a date of what it announces in its sentence (``date_readings.settle_sentence_roles``) and dates the
channel's noun, typed ``other`` (``predicates.predicate_triggers``).

Two shapes, from ``channel_announcements`` in lang/<lang>/triggers.yaml: the date right after the channel and its link
("dans un communiqué de vendredi", "in a statement on Tuesday", "in a letter dated 3 May"), or right before it, after a
verb of saying or announcing ("a écrit dimanche dans une lettre", "said on Tuesday in a statement"). A saying with no
channel ("said on Tuesday that ...") or with no news in what it says stays out.
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.events.wordlists import _alternation
from timeline.extraction.sentences import Span
from timeline.models import DateMention

#: A quotation, left out of what a saying says in its own words ("« ... »", "“...”", "\"...\"").
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
#: Words at most between the determiner of a channel and its noun ("dans un bref communiqué", "in a joint statement").
_MODIFIERS = 2


@functools.cache
def _channel_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(a channel and its link ending right before a date, a channel opening right after a date), folded."""
    data = lexicon.load(f"{lang}/triggers").get("channel_announcements") or {}
    media = [lexicon.fold(str(w)) for w in data.get("media") or ()]
    openers = [lexicon.fold(str(w)) for w in data.get("openers") or ()]
    articles = [lexicon.fold(str(w)) for w in data.get("articles") or ()]
    links = [lexicon.fold(str(w)) for w in data.get("links") or ()]
    if not (media and openers and articles):
        return None, None
    channel = (rf"(?<![\w'-])(?:{_alternation(openers)})\s+(?:{_alternation(articles)})(?:\s+|(?<='))"
               rf"(?:[\w-]+\s+){{0,{_MODIFIERS}}}?(?P<medium>{_alternation(media)})(?![\w-])")
    link = rf"(?:\s+(?:{_alternation(links)}))?" if links else ""
    return re.compile(rf"{channel}{link}\s*$"), re.compile(rf"[\s,]*{channel}")


@functools.cache
def _news(lang: str) -> re.Pattern[str] | None:
    """A news object after its determiner, or a verb of a news step (``news_objects``, ``news_acts``)."""
    data = lexicon.load(f"{lang}/triggers")
    objects, dets, acts = (data.get(k) or [] for k in ("news_objects", "determiners", "news_acts"))
    parts = []
    if objects and dets:
        parts.append(rf"(?:{_alternation(dets)})(?:\s+|(?<='))(?:[\w'-]+\s+){{0,3}}?(?:{_alternation(objects)})")
    if acts:
        parts.append(f"(?:{_alternation(acts)})")
    return re.compile(rf"(?<![\w'-])(?:{'|'.join(parts)})(?![\w])") if parts else None


def _says_news(lang: str, folded: str, sentence: Span, skip: tuple[int, int]) -> bool:
    """The sentence, the channel's phrase and its quotations left out, names a news object or a news step."""
    news = _news(lang)
    if news is None:
        return False
    text = folded[sentence.start : skip[0]] + " , " + folded[skip[1] : sentence.end]
    return news.search(_QUOTED.sub(" ", text)) is not None


def channel_medium(lang: str, folded: str, sentence: Span, date: DateMention, window: str,
                   saying: bool) -> tuple[int, int] | None:
    """The span of the channel's noun when the date is the day a sayer's document published news (the module's
    doc), else None. ``window``: the folded text right before the date, ending at it; ``saying``: a verb of saying
    or announcing ends ``window`` (the second shape needs it)."""
    before, after = _channel_patterns(lang)
    if before is None or after is None:
        return None
    found = before.search(window)
    if found is not None:
        offset = date.start - len(window)
        start, end = offset + found.start("medium"), offset + found.end("medium")
        skip = (offset + found.start(), date.end)
    elif saying and (opened := after.match(folded, date.end, sentence.end)) is not None:
        start, end = opened.start("medium"), opened.end("medium")
        skip = (date.start, opened.end())
    else:
        return None
    return (start, end) if _says_news(lang, folded, sentence, skip) else None
