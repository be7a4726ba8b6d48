"""Step 3, one gate: a date in the page's apparatus, not its prose: an embedded post's signature, a photo caption
signed by its photographer and agency, a header line of fields. It dates the post, the picture or the page, never a
happening the article tells (round thirty-five, spu35; ``caption_credits`` in lang/ingest.yaml).

    "... pic.twitter.com/x — Ville de Brisac (@VilleBrisac) March 4, 2026"      an embedded post's signature
    "Le maire Paul Rivet le 3 mars 2026 à Lyon - JEAN DURAND (AFP/Archives)"   a caption and its credit
    "A lifeboat crew near Tenby on Monday. REUTERS/Anna Pryce"                 the same, a wire's way
    "Interview | Science desk | 14 September 2026"                            a header line of fields
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.models import DateMention

#: An embedded post's signature before its date: a dash, the account's name, its handle in brackets.
_POST_SIGNATURE = re.compile(r"[—–-]\s*[^\n—–()]{1,60}\(@\w{1,30}\)\s*(?:on\s+|le\s+)?$")
#: A field separator of a header line ("Interview | Science desk | 14 September 2026").
_FIELD = re.compile(r"\s[|•·]\s")
#: A header line's field is short: a rubric, a desk, a name.
FIELD_WORDS = 4
_UPPER = "A-ZÀ-ÖØ-Þ"


@functools.cache
def _credit() -> re.Pattern[str]:
    """A photo credit closing its line, on the original text: a dash and a photographer's name in capitals, then the
    agency in brackets, with a note or a second name after a slash ("- LUDOVIC MARIN (AFP/Archives)"); or the agency
    in capitals, a slash and the photographer ("REUTERS/Anna Pryce", "(AFP/Jean Durand)")."""
    data = lexicon.load("ingest")
    agencies = sorted({str(a).upper() for a in data.get("agencies") or []}, key=len, reverse=True)
    notes = sorted({str(n) for n in data.get("caption_credits") or []}, key=len, reverse=True)
    agency = "|".join(re.escape(a) for a in agencies) or r"(?!)"
    note = "|".join(re.escape(n) for n in notes) or r"(?!)"
    name = rf"[{_UPPER}][\w'’.-]+(?:\s+[{_UPPER}][\w'’.-]+){{0,3}}"
    caps = rf"[{_UPPER}][{_UPPER}'’.-]+(?:\s+[{_UPPER}][{_UPPER}'’.-]+){{0,3}}"
    return re.compile(rf"(?:\s[-–—/]\s*{caps}\s*\(\s*(?:{agency})\s*(?:/\s*(?:(?i:{note})|{name})\s*)?\)"
                      rf"|(?<![\w/])\(?(?:{agency})\s*/\s*{name}\)?)[ \t.]*$")


def _line(text: str, date: DateMention) -> tuple[int, int]:
    start = text.rfind("\n", 0, date.start) + 1
    end = text.find("\n", date.end)
    return start, len(text) if end < 0 else end


def apparatus_date(text: str, date: DateMention) -> str:
    """'post_stamp', 'caption' or 'field_line' when ``date`` (read in ``text``, the page as written) stands in the
    page's apparatus; '' otherwise. A post's signature ends its line with the date; a caption's line ends with its
    credit; a header line is short fields split by '|', the date the last of them."""
    start, end = _line(text, date)
    after = text[date.end : end].strip(" \t.")
    if not after and _POST_SIGNATURE.search(text, start, date.start):
        return "post_stamp"
    if _credit().search(text[date.end : end]):
        return "caption"
    before = text[start : date.start]
    fields = _FIELD.split(before)
    if (not after and len(fields) >= 2 and not fields[-1].strip()
            and all(0 < len(f.split()) <= FIELD_WORDS for f in fields[:-1])):
        return "field_line"
    return ""
