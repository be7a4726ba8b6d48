"""A country named as where something happens is a place, not an actor (issue 13, round sixteen).

A country acts when it is the subject of an acting verb or a party ("Libya and Egypt signed"); it is the setting
when a locative introduces it ("en Libye", "in Albania": ``locatives``), and also, with no locative, when:

- it opens a headline's kicker: at a line's start, the country, at most two words in lower case, then a colon
  ("Burundi : l'assemblée vote ...", "Albania quake: ...");
- a dateline names it: right after a city in capitals at a line's start ("DURRËS (Albanie), 17 février (AFP)",
  "ASUNCION, Paraguay (AP)");
- a happening noun of ``country_setting_nouns`` follows it, perhaps after "'s" and a few words in lower case
  ("Iceland election results", "Japan's snap election", "the Haiti earthquake").

Counted in round sixteen on real-news dev halves A and B (the Wikinews kicker "Pays : ...", about thirty rows)
and written batches b, c and d dev (a dateline, a headline), once every country of the CLDR was read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extraction.actors.country_frames import framed_country
from timeline.extraction.actors.lexicon import Lex, name_key
from timeline.extraction.actors.reader import Tok

__all__ = ["country_kind"]

#: A city in capitals (a dateline's), then a comma or an opening parenthesis, at a line's start.
_CAPS = r"[^\W\d_a-zß-ÿ]"
_DATELINE_CITY = re.compile(rf"(?:^|\n)[ \t]*(?P<city>{_CAPS}{{2,}}(?:[ '’-]{_CAPS}+)*)[ \t]*(?P<open>,|\()[ \t]*$")
#: What follows a dateline's country: its closing parenthesis, or an agency in parentheses and a dash ("(AP) -").
_DATELINE_AFTER = re.compile(r"\s*(?:\(\s*[A-Z][\w .-]{0,20}\)\s*)?[-—–]\s")
#: Lower-case words that may stand between a kicker's country and its colon ("Albania quake:").
MAX_KICKER_WORDS = 2
#: Lower-case words that may stand between a country and its happening noun ("Japan's third general election").
MAX_SETTING_WORDS = 3


def country_kind(text: str, toks: Sequence[Tok], k: int, end: int, lex: Lex) -> str:
    """``"location"`` when the country of toks[k:end] names where something happens, else ``"country"``."""
    if k > 0 and toks[k - 1].fold in lex.locatives:
        return "location"
    if _kicker(text, toks, k, end) or _dateline(text, toks, k, end, lex) or _before_setting_noun(toks, end, lex):
        return "location"
    if framed_country(text, toks, k, end, lex):
        return "location"
    return "country"


def _line_start(text: str, toks: Sequence[Tok], k: int) -> bool:
    """Nothing but blanks between the line's start and toks[k]."""
    return not text[text.rfind("\n", 0, toks[k].start) + 1 : toks[k].start].strip()


def _kicker(text: str, toks: Sequence[Tok], k: int, end: int) -> bool:
    if not _line_start(text, toks, k):
        return False
    for m in range(end, min(end + MAX_KICKER_WORDS + 1, len(toks))):
        if toks[m].text == ":":
            return "\n" not in text[toks[k].start : toks[m].start]
        if not toks[m].word or toks[m].cap:
            return False
    return False


def _dateline(text: str, toks: Sequence[Tok], k: int, end: int, lex: Lex) -> bool:
    """A city in capitals, then "(" and the country and ")", or "," and the country and an agency or a dash; the
    city is no country itself ("US, China agree ..." is a headline of two actors)."""
    start = toks[k].start
    found = _DATELINE_CITY.search(text[max(0, start - 60) : start])
    if found is None or name_key(found["city"]) in lex.countries:
        return False
    if found["open"] == "(":
        return end < len(toks) and toks[end].text == ")"
    return bool(_DATELINE_AFTER.match(text, toks[end - 1].end))


def _before_setting_noun(toks: Sequence[Tok], end: int, lex: Lex) -> bool:
    nouns = lex.country_setting_nouns
    if not nouns or end >= len(toks):
        return False
    m = end
    if toks[m].text in ("'", "’") and m + 1 < len(toks) and toks[m + 1].fold == "s":
        m += 2
    elif toks[m].fold in ("'s", "’s"):
        m += 1
    for n in range(m, min(m + MAX_SETTING_WORDS + 1, len(toks))):
        tok = toks[n]
        if not tok.word or tok.cap:
            return False
        if tok.fold in nouns:
            return True
    return False
